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

import itertools
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from .. import removals
from ..model import SITE_TAIL_EVIDENCE, Document
from ..settings import DEFAULT, EdgeSettings
from ..text import (
    CALENDAR_YEAR,
    CLOCK_TIME,
    COLON_CLOCK,
    COLONS,
    COMMAS,
    CONTACT,
    COPYRIGHT,
    INNER_SENTENCE,
    MAX_PICTURES,
    NAME_WORD,
    QUESTION_MARKS,
    QUOTES,
    ROW_MARK,
    SEMICOLONS,
    SENTENCE_END,
    SPACED_ROW_MARK,
    TIME_ALONE,
    TIMED_ENTRY,
    URL,
    URL_LINE,
    WORDISH,
    captioned,
    caseless,
    dominant_script,
    ends_sentence,
    fold,
    gives_contact,
    has_label_colon,
    has_script,
    host_of,
    is_unspaced,
    label_colon,
    latin_letters,
    line_key,
    list_items,
    long_stems,
    name_byline,
    priced,
    quote_row,
    quotes_someone,
    sentences,
    split_label,
    stamped_row,
    standing_key,
    text_and_pictures,
    tokens,
    western_digits,
    word_count,
)
from ..titles import outlet
from ..titles.echo import split_tail
from .concepts import written_in
from .foreign import cites_work, strip_foreign_tail
from .grids import strip_figure_grids
from .notes import (
    ITSELF,
    NUMBERED_STEP,
    about,
    attributed_clause,
    by_concepts,
    byline_names,
    inside_recipe,
    page_bio,
    page_head,
    reported_speech,
    speaks_to_reader,
    staff_bio,
)
from .rules import STEM_SPELLINGS, Rules, load_rules, skeleton
from .spam import spam_suffix, spam_tokens, stem_word, strip_stem_credits, translated_name
from .templates import CRUMB, NETWORK, WEAK, crumb_head, crumbs

# Structural rules whose hit also covers the link-like lines listed under it (phrase families
# say the same in phrases.json, role "covers_links"): a "more from" line over its list, a label
# over its one value line.
COVERING_RULES = {removals.OUTLET_LINK: "link_list", removals.LABEL: 1}
# Hits sure enough that one pitch sentence between them and the block below goes with them.
SURE_ABOVE = (removals.NETWORK_BRAND, removals.SITE_TEMPLATE, removals.LEARNED_SPAM)
SURE_ROLES = ("sentences",)


def is_keyword_run(text: str, rules: Rules, *, republished: bool = True, s: EdgeSettings = DEFAULT.edges) -> bool:
    """A tag list flattened into a line: many short items, no sentences.

    Without separators a tag run looks like a long unpunctuated sentence (tweets,
    captions), so that form only counts on pages already known to be republished.
    """
    text = " ".join(text.split())  # single spaces keep the split pattern linear
    items = list_items(text)
    if len(items) >= s.keyword_items and sum(1 for it in items if _DIGIT.search(it)) * 2 >= len(items):
        return False  # a table's row: "3–4 kg | 72,60 kr | 69,80 kr | +4,0 %"
    if len(items) >= s.keyword_items and all(
        word_count(it) <= s.keyword_item_words and not ends_sentence(it) for it in items
    ):
        return True
    if INNER_SENTENCE.search(text) or ends_sentence(text):
        return False
    chunks = text.split()
    if is_unspaced(text):
        return len(chunks) >= 8 and sum(len(c) for c in chunks) / len(chunks) <= 6
    if rules.brand(text) is not None and len(chunks) >= 5:
        return True
    # (a semicolon joins clauses: "Reporting by ... in Washington; Editing by ...", a wire credit;
    # a heading over a clause is a headline: "Sélection de variables : ce que l'importance SHAP ne ...")
    return republished and len(chunks) >= s.keyword_chunks and "," not in text and ";" not in text \
        and URL.search(text) is None and not _headed_clause(text)


def _short_tag_run(text: str) -> bool:
    """On a republished page, a shorter tag run: four items or more parted by one mark ("ارتفاع ضغط
    الدم | الصحة العامة | ... | Mossbank Clinical", "#리듬게임 | #국악 | ...", "חיפה / חיי לילה / ..."),
    none a sentence or a figure: the network sets the copy's tags under it, the outlet's name among them."""
    parts = crumbs(text) or _tag_items(text)
    return parts is not None and len(parts) >= SHORT_TAG_ITEMS and not any(_DIGIT.search(p) for p in parts)


def _tag_items(text: str) -> list[str] | None:
    """The items of a line of tags parted by commas ("NFT, poezja, Lublin, biblioteka, aukcja",
    "稳定币、香港、金管局", "暗号資産・取引所・金融庁"): each a few words and no sentence, the line
    closed by no mark (a verse's list of words ends on its comma or stop)."""
    line = text.strip()
    if not line or line[-1] in _TAG_CLOSERS or ends_sentence(line):
        return None
    parts = [p.strip() for p in _TAG_SEPARATOR.split(line)]
    if not all(parts) or any(word_count(p) > TAG_ITEM_WORDS or ends_sentence(p) for p in parts):
        return None
    return parts


SHORT_TAG_ITEMS = 4
TAG_ITEM_WORDS = 3
_TAG_SEPARATOR = re.compile(f"[{COMMAS}\u30fb]")  # a comma in any script, and Japanese's middle dot
_TAG_CLOSERS = frozenset(f"{COMMAS}{SEMICOLONS}:\u30fb")


def _headed_clause(text: str) -> bool:
    """A few words, one colon, then a clause of a headline's length, no figure: one headline's
    shape, no tag run's (headlines run together have more colons, or run longer)."""
    head, colon, value = split_label(text)
    return bool(colon) and word_count(head) <= HEADING_WORDS and CLAUSE_WORDS <= word_count(value) <= HEADLINE_CLAUSE \
        and not any(ch in COLONS for ch in value) and not _DIGIT.search(text)


HEADING_WORDS = 6
CLAUSE_WORDS = 4
HEADLINE_CLAUSE = 10


def is_labelled_list(text: str, s: EdgeSettings = DEFAULT.edges) -> bool:
    """A label over a list of terms: "Topics: Catalysis, Recycling, Hydrogen", "Filed Under: Energy
    Storage, Transmission & Distribution", "Sledujte témy: Košice · Električky · Samospráva", "Bu
    haberi paylaşın: Facebook | X | WhatsApp". Three or more short items, none a sentence or a figure
    (a recipe's amounts, a match's results); the label is a word, not an interview turn ("A: Bob
    Marley, Bruno Mars, Drake")."""
    head, colon, value = split_label(text.strip())
    if not colon or len(head.strip()) < 3 or word_count(head) > s.label_words:
        return False
    items = [it for it in _LIST_SEPARATORS.split(value) if it.strip()]
    return len(items) >= s.labelled_items and all(
        word_count(it) <= s.keyword_item_words and not ends_sentence(it) and not _DIGIT.search(it) for it in items)


_LIST_SEPARATORS = re.compile(f"[{COMMAS}{SEMICOLONS}|\u00b7\u2022]")  # (word_count ignores the spaces around)


def is_label(text: str, s: EdgeSettings = DEFAULT.edges) -> bool:
    """A bare label whose value was lost: "Time Stamp:"."""
    stripped = text.strip()
    return stripped[-1:] in COLONS and word_count(stripped) <= s.label_words


def is_link_line(text: str) -> bool:
    """A URL alone, or a short label followed by a URL ("Source: https://...")."""
    match = URL.search(text)
    if match is None:
        return False
    rest = (text[: match.start()] + text[match.end() :]).strip()
    return word_count(rest) <= 3 or rest[-1:] in COLONS and word_count(rest) <= LINK_LABEL_WORDS


LINK_LABEL_WORDS = 5  # a label over the address alone: "URL of this page:", "इस पृष्ठ का URL:"


def _points_to_original(text: str) -> bool:
    """A line that ends on a web address after a colon: it sends the reader to another page (the
    original post, the source), it tells nothing of the story."""
    found = list(URL.finditer(text))
    if not found or text[found[-1].end():].strip(" .)]\u3002"):
        return False
    return text[: found[-1].start()].rstrip().endswith((":", "\uff1a"))


def is_title_reference(text: str, title: str | None) -> bool:
    """A line built around the article's own title ("The post <title> appeared first on X.")."""
    if not title:
        return False
    size, title_set = _title_tokens(title)
    if size < 3:
        return False
    toks = tokens(text)
    common = title_set.intersection(toks)
    extra = max(12, int(0.8 * size))
    return len(common) >= 0.8 * len(title_set) and len(toks) <= size + extra


@lru_cache(maxsize=256)  # one title, compared with each edge line of its page
def _title_tokens(title: str) -> tuple[int, frozenset[str]]:
    toks = tokens(title)
    return len(toks), frozenset(toks)


Classifier = Callable[[str], "str | None"]


def label_family(text: str, rules: Rules, s: EdgeSettings = DEFAULT.edges) -> str | None:
    """The phrase family of a block's leading label ("Disclaimer: ...", "Related Reading: ...")."""
    head, sep, _ = split_label(text)
    if not sep or not head.strip():
        return None
    if word_count(head) > s.label_words:
        # a label set in two languages ("Lenn ivez / À lire aussi :", "Leghe puru / Leggi anche:"):
        # the family of the one a prior knows, each half a label's length
        parts = head.split(" / ")
        if len(parts) != 2 or any(not 1 <= word_count(part) <= s.label_words for part in parts):
            return None
        return next(filter(None, (_family(part, rules) for part in parts)), None)
    return _family(head, rules)


def _family(head: str, rules: Rules) -> str | None:
    # priors write some labels with their colon ("source:", "fonte:")
    return rules.family(head) or rules.family(head.rstrip() + ":")


def _ending(text: str, s: EdgeSettings) -> str | None:
    if word_count(text) > s.ending_line_words or _LIST_MARK.match(text.lstrip()):
        return None  # items the article marks as a list ("- 00:45 lejn l-Imġarr") are its own
    words = line_key(text).split()
    if len(words) <= s.ending_words:
        return None
    tail = words[-s.ending_words :]
    if any(ch.isdigit() for w in tail for ch in w) or not _set_apart_ending(text, s):
        return None
    return " ".join(tail)


def _set_apart_ending(text: str, s: EdgeSettings) -> bool:
    """A line's ending stands apart from its prose: a short last sentence ("... Access Here.") or
    the tail after a separator ("Bitcoin hits a record - Decrypt"), not the last words of a
    sentence ("... met een briefje in de bus van het dorpshuis;" over "... gevierd in het dorpshuis.")."""
    parts = sentences(text)
    if len(parts) >= 2 and word_count(parts[-1]) <= s.terse_sentence_words:
        return True
    return split_tail(text) is not None


_LIST_MARK = re.compile(r"(?:[-*\u2022\u2013\u25cf\u25aa\u00b7]|\d{1,3}[.)])\s")  # on the stripped line


def shared_endings(doc: Document, s: EdgeSettings = DEFAULT.edges) -> set[str]:
    """Endings that several short trailing lines share: the "... Access Here." list of a
    republished page, in whatever language it was translated into."""
    live = doc.live()
    if not live:
        return set()
    counts: dict[str, int] = {}
    terse: dict[str, bool] = {}
    # below the body's first block, lines an earlier step took count too (not the title's echoes)
    for text in doc.blocks[max(live[0], len(doc.blocks) - s.max_edge) :]:
        ending = _ending(text, s)
        if ending is not None:
            counts[ending] = counts.get(ending, 0) + 1
            terse[ending] = terse.get(ending, True) and _terse(text, s)
    # two lines do when each is a string of three or more very short sentences, as the network's
    # "<Brand>. <what it is>. <a slogan>. Access here." lines are in every translation
    return {e for e, n in counts.items() if n >= s.ending_lines or n >= 2 and terse[e]}


def _opens_with_stem(text: str) -> bool:
    """The line's first word is a compound on the brand's stem in any script, by its consonants
    ("پلاټوډاټا", "بلاتوداتا": Plato and a word run together; the philosopher's name alone has no
    consonant after it in these scripts, "افلاطون" opens with a vowel letter)."""
    first = next((w for w in _FIRST_WORD.split(text) if w), "")
    if first.isascii():
        return False  # Latin spellings are the brand's own forms (``Rules.brand_like``)
    key = skeleton(latin_letters(first))
    return _STEM_SKELETON.match(key) is not None and len(key) >= STEM_COMPOUND_CONSONANTS


def _stem_entry(text: str, s: EdgeSettings) -> bool:
    """The entry's name is the brand's stem and a word, spaced apart ("Plato ESG. Carbon, CleanTech.
    Access here.", "플라토 핀테크. 결제, 은행, 규제. 여기서 접속하세요.", "柏拉圖 晶片。製程、設備。立即進入。"): the
    network's sister sites, however the translation parted their names."""
    parts = sentences(text)
    words = [w for w in _FIRST_WORD.split(parts[0]) if w]
    if len(parts) < 3 or not 2 <= len(words) <= s.stem_entry_words \
            or not (outlet.stem_word(words[0]) or outlet.names_the_stem(words[0])):
        return False
    # then a few words or a list of topics, and a bid to enter in a few words
    return word_count(parts[-1]) <= s.terse_sentence_words and all(
        word_count(p) <= s.terse_sentence_words or _topics(p, s) for p in parts[1:-1])


def _topics(text: str, s: EdgeSettings) -> bool:
    """A sentence that is a list of short topics ("Carbon, CleanTech, Energy, Environment, Solar.")."""
    items = list_items(" ".join(text.split()).rstrip(".。।።"))
    return len(items) >= 3 and all(word_count(it) <= s.terse_sentence_words for it in items)


_FIRST_WORD = re.compile(r"[\s.,;:!?\u060c\u061b\u06d4\u0964]+")
STEM_COMPOUND_CONSONANTS = 5  # the stem's three and two of the word run on to it ("pltdt")


SITE_NAME_LETTERS = 3
COPYRIGHT_ANYWHERE_WORDS = 12  # ("ټول حقونه خوندي دي © ۲۰۲۴ د سپین غر پیغام": the rights, the mark, the site)


def _own_copyright(text: str, doc: Document, rules: Rules) -> bool:
    """A copyright line of the site that published the page: it names the site as the page declares
    it (``og:site_name``, a feed's title), its host, or on a page no network republished the outlet
    its title names ("© 2025 Росбалт. Все права защищены.", "© 2024 Громадське"). An
    agency's line travels with its text to the pages that run it, and stays with it on the agency's
    own pages too ("© Agencia Austral. Todos los derechos reservados."); it names another house on
    other sites' pages ("© 2025 AFP")."""
    mark = COPYRIGHT.search(text)
    if mark is None or word_count(text[: mark.start()]) > 1 \
            and not (word_count(text) <= COPYRIGHT_ANYWHERE_WORDS and "\u00a9" in text):
        return False  # (a short line may set the mark after the name: "نواة © 2024", "جميع الحقوق محفوظة © ...";
        # any line after the word for it: "ಕೃತಿಸ್ವಾಮ್ಯ © 2025 ಕಾವೇರಿ ಕಣಿವೆ ಡಿಜಿಟಲ್. ...")
    folded = text.casefold()
    host = host_of(doc.url).removeprefix("www.")
    own = "" if doc.evidence else doc.source or ""  # (on an outlet's own page the outlet is the site)
    named = [name for name in (doc.site_name or "", host, own)
             if len(name) >= SITE_NAME_LETTERS and name.casefold() in folded]
    if not named and doc.evidence:  # on its copy, the network's own line, its name in any script ("ज़ेफ़िरनेट")
        return any(outlet.names_the_network(w) or outlet.names_the_stem(w) for w in _NAME_WORDS.findall(text))
    return bool(named) and not any(rules.is_agency(name) for name in named)


_NAME_WORDS = re.compile(r"[^\W\d_][^\s.,;:!?\u0964\u3002]*")


def _age_notice(text: str) -> bool:
    """A standing notice with an age limit's mark ("Παίξτε υπεύθυνα. 21+. Ο τζόγος μπορεί να
    προκαλέσει εθισμό.", "18+ | ..."), in any language: the mark is its only figure, and no one
    is quoted."""
    return len(_AGE_MARK.findall(text)) == 1 and len(_DIGIT.findall(text)) == 2 and not QUOTES.search(text)


_AGE_MARK = re.compile(r"(?<![\d.,])(?:1[68]|21)\+(?![\d\w])")
AGE_NOTICE_WORDS = 20


def _print_note(text: str, forms: list[set[str]]) -> bool:
    """The outlet's note of where and when the story ran in print, in any language: the outlet's
    name, a date with its year, and a word or three besides ("Published in The Lower Indus Courier,
    December 17th, 2026.", "Erschienen im Nordkurier vom 3. Mai 2025."): a sentence, no clock time
    (a dateline's row gives one: "2025-06-11 07:15 江畔日报")."""
    if not _YEAR.search(text) or not ends_sentence(text) or _CLOCK.search(text) or COPYRIGHT.search(text) \
            or has_label_colon(text) or not outlet.mentions(text, forms):
        return False  # (a copyright line is judged as one: "©2025 Bloomberg L.P." travels with the text; a
        # label's line is the story's source: "Zdroj: Spolok Pohronie, výročná správa 2025.")
    named = set().union(*forms)
    rest = [t for t in tokens(text) if t not in named and not any(ch.isdigit() for ch in t)]
    return 0 < len(rest) <= PRINT_NOTE_OTHER


PRINT_NOTE_WORDS = 14
PRINT_NOTE_OTHER = 3  # "published in" and the month


def _terse(text: str, s: EdgeSettings) -> bool:
    """Three or more sentences of a few words each ("PlatoHealth. Biotech and clinical trials.
    Access here."): a list entry's shape, not prose."""
    parts = sentences(text)
    return len(parts) >= 3 and all(word_count(p) <= s.terse_sentence_words for p in parts)


def classifier(doc: Document, rules: Rules, templates: set[str], *, trust_phrases: bool,
               s: EdgeSettings = DEFAULT.edges) -> Classifier:
    """Build the per-document test: block text -> rule name, or None for article text."""
    spam = spam_tokens(doc)
    endings = shared_endings(doc, s) if doc.evidence else set()
    scripts: list[str | None] = []  # the body's script, found on first need

    def body_script() -> str | None:
        if not scripts:
            scripts.append(dominant_script(doc.body()[:300]) if doc.evidence else None)
        return scripts[0]

    is_template = TemplateMatch(templates, s)
    headings: list[set[str]] = []

    def own_headings() -> set[str]:
        if not headings:
            headings.append(_section_headings(doc, is_template, s))
        return headings[0]
    # the network's own page (its domain, markup, author or brand): there "Plato" is its name
    networked = any(e.startswith("network-") for e in doc.evidence)
    own_page = all(e == SITE_TAIL_EVIDENCE for e in doc.evidence)  # no sign of a copy
    forms = outlet.forms(doc, rules)
    attribution = frozenset(rules.role("attribution"))
    sentence_families = frozenset(rules.role("sentences"))

    # the title and the first half of the body, where an article states its subject (the trailing
    # block, with its phrases repeated line after line, is in the other half); made on first need
    head: dict[str, Any] = {}

    def head_texts() -> list[str]:
        if "texts" not in head:
            head["texts"] = page_head(doc, s)
        return head["texts"]

    def article() -> Counter[str]:
        if "words" not in head:
            head["words"] = article_words(doc, s)
        return head["words"]

    def story_stems(text: str) -> set[str]:  # the stems of the live blocks but ``text``
        return {t for i in doc.live() if doc.blocks[i] != text for t in stems(doc.blocks[i], s)}

    def topical(text: str, family: str) -> bool:
        """Every phrase of ``family`` in ``text`` also stands at least twice in the head of the
        page: the article's subject, not a pitch's words."""
        if "folded" not in head:
            head["folded"] = [fold(t) for t in head_texts()]
        line = fold(text)
        found = [line[a:b] for a, b in rules.family_spans(text, family)]
        if bool(found) and all(sum(b.count(f) for b in head["folded"] if b != line) >= s.topic_mentions for f in found):
            return True
        # the page speaks of the family's subject in other words ("launches newsletters ... inboxes")
        return about(text, rules.concepts.subjects.get(family, set()), head_texts(), head_concepts, rules, s)

    def attributed() -> frozenset[str]:
        if "attributed" not in head:
            head["attributed"] = attributed_names(doc, rules, s)
        return head["attributed"]

    def head_concepts() -> dict[str, int]:
        if "concepts" not in head:
            head["concepts"] = rules.concepts.counts(head_texts())
        return head["concepts"]

    def head_platforms() -> set[str]:
        """The platforms the head of the page names: an article about them (a share button's
        label names one, but speaks of none)."""
        if "platforms" not in head:
            head["platforms"] = rules.platforms_named(
                " \n ".join(t for t in head_texts() if rules.platform_button(t) is None))
        return head["platforms"]

    # The walks ask about the same trailing lines more than once (the follow block's, then the
    # trailing walk's): the answer is kept per line, but for the staff bio, which reads the lines
    # still kept.
    known: dict[str, str | None] = {}
    names: list[list[tuple[str, str]]] = []  # the byline's names, on first need

    def bylines() -> list[tuple[str, str]]:
        if not names:
            names.append(byline_names(doc))
        return names[0]

    def classify(text: str) -> str | None:
        if text in known:
            found = known[text]
        else:
            found = known[text] = by_line(text)
            if found is not None and found.startswith(removals.PHRASE_PREFIX) and _quoted_in(text, doc.title):
                found = known[text] = None  # the name the title quotes: a campaign's „Loe ka sina!“, not the
                # link label its words make ("Loe ka" is Estonian for "read also")
        if found is None and trust_phrases and doc.evidence \
                and word_count(text) <= rules.concepts.max_words.get("author_bio", s.concept_words) \
                and staff_bio(text, doc, rules):
            return removals.concept("author_bio")  # "Deniz Aksoy, gazetenin ekonomi muhabiridir; ..."
        if found is None and doc.kind == "page" and not captioned(text) and page_bio(text, doc, bylines, s):
            return removals.concept("author_bio")  # the byline's author, named again at the page's end (not
            # as a picture's credit: "Khu thương mại ... treo đèn lồng. (Ảnh: Phạm Thu Hằng)")
        return found

    def by_line(text: str) -> str | None:
        found = by_rules(text)
        if found is None and templates and is_template.weakly(text) and not quotes_someone(text, s.spoken_chars) \
                and not reported_speech(text) and outlet_voice(text, rules, forms):
            return removals.SITE_TEMPLATE  # a site's standing sentence on fewer of its pages, in its own voice
        return found  # (asked last: a line another rule names keeps that rule's name and its walk)

    def by_rules(text: str) -> str | None:
        words = word_count(text)
        if is_link_line(text):
            return removals.SOURCE_LINK
        if is_keyword_run(text, rules, republished=bool(doc.evidence), s=s) or is_labelled_list(text, s) \
                or doc.evidence and _short_tag_run(text):
            return removals.KEYWORD_RUN
        if words <= s.concept_words and _own_copyright(text, doc, rules):
            return removals.SITE_COPYRIGHT  # "© 2025 Kun.uz. Barcha huquqlar himoyalangan. ..."
        fuzzy = words <= 15 and not quotes_someone(text)  # (a brand respelled is never inside quoted words)
        if words <= 60 and (rules.brand_like(text) if fuzzy else rules.brand(text)) is not None:
            return removals.NETWORK_BRAND
        if doc.evidence and (_terse(text, s) and _opens_with_stem(text) or _stem_entry(text, s)):
            return removals.NETWORK_BRAND  # "پلاټوډاټا.شبکه ... ځان پياوړی کړئ. له دې ځايه لاسرسی."
        if trust_phrases and words <= s.follow_words and len(named := rules.platforms_named(text)) >= 2 \
                and not _DIGIT.search(text) and not reported_speech(text) and not named & head_platforms():
            return removals.FOLLOW_LINE  # "Follow us on X and Telegram", in any language (names in
            # guillemets are no one's words: "Подписывайтесь на «Росбалт» в Telegram и «Дзене».")
        if trust_phrases and words <= s.follow_words and _HANDLE_AT.search(text) and not reported_speech(text) \
                and not quotes_someone(text) and (rules.platforms_named(text) or _asks_reader(text)):
            return removals.FOLLOW_LINE  # "Did you make this recipe? Tag @pantryandpot so I can see it!",
            # "Verlinke @ofenliebe auf Instagram": the site's handle, offered to the reader
        if trust_phrases and words <= 2 and ad_label(text, rules) and not about(
                text, rules.concepts.subjects.get("ad_label", set()), head_texts(), head_concepts, rules, s):
            return removals.concept("ad_label")  # "Реклама", "廣告": an ad slot's label
        if trust_phrases and words <= 3 and comment_count(text, rules):
            return removals.concept("comment_prompt")  # "Коментари (23)": the comments' counter
        if trust_phrases and words <= 3 and share_label(text, rules):
            return removals.phrase("share")  # "Xəbəri paylaş", "ይህን ጽሑፍ ያጋሩ": a share widget's label
        if trust_phrases and words <= 4 and audio_label(text, rules) and not about(
                text, rules.concepts.subjects.get("audio_label", set()), head_texts(), head_concepts, rules, s):
            return removals.concept("audio_label")  # "Poslušajte članak", "Vypočuť článok · 3:48"
        if trust_phrases and words <= METER_WORDS and _reading_meter(text, rules):
            return removals.concept("paywall")  # "Sie haben 2 von 3 kostenlosen Artikeln in diesem Monat gelesen."
        if words <= FEEDBACK_WORDS and _feedback_prompt(text):
            return removals.FEEDBACK_PROMPT  # "Was this page helpful? Yes No", in any language
        if words <= s.pitch_words and _KEY_CHORD.search(text) \
                and not any(_KEY_CHORD.search(t) for t in head_texts() if t != text):
            return removals.KEY_PROMPT  # "Нашли ошибку? Выделите её и нажмите Ctrl+Enter", in any language
        if doc.evidence and _image_credit(text, rules, s, attributed):
            return removals.IMAGE_CREDIT  # "Fotografie prin Shutterstock", "ছবি: শাটারস্টক"
        if doc.kind == "page" and page_caption(text, rules, s):
            return removals.PAGE_CAPTION
        if doc.evidence and _disclosure(text, rules, s):
            return removals.concept("disclaimer")  # "Disclosure statement: the authors received funding ..."
        if doc.evidence and words <= s.signature_words and rules.signature(text):
            return removals.NETWORK_BRAND  # the network's own line, translated around its Latin tokens
        if networked and words <= s.stem_words and _names_stem(text) or translated_name(text, rules):
            return removals.NETWORK_BRAND  # "Source: Plato Data Intelligence." translated
        if templates and is_template.networks(text):
            return removals.NETWORK_BRAND  # the line the markup of another page of the run marked as the network's
        if spam and spam_suffix(text, spam) is not None and words <= 30:
            return removals.LEARNED_SPAM
        if templates and is_template(text) and not _byline(text, forms, s) and not _desk_dateline(text, s) \
                and not quotes_someone(text, s.spoken_chars) and text not in own_headings() \
                and not _background(text, forms, rules, s, doc.title, lambda: story_stems(text)):
            return removals.SITE_TEMPLATE
        if endings and _ending(text, s) in endings:
            return removals.SHARED_ENDING
        if doc.evidence and words <= s.pitch_words and (script := body_script()) and not has_script(text, script) \
                and dominant_script(text) and not cites_work(text):
            return removals.FOREIGN_SCRIPT  # an untranslated or pasted footer line (not a name in a credit,
            # nor a work the article cites)
        if doc.evidence and is_inline_link(text, s) and (label := label_family(text, rules, s)) not in attribution \
                and (label is not None or (_headline(text, s) or _cased_headline(text, s))
                     and (bids_reading(text, rules) or _other_story(text, article(), s))):
            return removals.INLINE_LINK
        if (forms or trust_phrases) and len(sentences(text)) == 1 and is_title_reference(text, doc.title):
            return removals.TITLE_REFERENCE
        short_named = words <= s.outlet_words and forms and outlet.mentions(text, forms)
        if doc.evidence and short_named and not ends_sentence(_past_name(text, doc.source)) \
                and not outlet.other_names(text, forms) and not _names_story(text, doc, forms, rules) \
                and not _dateline(text, forms) and not _staff_credit(text, rules):
            return removals.OUTLET_LINK
        if stamped_row(text) or doc.evidence and quote_row(text):
            return removals.DATA_TICKER
        if words <= AGE_NOTICE_WORDS and _age_notice(text):
            return removals.concept("disclaimer")  # "18+ | Gambling can be addictive, play responsibly | ..."
        if words <= PRINT_NOTE_WORDS and forms and _print_note(text, forms):
            return removals.OUTLET_LINK  # "Published in The Lower Indus Courier, December 17th, 2026."
        if trust_phrases:
            if is_label(text, s):
                return removals.LABEL
            limit = s.phrase_words if doc.evidence else s.chrome_words
            family = rules.family(text, attribution) if words <= limit else None
            if family is None and words <= limit:
                family = rules.family_reworded(text, attribution)  # the phrase worded a little differently
            def whole_sentence(family: str | None) -> bool:
                return family is not None and family not in sentence_families and (
                    words > s.chrome_words or (words > s.link_sentence_words and ends_sentence(text)))
            if whole_sentence(family):
                family = None  # a link or label family names no whole sentence ("More from the series will ...")
            if family is not None and family in sentence_families and (topical(text, family) or reported_speech(text)):
                family = None  # an article about newsletters ends on the word it is about, no pitch; nor a quote
            if family is None and not whole_sentence(label := label_family(text, rules, s)):
                family = label  # (nor a label over one: "More from the survey: 62% of readers said ...")
            if family is not None and family not in attribution:
                return removals.phrase(family)
            if words <= s.concept_words and not (own_page and (_of_the_story(text, doc.title, forms, s)
                                                               or _names_from_story(text, doc, forms, rules, s))
                                                 and not _note_on_itself(text, rules) and not _names_own(text, doc)) \
                    and (found := by_concepts(text, head_texts(), head_concepts, rules, s)):
                return found  # a pitch or disclaimer in words no phrase prior has
        return None

    return classify


