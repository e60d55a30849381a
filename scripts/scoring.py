"""Scoring the cleaner against labelled fixtures (``fixtures/cases``).

Each fixture is a raw dump plus ``<name>.expected.json`` (see
``fixtures/cases/README.md``). A fixture is cleaned as its own run, as a
user would clean a single file; records are matched to expectations by
their record number in the file (in a WARC file, the sidecar numbers the HTML
pages answered with status 200, and the cleaner the archive's records: the two
are matched through the archive, read here with warcio).
"""

from __future__ import annotations

import gzip
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cleaner import Article, Options, Reject, run
from cleaner.text import tokens

SIDE = ".expected.json"
SHORT_ITEM_WORDS = 2  # a boilerplate item this short counts as left only as a whole line of the output


@dataclass
class CaseResult:
    """One expected record against what the cleaner produced."""

    fixture: str
    index: int
    lang: str
    layout: str
    fmt: str
    negative: bool
    expected: dict[str, Any]
    got: dict[str, Any] | None
    reject: str | None = None
    precision: float = 0.0
    recall: float = 0.0
    boilerplate_total: int = 0
    boilerplate_left: list[str] = field(default_factory=list)
    title_ok: bool = False
    source_ok: bool = False
    untouched: bool = False


def _norm(text: str | None) -> str:
    """``text`` with its white space collapsed, a table's cell bar read as a line break: the cleaner
    writes a table's row on one line, its cells parted by " | " (as trafilatura's text does); sets
    that label each cell as a block of its own name the same cells."""
    return " ".join((text or "").replace(" | ", " ").split())


def token_scores(expected: str, got: str) -> tuple[float, float]:
    """Bag-of-tokens precision and recall (character bigrams for unspaced scripts)."""
    exp, out = Counter(tokens(expected)), Counter(tokens(got))
    common = sum((exp & out).values())
    precision = common / sum(out.values()) if out else (1.0 if not exp else 0.0)
    recall = common / sum(exp.values()) if exp else 1.0
    return precision, recall


def fixture_files(root: str | Path) -> list[Path]:
    """Every raw fixture under ``root`` that has a sidecar, sorted."""
    out = []
    for side in sorted(Path(root).rglob("*" + SIDE)):
        stem = side.name[: -len(SIDE)]
        raws = [p for p in side.parent.iterdir() if p.name.startswith(stem + ".") and p != side]
        raws = [p for p in raws if p.name[len(stem) :].count(".") >= 1 and not p.name.endswith(SIDE)]
        if raws:
            out.append(sorted(raws, key=lambda p: len(p.name))[0])
    return out


Cleaned = tuple[dict[tuple[str, int], Article], dict[tuple[str, int], str]]


def clean_files(paths: list[Path], options: Options | None = None) -> Cleaned:
    """Clean ``paths`` as one run; articles and rejects by (path, record number)."""
    articles: dict[tuple[str, int], Article] = {}
    rejects: dict[tuple[str, int], str] = {}

    def write(article: Article) -> None:
        articles[(article.origin.path, article.origin.index)] = article
        for origin in article.duplicates:
            articles.setdefault((origin.path, origin.index), article)

    def reject(item: Reject) -> None:
        rejects[(item.origin.path, item.origin.index)] = item.reason

    run([str(p) for p in paths], options or Options(), write=write, reject=reject)
    return articles, rejects


def clean_file(path: Path, **options: Any) -> tuple[dict[int, Article], dict[int, str]]:
    """Clean one file as its own run; articles and rejects by record number."""
    articles, rejects = clean_files([path], Options(**options))
    return {i: a for (_, i), a in articles.items()}, {i: r for (_, i), r in rejects.items()}


def run_groups(files: list[Path]) -> list[list[Path]]:
    """Fixtures cleaned together: each file alone, except the files of a ``run-*`` folder (a
    dump of several pages of one site, for the corpus-level steps), which form one run."""
    groups: dict[Path, list[Path]] = {}
    out: list[list[Path]] = []
    for path in files:
        if path.parent.name.startswith("run-"):
            if path.parent not in groups:
                groups[path.parent] = []
                out.append(groups[path.parent])
            groups[path.parent].append(path)
        else:
            out.append([path])
    return out


