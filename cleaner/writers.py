"""Output: JSONL records and rejects, written atomically, and the run summary.

A file output is written to a temporary file beside the target and renamed
over it only when the run completes, so an interrupted run leaves the
previous file (or none), never a torn one.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import tempfile
from typing import IO, Any

import orjson


class OutputError(OSError):
    """The output could not be written (disk full, closed pipe, permissions)."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(obj: dict[str, Any]) -> bytes:
    """One JSON line; orjson, with a fallback for values it refuses.

    orjson refuses integers beyond 64 bits and strings holding lone surrogates
    (JSON input may carry ``"\\ud800"`` in any field, ``meta`` included). The
    fallback writes big integers as they are and replaces lone surrogates with
    U+FFFD, as the repair step does for titles and text, so the line is valid UTF-8.
    """
    try:
        return orjson.dumps(obj, option=orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS)
    except (TypeError, orjson.JSONEncodeError):
        text = json.dumps(obj, ensure_ascii=False, default=str)
        return (_SURROGATE.sub("\ufffd", text) + "\n").encode("utf-8")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours to signal
        return True
    return True


def remove_stale_temporaries(directory: str, prefix: str) -> list[str]:
    """Remove temporary outputs a killed run left beside its output (``.out.jsonl.<pid>.XXXX.tmp``).

    A file is stale when the process that wrote it (its name carries the pid) is gone; a
    temporary of a run still going is left alone. Returns the names removed.
    """
    removed = []
    try:
        names = os.listdir(directory)
    except OSError:
        return removed
    for name in names:
        if not (name.startswith(prefix) and name.endswith(".tmp")):
            continue
        pid = name[len(prefix) :].split(".", 1)[0]
        if pid.isdigit() and _alive(int(pid)):
            continue
        with contextlib.suppress(OSError):
            os.unlink(os.path.join(directory, name))
            removed.append(name)
    return removed


class JsonlOutput:
    """A JSONL sink on a path (atomic) or on stdout (``None`` or ``"-"``)."""

    def __init__(self, path: str | None, *, stdout: IO[bytes] | None = None) -> None:
        self.path = None if path in (None, "-") else path
        self.count = 0
        self._tmp: str | None = None
        if self.path is None:
            self._fh: IO[bytes] = stdout or sys.stdout.buffer
        else:
            directory = os.path.dirname(os.path.abspath(self.path))
            prefix = f".{os.path.basename(self.path)}."
            remove_stale_temporaries(directory, prefix)
            try:
                fd, self._tmp = tempfile.mkstemp(prefix=f"{prefix}{os.getpid()}.", suffix=".tmp", dir=directory)
            except OSError as err:
                raise OutputError(f"cannot write {self.path}: {err.strerror or err}") from err
            self._fh = os.fdopen(fd, "wb", buffering=1 << 16)

    @property
    def tmp(self) -> str | None:
        """The temporary file the output is written to until it is committed (None for stdout)."""
        return self._tmp

    def write(self, obj: dict[str, Any]) -> None:
        try:
            self._fh.write(dumps(obj))
        except BrokenPipeError:
            raise
        except OSError as err:
            raise OutputError(f"cannot write {self.path or 'stdout'}: {err.strerror or err}") from err
        self.count += 1

    def commit(self) -> None:
        """Make the output final: flush, sync and rename into place."""
        try:
            self._fh.flush()
            if self._tmp is not None:
                os.fsync(self._fh.fileno())
                self._fh.close()
                os.replace(self._tmp, self.path)  # type: ignore[arg-type]
                self._tmp = None
        except BrokenPipeError:
            raise
        except OSError as err:
            raise OutputError(f"cannot write {self.path or 'stdout'}: {err.strerror or err}") from err

    def abort(self) -> None:
        """Drop a partial file output; the previous file, if any, stays."""
        if self._tmp is not None:
            with contextlib.suppress(OSError):
                self._fh.close()
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
            self._tmp = None


class Outputs:
    """A run's outputs (records, and rejects when asked) as one unit: committed together at the
    end of a run, or aborted together, leaving the previous files in place.

    ``with Outputs(path, rejects) as out:`` aborts both on any exception that leaves the block.
    """

    def __init__(self, records: str | None, rejects: str | None = None) -> None:
        self.records = JsonlOutput(records)
        try:
            self.rejects = JsonlOutput(rejects) if rejects else None
        except OutputError:
            self.records.abort()
            raise

    def commit(self) -> None:
        self.records.commit()
        if self.rejects is not None:
            self.rejects.commit()

    def abort(self) -> None:
        self.records.abort()
        if self.rejects is not None:
            self.rejects.abort()

    def __enter__(self) -> Outputs:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is not None:
            self.abort()
