"""Language of a text: py3langid (model shipped in the wheel, nothing downloaded).

A script written for one language only names the language by itself (Thai letters are Thai);
for those the model is not consulted, which also spares a process loading it (about 0.4 s
and 60 MB) when a run holds no text in a shared script.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import numpy as np

from . import model_cache
from .text import lang_code

SAMPLE_CHARS = 800  # about 130 words: the same answer on every fixture and generated dump as 3,000; cost grows with it
MIN_CONFIDENCE = 0.5
MIN_LETTERS = 20  # fewer in the sample: the declared language
FIRST_SAMPLE_CHARS = 300  # tried first; the full sample only when this one is not sure
SURE = 0.95  # on 1,326 fixture and generated texts the short sample never disagreed above this
SCRIPT_SHARE = 0.6  # of the sample's letters, for a one-language script to decide alone

# scripts used by one living language in the model's label set (Bengali also writes
# Assamese: its own letters RA and WA send the text to the model)
_ONE_LANGUAGE_SCRIPTS: tuple[tuple[str, str], ...] = (
    ("th", "\u0e00-\u0e7f"),
    ("lo", "\u0e80-\u0eff"),
    ("km", "\u1780-\u17ff\u19e0-\u19ff"),
    ("my", "\u1000-\u109f\uaa60-\uaa7f"),
    ("ka", "\u10a0-\u10ff\u2d00-\u2d2f\u1c90-\u1cbf"),
    ("hy", "\u0530-\u058f"),
    ("el", "\u0370-\u03ff\u1f00-\u1fff"),
    ("he", "\u0590-\u05ff"),
    ("am", "\u1200-\u139f\u2d80-\u2ddf"),
    ("ko", "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"),
    ("ja", "\u3040-\u30ff"),
    ("si", "\u0d80-\u0dff"),
    ("ta", "\u0b80-\u0bff"),
    ("te", "\u0c00-\u0c7f"),
    ("kn", "\u0c80-\u0cff"),
    ("ml", "\u0d00-\u0d7f"),
    ("gu", "\u0a80-\u0aff"),
    ("pa", "\u0a00-\u0a7f"),
    ("or", "\u0b00-\u0b7f"),
    ("bn", "\u0980-\u09ff"),
)
_SCRIPTS = [(code, re.compile(f"[{ranges}]")) for code, ranges in _ONE_LANGUAGE_SCRIPTS]
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ASSAMESE = re.compile("[\u09f0\u09f1]")


_ANY_ONE_LANGUAGE = re.compile("[" + "".join(ranges for _, ranges in _ONE_LANGUAGE_SCRIPTS) + "\u3400-\u9fff]")


def by_script(sample: str, letters: int) -> str | None:
    """The language a one-language script names, when it writes most of ``sample``'s letters."""
    if len(_ANY_ONE_LANGUAGE.findall(sample)) < SCRIPT_SHARE * letters:
        return None  # Latin, Cyrillic, Arabic, Devanagari...: the model decides
    for code, pattern in _SCRIPTS:
        count = len(pattern.findall(sample))
        if count >= SCRIPT_SHARE * letters:
            if code == "bn" and _ASSAMESE.search(sample):
                return None
            return code
        if code == "ja" and count and count + len(_HAN.findall(sample)) >= SCRIPT_SHARE * letters:
            return "ja"  # kana with kanji
    return None


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    """py3langid's model, from an unpacked copy when one is cached.

    The wheel ships the model LZMA-compressed: unpacking it costs every process about 0.6 s
    and a 100 MB peak. The first process writes the arrays it unpacked to the user's cache
    directory; later ones map them read-only, so a process pays for the pages it touches.
    """
    from py3langid.langid import LanguageIdentifier

    class Identifier(LanguageIdentifier):
        """py3langid's identifier, its feature walk taken word by word through a memo."""

        __slots__ = ("walks",)

        def _raw_score(self, text: bytes):  # type: ignore[no-untyped-def]
            visits = feature_counts(self, text)
            if visits is None:  # featureless: the library's own fill
                return super()._raw_score(text)
            return self._sparse_score(visits, self.nb_ptc)

        def _sparse_score(self, visits, table):  # type: ignore[no-untyped-def]
            """The library's score with the model's float16 rows widened by a lookup
            (:func:`widen_half`): numpy widens them one element at a time in software, which
            was a third of a text run's language work."""
            idx = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
            counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
            return np.log1p(counts) @ widen_half(table, idx) + self.nb_pc

    arrays = model_cache.load() or model_cache.unpack_and_store()
    ptc, pc, classes, nextmove, row, out = arrays
    ident = Identifier(ptc, pc, classes, nextmove, out, norm_probs=True, tk_row=row)
    ident.walks = {}
    return ident


