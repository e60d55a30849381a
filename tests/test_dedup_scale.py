"""The fast paths of duplicate detection against their plain definitions.

Signatures are datasketch's affine32 MinHash computed in numpy, the run's clusterer decides
items in batches against a bounded in-memory key index that spills to SQLite: each is checked
here against the straightforward version it replaces, including the spill path.
"""

from __future__ import annotations

import random
import re
import subprocess
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner.dedup import Deduper, item_from
from cleaner.dedup.item import CONTAINED, TITLE_PEERS, DedupItem, contained, lang_key, title_key
from cleaner.dedup.keyindex import KeyIndex
from cleaner.dedup.minhash import (
    NUM_PERM,
    SCHEME,
    SEED,
    band_keys,
    band_keys_matrix,
    is_empty,
    lsh_errors,
    signature_of_hashes,
    similarity,
)
from cleaner.dedup.text import _TABLE, normalize, shingle_hashes, units
from cleaner.model import Origin
from cleaner.text import same_language
from scripts.bench_dedup import documents

ROOT = Path(__file__).resolve().parent.parent


def test_signature_is_datasketch_affine32() -> None:
    datasketch = pytest.importorskip("datasketch")
    perm = datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    rng = np.random.default_rng(3)
    for n in (0, 1, 7, 900, 5000, 9000):  # beyond one block of the numpy loop too
        hashes = rng.integers(0, 2**32, n, dtype=np.uint64).astype(np.uint32)
        m = datasketch.MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=int,
                               permutations=perm)
        if n:
            m.update_batch(hashes.tolist())
        assert np.array_equal(np.asarray(m.hashvalues, dtype=np.uint32),
                              signature_of_hashes(hashes)), n


def test_lsh_errors_match_datasketch() -> None:
    lsh = pytest.importorskip("datasketch.lsh")
    for threshold in (0.2, 0.5, 0.8):
        for bands, rows in ((32, 4), (16, 8), (128, 1), (9, 3)):
            ours = lsh_errors(threshold, bands, rows)
            theirs = (lsh._false_positive_probability(threshold, bands, rows),
                      lsh._false_negative_probability(threshold, bands, rows))
            assert ours == pytest.approx(theirs, abs=1e-9)


def test_import_pulls_in_neither_scipy_nor_datasketch() -> None:
    code = ("import sys, cleaner, cleaner.dedup; from cleaner.dedup import item_from; "
            "from cleaner.model import Origin; item_from(0, Origin('x', 0), 't', 'a b c d e f', 'en'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scipy', 'datasketch')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_band_keys_matrix_rows_are_band_keys() -> None:
    sigs = np.random.default_rng(5).integers(0, 2**32, (20, NUM_PERM), dtype=np.uint64)
    sigs = sigs.astype(np.uint32)
    matrix = band_keys_matrix(sigs)
    for row, sig in zip(matrix, sigs, strict=True):
        assert np.array_equal(row, band_keys(sig))


_SPACE = re.compile(r"\s+")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_normalize_collapses_whitespace_like_the_regex(text: str) -> None:
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_TABLE)
    assert normalize(text) == _SPACE.sub(" ", folded).strip()


def test_fold_table_leaves_no_whitespace_but_spaces() -> None:
    for code in range(0x110000):
        for ch in chr(code).translate(_TABLE):
            assert ch == " " or not ch.isspace(), hex(code)


@given(st.text(max_size=120), st.sampled_from([None, "en", "zh", "th", "ru"]))
def test_shingle_hashes_are_distinct_and_sorted(text: str, lang: str | None) -> None:
    hashes = shingle_hashes(text, lang)
    assert np.array_equal(hashes, np.unique(hashes))
    seq, _ = units(text, lang)
    assert (len(hashes) == 0) == (len(seq) == 0)


def test_key_index_finds_every_entry_in_memory_and_spilled() -> None:
    import sqlite3

    rng = random.Random(11)
    db = sqlite3.connect(":memory:")
    index = KeyIndex(db, "bands", max_entries=300)  # most batches end up in SQLite
    reference: dict[int, list[int]] = {}
    pool = [rng.getrandbits(64) - 2**63 for _ in range(400)]  # shared keys repeat
    pos = 0
    for _batch in range(30):
        keys, poss = [], []
        for _ in range(rng.randint(0, 60)):
            key = rng.choice(pool) if rng.random() < 0.5 else rng.getrandbits(64) - 2**63
            if (key, pos) in zip(keys, poss, strict=True):
                continue
            keys.append(key)
            poss.append(pos)
            pos += rng.randint(0, 1)
        probe = np.array(pool[:50] + keys[:10] + [0], dtype=np.int64)
        q, p = index.lookup(probe)
        got = sorted(zip(q.tolist(), p.tolist(), strict=True))
        want = sorted((i, x) for i, k in enumerate(probe.tolist()) for x in reference.get(k, []))
        assert got == want
        index.add(np.array(keys, dtype=np.int64), np.array(poss, dtype=np.int64))
        for k, x in zip(keys, poss, strict=True):
            reference.setdefault(k, []).append(x)
        pos += 1
    assert index._spilled and index.in_memory <= 300
    assert len(index) == sum(len(v) for v in reference.values())


