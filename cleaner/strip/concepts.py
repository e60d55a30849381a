"""Boilerplate sentences recognised by what they speak of, not by how they are worded.

Each translation engine (and each outlet's local edition) words a newsletter pitch or a
disclaimer its own way: "Stay on top of crypto news, get daily updates in your inbox" comes back
as "chaque mardi, l'essentiel ... dans votre boîte mail" or "ご注意：この記事は情報の提供を目的と
したもので、...投資を勧めるものではありません". The phrase priors miss a new wording; the things a
pitch speaks of stay: a mailbox, a cadence, signing up; an investment, advice, this article.
``concepts.json`` lists, per language, the words for each such concept (stems: a word of a spaced
script matches at a word's start; in languages that compound, a long stem inside a word too; in
unspaced scripts anywhere), and per boilerplate family the sets of concepts that together make
one of its sentences. A line speaks for a family when one language's words cover such a set:
words of two languages never add up.

Like the phrase priors, a hit is only trusted where the edge steps trust priors (short lines at a
republished page's edges, not the article's subject).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import chain
from pathlib import Path
from typing import Any, TypeVar

import ahocorasick

from .. import text as text_module
from ..langs import known_languages, probability
from ..text import COLONS, UNSPACED_CHAR, WORDISH, ends_sentence, fold, is_unspaced, sentences, word_count

_FIGURE = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d[.,]?\d*\s?%")  # a year or a share: "404 Media" is a name
# two amounts state a fact as surely ("売上高を1兆5800億円としていましたが、正しくは1兆8500億円"): a
# correction's, not a note's
_AMOUNT = re.compile(r"(?<!\d)\d[\d.,]*\d(?!\d)")
_DIGIT = re.compile(r"\d")
_LINK_NUMBER = re.compile(r"\[\d{1,4}\]")  # lynx's and w3m's "[8]" before a link's text
# a figure written into a Latin word is a name's ("Kênh14", "9to5Mac", "e27"), not a count; Thai glues
# counts to its words ("มากกว่า50ล้านครั้ง"), and those stay counts
_NAMED_FIGURE = re.compile(r"(?<![^\W\d_])(?:[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+\d[\w]*|\d+[A-Za-z]\w*)")
CACHE_SIZE = 4096  # lines asked about more than once (a page's edges, its head)
WHOLE = "$"  # a word listed with this mark matches as a whole word only (pronouns: "us", not "use")
COMPOUND_STEM = 5  # letters a stem needs to be found inside a compound word ("beratung" in "Anlageberatung")
WEAK_SENTENCES = 2  # the longest pitch a recipe with a weak concept is trusted on, in sentences
T = TypeVar("T")
WEAK_LANGUAGE = 0.05  # ... and only in a language the language model gives the line this much of


@dataclass
class Concepts:
    """The concept words of every language and the recipes that make a family's sentence."""

    words: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # concept -> lang -> stems
    recipes: dict[str, list[frozenset[str]]] = field(default_factory=dict)  # family -> concept sets
    subjects: dict[str, set[str]] = field(default_factory=dict)  # family -> what an article about it speaks of
    no_figures: set[str] = field(default_factory=set)  # families whose lines never carry a figure
    no_digits: set[str] = field(default_factory=set)  # ... nor any number (a label, not a data row)
    max_words: dict[str, int] = field(default_factory=dict)  # family -> longest line trusted
    compounding: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)  # concepts that name no family: "you" and "our" only help
    sources: list[bytes] = field(default_factory=list)  # the rules files' bytes, naming the stored index
    # the concepts of rules files not merged into ``words`` yet: a process that loads the stored
    # index never needs the 46,000 stems as sets
    _pending: list[dict[str, dict[str, list[str]]]] = field(default_factory=list, repr=False, compare=False)
    # stem -> (concept, lang, whole word only)
    _index: dict[str, frozenset[tuple[str, str, bool]]] = field(default_factory=dict)
    _inside_keys: set[str] = field(default_factory=set)  # stems that also match inside a word
    _automaton: Any = None  # ScriptAutomata over every stem, made on first use
    _subject_index: dict[str, frozenset[tuple[str, str, bool]]] = field(default_factory=dict)
    _subject_automaton: Any = None  # the same over the stems of subject concepts only
    _cache: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict, repr=False, compare=False)
    _subject_cache: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _words_of: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)

    def merge(self, data: dict[str, Any]) -> None:
        if data.get("concepts"):
            self._pending.append(data["concepts"])  # merged when the index is derived, if ever
        for family, sets in (data.get("recipes") or {}).items():
            if family.startswith("_"):
                continue
            self.recipes.setdefault(family, []).extend(frozenset(s) for s in sets)
        for family, concepts in (data.get("subjects") or {}).items():
            if not family.startswith("_"):
                self.subjects.setdefault(family, set()).update(concepts)
        self.no_figures.update((data.get("no_figures") or {}).get("families", []))
        self.no_digits.update((data.get("no_digits") or {}).get("families", []))
        self.max_words.update({k: v for k, v in (data.get("max_words") or {}).items() if not k.startswith("_")})
        self.compounding.update(data.get("compounding") or [])
        self.weak.update((data.get("weak") or {}).get("concepts", []))

    def words_of(self, concept: str) -> frozenset[str]:
        """One concept's words in every language, casefolded, as the lexicon writes them (a whole
        word's mark, "$", aside): read from the rules files without merging the others' stems."""
        if concept not in self._words_of:
            by_lang = [self.words.get(concept, {}), *(pending.get(concept, {}) for pending in self._pending)]
            self._words_of[concept] = frozenset(w.rstrip("$").casefold() for langs in by_lang
                                                for ws in langs.values() for w in ws)
        return self._words_of[concept]

    def merged_words(self) -> dict[str, dict[str, set[str]]]:
        """``words`` with every rules file's concepts merged in."""
        for concepts in self._pending:
            for concept, by_lang in concepts.items():
                if concept.startswith("_"):
                    continue
                bucket = self.words.setdefault(concept, {})
                for lang, stems in by_lang.items():
                    bucket.setdefault(lang, set()).update(stems)
        self._pending.clear()
        return self.words

    def compile(self) -> Concepts:
        """Check the recipes; the patterns are built on first use (a run that never asks builds none)."""
        named = {c for sets in self.recipes.values() for s in sets for c in s} | set().union(*self.subjects.values())
        unknown = sorted(named - set(self.words) - {c for pending in self._pending for c in pending})
        if unknown:
            raise ValueError(f"concept recipes name unknown concepts: {', '.join(unknown)}")
        self._index, self._inside_keys, self._automaton = {}, set(), None
        self._subject_index, self._subject_automaton = {}, None
        self._cache.clear()
        self._subject_cache.clear()
        self._words_of.clear()
        return self

    def _build(self) -> None:
        derive = self._derive_index
        if self.sources:  # the rules files it came from: a copy in the user's cache loads in a tenth
            from .. import stored

            code = [Path(__file__).read_bytes(), Path(text_module.__file__).read_bytes()]
            derive = partial(stored.derived, "concepts-index", [*self.sources, *code], _index_shaped, derive)
        index, inside, subject_index, scripts, subject_scripts = derive()
        self._index, self._inside_keys, self._subject_index = index, set(inside), subject_index
        # every stem of every language found in one pass over a line per script it holds (Aho-Corasick)
        self._automaton = ScriptAutomata(scripts)
        # a page's head is only asked about subject concepts: its long paragraphs scanned for
        # their stems alone meet a third of the stems and far fewer hits inside words
        self._subject_automaton = ScriptAutomata(subject_scripts)

    def _derive_index(self) -> tuple[dict[str, frozenset[tuple[str, str, bool]]], frozenset[str],
                                     dict[str, frozenset[tuple[str, str, bool]]], dict[str, list[str]],
                                     dict[str, list[str]]]:
        """Each stem folded, with its hits (concept, language, whole word only); the stems found
        inside words; the same for the subject concepts; both indexes' stems grouped by script."""
        index: dict[str, set[tuple[str, str, bool]]] = {}
        inside: set[str] = set()
        # one object for each (concept, language) hit and each set of them: most of the 35,000
        # stems hold the same one-hit set as the other stems of their concept and language
        shared: dict[Any, Any] = {}
        for concept, by_lang in self.merged_words().items():
            for lang, stems in by_lang.items():
                for stem in stems:
                    whole = stem.endswith(WHOLE)  # "us$": the word "us", not the start of "use"
                    key = _composed_am(" ".join(fold(stem.removesuffix(WHOLE)).split()))
                    if key:
                        hit = (concept, lang, whole)
                        index.setdefault(key, set()).add(shared.setdefault(hit, hit))
                        if lang in self.compounding and " " not in key and len(key) >= COMPOUND_STEM and not whole:
                            inside.add(key)
        frozen = {key: shared.setdefault(found := frozenset(hits), found) for key, hits in index.items()}
        subject = set().union(*self.subjects.values())
        subject_index = {key: shared.setdefault(kept, kept) for key, found in frozen.items()
                         if (kept := frozenset(f for f in found if f[0] in subject))}
        return (frozen, frozenset(inside), subject_index, ScriptAutomata.grouped(frozen),
                ScriptAutomata.grouped(subject_index))

    def __getstate__(self) -> dict[str, Any]:
        # a worker process builds its own
        return {**self.__dict__, "_cache": {}, "_subject_cache": {}, "_automaton": None, "_subject_automaton": None}

    def found(self, text: str) -> dict[str, frozenset[str]]:
        """The concepts ``text`` speaks of, by language."""
        return _remembered(self._cache, text, lambda: self._find(text, self.built(), self._index))

    def _find(self, text: str, automaton: Any, index: dict[str, frozenset[tuple[str, str, bool]]]
              ) -> dict[str, frozenset[str]]:
        folded = " ".join(fold(text).split())
        by_lang: dict[str, set[str]] = {}
        for end, (size, key, unspaced, bare) in automaton.iter(folded):
            start = end - size + 1
            # a spaced stem opens a word; an unspaced one stands anywhere; in a language that
            # compounds, a long one may stand inside a word
            # (a Latin word written against Han or kana opens there: "下載我們的App")
            if unspaced and start > 0 and folded[start - 1] in _LEADING_VOWELS:
                continue  # Thai and Lao write a vowel before its consonant: "ท่าน" inside "เท่านั้น" is no word
            if not bare and (unspaced or start == 0 or _opens(folded[start - 1]) or key in self._inside_keys):
                langs = None  # any language the stem is listed in
            elif size < PROCLITIC_STEM or not _HEBREW_OR_ARABIC <= folded[start - 1] <= _ARABIC_END \
                    or (langs := proclitic_languages(folded, start, bare)) is None:
                continue
            after = folded[end + 1] if end + 1 < len(folded) else ""
            ends = not after or _opens(after)
            for concept, lang, whole in index[key]:
                # (a whole-word entry is that word alone: "מערכת$", the editors, is not "המערכת", the system)
                if (langs is None or lang in langs and not whole) and (ends or not whole or unspaced) \
                        and not (whole and _capitals_only(text, key)) \
                        and not (whole and len(key) == 1 and concept in NAMES and _small_only(text, key)):
                    by_lang.setdefault(lang, set()).add(concept)
        return {lang: frozenset(found) for lang, found in by_lang.items()}

    def family(self, text: str, *, named: bool = False, also: frozenset[str] = frozenset()
               ) -> tuple[str, frozenset[str]] | None:
        """The family whose sentence ``text`` is, by its concepts, and the concepts that made it;
        with ``named``, only a recipe that names the family's subject (a newsletter, a mailbox);
        ``also`` holds concepts the caller found otherwise (the outlet's name: the site itself)."""
        if not self.recipes:
            return None
        by_lang = [(lang, both) for lang, found in self.found(text).items() if len(both := found | also) > 1]
        if not by_lang:
            return None  # one concept makes no line of any family
        by_lang = [(lang, both) for lang, both in by_lang if not ruled_out(text, lang)]
        # "Kênh14", "9to5Mac": names; "[8]Facebook", a text browser's numbered link: no count
        plain = _NAMED_FIGURE.sub(" ", _LINK_NUMBER.sub(" ", text)) if _DIGIT.search(text) else text
        figures = _FIGURE.search(plain) is not None or len(_AMOUNT.findall(plain)) >= 2
        digits = figures or _DIGIT.search(plain) is not None
        words = word_count(text)
        for weak in (False, True):  # a recipe needing a weak concept only where no other one holds
            if weak and (len(sentences(text)) > WEAK_SENTENCES or _unfinished(text)):
                break  # "we" in a paragraph of three sentences is a columnist's, not the outlet's pitch;
                # a pitch is a sentence or a heading over a list, a how-to's list item is neither
            for family, sets in self.recipes.items():
                if figures and family in self.no_figures or digits and family in self.no_digits \
                        or words > self.max_words.get(family, words):
                    continue  # (a line too long for a family's lines may be another family's)
                for concepts in sets:
                    if bool(concepts & self.weak) != weak or named and not concepts & self.subjects.get(family, set()):
                        continue
                    if any(concepts <= found and (not weak or written_in(text, lang)) for lang, found in by_lang):
                        return family, concepts
        return None

    def subject_concepts(self, text: str) -> frozenset[str]:
        """The subject concepts (``subjects``) ``text`` speaks of, in any language: what
        :meth:`found` finds of them, from the smaller automaton."""
        self.built()
        return _remembered(self._subject_cache, text, lambda: frozenset().union(
            *self._find(text, self._subject_automaton, self._subject_index).values()))

    def built(self) -> Any:
        """The automata over every stem (built per script on first use; the subject ones with them)."""
        if self._automaton is None:
            self._build()
        return self._automaton

    def counts(self, texts: list[str]) -> dict[str, int]:
        """In how many of ``texts`` each subject concept stands, in any language (a page's head is
        asked about nothing else)."""
        counts: dict[str, int] = {}
        for text in texts:
            for concept in self.subject_concepts(text):
                counts[concept] = counts.get(concept, 0) + 1
        return counts


