"""The text toolkit every stage shares: scripts, tokens, sentences, URLs, language codes, hashing.

One definition of each idea, so that the strip steps, the title logic and dedup agree on what a
word, a sentence, an unspaced script or a tracking parameter is.

- Words are whitespace-separated chunks with punctuation trimmed at the edges: Python's ``\\w``
  misses the combining vowel signs of Indic scripts. Scripts written without spaces (Chinese,
  Japanese kana, Thai, Lao, Khmer, Myanmar) are cut into character bigrams, which behave like
  words for overlap measures.
- A text is *unspaced* when at least 30% of its letters belong to those scripts (digits and
  punctuation do not vote), so a Japanese sentence full of Latin product names still counts.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

# -- scripts ------------------------------------------------------------------------------

UNSPACED_RANGES = (
    "\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
    "\uff66-\uff9f"  # half-width Katakana
)
UNSPACED_CHAR = re.compile(f"[{UNSPACED_RANGES}]")
UNSPACED_RUN = re.compile(f"[{UNSPACED_RANGES}]+")
_ABOVE_INDIC = re.compile("[\u0e00-\uff9f]")  # spans every unspaced range
_SPACED_WORD = re.compile(r"[^\W\d_]+")
_KATAKANA_RUN = re.compile("[\u30a1-\u30ff\uff66-\uff9f]+")
_HIRAGANA_RUN = re.compile("[\u3041-\u309f]+")
CJK_RUN = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+")
UNSPACED_LANGS = frozenset({"zh", "ja", "th", "lo", "km", "my"})
UNSPACED_SHARE = 0.3  # share of letters in unspaced scripts that makes a text unspaced
LETTER = re.compile(r"[^\W\d_]")


def _mark_ranges() -> str:
    """Every combining mark of the Basic Multilingual Plane (categories Mn, Mc, Me), as a regex
    class's ranges: the vowel signs of Khmer, Thai, Myanmar and the rest are part of their words."""
    ranges: list[list[int]] = []
    for code in range(0x300, 0x10000):
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


# Combining signs that Python's \w leaves out (so "से अधिक" does not match inside "सबसे अधिक", and
# "កែវ" is one word); letters and marks are word characters, digits are boundaries. The Indic
# blocks are whole (their signs and a few letters besides), as the rules were written with them.
MARKS = "\u0900-\u0dff" + _mark_ranges()
WORDISH = re.compile(rf"[^\W\d_]|[{MARKS}]")
_NAME_LETTERS = rf"(?:[^\W\d_]|[{MARKS}])+"  # a name's letters with their marks: "Ògúnlékè", "कृष्णप्रसाद"
NAME_WORD = re.compile(rf"{_NAME_LETTERS}(?:['’.-]{_NAME_LETTERS[:-1]}*)*")  # "Wing-yan", "O'Neill", "J."
NAME_TOKEN = re.compile(rf"{_NAME_LETTERS}(?:['’-]{_NAME_LETTERS})*")  # ... a name's word in a line, its stop apart


def is_unspaced(text: str) -> bool:
    """Whether at least 30% of the letters of ``text`` belong to scripts written without spaces."""
    if text.isascii():
        return False
    first = _ABOVE_INDIC.search(text)  # one range tests four times faster than the eight
    if first is None:
        return False
    hits = sum(len(run) for run in UNSPACED_RUN.findall(text, first.start()))
    if not hits:
        return False
    return hits >= UNSPACED_SHARE * len(LETTER.findall(text))


@lru_cache(maxsize=8192)
def _script_of(ch: str) -> str:
    name = unicodedata.name(ch, "")
    script = name.split(" ", 1)[0]
    return "CJK" if script in ("HIRAGANA", "KATAKANA", "CJK", "HALFWIDTH", "FULLWIDTH") else script


def dominant_script(text: str, share: float = 0.6) -> str | None:
    """The writing system of most of ``text``'s letters ("LATIN", "CYRILLIC", "ETHIOPIC", "CJK",
    ...), from the Unicode character names; None when no script holds ``share`` of them."""
    if text.isascii():  # (every ASCII letter is Latin)
        return "LATIN" if any(ch.isalpha() for ch in text) else None
    counts: dict[str, int] = {}
    total = 0
    for ch, n in Counter(text).items():  # each character once, in order of first appearance
        if ch.isalpha():
            script = _script_of(ch)
            counts[script] = counts.get(script, 0) + n
            total += n
    if not total:
        return None
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= share * total else None


def has_script(text: str, script: str) -> bool:
    """Whether any letter of ``text`` belongs to ``script`` (a name from :func:`dominant_script`)."""
    return any(ch.isalpha() and _script_of(ch) == script for ch in text)


_SPACE_RUN = re.compile(r"\s+")


def one_line(text: str) -> str:
    """``text`` on one line, each whitespace run one space; a run of ideographic spaces alone
    stays one ideographic space: in a CJK headline it parts two clauses ("櫻花季\u3000旅客擠爆").
    A zero-width space or joiner beside a space or at either end is part of the run ("Title -\u200b
    Outlet\u200b", as a scraper saved it); between two letters it is a script's word break, kept."""
    if "\u200b" in text or "\ufeff" in text or "\u2060" in text:
        text = _ZERO_WIDTH_EDGE.sub(" ", text)
    if "\u3000" not in text:
        return " ".join(text.split())
    return _SPACE_RUN.sub(lambda m: "\u3000" if set(m.group()) == {"\u3000"} else " ", text).strip()


_ZERO_WIDTH = "\u200b\u2060\ufeff"  # zero-width space, word joiner, zero-width no-break space
_ZERO_WIDTH_EDGE = re.compile(f"[{_ZERO_WIDTH}]*(?:\\s+[{_ZERO_WIDTH}]*)+|^[{_ZERO_WIDTH}]+|[{_ZERO_WIDTH}]+$")


def fold(text: str) -> str:
    """Case-fold for matching; Turkish dotted capitals lose their combining dot, Greek vowels their
    tonos (capitals are written without it: "ΔΙΑΦΗΜΙΣΗ" is "διαφήμιση"); same length."""
    folded = text.casefold().replace("\u0307", "")
    return folded.translate(_GREEK_TONOS) if _TONOS.search(folded) else folded


_TONOS = re.compile("[\u0390\u03ac-\u03b0\u03cc-\u03ce]")  # found by the engine's own scan, not a Python loop
_GREEK_TONOS = str.maketrans("\u03ac\u03ad\u03ae\u03af\u03cc\u03cd\u03ce\u0390\u03b0",
                             "\u03b1\u03b5\u03b7\u03b9\u03bf\u03c5\u03c9\u03ca\u03cb")


