"""Links to the run's other stories, set inside an article.

A site sets links to its other stories between an article's paragraphs ("Also read: <headline>",
"ये भी पढ़ें: ...", the headline alone on the line under its label). No phrase says so in every
language, but the run says it in all of them: the line gives, word for word, the headline of
another page of the same site in the run. Its own headline (a copy's, a recrawl's) is no link.
"""

from __future__ import annotations

from .. import removals
from ..model import Document
from ..text import line_key, split_label, word_count
from .templates import headline_group, headline_keys, title_hash

TEASER_WORDS = 40  # a label and a headline: a paragraph this long is the story's own


def drop_other_headlines(doc: Document, headlines: dict[str, frozenset[int]]) -> None:
    """Drop each live line that gives another story's headline, with its label or alone
    (``other-headline``)."""
    group = headline_group(doc) if headlines else None
    known = headlines.get(group, frozenset()) if group else frozenset()
    if not known:
        return
    own: list[set[int]] = []  # the page's own headline, on first need
    for i in doc.live():
        text = doc.blocks[i]
        if i == doc.title_block or word_count(text) > TEASER_WORDS:
            continue
        label, colon, value = split_label(text)
        linked = bool(colon) and word_count(label) <= LABEL_WORDS
        stopped = text.rstrip()[-1:] in _STOPS  # (a paragraph ends on its stop; a headline, and a link to
        # one, on none, unless the headline itself ends so: then only under a link's label)
        for part in ((value,) if stopped else (text, value)) if linked else (() if stopped else (text,)):
            key = line_key(part)
            if not key or (found := title_hash(key)) not in known:
                continue
            if not own:
                own.append({title_hash(k) for k in headline_keys(doc)})
            if found not in own[0]:
                doc.drop(i, removals.OTHER_HEADLINE)
                break


LABEL_WORDS = 8  # "Also read", "இதையும் படிக்க", "Make you read dis one too", "Lenn ivez / À lire aussi"
# (the value is, word for word, another story's headline in the run: a label of a few words more is a link's)
_STOPS = ".\u3002\u0964\u06d4"  # a sentence's full stop, in Latin, CJK, Indic and Urdu writing
