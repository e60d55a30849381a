"""Realistic inputs for the end-to-end tests, built in ``tmp_path``.

``Story`` is one article with everything needed to render it the ways the
aggregator network publishes it: a zephyrnet-style text dump (title echoed
with outlet and brand tails, caption spam, trailing pitch / label / "More
from"), a full HTML page with chrome, a platodata feed body with its bottom
links, JSONL lines, WordPress posts and WARC responses. The expected clean
record is known by construction (title, outlet, paragraphs), so tests compare
against the story rather than against a stored output.
"""

from __future__ import annotations

import bz2
import gzip
import html
import io
import json
import lzma
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import zstandard
from click.testing import CliRunner, Result

from cleaner.cli import main

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the scoring helpers live in scripts/
    sys.path.insert(0, str(ROOT))
SEED = ROOT / "seeds" / "000_7725cb53943e703e.txt"

BRAND = "PlatoBlockchain Data Intelligence. Vertical Search. Ai."
PITCH = "Stay on top of crypto news, get daily updates in your inbox."
BOTTOM_LINKS = [
    "SEO Powered Content & PR Distribution. Get Amplified Today.",
    "PlatoData.Network Vertical Generative Ai. Empower Yourself. Access Here.",
    "PlatoAiStream. Web3 Intelligence. Knowledge Amplified. Access Here.",
    "PlatoESG. Carbon, CleanTech, Energy, Environment, Solar, Waste Management. Access Here.",
    "PlatoHealth. Biotech and Clinical Trials Intelligence. Access Here.",
]
#: Fragments of the network's spam that must never reach an output record.
SPAM = [BRAND, PITCH, "Time Stamp:", "Access Here.", "Get Amplified Today", "Vertical Search"]

CODECS = ("", ".gz", ".bz2", ".xz", ".zst")
RECORD_FIELDS = {
    "id", "title", "text", "source", "url", "lang", "published", "authors", "origin",
    "duplicates", "removed", "meta",
}

_FIRST = ["Maria", "Kenji", "Aisha", "Lukas", "Priya", "Tomás", "Ingrid", "Omar", "Sofia", "Daniel",
          "Mei", "Rafael", "Hannah", "Yusuf", "Elena", "Marcus", "Chiara", "Oluwaseun", "Anders", "Leila"]
_LAST = ["Okafor", "Lindqvist", "Tanaka", "Moreau", "Haddad", "Kowalski", "Fernandes", "Novak", "Schulz",
         "Bianchi", "Park", "Ivanova", "Mensah", "Reyes", "Cohen", "Varga", "Nakamura", "Duarte"]
_ORG = ["Meridian Capital", "the central bank", "Northwind Labs", "the energy regulator", "Halcyon Networks",
        "the port authority", "Brightwater Bio", "the city council", "Vantage Robotics", "the finance ministry",
        "Coastal Freight", "Keystone Semiconductors", "Aurora Payments", "the transport agency", "Bluefin Exchange"]
_CITY = ["Lisbon", "Nairobi", "Osaka", "Rotterdam", "Montreal", "Kraków", "Valparaíso", "Tbilisi", "Hanoi",
         "Auckland", "Dakar", "Tallinn", "Porto Alegre", "Gdańsk", "Cebu", "Marrakesh"]
_THING = ["a battery recycling plant", "the new payments system", "a desalination project", "the rail upgrade",
          "its quarterly results", "a chip fabrication line", "the stablecoin pilot", "an offshore wind tender",
          "the vaccine trial", "a data-centre expansion", "the bond buyback", "a lithium refinery",
          "the customs platform", "a satellite launch contract"]
_VERB = ["announced", "delayed", "expanded", "defended", "questioned", "approved", "scaled back", "unveiled",
         "reviewed", "financed", "paused", "accelerated"]
_TAIL = ["according to people familiar with the matter", "in a filing on Tuesday", "after months of negotiation",
         "despite objections from local residents", "as demand slowed across the region",
         "ahead of the winter season", "in a statement to reporters", "citing higher borrowing costs"]
