"""Outlet notes known by their concepts: the edge steps ask here whether a line is a pitch,
disclaimer, reading time, "first appeared" line, editor's note, comment prompt or author bio
that ``concepts.json`` recognises, and whether the page is about what the line speaks of.

The words live in ``strip/rules/concepts.json`` and are matched by ``strip/concepts.py``; this
module holds the guards that decide where such a hit is trusted (see ``by_concepts``): at the
page's edges; inside the article's text only a pitch that names its newsletter or speaks to the
reader (``inside_recipe``); a staff bio by the writer's name as well as its words (``staff_bio``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import removals
from ..model import Document
from ..settings import DEFAULT, EdgeSettings
from ..text import (
    BYLINE_WORDS,
    COMMAS,
    NAME_TOKEN,
    QUOTES,
    closing_brackets,
    dash_quoted,
    ends_sentence,
    is_unspaced,
    name_alone,
    name_byline,
    priced,
    sentences,
    split_label,
    word_count,
)
from .concepts import written_in
from .rules import Rules


def by_concepts(text: str, head: list[str], counts: Callable[[], dict[str, int]], rules: Rules,
                 s: EdgeSettings = DEFAULT.edges, *, inside: bool = False) -> str | None:
    """The ``concepts:<family>`` rule of a line that speaks of what a pitch or disclaimer speaks
    of. Not a quotation, nor a line on a page about what it speaks of: the family's subject (a
    newsletter, a mailbox; advice) stands in two other blocks of the head of the page (``head``,
    the title first, whose ``counts`` say in how many blocks each concept stands), or the title
    itself makes a line of the family."""
    if reported_speech(text):
        return None
    found = inside_recipe(text, rules, s) if inside else rules.concepts.family(text)
    if found is None:
        return None
    family, concepts = found
    if family in rules.role("heads_pitch") and not _bidding(text, rules, s):
        return None  # (a writer's own account of the newsletters they signed up to, at the page's end too)
    if family not in rules.role("sentences") and word_count(text) > s.value_words:
        return None  # a reading time or a label is a few words, never a sentence about minutes spent reading
    if word_count(text) > rules.concepts.max_words.get(family, s.concept_words):
        return None  # a comment prompt or a bio is short: a paragraph that ends inviting comments is the article's
    if about(text, rules.concepts.subjects.get(family, set()), head, counts, rules, s):
        return None  # an article about newsletters ("Most of the newsletters are free to read.")
    if head and head[0] and (titled := rules.concepts.family(head[0])) is not None and titled[0] == family:
        return None  # the title speaks of it: "Kommuner dropper papirbreve: nyhedsbreve i indbakken ..."
    if family == "author_bio" and (_in_story(_leading_name(text), text, head, s) or _credits_writer(text)):
        return None  # a correspondent the story names is someone in the story; a byline names the writer
    return removals.concept(family)


def _credits_writer(text: str) -> bool:
    """A byline, not a bio: the writer's name brought by a word, with a role or a place
    (:func:`name_byline`), or the desk, then the writer's name after a comma, and no sentence ("Avec
    notre correspondant à Tillabéri, Moussa Hamani"); a bio says who the writer is ("..., our
    correspondent in Tillabéri.")."""
    if name_byline(text):
        return True  # "Von Jana Weller, Politische Korrespondentin"
    desk, comma, name = text.strip().rpartition(",")
    return bool(comma) and not ends_sentence(text) and word_count(desk) <= BYLINE_WORDS and name_alone(name)


def inside_recipe(text: str, rules: Rules, s: EdgeSettings = DEFAULT.edges) -> tuple[str, frozenset[str]] | None:
    """The family and concepts of a pitch or note trusted inside the article's text (between its
    paragraphs, or above its lede): a pitch that names its newsletter or the mailbox, or a pitch
    or disclaimer that speaks to the reader or as the outlet ("join the readers who get our
    picks", "when you buy through our links we may earn a commission")."""
    if NUMBERED_STEP.match(text.lstrip()):
        return None  # "1. Download the app and create an account with your e-mail": the article's own steps
    found = rules.concepts.family(text, named=True)
    if found is not None and found[0] in rules.role("heads_pitch") and _bidding(text, rules, s):
        return found
    found = rules.concepts.family(text)
    if found is None or found[0] not in rules.role("addressed_inside"):
        return None
    # the outlet's voice: it speaks to the reader or as "we", or of the text itself ("this content
    # is general information, not advice to buy or sell", in a recipe that makes it a note)
    itself = ITSELF & found[1] and len(sentences(text)) <= s.addressed_sentences and word_count(text) <= s.pitch_words
    # (or it states its price: "Este contido é só para subscritores. ... subscríbete por 3,50 euros ao mes")
    offer = found[0] in PRICED_OFFERS and priced(text) and word_count(text) <= s.pitch_words
    if not (itself or offer or addressed(text, rules, s) or _calls(text, found[0], rules, s)) \
            or attributed_clause(text, found[1], rules, s):
        return None
    return found


