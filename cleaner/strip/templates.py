"""Site templates learned from the corpus: lines one site repeats on many pages.

Expressed as emit-key -> reduce-by-key so it runs the same in one process, a
pool or a distributed shuffle: each document emits ``(group, line key,
title key)`` for its short lines; the reduction counts, per group, how many
different articles carry each line. A line carried by enough different
articles of one outlet (or one host) is that site's template in whatever
language the site is in, with no phrase list. Counting distinct titles, not
documents, keeps recrawls of one article from voting twice.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import PurePath

from .. import removals
from ..langs import detect
from ..model import Document
from ..settings import DEFAULT, EchoSettings, TemplateSettings
from ..text import (
    digest,
    dominant_script,
    ends_sentence,
    hash63,
    host_of,
    line_key,
    split_label,
    standing_key,
    word_count,
)
from ..titles.echo import split_tail
from ..titles.outlet import SPAM_MARK, STEM_PHRASE_MARK, spam_sentences, stem_phrases


def title_hash(title: str) -> int:
    """A stable 63-bit key for an article title."""
    return hash63(title)


def site_groups(doc: Document) -> list[str]:
    """The groups a document belongs to: its outlet, its host, and the folder it was read from
    (its pages in the script the document is written in, and in its language).

    Whatever key the run has counts (as CCNet counts paragraph hashes per shard): a page whose
    outlet was not detected and whose URL is unknown still shares a folder with the other
    pages of its dump. The share threshold keeps a line common to a few pages of a mixed
    folder from counting as the folder's template.
    """
    groups = []
    if doc.source:
        groups.append("source:" + line_key(doc.source))
    host = host_of(doc.url)
    if host:
        groups.append("host:" + host)
    folder = FOLDER_GROUP + _folder(doc.origin.path)
    groups.extend(folder + part for part in _script_parts(doc))
    return groups


def _script_parts(doc: Document) -> tuple[str, ...]:
    """The writing system of most of the page's text, and its language, which part a folder's
    pages: a day's dump of a scraper mixes sites, and a site writes in one language: the
    Hebrew-script site's pages share no line with the Latin-script ones, the Polish blog's none
    with the Spanish paper's beside it (each one's share of the folder is its own). The script's
    part stays too: the model may tell one site's pages apart in languages close to one another
    (Bosnian, Croatian, Serbian). Read from the text as read, so both passes of a run agree."""
    return _script_keys("\n".join(doc.original[:SCRIPT_SAMPLE_BLOCKS])[:SCRIPT_SAMPLE_CHARS])


@lru_cache(maxsize=8192)  # (a document's groups are asked for in both passes)
def _script_keys(sample: str) -> tuple[str, ...]:
    script = dominant_script(sample)
    if not script:
        return ("",)
    if script not in SHARED_SCRIPTS:
        return ("#" + script,)  # (a script of one language: its group is the language's)
    lang = detect(sample[:LANG_SAMPLE_CHARS])  # (the model's first look only: a grouping, not a label)
    return ("#" + script, "#" + script + "." + lang) if lang else ("#" + script,)


SCRIPT_SAMPLE_BLOCKS = 6
SCRIPT_SAMPLE_CHARS = 500
LANG_SAMPLE_CHARS = 200
SHARED_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "ARABIC", "DEVANAGARI", "BENGALI", "CJK"})  # written by many languages


def _folder(path: str) -> str:
    """``PurePath(path).parent.as_posix()``, worked out once per folder: the path's head names
    the same folder when its last part is a name (not "" nor ".")."""
    if path in ("", "-"):
        return "-"
    cut = path.rfind("/") + 1
    if os.sep == "/" and path[cut:] not in ("", "."):
        return _posix_folder(path[:cut])
    return PurePath(path).parent.as_posix()


@lru_cache(maxsize=256)  # the documents of a run come from a few folders
def _posix_folder(head: str) -> str:
    return PurePath(head).as_posix()


def emit(doc: Document, s: TemplateSettings = DEFAULT.templates) -> list[tuple[str, str, str]]:
    """The (group, line key, title key) triples a document contributes."""
    groups = site_groups(doc)
    if not groups or not doc.blocks:
        return []
    title_key = line_key(doc.title or "") or line_key(doc.blocks[0])[:80]
    n = len(doc.blocks)
    keys = set()
    key_of: dict[int, str] = {}
    live = doc.live()
    # the blocks near the page's ends, and near its article's: on a whole page's text the
    # article's last lines (a bio, a pitch) stand above a footer and comments longer than the edge
    near = set(live[: s.edge] + live[-s.edge:]) if len(live) < n else set()
    for i, text in enumerate(doc.blocks):
        if s.edge <= i < n - s.edge and i not in near or word_count(text) > s.max_words:
            continue
        key = key_of[i] = standing_key(text)
        if key:
            keys.add(key)
    for i in live[:CRUMB_HEAD]:  # a navigation row's fixed head ("Startseite › Fachartikel › <section>")
        if (head := crumb_head(doc.blocks[i])) is not None:
            keys.add(CRUMB + head)
    wordings = {key for i in live[:WORDING_HEAD] + live[-WORDING_TAIL:]
                if _sentence_long(key := key_of[i] if i in key_of else standing_key(doc.blocks[i]))}
    for text in doc.unextracted:  # what the extraction left out of an HTML page (its article's footer)
        if word_count(text) <= s.max_words and (key := standing_key(text)):
            keys.add(key)
            if _sentence_long(key):
                wordings.add(key)
    doc.unextracted = []  # (counted: no need to carry it to pass two)
    for r in doc.removed:  # a label the page's markup set apart as its chrome ("Opinie (48)" in a comment
        if r.rule.startswith(removals.DOM_PREFIX):  # link) teaches the site's labels to its copies in text
            keys.update(CHROME + key for line in r.text.split("\n")
                        if word_count(line) <= s.label_words and not ends_sentence(line) and (key := line_key(line)))
            # and a standing sentence it set apart (a paywall's prompt, a disclaimer) counts as the page's
            # line, as the one the extraction left out does: its copies in text hold it as a line
            for line in r.text.split("\n"):
                if ends_sentence(line) and word_count(line) <= s.max_words and (key := standing_key(line)):
                    keys.add(key)
                    if _sentence_long(key):
                        wordings.add(key)
    triples = [(g, k, title_key) for g in groups for k in sorted(keys)] + [(g, "", title_key) for g in groups]
    triples += [(g, WORDING + k, title_key) for g in groups for k in sorted(wordings)]
    triples += [(g, TAIL + tail, head) for g in groups for tail, head in title_tails(doc)]
    triples += [(group, HEADLINE + key, title_key) for key in headline_keys(doc) if (group := headline_group(doc))]
    triples += [(NETWORK_GROUP, NETWORK + key, title_key) for key in network_lines(doc, s)]
    triples += [(g, SPAM + key, title_key) for g in groups for key in learned_spam_keys(doc)]
    triples += copy_triples(doc, key_of)
    source = line_key(doc.source or "")
    return triples + ([(g, SOURCE + source, title_key) for g in groups] if source else [])


def crumbs(text: str) -> list[str] | None:
    """The parts of a navigation row: three or more short parts set apart by one separator
    ("News | Sport | Business", "Startseite › Fachartikel › Lasertechnik", "ホーム ＞ ニュース ＞ 社会"),
    two of them with letters, none a sentence."""
    m = _CRUMB_SEPARATOR.search(text)
    if m is None:
        return None
    parts = [p.strip() for p in text.split(m.group())]
    if len(parts) < CRUMB_PARTS or not all(parts) or any(word_count(p) > CRUMB_PART_WORDS or ends_sentence(p)
                                                          for p in parts):
        return None
    return parts if sum(1 for p in parts if any(ch.isalpha() for ch in p)) >= 2 else None


def crumb_head(text: str) -> str | None:
    """The key of a navigation row without its last part, which names the page's own section: the
    site's fixed head of the row, the same on its pages of every section."""
    parts = crumbs(text)
    return line_key(" ".join(parts[:-1])) or None if parts is not None else None


