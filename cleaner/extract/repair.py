"""Put back structure that trafilatura loses on small or plain pages.

trafilatura is tuned for full, noisy pages. On a short feed fragment or a
plain page it sometimes drops a section heading (it may take the first
heading for the title), drops a list of short items, or falls back to a
baseline that flattens the whole article into one paragraph. These repairs
compare its blocks with the page's own block elements (``p``, ``h2``-``h6``,
``li``, ...) in document order:

* a flattened block that is just several page paragraphs run together is
  split back into them;
* a heading, list item or figure caption the page has *between* two blocks
  trafilatura kept (or a list right after a kept block ending in ":") is
  restored in place, unless it is mostly link text (an inline "related"
  teaser). trafilatura leaves figures out; a caption that says what the
  story's photo shows is the article's, and one that only carries a credit
  or the network's spam is dropped by the ``captions`` step, which the
  positions returned here point it to.

Nothing outside the stretch trafilatura chose as the article is added.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from cleaner.extract.blocks import collapse
from cleaner.extract.cleanup import links_elsewhere, page_host, text_weight
from cleaner.extract.parse import parsed_here
from cleaner.text import captioned, word_count

_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dt", "dd", "blockquote"}
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_SKIP = {
    "nav",
    "footer",
    "aside",
    "form",
    "header",
    "figure",
    "script",
    "style",
    "noscript",
    "template",
    "select",
    "button",
    "table",
}
_WORD = re.compile(r"\w+")
# a block element holding another (not a list item) is a container, not a leaf block
_INNER_BLOCKS = tuple(sorted(_BLOCK_TAGS - {"li"}))


def _has_block(el: etree._Element) -> bool:
    """Whether a block element other than ``li`` lies under ``el`` (names matched in C, as
    an XPath name test does, at a fraction of an XPath evaluation's cost)."""
    return next(el.iterdescendants(*_INNER_BLOCKS), None) is not None
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f\u061f\u06d4\u0964\u2026][\"'\u201d\u00bb)]*$")
MAX_RESTORED_CHARS = 300
MAX_LINK_SHARE = 0.5
MAX_GAP = 12
MIN_SPLIT_COVER = 0.8
MIN_SPLIT_CHARS = 120
MIN_NEXT_CHARS = 60


@dataclass(frozen=True)
class Item:
    """One block element of the page."""

    kind: str  # "p", "head", "item", "caption" or a table's "row"
    text: str
    key: str
    links: float
    list_id: int
    elsewhere: bool = False  # every link in it goes to another site, under a headline's words


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _text(el: etree._Element) -> tuple[str, int]:
    """Visible text of ``el`` (nested lists excluded) and how much of it is link text."""
    parts: list[str] = []
    linked = 0

    def walk(node: etree._Element, in_link: bool) -> None:
        nonlocal linked
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in {"ul", "ol", "script", "style", "noscript"} and node is not el:
            return
        here = in_link or tag == "a"
        if tag == "br":
            parts.append(" ")
        if node.text:
            parts.append(node.text)
            linked += len(node.text.strip()) if here else 0
        for child in node:
            walk(child, here)
            if child.tail:
                parts.append(child.tail)
                linked += len(child.tail.strip()) if here else 0

    walk(el, False)
    return collapse("".join(parts)), linked


