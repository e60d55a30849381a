"""Metamorphic variants of the labelled fixtures.

A variant changes something in a raw fixture that must not change the article: the outlet's name,
the spelling of the network brand, the title echoes, hard line wraps, where a spam line sits, the
language of the trailing boilerplate block. Each variant carries the fixture's sidecar adjusted for
what it changed (``source`` renamed, ``boilerplate`` strings rewritten), while the ``title`` and
``text`` of every record are left exactly as they are: that is the invariant, the cleaner must give
the same title and text on the variant as on the original.

Every transformation is a small pure function ``(Fixture, Context) -> Variant | None``; it returns
``None`` when it does not apply to a fixture (it never produces a broken variant).

    python scripts/metamorphic.py fixtures/cases --out /tmp/variants     # write variants as fixtures
    python scripts/metamorphic.py fixtures/cases fixtures/holdout --list # counts per transformation
"""

from __future__ import annotations

import argparse
import base64
import copy
import gzip
import hashlib
import html
import json
import re
import sys
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

SIDECAR = ".expected.json"
FORMATS = ("txt", "html", "json", "jsonl")
GZIP_MAGIC = b"\x1f\x8b"


@dataclass(frozen=True)
class Variant:
    name: str
    ext: str
    raw: bytes
    expected: dict[str, Any]
    # names the variant replaced everywhere (old -> new): a line kept on both sides that names the
    # outlet reads the new name on the variant, and is the same decision
    renamed: tuple[tuple[str, str], ...] = ()

    def renaming(self, text: str) -> str:
        """``text`` (the cleaner's output on the original) with this variant's renaming applied."""
        for old, new in self.renamed:
            text = replace_bounded(text, old, new)
        return text


@dataclass
class Fixture:
    """One raw input and its sidecar, the raw text decoded (BOM and CRLF remembered)."""

    path: Path
    expected: dict[str, Any]
    raw: bytes
    text: str = ""
    bom: bool = False
    crlf: bool = False

    def __post_init__(self) -> None:
        if self.wet:  # a WET file: the archive's text as it is (CRLF headers, LF payloads)
            self.text = gzip.decompress(self.raw).decode("utf-8")
            return
        self.text, self.bom, self.crlf = decode(self.raw)

    @property
    def wet(self) -> bool:
        return self.raw[:2] == GZIP_MAGIC and ".warc" in self.path.name

    @property
    def ext(self) -> str:
        return self.path.name.split(".", 1)[1] if "." in self.path.name else self.expected.get("format", "txt")

    @property
    def fmt(self) -> str:
        return str(self.expected.get("format") or self.ext.rsplit(".", 1)[-1])

    @property
    def name(self) -> str:
        return self.path.name.split(".", 1)[0]

    @property
    def lang(self) -> str:
        return self.path.parent.name

    @property
    def records(self) -> list[dict[str, Any]]:
        return list(self.expected.get("records") or [])

    @property
    def negative(self) -> bool:
        return bool(self.expected.get("negative"))

    @property
    def layout(self) -> str:
        return str(self.expected.get("layout") or "")

    def variant(self, name: str, text: str, expected: dict[str, Any] | None = None,
                renamed: tuple[tuple[str, str], ...] = ()) -> Variant | None:
        """A variant from the new raw text; ``None`` when nothing changed or the invariant broke."""
        if text == self.text:
            return None
        exp = copy.deepcopy(expected if expected is not None else self.expected)
        old = self.records
        new = exp.get("records") or []
        if len(new) != len(old) or any(
            a.get("title") != b.get("title") or a.get("text") != b.get("text") for a, b in zip(old, new, strict=True)
        ):
            raise AssertionError(f"{self.path}: variant {name} changed an expected title or text")
        if self.fmt in ("json",):
            json.loads(text)
        elif self.fmt == "jsonl":
            for line in text.splitlines():
                if line.strip():
                    json.loads(line)
        raw = encode_warc(text) if self.wet else encode(text, self.bom, self.crlf)
        return Variant(name, self.ext, raw, exp, renamed)


@dataclass
class Context:
    """What a transformation may use beyond its fixture: donors for the footer swap."""

    donors: list[Donor] = field(default_factory=list)


@dataclass(frozen=True)
class Donor:
    fixture: str
    lang: str
    layout: str
    lines: tuple[str, ...]


# -- text helpers ------------------------------------------------------------------------------


def decode(raw: bytes) -> tuple[str, bool, bool]:
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw[3:].decode("utf-8") if bom else raw.decode("utf-8")
    crlf = "\r\n" in text
    return text.replace("\r\n", "\n"), bom, crlf


def encode(text: str, bom: bool, crlf: bool) -> bytes:
    if crlf:
        text = text.replace("\n", "\r\n")
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


