"""Clustering one run's documents, in input order, against each other and the store.

Decision rule, per item in input order:
1. same content id as an earlier item of the run (normalised body identical) -> its cluster;
2. else the LSH band candidates of this run are verified on the full signature; every one
   of the same language with estimated Jaccard >= ``threshold`` joins the item's cluster;
3. independently, the store is asked the same question; a cluster containing any item the
   store knows is *known* (all its members are sightings of that stored article), and two
   clusters of this run matching one stored article are joined.

The title never decides: same-title daily posts ("Bitcoin Price Today") share a title and a
template but not their bodies, so only the body signature counts. A different language is
never merged (a translation is not a copy).

Threshold 0.5 (estimated Jaccard of word 5-gram / character 5-gram shingles), measured on
``fixtures/dedup`` (exact Jaccard / signature estimate): true duplicate pairs score
0.67-1.00 / 0.70-1.00 (lowest: an English recrawl with a replaced parameter sentence,
0.71 / 0.70; a Decrypt recrawl with a rewritten price paragraph and new trailer lines,
0.67 / 0.73; Russian, Thai and Japanese recrawls 0.77-0.83); the highest non-duplicate
pairs are the four "Bitcoin Price Today" posts from one template with different numbers
and news, 0.19-0.23 / 0.20-0.24, and everything else is <= 0.06. Sweeping the threshold
over the fixtures gives precision 1.0 for 0.25-0.75 and recall 1.0 for 0.25-0.6 (0.94 at
0.7, 0.88 at 0.75); 0.5 sits in the middle of the gap. With 32 bands x 4 rows a pair at
0.6 becomes a candidate with probability 0.99, at 0.7 with 0.9998.

The kept copy of a cluster is its longest body, ties going to the earliest in input order.

Memory stays flat in the number of documents: signatures, band keys, ids and origins live
in SQLite's private temporary database (on disk under ``$TMPDIR``, deleted with the
connection); only five machine integers per item stay in memory.
"""

from __future__ import annotations

import sqlite3
import zlib
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from cleaner.dedup.commit import Cluster, CommitSummary, commit_clusters
from cleaner.dedup.item import (
    DEFAULT_THRESHOLD,
    DedupItem,
    KnownMatch,
    Sighting,
    origin_key,
    sig_blob,
    sig_from,
    verified_candidates,
)
from cleaner.dedup.minhash import band_keys, is_empty
from cleaner.dedup.store import Store
from cleaner.model import Origin
from cleaner.text import canonical_url

_RUN_SCHEMA = (
    "CREATE TABLE items (pos INTEGER PRIMARY KEY, id TEXT, lang TEXT, title TEXT,"
    " sig BLOB, origin TEXT, opath TEXT, oindex INTEGER, oid TEXT, url TEXT, text BLOB)",
    "CREATE TABLE bands (key INTEGER, pos INTEGER, PRIMARY KEY (key, pos)) WITHOUT ROWID",
    "CREATE TABLE ids (id TEXT PRIMARY KEY, pos INTEGER) WITHOUT ROWID",
    "CREATE TABLE known (aid INTEGER PRIMARY KEY, pos INTEGER, sim REAL, exact INTEGER)",
)


