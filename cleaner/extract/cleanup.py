"""DOM-level boilerplate removal before body extraction.

Containers are recognised structurally, by the tokens of their class, id,
role and aria-label (rules in ``rules.json``), never by their text, so the
same rules hold in every language a page is translated into. Two guards keep
the article safe: an element holding an ``<h1>`` or most of the page's
paragraph text is never removed, and neither are ``html``/``body``/``main``/
``article`` themselves (WordPress puts ``tag-x``/``category-x`` classes there).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from lxml import etree

from cleaner import removals
from cleaner.extract.parse import paragraphs_beside, parsed_here, replace_with_text
from cleaner.model import Removal
from cleaner.text import (
    CALENDAR_YEAR,
    CLOCK_TIME,
    CONTACT,
    QUOTES,
    ROW_MARK,
    SPACED_ROW_MARK,
    TELEPHONE,
    TIMED_ENTRY,
    URL_LINE,
    ends_sentence,
    fold,
    long_stems,
    read_stamp,
    sentences,
    split_label,
    western_digits,
    word_count,
)

_SPLIT = re.compile(r"[-_\s]+")
_WORDS = re.compile(r"[^\W\d_]+")

_INVISIBLE = {"script", "style", "noscript", "template"}
_LONG_PARAGRAPH = 80
QUOTED_CHARS = 40  # a blockquote holding a paragraph this long quotes someone
MOST_OF_ARTICLE = 0.5

Selector = Callable[[etree._Element], list]


@dataclass(frozen=True)
class Rules:
    """Compiled form of ``rules.json``."""

    selectors: tuple[tuple[str, Selector], ...]
    tokens: dict[str, str]
    multi: tuple[tuple[str, str], ...]  # ("-a-b-", rule): a multi-word token, dash-joined
    names: dict[str, str]
    roles: dict[str, str]
    aria: dict[str, str]
    itemprops: dict[str, str]
    ignore_prefixes: tuple[str, ...]
    protected: frozenset[str]
    multi_any: re.Pattern[str] | None = None  # matches where any of ``multi`` does
    intermediaries: frozenset[str] = frozenset()  # site names of archives and proxies, never a source
    note_stems: tuple[str, ...] = ()  # a class or id part opening so names a note of the article
    notes: frozenset[tuple[str, ...]] = frozenset()  # ... and these runs of parts
    cache: dict[str, str | None] = field(default_factory=dict, compare=False, hash=False)


def _class_selector(tag: str, name: str) -> Selector:
    """Finder for ``tag.name`` (a whole class token), as the CSS selector means it."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", tag):
        raise ValueError(f"bad element name in extract rules: {tag!r}")
    xpath = etree.XPath(f".//{tag}[contains(concat(' ', normalize-space(@class), ' '), $cls)]")
    return lambda scope: xpath(scope, cls=f" {name} ")


def _id_selector(tag: str, name: str) -> Selector:
    """Finder for ``tag#name`` (the whole id, case as written)."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", tag):
        raise ValueError(f"bad element name in extract rules: {tag!r}")
    xpath = etree.XPath(f".//{tag}[@id = $name]")
    return lambda scope: xpath(scope, name=name)


def compile_rules(data: dict) -> Rules:
    """Build the matchers from the JSON structure of ``rules.json``."""
    tokens: dict[str, str] = {}
    multi: list[tuple[str, str]] = []
    names: dict[str, str] = {}
    roles: dict[str, str] = {}
    aria: dict[str, str] = {}
    itemprops: dict[str, str] = {}
    for group, spec in data.get("groups", {}).items():
        rule = removals.dom(group)
        for token in spec.get("tokens", []):
            parts = tuple(p for p in _SPLIT.split(token.lower()) if p)
            if len(parts) == 1:
                tokens.setdefault(parts[0], rule)
            elif parts:
                multi.append(("-" + "-".join(parts) + "-", rule))
        for name in spec.get("names", []):
            names.setdefault(name.lower(), rule)
        for role in spec.get("roles", []):
            roles.setdefault(role.lower(), rule)
        for word in spec.get("aria", []):
            aria.setdefault(word.lower(), rule)
        for prop in spec.get("itemprops", []):
            itemprops.setdefault(prop.lower(), rule)
    for spec in data.get("selectors", []):
        if not removals.is_rule(spec["rule"]):
            raise ValueError(f"extract rules: selector rule {spec['rule']!r} is not registered in cleaner/removals.py")
    selectors = tuple(
        (s["rule"], _id_selector(s["tag"], s["id"]) if "id" in s else _class_selector(s["tag"], s["class"]))
        for s in data.get("selectors", []))
    return Rules(
        selectors=selectors,
        tokens=tokens,
        multi=tuple(multi),
        names=names,
        roles=roles,
        aria=aria,
        itemprops=itemprops,
        ignore_prefixes=tuple(p.lower() for p in data.get("ignore_prefixes", [])),
        protected=frozenset(t.lower() for t in data.get("protected_tags", [])),
        intermediaries=frozenset(n.casefold() for n in data.get("intermediary_sites", [])),
        note_stems=tuple(t.lower() for t in data.get("article_notes", {}).get("stems", [])),
        notes=frozenset(tuple(p for p in _SPLIT.split(t.lower()) if p)
                        for t in data.get("article_notes", {}).get("tokens", [])),
        multi_any=re.compile("|".join(re.escape(run) for run, _ in multi)) if multi else None,
    )


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> Rules:
    """Load the packaged rules, or a user's file with the same structure."""
    if path is None:
        text = resources.files("cleaner.extract").joinpath("rules.json").read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return compile_rules(json.loads(text))


def names_note(el: etree._Element, rules: Rules) -> bool:
    """Whether ``el``'s class or id names a note of the article ("vp-correction", "rw-correctie",
    "update-box"): a part opening on a stem, or consecutive parts, as ``article_notes`` lists them."""
    for name in (*(el.get("class") or "").split(), el.get("id") or ""):
        parts = tuple(p for p in _SPLIT.split(name.lower()) if p)
        if rules.note_stems and any(p.startswith(rules.note_stems) for p in parts):
            return True
        if any(parts[k : k + len(note)] == note for note in rules.notes for k in range(len(parts))):
            return True
    return False


def _name_rule(name: str, rules: Rules) -> str | None:
    """The rule a single class or id name matches, cached per name."""
    low = name.lower()
    if low in rules.cache:
        return rules.cache[low]
    rule: str | None = None
    if not low.startswith(rules.ignore_prefixes):
        rule = rules.names.get(low)
        parts = [p for p in _SPLIT.split(low) if p]
        for part in parts:
            if rule is None:
                rule = rules.tokens.get(part)
        if rule is None and len(parts) > 1 and rules.multi_any is not None:
            joined = "-" + "-".join(parts) + "-"
            if rules.multi_any.search(joined):  # one scan rules out the common name
                rule = next((r for run, r in rules.multi if run in joined), None)
    if len(rules.cache) < 100_000:
        rules.cache[low] = rule
    return rule


_MISS = object()


def match_rule(el: etree._Element, rules: Rules, get: Callable[[str], str | None] | None = None) -> str | None:
    """The rule whose class/id/role/aria tokens ``el`` carries, if any.

    ``get`` reads ``el``'s attributes when the caller holds them already.
    """
    get = get or el.get
    cache = rules.cache
    for value in (get("class"), get("id")):
        if not value:
            continue
        key = "\x00" + value  # whole attribute values recur across a page's elements
        rule = cache.get(key, _MISS)
        if rule is _MISS:
            rule = next((r for name in value.split() if (r := _name_rule(name, rules)) is not None), None)
            if len(cache) < 100_000:
                cache[key] = rule
        if rule is not None:
            return rule  # type: ignore[return-value]
    role = get("role")
    if role:
        for word in role.lower().split():
            if word in rules.roles:
                return rules.roles[word]
    prop = get("itemprop")
    if prop and prop.strip().lower() in rules.itemprops:
        return rules.itemprops[prop.strip().lower()]
    label = get("aria-label")
    if label:
        for word in _WORDS.findall(label.lower()):
            if word in rules.aria:
                return rules.aria[word]
    return None


_HAS_INVISIBLE = etree.XPath("boolean(descendant::*[" + " or ".join(f"self::{t}" for t in sorted(_INVISIBLE)) + "])")


def visible_text(el: etree._Element, hiding: set[etree._Element] | None = None) -> str:
    """Whitespace-collapsed text of ``el`` without script/style content (nor its own tail).

    ``hiding``, when given, is every element of the page with script/style inside
    (``holding_invisible``): one pass per page instead of a search under each element.
    """
    if isinstance(el.tag, str) and el.tag.lower() not in _INVISIBLE and (
            el not in hiding if hiding is not None else not _HAS_INVISIBLE(el)):
        return " ".join(" ".join(el.itertext()).split())
    pieces: list[str] = []

    def walk(node: etree._Element) -> None:
        if isinstance(node.tag, str) and node.tag.lower() in _INVISIBLE:
            return
        if node.text:
            pieces.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                pieces.append(child.tail)

    walk(el)
    return " ".join(" ".join(pieces).split())


def holding_invisible(scope: etree._Element) -> set[etree._Element]:
    """The elements of ``scope`` with script/style content somewhere inside."""
    holding: set[etree._Element] = set()
    if parsed_here(scope):
        invisible = scope.iter(*_INVISIBLE)
    else:
        invisible = (el for el in scope.iter(etree.Element) if isinstance(el.tag, str) and el.tag.lower() in _INVISIBLE)
    for el in invisible:
        for up in el.iterancestors():
            if up in holding:
                break
            holding.add(up)
    return holding


def _paragraph_weight_of(p: etree._Element) -> int:
    return text_weight(" ".join(p.text_content().split()))


_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
                   "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def text_weight(text: str) -> int:
    """A text's length with a Chinese, Japanese or Korean character counted twice: it says what two
    Latin letters say, so a 50-character Chinese paragraph is as long as a 100-letter English one."""
    return len(text) if text.isascii() else len(text) + len(_WIDE.findall(text))


def _length(p: etree._Element, known: dict[etree._Element, int]) -> int:
    n = known.get(p, -1)
    if n < 0:
        n = known[p] = _paragraph_weight_of(p)
    return n


def _paragraph_weight(el: etree._Element, known: dict[etree._Element, int] | None = None) -> int:
    """Characters of long paragraphs under ``el``: where an article's text lives.

    ``known`` keeps each paragraph's length for the page: the boxes weighed nest, so the
    same paragraphs come up again and again.
    """
    total = 0
    for p in el.iter("p"):
        n = _paragraph_weight_of(p) if known is None else _length(p, known)
        if n >= _LONG_PARAGRAPH:
            total += n
    return total


