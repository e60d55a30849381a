"""Blocks a scraper saved twice in a row.

A page that loads its paragraphs as the reader scrolls, or a scraper that reads a block both
from the page and from its lazy-load copy, repeats a paragraph right after itself. No article
sets the same paragraph twice in a row: a refrain or a quoted line that comes back does so with
other paragraphs between (and stays). Judged on the live blocks, so a copy with a line removed
between the two is still a copy.
"""

from __future__ import annotations

import re

from .. import removals
from ..model import Document
from ..text import ends_sentence, sentences, word_count

OPENING_QUOTES = "\"\u201c\u201e\u00ab\u300c\u2018\u201a'"
CLOSING_QUOTES = "\"\u201d\u201c\u00bb\u300d\u2019\u2018'"

MIN_WORDS = 3  # a shorter block said twice may be the text's own ("Nein. Nein.")


def drop_repeated_blocks(doc: Document) -> None:
    """Drop each live block that repeats the live block right before it (``repeated-block``)."""
    previous = None
    for i in doc.live():
        text = doc.blocks[i].strip()
        if text == previous and word_count(text) >= MIN_WORDS:
            doc.drop(i, removals.REPEATED_BLOCK)
            continue
        previous = text


def drop_page_echoes(doc: Document) -> None:
    """In a whole page's text, a line that says again what another block of the article says: a
    pull quote set between paragraphs (a sentence of one, in other quotation marks or cut short)
    or an entry of the table of contents above the section head it names (``page-echo``). The block
    it repeats stays; of two identical lines, the later one (the head in its place)."""
    live = doc.live()
    keys = {i: _key(doc.blocks[i]) for i in live}
    words = {i: word_count(doc.blocks[i]) for i in live}
    for i in live:
        key = keys[i]
        if words[i] < ECHO_WORDS or len(key) < ECHO_CHARS:
            continue
        pulled = _said(doc.blocks[i])  # (a subheading the paragraph under it opens with says no line again)
        if any(j != i and doc.kept[j]
               and (pulled and words[j] > words[i] and key in keys[j] or keys[j] == key and j > i) for j in live):
            doc.drop(i, removals.PAGE_ECHO)
            continue
        parts = _pulled_quote(doc.blocks[i])
        if parts and any(j != i and doc.kept[j] and words[j] > words[i] and all(p in keys[j] for p in parts)
                         for j in live):
            doc.drop(i, removals.PAGE_ECHO)  # the quote's words are a paragraph's, the name is who said them


def _said(line: str) -> bool:
    """A line as a pull quote sets it: a sentence, a quotation, or a phrase cut short ("..."); a
    subheading ("Las primeras 48 horas") is none of these, whatever paragraph repeats its words."""
    line = line.strip()
    return ends_sentence(line) or line.endswith(("...", "\u2026")) \
        or any(q in line for q in OPENING_QUOTES + CLOSING_QUOTES)


ECHO_WORDS = 4  # a shorter line found inside a paragraph is a phrase of it, not a copy
ECHO_CHARS = 16  # ... and as many letters, in scripts written without spaces
_NOT_WORD = re.compile(r"[\W_]+")


def _key(text: str) -> str:
    """The words of ``text`` alone, casefolded, an entry's number aside: the same sentence in other
    quotation marks, the same section's name in the contents ("1. Mi változik júliustól?")."""
    return " ".join(_NOT_WORD.sub(" ", _NUMBERED.sub("", text.casefold())).split())


_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
# a quotation, then a dash and who said it: "“Sot vijnë ndonjëherë dy, ndonjëherë asnjë“ – Dhimitër Çela"
_DASHES = "\u2013\u2014\u2015"
_ATTRIBUTED = re.compile(
    f"^\\s*[{OPENING_QUOTES}](?P<quote>.+)[{CLOSING_QUOTES}]\\s*[{_DASHES}-]\\s*(?P<name>[^{_DASHES}]+)$")
NAME_WORDS = 6  # who said it: a name, perhaps with a role ("parish councillor Jane Threlfall")


def _pulled_quote(text: str) -> list[str]:
    """The keys of a pull quote's sentences, when ``text`` is a quotation with its speaker after a
    dash; a pull quote joins sentences the paragraph it is pulled from sets apart, or cuts one short."""
    m = _ATTRIBUTED.match(text)
    if m is None or word_count(m["name"]) > NAME_WORDS or ends_sentence(m["name"]):
        return []
    parts = [_key(part) for part in sentences(m["quote"])]
    parts = [p for p in parts if p.count(" ") + 1 >= ECHO_WORDS or len(p) >= ECHO_CHARS]
    return parts if sum(p.count(" ") + 1 for p in parts) >= ECHO_WORDS else []
