"""Language of a text: py3langid (model shipped in the wheel, nothing downloaded)."""

from __future__ import annotations

from functools import lru_cache

ALIASES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro", "zh-cn": "zh", "zh-tw": "zh"}
SAMPLE_CHARS = 3000
MIN_CONFIDENCE = 0.5


def normalize_code(code: str | None) -> str | None:
    """ISO 639-1 from a declared tag: "pt-BR" -> "pt", "iw" -> "he"."""
    if not code or not isinstance(code, str):
        return None
    code = code.strip().replace("_", "-").lower()
    code = ALIASES.get(code, code)
    base = code.split("-")[0]
    base = ALIASES.get(base, base)
    return base if len(base) == 2 and base.isalpha() else None


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str, declared: str | None = None) -> str | None:
    """The text's language; the declared one when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(1 for c in sample if c.isalpha()) < 20:
        return normalize_code(declared)
    code, prob = _identifier().classify(sample)
    if prob < MIN_CONFIDENCE and declared:
        return normalize_code(declared)
    return normalize_code(code)