_HIDDEN_STYLE = re.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.IGNORECASE)
HIDDEN_RULE = removals.DOM_HIDDEN
DEK_RULE = removals.dom("dek")
PROMO_RULE = removals.dom("promo")
# what a promotion offers the reader by: a link, a form, a button, an embedded slot
_ACTION = etree.XPath("boolean(descendant::*[self::a or self::form or self::input or self::button or self::iframe"
                      " or self::ins or self::script])")


def is_hidden(el: etree._Element, get: Callable[[str], str | None] | None = None) -> bool:
    """Hidden by its own markup (``hidden`` attribute or inline display:none)."""
    get = get or el.get
    return get("hidden") is not None or bool(_HIDDEN_STYLE.search(get("style") or ""))


LINK_RULE = removals.DOM_LINK_PARAGRAPH
LINK_TAGS: tuple[str, ...] = ("p",)


def _page_anchor(link: etree._Element) -> bool:
    """A short link to a fragment of this page (``href="#..."``) that stands alone: no words of a
    sentence around it in its parent, and no list's or table's entry (a table of contents is
    weighed as a list). A footnote's mark sits inside its sentence."""
    href = (link.get("href") or "").strip()
    if not href.startswith("#"):
        return False
    text = " ".join(" ".join(link.itertext()).split())
    if not text or len(text.split()) > ANCHOR_WORDS or text[-1:] in ".!?":
        return False
    parent = link.getparent()
    if parent is None or parent.tag in ("li", "td", "th", "dt", "dd"):
        return False
    if " ".join(" ".join(parent.itertext()).split()) == text:
        return True  # its parent holds nothing else
    return _set_apart(link) and parent.tag not in _INLINE_TAGS


_INLINE_TAGS = frozenset({"p", "span", "em", "strong", "b", "i", "a", "small", "label",
                          "h1", "h2", "h3", "h4", "h5", "h6"})


ANCHOR_WORDS = 5


def is_link_paragraph(el: etree._Element, hiding: set[etree._Element] | None = None) -> bool:
    """A short paragraph that is nothing but a link: an inline "related story" teaser."""
    anchors = list(el.iter("a"))
    if not anchors:
        return False
    text = visible_text(el, hiding)
    if not text or len(text) > 200 or URL_LINE.match(text):
        return False  # a bare URL is a cited source, not a teaser
    linked = sum(len(visible_text(a, hiding)) for a in anchors)
    head, colon, rest = text.partition(":")
    if colon and rest.strip() and len(head.split()) <= LINK_LABEL_WORDS and anchors[0].text \
            and rest.strip().startswith(anchors[0].text.strip()):
        text = rest  # "Auch interessant: <a>headline</a>": a label over the link, in whatever words
    return linked >= 0.9 * (len(text) - text.count(" ")) and linked > 0


LINK_LABEL_WORDS = 3


LINK_LIST_RULE = removals.DOM_LINK_LIST


def is_link_list(el: etree._Element, hiding: set[etree._Element] | None = None) -> bool:
    """A list of three or more items that are all nothing but links."""
    items = [li for li in el if isinstance(li.tag, str) and li.tag == "li"]
    if len(items) < 3 or any(li.find(".//a") is None for li in items):
        return False
    return all(is_link_paragraph(li, hiding) for li in items)


# the only elements a rule below can match: attributes that carry tokens or hide, lists, link tags
# (an element's attributes read once, in one call; an XPath of attribute tests costs libxml2 a
# node-set per test and element: twice that)
_CANDIDATE_ATTRS = frozenset({"class", "id", "role", "itemprop", "aria-label", "hidden", "style"})
_CANDIDATE_TAGS = frozenset({"ul", "ol", *LINK_TAGS})


def _removable(el: etree._Element, rules: Rules, page_weight: int,
               known: dict[etree._Element, int] | None = None) -> bool:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if not tag or tag in rules.protected and not (tag == "article" and _among_paragraphs(el, known)):
        return False  # (an <article> set among the body's own paragraphs is a card: an inline teaser)
    if any(True for _ in el.iter("h1")):
        return False
    return not (page_weight and _paragraph_weight(el, known) > MOST_OF_ARTICLE * page_weight)


