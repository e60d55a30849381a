"""The per-document pipeline: one ordered list of named steps over a plain ``Document``.

    decode -> extract -> title | site-tail -> learned-spam -> network-brand -> edges -> finalize

Batch runs, streaming and :func:`cleaner.clean` all iterate :data:`STEPS`. Each step is a
small function of one document and its :class:`Context`; it never deletes text, it marks
blocks as removed with a registered rule (:mod:`cleaner.removals`), so the document carries
its own explanation. The steps after the bar use what the corpus taught (site templates), so a
batch run stops every document there, learns from all of them, and resumes
(:mod:`cleaner.batch`); a single document runs straight through.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from lxml import etree

from . import langs, markdown, titles
from .decode import STRAY_NOTE, decode_bytes, repair, strip_controls
from .dedup.text import content_id
from .extract import extract_element, extract_html
from .extract.page_text import chrome_lines, looks_like_page, rewritten_headline, site_in_title, site_name
from .model import Article, Document, RawRecord, Reject, Removal
from .removals import DUMP_HEADER, PAGE_CHROME, PAGE_CONTROL, UNDECODABLE
from .settings import DEFAULT, Settings
from .strip import Rules, load_rules, remove_brand_lines, remove_learned_spam, strip_edges, templates_for
from .strip.captions import judge_captions
from .strip.repeats import drop_page_echoes, drop_repeated_blocks
from .strip.teasers import drop_other_headlines
from .strip.templates import COPIED_EVIDENCE, copied, strip_copy_furniture
from .text import clean_url, original_url
from .textsplit import split_header, split_text

T = TypeVar("T")
EMPTY_DOCUMENT = "empty article: the document has no text"
EMPTY_ARTICLE = "empty article: no text left after removing boilerplate"
NO_PARAGRAPH = "no article: the page's text has no paragraph (a home page, a listing or a menu)"


class Rejected(ValueError):
    """Raised by :func:`cleaner.clean` (and inside steps) when an input cannot become an article."""


@dataclass(frozen=True)
class Context:
    """What the steps know beyond the document: priors, the corpus's site templates, thresholds."""

    rules: Rules = field(default_factory=load_rules)
    templates: dict[str, set[str]] = field(default_factory=dict)
    settings: Settings = DEFAULT
    tails: dict[str, set[str]] = field(default_factory=dict)  # per site group, its learned title tails
    headlines: dict[str, frozenset[int]] = field(default_factory=dict)  # per headline group, the run's stories


# -- the steps ----------------------------------------------------------------------------


def _address(doc: Document, url: str | None) -> None:
    """Set the page's address when it has none yet: the page itself, not an intermediary's copy
    of it (a Wayback snapshot, the AMP cache, the Translate proxy), which ``meta`` keeps."""
    if doc.url or not url:
        return
    doc.url = original_url(url)
    if doc.url != url:
        doc.meta.setdefault("fetched_from", url)


def decode(doc: Document, ctx: Context) -> None:
    """Bytes to text (declared, meta or detected charset); ftfy repair where damage shows."""
    fetched, doc.url = doc.url, None
    _address(doc, fetched)
    html = doc.kind == "html"
    content = doc.content if doc.content is not None else ""
    if isinstance(content, etree._Element):  # parsed by the caller: nothing to decode
        doc.tree, doc.content = content, None
        _declared_title(doc)
        return
    if type(content).__module__.startswith("bs4"):  # BeautifulSoup keeps no lxml tree to reuse
        content = str(content)
    if isinstance(content, bytes):
        text, notes = decode_bytes(content, doc.charset, html=html)
    else:
        text, notes = content, []
    lynx = markdown.from_lynx(text) if doc.kind == "text" else None
    if lynx is not None:  # a text-mode browser's dump: the Markdown of its page, its links' list gone
        text = lynx[0]
        doc.removed.append(Removal(PAGE_CONTROL, lynx[1]))
        doc.declared_title = doc.declared_title or lynx[2]
        notes.append("lynx dump: read as its page's Markdown")
    if doc.kind == "text" and (lynx is not None or markdown.is_markdown(text, doc.origin.path)):
        html = True  # a page saved as Markdown: rendered, its article is extracted as a page's
        header, text = markdown.split_header(text)
        doc.kind = "html"
        doc.declared_title = doc.declared_title or header.get("title")
        _address(doc, header.get("url"))
        doc.published = doc.published or header.get("published")
        if header.get("author") and not doc.authors:
            doc.authors = [name.strip() for name in header["author"].split(";") if name.strip()]
        doc.lang = doc.lang or header.get("lang")
        doc.site_name = doc.site_name or header.get("site_name")
        text, controls = markdown.split_controls(text)
        doc.removed.extend(Removal(PAGE_CONTROL, line) for line in controls)
        text = markdown.to_html(text, header.get("title") or (lynx[2] if lynx is not None else None), doc.url)
        notes.append("markdown: rendered to HTML" + (", its header read" if header else ""))
    if html:
        # Markup is not repaired as a whole (ftfy's cost grows with the page, and most of a page
        # is markup and scripts): the text that extraction keeps is, block by block.
        doc.text, steps = strip_controls(text)
    else:
        doc.text, steps = repair(text)
    doc.repairs = notes + steps
    doc.content = None
    _declared_title(doc)