_WARC_HEAD = re.compile(r"WARC/1\.[01]\r\n(.*?)\r\n\r\n", re.S)
_LENGTH = re.compile(r"^Content-Length: *\d+(?=\r|$)", re.M | re.I)
_DIGEST = re.compile(r"^WARC-Block-Digest: *sha1:[A-Z2-7]+(?=\r|$)", re.M | re.I)


def encode_warc(text: str) -> bytes:
    """An archive's text (as ``Fixture`` holds a WET file) written back as a gzipped WARC, one gzip
    member per record, each record's Content-Length and block digest computed for its new block."""
    heads = list(_WARC_HEAD.finditer(text))
    out = []
    for k, head in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        block = text[head.end():end]
        if block.endswith("\r\n\r\n"):
            block = block[:-4]
        data = block.encode("utf-8")
        fields = _LENGTH.sub(f"Content-Length: {len(data)}", head.group(1))
        sha1 = base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")
        fields = _DIGEST.sub(f"WARC-Block-Digest: sha1:{sha1}", fields)
        record = f"WARC/1.0\r\n{fields}\r\n\r\n".encode() + data + b"\r\n\r\n"
        out.append(gzip.compress(record, compresslevel=9, mtime=0))
    return b"".join(out)


def ws(s: str) -> str:
    """Whitespace runs as one space; a run of ideographic spaces alone stays (a CJK headline's)."""
    return re.sub(r"\s+", lambda m: "\u3000" if set(m.group()) == {"\u3000"} else " ", s).strip()


_SPACELESS = re.compile(
    "[\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u0f00-\u0fff"  # Thai, Lao, Myanmar, Khmer, Tibetan
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"  # kana, CJK
)


def spaceless(s: str) -> bool:
    """Mostly written in a script that does not separate words with spaces."""
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if _SPACELESS.match(c)) > 0.3 * len(letters)


def _wordish(ch: str) -> bool:
    """A character that continues a word (for name boundaries); spaceless scripts never do."""
    if not ch or _SPACELESS.match(ch):
        return False
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _script(s: str) -> str:
    for ch in s:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            for script in ("LATIN", "CYRILLIC", "GREEK", "ARABIC", "HEBREW", "BENGALI", "DEVANAGARI", "GURMUKHI",
                           "THAI", "KHMER", "HANGUL", "HIRAGANA", "KATAKANA", "CJK"):
                if name.startswith(script):
                    return script
            return "OTHER"
    return "LATIN"


def forms(fmt: str) -> list[Callable[[str], str]]:
    """How a plain string can be spelled in a raw file of this format (plain, HTML-, JSON-escaped)."""
    plain: list[Callable[[str], str]] = [
        lambda s: s,
        lambda s: html.escape(s, quote=False),
        lambda s: html.escape(s, quote=True),
        lambda s: html.escape(s, quote=False).replace("'", "&#39;"),
    ]
    if fmt not in ("json", "jsonl"):
        return plain
    out: list[Callable[[str], str]] = list(plain)
    for f in plain:
        out.append(lambda s, f=f: json.dumps(f(s), ensure_ascii=False)[1:-1])
        out.append(lambda s, f=f: json.dumps(f(s), ensure_ascii=True)[1:-1])
    return out


def replace_bounded(text: str, old: str, new: str) -> str:
    """``old`` -> ``new`` wherever ``old`` is not part of a longer word."""
    out: list[str] = []
    i = 0
    while True:
        j = text.find(old, i)
        if j < 0:
            out.append(text[i:])
            return "".join(out)
        before = text[j - 1] if j else ""
        after = text[j + len(old)] if j + len(old) < len(text) else ""
        ok = not (_wordish(old[0]) and _wordish(before)) and not (_wordish(old[-1]) and _wordish(after))
        out.append(text[i:j])
        out.append(new if ok else old)
        i = j + len(old)


def replace_all_forms(fx: Fixture, text: str, old: str, new: str, bounded: bool = False) -> str:
    seen: set[str] = set()
    for f in forms(fx.fmt):
        a, b = f(old), f(new)
        if a in seen or a == b:
            continue
        seen.add(a)
        text = replace_bounded(text, a, b) if bounded else text.replace(a, b)
    return text


def occurs(fx: Fixture, s: str) -> bool:
    return any(f(s) in fx.text for f in forms(fx.fmt))


def in_article(fx: Fixture, s: str) -> bool:
    """``s`` is part of some record's expected title or text (so it must never be touched)."""
    low = s.casefold()
    return any(low in (r.get("title") or "").casefold() or low in (r.get("text") or "").casefold()
               for r in fx.records)


# -- txt structure -----------------------------------------------------------------------------


