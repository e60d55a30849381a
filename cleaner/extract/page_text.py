"""The article inside the plain text of a whole page (a Common Crawl WET record, a browser's or
``lynx -dump``'s text of a page): one line per block of the page, the site's menu, cookie notice,
share buttons, related headlines and footer around the story's paragraphs.

With no markup to read, the story is told by the shape of its lines, in any language: a
paragraph is a line of a sentence's length; the article is the run of paragraphs with the most
text, whatever short lines (subheadings, a caption, an entry's time) stand between them; the
headline is the line above that run that the page's title echoes. What lies outside, above the
headline or below the run's last paragraph, is the page's chrome (as jusText and boilerpipe judge
a page's blocks by their length and their neighbours, here without the markup they also read).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from ..text import (
    BYLINE_NAME_WORDS,
    COLONS,
    CONTACT,
    MAX_PICTURES,
    NAME_DOTS,
    NAME_TOKEN,
    QUESTION_MARKS,
    QUOTES,
    ROW_MARK,
    SEMICOLONS,
    SPACED_HOUR,
    SPACED_ROW_MARK,
    TIME_ALONE,
    TIMED_ENTRY,
    WORDISH,
    captioned,
    caseless,
    closing_brackets,
    ends_sentence,
    gives_contact,
    has_label_colon,
    long_stems,
    name_alone,
    name_byline,
    named_place,
    quotes_someone,
    sentences,
    split_label,
    tokens,
    western_digits,
    word_count,
)
from ..titles.echo import common_title, norm, split_tail

PARAGRAPH_WORDS = 8  # a line this long that ends a sentence is a paragraph
LONG_WORDS = 20  # ... and a line this long is one whatever its end (a caption-less list of words is not)
RUN_GAP = 5  # short lines that may stand between two paragraphs of one article (a subheading, a
# caption and its credit, a live entry's time); a menu or a list of headlines is longer
LONE_GAP = 2  # ... but the run's last paragraph, alone past more short lines than this, is the foot's
CLOSING_WORDS = 3  # a short last paragraph ("The trial continues.") right under the run


def is_paragraph(line: str) -> bool:
    """A line of a paragraph's length: a sentence of some words (or of a sentence's letters, in
    languages of long words: Tamil, Malayalam, Georgian write few), or a long line (in Thai and
    Lao, which end no sentence with a stop, a line of a sentence's length)."""
    if "\u00a9" in line:
        return False  # the site's copyright line ("কপিরাইট © ২০২৫ ... সর্বস্বত্ব সংরক্ষিত।"), a sentence or not
    words = word_count(line)
    if _labels_row(line) or _dated_label(line) or _dates_row(line):
        return False  # "Paskelbta: 2025-06-18 16:40 · Skaitymo laikas: 4 min.": a byline's row of labelled values;
        # "Publicado: 6 de febrero de 2027 - 9:18 p. m.", its date, however its time ends
    sentence = ends_sentence(line)
    if words >= LONG_WORDS and (sentence or not _items_row(line)):
        return True
    sentence = sentence or _NO_STOPS.search(line) is not None
    return sentence and (words >= PARAGRAPH_WORDS or words >= SHORT_WORDS and len(line) >= PARAGRAPH_CHARS)


SHORT_WORDS = 4
PARAGRAPH_CHARS = 55
ROW_ITEM_WORDS = 8


def _labels_row(line: str) -> bool:
    """A row of two labelled values or more, each a few words, parted by a spaced row mark."""
    parts = _SPACED_ROW_MARK.split(line)
    return len(parts) >= 2 and all(has_label_colon(part) and word_count(part) <= ROW_ITEM_WORDS // 2 + 1
                                   for part in parts)


def _dates_row(line: str) -> bool:
    """A row of dates parted by a spaced row mark, each part a few words about its date or time
    ("Publié le 30 juillet 2028 à 19 h 42 | Mis à jour le 31 juillet 2028 à 8 h 15"), two at least: a
    byline's published and updated, however long the words around their figures run."""
    parts = _SPACED_ROW_MARK.split(SPACED_HOUR.sub(r"\1:\2", line))
    dated = [part for part in parts if _YEAR_OR_CLOCK.search(part)]
    return len(dated) >= 2 and all(
        not ends_sentence(part) and sum(any(ch.isalpha() for ch in word) for word in part.split()) <= ROW_ITEM_WORDS
        and (part in dated or _DIGIT.search(part) and word_count(part) <= 2) for part in parts)
    # (with a counter beside them: "· 7 réactions")


def _dated_label(line: str) -> bool:
    """A label of a word or two over a date or a time and nothing else."""
    label, colon, value = split_label(line)
    return bool(colon) and word_count(label) <= 2 and _YEAR_OR_CLOCK.search(value) is not None \
        and sum(any(ch.isalpha() for ch in word) for word in value.split()) <= DATE_WORDS


def _items_row(line: str) -> bool:
    """A row of short items parted by a spaced row mark ("Ìkòyí Stars 1-1 Ẹ̀gbá United · Ìjẹ̀bú
    Rangers 0-1 Ọ̀ṣun Babes", a widget's results, a tag row): however long, no paragraph."""
    parts = _SPACED_ROW_MARK.split(line)
    return len(parts) > 2 and all(word_count(part) <= ROW_ITEM_WORDS for part in parts)


def _table_row(line: str) -> bool:
    """A row of a table the article sets out ("3 Yeclano Deportivo 30 15 9 6 54"): three figures or
    more; it breaks no run of paragraphs."""
    return len(_NUMBER.findall(_GLUED.sub(" ", line) if not line.isascii() else line)) >= TABLE_FIGURES


_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])")
# Chinese, Japanese and Korean write a figure glued to the word it counts ("前２７分", "勝ち点２５"): parted
# from them, it is a figure as a spaced script's is
_GLUED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")
TABLE_FIGURES = 3
TABLE_ROWS = 2


def _in_table(lines: list[str]) -> list[bool]:
    """Which of ``lines`` belong to a table the article sets out: its rows, a short heading right
    above a row ("Tabela (czołówka)", "Wyniki 3. kolejki"), and a short line among its rows (a match
    postponed, "Karpaty Krosno - Wisłok Strzyżów (przełożony na 2 września)")."""
    out = [_table_row(line) for line in lines]
    # (the rows that tell a table: no year, no address: a page's dated line and its contact line are no table)
    rows = [row and not _YEAR.search(line) and not CONTACT.search(line) for row, line in zip(out, lines, strict=True)]
    for k, line in enumerate(lines):
        if out[k] or word_count(line) > FACT_WORDS or CONTACT.search(line):
            continue
        if all(rows[k + 1 : k + 1 + TABLE_ROWS]) and len(rows[k + 1 : k + 1 + TABLE_ROWS]) == TABLE_ROWS \
                and _box_heading(line) or k and rows[k - 1] and any(rows[k + 1 : k + 3]):
            out[k] = True
    return out


_NO_STOPS = re.compile("[\u0e00-\u0eff]")  # Thai and Lao letters


def looks_like_page(lines: list[str], title: str | None) -> bool:
    """Whether a text record's ``lines`` are a whole page's text rather than an article's: a menu
    above its article (several lines of a word or three, none a sentence) and more such lines below
    it (the footer's links)."""
    span = article_span(lines, title)
    if span is None:
        return False
    head, end = span
    return sum(map(_menu_item, lines[:head])) >= MENU_ITEMS and sum(map(_menu_item, lines[end + 1:])) >= FOOTER_ITEMS


MENU_ITEMS = 5
FOOTER_ITEMS = 3


def _menu_item(line: str) -> bool:
    return word_count(line) <= 3 and not ends_sentence(line) and not _DIGIT.search(line)


def chrome_lines(lines: list[str], title: str | None) -> list[int] | None:
    """The page's chrome among its ``lines``: every line above the headline (or above the article's
    first paragraph, when no line echoes the title), the lines of the story's head that are no
    paragraph (a byline, a date, "5 min read", share buttons; the standfirst, a sentence, stays, and
    so does the lead picture's caption that says what it shows, with its credit), and every line
    below the article's last paragraph. None when no line is a paragraph: a home page, a listing,
    a menu has no article."""
    span = article_span(lines, title)
    if span is None:
        return None
    head, end = span
    return sorted({*range(head), *_story_head(lines, head, end), *_counters(lines, head, end),
                   *range(end + 1, len(lines))})


def _counters(lines: list[str], head: int, end: int) -> list[int]:
    """A gallery's counters between its captions ("Foto 2 di 6", "படம் 3 / 5", "写真 4/6"): short
    lines that count up to one total, two of them at least; or one over its picture's caption
    ("Wêne 1 ji 8" over "... Wêne: Rêbaz Silêman")."""
    found: dict[tuple[int, str], list[int]] = {}
    for i in range(head + 1, end + 1):
        if (count := _count(lines[i])) is not None:
            # (one gallery's counters read alike but for their figures: "Foto 2 di 6", "Foto 5 di 6"; a
            # forecast's days, "29 મે — 45°C, ગરમ પવન" and "31 મે — 45°C, આંશિક વાદળછાયું", do not)
            found.setdefault((count[1], _INTEGER.sub("#", lines[i]).strip()), []).append(i)
    alone = [i for i in range(head + 1, end) if _picture_over(lines, i)]
    return [*(i for rows in found.values() if len(rows) >= 2 for i in rows), *alone]


_INTEGER = re.compile(r"(?<![\d.,])\d{1,3}(?![\d.,]\d)")
_CLOCK = re.compile(r"\d[:.]\d\d(?!\d)")
COUNTER_WORDS = 5


