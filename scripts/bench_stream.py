#!/usr/bin/env python3
"""Throughput and memory of ``clean-article`` on a large gzipped JSONL dump.

Generates a dump of realistic aggregator records (multilingual bodies of
5-12 paragraphs, title echoes with translated brand tails, trailing
"Time Stamp:" / "More from" blocks, platodata bottom links, ~10% recrawled
near-duplicates), then runs the installed command on it and reports wall
time, documents per second and peak memory. Peak memory is measured two
ways: the sum of VmRSS over the whole process tree (command + workers),
sampled every 0.1 s, and the largest single process (``wait4`` rusage,
which covers reaped descendants). Running several sizes shows whether
memory stays flat as the dump grows.

    python scripts/bench_stream.py                        # 20k, 50k, 200k records; -j 1 and -j 2
    python scripts/bench_stream.py --records 20000 --jobs 2
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMAND = Path(sys.executable).with_name("clean-article")

NAMES = ["Maria Okafor", "Kenji Tanaka", "Aisha Haddad", "Lukas Schulz", "Priya Raman", "Tomás Reyes",
         "Ingrid Lindqvist", "Omar Mensah", "Sofia Bianchi", "Daniel Novak", "Mei Park", "Elena Ivanova",
         "Rafael Duarte", "Hannah Cohen", "Yusuf Varga", "Chiara Moreau", "Anders Nakamura", "Leila Fernandes"]
ORGS = ["Meridian Capital", "Northwind Labs", "Halcyon Networks", "Brightwater Bio", "Vantage Robotics",
        "Coastal Freight", "Keystone Semiconductors", "Aurora Payments", "Bluefin Exchange", "Solstice Energy",
        "Ironbark Mining", "Lumen Health", "Quayside Logistics", "Tern Aerospace", "Galena Ventures"]
CITIES = ["Lisbon", "Nairobi", "Osaka", "Rotterdam", "Montreal", "Kraków", "Valparaíso", "Tbilisi", "Hanoi",
          "Auckland", "Dakar", "Tallinn", "Porto Alegre", "Gdańsk", "Cebu", "Marrakesh", "Lagos", "Bergen"]
OUTLETS = ["Decrypt", "CoinDesk", "TechCrunch", "Bitcoinist", "VentureBeat", "The Block", "NewsBTC", "BBC"]

# Per language: sentence templates, the translated brand tail, "Time Stamp:", "More from {outlet}",
# the newsletter pitch. Slots: {org} {org2} {city} {name} {n} {m} {p}.
LANGS: dict[str, dict[str, object]] = {
    "en": {
        "sentences": [
            "{org} said on Tuesday it would invest {n} million dollars in a new plant near {city}.",
            "\u201cWe expect demand to keep growing for at least {m} more years,\u201d said {name}, who runs "
            "the {city} office of {org}.",
            "Shares of {org2} rose {p} percent after the announcement, the biggest gain since {m} years ago.",
            "Analysts at {org2} warned that the project could cost {n} million dollars more than planned.",
            "Regulators in {city} have asked {org} to publish details of the deal within {m} weeks.",
        ],
        "brand": "PlatoBlockchain Data Intelligence. Vertical Search. Ai.",
        "stamp": "Time Stamp:", "more": "More from {outlet}",
        "pitch": "Stay on top of crypto news, get daily updates in your inbox.",
    },
    "es": {
        "sentences": [
            "{org} dijo el martes que invertirá {n} millones de dólares en una nueva planta cerca de {city}.",
            "\u201cEsperamos que la demanda siga creciendo al menos {m} años más\u201d, dijo {name}, quien dirige "
            "la oficina de {org} en {city}.",
            "Las acciones de {org2} subieron un {p} por ciento tras el anuncio, la mayor subida en {m} años.",
            "Los analistas de {org2} advirtieron que el proyecto podría costar {n} millones de dólares más.",
            "Los reguladores de {city} pidieron a {org} publicar los detalles del acuerdo en {m} semanas.",
        ],
        "brand": "Inteligencia de datos PlatoBlockchain. Búsqueda vertical. Ai.",
        "stamp": "Sello de tiempo:", "more": "Más de {outlet}",
        "pitch": "Manténgase al tanto de las noticias cripto, reciba actualizaciones diarias en su bandeja de entrada.",
    },
    "de": {
        "sentences": [
            "{org} kündigte am Dienstag an, {n} Millionen Euro in ein neues Werk bei {city} zu investieren.",
            "\u201eWir erwarten, dass die Nachfrage noch mindestens {m} Jahre wächst\u201c, sagte {name}, der das "
            "Büro von {org} in {city} leitet.",
            "Die Aktie von {org2} stieg nach der Mitteilung um {p} Prozent, der größte Zuwachs seit {m} Jahren.",
            "Analysten von {org2} warnten, das Projekt könne {n} Millionen Euro mehr kosten als geplant.",
            "Die Aufsicht in {city} forderte {org} auf, Einzelheiten des Geschäfts binnen {m} Wochen offenzulegen.",
        ],
        "brand": "PlatoBlockchain-Datenintelligenz. Vertikale Suche. Ai.",
        "stamp": "Zeitstempel:", "more": "Mehr von {outlet}",
        "pitch": "Bleiben Sie bei Krypto-Nachrichten auf dem Laufenden und erhalten Sie tägliche Updates.",
    },
    "fr": {
        "sentences": [
            "{org} a annoncé mardi un investissement de {n} millions d'euros dans une usine près de {city}.",
            "\u00ab Nous pensons que la demande va croître encore au moins {m} ans \u00bb, a déclaré {name}, "
            "qui dirige le bureau de {org} à {city}.",
            "L'action {org2} a gagné {p} % après l'annonce, sa plus forte hausse depuis {m} ans.",
            "Les analystes de {org2} estiment que le projet pourrait coûter {n} millions d'euros de plus.",
            "Le régulateur de {city} a demandé à {org} de publier les détails de l'accord sous {m} semaines.",
        ],
        "brand": "Intelligence des données PlatoBlockchain. Recherche verticale. Ai.",
        "stamp": "Horodatage :", "more": "Plus de {outlet}",
        "pitch": "Restez au courant de l'actualité crypto, recevez des mises à jour quotidiennes.",
    },
    "ru": {
        "sentences": [
            "Компания {org} во вторник сообщила, что вложит {n} млн долларов в новый завод под городом {city}.",
            "\u00abМы ожидаем, что спрос будет расти ещё как минимум {m} лет\u00bb, — сказал {name}, "
            "руководитель офиса {org} в городе {city}.",
            "Акции {org2} выросли на {p}% после объявления, это крупнейший рост за {m} лет.",
            "Аналитики {org2} предупредили, что проект может обойтись на {n} млн долларов дороже.",
            "Регулятор в городе {city} попросил {org} раскрыть детали сделки в течение {m} недель.",
        ],
        "brand": "Платон Блокчейн Интеллект данных. Вертикальный поиск. Ай.",
        "stamp": "Отметка времени:", "more": "Больше от {outlet}",
        "pitch": "Будьте в курсе новостей криптовалют, получайте ежедневные обновления.",
    },
    "pt": {
        "sentences": [
            "A {org} disse na terça-feira que vai investir {n} milhões de dólares numa fábrica perto de {city}.",
            "\u201cEsperamos que a procura continue a crescer pelo menos mais {m} anos\u201d, disse {name}, "
            "que dirige o escritório da {org} em {city}.",
            "As ações da {org2} subiram {p} por cento após o anúncio, a maior alta em {m} anos.",
            "Analistas da {org2} alertaram que o projeto pode custar {n} milhões de dólares a mais.",
            "O regulador de {city} pediu à {org} que divulgue os detalhes do acordo em {m} semanas.",
        ],
        "brand": "Inteligência de dados PlatoBlockchain. Pesquisa vertical. Ai.",
        "stamp": "Carimbo de hora:", "more": "Mais de {outlet}",
        "pitch": "Fique por dentro das notícias de criptomoedas, receba atualizações diárias.",
    },
}
BOTTOM_LINKS = [
    "SEO Powered Content & PR Distribution. Get Amplified Today.",
    "PlatoData.Network Vertical Generative Ai. Empower Yourself. Access Here.",
    "PlatoAiStream. Web3 Intelligence. Knowledge Amplified. Access Here.",
    "PlatoESG. Carbon, CleanTech, Energy, Environment, Solar, Waste Management. Access Here.",
    "PlatoHealth. Biotech and Clinical Trials Intelligence. Access Here.",
]
POOL = 4000  # sentences per language; bodies draw from the pool


def _fill(r: random.Random, template: str) -> str:
    return template.format(org=r.choice(ORGS), org2=r.choice(ORGS), city=r.choice(CITIES), name=r.choice(NAMES),
                           n=r.randrange(2, 9999), m=r.randrange(2, 40), p=f"{r.randrange(1, 40)},{r.randrange(10)}")


def _pools(r: random.Random) -> dict[str, list[str]]:
    return {lang: [_fill(r, r.choice(spec["sentences"])) for _ in range(POOL)]  # type: ignore[arg-type]
            for lang, spec in LANGS.items()}


@dataclass
class Base:
    """An article before the network republishes it."""

    key: int
    lang: str
    title: str
    outlet: str
    paragraphs: list[str]


def _article(r: random.Random, key: int, pools: dict[str, list[str]]) -> Base:
    lang = r.choice(list(LANGS))
    pool = pools[lang]
    paragraphs = [" ".join(r.choices(pool, k=r.randrange(2, 5))) for _ in range(r.randrange(5, 13))]
    words = pool[r.randrange(POOL)].split()[: r.randrange(6, 11)]
    title = f"{r.choice(ORGS)}, {r.choice(CITIES)} #{r.randrange(1000, 99999)}: " + " ".join(words).rstrip(" ,.")
    return Base(key, lang, title, r.choice(OUTLETS), paragraphs)


def _recrawl(r: random.Random, base: Base, pools: dict[str, list[str]]) -> Base:
    paragraphs = list(base.paragraphs)
    i = r.randrange(len(paragraphs))
    paragraphs[i] = paragraphs[i] + " " + r.choice(pools[base.lang])
    return Base(base.key, base.lang, base.title, base.outlet, paragraphs)


def _record(r: random.Random, base: Base, seq: int) -> dict[str, object]:
    spec = LANGS[base.lang]
    url = f"https://zephyrnet.com/{base.lang}/story-{base.key}/?utm_source=feed&utm_medium=rss&fbclid=x{seq}"
    rec: dict[str, object] = {"id": f"z{seq}", "url": url, "lang": base.lang,
                              "published": f"2024-{1 + seq % 12:02d}-{1 + seq % 28:02d}T10:00:00Z"}
    if r.random() < 0.6:  # zephyrnet text dump
        brand = str(spec["brand"])
        half = len(base.paragraphs) // 2
        lines = [f"{base.title} - {base.outlet}", f"{base.title} - {base.outlet} {brand}", *base.paragraphs[:half],
                 f"{r.choice(ORGS)} {brand}", *base.paragraphs[half:], str(spec["pitch"]), str(spec["stamp"]),
                 str(spec["more"]).format(outlet=base.outlet)]
        rec["text"] = "\n\n".join(lines)
    else:  # platodata feed item
        body = "".join(f"<p>{p}</p>" for p in base.paragraphs)
        links = "".join(f"<li>{line}</li>" for line in BOTTOM_LINKS)
        source = f"<li>Source: https://example.com/{base.key}</li>"
        rec["title"] = base.title
        rec["html"] = f'{body}<ul class="plato-post-bottom-links">{links}{source}</ul>'
        rec["author"] = "Republished By Plato"
        rec["tags"] = ["plato", "Plato Data Intelligence", "PlatoData", "zephyrnet"]
    return rec


def generate(count: int, seed: int = 7) -> Iterator[dict[str, object]]:
    """``count`` records; about one in ten re-publishes a recent article with a change."""
    r = random.Random(seed)
    pools = _pools(r)
    recent: deque[Base] = deque(maxlen=5000)
    for seq in range(count):
        if recent and r.random() < 0.10:
            base = _recrawl(r, r.choice(recent), pools)
        else:
            base = _article(r, seq, pools)
            recent.append(base)
        yield _record(r, base, seq)


def write_dump(path: Path, count: int) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=5) as fh:
        for rec in generate(count):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


# -- measuring ---------------------------------------------------------------------------


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2 :].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(root: int) -> int:
    """VmRSS summed over ``root`` and all its descendants."""
    tree = _children()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _rss_kb(pid)
        stack.extend(tree.get(pid, []))
    return total


@dataclass
class Result:
    records: int
    jobs: int
    seconds: float
    tree_peak_mb: float
    process_peak_mb: float
    written: str


def measure(dump: Path, records: int, jobs: int, out_dir: Path) -> Result:
    out = out_dir / f"clean-{records}-j{jobs}.jsonl"
    stderr = out_dir / f"stderr-{records}-j{jobs}.txt"
    peak = 0
    done = threading.Event()
    trace = (out_dir / f"rss-{records}-j{jobs}.tsv").open("w")  # seconds, tree RSS kB: the memory curve
    with stderr.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen([str(COMMAND), str(dump), "-j", str(jobs), "-o", str(out), "--no-progress"],
                                stdout=subprocess.DEVNULL, stderr=err)

        def sample() -> None:
            nonlocal peak
            ticks = 0
            while not done.is_set():
                rss = tree_rss_kb(proc.pid)
                peak = max(peak, rss)
                if ticks % 10 == 0:
                    trace.write(f"{time.perf_counter() - start:.1f}\t{rss}\n")
                    trace.flush()
                ticks += 1
                done.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        done.set()
        sampler.join()
        trace.close()
    summary = stderr.read_text(encoding="utf-8", errors="replace").strip().splitlines()
    if proc.returncode != 0:
        raise SystemExit(f"clean-article exited {proc.returncode}:\n" + "\n".join(summary[-5:]))
    out.unlink(missing_ok=True)
    line = summary[-1] if summary else ""
    written = line.split(": ", 2)[-1].split(";")[0] if line else "?"
    return Result(records, jobs, seconds, peak / 1024, usage.ru_maxrss / 1024, written)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, action="append",
                        help="dump size; repeatable (default: 20000, 50000 and 200000)")
    parser.add_argument("--jobs", type=int, action="append", help="worker processes; repeatable (default: 1 and 2)")
    parser.add_argument("--workdir", help="keep dumps here instead of a temporary directory")
    args = parser.parse_args()
    sizes = args.records or [20_000, 50_000, 200_000]
    jobs_list = args.jobs or [1, 2]
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="bench-stream-"))
    work.mkdir(parents=True, exist_ok=True)
    header = f"{'records':>9} {'jobs':>4} {'dump MB':>8} {'wall s':>8} {'docs/s':>8} {'tree peak MB':>13} " \
             f"{'proc peak MB':>13}  summary"
    rows = [header, "-" * len(header)]
    try:
        for size in sizes:
            dump = work / f"dump-{size}.jsonl.gz"
            if not dump.exists():
                t0 = time.perf_counter()
                write_dump(dump, size)
                print(f"generated {size} records ({dump.stat().st_size / 1e6:.1f} MB gz) in "
                      f"{time.perf_counter() - t0:.0f} s", file=sys.stderr)
            for jobs in jobs_list:
                res = measure(dump, size, jobs, work)
                rows.append(f"{size:>9} {jobs:>4} {dump.stat().st_size / 1e6:>8.1f} {res.seconds:>8.1f} "
                            f"{size / res.seconds:>8.0f} {res.tree_peak_mb:>13.0f} {res.process_peak_mb:>13.0f}"
                            f"  {res.written}")
                print(rows[-1], file=sys.stderr, flush=True)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