@dataclass
class Dump:
    lines: list[str]
    echo: list[int]  # indices of the leading title-echo lines
    trailing: list[int]  # indices of the trailing boilerplate block (in order)
    paragraphs: list[int]  # indices of lines that are whole paragraphs of the expected text


def dump_structure(fx: Fixture) -> Dump | None:
    if fx.fmt != "txt" or len(fx.records) != 1:
        return None
    rec = fx.records[0]
    title = ws(rec.get("title") or "")
    lines = fx.text.split("\n")
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    echo: list[int] = []
    for i in nonblank:
        if title and ws(lines[i]).startswith(title):
            echo.append(i)
        else:
            break
    boiler = {ws(b) for b in rec.get("boilerplate") or []}
    trailing: list[int] = []
    for i in reversed(nonblank):
        if i in echo or ws(lines[i]) not in boiler:
            break
        trailing.insert(0, i)
    paras = {ws(p) for p in re.split(r"\n\s*\n", rec.get("text") or "") if p.strip()}
    body = [i for i in nonblank if i not in echo and i not in trailing and ws(lines[i]) in paras]
    return Dump(lines, echo, trailing, body)


def _blank_around(lines: list[str], i: int) -> bool:
    return (i == 0 or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip())


def _join(lines: list[str]) -> str:
    return "\n".join(lines)


# -- brand spellings ---------------------------------------------------------------------------

#: Renderings of the network's names (Plato..., Zephyrnet) as machine translation writes them.
BRAND_STEMS = [
    r"Plat(?:on|ão|ón|o)", r"Zephyr", r"Zefir", r"Платон", r"Плато", r"Зефір", r"Зефир", r"Πλάτων", r"Πλατο", r"Πλάτο",
    r"Πλατ", r"Πλάτ", r"Ζέφυρ",
    r"أفلاطون", r"افلاطون", r"بلاتو", r"زفير", r"زيفير", r"پلاتو", r"پلیٹو", r"زفیر", r"زیفیر",
    r"פלאטו", r"אפלטון", r"פלטו", r"זפיר", r"প্ল[াে]টো", r"জেফির", r"प्ल[ेा]टो", r"ज़?ेफिर", r"ਪਲ[ੇੈਾ]ਟੋ",
    r"เพลโต", r"พลาโต", r"เซเฟอร์", r"ផ្លាតូ", r"ប្លាតូ", r"プラトン", r"プラト", r"ゼファー",
    r"플라톤", r"플라토", r"제퍼넷",
    r"柏拉图", r"柏拉圖",
]
_STEM = re.compile("(?:" + "|".join(sorted(BRAND_STEMS, key=len, reverse=True)) + ")")
_TOKEN = re.compile(r"\S+")

#: Vowel-sign / letter swaps that keep a rendering plausible (applied once, first match).
_SWAPS = [
    ("প্লেটো", "প্লাটো"), ("প্লাটো", "প্লেটো"), ("प्लेटो", "प्लाटो"), ("प्लाटो", "प्लेटो"), ("ਪਲੇਟੋ", "ਪਲੈਟੋ"),
    ("ਪਲੈਟੋ", "ਪਲੇਟੋ"), ("أفلاطون", "افلاطون"), ("افلاطون", "أفلاطون"), ("بلاتو", "بلاطو"), ("پلاتو", "پلاطو"),
    ("پلیٹو", "پلاٹو"), ("Платон", "Плато"), ("Плато", "Платон"), ("Πλάτων", "Πλάτωνας"), ("פלאטו", "פלטו"),
    ("פלטו", "פלאטו"), ("אפלטון", "אפלאטון"), ("เพลโต", "เพลโท"), ("プラトン", "プラトー"), ("プラト", "プラトー"),
    ("플라톤", "플라토"), ("플라토", "플라톤"), ("ផ្លាតូ", "ប្លាតូ"), ("柏拉图", "柏拉圖"), ("Zephyrnet", "ZephyrNet"),
    ("Platão", "Platao"), ("Platon", "Platón"), ("Plato", "Plató"),
]


def has_brand(s: str) -> bool:
    return bool(_STEM.search(s))