def site_name(lines: list[str], chrome: list[int]) -> str | None:
    """The site's name as its page text writes it: the first short line of the page's top (its
    logo, its masthead) that a line of its foot repeats inside it ("© 2025 Les Échos du Morvan –
    Tous droits réservés", "کلیه حقوق این سایت متعلق به خبرنامه البرز است.")."""
    taken = set(chrome)  # (chrome: the lines chrome_lines gave)
    top = [i for i in chrome if i < len(lines) // 2]
    foot = [lines[i] for i in range(max(0, len(lines) - FOOT_LINES), len(lines)) if i in taken]
    for i in top:
        name = lines[i]
        if word_count(name) <= NAME_WORDS and not _DIGIT.search(name) and not ends_sentence(name) \
                and any(name in line and name != line for line in foot):
            return name
    return None


NAME_WORDS = 6
FOOT_LINES = 5  # the page's last lines: its copyright, its legal links


def _story_head(lines: list[str], head: int, end: int) -> list[int]:
    """The lines of the story's head under the headline that are no paragraph: those above the
    first paragraph; below a standfirst (a paragraph right under the headline), those down to the
    next paragraph or a list too when a figure dates them (a date line, a time): a subheading or a
    list between two paragraphs has none of the byline's company. A captioned picture is the
    article's and stays."""
    paragraphs = [i for i in range(head + 1, end + 1) if is_paragraph(lines[i])]
    if not paragraphs:
        return []
    first = paragraphs[0]
    # (down to a sentence of the story announcing the list under it: "... பதிவான மழை அளவுகள்:" over the
    # rainfall per area; a byline's block holds no such sentence)
    lead = next((i for i in range(head + 1, first) if _announces(lines[i]) and word_count(lines[i]) >= PARAGRAPH_WORDS),
                first)
    meta = list(range(head + 1, lead))
    # the author's box of a byline's lines may hold a bio, a paragraph opening on the byline's
    # name ("By Imogen Pryce", "Transport reporter", "Imogen Pryce has covered ... since 2016."):
    # the head runs on past it
    opened = first == head + 1  # a standfirst right under the headline
    if _bio(lines, meta, first):
        meta.append(first)  # the box under the headline, its bio first
        opened = True
    k = 0
    while opened and k + 1 < len(paragraphs) \
            and _bio(lines, meta + list(range(paragraphs[k] + 1, paragraphs[k + 1])), paragraphs[k + 1]):
        meta += [*range(paragraphs[k] + 1, paragraphs[k + 1]), paragraphs[k + 1]]
        k += 1
    if opened and len(paragraphs) > k + 1:
        run = list(range(paragraphs[k] + 1, paragraphs[k + 1]))
        # (down to a box of facts, a few lines under their labels or amounts in a row and no date among
        # them: a recipe's "Preparazione: 40 minuti", "Cottura: 2 ore", "Porzioni: 4"; a service's times,
        # "Kl. 9.00: Vestre Hæstrup Kirke", under the day's short heading; a byline's block gives a name,
        # a date, a reading time. Asked of the whole run: a numbered entry below the box ends no head above it)
        # (its facts may run on past the next paragraph, a fact as long as one: a match's "Rezultatas: ...
        # 84:79", its quarters' scores, "Rezultatyviausi: ..." and its attendance)
        box = next((j for j in range(len(run))
                    if run[j] + FACT_BOX <= len(lines)
                    and all(is_fact(lines[i]) and not _dated(lines[i]) for i in range(run[j], run[j] + FACT_BOX))),
                   len(run))
        while 0 < box < len(run) and lines[run[box - 1]].lstrip()[:1].isdigit() \
                and not _dated(lines[run[box - 1]]):
            box -= 1  # (and its first entries, too long for a fact: "1 adet kuzu kaburga (yaklaşık 2,5 kg)")
        if 0 < box < len(run) and (_box_heading(lines[run[box - 1]]) or lines[run[box - 1]].rstrip()[-1:] in COLONS):
            box -= 1  # (its heading: "Malzemeler (8 kişilik):")
        run = run[:box]
        # (down to a list the story sets there: its contents, "1. Mi változik júliustól?")
        run = run[: next((j for j, i in enumerate(run) if _list_item(lines[i])), len(run))]
        # (a programme's entries, two or more on their times, are the story's: "9:00 Ukuvulwa nguMeya")
        # (and a gallery's pictures, counted: "ചിത്രം 1 / 5", a caption, "ചിത്രം 2 / 5", ...: the head's
        # lines end above its first counter)
        counted = [j for j, i in enumerate(run) if _count(lines[i]) is not None]
        if len(counted) >= PROGRAMME_ENTRIES:
            run = run[: counted[0]]
        # (down to a sentence announcing what follows: "... నీటి మట్టాలు ఇలా ఉన్నాయి:" over a table)
        run = run[: next((j for j, i in enumerate(run) if _announces(lines[i])), len(run))]
        # (or a short heading on its colon over two entries or more: "De nieuwe frequenties:" over the lines'
        # times; a byline's label over its name, "Geschreven door:", has one line under it)
        run = run[: next((j for j, i in enumerate(run) if _list_colon(lines[i]) and len(run) - j > LIST_UNDER),
                         len(run))]
        # (and down to a directory the story sets out, three contact lines or more: "Policía Local: 981 78
        # 20 14", "Servizos Sociais: servizossociais@...": a byline's block gives one address at most)
        # (and down to a table the story sets out, two rows of figures or more with no year: a match's
        # goals, "1:0 — Ерёмин (Плотников, Аксёнов), 08:14"; a byline's block dates itself with its year)
        rows = [j for j, i in enumerate(run) if _table_row(lines[i]) and not _YEAR.search(lines[i])]
        if len(rows) >= TABLE_ROWS:  # (with its heading or its first entries: "Шайбы:", "Emerxencias: 112")
            run = run[: _labels_above(lines, run, rows[0], colons=True)]
        contacts = [j for j, i in enumerate(run) if CONTACT.search(lines[i])]
        if len(contacts) >= DIRECTORY_ENTRIES:  # (with its entries without an address: "Emerxencias: 112")
            run = run[: _labels_above(lines, run, contacts[0])]
        if any(_DIGIT.search(lines[i]) for i in run) and sum(TIMED_ENTRY.match(lines[i]) is not None
                                                            or _timed_label(lines[i]) for i in run) < PROGRAMME_ENTRIES:
            meta += run  # (nor a timetable's labels with their times: "Начало поста в Хайфе: 05:05")
    # a live blog's entries each open on their time: the first entry's, above its paragraph, is no byline's
    if any(TIME_ALONE.match(lines[i]) for i in range(first, end + 1)):
        meta = [i for i in meta if not TIME_ALONE.match(lines[i])]
    # an interview's first question, right above its answer, is no line of the head ("Ինչպե՞ս սկսվեց ...։"),
    # nor an obituary's span of a life, two years apart ("Fædd 3. mars 1938 í Hnífsdal – dáin 29. ágúst 2025")
    story = _stems([lines[head], *lines[first : end + 1]], short=True)  # (its lists too: "منسوب القاش ...:")
    decks = [i for i in meta if _deck(lines[i], story) and not _respun(lines[i], lines[head])]
    # the post's own short sentences right above its first paragraph ("שתיים בלילה.", "Ճիշտ էր։"): a
    # byline's block dates itself and ends no sentence
    opening = set()
    for i in range(first - 1, head, -1):
        if i not in meta or not _short_sentence(lines[i]):
            break
        opening.add(i)
    # the writer's name under the headline, the byline as the story was printed ("Door Jef Van Looy",
    # "Пише: Милица Јовановић"): the article's line, as in the copies that keep it; its row with a
    # date or a reading time is the page's
    return [i for i in meta if not (_asks(lines[i]) and i + 1 <= end and is_paragraph(lines[i + 1]))
            and not _life_span(lines[i]) and not (len(decks) == 1 and i in decks)
            and not captioned(lines[i]) and i not in opening and not _writer(lines, i)
            and not (i == first - 1 and (_dateline(lines[i])
                                         or _placed_credit(lines[i], " ".join([*lines[head:i], lines[first]]))))]
    # (the head holds one standfirst: several such lines are a list, a live page's "key moments")


_PLATFORM = frozenset({"platform"})


def _unnamed(line: str) -> str:
    """A byline without its name: the words past the first that open on a capital go."""
    words = line.split()
    return " ".join(words[:1] + [w for w in words[1:] if not w[:1].isupper()])


def _writer(lines: list[str], at: int, *, foot: bool = False) -> bool:
    """The byline that names the writer alone (:func:`name_byline`), in no words the page's chrome
    speaks (a share row's "Rannañ: Facebook Instagram" names platforms; "Autor:" names the writer),
    and named nowhere else on the page (the site's name, "The Sugar City Times", is its footer's
    too); or a staff byline, a few words that speak of the reporter or the desk alone ("নিজস্ব
    প্রতিবেদক, রাজশাহী", "Our Correspondent", "ਮਨੋਰੰਜਨ ਡੈਸਕ"): in scripts without capitals, the
    concept lexicon's words for them are what tells a byline. At the story's ``foot``, a label over
    a name names the writer only in those words."""
    line = lines[at].strip()
    named = name_byline(line)
    staff, comma, name = line.rpartition(",")  # "Avec notre correspondant à Tillabéri, Moussa Hamani"
    words = word_count(line) if not comma or not name_byline(f"{staff}|{name}") and not name_alone(name) \
        else word_count(staff) - STAFF_PLACE_WORDS
    desk, mark, place = _last_row_part(line)
    if not named and mark and named_place(place):
        words = word_count(desk)  # the desk, then its place after a row's mark: "Redacció · Sant Josep de sa Talaia"
    label, colon, value = split_label(line)
    if colon and word_count(label) <= 2 and NAME_DOTS.search(value):
        words = word_count(NAME_DOTS.sub(" ", value)) // 2  # a foreign name as CJK writes it, its parts
        # apart by a dot ("作者：安德里亚·波蒂利亚"): two names, whatever their syllables
    if not named and (not line or words > STAFF_WORDS or _DIGIT.search(line) or ends_sentence(line)
                      or line[-1] in COLONS or CONTACT.search(line)):
        return False
    if named and any(line in other for k, other in enumerate(lines) if k != at):
        return False
    from cleaner.strip.rules import load_rules as load_phrases  # (the text steps' concept lexicon)

    concepts = load_phrases().concepts
    if named:  # (the name's own words say nothing but a platform's: "Ni Liza Dela Cruz" holds Swedish "share"
        # and "you"; "Rannañ: Facebook Instagram" names platforms)
        bare = concepts.found(_unnamed(line))
        found = [(bare.get(lang, frozenset()) - concepts.weak) | (said & _PLATFORM)
                 for lang, said in concepts.found(line).items()]
    else:
        found = list(concepts.found(line).values())
    if named:  # (with the photographer's credit: "Reportagem de Catarina Medeiros, imagem de Rui Furtado")
        return all(said <= _WRITER_CONCEPTS | {"photo"} for said in found) \
            and not (foot and has_label_colon(line) and not any(said & _WRITER_CONCEPTS for said in found))
        # (under the story, a label over a name is the site's unless it names the writer: "Pokrovitelj
        # kluba: Grad Karlovac", a sponsor)
    return any(said & _WRITER_CONCEPTS for said in found) and all(said <= _STAFF_CONCEPTS for said in found)


def _last_row_part(line: str) -> tuple[str, str, str]:
    """``line`` parted at its last row mark (" · ", " | "): (before, the mark, after); no mark: (line, "", "")."""
    found = list(ROW_MARK.finditer(line))
    return (line, "", "") if not found else (line[: found[-1].start()], found[-1].group(), line[found[-1].end():])


STAFF_PLACE_WORDS = 2  # the staff byline's place before the name: "... à Tillabéri, Moussa Hamani"
_WRITER_CONCEPTS = frozenset({"author", "editor"})
_STAFF_CONCEPTS = _WRITER_CONCEPTS | {"we", "based", "photo"}  # "Our Correspondent", "நமது நிருபர்", "notre
# correspondant à", "글·사진 윤서진 기자" (text and pictures)
STAFF_WORDS = 4


def _dateline(line: str) -> bool:
    """The story's dateline on a line of its own, right above its first paragraph: a place, a comma
    or a dash, and a day with no year or time ("पोखरा, बैशाख ७", "Quetzaltenango, 14 de mayo"), or a
    place and a day with no mark between ("العقبة 25 أيار"); the agency's slug in brackets and the
    writer's credit after a dash may follow ("... (بحر) - كتب: سامر العمري"). A byline's date line
    gives its year or its time."""
    line = _AGENCY_SLUG.sub("", _credit_off(line.strip())).strip()
    if word_count(line) > DATELINE_WORDS:
        return False
    place, mark, date = _split_dateline(line)
    if not mark:
        place, date = _place_day(line)
    if not place or _DIGIT.search(place) or ends_sentence(line):
        return False
    digits = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else " " for ch in date).split()
    return bool(digits) and all(len(d) <= 2 for d in digits) and ":" not in date


def _placed_credit(line: str, lead: str) -> bool:
    """A desk's credit and the place the story is told from, right above its lead: a word or two, a
    comma and a place the lead (or the headline and standfirst over it) names ("ಕಹಳೆ ವಾರ್ತೆ, ಕೋಲಾರ"
    over "... ಕೋಲಾರ ಎಪಿಎಂಸಿ ..."; "Redazione, Cuneo"), or the place first, a dash and the writer's
    name or the desk's ("صفاقس – محمد علي الشعري"): the story's dateline as the desk signs it. A
    label's values ("Category: Research, Public events") are the page's."""
    line = line.strip()
    credit, comma, place = line.rpartition(",")
    most = CREDIT_WORDS
    if not comma:
        place, dash, credit = next((line.partition(d) for d in (" \u2013 ", " \u2014 ") if d in line), ("", "", ""))
        most = BYLINE_NAME_WORDS  # (the writer's whole name: "محمد علي الشعري")
    if not credit or "," in credit or _DIGIT.search(line) or ends_sentence(line) or CONTACT.search(line) \
            or has_label_colon(line) or not 0 < word_count(credit) <= most \
            or not 0 < word_count(place) <= NAMED_PLACE_WORDS:
        return False
    named = [t.casefold() for t in tokens(lead)]  # (its cases too: "ಕೋಲಾರದ", "Cuneo's")
    words = [w.casefold() for w in tokens(place)]
    if len(words) > PLACE_WORDS:  # a place of several words the lead names whole ("جعلان بني بو علي")
        return f" {' '.join(words)} " in f" {' '.join(named)} "
    return bool(words) and all(len(w) >= PLACE_LETTERS and any(t.startswith(w) for t in named) for w in words)


CREDIT_WORDS = 3
PLACE_WORDS = 2
NAMED_PLACE_WORDS = 4
PLACE_LETTERS = 3


def _credit_off(line: str) -> str:
    """The line without the writer's credit that follows a dash ("... - كتب: سامر العمري", "... – By
    Ana Ruiz"): a label and a name, or a name brought by a word."""
    for dash in (" - ", " \u2013 ", " \u2014 "):
        head, found, credit = line.rpartition(dash)
        if found and head and (name_byline(credit) or _named_credit(credit)):
            return head.strip()
    return line


