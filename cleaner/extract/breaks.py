"""Paragraphs a fragment writes with line breaks instead of elements.

Feed items and record bodies often carry their text straight in the fragment, the paragraphs
parted by ``<br><br>`` ("An anonymous reader quotes ...: <i>"...<br> <br>..."</i><br> <br>In a
follow-up ..."), with no ``<p>`` around them. Read as they are, every inline element becomes a
block of its own and the paragraphs run together. As Readability's ``replaceBrs`` does, each run
of inline content between block elements becomes ``<p>`` elements, one per stretch between two or
more breaks; an inline element that holds such a break is unwrapped first (its emphasis is lost,
its text is not).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from ..text import ends_sentence, split_label, word_count
from ..textsplit import join_lines, wrap_width, wrapped  # (a text dump's own test, on the page's lines)
from .parse import paragraphs_beside

INLINE = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img",
    "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u",
    "var", "wbr",
})

Node = str | etree._Element


def break_paragraphs(body: etree._Element) -> bool:
    """Wrap ``body``'s runs of inline content into paragraphs at double breaks; whether it did."""
    if not _loose(body):
        return False
    for child in list(body):
        if _tag(child) in INLINE and child.tag != "br" and _double_break(child):
            _unwrap(child)
    nodes: list[Node] = [body.text or ""]
    for child in body:
        nodes.extend((child, child.tail or ""))
    for child in list(body):
        body.remove(child)  # (lxml moves an element with its tail: the tails are kept in ``nodes``)
    body.text = None
    run: list[Node] = []
    for node in nodes:
        if isinstance(node, str) or _tag(node) in INLINE or not isinstance(node.tag, str):
            run.append(node)
            continue
        _flush(body, run)
        node.tail = None
        body.append(node)
    _flush(body, run)
    return True


CONTAINERS = ("div", "td", "section", "article", "main", "blockquote", "center", "font")


def break_loose_containers(root: etree._Element) -> None:
    """In a whole page, the same for every container that writes its text with breaks (a
    text-only edition's ``<div>``: a dateline, then paragraphs parted by ``<br><br>``), then
    :func:`unwrap_lines` on what it made."""
    parents = {br.getparent() for br in root.iter("br") if (nxt := br.getnext()) is not None and nxt.tag == "br"}
    made = [el for el in list(root.iter(*CONTAINERS))
            if el in parents and _writes_with_breaks(el) and break_paragraphs(el)]  # (few pages part with breaks)
    if made:
        unwrap_lines([p for el in made for p in el.iterchildren("p")])


PROSE_CHARS = 60


def prose_divs(root: etree._Element, named: Callable[[etree._Element], bool]) -> None:
    """Make a ``<div>`` that holds a note of the article, a sentence of its own and nothing but
    inline elements, a paragraph (a correction set above the standfirst as ``<div
    class="correction">``, an update opening on its dated label, "Mise à jour, 3 mars : ..."):
    trafilatura reads a page's divs only when it has no paragraph at all, so beside the article's
    ``<p>`` elements such a div's sentence is lost. ``named`` tells the div's class names such a
    note. Any other such div is left as it is: set that way, a sentence among the paragraphs is
    more often the site's (a course's promotion, a standing "dates may change" notice, an app's
    pitch) than the story's."""
    for div in root.iter("div"):
        if not ((div.text or "").strip() or any((c.tail or "").strip() for c in div)):
            continue  # no text of its own: a wrapper, or a control's link or label
        if not all(_tag(c) in INLINE and c.tag != "br" for c in div):
            continue
        text = " ".join(" ".join(div.itertext()).split())
        # (beside two of the article's paragraphs, in their container: a teaser's summary or a photo's
        # caption stands in a card or a figure of its own)
        if len(text) >= PROSE_CHARS and ends_sentence(text) and (named(div) or _dated_label(text)) \
                and paragraphs_beside(div, PROSE_CHARS) >= 2:
            div.tag = "p"


def _dated_label(text: str) -> bool:
    """A note opening on a label of a few words that dates it to a day ("Correction, 2 May:",
    "Aggiornamento del 12 giugno:"): a day's number beside a word, not a year alone ("Bac 2025 :")."""
    label, colon, rest = split_label(text)
    return bool(colon) and rest.strip() != "" and word_count(label) <= NOTE_LABEL_WORDS \
        and _DAY.search(label) is not None