def _respell_token(tok: str, nxt: str | None) -> tuple[str, bool]:
    """A new spelling of one brand token; the bool says the following space was consumed."""
    m = _STEM.search(tok)
    assert m
    latin = _script(tok) == "LATIN"
    stem_end = m.end()
    # glued compound: PlatoBlockchain -> Plato Blockchain, প্লাটোব্লকচেইন -> প্লাটো ব্লকচেইন
    rest = tok[stem_end:]
    if latin and m.group(0).startswith("Plat") and rest[:1].isupper():
        return tok[:stem_end] + " " + rest, False
    if latin and m.group(0) == "Zephyr" and rest.startswith("net"):
        return tok[:stem_end] + "Net" + rest[3:], False
    cased = _script(tok) in ("CYRILLIC", "GREEK")
    if not latin and (rest[:1].isupper() if cased else
                      rest[:1].isalpha() or unicodedata.category(rest[:1] or " ").startswith("M")):
        return tok[:stem_end] + " " + rest, False
    # two words: Plato Data -> Plato-Data, Плато Дата -> Плато-Дата
    if (latin or cased) and nxt and m.end() == len(tok) and nxt[:1].isupper():
        return tok + "-", True
    # another vowel sign / letter: প্লেটো -> প্লাটো, أفلاطون -> افلاطون, Plato -> Plató
    for a, b in _SWAPS:
        if a in tok:
            return tok.replace(a, b, 1), False
    # else the spacing: Плато Дата -> Плато-Дата, 플라톤 데이터 -> 플라톤데이터
    if nxt and m.end() == len(tok) and nxt[:1].isalpha():
        joiner = "" if _script(tok) in ("HANGUL", "KATAKANA", "HIRAGANA", "CJK", "THAI", "KHMER") else "-"
        return tok + joiner, True
    return tok, False


def respell_brands(s: str) -> str:
    """``s`` with every network brand token spelled another plausible way."""
    toks = list(_TOKEN.finditer(s))
    out: list[str] = []
    pos = 0
    skip_space = False
    for k, m in enumerate(toks):
        gap = s[pos:m.start()]
        out.append("" if skip_space else gap)
        skip_space = False
        tok = m.group(0)
        if _STEM.search(tok):
            nxt = toks[k + 1].group(0) if k + 1 < len(toks) and s[m.end():toks[k + 1].start()] == " " else None
            tok, skip_space = _respell_token(tok, nxt)
        out.append(tok)
        pos = m.end()
    out.append(s[pos:])
    return "".join(out)


# -- invented outlet names -------------------------------------------------------------------------

INVENTED = {
    "LATIN": ["Quillmark Ledger", "Brindlewood Wire", "Tessaly Dispatch"],
    "CYRILLIC": ["Квиллмарк Леджер", "Бриндлвуд Вайр", "Тессали Диспатч"],
    "GREEK": ["Κουίλμαρκ Λέτζερ", "Μπρίντλγουντ Γουάιρ", "Τέσαλι Ντίσπατς"],
    "ARABIC": ["كويلمارك ليدجر", "بريندلوود واير", "تيسالي ديسباتش"],
    "HEBREW": ["קווילמרק לדג'ר", "ברינדלווד ווייר", "טסלי דיספץ'"],
    "BENGALI": ["কুইলমার্ক লেজার", "ব্রিন্ডলউড ওয়্যার", "টেসালি ডিসপ্যাচ"],
    "DEVANAGARI": ["क्विलमार्क लेजर", "ब्रिंडलवुड वायर", "टेसाली डिस्पैच"],
    "GURMUKHI": ["ਕੁਇਲਮਾਰਕ ਲੈਜਰ", "ਬ੍ਰਿੰਡਲਵੁੱਡ ਵਾਇਰ", "ਟੈਸਲੀ ਡਿਸਪੈਚ"],
    "THAI": ["ควิลมาร์ก เลดเจอร์", "บรินเดิลวูด ไวร์", "เทสซาลี ดิสแพตช์"],
    "KHMER": ["គ្វីលម៉ាក លេដជឺ", "ប្រីនដលវូដ វ៉ាយ", "តេសាលី ឌីសផាច"],
    "HANGUL": ["퀼마크 레저", "브린들우드 와이어", "테살리 디스패치"],
    "KATAKANA": ["クイルマーク・レジャー", "ブリンドルウッド・ワイヤー", "テサリー・ディスパッチ"],
    "HIRAGANA": ["クイルマーク・レジャー", "ブリンドルウッド・ワイヤー", "テサリー・ディスパッチ"],
    "CJK": ["羽标日报", "林木电讯", "泰萨快讯"],
    "OTHER": ["Quillmark Ledger", "Brindlewood Wire", "Tessaly Dispatch"],
}
#: Persian and Urdu are written in the Arabic script but spell foreign names differently.
INVENTED_BY_LANG = {
    "fa": ["کوئیلمارک لجر", "بریندلوود وایر", "تسالی دیسپچ"],
    "ur": ["کوئلمارک لیجر", "برنڈل ووڈ وائر", "ٹیسالی ڈسپیچ"],
}


def invented_name(source: str, lang: str, k: int) -> str:
    names = INVENTED_BY_LANG.get(lang) if _script(source) == "ARABIC" else None
    names = names or INVENTED.get(_script(source), INVENTED["LATIN"])
    return names[k % len(names)]


# -- transformations ---------------------------------------------------------------------------


