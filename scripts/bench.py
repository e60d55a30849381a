#!/usr/bin/env python3
"""Speed as ratios, measured side by side in one run: clean-article against what a user would
use instead, on the same inputs, alternating, each system in a fresh process.

    python scripts/bench.py                 # 3 rounds, 2,000 generated text dumps
    python scripts/bench.py --rounds 1 --dumps 500

Each measurement runs in its own Python process, so its peak RSS (``wait4``) is its own. The
work time excludes imports and reading the inputs into memory (what a long-running job pays
once); the process time includes them (what a one-off command pays). Each side does its work
twice in its process: the first pass pays what is built on first use (rule patterns, the
concept automaton, trafilatura's and jusText's tables), the second is what every later batch
of a long-running job costs; both are printed. Rows:

- HTML: ``cleaner.clean`` on the shared benchmark pages (every step, language included) vs
  ``trafilatura.extract`` (default, and ``fast=True``) on the same decoded pages: pages/s.
- text dumps: ``cleaner.run`` (dedup on) over a folder of generated aggregator dumps vs the I/O
  floor (read, decode, split into lines): MB/s.
- repair: our ftfy use vs ``ftfy.fix_text`` on the same texts (the dumps): MB/s.
- parallel: the CLI with ``-j 2`` vs ``-j 1`` on the same folder (wall time), output compared: the
  generated text dumps, and the benchmark pages copied ``--copies`` times (a run of a few hundred
  pages is dominated by what every run pays once: imports, the first page's tables).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "eval" / "article-extraction-benchmark" / "html"
sys.path.insert(0, str(ROOT))

WORKER = r"""
import gzip, json, os, sys, time
kind, arg = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
if kind.startswith("html"):
    from pathlib import Path
    pages = []
    for p in sorted(Path(arg).iterdir()):
        b = p.read_bytes()
        pages.append(gzip.decompress(b) if p.suffix == ".gz" else b)
    if kind == "html-clean":
        import cleaner
        import cleaner.api  # noqa: F401 - the package imports lazily; imports are setup on both sides
        import trafilatura  # noqa: F401
        def work():
            for b in pages:
                try:
                    cleaner.clean(b, kind="html")
                except cleaner.Rejected:
                    pass
    else:
        import trafilatura
        from scripts.bench_extraction import decode
        texts = [decode(b) for b in pages]
        fast = kind == "html-traf-fast"
        def work():
            for t in texts:
                trafilatura.extract(t, fast=fast)
    units = len(pages)
elif kind == "text-clean":
    import cleaner
    import cleaner.api  # noqa: F401
    units = sum(p.stat().st_size for p in os.scandir(arg)) / 1e6
    def work():
        cleaner.run([arg], cleaner.Options(), write=lambda a: None, reject=lambda r: None)
elif kind == "text-floor":
    units = sum(p.stat().st_size for p in os.scandir(arg)) / 1e6
    def work():
        for entry in sorted(os.scandir(arg), key=lambda e: e.name):
            with open(entry.path, "rb") as fh:
                fh.read().decode("utf-8").splitlines()
elif kind in ("repair-ours", "repair-ftfy"):
    texts = [open(e.path, encoding="utf-8").read() for e in sorted(os.scandir(arg), key=lambda e: e.name)]
    units = sum(len(t.encode()) for t in texts) / 1e6
    if kind == "repair-ours":
        from cleaner.decode import repair
        def work():
            for t in texts:
                repair(t)
    else:
        import ftfy
        def work():
            for t in texts:
                ftfy.fix_text(t)
t1, c1 = time.perf_counter(), time.process_time()
work()
t2, c2 = time.perf_counter(), time.process_time()
work()  # again: what a long-running job's every later batch costs (rules, models and caches built)
t3, c3 = time.perf_counter(), time.process_time()
print(json.dumps({"units": units, "setup": t1 - t0, "work": t2 - t1, "cpu": c2 - c1,
                  "work_warm": t3 - t2, "cpu_warm": c3 - c2}))
