"""clean-article: turn raw scraped web dumps into clean article records.

The same pipeline as the ``clean-article`` command, for ingestion jobs::

    import cleaner

    article = cleaner.clean(html, kind="html", url=url)     # one document
    summary = cleaner.run(["dump/"], cleaner.Options(state="seen.sqlite"),
                          write=print_record, reject=log_reject)

``Cleaner`` streams documents one at a time with duplicates removed across
calls (and across runs, with a tracking store).
"""

from .api import clean, clean_document
from .batch import Options, Summary, run
from .model import Article, Document, Origin, RawRecord, Reject, Removal
from .pipeline import STEPS, Rejected, Step
from .settings import Settings
from .stream import Cleaner

__all__ = [
    "Article",
    "Cleaner",
    "Document",
    "Options",
    "Origin",
    "RawRecord",
    "Reject",
    "Rejected",
    "Removal",
    "STEPS",
    "Settings",
    "Step",
    "Summary",
    "clean",
    "clean_document",
    "run",
]
