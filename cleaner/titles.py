"""The final title and outlet of a document, once the echoes are resolved.

The echo step found the title the candidate lines share; here we make it one
clean line, fall back on declared metadata when the page offered no title
line, and keep network spam out of both fields.
"""

from __future__ import annotations

import re

from .model import Document, Removal
from .strip.echo import split_tail
from .strip.rules import Rules, fold
from .strip.tokens import word_count

# Removed lines that name the outlet: "The post <title> appeared first on X.", "More from X".
NAMING_RULES = ("title-reference", "phrase:appeared_first", "phrase:more_from", "outlet-link")
NAMING_FAMILIES = ("appeared_first", "more_from")
_PUNCT = " .,;:!?\"'()[]«»“”‘’|-–—।。"


def _name_in(text: str, title: str | None, rules: Rules) -> str | None:
    """The outlet a naming line names: the words left once the title and the phrase are gone.

    Word order varies with the language ("appeared first on X", "X'de ilk olarak
    yayınlandı", "X ظاهر شد"), so we take the last run of words that are
    neither title nor phrase.
    """
    if len(fold(text)) != len(text):
        return None
    if title and fold(title) in fold(text):
        start = fold(text).find(fold(title))
        text = text[start + len(title) :]
    spans = rules.family_spans(text, *NAMING_FAMILIES)
    runs: list[list[str]] = [[]]
    for match in re.finditer(r"\S+", text):
        inside = any(a < match.end() and match.start() < b for a, b in spans)
        if inside:
            runs.append([])
        else:
            runs[-1].append(match.group())
    words = [run for run in runs if " ".join(run).strip(_PUNCT)]
    if not words:
        return None
    name = " ".join(words[-1]).strip(_PUNCT)
    name = re.sub(r"['’][^\W\d_]{1,4}$", "", name)  # Turkish case suffix: Cointelegraph'de
    if not name or word_count(name) > 3 or rules.brand(name) is not None:
        return None
    return name


def outlet_from_lines(doc: Document, rules: Rules) -> str | None:
    """When the title named no outlet, the removed lines may ("appeared first on X")."""
    for removal in doc.removed:
        if removal.rule in NAMING_RULES:
            name = _name_in(removal.text, doc.title, rules)
            if name:
                return name
    return None


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
    source = _one_line(doc.source) or outlet_from_lines(doc, rules)
    if source is not None and (source == title or rules.brand(source) is not None):
        source = None
    doc.source = source