def page_host(root: etree._Element) -> str | None:
    """The page's own host: its canonical address's, else the one most of its absolute links name."""
    for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
        for value in root.xpath(xpath):
            if (host := link_host(str(value))) is not None:
                return host
    counts: dict[str, int] = {}
    for link in root.iter("a"):
        if (host := link_host(link.get("href") or "")) is not None:
            counts[host] = counts.get(host, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else None


def link_host(href: str) -> str | None:
    """The host an absolute link names (without "www."), None for a relative one."""
    match = _ABSOLUTE.match(href.strip())
    return match.group(1).lower().removeprefix("www.") if match else None


_ABSOLUTE = re.compile(r"https?://([^/?#:\s]+)", re.IGNORECASE)
ANNOTATED_WORDS = 5  # a description's words beside its link
ANNOTATED_ITEMS = 3


def _annotated_links(el: etree._Element, own: str | None) -> bool:
    """A list whose entries each send the reader to another site and say what is there ("<a>Der
    Preis des Kaffees</a> – Eine Recherche entlang der Lieferkette ..."): the article's reading or
    listening tips. A box of the site's related stories links home, and its entries are headlines."""
    items = [li for li in el.iterchildren("li")]
    if len(items) < ANNOTATED_ITEMS:
        return False
    described = 0
    for li in items:
        if not links_elsewhere(li, own, words=1):
            return False  # (a relative link, or one to the page's own site)
        linked = sum(len(" ".join(a.itertext()).split()) for a in li.iter("a"))
        words = len(" ".join(li.itertext()).split()) - linked
        described += words >= ANNOTATED_WORDS
    return described * 5 >= len(items) * 4


def _headed_box(lst: etree._Element, scope: etree._Element, rules: Rules,
                hiding: set[etree._Element]) -> etree._Element | None:
    """The box around a list taken out, when nothing but a heading stands beside the list in it: a
    short line, no sentence, set before the list. (A heading with nothing under it is no text.)"""
    box = lst.getparent()
    if box is None or box is scope or not isinstance(box.tag, str) or box.tag.lower() in rules.protected:
        return None
    rest = [c for c in box if c is not lst and isinstance(c.tag, str) and visible_text(c, hiding)]
    if (box.text or "").strip() or (lst.tail or "").strip() or len(rest) != 1 or rest[0].getnext() is not lst:
        return None
    return box if _heading_text(visible_text(rest[0], hiding), BOXED_HEADING_WORDS) else None


def _orphan_heading(box: etree._Element, hiding: set[etree._Element]) -> etree._Element | None:
    """The heading (``h2``-``h6``) that is all a box still says once its other parts were taken out."""
    if not isinstance(box.tag, str) or box.tag not in ("div", "section", "aside"):
        return None
    text = visible_text(box, hiding)
    heads = [h for h in box.iter("h2", "h3", "h4", "h5", "h6") if visible_text(h, hiding)]
    if len(heads) != 1 or visible_text(heads[0], hiding) != text:
        return None
    return heads[0] if _heading_text(text, BOXED_HEADING_WORDS) else None


HEADING_REACH = 3  # a box's heading stands this many levels above what was taken out, at most


def _heading_text(text: str, words: int = 0) -> bool:
    """A box's heading: a short line, no sentence."""
    return len(text.split()) <= (words or BOX_HEADING_WORDS) and not ends_sentence(text)


BOX_HEADING_WORDS = 4
BOXED_HEADING_WORDS = 6  # (a box's own heading over its list: "Best phones 2025: our top picks")


def _box_lines(box: etree._Element, hiding: set[etree._Element]) -> list[str]:
    """A box's lines when it holds a list among its children: each child's text, a list's entries
    one per line ("Unsere Newsletter", then each newsletter's line); [] for any other box."""
    if not any(isinstance(c.tag, str) and c.tag in ("ul", "ol") for c in box):
        return []
    lines: list[str] = []
    for child in box:
        if not isinstance(child.tag, str):
            continue
        if child.tag in ("ul", "ol"):
            lines.extend(t for li in child.iter("li") if (t := visible_text(li, hiding)))
        elif text := visible_text(child, hiding):
            lines.append(text)
    return lines


def _label_before(lst: etree._Element, hiding: set[etree._Element]) -> etree._Element | None:
    """The short heading right before a list among its siblings, no text between them: a line of a
    few words, no sentence, no link, nothing but text in it."""
    head = lst.getprevious()
    if head is None or not isinstance(head.tag, str) or (head.tail or "").strip() or len(head) \
            or head.tag in ("ul", "ol", "table", "figure"):
        return None
    text = visible_text(head, hiding)
    return head if text and _heading_text(text) and text.rstrip()[-1:] not in ":\uff1a" else None
    # (a label ending on a colon announces the story's list)


def _teasers_home(el: etree._Element, hiding: set[etree._Element], own: str | None, words: int = 3) -> bool:
    """A list of two or more entries each nothing but a link to the page's own site, of a
    headline's ``words`` at least: the site's teasers (the article's own list of sources or reading
    links elsewhere)."""
    items = [li for li in el if isinstance(li.tag, str) and li.tag == "li"]
    if not 2 <= len(items) <= TEASER_ITEMS or any(li.find(".//a") is None for li in items):
        return False  # (a menu's many entries, or an entry that links nowhere)
    for link in el.iter("a"):
        host = link_host(link.get("href") or "")
        if host is not None and host != own or len(" ".join(link.itertext()).split()) < words:
            return False
    return all(is_link_paragraph(li, hiding) for li in items)


TEASER_ITEMS = 6  # a box of the site's teasers; a longer list of its own links is a menu or an index


def _in_list_entry(el: etree._Element) -> bool:
    parent = el.getparent()
    return parent is not None and parent.tag == "li"


def links_elsewhere(el: etree._Element, own: str | None, words: int = 3) -> bool:
    """Whether every link of ``el`` goes to another site than the page's, each under ``words`` words
    at least (by default a headline's: a reading list's, a sources' list, "Kā Gauja mainīja savu
    gultni ..."); a related teaser links home, a share bar's links are one word."""
    links = list(el.iter("a"))
    if own is None or not links:
        return False
    for link in links:
        host = link_host(link.get("href") or "")
        if host is None or host == own or len(" ".join(link.itertext()).split()) < words:
            return False
    return True



def _among_paragraphs(el: etree._Element, known: dict[etree._Element, int] | None) -> bool:
    """Whether ``el`` stands beside long paragraphs of the page, as one block of a body among them."""
    parent = el.getparent()
    return parent is not None and sum(
        1 for p in parent.iterchildren("p") if _length(p, known if known is not None else {}) >= _LONG_PARAGRAPH
    ) >= 2


def strip_boilerplate(root: etree._Element, rules: Rules | None = None, *, fragment: bool = False) -> list[Removal]:
    """Remove boilerplate containers from ``root`` in place; return what was removed.

    Elements without text are removed silently (icon-only share buttons);
    every removal with text is recorded with its rule name. A ``fragment`` (a feed item's or a
    record's body) is one article whole: a footer of prose in it is the article's.
    """
    rules = rules or load_rules()
    body = root.find("body")
    scope = body if body is not None else root
    known: dict[etree._Element, int] = {}
    page_weight = _paragraph_weight(scope, known)
    hiding = holding_invisible(scope)
    order: dict[etree._Element, int] = {}

    def position(el: etree._Element) -> int:
        if not order:
            order.update((e, i) for i, e in enumerate(scope.iter()))
        return order.get(el, 0)

    first_long: dict[etree._Element, int] = {}

    stems: list[set[str]] = []  # the story's long paragraphs' stems, on first need

    def story_stems() -> set[str]:
        if not stems:
            stems.append(set().union(*(long_stems(p.text_content()) for p in scope.iter("p")
                                       if _length(p, known) >= _LONG_PARAGRAPH)))
        return stems[0]

    def paragraph_holders() -> set[etree._Element | None]:
        """The blocks holding the article's long paragraphs: a box among them stands beside the story."""
        return {p.getparent() for p in scope.iter("p") if _length(p, known) >= _LONG_PARAGRAPH}

    def after_body_start(el: etree._Element) -> bool:
        """Whether a long paragraph of el's article (or page) comes before el."""
        box = next((a for a in el.iterancestors("article", "main")), scope)
        if box not in first_long:
            first_long[box] = min(
                (position(p) for p in box.iter("p") if _length(p, known) >= _LONG_PARAGRAPH),
                default=len(order),
            )
        return position(el) > first_long[box]

    last_long: dict[tuple[etree._Element, bool], int] = {}

    def body_follows(el: etree._Element, *, beside: bool = True) -> bool:
        """Whether a long paragraph of el's article (or page) comes after el; without ``beside``,
        one outside the boxes set beside the story (an ``aside``'s paragraph is none of it)."""
        box = next((a for a in el.iterancestors("article", "main")), scope)
        if (box, beside) not in last_long:
            last_long[box, beside] = max(
                (position(p) for p in box.iter("p") if _length(p, known) >= _LONG_PARAGRAPH
                 and (beside or next(p.iterancestors("aside"), None) is None)),
                default=-1,
            )
        return last_long[box, beside] > position(el)

    hosts: list[str | None] = []

    def own_host() -> str | None:
        if not hosts:
            hosts.append(page_host(root))
        return hosts[0]

    chosen: list[tuple[etree._Element, str]] = [(el, SECTION_LABEL_RULE)
                                                for el in _section_labels(scope, known, hiding)]
    # (a video's teaser set between the story's paragraphs, whole, before the rules take its kicker or its
    # link apart)
    holders = paragraph_holders()
    chosen += [(el, CALL_BOX_RULE) for holder in holders if holder is not None
               for el in holder.iterchildren("aside", "section", "div") if _media_box(el) and after_body_start(el)]
    # (a figure that frames an embed, no picture in it: a map, a radar, a player, its caption the widget's)
    chosen += [(el, EMBED_RULE) for holder in holders if holder is not None
               for el in holder.iterchildren("figure") if _framed_embed(el)]
    taken: set[etree._Element] = {el for el, _ in chosen}
    kept: set[etree._Element] = set()  # boxes of the article's own between its paragraphs, whatever their class
    for rule, selector in rules.selectors:
        for el in selector(scope):
            if el not in taken and el is not scope:
                chosen.append((el, rule))
                taken.add(el)
    for el in scope.iterdescendants(etree.Element):
        attrs = dict(el.items())  # one call for all attributes instead of one per name tested
        tag = el.tag
        if tag not in _CANDIDATE_TAGS and _CANDIDATE_ATTRS.isdisjoint(attrs) or not isinstance(tag, str) \
                or el in taken:
            continue  # no rule matches it
        get = attrs.get
        rule = match_rule(el, rules, get)
        if rule is not None and kept and any(a in kept for a in el.iterancestors()):
            continue  # inside a box kept as the article's: its parts are the article's too
        if rule is None and tag in ("ul", "ol") and _platform_list(el, hiding):
            chosen.append((el, SHARE_RULE))  # "Compartir · WhatsApp · Facebook · X · Copiar enlace", links or not
            taken.add(el)
            continue
        if rule is None and tag in ("ul", "ol") and not body_follows(el) and is_link_list(el, hiding):
            chosen.append((el, LINK_LIST_RULE))
            taken.add(el)
            if (head := _label_before(el, hiding)) is not None and head not in taken:
                chosen.append((head, LINK_LIST_RULE))  # its heading, which heads nothing else ("Upcoming
                taken.add(head)  # fixtures" over the site's other matches)
            continue
        if rule is None and tag in ("ul", "ol") and _teasers_home(el, hiding, own_host()) \
                and (box := _headed_box(el, scope, rules, hiding)) is not None and box not in taken:
            chosen.append((box, RELATED_RULE))  # "Te puede interesar" over two of the site's headlines, between
            taken.add(box)  # the article's paragraphs, whatever the box's class names
            continue
        if rule is None and tag in ("ul", "ol") and (head := _label_before(el, hiding)) is not None \
                and head not in taken and _teasers_home(el, hiding, own_host(), words=1) \
                and not any((a.get("href") or "#").startswith(("#", "javascript:")) for a in el.iter("a")):
            chosen += [(head, RELATED_RULE), (el, RELATED_RULE)]  # the same set straight among the paragraphs,
            taken.update((head, el))  # with no box around: "Empleo cerca de ti" over the site's job links
            continue  # (links to places on the page are its tools: "Seite drucken" under a closing line)
        if rule is None and tag in LINK_TAGS and is_link_paragraph(el, hiding) \
                and not (_in_list_entry(el) and links_elsewhere(el, own_host())):  # (a reading list's entry)
            chosen.append((el, LINK_RULE))
            taken.add(el)
            continue
        if rule is not None and rule not in BOXED_RULES and _sandwiched_box(el, known, page_weight):
            kept.add(el)  # between two of the article's paragraphs, beside them: the article's, whatever
            continue  # its class names (an interview's questions in "comment" boxes, a live ticker in a sidebar's;
            # a related or promotion box is weighed by what it says, below)
        if rule is None and is_hidden(el, get) and tag.lower() not in rules.protected:
            # hidden microdata copies and templates; a hidden block with real
            # paragraphs is more likely a collapsed part of the article
            if not _paragraph_weight(el, known):
                chosen.append((el, HIDDEN_RULE))
                taken.add(el)
            continue
        if rule == DEK_RULE and (after_body_start(el) or paragraphs_beside(
                el, _LONG_PARAGRAPH, before=False, length=lambda p: _length(p, known))):
            continue  # a standfirst comes before the body; later it is a pull quote, and one the body's
            # paragraphs follow in its own container is the article's opening (a header's dek stands with
            # the headline, apart from them)
        if rule == RELATED_RULE and tag in ("ul", "ol") and after_body_start(el) and _annotated_links(el, own_host()):
            kept.add(el)  # the article's own list of reading (other sites' pieces, each described), whatever
            continue  # a theme named its class
        if rule == PROMO_RULE and _plain_prose(el, known) and body_follows(el):
            continue  # a section of the article's own prose, whatever a theme named its class
        if rule in WEIGHED_RULES and after_body_start(el) and (body_follows(el) or rule in BOXED_RULES) \
                and (rule == SHARE_RULE and _shared_quote(el, hiding)
                     or rule == META_RULE and (_clock_only(el) or _noted_in_full(el))
                     or rule in BOXED_RULES and _article_box(el, known, page_weight) and not _links_heading(el)
                     and (rule != RELATED_RULE or _facts(el))):
            # class tokens are evidence, not a verdict: between the article's paragraphs, a box
            # that offers nothing to act on and holds a heading over its text or a sentence (a
            # key-facts box classed "related-facts", a review's pros classed "promo-box"), a live
            # entry's time classed "meta", a pull quote with a share button, is the article's
            if rule == SHARE_RULE:
                for action in [a for a in el.iter("a", "button") if a is not el]:
                    _drop(action)  # the quote's share button, not the quote
            kept.add(el)
            continue
        if rule and _removable(el, rules, page_weight, known):
            chosen.append((el, rule))
            taken.add(el)
    for form in scope.iter("form"):  # a sign-up box, whatever its classes: a form and a few words about it
        box = _form_box(form, hiding)
        if box is not None and box not in taken and not any(a in taken for a in box.iterancestors()):
            chosen.append((box, NEWSLETTER_RULE))
            taken.add(box)
    for link in scope.iter("a"):
        # a link to a place on the page standing alone: the page's control ("Link zum Eintrag" under
        # each live entry, "Back to top")
        if link not in taken and _page_anchor(link) and not any(a in taken for a in link.iterancestors()):
            chosen.append((link, LINK_RULE))
            taken.add(link)
            continue
        box = _sponsored_box(link, hiding)  # a paid link's box, whatever its classes: the price and the button
        if box is not None and box not in taken and not any(a in taken for a in box.iterancestors()):
            chosen.append((box, PROMO_RULE))
            taken.add(box)
            if (head := _offer_heading(box, hiding)) is not None and head not in taken:
                chosen.append((head, PROMO_RULE))  # "Comparer les offres" over the shops' table
                taken.add(head)
    for el in _figure_credits(scope, taken):
        chosen.append((el, removals.CAPTION_CREDIT))
        taken.add(el)
    # a list's box whose only other words are its heading ("Čítajte aj", "More education news") goes whole
    chosen = [(box if el.tag in ("ul", "ol") and (box := _headed_box(el, scope, rules, hiding)) is not None else el,
               rule) for el, rule in chosen]
    # quoted text, an embedded post among it, is the article's whatever its classes say (its parts too)
    quoting = {el for el, _ in chosen if el.tag == "blockquote" and _quotes(el, known)}
    chosen = [(el, rule) for el, rule in chosen
              if el not in quoting and not (quoting and any(a in quoting for a in el.iterancestors()))]
    taken = {el for el, _ in chosen}
    outermost = [(el, rule) for el, rule in chosen if not any(a in taken for a in el.iterancestors())]
    outermost = _weighed(outermost, page_weight, {rule for rule, _ in rules.selectors}, known)
    removed: list[Removal] = []
    emptied: dict[etree._Element, str] = {}  # the boxes removals took from, and the rule that took
    for el, rule in outermost:
        items = [t for li in el.iter("li") if (t := visible_text(li, hiding))] if el.tag == "ul" \
            else _box_lines(el, hiding)
        # a list's entries one per line (a box's heading on its own line above them): the network's own
        # lines, and a site's standing box, learned by the run (strip/templates.py)
        text = "\n".join(items) if items else visible_text(el, hiding)
        if text:
            removed.append(Removal(rule, text))
            for box in itertools.islice(el.iterancestors(), HEADING_REACH):
                if box is scope:
                    break
                emptied.setdefault(box, rule)
        _drop(el)
    for box, rule in emptied.items():
        if box.getparent() is not None and (heading := _orphan_heading(box, hiding)) is not None:
            removed.append(Removal(rule, visible_text(heading, hiding)))
            _drop(heading)  # "Pisos en venta en Torrealba" over the listing cards taken out: the box's
            # heading, with nothing left to head
    # boxes trafilatura would clean away whole, by their tag or their name
    from cleaner.extract.sequence import discarded_by_name  # (sequence reads this module's weights)

    # (a box between the article's paragraphs stands beside them: a child of a block holding one)
    holders = paragraph_holders()
    boxes = [el for holder in holders if holder is not None for el in holder.iterchildren("aside", "section", "div")
             if el.tag == "aside" or discarded_by_name(el.get("id"), el.get("class"))]
    for el in [box for holder in holders if holder is not None
               for box in holder.iterchildren("aside", "section", "div")]:
        if el in taken:
            continue
        rule = SITE_CONTACT_RULE if own_host() and _gives_own_address(el, own_host(), known) \
            else SITE_NOTICE_RULE if _site_standards_notice(el, known) \
            else CALL_BOX_RULE if after_body_start(el) and (_call_box(el, known) or _ad_box(el, known, hiding)) \
            else HEADLINES_BOX_RULE if after_body_start(el) and (
                not body_follows(el) and _headlines_box(el, story_stems())
                or _headlines_box(el, story_stems(), shared=MOST_READ_SHARED) and _most_read(el)) else None
        if rule is not None:
            removed.append(Removal(rule, "\n".join(_widget_lines(el, hiding)) or visible_text(el, hiding)))
            _drop(el)  # "Seen something? Email our newsroom at news@<the page's own domain>", between paragraphs too
    boxes = [el for el in boxes if el.getparent() is not None]
    for el in boxes:
        if match_rule(el, rules) is None and (_article_box(el, known, page_weight) and after_body_start(el)
                                              and (body_follows(el, beside=False) or _story_goes_on(el)
                                                   or body_follows(el) and not _sites_box(el, hiding))
                                              or _sandwiched_box(el, known, page_weight)):
            # (a box a rule named was weighed above)
            _unnamed(el)
    for el in _data_widgets(scope, known, hiding, taken):
        removed.append(Removal(DATA_WIDGET_RULE, "\n".join(_widget_lines(el, hiding))))
        _drop(el)
    for box in kept:  # (trafilatura would clean them away by their tag or their names)
        _unnamed(box)
    for box in _article_footers(scope, hiding, fragment=fragment):
        box.tag = "div"  # (trafilatura cleans away a footer whatever it holds)
        _unnamed(box)
    times = list(scope.iter("time"))
    # a live blog's entries each open on a time alone: the first entry stands above the body's
    # first long paragraph and the last below its last, and their times are entries' too
    live = sum(_clock_only(el) for el in times) >= LIVE_ENTRY_TIMES
    for el in times:
        _keep_inline_time(el)
        if el.getparent() is not None and (live and _clock_only(el) or after_body_start(el) and body_follows(el)):
            _entry_time(el)
    return removed


DATA_WIDGET_RULE = removals.DOM_DATA_WIDGET
SITE_CONTACT_RULE = removals.DOM_SITE_CONTACT
_EMAIL_DOMAIN = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
SITE_CONTACT_PARAGRAPHS = 3
BOX_PARAGRAPH_CHARS = 320  # a site's box says its piece in a sentence or two


SITE_NOTICE_RULE = removals.DOM_SITE_NOTICE
_NOTICE_CONCEPTS = frozenset({"self_site", "standards"})


def _short_box(box: etree._Element, known: dict[etree._Element, int], most: int = 0) -> list[etree._Element]:
    """A box's paragraphs when it holds a paragraph or three (or ``most``), none of the story's
    length; else []."""
    paragraphs = list(box.iter("p", "li"))
    if len(paragraphs) > (most or SITE_CONTACT_PARAGRAPHS) \
            or any(_length(p, known) >= BOX_PARAGRAPH_CHARS for p in paragraphs):
        return []
    return paragraphs


def _site_standards_notice(box: etree._Element, known: dict[etree._Element, int]) -> bool:
    """A short box under its own heading in which the site speaks of itself and its standards
    ("Die Redaktion berichtet über Strafverfahren nach den Grundsätzen des Pressekodex."): the
    site's standing notice, set between the paragraphs of every story of its kind."""
    first = next(box.iterchildren(etree.Element), None)
    if first is None or first.tag not in _BOX_HEADINGS or not _short_box(box, known):
        return False
    from cleaner.strip.rules import load_rules  # (the text steps' concept lexicon)

    said = set().union(*load_rules().concepts.found(box.text_content()).values())
    return said >= _NOTICE_CONCEPTS


HEADLINES_BOX_RULE = removals.DOM_HEADLINES_BOX
HEADLINE_ITEM_WORDS = (4, 14)
HEADLINE_ITEMS = (2, 6)


def _headlines_box(box: etree._Element, story: set[str], *, shared: int = 1) -> bool:
    """A box under the story's last paragraph holding a heading and one list of other stories'
    headlines whose links are gone ("Meer over het spoor" over "Overweg Molenkade dicht tot en met
    vrijdag", ...): each entry a headline's few words, no sentence, naming one word of the story at
    most. The story's own closing list speaks of what the story does, or gives its figures."""
    children = list(box.iterchildren(etree.Element))
    if len(children) != 2 or children[0].tag not in _BOX_HEADINGS or children[1].tag not in ("ul", "ol"):
        return False
    heading = children[0].text_content().strip()
    if not heading or ends_sentence(heading) or heading[-1] in ":\uff1a" or word_count(heading) > CALL_WORDS + 2:
        return False
    items = [li.text_content().strip() for li in children[1].iterchildren("li")]
    return HEADLINE_ITEMS[0] <= len(items) <= HEADLINE_ITEMS[1] and all(
        HEADLINE_ITEM_WORDS[0] <= word_count(item) <= HEADLINE_ITEM_WORDS[1] and not ends_sentence(item)
        and sum(ch.isdigit() for ch in item) < HEADLINE_DIGITS and len(long_stems(item) & story) <= shared
        for item in items)


HEADLINE_DIGITS = 6  # a road's number or a year at most: a facts list gives its figures


MOST_READ_SHARED = 2  # (a headline of the same town's news may name its place and a verb the story has)


def _most_read(box: etree._Element) -> bool:
    """A headlines box whose heading speaks of reading and of nothing else ("Lo más leído", "I più
    letti", "Most read"): the site's list wherever it stands, between the story's paragraphs too (a
    heading that bids the reader learn more of the story's subject, "Read more about how we work",
    speaks of the site's work besides)."""
    from cleaner.strip.rules import load_rules as load_phrases  # (the text steps' concept lexicon)

    heading = box[0].text_content().strip()
    found = load_phrases().concepts.found(heading).values()
    return bool(found) and all(said == {"reading"} for said in found)


CALL_BOX_RULE = removals.DOM_CALL_BOX
CALL_WORDS = 6
CALL_BOX_PARAGRAPHS = 5
LISTING_PARTS = 3  # a listing's row: its day, what is on, where (and its price)


def _call_box(box: etree._Element, known: dict[etree._Element, int]) -> bool:
    """A short box under its own heading whose last line calls the reader to act: a few words, no
    figure, no sentence, no label ("Reserva tu plaza", "Saiba mais", "Зареєструватися", "詳しくは
    こちら"): an open day's, a course's or a newsletter's box set between the story's paragraphs. A
    facts box ends on a fact, its figure or its source; a quote box on the quote."""
    first = next(box.iterchildren(etree.Element), None)
    paragraphs = _short_box(box, known, most=CALL_BOX_PARAGRAPHS) if first is not None and first.tag in _BOX_HEADINGS \
        else []  # (its lines above the call may be a few: a helpline's numbers, "Guasti luce: 800 418 900")
    if not paragraphs or box.find(".//blockquote") is not None:
        return False
    rows = [p.text_content().strip() for p in paragraphs[:-1]]
    # (a widget's readings over its button, each a label and its time or figure: "Puesta de sol: 21:38",
    # "月の出\u30004時51分", "Fase lunar: cuarto menguante")
    readings = len(rows) >= READINGS and all(_reading(row) for row in rows) \
        and sum(CLOCK_TIME.search(western_digits(row)) is not None for row in rows) >= READINGS
    # (times of day read off a clock, in any script's digits, not the story's counts: "Samples taken: 214",
    # "Sites over the limit: 9" over a series' button stay)
    if paragraphs[-1].tag == "li" and paragraphs[-1].find(".//a") is None and not readings:
        return False  # a list's last entry, a link's or a button's no more ("Wady" over "mały pojemnik")
    heading, last = first.text_content().strip(), paragraphs[-1].text_content().strip()
    if len(paragraphs) >= SMALL_PRINT_BOX and _small_print(last) and _calls(paragraphs[-2].text_content().strip()) \
            and not _calls(last):
        paragraphs, last = paragraphs[:-1], paragraphs[-2].text_content().strip()  # (its small print under the
        # button: "+18 · Juega con responsabilidad · ...", "Ab 18 Jahren. Teilnahmebedingungen gelten.")
    if len(paragraphs) > SITE_CONTACT_PARAGRAPHS and not readings and not all(
            CONTACT.search(text := p.text_content().strip()) or TIMED_ENTRY.match(text) or text.endswith(_QUESTIONS)
            or len(SPACED_ROW_MARK.split(text)) >= LISTING_PARTS for p in paragraphs[:-1]):
        return False  # (more lines than a pitch's are a listing's: helplines, today's hearings, a series' questions
        # each its own explainer, "Why do summer downpours make rivers dirtier?", the week's events each a row
        # of its day, place and price, "Thu 26 June · The Fennel Quartet · Abbotsmere Jazz Club · £14";
        # a review's prices are lines of their own)
    return _calls(last) and (not ends_sentence(heading) or heading[-1:] in _ASKING)
    # (a heading may ask the reader: "Need support?" over the helpline and "More help and advice")


def _ad_box(box: etree._Element, known: dict[etree._Element, int], hiding: set[etree._Element]) -> bool:
    """A short box headed by the word for an advertisement alone ("Reklama", "Tangazo", "Anzeige"):
    the ad, whatever its lines say (a broker's offer, its button, its risk warning)."""
    first = next(box.iterchildren(etree.Element), None)
    if first is None or first.tag not in _BOX_HEADINGS or not _short_box(box, known, most=CALL_BOX_PARAGRAPHS):
        return False
    from cleaner.strip.edges import ad_label  # (the text steps' lexicon of the word, in every language)
    from cleaner.strip.rules import load_rules

    return ad_label(visible_text(first, hiding), load_rules())


def _calls(line: str) -> bool:
    """A button's words: a few, no figure, no stop, no label, no quotation ("Reserva tu plaza"); a
    player's button may give the length in brackets after them ("Hør nå (31 min)")."""
    if (length := _LENGTH_TAIL.search(line)) is not None:
        line = line[: length.start()].rstrip()
    return bool(line) and 0 < word_count(line) <= CALL_WORDS and not any(ch.isdigit() for ch in line) \
        and line[-1] not in _CLOSING_MARKS and not split_label(line)[1] and not QUOTES.search(line)


_LENGTH_TAIL = re.compile(r"[(\uff08]\d{1,3}\s?[^\W\d_]{1,5}\.?[)\uff09]$")  # "(31 min)", "（3分）"


def _small_print(line: str) -> bool:
    """The terms under an offer's button: a figure (an age limit), in short sentences or a row of
    parts, no label ("+18 · Juega con responsabilidad · ...", "18 वर्ष से अधिक आयु के लिए। ...")."""
    return any(ch.isdigit() for ch in line) and word_count(line) <= SMALL_PRINT_WORDS and not split_label(line)[1] \
        and (len(sentences(line)) > 1 or len(SPACED_ROW_MARK.split(line)) > 1 or ends_sentence(line))


SMALL_PRINT_BOX = 3  # the offer, its button and its small print
SMALL_PRINT_WORDS = 16


def _reading(row: str) -> bool:
    """A widget's reading: a label and its value in a few words, a time, a figure or a word ("Puesta
    de sol: 21:38", "日の入り\u300016時58分"), no sentence."""
    return word_count(row) <= READING_WORDS and not ends_sentence(row) \
        and (any(ch.isdigit() for ch in row) or bool(split_label(row)[1]))


READINGS = 2
READING_WORDS = 6



def _framed_embed(figure: etree._Element) -> bool:
    """A figure whose medium is a frame or a player and no picture ("Carte interactive : le
    périmètre du feu ...", "Rain radar: the past two hours"): an embedded widget, live on the page;
    what its caption and its links say is about the widget. A photo's caption is the story's."""
    return next(figure.iter("iframe", "embed", "object", "video"), None) is not None \
        and next(figure.iter("img", "picture", "svg"), None) is None


EMBED_RULE = removals.DOM_EMBED


def _media_box(box: etree._Element) -> bool:
    """A video's or an episode's teaser: a box of a few lines whose last is the length alone ("6:12",
    "2:48") under a headline, a heading's or one under a label ("Guarda: tutti i gol dell'ultima
    giornata"), a kicker above it at most. A facts box's score ends under no headline."""
    if not _few_nodes(box, MEDIA_NODES) \
            or not _DURATION_TAIL.search("".join(box.itertext()).rstrip()[-DURATION_CHARS:]):
        return False  # (its size and its last characters turn most boxes away first)
    lines = [(el.tag, text) for el in box.iter("p", "li", "div", *_BOX_HEADINGS)
             if not any(isinstance(c.tag, str) and c.tag in _WIDGET_PARTS | _BOX_HEADINGS for c in el)
             and (text := el.text_content().strip())]
    if not 2 <= len(lines) <= MEDIA_LINES or not _DURATION.fullmatch(lines[-1][1]):
        return False
    tag, headline = lines[-2]
    return _labelled_headline(headline) or tag in _BOX_HEADINGS and word_count(headline) >= HEADLINE_ITEM_WORDS[0] \
        and not ends_sentence(headline)


MEDIA_LINES = 4
MEDIA_NODES = 16  # the elements of a teaser's box: its kicker, headline, length, their links and spans


def _few_nodes(box: etree._Element, most: int) -> bool:
    """Whether ``box`` holds ``most`` elements or fewer (counted no further than that)."""
    return next(itertools.islice(box.iter(), most + 1, None), None) is None


def _labelled_headline(line: str) -> bool:
    """A label of a word or two, a colon and a headline of a few words with no figure ("Watch: all
    the goals of the final round", "देखें: ...")."""
    label, colon, value = split_label(line)
    return bool(colon) and 0 < word_count(label) <= 2 and word_count(value) >= HEADLINE_ITEM_WORDS[0] \
        and not any(ch.isdigit() for ch in value) and not ends_sentence(value)


# "6:12", "1:02:45", "1:48 Min.": a video's or an episode's length, a short unit after it at most
_DURATION = re.compile(r"(?:\d{1,2}:)?\d{1,2}:[0-5]\d(?:\s?[^\W\d_]{1,4}\.?)?")
_DURATION_TAIL = re.compile(r"(?<![\d:])(?:\d{1,2}:)?\d{1,2}:[0-5]\d(?:\s?[^\W\d_]{1,4}\.?)?\Z")  # a text's end
DURATION_CHARS = 15  # "01:02:45 Min." and the character before it
_ASKING = frozenset("?\uff1f\u061f")
_QUESTIONS = tuple(_ASKING)


_CLOSING_MARKS = frozenset(".!?;:\u3002\uff01\uff1f\u061f\u0964\"'\u00bb\u201d\u2019)")


def _gives_own_address(box: etree._Element, host: str, known: dict[etree._Element, int]) -> bool:
    """A short box (a heading and a paragraph or three, none of the story's length) giving an
    e-mail address at the page's own domain: the site asking for tips or letters, not the story."""
    if not _short_box(box, known):
        return False
    own = host.removeprefix("www.")
    return any(domain.lower() == own or own.endswith("." + domain.lower())
               for domain in _EMAIL_DOMAIN.findall(box.text_content()))


def _widget_lines(box: etree._Element, hiding: set[etree._Element]) -> list[str]:
    """A box's visible lines, one per innermost block (its heading, each row, its stamp)."""
    return [text for part in box.iter("p", "li", "dd", "td", "span", "time", *_BOX_HEADINGS)
            if not any(isinstance(c.tag, str) and c.tag in _WIDGET_PARTS for c in part)
            and (text := visible_text(part, hiding))]


_WIDGET_PARTS = frozenset({"p", "li", "dd", "td", "span", "time", "ul", "ol", "div"})


def _data_widgets(scope: etree._Element, known: dict[etree._Element, int], hiding: set[etree._Element],
                  taken: set[etree._Element]) -> list[etree._Element]:
    """The site's data boxes inside the article, whatever their classes: a heading, rows of figures
    (departures, traffic, offers with their prices), and a stamp saying when the data was read
    ("Stand: 17:05 Uhr", "Bijgewerkt 16:46 uur", "Prix constatés le 12 février 2025"). The story's
    own box of figures is sourced, not stamped with the minute or the day it was refreshed."""
    found: list[etree._Element] = []
    story: list[str] = []  # the story's paragraphs, on first need
    for table in scope.iter("table"):
        if table in taken or any(a in taken for a in table.iterancestors()):
            continue
        box = table.getparent()
        whole = box if box is not None and box is not scope and box.tag in ("div", "aside", "section") \
            and len(box) == 1 and not (box.text or "").strip() else table
        if _live_table(table, hiding):
            found.append(whole)
        elif (footer := _sponsored_footer(whole, hiding)) is not None:
            found += [whole, footer]  # (offers over "Stand: heute, 6:00 Uhr · Anzeige", "Jetzt Tarif wechseln")
    for box in scope.iter("div", "aside", "section"):
        if box.get("data-widget") is not None and box is not scope and box not in taken \
                and not any(a in taken or a in found for a in box.iterancestors()) and _short_rows(box, known, hiding):
            found.append(box)  # a box the markup declares a widget (data-widget="weather"), of short rows
            continue
        children = list(box.iterchildren(etree.Element))  # (the box's shape first: it is cheap to ask)
        headed = bool(children) and children[0].tag in _BOX_HEADINGS
        if not headed and not (WEATHER_ROWS[0] < len(children) <= WEATHER_ROWS[1] + 1
                               and all(len(child) == 0 for child in children)):
            continue  # (a weather box is a few lines with no element inside them)
        if box is scope or box in taken or any(a in taken or a in found for a in box.iterancestors()) \
                or any(_length(p, known) >= _LONG_PARAGRAPH for p in box.iter("p")):
            continue
        if not headed:
            if _weather_box(box, hiding):
                if not story:
                    story.append(" ".join(p.text_content() for p in scope.iter("p")
                                          if _length(p, known) >= _LONG_PARAGRAPH))
                if not _TEMPERATURE.search(story[0]):
                    found.append(box)  # the day's weather beside a story that speaks of none
            continue
        lines = _widget_lines(box, hiding)
        if _stamped(lines) or len(lines) > WIDGET_ROWS + 2 and _button(lines[-1]) and _stamped(lines[:-1]) \
                or _days_box(lines) or _live_rows(box, lines) or _live_board(lines) or _codes_box(lines) \
                or _quotes_box(box, children, hiding):
            found.append(box)  # (its button under the stamp: "View all 9 deals", "Vedi offerta")
    return found


def _quotes_box(box: etree._Element, children: list[etree._Element], hiding: set[etree._Element]) -> bool:
    """A heading over a list whose every entry is one link of a few words with its figure ("FTSE
    100 9,412.6 +0.4%", "Euro/Dollar 1,1564", "सेंसेक्स 84,562 +0.41%"): a ticker, each entry
    linking to its quote. A story's list of links names sources or other stories."""
    if len(children) != 2 or children[1].tag not in ("ul", "ol"):
        return False
    items = [li for li in children[1] if isinstance(li.tag, str)]
    if len(items) < QUOTE_ITEMS:
        return False
    for li in items:
        links = li.findall(".//a")
        text = visible_text(li, hiding)
        if len(links) != 1 or not text or visible_text(links[0], hiding) != text \
                or word_count(text) > QUOTE_WORDS or not _FIGURE.search(text):
            return False
    return True


QUOTE_ITEMS = 2
QUOTE_WORDS = 6


def _codes_box(lines: list[str]) -> bool:
    """A box of short numbers under its heading, each row a service's label and its code of two to
    four digits alone ("Pompiers : 18", "AFAD: 122", "Polisi: 112"): the emergency numbers a site
    sets by every such story, the same on each. A story's own numbers are a place's, dialled in full."""
    rows = lines[1:]
    return len(rows) >= CODE_ROWS and not _FIGURE.search(lines[0]) and all(
        (parts := split_label(row))[1] and _SHORT_CODE.fullmatch(parts[2].strip()) and word_count(parts[0]) <= 4
        for row in rows)


CODE_ROWS = 2
_SHORT_CODE = re.compile(r"\d{2,4}")


def _short_rows(box: etree._Element, known: dict[etree._Element, int], hiding: set[etree._Element]) -> bool:
    """A widget's shape: a few short lines, none of them a paragraph of the story or a sentence of
    one (a live blog's container may be declared a widget too, its entries the story)."""
    lines = _widget_lines(box, hiding)
    return 0 < len(lines) <= DECLARED_WIDGET_LINES and not any(_length(p, known) >= _LONG_PARAGRAPH
                                                                 for p in box.iter("p")) \
        and sum(ends_sentence(line) for line in lines) <= 1


DECLARED_WIDGET_LINES = 12


def _live_table(table: etree._Element, hiding: set[etree._Element]) -> bool:
    """A table captioned as live data ("Live departures: London Gatwick", "Odloty – tablica na żywo",
    "실시간 버스 도착 정보"): the site's board, refreshed as the reader looks, not the story's table."""
    caption = next(table.iterchildren("caption"), None)
    text = visible_text(caption, hiding) if caption is not None else ""
    if not text or ends_sentence(text) or word_count(text) > LIVE_CAPTION_WORDS or CALENDAR_YEAR.search(text) \
            or sum(1 for _ in table.iter("tr")) < LIVE_ROWS:
        return False  # (a year dates a statistic's table: "Live births, 2024")
    return _LIVE_WORDS().search(text.casefold()) is not None


def _sponsored_footer(table: etree._Element, hiding: set[etree._Element]) -> etree._Element | None:
    """The box right under a table that labels it an advert as a part of its row ("Offres mises à
    jour le 28 octobre · Annonce" over "Voir toutes les offres"): the table is the advertiser's
    widget, its footer with it. A story's table is sourced, not labelled an advert."""
    footer = table.getnext()
    if footer is None or not isinstance(footer.tag, str) or footer.tag not in ("div", "p", "aside", "footer") \
            or (table.tail or "").strip():
        return None
    lines = [text for child in footer.iterchildren(etree.Element) if (text := visible_text(child, hiding))] \
        or [visible_text(footer, hiding)]
    if not 0 < len(lines) <= SPONSOR_FOOTER_LINES or any(word_count(line) > SPONSOR_FOOTER_WORDS for line in lines):
        return None
    from cleaner.strip.rules import load_rules as load_phrases  # (the text steps' concept lexicon)

    concepts = load_phrases().concepts
    return footer if any(word_count(part) <= AD_LABEL_WORDS and any(
        found == {"advert"} for found in concepts.found(part).values())
        for line in lines for part in ROW_MARK.split(line)[1:]) else None


SPONSOR_FOOTER_LINES = 2  # a stamp and its button
SPONSOR_FOOTER_WORDS = 25
AD_LABEL_WORDS = 2


@lru_cache(maxsize=1)
def _LIVE_WORDS() -> re.Pattern[str]:  # noqa: N802 (a pattern, built once)
    """The concept lexicon's words for live data, whole, opening the caption or a part of it after
    its dash or colon ("Live departures: ...", "Odloty – tablica na żywo"; not "Where people live")."""
    from cleaner.strip.rules import load_rules as load_phrases  # (the text steps' concept lexicon)

    words = load_phrases().concepts.words_of("live")
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:^|[-\u2013\u2014:|]\s*)(?:\S+\s+)?(?:{alternatives})(?!\w)")