@lru_cache(maxsize=8192)  # words recur across the lines of a page and the pages of a run
def latin_letters(text: str) -> str:
    """``text`` transliterated to Latin (anyascii), lower case, letters only: "ՊլատոԲլոկչեյն" ->
    "platoblokcheyn". A comparison key across scripts, not a reading."""
    from anyascii import anyascii

    if "\u0d31\u0d4d\u0d31" in text:  # Malayalam's doubled "ṟ" (റ്റ) is said "tt", as loanwords use it
        text = text.replace("\u0d31\u0d4d\u0d31", "\u0d1f\u0d4d\u0d1f")  # ("പ്ലേറ്റോ", Plato); anyascii reads "rr"
    if _HEBREW.search(text):
        text = _hebrew_vowels(text)
    if "\u30c3" in text or "\u3063" in text:  # kana's small "tsu" doubles the next consonant ("ブロック",
        text = text.replace("\u30c3", "").replace("\u3063", "")  # burokku); anyascii reads it "t": "burotku"
    if "\u093c" in text:  # Devanagari's dotted letters for loanwords' sounds ("ज़ेफ़िरनेट", zefirnet): written
        text = _NUKTA.sub(lambda m: _NUKTA_LETTERS[m.group()], text)  # as letter and dot, anyascii reads "j'", "ph'"
    return _NOT_LATIN.sub("", anyascii(text).lower())


# the letter-and-nukta pairs as the single letters Unicode also has (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़), which anyascii
# reads as the sounds they stand for (q, kh, gh, z, r, rh, f, y)
_NUKTA_LETTERS = {chr(base) + "\u093c": chr(single) for base, single in zip(
    (0x0915, 0x0916, 0x0917, 0x091C, 0x0921, 0x0922, 0x092B, 0x092F), range(0x0958, 0x0960), strict=True)}
_NUKTA = re.compile("|".join(_NUKTA_LETTERS))


_NOT_LATIN = re.compile("[^a-z]+")
_HEBREW = re.compile("[\u05d0-\u05ea]")
# Hebrew writes a loanword's vowels with its consonant letters: vav after a letter is "o"/"u" and
# yod "i" ("פלטו", Plato; "ביטקוין", bitcoin), doubled they are the consonants; a word's first bet is
# "b". anyascii reads every vav "v", every yod "y" and every bet "v".
_HEBREW_VAV = re.compile("(?<=[\u05d0-\u05d4\u05d6-\u05ea])\u05d5(?!\u05d5)")
_HEBREW_YOD = re.compile("(?<=[\u05d0-\u05d8\u05da-\u05ea])\u05d9(?!\u05d9)")
_HEBREW_FIRST_BET = re.compile("(?<![\u05d0-\u05ea])\u05d1")


def _hebrew_vowels(text: str) -> str:
    return _HEBREW_FIRST_BET.sub("b", _HEBREW_YOD.sub("i", _HEBREW_VAV.sub("o", text)))


# -- tokens and sentences -----------------------------------------------------------------

_CHUNK = re.compile(r"[^\s\u2013\u2014]+")
# Sentence ends in the scripts the network publishes (Latin, Devanagari danda, CJK full stops,
# Arabic/Urdu marks, Armenian, Ethiopic, Khmer, Myanmar).
SENTENCE_END = ".!?\u0964\u0965\u3002\uff01\uff1f\u061f\u06d4\u0589\u1362\u17d4\u104b"
_CLOSERS = "\"'”’»)]）」』“‘"  # (“ and ‘ close a German or Czech quote: „...“, ‚...‘)
# (a full stop no word holds, a danda's, an Ethiopic, Khmer, Myanmar or Armenian one, ends its
# sentence when the next runs on with no space: "...ខ្ពស់។ភាពវៃឆ្លាត...", the spam glued on in translation)
_SENT_SPLIT = re.compile(f"(?<=[{re.escape(SENTENCE_END)}])[\"'”’»)\\]]*\\s+|(?<=[\u3002\uff01\uff1f])"
                         "|(?<=[\u0964\u0965\u1362\u17d4\u104b\u0589\u06d4])(?=[^\\W\\d_])")
# Marks a label ends with ("Time Stamp:"), as machine translation renders the colon in other
# scripts: full-width, Ethiopic word space and preface colon, Armenian comma, modifier colons.
QUOTES = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb\u300c\u300d]")  # quotation: reported speech
_OPENING_QUOTE = "\"\u201c\u201e\u00ab\u300c"
_QUOTED = re.compile(f"[{_OPENING_QUOTE}]([^{_OPENING_QUOTE}\u201d\u00bb\u300d]+)[\"\u201c\u201d\u00bb\u300d]")
SPOKEN_CHARS = 40  # a quotation this long is someone's sentence; a standing line quotes a name at most


#: A time alone on its line ("18:40", "7:25 PM", "११:०५"): a live blog's entry opens on one.
# a time of day alone, maybe with the word some languages set by it ("23:30 Uhr", "klo 14.05")
TIME_ALONE = re.compile(r"^\s*(?:[^\W\d_]{1,5}\.? )?\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?| [^\W\d_]{1,5}\.?)?\s*$")
#: What ends a question in the scripts that mark one at its end: Latin's, Arabic's, the full-width one,
#: Greek's (Armenian sets its mark on the stressed word instead).
QUESTION_MARKS = ("?", "\u061f", "\uff1f", "\u037e")
#: A line opening on a clock time, then what happens at it ("17:00 Punëtoria e fyellit", "2፡30 ..."):
#: an entry of a programme, a schedule or an episode's chapters.
TIMED_ENTRY = re.compile("\\d{1,2}[:.\u1361h]\\d\\d\\s+\\S")


def dash_quoted(text: str, chars: int = SPOKEN_CHARS) -> bool:
    """Whether ``text`` opens on a dash that sets off someone's words, as Scandinavian, Finnish,
    Slavic and other presses write speech ("– Abonner-knapper får ikke et nyhetsbrev til å vokse ...,
    sa medgründer Ida Brekke"): a sentence's length of them. A pitch opens on no dash."""
    return _DASH_SPEECH.match(text) is not None and len(text.strip()) >= chars


_DASH_SPEECH = re.compile(r"^\s*[\u2013\u2014\u2015]\s+\w")


def quotes_someone(text: str, chars: int = SPOKEN_CHARS) -> bool:
    """Whether ``text`` quotes someone at a sentence's length (``„Досега пътниците ... сутринта“,
    каза ...``), not a name in quotation marks (the podcast „Дневник в осем“)."""
    return any(len(m.group(1)) >= chars for m in _QUOTED.finditer(text))
COLONS = ":\uff1a\u1361\u1365\u1366\u055d\ua789\u2236\u02f8\ufe55\u17d6"  # ... and Khmer's "៖"
# a CJK label may end in a full-width bar instead ("延伸阅读｜..."), never a Latin one ("Title | Site");
# a colon between two letters or digits marks no label: Finnish and Swedish inflect abbreviations
# with one ("SEC:ssä", "EU:s"), and clocks have one ("10:30")
_LABEL_COLON = re.compile(f"[{COLONS.replace(':', '')}\uff5c]|(?<![^\\W_]):|:(?![^\\W_])")
INNER_SENTENCE = re.compile(f"[{re.escape(SENTENCE_END)}]\\s")


_ANY_COLON = re.compile(f"[{COLONS}\uff5c]")