def _feedback_prompt(text: str) -> bool:
    """A question, then two or three one-word answers on the line and nothing else ("Was this page
    helpful? Yes No", "Czy ta strona była pomocna? Tak Nie"): a page's feedback buttons, never a
    sentence of the story (a question in it goes on with words, or ends the line)."""
    for mark in QUESTION_MARKS:
        head, found, answers = text.rpartition(mark)
        if found:
            options = [w for w in answers.split() if w not in _ANSWER_MARKS]  # ("Sí / No", "Так · Ні")
            return FEEDBACK_ANSWERS[0] <= len(options) <= FEEDBACK_ANSWERS[1] and word_count(head) >= 2 \
                and all(w.isalpha() and len(w) <= FEEDBACK_LETTERS and (w[0].isupper() or not w[0].islower())
                        for w in options)  # (each a button's word, capitalised where letters have case)
    return False


FEEDBACK_WORDS = 14
FEEDBACK_ANSWERS = (2, 3)
FEEDBACK_LETTERS = 8
_ANSWER_MARKS = frozenset("/|\u00b7\u2022")


def _page_question(text: str, rules: Rules) -> bool:
    """A short question of the page about itself, at its end, with no answer on the line ("War dieser
    Artikel hilfreich?", "이 기사가 도움이 되었나요?": its buttons carry no words): the feedback widget's,
    whatever its words. One sentence, no figure, the page's word for itself in it (``self``)."""
    line = text.strip()
    if not line.endswith(QUESTION_MARKS) or word_count(line) > PAGE_QUESTION_WORDS or _DIGIT.search(line) \
            or len(sentences(line)) > 1 or QUOTES.search(line):
        return False
    return any(SELF_CONCEPT in found for found in rules.concepts.found(line).values())


PAGE_QUESTION_WORDS = 8


def _note_on_itself(text: str, rules: Rules) -> bool:
    """A page's note that says what the article is ("This article is not financial advice."): it
    speaks of the page, whatever words of the story's it holds ("... before opening an account"
    under a title about savings accounts)."""
    found = rules.concepts.family(text)
    return found is not None and found[0] in rules.role("page_notes") and SELF_CONCEPT in found[1]


SELF_CONCEPT = "self"  # the concept of a page's words for itself ("this article", "dieser Artikel")


def _past_name(text: str, name: str | None) -> str:
    """``text`` without the stop that closes the outlet's name where the line ends on it ("Viac od
    EurekAlert!", "More from Yahoo!"): the name's, not a sentence's."""
    line = text.rstrip()
    return line[:-1] if name and name[-1:] in SENTENCE_END and line.endswith(name) else text


def _of_the_story(text: str, title: str | None, forms: list[set[str]], s: EdgeSettings) -> bool:
    """Whether ``text`` names what the title names, in a word whose stem the title holds ("Доступ
    к поиску бесплатный, но требует регистрации." under "... «Платон» — поисковик по ..."): on an
    outlet's own page such a line speaks of the story's own service, not of the outlet's. The
    outlet's own name is no such word ("ბათუმელები" under a title about Batumi)."""
    if not title:
        return False
    named = {t[:STEM_LETTERS] for form in forms for t in form}
    stems = {t[:STEM_LETTERS] for t in telling_words(title, s) if len(t) >= NAMING_LETTERS} - named
    return any(len(t) >= STEM_LETTERS and t[:STEM_LETTERS] in stems for t in telling_words(text, s))


def _names_from_story(text: str, doc: Document, forms: list[set[str]], rules: Rules, s: EdgeSettings) -> bool:
    """Whether ``text`` names by its short name a body a paragraph of the story names too ("Biletlər
    ADY-nin saytında, mobil tətbiqində ... satılır." under "ADY-nin məlumatına görə, ..."): it tells
    of that body's site or app, not of the outlet's. A capitalised word is no such name (a German
    noun, a place a tip box names), nor a platform a note is made of, nor the outlet's own name."""
    own = {t.casefold() for form in forms for t in form}
    named = {w for w in _ACRONYM.findall(text) if w.casefold() not in own}
    if not named:
        return False
    others = [doc.blocks[j] for j in doc.live() if doc.blocks[j] != text and word_count(doc.blocks[j]) > s.byline_words]
    return any(not any(rules.concepts.found(w).values()) and any(w in _ACRONYM.findall(b) for b in others)
               for w in named)


_ACRONYM = re.compile(r"(?<![\w-])[A-Z\u0410-\u042f]{2,6}(?![^\W\d_])")  # "ADY-nin", "NHS", "РЖД"


def _names_own(text: str, doc: Document) -> bool:
    """Whether ``text`` names the page's own outlet as written ("Das Saalblatt am Morgen: der
    Kultur-Newsletter ..."): the outlet speaks of its own offer, whatever the title's words."""
    return bool(doc.source) and word_count(doc.source or "") >= 1 and (doc.source or "").casefold() in text.casefold()


STEM_LETTERS = 5  # a word's first letters that stand for it in its inflected forms ("поиску", "поисковик")
NAMING_LETTERS = 7  # ... of a title word this long: a short one is any line's ("nieuwe" of "nieuws")


def _staff_credit(text: str, rules: Rules) -> bool:
    """A line naming the outlet with a word for its reporter or editor, and no sentence: the
    article's byline in a script whose names no capital tells ("（東洋経済 記者 小林 真理子）"), not
    a link to the site ("Follow the author to ..." is a sentence, and a pitch)."""
    return not ends_sentence(text) and any(found & STAFF for found in rules.concepts.found(text).values())


STAFF = frozenset({"author", "editor"})


def _byline(text: str, forms: list[set[str]], s: EdgeSettings) -> bool:
    """A short line naming a person besides the outlet ("Eftir Önnu Pereira", "Муаллиф: Лора
    Беннет", or the name alone: "Ралица Петкова"): one author's byline recurs on all their pages
    of a dump, and is no template."""
    if word_count(text) > s.byline_words or text.rstrip()[-1:] in COLONS:
        return False
    words = text.split()
    if 2 <= len(words) <= s.byline_name_words and all(w[:1].isupper() and NAME_WORD.fullmatch(w) for w in words):
        return not outlet.mentions(text, forms)
    head, colon, value = split_label(text.strip())
    name = value.strip()
    if colon and word_count(head) <= 2 and is_unspaced(name) and NAME_WORD.fullmatch(name) \
            and len(name) <= s.unspaced_name_letters:
        return not outlet.mentions(name, forms)  # "文：佐藤美咲", "記者：王小明": a name in a script without spaces
    if colon and word_count(head) <= 2 and 2 <= len(parts := name.split()) <= s.byline_name_words \
            and all(NAME_WORD.fullmatch(w) and caseless(w) for w in parts):
        return not outlet.mentions(name, forms)  # "راپور: نعمت الله کریمي": a name in a script without capitals
    return outlet.other_names(text, forms, listed=False)




def _desk_dateline(text: str, s: EdgeSettings) -> bool:
    """A dateline on a line of its own, which every page of a desk repeats: a place and a dash over
    the lede ("เชียงใหม่ —", "ANKARA –"), or a place joined to its reporter or agency by "="
    ("대전=박준호 기자", "(서울=연합뉴스)"). The article's, whatever the run learned."""
    if word_count(text) > s.label_words + 1:
        return False
    stripped = text.strip()
    return stripped[-1:] in _DASHES or _JOINED.search(stripped) is not None


_DASHES = "-\u2013\u2014"
_JOINED = re.compile(r"\w=\w")


def _background(text: str, forms: list[set[str]], rules: Rules, s: EdgeSettings, title: str | None = None,
                story: Callable[[], set[str]] = frozenset) -> bool:
    """A background paragraph the articles of one story share ("The A66 scheme, approved by the
    government in March 2024, will turn 18 miles of single carriageway ... into dual
    carriageway."): longer than a pitch (in words, or in letters where words are long: "한편 정부는 올해
    초 발표한 'AI 반도체 육성 전략'에서 ..."), or a sentence that takes up a word of the page's
    title (what the story is about: "د سرخرود کانال ۸۵ کیلومتره اوږد دی ..." under "بزګران د کانال د
    اوبو ... غوښتنه کوي"); stating figures, in no voice of the outlet's. A standing disclaimer or bio
    recurs as long, but states no figures, or speaks as the outlet; a standing line dated each day
    speaks of no page's subject. ``story`` gives the stems of the article's other blocks."""
    from ..extract.cleanup import text_weight  # (extraction is no dependency of the text steps otherwise)

    if _DIGIT.search(_CLOCK.sub(" ", text)) is None or outlet_voice(text, rules, forms):
        return False  # (a time of day states no fact: a letter's hour, "по будням в 19:00")
    if word_count(text) > s.pitch_words or text_weight(text) > s.background_chars:
        return True
    if not title or not ends_sentence(text) or word_count(text) < s.byline_words:
        return False
    mine = stems(text, s)
    return bool(mine & stems(title, s)) and len(mine & story()) >= SUBJECT_STEMS


SUBJECT_STEMS = 2  # the story's words a short background sentence takes up besides the title's (one: any plug's)


def stems(text: str, s: EdgeSettings = DEFAULT.edges) -> set[str]:
    """The stems (first ``stem_letters`` letters) of a text's telling words."""
    return {t[: s.stem_letters] for t in telling_words(text, s)}


def _section_headings(doc: Document, is_template: Callable[[str], bool], s: EdgeSettings) -> set[str]:
    """Short headings that stand between two of the page's own paragraphs (no template line): a
    desk's standard section heading ("Контекст", "ที่มาของเรื่อง"), recurring on every page of the
    site as the article's own, not a standing block's heading (a template line, or a list of
    headlines, stands under that)."""
    live = doc.live()
    found: set[str] = set()

    def own(text: str) -> bool:
        return not _is_weak(text, s) and not is_template(text)
    for k in range(1, len(live) - 1):
        text = doc.blocks[live[k]]
        if word_count(text) <= s.list_heading_words and not ends_sentence(text) \
                and text.rstrip()[-1:] not in COLONS and own(doc.blocks[live[k - 1]]) and own(doc.blocks[live[k + 1]]):
            found.add(text)
    return found


class TemplateMatch:
    """A site's template lines, and the long ones as word sets for :meth:`near` (built once per
    document, on first need)."""

    def __init__(self, templates: set[str], s: EdgeSettings = DEFAULT.edges) -> None:
        self.network = {k[1:] for k in templates if k.startswith(NETWORK)}
        self.weak = {k[1:] for k in templates if k.startswith(WEAK)}
        marked = {NETWORK + k for k in self.network} | {WEAK + k for k in self.weak}
        self.templates = templates - marked if marked else templates
        self.s = s
        self._long: list[set[str]] | None = None

    def __call__(self, text: str) -> bool:
        """A template line, or a long line worded nearly like one (machine translation rewords a
        standing disclaimer on one page of many: most of its words are the template's)."""
        key = standing_key(text)
        return key in self.templates or self.near(key)

    def weakly(self, text: str) -> bool:
        """A sentence-long line seen on some of the site's articles (three, or two of a few), under half."""
        return bool(self.weak) and standing_key(text) in self.weak

    def networks(self, text: str) -> bool:
        """One of the network's own lines, as its markup marked them elsewhere in the run."""
        return bool(self.network) and line_key(text) in self.network

    def near(self, key: str) -> bool:
        words = key.split()
        if len(words) < self.s.reworded_words:
            return False
        if self._long is None:
            self._long = [set(t.split()) for t in self.templates if t.count(" ") + 1 >= self.s.reworded_words]
        mine = set(words)
        return any(len(mine & theirs) >= self.s.reworded_share * len(mine | theirs) for theirs in self._long)


def _names_stem(text: str) -> bool:
    """A word that starts with the brand's stem ("Plato", "Platon", "Πλάτων" transliterated, "bukaPlato"
    past a glued prefix), or a short label's value (of at most four words) or a short line holding a
    word of another script whose consonants open as the stem's do as transliteration renders them
    ("ផ្លាតូ" phlatou, "プラトン" puraton, "پلاتو" pltw, "افلاطون" aflatwn: p or f, l or r, then t)."""
    words = text.split()
    if any(latin_letters(_unprefixed(w)).startswith(STEM_SPELLINGS) for w in words):
        return True
    # the network's "Source: Plato Data Intelligence." in a script that spells the stem its own way,
    # and its "Republished by Plato" so spelled, a few words and no sentence ("플라톤에 의해 재게시됨")
    head, colon, value = split_label(text)
    if not colon and len(words) <= STEM_LINE_WORDS and not ends_sentence(text):
        return any(stem_word(w) for w in words if sum(ch.isalpha() for ch in w) > 2)
    if not colon or word_count(head) > 2 or word_count(value) > STEM_VALUE_WORDS:
        return False
    # any word of a value of a few words, past particles ("د"): translated word by word, the name
    # may stand last ("استخبارات بيانات أفلاطون", intelligence of the data of Plato)
    return any(_stem_consonants(w) for w in value.split() if sum(ch.isalpha() for ch in w) > 2)


STEM_VALUE_WORDS = 4
STEM_LINE_WORDS = 6
NOUN_PREFIX_LETTERS = 4


def _unprefixed(word: str) -> str:
    """A name without the lower-case prefix a language glues to it ("bukaPlato", "kaPlato",
    "nguPlato": of Plato, in Bantu languages' noun classes)."""
    for k in range(1, min(NOUN_PREFIX_LETTERS, len(word) - 1) + 1):
        if word[k].isupper():
            return word[k:] if word[:k].isalpha() and word[:k].islower() else word
    return word


def _stem_consonants(word: str) -> bool:
    """A word of another script, no longer than the name, whose consonants open as the stem's do
    (a label's value: "Πολιτισμού", politismou, is a ministry's word, not the name)."""
    if word.isascii():
        return False
    lat = latin_letters(word)
    if lat[:1] == "b" and lat[1:2] != "l":
        return False  # a "b" stands for "p" only in "بلاتو" (blatw): "ভাৰতীয়" (bharatiy) is India
    # (an "r" stands for the name's "l" only where the script writes no "l" apart: kana, hangul; in
    # Cyrillic "Портилья" is a Portilla)
    stem = _STEM_SKELETON if _NO_L_APART.search(word) else _STEM_SKELETON_L
    return len(lat) <= 9 and stem.match(skeleton(lat)) is not None


_STEM_SKELETON = re.compile("[pf][lr]t")
_STEM_SKELETON_L = re.compile("[pf]lt")
_NO_L_APART = re.compile("[\u3040-\u30ff\u1100-\u11ff\uac00-\ud7a3]")


TAIL_WORDS = 3  # the closing words of a box at the page's very end ("Cancel anytime.", "Jederzeit kündbar.")


def _is_weak(text: str, s: EdgeSettings) -> bool:
    return word_count(text) <= s.weak_words and not ends_sentence(text)


def _trailer_weak(text: str, s: EdgeSettings) -> bool:
    """A weak line that may be a trailer's, under the network's own lines. Thai and Lao end no
    sentence with a stop, so there no stop tells nothing: only a line of a label's few words is
    weak enough (a brand caption between two paragraphs is the network's line too, and the
    article's short sentences under it are no trailer)."""
    if not _is_weak(text, s):
        return False
    return word_count(text) <= STOPLESS_WEAK_WORDS or not _STOPLESS.search(text)


STOPLESS_WEAK_WORDS = 6
_STOPLESS = re.compile("[\u0e00-\u0eff]")  # Thai and Lao letters


def _room(rule: str, rules: Rules, s: EdgeSettings) -> int:
    """How many link-like lines below a hit may go with it (0: none)."""
    if rule in COVERING_RULES:
        room = COVERING_RULES[rule]
        return getattr(s, room) if isinstance(room, str) else room
    if (family := removals.family_of(rule)) is not None:
        covers = rules.role("covers_links").get(family, 0)
        return s.link_list if covers is True else int(covers)
    return 0


def _sure(rule: str, rules: Rules) -> bool:
    if rule in SURE_ABOVE:
        return True
    # a pitch or note sentence (a newsletter, a disclaimer, a share line) stands in the footer, not
    # between the article's paragraphs as a link does: the one sentence under it is the footer's too
    family = removals.family_of(rule)
    return family in rules.role("heads_pitch") or rule.startswith(removals.CONCEPT_PREFIX) \
        and any(family in rules.role(role) for role in SURE_ROLES)


def _under_labelled_notice(text: str, rule: str, pending: list[int], doc: Document, inside: bool, rules: Rules,
                           s: EdgeSettings) -> str | None:
    """One sentence between a notice that opens with its label ("अस्वीकरण: ...", "Disclaimer: ...")
    and the trailing block below: the footer's, as the notice is (an "originally appeared on X"
    line in words no prior knows). Not a line with a figure or a quotation."""
    family = removals.family_of(rule)
    if not inside or len(pending) != 1 or family is None:
        return None
    line = doc.blocks[pending[0]]
    if family not in rules.role("sentences") or word_count(line) > s.pitch_words or _DIGIT.search(line) \
            or QUOTES.search(line):
        return None
    spans = rules.family_spans(text, family)
    opens = bool(spans) and spans[0][0] <= len(text) - len(text.lstrip()) and text[spans[0][1]:].lstrip()[:1] in COLONS
    return removals.TRAILING_BLOCK if opens else None


def _station_plug(text: str, s: EdgeSettings) -> bool:
    """A radio station's plug for one of its programmes, in any language: its frequency ("99.3 FM",
    "FM 94.7"), the programme's hour or its title in quotation marks, set apart as no sentence is
    ("Tie "Kookoo ne Wo" Dwoada ne Kwasiada biara 10:00 wɔ Tano Nsuo 97.1 FM so"). A story that
    speaks of a station's programme says so in sentences."""
    if not _FREQUENCY.search(text) or word_count(text) > s.pitch_words or ends_sentence(text):
        return False
    return CLOCK_TIME.search(western_digits(text)) is not None or _QUOTED_TITLE.search(text) is not None


_FREQUENCY = re.compile(r"(?<![\d.,])\d{2,3}[.,]\d{1,2}\s?(?:FM|MHz)\b|\bFM\s?\d{2,3}[.,]\d{1,2}(?![\d.,])")
_QUOTED_TITLE = re.compile("[\"\u201c\u201e\u00ab][^\"\u201c\u201d\u201e\u00ab\u00bb]{3,60}[\"\u201d\u00bb]")


def _outlet_data_line(text: str, forms: list[set[str]], rules: Rules, s: EdgeSettings) -> bool:
    """On a copy, the outlet's data strip copied with the story: a labelled line of readings (the
    day's weather, the tides: a few short parts between commas, a figure among them), then a short
    sentence sending the reader to the outlet for more, naming it however inflected, its site or
    its address ("... Αναλυτική πρόγνωση στη στήλη «Καιρός» της Φωνής."). No one is quoted."""
    if not _DIGIT.search(text) or not has_label_colon(text):
        return False  # (the cheap tests first: a reading's figure and its label)
    parts = sentences(text)
    if len(parts) != 2 or word_count(parts[1]) > POINTER_WORDS or QUOTES.search(parts[0]):
        return False
    label, colon, value = split_label(parts[0])
    readings = [part for part in _READING_PARTS.split(value) if part.strip()]
    if not colon or len(readings) < READINGS or not _DIGIT.search(value) \
            or any(word_count(part) > READING_WORDS for part in readings):
        return False
    return _points_to_outlet(parts[1], forms, rules)


def _points_to_outlet(sentence: str, forms: list[set[str]], rules: Rules) -> bool:
    """Whether a short sentence names the outlet, its site or its address: a word of the outlet's
    name inflected ("Φωνής", "«Зорі»"), the outlet speaking of itself ("на нашем сайте"), or a link on a
    host spelling its name ("maasbode.example/weer")."""
    words = set(tokens(sentence))
    for form in forms:
        if any(len(name) >= OUTLET_STEM_LETTERS and len(common := os.path.commonprefix([name, w])) >= 3
               and len(common) >= len(name) - 2 for name in form for w in words):
            return True
        named = [t for t in form if len(t) >= 2]
        if sum(map(len, named)) >= OUTLET_STEM_LETTERS and any(
                all(t in host for t in named) for host in URL_HOST.findall(sentence.casefold())):
            return True  # ("stperrinchronicle.example/weather": every word of the name in the host)
    return any(found & OUTLET_ITSELF for found in rules.concepts.found(sentence).values())


_READING_PARTS = re.compile(f"[{COMMAS}、]")
READINGS = 3
READING_WORDS = 6
POINTER_WORDS = 14
OUTLET_STEM_LETTERS = 4
OUTLET_ITSELF = frozenset({"we", "self_site"})
URL_HOST = re.compile(r"(?:https?://)?([\w-]+(?:\.[\w-]+)+)(?:/\S*)?")


def _site_address(text: str, doc: Document, s: EdgeSettings) -> bool:
    """A short line that gives the address of the site the page is on (its e-mail, its link) with a
    few words that are no name: the site's call for its readers' news or letters, in any language.
    A story gives other people's addresses; a byline gives its writer's name with one."""
    if "@" not in text and "." not in text:
        return False  # (no address: the cheap test first, asked of every line between paragraphs)
    host = host_of(doc.url).removeprefix("www.")
    if not host or word_count(text) > s.pitch_words or QUOTES.search(text) or ends_sentence(text):
        return False  # (a story's sentence may give the site's address, its stop after it)
    domains = [(m.group(1) or m.group(2)).casefold() for m in _ADDRESS.finditer(text)]
    if not any(d.removeprefix("www.") == host or d.endswith("." + host) for d in domains):
        return False
    rest = _ADDRESS.sub(" ", text).strip(" \u00b7|,;:-\u2013\u2014")
    return word_count(rest) >= SITE_ADDRESS_WORDS and not name_byline(rest) and not _DIGIT.search(rest)
    # (an office's row gives its hours: "Oficina Municipal ...: rexistro@concello...gal, de 9:00 a 14:00")