LIVE_CAPTION_WORDS = 8
LIVE_ROWS = 3


def _live_board(lines: list[str]) -> bool:
    """A box headed as live data ("Live departures: Kessingford", "Départs en direct", the heading as
    a table's caption would say it) over short rows with no sentence among them: the site's board."""
    if not lines:
        return False
    heading, rows = lines[0], lines[1:]
    return len(rows) >= LIVE_ROWS and not ends_sentence(heading) and word_count(heading) <= LIVE_CAPTION_WORDS \
        and not CALENDAR_YEAR.search(heading) and all(word_count(row) <= LIVE_ROW_WORDS for row in rows) \
        and not any(ends_sentence(row) for row in rows[:-1]) and _LIVE_WORDS().search(heading.casefold()) is not None


LIVE_ROW_WORDS = 10


def _live_rows(box: etree._Element, lines: list[str]) -> bool:
    """A box the page marks as a live region (``aria-live``) holding a heading over short rows, no
    sentence among them: a ticker the site refreshes ("Aktuelle Verkehrsmeldungen" over "07:42 Linie 4:
    ..."). A live blog's feed, live too, holds the article's paragraphs."""
    return box.get("aria-live") in ("polite", "assertive") and box.get("role") not in ("dialog", "alertdialog") \
        and len(lines) > WIDGET_ROWS and not any(ends_sentence(line) for line in lines)


