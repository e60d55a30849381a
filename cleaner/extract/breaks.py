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

from lxml import etree

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
