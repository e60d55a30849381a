"""A .json document: an array of records, an object holding one, or a single record.

The whole file is loaded and parsed at once (JSON has no record boundaries to
stream on), so it is bounded by :data:`JSON_FILE_LIMIT`; larger dumps belong in JSONL.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from typing import Any

from cleaner.model import Origin, RawRecord, Reject

from .jsonl import parse_json, read_jsonl
from .jsonrec import body_fields, to_record
from .sniff import first_line_is_value
from .source import read_bounded

JSON_FILE_LIMIT = 512 * 2**20
#: Keys under which exports keep their list of records (WordPress: "posts").
CONTAINER_KEYS = ("posts", "items", "data", "records", "articles", "entries", "results", "documents")


def _held_list(document: Any, depth: int = 0) -> list[Any] | None:
    """The record list an export object keeps under a container key, looking two levels down."""
    if not isinstance(document, dict) or depth > 1 or body_fields(document):
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


class Broken:
    """An array element that could not be parsed, and why."""

    def __init__(self, error: str) -> None:
        self.error = error


_ARRAY_START = re.compile(r'^\s*\[|"(?:' + "|".join(CONTAINER_KEYS) + r')"\s*:\s*\[')
MAX_RESYNC = 10_000  # candidate starts tried after a broken element before giving up


def salvage_array(data: bytes) -> list[Any] | None:
    """The elements of a record array whose JSON is broken in places: each element parsed on its
    own; a broken one becomes :class:`Broken` and reading resumes at the next element that
    parses and looks like a record. None when there is no record array to salvage."""
    text = data.decode("utf-8", "replace")
    start = _ARRAY_START.search(text)
    if start is None:
        return None
    decoder = json.JSONDecoder()
    pos, out = start.end(), []
    while True:
        pos = _skip(text, pos)
        if pos >= len(text) or text[pos] == "]":
            break
        try:
            value, end = decoder.raw_decode(text, pos)
        except ValueError as err:
            out.append(Broken(str(err)))
            resume = _resync(text, pos + 1, decoder)
            if resume is None:
                break
            pos = resume
            continue
        out.append(value)
        pos = end
    return out if any(not isinstance(v, Broken) for v in out) else None


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isspace() or text[pos] == ","):
        pos += 1
    return pos


def _resync(text: str, pos: int, decoder: json.JSONDecoder) -> int | None:
    """The next position where a record object starts and parses whole."""
    for _ in range(MAX_RESYNC):
        pos = text.find("{", pos)
        if pos < 0:
            return None
        try:
            value, end = decoder.raw_decode(text, pos)
        except ValueError:
            pos += 1
            continue
        after = _skip(text, end)
        is_record = isinstance(value, dict) and bool(body_fields(value))
        if is_record and ("," in text[end:after] or text[after : after + 1] in ("", "]")):
            return pos
        pos += 1
    return None


def read_json(path: str, stream: io.BufferedReader, max_record_bytes: int) -> Iterator[RawRecord | Reject]:
    """Yield each record of a .json file; ``Origin.index`` is the position in its array."""
    data = read_bounded(path, stream, max(JSON_FILE_LIMIT, max_record_bytes), "JSON file", " (use JSONL)")
    if isinstance(data, Reject):
        yield data
        return
    try:
        document = parse_json(data)
    except ValueError as err:
        if first_line_is_value(data.lstrip()):  # JSON Lines under a .json name
            lines = io.BufferedReader(io.BytesIO(data))  # type: ignore[arg-type]
            yield from read_jsonl(path, lines, max_record_bytes)
            return
        salvaged = salvage_array(data)
        if salvaged is None:
            yield Reject(Origin(path), f"malformed JSON ({err})")
            return
        for index, value in enumerate(salvaged):
            where = f"record {index}"
            if isinstance(value, Broken):
                yield Reject(Origin(path, index), f"{where}: malformed JSON ({value.error})")
            else:
                yield to_record(value, path=path, index=index, where=where, max_record_bytes=max_record_bytes)
        return
    records = records_of(document)
    if not records:
        yield Reject(Origin(path), "no records")
    for index, value in enumerate(records):
        where = f"record {index}"
        yield to_record(value, path=path, index=index, where=where, max_record_bytes=max_record_bytes)
