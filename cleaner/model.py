"""Plain data passed between the pipeline stages.

Every stage takes and returns these dataclasses; nothing else is shared. A
``Document`` is what per-document work operates on (datatrove style); an
``Article`` is the record the writers serialise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from .removals import is_rule

Kind = Literal["text", "html", "page"]  # page: the plain text of a whole page (WET)


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an input came from: the path as given, the record number, its own id."""

    path: str
    index: int = 0
    id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "index": self.index, "id": self.id}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Origin:
        return cls(str(data["path"]), int(data.get("index", 0)), data.get("id"))

    def __str__(self) -> str:
        where = f"{self.path}#{self.index}"
        return f"{where} (id {self.id})" if self.id is not None else where


@dataclass(frozen=True, slots=True)
class Removal:
    """One piece taken out of a document, and the rule that took it."""

    rule: str
    text: str
    block: int = -1  # index of the block it came from, for --explain; -1 for title candidates

    def __post_init__(self) -> None:
        if not is_rule(self.rule):
            raise ValueError(f"unregistered removal rule {self.rule!r} (see cleaner/removals.py)")

    def to_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "text": self.text}


@dataclass(slots=True)
class RawRecord:
    """One input document as a reader found it, before any decoding or cleaning."""

    origin: Origin
    content: bytes | str
    kind: Kind = "text"
    charset: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    site_name: str | None = None  # the site's declared name, where a record file gives one


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not become an article, and why; a whole page with no article keeps its
    lines (``page``) for the corpus pass, whose site templates its chrome still teaches."""

    origin: Origin
    reason: str
    page: Any = field(default=None, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"origin": self.origin.to_dict(), "reason": self.reason}


# the evidence a title step records when the title's tail is the one many titles of the run share:
# the site's own suffix, no sign of a copy
SITE_TAIL_EVIDENCE = "site-tail"


@dataclass(slots=True)
class Document:
    """A document in flight: decoded text split into blocks, with its removals.

    ``blocks`` are the body paragraphs in reading order; ``title_lines`` the
    title candidates (a text dump's leading lines; an HTML page's <title>,
    og:title and h1). Steps never delete from these lists: they mark blocks
    as removed through :meth:`drop` / :meth:`trim` so every removal is
    recorded with its rule.
    """

    origin: Origin
    kind: Kind = "text"
    content: Any = None  # the raw input (bytes, str, a parsed page) until the decode step reads it
    tree: Any = None  # a page the caller parsed with lxml, handed to extraction as it is
    charset: str | None = None
    text: str = ""
    url: str | None = None
    declared_title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    lang: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    repairs: list[str] = field(default_factory=list)
    title_lines: list[str] = field(default_factory=list)
    title_guesses: list[str] = field(default_factory=list)  # the extractor's guesses, weaker than declared
    title_block: int = -1  # a dump's first line, taken as the title
    blocks: list[str] = field(default_factory=list)
    captions: list[int] = field(default_factory=list)  # blocks that are a figure's caption on the page
    kept: list[bool] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    title: str | None = None
    source: str | None = None
    source_weak: bool = False  # the source is only the words before a brand in a spam tail
    spam: list[str] = field(default_factory=list)  # phrases learned from this page's echo tails
    site: str | None = None  # the group whose template lines apply (outlet or host)
    site_name: str | None = None
    evidence: list[str] = field(default_factory=list)  # why this page looks republished
    own_site: bool = False  # the title's tail names the site the text was taken from: a page, chrome and all
    original: list[str] = field(default_factory=list)
    # an HTML page's short paragraphs the extractor left out (an article's footer): evidence for
    # the site-template counter only, emptied once counted
    unextracted: list[str] = field(default_factory=list)
    # the keys of its long paragraphs, hashed, kept from the first pass to tell a story's copies by
    copy_keys: list[int] = field(default_factory=list)

    def set_blocks(self, blocks: list[str]) -> None:
        self.blocks = list(blocks)
        self.original = list(blocks)
        self.kept = [True] * len(self.blocks)

    @classmethod
    def from_raw(cls, raw: RawRecord) -> Document:
        """A document that still holds its raw content (the decode step reads it)."""
        return cls(
            origin=raw.origin,
            kind=raw.kind,
            content=raw.content,
            charset=raw.charset,
            url=raw.url,
            declared_title=raw.title,
            published=raw.published,
            authors=list(raw.authors),
            lang=raw.lang,
            meta=dict(raw.meta),
            site_name=raw.site_name,
        )

    def use_as_title(self, index: int) -> None:
        """Block ``index`` is the title line: out of the body, but not a removal."""
        self.kept[index] = False
        self.title_block = index

    def live(self) -> list[int]:
        """Indices of the blocks still kept, in order."""
        return [i for i, k in enumerate(self.kept) if k]

    def drop(self, index: int, rule: str) -> None:
        """Remove block ``index`` whole, recording ``rule``."""
        if self.kept[index]:
            self.kept[index] = False
            self.removed.append(Removal(rule, self.blocks[index], index))

    def trim(self, index: int, keep: str, cut: str, rule: str) -> None:
        """Replace block ``index`` by ``keep``, recording the ``cut`` part under ``rule``."""
        keep = keep.strip()
        if not keep:
            self.drop(index, rule)
            return
        self.blocks[index] = keep
        self.removed.append(Removal(rule, cut.strip(), index))

    def body(self) -> str:
        """The kept blocks joined as paragraphs."""
        return "\n\n".join(self.blocks[i] for i in self.live())


@dataclass(slots=True)
class Article:
    """The output record; see the README for the schema contract."""

    id: str
    title: str | None
    text: str
    source: str | None
    url: str | None
    lang: str | None
    published: str | None
    authors: list[str]
    origin: Origin
    duplicates: list[Origin] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    duplicate_of: str | None = None
    # with a tracking store: the article's identity (its first version's id) and version;
    # a revised article also names the version it replaces and how the text changed
    article: str | None = None
    version: int | None = None
    previous_id: str | None = None
    changes: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "source": self.source,
            "url": self.url,
            "lang": self.lang,
            "published": self.published,
            "authors": list(self.authors),
            "origin": self.origin.to_dict(),
            "duplicates": [o.to_dict() for o in self.duplicates],
            "removed": [r.to_dict() for r in self.removed],
            "meta": dict(self.meta),
        }
        if self.duplicate_of is not None:
            out["duplicate_of"] = self.duplicate_of
        if self.article is not None:
            out["article"] = self.article
            out["version"] = self.version
        if self.previous_id is not None:
            out["previous_id"] = self.previous_id
            out["changes"] = self.changes
        return out
