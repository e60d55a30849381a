"""Bylines set among the article's paragraphs: the article's text, whatever their class.

trafilatura drops every element whose class holds "byline" ("lb-byline", "cc-byline"). A header's
byline beside the headline is the page's metadata (the record's ``authors``), but a byline the
page sets as a paragraph of the body, beside its paragraphs ("Texto: Marta Llorens · Fotos: Joan
Ferrer", "By Tom Ashdown"), is part of the article as its outlet printed it, and what survives a
republished copy. Such a paragraph's class is hidden from the extraction and given back after it,
so the metadata step still reads it.
"""

from __future__ import annotations

import re

from lxml import etree

from ..text import CONTACT, ends_sentence, word_count
from .parse import paragraphs_beside

BYLINE_CLASS = re.compile(r"byline", re.IGNORECASE)
BYLINE_WORDS = 10
BODY_CHARS = 80  # a paragraph of the article's body beside it
HIDDEN = "data-byline-class"
_BYLINE_PARAGRAPHS = etree.XPath(
    "descendant-or-self::p[contains(translate(@class, 'BYLINE', 'byline'), 'byline')]")


def hide_body_bylines(root: etree._Element) -> list[etree._Element]:
    """Hide the byline class of each ``<p>`` byline that stands beside the body's long paragraphs:
    a few words, no sentence, no address (an e-mail under a reporter's name is the site's contact
    box). Returns the elements changed, for :func:`restore_bylines`."""
    changed = []
    for p in _BYLINE_PARAGRAPHS(root):
        cls = p.get("class") or ""
        text = " ".join(" ".join(p.itertext()).split())
        if not text or word_count(text) > BYLINE_WORDS or ends_sentence(text) or CONTACT.search(text):
            continue
        if not paragraphs_beside(p, BODY_CHARS):
            continue
        p.set(HIDDEN, cls)
        p.set("class", BYLINE_CLASS.sub("by", cls))
        changed.append(p)
    return changed


def restore_bylines(changed: list[etree._Element]) -> None:
    """Give back the classes :func:`hide_body_bylines` hid."""
    for p in changed:
        cls = p.attrib.pop(HIDDEN, None)
        if cls is not None:
            p.set("class", cls)
