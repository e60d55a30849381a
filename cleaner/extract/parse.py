"""Safe, bounded HTML parsing.

Pages come from the open web and may be hostile. The parser never touches the
network, never expands entities declared in a DOCTYPE internal subset (the
subset is cut off before parsing, and libxml2's HTML parser does not expand
such entities anyway), and runs with ``huge_tree`` off, so libxml2 keeps its
own limits (it stops nesting at depth 256). On top of that:

* input longer than :data:`MAX_INPUT_CHARS` is truncated before parsing (the
  article of a real page sits well inside the first few megabytes; the tail
  of a larger page is scripts, JSON blobs or garbage);
* elements nested deeper than :data:`MAX_DEPTH` are flattened: their
  descendants' tags are dropped and the text kept (scripts and styles go
  whole: code never becomes text), so recursive tree code downstream stays
  within Python's recursion limit;
* elements past the first :data:`MAX_ELEMENTS` in document order are cut
  off: trafilatura and htmldate cost grows faster than linearly with the
  tree, and a real article page has a few thousand elements.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import islice

from lxml import etree
from lxml import html as lxml_html

MAX_INPUT_CHARS = 8_000_000
MAX_DEPTH = 190
MAX_ELEMENTS = 10_000

_PARSER = lxml_html.HTMLParser(
    encoding="utf-8",
    no_network=True,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
    collect_ids=False,
)
# Every element an HtmlElement, decided in C: lxml.html's default lookup is a Python callback
# run each time an element is touched (form elements get their own classes, which nothing
# here or in trafilatura uses); that callback cost 8% of a page's time.
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment,
    pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity,
))
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)
_INTERNAL_SUBSET = re.compile(r"^[\ufeff\s]*<!DOCTYPE[^>\[]{0,500}\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)


def _strip_internal_subset(text: str) -> str:
    """Drop a leading DOCTYPE that carries an internal subset (entity declarations)."""
    m = _INTERNAL_SUBSET.match(text[:200_000])
    return text[m.end() :] if m else text


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})\b[^<>]{0,2000}?(/?)>")
# Elements that never legitimately nest deep, or close themselves: counting them would
# make a page of unclosed <p> tags look deep.
_FLAT = frozenset(
    {"p", "li", "td", "th", "tr", "dt", "dd", "option", "br", "hr", "img", "meta", "link", "input",
     "source", "wbr", "area", "col", "base", "embed", "param", "track"}
)
TEXT_DEPTH = 180  # real pages nest 100-150 deep; libxml2 stops building the tree at 256
_INVISIBLE = ("script", "style", "noscript", "template")
_CLOSE = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in _INVISIBLE}


def flatten_deep_markup(text: str, max_depth: int = TEXT_DEPTH) -> tuple[str, int]:
    """Drop the tags (never the text) of elements nested deeper than ``max_depth``.

    libxml2 stops building the tree at depth 256 and silently loses everything
    after that point; removing the excess tags first keeps the text, in one
    linear pass over the markup. Returns the markup and how many tags went.
    """
    depth = 0
    dropped = 0
    out: list[str] = []
    pos = 0
    skip_to = 0
    for match in _TAG.finditer(text):
        if match.start() < skip_to:
            continue
        closing, name, selfclosing = match.group(1), match.group(2).lower(), match.group(3)
        if name in _FLAT or selfclosing:
            continue
        if not closing and depth >= max_depth and name in _INVISIBLE:
            # a deep script or style goes whole: its code must never become text
            close = _CLOSE[name].search(text, match.end())
            end = close.end() if close else len(text)
            out.append(text[pos : match.start()])
            pos = skip_to = end
            dropped += 1
            continue
        if closing:
            depth = max(0, depth - 1)
            if depth >= max_depth:
                out.append(text[pos : match.start()])
                pos = match.end()
                dropped += 1
        else:
            depth += 1
            if depth > max_depth:
                out.append(text[pos : match.start()])
                pos = match.end()
                dropped += 1
    if not dropped:
        return text, 0
    out.append(text[pos:])
    return "".join(out), dropped


def parse_html(text: str, notes: list[str] | None = None) -> lxml_html.HtmlElement | None:
    """Parse ``text`` into an ``<html>`` element, or None when there is nothing to parse.

    ``notes`` receives a sentence for every limit that cut something, so the
    caller can report it instead of losing text silently.
    """
    notes = notes if notes is not None else []
    if len(text) > MAX_INPUT_CHARS:
        notes.append(f"{len(text) - MAX_INPUT_CHARS} characters past the {MAX_INPUT_CHARS}-character limit not parsed")
        text = text[:MAX_INPUT_CHARS]
    text = _XML_DECL.sub("", text, count=1)
    text = _strip_internal_subset(text)
    if not text.strip():
        return None
    root = _parse(text)
    deep = root is not None and _reaches(root, TEXT_DEPTH)
    if deep:
        # near libxml2's own limit, where it stops building the tree and loses the rest:
        # parse again with the excess tags taken out of the markup (the common page
        # never gets here, so it pays for one parse, not for a pass over its markup)
        text, flattened = flatten_deep_markup(text)
        if flattened:
            notes.append(f"{flattened} tags nested deeper than {TEXT_DEPTH} levels dropped (their text kept)")
            root = _parse(text)
    if root is None:
        return None
    if deep or MAX_DEPTH < TEXT_DEPTH:  # else nothing is nested that deep
        flatten_deep(root, MAX_DEPTH)
    cut = cut_after(root, MAX_ELEMENTS)
    if cut:
        notes.append(f"{cut} elements past the {MAX_ELEMENTS}-element limit not parsed")
    return root


def parsed_here(el: etree._Element) -> bool:
    """Whether ``el``'s tree comes from :func:`parse_html`: then every element name is lower
    case and without a namespace (libxml2's HTML parser makes them so), and lxml can match
    names in C, without a Python look at each element."""
    return el.getroottree().parser is _PARSER


def _parse(text: str) -> lxml_html.HtmlElement | None:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates: replaced as a UTF-8 decoder replaces them
        data = text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").encode("utf-8")
    try:
        return lxml_html.document_fromstring(data, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


@lru_cache(maxsize=8)
def _at_depth(depth: int, predicate: str = "") -> etree.XPath:
    """The elements ``depth`` levels down (the root is level 1), found by libxml2 itself."""
    return etree.XPath("/".join(["*"] * (depth - 1)) + predicate)


def _reaches(root: etree._Element, depth: int) -> bool:
    return bool(_at_depth(depth)(root))


def flatten_deep(root: etree._Element, max_depth: int) -> int:
    """Flatten every element at depth ``max_depth`` into plain text; return how many."""
    cut = _at_depth(max_depth, "[*]")(root)
    for el in cut:
        etree.strip_elements(el, *_INVISIBLE, with_tail=False)  # code never becomes text
        etree.strip_tags(el, "*")
    return len(cut)


def cut_after(root: etree._Element, limit: int) -> int:
    """Drop every element after the first ``limit`` in document order; return how many."""
    if root.xpath("count(descendant-or-self::*)") <= limit:
        return 0
    late = list(islice(root.iter(etree.Element), limit, None))
    dropped = 0
    for el in reversed(late):  # children before their parents
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
            dropped += 1
    return dropped


def replace_with_text(el: etree._Element, text: str) -> None:
    """Put ``text`` (and ``el``'s tail) where ``el`` stood, and take ``el`` out of the tree."""
    parent = el.getparent()
    if parent is None:
        return
    text += el.tail or ""
    prev = el.getprevious()
    if prev is not None:
        prev.tail = (prev.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(el)


def paragraphs_beside(el: etree._Element, chars: int, *, before: bool = True,
                      length: Callable[[etree._Element], int] | None = None) -> int:
    """How many ``<p>`` siblings of ``el`` hold ``chars`` characters or more (following ones, and
    with ``before`` preceding ones too): the article's paragraphs it stands among. ``length``
    measures a paragraph (its collapsed text's length unless given)."""
    measure = length or (lambda p: len(" ".join(p.text_content().split())))
    siblings = [*el.itersiblings("p"), *(el.itersiblings("p", preceding=True) if before else ())]
    return sum(1 for s in siblings if measure(s) >= chars)