_ADDRESS = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)|(?:https?://)?((?:www\.)?[\w-]+(?:\.[\w-]+)+)/")
SITE_ADDRESS_WORDS = 3  # "Inis dúinn do scéal:", "Écrivez-nous :"


def _own_story_goes_on(doc: Document, pending: list[int], rules: Rules) -> bool:
    """Whether the sentences under a site's box on its own whole page go on with the story: the box
    stands among the story's paragraphs there, and a sentence that is no pitch of its own ("A protesta
    continuará, polo menos, ata o venres.") is the story's; a network's copy ends on its boxes."""
    return doc.kind == "page" and not doc.evidence and not any(
        rules.concepts.family(doc.blocks[j]) is not None for j in pending)


def _entries(lines: list[str]) -> bool:
    """Two or more entries that each hold a figure (a date, an hour, a score) and no address or
    telephone number: a list the story gives, not a site's links or contacts."""
    return len(lines) >= ENTRY_LINES and all(_DIGIT.search(line) and not CONTACT.search(line) for line in lines)


ENTRY_LINES = 2
REFERENCE_TRAILER = 3


def _covers(rule: str, pending: list[int], doc: Document, inside: bool, rules: Rules, s: EdgeSettings,
            i: int = -1) -> str | None:
    """Whether a hit (block ``i``) may take the link-like lines found below it, and under which rule.

    Link lists go with the heading that introduces them; a label takes its one
    value line; inside a trailing block (a hit already removed below), one or
    two very short lines between hits go with the block.
    """
    if rule == removals.TITLE_REFERENCE and len(pending) <= REFERENCE_TRAILER \
            and (named := outlet.name_in(doc.blocks[i], doc.title, rules)) is not None:
        names = [set(tokens(name)) for name in (named, doc.source, doc.site_name) if name]
        if all(word_count(doc.blocks[j]) <= s.notice_words and not QUOTES.search(doc.blocks[j])
               and (not ends_sentence(doc.blocks[j]) and word_count(doc.blocks[j]) <= s.value_words
                    or outlet.mentions(doc.blocks[j], names)) for j in pending):
            return removals.TRAILING_BLOCK  # a feed item ends on "The post <title> appeared first on X": the
            # few lines under it are the republisher's ("Source link", its disclaimer naming itself or X)
    if rule == removals.LABEL and _entries([doc.blocks[j] for j in pending]):
        return None  # a lead-in over the story's dated or timed entries ("Upcoming services:", "Hours:")
    room = _room(rule, rules, s)
    if room == 1 and len(pending) == 1 and word_count(doc.blocks[pending[0]]) <= s.value_words:
        return removals.LABEL_VALUE
    if room > 1 and len(pending) <= room and all(_is_weak(doc.blocks[j], s) for j in pending):
        return removals.RELATED_LINKS  # link-like lines under their heading, never a sentence
    if inside and any(ends_sentence(doc.blocks[j]) and _names_titles_subject(doc.blocks[j], doc.title)
                      for j in pending):
        return None  # a sentence naming whom the title names, between two of the network's lines, is the story's
        # ("Zentrio dispose de deux mois pour former un recours ..." between the outlet's podcast and letter)
    if inside and len(pending) <= 2 and all(word_count(doc.blocks[j]) <= s.sandwich_words for j in pending) \
            and (_sure(rule, rules) and not _own_story_goes_on(doc, pending, rules)
                 or not any(ends_sentence(doc.blocks[j]) for j in pending)):
        return removals.TRAILING_BLOCK  # a short sentence under a weaker hit may end the article
        # (on a site's own page, its box stands between the story's paragraphs: a sentence under it
        # goes on with the story, "A protesta continuará, polo menos, ata o venres.")
    # short lines left at the very end: two below a sure hit, a list's worth below a pitch or
    # disclaimer sentence (the page's "Mentioned in this article" and its tickers)
    room_below = s.list_items + 1 if removals.family_of(rule) in rules.role("sentences") else 2 if _sure(rule, rules) \
        or rule.startswith(removals.CONCEPT_PREFIX) and removals.family_of(rule) in rules.role("stray") \
        or rule == removals.KEYWORD_RUN and doc.evidence else 0  # (a copy's tags over its stamp and its date)
    if not inside and len(pending) <= room_below and all(
            _is_weak(doc.blocks[j], s) or word_count(doc.blocks[j]) <= TAIL_WORDS for j in pending):
        return removals.TRAILING_BLOCK
    if rule == removals.SITE_TEMPLATE and len(pending) <= s.link_list and all(
            word_count(doc.blocks[j]) <= s.value_words and not ends_sentence(doc.blocks[j]) for j in pending):
        return removals.RELATED_LINKS  # the items a site's standing block lists, page by page ("Follow: Intel")
    # (a pitch gives no figure: "Shares fell about 2% after hours" under it is the article's last line)
    one_pitch = len(pending) == 1 and word_count(doc.blocks[pending[0]]) <= s.pitch_words \
        and not _DIGIT.search(doc.blocks[pending[0]])
    if inside and one_pitch and _sure(rule, rules) and not _own_story_goes_on(doc, pending, rules):
        return removals.TRAILING_BLOCK  # one pitch sentence between a newsletter heading and the label below
    return None


def _quoted_in(text: str, title: str | None) -> bool:
    """Whether ``title`` quotes ``text`` whole, in quotation marks."""
    key = text.strip().strip(_QUOTE_MARKS).strip()
    if not title or len(key) < QUOTED_CHARS:
        return False
    at = title.find(key)
    return at > 0 and title[at - 1] in _QUOTE_MARKS and title[at + len(key) : at + len(key) + 1] in _QUOTE_MARKS


_QUOTE_MARKS = "\"'«»“”„‘’‚‹›「」『』"
QUOTED_CHARS = 4


def _names_titles_subject(text: str, title: str | None) -> bool:
    """Whether ``text`` names a name the title gives: a word written with a capital past the
    title's first word ("Zentrio" in "... amende au site de ventes flash Zentrio")."""
    words = (title or "").split()[1:]
    names = {w.strip(_NAME_EDGES).casefold() for w in words
             if w[:1].isupper() and len(w.strip(_NAME_EDGES)) >= NAME_LETTERS}
    return bool(names) and any(t.casefold() in names for t in tokens(text))


_NAME_EDGES = "\"'«»“”‘’()[]:,.;!?"
NAME_LETTERS = 4


def _announced_items(doc: Document, edge: list[int], classify: Classifier, s: EdgeSettings) -> set[int]:
    """The entries of a list right under a sentence of the article that announces it, ending on a
    colon ("Trainer Holger Brandauer setzt auf die Elf, die ... gewonnen hat:" over "Abwehr: Hägele,
    Nuñez, ..."): a paragraph's length of words, nothing a step takes. A label over a tag run or a
    platform list ("Tags:", "Follow us on:") is no sentence."""
    out: set[int] = set()
    for k, i in enumerate(edge):
        text = doc.blocks[i]
        if text.rstrip()[-1:] not in COLONS or word_count(text) < s.announce_words or classify(text) is not None:
            continue
        for j in edge[k + 1 :]:
            entry = doc.blocks[j]
            if word_count(entry) > s.list_heading_words * 2 or ends_sentence(entry) \
                    or entry.rstrip()[-1:] in COLONS or classify(entry) not in (None, removals.KEYWORD_RUN):
                break  # (the list ends where a label or a line a step takes stands: "Time Stamp:", "More from
                # ..."; its entries may read as a tag run: "Abwehr: Hägele, Nuñez, Rettich, Schwab")
            out.add(j)
    return out


def strip_trailing(doc: Document, classify: Classifier, rules: Rules, s: EdgeSettings = DEFAULT.edges,
                   templates: set[str] = frozenset()) -> None:
    """Remove the trailing boilerplate block, walking up from the last block."""
    own: list[Callable[[str, bool], bool]] = []  # (built on first use: few pages hold lines under a standing one)
    forms = outlet.forms(doc, rules) if doc.evidence else []
    attribution = rules.role("attribution")
    pending: list[int] = []
    # the network's bottom-links block, taken out of the page's markup, ended the article: the
    # text's last lines sit right above a trailing block already
    edge = doc.live()[-s.max_edge :]
    below = {r.block: r.rule for r in doc.removed if r.block >= 0}  # what is taken, and what the walk takes
    # (a whole page's text: the site's foot, taken as chrome, ends the article as a trailing block does)
    inside = any(r.rule == removals.PLATO_BOTTOM_LINKS for r in doc.removed) \
        or doc.kind == "page" and bool(edge) and below.get(edge[-1] + 1) == removals.PAGE_CHROME
    announced = _announced_items(doc, edge, classify, s)
    for i in reversed(edge):
        if i in announced:
            break  # the article's own list under its sentence announcing it ("..., die gewonnen hat:")
        rule = classify(doc.blocks[i])
        if rule is None and not pending and _page_question(doc.blocks[i], rules):
            rule = removals.FEEDBACK_PROMPT  # "Was this article helpful?", its buttons wordless
        if rule is None and i == edge[-1] and len(edge) > 1 and word_count(doc.blocks[i]) <= s.notice_words \
                and classify(doc.blocks[edge[-2]]) == removals.SITE_COPYRIGHT:
            pending.append(i)  # the site's notice under its copyright line, the page's last ("Óheimilt er
            continue  # að endurbirta efni ..."): its footer's, whatever its words
        if rule is None and i == edge[-1] and not _is_weak(doc.blocks[i], s) \
                and _closing_note(doc.blocks[i], rules, s) and not (forms and _outlet_pitch(doc.blocks[i], forms)):
            continue  # kept, but the walk looks past it: a site's closing note in words no family knows
            # (a reproduction notice, a comment policy) ends the page below its sure furniture
        if rule is None:
            text = doc.blocks[i]
            if pending and doc.evidence and all(_trailer_weak(doc.blocks[j], s) for j in pending) \
                    and _under_trailer_lines(pending[-1], edge, below):
                # short lines below the network's own lines (its tag run, its link list) that end the
                # page: the trailer, whatever its words ("ຕາປະທັບເວລາ:", "Zaman Kaşesi: 18.05.2024")
                for j in pending:
                    doc.drop(j, removals.TRAILING_BLOCK)
                    below[j] = removals.TRAILING_BLOCK
                pending = []
                inside = True
            if not pending and below.get(i + 1) in NETWORK_LINES and _slogan_entry(text, s) \
                    and word_count(text) <= s.signature_words and all(j in below for j in range(i + 1, len(doc.kept))):
                # the first entry of the network's block ending the page, naming no brand
                # ("Hakukoneoptimoitua sisältöä ja PR-jakelua. Saa näkyvyyttä heti.")
                doc.drop(i, removals.NETWORK_BRAND)
                below[i] = removals.NETWORK_BRAND
                inside = True
                continue
            if inside and not pending and is_inline_link(text, s) and _headline(text, s) \
                    and (not ends_sentence(text) or _question_headline(text)) \
                    and label_family(text, rules, s) not in attribution and not _credit(text, rules) \
                    and not _among_facts(doc, i, rules, s):
                # a "Label: headline" line right above the trailing block: another story's link,
                # whatever its label ("Mehr zum Thema: BSAG dünnt den Takt der Linie 6 aus")
                doc.drop(i, removals.INLINE_LINK)
                below[i] = removals.INLINE_LINK
                continue
            if inside and not pending and doc.evidence and _points_to_original(text):
                # a syndication note right above the trailing block, ending on the original's address
                # ("*** This is a ... syndicated blog ... Read the original post at: https://...")
                doc.drop(i, removals.SOURCE_LINK)
                below[i] = removals.SOURCE_LINK
                continue
            if inside and not pending and doc.evidence and _dangling_lead_in(text, s):
                # a lead-in right above the trailing block, nothing of the article under it: what it
                # introduced (a video, a gallery, a box) is gone ("Saksikan video di bawah ini:")
                doc.drop(i, removals.LABEL)
                below[i] = removals.LABEL
                continue
            if inside and not pending and forms and (family := _closing_pitch(text, forms, rules)):
                # the outlet's bio or note that ends on its pitch, right above the trailing block ("Graham
                # Cluley has been writing about ... since the early 1990s. Follow him on Bluesky, ...")
                doc.drop(i, removals.concept(family))
                below[i] = removals.concept(family)
                continue
            pitch = inside and not pending and (word_count(text) <= s.pitch_words or word_count(text)
                                                <= s.notice_words and _notice(text, forms))
            if pitch and (label_family(text, rules, s) in attribution or _credit(text, rules)
                          or _staff_credit(text, rules)):
                pitch = False  # "Source: ..." above a trailing block is the article's own credit, and its byline
            # with no block below, only a whole sentence that does not open with the outlet: "Decrypt
            # has reached out to ... for comment" ends many articles, and a credit ("Reporting by ...
            # for Reuters") has no full stop; pitches address the reader
            last = not inside and not pending and i == edge[-1] and word_count(text) <= s.pitch_words \
                and ends_sentence(text) and (not outlet.opens_with(text, forms) or _exclaims(text))
            if (pitch or last) and forms and _outlet_pitch(text, forms):
                named = ends_sentence(text) and _names_story(text, doc, forms, rules)
                # (a report opens on the outlet, its subject, or names what the story speaks of: "Hackread.com
                # hat den Entwickler kontaktiert ..."; a pitch in words no concept knows names the outlet
                # further in: "Merrni shënimin e mëngjesit të Kestrel Ledger në kutinë tuaj postare ...")
                if _plain_report(text, rules) and (_well_known(_story_lang(doc), rules)
                                                   or outlet.opens_with(text, forms) or named
                                                   or text.lstrip()[:1] in _OPENING_QUOTES
                                                   or _speaks_of_story(text, doc, forms, s)) \
                        or (_about_itself(doc, forms) or named) and _reported(text, rules):
                    break  # the outlet's reporting: the story's last line, the walk ends above the block
                doc.drop(i, removals.OUTLET_PITCH)
                inside = True
                continue
            if inside and pending and forms and _lists_below(text, pending, doc, forms, s):
                doc.drop(i, removals.OUTLET_PITCH)  # "Explore <outlet>'s newsletters:" over its list
                for j in pending:
                    doc.drop(j, removals.RELATED_LINKS)
                pending = []
                continue
            item = inside and pending and len(pending) < s.list_items and word_count(text) <= s.weak_words
            # (a box's closing words under its hit, "Cancel anytime.": held, for the hit above to take)
            tail_words = not inside and not pending and i == edge[-1] and word_count(text) <= TAIL_WORDS
            if (_is_weak(text, s) and len(pending) < s.max_pending) or pitch or item or tail_words:
                pending.append(i)
                continue
            if not inside and _outlet_headlines(doc, pending, s):
                for j in pending:  # the copy's last lines: "More from <outlet>" over its other headlines
                    doc.drop(j, removals.RELATED_LINKS)
                break
            if inside and doc.evidence:
                for j in itertools.takewhile(lambda j: _timestamp(doc.blocks[j], s) and has_label_colon(doc.blocks[j]),
                                             pending):
                    doc.drop(j, removals.TIMESTAMP)  # the copy's stamp with its date right over the trailer
                    # ("時刻印: 2024年9月12日 06:30"), under the story's last line
            if inside and doc.evidence:
                for j in _headline_list(doc, pending[::-1], s):
                    doc.drop(j, removals.RELATED_LINKS)  # "Most read" over other stories' headlines
                if pending and doc.kept[pending[0]] and _list_heading(doc, pending[0], below, rules, s):
                    doc.drop(pending[0], removals.RELATED_LINKS)  # the lowest line held, over a taken list
            break
        if forms and rule in NAMING_LINES and not outlet.mentions(doc.blocks[i], forms):
            forms.extend(_footer_forms(doc.blocks[i], doc, i, s, rules))
        if pending:
            # a label taken by another rule (the site's template "Time Stamp:") still takes its value
            covering = _covers(removals.LABEL, pending, doc, inside, rules, s) if is_label(doc.blocks[i], s) else None
            covering = covering or _covers(rule, pending, doc, inside, rules, s, i) \
                or _under_labelled_notice(doc.blocks[i], rule, pending, doc, inside, rules, s)
            if covering is None and rule == removals.INLINE_LINK and len(pending) < s.link_list \
                    and all(_is_weak(doc.blocks[j], s) for j in pending):
                pending.append(i)  # a link over headlines: one more entry of a list, whose heading is further up
                continue  # ("Mehr von <outlet>" over "Open Banking: ...", then a headline)
            if covering is None and rule == removals.SITE_TEMPLATE and _standing_list(doc.blocks[i], pending, doc, s):
                covering = removals.RELATED_LINKS  # the site's standing heading over this page's headlines
            if covering is None and rule == removals.KEYWORD_RUN and _outlet_headlines(doc, pending, s):
                covering = removals.RELATED_LINKS  # the copy's tags, then "More from <outlet>" and headlines
            if covering is None and rule == removals.SITE_COPYRIGHT and pending[0] == edge[-1] \
                    and all(_is_weak(doc.blocks[j], s) or j == edge[-1] for j in pending):
                covering = removals.SITE_FOOTER  # "About us", "Contact", "Privacy" under "© 2025 <site>"
            if covering is None and all(_is_weak(doc.blocks[j], s) for j in pending) \
                    and _under_trailer_lines(i, edge, below):
                covering = removals.TRAILING_BLOCK  # ("ຕາປະທັບເວລາ:" over a "more from" line no prior knows)
            if covering is None and inside and doc.kind in ("html", "page") \
                    and sorted(_headline_list(doc, pending[::-1], s)) == sorted(pending):
                covering = removals.RELATED_LINKS  # a box of other stories' headlines under its heading, between
                # two lines of the page's foot ("23 comments" over "Our critics' picks" and the site's reviews)
            if covering is None:
                break
            for j in pending:
                if rule == removals.SITE_TEMPLATE and not doc.evidence:  # (a copy's trailer is the network's)
                    if not own:
                        own.append(_own_line(doc, templates, forms, s))
                    if own[0](doc.blocks[j], not _sibling_entries(doc.blocks[i], doc.blocks[j])):
                        continue  # this page's byline or sentence between the site's standing lines
                if forms and covering in NAMING_LINES and word_count(doc.blocks[j]) <= s.outlet_words \
                        and not outlet.mentions(doc.blocks[j], forms):
                    forms.extend(_footer_forms(doc.blocks[j], doc, j, s, rules))
                doc.drop(j, covering)
            pending = []
        doc.drop(i, rule)
        below[i] = rule
        inside = True


def _own_line(doc: Document, templates: set[str], forms: list[set[str]],
              s: EdgeSettings) -> Callable[[str, bool], bool]:
    """The test of a line held under one of the site's standing lines for this page's own: its
    author's byline ("ავტორი: ნინო ბერიძე"; a name alone, "Айгерім Сейтқалиева", when the page
    writes none of its words in lower case, in a language whose nouns take no capitals: "Zur
    Startseite" is no name), or a sentence that recurs on no other page (the story's last line, set
    under a standing pitch the site puts inside its articles) when ``sentence_may`` (it is no entry
    of the standing line's own list)."""
    recurs = TemplateMatch(templates, s)
    lower: set[str] = set()

    def common(text: str) -> bool:
        if not lower:
            lower.update(w for block in doc.blocks for w in _LETTER_RUN.findall(block) if w[:1].islower())
        return any(w.lower() in lower for w in _LETTER_RUN.findall(text) if w[:1].isupper())

    def test(text: str, sentence_may: bool) -> bool:
        labelled = has_label_colon(text)
        value = split_label(text)[2] if labelled else text
        if _byline(text, forms, s) and all(NAME_WORD.fullmatch(w) for w in value.split()) \
                and (labelled or not common(text) and _story_lang(doc) not in NOUN_CAPITALS):
            return True
        return sentence_may and ends_sentence(text) and word_count(text) >= OWN_SENTENCE_WORDS \
            and not recurs(text) and not recurs.weakly(text)
    return test


_LETTER_RUN = re.compile(r"[^\W\d_]+")
NOUN_CAPITALS = frozenset({"de", "lb"})  # languages whose nouns take capitals: two capitalised words are no name there


def _sibling_entries(a: str, b: str) -> bool:
    """Two lines of one list: each a name of a few words, a dash or a colon, and what it is ("Ранковий
    брифінг — головне про війну ...", "Економіка війни — щомісячний аналіз ...")."""
    return all(_ENTRY_HEAD.match(x) is not None for x in (a, b))


_ENTRY_HEAD = re.compile(r"\S{1,40}(?: \S{1,40}){0,3}?(?: [-\u2013\u2014]|[:\uff1a]) ")  # a name of four words at most


OWN_SENTENCE_WORDS = 4  # ("Cancel anytime.", a box's closing words, has fewer)


def _outlet_headlines(doc: Document, pending: list[int], s: EdgeSettings) -> bool:
    """The lines held at a republished page's end (``pending``, bottom up) are a short heading over
    other stories' headlines ("Další od Tumblejack Play", then three titles), in any language and
    whatever form of the outlet's name the heading takes: the copy's "More from" box."""
    if not doc.evidence or len(pending) < BOX_LINES:
        return False
    top = pending[::-1]
    head = doc.blocks[top[0]].lstrip()
    above = [i for i in doc.live() if i < top[0]]
    if not head[:1].isalpha() or above and doc.blocks[above[-1]].rstrip()[-1:] in COLONS:
        return False  # a list's entry, or the article's own list under its sentence announcing it
    return _headline_list(doc, top, s) == top


def _closing_pitch(text: str, forms: list[set[str]], rules: Rules) -> str | None:
    """The family of a two-sentence line naming the outlet whose last sentence alone is a pitch of
    that family, in that family's length, and which quotes no one: the outlet's note ending on its
    offer. A report naming the outlet ends on no pitch."""
    parts = sentences(text)
    if len(parts) != 2 or QUOTES.search(text) or reported_speech(text) or not outlet.mentions(text, forms):
        return None
    found = rules.concepts.family(parts[-1])
    if found is None or word_count(parts[-1]) > rules.concepts.max_words.get(found[0], DEFAULT.edges.concept_words):
        return None
    return found[0]


def _standing_list(heading: str, pending: list[int], doc: Document, s: EdgeSettings) -> bool:
    """A heading of a few words the site sets on many pages ("Tengdar fréttir", "Тақырыпқа
    қатысты:") over two or more headline-like lines of this page at its end: the site's related
    box, whose entries differ from page to page. Each entry is short and no statement (a
    headline may ask a question)."""
    if word_count(heading) > s.label_words or ends_sentence(heading) or not 2 <= len(pending) <= s.link_list:
        return False
    return all(word_count(line) <= s.weak_words and (not ends_sentence(line) or _question_headline(line))
               for line in (doc.blocks[j] for j in pending))


def _dangling_lead_in(text: str, s: EdgeSettings) -> bool:
    """A short line that ends in a colon and is no "Label: value" line: it introduces what stood
    under it."""
    stripped = text.rstrip()
    return stripped[-1:] in COLONS and word_count(stripped) <= LEAD_IN_WORDS \
        and not split_label(stripped[:-1])[1]


LEAD_IN_WORDS = 8


def _closing_note(text: str, rules: Rules, s: EdgeSettings) -> bool:
    """A short last line that speaks of what a site's notes speak of (comments, permission, reuse,
    the editors, the site itself), in no family's words: the walk may look past it."""
    if word_count(text) > s.pitch_words or len(sentences(text)) > s.addressed_sentences or _names_someone(text):
        return False
    found = set().union(*rules.concepts.found(text).values()) - rules.concepts.weak
    return bool(found & NOTE_CONCEPTS)


def _names_someone(text: str) -> bool:
    """Whether a sentence names someone by two capitalised words past its first word ("Chefredakteur
    Josef Brandl hat zugesagt, ..."): a report of what a person did, no site's standing note."""
    words = _WORD_RUN.findall(text)
    return any(a[:1].isupper() and b[:1].isupper() and not a.isupper() and not b.isupper()
               for a, b in zip(words[1:], words[2:], strict=False))


_WORD_RUN = re.compile(r"[^\W\d_]+")


NOTE_CONCEPTS = frozenset({"comment", "moderation", "permission", "reuse", "editor", "self_site", "contact"})


def strip_follow_block(doc: Document, classify: Classifier, s: EdgeSettings = DEFAULT.edges) -> None:
    """On a republished page, the block that ends the article above its trailing lines with a
    short heading and two or more items of a few words ("Folgen Sie den Themen und Autorinnen
    dieses Artikels", then "Verkehr", "Iryna Kowal"; "ติดตามผู้เขียนและหัวข้อนี้", then "มวยไทย
    +ติดตาม"): the outlet's topics and authors to follow, in any language. No line of it is a
    sentence or holds a figure, and the heading holds no colon (an article's own list is announced
    by one; a wire story ends in "Fonte: ...", then its desk codes). Found before the trailing
    walk, which then meets the lines above it."""
    if not doc.evidence:
        return
    live = doc.live()
    end = len(live)
    while end > 0 and len(live) - end < s.max_edge and classify(doc.blocks[live[end - 1]]) is not None:
        end -= 1  # the trailing block's known lines
    start = end
    item_words = s.follow_item_words
    while start > 0 and end - start <= s.follow_items and _follow_line(doc.blocks[live[start - 1]], item_words):
        start -= 1
    if start > 0 and doc.blocks[live[start - 1]].rstrip()[-1:] in COLONS:
        return  # "The winners are:" over their names: the article's own list
    # the heading: the line above the items, or the first of a run all short enough for an item
    for head in (start - 1, start):
        items = live[head + 1 : end]
        if head < 0 or not s.follow_min_items <= len(items) <= s.follow_items:
            continue
        text = doc.blocks[live[head]]
        if _follow_line(text, s.weak_words) and not split_label(text)[1] and text.rstrip()[-1:] not in COLONS:
            for j in live[head:end]:
                doc.drop(j, removals.FOLLOW_BLOCK)
            return


def strip_follow_buttons(doc: Document, s: EdgeSettings = DEFAULT.edges) -> None:
    """On a republished page, two or more short lines in its second half that end in the same
    button ("Bali +Ikuti", "草原生态 ＋关注": a topic or an author, then "+Follow" in the page's
    language), wherever they stand, and the heading right above them that names the button's
    word ("Ikuti topik dan penulis artikel ini"): the outlet's follow block, whatever follows it."""
    if not doc.evidence:
        return
    live = doc.live()
    half = len(live) // 2
    k = half
    while k < len(live):
        button = _button(doc.blocks[live[k]], s)
        run = k
        while button and run < len(live) and _button(doc.blocks[live[run]], s) == button:
            run += 1
        if button is None or run - k < s.follow_min_items:
            k += 1
            continue
        first = k
        if k > 0:
            head = doc.blocks[live[k - 1]]
            if button.lstrip("+\uff0b") in fold(head) and word_count(head) <= s.weak_words \
                    and head.rstrip()[-1:] not in COLONS and not _DIGIT.search(head):
                first = k - 1
        for j in live[first:run]:
            doc.drop(j, removals.FOLLOW_BLOCK)
        k = run


def _button(text: str, s: EdgeSettings) -> str | None:
    """The "+Follow" a follow block's item ends with (folded), when the rest is a topic or a name."""
    head, _, last = text.strip().rpartition(" ")
    if not head or last[:1] not in "+\uff0b" or len(last) < 3 or ends_sentence(head):
        return None
    return fold(last) if word_count(head) <= s.follow_item_words and not _DIGIT.search(head) else None


def _follow_topics(text: str, rules: Rules, s: EdgeSettings) -> bool:
    """A follow block flattened into one line: a short label that speaks of following, then two or
    more topics or names joined by a separator ("Follow topics: Cassava | Nakhon Ratchasima | Crop
    prices"), none a sentence."""
    head, colon, value = split_label(text)
    if not colon or word_count(head) > s.label_words \
            or not any("follow" in found for found in rules.concepts.found(head).values()):
        return False
    items = list_items(" ".join(value.split()))
    return len(items) >= s.follow_min_items and all(
        word_count(it) <= s.follow_item_words and not ends_sentence(it) and not it.strip().isdigit() for it in items)
    # (a bare number is half of one a decimal comma split: "Abonnenten: 6,2 Millionen" is a figure)


def _follow_line(text: str, words: int) -> bool:
    """A heading or item of a follow block: a few words, no sentence, no figure."""
    return word_count(text) <= words and not ends_sentence(text) and not _DIGIT.search(text)


# lines taken as a list of links or words: a short line right above one is its heading
LIST_LINES = frozenset({removals.RELATED_LINKS, removals.KEYWORD_RUN, removals.FOLLOW_BLOCK})


NETWORK_LINES = frozenset({removals.NETWORK_BRAND, removals.KEYWORD_RUN, removals.SHARED_ENDING,
                           removals.LEARNED_SPAM, removals.PLATO_BOTTOM_LINKS})


# the network's own lines that stand where the article has ended (not a spam sentence ending a
# paragraph, nor a caption, which the page's own echo taught)
TRAILER_LINES = frozenset({removals.NETWORK_BRAND, removals.KEYWORD_RUN, removals.PLATO_BOTTOM_LINKS})


def _under_trailer_lines(i: int, edge: list[int], taken: dict[int, str]) -> bool:
    """Whether a line the network set where the article ends stands between block ``i`` and the
    live line above it."""
    k = edge.index(i)
    top = edge[k - 1] if k > 0 else -1
    return any(taken.get(j) in TRAILER_LINES for j in range(top + 1, i))


def strip_between_network_lines(doc: Document, rules: Rules, s: EdgeSettings = DEFAULT.edges) -> None:
    """On a republished page, a short line standing right above a line the steps took for the
    network's own (its "PlatoData.Network ..." line) and below another taken line: the "SEO Powered
    Content & PR Distribution" line, when it holds a token of the signature ("SEO" kept, "PR"
    translated) or has the list entries' shape, under any taken line (the network's, or the
    outlet's app pitch the page ended with)."""
    if not doc.evidence:
        return
    taken = {r.block: r.rule for r in doc.removed if r.block >= 0}
    for i in range(max(1, len(doc.blocks) // 2), len(doc.blocks) - 1):
        if not doc.kept[i] or taken.get(i + 1) not in NETWORK_LINES or word_count(doc.blocks[i]) > s.signature_words:
            continue
        if taken.get(i - 1) is not None and (rules.signature_part(doc.blocks[i])
                                             or _slogan_entry(doc.blocks[i], s, spelled_out=True)) \
                or rules.signature_parts(doc.blocks[i]) >= SIGNATURE_PARTS:
            doc.drop(i, removals.NETWORK_BRAND)  # (two of its tokens tell it whatever stands above it)
    live = doc.live()
    last = live[-1] if live else 0
    if last > 0 and not doc.kept[last - 1] and taken.get(last - 1) in TRAILER_LINES \
            and word_count(doc.blocks[last]) <= s.signature_words \
            and label_family(doc.blocks[last], rules, s) in rules.role("attribution"):
        # the page's last line, a source's label right under the network's own lines: the network's
        # "Source:" line, naming it in words no prior has ("出典：プラトンのデータの知恵。")
        doc.drop(last, removals.NETWORK_BRAND)


SIGNATURE_PARTS = 2


def _slogan_entry(text: str, s: EdgeSettings, *, spelled_out: bool = False) -> bool:
    """The shape of the network's list entries, whatever the words: a few short sentences ending in
    a slogan of a few words ("SEO-driven content and PR distribution. Get amplified today.", fully
    transliterated in a script where "SEO" keeps no Latin letter), with no figure or quotation. A
    picture's caption ends on its credit, a label and a name ("... کۆیە. فۆتۆ: ئاسۆی کۆیە"): no slogan."""
    parts = sentences(text)  # (``spelled_out``: between two taken lines, a translation may spell the first
    # ones out in twice the words, Urdu's "ایس ای او پر مبنی مواد اور پریس ریلیز کی ترسیل۔"; the slogan stays short)
    most = 2 * s.terse_sentence_words + 2 if spelled_out else s.terse_sentence_words + 3
    return 2 <= len(parts) <= 4 and all(word_count(p) <= most for p in parts) and not has_label_colon(parts[0]) \
        and word_count(parts[-1]) <= s.terse_sentence_words - 1 and not _DIGIT.search(text) \
        and not QUOTES.search(text) and not has_label_colon(parts[-1])


SITE_ITSELF = frozenset({"self_site"})
# what an outlet offers its readers by name: a channel, following it, signing up, its app, its letter
# (not "contact": the outlet contacting someone is its reporting, "France 24 a contacté le ministère")
OFFERS = frozenset({"platform", "follow", "signup", "app", "download", "mail", "letter", "listen", "tip",
                    "send_us", "support_us", "free"})
PRICED = frozenset({"free"})  # an offer whose figures are its terms ("free for 30 days"), not a fact


def _about_itself(doc: Document, forms: list[set[str]]) -> bool:
    """Whether the page's title names its own outlet: the outlet reports on itself (its redesign,
    its paywall, its app), and its lines about its offers are the story's (see :func:`_reported`)."""
    return bool(forms) and outlet.mentions(doc.title or "", forms)


def _story_lang(doc: Document) -> str | None:
    """The story's language: the page's, or its first paragraphs' as the model reads them."""
    if doc.lang:
        return doc.lang
    from ..langs import detect  # (the model loads on first use)

    return detect(" ".join(doc.blocks[i] for i in doc.live()[:STORY_SAMPLE]))


STORY_SAMPLE = 3


def _well_known(lang: str | None, rules: Rules) -> bool:
    """Whether the concepts know ``lang``'s words well (``WELL_KNOWN_STEMS`` stems or more): there a
    line naming the outlet in which they find nothing an outlet's note speaks of is its reporting.
    Elsewhere their silence says little: a pitch's words may be none they hold."""
    if lang is None:
        return False
    counts = _STEM_COUNTS.get(id(rules.concepts))
    if counts is None:
        counts = _STEM_COUNTS[id(rules.concepts)] = {}
        for by_lang in rules.concepts.merged_words().values():
            for code, stems in by_lang.items():
                counts[code] = counts.get(code, 0) + len(stems)
    return counts.get(lang, 0) >= WELL_KNOWN_STEMS


_STEM_COUNTS: dict[int, dict[str, int]] = {}  # stems by language, per concept table


WELL_KNOWN_STEMS = 600  # the network's languages the concepts were written for hold 600 and more


def _speaks_of_story(line: str, doc: Document, forms: list[set[str]], s: EdgeSettings) -> bool:
    """Whether ``line`` shares telling words with the story's other blocks, the outlet's aside, by
    their first letters (an inflected word is the same word): a report speaks of the story's people
    and things ("Ingenjörer som SemiWiki intervjuat ..." under a story on engineers), a pitch of
    mornings and mailboxes."""
    own = {t for form in forms for t in form}
    stem = s.stem_letters
    words = {t[:stem] for t in telling_words(line, s) if t not in own and not is_unspaced(t)}
    if not words:
        return False
    story = {t[:stem] for j in doc.live() if doc.blocks[j] != line for t in telling_words(doc.blocks[j], s)}
    return len(words & story) >= REPORT_SHARED


_OPENING_QUOTES = "\"'«»“”„‘‚「『"  # a line opening on someone's words ("„Tai nėra pabaiga“, – sakė ...")
REPORT_SHARED = 1  # a telling word a report shares with the story it closes


def _plain_report(text: str, rules: Rules) -> bool:
    """A sentence naming the outlet that speaks of nothing an outlet's note does, in any language
    the concepts know (no offer, no reader, no site, no newsletter, no disclaimer): the outlet's
    reporting ("Hackread.com hat den Entwickler kontaktiert, der die Korrektur bestätigte."). A
    line that ends no sentence is a call to action, whatever its words ("... Live TV यहां देखें")."""
    if not ends_sentence(text):
        return False
    news = NEWS_CONCEPTS if len(sentences(text)) == 1 else frozenset()
    return not any(found - news for lang, found in rules.concepts.found(text).items() if written_in(text, lang))


# "earlier" in one sentence is any news sentence's word ("Teslarati iepriekš ziņoja, ka ..."); a bio's
# second sentence opens on it ("... ungumbhali omkhulu we-DeFi e-Onenkani. Ngaphambili wayesebenza ...")
NEWS_CONCEPTS = frozenset({"previously"})


def _names_story(line: str, doc: Document, forms: list[set[str]], rules: Rules) -> bool:
    """Whether ``line`` names someone or something the story is about: a word of the title, no form
    of the outlet and no word a note is made of (a platform: "LINE"), that the body uses as a name:
    written capitalised inside a sentence, or standing in two more blocks ("Kvanta demonstrerade
    tjänsten på Finovates konferens" under "Kvanta lanserar ..."). Where letters have no case, a
    name written in katakana or a word of a spaced script ("پاینویک", "パインウィック") counts the
    second way. The outlet's own note names no one the story is about."""
    own = {t for form in forms for t in form}
    title = doc.title or ""
    others = [doc.blocks[j] for j in doc.live() if doc.blocks[j] != line]
    cased = {w for w in _WORD.findall(title) if w[0].isupper() and w.casefold() not in own}
    uncased = set(_KATAKANA_NAME.findall(title)) | {w for w in _WORD.findall(title) if len(w) >= UNCASED_NAME
                                                    and w.upper() == w.lower() and not is_unspaced(w)}
    words = set(_WORD.findall(line))
    named = [w for w in cased if w in words] + [w for w in uncased if w in line and not any(w.casefold() in o
                                                                                         for o in own)]
    for w in named:
        if any(rules.concepts.found(w).values()):
            continue
        if w in cased and any(re.search(rf"[^\W\d_][,;:]? {re.escape(w)}\b", b) for b in others) \
                or sum(w in b for b in others) >= 2:
            return True
    return False


_WORD = re.compile(r"\b[^\W\d_][^\W_]{2,}")  # a word of three letters or more, opening with a letter
_KATAKANA_NAME = re.compile("[\u30a1-\u30fa\u30fc]{3,}")
UNCASED_NAME = 4  # letters of a word of the title that may be a name in a script without case


def _reported(text: str, rules: Rules) -> bool:
    """On a page about its own outlet, a line on its offers that speaks neither to the reader nor of
    the article itself: news ("Aplikasi Kompas.id akan diperbarui pekan depan." under "Kompas.id
    tampil dengan desain baru"), where "Haaretz subscribers may gift this article" is a pitch."""
    return not speaks_to_reader(text, rules) \
        and not any(ITSELF & found for found in rules.concepts.found(text).values())


def named_pitch(text: str, forms: list[set[str]], rules: Rules, s: EdgeSettings = DEFAULT.edges) -> str | None:
    """The family of a short line in which the outlet, by name, offers the reader something
    ("Ndiqni Kohën në WhatsApp ...", "Өдрийн сониныг Facebook хуудсаар дагаж ...", "Theo dõi Báo Đà
    Nẵng trên Zalo ..."): its name speaks as "our site" does, so one concept of an offer (a
    platform, following, an app) makes the outlet's note. Not a quotation, reported speech or a
    line with a figure."""
    if word_count(text) > s.pitch_words or not forms or QUOTES.search(text) or reported_speech(text) \
            or not outlet.mentions(text, forms) or captioned(text):
        return None  # (a picture's caption may credit the outlet: "... کارکن۔ تصویر: کارواں چین")
    # (a post embedded in the story gives its link and its handle: "The 9to5Mac BundleHunt ... from just $1
    # each https://t.co/... by @trevorjd14"; its price is no offer of the outlet's)
    terms = priced(text) and not URL.search(text) and not _HANDLE_AT.search(text)
    if terms and not ends_sentence(text) and len(sentences(text)) <= s.addressed_sentences \
            and not _STOPLESS.search(text) and _names_in_full(text, forms):
        # the outlet's name and its price, set apart as no sentence is: an offer, in words no concept
        # has ("fasiti socii de Vôs di Cjargne cun 30 euros al an", "Abonnéiert Iech op ...: ... fir 1 Euro");
        # Thai and Lao end no sentence with a stop, so there nothing sets the line apart
        return "paywall"
    if not any(found & OFFERS for found in rules.concepts.found(text).values()):
        return None  # "this report", "the announcement": words the outlet's own story may use
    found = rules.concepts.family(text, also=SITE_ITSELF)
    if found is None or _DIGIT.search(_without_name_figures(text, forms)) and not found[1] & PRICED \
            and not terms:
        return None  # (a figure states a fact: "Suivez France 24 : 3 000 bénévoles sont attendus samedi.";
    return found[0]  # a price is the offer's term: "Tanysgrifiwch i'r Penrhyn Heddiw am £3 y mis")


def _names_in_full(text: str, forms: list[set[str]]) -> bool:
    """Whether ``text`` names the outlet by every word of a name of two words or more, as written
    ("Vôs di Cjargne", "La Votz d'Aussau"): a price beside a word that merely looks like the name is
    no offer of the outlet's."""
    words = set(tokens(text))
    # (a name's long word capitalised past the line's first word, or in a script without capitals: "ce que"
    # or a line's first "Super" is no name)
    named = {t for w in text.split()[1:] for t in tokens(w) if len(t) >= OUTLET_STEM_LETTERS
             and (w.lstrip("«\"'(\u201c\u201e")[:1].isupper() or caseless(w))}
    return any(len(form) >= 2 and form <= words and form & named for form in forms)


def outlet_voice(text: str, rules: Rules, forms: list[set[str]]) -> bool:
    """Whether a sentence is the outlet's own voice: it names the outlet, speaks to the reader, or
    makes a line of a pitch or note family. A site's standing sentence is; a background paragraph
    that every article of one story repeats reports in the third person, and is the article's."""
    return outlet.mentions(text, forms) or speaks_to_reader(text, rules) or rules.concepts.family(text) is not None \
        or rules.family(text) is not None


def strip_inner_templates(doc: Document, classify: Classifier, templates: set[str], rules: Rules,
                          s: EdgeSettings = DEFAULT.edges) -> None:
    """On a republished or an HTML page, a line the run learned as the site's standing line, moved between
    the article's paragraphs ("Слушайте подкаста „Дневник в осем“ ...", a podcast plug set
    mid-page): taken there when it is the outlet's own voice, naming the outlet, speaking to the
    reader or making a line of a pitch family. A background paragraph that every article of a
    story repeats recurs too, but reports in the third person and names no outlet."""
    forms: list[list[set[str]]] = []
    is_template = TemplateMatch(templates, s)  # (asked first: the classifier's other tests cost far more)
    live = [i for i in doc.live() if i != doc.title_block]
    for k, i in enumerate(live):
        text = doc.blocks[i]
        # (a standing sentence on fewer of the site's pages in the article's first third is a series' opening)
        weak = not is_template(text)
        if weak and not (k >= len(live) // 3 and is_template.weakly(text)):
            continue
        # (one that another rule names is taken here too, the weaker ones as well, but never a quote
        # or reported speech)
        rule = classify(text)
        if rule is None or rule != removals.SITE_TEMPLATE and (reported_speech(text)
                                                               or quotes_someone(text, s.spoken_chars)):
            continue
        if not forms:
            forms.append(outlet.forms(doc, rules))
        if outlet_voice(text, rules, forms[0]):
            doc.drop(i, removals.SITE_TEMPLATE)


def strip_template_labels(doc: Document, start: int, s: EdgeSettings = DEFAULT.edges) -> None:
    """The label right above a standing line the steps took for the site's (since ``start``), in
    its words: "Réservé aux abonnés" over "Abonnez-vous pour lire la suite : ...". A heading of the
    story says its own words, not the site's pitch's."""
    taken = [r for r in doc.removed[start:] if r.rule == removals.SITE_TEMPLATE and r.block >= 0]
    for r in taken:
        above = next((i for i in range(r.block - 1, -1, -1) if doc.kept[i]), None)
        if above is not None and above != doc.title_block and _labels(doc.blocks[above], r.text, s):
            doc.drop(above, removals.SITE_TEMPLATE)


def _labels(label: str, line: str, s: EdgeSettings) -> bool:
    """A short label over ``line`` that says one of its words: no sentence, no figure, a long word's
    stem shared ("abonnés" and "Abonnez-vous")."""
    if word_count(label) > s.label_words or ends_sentence(label) or _DIGIT.search(label) or has_label_colon(label):
        return False  # (a line with its own label, "لیکوال: ..." a byline, is no box's label)
    return bool(long_stems(label) & long_stems(line))


def strip_note_headings(doc: Document, rules: Rules, s: EdgeSettings = DEFAULT.edges) -> None:
    """On a republished page, a short heading right above a block the steps took for the outlet's
    own sentence (a bio, a pitch, a note known by its concepts or phrases) in the page's second
    half: that block's heading ("この記事を書いた人", "Über die Autorin"), in any language: it speaks
    of a concept (the author, this article, sharing). Not a credit or byline ("Edited by Andrew
    Hayward", "Edição: Rafael Souza", "カイル・ウィガーズ 著"): no colon, past its first word no
    capitalised word, and a name is no concept."""
    if not doc.evidence and doc.kind != "page":
        return
    taken = {r.block: r.rule for r in doc.removed if r.block >= 0}
    half = len(doc.blocks) // 2 if doc.evidence else 1  # (a page's text sets its boxes anywhere)
    for i in range(max(1, half), len(doc.blocks) - 1):
        family = removals.family_of(taken.get(i + 1, ""))
        if not doc.kept[i] or family not in rules.role("sentences"):
            continue
        text = doc.blocks[i]  # it says what the note is: its author, this article
        named = _note_heading(text, rules, s) and rules.concepts.found(text)
        if named or _box_heading(text, doc.blocks[i + 1], rules, s):
            doc.drop(i, removals.TRAILING_BLOCK)


def _box_heading(text: str, note: str, rules: Rules, s: EdgeSettings) -> bool:
    """A box's longer heading over its note ("Receba as notícias do mercado cripto todas as manhãs"
    over "Cadastre seu e-mail e receba nosso resumo diário gratuito."): no sentence, figure or
    label, and it speaks, in the note's language, of one of the concepts the note was known by
    (here how often it comes)."""
    if word_count(text) > s.weak_words or ends_sentence(text) or _DIGIT.search(text) or split_label(text)[1] \
            or text.rstrip()[-1:] in COLONS or QUOTES.search(text):
        return False
    mine = rules.concepts.found(text)
    return any(found & mine.get(lang, frozenset()) for lang, found in rules.concepts.found(note).items())


def _note_heading(text: str, rules: Rules, s: EdgeSettings) -> bool:
    """A heading's shape: a few words, no sentence, figure or label; past its first word a capital
    opens only a word of a concept (German's nouns: "Über die Autorin"), never a name."""
    if word_count(text) > s.label_words + 2 or ends_sentence(text) or _DIGIT.search(text) or split_label(text)[1]:
        return False
    words = text.split()
    return not any(_cased_opening(w).isupper() and not rules.concepts.found(w) for w in words[1:]) \
        and text.rstrip()[-1:] not in COLONS


# trailing lines that name the outlet, in the words the page's own translation gave it
NAMING_LINES = frozenset({removals.OUTLET_LINK, removals.LABEL_VALUE, removals.phrase("more_from")})


def _footer_forms(text: str, doc: Document, edge_start: int, s: EdgeSettings,
                  rules: Rules | None = None) -> list[set[str]]:
    """The outlet as a "More from X" line names it: its longer words that the article above never
    uses. The title tail may carry the name transliterated ("দ্য ডিফায়েণ্ট") while the footer
    translates it ("অবাধ্যৰ পৰা অধিক", from the Defiant): a pitch or bio naming it the second
    way still names the outlet. Where letters have case, only its capitalised words past the first
    can be the name ("Повеќе од Дешифрирај": not "Повеќе", more); where a phrase prior knows the
    line, the words it matched are not ("المزيد من المراقب": "المراقب"). The last lines above it,
    where such a pitch sits, are not the article it is compared with."""
    if word_count(text) > s.outlet_words:
        return []
    spans = rules.role_spans(text, "names_outlet") if rules is not None else []
    if spans and len(fold(text)) == len(text):  # the phrase a prior knows ("المزيد من") is no name
        for a, b in reversed(spans):
            text = text[:a] + " " + text[b:]
    words = text.split()
    names = {t for k, w in enumerate(words) if w[:1].isupper() and k > 0 or not _cased(w) or spans
             for t in tokens(w) if len(t) >= s.footer_name_letters}
    if not names:
        return []
    above = [j for j in doc.live() if j < edge_start][: -s.footer_candidates or None]
    body = " ".join(doc.blocks[j] for j in above).casefold()
    novel = {t for t in names if not _has_word(body, t)}
    return [novel] if novel and not any(t.isdigit() for t in novel) else []  # a name of two words: both


def _has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own (not inside a longer one)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not WORDISH.match(text[start - 1])) and (end == len(text) or not WORDISH.match(text[end])):
            return True
        start = text.find(word, start + 1)
    return False


def _cased(word: str) -> bool:
    """Whether ``word`` is written in a script with letter case: there a name past the first word
    is capitalised, and "more" or "from" are not; without case any word may be the name."""
    return any(ch.isupper() or ch.islower() for ch in word[:3])


def _lists_below(text: str, pending: list[int], doc: Document, forms: list[set[str]], s: EdgeSettings) -> bool:
    """A line naming the outlet that ends in a colon, over a few short lines: the outlet's list of
    newsletters (or of its channels) right above the trailing block."""
    return text.rstrip()[-1:] in COLONS and len(pending) <= s.list_items \
        and all(word_count(doc.blocks[j]) <= s.weak_words for j in pending) and _outlet_pitch(text, forms)


def strip_pitch_lists(doc: Document, rules: Rules, s: EdgeSettings = DEFAULT.edges) -> None:
    """A newsletter pitch's list: the few "Name: what it brings. Weekly." lines between a pitch the
    steps took and the trailing block (or the end) go with the pitch, in any language. Every line
    must be a short label and its value, or (right above the trailing block) a bare topic or name
    of a few words ("Følg emner og forfattere ...", then "Mobiltelefoner", "Teknologi", "Kari
    Nordvik"): article paragraphs under a pitch set mid-body are neither."""
    if not doc.evidence:
        return
    # (a heading naming the outlet, taken for its pitch, heads its list too: "Newsletters from X")
    pitches = sorted(r.block for r in doc.removed
                     if r.block >= 0 and (removals.family_of(r.rule) in rules.role("heads_pitch")
                                          or r.rule == removals.OUTLET_PITCH and not ends_sentence(r.text)))
    for p in pitches:
        run = []
        j = p + 1
        while j < len(doc.blocks) and doc.kept[j]:
            run.append(j)
            j += 1
        if 2 <= len(run) <= s.list_items and (all(_list_entry(doc.blocks[k], s) for k in run) or (
                j < len(doc.blocks) and all(_bare_item(doc.blocks[k], s) for k in run))):
            for k in run:
                doc.drop(k, removals.RELATED_LINKS)


def _names_own_letter(text: str, outlet_forms: Callable[[], list[set[str]]], rules: Rules) -> bool:
    """A pitch for the outlet's own newsletter set between paragraphs: it names the outlet and
    speaks of signing up, of a newsletter or mailbox or of the day it comes ("Recevez la lettre de
    L'Octet Libre : ..., chaque vendredi à 7 heures"; one of them is enough with the name)."""
    if not any(c & _OWN_LETTER for c in rules.concepts.found(text).values()):
        return False
    forms = outlet_forms()
    if not forms or captioned(text):
        return False  # (a chart's caption credits the outlet: "Weekly net flows ... Chart: Blockwatch Tape")
    named = {t for form in forms for t in form}
    rest = " ".join(t for t in tokens(text) if t.casefold() not in named and t.casefold().rstrip("s") not in named)
    return any(c & _OWN_LETTER for c in rules.concepts.found(rest).values()) and _outlet_pitch(text, forms)
    # (the words of the outlet's name speak of nothing: "Gridprice Weeklys beregninger")


_OWN_LETTER = frozenset({"signup", "letter", "mail", "cadence"})


def _list_entry(text: str, s: EdgeSettings) -> bool:
    """A line of a newsletter list: a name of a few words (in quotation marks or not: "«Пӯшиши
    рӯз» — ..."), a colon or a dash, a line on what it brings ("Morgenbriefing – dagens vigtigste
    tech-nyheder klokken 7"); no one's words quoted."""
    head, colon, value = split_label(text)
    if not colon:
        head, colon, value = _split_dash(text)
    return bool(colon) and word_count(head) <= 3 and 0 < word_count(value) <= s.weak_words \
        and not QUOTES.search(value) and (not QUOTES.search(head) or _quoted_name(head))


def _quoted_name(head: str) -> bool:
    """A name set whole in quotation marks, as a list writes its newsletters' ("«Көн йомгагы»")."""
    bare = head.strip()
    return len(bare) > 2 and QUOTES.match(bare) is not None and QUOTES.match(bare[-1]) is not None \
        and not QUOTES.search(bare[1:-1])


def strip_outlet_footer(doc: Document, rules: Rules, s: EdgeSettings = DEFAULT.edges) -> None:
    """On a republished page, the outlet's own closing block under its story, in any language: a
    heading naming the outlet ("Newsletters from The Oxbow Review", "Informleteroj de La Oksbova
    Revuo", "Бюллетенҳои Copperline") over a few lines of a footer's length down to the trailing
    block (or the end), half of them at least the outlet's: its list's entries ("Upstream — our
    long read"), lines naming it (its disclaimer, its appeal), one of them by its name as the
    heading writes it. The block's other lines ("Follow topics and authors: ...") go with it. The
    story's own subheading names the outlet in an inflected form at most ("STAT" in "states")."""
    if not doc.evidence or not doc.source:
        return
    end = len(doc.blocks)
    while end > 0 and not doc.kept[end - 1]:
        end -= 1  # above the trailing block the steps took
    live = [i for i in range(end) if doc.kept[i]]
    if len(live) < FOOTER_HEAD_MIN:
        return
    pitched = {r.block for r in doc.removed if r.rule == removals.OUTLET_PITCH}
    name = line_key(doc.source)
    for h in range(live[max(0, len(live) - FOOTER_LINES)], end):
        text = doc.blocks[h]
        if not (doc.kept[h] or h in pitched) or word_count(text) > FOOTER_HEADING_WORDS or ends_sentence(text) \
                or line_key(text) == name or not _names_as_written(text, name):
            continue
        below = [i for i in range(h + 1, end) if doc.kept[i]]
        if not FOOTER_BELOW[0] <= len(below) <= FOOTER_BELOW[1] \
                or any(word_count(doc.blocks[i]) > FOOTER_LINE_WORDS for i in below) \
                or not any(_names_as_written(doc.blocks[i], name) for i in below):
            continue
        forms = outlet.forms(doc, rules)  # (only for a heading that names the outlet: most pages have none)
        own = sum(_list_entry(doc.blocks[i], s) or outlet.mentions(doc.blocks[i], forms) for i in below)
        if own * 2 >= len(below):
            for i in [h, *below] if doc.kept[h] else below:
                doc.drop(i, removals.OUTLET_FOOTER)
            return


def _names_as_written(text: str, name: str) -> bool:
    """Whether ``text`` holds the outlet's name (its line key) as whole words, case aside, with no
    case ending glued on ("STAT" is not in "states")."""
    return bool(name) and f" {name} " in f" {line_key(text)} "


FOOTER_LINES = 10  # the story's last lines where the outlet's closing block may start
FOOTER_HEADING_WORDS = 6  # "Newsletters from The Oxbow Review"
FOOTER_HEAD_MIN = 4  # a page this short is all story
FOOTER_BELOW = (2, 8)  # lines under the block's heading: a list, a disclaimer, a follow line, an appeal
FOOTER_LINE_WORDS = 40  # a footer's line; the story's paragraphs run longer


def _bare_item(text: str, s: EdgeSettings) -> bool:
    """A topic or a name to follow: a few words, no sentence end, no figure, no label."""
    return 0 < word_count(text) <= s.item_words and not ends_sentence(text) and not _DIGIT.search(text) \
        and not has_label_colon(text)


def _split_dash(text: str) -> tuple[str, str, str]:
    """``text`` split at its first spaced dash: ("Morgenbriefing", " – ", "dagens ...")."""
    match = _DASH.search(text)
    return (text, "", "") if match is None else (text[: match.start()], match.group(), text[match.end() :])


_DASH = re.compile(r"\s[-\u2013\u2014]\s")


def _notice(text: str, forms: list[set[str]]) -> bool:
    """A standing notice naming the outlet, longer than a pitch ("This material ... Mirage.News does
    not take institutional positions or sides."): it names the outlet by a form of whole words (not
    syllables a Vietnamese sentence may hold) and no one else (a report names its people)."""
    whole = [form for form in forms if all(len(t) >= NOTICE_NAME_LETTERS for t in form)]
    return bool(whole) and outlet.mentions(text, whole) and not outlet.other_names(text, forms)


NOTICE_NAME_LETTERS = 4


def _credit(text: str, rules: Rules) -> bool:
    """A line that opens with an attribution label ("Source:", "Fonte:")."""
    spans = rules.family_spans(text, *rules.role("attribution"))
    return bool(spans) and spans[0][0] <= len(text) - len(text.lstrip())


def _outlet_pitch(text: str, forms: list[set[str]]) -> bool:
    """The outlet's own pitch or disclaimer, right above the trailing block: a sentence that names
    the outlet (in any case ending), with no figure in it (a fact, a date, a copyright year), no
    one's words quoted (reported speech; a show's name in quotation marks is none: "Слушайте подкаст
    «24/7 Уолл-стрит: Деньги» ..."), and not a short credit under a label."""
    if _short_credit(text) or _signed(text):
        return False  # "Source: <outlet> calculations, Token Terminal" is a credit, whatever its language;
        # "Sólveig Hauksdóttir – solveig@eyjavaktin.is" the writer's byline with the address at the outlet
    figures = _HOUR.sub(" ", _CLOCK.sub(" ", _without_name_figures(text, forms)))  # (when a newsletter comes: "at 6am")
    figures = _WORDED_HOUR.sub(lambda m: " " if _an_hour(m.group(1)) else m.group(), figures)  # ("à 7 heures")
    return not _DIGIT.search(figures) and not reported_speech(text) and outlet.mentions(text, forms)


def _an_hour(word: str) -> bool:
    """Whether the lexicon knows ``word`` as a word for hours ("heures", "horas")."""
    return any("hour" in found for found in load_rules().concepts.found(word).values())


_WORDED_HOUR = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])\s?([^\W\d_]+)")


def _signed(text: str) -> bool:
    """A writer's name and their e-mail address, nothing else: the byline, in any language."""
    rest = _EMAIL.sub(" ", text)
    if rest == text:
        return False
    words = rest.replace("\u2013", " ").replace("\u2014", " ").translate(_BYLINE_MARKS).split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and NAME_WORD.fullmatch(w) for w in words)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_BYLINE_MARKS = str.maketrans({c: " " for c in "-|,;/()<>"})


