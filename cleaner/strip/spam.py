"""Spam learned from the page itself, and the network's brand captions.

The echo tails carry the page's spam phrase in whatever language the page was
translated into. The same phrase is glued to image captions ("Bitcoin
PlatoBlockchain Data Intelligence. Vertical Search. Ai.") and to the ends of
paragraphs. We match it by token overlap, not by string, because machine
translation reorders words and the suffix may be truncated.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from .. import removals
from ..model import Document
from ..settings import DEFAULT, SpamSettings
from ..text import (
    INNER_SENTENCE,
    QUOTES,
    SENTENCE_END,
    ends_sentence,
    fold,
    is_unspaced,
    latin_letters,
    list_items,
    quotes_someone,
    sentence_starts,
    sentences,
    split_label,
    token_spans,
    tokens,
    word_count,
)
from .rules import STEM_NAMES, STEM_SPELLINGS, Rules, romanised_skeleton, skeleton


def spam_tokens(doc: Document) -> frozenset[str]:
    """Tokens of the learned spam phrases (the echo tails other than the outlet).

    The title's own tokens are not taken out: in scripts cut into character
    bigrams a title shares many bigrams with the spam phrase, and the suffix
    test already demands a long run made almost only of spam tokens.
    """
    spam: set[str] = set()
    for phrase in doc.spam:
        spam.update(tokens(phrase))
    return frozenset(spam)


def spam_suffix(text: str, spam: AbstractSet[str], s: SpamSettings = DEFAULT.spam) -> int | None:
    """Start offset of the longest token suffix of ``text`` made of spam, if one is long enough."""
    if len(spam) < 3:
        return None
    return _spam_suffix(text, spam if isinstance(spam, frozenset) else frozenset(spam), s)


@lru_cache(maxsize=2048)  # two steps ask about each line, and template lines recur across pages
def _spam_suffix(text: str, spam: frozenset[str], s: SpamSettings) -> int | None:
    need = max(3, int(s.min_phrase_share * len(spam) + 0.5))
    # the walk below never looks further back than the spam phrase and a few other words;
    # most lines end in no spam, so tokenise a short tail first and widen only when needed
    limit = 24 * (len(spam) + 8)
    window = min(40, limit)  # about five words: where most walks stop
    while True:
        offset = 0
        if len(text) > window:
            offset = text.find(" ", len(text) - window) + 1
            if offset == 0 and window < limit:  # no space in the tail: take the whole window
                window = limit
                continue
        spans = token_spans(text[offset:]) if offset else token_spans(text)
        best, stopped = _walk_back(spans, spam, need, s)
        if stopped or offset == 0 or window >= limit:
            return None if best is None else offset + spans[best][0]
        window = min(limit, window * 4)


Span = tuple[int, int, str]


def _walk_back(spans: list[Span], spam: AbstractSet[str], need: int, s: SpamSettings) -> tuple[int | None, bool]:
    """The earliest token index of the spam suffix, and whether the walk stopped by itself."""
    hits = 0
    best: int | None = None
    for k in range(len(spans) - 1, -1, -1):
        if spans[k][2] in spam:
            hits += 1
        size = len(spans) - k
        # a suffix starts at a word: the stop ending the sentence before it (an "。" the spam
        # phrase also has) stays with that sentence
        if hits >= need and hits >= s.min_share * size and spans[k][2] in spam and not _is_stop(spans[k][2]):
            best = k
        elif size - hits > 3:
            return best, True
    return best, False


_STOP = re.compile(f"[{re.escape(SENTENCE_END)}]")


def _is_stop(token: str) -> bool:
    return not any(ch.isalnum() for ch in token)


def _cut_point(text: str, start: int, s: SpamSettings) -> int:
    """Extend a cut back to the start of its sentence when only a keyword stands before it."""
    begin = max(s for s in sentence_starts(text) if s <= start)
    if begin > 0 and word_count(text[begin:start]) <= s.caption_words:
        return begin
    return start


def remove_learned_spam(doc: Document, s: SpamSettings = DEFAULT.spam) -> None:
    """Drop caption lines and cut glued tails made of the page's own spam phrase."""
    spam = spam_tokens(doc)
    if len(spam) < 3:
        return
    for i in doc.live():
        text = doc.blocks[i]
        start = spam_suffix(text, spam, s)
        if start is None:
            continue
        head = text[:start]
        words = word_count(head)
        # a picture's caption: the spam follows a few words, or a description that is no sentence
        # ("Minibús rojo en Mong Kok"); a paragraph it is glued to ends in a stop
        if words <= s.caption_words or words <= s.described_caption_words and _no_sentence(head):
            doc.drop(i, removals.LEARNED_SPAM)
        else:
            cut = _cut_point(text, start, s)
            _cut_tail(doc, i, cut, removals.LEARNED_SPAM)


