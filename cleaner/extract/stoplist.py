"""trafilatura's justext stop words (every language's together), kept in the user's cache.

The first page of a process that reaches trafilatura's justext fallback makes it read and
lower-case the stop lists of all 100 justext languages: 0.6 G instructions, more than any
ten pages cost. A marshalled copy of the same words loads in a quarter of that. The copy is
named after the justext and trafilatura versions and the source of trafilatura's gathering
function, so a new release makes a new copy; a missing or unreadable copy is made again, and
a directory that cannot be written is not an error (the words are then gathered as before).
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import marshal
import os
import tempfile
from importlib import metadata
from pathlib import Path

from cleaner.model_cache import cache_dir


def prime() -> None:
    """Give trafilatura its justext stop words from the cache (or gather and store them)."""
    from trafilatura import external

    if external.JT_STOPLIST:
        return
    path = _path()
    words = _load(path) if path is not None else None
    if words is not None:
        external.JT_STOPLIST = words
        return
    words = external.jt_stoplist_init()
    if path is not None:
        _store(path, words)


def _path() -> Path | None:
    from trafilatura import external

    base = cache_dir()
    if base is None:
        return None
    try:
        source = inspect.getsource(external.jt_stoplist_init)
        key = "\0".join([metadata.version("jusText"), metadata.version("trafilatura"), source])
    except (OSError, TypeError, metadata.PackageNotFoundError):
        return None
    return base / f"justext-stopwords-{hashlib.sha1(key.encode()).hexdigest()[:16]}.marshal"


def _load(path: Path) -> tuple[str, ...] | None:
    try:
        words = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(words, tuple) or not words or set(map(type, words)) != {str}:  # checked in C
        return None
    return words


def _store(path: Path, words: tuple[str, ...]) -> None:
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".justext-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(words))
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
