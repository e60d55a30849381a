"""The labelled fixtures (``fixtures/cases``): per file, never lose article text and get
the title right, leave negative controls untouched; over all files, the issue's targets.

Each fixture file is cleaned once (as its own run, like a user cleaning one
file); the aggregate tests reuse those results through ``evaluate``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

import scripts.scoring as evaluation
from scripts.scoring import CaseResult, evaluate, fixture_files, score_fixture

CASES = ROOT / "fixtures" / "cases"
FILES = fixture_files(CASES)
_SCORED: dict[Path, list[CaseResult]] = {}

def _params() -> list[Any]:
    return [pytest.param(path, id=path.relative_to(CASES).as_posix()) for path in FILES]


def scored(path: Path) -> list[CaseResult]:
    """``score_fixture`` memoised for the session: every fixture is cleaned once."""
    path = Path(path)
    if path not in _SCORED:
        _SCORED[path] = score_fixture(path)
    return _SCORED[path]


def _describe(r: CaseResult) -> str:
    got = r.got or {}
    return (f"{r.fixture}#{r.index}: reject={r.reject!r} recall={r.recall:.3f} precision={r.precision:.3f}\n"
            f"  title    got {got.get('title')!r}\n  expected     {r.expected['title']!r}")


@pytest.mark.parametrize("path", _params())
def test_fixture(path: Path) -> None:
    results = scored(path)
    assert results, f"{path}: no expected records"
    for r in results:
        assert r.got is not None, _describe(r)
        if r.negative:
            assert r.got["title"] == r.expected["title"], _describe(r)
            assert r.got["text"] == r.expected["text"], f"{_describe(r)}\nnegative control changed"
        else:
            assert r.recall >= 0.98, _describe(r)
            assert r.got["title"] == r.expected["title"], _describe(r)


def test_fixture_files_are_found() -> None:
    assert len(FILES) >= 50
    formats = {p.name.split(".", 1)[1] for p in FILES}
    assert {"txt", "html", "json", "jsonl"} <= formats


# -- the targets over every fixture -----------------------------------------------


@pytest.fixture(scope="module")
def overall(request: pytest.FixtureRequest) -> dict[str, Any]:
    patch = pytest.MonkeyPatch()
    patch.setattr(evaluation, "score_fixture", scored)
    try:
        results, tables = evaluate(CASES)
    finally:
        patch.undo()
    assert len(results) == sum(len(scored(p)) for p in FILES)
    return tables["all"]["all"]


def _negatives(row: dict[str, Any]) -> float:
    untouched, total = (int(x) for x in row["negatives_untouched"].split("/"))
    assert total > 0
    return untouched / total


TARGETS = [
    pytest.param("boilerplate_left", lambda row: row["boilerplate_left"] <= 0.01, id="boilerplate-left<=0.01"),
    pytest.param("recall", lambda row: row["recall"] >= 0.995, id="recall>=0.995"),
    pytest.param("precision", lambda row: row["precision"] >= 0.99, id="precision>=0.99"),
    pytest.param("title_exact", lambda row: row["title_exact"] >= 0.97, id="title-exact>=0.97"),
    pytest.param("source_match", lambda row: row["source_match"] >= 0.95, id="source-match>=0.95"),
    pytest.param("negatives_untouched", lambda row: _negatives(row) == 1.0, id="negatives-untouched=100%"),
]


@pytest.mark.parametrize(("column", "met"), TARGETS)
def test_aggregate_target(overall: dict[str, Any], column: str, met: Any) -> None:
    assert met(overall), f"{column} = {overall[column]} (all: {overall})"
