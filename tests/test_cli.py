"""The ``clean-article`` command end to end: every input format and compression, stdin,
directories, --explain, --rejects, the summary line and exit codes."""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import (
    BOTTOM_LINKS,
    BRAND,
    CODECS,
    FORMATS,
    PITCH,
    assert_clean,
    invoke,
    jsonl_bytes,
    make_story,
    records_of,
    stories,
    warc_bytes,
    wordpress_rendered,
    write_file,
)

# -- every format, every compression -----------------------------------------------------

@pytest.mark.parametrize("codec", CODECS, ids=lambda c: c.lstrip(".") or "plain")
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_and_compression(tmp_path: Path, fmt: str, codec: str) -> None:
    path, expected = FORMATS[fmt](tmp_path, codec)
    run = invoke([str(path)])
    assert run.code == 0, run.stderr
    records = run.records
    assert len(records) == len(expected), run.stderr
    for record, (story, want) in zip(records, expected, strict=True):
        assert_clean(record, story, source=want["source"])
        assert record["origin"]["path"] == str(path)
        assert record["origin"]["index"] == want["index"]
        if "id" in want:
            assert record["origin"]["id"] == want["id"]
        if "url" in want:
            assert record["url"] == want["url"]
        if "published" in want:
            assert record["published"] == want["published"]
        if "authors" in want:
            assert record["authors"] == want["authors"]
    assert run.summary() == {"read": len(expected), "written": len(expected), "duplicates": 0, "known": 0,
                             "rejected": 0}


def test_wordpress_feed_records_keep_their_extra_fields_in_meta(tmp_path: Path) -> None:
    path, expected = wordpress_rendered(tmp_path, "")
    records = invoke([str(path)]).records
    for record, (story, _) in zip(records, expected, strict=True):
        assert record["meta"]["tags"][:2] == ["plato", "Plato Data Intelligence"]
        assert any(r["text"].startswith(BOTTOM_LINKS[0]) or BOTTOM_LINKS[0] in r["text"] for r in record["removed"])
        assert record["text"] == story.text


def test_warc_per_record_gzip_skips_non_html_and_rejects_error_pages(tmp_path: Path) -> None:
    """A crawler's .warc.gz (one gzip member per record), with an image and a 404 in it."""
    group = stories(3, start=60)
    data = warc_bytes([(s.tracked_url, s.page(url=s.tracked_url)) for s in group], extras=True, gzip=True)
    path = write_file(tmp_path / "CC-MAIN-00001.warc.gz", data)
    rejects = tmp_path / "rejects.jsonl"
    run = invoke([str(path), "--rejects", str(rejects)])
    assert run.code == 0
    assert [r["title"] for r in run.records] == [s.title for s in group]
    for record, story in zip(run.records, group, strict=True):
        assert_clean(record, story)
        assert record["origin"]["id"].startswith("<urn:uuid:")
        assert record["meta"]["http_status"] == 200
    (reject,) = records_of(rejects)
    assert "404" in reject["reason"]
    assert run.summary() == {"read": 4, "written": 3, "duplicates": 0, "known": 0, "rejected": 1}


def test_markdown_heading_title_loses_its_marker(tmp_path: Path) -> None:
    story = make_story(13)
    md = story.dump().replace(f"{story.title} - {story.outlet}\n", f"# {story.title} - {story.outlet}\n", 1)
    path = write_file(tmp_path / "article.md", md)
    (record,) = invoke([str(path)]).records
    assert record["text"] == story.text
    assert record["title"] == story.title


# -- directories and stdin ---------------------------------------------------------------


def test_directory_is_walked_recursively_in_stable_order(tmp_path: Path) -> None:
    group = stories(6, start=70)
    root = tmp_path / "dumps"
    files = {
        "b/2024/02/zz.txt": group[0].dump(),
        "a.html": group[1].page(),
        "b/2024/01/feed.jsonl": jsonl_bytes([group[2].jsonl_record(), group[3].jsonl_record("html")]),
        "b/aa.md": group[4].dump(),
        ".hidden/skip.txt": make_story(99).dump(),
    }
    for rel, data in files.items():
        write_file(root / rel, data)
    write_file(root / "c.txt", group[5].dump(), ".gz")
    run = invoke([str(root)])
    assert run.code == 0, run.stderr
    got = [(r["origin"]["path"], r["origin"]["index"], r["title"]) for r in run.records]
    assert got == [
        (str(root / "a.html"), 0, group[1].title),
        (str(root / "b/2024/01/feed.jsonl"), 0, group[2].title),
        (str(root / "b/2024/01/feed.jsonl"), 1, group[3].title),
        (str(root / "b/2024/02/zz.txt"), 0, group[0].title),
        (str(root / "b/aa.md"), 0, group[4].title),
        (str(root / "c.txt.gz"), 0, group[5].title),
    ]
    assert invoke([str(root)]).stdout == run.stdout


def test_stdin_dash_reads_a_dump(tmp_path: Path) -> None:
    story = make_story(80)
    run = invoke(["-"], stdin=story.dump().encode("utf-8"))
    assert run.code == 0, run.stderr
    (record,) = run.records
    assert_clean(record, story)
    assert record["origin"]["path"] == "-"


