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

import json
import sqlite3
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from cleaner.dedup.item import (
    DEFAULT_THRESHOLD,
    TITLE_PEERS,
    DedupItem,
    KnownMatch,
    Sighting,
    holds_copy,
    lang_key,
    now_iso,
    sig_blob,
    sig_from,
    sighting_of,
    title_key,
    verified_candidates,
)
from cleaner.dedup.minhash import BANDS, NUM_PERM, ROWS, SCHEME, SEED, band_keys, is_empty, similarity
from cleaner.text import canonical_url, lang_tag

SCHEMA_VERSION = "3"

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
    count INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    latest TEXT,
    shingles INTEGER NOT NULL DEFAULT 0,
    tkey TEXT
);
CREATE INDEX IF NOT EXISTS titled ON articles (tkey) WHERE tkey IS NOT NULL;
CREATE TABLE IF NOT EXISTS ids (id TEXT PRIMARY KEY, aid INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS bands (
    key INTEGER NOT NULL, aid INTEGER NOT NULL, PRIMARY KEY (key, aid)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS versions (
    aid INTEGER NOT NULL, version INTEGER NOT NULL, id TEXT NOT NULL, seen TEXT NOT NULL, text BLOB,
    PRIMARY KEY (aid, version)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS runs (
    run INTEGER PRIMARY KEY, started TEXT NOT NULL, finished TEXT NOT NULL, inputs TEXT, counts TEXT
);
CREATE TABLE IF NOT EXISTS sightings (
    aid INTEGER NOT NULL, origin TEXT NOT NULL, url TEXT, seen TEXT NOT NULL,
    PRIMARY KEY (aid, origin)
) WITHOUT ROWID;
"""

_LAYOUT = {"schema": SCHEMA_VERSION, "num_perm": str(NUM_PERM), "bands": str(BANDS),
           "rows": str(ROWS), "seed": str(SEED), "scheme": SCHEME}


class StoreError(RuntimeError):
    pass


def _pack(text: str | None) -> bytes | None:
    return None if text is None else zlib.compress(text.encode("utf-8"), 6)


def _unpack(blob: bytes | None) -> str | None:
    return None if blob is None else zlib.decompress(blob).decode("utf-8")


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
        stored = self._check_ours()  # before anything writes: a file that is not ours stays as it was
        older = stored.get("schema", SCHEMA_VERSION) != SCHEMA_VERSION
        if older and self.path != ":memory:":
            backup = sqlite3.connect(f"{self.path}.schema{stored['schema']}.bak")
            self.conn.backup(backup)
            backup.close()
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
            stored = self._check_ours()  # again, under the write lock: another run may have migrated it
            if stored.get("schema", SCHEMA_VERSION) != SCHEMA_VERSION:
                self._migrate(stored["schema"])
            for stmt in _SCHEMA.split(";"):
                if stmt.strip():
                    self.conn.execute(stmt)
            if not stored:
                self.conn.executemany("INSERT INTO meta VALUES (?, ?)", _LAYOUT.items())

    def _check_ours(self) -> dict[str, str]:
        """The layout a state file was written with; refuses, untouched, a file that is not ours
        or is written with another signature layout (its signatures could not be compared)."""
        tables = {r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return {}
        if "meta" not in tables or "articles" not in tables:
            raise StoreError(f"{self.path}: not a clean-article state file (tables: {', '.join(sorted(tables))}); "
                             "left untouched")
        stored = dict(self.conn.execute("SELECT key, value FROM meta"))
        layout = {k: v for k, v in stored.items() if k != "schema"}
        expected = {k: v for k, v in _LAYOUT.items() if k != "schema"}
        if layout != expected or stored.get("schema") not in ("1", "2", SCHEMA_VERSION):
            raise StoreError(f"{self.path}: state written with another layout ({stored}); expected {_LAYOUT}; "
                             "left untouched")
        return stored

    def _migrate(self, schema: str) -> None:
        """An older layout brought to this one in place (``_setup`` made a backup beside the file):
        1 -> 2 adds versions and runs, 2 -> 3 each article's shingle count and title key, which let
        a later run's teaser or paywalled copy find the article that holds it. Articles stored
        before keep a count of 0 and are found by their signatures only."""
        added = []
        if schema == "1":
            added += ["version INTEGER NOT NULL DEFAULT 1", "latest TEXT"]
        added += ["shingles INTEGER NOT NULL DEFAULT 0", "tkey TEXT"]
        for column in added:
            self.conn.execute(f"ALTER TABLE articles ADD COLUMN {column}")
        rows = self.conn.execute("SELECT aid, title FROM articles WHERE title IS NOT NULL").fetchall()
        self.conn.executemany("UPDATE articles SET tkey = ? WHERE aid = ?",
                              [(title_key(title), aid) for aid, title in rows])
        self.conn.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (SCHEMA_VERSION,))

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

    def lookup_parts(self, id: str, sig: np.ndarray, lang: str | None, *, threshold: float | None = None,
                     title: str | None = None, shingles: int = 0) -> KnownMatch | None:
        """The stored article with this exact content id, else the most similar one of the
        same language at or above the threshold (band candidates verified on signatures), else,
        given the title and shingle count, the latest of its language and title that holds this
        body or that this body holds (the run's rule, ``deduper.py``).

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
            return self._holding(sig, lang, title_key(title), shingles)
        aid, sim = max(found, key=lambda f: f[1])  # the first of equals, as rows come
        return self.known_match(aid, sim, False)

    def _holding(self, sig: np.ndarray, lang: str | None, key: str | None, shingles: int) -> KnownMatch | None:
        if key is None or shingles <= 0:
            return None
        rows = self.conn.execute("SELECT aid, lang, sig, shingles FROM articles WHERE tkey = ? "
                                 "ORDER BY aid DESC LIMIT ?", (key, TITLE_PEERS)).fetchall()
        for aid, row_lang, blob, held in rows:  # the latest first
            if lang_key(lang) != lang_key(row_lang):
                continue
            sim = similarity(sig, sig_from(blob))
            if holds_copy(sim, shingles, int(held)):
                return self.known_match(int(aid), sim, False)
        return None

    def revises(self, aid: int, id: str, sig: np.ndarray, shingles: int) -> bool:
        """Whether a copy of a stored article is its next version: its text is new, and it is not
        a part of the latest text found by containment (a teaser or a paywalled copy is a sighting
        of the article, not a revision of it)."""
        if self.has_id(id):
            return False
        blob, held = self.conn.execute("SELECT sig, shingles FROM articles WHERE aid = ?", (aid,)).fetchone()
        sim = similarity(sig, sig_from(blob))
        return not (sim < self.threshold and 0 < shingles < int(held) and holds_copy(sim, shingles, int(held)))

    def has_id(self, id: str) -> bool:
        """Whether this exact text (content id) was ever seen as a copy of a stored article."""
        return self.conn.execute("SELECT 1 FROM ids WHERE id = ?", (id,)).fetchone() is not None

    def latest(self, aid: int) -> tuple[str, int, str, str | None]:
        """An article's identity (its first id), latest version number, latest id and text."""
        ident, version, latest = self.conn.execute(
            "SELECT id, version, coalesce(latest, id) FROM articles WHERE aid = ?", (aid,)).fetchone()
        row = self.conn.execute("SELECT text FROM versions WHERE aid = ? AND version = ?", (aid, version)).fetchone()
        return ident, int(version), latest, _unpack(row[0]) if row else None

    def lookup(self, item: DedupItem) -> KnownMatch | None:
        return self.lookup_parts(item.id, item.signature, item.lang, title=item.title, shingles=item.shingles)

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
                "versions": one("SELECT COALESCE(SUM(version), 0) FROM articles").fetchone()[0],
                "revised": one("SELECT COUNT(*) FROM articles WHERE version > 1").fetchone()[0],
                "ids": one("SELECT COUNT(*) FROM ids").fetchone()[0],
                "bands": one("SELECT COUNT(*) FROM bands").fetchone()[0],
                "sightings": one("SELECT COUNT(*) FROM sightings").fetchone()[0],
                "runs": one("SELECT COUNT(*) FROM runs").fetchone()[0]}

    def disk_bytes(self) -> int:
        """The state file's size on disk (with its write-ahead log)."""
        if self.path == ":memory:":
            return 0
        return sum(Path(p).stat().st_size for p in (self.path, f"{self.path}-wal") if Path(p).exists())

    def runs(self, limit: int = 20) -> list[dict[str, object]]:
        """The latest runs that committed: when, on what, and their counts."""
        rows = self.conn.execute(
            "SELECT run, started, finished, inputs, counts FROM runs ORDER BY run DESC LIMIT ?", (limit,))
        return [{"run": r[0], "started": r[1], "finished": r[2], "inputs": json.loads(r[3] or "[]"),
                 "counts": json.loads(r[4] or "{}")} for r in rows]

    def find(self, key: str) -> int | None:
        """An article's ``aid`` by any id it was seen with, or by a URL it was seen at."""
        row = self.conn.execute("SELECT aid FROM ids WHERE id = ?", (key,)).fetchone()
        if row is None:
            row = self.conn.execute("SELECT aid FROM sightings WHERE url = ? LIMIT 1",
                                    (canonical_url(key) or key,)).fetchone()
        return None if row is None else int(row[0])

    def history(self, aid: int) -> dict[str, object]:
        """One article: its identity, versions (id, when, text when kept) and sightings."""
        ident, lang, title, first, last, count, version = self.conn.execute(
            "SELECT id, lang, title, first_seen, last_seen, count, version FROM articles WHERE aid = ?",
            (aid,)).fetchone()
        versions = [{"version": v, "id": i, "seen": seen, "text": _unpack(text)} for v, i, seen, text in
                    self.conn.execute("SELECT version, id, seen, text FROM versions WHERE aid = ? ORDER BY version",
                                      (aid,))]
        if not versions or versions[0]["version"] != 1:  # version 1 kept without its text
            versions.insert(0, {"version": 1, "id": ident, "seen": first, "text": None})
        sightings = [{"origin": o, "url": u, "seen": s} for o, u, s in self.conn.execute(
            "SELECT origin, url, seen FROM sightings WHERE aid = ? ORDER BY seen, origin", (aid,))]
        return {"article": ident, "lang": lang, "title": title, "first_seen": first, "last_seen": last,
                "count": count, "version": version, "versions": versions, "sightings": sightings}

    def export(self) -> Iterator[dict[str, object]]:
        """Every article's history, latest version last (for audits and migrations)."""
        for (aid,) in self.conn.execute("SELECT aid FROM articles ORDER BY aid").fetchall():
            yield self.history(aid)

    # -- writes -------------------------------------------------------------------------
    def add(self, id: str, sig: np.ndarray, *, lang: str | None, title: str | None,
            length: int, sightings: Iterable[Sighting], seen: str | None = None, text: str | None = None,
            shingles: int = 0) -> int:
        """Insert a new article (inside a transaction); returns its ``aid``."""
        self._require_tx()
        if is_empty(sig):
            raise StoreError("an empty body cannot be stored as an article")
        seen = seen or now_iso()
        cur = self.conn.execute(
            "INSERT INTO articles (id, lang, title, length, sig, first_seen, last_seen, count, version, latest,"
            " shingles, tkey) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 1, NULL, ?, ?)",  # latest: NULL while version 1 is
            (id, lang_tag(lang), title, length, sig_blob(sig), seen, seen, shingles, title_key(title)))
        aid = int(cur.lastrowid or 0)
        if text is not None:  # without its text, version 1 is the article row itself
            self.conn.execute("INSERT INTO versions VALUES (?, 1, ?, ?, ?)", (aid, id, seen, _pack(text)))
        self.conn.executemany("INSERT OR IGNORE INTO bands VALUES (?, ?)",
                              [(int(k), aid) for k in band_keys(sig)])
        self.touch(aid, sightings, seen=seen, alias=id)
        return aid

    def add_version(self, aid: int, id: str, sig: np.ndarray, *, text: str | None, title: str | None,
                    length: int, seen: str | None = None, shingles: int = 0) -> int:
        """Record a revised text of a known article as its next version; returns the version."""
        self._require_tx()
        seen = seen or now_iso()
        row = self.conn.execute("SELECT version FROM articles WHERE aid = ?", (aid,)).fetchone()
        version = int(row[0]) + 1
        self.conn.execute("UPDATE articles SET version = ?, latest = ?, sig = ?, title = ?, length = ?, shingles = ?,"
                          " tkey = ? WHERE aid = ?",
                          (version, id, sig_blob(sig), title, length, shingles, title_key(title), aid))
        self.conn.execute("INSERT INTO versions VALUES (?, ?, ?, ?, ?)", (aid, version, id, seen, _pack(text)))
        self.conn.executemany("INSERT OR IGNORE INTO bands VALUES (?, ?)", [(int(k), aid) for k in band_keys(sig)])
        self.conn.execute("INSERT OR IGNORE INTO ids VALUES (?, ?)", (id, aid))
        return version

    def record_run(self, *, started: str, inputs: list[str], counts: dict[str, int]) -> None:
        """Remember one run that committed (inside its transaction)."""
        self._require_tx()
        self.conn.execute("INSERT INTO runs (started, finished, inputs, counts) VALUES (?, ?, ?, ?)",
                          (started, now_iso(), json.dumps(inputs), json.dumps(counts)))

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
                               length=len(item.text), sightings=sight, seen=seen, shingles=item.shingles)
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