def ruled_out(text: str, lang: str) -> bool:
    """Whether a sentence-long ``text`` is surely not in ``lang``: languages of one script share
    words ("اعلان", an advert in Arabic, is an announcement in an Urdu sentence, "... کا اعلان کر
    دیا ہے۔"), and a language's lexicon speaks only for lines the model lets be in it. Short lines
    and languages the model does not know are never ruled out."""
    return word_count(text) >= SURE_WORDS and lang in known_languages() and not written_in(text, lang)


SURE_WORDS = 8  # a line this long is one the model tells the language of


def written_in(text: str, lang: str) -> bool:
    """Whether ``text`` may be written in ``lang``: a pronoun is a short word that other languages
    spell too (French "du nouveau tarif" holds German "du"), so a weak concept counts only in a
    language the model does not rule out."""
    return probability(text, lang) >= WEAK_LANGUAGE


def _capitals_only(text: str, word: str) -> bool:
    """Whether ``word`` (a whole-word entry: a pronoun) stands in ``text`` only in capitals, as an
    acronym does ("US officials" holds no "us")."""
    found = [m.group() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)]
    return bool(found) and all(w.isupper() and 1 < len(w) <= ACRONYM_LETTERS for w in found)


ACRONYM_LETTERS = 4  # "US", "IT": a longer word in capitals is a word set in capitals ("REKLAMA")


