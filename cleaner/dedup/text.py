"""Text keys for duplicate detection: normalisation, content ids, shingles, URLs, languages.

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

import hashlib
import re
import unicodedata
import zlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

WORD_NGRAM = 5
CHAR_NGRAM = 5

_SPACE = re.compile(r"\s+")
# Scripts that do not separate words with spaces.
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\uff66-\uff9f]"
)
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "hsa_", "_hs")
_TRACKING_KEYS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref", "ref_src", "ref_url",
     "source", "spm", "share", "cmpid", "_ga", "mkt_tok", "amp", "outputtype"}
)


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


def normalize(text: str) -> str:
    """Canonical form of ``text`` used for exact ids and shingles."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_TABLE)
    return _SPACE.sub(" ", text).strip()


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
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).hexdigest()


def is_unspaced(norm: str) -> bool:
    """True when at least 30% of the non-space characters belong to unspaced scripts."""
    letters = len(norm) - norm.count(" ")
    if not letters:
        return False
    return len(_UNSPACED.findall(norm)) >= 0.3 * letters


_UNSPACED_LANGS = frozenset({"zh", "ja", "th", "lo", "km", "my"})


def units(text: str, lang: str | None = None, *,
          normalized: bool = False) -> tuple[list[str] | str, int]:
    """The shingling units of ``text``: (words, WORD_NGRAM) or (characters, CHAR_NGRAM)."""
    norm = text if normalized else normalize(text)
    if not norm:
        return [], WORD_NGRAM
    if is_unspaced(norm) or (lang or "").split("-")[0].lower() in _UNSPACED_LANGS:
        return norm.replace(" ", ""), CHAR_NGRAM
    return norm.split(" "), WORD_NGRAM


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
_MIX1 = np.uint64(0xFF51AFD7ED558CCD)
_MIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_S33 = np.uint64(33)


def shingle_hashes(text: str, lang: str | None = None, *, normalized: bool = False
                   ) -> np.ndarray:
    """Distinct 32-bit hashes of the same shingles as :func:`shingles`, computed with numpy.

    Each unit (a word's CRC-32, or a character's code point) is hashed once, and every
    window of ``n`` units is combined polynomially in vectorised uint64 arithmetic, so no
    shingle string is ever built.
    """
    seq, n = units(text, lang, normalized=normalized)
    if not seq:
        return np.empty(0, dtype=np.uint32)
    if isinstance(seq, str):
        vals = np.frombuffer(seq.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    else:
        vals = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in seq), dtype=np.uint64,
                           count=len(seq))
    width = min(n, len(vals))
    count = len(vals) - width + 1
    with np.errstate(over="ignore"):
        h = np.zeros(count, dtype=np.uint64)
        for k in range(width):
            h = h * _FNV + vals[k : k + count] + np.uint64(1)
        h ^= h >> _S33
        h *= _MIX1
        h ^= h >> _S33
        h *= _MIX2
        h ^= h >> _S33
    return np.unique((h & np.uint64(0xFFFFFFFF)).astype(np.uint32))


def canonical_url(url: str | None) -> str | None:
    """``url`` without tracking parameters, fragment, ``www.`` or a trailing slash."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip() or None
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES) and k.lower() not in _TRACKING_KEYS
    ]
    path = parts.path.rstrip("/") or "/"
    scheme = "https" if parts.scheme in ("http", "https") else parts.scheme
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def lang_key(lang: str | None) -> str | None:
    """Lower-cased language tag, ``_`` spelled ``-``; None when unknown."""
    if not lang:
        return None
    return lang.strip().lower().replace("_", "-") or None


def same_language(a: str | None, b: str | None) -> bool:
    """False only when both languages are known and differ.

    "zh" matches "zh-cn" (one tag is a prefix of the other), but "zh-cn" and "zh-tw"
    differ: a conversion between scripts is a translation, not a copy.
    """
    a, b = lang_key(a), lang_key(b)
    if a is None or b is None or a == b:
        return True
    return a.startswith(b + "-") or b.startswith(a + "-")