def _without_name_figures(text: str, forms: list[set[str]]) -> str:
    """``text`` without the outlet's own tokens that hold a figure: "France 24", "9to5Mac" or
    "ソラニュース24" name the outlet, they state no fact."""
    named = {t for form in forms for t in form if _DIGIT.search(t)}
    if not named:
        return text
    folded = text.casefold()
    for token in sorted(named, key=len, reverse=True):
        folded = folded.replace(token, " ")
    return folded


_DIGIT = re.compile(r"\d")
# a key chord a page tells its reader to press (the keys keep their Latin names in every language)
_KEY_CHORD = re.compile(r"\b(?:ctrl|strg|cmd|shift|alt)\s?\+\s?(?:enter|return|f\d{1,2}|[a-z])\b", re.IGNORECASE)
_DATELINE = re.compile(r"(?<!\S)([^\s\-\u2013\u2014]+(?: [^\s\-\u2013\u2014]+){0,2}) ?[-\u2013\u2014] ?(\S.*)")


def _dateline(text: str, forms: list[set[str]]) -> bool:
    """A place, a dash and the outlet, the way a paper opens its own story ("عمان- الغد", "Kraków –
    Gazeta Krakowska"): the article's dateline, no link to the outlet."""
    m = _DATELINE.fullmatch(text.strip())
    return m is not None and not outlet.mentions(m.group(1), forms) and word_count(m.group(2)) <= 3 \
        and outlet.mentions(m.group(2), forms)
_EXCLAIM = frozenset("!\uff01\u055c\u1367")  # "!", full-width, Armenian, Ethiopic


def _exclaims(text: str) -> bool:
    """A line ending in an exclamation mark calls out to the reader ("<outlet>'s latest stories on
    social media too!"); a report that opens with the outlet ("<outlet> has reached out to ...")
    states."""
    return text.rstrip()[-1:] in _EXCLAIM


def _share_rows(doc: Document, live: list[int], rules: Rules) -> list[int]:
    """A share row copied one button a line above the lede ("Share", "Facebook", "LinkedIn",
    "Email", "Copy link"): a run of lines of a word or two, no sentence, two or more of them a
    platform's name alone. A line naming one platform is no row (a heading "Facebook" stays)."""
    out: list[int] = []
    run: list[int] = []
    for i in [*live, -1]:
        text = doc.blocks[i] if i >= 0 else ""
        if i >= 0 and 0 < word_count(text) <= SHARE_BUTTON_WORDS and not ends_sentence(text) \
                or i >= 0 and rules.platform_button(text) is not None:
            run.append(i)
            continue
        buttons = [(k, label) for k, j in enumerate(run) if (label := rules.platform_button(doc.blocks[j])) is not None]
        labels = [label for _, label in buttons]
        if labels and max(labels.count(label) for label in labels) >= 2:
            # two buttons or more alike (a platform's name alone, or with the same words), from the
            # row's label over the first ("Share", "শেয়ার করুন"; a byline above it is the article's)
            first, last = buttons[0][0], buttons[-1][0] + 1
            if first and _share_label(doc.blocks[run[first - 1]], rules):
                first -= 1
            # past the last button, the row's other buttons ("Copy link", "E-mail"), not the byline
            # and the date under the row ("Tomas Jankauskas", "2025-05-16 12:40")
            while last < len(run) and not _DIGIT.search(doc.blocks[run[last]]) \
                    and not _byline(doc.blocks[run[last]], [], DEFAULT.edges):
                last += 1
            out.extend(run[first:last])
        run = []
        if i >= 0 and (out or ends_sentence(text) and word_count(text) > SHARE_ROW_ABOVE_WORDS):
            break  # (one row, above the lede: an article's list of platforms stays; a reading time,
            # "Skaitymo laikas: 3 min.", is no lede)
    return out if out and out[-1] != live[-1] else []


SHARE_BUTTON_WORDS = 3  # ("Copy link", "লিংক কপি করুন")
SHARE_LABEL_WORDS = 2  # the row's label over its first button ("Share", "Compartir en")
SHARE_ROW_ABOVE_WORDS = 6  # a line ending on a stop above the row may be this long and be no lede


def _share_label(text: str, rules: Rules) -> bool:
    """A share row's label: one word ("Dalintis"), or two that speak of sharing or end on a label's
    colon ("শেয়ার করুন", "ಹಂಚಿಕೊಳ್ಳಿ:"); a byline's name over the row, two words or more, is the article's."""
    words = word_count(text)
    return words == 1 and not _DIGIT.search(text) or words <= SHARE_LABEL_WORDS and (
        text.rstrip()[-1:] in COLONS or any("share_it" in found for found in rules.concepts.found(text).values()))


def strip_leading(doc: Document, classify: Classifier, rules: Rules, s: EdgeSettings = DEFAULT.edges,
                  templates: set[str] = frozenset()) -> None:
    """Remove reading-time, share and label lines before the first article block.

    Only short lines: the first paragraph of an article (its lede) may well name
    a newsletter or restate the title, and is never boilerplate.
    """
    live = doc.live()[: s.max_edge]
    strong = TemplateMatch(templates, s) if templates else None
    navigation = strong or TemplateMatch(set(), s)  # (a path of sections is navigation with no templates too)
    for i in _share_rows(doc, live, rules):
        doc.drop(i, removals.phrase("share"))
    live = [i for i in live if doc.kept[i]]
    for pos, i in enumerate(live):
        if pos + 1 < len(live) and _site_navigation(doc.blocks[i], templates, navigation):
            doc.drop(i, removals.SITE_TEMPLATE)
            continue
        rule = classify(doc.blocks[i])
        if rule == removals.SITE_TEMPLATE and strong is not None and strong.weak and not strong(doc.blocks[i]):
            rule = None  # a standing sentence on fewer of the site's pages opens no article: a series' opening
        if rule in (None, removals.CONCEPT_PREFIX + "min_read") and doc.evidence and pos + 1 < len(live) \
                and reading_time(doc.blocks[i], rules, s):
            doc.drop(i, removals.READING_TIME)
            continue
        if rule in (None, removals.LABEL) and doc.evidence and pos + 1 < len(live) and is_label(doc.blocks[i], s) \
                and not _AGENCY_DATELINE.search(doc.blocks[i]):  # (a dateline: "ਚੰਡੀਗੜ੍ਹ (ਸਪੋਕਸਮੈਨ ਸਮਾਚਾਰ ਸੇਵਾ):")
            doc.drop(i, removals.LABEL)  # a bare label over the lede of a republished page, its value
            continue  # lost ("সময়ছাপ:", Time Stamp): a lede is no label
        if rule is None and pos + 1 < len(live) \
                and (_timestamp(doc.blocks[i], s) or _meta_row(doc.blocks[i], rules, s)) \
                and not _timestamp(doc.blocks[live[pos + 1]], s) and not _entry_time(doc, i) \
                and not all(_meta_row(doc.blocks[j], rules, s) for j in live[pos + 1 : pos + 3]):
            # (a table's rows, parted by bars, come three or more: a byline's rows one or two)
            doc.drop(i, removals.TIMESTAMP)  # "입력 2025-05-12 18:20 수정 2025-05-12 21:05" (not a timetable's rows)
            continue
        if rule is None:
            if doc.evidence:  # "Most read" and its headlines above the lede
                listed = [i]
                for j in live[pos + 1 :]:
                    if not _is_weak(doc.blocks[j], s):
                        break
                    listed.append(j)
                below = live[pos + len(listed) :]
                if below and len(_headline_list(doc, listed, s)) == len(listed):
                    for j in listed:
                        doc.drop(j, removals.RELATED_LINKS)
            break
        words = word_count(doc.blocks[i])
        # on a republished page, structural spam moved above the lede is as sure as below the
        # body (not phrase priors nor a restated title: a lede may name a newsletter or the title;
        # nor concepts alone: a lede speaks of what it reports, "first", "published")
        # A pitch or note known by its concepts alone is sure when it shares nothing with the title
        # and the block under it restates the title: that block is the lede
        # (a line known by its concepts under a label may be as long as the concepts' lines: a
        # disclaimer's two sentences, "Aviso: ..."; a long line with no label may be the lede, which
        # speaks of a newsletter as its story: "GAILLIMH — Sheol Leabharlann ... nuachtlitir ...")
        # (a phrase prior's hit that a concept recipe also trusts inside the text is known both ways)
        head, colon, _ = split_label(doc.blocks[i])
        labelled = bool(colon) and word_count(head) <= s.label_words
        trusted = inside_recipe(doc.blocks[i], rules, s) \
            if rule.startswith((removals.CONCEPT_PREFIX, removals.PHRASE_PREFIX)) else None
        recipe = trusted is not None and (rule.startswith(removals.CONCEPT_PREFIX)
                                          or not attributed_clause(doc.blocks[i], trusted[1], rules, s))
        by_concepts = rule.startswith(removals.CONCEPT_PREFIX) or recipe
        limit = s.concept_words if by_concepts and labelled else s.phrase_words
        sure = bool(doc.evidence) and words <= limit and (
            rule in LEADING_SURE
            or rule.startswith(removals.PHRASE_PREFIX) and _pitch_sentence(doc.blocks[i], rule, rules)
            and (not _of_the_title(doc, doc.blocks[i], s) or speaks_to_reader(doc.blocks[i], rules))
            # (the lede of a story about a newsletter speaks of the title, and not to the reader)
            or (by_concepts
                or removals.family_of(rule) in rules.role("sentences") and speaks_to_reader(doc.blocks[i], rules))
            and _above_the_lede(doc, i, live[pos + 1 :], s)
            # a pitch or disclaimer trusted between paragraphs is trusted above the lede, unless it
            # speaks of what the title does: then it is the lede of a story about a newsletter
            or recipe and rule.startswith(removals.CONCEPT_PREFIX)
            and (not _of_the_title(doc, doc.blocks[i], s) or speaks_to_reader(doc.blocks[i], rules)))
        # an HTML page's note on the article itself above its lede ("This article contains affiliate
        # links ..."), or a record's a scraper took from its address: the markup kept it inside the
        # article, but it speaks of no part of the story
        sure = sure or (doc.kind == "html" or bool(doc.url)) and by_concepts and words <= limit \
            and removals.family_of(rule) in rules.role("page_notes") and pos + 1 < len(live) \
            and not _of_the_title(doc, doc.blocks[i], s)
        if not sure and (_room(rule, rules, s) or rule == removals.TITLE_REFERENCE or words > s.chrome_words
                         or rule.startswith(removals.CONCEPT_PREFIX) and _of_the_title(doc, doc.blocks[i], s)):
            break  # (a short lede known by concepts alone speaks of the title: "삼성전기가 ... 처음으로 공개했다.")
        if rule == removals.KEYWORD_RUN and labelled and pos + 1 < len(live) \
                and _credit_pair(doc.blocks[live[pos + 1]]):
            break  # the first line of the story's credits over its other ones ("Хореография: Жан Коралли, ..."
            # over "Жизель — Анастасия Белова"): a tag run heads no such block
        doc.drop(i, rule)
        if _room(rule, rules, s) > 1 and words >= 2:
            _take_listed(doc, live[pos + 1 :], _room(rule, rules, s), s)


