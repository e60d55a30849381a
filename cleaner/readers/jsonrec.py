"""Map one parsed JSON record (from .json or .jsonl) onto a RawRecord.

Scrapers and CMS exports name things differently; the aliases below cover the
common shapes, WordPress's REST API included (``{"title": {"rendered": ...}}``,
``link``, ``guid``). Where none of them is present, a field is read by the words of
its name (``article_text``, ``articleBody``, ``raw_html``, ``page_title``,
``canonical_url``): a scraper's own names are many, the words they are made of few.
Where no name tells (a crawler that nests the article, fields named in the site's
language), the shapes do: the object holding a body, the longest text, a short line,
an address.
Fields used for the record's own attributes are consumed; every other field goes
unchanged into ``meta`` -- except the body fields not chosen (``html`` when ``text``
won), which would only duplicate the document.
"""

from __future__ import annotations

import html
import re
from typing import Any

from cleaner.model import Kind, Origin, RawRecord, Reject

from .. import markdown
from ..text import human_size, one_line

TEXT_FIELDS = ("text",)
HTML_FIELDS = ("html",)
MIXED_FIELDS = ("content",)  # HTML in WordPress and most CMS exports; plain text in some dumps
BODY_FIELDS = TEXT_FIELDS + HTML_FIELDS + MIXED_FIELDS
ID_FIELDS = ("id", "_id", "guid")
URL_FIELDS = ("url", "link")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "date_published", "datePublished", "pubDate", "published_at")
AUTHOR_FIELDS = ("authors", "author")
# the site's own name, as og:site_name gives it on a page: trafilatura's "sitename", schema.org's
# "publisher" (a name, or an object with one)
SITE_FIELDS = ("sitename", "site_name", "siteName", "site", "publisher", "publisher_name", "source_name")
LANG_FIELDS = ("lang", "language")
NAME_KEYS = ("name", "display_name", "full_name")

# the words of a field's name that make it a body, a title or an address when no alias is there
# (news-please's "maintext", schema.org's "articleBody", "raw_content", "page_title", ...)
TEXT_WORDS = frozenset({"text", "maintext", "fulltext", "plaintext", "markdown", "md", "plain"})
HTML_WORDS = frozenset({"html", "markup", "xhtml"})
MARKDOWN_WORDS = frozenset({"markdown", "md"})  # a body in Markdown: rendered, its page extracted
BODY_WORDS = TEXT_WORDS | HTML_WORDS | {"content", "body", "article", "story", "document", "copy", "paragraphs",
                                        "paras"}
TITLE_WORDS = frozenset({"title", "headline", "heading", "hed"})
URL_WORDS = frozenset({"url", "link", "uri", "permalink", "canonical", "href"})
# words that make a field something else: a summary beside the body, a picture's address, a count
NOT_FIELD_WORDS = frozenset({
    "id", "summary", "excerpt", "description", "desc", "lead", "dek", "teaser", "snippet", "abstract", "subtitle",
    "sub", "alt", "caption", "image", "img", "thumbnail", "thumb", "photo", "picture", "video", "audio", "icon",
    "logo", "author", "authors", "byline", "date", "time", "lang", "language", "tag", "tags", "category",
    "categories", "type", "length", "len", "count", "size", "hash", "md5", "sha1", "checksum", "meta", "seo",
    "status", "error", "feed", "rss", "amp", "comments", "comment", "encoding", "charset", "format", "mime",
})
_NAME_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")

_TAG = re.compile(r"<[^<>]*>")
_SPACE = re.compile(r"\s+")
_HTML_MARKUP = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*|!--)[\s/>]|&(?:#\d+|#x[0-9a-fA-F]+|[a-z]+);")
_JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}


def json_type(value: Any) -> str:
    """The JSON name of a parsed value's type, for messages."""
    return "null" if value is None else _JSON_TYPES.get(type(value), type(value).__name__)


