"""Values derived from installed data, kept in the user's cache between processes.

A process that would otherwise derive the same value at every start (jusText's stop words of
100 languages, the concept words' index) loads a copy instead. Copies are written with
``marshal`` (plain values only: loading one runs no code) and named after a digest of all that
the value is derived from, so new data or new code makes a new copy. A missing, broken or
foreign copy is derived again; a cache directory that cannot be written is not an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from .model_cache import cache_dir, prune

T = TypeVar("T")


def path(prefix: str, sources: Iterable[bytes | str]) -> Path | None:
    """Where the copy derived from ``sources`` lives (None: no cache directory)."""
    base = cache_dir()
    if base is None:
        return None
    digest = hashlib.sha1()
    for part in sources:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return base / f"{prefix}-{digest.hexdigest()[:16]}.marshal"


def load(where: Path, valid: Callable[[Any], bool]) -> Any | None:
    """The copy at ``where`` when it reads back and ``valid`` accepts it."""
    try:
        value = marshal.loads(where.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return value if valid(value) else None


def store(where: Path, value: Any) -> None:
    """Write ``value`` at ``where`` whole or not at all (another process may write it too)."""
    with contextlib.suppress(OSError, ValueError):
        data = marshal.dumps(value)
        where.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where.parent, prefix=f".{where.name}-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, where)
            prune(where.parent, where.name.rsplit("-", 1)[0])
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def derived(prefix: str, sources: Iterable[bytes | str], valid: Callable[[Any], bool],
            derive: Callable[[], T]) -> T:
    """The stored copy of ``derive()``'s value, or the value derived now (and stored)."""
    where = path(prefix, sources)
    if where is not None:
        value = load(where, valid)
        if value is not None:
            return value  # type: ignore[no-any-return]
    value = derive()
    if where is not None:
        store(where, value)
    return value