def _cut_tail(doc: Document, i: int, cut: int, rule: str) -> None:
    """Block ``i`` cut at ``cut``, the tail recorded under ``rule``; what stays is an echo when it
    is the title with its stop ("Title. <spam>", "Title。<spam>": the echo glued to its spam)."""
    text = doc.blocks[i]
    if doc.title and text[:cut].rstrip(_ECHO_END) == doc.title.strip():
        doc.drop(i, removals.TITLE_ECHO)
    else:
        doc.trim(i, text[:cut], text[cut:], rule)


_ECHO_END = " .\u3002\u0964-|:\u2013\u2014"


def _no_sentence(text: str) -> bool:
    """Words with no stop among or after them: a description, not the end of a paragraph
    ("... kratkotrajni. SOL" is a sentence and a keyword)."""
    text = text.rstrip(" -|:")
    return bool(text) and not ends_sentence(text) and INNER_SENTENCE.search(text) is None


TAG_RUN_ITEMS = 5  # items parted by commas, dots or bars: a list, not a sentence naming the brand


def _tag_run(text: str) -> bool:
    """Words or items without a sentence among them: a tag list naming the brand, wherever it
    stands, in a script that parts its words with spaces or one whose list parts them with commas
    ("イーサリアム、ETF、ステーキング、PlatoData、ゼファーネット")."""
    spaced = " ".join(text.split())
    return max(spaced.count(" ") + 1, len(list_items(spaced))) >= 5 and not ends_sentence(text) \
        and INNER_SENTENCE.search(text) is None


def stem_spam(text: str) -> bool:
    """The spam's shape around the brand's bare stem: a few words naming "Plato" in any spelling
    ("Intelligence des données Platon"), then two or three sentences of at most three words, the
    last one "Ai." as the translation wrote it ("Recherche verticale. Aï.", "Ай.", "ໄອ."), at the
    end of the text (a short line: a caption may come first)."""
    parts = sentences(text)
    phrases = len(parts) == 1 and is_unspaced(text)
    if phrases:
        parts = text.split()  # Thai, Lao and Khmer part their phrases with spaces, not stops
    # the run may close a caption: "แผงปลาหมึกตากแห้งที่นาเกลือ บัญชีแยกประเภทเพลโต หัวสมองข้อมูล ค้นลึก ไอ"
    for k in (3, 4):
        run = parts[-k:]
        if len(run) < k or not all(word_count(p) <= 3 for p in run[1:]) or sum(ch.isalpha() for ch in run[-1]) > 3:
            continue
        if phrases:  # parted by spaces alone: the name closes the brand's phrase ("...ประเภทเพลโต"), no quotation
            if not QUOTES.search(text) and _stem_ends(run[0]):
                return True
        elif any(stem_word(w) or is_unspaced(w) and _stem_inside(w) for w in run[0].split()):
            return True
    return False