def label_colon(text: str) -> re.Match[str] | None:
    """The first colon of ``text`` that can end a label: ``_LABEL_COLON.search(text)``, found by a
    scan for any colon (a character class the regex engine skips to) and a look at its neighbours
    (the alternation's lookarounds are tried at every character: a fifth of a text run's regex time)."""
    for match in _ANY_COLON.finditer(text):
        if match.group() != ":":
            return match
        i = match.start()
        if not (i and text[i - 1].isalnum()) or not (i + 1 < len(text) and text[i + 1].isalnum()):
            return match
    return None


def split_label(text: str) -> tuple[str, str, str]:
    """``text`` split at its first colon, in any script: ("Related", ":", " headline"); "延伸閱讀：..."
    and "អានបន្ថែម៖ ..." are labels as much as "Read more: ..." is. No colon: (text, "", "")."""
    match = label_colon(text)
    return (text, "", "") if match is None else (text[: match.start()], match.group(), text[match.end() :])


def captioned(line: str) -> bool:
    """A picture's caption with its credit ("Bi. Mwanaidi Shaaban ... mwaka 2011. Picha: Maktaba
    ya Sauti ya Tanga"): a sentence, then a label and a name of a few words with no figure."""
    found = [m.end() for m in INNER_SENTENCE.finditer(line)] + [m.end() for m in _WIDE_STOP.finditer(line)]
    found.sort()
    bracketed = _BRACKETED_CREDIT.search(line)
    if bracketed:  # or its credit in brackets at its end ("ישיבת מועצת העיר, אמש (צילום: דוברות עיריית עפולה)")
        caption, credit = line[: bracketed.start()], bracketed.group(1)
    elif found:
        caption, credit = line[: found[-1]], line[found[-1]:]
    elif " / " in line:  # or after a slash ("بارگیری سیب‌زمینی در ... / عکس: سعید نوروزی")
        caption, _, credit = line.rpartition(" / ")
    else:
        return False
    label, colon, name = split_label(credit.strip())
    if not colon and found and not bracketed and not ends_sentence(line) and not SPACED_ROW_MARK.search(line) \
            and not caption.rstrip()[-2:-1].isdigit():  # (an ordinal's stop ends no sentence: "9. Spilldag")
        # (or the name, then the word for the picture after it, as scripts that put the verb last write
        # a credit: "...布置新教室。王春晓 摄", "... ئۈزمەكتە. سۈرەتنى ئابلىمىت قاسىم تارتقان")
        return word_count(caption) >= CAPTION_WORDS and 1 < word_count(credit) <= CREDIT_TAIL_WORDS \
            and not any(ch.isdigit() for ch in credit) and not QUOTES.search(credit)
    return bool(colon) and word_count(caption) >= CAPTION_WORDS and 1 <= word_count(label) <= 2 \
        and all(1 <= word_count(part) <= CREDIT_WORDS for part in name.split(" / ")) \
        and not any(ch.isdigit() for ch in credit) and not ends_sentence(name)
    # (the photographer and the agency or paper, each a few words: "Jean Claude Nsengiyumva / Ijwi rya Nyungwe")


def long_stems(text: str) -> set[str]:
    """The first letters of a text's long words, in any script: a word's telling part across its
    inflections ("abonnés", "Abonnez-vous"), not a short syllable every line holds ("nhà", "của")."""
    return {t[:STEM_LETTERS].casefold() for t in tokens(text) if len(t) >= STEM_LETTERS}


STEM_LETTERS = 5


def caseless(word: str) -> bool:
    """A word of a script without capitals (Arabic, Hebrew, the Indic scripts, Georgian: its
    Mkhedruli letters have had capitals in Unicode since 2018, which Georgian text does not use)."""
    return not word.isascii() and (word.upper() == word.lower() or "\u10d0" <= word[:1] <= "\u10ff")


def name_byline(line: str) -> bool:
    """A line that names the story's writer and says nothing else: a name of two to four words,
    after a word or two that bring it ("Door Jef Van Looy", "Του Νίκου Καραγιάννη", "di Marco
    Iannace", "Reportagem de Catarina Medeiros", "Пише: Милица Јовановић") or alone before a place
    or a desk ("Óscar Berdejo | Bañón"; "Text: Elin Åkerström, Östersund"), and the photographer's
    credit so brought after it ("..., imagem de Rui Furtado"). In a script without capitals, only
    after a label's colon ("نووسینی: شنۆ کەریم"): nothing else tells a name there. No figure, no
    sentence, no address: a date line, a byline's row with its reading time, a contact box are
    the page's."""
    line = line.strip()
    if not line or any(ch.isdigit() for ch in line) \
            or ends_sentence(line) or line[-1] in COLONS or CONTACT.search(line):
        return False
    first, *rest = [part.strip() for part in _BYLINE_PARTS.split(line) if part.strip()] or [""]
    places = [part for part in rest if not _brought_name(part)]
    if len(rest) > 2 or word_count(first) + sum(word_count(part) for part in places) > BYLINE_WORDS \
            or sum(word_count(part) for part in places) > BYLINE_PLACE_WORDS:
        return False
    if _brought_name(first):
        return True
    # a name alone, with its place ("Óscar Berdejo | Bañón"): without one, a row of buttons
    # ("Aceptar Rechazar Configurar") is as capitalised
    words = first.split()
    return bool(rest) and _name_run(words, ALONE_NAME_WORDS) and not any(caseless(w) for w in words)


def _brought_name(part: str) -> bool:
    """A name after a label's colon ("Text: Elin Åkerström") or after a word or two that bring it
    ("by", "von", "di", "Door", "Της", "Reportagem de")."""
    label, colon, value = split_label(part)
    if colon:  # (a label of two words, or two joined by a short word: "Text a foto", "Tekst i zdjęcia")
        names = value.split()
        if len(names) == 1 and caseless(names[0]) and NAME_DOTS.search(names[0]):
            names = NAME_DOTS.split(names[0])  # a foreign name as CJK writes it: "執筆：マエル・コレ"
        return (word_count(label) <= 2 or _two_joined(label)) and _name_run(names, BYLINE_NAME_WORDS)
    words = part.split()
    if words and (glued := _glued_name(words[0])) and _name_run([glued, *words[1:]], BYLINE_NAME_WORDS):
        return True  # the word bringing the name glued to it, as Nguni languages write it ("NguLwazi Dlamini")
    lead = 0
    while lead < min(2, len(words) - 2) and (words[lead][:1].islower() or lead == 0 and words[0][:1].isupper()
                                              and (len(words[0]) <= LEAD_LETTERS or words[1][:1].islower()
                                                   or _PARTICLE_GLUED.search(words[0]))):
        lead += 1
    return bool(lead) and _name_run(words[lead:], BYLINE_NAME_WORDS)


# a word bringing a name, its particle glued on after an apostrophe ("Nosoratan'i Hery Rakotondrabe")
_PARTICLE_GLUED = re.compile(r"\w['\u2019][^\W\d_]{1,2}$")


