"""The labelled fixtures as data: every record of ``fixtures/cases``, ``fixtures/holdout``,
``fixtures/blind`` to ``fixtures/blind116``, ``fixtures/wet`` to ``fixtures/wet42`` is a test case, as ftfy's suite
runs from a file of labelled cases.

A record passes when it comes out with the expected title, loses no article text (recall), and
keeps none of its labelled boilerplate; a negative control must come out exactly as it went in.
Known failures are data too: a record marked ``"expect": "fail"`` (with ``"why"``) in its sidecar
is a strict xfail, so fixing it turns the test red until the mark is taken off
(``python tests/test_fixtures.py --update-marks`` sets and clears the marks from a fresh run,
keeping the ``why`` of a mark that still holds).

Each file is cleaned once, as its own run (a user cleaning one file), except the files of a
``run-*`` folder, which are cleaned together as one dump.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT

from scripts.scoring import (
    CaseResult,
    clean_files,
    fixture_files,
    no_article_rejected,
    run_groups,
    score_fixture,
    sidecar_of,
    summarize,
)

SETS = {name: ROOT / "fixtures" / name for name in ("cases", "holdout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6",
                                                     "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53", "blind54", "blind55", "blind56", "blind57", "blind58", "blind59", "blind60", "blind61", "blind62", "blind63", "blind64", "blind65", "blind66", "blind67", "blind68", "blind69", "blind70", "blind71", "blind72", "blind73", "blind74", "blind75", "blind76", "blind77", "blind78", "blind79", "blind80", "blind81", "blind82", "blind83", "blind84", "blind85", "blind86", "blind87", "blind88", "blind89", "blind90", "blind91", "blind92", "blind93", "blind94", "blind95", "blind96", "blind97", "blind98", "blind99", "blind100", "blind101", "blind102", "blind103", "blind104", "blind105", "blind106", "blind107", "blind108", "blind109", "blind110", "blind111", "blind112", "blind113", "blind114", "blind115", "blind116", "wet", "wet2", "wet3", "wet4", "wet5", "wet6", "wet7", "wet8", "wet9", "wet10", "wet11", "wet12", "wet13", "wet14", "wet15", "wet16", "wet17", "wet18", "wet19", "wet20", "wet21", "wet22", "wet23", "wet24", "wet25", "wet26", "wet27", "wet28", "wet29", "wet30", "wet31", "wet32", "wet33", "wet34", "wet35", "wet36", "wet37", "wet38", "wet39", "wet40", "wet41", "wet42")}


@cache
def _groups() -> dict[Path, tuple[Path, ...]]:
    out: dict[Path, tuple[Path, ...]] = {}
    for root in SETS.values():
        for group in run_groups(fixture_files(root)):
            for path in group:
                out[path] = tuple(group)
    return out


@cache
def _cleaned(group: tuple[Path, ...]) -> Any:
    return clean_files(list(group))


@cache
def scored(path: Path) -> tuple[CaseResult, ...]:
    return tuple(score_fixture(path, _cleaned(_groups()[path])))


def problems(r: CaseResult) -> list[str]:
    """What is wrong with one record's result (empty when it passes)."""
    got = r.got or {}
    out = []
    if r.got is None:
        out.append(f"no record (rejected: {r.reject})")
        return out
    if got.get("title") != r.expected["title"]:
        out.append(f"title {got.get('title')!r} != {r.expected['title']!r}")
    if r.negative and got.get("text") != r.expected["text"]:
        out.append("negative control changed")
    if r.recall < 0.98:
        out.append(f"recall {r.recall:.3f}")
    if r.boilerplate_left:
        out.append(f"boilerplate left: {r.boilerplate_left}")
    return out


def _params() -> list[Any]:
    """One case per labelled record, read from the sidecars (nothing is cleaned to collect them);
    a set's cases share a group, so that a parallel run (``pytest -n``) cleans each set once."""
    params = []
    for name, root in SETS.items():
        for path in fixture_files(root):
            records = json.loads(sidecar_of(path).read_text(encoding="utf-8"))["records"]
            for index, expected in enumerate(records):
                rid = f"{name}/{path.relative_to(root).as_posix()}#{index}"
                marks = [pytest.mark.xdist_group(name)]
                if expected.get("expect") == "fail":
                    marks.append(pytest.mark.xfail(strict=True, reason=expected.get("why", "known failure")))
                params.append(pytest.param(path, index, id=rid, marks=marks))
    return params


@pytest.mark.parametrize(("path", "index"), _params())
def test_record(path: Path, index: int) -> None:
    result = scored(path)[index]
    found = problems(result)
    assert not found, f"{path}#{index}:\n  " + "\n  ".join(found)


