"""The same pipeline on a Ray cluster (``pip install 'clean-article[ray]'``; ``--engine ray``).

No second implementation of the cleaning: the per-document halves are the local engine's
(:func:`cleaner.batch.first_half`, :func:`cleaner.batch.second_half`), run as Ray Data ``map``
stages, and the corpus work is the same "emit key -> reduce by key", as Ray Data shuffles:

1. ``first_half`` on every record, each emitting its site-template and title-tail keys;
2. ``groupby(group)``: each site group's keys reduced to its templates and tails (the local
   :class:`~cleaner.strip.templates.TemplateCounter`), gathered on the driver and broadcast;
   ``second_half`` on every document: the remaining steps, the record and its MinHash signature;
3. ``groupby(band bucket)``: the documents sharing an LSH band are verified pairwise (same language,
   estimated Jaccard at or above the threshold); the verified pairs, exact copies (same content
   id) and matches in the tracking store are joined into clusters on the driver (union-find),
   the kept copy of each is the longest body (ties: the first in input order), and the records
   are written in input order, as the local engine writes them.

Where it holds: the driver reads the inputs (as the local engine does) and keeps per document a
few numbers, its content id, language and signature (about 0.6 kB), and the list of verified
pairs; the tracking store (``--state``) is read and written by the driver around the run. Jobs of
tens of millions of pages belong in :func:`clean_dataset`, which takes a Ray dataset read by Ray
itself and returns datasets, keeping only the pair list and the per-document keys on the driver.
Site-template evidence from earlier runs (``--state``) is not used by this engine; duplicates
across runs are.
"""

from __future__ import annotations

import functools
import json
import logging
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

import numpy as np

from . import batch
from .batch import Finished, Options, RunState, Summary, first_half_evidence, second_half
from .dedup import journal
from .dedup.commit import Cluster, commit_clusters
from .dedup.deduper import Decision
from .dedup.item import (
    TITLE_PEERS,
    KnownMatch,
    Sighting,
    holds_copy,
    lang_key,
    now_iso,
    origin_key,
    sig_from,
    title_key,
)
from .dedup.minhash import band_keys, is_empty, similarity
from .dedup.store import Store
from .model import Origin, Reject
from .pipeline import Context
from .readers import iter_inputs
from .readers.jsonrec import to_record
from .strip import load_rules
from .strip.templates import TemplateCounter
from .text import canonical_url, digest, same_language

DATASET = "<dataset>"


def _require_ray() -> Any:
    try:
        import ray
        import ray.data  # noqa: F401 - the Data library is part of the extra
    except ImportError as err:  # pragma: no cover - exercised without the extra
        raise RuntimeError("the Ray engine needs the extra: pip install 'clean-article[ray]'") from err
    return ray


def init(address: str | None = None, num_cpus: int | None = None) -> None:
    """Connect to a cluster at ``address``, or start a local Ray runtime (as ``ray.init()`` does)."""
    ray = _require_ray()
    for name in ("ray", "ray.data"):  # progress chatter would mix with the run's own stderr lines
        logging.getLogger(name).setLevel(logging.ERROR)
    if not ray.is_initialized():
        ray.init(address=address, num_cpus=None if address else num_cpus, include_dashboard=False,
                 log_to_driver=False, ignore_reinit_error=True, logging_level=logging.ERROR)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.execution_options.preserve_order = True
    # the engine's shuffles carry keys and hashes, not documents: the sort-based shuffle moves them
    # in about a second where the actor-based hash shuffle spends 10-20 s starting its aggregators
    strategy = getattr(getattr(ray.data.context, "ShuffleStrategy", None), "SORT_SHUFFLE_PULL_BASED", None)
    if strategy is not None:
        ctx.shuffle_strategy = strategy


# -- stage functions (module level: workers import them by name) ------------------------------


@dataclass(frozen=True)
class _Shipped:
    """What a stage needs to rebuild its Context in a worker. Compiled priors are not shipped:
    unpickling their patterns recompiles them on every task; ``load_rules`` compiles once a process."""

    rules: tuple[str, ...]
    settings: Any
    templates: dict[str, set[str]] = field(default_factory=dict)
    tails: dict[str, set[str]] = field(default_factory=dict)
    headlines: dict[str, frozenset[int]] = field(default_factory=dict)

    def context(self) -> Context:
        return Context(load_rules(self.rules), self.templates, self.settings, self.tails, self.headlines)


