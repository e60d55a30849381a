"""The library's one-document entry points: :func:`clean` and :func:`clean_document`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lxml import etree

from .model import Article, Document, Origin, RawRecord, Reject
from .pipeline import Context, Rejected, process
from .readers.sniff import looks_like_html
from .settings import DEFAULT, Settings
from .strip import load_rules


def raw_record(
    content: str | bytes | Any,
    kind: str | None,
    url: str | None,
    title: str | None,
    origin: Origin | None,
) -> RawRecord:
    """Wrap library input as a record; ``kind`` is sniffed from the first bytes when not given."""
    if kind is None and (isinstance(content, etree._Element) or type(content).__module__.startswith("bs4")):
        kind = "html"  # a page the caller already parsed (lxml or BeautifulSoup)
    if kind is None:
        head = content[:4096]
        kind = "html" if looks_like_html(head.encode("utf-8", "replace") if isinstance(head, str) else head) else "text"
    if kind not in ("text", "html", "page"):
        raise ValueError(f"kind must be 'text', 'html' or 'page', not {kind!r}")
    return RawRecord(origin or Origin("<string>"), content, kind, url=url, title=title)  # type: ignore[arg-type]


def clean_document(
    content: str | bytes | Any,
    *,
    kind: str | None = None,
    url: str | None = None,
    title: str | None = None,
    rules: Sequence[str] = (),
    templates: dict[str, set[str]] | None = None,
    settings: Settings = DEFAULT,
) -> tuple[Article | Reject, Document | None]:
    """Clean one document; return the article (or the reject) and the document for reports."""
    ctx = Context(load_rules(tuple(rules)), templates or {}, settings)
    return process(raw_record(content, kind, url, title, None), ctx)


def clean(
    content: str | bytes | Any,
    *,
    kind: str | None = None,
    url: str | None = None,
    title: str | None = None,
    rules: Sequence[str] = (),
) -> Article:
    """Clean one document (text or HTML; str, bytes, an lxml element or a BeautifulSoup page)
    into an :class:`Article`. An lxml tree is extracted as it is (a copy), without serialising.

    Raises :class:`Rejected` with the reason when nothing of an article is left.
    """
    result, _ = clean_document(content, kind=kind, url=url, title=title, rules=rules)
    if isinstance(result, Reject):
        raise Rejected(result.reason)
    return result