NAMES = frozenset({"platform"})  # concepts whose words are names, written with a capital


def _small_only(text: str, letter: str) -> bool:
    """Whether a one-letter whole-word entry (the platform "X") stands in ``text`` only as a small
    letter: the "x" of a score ("Corinthians 2 x 1 São Paulo") or of a product ("3 x 4 m") names
    nothing."""
    found = [m.group() for m in re.finditer(rf"(?<!\w){re.escape(letter)}(?!\w)", text, re.IGNORECASE)]
    return bool(found) and all(w.islower() for w in found)


def _unfinished(text: str) -> bool:
    """A line with no sentence end and no colon, in a script that writes them: a list item or a
    heading of a how-to ("Your email list will begin to grow"), not a pitch. Thai and the other
    scripts that end sentences with a space are never judged so."""
    last = text.rstrip()[-1:]
    return not ends_sentence(text) and last not in COLONS and not is_unspaced(text)

def _index_shaped(value: Any) -> bool:
    """A stored index as :meth:`Concepts._derive_index` makes it (checked at the top level)."""
    return isinstance(value, tuple) and len(value) == 5 and all(
        isinstance(part, kind) for part, kind in zip(value, (dict, frozenset, dict, dict, dict), strict=True))


class ScriptAutomata:
    """The stems of an index as one Aho-Corasick automaton per script (of each stem's first
    letter), each built the first time a text holding a letter of that script is searched: a run
    over English pages builds the Latin one alone (half the stems), not the Bengali or Thai ones.
    :meth:`iter` yields the hits one automaton over every stem would, as (end, (length, key,
    unspaced)), grouped by script."""

    def __init__(self, keys: dict[str, list[str]]) -> None:
        self.keys = keys  # script -> its stems
        self.automata: dict[str, Any] = {}

    @staticmethod
    def grouped(stems: Iterable[str]) -> dict[str, list[str]]:
        """``stems`` by the script of their first letter."""
        keys: dict[str, list[str]] = {}
        for key in stems:
            keys.setdefault(_script_of_first_letter(key), []).append(key)
        return keys

    def iter(self, text: str) -> Iterator[tuple[int, tuple[int, str, bool]]]:
        hits = []
        for script in _scripts_in(text):
            automaton = self.automata.get(script)
            if automaton is None:
                if script not in self.keys:
                    continue
                automaton = self._build(script)
            hits.append(automaton.iter(text))
        return chain.from_iterable(hits)  # the automata's own iterators, no Python frame per hit

    def _build(self, script: str) -> Any:
        automaton = ahocorasick.Automaton()
        keys = self.keys[script]
        for key in keys:
            automaton.add_word(key, (len(key), key, UNSPACED_CHAR.search(key) is not None, False))
        if script in PROCLITICS:  # "התמיכה" as "לתמיכה" writes it: the article goes into the particle before it
            article, stems = PROCLITICS[script].article, set(keys)
            for key in keys:
                if key.startswith(article) and len(bare := key[len(article):]) >= PROCLITIC_STEM and bare not in stems:
                    automaton.add_word(bare, (len(bare), key, False, True))
        automaton.make_automaton()
        self.automata[script] = automaton
        return automaton


