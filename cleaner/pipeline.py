"""The stages wired together: read -> repair -> extract -> strip -> titles -> dedup -> write.

Per-document work (``prepare``, ``finish``) is a pure function of one
document and runs in a process pool with ``--jobs``; corpus work (site
templates, duplicate clusters) is a reduction over what the documents emit.
A batch run makes three passes so that memory stays flat while the corpus
work sees every document:

1. read and prepare every document, emit its template keys, spool it to disk;
2. strip with the learned templates, sign, cluster duplicates, spool articles;
3. decide which copy of each cluster is kept and write in input order.
"""

from __future__ import annotations

import itertools
import pickle
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO, TypeVar

from . import langs, titles
from .decode import decode_bytes, repair
from .dedup.deduper import Deduper, DedupItem, item_from
from .dedup.store import Store
from .dedup.text import content_id
from .extract import extract_html
from .model import Article, Document, Origin, RawRecord, Reject
from .readers import DEFAULT_MAX_RECORD_BYTES, iter_inputs
from .strip import Context, find_title, is_network_author, load_rules, strip
from .strip.profile import SiteProfile
from .strip.templates import TemplateCounter, emit
from .textsplit import split_header, split_text
from .urls import clean_url

T = TypeVar("T")
R = TypeVar("R")
EMPTY_DOCUMENT = "empty article: the document has no text"
EMPTY_ARTICLE = "empty article: no text left after removing boilerplate"


class Rejected(ValueError):
    """Raised by :func:`clean` when an input cannot become an article."""


# -- per-document work ------------------------------------------------------------------


def _decoded(raw: RawRecord) -> tuple[str, list[str]]:
    html = raw.kind == "html"
    if isinstance(raw.content, bytes):
        text, notes = decode_bytes(raw.content, raw.charset, html=html)
    else:
        text, notes = raw.content, []
    fixed, steps = repair(text, html=html)
    return fixed, notes + steps


def prepare(raw: RawRecord, ctx: Context) -> Document | Reject:
    """Decode, repair, extract and find the title of one raw record."""
    text, repairs = _decoded(raw)
    doc = Document(
        origin=raw.origin,
        kind=raw.kind,
        url=raw.url,
        declared_title=raw.title,
        published=raw.published,
        authors=list(raw.authors),
        lang=raw.lang,
        meta=dict(raw.meta),
        repairs=repairs,
    )
    if raw.title and raw.title.strip():
        doc.title_lines.append(repair(raw.title)[0])
    if raw.kind == "html":
        page = extract_html(text, raw.url)
        doc.title_lines.extend(page.title_lines)
        blocks = [repair(b)[0] for b in page.blocks]  # entities double-escaped in the source
        doc.set_blocks(blocks)
        doc.removed.extend(page.removed)
        doc.url = doc.url or page.url
        doc.published = doc.published or page.published
        doc.authors = doc.authors or list(page.authors)
        doc.lang = doc.lang or page.lang
        doc.site_name = page.site_name
    else:
        lines = split_text(text)
        header, taken = split_header(lines)
        doc.set_blocks(lines)
        for i in range(taken):
            doc.drop(i, "dump-header")
        doc.url = doc.url or header.get("url")
        doc.published = doc.published or header.get("published")
        doc.lang = doc.lang or header.get("lang")
        if header.get("author") and not doc.authors:
            doc.authors = [header["author"]]
        if header.get("title") and not doc.title_lines:
            doc.title_lines.append(header["title"])
    if not doc.blocks and not doc.title_lines:
        return Reject(raw.origin, EMPTY_DOCUMENT)
    find_title(doc, ctx.rules)
    return doc


