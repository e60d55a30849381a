"""Duplicate detection within a run and across runs (the tracking store).

Exact copies share a content id (normalised body); near copies share enough MinHash
signature values; a store remembers what earlier runs saw. See :mod:`.deduper` for the
decision rule and the measured threshold, :mod:`.text` for normalisation and shingles.
"""

from cleaner.dedup.deduper import (
    CommitSummary,
    Decision,
    Deduper,
    DedupItem,
    DedupResult,
    item_from,
)
from cleaner.dedup.evaluate import PairScores, evaluate_case, evaluate_pairs, load_case
from cleaner.dedup.minhash import signature, similarity
from cleaner.dedup.store import DEFAULT_THRESHOLD, KnownMatch, Sighting, Store, StoreError
from cleaner.dedup.text import canonical_url, content_id, normalize, shingles

__all__ = [
    "DEFAULT_THRESHOLD", "CommitSummary", "Decision", "DedupItem", "DedupResult", "Deduper",
    "KnownMatch", "PairScores", "Sighting", "Store", "StoreError", "canonical_url",
    "content_id", "evaluate_case", "evaluate_pairs", "item_from", "load_case", "normalize",
    "shingles", "signature", "similarity",
]