def test_stdin_pipe_through_the_installed_command_sniffs_gzip_jsonl(tmp_path: Path) -> None:
    """A real pipe into the console script: `zcat`-less gzip JSONL on stdin, records on stdout."""
    group = stories(2, start=81)
    data = gzip.compress(jsonl_bytes([s.jsonl_record("html") for s in group]))
    exe = Path(sys.executable).with_name("clean-article")
    proc = subprocess.run([str(exe), "-", "--no-progress"], input=data, capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"}, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    records = [json.loads(line) for line in proc.stdout.decode("utf-8").splitlines()]
    assert [r["title"] for r in records] == [s.title for s in group]
    for record, story in zip(records, group, strict=True):
        assert_clean(record, story, source=False)
    assert "read 2 documents: 2 articles written" in proc.stderr.decode()


# -- explain, rejects, summary, exit codes -----------------------------------------------


def test_explain_marks_each_removed_line_with_its_rule(tmp_path: Path) -> None:
    story = make_story(90)
    path = write_file(tmp_path / "dump.txt", story.dump())
    out = tmp_path / "out.jsonl"
    run = invoke([str(path), "--explain", "-o", str(out)])
    assert run.code == 0
    report = run.stdout.decode("utf-8")
    assert f"title:  {story.title!r}" in report
    lines = report.splitlines()
    removed = {line for line in lines if line.startswith((" - [", " x [", "   - ["))}

    def marked(text: str) -> str:
        hits = [line for line in removed if line.rstrip().endswith(text)]
        assert hits, f"{text!r} not reported as removed:\n{report}"
        rule = hits[0].split("[", 1)[1].split("]", 1)[0]
        assert rule and " " not in rule
        return rule

    for spam in (PITCH, "Time Stamp:", f"More from {story.outlet}", f"{story.title} - {story.outlet} {BRAND}"):
        marked(spam)
    for paragraph in story.paragraphs:
        assert f"   {paragraph}" in lines  # kept lines are shown unmarked
    assert "-> kept" in report
    # the records still go to --output
    (record,) = records_of(out)
    assert record["text"] == story.text
    # every removal in the record is a rule/text pair the report also shows
    for removal in record["removed"]:
        assert f"[{removal['rule']}]" in report


def test_rejects_file_summary_and_exit_code_zero(tmp_path: Path) -> None:
    good = stories(3, start=100)
    root = tmp_path / "in"
    for s in good:
        write_file(root / f"{s.key}.txt", s.dump())
    write_file(root / "empty.txt", "")
    write_file(root / "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(200))
    lost = make_story(105)  # a page whose body the scraper lost: echoes and trailing block only
    lines = [f"{lost.title} - {lost.outlet}", f"{lost.title} - {lost.outlet} {BRAND}", PITCH, "Time Stamp:",
             f"More from {lost.outlet}"]
    write_file(root / "spam-only.txt", "\n\n".join(lines) + "\n")
    write_file(root / "feed.jsonl", b'{"id": "x1", "title": "No body here"}\n{"id": "x2", "text": "   "}\nnot json\n')
    rejects = tmp_path / "rejects.jsonl"
    run = invoke([str(root), "--rejects", str(rejects)])
    assert run.code == 0
    assert [r["title"] for r in run.records] == [s.title for s in good]
    rejected = records_of(rejects)
    assert len(rejected) >= 5
    for item in rejected:
        assert set(item) == {"origin", "reason"}
        assert set(item["origin"]) == {"path", "index", "id"}
        assert item["reason"]
        assert f"rejected {item['origin']['path']}" in run.stderr
    paths = {Path(item["origin"]["path"]).name for item in rejected}
    assert {"empty.txt", "photo.txt", "spam-only.txt", "feed.jsonl"} <= paths
    assert [i["origin"]["index"] for i in rejected if i["origin"]["path"].endswith("feed.jsonl")] == [0, 1, 2]
    summary = run.summary()
    assert summary["written"] == 3
    assert summary["rejected"] == len(rejected)
    assert summary["read"] == summary["written"] + summary["duplicates"] + summary["known"] + summary["rejected"]


def test_quiet_prints_no_summary(tmp_path: Path) -> None:
    path = write_file(tmp_path / "a.txt", make_story(110).dump())
    run = invoke([str(path), "-q"])
    assert run.code == 0
    assert run.stderr == ""
    assert len(run.records) == 1


@pytest.mark.parametrize(
    "args",
    [[], ["--no-such-option", "x.txt"], ["--jobs", "-1", "x.txt"], ["--explain"]],
    ids=["no-input", "unknown-option", "bad-jobs", "option-without-input"],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    run = invoke(args)
    assert run.code == 2
    assert run.stdout == b""
    assert "Usage:" in run.stderr


def test_missing_input_is_a_usage_error_before_anything_is_written(tmp_path: Path) -> None:
    good = write_file(tmp_path / "a.txt", make_story(111).dump())
    out = tmp_path / "out.jsonl"
    run = invoke([str(tmp_path / "nope.txt"), str(good), "-o", str(out)])
    assert run.code == 2
    assert "no such file or directory" in run.stderr and "nope.txt" in run.stderr
    assert not out.exists()


def test_output_file_written_and_stdout_left_empty(tmp_path: Path) -> None:
    group = stories(2, start=120)
    paths = [write_file(tmp_path / f"{s.key}.txt", s.dump()) for s in group]
    out = tmp_path / "clean.jsonl"
    run = invoke([*map(str, paths), "-o", str(out)])
    assert run.code == 0
    assert run.stdout == b""
    assert [r["title"] for r in records_of(out)] == [s.title for s in group]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".clean.jsonl")]


def test_counts_of_one_read_in_the_singular(tmp_path: Path) -> None:
    good = write_file(tmp_path / "a.txt", make_story(112).dump())
    run = invoke([str(good)])
    assert "read 1 document: 1 article written, 0 duplicates folded" in run.stderr


def test_package_metadata_uses_an_spdx_license() -> None:
    text = (Path(__file__).parent.parent / "pyproject.toml").read_text()
    assert re.search(r'^license = "[A-Za-z0-9.+-]+"$', text, re.M)  # a TOML table is deprecated by setuptools
    assert re.search(r'requires = \["setuptools>=(7[7-9]|[89]\d)', text)


def test_version_and_help_do_not_load_the_pipeline() -> None:
    """``--version`` and ``--help`` answer from the CLI module alone: no trafilatura, no rules."""
    probe = ("import sys\nfrom click.testing import CliRunner\nfrom cleaner.cli import main\n"
             "for args in (['--version'], ['--help'], ['state', '--help']):\n"
             "    assert CliRunner().invoke(main, args).exit_code == 0, args\n"
             "heavy = sorted(m for m in ('cleaner.pipeline', 'cleaner.strip', 'trafilatura', 'numpy') if m in sys.modules)\n"
             "assert not heavy, heavy\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


WHOLE_PAGES = [
    # (url, the page's lines as Common Crawl extracts them, "@<n>" for the article's paragraph n,
    # title, source, the article's paragraphs)
    ("https://www.eastbaygazette.co.uk/news/cycle-lane-12345",
     ["Council approves new cycle lane on Harbour Road | Eastbay Gazette", "Skip to content", "Eastbay Gazette",
      "Home", "News", "Sport", "Business", "What's On", "Subscribe", "Log in", "Search",
      "Council approves new cycle lane on Harbour Road", "@0", "12 March 2024",
      "@1", "@2", "@3", "@4", "Share this article", "Facebook", "Twitter", "Email",
      "Related stories", "Ferry timetable cut for winter months", "New school crossing opens on Mill Lane",
      "About us", "Contact us", "Privacy policy", "© 2024 Eastbay Gazette. All rights reserved."],
     "Council approves new cycle lane on Harbour Road", "Eastbay Gazette",
     ["By Maria Jensen",  # (the writer's byline under the headline is the article's; the date under it goes)
      "Eastbay council has approved a two-kilometre protected cycle lane along Harbour Road after a vote of "
      "seven to four on Tuesday night.",
      "The lane will replace one row of parking between the ferry terminal and the old fish market, and work "
      "is expected to start in June.",
      "Cycle lanes elsewhere",
      "Two neighbouring towns built similar lanes last year and report fewer collisions since they opened."]),
    ("https://minato-shinpo.example.jp/news/20250312-market",
     ["港町の市場、築90年の建物を改修へ｜みなと新報", "メインコンテンツへスキップ", "みなと新報", "ニュース", "スポーツ",
      "経済", "ログイン", "港町の市場、築90年の建物を改修へ", "2025年3月12日 08:30", "@0",
      "@1", "@2", "@3", "この記事をシェアする", "X", "Facebook", "LINE", "関連記事", "港町駅前の再開発、来月着工",
      "中央公園の桜、見頃は来週末か", "会社概要", "お問い合わせ", "© 2025 みなと新報 All rights reserved."],
     "港町の市場、築90年の建物を改修へ", "みなと新報",
     ["記者：佐藤 美咲", "港町市は12日、老朽化が進む中央市場の建物を来年度から3年かけて改修すると発表した。総事業費は約18億円を見込む。",
      "市場は1935年に建てられ、耐震基準を満たしていないことが昨年の調査で分かっていた。",
      "市場組合の田中一郎組合長は「昔ながらの雰囲気を残してほしいというのが店主たちの願いだ」と話した。"]),
    # a title with no site name: the masthead the footer repeats is the source; a standfirst under
    # the headline stays, the byline stays and the date under it goes; a subheading between paragraphs stays
    ("https://khabarnameh-tabriz.example.ir/news/8812",
     ["پل جدید روی رودخانه آجی‌چای تا پایان تابستان افتتاح می‌شود", "خبرنامه تبریز", "صفحه اصلی", "اقتصاد",
      "جامعه", "ورزش", "پل جدید روی رودخانه آجی‌چای تا پایان تابستان افتتاح می‌شود", "@0",
      "@1", "۲۹ اسفند ۱۴۰۳ - 11:30", "اشتراک‌گذاری", "@2", "@3", "@4",
      "اخبار مرتبط", "بازگشایی بازار سرپوشیده پس از مرمت", "درباره ما", "تماس با ما",
      "کلیه حقوق این سایت متعلق به خبرنامه تبریز است."],
     "پل جدید روی رودخانه آجی‌چای تا پایان تابستان افتتاح می‌شود", "خبرنامه تبریز",
     ["شهرداری تبریز می‌گوید پل تازه ترافیک ورودی شرق شهر را تا یک سوم کاهش خواهد داد.",
      "نویسنده: مریم رضایی",
      "ساخت این پل ۴۲۰ متری از دو سال پیش آغاز شد و اکنون بیش از هشتاد درصد آن به پایان رسیده است.",
      "هزینه و زمان‌بندی",
      "به گفته معاون عمرانی شهرداری، هزینه طرح حدود دو هزار میلیارد ریال است و عملیات آسفالت در تیرماه انجام می‌شود."]),
]


def _wet_file(path: Path, pages: list[tuple[str, str]]) -> None:
    import io

    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
    for url, text in pages:
        writer.write_record(writer.create_warc_record(url, "conversion", payload=io.BytesIO(text.encode("utf-8")),
                                                      warc_content_type="text/plain"))
    path.write_bytes(buf.getvalue())


def test_a_wet_record_of_a_whole_page_keeps_the_article_and_drops_its_chrome(tmp_path: Path) -> None:
    """A WET record is the text of the whole page: its menu, byline, share buttons, related headlines
    and footer go (``page-chrome``), the headline is the title, the site's name in the title (or the
    masthead its footer repeats) the source; a standfirst and a subheading between paragraphs stay.
    English, Japanese and Persian pages alike."""
    pages = [(url, "\n".join(paragraphs[int(line[1:])] if line.startswith("@") else line for line in lines))
             for url, lines, _, _, paragraphs in WHOLE_PAGES]
    # a home page: menu and headlines, no paragraph, no article: a reject with its reason
    pages.append(("https://www.eastbaygazette.co.uk/", "\n".join([
        "Eastbay Gazette | Local news", "Home", "News", "Sport", "Ferry timetable cut for winter months",
        "New school crossing opens on Mill Lane", "Council approves new cycle lane on Harbour Road", "About us"])))
    path = tmp_path / "CC-MAIN-20250301-00001.warc.wet.gz"
    _wet_file(path, pages)
    rejects = tmp_path / "rejects.jsonl"
    run = invoke([str(path), "--rejects", str(rejects)])
    assert run.code == 0, run.stderr
    assert [r["reason"] for r in records_of(rejects)] == [
        "no article: the page's text has no paragraph (a home page, a listing or a menu)"]
    for record, (_, _, title, source, paragraphs) in zip(run.records, WHOLE_PAGES, strict=True):
        assert record["title"] == title and record["source"] == source
        assert record["text"].split("\n\n") == paragraphs
        assert "page-chrome" in {r["rule"] for r in record["removed"]}


def test_a_common_crawl_wet_file_is_read_as_text_records(tmp_path: Path) -> None:
    """A WET file (Common Crawl's text extracts: ``conversion`` records of ``text/plain``, the
    page's title on the first line, the text's lines under it) gives one text record per page,
    cleaned like a dump, with the page's address and crawl date; other records are skipped."""
    import io

    from warcio.warcwriter import WARCWriter

    title = "Zürcher Start-up sammelt 12 Millionen Franken für Batterierecycling"
    body = ["Das Zürcher Start-up Cirkel hat in einer Finanzierungsrunde 12 Millionen Franken eingesammelt.",
            "Mit dem Geld soll eine Anlage in Winterthur entstehen, die jährlich 4000 Tonnen Batterien verarbeitet.",
            "Die Gründer rechnen mit dem Betriebsstart im Herbst des kommenden Jahres."]
    spam = f"{title} - Handelszeitung PlatoBlockchain Datenintelligenz. Vertikale Suche. Ai."
    copy = "\n".join([f"{title} - Handelszeitung", spam, *body, "Zeitstempel:", "Mehr von Handelszeitung"])
    clean = "\n".join(["Neue Veloroute zwischen Bern und Thun eröffnet",
                       "Die neue Veloroute entlang der Aare ist seit Montag durchgehend befahrbar.",
                       "Der Kanton hat dafür rund acht Millionen Franken investiert."])
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    writer.write_record(writer.create_warcinfo_record("CC-MAIN-test.warc.wet.gz", {"software": "test"}))
    for url, text in (("https://zephyrnet.com/de/zuercher-start-up/", copy), ("https://example.ch/veloroute", clean)):
        record = writer.create_warc_record(url, "conversion", payload=io.BytesIO(text.encode("utf-8")),
                                           warc_content_type="text/plain",
                                           warc_headers_dict={"WARC-Identified-Content-Language": "deu"})
        writer.write_record(record)
    path = tmp_path / "CC-MAIN-20250101-00000.warc.wet.gz"
    path.write_bytes(buf.getvalue())
    run = invoke([str(path)])
    assert run.code == 0, run.stderr
    records = run.records
    assert [r["title"] for r in records] == [title, "Neue Veloroute zwischen Bern und Thun eröffnet"]
    assert records[0]["source"] == "Handelszeitung" and records[0]["text"] == "\n\n".join(body)
    assert records[0]["url"] == "https://zephyrnet.com/de/zuercher-start-up/"
    assert records[1]["text"].split("\n\n") == clean.split("\n")[1:]


def test_a_json_record_holding_a_whole_pages_text_is_read_as_a_page(tmp_path: Path) -> None:
    """A crawl exported as JSON Lines (a title and the whole page's plain text, as corpora built
    from WET files hold them) is read as a page when a menu stands above its article and links
    below it; a record whose text is the article alone is a dump as before."""
    url, lines, title, source, paragraphs = WHOLE_PAGES[0]
    text = "\n".join(paragraphs[int(line[1:])] if line.startswith("@") else line for line in lines[1:])
    article_only = "\n\n".join([
        "Traders on Harbour Road met on Wednesday to discuss a legal challenge to the new cycle lane.",
        "The business association said it had asked two law firms for advice on the consultation.",
        "A council spokesperson said the scheme had followed every step the law requires."])
    path = tmp_path / "crawl.jsonl"
    path.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in (
        {"url": url, "title": lines[0], "text": text},
        {"url": url + "-b", "title": "Harbour Road traders weigh legal challenge", "text": article_only},
    )) + "\n", encoding="utf-8")
    run = invoke([str(path)])
    assert run.code == 0, run.stderr
    page, plain = run.records
    assert page["title"] == title and page["source"] == source and page["text"].split("\n\n") == paragraphs
    assert "page-chrome" in {r["rule"] for r in page["removed"]}
    assert plain["text"] == article_only and "page-chrome" not in {r["rule"] for r in plain["removed"]}