def _platform_list(lst: etree._Element, hiding: set[etree._Element]) -> bool:
    """A list of a share or follow row's buttons: a few entries of a word or two, two of them or
    more a platform's name alone ("Facebook", "X"), or one under the row's label ("Share"), none a
    sentence."""
    items = [li for li in lst if isinstance(li.tag, str) and li.tag == "li"]
    if not PLATFORM_ITEMS[0] <= len(items) <= PLATFORM_ITEMS[1] or any(len(li) > 1 for li in items):
        return False  # (the shape first: it is cheap to ask)
    texts = [visible_text(li, hiding) for li in items]
    if any(word_count(t) > PLATFORM_WORDS or ends_sentence(t) for t in texts):
        return False
    from cleaner.strip.edges import share_label
    from cleaner.strip.rules import load_rules  # (the text steps' platform names)

    rules = load_rules()
    names = sum(rules.platform_alone(t) for t in texts)
    return names >= PLATFORM_NAMES or names >= 1 and share_label(texts[0], rules)
    # (or one under the row's own label: "Sdílet", "Facebook", "E-mail", "Diskuse (46)")


PLATFORM_ITEMS = (3, 10)
PLATFORM_WORDS = 3
PLATFORM_NAMES = 2


def _days_box(lines: list[str]) -> bool:
    """A box of the day's data under a heading dated today ("Farmacias de guardia hoy, lunes 6",
    "Pohotovostní lékárny dnes (čt 6. 3.)"): rows with their figures (an address's number, the
    hours), no sentence, a button's words at most under them. A story's box is dated by its story."""
    if len(lines) < DAY_ROWS + 1 or not _FIGURE.search(lines[0]) or word_count(lines[0]) > DAY_HEADING_WORDS:
        return False  # (its date may end it on a full stop: "(čt 6. 3.)")
    last = lines[-1]
    rows = lines[1:-1] if word_count(last) <= DAY_HEADING_WORDS and not _FIGURE.search(last) \
        and not ends_sentence(last) else lines[1:]  # ("Ver todas las farmacias de guardia")
    if len(rows) < DAY_ROWS or any(ends_sentence(row) or not _FIGURE.search(row) for row in rows):
        return False
    from cleaner.strip.rules import load_rules  # (the text steps' concept lexicon)

    return any("today" in said for said in load_rules().concepts.found(lines[0]).values())


