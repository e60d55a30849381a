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
from dataclasses import dataclass, field

from ..settings import DEFAULT, EchoSettings
from ..text import is_unspaced, one_line, sentences, tokens, word_count

# A title/tail separator: spaced dash (any of them: "―" too), bar, angle ("Title < Section < Article")
# or underscore, a full-width bar or the bar Chinese sites draw with "丨", or an
# underscore against a letter of another script than ASCII ("见手青价格比去年低三成_RADII": how
# Chinese sites end their titles). Each alternative starts only where a whitespace run starts,
# so a long run of spaces is tried once, not once per space (linear, not quadratic). The pattern is
#     (?<!\s)(?:\s+(?:[-\u2012\u2013\u2014\u2015\u2212|\u00b7\u2022\u203a<>:~/_]
#                     |\u00bb(?!\s+[-\u2012\u2013\u2014\u2015\u2212|]\s)){1,2}\s+
#                |\s*[\uff5c\u4e28|]\s*
#                |(?<=[^\x00-\x7f])_(?=[^\s_])|(?<=[^\s_])_(?=[^\x00-\x7f]))
# written with its first character ahead of the look-behinds (same matches): a pattern that
# opens with a look-behind is tried at every position, one that opens with a character class
# only where that class matches.
SEPARATOR = re.compile(
    r"[\s\uff5c\u4e28|_](?<!\s[\s\uff5c\u4e28|])"
    r"(?:(?<=\s)(?:\s*(?:[-\u2012\u2013\u2014\u2015\u2212|\u00b7\u2022\u203a<>:~/_]"
    r"|\u00bb(?!\s+[-\u2012\u2013\u2014\u2015\u2212|]\s)){1,2}\s+|\s*[\uff5c\u4e28|]\s*)"
    # (a guillemet over a dash closes a quotation: "« On ne tient plus les services » - Le Réveil")
    r"|(?<=[\uff5c\u4e28|])\s*"
    r"|(?<=[^\x00-\x7f\s]_)(?=[^\s_])|(?<=[^\s_]_)(?=[^\x00-\x7f]))"
    # a dash set between two Chinese or Japanese letters, as their titles write it unspaced: "标题-钛媒体"
    r"|(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])[-\u2013\u2014](?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])"
)


@dataclass
class Echo:
    """The result of comparing title candidates."""

    title: str
    tails: list[str] = field(default_factory=list)  # one per echoing candidate, "" for a bare title
    echoes: list[int] = field(default_factory=list)  # indices of the candidates that echo the title


def norm(line: str) -> str:
    return one_line(line)


def _lcp(a: str, b: str) -> int:
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def valid_title(title: str, s: EchoSettings = DEFAULT.echo) -> bool:
    title = title.strip()
    return len(title) >= s.min_title_chars and word_count(title) >= s.min_title_words


def _prefix_title(a: str, b: str) -> str | None:
    """The title two lines share as a prefix, cut at a separator both have there."""
    if a == b:
        return a
    n = _lcp(a, b)
    for longer, shorter in ((a, b), (b, a)):
        if n == len(shorter) and (SEPARATOR.match(longer, n) or _unspaced_colon(longer, n)):
            return shorter
    best: int | None = None
    for match in SEPARATOR.finditer(a):
        if match.start() > n:
            break
        if match.start() > 0 and SEPARATOR.match(b, match.start()):
            best = match.start()
    if best is None:
        return _colon_title(a, b, n) or _glued_title(a, b, n) or _glued_title(b, a, n) \
            or _spaced_spam_title(a, b, n) or _spaced_spam_title(b, a, n)
    return a[:best].rstrip()


def _colon_title(a: str, b: str, n: int) -> str | None:
    """The title when both lines part right after a colon they share, written with no space
    before it as CJK titles write it ("...奮起湖：Focus Taiwan", "...奮起湖：焦點台灣<spam>"): a
    title's own colon has the same words after it in every echo."""
    k = n - 1
    while k > 0 and a[k].isspace():
        k -= 1
    if 0 < k < n and a[k] in COLONS_UNSPACED and not a[k - 1].isspace():
        return a[:k]
    return None


COLONS_UNSPACED = ":\uff1a"


def _unspaced_colon(line: str, at: int) -> bool:
    """A colon written with no space around it right after a Chinese or Japanese title, a site's
    name after it ("...領収書は全てネットに：潮見日報"): the other candidate is the title alone."""
    return 0 < at < len(line) - 1 and line[at] in COLONS_UNSPACED and is_unspaced(line[at - 1]) \
        and not line[at + 1].isspace()


