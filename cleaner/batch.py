"""A batch run: every input through the steps, with the corpus work in between.

Three passes keep memory flat while the corpus-level work sees every document:

1. read, and run the steps before the corpus bar on every document (in ``jobs`` processes);
   each emits its site-template keys; documents are spooled to disk;
2. learn the templates (reduce by key), run the remaining steps, sign and cluster duplicates;
3. decide which copy of each cluster is kept and write in input order.

Per-document work is :mod:`cleaner.pipeline`; corpus work is "emit key -> reduce by key"
(:mod:`cleaner.strip.templates`, :mod:`cleaner.dedup`), so the same passes can run on a cluster.
"""

from __future__ import annotations

import itertools
import pickle
import tempfile
from array import array
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO, Protocol, TypeVar

from .dedup import journal
from .dedup.changes import paragraph_changes
from .dedup.deduper import Decision, Deduper
from .dedup.item import DedupItem, item_from, now_iso
from .dedup.lock import StateLock
from .dedup.store import Store
from .explain import explain
from .model import Article, Document, Origin, RawRecord, Reject
from .pipeline import Context, finish, guarded, prepare
from .readers import DEFAULT_MAX_RECORD_BYTES, iter_inputs
from .settings import DEFAULT, Settings
from .strip import load_rules
from .strip.profile import SiteProfile
from .strip.templates import COPIES_GROUP, FOLDER_GROUP, TemplateCounter, emit, emitted_hashes
from .text import human_size

T = TypeVar("T")
R = TypeVar("R")

Passes = Callable[[Sequence[str], "Options", Context, "RunState", "BinaryIO | None", "Callable[[], None] | None"],
                  "Summary"]


class Clusters(Protocol):
    """What pass three needs of a clustering, whichever engine made it."""

    def decision(self, seq: int) -> Decision: ...

    def folded(self, seq: int) -> list[Origin]: ...


Sink = Callable[[Article], None]
RejectSink = Callable[[Reject], None]
ReportSink = Callable[[str], None]
Progress = Callable[[Iterable[Any], str], Iterable[Any]]


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
    settings: Settings = DEFAULT
    wait: float = 30.0  # seconds to wait for another run to release the tracking store
    revisions: bool = True  # with a store: a known article whose text changed comes back as a new version


@dataclass
class Summary:
    """What a run did; ``read == written + revisions + duplicates + known + rejected``."""

    read: int = 0
    written: int = 0
    revisions: int = 0
    duplicates: int = 0
    known: int = 0
    rejected: int = 0
    removed_bytes: Counter[str] = field(default_factory=Counter)
    store: dict[str, int] = field(default_factory=dict)

    def balanced(self) -> bool:
        return self.read == self.written + self.revisions + self.duplicates + self.known + self.rejected

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "written": self.written,
            "revisions": self.revisions,
            "duplicates": self.duplicates,
            "known": self.known,
            "rejected": self.rejected,
            "removed_bytes": dict(self.removed_bytes.most_common()),
        }

    def line(self) -> str:
        removed = sum(self.removed_bytes.values())
        parts = ", ".join(f"{rule} {human_size(n)}" for rule, n in self.removed_bytes.most_common(6))
        return (
            f"read {_count(self.read, 'document')}: {_count(self.written, 'article')} written, "
            + (f"{_count(self.revisions, 'revision')} written, " if self.revisions else "") +
            f"{_count(self.duplicates, 'duplicate')} folded, {self.known} already known, "
            f"{self.rejected} rejected; removed {human_size(removed)}" + (f" ({parts})" if parts else "")
        )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# -- worker plumbing ----------------------------------------------------------------------

_WORKER_CTX: Context | None = None


def _init_worker(ctx: Context) -> None:
    global _WORKER_CTX
    _WORKER_CTX = ctx


def _call_many(func: Callable[[Any, Context], Any], batch: list[Any]) -> list[Any]:
    assert _WORKER_CTX is not None
    return [func(item, _WORKER_CTX) for item in batch]