def _glued_name(word: str) -> str | None:
    """The name in a word that a short lower-case lead is glued to ("NguLwazi" -> "Lwazi")."""
    for k in range(2, GLUED_LEAD_LETTERS + 1):
        if len(word) > k + 1 and word[1:k].islower() and word[k].isupper() and word[k:].isalpha():
            return word[k:]
    return None


GLUED_LEAD_LETTERS = 3
JOIN_LETTERS = 3  # the short word joining a byline's label's two words: "a", "i", "und", "et"


def _two_joined(label: str) -> bool:
    """Two words joined by a short lower-case one ("Text a foto", "Texte et photos")."""
    words = label.split()
    return len(words) == 3 and words[1].islower() and len(words[1]) <= JOIN_LETTERS


def name_alone(text: str) -> bool:
    """A name and nothing else: two to four capitalised words of letters ("Moussa Hamani")."""
    words = text.split()
    return 2 <= len(words) <= BYLINE_NAME_WORDS and all(w[:1].isupper() and w.isalpha() for w in words)


def named_place(text: str) -> bool:
    """Two to four capitalised words of a name or a place, particles between them ("Sant Josep de sa
    Talaia", "Irati Ortiz de Zarate") and nothing else."""
    return _name_run(text.split(), BYLINE_NAME_WORDS, short_words=True)


def _name_run(words: list[str], most: int, *, short_words: bool = False) -> bool:
    """Two to ``most`` capitalised words of a name, the particles between them aside ("Irati Ortiz de
    Zarate", "Jan van der Berg"), never at its ends; a place's may be any short lower-case word ("sa")."""
    inner = [k for k in range(1, len(words) - 1) if words[k] in NAME_PARTICLES
             or short_words and words[k].isalpha() and words[k].islower() and len(words[k]) <= PLACE_PARTICLE_LETTERS]
    named = [w for k, w in enumerate(words) if k not in inner]
    return 2 <= len(named) <= most and len(inner) <= PARTICLES and all(
        NAME_WORD.fullmatch(w) is not None and (w[:1].isupper() or caseless(w)) and (len(w) > 1) for w in named)


NAME_DOTS = re.compile("[\u00b7\u30fb\u2027\uff65]")  # the dot between a foreign name's parts in CJK text
# a closed class, as titles are: the particles names carry between their capitalised words
NAME_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "di", "del", "della", "du", "des", "la", "le", "van", "von",
                            "der", "den", "ter", "ten", "zu", "af", "av", "y", "e", "i", "bin", "ibn", "binti", "al",
                            "el", "ben", "bat", "mac", "ua", "\u00f3", "ni", "nic", "ap"})
PARTICLES = 2
PLACE_PARTICLE_LETTERS = 3  # a place's article or preposition: "Sant Josep de sa Talaia", "Castell de la Mora"


BYLINE_WORDS = 7
BYLINE_NAME_WORDS = 4  # "Mari-Liis Kask", "Nguyễn Thị Thu Hà"
ALONE_NAME_WORDS = 3  # a name alone, no word bringing it: more capitalised words are a site's name
BYLINE_PLACE_WORDS = 3  # the place or desk after the name
LEAD_LETTERS = 4  # the word that brings the name, capitalised at the line's start ("Door", "Par", "Της")
CALENDAR_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year of these two centuries, in ASCII digits
SPACED_ROW_MARK = re.compile(r"\s[\u00b7\u2022|/]\s")  # a row's items: "İmsak 03.31 · Güneş 05.22"; not "원·특별회계"
ROW_MARK = re.compile(r"\s[\u00b7\u2022|]\s")  # the same without the slash, which parts a count ("Foto 3 / 22")


def western_digits(text: str) -> str:
    """The text with its figures in Western digits ("১২ মে, ২০২৬" reads as "12 মে, 2026", "۱۴۰۳/۷/۳۰"
    as "1403/7/30"), so one pattern dates a line in any script."""
    return text if text.isascii() else "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)
_BYLINE_PARTS = re.compile("[|,\u00b7\u2022/\uff0f]")


CREDIT_WORDS = 6  # a credit's name: "Maktaba ya Sauti ya Tanga"
CAPTION_WORDS = 4  # a caption says what the picture shows in a few words at least
MAX_PICTURES = 200  # a gallery's pictures at most: a counter's total above it is no gallery's
_BRACKETED_CREDIT = re.compile(r"\s[(\[]([^()\[\]]+)[)\]]\s*$")
# "。" with more after it, no space: a sentence ends inside the line
_WIDE_STOP = re.compile("[\u3002\uff01\uff1f](?=[^\\s\u3002\uff01\uff1f\u300d\u300f\u201d\uff09])")
CREDIT_TAIL_WORDS = 4  # a name and the word for the picture: "王春晓 摄", "سۈرەتنى ئابلىمىت قاسىم تارتقان"


def closing_brackets(text: str) -> tuple[str, str] | None:
    """``text`` parted at the brackets it ends on, (what stands before them, what they hold): a
    caption's credit ("... Selasa sore. (Kabar Kaliurang/Galih Pramudito)"), an office's number
    ("総務課 広報広聴係（電話0238-85-2111）"); None when it ends on none."""
    stripped = text.rstrip()
    if not stripped.endswith(_BRACKET_CLOSERS):
        return None
    opening = max(stripped.rfind(mark) for mark in _BRACKET_OPENERS)
    return (stripped[:opening].rstrip(), stripped[opening + 1 : -1]) if opening > 0 else None


_BRACKET_OPENERS = ("(", "[", "\uff08")
_BRACKET_CLOSERS = (")", "]", "\uff09")


def priced(text: str) -> bool:
    """Whether ``text`` names a price: a figure beside a currency's sign or name, in any of the
    forms a currency is written ("€2.99", "£3", "4,90 euro", "5 euroren", "30 euros", "150 грн")."""
    return _PRICE.search(text) is not None or _CODE_FIRST.search(text) is not None


