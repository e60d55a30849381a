"""Priors kept as data: the network's brands and domains, boilerplate phrase families.

The files live in ``strip/rules/`` (``network.json``, ``phrases.json``); a user
adds their own with ``--rules PATH`` (same shape, merged in). They are priors
for the structural detectors, which decide where a phrase may be trusted:
a phrase hit alone never removes a line from the middle of an article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import ahocorasick
import orjson
from rapidfuzz.distance import Levenshtein

from ..text import UNSPACED_CHAR, WORDISH, fold, latin_letters, tokens, word_count
from .concepts import Concepts

# Brand names matched across scripts (see Rules.brand_like): the network's compound names.
FUZZY_STEMS = ("plato", "zephyr")
STEM_SPELLINGS = ("plato", "platao", "zephyr")  # the stems as Latin letters spell them ("Platão": platao)
SMALL_WORD = 3  # a small word after a capitalised name ("at", "was"): no part of a brand
STEM_NAMES = frozenset({"plt", "pltn"})  # the consonants of "Plato", "Platon" alone, as any script writes them
FUZZY_SHARE = 0.25  # edits allowed, as a share of the brand's length
SKELETON_MIN = 7  # consonant skeletons this long or longer take part
SKELETON_SLACK = 2  # consonants of a transliterated run a skeleton match may leave unmatched (a case ending)
# "ph" and "f" are one sound, and "p" where a script has no "f" (Lao "ເພລໂຕ" is "phlot", Arabic "پلاتو"
# or "فلاتو"), and "b" where it has no "p" (Arabic "بلاتو"): all are "p" in a skeleton. Arabic
# writes "ch" as "tsh" ("تش"), and its vowel letters come out as "w" and "y" ("بلاتوبلوكتشين")
_STEM_SKELETONS = ("plt", "zpr")  # the skeletons "Plato" and "Zephyr" open with
_DIGRAPHS = (("tsh", "c"), ("ck", "k"), ("ch", "c"), ("ph", "p"), ("kh", "k"), ("bh", "b"), ("th", "t"),
             ("gh", "g"), ("dh", "d"), ("sh", "s"), ("x", "ks"), ("f", "p"), ("b", "p"))
_VOWELS = re.compile("[aeiouyw]+")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=8192)  # the words of a page's lines, asked about in several steps
def skeleton(latin: str) -> str:
    """The consonants of a transliterated word, digraphs folded: "platoblockchain" -> "pltblkcn".
    Abugidas and abjads write the vowels that transliteration guesses, or none at all."""
    for a, b in _DIGRAPHS:
        latin = latin.replace(a, b)
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", latin))


_CAMEL_WORD = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+")  # the words of "PlatoBlockchain", "PlatoAI"
_NON_LATIN_LETTER = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f\u1e00-\u1eff]")
_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")


def romanised_skeleton(word: str) -> str | None:
    """The consonant skeleton of a word written in another script than Latin, as its romanisation
    gives it; None for a Latin word, which spells the brand as it is ("Bulletin", pltn, is no
    "Platon"). Kana write "l" and "r" alike ("プラトー", purato): there "r" counts as "l"."""
    if word.isascii() or not _NON_LATIN_LETTER.search(word):
        return None
    latin = latin_letters(word)
    return skeleton(latin.replace("r", "l") if _KANA.search(word) else latin)


_GLUED_STEM = re.compile(r"plata?on?[aeiou]?")  # the name alone ("Platão"), maybe with a case ending: not "Platoon"
# "Uruhererekane-Plato", "Plato-Blokkieketting": the translated chain and the bare name ("Plato-inspired" is no brand)
_HYPHEN_GLUED = re.compile(r"(?<![\w-])(?:[^\W\d_]{4,}-Platon?[aeiou]?"
                           r"|Plat[oóòôöō]n?[aeiou]?-[A-Z\u00c0-\u00de][^\W\d_]{3,})(?![\w-])")


def _camel(word: str) -> bool:
    """A capital after the first letters: two words written as one name ("PlatoHealth")."""
    return any(ch.isupper() for ch in word[3:]) and word[:1].isupper()


@lru_cache(maxsize=4)
def _platforms(names: frozenset[str]) -> re.Pattern[str]:
    """Every platform's name as a word, in one pattern; a long one may carry a case ending
    ("YouTubessa"), a short one not ("X" is no part of "Xbox")."""
    long_names = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if len(n) >= 4)
    short_names = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if len(n) < 4)
    return re.compile(rf"(?<![0-9A-Za-z])(?:({long_names})(?![0-9A-Z])|({short_names})(?![0-9A-Za-z]))")


@lru_cache(maxsize=64)
def _signature_token(token: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![0-9A-Za-z]){re.escape(token)}(?![0-9A-Z])")


# (and the CJK marks: "。", "、", "・")
_WORD_SPLIT = re.compile(r"[\s\-\u2013\u2014.,;:!?\"()«»“”\u0589\u0964\u1362\u3001\u3002\u30fb\uff0c\uff1a]+")


class Found:
    """A fragment found in a text: what :meth:`re.Match.group` and :meth:`re.Match.span` give."""

    __slots__ = ("_text", "start", "end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self.start, self.end = text, start, end

    def group(self) -> str:
        return self._text[self.start:self.end]

    def span(self) -> tuple[int, int]:
        return self.start, self.end


class Literals:
    """Many literals found in one pass (Aho-Corasick), leftmost first and the longest there, not
    overlapping: what one regex alternation of them merged on prefixes finds, built about ten
    times faster than Python compiles that regex (the phrase priors' five thousand fragments cost
    a tenth of a second at every start)."""

    def __init__(self, words: list[str]) -> None:
        self.automaton = ahocorasick.Automaton()
        for word in words:
            self.automaton.add_word(word, len(word))
        self.automaton.make_automaton()

    def finditer(self, text: str) -> Iterator[Found]:
        longest: dict[int, int] = {}
        for end, size in self.automaton.iter(text):
            start = end + 1 - size
            if longest.get(start, 0) < size:
                longest[start] = size
        if not longest:
            return
        pos = 0
        for start in sorted(longest):
            if start >= pos:
                pos = start + longest[start]
                yield Found(text, start, pos)


@dataclass(frozen=True)
class Matcher:
    """Literal fragments, whole-word in word-spaced scripts, substrings in unspaced ones.

    Word boundaries are checked on each candidate, after the literals are found.
    """

    spaced: Literals | None
    unspaced: Literals | None
    suffixes: bool = False  # names take case endings: "PlatoBlockchaini", "Zephyrnetin"

    def finditer(self, folded: str) -> Iterator[Found]:
        if self.unspaced is not None:
            yield from self.unspaced.finditer(folded)
        if self.spaced is not None:
            for match in self.spaced.finditer(folded):
                a, b = match.start, match.end
                if (a == 0 or not WORDISH.match(folded[a - 1])) and (
                    self.suffixes or b == len(folded) or not WORDISH.match(folded[b])
                ):
                    yield match

    def search(self, folded: str) -> Found | None:
        return next(self.finditer(folded), None)


def _compile(fragments: set[str], *, suffixes: bool = False) -> Matcher | None:
    frags = sorted({fold(f).strip() for f in fragments if f and f.strip()})
    if not frags:
        return None
    spaced = [f for f in frags if not UNSPACED_CHAR.search(f)]
    unspaced = [f for f in frags if UNSPACED_CHAR.search(f)]
    return Matcher(Literals(spaced) if spaced else None, Literals(unspaced) if unspaced else None, suffixes)


# Machine translation words a phrase a little differently from page to page ("w skrzynce
# odbiorczej" / "w swojej skrzynce odbiorczej"): one extra word between a phrase's words.
GAP_ANCHOR = 7  # letters of a phrase's longest word for it to be matched with a word inside
GAP_WORD = 15  # longest extra word; it never carries a stop or a comma
_GAP_STOPS = frozenset(".!?:;,")


def _unlead(token: str) -> str:
    """``token`` from its first letter on: a phrase may start after a quote or a bracket."""
    for i, ch in enumerate(token):
        if WORDISH.match(ch):
            return token[i:]
    return ""


class GappedPhrases:
    """Phrases of several words with a long one among them, found with one extra word inside:
    "sign up for" with a word inside is everyday English ("sign them up for"), "skrzynce
    odbiorczej" with one is still the inbox. Words are compared as tokens, so nothing is compiled
    up front however many phrases the priors hold."""

    def __init__(self, phrases: set[str]) -> None:
        self.by_head: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(phrases):
            words = tuple(phrase.split())
            self.by_head.setdefault(words[0], []).append(words)

    @staticmethod
    def _ends(token: str, word: str) -> bool:
        return token.startswith(word) and (len(token) == len(word) or not WORDISH.match(token[len(word)]))

    def find(self, folded: str) -> Iterator[str]:
        """The phrases found in ``folded``, left to right, each as its words joined by a space."""
        tokens = folded.split()
        for i, token in enumerate(tokens):
            for words in self.by_head.get(_unlead(token), ()):
                n = len(words)
                window = tokens[i : i + n + 1]
                if len(window) == n + 1 and self._ends(window[n], words[-1]):
                    for gap in range(1, n):  # the extra word is never the first or the last
                        extra = window[gap]
                        if (len(extra) <= GAP_WORD and not _GAP_STOPS.intersection(extra)
                                and window[1:gap] == list(words[1:gap])
                                and window[gap + 1 : n] == list(words[gap : n - 1])):
                            yield " ".join(words)
                            break


def _gapped(fragments: set[str]) -> GappedPhrases | None:
    frags = {f for f in (fold(x).strip() for x in fragments if x)
             if " " in f and not UNSPACED_CHAR.search(f) and max(len(w) for w in f.split()) >= GAP_ANCHOR}
    return GappedPhrases(frags) if frags else None


CACHE_SIZE = 4096


@dataclass
class Rules:
    """Compiled priors: one matcher per kind, all languages merged."""

    brands: set[str] = field(default_factory=set)
    domains: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    # tokens the network's own lines keep in Latin in every language ("SEO", "PR" in "SEO Powered
    # Content & PR Distribution. Get Amplified Today.", however the rest is translated)
    signatures: list[frozenset[str]] = field(default_factory=list)
    platforms: set[str] = field(default_factory=set)  # social platforms a follow-us line lists
    image_banks: set[str] = field(default_factory=set)  # image banks a picture credit names
    agency_words: set[str] = field(default_factory=set)  # words that make a house's name a news agency's
    _bank_skeletons: frozenset[str] = frozenset()
    _bank_names: tuple[str, ...] = ()  # folded
    _platform_skeletons: frozenset[str] = frozenset()
    families: dict[str, set[str]] = field(default_factory=dict)
    # how the steps use the families (see "roles" in phrases.json): role -> family -> value
    roles: dict[str, dict[str, Any]] = field(default_factory=dict)
    # a family's sentence known by what it speaks of, in words no phrase prior has (concepts.json)
    concepts: Concepts = field(default_factory=Concepts)
    _brand_re: Matcher | None = None
    _family_re: dict[str, Matcher | None] = field(default_factory=dict)
    _any_family: Matcher | None = None
    _gapped_family: GappedPhrases | bool | None = None  # built on first use; False: no phrase of two words
    _fragment_family: dict[str, str] = field(default_factory=dict)
    _outlet_keys: set[str] = field(default_factory=set)
    _fuzzy: tuple[str, ...] = ()
    _word_skeletons: frozenset[str] = frozenset()
    _skeletons: tuple[str, ...] = ()
    # the same forms by their first two letters: a word is compared with the few that share them
    _fuzzy_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _skeleton_heads: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _brand_cache: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)
    _brand_like_cache: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)
    _spam_words: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _spam_phrases: list[list[str]] | None = field(default=None, repr=False, compare=False)
    _brand_initials: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def merge(self, data: dict[str, Any]) -> None:
        self.brands.update(data.get("brands", []))
        self.domains.update(d.casefold() for d in data.get("domains", []))
        self.outlets.update(data.get("outlets", []))
        self.signatures.extend(frozenset(tokens) for tokens in data.get("signatures", []) if tokens)
        self.platforms.update((data.get("platforms") or {}).get("names", []))
        self.image_banks.update((data.get("image_banks") or {}).get("names", []))
        self.agency_words.update(w.casefold() for w in (data.get("news_agencies") or {}).get("words", []))
        for aliases in (data.get("outlet_aliases") or {}).values():
            self.outlets.update(aliases if isinstance(aliases, list) else [])
        for role, spec in (data.get("roles") or {}).items():
            if role.startswith("_"):
                continue
            values = spec if isinstance(spec, dict) else dict.fromkeys(spec, True)
            self.roles.setdefault(role, {}).update(values)
        self.concepts.merge(data)
        for family, by_lang in (data.get("families") or {}).items():
            bucket = self.families.setdefault(family, set())
            if isinstance(by_lang, dict):
                for phrases in by_lang.values():
                    bucket.update(phrases)
            else:
                bucket.update(by_lang)

    def compile(self) -> Rules:
        for role, families in self.roles.items():
            unknown = sorted(set(families) - set(self.families))
            if unknown:
                raise ValueError(f"role {role!r} names unknown phrase families: {', '.join(unknown)}")
        unknown = sorted(set(self.concepts.recipes) - set(self.families))
        if unknown:
            raise ValueError(f"concept recipes name unknown phrase families: {', '.join(unknown)}")
        self.concepts.compile()
        self._brand_cache.clear()
        self._brand_like_cache.clear()
        self._brand_re = _compile(self.brands | self.domains, suffixes=True)
        self._family_re = {}  # compiled on first use: a run asks for a few families only
        self._fragment_family = {}
        for name, frags in self.families.items():
            for frag in frags:
                self._fragment_family.setdefault(fold(frag).strip(), name)
        self._any_family = _compile(set(self._fragment_family))
        self._gapped_family = None
        self._outlet_keys = {fold(o) for o in self.outlets}
        latin = {latin_letters(b) for b in self.brands if b.isascii()}
        self._fuzzy = tuple(sorted(f for f in latin if len(f) >= 9 and f.startswith(FUZZY_STEMS)
                                   and not f.startswith("platon")))  # Platon: the philosopher's name
        self._skeletons = tuple(sorted(k for k in {skeleton(f) for f in self._fuzzy} if len(k) >= SKELETON_MIN))
        # a compound on Plato's name, whole, in a script that writes few vowels ("פלטודאטה", PlatoData, is
        # pltdt): short, but no other word of the fixtures' 200,000 has one of these skeletons in another
        # script. (Zephyrnet's, zprnt, is the Macedonian "забраната": its name is judged by its sound.)
        self._word_skeletons = frozenset(skeleton(f) for f in self._fuzzy if f.startswith("plato"))
        # one-word bank names by their consonants ("shutterstock", "শাটারস্টক" satarstk: "strstk"); short
        # skeletons ("istock": "stk", "freepik": "prpk", which "пробки" shares) only by name
        banks = (skeleton(latin_letters(bank)) for bank in self.image_banks if " " not in bank)
        self._bank_skeletons = frozenset(k for k in banks if len(k) >= BANK_SKELETON)
        self._bank_names = tuple(sorted(fold(bank) for bank in self.image_banks))
        platforms = (skeleton(latin_letters(name)) for name in self.platforms if name.isascii())
        self._platform_skeletons = frozenset(k for k in platforms if len(k) >= PLATFORM_SKELETON)
        self._fuzzy_heads = _by_head(self._fuzzy)
        self._skeleton_heads = _by_head(self._skeletons)
        return self

    def brand_like(self, text: str) -> str | None:
        """A network brand named in ``text`` in any script or spelling.

        The exact forms first (:meth:`brand`); then each run of one to three words is
        transliterated to Latin and compared with the network's compound brand names
        ("PlatoBlockchain", "PlatoAiStream", "Zephyrnet", ...) by edit distance, so a new
        romanisation in any script ("ՊլատոԲլոկչեյն", "ፕላቶ ብሎክ ቼን") is still the brand. Only
        compound names of nine letters or more take part: "Plato" alone is a philosopher, and
        "amplified" an English word. Measured on the 6,135 kept paragraphs of the fixtures: 5 match
        (the philosopher's name and the next word, "Plato was"; a Kyrgyz and a Maldivian word); the
        four of them in clean controls lose nothing when republished (``scripts/republish_recall.py``).
        A capitalised Latin name with a small word after it is no brand ("The Plato at low tide", a
        ship; "Plato was"): the brand's Latin words are its own ("Platónův blockchain").
        """
        exact = self.brand(text)
        if exact is not None or not self._fuzzy:
            return exact
        return _cached(self._brand_like_cache, text, self._fuzzy_brand)

    def _fuzzy_brand(self, text: str) -> str | None:
        """The fuzzy half of :meth:`brand_like`."""
        glued = next((m.group() for m in _HYPHEN_GLUED.finditer(text) if m.group()[0].isupper()), None)
        if glued is not None:
            return glued  # "Uruhererekane-Plato", "Plato-Blokkieketting": the bare name and the translated chain
        words = [w for w in _WORD_SPLIT.split(text) if w]
        whole = next((w for w in words if romanised_skeleton(w) in self._word_skeletons), None)
        if whole is not None:
            return whole
        latin = [latin_letters(w) for w in words]
        for word, lat in zip(words, latin, strict=True):
            if lat.startswith(STEM_SPELLINGS[:2]) and _camel(word):
                return word  # "ΠλατοΔεδομένα", "ПлатонАйСтрим": Plato + a word, written as one name
            if _camel(word) and any(_GLUED_STEM.fullmatch(latin_letters(word[k:]))
                                    for k in range(3, len(word)) if word[k - 1].islower() and word[k].isupper()):
                return word  # "SilsiladdaPlato": the translated chain first, the bare name glued after it
        heads = self._fuzzy_heads
        for i in range(len(latin)):
            if not self._may_start(latin[i]):
                continue
            joined = ""
            for j in range(i, min(i + 3, len(latin))):
                joined += latin[j]
                if len(joined) < 9:
                    continue
                transliterated = not words[j].isascii()
                if not transliterated and j > i and words[i][:1].isupper() \
                        and any(w[:1].islower() and len(w) <= SMALL_WORD for w in words[i + 1 : j + 1]):
                    break  # a capitalised name and a small word after it: "The Plato at low tide" (a ship),
                    # "Plato was"; the brand's words are its own ("Plato Data", "Platónův blockchain")
                if transliterated and j > i and not any(
                        skeleton(lat).startswith(_STEM_SKELETONS) for lat in latin[i : j + 1]):
                    continue  # words apart: one of them is the stem ("ፕላቶ ብሎክ ቼን"); "blockchain" beside a
                    # word whose consonants come near (Nepali "अभिलेख ब्लकचेनमा", record on a blockchain) is no brand
                # a Latin run is compared only with the forms it starts like (what _near checks first)
                if (transliterated or joined[:2] in heads) and self._near_brand(joined, transliterated=transliterated):
                    return " ".join(words[i : j + 1])
        return None

    def _may_start(self, lat: str) -> bool:
        """Whether a run of words starting with ``lat`` can be near a brand at all: its first two
        letters, or its skeleton's, are a brand form's (a skeleton of three or more letters
        keeps its first two whatever word follows)."""
        if lat[:2] in self._fuzzy_heads:
            return True
        key = skeleton(lat)
        return len(key) < 3 or key[:2] in self._skeleton_heads

    def _near_brand(self, joined: str, *, transliterated: bool = False) -> bool:
        """A prefix of ``joined`` within edit distance of a compound brand name; for a word
        transliterated from another script, also its consonant skeleton (scripts that write few
        vowels, or vowels transliteration guesses: "pletoblkcen" for PlatoBlockchain). Latin words
        are never compared by skeleton: "Apple TV streaming" would be "PlatoAiStream"."""
        if self._near(joined, self._fuzzy_heads.get(joined[:2], ())):
            return True
        if not transliterated:
            return False
        key = skeleton(joined)
        # the consonants of the run's last word are the brand's to their end, or for a case
        # ending's few: a match that stops inside a long word ("პალატის თავმ|ჯდომარის", the
        # chamber's chairman, on "PlatoAiStream") spells no brand
        return len(key) >= SKELETON_MIN and self._near(key, self._skeleton_heads.get(key[:2], ()),
                                                       least=len(key) - SKELETON_SLACK)

    @staticmethod
    def _near(joined: str, forms: tuple[str, ...], least: int = 0) -> bool:
        for form in forms:
            limit = int(FUZZY_SHARE * len(form))
            for cut in range(max(2, least, len(form) - limit), min(len(joined), len(form) + limit) + 1):
                if Levenshtein.distance(joined[:cut], form, score_cutoff=limit) <= limit:
                    return True
        return False

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_brand_cache": {}, "_brand_like_cache": {}}  # a worker process starts its own

    def signature(self, text: str) -> bool:
        """Whether ``text`` holds every token of one of the network's signatures, as written; a
        case ending may be glued on ("SEOk", "SEO-ზე"), another capital may not ("SEOUL")."""
        return any(all(_signature_token(t).search(text) for t in tokens) for tokens in self.signatures)

    def signature_part(self, text: str) -> bool:
        """Whether ``text`` holds a token of one of the network's signatures (a translation that
        kept "SEO" and rendered "PR" in its own words)."""
        return any(_signature_token(t).search(text) for tokens in self.signatures for t in tokens)

    def signature_parts(self, text: str) -> int:
        """How many tokens of one of the network's signatures ``text`` holds, at most ("SEO" and "PR"
        kept in a translation of "SEO Powered Content & PR Distribution": two)."""
        return max((sum(_signature_token(t).search(text) is not None for t in tokens) for tokens in self.signatures),
                   default=0)

    def is_agency(self, name: str) -> bool:
        """Whether a house's name is a news agency's, by the words that say so in its language."""
        folded = name.casefold()
        return any(word in folded for word in self.agency_words)

    def platforms_named(self, text: str) -> set[str]:
        """The social platforms ``text`` names, as written, as words of their own ("YouTube'da",
        "XとTelegramで"; not the "X" of "Xbox")."""
        if not self.platforms:
            return set()
        return {m.group(1) or m.group(2) for m in _platforms(frozenset(self.platforms)).finditer(text)}

    def platform_alone(self, text: str) -> bool:
        """Whether ``text`` is one platform's name and nothing else: as written ("Facebook"), or in
        another script by its consonants, a letter apart at most ("ফেসবুক" pspk, facebook pcpk;
        "ವಾಟ್ಸ್‌ಆ್ಯಪ್" vtsp, whatsapp htsp): a share button's label in any script."""
        words = word_count(text)
        if words > 2:
            return False
        if words == 1 and self.platforms_named(text):
            return True
        # (a name written as two words in some scripts: "فیس بک", "واٹس ایپ")
        key = romanised_skeleton("".join(text.split()))
        return key is not None and len(key) >= PLATFORM_SKELETON - 1 and any(
            Levenshtein.distance(key, known, score_cutoff=1) <= 1 for known in self._platform_skeletons)

    def platform_button(self, text: str) -> str | None:
        """What a share button's label says besides the one platform it names ("Raba a" of "Raba a
        Facebook", "" for the name alone); None when it names none, or more than one."""
        if word_count(text) > SHARE_LABEL_WORDS:
            return None
        if self.platform_alone(text):
            return ""
        named = self.platforms_named(text)
        if len(named) == 1:
            return " ".join(text.replace(next(iter(named)), " ").split())
        words = text.split()
        for k in range(len(words)):
            for n in (1, 2):
                if k + n <= len(words) and self.platform_alone(" ".join(words[k:k + n])):
                    return " ".join(words[:k] + words[k + n:])
        return None

    def image_bank(self, text: str) -> bool:
        """Whether ``text`` names an image bank, as written or transliterated."""
        folded = fold(text)
        if any(_has_name(folded, bank) for bank in self._bank_names):
            return True
        return any(skeleton(latin_letters(word)) in self._bank_skeletons
                   for word in _WORD_SPLIT.split(text) if sum(ch.isalpha() for ch in word) >= BANK_LETTERS)

    def brand(self, text: str) -> str | None:
        """The first network brand or domain named in ``text``."""
        if self._brand_re is None:
            return None
        return _cached(self._brand_cache, text, self._exact_brand)

    def _exact_brand(self, text: str) -> str | None:
        assert self._brand_re is not None
        folded = fold(text)
        match = self._brand_re.search(folded)
        if match is None and "\u30fb" in folded:  # katakana write a compound's parts with or without
            match = self._brand_re.search(folded.replace("\u30fb", ""))  # the dot: "プラトン・ブロックチェーン"
        return match.group() if match else None

    def family(self, text: str, exclude: frozenset[str] = frozenset()) -> str | None:
        """The first boilerplate phrase family that ``text`` contains, other than ``exclude``."""
        if self._any_family is None:
            return None
        for match in self._any_family.finditer(fold(text)):
            name = self._fragment_family.get(match.group())
            if name is not None and name not in exclude:
                return name
        return None

    def family_reworded(self, text: str, exclude: frozenset[str] = frozenset()) -> str | None:
        """The family of a phrase of several words found with one extra word inside it."""
        if self._gapped_family is None:
            self._gapped_family = _gapped(set(self._fragment_family)) or False
        if not self._gapped_family:
            return None
        for key in self._gapped_family.find(fold(text)):
            name = self._fragment_family.get(key)
            if name is not None and name not in exclude:
                return name
        return None

    def family_spans(self, text: str, *families: str) -> list[tuple[int, int]]:
        """Spans of ``families`` fragments in ``fold(text)`` (same offsets when folding keeps length)."""
        folded = fold(text)
        spans = []
        for name in families:
            if name not in self._family_re:
                self._family_re[name] = _compile(self.families.get(name, set()))
            pattern = self._family_re[name]
            if pattern is not None:
                spans.extend(m.span() for m in pattern.finditer(folded))
        return sorted(spans)

    def spam_words(self) -> frozenset[str]:
        """The tokens of the network's spam phrases in every language ("Data Intelligence",
        "Vertical Search"): the words a translation may set between an outlet and the brand."""
        if self._spam_words is None:
            phrases = self.families.get("data_intelligence", set()) | self.families.get("vertical_search", set())
            self._spam_words = frozenset(t for phrase in phrases for t in tokens(phrase))
        return self._spam_words

    def brand_initials(self) -> frozenset[str]:
        """The initials of the brand's longer Latin names ("PBDI": PlatoBlockchain Data
        Intelligence), as a title may set them after the outlet."""
        if self._brand_initials is None:
            self._brand_initials = frozenset(
                caps for brand in self.brands if brand.isascii()
                if len(caps := "".join(w[0] for w in _CAMEL_WORD.findall(brand)).upper()) >= 3)
        return self._brand_initials

    def spam_phrases(self) -> list[list[str]]:
        """The network's "Data Intelligence" in every language, as folded words."""
        if self._spam_phrases is None:
            self._spam_phrases = [fold(p).split() for p in sorted(self.families.get("data_intelligence", set()))]
        return self._spam_phrases

    def role(self, name: str) -> dict[str, Any]:
        """The families playing ``name`` (``covers_links``, ``attribution``, ...) and their values."""
        return self.roles.get(name, {})

    def role_spans(self, text: str, role: str) -> list[tuple[int, int]]:
        """Spans of the fragments of ``role``'s families in ``fold(text)``."""
        return self.family_spans(text, *self.role(role))

    def is_outlet(self, text: str) -> bool:
        return fold(text).strip() in self._outlet_keys


