"""Text dumps to blocks: every non-empty line is a block, unless the dump is hard-wrapped.

Dumps separate paragraphs by blank lines, but many put one paragraph per line
with no blank line at all; treating each line as a block handles both and
keeps every line of the article addressable by the strip steps. Output joins
blocks with one blank line.

Some dumps are wrapped at a fixed width (72 or 80 columns). A wrapped line shows it: the next
line's first word would not have fitted on it. When most lines inside the dump's paragraphs
break that way at one width, the lines of each paragraph are joined again; list items, headings
and the title lines on top (echoes, not a wrapped paragraph) stay lines of their own.
"""

from __future__ import annotations

import re

from .text import UNSPACED_CHAR, UNSPACED_RANGES, URL_LINE, ends_sentence

# \r\n?|[\u2028\u2029\x85\x0b\x0c], opening with one character class (same matches, scanned faster)
_LINE_BREAKS = re.compile(r"[\r\u2028\u2029\x85\x0b\x0c](?:(?<=\r)\n)?")
_ATX = re.compile(r"^#{1,6}[ \t]+(?=\S)")  # Markdown heading marker: "## Section"


_LIST_ITEM = re.compile(r"^(?:[-*\u2022\u2013\u25cf\u25aa\u00b7]|\d{1,3}[.)])\s+\S")
MIN_WRAPPED = 2  # lines inside paragraphs needed to tell a wrap width
WRAPPED_SHARE = 0.7  # ... and the share of them that must break at that width
MANY_WRAPPED = 6  # ... enough of them that list lines near the width do not count against it
MIN_WIDTH = 30
SLACK = 20  # a wrapped line falls short of the width by less than a long word
# letters of the scripts that wrap at any character, and the ideographic and full-width punctuation
# they write ("、", "。", "（"): a wrap between two of them joins with no space
_UNSPACED = re.compile(f"[{UNSPACED_RANGES}\u3000-\u303f\uff00-\uff65]")
# Chinese and Japanese, which end their sentences with stops: a wrapped line of theirs may run a
# little past the width (a closing stop kept on it, or the width measured another way); Thai, Lao
# and Khmer write no stops, and a list of their lines near the width is no wrap
_HANGING = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\u3000-\u303f\uff00-\uff65]")
HANG = 3
_QUOTES = frozenset("\u201c\u201d\u2018\u2019\"'")  # quotation marks Chinese sets against its letters: 一句“点击关注”


def split_text(text: str) -> list[str]:
    """The blocks of a dump: its non-empty lines (stripped, heading markers removed), with the
    lines of each paragraph joined again when the dump is hard-wrapped."""
    lines = _LINE_BREAKS.sub("\n", text).split("\n")
    width = wrap_width(lines)
    blocks: list[str] = []
    joinable = False  # may the next line continue the last block?
    # a dump with no blank line between its paragraphs: a wrapped paragraph still shows by its widths
    seen_blank = not _blank_inside(lines)
    last = ""  # the last physical line, which a continuation must follow
    for line in lines:
        stripped = line.strip()
        if not stripped:
            joinable = False
            seen_blank = seen_blank or bool(blocks)
            continue
        atx = _ATX.match(stripped)
        heading = atx is not None
        item = _LIST_ITEM.match(stripped) is not None and not _number_run_on(last, stripped, blocks) \
            and not _said_run_on(last, stripped, blocks)
        continued = line[:1].isspace() and blocks and _LIST_ITEM.match(blocks[-1]) is not None
        # a title line on top wrapped too: its rest starts unlike the title (an echo repeats it)
        wrapped_title = bool(width) and bool(blocks) and not seen_blank
        if width and (joinable or wrapped_title or _wrapped_tail(blocks, last, stripped)) and not heading \
                and (continued or not item or _wrapped_tail(blocks, last, stripped)) \
                and wrapped(last, stripped, width) and not _same_start(blocks[-1], stripped):
            blocks[-1] = join_lines(blocks[-1], stripped)
            last = stripped
            continue
        blocks.append(stripped[atx.end():] if atx else stripped)  # the marker, if any, is at the start
        last = stripped
        # the title lines on top of a dump are echoes of each other, never one wrapped paragraph
        joinable = bool(width) and seen_blank and not heading
    return blocks


TITLE_ZONE = 4  # blocks on top of a dump where the title and its echoes sit
_TAIL_START = re.compile(r"^[-|\u2013\u2014]\s")  # " - Outlet", " | Site" wrapped to a line of its own


def _wrapped_tail(blocks: list[str], last: str, line: str) -> bool:
    """A title line on top whose tail (" - Outlet") was wrapped to the next line, where it looks
    like a list item: it follows a one-line block that is no item, no sentence and no lead-in."""
    return bool(blocks) and len(blocks) <= TITLE_ZONE and last == blocks[-1] and bool(_TAIL_START.match(line)) \
        and not _LIST_ITEM.match(last) and last[-1:] not in ".!?:;"


def _number_run_on(last: str, line: str, blocks: list[str]) -> bool:
    """A line opening with a figure and a stop that goes on a sentence the line above left open
    ("... v stredu" over "18. decembra ráno."): the wrap fell before a date, not a numbered item,
    whose line above is an item too, a lead-in, or a sentence's end."""
    if not (last[-1:].isalpha() and blocks and _LIST_ITEM.match(blocks[-1]) is None and line[:1].isdigit()):
        return False
    rest = line.split(maxsplit=1)[1:]  # the words after the figure: a date's month, lower case
    return bool(rest) and rest[0][:1].islower()


