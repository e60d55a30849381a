#!/usr/bin/env python3
"""Recall on real articles republished by the network: every paragraph must survive.

Each article (the ground-truth bodies of the article-extraction benchmark, and the clean
negative controls of the labelled fixtures) is wrapped the way the network republishes a page:
its title echoed with an outlet and the brand phrase, the "Time Stamp:" / "More from" block
below; and again with no outlet named anywhere, as the network's feeds serve it. The wrapping
is all the cleaner may remove; a paragraph it takes besides is article text lost on a
republished page, which the fixtures' own records cannot show often enough.

    python scripts/republish_recall.py                  # both sources, a summary
    python scripts/republish_recall.py --show           # every lost paragraph, with its rule
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import cleaner  # noqa: E402

BENCHMARK = ROOT.parent / "shared" / "eval" / "article-extraction-benchmark" / "ground-truth.json"
OUTLET = "Kryptoverse"
WRAPPING = {"title-echo", "label", "outlet-link", "network-brand"}


def benchmark_articles(path: Path) -> Iterator[tuple[str, str, list[str]]]:
    """(name, title, paragraphs) of the benchmark's ground-truth bodies."""
    if not path.is_file():
        return
    for key, value in json.loads(path.read_text(encoding="utf-8")).items():
        paras = [p.strip() for p in value["articleBody"].split("\n") if p.strip()]
        if len(paras) >= 3:
            yield f"benchmark/{key[:8]}", f"Article {key[:8]} of the extraction benchmark", paras


def fixture_negatives(root: Path) -> Iterator[tuple[str, str, list[str]]]:
    """(name, title, paragraphs) of every clean negative control of the labelled fixtures."""
    for side in sorted(root.glob("*/**/*.expected.json")):
        if "_generator" in side.parts:
            continue
        data = json.loads(side.read_text(encoding="utf-8"))
        if not data.get("negative"):
            continue
        for k, record in enumerate(data["records"]):
            paras = [p for p in record["text"].split("\n\n") if p.strip()]
            if paras:
                name = f"{side.relative_to(root).as_posix().removesuffix('.expected.json')}#{k}"
                yield name, record.get("title") or "Untitled", paras


def republished(title: str, paras: list[str], outlet: bool = True) -> str:
    """The page as the network serves it: with the outlet named in the echoes and the footer, or
    (``outlet`` false) with the bare title and no outlet anywhere, as in its feeds."""
    if not outlet:
        return "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", *paras,
                            "Time Stamp:"])
    return "\n\n".join([f"{title} - {OUTLET}",
                        f"{title} - {OUTLET} PlatoBlockchain Data Intelligence. Vertical Search. Ai.",
                        *paras, "Time Stamp:", f"More from {OUTLET}"])


def norm(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").split())  # the cleaner removes soft hyphens


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--benchmark", type=Path, default=BENCHMARK)
    ap.add_argument("--fixtures", type=Path, default=ROOT / "fixtures")
    ap.add_argument("--show", action="store_true", help="print every lost paragraph")
    args = ap.parse_args()
    runs = [(f"{label}{suffix}", articles, outlet)
            for outlet, suffix in ((True, ""), (False, ", no outlet named"))
            for label, articles in (("benchmark articles", list(benchmark_articles(args.benchmark))),
                                    ("fixture negatives", list(fixture_negatives(args.fixtures))))]
    for label, articles, outlet in runs:
        pages = hit = paras_total = lost_total = 0
        for name, title, paras in articles:
            pages += 1
            paras_total += len(paras)
            try:
                article = cleaner.clean(republished(title, paras, outlet), kind="text")
            except cleaner.Rejected as err:
                hit += 1
                lost_total += len(paras)
                print(f"  {name}: rejected ({err})")
                continue
            kept = {norm(p) for p in article.text.split("\n\n")}
            lost = [p for p in paras if norm(p) not in kept]
            if lost:
                hit += 1
                lost_total += len(lost)
                if args.show:
                    rules = sorted({r.rule for r in article.removed if r.rule not in WRAPPING})
                    for p in lost:
                        print(f"  {name}: {p[:100]!r} {rules}")
        if pages:
            print(f"{label}: {pages} pages, {hit} lose lines; {lost_total} of {paras_total} paragraphs lost "
                  f"(recall {1 - lost_total / paras_total:.4f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