def rename_outlet(fx: Fixture, ctx: Context) -> Variant | None:
    """Every non-null ``source`` not inside the article -> an invented outlet name, everywhere in the raw."""
    sources: list[str] = []
    for r in fx.records:
        s = r.get("source")
        if s and s not in sources and not in_article(fx, s) and occurs(fx, s):
            sources.append(s)
    if not sources:
        return None
    # longest first, so "Het register" is renamed before a "register" inside it would be
    sources.sort(key=len, reverse=True)
    mapping = {}
    used: set[str] = set()
    for k, s in enumerate(sources):
        j = k
        name = invented_name(s, fx.lang, j)
        while name in used or name in fx.text:
            j += 1
            name = invented_name(s, fx.lang, j) + ("" if j < 3 else f" {j}")
        used.add(name)
        mapping[s] = name
    text = fx.text
    for s, name in mapping.items():
        text = replace_all_forms(fx, text, s, name, bounded=True)
    exp = copy.deepcopy(fx.expected)
    for r in exp["records"]:
        if r.get("source") in mapping:
            r["source"] = mapping[r["source"]]
        bp = []
        for b in r.get("boilerplate") or []:
            for s, name in mapping.items():
                b = replace_bounded(b, s, name)
            bp.append(b)
        r["boilerplate"] = bp
    return fx.variant("rename_outlet", text, exp, tuple(mapping.items()))


def _title_tail_spans(fx: Fixture) -> list[tuple[int, int]]:
    """Spans of the raw text holding the tail of a title echo (after the title, up to a line / tag / quote end)."""
    spans: list[tuple[int, int]] = []
    for r in fx.records:
        title = r.get("title") or ""
        if not title:
            continue
        seen: set[str] = set()
        for f in forms(fx.fmt):
            t = f(title)
            if t in seen:
                continue
            seen.add(t)
            for m in re.finditer(re.escape(t) + r'([^\n<"]*)', fx.text):
                if m.group(1).strip():
                    spans.append((m.start(1), m.end(1)))
    return spans


def retransliterate_brand(fx: Fixture, ctx: Context) -> Variant | None:
    """Network brand forms respelled in boilerplate strings and title-echo tails, never in the article."""
    if fx.negative:
        return None
    text = fx.text
    # 1. echo / title tails (txt echo lines, <title>, og:title, h1, feed titles)
    spans = sorted(set(_title_tail_spans(fx)))
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    for a, b in reversed(merged):
        tail = text[a:b]
        if has_brand(tail):
            text = text[:a] + respell_brands(tail) + text[b:]
    # 2. boilerplate strings (longest first; one mapping for every record)
    mapping: dict[str, str] = {}
    for r in fx.records:
        for bp in r.get("boilerplate") or []:
            if has_brand(bp) and not in_article(fx, bp):
                new = respell_brands(bp)
                if new != bp:
                    mapping[bp] = new
    for old in sorted(mapping, key=len, reverse=True):
        text = replace_all_forms(fx, text, old, mapping[old])
    exp = copy.deepcopy(fx.expected)
    for r in exp["records"]:
        r["boilerplate"] = [mapping.get(b, b) for b in r.get("boilerplate") or []]
    return fx.variant("retransliterate_brand", text, exp)


def identical_echoes(fx: Fixture, ctx: Context) -> Variant | None:
    d = dump_structure(fx)
    if not d or len(d.echo) < 2 or len({d.lines[i] for i in d.echo}) < 2:
        return None
    lines = list(d.lines)
    for i in d.echo[1:]:
        lines[i] = lines[d.echo[0]]
    return fx.variant("identical_echoes", _join(lines))


def drop_echo(fx: Fixture, ctx: Context) -> Variant | None:
    d = dump_structure(fx)
    if not d or len(d.echo) < 3:
        return None
    lines = list(d.lines)
    i = d.echo[1]
    end = i + 1
    while end < d.echo[2] and not lines[end].strip():
        end += 1
    del lines[i:end]
    return fx.variant("drop_echo", _join(lines))


def reorder_echo(fx: Fixture, ctx: Context) -> Variant | None:
    d = dump_structure(fx)
    if not d or len(d.echo) < 2:
        return None
    lines = list(d.lines)
    contents = [lines[i] for i in d.echo]
    if contents == contents[::-1]:
        return None
    for i, c in zip(d.echo, reversed(contents), strict=True):
        lines[i] = c
    return fx.variant("reorder_echo", _join(lines))


WRAP_AT = 72
WRAP_OVER = 80