def _stage_one(row: dict[str, Any], ship: _Shipped) -> dict[str, Any]:
    ctx = ship.context()
    raw = pickle.loads(bytes(row["raw"]))
    result, triples = first_half_evidence(raw, ctx)
    return {"seq": int(row["seq"]), "doc": pickle.dumps(result), "triples": pickle.dumps(triples)}


def _batched(stage: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, list[Any]]]:
    """A row stage applied to a batch (a column dict), so Ray's per-row overhead is paid per batch."""

    def run(batch: dict[str, np.ndarray], **kwargs: Any) -> dict[str, list[Any]]:
        rows = [stage({k: v[i] for k, v in batch.items()}, **kwargs) for i in range(len(batch["seq"]))]
        return {k: [r[k] for r in rows] for k in rows[0]} if rows else {}

    run.__name__ = run.__qualname__ = f"batched_{stage.__name__}"
    return run


def _triples(row: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"group": g, "key": k, "title": t, "seq": row["seq"]} for g, k, t in pickle.loads(row["triples"])]


def _learn_group(batch: dict[str, np.ndarray], ship: _Shipped) -> dict[str, list[Any]]:
    ctx = ship.context()
    order = np.argsort(batch["seq"], kind="stable")  # in input order, as the local engine counts
    counter = TemplateCounter()
    counter.add((str(batch["group"][i]), str(batch["key"][i]), str(batch["title"][i])) for i in order)
    templates = counter.templates(ctx.settings.templates)
    tails = counter.site_tails(ctx.settings.echo)
    group = str(batch["group"][0])
    learned = (templates.get(group, set()), tails.get(group, set()), counter.run_headlines().get(group, frozenset()))
    return {"group": [group], "learned": [pickle.dumps(learned)]}


def _stage_two(row: dict[str, Any], ship: _Shipped, explain: bool) -> dict[str, Any]:
    ctx = ship.context()
    doc = pickle.loads(bytes(row["doc"]))
    out: dict[str, Any] = {"seq": int(row["seq"]), "first_reject": None, "done": None, "id": "", "lang": "",
                           "length": 0, "sig": b"", "bands": pickle.dumps([])}
    if isinstance(doc, Reject):
        out["first_reject"] = pickle.dumps(doc)
        return out
    done = second_half((int(row["seq"]), doc, explain), ctx)
    item = done.item
    if item is not None:
        out.update(id=item.id, lang=item.lang or "", length=len(item.text),
                   sig=np.ascontiguousarray(item.signature, dtype="<u4").tobytes(),
                   bands=pickle.dumps([] if is_empty(item.signature) else [int(k) for k in band_keys(item.signature)]))
    out["done"] = pickle.dumps(done)
    return out


BATCH = 64  # documents per call of a per-document stage
BAND_BUCKETS = 64  # shuffle partitions of the band keys: a group call per bucket, not per band


def _bands(row: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"bucket": k % BAND_BUCKETS, "band": k, "seq": row["seq"], "lang": row["lang"], "sig": row["sig"]}
            for k in pickle.loads(row["bands"])]


def _verify(batch: dict[str, np.ndarray], threshold: float) -> dict[str, list[int]]:
    """The verified pairs among the documents sharing a band, for every band of one bucket."""
    by_band: dict[int, list[int]] = {}
    for i, band in enumerate(batch["band"]):
        by_band.setdefault(int(band), []).append(i)
    seqs, langs = batch["seq"], batch["lang"]
    sigs: dict[int, np.ndarray] = {}
    found: set[tuple[int, int]] = set()
    for rows in by_band.values():
        for x in range(len(rows)):
            for y in range(x + 1, len(rows)):
                i, j = rows[x], rows[y]
                pair = (int(min(seqs[i], seqs[j])), int(max(seqs[i], seqs[j])))
                if pair in found or not same_language(str(langs[i]) or None, str(langs[j]) or None):
                    continue
                a = sigs.setdefault(i, sig_from(bytes(batch["sig"][i])))
                b = sigs.setdefault(j, sig_from(bytes(batch["sig"][j])))
                if similarity(a, b) >= threshold:
                    found.add(pair)
    return {"a": [p[0] for p in sorted(found)], "b": [p[1] for p in sorted(found)]}


# -- clustering on the driver ---------------------------------------------------------------