BANK_SKELETON = 5  # consonants a bank's one-word name needs to be matched by them
BANK_LETTERS = 5  # ... and letters a word needs to be compared
PLATFORM_SKELETON = 4  # the shortest platform skeleton compared across scripts ("msngr"; not "tr", twitter),
# and a letter less for a word's ("واتساپ", tsp: abjads write the "w" that transliteration takes for a vowel)
SHARE_LABEL_WORDS = 4  # a share button's label: "Raba a Facebook", "Pín sí WhatsApp", "Share on X"


def _has_name(folded: str, name: str) -> bool:
    """``name`` in ``folded`` as a word of its own, or opening one ("Shutterstocku"); after a
    letter of an unspaced script a Latin name opens a word too ("画像はUnsplashより")."""
    start = folded.find(name)
    while start >= 0:
        if start == 0 or not WORDISH.match(folded[start - 1]) or (
                UNSPACED_CHAR.match(folded[start - 1]) and not UNSPACED_CHAR.match(name[0])):
            return True
        start = folded.find(name, start + 1)
    return False


def _by_head(forms: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    heads: dict[str, list[str]] = {}
    for form in forms:
        heads.setdefault(form[:2], []).append(form)
    return {head: tuple(group) for head, group in heads.items()}


def _cached(cache: dict[str, str | None], text: str, compute: Callable[[str], str | None]) -> str | None:
    """``compute(text)`` through ``cache``: the steps ask about the same blocks of a page many times."""
    if text in cache:
        return cache[text]
    if len(cache) >= CACHE_SIZE:
        cache.clear()
    cache[text] = found = compute(text)
    return found


def _read_json(path: Path | Any, sources: list[bytes]) -> dict[str, Any]:
    raw = path.read_bytes()
    data = orjson.loads(raw)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: rules file must hold a JSON object")
    sources.append(raw)
    return data


def load_rules(extra: tuple[str, ...] = ()) -> Rules:
    """The packaged priors, plus the user's files in ``extra``; compiled once per process, however
    it is asked for (``load_rules()`` and ``load_rules(())`` are one set of rules, one lexicon index)."""
    return _load_rules(tuple(extra))


@lru_cache(maxsize=8)
def _load_rules(extra: tuple[str, ...]) -> Rules:
    rules = Rules()
    base = resources.files("cleaner.strip").joinpath("rules")
    sources = rules.concepts.sources
    for name in ("network.json", "phrases.json", "concepts.json"):
        item = base.joinpath(name)
        if item.is_file():
            rules.merge(_read_json(item, sources))
    for path in extra:
        rules.merge(_read_json(Path(path), sources))
    return rules.compile()