def page_items(root: etree._Element) -> list[Item]:
    """The page's leaf block elements in document order, outside navigation chrome."""
    body = root.find("body")
    scope = body if body is not None else root
    items: list[Item] = []
    parents: list[etree._Element] = []  # held, so the ids of two lists never coincide
    own: list[str | None] = []
    for el in _reached(scope) if parsed_here(root) else _walked(scope):
        tag = el.tag.lower()
        if tag == "tr":  # (its cells apart, as trafilatura parts them)
            text = collapse(" | ".join(collapse("".join(cell.itertext())) for cell in el
                                       if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")))
            if text:
                items.append(Item("row", text, _key(text), 0.0, id(el)))
            continue
        text, linked = _text(el)
        if text:
            parent = el.getparent()
            # (a loose list's entry is its item's paragraph: "<li><p>...</p></li>")
            kind = "title" if tag == "h1" else "head" if tag in _HEADINGS else "item" if tag == "li" \
                or tag == "p" and parent is not None and parent.tag == "li" \
                else "caption" if tag == "figcaption" else "p"
            if tag == "p" and kind == "item" and parent.getparent() is not None:
                parent = parent.getparent()  # (its list, as a tight list's entries have it)
            parents.append(parent)
            elsewhere = False
            if kind == "item" and linked:
                if not own:
                    own.append(page_host(root))
                elsewhere = links_elsewhere(el, own[0])
            items.append(Item(kind, text, _key(text), linked / max(1, len(text)), id(parent), elsewhere))
    return items


_WALKED_TAGS = tuple(sorted(_BLOCK_TAGS | _SKIP))


def _reached(scope: etree._Element) -> Iterator[etree._Element]:
    """The block elements :func:`_walked` yields, for a tree parse_html made (lower-case names,
    no comments): libxml2 steps over every other element, so Python sees only these."""
    walk = etree.iterwalk(scope, events=("start",), tag=_WALKED_TAGS)
    for _, el in walk:
        if el is scope:
            continue
        tag = el.tag
        if tag in _SKIP:
            if tag == "figure":
                yield from el.iter("figcaption")
            elif tag == "table":
                yield from _rows(el)
            walk.skip_subtree()
        elif tag == "li":
            if not _has_block(el):  # an item whose text sits in paragraphs is those paragraphs
                yield el
        elif not _has_block(el):
            yield el
            walk.skip_subtree()


def _rows(table: etree._Element) -> Iterator[etree._Element]:
    """A data table's rows (no block element in them; a layout table's rows hold the page): each
    is a block of trafilatura's output, and the blocks restored around it find their place by it."""
    for row in table.iter():
        if isinstance(row.tag, str) and row.tag.lower() == "tr" and not _has_block(row):
            yield row


def _walked(scope: etree._Element) -> Iterator[etree._Element]:
    """Leaf block elements and list items (an item holding paragraphs gives them instead), in
    document order, not inside a skipped container nor a leaf block: the walk for any tree, names
    lower-cased as it goes."""
    for child in scope:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "figure":
            yield from (el for el in child.iter() if isinstance(el.tag, str) and el.tag.lower() == "figcaption")
        elif tag == "table":
            yield from _rows(child)
        if not tag or tag in _SKIP:
            continue
        if tag == "li":
            if not _has_block(child):
                yield child
            yield from _walked(child)
        elif tag in _BLOCK_TAGS and not _has_block(child):
            yield child
        else:
            yield from _walked(child)


def _split_flattened(blocks: list[str], items: list[Item]) -> tuple[list[str], list[str]]:
    """Split a block that is consecutive page paragraphs run together back into them.

    The block must be covered (``MIN_SPLIT_COVER`` of its text) by two or more consecutive
    page items found in it in order, without overlap. Returns the blocks and their keys
    (each block's key computed once: the keys cost more than the search).
    """
    out: list[str] = []
    keys: list[str] = []
    for block in blocks:
        key = _key(block)
        if text_weight(key) < MIN_SPLIT_CHARS:  # (a short Japanese brief is as long as an English one)
            out.append(block)
            keys.append(key)
            continue
        picked: list[int] = []
        at = 0
        for i, it in enumerate(items):
            if not it.key or len(it.key) >= len(key):
                continue
            found = key.find(it.key, at)
            if found < 0:
                if picked:
                    break
                continue
            if picked and i != picked[-1] + 1:
                break
            picked.append(i)
            at = found + len(it.key)
        covered = sum(len(items[i].key) for i in picked)
        if len(picked) >= 2 and covered >= MIN_SPLIT_COVER * len(key):
            out.extend(items[i].text for i in picked)
            keys.extend(items[i].key for i in picked)
        else:
            out.append(block)
            keys.append(key)
    return out, keys


def _restorable(it: Item) -> bool:
    return it.kind in ("head", "item", "caption") and len(it.text) <= MAX_RESTORED_CHARS \
        and (it.links <= MAX_LINK_SHARE or it.elsewhere)


def _own_list_above_widget(gap: list[Item]) -> list[Item]:
    """Of a gap trafilatura dropped whole, the heading and list that open it, when the rest is no
    text of the story: a widget's links or labels ("Cómo solicitarla" and its four steps, above
    "Empleo cerca de ti" and three job links). Two entries with no link make the list the story's
    (a related-links box's entries are links); nothing when the gap opens otherwise."""
    run = 0
    while run < len(gap) and _restorable(gap[run]):
        run += 1
    while run and gap[run - 1].kind == "head":
        run -= 1  # (a heading at its end is the widget's: "Související" over its links)
    own = gap[:run]
    if run and run < len(gap) and gap[run].list_id == own[-1].list_id and gap[run].kind == "item":
        return []  # (the list goes on into the widget's entries: one list, not two)
    entries = [it for it in own if it.kind == "item"]
    if len(entries) < OWN_LIST_ENTRIES or any(it.links for it in entries) \
            or any(it.kind == "p" and not it.links for it in gap[run:]):
        return []  # (a paragraph trafilatura dropped below it: a region it judged boilerplate)
    return own


OWN_LIST_ENTRIES = 2
KICKER_WORDS = 3  # a section's label above the headline ("Tempo", "Climate & Energy")
CLOSING_CAPTION_WORDS = 6
CLOSING_CAPTIONS = 1


def _caption_above_widget(gap: list[Item], *, closing: bool = False) -> list[Item]:
    """Of a gap trafilatura dropped whole, the figure captions that open it, when what follows
    them is a box of links (an app's or a newsletter's, related headlines): the picture is the
    story's, the box beside it is not. ``closing``: the gap under the story's last block, where
    the page's sidebar or foot may follow with any text; the captions must stand right there."""
    run = 0
    while run < len(gap) and gap[run].kind == "caption" and _restorable(gap[run]):
        run += 1
    if not run or run == len(gap) and not closing:
        return []
    if closing:  # (under the story, its closing picture's caption, which says what it shows or credits it: an
        # author box's "Photo of the author" does neither, and a run of them is a gallery the extraction left out)
        return gap[:run] if run <= CLOSING_CAPTIONS and all(
            captioned(it.text) or word_count(it.text) >= CLOSING_CAPTION_WORDS for it in gap[:run]) else []
    rest = gap[run:]
    return gap[:run] if all(it.links > MAX_LINK_SHARE or it.kind == "head" for it in rest) else []


def repair_blocks(blocks: list[str], root: etree._Element) -> tuple[list[str], list[int]]:
    """trafilatura's ``blocks`` with flattened runs split and dropped headings/items/captions
    restored; and the positions of the figure captions among them."""
    items = page_items(root)
    if not items or not blocks:
        return blocks, []
    blocks, keys = _split_flattened(blocks, items)
    index: dict[str, list[int]] = {}
    for i, it in enumerate(items):
        index.setdefault(it.key, []).append(i)
    # map each block to the first unused page item with the same text, in order
    positions: list[int | None] = []
    cursor = -1
    for key in keys:
        cands = [i for i in index.get(key, []) if i > cursor]
        if cands:
            cursor = cands[0]
            positions.append(cursor)
        else:
            positions.append(None)
    present = set(keys)
    out: list[str] = []
    captions: list[int] = []
    last: int | None = None
    text_after = [False] * (len(blocks) + 1)  # whether real text follows from each block on
    for k in range(len(blocks) - 1, -1, -1):
        text_after[k] = text_after[k + 1] or len(blocks[k]) >= MIN_NEXT_CHARS \
            or _SENTENCE_END.search(blocks[k]) is not None
    for k, (block, pos) in enumerate(zip(blocks, positions, strict=True)):
        gap = items[last + 1 : pos] if pos is not None and last is not None else []
        # only a short gap made of nothing but restorable elements: a gap that
        # also holds paragraphs trafilatura dropped is a region it judged
        # to be boilerplate
        # and followed by real text (not a closing one-liner such as a copyright; a short line
        # with the article going on under it, "Read also: <headline>", is no closing line)
        if 0 < len(gap) <= MAX_GAP and not all(_restorable(it) for it in gap) and text_after[k]:
            # (the story's steps, or its picture's caption, right above a widget trafilatura dropped with them)
            gap = _own_list_above_widget(gap) or _caption_above_widget(gap)
        if (
            0 < len(gap) <= MAX_GAP
            and all(_restorable(it) for it in gap)
            and (text_after[k] or items[pos].kind == "head"  # a section's heading: the body goes on under it
                 or _caption_above_widget(gap, closing=True) == gap)  # (the story's closing picture, over
        ):  # the share buttons trafilatura kept)
            for it in gap:
                if it.key not in present:
                    if it.kind == "caption":
                        captions.append(len(out))
                    out.append(it.text)
                    present.add(it.key)
        if pos is not None and items[pos].kind == "caption":
            captions.append(len(out))  # one trafilatura kept (its fallbacks keep figures)
        out.append(block)
        if pos is not None:
            last = pos
    first = next((pos for pos in positions if pos is not None), None)
    if out and first is not None and positions[0] == first and first + 1 < len(items) \
            and items[first + 1].kind == "title" and items[first + 1].key not in present \
            and len(out[0].split()) <= KICKER_WORDS and not _SENTENCE_END.search(out[0]):
        # the headline under the story's first line, a short label: the label is its kicker ("Tempo" over
        # the h1), and the headline, which trafilatura leaves out, goes back under it for the title step
        out.insert(1, items[first + 1].text)
        captions = [c + 1 if c >= 1 else c for c in captions]
    if last is not None and (closing := _caption_above_widget(items[last + 1 : last + 1 + MAX_GAP], closing=True)):
        for it in closing:  # the picture closing the story, above the page's sidebar or foot
            if it.key not in present:
                captions.append(len(out))
                out.append(it.text)
                present.add(it.key)
    if last is not None and out and out[-1].rstrip().endswith(":"):
        tail = items[last + 1 :]
        if tail and tail[0].kind == "item":
            first_list = tail[0].list_id
            for it in tail:
                if it.kind != "item" or it.list_id != first_list or not _restorable(it):
                    break
                if it.key not in present:
                    out.append(it.text)
                    present.add(it.key)
    return out, captions