@dataclass(frozen=True)
class Proclitics:
    """The particles a script's language writes joined to the next word ("and", "in", "for",
    "the": Hebrew "ולמנוי", Arabic "وللاشتراك"), so that a stem listed bare is found after them
    (a lexicon need not list every joined form). ``chain`` matches a run of them; ``article`` is
    the definite article that a particle before it swallows in writing (Hebrew "ל" + "התמיכה" is
    "לתמיכה"); ``absorbing``, the particles that swallow it; ``langs``, the languages whose stems
    are found so."""

    chain: re.Pattern[str]
    article: str
    absorbing: frozenset[str]
    langs: frozenset[str]


PROCLITICS = {
    "HEBREW": Proclitics(re.compile("[ושהבלמכ]{1,3}"), "ה", frozenset("בלכ"), frozenset({"he"})),
    "ARABIC": Proclitics(re.compile("[وف]?(?:[بك]?ال|لل|[بكل])|[وف]"), "ال", frozenset("ل"), frozenset({"ar"})),
}
_HEBREW_OR_ARABIC, _ARABIC_END = "\u0590", "\u06ff"  # the blocks the particles' scripts are written in
PROCLITIC_STEM = 3  # letters a stem needs to be found after a particle: a shorter one is a word's end too often
_PROCLITIC_RUN = 4  # the longest run of particles ("وبال": and with the)


