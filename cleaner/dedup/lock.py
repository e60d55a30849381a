"""One run per tracking store: an exclusive lock held for the whole run.

SQLite serialises writes, but two runs that each read the store first and commit at the end
would both decide that the same new article is new and both deliver it. A run therefore holds
``<state>.lock`` (``flock``, released by the kernel when the process dies, so a killed run
never leaves it locked) from before its first lookup to after its commit. A second run waits
up to ``wait`` seconds, then gives up with a message naming the holder.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sys
import time
from pathlib import Path
from typing import IO

from .item import now_iso
from .store import StoreError

POLL = 0.1


class StateBusy(StoreError):
    """Another run holds the tracking store."""


class StateLock:
    """``with StateLock(path, wait=30): ...`` holds the store of ``path`` for the block."""

    def __init__(self, state: str, *, wait: float = 30.0) -> None:
        self.path = Path(f"{state}.lock")
        self.wait = wait
        self.file: IO[str] | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release()
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = _holder(handle)
                    handle.close()
                    raise StateBusy(f"{self.path.with_suffix('')} is in use by {holder}; "
                                    f"waited {self.wait:g} s (--wait)") from None
                time.sleep(POLL)
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "since": now_iso(), "argv": sys.argv}) + "\n")
        handle.flush()
        self.file = handle

    def release(self) -> None:
        if self.file is not None:
            with contextlib.suppress(OSError):
                self.file.seek(0)
                self.file.truncate()
                fcntl.flock(self.file.fileno(), fcntl.LOCK_UN)
            self.file.close()
            self.file = None

    def __enter__(self) -> StateLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _holder(handle: IO[str]) -> str:
    """Who holds the lock, as its holder wrote it down."""
    try:
        handle.seek(0)
        info = json.loads(handle.readline() or "{}")
    except (OSError, ValueError):
        info = {}
    if not info.get("pid"):
        return "another run"
    command = " ".join(os.path.basename(a) if i == 0 else a for i, a in enumerate(info.get("argv") or []))
    return f"process {info['pid']} (since {info.get('since', '?')}: {command or '?'})"
