"""Turn trafilatura's XML body into text blocks.

trafilatura's body tree uses ``p``, ``head``, ``list``/``item``, ``quote``,
``table``/``row``/``cell``, ``code`` and ``lb`` (line break), with inline
``hi``/``ref``/``del``. Each paragraph, heading, list item, quote paragraph
and table row becomes one block; a line break inside a paragraph also starts
a new block (pages that separate paragraphs with ``<br><br>`` and the
aggregators' caption lines both come out as ``p`` with ``lb``).
"""

from __future__ import annotations

from lxml import etree

from ..text import one_line

_CONTAINERS = {
    "p",
    "head",
    "list",
    "item",
    "quote",
    "code",
    "div",
    "section",
    "body",
    "doc",
    "main",
    "article",
    "table",
    "cell",
    "comments",
    "text",
}


def collapse(text: str) -> str:
    """Collapse inner whitespace (including non-breaking and zero-width spaces).

    ``str.split()`` splits where ``\\s`` matches (both test ``Py_UNICODE_ISSPACE``; checked
    over every code point) at a third of a regex substitution's cost on a paragraph. A lone
    ideographic space stays, as :func:`one_line` keeps it: it parts a CJK headline's clauses,
    and the body's headline must read as the declared one does.
    """
    text = text.replace("\u200b", "").replace("\ufeff", "")
    return one_line(text) if "\u3000" in text else " ".join(text.split())


def _inline(el: etree._Element) -> str:
    """Text of an inline element and its children, line breaks as spaces, without its tail."""
    parts = [el.text or ""]
    for child in el:
        parts.append(" " if child.tag == "lb" else _inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _row(el: etree._Element) -> str:
    cells = [collapse(_inline(cell)) for cell in el if isinstance(cell.tag, str)]
    return " | ".join(c for c in cells if c)


def _flow(el: etree._Element, out: list[str]) -> None:
    buf: list[str] = [el.text or ""]

    def flush() -> None:
        text = collapse("".join(buf))
        if text:
            out.append(text)
        buf.clear()

    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "lb":
            flush()
        elif tag == "row":
            flush()
            row = _row(child)
            if row:
                out.append(row)
        elif tag == "graphic":
            pass
        elif tag in _CONTAINERS:
            flush()
            _flow(child, out)
        elif tag:
            buf.append(_inline(child))
        buf.append(child.tail or "")
    flush()


def body_blocks(body: etree._Element | None) -> list[str]:
    """Blocks of trafilatura's ``body`` element in reading order, no empty ones."""
    out: list[str] = []
    if body is not None:
        _flow(body, out)
    if len(out) == 1 and body is not None:
        # trafilatura's last resort (its "baseline") joins the page's text elements with line
        # breaks into one paragraph; trafilatura's own paragraphs never hold one: split there
        lines = [line for raw in "".join(body.itertext()).split("\n") if (line := collapse(raw))]
        if len(lines) >= BASELINE_LINES:
            return lines
    return out


BASELINE_LINES = 3  # lines a one-paragraph body must hold to be taken for the baseline's
