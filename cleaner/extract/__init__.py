"""HTML page -> title candidates, body blocks and metadata.

``extract_html`` parses the page safely (see :mod:`cleaner.extract.parse`:
no network, no entity expansion, input capped at ``MAX_INPUT_CHARS``
characters, nesting flattened past ``MAX_DEPTH``, at most ``MAX_ELEMENTS``
elements), reads the title candidates
and declared metadata from the full page, removes boilerplate containers
(:mod:`cleaner.extract.cleanup`, every removal recorded with its rule), then
lets trafilatura find the main content and splits its XML body into blocks.

trafilatura runs with its balanced defaults (best recall; precision comes
from the DOM cleanup and the later text steps) except ``include_comments=False``
(reader comments are not the article) and ``deduplicate=False`` (its
duplicate cache is process-global, so one page would change what another
keeps). Tables are kept (``include_tables=True``), one block per row. Its fallback
extractors run only when the main one finds little text (``FALLBACK_BELOW``), and the metadata
comes from :mod:`cleaner.extract.metadata`.
"""

from __future__ import annotations

import copy
import logging
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

from cleaner.extract import sequence
from cleaner.extract.blocks import body_blocks, collapse
from cleaner.extract.breaks import break_loose_containers, break_paragraphs, prose_divs
from cleaner.extract.bylines import hide_body_bylines, restore_bylines
from cleaner.extract.cleanup import load_rules, match_rule, names_note, strip_boilerplate
from cleaner.extract.marks import unlink_marks
from cleaner.extract.metadata import Meta, page_metadata
from cleaner.extract.parse import MAX_DEPTH, MAX_ELEMENTS, MAX_INPUT_CHARS, cut_after, flatten_deep, parse_html
from cleaner.extract.repair import page_items, repair_blocks
from cleaner.extract.stoplist import prime as prime_stoplist
from cleaner.extract.structured import continuation, declared_body, outweighs
from cleaner.model import Removal
from cleaner.removals import HTML_LIMIT

__all__ = ["MAX_DEPTH", "MAX_ELEMENTS", "MAX_INPUT_CHARS", "Page", "extract_element", "extract_html", "load_rules"]

TRAFILATURA_OPTIONS: dict[str, bool] = {
    "favor_precision": False,
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
    "deduplicate": False,
    "with_metadata": False,  # read by cleaner.extract.metadata, without the unused fields
}
# trafilatura's fallbacks (readability, jusText) changed no page of the extraction benchmark
# and cost a fifth of its time; they run when the main extractor finds little text, where
# they are the safety net
FALLBACK_BELOW = 1000
# Dates from markup and URLs only: htmldate's free-text search runs dateparser over
# every locale and cost seconds per page on translated pages, for dates the page's
# metadata already gives.
DATE_PARAMS = {"original_date": True, "extensive_search": False}
_LANG = re.compile(r"^([A-Za-z]{2,3})(?:[-_].*)?$")


@dataclass
class Page:
    """What an HTML page yields for the pipeline."""

    title_lines: list[str] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)
    url: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    lang: str | None = None
    site_name: str | None = None
    title_guesses: list[str] = field(default_factory=list)  # trafilatura's, when the page declares one
    removed: list[Removal] = field(default_factory=list)
    captions: list[int] = field(default_factory=list)  # blocks that are figure captions put back
    unextracted: list[str] = field(default_factory=list)  # short paragraphs the extraction left out


def _metas(root: etree._Element) -> dict[str, str]:
    """Every <meta> property/name of the page with its first non-empty content, read once."""
    found: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key and key not in found:
            content = collapse(el.get("content") or "")
            if content:
                found[key] = content
    return found


def _meta(found: dict[str, str], *keys: str) -> str | None:
    """First non-empty content of a <meta> whose property or name is one of ``keys``."""
    for k in keys:
        if k.lower() in found:
            return found[k.lower()]
    return None


def _headline(text: str | None) -> str | None:
    return collapse(text) or None if text else None


def _raw_meta(root: etree._Element, key: str) -> str | None:
    """The first non-empty content of a <meta> named ``key``, its spacing as written."""
    for el in root.iter("meta"):
        if (el.get("property") or el.get("name") or "").strip().lower() == key and (el.get("content") or "").strip():
            return el.get("content")
    return None


def _article_h1(root: etree._Element) -> str | None:
    """The h1 of the article: inside <article> or <main> first, else the longest one."""
    for path in ("//article//h1", "//main//h1", "//*[@role='main']//h1"):
        for h1 in root.xpath(path):
            text = _headline(h1.text_content())
            if text:
                return text
    texts = [_headline(h.text_content()) for h in root.iter("h1")]
    texts = [t for t in texts if t]
    return max(texts, key=len) if texts else None


