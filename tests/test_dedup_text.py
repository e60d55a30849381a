"""Normalisation, ids, shingles and URL keys used by duplicate detection."""

from __future__ import annotations

import re

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from cleaner.dedup.minhash import band_keys, signature, similarity
from cleaner.dedup.text import content_id, normalize, shingles
from cleaner.text import canonical_url, is_unspaced, same_language


def test_normalize_folds_width_case_punctuation_and_digits() -> None:
    assert normalize("Ｂｉｔｃｏｉｎ  PRICE—today!!") == "bitcoin price today"
    # Bengali digits become ASCII, the vowel signs stay part of the word
    assert normalize("লামা ৩ মে মাসে") == "লামা 3 মে মাসে"
    assert normalize("zero\u200bwidth") == "zerowidth"


def test_content_id_ignores_layout_but_not_numbers() -> None:
    a = content_id("T", "Bitcoin was trading at $51,240 on Monday.\n\nSecond paragraph.")
    b = content_id("Other title", "bitcoin was trading at $51 240 on monday   second paragraph")
    c = content_id("T", "Bitcoin was trading at $52,870 on Monday.\n\nSecond paragraph.")
    assert a == b
    assert a != c
    assert len(a) == 16 and int(a, 16) >= 0


def test_content_id_falls_back_to_title_for_empty_body() -> None:
    assert content_id("Only a title", "") != content_id("Another title", "")
    assert content_id(None, "") == content_id(None, "  ")


def test_shingles_use_characters_for_unspaced_scripts() -> None:
    zh = shingles("比特币现货ETF连续第五天资金净流入", "zh")
    assert all(len(s) == 5 and " " not in s for s in zh)
    th = "ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบาย"
    assert is_unspaced(normalize(th))
    assert all(" " not in s for s in shingles(th, None))
    en = shingles("Ethereum core developers on Thursday agreed to activate the upgrade", "en")
    assert "ethereum core developers on thursday" in en
    assert all(len(s.split()) == 5 for s in en)


def test_short_text_is_one_shingle_and_empty_text_has_none() -> None:
    assert shingles("Two words", "en") == {"two words"}
    assert shingles("", "en") == set()
    empty = signature("", "en")
    assert len(band_keys(empty)) == 0
    assert similarity(empty, empty) == 0.0


def test_signature_is_stable_and_estimates_jaccard() -> None:
    text = " ".join(f"word{i}" for i in range(400))
    revised = " ".join(f"word{i}" if i % 10 else f"other{i}" for i in range(400))
    s1, s2 = signature(text, "en"), signature(revised, "en")
    assert s1.dtype == np.uint32 and len(s1) == 128
    assert np.array_equal(s1, signature(text, "en"))
    a, b = shingles(text), shingles(revised)
    exact = len(a & b) / len(a | b)
    assert abs(similarity(s1, s2) - exact) < 0.15


def test_canonical_url_drops_tracking_parameters() -> None:
    base = canonical_url("https://zephyrnet.com/zh-CN/btc-etf-inflows/")
    assert canonical_url("https://www.zephyrnet.com/zh-CN/btc-etf-inflows?fbclid=IwAR3") == base
    assert canonical_url("http://zephyrnet.com/zh-CN/btc-etf-inflows/?utm_source=x#top") == base
    assert canonical_url("https://zephyrnet.com/?p=12") != canonical_url("https://zephyrnet.com/?p=13")
    assert canonical_url(None) is None


def test_same_language() -> None:
    assert same_language("zh", "zh-CN")
    assert same_language(None, "en")
    assert not same_language("zh-CN", "zh-TW")
    assert not same_language("en", "bn")


@given(st.text(max_size=300))
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert "  " not in once and once == once.strip()


@given(st.lists(st.sampled_from(["Meta", "Llama", "3", "মে", "比特币", "ราคา", "—", ","]),
                min_size=1, max_size=40))
def test_content_id_ignores_spacing_and_case(words: list[str]) -> None:
    text = " ".join(words)
    assert content_id(None, text) == content_id(None, "\n\n ".join(w.upper() for w in words))


def test_word_maps_rest_on_tables_that_keep_whitespace_whitespace() -> None:
    from cleaner.dedup.text import _TABLE
    from cleaner.text import _KEY_TABLE

    for code in range(0x110000):
        if chr(code).isspace():
            for table in (_TABLE, _KEY_TABLE):
                mapped = chr(code).translate(table)
                assert mapped and mapped.isspace(), hex(code)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80))
def test_word_by_word_keys_equal_whole_text_translation(text: str) -> None:
    import unicodedata

    from cleaner.dedup.text import _TABLE
    from cleaner.text import _KEY_TABLE, line_key

    folded = unicodedata.normalize("NFKC", text).casefold()
    # a number folds whole: its digits to one "0" ("残り812文字" and "残り1046文字" are one line)
    assert line_key(text) == re.sub("0{2,}", "0", " ".join(folded.translate(_KEY_TABLE).split()))
    assert normalize(text) == " ".join(folded.translate(_TABLE).split())
