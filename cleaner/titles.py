"""The final title and outlet of a document, once the echoes are resolved.

The echo step found the title the candidate lines share; here we make it one
clean line, fall back on declared metadata when the page offered no title
line, and keep network spam out of both fields.
"""

from __future__ import annotations

from .model import Document, Removal
from .strip.echo import split_tail
from .strip.rules import Rules


def _one_line(text: str | None) -> str | None:
    if text is None:
        return None
    line = " ".join(text.split())
    return line or None


def finalize(doc: Document, rules: Rules) -> None:
    """Settle ``doc.title`` and ``doc.source``."""
    title = _one_line(doc.title) or _one_line(doc.declared_title)
    if title is None and doc.title_lines:
        title = _one_line(doc.title_lines[0])
    while title is not None and rules.brand(title) is not None:
        split = split_tail(title)
        if split is None:
            break
        title = split[0]
        doc.removed.append(Removal("title-spam", split[1]))
    doc.title = title
    source = _one_line(doc.source)
    if source is not None and (source == title or rules.brand(source) is not None):
        source = None
    doc.source = source
