"""Priors kept as data: the network's brands and domains, boilerplate phrase families.

The files live in ``strip/rules/`` (``network.json``, ``phrases.json``); a user
adds their own with ``--rules PATH`` (same shape, merged in). They are priors
for the structural detectors, which decide where a phrase may be trusted:
a phrase hit alone never removes a line from the middle of an article.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

# Scripts written without spaces: a fragment there can only match as a substring.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
# Word characters, including the combining signs of Indic and other scripts that
# Python's \w leaves out (so "से अधिक" does not match inside "सबसे अधिक").
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff"
# Digits count as a boundary: "5분 읽기", "4min read".
_BEFORE = rf"(?<![^\W\d_])(?<![{_MARKS}])"
_AFTER = rf"(?![^\W\d_])(?![{_MARKS}])"


def fold(text: str) -> str:
    """Case-fold for matching; Turkish dotted capitals lose their combining dot."""
    return text.casefold().replace("\u0307", "")


def _fragment_pattern(fragment: str) -> str:
    """Whole-word match for word-spaced fragments; plain substring for unspaced scripts."""
    escaped = re.escape(fragment)
    if _UNSPACED.search(fragment):
        return escaped
    return _BEFORE + escaped + _AFTER


def _compile(fragments: set[str]) -> re.Pattern[str] | None:
    frags = sorted({fold(f).strip() for f in fragments if f and f.strip()}, key=len, reverse=True)
    if not frags:
        return None
    return re.compile("|".join(_fragment_pattern(f) for f in frags))


@dataclass
class Rules:
    """Compiled priors: one matcher per kind, all languages merged."""

    brands: set[str] = field(default_factory=set)
    domains: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    families: dict[str, set[str]] = field(default_factory=dict)
    _brand_re: re.Pattern[str] | None = None
    _family_re: dict[str, re.Pattern[str]] = field(default_factory=dict)
    _outlet_keys: set[str] = field(default_factory=set)

    def merge(self, data: dict[str, Any]) -> None:
        self.brands.update(data.get("brands", []))
        self.domains.update(d.casefold() for d in data.get("domains", []))
        self.outlets.update(data.get("outlets", []))
        for aliases in (data.get("outlet_aliases") or {}).values():
            self.outlets.update(aliases if isinstance(aliases, list) else [])
        for family, by_lang in (data.get("families") or {}).items():
            bucket = self.families.setdefault(family, set())
            if isinstance(by_lang, dict):
                for phrases in by_lang.values():
                    bucket.update(phrases)
            else:
                bucket.update(by_lang)

    def compile(self) -> Rules:
        self._brand_re = _compile(self.brands | self.domains)
        self._family_re = {}
        for name, frags in self.families.items():
            pattern = _compile(frags)
            if pattern is not None:
                self._family_re[name] = pattern
        self._outlet_keys = {fold(o) for o in self.outlets}
        return self

    def brand(self, text: str) -> str | None:
        """The first network brand or domain named in ``text``."""
        if self._brand_re is None:
            return None
        match = self._brand_re.search(fold(text))
        return match.group() if match else None

    def family(self, text: str) -> str | None:
        """The first boilerplate phrase family that ``text`` contains."""
        folded = fold(text)
        for name, pattern in self._family_re.items():
            if pattern.search(folded):
                return name
        return None

    def names_family(self, text: str, *families: str) -> bool:
        """Whether ``text`` contains a fragment of one of ``families``."""
        folded = fold(text)
        return any((p := self._family_re.get(f)) is not None and p.search(folded) for f in families)

    def family_spans(self, text: str, *families: str) -> list[tuple[int, int]]:
        """Spans of ``families`` fragments in ``fold(text)`` (same offsets when folding keeps length)."""
        folded = fold(text)
        spans = []
        for name in families:
            pattern = self._family_re.get(name)
            if pattern is not None:
                spans.extend(m.span() for m in pattern.finditer(folded))
        return sorted(spans)

    def is_outlet(self, text: str) -> bool:
        return fold(text).strip() in self._outlet_keys


def _read_json(path: Path | Any) -> dict[str, Any]:
    with path.open("r", encoding="utf-8") as handle:
        data = json.load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: rules file must hold a JSON object")
    return data


@lru_cache(maxsize=8)
def load_rules(extra: tuple[str, ...] = ()) -> Rules:
    """The packaged priors, plus the user's files in ``extra``; compiled once per process."""
    rules = Rules()
    base = resources.files("cleaner.strip").joinpath("rules")
    for name in ("network.json", "phrases.json"):
        item = base.joinpath(name)
        if item.is_file():
            rules.merge(_read_json(item))
    for path in extra:
        rules.merge(_read_json(Path(path)))
    return rules.compile()