PRICED_OFFERS = frozenset({"paywall", "support_appeal"})  # what the outlet sells its readers, at a price


def _calls(text: str, family: str, rules: Rules, s: EdgeSettings) -> bool:
    """Whether a pitch of a few sentences opens on the concept calling the reader to what it
    offers, in its language ("Listen: Echo Science Hour - ...", "Luister ook naar De Courant
    Podcast: ..."): the imperative leads, as a report of listeners does not."""
    call = rules.role("calls").get(family)
    if call is None or len(sentences(text)) > s.addressed_sentences or word_count(text) > s.pitch_words:
        return False
    words = text.split()
    # (a script without spaces opens on its first few characters, not on its first "word", the whole sentence)
    opening = text.strip()[:UNSPACED_OPENING] if words and is_unspaced(words[0]) else " ".join(words[:BID_WORDS])
    return any(call in found and written_in(text, lang) for lang, found in rules.concepts.found(opening).items())


UNSPACED_OPENING = 8  # "请收听我们的播客", listen to our podcast


def _bidding(text: str, rules: Rules, s: EdgeSettings) -> bool:
    """Whether a line naming a newsletter may be its pitch: a pitch's length, or longer but speaking
    to the reader or opening on the call to sign up. Longer and in no reader's voice, it is someone's
    account of newsletters (the writer's "I signed up to two of them in the end")."""
    return word_count(text) <= s.pitch_words or speaks_to_reader(text, rules) or _bids(text, rules)


def _bids(text: str, rules: Rules) -> bool:
    """Whether a line opens on a call to sign up ("Đăng ký nhận bản tin ...", "Sign up for ..."):
    the imperative leads; a writer's "I signed up to two of them" does not, nor a sentence whose
    subject is the subscribers ("Abonnentene vil fortsatt kunne ...")."""
    opening = " ".join(text.split()[:BID_WORDS])
    return any("signup" in found and "audience" not in found and written_in(text, lang)
               for lang, found in rules.concepts.found(opening).items())


BID_WORDS = 3


def staff_bio(text: str, doc: Document, rules: Rules, s: EdgeSettings = DEFAULT.edges) -> bool:
    """A staff bio at the article's end: it opens with a person's name the article names nowhere
    else but in a byline (the writer, not someone in the story) and speaks of a reporter's work in one of the words
    of the bio concepts ("Deniz Aksoy, gazetenin ekonomi muhabiridir; ...", "Harriet Lowe is a staff
    reporter covering space ..."), in two sentences at most, quoting no one. A closing line that
    brings in someone new ("Maria Lopez, an analyst at ..., expects ...") speaks of no such work."""
    if len(sentences(text)) > s.addressed_sentences or QUOTES.search(text) or _credits_writer(text):
        return False  # (a byline names the writer with a role: "Von Jana Weller, Politische Korrespondentin")
    name = _leading_name(text)
    if not name:
        return False
    if _in_story(name, text, [doc.title or "", *(doc.blocks[i] for i in doc.live())], s):
        return False
    rest = text[text.find(name) + len(name):]  # "Na Mwandishi Wetu, Arusha": the bio word is the byline's name
    return any(found & _BIO and written_in(text, lang) for lang, found in rules.concepts.found(rest).items())


def page_bio(text: str, doc: Document, names: Callable[[], list[tuple[str, str]]],
             s: EdgeSettings = DEFAULT.edges) -> bool:
    """On a whole page's text, the author's bio at the article's end: a sentence or three that name
    the author whom the byline above the article names ("Pubblicato il ... da Marta Ferrandi" over
    "Ciao, sono Marta! Cucino, viaggio piano e scrivo di Piemonte dal 2014. ...", "Tumaini
    Mwakasege" over "Kuhusu mwandishi: Tumaini ni mwalimu mstaafu ..."), in any language; the
    story's other paragraphs never name them. A wire's credit line ("Reporting by ...; Editing
    by ...") is shorter and stays. ``names`` gives the byline's names (:func:`byline_names`)."""
    if doc.kind != "page" or ";" in text or not BIO_WORDS[0] <= word_count(text) <= BIO_WORDS[1] \
            or len(sentences(text)) > BIO_SENTENCES or QUOTES.search(text):
        return False
    parts = [part for name in names() for part in name]
    if not parts:
        return False
    said = bracketed[0] if (bracketed := closing_brackets(text)) else text  # (a picture's credit in brackets
    # at its end names its photographer:
    # "... terlihat dari Turi, Selasa sore. (Kabar Kaliurang/Galih Pramudito)", a caption, no bio)
    words = {w.casefold() for w in NAME_TOKEN.findall(said) if not w[:1].islower()}  # (a name is capitalised:
    named = [part for part in parts if part.casefold() in words]  # "статьи" in a sentence is a common noun)
    if not named:
        return False
    live = [doc.blocks[i] for i in doc.live()]
    texts = live[: live.index(text)] if text in live else live  # (the story above it: readers' comments
    if not any(word_count(t) > s.byline_words for t in texts):  # under it answer the author by name)
        return False  # (the lede: a bio stands under the story, and the dateline's place is no name of its writer)
    return any(not _in_story(part, text, texts, s) for part in named)