def ordered_map(
    func: Callable[[T, Context], R], items: Iterable[T], ctx: Context, jobs: int, chunk: int = 32, ahead: int = 4
) -> Iterator[R]:
    """``func`` over ``items`` in input order, in ``jobs`` processes.

    Chunks are handed out as results are taken (at most ``ahead`` chunks per process in
    flight), so the workers never wait for the slowest document of a batch and memory stays
    bounded whatever the input's size.
    """
    if jobs <= 1:
        for item in items:
            yield func(item, ctx)
        return
    with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(ctx,)) as pool:
        iterator = iter(items)
        pending: deque[Future[list[R]]] = deque()

        def submit() -> None:
            batch = list(itertools.islice(iterator, chunk))
            if batch:
                pending.append(pool.submit(_call_many, func, batch))

        for _ in range(jobs * ahead):
            submit()
        while pending:
            done = pending.popleft().result()
            submit()
            yield from done


class Spool:
    """Pickled objects in a temporary file: written once, read back in order.

    Objects a worker already pickled go in as they are (:meth:`put_pickled`) and come back as
    bytes (:meth:`pickled`) for the next worker: the main process never unpickles them.
    """

    def __init__(self) -> None:
        self.file: IO[bytes] = tempfile.TemporaryFile(prefix="clean-article-")  # noqa: SIM115 - closed by close()
        self.sizes = array("Q")

    def put(self, obj: Any) -> None:
        self.put_pickled(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, blob: bytes) -> None:
        self.file.write(blob)
        self.sizes.append(len(blob))

    def pickled(self) -> Iterator[bytes]:
        self.file.seek(0)
        for size in self.sizes:
            yield self.file.read(size)

    def __iter__(self) -> Iterator[Any]:
        for blob in self.pickled():
            yield pickle.loads(blob)

    def close(self) -> None:
        self.file.close()


# -- the per-document halves, as the pool runs them ---------------------------------------


def printable_origin(origin: Origin) -> Origin:
    """File names that are not UTF-8 arrive with lone surrogates; escape them for output and state."""
    try:
        origin.path.encode("utf-8")
        return origin
    except UnicodeEncodeError:
        path = origin.path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        return Origin(path, origin.index, origin.id)


def first_half(raw: RawRecord | Reject, ctx: Context) -> Document | Reject:
    """Pass 1 for one input: the steps before the corpus bar."""
    if isinstance(raw, Reject):
        return Reject(printable_origin(raw.origin), raw.reason)
    raw.origin = printable_origin(raw.origin)
    return guarded(prepare, raw, ctx)


def first_half_packed(raw: RawRecord | Reject, ctx: Context) -> tuple[bytes | Reject, list[tuple[str, str, str]]]:
    """Pass 1 as a worker runs it for a batch run: the document pickled where it is, with its
    template evidence, so that the main process only moves bytes."""
    result, triples = first_half_evidence(raw, ctx)
    if isinstance(result, Reject):
        return result, triples
    return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL), triples


def first_half_evidence(raw: RawRecord | Reject, ctx: Context) -> tuple[Document | Reject, list[tuple[str, str, str]]]:
    """Pass 1 for one input and its template evidence: a whole page with no article (a section
    front, a search page) is rejected, and its chrome still counts among its site's lines."""
    result = first_half(raw, ctx)
    if isinstance(result, Reject):
        page = result.page
        return Reject(result.origin, result.reason), emit(page, ctx.settings.templates) if page is not None else []
    return result, emit(result, ctx.settings.templates)  # (emit first: it empties what only the counter needs)


def first_half_hashed(raw: RawRecord | Reject, ctx: Context
                      ) -> tuple[bytes | Reject, list[tuple[str, str, str]], list[tuple[int, int]]]:
    """:func:`first_half_packed` with its evidence's filter hashes, for a pool: the main process
    competes with the workers for the cores, so it only counts."""
    result, triples = first_half_packed(raw, ctx)
    return result, triples, emitted_hashes(triples)


@dataclass
class Finished:
    """What pass 2 hands on for one document."""

    seq: int
    article: Article | None = None
    reject: Reject | None = None
    item: DedupItem | None = None
    report: str | None = None