def _said_run_on(last: str, line: str, blocks: list[str]) -> bool:
    """A line opening with a dash under a quotation the line above closed ("«... анықтаймыз»," over
    "– деді кәсіпорынның бас инженері ..."; "„... hiányolják”" over "– mondta Szabó Levente"): the
    wrap fell before the quote's attribution, which Russian, Kazakh, Hungarian and others set after a
    dash, not before a dashed list item, whose line above is an item too or a lead-in."""
    if not (line[:1] in _SAID_DASHES and blocks and _LIST_ITEM.match(blocks[-1]) is None):
        return False
    end = last.rstrip().rstrip(",")
    return end[-1:] in _CLOSING_QUOTES


_SAID_DASHES = "\u2013\u2014"
_CLOSING_QUOTES = "\u00bb\u201d\u201c\"\u2019\u203a"


def wrap_width(lines: list[str]) -> int:
    """The width a dump was hard-wrapped at, or 0 when it was not.

    Only lines followed by another line of the same paragraph count (a paragraph's last line is
    short by nature), and not the first paragraph (the title and its echoes). The width is the
    one at which most of them break; it counts when most of them break there.
    """
    pairs: list[tuple[str, str]] = []
    first_blank = next((i for i, line in enumerate(lines) if not line.strip()), None)
    blanks = _blank_inside(lines)
    if first_blank is None or not blanks:
        first_blank = 1  # no paragraph breaks: past the first line (the title)
    for a, b in zip(lines[first_blank:], lines[first_blank + 1 :], strict=False):
        a, b = a.strip(), b.strip()
        if a and b and (not _LIST_ITEM.match(b) or _said_run_on(a, b, [a])) and not _ATX.match(a) \
                and not URL_LINE.match(a) and not URL_LINE.match(b):
            pairs.append((a, b))  # (an address alone fits no width: a print's header, a link under its label)
    if len(pairs) < MIN_WRAPPED:
        return 0
    best, best_broken, best_near, best_score = 0, 0, 0, 0
    for width in sorted({len(a) for a, _ in pairs}):
        if width < MIN_WIDTH:
            continue
        broken = sum(1 for a, b in pairs if wrapped(a, b, width))
        score = broken - sum(1 for a, _ in pairs if len(a) > width)  # no wrapped line is longer
        if score > best_score:
            # lines far shorter than the width inside a block are a list (a standing footer), not a
            # wrap; when many lines do break at the width and blank lines part the paragraphs, a
            # line near it that ends a sentence inside a block is a list's item too (a footer's
            # newsletters), not a paragraph that failed to wrap
            near = sum(1 for a, _ in pairs if len(a) > width - SLACK)
            if blanks and broken >= MANY_WRAPPED:
                near = sum(1 for a, b in pairs if len(a) > width - SLACK and (wrapped(a, b, width) or not _ends(a)))
            best, best_broken, best_near, best_score = width, broken, near, score
    if best_broken < MIN_WRAPPED or best_broken < WRAPPED_SHARE * best_near:
        return 0
    # a wrap falls inside a sentence far more often than after one; a list of one-sentence lines
    # (links, a trailing block) that happen to have similar lengths is not a wrapped paragraph
    inside = sum(1 for a, b in pairs if wrapped(a, b, best) and not ends_sentence(a))
    return best if inside * 2 > best_broken else 0


def _ends(line: str) -> bool:
    """A sentence or a lead-in ends the line: the next may start a line of its own."""
    return ends_sentence(line) or line.rstrip()[-1:] in ":\uff1a"


def wrapped(line: str, following: str, width: int) -> bool:
    """Whether ``following`` continues ``line``: its first word would not have fitted on it."""
    first = following.split(maxsplit=1)[0]
    if _HANGING.match(line[-1]) and _HANGING.match(first[0]) and width - 1 <= len(line) <= width + HANG:
        return True  # a wrap that kept a closing stop on the line, or measured the width another way
    if UNSPACED_CHAR.match(first[0]):
        first = first[0]  # scripts without spaces wrap at any character
    return len(line) <= width < len(line) + 1 + len(first)


def _blank_inside(lines: list[str]) -> bool:
    """Whether blank lines separate the dump's text (leading and trailing ones do not count)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return bool(filled) and any(not line.strip() for line in lines[filled[0] : filled[-1]])


def _same_start(a: str, b: str) -> bool:
    return a.split()[:2] == b.split()[:2]


def join_lines(line: str, following: str) -> str:
    # (Chinese and Japanese set figures and Latin words against their letters: "限制在" + "120米")
    if _UNSPACED.match(line[-1]) and _UNSPACED.match(following[0]) \
            or _HANGING.match(line[-1]) and (following[0].isalnum() or following[0] in _QUOTES) \
            or (line[-1].isalnum() or line[-1] in _QUOTES) and _HANGING.match(following[0]):
        return line + following
    return f"{line} {following}"


_HEADER = re.compile(
    r"^(url|link|source|title|date|published|author|authors|lang|language)\s*:\s*(\S.{0,400})$", re.IGNORECASE
)
_FIELD = {"link": "url", "source": "url", "date": "published", "authors": "author", "language": "lang"}


def split_header(lines: list[str]) -> tuple[dict[str, str], int]:
    """Metadata lines some scrapers put on top of a text dump: a bare URL, "Title: ...", "Date: ...".

    Returns the fields found and how many leading lines they took. A "Source:"
    line counts only when its value is a URL (otherwise it is article text).
    """
    fields: dict[str, str] = {}
    taken = 0
    for line in lines[:8]:
        if URL_LINE.match(line):
            fields.setdefault("url", line)
        elif (match := _HEADER.match(line)) is not None:
            name, value = match.group(1).lower(), match.group(2).strip()
            name = _FIELD.get(name, name)
            if name == "url" and not URL_LINE.match(value):
                break
            fields.setdefault(name, value)
        else:
            break
        taken += 1
    return fields, taken
