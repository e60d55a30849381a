"""The outlet a page republishes, from the tails of its title echoes and the lines that name it.

Machine translation renders the outlet in several forms on one page ("Decrypt", "ডিক্রিপ্ট",
"ডিক্রিপ্ট করুন"); we take the form the page shows in its shortest non-spam tail, and keep the
token sets of every form so that later steps can recognise "More from <outlet>" lines.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache
from itertools import permutations

from rapidfuzz.distance import Levenshtein

from .. import removals
from ..model import Document
from ..settings import DEFAULT, EchoSettings
from ..strip.rules import FUZZY_STEMS, STEM_NAMES, STEM_SPELLINGS, Rules, romanised_skeleton, skeleton
from ..text import SENTENCE_END, fold, is_unspaced, latin_letters, line_key, sentences, split_label, tokens, word_count
from .echo import SPAM_SENTENCE_WORDS

_PUNCT = " .,;:!?\"'()[]«»“”‘’|-–—।。"
# Removed lines that name the outlet: "The post <title> appeared first on X.", "More from X".
NAMING_RULES = frozenset({removals.TITLE_REFERENCE, removals.OUTLET_LINK})


def _common_words(a: str, b: str) -> str:
    out = []
    for x, y in zip(a.split(), b.split(), strict=False):
        if x.casefold().strip(".,;:") != y.casefold().strip(".,;:"):
            break
        out.append(x)
    return " ".join(out).strip(" .,;:-|")


def before_brand(tail: str, rules: Rules, most: int = 4) -> str | None:
    """The words in front of the network brand in a spam tail. In a tail of the spam's shape the
    brand may be cut down to "Plato" ("Banksiz Plato ma'lumotlar razvedkasi. Vertikal qidiruv.
    Ai."): there its first word that starts with the brand's stem, in any script, begins it."""
    if not tail:
        return None
    hit = rules.brand_like(tail)
    cut = -1 if hit is None else tail.find(hit) if hit in tail else tail.casefold().find(hit)
    if cut < 0 and (hit is not None or spam_shaped(tail)):
        # (a hit read across a hyphen, "פלטו בלוקצ'ין" for "פלטו-בלוקצ'ין", is found by its words)
        words = re.finditer(r"\S+", tail)
        # the brand's compound, or the bare name where the translation wrote the philosopher's
        # ("افلاطون بلاک لڑی ڈیٹا بصیرت۔ ...": Aflatun, as Arabic script names Plato)
        cut = next((m.start() for m in words if stem_word(m.group()) or names_the_stem(m.group())), -1)
    elif cut < 0:
        # a long compound on the brand's stem is the brand, whatever the tail's shape
        # ("নিউ এজ প্লাতোখণ্ডমালা উপাত্ত মনীষা।", Plato and a translated chain in one word)
        words = re.finditer(r"\S+", tail)
        cut = next((m.start() for m in words if len(latin_letters(m.group())) >= COMPOUND_LETTERS
                    and stem_word(m.group()) or m.start() > 0 and names_the_stem(m.group())), -1)
        # (or the name alone, after the outlet: "מעריב פלטו דאטה", Maariv Plato Data)
        if cut < 0:
            return None
    if cut > 0:
        cut = max(tail.rfind(" ", 0, cut) + 1, 0)  # a prefix glued to the brand is its word ("I-PlatoBlockchain")
    words = tail[:cut].strip(" -|:.,") if cut > 0 else ""
    return words if words and word_count(words) <= most and not _sentence_run(words) else None


# CJK stops take no space; the stops of other scripts (danda, Urdu's, Armenian's, Ethiopic's, Khmer's,
# Myanmar's) close no abbreviation, and the letter before them may carry a vowel sign
_INNER_STOP = re.compile(r"[^\W\d_]{3}[.!?\u3002]\s|[^\W\d_][\u3002\uff01\uff1f](?=\S)"
                         r"|[^\W\d_][\u0900-\u0fff\u1000-\u109f\u1780-\u17ff]?[\u0964\u0965\u06d4\u0589\u1362\u17d4\u104b]\s")


def _sentence_run(words: str) -> bool:
    """Two short sentences are the spam's ("Vertikal sökning. AI", "Lodret søgning. Aj."), never a
    name: a name's stops close abbreviations ("U.S. News")."""
    return _INNER_STOP.search(words) is not None


STEM_SKELETONS = tuple(skeleton(stem) for stem in FUZZY_STEMS)  # "plt", "zpr"
COMPOUND_LETTERS = 9  # a transliterated word this long opening with a stem's consonants is the brand


def stem_word(word: str) -> bool:
    """A word opening with the brand's stem, or a compound opening with the stem's consonants: in a
    script that writes no vowels, or writes "o" as "v" ("פלטו-בלוקצ'ין"), or a Latin respelling as
    the name sounds ("Pleitoplokiahela"; asked only of tails of the spam's shape)."""
    latin = latin_letters(word)
    if latin.startswith(STEM_SPELLINGS):
        return True
    key = romanised_skeleton(word) or skeleton(latin)
    return len(latin) >= COMPOUND_LETTERS and key.startswith(STEM_SKELETONS) and not _b_for_p(word)


def names_the_stem(word: str) -> bool:
    """A word that is the brand's stem alone, as any script writes it ("Platon", "Πλάτωνα", "เพลโต"
    phelot): its consonants are the stem's (not "Platformer")."""
    latin = latin_letters(word)
    if latin.startswith(STEM_SPELLINGS):
        return True
    key = romanised_skeleton(word)  # a Latin word spells the name ("Bulletin" is no "Platon")
    if key is None or _b_for_p(word):
        return False
    # a script without spaces writes the name inside a longer run ("ข้อมูลอัจฉริยะของเพลโต", data intelligence of Plato)
    return key in STEM_NAMES or is_unspaced(word) and key.endswith(tuple(STEM_NAMES))



def _b_for_p(word: str) -> bool:
    """A word opening on "b" in a script that writes "p" apart ("블로터", Bloter, is no "플라톤",
    Platon). The Arabic script, with no "p", writes the name's "p" as "b" ("بلاتو"), and Chinese
    as its romanisation spells an unaspirated "p" ("柏拉图", bolatu)."""
    first = next((ch for ch in latin_letters(word) if ch not in "aeiouyw"), "")
    return first == "b" and not _B_IS_P.search(word)


_B_IS_P = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u3400-\u4dbf\u4e00-\u9fff]")


