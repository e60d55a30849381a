"""The pipeline as a whole: the output record schema, ids, URLs, duplicate folding,
``--jobs`` determinism and the real Bengali seed dump."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from conftest import (
    BRAND,
    RECORD_FIELDS,
    SEED,
    SPAM,
    Run,
    Story,
    invoke,
    jsonl_bytes,
    make_story,
    records_of,
    stories,
    warc_bytes,
    write_file,
)

TRACKING = re.compile(r"[?&](utm_[a-z]+|fbclid|gclid)=")


def _recrawl(story: Story) -> str:
    """The same article fetched again later: other echo tails, one paragraph updated."""
    paragraphs = list(story.paragraphs)
    paragraphs[1] += " The company declined to comment further."
    lines = [f"{story.title} | {story.outlet}", f"{story.title} | {story.outlet} Plato Data Intelligence",
             *paragraphs, "Time Stamp:", f"More from {story.outlet}"]
    return "\n\n".join(lines) + "\n"


def build_corpus(root: Path) -> dict[str, Any]:
    """~60 documents over every format: distinct articles, duplicates of several kinds, rejects."""
    group = stories(48, start=200)
    home: dict[int, str] = {}  # story key -> the file its first copy is in
    for s in group[:12]:
        home[s.key] = str(write_file(root / "dumps" / f"{s.key:04d}.txt", s.dump(), ".gz" if s.key % 3 == 0 else ""))
    for s in group[12:16]:
        home[s.key] = str(write_file(root / "pages" / f"{s.slug[:40]}.html", s.page()))
    feed = [s.jsonl_record("text" if s.key % 2 else "html") for s in group[16:26]]
    feed.insert(4, {"id": "broken", "title": "Record without a body"})
    stream = str(write_file(root / "feeds" / "stream.jsonl", jsonl_bytes(feed), ".zst"))
    home |= {s.key: stream for s in group[16:26]}
    posts = {"posts": [s.wp_post(rendered=s.key % 2 == 0) for s in group[26:32]]}
    wp = str(write_file(root / "feeds" / "wp.json", jsonl_bytes([posts]), ".bz2"))
    home |= {s.key: wp for s in group[26:32]}
    warc = str(write_file(root / "crawl" / "part-0.warc",
                          warc_bytes([(s.tracked_url, s.page(url=s.tracked_url)) for s in group[32:40]]), ".xz"))
    home |= {s.key: warc for s in group[32:40]}
    for s in group[40:48]:
        home[s.key] = str(write_file(root / "notes" / f"{s.key % 2}" / f"{s.slug[:24]}.md", s.markdown(), ".xz"))
    # duplicates: exact copies under other names, other layouts, recrawls, tracking-only URL changes
    late = str(write_file(root / "late.jsonl", jsonl_bytes(
        [group[3].jsonl_record("html"), group[16].jsonl_record("text"), group[17].jsonl_record("html")])))
    copies = {
        group[0].key: [str(write_file(root / "dumps" / "copy-of-0200.txt", group[0].dump()))],
        group[1].key: [str(write_file(root / "dumps" / "zz-recrawl-0201.txt", _recrawl(group[1])))],
        group[2].key: [str(write_file(root / "pages" / "zz-0202.html",
                                      group[2].page(url=group[2].url + "?utm_campaign=x")))],
        group[3].key: [late], group[16].key: [late], group[17].key: [late],
    }
    clusters = {s.title: {home[s.key], *copies[s.key]} for s in group if s.key in copies}
    # rejects
    write_file(root / "dumps" / "empty.txt", "")
    write_file(root / "dumps" / "image.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(300))
    lost = make_story(299)
    write_file(root / "dumps" / "lost-body.txt", "\n\n".join(
        [f"{lost.title} - {lost.outlet}", f"{lost.title} - {lost.outlet} {BRAND}", "Time Stamp:",
         f"More from {lost.outlet}"]) + "\n")
    return {"stories": group, "clusters": clusters, "duplicates": 6}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    root = tmp_path_factory.mktemp("corpus")
    return root, build_corpus(root)


@pytest.fixture(scope="module")
def corpus_run(corpus: tuple[Path, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root, info = corpus
    out_dir = tmp_path_factory.mktemp("out")
    runs: dict[str, Any] = {}
    for jobs in ("1", "2"):
        out, rej = out_dir / f"j{jobs}.jsonl", out_dir / f"j{jobs}.rejects.jsonl"
        runs[jobs] = (invoke([str(root), "-j", jobs, "-o", str(out), "--rejects", str(rej)]), out, rej)
    return {"root": root, "info": info, "runs": runs}


def test_jobs_two_is_byte_identical_to_jobs_one(corpus_run: dict[str, Any]) -> None:
    (run1, out1, rej1), (run2, out2, rej2) = corpus_run["runs"]["1"], corpus_run["runs"]["2"]
    assert run1.code == run2.code == 0
    assert out1.read_bytes() == out2.read_bytes()
    assert rej1.read_bytes() == rej2.read_bytes()
    assert run1.summary() == run2.summary()
    assert len(records_of(out1)) == 48
    assert run1.summary()["read"] >= 58


def test_corpus_summary_is_consistent(corpus_run: dict[str, Any]) -> None:
    run, out, rej = corpus_run["runs"]["1"]
    info = corpus_run["info"]
    summary = run.summary()
    records, rejects = records_of(out), records_of(rej)
    assert summary["written"] == len(records) == len(info["stories"])
    assert summary["rejected"] == len(rejects)
    assert summary["duplicates"] == info["duplicates"]
    assert summary["read"] == summary["written"] + summary["duplicates"] + summary["known"] + summary["rejected"]
    # empty file, image, 404 page in the WARC, JSONL record without body, page that lost its body
    reasons = {Path(r["origin"]["path"]).name: r["reason"] for r in rejects}
    assert {"empty.txt", "image.txt", "lost-body.txt", "stream.jsonl.zst", "part-0.warc.xz"} <= set(reasons)
    assert "404" in reasons["part-0.warc.xz"]
    # every distinct article comes out exactly once, clean
    by_title = {r["title"]: r for r in records}
    assert set(by_title) == {s.title for s in info["stories"]}
    for story in info["stories"]:
        record = by_title[story.title]
        if "declined to comment further" not in record["text"]:
            assert record["text"] == story.text
        for fragment in SPAM:
            assert fragment not in record["text"]


def test_record_schema(corpus_run: dict[str, Any]) -> None:
    _, out, _ = corpus_run["runs"]["1"]
    for record in records_of(out):
        assert set(record) == RECORD_FIELDS
        assert isinstance(record["id"], str) and re.fullmatch(r"[0-9a-f]{16}", record["id"])
        assert isinstance(record["title"], str) and record["title"]
        assert isinstance(record["text"], str) and record["text"].strip()
        assert "\n\n\n" not in record["text"]
        for key in ("source", "url", "lang", "published"):
            assert record[key] is None or isinstance(record[key], str)
        assert isinstance(record["authors"], list) and all(isinstance(a, str) for a in record["authors"])
        for origin in [record["origin"], *record["duplicates"]]:
            assert set(origin) == {"path", "index", "id"}
            assert isinstance(origin["path"], str) and isinstance(origin["index"], int)
            assert origin["id"] is None or isinstance(origin["id"], str)
        for removal in record["removed"]:
            assert set(removal) == {"rule", "text"}
            assert isinstance(removal["rule"], str) and isinstance(removal["text"], str) and removal["text"]
        assert isinstance(record["meta"], dict)
        assert record["lang"] == "en"


def test_urls_lose_tracking_parameters(corpus_run: dict[str, Any]) -> None:
    _, out, _ = corpus_run["runs"]["1"]
    urls = [r["url"] for r in records_of(out) if r["url"]]
    assert len(urls) >= 20
    for url in urls:
        assert not TRACKING.search(url), url
        assert url.startswith("https://zephyrnet.com/")


def test_url_keeps_meaningful_parameters(tmp_path: Path) -> None:
    story = make_story(300)
    rec = story.jsonl_record() | {"url": "https://example.com/news?id=42&utm_source=x&page=2&gclid=abc#comments"}
    path = write_file(tmp_path / "a.jsonl", jsonl_bytes([rec]))
    (record,) = invoke([str(path)]).records
    assert record["url"] == "https://example.com/news?id=42&page=2#comments"


def test_duplicates_fold_into_one_record_listing_their_origins(corpus_run: dict[str, Any]) -> None:
    run, out, _ = corpus_run["runs"]["1"]
    info = corpus_run["info"]
    records = records_of(out)
    by_title = {r["title"]: r for r in records}
    for title, paths in info["clusters"].items():
        record = by_title[title]
        assert len(record["duplicates"]) == 1, record["duplicates"]
        assert {record["origin"]["path"], record["duplicates"][0]["path"]} == paths
    for record in records:
        if record["title"] not in info["clusters"]:
            assert record["duplicates"] == []
    assert sum(len(r["duplicates"]) for r in records) == run.summary()["duplicates"]


def test_keep_duplicates_writes_folded_copies_with_duplicate_of(tmp_path: Path) -> None:
    story, other = make_story(310), make_story(311)
    write_file(tmp_path / "in" / "a.txt", story.dump())
    write_file(tmp_path / "in" / "b.jsonl", jsonl_bytes([story.jsonl_record("html"), other.jsonl_record()]))
    write_file(tmp_path / "in" / "c.html", story.page())
    write_file(tmp_path / "in" / "d.txt", _recrawl(story))
    plain = invoke([str(tmp_path / "in")])
    kept = invoke([str(tmp_path / "in"), "--keep-duplicates"])
    assert plain.code == kept.code == 0
    assert plain.summary() == kept.summary() == {"read": 5, "written": 2, "duplicates": 3, "known": 0, "rejected": 0}
    assert len(plain.records) == 2
    assert len(kept.records) == 5
    written = [r for r in kept.records if "duplicate_of" not in r]
    copies = [r for r in kept.records if "duplicate_of" in r]
    assert written == plain.records
    rep = next(r for r in written if r["title"] == story.title)
    assert {(c["origin"]["path"], c["origin"]["index"]) for c in copies} == {
        (d["path"], d["index"]) for d in rep["duplicates"]
    }
    for copy in copies:
        assert copy["duplicate_of"] == rep["id"]
        assert set(copy) == RECORD_FIELDS | {"duplicate_of"}
        assert copy["title"] == story.title
        assert copy["duplicates"] == []
    # copies whose cleaned content is the same share one id; the updated recrawl differs
    same = [c for c in [*copies, rep] if c["text"] == story.text]
    assert len(same) >= 3
    assert len({c["id"] for c in same}) == 1
    updated = [c for c in [*copies, rep] if c["text"] != story.text]
    assert len(updated) == 1 and updated[0]["id"] != same[0]["id"]


def test_ids_are_stable_across_runs_and_follow_cleaned_content(tmp_path: Path) -> None:
    story = make_story(320)
    a = write_file(tmp_path / "one" / "a.txt", story.dump())
    b = write_file(tmp_path / "two" / "page.html", story.page())
    first, again = invoke([str(a)]), invoke([str(a)])
    assert first.records[0]["id"] == again.records[0]["id"]
    assert first.stdout == again.stdout
    # a different layout and path, the same cleaned article: the same id
    assert invoke([str(b)]).records[0]["id"] == first.records[0]["id"]
    other = invoke([str(write_file(tmp_path / "three" / "x.txt", make_story(321).dump()))])
    assert other.records[0]["id"] != first.records[0]["id"]


def test_state_store_skips_articles_seen_in_an_earlier_run(tmp_path: Path) -> None:
    state = str(tmp_path / "seen.sqlite")
    day1 = [write_file(tmp_path / "d1" / f"{s.key}.txt", s.dump()) for s in stories(3, start=330)]
    day2 = [write_file(tmp_path / "d2" / f"{s.key}.txt", s.dump()) for s in stories(3, start=332)]
    first = invoke([str(tmp_path / "d1"), "--state", state])
    second = invoke([str(tmp_path / "d2"), "--state", state])
    assert first.summary()["written"] == 3
    assert second.summary() == {"read": 3, "written": 2, "duplicates": 0, "known": 1, "rejected": 0}
    assert [r["origin"]["path"] for r in second.records] == [str(p) for p in day2[1:]]
    assert len(day1) == 3


# -- the real seed dump -----------------------------------------------------------------


def _seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").splitlines()


def test_seed_dump(tmp_path: Path) -> None:
    lines = _seed_lines()
    nonempty = [line.strip() for line in lines if line.strip()]
    body = nonempty[3:-3]  # after the three echo lines, before the three trailing lines
    assert body[0] == lines[6].strip() and body[-1] == lines[50].strip()  # file lines 7 and 51
    run: Run = invoke([str(SEED)])
    assert run.code == 0, run.stderr
    (record,) = run.records
    assert record["title"] == "লামা 3 মে মাসে আসছে—ওপেনএআই কি চিন্তিত হওয়া উচিত?"
    assert record["source"] == "ডিক্রিপ্ট"
    assert record["lang"] == "bn"
    assert record["text"] == "\n\n".join(body)
    assert record["title"] not in record["text"]
    for number in (1, 2, 3, 4, 5, 53, 55, 57):
        line = lines[number - 1].strip()
        if line:
            assert line not in record["text"], f"line {number} left in the text"
    assert run.summary() == {"read": 1, "written": 1, "duplicates": 0, "known": 0, "rejected": 0}
    rules = {r["text"]: r["rule"] for r in record["removed"]}
    for number in (53, 55, 57):
        assert lines[number - 1].strip() in rules


def test_a_block_saved_twice_in_a_row_is_kept_once_and_a_refrain_stays() -> None:
    """A lazy-loading page saved by a scraper repeats a paragraph right after itself: the copy goes
    (``repeated-block``); a line the article brings back after other paragraphs stays, and so
    does a short one said twice."""
    import cleaner

    refrain = "«Ένα φάρμακο που δεν φτάνει στον ασθενή δεν είναι φάρμακο.»"
    doubled = "Η νέα γραμμή παραγωγής αναμένεται να λειτουργήσει τον Μάρτιο του επόμενου έτους."
    body = [
        "Η φαρμακοβιομηχανία της Πάτρας θα επενδύσει 42 εκατομμύρια ευρώ σε νέα μονάδα παραγωγής ινσουλίνης.",
        refrain, doubled, doubled,
        "Όχι. Όχι.", "Όχι. Όχι.",
        "Η εταιρεία αναμένει ότι η ετήσια παραγωγή θα αυξηθεί κατά ένα τρίτο.", refrain,
    ]
    article = cleaner.clean("\n\n".join(body), kind="text")
    kept = article.text.split("\n\n")
    assert kept.count(doubled) == 1 and kept.count(refrain) == 2 and kept.count("Όχι. Όχι.") == 2
    assert [r.rule for r in article.removed if r.rule == "repeated-block"] == ["repeated-block"]
