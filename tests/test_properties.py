"""Properties of cleaning one document, on arbitrary and on generated spam-laden input.

* cleaning never fails: any text, bytes or HTML gives an Article or a Reject
  with a stated reason, never an exception and never an "internal error";
* the title is one line, and no output paragraph is empty;
* cleaning is idempotent: ``f"{title}\\n\\n{text}"`` cleans to the same title and text;
* nothing is lost silently: every input paragraph not reported in ``removed``
  is in the output;
* time is bounded: no generated document of up to 16,000 characters (runs of
  spaces, punctuation and separators up to 2,000 long included) takes more
  than :data:`DOC_DEADLINE_MS`; see docs/limits.md for the measured figures.
"""

from __future__ import annotations

import os
import re
from datetime import timedelta

import pytest
from ftfy.badness import BADNESS_RE, is_bad
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner import clean_document
from cleaner.decode import gate_hits, looks_like_mojibake
from cleaner.model import Article, Reject
from cleaner.strip.rules import Literals

DOC_DEADLINE_MS = 5_000
EXAMPLES = int(os.environ.get("CLEAN_PROPERTY_EXAMPLES", "40"))  # raise for a deeper search
FAST = settings(max_examples=EXAMPLES, deadline=timedelta(milliseconds=DOC_DEADLINE_MS),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = st.sampled_from([
    "market", "bitcoin", "council", "river", "price", "report", "analysts", "week", "rally", "shares",
    "bank", "vote", "farmers", "storm", "minister", "export", "budget", "court", "ruling", "festival",
    "trial", "data", "record", "growth",
])
SPAM = [
    "Time Stamp:",
    "More from Decrypt",
    "Vertical Search. Ai.",
    "Stay on top of crypto news, get daily updates in your inbox.",
    "PlatoAiStream. Web3 Data Intelligence. Knowledge Amplified. Access Here.",
    "Bitcoin, crypto, markets, Decrypt, PlatoBlockchain Data Intelligence",
]


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Load and compile the rule files once, outside every deadline."""
    clean_document("Warm up\n\nThe rules are compiled on the first call.")


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=6, max_size=18))
    end = draw(st.sampled_from([".", "!", "?", "."]))
    return " ".join(words).capitalize() + end


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, list[str]]:
    """A text dump as the network publishes it: title, echoes, body, trailing spam."""
    title = " ".join(draw(st.lists(WORDS, min_size=4, max_size=10))).capitalize()
    paragraphs = [" ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))
                  for _ in range(draw(st.integers(2, 6)))]
    lines = [title]
    if draw(st.booleans()):
        lines.append(f"{title} - Decrypt PlatoBlockchain Data Intelligence. Vertical Search. Ai.")
    lines += paragraphs
    lines += draw(st.lists(st.sampled_from(SPAM), max_size=3))
    return "\n\n".join(lines), paragraphs


def adversarial_runs() -> st.SearchStrategy[str]:
    piece = st.sampled_from([" ", "  ", "-", " - ", " | ", "|", ".", ",", ";", "#", "&", "<", ">", "\t", ":",
                             "»", "·", "—", "!", "?", '"', "'", "/", "~", "、", "。", "\u00a0"])
    return st.tuples(piece, st.integers(1, 2_000)).map(lambda t: (t[0] * t[1])[:2_000])


def check(result: Article | Reject) -> None:
    if isinstance(result, Reject):
        assert result.reason and not result.reason.startswith("internal error"), result.reason
        return
    assert result.title is None or (result.title.strip() and not re.search(r"[\n\r\u2028\u2029]", result.title))
    assert result.text.strip()
    for paragraph in result.text.split("\n\n"):
        assert paragraph.strip(), result.text


# -- never raises ---------------------------------------------------------------------------


@FAST
@given(st.text(max_size=3_000))
@example("\x00\x00\x00")
@example("\ufeff\u2028\u2029\r\r\n")
@example("&amp;&lt;p&gt;" * 50)
def test_any_text(text: str) -> None:
    check(clean_document(text)[0])


@FAST
@given(st.binary(max_size=3_000))
@example(b"\xff\xfe\x00")
@example(b"\x89PNG\r\n\x1a\n" + bytes(200))
@example(b"\xc3\x28" * 100)
def test_any_bytes(data: bytes) -> None:
    check(clean_document(data)[0])


TAGS = st.sampled_from(["p", "div", "span", "article", "h1", "title", "script", "style", "table", "tr", "td",
                        "li", "ul", "a", "br", "nav", "footer", "!--", "meta", "html", "body", "head"])
HTML_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    parts = ["<!DOCTYPE html>"] if draw(st.booleans()) else []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 4))
        tag = draw(TAGS)
        if kind == 0:
            parts.append(f"<{tag}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        elif kind == 2:
            parts.append(draw(HTML_TEXT))
        elif kind == 3:
            parts.append(f"<{tag}>{draw(sentences())}</{tag}>")
        else:
            parts.append(draw(st.sampled_from(["&amp;", "&#0;", "&#x110000;", "&bogus;", "<![CDATA[x]]>",
                                               "<!ENTITY a 'b'>", "&a;", "<?php ?>", "<p", "</", "<<>>"])))
    return "".join(parts)


@FAST
@given(html_soup())
@example("<html><body>" + "<div>" * 5_000 + "x" + "</div>" * 5_000)
@example('<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><p>&b;&b;</p>')
def test_any_html(page: str) -> None:
    check(clean_document(page, kind="html")[0])
    check(clean_document(page.encode("utf-8", "surrogatepass"), kind="html")[0])


# -- output shape, idempotence, nothing lost ------------------------------------------------


@FAST
@given(articles())
def test_title_is_one_line_and_paragraphs_are_not_empty(sample: tuple[str, list[str]]) -> None:
    dump, _ = sample
    check(clean_document(dump)[0])
    check(clean_document(dump.replace("\n\n", "\r\n"))[0])


@FAST
@given(articles())
def test_cleaning_is_idempotent(sample: tuple[str, list[str]]) -> None:
    dump, _ = sample
    first, _ = clean_document(dump)
    if isinstance(first, Reject) or first.title is None:
        return
    again, _ = clean_document(f"{first.title}\n\n{first.text}")
    assert isinstance(again, Article)
    assert (again.title, again.text) == (first.title, first.text)


@FAST
@given(articles())
def test_every_paragraph_is_kept_or_reported(sample: tuple[str, list[str]]) -> None:
    dump, _ = sample
    result, _ = clean_document(dump)
    if isinstance(result, Reject):
        assert result.reason.startswith("empty article")
        return
    kept = set(result.text.split("\n\n"))
    removed = [r.text for r in result.removed]
    for paragraph in dump.split("\n\n"):
        if paragraph in kept or paragraph == result.title:
            continue
        if any(paragraph == r or paragraph.startswith(r) or paragraph.endswith(r) for r in removed):
            continue  # removed whole, or trimmed with the cut part reported
        pieces = [r for r in removed if r in paragraph]
        rest = paragraph
        for piece in pieces:
            rest = rest.replace(piece, " ")
        assert all(word in result.text or word in (result.title or "") for word in rest.split()), paragraph


@FAST
@given(articles(), st.lists(adversarial_runs(), min_size=1, max_size=6))
def test_adversarial_documents_finish_within_the_deadline(sample: tuple[str, list[str]], runs: list[str]) -> None:
    dump, _ = sample
    lines = dump.split("\n\n")
    for n, run in enumerate(runs):
        lines.insert(1 + n % len(lines), run + lines[n % len(lines)] + run)
    document = "\n\n".join(lines)[:16_000]
    check(clean_document(document)[0])


_MOJIBAKE_POOL = sorted({c for c in BADNESS_RE.pattern if ord(c) > 127}
                        | set("abcAZ .,«»–—’ВГРСвЂΒΓΞΟβāØÙ°µ²³×ПриЁЯжÞ"))


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(_MOJIBAKE_POOL) | st.characters(max_codepoint=0x2200), max_size=24))
def test_the_mojibake_gate_gives_ftfys_answer(text: str) -> None:
    """The cheap gate in front of ftfy's badness check lets through every text that check flags,
    and the windowed search gives ftfy's answer."""
    if is_bad(text):
        assert next(gate_hits(text), None) is not None, ascii(text)
    assert looks_like_mojibake(text) == is_bad(text), ascii(text)
    padded = f"Le café est très bon. {text} Привет «мир». {text}"
    assert looks_like_mojibake(padded) == is_bad(padded), ascii(padded)


def test_the_mojibake_gate_clears_clean_text_of_other_scripts() -> None:
    for clean in ("Привет, «мир» — это тест.", "Η Ελλάδα είναι «όμορφη» – ναι.", "বাংলা লেখা — পরীক্ষা",
                  "مرحبا بالعالم", "東京で「会議」が開かれた。"):
        assert next(gate_hits(clean), None) is None, clean
    assert next(gate_hits("FranÃ§ais"), None) is not None


@pytest.mark.parametrize("text", ["caf\u00e9 \u00bb\u00ab x", "c\u0153 ur", "\u201a\u00e2\u00e0", "\u201d\u00e0 la",
                                  "\u00e9\u201ca", "se\u00f1or ma\u00f1ana", "gr\u00f6\u00dfer \u00fcber"])
def test_accented_small_letters_open_a_search_only_beside_a_quote_mark(text: str) -> None:
    assert looks_like_mojibake(text) == is_bad(text), ascii(text)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)) | st.sampled_from(" \u2013\u2014\u00ab\u201c.,'-"),
               max_size=40))