def bare_spam(text: str) -> bool:
    """The spam's shape with no brand left in it, as a page that echoes its title without a spam
    variant carries it under a photo ("ਬਲਾਕਚੇਨ ਡਾਟਾ ਇੰਟੈਲੀਜੈਂਸ। ਲੰਬਕਾਰੀ ਖੋਜ। ਐ।", "Abagibeli ... Ubuhlakani
    Bedatha. Ukusesha Okumile. Hawu."): a short line, in a script that parts its words with spaces,
    closed by two or three sentences of at most three words without a figure, the last one word of
    at most four letters ("Ai." however the translation rendered it). Only on a page the network
    touched: the shape alone is no evidence."""
    if word_count(text) > BARE_SPAM_WORDS or is_unspaced(text) or QUOTES.search(text) or not ends_sentence(text):
        return False
    parts = sentences(text)
    for k in (3, 4):
        run = parts[-k:]
        last = run[-1].rstrip(_STOPS).strip()
        if len(run) < k or word_count(run[0]) < 2 or " " in last or not 0 < sum(ch.isalpha() for ch in last) <= 4:
            continue
        # ("Vertical Search" as a word at least: "Zeleni stolp, d. o. o." ends on a company's initials)
        if all(word_count(p) <= 3 and not any(ch.isdigit() for ch in p) and p[:1].isalpha() for p in run[1:]) \
                and all(any(sum(ch.isalpha() for ch in w) >= SEARCH_LETTERS for w in p.split()) for p in run[1:-1]):
            return True
    return False


_STOPS = ".!?\u3002\u0964\u1362\u061f "  # a sentence's stops, in any script, and spaces
SEARCH_LETTERS = 3  # a word of "Vertical Search" in any rendering
BARE_SPAM_WORDS = 12  # a caption's few words, the brand's words, "Vertical Search", "Ai"


def _stem_ends(run: str) -> bool:
    """The stem alone closing a run of a script written without spaces ("บัญชีแยกประเภทเพลโต")."""
    return any(skeleton(latin_letters(run[-n:])) in STEM_NAMES for n in range(2, 5) if n <= len(run))


def stem_word(word: str) -> bool:
    """A word opening with the brand's stem: its letters ("Platon"), or in a script whose vowels
    romanise otherwise its consonants ("প্লেটোশিকল", pletosikl: Plato and "chain" in one word), or
    the stem alone in such a script ("پلاتو", pltw)."""
    latin = latin_letters(word)
    if latin.startswith(STEM_SPELLINGS):
        return True
    key = romanised_skeleton(word)
    if key is None:  # a Latin respelling as the name sounds, in a long compound ("Pletoblokčejn"); its "pl"
        # is one sound, never a syllable ("political", "politische", "polityczny")
        return len(latin) >= STEM_COMPOUND_LETTERS and latin.startswith("pl") \
            and skeleton(latin).startswith(STEM_SKELETON)
    return len(latin) >= STEM_WORD_LETTERS and key.startswith(STEM_SKELETON) or key in STEM_NAMES


def _stem_inside(run: str) -> bool:
    """The stem alone somewhere inside a run of a script written without spaces, two to four of its
    letters romanising to the stem's consonants ("馬公港夜間花火柏拉圖鏈結資料睿智": 柏拉圖, bolatu)."""
    for i in range(len(run) - 1):
        for j in range(i + 2, min(i + 5, len(run) + 1)):
            if skeleton(latin_letters(run[i:j])) in STEM_NAMES:
                return True
    return False


STEM_SKELETON = "plt"  # Plato's consonants
STEM_WORD_LETTERS = 5
STEM_COMPOUND_LETTERS = 9  # a Latin word this long on the stem's consonants: the brand respelled


