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


def _concepts(sources: list[bytes]):  # type: ignore[no-untyped-def]
    from cleaner.strip.concepts import Concepts

    concepts = Concepts()
    concepts.merge({"concepts": {"inbox": {"en": ["inbox", "mailbox"], "de": ["postfach"]},
                                 "cadence": {"en": ["daily", "weekly"], "ja": ["毎週"]}},
                    "recipes": {"newsletter": [["inbox", "cadence"]]}, "subjects": {"newsletter": ["inbox"]}})
    concepts.sources = sources
    return concepts.compile()


def test_the_concept_index_is_stored_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLEAN_ARTICLE_CACHE", str(tmp_path))
    line = "Get the weekly digest in your inbox, 毎週"
    derived = _concepts([b"rules v1"])
    found = derived.found(line)
    copies = list(tmp_path.glob("concepts-index-*.marshal"))
    assert len(copies) == 1
    loaded = _concepts([b"rules v1"])
    assert loaded.found(line) == found == {"en": frozenset({"inbox", "cadence"}), "ja": frozenset({"cadence"})}
    assert loaded._index == derived._index and loaded._subject_index == derived._subject_index
    _concepts([b"rules v2"]).built()  # other rules: another copy, never the first one's index
    assert len(list(tmp_path.glob("concepts-index-*.marshal"))) == 2
    copies[0].write_bytes(b"\x00broken")
    assert _concepts([b"rules v1"]).found(line) == found  # a broken copy is derived again


def test_old_copies_are_pruned(tmp_path: Path) -> None:
    import os

    for age in range(6):
        item = tmp_path / f"concepts-index-{age:016x}.marshal"
        item.write_bytes(b"x")
        os.utime(item, (1_000_000 - age, 1_000_000 - age))
    (tmp_path / "justext-stopwords-0.marshal").write_bytes(b"x")
    model_cache.prune(tmp_path, "concepts-index")
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == [f"concepts-index-{age:016x}.marshal" for age in range(model_cache.KEEP)] + [
        "justext-stopwords-0.marshal"]


def test_the_model_copy_is_named_after_the_release_not_the_install(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import shutil

    model = tmp_path / "model.plzma"
    shutil.copy(model_cache._model_path(), model)
    monkeypatch.setattr(model_cache, "_model_path", lambda: model)
    before = model_cache._key()
    os.utime(model, (1_000_000, 1_000_000))  # the same wheel installed again, in another environment
    assert model_cache._key() == before