def _glued_title(a: str, b: str, n: int) -> str | None:
    """The title when ``b`` runs its tail on with no separator where ``a`` has one ("...معادن
    شیلی - بلومبرگ" and "...معادن شیلیکاوش قائم. اِی. ..."): the shared prefix, up to ``a``'s
    separator, with a letter of ``b`` glued right onto its last one, and what follows shaped like
    the spam (two very short sentences first), not like the rest of a sentence (a lede that opens
    with a title cut from it: "...導入すると発" and "...導入すると発表した。")."""
    if not (0 < n < len(b) and SEPARATOR.match(a, n) and not b[n].isspace() and not b[n - 1].isspace()):
        return None
    rest = sentences(b[n:])
    return a[:n] if len(rest) >= 2 and all(word_count(r) <= GLUED_SENTENCE_WORDS for r in rest[:2]) else None


GLUED_SENTENCE_WORDS = 3  # words in each of the glued spam's first sentences ("کاوش قائم.", "اِی.")


def _spaced_spam_title(a: str, b: str, n: int) -> str | None:
    """The title when ``b`` runs on after it with a plain space into the spam where ``a`` has a
    separator ("... رسید - اکوایران" and "... رسید هوش داده پلاتوبلاک چین. جستجوی عمودی. عی."): the
    spam's shape, brand words then two or three very short sentences, tells it from a lede that
    opens with the title's words."""
    if not (1 < n < len(b) and b[n - 1].isspace() and SEPARATOR.match(a, n - 1)):
        return None
    rest = sentences(b[n:])
    if len(rest) == 1 and is_unspaced(b[n:]):
        rest = b[n:].split()  # Thai, Lao and Khmer part the spam's phrases with spaces, not stops
    return a[: n - 1].rstrip() if len(rest) >= 3 and word_count(rest[-1]) <= GLUED_SENTENCE_WORDS \
        and all(word_count(r) <= SPAM_SENTENCE_WORDS for r in rest[1:]) else None


SPAM_SENTENCE_WORDS = 5  # "Vertical Search" in its longest renderings ("Recherche de Haut en Bas")


def _fuzzy_title(a: str, b: str, s: EchoSettings) -> str | None:
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
    if len(ta & tb) / len(ta | tb) >= s.fuzzy_overlap:
        return head_a
    return None


def _last_sep(line: str) -> int:
    last = None
    for match in SEPARATOR.finditer(line):
        if match.start() > 0:
            last = match.start()
    return last if last is not None else len(line)


# an ellipsis a scraper or a CMS set where it cut a title ("Title wo…", "Title words ... - Outlet")
_ELLIPSIS = re.compile(r"(?<=\S) ?(?:\u2026|\.{2,4}|\u22ef)")
CUT_WORDS = 3  # words a cut title keeps for it to be told as the start of another line's title


def cut_stem(line: str) -> str | None:
    """The words of a cut title before the ellipsis that ends it, whether a tail follows or not
    ("Тошкентлик стартап ... учун QR-..." -> "... учун QR-"), or None."""
    if "\u2026" not in line and ".." not in line and "\u22ef" not in line:
        return None
    for m in _ELLIPSIS.finditer(line):
        if m.end() == len(line) or SEPARATOR.match(line, m.end()):
            stem = line[: m.start()].rstrip()
            return stem if word_count(stem) >= CUT_WORDS else None
    return None


def _cut_title(a: str, b: str, s: EchoSettings) -> str | None:
    """The title when ``a`` is ``b``'s title cut short: a scraper or the page's own markup cut it
    at a length, with an ellipsis ("Wafanyabiashara wa Mwanza waanza kupokea...") or inside a word
    with none ("Gəncə ağıllı küçə işıqlandı" over "... işıqlandırmasına keçir - SmartCitiesWorld").
    The title is ``b``'s, up to its first separator past the cut (itself cut when ``b`` is too)."""
    stem = cut_stem(a)
    if stem is None:
        # no mark: a line of the title's first words, ending inside a word the other goes on with
        if not (len(a) < len(b) and b.startswith(a) and a[-1].isalpha() and b[len(a)].isalpha()
                and word_count(a) >= CUT_WORDS and SEPARATOR.search(a) is None):
            return None
        stem = a
    if len(b) <= len(stem) or not b.startswith(stem) or not valid_title(stem, s):
        return None
    cut = SEPARATOR.search(b, len(stem))
    title = b[: cut.start()].rstrip() if cut is not None else b
    # a lede that opens with the title's words goes on to a full stop: no title does
    return None if title.rstrip(_CLOSERS)[-1:] in _FULL_STOPS and cut_stem(title) is None else title


_FULL_STOPS = frozenset(".\u0964\u3002\u06d4\u1362\u104b\u17d4")  # not "?" or "!": a title may ask or exclaim
_CLOSERS = "\"'\u201d\u2019\u00bb)]"