def remove_brand_lines(doc: Document, rules: Rules, s: SpamSettings = DEFAULT.spam) -> None:
    """Short lines naming a network brand or domain anywhere, and brand sentences ending a paragraph."""
    title = (doc.title or "").strip()
    for k, i in enumerate(doc.live()):
        text = doc.blocks[i]
        if doc.evidence and k >= MOVED_ECHO_FROM and _echo_with_spam(text, title, rules):
            doc.drop(i, removals.TITLE_ECHO)  # an echo line the network moved into the body, spam and all
            continue  # (the echoes at the head are the title step's: the lines under them read as the lede)
        short = word_count(text) <= s.brand_line_words
        exact = rules.brand(text) is not None
        if short:
            # (a brand respelled is never inside someone's quoted words: "полети плащаха")
            if exact or not quotes_someone(text) and (rules.brand_like(text) is not None
                                                     or doc.evidence and (stem_spam(text) or bare_spam(text))):
                doc.drop(i, removals.NETWORK_BRAND)
            continue
        if exact and (_tag_run(text) or _captioned_spam(text, rules, s)):
            doc.drop(i, removals.NETWORK_BRAND)
            continue
        if doc.evidence and not ends_sentence(text) and _tag_run(text) and len(list_items(text)) >= TAG_RUN_ITEMS \
                and rules.brand_like(text):
            doc.drop(i, removals.NETWORK_BRAND)  # a tag run naming the brand in a spelling no prior holds, at
            continue  # the head as at the foot ("moos · Afgooye · ... · PlatoSilsiladda · Seefirneet")
        cut = _brand_tail(text, rules, s, exact=exact, stem=bool(doc.evidence))
        if cut is not None and not exact and not doc.evidence and len(sentences(text[cut:])) < 2 \
                and not any(stem in latin_letters(text[cut:]) for stem in STEM_SPELLINGS):
            # a brand spelled some other way in one sentence, with no "Plato" in it, on a page the network never
            # touched: a Tamil sentence's words, vowels dropped, can spell its consonants
            cut = None
        if cut is not None:
            _cut_tail(doc, i, cut, removals.NETWORK_BRAND)


MOVED_ECHO_FROM = 2  # live lines at the body's head, where echoes stand unmoved


def _echo_with_spam(text: str, title: str, rules: Rules) -> bool:
    """The title, then the network's spam after it ("Litovaj bankoj ... inter landoj Datuma
    Inteligenteco de PlatoBlokĉeno. Vertikala Serĉado. Aj."), wherever the line stands: an echo."""
    if not title or len(text) <= len(title) or not text.startswith(title):
        return False
    rest = text[len(title):].strip(" -|:\u2013\u2014")
    return bool(rest) and (rules.brand_like(rest) is not None or stem_spam(rest) or bare_spam(rest))


def stem_credit(text: str) -> bool:
    """The network's credit line under a label, its name translated in words no phrase list holds
    ("Sous: Entèlijans Done Plato.", "出典：プラトン・データ・インテリジェンス。"): a label of a word or two
    over a few words, one of them the brand's stem in any script, no figure. Only among a network
    copy's last lines, where the network signs its copies."""
    label, colon, value = split_label(text)
    if not colon or not 0 < word_count(label) <= CREDIT_LABEL_WORDS or any(ch.isdigit() for ch in value):
        return False
    from ..titles.outlet import names_the_stem  # (the titles package imports this module)

    words = [w for w in _CREDIT_PARTS.split(value) if w]
    # the stem itself, not a word on its consonants ("Πολιτισμού", of culture)
    return 0 < len(words) <= CREDIT_VALUE_WORDS and any(names_the_stem(w) for w in words)


def strip_stem_credits(doc: Document) -> None:
    """A network copy's last lines that credit the network by its stem (:func:`stem_credit`), once
    the edge steps have read the page with them."""
    if not doc.evidence:
        return
    for i in doc.live()[-CREDIT_LINES:]:
        if stem_credit(doc.blocks[i]):
            doc.drop(i, removals.NETWORK_BRAND)


_CREDIT_PARTS = re.compile(r"[\s\u30fb\u00b7.\u3002,]+")  # spaces, middle dots, stops
CREDIT_LINES = 3  # a copy's last lines
CREDIT_LABEL_WORDS = 2
CREDIT_VALUE_WORDS = 4


TRANSLATED_NAME_WORDS = 8  # "Source: Plato Data Intelligence." translated, its label included
NAME_OTHER_WORDS = 2  # words beside the label, the stem and the phrase ("Inteligencia de datos de Platón")


