"""Blocks of boilerplate at the edges of a document, removed from the outside in.

The network appends a trailing block (newsletter pitch, "Time Stamp:" label,
keyword run, "More from <outlet>", bottom links) and sites put share prompts
and reading times in front. We walk inwards from each end while blocks carry
boilerplate evidence and stop at the first block without any: article text
is never reached past a line that looks like article text. Evidence is
structural first (labels, keyword runs, links, the outlet's own name,
lines this site repeats on other pages, the page's learned spam); the phrase
priors are trusted only on short lines, and only on pages that show other
signs of being republished or scraped chrome.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model import Document
from .rules import Rules
from .spam import spam_suffix, spam_tokens
from .tokens import ends_sentence, is_unspaced, line_key, sentences, tokens, word_count

URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_ITEM_SPLIT = re.compile(r"(?<!\s)\s*[,\u3001\uff0c|\u00b7\u2022;#]\s*")  # starts at a run's start only
_INNER_SENTENCE = re.compile(r"[.!?\u0964\u3002\uff01\uff1f\u061f\u06d4]\s")

LABEL_WORDS = 4  # "Time Stamp:" and its translations
PHRASE_WORDS = 25  # priors only on lines this short (pages known to be republished)
CHROME_WORDS = 12  # ... and this short on other pages, whose edge sentences are usually article
OUTLET_WORDS = 8  # "More from Decrypt"
WEAK_WORDS = 15  # a link-like line: short, no sentence end
MAX_EDGE = 40  # blocks inspected from each end
# Rules whose hit also covers the link-like lines listed under it, and how many.
COVERING = {"phrase:related": 12, "phrase:read_more": 12, "phrase:more_from": 12, "outlet-link": 12,
            "label": 1, "phrase:time_stamp": 1, "phrase:source_label": 1}
# "Source: ..." ends many real articles (agency data, the outlet's credit); the network's
# own source lines carry a URL or a brand and are caught by those rules instead.
ATTRIBUTION = frozenset({"source_label"})
PITCH_WORDS = 25  # a sentence sandwiched in a trailing block, under a sure hit, goes with it
SURE_ABOVE = ("phrase:newsletter", "network-brand", "site-template", "learned-spam")
# Families whose words are also everyday phrases ("más de", "plus de", "share"): trusted
# only on lines short enough to be a link or a label, not on sentences.
PITCH_FAMILIES = frozenset({"newsletter", "disclaimer", "appeared_first", "get_amplified", "empower_yourself",
                            "vertical_search", "data_intelligence", "republished", "access_here"})
SANDWICH_WORDS = 6  # a short unknown line between two trailing hits
VALUE_WORDS = 6  # a label's value line ("Time Stamp:" / "May 21, 2024")


def is_keyword_run(text: str, rules: Rules, *, republished: bool = True) -> bool:
    """A tag list flattened into a line: many short items, no sentences.

    Without separators a tag run looks like a long unpunctuated sentence (tweets,
    captions), so that form only counts on pages already known to be republished.
    """
    text = " ".join(text.split())  # single spaces keep the split pattern linear
    items = [it for it in _ITEM_SPLIT.split(text) if it.strip()]
    if len(items) >= 6 and all(word_count(it) <= 4 and not ends_sentence(it) for it in items):
        return True
    if _INNER_SENTENCE.search(text) or ends_sentence(text):
        return False
    chunks = text.split()
    if is_unspaced(text):
        return len(chunks) >= 8 and sum(len(c) for c in chunks) / len(chunks) <= 6
    if rules.brand(text) is not None and len(chunks) >= 5:
        return True
    return republished and len(chunks) >= 12 and "," not in text and URL.search(text) is None


def is_label(text: str) -> bool:
    """A bare label whose value was lost: "Time Stamp:"."""
    stripped = text.strip()
    return stripped.endswith((":", "\uff1a")) and word_count(stripped) <= LABEL_WORDS


def is_link_line(text: str) -> bool:
    """A URL alone, or a short label followed by a URL ("Source: https://...")."""
    match = URL.search(text)
    if match is None:
        return False
    rest = (text[: match.start()] + text[match.end() :]).strip()
    return word_count(rest) <= 3


def _outlet_forms(doc: Document, rules: Rules) -> list[set[str]]:
    """Token sets of the outlet's names on this page: the source, short tails, and the
    words in front of the brand in spam tails ("Münditelegraaf PlatoBlockchaini ...")."""
    forms = []
    for name in [doc.source, *doc.spam]:
        if not name:
            continue
        toks = set(tokens(name))
        if toks and len(toks) <= 4:
            forms.append(toks)
            continue
        hit = rules.brand(name)
        cut = name.casefold().find(hit) if hit else -1
        head = set(tokens(name[:cut])) if cut > 0 else set()
        if head and len(head) <= 3:
            forms.append(head)
    return forms


def mentions_outlet(text: str, forms: list[set[str]]) -> bool:
    toks = set(tokens(text))
    return any(form <= toks for form in forms)


def is_title_reference(text: str, title: str | None) -> bool:
    """A line built around the article's own title ("The post <title> appeared first on X.")."""
    if not title:
        return False
    title_toks = tokens(title)
    if len(title_toks) < 3:
        return False
    toks = tokens(text)
    common = set(title_toks) & set(toks)
    extra = max(12, int(0.8 * len(title_toks)))
    return len(common) >= 0.8 * len(set(title_toks)) and len(toks) <= len(title_toks) + extra


Classifier = Callable[[str], "str | None"]


