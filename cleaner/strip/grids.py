"""A timetable widget under the story: a heading over rows of figures, each row's parts set apart
by a row mark ("Pzt 3 Haz · İmsak 03.31 · Güneş 05.22 · Öğle 13.11 · ..."). The site refreshes it
every day or week whatever the story; a story sets its own times one entry a line, or in a table
the sentence above it announces."""

from __future__ import annotations

import re

from .. import removals
from ..model import Document
from ..text import COLONS, SPACED_ROW_MARK, ends_sentence, has_label_colon, word_count

GRID_ROWS = 2  # rows under the heading
GRID_PARTS = 4  # a row's parts: its day and three times at least
GRID_FIGURES = 3  # ... of which this many hold a figure
HEADING_WORDS = 10
PARAGRAPH_WORDS = 8  # the story's last paragraph: a sentence this long
_DIGIT = re.compile(r"\d")


def grid_row(text: str) -> bool:
    """A row of a figures' grid: four parts or more set apart by a row mark, three holding figures."""
    parts = SPACED_ROW_MARK.split(text)
    return len(parts) >= GRID_PARTS and sum(_DIGIT.search(part) is not None for part in parts) >= GRID_FIGURES \
        and not ends_sentence(text)


def _heading(text: str) -> bool:
    """The widget's heading: a few words, no sentence, no figure, no label; not a table's row of
    column names (a story's own table, "Vektklasse | Denne uken | Forrige uke | Endring")."""
    line = text.strip()
    return 0 < word_count(line) <= HEADING_WORDS and not ends_sentence(line) and line[-1:] not in COLONS \
        and not _DIGIT.search(line) and not SPACED_ROW_MARK.search(line) and not has_label_colon(line)


def strip_figure_grids(doc: Document) -> None:
    """Drop a heading and the grid rows under it set below the story's last paragraph
    (``figure-grid``): not under a sentence announcing them (a colon), and two rows at least."""
    live = doc.live()
    last = max((pos for pos, i in enumerate(live)
                if ends_sentence(doc.blocks[i]) and word_count(doc.blocks[i]) >= PARAGRAPH_WORDS), default=None)
    if last is None:
        return
    pos = last + 1
    while pos < len(live):
        rows = 0
        while pos + 1 + rows < len(live) and grid_row(doc.blocks[live[pos + 1 + rows]]):
            rows += 1
        if rows >= GRID_ROWS and _heading(doc.blocks[live[pos]]):
            for i in live[pos : pos + 1 + rows]:
                doc.drop(i, removals.FIGURE_GRID)
            pos += 1 + rows
            continue
        pos += 1

