"""trafilatura's justext stop words (every language's together), kept in the user's cache.

The first page of a process that reaches trafilatura's justext fallback makes it read and
lower-case the stop lists of all 100 justext languages (0.6 G instructions, more than any ten
pages cost), and justext then lower-cases the 154,000 words again into a set. A marshalled copy
of that set, one word a line, loads in a third of the time both take. The copy is named after the justext and
trafilatura versions and the source of the functions that make the words, so a new release
makes a new copy; a missing or unreadable copy is made again, and a directory that cannot be
written is not an error (the words are then gathered as before).

justext's ``define_stoplist`` is given the set for trafilatura's word list (the one tuple
``JT_STOPLIST`` holds): it would lower-case words that are all lower case already. Any other
list goes to justext's own function.
"""

from __future__ import annotations

import functools
import inspect
from importlib import metadata
from typing import Any

from cleaner import stored

_WORDS: list[frozenset[str]] = []  # the set of trafilatura's list, once loaded


def prime() -> None:
    """Give trafilatura its justext stop words from the cache (or gather and store them)."""
    import justext.core
    from trafilatura import external

    if external.JT_STOPLIST:
        return
    original = justext.core.define_stoplist
    try:
        sources = [metadata.version("jusText"), metadata.version("trafilatura"),
                   inspect.getsource(external.jt_stoplist_init), inspect.getsource(original)]
    except (OSError, TypeError, metadata.PackageNotFoundError):
        external.JT_STOPLIST = external.jt_stoplist_init()
        return
    lines = stored.derived("justext-stopword-lines", sources, _valid, lambda: _lowered(external.jt_stoplist_init()))
    words = lines.split("\n")
    external.JT_STOPLIST = tuple(words)
    if not _WORDS:
        _WORDS.append(frozenset(words))

        @functools.wraps(original)
        def define_stoplist(stoplist: Any) -> frozenset[str]:  # noqa: ANN401 - justext's signature
            if stoplist is external.JT_STOPLIST:
                return _WORDS[0]
            return original(stoplist)  # type: ignore[no-any-return]

        justext.core.define_stoplist = define_stoplist


def _lowered(words: tuple[str, ...]) -> str:
    """The words of the set justext's ``define_stoplist`` makes of ``words``, one per line (one
    string loads in a tenth of the time a set of 154,000 does)."""
    return "\n".join(sorted({w.lower() for w in words}))


def _valid(lines: object) -> bool:
    return isinstance(lines, str) and bool(lines)