def finish(doc: Document, ctx: Context) -> Article | Reject:
    """Strip boilerplate, settle title and outlet, and build the article record."""
    strip(doc, ctx)
    titles.finalize(doc, ctx.rules)
    body = doc.body()
    if not body.strip():
        return Reject(doc.origin, EMPTY_ARTICLE)
    lang = langs.detect(body, doc.lang)
    return Article(
        id=content_id(doc.title, body),
        title=doc.title,
        text=body,
        source=doc.source,
        url=clean_url(doc.url),
        lang=lang,
        published=doc.published,
        authors=[a for a in doc.authors if not is_network_author(a, ctx.rules)],
        origin=doc.origin,
        removed=sorted((r for r in doc.removed if r.text), key=lambda r: r.block),  # reading order
        meta=doc.meta,
    )


def explain(doc: Document) -> str:
    """A terminal report of one document: every original block, marked kept or removed."""
    by_block: dict[int, list[Any]] = {}
    for removal in doc.removed:
        by_block.setdefault(removal.block, []).append(removal)
    lines = [f"== {doc.origin}", f"   title:  {doc.title!r}", f"   source: {doc.source!r}"]
    for removal in by_block.get(-1, []):
        lines.append(f" x [{removal.rule}] {removal.text}")
    for i, original in enumerate(doc.original):
        hits = by_block.get(i, [])
        if not doc.kept[i] and not hits:
            lines.append(f" T [title] {original}")
        elif not doc.kept[i]:
            lines.append(f" - [{hits[0].rule}] {original}")
        elif hits:
            lines.append(f" ~ {doc.blocks[i]}")
            lines.extend(f"   - [{h.rule}] {h.text}" for h in hits)
        else:
            lines.append(f"   {original}")
    if doc.repairs:
        lines.append("   repairs: " + "; ".join(doc.repairs))
    return "\n".join(lines) + "\n"


def guarded(func: Callable[[Any, Context], T], item: Any, ctx: Context) -> T | Reject:
    """A bug on one document rejects that document, never the run."""
    try:
        return func(item, ctx)
    except RecursionError:
        return Reject(item.origin, "document too deeply nested to process")
    except MemoryError:
        return Reject(item.origin, "document too large to process in memory")
    except Exception as err:  # noqa: BLE001 - reported as the document's reject reason
        return Reject(item.origin, f"internal error: {type(err).__name__}: {err}")


def _printable_origin(origin: Origin) -> Origin:
    """File names that are not UTF-8 arrive with lone surrogates; escape them for output and state."""
    try:
        origin.path.encode("utf-8")
        return origin
    except UnicodeEncodeError:
        path = origin.path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        return Origin(path, origin.index, origin.id)


def _stage_a(raw: RawRecord | Reject, ctx: Context) -> Document | Reject:
    if isinstance(raw, Reject):
        return Reject(_printable_origin(raw.origin), raw.reason)
    raw.origin = _printable_origin(raw.origin)
    return guarded(prepare, raw, ctx)


@dataclass
class Finished:
    """What pass 2 hands on for one document."""

    seq: int
    article: Article | None = None
    reject: Reject | None = None
    item: DedupItem | None = None
    report: str | None = None


def _stage_b(task: tuple[int, Document, bool], ctx: Context) -> Finished:
    seq, doc, want_report = task
    result = guarded(finish, doc, ctx)
    report = explain(doc) if want_report else None
    if isinstance(result, Reject):
        return Finished(seq, reject=result, report=report)
    item = item_from(seq, result.origin, result.title, result.text, result.lang, result.url)
    return Finished(seq, article=result, item=item, report=report)


# -- running the stages -----------------------------------------------------------------

_WORKER_CTX: Context | None = None


def _init_worker(ctx: Context) -> None:
    global _WORKER_CTX
    _WORKER_CTX = ctx


def _call(args: tuple[Callable[[Any, Context], Any], Any]) -> Any:
    func, item = args
    assert _WORKER_CTX is not None
    return func(item, _WORKER_CTX)


