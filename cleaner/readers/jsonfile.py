"""A .json document: an array of records, an object holding one, or a single record.

The whole file is loaded and parsed at once (JSON has no record boundaries to
stream on), so it is bounded by :data:`JSON_FILE_LIMIT`; larger dumps belong in JSONL.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from cleaner.model import Origin, RawRecord, Reject

from ..text import human_size
from .jsonl import parse_json, read_jsonl
from .jsonrec import BODY_FIELDS, to_record
from .sniff import first_line_is_value
from .source import InputError

JSON_FILE_LIMIT = 512 * 2**20
#: Keys under which exports keep their list of records (WordPress: "posts").
CONTAINER_KEYS = ("posts", "items", "data", "records", "articles", "entries", "results", "documents")


def _held_list(document: Any, depth: int = 0) -> list[Any] | None:
    """The record list an export object keeps under a container key, looking two levels down."""
    if not isinstance(document, dict) or depth > 1 or any(k in document for k in BODY_FIELDS):
        return None
    for key in CONTAINER_KEYS:
        inner = document.get(key)
        if isinstance(inner, list):
            return inner
        held = _held_list(inner, depth + 1)  # {"data": {"posts": [...]}}
        if held is not None:
            return held
    return None


def records_of(document: Any) -> list[Any]:
    """The records a parsed document holds: the array, a container's list, or itself."""
    if isinstance(document, list):
        return document
    held = _held_list(document)
    return held if held is not None else [document]


def read_json(path: str, stream: io.BufferedReader, max_record_bytes: int) -> Iterator[RawRecord | Reject]:
    """Yield each record of a .json file; ``Origin.index`` is the position in its array."""
    limit = max(JSON_FILE_LIMIT, max_record_bytes)
    try:
        data = stream.read(limit + 1)
    except InputError as err:
        yield Reject(Origin(path), f"damaged input: {err}")
        return
    if len(data) > limit:
        yield Reject(Origin(path), f"JSON file larger than {human_size(limit)} limit (use JSONL)")
        return
    try:
        document = parse_json(data)
    except ValueError as err:
        if first_line_is_value(data.lstrip()):  # JSON Lines under a .json name
            lines = io.BufferedReader(io.BytesIO(data))  # type: ignore[arg-type]
            yield from read_jsonl(path, lines, max_record_bytes)
        else:
            yield Reject(Origin(path), f"malformed JSON ({err})")
        return
    records = records_of(document)
    if not records:
        yield Reject(Origin(path), "no records")
    for index, value in enumerate(records):
        where = f"record {index}"
        yield to_record(value, path=path, index=index, where=where, max_record_bytes=max_record_bytes)
