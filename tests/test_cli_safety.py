"""The command line under failure: rejects, exit codes, atomic output, signals, full disks, pipes.

Signals and pipes need a real process, so those tests run ``clean-article``
in a subprocess; the rest use click's runner in-process to stay fast.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from cleaner.cli import EXIT_INTERRUPTED, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE, main, one_line

sys.path.insert(0, str(Path(__file__).parent))
from test_robustness import PNG, article_text  # noqa: E402

CLI = [sys.executable, "-c", "from cleaner.cli import main; main()"]


def corpus(root: Path, n: int = 4) -> Path:
    """A directory of ``n`` good dumps and four bad inputs."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (root / f"good-{i}.txt").write_text(article_text(100 + i))
    (root / "image.png").write_bytes(PNG)
    (root / "empty.txt").write_bytes(b"")
    lines = [{"id": "j1", "text": article_text(200)}, {"id": "j2"}, [1, 2]]
    (root / "feed.jsonl").write_text("\n".join(json.dumps(v) for v in lines) + "\n{broken\n")
    return root


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


# -- rejects, summary, exit codes ---------------------------------------------------------


def test_rejects_go_to_the_file_and_one_stderr_line_each(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    out, rejects = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl"
    code, _, err = invoke(str(root), "-o", str(out), "--rejects", str(rejects))
    assert code == EXIT_OK
    items = records(rejects)
    assert len(items) == 5  # png, empty, no-body line, array line, broken line
    lines = [line for line in err.splitlines() if line.startswith("clean-article: rejected ")]
    assert len(lines) == len(items)
    for item, line in zip(items, lines, strict=True):
        path, index = item["origin"]["path"], item["origin"]["index"]
        assert line.startswith(f"clean-article: rejected {path}#{index}")
        assert line.endswith(f": {item['reason']}")
    assert {Path(i["origin"]["path"]).name for i in items} == {"image.png", "empty.txt", "feed.jsonl"}
    written = records(out)
    summary = err.splitlines()[-1]
    assert summary.startswith("clean-article: read 10 documents: ")
    assert f"{len(written)} articles written, 0 duplicates folded, 0 already known, 5 rejected" in summary
    assert len(written) + 5 == 10


def test_quiet_prints_nothing_but_still_writes_rejects(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in", n=1)
    rejects = tmp_path / "rejects.jsonl"
    code, _, err = invoke(str(root), "-q", "-o", str(tmp_path / "o.jsonl"), "--rejects", str(rejects))
    assert code == EXIT_OK and err == ""
    assert len(records(rejects)) == 5


def test_reject_with_a_newline_in_its_file_name_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "bad\nname.png").write_bytes(PNG)
    code, _, err = invoke(str(tmp_path), "-o", str(tmp_path / "o.jsonl"))
    assert code == EXIT_OK
    rejected = [line for line in err.splitlines() if line.startswith("clean-article: rejected ")]
    assert rejected == [f"clean-article: rejected {tmp_path}/bad\\nname.png#0: binary content (PNG image)"]


def test_one_line_escapes_controls_and_keeps_other_scripts() -> None:
    assert one_line("a\nb\x00c\u2028 বাংলা 日本") == "a\\nb\\x00c\\u2028 বাংলা 日本"


@pytest.mark.parametrize("args", [[], ["--no-such-option", "x"], ["-j", "-1", "x"], ["--max-record-mb", "0", "x"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    code, _, _ = invoke(*args)
    assert code == EXIT_USAGE


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"brands": 5}'])
def test_broken_rules_file_is_a_usage_error(tmp_path: Path, content: str) -> None:
    rules = tmp_path / "rules.json"
    rules.write_text(content)
    (tmp_path / "a.txt").write_text(article_text(1))
    code, _, err = invoke(str(tmp_path / "a.txt"), "--rules", str(rules), "-o", str(tmp_path / "out.jsonl"))
    assert code == EXIT_USAGE
    assert f"Error: Invalid value for '--rules': {rules}: " in err
    assert "Traceback" not in err and not (tmp_path / "out.jsonl").exists()


def test_corrupt_state_file_exits_3_and_keeps_it(tmp_path: Path) -> None:
    state = tmp_path / "seen.sqlite"
    state.write_bytes(b"this is not an SQLite database, but it is where --state points" * 20)
    before = state.read_bytes()
    (tmp_path / "a.txt").write_text(article_text(1))
    code, _, err = invoke(str(tmp_path / "a.txt"), "--state", str(state), "-o", str(tmp_path / "out.jsonl"))
    assert code == EXIT_OUTPUT
    assert err.splitlines()[-1] == "clean-article: tracking store failed: file is not a database"
    assert state.read_bytes() == before and not (tmp_path / "out.jsonl").exists()


def test_missing_input_is_a_usage_error_not_a_silent_success(tmp_path: Path) -> None:
    code, out, err = invoke(str(tmp_path / "nope.txt"))
    assert code == EXIT_USAGE and out == ""
    assert f"no such file or directory: {tmp_path}/nope.txt" in err


def test_state_subcommand_is_never_taken_for_an_input(tmp_path: Path) -> None:
    code, out, err = invoke("state", "stats", str(tmp_path / "seen.sqlite"))
    assert code == EXIT_USAGE and "no such state file" in err


@pytest.mark.parametrize("target", ["missing-dir/out.jsonl", "read-only/out.jsonl"])
def test_unwritable_output_exits_3(tmp_path: Path, target: str) -> None:
    (tmp_path / "read-only").mkdir()
    (tmp_path / "read-only").chmod(0o500)
    (tmp_path / "a.txt").write_text(article_text(1))
    out = tmp_path / target
    if target.startswith("read-only") and os.access(out.parent, os.W_OK):
        pytest.skip("running as root: a read-only directory is still writable")
    code, _, err = invoke(str(tmp_path / "a.txt"), "-o", str(out))
    assert code == EXIT_OUTPUT
    assert err.startswith(f"clean-article: cannot write {out}: ")
    assert "Traceback" not in err


def test_lone_surrogates_and_huge_numbers_in_json_fields_are_written(tmp_path: Path) -> None:
    line = ('{"id": "s1", "title": "Lone \\ud800 title", "tag": "x\\udc00y", "n": 123456789012345678901234567890, '
            '"text": ' + json.dumps(article_text(5)[:-1] + " \\udfff.")[:-1].replace("\\\\", "\\") + '"}\n')
    (tmp_path / "s.jsonl").write_text(line)
    out = tmp_path / "out.jsonl"
    code, _, err = invoke(str(tmp_path / "s.jsonl"), "-o", str(out))
    assert code == EXIT_OK, err
    (record,) = [json.loads(raw) for raw in out.read_bytes().decode("utf-8", "strict").splitlines()]
    assert record["meta"] == {"tag": "x\ufffdy", "n": 123456789012345678901234567890}
    assert "\ud800" not in record["title"] and "\udfff" not in record["text"]


def test_max_record_mb_rejects_a_long_single_line_and_goes_on(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a-huge.txt").write_bytes(b"Huge\n\n" + b"word " * 300_000)  # 1.5 MB on one line
    (root / "b-fine.txt").write_text(article_text(3))
    code, _, err = invoke(str(root), "--max-record-mb", "1", "-o", str(tmp_path / "out.jsonl"))
    assert code == EXIT_OK
    assert f"clean-article: rejected {root}/a-huge.txt#0: record larger than 1 MiB limit" in err.splitlines()
    assert len(records(tmp_path / "out.jsonl")) == 1


# -- atomic output and re-runs --------------------------------------------------------------


def test_output_is_replaced_whole_and_reruns_are_identical(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    out.write_text("previous run\n")
    assert invoke(str(root), "-q", "-o", str(out))[0] == EXIT_OK
    first = out.read_bytes()
    assert b"previous run" not in first and first.endswith(b"\n")
    assert invoke(str(root), "-q", "-o", str(out))[0] == EXIT_OK
    assert out.read_bytes() == first
    assert invoke(str(root), "-q", "-j", "2", "-o", str(out))[0] == EXIT_OK
    assert out.read_bytes() == first
    assert leftovers(tmp_path) == []


def test_rerun_with_state_writes_nothing_new(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in")
    state, out = tmp_path / "seen.sqlite", tmp_path / "out.jsonl"
    invoke(str(root), "-q", "-o", str(out), "--state", str(state))
    written = len(records(out))
    code, _, err = invoke(str(root), "-o", str(out), "--state", str(state))
    assert code == EXIT_OK
    assert records(out) == []
    assert f"0 articles written, 0 duplicates folded, {written} already known, 5 rejected" in err


@pytest.fixture
def small_tmpfs(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A 64 KiB tmpfs: a disk that fills up."""
    mount = tmp_path / "full"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs to fill: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_keeps_the_previous_output(tmp_path: Path, small_tmpfs: Path) -> None:
    root = corpus(tmp_path / "in", n=60)  # ~150 kB of records: more than the disk holds
    out = small_tmpfs / "out.jsonl"
    out.write_text("previous run\n")
    code, _, err = invoke(str(root), "-o", str(out), "--rejects", str(small_tmpfs / "rejects.jsonl"))
    assert code == EXIT_OUTPUT
    assert err.splitlines()[-1] == f"clean-article: cannot write {out}: No space left on device"
    assert out.read_text() == "previous run\n"
    assert sorted(p.name for p in small_tmpfs.iterdir()) == ["out.jsonl"]


def test_full_disk_under_the_spool_files_exits_3(
    tmp_path: Path, small_tmpfs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = corpus(tmp_path / "in", n=60)
    monkeypatch.setattr(tempfile, "tempdir", str(small_tmpfs))
    out = tmp_path / "out.jsonl"
    code, _, err = invoke(str(root), "-o", str(out))
    assert code == EXIT_OUTPUT
    assert err.splitlines()[-1] == "clean-article: cannot write working files: No space left on device"
    assert not out.exists() and leftovers(tmp_path) == []


def test_full_disk_under_the_spool_files_leaves_no_temporary_files(
    tmp_path: Path, small_tmpfs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = corpus(tmp_path / "in", n=60)
    monkeypatch.setattr(tempfile, "tempdir", str(small_tmpfs))
    invoke(str(root), "-o", str(tmp_path / "out.jsonl"))
    assert list(small_tmpfs.iterdir()) == []


# -- signals and pipes (real processes) -------------------------------------------------------


def _start(args: list[str], stdout: object = subprocess.PIPE) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    return subprocess.Popen([*CLI, *args], stdout=stdout, stderr=subprocess.PIPE, env=env)  # type: ignore[call-overload]


def test_signal_during_the_final_commit_is_held_until_outputs_and_state_agree(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cleaner.writers import JsonlOutput

    real_commit = JsonlOutput.commit

    def commit_then_signal(self: JsonlOutput) -> None:
        real_commit(self)
        if self.path is not None and self.path.endswith("out.jsonl"):
            os.kill(os.getpid(), signal.SIGTERM)  # after the output, before the rejects and the store

    monkeypatch.setattr(JsonlOutput, "commit", commit_then_signal)
    root = corpus(tmp_path / "in", n=2)
    out, rejects, state = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl", tmp_path / "seen.sqlite"
    code, _, err = invoke(str(root), "-o", str(out), "--rejects", str(rejects), "--state", str(state))
    assert code == EXIT_OK
    assert len(records(out)) == 3 and len(records(rejects)) == 5
    assert _state_counts(state) == ("ok", 3, 3)
    assert err.splitlines()[-2] == "clean-article: SIGTERM received while committing; the run completed"


def _state_counts(path: Path) -> tuple[str, int, int]:
    with sqlite3.connect(path) as conn:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        sightings = conn.execute("SELECT COUNT(*) FROM sightings").fetchone()[0]
    return check, articles, sightings


@pytest.mark.parametrize(
    ("sig", "jobs"), [(signal.SIGTERM, "1"), (signal.SIGINT, "1"), (signal.SIGTERM, "2")],
    ids=["SIGTERM", "SIGINT", "SIGTERM-j2"],
)
def test_interrupted_run_leaves_previous_output_and_consistent_state(tmp_path: Path, sig: int, jobs: str) -> None:
    root = corpus(tmp_path / "in", n=3)
    out, rejects, state = tmp_path / "out.jsonl", tmp_path / "rejects.jsonl", tmp_path / "seen.sqlite"
    assert invoke(str(root), "-q", "-o", str(out), "--rejects", str(rejects), "--state", str(state))[0] == 0
    before = out.read_bytes(), rejects.read_bytes(), _state_counts(state)
    assert before[2] == ("ok", 3 + 1, 3 + 1)

    fifo = tmp_path / "slow.jsonl"
    os.mkfifo(fifo)
    proc = _start([str(fifo), str(root), "-j", jobs, "-o", str(out), "--rejects", str(rejects),
                   "--state", str(state)])
    timer = threading.Timer(60, proc.kill)  # never hang the suite
    timer.start()
    try:
        with open(fifo, "wb") as feed:  # opens once the run is reading its first input
            for i in range(5):
                feed.write(json.dumps({"id": f"f{i}", "text": article_text(300 + i)}).encode() + b"\n")
            feed.flush()
            proc.send_signal(sig)  # mid-run: the FIFO is still open, more input may come
            _, err = proc.communicate()
    finally:
        timer.cancel()
    assert proc.returncode == EXIT_INTERRUPTED
    assert err.decode().splitlines()[-1] == "clean-article: interrupted; outputs and state left as they were"
    assert b"Traceback" not in err
    assert (out.read_bytes(), rejects.read_bytes(), _state_counts(state)) == before
    assert leftovers(tmp_path) == []


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in", n=16)  # ~25 kB of records
    proc = _start([str(root), "-q"])
    assert proc.stdout is not None and proc.stderr is not None
    # A 4 KiB pipe: the output cannot all fit before the reader goes away.
    fcntl.fcntl(proc.stdout.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), 4096)
    first = proc.stdout.readline()
    proc.stdout.close()  # `clean-article ... | head -1`
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == EXIT_OK
    assert json.loads(first)["text"]
    assert err == b""


def test_stdout_on_a_full_device_exits_3(tmp_path: Path) -> None:
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full on this system")
    root = corpus(tmp_path / "in", n=3)
    with open("/dev/full", "wb") as full:
        proc = _start([str(root), "-q"], stdout=full)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == EXIT_OUTPUT
    assert err.decode() == "clean-article: cannot write stdout: No space left on device\n"


def test_a_killed_run_leaves_no_litter_after_the_next_run(tmp_path: Path) -> None:
    root = corpus(tmp_path / "in", n=2)
    out = tmp_path / "out.jsonl"
    fifo = tmp_path / "slow.jsonl"
    os.mkfifo(fifo)
    proc = _start([str(fifo), str(root), "-o", str(out)])
    timer = threading.Timer(60, proc.kill)
    timer.start()
    try:
        with open(fifo, "wb") as feed:  # the run is under way once it opens the FIFO
            feed.write(json.dumps({"id": "a", "text": article_text(900)}).encode() + b"\n")
            feed.flush()
            proc.kill()  # SIGKILL: no cleanup runs
            proc.communicate()
    finally:
        timer.cancel()
    litter = [p.name for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl.")]
    assert litter, "a killed run leaves its temporary output"
    # a live run's temporary (this test process stands in for it) is not touched
    live = tmp_path / f".out.jsonl.{os.getpid()}.keep.tmp"
    live.write_text("")
    assert invoke(str(root), "-q", "-o", str(out))[0] == EXIT_OK
    left = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl."))
    assert left == [live.name]
    assert records(out)


def test_two_runs_on_one_state_never_both_deliver(tmp_path: Path) -> None:
    """Two real processes started together on folders holding the same articles."""
    first, second = corpus(tmp_path / "a", n=3), corpus(tmp_path / "b", n=3)
    state = tmp_path / "seen.sqlite"
    fifo = tmp_path / "slow.jsonl"
    os.mkfifo(fifo)
    outs = [tmp_path / "out1.jsonl", tmp_path / "out2.jsonl"]
    holder = _start([str(fifo), str(first), "-q", "-o", str(outs[0]), "--state", str(state)])
    timer = threading.Timer(60, holder.kill)
    timer.start()
    try:
        with open(fifo, "wb") as feed:  # the first run holds the state while it reads
            feed.write(json.dumps({"id": "a", "text": article_text(700)}).encode() + b"\n")
            feed.flush()
            code, _, err = invoke(str(second), "-q", "-o", str(outs[1]), "--state", str(state), "--wait", "0.5")
            assert code == 4
            assert "in use by process" in err and str(holder.pid) in err
            assert not outs[1].exists()
        assert holder.wait() == EXIT_OK
        # once the holder is done, the same run goes through and delivers nothing twice
        code, _, _ = invoke(str(second), "-q", "-o", str(outs[1]), "--state", str(state), "--wait", "5")
        assert code == EXIT_OK
    finally:
        timer.cancel()
    ids = [r["id"] for out in outs for r in records(out)]
    assert records(outs[0]) and records(outs[1]) == []
    assert len(ids) == len(set(ids))