def no_article_rejected(path: Path, cleaned: Cleaned) -> list[str]:
    """The pages a sidecar's ``no_article`` lists (by their number among the archive's pages) that
    the cleaner did not reject: each a complaint naming the page."""
    spec = json.loads(sidecar_of(path).read_text(encoding="utf-8"))
    positions = page_positions(path) or []
    articles, _ = cleaned
    return [f"{path.name} page {k}: an article, not rejected" for k in spec.get("no_article", [])
            if k >= len(positions) or (str(path), positions[k]) in articles]


def page_positions(path: Path) -> list[int] | None:
    """For a WARC fixture, the archive position of each HTML page answered with status 200 (of each
    page's text conversion, in a WET file); for a
    JSON Lines fixture, the line number of each line holding a JSON object (a ``null``, a bare
    string or a truncated line is rejected by the cleaner, and no record): what its sidecar numbers.
    None for any other file."""
    if path.name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        return _object_lines(path)
    if not path.name.endswith((".warc", ".warc.gz", ".wet", ".wet.gz")):
        return None
    from warcio.archiveiterator import ArchiveIterator

    positions = []
    with path.open("rb") as stream:
        for position, record in enumerate(ArchiveIterator(stream)):
            if record.rec_type == "conversion":  # a WET file: each page's text
                positions.append(position)
                continue
            headers = record.http_headers
            if record.rec_type == "response" and headers is not None and headers.get_statuscode() == "200" \
                    and "html" in (headers.get_header("Content-Type") or "").lower():
                positions.append(position)
    return positions


def _object_lines(path: Path) -> list[int]:
    raw = path.read_bytes()
    if path.name.endswith(".gz"):
        raw = gzip.decompress(raw)
    positions = []
    for number, line in enumerate(raw.decode("utf-8", errors="replace").split("\n")):
        try:
            value = json.loads(line) if line.strip() else None
        except ValueError:
            continue
        if isinstance(value, dict):
            positions.append(number)
    return positions


def sidecar_of(path: Path) -> Path:
    """The sidecar of a raw fixture: its name up to an extension (the longest such stem that has
    one, so a name with dots of its own, "site.co.za__story.html", keeps them), plus the suffix."""
    parts = path.name.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        side = path.parent / (".".join(parts[:cut]) + SIDE)
        if side.is_file():
            return side
    return path.parent / (parts[0] + SIDE)


def markdown_records(path: Path, positions: list[int] | None) -> set[int]:
    """The records of a fixture whose body is Markdown, by sidecar number: a text file the cleaner
    reads as Markdown (a reader's header, front matter, its syntax), a JSON record's ``markdown``
    field (Firecrawl's, crawl4ai's)."""
    from cleaner.markdown import is_markdown

    name = path.name.removesuffix(".gz")
    raw = path.read_bytes()
    if path.name.endswith(".gz"):
        raw = gzip.decompress(raw)
    text = raw.decode("utf-8", errors="replace")
    if name.endswith((".jsonl", ".ndjson")):
        lines = text.split("\n")
        rows = [json.loads(lines[n]) for n in positions or []]
        return {k for k, row in enumerate(rows) if _markdown_field(row)}
    if name.endswith(".json"):
        try:
            value = json.loads(text)
        except ValueError:
            return set()
        rows = value if isinstance(value, list) else [value]
        return {k for k, row in enumerate(rows) if isinstance(row, dict) and _markdown_field(row)}
    if name.endswith((".warc", ".wet", ".html", ".htm", ".xml")):
        return set()
    return {0} if is_markdown(text, str(path)) else set()


def _markdown_field(row: dict[str, Any]) -> bool:
    return any(str(key).lower() in ("markdown", "md") and isinstance(value, str) for key, value in row.items())