_CRUMB_SEPARATOR = re.compile(r"\s[|\u00a6\u203a\u00bb>\uff1e\uff5c/\u00b7\u2022\u2219]\s")
CRUMB_PARTS = 3
CRUMB_PART_WORDS = 4
CRUMB_HEAD = 3  # the first blocks of a page, where its navigation row stands


def site_of(doc: Document) -> str | None:
    """The site that published a document: its address's host, else the outlet or site name it
    gives (one site's pages say its name in more than one way; its host is one)."""
    return host_of(doc.url) or line_key(doc.source or doc.site_name or "") or None


def copy_keys(doc: Document, key_of: dict[int, str] | None = None) -> list[str]:
    """The keys of a document's first long paragraphs (a story's own sentences); ``key_of`` holds
    the keys of some blocks already."""
    keys = []
    known = key_of or {}
    for i in doc.live():
        text = doc.blocks[i]
        if len(text) >= COPY_CHARS and (key := known.get(i) or standing_key(text)):
            keys.append(COPY + key)
            if len(keys) == COPY_PARAGRAPHS:
                break
    return keys


def copy_triples(doc: Document, key_of: dict[int, str] | None = None) -> list[tuple[str, str, str]]:
    """A document's long paragraphs and the lines at its ends, counted by the site carrying them:
    the same story on two sites (an outlet's article and a partner's or a network's copy of it)
    shares its paragraphs, and each copy's own lines at its ends are its site's furniture. The
    paragraphs' keys stay on the document, hashed, for the second pass."""
    site = site_of(doc)
    if not site:
        return []
    known = key_of or {}
    keys = copy_keys(doc, known)
    doc.copy_keys = [hash63(key) for key in keys]
    live = doc.live()
    ends = [COPY + key for i in live[:COPY_HEAD] + live[-COPY_TAIL:] if word_count(doc.blocks[i])
            <= COPY_FURNITURE_WORDS and (key := known.get(i) or standing_key(doc.blocks[i]))]
    return [(COPIES_GROUP, key, site) for key in dict.fromkeys(keys + ends)]