_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
OUTLETS = ["Decrypt", "CoinDesk", "TechCrunch", "The Block", "Bitcoinist", "VentureBeat"]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(r: random.Random) -> str:
    who = f"{r.choice(_FIRST)} {r.choice(_LAST)}"
    n = r.randrange(2, 980)
    kind = r.randrange(4)
    if kind == 0:
        return (f"{_cap(r.choice(_ORG))} {r.choice(_VERB)} {r.choice(_THING)} in {r.choice(_CITY)} "
                f"on {r.choice(_DAY)}, {r.choice(_TAIL)}.")
    if kind == 1:
        return (f"\u201cWe expect roughly {n} new jobs over the next {r.randrange(2, 9)} years,\u201d said "
                f"{who}, who leads the {r.choice(_CITY)} office of {r.choice(_ORG)}.")
    if kind == 2:
        rise = f"{r.randrange(2, 60)}.{r.randrange(10)}"
        return f"The figure rose by {rise} percent to {n} million euros, {r.choice(_TAIL)}."
    return (f"Analysts at {r.choice(_ORG)} said {r.choice(_THING)} would cost about {n} million dollars, "
            f"and {who} warned that {r.choice(_ORG)} had not yet {r.choice(_VERB)} the plan.")


@dataclass
class Story:
    """One article and the ways the network republishes it."""

    key: int
    title: str
    outlet: str
    paragraphs: list[str]
    author: str
    published: str
    slug: str = field(default="")

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @property
    def url(self) -> str:
        return f"https://zephyrnet.com/{self.slug}/"

    @property
    def tracked_url(self) -> str:
        return f"{self.url}?utm_source=feed&utm_medium=rss&fbclid=IwAR0xyz{self.key}&gclid=Cj0KCQ{self.key}"

    def dump(self) -> str:
        """A zephyrnet text dump: echoes, a caption spam line, the trailing block."""
        half = max(1, len(self.paragraphs) // 2)
        lines = [
            f"{self.title} - {self.outlet}",
            f"{self.title} - {self.outlet} {BRAND}",
            *self.paragraphs[:half],
            f"Bitcoin {BRAND}",
            *self.paragraphs[half:],
            PITCH,
            "Time Stamp:",
            f"More from {self.outlet}",
        ]
        return "\n\n".join(lines) + "\n"

    def markdown(self) -> str:
        """The dump as a scraper saves it to .md: same lines, Markdown title line."""
        return self.dump()

    def body_html(self) -> str:
        return "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in self.paragraphs)

    def feed_html(self) -> str:
        """A platodata feed body: the article, then the bottom-links block."""
        links = "".join(f"<li>{html.escape(line, quote=False)}</li>" for line in BOTTOM_LINKS)
        source = f'<li>Source: <a href="https://example.com/{self.slug}">https://example.com/{self.slug}</a></li>'
        return self.body_html() + f'<ul class="plato-post-bottom-links">{links}{source}</ul>'

    def page(self, url: str | None = None) -> str:
        """A full zephyrnet page: chrome, cookie banner, sidebar, footer around the article."""
        t = html.escape(self.title)
        canonical = html.escape(url or self.tracked_url)
        return (
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{t} - {self.outlet} {BRAND}</title>"
            f"<meta property=\"og:title\" content=\"{t}\">"
            f"<meta property=\"og:site_name\" content=\"{html.escape(self.outlet)}\">"
            f"<link rel=\"canonical\" href=\"{canonical}\"></head>\n<body>"
            "<header><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/markets\">Markets</a>"
            "</nav></header>\n"
            "<div id=\"cookie-banner\">We use cookies to improve your experience. <button>Accept all</button></div>\n"
            f"<main><article><h1>{t}</h1>\n{self.body_html()}</article></main>\n"
            "<aside><h3>Trending</h3><ul><li><a href=\"/a\">Markets rally on rate hopes</a></li>"
            "<li><a href=\"/b\">Five charts to watch this week</a></li></ul></aside>\n"
            "<footer><p>\u00a9 2024 Zephyrnet. All rights reserved.</p></footer></body></html>\n"
        )

    def jsonl_record(self, kind: str = "text") -> dict[str, Any]:
        rec: dict[str, Any] = {"id": f"rec-{self.key}", "url": self.tracked_url, "title": self.title,
                               "published": self.published, "author": self.author, "lang": "en"}
        if kind == "text":
            rec["text"] = self.text
        else:
            rec["html"] = self.feed_html()
        return rec

    def wp_post(self, rendered: bool) -> dict[str, Any]:
        def wrap(value: str) -> Any:
            return {"rendered": value} if rendered else value

        return {
            "id": 9000 + self.key,
            "title": wrap(html.escape(self.title, quote=False)),
            "content": wrap(self.feed_html()),
            "excerpt": wrap(f"<p>{html.escape(self.paragraphs[0][:120], quote=False)}</p>"),
            "link": self.tracked_url,
            "date": self.published,
            "author": "Republished By Plato",
            "tags": ["plato", "Plato Data Intelligence", "PlatoData", "zephyrnet", "markets"],
        }


def make_story(key: int, *, paragraphs: int | None = None) -> Story:
    """A deterministic story; different keys give unrelated articles."""
    r = random.Random(f"story-{key}")
    title = (f"{_cap(r.choice(_ORG))} {r.choice(_VERB)} {r.choice(_THING)} in {r.choice(_CITY)} "
             f"as {r.choice(_LAST)} report #{key} lands")
    n = paragraphs or r.randrange(5, 9)
    paras = [" ".join(_sentence(r) for _ in range(r.randrange(2, 5))) for _ in range(n)]
    return Story(
        key=key,
        title=title,
        outlet=OUTLETS[key % len(OUTLETS)],
        paragraphs=paras,
        author=f"{r.choice(_FIRST)} {r.choice(_LAST)}",
        published=f"2024-0{1 + key % 9}-{10 + key % 18}T0{key % 10}:15:00Z",
        slug=re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-"),
    )


def stories(count: int, start: int = 0) -> list[Story]:
    return [make_story(k) for k in range(start, start + count)]


# -- files ------------------------------------------------------------------------------


def compress(data: bytes, codec: str) -> bytes:
    """``data`` compressed for the file suffix ``codec`` ("" leaves it as it is)."""
    if codec == ".gz":
        return gzip.compress(data)
    if codec == ".bz2":
        return bz2.compress(data)
    if codec == ".xz":
        return lzma.compress(data)
    if codec == ".zst":
        return zstandard.ZstdCompressor().compress(data)
    assert codec == "", codec
    return data


def write_file(path: Path, data: bytes | str, codec: str = "") -> Path:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    target = path.with_name(path.name + codec)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(compress(raw, codec))
    return target


def jsonl_bytes(records: Sequence[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def warc_bytes(pages: Sequence[tuple[str, str]], *, extras: bool = True, gzip: bool = False) -> bytes:
    """A WARC: warcinfo, then request + response per (url, html).

    With ``gzip`` each record is its own gzip member, as crawlers write it.

    With ``extras``, a PNG response and a 404 page are added, which a reader
    must skip (the image) or reject (the error page).
    """
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test-crawler/1.0"}))

    def response(url: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
        request = writer.create_warc_record(
            url, "request", payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "zephyrnet.com")], is_http_request=True),
        )
        headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(request)
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

    for url, page in pages:
        response(url, page.encode("utf-8"), "text/html; charset=utf-8")
    if extras:
        response("https://zephyrnet.com/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
        response("https://zephyrnet.com/missing/", b"<html><body><p>Not found</p></body></html>",
                 "text/html", "404 Not Found")
    return buf.getvalue()


def assert_clean(record: dict[str, Any], story: Story, *, source: bool = True) -> None:
    """The record is the story: title once, body whole, no network spam anywhere."""
    assert record["title"] == story.title
    assert record["text"] == story.text
    assert record["lang"] == "en"
    if source:
        assert record["source"] == story.outlet
    for fragment in SPAM:
        assert fragment not in record["text"]
        assert fragment not in (record["title"] or "")


# -- one input file per format -----------------------------------------------------------

#: A builder writes one input file in a format and returns it with the stories it holds, in record
#: order, each with what its record must carry (origin index and id, source, url, ...).
Built = tuple[Path, list[tuple[Story, dict[str, Any]]]]
Builder = Callable[[Path, str], Built]


def _txt(tmp: Path, codec: str, ext: str = ".txt") -> Built:
    story = make_story(11)
    path = write_file(tmp / f"zephyrnet-{story.slug[:30]}{ext}", story.dump(), codec)
    return path, [(story, {"index": 0, "id": None, "source": True})]


def _md(tmp: Path, codec: str) -> Built:
    return _txt(tmp, codec, ".md")


def _html(tmp: Path, codec: str) -> Built:
    story = make_story(12)
    path = write_file(tmp / "page.html", story.page(), codec)
    return path, [(story, {"index": 0, "id": None, "source": True, "url": story.url})]


def _lines(tmp: Path, codec: str, ext: str) -> Built:
    group = stories(3, start=20)
    recs = [s.jsonl_record("text" if i % 2 == 0 else "html") for i, s in enumerate(group)]
    path = write_file(tmp / f"dump{ext}", jsonl_bytes(recs), codec)
    return path, [
        (s, {"index": i, "id": f"rec-{s.key}", "source": False, "url": s.url, "published": s.published,
             "authors": [s.author]})
        for i, s in enumerate(group)
    ]


def _jsonl(tmp: Path, codec: str) -> Built:
    return _lines(tmp, codec, ".jsonl")


def _ndjson(tmp: Path, codec: str) -> Built:
    return _lines(tmp, codec, ".ndjson")


def _json_array(tmp: Path, codec: str) -> Built:
    group = stories(2, start=30)
    data = json.dumps([s.jsonl_record("html") for s in group], ensure_ascii=False, indent=2)
    path = write_file(tmp / "export.json", data, codec)
    return path, [(s, {"index": i, "id": f"rec-{s.key}", "source": False, "url": s.url}) for i, s in enumerate(group)]


def _wordpress(tmp: Path, codec: str, rendered: bool) -> Built:
    group = stories(3, start=40)
    data = json.dumps({"found": 3, "posts": [s.wp_post(rendered) for s in group]}, ensure_ascii=False)
    path = write_file(tmp / "feed.json", data, codec)
    return path, [
        (s, {"index": i, "id": str(9000 + s.key), "source": False, "url": s.url, "published": s.published})
        for i, s in enumerate(group)
    ]


def _wp_plain(tmp: Path, codec: str) -> Built:
    return _wordpress(tmp, codec, rendered=False)


def wordpress_rendered(tmp: Path, codec: str) -> Built:
    return _wordpress(tmp, codec, rendered=True)


def _warc(tmp: Path, codec: str) -> Built:
    group = stories(2, start=50)
    data = warc_bytes([(s.tracked_url, s.page(url=s.tracked_url)) for s in group], extras=False)
    path = write_file(tmp / "crawl.warc", data, codec)
    # warcinfo is record 0; each page is a request then a response
    return path, [(s, {"index": 2 + 2 * i, "source": True, "url": s.url}) for i, s in enumerate(group)]


FORMATS: dict[str, Builder] = {
    "txt": _txt, "md": _md, "html": _html, "jsonl": _jsonl, "ndjson": _ndjson, "json-array": _json_array,
    "wordpress": _wp_plain, "wordpress-rendered": wordpress_rendered, "warc": _warc,
}


# -- running the command ----------------------------------------------------------------


@dataclass
class Run:
    """A finished ``clean-article`` invocation."""

    code: int
    stdout: bytes
    stderr: str

    @property
    def records(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.decode("utf-8").splitlines() if line.strip()]

    def summary(self) -> dict[str, int]:
        return parse_summary(self.stderr)


SUMMARY = re.compile(
    r"read (?P<read>\d+) documents?: (?P<written>\d+) articles? written, (?P<duplicates>\d+) duplicates? folded, "
    r"(?P<known>\d+) already known, (?P<rejected>\d+) rejected"
)


def parse_summary(stderr: str) -> dict[str, int]:
    lines = [m for m in SUMMARY.finditer(stderr)]
    assert len(lines) == 1, f"expected one summary line in stderr:\n{stderr}"
    return {k: int(v) for k, v in lines[0].groupdict().items()}


def invoke(args: Sequence[str], stdin: bytes | None = None) -> Run:
    """Run the command in-process (as the console script would, with --no-progress)."""
    result: Result = CliRunner().invoke(main, ["--no-progress", *args], input=stdin, catch_exceptions=False)
    return Run(result.exit_code, result.stdout_bytes, result.stderr)


def records_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