def test_page_text_keeps_tables_and_gallery_captions_and_drops_counters_and_the_sites_own_paragraphs() -> None:
    """A page's article keeps a table's rows between its paragraphs and a gallery's captions (few,
    long words: Tamil); a gallery's counters, the site's "about us" paragraph past the related
    headlines, and a title shortened for search engines give way to the page's own headline."""
    import cleaner

    caption = ["ரோஜா மலர்களால் உருவாக்கப்பட்ட நீலகிரி மலை ரயில் மாதிரி.",
               "மலர் அலங்காரங்களுக்கு முன் செல்ஃபி எடுக்கும் குடும்பங்கள்.",
               "தோட்டக்கலைத் துறையின் அரங்கில் வைக்கப்பட்ட அரிய வகை ஆர்க்கிட் மலர்கள்."]
    lines = ["கொங்கு முரசு", "முகப்பு", "கோவை", "திருப்பூர்", "ஈரோடு", "விளையாட்டு", "சினிமா",
             "கோவை மலர்க் கண்காட்சி 2025: படங்களில் ஒரு சுற்று", "பகிர்",
             "படம் 1 / 3", caption[0], "படம் 2 / 3", caption[1], "படம் 3 / 3", caption[2],
             "அதிகம் படித்தவை", "திருப்பூர் பின்னலாடை ஏற்றுமதி 12 சதவீதம் உயர்வு", "ஈரோடு மஞ்சள் சந்தையில் விலை சரிவு",
             "எங்களைப் பற்றி", "தொடர்புக்கு", "தனியுரிமைக் கொள்கை"]
    article = cleaner.clean("\n".join(lines), kind="page", title="கோவை மலர்க் கண்காட்சி 2025: படங்களில் ஒரு சுற்று | கொங்கு முரசு")
    assert article.text.split("\n\n") == caption and article.source == "கொங்கு முரசு"

    body = ["El Orihuela CF sufrió más de lo previsto en Lorca, pero un gol de Adrián Montoya en el minuto 84 le dio "
            "la victoria y el cuarto puesto.",
            "Pos. Equipo PJ G E P Pts", "1 UCAM Murcia B 30 18 7 5 61", "2 Atlético Pulpileño 30 17 6 7 57",
            "3 Yeclano Deportivo 30 15 9 6 54", "4 Orihuela CF 30 15 7 8 52",
            "El próximo domingo el Orihuela recibe al Yeclano en Los Arcos, en un duelo directo por el playoff."]
    headline = "El Orihuela CF gana en Lorca con un gol de Montoya y se mete en puestos de playoff"
    lines = ["Saltar al contenido", "El Heraldo del Segura", "Portada", "Murcia", "Vega Baja", "Deportes",
             "Economía", "Opinión", headline, "Javier Ortuño", "21/04/2025 - 08:40", *body, "Publicidad",
             "Lo más leído", "La feria de Cieza bate su récord de visitantes", "Cortes de agua en Orihuela por obras",
             "El Heraldo del Segura es un diario digital independiente que cubre la Vega Baja desde 2009.",
             "Quiénes somos", "Aviso legal", "Política de privacidad"]
    article = cleaner.clean("\n".join(lines), kind="page", title="Orihuela gana en Lorca y entra en playoff | El Heraldo del Segura")
    assert article.title == headline and article.source == "El Heraldo del Segura"
    assert article.text.split("\n\n") == body


RESULT_PAGES = {
    "so": ("Horseed oo guul ku gaaray Marka", ["Kooxda Horseed ayaa habeenkii Jimcaha ku garaacday Dekedda Marka "
           "laba gool iyo hal gool, ciyaar ay daawadeen in ka badan saddex kun oo taageere.", "Tababaraha Horseed ayaa "
           "sheegay in ciyaartoydiisu ay muujiyeen dulqaad, gaar ahaan qaybtii labaad ee ciyaarta."],
           "Natiijooyinka todobaadka:", ["Horseed Baydhabo 2-1 Dekedda Marka", "Jowhar United 0-0 Afgooye",
                                         "Kismaayo Star 3-1 Beledweyne"]),
    "mt": ("Il-festa ta' Ħal Safi ġabret €3,460", ["Il-ġbir tal-Ħadd tal-festa tela' għal €3,460 u se jmur "
           "għat-tiswija tas-saqaf tas-sagristija, qal il-Kappillan.", "Il-voluntiera ħadmu għal tliet ġimgħat "
           "biex iżejnu t-toroq u jorganizzaw il-purċissjoni."],
           "L-attivitajiet li ġejjin:", ["23 ta' Novembru – Jum il-morda, quddiesa fis-6.00 pm",
                                         "7 ta' Diċembru – Kunċert tal-Milied mill-kor parrokkjali"]),
}