_CURRENCY_SIGNS = (
    "$\u00a3\u00a5\u20ac\u20a9\u20b9\u20ba\u20bd\u20b4\u20aa\u20a6\u20b5\u20b1\u20ab\u0e3f\u20b8\u20bc\u20be"
)
# a closed class, as units are: the currencies' names, with the few letters of an ending the
# language gives them ("euri", "\u00e8uros", "euroren", "dolara", "rubli"; not "European"), and the
# short names and codes, with one letter at most ("lei", "Ft", "EUR"; not "levels")
_CURRENCY_NAMES = (
    "[e\u00e8\u00e9]ur[oaie](?!p)|dollar|dolar|pound|franc|frank|lira|lire|peso|reais|reales|rupee|rupia|ringgit|"
    "korun|forint|leva|dinar|dirham|riyal|rial|shekel|naira|cedi|shilling|kwacha|birr|taka|yuan|rubl|manat|tenge|"
    "\u0111\u1ed3ng|\u099f\u09be\u0995\u09be|\u05e9[\u05f4\"]\u05d7|"
    "\u0435\u0432\u0440\u043e|\u0440\u0443\u0431|\u0433\u0440\u0438\u0432|\u0434\u043e\u043b\u0430\u0440|\u0434\u043e\u043b\u043b\u0430\u0440|"
    "\u0e1a\u0e32\u0e17|\u0631\u064a\u0627\u0644|\u062f\u0631\u0647\u0645|\u062f\u064a\u0646\u0627\u0631|\u062c\u0646\u064a\u0647|\u0631\u0648\u067e|\u0930\u0941\u092a"
)
_CURRENCY_CODES = (
    "eur|usd|gbp|chf|z\u0142|k\u010d|ft|lei|lev|f?cfa|yen|won|rand|real|lari|dram|baht|\u0433\u0440\u043d|\u043b\u0432"
)
# an ISO code or a sign written before the figure, capitals as written ("USD 26.340", "Rp16.645"; not "won 3")
_CODE_FIRST = re.compile(r"(?<![\w])(?:USD|EUR|GBP|CHF|JPY|CNY|INR|IDR|VND|NIS|Rp|R\$)\s?\d")
_CURRENCY_GLYPHS = "\u5186\u5143\uc6d0"  # yen, yuan, won: written on the figure in scripts without spaces
_PRICE = re.compile(
    f"[{_CURRENCY_SIGNS}]\\s?\\d|\\d(?:[.,]\\d+)?\\s?(?:[{_CURRENCY_SIGNS}{_CURRENCY_GLYPHS}]"
    f"|(?:{_CURRENCY_NAMES})\\w{{0,3}}(?!\\w)|(?:{_CURRENCY_CODES})\\w?(?!\\w))",
    re.IGNORECASE)


def has_label_colon(text: str) -> bool:
    """Whether ``text`` holds a colon that can end a label (not one inside "SEC:ssä" or "10:30")."""
    return label_colon(text) is not None


@lru_cache(maxsize=4096)
def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


_ASCII_PS = "".join(chr(c) for c in range(128) if unicodedata.category(chr(c))[0] in "PS")


def _trim(chunk: str) -> tuple[int, int]:
    start, end = 0, len(chunk)
    while start < end and _is_punct(chunk[start]):
        start += 1
    while end > start and _is_punct(chunk[end - 1]):
        end -= 1
    return start, end


_NEEDS_CHUNKS = re.compile(f"[{UNSPACED_RANGES}\U00010000-\U0010ffff]")


@lru_cache(maxsize=1)
def _spaced_word() -> re.Pattern[str]:
    """A word of text without unspaced scripts or astral characters: a chunk trimmed of the
    punctuation and symbols (P*, S*) at its ends, matched in one pattern. The class is written
    as the ranges of those characters in the Basic Multilingual Plane, kept in the user's cache
    (scanning the plane costs 11 ms a process, compiling 4,500 single characters 8 ms more)."""
    from . import stored

    ranges = stored.derived("punctuation-ranges", [unicodedata.unidata_version, "P* S* BMP ranges"],
                            _ranges_shaped, _punctuation_ranges)
    ps = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[^\\s{ps}](?:[^\\s\u2013\u2014]*[^\\s{ps}])?")


def _punctuation_ranges() -> list[tuple[int, int]]:
    """The code point ranges of the punctuation and symbols (P*, S*) of the BMP."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if unicodedata.category(chr(code))[0] in "PS":
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return ranges


def _ranges_shaped(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(r, tuple) and len(r) == 2 and isinstance(r[0], int) and isinstance(r[1], int) for r in value)


def token_spans(text: str) -> list[tuple[int, int, str]]:
    """Tokens of ``text`` with their character spans, casefolded."""
    if _NEEDS_CHUNKS.search(text) is None:  # most text: every chunk is at most one word
        return [(m.start(), m.end(), m.group().casefold()) for m in _spaced_word().finditer(text)]
    return _chunk_token_spans(text)


def _chunk_token_spans(text: str) -> list[tuple[int, int, str]]:
    """:func:`token_spans` chunk by chunk, cutting unspaced runs into bigrams."""
    out: list[tuple[int, int, str]] = []
    for match in _CHUNK.finditer(text):
        chunk = match.group()
        if chunk.isascii():  # the common case, in C: ASCII punctuation and symbols are all P* or S*
            word = chunk.strip(_ASCII_PS)
            if word:
                a = match.start() + len(chunk) - len(chunk.lstrip(_ASCII_PS))
                out.append((a, a + len(word), word.lower()))
            continue
        a, b = _trim(chunk)
        if a == b:
            continue
        base = match.start()
        word = chunk[a:b]
        if word.isascii():
            out.append((base + a, base + b, word.casefold()))
            continue
        pos = 0
        for run in UNSPACED_RUN.finditer(word):
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
    """Casefolded tokens of ``text`` (see the module docstring)."""
    return [t for _, _, t in token_spans(text)]


@lru_cache(maxsize=4096)  # the strip steps ask about the same blocks many times
def word_count(text: str) -> int:
    """Words in ``text``; in unspaced scripts a word is about two kanji or hanzi, three hiragana, or four
    Thai or katakana letters; in Tibetan a syllable."""
    if is_unspaced(text):
        cjk = sum(len(run) for run in CJK_RUN.findall(text))
        kana = sum(len(run) for run in _KATAKANA_RUN.findall(text))  # loanwords: four letters a word
        hira = sum(len(run) for run in _HIRAGANA_RUN.findall(text))  # particles, endings, "おすすめ": three
        # letters (not marks) of Thai, Lao, Khmer, Myanmar, and katakana: four letters a word
        other = sum(len(LETTER.findall(run)) for run in UNSPACED_RUN.findall(text)) - cjk + kana
        spaced = len(_SPACED_WORD.findall(UNSPACED_RUN.sub(" ", text)))  # "Unsplash" in Japanese is one word
        return max(1, round((cjk - kana - hira) / 2 + hira / 3 + other / 4) + spaced)
    return len(_chunks(text))


def _chunks(text: str) -> list[str]:
    """The chunks :data:`_CHUNK` finds, by ``str.split`` (in C, several times faster than the
    regex): Python's ``\\s`` and ``str.isspace`` agree on every code point."""
    if "\u2013" in text or "\u2014" in text:
        text = text.replace("\u2013", " ").replace("\u2014", " ")
    if "\u0f0b" in text:  # Tibetan writes no spaces: the tsheg parts its syllables, about a word each
        text = text.replace("\u0f0b", " ")
    return text.split()


def sentence_starts(text: str) -> list[int]:
    """Offsets where the sentences of a paragraph begin (always starts with 0)."""
    starts = [0]
    for end in _sentence_breaks(text):
        if 0 < end < len(text) and end != starts[-1]:
            starts.append(end)
    return starts


_SENTENCE_END_CHAR = re.compile(f"[{re.escape(SENTENCE_END)}]")


def _sentence_breaks(text: str) -> Iterator[int]:
    """The ends of ``_SENT_SPLIT.finditer(text)``'s matches.

    Every match starts right after a sentence end, so the pattern (which opens with a
    look-behind, and would be tried at every position) is tried only there, found by a
    character-class scan; a match ends before the next sentence end, so none overlap.
    """
    pos = 0
    for mark in _SENTENCE_END_CHAR.finditer(text):
        if mark.end() < pos:
            continue
        match = _SENT_SPLIT.match(text, mark.end())
        if match is not None:
            pos = match.end()
            yield pos


def sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping their text verbatim."""
    starts = sentence_starts(text) + [len(text)]
    parts = [text[a:b] for a, b in zip(starts, starts[1:], strict=False) if text[a:b].strip()]
    return parts or [text]


# A list's commas in every script that has its own: Latin, Arabic "،", CJK "、" and "，", Ethiopic
# "፣", Myanmar "၊", N'Ko "߸", Vai "꘍", Mongolian "᠂"; and its semicolons (Arabic "؛", CJK, Ethiopic "፤")
COMMAS = ",\u060c\u3001\uff0c\u1363\u104a\u07f8\ua60d\u1802"
SEMICOLONS = ";\u061b\uff1b\u1364"
# (?<!\s)\s*[<marks>]\s*: starts at a run's start only; written with its first character ahead of
# the look-behinds (same matches, see titles.echo.SEPARATOR)
_ITEM_MARKS = f"{COMMAS}|\u00b7\u2022{SEMICOLONS}#"
_ITEM_SPLIT = re.compile(
    f"[\\s{_ITEM_MARKS}](?<!\\s[\\s{_ITEM_MARKS}])"
    f"(?:(?<=\\s)\\s*[{_ITEM_MARKS}]\\s*|(?<=[{_ITEM_MARKS}])\\s*)"
)


def list_items(text: str) -> list[str]:
    """The items of a list flattened into one line: parted by commas (:data:`COMMAS`), bars,
    middle dots, bullets, semicolons or hashes, with or without spaces around them (single spaces
    expected); spaces alone part no items."""
    return [it for it in _ITEM_SPLIT.split(text) if it.strip()]


def ends_sentence(text: str) -> bool:
    """Whether the text ends like a sentence (., !, ?, danda, 。...), ignoring closing quotes."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


class _KeyTable(dict):
    """``str.translate`` table for :func:`line_key`, filled on first use of each code point."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        rep = "0" if ch.isdigit() else " " if _is_punct(ch) else ch
        self[code] = rep
        return rep


_KEY_TABLE = _KeyTable()


class WordMap(dict):
    """Word -> the words ``word.translate(table)`` splits into, joined by single spaces ("" for
    none), filled on first sight.

    For a table that maps whitespace to whitespace, translating a text word by word through
    this memo gives the words of the translated text (``str.translate`` maps each character
    alone); words recur, so most are looked up instead of translated character by character.
    """

    def __init__(self, table: dict[int, str | None], limit: int = 1 << 15) -> None:
        super().__init__()
        self.table = table
        self.limit = limit

    def __missing__(self, word: str) -> str:
        if len(self) >= self.limit:
            self.clear()
        self[word] = words = " ".join(word.translate(self.table).split())
        return words

    def translate_words(self, text: str) -> str:
        """``" ".join(text.translate(table).split())``."""
        return " ".join(filter(None, map(self.__getitem__, text.split())))


_KEY_WORDS = WordMap(_KEY_TABLE)


@lru_cache(maxsize=2048)  # template lines recur across the pages of a site: half the calls of a run
def line_key(text: str) -> str:
    """A line's identity across pages: case, numbers, punctuation and spacing folded (CCNet folds
    each digit; a number here folds whole, so "残り812文字" and "残り1046文字", "4 min" and "12 min"
    are one standing line)."""
    key = _KEY_WORDS.translate_words(unicodedata.normalize("NFKC", text).casefold())
    return _ZERO_RUN.sub("0", key) if "00" in key else key


_ZERO_RUN = re.compile("0{2,}")


def standing_key(text: str) -> str:
    """:func:`line_key` with each short quoted name left out: a site's standing line
    names this page's series or event in quotation marks ("See lugu on osa sarjast „Tehisintellekt
    klassiruumis“, mille kõik osad leiad meie avalehelt."), the same line on every page of it. A
    quotation of a sentence's length is someone's words and stays as written."""
    if not QUOTES.search(text):
        return line_key(text)
    return line_key(_QUOTED.sub(_mark_name, text))


def _mark_name(m: re.Match[str]) -> str:
    return " " if word_count(m.group(1)) <= QUOTED_NAME_WORDS and len(m.group(1)) < SPOKEN_CHARS else m.group(0)


QUOTED_NAME_WORDS = 6  # a series', an event's or a podcast's name in quotation marks


# -- URLs ---------------------------------------------------------------------------------

URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
COPYRIGHT = re.compile(r"(?:copyright\b|[\u00a9\u24d2]|\([cC]\))", re.IGNORECASE)  # a copyright line's opening
CONTACT = re.compile(r"@|https?:|www\.|\d(?:[\s().-]?\d){6}")  # an e-mail address, a link, a telephone number
# an amount grouped by thousands with one mark ("6 490 000", "1.250.000"): a price, no telephone number
# (whose groups run otherwise: "0376 555 21 40", "+1 212 555 0199")
_GROUPED_AMOUNT = re.compile(r"(?<![\d+])(?<!\d[ .,\u00a0\u202f])[1-9]\d{0,2}([ .,\u00a0\u202f])\d{3}(?:\1\d{3})*"
                             r"(?!\d|[ .,\u00a0\u202f]\d)")


def gives_contact(text: str) -> bool:
    """Whether ``text`` gives an e-mail address, a link or a telephone number (an amount grouped
    by thousands is none)."""
    return CONTACT.search(_GROUPED_AMOUNT.sub(" ", text) if _DIGIT_ANY.search(text) else text) is not None


_DIGIT_ANY = re.compile(r"\d")
# a telephone number as people write one: a country code or a trunk "0", then groups parted by spaces,
# dots or dashes ("0376 555 21 40", "+44 20 7946 0958", "(030) 1234 5678"); a case's or a notice's
# number runs otherwise ("А13-10482/2022", "№ 0130200002419000412")
TELEPHONE = re.compile(r"(?<![\w/.-])(?:\+\d{1,3}[\s.-]?\(?\d{1,4}\)?|\(?0\d{1,4}\)?)(?:[\s.-]\d{2,4}){2,4}(?![\w/])")
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
TRACKING_PREFIXES = ("utm_", "mtm_", "mc_", "pk_", "hsa_", "_hs", "oly_", "vero_")
# Parameters that say how a visitor arrived, never which page it is. "ref" and "share" are
# referral markers; "source" is left alone: some sites name the page's section with it.
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "gbraid", "wbraid", "dclid", "msclkid", "yclid", "twclid",
        "ttclid", "li_fat_id", "igshid", "mkt_tok", "_ga", "_gl", "s_kwcid", "ref", "ref_src",
        "ref_url", "cmpid", "ncid", "sr_share", "share", "spm", "scid", "trk", "at_medium",
        "at_campaign", "rss", "cid", "amp", "outputtype",
    }
)


def is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def clean_url(url: str | None) -> str | None:
    """``url`` without tracking parameters (and without an empty query or tracking fragment)."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.scheme and not parts.netloc:
        return url
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)]
    fragment = "" if parts.fragment.startswith(("utm_", ":~:")) else parts.fragment
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query, doseq=True), fragment))


