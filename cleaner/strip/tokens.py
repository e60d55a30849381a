"""Language-independent tokens and line keys.

Python's ``\\w`` does not match the combining vowel signs of Indic scripts, so
words are whitespace-separated chunks with punctuation trimmed at the edges.
Scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar)
are cut into character bigrams, which behave like words for overlap measures.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Scripts written without spaces between words.
_UNSPACED = (
    "\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
)
_UNSPACED_RUN = re.compile(f"[{_UNSPACED}]+")
_CHUNK = re.compile(r"[^\s\u2013\u2014]+")
# Sentence ends in the scripts the network publishes (Latin, Devanagari danda,
# CJK full stops, Arabic/Urdu marks, Armenian, Ethiopic).
SENTENCE_END = ".!?\u0964\u0965\u3002\uff01\uff1f\u061f\u06d4\u0589\u1362"
_SENT_SPLIT = re.compile(f"(?<=[{re.escape(SENTENCE_END)}])[\"'”’»)\\]]*\\s+|(?<=[\u3002\uff01\uff1f])")


@lru_cache(maxsize=4096)
def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _trim(chunk: str) -> tuple[int, int]:
    start, end = 0, len(chunk)
    while start < end and _is_punct(chunk[start]):
        start += 1
    while end > start and _is_punct(chunk[end - 1]):
        end -= 1
    return start, end


def token_spans(text: str) -> list[tuple[int, int, str]]:
    """Tokens of ``text`` with their character spans, casefolded."""
    out: list[tuple[int, int, str]] = []
    for match in _CHUNK.finditer(text):
        chunk = match.group()
        a, b = _trim(chunk)
        if a == b:
            continue
        base = match.start()
        word = chunk[a:b]
        pos = 0
        for run in _UNSPACED_RUN.finditer(word):
            if run.start() > pos:
                out.append((base + a + pos, base + a + run.start(), word[pos : run.start()].casefold()))
            seg = run.group()
            if len(seg) == 1:
                out.append((base + a + run.start(), base + a + run.end(), seg))
            else:
                for i in range(len(seg) - 1):
                    s = base + a + run.start() + i
                    out.append((s, s + 2, seg[i : i + 2]))
            pos = run.end()
        if pos < len(word):
            out.append((base + a + pos, base + b, word[pos:].casefold()))
    return out


def tokens(text: str) -> list[str]:
    """Casefolded tokens of ``text`` (see module docstring)."""
    return [t for _, _, t in token_spans(text)]


_LETTER = re.compile(r"[^\W\d_]")


def is_unspaced(text: str) -> bool:
    """Whether most letters of ``text`` belong to scripts written without spaces."""
    if text.isascii():
        return False
    hits = sum(len(run) for run in _UNSPACED_RUN.findall(text))
    if not hits:
        return False
    return hits * 2 > len(_LETTER.findall(text))


_CJK_RUN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def word_count(text: str) -> int:
    """Words in ``text``; in unspaced scripts a word is about two CJK or four Thai letters."""
    if is_unspaced(text):
        letters = len(_LETTER.findall(text))
        cjk = sum(len(run) for run in _CJK_RUN.findall(text))
        return max(1, round(cjk / 2 + (letters - cjk) / 4))
    return sum(1 for _ in _CHUNK.finditer(text))


def sentence_starts(text: str) -> list[int]:
    """Offsets where the sentences of a paragraph begin (always starts with 0)."""
    starts = [0]
    for match in _SENT_SPLIT.finditer(text):
        if 0 < match.end() < len(text) and match.end() != starts[-1]:
            starts.append(match.end())
    return starts


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping their text verbatim."""
    starts = sentence_starts(text) + [len(text)]
    parts = [text[a:b] for a, b in zip(starts, starts[1:], strict=False) if text[a:b].strip()]
    return parts or [text]


def line_key(text: str) -> str:
    """A line's identity across pages: case, digits, punctuation and spacing folded (CCNet)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = "".join("0" if c.isdigit() else " " if _is_punct(c) else c for c in folded)
    return " ".join(folded.split())


def ends_sentence(text: str) -> bool:
    """Whether the text ends like a sentence (., !, ?, danda, 。...), ignoring closing quotes."""
    stripped = text.rstrip().rstrip("\"'”’»)]）」』")
    return bool(stripped) and stripped[-1] in SENTENCE_END