# The consonants of "Zephyrnet" as scripts write the network's name ("Zefírnet", "Зефирнет", "زفيرنت"),
# kana dropping its "r" ("ゼフィアネット", zefuianetto)
NETWORK_NAME_SKELETONS = frozenset({"zprnt", "zplnt", "zpnt"})


def names_the_network(word: str) -> bool:
    """A word that is the network's own name in another spelling or script; in a script other than
    Latin, also as it sounds ("សេហ្វៀណិត", sehvienet: Khmer writes "z" as "s" and "f" as "hv")."""
    letters = latin_letters(word)
    if len(letters) < 6:
        return False
    key = romanised_skeleton(word)
    if key is not None and _OPEN_SYLLABLE.match(letters) and _NET_END.search(letters) \
            and sound_skeleton(letters) in NETWORK_NAME_SOUNDS:
        return True  # (its first consonant alone, as "Ze-", and ending in "-net": "Спринт", sprint, and
        # "ジャパン・トゥデイ", jiyapantoudei, are no Zephyrnet)
    if (named := _ZEPHYR_COMPOUND.match(letters)) and len(letters) - named.end() >= NET_WORD_LETTERS:
        return True  # the name with its "net" translated ("Zèfirxarxa", "Sefirlìon", "Zefirsarea"): not
        # "Zephyr" alone (a ferry's name), nor "Super..." or "Cipher..." (their vowels are not the name's)
    return (key or skeleton(letters)) in NETWORK_NAME_SKELETONS


_ZEPHYR_COMPOUND = re.compile("(?:z|s|c|ts|dz)e(?:ph|ff|f|v)(?:y|i|ii)r")
NET_WORD_LETTERS = 3  # "lion", "sarea", "xarxa", "onet": the translated "net" run on


def sound_skeleton(latin: str) -> str:
    """The consonants of a romanised word by sound class: one letter each for p/b/f/v, s/z/c,
    k/g/q, t/d, l/r, with "ph" as "f" and repeats folded."""
    latin = _SOFT_C.sub("s", latin.casefold().replace("ph", "f").replace("x", "ks"))  # "Fierce": "s", "Coin": "k"
    out = []
    for ch in latin:
        cls = _SOUND.get(ch, ch if ch.isalpha() and ch not in "aeiouyhw" else "")
        if cls and (not out or out[-1] != cls):
            out.append(cls)
    return "".join(out)


_SOFT_C = re.compile("c(?=[eiy])")
_SOUND = {**dict.fromkeys("pbfv", "p"), **dict.fromkeys("szj", "s"), **dict.fromkeys("kgqc", "k"),
          **dict.fromkeys("td", "t"), **dict.fromkeys("lr", "r")}
NETWORK_NAME_SOUNDS = frozenset({"sprnt", "spnt"})  # "Zephyrnet" by sound class, with and without its "r"
_NET_END = re.compile("n[aeiouy]*t+[aeiouy]*$", re.IGNORECASE)
_OPEN_SYLLABLE = re.compile("[aeiouy]*[^aeiouy][aeiouy]", re.IGNORECASE)  # Thai writes a vowel first: "eseforent"


def network_segment(text: str, rules: Rules, most: int = 12, ending: int = 4) -> bool:
    """A title segment that is the network's own name, in any script and however translated
    ("Платон Деректер Барлауы", "افلاطون بلاکچین معلوماتي استخبارات. عمودي لټون. آی.", "Ogbon Data
    Plato", "പ്ലേറ്റോഡാറ്റ", "PBDI"): no figure, and it opens with the brand, its stem ("Platon",
    "افلاطون"), the network's name or the brand's initials, its spam sentences after it; or, a few
    words and no sentence, ends with one. "Sauberer Energiedraht PlatonBlockverkettung ..." is the
    outlet, then the brand: the echo tails' to split."""
    words = text.split()
    if not words or len(words) > most or any(ch.isdigit() for ch in text):
        return False
    initials = rules.brand_initials()
    shaped = spam_shaped(text)

    def network(word: str) -> bool:
        # a Latin word is compared by its consonants only in the spam's shape: "Politiken" and
        # "Polityka" (pltkn) are newspapers, "Pleitoplokiahela" under "... Ai." is the brand
        respelled = stem_word(word) and (shaped or romanised_skeleton(word) is not None
                                         or latin_letters(word).startswith(STEM_SPELLINGS))
        return names_the_stem(word) or names_the_network(word) or respelled or word.strip(".,:") in initials
    if network(words[0]) or len(words) == 1 and rules.brand_like(text) is not None:
        return True
    return len(words) <= ending and len(sentences(text)) == 1 and network(words[-1])


def from_tails(tails: list[str], rules: Rules) -> str | None:
    """The outlet among the echo tails (see :func:`outlet_of_tails`)."""
    return outlet_of_tails(tails, rules)[0]


LONG_NAME_WORDS = 7


