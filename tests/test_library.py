"""The library API: ``clean`` / ``clean_document``, ``run`` with callbacks, and the
streaming ``Cleaner`` (lazy, duplicates dropped across calls and runs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import (
    BOTTOM_LINKS,
    BRAND,
    CODECS,
    FORMATS,
    PITCH,
    SEED,
    SPAM,
    assert_clean,
    jsonl_bytes,
    make_story,
    stories,
    write_file,
)

import cleaner
from cleaner import Article, Cleaner, Options, Origin, RawRecord, Reject, Rejected, Summary


def _is_clean(article: Article, title: str, text: str) -> None:
    assert isinstance(article, Article)
    assert article.title == title
    assert article.text == text
    for fragment in SPAM:
        assert fragment not in article.text


def test_clean_text_dump() -> None:
    story = make_story(400)
    article = cleaner.clean(story.dump())
    _is_clean(article, story.title, story.text)
    assert article.source == story.outlet
    assert article.lang == "en"
    assert {r.rule for r in article.removed} and all(r.text for r in article.removed)
    assert any(r.text == PITCH for r in article.removed)
    assert article.origin == Origin("<string>")


def test_clean_html_page_and_feed_body() -> None:
    story = make_story(401)
    page = cleaner.clean(story.page(), kind="html")
    _is_clean(page, story.title, story.text)
    assert page.source == story.outlet
    assert page.url == story.url  # canonical link, tracking parameters gone
    feed = cleaner.clean(story.feed_html(), kind="html", title=story.title, url=story.tracked_url)
    _is_clean(feed, story.title, story.text)
    assert feed.url == story.url
    assert not any(line in feed.text for line in BOTTOM_LINKS)
    assert page.id == feed.id  # same cleaned article, same id


def test_clean_detects_html_without_kind() -> None:
    story = make_story(402)
    assert cleaner.clean(story.page()).text == story.text


def test_clean_bytes_input_matches_str() -> None:
    story = make_story(403)
    from_str = cleaner.clean(story.dump())
    from_bytes = cleaner.clean(story.dump().encode("utf-8"))
    assert from_bytes.to_dict() == from_str.to_dict()
    page = story.page().replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    legacy = cleaner.clean(page.encode("cp1252", "replace"), kind="html")
    assert "\u201c" in legacy.text  # curly quotes decoded from cp1252 bytes 0x93/0x94
    assert legacy.text == story.text.encode("cp1252", "replace").decode("cp1252")


def test_clean_seed_bytes() -> None:
    article = cleaner.clean(SEED.read_bytes())
    assert article.title == "লামা 3 মে মাসে আসছে—ওপেনএআই কি চিন্তিত হওয়া উচিত?"
    assert article.lang == "bn"
    assert article.source == "ডিক্রিপ্ট"


@pytest.mark.parametrize("content", ["", "   \n\n  \t", b"", b"\n"], ids=["empty", "blank", "bytes", "newline"])
def test_clean_rejects_empty_input(content: str | bytes) -> None:
    with pytest.raises(Rejected, match="empty"):
        cleaner.clean(content)


def test_clean_rejects_a_page_with_only_boilerplate() -> None:
    story = make_story(404)
    lines = [f"{story.title} - {story.outlet}", f"{story.title} - {story.outlet} {BRAND}", PITCH, "Time Stamp:",
             f"More from {story.outlet}"]
    with pytest.raises(Rejected, match="no text left"):
        cleaner.clean("\n\n".join(lines))


def test_trailing_block_goes_when_the_dump_has_no_echo_lines() -> None:
    """The title names the outlet once; the zephyrnet trailing block still goes as a whole."""
    story = make_story(406)
    lines = [f"{story.title} - {story.outlet}", *story.paragraphs, PITCH, "Time Stamp:", f"More from {story.outlet}"]
    article = cleaner.clean("\n\n".join(lines))
    assert article.title == story.title
    assert article.source == story.outlet
    assert article.text == story.text


def test_clean_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError, match="kind"):
        cleaner.clean("text", kind="pdf")


def test_clean_document_returns_reject_and_report_material() -> None:
    result, doc = cleaner.clean_document("")
    assert isinstance(result, Reject) and doc is None
    story = make_story(405)
    result, doc = cleaner.clean_document(story.dump())
    assert isinstance(result, Article) and doc is not None
    assert doc.body() == story.text


def test_run_with_callbacks(tmp_path: Path) -> None:
    group = stories(3, start=410)
    for s in group:
        write_file(tmp_path / f"{s.key}.txt", s.dump())
    write_file(tmp_path / "dup.jsonl", jsonl_bytes([group[0].jsonl_record("html")]))
    write_file(tmp_path / "zero.txt", "")
    written: list[Article] = []
    rejected: list[Reject] = []
    summary = cleaner.run([str(tmp_path)], Options(), write=written.append, reject=rejected.append)
    assert isinstance(summary, Summary)
    assert summary.balanced()
    assert (summary.read, summary.written, summary.duplicates, summary.rejected) == (5, 3, 1, 1)
    assert sorted(a.title for a in written) == sorted(s.title for s in group)
    assert [Path(r.origin.path).name for r in rejected] == ["zero.txt"]
    assert summary.to_dict()["removed_bytes"]


# -- streaming ----------------------------------------------------------------------------


class Tally:
    """An input generator that records how far it has been consumed."""

    def __init__(self, items: list[str]) -> None:
        self.items = items
        self.taken = 0

    def __iter__(self) -> Iterator[str]:
        for item in self.items:
            self.taken += 1
            yield item


def test_stream_is_lazy() -> None:
    group = stories(4, start=420)
    items = Tally([group[0].dump(), group[1].page(), group[1].dump(), group[2].dump(), group[3].dump()])
    with Cleaner() as c:
        results = c.stream(items)
        assert items.taken == 0
        first = next(results)
        assert items.taken == 1
        assert first.title == group[0].title
        second = next(results)
        assert items.taken == 2
        assert second.title == group[1].title
        third = next(results)  # item 3 is a copy of item 2 and is skipped, so item 4 is read
        assert items.taken == 4
        assert third.title == group[2].title
        assert next(results).title == group[3].title
        assert items.taken == 5
        with pytest.raises(StopIteration):
            next(results)


def test_stream_drops_duplicates_across_calls() -> None:
    group = stories(3, start=430)
    with Cleaner() as c:
        first = list(c.stream([s.dump() for s in group[:2]]))
        assert [a.title for a in first] == [s.title for s in group[:2]]
        second = list(c.stream([group[0].page(), group[2].dump(), group[1].dump()]))
        assert [a.title for a in second] == [group[2].title]
        assert c.clean(group[2].page(), kind="html") is None


def test_stream_returns_rejects_in_place() -> None:
    story = make_story(440)
    with Cleaner() as c:
        out = list(c.stream(["", story.dump()]))
    assert isinstance(out[0], Reject) and out[0].origin == Origin("<stream>", 0)
    assert isinstance(out[1], Article) and out[1].origin == Origin("<stream>", 1)


def test_cleaner_marks_duplicates_when_not_skipping() -> None:
    story = make_story(441)
    with Cleaner(skip_duplicates=False) as c:
        first = c.clean(story.dump())
        again = c.clean(story.page(), kind="html")
    assert isinstance(first, Article) and isinstance(again, Article)
    assert first.duplicate_of is None
    assert again.duplicate_of == first.id


def test_cleaner_accepts_raw_records() -> None:
    story = make_story(442)
    raw = RawRecord(Origin("feed.jsonl", 7, "rec-7"), story.feed_html(), "html", url=story.tracked_url,
                    title=story.title, authors=[story.author], published=story.published)
    with Cleaner() as c:
        (article,) = list(c.stream([raw]))
    _is_clean(article, story.title, story.text)
    assert article.origin == Origin("feed.jsonl", 7, "rec-7")
    assert article.url == story.url
    assert article.authors == [story.author]


def test_cleaner_state_is_shared_across_instances(tmp_path: Path) -> None:
    state = str(tmp_path / "seen.sqlite")
    group = stories(2, start=450)
    with Cleaner(state=state) as c:
        assert [a.title for a in c.stream([group[0].dump()])] == [group[0].title]
    with Cleaner(state=state) as c:
        assert [a.title for a in c.stream([group[0].page(), group[1].dump()])] == [group[1].title]


# -- every input format through the library's batch entry point -------------------------


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_run_reads_every_format(tmp_path: Path, fmt: str) -> None:
    codec = CODECS[list(FORMATS).index(fmt) % len(CODECS)]  # a different compression for each format
    path, expected = FORMATS[fmt](tmp_path, codec)
    written: list[Article] = []
    rejected: list[Reject] = []
    summary = cleaner.run([str(path)], Options(), write=written.append, reject=rejected.append)
    assert rejected == []
    assert summary.written == len(expected) == len(written)
    for article, (story, want) in zip(written, expected, strict=True):
        assert_clean(article.to_dict(), story, source=want["source"])
        assert article.origin.path == str(path)
        assert article.origin.index == want["index"]


PARSED_PAGE = """<html><head><title>Tidal turbines power a village - Harbour Ledger</title>
<meta property="og:site_name" content="Harbour Ledger"></head><body>
<nav class="main-nav"><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Tidal turbines power a village</h1>
<p>Four tidal turbines anchored off the northern coast now supply every home in the village of Nant with electricity.</p>
<p>The operators say output has matched forecasts for three months, even through the winter storms.</p>
<p>Engineers will add two more turbines next spring if the seabed survey confirms the site is stable.</p>
</article><div class="share-buttons">Share on Facebook</div></body></html>"""


def test_a_page_parsed_with_lxml_is_cleaned_without_serialising_and_left_unchanged() -> None:
    from lxml import etree
    from lxml import html as lxml_html

    tree = lxml_html.fromstring(PARSED_PAGE)
    before = etree.tostring(tree)
    from_tree = cleaner.clean(tree)
    assert etree.tostring(tree) == before  # the caller's tree is not touched
    from_text = cleaner.clean(PARSED_PAGE, kind="html")
    assert (from_tree.title, from_tree.text, from_tree.source) == (from_text.title, from_text.text, from_text.source)
    assert from_tree.title == "Tidal turbines power a village" and "Share on Facebook" not in from_tree.text


def test_a_beautifulsoup_page_is_accepted_by_clean_and_stream() -> None:
    import bs4  # the test extra installs it
    soup = bs4.BeautifulSoup(PARSED_PAGE, "lxml")
    article = cleaner.clean(soup)
    assert article.text.startswith("Four tidal turbines") and article.source == "Harbour Ledger"
    with cleaner.Cleaner() as c:
        results = list(c.stream([soup, bs4.BeautifulSoup(PARSED_PAGE, "html.parser")]))
    assert len(results) == 1  # the second is the same article: folded
    assert results[0].text == article.text
