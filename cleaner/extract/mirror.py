"""Whether the installed trafilatura is the one whose code a module here mirrors.

``metadata`` and ``sequence`` replace some of trafilatura's steps by equivalent ones; each names
the trafilatura code it was written for by a hash of that code's source and expressions, and
runs trafilatura's own function whenever the installed code hashes otherwise. Reading the
sources costs a process 12 ms, so the answer is kept in the user's cache, named after where
each function's source lies (file, modification time, size, line).
"""

from __future__ import annotations

import hashlib
import inspect
import os
from collections.abc import Callable
from typing import Any

from cleaner import stored


def mirrors(expected: str, *parts: str | Callable[..., Any]) -> bool:
    """Whether ``parts`` (expressions as text, functions by their source), in order, hash to
    ``expected``; False when a function's source cannot be read."""
    try:
        stamps = [part if isinstance(part, str) else _stamp(part) for part in parts]
    except (OSError, TypeError, AttributeError):
        return False
    return stored.derived("mirrors", [expected, *stamps], lambda v: isinstance(v, bool),
                          lambda: _hashes_to(expected, parts))


def _hashes_to(expected: str, parts: tuple[str | Callable[..., Any], ...]) -> bool:
    try:
        key = "\0".join(part if isinstance(part, str) else inspect.getsource(part) for part in parts)
    except (OSError, TypeError):
        return False
    return hashlib.sha1(key.encode()).hexdigest() == expected


def _stamp(function: Callable[..., Any]) -> str:
    """Where ``function``'s source lies, as of now."""
    code = inspect.unwrap(function).__code__
    st = os.stat(code.co_filename)
    return f"{code.co_filename}\0{st.st_mtime_ns}\0{st.st_size}\0{code.co_firstlineno}\0{function.__qualname__}"
