"""Streaming use for ingestion jobs: one document in, one record out, duplicates dropped.

Unlike a batch run, a stream cannot wait to see every copy of an article, so
its rule for which copy is kept is simpler: the first one seen. Later copies
come back as articles with ``duplicate_of`` set (or are skipped). With
``state`` the same tracking store as ``clean-article --state`` is used, so a
stream and batch runs share one history; without it an in-memory store spans
this ``Cleaner``'s lifetime.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from .api import raw_record
from .dedup.item import item_from
from .dedup.lock import StateLock
from .dedup.store import Store
from .model import Article, Origin, RawRecord, Reject
from .pipeline import Context, process
from .settings import DEFAULT, Settings
from .strip import load_rules


class Cleaner:
    """Clean documents one at a time, remembering what was seen.

    >>> with Cleaner() as c:
    ...     for result in c.stream(texts):
    ...         ...
    """

    def __init__(
        self,
        *,
        state: str | None = None,
        rules: Sequence[str] = (),
        templates: dict[str, set[str]] | None = None,
        skip_duplicates: bool = True,
        settings: Settings = DEFAULT,
        wait: float = 30.0,
    ) -> None:
        self.ctx = Context(load_rules(tuple(rules)), templates or {}, settings)
        # a stream holds the store like a batch run, for its lifetime: one deliverer per store
        self.lock = StateLock(state, wait=wait) if state else None
        if self.lock is not None:
            self.lock.acquire()
        try:
            self.store = Store.open(state if state else ":memory:", threshold=settings.dedup.threshold)
        except BaseException:
            if self.lock is not None:
                self.lock.release()
            raise
        self.skip_duplicates = skip_duplicates
        self._seq = 0

    def process(self, raw: RawRecord) -> Article | Reject | None:
        """Clean one record; None when it is a duplicate and duplicates are skipped."""
        if isinstance(raw, Reject):
            return raw
        article, _ = process(raw, self.ctx)
        if isinstance(article, Reject):
            return article
        item = item_from(self._seq, article.origin, article.title, article.text, article.lang, article.url)
        self._seq += 1
        match, _ = self.store.record(item)
        if match is None:
            return article
        if self.skip_duplicates:
            return None
        article.duplicate_of = match.id
        return article

    def clean(
        self,
        content: str | bytes,
        *,
        kind: str | None = None,
        url: str | None = None,
        title: str | None = None,
        origin: Origin | None = None,
    ) -> Article | Reject | None:
        """Clean one document given as text, HTML or bytes."""
        return self.process(raw_record(content, kind, url, title, origin))

    def stream(self, items: Iterable[RawRecord | str | bytes]) -> Iterator[Article | Reject]:
        """Clean an iterable lazily (constant memory besides the store); skips duplicates."""
        for index, item in enumerate(items):
            raw = item if isinstance(item, RawRecord) else raw_record(item, None, None, None, Origin("<stream>", index))
            result = self.process(raw)
            if result is not None:
                yield result

    def close(self) -> None:
        self.store.close()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Cleaner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