def second_half(task: tuple[int, Document | bytes, bool], ctx: Context) -> Finished:
    """Pass 2 for one document (or its pickle): the remaining steps, the record, its dedup signature."""
    seq, doc, want_report = task
    if isinstance(doc, bytes):
        doc = pickle.loads(doc)
    result = guarded(finish, doc, ctx)
    report = explain(doc) if want_report else None
    if isinstance(result, Reject):
        return Finished(seq, reject=result, report=report)
    item = item_from(seq, result.origin, result.title, result.text, result.lang, result.url)
    return Finished(seq, article=result, item=item, report=report)


@dataclass
class Packed:
    """:class:`Finished` as a pool hands it back: what the main process reads of it, and the
    record pickled where it was made (the main process spools the bytes as they are)."""

    seq: int
    id: str | None
    reject: Reject | None
    report: str | None
    item: DedupItem | None
    finished: bytes | None  # the Finished without its item, for pass 3


def second_half_packed(task: tuple[int, Document | bytes, bool], ctx: Context) -> Packed:
    """Pass 2 for one document, packed: see :class:`Packed`."""
    done = second_half(task, ctx)
    if done.reject is not None:
        return Packed(done.seq, None, done.reject, done.report, None, None)
    item, done.item = done.item, None
    assert done.article is not None
    return Packed(done.seq, done.article.id, None, done.report, item,
                  pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL))


# -- the run ------------------------------------------------------------------------------


@dataclass
class RunState:
    """One run's state across its passes."""

    options: Options
    write: Sink
    reject: RejectSink
    report: ReportSink | None
    progress: Progress
    summary: Summary = field(default_factory=Summary)
    docs: Spool = field(default_factory=Spool)
    done: Spool = field(default_factory=Spool)
    evidence: Spool = field(default_factory=Spool)  # template evidence to keep in the store
    ids: dict[int, str] = field(default_factory=dict)  # seq -> article id, for duplicate_of

    def rejected(self, item: Reject, report: str | None = None) -> None:
        self.summary.rejected += 1
        self.reject(item)
        if report and self.report:
            self.report(report + f"   REJECTED: {item.reason}\n")

    def pass_one(self, records: Iterable[RawRecord | Reject], ctx: Context, profile: SiteProfile | None) -> Context:
        """Prepare every document and learn the site templates; the context for pass two."""
        counter = TemplateCounter()
        learn = self.options.learn_templates
        tpl = ctx.settings.templates
        jobs = self.options.jobs
        packed = (ordered_map(first_half_hashed, records, ctx, jobs) if jobs > 1
                  else ((*done, None) for done in ordered_map(first_half_packed, records, ctx, jobs)))
        for result, triples, hashed in self.progress(packed, "reading"):
            self.summary.read += 1
            if learn and triples:
                counter.add(triples, hashed)  # (a page with no article, rejected, teaches its site's chrome too)
            if isinstance(result, Reject):
                self.rejected(result)
                continue
            if profile is not None:
                # folders change from run to run (daily dumps); outlets and hosts are what recur
                self.evidence.put([t for t in triples if not t[0].startswith((FOLDER_GROUP, COPIES_GROUP))])
            self.docs.put_pickled(result)
        if profile is not None:
            profile.load_into(counter, counter.groups())
        if not learn:
            return ctx
        return Context(ctx.rules, counter.templates(tpl), ctx.settings, counter.site_tails(ctx.settings.echo),
                       counter.run_headlines())

    def pass_two(self, ctx: Context, deduper: Deduper) -> None:
        """Finish every document, sign it and cluster it."""
        tasks = ((seq, doc, self.options.explain) for seq, doc in enumerate(self.docs.pickled()))
        for done in self.progress(ordered_map(second_half_packed, tasks, ctx, self.options.jobs), "cleaning"):
            if done.reject is not None:
                self.rejected(done.reject, done.report)
                continue
            assert done.item is not None and done.id is not None and done.finished is not None
            self.ids[done.seq] = done.id
            deduper.add(done.item)
            self.done.put_pickled(done.finished)

    @staticmethod
    def _revises(store: Store, decision: Decision, article: Article) -> bool:
        if store.has_id(article.id):
            return False
        item = item_from(0, article.origin, article.title, article.text, article.lang)
        return store.revises(decision.known.aid, item.id, item.signature, item.shingles)

    def pass_three(self, result: Clusters, store: Store | None) -> None:
        """Keep one copy per cluster; write in input order."""
        summary = self.summary
        revisions = store is not None and self.options.revisions
        for done in self.done:
            article: Article = done.article
            decision = result.decision(done.seq)
            status = "kept"
            if revisions and decision.known is not None and decision.kept and self._revises(store, decision, article):
                ident, version, previous, old_text = store.latest(decision.known.aid)
                article.article, article.version, article.previous_id = ident, version + 1, previous
                article.changes = paragraph_changes(old_text, article.text)
                article.duplicates = result.folded(done.seq)
                summary.revisions += 1
                status = f"revision {version + 1} of article {ident}"
                self._count_removed(article)
                self.write(article)
            elif decision.known is not None:
                summary.known += 1
                status = f"already known (article {decision.known.id})"
            elif not decision.kept:
                summary.duplicates += 1
                rep_id = self.ids[decision.representative]
                status = f"duplicate of {rep_id}"
                if self.options.keep_duplicates:
                    article.duplicate_of = rep_id
                    self.write(article)
            else:
                article.duplicates = result.folded(done.seq)
                if revisions:
                    article.article, article.version = article.id, 1
                summary.written += 1
                self._count_removed(article)
                self.write(article)
            if done.report and self.report:
                self.report(done.report + f"   -> {status}\n")

    def _count_removed(self, article: Article) -> None:
        for removal in article.removed:
            self.summary.removed_bytes[removal.rule] += len(removal.text.encode("utf-8"))

    def close(self) -> None:
        self.docs.close()
        self.done.close()
        self.evidence.close()


