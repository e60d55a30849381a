"""Benchmark duplicate detection on synthetic-but-realistic documents.

Generates N documents (default 200,000) in six scripts (Latin en/es, Cyrillic, Bengali,
Han, kana, Thai) from per-language synthetic vocabularies with a Zipf-like word
distribution; about a quarter belong to near-duplicate families (recrawls with a revised
paragraph, extra echo/trailer lines, exact copies) and some are same-title daily posts from
one template with different numbers and sentences. The corpus is generated once into a
JSONL file (untimed, cached by size); the timed part reads it, computes signatures in a
process pool as the pipeline does, and feeds every item to ``Deduper.add`` in input order.

Reports documents/s for signing and for clustering (+ commit), peak RSS of the process,
the tracemalloc peak of the clustering phase, and pairwise precision/recall against the
generated families. Run once without and once with a state file::

    python scripts/bench_dedup.py --docs 200000
    python scripts/bench_dedup.py --docs 200000 --state /tmp/bench-state.sqlite
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import threading
import time
import tracemalloc
from array import array
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate
from math import comb
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cleaner.dedup import Deduper, item_from  # noqa: E402
from cleaner.dedup.store import Store  # noqa: E402
from cleaner.model import Origin  # noqa: E402

SCRIPTS = {  # lang -> (alphabet, spaced)
    "en": ("abcdefghijklmnopqrstuvwxyz", True),
    "es": ("abcdefghijlmnopqrstuvzáéíóñ", True),
    "ru": ("абвгдеёжзийклмнопрстуфхцчшщыэюя", True),
    "bn": ("কখগঘচছজঝটঠডতথদধনপফবভমযরলশসহািীুূেোং", True),
    "zh": ("的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家"
           "学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本"
           "见经头面公同三已老从动两长", False),
    "ja": ("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわを"
           "んアイウエオカキクケコサシスセソ日本銀行金利市場政府経済年月", False),
    "th": ("กขคงจฉชซญดตถทธนบปผพฟภมยรลวศสหอฮะาิีึืุูเแโใไ่้๊๋ั็์", False),
}


class Lang:
    def __init__(self, lang: str, rnd: random.Random) -> None:
        alphabet, self.spaced = SCRIPTS[lang]
        self.lang = lang
        size = 20000 if self.spaced else 3000
        self.words = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(2, 9)))
                      for _ in range(size)]
        self.cum = list(accumulate(1.0 / (i + 1) for i in range(size)))

    def sentence(self, rnd: random.Random, n: int) -> str:
        words = rnd.choices(self.words, cum_weights=self.cum, k=n)
        sep = " " if self.spaced else ""
        return sep.join(words) + ("." if self.spaced else "。")

    def paragraph(self, rnd: random.Random) -> str:
        sep = " " if self.spaced else ""
        return sep.join(self.sentence(rnd, rnd.randint(8, 22)) for _ in range(rnd.randint(2, 4)))


def documents(n: int, seed: int = 7) -> Iterator[tuple[str | None, str, str, int]]:
    """Yield (title, body, lang, family) in input order; family -1 = singleton."""
    rnd = random.Random(seed)
    langs = {name: Lang(name, rnd) for name in SCRIPTS}
    pending: list[tuple[int, tuple[str | None, str, str, int]]] = []
    family = 0
    made = 0
    while made < n:
        pending.sort(key=lambda p: p[0])
        if pending and pending[0][0] <= made:
            yield pending.pop(0)[1]
            made += 1
            continue
        lang = langs[rnd.choice(list(SCRIPTS))]
        title = lang.sentence(rnd, rnd.randint(5, 11)).rstrip(".。")
        paras = [lang.paragraph(rnd) for _ in range(rnd.randint(5, 10))]
        kind = rnd.random()
        if kind < 0.25:  # near-duplicate family: copies later in the stream
            fam = family
            family += 1
            yield title, "\n\n".join(paras), lang.lang, fam
            for _ in range(rnd.randint(1, 3)):
                copy = list(paras)
                if rnd.random() < 0.7:
                    copy[rnd.randrange(len(copy))] = lang.paragraph(rnd)
                if rnd.random() < 0.5:
                    copy = [f"{title} - PlatoBlockchain Data Intelligence"] + copy
                if rnd.random() < 0.5:
                    copy.append("Time Stamp:")
                pending.append((made + rnd.randint(1, 5000), (title, "\n\n".join(copy),
                                                              lang.lang, fam)))
        elif kind < 0.30:  # same-title daily post from one template, different numbers/news
            template = [lang.sentence(rnd, 14) for _ in range(4)]
            for _day in range(2):
                nums = [f"{rnd.randint(10000, 99999):,}" for _ in range(6)]
                body = [f"{template[0]} {nums[0]} {nums[1]}", lang.paragraph(rnd),
                        f"{template[1]} {nums[2]} {nums[3]}", f"{template[2]} {nums[4]}",
                        lang.paragraph(rnd), template[3]]
                yield "Bitcoin Price Today", "\n\n".join(body), lang.lang, -1
                made += 1
            continue
        else:
            yield title, "\n\n".join(paras), lang.lang, -1
        made += 1


def sign(args: tuple[int, str]):
    seq, line = args
    rec = json.loads(line)
    return item_from(seq, Origin("bench.jsonl", seq), rec["title"], rec["text"], rec["lang"])


def corpus(n: int, directory: Path) -> Path:
    """The generated corpus as JSONL (written once per size)."""
    path = directory / f"bench-dedup-{n}.jsonl"
    if not path.exists():
        tmp = path.with_suffix(".part")
        with tmp.open("w", encoding="utf-8") as out:
            for title, body, lang, fam in documents(n):
                rec = {"title": title, "text": body, "lang": lang, "family": fam}
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        tmp.rename(path)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200_000)
    ap.add_argument("--state", type=Path, default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--corpus-dir", type=Path, default=Path(tempfile.gettempdir()))
    ap.add_argument("--tracemalloc", action="store_true",
                    help="also trace Python allocations (several times slower)")
    args = ap.parse_args()

    from multiprocessing import get_context

    path = corpus(args.docs, args.corpus_dir)
    families = array("l")
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            families.append(int(line.rsplit('"family": ', 1)[1].rstrip("}\n")))

    # bounded in flight, as the pipeline's ordered map is: the pool's feeder thread would
    # otherwise queue the whole corpus and the RSS would measure the queue, not dedup
    in_flight = threading.BoundedSemaphore(8192)

    def tasks() -> Iterator[tuple[int, str]]:
        with path.open(encoding="utf-8") as fh:
            for task in enumerate(fh):
                in_flight.acquire()
                yield task

    store = Store.open(args.state) if args.state else None
    deduper = Deduper(store)
    t0 = time.perf_counter()
    cpu0 = time.process_time()
    sign_time = 0.0
    add_time = 0.0
    add_cpu = 0.0
    if args.tracemalloc:
        tracemalloc.start()
    with get_context("fork").Pool(args.jobs) as pool:
        it = pool.imap(sign, tasks(), chunksize=256)
        while True:
            s = time.perf_counter()
            item = next(it, None)
            sign_time += time.perf_counter() - s
            if item is None:
                break
            in_flight.release()
            s = time.perf_counter()
            c = time.process_time()
            deduper.add(item)
            add_time += time.perf_counter() - s
            add_cpu += time.process_time() - c
    s = time.perf_counter()
    result = deduper.clusters()
    counts = result.counts()
    cluster_time = time.perf_counter() - s
    s = time.perf_counter()
    commit = deduper.commit()
    commit_time = time.perf_counter() - s
    traced_peak = tracemalloc.get_traced_memory()[1] if args.tracemalloc else 0
    tracemalloc.stop()
    total = time.perf_counter() - t0
    main_cpu = time.process_time() - cpu0

    # pairwise quality against the generated families
    reps = [result.representative(seq) for seq in range(len(families))]
    fam_sizes = Counter(f for f in families if f >= 0)
    true_pairs = sum(comb(c, 2) for c in fam_sizes.values())
    pred_pairs = sum(comb(c, 2) for c in Counter(reps).values())
    tp = sum(comb(c, 2) for c in Counter((r, f) for r, f in zip(reps, families, strict=True)
                                         if f >= 0).values())
    deduper.close()
    stats = store.stats() if store else None
    if store:
        store.close()
    n = args.docs
    workers_cpu = sum(getattr(resource.getrusage(resource.RUSAGE_CHILDREN), f)
                      for f in ("ru_utime", "ru_stime"))
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents: {n}  state: {args.state or '-'}  jobs: {args.jobs}")
    print(f"wall: {total:.1f}s  overall {n / total:,.0f} docs/s")
    print(f"main-process time waiting for signatures: {sign_time:.1f}s")
    print(f"CPU: signing workers {workers_cpu:.1f}s = {n / max(workers_cpu, 1e-9):,.0f} "
          f"docs/cpu-s; Deduper.add {add_cpu:.1f}s = {n / max(add_cpu, 1e-9):,.0f} "
          f"docs/cpu-s; main process total {main_cpu:.1f}s")
    print(f"clustering (Deduper.add): {add_time:.1f}s = {n / add_time:,.0f} docs/s; "
          f"clusters(): {cluster_time:.1f}s; commit: {commit_time:.1f}s")
    traced = f"; tracemalloc peak: {traced_peak / 2**20:.1f} MB" if args.tracemalloc else ""
    print(f"peak RSS (main process): {rss_mb:.0f} MB{traced}")
    print(f"counts: {counts}; commit: {commit}")
    print(f"pairs: true {true_pairs}, predicted {pred_pairs}, correct {tp}; "
          f"precision {tp / max(pred_pairs, 1):.4f}, recall {tp / max(true_pairs, 1):.4f}")
    if stats:
        print(f"store: {stats}")


if __name__ == "__main__":
    main()