def _credit_pair(text: str) -> bool:
    """A credit's line: a role and a name apart by a colon or a spaced dash ("Жизель — Анастасия
    Белова", "Director: Isla Brennan"), a few words each side, no sentence."""
    parts = _SPACED_DASH.split(text, maxsplit=1)
    if len(parts) != 2:
        head, colon, value = split_label(text)
        parts = [head, value] if colon else []
    return len(parts) == 2 and all(0 < word_count(p) <= CREDIT_PAIR_WORDS for p in parts) and not ends_sentence(text)


_SPACED_DASH = re.compile(r"\s[\u2013\u2014]\s")
CREDIT_PAIR_WORDS = 4


def strip_head_widgets(doc: Document, rules: Rules, s: EdgeSettings) -> None:
    """Among the story's head lines, under its byline and date as often as over them, what the
    page set there: the page's own address alone (a print's header, with the line over it that
    names the site: "కృష్ణాతీరం వార్తలు నుండి ముద్రించబడింది", "Impresso de ..."), and in a page's
    whole text a reading time ("পড়তে সময় লাগবে ৩ মিনিট"; an HTML page's head may state a time that
    is the story's: "Čas branja: 10 minut na dan", "Tahliye süresi 4 dakikanın altında")."""
    live = doc.live()
    names = [toks for name in (doc.source, doc.site_name) if name and (toks := set(tokens(name)))]
    for pos, i in enumerate(live[:DATED_LINE_BLOCKS]):
        if i == live[-1]:
            break
        text = doc.blocks[i]
        if URL_LINE.match(text.strip()):
            doc.drop(i, removals.SOURCE_LINK)
            above = doc.blocks[live[pos - 1]] if pos else ""
            if pos and doc.kept[live[pos - 1]] and word_count(above) <= LINK_LABEL_WORDS \
                    and not ends_sentence(above) and not _DIGIT.search(above) and outlet.mentions(above, names):
                # (the name in any case: "Prentað af vef Austfjarðapóstsins")
                doc.drop(live[pos - 1], removals.SOURCE_LINK)
            below = doc.blocks[live[pos + 1]]
            head, colon, value = split_label(below)
            if (colon and word_count(head) <= s.label_words or not colon and word_count(below) <= PRINT_DATE_WORDS) \
                    and not ends_sentence(below) and _YEAR.search(value or below) \
                    and word_count(_FIGURES.sub(" ", value or below)) <= 2 and live[pos + 1] != live[-1]:
                doc.drop(live[pos + 1], removals.TIMESTAMP)  # the print's date under it ("Prentað 24.10.2025")
        elif doc.own_site and reading_time(text, rules, s) \
                and not any(ends_sentence(doc.blocks[j]) for j in live[:pos]):
            doc.drop(i, removals.READING_TIME)  # (over the lede: under it, a time is the story's subhead)
        elif _page_widget(text, rules) and not any(ends_sentence(doc.blocks[j]) for j in live[:pos]):
            doc.drop(i, removals.LABEL)  # "Print this page", "Stampa questa pagina" over the lede: a button's
        elif doc.evidence and pos and _under_byline(doc, live[:pos]) \
                and (note := _head_note(doc, text, rules, s)) is not None:
            doc.drop(i, note)  # under the copied byline, above the lede: "本文含有推广链接，...可能从中获得佣金。"


PRINT_DATE_WORDS = 3
BYLINE_LINE_WORDS = 6


def _under_byline(doc: Document, above: list[int]) -> bool:
    """Whether only a byline's or a date's short lines stand above: no sentence, no paragraph."""
    return not any(ends_sentence(doc.blocks[j]) or word_count(doc.blocks[j]) > BYLINE_LINE_WORDS for j in above)


def _head_note(doc: Document, text: str, rules: Rules, s: EdgeSettings) -> str | None:
    """The rule of a page's note on itself known by its concepts (a disclaimer: "this article
    contains affiliate links; the outlet may earn a commission"), a line's length, that speaks of
    nothing the title does: set under the byline, it is no lede."""
    found = rules.concepts.family(text)
    if found is None or found[0] not in rules.role("page_notes") or word_count(text) > s.concept_words \
            or _of_the_title(doc, text, s):
        return None
    return removals.concept(found[0])


def _page_widget(text: str, rules: Rules) -> bool:
    """A button's label that speaks of the page itself and of nothing else ("Print this page",
    "چاپ این صفحه"): a few words, no sentence, no figure."""
    if word_count(text) > WIDGET_WORDS or ends_sentence(text) or _DIGIT.search(text) or text.rstrip()[-1:] in COLONS:
        return False
    found = [c for c in rules.concepts.found(text).values() if SELF_CONCEPT in c]
    return bool(found) and all(c <= WIDGET_CONCEPTS for c in found)


WIDGET_WORDS = 4
WIDGET_CONCEPTS = frozenset({SELF_CONCEPT, "publish", "reading", "share_it"})


def strip_dated_lines(doc: Document, rules: Rules, s: EdgeSettings) -> None:
    """A line near the top that says when the page was posted or updated, under the lede as often as
    over it ("Обновлено 21 июня 2025, 11:40", "آخر تحديث: الأحد 18 مايو 2025 - 15:20"): a full date with
    its year, and a clock time or a label, no sentence. A live entry's time has no year, and a
    line a sentence of the story announces is the story's ("כל מסמך שמועלה מקבל שורה כמו זו:" over
    "חותמת זמן: 15.12.2026, 10:42:07")."""
    live = doc.live()
    for k, i in enumerate(live[:DATED_LINE_BLOCKS]):
        text = doc.blocks[i]
        if _timestamp(text, s) and _YEAR.search(text) and (_CLOCK.search(text) or has_label_colon(text)) \
                and not (k and _announcing(doc.blocks[live[k - 1]])) \
                and not (_among_facts(doc, i, rules, s) and k + 1 < len(live)
                         and has_label_colon(doc.blocks[live[k + 1]]) and _among_facts(doc, live[k + 1], rules, s)):
            doc.drop(i, removals.TIMESTAMP)  # (a date among the story's facts is one of them: "Objevena: 17. září
            # 2013" between "Označení: ..." and "Objevitelé: ...")



def _announcing(text: str) -> bool:
    """A sentence of the story ending on a colon: it announces the line under it."""
    return text.rstrip()[-1:] in COLONS and word_count(text) >= ANNOUNCING_WORDS


ANNOUNCING_WORDS = 6


DATED_LINE_BLOCKS = 4


def _site_navigation(text: str, templates: set[str], is_template: TemplateMatch) -> bool:
    """A navigation row over the lede that the run saw on the site's other pages: whole ("News |
    Sport | Business | ..."), or its head with another section last ("Startseite › Fachartikel ›
    Umformtechnik"). A row of this page alone (a dateline and a date) is the article's."""
    if (parts := crumbs(text)) is None:
        return False
    if len(parts) >= ARROW_PARTS and _ARROW.search(text) and not _DIGIT.search(text) \
            and len(set(_ARROW.findall(text))) == 1:
        return True  # "Nyumbani › Habari › Pwani": a path of sections, no date or place row, on any page
    head = crumb_head(text)
    return head is not None and CRUMB + head in templates or is_template(text)


_ARROW = re.compile(r"\s[\u203a>\u00bb\uff1e]\s")  # a path's arrow between sections ("›", ">", "»", "＞")
ARROW_PARTS = 3


_AGENCY_DATELINE = re.compile(r"[(（][^()（）]+[)）]\s*[:：]\s*$")  # the place, the agency in brackets, a colon


def _timestamp(text: str, s: EdgeSettings) -> bool:
    """A line that says when the page was posted or updated: a clock time or a full date, and a
    few words besides its figures (labels, a month's name), no sentence ("Dikemas kini: 15 Mei 2025,
    4:12 petang", "입력 2025-05-12 18:20 수정 2025-05-12 21:05")."""
    if ends_sentence(text):
        return False
    if _CLOCK.search(text) or _ISO_DATE.search(text):
        return word_count(_FIGURES.sub(" ", text)) <= s.label_words + 2  # "Publicerad 12 maj 2025 kl 06.00 · ..."
    # a labelled date with its year ("Cyhoeddwyd: 14 Mai 2025", "Updated: May 14th, 2025"); a dateline
    # ("LONDON, May 12, 2025") has no label's colon
    head, colon, value = split_label(text)
    return bool(colon) and word_count(head) <= 2 and _YEAR.search(value) is not None \
        and word_count(_FIGURES.sub(" ", value)) <= 2


def _meta_row(text: str, rules: Rules, s: EdgeSettings) -> bool:
    """A byline's row: short parts set apart by middle dots or bars, none a sentence, one of them
    a date or a reading time ("Gan Siân Williams | 5 Chwefror 2025", "ലേഖകൻ: സന്തോഷ് കുമാർ · 3
    മിനിറ്റ് വായന", "لیکوال: احمد ولي ستانکزی | ۱۴۰۳/۷/۳۰"), whatever the language calls them."""
    if ends_sentence(text) or not _ROW_SEPARATOR.search(text):
        return False
    parts = [p.strip() for p in _ROW_SEPARATOR.split(text)]
    if not 2 <= len(parts) <= ROW_PARTS or not all(parts) \
            or any(word_count(p) > s.label_words + 1 or ends_sentence(p) and not _dates(p) for p in parts):
        return False
    return any(_dates(p) or reading_time(p, rules, s) for p in parts)


_ROW_SEPARATOR = re.compile(r"\s[|\u00b7\u2022\u2027\u2219\u30fb]\s")
ROW_PARTS = 4


def _dates(text: str) -> bool:
    """A part holding a year (in any script's digits: "۱۴۰۳/۷/۳۰", "२०२५"), a clock time or a date."""
    text = western_digits(text)
    return bool(_YEAR.search(text) or _SOLAR_DATE.search(text) or _CLOCK.search(text) or _ISO_DATE.search(text))


_SOLAR_DATE = re.compile(r"(?<!\d)1[34]\d\d/\d{1,2}/\d{1,2}(?!\d)")  # the Persian and Afghan calendars' years


def _entry_time(doc: Document, at: int) -> bool:
    """Whether the line at ``at`` is a time alone and other times alone stand further down: a live
    blog's entries, each opening on its time (the first one's is no posting time)."""
    return TIME_ALONE.match(doc.blocks[at]) is not None and any(
        TIME_ALONE.match(doc.blocks[j]) for j in doc.live() if j > at)

_CLOCK = re.compile(r"(?<!\d)[0-2]?\d[:.h][0-5]\d(?!\d)")  # "18:20", "06.00", "14h32"
_HOUR = re.compile(r"(?<![\d.,])(?:1[0-2]|0?\d)\s?[ap]\.?m\b\.?", re.IGNORECASE)  # "6am", "7 p.m."
_ISO_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12]\d|3[01])(?!\d)")
_YEAR = CALENDAR_YEAR
_FIGURES = re.compile(r"[\d:.,/\-\u2013\u00b7()|]+")


def reading_time(text: str, rules: Rules, s: EdgeSettings) -> bool:
    """A reading time above the lede, however worded ("Lukeminen vie noin 3 minuuttia", "Przeczytasz
    w 4 minuty"): a few words, one small number, a word for minutes in some language, no sentence.
    A lede has a sentence; a programme's hours under a label carry two numbers."""
    numbers = _NUMBER.findall(text)
    return word_count(text) <= s.reading_time_words and len(numbers) == 1 and int(numbers[0]) <= 120 \
        and not ends_sentence(text) and any("minute" in found for found in rules.concepts.found(text).values())


_NUMBER = re.compile(r"\d+")


def _above_the_lede(doc: Document, i: int, below: list[int], s: EdgeSettings) -> bool:
    """A line speaks of nothing the title speaks of (one of its words at most, the beat: "crypto"),
    and the block under it does: that block is the lede, and the line above it is no part of the
    article ("Get the day's top crypto stories in your inbox every morning. Sign up free." over a
    lede that restates the title)."""
    # words compared by their first letters: an inflected word is still the title's word
    # ("스테이블코인의" under "스테이블코인", "Solanan" under "Solana")
    title = stems(doc.title or "", s)
    if len(title) < s.title_words_min or not below:
        return False

    def share(text: str) -> float:
        own = [t[: s.stem_letters] for t in telling_words(text, s)]
        return sum(t in title for t in own) / len(own) if own else 0.0

    if _of_the_title(doc, doc.blocks[i], s):
        return False
    # the lede restates the title: a good share of its words are the title's, or (a long lede)
    # it holds a good share of the title's words
    lede = {t[: s.stem_letters] for t in tokens(doc.blocks[below[0]])}
    return share(doc.blocks[below[0]]) >= s.lede_title_share \
        or sum(t in lede for t in title) >= s.title_in_lede * len(title)


def _of_the_title(doc: Document, text: str, s: EdgeSettings) -> bool:
    """Whether a line speaks of what the title speaks of: a good share of its telling words are the
    title's, or two of them (compared by their first letters, so an inflected word still counts)."""
    words = set(telling_words(doc.title or "", s))
    title = {t[: s.stem_letters] for t in words}
    if len(title) < s.title_words_min:
        return False

    def titles(word: str) -> bool:  # (a short word with a particle on it: "삼성전기가" of "삼성전기")
        return word[: s.stem_letters] in title or any(len(t) >= 2 and word.startswith(t) for t in words)

    own = list(telling_words(text, s))
    line = {t for t in tokens(text) if titles(t)}
    return bool(own) and sum(map(titles, own)) / len(own) > s.off_title_share or len(line) > 1


def _headline_list(doc: Document, lines: list[int], s: EdgeSettings) -> list[int]:
    """A short heading over two or more headlines of other stories ("Most read", then titles),
    among ``lines`` (top down): every line under it link-like, and each sharing few of its words
    with the article (a list of the article's own points speaks of what the article speaks of).
    The heading and its headlines (the lines below them may head the next block: "About the
    author" over a bio), or nothing."""
    from ..extract.page_text import is_fact, shared_stems  # (the edge steps are no dependency of extraction)

    if len(lines) < BOX_LINES or _names_the_story(doc, lines, doc.blocks[lines[0]], s) \
            or not ends_sentence(doc.blocks[lines[0]]) and _titled_heading(doc.blocks[lines[0]], doc.title, s):
        return []  # the run heads the story's own list ("Праграма кірмашу"), or the title speaks of its
        # heading ("O que deve levar para a urgência" under "Urgência pediátrica ..."): no line of it heads a box
    for k in range(len(lines) - 2):
        head = doc.blocks[lines[k]]
        if head.rstrip()[-1:] in COLONS:
            return []  # a line announcing a list ("Usoro ememe a bụ:"): what stands under it is the list
        if word_count(head) > s.list_heading_words or head.rstrip()[-1:] in ".!?" or head.lstrip()[:1].isdigit():
            continue  # (a line opening on a figure is an entry of the list above it: "१ वाटी बेसन")
        end = k + 1
        while end < len(lines) and _is_weak(doc.blocks[lines[end]], s) \
                and word_count(doc.blocks[lines[end]]) >= s.headline_words and not _opens_lower(doc.blocks[lines[end]]):
            end += 1  # (a headline opens with a capital where letters have case; a list's points may not)
        items = lines[k + 1 : end]
        labels = {_label(doc.blocks[j]) for j in items if has_label_colon(doc.blocks[j])}
        if len(labels) >= 2 or sum(is_fact(doc.blocks[j]) and _DIGIT.search(doc.blocks[j]) is not None
                                   for j in items) >= 2 \
                or len(items) >= 2 and all(doc.blocks[j].lstrip()[:1].isdigit() for j in items):
            return []  # facts under their labels ("Režisierė: ...", "Trukmė: ..."), or figures by theirs
            # ("Евро — 1,9558 лв. (0,00)"), or entries each opening on its amount ("62 מיליון שקל
            # לשיפוץ מוסדות חינוך", "18 מיליון שקל ..."), no headlines
        if len(items) < 2 or any(doc.blocks[j].rstrip()[-1:] in COLONS for j in items) \
                or any(word_count(doc.blocks[j]) > s.list_heading_words for j in lines[end:]):
            continue  # a line announcing what follows belongs to the article's own list; below the
            # headlines only the next block's heading may stand
        if _names_the_story(doc, lines, head, s) or _numbered_steps([doc.blocks[j] for j in items]) \
                and shared_stems([doc.title or ""], head):
            return []  # "Program slavností" over a festival story's events: its own list; "登録の手順"
            # over "１．...", "２．...": steps numbered from one under a heading the title speaks of
        article = {t for i in doc.live() if i not in lines for t in tokens(doc.blocks[i]) if _telling_token(t)}
        novel = True
        for j in items:
            own = [t for t in tokens(doc.blocks[j]) if _telling_token(t)]
            novel = novel and bool(own) and sum(t in article for t in own) <= s.headline_shared * len(own)
        return lines[k:end] if novel else []
    return []


def _titled_heading(heading: str, title: str | None, s: EdgeSettings) -> bool:
    """A long word of the heading stands in the title ("urgência" of "O que deve levar para a
    urgência"); short words are any line's ("della" of "Più letti della settimana")."""
    long_words = {t[: s.stem_letters] for t in telling_words(heading, s) if len(t) >= HEADING_WORD_LETTERS}
    return bool(long_words & stems(title or "", s))


HEADING_WORD_LETTERS = 7


def _numbered_steps(lines: list[str]) -> bool:
    """Lines numbered one, two, three ... in order, in any script's digits ("１．", "2)")."""
    for k, line in enumerate(lines, 1):
        found = NUMBERED_STEP.match(line.lstrip())
        if found is None or int(found.group().rstrip(".)\uff0e\uff09\u3001 ")) != k:
            return False
    return len(lines) >= 2


def _telling_token(token: str) -> bool:
    """A word long enough to say what a line is about: four letters, or two syllables where a
    letter is a syllable (Hangul, Han, kana: "게임", "기기")."""
    return len(token) >= 4 or len(token) >= 2 and _SYLLABLES.match(token) is not None


_SYLLABLES = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _names_the_story(doc: Document, lines: list[int], head: str, s: EdgeSettings) -> bool:
    """A heading every telling word of which (two at least) the story's headline or its other
    paragraphs hold, inflected or not: it names what the story is about, as a box of other
    stories' headlines ("Most read", "Editor's picks", "More news from Lipník") does not."""
    words = stems(head, s)
    if len(words) < HEADING_STORY_WORDS:
        return False
    story = {t for i in doc.live() if i not in lines for t in stems(doc.blocks[i], s)}
    for title in doc.title_lines[:1]:
        story |= stems(title, s)
    return words <= story


HEADING_STORY_WORDS = 2


def _list_heading(doc: Document, i: int, below: dict[int, str], rules: Rules, s: EdgeSettings) -> bool:
    """A short heading right above a list the walk or a step took (related stories joined in one
    block, a tag run, a follow block) with everything under it taken: the list's heading
    ("Σχετικές ιστορίες"), in any language. Not a credit, and no word of it stands in the article
    (a last line of the story speaks of what the story speaks of)."""
    text = doc.blocks[i]
    if below.get(i + 1) not in LIST_LINES or any(doc.kept[i + 1 :]) \
            or word_count(text) > s.list_heading_words or text.rstrip()[-1:] in ".!?" + COLONS or ends_sentence(text) \
            or _DIGIT.search(text) or _credit(text, rules) or QUOTES.search(text):
        return False
    words = {t for t in tokens(text) if len(t) >= 4}
    article = {t for j in doc.live() if j != i for t in tokens(doc.blocks[j])}
    return bool(words) and not words & article


def _opens_lower(text: str) -> bool:
    """Whether the first letter of ``text`` (past a list mark) is a lower-case one."""
    first = next((ch for ch in text if ch.isalpha()), "")
    return first.islower()


def _take_listed(doc: Document, below: list[int], room: int, s: EdgeSettings) -> None:
    """The list under a heading dropped above the lede ("Most Read from X" and its headlines):
    two or more link-like lines, all of them up to the first line that is not one."""
    listed = []
    for j in below:
        if not _is_weak(doc.blocks[j], s):
            break
        listed.append(j)
    if 2 <= len(listed) <= room:
        for j in listed:
            doc.drop(j, removals.RELATED_LINKS)


def _pitch_sentence(text: str, rule: str, rules: Rules) -> bool:
    """A whole pitch sentence: two or more fragments of the pitch families in one line ("Stay on
    top of crypto news, get daily updates in your inbox."). A lede that talks about a newsletter
    names it once; the pitch is made of nothing else."""
    if rule.startswith(removals.CONCEPT_PREFIX):
        return True  # two concepts or more, by the recipe that found it
    if not rule.startswith(removals.PHRASE_PREFIX):
        return False
    family = rule[len(removals.PHRASE_PREFIX):]
    return family in rules.role("sentences") and len(rules.family_spans(text, family)) >= 2


# Hits that are no article's first line on a republished page, whatever their length.
LEADING_SURE = frozenset({removals.KEYWORD_RUN, removals.NETWORK_BRAND, removals.SITE_TEMPLATE,
                          removals.LEARNED_SPAM, removals.SHARED_ENDING, removals.OUTLET_LINK})


def is_inline_link(text: str, s: EdgeSettings = DEFAULT.edges, rules: Rules | None = None) -> bool:
    """The shape of "Related: <headline>": a one-to-three-word label, then a headline, no sentence end;
    given the ``rules``, a label of four words that bids reading too ("یہ خبر بھی پڑھیں", "ये खबर भी
    पढ़ें": "read this story too"), and under such a label a longer headline of a script without
    capitals, which tells no sentence case ("نور ولولئ: ...", fifteen words).

    Not a bracketed line (a caption's "(Image credit: ...)"), nor a label of one or two letters:
    "A:" and "Q:" mark an interview's turns; nor a label with a number (a section's), nor a line of
    three labelled facts."""
    head, sep, tail = split_label(text)
    if not sep or ends_sentence(text) and not _question_headline(text) or URL.search(text):
        return False
    stripped = text.strip()
    if stripped[:1] in "([" and stripped[-1:] in ")]" or sum(ch.isalpha() for ch in head) <= 2:
        return False
    if _DIGIT.search(head) or label_colon(tail) is not None and label_colon(split_label(tail)[2]) is not None \
            or _fact_row(text):
        return False  # a numbered section's head ("Día 4: ..."), a row of facts ("Prep: 20 min · Serves: 4 · ...",
        # "ਸਰਵੋਤਮ ਧਾਵੀ: ਗੁਰਵਿੰਦਰ ਸਿੰਘ · ਸਰਵੋਤਮ ਜਾਫੀ: ਮਨਜੋਤ ਸਿੰਘ", the best raider and the best catcher)
    if CONTACT.search(tail) or _NUMBER_GROUPS.search(tail):
        return False  # a contact the story gives ("Samband: Hvannasunds kommuna, tlf. 00 44 10"): no headline
    size = word_count(tail)
    label = word_count(head)
    return (1 <= label <= 3 or label == READING_LABEL_WORDS and rules is not None and bids_reading(text, rules)) \
        and 3 <= size <= s.cased_link_value_words \
        and (size <= s.link_value_words or _sentence_case(tail) or rules is not None and _uncased(tail)
             and bids_reading(text, rules)) and not tail.startswith((" //", "//"))


def _fact_row(text: str) -> bool:
    """A row of labelled facts: "Stat: Talas İlçe Stadı · Hakem: Murat Öztürk"."""
    head, colon, tail = split_label(text)
    return bool(colon) and any(has_label_colon(part) for part in _ROW_PARTS.split(tail)[1:])


READING_LABEL_WORDS = 4
_ROW_PARTS = SPACED_ROW_MARK  # a row's parts: "Label: value · Label: value"
_NUMBER_GROUPS = re.compile(r"\d{2,}(?:[\s.-]\d{2,}){2,}\s*$")  # a telephone number's groups, ending the line


def _listed_entries(value: str) -> bool:
    """A label's value that lists entries with their figures, three or more short parts between
    commas or semicolons ("Стефан Гаврић 9, Урош Недељковић 6, Лазар Симић 5", "王磊（27分钟）、刘洋、张伟"):
    a line-up, the scorers, a result's rows, no other story's headline ("Oil, gold rise as the
    dollar weakens"). A tag run's topics carry no figure ("Tagy: Poprad, pekáreň, investície")."""
    parts = [p for p in _ENTRY_MARKS.split(value) if p.strip()]
    return len(parts) >= ENTRY_PARTS and _DIGIT.search(value) is not None \
        and sum(word_count(p) <= ENTRY_WORDS for p in parts) * 3 >= len(parts) * 2


_ENTRY_MARKS = re.compile(f"(?<!\\d),|,(?!\\d)|[{COMMAS[1:]}{SEMICOLONS}]")  # ("95,000": one figure)
ENTRY_PARTS = 3
ENTRY_WORDS = 4


def _other_story(text: str, article: Counter[str], s: EdgeSettings) -> bool:
    """A link's headline names another story: few of its words stand elsewhere in the article
    (``article`` counts in how many blocks each word stands). A section head ("Technical analysis:
    USD/JPY eyes the 143.50 support") speaks of what the paragraphs under it speak of."""
    own = set(telling_words(split_label(text)[2], s))
    mine = set(telling_words(text, s))
    shared = sum(article[t] - (t in mine) > 0 for t in own)
    return bool(own) and shared <= s.link_shared * len(own)


def article_words(doc: Document, s: EdgeSettings) -> Counter[str]:
    """In how many live blocks each telling word stands."""
    return Counter(t for i in doc.live() for t in set(telling_words(doc.blocks[i], s)))


def telling_words(text: str, s: EdgeSettings) -> list[str]:
    """The tokens of ``text`` that tell what it speaks of: words of ``title_word_letters`` letters
    or more, in CJK every two-letter token (a word is about two), and in the unspaced scripts
    that write vowels as marks (Thai, Lao, Khmer, Myanmar) every run of ``syllable_letters``
    letters with their marks: two code points there are a syllable's pieces, which every text of
    the language holds."""
    found = [t for t in tokens(text) if len(t) >= s.title_word_letters
             or len(t) == 2 and is_unspaced(t) and not _MARKED_UNSPACED.match(t)]
    for run in _MARKED_UNSPACED.findall(text):
        letters = _SYLLABLE_PIECE.findall(run)
        found.extend("".join(letters[k : k + s.syllable_letters])
                     for k in range(max(1, len(letters) - s.syllable_letters + 1)))
    return found


_MARKED_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]+")
_SYLLABLE_PIECE = re.compile(r"[^\W\d_][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd"
                             r"\u102b-\u103e\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d"
                             r"\u1071-\u1074\u1082-\u108d\u108f\u109a-\u109d\u17b4-\u17d3\u17dd]*")


