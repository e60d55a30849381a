"""Titles and outlets: the two pipeline steps that own them, for text dumps and HTML alike.

``find_title`` (step ``title``) gathers the title candidates (a dump's leading lines; an HTML
page's ``<title>``, ``og:title``, ``h1`` and the record's own title, plus body blocks that
repeat them), resolves their echoes (:mod:`.echo`), and learns from the tails the outlet
(:mod:`.outlet`) and the page's spam phrase for the later steps. It also notes the signs that
the page was republished by the network (``doc.evidence``), which decide how far the strip
steps trust their priors.

``finalize`` (step ``finalize``) settles one clean title line and the ``source`` once the
strip steps have run. The source is, in this order: the outlet the title tails name; the outlet a
removed line names ("The post ... appeared first on X.", "More from X"); the page's declared site
name (``og:site_name``) unless it is the network's own; the outlet a removed appeal for its
support opens with ("«Новая газета Европа» существует на пожертвования читателей"); else none.
Where a removed "The post <title> appeared first on X." line on a page the network did not copy
names another outlet than that, X is the source: the copy names its origin, over the site that
republished it (the network's copies name the outlet in their titles' tails, translated or not).
"""

from __future__ import annotations

import re
import unicodedata

from .. import removals
from ..model import SITE_TAIL_EVIDENCE, Document, Removal
from ..settings import DEFAULT, EchoSettings
from ..strip.rules import Rules
from ..strip.spam import ends_short, stem_spam
from ..text import (
    COPYRIGHT,
    URL,
    ends_sentence,
    fold,
    host_of,
    latin_letters,
    line_key,
    one_line,
    sentences,
    split_label,
    tokens,
    word_count,
)
from . import outlet
from .echo import SEPARATOR, Echo, as_declared, common_title, cut_stem, find_echo, norm, split_tail, valid_title

__all__ = ["find_title", "finalize", "is_network_author", "split_site_tail"]

TITLE_BLOCK_SPAN = 3
BRAND_LINE_WORDS = DEFAULT.spam.brand_line_words
NAME_WORDS = 4  # an outlet's name
SHORT_NAME_WORDS = 3  # ... as one may be told from a headline's second part by its length alone
GUESS_WORDS = 7  # words in front of the brand taken as a guess, before its own words are cut off
_REPUBLISHER = re.compile(r"\brepublished\b|\bplato\b", re.IGNORECASE)


def is_network_author(author: str, rules: Rules) -> bool:
    """"Republished By Plato" and brand names are the network's signature, not an author."""
    return rules.brand(author) is not None or _REPUBLISHER.search(author) is not None


def _is_title_line(text: str, s: EchoSettings) -> bool:
    return "\n" not in text.strip() and 0 < len(text) <= s.max_title_chars and word_count(text) <= s.max_title_words


def _names_brand(text: str, rules: Rules) -> bool:
    """A block naming a network brand: any block by its exact forms, a short one in any spelling,
    or in the spam's own shape around the brand's bare stem (a keyword, "Plato" glued to a
    translated "chain", two or three one-word sentences: "... پلاتوزنجیره هوشیاری داده. کاوش سرپا. وای.")."""
    if rules.brand(text) is not None:
        return True
    return word_count(text) <= BRAND_LINE_WORDS and (rules.brand_like(text) is not None or stem_spam(text))


def network_marks(doc: Document, rules: Rules) -> list[str]:
    """The network's marks on a page: its domain, its byline, its brand in a block, its markup."""
    marks = []
    host = host_of(doc.url)
    if host and any(host == d or host.endswith("." + d) for d in rules.domains):
        marks.append("network-domain")
    if any(is_network_author(author, rules) for author in doc.authors):
        marks.append("network-author")
    if any(_names_brand(doc.blocks[i], rules) for i in doc.live()):
        marks.append("network-brand")
    if any(removals.is_network(r.rule) for r in doc.removed):
        marks.append("network-markup")
    return marks


def _note_evidence(doc: Document, rules: Rules) -> None:
    doc.evidence.extend(network_marks(doc, rules))


def _drop_title_block(doc: Document) -> None:
    """An HTML body whose first blocks repeat a declared title verbatim: that block goes."""
    declared = [norm(t) for t in doc.title_lines + doc.title_guesses if t]
    titles = {t.casefold() for t in declared}
    live = doc.live()
    for k, i in enumerate(live[:AGAIN_SPAN]):
        text = doc.blocks[i]
        if as_declared(norm(text), declared).casefold() in titles:
            doc.drop(i, removals.TITLE_BLOCK)
            for j in live[:k]:  # above the headline: the page's chrome, not the article
                text = doc.blocks[j]
                if word_count(text) <= CHROME_WORDS and not ends_sentence(text) and "://" not in text:
                    doc.drop(j, removals.HEAD_CHROME)
            return
        # past its first blocks, the headline is looked for under short lines alone (a flattened
        # page's menu: "Inicio", "Cadena de bloques", "IA"), never under a sentence
        if k + 1 >= TITLE_BLOCK_SPAN and (word_count(text) > CHROME_WORDS or ends_sentence(text)):
            return


CHROME_WORDS = 3  # the longest line above the headline taken for the page's chrome


def _dump_title(doc: Document, s: EchoSettings) -> tuple[str, list[str]] | None:
    """A text dump: the leading title-like lines echo each other; the first becomes the title."""
    lead = doc.live()[: s.max_lines]
    count = 0
    while count < len(lead) and _is_title_line(doc.blocks[lead[count]], s) \
            and not (count and _opens_text(doc.blocks[lead[count]], [doc.blocks[lead[0]]])):
        count += 1  # (down to the text's first sentence: a caption below it may open as the title does)
    if count == 0:
        return None
    candidates = [doc.blocks[i] for i in lead[:count]]
    echo = find_echo(candidates, s=s)
    again = _headline_again(doc, s) if echo is None else _chrome_between(doc, lead, candidates, echo.echoes)
    doc.use_as_title(lead[0])
    doc.title_lines = [candidates[0]]
    if again is not None:
        chrome, headline = again
        if echo is None:
            echo = find_echo([candidates[0], *(doc.blocks[i] for i in headline)], limit=len(headline) + 1, s=s)
            if echo is None and (site := _site_before(candidates[0], doc.blocks[headline[0]], doc, chrome)):
                echo = Echo(title=norm(doc.blocks[headline[0]]), tails=[site, ""], echoes=[0, 1])
                headline = headline[:1]
            lead = [lead[0], *headline]
        if echo is not None:
            for i in chrome:
                doc.drop(i, removals.HEAD_CHROME)
            doc.own_site = True  # a page's whole text, chrome and all (whatever site's it is)
    if echo is None:
        return norm(candidates[0]), []
    for k in echo.echoes[1:]:
        doc.drop(lead[k], removals.TITLE_ECHO)
    if not any(echo.tails) and again is None:
        # The same line printed again on top of a dump is the network's echo without its
        # variants: the page is republished even though no tail differs (a copied page's
        # headline under its chrome is the page's own).
        doc.evidence.append("repeated-title")
    return echo.title, echo.tails


AGAIN_SPAN = 40  # the lines of a copied page's chrome looked through for its headline
AGAIN_WORDS = 12  # the longest chrome line there (a toolbar's "share download .zip report bug or abuse ...")


