"""Input readers: files, directories and stdin in every format and compression."""

from __future__ import annotations

import bz2
import errno
import gzip
import io
import json
import lzma
import os
from pathlib import Path

import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleaner.model import Origin, RawRecord, Reject
from cleaner.readers import iter_inputs

BENGALI_TITLE = "লামা 3 মে মাসে আসছে—ওপেনএআই কি চিন্তিত হওয়া উচিত? - ডিক্রিপ্ট"
BENGALI_BODY = "মেটা তার পরবর্তী প্রজন্মের ওপেন সোর্স ভাষা মডেল লামা 3 মে মাসে প্রকাশ করবে।\n\nদ্বারা সম্পাদিত রায়ান ওজাওয়া."
JAPANESE_TITLE = "ビットコインが過去最高値を更新 - コインテレグラフ"
JAPANESE_BODY = "ビットコインは火曜日に過去最高値を更新した。\n\nアナリストは慎重な姿勢を崩していない。"
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
HTML_PAGE = (
    "<!DOCTYPE html>\n<html lang='ja'><head><meta charset='utf-8'>"
    f"<title>{JAPANESE_TITLE}</title></head>"
    f"<body><article><h1>{JAPANESE_TITLE}</h1><p>{JAPANESE_BODY}</p></article></body></html>"
).encode()

COMPRESSORS = {
    "gz": gzip.compress,
    "bz2": lambda data: bz2.compress(data, 1),  # 100 kB blocks: damage can fall after some
    "xz": lzma.compress,
    "zst": lambda data: zstandard.ZstdCompressor().compress(data),
}


# --- helpers


def read(*inputs: str | Path, **kwargs) -> list[RawRecord | Reject]:
    """Every item the readers yield, checking that each is a RawRecord or a Reject."""
    items = list(iter_inputs([str(i) for i in inputs], **kwargs))
    assert all(isinstance(item, RawRecord | Reject) for item in items)
    return items


def docs(items: list[RawRecord | Reject]) -> list[RawRecord]:
    return [i for i in items if isinstance(i, RawRecord)]


def rejects(items: list[RawRecord | Reject]) -> list[Reject]:
    return [i for i in items if isinstance(i, Reject)]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def jsonl(records: list[object]) -> bytes:
    return b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in records)


def article_lines(n: int) -> bytes:
    """``n`` JSONL article records with enough varied text to compress realistically."""
    return jsonl(
        [
            {
                "id": f"a-{i}",
                "url": f"https://example.com/news/{i}",
                "title": f"Story {i}",
                "text": f"Paragraph {i} about markets. " * 20 + JAPANESE_BODY + str(i * 7919),
            }
            for i in range(n)
        ]
    )