DAY_ROWS = 2
DAY_HEADING_WORDS = 8


def _stamped(lines: list[str]) -> bool:
    """A box's lines: its heading, rows with no sentence, and a stamp saying when they were read.
    A clock's stamp, or one of how long ago it was read, tells the live box whatever its rows: "北湊線
    平常運転" over "3月10日 17:40 更新", "CO-31 Fuenteseca: circulación fluida" over "Actualizado hace 3
    minutos"."""
    rows = lines[1:-1]
    if len(rows) < WIDGET_ROWS or any(ends_sentence(row) for row in rows):
        return False
    figured = 2 * sum(_FIGURE.search(row) is not None for row in rows) >= len(rows)
    clocked = _CLOCK.search(lines[-1]) is not None
    return (figured or clocked) and read_stamp(lines[-1], rows, timed_rows=True) or _read_minutes_ago(lines[-1])


def _weather_box(box: etree._Element, hiding: set[etree._Element]) -> bool:
    """A box of a few short lines, its heading with no figure and its rows mostly temperatures
    ("今日　晴れ　12℃／3℃", "Heute: 4 °C, bedeckt", "اليوم: 22 درجة، غائم جزئياً")."""
    lines = [text for child in box.iterchildren(etree.Element) if (text := visible_text(child, hiding))]
    rows = lines[1:]
    return WEATHER_ROWS[0] <= len(rows) <= WEATHER_ROWS[1] and not _FIGURE.search(lines[0]) \
        and all(word_count(line) <= WEATHER_WORDS for line in lines) \
        and 2 * sum(_TEMPERATURE.search(row) is not None for row in rows) >= len(rows)


WEATHER_ROWS = (1, 4)
WEATHER_WORDS = 10
_TEMPERATURE = re.compile(r"\d\s?(?:°|\u2103)|\d\s+(?:درجة|درجات)")


def _read_minutes_ago(line: str) -> bool:
    """A stamp of how long ago the data was read: a few words, one figure, and the lexicon's words
    for minutes or hours ("Actualizado hace 3 minutos", "Updated 5 minutes ago", "अंतिम जाँच: 2 घंटे पहले")."""
    if not MINUTES_AGO_WORDS[0] <= word_count(line) <= MINUTES_AGO_WORDS[1] or len(_FIGURE.findall(line)) != 1 \
            or ends_sentence(line):
        return False
    from cleaner.strip.rules import load_rules  # (the text steps' concept lexicon)

    said = set().union(*load_rules().concepts.found(line).values())
    return "hour" in said or "minute" in said and not split_label(line)[1]
    # (a label over minutes is a reading time, "Lesezeit: 3 Minuten"; none reads in hours)


