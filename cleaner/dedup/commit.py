"""Writing a run's clusters to the tracking store: one transaction, whatever engine clustered them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import numpy as np

from .item import Sighting, now_iso
from .minhash import is_empty
from .store import Store


@dataclass(slots=True)
class Cluster:
    """One article of the run: its kept copy and where every copy came from."""

    id: str
    signature: np.ndarray
    lang: str | None
    title: str | None
    length: int
    sightings: list[Sighting]
    known_aid: int = -1  # the stored article it matched during the run, or -1
    text: Callable[[], str | None] = field(default=lambda: None)  # the kept copy's text, when versions are kept
    shingles: int = 0  # distinct shingles of the kept copy's body


@dataclass(slots=True)
class CommitSummary:
    added: int = 0          # new articles written
    touched: int = 0        # known articles seen again
    new_sightings: int = 0  # (article, origin) pairs not recorded before
    raced: int = 0          # clusters another run committed between lookup and commit
    skipped: int = 0        # items with an empty body (not tracked)
    revised: int = 0        # known articles stored with a new version


def commit_clusters(store: Store, clusters: Iterable[Cluster], *, threshold: float, revisions: bool,
                    seen: str | None = None, record: Callable[[Store], None] | None = None) -> CommitSummary:
    """Add new articles, record sightings of known ones (and their new versions), in one transaction.

    Clusters are re-checked against the store inside the transaction, so an article another run
    committed meanwhile is touched rather than inserted twice.
    """
    summary = CommitSummary()
    seen = seen or now_iso()
    with store.transaction():
        for cluster in clusters:
            aid = cluster.known_aid
            if aid < 0:
                if is_empty(cluster.signature):
                    summary.skipped += 1
                    continue
                match = store.lookup_parts(cluster.id, cluster.signature, cluster.lang, threshold=threshold,
                                           title=cluster.title, shingles=cluster.shingles)
                if match is None:
                    store.add(cluster.id, cluster.signature, lang=cluster.lang, title=cluster.title,
                              length=cluster.length, sightings=cluster.sightings, seen=seen,
                              text=cluster.text() if revisions else None, shingles=cluster.shingles)
                    summary.added += 1
                    continue
                aid = match.aid
                summary.raced += 1
            elif revisions and store.revises(aid, cluster.id, cluster.signature, cluster.shingles):
                store.add_version(aid, cluster.id, cluster.signature, text=cluster.text(), title=cluster.title,
                                  length=cluster.length, seen=seen, shingles=cluster.shingles)
                summary.revised += 1
            summary.touched += 1
            summary.new_sightings += store.touch(aid, cluster.sightings, seen=seen)
        if record is not None:
            record(store)  # the run itself, in the same transaction
    return summary