def proclitic_languages(folded: str, start: int, bare: bool) -> frozenset[str] | None:
    """The languages in which the letters before ``start`` are particles joined to the word that
    starts there (None when they are not: the stem stands inside another word); ``bare``: the stem
    lost its article there, which only a swallowing particle does."""
    cut = start
    while cut > 0 and start - cut < _PROCLITIC_RUN and not _opens(folded[cut - 1]):
        cut -= 1
    if cut == start or cut > 0 and not _opens(folded[cut - 1]):
        return None
    proclitics = PROCLITICS.get(_script(folded[start - 1]))
    if proclitics is None or not proclitics.chain.fullmatch(folded, cut, start) \
            or bare and folded[start - 1] not in proclitics.absorbing:
        return None
    return proclitics.langs


def _opens(ch: str) -> bool:
    """Whether a word may start after ``ch`` (or end before it): ``ch`` is no letter or mark of a
    spaced script. An ASCII character answers without a regex (most of the hits' neighbours)."""
    if ch.isascii():
        return not ch.isalpha()
    return not WORDISH.match(ch) or UNSPACED_CHAR.match(ch) is not None


def _composed_am(key: str) -> str:
    """Thai and Lao "am" as one letter, as text in NFC writes it, where a stem was written as NFKC
    splits it (nikhahit, then "aa"): the split form never meets the text."""
    if "\u0e4d" not in key and "\u0ecd" not in key:
        return key
    return key.replace("\u0e4d\u0e32", "\u0e33").replace("\u0ecd\u0eb2", "\u0eb3")