def copied(doc: Document, table: dict[str, set[str]]) -> bool:
    """Whether half of a document's long paragraphs (two at least) stand on another site's page
    of the run too: one of the copies of a story, each with its site's furniture around it. Its
    site's standing paragraphs (a disclaimer on every page, carried by the network's copies of
    the site too) are no story's."""
    shared = table.get(COPIES_GROUP)
    if not shared:
        return False
    hashed = _hashed(shared)
    if sum(key in hashed for key in doc.copy_keys) < COPIED_MIN:
        return False  # (most documents: their paragraphs, hashed in the first pass, stand nowhere else)
    standing = templates_for(doc, table)
    keys = [key for key in copy_keys(doc) if key[1:] not in standing]
    found = sum(key in shared for key in keys)
    # (two articles of one story quoting one statement, or a later one retelling the background,
    # share a paragraph or two of several)
    return found >= COPIED_MIN and found >= COPIED_SHARE * len(keys)


def _hashed(shared: set[str]) -> frozenset[int]:
    """The shared keys hashed as documents keep theirs between the passes, once per run's table."""
    held = _HASHED.get(id(shared))
    if held is None or held[0] is not shared:
        _HASHED.clear()  # (one table a run)
        held = _HASHED[id(shared)] = (shared, frozenset(hash63(key) for key in shared))
    return held[1]


_HASHED: dict[int, tuple[set[str], frozenset[int]]] = {}


def strip_copy_furniture(doc: Document, table: dict[str, set[str]]) -> None:
    """On one of a story's copies, the short lines at its ends that no other site's copy carries:
    what this site put around the story (a republishing notice, its picture credit, its appeal,
    its related link), in any language. A line both copies carry is the story's."""
    shared = table.get(COPIES_GROUP, set())
    live = [i for i in doc.live() if i != doc.title_block]
    carried = [COPY + standing_key(doc.blocks[i]) in shared for i in live]
    story = [n for n, i in enumerate(live) if carried[n] and len(doc.blocks[i]) >= COPY_CHARS]
    if not story:
        return
    own = [n for n, i in enumerate(live) if not carried[n] and word_count(doc.blocks[i]) <= COPY_FURNITURE_WORDS]
    tail = [n for n in own if n > story[-1] and n >= len(live) - COPY_TAIL]
    head = [n for n in own if n < story[0] and n < COPY_HEAD and word_count(doc.blocks[live[n]]) <= COPY_HEAD_WORDS
            and not ends_sentence(doc.blocks[live[n]])]  # a credit or a kicker, not a short lede
    inner = [n for n in own if story[0] < n < story[-1] and _label_line(doc.blocks[live[n]])]
    for n in _run_from(tail, len(live) - 1, -1) + _run_from(head, 0, 1) + inner:
        doc.drop(live[n], removals.COPY_FURNITURE)


