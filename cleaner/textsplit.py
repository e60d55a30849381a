"""Text dumps to blocks: every non-empty line is a block.

Dumps separate paragraphs by blank lines, but many put one paragraph per line
with no blank line at all; treating each line as a block handles both and
keeps every line of the article addressable by the strip steps. Output joins
blocks with one blank line.
"""

from __future__ import annotations

import re

from .text import URL_LINE

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_ATX = re.compile(r"^#{1,6}[ \t]+(?=\S)")  # Markdown heading marker: "## Section"


def split_text(text: str) -> list[str]:
    """The non-empty lines of ``text``, stripped of surrounding whitespace and heading markers."""
    text = _LINE_BREAKS.sub("\n", text)
    return [_ATX.sub("", stripped) for line in text.split("\n") if (stripped := line.strip())]


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