def _named_credit(text: str) -> bool:
    """A short label over a name alone: "كتب: سامر العمري", "Texto: Ana Ruiz"."""
    label, colon, name = split_label(text)
    return bool(colon) and word_count(label) <= 2 and 1 <= word_count(name) <= BYLINE_NAME_WORDS \
        and not _DIGIT.search(text) and not ends_sentence(text)


_AGENCY_SLUG = re.compile(r"\([^()\d]{1,24}\)\s*$")  # "(XYZ)", "(بحر)": the agency's short name


def _place_day(line: str) -> tuple[str, str]:
    """A place, then a day and its month with no mark between ("العقبة 25 أيار", "Berlin 3 March"):
    the place and the date, or two empty strings."""
    words = line.split()
    at = next((k for k, w in enumerate(words) if _DIGIT.search(w)), None)
    if not at or len(words[at]) > 2 or not words[at].isdigit() or at + 1 >= len(words) \
            or any(_DIGIT.search(w) for w in words[at + 1 :]):
        return "", ""
    return " ".join(words[:at]), " ".join(words[at:])


def _split_dateline(line: str) -> tuple[str, str, str]:
    for mark in (",", "\u060c", " \u2013 ", " \u2014 ", " - "):
        place, found, date = line.partition(mark)
        if found:
            return place.strip(), found, date.strip()
    return line, "", ""


DATELINE_WORDS = 5


def _timed_label(line: str) -> bool:
    """A label of two words or more over a clock time alone ("Окончание поста: 17:16"): a timetable's
    entry. A byline's "Updated: 08:05" gives its one word."""
    label, colon, value = split_label(line)
    return bool(colon) and word_count(label) >= 2 and not _DIGIT.search(label) \
        and _CLOCK_ALONE.fullmatch(value.strip()) is not None


_CLOCK_ALONE = re.compile(r"[0-2]?\d[:.][0-5]\d")


def _plain_sentence(line: str) -> bool:
    """A line that ends a sentence without asking, and holds no figure (no date, no count)."""
    return ends_sentence(line) and not _asks(line) and not _DIGIT.search(line)


def _short_sentence(line: str) -> bool:
    """A sentence of a few words, no figure: a post's own line, not a byline's date or a label."""
    return _plain_sentence(line.strip()) and word_count(line) >= 2


def _labels_above(lines: list[str], run: list[int], top: int, *, colons: bool = False) -> int:
    """``top`` moved up over the run's lines right above it that open a list: a label and a figure
    ("Emerxencias: 112"), and with ``colons`` a line ending on a colon (a heading, "Шайбы:")."""
    while top > 0 and (_numbered_label(lines[run[top - 1]]) or colons and lines[run[top - 1]].rstrip()[-1:] in COLONS):
        top -= 1
    return top


def _box_heading(line: str) -> bool:
    """A short heading right above a box of facts or a table's rows ("Pinsedag, søndag 24. maj",
    "Wyniki 3. kolejki"): a few words, no sentence and no year (a byline's date line gives one)."""
    return word_count(line) <= BOX_HEADING_WORDS and not ends_sentence(line) and not _YEAR.search(line) \
        and not CONTACT.search(line)


BOX_HEADING_WORDS = 4


def _respun(line: str, headline: str) -> bool:
    """A line that says the headline again in other words, about as long, half its words or more
    the headline's: a scraper's spun copy of it set under it ("Ponferrada Recupera El Tren Minero De
    Villablino Como Itinerario Turístico Estival"), no standfirst (which says more, at more length)."""
    split = split_tail(headline)  # (the headline line may carry the site's name: "..._闽东晨报")
    headline = split[0] if split else headline
    words = _words(headline)  # (inflected or not: "trzech latach przerwy", "Trzyletniej Przerwie")
    return len(words) >= REWORDED_MIN and word_count(line) <= RESPUN_LENGTH * word_count(headline) \
        and len(words & _words(line)) >= REWORDED_SHARE * len(words)


def _words(line: str) -> set[str]:
    """A line's words as :func:`_stems` gives them, and its short words whole ("nou", "bici")."""
    return _stems([line]) | {t for t in tokens(line) if 1 < len(t) < STEM_LETTERS and (
        t.isascii() or _SPACED_LETTERS.match(t))}


RESPUN_LENGTH = 1.3


def _deck(line: str, story: set[str]) -> bool:
    """A standfirst set without a full stop ("La medida afecta a unos 400 recolectores y
    cultivadores de Quemchi y Dalcahue"): a paragraph's length of words, no date or clock time, no
    address, no row of parts, and words the headline and the story's paragraphs (``story``, their
    stems) speak of too. A byline, a date line or a share row has none of that."""
    return word_count(line) >= PARAGRAPH_WORDS and not is_paragraph(line) and not _dates(line) \
        and not CONTACT.search(line) and not _SPACED_ROW_MARK.search(line) \
        and len(_stems([line], short=True) & story) >= SAME_STORY_STEMS


def _dates(line: str) -> bool:
    """A line that dates something: a clock time, or a year with its day or month in figures beside
    it ("22 Aogositra 2029", "2029-08-22"). A year alone is the story's ("the lowest price since 2014")."""
    line = western_digits(line)
    years = _DATED.findall(line)
    figures = _FIGURE_RUN.findall(line)
    return any(":" in found for found in years) or any(len(_DATE_PARTS.split(f)) >= 3 for f in figures) \
        or bool(years) and any(f.isdigit() and 1 <= int(f) <= DAYS for f in figures)


DAYS = 31
_FIGURE_RUN = re.compile(r"\d+(?:[./,-]\d+)*")  # "22", "2029", "58,3", "22.08.2029"
_DATE_PARTS = re.compile(r"[./-]")


_SPACED_ROW_MARK = SPACED_ROW_MARK  # "Opublikowano 14 października · Agnieszka", not "원·특별회계"


def _announces(line: str) -> bool:
    """A sentence's length of words ending on a colon, in any script's form: it announces the list or
    table under it (a share bar's "分享到：" is no sentence)."""
    return line.rstrip()[-1:] in COLONS and word_count(line) >= SHORT_WORDS


def _numbered_label(line: str) -> bool:
    """A label and a figure that dates nothing ("Emerxencias: 112"; not "Publicado: 12.03.2025")."""
    label, colon, value = split_label(line)
    return bool(colon) and _DIGIT.search(value) is not None and _DATED.search(value) is None \
        and _YEAR.search(value) is None


def _life_span(line: str) -> bool:
    """A line that spans years: two different years in it (a life's, a period's); a byline's date,
    published and updated, holds one."""
    years = {int(y) for y in _YEAR.findall(line) if YEARS[0] <= int(y) <= YEARS[1]}
    return len(years) >= 2


def _asks(line: str) -> bool:
    """A line that asks: it ends on a question mark, in any script, or holds Armenian's (set on the
    stressed word, the line ending on a full stop)."""
    return line.rstrip().endswith(QUESTION_MARKS) or "\u055e" in line



def _bio(lines: list[str], above: list[int], at: int) -> bool:
    """Whether the paragraph at ``at`` opens on the name a short line above it holds: the byline's
    person ("By Imogen Pryce" over "Imogen Pryce has covered Wexcombe ..."), in any script."""
    opening = " ".join(lines[at].split()[:BIO_NAME_WORDS]).casefold()
    for i in above:
        words = lines[i].split()
        if 2 <= len(words) <= BYLINE_WORDS and not is_paragraph(lines[i]):
            name = " ".join(words[-BIO_NAME_WORDS:]).casefold()
            if opening == name or lines[at].startswith(lines[i] + " "):
                return True  # ("ڈاکٹر فرحت عباس" over "ڈاکٹر فرحت عباس جھنگ میں مقیم ...": the name, its title first)
    return False


FACT_BOX = 3
BIO_NAME_WORDS = 2  # a name's words: given name and family name
PROGRAMME_ENTRIES = 2
DIRECTORY_ENTRIES = 3
BYLINE_WORDS = 5  # "By Imogen Pryce", "Na Mwandishi Wetu, Arusha"


_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")  # in any script's digits ("୧୯୪୪")
YEARS = (1800, 2100)
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[-*\u2022])\s")  # "1. ...", "- ...": an item of the story's list
_DATED = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|\d:\d\d")  # a year or a clock time
_YEAR_OR_CLOCK = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)|(?<![\d:])\d{1,2}:\d\d(?![\d:])")


def _dated(line: str) -> bool:
    """A year, or one clock time: a byline's date line ("22/01/2027 · 07:40"). Scores are no time
    ("84:79"; its quarters, "21:18, 17:24, 25:19")."""
    found = _YEAR_OR_CLOCK.findall(line)
    return any(len(f) == 4 and ":" not in f for f in found) or sum(
        ":" in f and int(f.split(":")[0]) < 24 and int(f.split(":")[1]) < 60 for f in found) == 1


def _list_item(line: str) -> bool:
    """"1. ...", "- ...": an item of the story's list or a numbered section's head; a date opening
    on its day ("18. května 2025 7:00") is none."""
    return _LIST_ITEM.match(line) is not None and _DATED.search(line) is None


