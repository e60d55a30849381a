"""The page metadata the pipeline uses: title, author, date, canonical URL, site name.

trafilatura's ``extract_metadata`` also collects categories, tags and the licence, which
cost about a third of its time and end in no record; this runs its own readers for the
fields kept, in the order it runs them, so the values are the ones it would give.
"""

from __future__ import annotations

import re
from contextlib import suppress
from copy import deepcopy
from dataclasses import dataclass
from functools import lru_cache
from html import unescape
from typing import Any

from lxml import etree

from .mirror import mirrors


@dataclass
class Meta:
    title: str | None = None
    author: str | None = None
    url: str | None = None
    date: str | None = None
    sitename: str | None = None


def page_metadata(root: etree._Element, url: str | None, date_params: dict[str, Any]) -> Meta:
    """Title, author, URL, date and site name of a parsed page (trafilatura's readers)."""
    from htmldate import find_date
    from trafilatura import metadata as tm

    found = tm.examine_meta(root)
    if found.author and " " not in found.author:
        found.author = None  # a one-word "author" is a handle or a site, as trafilatura judges
    with suppress(Exception):  # trafilatura's JSON-LD reader fails on odd markup
        found = _meta_json(root, found) if _json_reader_as_written() else tm.extract_meta_json(root, found)
    meta = Meta(
        title=found.title or tm.extract_title(root),
        author=found.author or _extract_author(root),
        url=found.url or tm.extract_url(root, url),
    )
    meta.date = find_date(root, **{**date_params, "url": meta.url})
    sitename = found.sitename or tm.extract_sitename(root)
    if sitename:
        sitename = sitename.lstrip("@")
        if sitename and "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    elif meta.url:
        match = tm.META_URL.match(meta.url)
        sitename = match[1] if match else None
    meta.sitename = sitename or None
    for name in ("title", "author", "url", "date", "sitename"):
        setattr(meta, name, _tidy(getattr(meta, name)))
    return meta


def _meta_json(root: etree._Element, found: Any) -> Any:  # noqa: ANN401 - trafilatura's Document
    """trafilatura's ``extract_meta_json``, its minifying regex (an alternation Python tries at
    every character, a third of the reader's time) run only where the text does not parse
    without it: JSON ignores the whitespace it takes out between tokens, and ``normalize_json``
    collapses that whitespace to single spaces, so the parsed value is the same. A text that
    does not parse takes trafilatura's own path (its crude reader reads the minified text)."""
    import json

    from trafilatura import metadata as tm
    from trafilatura.json_metadata import extract_json, extract_json_parse_error, normalize_json

    for elem in _LD_JSON(root):
        if not elem.text:
            continue
        try:
            schema = json.loads(normalize_json(elem.text), strict=False)
        except json.JSONDecodeError:
            schema = _UNPARSED
        try:
            if schema is _UNPARSED:
                schema = json.loads(normalize_json(tm.JSON_MINIFY.sub(r"\1", elem.text)), strict=False)
            found = extract_json(schema, found)
        except json.JSONDecodeError:
            found = extract_json_parse_error(normalize_json(tm.JSON_MINIFY.sub(r"\1", elem.text)), found)
    return found


_UNPARSED = object()


_LD_JSON = etree.XPath('.//script[@type="application/ld+json" or @type="application/settings+json"]')
_JSON_READER_WRITTEN_FOR = "8e95bc2a6067598ae7f46a0a39656ca38bb4acdc"  # trafilatura 2.3.1


@lru_cache(maxsize=1)
def _json_reader_as_written() -> bool:
    from trafilatura import metadata as tm

    return mirrors(_JSON_READER_WRITTEN_FOR, tm.extract_meta_json)


def _tidy(value: str | None) -> str | None:
    """trafilatura's ``clean_and_trim`` for one field: capped, entities and spacing resolved."""
    if not isinstance(value, str):
        return value
    from trafilatura.utils import line_processing

    if len(value) > 10000:
        value = value[:9999] + "\u2026"
    return line_processing(unescape(value))