def _title_lines(root: etree._Element, metas: dict[str, str]) -> list[str]:
    """The page's declared titles, each on one line as :func:`collapse` keeps it: a lone ideographic
    space parting a CJK headline's two clauses stays."""
    title_el = root.find(".//title")
    candidates = [
        _headline(title_el.text_content()) if title_el is not None else None,
        _headline(_raw_meta(root, "og:title")),
        _headline(_raw_meta(root, "twitter:title")),
        _article_h1(root),
    ]
    out: list[str] = []
    for c in candidates:
        if c and c not in out:
            out.append(c)
    return out


def _lang(root: etree._Element, metas: dict[str, str]) -> str | None:
    for value in (
        root.get("lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        _meta(metas, "og:locale", "content-language", "language"),
    ):
        m = _LANG.match((value or "").strip())
        if m:
            return m.group(1).lower()
    for el in root.iter("meta"):
        if (el.get("http-equiv") or "").lower() == "content-language":
            m = _LANG.match((el.get("content") or "").strip())
            if m:
                return m.group(1).lower()
    return None


def _canonical(root: etree._Element, metas: dict[str, str], base: str | None) -> str | None:
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            return _absolute(link.get("href", ""), base)
    og = _meta(metas, "og:url")
    return _absolute(og, base) if og else None


def _absolute(href: str, base: str | None) -> str | None:
    href = href.strip()
    if base:
        href = urljoin(base, href)
    return href if href.startswith(("http://", "https://")) else None


_SNAPSHOT_HEADER = etree.XPath("//div[@id = 'HEADER']//a[@href]")
_LOOKUP = re.compile(r"^https?://archive\.(?:ph|today|is|li|vn|fo|md)/(https?://.+)$", re.IGNORECASE)


def _snapshot_of(root: etree._Element) -> str | None:
    """On an archive.today snapshot, the address of the page it saved: its header links to the
    page's other snapshots as ``archive.ph/<address>``."""
    for a in _SNAPSHOT_HEADER(root)[:20]:
        m = _LOOKUP.match(a.get("href", ""))
        if m:
            return m.group(1)
    return None


def _site_name(metas: dict[str, str], fallback: str | None) -> str | None:
    name = _meta(metas, "og:site_name", "application-name")
    if name and collapse(name).casefold() in load_rules().intermediaries:
        return None  # an archive's snapshot or a proxy's copy: "archive.ph" published nothing
    if name:
        return name
    if fallback and "." not in fallback:
        return collapse(fallback) or None
    return None


def _run_trafilatura(root: etree._Element, url: str | None) -> etree._Element | None:
    """trafilatura's body for the page, or None when it finds no text."""
    from trafilatura import bare_extraction

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        if isinstance(root, lxml_html.HtmlElement) and sequence.usable():
            found = sequence.extraction(root, url, fast=True)
            if found is None or len(found[1]) < FALLBACK_BELOW:
                prime_stoplist()  # the fallbacks may run justext
                found = sequence.extraction(root, url, fast=False, text=False) or found
            return found[0] if found is not None else None
        doc = bare_extraction(root, url=url, fast=True, **TRAFILATURA_OPTIONS)
        if doc is None or len(doc.text or "") < FALLBACK_BELOW:
            prime_stoplist()  # the fallbacks may run justext
            doc = bare_extraction(root, url=url, fast=False, **TRAFILATURA_OPTIONS) or doc
        return doc.body if doc is not None else None
    except (ValueError, TypeError, RecursionError):
        return None


def _metadata(root: etree._Element, url: str | None) -> Meta:
    try:
        return page_metadata(root, url, DATE_PARAMS)
    except (ValueError, TypeError, RecursionError):
        return Meta()


_DOCUMENT_TAG = re.compile(r"<(?:html|body|head)[\s>]", re.IGNORECASE)
FRAGMENT_COVER = 0.9


def _fragment_blocks(root: etree._Element) -> tuple[list[str], list[int]] | None:
    """A feed's content fragment is the article already: its own block elements, in order.

    trafilatura is made to find an article inside a page; on a short fragment
    it may fall back to one flattened paragraph. When the input has no page
    around it and its block elements hold nearly all of its text, those are
    the blocks (and the positions of the figure captions among them).
    """
    items = [it for it in page_items(root) if it.text and it.kind != "row"]  # (a table is trafilatura's to render)
    total = len(collapse(" ".join(root.itertext())))
    if not items or total == 0 or sum(len(it.text) for it in items) < FRAGMENT_COVER * total:
        return None
    return [it.text for it in items], [k for k, it in enumerate(items) if it.kind == "caption"]


def extract_html(html: str, url: str | None = None) -> Page:
    """Extract the article of an HTML page (already decoded to ``str``).

    Input beyond ``MAX_INPUT_CHARS`` characters (8 M) is ignored, nesting
    beyond ``MAX_DEPTH`` (190) flattened and elements past ``MAX_ELEMENTS``
    (10,000) dropped, so a hostile page costs bounded time and memory (a
    50 MB page: a few seconds, well under 1 GB).
    ``removed`` lists the DOM containers taken out (rules ``plato-bottom-links``,
    ``dom-<group>`` for the groups of ``rules.json``, ``dom-hidden``,
    ``dom-link-paragraph``, ``dom-link-list``) and what a parse limit cut
    (``html-limit``).
    """
    if isinstance(html, bytes):  # callers should decode; be lenient rather than crash
        html = html.decode("utf-8", "replace")
    notes: list[str] = []
    root = parse_html(html, notes)
    if root is None:
        return Page()
    return extract_tree(root, url, notes, fragment=not _DOCUMENT_TAG.search(html[:4096]))


def extract_element(element: etree._Element, url: str | None = None) -> Page:
    """Extract the article of a page a caller already parsed with lxml, without serialising it.

    The caller's tree is not changed: the cleanup works on a copy, bounded like a parsed page.
    """
    root = copy.deepcopy(element.getroottree().getroot() if element.getparent() is None else element)
    if not isinstance(root.tag, str):
        return Page()
    notes: list[str] = []
    flatten_deep(root, MAX_DEPTH)
    cut = cut_after(root, MAX_ELEMENTS)
    if cut:
        notes.append(f"{cut} elements past the {MAX_ELEMENTS}-element limit not parsed")
    return extract_tree(root, url, notes, fragment=root.tag not in ("html", "body", "head"))


def extract_tree(root: etree._Element, url: str | None, notes: list[str], *, fragment: bool) -> Page:
    """The extraction proper, on a parsed tree (which it changes)."""
    metas = _metas(root)
    declared = declared_body(root)  # (read before the cleanup, which drops scripts)
    title_lines = _title_lines(root, metas)
    lang = _lang(root, metas)
    page_url = _snapshot_of(root) or _canonical(root, metas, url)
    if fragment:  # a feed item's or a record's body: paragraphs may be written with breaks alone
        body_el = root.find("body") if root.tag == "html" else None
        break_paragraphs(body_el if body_el is not None else root)
    else:  # (a text-only edition's container, likewise)
        break_loose_containers(root)
    rules = load_rules()
    prose_divs(root, lambda el: names_note(el, rules) and match_rule(el, rules) is None)
    unlink_marks(root)  # a notes list's "[1]" is its text, not a link
    removed = strip_boilerplate(root, rules, fragment=fragment)
    removed.extend(Removal(HTML_LIMIT, note) for note in notes)
    fragment = _fragment_blocks(root) if fragment else None
    bylines = hide_body_bylines(root)  # (a byline among the body's paragraphs is the article's)
    body = _run_trafilatura(root, url)
    restore_bylines(bylines)
    meta = _metadata(root, url) if body is not None else None
    blocks, captions = (list(fragment[0]), list(fragment[1])) if fragment is not None else ([], [])
    published = None
    authors: list[str] = []
    fallback_site = None
    guesses: list[str] = []
    if body is not None:
        if fragment is None:
            blocks, captions = repair_blocks(body_blocks(body), root)
        published = meta.date or None
        authors = [collapse(a) for a in (meta.author or "").split(";") if collapse(a)]
        fallback_site = meta.sitename
        if not page_url and meta.url:
            page_url = _absolute(meta.url, url)
        # trafilatura guesses a title from the first heading when the page
        # declares none (feed fragments): only trust it next to a declared one
        if meta.title and title_lines:
            guesses.append(collapse(meta.title))
    if declared and outweighs(declared, blocks):
        blocks, captions = declared, []  # an app shell: its article only in its structured data
    elif declared and (rest := continuation(declared, blocks)):
        blocks = [*blocks, *rest]  # a paywall's page: the rendered paragraphs, then the declared rest
    unextracted = _left_out(root, blocks) if body is not None and fragment is None else []
    return Page(
        title_lines=title_lines,
        blocks=blocks,
        url=page_url,
        published=published,
        authors=authors,
        lang=lang,
        site_name=_site_name(metas, fallback_site),
        title_guesses=guesses,
        removed=removed,
        captions=captions,
        unextracted=unextracted,
    )


def _left_out(root: etree._Element, blocks: list[str]) -> list[str]:
    """The page's short paragraphs that are not among its blocks: what the extraction left out (an
    article's own footer: "Daawo barnaamijka «...» maalin kasta ..."). The site-template counter
    counts them as the page's lines, so a standing line is seen on the HTML pages of a folder as on
    its text dumps."""
    have = set(blocks)
    out: list[str] = []
    for p in root.iter("p"):
        text = collapse(" ".join(p.itertext()))
        if text and text not in have and len(text) <= LEFT_OUT_CHARS:
            out.append(text)
            if len(out) >= LEFT_OUT_LINES:
                break
    return out


LEFT_OUT_CHARS = 600  # a standing line fits; an article's paragraph the extraction dropped may not
LEFT_OUT_LINES = 40
