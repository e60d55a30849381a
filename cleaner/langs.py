"""Language of a text: py3langid (model shipped in the wheel, nothing downloaded)."""

from __future__ import annotations

from functools import lru_cache

from .text import lang_code

SAMPLE_CHARS = 1500  # enough for a stable answer (same on every fixture as 3,000); cost grows with it
MIN_CONFIDENCE = 0.5


@lru_cache(maxsize=1)
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect(text: str, declared: str | None = None) -> str | None:
    """The text's language; the declared one when the text is too short to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(1 for c in sample if c.isalpha()) < 20:
        return lang_code(declared)
    code, prob = _identifier().classify(sample)
    if prob < MIN_CONFIDENCE and declared:
        return lang_code(declared)
    return lang_code(code)