def article_span(lines: list[str], title: str | None) -> tuple[int, int] | None:
    """The article in a page's ``lines``: its headline (the line the page's ``title`` echoes, at
    the head of the run or above it; else the run's first paragraph) and the last paragraph of the
    run with the most text; None when no line is a paragraph."""
    marks = [i for i, line in enumerate(lines) if is_paragraph(line)]
    if not marks:
        return None
    if len(marks) >= CUT_TEASERS and all(_cut_short(lines[i]) for i in marks):
        return None  # a listing's teasers, every one cut short ("... aunque solo en el tramo...")
    if sum(_DATED_SNIPPET.match(lines[i]) is not None for i in marks) >= LISTING_ROWS:
        return None  # a search page's results, each a date, a dash and its snippet ("15 ก.ย. 2569 - ฝน...")
    marks = [i for i in marks if not _cut_short(lines[i])]  # (nor does a teaser under the story end it)
    if not marks:
        return None
    runs: list[tuple[int, int, int]] = []  # (characters, first, last)
    first = last = marks[0]
    size = 0
    def gap(a: int, b: int) -> int:
        """The short lines between two paragraphs, a table's rows aside, and the facts of a block
        of them that are mostly facts (an event's date, venue and programme; a recipe's ingredients
        under their heading): a comment's name and time are no such block."""
        between = [line for line in lines[a + 1 : b] if not captioned(line)]  # (a picture is the story's)
        if len(listed := _without_asides(between)) < len(between) and _headed_list(listed):
            between = listed  # (and a link set beside the story's list is none of its lines)
        tabled = _in_table(between)
        rows = sum(tabled)
        facts = sum(is_fact(line) and not row for line, row in zip(between, tabled, strict=True))
        rest = len(between) - rows - facts
        return rest if facts >= rest else rest + facts

    echoed = _echo_lines(lines, title)
    lede = next((i for i in marks if i not in echoed), len(lines))  # (a copy's echoes above it are its head)
    for i in marks:
        if gap(last, i) > RUN_GAP or any(lede < last < k <= i for k in echoed):
            # (the headline again below paragraphs under it: a list of the site's stories, "most read",
            # starts there)
            runs.append((size, first, last))
            first, size = i, 0
        size += len(lines[i])
        last = i
    runs.append((size, first, last))
    if sum(len(lines[i]) for i in marks) < LISTING_CHARS and _story_rows(lines) >= LISTING_ROWS:
        return None  # a home page or a listing: teasers' sentences among several stories' bylines
    if (headed := echoed[0] if echoed else _title_opening(lines, title, marks[0])) is not None \
            and _data_page(lines, headed, marks):
        return None  # a table under its headline, a note under it: the day's prices, prayer times, a draw
    _, start, end = _under_headline(runs, lines, title, gap) or max(runs, key=lambda run: (run[0], -run[1]))
    listed = end
    end = _across_lists([run for run in runs if not any(end < k < run[1] for k in echoed)], lines, start, end, title)
    end = _above_comments(lines, start, end)
    inside = [i for i in marks if start <= i <= end]
    between = lines[inside[-2] + 1 : inside[-1]] if len(inside) > 2 else []
    own = _own_list(between)
    if len(inside) > 2 and gap(inside[-2], inside[-1]) > LONE_GAP and not inside[-2] == listed < end \
            and not any((_titled_list(part, title) or part and _announces(part[0]) and _story_list(part))
                        and _goes_on(lines[start : inside[-2] + 1], part, lines[end], title, announced=True)
                        for part in {tuple(between): between, tuple(own): own}.values()) \
            and not _past_own_list(between, lines[end], title, lines[start : inside[-2] + 1]):
        # (not the paragraph the story's own list was bridged to, nor one going on past a list the title
        # speaks of: "配信を止めたいときは、..." under "登録の手順" and its steps, or past a picture and a
        # link to another story, nor one past the story's list and a picture's caption or the headline's words)
        end = inside[-2]  # a lone sentence past a block of short lines: the footer's ("All rights ...")
        inside.pop()
    # the site's paragraphs about itself past a block of short lines (its "about us", its legal
    # notice): one opens with the site's name the title's tail gives, or, alone, names it
    name = site_in_title(title)
    cuts = [k for k in range(1, len(inside)) if gap(inside[k - 1], inside[k]) > LONE_GAP]
    while name and cuts and len(inside) - cuts[-1] <= FOOT_PARAGRAPHS \
            and _about_the_site(name, [lines[i] for i in inside[cuts[-1]:]]):
        k = cuts.pop()
        if inside[k - 1] == listed < end or _titled_list(lines[inside[k - 1] + 1 : inside[k]], title) \
                or name not in lines[inside[k]] \
                and _headed_list(_without_asides(lines[inside[k - 1] + 1 : inside[k]])) \
                and len(long_stems(" ".join(lines[start : inside[k - 1] + 1])) & long_stems(lines[inside[k]])) \
                >= SAME_STORY_STEMS:
            # past the story's own list, or when the first of them goes on with the story: its
            # paragraphs stay, the foot starts at the one naming the site ("Բոլոր ներկայացումների
            # մուտքն անվճար է ..." stays)
            k = next((j for j in range(k, len(inside)) if name in lines[inside[j]]), k)
        inside = inside[:k]
        end = inside[-1]
    counted = next((i for i in range(start + 1, end + 1) if _reactions_row(lines[i])), None)
    if counted is not None and (above := [i for i in inside if i < counted]) \
            and len(inside) - len(above) <= REACTION_TAIL:
        end = above[-1]  # the readers' reactions, counted: the story ends above them, comments come below
    end = _story_tail(lines, start, _closing(lines, end, start))
    end = _gallery_below(lines, end)
    while (facts := _facts_below(lines, end)) > end:
        end = _closing(lines, facts, start)  # the story's facts under its text ("Venue: ...", "17:00 ..."), and the
        # lines closing it below them
    end = _list_at_foot(lines, end, title)
    if end + 1 < len(lines) and _writer(lines, end + 1, foot=True):
        end += 1  # the writer's byline at the story's foot ("Avec notre correspondant à Tillabéri, Moussa Hamani")
    head = _headline(lines, title, start)
    run = [i for i in marks if start <= i <= end]
    if head is not None and run and run[0] - head > RUN_GAP and len(run) <= FOOT_PARAGRAPHS \
            and (name and lines[run[0]].lstrip(_OPENERS).startswith(name)
                 or any(_share_row(lines[i]) for i in range(head + 1, run[0]))):
        return None  # the page's only paragraphs are its foot's, far under the headline, the first opening
        # on the site's name ("Vesterålskysten arbeider etter Vær Varsom-plakatens regler ..." under a
        # timetable, death notices and events), or below the page's share row (a classifieds page's ads,
        # then "Distribuie: Facebook · WhatsApp · Telegram", then a death notice): a page of data and boxes
    if head is None and not any(is_paragraph(lines[i]) for i in range(start + 1, end + 1)) \
            and word_count(lines[start]) < LONG_WORDS:
        return None  # no headline over one short sentence: a data page's note ("Kursdaten mit 15 Minuten
        # Verzögerung. Alle Angaben ohne Gewähr." under the quotes; "Scores are updated every two minutes.")
    return (start if head is None else head), end



FOOT_PARAGRAPHS = 3


def _past_own_list(between: list[str], line: str, title: str | None, story: list[str]) -> bool:
    """Whether ``line``, a paragraph under the short lines ``between`` it and the ``story``'s last,
    goes on with the story: they are a list under its heading (a link to another story set at
    either end of them, and a picture's caption, aside), and with them stands a picture's caption
    with its credit (a footer carries no captioned picture), or the paragraph says the headline's
    words again ("برنامه‌های جانبی" and its events, then "لالجین که ..." under "... سفالگران لالجین ..."),
    or words of the list and of the story ("... في المراكز" under "مراكز الإيواء المعلنة:" and a
    story that sent families to "مراكز الإيواء")."""
    listed = _without_asides(between)
    if not _story_list(listed):
        return False
    if any(map(captioned, between)) or _word_stems(listed, line) and _word_stems(story, line):
        return True
    split = split_tail(title) if title else None
    headline = split[0] if split else title
    return bool(headline) and len(long_stems(headline or "") & long_stems(line)) >= SAME_STORY_STEMS


def _headed_list(gap: list[str]) -> bool:
    """A heading of a few words (no sentence, no figure) over two entries or more of a list's
    length: no contact line, at most one sentence among them ("На що спрямують кошти" over its
    three entries)."""
    if not STORY_LIST[0] <= len(gap) <= STORY_LIST[1] or word_count(gap[0]) > LIST_HEADING_WORDS \
            or ends_sentence(gap[0]) or _DIGIT.search(gap[0]):
        return False
    return _list_entries(gap[1:])


LIST_HEADING_WORDS = 6


def _without_asides(between: list[str]) -> list[str]:
    """The short lines between two paragraphs without what the page set beside the story: a
    picture's caption (the story's, but no line of a list) and a link to another story at either
    end of them."""
    listed = [text for text in between if not captioned(text)]
    while listed and _linked(listed[0]):
        listed.pop(0)
    while listed and _linked(listed[-1]):
        listed.pop()
    return listed


def _list_colon(line: str) -> bool:
    """A heading of two words or more ending on a colon, and nothing after it: a list's."""
    return line.rstrip()[-1:] in COLONS and word_count(line) >= LIST_COLON_WORDS and not _DIGIT.search(line)


LIST_COLON_WORDS = 2
LIST_UNDER = 2  # the entries a list's heading stands over, at least


def _data_page(lines: list[str], head: int, marks: list[int]) -> bool:
    """Whether the page under its headline is a table with a note: rows of figures first (labels
    and their prices, dates and their times, a draw's numbers), then a short paragraph standing
    alone, the site's lines under it ("Prices are those of the free market ..."). A story opens
    on its lede and sets its table below it, or goes on past it in paragraphs (a recipe's method)."""
    after = [i for i in marks if i > head and not (_table_row(lines[i]) and not ends_sentence(lines[i]))]
    # (a long row is a row: "Santa Fe · La Primera: 1º 3106 · 2º 8842 · ...")
    if not after or word_count(lines[after[0]]) > NOTE_WORDS \
            or len(after) > 1 and after[1] - after[0] <= LONE_GAP + 1:
        return False
    above = lines[head + 1 : after[0]]
    rows = [bool(_DIGIT.search(line)) and (_table_row(line) or is_fact(line)
                                            or _dashed_figure(line) and not ends_sentence(line))
            or _state_row(line) for line in above]
    return sum(rows) >= DATA_ROWS and not any(
        not row and (ends_sentence(line) or _announces(line) or word_count(line) >= LONG_WORDS)
        for line, row in zip(above, rows, strict=True))  # (a lede announcing the table: "... பகுதிவாரியான அளவுகள்:")


NOTE_WORDS = 30  # a note of two sentences on the data, at most


def _dashed_figure(line: str, label_words: int = 0) -> bool:
    """A label of a few words (``label_words``, or a figure's longer label) and its figures set apart
    by a dash ("Bogor Barat – 96 mm", "Dólar contado con liquidación — $1.496"): a row of data."""
    label, *value = _DASHED.split(line, maxsplit=1)
    return bool(value) and 0 < word_count(label) <= (label_words or FIGURE_LABEL_WORDS) \
        and not _DIGIT.search(label) and _DIGIT.search(value[0]) is not None


def _state_row(line: str) -> bool:
    """A label and its state in a few words, no sentence: a road's "Fagridalur: hálka og
    skafrenningur", a line's "Linje 3: innstilt"."""
    label, colon, value = split_label(line)
    return bool(colon) and 0 < word_count(label) <= STATE_LABEL_WORDS and 0 < word_count(value) <= STATE_WORDS \
        and not ends_sentence(line)


STATE_LABEL_WORDS = 3
STATE_WORDS = 5


def _title_opening(lines: list[str], title: str | None, first: int) -> int | None:
    """The last line above the ``first`` paragraph that opens on the title's first words, three at
    least ("Kayseri Namaz Vakitleri" under "Kayseri Namaz Vakitleri - Haziran 2027 - ..."): a data
    page's heading, the title naming its date."""
    words = norm(title).casefold().split() if title else []
    if len(words) < TITLE_OPENING_WORDS:
        return None
    opening = words[:TITLE_OPENING_WORDS]
    found = next((k for k in range(first - 1, -1, -1)
                  if norm(lines[k]).casefold().split()[:TITLE_OPENING_WORDS] == opening), None)
    if found is not None or len(words[0]) < STEM_LETTERS:
        return found
    # (or on the stem of its first long word, the line under it no paragraph: "Cotizaciones del lunes 5 de
    # febrero" under "Cotización del dólar hoy en Córdoba ...", the day's figures under the page's name)
    stem = words[0][:STEM_LETTERS]
    return next((k for k in range(first - 1, -1, -1) if not is_paragraph(lines[k])
                 and (opens := norm(lines[k]).casefold().split()) and opens[0][:STEM_LETTERS] == stem), None)


TITLE_OPENING_WORDS = 3
DATA_ROWS = 5


def _echo_lines(lines: list[str], title: str | None) -> list[int]:
    """The lines that repeat the page's title, each no longer than it with the site's name: its
    headline, and below the story the same headline in the site's lists of its stories, beside
    another story's headline (a recipe's card under the story repeats the title over its rating
    and its times)."""
    if not title or not title.strip():
        return []
    declared = norm(title)
    size = word_count(title) + ECHO_EXTRA_WORDS
    echoed = [k for k, line in enumerate(lines) if word_count(line) <= size and _echoes(declared, norm(line))]
    return echoed[:1] + [k for k in echoed[1:] if any(
        0 <= j < len(lines) and j not in echoed and word_count(lines[j]) >= LISTED_HEADLINE_WORDS
        and not ends_sentence(lines[j]) and not _one_word_label(lines[j]) for j in (k - 1, k + 1))]


def _one_word_label(line: str) -> bool:
    """A line under a label of one word ("Preparazione: 20 minuti · Cottura: ..."): a fact's row;
    a headline's colon follows a few words ("Erciyes'te yaz sezonu: teleferik ...")."""
    label, colon, _ = split_label(line)
    return bool(colon) and word_count(label) <= 1


ECHO_EXTRA_WORDS = 3
LISTED_HEADLINE_WORDS = 5


def _above_comments(lines: list[str], start: int, end: int) -> int:
    """``end`` moved up above the readers' comments the run took in: two signed rows or more (a
    name, then the day or time it was posted, "رضا | ۲۹ خرداد ۱۴۰۶ - ۲۱:۰۴"), each over its text,
    under story paragraphs of their own. A live page's entries open on a time alone; a story's
    list of dated events names no one."""
    rows = [k for k in range(start + 1, end) if _signed_row(lines[k]) and ends_sentence(lines[k + 1])]
    if len(rows) < COMMENT_ROWS or any(b - a > COMMENT_SPAN for a, b in zip(rows, rows[1:], strict=False)) \
            or len({_ROW_MARKS.split(lines[k].strip(), maxsplit=1)[0].casefold() for k in rows}) < COMMENT_ROWS:
        return end  # (one label over each of a story's updates, "Update · 14:05", signs no comments)
    above = [i for i in range(start, rows[0]) if is_paragraph(lines[i])]
    if len(above) < COMMENT_STORY_PARAGRAPHS:
        return end
    return above[-1]


