"""Text dumps to blocks: every non-empty line is a block.

Dumps separate paragraphs by blank lines, but many put one paragraph per line
with no blank line at all; treating each line as a block handles both and
keeps every line of the article addressable by the strip steps. Output joins
blocks with one blank line.
"""

from __future__ import annotations

import re

_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_ATX = re.compile(r"^#{1,6}[ \t]+(?=\S)")  # Markdown heading marker: "## Section"


def split_text(text: str) -> list[str]:
    """The non-empty lines of ``text``, stripped of surrounding whitespace and heading markers."""
    text = _LINE_BREAKS.sub("\n", text)
    return [_ATX.sub("", stripped) for line in text.split("\n") if (stripped := line.strip())]
