"""Bytes to text, and repair of broken Unicode.

Repair, do not rewrite: ftfy's defaults also straighten curly quotes, fold
full-width forms and split ligatures, which changes clean text (full-width
punctuation is normal Japanese). We enable only the fixers that undo damage,
and only run ftfy when a cheap check says the text may be damaged, because
``fix_text`` is by far the slowest step of a text pipeline.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import ftfy
from ftfy import TextFixerConfig
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

# Fixers that undo damage. Everything that merely normalises style is off.
REPAIR_CONFIG = TextFixerConfig(
    unescape_html="auto",
    remove_terminal_escapes=True,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=True,
    fix_surrogates=True,
    remove_control_chars=True,
    normalization="NFC",
    explain=True,
)
# HTML is parsed later, so entities must survive until the parser sees them.
HTML_REPAIR_CONFIG = REPAIR_CONFIG._replace(unescape_html=False)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
# Signs that ftfy has something to do: entities, C0/C1 controls (bar tab/newline),
# escape sequences, odd line breaks, surrogates.
# (Two patterns: each scans at the speed of its first character, an alternation of them does not.)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_SUSPECT_CHAR = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\ufeff\ufffd]")


# Codecs Python knows that are no page's character encoding: escape formats,
# IDNA, Punycode (raises UnicodeError on ordinary text) and UTF-7 (an XSS
# vector the WHATWG Encoding Standard forbids). A page naming one is read as if
# it named nothing. Bytes-to-bytes codecs (hex, zlib, base64) are refused too.
_NOT_PAGE_ENCODINGS = frozenset({"punycode", "idna", "unicode-escape", "raw-unicode-escape", "utf-7", "undefined"})


def _lookup(charset: str | None) -> str | None:
    if not charset:
        return None
    try:
        info = codecs.lookup(charset.strip().strip("\"'"))
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_PAGE_ENCODINGS:
        return None
    return info.name


def sniff_html_lang(data: bytes) -> str | None:
    """The language an HTML page's ``<html lang>`` declares in its first 4 KiB ("sl" of "sl-SI")."""
    match = _HTML_LANG.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


_HTML_LANG = re.compile(rb"""<html[^>]{0,200}?\blang\s*=\s*["']?([A-Za-z]{2,3})\b""", re.I)
# The legacy code pages each language's pages were written in, before UTF-8.
_LEGACY_PAGES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("cs", "sk", "pl", "hu", "sl", "hr", "bs", "ro", "sq"), ("cp1250", "iso8859_2")),
    **dict.fromkeys(("ru", "uk", "bg", "be", "sr", "mk"), ("cp1251", "koi8_r", "koi8_u", "iso8859_5")),
    "el": ("cp1253", "iso8859_7"), "tr": ("cp1254", "iso8859_9"), "az": ("cp1254", "iso8859_9"),
    "he": ("cp1255", "iso8859_8"), **dict.fromkeys(("ar", "fa", "ur"), ("cp1256", "iso8859_6")),
    **dict.fromkeys(("et", "lv", "lt"), ("cp1257", "iso8859_13")), "vi": ("cp1258",),
    "ja": ("shift_jis", "euc_jp", "iso2022_jp"), "ko": ("euc_kr",), "zh": ("gb18030", "big5"), "th": ("cp874",),
}


def sniff_html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KiB, if any and if known."""
    match = _META_CHARSET.search(data[:4096])
    return _lookup(match.group(1).decode("ascii", "replace")) if match else None


def decode_bytes(data: bytes, declared: str | None = None, *, html: bool = False) -> tuple[str, list[str]]:
    """Decode ``data``; return the text and notes on how it was decoded.

    Order: byte-order mark, the declared charset (HTTP header or record), the
    page's own meta charset, strict UTF-8, then detection. Undecodable bytes
    are replaced only as a last resort, and that is reported.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace"), [f"decoded as {codec} (byte-order mark)"]
    candidates: list[tuple[str, str]] = []
    if (codec := _lookup(declared)) is not None:
        candidates.append((codec, "declared"))
    # A <meta> readable as ASCII cannot be UTF-16/32; only a BOM says so (WHATWG).
    if html and (codec := sniff_html_charset(data)) is not None and not codec.startswith(("utf-16", "utf-32")):
        candidates.append((codec, "meta charset"))
    candidates.append(("utf-8", "default"))
    for codec, why in candidates:
        try:
            text = data.decode(codec)
        except (UnicodeError, LookupError):  # UnicodeError: codecs that fail without position
            continue
        notes = [] if codec == "utf-8" and why == "default" else [f"decoded as {codec} ({why})"]
        return text, notes
    # a page with a few stray bytes is in the charset its other bytes fit: UTF-8 first (a legacy
    # multi-byte codec reads much of UTF-8 as characters of its own), then the one it declares
    for codec, why in sorted(candidates, key=lambda c: c[0] != "utf-8"):
        mostly = _mostly(data, codec, why)
        if mostly is not None:
            return mostly
    from charset_normalizer import from_bytes

    sample = data[: 1 << 20]
    # the page's declared language narrows the detector to the code pages that language was
    # written in (a Slovene page in Windows-1250 declared UTF-8 is no Windows-1252 page)
    pages = _LEGACY_PAGES.get(sniff_html_lang(data) or "") if html else None
    best = (from_bytes(sample, cp_isolation=list(pages)).best() if pages else None) or from_bytes(sample).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding), [f"decoded as {best.encoding} (detected)"]
        except (UnicodeError, LookupError):
            pass
    return data.decode("utf-8", errors="replace"), ["undecodable bytes replaced (no charset fits)"]