def widen_half(table: np.ndarray, idx: np.ndarray) -> np.ndarray:
    """``table[idx]`` as float32, for a float16 ``table``: the same values as ``astype``, looked up
    by each value's 16 bits in a table of all 65,536 (one gather instead of numpy's element by
    element widening in software, or of the bit arithmetic that replaced it: half its time)."""
    if table.dtype != np.float16:
        return table[idx]
    bits = table.view(np.ndarray).view(np.uint16)  # (a memmap's indexing wraps every result)
    return _half_to_single().take(bits.take(idx, axis=0))


@lru_cache(maxsize=1)
def _half_to_single() -> np.ndarray:
    """Every float16 bit pattern's float32 value (256 kB)."""
    return np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16).astype(np.float32)


WALK_MEMO = 1 << 14  # (state, word) entries kept; words recur within a language


def feature_counts(ident, text: bytes) -> Counter[int] | None:  # type: ignore[no-untyped-def]
    """py3langid's ``visit_counts`` over ``text`` (same counts, same order), word by word.

    The model's tokenizer is a byte automaton walked in Python, about a quarter of a
    microsecond per byte. Its path through a word followed by a space depends only on the
    state it enters with, and words recur, so each (state, word) walk is done once.
    """
    walks: dict[tuple[int, bytes], tuple[int, tuple[int, ...]]] = ident.walks
    if len(walks) > WALK_MEMO:
        walks.clear()
    state, indexes = 0, []
    *words, tail = text.split(b" ")
    for word in words:
        walk = walks.get((state, word))
        if walk is None:
            walk = walks[(state, word)] = _walk(ident, state, word + b" ")
        state = walk[0]
        indexes.extend(walk[1])
    indexes.extend(_walk(ident, state, tail)[1])
    return Counter(indexes) if indexes else None


def _walk(ident, state: int, chunk: bytes) -> tuple[int, tuple[int, ...]]:  # type: ignore[no-untyped-def]
    """The automaton's end state and the features it emits over ``chunk``, from ``state``."""
    nextmove, rowbase, output = ident.tk_nextmove, ident._rowbase, ident.tk_output
    found = []
    for byte in chunk:
        state = nextmove[rowbase[state] + byte]
        feature = output[state]
        if feature >= 0:
            found.append(feature)
    return state, tuple(found)  # kept in the memo: a tuple is the smaller container


def detect(text: str, declared: str | None = None) -> str | None:
    """The text's language; the declared one when the text is too short to tell."""
    return _detect(text[:SAMPLE_CHARS], declared)[0]


def detect_sure(text: str, declared: str | None = None) -> tuple[str | None, float]:
    """:func:`detect`, and how sure the model is of it (1.0 for a one-language script, 0.0 when
    the declared language stood in for the model)."""
    return _detect(text[:SAMPLE_CHARS], declared)


@lru_cache(maxsize=256)  # a body's start is asked about before and after its last lines are cut
def _detect(sample: str, declared: str | None) -> tuple[str | None, float]:
    # most samples: letters counted on a short head are enough, and no one-language script
    # letter means the model decides (the exact count is then not needed)
    if sum(map(str.isalpha, sample[:MIN_LETTERS * 2])) < MIN_LETTERS or _ANY_ONE_LANGUAGE.search(sample):
        letters = sum(map(str.isalpha, sample))
        if letters < MIN_LETTERS:
            return lang_code(declared), 0.0
        code = by_script(sample, letters)
        if code is not None:
            return code, 1.0
    code, prob = _identifier().classify(sample[:FIRST_SAMPLE_CHARS])
    if prob < SURE and len(sample) > FIRST_SAMPLE_CHARS:  # a short sample decides most texts alone
        code, prob = _identifier().classify(sample)
    if prob < MIN_CONFIDENCE and declared:
        return lang_code(declared), 0.0
    return lang_code(code), prob


@lru_cache(maxsize=4096)  # footers recur from page to page of a dump
def probability(text: str, lang: str) -> float:
    """The model's probability that ``text`` is written in ``lang`` (a code as :func:`detect`
    gives): near 0 when the model is sure it is some other language."""
    if len(text) > SAMPLE_CHARS:
        text = text[:SAMPLE_CHARS]
    return _ranked(text).get(lang, 0.0)


@lru_cache(maxsize=4096)
def _ranked(text: str) -> dict[str, float]:
    """Every language's probability for ``text``, the model asked once (a line is asked about
    in several languages)."""
    letters = sum(map(str.isalpha, text))
    script = by_script(text, letters) if letters else None
    if script is not None:
        return {script: 1.0}
    out: dict[str, float] = {}
    for label, p in _identifier().rank(text):
        if (code := _code(label)) is not None:
            out[code] = out.get(code, 0.0) + p
    return out


@lru_cache(maxsize=1)
def known_languages() -> frozenset[str]:
    """The languages the model can name (and those a script of their own names)."""
    return frozenset(code for label in _identifier().nb_classes if (code := _code(label))) \
        | frozenset(code for code, _ in _ONE_LANGUAGE_SCRIPTS)


@lru_cache(maxsize=256)  # the model's hundred-odd class names, asked about for every line judged
def _code(label: str) -> str | None:
    return lang_code(label)