@dataclass
class _Item:
    seq: int
    id: str
    lang: str | None
    length: int
    signature: np.ndarray
    origin: Origin
    url: str | None
    title: str | None
    text: str
    shingles: int = 0


@dataclass
class PairClusters:
    """Clusters from verified pairs, exact copies and store matches; the local engine's decisions."""

    items: dict[int, _Item]
    parent: dict[int, int] = field(default_factory=dict)
    known: dict[int, KnownMatch] = field(default_factory=dict)  # root -> stored article

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def build(self, pairs: Iterable[tuple[int, int]], store: Store | None, threshold: float) -> None:
        self.parent = {seq: seq for seq in self.items}
        first_of_id: dict[str, int] = {}
        stored: dict[int, int] = {}  # aid -> first seq that matched it
        matches: dict[int, KnownMatch] = {}
        for seq in sorted(self.items):
            item = self.items[seq]
            if is_empty(item.signature):
                continue  # nothing but a title: never matched, never stored
            if item.id in first_of_id:
                self.union(first_of_id[item.id], seq)
            else:
                first_of_id[item.id] = seq
            if store is not None:
                match = store.lookup_parts(item.id, item.signature, item.lang, threshold=threshold,
                                           title=item.title, shingles=item.shingles)
                if match is not None:
                    if match.aid in stored:
                        self.union(stored[match.aid], seq)
                    else:
                        stored[match.aid] = seq
                        matches[seq] = match
        for a, b in pairs:
            self.union(a, b)
        self._join_contained()
        self.known = {self.find(seq): match for seq, match in matches.items()}
        self._members: dict[int, list[int]] = {}
        for seq in sorted(self.items):
            self._members.setdefault(self.find(seq), []).append(seq)
        self._rep = {root: min(members, key=lambda s: (-self.items[s].length, s))
                     for root, members in self._members.items()}

    def _join_contained(self) -> None:
        """The local engine's same-title containment rule (``deduper.py``), in input order."""
        latest: dict[tuple[str | None, str], list[int]] = {}
        for seq in sorted(self.items):
            item = self.items[seq]
            key = title_key(item.title)
            if key is None or is_empty(item.signature):
                continue
            peers = latest.setdefault((lang_key(item.lang), key), [])
            for p in peers:
                other = self.items[p]
                if self.find(p) != self.find(seq) and holds_copy(
                        similarity(item.signature, other.signature), item.shingles, other.shingles):
                    self.union(p, seq)
            peers.append(seq)
            del peers[:-TITLE_PEERS]

    def decision(self, seq: int) -> Decision:
        root = self.find(seq)
        return Decision(seq, self._rep[root], self.known.get(root))

    def folded(self, seq: int) -> list[Origin]:
        root = self.find(seq)
        members = self._members[root]
        return [] if len(members) == 1 else [self.items[s].origin for s in members if s != seq]

    def for_commit(self) -> Iterator[Cluster]:
        for root, members in self._members.items():
            rep = self.items[self._rep[root]]
            sightings = [Sighting(origin_key(self.items[s].origin), canonical_url(self.items[s].url), self.items[s].id)
                         for s in members]
            known = self.known.get(root)
            yield Cluster(rep.id, rep.signature, rep.lang, rep.title, rep.length, sightings,
                          known.aid if known else -1, text=lambda rep=rep: rep.text, shingles=rep.shingles)


# -- the run ------------------------------------------------------------------------------------


def run(inputs: Sequence[str], options: Options, *, address: str | None = None, **callbacks: Any) -> Summary:
    """:func:`cleaner.batch.run` on Ray: same inputs, callbacks and lock, same records in the same order."""
    return batch.run(inputs, options, passes=functools.partial(_passes, address=address), **callbacks)