def outlet_of_tails(tails: list[str], rules: Rules, guess_words: int = 4) -> tuple[str | None, bool]:
    """The outlet among the echo tails, and whether it is only a guess (cases 2 and 3 on spam).

    1. the first tail that is short and not network spam (an HTML page's ``og:title`` keeps
    the outlet's own name, untranslated); 2. the words the first tail shares with another
    ("Decoderen PlatoBlockchain..." and "Decoderen Plato Data..."); 3. what precedes a network
    brand in a tail (up to ``guess_words`` words: a caller that cuts the brand's own words off
    the guess, :func:`without_brand_words`, takes a longer one). Words taken from the spam's own
    tails are a guess: a translation may put the spam's words there ("هوش داده PlatoBlockchain",
    data intelligence, in both tails).
    """
    tails = [t for t in tails if t]
    # beside a tail that is the network's spam, a name may run longer ("བོད་ལྗོངས་ཉིན་རེའི་ཚགས་པར",
    # Tibet Daily, six syllables)
    most = LONG_NAME_WORDS if any(spam_shaped(t) or network_segment(t, rules) for t in tails) else 5
    for tail in tails:
        words = word_count(tail)
        if (words <= 5 or words <= most and len(sentences(tail)) == 1 and not spam_shaped(tail)) \
                and rules.brand_like(tail) is None and not _sentence_run(tail) and not network_segment(tail, rules) \
                and not any(names_the_stem(word) for word in tail.split()):
            return tail, False  # (a tail naming the brand in its script is no name: "מעריב פלטו דאטה")
    for other in tails[1:]:
        common = _common_words(tails[0], other)
        if common and word_count(common) <= 4 and rules.brand_like(common) is None and not _sentence_run(common):
            return common, rules.brand_like(tails[0]) is not None or spam_shaped(tails[0])
    for tail in tails:
        # the spam's short sentences that another tail carries too go first: "Балкански увид
        # Усправна претрага. Ој. ПлатонЛанац" under "... Памет података ПлатонЛанца. Усправна претрага. Ој."
        head = before_brand(without_shared_run(tail, tails), rules, guess_words)
        if head is not None:
            return head, True  # weak: translation moves the spam's own words in front of the brand
    for other in tails[1:]:
        head = _before_shared_spam(tails[0], other)
        if head and word_count(head) <= 4 and rules.brand_like(head) is None and not _sentence_run(head):
            return head, True  # "ジャパンタイムズ <spam>" and "日本の時代 <the same spam>"
    return None, False


def without_shared_run(tail: str, tails: list[str]) -> str:
    """``tail`` without the longest run of words it shares with another tail when that run is a
    string of the spam's short sentences (a name is no sentence run): whatever stands in front of
    the brand is then the outlet, not the outlet and the translated "Vertical Search"."""
    words = tail.split()
    best: tuple[int, int] = (0, 0)
    for other in tails:
        if other == tail:
            continue
        theirs = other.split()
        for i in range(len(words)):
            for j in range(len(theirs)):
                n = 0
                while i + n < len(words) and j + n < len(theirs) and words[i + n] == theirs[j + n]:
                    n += 1
                if n > best[1] - best[0] and n >= 2 and _sentence_run(" ".join(words[i:i + n]) + " "):
                    best = (i, i + n)
    start, end = best
    return " ".join(words[:start] + words[end:]) if end else tail


def _before_shared_spam(a: str, b: str) -> str:
    """What ``a`` holds in front of a spam-shaped run it ends with as ``b`` does: the outlet before
    the network's spam, whatever script the brand is written in. The run is compared letter by
    letter: an unspaced script glues the spam to the outlet ("今日の日本プラトン鎖データ慧眼。垂直探索。おや。"
    under "ジャパン・トゥデイ プラトン鎖..."); a spaced one starts it at a word."""
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    cut = len(a) - n
    if 0 < cut < len(a) and not (a[cut - 1].isspace() or is_unspaced(a[cut])):
        nxt = a.find(" ", cut)  # inside a word of a spaced script: the run starts at the next word
        cut = nxt + 1 if nxt >= 0 else len(a)
    if cut <= 0 or cut >= len(a) or not spam_shaped(a[cut:].strip()):
        return ""
    return a[:cut].strip(" .,;:-|")


def without_brand_words(name: str, network_lines: list[str], spam_words: frozenset[str] = frozenset(),
                        spam_phrases: list[list[str]] | None = None) -> str:
    """A name guessed from a spam tail without the brand's own words the translation set after the
    outlet ("VentureBeat Risikan Data" before "PlatoRantaiBlok"). The network's own lines of the
    page say "Data Intelligence" in the page's language next to the bare stem ("Fonte: Inteligência
    de Dados Plato.", "Lähde: Plato Datatiedustelu."): the name's last words, as many as that phrase
    has, go when one of them is a word of the phrase, or its stem ("Perspicácia de Dados",
    "Datanokkeluus": the title's tail translated "intelligence" otherwise). Then the trailing words
    those lines use too, or the network's spam phrases use in any language (``spam_words``: "L’Atlantique
    Intelligence Données" where no line of the page holds the phrase). Its first word stays."""
    if not network_lines and not spam_words:
        return name
    words = name.split()
    for phrase in stem_phrases(network_lines):
        ends = words[-len(phrase):]
        if len(phrase) < len(words) and any(_same_stem(w, p) for w, p in zip(ends, phrase, strict=True)):
            words = words[: -len(phrase)]
            break
    words = _without_phrase_shape(words, spam_phrases or [])
    spam = {t for line in network_lines for t in tokens(line)} | spam_words
    while len(words) > 1 and set(tokens(words[-1])) <= spam:
        words.pop()
    return " ".join(words)