COMMENT_ROWS = 2
COMMENT_SPAN = 4  # lines from one comment's row to the next: its text, a reply or two
COMMENT_STORY_PARAGRAPHS = 3  # the story's paragraphs above the first comment: a live page's entries start at once


def _signed_row(line: str) -> bool:
    """A comment's row: a name of a word or three, a bar, dot or dash, then the day or time it was
    posted, and nothing else ("Mariam | 30 Khordad 1406 - 06:48", "Jan K. · 12.03.2026, 14:05")."""
    parts = _ROW_MARKS.split(line.strip(), maxsplit=1)
    if len(parts) != 2 or word_count(line) > SIGNED_ROW_WORDS:
        return False
    name, when = parts
    return 1 <= word_count(name) <= BIO_NAME_WORDS + 1 and not _DIGIT.search(name) and not ends_sentence(name) \
        and _YEAR_OR_CLOCK.search(when) is not None and word_count(_DIGITS.sub("", when)) <= SIGNED_DATE_WORDS


_ROW_MARKS = re.compile("\\s[|\u00b7\u2022\u2013\u2014-]\\s")
SIGNED_ROW_WORDS = 10
SIGNED_DATE_WORDS = 3  # a month's name and a weekday, besides its figures


def _linked(line: str) -> bool:
    """A link to another story set in the text: a label of a word to three, then a headline of a
    few words with no sentence end ("بیشتر بخوانید: صادرات سیب‌زمینی همدان ...")."""
    label, colon, value = split_label(line)
    return bool(colon) and 0 < word_count(label) <= FACT_LABEL_WORDS and not _DIGIT.search(label) \
        and word_count(value) >= LINKED_WORDS and not ends_sentence(line)


LINKED_WORDS = 4


def _across_lists(runs: list[tuple[int, int, int]], lines: list[str], start: int, end: int, title: str | None
                  ) -> int:
    """``end`` moved down past the story's own lists: a heading over a few short entries with no
    figure to tell them ("주요 프로그램" over "얼음썰매장과 눈썰매장", "빙어 얼음낚시 체험", ...; "Program
    slavností" over its events), then paragraphs that go on speaking of what the story's do, each
    of them (a site's notice under the story's last one speaks of the site). A menu, a list of
    other stories' headlines or a footer is followed by no such paragraph."""
    for _, first, last in runs:
        if first <= end:
            continue
        listed = lines[end + 1 : first]
        listed = _past_picture(listed)
        # (a subheading over the sentence announcing the list, "Mit állapított meg a bíróság?" over "A bíróság
        # a vádlottat a következőkben mondta ki bűnösnek:", with a link to another story set above them)
        linked = int(len(listed) > STORY_LIST[0] and _linked(listed[0]))
        if len(listed) > STORY_LIST[0] + linked and word_count(listed[linked]) <= LIST_HEADING_WORDS \
                and _announces(listed[linked + 1]):
            listed = listed[linked + 1 :]
        elif linked and (_announces(listed[1]) or listed[1].rstrip()[-1:] in COLONS):
            listed = listed[1:]  # ("Pročitajte i: ..." over "Novi vrtić imat će:" and its entries)
        below = first  # (a picture set under the entries, its gallery's counter over its caption: "Whakaahua 1 o 7")
        while len(listed) > STORY_LIST[0] and (captioned(listed[-1]) or _picture_over(lines, below - 1)):
            listed, below = listed[:-1], below - 1
        if len(listed) > STORY_LIST[0] and _linked(listed[-1]):
            listed = listed[:-1]  # (and one set under the entries: "Te recomendamos: ..." under the storm's toll)
        if not _goes_on(lines[start : end + 1], listed, lines[first], title):
            break
        end = first
        known = _stems([*lines[start:first + 1], title or ""])  # (grown line by line, not counted again)
        for i in range(first + 1, last + 1):
            stems = _stems([lines[i]])
            if is_paragraph(lines[i]):
                if not stems & known:
                    return end
                end = i
            known |= stems
    return end


def _past_picture(listed: list[str]) -> list[str]:
    """The short lines under a paragraph past the picture set at their head: its gallery's counter
    ("الصورة 1 من 12", "انځور ۱ له ۸") and its caption are the story's, no line of its list."""
    while len(listed) > STORY_LIST[0] and (captioned(listed[0]) or _picture_over(listed, 0)):
        listed = listed[1:]
    return listed


def _own_list(between: list[str]) -> list[str]:
    """The short lines between two paragraphs from where the story's list may start: past a
    picture, and past a link to another story set over the sentence announcing the list ("نور
    ولولئ: ..." over "... مرستې رسول شوې دي:")."""
    between = _past_picture(between)
    if len(between) > 1 and _linked(between[0]) and _announces(between[1]):
        return between[1:]
    return between


def _goes_on(story: list[str], listed: list[str], line: str, title: str | None, *, announced: bool = False) -> bool:
    """Whether ``line``, a paragraph past the short lines ``listed`` under the ``story``'s
    paragraphs, goes on with the story: the lines are its own list and the paragraph speaks of what
    the story and its list do (one stem is enough past a list whose heading the title speaks of, or,
    with ``announced``, past a list a sentence of the story announces)."""
    story = [*story, title or ""]  # (its headline speaks of it too, and its list)
    if not _story_lists(listed):
        return False
    if _announces(listed[0]) and QUOTES.match(line.lstrip()) and quotes_someone(line):
        return True  # past the lists a sentence announces, someone's words: a footer quotes no one
        # ("«Үшінші қабатқа шелекпен су тасу оңай емес ...»" under where the tankers stand)
    if _several_lists(listed) and shared_stems(story, line) > 0:
        return True  # several lists, each under its heading on a colon: the story's own set out, as no box
        # of the site's is ("Առանց ջրի կմնան՝" over the streets, "Ջրատար մեքենաները կկանգնեն՝" over the tankers)
    if _announces(listed[0]) and shared_stems(listed[1:], line) > 0 \
            and shared_stems([*story, *listed], line) >= SAME_STORY_STEMS:
        return True  # past a list a sentence announces, a paragraph speaking of its entries ("«Verpesnø» ...")
    return shared_stems(story, line) > 0 \
        and (shared_stems([*story, *listed], line) >= SAME_STORY_STEMS or _titled_list(listed, title)
             or announced and _announces(listed[0]))


def _list_at_foot(lines: list[str], end: int, title: str | None) -> int:
    """``end`` moved down to the page's last line when all that stands under it is the story's own
    list under a line announcing it that the title speaks of ("沿途停靠站如下：" over a bus line's
    stops under "... 沿途停靠十站"), then a closing sentence or a credit or two at most
    ("資料提供：臺東縣政府交通處"): no menu, footer or copyright follows the story there."""
    if end + 2 == len(lines) and _labelled_number(lines[end + 1]):
        return end + 1  # the page ends on the number the story gives, right under it ("문의: 한인회 사무국 (011)
        # 4631-5520"): no footer follows, whose contact lines come with its address and its links
    last = len(lines)
    while last - 1 > end and len(lines) - last < FACT_LINES and "\u00a9" not in lines[last - 1] \
            and not CONTACT.search(lines[last - 1]) and (is_fact(lines[last - 1]) or _closes(lines[last - 1])
                                                          or _bracketed(lines[last - 1])):
        last -= 1
    listed = lines[end + 1 : last]
    if not listed and last < len(lines):
        return len(lines) - 1  # the page ends on the story's last lines: its source, its closing words
        # ("Vakadewa ni itukutuku: Tabana ni Wai ni Matanitu"), no footer under them
    if listed and listed[0].rstrip()[-1:] in COLONS and _titled_list(listed, title) \
            and not any(map(ends_sentence, listed[1:])):
        return len(lines) - 1
    return end


def _share_row(line: str) -> bool:
    """A share row: a label over two platforms' names or more, parted by row marks ("Distribuie:
    Facebook · WhatsApp · Telegram", "شیئر کریں: فیس بک · واٹس ایپ · ایکس"). A story's paragraphs
    stand above it, never under it."""
    label, colon, value = split_label(line)
    if not colon or word_count(label) > SHARE_LABEL_WORDS:
        return False
    items = [item.strip() for item in SPACED_ROW_MARK.split(value) if item.strip()]
    if len(items) < 2:
        return False
    from cleaner.strip.rules import load_rules as load_phrases  # (the text steps' platform names)

    rules = load_phrases()
    return sum(rules.platform_alone(item) for item in items) >= 2


SHARE_LABEL_WORDS = 3


def _story_tail(lines: list[str], start: int, end: int) -> int:
    """``end`` moved down over what a story sets under its last paragraph: a list a sentence of the
    story announces, of a few short entries ("ਪ੍ਰਸ਼ਾਸਨ ਨੇ ਤਿੰਨ ਰਾਹਤ ਕੈਂਪ ਲਾਏ ਹਨ:" over the camps), and
    the number to call that the story's words label ("కలెక్టరేట్ వరద నియంత్రణ కేంద్రం: 08744-241950"
    under a flood's story), with the sentences closing it. A site's own number names its newsroom,
    nothing the story speaks of; its headlines' box runs longer than a list's entries."""
    words = _stems(lines[start : end + 1], short=True)
    while end + 1 < len(lines):
        line = lines[end + 1]
        if _announces(line):
            k = end + 2
            while k < len(lines) and _list_entry(lines[k]):
                k += 1
            entries = lines[end + 2 : k]
            # (the heading or its entries speak of the story: "... ਤਿੰਨ ਰਾਹਤ ਕੈਂਪ ਲਾਏ ਹਨ:" over camps in
            # the towns the story names)
            if len(entries) <= LIST_UNDER or not (_stems([line], short=True) & words or sum(
                    bool(_stems([entry], short=True) & words) for entry in entries) >= LIST_UNDER):
                break
            end = k - 1
        elif _labelled_number(line) and _stems([split_label(line)[0]], short=True) & words:
            end = _closing(lines, end + 1, start)
        else:
            break
    return end


def _list_entry(line: str) -> bool:
    """An entry of a list a story announces: a few words, no sentence, no row of parts, no address."""
    return 0 < word_count(line) <= ENTRY_WORDS and not ends_sentence(line) and not _LIST_MARKS.search(
        line.replace(",", "")) and not CONTACT.search(line) and line.rstrip()[-1:] not in COLONS


ENTRY_WORDS = 6


def _labelled_number(line: str) -> bool:
    """A label over a telephone number and nothing else: no address, link or mailbox."""
    label, colon, value = split_label(line)
    value = value.strip()
    if (bracketed := closing_brackets(value)) is not None:
        # (the number in brackets after the office: "総務課 広報広聴係（電話0238-85-2111）")
        value = " ".join(f"{bracketed[0]} {bracketed[1]}".split())
    number = _PHONE.search(value)
    return bool(colon) and 0 < word_count(label) <= PHONE_LABEL_WORDS and number is not None \
        and _PHONE.fullmatch(value) is not None and len(number.group(1).split()) <= PHONE_GROUPS
    # (a draw's numbers, "4 8 15 16 23 42", are more groups than a telephone's)


PHONE_LABEL_WORDS = 6
PHONE_GROUPS = 4
_PHONE = re.compile(r"[^\d\s@/:.]{0,24}(?:\s[^\d\s@/:.]{1,24}){0,3}\s?(\(?\+?\d[\d\s()-]{5,18}\d)")


def _bracketed(line: str) -> bool:
    """A note wholly in brackets ("(ရင်းမြစ် - မိုးလေဝသနှင့် ဇလဗေဒ ညွှန်ကြားမှုဦးစီးဌာန)", its source)."""
    line = line.strip()
    return line[:1] in "([" and line[-1:] in ")]" and word_count(line) >= 2


def _story_list(gap: list[str]) -> bool:
    """A heading (no label with its value) or one sentence announcing the list, however long its
    language's particles make it ("د ناڅاپي پېښو د مدیریت ریاست ویلي چې ... رسول شوې دي:"), then two
    entries or more of a list's length: no contact line, at most one sentence."""
    if not STORY_LIST[0] <= len(gap) <= STORY_LIST[1] \
            or not (_list_heading(gap[0]) or _announces(gap[0]) and len(sentences(gap[0])) == 1) \
            or _DIGIT.search(gap[0]) and not _announces(gap[0]) or split_label(gap[0])[2].strip():
        return False  # (a label and its value is no heading: "Фото: Подринске вести" credits a picture; a
        # sentence announcing the list may give a date: "... di kaunter lesen sebelum 26 Jun:")
    return _list_entries(gap[1:])


