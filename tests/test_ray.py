"""The Ray engine gives the local engine's records: a real local Ray runtime, a simulated two-node
cluster, a worker killed mid-run, and the tracking store. CI installs the ``ray`` extra."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")  # the 'ray' extra; `make test` installs it, so CI runs these

import cleaner  # noqa: E402
from cleaner import ray_engine  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = [ROOT / "fixtures" / name for name in ("cases", "holdout", "blind", "dedup", "dedup-blind")]


def run_engine(inputs: list[str], engine: str, tmp: Path, name: str, **options: object) -> list[bytes]:
    out = tmp / f"{name}.jsonl"
    lines: list[bytes] = []
    rejects: list[str] = []
    opts = cleaner.Options(keep_duplicates=True, **options)  # type: ignore[arg-type]

    def write(article: cleaner.Article) -> None:
        lines.append(json.dumps(article.to_dict(), ensure_ascii=False, sort_keys=True).encode())

    def reject(item: cleaner.Reject) -> None:
        rejects.append(json.dumps(item.to_dict(), sort_keys=True))

    runner = cleaner.run if engine == "local" else ray_engine.run
    summary = runner(inputs, opts, write=write, reject=reject)
    out.write_bytes(b"\n".join(lines))
    return lines + [r.encode() for r in rejects] + [json.dumps(summary.to_dict(), sort_keys=True).encode()]


@pytest.fixture(scope="module")
def local_ray() -> object:
    if ray.is_initialized():
        ray.shutdown()
    ray_engine.init(num_cpus=2)
    yield ray
    ray.shutdown()


def test_importing_cleaner_does_not_import_ray() -> None:
    code = "import cleaner, cleaner.cli, sys; print('ray' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "False"


def test_fixtures_give_the_same_records(local_ray: object, tmp_path: Path) -> None:
    inputs = [str(p) for p in FIXTURES]
    assert run_engine(inputs, "ray", tmp_path, "ray") == run_engine(inputs, "local", tmp_path, "local")


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(ROOT))
    from scripts.bench_stream import generate

    path = tmp_path_factory.mktemp("dump") / "dump.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for record in generate(int(os.environ.get("RAY_TEST_DOCS", "400"))):
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def generated_local(generated: Path, tmp_path_factory: pytest.TempPathFactory) -> list[bytes]:
    """The local engine's output on the generated dump, compared with more than one Ray run."""
    return run_engine([str(generated)], "local", tmp_path_factory.mktemp("local"), "local", jobs=2)


def test_a_generated_dump_gives_the_same_records_and_clusters(local_ray: object, generated: Path,
                                                              generated_local: list[bytes], tmp_path: Path) -> None:
    ours = run_engine([str(generated)], "ray", tmp_path, "ray", jobs=2)
    local = generated_local
    assert len(ours) == len(local) and ours == local
    assert sum(b'"duplicate_of"' in line for line in local) > 0  # clusters were compared, not only texts


def test_the_tracking_store_is_read_and_written_by_the_driver(local_ray: object, tmp_path: Path) -> None:
    day1, day2 = [str(ROOT / "fixtures" / "holdout")], [str(ROOT / "fixtures" / "holdout"), str(ROOT / "fixtures" / "dedup")]
    results = {}
    for engine in ("ray", "local"):
        state = str(tmp_path / f"{engine}.sqlite")
        results[engine] = (run_engine(day1, engine, tmp_path, "one", state=state),
                           run_engine(day2, engine, tmp_path, "two", state=state))
    assert results["ray"] == results["local"]
    first, second = (json.loads(run[-1]) for run in results["ray"])
    assert first["written"] > 0 and second["known"] == first["written"] + first["duplicates"]


def test_a_simulated_two_node_cluster_gives_the_same_records(tmp_path: Path) -> None:
    from ray.cluster_utils import Cluster

    if ray.is_initialized():
        ray.shutdown()
    cluster = Cluster(initialize_head=True, head_node_args={"num_cpus": 1})
    cluster.add_node(num_cpus=1)
    try:
        ray_engine.init(address=cluster.address)
        assert len([n for n in ray.nodes() if n["Alive"]]) == 2
        inputs = [str(ROOT / "fixtures" / "holdout")]
        assert run_engine(inputs, "ray", tmp_path, "ray") == run_engine(inputs, "local", tmp_path, "local")
    finally:
        ray.shutdown()
        cluster.shutdown()


def _ray_workers() -> list[int]:
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                cmd = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            # a worker running a Data task (not an idle worker, not the node's agents)
            if cmd.startswith(b"ray::") and any(stage in cmd for stage in (b"Map", b"Shuffle", b"Sort")):
                pids.append(int(entry))
    return pids


def test_a_worker_killed_mid_run_loses_and_repeats_nothing(tmp_path: Path, generated: Path,
                                                           generated_local: list[bytes]) -> None:
    if ray.is_initialized():
        ray.shutdown()
    ray_engine.init(num_cpus=2)
    killed: list[int] = []

    def kill_one() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not killed:
            time.sleep(0.2)
            workers = _ray_workers()
            if workers:
                os.kill(workers[0], signal.SIGKILL)  # Ray retries the tasks it was running
                killed.append(workers[0])

    try:
        killer = threading.Thread(target=kill_one)
        killer.start()
        ours = run_engine([str(generated)], "ray", tmp_path, "ray", jobs=2)
        killer.join()
    finally:
        ray.shutdown()
    assert killed
    assert ours == generated_local


def test_clean_dataset_chains_between_a_jobs_read_and_write(local_ray: object) -> None:
    from conftest import make_story

    rows = [{"id": f"r{k}", "url": f"https://zephyrnet.com/es/{k}", "text": make_story(900 + k).dump(),
             "tags": ["plato", "zephyrnet"]} for k in range(5)]
    rows.append({"id": "recrawl", "url": "https://zephyrnet.com/es/0?utm_source=feed", "text": make_story(900).dump()})
    rows.append({"id": "no-body", "title": "A record without a body"})
    articles, rejects = ray_engine.clean_dataset(ray.data.from_items(rows))
    kept = articles.take_all()
    assert len(kept) == 5 and all(r["text"] and r["title"] for r in kept)
    folded = [o["id"] for r in kept for o in r["duplicates"]]
    assert len(folded) == 1 and folded[0] in {"r0", "recrawl"}
    [reject] = rejects.take_all()
    assert reject["origin"]["id"] == "no-body" and "no text" in reject["reason"]
    expected = {make_story(900 + k).title for k in range(5)}
    assert {r["title"] for r in kept} == expected
