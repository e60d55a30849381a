"""Clustering one run's documents, in input order, against each other and the store.

Decision rule, per item in input order:
1. same content id as an earlier item of the run (normalised body identical) -> its cluster;
2. else the LSH band candidates of this run are verified on the full signature; every one
   of the same language with estimated Jaccard >= ``threshold`` joins the item's cluster;
3. independently, the store is asked the same question; a cluster containing any item the
   store knows is *known* (all its members are sightings of that stored article), and two
   clusters of this run matching one stored article are joined.

The title never decides alone: same-title daily posts ("Bitcoin Price Today") share a title and
a template but not their bodies, so the body signature counts. A different language is never
merged (a translation is not a copy). A title does point at one more kind of copy: a teaser, a
paywalled page or an earlier state of a live page holds part of the article, so its Jaccard with
the whole is low; two items of one language and the same title join when the smaller body lies
``contained`` (estimated from the signatures and the shingle counts) in the larger, at or above
:data:`CONTAINED`. Measured (estimates) on every same-title pair of ``fixtures/dedup`` and
``fixtures/dedup-blind``: different articles 0.00-0.41 (template series: "Bitcoin Price Today",
a weekly summary, a live page's next day); copies 0.79-1.00 (a teaser of the first paragraph with
its "read the full article" line 0.79, whose exact containment is 0.88; a paywalled first three
of eight paragraphs 0.86; a live page's morning state under its evening one 0.96; recrawls
0.88-1.00). 0.65 sits in the gap, nearer the copies for the estimate's noise on small bodies.
The store keeps each article's shingle count and title key, and answers the same question for
later runs (``Store.lookup_parts``).

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

Items are decided in batches of ``Deduper.batch`` (candidates looked up, verified and
joined with numpy over the whole batch) with the same outcome as one at a time. Signatures,
ids and origins live in SQLite's private temporary database (on disk under ``$TMPDIR``,
deleted with the connection), appended a batch at a time. Band keys and content ids live in
a :class:`~cleaner.dedup.keyindex.KeyIndex`: sorted numpy runs, 12 bytes an entry (32 band
keys per item: about 400 MB at a million items), spilled to that database beyond
``Deduper.max_keys`` entries. Besides, five machine integers per item stay in memory.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np

from cleaner.dedup.commit import Cluster, CommitSummary, commit_clusters
from cleaner.dedup.item import (
    DEFAULT_THRESHOLD,
    TITLE_PEERS,
    DedupItem,
    KnownMatch,
    Sighting,
    holds_copy,
    lang_key,
    origin_key,
    sig_blob,
    sig_from,
    title_key,
)
from cleaner.dedup.keyindex import KeyIndex
from cleaner.dedup.minhash import BANDS, EMPTY, band_keys_matrix
from cleaner.dedup.store import Store
from cleaner.model import Origin
from cleaner.text import canonical_url, same_language

_RUN_SCHEMA = (
    "CREATE TABLE items (pos INTEGER PRIMARY KEY, id TEXT, lang TEXT, title TEXT,"
    " sig BLOB, origin TEXT, opath TEXT, oindex INTEGER, oid TEXT, url TEXT, text BLOB)",
    "CREATE TABLE known (aid INTEGER PRIMARY KEY, pos INTEGER, sim REAL, exact INTEGER)",
)
_HEX_ID = re.compile(r"[0-9a-f]{16}")
_VARS = 900  # bound parameters per statement, below every SQLite build's limit


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique is many times slower on arrays of this size)."""
    values = np.sort(values)
    keep = np.empty(len(values), dtype=bool)
    keep[:1] = True
    np.not_equal(values[1:], values[:-1], out=keep[1:])
    return values[keep]