def run(
    inputs: Sequence[str],
    options: Options,
    *,
    write: Sink,
    reject: RejectSink,
    report: ReportSink | None = None,
    stdin: BinaryIO | None = None,
    progress: Progress | None = None,
    before_commit: Callable[[], None] | None = None,
    passes: Passes | None = None,
) -> Summary:
    """Clean every input; call ``write`` for each article kept, ``reject`` for each reject.

    ``passes`` is the engine (default: this machine's process pool; :mod:`cleaner.ray_engine`
    passes its own); the lock on the tracking store is held around it either way.

    The tracking store (``options.state``) is only committed after the last article was handed
    to ``write`` and ``before_commit`` returned, so an interrupted run leaves the store as it was.
    """
    ctx = Context(load_rules(options.rules), {}, options.settings)
    state = RunState(options, write, reject, report, progress or (lambda it, _label: it))
    lock = StateLock(options.state, wait=options.wait) if options.state else None
    if lock is not None:
        lock.acquire()  # one run per store, from the first lookup to the commit
    try:
        return (passes or _passes)(inputs, options, ctx, state, stdin, before_commit)
    finally:
        if lock is not None:
            lock.release()


def _passes(inputs: Sequence[str], options: Options, ctx: Context, state: RunState, stdin: BinaryIO | None,
            before_commit: Callable[[], None] | None) -> Summary:
    store = Store.open(options.state, threshold=options.settings.dedup.threshold) if options.state else None
    if store is not None and options.state:
        journal.settle(store, options.state)  # an output a killed run delivered, before its store commit
    profile = SiteProfile(options.state) if options.state and options.learn_templates else None
    deduper = Deduper(store, threshold=options.settings.dedup.threshold, revisions=options.revisions)
    started = now_iso()
    try:
        records = iter_inputs(inputs, stdin=stdin, max_record_bytes=options.max_record_bytes)
        ctx = state.pass_one(records, ctx, profile)
        state.pass_two(ctx, deduper)
        state.pass_three(deduper.clusters(), store)
        if before_commit is not None:
            before_commit()
        if profile is not None:
            profile.save(t for triples in state.evidence for t in triples)
        if store is not None:
            counts = state.summary.to_dict()
            counts.pop("removed_bytes")
            commit = deduper.commit(
                record=lambda s: s.record_run(started=started, inputs=list(inputs), counts=counts))
            state.summary.store = {"added": commit.added, "touched": commit.touched, "revised": commit.revised}
    finally:
        state.close()
        deduper.close()
        if store is not None:
            store.close()
        if profile is not None:
            profile.close()
    return state.summary