STRAY_SHARE = 0.5  # invalid bytes per valid multi-byte character that still make a page UTF-8
MIN_VALID = 10  # valid multi-byte characters needed to call it UTF-8 (Latin-1 text has next to none)
MIN_WIDE = 2  # ... or valid three-byte ones ("“", "—", "€")


def _mostly(data: bytes, codec: str, why: str) -> tuple[str, list[str]] | None:
    """A page in a charset (its declared one, or UTF-8) with a few stray bytes (a truncated
    character, a pasted Latin-1 quote) is in that charset: the bad bytes become U+FFFD and the
    rest is read as written. Guessing another codec for the whole page instead would turn every
    non-ASCII letter into mojibake. A charset the bytes are not in fails on most of its
    characters (UTF-8's Korean read as EUC-KR, EUC-KR read as UTF-8)."""
    try:
        text = data.decode(codec, "replace")
    except LookupError:
        return None
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    # (an English page has few: its curly quotes, three bytes each in UTF-8, which a legacy
    # page's text almost never spells by chance, count as enough)
    wide = sum(1 for ch in text if 0x7FF < ord(ch) < 0xFFFD) if codec == "utf-8" else 0
    if bad <= 0 or valid < MIN_VALID and wide < MIN_WIDE or bad > STRAY_SHARE * valid:
        return None
    plural = "s" if bad > 1 else ""
    name = "UTF-8" if codec == "utf-8" else codec
    notes = [] if codec == "utf-8" and why == "default" else [f"decoded as {codec} ({why})"]
    return text, [*notes, f"{bad} invalid {name} byte sequence{plural} {STRAY_NOTE}"]


STRAY_NOTE = "replaced"  # how the decode notes end when stray bytes became U+FFFD


_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def strip_controls(text: str) -> tuple[str, list[str]]:
    """Control characters and lone surrogates out of markup, before it is parsed (cheap, linear)."""
    # The common page has neither: in UTF-8 these controls are single bytes that no other
    # character's encoding contains, and a lone surrogate does not encode, so two passes
    # in C clear it (a regex scan of a whole page costs ten times as much).
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = None
    if data is not None and len(data.translate(None, _CONTROL_BYTES)) == len(data):
        return text, []
    fixed, count = _CONTROLS.subn("", text)
    return fixed, [f"removed {count} control characters"] if count else []


@lru_cache(maxsize=1)
def _mojibake_gate() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """:func:`_gate_chars` as a pattern and two sets, built on first use, not by every command
    that imports the package, from a copy in the user's cache (deriving them scans the Basic
    Multilingual Plane three times: 15 ms)."""
    import json
    from pathlib import Path

    from . import stored

    sources = [json.dumps(MOJIBAKE_CATEGORIES, sort_keys=True), Path(__file__).read_bytes()]
    chars, quotes, beside = stored.derived("mojibake-gate", sources, _three_strings, _gate_chars)
    return re.compile(_char_class(set(chars))), frozenset(quotes), frozenset(beside)


