"""Every threshold of the pipeline, in one frozen object.

The values are measured, not guessed: ``scripts/evaluate.py --set edges.phrase_words=30``
reruns the fixture scores with one value changed, so a threshold can be swept before it is
moved. A run carries its ``Settings`` in the step context (worker processes included).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class EchoSettings:
    """Title echoes (``titles/echo.py``)."""

    max_tail_words: int = 20  # a tail longer than this is a sentence, not an echo tail
    max_lines: int = 6  # leading lines compared as title candidates
    max_title_chars: int = 400
    max_title_words: int = 60  # a longer line is a paragraph, not a title line
    fuzzy_overlap: float = 0.75  # token overlap of two machine-translated renderings of one title
    min_title_chars: int = 6
    min_title_words: int = 2
    name_words: int = 4  # an outlet name: at most this many words ("The Wall Street Journal")
    site_tail_titles: int = 3  # a tail after a separator that this many different titles share ...
    site_tail_share: float = 0.3  # ... and this share of a group's titles is the site's tail


@dataclass(frozen=True)
class SpamSettings:
    """Spam learned from the page and brand captions (``strip/spam.py``)."""

    caption_words: int = 4  # what may stay in front of a spam suffix and still be a caption
    described_caption_words: int = 12  # ... or, when it is no sentence, a picture's description this long
    min_share: float = 0.8  # share of a suffix's tokens that must be spam tokens
    min_phrase_share: float = 0.6  # share of the spam phrase's tokens a suffix must carry
    brand_line_words: int = 15  # a short line naming a network brand is a caption or a link
    brand_tail_words: int = 25  # a brand sentence ending a paragraph is at most this long
    fuzzy_tail_words: int = 10  # ... and this long when the brand is spelt in a new way


@dataclass(frozen=True)
class EdgeSettings:
    """Trailing and leading blocks (``strip/edges.py``)."""

    label_words: int = 4  # "Time Stamp:" and its translations
    phrase_words: int = 25  # priors only on lines this short (pages known to be republished)
    chrome_words: int = 12  # ... and this short on other pages
    outlet_words: int = 8  # "More from Decrypt"
    footer_name_letters: int = 4  # a word of a "More from X" line this long, unknown to the article, names X
    footer_candidates: int = 3  # ... the article being the lines above it but its last few
    weak_words: int = 15  # a link-like line: short, no sentence end
    reading_time_words: int = 6  # a reading time above the lede: at most this many words, one number
    follow_min_items: int = 2  # a follow block: a heading over this many items at least ...
    follow_items: int = 8  # ... and at most this many ...
    follow_item_words: int = 3  # ... each of at most this many words (a topic, a name)
    item_words: int = 3  # a bare topic or name in a follow box under a pitch
    max_edge: int = 40  # blocks inspected from each end
    max_pending: int = 12  # link-like lines held while looking for the heading above them
    link_list: int = 12  # lines a related/more-from heading may take below it
    pitch_words: int = 25  # a sentence sandwiched in a trailing block goes with it
    notice_words: int = 40  # ... and a notice naming the outlet and no one else, up to this long
    background_chars: int = 120  # ... a background paragraph a run's pages share is longer (wide letters twice)
    stem_entry_words: int = 4  # a sister site's name in a bottom-links entry: the stem and a word, or a
    # few where a translation parts a run-on name ("بلاتو إيه آي ستريم", PlatoAiStream)
    concept_words: int = 50  # a pitch or disclaimer known by its concepts (concepts.json): at most this long
    addressed_sentences: int = 2  # a pitch between paragraphs known by speaking to the reader is this short
    attribution_words: int = 7  # ... unless closed by a clause of two words to this many naming none of its concepts
    link_sentence_words: int = 5  # a "More from X." line; a longer whole sentence is the article's
    list_items: int = 4  # short lines under a heading that names the outlet and ends in a colon
    follow_words: int = 25  # a follow-us line naming two social platforms is at most this long
    credit_words: int = 10  # a picture credit naming an image bank is at most this long
    credit_value_words: int = 6  # a "Photo: value" credit names a source, an archive or a person in this many
    signature_words: int = 15  # a line this short with all the tokens of a network signature is its line
    stem_words: int = 8  # on the network's own pages, an edge line this short naming "Plato" is its brand
    reworded_words: int = 10  # a line this long worded nearly like a template line is one ...
    reworded_share: float = 0.6  # ... when this share of their words (Jaccard) is common
    sandwich_words: int = 6  # a short unknown line between two trailing hits
    value_words: int = 6  # a label's value line
    keyword_items: int = 6  # a tag run: at least this many separated items ...
    keyword_item_words: int = 4  # ... of at most this many words each
    labelled_items: int = 3  # a label over this many short items is a list of tags, topics or channels
    keyword_chunks: int = 12  # an unseparated tag run on a republished page: this many words
    ending_lines: int = 3  # trailing lines ending in the same words: a list of links, not prose ...
    ending_words: int = 2  # ... sharing their last this many words (no digits among them) ...
    ending_line_words: int = 30  # ... each at most this long
    terse_sentence_words: int = 5  # (two such lines suffice when each is three sentences of this many words)
    head_blocks: int = 3  # the head of a page: its first half, and at least this many blocks
    topic_mentions: int = 2  # a pitch phrase the rest of the page uses this often is the article's subject
    section_labels: int = 3  # this many different labels on "Label: line" lines of a page head its sections
    label_list_items: int = 3  # a run of this many "Label: value" lines is a list, not links
    headline_words: int = 5  # an unknown "Label: value" line whose value is this long is a link ...
    cased_headline_words: int = 4  # ... or this long, written in sentence case (a name capitalises)
    link_value_words: int = 14  # the longest headline a "Label: headline" line holds ...
    cased_link_value_words: int = 18  # ... or, in sentence case, this long (a caption names things in capitals)
    link_shared: float = 0.5  # ... which shares at most this share of its words with the article (else a section head)
    syllable_letters: int = 3  # letters (with their marks) that make a telling word in Thai, Lao, Khmer, Myanmar
    title_word_letters: int = 4  # words of the title this long tell a lede from a note above it ...
    stem_letters: int = 5  # ... compared by this many first letters (an inflected word is the same word)
    title_words_min: int = 3  # ... when the title has this many ...
    off_title_share: float = 0.2  # ... the note sharing at most this share of its words with the title (its beat) ...
    lede_title_share: float = 0.2  # ... and the lede under it at least this share ...
    title_in_lede: float = 0.4  # ... or holding at least this share of the title's words
    list_heading_words: int = 4  # "Most read" over a list of other stories' headlines: at most this long ...
    announce_words: int = 8  # a sentence of the article ending on a colon, over its own list: at least this long
    headline_shared: float = 0.34  # ... each headline sharing at most this share of its words with the article
    link_paragraphs_below: int = 2  # ... and a shorter one only with this many paragraphs below
    paragraph_words: int = 15  # ... each a whole sentence this long
    unspaced_name_letters: int = 5  # a person's name written without spaces ("佐藤美咲", "王小明")
    byline_words: int = 6  # a recurring line this short that names a person is a byline, no template
    byline_name_words: int = 3  # ... or a line of this many capitalised words alone: the name
    # a recurring line quoting this many characters quotes someone: the article's (two articles of
    # one story quote alike)
    spoken_chars: int = 40
    foreign_body: int = 3  # article blocks above a foreign tail, at least
    foreign_words: int = 4  # uncapitalised words a line needs to be judged by its language; others go with the run
    foreign_body_share: float = 0.5  # ... judged only when the model gives the article's start its language this surely
    foreign_share: float = 0.01  # the model's probability of the article's language, below which a line is foreign


@dataclass(frozen=True)
class TemplateSettings:
    """Lines a site repeats across pages (``strip/templates.py``)."""

    max_words: int = 80  # longer blocks are article text, never template (a standing disclaimer fits)
    min_articles: int = 3  # a line must recur on at least this many different articles
    min_share: float = 0.5  # ... and on at least this share of the group's articles
    # a sentence-long line (slot_words or more) on min_articles articles but under min_share of them
    # (a site's appeal on three of a folder's seven pages) is a weaker template: taken only where
    # it also speaks as the outlet or to the reader
    long_share: float = 0.3
    # ... and so is one on this many articles of a small group (long_share of it: six pages at most):
    # two articles of one story share a quote or a background paragraph, told in the third person;
    # two pages of a site its appeal, in the outlet's own voice
    weak_articles: int = 2
    edge: int = 16  # only blocks this close to either end are counted (a standing footer with its newsletter list fits)
    # a line of this many words or more is a template by its own recurrence even when another
    # line starts like it (a disclaimer reworded on one page); shorter ones are slots (bylines)
    slot_words: int = 10
    label_words: int = 4  # a label the markup set apart as chrome ("Opinie (48)") counts as a line of the page


@dataclass(frozen=True)
class DedupSettings:
    threshold: float = 0.5  # estimated Jaccard at or above which two bodies are one article


@dataclass(frozen=True)
class Settings:
    echo: EchoSettings = field(default_factory=EchoSettings)
    spam: SpamSettings = field(default_factory=SpamSettings)
    edges: EdgeSettings = field(default_factory=EdgeSettings)
    templates: TemplateSettings = field(default_factory=TemplateSettings)
    dedup: DedupSettings = field(default_factory=DedupSettings)

    def with_value(self, dotted: str, value: str) -> Settings:
        """A copy with ``group.name`` set from its text form (``"edges.phrase_words", "30"``)."""
        group_name, _, name = dotted.partition(".")
        group = getattr(self, group_name, None)
        if group is None or not dataclasses.is_dataclass(group) or not hasattr(group, name):
            raise ValueError(f"unknown setting {dotted!r}; known: {', '.join(self.names())}")
        current: Any = getattr(group, name)
        typed = type(current)(value)
        return dataclasses.replace(self, **{group_name: dataclasses.replace(group, **{name: typed})})

    def names(self) -> list[str]:
        return [f"{g.name}.{f.name}" for g in dataclasses.fields(self)
                for f in dataclasses.fields(getattr(self, g.name))]


DEFAULT = Settings()