def _button(line: str) -> bool:
    """A button's words: a few, no sentence, no label with its value."""
    return word_count(line) <= BUTTON_WORDS and not ends_sentence(line) and not split_label(line)[1]


MINUTES_AGO_WORDS = (3, 6)


WIDGET_ROWS = 1
_FIGURE = re.compile(r"\d")


def _sites_box(box: etree._Element, hiding: set[etree._Element]) -> bool:
    """A box under the story, only other boxes below it, that speaks for the site: it gives an
    address or a telephone number ("Write to us: letters@...", "İlan için: 0376 555 21 40"), or it
    closes on a button's words, a few and no sentence ("Support us from £3", "Browse all
    announcements"). The story's own box under it (how it was researched, its sources) closes on a
    sentence or a credit."""
    lines = [text for part in box.iter("p", "li", "dd", "td", *_BOX_HEADINGS) if (text := visible_text(part, hiding))]
    if not lines:
        return False
    if any("@" in line or TELEPHONE.search(line) for line in lines):
        return True  # (a source list's links and its documents' numbers are the story's)
    last = lines[-1]
    return word_count(last) <= BUTTON_WORDS and not ends_sentence(last) and not split_label(last)[1]


BUTTON_WORDS = 5


def _section_labels(scope: etree._Element, known: dict[etree._Element, int],
                    hiding: set[etree._Element]) -> list[etree._Element]:
    """The section's label set inside an article above its first paragraph ("Felietony" over "Co
    tydzień w piątek", "Tribunes & débats" over "Point de vue", "社説・論説"): short lines, no sentence,
    one of them an entry of the site's menu (or opening on a one-word entry), alone or in a box of
    such lines. A byline or a dateline names no menu entry."""
    heads: list[tuple[etree._Element, etree._Element, str]] = []  # (article, element, its text)
    for article in scope.iter("article"):
        for seen, el in enumerate(article.iter("p", "span", "a", "li")):
            if seen >= SECTION_SCAN or el.tag == "p" and _length(el, known) >= _LONG_PARAGRAPH:
                break  # the story began (or what opens the article is no head of it)
            if len(el.text_content()) <= SECTION_CHARS and _section_line(text := visible_text(el, hiding)) \
                    and not any(a.tag in _NO_LABEL_HOLDERS for a in el.iterancestors()):
                heads.append((article, el, text))
    if not heads:
        return []
    menu = {fold(" ".join(text.split())) for nav in scope.iter("nav") for a in nav.iter("a")
            if (text := a.text_content()) and len(text) <= SECTION_CHARS}
    found: list[etree._Element] = []
    labelled: set[etree._Element] = set()  # (one label an article)
    for article, el, text in heads:
        if article in labelled or not (fold(text) in menu or fold(text.split()[0]) in menu):
            continue
        labelled.add(article)
        box = el.getparent()
        lines = [visible_text(child, hiding) for child in box] if box is not None else []
        whole = box is not None and box.tag == "div" and box is not article \
            and all(_section_line(line) for line in lines) and len(lines) <= SECTION_LINES
        found.append(box if whole else el)
    return found


def _section_line(text: str) -> bool:
    return 0 < word_count(text) <= SECTION_WORDS and not ends_sentence(text) and not any(ch.isdigit() for ch in text)


SECTION_WORDS = 4
SECTION_CHARS = 60  # (a label's few words; longer text is none, asked before its visible words)
SECTION_LINES = 3
SECTION_SCAN = 30  # the article's first elements: its head
SECTION_LABEL_RULE = removals.DOM_SECTION_LABEL
_NO_LABEL_HOLDERS = frozenset({"h1", "h2", "h3", "nav", "header"})  # (a headline's words, the menu itself)


def _article_footers(scope: etree._Element, hiding: set[etree._Element], *, fragment: bool) -> list[etree._Element]:
    """An article's own ``footer`` (inside its ``article``, or anywhere in a fragment that is one
    article): its notes, sources, fact box or correction in paragraphs of prose, few of their words
    links, the article's, which trafilatura cleans away by the tag. A footer of links (a share row,
    tags, other stories) is no such."""
    out = []
    for box in scope.iter("footer"):
        if not fragment and next(box.iterancestors("article"), None) is None \
                or next(box.iterancestors("footer"), None) is not None:
            continue
        lines = [t for p in box.iter("p", "li", "dd") if (t := visible_text(p, hiding))]
        words = sum(len(t.split()) for t in lines)
        linked = sum(len(" ".join(a.itertext()).split()) for a in box.iter("a"))
        if len(lines) >= FOOTER_LINES and words >= FOOTER_WORDS and linked * 4 < words:
            out.append(box)
    return out


FOOTER_LINES = 2
FOOTER_WORDS = 25


def _entry_time(el: etree._Element) -> None:
    """A time of day standing alone between the article's paragraphs, in the box that holds nothing
    else: a live entry's time ("9:41 p.m."), made a line of its own, which trafilatura keeps."""
    box = el
    while (parent := box.getparent()) is not None and parent.tag not in ("article", "main", "body") \
            and _clock_only(parent):
        box = parent
    if not _clock_only(box):
        return
    text = " ".join(box.text_content().split())
    for child in list(box):
        box.remove(child)
    box.tag, box.text = "p", text
    box.attrib.clear()


def _unnamed(box: etree._Element) -> None:
    """A box kept as the article's, its parts' class and id names taken off and an ``aside`` made
    a ``div``, so that trafilatura keeps it too."""
    for el in box.iter(etree.Element):
        if el.tag == "aside":
            el.tag = "div"
        for name in ("class", "id"):
            el.attrib.pop(name, None)


_BOX_PARTS = ("p", "li", "blockquote", "td", "dd", "h2", "h3", "h4", "h5", "h6")
_BOX_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_BOX_NESTS = ("div", "section", "article", "aside", "form", "nav", "header", "footer")
_IMAGES = ("img", "picture", "video")


def _picture(el: etree._Element) -> bool:
    """A picture, or a box holding one (a figure that holds a table is none)."""
    return el.tag in _IMAGES or next(el.iterdescendants(*_IMAGES), None) is not None


def _article_box(el: etree._Element, known: dict[etree._Element, int], page_weight: int) -> bool:
    """A box of the article's own text between its paragraphs, which trafilatura would clean away
    whole by its tag or its class ("aside", "sidebar", "meta", "widget"): a key-facts list under a
    heading, a review's "how we tested" section, a pull quote. It offers nothing to act on (no
    link, form, button or ad slot), holds no box of its own and a small part of the article, and
    has a heading over its text or a sentence (an ad slot's label is neither)."""
    if next(el.iterdescendants(*_BOX_NESTS), None) is not None:
        return False
    prev = el.getprevious()
    if prev is not None and _picture(prev):
        return False  # a picture's caption: the caption rules judge those
    if page_weight and _paragraph_weight(el, known) > MOST_OF_ARTICLE * page_weight:
        return False  # the article's own container, not a box in it
    parts = list(el.iterdescendants(*_BOX_PARTS))
    heading = any(part.tag in _BOX_HEADINGS for part in parts)
    texts = [part for part in parts if part.tag not in _BOX_HEADINGS and part.text_content().strip()]
    # (a sentence ends as one, or quotes someone: an offer's line does neither, "Versicherung ab 4,90 € im
    # Monat – jetzt Tarif berechnen")
    sentence = any(text_weight(text := " ".join(part.text_content().split())) >= QUOTED_CHARS
                   and (ends_sentence(text) or QUOTES.search(text) is not None) for part in texts)
    return (heading and bool(texts) or sentence) and not _ACTION(el)


def _story_goes_on(el: etree._Element) -> bool:
    """Whether the story's text goes on right under a box near its end: the next element is a
    paragraph that ends a sentence ("Jede Packung hilft, sagt Stinn."), however short (an info box
    of addresses and hours set before the closing line is the article's)."""
    nxt = el.getnext()
    return nxt is not None and nxt.tag == "p" and not _ACTION(nxt) \
        and ends_sentence(" ".join(nxt.text_content().split()))


def _sandwiched_box(el: etree._Element, known: dict[etree._Element, int], page_weight: int) -> bool:
    """A box standing between two of the article's long paragraphs, a sibling of both, with
    several pieces of text and nothing to act on (no link, form, button, frame or ad script) and
    no picture: a results table, a live ticker's entries, an interview's questions and answers.
    A site's box sits above or below the article, or offers something to follow."""
    if el.tag in ("p", "ul", "ol", "table", "figure") or _picture(el) or _ACTION(el):
        return False
    prev = el.getprevious()
    if prev is not None and _picture(prev):
        return False  # a picture's caption: the caption rules judge those
    if not (any(s.tag == "p" and _length(s, known) >= _LONG_PARAGRAPH for s in el.itersiblings(preceding=True))
            and any(s.tag == "p" and _length(s, known) >= _LONG_PARAGRAPH for s in el.itersiblings())):
        return False
    if page_weight and _paragraph_weight(el, known) > MOST_OF_ARTICLE * page_weight:
        return False
    pieces = sum(1 for part in el.iter(etree.Element) if part.text and part.text.strip())
    return pieces >= SANDWICHED_PIECES


SANDWICHED_PIECES = 3  # an ad slot's label or a lone button's is one
SHARE_RULE = removals.dom("share")
META_RULE = removals.dom("meta")
# groups whose class tokens name what a box is for, which an article's own boxes are named for too
# (a share box is the article's only as a pull quote, a meta box only as a live entry's time)
RELATED_RULE = removals.dom("related")
BOXED_RULES = frozenset({RELATED_RULE, PROMO_RULE})
_FIGURE_OR_LABEL = re.compile(r"\d|[:\uff1a]\s")


def _facts(el: etree._Element) -> bool:
    """A box classed "related" that states facts: most of its entries hold a figure or a label
    ("14 قرية تزورها الحافلة بانتظام", "Investimento: 550 milioni di euro"), where a related box's
    entries are other stories' headlines (and a pitch is one sentence, "... hver morgen kl. 7.")."""
    entries = [" ".join(e.text_content().split()) for e in el.iterdescendants("li", "p", "dd")]
    entries = [e for e in entries if e]
    return len(entries) >= 2 and 2 * sum(_FIGURE_OR_LABEL.search(e) is not None for e in entries) > len(entries)
WEIGHED_RULES = frozenset({SHARE_RULE, META_RULE, *BOXED_RULES})