def _headline_again(doc: Document, s: EchoSettings) -> tuple[list[int], list[int]] | None:
    """A dump copied from a whole page (a browser's window, an archive's view) opens on the page's
    title, then the page's chrome (a toolbar, a menu, section links), then the headline again: the
    chrome's blocks and the headline's (it and the echoes right under it), when every line between
    is short and no sentence; None when a sentence comes first."""
    live = doc.live()[:AGAIN_SPAN]
    first = doc.blocks[live[0]]
    for k in range(1, len(live)):
        text = doc.blocks[live[k]]
        if k > 1 and (common_title(first, text, s) is not None
                      or _site_before(first, text, doc, live[1:k]) is not None):
            end = k + 1
            while end < len(live) and common_title(first, doc.blocks[live[end]], s) is not None:
                end += 1
            return live[1:k], live[k:end]
        if not _chrome_line(text):
            return None
    return None


def _site_before(first: str, text: str, doc: Document, chrome: list[int]) -> str | None:
    """The site, when the window's title is the site, a colon and the headline ("Kallaveden Sanomat:
    Kuopion satamaan ...") and the chrome between them has the site's name on a line of its own: a
    title's own kicker before a colon ("Brexit: what happens next") is no line of the page's masthead."""
    first, text = norm(first), norm(text)
    if len(text) >= len(first) or not first.endswith(text):
        return None
    head = first[: -len(text)].rstrip()
    if not head.endswith((":", "\uff1a")):
        return None
    site = head[:-1].strip()
    return site if site and any(norm(doc.blocks[i]) == site for i in chrome) else None


def _chrome_between(doc: Document, lead: list[int], candidates: list[str],
                    echoes: list[int]) -> tuple[list[int], list[int]] | None:
    """The headline again among a dump's title-like lines, a page's chrome between it and the
    window's title ("<site> | <motto>", a row of sections, a path of them): those lines, when every
    one of them is chrome (short, no sentence, no address, no label waiting for its value, not the
    title again), and the echoes. None when the echoes follow one another."""
    if len(echoes) < 2 or echoes[1] == 1:
        return None
    between = candidates[1:echoes[1]]
    if not all(_chrome_line(text) and "://" not in text and not text.rstrip().endswith((":", "\uff1a"))
               and common_title(candidates[0], text, DEFAULT.echo) is None for text in between):
        return None
    return lead[1:echoes[1]], [lead[k] for k in echoes[1:]]


def _chrome_line(text: str) -> bool:
    """A line of a page's chrome by its length: no longer than a toolbar, counted without a row's
    separators ("Home | News | Sport | ..."), and no sentence beyond a few words."""
    words = word_count(_ROW_MARKS.sub(" ", text))
    return words <= AGAIN_WORDS and not (ends_sentence(text) and words > CHROME_WORDS)


_ROW_MARKS = re.compile(r"(?<!\S)[|\u00a6\u203a\u00bb>\uff1e\uff5c\u00b7\u2022\u2219/\u2013\u2014-](?!\S)")


def _declared_title(doc: Document, s: EchoSettings) -> tuple[str, list[str]] | None:
    """A page or record with declared titles: they and the body's leading title-like lines
    echo one another; leading blocks that repeat the title go."""
    cands = [c for c in doc.title_lines if c and c.strip()]
    if not cands:
        return None
    heads: list[int] = []
    for i in doc.live()[:4]:
        if not _is_title_line(doc.blocks[i], s) or _opens_text(doc.blocks[i], cands):
            break
        heads.append(i)
    echo, tried = None, heads
    while echo is None:  # (the lede under the headline may open as it does: "ສະຫວັນນະເຂດ – ..." under
        # "ສະຫວັນນະເຂດ - ...", the place both start from; the lines above it echo the title)
        echo = find_echo(cands + [as_declared(doc.blocks[i], cands) for i in tried], limit=len(cands) + len(tried), s=s)
        if not tried:
            break
        tried = tried[:-1]
    title = _as_printed(echo.title if echo is not None else norm(cands[0]), cands)
    tails = list(echo.tails) if echo is not None else []
    for k, i in enumerate(heads):
        block = as_declared(norm(doc.blocks[i]), cands)
        if block != title and (echo is None or len(cands) + k not in echo.echoes):
            break
        if block == title and echo is None:
            tails.append("")
        doc.drop(i, removals.TITLE_ECHO)
    return title, tails


def _opens_text(block: str, cands: list[str]) -> bool:
    """A sentence of a paragraph's length that opens as none of the declared titles does:
    the text begins, and no line below it is an echo of the head ("חותמת זמן: 15.12.2026, ..."
    under a story about time stamps, titled "חותמת זמן: ...")."""
    if not ends_sentence(block) or word_count(block) < SENTENCE_WORDS:
        return False
    opening = norm(block)[:OPENING_CHARS].casefold()
    return not any(norm(c)[:OPENING_CHARS].casefold() == opening for c in cands)


OPENING_CHARS = 12  # (in any script: "昆明木水花野生菌市场迎来旺季" opens its echo as its title does)
SENTENCE_WORDS = 8


def _as_printed(title: str, cands: list[str]) -> str:
    """The title as the source that writes it with the fewest capitals has it, word for word the
    same (its tail aside): a `<title>` set in Title Case for search engines ("Rotterdam Schrapt
    Waterbus Naar Dordrecht Na 2026 | ZB") over an og:title or h1 that writes it as a sentence."""
    best = title
    for cand in cands:
        form = norm(cand)
        n = min(len(form), len(title))
        head = form[:n]
        if word_count(head) >= PRINTED_WORDS and head.lower() == best[:n].lower() \
                and (n == len(best) or not best[n].isalnum()) \
                and sum(map(str.isupper, head)) < sum(map(str.isupper, best[:n])):
            best = head + best[n:]
    return best


PRINTED_WORDS = 3


def without_network_segments(title: str, rules: Rules, body: str = "") -> tuple[str, list[str]]:
    """``title`` without the segments past its first that are the network's own name, however
    translated ("... - Тәңірньюс - Платон Деректер Барлауы", "... - افلاطون معلوماتي استخبارات -
    پژواک", "... | Aláròyé | Ogbon Data Plato"), and those segments; none whose words the ``body``
    speaks of (an article about the philosopher)."""
    line = norm(title)
    cuts = [m for m in SEPARATOR.finditer(line) if m.start() > 0]
    if not cuts:
        return title, []
    bounds = [0, *(m.start() for m in cuts), len(line)]
    ends = [0, *(m.end() for m in cuts)]
    kept, removed = line[: bounds[1]], []
    for k, m in enumerate(cuts, start=1):
        segment = line[ends[k] : bounds[k + 1]].strip()
        if segment and outlet.network_segment(segment, rules) and not _in_body(segment, body):
            removed.append(segment)
        else:
            kept += line[m.start() : bounds[k + 1]]
    return (kept.rstrip(), removed) if removed and valid_title(kept) else (title, [])


def _in_body(segment: str, body: str) -> bool:
    """Whether the body holds a word of ``segment`` of four letters or more."""
    folded = body.casefold()
    return any(len(t) >= 4 and t in folded for t in tokens(segment))