def ordered_map(
    func: Callable[[T, Context], R], items: Iterable[T], ctx: Context, jobs: int, window: int = 256
) -> Iterator[R]:
    """``func`` over ``items`` in input order, in ``jobs`` processes, holding at most a window."""
    if jobs <= 1:
        for item in items:
            yield func(item, ctx)
        return
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(ctx,)) as pool:
        iterator = iter(items)
        while batch := list(itertools.islice(iterator, window * jobs)):
            yield from pool.map(_call, [(func, it) for it in batch], chunksize=max(1, window // 4))


@dataclass
class Options:
    """Run settings (the CLI's options)."""

    jobs: int = 1
    rules: tuple[str, ...] = ()
    keep_duplicates: bool = False
    state: str | None = None
    explain: bool = False
    learn_templates: bool = True
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES


@dataclass
class Summary:
    """What a run did; ``read == written + duplicates + known + rejected`` (+ kept copies)."""

    read: int = 0
    written: int = 0
    duplicates: int = 0
    known: int = 0
    rejected: int = 0
    removed_bytes: Counter[str] = field(default_factory=Counter)
    store: dict[str, int] = field(default_factory=dict)

    def balanced(self) -> bool:
        return self.read == self.written + self.duplicates + self.known + self.rejected

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "written": self.written,
            "duplicates": self.duplicates,
            "known": self.known,
            "rejected": self.rejected,
            "removed_bytes": dict(self.removed_bytes.most_common()),
        }

    def line(self) -> str:
        removed = sum(self.removed_bytes.values())
        parts = ", ".join(f"{rule} {_size(n)}" for rule, n in self.removed_bytes.most_common(6))
        return (
            f"read {self.read} documents: {self.written} articles written, "
            f"{self.duplicates} duplicates folded, {self.known} already known, "
            f"{self.rejected} rejected; removed {_size(removed)}" + (f" ({parts})" if parts else "")
        )


def _size(n: int) -> str:
    for unit in ("B", "kB", "MB"):
        if n < 1000 or unit == "MB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return f"{n} B"


class _Spool:
    """Pickled objects in a temporary file: written once, read back once in order."""

    def __init__(self) -> None:
        self.file: IO[bytes] = tempfile.TemporaryFile(prefix="clean-article-")  # noqa: SIM115 - closed by close()

    def put(self, obj: Any) -> None:
        pickle.dump(obj, self.file, protocol=pickle.HIGHEST_PROTOCOL)

    def __iter__(self) -> Iterator[Any]:
        self.file.seek(0)
        while True:
            try:
                yield pickle.load(self.file)
            except EOFError:
                return

    def close(self) -> None:
        self.file.close()


Sink = Callable[[Article], None]
RejectSink = Callable[[Reject], None]
ReportSink = Callable[[str], None]


def run(
    inputs: Sequence[str],
    options: Options,
    *,
    write: Sink,
    reject: RejectSink,
    report: ReportSink | None = None,
    stdin: BinaryIO | None = None,
    progress: Callable[[Iterable[Any], str], Iterable[Any]] | None = None,
    before_commit: Callable[[], None] | None = None,
) -> Summary:
    """Clean every input; call ``write`` for each article kept, ``reject`` for each reject.

    The tracking store (``options.state``) is only committed after the last
    article was handed to ``write`` and ``before_commit`` returned, so an
    interrupted run leaves the store as it was.
    """
    ctx = Context(load_rules(options.rules))
    summary = Summary()
    wrap = progress or (lambda it, _label: it)
    spool_docs, spool_done = _Spool(), _Spool()
    store = Store.open(options.state) if options.state else None
    profile = SiteProfile(options.state) if options.state and options.learn_templates else None
    deduper = Deduper(store)
    try:
        # pass 1: prepare, learn templates
        counter = TemplateCounter()
        records = iter_inputs(inputs, stdin=stdin, max_record_bytes=options.max_record_bytes)
        for result in wrap(ordered_map(_stage_a, records, ctx, options.jobs), "reading"):
            summary.read += 1
            if isinstance(result, Reject):
                summary.rejected += 1
                reject(result)
                continue
            if options.learn_templates:
                counter.add(emit(result))
            spool_docs.put(result)
        if profile is not None:
            profile.load_into(counter, counter.groups())
        ctx = Context(ctx.rules, counter.templates() if options.learn_templates else {})
        del counter
        # pass 2: strip, sign, cluster
        tasks = ((seq, doc, options.explain) for seq, doc in enumerate(spool_docs))
        ids: list[str | None] = []
        for done in wrap(ordered_map(_stage_b, tasks, ctx, options.jobs), "cleaning"):
            ids.append(done.article.id if done.article else None)
            if done.reject is not None:
                summary.rejected += 1
                reject(done.reject)
                if done.report and report:
                    report(done.report + f"   REJECTED: {done.reject.reason}\n")
                continue
            assert done.item is not None
            deduper.add(done.item)
            done.item = None
            spool_done.put(done)
        # pass 3: keep one copy per cluster, write in input order
        result = deduper.clusters()
        for done in spool_done:
            article: Article = done.article
            decision = result.decision(done.seq)
            status = "kept"
            if decision.known is not None:
                summary.known += 1
                status = f"already known (article {decision.known.id})"
            elif not decision.kept:
                summary.duplicates += 1
                rep_id = ids[decision.representative]
                status = f"duplicate of {rep_id}"
                if options.keep_duplicates:
                    article.duplicate_of = rep_id
                    write(article)
            else:
                article.duplicates = result.folded(done.seq)
                summary.written += 1
                for removal in article.removed:
                    summary.removed_bytes[removal.rule] += len(removal.text.encode("utf-8"))
                write(article)
            if done.report and report:
                report(done.report + f"   -> {status}\n")
        if before_commit is not None:
            before_commit()
        if profile is not None:
            profile.save(triple for doc in spool_docs for triple in emit(doc))
        if store is not None:
            commit = deduper.commit()
            summary.store = {"added": commit.added, "touched": commit.touched}
    finally:
        spool_docs.close()
        spool_done.close()
        deduper.close()
        if store is not None:
            store.close()
        if profile is not None:
            profile.close()
    return summary


# -- the library's one-document entry points ---------------------------------------------


def raw_record(
    content: str | bytes,
    kind: str | None,
    url: str | None,
    title: str | None,
    origin: Origin | None,
) -> RawRecord:
    """Wrap library input as a record; ``kind`` is sniffed from the first bytes when not given."""
    if kind is None:
        head = content[:2048]
        head_text = head.decode("utf-8", "replace") if isinstance(head, bytes) else head
        stripped = head_text.lstrip().lower()
        html_starts = ("<!doctype", "<html", "<head", "<body", "<div", "<p", "<article")
        kind = "html" if stripped.startswith(html_starts) else "text"
    if kind not in ("text", "html"):
        raise ValueError(f"kind must be 'text' or 'html', not {kind!r}")
    return RawRecord(origin or Origin("<string>"), content, kind, url=url, title=title)  # type: ignore[arg-type]


def clean_document(
    content: str | bytes,
    *,
    kind: str | None = None,
    url: str | None = None,
    title: str | None = None,
    rules: Sequence[str] = (),
    templates: dict[str, set[str]] | None = None,
) -> tuple[Article | Reject, Document | None]:
    """Clean one document; return the article (or the reject) and the document for reports."""
    ctx = Context(load_rules(tuple(rules)), templates or {})
    raw = raw_record(content, kind, url, title, None)
    doc = guarded(prepare, raw, ctx)
    if isinstance(doc, Reject):
        return doc, None
    return guarded(finish, doc, ctx), doc


def clean(
    content: str | bytes,
    *,
    kind: str | None = None,
    url: str | None = None,
    title: str | None = None,
    rules: Sequence[str] = (),
) -> Article:
    """Clean one document (text or HTML, str or bytes) into an :class:`Article`.

    Raises :class:`Rejected` with the reason when nothing of an article is left.
    """
    result, _ = clean_document(content, kind=kind, url=url, title=title, rules=rules)
    if isinstance(result, Reject):
        raise Rejected(result.reason)
    return result
