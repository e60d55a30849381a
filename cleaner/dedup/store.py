"""The tracking store: an embedded SQLite file remembering every article seen across runs.

Per article it keeps the content id, the MinHash signature (blob), its LSH band keys in an
indexed table (a lookup reads only the rows of the probed bands, never the whole index),
first/last seen, how often it was seen and the origins/URLs it came from. Every content id
that was ever folded into an article is kept as an alias, so an exact re-sighting of any
copy is found without the signature.

Safety: WAL journal, ``busy_timeout``, and writes only inside ``BEGIN IMMEDIATE``
transactions, so concurrent runs on one file serialise their commits instead of corrupting
it; a run that dies before committing leaves the previous state untouched. Writes are
idempotent: ``count`` is the number of distinct sightings (article, origin), so re-running
the same inputs updates ``last_seen`` but does not inflate counts or duplicate rows.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from cleaner.dedup.item import (
    DEFAULT_THRESHOLD,
    DedupItem,
    KnownMatch,
    Sighting,
    now_iso,
    sig_blob,
    sighting_of,
    verified_candidates,
)
from cleaner.dedup.minhash import BANDS, NUM_PERM, ROWS, SCHEME, SEED, band_keys, is_empty
from cleaner.text import lang_tag

SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    aid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    lang TEXT,
    title TEXT,
    length INTEGER NOT NULL,
    sig BLOB NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS ids (id TEXT PRIMARY KEY, aid INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bands (
    key INTEGER NOT NULL, aid INTEGER NOT NULL, PRIMARY KEY (key, aid)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sightings (
    aid INTEGER NOT NULL, origin TEXT NOT NULL, url TEXT, seen TEXT NOT NULL,
    PRIMARY KEY (aid, origin)
) WITHOUT ROWID;
"""

_LAYOUT = {"schema": SCHEMA_VERSION, "num_perm": str(NUM_PERM), "bands": str(BANDS),
           "rows": str(ROWS), "seed": str(SEED), "scheme": SCHEME}


class StoreError(RuntimeError):
    pass