def _extract_author(root: etree._Element) -> str | None:
    """trafilatura's ``extract_author``, its XPaths evaluated by the finders below.

    Those XPaths test attributes with EXSLT regular expressions, which lxml runs by calling
    back into Python for every element and attribute tested: the five of them cost more
    than the rest of the metadata. The finders test the same attributes of the same elements,
    each element once, and return the same elements in the same order. When trafilatura's
    XPaths or function are not the ones they were written for, its own function runs.
    """
    from trafilatura import metadata as tm

    if not _same_as_written():
        return tm.extract_author(root)
    subtree = tm.prune_unwanted_nodes(deepcopy(root), [_discard_marked, _discard_time_figure])
    author = tm.extract_metainfo(subtree, [_author_specific, _author_generic, _author_any], len_limit=120)
    return tm.normalize_authors(None, author) if author else author


_WRITTEN_FOR = "c67929b527fbb152a4615109fc8131da7b680d78"  # trafilatura 2.3.1


@lru_cache(maxsize=1)
def _same_as_written() -> bool:
    from trafilatura import metadata as tm
    from trafilatura import xpaths

    return mirrors(_WRITTEN_FOR, *(x.path for x in xpaths.AUTHOR_DISCARD_XPATHS + xpaths.AUTHOR_XPATHS),
                   tm.extract_author)


_STRING = etree.XPath("string()")
_D_ID = re.compile("^comments|comment-?list|ProductReviews")
_D_CLASS = re.compile(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)"
    "|print|category|meta-date|meta-reviewer"
)
_A1_CLASS = re.compile("author-?name|AuthorName|authorName")
_A2_ID = re.compile("author|zuozhe|bianji|xiaobian")
_A2_CLASS = re.compile("author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name")
_A3_ID = re.compile("[Aa]uthor")
_A3_CLASS = re.compile("[Aa]uthor|screenname|writer|[Bb]yline")


def _discard_marked(tree: etree._Element) -> list[etree._Element]:
    """``.//*[self::a or self::div or self::section or self::span][@id='comments' or ...]``"""
    found = []
    for el in tree.iter("a", "div", "section", "span"):
        if el is tree:
            continue
        get = el.get
        ident, cls = get("id") or "", get("class") or ""
        if (ident == "comments" or cls in ("comments", "title", "date") or _D_ID.search(ident)
                or _D_CLASS.search(cls) or "Figure" in (get("data-component") or "")):
            found.append(el)
    return found


def _discard_time_figure(tree: etree._Element) -> list[etree._Element]:
    """``//time|//figure``"""
    return list(tree.getroottree().iter("time", "figure"))


def _author_specific(tree: etree._Element) -> list[etree._Element]:
    """``//*[self::a or ... or self::strong][@rel='author' or ... or re:test(@class, ...)]|//author``"""
    found = []
    for el in tree.getroottree().iter("a", "address", "div", "link", "p", "span", "strong", "author"):
        get = el.get
        cls = get("class") or ""
        if (el.tag == "author" or get("rel") == "author" or get("id") == "author" or cls == "author"
                or get("itemprop") == "author name" or get("data-testid") in ("AuthorCard", "AuthorURL")
                or _A1_CLASS.search(cls) or any(_STRING(rel) == "me" for rel in el.iterchildren("rel"))):
            found.append(el)
    return found


def _author_generic(tree: etree._Element) -> list[etree._Element]:
    """``//*[self::a or ... or self::span][@class='byline' or ... or re:test(@class, ...)]``"""
    found = []
    for el in tree.getroottree().iter("a", "div", "h3", "h4", "p", "span"):
        get = el.get
        cls = get("class") or ""
        if (cls in ("byline", "username", "byl", "BBL") or "author" in (get("itemprop") or "")
                or _A2_ID.search(get("id") or "") or _A2_CLASS.search(cls)):
            found.append(el)
    return found


def _author_any(tree: etree._Element) -> list[etree._Element]:
    """``//*[contains(@data-component, 'Byline') or ... or re:test(@class, ...)]``"""
    found = []
    for el in tree.getroottree().iter(etree.Element):
        get = el.get
        if ("Byline" in (get("data-component") or "") or "author" in (get("itemprop") or "")
                or _A3_ID.search(get("id") or "") or _A3_CLASS.search(get("class") or "")):
            found.append(el)
    return found