def label_family(text: str, rules: Rules) -> str | None:
    """The phrase family of a block's leading label ("Disclaimer: ...", "Related Reading: ...")."""
    head, sep, _ = text.partition(":")
    if not sep:
        head, sep, _ = text.partition("\uff1a")
    if not sep or not head.strip() or word_count(head) > LABEL_WORDS:
        return None
    return rules.family(head)


def classifier(doc: Document, rules: Rules, templates: set[str], *, trust_phrases: bool) -> Classifier:
    """Build the per-document test: block text -> rule name, or None for article text."""
    spam = spam_tokens(doc)
    forms = _outlet_forms(doc, rules)

    def classify(text: str) -> str | None:
        words = word_count(text)
        if is_link_line(text):
            return "source-link"
        if is_keyword_run(text, rules, republished=bool(doc.evidence)):
            return "keyword-run"
        if rules.brand(text) is not None and words <= 60:
            return "network-brand"
        if spam and spam_suffix(text, spam) is not None and words <= 30:
            return "learned-spam"
        if templates and line_key(text) in templates:
            return "site-template"
        if doc.evidence and is_inline_link(text) and label_family(text, rules) not in ATTRIBUTION:
            return "inline-link"
        if (forms or trust_phrases) and len(sentences(text)) == 1 and is_title_reference(text, doc.title):
            return "title-reference"
        short_named = words <= OUTLET_WORDS and forms and mentions_outlet(text, forms)
        if doc.evidence and short_named and not ends_sentence(text):
            return "outlet-link"
        if trust_phrases:
            if is_label(text):
                return "label"
            limit = PHRASE_WORDS if doc.evidence else CHROME_WORDS
            family = rules.family(text, ATTRIBUTION) if words <= limit else None
            if family is not None and family not in PITCH_FAMILIES and words > CHROME_WORDS:
                family = None
            family = family if family is not None else label_family(text, rules)
            if family is not None and family not in ATTRIBUTION:
                return f"phrase:{family}"
        return None

    return classify


def _is_weak(text: str) -> bool:
    return word_count(text) <= WEAK_WORDS and not ends_sentence(text)


def _covers(rule: str, pending: list[int], doc: Document, inside: bool) -> str | None:
    """Whether a hit may take the link-like lines found below it, and under which rule.

    Link lists go with the heading that introduces them; a label takes its one
    value line; inside a trailing block (a hit already removed below), one or
    two very short lines between hits go with the block.
    """
    room = COVERING.get(rule, 0)
    if len(pending) <= room and (room > 1 or word_count(doc.blocks[pending[0]]) <= VALUE_WORDS):
        return "label-value" if room == 1 else "related-links"
    if inside and len(pending) <= 2 and all(word_count(doc.blocks[j]) <= SANDWICH_WORDS for j in pending):
        return "trailing-block"
    one_pitch = len(pending) == 1 and word_count(doc.blocks[pending[0]]) <= PITCH_WORDS
    if inside and one_pitch and rule.startswith(SURE_ABOVE):
        return "trailing-block"  # one pitch sentence between a newsletter heading and the label below
    return None


def strip_trailing(doc: Document, classify: Classifier, rules: Rules) -> None:
    """Remove the trailing boilerplate block, walking up from the last block."""
    pending: list[int] = []
    inside = False
    for i in reversed(doc.live()[-MAX_EDGE:]):
        rule = classify(doc.blocks[i])
        if rule is None:
            text = doc.blocks[i]
            pitch = inside and not pending and word_count(text) <= PITCH_WORDS
            if pitch and label_family(text, rules) in ATTRIBUTION:
                pitch = False  # "Source: ..." above a trailing block is the article's own credit
            if (_is_weak(text) and len(pending) < 12) or pitch:
                pending.append(i)
                continue
            break
        if pending:
            covering = _covers(rule, pending, doc, inside)
            if covering is None:
                break
            for j in pending:
                doc.drop(j, covering)
            pending = []
        doc.drop(i, rule)
        inside = True


def strip_leading(doc: Document, classify: Classifier) -> None:
    """Remove reading-time, share and label lines before the first article block.

    Only short lines: the first paragraph of an article (its lede) may well name
    a newsletter or restate the title, and is never boilerplate.
    """
    for i in doc.live()[:MAX_EDGE]:
        rule = classify(doc.blocks[i])
        if rule is None or rule in COVERING or rule == "title-reference" or word_count(doc.blocks[i]) > CHROME_WORDS:
            break
        doc.drop(i, rule)


def is_inline_link(text: str) -> bool:
    """The shape of "Related: <headline>": a one-to-three-word label, then a headline, no sentence end."""
    head, sep, tail = text.partition(":")
    if not sep or ends_sentence(text) or URL.search(text):
        return False
    return 1 <= word_count(head) <= 3 and 3 <= word_count(tail) <= 14 and not tail.startswith((" //", "//"))


def strip_inline_links(doc: Document, rules: Rules) -> None:
    """"Related Reading: <headline>" lines between paragraphs.

    A known related/read-more label is enough; on pages already known to be
    republished, the shape alone (short label, colon, headline) is too, unless
    the line introduces a list or is the article's first or last block.
    """
    live = doc.live()
    for pos, i in enumerate(live):
        text = doc.blocks[i]
        if word_count(text) > PHRASE_WORDS or ends_sentence(text):
            continue
        family = label_family(text, rules)
        if family in ("related", "read_more"):
            doc.drop(i, f"phrase:{family}")
        elif doc.evidence and 0 < pos < len(live) - 1 and is_inline_link(text) and family is None:
            doc.drop(i, "inline-link")
