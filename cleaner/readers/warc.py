"""WARC (and ARC) archives: every HTML response is a document, and every plain-text conversion
(a Common Crawl WET file's records); other records are skipped.

``Origin.index`` counts every record in the archive (warcinfo and requests
included), so it locates the record; ``Origin.id`` is its WARC-Record-ID
(None for ARC records, which have none of their own).
WARC-Date is when the page was crawled, not when the article was published,
so it goes to ``meta["warc_date"]`` and ``published`` stays unset.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from cleaner.model import Origin, RawRecord, Reject

from ..text import human_size
from .sniff import binary_reason, looks_like_html
from .source import InputError

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([^\s;\"']+)", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")
if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord


@lru_cache(maxsize=1)
def _decompressors() -> tuple[str, ...]:
    """warcio's content decoders (warcio, and the fsspec it pulls in, load only for archives)."""
    from warcio.bufferedreaders import BufferedReader

    return tuple(BufferedReader.get_supported_decompressors())


def _charset(content_type: str | None) -> str | None:
    match = _CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _html_record(record: ArcWarcRecord) -> tuple[str | None, int | None] | None:
    """(Content-Type, HTTP status) for a record that carries an HTML page, else None.

    A response or resource record without a Content-Type is kept for now; its
    payload is sniffed once read.
    """
    if record.rec_type == "response" and record.http_headers is not None:
        content_type = record.http_headers.get_header("Content-Type")
        status = record.http_headers.get_statuscode()
        code = int(status) if status and status.isdigit() else None
    elif record.rec_type in ("response", "resource"):
        content_type, code = record.rec_headers.get_header("Content-Type"), None
    else:
        return None
    if content_type and content_type.split(";")[0].strip().lower() not in _HTML_TYPES:
        return None
    return content_type, code


def _text_record(record: ArcWarcRecord) -> bool:
    """A WET file's record: a ``conversion`` of a crawled page into its plain text (Common Crawl
    writes the page's title on its first line, then the text's lines)."""
    if record.rec_type != "conversion":
        return False
    content_type = (record.rec_headers.get_header("Content-Type") or "text/plain").split(";")[0].strip().lower()
    return content_type == "text/plain"


def _document(
    record: ArcWarcRecord, path: str, index: int, max_record_bytes: int, arc: bool
) -> RawRecord | Reject | None:
    if _text_record(record):
        return _converted(record, Origin(path, index, record.rec_headers.get_header("WARC-Record-ID")),
                          max_record_bytes)
    found = _html_record(record)
    if found is None:
        return None
    content_type, status = found
    # ARC records get a fresh random WARC-Record-ID on conversion: no id beats an unstable one.
    rec_id = None if arc else record.rec_headers.get_header("WARC-Record-ID")
    origin = Origin(path, index, rec_id)
    if status is not None and 300 <= status < 400:
        return None  # a redirect's body is a stub, not a page
    if status is not None and status >= 400:
        return Reject(origin, f"HTTP status {status}")
    encoding = record.http_headers.get_header("Content-Encoding") if record.http_headers else None
    if encoding and encoding.lower() not in ("identity", *_decompressors()):
        return Reject(origin, f"unsupported Content-Encoding {encoding}")
    payload = _payload(record, origin, max_record_bytes)
    if isinstance(payload, Reject):
        return payload
    if content_type is None and not looks_like_html(payload[:8192]):
        return None
    binary = binary_reason(payload[:8192])
    if binary is not None:
        return Reject(origin, f"binary content ({binary})")  # mislabelled as HTML
    if not payload.strip():
        return Reject(origin, "empty HTML payload")
    meta = {"warc_date": record.rec_headers.get_header("WARC-Date")}
    if status is not None:
        meta["http_status"] = status
    return RawRecord(
        origin=origin,
        content=payload,
        kind="html",
        charset=_charset(content_type),
        url=record.rec_headers.get_header("WARC-Target-URI"),
        meta=meta,
    )