def test_one_pattern_tokenises_as_chunk_by_chunk(text: str) -> None:
    from cleaner.text import _chunk_token_spans, token_spans

    assert token_spans(text) == _chunk_token_spans(text), ascii(text)


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
_SEPARATOR_AS_WRITTEN = re.compile(r"(?<!\s)(?:\s+(?:[-\u2012\u2013\u2014\u2015\u2212|\u00b7\u2022\u203a<>:~/_]"
                                   r"|\u00bb(?!\s+[-\u2012\u2013\u2014\u2015\u2212|]\s)){1,2}\s+"
                                   r"|\s*[\uff5c\u4e28|]\s*|(?<=[^\x00-\x7f])_(?=[^\s_])|(?<=[^\s_])_(?=[^\x00-\x7f]))"
                                   rf"|(?<=[{_CJK}])[-\u2013\u2014](?=[{_CJK}])")
_ITEM_SPLIT_AS_WRITTEN = re.compile(r"(?<!\s)\s*[,\u3001\uff0c|\u00b7\u2022;#]\s*")


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab -\u2013\u2014\u2015|\u00b7\u2022\u00bb\u203a<>:~/\uff5c\u4e28\t\n,\u3001\uff0c;#_\u5b57\u3000")),
               max_size=16))
def test_patterns_reordered_for_speed_match_as_written(text: str) -> None:
    """The separators open with a character class instead of a look-behind: the same matches."""
    from cleaner.text import _ITEM_SPLIT
    from cleaner.titles.echo import SEPARATOR

    for fast, written in ((SEPARATOR, _SEPARATOR_AS_WRITTEN), (_ITEM_SPLIT, _ITEM_SPLIT_AS_WRITTEN)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in written.finditer(text)]
        assert fast.split(text) == written.split(text)
        for pos in range(len(text) + 1):
            a, b = fast.match(text, pos), written.match(text, pos)
            assert (a and a.span()) == (b and b.span())


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .!?\u0964\u3002\uff01\uff1f\"'\u201d\u2019\u00bb)]\n\t")), max_size=16))
def test_sentence_breaks_are_the_split_patterns_matches(text: str) -> None:
    from cleaner.text import _SENT_SPLIT, _sentence_breaks

    assert list(_sentence_breaks(text)) == [m.end() for m in _SENT_SPLIT.finditer(text)]


