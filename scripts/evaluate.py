#!/usr/bin/env python3
"""Score the cleaner on the labelled fixtures; print tables per language, layout and format.

    python scripts/evaluate.py                 # fixtures/cases, tables on stdout
    python scripts/evaluate.py --failures      # also list each miss
    python scripts/evaluate.py --together      # the whole set as one run, as a user cleans a folder
    python scripts/evaluate.py --json out.json # figures for the README
    python scripts/evaluate.py --fixtures fixtures/blind --set edges.phrase_words=30   # sweep one setting
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cleaner import Options, Settings  # noqa: E402
from scripts.scoring import evaluate, evaluate_dedup  # noqa: E402

COLUMNS = ["records", "precision", "recall", "boilerplate_left", "title_exact", "source_match",
           "negatives_untouched"]


def table(title: str, rows: dict[str, dict]) -> str:
    head = f"{title:<18}" + "".join(f"{c:>20}" for c in COLUMNS)
    lines = [head, "-" * len(head)]
    for key, row in rows.items():
        lines.append(f"{key:<18}" + "".join(f"{row[c]!s:>20}" for c in COLUMNS))
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fixtures", default=str(ROOT / "fixtures" / "cases"))
    parser.add_argument("--dedup", default=str(ROOT / "fixtures" / "dedup"), help="duplicate cases")
    parser.add_argument("--json", help="write the tables as JSON here")
    parser.add_argument("--together", action="store_true",
                        help="clean the whole set as one run (corpus steps see every file), as a user cleans a folder")
    parser.add_argument("--failures", action="store_true", help="list every record that misses")
    parser.add_argument("--set", action="append", default=[], metavar="GROUP.NAME=VALUE",
                        help="run with one setting changed (repeatable); see cleaner/settings.py")
    args = parser.parse_args()
    settings = Settings()
    for assignment in args.set:
        name, _, value = assignment.partition("=")
        settings = settings.with_value(name.strip(), value.strip())
    results, tables = evaluate(args.fixtures, Options(settings=settings), together=args.together)
    for group in ("all", "layout", "format", "lang"):
        print(table(group, tables[group]))
        print()
    per_case, total = evaluate_dedup(args.dedup)
    print(f"{'duplicates':<18}{'precision':>12}{'recall':>10}{'pairs':>8}{'false merges':>14}{'same-title':>12}")
    for name, sc in [*per_case.items(), ("all", total)]:
        pairs = sc.true_pos + sc.false_neg
        print(f"{name:<18}{sc.precision:>12.4f}{sc.recall:>10.4f}{pairs:>8}{len(sc.false_merges):>14}"
              f"{len(sc.same_title_false_merges):>12}")
    print()
    tables["duplicates"] = {name: sc.to_dict() for name, sc in [*per_case.items(), ("all", total)]}
    if args.failures:
        for name, sc in per_case.items():
            for pair in sc.false_merges:
                print(f"dedup {name}: false merge {pair}")
            for pair in sc.missed:
                print(f"dedup {name}: missed {pair}")
        for r in results:
            problems = []
            if r.reject:
                problems.append(f"rejected: {r.reject}")
            if not r.title_ok:
                problems.append(f"title {r.got and r.got['title']!r} != {r.expected['title']!r}")
            if not r.source_ok:
                problems.append(f"source {r.got and r.got['source']!r} != {r.expected.get('source')!r}")
            if r.recall < 0.999:
                problems.append(f"recall {r.recall:.3f}")
            if r.precision < 0.999:
                problems.append(f"precision {r.precision:.3f}")
            if r.boilerplate_left:
                problems.append(f"left {r.boilerplate_left}")
            if r.negative and not r.untouched:
                problems.append("negative control changed")
            if problems:
                print(f"{r.fixture}#{r.index}:")
                for p in problems:
                    print(f"    {p}")
    if args.json:
        Path(args.json).write_text(json.dumps(tables, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
