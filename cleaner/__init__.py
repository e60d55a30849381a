"""clean-article: turn raw scraped web dumps into clean article records.

The same pipeline as the ``clean-article`` command, for ingestion jobs::

    import cleaner

    article = cleaner.clean(html, kind="html", url=url)     # one document
    summary = cleaner.run(["dump/"], cleaner.Options(state="seen.sqlite"),
                          write=print_record, reject=log_reject)

``Cleaner`` streams documents one at a time with duplicates removed across
calls (and across runs, with a tracking store).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api import clean, clean_document
    from .batch import Options, Summary, run
    from .model import Article, Document, Origin, RawRecord, Reject, Removal
    from .pipeline import STEPS, Rejected, Step
    from .settings import Settings
    from .stream import Cleaner

# Each name is imported on first use (PEP 562), so that ``clean-article --version`` and a module
# that needs only the model or the store do not load the pipeline, trafilatura and the rules.
_WHERE = {
    "clean": "api", "clean_document": "api",
    "Options": "batch", "Summary": "batch", "run": "batch",
    "Article": "model", "Document": "model", "Origin": "model", "RawRecord": "model", "Reject": "model",
    "Removal": "model",
    "STEPS": "pipeline", "Rejected": "pipeline", "Step": "pipeline",
    "Settings": "settings",
    "Cleaner": "stream",
}

__all__ = [
    "STEPS",
    "Article",
    "Cleaner",
    "Document",
    "Options",
    "Origin",
    "RawRecord",
    "Reject",
    "Rejected",
    "Removal",
    "Settings",
    "Step",
    "Summary",
    "clean",
    "clean_document",
    "run",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'cleaner' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
