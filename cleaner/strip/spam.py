"""Spam learned from the page itself, and the network's brand captions.

The echo tails carry the page's spam phrase in whatever language the page was
translated into. The same phrase is glued to image captions ("Bitcoin
PlatoBlockchain Data Intelligence. Vertical Search. Ai.") and to the ends of
paragraphs. We match it by token overlap, not by string, because machine
translation reorders words and the suffix may be truncated.
"""

from __future__ import annotations

from ..model import Document
from .rules import Rules
from .tokens import sentence_starts, token_spans, tokens, word_count

CAPTION_WORDS = 4  # what may stay in front of a spam suffix and still be a caption
MIN_SHARE = 0.8  # share of a suffix's tokens that must be spam tokens
BRAND_LINE_WORDS = 15  # a short line naming a network brand is a caption or a link


def spam_tokens(doc: Document) -> set[str]:
    """Tokens of the learned spam phrases (the echo tails other than the outlet).

    The title's own tokens are not taken out: in scripts cut into character
    bigrams a title shares many bigrams with the spam phrase, and the suffix
    test already demands a long run made almost only of spam tokens.
    """
    spam: set[str] = set()
    for phrase in doc.spam:
        spam.update(tokens(phrase))
    return spam


def spam_suffix(text: str, spam: set[str]) -> int | None:
    """Start offset of the longest token suffix of ``text`` made of spam, if one is long enough."""
    spans = token_spans(text)
    if not spans or len(spam) < 3:
        return None
    need = max(3, int(0.6 * len(spam) + 0.5))
    hits = 0
    best: int | None = None
    for k in range(len(spans) - 1, -1, -1):
        if spans[k][2] in spam:
            hits += 1
        size = len(spans) - k
        if hits >= need and hits >= MIN_SHARE * size and spans[k][2] in spam:
            best = k
        elif size - hits > 3:
            break
    return None if best is None else spans[best][0]


def _cut_point(text: str, start: int) -> int:
    """Extend a cut back to the start of its sentence when only a keyword stands before it."""
    begin = max(s for s in sentence_starts(text) if s <= start)
    if begin > 0 and word_count(text[begin:start]) <= CAPTION_WORDS:
        return begin
    return start


def remove_learned_spam(doc: Document) -> None:
    """Drop caption lines and cut glued tails made of the page's own spam phrase."""
    spam = spam_tokens(doc)
    if len(spam) < 3:
        return
    for i in doc.live():
        text = doc.blocks[i]
        start = spam_suffix(text, spam)
        if start is None:
            continue
        head = text[:start]
        if word_count(head) <= CAPTION_WORDS:
            doc.drop(i, "learned-spam")
        else:
            cut = _cut_point(text, start)
            doc.trim(i, text[:cut], text[cut:], "learned-spam")


def remove_brand_lines(doc: Document, rules: Rules) -> None:
    """Short lines naming a network brand or domain anywhere, and brand sentences ending a paragraph."""
    for i in doc.live():
        text = doc.blocks[i]
        if rules.brand(text) is None:
            continue
        if word_count(text) <= BRAND_LINE_WORDS:
            doc.drop(i, "network-brand")
            continue
        starts = sentence_starts(text)
        cut: int | None = None
        for begin in reversed(starts[1:]):
            tail = text[begin:]
            if word_count(tail) > 25:
                break
            if rules.brand(tail[: len(tail)]) is not None and rules.brand(text[:begin]) is None:
                cut = begin
                break
        if cut is not None:
            doc.trim(i, text[:cut], text[cut:], "network-brand")