def byline_names(doc: Document) -> list[tuple[str, str]]:
    """The names (two capitalised words in a row, not a line's first word) of the page's chrome
    right above its article: its byline ("12 Kasım 2025 · Defne Uysal · 6 yorum"). A date's words
    are no name (a weekday or a month beside its day or year: "Freitag, 23. Oktober 2026", "23 Oṣù
    Ọ̀wàrà, 2026"), nor are a ticker's capitals ("AO VIVO | Barbalha FC 1 x 0 ..."); a name stands
    within one part of a row."""
    live = doc.live()
    if not live:
        return []
    writers = {}  # (the byline kept: "di Giuseppe Cocca", "di redazione", short lines above the first sentence)
    decked = False
    for i in live[:BYLINE_LINES + 1]:
        if ends_sentence(doc.blocks[i]):
            break
        if word_count(doc.blocks[i]) > BYLINE_WORDS:
            if decked or writers:
                break
            decked = True  # (past the standfirst set without a stop over it: "By Kirsten Doyle" under the deck)
            continue
        writers[i] = doc.blocks[i]
    body = next((i for i in live if i not in writers), len(doc.blocks))
    rows = {r.block: r.text for r in doc.removed if r.rule == removals.PAGE_CHROME and 0 <= r.block < body}
    head = [text for _, text in sorted({**rows, **writers}.items())]
    names = []
    for line in head[-BYLINE_LINES:]:
        first = True
        for part in _ROW_PARTS.split(line):  # (a row's parts: "... przez Zofia Kowalczyk · 4 komentarze")
            _, colon, value = split_label(part)
            if colon and value.strip()[:1].isdigit():
                continue  # (a timetable's or a widget's entry, its label over figures: "Vols Raiatea – Papeete :
                # 6 h 50" names the route's places, no writer)
            found = list(_WORD_OR_NUMBER.finditer(part))
            seq = [m.group() for m in found]
            words = [(w, any(0 <= j < len(seq) and seq[j][0].isdigit() for j in (k - 1, k + 1)), k)
                     for k, w in enumerate(seq) if not w[0].isdigit()]
            if first and words:
                words, first = words[1:], False  # (the line's first word: "Por", "Von", a label)
            names += [(a, b) for (a, dated_a, k), (b, dated_b, n) in zip(words, words[1:], strict=False)
                      if not dated_a and not dated_b and _name_part(a) and _name_part(b)
                      and n == k + 1 and not part[found[k].end() : found[n].start()].strip()]
            # (a name's words stand side by side: "Pargas–Nagu", a ferry's route, names no one)
    return names