def _unwrap(value: Any) -> Any:
    """WordPress renders text fields as ``{"rendered": "..."}``; take the string inside."""
    if isinstance(value, dict) and isinstance(value.get("rendered"), str):
        return value["rendered"]
    return value


def _scalar(value: Any) -> str | None:
    """A string or number as a stripped, non-empty string; anything else None."""
    value = _unwrap(value)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict) and isinstance(value.get("$oid"), str):  # MongoDB export
        return value["$oid"]
    return None


def _body(value: Any) -> str | None:
    """A body field's text: a string, or a list of paragraph strings joined by blank lines."""
    value = _unwrap(value)
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        value = "\n\n".join(value)
    return value if isinstance(value, str) and value.strip() else None


def _utf8_size(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def clean_title(raw: str) -> str | None:
    """Titles arrive with entities and tags (``Bitcoin&#8217;s <em>rise</em>``); plain text out,
    on one line as :func:`one_line` keeps it (a CJK headline's ideographic space stays)."""
    return one_line(html.unescape(_TAG.sub("", raw))) or None


def _title_of(value: Any) -> str | None:
    """A title field's text, plain and on one line."""
    text = _scalar(value)
    return clean_title(text) if text else None


def _names(value: Any) -> list[str] | None:
    """Author names from a string, an object with a name, or a list of either."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            item = next((item[k] for k in NAME_KEYS if isinstance(item.get(k), str)), None)
        if not isinstance(item, str):
            return None  # e.g. WordPress's numeric author id: not a name, kept in meta
        if item.strip():
            names.append(_SPACE.sub(" ", item).strip())
    return names or None


def _pick(record: dict[str, Any], fields: tuple[str, ...], convert: Any) -> tuple[str | None, Any]:
    """The first field among ``fields`` that ``convert`` accepts, and the converted value."""
    for key in fields:
        if key in record:
            value = convert(record[key])
            if value is not None:
                return key, value
    return None, None


def name_words(key: str) -> frozenset[str]:
    """The words of a field's name, lowered: ``articleBody`` and ``article_body`` both {article, body}."""
    return frozenset(part.lower() for part in _NAME_PART.findall(key))


def _named(record: dict[str, Any], words: frozenset[str], other: frozenset[str] = NOT_FIELD_WORDS
           ) -> tuple[str, ...]:
    """The fields whose names hold one of ``words`` and none of ``other`` (words that make them
    something else)."""
    return tuple(key for key in record if isinstance(key, str) and (found := name_words(key)) & words
                 and not found & other)


# a body's name holds no title's or address's word: "title_text", "content_url"
_NOT_BODY_WORDS = NOT_FIELD_WORDS | TITLE_WORDS | URL_WORDS


def body_fields(record: dict[str, Any]) -> tuple[str, ...]:
    """The fields of ``record`` that may hold its body: the aliases, or fields named for one."""
    aliases = tuple(key for key in BODY_FIELDS if key in record)
    return aliases or _named(record, BODY_WORDS, _NOT_BODY_WORDS)


def _choose_body(record: dict[str, Any]) -> tuple[str | None, str | None, Kind]:
    for fields, kind in ((TEXT_FIELDS, "text"), (HTML_FIELDS, "html"), (MIXED_FIELDS, None)):
        key, body = _pick(record, fields, _body)
        if key is not None:
            if kind is None:
                kind = "html" if _HTML_MARKUP.search(body) else "text"
            return key, body, kind
    # no alias: the fields named for a body; text before markup, the longest of a kind
    candidates = [(key, body) for key in _named(record, BODY_WORDS, _NOT_BODY_WORDS)
                  if (body := _body(record[key])) is not None]
    if not candidates:
        return None, None, "text"

    def rank(item: tuple[str, str]) -> tuple[int, int]:
        words = name_words(item[0])
        return (0 if words & TEXT_WORDS else 2 if words & HTML_WORDS else 1), -len(item[1])

    key, body = min(candidates, key=rank)
    words = name_words(key)
    if words & TEXT_WORDS:
        kind = "text"
    elif words & HTML_WORDS:
        kind = "html"
    else:
        kind = "html" if _HTML_MARKUP.search(body) else "text"
    return key, body, kind


def _pick_named(record: dict[str, Any], fields: tuple[str, ...], words: frozenset[str], convert: Any
                ) -> tuple[str | None, Any]:
    """:func:`_pick` over the aliases, else over the fields named for them."""
    key, value = _pick(record, fields, convert)
    return (key, value) if key is not None else _pick(record, _named(record, words), convert)


def _site_value(value: Any) -> str | None:
    """A site's name: a string that is no address, or an object's ``name``."""
    if isinstance(value, dict):
        value = value.get("name")
    name = _scalar(value)
    return name if name and not _ADDRESS.match(name) else None


_ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def _nested(value: dict[str, Any], depth: int = 0) -> list[dict[str, Any]]:
    """The objects ``value`` holds, outer before inner (a crawler's ``{"data": {"article": {...}},
    "meta": {"url": ...}}``, a JSON-LD ``@graph``), a few levels down."""
    found: list[dict[str, Any]] = []
    if depth >= NESTED_DEPTH:
        return found
    children = [v for v in value.values() if isinstance(v, dict)]
    children += [item for v in value.values() if isinstance(v, list) for item in v if isinstance(item, dict)]
    found.extend(children)
    for child in children:
        found.extend(_nested(child, depth + 1))
    return found


NESTED_DEPTH = 3


def _longest_text(record: dict[str, Any]) -> tuple[str | None, str | None]:
    """A body by its shape where no field is named for one (``"texto"``, ``"contenu": [...]``): the
    longest text value, paragraphs or a long line, of a field named for nothing else."""
    best: tuple[str | None, str | None] = (None, None)
    for key, raw in record.items():
        if not isinstance(key, str) or name_words(key) & _NOT_BODY_WORDS:
            continue
        body = _body(raw)
        if body is None or _ADDRESS.match(body.strip()) or len(body) < BODY_CHARS and "\n" not in body.strip():
            continue
        if best[1] is None or len(body) > len(best[1]):
            best = key, body
    return best


BODY_CHARS = 200  # a shorter single line is a title, a name or a label, not a body


def _first_line_text(record: dict[str, Any], skip: set[str | None]) -> tuple[str | None, str | None]:
    """A title by its shape where no field is named for one (``"titulo"``, ``"titre"``): the first
    single-line text value of a few words, no address and no date, of a field named for nothing else."""
    for key, raw in record.items():
        if key in skip or not isinstance(key, str) or name_words(key) & NOT_FIELD_WORDS:
            continue
        value = _scalar(raw) if isinstance(raw, str) else None
        if not value or "\n" in value or _ADDRESS.match(value) or len(value) > TITLE_CHARS or not _SPACE.search(value) \
                and len(value) < UNSPACED_TITLE_CHARS or sum(ch.isalpha() for ch in value) < len(value) // 2:
            continue
        return key, clean_title(value)
    return None, None


TITLE_CHARS = 400
UNSPACED_TITLE_CHARS = 8  # a title in a script without spaces is one "word" of some length


def _first_address(record: dict[str, Any], skip: set[str | None]) -> tuple[str | None, str | None]:
    """An address by its shape (``"enlace"``, ``"lien"``): the first value that is an http(s) URL,
    in a field named for no picture or feed."""
    for key, raw in record.items():
        if key in skip or not isinstance(key, str) or name_words(key) & NOT_FIELD_WORDS:
            continue
        value = _scalar(raw) if isinstance(raw, str) else None
        if value and value.lower().startswith(("http://", "https://")) and not _SPACE.search(value):
            return key, value
    return None, None


def _fields(record: dict[str, Any], context: list[dict[str, Any]]) -> dict[str, Any]:
    """The record's fields, and for what it lacks, the fields of the objects around it."""
    merged: dict[str, Any] = {}
    for other in reversed(context):
        merged.update({k: v for k, v in other.items() if not isinstance(v, dict | list)})
    merged.update(record)
    return merged


def to_record(value: Any, *, path: str, index: int, where: str, max_record_bytes: int) -> RawRecord | Reject:
    """A RawRecord for ``value``, or a Reject saying why not; ``where`` prefixes reasons."""
    if not isinstance(value, dict):
        return Reject(Origin(path, index), f"{where}: not a JSON object ({json_type(value)})")
    record = value
    body_key, body, kind = _choose_body(value)
    if body_key is None:  # the article one or two objects down: {"doc": {...}}, {"data": {"article": {...}}}
        inner = [(d, found) for d in _nested(value) if (found := _choose_body(d))[0] is not None]
        if inner:
            record, (body_key, body, kind) = max(inner, key=lambda item: len(item[1][1] or ""))
            record = _fields(record, [value, *(d for d in _nested(value) if d is not record)])
    if body_key is None:
        body_key, body = _longest_text(record)
        kind = "html" if body is not None and _HTML_MARKUP.search(body) else "text"
    id_key, rec_id = _pick(record, ID_FIELDS, _scalar)
    origin = Origin(path, index, rec_id)
    if body_key is None or body is None:
        return Reject(origin, f"{where}: no text, html or content field (nor one named for a body, nor a long text)")
    if len(body) * 4 > max_record_bytes and _utf8_size(body) > max_record_bytes:
        return Reject(origin, f"{where}: record larger than {human_size(max_record_bytes)} limit")
    url_key, url = _pick_named(record, URL_FIELDS, URL_WORDS, _scalar)
    title_key, title = _pick_named(record, TITLE_FIELDS, TITLE_WORDS, _title_of)
    if title_key is None or url_key is None:  # Firecrawl's {"markdown": ..., "metadata": {"title", "sourceURL"}}
        around = _fields({}, [d for d in _nested(value) if d is not record])
        if url_key is None and (url := _pick_named(around, URL_FIELDS, URL_WORDS, _scalar)[1]) is not None:
            url_key = ""
        if title_key is None and (title := _pick_named(around, TITLE_FIELDS, TITLE_WORDS, _title_of)[1]) is not None:
            title_key = ""
    if title_key is None:
        title_key, title = _first_line_text(record, {body_key, url_key, id_key})
    if url_key is None:
        url_key, url = _first_address(record, {body_key, title_key, id_key})
    if kind == "text" and name_words(body_key) & MARKDOWN_WORDS:  # Firecrawl's, crawl4ai's
        body = markdown.to_html(markdown.split_controls(markdown.split_header(body)[1])[0],
                                title if isinstance(title, str) else None, url if isinstance(url, str) else None)
        kind = "html"
    date_key, published = _pick(record, DATE_FIELDS, _scalar)
    author_key, authors = _pick(record, AUTHOR_FIELDS, _names)
    lang_key, lang = _pick(record, LANG_FIELDS, _scalar)
    site_key, site_name = _pick(record, SITE_FIELDS, _site_value)
    if site_key is None:  # a scraper's {"meta": {"site_name": ...}} beside the article's fields
        site_name = _pick(_fields({}, [d for d in _nested(value) if d is not record]), SITE_FIELDS, _site_value)[1]
    used = {id_key, url_key, title_key, date_key, author_key, lang_key, site_key, body_key, *body_fields(record)}
    return RawRecord(
        origin=origin,
        content=body,
        kind=kind,
        url=url,
        title=title,
        published=published,
        authors=authors or [],
        lang=lang,
        site_name=site_name,
        meta={k: v for k, v in record.items() if k not in used},
    )