class Store:
    """Cross-run article tracking on one SQLite file (``--state PATH``).

    Use as ``with Store.open(path) as store: ...``. ``lookup`` reads; ``add``/``touch``
    write and must run inside ``transaction()`` (``record`` wraps one for single items).
    """

    def __init__(self, conn: sqlite3.Connection, path: str, threshold: float) -> None:
        self.conn = conn
        self.path = path
        self.threshold = threshold
        self._in_tx = False

    @classmethod
    def open(cls, path: str | Path, *, threshold: float = DEFAULT_THRESHOLD,
             timeout: float = 600.0) -> Store:
        path = str(path)
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None,
                               check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        store = cls(conn, path, threshold)
        store._setup()
        return store

    def _setup(self) -> None:
        deadline = time.monotonic() + 60
        while True:  # journal_mode needs a moment without other writers on a fresh file
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
                break
            except sqlite3.OperationalError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        self.conn.execute("PRAGMA synchronous = NORMAL")
        with self.transaction():
            for stmt in _SCHEMA.split(";"):
                if stmt.strip():
                    self.conn.execute(stmt)
            stored = dict(self.conn.execute("SELECT key, value FROM meta"))
            if not stored:
                self.conn.executemany("INSERT INTO meta VALUES (?, ?)", _LAYOUT.items())
            elif stored != _LAYOUT:
                raise StoreError(f"{self.path}: state written with another signature layout "
                                 f"({stored}); expected {_LAYOUT}")

    # -- transactions -------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One ``BEGIN IMMEDIATE`` transaction: all or nothing, serialised across processes."""
        if self._in_tx:
            yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._in_tx = True
        try:
            yield self
        except BaseException:
            self._in_tx = False
            self.conn.execute("ROLLBACK")
            raise
        self._in_tx = False
        self.conn.execute("COMMIT")

    def _require_tx(self) -> None:
        if not self._in_tx:
            raise StoreError("store writes must run inside Store.transaction()")

    # -- reads --------------------------------------------------------------------------
    def known_match(self, aid: int, sim: float, exact: bool) -> KnownMatch:
        row = self.conn.execute(
            "SELECT id, first_seen, last_seen, count FROM articles WHERE aid = ?", (aid,)
        ).fetchone()
        return KnownMatch(aid, row[0], sim, exact, row[1], row[2], row[3])

    def lookup_parts(self, id: str, sig: np.ndarray, lang: str | None, *,
                     threshold: float | None = None) -> KnownMatch | None:
        """The stored article with this exact content id, else the most similar one of the
        same language at or above the threshold (band candidates verified on signatures).

        An empty body (empty signature) never matches: its id stands for the title alone,
        and a title is not enough to call two documents the same article."""
        if is_empty(sig):
            return None
        threshold = self.threshold if threshold is None else threshold
        row = self.conn.execute("SELECT aid FROM ids WHERE id = ?", (id,)).fetchone()
        if row is not None:
            return self.known_match(row[0], 1.0, True)
        found = verified_candidates(self.conn, table="articles", key="aid", keys=band_keys(sig),
                                    sig=sig, lang=lang, threshold=threshold)
        if not found:
            return None
        aid, sim = max(found, key=lambda f: f[1])  # the first of equals, as rows come
        return self.known_match(aid, sim, False)

    def lookup(self, item: DedupItem) -> KnownMatch | None:
        return self.lookup_parts(item.id, item.signature, item.lang)

    def get(self, id: str) -> dict[str, object] | None:
        """An article's record by its id or any alias id (for reports and tests)."""
        row = self.conn.execute(
            "SELECT a.aid, a.id, a.lang, a.title, a.first_seen, a.last_seen, a.count "
            "FROM ids i JOIN articles a ON a.aid = i.aid WHERE i.id = ?", (id,)).fetchone()
        if row is None:
            return None
        sightings = self.conn.execute(
            "SELECT origin, url, seen FROM sightings WHERE aid = ? ORDER BY origin", (row[0],)
        ).fetchall()
        return {"id": row[1], "lang": row[2], "title": row[3], "first_seen": row[4],
                "last_seen": row[5], "count": row[6],
                "origins": [s[0] for s in sightings],
                "urls": sorted({s[1] for s in sightings if s[1]})}

    def stats(self) -> dict[str, int]:
        one = self.conn.execute
        return {"articles": one("SELECT COUNT(*) FROM articles").fetchone()[0],
                "ids": one("SELECT COUNT(*) FROM ids").fetchone()[0],
                "bands": one("SELECT COUNT(*) FROM bands").fetchone()[0],
                "sightings": one("SELECT COUNT(*) FROM sightings").fetchone()[0]}

    # -- writes -------------------------------------------------------------------------
    def add(self, id: str, sig: np.ndarray, *, lang: str | None, title: str | None,
            length: int, sightings: Iterable[Sighting], seen: str | None = None) -> int:
        """Insert a new article (inside a transaction); returns its ``aid``."""
        self._require_tx()
        if is_empty(sig):
            raise StoreError("an empty body cannot be stored as an article")
        seen = seen or now_iso()
        cur = self.conn.execute(
            "INSERT INTO articles (id, lang, title, length, sig, first_seen, last_seen, count)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
            (id, lang_tag(lang), title, length, sig_blob(sig), seen, seen))
        aid = int(cur.lastrowid or 0)
        self.conn.executemany("INSERT OR IGNORE INTO bands VALUES (?, ?)",
                              [(int(k), aid) for k in band_keys(sig)])
        self.touch(aid, sightings, seen=seen, alias=id)
        return aid

    def touch(self, aid: int, sightings: Iterable[Sighting], *, seen: str | None = None,
              alias: str | None = None) -> int:
        """Record sightings of a known article; returns how many were new."""
        self._require_tx()
        seen = seen or now_iso()
        rows = list(sightings)
        ids = {s.id for s in rows} | ({alias} if alias else set())
        self.conn.executemany("INSERT OR IGNORE INTO ids VALUES (?, ?)",
                              [(i, aid) for i in sorted(ids)])
        before = self.conn.total_changes
        self.conn.executemany("INSERT OR IGNORE INTO sightings VALUES (?, ?, ?, ?)",
                              [(aid, s.origin, s.url, seen) for s in rows])
        added = self.conn.total_changes - before
        if rows:
            self.conn.execute(
                "UPDATE articles SET count = count + ?, last_seen = max(last_seen, ?) "
                "WHERE aid = ?", (added, seen, aid))
        return added

    def record(self, item: DedupItem, *, seen: str | None = None) -> tuple[KnownMatch | None, int]:
        """Check one item and record it in its own transaction (for ingestion jobs).

        Returns the match it had before (None when it was new) and its article ``aid``;
        an item with an empty body is not recorded and gets ``aid`` -1."""
        if is_empty(item.signature):
            return None, -1
        with self.transaction():
            match = self.lookup(item)
            sight = [sighting_of(item)]
            if match is None:
                aid = self.add(item.id, item.signature, lang=item.lang, title=item.title,
                               length=len(item.text), sightings=sight, seen=seen)
            else:
                aid = match.aid
                self.touch(aid, sight, seen=seen)
        return match, aid

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