def hard_wrap(fx: Fixture, ctx: Context) -> Variant | None:
    """Body paragraphs over 80 characters wrapped at 72 columns; echoes and trailing lines untouched."""
    d = dump_structure(fx)
    if not d or not d.paragraphs:
        return None
    # only when paragraphs are blank-line separated (else a wrap is indistinguishable from a new paragraph)
    if not all(_blank_around(d.lines, i) for i in d.paragraphs):
        return None
    lines = list(d.lines)
    changed = False
    for i in reversed(d.paragraphs):
        line = lines[i]
        if len(line) <= WRAP_OVER or spaceless(line) or " " not in line.strip():
            continue
        wrapped = textwrap.wrap(line.strip(), WRAP_AT, break_long_words=False, break_on_hyphens=False)
        if len(wrapped) > 1 and " ".join(wrapped) == ws(line):
            lines[i:i + 1] = wrapped
            changed = True
    return fx.variant("hard_wrap", _join(lines)) if changed else None


_TITLE_TAG = re.compile(r"(<title[^>]*>)(.*?)(</title>)", re.S | re.I)
_META = re.compile(r'(<meta\s+(?:property|name)="(?:og|twitter):title"\s+content=")([^"]*)(")', re.I)
_H1 = re.compile(r"(<h1[^>]*>)([^<]*)(</h1>)", re.I)


def spam_everywhere(fx: Fixture, ctx: Context) -> Variant | None:
    """<title>, og:title, twitter:title and the h1 all set to the longest title candidate with a spam tail."""
    if fx.negative or fx.fmt != "html" or len(fx.records) != 1:
        return None
    title = ws(fx.records[0].get("title") or "")
    values: list[str] = []
    for pat in (_TITLE_TAG, _META, _H1):
        for m in pat.finditer(fx.text):
            value = ws(html.unescape(m.group(2)))
            if title and value.startswith(title):
                values.append(value)
    if len(values) < 2:
        return None
    longest = max(values, key=len)
    if not has_brand(longest[len(title):]):
        return None

    def sub(pat: re.Pattern[str], quote: bool) -> Callable[[str], str]:
        def one(m: re.Match[str]) -> str:
            value = ws(html.unescape(m.group(2)))
            if not value.startswith(title):
                return m.group(0)
            return m.group(1) + html.escape(longest, quote=quote) + m.group(3)

        return lambda t: pat.sub(one, t)

    text = fx.text
    for pat, quote in ((_TITLE_TAG, False), (_META, True), (_H1, False)):
        text = sub(pat, quote)(text)
    return fx.variant("spam_everywhere", text)


_BOTTOM_UL = re.compile(r'(<ul class="plato-post-bottom-links">)(.*?)(</ul>)', re.S)
_LI = re.compile(r"<li[^>]*>(.*?)</li>", re.S)


def _strip_tags(s: str) -> str:
    return ws(html.unescape(re.sub(r"<[^>]+>", "", s)))


def donor_lines(fx: Fixture) -> tuple[str, ...] | None:
    """The trailing boilerplate block of a fixture, as plain lines, when it has one."""
    if fx.negative or len(fx.records) < 1:
        return None
    d = dump_structure(fx)
    title = fx.records[0].get("title") or ""
    if d and len(d.trailing) >= 2:
        lines = [d.lines[i].strip() for i in d.trailing]
    elif fx.fmt in ("html", "json", "jsonl"):
        m = _BOTTOM_UL.search(fx.text.replace('\\"', '"').replace("\\n", "\n"))
        if not m:
            return None
        boiler = {ws(b) for b in fx.records[0].get("boilerplate") or []}
        lines = [_strip_tags(li) for li in _LI.findall(m.group(2))]
        if not lines or not all(line in boiler for line in lines):
            return None
    else:
        return None
    # a title reference ("The post <title> appeared first on X") belongs to its own article only
    lines = [line for line in lines if not (title and ws(title) in line)]
    return tuple(lines) if len(lines) >= 2 else None


def _pick_donor(fx: Fixture, ctx: Context) -> Donor | None:
    pool = [d for d in ctx.donors if d.lang != fx.lang and d.fixture != str(fx.path)]
    same = [d for d in pool if d.layout == fx.layout] or pool
    if not same:
        return None
    # rendezvous hashing: the pick only changes when a new donor outranks it, not whenever one is added
    def rank(d: Donor) -> str:
        return hashlib.sha1(f"{fx.path.name}|{Path(d.fixture).parent.name}/{Path(d.fixture).name}".encode()).hexdigest()

    return min(same, key=rank)


def _swap_boilerplate(exp: dict[str, Any], removed: Iterable[str], added: Iterable[str]) -> dict[str, Any]:
    exp = copy.deepcopy(exp)
    r = exp["records"][0]
    bp = list(r.get("boilerplate") or [])
    for line in removed:
        for k, b in enumerate(bp):
            if ws(b) == ws(line):
                del bp[k]
                break
    r["boilerplate"] = bp + [a for a in added]
    return exp


