"""Blocks a scraper saved twice in a row.

A page that loads its paragraphs as the reader scrolls, or a scraper that reads a block both
from the page and from its lazy-load copy, repeats a paragraph right after itself. No article
sets the same paragraph twice in a row: a refrain or a quoted line that comes back does so with
other paragraphs between (and stays). Judged on the live blocks, so a copy with a line removed
between the two is still a copy.
"""

from __future__ import annotations

from .. import removals
from ..model import Document
from ..text import word_count

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