def _passes(inputs: Sequence[str], options: Options, ctx: Context, state: RunState, stdin: BinaryIO | None,
            before_commit: Callable[[], None] | None, *, address: str | None = None) -> Summary:
    ray = _require_ray()
    init(address, options.jobs or None)
    rows = [{"seq": seq, "raw": pickle.dumps(raw)}
            for seq, raw in enumerate(iter_inputs(inputs, stdin=stdin, max_record_bytes=options.max_record_bytes))]
    store = Store.open(options.state, threshold=options.settings.dedup.threshold) if options.state else None
    try:
        if store is not None and options.state:
            journal.settle(store, options.state)
        if not rows:
            return state.summary
        ship = _Shipped(options.rules, options.settings)
        partitions = max(2, 2 * int(ray.cluster_resources().get("CPU", 2)))  # a shuffle task per core or two
        blocks = max(1, min(len(rows), 400, len(rows) // 200 + 2))
        source = ray.data.from_items(rows, override_num_blocks=blocks)
        one = source.map_batches(_batched(_stage_one), fn_kwargs={"ship": ship}, batch_size=BATCH,
                                 batch_format="numpy").materialize()
        if options.learn_templates:
            ship = _learn(one, ship, partitions)
        two = one.map_batches(_batched(_stage_two), fn_kwargs={"ship": ship, "explain": options.explain},
                              batch_size=BATCH, batch_format="numpy").materialize()
        pairs = _pairs(two, options.settings.dedup.threshold, partitions)
        return _finish(state, two, pairs, store, options, before_commit)
    finally:
        state.close()
        if store is not None:
            store.close()


def _learn(one: Any, ship: _Shipped, partitions: int) -> _Shipped:
    """Pass two's context: the templates, title tails and headlines of every site group (a shuffle by group)."""
    triples = one.flat_map(_triples)
    if not triples.count():
        return ship
    grouped = triples.groupby("group", num_partitions=partitions)
    templates, tails, headlines = {}, {}, {}
    for row in grouped.map_groups(_learn_group, fn_kwargs={"ship": ship}).take_all():
        lines, suffixes, stories = pickle.loads(row["learned"])
        if lines:
            templates[row["group"]] = lines
        if suffixes:
            tails[row["group"]] = suffixes
        if stories:
            headlines[row["group"]] = stories
    return _Shipped(ship.rules, ship.settings, templates, tails, headlines)


def _pairs(two: Any, threshold: float, partitions: int) -> list[tuple[int, int]]:
    """The verified near-duplicate pairs (a shuffle by band bucket)."""
    band_rows = two.flat_map(_bands)
    if not band_rows.count():
        return []
    verified = band_rows.groupby("bucket", num_partitions=partitions).map_groups(
        _verify, fn_kwargs={"threshold": threshold})
    return [(int(row["a"]), int(row["b"])) for row in verified.iter_rows()]


def _finish(state: RunState, two: Any, pairs: list[tuple[int, int]], store: Store | None, options: Options,
            before_commit: Callable[[], None] | None) -> Summary:
    """On the driver, in input order: rejects, clusters, records, the store's commit."""
    started = now_iso()
    items: dict[int, _Item] = {}
    finished: list[Finished] = []
    second_rejects: list[tuple[Reject, str | None]] = []
    for row in two.iter_rows():  # in input order: the dataset preserves it (init sets preserve_order)
        state.summary.read += 1
        if row["first_reject"] is not None:
            state.rejected(pickle.loads(row["first_reject"]))
            continue
        done: Finished = pickle.loads(row["done"])
        if done.reject is not None:
            second_rejects.append((done.reject, done.report))
            continue
        state.ids[done.seq] = done.article.id
        item = done.item
        items[done.seq] = _Item(done.seq, item.id, item.lang, len(item.text), item.signature, item.origin,
                                item.url, item.title, item.text, item.shingles)
        done.item = None
        finished.append(done)
    for item, report in second_rejects:  # the local engine reports these during its second pass
        state.rejected(item, report)
    clusters = PairClusters(items)
    clusters.build(pairs, store, options.settings.dedup.threshold)
    for done in finished:
        state.done.put(done)
    state.pass_three(clusters, store)
    if before_commit is not None:
        before_commit()
    if store is not None:
        counts = state.summary.to_dict()
        counts.pop("removed_bytes")
        commit = commit_clusters(store, clusters.for_commit(), threshold=options.settings.dedup.threshold,
                                 revisions=options.revisions,
                                 record=lambda s: s.record_run(started=started, inputs=[], counts=counts))
        state.summary.store = {"added": commit.added, "touched": commit.touched, "revised": commit.revised}
    return state.summary


# -- for jobs written in Ray Data ---------------------------------------------------------------


def _plain(value: Any) -> Any:
    """Ray hands rows over with numpy values; the readers expect plain JSON values."""
    if isinstance(value, np.ndarray):
        return [_plain(v) for v in value.tolist()]
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _to_raw(row: dict[str, Any], max_record_bytes: int) -> dict[str, Any]:
    """A dataset row (the record shapes the JSON readers accept) as a numbered raw record."""
    record = {k: _plain(v) for k, v in row.items()}
    key = int.from_bytes(digest(json.dumps(record, sort_keys=True, default=str), 8), "big") >> 1
    raw = to_record(record, path=DATASET, index=key, where="record", max_record_bytes=max_record_bytes)
    return {"seq": key, "raw": pickle.dumps(raw)}


def _outputs(row: dict[str, Any], decisions: dict[int, tuple[str, Any]]) -> dict[str, Any]:
    """Pass three on a worker: the record a document becomes, or its reject, as a JSON line."""
    if row["first_reject"] is not None:
        return {"kind": "reject", "line": json.dumps(pickle.loads(bytes(row["first_reject"])).to_dict())}
    done: Finished = pickle.loads(bytes(row["done"]))
    if done.reject is not None:
        return {"kind": "reject", "line": json.dumps(done.reject.to_dict())}
    status, extra = decisions.get(int(row["seq"]), ("kept", []))
    if status != "kept":
        return {"kind": status, "line": ""}
    done.article.duplicates = [Origin.from_dict(o) for o in extra]
    return {"kind": "article", "line": json.dumps(done.article.to_dict(), ensure_ascii=False)}


def _record(row: dict[str, Any]) -> dict[str, Any]:
    return json.loads(row["line"])


def clean_dataset(dataset: Any, options: Options | None = None) -> tuple[Any, Any]:
    """Clean a ``ray.data.Dataset`` of raw records (rows shaped as the JSON readers accept:
    ``text`` or ``html``/``content``, and optionally ``id``, ``url``, ``title``, ...).

    Returns two datasets of JSON-shaped rows: the clean article records and the rejects
    (``{"origin", "reason"}``). Near-duplicates are folded across the whole dataset; the kept copy
    of a cluster is its longest body, ties going to the smallest record key (a hash of the row:
    a distributed dataset has no input order). With ``options.state`` the tracking store is read
    and written by the driver, as with ``--engine ray``; articles seen before are left out.
    """
    ray = _require_ray()
    options = options or Options()
    init()
    ship = _Shipped(options.rules, options.settings)
    partitions = max(2, 2 * int(ray.cluster_resources().get("CPU", 2)))
    numbered = dataset.map(_to_raw, fn_kwargs={"max_record_bytes": options.max_record_bytes})
    one = numbered.map_batches(_batched(_stage_one), fn_kwargs={"ship": ship}, batch_size=BATCH,
                               batch_format="numpy").materialize()
    if options.learn_templates:
        ship = _learn(one, ship, partitions)
    two = one.map_batches(_batched(_stage_two), fn_kwargs={"ship": ship, "explain": False},
                          batch_size=BATCH, batch_format="numpy").materialize()
    pairs = _pairs(two, options.settings.dedup.threshold, partitions)
    items: dict[int, _Item] = {}
    for row in two.select_columns(["seq", "done"]).iter_rows():
        if row["done"] is None:
            continue
        done: Finished = pickle.loads(bytes(row["done"]))
        if done.item is not None:
            item = done.item
            items[int(row["seq"])] = _Item(int(row["seq"]), item.id, item.lang, len(item.text), item.signature,
                                           item.origin, item.url, item.title, item.text)
    store = Store.open(options.state, threshold=options.settings.dedup.threshold) if options.state else None
    try:
        clusters = PairClusters(items)
        clusters.build(pairs, store, options.settings.dedup.threshold)
        decisions: dict[int, tuple[str, Any]] = {}
        for seq in items:
            decision = clusters.decision(seq)
            if decision.known is not None:
                decisions[seq] = ("known", None)
            elif not decision.kept:
                decisions[seq] = ("duplicate", None)
            else:
                decisions[seq] = ("kept", [o.to_dict() for o in clusters.folded(seq)])
        if store is not None:
            commit_clusters(store, clusters.for_commit(), threshold=options.settings.dedup.threshold,
                            revisions=False)
    finally:
        if store is not None:
            store.close()
    out = two.map(_outputs, fn_kwargs={"decisions": decisions}).materialize()
    from ray.data.expressions import col

    articles = out.filter(expr=col("kind") == "article").map(_record)
    rejects = out.filter(expr=col("kind") == "reject").map(_record)
    return articles, rejects