def _name_part(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and not word.isupper()


_WORD_OR_NUMBER = re.compile(rf"\d+|{NAME_TOKEN.pattern}")
_ROW_PARTS = re.compile("[\u00b7\u2022|;/>\u203a\u00bb]")  # (a breadcrumb's parts: "Главная / Физика / Статьи")


BIO_WORDS = (10, 60)
BIO_SENTENCES = 3
BYLINE_LINES = 3  # the chrome lines right above the article: a byline, a date, a count of comments


def _in_story(name: str, text: str, texts: list[str], s: EdgeSettings) -> bool:
    """Whether a block of ``texts`` besides ``text`` names ``name``, bylines aside ("By Helen Marsh")."""
    key = name.casefold()  # (its words the block's, not pieces of one: "@ladispensadimarta" names no Marta)
    return bool(key) and any(key in t.casefold() and set(key.split()) <= {w.casefold() for w in NAME_TOKEN.findall(t)}
                             for t in texts if t != text and word_count(t) > s.byline_words)


_BIO = frozenset({"author", "covers"})  # "previously" alone is any news sentence's "earlier"


def _leading_name(text: str) -> str:
    """The two or three capitalised words a line opens with ("Deniz Aksoy", "Harriet Lowe"),
    or "" (an acronym, one word, a lower-case start or a script without case)."""
    words = []
    for raw in text.split()[:3]:
        word = raw.rstrip(",;:")
        if not NAME_TOKEN.fullmatch(word) or not word[0].isupper() or word.isupper() or len(word) < 2:
            break
        words.append(word)
        if raw != word:
            break  # "Aksoy," ends the name
    return " ".join(words) if len(words) >= 2 else ""


def addressed(text: str, rules: Rules, s: EdgeSettings = DEFAULT.edges) -> bool:
    """A short line of two sentences at most that speaks to the reader or as the outlet ("your
    inbox", "our editors' picks"): a pitch does; a paragraph of news reports in the third person,
    and one that tells "you" what a service now lets you do runs longer than a pitch."""
    return len(sentences(text)) <= s.addressed_sentences and word_count(text) <= s.pitch_words \
        and speaks_to_reader(text, rules)


def speaks_to_reader(text: str, rules: Rules) -> bool:
    """Whether ``text`` holds a second-person or first-person-plural word of a language it may be
    written in (French "du nouveau" holds no German "du")."""
    return any(found & ADDRESS and written_in(text, lang) for lang, found in rules.concepts.found(text).items())


ADDRESS = frozenset({"you", "we"})
ITSELF = frozenset({"self"})  # "this article", "this content": a text that speaks of itself
# a numbered item, matched on the stripped line: "1. ", "2) ", and as CJK writes it, "１．", "２）", "３、"
NUMBERED_STEP = re.compile(r"\d{1,2}(?:[.)]\s|[\uff0e\uff09\u3001])")
_CLAUSE = re.compile(f"(?<!\\d)[{COMMAS}]|[{COMMAS}](?!\\d)")  # a comma, in any script (not a figure's: "3,50")


def attributed_clause(text: str, concepts: frozenset[str], rules: Rules, s: EdgeSettings) -> bool:
    """A sentence closed by a short clause that speaks of none of the pitch's concepts: someone's
    words reported without quotation marks ("We will let customers sign up for free every week,
    the chief executive said."); a pitch's last clause is pitch too ("..., it's free.")."""
    last = sentences(text)[-1]
    clauses = _CLAUSE.split(last)
    if len(clauses) < 2 or not 2 <= word_count(clauses[-1]) <= s.attribution_words:
        return False
    return not any(found & concepts for found in rules.concepts.found(clauses[-1]).values())


def about(text: str, subject: set[str], head: list[str], counts: Callable[[], dict[str, int]], rules: Rules,
           s: EdgeSettings) -> bool:
    """Whether the head of the page speaks of one of the ``subject`` concepts in two blocks
    besides ``text``: the article is about it."""
    if not subject:
        return False
    mine = set().union(*rules.concepts.found(text).values()) if text in head else set()
    return any(counts().get(c, 0) - (c in mine) >= s.topic_mentions for c in subject)


_OPEN, _CLOSE = "\"\u201c\u201e\u00ab\u300c", "\"\u201d\u00bb\u300d"
_QUOTED = re.compile(f"[{_OPEN}]([^{_OPEN}{_CLOSE}\u201c]*)[{_CLOSE}\u201c]")


def reported_speech(text: str) -> bool:
    """A quotation of four words or more, or an unclosed quote: someone's words, no pitch (a pitch
    may quote its newsletter's name, „Markets Daily“, or its series', „Sommer in der Stadt“: a
    name run into the sentence and closing it, with no stop or comma of its own). Words set off by
    a dash, as Scandinavian, Finnish and Slavic presses write speech, are someone's too."""
    if dash_quoted(text):
        return True
    if not QUOTES.search(text):
        return False
    spans = list(_QUOTED.finditer(text))
    return not spans or any(word_count(m.group(1)) >= 4 and not _quoted_name(text, m) for m in spans)


def _quoted_name(text: str, m: re.Match[str]) -> bool:
    """A quoted span that names something: a few words with no stop or comma of their own, set
    right after a word of the sentence (no colon or comma introduces them) and closing it."""
    inner, before, after = m.group(1), text[: m.start()].rstrip(), text[m.end():].strip()
    return word_count(inner) <= NAME_QUOTE_WORDS and not _INNER_PUNCT.search(inner) \
        and before[-1:].isalpha() and after in ("", ".", "\u3002", "!")


NAME_QUOTE_WORDS = 6
_INNER_PUNCT = re.compile("[.,;:!?\u060c\u3001\u3002\uff0c]")


def page_head(doc: Document, s: EdgeSettings) -> list[str]:
    """The title and the first half of the body (at least ``head_blocks``): where an article
    states its subject."""
    live = doc.live()
    return [doc.title or "", *(doc.blocks[i] for i in live[: max(len(live) // 2, s.head_blocks)])]
