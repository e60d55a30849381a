"""MinHash signatures and LSH band keys.

Signatures follow datasketch's ``MinHash`` scheme ``affine32`` bit for bit (128 uint32
values; the same permutations for seed 1, the same MurmurHash3 pre-mix and affine maps
``a * h + b mod 2^32``), computed here in numpy from 32-bit shingle hashes
(:func:`cleaner.dedup.text.shingle_hashes`: stable across processes and Python runs, unlike
``hash()``). Doing it here skips datasketch's per-value Python loop, and importing
datasketch would pull in scipy (for its LSH helpers), which costs more than signing a
document. ``tests/test_dedup_scale.py`` checks the equality against datasketch.

Band keys split the signature into ``BANDS`` bands of ``ROWS`` rows and hash each band with
numpy to a signed 64-bit integer (band number mixed in), so an SQLite index can hold them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

import numpy as np

from cleaner.dedup.text import shingle_hashes
from cleaner.text import fmix64

NUM_PERM = 128
SEED = 1
SCHEME = "affine32"
# 32 bands x 4 rows: a pair at Jaccard 0.5 becomes a candidate with p = 0.88, at 0.6 with
# p = 0.99, at 0.3 with p = 0.23 (see ``candidate_probability``). Candidates are then
# verified against the full signature, so a low band threshold costs lookups, not precision.
BANDS = 32
ROWS = 4
EMPTY = np.uint32(0xFFFFFFFF)

_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))
_BLOCK = 4096  # hashes per step: bounds the (block x NUM_PERM) temporary to 2 MB


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations for ``SEED``: odd multipliers ``a``, offsets ``b``."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser (a copy; the input is left alone)."""
    s1, m1, s2, m2 = _FMIX32
    h = h ^ (h >> s1)
    h *= m1
    h ^= h >> s2
    h *= m2
    h ^= h >> s1
    return h


def signature_of_hashes(hashes: np.ndarray) -> np.ndarray:
    """MinHash values (uint32, ``NUM_PERM`` long) of 32-bit shingle hashes; all ``EMPTY``
    for none. Repeated hashes do not change the result."""
    out = np.full(NUM_PERM, EMPTY, dtype=np.uint32)
    if not len(hashes):
        return out
    a, b = _permutations()
    mixed = _fmix32(np.asarray(hashes, dtype=np.uint32))
    for start in range(0, len(mixed), _BLOCK):
        block = np.multiply.outer(a, mixed[start : start + _BLOCK])  # (NUM_PERM, block)
        block += b[:, None]
        np.minimum(out, block.min(axis=1), out=out)
    return out


def signature(text: str, lang: str | None = None) -> np.ndarray:
    """MinHash signature of a cleaned body (see :func:`cleaner.dedup.text.shingles`)."""
    return signature_of_hashes(shingle_hashes(text, lang))


def is_empty(sig: np.ndarray) -> bool:
    return bool(np.all(sig == EMPTY))


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets (share of equal values)."""
    if is_empty(a) or is_empty(b):
        return 0.0
    return float(np.count_nonzero(a == b)) / float(len(a))


_ROW_MULT = (np.arange(1, ROWS + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)) | np.uint64(1)
_BAND_SALT = np.arange(BANDS, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93)


def band_keys(sig: np.ndarray) -> np.ndarray:
    """One signed 64-bit key per band; empty for an empty signature (never a candidate)."""
    if is_empty(sig):
        return np.empty(0, dtype=np.int64)
    return band_keys_matrix(sig[None, :])[0]


def band_keys_matrix(sigs: np.ndarray) -> np.ndarray:
    """:func:`band_keys` of every row of a (n, NUM_PERM) signature matrix: (n, BANDS)."""
    with np.errstate(over="ignore"):
        rows = sigs[:, : BANDS * ROWS].astype(np.uint64).reshape(len(sigs), BANDS, ROWS)
        h = (rows * _ROW_MULT).sum(axis=2, dtype=np.uint64) ^ _BAND_SALT
    return fmix64(h).view(np.int64)


def candidate_probability(jaccard: float, bands: int = BANDS, rows: int = ROWS) -> float:
    """Probability that a pair with this Jaccard similarity shares at least one band."""
    return 1.0 - (1.0 - jaccard**rows) ** bands


def _integral(f: Callable[[np.ndarray], np.ndarray], lo: float, hi: float, degree: int) -> float:
    """Gauss-Legendre quadrature of ``f`` over ``[lo, hi]``, exact for a polynomial ``f`` of
    at most ``degree`` (within rounding)."""
    x, w = np.polynomial.legendre.leggauss(max(8, degree // 2 + 1))
    half = (hi - lo) / 2.0
    return float(half * np.dot(w, f(half * x + (hi + lo) / 2.0)))


def lsh_errors(threshold: float, bands: int = BANDS, rows: int = ROWS) -> tuple[float, float]:
    """The false-positive / false-negative areas of a band layout at a threshold, as
    datasketch's ``MinHashLSH`` weighs them: the candidate probability integrated over
    ``[0, threshold]``, and its complement over ``[threshold, 1]``."""
    degree = math.ceil(rows) * math.ceil(bands)  # the integrand is a polynomial of this degree

    def candidate(s: np.ndarray) -> np.ndarray:
        return 1.0 - (1.0 - s ** float(rows)) ** float(bands)

    def missed(s: np.ndarray) -> np.ndarray:
        return 1.0 - candidate(s)

    return (_integral(candidate, 0.0, threshold, degree),
            _integral(missed, threshold, 1.0, degree))
