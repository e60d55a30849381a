"""The article inside the plain text of a whole page (a Common Crawl WET record, a browser's or
``lynx -dump``'s text of a page): one line per block of the page, the site's menu, cookie notice,
share buttons, related headlines and footer around the story's paragraphs.

With no markup to read, the story is told by the shape of its lines, in any language: a
paragraph is a line of a sentence's length; the article is the run of paragraphs with the most
text, whatever short lines (subheadings, a caption, an entry's time) stand between them; the
headline is the line above that run that the page's title echoes. What lies outside, above the
headline or below the run's last paragraph, is the page's chrome (as jusText and boilerpipe judge
a page's blocks by their length and their neighbours, here without the markup they also read).
"""

from __future__ import annotations

from ..text import ends_sentence, word_count
from ..titles.echo import common_title, norm

PARAGRAPH_WORDS = 8  # a line this long that ends a sentence is a paragraph
LONG_WORDS = 20  # ... and a line this long is one whatever its end (a caption-less list of words is not)
RUN_GAP = 5  # short lines that may stand between two paragraphs of one article (a subheading, a
# caption and its credit, a live entry's time); a menu or a list of headlines is longer
CLOSING_WORDS = 3  # a short last paragraph ("The trial continues.") right under the run


def is_paragraph(line: str) -> bool:
    """A line of a paragraph's length: a sentence of some words, or a long line."""
    words = word_count(line)
    return words >= LONG_WORDS or words >= PARAGRAPH_WORDS and ends_sentence(line)


def chrome_lines(lines: list[str], title: str | None) -> list[int]:
    """The page's chrome among its ``lines``: every line above the headline (or above the article's
    first paragraph, when no line echoes the title), the short lines between the headline and the
    first paragraph that make no sentence (a byline, a date, "5 min read", a share button), and
    every line below the article's last paragraph. None when no line is a paragraph."""
    span = article_span(lines, title)
    if span is None:
        return []
    head, first, end = span
    meta = [i for i in range(head + 1, first)
            if word_count(lines[i]) <= HEAD_META_WORDS and not ends_sentence(lines[i])]
    return [*range(head), *meta, *range(end + 1, len(lines))]


HEAD_META_WORDS = 6  # a byline, a date line, a reading time; a standfirst is longer or a sentence


def article_span(lines: list[str], title: str | None) -> tuple[int, int, int] | None:
    """The article in a page's ``lines``: its headline (the line the page's ``title`` echoes, at
    the head of the run or above it; else the run's first paragraph), its first paragraph and the
    last paragraph of the run with the most text; None when no line is a paragraph."""
    marks = [i for i, line in enumerate(lines) if is_paragraph(line)]
    if not marks:
        return None
    runs: list[tuple[int, int, int]] = []  # (characters, first, last)
    first = last = marks[0]
    size = 0
    for i in marks:
        if i - last - 1 > RUN_GAP:
            runs.append((size, first, last))
            first, size = i, 0
        size += len(lines[i])
        last = i
    runs.append((size, first, last))
    _, start, end = max(runs, key=lambda run: (run[0], -run[1]))
    while end + 1 < len(lines) and ends_sentence(lines[end + 1]) and word_count(lines[end + 1]) >= CLOSING_WORDS:
        end += 1
    head = _headline(lines, title, start)
    if head is None:
        return start, start, end
    return head, next((i for i in marks if i > head), start), end


def _headline(lines: list[str], title: str | None, start: int) -> int | None:
    """The last line at or above the run's second paragraph that the page's title echoes (the
    title alone, or the title with the site's name after it)."""
    if not title or not title.strip():
        return None
    declared = norm(title)
    found = None
    for i in range(min(len(lines), start + RUN_GAP + 1)):
        line = norm(lines[i])
        echoed = common_title(declared, line) if line and line != declared else line
        if echoed and 2 * word_count(echoed) >= word_count(declared):  # not a line sharing the site's name
            found = i
    return found