def _label_line(text: str) -> bool:
    """A short label over a few words ("Related: <headline>", "Photo: <name>"), which a site sets
    between the story's paragraphs; a copy's subheading is the story's, and the other copy carries it."""
    label, colon, value = split_label(text)
    return bool(colon) and word_count(label) <= COPY_LABEL_WORDS and bool(value.strip()) \
        and word_count(text) <= COPY_HEAD_WORDS and not ends_sentence(text)


def _run_from(found: list[int], edge: int, step: int) -> list[int]:
    """The positions of ``found`` that run unbroken from ``edge`` inwards."""
    have, run, n = set(found), [], edge
    while n in have:
        run.append(n)
        n += step
    return run


COPIED_MIN = 2
COPIED_SHARE = 0.5  # of the copy's long paragraphs: its site's own long ones (a notice, an appeal) are the rest
COPIED_EVIDENCE = "copied"  # the evidence a document carries when it is one of a story's copies
COPY_HEAD, COPY_TAIL = 4, 8  # the lines at a copy's ends compared with the other copies'
COPY_FURNITURE_WORDS = 30  # a longer line is the story's, whether the other copy kept it or not
COPY_HEAD_WORDS = 12  # above the story: a picture's credit, a kicker
COPY_LABEL_WORDS = 3


def _sentence_long(key: str) -> bool:
    """A line whose wordings :meth:`TemplateCounter._skeletons` compares (a bio, a pitch with a date)."""
    return SKELETON_WORDS[0] <= key.count(" ") + 1 <= SKELETON_WORDS[1]


def learned_spam_keys(doc: Document) -> list[str]:
    """The keys of the spam sentences the document's spam tails run on with (see
    :func:`~cleaner.titles.outlet.spam_sentences`), and, marked, of the words the network's own
    lines set next to its bare name ("Sumber: Kejelian Data Plato.": "Data Intelligence" as the
    page's language words it), which another title of the run may set after the outlet."""
    keys = {key for tail in doc.spam for sentence in spam_sentences(tail) if (key := line_key(sentence))}
    lines = [line for r in doc.removed if r.rule in _NETWORK_RULES for line in r.text.split("\n")]
    keys |= {STEM_PHRASE + key for phrase in stem_phrases(lines) if (key := line_key(" ".join(phrase)))}
    return sorted(keys)


_NETWORK_RULES = frozenset({removals.PLATO_BOTTOM_LINKS, removals.NETWORK_BRAND, removals.CAPTION_SPAM})
STEM_PHRASE = STEM_PHRASE_MARK  # marks, among the spam keys, the words next to the bare name


def title_tails(doc: Document) -> list[tuple[str, str]]:
    """(tail key, title key) of the document's title lines that end in " - <tail>"."""
    out = []
    if doc.own_site and doc.source and doc.title and (tail := line_key(doc.source)) and (head := line_key(doc.title)):
        out.append((tail, head))  # the site's tail, split off at the title step: still one of the run's tails
    for line in dict.fromkeys([doc.title or "", *doc.title_lines]):
        split = split_tail(line) if line else None
        if split is not None:
            tail, head = line_key(split[1]), line_key(split[0])
            if tail and head:
                out.append((tail, head))
    return out


def headline_group(doc: Document) -> str | None:
    """The one group a document's headline is known under: its host, else its folder's pages in
    its script (a link to another story stays on its site)."""
    groups = [g for g in site_groups(doc) if not g.startswith("source:")]
    return groups[0] if groups else None


def headline_keys(doc: Document) -> list[str]:
    """The keys of the document's headline, with its site's tail and without: what another page
    of the run says when it links to this story ("Also read: <headline>")."""
    keys = []
    for line in dict.fromkeys([doc.title or "", *doc.title_lines[:1]]):
        split = split_tail(line) if line else None
        for text in (line, split[0] if split else ""):
            if text and word_count(text) >= HEADLINE_WORDS and (key := line_key(text)) and len(key) >= HEADLINE_CHARS:
                keys.append(key)
    return sorted(set(keys))