def _story_lists(gap: list[str]) -> bool:
    """A story's list (:func:`_story_list`), or several (:func:`_several_lists`)."""
    return _story_list(gap) or _several_lists(gap)


def _several_lists(gap: list[str]) -> bool:
    """Several lists, each under its heading on a colon and two entries at least ("Bez vode će u
    četvrtak biti:" over the streets, "Cisterne sa pijaćom vodom:" over where the tankers stand); the
    last may end on a labelled line the site set under them (another utility's notice). A blog's
    "Share this:" and "Like this:" head a button or a counter each."""
    heads = _list_heads(gap)
    if len(heads) < 2 or heads[0] != 0:
        return False
    parts = [gap[a:b] for a, b in zip(heads, [*heads[1:], len(gap)], strict=True)]
    last = parts[-1]
    return all(map(_story_list, parts[:-1])) and (
        _story_list(last) or len(last) > STORY_LIST[0] and has_label_colon(last[-1]) and _story_list(last[:-1]))


def _list_heads(gap: list[str]) -> list[int]:
    """Where the lines of ``gap`` end on a colon with nothing after it: the headings of its lists."""
    return [k for k, line in enumerate(gap) if line.rstrip()[-1:] in COLONS and not split_label(line)[2].strip()]


def _list_entries(items: list[str]) -> bool:
    """Entries of a list's length under its heading: no contact line, no row of a table of bars,
    at most one sentence."""
    return all(word_count(line) <= FACT_WORDS and not CONTACT.search(line) and line.count("|") < 2 for line in items) \
        and sum(map(ends_sentence, items)) <= 1


STORY_LIST = (3, 12)  # a heading and its entries


def _titled_list(gap: list[str], title: str | None) -> bool:
    """A story's list whose heading the page's title speaks of ("Փառատոնի ծրագիրը" under "...
    թատերական փառատոն. հայտնի է ծրագիրը"): the story's own, not a box of other stories."""
    return bool(title) and _story_list(gap) and shared_stems([title or ""], gap[0]) > 0


def shared_stems(story: list[str], line: str) -> int:
    """How many of a line's word stems (a word's first letters; two, in scripts whose words carry
    their endings: "축제장을" and "축제") stand in the story's lines."""
    return len(_stems([line]) & _stems(story))


def _word_stems(lines: list[str], line: str) -> set[str]:
    """The word stems ``line`` shares with ``lines``, of words parted by spaces: a script that writes
    none (and one whose words this reads by their first two letters, as Georgian's "გა") shares a
    syllable with every line."""
    return {stem for stem in _stems([line]) & _stems(lines) if len(stem) >= STEM_LETTERS}


def _stems(lines: list[str], *, short: bool = False) -> set[str]:
    """The word stems of ``lines``; ``short``: with the short words of Indic scripts too ("চুটি",
    "জাতৰ": their vowel signs and viramas count as letters, so a noun of two letters and a sign or two
    falls under the stem's length; so do "ਵਿੱਚ", "किया", the grammar's words: only for a standfirst,
    which must share two with its story, or a few words of a label or a list's heading)."""
    out = set()
    for line in lines:
        for t in tokens(line):
            if t[0].isascii() or _SPACED_LETTERS.match(t):  # ("nezodpovedá" is a Latin word too)
                if len(bare := _ARABIC_ARTICLE.sub("", t)) >= STEM_LETTERS:
                    t = bare  # "المراكز" and "مراكز": one word, its article aside (a short word keeps it: "القاش")
                if len(t) >= STEM_LETTERS:
                    out.add(t[:STEM_LETTERS])
                elif short and len(t) >= INDIC_WORD_SIGNS and _INDIC.match(t):
                    out.add(t)
            elif len(t) >= 2:
                out.add(t[:2])
    return out


# letters of the scripts that part words with spaces: Latin, Greek, Cyrillic, Armenian, Arabic, Indic
_SPACED_LETTERS = re.compile(r"[\u00c0-\u058f\u0600-\u06ff\u0900-\u0dff]")
_INDIC = re.compile(r"[\u0900-\u0dff]")
# Arabic's article and the particles written onto it ("ال", "وال", "بال", "لل"), before three letters more
_ARABIC_ARTICLE = re.compile(r"^(?:[وفبك]?ال|لل)(?=[\u0621-\u064a]{3})")
STEM_LETTERS = 5
INDIC_WORD_SIGNS = 4
SAME_STORY_STEMS = 2  # shared by the first paragraph past the list (one with the story above it);
# one, by each further one


def _closing(lines: list[str], end: int, start: int = 0) -> int:
    """``end`` moved down over short last paragraphs right under it ("The trial continues.") and a
    picture's caption with its credit (and its gallery's counter over it), not over the question a
    reactions row answers ("यो समाचार पढेर तपाईंलाई कस्तो लाग्यो ?")."""
    while end + 1 < len(lines) and (
            _closes(lines[end + 1]) or captioned(lines[end + 1])
            or _picture_over(lines, end + 1)
            or end + 2 < len(lines) and _closes(lines[end + 2]) and (
                _bare_credit(lines[end + 1])
                or _linked(lines[end + 1]) and not CONTACT.search(lines[end + 1]) and "\u00a9" not in lines[end + 2]
                and shared_stems(lines[start : end + 1], lines[end + 2]) > 0)) \
            and not (end + 2 < len(lines) and _reactions_row(lines[end + 2])):
        end += 1  # (and the caption of a picture set under the text, with its credit, or its credit alone
        # over the closing line: "Фото: Гөлнара Сафина" over "Республика Сабантуе Казанда 26 июньдә узган иде.";
        # a link to another story set in the text, when the line under it speaks of the story again)
    if end + 2 < len(lines) and _sourcing(lines[end + 1]) \
            and (_sign_off_word(lines, end + 2) or _signed(lines[end + 2])):
        end += 1  # the story's sourcing line over its agency's credit ("Source: Ghana Cocoa Board" over "— GNA")
    if _sign_off_word(lines, end + 1):
        end += 1  # a word or two closing the story ("Felicitări!", "Karibuni nyote.", the agency's "(APA)",
        # its reporters' credit): one, no more (a comment's name with an initial, "Raghavendra K.", opens the
        # readers' lines under it)
    if end + 2 < len(lines) and _sign_off(lines[end + 1], lines[end + 2]):
        end += 2  # the writer's sign-off under the last paragraph: "Terveisin," over "Sanna"
    elif end + 1 < len(lines) and _signed(lines[end + 1]):
        end += 1  # ... or on one line: "Cheers, Anna", "— Jules"
    return end


def _closes(line: str) -> bool:
    """A sentence of a few words or more: a short last paragraph ("The trial continues.")."""
    return ends_sentence(line) and word_count(line) >= CLOSING_WORDS


def _bare_credit(line: str) -> bool:
    """A picture's credit alone: a label and a name, no row of several ("Фото: Дзукаты Иринӕ", not
    "Теги: переправа · Амур")."""
    return _named_credit(line) and not _LIST_MARKS.search(line)


_LIST_MARKS = re.compile(r"[\u00b7\u2022|,;/]")


def _sign_off_word(lines: list[str], at: int) -> bool:
    """A word or two closing the story at ``at``, or its agency's or reporters' credit."""
    if at >= len(lines):
        return False
    line = lines[at]
    return _sign_word(line) or _AGENCY_CREDIT.fullmatch(line.strip()) is not None or _wire_credit(line) \
        or _desk_codes(line, lines[:at]) or _agency_named(line, lines[:at])


def _agency_named(line: str, above: list[str]) -> bool:
    """The agency's name written out under its story, the name its dateline gives in short
    ("Agence d'information du Burkina" under "Bobo-Dioulasso, 22 mai 2027 (AIB) – ...")."""
    words = line.split()
    if not 1 < len(words) <= AGENCY_NAME_WORDS or _DIGIT.search(line) or ends_sentence(line):
        return False
    parts = [part.rsplit("'", 1)[-1].rsplit("’", 1)[-1] for word in words for part in word.split("-")]
    letters = "".join(part[0] for part in parts if len(part) >= ACRONYM_WORD_LETTERS and part[0].isalpha())
    if len(letters) < 2:
        return False
    shorts = {short.casefold() for text in above[-DATELINE_SEARCH:] if is_paragraph(text)
              for short in _SHORT_NAME.findall(text[:DATELINE_CHARS])}
    return letters.casefold() in shorts