# Thai and Lao vowels written before the consonant they follow in speech: a syllable starts
# before them, never right after
_LEADING_VOWELS = frozenset("\u0e40\u0e41\u0e42\u0e43\u0e44\u0ec0\u0ec1\u0ec2\u0ec3\u0ec4")
_NO_LETTER = ""  # the group of stems with no letter: searched in every text


def _script_of_first_letter(key: str) -> str:
    if key[:1].isascii() and key[:1].isalpha():
        return "LATIN"
    return next((_script(ch) for ch in key if ch.isalpha()), _NO_LETTER)


def _scripts_in(text: str) -> set[str]:
    """The scripts of ``text``'s letters, and the letterless group."""
    if text.isascii():
        return {"LATIN", _NO_LETTER}
    chars = set(text)
    scripts = {_script(ch) for ch in chars - _ASCII if ch.isalpha()}
    if not chars.isdisjoint(_ASCII_LETTERS):
        scripts.add("LATIN")
    scripts.add(_NO_LETTER)
    return scripts


_ASCII = frozenset(map(chr, range(128)))
_ASCII_LETTERS = frozenset(ch for ch in _ASCII if ch.isalpha())


@lru_cache(maxsize=8192)
def _script(ch: str) -> str:
    """A letter's script as its Unicode name begins ("LATIN", "CYRILLIC", "CJK", "HIRAGANA")."""
    return "LATIN" if ch.isascii() else unicodedata.name(ch, "?").split(" ", 1)[0]


def _remembered(cache: dict[str, T], text: str, compute: Callable[[], T]) -> T:
    """``compute()`` for ``text``, kept in a bounded ``cache`` (lines recur on a page's edges and head)."""
    if text in cache:
        return cache[text]
    if len(cache) >= CACHE_SIZE:
        cache.clear()
    cache[text] = value = compute()
    return value
