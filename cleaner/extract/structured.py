"""The article body a page declares in its structured data (schema.org JSON-LD ``articleBody``).

An app shell renders its article with JavaScript: the markup a scraper saved holds a title and
the site's chrome, while the JSON-LD block the page carries for search engines holds the whole
text. That text is the page's article when the markup's own is a small part of it.
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
