"""Lines after the article in another language than the article.

The network machine-translates a whole page, but the outlet's footer often sits in markup the
translation skips: an English newsletter block under a Bengali article, a Catalan disclaimer
under an English one. No phrase list knows every footer; the language model knows that the
line is not written in the article's language. Only the end of a republished page is judged,
walking up from its last line, and the walk stops at the first line in the article's language,
so a quotation or a name inside the article is never reached.
"""

from __future__ import annotations

import re

from .. import langs, removals
from ..model import Document
from ..settings import DEFAULT, EdgeSettings
from ..text import QUOTES


def strip_foreign_tail(doc: Document, s: EdgeSettings = DEFAULT.edges) -> None:
    """Drop the run of lines in another language that ends a republished page."""
    live = doc.live()
    if not doc.evidence or len(live) <= s.foreign_body:
        return
    head = live[: max(s.foreign_body, len(live) // 2)]
    lang, sure = langs.detect_sure(_start(doc, live), doc.lang)  # the body's start, as its record's
    if lang is None or sure < s.foreign_body_share:
        return  # a language the model does not know (Dhivehi), or a body it is unsure of
    run: list[int] = []
    pending: list[int] = []  # short lines (a label, a name) below a foreign line go with it
    for i in reversed(live[len(head):][-s.max_edge :]):
        text = doc.blocks[i]
        if _common_words(text) < s.foreign_words:
            pending.append(i)
            continue
        if QUOTES.search(text) or cites_work(text) or langs.probability(text, lang) >= s.foreign_share:
            break  # (a work the article cites keeps its title's language: "Fraga, H. et al. (2021), Climate ...")
        run.extend(pending)
        run.append(i)
        pending = []
    for i in run:
        doc.drop(i, removals.FOREIGN_TAIL)


def cites_work(text: str) -> bool:
    """A line citing a work by its year in brackets ("Fraga, H. et al. (2021), Climate change ..."):
    a reference list's entry, the article's, in whatever language the work's title is."""
    return _CITATION.search(text) is not None


_CITATION = re.compile(r"\((?:1[89]|20)\d\d[a-z]?\)")


def _common_words(text: str) -> int:
    """Words that do not open with a capital: a line of names ("Reporting by Jane Doe") reads
    as any language, and the model's verdict on it means nothing."""
    return sum(1 for word in text.split() if not word[:1].isupper())


def _start(doc: Document, live: list[int]) -> str:
    """The first characters of the body as :meth:`Document.body` joins it (what the language of
    the record is read from), without joining a long body whole."""
    parts: list[str] = []
    size = 0
    for i in live:
        parts.append(doc.blocks[i])
        size += len(doc.blocks[i]) + 2
        if size > langs.SAMPLE_CHARS:
            break
    return "\n\n".join(parts)