@given(st.text(alphabet=st.sampled_from(list("a \r\n\u2028\u2029\x85\x0b\x0c")), max_size=16))
def test_line_break_pattern_matches_as_written(text: str) -> None:
    from cleaner.textsplit import _LINE_BREAKS

    written = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
    assert [m.span() for m in _LINE_BREAKS.finditer(text)] == [m.span() for m in written.finditer(text)]


def _leftmost_longest(words: list[str], text: str) -> list[tuple[int, int]]:
    """The reference: scan left to right, take the longest word starting at each position, jump past it."""
    found, pos = [], 0
    while pos < len(text):
        size = max((len(w) for w in words if text.startswith(w, pos)), default=0)
        if size:
            found.append((pos, pos + size))
            pos += size
        else:
            pos += 1
    return found


@given(st.lists(st.text(alphabet="ab cé字", min_size=1, max_size=5), min_size=1, max_size=8),
       st.lists(st.text(alphabet="ab cé字", max_size=20), min_size=1, max_size=10))
@FAST
def test_the_phrase_matcher_finds_leftmost_longest_literals(words: list[str], texts: list[str]) -> None:
    literals = Literals(sorted(set(words)))
    for text in texts:
        assert [m.span() for m in literals.finditer(text)] == _leftmost_longest(words, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, (1 << 16) - 1), min_size=3 * 5, max_size=3 * 5),
       st.lists(st.integers(0, 4), min_size=1, max_size=8))
