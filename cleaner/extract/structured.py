"""The article body a page declares in its structured data (schema.org JSON-LD ``articleBody``).

An app shell renders its article with JavaScript: the markup a scraper saved holds a title and
the site's chrome, while the JSON-LD block the page carries for search engines holds the whole
text. That text is the page's article when the markup's own is a small part of it. A page
behind a paywall renders the article's first paragraphs and declares the whole of it: the
declared text past the last rendered paragraph is the article's rest.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from lxml import etree

_LD_JSON = etree.XPath('.//script[@type="application/ld+json"]')
_TAG = re.compile(r"<[^<>]*>")
MAX_DEPTH = 4  # objects nested this deep in a JSON-LD block are searched (an @graph's items)
MAX_SCRIPT_CHARS = 2_000_000  # a larger block is no article's data


def declared_body(root: etree._Element) -> list[str]:
    """The paragraphs of the longest ``articleBody`` the page's JSON-LD blocks declare, or []."""
    best = ""
    for script in _LD_JSON(root):
        text = script.text or ""
        if not text.strip() or len(text) > MAX_SCRIPT_CHARS:
            continue
        try:
            data = json.loads(text)
        except ValueError:
            continue
        for body in _bodies(data, 0):
            if len(body) > len(best):
                best = body
    if not best:
        return []
    plain = html.unescape(_TAG.sub("\n", best)) if "<" in best else html.unescape(best)
    return [line.strip() for line in plain.split("\n") if line.strip()]


def _bodies(value: Any, depth: int) -> list[str]:
    if depth > MAX_DEPTH:
        return []
    if isinstance(value, list):
        return [body for item in value for body in _bodies(item, depth + 1)]
    if not isinstance(value, dict):
        return []
    found = [value["articleBody"]] if isinstance(value.get("articleBody"), str) else []
    for inner in value.values():
        if isinstance(inner, dict | list):
            found.extend(_bodies(inner, depth + 1))
    return found


def outweighs(declared: list[str], extracted: list[str]) -> bool:
    """Whether the declared body is the article where the extracted one is a small part of it, or
    the same text with its paragraphs (a fallback read it from the same block as one line)."""
    size = sum(len(p) for p in declared)
    if size < MIN_DECLARED_CHARS:
        return False
    if size > DECLARED_RATIO * sum(len(b) for b in extracted):
        return True
    return len(declared) > len(extracted) and _words(declared) == _words(extracted)


def _words(blocks: list[str]) -> list[str]:
    return " ".join(blocks).split()


MIN_DECLARED_CHARS = 200
DECLARED_RATIO = 3  # the markup kept a third of the declared text or less: a shell, a teaser


def continuation(declared: list[str], extracted: list[str]) -> list[str]:
    """The declared body's text past the rendered one, when the page rendered its first part only.

    The extracted blocks must run, in order, through the declared text (a block the declared text
    lacks, a caption or a box, is passed over; two at least are found, the last one among them),
    and the declared text must go on for ``CONTINUED_WORDS`` words or more: a page that renders
    its whole article leaves nothing past its last paragraph but a credit line.
    """
    if not extracted or sum(len(p) for p in declared) < MIN_DECLARED_CHARS:
        return []
    words: list[str] = []
    starts: set[int] = set()  # where a declared paragraph starts, in words
    for line in declared:
        starts.add(len(words))
        words.extend(line.split())
    index: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        index.setdefault(w, []).append(i)
    cursor, found, last_found = 0, 0, False
    for block in extracted:
        bw = block.split()
        at = _find_run(words, index, bw, cursor) if bw else None
        last_found = at is not None
        if at is not None:
            cursor, found = at + len(bw), found + 1
    if found < CONTINUED_BLOCKS or not last_found or len(words) - cursor < CONTINUED_WORDS:
        return []
    rest: list[str] = []
    line: list[str] = []
    for i in range(cursor, len(words)):
        if i in starts and line:
            rest.append(" ".join(line))
            line = []
        line.append(words[i])
    if line:
        rest.append(" ".join(line))
    return rest


def _find_run(words: list[str], index: dict[str, list[int]], run: list[str], start: int) -> int | None:
    """Where ``run`` stands in ``words`` at ``start`` or later, or None."""
    for at in index.get(run[0], ()):
        if at >= start and words[at : at + len(run)] == run:
            return at
    return None


CONTINUED_BLOCKS = 2  # rendered paragraphs found in the declared text: one alone may be a teaser's
CONTINUED_WORDS = 25  # the declared text past them: more than a credit line