def footer_language(fx: Fixture, ctx: Context) -> Variant | None:
    """The trailing boilerplate block replaced by the same kind of block from a fixture in another language."""
    if fx.negative or fx.fmt not in ("txt", "html") or len(fx.records) != 1:
        return None
    donor = _pick_donor(fx, ctx)
    if not donor:
        return None
    new_lines = [line for line in donor.lines if not in_article(fx, line)]
    if len(new_lines) < 2:
        return None
    if fx.fmt == "txt":
        d = dump_structure(fx)
        if not d or len(d.trailing) < 2:
            return None
        first, last = d.trailing[0], d.trailing[-1]
        sep = "\n" if all(d.lines[i + 1].strip() for i in d.trailing[:-1]) else "\n\n"
        old = [d.lines[i].strip() for i in d.trailing]
        text = _join(d.lines[:first]) + "\n" + sep.join(new_lines) + ("\n" + _join(d.lines[last + 1:])
                                                                      if last + 1 < len(d.lines) else "")
        return fx.variant("footer_language", text, _swap_boilerplate(fx.expected, old, new_lines))
    m = _BOTTOM_UL.search(fx.text)
    if not m:
        return None
    old = [_strip_tags(li) for li in _LI.findall(m.group(2))]
    boiler = {ws(b) for b in fx.records[0].get("boilerplate") or []}
    if not old or not all(o in boiler for o in old):
        return None
    inner = "".join(f"<li>{html.escape(line, quote=False)}</li>" for line in new_lines)
    text = fx.text[:m.start(2)] + inner + fx.text[m.end(2):]
    return fx.variant("footer_language", text, _swap_boilerplate(fx.expected, old, new_lines))


