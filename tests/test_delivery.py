"""Nothing lost, nothing delivered twice, even when a --state run is killed (SIGKILL) anywhere."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import make_story

from cleaner.dedup import journal
from cleaner.dedup.store import Store

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-c", "from cleaner.cli import main; main()"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def corpus(root: Path, keys: range) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for key in keys:
        (root / f"{key:04d}.txt").write_text(make_story(key).dump())
    return root


def ids(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [json.loads(line)["id"] for line in path.read_text().splitlines() if line.strip()]


def test_kill_at_random_points_loses_and_repeats_nothing(tmp_path: Path) -> None:
    """A few kills at random moments (the full sweep is scripts/kill_random.py)."""
    rng = random.Random(11)
    src = corpus(tmp_path / "in", range(3000, 3040))
    state = tmp_path / "seen.sqlite"
    delivered: list[str] = []
    for trial in range(3):
        killed_out, rerun_out = tmp_path / f"killed{trial}.jsonl", tmp_path / f"rerun{trial}.jsonl"
        more = corpus(tmp_path / f"in{trial}", range(4000 + 10 * trial, 4010 + 10 * trial))
        proc = subprocess.Popen([*CLI, str(src), str(more), "--state", str(state), "-o", str(killed_out), "-q"],
                                env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 2.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with sqlite3.connect(state) if state.exists() else sqlite3.connect(":memory:") as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rerun = subprocess.run([*CLI, str(src), str(more), "--state", str(state), "-o", str(rerun_out), "-q"],
                               env=ENV, capture_output=True, timeout=120)
        assert rerun.returncode == 0, rerun.stderr
        delivered += ids(killed_out) + ids(rerun_out)
        assert len(delivered) == len(set(delivered)), f"trial {trial}: an article was delivered twice"
    assert len(delivered) == 40 + 30  # every article exactly once over all runs


def test_an_output_delivered_before_the_store_committed_is_recorded_by_the_next_run(tmp_path: Path) -> None:
    """The window between the output's rename and the store's commit, reproduced step by step."""
    src = corpus(tmp_path / "in", range(5000, 5003))
    state, out = tmp_path / "seen.sqlite", tmp_path / "out.jsonl"
    run = subprocess.run([*CLI, str(src), "-o", str(out), "-q"], env=ENV, capture_output=True, timeout=120)
    assert run.returncode == 0 and len(ids(out)) == 3
    tmp = tmp_path / ".out.jsonl.999999.x.tmp"  # already renamed into place: the output was delivered
    journal.write_journal(str(state), str(out), str(tmp))
    with Store.open(str(state)) as store:
        assert store.stats()["articles"] == 0  # the store never heard of them
    rerun_out = tmp_path / "rerun.jsonl"
    rerun = subprocess.run([*CLI, str(src), "--state", str(state), "-o", str(rerun_out)], env=ENV,
                           capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0 and ids(rerun_out) == [] and "3 already known" in rerun.stderr
    assert not journal.journal_path(str(state)).exists()


def test_soak_every_article_once_and_corrections_as_versions(tmp_path: Path) -> None:
    """A bounded soak (the full one is scripts/reliability.py soak): four daily runs, one state."""
    import dataclasses

    state = tmp_path / "seen.sqlite"
    stories = []
    versions: dict[str, list[int]] = {}
    corrected = 0
    for day in range(4):
        folder = tmp_path / f"day{day}"
        folder.mkdir()
        fresh = [make_story(6000 + 10 * day + k) for k in range(8)]
        for k, story in enumerate(fresh):
            (folder / f"new{k}.txt").write_text(story.dump())
        for k, story in enumerate(stories[:4]):  # recrawls of earlier articles, one of them corrected
            if k == day % 4:
                paragraphs = [*story.paragraphs[:-1], story.paragraphs[-1] + f" (Updated on day {day}.)"]
                story = stories[k] = dataclasses.replace(story, paragraphs=paragraphs)
                corrected += 1
            (folder / f"recrawl{k}.txt").write_text(story.dump())
        stories += fresh
        out = tmp_path / f"out{day}.jsonl"
        done = subprocess.run([*CLI, str(folder), "--state", str(state), "-o", str(out), "-q"], env=ENV,
                              capture_output=True, timeout=120)
        assert done.returncode == 0, done.stderr
        for line in out.read_text().splitlines():
            record = json.loads(line)
            versions.setdefault(record["article"], []).append(record["version"])
    assert len(versions) == len(stories) == 32
    assert all(v[0] == 1 and v == list(range(1, len(v) + 1)) for v in versions.values())
    assert sum(len(v) - 1 for v in versions.values()) == corrected
    with Store.open(str(state)) as store:
        assert store.stats()["runs"] == 4 and store.stats()["articles"] == 32
