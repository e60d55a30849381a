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

import re

from ..text import ends_sentence, word_count
from ..titles.echo import common_title, norm

PARAGRAPH_WORDS = 8  # a line this long that ends a sentence is a paragraph
LONG_WORDS = 20  # ... and a line this long is one whatever its end (a caption-less list of words is not)
RUN_GAP = 5  # short lines that may stand between two paragraphs of one article (a subheading, a
# caption and its credit, a live entry's time); a menu or a list of headlines is longer
LONE_GAP = 2  # ... but the run's last paragraph, alone past more short lines than this, is the foot's
CLOSING_WORDS = 3  # a short last paragraph ("The trial continues.") right under the run


def is_paragraph(line: str) -> bool:
    """A line of a paragraph's length: a sentence of some words, or a long line (in Thai and Lao,
    which end no sentence with a stop, a line of a sentence's length)."""
    words = word_count(line)
    return words >= LONG_WORDS or words >= PARAGRAPH_WORDS and (ends_sentence(line) or _NO_STOPS.search(line)
                                                                is not None)


_NO_STOPS = re.compile("[\u0e00-\u0eff]")  # Thai and Lao letters


def looks_like_page(lines: list[str], title: str | None) -> bool:
    """Whether a text record's ``lines`` are a whole page's text rather than an article's: a menu
    above its article (several lines of a word or three, none a sentence) and more such lines below
    it (the footer's links)."""
    span = article_span(lines, title)
    if span is None:
        return False
    head, end = span
    return sum(map(_menu_item, lines[:head])) >= MENU_ITEMS and sum(map(_menu_item, lines[end + 1:])) >= FOOTER_ITEMS


MENU_ITEMS = 5
FOOTER_ITEMS = 3


def _menu_item(line: str) -> bool:
    return word_count(line) <= 3 and not ends_sentence(line) and not _DIGIT.search(line)


def chrome_lines(lines: list[str], title: str | None) -> list[int]:
    """The page's chrome among its ``lines``: every line above the headline (or above the article's
    first paragraph, when no line echoes the title), the lines of the story's head that are no
    paragraph (a byline, a date, "5 min read", share buttons, the lead picture's caption; the
    standfirst, a sentence, stays), and every line below the article's last paragraph. None when no
    line is a paragraph."""
    span = article_span(lines, title)
    if span is None:
        return []
    head, end = span
    return [*range(head), *_story_head(lines, head, end), *range(end + 1, len(lines))]


def site_name(lines: list[str], chrome: list[int]) -> str | None:
    """The site's name as its page text writes it: the first short line of the page's top (its
    logo, its masthead) that a line of its foot repeats inside it ("© 2025 Les Échos du Morvan –
    Tous droits réservés", "کلیه حقوق این سایت متعلق به خبرنامه البرز است.")."""
    taken = set(chrome)
    top = [i for i in chrome if i < len(lines) // 2]
    foot = [lines[i] for i in range(max(0, len(lines) - FOOT_LINES), len(lines)) if i in taken]
    for i in top:
        name = lines[i]
        if word_count(name) <= NAME_WORDS and not _DIGIT.search(name) and not ends_sentence(name) \
                and any(name in line and name != line for line in foot):
            return name
    return None


NAME_WORDS = 6
FOOT_LINES = 5  # the page's last lines: its copyright, its legal links


def _story_head(lines: list[str], head: int, end: int) -> list[int]:
    """The lines of the story's head under the headline that are no paragraph: those above the
    first paragraph; below a standfirst (a paragraph right under the headline), those down to the
    next paragraph too when a figure dates them (a date line, a time): a subheading or a list
    between two paragraphs has none of the byline's company."""
    paragraphs = [i for i in range(head + 1, end + 1) if is_paragraph(lines[i])]
    if not paragraphs:
        return []
    first = paragraphs[0]
    meta = list(range(head + 1, first))
    if first == head + 1 and len(paragraphs) > 1:
        run = list(range(first + 1, paragraphs[1]))
        if any(_DIGIT.search(lines[i]) for i in run) and not any(_LIST_ITEM.match(lines[i]) for i in run):
            meta += run
    return meta


_DIGIT = re.compile(r"\d")
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[-*\u2022])\s")  # "1. ...", "- ...": an item of the story's list


def article_span(lines: list[str], title: str | None) -> tuple[int, int] | None:
    """The article in a page's ``lines``: its headline (the line the page's ``title`` echoes, at
    the head of the run or above it; else the run's first paragraph) and the last paragraph of the
    run with the most text; None when no line is a paragraph."""
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
    inside = [i for i in marks if start <= i <= end]
    if len(inside) > 2 and inside[-1] - inside[-2] - 1 > LONE_GAP:
        end = inside[-2]  # a lone sentence past a block of short lines: the footer's ("All rights ...")
    while end + 1 < len(lines) and ends_sentence(lines[end + 1]) and word_count(lines[end + 1]) >= CLOSING_WORDS:
        end += 1
    head = _headline(lines, title, start)
    return (start if head is None else head), end


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