def strip_inline_links(doc: Document, rules: Rules, s: EdgeSettings = DEFAULT.edges) -> None:
    """"Related Reading: <headline>" lines and whole pitch sentences between paragraphs.

    A known related/read-more label is enough; on pages already known to be
    republished, the shape alone (short label, colon, headline) is too, and on an outlet's own
    page when the label bids the reader read and the headline tells another story; unless the
    line introduces a list or is the article's first or last block.
    """
    live = doc.live()
    head: list[str] = []  # the page's head and its concepts, on first need
    counts: list[dict[str, int]] = []

    def head_counts() -> dict[str, int]:
        if not counts:
            counts.append(rules.concepts.counts(head_blocks()))
        return counts[0]
    link_labels = rules.role("link_labels")
    forms: list[list[set[str]]] = []  # the outlet's forms, on first need

    def outlet_forms() -> list[set[str]]:
        if not forms:
            forms.append(outlet.forms(doc, rules))
        return forms[0]
    on_itself: list[bool] = []  # whether the page reports on its own outlet, on first need

    def itself() -> bool:
        if not on_itself:
            on_itself.append(_about_itself(doc, outlet_forms()))
        return on_itself[0]

    def reports(i: int) -> bool:  # the outlet's words about itself or its story, not to the reader
        return (itself() or _names_story(doc.blocks[i], doc, outlet_forms(), rules)) and _reported(doc.blocks[i], rules)
    shaped = [is_inline_link(doc.blocks[i], s, rules) and word_count(doc.blocks[i]) <= s.phrase_words for i in live]

    def head_blocks() -> list[str]:
        if not head:
            head.extend(page_head(doc, s))
        return head

    def about_reading(text: str) -> bool:  # a page about reading ("वाचन वेळ: दररोज ६ ते ८" is its library's hours)
        return sum(any("reading" in f for f in rules.concepts.found(t).values()) for t in head_blocks() if t != text) \
            >= s.topic_mentions
    words_of: list[Counter[str]] = []  # the article's words, on first need

    def other_story(text: str) -> bool:
        if not words_of:
            words_of.append(article_words(doc, s))
        return _other_story(text, words_of[0], s)
    # several "Label: line" lines apart from each other, under labels that all differ, are the
    # article's own section heads ("The Plan Stage: ...", "The Build Stage: ..."); links repeat
    # their one label, or stand alone (a run of label lines is a list: see _in_label_list)
    apart = [i for k, i in enumerate(live) if shaped[k] and not any(
        0 <= q < len(live) and shaped[q] for q in (k - 1, k + 1))]
    # (labels a phrase family knows, "Related:", "Image credit:", "Source:", head no section)
    if len({_label(doc.blocks[i]) for i in apart if label_family(doc.blocks[i], rules, s) is None}) \
            >= s.section_labels:
        shaped = [False] * len(live)
    for pos, i in enumerate(live):
        text = doc.blocks[i]
        words = word_count(text)
        if words > s.concept_words or _programme_entry(doc, live, pos):
            continue
        if words <= 3 and comment_count(text, rules) or doc.kind == "page" and _counter_row(text, rules):
            doc.drop(i, removals.concept("comment_prompt"))  # the comments' counter between paragraphs (with
            continue  # its button: "14 comments · Join the conversation")
        if translated_name(text, rules):
            doc.drop(i, removals.NETWORK_BRAND)  # "منبع: هوش داده افلاطون." moved between paragraphs
            continue
        if words <= FEEDBACK_WORDS and _feedback_prompt(text):
            doc.drop(i, removals.FEEDBACK_PROMPT)  # "Was this page helpful? Yes No", between paragraphs
            continue
        if stamped_row(text) or doc.evidence and quote_row(text):
            doc.drop(i, removals.DATA_TICKER)  # "Marktticker Matif: Weizen ... | zuletzt aktualisiert 14:05 Uhr";
            continue  # on a copy, the outlet's ticker: "Beurs nu: AEX 948,12 (+0,4%) · euro/dollar 1,157 · ..."
        if words <= GALLERY_WORDS + 1 and gallery_count(text, rules) or picture_counter(text, rules):
            doc.drop(i, removals.GALLERY_COUNT)  # "Галерија · 14 фотографии" between paragraphs
            continue
        if live_teaser(text, rules) or 0 < pos < len(live) - 1 and _section_teaser(doc, live, pos):
            doc.drop(i, removals.OTHER_HEADLINE)  # "EN DIRECT – Procès Lambotte à Mons : suivez le réquisitoire
            continue  # minute par minute": a live page's headline under its label, set between paragraphs
        if doc.kind == "page" and (words <= CLICK_WORDS and click_prompt(text, rules) or _labelled_click(text, rules)):
            doc.drop(i, removals.CLICK_PROMPT)  # "निकाल पाहण्यासाठी येथे क्लिक करा", wherever it stands in a
            continue  # page's whole text (an article's own "Click here to get more information ..." under each
            # entry of its list is its text, on its page and on the network's copy of it)
        if words <= s.pitch_words and _KEY_CHORD.search(text) \
                and not any(_KEY_CHORD.search(t) for t in head_blocks() if t != text):
            doc.drop(i, removals.KEY_PROMPT)  # wherever it stands: "Սխա՞լ եք նկատել։ ... Ctrl+Enter"
            continue
        if words <= 3 and share_label(text, rules):
            doc.drop(i, removals.phrase("share"))  # a share widget's label between paragraphs
            continue
        if (doc.evidence or doc.kind == "page") and words <= s.follow_words and _HANDLE_AT.search(text) \
                and _asks_reader(text) and rules.platforms_named(text) and not reported_speech(text) \
                and not quotes_someone(text):
            doc.drop(i, removals.FOLLOW_LINE)  # "Стали свидетелем происшествия? Присылайте ... в наш
            continue  # Telegram-бот @..._bot": the site's handle offered to the reader between paragraphs
        if (doc.evidence or doc.kind == "page") and words <= s.follow_words and CONTACT.search(text) \
                and (_our_number(text, rules) or _asks_then_offers(text, rules)
                     or _names_own(text, doc) and _names_platform(text, rules)) \
                and not reported_speech(text) and not quotes_someone(text):
            doc.drop(i, removals.FOLLOW_LINE)  # "... हमें WhatsApp नंबर 94310 52786 पर भेजें": the site's
            continue  # number on a platform, offered in its "us" (or to the reader it asked, or under the site's
            # own name: "Mande sua foto ... para o WhatsApp do Borborema em Pauta: (83) 98822-4107.") between paragraphs
        if words <= 2 and ad_label(text, rules) and not about(
                text, rules.concepts.subjects.get("ad_label", set()), head_blocks(), head_counts, rules, s):
            doc.drop(i, removals.concept("ad_label"))  # an ad slot's label between paragraphs
            promoted = _headlines_under(doc, live, pos, s)
            lines = [doc.blocks[j] for j in promoted]
            for j in promoted if len(promoted) >= AD_HEADLINES and not any(map(has_label_colon, lines)) else ():
                doc.drop(j, removals.RELATED_LINKS)  # a sponsored box's promoted headlines under it (one
                # line under an ad's label heads the article's next section; "Label: value" lines are its facts)
            if pos + 1 < len(live) and _ad_offer(doc, live, pos + 1, s):
                doc.drop(live[pos + 1], removals.concept("ad_label"))
            continue
        if doc.evidence and words <= CONTINUE_WORDS and continue_label(text, rules):
            doc.drop(i, removals.concept("ad_label"))  # "記事の続きは下にあります", "SCROLL TO CONTINUE WITH CONTENT"
            continue
        if doc.kind == "page" and page_caption(text, rules, s):
            doc.drop(i, removals.PAGE_CAPTION)  # where the picture stood in the page's text
            continue
        # a pitch set between paragraphs of a republished page (not a quoted one); an article of
        # its own may well talk about a newsletter that "lands in your inbox at 6am"
        # (a whole page's text keeps its site's boxes between paragraphs, as a republished page does)
        boxed = bool(doc.evidence) or doc.kind == "page"
        pitch = rules.family(text) if boxed and words <= s.phrase_words else None
        if pitch is not None and reports(i):
            pitch = None
        # (a lede that speaks of what the title does, not to the reader, is a newsletter story's)
        # (on an outlet's own page that is about what the pitch offers, its new newsletter, how to
        # sign up is the story's)
        if pitch is not None and _pitch_sentence(text, removals.phrase(pitch), rules) and not QUOTES.search(text) \
                and (pos > 0 or not _of_the_title(doc, text, s) or speaks_to_reader(text, rules)) \
                and (doc.evidence or not about(
                    text, rules.concepts.subjects.get(pitch, set()), head_blocks(), head_counts, rules, s)):
            doc.drop(i, removals.phrase(pitch))
            continue
        if boxed and pos > 0 and rules.concepts.family(text) is not None \
                and (found := by_concepts(text, head_blocks(), head_counts, rules, s, inside=True)):  # never the lede
            doc.drop(i, found)  # the same pitch, worded as no phrase prior has it
            continue
        if doc.evidence and pos > 0 and words <= s.pitch_words and _names_own_letter(text, outlet_forms, rules) \
                and not reports(i) and not reported_speech(text):  # (someone's words on a newsletter)
            doc.drop(i, removals.OUTLET_PITCH)  # "Sign up for Semafor Technology: what's next in tech."
            continue
        if doc.evidence and _follow_topics(text, rules, s):
            doc.drop(i, removals.FOLLOW_BLOCK)  # "ติดตามหัวข้อ: มันสำปะหลัง | นครราชสีมา | ราคาพืชผล"
            continue
        # (a figure on an own page's first paragraph is its news, not an offer's term: "Od 1 lutego ...")
        if (doc.evidence or pos > 0 or not _DIGIT.search(text)) \
                and (family := named_pitch(text, outlet_forms(), rules, s)) is not None \
                and not (reports(i)) and (doc.evidence or not about(
                    text, rules.concepts.subjects.get(family, set()), head_blocks(), head_counts, rules, s)):
            doc.drop(i, removals.concept(family))  # "Ndiqni Kohën në WhatsApp dhe Viber ..."; on an
            continue  # outlet's own page, unless the page is about what it offers (its new channels)
        if doc.evidence and pos > 0 and _outlet_data_line(text, outlet_forms(), rules, s):
            doc.drop(i, removals.OUTLET_DATA_LINE)  # "Погода в ...: −4 °C, облачно, ... Прогноз на неделю – в
            continue  # разделе «Погода» на нашем сайте."
        if (doc.evidence or doc.kind == "page") and _station_plug(text, s):
            doc.drop(i, removals.STATION_PLUG)  # "Ku saurari "Noma Tushen Arziki" kowace Talata ... a 99.3 FM"
            continue
        if pos > 0 and not doc.evidence and _site_address(text, doc, s) and not reports(i):
            doc.drop(i, removals.SITE_ADDRESS)  # "Inis dúinn do scéal: nuacht@scealaanchosta.ie"
            continue
        if words > s.phrase_words:
            continue
        if doc.evidence and _image_credit(text, rules, s, lambda: attributed_names(doc, rules, s)):
            doc.drop(i, removals.IMAGE_CREDIT)  # a picture's credit between paragraphs
            continue
        if boxed and (stray := _stray(text, rules, s)) \
                and not (text.rstrip()[-1:] in COLONS and pos + 1 < len(live)
                         and NUMBERED_STEP.match(doc.blocks[live[pos + 1]].lstrip())) \
                and not (0 < pos < len(live) - 1 and _labelled(text) and _labelled(doc.blocks[live[pos - 1]])
                         and _DIGIT.search(text) and _DIGIT.search(doc.blocks[live[pos - 1]])):
            doc.drop(i, stray)  # "4 min read" moved between paragraphs (not the heading of the story's
            continue  # steps: "Բաժանորդագրուելու համար՝" over "1. Այցելեցէք ...", nor the last of its
            # facts with their figures: "ความจำเพาะ: 97.3%" over "เวลาที่ใช้ในการอ่านผล: 18 นาที")
        family = label_family(text, rules, s) or _outlet_link_label(text, outlet_forms, rules, s)
        if family is None and words <= s.label_words and not ends_sentence(text) \
                and (bare := rules.family(text)) in link_labels and not _titled(text, doc.title) \
                and _label_alone(text, bare, rules):
            doc.drop(i, removals.phrase(bare))  # "Baca juga" alone: a related box whose links are gone
            for j in _headlines_under(doc, live, pos, s):
                doc.drop(j, removals.RELATED_LINKS)  # its links' headlines, as unlinked lines
            continue
        if family in link_labels and (not ends_sentence(text) or _question_headline(text)):
            doc.drop(i, removals.phrase(family))  # "Lue lisää: Miksi lääkkeet ovat niin kalliita?"
            if not split_label(text)[2].strip():  # "Related Posts:" alone over its links' headlines
                for j in _headlines_under(doc, live, pos, s):
                    doc.drop(j, removals.RELATED_LINKS)
            continue
        if family is None and not ends_sentence(text) and not _opens_lower(text) \
                and (opened := _opening_link(text, rules, link_labels, s)) and other_story(f"{opened[0]}: {opened[1]}"):
            doc.drop(i, removals.phrase(opened[0]))  # "Читайте также В Астрахани закрыли мост": the link's colon lost
            continue
        question = ends_sentence(text)
        if question and not (shaped[pos] and _lone_label(doc, live, pos)):
            continue  # (a link's headline may ask a question; an interview's turns repeat their label)
        if family in link_labels:
            doc.drop(i, removals.phrase(family))
        elif pos > 0 and shaped[pos] and family is None and _headline_listed(text, doc, s):
            doc.drop(i, removals.INLINE_LINK)  # "Kaytapas ñawinchay: <a headline of the page's most-read list>"
        elif 0 < pos < len(live) - 1 and shaped[pos] and family is None and not _figured_value(text) \
                and not _stops_value(text) \
                and not name_byline(text) \
                and (doc.evidence or boxed and other_story(text)
                     or _headline(text, s) and bids_reading(text, rules) and other_story(text)
                     and not about_reading(text)) \
                and not _in_label_list(doc, live, shaped, pos, s) \
                and (_headline(text, s) or _paragraphs_below(doc, live, pos, s) >= s.link_paragraphs_below
                     or (question or _cased_headline(text, s))) and (other_story(text) or bids_reading(text, rules)):
            # (a section head "Chronik: Zehn Jahre Funklöcher ..." speaks of what the article speaks of; a
            # link under a label that bids reading may too: "Liên quan: <a story on the same beat>")
            # under figures, a short "Label: Name" credits them, unless it reads as another story's
            # headline ("Читайте еще: Как изменилась доходность майнинга после халвинга")
            headline = question or _cased_headline(text, s) or _caseless_headline(text, s) and other_story(text)
            credit = _credits_figures(doc, live, pos) and not headline \
                or _credits_list(doc, live, pos) and not bids_reading(text, rules)  # ("延伸阅读：..." is a link)
            if not credit and (not question and not _credits_figures(doc, live, pos) or other_story(text)):
                doc.drop(i, removals.INLINE_LINK)


def _ad_offer(doc: Document, live: list[int], pos: int, s: EdgeSettings) -> bool:
    """Whether the line at ``live[pos]``, under an ad slot's label, is the ad's own text: one line
    of a headline's length or more with a figure (a price, a discount, a last day), no sentence,
    and no fact of the story's under it ("Наадмын дээл, гутал 30 хувийн хямдралтай — «Сэлэнгэ» их
    дэлгүүр, 7-р сарын 11 хүртэл"); a section's heading is short, a run of "Label: value" lines
    the story's facts."""
    text = doc.blocks[live[pos]]
    below = doc.blocks[live[pos + 1]] if pos + 1 < len(live) else ""
    if word_count(text) <= s.pitch_words and len(said := sentences(text)) > 1 and gives_contact(said[-1]) \
            and word_count(_DIGIT.sub(" ", said[-1]).strip(" .:-")) <= AD_CALL_WORDS:
        return True  # its last sentence the call and the advertiser's number ("Call 07 4061 2290.")
    return word_count(text) >= AD_OFFER_WORDS and _is_weak(text, s) and _DIGIT.search(text) is not None \
        and live[pos] not in doc.captions and not (has_label_colon(below) and _is_weak(below, s))


AD_OFFER_WORDS = 8
AD_CALL_WORDS = 2  # "Call", "Tel.", "Llame al": a verb or a label before the number


def _headline_listed(text: str, doc: Document, s: EdgeSettings) -> bool:
    """Whether a label's value is, word for word, a line the page took out as its own (a headline
    of its most-read list, of its related box): the line links to that story, whatever the
    label's language. The story's own headline, taken as the title's echo, is no other story."""
    value = _folded_line(split_label(text)[2])
    return word_count(value) >= s.headline_words and any(
        _folded_line(r.text) == value for r in doc.removed if r.rule not in _TITLE_RULES)


_TITLE_RULES = frozenset({removals.TITLE_BLOCK, removals.TITLE_ECHO})


def _folded_line(text: str) -> str:
    return " ".join(text.casefold().split())


def _figured_value(text: str) -> bool:
    """A label's value of a few words opening on a figure: a fact the story states ("Participants:
    212 children aged 2 to 14"), not another story's headline."""
    value = split_label(text)[2].strip()
    if COLON_CLOCK.search(value) or len(_FIGURE_RUN.findall(value)) >= 2 and _PRICED.search(value):
        return True  # a time of day or a priced range is a fact the story states ("06:00 έως τις 06:00",
        # "location de 25 à 32 € par personne"), not a headline's
    units = [unit.casefold() for unit in _FIGURE_UNIT.findall(value)]
    if len(units) > len(set(units)):
        return True  # figures in one unit, the story's prices or sizes ("ekonom sinif – 9 manat, biznes sinif –
        # 14 manat"); a headline gives one
    if len(_SHARE_FIGURE.findall(value)) >= 2 or len(_MATCH_MINUTE.findall(value)) >= 2:
        return True  # a result's shares: "Σύρος: Νίκος Δαμίγος 50,9 % – Στέλιος Ραφαηλάκης 49,1 %"; a match's
        # scorers on their minutes: "Abashaye amagoli: Sanele Mthembu 12', 70', Ayanda Khumalo 55'"
    if not _OPENING_FIGURE.match(value):
        return False  # (a headline may hold a figure, "Lesetipp: Die besten Business-Notebooks bis 1.500 Euro",
        # or open on a name with one: "5G destekli en ucuz telefonlar")
    figures = len(_FIGURE_RUN.findall(value))
    return word_count(value) <= FIGURED_VALUE_WORDS or figures >= 2 and word_count(value) <= 10


FIGURED_VALUE_WORDS = 6


def _stops_value(text: str) -> bool:
    """A label's value that names stops or stages one after another, a few words each, between
    spaced dashes or arrows ("Ugur: Täze ýaşaýyş toplumy – Merkezi bazar – Demir ýol menzili – Saglyk
    öýi"): a route or a programme the story gives; a headline has one dash at most."""
    parts = _STOP_MARKS.split(split_label(text)[2].strip())
    return len(parts) >= STOPS and all(1 <= word_count(part) <= STOP_WORDS for part in parts)


_STOP_MARKS = re.compile("\\s(?:[\u2013\u2014-]|->|\u2192|>)\\s")
STOPS = 3
STOP_WORDS = 4
_SHARE_FIGURE = re.compile(r"\d(?:[.,]\d+)?\s?%")
_PRICED = re.compile("[%\u00a3\u00a5\u20ac$\u20a9\u20b9\u20ba\u20bd\u20b4]")
_MATCH_MINUTE = re.compile(r"(?<![\d.,])\d{1,3}(?:\+\d{1,2})?['\u2032\u2019](?!\w)")  # "12'", "90+2′"
_FIGURE_RUN = re.compile(r"\d+(?:[.,]\d+)*")  # "27,400", "2.5": one figure
_OPENING_FIGURE = re.compile(r"\d+(?:[.,:]\d+)*(?:[\u2013-]\d+(?:[.,:]\d+)*)?\.?(?=[\s,;]|$)")  # "212 children",
# "8:00, 12:30", "06.00–24.00, ...", "1976, ...", a day's "14. juuni"; not "5G"
# "9 manat", "14 manat"; not a time of day's "9.00 am"
_FIGURE_UNIT = re.compile(r"(?<![\w.,:])(?!\d{1,2}[.:]\d\d\b)\d+(?:[.,]\d+)?\s([^\W\d_]+)")


def _opening_link(text: str, rules: Rules, families: Iterable[str], s: EdgeSettings) -> tuple[str, str] | None:
    """A line that opens with a related or read-more label and runs on into a headline with no
    colon between them (the link's markup gone): the label's family and the headline."""
    folded = fold(text)
    for family in families:
        spans = rules.family_spans(text, family)
        if spans and word_count(folded[: spans[0][0]]) <= 1:  # (a verb may open it: "อ่าน" + "ข่าวที่เกี่ยวข้อง")
            rest = folded[spans[0][1]:].strip(" :-\u2013\u2014")
            if word_count(rest) >= s.headline_words:
                return family, rest
    # a label no phrase prior has, known by its concepts: in brackets ("【関連】博多駅の ..."), or its
    # first words ("ഇതുംകൂടി വായിക്കാം കോഴിക്കോട് ...")
    # (the line's language must be one the label's words are of: Norwegian "les" is French "les")
    bracketed = _BRACKET_LABEL.match(text)
    words = text.split()
    if bracketed:
        heads = [(bracketed.group(1), bracketed.group(2))]
    elif split_label(text)[1] or is_unspaced(words[0] if words else ""):
        return None  # a "Label: value" line is judged as one; an unspaced run has no first words
    else:
        most = min(OPENING_LABEL_WORDS, len(words) - 1)
        heads = [(" ".join(words[:k]), " ".join(words[k:])) for k in range(1, most + 1)]
    for head, rest in heads:
        if word_count(rest) >= s.headline_words and any(
                found & _READ_LABEL and written_in(text, lang) for lang, found in rules.concepts.found(head).items()):
            return "related", rest
    return None


_BRACKET_LABEL = re.compile(r"[\[\u3010\u3016]([^\]\u3011\u3017]{1,12})[\]\u3011\u3017]\s*(\S.*)")
OPENING_LABEL_WORDS = 3  # a link's label run on into its headline: "Ещё по теме", "ഇതുംകൂടി വായിക്കാം"


def bids_reading(text: str, rules: Rules) -> bool:
    """A "Label: value" line whose label bids the reader read ("Прочитајте још", "Basahin din",
    "Soma pia"): a link to another story, where a source's label ("Извор", "Աղբյուր") names its
    figures' origin."""
    return any(found & _READ_LABEL for found in rules.concepts.found(split_label(text)[0]).values())


_READ_LABEL = frozenset({"reading", "read_label"})  # "Read also", "Related", "Ещё по теме"


def _label_alone(text: str, family: str, rules: Rules) -> bool:
    """A line that is its label and little else ("Baca juga", "Lue lisää"): one word at most
    besides the family's words; "Weiterlesen im Park" heads a section of the article."""
    folded = fold(text)
    rest = folded
    for start, end in reversed(rules.family_spans(text, family)):
        rest = rest[:start] + " " + rest[end:]
    return word_count(rest) <= 1


def _titled(label: str, title: str | None) -> bool:
    """Whether the title holds the label's words: "Weiterlesen" under "Zum Weiterlesen: Zehn
    Bücher über den Wandel im Ruhrgebiet" heads the article's own reading list."""
    words = [t for t in tokens(label) if len(t) >= 4]
    own = set(tokens(title or ""))
    return bool(words) and all(t in own for t in words)


def _headlines_under(doc: Document, live: list[int], pos: int, s: EdgeSettings) -> list[int]:
    """The headlines standing under a bare related label at ``live[pos]`` ("Leia também", then
    "Como calcular o imposto sobre lucro com bitcoin"): short lines with no sentence end, as long
    as a headline, down to the first that heads the text under it. A section heading is announced
    by its paragraph, which picks up its words ("Multa pode chegar a 3%" over "... pagará multa de
    R$ 500 ..."); another story's headline is not. The list may run to the article's end."""
    found: list[int] = []
    for k in range(pos + 1, min(len(live), pos + 1 + s.link_list)):
        text = doc.blocks[live[k]]
        if not _is_weak(text, s) or word_count(text) < s.headline_words or text.rstrip()[-1:] in COLONS \
                or _opens_lower(text) or live[k] in doc.captions:
            break  # (a figure's caption is the article's)
        below = doc.blocks[live[k + 1]] if k + 1 < len(live) else None
        if below is not None and not _is_weak(below, s) and stems(below, s) & stems(text, s):
            break  # a paragraph under it takes up its words: a section's heading
        found.append(live[k])
    return found


def _outlet_link_label(text: str, outlet_forms: Callable[[], list[set[str]]], rules: Rules,
                       s: EdgeSettings) -> str | None:
    """The family of a link label that names the outlet past a known label ("Baca juga di Koin
    Menganga: ...", "Lees ook op Bitcoin Magazine: ..."): longer than a label, its first words a
    link label and the rest the outlet's name."""
    head, sep, _ = split_label(text)
    words = head.split()
    if not sep or len(words) <= s.label_words or len(words) > s.label_words + s.outlet_words:
        return None
    for n in range(1, s.label_words + 1):
        family = rules.family(" ".join(words[:n]))
        if family in rules.role("link_labels"):
            forms = outlet_forms()
            return family if forms and outlet.mentions(" ".join(words[n:]), forms) else None
    return None


def _question_headline(text: str) -> bool:
    """A link's headline may ask a question: one sentence, ending in a question mark."""
    value = split_label(text)[2].strip()
    return value[-1:] in "?\uff1f\u061f" and len(sentences(value)) == 1


def attributed_names(doc: Document, rules: Rules, s: EdgeSettings) -> frozenset[str]:
    """The words of the page's own attribution lines' values ("Bron: ANP"): the agency whose
    credit lines belong to the article ("Foto: ANP / Flevo Beeld" beside it)."""
    attribution = rules.role("attribution")
    out: set[str] = set()
    for i in doc.live():
        text = doc.blocks[i]
        if word_count(text) <= s.credit_words and label_family(text, rules, s) in attribution:
            out.update(t for t in tokens(split_label(text)[2]) if len(t) >= 2)
    return frozenset(out)


def _image_credit(text: str, rules: Rules, s: EdgeSettings,
                  attributed: Callable[[], frozenset[str]] | None = None) -> bool:
    """A picture credit: a short line naming an image bank, with no figure and no quotation
    ("Pictures: Shutterstock and Wikimedia Commons"; "Shutterstock shares fell 5%" is news, and
    "Source: TradingView" credits the article's chart), or under a picture's label."""
    if word_count(text) > s.credit_words or QUOTES.search(text):
        return False
    if not _DIGIT.search(text) and rules.image_bank(text) \
            and label_family(text, rules, s) not in rules.role("attribution"):
        return True
    if not _photo_label(text, rules, s) or text_and_pictures(text):
        return False  # (the writer's and photographer's credit, "文・写真：小野寺拓海", is a byline)
    return attributed is None or not set(tokens(split_label(text)[2])) & attributed()


def _photo_label(text: str, rules: Rules, s: EdgeSettings) -> bool:
    """A "Photo: value" line, the label a word for a picture in any language and the value a few
    words ("Foto: arhiiv", "ചിത്രം: ഫയൽ", "Foto: Zuzana Hrnčiarová"): on a republished page the
    outlet's credit, whether it names an archive or a photographer (every blind set labels both so;
    their clean controls, which no evidence marks, keep theirs). One naming the agency of the
    article's own attribution line stays (see :func:`attributed_names`)."""
    value = _under_label(text, "photo", rules, s)
    return value is not None and word_count(value) <= s.credit_value_words and len(sentences(value)) <= 1 \
        and not _DIGIT.search(value)  # "Фотографија: Свадбена поворка во Маловиште, 1912": an exhibit's caption


def page_caption(text: str, rules: Rules, s: EdgeSettings) -> bool:
    """In a whole page's text, a picture's credit alone where the picture stood ("படம்: ரா. பிரியா",
    "Foto di Antonio Ciuffreda"): it names who took a photo, not the story. A caption that says what
    the picture shows, its credit at its end ("Vargspår i snön vid Gustav Adolf i februari. Foto:
    Länsstyrelsen Värmland"), is the article's, as it is in a page's markup."""
    if word_count(text) > s.concept_words or QUOTES.search(text):
        return False
    if text_and_pictures(text):
        return False  # the writer's and the photographer's credit: "Text a foto: Zuzana Mikulášová", a byline
    value = _under_label(text, "photo", rules, s)
    if value is not None:
        return word_count(value) <= s.credit_value_words and not _DIGIT.search(value) \
            and all(word_count(part) == 1 for part in sentences(value)[:-1])  # (its name with initials: "ரா. பிரியா")
    return _photo_by(text.strip(), rules, s)


def _photo_by(text: str, rules: Rules, s: EdgeSettings) -> bool:
    """A credit with no colon: a word for a picture, a short lower-case word, and a name of two to
    four capitalised words ("Foto di Antonio Ciuffreda", "Photo by Ana Ruiz", "Bild von Jan Ott")."""
    words = text.split()
    if not 4 <= len(words) <= s.credit_value_words or ends_sentence(text) or _DIGIT.search(text):
        return False
    label, by, name = words[0], words[1], words[2:]
    if not (by.isalpha() and by.islower() and len(by) <= 4) or not all(w[:1].isupper() for w in name):
        return False
    return any("photo" in found for found in rules.concepts.found(label).values())


def _under_label(text: str, concept: str, rules: Rules, s: EdgeSettings) -> str | None:
    """The value of a "Label: value" line whose label of a few words speaks of ``concept``."""
    head, colon, value = split_label(text)
    if not colon or not value.strip() or word_count(head) > s.label_words:
        return None
    return value if any(concept in found for found in rules.concepts.found(head).values()) else None


def _disclosure(text: str, rules: Rules, s: EdgeSettings) -> bool:
    """An author's disclosure under its label ("Disclosure statement: ...", "Declaração de
    interesses: ..."): the label says what the line is, whatever words the lexicon lacks after it."""
    return word_count(text) <= s.concept_words and _under_label(text, "interests", rules, s) is not None \
        and not QUOTES.search(text)


def _stray(text: str, rules: Rules, s: EdgeSettings) -> str | None:
    """The rule of a short line of a family that is no article text wherever it stands: as long as
    a label's value, or as its concept family allows ("Advertentie · lees verder onder de advertentie")."""
    words = word_count(text)
    family = rules.family(text) if words <= s.value_words else None
    if family is not None:
        return removals.phrase(family) if family in rules.role("stray") else None
    found = rules.concepts.family(text) if words <= s.phrase_words else None
    if not found or found[0] not in rules.role("stray"):
        return None
    return removals.concept(found[0]) if words <= rules.concepts.max_words.get(found[0], s.value_words) else None


def ad_label(text: str, rules: Rules) -> bool:
    """A line that is the word for an advertisement alone, a figure aside ("Реклама", "廣告",
    "ΔΙΑΦΗΜΙΣΗ", "Advertisement 2"): the label of an ad slot whose ad is gone."""
    return _lone_concept(text, "advert", 1, rules)


def continue_label(text: str, rules: Rules) -> bool:
    """A few words telling the reader the article goes on below, and nothing else ("Continue
    reading below", "記事の続きは下にあります"): the note an ad slot or a video left between two
    paragraphs of a republished page. (At the article's end, "Fortsetzung folgt" is a serial's own
    line, and a reading column's heading may be "Weiterlesen": asked only between, on copies.)"""
    return _lone_concept(text, "continue", CONTINUE_WORDS, rules)


CONTINUE_WORDS = 6


def gallery_count(text: str, rules: Rules) -> bool:
    """A gallery's count of its pictures and a word or two for them, one figure and nothing else
    ("Galerija (12 fotografija)", "Gallery · 9 photos"): its button, the pictures gone."""
    return len(_DIGIT_RUN.findall(text)) == 1 and _lone_concept(text, "photo", GALLERY_WORDS, rules)


GALLERY_WORDS = 3
_DIGIT_RUN = re.compile(r"\d+")


def picture_counter(text: str, rules: Rules) -> bool:
    """A gallery's counter on a line of its own, its picture and its total ("Galería: foto 1 de 9",
    "Foto 2 de 11", "Potrèt 4 / 25 · Mira tur potrèt"): a word for pictures, or the counter's noun
    again in the label of the button beside it ("Ta'anga 5 / 27 · Ehecha opaite ta'anga", see all
    pictures; "ຮູບທີ 2 ໃນ 14 · ເບິ່ງຮູບທັງໝົດ"). A rating, "Note 4 / 5", has no button naming it."""
    counter, *labels = (part.strip() for part in ROW_MARK.split(text))
    figures = _DIGIT_RUN.findall(counter)
    if len(figures) != 2 or not 0 < int(figures[0]) <= int(figures[1]) <= MAX_PICTURES or ends_sentence(text) \
            or any(_DIGIT_RUN.search(label) or word_count(label) > COUNTER_LABEL_WORDS for label in labels) \
            or word_count(_DIGIT_RUN.sub(" ", counter)) > COUNTER_LABEL_WORDS:
        return False
    if _speaks_of(text, "photo", rules):
        return True
    if not _COUNT_OF.search(counter):
        return False
    opening = _DIGIT_RUN.split(counter, 1)[0].strip()
    if is_unspaced(opening):  # (its noun written inside the button's one word: "ຮູບທີ 2 ໃນ 14 · ເບິ່ງຮູບທັງໝົດ")
        return len(opening) >= UNSPACED_NOUN and any(opening[:UNSPACED_NOUN] in label for label in labels)
    noun = next((w.casefold() for w in tokens(counter) if not w.isdigit()), "")
    return len(noun) >= NOUN_LETTERS and any(
        w.casefold().startswith(noun[:NOUN_LETTERS]) for label in labels for w in tokens(label))