def _without_phrase_shape(words: list[str], phrases: list[list[str]]) -> list[str]:
    """``words`` without a last run that has the shape of the network's "Data Intelligence" in some
    language with one word put in other words ("Lucidez de Datos" as "Inteligencia de Datos",
    "Kebijaksanaan Data" as "Kecerdasan Data"): a new translation of one of its words. The known
    words must hold a few letters, and two words of the guess stay."""
    folded = [fold(w.strip(_PUNCT)) for w in words]
    best = 0
    for phrase in phrases:
        n = len(phrase)
        if n < 2 or len(words) - n < PHRASE_LEFT_WORDS or any(names_the_stem(w) for w in phrase):
            continue  # "Big Data Wire" is a name, not "Big" and "Data Intelligence" reworded; the
            # phrases that hold the brand ("Plato Data Intelligence") have no word to reword
        tail = folded[-n:]
        differing = [k for k in range(n) if tail[k] != phrase[k]]
        if len(differing) == 1 and sum(len(phrase[k]) for k in range(n) if k != differing[0]) >= PHRASE_KNOWN_LETTERS:
            best = max(best, n)
    return words[: len(words) - best] if best else words


PHRASE_KNOWN_LETTERS = 4  # letters the phrase's matching words hold together ("datos", "data")
PHRASE_LEFT_WORDS = 2  # words of the guess that must stay for the phrase's shape to be cut


PHRASE_WORDS = 4  # "Data Intelligence" in any language, next to the stem in the network's lines


def stem_phrases(lines: list[str]) -> list[list[str]]:
    """The words right before the brand's bare stem in a line (back to a label's colon or a stop),
    and right after it (up to a stop): the network's "Data Intelligence" as the page words it."""
    out = []
    for line in lines:
        words = line.split()
        for k, word in enumerate(words):
            if not names_the_stem(word.strip(_PUNCT)):
                continue
            before: list[str] = []
            for w in reversed(words[:k]):
                if w[-1:] in ":.!?" or len(before) == PHRASE_WORDS:
                    break
                before.insert(0, w.strip(_PUNCT))
            after: list[str] = []
            if word[-1:] not in ".!?":
                for w in words[k + 1 :]:
                    after.append(w.strip(_PUNCT))
                    if w[-1:] in ".!?" or len(after) == PHRASE_WORDS:
                        break
            out += [p for p in map(_unparticled, (before, after)) if p and all(p)]
    return out


PARTICLE_LETTERS = 2  # "de", "of", "ya": a phrase's edge word this short joins it to the name


def _unparticled(phrase: list[str]) -> list[str]:
    """The phrase without the short words at its edges that join it to the stem ("Intelligence des
    données de Platon": "de")."""
    while phrase and len(phrase[-1]) <= PARTICLE_LETTERS:
        phrase = phrase[:-1]
    while phrase and len(phrase[0]) <= PARTICLE_LETTERS:
        phrase = phrase[1:]
    return phrase


STEM_LETTERS = 4  # two words of a compounding language that open alike name one thing ("Data-")


def _same_stem(a: str, b: str) -> bool:
    """The same word, or two words of five letters or more that open with the same four."""
    x, y = a.strip(_PUNCT).casefold(), b.casefold()
    if len(x) < STEM_LETTERS or len(y) < STEM_LETTERS:
        return False
    return x == y or min(len(x), len(y)) > STEM_LETTERS and x[:STEM_LETTERS] == y[:STEM_LETTERS]


NAME_LETTERS = 4  # a cut name keeps a word this long


def as_the_page_names_it(name: str, texts: list[str]) -> str:
    """A name guessed from a spam tail, cut to the words the page itself names the outlet with.
    Translation may set the spam's own words after the outlet, in front of the brand ("Onenkani
    Ubuhlakani Bedatha be-PlatoBlockchain": data intelligence); the page's other lines name the
    outlet alone ("... ku-Onenkani"). Unchanged when the page names no part of it."""
    words = name.split()
    for n in range(len(words), 0, -1):
        form = [set(tokens(" ".join(words[:n])))]
        if not any(len(t) >= NAME_LETTERS for t in form[0]):
            break  # "The" of "The Block" is in every English text
        if any(mentions(text, form, NAME_LETTERS - 1) for text in texts):  # "ئاچچىق قىشتىن" names "... قىش"
            return " ".join(words[:n])
    return name


def spam_shaped(tail: str) -> bool:
    """The network's spam in any language has one shape: a few brand words, then two or three
    very short sentences ("... Data Intelligence. Vertical Search. Ai.")."""
    parts = sentences(tail)
    if len(parts) == 1 and is_unspaced(tail):
        parts = tail.split()  # Thai, Lao and Khmer part their phrases with spaces, not stops
    # "Vertical Search" may take more words ("Recherche de Haut en Bas", "بلند و بالا تلاش"); "Ai." not
    return len(parts) >= 3 and word_count(parts[0]) >= 2 and word_count(parts[-1]) <= 3 \
        and all(word_count(p) <= SEARCH_WORDS for p in parts[1:-1])


SEARCH_WORDS = SPAM_SENTENCE_WORDS  # the longest rendering of "Vertical Search" taken for one


# The marks of what a run learns from the network's spam, among a site group's learned keys
# (strip.templates emits them, the site-tail step reads them): a spam sentence, and the words
# the network's lines set next to its bare name.
SPAM_MARK = "\x05"
STEM_PHRASE_MARK = "\x06"


def spam_sentences(tail: str) -> list[str]:
    """The short sentences a spam tail runs on with after the one holding the brand ("Kolomzoeken.
    Aai.": "Vertical Search. Ai." as this page's translation words them). A run learns them from
    one title and takes them off another title's tail, where the translation set them in front of
    the brand, right after the outlet ("NL Times Kolomzoeken. Aai. PlatoKlossenketen")."""
    parts = sentences(tail)
    if len(parts) < 2 or not _holds_brand(parts[0]):
        return []
    return [p for p in parts[1:] if word_count(p) <= SEARCH_WORDS and not _holds_brand(p)]


