#!/usr/bin/env python3
"""Score HTML body extraction on the article-extraction-benchmark pages.

The metric is the one of the benchmark's own ``evaluate.py``
(scrapinghub/article-extraction-benchmark): the body and the ground-truth
``articleBody`` are tokenised with ``\\w+``, cut into shingles of 4 tokens,
and matched as multisets; each page's tp/fp/fn is normalised to sum 1 so long
pages weigh no more than short ones. Precision is the mean over the pages with
a non-empty prediction, recall the mean over pages with a non-empty truth, and
F1 the harmonic mean of those two means (not the mean of per-page F1s). An
empty prediction therefore counts as recall 0 and is left out of precision.
``--ngram 1`` gives plain token-level figures.

Rows: trafilatura defaults; trafilatura ``favor_precision=True,
include_comments=False``; ``cleaner extract`` (``extract_html`` blocks joined
by blank lines); ``cleaner`` (the full pipeline, when importable).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from statistics import mean

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "eval" / "article-extraction-benchmark"
sys.path.insert(0, str(REPO))

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)

Score = tuple[float, float, float]


def shingles(text: str, n: int) -> Counter[tuple[str, ...]]:
    """Token n-grams as the benchmark counts them (a short text gives one shorter shingle)."""
    tokens = _TOKEN_RE.findall(text or "")
    grams = (tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))
    return Counter(g for g in grams if g)


def match(true: str, pred: str, n: int = 4) -> Score:
    """Normalised (tp, fp, fn) of one page."""
    t, p = shingles(true, n), shingles(pred, n)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def summarise(scores: list[Score]) -> dict[str, float]:
    """Mean precision/recall over pages and F1 of the means, as evaluate.py does."""
    p = mean(_precision(*s) for s in scores if s[0] + s[1] > 0)
    r = mean(_recall(*s) for s in scores if s[0] + s[2] > 0)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1}


def decode(raw: bytes) -> str:
    """Pages are UTF-8 but for a few; fall back to charset detection."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        return str(best) if best is not None else raw.decode("utf-8", "replace")


def load(data: Path) -> list[tuple[str, str, str, str]]:
    """(id, html, url, articleBody) for every page of the benchmark."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key, item in sorted(truth.items()):
        raw = gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes())
        pages.append((key, decode(raw), item.get("url"), item.get("articleBody", "")))
    return pages


def systems() -> tuple[dict[str, Callable[[str, str | None], str]], list[str]]:
    """The rows to score, and notes on rows that could not run."""
    import trafilatura

    from cleaner.extract import extract_html

    rows: dict[str, Callable[[str, str | None], str]] = {
        "trafilatura default": lambda h, u: trafilatura.extract(h, url=u) or "",
        "trafilatura precision": lambda h, u: (
            trafilatura.extract(h, url=u, favor_precision=True, include_comments=False) or ""
        ),
        "cleaner extract": lambda h, u: "\n\n".join(extract_html(h, url=u).blocks),
    }
    notes = []
    try:
        import cleaner

        clean = cleaner.clean  # type: ignore[attr-defined]
    except (ImportError, AttributeError) as err:
        notes.append(f"cleaner: skipped, cleaner.clean is not importable ({err})")
    else:

        rejected = getattr(cleaner, "Rejected", ValueError)

        def full(h: str, u: str | None) -> str:
            try:
                out = clean(h, kind="html", url=u)
            except rejected:  # nothing of an article left: an empty prediction
                return ""
            return (getattr(out, "text", None) or "") if out is not None else ""

        rows["cleaner"] = full
    return rows, notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--json", type=Path, help="write the figures (and per-page scores) here")
    parser.add_argument("--ngram", type=int, default=4, help="shingle size (evaluate.py uses 4)")
    parser.add_argument(
        "--only", action="append", help="score only the rows whose name contains this"
    )
    parser.add_argument(
        "--dump", type=Path, help="write each row's predictions here, one JSON per row"
    )
    args = parser.parse_args(argv)

    warnings.simplefilter("ignore")
    import logging

    logging.disable(logging.CRITICAL)
    pages = load(args.data)
    rows, notes = systems()
    results: dict[str, dict] = {}
    print(f"{len(pages)} pages, shingles of {args.ngram} tokens")
    print(f"{'system':<24} {'precision':>9} {'recall':>7} {'F1':>7} {'empty':>5} {'sec':>6}")
    for name, fn in rows.items():
        if args.only and not any(o in name for o in args.only):
            continue
        start = time.perf_counter()
        scores, preds, empty = [], {}, 0
        for key, html, url, body in pages:
            pred = fn(html, url)
            empty += not pred.strip()
            preds[key] = {"articleBody": pred}
            scores.append(match(body, pred, args.ngram))
        took = time.perf_counter() - start
        figures = summarise(scores)
        figures["empty"] = empty
        print(
            f"{name:<24} {figures['precision']:>9.4f} {figures['recall']:>7.4f} "
            f"{figures['f1']:>7.4f} {empty:>5} {took:>6.1f}"
        )
        results[name] = {
            **figures,
            "pages": {k: list(s) for (k, *_), s in zip(pages, scores, strict=True)},
        }
        if args.dump:
            args.dump.mkdir(parents=True, exist_ok=True)
            safe = name.replace(" ", "_")
            (args.dump / f"{safe}.json").write_text(json.dumps(preds, ensure_ascii=False, indent=1))
    for note in notes:
        print(note)
    if args.json:
        args.json.write_text(
            json.dumps({"ngram": args.ngram, "rows": results, "notes": notes}, indent=1)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