@pytest.mark.parametrize("lang", sorted(RESULT_PAGES))
def test_page_text_keeps_the_results_or_dates_its_story_lists_under_it_and_not_the_contact_row(lang: str) -> None:
    """Under a club's or a parish's story in a whole page's text, the week's results ("Jowhar United
    0-0 Afgooye") or the coming events ("7 ta' Diċembru – Kunċert ...") under the line announcing
    them are the story's; the contact row below them ("Tel: ... | ...") is the site's."""
    import cleaner

    headline, body, heading, rows = RESULT_PAGES[lang]
    contact = "Tel: 2164 1122 | info@example.org"
    lines = ["Home", "News", "Sport", "Contact", headline, "12/11/2025", *body, heading, *rows, contact,
             "Share", "© 2025 Example"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{headline} | Example")
    assert article.text.split("\n\n") == [*body, heading, *rows]


def test_page_text_drops_a_pull_quote_with_its_speaker_and_keeps_the_paragraph() -> None:
    """A pull quote set between a page's paragraphs, in its own quotation marks, cut short or joined
    from two sentences the paragraph sets apart, with the speaker after a dash: the paragraph says it."""
    import cleaner

    body = ["The ferry across Carrow Water has run since 1871, and for the last fifty years the same family has "
            "poled it from bank to bank.",
            '"People love the idea of it," says parish councillor Jane Threlfall. "They post photos of it, they write '
            "to us about it. What they don't want is to be standing on a punt at seven in the morning in February.\"",
            "The council will decide in January whether to keep paying the subsidy."]
    pull = "\"People love the idea of it. What they don't want is to be standing on a punt at seven in the morning " \
        "in February.\" – Jane Threlfall"
    lines = ["Home", "News", "Features", "The last ferryman of Carrow Water", "Features desk", body[0], body[1],
             pull, body[2], "Share", "© 2025 Broadland Voice"]
    article = cleaner.clean("\n".join(lines), kind="page", title="The last ferryman of Carrow Water | Broadland Voice")
    assert article.text.split("\n\n") == ["Features desk", *body]  # (the desk's byline stays)
    assert {r.rule for r in article.removed if r.text == pull} == {"page-echo"}


@pytest.mark.parametrize("label", ["Tuairimí", "Teswîr", "Mga puna", "Diskusia"])
def test_a_counter_no_lexicon_knows_heads_the_comments_it_counts(label: str) -> None:
    """A short label with a count in brackets over exactly as many comment headers (a name, a dot, a
    time) is the comment section's counter in whatever language: the comments under it go. A label
    whose count the lines below do not match is left to the other rules."""
    import cleaner

    body = ["Tá an cheárta i mBéal an Átha Mhóir ar oscailt le céad bliain, agus tá Peadar Ó Loingsigh fós ag "
            "obair ann gach lá den tseachtain.",
            "Deir sé go dtagann daoine óga isteach ag iarraidh an cheird a fheiceáil, cé nach bhfuil ach beirt "
            "gaibhne eile fágtha sa chontae.",
            "Beidh lá oscailte sa cheárta Dé Sathairn, 29 Samhain, ó 11 r.n. go 3 i.n."]
    comments = ["Máire Uí Dhonnchadha · 2 lá ó shin", "Scéal álainn. Bhí m'athair ag triall ar an gceárta sin.",
                "Seán B. · 1 lá ó shin", "Ba chóir don chomhairle cabhrú leis an gceird a choinneáil beo."]
    lines = ["Baile", "Nuacht", "Spórt", "An gabha deireanach sa pharóiste", "12 Samhain 2025", *body,
             f"{label} (2)", *comments, "© 2025 Nuacht an Chláir"]
    title = "An gabha deireanach sa pharóiste | Nuacht an Chláir"
    article = cleaner.clean("\n".join(lines), kind="page", title=title)
    assert article.text.split("\n\n") == body
    assert {r.rule for r in article.removed if r.text in comments} == {"page-comments"}
    lines[lines.index(f"{label} (2)")] = f"{label} (5)"
    article = cleaner.clean("\n".join(lines), kind="page", title=title)
    assert not any(r.rule == "page-comments" for r in article.removed)


@pytest.mark.parametrize("counter", ["Comments (3)", "تبصرے (3)", "Коментарі (3)", "Bình luận (3)", "Lewer kommentaar (3)"])
def test_a_pages_comment_section_goes_under_its_counter(counter: str) -> None:
    """In a whole page's text, the readers' comments (a name, a time, a sentence, again) under the
    comment section's counter are no part of the article, in whatever language the counter is (a
    word written as syllables too: "Bình luận"); the tag line between the article and the counter
    then ends the article's trailing lines, and goes with them."""
    import cleaner

    body = ["The first section of the expressway between the bridge and the old market will open to traffic in "
            "May, the development authority said on Thursday.",
            "Engineers raised the walls of the drain on both sides of the road so that monsoon water no longer "
            "floods the carriageway.",
            "The second section, to the commercial market, is due to open next spring."]
    comments = ["Imran Ahmed", "2 hours ago", "We have been hearing about this project for twenty years, it would be "
                "something if it finally opened.", "Farah Naz", "1 hour ago",
                "In the rains the water used to reach our houses, I hope that is over now."]
    lines = ["Pothohar Times", "Home", "Rawalpindi", "Islamabad", "Business", "Sport",
             "Expressway's first section to open in May", "Special correspondent", "24 April 2025", "Share",
             *body, "Tags: expressway, Rawalpindi, drainage, monsoon", counter, *comments, "More news",
             "Cleanliness drive enters second phase",
             "About us", "Contact", "Privacy policy", "© 2025 Pothohar Times"]
    article = cleaner.clean("\n".join(lines), kind="page", title="Expressway's first section to open in May | Pothohar Times")
    assert article.text.split("\n\n") == body
    assert {r.rule for r in article.removed if r.text in comments} == {"page-comments"}


def test_a_page_text_article_follows_its_headline_past_a_longer_consent_wall() -> None:
    """A consent wall of long sentences above the menu runs longer than a three-paragraph brief:
    the article is the run under the line the title echoes, not the longest one on the page."""
    import cleaner

    wall = ["We respect your privacy and use cookies and similar technologies to improve your experience, to "
            "personalise the content and the advertising you see and to analyse how our site is used.",
            "By clicking accept all you agree to the storing of cookies on your device and to the processing of "
            "your data by us and by our 212 partners for the purposes described in our cookie policy.",
            "You can change your choices at any time by visiting the privacy settings at the bottom of every page."]
    brief = ["A multi-storey car park with room for 500 cars opened near the ski lift on Monday.",
             "The car park has charging points for 40 electric cars and a shuttle to the town centre.",
             "The council says it will end the queues of parked cars along the mountain road in winter."]
    lines = [*wall, "Accept all", "Settings", "Reject", "Valley Times", "Home", "News", "Sport", "Business",
             "Car park for 500 cars opens near the ski lift", "Staff reporter", "24 April 2025", "Share", *brief,
             "More news", "Cleanliness drive enters second phase", "About us", "Contact", "© 2025 Valley Times"]
    article = cleaner.clean("\n".join(lines), kind="page", title="Car park for 500 cars opens near the ski lift | Valley Times")
    assert article.text.split("\n\n") == brief and article.title == "Car park for 500 cars opens near the ski lift"


def test_page_text_drops_the_sites_own_paragraphs_but_keeps_a_closing_report_to_it() -> None:
    """Past the related headlines, the site's "about us" paragraph opens with its name and goes with
    the foot around it; the article's last paragraphs past a caption and an ad label that report to
    the site ("..., told De Vechtstreek Bode.") stay."""
    import cleaner

    body = ["Het fietspontje over de Vecht bij Oud-Zuilen vaart sinds zaterdag weer, nu volledig elektrisch.",
            "Tijdens de winterstop werd de oude dieselmotor vervangen door een elektromotor met een accupakket.",
            "De ombouw kostte 86.000 euro. De provincie Utrecht betaalde de helft, de rest kwam van de gemeente."]
    closing = ["Pontbaas Gerrit van Dijk zegt dat fietsers soms vragen of de pont wel vaart, zo stil is hij nu.",
               "Het pontje vaart tot eind oktober dagelijks, vertelde de gemeente aan De Vechtstreek Bode."]
    foot = ["Meer nieuws uit de Vechtstreek", "Sluis bij Nigtevecht krijgt nieuwe deuren",
            "Kinderboerderij Maarssen zoekt vrijwilligers", "Over ons",
            "De Vechtstreek Bode is een onafhankelijke nieuwssite voor Stichtse Vecht en omgeving, opgericht in 2011.",
            "Contact", "Heeft u een tip voor de redactie? Mail dan naar redactie@vechtstreekbode.nl.",
            "Op alle artikelen en foto's op deze website rust auteursrecht van de uitgever.",
            "Privacyverklaring", "Cookieverklaring"]
    lines = ["De Vechtstreek Bode", "Nieuws", "Maarssen", "Breukelen", "Sport", "Cultuur", "Agenda",
             "Pontje bij Oud-Zuilen vaart weer, nu elektrisch", "Door Sanne de Wit", "20 april 2025, 09:12",
             *body, "De nieuwe pont bij de steiger in Oud-Zuilen.", "Foto: Sanne de Wit", "Advertentie",
             *closing, *foot]
    article = cleaner.clean("\n".join(lines), kind="page",
                            title="Pontje bij Oud-Zuilen vaart weer, nu elektrisch - De Vechtstreek Bode")
    text = article.text.split("\n\n")
    # (the writer's byline under the headline is the story's line, its name's particle and all)
    assert text[:4] == ["Door Sanne de Wit", *body] and text[-2:] == closing
    assert not set(text) & set(foot)


def test_a_paywall_prompt_between_a_pages_paragraphs_goes() -> None:
    """A whole page's text keeps the site's boxes between paragraphs, as a republished page does:
    the paywall prompt set after the third paragraph goes with the rest of its box (the question
    to subscribers, the button), the paragraphs under it stay."""
    import cleaner

    body = ["Kommunen har beslutat att bygga en ny cykelbro över Klarälven vid Ekshärad, efter flera års diskussion.",
            "Bron blir 140 meter lång och ska stå klar hösten 2026, enligt kommunens tekniska förvaltning.",
            "Kostnaden beräknas till 48 miljoner kronor, varav Trafikverket står för hälften.",
            "Boende på östra sidan av älven har i dag en omväg på nästan sju kilometer för att nå skolan.",
            "Byggstarten är planerad till mars nästa år, om inga överklaganden kommer in."]
    prompt = ("Den här artikeln är en del av vårt prenumerationsinnehåll. Som prenumerant får du obegränsad "
              "tillgång till alla artiklar på sajten och vårt nyhetsbrev varje morgon.")
    lines = ["Klarälvdalens Tidning", "Nyheter", "Hagfors", "Torsby", "Sport", "Kultur", "Prenumerera",
             "Ny cykelbro över Klarälven vid Ekshärad", "Av Lena Berg", "18 april 2025 kl 06.00",
             *body[:3], prompt, "Redan prenumerant? Logga in för att fortsätta läsa.", "Bli prenumerant", *body[3:],
             "Mest läst", "Ny vargflock bekräftad norr om Hagfors",
             "Om oss", "Kontakt", "© 2025 Klarälvdalens Tidning"]
    article = cleaner.clean("\n".join(lines), kind="page",
                            title="Ny cykelbro över Klarälven vid Ekshärad | Klarälvdalens Tidning")
    assert article.text.split("\n\n") == ["Av Lena Berg", *body]


_CAPTIONED_PAGES = [
    # (site, headline, paragraphs, a credit set after the first paragraph, a line of the article that must stay)
    ("Cronache del Tavoliere", "Foggia, riapre il mercato coperto di via Arpi dopo due anni di lavori",
     ["Il mercato coperto di via Arpi ha riaperto sabato mattina con trentadue banchi rinnovati.",
      "I lavori sono costati 1,8 milioni di euro, finanziati in gran parte dal Comune di Foggia.",
      "Gli ambulanti potranno restare aperti anche il pomeriggio del giovedì, ha detto l'assessore."],
     "Foto di Antonio Ciuffreda", "Fonte: Comune di Foggia"),
    ("கொங்கு முரசு", "கோவை குளக்கரையில் புதிய நடைபாதை திறப்பு",
     ["கோவை பெரியகுளம் கரையில் இரண்டு கிலோமீட்டர் நீள புதிய நடைபாதை சனிக்கிழமை திறக்கப்பட்டது.",
      "நடைபாதையில் மின் விளக்குகள், இருக்கைகள் மற்றும் குடிநீர் வசதி அமைக்கப்பட்டுள்ளன.",
      "காலை ஐந்து மணி முதல் இரவு ஒன்பது மணி வரை நடைபாதை திறந்திருக்கும் என்று மாநகராட்சி தெரிவித்தது."],
     "படம்: ரா. பிரியா", "ஆதாரம்: கோவை மாநகராட்சி"),
]


@pytest.mark.parametrize(("site", "headline", "body", "caption", "kept"), _CAPTIONED_PAGES,
                         ids=[p[0] for p in _CAPTIONED_PAGES])
def test_a_pictures_credit_in_a_pages_text_goes(site: str, headline: str, body: list[str], caption: str,
                                                 kept: str) -> None:
    """In a whole page's text, a picture's credit alone stands where the picture stood ("Foto di ...",
    "படம்: ..."; a name with initials) and goes (``page-caption``); an attribution line and a
    heading stay."""
    import cleaner

    text = [body[0], caption, body[1], kept, body[2]]
    lines = [site, "Home", "News", "Sport", headline, "24 April 2025", *text, "More news", "About us", f"© 2025 {site}"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{headline} | {site}")
    assert article.text.split("\n\n") == [body[0], body[1], kept, body[2]]
    assert [r.rule for r in article.removed if r.text == caption] == ["page-caption"]


_DESCRIBED_PICTURES = [
    # (site, headline, paragraphs, a caption saying what the picture shows, its credit at its end, a kept line)
    ("Klarälvdalens Tidning", "Vargspår hittade vid Gustav Adolf",
     ["Länsstyrelsen bekräftar att spåren som hittades i februari kommer från en varg.",
      "Spåren hittades av en skoteråkare som sedan kontaktade viltvårdaren i kommunen.",
      "Det är första gången på tio år som varg bekräftas i området, enligt länsstyrelsen."],
     "Vargspår i snön vid Gustav Adolf i februari. Foto: Länsstyrelsen Värmland", "Källa: Länsstyrelsen Värmland"),
    ("Valley Times", "New footbridge links the two halves of the old town",
     ["A new footbridge over the river opened on Saturday, linking the two halves of the old town.",
      "The bridge cost 2.4 million pounds and took eighteen months to build.",
      "The photo by Ana Ruiz of the bridge at dawn won this year's county prize."],
     "The footbridge at dusk on its opening day. Photo: Ana Ruiz", "Photos from the opening day"),
    ("Sauti ya Pwani", "Soko jipya la samaki lafunguliwa Bagamoyo",
     ["Soko jipya la samaki la Bagamoyo limefunguliwa rasmi Jumamosi likiwa na meza sitini za wachuuzi.",
      "Ujenzi wa soko hilo uligharimu shilingi bilioni 2.1 kutoka mfuko wa maendeleo ya halmashauri.",
      "Wavuvi wamesema soko hilo litapunguza upotevu wa samaki kwa sababu lina vyumba vya baridi."],
     "Wachuuzi wakipanga samaki kwenye meza mpya za soko asubuhi ya ufunguzi. Picha: Halima Said",
     "Chanzo: Halmashauri ya Bagamoyo"),
    ("नर्मदा समाचार", "जबलपुर में नर्मदा तट पर नया घाट तैयार",
     ["जबलपुर के ग्वारीघाट पर नर्मदा नदी के किनारे नया घाट बनकर तैयार हो गया है और रविवार से खुलेगा।",
      "नगर निगम के अनुसार घाट के निर्माण पर तीन करोड़ रुपये खर्च हुए और काम अठारह महीने चला।",
      "श्रद्धालुओं के लिए घाट पर पीने के पानी, शौचालय और रात में रोशनी की व्यवस्था की गई है।"],
     "ग्वारीघाट पर बने नए घाट की सीढ़ियों पर शाम की आरती। फ़ोटो: राजेश तिवारी", "स्रोत: नगर निगम जबलपुर"),
]


@pytest.mark.parametrize(("site", "headline", "body", "caption", "kept"), _DESCRIBED_PICTURES,
                         ids=[p[0] for p in _DESCRIBED_PICTURES])
@pytest.mark.parametrize("where", ["under the byline", "between paragraphs", "under the last paragraph"])
def test_a_pictures_caption_that_describes_it_is_the_articles_in_a_pages_text(
        site: str, headline: str, body: list[str], caption: str, kept: str, where: str) -> None:
    """A caption that says what the picture shows, its credit at its end, is a line of the article
    wherever the picture stood: under the byline above the first paragraph, between paragraphs, or
    under the last one above the share buttons (the site's chrome below it still goes)."""
    import cleaner

    at = {"under the byline": 0, "between paragraphs": 1, "under the last paragraph": 3}[where]
    text = [body[0], body[1], kept, body[2]]
    text.insert(at, caption)
    lines = [site, "Home", "News", "Sport", headline, "24 April 2025", *text, "Share", "More news", "About us",
             f"© 2025 {site}"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{headline} | {site}")
    assert article.text.split("\n\n") == text


def test_a_paywall_box_goes_but_a_story_about_subscriptions_stays() -> None:
    """A story about a service's subscriptions, with the site's own paywall box in the middle: the box
    (its prompt, the question to subscribers, its button) goes; the paragraphs that speak of
    subscribers, right above and below it, report and stay (below it, someone's words set off by a
    dash)."""
    import cleaner

    body = ["Полтавський стримінговий сервіс «Кінохата» за рік подвоїв кількість платних передплатників, повідомила компанія.",
            "Передплату оформили 12 тисяч глядачів, більшість з них молодші за 35 років.",
            "– Ми не очікували, що стільки людей оформлять передплату за один рік, – сказала директорка сервісу "
            "Олена Коваль.",
            "Компанія планує витратити додаткові кошти на українські серіали та документальне кіно."]
    box = ["Цей матеріал доступний лише передплатникам",
           "Ми працюємо без інвесторів і олігархів, тому залежимо від читачів. Оформіть передплату, щоб читати "
           "всі матеріали без обмежень.",
           "Передплата коштує 99 гривень на місяць, і її можна скасувати будь-коли. Уже маєте передплату? Увійдіть "
           "у свій акаунт.",
           "Оформити передплату"]
    lines = ["Полтавський оглядач", "Новини", "Полтава", "Економіка", "Спорт",
             "«Кінохата» подвоїла кількість передплатників", "Ігор Савчук", "28 квітня 2025",
             *body[:2], *box, *body[2:], "Популярне", "Новий міст через Ворсклу відкриють у травні",
             "Про нас", "Контакти", "© 2025 Полтавський оглядач"]
    article = cleaner.clean("\n".join(lines), kind="page",
                            title="«Кінохата» подвоїла кількість передплатників | Полтавський оглядач")
    assert article.text.split("\n\n") == body


def test_a_pages_contents_and_pull_quote_go_and_the_heads_and_sentences_they_repeat_stay() -> None:
    """In a whole page's text, the table of contents above the sections (numbered entries of the
    heads below) and a pull quote (a sentence of a paragraph, in other quotation marks, cut short)
    say again what the article says: they go (``page-echo``); the section heads and the paragraph
    stay. The byline, date and reading time between the standfirst and the contents go too."""
    import cleaner

    heads = ["Mi változik júliustól?", "Mennyivel lesz drágább?", "Hová lehet panaszt tenni?"]
    body = ["Július 1-jétől nem a kuka mérete, hanem az ürítések száma alapján fizetünk Szegeden.",
            heads[0],
            "Eddig minden háztartás a gyűjtőedény mérete alapján fizetett, akkor is, ha a kukát ritkán tette ki.",
            heads[1],
            "„Nem bevételt akarunk növelni, hanem azt, hogy megérje szelektíven gyűjteni” – mondta az alpolgármester.",
            "Egy kétfős háztartás havonta körülbelül 600 forintot takaríthat meg a számítások szerint.",
            heads[2],
            "A kifogásokat a szolgáltató ügyfélszolgálatán vagy online lehet benyújtani."]
    contents = ["Tartalom", *(f"{k}. {h}" for k, h in enumerate(heads, 1))]
    pull = "\"Nem bevételt akarunk növelni, hanem azt, hogy megérje szelektíven gyűjteni\""
    lines = ["Tiszamenti Hírmondó", "Hírek", "Szeged", "Gazdaság", "Sport", "Mit jelent az új hulladékdíj?",
             body[0], "Papp Eszter", "2025. május 24., 09:15", "Olvasási idő: 7 perc", *contents, *body[1:5], pull,
             *body[5:], "Legolvasottabb", "Új buszjárat indul Újszegedre",
             "Impresszum", "Kapcsolat", "© 2025 Tiszamenti Hírmondó"]
    article = cleaner.clean("\n".join(lines), kind="page", title="Mit jelent az új hulladékdíj? | Tiszamenti Hírmondó")
    text = article.text.split("\n\n")
    assert [t for t in text if t != "Tartalom"] == body
    assert {r.rule for r in article.removed if r.text == pull or r.text in contents[1:]} == {"page-echo"}


def test_a_pages_byline_under_its_standfirst_and_a_link_between_paragraphs_go() -> None:
    """Under a standfirst, the byline, a date that opens on its day ("18. května 2025 7:00": no
    numbered list) and the reading time go; a "Label: headline" link to another story between two
    paragraphs goes whatever its label's language (the shape of the site's box on a page's text)."""
    import cleaner

    body = ["Reportáž z obcí, které loni v září zaplavila voda: nové hráze jsou zatím jen na papíře.",
            "Když se paní Jarmila Hrubá loni v září vrátila do svého domu v Kácově, stála voda v obýváku do výšky ramen.",
            "Podobné příběhy lze slyšet v Českém Šternberku i ve Zruči nad Sázavou, kde voda zaplavila desítky domů.",
            "Povodí Vltavy představilo tři varianty protipovodňových opatření, obce se ale na žádné neshodnou."]
    link = "Z regionu: Benešov chystá nové parkoviště u nádraží"
    meta = ["Kateřina Novotná", "18. května 2025 7:00", "Čtení na 9 minut"]
    lines = ["Posázavský zpravodaj", "Zprávy", "Region", "Kultura", "Sport", "Sázava rok po povodni",
             body[0], *meta, *body[1:3], link, body[3], "Nejčtenější", "Hasiči z Bystřice dostali novou cisternu",
             "O nás", "Kontakty", "© 2025 Posázavský zpravodaj"]
    article = cleaner.clean("\n".join(lines), kind="page", title="Sázava rok po povodni | Posázavský zpravodaj")
    assert article.text.split("\n\n") == body


def test_a_newsletter_box_between_paragraphs_and_a_question_link_above_the_foot_go() -> None:
    """In a whole page's text, a newsletter box set between paragraphs goes whole: its heading, its
    pitch, the field's label ("Enter your email address") and its button; the link above the site's foot, its
    headline a question, goes as the last line above a trailing block does."""
    import cleaner

    body = ["For forty-one years Bill Hext has rowed passengers across the Tamar between Calstock and Cotehele.",
            "Mr Hext took over the ferry in 1984 from his uncle, who had injured his back.",
            "In the early years he charged ten pence a crossing. Today it is two pounds for adults.",
            "He has rowed in fog, in snow and during the flood of 2012, when he ferried a midwife to a birth."]
    box = ["The Tamar Valley every morning", "Local news from across the Tamar Valley, straight to your inbox every morning.",
           "Enter your email address", "Sign up"]
    link = "Read also: Will the Calstock viaduct close for repairs this winter?"
    lines = ["The Tamar Chronicle", "News", "Sport", "What's on", "The ferryman of the Tamar retires",
             body[0], body[1], *box, body[2], body[3], link, "Share", "Most read", "New bus route for Gunnislake",
             "About us", "Contact", "© 2025 The Tamar Chronicle"]
    article = cleaner.clean("\n".join(lines), kind="page", title="The ferryman of the Tamar retires | The Tamar Chronicle")
    assert article.text.split("\n\n") == body


@pytest.mark.parametrize("kind", ["page", "text"])
def test_an_embedded_posts_credit_and_prompt_go_and_a_quoted_posts_attribution_stays(kind: str) -> None:
    """An embedded Instagram post leaves its prompt ("Näytä tämä julkaisu Instagramissa") and its
    credit, a handle in brackets ("Käyttäjän ... (@kuortaneenkesateatteri) jakama julkaisu"): both
    go. A quoted post's attribution opening on a dash and a sentence naming a handle stay."""
    import cleaner

    body = ["Kuortaneen kesäteatterin Pohjantähden alla -esitys myytiin loppuun jo toukokuussa.",
            "Teatteri kertoi lisänäytöksistä sosiaalisessa mediassa tiistaina (@kuortaneenkesateatteri).",
            "Kesäteatteri lisää syyskuulle kolme ylimääräistä esitystä, ja liput tulevat myyntiin perjantaina.",
            "— Kuortaneen kesäteatteri (@kuortaneenkesateatteri) 3. kesäkuuta 2025",
            "Lippuja on myyty tänä kesänä jo yli 14 000, mikä on teatterin historian ennätys."]
    embed = ["Näytä tämä julkaisu Instagramissa", "Käyttäjän Kuortaneen kesäteatteri (@kuortaneenkesateatteri) jakama julkaisu"]
    blocks = [body[0], body[1], *embed, *body[2:]]
    if kind == "page":
        lines = ["Etelä-Pohjanmaan Sanomat", "Uutiset", "Kulttuuri", "Urheilu", "Kesäteatteri lisää näytöksiä",
                 *blocks, "Luetuimmat", "Seinäjoen tori uudistuu", "Yhteystiedot", "© 2025 Etelä-Pohjanmaan Sanomat"]
        article = cleaner.clean("\n".join(lines), kind="page", title="Kesäteatteri lisää näytöksiä | Etelä-Pohjanmaan Sanomat")
    else:
        article = cleaner.clean("\n\n".join(["Kesäteatteri lisää näytöksiä", *blocks]), kind="text")
    assert article.text.split("\n\n") == body
    assert {r.rule for r in article.removed if r.text in embed} == {"embed"}


def test_a_live_blogs_first_entry_keeps_its_time() -> None:
    """A live blog's entries each open on their time; the first entry's, right under the headline
    and above its paragraph, is the entry's as the others are, not a byline's date."""
    import cleaner

    body = ["18:40", "Avertizarea de cod roșu rămâne valabilă până la ora 22:00, iar autoritățile cer oamenilor să nu plece la drum.",
            "18:55", "Pompierii au reușit să redeschidă o bandă pe DN2A, la ieșirea din Slobozia spre Țăndărei.",
            "19:20", "Electrica anunță că 11.000 de clienți din județ au rămas fără energie electrică după furtună."]
    lines = ["Ialomița Azi", "Știri", "Local", "Sport", "LIVE Furtuna din Ialomița: drumuri blocate, mii de case fără curent",
             *body, "Cele mai citite", "Noul pod de la Slobozia se deschide în iulie", "Contact", "© 2025 Ialomița Azi"]
    article = cleaner.clean("\n".join(lines), kind="page",
                            title="LIVE Furtuna din Ialomița: drumuri blocate, mii de case fără curent | Ialomița Azi")
    assert article.text.split("\n\n") == body


@pytest.mark.parametrize("standfirst", [True, False])
def test_an_author_box_under_the_headline_goes_with_its_bio(standfirst: bool) -> None:
    """The byline's box under the headline (or under its standfirst) may hold a bio, a paragraph
    opening on the byline's name ("Autor: Ivana Štefančić" over "Ivana Štefančić novinarka je ..."),
    and the date under it: the head runs on past the bio to the article's first paragraph; the
    byline itself, naming the writer alone, stays."""
    import cleaner

    lead = "Županija uvodi četiri dnevne autobusne linije između Kupske doline i Karlovca od rujna."
    body = ["Od rujna će se autobusom iz Kupske doline u Karlovac moći putovati četiri puta na dan, a prva linija "
            "polazit će u 5.40 iz Severina.",
            "Županija je s prijevoznikom potpisala ugovor vrijedan 1,3 milijuna eura za sljedeće tri godine.",
            "Mještani su godinama tražili izravnu vezu s bolnicom i srednjim školama u Karlovcu."]
    box = ["Autor: Ivana Štefančić",
           "Ivana Štefančić novinarka je Glasa Kupske doline od 2019. godine. Piše o prometu, lokalnoj samoupravi i "
           "životu u selima uz Kupu.",
           "12. kolovoza 2025."]
    lines = ["Glas Kupske doline", "Vijesti", "Promet", "Sport", "Nova autobusna linija povezat će Kupsku dolinu s Karlovcem",
             *([lead] if standfirst else []), *box, *body, "Najčitanije", "Berba grožđa počinje ranije nego ikad",
             "Impresum", "Kontakt", "© 2025 Glas Kupske doline"]
    article = cleaner.clean("\n".join(lines), kind="page",
                            title="Nova autobusna linija povezat će Kupsku dolinu s Karlovcem | Glas Kupske doline")
    assert article.text.split("\n\n") == ([lead] if standfirst else []) + ["Autor: Ivana Štefančić"] + body


def test_a_box_of_other_stories_between_a_pages_paragraphs_goes_and_the_articles_own_points_stay() -> None:
    """Between a page's paragraphs, a heading no lexicon knows over headlines of other stories
    ("Contingut patrocinat", then three promoted headlines) goes; a heading over the article's own
    points, which speak of what the article speaks of, stays."""
    import cleaner

    body = ["Les temperatures de les dues primeres setmanes d'agost han avançat la verema a l'Empordà gairebé "
            "deu dies respecte de l'any passat.",
            "El Consell Regulador preveu una collita d'uns 4,9 milions de quilos de raïm, un 12% més que l'any passat.",
            "\"El raïm està sa, però hem de collir de nit per mantenir l'acidesa\", explica Marta Vilella, enòloga d'un "
            "celler de Capmany.",
            "Què canvia aquesta verema",
            "Cellers de l'Empordà que avancen la verema a l'agost",
            "Temporers de l'Empordà que treballen de nit per la calor",
            "Raïm de l'Empordà amb més sucre i menys acidesa que l'any passat",
            "Els cellers busquen a més temporers amb urgència: el sector calcula que en falten uns 300 a la comarca.",
            "La verema de les varietats negres, com la garnatxa i la carinyena, començarà la setmana vinent."]
    promoted = ["Contingut patrocinat", "Nova gamma de premses pneumàtiques per a cellers petits",
                "Assegurances agràries: el que cal saber abans de contractar",
                "Descobreix els taps de suro amb traçabilitat completa"]
    lines = ["Vi i Terra", "Notícies", "Cellers", "Mercat", "La calor avança la verema a l'Empordà",
             *body[:2], *promoted, *body[2:], "Més llegides", "El cava rosat bat rècords de vendes",
             "Qui som", "Contacte", "© 2025 Vi i Terra"]
    article = cleaner.clean("\n".join(lines), kind="page", title="La calor avança la verema a l'Empordà | Vi i Terra")
    assert article.text.split("\n\n") == body


def test_a_pages_facts_and_programme_stay_with_the_story_and_its_contact_lines_go() -> None:
    """An event's facts under short labels and its programme of timed entries, between the story's
    paragraphs and under its last one, are the story's (``page-chrome`` took them once as the
    site's lines); the site's contact lines (a telephone number, an address) and a lone "Label:
    headline" link under the story stay out."""
    import cleaner

    body = ["A Câmara Municipal de Arouca organiza no próximo sábado a primeira Feira do Mel da Serra da Freita, "
            "com vinte produtores do concelho.",
            "Os apicultores da serra perderam um terço das colmeias nos incêndios de 2024 e a feira quer ajudá-los "
            "a vender diretamente.",
            "Sábado, 11 de outubro de 2025",
            "Hora: 10:00 - 19:00",
            "Local: Praça Brandão de Vasconcelos, Arouca",
            "Entrada: livre",
            "Programa:",
            "10:00 Abertura com a Banda de Música de Arouca",
            "11:30 Prova de méis comentada",
            "15:00 Oficina de velas de cera para crianças",
            "Em caso de chuva, a feira passa para o pavilhão municipal, ao lado da escola secundária.",
            "Inscrições para expositores: até 3 de outubro",
            "Lugares: 20 bancas, atribuídas por ordem de inscrição"]
    lines = ["Notícias de Arouca", "Início", "Concelho", "Cultura", "Desporto", "Contactos",
             "Feira do Mel chega à Serra da Freita", "Publicado a 2 de outubro de 2025", *body,
             "Leia também: Arouca recebe festival de folclore em novembro",
             "Telefone: 256 940 220", "Email: geral@noticiasdearouca.pt", "Sobre nós", "Ficha técnica",
             "© 2025 Notícias de Arouca"]
    article = cleaner.clean("\n".join(lines), kind="page", title="Feira do Mel chega à Serra da Freita | Notícias de Arouca")
    assert article.text.split("\n\n") == body


def test_a_signup_box_over_its_button_at_a_pages_end_goes_with_the_lines_above_it() -> None:
    """At a page's end, a sign-up box whose button the site's chrome starts with: its heading
    (naming the site) and its line of pitch (in the site's voice) go, and the lines the trailing
    walk knows above them then go too; the story's last paragraph stays."""
    import cleaner

    body = ["Onderzoekers van de Universiteit Twente hebben een drone gebouwd die zelf bijenkasten controleert op "
            "de varroamijt.",
            "De drone fotografeert de vliegplank van de kast en telt met beeldherkenning hoeveel bijen een mijt "
            "op hun rug dragen.",
            "Imkers in de proef kregen een waarschuwing op hun telefoon zodra het aantal mijten boven de tien "
            "procent kwam."]
    lines = ["Techniekpost", "Nieuws", "Wetenschap", "Gadgets", "Podcast", "Inloggen",
             "Drone telt mijten op bijen zonder de kast te openen", "Door Sanne de Wit", "3 september 2025", *body,
             "Onderwerpen: drones, bijen, landbouw", "Elke week de Techniekpost",
             "Het beste van onze wetenschapsverhalen en interviews, elke vrijdag opnieuw.",
             "Aanmelden", "Lees ook", "Waarom je robotstofzuiger de weg kwijtraakt", "Over ons", "Privacy",
             "© 2025 Techniekpost"]
    article = cleaner.clean("\n".join(lines), kind="page",
                            title="Drone telt mijten op bijen zonder de kast te openen | Techniekpost")
    assert article.text.split("\n\n") == ["Door Sanne de Wit", *body]  # (the writer's byline: the story's)


def test_a_sponsored_boxs_headlines_go_but_a_section_under_an_ad_label_stays() -> None:
    """Between paragraphs, an ad slot's label over two promoted headlines takes them with it; an ad
    label over one line that heads the article's next section leaves the heading."""
    import cleaner

    body = ["Rada města Kolína schválila stavbu nové lávky přes Labe, která spojí sídliště se zámeckým parkem.",
            "Lávka bude dlouhá 160 metrů a bude stát 84 milionů korun, polovinu zaplatí evropská dotace.",
            "Kdy se začne stavět",
            "Stavba začne na jaře a potrvá zhruba dva roky, během nich bude omezena plavba po řece.",
            "Radní zároveň schválili nové osvětlení nábřeží mezi mostem a přístavem."]
    promoted = ["Reklama", "Nové byty v centru Kolína s garáží a terasou", "Zimní pneumatiky se slevou až 40 procent"]
    lines = ["Kolínský deník", "Zprávy", "Sport", "Kultura", "Kontakt", "Přes Labe povede nová lávka",
             "12. září 2025", body[0], body[1], *promoted, body[2], body[3], "Reklama", body[4],
             "Nejčtenější", "Kolín dostane nové autobusy", "O nás", "© 2025 Kolínský deník"]
    article = cleaner.clean("\n".join(lines), kind="page", title="Přes Labe povede nová lávka | Kolínský deník")
    assert article.text.split("\n\n") == body
    assert [r.rule for r in article.removed if r.text in promoted[1:]] == ["related-links", "related-links"]


@pytest.mark.parametrize(("line", "kept"), [
    # a writer's own account: longer than a pitch, in no reader's voice
    ("The bigger change was in my inbox. Several news sites I read without an account started pushing their "
     "newsletters harder, with sign-up boxes after every second paragraph.", True),
    ("Abonnentene vil fortsatt kunne sende leserbrev via et skjema på nettsiden eller på e-post. Avisa lover å "
     "trykke flere innlegg enn i dag, både på papir og i eavisa.", True),
    # a bid, however long: it opens on the call to sign up
    ("Sign up for the Harbour Weekly newsletter and get every story from the waterfront, the council chamber and "
     "the courts delivered to the inbox each Friday morning.", False),
])
def test_a_newsletter_named_between_a_pages_paragraphs_goes_only_as_a_bid(line: str, kept: bool) -> None:
    """Between a page's paragraphs, a line naming a newsletter goes when it is a pitch's length, speaks
    to the reader or opens on the call to sign up; longer, it is someone's account of newsletters
    (the writer's, or the subscribers' as the subject) and stays."""
    import cleaner

    body = ["For thirty days I clicked reject on every cookie banner I met, on every device I own, and kept notes.",
            "Most sites worked perfectly well afterwards, though a recipe site forgot my settings on every visit.",
            line,
            "Apps were a different story: phone apps rarely ask about cookies, and their tracking settings are buried "
            "in menus that change with every update.",
            "Would I do it again? Yes, but I would install a browser extension that answers the banners for me."]
    lines = ["Bytewise", "Reviews", "How-to", "Privacy", "About", "I rejected every cookie banner for a month",
             "by Sam Okafor · 9 August 2025", *body, "Previous post", "Next post", "Contact", "© 2025 Bytewise"]
    article = cleaner.clean("\n".join(lines), kind="page", title="I rejected every cookie banner for a month | Bytewise")
    assert article.text.split("\n\n") == (body if kept else [b for b in body if b != line])


def test_an_interviews_first_question_under_the_byline_stays_with_its_answer() -> None:
    """A whole page's interview: under the standfirst, the byline stays, the date and the share row go;
    the first question, right above its answer, is the interview's (an Armenian question holds its
    mark on the stressed word and ends on a full stop)."""
    import cleaner

    body = ["Անի Մկրտչյանը տասը տարի առաջ բացեց իր արհեստանոցը Կումայրի թաղամասի հին տներից մեկում։",
            "Ինչպե՞ս սկսվեց ձեր կապը կավի հետ։",
            "Պապս կավագործ էր Ախուրյանում։ Երեխա ժամանակ նստում էի նրա կողքին և կավի կտորներով խաղում։",
            "Ի՞նչ ծրագրեր ունեք։",
            "Հոկտեմբերին առաջին անգամ մեր աշակերտների աշխատանքների ցուցահանդեսը կլինի քաղաքային թանգարանում։"]
    lines = ["Գյումրու ձայն", "Լուրեր", "Քաղաք", "Մշակույթ", "Սպորտ", "Կավը համբերություն է սովորեցնում",
             body[0], "Հեղինակ՝ Արամ Գևորգյան", "22 սեպտեմբերի, 2025", "Կիսվել Facebook-ում", *body[1:],
             "Կարդացեք նաև", "Գյումրիում վերականգնվում է այգին", "© 2025 Գյումրու ձայն"]
    article = cleaner.clean("\n".join(lines), kind="page", title="Կավը համբերություն է սովորեցնում | Գյումրու ձայն")
    assert article.text.split("\n\n") == [body[0], "Հեղինակ՝ Արամ Գևորգյան", *body[1:]]


def test_a_programmes_timed_entries_between_paragraphs_are_no_links() -> None:
    """An event's programme between the story's paragraphs: each entry opens on its time, one of them
    a "Label: question?" that a link's headline would make; all stay."""
    import cleaner

    body = ["Umkhosi wezincwadi zesiZulu uzoba seLadysmith ngoMgqibelo, kulindeleke ababhali abangamashumi amabili.",
            "Uhlelo losuku:",
            "9:00 Ukuvulwa nguMeya",
            "10:30 Ukufunda kwezingane",
            "13:00 Inkulumo-mpikiswano: Ingabe izincwadi zesiZulu zifundwa kancane?",
            "15:00 Ukusayinwa kwezincwadi",
            "Abahleli bathi bafuna ukukhombisa abantu abasha ukuthi ukufunda ngolimi lwakho kumnandi kakhulu."]
    lines = ["Izindaba zaseLadysmith", "Ikhaya", "Izindaba", "Ezemidlalo", "Xhumana nathi",
             "Umkhosi wezincwadi zesiZulu eLadysmith", *body, "Funda nalokhu", "Imvula enkulu eLadysmith",
             "© 2025 Izindaba zaseLadysmith"]
    article = cleaner.clean("\n".join(lines), kind="page", title="Umkhosi wezincwadi zesiZulu eLadysmith")
    assert article.text.split("\n\n") == body


@pytest.mark.parametrize("kind", ["page", "text"])
def test_a_press_releases_about_box_goes_and_a_section_naming_the_company_stays(kind: str) -> None:
    """A press release ends on the company's box: a heading that is its name and a word ("Navbahor Agro
    haqida") over its standing paragraph, and the contact below (``about-box``). A section heading
    that names the company and says more stays with its paragraph."""
    import cleaner

    body = ["Navbahor Agro kompaniyasi Samarqand viloyatida yangi sovutgichli ombor ochdi, u 12 ming tonna meva "
            "saqlash imkonini beradi.",
            "Navbahor Agro rejalari",
            "Kompaniya kelgusi yilda Navbahor Agro nomi bilan eksportni ikki baravar oshirishni rejalashtirmoqda, "
            "dedi direktor.",
            "Ombor qurilishiga 4,5 million dollar sarflangan va unda 120 kishi ishlaydi."]
    box = ["Navbahor Agro haqida",
           "Navbahor Agro 2009-yilda tashkil etilgan bo'lib, meva-sabzavot yetishtirish, qayta ishlash va eksport "
           "bilan shug'ullanadi.",
           "Matbuot xizmati: +998 71 200 00 00"]
    if kind == "page":
        lines = ["Navbahor Agro", "Bosh sahifa", "Yangiliklar", "Mahsulotlar", "Aloqa", "Yangi sovutgichli ombor ochildi",
                 *body, *box, "Barcha yangiliklar", "© 2025 Navbahor Agro"]
        article = cleaner.clean("\n".join(lines), kind="page", title="Yangi sovutgichli ombor ochildi | Navbahor Agro")
    else:
        article = cleaner.clean("\n\n".join(["Yangi sovutgichli ombor ochildi", *body, *box]), kind="text")
    assert article.text.split("\n\n") == body
    assert {r.rule for r in article.removed if r.text in box[:2]} == {"about-box"}


def test_a_timetable_announced_by_a_sentence_and_a_scorecard_stay_under_the_story() -> None:
    """Under the story's last paragraph, a timetable announced by a line ending in a colon and a
    scorecard's rows of figures under their label are the story's; an enumeration ending on
    semicolons too. The footer below them goes."""
    import cleaner

    body = ["Kapal cepat baru mulai melayani rute Ajibata ke Tomok di Danau Toba sejak Senin, kata dinas perhubungan.",
            "Waktu tempuh kini hanya dua puluh menit, separuh dari kapal kayu yang selama ini dipakai warga.",
            "Berikut jadwal keberangkatan dari Ajibata pada hari biasa:",
            "07.00 WIB", "09.30 WIB", "12.00 WIB", "15.30 WIB",
            "Skor ringkas:", "Ajibata FC - 218/9 (50)", "Tomok United - 219/6 (46)",
            "Dokumen yang dibawa: KTP;", "kartu keluarga;"]
    lines = ["Kabar Toba", "Beranda", "Daerah", "Ekonomi", "Olahraga", "Kapal cepat baru layani Ajibata-Tomok",
             "Senin, 6 Oktober 2025", *body, "Baca juga", "Festival Danau Toba dibuka pekan depan",
             "Tentang kami", "© 2025 Kabar Toba"]
    article = cleaner.clean("\n".join(lines), kind="page", title="Kapal cepat baru layani Ajibata-Tomok | Kabar Toba")
    assert article.text.split("\n\n") == body


def test_facts_under_labels_and_an_announced_list_between_paragraphs_are_no_box_of_headlines() -> None:
    """Between a page's paragraphs, short lines under different labels ("Režisierė: ...", "Trukmė: ...")
    are a review's facts, and the lines under one announcing them ("Usoro ememe a bụ:") its list: no
    box of other stories' headlines."""
    import cleaner

    body = ["Klaipėdos dramos teatras sezoną pradėjo premjera, kuri neturi nei didelių dekoracijų, nei garsių vardų.",
            "Spektaklis nėra tobulas, tačiau jo tyla ilgai neišeina iš galvos ir verčia kalbėtis apie šeimą.",
            "Režisierė: Eglė Stonkutė",
            "Vaidina: Dovilė Šimkutė, Tomas Rimkus, Justas Vaitkus",
            "Trukmė: 1 val. 50 min., be pertraukos",
            "Kiti spektakliai bus rodomi spalio viduryje ir pabaigoje, bilietų dar yra abiem vakarams."]
    lines = ["Uostamiesčio žinios", "Naujienos", "Kultūra", "Sportas", "„Kopų vaikai“: tyli drama apie šeimą",
             "2025-10-08", *body, "Daugiau naujienų", "Klaipėdoje atidaryta nauja biblioteka", "© 2025 Uostamiesčio žinios"]
    article = cleaner.clean("\n".join(lines), kind="page", title="„Kopų vaikai“: tyli drama apie šeimą | Uostamiesčio žinios")
    assert article.text.split("\n\n") == body


def test_a_columnists_box_under_and_over_the_column_goes() -> None:
    """A column's writer named alone in the head (their title first) with their bio: under the
    headline, the bio opening on the whole name goes with the byline; at the end, a short paragraph
    opening on the byline's name is the bio, and goes; the column stays."""
    import cleaner

    column = ["Verlede week het my suster 'n boodskap in ons familiegroep gedeel oor 'n waterafsny wat nooit gekom het nie.",
              "Die boodskap was vals. Niemand weet wie dit begin het nie, maar almal het dit aangestuur.",
              "My raad is eenvoudig: lees meer as net die opskrif voordat jy iets deel, en vra wie dit eerste gestuur het."]
    bio = "Annelie du Toit is 'n afgetrede onderwyseres van Bredasdorp. Haar rubriek verskyn elke Donderdag."
    lines = ["Die Overberg-Koerant", "Nuus", "Menings", "Sport", "Dink twee keer voor jy daardie boodskap aanstuur",
             "Annelie du Toit", "18 September 2025", *column, bio, "Deel op Facebook", "Meer rubrieke",
             "Wat Struisbaai se hawe ons leer", "© 2025 Die Overberg-Koerant"]
    article = cleaner.clean("\n".join(lines), kind="page",
                            title="Dink twee keer voor jy daardie boodskap aanstuur | Die Overberg-Koerant")
    assert article.text.split("\n\n") == column
    top = ["ڈاکٹر فرحت عباس", "ڈاکٹر فرحت عباس جھنگ میں مقیم ماہرِ تعلیم ہیں۔ ان کا کالم ہر بدھ کو شائع ہوتا ہے۔",
           "24 ستمبر 2025"]
    urdu = ["میرے بچپن میں جھنگ صدر کے بیچ سے ایک چھوٹی نہر گزرتی تھی جس کے کنارے ہم شام کو کھیلتے تھے۔",
            "پچھلے ہفتے میں اسی جگہ گیا تو وہاں ایک پکی سڑک تھی اور نہر کا کوئی نشان باقی نہیں تھا۔",
            "یہ صرف جھنگ کی کہانی نہیں، پنجاب کے بہت سے شہروں میں نہریں اسی طرح غائب ہو رہی ہیں۔"]
    lines = ["جھنگ ٹائمز", "خبریں", "کالم", "کھیل", "شہر کی نہریں جو اب صرف نقشوں میں بہتی ہیں", *top, *urdu,
             "مزید کالم", "© 2025 جھنگ ٹائمز"]
    article = cleaner.clean("\n".join(lines), kind="page", title="شہر کی نہریں جو اب صرف نقشوں میں بہتی ہیں | جھنگ ٹائمز")
    assert article.text.split("\n\n") == urdu


def test_the_counted_captions_of_a_gallery_under_the_standfirst_are_the_story() -> None:
    """A photo story: under its standfirst, the date and share row go; then each picture's counter
    ("Kuva 1 / 3"), caption and credit: the counters and credits go, the captions are the story."""
    import cleaner

    standfirst = "Tuhannet ihmiset kokoontuivat lauantaina Porvoon vanhaan kaupunkiin katsomaan syksyn valojuhlaa."
    captions = ["Lyhdyt syttyivät joen rannassa.", "Lapset koristelivat lyhtyjä.", "Soittokunta kaupungintalolla.",
                "Illan päätteeksi ilotulitus valaisi tuomiokirkon ja koko vanhan kaupungin taivaan."]
    gallery = [line for k, caption in enumerate(captions, 1)
               for line in (f"Kuva {k} / {len(captions)}", caption, "Kuva: Jukka Lehtonen")]
    lines = ["Itä-Uusimaa Tänään", "Uutiset", "Kuvat", "Urheilu", "Valojuhla täytti vanhan Porvoon", standfirst,
             "Julkaistu 5.10.2025 klo 18.20", "Jaa", *gallery, "Lisää kuvagallerioita",
             "Syysmarkkinat Loviisassa", "© 2025 Itä-Uusimaa Tänään"]
    article = cleaner.clean("\n".join(lines), kind="page", title="Valojuhla täytti vanhan Porvoon | Itä-Uusimaa Tänään")
    assert article.text.split("\n\n") == [standfirst, *captions]


def test_an_obituarys_life_span_under_the_headline_stays_and_the_date_line_goes() -> None:
    """Under an obituary's headline, the line spanning the life (two years) is the story's; the
    page's date line (one year) goes with the head's other lines."""
    import cleaner

    body = ["Ganwyd 3 Mawrth 1938 yn Aberaeron – bu farw 29 Awst 2025 yng Nghaerfyrddin",
            "Bu Elin Jones yn athrawes yn ysgol gynradd y dref am dros ddeugain mlynedd, ac yn arwain côr y capel.",
            "Mae'n gadael dau fab, pump o wyrion a chylch eang o gyfeillion a fydd yn gweld ei cholli'n fawr.",
            "Cynhelir yr angladd yng Nghapel y Tabernacl ddydd Gwener am un o'r gloch."]
    lines = ["Papur Bro'r Cardi", "Newyddion", "Marwolaethau", "Chwaraeon", "Elin Jones, athrawes a chantores",
             "Cyhoeddwyd 4 Medi 2025", *body, "Rhagor o newyddion", "© 2025 Papur Bro'r Cardi"]
    article = cleaner.clean("\n".join(lines), kind="page", title="Elin Jones, athrawes a chantores | Papur Bro'r Cardi")
    assert article.text.split("\n\n") == body
