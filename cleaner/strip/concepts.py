"""Boilerplate sentences recognised by what they speak of, not by how they are worded.

Each translation engine (and each outlet's local edition) words a newsletter pitch or a
disclaimer its own way: "Stay on top of crypto news, get daily updates in your inbox" comes back
as "chaque mardi, l'essentiel ... dans votre boîte mail" or "ご注意：この記事は情報の提供を目的と
したもので、...投資を勧めるものではありません". The phrase priors miss a new wording; the things a
pitch speaks of stay: a mailbox, a cadence, signing up; an investment, advice, this article.
``concepts.json`` lists, per language, the words for each such concept (stems: a word of a spaced
script matches at a word's start; in languages that compound, a long stem inside a word too; in
unspaced scripts anywhere), and per boilerplate family the sets of concepts that together make
one of its sentences. A line speaks for a family when one language's words cover such a set:
words of two languages never add up.

Like the phrase priors, a hit is only trusted where the edge steps trust priors (short lines at a
republished page's edges, not the article's subject).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..text import UNSPACED_CHAR, WORDISH, fold
from .trie import trie

CACHE_SIZE = 4096  # lines asked about more than once (a page's edges, its head)
COMPOUND_STEM = 5  # letters a stem needs to be found inside a compound word ("beratung" in "Anlageberatung")


@dataclass
class Concepts:
    """The concept words of every language and the recipes that make a family's sentence."""

    words: dict[str, dict[str, set[str]]] = field(default_factory=dict)  # concept -> lang -> stems
    recipes: dict[str, list[frozenset[str]]] = field(default_factory=dict)  # family -> concept sets
    compounding: set[str] = field(default_factory=set)
    _index: dict[str, set[tuple[str, str]]] = field(default_factory=dict)  # stem -> (concept, lang)
    _spaced: re.Pattern[str] | None = None
    _inside: re.Pattern[str] | None = None  # spaced stems that also match inside a word
    _unspaced: re.Pattern[str] | None = None
    _cache: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict, repr=False, compare=False)

    def merge(self, data: dict[str, Any]) -> None:
        for concept, by_lang in (data.get("concepts") or {}).items():
            if concept.startswith("_"):
                continue
            bucket = self.words.setdefault(concept, {})
            for lang, stems in by_lang.items():
                bucket.setdefault(lang, set()).update(stems)
        for family, sets in (data.get("recipes") or {}).items():
            if family.startswith("_"):
                continue
            self.recipes.setdefault(family, []).extend(frozenset(s) for s in sets)
        self.compounding.update(data.get("compounding") or [])

    def compile(self) -> Concepts:
        unknown = sorted({c for sets in self.recipes.values() for s in sets for c in s} - set(self.words))
        if unknown:
            raise ValueError(f"concept recipes name unknown concepts: {', '.join(unknown)}")
        self._index = {}
        self._cache.clear()
        spaced, inside, unspaced = set(), set(), set()
        for concept, by_lang in self.words.items():
            for lang, stems in by_lang.items():
                for stem in stems:
                    key = " ".join(fold(stem).split())
                    if not key:
                        continue
                    self._index.setdefault(key, set()).add((concept, lang))
                    if UNSPACED_CHAR.search(key):
                        unspaced.add(key)
                    else:
                        spaced.add(key)
                        if lang in self.compounding and " " not in key and len(key) >= COMPOUND_STEM:
                            inside.add(key)
        self._spaced = re.compile(trie(sorted(spaced))) if spaced else None
        self._inside = re.compile(trie(sorted(inside))) if inside else None
        self._unspaced = re.compile(trie(sorted(unspaced))) if unspaced else None
        return self

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_cache": {}}  # a worker process starts its own

    def found(self, text: str) -> dict[str, frozenset[str]]:
        """The concepts ``text`` speaks of, by language."""
        if text in self._cache:
            return self._cache[text]
        if len(self._cache) >= CACHE_SIZE:
            self._cache.clear()
        self._cache[text] = found = self._find(text)
        return found

    def _find(self, text: str) -> dict[str, frozenset[str]]:
        folded = " ".join(fold(text).split())
        keys: set[str] = set()
        if self._unspaced is not None:
            keys.update(m.group() for m in self._unspaced.finditer(folded))
        if self._inside is not None:
            keys.update(m.group() for m in self._inside.finditer(folded))
        if self._spaced is not None:
            for start in _WORD_START.finditer(folded):
                match = self._spaced.match(folded, start.start())
                if match is not None:
                    keys.add(match.group())
        by_lang: dict[str, set[str]] = {}
        for key in keys:
            # the longest stem matched; the shorter ones it starts with count as well ("e-mail", "mail")
            for end in range(1, len(key) + 1):
                for concept, lang in self._index.get(key[:end], ()):
                    by_lang.setdefault(lang, set()).add(concept)
        return {lang: frozenset(found) for lang, found in by_lang.items()}

    def family(self, text: str) -> tuple[str, frozenset[str]] | None:
        """The family whose sentence ``text`` is, by its concepts, and the concepts that made it."""
        if not self.recipes:
            return None
        by_lang = self.found(text)
        for family, sets in self.recipes.items():
            for concepts in sets:
                if any(concepts <= found for found in by_lang.values()):
                    return family, concepts
        return None

    def counts(self, texts: list[str]) -> dict[str, int]:
        """In how many of ``texts`` each concept stands, in any language."""
        counts: dict[str, int] = {}
        for text in texts:
            for concept in set().union(*self.found(text).values()):
                counts[concept] = counts.get(concept, 0) + 1
        return counts


# where the words of a spaced line start: a stem matches from a word's start on
_WORD_START = re.compile(f"(?<!{WORDISH.pattern})(?:{WORDISH.pattern})")
