"""Figure captions that extraction put back from the page.

trafilatura leaves figures out, and with them the caption that says what the story's photo shows
("Na fotografia: Rosa Amorim, de 81 anos, borda um lenço ..."), which is the article's. The network
writes its own captions under the pictures it copies: the brand phrase, often after a word or two
of the photo ("Samsung PlatoBlockchain Data Intelligence. Vertical Search. Ai."), and outlets
credit their pictures there ("Image Credits: Thierry Monasse / Getty Images", "Die fünf Testgeräte
im Labor. Bild: Archiv"). Those go whole, before the title step reads the page's lines.
"""

from __future__ import annotations

import re

from .. import removals
from ..model import Document
from ..text import ends_sentence, sentences, split_label, word_count
from ..titles import network_marks
from ..titles.outlet import spam_shaped
from .rules import Rules
from .spam import ends_short

CREDIT_LABEL_WORDS = 3  # a credit's label: "Photo", "Image Credits", "Zdroj obrázka"
CREDIT_VALUE_WORDS = 6  # ... and whom it credits: an agency, a photographer, "Getty Images"
_BRACKETED_TAIL = re.compile(r"[(（\[]([^()（）\[\]]+)[)）\]]\s*$")


def judge_captions(doc: Document, rules: Rules) -> None:
    """Drop each restored caption that names the network's brand (or has the shape of its spam,
    the brand's words then two or three very short sentences, on a page the network touched) or
    only credits the picture."""
    shaped: bool | None = None
    for i in doc.captions:
        if not doc.kept[i]:
            continue
        text = doc.blocks[i]
        if rules.brand_like(text) is None and spam_shaped(text) and shaped is None:
            shaped = _touched(doc, rules)
        if rules.brand_like(text) is not None or shaped and spam_shaped(text) \
                and (len(sentences(text)) >= 2 or ends_short(text)):
            # (parted by spaces alone, the spam ends on "Ai.": a Thai caption's phrases end on a name)
            doc.drop(i, removals.CAPTION_SPAM)
        elif credit_only(text) and not _describes(text, doc, i) \
                or rules.image_bank(text) and word_count(text) <= CREDIT_VALUE_WORDS + 2:
            doc.drop(i, removals.CAPTION_CREDIT)


def _touched(doc: Document, rules: Rules) -> bool:
    """Whether the page shows the network's hand anywhere (its domain, byline, markup, or brand in a
    block or a title): a caption's shape alone is no evidence, a Thai caption parts its phrases with
    spaces as the spam's short sentences do ("... เมื่อเช้าวันที่ 9 พฤษภาคม ภาพโดย อนุชา ใจดี")."""
    titles = [t for t in (doc.declared_title, *doc.title_lines) if t]
    return bool(network_marks(doc, rules)) or any(rules.brand_like(t) is not None for t in titles)


def _describes(text: str, doc: Document, at: int) -> bool:
    """Whether a caption's words before its bracketed credit speak of what the article speaks of,
    two of their telling words (one, in a long description) standing in its other blocks
    ("醫院資訊室人員正在檢查伺服器機櫃（圖片來源：衛福部）", hospital IT staff check the server racks,
    under a story on a hospital's servers): what
    the story's photo shows. A stock note ("写真はイメージです", the photo is illustrative) shares none."""
    from ..settings import DEFAULT
    from .edges import telling_words  # (the edge steps import the title package, which imports this one)

    bracketed = _BRACKETED_TAIL.search(text)
    if bracketed is None:
        return False
    own = set(telling_words(text[: bracketed.start()], DEFAULT.edges))
    if not own:
        return False
    others = {t for i in doc.live() if i != at for t in telling_words(doc.blocks[i], DEFAULT.edges)}
    # a word shared as written, or inside another with a prefix or ending ("مياه" in "المياه", the
    # water); a long description may share one ("عمال يصلحون خط مياه رئيسياً ..." under a story on
    # Amman's water supply)
    shared = sum(1 for w in own if w in others or len(w) >= SHARED_LETTERS and any(
        w in o or len(o) >= SHARED_LETTERS and o in w for o in others))
    return shared >= DESCRIBED_WORDS or shared and len(own) >= DESCRIPTION_WORDS


DESCRIBED_WORDS = 2  # a caption's words the article uses too: what the story's photo shows
DESCRIPTION_WORDS = 4  # ... or one, in a description of this many telling words
SHARED_LETTERS = 4  # a word this long is found inside an inflected one


def credit_only(text: str) -> bool:
    """Whether a caption is only a credit ("Bild: Archiv", "写真はイメージです（出典：ストックフォト）"):
    a short label and a few words, no sentence. A caption that says what the photo shows before its credit
    ("Ветеран Андрій Мельничук під час занять у залі центру. Фото: Олена Ковальчук") is the
    article's, credit and all; so is one that describes under a label ("На фото: ватаг Іван
    Гуцуляк перевертає грудку бурдзу ..."), which has a sentence for its value."""
    bracketed = _BRACKETED_TAIL.search(text)
    parts = sentences(text)
    if len(parts) > 1 and not bracketed:
        return False  # a description, then the credit
    last = bracketed.group(1) if bracketed else parts[-1] if parts else text
    head, colon, value = split_label(last.strip())
    if not colon:
        return False
    return 1 <= word_count(head) <= CREDIT_LABEL_WORDS and 1 <= word_count(value) <= CREDIT_VALUE_WORDS \
        and not ends_sentence(value.rstrip(".")) and not any(ch.isdigit() for ch in value)