def _declared_title(doc: Document) -> None:
    if doc.declared_title and doc.declared_title.strip():
        doc.title_lines.append(repair(doc.declared_title)[0])


def extract(doc: Document, ctx: Context) -> None:
    """HTML: the article's blocks and metadata (trafilatura); a text dump: its lines and header."""
    if doc.kind == "html":
        page = extract_element(doc.tree, doc.url) if doc.tree is not None else extract_html(doc.text, doc.url)
        doc.tree = None
        doc.title_lines.extend(_repaired(doc, page.title_lines))
        doc.title_guesses = _repaired(doc, page.title_guesses)
        doc.set_blocks(_repaired(doc, page.blocks))
        doc.captions = list(page.captions)
        doc.unextracted = page.unextracted
        doc.removed.extend(page.removed)
        _address(doc, page.url)
        doc.published = doc.published or page.published
        doc.authors = doc.authors or list(page.authors)
        doc.lang = doc.lang or page.lang
        doc.site_name = _repaired(doc, [page.site_name])[0] if page.site_name else doc.site_name
    elif doc.kind == "page":
        _page_text(doc)
    elif doc.title_lines and looks_like_page([ln.strip() for ln in _LINE_BREAKS.split(doc.text) if ln.strip()],
                                             doc.title_lines[0]):
        doc.kind = "page"  # a record's text is a whole page's (a crawl's plain text: menu, article, footer)
        _page_text(doc)
    else:
        lines = split_text(doc.text)
        header, taken = split_header(lines)
        doc.set_blocks(lines)
        for i in range(taken):
            doc.drop(i, DUMP_HEADER)
        _address(doc, header.get("url"))
        doc.published = doc.published or header.get("published")
        doc.lang = doc.lang or header.get("lang")
        if header.get("author") and not doc.authors:
            doc.authors = [header["author"]]
        if header.get("title") and not doc.title_lines:
            doc.title_lines.append(header["title"])
    stray = any(note.endswith(STRAY_NOTE) for note in doc.repairs)
    for i, block in enumerate(doc.blocks):
        if "\ufffd" not in block:
            continue
        if not block.replace("\ufffd", "").strip():
            doc.drop(i, UNDECODABLE)  # a stray byte between two paragraphs, replaced when decoded
        elif stray:  # one inside a sentence ("calls \ufffditself"): the mark says nothing the note does not
            doc.blocks[i] = _DOUBLE_SPACE.sub(" ", block.replace("\ufffd", "")).strip()
    doc.text = ""  # the blocks hold it now; keeps spooled documents small
    if not doc.blocks and not doc.title_lines:
        raise Rejected(EMPTY_DOCUMENT)


def _page_text(doc: Document) -> None:
    """The plain text of a whole page: one block a line (never joined as a wrapped paragraph); the
    lines outside the article's span (the menu and the footer around it) are the page's chrome."""
    doc.set_blocks([line.strip() for line in _LINE_BREAKS.split(doc.text) if line.strip()])
    title = doc.title_lines[0] if doc.title_lines else None
    chrome = chrome_lines(doc.blocks, title)
    if chrome is None:
        raise Rejected(NO_PARAGRAPH)
    for i in chrome:
        doc.drop(i, PAGE_CHROME)
    doc.site_name = doc.site_name or site_name(doc.blocks, chrome)
    live = doc.live()
    if live and (headline := rewritten_headline(doc.blocks, title, live[0])) is not None:
        doc.title_lines.insert(0, headline)  # the page's own headline, where the title shortens it
        doc.site_name = site_in_title(title) or doc.site_name  # (the name the title gives, as when it is kept)


_DOUBLE_SPACE = re.compile(" {2,}")
_LINE_BREAKS = re.compile(r"\r\n?|\n|\u2028|\u2029")


def _repaired(doc: Document, texts: list[str]) -> list[str]:
    """Repair extracted text (mojibake, entities double-escaped in the source), noting each fix once."""
    out = []
    for text in texts:
        fixed, steps = repair(text)
        out.append(fixed)
        doc.repairs.extend(step for step in steps if step not in doc.repairs)
    return out


def captions(doc: Document, ctx: Context) -> None:
    """Figure captions put back from the page: those that carry the network's brand or only credit
    the picture go; one that says what the story's photo shows stays."""
    judge_captions(doc, ctx.rules)


def title(doc: Document, ctx: Context) -> None:
    """Title echoes, outlet, the page's spam phrase, signs of republishing."""
    titles.find_title(doc, ctx.rules, ctx.settings.echo)