def _no_article_files() -> list[Path]:
    return [path for root in SETS.values() for path in fixture_files(root)
            if "no_article" in json.loads(sidecar_of(path).read_text(encoding="utf-8"))]


# archives whose listing pages the cleaner still keeps as articles (a section page of teasers
# with their standfirsts, a news index): strict xfails, so that a fix shows
NO_ARTICLE_KEPT = {
    "CC-MAIN-20260412031544-20260412061544-00217.warc.wet.gz": "wet12: a listing page kept as an article",
    "CC-MAIN-20260416113058-20260416143058-00129.warc.wet.gz": "wet12: a listing page kept as an article",
    "CC-MAIN-20270202022317-20270202052317-00189.warc.wet.gz": "wet21: a section front kept as an article",
    "CC-MAIN-20270202113026-20270202143026-00495.warc.wet.gz": "wet21: a search page kept as an article",
    "CC-MAIN-20270322184756-20270322214756-00075.warc.wet.gz": "wet22: a section front kept as an article",
    "CC-MAIN-20270425011126-20270425041126-00306.warc.wet.gz": "wet23: a section front kept as an article",
    "CC-MAIN-20270207052216-20270207082216-00274.warc.wet.gz": "wet29: a carnival programme page kept as an article",
    "CC-MAIN-20280224150417-20280224180417-00128.warc.wet.gz": "wet33: a page with no article kept as one",
    "CC-MAIN-20301113141122-20301113171122-00458.warc.wet.gz": "wet37: a lottery results page kept as an article",
    "CC-MAIN-20311026102904-20311026132904-00452.warc.wet.gz": "wet40: a ferry timetable page kept as an article",
    "CC-MAIN-20310804065930-20310804095930-00058.warc.wet.gz": "wet40: a tide table page kept as an article",
    "CC-MAIN-20310930041129-20310930071129-00319.warc.wet.gz": "wet42: a rail timetable page kept as an article",
}


@pytest.mark.parametrize("path", [
    pytest.param(path, id=path.name, marks=[pytest.mark.xfail(strict=True, reason=NO_ARTICLE_KEPT[path.name])]
                 if path.name in NO_ARTICLE_KEPT else [])
    for path in _no_article_files()])
def test_an_archives_pages_with_no_article_are_rejected(path: Path) -> None:
    """A home page or a listing in an archive (its sidecar's ``no_article``) ends as a reject."""
    assert not no_article_rejected(path, _cleaned(_groups()[path]))


def test_fixture_sets_are_found() -> None:
    """Every set has its files, in the input formats, compressed or not, WARC archives (and WET
    files: a set of archives holds ten or so, each of several pages) and feeds; together they hold all of
    them (blind20 holds HTML pages alone: its subject is page layouts)."""
    kinds = {"txt", "md", "html", "htm", "json", "jsonl", "ndjson", "warc", "wet", "xml", "rss", "atom"}
    seen: set[str] = set()
    for name, root in SETS.items():
        files = fixture_files(root)
        archives = all(p.name.endswith((".warc", ".warc.gz", ".wet", ".wet.gz")) for p in files)
        assert len(files) >= (8 if archives else 20), name
        formats = {p.name.removesuffix(".gz").rsplit(".", 1)[1] for p in files}  # "page.recrawl.txt" is a txt
        assert formats and formats <= kinds, name
        seen |= formats
    assert seen == kinds


# -- the targets over every record of fixtures/cases ----------------------------------------------


@pytest.fixture(scope="module")
def overall() -> dict[str, Any]:
    results = [r for path in fixture_files(SETS["cases"]) for r in scored(path)]
    return summarize(results)["all"]["all"]


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


def _update_marks() -> int:
    """Mark every failing record ``"expect": "fail"`` (its problems as the ``why`` unless one is
    written) and clear the marks of records that pass; print what changed."""
    import json

    for name, root in SETS.items():
        for path in fixture_files(root):
            sidecar = sidecar_of(path)
            data = json.loads(sidecar.read_text(encoding="utf-8"))
            changed = False
            for r in scored(path):
                rec = data["records"][r.index]
                found = problems(r)
                if found and rec.get("expect") != "fail":
                    rec["expect"], rec["why"] = "fail", "; ".join(found)[:400]
                    print(f"marked  {name}/{path.relative_to(root).as_posix()}#{r.index}: {rec['why'][:120]}")
                    changed = True
                elif not found and "expect" in rec:
                    rec.pop("expect")
                    rec.pop("why", None)
                    print(f"cleared {name}/{path.relative_to(root).as_posix()}#{r.index}")
                    changed = True
            if changed:
                sidecar.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["--update-marks"]:
        raise SystemExit(_update_marks())
    raise SystemExit("usage: python tests/test_fixtures.py --update-marks")
