"""Text keys for duplicate detection: normalisation, content ids, shingles.

Normalisation (NFKC, casefold, every Unicode decimal digit mapped to ASCII, punctuation
and symbols turned into spaces, whitespace collapsed) makes copies that differ only in
typography, case or spacing identical. Digits are *kept*: daily price posts share one
template and differ mainly in their numbers, so dropping digits would turn different
articles into exact duplicates. Combining marks are kept too, because in Bengali, Thai or
Devanagari they are part of the letters.

Shingles are word 5-grams for space-separated scripts and character 5-grams for scripts
written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar), chosen per document from
the share of such characters, so a mixed Japanese text with Latin names still gets
character shingles.
"""

from __future__ import annotations

import unicodedata
import zlib
from functools import lru_cache

import numpy as np

from cleaner.text import UNSPACED_LANGS, WordMap, digest, fmix64, is_unspaced, lang_code

WORD_NGRAM = 5
CHAR_NGRAM = 5


class _FoldTable(dict):
    """``str.translate`` table filled on first use of each code point (the loop stays in C)."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        cat = unicodedata.category(ch)
        if cat == "Nd":
            rep: str | None = str(unicodedata.digit(ch, 0))
        elif cat == "Cf":  # zero-width joiners sit inside words (Persian, Indic scripts)
            rep = None
        elif cat[0] in "PSZC":
            rep = " "
        else:
            rep = ch
        self[code] = rep
        return rep


_TABLE = _FoldTable()
_WORDS = WordMap(_TABLE)  # every whitespace character becomes a space


@lru_cache(maxsize=2)  # a record's id and then its dedup item normalise the same body
def normalize(text: str) -> str:
    """Canonical form of ``text`` used for exact ids and shingles."""
    # the table turns every whitespace character into a space: the words, joined by one
    # space, collapse the runs and strip the ends
    return _WORDS.translate_words(unicodedata.normalize("NFKC", text).casefold())


def content_id(title: str | None, text: str) -> str:
    """Stable 16-hex id of the normalised body; the title only stands in for an empty body.

    The title is left out otherwise because copies of one article carry different title
    echoes and outlet tails, while their bodies match.
    """
    return id_of_normalized(normalize(text), title)


def id_of_normalized(key: str, title: str | None) -> str:
    """:func:`content_id` of an already normalised body."""
    if not key and title:
        key = "title:" + normalize(title)
    return digest(key).hex()


def units(text: str, lang: str | None = None, *,
          normalized: bool = False) -> tuple[list[str] | str, int]:
    """The shingling units of ``text``: (words, WORD_NGRAM) or (characters, CHAR_NGRAM)."""
    norm = text if normalized else normalize(text)
    if not norm:
        return [], WORD_NGRAM
    if _by_characters(norm, lang):
        return norm.replace(" ", ""), CHAR_NGRAM
    return norm.split(" "), WORD_NGRAM


def _by_characters(norm: str, lang: str | None) -> bool:
    """Whether a normalised text is shingled by characters (unspaced scripts), not words."""
    return lang_code(lang) in UNSPACED_LANGS or is_unspaced(norm)


def shingles(text: str, lang: str | None = None) -> set[str]:
    """The shingle set of ``text`` as strings (for inspection and exact Jaccard)."""
    seq, n = units(text, lang)
    if not seq:
        return set()
    sep = "" if isinstance(seq, str) else " "
    if len(seq) <= n:
        return {sep.join(seq)}
    return {sep.join(seq[i : i + n]) for i in range(len(seq) - n + 1)}


_FNV = np.uint64(0x100000001B3)


def shingle_hashes(text: str, lang: str | None = None, *, normalized: bool = False
                   ) -> np.ndarray:
    """Distinct 32-bit hashes of the same shingles as :func:`shingles`, computed with numpy.

    Each unit (a word's CRC-32, or a character's code point) is hashed once, and every
    window of ``n`` units is combined polynomially in vectorised uint64 arithmetic, so no
    shingle string is ever built.
    """
    norm = text if normalized else normalize(text)
    if not norm:
        return np.empty(0, dtype=np.uint32)
    if _by_characters(norm, lang):
        n = CHAR_NGRAM
        vals = np.frombuffer(norm.replace(" ", "").encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    else:
        # the words' UTF-8 are the pieces of the text's UTF-8 between its single spaces: one
        # encoding and a bytes split instead of a string per word
        n = WORD_NGRAM
        vals = np.fromiter(map(zlib.crc32, norm.encode("utf-8").split(b" ")), dtype=np.uint64,
                           count=norm.count(" ") + 1)
    width = min(n, len(vals))
    count = len(vals) - width + 1
    with np.errstate(over="ignore"):
        h = np.zeros(count, dtype=np.uint64)
        for k in range(width):
            h = h * _FNV + vals[k : k + count] + np.uint64(1)
    fmix64(h)
    out = np.sort((h & np.uint64(0xFFFFFFFF)).astype(np.uint32))
    # distinct values by hand: np.unique costs ten times more on arrays this small
    keep = np.empty(len(out), dtype=bool)
    keep[0] = True
    np.not_equal(out[1:], out[:-1], out=keep[1:])
    return out[keep]
