"""The tracking store across runs, under concurrent writers and interrupted runs."""

from __future__ import annotations

import multiprocessing as mp
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cleaner.dedup import Deduper, Store, StoreError, item_from
from cleaner.model import Origin
from scripts.dedup_scoring import load_case
from scripts.scoring import dedup_case_across_runs

CASES = Path(__file__).resolve().parent.parent / "fixtures" / "dedup"


def items_of(case: str, start: int = 0) -> list:
    docs = load_case(CASES / case)
    return [item_from(start + i, d.origin, d.title, d.text, d.lang, d.url)
            for i, d in enumerate(docs)]


def run(state: Path, items: list, *, seen: str) -> dict[str, int]:
    with Store.open(state) as store, Deduper(store) as deduper:
        for item in items:
            deduper.add(item)
        counts = deduper.clusters().counts()
        deduper.commit(seen=seen)
    return counts


def test_second_run_sees_only_new_items_as_new(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    first = items_of("recrawl_revised")
    counts1 = run(state, first, seen="2024-02-11T00:00:00+00:00")
    assert counts1 == {"items": 3, "kept": 2, "folded": 1, "new": 2, "known": 0}

    second = items_of("recrawl_revised") + items_of("multilingual", start=100)
    with Store.open(state) as store, Deduper(store) as deduper:
        for item in second:
            deduper.add(item)
        result = deduper.clusters()
        # the multilingual en_solana copies are the Solana article of the first run
        old = {item.seq for item in second[:3]} | {
            item.seq for item in second if item.origin.path.startswith("en_solana")}
        for item in second:
            known = result.known(item.seq)
            assert (known is not None) == (item.seq in old), item.origin
        # kept copies: ETH and Solana are known, 9 multilingual clusters are new
        assert result.counts() == {"items": 18, "kept": 11, "folded": 7, "new": 9, "known": 2}
        deduper.commit(seen="2024-02-12T00:00:00+00:00")
        stats = store.stats()
        assert stats["articles"] == 2 + 9  # 15 multilingual inputs in 10 clusters, 1 known
        rec = store.get(first[0].id)
        assert rec is not None
        assert rec["first_seen"] == "2024-02-11T00:00:00+00:00"
        assert rec["last_seen"] == "2024-02-12T00:00:00+00:00"
        assert rec["count"] == 2  # the same two origins seen again are not counted twice
        solana = store.get(first[2].id)
        assert solana is not None and solana["count"] == 3
        assert "en_solana_recrawl.txt#0" in solana["origins"]


def test_rerun_is_idempotent(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    items = items_of("tracking_urls")
    run(state, items, seen="2024-03-01T00:00:00+00:00")
    with Store.open(state) as store:
        before = store.stats()
    counts = run(state, items, seen="2024-03-02T00:00:00+00:00")
    assert counts["new"] == 0 and counts["known"] == 2
    with Store.open(state) as store:
        assert store.stats() == before
        rec = store.get(items[0].id)
        assert rec is not None and rec["count"] == 3
        # tracking parameters are gone from the recorded URLs
        assert rec["urls"] == ["https://zephyrnet.com/zh-CN/btc-etf-inflows"]


def test_known_variant_found_through_bands_not_only_ids(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    items = items_of("translation")
    en = next(i for i in items if i.origin.path == "decrypt_llama3_en.txt")
    en2 = next(i for i in items if i.origin.path == "decrypt_llama3_en_recrawl.txt")
    es = next(i for i in items if i.origin.path == "zephyrnet_es_llama3.txt")
    with Store.open(state) as store:
        match, aid = store.record(en)
        assert match is None
        known = store.lookup(en2)
        assert known is not None and known.aid == aid and not known.exact
        assert 0.5 <= known.similarity < 1.0
        assert store.lookup(es) is None  # a translation is not the stored article


def write_batch(args: tuple[str, int]) -> None:
    state, worker = args
    items = [item_from(i, Origin(f"worker{worker}.jsonl", i), "Shared",
                       f"Shared article number {i} " + " ".join(f"w{i}x{k}" for k in range(60)),
                       "en")
             for i in range(40)]
    run(Path(state), items, seen=f"2024-01-0{worker + 1}T00:00:00+00:00")


def test_concurrent_writers_leave_store_consistent(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    ctx = mp.get_context("spawn")
    with ctx.Pool(2) as pool:
        pool.map(write_batch, [(str(state), 0), (str(state), 1)])
    conn = sqlite3.connect(state)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # both runs saw the same 40 articles: each stored once, with both sightings
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 40
    assert conn.execute("SELECT COUNT(DISTINCT id) FROM articles").fetchone()[0] == 40
    assert conn.execute("SELECT MIN(count), MAX(count) FROM articles").fetchone() == (2, 2)
    assert conn.execute("SELECT COUNT(*) FROM sightings").fetchone()[0] == 80
    orphans = conn.execute(
        "SELECT COUNT(*) FROM bands WHERE aid NOT IN (SELECT aid FROM articles)").fetchone()[0]
    assert orphans == 0
    conn.close()


def test_run_killed_before_commit_leaves_previous_state(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    run(state, items_of("byte_identical"), seen="2024-01-01T00:00:00+00:00")
    with Store.open(state) as store:
        before = store.stats()
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
        from test_dedup_store import items_of
        from cleaner.dedup import Deduper, Store
        store = Store.open({str(state)!r})
        deduper = Deduper(store)
        for item in items_of("multilingual"):
            deduper.add(item)
        with store.transaction():
            for item in items_of("dump_vs_feed", start=50):
                store.record(item)
            os._exit(3)  # the process dies in the middle of writing
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).parent.parent,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)})
    assert proc.returncode == 3
    with Store.open(state) as store:
        assert store.stats() == before
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # and a complete re-run afterwards gives the same state as a run that never died
    run(state, items_of("multilingual"), seen="2024-01-02T00:00:00+00:00")
    with Store.open(state) as store:
        after = store.stats()
    fresh = tmp_path / "fresh.sqlite"
    run(fresh, items_of("byte_identical"), seen="2024-01-01T00:00:00+00:00")
    run(fresh, items_of("multilingual"), seen="2024-01-02T00:00:00+00:00")
    with Store.open(fresh) as store:
        assert store.stats() == after


def test_writes_outside_a_transaction_are_refused(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite") as store:
        item = items_of("byte_identical")[0]
        with pytest.raises(StoreError):
            store.add(item.id, item.signature, lang="ru", title=None, length=1, sightings=[])


def test_layout_mismatch_is_refused(tmp_path: Path) -> None:
    state = tmp_path / "s.sqlite"
    Store.open(state).close()
    conn = sqlite3.connect(state)
    conn.execute("UPDATE meta SET value = '64' WHERE key = 'num_perm'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError):
        Store.open(state)


def test_title_only_items_are_never_merged_or_stored(tmp_path: Path) -> None:
    state = tmp_path / "s.sqlite"
    items = [item_from(i, Origin("feed.jsonl", i), "Bitcoin Price Today", "", "en")
             for i in range(3)]
    with Store.open(state) as store, Deduper(store) as deduper:
        for item in items:
            deduper.add(item)
        result = deduper.clusters()
        assert [result.representative(i) for i in range(3)] == [0, 1, 2]
        summary = deduper.commit()
        assert summary.added == 0 and summary.skipped == 3
        assert store.record(items[0]) == (None, -1)
        assert store.stats()["articles"] == 0


def test_items_must_come_in_input_order() -> None:
    a, b = items_of("byte_identical")[:2]
    with Deduper() as deduper:
        deduper.add(b)
        with pytest.raises(ValueError):
            deduper.add(a)


BLIND = CASES.parent / "dedup-blind"
CASE_DIRS = sorted(p for root in (CASES, BLIND) for p in root.iterdir() if (p / "expected.json").exists())


@pytest.mark.parametrize("reverse", [False, True], ids=["as listed", "reversed"])
@pytest.mark.parametrize("case", CASE_DIRS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_file_in_a_run_of_its_own_clusters_as_one_run_does(case: Path, reverse: bool) -> None:
    """A daily job meets a teaser, a paywalled copy or a recrawl in a later run than the article:
    the store must join them as a single run joins them, and keep different articles apart."""
    scores = dedup_case_across_runs(case, reverse=reverse)
    assert scores.false_merges == [] and scores.missed == []


def test_a_later_teaser_is_a_sighting_and_a_later_whole_article_its_next_version(tmp_path: Path) -> None:
    """Containment across runs: the Italian paywalled page a day after the whole article is seen
    again, not a revision; the Chinese live page's evening state a day after its morning state, and
    the Hindi article after its teaser, come back as the next version of the article."""
    from cleaner import Options
    from cleaner import run as clean_run

    for case, first, second, revised in (
            ("paywall_truncated_it", "platodata_it_feed.json", "ilsoledigitale_poste_euro_digitale.html", 0),
            ("live_updated_story_zh", "zephyrnet_zh_live.jsonl", "xlera8_zh_typhoon_live_evening.html", 1),
            ("teaser_excerpt_hi", "platodata_hi_teasers.jsonl", "zephyrnet_hi_erupee_offline.txt", 1)):
        state = str(tmp_path / f"{case}.sqlite")
        clean_run([str(BLIND / case / first)], Options(state=state), write=lambda _a: None, reject=print)
        written = []
        summary = clean_run([str(BLIND / case / second)], Options(state=state), write=written.append, reject=print)
        assert (summary.known, summary.revisions) == (1 - revised, revised), case
        assert [a.version for a in written] == [2] * revised, case
        with Store.open(state) as store:
            assert store.stats()["versions"] - store.stats()["articles"] == revised, case


def test_a_schema_two_store_learns_title_keys_and_keeps_working(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    first = items_of("same_title")
    run(state, first, seen="2024-02-11T00:00:00+00:00")
    with sqlite3.connect(state) as conn:  # as the previous release wrote it
        conn.execute("DROP INDEX titled")
        for column in ("shingles", "tkey"):
            conn.execute(f"ALTER TABLE articles DROP COLUMN {column}")
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema'")
    counts = run(state, first, seen="2024-02-12T00:00:00+00:00")
    assert counts["new"] == 0 and counts["known"] == counts["kept"]
    assert (tmp_path / "state.sqlite.schema2.bak").exists()
    with sqlite3.connect(state) as conn:
        keys = conn.execute("SELECT COUNT(*) FROM articles WHERE tkey IS NOT NULL").fetchone()[0]
        schema = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()[0]
    assert keys > 0 and schema == "3"