HEADLINE_WORDS = 3  # a headline this long names one story: "Weather" or "Live" name none
HEADLINE_CHARS = 16  # ... and as many letters, in scripts written without spaces


def anchors(key: str) -> tuple[str, str]:
    """The words a slot's wordings share: the first, or the last (a byline's "by" comes after
    the name in many languages). Marked apart so that a first word never meets a last one."""
    first = key.find(" ")
    if first < 0:
        return key, _LAST + key
    return key[:first], _LAST + key[key.rfind(" ") + 1 :]


_LAST = "\x03"
def network_lines(doc: Document, s: TemplateSettings = DEFAULT.templates) -> list[str]:
    """The keys of the entries of the network's own link list that the page's markup marked
    (``ul.plato-post-bottom-links``), but for links to a page of their own: the run learns them as
    the network's lines in that language, and takes them from every other record of the run, a
    text dump's or a JSON row's where no markup marks them (or of later runs, with ``--state``)."""
    out = []
    for removal in doc.removed:
        if removal.rule != removals.PLATO_BOTTOM_LINKS:
            continue
        for item in removal.text.split("\n"):
            key = line_key(item)
            if key and word_count(item) <= s.max_words and not _LINK.search(item):
                out.append(key)
    return out


_LINK = re.compile(r"https?:|www\.|\.(?:com|org|net)\b", re.IGNORECASE)
NETWORK_GROUP = "network:"  # the network's own lines, whatever site the page republishes
NETWORK = "\x04"  # marks them among the line keys: kept from one sighting on
FOLDER_GROUP = "dir:"
TAIL = "\x01"  # marks a title-tail key among the line keys (counted the same way)
SOURCE = "\x02"  # marks the outlet a document's title named
CHROME = "\x07"  # marks a label the markup set apart: counted as the line, but no wording of a slot
SPAM = SPAM_MARK  # marks a sentence a spam tail ran on with: kept from one sighting on
WORDING = "\x08"  # marks a sentence-long line at either end of a page: one wording of a line with slots
CRUMB = "\x0c"  # marks the fixed head of a navigation row (see :func:`crumb_head`)
WEAK = "\x0e"  # marks a sentence-long line on fewer than half of its group's articles (three, or two of a few)
HEADLINE = "\x0f"  # marks a document's headline: one sighting is the story's, kept apart (see run_headlines)
COPIES_GROUP = "copies:"  # the article paragraphs that documents of two different sites carry
COPY = "\x0b"  # marks them: counted per site (the title key of a copy's triple is its site)
COPY_CHARS = 60  # a paragraph this long is the story's own wording (in any script: words vary in length)
COPY_PARAGRAPHS = 8  # a document's first paragraphs that long are what it is compared by
WORDING_HEAD, WORDING_TAIL = 4, 8  # the blocks at the page's ends where a site's bio or pitch stands
SKELETON_WORDS = (10, 40)  # the lengths of line whose wordings are compared (a bio, a pitch with a date)
SKELETON_LINES = 256  # wordings kept per group
SKELETON_GRAMS = 2  # word triples two wordings must share before they are compared in full
SKELETON_SHARE = 0.4  # the share of the longer wording's words the two have in common, in order
SKELETON_SLOT = 4  # the most words that fill one slot
SOURCE_TITLES = 2  # an outlet named by this many different titles of a group is one of its site tails


def _alike(a: list[str], b: list[str], bag_a: set[str], bag_b: set[str]) -> bool:
    """Two wordings of one line with slots: the words they share, in order, are most of both,
    and what fills each slot is a few words (a name, a beat, a city, a date), not a clause of
    its own: two sentences that share a phrase ("... a declarat pentru noi că ...") differ in
    whole clauses around it. (The word bags and the ends bound what the two can share before
    the words are aligned.)"""
    least = SKELETON_SHARE * max(len(a), len(b))
    if min(len(a), len(b)) < least or len(bag_a & bag_b) < least:
        return False
    reach = SKELETON_SLOT + 1
    if set(a[:reach]).isdisjoint(b[:reach]) or set(a[-reach:]).isdisjoint(b[-reach:]):
        return False  # (a slot at either end longer than a slot can be)
    blocks = SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    if sum(m.size for m in blocks) < least:
        return False
    i = j = 0
    for m in blocks:  # (the last block is the empty one at both ends)
        if m.a - i > SKELETON_SLOT or m.b - j > SKELETON_SLOT:
            return False
        i, j = m.a + m.size, m.b + m.size
    return True