def test_float16_rows_widen_to_the_values_astype_gives(bits: list[int], rows: list[int]) -> None:
    """The language model's float16 rows, widened by lookup, bit for bit as numpy's ``astype``
    (normal and subnormal numbers, zeros, infinities and NaNs alike)."""
    import numpy as np

    from cleaner.langs import widen_half

    table = np.array(bits, dtype=np.uint16).view(np.float16).reshape(5, 3)
    idx = np.array(rows, dtype=np.intp)
    assert np.array_equal(widen_half(table, idx).view(np.uint32), table[idx].astype(np.float32).view(np.uint32))


def test_the_concept_finders_word_edge_test_gives_the_regexes_answer() -> None:
    """The concept finder tells a word's edge without a regex for ASCII neighbours: on every
    character of the Basic Multilingual Plane it answers as the two regexes it stands for."""
    from cleaner.strip.concepts import _opens
    from cleaner.text import UNSPACED_CHAR, WORDISH

    for ch in map(chr, range(0x10000)):
        assert _opens(ch) == (not WORDISH.match(ch) or UNSPACED_CHAR.match(ch) is not None), repr(ch)


@given(st.text(max_size=200))
def test_the_scripts_a_text_holds_are_its_letters_scripts(text: str) -> None:
    from cleaner.strip.concepts import _NO_LETTER, _script, _scripts_in

    expected = {"LATIN", _NO_LETTER} if text.isascii() else {_script(ch) for ch in set(text) if ch.isalpha()} | {_NO_LETTER}
    assert _scripts_in(text) == expected


_COLONISH = st.text(alphabet=st.sampled_from(list("ab1_ :|.é\u0301你\uff1a\uff5c\u17d6\u1361\u0589\u055d") + ["\u00e9"]),
                    max_size=12)


@given(st.one_of(_COLONISH, st.text(max_size=40)))
def test_a_labels_colon_is_found_where_the_regex_finds_it(text: str) -> None:
    from cleaner.text import _LABEL_COLON, label_colon

    found, expected = label_colon(text), _LABEL_COLON.search(text)
    assert (found and (found.start(), found.group())) == (expected and (expected.start(), expected.group()))
