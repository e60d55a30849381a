#!/usr/bin/env python3
"""The Ray engine against the local one on a generated dump, in one run.

    python scripts/bench_ray.py                  # 20,000 documents, 2 CPUs each
    python scripts/bench_ray.py --docs 5000

Prints docs/s of the local engine (``-j 2``) and of the Ray engine on a local runtime with 2 CPUs,
the cost of starting Ray, and whether both wrote the same records.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cleaner  # noqa: E402
from cleaner import ray_engine  # noqa: E402
from scripts.bench_stream import generate  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--cpus", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-ray-") as tmp:
        dump = Path(tmp) / "dump.jsonl.gz"
        with gzip.open(dump, "wt", encoding="utf-8") as fh:
            for record in generate(args.docs):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        outputs: dict[str, list[str]] = {"local": [], "ray": []}
        timing: dict[str, float] = {}
        options = cleaner.Options(jobs=args.cpus, keep_duplicates=True)
        start = time.perf_counter()
        cleaner.run([str(dump)], options, write=lambda a: outputs["local"].append(json.dumps(a.to_dict())),
                    reject=lambda r: None)
        timing["local"] = time.perf_counter() - start
        start = time.perf_counter()
        ray_engine.init(num_cpus=args.cpus)
        timing["ray start"] = time.perf_counter() - start
        start = time.perf_counter()
        ray_engine.run([str(dump)], options, write=lambda a: outputs["ray"].append(json.dumps(a.to_dict())),
                       reject=lambda r: None)
        timing["ray"] = time.perf_counter() - start
    same = outputs["local"] == outputs["ray"]
    print(f"{args.docs} documents, {args.cpus} CPUs")
    print(f"local -j {args.cpus}: {timing['local']:.1f} s = {args.docs / timing['local']:.0f} docs/s")
    print(f"ray:       {timing['ray']:.1f} s = {args.docs / timing['ray']:.0f} docs/s "
          f"(+ {timing['ray start']:.1f} s to start the runtime)")
    print(f"same records: {same} ({len(outputs['local'])} records)")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