class Sightings:
    """A fixed-size Bloom filter: has this key been seen before? (8 MiB, whatever the corpus).

    Most edge lines are article text that occurs once; keeping each of them
    in a dict made memory grow with the corpus. A line only earns a dict
    entry on its second sighting.
    """

    def __init__(self, bits: int = 1 << 26, hashes: int = 3) -> None:
        self.mask = bits - 1
        self.hashes = hashes
        self.array = bytearray(bits // 8)  # plain bytes: indexing one is far cheaper than a numpy scalar

    @staticmethod
    def hashes_of(key: str) -> tuple[int, int]:
        """Two 64-bit hashes of ``key`` (stable across processes and runs)."""
        raw = digest(key, 16)
        return int.from_bytes(raw[:8], "little"), int.from_bytes(raw[8:], "little") | 1

    def check_add_hashed(self, a: int, b: int) -> bool:
        """True if the key hashed to (a, b) by :meth:`hashes_of` was (probably) added before;
        adds it either way (double hashing: positions a + i*b)."""
        seen = True
        array, mask = self.array, self.mask
        for i in range(self.hashes):
            pos = (a + i * b) & mask
            bit = 1 << (pos & 7)
            byte = array[pos >> 3]
            if not byte & bit:
                seen = False
                array[pos >> 3] = byte | bit
        return seen


def line_hashes(group: str, key: str) -> tuple[int, int]:
    """A (group, line) pair's filter hashes (one digest serves both of the counter's filters)."""
    return Sightings.hashes_of(f"{group}\x00{key}")


def emitted_hashes(triples: list[tuple[str, str, str]]) -> list[tuple[int, int]]:
    """:func:`line_hashes` of each triple (none for a keyless one), for :meth:`TemplateCounter.add`:
    a worker computes them beside :func:`emit`, so the process that counts only counts."""
    return [line_hashes(group, key.removeprefix(CHROME)) if key and key[0] != WORDING else (0, 0)
            for group, key, _ in triples]


_MIX = 0x9E3779B97F4A7C15  # spreads a title hash over the key's hashes for the pair filter
_MASK64 = (1 << 64) - 1


_FIRST = -1  # stands for the title of a line's first sighting, known only to differ


@dataclass
class TemplateCounter:
    """The reduction: articles per group, and articles per (group, line)."""

    articles: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    seen_lines: Sightings = field(default_factory=Sightings)
    seen_pairs: Sightings = field(default_factory=Sightings)
    # (group, line) -> the one title seen so far, or the set once there are several:
    # most lines occur once, and an int costs far less than a set.
    lines: dict[tuple[str, str], int | set[int]] = field(default_factory=dict)
    # (group, anchor: first or last word) -> the different lines with it (a few suffice): a
    # slot whose wording varies ("Edited by <name>") is article content, not template.
    openings: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    # (group, anchor) of which one article carries two wordings: two standing lines
    # ("Subscribe to our newsletters", "Subscribe to Pro"), not one slot filled differently
    together: set[tuple[str, str]] = field(default_factory=set)
    # group -> the sentence-long lines of its articles (line -> the title it was first seen on),
    # a bounded sample: the wordings of a standing line with slots (see :meth:`_skeletons`)
    wordings: dict[str, dict[str, int]] = field(default_factory=dict)
    # group -> the hashes of its documents' headlines (see :func:`headline_keys`)
    headlines: dict[str, set[int]] = field(default_factory=dict)

    def add(self, triples: Iterable[tuple[str, str, str]], hashed: Sequence[tuple[int, int]] | None = None) -> None:
        """Count the (group, line key, title) triples documents emitted (all of a document's
        triples for a group in one call). ``hashed``, when given, holds each triple's
        :func:`line_hashes`, computed where the triples were emitted (a worker process)."""
        first_wording: dict[tuple[str, str, int], str] = {}
        hashes: dict[str, int] = {}  # a document's triples share one or two titles
        lines = self.lines
        for n, (group, key, title) in enumerate(triples):
            tkey = hashes.get(title)
            if tkey is None:
                tkey = hashes[title] = title_hash(title)
            if not key:
                self.add_known(group, key, (tkey,))
                continue
            if key.startswith(WORDING):
                self._note_wording(group, key[1:], tkey)
                continue
            if key.startswith(HEADLINE):
                self.headlines.setdefault(group, set()).add(title_hash(key[1:]))  # (a hash: a run holds many)
                continue
            if key.startswith((NETWORK, SPAM)):
                self.lines.setdefault((group, key), tkey)  # the markup or the brand said so: one sighting is enough
                continue
            chrome = key.startswith(CHROME)
            if chrome:
                key = key[1:]
            ends = anchors(key)
            if " " in key and not chrome:
                for anchor in ends:
                    if first_wording.setdefault((group, anchor, tkey), key) != key:
                        self.together.add((group, anchor))
            if (group, key) not in lines:
                if not chrome:
                    self._note_opening(group, key, ends)
                a, b = hashed[n] if hashed is not None else line_hashes(group, key)
                first = not self.seen_lines.check_add_hashed(a, b)
                same_article = self.seen_pairs.check_add_hashed((a + tkey * _MIX) & _MASK64, b)
                if first or same_article:
                    continue  # held in the filters until a second article carries it
                self.lines[(group, key)] = {_FIRST, tkey}
                continue
            seen = lines[(group, key)]
            if isinstance(seen, set) and _FIRST in seen and tkey not in seen:
                a, b = hashed[n] if hashed is not None else line_hashes(group, key)
                if self.seen_pairs.check_add_hashed((a + tkey * _MIX) & _MASK64, b):
                    continue  # the title of the line's first sighting again: the same article, whatever the order
            self.add_known(group, key, (tkey,), opening=not chrome)

    def _note_opening(self, group: str, key: str, ends: tuple[str, str] | None = None) -> None:
        for anchor in ends or anchors(key):
            variants = self.openings.setdefault((group, anchor), set())
            if len(variants) < 2:
                variants.add(key)

    def _note_wording(self, group: str, key: str, tkey: int) -> None:
        known = self.wordings.setdefault(group, {})
        if len(known) < SKELETON_LINES:
            known.setdefault(key, tkey)

    def _titles(self, group: str, key: str) -> set[int]:
        seen = self.lines.get((group, key))
        first = self.wordings[group][key]
        if seen is None or isinstance(seen, int):
            return {first} if seen is None else {first, seen}
        return (seen - {_FIRST}) | {first}

    def _skeletons(self, group: str, total: int, s: TemplateSettings) -> set[str]:
        """The wordings of the group's standing lines with slots: a bio under every column
        ("<name> scrie pentru noi despre <beat>, din <city>."), no wording of which recurs on
        enough articles by itself. Lines sentence-long (a byline's slot is its short line's
        whole point) that share most of their words, in order, with one another, on enough of
        the group's articles together, are one line with its slots filled differently."""
        keys = list(self.wordings.get(group, ()))
        if len(keys) < s.min_articles:
            return set()
        words = [k.split() for k in keys]
        bags = [set(w) for w in words]
        holders: dict[tuple[str, str, str], list[int]] = defaultdict(list)
        for i, w in enumerate(words):
            for gram in dict.fromkeys(zip(w, w[1:], w[2:], strict=False)):
                holders[gram].append(i)
        shared: dict[tuple[int, int], int] = defaultdict(int)
        for ids in holders.values():
            for pair in zip(ids, ids[1:], strict=False):  # neighbours suffice to join a chain of wordings
                shared[pair] += 1
        near: dict[int, list[int]] = defaultdict(list)
        for (a, b), grams in shared.items():
            if grams >= SKELETON_GRAMS:
                near[a].append(b)
                near[b].append(a)
        carried = [self._titles(group, key) for key in keys]
        out: set[str] = set()
        seen: set[int] = set()
        # a standing line's slot takes a site's few names, beats and cities, and one wording comes
        # back as is; a report's sentence written from a template is filled anew on every page: the
        # wordings that came back on two articles are where a line with slots is looked for
        for seed in (i for i in range(len(keys)) if len(carried[i]) > 1 and i in near):
            if seed in seen:
                continue
            seen.add(seed)
            line, queue = [seed], [seed]
            for u in queue:
                for v in near[u]:
                    if v not in seen and _alike(words[u], words[v], bags[u], bags[v]):
                        seen.add(v)
                        line.append(v)
                        queue.append(v)
            titles = set().union(*(carried[i] for i in line))
            if len(line) > 1 and len(titles) >= s.min_articles and len(titles) >= s.min_share * total:
                out.update(keys[i] for i in line)
        return out

    def _slot(self, group: str, key: str) -> bool:
        """One wording of a line whose other words vary from page to page (a byline: "Edited by
        <name>", or "<name> દ્વારા" where the language puts the name first)."""
        return " " in key and any(
            len(self.openings.get((group, a), ())) > 1 and (group, a) not in self.together for a in anchors(key))

    def add_known(self, group: str, key: str, titles: Iterable[int], *, opening: bool = True) -> None:
        """Count one group's line (or, with an empty key, its articles) for hashed titles."""
        if not key:
            self.articles[group].update(titles)
            return
        if opening:
            self._note_opening(group, key)
        titles = list(titles)
        if opening and titles and _sentence_long(key):
            self._note_wording(group, key, titles[0])  # (a line stored by earlier runs)
        for tkey in titles:
            seen = self.lines.get((group, key))
            if seen is None:
                self.lines[(group, key)] = tkey
            elif isinstance(seen, int):
                if seen != tkey:
                    self.lines[(group, key)] = {seen, tkey}
            elif len(seen) <= 64:
                seen.add(tkey)

    def groups(self) -> set[str]:
        return set(self.articles)

    def templates(self, s: TemplateSettings = DEFAULT.templates) -> dict[str, set[str]]:
        """Per group, the line keys that are that site's template."""
        out: dict[str, set[str]] = defaultdict(set)
        for (group, key), titles in self.lines.items():
            if key.startswith(NETWORK):
                out[group].add(key)
                continue
            if key.startswith((TAIL, SOURCE, SPAM)):
                continue
            count = 1 if isinstance(titles, int) else len(titles)
            if key.startswith(COPY):
                if count >= 2:
                    out[group].add(key)  # two sites carry the paragraph
                continue
            total = len(self.articles.get(group, ()))
            long = key.count(" ") + 1 >= s.slot_words
            if count < (s.weak_articles if long else s.min_articles):
                continue
            if count < s.min_articles or count < s.min_share * total:
                if long and count >= s.long_share * total:
                    out[group].add(WEAK + key)  # (see TemplateSettings.long_share)
                continue
            if key.count(" ") < s.slot_words and self._slot(group, key):
                continue  # one wording of a varying slot
            out[group].add(key)
        for group, total in ((g, len(t)) for g, t in self.articles.items()):
            if (found := self._skeletons(group, total, s)):
                out[group] |= found
        return dict(out)


    def run_headlines(self) -> dict[str, frozenset[int]]:
        """Per headline group, the hashed headlines of the run's stories: a line of another page
        that gives one is a link to that story."""
        return {group: frozenset(found) for group, found in self.headlines.items()}

    def site_tails(self, s: EchoSettings = DEFAULT.echo) -> dict[str, set[str]]:
        """Per group, the title tails that many different titles share: the site's suffix
        (" - Outlet"), whatever its words; and the outlets that other titles named."""
        out: dict[str, set[str]] = defaultdict(set)
        for (group, key), titles in self.lines.items():
            count = 1 if isinstance(titles, int) else len(titles)
            if key.startswith(SOURCE) and count >= SOURCE_TITLES:
                out[group].add(key[len(SOURCE):])  # the outlet other titles of the site named
            if key.startswith(SPAM):
                out[group].add(key)  # marked: the spam's sentences, not a tail
            if not key.startswith(TAIL):
                continue
            total = len(self.articles.get(group, ()))
            if count >= s.site_tail_titles and count >= s.site_tail_share * total:
                out[group].add(key[len(TAIL):])
        return dict(out)


def templates_for(doc: Document, table: dict[str, set[str]]) -> set[str]:
    """The template line keys that apply to one document."""
    found: set[str] = set(table.get(NETWORK_GROUP, ()))
    for group in site_groups(doc):
        found |= table.get(group, set())
    return found
