"""trafilatura's justext stop words (every language's together), kept in the user's cache.

The first page of a process that reaches trafilatura's justext fallback makes it read and
lower-case the stop lists of all 100 justext languages: 0.6 G instructions, more than any
ten pages cost. A marshalled copy of the same words loads in a quarter of that. The copy is
named after the justext and trafilatura versions and the source of trafilatura's gathering
function, so a new release makes a new copy; a missing or unreadable copy is made again, and
a directory that cannot be written is not an error (the words are then gathered as before).
"""

from __future__ import annotations

import inspect
from importlib import metadata

from cleaner import stored


def prime() -> None:
    """Give trafilatura its justext stop words from the cache (or gather and store them)."""
    from trafilatura import external

    if external.JT_STOPLIST:
        return
    try:
        sources = [metadata.version("jusText"), metadata.version("trafilatura"),
                   inspect.getsource(external.jt_stoplist_init)]
    except (OSError, TypeError, metadata.PackageNotFoundError):
        external.JT_STOPLIST = external.jt_stoplist_init()
        return
    external.JT_STOPLIST = stored.derived("justext-stopwords", sources, _valid, external.jt_stoplist_init)


def _valid(words: object) -> bool:
    return isinstance(words, tuple) and bool(words) and set(map(type, words)) == {str}  # checked in C