def _links_heading(el: etree._Element) -> bool:
    """A box headed by a related or read-more label ("இதையும் படிக்கவும்", "Read also"): its lines are
    other stories' headlines, their links gone, whatever else the box looks like."""
    from cleaner.strip.rules import load_rules as load_phrases  # (the text steps' phrase priors)

    phrases = load_phrases()
    labels = phrases.role("link_labels")
    for head in el.iterdescendants(*_BOX_HEADINGS, "strong", "b"):
        text = " ".join(head.text_content().split())
        if text and phrases.family(text) in labels:
            return True
    return False
# a time of day, with the word some languages set by it ("23:30 Uhr", "klo 14.05", "godz. 9:15")
_CLOCK = re.compile(r"(?:[^\W\d_]{1,5}\.? )?(?:[01]?\d|2[0-3])[:.h][0-5]\d(?: ?[ap]\.? ?m\.?| [^\W\d_]{1,5}\.?)?",
                    re.IGNORECASE)
CLOCK_CHARS = 12  # "11:30 a.m." and a little room
LIVE_ENTRY_TIMES = 3  # times of day standing alone, on a page of a live blog


def _figure_credits(scope: etree._Element, taken: set[etree._Element]) -> list[etree._Element]:
    """A picture's credit marked up apart from its caption inside a figure (``<p
    class="caption__credit">Foto: Ralf Gersmeier</p>`` under the caption's text): the photographer's
    name, no words of the story. A short element whose class names a credit."""
    out = []
    for figure in scope.iter("figure", "figcaption"):
        for el in figure.iterdescendants(etree.Element):
            if el in taken or el.tag in ("img", "picture", "source"):
                continue
            tokens = set(_CLASS_PARTS.split((el.get("class") or "").lower()))
            if tokens & CREDIT_TOKENS and len(el.text_content().strip()) <= CREDIT_CHARS:
                out.append(el)
                taken.add(el)
    return out


CREDIT_TOKENS = frozenset({"credit", "credits", "copyright", "photographer", "photocredit"})
CREDIT_CHARS = 120
_CLASS_PARTS = re.compile(r"[\s_-]+")


def _noted_in_full(el: etree._Element) -> bool:
    """A paragraph classed as metadata that says something in full: two sentences or more (a
    correction, "Rectificatif : une version précédente ... Elle en compte 270."), no link, no
    figure of a date row. A byline's row, a reading time, a date say it in a few words."""
    if el.tag != "p" or next(el.iter("a"), None) is not None:
        return False
    text = " ".join(el.text_content().split())
    return len(sentences(text)) >= NOTE_SENTENCES and word_count(text) >= NOTE_WORDS


NOTE_SENTENCES = 2
NOTE_WORDS = 12


def _clock_only(el: etree._Element) -> bool:
    """A box holding a time of day and nothing else: a live entry's time ("9:41 p.m."), or a
    match's minute a ``<time>`` gives ("87.", "90.+4", "45'")."""
    text = el.text_content()
    if len(text) > 4 * CLOCK_CHARS:
        return False
    text = " ".join(text.split())
    return _CLOCK.fullmatch(text) is not None \
        or _MINUTE.fullmatch(text) is not None and (el.tag == "time" or next(el.iter("time"), None) is not None)


_MINUTE = re.compile(r"\d{1,3}(?:\.?\s?\+\s?\d{1,2})?[.'\u2019\u2032]?")


def _shared_quote(el: etree._Element, hiding: set[etree._Element]) -> bool:
    """A pull quote with a share button: someone's words in quotation marks or a blockquote
    (``QUOTED_CHARS`` or more outside its links), and links that only offer to share it."""
    text = visible_text(el, hiding)
    linked = sum(len(visible_text(a, hiding)) for a in el.iter("a"))
    quoted = el.tag == "blockquote" or QUOTES.search(text) is not None
    return quoted and text_weight(text) - linked >= QUOTED_CHARS \
        and next(el.iter("form", "input", "iframe", "ins", *_BOX_HEADINGS), None) is None \
        and next(el.iterdescendants(*_BOX_NESTS), None) is None  # one quote, not a box of teasers


NEWSLETTER_RULE = removals.dom("newsletter")
FORM_BOX_CHARS = 400  # the words around a form that still make one box with it: a heading and a pitch
FORM_BOX_BLOCKS = 3


def _form_box(form: etree._Element, hiding: set[etree._Element]) -> etree._Element | None:
    """The box a form that asks for an e-mail address stands in with its heading and pitch ("Sign up
    for our free daily newsletter" over "Get the day's stories in your inbox" over the form), by its
    shape alone: the largest ancestor whose text outside the form is a few short blocks."""
    if next((i for i in form.iter("input") if (i.get("type") or "").lower() == "email"), None) is None:
        return None
    box = None
    el = form
    while (parent := el.getparent()) is not None and parent.tag in ("div", "section", "aside"):
        outside = [b for b in parent.iterdescendants("p", "h2", "h3", "h4", "h5", "h6", "li")
                   if form not in b.iterancestors() and visible_text(b, hiding)]
        text = sum(len(visible_text(b, hiding)) for b in outside)
        if len(outside) > FORM_BOX_BLOCKS or text > FORM_BOX_CHARS:
            break
        box = el = parent
    return box


def _sponsored_box(link: etree._Element, hiding: set[etree._Element]) -> etree._Element | None:
    """The box a paid link (``rel="sponsored"``, as the HTML standard asks an affiliate or ad link to
    be marked) stands in with its offer ("Aktuell günstigster Preis: 389,00 € bei MediaMarkt*"
    over "Zum Angebot*"): the largest block around it whose links are all paid and whose other
    text is an offer's few words. A sentence of the article with a paid link in it is the article's."""
    if not _paid(link):
        return None
    box = None
    el = link
    while (parent := el.getparent()) is not None and parent.tag in _OFFER_BOXES:
        if not all(_paid(a) for a in parent.iter("a")):
            break
        own = visible_text(parent, hiding)
        for a in parent.iter("a"):
            own = own.replace(visible_text(a, hiding), " ")
        own = " ".join(own.split())
        if len(own) > SPONSORED_OFFER_CHARS or ends_sentence(own):
            break  # (a sentence with a paid link in it)
        box = el = parent
    if box is None and _set_apart(link) and len(visible_text(link, hiding).split()) <= SPONSORED_BUTTON_WORDS:
        return link  # the paid button alone between the article's lines ("Vedi prezzo su Amazon")
    return box


def _offer_heading(box: etree._Element, hiding: set[etree._Element]) -> etree._Element | None:
    """The heading right above a box of paid offers that heads nothing else: a few words, no
    sentence ("Preise im Überblick", "料金を比較する" over the shops and their prices)."""
    if box.tag not in ("table", "ul", "ol", "div", "section", "aside", "dl"):
        return None
    head = box.getprevious()
    if head is None or head.tag not in ("h2", "h3", "h4", "h5", "h6") or (head.tail or "").strip():
        return None
    text = visible_text(head, hiding)
    return head if text and word_count(text) <= OFFER_HEADING_WORDS and not ends_sentence(text) else None


OFFER_HEADING_WORDS = 5
_OFFER_BOXES = frozenset({"div", "section", "aside", "p", "li", "ul", "ol", "table", "tbody", "thead", "tr", "td",
                          "th", "dl", "dt", "dd"})
SPONSORED_OFFER_CHARS = 120  # an offer's price and shop, beside its button
SPONSORED_BUTTON_WORDS = 6


def _set_apart(el: etree._Element) -> bool:
    """Whether no text of its parent's runs on before or after ``el``: it stands as a line of its own."""
    before = el.getprevious()
    parent = el.getparent()
    lead = (before.tail if before is not None else parent.text if parent is not None else "") or ""
    return not lead.strip() and not (el.tail or "").strip()


def _paid(link: etree._Element) -> bool:
    return "sponsored" in (link.get("rel") or "").lower().split()


def _keep_inline_time(el: etree._Element) -> None:
    """A ``<time>`` inside a sentence is the sentence's ("<p><time>17:02</time> The meeting opens
    ..." in a live ticker, "held on <time>5 May</time>, the vote ..."): trafilatura cleans every
    ``time`` element away, so the element becomes its text. A date standing alone or under a
    short label ("Updated <time>...</time>") is the page's metadata and stays for trafilatura."""
    parent = el.getparent()
    if parent is None or not isinstance(parent.tag, str) or parent.tag not in ("p", "li", "dd", "td", "blockquote"):
        return
    own = text_weight(" ".join(el.text_content().split()))
    if text_weight(" ".join(parent.text_content().split())) - own < QUOTED_CHARS:
        return
    replace_with_text(el, el.text_content())


def _plain_prose(el: etree._Element, known: dict[etree._Element, int]) -> bool:
    """A box of long paragraphs that offers nothing to act on (no link, form, button or ad slot):
    a promotion points somewhere, so this is prose a review theme classed "promo" or "deal" by its
    look ("promo-intro" over the first paragraph), with more of the article after it."""
    return any(_length(p, known) >= _LONG_PARAGRAPH for p in el.iter("p")) and not _ACTION(el)


def _quotes(el: etree._Element, known: dict[etree._Element, int]) -> bool:
    """A blockquote holding a paragraph of ``QUOTED_CHARS`` or more: someone's words."""
    return any(_length(p, known) >= QUOTED_CHARS for p in el.iter("p"))


def _weighed(chosen: list[tuple[etree._Element, str]], page_weight: int, sure: set[str],
             known: dict[etree._Element, int] | None = None) -> list[tuple[etree._Element, str]]:
    """Class tokens weighed against the text they would take: a rule whose elements together
    hold most of the page's paragraph text names the article's own parts (a live ticker's
    entries classed as comments, a review's sections classed as promotion), so those keep
    their paragraphs.

    The per-element guard in :func:`_removable` cannot see this: each entry alone is small.
    """
    if not page_weight:
        return chosen
    weights = [0 if rule in sure else _paragraph_weight(el, known) for el, rule in chosen]
    per_rule: dict[str, int] = {}
    for (_, rule), w in zip(chosen, weights, strict=True):
        per_rule[rule] = per_rule.get(rule, 0) + w
    heavy = {rule for rule, w in per_rule.items() if w > MOST_OF_ARTICLE * page_weight}
    if not heavy:
        return chosen
    # of such a rule, the boxes without paragraphs of their own still go
    return [(el, rule) for (el, rule), w in zip(chosen, weights, strict=True) if rule not in heavy or not w]


def _drop(el: etree._Element) -> None:
    """Remove ``el`` but keep its tail text in the tree."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)