_COUNT_OF = re.compile(r"^\D*\d{1,3}\s?(?:/|\s[^\W\d_]{1,4}\s)\s?\d{1,3}$")  # "5 / 27", "2 ໃນ 14", "3 of 8"
COUNTER_LABEL_WORDS = 4
NOUN_LETTERS = 4
UNSPACED_NOUN = 3  # a noun's first characters in a script without spaces, a vowel sign among them


def _our_number(text: str, rules: Rules) -> bool:
    """A line speaking, in one language, of a platform and of the site's "us" ("Send us your videos
    on WhatsApp ...", "ہمیں واٹس ایپ نمبر ... پر بھیجیں"): the site's own channel; a story's
    helpline is an office's, named without "us"."""
    return any({"platform", "we"} <= found for found in rules.concepts.found(text).values())


def _asks_then_offers(text: str, rules: Rules) -> bool:
    """A line that asks the reader a question, then gives a platform and a number ("Una habari
    kutoka mtaani kwako? Tutumie picha ... WhatsApp namba 0754 318 227."): the site's appeal for
    tips, whatever the language's "us"; a story's helpline is stated, not asked after."""
    ask = min((at for mark in QUESTION_MARKS if (at := text.find(mark)) >= 0), default=-1)
    if ask < 0 or CONTACT.search(text[:ask]):
        return False
    rest = text[ask + 1:]
    return CONTACT.search(rest) is not None and _names_platform(rest, rules)


def _names_platform(text: str, rules: Rules) -> bool:
    """Whether ``text`` names a messaging or social platform: as written, or in its script ("رقم
    الواتساب"); a Latin word of the lexicon is a name only as written, not the "line" of LINE."""
    script = " ".join(word for word in text.split() if not word.isascii())
    return bool(rules.platforms_named(text)) or any(
        "platform" in found for found in rules.concepts.found(script).values())


def click_prompt(text: str, rules: Rules) -> bool:
    """A few words asking the reader to click or tap ("Click here for the full list", "ଫଳାଫଳ ଦେଖିବାକୁ
    ଏଠାରେ କ୍ଲିକ କରନ୍ତୁ"): a link's label, its address lost with the markup. A line that quotes
    someone, or reports what a message said, is the story's (a scam text's "click here")."""
    return _speaks_of(text, "click", rules) and not quotes_someone(text) and not reported_speech(text) \
        and not QUOTES.search(text) and "\u2018" not in text \
        and text.rstrip()[-1:] not in COLONS  # ("Click the link above so you can:" heads a list)


CLICK_WORDS = 10


def live_teaser(text: str, rules: Rules) -> bool:
    """A label saying "live" and nothing else, then a headline after a dash, a bar, a colon or a
    bracket ("EN DIRECT – Procès Lambotte à Mons : suivez ...", "【直播】...二审开庭", "DIRETTA | Strage di
    Calvenzano, ..."): a live page's teaser. No story's sentence opens on such a label."""
    match = _LABEL_FIRST.match(text.strip())
    if match is None or word_count(match.group(2)) < TEASER_WORDS:
        return False
    label = match.group(1).strip("\u3010\u3011[]|:\u2013\u2014 ").casefold()
    return label in rules.concepts.words_of("live")  # (the label is the word and nothing more: "Live music: ...")


def _section_teaser(doc: Document, live: list[int], pos: int) -> bool:
    """A word and a bar, then a headline of words alone, no figure and no stop ("فيديو | شاهد
    لحظة وصول «مذهلة» إلى خط النهاية", video, then another page's headline): a teaser of the site's
    section set alone between paragraphs. A table's rows ("Role | Minimum hourly rate from
    April") come in runs and give figures under their heading."""
    match = _WORD_BAR.match(doc.blocks[live[pos]].strip())
    if match is None or word_count(match.group(2)) < TEASER_WORDS + 1 or _DIGIT.search(match.group(2)) \
            or ends_sentence(match.group(2)):
        return False
    return not any("|" in doc.blocks[live[k]] for k in (pos - 1, pos + 1))


_WORD_BAR = re.compile(r"^([^\W\d_]+)\s\|\s([^|]+)$")
# a short label, then the rest: "【直播】...", "[LIVE] ...", "EN DIRECT – ...", "DIRETTA | ...", "مباشر | ..."
_LABEL_FIRST = re.compile(r"^(\u3010[^\u3011]{1,12}\u3011|\[[^\]]{1,16}\]"
                          r"|[^|:\u2013\u2014]{1,24}?(?:\s[|\u2013\u2014]\s|:\s))(.+)$")
TEASER_WORDS = 4


def _labelled_click(text: str, rules: Rules) -> bool:
    """A click prompt after a label that names what the link shows ("Tous les résultats du Bac 2028,
    jury par jury : cliquez ici pour consulter notre page spéciale"): the link's label, its subject
    first. A sentence, before the colon or closing the line, is the story's ("Le ministère l'a
    répété : cliquez ici, sur le site de l'Office, rien ailleurs.")."""
    label, colon, prompt = split_label(text)
    return bool(colon) and 0 < word_count(label) <= CLICK_WORDS and not ends_sentence(label) \
        and not ends_sentence(text) \
        and word_count(prompt) <= CLICK_WORDS and click_prompt(prompt, rules) and not QUOTES.search(text)


def audio_label(text: str, rules: Rules) -> bool:
    """A widget's few words to listen to the article, a duration aside ("Poslušajte članak",
    "Vypočuť článok · 3:48", "기사 듣기", "האזנה לכתבה")."""
    return _lone_concept(text, "listen", 3, rules)


def share_label(text: str, rules: Rules) -> bool:
    """A widget's few words bidding the reader share the article ("Xəbəri paylaş", "ይህን ጽሑፍ ያጋሩ",
    "Share this article"), with no sentence and of nothing else: its buttons are gone. A heading
    that bids more ("Subscribe, share, repeat") is the article's."""
    return _lone_concept(text, "share_it", 3, rules) and all(
        found <= _SHARE_ONLY for found in rules.concepts.found(text).values() if "share_it" in found)


_SHARE_ONLY = frozenset({"share_it", "self", "opinion", "we", "you"})  # "this article", "our story"


def comment_count(text: str, rules: Rules) -> bool:
    """The word for comments and their number ("Коментари (23)", "댓글 12"): a counter's label; with
    the number in brackets, a word more may stand beside it ("Lewer kommentaar (3)", a prompt that
    counts)."""
    return _DIGIT.search(text) is not None and _lone_concept(text, "comment", 2 if _COUNTED.search(text) else 1, rules)


_COUNTED = re.compile(r"\(\d{1,5}\)\s*$")


def _counter_row(text: str, rules: Rules) -> bool:
    """The comments' counter and its button in one row ("14 comments · Join the conversation", "3
    Kommentare | Diskutieren Sie mit"): the counter first, then a few words with no figure and no
    sentence, whatever they say. A row counting other things too gives their figures."""
    counter, *buttons = ROW_MARK.split(text)
    return bool(buttons) and word_count(counter) <= 3 and comment_count(counter, rules) \
        and all(0 < word_count(b) <= BUTTON_WORDS and not _DIGIT.search(b) and not ends_sentence(b) for b in buttons)


def _lone_concept(text: str, concept: str, most: int, rules: Rules) -> bool:
    """Whether ``text`` (figures and brackets aside) is a word of ``concept`` and at most ``most``
    words more; a single word may be written as syllables ("Bình luận", comments; "Quảng cáo"):
    then the concept's words are the whole line, each of its words needed for the match."""
    bare = _DIGIT.sub(" ", text).strip(" \t\u00b7|:()[]-\u2013\u2014")
    if not bare or ends_sentence(text):
        return False
    count = word_count(bare)
    if not (count <= most or most == 1 and count <= SYLLABLE_WORDS) or not _speaks_of(bare, concept, rules):
        return False
    words = bare.split()
    return count <= most or len(words) == count and not any(_speaks_of(part, concept, rules) for part in (
        " ".join(words[1:]), " ".join(words[:-1])))


SYLLABLE_WORDS = 3  # a word written as spaced syllables (Vietnamese) has up to this many


def _speaks_of(text: str, concept: str, rules: Rules) -> bool:
    return any(concept in found for found in rules.concepts.found(text).values())


def _headline(text: str, s: EdgeSettings) -> bool:
    """A "Label: value" line whose value is as long as a headline, with no second label in it: a
    link ("Oxuyun: Neft qiymətləri həftəni enişlə başa vurdu"). A source names an organisation in
    a few words; a credit line may list two labels ("Reporting: X; editing: Y")."""
    head, _, value = split_label(text)
    return word_count(value) >= s.headline_words and not _second_label(value) and not _listed_entries(value)


def _second_label(value: str) -> bool:
    """Whether a label's ``value`` holds a label of its own: a credit's next one ("Jane Doe;
    editing: ...", "Reuters. Photo: ..."), a word or two with a colon. A headline's own colon
    follows a clause of its words ("د کانکور پایلې اعلان شوې: د خوست ...": results announced)."""
    inner, colon, _ = split_label(value)
    return bool(colon) and (word_count(inner) <= INNER_LABEL_WORDS or _INNER_MARKS.search(inner) is not None)


INNER_LABEL_WORDS = 2
_INNER_MARKS = re.compile(f"[.|/\u00b7{re.escape(COMMAS + SEMICOLONS)}]")  # (in every script: "ዮናስ በቀለ፤ አርትዖት፦")


def _cased_headline(text: str, s: EdgeSettings) -> bool:
    """A shorter "Label: value" line whose value reads as a sentence-case headline, not a name."""
    value = split_label(text)[2]
    return word_count(value) >= s.cased_headline_words and not has_label_colon(value) and _sentence_case(value) \
        and not _listed_entries(value)


def _caseless_headline(text: str, s: EdgeSettings) -> bool:
    """A "Label: value" line whose value, in a script without case, is as long as a headline and
    ends in no stop: under figures a credit names its source in a few words, so such a value
    whose words the article has nowhere else is another story's headline ("כתבות נוספות: שבילי
    אופניים חדשים לאורך הירקון"); where case tells, :func:`_cased_headline` decides."""
    value = split_label(text)[2].strip()
    return word_count(value) >= s.headline_words and not _second_label(value) and not ends_sentence(value) \
        and not any(_cased_opening(w) for w in value.split())


def _sentence_case(value: str) -> bool:
    """A value written as a sentence-case headline ("Aszály sújtja az Alföldet", "Как изменилась
    доходность майнинга после халвинга"): past its first word, the words of a cased script open in
    lower case but for a name or so. An organisation credited by name capitalises most of its words
    ("Central Bank of Azerbaijan", "Ụlọ Akụ Etiti Ghana"); acronyms ("ETF-hakemukset") say nothing."""
    opened = [first for w in value.split()[1:] if (first := _cased_opening(w))]
    return bool(opened) and 3 * sum(first.isupper() for first in opened) <= len(opened)


def _uncased(value: str) -> bool:
    """Whether every word of ``value`` is of a script without capitals: its headline's length is
    then all there is to tell it from a source's name, which a label bidding to read never heads."""
    words = [w for w in value.split() if any(ch.isalpha() for ch in w)]
    return bool(words) and all(map(caseless, words))


def _cased_opening(word: str) -> str:
    """The first letter of ``word`` if its script has case and the word is no acronym, else ""."""
    letters = [ch for ch in word[:3] if ch.isalpha()]
    if not letters or not (letters[0].isupper() or letters[0].islower()):
        return ""
    return "" if len(letters) >= 2 and letters[0].isupper() and letters[1].isupper() else letters[0]


def _paragraphs_below(doc: Document, live: list[int], pos: int, s: EdgeSettings) -> int:
    """Article paragraphs (whole sentences of some length) below a line: a link to another story
    sits inside the body; a "Label: name" line with the body above it only is its credit
    ("Inkomoko: Banki Nkuru y'u Rwanda"), whatever the label's language."""
    return sum(1 for j in live[pos + 1 :]
               if word_count(doc.blocks[j]) >= s.paragraph_words and ends_sentence(doc.blocks[j]))


def _credits_figures(doc: Document, live: list[int], pos: int) -> bool:
    """A short "Label: name" line right under a paragraph with figures credits them ("Source:
    Central Bank of Azerbaijan"), in any language; a link names another story's headline."""
    return pos > 0 and _short_credit(doc.blocks[live[pos]]) and bool(_DIGIT.search(doc.blocks[live[pos - 1]]))


def _credits_list(doc: Document, live: list[int], pos: int) -> bool:
    """A short "Label: name" line right under the entries of a list, up to the line announcing it
    ("Салхины хурд сумдаар:", four towns' winds, then "Эх сурвалж: Цаг уур, орчны шинжилгээний газар"):
    the list's source."""
    if not _short_credit(doc.blocks[live[pos]]):
        return False
    for entries, q in enumerate(range(pos - 1, -1, -1)):
        above = doc.blocks[live[q]].rstrip()
        if above[-1:] in COLONS:
            return entries >= LIST_ENTRIES
        if ends_sentence(above) or has_label_colon(above) or word_count(above) > LIST_ENTRY_WORDS:
            return False
    return False


LIST_ENTRIES = 2
LIST_ENTRY_WORDS = 10


def _short_credit(text: str) -> bool:
    """A label of a few words and a value of a few more: "Source: <who>", not a sentence."""
    head, colon, value = split_label(text)
    return bool(colon) and word_count(head) <= 3 and word_count(value) <= 6


def _in_label_list(doc: Document, live: list[int], shaped: list[bool], pos: int,
                   s: EdgeSettings = DEFAULT.edges) -> bool:
    """A "Label: value" line among others with other labels, or under a line that ends in a
    colon, is an item of the article's own list ("Revenue: $95.4 billion vs. $94.5 billion
    expected"); links repeat one label ("Read more: ...")."""
    for q in range(pos - 1, max(pos - 1 - LIST_REACH, -1), -1):
        above = doc.blocks[live[q]].rstrip()
        if above[-1:] in COLONS and above:
            return True  # under the line announcing the list, its other entries between ("Los datos del
            # sorteo son:" over "Sorteo Superior No. 2871", "Billete ganador: 38415", "Premio mayor: ...")
        if ends_sentence(above) or word_count(above) > s.label_words * 3:
            break
    if _past_the_list(doc, live, pos):
        return False
    label = _label(doc.blocks[live[pos]])
    if any(0 <= q < len(live) and (shaped[q] or _fact_row(doc.blocks[live[q]])) and _label(doc.blocks[live[q]]) != label
           for q in (pos - 1, pos + 1)):
        return True  # (beside a row of them: "Stat: ... · Hakem: ..." over "Kırmızı kart: 84' Oğuzhan Kaya")
    # a run of three or more label lines, some too short for a headline ("turismo con conductor: 115
    # euros"); two (a credit over a link: "Source: Farside Investors") make no list
    run = [pos]
    for step in (-1, 1):
        q = pos + step
        while 0 <= q < len(live) and (shaped[q] or _labelled(doc.blocks[live[q]])):
            run.append(q)
            q += step
    if len(run) >= s.label_list_items and len({_label(doc.blocks[live[q]]) for q in run}) > 1:
        return True
    # the heading of a run of labelled entries under it, each label its own ("Chronik: Zehn Jahre
    # Funklöcher an der Schiene" over "2015: ...", "2019: ...", "2022: ..."): a timeline's head
    under = [doc.blocks[i] for i in live[pos + 1: pos + 1 + s.label_list_items]]
    labels = [split_label(text)[0].strip() for text in under if split_label(text)[1]]
    return len(under) == len(labels) == s.label_list_items and len(set(labels)) == len(labels) \
        and all(word_count(label) <= 2 for label in labels) and _label(doc.blocks[live[pos]]) not in labels


def _past_the_list(doc: Document, live: list[int], pos: int) -> bool:
    """A label line at one end of a list of labelled entries whose value is a headline, half as
    long again as any entry's at least ("KARANTA KUMA: Gwamnati ta dakatar da karbar haraji a
    kasuwar Kurmi na wata guda" under "Ilimi: naira biliyan 312", ...): a link set beside the
    list, not its entry."""
    value = split_label(doc.blocks[live[pos]])[2].strip()
    size = word_count(value)
    if size < PAST_LIST_WORDS or _opens_lower(value):
        return False  # (a headline opens on a capital where letters have case: "Προαστιακός: κανονικά, ..." goes on
        # with the list's entries)
    for step in (-1, 1):
        entries, q = [], pos + step
        while 0 <= q < len(live) and _labelled(doc.blocks[live[q]]):
            entries.append(word_count(split_label(doc.blocks[live[q]])[2]))
            q += step
        if len(entries) >= 2 and not (0 <= pos - step < len(live) and _labelled(doc.blocks[live[pos - step]])) \
                and all(3 * n <= 2 * size for n in entries):
            return True
    return False


PAST_LIST_WORDS = 8


def _labelled(text: str) -> bool:
    """A "Label: value" line of a few words each, with no sentence end: a list's item."""
    head, colon, value = split_label(text)
    figured = _DIGIT.search(value) is not None
    most = ADDRESS_LABEL_WORDS if figured else LIST_LABEL_WORDS
    return bool(colon) and 1 <= word_count(head) <= most \
        and 1 <= word_count(value) <= (FIGURED_ITEM_WORDS if figured else ITEM_WORDS) and not ends_sentence(text)


ITEM_WORDS = 6
FIGURED_ITEM_WORDS = 9  # an item's value with its figures: "خاموشی از ساعت ۱۰ تا ۱۱:۳۰ شب"


LIST_REACH = 3  # entries of a list between one and the line announcing it
LIST_LABEL_WORDS = 4  # "ソニーグループの出資比率：上場後も過半を維持する方針", "Anteil der Gruppe nach Börsengang: ..."
# ... a place's name and address over its figure: "Salle des fêtes de Sauveterre, place Royale : hébergement
# d'urgence, 40 lits", "Cellule de crise de la préfecture : 05 59 55 01 40"
ADDRESS_LABEL_WORDS = 8


def _lone_label(doc: Document, live: list[int], pos: int) -> bool:
    """No other line of the page opens with this line's label."""
    label = _label(doc.blocks[live[pos]])
    return not any(_label(doc.blocks[j]) == label for k, j in enumerate(live) if k != pos)


def _label(text: str) -> str:
    return split_label(text)[0].strip().casefold()


def _programme_entry(doc: Document, live: list[int], pos: int) -> bool:
    """An entry of a programme or a schedule: it opens on a clock time, as a line next to it does
    ("10:30 Ukufunda kwezingane" over "13:00 Inkulumo-mpikiswano: Ingabe ...?"): no link, whatever
    its shape."""
    return TIMED_ENTRY.match(doc.blocks[live[pos]]) is not None and any(
        0 <= q < len(live) and TIMED_ENTRY.match(doc.blocks[live[q]]) for q in (pos - 1, pos + 1))


def _among_facts(doc: Document, i: int, rules: Rules, s: EdgeSettings) -> bool:
    """Whether the "Label: value" line at ``i`` is the last of the story's facts or entries (an event's
    "Inscrições: até 3 de outubro" over "Lugares: 20 bancas, ..."): the kept line above it is one too,
    under another label and states no sentence (a correction does), and neither label is a known
    link's or credit's."""
    above = next((j for j in range(i - 1, -1, -1) if doc.kept[j]), None)
    if above is not None and TIMED_ENTRY.match(doc.blocks[i]) and TIMED_ENTRY.match(doc.blocks[above]):
        return True  # a programme's entries, each on its time ("13:00 Inkulumo-mpikiswano: Ingabe ...?")
    if above is None or not has_label_colon(doc.blocks[above]) or ends_sentence(doc.blocks[above]):
        return False
    texts = (doc.blocks[above], doc.blocks[i])
    return _label(texts[0]) != _label(texts[1]) and all(
        word_count(split_label(t)[0]) <= s.label_words and label_family(t, rules, s) is None for t in texts)


def strip_edges(doc: Document, rules: Rules, templates: set[str], s: EdgeSettings = DEFAULT.edges) -> None:
    """The ``edges`` step: trailing block, leading chrome, and (on republished pages) inline links.

    Phrase priors are trusted on HTML (whose chrome survives extraction) and on a whole page's
    plain text, on a record a scraper
    took from an address or whose title ends in its site's name (its text is a page's, chrome and
    all) and on pages with signs of republishing; a clean text dump is judged on structure alone.
    """
    from ..titles import own_site_tail  # (the titles package imports this one's rules)

    trust = bool(doc.evidence) or doc.kind in ("html", "page") or bool(doc.url) or doc.own_site \
        or own_site_tail(doc) is not None
    classify = classifier(doc, rules, templates, trust_phrases=trust, s=s)
    start = len(doc.removed)
    if doc.kind == "page":
        _drop_comment_section(doc, rules)
    strip_embeds(doc, rules, s)
    strip_data_rail(doc)
    strip_ratings(doc, s)
    strip_polls(doc)
    if trust:
        strip_offer_widgets(doc, rules)
    strip_buttons(doc)
    if doc.kind == "page":
        strip_signup_box(doc, rules, s)
    strip_about_box(doc, s)
    strip_follow_buttons(doc, s)
    strip_follow_block(doc, classify, s)
    if trust:
        strip_signup_boxes(doc, rules, s)
    strip_figure_grids(doc)
    strip_trailing(doc, classify, rules, s, templates)
    strip_author_box(doc, s)
    strip_leading(doc, classify, rules, s, templates)
    strip_dated_lines(doc, rules, s)
    strip_head_widgets(doc, rules, s)
    strip_foreign_tail(doc, s)  # after the leading lines: the body's start is then the record's
    if trust:
        strip_inline_links(doc, rules, s)
    if doc.evidence or doc.kind == "page":
        strip_pitch_box(doc, rules, s)
    if doc.kind == "page":
        strip_page_boxes(doc, s)
        strip_widget_echoes(doc)
    strip_pitch_lists(doc, rules, s)
    strip_outlet_footer(doc, rules, s)
    strip_note_headings(doc, rules, s)
    if templates:  # (an outlet's own page, and its text dumps, set its standing lines between paragraphs too)
        strip_inner_templates(doc, classify, templates, rules, s)
    strip_template_labels(doc, start, s)
    strip_between_network_lines(doc, rules, s)
    strip_stem_credits(doc)
    if doc.kind == "page":
        _drop_comment_section(doc)
    _keep_the_story(doc, start, s)


def strip_data_rail(doc: Document) -> None:
    """A run of figure rows over the story, before its first sentence: a label of a few words and
    a figure, with its change ("DAX 18.234 +0,4 %", "Gold $2,341 +0.2%", "ドル円 151.32"; other
    matches' scores, other towns' temperatures). The page's widget: a story sets its own table
    under the sentence that announces it, never above its lede (``data-rail``). Two rows at least,
    a sentence under them within a few lines (a page of figures alone is the page's data)."""
    live = doc.live()
    run: list[int] = []
    for pos, i in enumerate(live[:RAIL_SCAN]):
        text = doc.blocks[i]
        if _rail_row(text):
            run.append(i)
            continue
        if len(run) >= RAIL_ROWS and any(ends_sentence(doc.blocks[j]) and word_count(doc.blocks[j]) >= RAIL_LEDE_WORDS
                                          for j in live[pos : pos + RAIL_LEDE_SPAN]):
            for j in run:
                doc.drop(j, removals.DATA_RAIL)
            return
        if ends_sentence(text) or run or text.rstrip()[-1:] in COLONS or word_count(text) >= RAIL_LEDE_WORDS:
            return  # (the story began, a sentence of it announcing its own rows, or the rows ended in no lede)


def _rail_row(text: str) -> bool:
    """A label and a figure, with its change or unit: a few words, a number, no sentence or date."""
    line = text.strip()
    if not line or len(line) > RAIL_ROW_CHARS or ends_sentence(line) or _YEAR.search(line) or has_label_colon(line):
        return False
    figures = _RAIL_FIGURE.findall(line)
    words = [t for t in tokens(_RAIL_FIGURE.sub(" ", line)) if not t.isdigit()]
    return bool(figures) and 1 <= len(words) <= RAIL_LABEL_WORDS and _figure_count(line) <= RAIL_FIGURES


def _figure_count(line: str) -> int:
    """The figures of a row, a group of three digits after a space part of the figure before it
    ("7 512,3"): a quote and its change give a few; a match's line score gives one a period,
    "Rockledge 14 11 6 15 — 44", the story's own box above its lede."""
    count, previous = 0, ""
    for number in _NUMBER_TOKEN.findall(line):
        if not (_THOUSANDS.fullmatch(number) and previous.isdigit() and len(previous) <= 3):
            count += 1
        previous = number
    return count


_NUMBER_TOKEN = re.compile(r"[+\-\u2212]?\d[\d.,]*")
_THOUSANDS = re.compile(r"\d{3}(?:[.,]\d+)?")


_RAIL_FIGURE = re.compile(r"[+\-\u2212]?[$€£¥]?\d[\d.,'\u202f\u00a0 ]*\d?\s?%?")
RAIL_SCAN = 12  # the first lines of the text
RAIL_ROWS = 2
RAIL_ROW_CHARS = 40
RAIL_FIGURES = 3  # "S&P 500 5,221 +0.2%"
RAIL_LABEL_WORDS = 3  # "DAX", "Euro Stoxx 50", "Spread BTP-Bund", "Gram altın"
RAIL_LEDE_WORDS = 8
RAIL_LEDE_SPAN = 3  # the lede under the rows, a byline between


def _reading_meter(text: str, rules: Rules) -> bool:
    """A metered paywall's count of the articles read: two small numbers, one of the other ("3 of
    your 4", "2 von 3"), in one sentence that speaks of reading and of free articles or to the
    reader (or of free articles to the reader: "Vous avez lu 4 de vos 5 articles gratuits"), in any
    language."""
    counts = _SMALL_COUNT.findall(text)
    if len(counts) != 2 or int(counts[0]) > int(counts[1]) or len(sentences(text)) > 1:
        return False
    return any(("reading" in found and found & _METER_WITH or found >= _METER_WITH) and written_in(text, lang)
               for lang, found in rules.concepts.found(text).items())
    # (the line's own language: Norwegian "les" and "du" stand in a French sentence too)


_SMALL_COUNT = re.compile(r"(?<![\d.,:/])\d{1,2}(?![\d.,:/%]?\d|\s?%)")
_METER_WITH = frozenset({"free", "you"})
METER_WORDS = 20


def strip_polls(doc: Document) -> None:
    """A readers' poll wherever it stands: a question under a short label ("Encuesta: ¿Debe ...?"),
    or any question over a count of votes, then two to five answers to pick, each a few words and
    no sentence ("Sí, cuanto antes"), and the count ("2.184 votos"); or a statement to agree with
    under its label ("Stelling: ...", a claim with no figure) over two or three answers of a word
    or two ("Eens", "Oneens"). A story's question is answered in sentences; an interview's answers open on their
    own label; a list the story announces follows a colon."""
    live = doc.live()
    k = 0
    while k < len(live):
        options = list(itertools.takewhile(lambda i: _poll_option(doc.blocks[i]),
                                           live[k + 1 : k + 2 + POLL_OPTIONS[1]]))
        after = k + 1 + len(options)
        if _poll(doc.blocks[live[k]], [doc.blocks[i] for i in options],
                 counted := after < len(live) and _VOTE_COUNT.fullmatch(doc.blocks[live[after]].strip()) is not None):
            for i in [live[k], *options, *([live[after]] if counted else [])]:
                doc.drop(i, removals.POLL)
            k = after + counted
            continue
        k += 1


def _poll(question: str, options: list[str], counted: bool) -> bool:
    """Whether ``question`` over its ``options`` (and a count of votes, when ``counted``) is a poll."""
    if not POLL_OPTIONS[0] <= len(options) <= POLL_OPTIONS[1] or word_count(question) > POLL_QUESTION_WORDS:
        return False
    label, colon, value = split_label(question.strip())
    if len(sentences(value)) > 1:
        return False  # (a question put in one sentence, or a statement to agree with)
    asks = question.rstrip().endswith(QUESTION_MARKS)
    labelled = bool(colon) and word_count(label) <= POLL_LABEL_WORDS and word_count(value) >= POLL_VALUE_WORDS
    if asks and (labelled or counted):
        return True
    return labelled and ends_sentence(value) and word_count(value) >= STATEMENT_WORDS and not _DIGIT.search(value) \
        and len(options) <= STATEMENT_OPTIONS \
        and all(word_count(option) <= STATEMENT_OPTION_WORDS for option in options) \
        and not any(_button_words(option) for option in options)  # ("Artikel teilen", "Merken": the page's buttons)


def _button_words(text: str) -> bool:
    """A share or follow button's words, in the lexicon's words for them."""
    return any(found & _PAGE_BUTTONS for found in load_rules().concepts.found(text).values())


_PAGE_BUTTONS = frozenset({"share_it", "follow", "print", "mail", "comment"})


def _poll_option(text: str) -> bool:
    """An answer to pick: a few words, no sentence, figure or label, not a greeting's comma."""
    line = text.strip()
    return 0 < word_count(line) <= POLL_OPTION_WORDS and not ends_sentence(line) and not _DIGIT.search(line) \
        and not has_label_colon(line) and line[-1:] not in COLONS and line[-1:] not in COMMAS


POLL_OPTIONS = (2, 5)
POLL_OPTION_WORDS = 5
POLL_LABEL_WORDS = 3  # "Have your say", "Encuesta", "Stelling"
POLL_VALUE_WORDS = 3
POLL_QUESTION_WORDS = 30
STATEMENT_OPTIONS = 3  # agree, disagree, no opinion
STATEMENT_OPTION_WORDS = 2
STATEMENT_WORDS = 5  # a claim to agree with ("Dorpen moeten mede-eigenaar worden van windparken."), no list's label
_VOTE_COUNT = re.compile(r"\(?\d[\d.,\u00a0\u202f]*(?:\s[^\W\d_]+\.?){1,2}\)?")  # "2.184 votos", "(1,203 votes)"