def before_learned_spam(tail: str, learned: set[str], most: int = 4) -> str | None:
    """The outlet at the head of a spam tail whose other sentences are the brand or spam sentences
    the run learned (:func:`spam_sentences`): the first sentence, without the learned sentence it
    ends with ("NL Times Kolomzoeken." -> "NL Times")."""
    parts = sentences(tail)
    if len(parts) < 2 or not learned:
        return None
    if not all(line_key(p) in learned or all(_holds_brand(w) for w in p.split()) for p in parts[1:]):
        return None
    first = parts[0].split()
    key = line_key(parts[0])
    for spam in sorted(learned, key=len, reverse=True):
        if key.endswith(" " + spam):
            name = " ".join(first[: len(first) - len(spam.split())]).strip(_PUNCT)
            if name and word_count(name) <= most and not _sentence_run(name) and not _holds_brand(name):
                return name
    return None


def holds_run(words: list[str], run: list[str]) -> bool:
    """Whether ``run`` stands in ``words`` word for word, in a row."""
    return any(words[i:i + len(run)] == run for i in range(len(words) - len(run) + 1))


def _holds_brand(text: str) -> bool:
    return any(stem_word(w) or names_the_stem(w) for w in text.split())


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name, in any scripts ("Semafor", "Семафор")."""
    x, y = latin_letters(a), latin_letters(b)
    return bool(x and y) and Levenshtein.normalized_distance(x, y) <= 0.25


def case_forms(a: str, b: str) -> bool:
    """Two case forms of one name, as a translated footer inflects it ("Helsingin Ajat" and "Lisää
    Helsingin Ajoilta"'s "Helsingin Ajoilta"; "Baltijas Laiki", "Baltijas Laikiem"): as many words,
    each pair agreeing on at least half of the shorter word's letters (two at least) from its start,
    and on ``CASE_FORM_LETTERS`` letters over the name. Another name of as many words differs at
    a word's start."""
    x, y = a.casefold().split(), b.casefold().split()
    if not x or len(x) != len(y) or x == y:
        return False
    agreed = 0
    for u, v in zip(x, y, strict=True):
        n = max(2, (min(len(u), len(v)) + 1) // 2)
        if u[:n] != v[:n] or not u[:1].isalpha():
            return False
        agreed += len(os.path.commonprefix([u, v]))
    return agreed >= CASE_FORM_LETTERS


CASE_FORM_LETTERS = 6


def looks_like_name(tail: str, s: EchoSettings = DEFAULT.echo) -> bool:
    """A short tail that could be an outlet's name, not the rest of a sentence. A name's small
    words between its capitalised ones ("A Voz do Alto Sado", "Le Réveil de la Vallée d'Orme")
    add no length to it."""
    if not tail or name_words(tail) > s.name_words or word_count(tail) > s.name_words + PARTICLES \
            or tail[-1:] in ".!?,;:":
        return False
    first = tail[0]
    # a lower-case start is the rest of a sentence in scripts that write names capitalised
    # (Latin, Greek, Cyrillic, Armenian), unless the word goes on in capitals as a brand's does
    # ("iDNES.cz", "eNCA"); Georgian's letters are lower case by Unicode, yet its names start with them
    return not (first.isalpha() and first.islower() and ord(first) < 0x0590) \
        or any(ch.isupper() for ch in tail.split()[0][1:])


def name_words(name: str) -> int:
    """The words of a name, its small lower-case ones aside ("do", "de la", "van der")."""
    return sum(1 for w in name.split() if not (len(w) <= SMALL_WORD_LETTERS and w.islower()))


PARTICLES = 2
SMALL_WORD_LETTERS = 5  # "do", "van", "della"


def forms(doc: Document, rules: Rules) -> list[set[str]]:
    """Token sets of the outlet's names on this page: the source, short tails, and the words in
    front of the brand in spam tails ("Münditelegraaf PlatoBlockchaini ..."; of a longer run, its
    first two words)."""
    out = []
    for name in [doc.source, doc.site_name, *doc.spam]:
        if not name:
            continue
        toks = set(tokens(name))
        # (a name in a script without spaces comes as its character pairs: "ザ・ディプロマット")
        if toks and (len(toks) <= 4 or is_unspaced(name) and word_count(name) <= 4):
            out.append(toks)
            if (short := initials(name)) is not None:
                out.append({short})
            continue
        hit = rules.brand_like(name)
        cut = (name.find(hit) if hit in name else name.casefold().find(hit)) if hit else -1
        head = tokens(name[:cut]) if cut > 0 else []
        if head and len(set(head)) <= 3:
            out.append(set(head))
        elif len(head) > 3:
            # the outlet, then the brand's own words in the page's language ("Garoowe Khadka Caqliga
            # Xogta SilsiladdaPlato. ..."): the name opens the run, its first two words name it
            out.append(set(head[:2]))
        if hit and (after := _past_phrase(name)) is not None:
            out.append(set(tokens(after)))  # or closes it, past the phrase's last stop ("... Ay. Kawad ng Taog-Mint")
    if doc.source and not doc.source.isascii():
        out.extend(set(form) for form in latin_forms(doc.source, tuple(doc.blocks[i] for i in doc.live())))
    return out


def _past_phrase(tail: str) -> str | None:
    """A name standing past the last stop of a spam tail: a few words, no stop of its own, the
    first one capitalised where letters have case."""
    head, stop, after = tail.rstrip().rpartition(". ")
    after = after.strip()
    if not stop or not after or word_count(after) > PAST_PHRASE_WORDS or after[-1:] in SENTENCE_END \
            or after[:1].islower():
        return None
    return after


PAST_PHRASE_WORDS = 4


@lru_cache(maxsize=64)  # asked by several edge steps about the same page
def latin_forms(name: str, texts: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The outlet's name as the page writes it in Latin letters when its source is written in
    another script: a translated page keeps "Healthcare IT News" in its sentences where the title's
    tail transliterates it ("هيلث كير آي تي نيوز"). A run of one to four capitalised Latin words
    whose sounds are the name's (consonants by sound class, one slip allowed in a long name)."""
    sounds = sound_skeleton(latin_letters(name))
    if len(sounds) < NAME_SOUNDS:
        return ()
    slips = 1 if len(sounds) >= LONG_NAME_SOUNDS else 0
    found: dict[str, frozenset[str]] = {}
    for text in texts:
        if not _ASCII_LETTER.search(text):
            continue
        for run in _LATIN_RUN.finditer(text):
            words = run.group().split()
            for i in range(len(words)):
                for j in range(i + 1, min(i + NAME_RUN_WORDS, len(words)) + 1):
                    phrase = " ".join(words[i:j])
                    if phrase in found or not words[i][0].isupper():
                        continue
                    spoken = sound_skeleton(latin_letters(phrase))
                    if abs(len(spoken) - len(sounds)) <= slips \
                            and Levenshtein.distance(spoken, sounds, score_cutoff=slips) <= slips:
                        found[phrase] = frozenset(tokens(phrase))
    return tuple(form for form in found.values() if form)


NAME_SOUNDS = 4  # consonant classes a name needs to be matched across scripts by sound
LONG_NAME_SOUNDS = 6  # ... and a name this long may differ by one ("Fierce Pharma": "Фиерце Пхарма")
NAME_RUN_WORDS = 4
_ASCII_LETTER = re.compile("[A-Za-z]")
_LATIN_RUN = re.compile(r"[A-Za-z][\w!&'+.-]*(?:[ \t]+[A-Za-z][\w!&'+.-]*)*")


def initials(name: str) -> str | None:
    """The initials of a name of three to five words in a script with capitals, as a site
    shortens its own ("PdB" for Portal do Bitcoin, "SDS"); None for a shorter name, whose two
    letters stand for too many things."""
    words = name.split()
    if not 3 <= len(words) <= 5 or not all(w[:1].isalpha() for w in words) or not any(w[:1].isupper() for w in words):
        return None
    return "".join(w[0] for w in words).casefold()


def mentions(text: str, outlet_forms: list[set[str]], least: int = 4) -> bool:
    """Whether ``text`` names the outlet: every token of one of its forms, as a token or, for
    tokens of ``least`` letters or more, inside one or inflected (case endings and prefixes:
    "ከሴማፎር", "Ինքնավստահից", "Blok'tan", "Nepaklusniojo")."""
    toks = set(tokens(text))
    for form in outlet_forms:
        if 1 < len(form) <= 3 and any(is_unspaced(t) for t in form) \
                and any("".join(order) in text.casefold() for order in permutations(form)):
            return True  # a name written without spaces, whole ("关注36氪公众号": of 36Kr)
        # beside a word of the name found as written, a short one may carry a case ending too
        # ("প্রথম আলোর", of Prothom Alo): the name's run, not a short word met alone
        short = 1 if any(t in toks and len(t) >= least for t in form) else least
        if all(t in toks or (len(t) >= short and any(_opens_inflected(t, w) if len(t) < least else _inflected(t, w)
                                                     for w in toks)) for t in form):
            return True
    return False


def _opens_inflected(name: str, word: str) -> bool:
    """``word`` is a short ``name`` with a case ending of a letter or two ("আলোর", "Aloyu")."""
    return word.startswith(name) and 0 < len(word) - len(name) <= 2


def other_names(text: str, outlet_forms: list[set[str]], *, listed: bool = True) -> bool:
    """Two capitalised words in a row besides the first word and the outlet's: a credit names a
    person ("Reporting by Maria Ivanova for Cointelegraph"); a "More from <outlet>" line, even in
    title case ("Most Read from Bloomberg"), names nobody else. With ``listed`` false, a comma or a
    full stop ends the run: "X, LinkedIn and Telegram" lists channels, it names no one."""
    names = {t for form in outlet_forms for t in form}
    run = 0
    for word in text.split()[1:]:
        other = word[:1].isupper() and not any(
            t in names or any(_inflected(n, t) for n in names if len(n) >= 4) for t in tokens(word))
        run = run + 1 if other else 0
        if run >= 2:
            return True
        if not listed and (word[-1:] in ",;:\u060c\u3001" or word[-1:] == "." and len(word) > 2):
            run = 0  # a list or a sentence ends there ("All things Solana. Daily."), an initial does not
    return False


def opens_with(text: str, outlet_forms: list[set[str]]) -> bool:
    """Whether ``text``'s first word is (a word of) the outlet's name: the outlet as the subject."""
    first = tokens(text)[:1]
    return bool(first) and any(len(t) >= 4 and _inflected(t, first[0]) or t == first[0]
                               for form in outlet_forms for t in form)


def _inflected(name: str, word: str) -> bool:
    """``word`` is ``name`` with an affix, or with its ending changed by a case ("Nepaklusnusis" ->
    "Nepaklusniojo", "Раскаваны" -> "Раскаванага"): all but its last few letters open the word."""
    if name in word:
        return True
    stem = len(name) - min(4, len(name) // 3)
    if stem >= 5 and word[:stem] == name[:stem]:
        return True
    if name[-1:] in _CASE_VOWELS and len(name) >= SHORT_CASE_NAME and word[: len(name) - 1] == name[:-1] \
            and 0 <= len(word) - len(name) <= 2 and word[len(name) - 1:len(name)].isalpha():
        return True  # a short name whose last vowel a case changes ("Наша Ніва" -> "Нашу Ніву")
    # two case forms of one name, neither the bare name ("Urheilulliselta", "Urheilullinen"): all
    # but the last few letters of the shorter one
    shorter = min(len(name), len(word))
    stem = shorter - min(4, shorter // 3)
    return stem >= 7 and word[:stem] == name[:stem]


_CASE_VOWELS = frozenset("aeiouyаеиоуыэюяіїєѣąęáéíóú")
SHORT_CASE_NAME = 4  # letters of a name word whose last vowel a case ending may replace


def name_in(text: str, title: str | None, rules: Rules, tails: list[str] | None = None) -> str | None:
    """The outlet a naming line names: the words left once the title and the phrase are gone.

    Word order varies with the language ("appeared first on X", "X'de ilk olarak yayınlandı",
    "X ظاهر شد"), so we take the last run of words that are neither title nor phrase.
    """
    if len(fold(text)) != len(text):
        return None
    after_title = False
    if title and fold(title) in fold(text):
        start = fold(text).find(fold(title))
        text = text[start + len(title) :]
        after_title = True
    spans = rules.role_spans(text, "names_outlet")
    if not spans:
        return _capitalised_name(text, rules) if after_title else None
    runs: list[list[str]] = [[]]
    for match in re.finditer(r"\S+", text):
        inside = any(a < match.end() and match.start() < b for a, b in spans)
        if inside:
            runs.append([])
        else:
            runs[-1].append(match.group())
    words = [run for run in runs if " ".join(run).strip(_PUNCT)]
    if not words:
        return None
    if len(words) > 1 and tails:
        # the phrase split the line: the run a title tail holds is the name, the other the
        # phrase's own word ("নতুন যুগ থেকে আরও পড়ুন": New Age, from, more, read)
        held = [tokens(t) for t in tails]
        named = [run for run in words if (toks := tokens(" ".join(run)))
                 and any(holds_run(tail, toks) for tail in held)]
        words = named or words
    name = _name(words[-1], rules)
    if name is None and len(words[-1]) > 1:
        # the line goes on past the name ("... erschien zuerst bei The Register und wurde von
        # unserer Redaktion übersetzt."): in a cased script, the capitalised run that opens it
        name = _capitalised_name(" ".join(words[-1]), rules, 0)
    return name


NAME_WORDS = 4  # "Defensa de última hora" (Breaking Defense translated); a longer run goes on past the name
_SUFFIXED_SHAPE = re.compile(r"^(.+?)[-'’]([^\W\d_]{1,5})$")


def _suffixed(word: str) -> re.Match[str] | None:
    """"Bankless-də", "Cointelegraph'ta": a name with a case ending. An ending is never a capital:
    "Il-Bqija" opens with an article."""
    match = _SUFFIXED_SHAPE.match(word)
    return match if match and not match.group(2)[0].isupper() else None


def _name(words: list[str], rules: Rules) -> str | None:
    """The outlet's name in ``words``: it ends at the word that carries a case ending (what
    follows is the phrase's verb, in languages that put it last: "Blockworks-də çıxdı"), and the
    ending comes off ("Brindlewood Wire-də"). At most four words, and never a network brand."""
    for i, word in enumerate(words):
        if _suffixed(word.strip(_PUNCT)):
            words = words[: i + 1]
            break
    name = " ".join(words).strip(_PUNCT)
    match = _suffixed(name)
    if match:
        name = match.group(1)
    if not name or word_count(name) > NAME_WORDS or rules.brand_like(name) is not None:
        return None
    return name


def _capitalised_name(rest: str, rules: Rules, phrase_words: int = 2, after: int = 0,
                      last: bool = False) -> str | None:
    """The outlet in what follows the title on a naming line of a language without a phrase
    prior: in scripts with letter case, the phrase's words are lower case and the name is not
    ("... sa prvýkrát objavil na Blockworks.", "... ilk dəfə Cointelegraph saytında dərc olunub.").
    The name runs from its first capitalised word to the line's end when that is short (a name of
    several words: "Rest of World", "Ostatak svijeta"), else it is the capitalised run alone. A
    name starts at word ``after`` or later."""
    words = rest.split()
    starts = [i for i, w in enumerate(words) if w[:1].isupper() and i >= after]
    cased = [w for w in words if w[:1].isalpha() and w[:1].lower() != w[:1].upper()]
    if not starts or len(cased) < 2 or len(words) - len(starts) < phrase_words:
        return None  # no letter case to read, or nothing but names
    first = starts[0]
    if last:  # the last capitalised run: German capitalises the line's own nouns before the name
        first = next(i for i in reversed(starts) if i - 1 not in starts and not (
            i - 2 in starts and len(words[i - 1]) <= 3))
    whole = len(words) - first <= 3 and not last
    run = words[first:] if whole else words[first : first + 1]
    if not whole:  # the capitalised run, across short joining words ("Rest of World")
        while (nxt := first + len(run)) < len(words):
            if words[nxt][:1].isupper():
                run.append(words[nxt])
            elif len(words[nxt]) <= 3 and nxt + 1 < len(words) and words[nxt + 1][:1].isupper():
                run += words[nxt : nxt + 2]
            else:
                break
    return _name(run, rules)


def from_removed_lines(doc: Document, rules: Rules) -> str | None:
    """When the title named no outlet, the removed lines may ("appeared first on X")."""
    for removal in doc.removed:
        naming = removal.rule in NAMING_RULES
        if not naming and removal.rule.startswith(removals.CONCEPT_PREFIX):
            # a line known by its concepts ("This story originally ran on Nature News ..."): no phrase
            # marks where the name stands; in a cased script it is the capitalised run past the first word
            if removals.family_of(removal.rule) in rules.role("names_outlet"):
                name = _capitalised_name(removal.text, rules, 1, after=1, last=True)
                if name:
                    return name
            continue
        if not naming and removal.rule.startswith(removals.PHRASE_PREFIX):
            naming = removal.rule[len(removals.PHRASE_PREFIX):] in rules.role("names_outlet")
        if not naming and word_count(removal.text) <= 8:  # a "More from X" line another rule took
            naming = bool(rules.role_spans(removal.text, "names_outlet"))
        if naming:
            name = name_in(removal.text, doc.title, rules, [*doc.spam, *doc.title_lines])
            if name:
                return name
    for removal in doc.removed:  # no phrase known: the capitalised name ending a short footer line
        if removal.rule in SHORT_NAMING and doc.evidence and word_count(removal.text) <= 6:
            name = _capitalised_name(removal.text, rules, 1, after=1)  # not its first word
            if name:
                return name
    return None


def from_title_reference(doc: Document, rules: Rules, title: str | None) -> str | None:
    """The outlet a removed "The post <title> appeared first on X." line names: where the copy
    came from, in any language's word order."""
    for removal in doc.removed:
        if removal.rule != removals.TITLE_REFERENCE:
            continue
        # (the line's end, the name, may have been cut off before as a tail the page's echoes gave)
        cut = [r.text for r in doc.removed if r.block == removal.block >= 0 and r is not removal]
        for text in [removal.text, *(f"{removal.text} {tail}" for tail in cut)]:
            if name := name_in(text, title, rules, [*doc.spam, *doc.title_lines]):
                return name
    return None


def from_bottom_links(doc: Document, rules: Rules) -> str | None:
    """The outlet the network's bottom links end on: their last line a label and a name, in the
    page's language ("Source: Decrypt", "Oorsprong: Stakehouse", "Манбаъ: The Mempool Times").
    The label's word is never needed: the block is the network's, and its last line credits the
    copy. A bare address, a sentence or the network's own name ("Source: Plato Data
    Intelligence.") is no outlet."""
    for removal in doc.removed:
        if removal.rule != removals.PLATO_BOTTOM_LINKS:
            continue
        lines = [line.strip() for line in removal.text.split("\n") if line.strip()]
        if len(lines) < 2:
            continue  # (one line alone: no block whose last line credits)
        label, colon, value = split_label(lines[-1])
        value = value.strip()
        if not colon or word_count(label) > LABEL_WORDS or not value or "://" in value or "." in value.rstrip(".") \
                or sentences(value)[1:] \
                or any(names_the_stem(w) or names_the_network(w) for w in _NAME_PARTS.split(value)):
            continue  # (the network's own credit, in any script: "出所：プラトー・データ・インテリジェンス")
        name = _name(value.split(), rules)
        if name:
            return name
    return None


LABEL_WORDS = 2  # "Source", "Оригинальный источник"
_NAME_PARTS = re.compile(r"[\s\u30fb\u00b7.\u3002,]+")  # spaces, middle dots, stops


def from_appeal(doc: Document, rules: Rules) -> str | None:
    """The outlet an appeal for its support opens with, when nothing else named it: "«Новая
    газета Европа» существует на пожертвования читателей", "Civil Eats relies on readers like you":
    the quoted name, or in a cased script the capitalised words before the first lower-case one
    (two at least: "Please" or "Support" alone opens any appeal)."""
    for removal in doc.removed:
        family = removals.family_of(removal.rule)
        if family is None and removal.rule == removals.SITE_TEMPLATE:  # a line the run saw recur on the site
            found = rules.concepts.family(removal.text)
            family = found[0] if found is not None else None
        if family not in APPEALS:
            continue
        text = removal.text.strip()
        quoted = _OPENING_QUOTE.match(text)
        if quoted:
            words = quoted.group(1).split()
        else:
            words = _capitalised_run(text.split(), _APPEAL_NAME_WORDS + 1)
            capitals = sum(1 for w in words if w[:1].isupper())
            if not 2 <= capitals <= _APPEAL_NAME_WORDS or rules.concepts.found(" ".join(words)):
                continue  # "Your Support Matters": the appeal's own words in title case, no name
        name = _name(words, rules) if words else None
        if name and not names_the_network(name):
            return name
    return None


def _capitalised_run(words: list[str], most: int) -> list[str]:
    """The capitalised words ``words`` open with (``most`` of them at most), across a short joining
    word between two of them ("La Voz del Jiloca", "Rest of World"), up to a stop."""
    run: list[str] = []
    capitals = 0
    for k, word in enumerate(words):
        if word[:1].isupper():
            run.append(word)
            capitals += 1
        elif run and len(word) <= JOINER_LETTERS and word.isalpha() and word.islower() \
                and k + 1 < len(words) and words[k + 1][:1].isupper():
            run.append(word)
            continue
        else:
            break
        if capitals >= most or word[-1:] in ",;:.!?":
            break
    return run


JOINER_LETTERS = 3  # "of", "del", "de", "van"
APPEALS = frozenset({"support_appeal"})  # the families whose lines the outlet opens with its own name
_OPENING_QUOTE = re.compile("[«\"\u201c\u201e\u300c]([^»\"\u201c\u201d\u300d]{2,60})[»\"\u201d\u300d]")
_APPEAL_NAME_WORDS = 3  # as many as a name takes (see _name)


# Trailing lines that may be "More from X" in a language no phrase covers.
SHORT_NAMING = frozenset({removals.OUTLET_LINK, removals.LABEL_VALUE})