def _payload(record: ArcWarcRecord, origin: Origin, max_record_bytes: int) -> bytes | Reject:
    """The record's payload, or why it is refused: over the size limit, or cut by the archive's end."""
    payload = record.content_stream().read(max_record_bytes + 1)
    if len(payload) > max_record_bytes:
        return Reject(origin, f"record larger than {human_size(max_record_bytes)} limit")
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:  # the archive ends inside this record's payload
        return Reject(origin, f"truncated WARC record: {missing} of its {record.length} bytes missing")
    return payload


def _converted(record: ArcWarcRecord, origin: Origin, max_record_bytes: int) -> RawRecord | Reject:
    """A WET record as the plain text of the page it was made from (its title, its address, its
    crawl date): its article is told from the page's chrome by the shape of its lines."""
    payload = _payload(record, origin, max_record_bytes)
    if isinstance(payload, Reject):
        return payload
    binary = binary_reason(payload[:8192])
    if binary is not None:
        return Reject(origin, f"binary content ({binary})")
    if not payload.strip():
        return Reject(origin, "empty text conversion")
    meta = {"warc_date": record.rec_headers.get_header("WARC-Date")}
    languages = record.rec_headers.get_header("WARC-Identified-Content-Language")
    if languages:
        meta["warc_languages"] = languages  # Common Crawl's guess ("eng,deu"), kept beside ours
    # Common Crawl writes the page's <title> on the first line: the declared title, not a block
    first, _, rest = payload.lstrip().partition(b"\n")
    title = first.decode("utf-8", "replace").strip() if rest.strip() else None
    return RawRecord(origin=origin, content=rest if title else payload, kind="page", title=title, charset=_charset(
        record.rec_headers.get_header("Content-Type")) or "utf-8",
        url=record.rec_headers.get_header("WARC-Target-URI"), meta=meta)


class _ShortReads:
    """Hand warcio whatever is available instead of waiting for a full block.

    warcio reads fixed-size blocks; a buffered ``read(n)`` that meets damage
    halfway raises and drops the bytes it had, taking the last good records
    with them. ``read1`` returns those bytes first and fails on the next call.
    """

    def __init__(self, stream: io.BufferedReader) -> None:
        self._stream = stream
        self.count = 0  # bytes handed to warcio, to tell what it left unparsed

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read1(size)
        self.count += len(data)
        return data

    def readline(self, size: int = -1) -> bytes:
        data = self._stream.readline(size)
        self.count += len(data)
        return data


def read_warc(path: str, stream: io.BufferedReader, max_record_bytes: int) -> Iterator[RawRecord | Reject]:
    """Yield the HTML documents of an archive; damage ends it with one Reject."""
    start = stream.peek(16).lstrip()
    if not start.startswith((b"WARC/", b"filedesc://")):
        yield Reject(Origin(path), "not a WARC or ARC archive")
        return
    arc = start.startswith(b"filedesc://")
    reached = 0  # the record being read when the archive breaks off
    seen = 0
    try:
        reader = _ShortReads(stream)
        from warcio.archiveiterator import ArchiveIterator

        archive = ArchiveIterator(reader, arc2warc=True)
        for index, record in enumerate(archive):
            reached = index
            seen += 1
            try:
                document = _document(record, path, index, max_record_bytes, arc)
            except InputError:
                raise
            except Exception as err:  # noqa: BLE001 -- warcio parses untrusted bytes
                document = Reject(Origin(path, index), f"unreadable WARC record ({err})")
            if document is not None:
                yield document
            reached = index + 1
        if not seen:
            yield Reject(Origin(path), "damaged WARC: no complete record (truncated header)")
        elif reader.count - archive.offset > 4:  # warcio stops quietly at a header cut short
            left = reader.count - archive.offset
            yield Reject(Origin(path, reached), f"damaged WARC: record {reached} cut short ({left} bytes unparsed)")
    except InputError as err:
        yield Reject(Origin(path, reached), f"damaged input at record {reached}: {err}")
    except Exception as err:  # noqa: BLE001 -- warcio parses untrusted bytes
        yield Reject(Origin(path, reached), f"malformed WARC at record {reached}: {err}")