def copies(doc: Document, ctx: Context) -> None:
    """A story whose paragraphs another site's page of the run carries too is one of its copies
    (the outlet's own, a partner's, a network's): each copy's furniture goes as a republished
    page's does."""
    if copied(doc, ctx.templates):
        doc.evidence.append(COPIED_EVIDENCE)
        strip_copy_furniture(doc, ctx.templates)


def site_tail(doc: Document, ctx: Context) -> None:
    """A title still ending in a tail that many titles of the run share: the tail is the site's."""
    titles.split_site_tail(doc, ctx.rules, templates_for(doc, ctx.tails), ctx.settings.echo)


def learned_spam(doc: Document, ctx: Context) -> None:
    """The page's own spam phrase (learned from its echo tails) on captions and paragraph ends."""
    remove_learned_spam(doc, ctx.settings.spam)


def network_brand(doc: Document, ctx: Context) -> None:
    """Short lines naming a network brand or domain; brand sentences ending a paragraph."""
    remove_brand_lines(doc, ctx.rules, ctx.settings.spam)


def other_headlines(doc: Document, ctx: Context) -> None:
    """Lines giving the headline of another story of the site in the run: links to it."""
    drop_other_headlines(doc, ctx.headlines)


def edges(doc: Document, ctx: Context) -> None:
    """Trailing and leading boilerplate blocks, with the site's learned template lines."""
    strip_edges(doc, ctx.rules, templates_for(doc, ctx.templates), ctx.settings.edges)


def finalize(doc: Document, ctx: Context) -> None:
    """One clean title line and the outlet, each block once; a document with no body left is rejected."""
    titles.finalize(doc, ctx.rules, ctx.settings.echo)
    if doc.kind == "page":
        drop_page_echoes(doc)
    drop_repeated_blocks(doc)
    if not doc.body().strip():
        raise Rejected(EMPTY_ARTICLE)


@dataclass(frozen=True)
class Step:
    name: str
    run: Callable[[Document, Context], None]
    corpus: bool = False  # uses what the whole corpus taught (site templates)


STEPS: tuple[Step, ...] = (
    Step("decode", decode),
    Step("extract", extract),
    Step("captions", captions),
    Step("title", title),
    Step("copies", copies, corpus=True),
    Step("site-tail", site_tail, corpus=True),
    Step("learned-spam", learned_spam, corpus=True),
    Step("network-brand", network_brand, corpus=True),
    Step("other-headlines", other_headlines, corpus=True),
    Step("edges", edges, corpus=True),
    Step("finalize", finalize, corpus=True),
)
_BAR = next(i for i, step in enumerate(STEPS) if step.corpus)
BEFORE_CORPUS: tuple[Step, ...] = STEPS[:_BAR]  # per document, before the corpus is known
AFTER_CORPUS: tuple[Step, ...] = STEPS[_BAR:]


def run_steps(doc: Document, ctx: Context, steps: Sequence[Step] = STEPS) -> Document | Reject:
    """Run ``steps`` over ``doc``; a step that rejects the document ends it."""
    for step in steps:
        try:
            step.run(doc, ctx)
        except Rejected as err:
            return Reject(doc.origin, str(err))
    return doc


def to_article(doc: Document, ctx: Context) -> Article:
    """The output record of a document that went through every step."""
    body = doc.body()
    return Article(
        id=content_id(doc.title, body),
        title=doc.title,
        text=body,
        source=doc.source,
        url=clean_url(doc.url),
        lang=langs.detect(body, doc.lang),
        published=doc.published,
        authors=[a for a in doc.authors if not titles.is_network_author(a, ctx.rules)],
        origin=doc.origin,
        removed=sorted((r for r in doc.removed if r.text), key=lambda r: r.block),  # reading order
        meta=doc.meta,
    )


def prepare(raw: RawRecord, ctx: Context) -> Document | Reject:
    """The steps before the corpus bar, from a raw record."""
    doc = Document.from_raw(raw)
    done = run_steps(doc, ctx, BEFORE_CORPUS)
    if isinstance(done, Reject) and doc.kind == "page" and doc.blocks:
        return Reject(done.origin, done.reason, page=doc)  # (its chrome, for the corpus pass)
    return done


def finish(doc: Document, ctx: Context) -> Article | Reject:
    """The steps after the corpus bar, and the article record."""
    done = run_steps(doc, ctx, AFTER_CORPUS)
    return done if isinstance(done, Reject) else to_article(done, ctx)


def process(raw: RawRecord, ctx: Context) -> tuple[Article | Reject, Document | None]:
    """Every step over one record (the corpus already known): the article or the reject, and
    the document for reports."""
    doc = guarded(prepare, raw, ctx)
    if isinstance(doc, Reject):
        return doc, None
    return guarded(finish, doc, ctx), doc


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
