"""Time and peak memory of the inputs the document limits exist for.

Each case runs in a fresh process, so its peak resident memory (``ru_maxrss``)
is its own; the import baseline is printed for reference. Cases:

* a 100 MB single-line text dump, a 100 MB single JSONL line and a 100 MB
  HTML page, under the default 32 MiB record limit (rejected while reading)
  and with the limit raised above their size (cleaned);
* HTML nested 10,000 and 100,000 deep; an entity-expansion bomb;
* documents holding long runs of spaces, punctuation and separators;
* every module-level regular expression on adversarial runs of growing length
  (the growth factor from 10k to 20k characters is ~2 for linear patterns,
  ~4 for quadratic ones).

Usage: python scripts/bench_limits.py [--mb 100] [--only NAME] [--timeout 900]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import re
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PARA = "The regional council approved the new budget on Tuesday after a long debate about roads. "


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _run_file(path: str, max_mb: int) -> str:
    from cleaner import Options, run

    rejects: list[str] = []
    summary = run([path], Options(max_record_bytes=max_mb * 2**20), write=lambda a: None,
                  reject=lambda r: rejects.append(r.reason))
    return f"{summary.line().split(';')[0]}" + (f" [{rejects[0][:60]}]" if rejects else "")


def make_line(path: Path, mb: int) -> None:
    """A text dump whose body is one line of ``mb`` MiB."""
    with open(path, "wb") as fh:
        fh.write(b"One line dump\n\n")
        chunk = (PARA * (2**20 // len(PARA) + 1)).encode()[: 2**20]
        for _ in range(mb):
            fh.write(chunk)


def make_jsonl_line(path: Path, mb: int) -> None:
    """A JSONL file: one record of ``mb`` MiB, then a normal one."""
    with open(path, "wb") as fh:
        fh.write(b'{"id": "big", "text": "')
        chunk = (PARA * (2**20 // len(PARA) + 1)).encode()[: 2**20]
        for _ in range(mb):
            fh.write(chunk)
        fh.write(b'"}\n{"id": "small", "title": "A short record", "text": "' + (PARA * 3).encode() + b'"}\n')


def make_html(path: Path, mb: int) -> None:
    """One HTML page of ``mb`` MiB of paragraphs."""
    para = f"<p>{PARA}</p>\n".encode()
    with open(path, "wb") as fh:
        fh.write(b"<html><head><title>Big page</title></head><body><article>")
        block = para * (2**20 // len(para))
        for _ in range(mb):
            fh.write(block)
        fh.write(b"</article></body></html>")


def case_deep(depth: int) -> str:
    from cleaner import clean_document

    page = (f"<html><body><article><p>{PARA}</p>" + "<div>" * depth + "<p>deep</p>" + "</div>" * depth
            + "</article></body></html>")
    result, _ = clean_document(page, kind="html")
    return getattr(result, "reason", None) or f"article, {len(result.text)} chars"  # type: ignore[union-attr]


def case_bomb() -> str:
    from cleaner import clean_document

    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    page = f'<!DOCTYPE html [<!ENTITY l0 "lol">{lol}]><html><body><p>&l9; {PARA}</p></body></html>'
    result, _ = clean_document(page, kind="html")
    return getattr(result, "reason", None) or f"article, {len(result.text)} chars"  # type: ignore[union-attr]


def case_runs(piece: str, n: int) -> str:
    """The slowest of three placements of the run: in the title, a short last line, mid-article."""
    from cleaner import clean_document

    run = piece * n  # each line differs, so no per-line cache serves one shape from another
    shapes = {
        "title": f"Title{run}right\n\n{PARA}\n\n{PARA}",
        "last": f"A title\n\nThe regional council approved the new budget.\n\nLast{run}right",
        "middle": f"A title\n\n{PARA}\n\nMiddle{run}right\n\n{PARA}",
    }
    worst = (0.0, "", "")
    for shape, document in shapes.items():
        start = time.perf_counter()
        result, _ = clean_document(document)
        took = time.perf_counter() - start
        if took >= worst[0]:
            worst = (took, shape, getattr(result, "reason", "article"))
    return f"slowest: run in {worst[1]} line, {worst[0]:.2f} s ({worst[2]})"


def case_patterns() -> str:
    import importlib
    import pkgutil

    import cleaner

    modules = [importlib.import_module(info.name) for info in pkgutil.walk_packages(cleaner.__path__, "cleaner.")]
    inputs = {"spaces": " ", "dash-space": "- ", "pipe": " | ", "punct": ".,;:!?-", "dot-quote": '."'}
    lines = []
    for module in modules:
        for name, pattern in vars(module).items():
            if not (isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str)):
                continue
            worst = (0.0, 0.0, "")
            for label, piece in inputs.items():
                times = [_best_split(pattern, (piece * size)[:size] + "x") for size in (10_000, 20_000)]
                if times[1] > worst[1]:
                    worst = (times[0], times[1], label)
            growth = worst[1] / worst[0] if worst[0] > 1e-4 else 2.0
            verdict = "QUADRATIC" if growth > 3 and worst[1] > 0.05 else "linear"
            lines.append(f"    {module.__name__}.{name}: {worst[1] * 1000:.1f} ms at 20k ({worst[2]}), "
                         f"x{growth:.1f} from 10k: {verdict}")
    return "\n" + "\n".join(lines)


def _best_split(pattern: re.Pattern[str], text: str) -> float:
    """The fastest of three splits (one when a split takes over 50 ms)."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        pattern.split(text)
        best = min(best, time.perf_counter() - start)
        if best > 0.05:
            break
    return best


