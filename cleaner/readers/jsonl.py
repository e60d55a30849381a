"""JSON Lines: one record per line, read line by line in constant memory."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from typing import Any

import orjson

from cleaner.model import Origin, RawRecord, Reject

from ..text import human_size
from .jsonrec import to_record
from .source import InputError

_SKIP_CHUNK = 1 << 16


def _lenient_text(data: bytes) -> str:
    """Decode JSON that is not valid UTF-8 as the spec requires.

    A few bad bytes in UTF-8 (a cut multibyte character) are replaced; many mean
    a legacy encoding, read as cp1252 so the Unicode repair stage can undo it.
    """
    text = data.decode("utf-8", "replace")
    if text.count("\ufffd") <= 2:
        return text
    return data.decode("cp1252", "replace")


def parse_json(data: bytes) -> Any:
    """Parse JSON bytes: orjson first, the stdlib for what orjson refuses.

    The stdlib also takes NaN and UTF-16/32 input; its error message (with
    line and column) is the one raised. Input that is not valid Unicode at all
    is decoded leniently rather than losing the whole record.
    """
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        pass
    try:
        try:
            return json.loads(data)
        except UnicodeDecodeError:
            return json.loads(_lenient_text(data))
    except RecursionError as err:
        raise ValueError("JSON nested too deeply") from err


def _skip_line(stream: io.BufferedReader) -> None:
    """Consume the rest of an over-long line without keeping it."""
    while True:
        piece = stream.readline(_SKIP_CHUNK)
        if not piece or piece.endswith(b"\n"):
            return


def read_jsonl(path: str, stream: io.BufferedReader, max_record_bytes: int) -> Iterator[RawRecord | Reject]:
    """Yield one record per non-blank line; ``Origin.index`` is the 0-based line number.

    A malformed line, a line that is not an object, or one without a body is a
    Reject naming the line, and reading goes on; a damaged stream ends the file
    with one Reject at the line reached.
    """
    index = 0
    seen = False  # any non-blank line: a file of blank lines says so instead of vanishing
    while True:
        try:
            line = stream.readline(max_record_bytes + 1)
            if len(line) > max_record_bytes and not line.endswith(b"\n"):
                _skip_line(stream)
                too_big = f"record larger than {human_size(max_record_bytes)} limit"
                yield Reject(Origin(path, index), f"line {index + 1}: {too_big}")
                seen = True
                index += 1
                continue
        except InputError as err:
            yield Reject(Origin(path, index), f"damaged input at line {index + 1}: {err}")
            return
        if not line:
            if not seen:
                yield Reject(Origin(path), "no records")
            return
        where = f"line {index + 1}"
        if index == 0:
            line = line.removeprefix(b"\xef\xbb\xbf")
        if line.strip():
            seen = True
            if b"\x00" in line:  # stray NULs are damage; a line of nothing else is no record
                line = line.replace(b"\x00", b"")
                if not line.strip():
                    yield Reject(Origin(path, index), f"{where}: binary content (NUL bytes)")
                    index += 1
                    continue
            try:
                value = parse_json(line)
            except ValueError as err:
                yield Reject(Origin(path, index), f"{where}: malformed JSON ({err})")
            else:
                yield to_record(value, path=path, index=index, where=where, max_record_bytes=max_record_bytes)
        index += 1
