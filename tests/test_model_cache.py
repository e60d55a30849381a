"""The unpacked language model: the same answers from the memory-mapped copy, and every way the
copy can be missing or broken falls back to unpacking the shipped model."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import langs, model_cache

SAMPLES = [
    "Привет, как дела? Это тестовый текст на русском языке о погоде и ценах на хлеб.",
    "The quick brown fox jumps over the lazy dog near the river bank this morning.",
    "Der Bundesrat hat am Freitag ein neues Gesetz über digitale Vermögenswerte beschlossen.",
    "مرحبا بالعالم، هذا نص تجريبي باللغة العربية عن الطقس والأسعار في المدينة.",
]


def _classify(monkeypatch: pytest.MonkeyPatch, setting: str) -> list[tuple[str, float]]:
    monkeypatch.setenv("CLEAN_ARTICLE_CACHE", setting)
    langs._identifier.cache_clear()
    try:
        ident = langs._identifier()
        return [ident.classify(t) for t in SAMPLES]
    finally:
        langs._identifier.cache_clear()


def test_the_mapped_copy_answers_as_the_shipped_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = _classify(monkeypatch, "off")
    first = _classify(monkeypatch, str(tmp_path))  # unpacks and writes the copy
    assert list(tmp_path.iterdir()), "no copy written"
    assert model_cache.load() is not None
    mapped = _classify(monkeypatch, str(tmp_path))  # reads it
    assert shipped == first == mapped
    assert [code for code, _ in mapped] == ["ru", "en", "de", "ar"]


def test_a_broken_copy_is_ignored_and_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEAN_ARTICLE_CACHE", str(tmp_path))
    folder = tmp_path / model_cache._key()
    folder.mkdir()
    (folder / "meta.json").write_text("{not json")
    assert model_cache.load() is None
    assert _classify(monkeypatch, str(tmp_path))[0][0] == "ru"


def test_an_unwritable_cache_directory_is_not_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the directory would go")
    assert _classify(monkeypatch, str(blocked / "sub"))[1][0] == "en"


def test_the_memoised_walk_counts_what_the_library_walk_counts() -> None:
    from py3langid.langid import visit_counts

    ident = langs._identifier()
    texts = [*SAMPLES, " ".join(SAMPLES), "  double  spaces and a trailing space ", "", "x"]
    for text in texts * 2:  # the second round is answered from the memo
        data = ident._encode(text)
        expected = visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, data)
        got = langs.feature_counts(ident, data)
        assert got == expected
        assert list((got or {}).items()) == list((expected or {}).items())  # same order: same float sums