def common_title(a: str, b: str, s: EchoSettings = DEFAULT.echo) -> str | None:
    """The title two candidate lines echo, or None if they are not echoes."""
    a, b = norm(a), norm(b)
    if not a or not b or len(a) > s.max_title_chars * 2 or len(b) > s.max_title_chars * 2:
        return None
    head_a, head_b = _BRACKET_HEAD.match(a), _BRACKET_HEAD.match(b)
    if (head_a is None) != (head_b is None):  # "【港岸新聞】<title>" against "<title>｜港岸新聞": the site in brackets
        return common_title(a[head_a.end():] if head_a else a, b[head_b.end():] if head_b else b, s)
    title = _prefix_title(a, b)
    if title is None or cut_stem(title) is not None:
        title = _cut_title(a, b, s) or _cut_title(b, a, s) or title
    if title is None:
        # "Outlet | Title" pages share a suffix instead.
        rev = _prefix_title(a[::-1], b[::-1])
        title = rev[::-1].strip() if rev is not None else None
        if title is not None and not (a.endswith(title) and b.endswith(title)):
            title = None
        if title is not None and _name_under_headline(a, b, title):
            return None
    if title is None:
        title = _fuzzy_title(a, b, s)
    if title is None or not valid_title(title, s):
        return None
    return title


_BRACKET_HEAD = re.compile(r"[\u3010\[][^\u3010\u3011\[\]]{1,20}[\u3011\]]\s*(?=\S)")  # "【港岸新聞】", "[Outlet] "


def _name_under_headline(a: str, b: str, title: str) -> bool:
    """Whether ``b``, the line ``a`` ends with, is a name standing alone, not the title an "Outlet |
    Title" line echoes: what ``a`` sets before it is a headline of more than twice its words (the
    site's name as its own line on the page, under "Council approves ... | Eastbay Gazette")."""
    return b == title and word_count(a[: -len(title)]) > HEADLINE_OVER_NAME * word_count(title)


HEADLINE_OVER_NAME = 2


def tail_of(line: str, title: str) -> str:
    """What a candidate line adds to the title, separators trimmed."""
    line = norm(line)
    if line.startswith(title):
        rest = line[len(title) :]
    elif line.endswith(title):
        rest = line[: -len(title)]
    else:
        cut = _last_sep(line)
        rest = line[cut:]
    return SEPARATOR.sub(" ", f" {rest} ").strip(_TAIL_MARKS)


_TAIL_MARKS = " -\u2012\u2013\u2014\u2015\u2212|:\uff1a\uff5c\u4e28\u00b7_[]\u3010\u3011"  # (and a bracketed name's)


def find_echo(candidates: list[str], limit: int | None = None, s: EchoSettings = DEFAULT.echo) -> Echo | None:
    """Compare the first candidate with the others; the echoing ones define the title.

    The title is the shortest common title found, so that a candidate that
    carries the bare title (an ``h1``) wins over tails of others.
    """
    if len(candidates) < 2:
        return None
    limit = s.max_lines if limit is None else limit
    first = candidates[0]
    found: list[tuple[int, str]] = []
    for i, other in enumerate(candidates[1:limit], start=1):
        title = common_title(first, other, s)
        if title is not None:
            found.append((i, title))
    if not found:
        return None
    first_norm = norm(first)
    leading = [(i, t) for i, t in found if first_norm.startswith(t)]
    if leading and len(leading) < len(found):
        # the first line's title cannot stand both at its start and at its end: a line that shares
        # only its tail ("Kraków – Gazeta Krakowska" under "Przetarg ... - Gazeta Krakowska") is a
        # dateline or another line naming the outlet, no echo
        found = [(i, t) for i, t in found if first_norm.startswith(t) or not first_norm.endswith(t)]
    # the shortest title, of those not cut short where another line carries more of it
    whole = [t for _, t in found if cut_stem(t) is None]
    title = min(whole or [t for _, t in found], key=len)
    echoes = [0] + [i for i, _ in found]
    tails = [tail_of(candidates[i], title) for i in echoes]
    if not all(word_count(t) <= s.max_tail_words for t in tails):
        return None
    return Echo(title=title, tails=tails, echoes=echoes)


def as_declared(line: str, declared: list[str]) -> str:
    """``line`` with the ideographic spaces a declared title has where ``line`` has a plain one,
    over the prefix they share: a body's headline comes from the extractor with its spacing
    folded ("過去最多に 高齢者が..."), the page's ``<title>`` keeps the space that parts a CJK
    headline's clauses ("過去最多に\u3000高齢者が..."), and the two must echo each other."""
    for title in declared:
        if "\u3000" not in title:
            continue
        out = list(line)
        changed = False
        for k, (a, b) in enumerate(zip(title, line, strict=False)):
            if a == "\u3000" and b == " ":
                out[k] = a
                changed = True
            elif a != b:
                break
        if changed:
            return "".join(out)
    return line


def split_tail(line: str, s: EchoSettings = DEFAULT.echo) -> tuple[str, str] | None:
    """Split a lone title line at its last separator into (title, tail)."""
    line = norm(line)
    cut = _last_sep(line)
    if cut >= len(line):
        return None
    head, tail = line[:cut].rstrip(), tail_of(line[cut:], "")
    if not valid_title(head, s) or not tail:
        return None
    return head, tail


