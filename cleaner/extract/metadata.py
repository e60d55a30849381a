"""The page metadata the pipeline uses: title, author, date, canonical URL, site name.

trafilatura's ``extract_metadata`` also collects categories, tags and the licence, which
cost about a third of its time and end in no record; this runs its own readers for the
fields kept, in the order it runs them, so the values are the ones it would give.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from html import unescape
from typing import Any

from lxml import etree


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
        found = tm.extract_meta_json(root, found)
    meta = Meta(
        title=found.title or tm.extract_title(root),
        author=found.author or tm.extract_author(root),
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


def _tidy(value: str | None) -> str | None:
    """trafilatura's ``clean_and_trim`` for one field: capped, entities and spacing resolved."""
    if not isinstance(value, str):
        return value
    from trafilatura.utils import line_processing

    if len(value) > 10000:
        value = value[:9999] + "\u2026"
    return line_processing(unescape(value))