def write_warc(path: Path, *, gzip_records: bool) -> list[str]:
    """A small crawl: warcinfo, request, HTML/PNG/JSON/404/redirect responses, one HTML resource."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip_records)
        writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "test"}))

        def response(url: str, status: str, content_type: str | None, body: bytes, **extra):
            headers = [("Content-Length", str(len(body)))]
            if content_type:
                headers.append(("Content-Type", content_type))
            headers += list(extra.items())
            http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            writer.write_record(record)
            return record.rec_headers.get_header("WARC-Record-ID")

        request = StatusAndHeaders("GET /ja/btc HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record(
                "https://example.com/ja/btc",
                "request",
                payload=io.BytesIO(b""),
                http_headers=request,
            )
        )
        ids = [response("https://example.com/ja/btc", "200 OK", "text/html; charset=Shift_JIS", HTML_PAGE)]
        response("https://example.com/logo.png", "200 OK", "image/png", PNG_BYTES)
        response("https://example.com/pixel", "200 OK", "text/html", PNG_BYTES)  # mislabelled
        response("https://example.com/api", "200 OK", "application/json", b'{"text": "not a page"}')
        response(
            "https://example.com/gone",
            "404 Not Found",
            "text/html",
            b"<html><body>gone</body></html>",
        )
        response("https://example.com/old", "301 Moved Permanently", "text/html", b"", Location="/new")
        page = f"<html><body><p>{BENGALI_BODY}</p></body></html>".encode()
        ids.append(
            response(
                "https://example.com/bn/llama",
                "200 OK",
                "text/html",
                gzip.compress(page),
                **{"Content-Encoding": "gzip"},
            )
        )
        resource = writer.create_warc_record(
            "file:///saved/page.html",
            "resource",
            payload=io.BytesIO(b"<html><body><p>saved page</p></body></html>"),
            warc_content_type="text/html",
        )
        writer.write_record(resource)
        ids.append(resource.rec_headers.get_header("WARC-Record-ID"))
    return ids


# --- text and HTML


def test_text_dump_is_one_raw_document(tmp_path: Path) -> None:
    body = f"{BENGALI_TITLE}\n\n{BENGALI_TITLE} - ডিক্রিপ্ট করুন\n\n{BENGALI_BODY}\n".encode()
    path = write(tmp_path / "000_7725cb53943e703e.txt", body)
    [doc] = read(path)
    assert isinstance(doc, RawRecord)
    assert doc.origin == Origin(str(path), 0, None)
    assert doc.kind == "text"
    assert doc.content == body  # raw bytes: decoding happens later
    assert doc.charset is None


def test_markdown_and_unknown_text_are_text(tmp_path: Path) -> None:
    md = write(tmp_path / "notes.md", "# 見出し\n\n本文です。\n")
    plain = write(tmp_path / "dump", JAPANESE_BODY)
    assert [d.kind for d in docs(read(md, plain))] == ["text", "text"]


@pytest.mark.parametrize("suffix", [".html", ".htm", ".xhtml", ".HTML"])
def test_html_by_name(tmp_path: Path, suffix: str) -> None:
    path = write(tmp_path / f"page{suffix}", HTML_PAGE)
    [doc] = read(path)
    assert (doc.kind, doc.content, doc.charset) == ("html", HTML_PAGE, None)


def test_html_sniffed_without_a_telling_name(tmp_path: Path) -> None:
    path = write(tmp_path / "index.php", b"\xef\xbb\xbf  \n" + HTML_PAGE)
    [doc] = read(path)
    assert doc.kind == "html"


def test_text_starting_with_angle_bracket_but_no_tags_stays_text(tmp_path: Path) -> None:
    path = write(tmp_path / "dump", "<<< Breaking >>> markets fell today.\n")
    [doc] = read(path)
    assert doc.kind == "text"


def test_sniffed_feed_without_items_is_rejected_but_a_name_saying_html_is_kept(tmp_path: Path) -> None:
    rss = b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>t</title><link>u</link>'
    sniffed, named = read(write(tmp_path / "feed", rss), write(tmp_path / "feed.html", rss))
    assert sniffed.reason.startswith("feed holds no items")
    assert named.kind == "html"


def test_text_dump_opening_with_a_bracket_is_text() -> None:
    data = "[Update] ビットコインが急騰\n\n本文。\n".encode()
    [doc] = read("-", stdin=io.BytesIO(data))
    assert (doc.kind, doc.content) == ("text", data)


def test_utf16_text_with_bom_is_not_binary(tmp_path: Path) -> None:
    data = JAPANESE_BODY.encode("utf-16")
    [doc] = read(write(tmp_path / "ja.txt", data))
    assert doc.kind == "text" and doc.content == data


def test_empty_file_is_rejected(tmp_path: Path) -> None:
    [rej] = read(write(tmp_path / "empty.txt", b""))
    assert isinstance(rej, Reject) and rej.reason == "empty input"


# --- binary content


def test_png_named_txt_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "article.txt", PNG_BYTES + os.urandom(200))
    [rej] = read(path)
    assert rej == Reject(Origin(str(path)), "binary content (PNG image)")


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP archive"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"some text\x00\x00\x00\x01\x02 more", "NUL bytes"),
        (bytes(range(1, 32)) * 20, "control bytes"),
    ],
)
def test_binary_content_is_rejected_whatever_the_name(tmp_path: Path, data: bytes, what: str) -> None:
    items = read(write(tmp_path / "x.html", data), write(tmp_path / "y", data))
    assert [r.reason for r in items] == [f"binary content ({what})"] * 2


def test_binary_inside_gzip_is_rejected(tmp_path: Path) -> None:
    [rej] = read(write(tmp_path / "page.html.gz", gzip.compress(PNG_BYTES)))
    assert rej.reason == "binary content (PNG image)"


# --- compression


@pytest.mark.parametrize("ext", sorted(COMPRESSORS))
def test_each_compression_by_suffix(tmp_path: Path, ext: str) -> None:
    data = article_lines(30)
    path = write(tmp_path / f"feed.jsonl.{ext}", COMPRESSORS[ext](data))
    items = read(path)
    assert [d.origin for d in docs(items)] == [Origin(str(path), i, f"a-{i}") for i in range(30)]
    assert not rejects(items)


@pytest.mark.parametrize("ext", sorted(COMPRESSORS))
def test_compression_found_by_magic_despite_the_name(tmp_path: Path, ext: str) -> None:
    body = f"{JAPANESE_TITLE}\n\n{JAPANESE_BODY}\n".encode()
    [doc] = read(write(tmp_path / "mislabelled.txt", COMPRESSORS[ext](body)))
    assert doc.content == body and doc.kind == "text"


def test_nested_compression(tmp_path: Path) -> None:
    data = article_lines(3)
    path = write(tmp_path / "feed.jsonl.gz.zst", COMPRESSORS["zst"](gzip.compress(data)))
    assert [d.origin.id for d in docs(read(path))] == ["a-0", "a-1", "a-2"]


def test_multi_member_gzip_and_multi_frame_zstd(tmp_path: Path) -> None:
    a, b = article_lines(2), article_lines(4)[len(article_lines(2)) :]
    gz = write(tmp_path / "a.jsonl.gz", gzip.compress(a) + gzip.compress(b))
    zc = zstandard.ZstdCompressor()
    zs = write(tmp_path / "b.jsonl.zst", zc.compress(a) + zc.compress(b))
    for path in (gz, zs):
        assert [d.origin.id for d in docs(read(path))] == ["a-0", "a-1", "a-2", "a-3"]


def test_stdin_is_sniffed_and_decompressed() -> None:
    stdin = io.BytesIO(gzip.compress(jsonl([{"id": 7, "text": BENGALI_BODY}, {"id": 8, "text": "b"}])))
    items = read("-", stdin=stdin)
    assert [(d.origin, d.content) for d in docs(items)] == [
        (Origin("-", 0, "7"), BENGALI_BODY),
        (Origin("-", 1, "8"), "b"),
    ]


def test_stdin_defaults_to_the_process_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(f"{BENGALI_TITLE}\n\n{BENGALI_BODY}\n".encode()), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", fake)
    [doc] = read("-")
    assert doc.origin == Origin("-") and doc.content.decode().startswith(BENGALI_TITLE)


def test_stdin_html() -> None:
    [doc] = read("-", stdin=io.BytesIO(HTML_PAGE))
    assert (doc.origin, doc.kind, doc.content) == (Origin("-"), "html", HTML_PAGE)


# --- damaged streams


def _truncated(ext: str, data: bytes) -> bytes:
    packed = COMPRESSORS[ext](data)
    return packed[: len(packed) * 2 // 3]


@pytest.mark.parametrize(("ext", "name"), [("gz", "gzip"), ("zst", "zstd"), ("bz2", "bz2"), ("xz", "xz")])
def test_truncated_stream_keeps_records_before_the_damage(tmp_path: Path, ext: str, name: str) -> None:
    data = article_lines(400)
    path = write(tmp_path / f"feed.jsonl.{ext}", _truncated(ext, data))
    items = read(path)
    good = docs(items)
    [last] = rejects(items)
    assert items[-1] is last
    assert 0 < len(good) < 400
    # the records delivered are exactly the first ones, intact
    assert [d.origin.index for d in good] == list(range(len(good)))
    assert good[-1].content == json.loads(data.splitlines()[len(good) - 1])["text"]
    assert last.origin == Origin(str(path), len(good))
    assert last.reason.startswith(f"damaged input at line {len(good) + 1}: truncated {name} stream after ")
    assert int(last.reason.rsplit(" ", 2)[-2]) > 0


def test_corrupt_gzip_is_reported_as_damaged(tmp_path: Path) -> None:
    packed = bytearray(gzip.compress(article_lines(200)))
    packed[len(packed) // 2 : len(packed) // 2 + 64] = b"\xa5" * 64
    items = read(write(tmp_path / "feed.jsonl.gz", bytes(packed)))
    assert docs(items)
    assert "damaged gzip stream after" in rejects(items)[-1].reason


def test_truncated_one_document_file_is_rejected(tmp_path: Path) -> None:
    body = (BENGALI_BODY * 200).encode()
    path = write(tmp_path / "page.txt.gz", gzip.compress(body)[:-40])
    [rej] = read(path)
    assert rej.origin == Origin(str(path))
    assert rej.reason.startswith("damaged input: truncated gzip stream after")


class _FailingStream(io.RawIOBase):
    """A pipe whose device fails after some good bytes."""

    def __init__(self, good: bytes) -> None:
        self._good = good

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._good:
            n = min(len(buffer), len(self._good))
            buffer[:n], self._good = self._good[:n], self._good[n:]
            return n
        raise OSError(errno.EIO, "Input/output error")


def test_io_error_midway_is_a_reject_with_the_os_reason() -> None:
    items = read("-", stdin=_FailingStream(article_lines(5)))
    assert len(docs(items)) == 5
    [rej] = rejects(items)
    assert rej.origin == Origin("-", 5)
    good = len(article_lines(5))
    assert rej.reason == f"damaged input at line 6: read error after {good} bytes: Input/output error"


# --- JSONL


def test_jsonl_bad_lines_are_rejected_and_reading_goes_on(tmp_path: Path) -> None:
    def line(record: dict) -> bytes:
        return json.dumps(record, ensure_ascii=False).encode()

    lines = [
        b"\xef\xbb\xbf" + line({"id": "ja-1", "text": JAPANESE_BODY, "lang": "ja"}),
        b'{"id": "ja-2", "text": "broken',
        b"",
        b'["not", "an", "object"]',
        line({"id": "ja-4", "title": "no body at all"}),
        line({"_id": {"$oid": "65f0c0ffee"}, "html": f"<p>{BENGALI_BODY}</p>"}),
    ]
    path = write(tmp_path / "feed.jsonl", b"\n".join(lines))  # no final newline
    items = read(path)
    p = str(path)
    assert [(type(i).__name__, i.origin) for i in items] == [
        ("RawRecord", Origin(p, 0, "ja-1")),
        ("Reject", Origin(p, 1)),
        ("Reject", Origin(p, 3)),
        ("Reject", Origin(p, 4, "ja-4")),
        ("RawRecord", Origin(p, 5, "65f0c0ffee")),
    ]
    assert items[1].reason.startswith("line 2: malformed JSON (")
    assert items[2].reason == "line 4: not a JSON object (array)"
    assert items[3].reason == "line 5: no text, html or content field (nor one named for a body, nor a long text)"
    assert (items[0].content, items[0].lang, items[0].kind) == (JAPANESE_BODY, "ja", "text")
    assert (items[4].kind, items[4].content) == ("html", f"<p>{BENGALI_BODY}</p>")


def test_big_jsonl_is_read_in_order(tmp_path: Path) -> None:
    path = write(tmp_path / "big.ndjson", article_lines(5000))
    items = read(path)
    assert [d.origin.index for d in items] == list(range(5000))


def test_lines_orjson_refuses_still_parse(tmp_path: Path) -> None:
    path = write(
        tmp_path / "x.jsonl",
        b'{"text": "ok", "score": NaN}\n'
        b'{"text": "caf\xe9 cr\xe8me br\xfbl\xe9e \xe0 la carte"}\n'  # cp1252, not UTF-8
        b'{"text": "cut \xe0\xa6 short"}\n',  # one broken multibyte character
    )
    items = read(path)
    assert [d.content for d in docs(items)] == [
        "ok",
        "café crème brûlée à la carte",
        "cut \ufffd short",
    ]


def test_deeply_nested_line_is_a_reject(tmp_path: Path) -> None:
    path = write(tmp_path / "x.jsonl", b"[" * 100_000 + b"\n" + jsonl([{"text": "next"}]))
    first, second = read(path)
    assert first.reason.startswith("line 1: malformed JSON (")
    assert second.content == "next"


# --- JSON and record mapping


WORDPRESS_POST = {
    "id": 6021145,
    "date": "2025-03-01T05:55:21",
    "date_gmt": "2025-03-01T05:55:21",
    "guid": {"rendered": "https://platodata.ai/?p=6021145"},
    "link": "https://platodata.ai/bn/ethereum-foundation/",
    "title": {"rendered": "Ethereum&#8217;s <em>new</em> &amp; director"},
    "content": {"rendered": f"<p>{BENGALI_BODY}</p>", "protected": False},
    "excerpt": {"rendered": "<p>short</p>", "protected": False},
    "author": 3,
    "tags": [11, 12],
}


def test_wordpress_export(tmp_path: Path) -> None:
    second = {**WORDPRESS_POST, "id": 6021190, "author": {"name": "Ryan Ozawa", "id": 3}}
    path = write(tmp_path / "feed.json", json.dumps({"posts": [WORDPRESS_POST, second], "total": 2}))
    first, other = read(path)
    assert first.origin == Origin(str(path), 0, "6021145")
    assert first.kind == "html"
    assert first.content == f"<p>{BENGALI_BODY}</p>"
    assert first.title == "Ethereum’s new & director"
    assert first.url == "https://platodata.ai/bn/ethereum-foundation/"
    assert first.published == "2025-03-01T05:55:21"
    assert first.authors == []  # a numeric author id is not a name; it stays in meta
    assert first.meta == {
        "date_gmt": "2025-03-01T05:55:21",
        "guid": {"rendered": "https://platodata.ai/?p=6021145"},
        "excerpt": {"rendered": "<p>short</p>", "protected": False},
        "author": 3,
        "tags": [11, 12],
    }
    assert other.origin.index == 1 and other.authors == ["Ryan Ozawa"]


def test_wordpress_rest_array_and_guid_as_id(tmp_path: Path) -> None:
    post = {k: v for k, v in WORDPRESS_POST.items() if k != "id"}
    [doc] = read(write(tmp_path / "posts.json", json.dumps([post])))
    assert doc.origin.id == "https://platodata.ai/?p=6021145"
    assert "guid" not in doc.meta


@pytest.mark.parametrize("key", ["items", "data", "records", "articles", "entries", "results"])
def test_container_keys(tmp_path: Path, key: str) -> None:
    path = write(tmp_path / "x.json", json.dumps({key: [{"text": "a"}, {"text": "b"}]}))
    assert [d.content for d in docs(read(path))] == ["a", "b"]


def test_nested_container_and_single_record(tmp_path: Path) -> None:
    nested = write(tmp_path / "n.json", json.dumps({"data": {"posts": [{"text": "deep"}]}}))
    single = write(tmp_path / "s.json", json.dumps({"id": "x1", "text": JAPANESE_BODY}, indent=2))
    a, b = read(nested, single)
    assert a.content == "deep"
    assert (b.origin, b.content) == (Origin(str(single), 0, "x1"), JAPANESE_BODY)


def test_json_bad_records_rejected_rest_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "x.json", json.dumps([{"text": "a"}, "oops", {"title": "t"}, {"text": "d"}]))
    items = read(path)
    assert [getattr(i, "reason", None) for i in items] == [
        None,
        "record 1: not a JSON object (string)",
        "record 2: no text, html or content field (nor one named for a body, nor a long text)",
        None,
    ]


def test_files_without_records_say_so(tmp_path: Path) -> None:
    items = read(write(tmp_path / "a.json", '{"posts": []}'), write(tmp_path / "b.jsonl", "\n\n  \n"))
    assert [(r.origin.path, r.reason) for r in items] == [
        (str(tmp_path / "a.json"), "no records"),
        (str(tmp_path / "b.jsonl"), "no records"),
    ]


def test_malformed_json_file_is_one_reject(tmp_path: Path) -> None:
    path = write(tmp_path / "x.json", '{"text": "a", "title": ')
    [rej] = read(path)
    assert rej.origin == Origin(str(path)) and rej.reason.startswith("malformed JSON (")


def test_json_array_cut_short_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    path = write(tmp_path / "x.json", '[{"text": "a"}, {"text": ')
    first, cut = read(path)
    assert isinstance(first, RawRecord) and first.origin == Origin(str(path), 0)
    assert isinstance(cut, Reject) and cut.origin == Origin(str(path), 1)
    assert cut.reason.startswith("record 1: malformed JSON (")


def test_json_named_file_holding_jsonl(tmp_path: Path) -> None:
    path = write(tmp_path / "x.json", article_lines(3))
    assert [d.origin.index for d in read(path)] == [0, 1, 2]


def test_sniffed_json_and_jsonl_on_stdin() -> None:
    pretty = json.dumps([{"text": "a"}, {"text": "b"}], indent=2).encode()
    assert [d.content for d in read("-", stdin=io.BytesIO(pretty))] == ["a", "b"]
    assert len(read("-", stdin=io.BytesIO(article_lines(4)))) == 4


@pytest.mark.parametrize(
    ("record", "authors"),
    [
        ({"author": "Ryan Ozawa"}, ["Ryan Ozawa"]),
        ({"authors": ["A. One", "B. Two"]}, ["A. One", "B. Two"]),
        ({"authors": [{"name": "A. One"}, {"display_name": "B. Two"}]}, ["A. One", "B. Two"]),
        ({"author": {"name": "山田 太郎"}}, ["山田 太郎"]),
        ({"author": 3}, []),
    ],
)
def test_author_shapes(tmp_path: Path, record: dict, authors: list[str]) -> None:
    [doc] = read(write(tmp_path / "a.jsonl", jsonl([{"text": "x", **record}])))
    assert doc.authors == authors


def test_record_fields_and_meta(tmp_path: Path) -> None:
    record = {
        "guid": "g-1",
        "url": "https://example.com/a",
        "pubDate": "Tue, 09 Jul 2025 06:00:00 GMT",
        "language": "bn",
        "title": "  <b>লামা</b>&nbsp;3  ",
        "text": ["প্রথম অনুচ্ছেদ।", "দ্বিতীয় অনুচ্ছেদ।"],
        "html": "<p>ignored: text wins</p>",
        "category": "crypto",
        "views": 12,
    }
    [doc] = read(write(tmp_path / "a.jsonl", jsonl([record])))
    assert doc.origin.id == "g-1"
    assert (doc.url, doc.published, doc.lang) == (record["url"], record["pubDate"], "bn")
    assert doc.title == "লামা 3"
    assert (doc.kind, doc.content) == ("text", "প্রথম অনুচ্ছেদ।\n\nদ্বিতীয় অনুচ্ছেদ।")
    assert doc.meta == {"category": "crypto", "views": 12}


def test_plain_content_field_is_text(tmp_path: Path) -> None:
    a, b = read(write(tmp_path / "a.jsonl", jsonl([{"content": JAPANESE_BODY}, {"content": "<p>x</p>"}])))
    assert (a.kind, b.kind) == ("text", "html")



@pytest.mark.parametrize(("record", "kind", "title", "url"), [
    ({"headline": "Gdańsk", "article_text": "Rada Miasta.", "link": "https://a.pl/x"}, "text", "Gdańsk", "https://a.pl/x"),
    ({"articleBody": "Körfez.", "headline": "İzmir", "canonical_url": "https://b.tr/y"}, "text", "İzmir", "https://b.tr/y"),
    ({"maintext": "本文。", "title_text": "見出し", "source_url": "https://c.jp/z"}, "text", "見出し", "https://c.jp/z"),
    ({"raw_html": "<p>x</p>", "page_title": "T", "image_url": "https://d/i.jpg"}, "html", "T", None),
    ({"body": "<p>เทศบาล</p>", "heading": "ข่าว"}, "html", "ข่าว", None),
    ({"body": "เทศบาลนครเชียงใหม่", "og_title": "ข่าว"}, "text", "ข่าว", None),
])
def test_body_title_and_url_fields_found_by_the_words_of_their_names(
        tmp_path: Path, record: dict, kind: str, title: str, url: str | None) -> None:
    [doc] = read(write(tmp_path / "a.jsonl", jsonl([record])))
    assert isinstance(doc, RawRecord)
    assert (doc.kind, doc.title, doc.url) == (kind, title, url)
    assert not set(doc.meta) & {k for k in record if k not in ("image_url",)}  # used fields are consumed


def test_a_named_body_prefers_text_and_leaves_summaries_alone(tmp_path: Path) -> None:
    record = {"summary_text": "Short.", "body_html": "<p>Long body here.</p>", "article_text": "Long body here.",
              "description": "A teaser."}
    [doc] = read(write(tmp_path / "a.jsonl", jsonl([record])))
    assert (doc.kind, doc.content) == ("text", "Long body here.")
    assert doc.meta == {"summary_text": "Short.", "description": "A teaser."}


def test_an_export_of_records_with_named_bodies(tmp_path: Path) -> None:
    rows = [{"headline": f"H{i}", "article_text": f"Body {i}."} for i in range(3)]
    path = write(tmp_path / "x.json", json.dumps({"items": rows}))
    assert [d.content for d in read(path)] == ["Body 0.", "Body 1.", "Body 2."]


# --- WARC


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz", "crawl.bin"])
def test_warc_html_responses_only(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    ids = write_warc(path, gzip_records=name.endswith((".gz", ".bin")))
    items = read(path)
    found = docs(items)
    assert [d.origin.id for d in found] == ids
    ja, bn, saved = found
    assert ja.kind == "html" and ja.content == HTML_PAGE
    assert ja.charset == "Shift_JIS"
    assert ja.url == "https://example.com/ja/btc"
    assert ja.published is None
    assert ja.meta["warc_date"].startswith("20") and ja.meta["http_status"] == 200
    assert ja.origin.index == 2  # warcinfo 0, request 1
    assert [r.reason for r in rejects(items)] == ["binary content (PNG image)", "HTTP status 404"]
    assert bn.content == f"<html><body><p>{BENGALI_BODY}</p></body></html>".encode()  # un-gzipped
    assert bn.charset is None
    assert saved.url == "file:///saved/page.html"


def test_truncated_warc_gz_keeps_earlier_pages(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip_records=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 60])
    items = read(path)
    assert len(docs(items)) == 2
    assert "truncated gzip stream" in items[-1].reason
    assert items[-1].origin == Origin(str(path), 9)


def test_arc_file(tmp_path: Path) -> None:
    body = "<html><body><p>Archivé en 2005.</p></body></html>".encode("latin-1")
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n"
    http += b"Content-Length: %d\r\n\r\n" % len(body) + body
    desc = b"1 0 InternetArchive\nURL IP-address Archive-date Content-type Archive-length\n"
    arc = b"filedesc://crawl.arc 0.0.0.0 20050614070144 text/plain %d\n" % len(desc) + desc + b"\n"
    arc += b"http://example.com/old 1.2.3.4 20050614070159 text/html %d\n" % len(http) + http
    path = write(tmp_path / "crawl.arc.gz", gzip.compress(arc + b"\n"))
    [doc] = read(path)
    assert doc.origin == Origin(str(path), 1, None)  # ARC records carry no id of their own
    assert (doc.content, doc.charset, doc.url) == (body, "iso-8859-1", "http://example.com/old")
    assert doc.meta["warc_date"] == "2005-06-14T07:01:59Z"


def test_garbage_named_warc_is_one_reject(tmp_path: Path) -> None:
    [rej] = read(write(tmp_path / "x.warc", "this is not an archive\n" * 3))
    assert rej.reason == "not a WARC or ARC archive"


# --- limits


def test_oversize_text_document(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", "ক" * 2000)
    [rej] = read(path, max_record_bytes=1024)
    assert rej == Reject(Origin(str(path)), "record larger than 1 KiB limit")


def test_default_limit_message(tmp_path: Path) -> None:
    path = write(tmp_path / "big.html", b"<html><body><p>" + b"x" * (32 * 2**20 + 1))
    [rej] = read(path)
    assert rej.reason == "record larger than 32 MiB limit"


def test_oversize_jsonl_line_is_skipped_without_losing_the_next(tmp_path: Path) -> None:
    huge = json.dumps({"id": "huge", "text": "y" * 300_000}).encode()
    path = write(
        tmp_path / "x.jsonl",
        jsonl([{"text": "before"}]) + huge + b"\n" + jsonl([{"text": "after"}]),
    )
    items = read(path, max_record_bytes=4096)
    assert [getattr(i, "content", None) for i in items] == ["before", None, "after"]
    assert items[1] == Reject(Origin(str(path), 1), "line 2: record larger than 4 KiB limit")
    assert items[2].origin.index == 2


def test_oversize_json_record_and_warc_payload(tmp_path: Path) -> None:
    path = write(tmp_path / "x.json", json.dumps([{"text": "z" * 5000}, {"text": "small"}]))
    items = read(path, max_record_bytes=1024)
    assert items[0].reason == "record 0: record larger than 1 KiB limit"
    assert items[1].content == "small"
    warc = tmp_path / "c.warc"
    write_warc(warc, gzip_records=False)
    reasons = [r.reason for r in rejects(read(warc, max_record_bytes=100))]
    assert reasons.count("record larger than 100 B limit") == 2


# --- paths and directories


def _tree(root: Path) -> None:
    write(root / "b.txt", "b")
    write(root / "a.txt", "a")
    write(root / "10.txt", "10")
    write(root / "9.txt", "9")
    write(root / "sub" / "z.txt", "sub z")
    write(root / "sub" / "deeper" / "y.html", "<html><body><p>y</p></body></html>")
    write(root / ".git" / "config.txt", "hidden dir")
    write(root / ".hidden.txt", "hidden file")
    write(root / "日本語.txt", JAPANESE_BODY)


def test_directory_walk_is_sorted_recursive_and_skips_hidden(tmp_path: Path) -> None:
    root = tmp_path / "dump"
    _tree(root)
    given = str(root) + "/"
    paths = [d.origin.path for d in read(given)]
    assert paths == [
        given + name
        for name in [
            "10.txt",
            "9.txt",
            "a.txt",
            "b.txt",
            "sub/deeper/y.html",
            "sub/z.txt",
            "日本語.txt",
        ]
    ]
    assert read(given) == read(given)  # stable


def test_inputs_keep_their_order_and_hidden_given_explicitly_is_read(tmp_path: Path) -> None:
    root = tmp_path / "dump"
    _tree(root)
    items = read(root / "b.txt", root / ".hidden.txt", root / "a.txt")
    assert [d.content for d in items] == [b"b", b"hidden file", b"a"]


def test_missing_input_is_a_reject(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    ok = write(tmp_path / "ok.txt", "ok")
    items = read(missing, ok)
    assert items[0] == Reject(Origin(str(missing)), "No such file or directory")
    assert items[1].content == b"ok"


def test_symlinks_loops_dangling_links_and_fifos(tmp_path: Path) -> None:
    root = tmp_path / "dump"
    write(root / "a.txt", "a")
    write(tmp_path / "elsewhere" / "real.txt", "real")
    os.symlink(tmp_path / "elsewhere" / "real.txt", root / "b_link.txt")
    os.symlink(root, root / "c_loop")
    os.symlink(tmp_path / "missing.txt", root / "d_dangling.txt")
    os.mkfifo(root / "e_pipe")
    os.symlink(root / "f_self", root / "f_self")
    items = read(root)
    p = str(root)
    assert [(type(i).__name__, i.origin.path) for i in items] == [
        ("RawRecord", f"{p}/a.txt"),
        ("RawRecord", f"{p}/b_link.txt"),
        ("Reject", f"{p}/c_loop"),
        ("Reject", f"{p}/d_dangling.txt"),
        ("Reject", f"{p}/e_pipe"),
        ("Reject", f"{p}/f_self"),
    ]
    assert items[1].content == b"real"
    assert items[2].reason == f"symlink loop: {p}/c_loop -> {p}"
    assert items[3].reason == "No such file or directory"
    assert items[4].reason == "not a regular file (FIFO)"
    assert items[5].reason == "Too many levels of symbolic links"


def test_symlinked_directories_are_walked_under_the_link_name(tmp_path: Path) -> None:
    write(tmp_path / "real" / "x.txt", "x")
    root = tmp_path / "dump"
    write(root / "a.txt", "a")
    os.symlink(tmp_path / "real", root / "linked")
    os.symlink(tmp_path / "real", tmp_path / "given_link")
    items = read(root, tmp_path / "given_link")
    assert [d.origin.path for d in items] == [
        f"{root}/a.txt",
        f"{root}/linked/x.txt",
        f"{tmp_path}/given_link/x.txt",
    ]


def test_unreadable_file_is_a_reject_with_the_os_reason(tmp_path: Path) -> None:
    locked = write(tmp_path / "locked.txt", "secret")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: permissions do not bite")
        [rej] = read(locked)
        assert rej == Reject(Origin(str(locked)), "cannot open: Permission denied")
    finally:
        locked.chmod(0o644)


@pytest.mark.skipif(not os.path.exists("/proc/self/mem"), reason="needs Linux /proc")
def test_file_that_fails_to_read_is_a_reject_with_the_os_reason(tmp_path: Path) -> None:
    # /proc/self/mem opens (even for root) but reading offset 0 fails with EIO.
    root = tmp_path / "dump"
    write(root / "b.txt", "b")
    os.symlink("/proc/self/mem", root / "a.txt")
    items = read(root, root / "b.txt" / "under_a_file.txt")
    assert items[0] == Reject(Origin(f"{root}/a.txt"), "read error after 0 bytes: Input/output error")
    assert items[1].content == b"b"
    assert items[2] == Reject(Origin(str(root / "b.txt" / "under_a_file.txt")), "Not a directory")


def test_unlistable_directory_is_a_reject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "dump"
    write(root / "sub" / "a.txt", "a")
    write(root / "z.txt", "z")
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("sub"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = read(root)
    assert items[0] == Reject(Origin(str(root / "sub")), "cannot list directory: Permission denied")
    assert items[1].content == b"z"


# --- robustness


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=600),
        st.sampled_from([b"\x1f\x8b", b"BZh91AY&SY", b"\x28\xb5\x2f\xfd", b"WARC/1.0\r\n", b"{", b"["]).flatmap(
            lambda head: st.binary(max_size=300).map(lambda tail: head + tail)
        ),
    )
)
def test_arbitrary_bytes_never_raise(data: bytes) -> None:
    items = read("-", stdin=io.BytesIO(data), max_record_bytes=256)
    for item in items:
        assert item.origin.path == "-"


_BODY = ("Le conseil d'administration a approuvé mardi un plan d'investissement de 40 millions d'euros. "
         "Les premiers travaux commenceront à l'automne, selon la direction. "
         "Le site emploiera à terme 120 personnes, dont une trentaine de techniciens formés sur place.")


@pytest.mark.parametrize(("record", "title", "url"), [
    # a crawler's nesting: the article one object down, its address in a sibling object
    ({"status": "ok", "data": {"article": {"id": 7, "title": "Un plan de 40 millions", "content": f"<p>{_BODY}</p>"}},
      "meta": {"url": "https://example.org/a/7", "http_status": 200}}, "Un plan de 40 millions", "https://example.org/a/7"),
    ({"doc": {"title": "Un plan de 40 millions", "body": _BODY, "url": "https://example.org/a/7"},
      "crawl": {"job": "weekly", "depth": 2}}, "Un plan de 40 millions", "https://example.org/a/7"),
    # fields named in the site's language: the body and title known by their shape
    ({"titulo": "Un plan de 40 millions", "texto": _BODY, "enlace": "https://example.org/a/7", "fecha": "2025-05-21"},
     "Un plan de 40 millions", "https://example.org/a/7"),
    ({"titre": "Un plan de 40 millions", "contenu": _BODY.split(". "), "lien": "https://example.org/a/7"},
     "Un plan de 40 millions", "https://example.org/a/7"),
    # a Scrapy export's list of paragraphs under "paragraphs"
    ({"url": "https://example.org/a/7", "headline": "Un plan de 40 millions", "paragraphs": _BODY.split(". ")},
     "Un plan de 40 millions", "https://example.org/a/7"),
])
def test_record_shapes_of_crawl_tools(tmp_path: Path, record: dict, title: str, url: str) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    [item] = list(iter_inputs([str(path)]))
    assert isinstance(item, RawRecord), item
    assert (item.title, item.url) == (title, url)
    assert "40 millions d'euros" in str(item.content)


def test_a_record_names_its_site_as_trafilatura_and_json_ld_do(tmp_path: Path) -> None:
    """``sitename`` (trafilatura) and ``publisher.name`` (schema.org) give the site's name, which is
    the source when no title tail names an outlet; an address is no name."""
    import cleaner

    rows = [{"title": "Un plan de 40 millions", "text": _BODY, "sitename": "Le Courrier du Léman"},
            {"@type": "NewsArticle", "headline": "Un plan de 40 millions", "articleBody": _BODY,
             "publisher": {"@type": "Organization", "name": "Oberlausitzer Wirtschaftsbrief"}},
            {"title": "Un plan de 40 millions", "text": _BODY, "sitename": "https://example.org"}]
    path = tmp_path / "rows.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    written: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(keep_duplicates=True), write=written.append, reject=print)
    assert [a.source for a in written] == ["Le Courrier du Léman", "Oberlausitzer Wirtschaftsbrief", None]


def test_a_record_with_no_long_text_is_still_rejected(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"name": "Un plan", "value": "court", "n": 3}) + "\n", encoding="utf-8")
    [item] = list(iter_inputs([str(path)]))
    assert isinstance(item, Reject) and "no text, html or content field" in item.reason


@pytest.mark.parametrize(("fetched", "page"), [
    ("https://web.archive.org/web/20240315123456/https://zephyrnet.com/some-story/", "https://zephyrnet.com/some-story/"),
    ("http://web.archive.org/web/20240315123456id_/http://www.example.com/a?b=1", "http://www.example.com/a?b=1"),
    ("https://archive.ph/2024.03.15-120000/https://www.bbc.com/news/x", "https://www.bbc.com/news/x"),
    ("https://www-bbc-com.cdn.ampproject.org/c/s/www.bbc.com/news/amp/x", "https://www.bbc.com/news/amp/x"),
    ("https://zephyrnet-com.translate.goog/ja/story/?_x_tr_sl=auto&_x_tr_tl=en", "https://zephyrnet.com/ja/story/"),
    ("https://my--site-co-uk.translate.goog/a?id=3&_x_tr_hl=de", "https://my-site.co.uk/a?id=3"),
    ("https://example.com/web/20240101/https://x.example/", "https://example.com/web/20240101/https://x.example/"),
    ("https://archive.ph/AbCd1", "https://archive.ph/AbCd1"),  # a short snapshot name hides the page's address
])
def test_an_intermediarys_address_gives_the_pages_own(fetched: str, page: str) -> None:
    from cleaner.text import original_url

    assert original_url(fetched) == page


def test_a_snapshot_record_carries_the_pages_address_and_where_it_was_fetched() -> None:
    import cleaner

    snap = "https://web.archive.org/web/20240301000000/https://zephyrnet.com/bitcoin-miners/"
    html = ("<html><head><title>Bitcoin miners sell reserves</title></head><body><div id='wm-ipp-base'>"
            f"<div>The Wayback Machine - {snap} 42 captures</div></div><article><h1>Bitcoin miners sell reserves</h1>"
            "<p>Bitcoin miners sold more coins last week than at any time since March, on-chain data show.</p>"
            "<p>The revenue they earn per unit of computing power dropped to a record low, analysts said.</p>"
            "</article></body></html>")
    article = cleaner.clean(html, kind="html", url=snap)
    assert article.url == "https://zephyrnet.com/bitcoin-miners/" and article.meta["fetched_from"] == snap
    assert "Wayback" not in article.text and "captures" not in article.text


def test_an_archive_today_snapshot_gives_the_saved_page_its_address_and_source() -> None:
    import cleaner

    saved = "https://hromadske.example/posts/velomaisternia"
    html = (
        "<html><head><meta property='og:site_name' content='archive.ph'>"
        "<title>У Житомирі відкрили безкоштовну веломайстерню | Громадське</title></head><body>"
        "<div id='HEADER' style='background-color:#eeeeee'><table><tr><td><div>webpage capture</div></td>"
        f"<td>Saved from</td><td><a href='{saved}'>{saved}</a></td><td><a href='https://archive.ph/{saved}'>history</a>"
        "</td></tr><tr><td>no other snapshots from this url</td><td>archived 22 Oct 2024 11:20:05 UTC</td></tr></table></div>"
        "<div id='CONTENT'><h1 style='font-size:32px'>У Житомирі відкрили безкоштовну веломайстерню</h1>"
        "<div style='font-size:18px'>Майстерня працює щосуботи на базі міської бібліотеки, інструменти дали волонтери."
        "</div><div style='font-size:18px'>За перший місяць там полагодили понад сто велосипедів, кажуть організатори."
        "</div><div style='font-size:12px'>© 2024 Громадське</div></div></body></html>")
    article = cleaner.clean(html, kind="html")
    assert article.url == saved and article.source == "Громадське"
    assert "webpage capture" not in article.text and "archived" not in article.text
    assert "© 2024" not in article.text and "полагодили" in article.text