def strip_ratings(doc: Document, s: EdgeSettings) -> None:
    """A readers' rating widget, wherever it stands: a line opening on rating stars, then the score
    and the count of ratings ("★★★★★ 4,8 su 5 (37 voti)", "★★★★★ 4.9 from 187 votes"), in any
    language. A review's own verdict gives its stars under a label and counts nobody ("評価：★★★★☆").
    The widget asking for the reader's rating is a few words over its scale, the numbers one to
    five or ten in a row ("Rate this film: 1 2 3 4 5", "この映画を評価：1 2 3 4 5"); over the readers'
    average, its few words asking for the reader's ("Seen it? Rate this production")."""
    live = doc.live()
    for k, i in enumerate(live):
        text = doc.blocks[i]
        if rated := _rated_by_readers(text):
            above = doc.blocks[live[k - 1]].strip() if k else ""
            if 0 < word_count(above) <= RATE_PROMPT_WORDS and not ends_sentence(above) and not has_label_colon(above):
                doc.drop(live[k - 1], removals.RATING)  # its prompt over it: "Seen it? Rate this production"
        if rated or text[:1] in _STARS and _RATING.match(text) and word_count(text) <= s.label_words * 2 \
                or _rating_scale(text, s):
            doc.drop(i, removals.RATING)


def _rated_by_readers(text: str) -> bool:
    """A score out of its scale and, in brackets at the end, how many rated ("Leserwertung: 4,1 von 5
    Sternen (212 Stimmen)", "Note des lecteurs : 4,6/5 (87 avis)"): the readers' average. A
    review's own verdict counts nobody ("Voto 7,5/10")."""
    if word_count(text) > RATED_WORDS or ends_sentence(text) or _RATERS.search(text) is None:
        return False
    return any(float(m.group(1).replace(",", ".")) <= int(m.group(2)) and int(m.group(2)) in RATING_SCALES
               for m in _SCORE_OF.finditer(text))


RATED_WORDS = 12
RATE_PROMPT_WORDS = 6
RATING_SCALES = frozenset({5, 10, 20, 100})
_SCORE_OF = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?(?:/|\s[^\W\d_]{2,5}(?:\s[^\W\d_]{2,5})?\s)\s?"
                       r"(\d{1,3})(?![\d.,]\d)")  # ("4,1 von 5", "3.6 out of 5")
_RATERS = re.compile(r"\(\d[\d.,\u00a0\u202f]*(?:\s[^\W\d_]+)?\)$")


def strip_offer_widgets(doc: Document, rules: Rules) -> None:
    """A shop's or a streaming service's button left as a line of its own between the story's
    paragraphs or under them: a few words, no sentence and no figure, that buy or listen and name a
    house the story names nowhere else ("Acheter chez Librairie Ouverte", "Ouça no Sonora: Beatriz
    Lamego – Casa de Pasto"), in any language. A line among the story's short lines (a track list's
    "Listen to the Wind") is an entry of its list; a review's own line about tickets names the
    venue the story speaks of."""
    live = doc.live()
    for k, i in enumerate(live):
        text = doc.blocks[i]
        beside = [q for q in (k - 1, k + 1) if 0 <= q < len(live)]
        if word_count(text) > OFFER_WORDS or ends_sentence(text) or _DIGIT.search(text) or not beside \
                or not all(_paragraph_block(doc, live[q]) for q in beside):
            continue  # (a line of its own: paragraphs on either side of it, or at the text's end)
        if not any(found & OFFER_CONCEPTS and written_in(text, lang)
                   for lang, found in rules.concepts.found(text).items()):
            continue
        offer = split_label(text)[0]  # (the offer before a colon: "Ouça no Sonora", not the album after it)
        names = [w for w in _NAME_WORDS.findall(offer)[1:] if w[:1].isupper() and len(w) > 2]
        rest = " ".join([doc.title or "", *(doc.blocks[j] for j in live if j != i)])
        if names and any(w not in rest for w in names):
            doc.drop(i, removals.BUTTON)


def _paragraph_block(doc: Document, i: int) -> bool:
    """Whether block ``i`` is a paragraph: a sentence of some words."""
    return ends_sentence(doc.blocks[i]) and word_count(doc.blocks[i]) >= OFFER_WORDS


OFFER_WORDS = 8
OFFER_CONCEPTS = frozenset({"purchase", "listen"})


def _rating_scale(text: str, s: EdgeSettings) -> bool:
    if not text.rstrip()[-1:].isdigit():
        return False  # (asked of every line: a scale ends on its last number)
    found = _SCALE.search(text)
    if found is None or "\n" in text:
        return False
    head = text[: found.start()].strip()
    return 0 < word_count(head) <= s.label_words * 2 and not ends_sentence(head)


_SCALE = re.compile(r"(?<![\d.,])1\s+2\s+3\s+4\s+(5|5\s+6\s+7\s+8\s+9\s+10)\s*$")


def strip_buttons(doc: Document) -> None:
    """A link's button left as a line of text, wherever it stands: a few words that end in a
    forward arrow and hold no sentence ("299 kr hos Spelbutiken →", "Узнать цену в «Читай-Дом» →",
    "최저가 499,400원 확인하기 →"). An article's line ends on a word or a stop, and a French quote's
    closing guillemet has its opening one before it."""
    for i in doc.live():
        text = doc.blocks[i].rstrip()
        if text[-1:] not in _FORWARD or "\n" in text:
            continue
        head = text[:-1].rstrip()
        if text[-1] in _PAIRED and _PAIRED[text[-1]] in head:
            continue  # « une citation », ‹ une autre ›
        if head and word_count(head) <= ARROW_BUTTON_WORDS and not ends_sentence(head) and head[-1:] not in COLONS:
            doc.drop(i, removals.BUTTON)


_FORWARD = "→⟶➔➜➝➞➡▸▶»›"
_PAIRED = {"»": "«", "›": "‹"}
ARROW_BUTTON_WORDS = 10


_STARS = "★☆✩✪✫✬✭✮⭐"
_RATING = re.compile(f"[{_STARS}\\s]{{3,12}}\\d{{1,3}}(?:[.,]\\d{{1,2}})?\\D{{1,40}}\\d")  # stars, the score, a count


def strip_embeds(doc: Document, rules: Rules, s: EdgeSettings) -> None:
    """A social post embedded in the page leaves its credit line ("A post shared by Kuortaneen
    kesäteatteri (@kuortaneenkesateatteri)") and, beside it,
    the embed's prompt ("View this post on Instagram", "Näytä tämä julkaisu Instagramissa"): a
    short line naming the platform. Both go (``embed``), in any language: the handle in brackets
    is the embed's, not a sentence's."""
    live = doc.live()
    credits = [k for k, i in enumerate(live) if _embed_credit(doc.blocks[i], s)]
    for k in credits:
        doc.drop(live[k], removals.EMBED)
        for q in (k - 2, k - 1, k + 1, k + 2):
            if 0 <= q < len(live) and doc.kept[live[q]]:
                text = doc.blocks[live[q]]
                if word_count(text) <= s.label_words * 2 and not ends_sentence(text) and rules.platforms_named(text):
                    doc.drop(live[q], removals.EMBED)


_HANDLE = re.compile(r"\(@[\w.]{2,30}\)")
_HANDLE_AT = re.compile(r"(?<![\w@])@[A-Za-z0-9_.]{3,30}\b")  # a social handle (not an address's "@")


def _asks_reader(text: str) -> bool:
    """A line asking the reader something, in any script's question mark."""
    return any(mark in text for mark in QUESTION_MARKS)
_DASHED = re.compile(r"^\s*[\u2014\u2013-]")


def _embed_credit(text: str, s: EdgeSettings) -> bool:
    """A social post's credit: a handle in brackets on a short line that ends no sentence. (A line
    opening on a dash attributes the quoted post above it, "— Comune di Porto Empedocle (@ComunePE)
    28 maggio 2025", and stays with it.)"""
    return word_count(text) <= s.credit_words + 4 and not ends_sentence(text) and _HANDLE.search(text) is not None \
        and _DASHED.match(text) is None


def strip_page_boxes(doc: Document, s: EdgeSettings) -> None:
    """In a whole page's text, a box of other stories' headlines set between the article's
    paragraphs under a heading no lexicon knows ("Editor's picks", "Contingut patrocinat", then
    three headlines): the short lines between two paragraphs that make a heading over headlines
    sharing few words with the article (as "Most read" over its list at a page's edges) go."""
    from ..extract.page_text import is_paragraph  # (the edge steps are no dependency of extraction)

    live = doc.live()
    run: list[int] = []
    seen_paragraph = False
    for i in [*live, None]:
        if i is not None and not is_paragraph(doc.blocks[i]):
            run.append(i)
            continue
        if seen_paragraph and i is not None and len(run) >= BOX_LINES:
            for j in _headline_list(doc, run, s):
                doc.drop(j, removals.RELATED_LINKS)
        run = []
        seen_paragraph = True


BOX_LINES = 3  # a heading and two headlines at least
AD_HEADLINES = 2  # a sponsored box's promoted headlines


def strip_widget_echoes(doc: Document) -> None:
    """In a whole page's text, a labelled line between the article's lines under the label of a
    widget the page's chrome above the headline shows ("Færgeafgange i dag: Stigsnæs–Omø 12.15 ...",
    the ferry box again with other departures): the site's widget set in the body, whatever its
    value. Labels of a word, a credit's or a byline's ("Foto:", "Tekst:"), are no widget's."""
    live = doc.live()
    first = live[0] if live else 0
    chrome = [r.text for r in doc.removed if r.rule == removals.PAGE_CHROME and r.block < first
              and has_label_colon(r.text)]
    head = {_label(text).casefold() for text in chrome}
    head = {label for label in head if word_count(label) >= WIDGET_LABEL_WORDS} - {_label(doc.title or "").casefold()}
    # (the title's own label, on the headline's copies above it, is the story's: "Time capsule: ...")
    items = {item for text in chrome for item in _row_items(text)}  # the widgets' entries, whatever their label
    if not head and not items:
        return
    for i in live:
        text = doc.blocks[i]
        if has_label_colon(text) and not ends_sentence(text) and (
                _label(text).casefold() in head or len(set(_row_items(text)) & items) >= WIDGET_ITEMS):
            doc.drop(i, removals.PAGE_CHROME)  # (or its entries again under another label: "Trenutno na granici:
            # Vinjani Gornji 10 min · Vinjani Donji 20 min" under "Čekanja na granici: Vinjani Gornji 10 min · ...")


def _row_items(text: str) -> list[str]:
    """The entries of a labelled row, parted by its row marks: "Vinjani Gornji 10 min", ..."""
    parts = [part.strip().casefold() for part in _ROW_PARTS.split(split_label(text)[2]) if part.strip()]
    return parts if len(parts) >= WIDGET_ITEMS else []


WIDGET_ITEMS = 2


WIDGET_LABEL_WORDS = 2


#: The pitches whose box holds more lines than the one the steps know: a paywall's or a
#: subscription's prompt comes with its "Already a subscriber? Log in" and its button.
BOX_FAMILIES = frozenset({"paywall", "paywall_label", "newsletter", "support_appeal"})
BOX_CONCEPTS = frozenset({"signup", "free", "reading", "continue", "letter", "mail", "audience", "support_us"})
BOX_SUBJECTS = frozenset({"mail", "letter"})
BUTTON_WORDS = 3  # "Bli prenumerant", "Оформити передплату", "أكمل القراءة مجاناً", "Barua pepe yako"
QUESTION_WORDS = 6  # "Уже маєте передплату?", "هل لديك حساب بالفعل؟"


def _asks(text: str) -> bool:
    """Whether ``text`` holds a short question: a box's "Already a subscriber?"."""
    return any(part.rstrip().endswith(QUESTION_MARKS) and word_count(part) <= QUESTION_WORDS
               for part in sentences(text))


def strip_about_box(doc: Document, s: EdgeSettings) -> None:
    """A press release ends on a box about the company it speaks of: a heading that is the company's
    name and a word or two ("About Holloway Foods", "Ku saabsan Xiddig Telecom", "Navbahor Agro
    haqida") over a paragraph whose first sentence names it ("Navbahor Agro 2009-yilda tashkil
    etilgan ..."), the name standing in the release above the box. The box and what follows it to
    the end (another company's box, the contact lines) go (``about-box``): the release's standing text,
    the same under every release of the company."""
    live = doc.live()
    for k in range(ABOUT_AFTER, len(live) - 1):
        heading, first = doc.blocks[live[k]], doc.blocks[live[k + 1]]
        if word_count(heading) > ABOUT_HEADING_WORDS or ends_sentence(heading) or _DIGIT.search(heading) \
                or heading.rstrip()[-1:] in COLONS or QUOTES.search(first) or not ends_sentence(first) \
                or word_count(first) < ABOUT_PARAGRAPH_WORDS:
            continue
        name = _about_name(heading, sentences(first)[0])
        if name is None or not any(name in doc.blocks[j] for j in live[:k]) and name not in (doc.title or ""):
            continue
        rest = live[k + 2:]
        # below it, to the end: the contact's short lines, or another company's box
        boxed = {m for m in range(len(rest) - 1) if word_count(doc.blocks[rest[m]]) <= ABOUT_HEADING_WORDS
                 and _about_name(doc.blocks[rest[m]], sentences(doc.blocks[rest[m + 1]])[0])}
        if all(word_count(doc.blocks[j]) <= s.pitch_words or m - 1 in boxed for m, j in enumerate(rest)):
            for j in live[k:]:
                doc.drop(j, removals.ABOUT_BOX)
            return


ABOUT_AFTER = 2  # paragraphs of the release above its box
ABOUT_HEADING_WORDS = 6
ABOUT_PARAGRAPH_WORDS = 12  # the company's paragraph: what it is, where, since when


def _about_name(heading: str, sentence: str) -> str | None:
    """The name a box's heading gives beside a word or two of its own, when ``sentence`` names it:
    the longest run of the heading's words the sentence holds, the heading's other words two at most
    and lower case past its first (a section's heading, "Holloway Foods' new depot", says more)."""
    words = heading.split()
    for n in range(len(words), 0, -1):
        for a in range(len(words) - n + 1):
            name = " ".join(words[a : a + n])
            other = words[:a] + words[a + n :]
            if not 1 <= len(other) <= min(ABOUT_WORDS, n) or len(name) < ABOUT_NAME_LETTERS \
                    or not all(w[:1].isupper() or w[:1].upper() == w[:1].lower() for w in words[a : a + n]):
                continue  # (a name: its words capitalised, where letters have case)
            if any(w[:1].isupper() for w in other[1:]) or other and a == 0 and other[0][:1].isupper():
                continue  # ("About" opens the heading; after the name only lower-case words: "haqida")
            found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", sentence)
            if found and not name[:1].isupper() and len(sentence[: found.start()].split()) >= ABOUT_WORDS:
                continue  # where letters have no case any word is name-shaped: the company's paragraph
                # opens on its name ("वितरण तालिका" over "कम्पनीले अब हरेक शाखाको वितरण तालिका ..." is no box)
            if found and (n > 1 or a > 0 or found.start() > 0):  # (one capitalised word opening both: sentence case)
                return name
    return None


ABOUT_WORDS = 2
ABOUT_NAME_LETTERS = 4


def strip_author_box(doc: Document, s: EdgeSettings) -> None:
    """A columnist's bio under the column: a short paragraph near the end opening on the writer's
    name, which a line of the page's head gave alone (the byline "Annelie du Toit", taken as the
    head's chrome, over the column; then "Annelie du Toit is 'n afgetrede onderwyseres van
    Bredasdorp. Haar rubriek verskyn elke Donderdag."), or a name line right above it; with only
    short lines below it (a date, a share row). It goes (``concepts:author_bio``), in any language. A
    profile whose subject is named in the head speaks of them in its paragraphs, not at its end."""
    live = doc.live()
    if len(live) <= ABOUT_AFTER:
        return
    # (and on an HTML page, the byline's box its markup named: "Interview: Carolin Weygandt 05.03.2025")
    head = [r.text for r in doc.removed if 0 <= r.block < live[0] or r.block < 0 and r.rule == _DOM_META]
    names = {t for t in head if BOX_NAME_WORDS[0] <= len(t.split()) <= BOX_NAME_WORDS[1]
             and not ends_sentence(t) and not _DIGIT.search(t) and t.rstrip()[-1:] not in COLONS}
    for k in range(max(ABOUT_AFTER, len(live) - BIO_TAIL), len(live)):
        bio = doc.blocks[live[k]]
        name = next((n for n in names if bio.startswith(n + " ")), None)
        above = doc.blocks[live[k - 1]]
        if name is None and BOX_NAME_WORDS[0] <= len(above.split()) <= BOX_NAME_WORDS[1] \
                and (bio.startswith(above + " ") or not ends_sentence(above) and any(above in t for t in head)):
            name = above  # (or a name line the head's byline holds, over a bio that does not repeat it:
            # "Interview: Carolin Weygandt 05.03.2025" above, "Carolin Weygandt" over "Redakteurin im Ressort ...")
        if name is None or QUOTES.search(bio) or len(sentences(bio)) > s.addressed_sentences \
                or word_count(bio) > s.pitch_words * 2:
            continue
        if any(name in doc.blocks[j] for j in live[:k] if doc.blocks[j] != name):
            continue  # (the story speaks of them: a profile, not its writer's bio)
        if all(word_count(doc.blocks[j]) <= s.value_words for j in live[k + 1:]):
            if above == name:
                doc.drop(live[k - 1], removals.concept("author_bio"))
            doc.drop(live[k], removals.concept("author_bio"))
            return


BIO_TAIL = 3  # the bio stands among the last blocks
_DOM_META = removals.dom("meta")
BOX_NAME_WORDS = (2, 4)  # a name's words, a title ("Dr", "ڈاکٹر") included


def strip_signup_boxes(doc: Document, rules: Rules, s: EdgeSettings) -> None:
    """A sign-up box standing between the article's lines (its paragraphs, its notes): a line of
    a pitch family, then its button (a few words, no sentence, that sign up or follow: "Sign up",
    "Je m'abonne", "Подписаться"), or the button run on at the pitch's end ("... every Friday.
    Sign up"); with the box's heading right above the pitch when it is a few words and no sentence
    ("The Sluicegate Weekly", "Cet article vous a plu ?"). No article sentence ends on a button.
    Not on a page whose title speaks of what such a box offers (a paper launching its newsletter
    tells how to sign up), nor a heading over numbered steps ("登録の手順" over "１．...")."""
    titled: list[bool] = []

    def about_it() -> bool:  # (asked once a box is found: few pages hold one)
        if not titled:
            titled.append(bool(doc.title) and _box_pitch(doc.title or "", rules))
        return titled[0]

    live = doc.live()
    for k in range(1, len(live)):
        text = doc.blocks[live[k]]
        if ends_sentence(text) or k + 1 < len(live) and NUMBERED_STEP.match(doc.blocks[live[k + 1]].lstrip()):
            continue  # (a button, alone or run on at its pitch's end, closes on no stop, and heads no list)
        if _button_line(text, rules):
            if k >= 2 and _field_line(doc.blocks[live[k - 1]], rules):
                # an address field over its button: a form, wherever it stands, with its pitch or
                # heading right above ("Enter your email" over "Subscribe"; "ನಿಮ್ಮ ಇಮೇಲ್", "ಸೇರಿಕೊಳ್ಳಿ")
                form = [live[k - 1], live[k]]
                if k >= 3 and _form_pitch(doc.blocks[live[k - 2]], rules):
                    form.insert(0, live[k - 2])
                if about_it():
                    return
                for i in form:
                    if doc.kept[i]:
                        doc.drop(i, removals.phrase("newsletter"))
                continue
            top = k - 1
            box = [live[k - 1], live[k]] if k >= 2 and _box_pitch(doc.blocks[live[k - 1]], rules) else []
        else:
            top = k
            parts = sentences(text)
            # (the button run on at its pitch's end, after its sentences: no article's sentences end on one,
            # whatever words the pitch says: "Notes du lac, la lettre bimensuelle du ... des hautes Andes. S'abonner")
            box = [live[k]] if len(parts) > 1 and _button_line(parts[-1], rules) \
                and (_box_pitch(text, rules) or word_count(parts[-1]) <= RUN_ON_BUTTON_WORDS
                     and not QUOTES.search(text) and not reported_speech(text)) else []
        if not box or not any(ends_sentence(t) and word_count(t) >= SIGNUP_BOX_BELOW
                              for t in (doc.blocks[j] for j in live[k + 1:])) \
                and not (doc.evidence and k == len(live) - 1 and top == k):
            continue  # (a box ending the page is the trailing walk's, with the lines around it; a copy's last
            # line, its button run on, is its outlet's box above the network's lines)
        if top >= 2 and _signup_heading(doc.blocks[live[top - 1]]):
            box.insert(0, live[top - 1])
        if about_it():
            return
        for i in box:
            if doc.kept[i]:
                doc.drop(i, removals.phrase("newsletter"))


def _button_line(text: str, rules: Rules) -> bool:
    """A button's label: a few words, no sentence, that sign up or follow."""
    return word_count(text) <= BUTTON_WORDS and not ends_sentence(text) and not _DIGIT.search(text) \
        and any(found & _BUTTON_CONCEPTS for found in rules.concepts.found(text).values())


_BUTTON_CONCEPTS = frozenset({"signup", "follow"})


def _field_line(text: str, rules: Rules) -> bool:
    """A form's address field as a page's text keeps it: a few words, no sentence, no figure, that
    speak of the reader's mailbox ("Your email address", "আপনার ইমেইল ঠিকানা লিখুন")."""
    return word_count(text) <= FIELD_WORDS and not ends_sentence(text) and not _DIGIT.search(text) \
        and any("mail" in found for found in rules.concepts.found(text).values())


def _form_pitch(text: str, rules: Rules) -> bool:
    """The line over a form's field: its heading, or its pitch speaking of a letter, a mailbox, a
    sign-up, a cadence or keeping up (no one's words)."""
    if QUOTES.search(text) or reported_speech(text) or word_count(text) > BOX_PITCH_WORDS:
        return False
    return _signup_heading(text) or _box_pitch(text, rules) \
        or any(found & _FORM_CONCEPTS for found in rules.concepts.found(text).values())


_FORM_CONCEPTS = frozenset({"letter", "mail", "signup", "cadence", "keepup"})
FIELD_WORDS = 5


def _box_pitch(text: str, rules: Rules) -> bool:
    """A line of a pitch family (by a phrase prior or by its concepts), no one's words."""
    if QUOTES.search(text) or reported_speech(text) or word_count(text) > BOX_PITCH_WORDS:
        return False
    found = rules.concepts.family(text)
    return rules.family(text) in BOX_FAMILIES or found is not None and found[0] in BOX_FAMILIES


def _signup_heading(text: str) -> bool:
    """A box's heading: a few words, no statement (a question may be one: "Cet article vous a plu ?")."""
    return word_count(text) <= SIGNUP_HEADING_WORDS \
        and (not ends_sentence(text) or text.rstrip()[-1:] in QUESTION_MARKS)


BOX_PITCH_WORDS = 30
RUN_ON_BUTTON_WORDS = 2
SIGNUP_HEADING_WORDS = 5
SIGNUP_BOX_BELOW = 6  # a sentence of the article's this long under the box: it stands between its lines


def strip_signup_box(doc: Document, rules: Rules, s: EdgeSettings) -> None:
    """In a whole page's text, a sign-up box whose button the page's chrome starts with ("Sign up",
    "Abonnér"): the button is the box's last line, and its heading and line of pitch stand right
    above it, at the article span's end ("Get the Lumen weekly", "The best of our science writing,
    every Thursday."). Up to ``SIGNUP_BOX_LINES`` lines above the button go (``phrase:newsletter``)
    while each is a heading (no sentence) naming the site or speaking to the reader, or a short line
    that speaks to the reader; a paragraph of the story (longer, quoting, or in no reader's voice) ends
    the box."""
    live = doc.live()
    if not live or live[-1] + 1 >= len(doc.blocks):
        return
    button = doc.blocks[live[-1] + 1]
    if doc.kept[live[-1] + 1] or word_count(button) > BUTTON_WORDS or ends_sentence(button) \
            or not any("signup" in c and written_in(button, lang) for lang, c in rules.concepts.found(button).items()):
        return
    forms = outlet.forms(doc, rules)
    box: list[int] = []
    for i in reversed(live[-SIGNUP_BOX_LINES:]):
        text = doc.blocks[i]
        if word_count(text) > s.pitch_words or QUOTES.search(text) or _DIGIT.search(text):
            break
        if not (speaks_to_reader(text, rules) or not ends_sentence(text) and outlet.mentions(text, forms)):
            break
        box.append(i)
    if len(box) < len(live):  # (never the whole story)
        for i in box:
            doc.drop(i, removals.phrase("newsletter"))


SIGNUP_BOX_LINES = 2  # a heading and its line of pitch


def strip_pitch_box(doc: Document, rules: Rules, s: EdgeSettings) -> None:
    """The rest of a paywall's or subscription's box around a prompt the steps took, on a page whose
    boxes stand between paragraphs (republished, or a whole page's text): a line right above or
    below it, as short as the family's lines, that speaks of signing up ("Уже маєте передплату?
    Увійдіть у свій акаунт.", "Bli prenumerant") or of two of the box's concepts ("أكمل القراءة
    مجاناً", read on for free), and quotes no one, goes with it. The article's own words about a
    subscription stand among paragraphs, not against a prompt."""
    box_rules = {rule for family in BOX_FAMILIES for rule in (removals.concept(family), removals.phrase(family))}
    rule_of = {r.block: r.rule for r in doc.removed if r.rule in box_rules and r.block >= 0}  # the box's lines
    if not rule_of:
        return
    most = rules.concepts.max_words.get("paywall", s.concept_words)
    changed = True
    while changed:
        changed = False
        for i in doc.live():
            near = next((j for j in (i - 1, i + 1) if j in rule_of), None)
            if near is None:
                continue
            text = doc.blocks[i]
            words = word_count(text)
            if words > most or QUOTES.search(text) or reported_speech(text):
                continue  # (someone's words, in quotation marks or set off by a dash)
            # a box's line addresses the reader, asks ("Already a subscriber?") or is a button or a
            # field's label ("Your email"); it speaks of signing up, of two of the box's concepts, or
            # of the mailbox and the letter it fills
            if not (words <= BUTTON_WORDS and not ends_sentence(text) or _asks(text) or speaks_to_reader(text, rules)):
                continue
            if any("signup" in c or len(c & BOX_CONCEPTS) >= 2 or c & BOX_SUBJECTS
                   for c in rules.concepts.found(text).values()):
                doc.drop(i, rule_of[near])
                rule_of[i] = rule_of[near]
                changed = True


def _drop_comment_section(doc: Document, rules: Rules | None = None) -> None:
    """In a whole page's text, the comments' counter or prompt ("تبصرے (3)", "Yorumlar (2)") heads
    the readers' comments, which run to the article span's end (a name, a time, a sentence, again):
    below it, under at least one paragraph of the article, nothing is the story's. Given the rules,
    the counter is found among the kept lines first, so that the trailing walk starts above the
    comments (a tag line between the last paragraph and the counter is then the walk's)."""
    counter = removals.concept("comment_prompt")
    live = doc.live()
    if rules is not None:
        found = next((i for k, i in enumerate(live) if k > 0 and word_count(doc.blocks[i]) <= 3
                      and (comment_count(doc.blocks[i], rules) or _counts_the_headers_below(doc, live, k))), None)
        if found is None:
            return
        doc.drop(found, counter)
    heads = [r.block for r in doc.removed if r.rule == counter and r.block >= 0]
    for head in sorted(heads):
        if any(j < head for j in live):
            for j in live:
                if j > head:
                    doc.drop(j, removals.PAGE_COMMENTS)
            return


def _counts_the_headers_below(doc: Document, live: list[int], k: int) -> bool:
    """A short label with a count in brackets ("Tuairimí (2)") over as many comment headers, in
    whatever language: each a name and a time after a separator ("Máire Uí Dhonnchadha · 2 lá ó
    shin"), a line of the comment's own between them. The count and the headers agree, so the
    label counts comments, whatever its word."""
    m = _COUNT_LABEL.match(doc.blocks[live[k]].strip())
    if m is None or not 0 < (n := int(m.group(1))) <= COUNTED_HEADERS:
        return False
    below = [doc.blocks[i] for i in live[k + 1 :]]
    heads = [j for j, line in enumerate(below) if _COMMENT_HEAD.match(line.strip())
             and word_count(line) <= COMMENT_HEAD_WORDS]
    return len(heads) == n and heads[0] == 0 and all(b - a >= 2 for a, b in zip(heads, heads[1:], strict=False))


_COUNT_LABEL = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s*\((\d{1,3})\)$")
_COMMENT_HEAD = re.compile(r"^[^\d\u00b7|]{2,60}\s[\u00b7|]\s.*\d")  # a name, a separator, a time
COUNTED_HEADERS = 20  # a page shows this many comments at most before a "more" link
COMMENT_HEAD_WORDS = 8


def _keep_the_story(doc: Document, start: int, s: EdgeSettings) -> None:
    """The edge walks judge a line by its words and its neighbours; where they took every block of a
    page, paragraphs among them, one took the next in turn up the whole story (a story about a
    subscription service, its every sentence speaking of members and prices): the sentences they
    took come back; the network's own lines stay out, and what makes no sentence (labels, links,
    tag runs). A page of short notes alone has no paragraph, and stays empty."""
    if doc.live() or not any(_paragraph(r.text, s) for r in doc.removed[start:]):
        return
    back = {r.block for r in doc.removed[start:] if r.block >= 0 and not removals.is_network(r.rule)
            and r.text == doc.blocks[r.block] and ends_sentence(r.text)}
    if not back:
        return
    for i in back:
        doc.kept[i] = True
    doc.removed[start:] = [r for r in doc.removed[start:] if r.block not in back]


def _paragraph(text: str, s: EdgeSettings) -> bool:
    """A sentence of a paragraph's length."""
    return ends_sentence(text) and word_count(text) >= s.paragraph_words