class Deduper:
    """Duplicate clusters of one run; ``store`` (optional) supplies and receives history."""

    cache_kib = 32_000  # SQLite page cache of the run index: the bound on its memory

    def __init__(self, store: Store | None = None, *,
                 threshold: float = DEFAULT_THRESHOLD, revisions: bool = False) -> None:
        self.store = store
        self.threshold = threshold
        # with a store: a known article whose text changed is a new version (its text is kept)
        self.revisions = revisions and store is not None
        # "" = SQLite's private temporary on-disk database (under $TMPDIR / $SQLITE_TMPDIR):
        # spills to disk beyond the page cache, and is removed even if the process dies
        self.db = sqlite3.connect("", isolation_level=None)
        for pragma in ("journal_mode = OFF", "synchronous = OFF",
                       f"cache_size = -{self.cache_kib}", "temp_store = FILE"):
            self.db.execute(f"PRAGMA {pragma}")
        for stmt in _RUN_SCHEMA:
            self.db.execute(stmt)
        self.db.execute("BEGIN")
        self._seq = array("q")
        self._parent = array("l")
        self._length = array("q")
        self._best = array("l")  # per root: position of the kept copy
        self._known = array("q")  # per position: aid of the matched stored article, or -1
        self._last_seq: int | None = None

    # -- union-find over positions ------------------------------------------------------
    def _find(self, p: int) -> int:
        parent = self._parent
        root = p
        while parent[root] != root:
            root = parent[root]
        while parent[p] != root:
            parent[p], p = root, parent[p]
        return root

    def _better(self, a: int, b: int) -> int:
        la, lb = self._length[a], self._length[b]
        return a if (la > lb or (la == lb and a < b)) else b

    def _union(self, a: int, b: int) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra == rb:
            return
        root, child = (ra, rb) if ra < rb else (rb, ra)
        self._parent[child] = root
        self._best[root] = self._better(self._best[root], self._best[child])

    # -- adding -------------------------------------------------------------------------
    def _run_matches(self, item: DedupItem, keys: np.ndarray) -> list[int]:
        """Earlier positions this item joins: an exact copy, or every verified candidate.

        Joining all of them (not only the most similar) makes the clusters the connected
        components of the ">= threshold" graph, the same relation the store applies when
        it checks a cluster at commit time, so the two never disagree.
        """
        row = self.db.execute("SELECT pos FROM ids WHERE id = ?", (item.id,)).fetchone()
        if row is not None:
            return [int(row[0])]
        found = verified_candidates(self.db, table="items", key="pos", keys=keys,
                                    sig=item.signature, lang=item.lang, threshold=self.threshold)
        return [pos for pos, _ in found]

    def add(self, item: DedupItem) -> None:
        """Add the next item; items must come in input order (increasing ``seq``)."""
        if self._last_seq is not None and item.seq <= self._last_seq:
            raise ValueError(f"items must be added in input order: {item.seq} after "
                             f"{self._last_seq}")
        self._last_seq = item.seq
        pos = len(self._seq)
        empty = is_empty(item.signature)  # nothing but a title: never matched, never stored
        keys = band_keys(item.signature)
        matches = [] if empty else self._run_matches(item, keys)
        self._seq.append(item.seq)
        self._parent.append(pos)
        self._length.append(len(item.text))
        self._best.append(pos)
        self._known.append(-1)
        o = item.origin
        self.db.execute(
            "INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (pos, item.id, item.lang, item.title,
             sig_blob(item.signature),
             origin_key(o), o.path, o.index, o.id, canonical_url(item.url),
             zlib.compress(item.text.encode("utf-8"), 1) if self.revisions else None))
        if not empty:
            self.db.execute("INSERT OR IGNORE INTO ids VALUES (?, ?)", (item.id, pos))
        self.db.executemany("INSERT OR IGNORE INTO bands VALUES (?, ?)",
                            [(int(k), pos) for k in keys])
        for match in matches:
            self._union(match, pos)
        if self.store is not None and not empty:
            known = self.store.lookup_parts(item.id, item.signature, item.lang,
                                            threshold=self.threshold)
            if known is not None:
                self._known[pos] = known.aid
                row = self.db.execute("SELECT pos FROM known WHERE aid = ?",
                                      (known.aid,)).fetchone()
                if row is None:
                    self.db.execute("INSERT INTO known VALUES (?, ?, ?, ?)",
                                    (known.aid, pos, known.similarity, int(known.exact)))
                else:
                    self._union(int(row[0]), pos)

    def __len__(self) -> int:
        return len(self._seq)

    # -- results ------------------------------------------------------------------------
    def _roots(self) -> np.ndarray:
        return np.fromiter((self._find(p) for p in range(len(self._seq))), dtype=np.int64,
                           count=len(self._seq))

    def clusters(self) -> DedupResult:
        """The decision for every item (call after the last ``add``)."""
        roots = self._roots()
        seqs = np.frombuffer(self._seq, dtype=np.int64) if len(self._seq) else np.empty(
            0, np.int64)
        best = np.array(self._best, dtype=np.int64)
        rep_pos = best[roots] if len(roots) else roots
        known_pos = np.array(self._known, dtype=np.int64)
        # a cluster is known when any member is: spread the aid over the cluster
        cluster_aid = np.full(len(roots), -1, dtype=np.int64)
        hit = np.nonzero(known_pos >= 0)[0]
        cluster_aid[roots[hit]] = known_pos[hit]
        known_of = cluster_aid[roots] if len(roots) else roots
        return DedupResult(self, seqs.copy(), roots, rep_pos, known_of)

    def commit(self, *, seen: str | None = None,
               record: Callable[[Store], None] | None = None) -> CommitSummary:
        """Write this run's articles and sightings to the store in one transaction."""
        if self.store is None:
            return CommitSummary()
        return commit_clusters(self.store, self._clusters_for_commit(), threshold=self.threshold,
                               revisions=self.revisions, seen=seen, record=record)

    def _clusters_for_commit(self) -> Iterator[Cluster]:
        result = self.clusters()
        order = np.argsort(result._roots, kind="stable")
        groups = np.split(order, np.nonzero(np.diff(result._roots[order]))[0] + 1) if len(order) else []
        for members in groups:
            if not len(members):
                continue
            rep = int(result._rep_pos[members[0]])
            sightings = [Sighting(r[0], r[1], r[2]) for r in self.db.execute(
                f"SELECT origin, url, id FROM items WHERE pos IN "
                f"({','.join(str(int(m)) for m in members)}) ORDER BY pos")]
            rid, lang, title, blob = self.db.execute(
                "SELECT id, lang, title, sig FROM items WHERE pos = ?", (rep,)).fetchone()
            yield Cluster(rid, sig_from(blob), lang, title, int(self._length[rep]), sightings,
                          int(result._known_aid[members[0]]), text=lambda rep=rep: self._text(rep))

    def _text(self, pos: int) -> str | None:
        row = self.db.execute("SELECT text FROM items WHERE pos = ?", (pos,)).fetchone()
        return zlib.decompress(row[0]).decode("utf-8") if row and row[0] is not None else None

    def close(self) -> None:
        """Drop the run's temporary index."""
        self.db.close()

    def __enter__(self) -> Deduper:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome for one item."""

    seq: int
    representative: int     # seq of the kept copy (the item's own seq when it is kept)
    known: KnownMatch | None  # the stored article when seen in an earlier run

    @property
    def kept(self) -> bool:
        return self.representative == self.seq


class DedupResult:
    """Per-item decisions of a run, indexed by ``seq``."""

    def __init__(self, owner: Deduper, seqs: np.ndarray, roots: np.ndarray,
                 rep_pos: np.ndarray, known_aid: np.ndarray) -> None:
        self._owner = owner
        self._seqs = seqs
        self._roots = roots
        self._rep_pos = rep_pos
        self._known_aid = known_aid
        self._known_cache: dict[int, KnownMatch] = {}
        self._members: dict[int, list[int]] | None = None

    def _pos(self, seq: int) -> int:
        i = int(np.searchsorted(self._seqs, seq))
        if i >= len(self._seqs) or self._seqs[i] != seq:
            raise KeyError(seq)
        return i

    def representative(self, seq: int) -> int:
        return int(self._seqs[self._rep_pos[self._pos(seq)]])

    def known(self, seq: int) -> KnownMatch | None:
        aid = int(self._known_aid[self._pos(seq)])
        if aid < 0:
            return None
        if aid not in self._known_cache:
            owner = self._owner
            row = owner.db.execute("SELECT sim, exact FROM known WHERE aid = ?",
                                   (aid,)).fetchone()
            assert owner.store is not None
            self._known_cache[aid] = owner.store.known_match(aid, float(row[0]), bool(row[1]))
        return self._known_cache[aid]

    def decision(self, seq: int) -> Decision:
        return Decision(seq, self.representative(seq), self.known(seq))

    def __iter__(self) -> Iterator[Decision]:
        for seq in self._seqs:
            yield self.decision(int(seq))

    def _groups(self) -> dict[int, list[int]]:
        if self._members is None:
            groups: dict[int, list[int]] = {}
            counts = np.bincount(self._roots, minlength=len(self._roots)) if len(
                self._roots) else np.empty(0, np.int64)
            for pos in np.nonzero(counts[self._roots] > 1)[0]:
                groups.setdefault(int(self._rep_pos[pos]), []).append(int(pos))
            self._members = groups
        return self._members

    def folded(self, seq: int) -> list[Origin]:
        """Origins of the items folded into the kept copy ``seq`` (input order)."""
        members = self._groups().get(self._pos(seq), [])
        rep = self._pos(seq)
        db = self._owner.db
        out = []
        for pos in members:
            if pos == rep:
                continue
            path, index, oid = db.execute(
                "SELECT opath, oindex, oid FROM items WHERE pos = ?", (pos,)).fetchone()
            out.append(Origin(path, index, oid))
        return out

    def duplicate_groups(self) -> list[list[int]]:
        """Seqs of every cluster with more than one item, representative first."""
        out = []
        for rep, members in self._groups().items():
            seqs = [int(self._seqs[rep])] + [int(self._seqs[p]) for p in members if p != rep]
            out.append(seqs)
        return out

    def counts(self) -> dict[str, int]:
        """Items, kept copies, folded copies, and kept copies new vs already known."""
        n = len(self._seqs)
        kept = np.nonzero(self._rep_pos == np.arange(n))[0]
        known = int(np.count_nonzero(self._known_aid[kept] >= 0))
        return {"items": n, "kept": len(kept), "folded": n - len(kept),
                "new": len(kept) - known, "known": known}
