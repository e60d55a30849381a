"""Duplicate clusters on the fixture cases against their expected.json."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.dedup import Deduper, item_from
from scripts.dedup_scoring import evaluate_case, evaluate_pairs, load_case

CASES = Path(__file__).resolve().parent.parent / "fixtures" / "dedup"
CASE_NAMES = sorted(p.name for p in CASES.iterdir() if (p / "expected.json").exists())


def run_case(name: str) -> tuple[list, dict[str, int]]:
    docs = load_case(CASES / name)
    with Deduper() as deduper:
        for seq, d in enumerate(docs):
            deduper.add(item_from(seq, d.origin, d.title, d.text, d.lang, d.url))
        result = deduper.clusters()
        reps = {d.key: docs[result.representative(seq)].key for seq, d in enumerate(docs)}
    return docs, reps


def test_all_cases_present() -> None:
    assert {"recrawl_revised", "dump_vs_feed", "byte_identical", "tracking_urls",
            "same_title", "translation", "multilingual"} <= set(CASE_NAMES)


@pytest.mark.parametrize("name", CASE_NAMES)
def test_case_pairs(name: str) -> None:
    scores = evaluate_case(CASES / name)
    assert scores.false_merges == []
    assert scores.missed == []
    assert scores.precision == 1.0 and scores.recall == 1.0


def test_translations_stay_apart_and_recrawls_fold() -> None:
    docs, reps = run_case("translation")
    en, en2 = "decrypt_llama3_en.txt#0", "decrypt_llama3_en_recrawl.txt#0"
    bn, bn2 = "zephyrnet_bn_llama3.txt#0", "zephyrnet_bn_llama3_recrawl.txt#0"
    es = "zephyrnet_es_llama3.txt#0"
    assert reps[en] == reps[en2]
    assert reps[bn] == reps[bn2]
    assert len({reps[en], reps[bn], reps[es]}) == 3
    langs = {d.key: d.lang for d in docs}
    assert (langs[en], langs[bn], langs[es]) == ("en", "bn", "es")


def test_same_title_daily_posts_stay_apart() -> None:
    docs, reps = run_case("same_title")
    days = [f"bitcoin_price_today.jsonl#{i}" for i in range(4)]
    assert len({reps[k] for k in days}) == 4
    assert reps["bitcoin_price_today.jsonl#4"] == reps["bitcoin_price_today.jsonl#1"]
    assert reps["ja_boj_1.txt#0"] != reps["ja_boj_2.txt#0"]


def test_kept_copy_is_longest_body() -> None:
    docs, reps = run_case("same_title")
    by_key = {d.key: d for d in docs}
    # the corrected Tuesday post (record 4) is longer, so it is kept although it came later
    assert len(by_key["bitcoin_price_today.jsonl#4"].text) > len(
        by_key["bitcoin_price_today.jsonl#1"].text)
    assert reps["bitcoin_price_today.jsonl#1"] == "bitcoin_price_today.jsonl#4"


def test_byte_identical_keeps_first_and_folds_origins() -> None:
    docs = load_case(CASES / "byte_identical")
    with Deduper() as deduper:
        for seq, d in enumerate(docs):
            deduper.add(item_from(seq, d.origin, d.title, d.text, d.lang, d.url))
        result = deduper.clusters()
        keys = [d.key for d in docs]
        first = keys.index("cbr_rate (1).txt#0")  # sorted input order: "cbr_rate (1)" first
        rep = result.representative(keys.index("mirror/cbr-rate-copy.txt#0"))
        assert rep == first
        folded = {o.path for o in result.folded(first)}
        assert folded == {"cbr_rate.txt", "mirror/cbr-rate-copy.txt"}
        assert result.counts() == {"items": 4, "kept": 2, "folded": 2, "new": 2, "known": 0}


def test_evaluate_pairs_counts_same_title_merges() -> None:
    titles = {"a#0": "Bitcoin Price Today", "b#0": "bitcoin price today!", "c#0": "Other"}
    scores = evaluate_pairs([["a#0", "b#0", "c#0"]], [["a#0", "c#0"]], titles)
    assert scores.true_pos == 1 and scores.false_pos == 2 and scores.false_neg == 0
    assert scores.same_title_false_merges == [("a#0", "b#0")]
    assert scores.precision == pytest.approx(1 / 3)
    assert evaluate_pairs([], [["a#0", "b#0"]]).recall == 0.0


def test_clusters_from_written_records(tmp_path: Path) -> None:
    from scripts.dedup_scoring import clusters_from_records

    case = CASES / "byte_identical"
    records = [
        {"origin": {"path": str(case / "cbr_rate (1).txt"), "index": 0},
         "duplicates": [{"path": str(case / "cbr_rate.txt"), "index": 0},
                        {"path": "mirror/cbr-rate-copy.txt", "index": 0}]},
        {"origin": {"path": str(case / "aivazovsky.txt"), "index": 0}, "duplicates": []},
    ]
    predicted = clusters_from_records(records, case)
    assert predicted == [["cbr_rate (1).txt#0", "cbr_rate.txt#0", "mirror/cbr-rate-copy.txt#0"]]
    scores = evaluate_pairs(predicted, [["cbr_rate.txt#0", "cbr_rate (1).txt#0",
                                         "mirror/cbr-rate-copy.txt#0"]])
    assert scores.precision == 1.0 and scores.recall == 1.0


def test_clusters_are_connected_components_of_verified_pairs() -> None:
    from cleaner.model import Origin

    words = [f"token{i:03d}" for i in range(300)]  # equal lengths: the first is kept
    x, z, y = (" ".join(words[a : a + 200]) for a in (0, 100, 50))  # y overlaps both
    with Deduper() as deduper:
        for seq, text in enumerate([x, z, y]):
            deduper.add(item_from(seq, Origin("w.jsonl", seq), None, text, "en"))
        result = deduper.clusters()
        # x and z share a third of their shingles (apart), y shares ~60% with each
        assert {result.representative(s) for s in range(3)} == {0}
        assert [o.index for o in result.folded(0)] == [1, 2]