def _three_strings(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 3 and all(isinstance(v, str) for v in value)


def _gate_chars() -> tuple[str, str, str]:
    """Where ftfy's ``is_bad`` regex may match: the characters, the quote marks among them, and
    the letters that make a quote mark count.

    Each of ftfy's mojibake sequences holds at least one character of these categories or
    one of the listed letters, or a quote mark. Cyrillic, Greek, Arabic and Indic text without
    such characters is then cleared by one character-class scan instead of ftfy's long
    alternation.

    Accented small letters (é, ñ, ö, ...) are everyday letters of many languages, and quote
    marks everyday punctuation: a sequence holding an accented letter holds another of the
    characters too, or a quote mark beside it (œ excepted: it makes a sequence alone); one
    holding a quote mark and no other of them has an accented letter or one of the Cyrillic
    or Greek capitals of the three-letter sequences beside it.
    """
    cats = MOJIBAKE_CATEGORIES
    # letters of Greek and Cyrillic words ("common") and punctuation never make a sequence alone
    alone = ("common", "start_punctuation", "end_punctuation", "upper_common", "lower_common")
    needed = "".join(cats[k] for k in cats if k not in alone)
    needed += "\u0152\u0153\u00b0\u00d7\u00d8\u00d9\u00e0\u221a\u2248\u201a\u0402\u20ac\u00c2\u00c3\u00ce\u00d0"
    weak = _chars(cats["lower_accented"] + "\u00f2-\u00f6\u00f8-\u00fc") - {"\u0153"}  # kaomoji's small letters too
    strong = _chars(needed) - weak
    quotes = _chars(cats["start_punctuation"] + cats["end_punctuation"]) - strong
    capitals = set("\u0412\u0413\u0420\u0421\u0392\u0393\u039e\u039f")
    return "".join(sorted(strong | quotes)), "".join(sorted(quotes)), "".join(sorted(weak | capitals))


def _chars(char_class: str) -> set[str]:
    """The characters a regex character class body of literal characters and ranges names
    (none lies above its highest character)."""
    top = max(map(ord, char_class), default=0)
    return set(re.findall(f"[{char_class}]", "".join(map(chr, range(top + 1)))))


def _char_class(chars: set[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


_REACH = 8  # no sequence of ftfy's regex is longer than 7 characters


def gate_hits(text: str) -> Iterator[int]:
    """Positions of the characters one of ftfy's mojibake sequences would hold (see
    :func:`_mojibake_gate`): every match of its regex holds one of them."""
    gate, quotes, beside = _mojibake_gate()
    for match in gate.finditer(text):
        i = match.start()
        if text[i] not in quotes or text[i - 1 : i] in beside or text[i + 1 : i + 2] in beside:
            yield i


def looks_like_mojibake(text: str) -> bool:
    """ftfy's ``is_bad``, run only around the characters its sequences need.

    Same answer (a property test checks it); on text with few such characters, a few
    short searches instead of ftfy's long alternation tried at every position.
    """
    end = -1
    start = 0
    for i in gate_hits(text):
        a, b = i - _REACH, i + 1 + _REACH
        if a > end:
            if end >= 0 and BADNESS_RE.search(text, max(0, start), end):
                return True
            start = a
        end = max(end, b)
    return end >= 0 and BADNESS_RE.search(text, max(0, start), end) is not None


def needs_repair(text: str) -> bool:
    """Cheap test: could ftfy change anything beyond NFC normalisation?"""
    if text.isascii():
        return "&" in text or _SUSPECT_CHAR.search(text) is not None
    if "&" in text and _ENTITY.search(text) is not None:
        return True
    return _SUSPECT_CHAR.search(text) is not None or looks_like_mojibake(text)


def repair(text: str, *, html: bool = False) -> tuple[str, list[str]]:
    """Undo mojibake, stray entities and control characters, drop soft hyphens; report each fix.

    Soft hyphens go after the repair: in UTF-8 read as Windows-1252 one is half of a letter
    ("thÃ\u00ad" is "thí"), and without it the letter cannot be put back."""
    fixed, steps = _repair(text, html=html)
    if "\u00ad" in fixed:
        fixed, steps = fixed.replace("\u00ad", ""), [*steps, "removed soft hyphens"]
    if "\u2060" in fixed or "\u200c" in fixed or "\u200d" in fixed:
        bare = _INVISIBLE.sub("", fixed)
        if bare != fixed:
            fixed, steps = bare, [*steps, "removed invisible joiners"]
    return fixed, steps


# a word joiner anywhere ("Kilo\u2060meter": it only keeps a line from breaking there); a zero-width
# (non-)joiner beside a space or an end, or between two letters of a script that joins none
# ("Schüler\u200c aus"): in Persian, Indic scripts and emoji sequences it shapes the text, and stays
_CASED = "A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
_INVISIBLE = re.compile(f"\u2060|(?<=[{_CASED}])[\u200c\u200d](?=[{_CASED}])"
                        "|[\u200c\u200d](?=\\s|$)|(?:^|(?<=\\s))[\u200c\u200d]")


def _repair(text: str, *, html: bool = False) -> tuple[str, list[str]]:
    if not needs_repair(text):
        if not text.isascii() and not unicodedata.is_normalized("NFC", text):
            return unicodedata.normalize("NFC", text), ["normalized to NFC"]
        return text, []
    config = HTML_REPAIR_CONFIG if html else REPAIR_CONFIG
    fixed, explanation = ftfy.fix_and_explain(text, config=config)
    steps = [] if explanation is None else [f"{kind}: {name}" for kind, name in explanation]
    return fixed, steps