NOTE_LABEL_WORDS = 5
_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def unwrap_lines(paragraphs: list[etree._Element]) -> None:
    """Join the lines of paragraphs hard-wrapped with single breaks ("... до опалювального сезону
    2026 року<br>повністю перейде ..."): when most lines break at one width, as a text dump's do
    (:func:`cleaner.textsplit.wrap_width`), a break that falls where the next word would not have
    fitted is a space. A poem's or an address's lines break at no such width, and stay."""
    groups = [_lines(p) for p in paragraphs]
    lines = [""]  # (wrap_width passes over the first paragraph: a dump's title)
    for group in groups:
        lines.extend([*(text.strip() for text, _ in group), ""])
    width = wrap_width(lines)
    if not width:
        return
    for group in groups:
        for (text, br), (following, _) in zip(group, group[1:], strict=False):
            text, following = text.strip(), following.strip()
            if br is not None and text and following and wrapped(text, following, width):
                _join_break(br, "" if join_lines(text, following) == text + following else " ")


def _lines(p: etree._Element) -> list[tuple[str, etree._Element | None]]:
    """A paragraph's lines, each with the break that ends it (None for the last)."""
    out: list[tuple[str, etree._Element | None]] = []
    line = p.text or ""
    for child in p:
        if child.tag == "br":
            out.append((line, child))
            line = child.tail or ""
        else:
            line += "".join(child.itertext()) + (child.tail or "")
    out.append((line, None))
    return out


def _join_break(br: etree._Element, sep: str) -> None:
    """Remove the break ``br``, its line and the next joined by ``sep``."""
    parent, before = br.getparent(), br.getprevious()
    tail = sep + (br.tail or "").lstrip()
    if before is None:
        parent.text = (parent.text or "").rstrip() + tail
    else:
        before.tail = (before.tail or "").rstrip() + tail
    br.tail = None
    parent.remove(br)


def _writes_with_breaks(el: etree._Element) -> bool:
    """Text standing in ``el`` itself and two breaks in a row among its own children: asked of its
    children alone, so that nested containers cost no walk over their descendants."""
    if not ((el.text or "").strip() or any((c.tail or "").strip() for c in el)):
        return False
    children = list(el)
    return any(a.tag == "br" and b.tag == "br" and not (a.tail or "").strip()
               for a, b in zip(children, children[1:], strict=False))


def _tag(el: etree._Element) -> str:
    return el.tag if isinstance(el.tag, str) else ""


def _loose(body: etree._Element) -> bool:
    """Text standing in ``body`` itself, beside its elements, and a double break somewhere in it."""
    texts = [body.text or "", *(c.tail or "" for c in body)]
    inline = any(_tag(c) in INLINE and c.tag != "br" for c in body)
    return (any(t.strip() for t in texts) or inline) and _double_break(body)


def _double_break(el: etree._Element) -> bool:
    return any(br.getnext() is not None and br.getnext().tag == "br" and not (br.tail or "").strip()
               for br in el.iter("br"))


def _unwrap(el: etree._Element) -> None:
    """Replace ``el`` by its text and children, in place."""
    parent = el.getparent()
    at = parent.index(el)
    before = el.getprevious()
    text = el.text or ""
    if before is None:
        parent.text = (parent.text or "") + text
    else:
        before.tail = (before.tail or "") + text
    children = list(el)
    for k, child in enumerate(children):
        parent.insert(at + k, child)
    last = children[-1] if children else el.getprevious()
    tail = el.tail or ""
    parent.remove(el)
    if last is None:
        parent.text = (parent.text or "") + tail
    else:
        last.tail = (last.tail or "") + tail


def _flush(body: etree._Element, run: list[Node]) -> None:
    """Append ``run``'s stretches between double breaks to ``body`` as paragraphs."""
    paragraphs: list[list[Node]] = [[]]
    pending_br: list[etree._Element] = []
    for node in run:
        if isinstance(node, str):
            if node.strip() or not pending_br:
                _close_breaks(paragraphs, pending_br)
                paragraphs[-1].append(node)
            continue
        if node.tag == "br":
            pending_br.append(node)
            continue
        _close_breaks(paragraphs, pending_br)
        paragraphs[-1].append(node)
    pending_br.clear()  # breaks closing the run part nothing
    for items in paragraphs:
        if not any(isinstance(n, str) and n.strip() or not isinstance(n, str) for n in items):
            continue
        p = etree.SubElement(body, "p")
        for node in items:
            if isinstance(node, str):
                last = p[-1] if len(p) else None
                if last is None:
                    p.text = (p.text or "") + node
                else:
                    last.tail = (last.tail or "") + node
            else:
                node.tail = None
                p.append(node)
    run.clear()


def _close_breaks(paragraphs: list[list[Node]], pending: list[etree._Element]) -> None:
    """Breaks met before this node: two or more part a paragraph; one stays a line break inside it."""
    if len(pending) >= 2:
        if paragraphs[-1]:
            paragraphs.append([])
    elif pending and paragraphs[-1]:
        paragraphs[-1].append(pending[0])
    pending.clear()
