"""Files that are one document each: plain text dumps and HTML pages.

The content stays raw bytes: choosing the charset is the decoder's job, and
only it can weigh a BOM, a ``<meta charset>`` and the bytes themselves.
"""

from __future__ import annotations

import io

from cleaner.model import Kind, Origin, RawRecord, Reject

from ..text import human_size
from .source import InputError


def read_document(path: str, stream: io.BufferedReader, kind: Kind, max_record_bytes: int) -> RawRecord | Reject:
    """The whole stream as one document, reading at most one byte past the limit."""
    origin = Origin(path)
    try:
        content = stream.read(max_record_bytes + 1)
    except InputError as err:
        return Reject(origin, f"damaged input: {err}")
    if len(content) > max_record_bytes:
        return Reject(origin, f"record larger than {human_size(max_record_bytes)} limit")
    if not content:
        return Reject(origin, "empty input")
    return RawRecord(origin=origin, content=content, kind=kind)