def _child(func: Callable[..., str], args: tuple[Any, ...], queue: mp.Queue) -> None:  # type: ignore[type-arg]
    from cleaner import clean_document

    clean_document("Warm up\n\nThe rule files load and compile on the first call.")  # not part of the case
    base = _rss_mb()
    start = time.perf_counter()
    try:
        outcome = func(*args)
    except BaseException as err:  # noqa: BLE001 -- report, do not hide
        outcome = f"FAILED {type(err).__name__}: {err}"
    queue.put((time.perf_counter() - start, base, _rss_mb(), outcome))


def measure(name: str, func: Callable[..., str], args: tuple[Any, ...], timeout: float) -> None:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(func, args, queue))
    proc.start()
    try:
        took, base, peak, outcome = queue.get(timeout=timeout)
    except Exception:  # noqa: BLE001 -- queue.Empty: the case ran out of time
        proc.kill()
        print(f"{name:<28} > {timeout:.0f} s (killed)", flush=True)
        return
    proc.join()
    print(f"{name:<28} {took:8.2f} s  peak {peak:7.0f} MB (baseline {base:.0f} MB)  {outcome}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=int, default=100, help="size of the big inputs (default 100)")
    parser.add_argument("--only", default=None, help="run the cases whose name contains this")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per case")
    opts = parser.parse_args()
    mb = opts.mb
    tmp = tempfile.TemporaryDirectory(prefix="bench-limits-")
    files = {"line": make_line, "jsonl": make_jsonl_line, "html": make_html}
    paths = {kind: str(Path(tmp.name) / f"big.{'txt' if kind == 'line' else kind}") for kind in files}
    cases: list[tuple[str, Callable[..., str], tuple[Any, ...]]] = [
        (f"line-{mb}mb-limit-32", _run_file, (paths["line"], 32)),
        (f"jsonl-line-{mb}mb-limit-32", _run_file, (paths["jsonl"], 32)),
        (f"html-{mb}mb-limit-32", _run_file, (paths["html"], 32)),
        (f"line-{mb}mb-limit-{2 * mb}", _run_file, (paths["line"], 2 * mb)),
        (f"html-{mb}mb-limit-{2 * mb}", _run_file, (paths["html"], 2 * mb)),
        ("deep-html-10000", case_deep, (10_000,)),
        ("deep-html-100000", case_deep, (100_000,)),
        ("entity-bomb", case_bomb, ()),
        ("doc-spaces-10k", case_runs, (" ", 10_000)),
        ("doc-spaces-40k", case_runs, (" ", 40_000)),
        ("doc-pipes-40k", case_runs, (" | ", 13_000)),
        ("doc-punct-40k", case_runs, (".,;:!?-", 6_000)),
        ("doc-dash-space-40k", case_runs, ("- ", 20_000)),
        ("patterns", case_patterns, ()),
    ]
    with tmp:
        for name, func, args in cases:
            if opts.only is not None and opts.only not in name:
                continue
            if func is _run_file and not os.path.exists(args[0]):
                kind = next(k for k, p in paths.items() if p == args[0])
                files[kind](Path(args[0]), mb)  # written here, so the case measures reading only
            measure(name, func, args, opts.timeout)


if __name__ == "__main__":
    main()
