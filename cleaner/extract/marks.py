"""Footnote marks: in-page links that are the article's text, not its links.

A long read's notes are linked both ways: "...tarıyor.<sup><a href="#note-1">[1]</a></sup>" in the
paragraph, and "<li id="note-1"><a href="#ref-1">[1]</a> Source, 2022.</li>" in the notes list.
Read as links, the marks make a notes list look like a list of short links (trafilatura's link
density test counts any link under 10 characters as a short one and drops a list whose links are
mostly short), and a mark alone in its ``<sup>`` looks like a page control. A mark is text: the
link is unwrapped, its text stays where it was.
"""

from __future__ import annotations

import re

from lxml import etree

from .parse import replace_with_text

MARK = re.compile(r"\[\s*\d{1,3}[a-z]?\s*\]|\(\s*\d{1,3}[a-z]?\s*\)|\d{1,3}[a-z]?|[*†‡§]{1,3}")
NOTE_TARGET = re.compile(r"note|fn|ref|cite|foot", re.IGNORECASE)
_BRACKETED = ("[", "(")
_IN_PAGE_LINKS = etree.XPath("descendant-or-self::a[starts-with(normalize-space(@href), '#')]")


def unlink_marks(root: etree._Element) -> int:
    """Unwrap the footnote marks under ``root``; how many. A mark is an in-page link (``#...``)
    whose whole text is a number in brackets, or a number or asterisk that is superscript or
    points at a note ("#fn2", "#note-1"): a comment counter ("#comments" reading "12") is not one."""
    found = [
        a for a in _IN_PAGE_LINKS(root)
        if len(a) == 0 and (href := (a.get("href") or "").strip())
        and MARK.fullmatch(text := (a.text or "").strip()) is not None
        and (text.startswith(_BRACKETED) or NOTE_TARGET.search(href) or _superscript(a))
    ]
    for a in found:
        replace_with_text(a, a.text or "")
    return len(found)


def _superscript(el: etree._Element) -> bool:
    parent = el.getparent()
    return parent is not None and parent.tag == "sup"
