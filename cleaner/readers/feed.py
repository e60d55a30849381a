"""A saved RSS or Atom feed: one record per item, the item's full content as its body.

Full-content feeds carry each article as HTML (``content:encoded``, Atom ``content``); an
excerpt feed carries it in ``description``/``summary``. feedparser reads every dialect
(RSS 0.9x-2.0, RSS 1.0/RDF, Atom 0.3/1.0), declared encodings and broken markup; we ask it
not to sanitise or rewrite the HTML, since the cleaner's own steps judge the markup (a
``sharedaddy`` or ``related-posts`` class is evidence for them).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

from cleaner.model import Origin, RawRecord, Reject

from ..text import human_size
from .source import read_bounded

FEED_FILE_LIMIT = 512 * 2**20
_ITEM_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?(?:item|entry)\s*>")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def _body(entry: Any) -> tuple[str | None, str]:
    """The item's longest content (full text beats the teaser), and whether it is markup."""
    candidates = [c for c in entry.get("content") or [] if c.get("value")]
    if entry.get("summary"):
        candidates.append(entry.get("summary_detail") or {"value": entry["summary"], "type": "text/html"})
    if not candidates:
        return None, "text"
    best = max(candidates, key=lambda c: len(c.get("value") or ""))
    kind = "html" if (best.get("type") or "text/html").lower() in _HTML_TYPES else "text"
    return best["value"], kind


def _authors(entry: Any) -> list[str]:
    names = [a.get("name") for a in entry.get("authors") or [] if a.get("name")]
    return names or ([entry["author"]] if entry.get("author") else [])


def _parse(data: bytes) -> Any:
    import feedparser  # loaded on first use: a run without feeds does not pay for it

    return feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)


def read_feed(path: str, stream: io.BufferedReader, max_record_bytes: int) -> Iterator[RawRecord | Reject]:
    """Yield each item of a feed file; ``Origin.index`` is the item's position in the feed.

    An item the file ends inside (a truncated download) is a reject, the items before it records.
    """
    data = read_bounded(path, stream, max(FEED_FILE_LIMIT, max_record_bytes), "feed file")
    if isinstance(data, Reject):
        yield data
        return
    parsed = _parse(data)
    entries = parsed.entries
    if not entries:
        problem = parsed.get("bozo_exception")
        yield Reject(Origin(path), f"feed holds no items{f' ({problem})' if problem else ''}")
        return
    whole = len(_ITEM_END.findall(data)) if parsed.bozo else len(entries)
    channel = parsed.feed
    site = (channel.get("title") or "").strip() or None
    feed_lang = channel.get("language")
    for index, entry in enumerate(entries):
        where = f"item {index}"
        origin = Origin(path, index, entry.get("id") or None)
        if index >= whole:
            yield Reject(origin, f"{where}: cut off (the feed ends inside it: {parsed.get('bozo_exception')})")
            continue
        body, kind = _body(entry)
        if not body:
            yield Reject(origin, f"{where}: no content, description or summary")
            continue
        if len(body) * 4 > max_record_bytes and len(body.encode("utf-8")) > max_record_bytes:
            yield Reject(origin, f"{where}: record larger than {human_size(max_record_bytes)} limit")
            continue
        tags = [t.get("term") for t in entry.get("tags") or [] if t.get("term")]
        yield RawRecord(
            origin=origin,
            content=body,
            kind=kind,
            url=entry.get("link") or None,
            title=entry.get("title") or None,
            published=entry.get("published") or entry.get("updated") or None,
            authors=_authors(entry),
            lang=entry.get("language") or feed_lang or None,
            site_name=site,
            meta={"tags": tags} if tags else {},
        )