def reference_clusters(items: list[DedupItem], threshold: float = 0.5) -> list[int]:
    """The decision rule item by item, by brute force: representative seq per item."""
    parent = list(range(len(items)))

    def find(p: int) -> int:
        while parent[p] != p:
            p = parent[p]
        return p

    keys = [set(band_keys(item.signature).tolist()) for item in items]  # none when empty
    first_id: dict[str, int] = {}
    for pos, item in enumerate(items):
        if is_empty(item.signature):
            continue
        if item.id in first_id:
            matches = [first_id[item.id]]
        else:
            matches = [j for j in range(pos) if keys[pos] & keys[j]
                       and same_language(item.lang, items[j].lang)
                       and similarity(item.signature, items[j].signature) >= threshold]
        first_id.setdefault(item.id, pos)
        key = title_key(item.title)  # a teaser, a paywalled copy: a same-title body held in another
        peers = [j for j in range(pos) if key is not None and title_key(items[j].title) == key
                 and lang_key(items[j].lang) == lang_key(item.lang) and not is_empty(items[j].signature)]
        matches += [j for j in peers[-TITLE_PEERS:]  # the latest few of the title
                    if contained(similarity(item.signature, items[j].signature),
                                 min(item.shingles, items[j].shingles), max(item.shingles, items[j].shingles))
                    >= CONTAINED]
        for j in matches:
            parent[max(find(j), find(pos))] = min(find(j), find(pos))
    best: dict[int, int] = {}
    for pos, item in enumerate(items):
        root = find(pos)
        b = best.get(root)
        if b is None or len(item.text) > len(items[b].text):
            best[root] = pos
    return [items[best[find(p)]].seq for p in range(len(items))]


def corpus(n: int = 260) -> list[DedupItem]:
    """Bench documents, their exact and edited copies far apart, translations, empty bodies
    and ids that are not hex digests."""
    rng = random.Random(5)
    docs = list(documents(n // 2, seed=3))
    out: list[tuple[str | None, str, str | None]] = []
    for title, body, lang, _family in docs:
        out.append((title, body, lang))
        kind = rng.random()
        paras = body.split("\n\n")
        if kind < 0.2:
            out.append((title, body, lang))
        elif kind < 0.45:
            paras[rng.randrange(len(paras))] = rng.choice(docs)[1].split("\n\n")[0]
            out.append((title, "\n\n".join(paras), lang))
        elif kind < 0.55:
            out.append((title, body, "de" if lang != "de" else "fr"))
        elif kind < 0.6:
            out.append((title, "", lang))
    rng.shuffle(out)
    items = [item_from(seq, Origin("c.jsonl", seq), t, b, lang)
             for seq, (t, b, lang) in enumerate(out)]
    for item in items[::17]:  # ids of another shape, shared by exact copies
        item.id = f"doc:{normalize(item.text)[:40]}"
    return [replace(item, seq=10 * item.seq + 3) for item in items]


@pytest.mark.parametrize(("batch", "max_keys"), [(2048, 48_000_000), (7, 48_000_000), (13, 500)])
def test_batched_decisions_equal_the_item_by_item_rule(batch: int, max_keys: int) -> None:
    items = corpus()
    want = reference_clusters(items)
    assert len(set(want)) < len(items) - 20  # the corpus does have duplicates

    class Small(Deduper):
        pass

    Small.batch = batch
    Small.max_keys = max_keys
    with Small() as deduper:
        for item in items:
            deduper.add(item)
        assert len(deduper) == len(items)
        result = deduper.clusters()
        assert [result.representative(item.seq) for item in items] == want
        if max_keys < 48_000_000:
            assert deduper._bands._spilled


def test_a_teaser_or_paywalled_copy_folds_into_its_article_a_same_title_series_post_does_not() -> None:
    """Same title, same language: the smaller body held in the larger is one article (a teaser of
    the first paragraph, the first three of eight paragraphs behind a paywall); a weekly post
    sharing the title and its template sentences is another, and so is a translation."""
    paras = [f"Paragraph {k}: the central bank extended its offline digital rupee pilot to {k + 9} more cities, "
             f"with merchants in district {k} reporting {k * 130} payments on the first day." for k in range(8)]
    title = "RBI extends offline digital rupee pilot to ten more cities"
    series = ["Weekly summary: the central bank extended nothing this week; markets in district 4 stayed closed.",
              paras[1], "Analysts expect the pilot report in June, when the bank publishes its annual review."]
    docs = [(title, "\n\n".join(paras), "en"), (title, paras[0], "en"), (title, "\n\n".join(paras[:3]), "en"),
            (title, "\n\n".join(series), "en"),
            (title, "\n\n".join(f"Absatz {k}: Die Zentralbank weitete ihren Offline-Pilotversuch mit der digitalen "
                                   f"Rupie auf {k + 9} weitere Städte aus." for k in range(3)), "de")]
    with Deduper() as deduper:
        for seq, (t, body, lang) in enumerate(docs):
            deduper.add(item_from(seq, Origin("feed.jsonl", seq), t, body, lang))
        result = deduper.clusters()
        assert [result.representative(seq) for seq in range(len(docs))] == [0, 0, 0, 3, 4]
