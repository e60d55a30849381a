"""Title echoes: one title repeated with different tails.

Aggregator pages repeat the title two or three times (text dump leading
lines; HTML ``<title>``, ``og:title``, ``h1``), each time with another tail:
the outlet, the outlet again as machine translation rendered it, the brand
spam. The part the lines share, cut back to a separator, is the title; the
tails name the outlet and the page's spam phrase. Nothing here knows a
language: it compares the lines with each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..model import Document
from .rules import Rules
from .tokens import tokens, word_count

# A title/tail separator: spaced dash or bar, or a full-width bar.
# Each alternative starts only where a whitespace run starts, so a long run of spaces is
# tried once, not once per space (linear, not quadratic).
SEPARATOR = re.compile(r"(?<!\s)(?:\s+[-\u2013\u2014|\u00b7\u2022\u00bb:~/]{1,2}\s+|\s*[\uff5c|]\s*)")
MAX_TAIL_WORDS = 20
MAX_ECHO_LINES = 6
MAX_TITLE_CHARS = 400


@dataclass
class Echo:
    """The result of comparing title candidates."""

    title: str
    tails: list[str] = field(default_factory=list)  # one per echoing candidate, "" for a bare title
    echoes: list[int] = field(default_factory=list)  # indices of the candidates that echo the title


def _norm(line: str) -> str:
    return " ".join(line.split())


def _lcp(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _valid_title(title: str) -> bool:
    title = title.strip()
    return len(title) >= 6 and word_count(title) >= 2


def _tail_ok(tail: str) -> bool:
    return word_count(tail) <= MAX_TAIL_WORDS


def _prefix_title(a: str, b: str) -> str | None:
    """The title two lines share as a prefix, cut at a separator both have there."""
    if a == b:
        return a
    n = _lcp(a, b)
    for longer, shorter in ((a, b), (b, a)):
        if n == len(shorter) and SEPARATOR.match(longer, n):
            return shorter
    best: int | None = None
    for match in SEPARATOR.finditer(a):
        if match.start() > n:
            break
        if match.start() > 0 and SEPARATOR.match(b, match.start()):
            best = match.start()
    if best is None:
        return None
    return a[:best].rstrip()


def _fuzzy_title(a: str, b: str) -> str | None:
    """Machine translation may render the title slightly differently in each echo."""
    parts_a = SEPARATOR.split(a)
    parts_b = SEPARATOR.split(b)
    if len(parts_a) < 2 or len(parts_b) < 2:
        return None
    head_a = a[: _last_sep(a)].rstrip()
    head_b = b[: _last_sep(b)].rstrip()
    ta, tb = set(tokens(head_a)), set(tokens(head_b))
    if not ta or not tb:
        return None
    if len(ta & tb) / len(ta | tb) >= 0.75:
        return head_a
    return None


def _last_sep(line: str) -> int:
    last = None
    for match in SEPARATOR.finditer(line):
        if match.start() > 0:
            last = match.start()
    return last if last is not None else len(line)


def common_title(a: str, b: str) -> str | None:
    """The title two candidate lines echo, or None if they are not echoes."""
    a, b = _norm(a), _norm(b)
    if not a or not b or len(a) > MAX_TITLE_CHARS * 2 or len(b) > MAX_TITLE_CHARS * 2:
        return None
    title = _prefix_title(a, b)
    if title is None:
        # "Outlet | Title" pages share a suffix instead.
        rev = _prefix_title(a[::-1], b[::-1])
        title = rev[::-1].strip() if rev is not None else None
        if title is not None and not (a.endswith(title) and b.endswith(title)):
            title = None
    if title is None:
        title = _fuzzy_title(a, b)
    if title is None or not _valid_title(title):
        return None
    return title


def tail_of(line: str, title: str) -> str:
    """What a candidate line adds to the title, separators trimmed."""
    line = _norm(line)
    if line.startswith(title):
        rest = line[len(title) :]
    elif line.endswith(title):
        rest = line[: -len(title)]
    else:
        cut = _last_sep(line)
        rest = line[cut:]
    return SEPARATOR.sub(" ", f" {rest} ").strip(" -\u2013\u2014|:\uff5c\u00b7")


def find_echo(candidates: list[str], limit: int = MAX_ECHO_LINES) -> Echo | None:
    """Compare the first candidate with the others; the echoing ones define the title.

    The title is the shortest common title found, so that a candidate that
    carries the bare title (an ``h1``) wins over tails of others.
    """
    if len(candidates) < 2:
        return None
    first = candidates[0]
    found: list[tuple[int, str]] = []
    for i, other in enumerate(candidates[1:limit], start=1):
        title = common_title(first, other)
        if title is not None:
            found.append((i, title))
    if not found:
        return None
    title = min((t for _, t in found), key=len)
    echoes = [0] + [i for i, _ in found]
    tails = [tail_of(candidates[i], title) for i in echoes]
    if not all(_tail_ok(t) for t in tails):
        return None
    return Echo(title=title, tails=tails, echoes=echoes)


def split_tail(line: str) -> tuple[str, str] | None:
    """Split a lone title line at its last separator into (title, tail)."""
    line = _norm(line)
    cut = _last_sep(line)
    if cut >= len(line):
        return None
    head, tail = line[:cut].rstrip(), tail_of(line[cut:], "")
    if not _valid_title(head) or not tail:
        return None
    return head, tail


def _words(text: str) -> list[str]:
    return text.split()


def _common_words(a: str, b: str) -> str:
    out = []
    for x, y in zip(_words(a), _words(b), strict=False):
        if x.casefold().strip(".,;:") != y.casefold().strip(".,;:"):
            break
        out.append(x)
    return " ".join(out).strip(" .,;:-|")


def _before_brand(tail: str, brand: Callable[[str], str | None]) -> str | None:
    hit = brand(tail)
    if not tail or hit is None:
        return None
    cut = tail.casefold().find(hit)
    words = tail[:cut].strip(" -|:.,") if cut >= 0 else ""
    return words if words and word_count(words) <= 4 else None


def _source_from_tails(tails: list[str], brand: Callable[[str], str | None]) -> str | None:
    """The outlet among the echo tails.

    1. the first tail that is short and not network spam (an HTML page's
       ``og:title`` keeps the outlet's own name, untranslated); 2. the words
    the first tail shares with another ("Decoderen PlatoBlockchain..." and
    "Decoderen Plato Data..."); 3. what precedes a network brand in a tail.
    """
    tails = [t for t in tails if t]
    for tail in tails:
        if word_count(tail) <= 5 and brand(tail) is None:
            return tail
    for other in tails[1:]:
        common = _common_words(tails[0], other)
        if common and word_count(common) <= 4 and brand(common) is None:
            return common
    for tail in tails:
        head = _before_brand(tail, brand)
        if head is not None:
            return head
    return None


def _looks_like_name(tail: str) -> bool:
    """A short tail that could be an outlet's name, not the rest of a sentence."""
    if word_count(tail) > 3 or tail[-1:] in ".!?,;:":
        return False
    first = tail[0]
    return not (first.isalpha() and first.islower())


def _is_title_line(text: str) -> bool:
    return "\n" not in text.strip() and 0 < len(text) <= MAX_TITLE_CHARS and word_count(text) <= 60


def apply(doc: Document, rules: Rules) -> None:
    """Find the title among the candidates and leading blocks; drop the echoes; learn tails.

    Sets ``doc.title``, ``doc.source`` (from the tails), ``doc.spam`` (the
    other tails) and records each echo line removed as ``title-echo``.
    """
    lead = doc.live()[:MAX_ECHO_LINES]
    tails: list[str] = []
    if doc.kind == "text" and not doc.title_lines:
        count = 0
        while count < len(lead) and _is_title_line(doc.blocks[lead[count]]):
            count += 1
        if count == 0:
            return
        candidates = [doc.blocks[i] for i in lead[:count]]
        echo = find_echo(candidates)
        doc.kept[lead[0]] = False  # the title line becomes the title
        if echo is not None:
            title, tails = echo.title, echo.tails
            for k in echo.echoes[1:]:
                doc.drop(lead[k], "title-echo")
        else:
            title = _norm(candidates[0])
        doc.title_lines = [candidates[0]]
    else:
        cands = [c for c in doc.title_lines if c and c.strip()]
        if not cands:
            return
        # declared titles and the body's leading title-like lines echo one another
        heads: list[int] = []
        for i in lead[:4]:
            if not _is_title_line(doc.blocks[i]):
                break
            heads.append(i)
        echo = find_echo(cands + [doc.blocks[i] for i in heads], limit=len(cands) + len(heads))
        title = echo.title if echo is not None else _norm(cands[0])
        tails = list(echo.tails) if echo is not None else []
        for k, i in enumerate(heads):
            block = _norm(doc.blocks[i])
            if block != title and (echo is None or len(cands) + k not in echo.echoes):
                break
            if block == title and echo is None:
                tails.append("")
            doc.drop(i, "title-echo")
    if not any(tails):
        # A lone "Title - Outlet" line: split only when the tail is a known outlet,
        # the page's declared site name, or network spam; or, on a page with other
        # signs of republishing, when the tail is short enough to be a name.
        split = split_tail(title)
        if split is not None:
            head, tail = split
            site = (doc.site_name or "").casefold()
            named = rules.is_outlet(tail) or tail.casefold() == site or rules.brand(tail) is not None
            if named or (doc.evidence and _looks_like_name(tail)):
                title, tails = head, [tail]
                doc.evidence.append("outlet-tail")
    doc.title = title
    source = _source_from_tails(tails, rules.brand)
    site = doc.site_name
    if source is None and site and rules.brand(site) is None and (not doc.evidence or rules.is_outlet(site)):
        source = site
    doc.source = source
    doc.spam = [t for t in dict.fromkeys(tails) if t and t != source]
    if doc.spam or any(rules.brand(t) for t in tails):
        doc.evidence.append("title-echo")