def markdown_plain(text: str) -> str:
    """Labelled Markdown as the cleaner's text gives it (its documented output: the syntax gone,
    as from an HTML page): the blocks' words, a table's cells parted by " | " in each row, a
    picture's line empty. Sets that label Markdown input keep its syntax in ``text`` and
    ``boilerplate`` ("**bold**", "[text](url)", "## heading"); they are compared through this."""
    from lxml import html as lxml_html
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark", {"html": False}).enable("table").render(text)
    if not rendered.strip():
        return ""
    root = lxml_html.fragment_fromstring(rendered, create_parent="div")
    for row in list(root.iter("tr")):
        cells = [" ".join(" ".join(cell.itertext()).split()) for cell in row if cell.tag in ("td", "th")]
        for cell in list(row):
            row.remove(cell)
        row.text = " | ".join(cells)
    for block in root.iter("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "pre", "blockquote"):
        block.tail = "\n" + (block.tail or "")
    return "\n".join(line.strip() for line in "".join(root.itertext()).split("\n") if line.strip())


def score_fixture(path: Path, cleaned: Cleaned | None = None, options: Options | None = None) -> list[CaseResult]:
    side = sidecar_of(path)
    spec = json.loads(side.read_text(encoding="utf-8"))
    articles, rejects = cleaned if cleaned is not None else clean_files([path], options)
    positions = page_positions(path)
    if positions is not None and spec.get("no_article"):
        # pages of an archive that hold no article (a home page, a listing): no record, a reject
        skipped = set(spec["no_article"])
        positions = [p for k, p in enumerate(positions) if k not in skipped]
    in_markdown = markdown_records(path, positions)
    results = []
    for index, exp in enumerate(spec["records"]):
        key = (str(path), positions[index] if positions is not None and index < len(positions) else index)
        art = articles.get(key)
        got = art.to_dict() if art else None
        if index in in_markdown:
            exp = {**exp, "text": markdown_plain(exp["text"]),
                   "boilerplate": [p for bp in exp.get("boilerplate", []) if (p := markdown_plain(bp))]}
        res = CaseResult(
            fixture=str(path), index=index, lang=exp.get("lang") or path.parent.name,
            layout=spec.get("layout", "?"), fmt=spec.get("format", path.suffix.lstrip(".")),
            negative=bool(spec.get("negative")), expected=exp, got=got, reject=rejects.get(key),
        )
        text = got["text"] if got else ""
        res.precision, res.recall = token_scores(exp["text"], text)
        out_norm = _norm(text) + "\n" + _norm(got["title"] if got else "")
        out_lines = {_norm(line) for line in [*text.split("\n"), got["title"] if got else ""]}
        for bp in exp.get("boilerplate", []):
            res.boilerplate_total += 1
            # (a word or two left is a line of its own: "Landbou" is no menu item left in "Landbou-ekonoom")
            if _norm(bp) and (_norm(bp) in out_lines if len(_norm(bp).split()) <= SHORT_ITEM_WORDS
                              else _norm(bp) in out_norm):
                res.boilerplate_left.append(bp)
        res.title_ok = got is not None and _norm(got["title"]) == _norm(exp["title"])
        exp_src, got_src = exp.get("source"), got["source"] if got else None
        res.source_ok = _norm(exp_src).casefold() == _norm(got_src).casefold()
        res.untouched = got is not None and res.title_ok and _norm(text) == _norm(exp["text"])
        results.append(res)
    return results


@dataclass
class Table:
    """Aggregated scores for a group of records."""

    n: int = 0
    precision: float = 0.0
    recall: float = 0.0
    bp_total: int = 0
    bp_left: int = 0
    title: int = 0
    source: int = 0
    negatives: int = 0
    untouched: int = 0

    def add(self, r: CaseResult) -> None:
        self.n += 1
        self.precision += r.precision
        self.recall += r.recall
        self.bp_total += r.boilerplate_total
        self.bp_left += len(r.boilerplate_left)
        self.title += r.title_ok
        self.source += r.source_ok
        if r.negative:
            self.negatives += 1
            self.untouched += r.untouched

    def row(self) -> dict[str, Any]:
        n = max(self.n, 1)
        return {
            "records": self.n,
            "precision": round(self.precision / n, 4),
            "recall": round(self.recall / n, 4),
            "boilerplate_left": round(self.bp_left / self.bp_total, 4) if self.bp_total else 0.0,
            "title_exact": round(self.title / n, 4),
            "source_match": round(self.source / n, 4),
            "negatives_untouched": f"{self.untouched}/{self.negatives}",
        }


def summarize(results: Iterable[CaseResult]) -> dict[str, dict[str, dict[str, Any]]]:
    """Tables per language, per layout, per format, and overall."""
    groups: dict[str, dict[str, Table]] = defaultdict(lambda: defaultdict(Table))
    for r in results:
        groups["all"]["all"].add(r)
        groups["lang"][r.lang].add(r)
        groups["layout"][r.layout].add(r)
        groups["format"][r.fmt].add(r)
    return {g: {k: t.row() for k, t in sorted(rows.items())} for g, rows in groups.items()}


def evaluate(root: str | Path, options: Options | None = None, *, together: bool = False
             ) -> tuple[list[CaseResult], dict[str, Any]]:
    """Score every fixture under ``root``: each file as its own run (``run-*`` folders as one),
    or with ``together`` the whole set as one run, as a user cleans a dump folder."""
    results = []
    files = fixture_files(root)
    for group in [files] if together else run_groups(files):
        cleaned = clean_files(group, options)
        results.extend(r for path in group for r in score_fixture(path, cleaned))
    return results, summarize(results)


def dedup_case(case_dir: str | Path) -> Any:
    """Pairwise duplicate scores of the whole pipeline (CLI behaviour) on one ``fixtures/dedup`` case."""
    from scripts.dedup_scoring import evaluate_pairs, expected_clusters

    case = Path(case_dir)
    files = sorted(p for p in case.rglob("*") if p.is_file() and p.name != "expected.json")
    clusters: dict[str, list[str]] = defaultdict(list)
    titles: dict[str, str | None] = {}

    def key(origin: Any) -> str:
        return f"{Path(origin.path).relative_to(case).as_posix()}#{origin.index}"

    def write(article: Article) -> None:
        k = key(article.origin)
        clusters[article.duplicate_of or article.id].append(k)
        titles[k] = article.title

    run([str(p) for p in files], Options(keep_duplicates=True), write=write, reject=lambda _r: None)
    predicted = [c for c in clusters.values() if len(c) > 1]
    return evaluate_pairs(predicted, expected_clusters(case), titles)


def dedup_case_across_runs(case_dir: str | Path, *, reverse: bool = False) -> Any:
    """Pairwise duplicate scores when every file of a case comes in a run of its own against one
    tracking store (a daily job meeting the copies on different days), in file order or reversed:
    two records are one article when the store files their content ids under one article."""
    import tempfile

    from cleaner.dedup import Store
    from scripts.dedup_scoring import evaluate_pairs, expected_clusters

    case = Path(case_dir)
    files = sorted(p for p in case.rglob("*") if p.is_file() and p.name != "expected.json")
    ids: dict[str, str] = {}

    def write(article: Article) -> None:
        ids[f"{Path(article.origin.path).relative_to(case).as_posix()}#{article.origin.index}"] = article.id

    with tempfile.TemporaryDirectory() as tmp:
        state = str(Path(tmp) / "state.sqlite")
        for path in files[::-1] if reverse else files:
            run([str(path)], Options(keep_duplicates=True), write=write, reject=lambda _r: None)  # its ids
            run([str(path)], Options(state=state), write=lambda _a: None, reject=lambda _r: None)
        with Store.open(state) as store:
            aids = {key: store.find(i) for key, i in ids.items()}
    clusters: dict[Any, list[str]] = defaultdict(list)
    for key, aid in aids.items():
        clusters[aid if aid is not None else key].append(key)
    return evaluate_pairs([c for c in clusters.values() if len(c) > 1], expected_clusters(case))


def evaluate_dedup(root: str | Path) -> tuple[dict[str, Any], Any]:
    """Per-case and overall pairwise duplicate precision/recall on ``root`` (fixtures/dedup)."""
    from scripts.dedup_scoring import PairScores

    total = PairScores()
    per_case = {}
    for case in sorted(p for p in Path(root).iterdir() if (p / "expected.json").is_file()):
        scores = dedup_case(case)
        per_case[case.name] = scores
        total.add(scores)
    return per_case, total
