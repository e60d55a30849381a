"""MinHash signatures and LSH band keys.

Signatures come from datasketch's ``MinHash`` (scheme ``affine32``: 128 uint32 values),
fed with 32-bit shingle hashes computed in numpy (:func:`cleaner.dedup.text.shingle_hashes`:
stable across processes and Python runs, unlike ``hash()``, and about twice as fast as
hashing shingle strings one by one). The permutations are generated once per process and
reused, since building them dominates the cost of a fresh ``MinHash`` on short texts.

Band keys split the signature into ``BANDS`` bands of ``ROWS`` rows and hash each band with
numpy to a signed 64-bit integer (band number mixed in), so an SQLite index can hold them.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _false_negative_probability, _false_positive_probability

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


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature_of_hashes(hashes: np.ndarray) -> np.ndarray:
    """MinHash values (uint32, ``NUM_PERM`` long) of 32-bit shingle hashes; all ``EMPTY``
    for none. The hashes are already uniform, so datasketch gets the identity as hashfunc."""
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int,
                permutations=_permutations())
    if len(hashes):
        m.update_batch(hashes.tolist())
    return np.asarray(m.hashvalues, dtype=np.uint32)


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
    with np.errstate(over="ignore"):
        rows = sig[: BANDS * ROWS].astype(np.uint64).reshape(BANDS, ROWS)
        h = (rows * _ROW_MULT).sum(axis=1, dtype=np.uint64) ^ _BAND_SALT
    return fmix64(h).view(np.int64)


def candidate_probability(jaccard: float, bands: int = BANDS, rows: int = ROWS) -> float:
    """Probability that a pair with this Jaccard similarity shares at least one band."""
    return 1.0 - (1.0 - jaccard**rows) ** bands


def lsh_errors(threshold: float, bands: int = BANDS, rows: int = ROWS) -> tuple[float, float]:
    """datasketch's false-positive / false-negative areas for a band layout at a threshold."""
    return (_false_positive_probability(threshold, bands, rows),
            _false_negative_probability(threshold, bands, rows))