class Deduper:
    """Duplicate clusters of one run; ``store`` (optional) supplies and receives history."""

    cache_kib = 32_000  # SQLite page cache of the run database (items, spilled keys)
    batch = 2048  # items decided together: one vectorised pass over their keys and candidates
    max_keys = 48_000_000  # index entries (12 bytes each) held in memory before spilling

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
        self._bands = KeyIndex(self.db, "bands", max_entries=self.max_keys)
        self._ids = KeyIndex(self.db, "ids", max_entries=self.max_keys // BANDS)
        self._odd_ids: dict[str, int] = {}  # content ids that are not 16 hex digits
        self.db.execute("BEGIN")
        self._pending: list[DedupItem] = []
        self._seq = array("q")
        self._parent = array("q")
        self._length = array("q")
        self._best = array("q")  # per root: position of the kept copy
        self._known = array("q")  # per position: aid of the matched stored article, or -1
        self._shingles = array("q")  # per position: distinct shingles of the body
        # hash of (language, title key) -> the position with it, or all of them once two share it
        self._titles: dict[int, int | list[int]] = {}
        self._last_seq: int | None = None
        self._same_lang: dict[tuple[str | None, str | None], bool] = {}

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
    def add(self, item: DedupItem) -> None:
        """Add the next item; items must come in input order (increasing ``seq``).

        Items are decided in batches (see :meth:`_flush`); every result method flushes
        first, so the outcome is the same as deciding each item on arrival."""
        if self._last_seq is not None and item.seq <= self._last_seq:
            raise ValueError(f"items must be added in input order: {item.seq} after "
                             f"{self._last_seq}")
        self._last_seq = item.seq
        self._pending.append(item)
        if len(self._pending) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        """Decide the pending items, in input order, as :meth:`add` documents it:

        1. an exact copy (same content id as an earlier non-empty item) joins the first
           such item only;
        2. else the item joins every earlier item sharing an LSH band key, of the same
           language, at or above the threshold. Joining all of them (not only the most
           similar) makes the clusters the connected components of the ">= threshold"
           graph, the same relation the store applies when it checks a cluster at commit
           time, so the two never disagree;
        3. with a store, the stored article it matches (if any) marks its cluster known.
        """
        items = self._pending
        if not items:
            return
        self._pending = []
        base = len(self._seq)
        n = len(items)
        sigs = np.stack([np.asarray(it.signature, dtype=np.uint32) for it in items])
        nonempty = ~np.all(sigs == EMPTY, axis=1)
        live = np.nonzero(nonempty)[0]  # batch rows that take part in matching
        keys = band_keys_matrix(sigs[live])  # (len(live), BANDS)
        exact = self._exact_matches(items, live, base)
        cands = self._candidates(keys, live, base, exact)
        matches = self._verify(items, sigs, cands, base)

        for it in items:
            self._seq.append(it.seq)
            self._length.append(len(it.text))
            self._shingles.append(it.shingles)
        self._parent.extend(range(base, base + n))
        self._best.extend(range(base, base + n))
        self._known.extend([-1] * n)
        for pos, earlier in exact.items():
            self._union(earlier, pos)
        for pos, earlier in matches:
            self._union(earlier, pos)

        compress = self.revisions
        rows = []
        for i, it in enumerate(items):
            o = it.origin
            rows.append((base + i, it.id, it.lang, it.title, sig_blob(sigs[i]), origin_key(o),
                         o.path, o.index, o.id, canonical_url(it.url),
                         zlib.compress(it.text.encode("utf-8"), 1) if compress else None))
        self.db.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        self._join_contained(items, sigs, live, base)

        if self.store is not None:
            for i in live.tolist():
                self._lookup_store(items[i], base + i)

    def _exact_matches(self, items: list[DedupItem], live: np.ndarray, base: int
                       ) -> dict[int, int]:
        """Position -> the first earlier non-empty position with the same content id; the
        batch's own ids are added to the index."""
        hexes: list[int] = []
        hex_pos: list[int] = []
        out: dict[int, int] = {}
        for i in live.tolist():
            ident = items[i].id
            pos = base + i
            if _HEX_ID.fullmatch(ident):
                hexes.append(int(ident, 16))
                hex_pos.append(pos)
            else:
                first = self._odd_ids.setdefault(ident, pos)
                if first != pos:
                    out[pos] = first
        if hexes:
            ids = np.array(hexes, dtype=np.uint64).view(np.int64)
            poss = np.array(hex_pos, dtype=np.int64)
            first: dict[int, int] = {}
            q, p = self._ids.lookup(ids)
            for qi, pi in zip(q.tolist(), p.tolist(), strict=True):
                if qi not in first or pi < first[qi]:
                    first[qi] = pi
            seen: dict[int, int] = {}  # id -> first position within the batch
            for qi, (ident, pos) in enumerate(zip(ids.tolist(), hex_pos, strict=True)):
                if qi in first:
                    out[pos] = first[qi]
                elif ident in seen:
                    out[pos] = seen[ident]
                else:
                    seen[ident] = pos
            self._ids.add(ids, poss)
        return out

    def _candidates(self, keys: np.ndarray, live: np.ndarray, base: int,
                    exact: dict[int, int]) -> np.ndarray:
        """(position, earlier position) pairs sharing a band key, for the batch's items
        that are not exact copies; sorted, without repeats. Adds the keys to the index."""
        if not len(live):
            return np.empty((0, 2), dtype=np.int64)
        flat = keys.ravel()
        owner = np.repeat(live + base, BANDS)  # position of each key
        order = np.argsort(flat, kind="stable")  # equal keys: earlier positions first
        q, p = self._bands.lookup(flat, order=order)
        pairs = [np.stack([owner[q], p], axis=1)]
        # within the batch: every earlier row holding the same key
        sk = flat[order]
        dup = sk[1:] == sk[:-1]
        if dup.any():
            so = owner[order].tolist()
            at = np.nonzero(dup)[0]
            extra = []
            for s in at[(at == 0) | ~dup[at - 1]].tolist():
                e = s + 1
                while e < len(dup) and dup[e]:
                    e += 1
                group = so[s : e + 1]
                for j in range(1, len(group)):
                    if group[j] in exact:
                        continue
                    extra.extend((group[j], g) for g in group[:j] if g < group[j])
            if extra:
                pairs.append(np.array(extra, dtype=np.int64))
        self._bands.add(flat, owner, order=order)
        allp = np.concatenate(pairs)
        if exact and len(allp):
            allp = allp[~np.isin(allp[:, 0], np.fromiter(exact, dtype=np.int64))]
        if not len(allp):
            return allp
        code = _distinct(allp[:, 0] << 32 | allp[:, 1])  # positions are below 2**31
        return np.stack([code >> 32, code & 0xFFFFFFFF], axis=1)

    def _verify(self, items: list[DedupItem], sigs: np.ndarray, cands: np.ndarray,
                base: int) -> list[tuple[int, int]]:
        """The candidate pairs of the same language at or above the threshold."""
        if not len(cands):
            return []
        earlier = cands[:, 1]
        old = _distinct(earlier[earlier < base])
        langs: dict[int, str | None] = {}
        blobs: list[bytes] = []
        olds = old.tolist()
        for start in range(0, len(olds), _VARS):
            part = olds[start : start + _VARS]
            for pos, lang, blob in self.db.execute(
                    f"SELECT pos, lang, sig FROM items WHERE pos IN ({','.join('?' * len(part))})"
                    " ORDER BY pos", part):
                langs[pos] = lang
                blobs.append(blob)
        width = sigs.shape[1]
        table = np.concatenate([sig_from(b"".join(blobs)).reshape(len(old), width), sigs])
        row = np.where(earlier < base, np.searchsorted(old, earlier), len(old) + earlier - base)
        mine = sigs[cands[:, 0] - base]
        sims = np.count_nonzero(mine == table[row], axis=1) / float(width)
        out = []
        same_lang = self._same_lang
        for j in np.nonzero(sims >= self.threshold)[0].tolist():
            pos, p = int(cands[j, 0]), int(cands[j, 1])
            a = items[pos - base].lang
            b = langs[p] if p < base else items[p - base].lang
            ok = same_lang.get((a, b))
            if ok is None:
                ok = same_lang[(a, b)] = same_language(a, b)
            if ok:
                out.append((pos, p))
        return out

    def _join_contained(self, items: list[DedupItem], sigs: np.ndarray, live: np.ndarray, base: int) -> None:
        """Join each item to an earlier one of its language and title whose body holds its own, or
        whose body it holds (see the module's docstring); the earlier signatures a batch needs are
        read in one query per 900."""
        pairs: list[tuple[int, int]] = []  # (batch row, earlier position)
        for i in live.tolist():
            key = title_key(items[i].title)
            if key is None:
                continue
            pos = base + i
            slot = hash((lang_key(items[i].lang), key))
            held = self._titles.get(slot)
            if held is None:
                self._titles[slot] = pos
                continue
            earlier = [held] if isinstance(held, int) else held
            pairs.extend((i, p) for p in earlier)
            # the latest few with the title: a title a template repeats daily for years stays linear
            self._titles[slot] = [*earlier[1 - TITLE_PEERS :], pos]
        if not pairs:
            return
        old = sorted({p for _, p in pairs if p < base})
        stored: dict[int, np.ndarray] = {}
        for start in range(0, len(old), _VARS):
            part = old[start : start + _VARS]
            for p, blob in self.db.execute(
                    f"SELECT pos, sig FROM items WHERE pos IN ({','.join('?' * len(part))})", part):
                stored[p] = sig_from(blob)
        for i, p in pairs:
            pos = base + i
            if self._find(p) == self._find(pos):
                continue
            other = sigs[p - base] if p >= base else stored[p]
            sim = float(np.count_nonzero(sigs[i] == other)) / len(other)
            if holds_copy(sim, items[i].shingles, self._shingles[p]):
                self._union(p, pos)

    def _lookup_store(self, item: DedupItem, pos: int) -> None:
        assert self.store is not None
        known = self.store.lookup_parts(item.id, item.signature, item.lang, threshold=self.threshold,
                                        title=item.title, shingles=item.shingles)
        if known is None:
            return
        self._known[pos] = known.aid
        row = self.db.execute("SELECT pos FROM known WHERE aid = ?", (known.aid,)).fetchone()
        if row is None:
            self.db.execute("INSERT INTO known VALUES (?, ?, ?, ?)",
                            (known.aid, pos, known.similarity, int(known.exact)))
        else:
            self._union(int(row[0]), pos)

    def __len__(self) -> int:
        return len(self._seq) + len(self._pending)

    # -- results ------------------------------------------------------------------------
    def _roots(self) -> np.ndarray:
        return np.fromiter((self._find(p) for p in range(len(self._seq))), dtype=np.int64,
                           count=len(self._seq))

    def clusters(self) -> DedupResult:
        """The decision for every item (call after the last ``add``)."""
        self._flush()
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
                          int(result._known_aid[members[0]]), text=lambda rep=rep: self._text(rep),
                          shingles=int(self._shingles[rep]))

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
