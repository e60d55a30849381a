"""Map one parsed JSON record (from .json or .jsonl) onto a RawRecord.

Scrapers and CMS exports name things differently; the aliases below cover the
common shapes, WordPress's REST API included (``{"title": {"rendered": ...}}``,
``link``, ``guid``). Fields used for the record's own attributes are consumed;
every other field goes unchanged into ``meta`` -- except the body fields not
chosen (``html`` when ``text`` won), which would only duplicate the document.
"""

from __future__ import annotations

import html
import re
from typing import Any

from cleaner.model import Kind, Origin, RawRecord, Reject

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
LANG_FIELDS = ("lang", "language")
NAME_KEYS = ("name", "display_name", "full_name")

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


def _choose_body(record: dict[str, Any]) -> tuple[str | None, str | None, Kind]:
    for fields, kind in ((TEXT_FIELDS, "text"), (HTML_FIELDS, "html"), (MIXED_FIELDS, None)):
        key, body = _pick(record, fields, _body)
        if key is not None:
            if kind is None:
                kind = "html" if _HTML_MARKUP.search(body) else "text"
            return key, body, kind
    return None, None, "text"


def to_record(value: Any, *, path: str, index: int, where: str, max_record_bytes: int) -> RawRecord | Reject:
    """A RawRecord for ``value``, or a Reject saying why not; ``where`` prefixes reasons."""
    if not isinstance(value, dict):
        return Reject(Origin(path, index), f"{where}: not a JSON object ({json_type(value)})")
    id_key, rec_id = _pick(value, ID_FIELDS, _scalar)
    origin = Origin(path, index, rec_id)
    body_key, body, kind = _choose_body(value)
    if body_key is None or body is None:
        return Reject(origin, f"{where}: no text, html or content field")
    if len(body) * 4 > max_record_bytes and _utf8_size(body) > max_record_bytes:
        return Reject(origin, f"{where}: record larger than {human_size(max_record_bytes)} limit")
    url_key, url = _pick(value, URL_FIELDS, _scalar)
    title_key, title = _pick(value, TITLE_FIELDS, lambda v: (s := _scalar(v)) and clean_title(s))
    date_key, published = _pick(value, DATE_FIELDS, _scalar)
    author_key, authors = _pick(value, AUTHOR_FIELDS, _names)
    lang_key, lang = _pick(value, LANG_FIELDS, _scalar)
    used = {id_key, url_key, title_key, date_key, author_key, lang_key, *BODY_FIELDS}
    return RawRecord(
        origin=origin,
        content=body,
        kind=kind,
        url=url,
        title=title,
        published=published,
        authors=authors or [],
        lang=lang,
        meta={k: v for k, v in value.items() if k not in used},
    )
