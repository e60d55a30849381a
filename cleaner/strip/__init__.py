"""Boilerplate removal: a list of steps, each recording what it removed and why.

Like ftfy's fixers, every step is a small function of one document; the
``removed`` list on the document is the explanation. ``find_title`` runs
first (its tails teach the later steps the page's outlet and spam phrase);
``STEPS`` then run in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..model import Document
from . import echo, edges, spam
from .rules import Rules, load_rules
from .templates import templates_for

__all__ = ["Context", "STEPS", "find_title", "is_network_author", "load_rules", "strip"]


@dataclass(frozen=True)
class Context:
    """What the steps know beyond the document: priors and the corpus's site templates."""

    rules: Rules = field(default_factory=load_rules)
    templates: dict[str, set[str]] = field(default_factory=dict)


_REPUBLISHER = re.compile(r"\brepublished\b|\bplato\b", re.IGNORECASE)


def is_network_author(author: str, rules: Rules) -> bool:
    """"Republished By Plato" and brand names are the network's signature, not an author."""
    return rules.brand(author) is not None or _REPUBLISHER.search(author) is not None


def find_title(doc: Document, rules: Rules) -> None:
    """Title echoes, outlet and learned spam; also notes network evidence for later steps."""
    if doc.url:
        host = (urlsplit(doc.url).hostname or "").removeprefix("www.")
        if any(host == d or host.endswith("." + d) for d in rules.domains):
            doc.evidence.append("network-domain")
    if any(is_network_author(author, rules) for author in doc.authors):
        doc.evidence.append("network-author")
    if any(rules.brand(doc.blocks[i]) for i in doc.live()):
        doc.evidence.append("network-brand")
    if any(r.rule == "plato-bottom-links" for r in doc.removed):
        doc.evidence.append("network-links")
    echo.apply(doc, rules)


def _learned_spam(doc: Document, ctx: Context) -> None:
    spam.remove_learned_spam(doc)


def _brand_lines(doc: Document, ctx: Context) -> None:
    spam.remove_brand_lines(doc, ctx.rules)


def _edges(doc: Document, ctx: Context) -> None:
    trust = bool(doc.evidence) or doc.kind == "html"
    classify = edges.classifier(doc, ctx.rules, templates_for(doc, ctx.templates), trust_phrases=trust)
    edges.strip_trailing(doc, classify, ctx.rules)
    edges.strip_leading(doc, classify)
    if trust:
        edges.strip_inline_links(doc, ctx.rules)


Step = Callable[[Document, Context], None]
STEPS: list[tuple[str, Step]] = [
    ("learned-spam", _learned_spam),
    ("network-brand", _brand_lines),
    ("edges", _edges),
]


def strip(doc: Document, ctx: Context) -> Document:
    """Run every step over ``doc`` (title already found) and return it."""
    for _, step in STEPS:
        step(doc, ctx)
    return doc