def move_spam(fx: Fixture, ctx: Context) -> Variant | None:
    """A trailing boilerplate line moved up: caption-like (brand) spam between two body paragraphs,
    anything else right after the echo lines, before the first paragraph."""
    if fx.negative:
        return None
    d = dump_structure(fx)
    if not d or not d.trailing or len(d.paragraphs) < 2:
        return None
    lines = d.lines
    labels = {i for i in d.trailing if lines[i].rstrip().endswith((":", "："))}
    movable = [i for i in d.trailing if i not in labels and (i - 2) not in labels and (i - 1) not in labels]
    if not movable:
        return None
    branded = [i for i in movable if has_brand(lines[i])]
    pick = branded[-1] if branded else movable[0]
    line = lines[pick].strip()
    if in_article(fx, line):
        return None
    rest = lines[:pick] + lines[pick + 1:]
    # drop a blank line left doubled by the removal
    if pick < len(rest) and pick > 0 and not rest[pick - 1].strip() and not rest[pick].strip():
        del rest[pick]
    while rest and not rest[-1].strip() and len(rest) > 1 and not rest[-2].strip():
        rest.pop()
    if branded:
        paras = [i for i in d.paragraphs if i < pick]
        target = paras[len(paras) // 2] if len(paras) >= 2 else None
        if target is None or target == paras[0]:
            return None
        at = target  # before this paragraph, after the previous one
    else:
        at = d.paragraphs[0]
    insert = [line, ""] if _blank_around(lines, d.paragraphs[0]) else [line]
    new = rest[:at] + insert + rest[at:]
    return fx.variant("move_spam", _join(new))


def republish_clean(fx: Fixture, ctx: Context) -> Variant | None:
    """A clean article (a negative control written as a text dump) republished by the network: its
    title echoed with an outlet and the brand phrase, the "Time Stamp:" / "More from" block below.
    Every line of the article must survive, its last ones above the block above all."""
    if not fx.negative or fx.fmt != "txt" or len(fx.records) != 1:
        return None
    rec = fx.records[0]
    lines = fx.text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None or not rec.get("title") or lines[first].strip() != rec["title"]:
        return None
    outlet = rec.get("source") or "Kryptoverse"
    title = rec["title"]
    echoes = [f"{title} - {outlet}", "", f"{title} - {outlet} PlatoBlockchain Data Intelligence. Vertical Search. Ai."]
    footer = ["Time Stamp:", f"More from {outlet}"]
    body = [line for line in lines[first + 1 :]]
    while body and not body[-1].strip():
        body.pop()
    exp = copy.deepcopy(fx.expected)
    exp["negative"] = False
    exp["records"][0]["source"] = outlet
    exp["records"][0]["boilerplate"] = footer
    return fx.variant("republish_clean", _join([*lines[:first], *echoes, *body, "", footer[0], "", footer[1], ""]), exp)


TRANSFORMS: dict[str, Callable[[Fixture, Context], Variant | None]] = {
    "rename_outlet": rename_outlet,
    "retransliterate_brand": retransliterate_brand,
    "identical_echoes": identical_echoes,
    "drop_echo": drop_echo,
    "reorder_echo": reorder_echo,
    "hard_wrap": hard_wrap,
    "spam_everywhere": spam_everywhere,
    "footer_language": footer_language,
    "move_spam": move_spam,
    "republish_clean": republish_clean,
}


# -- corpus ------------------------------------------------------------------------------------


def fixture_files(*roots: Path | str) -> list[Path]:
    """Raw fixture files (with a sidecar) under the roots, in name order."""
    out: list[Path] = []
    for root in roots:
        root = Path(root)
        if not root.is_dir():
            continue
        for p in sorted(root.rglob("*")):
            if not p.is_file() or p.name.endswith(SIDECAR) or p.name.startswith("."):
                continue
            if p.with_name(p.name.split(".", 1)[0] + SIDECAR).is_file():
                out.append(p)
    return out


def renamed_file(path: Path | str, renamed: tuple[tuple[str, str], ...]) -> bytes:
    """Another file of a fixture's run with a rename variant's names renamed the same way: the
    outlet is renamed for the whole run, as a site's pages all name it alike."""
    try:
        fx = load(path)
    except (OSError, ValueError):
        return Path(path).read_bytes()
    text = fx.text
    for old, new in renamed:
        text = replace_all_forms(fx, text, old, new, bounded=True)
    return encode(text, fx.bom, fx.crlf) if text != fx.text else fx.raw


def load(path: Path | str) -> Fixture:
    path = Path(path)
    sidecar = path.with_name(path.name.split(".", 1)[0] + SIDECAR)
    return Fixture(path, json.loads(sidecar.read_text(encoding="utf-8")), path.read_bytes())


@lru_cache(maxsize=16)
def donor_pool(*roots: str) -> tuple[Donor, ...]:
    donors: list[Donor] = []
    for p in fixture_files(*roots):
        try:
            fx = load(p)
            lines = donor_lines(fx)
        except (ValueError, UnicodeDecodeError):
            continue
        if lines:
            donors.append(Donor(str(fx.path), fx.lang, fx.layout, lines))
    return tuple(donors)


def _parses(fx: Fixture) -> bool:
    """Whether a JSON or JSONL fixture parses whole (a damaged one is left as it is)."""
    try:
        if fx.fmt == "json":
            json.loads(fx.text)
        elif fx.fmt == "jsonl":
            for line in fx.text.splitlines():
                if line.strip():
                    json.loads(line)
    except ValueError:
        return False
    return True


def variants(raw_path: Path | str, expected: dict[str, Any] | None = None, *,
             donors: Iterable[Donor] | None = None, only: Iterable[str] | None = None) -> Iterator[Variant]:
    """Every variant of one fixture (raw path + sidecar dict; the sidecar is read when not given)."""
    raw_path = Path(raw_path)
    try:
        fx = load(raw_path) if expected is None else Fixture(raw_path, expected, raw_path.read_bytes())
    except UnicodeDecodeError:
        return  # a page saved in a legacy charset tests decoding; its variants would be re-encoded guesses
    if not _parses(fx):
        return  # a damaged record file tests the reader; its variants could not be checked as JSON
    if donors is None:
        root = raw_path.resolve().parent.parent
        donors = donor_pool(str(root))
    ctx = Context(list(donors))
    for name, fn in TRANSFORMS.items():
        if only is not None and name not in only:
            continue
        v = fn(fx, ctx)
        if v is not None:
            yield v


def write_variant(out: Path, fixture: Path, v: Variant) -> Path:
    lang = fixture.parent.name
    stem = fixture.name.split(".", 1)[0]
    target = out / lang / f"{stem}__{v.name}.{v.ext}"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(v.raw)
    target.with_name(f"{stem}__{v.name}{SIDECAR}").write_text(
        json.dumps(v.expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("roots", nargs="+", help="fixture trees (<root>/<lang>/<name>.<ext> + sidecar)")
    ap.add_argument("--out", type=Path, help="write every variant as a fixture into OUT/<lang>/")
    ap.add_argument("--list", action="store_true", help="print the number of variants per transformation")
    ap.add_argument("--only", action="append", choices=sorted(TRANSFORMS), help="only these transformations")
    args = ap.parse_args(argv)
    if not args.out and not args.list:
        ap.error("nothing to do: give --out DIR and/or --list")
    files = fixture_files(*args.roots)
    counts: Counter[str] = Counter()
    for path in files:
        root = path.resolve().parent.parent
        for v in variants(path, donors=donor_pool(str(root)), only=args.only):
            counts[v.name] += 1
            if args.out:
                write_variant(args.out, path, v)
    if args.list:
        for name in TRANSFORMS:
            print(f"{name:24} {counts[name]:5}")
        print(f"{'total':24} {sum(counts.values()):5}  ({len(files)} fixtures)")
    if args.out:
        print(f"wrote {sum(counts.values())} variants to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
