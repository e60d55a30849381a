"""Decide an input's format from its name and, when the name says nothing, its first bytes."""

from __future__ import annotations

import json
import re
from typing import Literal

Format = Literal["text", "html", "json", "jsonl", "warc", "feed"]

COMPRESSION_SUFFIXES = (".gz", ".gzip", ".bz2", ".xz", ".zst", ".zstd")
_SUFFIX_FORMATS: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".json": "json",
    ".warc": "warc",
    ".wet": "warc",  # Common Crawl's text extracts ("CC-MAIN-...warc.wet.gz")
    ".arc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
}

# (offset, magic, what it is). Checked whatever the name says: a PNG named .txt is a PNG.
_BINARY_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (8, b"WEBP", "WebP image"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (0, b"%PDF-", "PDF document"),
    (0, b"PK\x03\x04", "ZIP archive"),
    (0, b"PK\x05\x06", "ZIP archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (257, b"ustar", "tar archive"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (0, b"\x7fELF", "ELF executable"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"PAR1", "Parquet file"),
    (0, b"\x04\x22\x4d\x18", "LZ4 stream (unsupported compression)"),
    (4, b"ftyp", "MP4 media"),
    (0, b"OggS", "Ogg media"),
    (0, b"ID3", "MP3 audio"),
    (0, b"wOFF", "WOFF font"),
    (0, b"wOF2", "WOFF2 font"),
    (0, b"\x00asm", "WebAssembly module"),
)

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_CONTROL = frozenset(range(32)) - frozenset(b"\t\n\r\f\v\x1b") | {0x7F}
_CONTROL_BYTES = bytes(sorted(_CONTROL))
_FEED = re.compile(rb"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]", re.DOTALL)
# "{" then a key or "}", "[" then a value or "]": unlike a text dump opening "[Update] ...".
_JSON_START = re.compile(rb'\{\s*["}]|\[\s*(?:[\[{"\]0-9-]|true\b|false\b|null\b)')
_HTML_ROOT = re.compile(rb"<html[\s>]", re.IGNORECASE)
_HTMLISH = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|span|p|a|br|h[1-6]"
    rb"|article|section|main|header|nav|table|ul|ol|li|img|form|!--)[\s/>]",
    re.IGNORECASE,
)


def strip_compression_suffixes(name: str) -> str:
    """``a/b.jsonl.gz`` -> ``a/b.jsonl`` (every trailing compression suffix, any case)."""
    lowered = name.lower()
    changed = True
    while changed:
        changed = False
        for suffix in COMPRESSION_SUFFIXES:
            if lowered.endswith(suffix) and len(lowered) > len(suffix):
                name, lowered = name[: -len(suffix)], lowered[: -len(suffix)]
                changed = True
    return name


def format_from_name(name: str) -> Format | None:
    """The format the file name promises, ignoring compression suffixes; None if it says nothing."""
    base = strip_compression_suffixes(name).rsplit("/", 1)[-1].lower()
    dot = base.rfind(".")
    return _SUFFIX_FORMATS.get(base[dot:]) if dot > 0 else None


def _is_utf16(sample: bytes) -> bool:
    """UTF-16 text without a BOM: NULs nearly all on one side of each code unit."""
    if len(sample) < 16:
        return False
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even, odd) > 0.3 * half and min(even, odd) < 0.02 * half


def binary_magic(head: bytes) -> str | None:
    """The binary file format whose magic bytes start ``head`` ("PNG image"), if any."""
    for offset, magic, what in _BINARY_MAGIC:
        if head[offset : offset + len(magic)] == magic:
            return what
    return None


def binary_reason(head: bytes) -> str | None:
    """Why ``head`` is not text ("PNG image", "NUL bytes"); None if it looks like text."""
    magic = binary_magic(head)
    if magic is not None:
        return magic
    sample = head[:8192]
    if sample.startswith(_BOMS[1:]) or _is_utf16(sample):
        return None
    # A stray NUL or control byte is damage that repair removes; binaries are full of them.
    if b"\x00\x00" in sample or sample.count(0) > 0.01 * len(sample):
        return "NUL bytes"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls > 0.1 * len(sample):
        return "control bytes"
    return None


def _text_start(head: bytes) -> bytes:
    """The head without BOM and leading whitespace (UTF-16 narrowed to its ASCII bytes)."""
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    elif head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head[2:].replace(b"\x00", b"")
    return head.lstrip()


def first_line_is_value(head: bytes) -> bool:
    """Whether ``head`` has a first line that parses as JSON alone (the mark of JSONL)."""
    newline = head.find(b"\n")
    if newline < 0:
        return False
    try:
        json.loads(head[:newline])
    except ValueError:
        return False
    return True


def _json_or_jsonl(start: bytes) -> Format:
    """JSONL if the first line is a whole JSON value followed by more lines, else JSON.

    A first line too long to see in the head is guessed JSON; the JSON reader
    falls back to lines when the document turns out to be JSONL.
    """
    if not first_line_is_value(start):
        return "json"
    return "jsonl" if start[start.find(b"\n") + 1 :].strip() else "json"


def detect_format(name: str | None, head: bytes) -> Format | str:
    """The format to read ``head``'s input as, or the reason it cannot be read.

    Reasons read ``"binary content (PNG image)"`` or ``"unsupported format (...)"``.
    """
    start = _text_start(head)
    named = format_from_name(name) if name else None
    if named == "warc" or start.startswith((b"WARC/", b"filedesc://")):
        return "warc"  # records may carry binary payloads; warcio judges the framing
    magic = binary_magic(head)
    if magic is not None:
        return f"binary content ({magic})"
    # Line-oriented JSON is judged line by line: a run of NUL bytes on one line is that
    # line's reject, not the file's (a PNG named .jsonl is still refused above).
    lines = start[:1] in (b"{", b"[") and first_line_is_value(start) and start[start.find(b"\n") + 1 :].strip()
    if named == "jsonl" or (named in (None, "json") and lines):
        return "jsonl"
    reason = binary_reason(head)
    if reason is not None:
        return f"binary content ({reason})"
    if named == "json":
        return _json_or_jsonl(start) if start[:1] in (b"{", b"[") else "json"
    if named is not None:
        return named
    if _FEED.match(start) and not _HTML_ROOT.search(start[:8192]):
        return "feed"
    if looks_like_html(head):
        return "html"
    if _JSON_START.match(start):
        return _json_or_jsonl(start)
    return "text"


def looks_like_html(head: bytes) -> bool:
    """Markup at the start: ``<`` (after BOM and whitespace) and a tag HTML pages use."""
    start = _text_start(head)
    return start.startswith(b"<") and _HTMLISH.search(start[:8192]) is not None
