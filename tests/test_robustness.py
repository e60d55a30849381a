"""Bad input gets a clear answer and nothing is lost.

A mixed dirty corpus goes through :func:`cleaner.run`; every
document read ends up written, folded as a duplicate, known from the store, or
rejected with its file, record index and reason. Each kind of damage also has
its own test, and the regular expressions run on adversarial input under a
time budget far above linear cost and far below quadratic cost.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner import Options, Summary, clean_document, run
from cleaner.model import Article, Reject
from cleaner.pipeline import EMPTY_ARTICLE

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00" + bytes(range(256))
WORDS = """council budget harbour strike bond yields chess final river flood vaccine trial solar tariff
museum theft wheat price mayor race glacier melt chip export rail union court ruling drought
airport runway election poll factory closure pension reform bridge repair ferry route school
teacher hospital nurse police report storm damage market rally bank loan farmer protest
minister visit treaty border village water festival opera season library archive""".split()  # noqa: SIM905


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def article_text(i: int) -> str:
    """A plain-text dump of a distinct news story: title line, then three paragraphs."""
    rng = random.Random(i)
    title = " ".join(rng.choice(WORDS) for _ in range(7)).capitalize() + f" in week {i}"
    paras = [" ".join(sentence(rng, rng.randint(12, 20)) for _ in range(4)) for _ in range(3)]
    paras[1] = "Critics argued that " + paras[1]
    return "\n\n".join([title, *paras])


def html_page(i: int, body: str = "") -> str:
    text = article_text(i).split("\n\n")
    paras = "".join(f"<p>{p}</p>" for p in text[1:])
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{text[0]}</title></head>"
        f"<body><article><h1>{text[0]}</h1>{paras}{body}</article></body></html>"
    )


def jsonl(values: list[object]) -> bytes:
    return b"".join(json.dumps(v, ensure_ascii=False).encode() + b"\n" for v in values)


def warc(pages: list[bytes]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for n, body in enumerate(pages):
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            f"https://news.example.org/{n}", "response", payload=io.BytesIO(body), http_headers=http
        )
        writer.write_record(record)
    return out.getvalue()


def zstd_blocks(pieces: list[bytes]) -> bytes:
    """One zstd frame with a block boundary after each piece, as streaming writers produce."""
    obj = zstandard.ZstdCompressor().compressobj()
    out = [obj.compress(p) + obj.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK) for p in pieces]
    return b"".join(out) + obj.flush()


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Fail (TimeoutError) when the block runs longer than ``seconds``; ``re`` checks signals."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Collected:
    """The sinks of one run."""

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.rejects: list[Reject] = []

    def run(self, inputs: list[Path | str], **options: object) -> Summary:
        return run([str(i) for i in inputs], Options(**options), write=self.articles.append,
                   reject=self.rejects.append)

    def reasons(self, name: str) -> list[str]:
        return [r.reason for r in self.rejects if Path(r.origin.path).name == name]

    def written(self, name: str) -> list[Article]:
        return [a for a in self.articles if Path(a.origin.path).name == name]


def run_one(tmp_path: Path, name: str, data: bytes | str, **options: object) -> tuple[Collected, Summary]:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    out = Collected()
    return out, out.run([path], **options)


# -- the accounting equation on a mixed dirty corpus ------------------------------------


def dirty_corpus(root: Path) -> dict[str, int]:
    """Write a corpus of good and bad inputs; return the number of documents each file holds."""
    docs: dict[str, int] = {}

    def put(name: str, data: bytes | str, n: int) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode() if isinstance(data, str) else data)
        docs[name] = n

    put("a/good-1.txt", article_text(1), 1)
    put("a/good-1-copy.txt", article_text(1), 1)  # folded as a duplicate
    put("a/page-2.html", html_page(2), 1)
    put("a/latin1.txt", article_text(3).replace("Critics", "Crítïcs").encode("latin-1") + b"\x81\x8d", 1)
    put("a/undecodable.txt", b"\xfa\xfb\xfd" + article_text(4).encode() + b"\xc3\x28\xa0\xa1", 1)
    put("b/image.png", PNG, 1)
    put("b/empty.txt", b"", 1)
    put("b/blank.txt", " \n\t\n\r\n   \n", 1)
    put("b/boilerplate.txt", "Time Stamp:\nMore from Decrypt\n", 1)
    put("b/nul.txt", article_text(5).replace("Critics", "Crit\x00ics\x01\x1b[31m"), 1)
    lines = jsonl([{"id": "j6", "title": "T6", "text": article_text(6)}, {"id": "j7", "text": article_text(7)}])
    put("c/mixed.jsonl", lines + b'{"id": "broken", "text": \n' + jsonl(
        [{"id": "no-body", "title": "A title only"}, [1, 2], "a string", None,
         {"id": "j8", "text": article_text(8).replace("Critics", "Crit\u0000ics\u0007")}]), 7)
    whole = jsonl([{"id": f"z{i}", "text": article_text(i)} for i in range(20, 26)])
    zipped = gzip.compress(whole)
    put("c/cut.jsonl.gz", zipped[: len(zipped) * 2 // 3], -1)  # records before the damage, then one reject
    squeezed = zstd_blocks([jsonl([{"id": f"s{i}", "text": article_text(i)}]) for i in range(30, 36)])
    put("c/cut.jsonl.zst", squeezed[: len(squeezed) * 2 // 3], -1)
    archive = warc([html_page(40).encode(), html_page(41).encode(), html_page(42).encode()])
    cut = archive.index(b"WARC/1.", len(archive) // 2)
    put("d/crawl.warc", archive[:cut] + random.Random(1).randbytes(300) + archive[cut:], -1)
    put("d/deep.html", html_page(43, "<div>" * 10_000 + "deep" + "</div>" * 10_000), 1)
    bomb = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    put("d/bomb.html", f'<!DOCTYPE html [<!ENTITY l0 "lol">{bomb}<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>'
        + html_page(44).replace("<p>", "<p>&l9;&x; ", 1), 1)
    put("d/huge-line.txt", "word " * 40_000, 1)  # over the small limit used below
    return docs


def test_every_document_is_accounted_for(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    docs = dirty_corpus(root)
    os.symlink("..", root / "a" / "loop")  # a symlink loop: one reject, not an endless walk
    os.symlink("missing.txt", root / "b" / "dangling.txt")  # unreadable: one reject
    os.mkfifo(root / "b" / "pipe")  # not a regular file inside a walked directory: one reject
    out = Collected()
    summary = out.run([root], max_record_bytes=100_000)

    assert summary.balanced()
    assert summary.read == summary.written + summary.duplicates + summary.known + summary.rejected
    assert summary.rejected == len(out.rejects)
    assert summary.written == len(out.articles)
    assert summary.duplicates == 1 and summary.known == 0
    # Every file is answered for: by an article, by being folded into one, or by a reject.
    answered = {a.origin.path for a in out.articles}
    answered |= {o.path for a in out.articles for o in a.duplicates}
    answered |= {r.origin.path for r in out.rejects}
    for name in [*docs, "a/loop", "b/dangling.txt", "b/pipe"]:
        assert str(root / name) in answered, name
    for item in out.rejects:  # file, record index and reason
        assert item.origin.path.startswith(str(root)) and item.origin.index >= 0 and item.reason
    # Fixed-size files: exactly their count of documents was read.
    fixed = sum(n for n in docs.values() if n > 0) + 3
    damaged = summary.read - fixed
    assert damaged >= 3 * 2  # at least two records before the damage in each damaged stream, plus its reject
    line = summary.line()
    assert f"read {summary.read} documents: {summary.written} articles written, 1 duplicate folded" in line


def test_rerun_with_state_balances_and_knows_everything(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    dirty_corpus(root)
    state = str(tmp_path / "seen.sqlite")
    first = Collected().run([root], max_record_bytes=100_000, state=state)
    second_out = Collected()
    second = second_out.run([root], max_record_bytes=100_000, state=state)
    assert first.balanced() and second.balanced()
    assert second.read == first.read
    assert second.written == 0
    assert second.known == first.written + first.duplicates  # a folded copy is known too
    assert second.rejected == first.rejected


# -- each kind of bad input -------------------------------------------------------------


def test_undecodable_bytes_are_replaced_and_reported(tmp_path: Path) -> None:
    out, summary = run_one(tmp_path, "bad.txt", b"\xfa\xfb\xfd" + article_text(4).encode() + b" \xc3\x28 end.")
    assert summary.balanced() and summary.read == 1
    if out.articles:  # kept: the text survives, the damage is visible as U+FFFD, never as a crash
        assert "Critics argued" in out.articles[0].text
    else:
        assert out.rejects[0].reason


@pytest.mark.parametrize("charset", ["punycode", "utf-7", "unicode_escape", "idna", "hex", "utf-16"])
def test_page_declaring_a_codec_that_is_no_page_encoding(tmp_path: Path, charset: str) -> None:
    marker = "+ADw-b+AD4-" if charset == "utf-7" else ""  # UTF-7 for "<b>": must stay literal
    body = f"The cafe reopened {marker}today after a long renovation near the river. " * 3
    page = html_page(18, f"<p>{body}</p>").replace("charset='utf-8'", f"charset='{charset}'")
    data = page.encode("ascii")  # ASCII: punycode fails with a bare UnicodeError on it
    data += b" " * (len(data) % 2)  # even length: UTF-16 would decode it into CJK garbage
    out, summary = run_one(tmp_path, "page.html", data)
    assert summary.written == 1, out.rejects
    assert f"The cafe reopened {marker}today" in out.articles[0].text  # read as UTF-8


def test_binary_file_among_text_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(article_text(1))
    (tmp_path / "b.png").write_bytes(PNG)
    (tmp_path / "c.txt").write_text(article_text(2))
    out = Collected()
    summary = out.run([tmp_path])
    assert summary.read == 3 and summary.written == 2 and summary.rejected == 1
    assert out.reasons("b.png") == [out.rejects[0].reason]
    assert out.rejects[0].reason.startswith("binary content")


def test_empty_file(tmp_path: Path) -> None:
    out, summary = run_one(tmp_path, "empty.txt", b"")
    assert summary.read == 1 and summary.rejected == 1
    assert out.rejects[0].reason == "empty input"


def test_only_boilerplate_is_an_empty_article(tmp_path: Path) -> None:
    dump = (
        "Llama 3 Is Coming in May—Should OpenAI Be Worried? - Decrypt\n"
        "Llama 3 Is Coming in May—Should OpenAI Be Worried? - Decrypt PlatoBlockchain Data Intelligence. "
        "Vertical Search. Ai.\nTime Stamp:\nMore from Decrypt\n"
    )
    out, summary = run_one(tmp_path, "spam.txt", dump)
    assert summary.read == 1 and summary.rejected == 1
    assert out.rejects[0].reason == EMPTY_ARTICLE
    assert out.rejects[0].reason.startswith("empty article: ")


def test_only_whitespace_is_an_empty_article(tmp_path: Path) -> None:
    out, summary = run_one(tmp_path, "blank.txt", " \n\t\n\u3000\n\r\n")
    assert summary.read == 1 and summary.rejected == 1
    assert out.rejects[0].reason.startswith("empty article: ")


@pytest.mark.parametrize("suffix", ["gz", "zst"])
def test_truncated_stream_keeps_records_before_the_damage(tmp_path: Path, suffix: str) -> None:
    data = jsonl([{"id": f"r{i}", "text": article_text(i)} for i in range(8)])
    packed = gzip.compress(data) if suffix == "gz" else zstd_blocks(data.splitlines(keepends=True))
    out, summary = run_one(tmp_path, f"cut.jsonl.{suffix}", packed[: len(packed) * 3 // 4])
    assert summary.balanced()
    assert 1 <= summary.written < 8
    assert [a.origin.id for a in out.articles] == [f"r{i}" for i in range(summary.written)]
    (last,) = out.rejects
    assert last.origin.index == summary.written
    assert "truncated" in last.reason and f"line {summary.written + 1}" in last.reason


def test_jsonl_bad_lines_are_rejected_one_by_one(tmp_path: Path) -> None:
    data = (
        jsonl([{"id": "ok-1", "text": article_text(1)}])
        + b'{"id": "cut", "text": "unterminated\n'
        + jsonl([{"id": "t", "title": "no body"}, 42, [1], "s", None, True,
                 {"id": "ok-2", "content": article_text(2)}])
    )
    out, summary = run_one(tmp_path, "mixed.jsonl", data)
    assert summary.read == 9 and summary.written == 2 and summary.rejected == 7
    by_index = {r.origin.index: r.reason for r in out.rejects}
    assert by_index[1].startswith("line 2: malformed JSON")
    assert by_index[2] == "line 3: no text, html or content field (nor one named for a body, nor a long text)"
    assert by_index[3] == "line 4: not a JSON object (number)"
    assert by_index[4] == "line 5: not a JSON object (array)"
    assert by_index[5] == "line 6: not a JSON object (string)"
    assert by_index[6] == "line 7: not a JSON object (null)"
    assert by_index[7] == "line 8: not a JSON object (boolean)"
    assert [a.origin.id for a in out.articles] == ["ok-1", "ok-2"]


def test_deeply_nested_json_is_one_reject_and_reading_goes_on(tmp_path: Path) -> None:
    deep = b'{"id": "deep", "text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}\n"
    data = deep + jsonl([{"id": "after", "text": article_text(16)}])
    out, summary = run_one(tmp_path, "deep.jsonl", data)
    assert summary.read == 2 and summary.written == 1
    assert out.rejects[0].reason == "line 1: malformed JSON (JSON nested too deeply)"
    assert out.articles[0].origin.id == "after"


def test_warc_with_damaged_record(tmp_path: Path) -> None:
    archive = warc([html_page(i).encode() for i in range(4)])
    cut = archive.index(b"WARC/1.", len(archive) // 2)  # the start of the third record
    garbage = random.Random(0).randbytes(300)
    out, summary = run_one(tmp_path, "crawl.warc", archive[:cut] + garbage + archive[cut:])
    assert summary.balanced()
    assert summary.written == 2
    (damage,) = out.rejects
    assert damage.origin.index == 2
    assert damage.reason.startswith("malformed WARC at record 2: ")


@pytest.mark.parametrize(
    "keep",
    [
        pytest.param(200, id="cut-in-header"),
        pytest.param(-400, id="cut-in-payload"),
    ],
)
def test_truncated_warc_record_is_reported(tmp_path: Path, keep: int) -> None:
    archive = warc([html_page(i).encode() for i in range(4)])
    end = archive.index(b"WARC/1.", len(archive) // 2) + keep if keep > 0 else len(archive) + keep
    out, summary = run_one(tmp_path, "cut.warc", archive[:end])
    assert summary.balanced()
    assert out.rejects and "record" in out.rejects[-1].reason


def test_directory_with_symlink_loop_and_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "good.txt").write_text(article_text(1))
    os.symlink(str(tmp_path), tmp_path / "x" / "up")
    secret = tmp_path / "x" / "secret.txt"
    secret.write_text(article_text(2))
    secret.chmod(0)
    os.symlink("nowhere.txt", tmp_path / "x" / "dangling.txt")
    out = Collected()
    summary = out.run([tmp_path])
    assert summary.balanced()
    assert out.reasons("up") == [f"symlink loop: {tmp_path / 'x' / 'up'} -> {tmp_path}"]
    assert out.reasons("dangling.txt") == ["No such file or directory"]
    if os.access(secret, os.R_OK):  # root reads anything: then it is a normal article
        assert out.written("secret.txt")
    else:
        assert out.reasons("secret.txt") == ["cannot open: Permission denied"]
    assert out.written("good.txt")


def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    os.mkdir(tmp_path / "in")
    with open(os.path.join(os.fsencode(tmp_path / "in"), b"caf\xe9.txt"), "wb") as fh:
        fh.write(article_text(17).encode())
    out = Collected()
    summary = out.run([tmp_path / "in"])
    assert summary.written == 1


# -- document limits ----------------------------------------------------------------------


def test_single_line_over_the_record_limit_is_rejected(tmp_path: Path) -> None:
    line = ("lorem ipsum " * 30_000).encode()  # 360 kB on one line, limit 256 kB
    out, summary = run_one(tmp_path, "line.txt", line, max_record_bytes=256 * 1024)
    assert summary.read == 1 and summary.rejected == 1
    assert out.rejects[0].reason == "record larger than 256 KiB limit"


def test_jsonl_line_over_the_limit_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    big = {"id": "big", "text": "x" * 300_000}
    data = jsonl([{"id": "a", "text": article_text(1)}, big, {"id": "b", "text": article_text(2)}])
    out, summary = run_one(tmp_path, "big.jsonl", data, max_record_bytes=256 * 1024)
    assert summary.read == 3 and summary.written == 2
    assert out.rejects[0].origin.index == 1
    assert out.rejects[0].reason == "line 2: record larger than 256 KiB limit"


def test_single_line_under_the_limit_is_one_paragraph(tmp_path: Path) -> None:
    words = " ".join(f"word{i % 997}" for i in range(6_000))  # ~50 kB on one line
    out, summary = run_one(tmp_path, "one-line.txt", f"A long single-line dump\n\n{words}.")
    assert summary.written == 1
    assert out.articles[0].text.startswith("word0 word1 ")


def test_deep_html_is_bounded_and_keeps_the_article(tmp_path: Path) -> None:
    page = html_page(7, "<div>" * 10_000 + "<span>deep</span>" + "</div>" * 10_000)
    out, summary = run_one(tmp_path, "deep.html", page)
    assert summary.written == 1
    assert "Critics argued that" in out.articles[0].text


def test_deep_html_loses_no_text(tmp_path: Path) -> None:
    deep = "<div>" * 1_000 + "<p>The deep paragraph is part of the article too.</p>" + "</div>" * 1_000
    closing = "<p>The closing paragraph comes after the deep part and must be kept.</p>"
    page = html_page(8, deep + closing)
    out, summary = run_one(tmp_path, "deep.html", page)
    assert summary.written == 1
    text = out.articles[0].text
    removed = " ".join(r.text for r in out.articles[0].removed)
    for sentence in ("The deep paragraph is part", "The closing paragraph comes after"):
        assert sentence in text or sentence in removed


@pytest.mark.parametrize(("limit", "value"), [("MAX_INPUT_CHARS", 6_000), ("MAX_ELEMENTS", 40)])
def test_html_past_the_parse_limits_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str, value: int
) -> None:
    from cleaner.extract import parse

    monkeypatch.setattr(parse, limit, value)  # scaled down: the same code path as a 9 MB page
    paras = "".join(f"<p>{sentence(random.Random(n), 14)} Paragraph {n}.</p>" for n in range(60))
    page = html_page(15, paras + "<p>The closing paragraph sits past the limit.</p>")
    out, summary = run_one(tmp_path, "long.html", page)
    assert summary.balanced()
    (article,) = out.articles
    limit_removals = [r.text for r in article.removed if r.rule == "html-limit"]
    assert "The closing paragraph sits past the limit." in article.text or limit_removals


def test_entity_bomb_and_external_entities_are_never_resolved(tmp_path: Path) -> None:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    doctype = (f'<!DOCTYPE html [<!ENTITY l0 "lol">{lol}<!ENTITY ext SYSTEM "file:///etc/passwd">'
               '<!ENTITY web SYSTEM "http://127.0.0.1:9/evil.dtd">]>')
    page = doctype + html_page(9).replace("<!DOCTYPE html>", "").replace("<p>", "<p>&l9; &ext; &web; ", 1)
    with time_budget(20):
        out, summary = run_one(tmp_path, "bomb.html", page)
    assert summary.written == 1
    text = out.articles[0].text
    assert "lollol" not in text and "root:" not in text
    assert len(text) < 5_000
    assert "Critics argued that" in text


def test_xml_external_entity_in_xhtml_is_not_fetched(tmp_path: Path) -> None:
    page = (
        '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body><article><h1>Entity test page</h1>'
        f"<p>&xxe; {article_text(10).split(chr(10))[2]}</p></article></body></html>"
    )
    hostname = Path("/etc/hostname").read_text().strip() if Path("/etc/hostname").exists() else "\0"
    out, summary = run_one(tmp_path, "xxe.xhtml.html", page)
    assert summary.written == 1
    assert hostname not in out.articles[0].text


def _no_controls(article: Article) -> None:
    for value in (article.title or "", article.text):
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", value), value
    assert "argued that" in article.text


def test_nul_bytes_and_controls_in_json_strings(tmp_path: Path) -> None:
    text = article_text(11).replace("Critics", "\x07Crit\x00i\x1b[1mcs\x7f")
    record = {"id": "n1", "title": "Clean title", "text": text}
    out, summary = run_one(tmp_path, "n.jsonl", json.dumps(record).encode() + b"\n")  # \u0000 escapes
    assert summary.written == 1 and summary.rejected == 0
    _no_controls(out.articles[0])


def test_nul_bytes_in_a_json_title(tmp_path: Path) -> None:
    record = {"id": "n2", "title": "Nul\u0000 title\u0008", "text": article_text(14)}
    out, _ = run_one(tmp_path, "t.jsonl", json.dumps(record).encode() + b"\n")
    assert out.articles[0].title == "Nul title"


def test_control_characters_in_a_text_dump(tmp_path: Path) -> None:
    text = article_text(12).replace("Critics", "\x07Crit\x1b[1mics\x7f\x0e")
    out, summary = run_one(tmp_path, "c.txt", text)
    assert summary.written == 1
    _no_controls(out.articles[0])


def test_stray_nul_byte_in_a_text_dump(tmp_path: Path) -> None:
    out, summary = run_one(tmp_path, "n.txt", article_text(13).replace("Critics", "Crit\x00ics"))
    assert summary.written == 1
    _no_controls(out.articles[0])


# -- regex safety ---------------------------------------------------------------------------
# Each pattern runs on adversarial inputs of 40,000 characters. Linear matching takes
# milliseconds; quadratic backtracking takes minutes. The budget sits in between.

ADVERSARIAL = {
    "spaces": " " * 40_000,
    "spaces-word": " " * 40_000 + "x",
    "tabs-newlines": "\t \n" * 13_000 + "x",
    "dashes": "- " * 20_000,
    "pipes": " | " * 13_000 + "x",
    "punctuation": ".,;:!?-" * 6_000,
    "dots-quotes": '."' * 20_000 + "x",
    "angle": "<a " * 13_000,
    "hashes": "# " * 20_000,
    "ampersands": "&#" * 20_000,
}


def _patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled text pattern at module level anywhere in the package."""
    import importlib
    import pkgutil

    import cleaner

    found: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(cleaner.__path__, "cleaner."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.setdefault(f"{module.__name__}.{name}", value)
    return found


QUADRATIC: dict[str, str] = {}  # pattern name -> known quadratic behaviour (none today)


def _cases() -> list[object]:
    cases = []
    for name, pattern in sorted(_patterns().items()):
        bug = QUADRATIC.get(name)
        marks = [pytest.mark.xfail(reason=f"{name}: {bug}", raises=TimeoutError, strict=True)] if bug else []
        cases.append(pytest.param(name, pattern, marks=marks, id=name))
    return cases


@pytest.mark.parametrize(("name", "pattern"), _cases())
def test_every_pattern_is_linear_on_adversarial_input(name: str, pattern: re.Pattern[str]) -> None:
    with time_budget(1.5):
        for text in ADVERSARIAL.values():
            pattern.split(text)
            for _ in pattern.finditer(text):
                pass


def test_phrase_priors_are_linear_on_adversarial_input() -> None:
    from cleaner.strip.rules import load_rules

    rules = load_rules(())
    patterns = [rules._brand_re, *rules._family_re.values()]
    with time_budget(8):
        for pattern in patterns:
            assert pattern is not None
            for text in ADVERSARIAL.values():
                pattern.search(text[:2_000])


@pytest.mark.parametrize("name", ["spaces-word", "pipes", "punctuation", "dots-quotes", "hashes"])
def test_documents_of_adversarial_lines_finish_in_bounded_time(name: str) -> None:
    line = ADVERSARIAL[name][:8_000]
    document = f"Council reports progress\n\n{line}\n\n{article_text(1).split(chr(10))[2]}\n\n{line}"
    clean_document(document)  # warm the rule caches outside the budget
    with time_budget(5):
        result, _ = clean_document(document)
    assert isinstance(result, Article | Reject)


def test_script_nested_past_the_depth_limit_never_becomes_text(tmp_path: Path) -> None:
    code = "window.__STATE__ = {token: 'abc123', widgets: [1, 2, 3]}; " * 20
    paras = "".join(f"<p>Paragraph {i} of the deep article tells readers something new today.</p>" for i in range(4))
    deep = "<div>" * 200 + f"<div class='content'>{paras}<script>{code}</script>{paras}</div>" + "</div>" * 200
    out, summary = run_one(tmp_path, "deep-script.html", html_page(9, deep))
    assert summary.written == 1
    article = out.articles[0]
    everything = article.text + " ".join(r.text for r in article.removed)
    assert "__STATE__" not in everything
    assert "Paragraph 3 of the deep article" in everything


def test_one_bad_line_costs_only_that_line(tmp_path: Path) -> None:
    good = [json.dumps({"id": f"g{i}", "text": article_text(500 + i)}) for i in range(10)]
    bad = [
        '{"id": "unterminated", "text": "a string that never ends',
        "plain text that is not JSON at all",
        json.dumps([1, 2, 3]),
        json.dumps({"id": "nobody", "title": "A record without a body"}),
        "\x00" * 64,
    ]
    lines = good[:3] + bad[:2] + good[3:6] + bad[2:] + good[6:]
    out, summary = run_one(tmp_path, "mixed.jsonl", ("\n".join(lines) + "\n").encode())
    assert summary.written == 10 and summary.rejected == 5 and summary.balanced()
    reasons = {r.origin.index: r.reason for r in out.rejects}
    nul_line = lines.index("\x00" * 64)
    assert reasons[nul_line] == f"line {nul_line + 1}: binary content (NUL bytes)"
    assert sorted(reasons) == sorted(lines.index(b) for b in bad)


def test_a_png_named_jsonl_is_still_refused_whole(tmp_path: Path) -> None:
    out, summary = run_one(tmp_path, "image.jsonl", PNG)
    assert summary.written == 0 and [r.reason for r in out.rejects] == ["binary content (PNG image)"]


def test_a_json_array_with_one_broken_element_keeps_the_others(tmp_path: Path) -> None:
    good = [json.dumps({"id": f"p{i}", "title": f"Story {i}", "content": f"<p>{article_text(800 + i)}</p>"})
            for i in range(4)]
    broken = '{"id": "p-broken", "title": "Half a record", "content": "<p>cut here'
    feed = '{"posts": [\n' + ",\n".join(good[:2] + [broken] + good[2:]) + "\n]}"
    out, summary = run_one(tmp_path, "feed.json", feed.encode())
    assert summary.written == 4 and summary.rejected == 1
    assert [r.origin.index for r in out.rejects] == [2]
    assert out.rejects[0].reason.startswith("record 2: malformed JSON")
    assert sorted(a.origin.index for a in out.articles) == [0, 1, 3, 4]