def _split_lone_tail(doc: Document, title: str, rules: Rules, s: EchoSettings) -> tuple[str, list[str]]:
    """A lone "Title - Outlet" line: split only when the tail is a known outlet, the page's
    declared site name, or network spam; or, on a page with other signs of republishing, when
    the tail is short enough to be a name. The network's own name in a segment of it goes first."""
    network: list[str] = []
    if doc.evidence:  # a page the network marked otherwise, and not about Plato ("Philosophy night -
        # Plato and the cave"), as the head of its body says (the network's own lines stand at its end)
        live = doc.live()
        title, network = without_network_segments(
            title, rules, " ".join(doc.blocks[i] for i in live[: (len(live) + 1) // 2]))
    if network:  # the network's segments are the spam tails; a short name-like segment left last is
        # the outlet's ("Title - Kun.uz - <network>"), a longer one is judged later, as before any
        # spam tail ("Title - But Audit Questions Linger | <spam>" over "More from Bloomberg")
        doc.evidence.append("outlet-tail")
        split = split_tail(title, s)
        if split is not None and word_count(split[1]) <= SHORT_NAME_WORDS and outlet.looks_like_name(split[1], s):
            return split[0], [split[1], *network]
        return title, network
    split = split_tail(title, s)
    if split is None:
        return title, []
    head, tail = split
    site = (doc.site_name or "").casefold()
    named = rules.is_outlet(tail) or tail.casefold() == site or rules.brand_like(tail) is not None \
        or outlet.spam_shaped(tail)
    if named or (doc.evidence and (outlet.looks_like_name(tail, s) or _punctuated_name(tail, doc, s))):
        doc.evidence.append("outlet-tail")
        return head, [tail]
    if (not doc.site_name or line_key(doc.site_name) == line_key(tail) or bare_address(doc.site_name)) \
            and own_site_tail(doc, s, title) == tail:  # (a site "named" by its address names itself in its tails)
        doc.own_site = True  # "Title | Respekt": the site's own page, chrome and all; its name is the
        return head, [tail]  # source the edge steps know the site's lines by
    return title, []


def _masthead_part(tail: str, doc: Document) -> str | None:
    """Of a title's tail running through parts (a section, then the site), the one part the page's
    head gives alone on a line of its own, above the story: the site's masthead. The section
    stands in the menu's row among others."""
    parts = [part.strip() for part in SEPARATOR.split(tail) if part and part.strip()]
    if len(parts) < 2:
        return None
    first = next(iter(doc.live()), len(doc.blocks))
    alone = {line_key(doc.blocks[i]) for i in range(first)}
    named = [part for part in parts if line_key(part) in alone]
    return named[0] if len(named) == 1 else None


def _named_on_the_stem(name: str, doc: Document) -> bool:
    """On a page with no trace of the network, a site's name of a few words that ends on the brand's
    stem with nothing of the spam after it: the site's own ("Radyo Plato", a radio of the plateau)."""
    words = name.split()
    return not doc.evidence and 2 <= len(words) <= SITE_ON_STEM_WORDS and outlet.names_the_stem(words[-1]) \
        and not any(outlet.names_the_stem(word) for word in words[:-1])


SITE_ON_STEM_WORDS = 3


def find_title(doc: Document, rules: Rules, s: EchoSettings = DEFAULT.echo) -> None:
    """Title echoes, outlet and learned spam; also notes network evidence for later steps.

    Sets ``doc.title``, ``doc.source`` (from the tails), ``doc.spam`` (the other tails) and
    records each echo line removed as ``title-echo``.
    """
    if doc.kind == "html":
        _drop_title_block(doc)
    _note_evidence(doc, rules)
    dump = doc.kind == "text" and not doc.title_lines
    found = _dump_title(doc, s) if dump else _declared_title(doc, s)
    if found is None:
        return
    title, tails = found
    if not any(tails):
        title, tails = _split_lone_tail(doc, title, rules, s)
    elif all(outlet.network_segment(t, rules) for t in tails if t):
        # "Title - Outlet | <spam>" over "Title - Outlet": the lines share the outlet, only the spam differs
        head, named = _split_lone_tail(doc, title, rules, s)
        if named:
            title, tails = head, named + [t for t in tails if t]
    if doc.evidence and (stem := cut_stem(title)) is not None:
        title = stem  # cut short in every source the page has: its words, not the ellipsis the cut left
    source, doc.source_weak = outlet.outlet_of_tails(tails, rules, GUESS_WORDS)
    if doc.source_weak and len(named := [t for t in tails if t]) == 1 and _named_on_the_stem(named[0], doc):
        source, doc.source_weak = named[0], False
    if source is None and doc.evidence and (headed := _outlet_head(doc, title, s)) is not None:
        title, source = headed[1], headed[0]  # "Copperline: Title" and no tail naming the outlet
        doc.evidence.append("outlet-tail")
    doc.title = title
    if source and doc.source_weak and " " in source.strip():
        live = doc.live()  # the page names the outlet in its second half (a bio, "first published on X"),
        # its first holds the dateline's city ("અમદાવાદ દર્પણ", Ahmedabad Mirror, over "અમદાવાદ – ...")
        source = outlet.as_the_page_names_it(source, [doc.blocks[i] for i in live[len(live) // 2:]])
        source = outlet.without_brand_words(source, _network_lines(doc, rules), rules.spam_words(),
                                            rules.spam_phrases())
    if source and word_count(source) > (NAME_WORDS if doc.source_weak else outlet.LONG_NAME_WORDS):
        source = None  # the brand's words in front of it were not told from the name
    doc.spam = [t for t in dict.fromkeys(tails) if t and t != source]
    site = line_key(doc.site_name or "")
    copy = any(e != SITE_TAIL_EVIDENCE for e in doc.evidence)  # (a copy's site is the network's: its menu's
    # "Climate" names no outlet of "Tierra Alta Climate")
    if source and site and not copy and line_key(source).endswith(" " + site):
        source = doc.site_name  # "Microplastics | The Guardian": a section, then the site it names
    if source is None and not doc.site_name and doc.evidence and (named := _closing_name(doc, s)) is not None:
        source = named  # the network's copy names its outlet only in its closing lines
        doc.source_weak = True
    doc.source = source
    if doc.spam or any(rules.brand_like(t) for t in tails):
        doc.evidence.append("title-echo")
    _drop_name_line(doc)


def _network_name(source: str, title: str | None, rules: Rules) -> bool:
    """Whether a guessed ``source`` is the title itself or the network's own name, in any script or
    translation: no outlet."""
    return source == title or rules.brand_like(source) is not None \
        or any(outlet.names_the_stem(word) or outlet.names_the_network(word) for word in source.split())


def _drop_name_line(doc: Document) -> None:
    """The outlet's name alone on a line at the top of the body, above any paragraph: the site's
    logo or masthead that extraction kept (a page's "Eastbay Gazette" under "... | Eastbay Gazette")."""
    if not doc.source:
        return
    name = line_key(doc.source)
    for i in doc.live()[:TITLE_BLOCK_SPAN]:
        if line_key(doc.blocks[i]) == name:
            doc.drop(i, removals.HEAD_CHROME)
            return
        if word_count(doc.blocks[i]) > CHROME_WORDS:
            return


def _network_lines(doc: Document, rules: Rules) -> list[str]:
    """The network's own lines of the page (its bottom links, lines naming its brand or, short, its
    bare stem): there the brand's words stand in the page's language ("Sumber: Risikan Data Plato.")."""
    taken = [r.text for r in doc.removed if r.rule in (removals.PLATO_BOTTOM_LINKS, removals.NETWORK_BRAND,
                                                              removals.CAPTION_SPAM)]
    return taken + [doc.blocks[i] for i in doc.live() if rules.brand_like(doc.blocks[i]) is not None
                    or word_count(doc.blocks[i]) <= BRAND_LINE_WORDS and _names_bare_stem(doc.blocks[i])]


def _names_bare_stem(text: str) -> bool:
    return any(outlet.names_the_stem(word.strip(".,;:!?()\"'")) for word in text.split())


def split_site_tail(doc: Document, rules: Rules, tails: set[str], s: EchoSettings = DEFAULT.echo) -> None:
    """The ``site-tail`` step: a title that still ends in " - <tail>" where many other titles of
    the run (or of the tracking store) end in the same tail keeps its head; the tail names the
    outlet. Learned from the corpus, so it needs no outlet list and no contrast between echoes."""
    if not tails or not doc.title:
        return
    learned = {t[1:] for t in tails if t.startswith(LEARNED_SPAM) and not t.startswith(LEARNED_PHRASE, 1)}
    phrase_words = {w for t in tails if t.startswith(LEARNED_SPAM + LEARNED_PHRASE) for w in t[2:].split()}
    tails = {t for t in tails if not t.startswith(LEARNED_SPAM)}
    if doc.source is None:
        doc.source = _known_outlet(doc.spam, tails, rules) or next(
            (name for tail in doc.spam if (name := outlet.before_learned_spam(tail, learned))), None)
    elif doc.source_weak:
        known = _known_outlet(doc.spam, tails, rules)
        if known is not None and line_key(doc.source).startswith(line_key(known)):
            doc.source = known  # a guess running on past the outlet other titles of the site named
        # a guess from a spam tail ending in a word the network's lines of the run set next to its
        # name ("Indonesia Expat Kejelian" where another page says "Sumber: Kejelian Data Plato.")
        words = doc.source.split()
        while len(words) > 1 and line_key(words[-1]) in phrase_words:
            words.pop()
        doc.source = " ".join(words)
    if not tails:
        return
    if doc.own_site and doc.source and line_key(doc.source) in tails:
        doc.evidence.append(SITE_TAIL_EVIDENCE)  # the tail split off as the own site's is the run's shared one
        return
    split = split_tail(doc.title, s)
    if split is None:
        return
    head, tail = split
    key = line_key(tail)
    name: str | None = tail
    if key not in tails and not _sounds_like_a_tail(tail, tails, s):
        # the site's tail with the network's spam run on ("Hodl ya Kila Siku Ujasusi wa Data wa
        # PlatoBlockchain. ..."): the known words are the outlet, whatever the spam's word order
        known = next((t for t in sorted(tails, key=len, reverse=True) if key.startswith(t + " ")), None)
        if known is None or (rules.brand_like(tail) is None and not outlet.spam_shaped(tail)):
            return
        name = " ".join(tail.split()[: len(known.split())])
    doc.title = head
    doc.removed.append(Removal(removals.SITE_TAIL, tail))
    doc.evidence.append(SITE_TAIL_EVIDENCE)
    if doc.source is None:
        doc.source = outlet.from_tails([name], rules)


def _sounds_like_a_tail(tail: str, tails: set[str], s: EchoSettings) -> bool:
    """Whether a title's tail is a tail the run's other titles share, written in another script
    ("- Madhyamam" where the site's pages end "| മാധ്യമം", "- Shamshad News" and "| شمشاد نیوز"):
    a name's few words whose consonants, by sound class, are those of a shared tail."""
    if word_count(tail) > s.name_words or len(letters := latin_letters(tail)) < TAIL_SOUND_LETTERS:
        return False
    spoken = outlet.sound_skeleton(letters)
    return len(spoken) >= TAIL_SOUND_MIN and any(
        t.isascii() != tail.isascii() and outlet.sound_skeleton(latin_letters(t)) == spoken for t in tails)


TAIL_SOUND_LETTERS = 5  # a shorter name ("BBC", "RFI") sounds like too many
TAIL_SOUND_MIN = 3  # consonants: "Madhyamam" and "മാധ്യമം" are m-t-m


LEARNED_SPAM = outlet.SPAM_MARK  # the spam sentences among a group's tails
LEARNED_PHRASE = outlet.STEM_PHRASE_MARK  # ... and, after that mark, the words next to the bare name


def _known_outlet(spam_tails: list[str], tails: set[str], rules: Rules) -> str | None:
    """The site's known tail at the head of a spam tail: "Hodl ya Kila Siku Ujasusi wa Data wa
    PlatoBlockchain. ..." names the outlet other titles of the run named, whatever follows."""
    for tail in spam_tails:
        key = line_key(tail)
        known = next((t for t in sorted(tails, key=len, reverse=True) if key.startswith(t + " ")), None)
        if known is not None:
            name = " ".join(tail.split()[: len(known.split())]).strip(" -|:.,")
            if name and rules.brand_like(name) is None:
                return name
    return None


def _one_line(text: str | None) -> str | None:
    if text is None:
        return None
    return one_line(text) or None


def _site(doc: Document, rules: Rules) -> str | None:
    """The page's declared site name (``og:site_name``), unless it is the network's own: its brand,
    or the brand's name in a translation ("Intelligence des données Platon", "ข้อมูลอัจฉริยะของเพลโต")."""
    site = _one_line(doc.site_name)
    if not site or rules.brand_like(site) is not None or _sounds_like_host(site, doc.url, rules):
        return None
    return None if any(outlet.names_the_stem(word) or outlet.names_the_network(word) for word in site.split()) else site


def bare_address(name: str) -> bool:
    """Whether a declared site name is only the site's address ("chilikakhabar.in")."""
    return _ADDRESS.fullmatch(name.strip().casefold()) is not None


_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/?")


def _sounds_like_host(name: str, url: str | None, rules: Rules) -> bool:
    """Whether ``name`` is the network domain the page stands on, as another script spells it
    ("ซีไฟร์เน็ต" on zephyrnet.com: Thai writes "z" as "s" and "ph" as "f"): their consonants
    compared by sound classes."""
    host = host_of(url)
    domain = next((d for d in rules.domains if host == d or host.endswith("." + d)), None)
    if domain is None:
        return False
    return _sounds_like(name, domain.split(".")[0])


def _sounds_like(name: str, label: str) -> bool:
    """Whether ``name``, in whatever script, has the consonants of the host label ``label`` by sound class."""
    spoken = outlet.sound_skeleton(latin_letters(name))
    return len(spoken) >= SOUND_MIN and spoken == outlet.sound_skeleton(label)


SOUND_MIN = 4  # consonants a site name needs to be matched with its host by sound


# lines that repeat the title's own words, or the network's under a picture: no outlet names itself there
def _as_written(title: str, source: str, doc: Document, s: EchoSettings) -> tuple[str, str]:
    """The outlet as the page writes it, and the title without it. A name holding a separator was
    cut at it: a lone word or figure left as the source ("35", "Новини") takes the title's last
    segment back when a line of the page that does not hold the headline names the two together
    ("Körfez Haber - 35'ten daha fazlası"); and a name's marks dropped on the way ("Finlo Money",
    "Nord 24") come back as the title lines or the page write them ("Finlo! Money", "Nord - 24")."""
    def texts() -> list[str]:  # (asked only where a name may have been cut or lost its marks)
        return [*(doc.blocks[i] for i in doc.live()), *(r.text for r in doc.removed if r.rule not in _TITLE_RULES)]

    if len(source.split()) == 1 and (split := split_tail(title, s)) is not None \
            and word_count(split[1]) <= s.name_words:
        headline = fold(split[0])
        found = _written(f"{split[1]} {source}", [t for t in texts() if headline not in fold(t)])
        if found is not None:
            return split[0], found
    if not any(source in line for line in doc.title_lines) \
            and (found := _written(source, [*doc.title_lines, *texts()])) is not None and found != source:
        return title, found  # (a title line writing the name as it is gives it so already)
    return title, source


def _written(name: str, texts: list[str]) -> str | None:
    """``name``'s words as a text writes them in a row, whole, with only marks between them
    ("Finlo! Money" for "Finlo Money", "Nord - 24" for "Nord 24"), or None."""
    words = name.split()
    if not words:
        return None
    pattern = re.compile(r"[\W_]{1,3}".join(map(re.escape, words)) + "!?")
    for text in texts:
        for m in pattern.finditer(text):
            a, b = m.start(), m.end()
            if (a == 0 or _apart(text[a - 1])) and (b == len(text) or _apart(text[b])) \
                    and all(_apart(ch) for ch in _gaps(m.group(), words)):
                return m.group()
    return None


def _apart(ch: str) -> bool:
    """A character that parts words: a space, a punctuation mark, a symbol (no letter, digit or mark)."""
    return unicodedata.category(ch)[0] in "ZPS"


def _gaps(found: str, words: list[str]) -> str:
    """What stands between the words of ``found`` (and after the last one)."""
    rest, out = found, []
    for word in words:
        at = rest.find(word)
        out.append(rest[:at])
        rest = rest[at + len(word):]
    return "".join(out) + rest


_TITLE_RULES = frozenset({removals.TITLE_ECHO, removals.TITLE_SPAM, removals.SITE_TAIL, removals.CAPTION_SPAM})


def _named_on_page(name: str, doc: Document) -> bool:
    """Whether a line of the page other than its title echoes names ``name``."""
    form = [set(tokens(name))]
    texts = [doc.blocks[i] for i in doc.live()] + [r.text for r in doc.removed if r.rule not in _TITLE_RULES]
    return bool(form[0]) and any(outlet.mentions(text, form) for text in texts)


_NETWORK_REMOVALS = frozenset({removals.NETWORK_BRAND, removals.TITLE_SPAM})


def _networked(doc: Document, rules: Rules) -> bool:
    """Whether the network copied the page: its marks, found when the title was, or lines of its
    taken since (its brand, its spam phrase)."""
    return any(e.startswith("network-") for e in doc.evidence) or bool(network_marks(doc, rules)) \
        or any(r.rule in _NETWORK_REMOVALS or removals.is_network(r.rule) for r in doc.removed)


def _copied_from(doc: Document, rules: Rules, source: str, title: str | None, s: EchoSettings) -> str | None:
    """The tail of an echo of the title that is a name but not the title's own (the site's, as its
    masthead writes it), when a
    line of the page that does not echo the title names it too ("Bu içerik Menderes Haber
    kaynağından otomatik olarak alınmıştır.", its pitch): the outlet a site copied the story from."""
    if not doc.spam or not doc.site_name \
            or not (outlet.same_name(doc.site_name, source) or outlet.case_forms(doc.site_name, source)):
        return None  # (only where the title's tail is the page's own site, its masthead's name)
    headline = fold(title or "")
    texts = [text for text in (*(doc.blocks[i] for i in doc.live()),
                               *(r.text for r in doc.removed if r.rule not in _TITLE_RULES))
             if not headline or headline not in fold(text)]
    for tail in doc.spam:
        if outlet.looks_like_name(tail, s) and rules.brand_like(tail) is None and not outlet.spam_shaped(tail) \
                and not outlet.same_name(tail, source) and any(outlet.mentions(t, [set(tokens(tail))]) for t in texts):
            return tail
    return None


def _spam_set_apart(doc: Document, rules: Rules) -> bool:
    """The title came from one line that ended in the network's spam after a separator of its own
    ("Title | Outlet | <spam>", "Title - Outlet - Платон Деректер Барлауы"): the network writes
    "Title - Outlet <spam>", so what stands before the spam's separator is the outlet when no line
    of the page names another."""
    return "outlet-tail" in doc.evidence and len(doc.spam) == 1 and (
        rules.brand_like(doc.spam[0]) is not None or outlet.spam_shaped(doc.spam[0])
        or outlet.network_segment(doc.spam[0], rules))


def _named_below(tail: str, doc: Document, rules: Rules, s: EchoSettings) -> bool:
    """Whether a line taken for naming the outlet ends with the title's tail ("More from X", in
    whatever language the rest of the line is), or a line known for naming it by its phrase or
    its concepts holds the tail's words in a row ("Ten tekst ukazał się pierwotnie w niemieckim
    wydaniu heise online.", under "Title | heise online" three times): then a name may start in
    lower case, as some outlets write theirs."""
    key = line_key(tail)
    if not key or word_count(tail) > s.name_words or tail[-1:] in ".!?,;:":
        return False
    capitalised = outlet.looks_like_name(tail, s)
    words = tokens(tail)
    naming = rules.role("names_outlet")
    letters = latin_letters(tail)
    # a site's name written as its domain ("iDNES.cz") is named by its name alone too ("Více od iDNES")
    keys = (key, line_key(domain[1])) if (domain := _DOMAIN_NAME.fullmatch(tail.strip())) else (key,)
    for r in doc.removed:
        if capitalised and r.rule in outlet.NAMING_RULES | outlet.SHORT_NAMING \
                and line_key(r.text).endswith(keys):
            return True
        if removals.family_of(r.rule) in naming and outlet.holds_run(tokens(r.text), words):
            return True
        if len(letters) >= SITE_LETTERS and any(letters in _host_labels(url) for url in URL.findall(r.text)):
            return True  # "Title - kicker" over "Quelle: https://www.kicker.de/...": the site the page credits
    return False


_DOMAIN_NAME = re.compile(r"([^\W_][\w-]{1,40})\.[a-z]{2,6}")  # "iDNES.cz", "Golem.de"
SITE_LETTERS = 3  # a shorter tail is no site's name ("AP", "DW" are, but their hosts say more)


def _host_labels(url: str) -> set[str]:
    """The labels of a URL's host, letters only ("https://www.thegrocer.co.uk/x" -> thegrocer, co, uk)."""
    return {label for part in host_of(url).split(".") if (label := _NOT_LETTERS.sub("", part)) and label != "www"}


_NOT_LETTERS = re.compile("[^a-z]+")


def _host_opens_with(tail: str, url: str | None) -> bool:
    """Whether a label of the record's host opens with the tail's first word, in Latin letters
    ("Večernji list" at www.vecernji.hr, "Сега" at segabg.com): the site's name, written out."""
    first = latin_letters(tail.split()[0]) if url and tail.split() else ""
    return len(first) >= HOST_WORD_LETTERS and any(label.startswith(first) for label in _host_labels(url or ""))


HOST_WORD_LETTERS = 4  # a shorter word opens too many hosts' names


def _spells_own_host(tail: str, url: str | None) -> bool:
    """Whether the tail's letters and digits, run together, are a label of the record's host ("24/7
    Wall St." at 247wallst.com, "Android Police" at androidpolice.com): the site's name as its
    address writes it."""
    joined = _NOT_ALNUM.sub("", tail.casefold())
    return bool(url) and len(joined) >= SPELLED_HOST_CHARS and joined in host_of(url or "").split(".")


SPELLED_HOST_CHARS = 5  # a shorter run ("ap", "dw") names too many hosts
_NOT_ALNUM = re.compile("[^0-9a-z]+")


def _sounds_like_own_host(tail: str, url: str | None) -> bool:
    """Whether a tail in another script than Latin sounds like a label of the record's host ("दी
    लल्लनटॉप" at thelallantop.com): the site's name transliterated, consonants by sound class."""
    return bool(url) and not tail.isascii() and any(_sounds_like(tail, label) for label in _host_labels(url or ""))


def _names_own_host(tail: str, url: str | None) -> bool:
    """Whether a title's tail is the name of the site the record was fetched from ("Title |
    Bisnis.com" at ekonomi.bisnis.com, "Title - Golem.de" at www.golem.de): the site's own tail."""
    host = host_of(url) if url else ""
    name = tail.casefold().replace(" ", "")
    if not host or "." not in name or len(_NOT_LETTERS.sub("", name)) < SITE_LETTERS:
        return False
    return host == name or host.endswith("." + name)


def _outlet_head(doc: Document, title: str, s: EchoSettings) -> tuple[str, str] | None:
    """A title line that opens on the outlet ("Copperline: Title", "Coldfront Energy | Title"), as
    the network writes some copies, on a page it touched: the opening is a name that a short line
    of the page's last ones ends with ("Бештар аз Copperline", "Plis nan men Coldfront Energy"): the
    outlet, as "More from ..." names it. A kicker ("Exclusive: ...", "Analysis: ...") no footer names."""
    line = norm(title)
    match = _HEAD_SEPARATOR.search(line, 0, HEAD_CHARS)  # the first separator, a name's length in
    if match is None or match.start() < 2:
        return None
    head, rest = line[: match.start()].strip(), line[match.end() :].strip()
    if word_count(rest) < HEADED_TITLE_WORDS or not outlet.looks_like_name(head, s) or not valid_title(rest, s):
        return None
    key = line_key(head)
    live = doc.live()
    closing = [doc.blocks[i] for i in live[-HEAD_NAMED_LINES:]]
    if not key or not any(head in text for text in closing):
        return None
    # a short closing line ends on it as written, not a credit under a label ("Sumber: BMKG" names a
    # source of the story's); or the closing lines name it twice, capitals and all (its newsletters,
    # its disclaimer, its appeal: "Copperline хәбәрнамәләре", "Copperline’га ярдәм итегез")
    written = re.compile(rf"(?<!\w){re.escape(head)}")
    named = any(word_count(text) <= s.name_words + NAMING_WORDS and line_key(text) != key
                and text.rstrip(" .!").endswith(" " + head) and not split_label(text)[1] for text in closing) \
        or sum(written.search(text) is not None and not split_label(text)[1] for text in closing) >= HEAD_NAMINGS
    if not named:
        return None
    forms = [set(tokens(head))]
    headline = line_key(rest)
    if any(outlet.mentions(doc.blocks[i], forms) and headline not in line_key(doc.blocks[i])
           for i in live[: len(live) // 2]):
        return None  # a subject ("BMKG: ...", "Tesla: ...") is named all through its story (its title's
        # echoes aside)
    return head, rest


# the separator after the opening name: a colon after it, or a bar or a dash between spaces
_HEAD_SEPARATOR = re.compile(r"[:\uff1a](?=\s)|[|\uff5c]|\s[-\u2013\u2014](?=\s)")
HEAD_CHARS = 60
HEADED_TITLE_WORDS = 4  # the title after the outlet's name: a headline, not a subtitle's few words
# the page's last lines, where "More from ..." and the outlet's footer stand (above the network's own)
HEAD_NAMED_LINES = 10
HEAD_NAMINGS = 2  # closing lines naming the outlet, with no line of the story's first half
NAMING_WORDS = 4  # the words of "More from" around the name, in any language ("Zêdetir ji", "Plis nan men")


def _closing_name(doc: Document, s: EchoSettings) -> str | None:
    """The name two short lines of the page's close end on, the same words in capitals ("Mear fan
    Gannet Bulletin", "Dit artikel ferskynde earst op Gannet Bulletin."), that the story's first
    half never names: its outlet, as "More from ..." and "first appeared on ..." name it in any
    language, when no title line carries it. A label's value ("Kopi susu aren: Rp18.000") or a
    figure is no name."""
    live = doc.live()
    ends: dict[str, list[str]] = {}
    for i in live[-HEAD_NAMED_LINES:]:
        text = doc.blocks[i]
        if word_count(text) <= CLOSING_NAME_LINE_WORDS and not split_label(text)[1] \
                and (name := _capitalised_end(text, s)) is not None and not any(ch.isdigit() for ch in name):
            ends.setdefault(line_key(name), []).append(name)
    opening = live[: len(live) // 2]
    for names in ends.values():
        if len(names) >= HEAD_NAMINGS and not any(outlet.mentions(doc.blocks[i], [set(tokens(names[0]))])
                                                  for i in opening):
            return names[0]
    return None


CLOSING_NAME_LINE_WORDS = 14  # "This article first appeared on X." in the page's language


def _capitalised_end(text: str, s: EchoSettings) -> str | None:
    """The run of capitalised words a line ends on, its stop aside ("... earst op Gannet Bulletin."
    -> "Gannet Bulletin"), when a word in small letters stands before it: the line names it."""
    words = text.rstrip(" .!").split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and len(words) - k < s.name_words:
        k -= 1
    if k == len(words) or k == 0 or not words[k - 1][:1].islower():
        return None
    return " ".join(words[k:])


def _punctuated_name(tail: str, doc: Document, s: EchoSettings) -> bool:
    """A name that ends in its own stop or mark ("EurekAlert!", "24/7 Wall St.", "Yahoo!"), which a
    name-shaped tail may not: the page writes it so, mark and all, in a line of its own text
    ("Viac od EurekAlert!", "... sagte sie gegenüber 24/7 Wall St."), not only in its title lines."""
    bare = tail.rstrip(".!?")
    if bare == tail or not bare or not outlet.looks_like_name(bare, s):
        return False
    mark = re.compile(rf"(?<!\w){re.escape(tail)}(?!\w)")
    texts = [doc.blocks[i] for i in doc.live()] + [r.text for r in doc.removed if r.rule not in _TITLE_RULES]
    return any(mark.search(text) for text in texts)


def own_site_tail(doc: Document, s: EchoSettings = DEFAULT.echo, title: str | None = None) -> str | None:
    """The tail of a lone title line that names the site the text was taken from: a name written as
    a domain ("Title | Egemen.kz"), the record's host, or a name a closing line of the body gives
    ("Title | Abante" over "I-follow ang Abante sa Facebook at TikTok ...", "Title | Политика" over
    "Пратите Политику на Телеграму"). A title with a site's tail is a web page's, chrome and all."""
    title = _one_line(title or doc.title)
    split = split_tail(title, s) if title else None
    if split is None:
        return None
    tail = split[1]
    if _DOMAIN_NAME.fullmatch(tail.strip()):
        return tail  # a domain, in whatever case ("fyens.dk")
    if _spells_own_host(tail, doc.url):
        return tail  # whatever its case and figures ("24/7 Wall St.")
    if not outlet.looks_like_name(tail, s):
        return None
    live = doc.live()
    # the record's address, or one the page prints at its edges ("URL of this page: https://...")
    for url in (doc.url, *_edge_addresses(doc, live)):
        if _names_own_host(tail, url) or _host_opens_with(tail, url) or _sounds_like_own_host(tail, url):
            return tail
    form = [set(tokens(tail))]
    closing = [doc.blocks[i] for i in live[min(len(live) * 2 // 3, max(len(live) - CLOSING_LINES, 0)):]]
    closing += [r.text for r in doc.removed if r.block >= 0 and r.rule not in _TITLE_RULES]
    if any(word_count(text) <= CLOSING_WORDS and outlet.mentions(text, form) and (_site_voice(text) or _copyright(text))
           for text in closing):
        return tail
    if any(word_count(text) <= CLOSING_WORDS and outlet.mentions(text, form) and _sites_pitch(text)
           for text in (doc.blocks[i] for i in live)):
        return tail  # "Title | Fyens" over "... bliv abonnent og få adgang til alle artikler på Fyens." mid-body
    if word_count(tail) <= CHROME_NAME_WORDS and _chrome_lines(doc, live) >= CHROME_LINES:
        return tail  # "Title | InfoMoney" over a text that keeps its page's chrome: the page's site
    return None


def _edge_addresses(doc: Document, live: list[int]) -> list[str]:
    """The web addresses the body's first and last lines print (a print version's "URL of this
    page:", an archive's "Saved from")."""
    edges = live[:EDGE_LINES] + live[max(EDGE_LINES, len(live) - EDGE_LINES):]
    return [m.group() for i in edges if "://" in doc.blocks[i] and (m := URL.search(doc.blocks[i]))]


def _copyright(text: str) -> bool:
    """A copyright line: it opens on the mark or the word ("© नर्मदा दर्पण। सर्वाधिकार सुरक्षित।")."""
    return COPYRIGHT.match(text.lstrip()) is not None


CHROME_NAME_WORDS = 2  # a site's name set after a title over its page's chrome
CHROME_LINES = 2  # ... the page's lines no article writes: a reading time, a share row, a link


def _chrome_lines(doc: Document, live: list[int]) -> int:
    """The lines at the body's edges that only a page's chrome writes, known by their shape in any
    language: a reading time, a share or follow row of platform names, a "read also" link ("Tempo
    de leitura: 3 min", "Compartilhe: WhatsApp | X | LinkedIn | E-mail"). (A posted line's clock
    times do not count: a timetable's rows have them.)"""
    from ..strip.edges import bids_reading, is_labelled_list, reading_time
    from ..strip.rules import load_rules

    rules = load_rules()
    edges = live[:EDGE_LINES] + live[max(EDGE_LINES, len(live) - EDGE_LINES):]
    count = 0
    for i in edges:
        text = doc.blocks[i]
        if reading_time(text, rules, DEFAULT.edges) \
                or is_labelled_list(text, DEFAULT.edges) and len(rules.platforms_named(text)) >= 2 \
                or split_label(text)[1] and bids_reading(text, rules) and word_count(split_label(text)[2]) >= 4:
            count += 1
    return count


EDGE_LINES = 4  # the body's first and last lines, where a page's chrome stands


def _site_voice(text: str) -> bool:
    """A closing line that names the site as a site's line does: one sentence or label ("© 2025
    Okaz", "Follow Abante on TikTok"), lines that speak to the reader ("You have read a free
    article. Subscribe to read all of GP.") or of what a site's notes speak of ("© Shqiptarja.
    Reproduction without the editors' permission is forbidden."). Two sentences about someone
    ("Yoon Seo-jin was born in 1987 ... This poem appeared in ...") name the person a title's tail
    may name too."""
    from ..strip.edges import NOTE_CONCEPTS, OFFERS
    from ..strip.notes import speaks_to_reader
    from ..strip.rules import load_rules

    rules = load_rules()
    return len(sentences(text)) <= 1 or speaks_to_reader(text, rules) \
        or any(found & (NOTE_CONCEPTS | OFFERS) for found in rules.concepts.found(text).values())


def _sites_pitch(text: str) -> bool:
    """A line anywhere in the body that is one of a site's pitches by its concepts (a paywall, a
    newsletter or app offer: "Tilaa X ja lue kaikki jutut rajoituksetta."): a name it holds is the
    site's, wherever the page set the pitch."""
    from ..strip.rules import load_rules

    return load_rules().concepts.family(text) is not None


CLOSING_LINES = 4  # the body's closing lines: its last third, and at least these
CLOSING_WORDS = 25  # a closing line naming the site is short: a follow line, a copyright, a tip line


def _echoed_elsewhere(name: str, doc: Document, rules: Rules) -> bool:
    """A name a removed line gives that another spam tail holds before the brand: the same outlet,
    translated ("한국 시대 기사 더보기" under "... | 한국 시대 <spam>" beside "... - 코리아타임스 <spam>"),
    so the first tail's form stays."""
    words = set(tokens(name))
    for tail in doc.spam:
        # (past the spam's sentences another tail carries too: "নতুন যুগ স্তম্ভ অনুসন্ধান। আয়। <brand>")
        head = outlet.before_brand(tail, rules) or outlet.before_brand(outlet.without_shared_run(tail, doc.spam), rules)
        if head and set(tokens(head)) <= words:
            return True
    return False


def _spam_head_named_below(doc: Document, s: EchoSettings) -> str | None:
    """The first words of a spam tail that a short line removed from the page's second half names
    too, in the same or another case form: the outlet, as the title's tail writes it, however the
    spam's words run on after it (the brand moved to the end, "Vertical Search" translated anew)."""
    half = len(doc.blocks) // 2
    lines = [r.text.split() for r in doc.removed if r.block >= half and word_count(r.text) <= s.name_words + 4]
    for tail in doc.spam:
        head = sentences(tail)[0].split() if sentences(tail) else []
        for k in range(min(len(head), s.name_words), 0, -1):
            name = " ".join(head[:k]).strip(" .,;:-|")
            if len(latin_letters(name)) < outlet.NAME_LETTERS or not outlet.looks_like_name(name, s) \
                    or any(outlet.stem_word(w) for w in head[:k]):
                break  # the spam opens with the brand: no outlet stands in front of it
            for words in lines:
                runs = (" ".join(words[j:j + k]).strip(" .,;:-|") for j in range(len(words) - k + 1))
                if any(line_key(run) == line_key(name) or outlet.case_forms(run, name) for run in runs):
                    return name
    return None



def _echoed_tail(tail: str, doc: Document, s: EchoSettings) -> bool:
    """Identical echo lines end in this name, and the trailing block named an outlet in words of
    its own ("Title - The Wall Street Journal" twice over "Duvar Sokağı Gazetesi'nden daha
    fazlası"): no spam variant tells the tail from the title, the repetition and the footer do."""
    key = line_key(tail)
    if not key or not outlet.looks_like_name(tail, s):
        return False
    lines = [*doc.title_lines, *(r.text for r in doc.removed if r.rule == removals.TITLE_ECHO)]
    ends = [split_tail(line, s) for line in lines]
    echoed = sum(1 for end in ends if end is not None and line_key(end[1]) == key) >= 2
    return echoed and any(r.rule in _FOOTER_NAMING for r in doc.removed)


_FOOTER_NAMING = frozenset({removals.OUTLET_LINK, removals.phrase("more_from")})


def _glued_spam(title: str, rules: Rules, body: str = "") -> str | None:
    """The network's spam glued to a title with no separator: from the brand on, a tail of the
    spam's shape (brand words, then very short sentences) that ends the title. Glued inside a
    word, at a seam of case ("study findsPlatoBlockchain ...", "Aset KriptoTelusur Berdiri. Ay."),
    the title keeps the word's first part."""
    hit = rules.brand(title)
    if hit is not None:
        start = title.casefold().find(hit.casefold())
        if start > 0 and not _seam(title, start):
            start = title.rfind(" ", 0, start) + 1  # the brand's whole word ("findsPlato...": from the seam)
    elif (start := _fused_run(title, body)) < 0 and (start := _stem_run(title)) < 0:
        return None
    tail = title[start:]
    return tail if start > 0 and outlet.spam_shaped(tail) and word_count(title[:start]) >= 2 else None


def _seam(text: str, at: int) -> bool:
    """A capital right after a small letter: two words written together ("findsPlato")."""
    return at > 0 and text[at - 1].islower() and text[at].isupper()


def _fused_run(title: str, body: str = "") -> int:
    """Where a brand no prior knows starts: its fused word ("PlatonLanțBloc", "PlatónCadena": a
    capital inside a word, as every rendering of "PlatoBlockchain" keeps) and the capitalised words
    before it ("Inteligența Datelor PlatonLanțBloc"); -1 without one. A fused word whose first
    part (three letters or more: not "iPhone") opens in lower case or is a word of the article's
    body ("KriptoTelusur Berdiri. Ay." over "pedagang aset kripto") is the title's last word with
    the spam glued on: the spam starts at the seam."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(title)]
    for k, (at, word) in enumerate(words):
        seam = next((j for j in range(1, len(word)) if _seam(word, j)), 0)
        if not seam:
            continue
        if not any(ends_sentence(w) for _, w in words[k : k + FUSED_LEAD]):
            return -1  # "OpenAI models to iPhone apps.": a name inside the title's own sentence
        first = word[:seam].casefold()
        in_body = bool(body) and re.search(rf"(?<!\w){re.escape(first)}(?!\w)", body.casefold()) is not None
        if len(first) >= FUSED_WORD and (word[:1].islower() or in_body):
            return at + seam  # (a brand's rendering opens with a capital: "findsPlato..." is "finds")
        lead = k
        while lead > 0 and k - lead < FUSED_LEAD and words[lead - 1][1][:1].isupper():
            lead -= 1
        # in a title written in title case the brand's own words cannot be told from the title's
        title_case = lead > 0 and words[lead - 1][1][:1].isupper()
        return words[k if title_case else lead][0]
    return -1


def _stem_run(title: str) -> int:
    """Where a brand whose chain is translated starts: the brand's bare stem as a word of its own
    ("... reserwes Plato Blokketting Data-intelligensie. Vertikale Soektog. Ai."); -1 without one.
    (The tail's shape, checked by the caller, tells it from a title about the philosopher.)"""
    if not ends_short(title):
        return -1  # the spam ends on a word of a few letters ("Ai."): most titles do not
    for m in _WORD.finditer(title):
        if m.start() > 0 and outlet.names_the_stem(m.group().strip(".,;:!?()\"'")):
            return m.start()
    return -1


_WORD = re.compile(r"\S+")
FUSED_LEAD = 3  # brand words before the fused one: "Data Intelligence", "Inteligența Datelor"
FUSED_WORD = 3  # letters a fused word's first part needs to be taken for a word of the body


_NAME_STOPS = "\u0964\u0965\u3002\u06d4\u0589\u1362\u17d4\u104b\u0f0d\u0f0e"  # full stops but the Latin one ("Inc.")


def finalize(doc: Document, rules: Rules, s: EchoSettings = DEFAULT.echo) -> None:
    """Settle ``doc.title`` and ``doc.source``."""
    title = _one_line(doc.title) or _one_line(doc.declared_title)
    if title is None and doc.title_lines:
        title = _one_line(doc.title_lines[0])
    while title is not None:
        split = split_tail(title, s)
        if split is None or (rules.brand_like(split[1]) is None and not outlet.spam_shaped(split[1])):
            break
        title = split[0]
        doc.removed.append(Removal(removals.TITLE_SPAM, split[1]))
    if title is not None and (glued := _glued_spam(title, rules, doc.body())) is not None:
        title = title[: -len(glued)].rstrip(" -|:")  # "... Shrink PlatoBlockchain Data Intel. Vertical Search. A.I."
        doc.removed.append(Removal(removals.TITLE_SPAM, glued))
    source = _one_line(doc.source)
    footer = None  # the source a removed line named
    if (source is None or doc.source_weak and _network_name(source, title, rules)) \
            and (credited := outlet.from_bottom_links(doc, rules)) is not None:
        source = credited  # the network's own credit under the copy, when no title named the outlet (a
        # guess from a tail that is the brand's own name is none)
    split = split_tail(title, s) if title is not None else None
    if doc.kind == "html" and (site := _site(doc, rules)) is not None:
        source = site  # the page's declared site name, as its markup writes it, over its translated titles
    elif source is None:
        source = footer = outlet.from_removed_lines(doc, rules) or _site(doc, rules) or outlet.from_appeal(doc, rules)
    elif doc.source_weak:  # a line naming another outlet outranks a guess from a spam tail
        other = outlet.from_removed_lines(doc, rules)
        site = _site(doc, rules)
        if other is not None and not outlet.same_name(other, source) and not outlet.case_forms(other, source) \
                and not _echoed_elsewhere(other, doc, rules):  # (a footer inflecting the name names the same)
            source = other
        elif other is None and site:
            source = site  # the page's declared site over words the translation set by the brand
        elif other is None and split is not None and outlet.looks_like_name(split[1], s) \
                and (rules.is_outlet(split[1]) or not _named_on_page(source, doc)):
            source = split[1]  # "Title - TechCrunch | Inteligência de Dados Plato...": the tail before the spam
    if split is not None and source is None and (_named_below(split[1], doc, rules, s)
                                                 or own_site_tail(doc, s) == split[1]):
        source = split[1]  # "Title - Outlet" where the page's "More from ..." line, its address or its closing
        # lines name it
    if split is not None and source is None and outlet.looks_like_name(split[1], s) and _spam_set_apart(doc, rules):
        source = split[1]  # "Title | Notes from Poland | <spam>" and nothing else names an outlet
    if split is not None and doc.kind != "html" and _echoed_tail(split[1], doc, s):
        source = split[1]  # "Title - Outlet" twice over a footer naming the outlet in other words
    if split is not None and source and outlet.looks_like_name(split[1], s) and outlet.case_forms(split[1], source):
        source = split[1] if doc.kind != "html" or _site(doc, rules) is None else source
        # "Title | Helsingin Ajat | <spam>" over "Lisää Helsingin Ajoilta": the title names it as it is
    if (source is None or source == footer) and doc.spam and (named := _spam_head_named_below(doc, s)) is not None \
            and (source is None or outlet.case_forms(named, source)):
        source = named  # "Pierwsze Wiadomości Pionowe Przeszukiwanie. Ojej. PlatoOgniwo" over "Więcej z Pierwszych ..."
    if split is not None and source and line_key(split[1]) == line_key(source):
        title = split[0]  # "Title - Outlet - Spam": the outlet the page names elsewhere, still on the title
        doc.removed.append(Removal(removals.TITLE_OUTLET, split[1]))
    if source is not None and (origin := outlet.from_title_reference(doc, rules, title)
                               or _copied_from(doc, rules, source, title, s)) is not None \
            and not outlet.same_name(origin, source) and not outlet.case_forms(origin, source) \
            and not _network_name(origin, title, rules) and not _networked(doc, rules):
        source = origin  # the copy says where it first appeared: that outlet, over the site that copied it
        # (a scraper's name in its title's tail or its declared site name)
    if source is not None and title is not None:
        title, source = _as_written(title, source, doc, s)
    doc.title = title
    if source and doc.kind == "page" and (masthead := _masthead_part(source, doc)) is not None:
        source = masthead  # "... < 구정소식 < 다대노을소식": a section, then the site its masthead names alone
    if source is not None and _network_name(source, title, rules) and not _named_on_the_stem(source, doc):
        source = None  # the network's own name, in any translation, is no source
    if source is not None and not (doc.kind == "html" and source == doc.site_name):
        source = source.rstrip(_NAME_STOPS).rstrip() or None  # a script's full stop after the name in a title or a
        # masthead line, no part of it ("ཉང་ཆུའི་གསར་འགྱུར།", the Tibetan shad); the name a page declares stays as written
    doc.source = source
