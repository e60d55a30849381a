"""Whether the installed trafilatura is the one whose code a module here mirrors.

``metadata`` and ``sequence`` replace some of trafilatura's steps by equivalent ones; each names
the trafilatura code it was written for by a hash of that code's source and expressions, and
runs trafilatura's own function whenever the installed code hashes otherwise.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable
from typing import Any


def mirrors(expected: str, *parts: str | Callable[..., Any]) -> bool:
    """Whether ``parts`` (expressions as text, functions by their source), in order, hash to
    ``expected``; False when a function's source cannot be read."""
    try:
        key = "\0".join(part if isinstance(part, str) else inspect.getsource(part) for part in parts)
    except (OSError, TypeError):
        return False
    return hashlib.sha1(key.encode()).hexdigest() == expected
