"""Duplicate detection within a run and across runs (the tracking store).

Exact copies share a content id (normalised body); near copies share enough MinHash
signature values; a store remembers what earlier runs saw. See :mod:`.deduper` for the
decision rule and the measured threshold, :mod:`.text` for normalisation and shingles.
"""

from cleaner.dedup.deduper import CommitSummary, Decision, Deduper, DedupResult
from cleaner.dedup.item import DEFAULT_THRESHOLD, DedupItem, KnownMatch, Sighting, item_from
from cleaner.dedup.minhash import signature, similarity
from cleaner.dedup.store import Store, StoreError
from cleaner.dedup.text import content_id, normalize, shingles

__all__ = [
    "DEFAULT_THRESHOLD", "CommitSummary", "Decision", "DedupItem", "DedupResult", "Deduper",
    "KnownMatch", "Sighting", "Store", "StoreError", "content_id", "item_from", "normalize",
    "shingles", "signature", "similarity",
]
