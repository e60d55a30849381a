"""Turn the CLI's inputs into a stream of RawRecords (or Rejects saying why not).

Each INPUT is a file, a directory (walked recursively in name order), or
``"-"`` for stdin. The format comes from the name (after compression
suffixes) or, when the name says nothing, from the content; compression is
recognised by magic bytes. Bad input never raises: it becomes a Reject, and
whatever could be read before the problem is still yielded.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from cleaner.model import Origin, RawRecord, Reject

from .document import read_document
from .feed import read_feed
from .jsonfile import read_json
from .jsonl import read_jsonl
from .sniff import detect_format
from .source import InputError, Source, open_path, open_source
from .walk import STDIN, expand
from .warc import read_warc

__all__ = ["DEFAULT_MAX_RECORD_BYTES", "STDIN", "iter_inputs"]

DEFAULT_MAX_RECORD_BYTES = 32 * 2**20


def _read_source(source: Source, max_record_bytes: int) -> Iterator[RawRecord | Reject]:
    path = source.name
    if not source.head:
        try:
            source.stream.read(1)  # meets a failure held back while reading the head
        except InputError as err:
            yield Reject(Origin(path), str(err))
        else:
            yield Reject(Origin(path), "empty input")
        return
    fmt = detect_format(None if path == STDIN else path, source.head)
    if fmt == "warc":
        yield from read_warc(path, source.stream, max_record_bytes)
    elif fmt == "jsonl":
        yield from read_jsonl(path, source.stream, max_record_bytes)
    elif fmt == "json":
        yield from read_json(path, source.stream, max_record_bytes)
    elif fmt == "feed":
        yield from read_feed(path, source.stream, max_record_bytes)
    elif fmt in ("text", "html"):
        yield read_document(path, source.stream, fmt, max_record_bytes)
    else:
        yield Reject(Origin(path), fmt)  # "binary content (...)", "unsupported format (...)"


def _read_path(path: str, stdin: BinaryIO | None, max_record_bytes: int) -> Iterator[RawRecord | Reject]:
    try:
        if path == STDIN:
            source = open_source(STDIN, stdin or sys.stdin.buffer, close_raw=False, fresh=stdin is None)
        else:
            source = open_path(path)
    except InputError as err:
        yield Reject(Origin(path), str(err))
        return
    try:
        yield from _read_source(source, max_record_bytes)
    finally:
        source.close()


def iter_inputs(
    inputs: Sequence[str],
    *,
    stdin: BinaryIO | None = None,
    max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES,
) -> Iterator[RawRecord | Reject]:
    """Yield every input document in a stable order; never raise for bad input.

    Order: inputs as given; inside a directory, names sorted at each level;
    inside a file, record order. ``stdin`` defaults to ``sys.stdin.buffer``.
    """
    for item in expand(inputs):
        if isinstance(item, Reject):
            yield item
        else:
            yield from _read_path(item, stdin, max_record_bytes)