def translated_name(text: str, rules: Rules) -> bool:
    """The network's name translated word by word: the brand's stem ("Plato" in any script) beside
    the page language's words for "data intelligence", and little else but a label ("Alkuperä: Plato
    Tietoäly.", "منبع: هوش داده افلاطون.", "来源：柏拉图数据智能。"). No brand form matches it,
    and it reads as the network's name wherever the network moved it."""
    if word_count(text) > TRANSLATED_NAME_WORDS:
        return False
    spans = rules.family_spans(text, "data_intelligence")
    if not spans:
        return False
    folded = fold(text)
    rest, at = [], 0
    for start, end in spans:
        rest.append(folded[at:start])
        at = end
    rest.append(folded[at:])
    _, colon, value = split_label(" ".join(rest))
    left = value if colon else " ".join(rest)
    if is_unspaced(left):
        letters = "".join(ch for ch in left if ch.isalpha())
        return len(letters) <= STEM_RUN_LETTERS and _stem_inside(letters)
    words = [w for w in (t.strip(".,:;!?()\"'") for t in left.split()) if w]
    stems = [w for w in words if stem_word(w)]
    return bool(stems) and len(words) - len(stems) <= NAME_OTHER_WORDS


STEM_RUN_LETTERS = 4  # 柏拉图, プラトン: the stem alone, in a script written without spaces


def _captioned_spam(text: str, rules: Rules, s: SpamSettings) -> bool:
    """A short caption run on into the brand phrase, then the spam's very short sentences ("Trụ
    sở Bộ Tài chính tại Hà Nội Trí tuệ Dữ liệu PlatoChuỗiKhối. Tra cứu Dọc. Ái."): no stop parts
    the caption from the brand, so no tail can be cut; the line is the network's caption spam."""
    from ..titles.outlet import SEARCH_WORDS  # (the titles package imports this one)

    parts = sentences(text)
    return len(parts) >= 3 and word_count(parts[0]) <= s.brand_line_words and rules.brand(parts[0]) is not None \
        and all(word_count(p) <= SEARCH_WORDS and rules.brand(p) is None for p in parts[1:])


STEM_TAIL_SENTENCES = 4  # the stem's phrase and two or three very short sentences


def ends_short(text: str) -> bool:
    """Whether ``text`` ends on a word of three letters at most, as the spam does ("Ai.", "Ай."):
    the cheap test before looking for the spam's shape around a bare stem."""
    last = text.rsplit(None, 1)[-1] if text.strip() else ""
    return 0 < sum(ch.isalpha() for ch in last) <= SPAM_LAST_LETTERS


SPAM_LAST_LETTERS = 3


def _brand_tail(text: str, rules: Rules, s: SpamSettings, *, exact: bool, stem: bool = False) -> int | None:
    """Where a brand sentence glued to the end of a paragraph starts. The tail may spell the
    brand another way ("Plato-Data Intelligence", a new transliteration): a tail of very short
    sentences is compared by :meth:`Rules.brand_like` (the spam's shape: brand words, then two
    or three one-word sentences); the text before it must name no brand."""
    limit = s.brand_tail_words if exact else s.fuzzy_tail_words
    if not exact:
        pieces = text.rsplit(None, limit + 1)
        region = text[len(pieces[0]):] if len(pieces) > limit + 1 else text
        if not _STOP.search(region.rstrip()[:-1]):
            return None  # no sentence ends among the last words: no short tail to ask about
    starts = [b for b in sentence_starts(text)[1:] if word_count(text[b:]) <= limit]
    if starts and not exact and stem and ends_short(text) and rules.brand_like(text[starts[0]:]) is None:
        # on a page the network touched: the brand's bare stem with its chain translated ("... hore.
        # Garaadka Macluumaadka Plato Silsiladda. Raadin Toosan. Ai."), in the spam's shape
        return next((b for b in starts if len(sentences(text[b:])) <= STEM_TAIL_SENTENCES and stem_spam(text[b:])),
                    None)
    if not starts or (not exact and rules.brand_like(text[starts[0]:]) is None):
        return None  # (the fuzzy test is asked once, of the longest tail, in the common case)
    for begin in reversed(starts):
        tail = text[begin:]
        named = rules.brand(tail) is not None if exact else rules.brand_like(tail) is not None
        if named and rules.brand(text[:begin]) is None:
            return begin
    return None