_WAYBACK = re.compile(r"^https?://(?:web|wayback)\.archive\.org/web/\d{1,14}(?:[a-z]{2}_)?/(.+)$", re.IGNORECASE)
_ARCHIVE_TODAY = re.compile(r"^https?://archive\.(?:ph|today|is|li|vn|fo|md)/[\d.-]+/(.+)$", re.IGNORECASE)
_AMP_CACHE = re.compile(r"^https?://[^/]+\.cdn\.ampproject\.org/[a-z]/(s/)?(.+)$", re.IGNORECASE)
_TRANSLATE_HOST = ".translate.goog"


def original_url(url: str | None) -> str | None:
    """The address of the page itself when ``url`` is an intermediary's copy of it: a Wayback
    Machine or archive.today snapshot (``web.archive.org/web/20240101000000/https://site/a``), the
    Google AMP cache (``site-com.cdn.ampproject.org/c/s/site.com/a``), or the Google Translate proxy
    (``site-com.translate.goog/a?_x_tr_sl=auto``, its host's dots written as dashes and dashes as
    double dashes). Any other address is returned as it is."""
    if not url:
        return url
    url = url.strip()
    for _ in range(3):  # (a snapshot of a snapshot)
        m = _WAYBACK.match(url) or _ARCHIVE_TODAY.match(url)
        if m:
            inner = m.group(1)
            url = inner if "://" in inner[:12] else "http://" + inner.lstrip("/")
            continue
        m = _AMP_CACHE.match(url)
        if m:
            url = ("https://" if m.group(1) else "http://") + m.group(2)
            continue
        break
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    host = parts.hostname or ""
    if host.endswith(_TRANSLATE_HOST) and len(host) > len(_TRANSLATE_HOST):
        coded = host[: -len(_TRANSLATE_HOST)]
        host = coded.replace("--", "\0").replace("-", ".").replace("\0", "-")
        query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith("_x_tr_")]
        url = urlunsplit((parts.scheme or "https", host, parts.path, urlencode(query, doseq=True), parts.fragment))
    return url


def canonical_url(url: str | None) -> str | None:
    """The page's identity for dedup: :func:`clean_url` plus no fragment, ``www.``, default port,
    trailing slash or parameter order, and one scheme."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip() or None
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k)]
    path = parts.path.rstrip("/") or "/"
    scheme = "https" if parts.scheme in ("http", "https") else parts.scheme
    return urlunsplit((scheme, host, path, urlencode(sorted(query)), ""))


def host_of(url: str | None) -> str:
    """The URL's host name without ``www.`` ("" when there is none)."""
    if not url:
        return ""
    try:
        return (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:
        return ""


# -- language codes -----------------------------------------------------------------------

LANG_ALIASES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}


def lang_tag(code: str | None) -> str | None:
    """A declared language tag in one spelling: lower case, ``-`` for ``_``, old codes renamed
    ("iw-IL" -> "he-il"); the region is kept ("zh-tw" and "zh-cn" are different scripts)."""
    if not code or not isinstance(code, str):
        return None
    tag = code.strip().replace("_", "-").lower()
    if not tag:
        return None
    base, sep, region = tag.partition("-")
    return LANG_ALIASES.get(base, base) + sep + region


def lang_code(code: str | None) -> str | None:
    """ISO 639-1 from a declared tag: "pt-BR" -> "pt", "iw" -> "he"; None when it is none."""
    tag = lang_tag(code)
    base = tag.split("-")[0] if tag else ""
    return base if len(base) == 2 and base.isalpha() else None


def same_language(a: str | None, b: str | None) -> bool:
    """False only when both languages are known and differ.

    "zh" matches "zh-cn" (one tag is a prefix of the other), but "zh-cn" and "zh-tw" differ:
    a conversion between scripts is a translation, not a copy.
    """
    a, b = lang_tag(a), lang_tag(b)
    if a is None or b is None or a == b:
        return True
    return a.startswith(b + "-") or b.startswith(a + "-")


# -- hashing ------------------------------------------------------------------------------

FMIX1 = np.uint64(0xFF51AFD7ED558CCD)
FMIX2 = np.uint64(0xC4CEB9FE1A85EC53)
_S33 = np.uint64(33)


def fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser over a uint64 array (in place; returns it)."""
    with np.errstate(over="ignore"):
        h ^= h >> _S33
        h *= FMIX1
        h ^= h >> _S33
        h *= FMIX2
        h ^= h >> _S33
    return h


def digest(text: str, size: int = 8) -> bytes:
    """A stable digest of ``text`` (Python's ``hash()`` changes between processes)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=size).digest()


def hash63(text: str) -> int:
    """A stable non-negative 63-bit integer key of ``text`` (fits an SQLite INTEGER)."""
    return int.from_bytes(digest(text), "big") >> 1


# -- sizes --------------------------------------------------------------------------------


def human_size(n: float) -> str:
    """Byte counts as people read them: ``33554432`` -> ``"32 MiB"``, ``18432`` -> ``"18 KiB"``,
    ``1500`` -> ``"1.5 KiB"``, ``12`` -> ``"12 B"``."""
    for unit, size in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= size:
            value = n / size
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{int(n)} B"


def read_stamp(line: str, rows: list[str], *, timed_rows: bool = False) -> bool:
    """A line saying when the data above it was read, with a few words and no more: a clock time
    ("Stand: 17:05 Uhr", "3月10日 17:40 更新"), or a day with its year, over ``rows`` that date
    nothing ("Preços consultados a 3 de março de 2025"); not an entry opening on its time ("18:30
    Konzert"), nor a timeline's or a programme's last entry, dated or timed as its other entries are
    (unless ``timed_rows``: a box's departures, each on its time, over the minute they were read)."""
    stamp, comma, caveat = line.partition(",")
    if comma and word_count(caveat) <= CAVEAT_WORDS and not any(ch.isdigit() for ch in caveat) \
            and read_stamp(stamp, rows, timed_rows=timed_rows):
        return True  # its caveat after it: "Prix constatés le 12 février 2025, sous réserve de disponibilité."
    rest = " ".join(word for word in line.split() if not any(ch.isdigit() for ch in word))
    if word_count(rest) > STAMP_WORDS or "|" in line:
        return False  # (a table's row is none)
    clocks = list(_STAMP_CLOCK.finditer(line))
    if len(clocks) > 1:
        return False  # (opening hours, "9:00—17:30", are the story's fact)
    if clocks:
        clock = clocks[0]  # (the clock closes the stamp, its unit at most after it: "Stand 16:46 Uhr")
        return clock.start() > 0 and word_count(line[clock.end():]) <= 1 \
            and (timed_rows or not any(_STAMP_CLOCK.search(row) for row in rows))
    return _STAMP_YEAR.search(line) is not None and _DAY_OR_MONTH.search(line) is not None \
        and not any(_STAMP_YEAR.search(row) for row in rows)


STAMP_WORDS = 6
CAVEAT_WORDS = 4
# "17:05", "07.45", "07h10" (its hour of two figures: "1h30" is a recipe's time), "9時00分"
_STAMP_CLOCK = re.compile(r"(?<![\d.,:])(?:[0-2]?\d[:.]|[0-2]\dh|[0-2]?\d時)[0-5]\d(?![\d.,:])")
CLOCK_TIME = _STAMP_CLOCK  # a time of day on a clock, in any of these forms
_STAMP_YEAR = re.compile(r"(?<![\d万萬,.])(?:19|20)\d\d(?!\d)(?![^\W\d_年년])")  # a year, not "4万2000円"
_DAY_OR_MONTH = re.compile(r"(?<![\d.,])(?:[0-2]?\d|3[01])(?![\d,]|\.\d{3})")  # "3 de março", "2025.3.4"


def stamped_row(line: str) -> bool:
    """A data widget on one line: items with their figures parted by row marks, the last of them
    the time they were read ("Market watch: feed wheat £178/t ▼2 · oilseed rape £392/t ▲5 · last
    updated 09:15", "今日行情：鸡蛋批发价4.35元/斤 ▲0.05 · ... · 更新于08:30"). A programme's
    entries give their own times, and a sentence closes no row."""
    if ends_sentence(line):
        return False
    label, colon, _ = split_label(line)
    labelled = bool(colon) and 0 < word_count(label) <= ROW_LABEL_WORDS  # (a labelled row may name, not count:
    # "Εφημερίες σήμερα: Γ.Ν. Ιωαννίνων – Παθολογική, Ορθοπαιδική · ενημέρωση 08:00", the day's rota, its
    # stamp after a dash too; a timetable's "Vuoksenranta 6.05 – Koskikylä 6.43" is no labelled row)
    parts = [part.strip() for part in (_STAMP_MARK if labelled else SPACED_ROW_MARK).split(line) if part.strip()]
    if len(parts) < 2:
        return False
    *items, stamp = parts  # (the stamp's words and its one time: no value with its figures, "−0.21", "2215.33")
    stamp = SPACED_HOUR.sub(r"\1:\2", stamp)  # "mis à jour à 6 h 30"
    if len(_STAMP_FIGURES.findall(stamp)) != 1 or not any(ch.isalpha() for ch in stamp):
        return False
    if items and not any(ch.isdigit() for ch in items[0]) and word_count(items[0]) <= ROW_HEADING_WORDS \
            and len(items) > 1:
        items = items[1:]  # the widget's heading first: "El tiempo en el campo · Almenara de Duero: 31 °C ..."
    return (labelled or all(any(ch.isdigit() for ch in item) for item in items)) and read_stamp(stamp, []) \
        and not any(COLON_CLOCK.search(item) for item in items)  # (a price's "4.35" is no time)


def quote_row(line: str) -> bool:
    """A ticker on one line: a short label, then items parted by row marks, each a few words with its
    figure, two of them or more a market's quotes: a level with its signed change ("Nasdaq 22,870
    +0.7%", "코스피 4,102.35 (+0.8%)"), a price ("Brent 63,9 $", "доллар 81,20 ₽") or a currency
    pair's rate ("EUR/HUF 386,40"). A story's facts row gives its own figures, not quotes."""
    if not _DIGIT_ANY.search(line) or ends_sentence(line):
        return False
    label, colon, value = split_label(line)
    if not colon or not 0 < word_count(label) <= ROW_LABEL_WORDS or _DIGIT_ANY.search(label):
        return False  # (a row of the story's list is labelled by its item: "Wohnung, 60 Quadratmeter: bisher ...")
    items = [part.strip() for part in _QUOTE_MARKS.split(western_digits(value)) if part.strip()]
    if len(items) < 2 or any(word_count(item) > QUOTE_ITEM_WORDS or not _DIGIT_ANY.search(item) for item in items):
        return False
    # a quote: a level and its signed change, or one currency's rate in another ("доллар 81,20 ₽",
    # "EUR/HUF 386,40"); a price in one currency is a fact a story gives ("bisher 71 Euro")
    return sum(bool(_SIGNED_CHANGE.search(item) and len(_FIGURE_ANY.findall(item)) >= 2
                    or len(_CURRENCY_MENTION.findall(item)) >= 2) for item in items) >= 2


QUOTE_ITEM_WORDS = 6
_QUOTE_MARKS = re.compile(r"\s[\u00b7\u2022|]\s|(?<=[^\x00-\x7f])\u00b7\s?|[,\u060c\uff0c]\s(?=\D)")
_SIGNED_CHANGE = re.compile(r"[+\u2212\u2013-]\s?\d+(?:[.,]\d+)?\s?%|\d+(?:[.,]\d+)?\s?%\s?[+\u2212-]")
_FIGURE_ANY = re.compile(r"\d+(?:[.,\s]\d+)*")
_CURRENCY_MENTION = re.compile(
    f"(?<!\\w)(?:{_CURRENCY_NAMES})\\w{{0,3}}(?!\\w)|(?<!\\w)(?:{_CURRENCY_CODES})\\w?(?!\\w)|[{_CURRENCY_SIGNS}{_CURRENCY_GLYPHS}]"
    f"|(?<![\\w])(?:[A-Z]{{3}}|Rp)(?![^\\W\\d_])|\u0434\u043e\u043b\u043b\u0430\u0440|\ub2ec\ub7ec|\u09a1\u09b2\u09be\u09b0",
    re.IGNORECASE)


ROW_HEADING_WORDS = 6
ROW_LABEL_WORDS = 6
# a row's items, and its stamp after a dash too, or after a middle dot set against a letter of a
# script that writes no spaces ("康宁药房（学府路店）· 更新于07:00")
_STAMP_MARK = re.compile(r"\s[\u00b7\u2022|/\u2013\u2014]\s|(?<=[^\x00-\x7f])\u00b7\s?(?=[^\x00-\x7f])")
SPACED_HOUR = re.compile(r"(?<!\d)([0-2]?\d) h ([0-5]\d)(?!\d)")  # "19 h 42": the French hour, spaced


_STAMP_FIGURES = re.compile(r"\d+(?:[.,:h\u6642]\d+)*")
COLON_CLOCK = re.compile(r"(?<![\d.,:])[0-2]?\d:[0-5]\d(?![\d:])")  # a time of day written with a colon


def text_and_pictures(line: str) -> bool:
    """A credit label joining two things, the text and the pictures: two words joined by a short
    one ("Text a foto", "Tekst i zdjęcia", "Texte et photos") or by a mark ("文・写真", "Text/Foto"):
    the writer's credit too, a byline rather than a picture's credit."""
    label = split_label(line.strip())[0].strip()
    if _two_joined(label):
        return True
    parts = [part for part in _CREDIT_JOIN.split(label) if part.strip()]
    return len(parts) == 2 and all(word_count(part) == 1 for part in parts)


_CREDIT_JOIN = re.compile("[\u30fb\u00b7/&\uff06]")