"""


def run_worker(kind: str, arg: str) -> dict[str, float]:
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", WORKER, kind, arg], stdout=subprocess.PIPE, env=env)
    out = proc.stdout.read() if proc.stdout else b""
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise SystemExit(f"{kind} failed ({status})")
    result = json.loads(out)
    result["process"] = time.perf_counter() - start
    result["rss_mb"] = usage.ru_maxrss / 1024
    return result


def run_cli(folder: str, jobs: int, out: Path) -> dict[str, float]:
    start = time.perf_counter()
    command = [str(Path(sys.executable).with_name("clean-article")), folder, "-q", "-j", str(jobs), "-o", str(out)]
    proc = subprocess.Popen(command)
    _, status, usage = os.wait4(proc.pid, 0)
    if status:
        raise SystemExit(f"clean-article -j {jobs} failed ({status})")
    return {"process": time.perf_counter() - start, "rss_mb": usage.ru_maxrss / 1024}


def write_dumps(folder: Path, count: int) -> None:
    from scripts.bench_stream import generate

    for i, rec in enumerate(generate(count)):
        text = rec.get("text")
        if text is None:  # feed items: render as a dump with the title on top
            text = f"{rec['title']}\n\n" + str(rec["html"]).replace("</p>", "\n\n").replace("<p>", "")
        (folder / f"{i:06d}.txt").write_text(str(text), encoding="utf-8")


def copy_pages(folder: Path, copies: int) -> None:
    for n in range(copies):
        for page in sorted(PAGES.iterdir()):
            (folder / f"{n}_{page.name}").write_bytes(page.read_bytes())


def median(rows: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dumps", type=int, default=2000, help="generated text dumps")
    parser.add_argument("--only", choices=["html", "text", "repair", "cli"], action="append",
                        help="measure only these rows (repeatable)")
    parser.add_argument("--copies", type=int, default=10, help="copies of the benchmark pages for the CLI row")
    parser.add_argument("--cpu", action="store_true",
                        help="rates from CPU time instead of wall time (steadier on a shared machine)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        dumps = Path(tmp) / "dumps"
        dumps.mkdir()
        write_dumps(dumps, args.dumps)
        pairs = [("HTML pages/s", "html-clean", "html-traf", str(PAGES)),
                 ("HTML pages/s (trafilatura fast=True)", "html-clean", "html-traf-fast", str(PAGES)),
                 ("text MB/s vs I/O floor", "text-clean", "text-floor", str(dumps)),
                 ("repair MB/s vs ftfy.fix_text", "repair-ours", "repair-ftfy", str(dumps))]
        pairs = [p for p in pairs if not args.only or p[1].split("-")[0] in args.only]
        results: dict[str, list[dict[str, float]]] = {}
        for _ in range(args.rounds):  # alternating, so load on the machine hits both sides alike
            for _, ours, theirs, arg in pairs:
                for kind in (ours, theirs):
                    results.setdefault(kind, []).append(run_worker(kind, arg))
        measure_cli = not args.only or "cli" in args.only
        pages = Path(tmp) / "pages"
        pages.mkdir()
        if measure_cli:
            copy_pages(pages, args.copies)
        cli_rows = []
        for label, folder in ((f"CLI -j 2 vs -j 1, {args.dumps} text dumps", dumps),
                              (f"CLI -j 2 vs -j 1, benchmark pages x{args.copies}", pages)):
            cli: dict[int, list[dict[str, float]]] = {1: [], 2: []}
            outs = {j: Path(tmp) / f"out{j}.jsonl" for j in (1, 2)}
            for _ in range(args.rounds if measure_cli else 0):
                for jobs in (1, 2):
                    cli[jobs].append(run_cli(str(folder), jobs, outs[jobs]))
            if measure_cli:
                cli_rows.append((label, cli, outs[1].read_bytes() == outs[2].read_bytes()))
    head = f"{'measure':<48}{'ours':>12}{'reference':>12}{'ratio':>8}{'ours RSS':>10}{'ref RSS':>9}"
    print(head + "  (process s: ours / ref)")
    clock = "cpu" if args.cpu else "work"
    for label, ours, theirs, _ in pairs:
        for suffix, key in (("", clock), (", 2nd pass", clock + "_warm")):
            a = median(results[ours], "units") / median(results[ours], key)
            b = median(results[theirs], "units") / median(results[theirs], key)
            print(f"{label + suffix:<48}{a:>12.2f}{b:>12.2f}{a / b:>7.2f}x"
                  f"{median(results[ours], 'rss_mb'):>9.0f}M{median(results[theirs], 'rss_mb'):>8.0f}M"
                  f"  ({median(results[ours], 'process'):.1f} / {median(results[theirs], 'process'):.1f})")
    for label, cli, identical in cli_rows:
        one, two = median(cli[1], "process"), median(cli[2], "process")
        print(f"{label + ' (wall s)':<48}{two:>12.2f}{one:>12.2f}{one / two:>7.2f}x"
              f"{median(cli[2], 'rss_mb'):>9.0f}M{median(cli[1], 'rss_mb'):>8.0f}M  output identical: {identical}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
