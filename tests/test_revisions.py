"""Tracking that tells what changed: revised articles come back as new versions; the store can be
asked. Runs are real processes of the command, as a daily job would start them."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import make_story

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-c", "from cleaner.cli import main; main()"]


def cli(*args: str) -> tuple[int, str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([*CLI, *args], capture_output=True, text=True, env=env, timeout=120)
    return proc.returncode, proc.stdout, proc.stderr


def records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _story():
    story = make_story(4242, paragraphs=8)
    rewritten = list(story.paragraphs)
    rewritten[3] = ("Correction: the regulator said on Friday that the figure it published earlier in the week "
                    "was wrong, and that the real number of affected accounts is closer to twelve thousand.")
    return story, dataclasses.replace(story, paragraphs=rewritten)


def test_a_revised_recrawl_comes_back_as_version_two_and_only_once(tmp_path: Path) -> None:
    story, revised = _story()
    state = str(tmp_path / "seen.sqlite")
    (tmp_path / "day1.txt").write_text(story.dump())
    (tmp_path / "day2.txt").write_text(revised.dump())
    code, out, _ = cli(str(tmp_path / "day1.txt"), "--state", state)
    [first] = records(out)
    assert code == 0 and first["version"] == 1 and first["article"] == first["id"]

    code, out, err = cli(str(tmp_path / "day2.txt"), "--state", state)
    [second] = records(out)
    assert code == 0 and "1 revision written" in err
    assert second["version"] == 2 and second["article"] == first["id"] and second["previous_id"] == first["id"]
    assert second["id"] != first["id"]
    assert second["changes"]["changed"] == 1 and second["changes"]["positions"]["changed"] == [3]
    assert second["changes"]["added"] == 0 and second["changes"]["removed"] == 0

    code, out, err = cli(str(tmp_path / "day2.txt"), "--state", state)  # the same recrawl again
    assert code == 0 and records(out) == [] and "1 already known" in err


def test_a_recrawl_differing_only_in_echoes_spam_or_whitespace_delivers_nothing(tmp_path: Path) -> None:
    story, _ = _story()
    state = str(tmp_path / "seen.sqlite")
    (tmp_path / "day1.txt").write_text(story.dump())
    other = story.dump().replace("\n\n", "\n\n\n").replace(f"{story.title} - {story.outlet}",
                                                             f"{story.title} - {story.outlet}  ", 1)
    lines = other.split("\n")
    lines.insert(1, f"{story.title} - {story.outlet} PlatoBlockchain Data Intelligence. Vertical Search. Ai.")
    (tmp_path / "day2.txt").write_text("\n".join(lines))
    assert cli(str(tmp_path / "day1.txt"), "--state", state)[0] == 0
    code, out, err = cli(str(tmp_path / "day2.txt"), "--state", state)
    assert code == 0 and records(out) == [] and "1 already known" in err


def test_no_revisions_keeps_a_known_article_known(tmp_path: Path) -> None:
    story, revised = _story()
    state = str(tmp_path / "seen.sqlite")
    (tmp_path / "day1.txt").write_text(story.dump())
    (tmp_path / "day2.txt").write_text(revised.dump())
    assert cli(str(tmp_path / "day1.txt"), "--state", state)[0] == 0
    code, out, err = cli(str(tmp_path / "day2.txt"), "--state", state, "--no-revisions")
    assert code == 0 and records(out) == [] and "1 already known" in err


def test_the_store_can_be_asked(tmp_path: Path) -> None:
    story, revised = _story()
    state = str(tmp_path / "seen.sqlite")
    (tmp_path / "day1.txt").write_text(story.dump())
    (tmp_path / "day2.txt").write_text(revised.dump())
    [first] = records(cli(str(tmp_path / "day1.txt"), "--state", state)[1])
    cli(str(tmp_path / "day2.txt"), "--state", state)

    code, out, _ = cli("state", "stats", state)
    stats = dict(line.split(None, 1) for line in out.splitlines() if not line.startswith("run "))
    assert code == 0 and stats["articles"] == "1" and stats["versions"] == "2" and stats["runs"] == "2"
    assert sum(line.startswith("run ") for line in out.splitlines()) == 2

    code, out, _ = cli("state", "show", state, str(first["id"]))
    assert code == 0 and "version 2:" in out and "Correction: the regulator" in out
    assert "-" + story.paragraphs[3][:30] in out  # the diff of the rewritten paragraph

    code, out, _ = cli("state", "export", state)
    [history] = records(out)
    assert code == 0 and history["article"] == first["id"] and len(history["versions"]) == 2

    code, _, err = cli("state", "show", state, "no-such-id")
    assert code == 2 and "no article" in err


def test_an_older_state_is_migrated_with_a_backup(tmp_path: Path) -> None:
    story, revised = _story()
    state = tmp_path / "seen.sqlite"
    (tmp_path / "day1.txt").write_text(story.dump())
    assert cli(str(tmp_path / "day1.txt"), "--state", str(state), "--no-templates")[0] == 0
    with sqlite3.connect(state) as conn:  # turn it into a schema-1 file, as the previous release wrote
        conn.execute("DROP TABLE versions")
        conn.execute("DROP TABLE runs")
        conn.execute("DROP INDEX titled")
        for column in ("version", "latest", "shingles", "tkey"):
            conn.execute(f"ALTER TABLE articles DROP COLUMN {column}")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema'")
    (tmp_path / "day2.txt").write_text(revised.dump())
    code, out, _ = cli(str(tmp_path / "day2.txt"), "--state", str(state))
    [second] = records(out)
    assert code == 0 and second["version"] == 2
    assert second["changes"] is None  # the old text was not kept by the old schema
    assert (tmp_path / "seen.sqlite.schema1.bak").exists()


def test_a_database_that_is_not_ours_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "app.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE users (name TEXT)")
        conn.execute("INSERT INTO users VALUES ('ada')")
    before = other.read_bytes()
    (tmp_path / "a.txt").write_text(make_story(7).dump())
    code, out, err = cli(str(tmp_path / "a.txt"), "--state", str(other))
    assert code == 3 and "not a clean-article state file" in err and out == ""
    assert other.read_bytes() == before
    code, _, err = cli("state", "stats", str(other))
    assert code == 2 and other.read_bytes() == before
