#!/usr/bin/env python3
"""Reliability of --state runs, in full (the test suite runs a bounded form of each).

    python scripts/reliability.py kill --trials 30     # SIGKILL at random points of --state runs
    python scripts/reliability.py soak --runs 20       # incremental runs over a growing dump

kill: each trial starts a run on the corpus plus a few new articles, kills it (SIGKILL) after a
random delay, checks the state file's integrity, reruns to completion into another output, and
checks that over all outputs every article was delivered exactly once.

soak: each run adds new articles and recrawls (some revised) of earlier ones to a growing dump
and cleans only the day's files with one state file; every new article must be delivered once,
every unchanged recrawl never again. Prints per run the time and the state file's size, so their
growth can be compared with the number of articles.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import make_story  # noqa: E402

CLI = [sys.executable, "-c", "from cleaner.cli import main; main()"]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def ids(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [json.loads(line)["id"] for line in path.read_text().splitlines() if line.strip()]


def kill(trials: int, seed: int) -> int:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="kill-") as tmp:
        root = Path(tmp)
        src = root / "base"
        src.mkdir()
        for key in range(100):
            (src / f"{key:04d}.txt").write_text(make_story(10_000 + key).dump())
        state = root / "seen.sqlite"
        delivered: list[str] = []
        outcomes = {"killed before delivering": 0, "killed after delivering": 0}
        for trial in range(trials):
            more = root / f"new{trial}"
            more.mkdir()
            for key in range(5):
                (more / f"{key}.txt").write_text(make_story(20_000 + 5 * trial + key).dump())
            killed, rerun = root / f"killed{trial}.jsonl", root / f"rerun{trial}.jsonl"
            proc = subprocess.Popen([*CLI, str(src), str(more), "--state", str(state), "-o", str(killed), "-q"],
                                    env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.2, 6.0))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            outcomes["killed after delivering" if killed.exists() else "killed before delivering"] += 1
            with sqlite3.connect(state) as conn:
                check = conn.execute("PRAGMA integrity_check").fetchone()[0]
            done = subprocess.run([*CLI, str(src), str(more), "--state", str(state), "-o", str(rerun), "-q"],
                                  env=ENV, capture_output=True, timeout=600)
            if check != "ok" or done.returncode != 0:
                print(f"trial {trial}: integrity {check}, rerun exit {done.returncode}: {done.stderr[-300:]!r}")
                return 1
            delivered += ids(killed) + ids(rerun)
        expected = 100 + 5 * trials
        duplicates = len(delivered) - len(set(delivered))
        print(f"{trials} kills ({outcomes}); delivered {len(set(delivered))} of {expected} articles, "
              f"{duplicates} twice")
        return 0 if duplicates == 0 and len(set(delivered)) == expected else 1


def soak(runs: int, new: int, seed: int) -> int:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        root = Path(tmp)
        state = root / "seen.sqlite"
        stories: list = []
        delivered: dict[str, int] = {}
        revised_expected = 0
        print(f"{'run':>4}{'articles':>10}{'files':>7}{'written':>9}{'revised':>9}{'known':>7}{'seconds':>9}"
              f"{'state MB':>10}")
        for run in range(runs):
            day = root / f"day{run:02d}"
            day.mkdir()
            fresh = [make_story(100_000 + run * new + k) for k in range(new)]
            for k, story in enumerate(fresh):
                (day / f"new{k}.txt").write_text(story.dump())
            for k, story in enumerate(rng.sample(stories, min(len(stories), new // 2))):
                if rng.random() < 0.2:  # a correction
                    paragraphs = list(story.paragraphs)
                    paragraphs[0] = paragraphs[0] + f" (Corrected on day {run}.)"
                    story = dataclasses.replace(story, paragraphs=paragraphs)
                    stories[stories.index(next(s for s in stories if s.key == story.key))] = story
                    revised_expected += 1
                (day / f"recrawl{k}.txt").write_text(story.dump())
            stories += fresh
            out = root / f"out{run:02d}.jsonl"
            start = time.perf_counter()
            done = subprocess.run([*CLI, str(day), "--state", str(state), "-o", str(out)], env=ENV,
                                  capture_output=True, text=True, timeout=1200)
            seconds = time.perf_counter() - start
            if done.returncode != 0:
                print(done.stderr)
                return 1
            records = [json.loads(line) for line in out.read_text().splitlines()]
            for rec in records:
                delivered[str(rec["article"])] = delivered.get(str(rec["article"]), 0) + (rec["version"] == 1)
            written = sum(r["version"] == 1 for r in records)
            revised = len(records) - written
            known = int(done.stderr.split(" already known")[0].rsplit(" ", 1)[-1])
            size = sum(p.stat().st_size for p in root.glob("seen.sqlite*") if p.suffix != ".lock")
            print(f"{run:>4}{len(stories):>10}{len(list(day.iterdir())):>7}{written:>9}{revised:>9}{known:>7}"
                  f"{seconds:>9.2f}{size / 1e6:>10.2f}")
        twice = [a for a, n in delivered.items() if n != 1]
        print(f"{len(delivered)} articles delivered as new, {len(twice)} not exactly once; "
              f"{revised_expected} corrections made")
        return 0 if not twice and len(delivered) == len(stories) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="what", required=True)
    k = sub.add_parser("kill")
    k.add_argument("--trials", type=int, default=30)
    k.add_argument("--seed", type=int, default=1)
    s = sub.add_parser("soak")
    s.add_argument("--runs", type=int, default=20)
    s.add_argument("--new", type=int, default=200, help="new articles per run")
    s.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    return kill(args.trials, args.seed) if args.what == "kill" else soak(args.runs, args.new, args.seed)


if __name__ == "__main__":
    sys.exit(main())
