"""A multimap from 64-bit keys to item positions, bounded in memory, for one run's clusterer.

Entries arrive in batches of increasing positions and are looked up in batches. In memory
they live in sorted runs of numpy arrays (key ``int64``, position ``int32``: 12 bytes an
entry); a new batch becomes a run, and two runs are merged while the older one is no larger
than the newer, so there are at most about log2(entries / batch) runs and each lookup is a
few vectorised binary searches. Once the runs hold more than ``max_entries``, the largest
(oldest) run is spilled, in key order, into a ``WITHOUT ROWID`` table of the run's SQLite
database, which lookups then also probe; so memory stays bounded however long the run.

Ordering in SQLite's B-tree is the point of inserting whole sorted runs: pages are filled in
order instead of being revisited at random for every item.
"""

from __future__ import annotations

import sqlite3

import numpy as np

_MERGE_CHUNK = 1 << 20  # entries per step of a merge: bounds its index temporaries


def _merge(old: tuple[np.ndarray, np.ndarray],
           new: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Two runs sorted by key as one; equal keys keep the older run's entries first."""
    ok, op = old
    nk, np_ = new
    keys = np.empty(len(ok) + len(nk), dtype=np.int64)
    pos = np.empty(len(keys), dtype=np.int32)
    for src_k, src_p, other, side in ((ok, op, nk, "left"), (nk, np_, ok, "right")):
        for start in range(0, len(src_k), _MERGE_CHUNK):
            part = src_k[start : start + _MERGE_CHUNK]
            at = np.searchsorted(other, part, side=side)
            at += np.arange(start, start + len(part))
            keys[at] = part
            pos[at] = src_p[start : start + _MERGE_CHUNK]
    return keys, pos


def _ranges(lo: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Indices ``lo[i] .. lo[i] + counts[i] - 1`` for every i, concatenated."""
    total = int(counts.sum())
    starts = np.repeat(lo - np.cumsum(counts) + counts, counts)
    return starts + np.arange(total)


class KeyIndex:
    """Key -> positions, in memory up to ``max_entries``, the rest in ``table`` of ``db``."""

    def __init__(self, db: sqlite3.Connection, table: str, *, max_entries: int) -> None:
        self.db = db
        self.table = table
        self.max_entries = max_entries
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []
        self._spilled = 0
        db.execute(f"CREATE TABLE {table} (key INTEGER, pos INTEGER, PRIMARY KEY (key, pos))"
                   " WITHOUT ROWID")

    def __len__(self) -> int:
        return self._spilled + sum(len(k) for k, _ in self._runs)

    @property
    def in_memory(self) -> int:
        return sum(len(k) for k, _ in self._runs)

    def add(self, keys: np.ndarray, pos: np.ndarray, *, order: np.ndarray | None = None
            ) -> None:
        """Add entries whose positions are all above every position added before, in
        rising order (``order``: ``np.argsort(keys, kind="stable")`` when known)."""
        if not len(keys):
            return
        if order is None:
            order = np.argsort(keys, kind="stable")
        run = (np.ascontiguousarray(keys[order], dtype=np.int64),
               np.ascontiguousarray(pos[order], dtype=np.int32))
        self._runs.append(run)
        while len(self._runs) > 1 and len(self._runs[-2][0]) <= len(self._runs[-1][0]):
            new = self._runs.pop()
            self._runs[-1] = _merge(self._runs[-1], new)
        while self.in_memory > self.max_entries and self._runs:
            self._spill(self._runs.pop(0))

    def _spill(self, run: tuple[np.ndarray, np.ndarray]) -> None:
        keys, pos = run
        step = 1 << 16
        for start in range(0, len(keys), step):
            self.db.executemany(
                f"INSERT OR IGNORE INTO {self.table} VALUES (?, ?)",
                zip(keys[start : start + step].tolist(), pos[start : start + step].tolist(),
                    strict=True))
        self._spilled += len(keys)

    def lookup(self, keys: np.ndarray, *, order: np.ndarray | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        """Every entry with one of ``keys``: (index into ``keys``, position) pairs
        (``order``: an argsort of ``keys`` when known)."""
        qs: list[np.ndarray] = []
        ps: list[np.ndarray] = []
        if self._runs and len(keys):
            if order is None:
                order = np.argsort(keys)
            needles = keys[order]  # ascending needles keep the binary searches local
            for rk, rp in self._runs:
                lo = np.searchsorted(rk, needles, side="left")
                at = np.minimum(lo, len(rk) - 1)
                hit = np.nonzero(rk[at] == needles)[0]
                if not len(hit):
                    continue
                first = lo[hit]
                counts = np.searchsorted(rk, needles[hit], side="right") - first
                qs.append(order[np.repeat(hit, counts)])
                ps.append(rp[_ranges(first, counts)].astype(np.int64))
        if self._spilled and len(keys):
            q, p = self._lookup_spilled(keys)
            qs.append(q)
            ps.append(p)
        if not qs:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        return np.concatenate(qs), np.concatenate(ps)

    def _lookup_spilled(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        order = np.argsort(keys, kind="stable")
        uniq, first = np.unique(keys[order], return_index=True)
        self.db.execute("CREATE TEMP TABLE IF NOT EXISTS probe (key INTEGER PRIMARY KEY)")
        self.db.execute("DELETE FROM probe")
        self.db.executemany("INSERT INTO probe VALUES (?)", ((k,) for k in uniq.tolist()))
        rows = self.db.execute(
            f"SELECT b.key, b.pos FROM probe p JOIN {self.table} b ON b.key = p.key").fetchall()
        if not rows:
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
        found = np.array(rows, dtype=np.int64)
        # each found key back to every query index holding it
        u = np.searchsorted(uniq, found[:, 0])
        sorted_keys = keys[order]
        lo = first[u]
        hi = np.searchsorted(sorted_keys, found[:, 0], side="right")
        counts = hi - lo
        q = order[_ranges(lo, counts)]
        return q, np.repeat(found[:, 1], counts)