AGENCY_NAME_WORDS = 6
ACRONYM_WORD_LETTERS = 3  # the words an agency's short name takes a letter of: not "du", "of", "de"
_SHORT_NAME = re.compile(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")  # "(AIB)", "GNA –"


def _sourcing(line: str) -> bool:
    """A label over the names the story's figures come from ("Source: Plateau State Ministry of
    Agriculture"): a word or two, a colon, a few words; no sentence, no figure."""
    label, colon, value = split_label(line.strip())
    return bool(colon) and 0 < word_count(label) <= 2 and 0 < word_count(value) <= SOURCING_WORDS \
        and not ends_sentence(value) and not _DIGIT.search(line) and not CONTACT.search(line)


SOURCING_WORDS = 8


def _signed(line: str) -> bool:
    """A writer's signature on one line: a dash and a name ("— Jules", "— ژول"), or a greeting of a
    word or three, a comma and a name ("Cheers, Anna", "Un besazo, Maite"); a few words, no figure,
    no sentence."""
    line = line.strip()
    if not line or ends_sentence(line) or _DIGIT.search(line) or CONTACT.search(line) or line[-1:] in COLONS:
        return False
    if line[0] in "\u2014\u2013":
        return 0 < word_count(line[1:]) <= NAME_WORDS_SIGNED
    greeting, comma, name = line.partition(",")
    return bool(comma) and "," not in name and 0 < word_count(greeting) <= SIGN_OFF_WORDS \
        and _signer(name, NAME_WORDS_SIGNED)


NAME_WORDS_SIGNED = 2


def _sign_word(line: str) -> bool:
    """A closing of a word or two ending on a full stop or an exclamation ("Srećan put.", "Afiyet
    olsun."), its last word no initial; a question asks the reader, as comments do."""
    words = line.split()
    return 0 < len(words) < CLOSING_WORDS and _plain_sentence(line.strip()) \
        and sum(ch.isalpha() for ch in words[-1]) > INITIAL_LETTERS


INITIAL_LETTERS = 2
_AGENCY_CREDIT = re.compile(r"\((?:[^\W\d_]|[ /&.-]){2,24}\)")  # "(APA)", "(dpa/lhe)", "(AFP)", "(ANSA)"


def _wire_credit(line: str) -> bool:
    """An agency's credit of the story's reporters and editors, in brackets: clauses parted by
    semicolons, each a few words closed by a name ("(Reporting by Ana Ruiz in Lima; Editing by Tom
    Hale)", "(Reporte de Daniela Quiroz; edición de Tomás Errázuriz)"); a remark in brackets ends on
    a word of the sentence ("(Fortsetzung folgt)")."""
    line = line.strip()
    if not (line.startswith("(") and line.endswith(")")) or _DIGIT.search(line) or "(" in line[1:]:
        return False
    clauses = _CREDIT_CLAUSES.split(line[1:-1])
    return all(CREDIT_CLAUSE_WORDS[0] <= word_count(c) <= CREDIT_CLAUSE_WORDS[1] and not ends_sentence(c)
               and _named_at_end(c) for c in clauses)


def _desk_codes(line: str, above: list[str]) -> bool:
    """A wire's sign-off under its story: the desk's initials parted by slashes ("mzk/hol", "rda
    jo/kmr"), or the agency's short name its dateline gives in brackets, then its editors' names
    ("रावा अंजलि मनोज" under "नयी दिल्ली, 26 मई (रावा)। ...")."""
    words = line.split()
    if not 0 < len(words) <= DESK_CODE_WORDS or _DIGIT.search(line) or ends_sentence(line):
        return False
    if all(_INITIALS.fullmatch(w) for w in words) and any("/" in w for w in words):
        return True
    slugs = {found.group(1) for text in above[-DATELINE_SEARCH:] if is_paragraph(text)
             for found in _DATELINE_SLUG.finditer(text[:DATELINE_CHARS])}
    return words[0] in slugs and len(words) >= 2 and all(NAME_TOKEN.fullmatch(w) for w in words[1:])


DESK_CODE_WORDS = 4
DATELINE_SEARCH = 40  # the story's paragraphs read for its dateline (the first one gives it)
DATELINE_CHARS = 80
_INITIALS = re.compile(r"[a-z]{1,4}(?:/[a-z]{1,4})*")
_DATELINE_SLUG = re.compile(rf"\(((?:{WORDISH.pattern}){{2,8}})\)")  # (with an Indic name's vowel signs)


def _named_at_end(clause: str) -> bool:
    """A clause closed by a name or a place ("... by Ana Ruiz in Lima"): its last word capitalised and
    one more before it, or written in a script without case."""
    words = clause.split()
    if caseless(words[-1]):
        return True
    return words[-1][0].isupper() and sum(w[0].isupper() for w in words[:-1]) >= 1


_CREDIT_CLAUSES = re.compile(f"[{SEMICOLONS}]")
CREDIT_CLAUSE_WORDS = (3, 9)


def _sign_off(greeting: str, name: str) -> bool:
    """A letter's close: a greeting of a word or three ending on a comma ("Cheers,", "Terveisin,",
    "Un abrazo,"), then a name, a few words with no figure and no sentence ("Sanna", "Maren Kjær,
    sognepræst")."""
    greeting = greeting.strip()
    return greeting.endswith((",", "\u060c", "\uff0c")) and word_count(greeting) <= SIGN_OFF_WORDS \
        and _signer(name, NAME_LINE_WORDS)


def _signer(name: str, words: int) -> bool:
    """A writer's name under or after a greeting: a few words, no figure, no sentence, no address,
    capitalised where letters have case."""
    name = name.strip()
    return 0 < word_count(name) <= words and not ends_sentence(name) and not _DIGIT.search(name) \
        and not CONTACT.search(name) and (name[0].isupper() or not name[0].islower())


SIGN_OFF_WORDS = 3
NAME_LINE_WORDS = 5


def _reactions_row(line: str) -> bool:
    """The readers' reactions or a story's counters, each a word or a few and its count ("Свиђа ми се
    37 · Коментари 6", "खुसी ३ दुःखी ० अचम्मित १ उत्साहित ७", "좋아요 14 훈훈해요 3"): two counts at least,
    each after words, never two together (a table's row sets its figures side by side), the row
    ending on one; three of them, or two parted by a mark."""
    parts = [p for p in _ROW_PARTS.split(line.strip()) if p]
    if len(parts) > REACTION_PARTS or not parts or not _COUNT.fullmatch(parts[-1]) or ":" in line:
        return False  # (a label's fact is none: "Valoración: 4 sobre 5")
    counts, words = 0, 0
    for part in parts:
        if _COUNT.fullmatch(part):
            if not words:
                return False
            counts, words = counts + 1, 0
        elif any(ch.isdigit() for ch in part) or (words := words + 1) > REACTION_WORDS:
            return False
    # three counts, or two a separator parts ("27 shtator 2025" is a date, "4 nga 5" a rating)
    return counts >= REACTION_COUNTS or counts == REACTION_COUNTS - 1 and _ROW_MARK.search(line) is not None


_ROW_PARTS = re.compile(r"[\s\u00b7\u2022|]+")
_COUNT = re.compile(r"\d{1,3}")  # (a year is no count)
_ROW_MARK = re.compile("[\u00b7\u2022|]")
REACTION_PARTS = 24
REACTION_WORDS = 4  # "Не свиђа ми се": a reaction's name
REACTION_COUNTS = 3
REACTION_TAIL = 1  # paragraphs of the run under the row: the comment rules', none of the story's


def _gallery_below(lines: list[str], end: int) -> int:
    """The last line of a gallery right under ``end``: its pictures counted one by one ("ചിത്രം 1 /
    5", then a caption and its credit, "ചിത്രം 2 / 5", ...) up to the total, at a steady step; the
    captions of the last picture close it. ``end`` when no gallery starts there."""
    at = []
    for i in range(end + 1, min(len(lines), end + 1 + GALLERY_START)):
        count = _count(lines[i])
        if count is not None and count[0] == 1:
            at.append(i)
            total = count[1]
            break
    if not at or total < 2:
        return end
    step = 0
    while len(at) < total:
        nxt = next((j for j in range(at[-1] + 1, min(len(lines), at[-1] + 1 + GALLERY_STEP))
                    if _count(lines[j]) == (len(at) + 1, total)), None)
        if nxt is None or step and nxt - at[-1] != step:
            return end
        step = nxt - at[-1]
        at.append(nxt)
    return min(len(lines) - 1, at[-1] + step - 1)


GALLERY_START = 3  # lines between the story's text and the first picture's counter (a share row)
GALLERY_STEP = 4  # a picture's counter, caption and credit


def _count(line: str) -> tuple[int, int] | None:
    """A gallery's counter ("Foto 2 di 6", "படம் 3 / 5"): its picture and total, or None. A clock's
    time is no count ("Isha'i: 7:31", a prayer's time)."""
    if word_count(line) > COUNTER_WORDS or len(figures := _INTEGER.findall(line)) != 2 or _CLOCK.search(line):
        return None
    k, n = int(figures[0]), int(figures[1])
    return (k, n) if 0 < k <= n <= MAX_PICTURES else None


def _picture_over(lines: list[str], i: int) -> bool:
    """Whether ``lines[i]`` is a gallery's counter over its picture's caption ("وێنەی 1 لە 10", "Photo
    3 sur 20 · Voir le diaporama"): all a page's text keeps of a slideshow, a button beside it at
    most. A story's figures ("36 tents and 72 blankets") stand over no caption."""
    counter, *buttons = ROW_MARK.split(lines[i])
    return i + 1 < len(lines) and captioned(lines[i + 1]) and _count(counter) is not None \
        and not any(_DIGIT.search(button) for button in buttons)


def _facts_below(lines: list[str], end: int) -> int:
    """The last of the structured lines right under ``end`` (an event's date and venue, a film's
    credits, a recipe's ingredients, a programme or an episode's chapters, each under its heading),
    or ``end`` when none stands there. Two facts at least: one "Label: value" line under a story
    is its site's ("Související: <headline>", "责任编辑：...")."""
    k, facts = end + 1, 0
    while k < len(lines) and not _reactions_row(lines[k]):
        if is_fact(lines[k]) or _table_row(lines[k]) and not CONTACT.search(lines[k]) or _enumerated(lines[k]) \
                or facts and _figure_led(lines[k]):
            k, facts = k + 1, facts + 1  # (a contact line is the site's, figures and bars or not: "Tel: ... | ...")
        elif k + 1 < len(lines) and _list_heading(lines[k]) and (is_fact(lines[k + 1]) or _figure_led(lines[k + 1])):
            k, facts = k + 2, facts + 1  # "Hráefni" over "600 g ýsa", "Chapters" over "00:00 Introduction"
        else:
            break
    return k - 1 if facts >= FACT_LINES else end


def _figure_led(line: str) -> bool:
    """A key figure under its box's heading: a line opening on a figure and its unit or share, a
    few words and no sentence ("40 tonnes of textiles sorted every week", "58 % goes on to be worn
    again as clothing"); a count of comments is two words."""
    opening = _OPENING_NUMBER.match(line)
    return opening is not None and (opening.group(1) == "%" or opening.group(1).islower()) \
        and FIGURE_LED_WORDS[0] <= word_count(line) <= FIGURE_LED_WORDS[1] and not ends_sentence(line)
    # (a unit or a noun in lower case: "1 Benešov chystá ...", a numbered list's headline, is none)


FIGURE_LED_WORDS = (3, 12)
_OPENING_NUMBER = re.compile(r"\d+(?:[.,]\d+)*\s?(%|[^\W\d_])")


def is_fact(line: str) -> bool:
    """A line of the story's structured part rather than of its site's chrome: a fact under a short
    label ("Venue: Harcourt Lecture Theatre", "Duración: 104 minutos"; a label alone announcing a
    list, "Programi:"), an entry that opens on a clock time ("17:00 Punëtoria e fyellit", "03:40
    ..."), or an amount ("600 g ýsa"). Short, and not the site's contact line: no address, link or
    telephone number (a footer's "Tel:" and "Email:" lines), nor a counter with its button ("3
    کۆمێنت | ڕای خۆت بنووسە", comments and the prompt to write one)."""
    words = word_count(line)
    if words > FACT_WORDS or gives_contact(line):
        return False
    label, colon, value = split_label(line)
    if colon and 0 < word_count(label) <= FACT_LABEL_WORDS:
        return bool(value.strip()) or words <= FACT_LABEL_WORDS
    if colon and word_count(label) <= FIGURE_LABEL_WORDS and _FIGURE_VALUE.match(value.strip()) \
            and word_count(value) <= FIGURE_VALUE_WORDS:
        return True  # a longer label over a figure and its unit: "Consumo rilevato nella nostra prova: 6,4 l/100 km"
    if _dashed_figure(line, FACT_LABEL_WORDS):
        return True  # a label and its figure set apart by a dash ("Եվրո — 449,85 դրամ (−0,35)", "Bogor Barat – 96 mm")
    return TIMED_ENTRY.match(line) is not None \
        or _AMOUNT.match(line) is not None and words <= AMOUNT_WORDS and not ROW_MARK.search(line) \
        or _SHARE_AMOUNT.match(line) is not None and words <= AMOUNT_WORDS + 2 \
        or words <= AMOUNT_WORDS and _amount_after(line) \
        or _RESULT_ROW.search(line) is not None or _DATED_ENTRY.match(line) is not None \
        or words <= RANGE_WORDS and len(_FIGURES.findall(line)) == 2 and "\u00a9" not in line


def _amount_after(line: str) -> bool:
    """An ingredient or an item, then its amount and unit ("ไข่ไก่ 4 ฟอง", "ยอดชะอม 1 กำมือ", "Zucker
    200 g"): a few words with no figure, a number, a word."""
    words = line.split()
    return len(words) >= 3 and _ITEM_AMOUNT.fullmatch(words[-2]) is not None and not _DIGIT.search(words[-1]) \
        and words[-1][:1].isalpha() and not any(_DIGIT.search(w) for w in words[:-2])


_ITEM_AMOUNT = re.compile(r"\d{1,4}(?:[.,/]\d{1,3})?")


def _list_heading(line: str) -> bool:
    """A short heading a list of facts stands under ("Hráefni", "Chapters", "Ficha"), or a line
    announcing it ("Berikut jadwal keberangkatan dari Ajibata pada hari biasa:")."""
    if line.rstrip()[-1:] in COLONS and word_count(line) <= FACT_WORDS:  # (in any script: Armenian "՝")
        return True
    return word_count(line) <= FACT_LABEL_WORDS and not ends_sentence(line) and not _DIGIT.search(line)


def _enumerated(line: str) -> bool:
    """An item of an enumeration ending on a semicolon ("Жеке куәлік;"): the story's list."""
    return line.rstrip().endswith((";", "\u061b")) and word_count(line) <= FACT_WORDS


FACT_WORDS = 14
FACT_LINES = 2
FACT_LABEL_WORDS = 3
FIGURE_LABEL_WORDS = 6
FIGURE_VALUE_WORDS = 4
_FIGURE_VALUE = re.compile(r"[~≈±+-]?\d")
AMOUNT_WORDS = 6
_AMOUNT = re.compile(r"\d+(?:[.,/]\d+)?\s*[^\W\d_]")  # "600 g", "1 stór", "3 msk."
_SHARE_AMOUNT = re.compile(r"\d+(?:[.,]\d+)?\s?%\s")  # a key figure's share: "58 % gre v ponovno uporabo ..."
# a result between two names ("Jowhar United 0-0 Afgooye", "Leões da Serra 4-3 Académico de Seia")
_RESULT_ROW = re.compile(r"[^\W\d_]\s+\d{1,3}\s?[-\u2013:]\s?\d{1,3}\s+[^\W\d_]")
# an entry that opens on its day, then a dash ("23 ta' Novembru – Jum il-morda", "7. März – Konzert"),
# or on its month, then the day ("ታኅሣሥ 12 – የመዝሙር ጉባኤ", "March 7 – Concert")
_DATED_ENTRY = re.compile(r"\d{1,2}\.?\s+(?:\S+\s+){0,2}\S+\s+[\u2013\u2014-]\s+\S"
                          r"|[^\W\d_]+\.?\s+\d{1,2}\.?,?\s+[\u2013\u2014-]\s+\S")
# a span from one figure to another in a few words ("from 4 am to 11 am", in any script's digits)
_FIGURES = re.compile(r"(?<![\d.,:])\d{1,2}(?:[.:]\d\d)?(?![\d.,:]?\d)")
RANGE_WORDS = 10
_DASHED = re.compile("\\s[\u2014\u2013-]\\s")


def _about_the_site(name: str, paragraphs: list[str]) -> bool:
    """Paragraphs of the site's foot: one opens with its name ("De Vechtstreek Bode is een
    onafhankelijke nieuwssite ...", "«Սյունիքի լուրեր»-ը ..."), or one of two names it ("کلیه حقوق
    این سایت متعلق به خبرنامه البرز است.")."""
    if len(paragraphs) <= NAMING_FOOT and any(name in p for p in paragraphs):
        return True
    return any(p.lstrip(_OPENERS).startswith(name) or p.lstrip(_OPENERS)[: len(name) + 4].find(name) >= 0
               for p in paragraphs)


NAMING_FOOT = 2
_OPENERS = "\"'«»“”„‘’([ "


def _story_rows(lines: list[str]) -> int:
    """The byline rows of a page's stories: short lines parting a name from a date by a middle dot
    or a bar ("By Tomás Ilabaca · 9 March 2026"), or a date alone right above a teaser's paragraph
    ("20.11.2026") or right under it. A listing sets one by each story's headline."""
    rows = [k for k, line in enumerate(lines) if word_count(line) <= STORY_ROW_WORDS and _DATED.search(line)
            and not ends_sentence(line) and not _announced_entry(lines, k)]
    marked = sum(_SPACED_ROW_MARK.search(lines[k]) is not None for k in rows)
    alone = sum(word_count(lines[k]) <= DATE_WORDS and _YEAR.search(lines[k]) is not None
                and (k + 1 < len(lines) and is_paragraph(lines[k + 1]) or k > 0 and is_paragraph(lines[k - 1])
                     and (k + 1 == len(lines) or not ends_sentence(lines[k + 1])) and not _COUNTED.search(lines[k]))
                for k in rows)  # (or right under it, as a search page's results give it, the next result's headline
    # under it: a diary's day over its entry, a month's rainfall, is no result)
    return max(marked, alone, _entry_furniture(lines))  # (each kind counted apart: one comment's time is no
    # listing's row; a live blog's entries open on a time, not on a dated day)


def _announced_entry(lines: list[str], k: int) -> bool:
    """Whether line ``k`` is an entry of a programme the story announces: it opens on its hour, and
    so does each line above it up to the story's line ending on a colon ("Porogaramu kura, lɔgɔkun
    kɔnɔ:" over "06:30 — Kunnafoniw bamanankan na · Seydu Kone"). A schedule page's grid stands
    under a day's heading, announced by no sentence of a story."""
    while k >= 0 and TIMED_ENTRY.match(lines[k]):
        k -= 1
    return k >= 0 and k < len(lines) - 1 and TIMED_ENTRY.match(lines[k + 1]) is not None \
        and lines[k].rstrip()[-1:] in COLONS and word_count(lines[k]) > 1


def _entry_furniture(lines: list[str]) -> int:
    """How often the short line a listing sets by each of its entries recurs, its figures aside (a
    button, "Ler mais", "Zum Test"; a byline and a date, "윤서진 기자 2027.05.17"), each time a few
    lines after the last: one entry's headline and teaser between."""
    seen: dict[str, list[int]] = {}
    for k, line in enumerate(lines):
        if word_count(line) <= STORY_ROW_WORDS and not ends_sentence(line):
            seen.setdefault(_DIGITS.sub("0", line.casefold()), []).append(k)
    recurring = {k for rows in seen.values() if len(rows) > 1 for k in rows}
    best = 0
    for rows in seen.values():
        run, first = 1, rows[0]
        for a, b in zip(rows, rows[1:], strict=False):
            entry = a + 1  # (a gallery's picture counter, "ചിത്രം 2 / 5", recurs itself: no headline)
            if ENTRY_SPAN[0] <= b - a <= ENTRY_SPAN[1] and entry not in recurring and _headline_shaped(lines[entry]):
                run += 1
            else:
                run, first = 1, b
            # (teasers of other stories under a story of its own paragraphs: the page holds an article)
            above = [line for line in lines[: max(first - ENTRY_SPAN[0], 0)] if is_paragraph(line)]
            if len(above) < STORY_ABOVE_ENTRIES and sum(map(len, above)) < LISTING_CHARS:
                best = max(best, run)
    return best


STORY_ABOVE_ENTRIES = 3  # paragraphs, or LISTING_CHARS of them, above the entries: a story with teasers under it


def _headline_shaped(line: str) -> bool:
    """An entry's first line, its headline: some words and no sentence's end (a gallery's entry opens
    on its picture's caption, a sentence)."""
    return word_count(line) >= HEADLINE_WORDS and not ends_sentence(line)


HEADLINE_WORDS = 3


_DIGITS = re.compile(r"\d+")
ENTRY_SPAN = (2, 5)  # lines from one entry's furniture to the next one's: a headline, a teaser, a price


# a search result's snippet: its date, a dash, the teaser ("Mar 9, 2027 — ...", "15 ก.ย. 2569 - ...")
_DATED_SNIPPET = re.compile(r"^(?:\S{1,16}\s{1,3}){1,3}\d{4}\s{1,3}[-\u2013\u2014]\s{1,3}\S")


_COUNTED = re.compile(r"\(\d")  # a month's figure in brackets ("Gegužė 2026 (64 mm)"): a data row, no date alone


def _cut_short(line: str) -> bool:
    """A teaser's sentence cut short with an ellipsis, as a listing writes it (bracketed too, as a
    blog's excerpt ends: "... statt. […]")."""
    return line.rstrip().rstrip("])").endswith(("...", "\u2026")) and word_count(line) >= TEASER_WORDS


TEASER_WORDS = 6
CUT_TEASERS = 2


LISTING_ROWS = 3
LISTING_CHARS = 500  # the paragraphs' text of a page whose stories are teasers (an article's is longer)
STORY_ROW_WORDS = 10
DATE_WORDS = 6  # a date alone: "20.11.2026", "17 नवंबर 2026", "19 de noviembre de 2026"


def _under_headline(runs: list[tuple[int, int, int]], lines: list[str], title: str | None,
                    gap: Callable[[int, int], int]) -> tuple[int, int, int] | None:
    """The run that opens right under a line the page's title echoes (the story's headline, its
    head's byline and date between them): the article follows its headline, whatever runs longer
    elsewhere on the page (a consent wall's sentences above the menu). Runs chain under it while
    the short lines between them (``gap``: a block of facts counts its other lines only, a recipe's
    times and ingredients under its standfirst) are a head's."""
    if not title or not title.strip():
        return None
    declared = norm(title)
    for h, line in enumerate(lines):
        if not _echoes(declared, norm(line)):
            continue
        near, edge = [], h  # runs in a chain under it (a standfirst, then the body past the byline's lines)
        for run in runs:
            if run[1] <= h < run[2]:  # (a run the headline stands in, or opens when it is a long one: a
                # consent notice's sentence above it is none of the story)
                below = [i for i in range(h + 1, run[2] + 1) if is_paragraph(lines[i])]
                run = (sum(len(lines[i]) for i in below), below[0], run[2])
            if run[1] <= h:
                continue
            if run[1] > edge + HEAD_LINES and gap(edge, run[1]) > HEAD_LINES:
                break
            near.append(run)
            edge = run[2]
        if near:
            best = max(near, key=lambda run: run[0])
            return best[0], near[0][1], best[2]
    return None


HEAD_LINES = 10  # the story's head under its headline: a standfirst, a byline, a date, share buttons


def site_in_title(title: str | None) -> str | None:
    """The site's name the page's title ends with ("... | Подунавски гласник"), if it has one."""
    split = split_tail(title) if title else None
    return split[1] if split and split[1].strip() else None


def _headline(lines: list[str], title: str | None, start: int) -> int | None:
    """The last line at or above the run's second paragraph that the page's title echoes (the
    title alone, or the title with the site's name after it)."""
    if not title or not title.strip():
        return None
    declared = norm(title)
    found = None
    for i in range(min(len(lines), start + RUN_GAP + 1)):
        if _echoes(declared, norm(lines[i])):
            found = i
    return found if found is not None else _reworded_headline(lines, declared, start)


def _echoes(declared: str, line: str) -> bool:
    """Whether a (normalised) line repeats the page's title, alone or with the site's name: the
    title they share holds half the title's words at least (not a line sharing the site's name),
    or the line is the title without its site's name, however long that name ("Megújult a
    templomtorony" under "Megújult a templomtorony | Hírek a Völgyből")."""
    if not line:
        return False
    echoed = line if line == declared else common_title(declared, line)
    if bool(echoed) and 2 * word_count(echoed) >= word_count(declared):
        return True
    split = split_tail(declared)  # the title alone, without a site's name longer than it
    if split is not None and line == split[0]:
        return True
    # ... or the title after a label set before it ("Terres et Saisons – Les maraîchers ...", "Наживо. ...")
    alone = split[0] if split is not None else declared
    label = alone[: -len(line)] if alone.endswith(line) else ""
    return label[-1:].isspace() and _LABEL_MARK.search(label) is not None \
        and 2 * word_count(line) >= word_count(alone) and not _DATED.search(line)  # (a date is no headline:
    # "Live scores - Saturday 22 August 2026")


_LABEL_MARK = re.compile(r"[^\w\s]\s+$")  # the label's mark before the space: "Наживо. ", "Live: ", "Reportage – "


def _reworded_headline(lines: list[str], declared: str, start: int) -> int | None:
    """The headline where the page's title shortens or rewords it for search engines ("Нови мост у
    Шапцу до краја 2027." over "Шабац: нови мост преко Саве биће завршен до краја 2027. године,
    ..."): the last line above the article's first paragraph, no paragraph itself and at least as
    long as the title, that holds most of the title's words."""
    split = split_tail(declared)
    head = split[0] if split else declared
    words = {t for t in tokens(head) if len(t) > 1}
    if len(words) < REWORDED_MIN:
        return None
    found = None
    for i in range(start):
        line = lines[i]
        if is_paragraph(line) or word_count(line) < word_count(head):
            continue
        if len(words & set(tokens(line))) >= REWORDED_SHARE * len(words):
            found = i
    return found


REWORDED_MIN = 3  # words of a title to tell its headline by
REWORDED_SHARE = 0.5


def rewritten_headline(lines: list[str], title: str | None, head: int) -> str | None:
    """The page's headline line when it is no echo of its title (the title shortened or reworded):
    the record's title, the title's tail its site."""
    if not title or not 0 <= head < len(lines):
        return None
    declared, line = norm(title), norm(lines[head])
    if is_paragraph(line):
        return next((lines[k] for k in range(head - 1, max(head - KICKED_HEADLINE_ABOVE, 0) - 1, -1)
                     if _under_kicker(declared, norm(lines[k]), lines[:k])), None)
    if _echoes(declared, line):
        return lines[head] if _under_kicker(declared, line, lines[:head]) else None
    return lines[head]


def _under_kicker(declared: str, line: str, above: list[str]) -> bool:
    """The title opens on a label the page sets apart above its headline (the programme's name, a
    live page's "LIVE": "Terres et Saisons – Les maraîchers ..." over "Terres et Saisons" and "Les
    maraîchers ..."): the headline is the line, the label the page's."""
    at = declared.find(line) if word_count(line) >= KICKED_HEADLINE_WORDS else -1
    if at <= 0:
        return False
    label = _KICKER_MARKS.sub(" ", declared[:at]).strip().casefold()
    return bool(label) and any(_KICKER_MARKS.sub(" ", other).strip().casefold() == label for other in above)


KICKED_HEADLINE_WORDS = 3
KICKED_HEADLINE_ABOVE = 6  # the headline stands this close above the first paragraph (a byline, a date, a
# player's lines between)
_KICKER_MARKS = re.compile(r"[\s.:|\u2013\u2014\-\u00bb\u203a>/]+")
