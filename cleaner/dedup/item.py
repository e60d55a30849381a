"""What the run's clusterer and the tracking store share: the item, its codecs, the candidate query.

Both answer the same question ("which earlier articles is this one a copy of?") against an SQLite
index of LSH band keys, so the query and its verification live here once and neither module
needs the other's internals.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timezone

import numpy as np

from cleaner.dedup.minhash import signature_of_hashes, similarity
from cleaner.dedup.text import id_of_normalized, normalize, shingle_hashes
from cleaner.model import Origin
from cleaner.text import canonical_url, same_language

# Estimated Jaccard at or above which two bodies are one article (measured: see deduper.py).
DEFAULT_THRESHOLD = 0.5
CONTAINED = 0.65  # share of the smaller body inside the larger that makes a same-title pair one article
TITLE_PEERS = 8  # earlier articles of one title a new one is compared with (the latest)
_TITLE_WORDS = 3  # a title this short ("Live", "Markets today") says too little to look for containment
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass(slots=True)
class DedupItem:
    """What dedup needs of one document; built (signature included) in worker processes."""

    seq: int
    id: str
    title: str | None
    text: str
    lang: str | None
    url: str | None
    origin: Origin
    signature: np.ndarray = field(repr=False)
    shingles: int = 0  # distinct shingles of the body: with the signature, how much of it another holds


def item_from(seq: int, origin: Origin, title: str | None, text: str, lang: str | None,
              url: str | None = None) -> DedupItem:
    """Build an item from a cleaned document's parts (computes id and signature)."""
    norm = normalize(text)  # once for both keys
    hashes = shingle_hashes(norm, lang, normalized=True)
    sig = signature_of_hashes(hashes)
    return DedupItem(seq, id_of_normalized(norm, title), title, text, lang, url, origin, sig, len(hashes))


def contained(similarity: float, small: int, large: int) -> float:
    """The share of the smaller shingle set inside the larger, from their estimated Jaccard and
    sizes: |A & B| = J (|A| + |B|) / (1 + J)."""
    if small <= 0 or large <= 0:
        return 0.0
    return min(1.0, similarity * (small + large) / ((1.0 + similarity) * min(small, large)))


def title_key(title: str | None) -> str | None:
    """A title's words, case and punctuation aside; None for a title too short to say much."""
    if not title:
        return None
    words = _NOT_WORD.sub(" ", title.casefold()).split()
    return " ".join(words) if len(words) >= _TITLE_WORDS else None


def lang_key(lang: str | None) -> str | None:
    return lang.split("-")[0].casefold() if lang else None


def holds_copy(sim: float, shingles: int, other: int) -> bool:
    """Whether, of two same-title bodies with estimated Jaccard ``sim``, the smaller lies inside the
    larger at or above :data:`CONTAINED` (a teaser, a paywalled copy, a live page's earlier state)."""
    return contained(sim, *sorted((shingles, other))) >= CONTAINED


@dataclass(frozen=True, slots=True)
class Sighting:
    """One input occurrence of an article: where it came from and its own content id."""

    origin: str
    url: str | None
    id: str


@dataclass(frozen=True, slots=True)
class KnownMatch:
    """An article of the store that an item matches."""

    aid: int
    id: str
    similarity: float
    exact: bool
    first_seen: str
    last_seen: str
    count: int


def origin_key(origin: Origin) -> str:
    return str(origin)


def sighting_of(item: DedupItem) -> Sighting:
    return Sighting(origin_key(item.origin), canonical_url(item.url), item.id)


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def sig_blob(sig: np.ndarray) -> bytes:
    """A signature as stored: little-endian uint32 values."""
    return np.ascontiguousarray(sig, dtype="<u4").tobytes()


def sig_from(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4")


def verified_candidates(conn: sqlite3.Connection, *, table: str, key: str, keys: np.ndarray,
                        sig: np.ndarray, lang: str | None, threshold: float) -> list[tuple[int, float]]:
    """Rows of ``table`` (id column ``key``) sharing a band with ``sig``, of the same language
    and at or above ``threshold`` estimated Jaccard: ``[(row id, similarity)]``.

    ``table`` must have columns ``key, lang, sig`` and a ``bands`` table ``(key, <key>)`` beside
    it; only the rows of the probed bands are read.
    """
    if not len(keys):
        return []
    marks = ",".join("?" * len(keys))
    rows = conn.execute(
        f"SELECT {key}, lang, sig FROM {table} WHERE {key} IN "
        f"(SELECT DISTINCT {key} FROM bands WHERE key IN ({marks}))",
        [int(k) for k in keys]).fetchall()
    out = []
    for rid, row_lang, blob in rows:
        if not same_language(lang, row_lang):
            continue
        sim = similarity(sig, sig_from(blob))
        if sim >= threshold:
            out.append((int(rid), sim))
    return out
