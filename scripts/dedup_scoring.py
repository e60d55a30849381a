"""Fixture loading and pairwise duplicate precision/recall against ``expected.json``.

A case directory holds input files and ``expected.json`` =
``{"clusters": [["<file>#<index>", ...], ...], "note": "..."}``. Every pair of inputs inside
one listed cluster is a positive; every other pair is a negative. ``evaluate_pairs`` scores
predicted clusters on those pairs and also counts *same-title false merges* (a merged pair
whose titles normalise equal but which the truth keeps apart), the failure users notice
first with templated daily posts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from cleaner.dedup.text import normalize
from cleaner.model import Origin


@dataclass(slots=True)
class FixtureDoc:
    """One input of a fixture case, keyed ``<file>#<index>`` as in ``expected.json``."""

    key: str
    origin: Origin
    title: str | None
    text: str
    lang: str | None = None
    url: str | None = None


def _html_paragraphs(html: str) -> str:
    from lxml import html as lxml_html

    root = lxml_html.fromstring(f"<div>{html}</div>")
    paras = [" ".join(el.text_content().split()) for el in root.iter("p", "li", "h2", "h3")]
    return "\n\n".join(p for p in paras if p)


def _rendered(value: object) -> str:
    if isinstance(value, Mapping):
        return str(value.get("rendered", ""))
    return "" if value is None else str(value)


def _detect(text: str) -> str | None:
    try:
        import py3langid
    except ImportError:  # pragma: no cover - declared dependency
        return None
    return py3langid.classify(text[:2000])[0] if text.strip() else None


def load_case(case_dir: str | Path) -> list[FixtureDoc]:
    """Read every input of a case: ``.txt`` dumps (first line title), WordPress ``.json``
    feeds (``{"posts": [...]}``, HTML content) and ``.jsonl`` records (title/text/url/lang).
    Languages missing from a record are detected with py3langid, as the pipeline does."""
    root = Path(case_dir)
    docs: list[FixtureDoc] = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.name != "expected.json"):
        rel = path.relative_to(root).as_posix()
        if path.suffix == ".txt":
            raw = path.read_text(encoding="utf-8")
            title, _, body = raw.strip().partition("\n")
            docs.append(FixtureDoc(f"{rel}#0", Origin(rel, 0), title.strip(), body.strip()))
        elif path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            posts = data.get("posts", data) if isinstance(data, dict) else data
            for i, post in enumerate(posts):
                docs.append(FixtureDoc(
                    f"{rel}#{i}", Origin(rel, i, str(post.get("id"))),
                    _rendered(post.get("title")) or None,
                    _html_paragraphs(_rendered(post.get("content"))),
                    post.get("lang"), post.get("link")))
        elif path.suffix == ".jsonl":
            lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
            for i, line in enumerate(lines):
                rec = json.loads(line)
                docs.append(FixtureDoc(f"{rel}#{i}", Origin(rel, i, rec.get("id")),
                                       rec.get("title"), rec.get("text", ""), rec.get("lang"),
                                       rec.get("url")))
    for doc in docs:
        if doc.lang is None:
            doc.lang = _detect(doc.text)
    return docs


def expected_clusters(case_dir: str | Path) -> list[list[str]]:
    data = json.loads((Path(case_dir) / "expected.json").read_text(encoding="utf-8"))
    return [list(c) for c in data["clusters"]]


def _pairs(clusters: Iterable[Sequence[str]]) -> set[frozenset[str]]:
    out: set[frozenset[str]] = set()
    for cluster in clusters:
        out.update(frozenset(p) for p in combinations(sorted(set(cluster)), 2))
    return out


@dataclass(slots=True)
class PairScores:
    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    same_title_false_merges: list[tuple[str, str]] = field(default_factory=list)
    false_merges: list[tuple[str, str]] = field(default_factory=list)
    missed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        predicted = self.true_pos + self.false_pos
        return self.true_pos / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        actual = self.true_pos + self.false_neg
        return self.true_pos / actual if actual else 1.0

    def add(self, other: PairScores) -> None:
        self.true_pos += other.true_pos
        self.false_pos += other.false_pos
        self.false_neg += other.false_neg
        self.same_title_false_merges += other.same_title_false_merges
        self.false_merges += other.false_merges
        self.missed += other.missed

    def to_dict(self) -> dict[str, object]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "true_pos": self.true_pos, "false_pos": self.false_pos,
                "false_neg": self.false_neg,
                "same_title_false_merges": [list(p) for p in self.same_title_false_merges],
                "false_merges": [list(p) for p in self.false_merges],
                "missed": [list(p) for p in self.missed]}


def evaluate_pairs(predicted: Iterable[Sequence[str]], expected: Iterable[Sequence[str]],
                   titles: Mapping[str, str | None] | None = None) -> PairScores:
    """Pairwise precision/recall of ``predicted`` clusters (lists of keys) vs ``expected``.

    ``titles`` (key -> title) enables the same-title false-merge count.
    """
    pred, truth = _pairs(predicted), _pairs(expected)
    scores = PairScores(len(pred & truth), len(pred - truth), len(truth - pred))
    for pair in sorted(tuple(sorted(p)) for p in pred - truth):
        scores.false_merges.append(pair)
        if titles is not None:
            a, b = (normalize(titles.get(k) or "") for k in pair)
            if a and a == b:
                scores.same_title_false_merges.append(pair)
    scores.missed = sorted(tuple(sorted(p)) for p in truth - pred)
    return scores


def case_key(origin: Origin, case_dir: str | Path) -> str:
    """The ``<file>#<index>`` key of an output record's origin, relative to the case."""
    path = Path(origin.path)
    root = Path(case_dir)
    try:
        rel = path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        rel = path.as_posix()
    return f"{rel}#{origin.index}"


def clusters_from_records(records: Iterable[Mapping[str, object]],
                          case_dir: str | Path) -> list[list[str]]:
    """Predicted clusters from written article records (``origin`` + ``duplicates``), so the
    full pipeline's output can be scored with :func:`evaluate_pairs`."""
    out = []
    for rec in records:
        dups = rec.get("duplicates") or []
        if not dups:
            continue
        group = [case_key(Origin.from_dict(rec["origin"]), case_dir)]  # type: ignore[arg-type]
        group += [case_key(Origin.from_dict(d), case_dir) for d in dups]  # type: ignore[union-attr]
        out.append(group)
    return out


def evaluate_case(case_dir: str | Path, *, threshold: float | None = None) -> PairScores:
    """Run the deduplicator over one fixture case and score it."""
    from cleaner.dedup import Deduper, item_from

    docs = load_case(case_dir)
    deduper = Deduper() if threshold is None else Deduper(threshold=threshold)
    for seq, doc in enumerate(docs):
        deduper.add(item_from(seq, doc.origin, doc.title, doc.text, doc.lang, doc.url))
    result = deduper.clusters()
    groups: dict[int, list[str]] = {}
    for seq, doc in enumerate(docs):
        groups.setdefault(result.representative(seq), []).append(doc.key)
    deduper.close()
    return evaluate_pairs([g for g in groups.values() if len(g) > 1],
                          expected_clusters(case_dir), {d.key: d.title for d in docs})
