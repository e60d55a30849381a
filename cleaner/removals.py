"""The registry of removal rules: every name a ``Removal`` may carry, with what it removes.

One place, so that a step cannot invent a rule name the README does not explain (``Removal``
checks its rule against this registry) and the README's rule table can be checked against the
code (``tests/test_registry.py``). Three families are open-ended and named by their data:
``phrase:<family>`` (a phrase family of ``strip/rules/phrases.json``), ``concepts:<family>`` (the
same family known by the concepts of ``strip/rules/concepts.json``) and ``dom-<group>`` (a
container group of ``extract/rules.json``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    step: str  # the pipeline step that applies it
    what: str  # one line for the README's table
    network: bool = False  # a hit is evidence that the page was republished by the network


RULES: dict[str, Rule] = {}


def _rule(name: str, step: str, what: str, *, network: bool = False) -> str:
    RULES[name] = Rule(name, step, what, network)
    return name


# extract (HTML)
HTML_LIMIT = _rule("html-limit", "extract", "a parse limit cut the page (size, depth, element count)")
PLATO_BOTTOM_LINKS = _rule("plato-bottom-links", "extract", "the network's `ul.plato-post-bottom-links` block",
                           network=True)
DOM_HIDDEN = _rule("dom-hidden", "extract", "a hidden element without paragraphs")
DOM_LINK_PARAGRAPH = _rule("dom-link-paragraph", "extract",
                           "a short paragraph that is nothing but a link, or a link to a place on the page "
                           "standing alone")
DOM_LINK_LIST = _rule("dom-link-list", "extract", "a list of three or more bare links before the body ends")
DOM_SECTION_LABEL = _rule("dom-section-label", "extract",
                          "short lines at the head of the article, above its first paragraph, one of them an entry of "
                          "the site's menu: the section's label (\"Felietony\" over \"Co tydzień w piątek\")")
DOM_DATA_WIDGET = _rule("dom-data-widget", "extract",
                        "inside the article, a box of the site's data: a heading, rows of figures (departures, "
                        "traffic, offers and their prices) and a stamp of when they were read")
DOM_SITE_CONTACT = _rule("dom-site-contact", "extract", "a short box giving an e-mail address at the page's own "
                         "domain: the site asking for tips, letters or reports, between the paragraphs or under them")
DOM_SITE_NOTICE = _rule("dom-site-notice", "extract",
                        "a short box under its own heading in which the site speaks of itself and its standards "
                        "(a legal notice on court reporting), between the paragraphs or under them")
DOM_CALL_BOX = _rule("dom-call-box", "extract",
                     "a short box under its own heading that ends on a call to act, a few words and no "
                     "sentence (\"Reserva tu plaza\", \"Saiba mais\"), between the paragraphs")
DOM_HEADLINES_BOX = _rule("dom-headlines-box", "extract",
                          "a box under the story's last paragraph holding a heading and one list of other "
                          "stories' headlines whose links are gone")
DOM_EMBED = _rule("dom-embed", "extract", "a figure between the article's paragraphs that frames an embed (a map, "
                  "a radar, a player) and no picture: its caption and links speak of the widget")
DOM_PREFIX = "dom-"  # dom-<group>: a container group of extract/rules.json
# extract (text dumps)
DUMP_HEADER = _rule("dump-header", "extract", "scraper header lines on top of a text dump (become metadata)")
UNDECODABLE = _rule("undecodable", "extract", "a block holding nothing but bytes its charset could not decode")
PAGE_CONTROL = _rule("page-control", "extract",
                     "a line of a Markdown page ending in a button (a link to '#'): a cookie banner, a dialog")
# captions
CAPTION_SPAM = _rule("caption-spam", "captions", "a figure caption of the page that names the network's brand",
                     network=True)
CAPTION_CREDIT = _rule("caption-credit", "captions", "a figure caption of the page that only credits the picture")
# title
TITLE_BLOCK = _rule("title-block", "title", "a first block that only repeats the title")
HEAD_CHROME = _rule("head-chrome", "title", "on an HTML page, a short line above the body's own headline "
                    "(a site name, a button's label) that extraction picked up; in a dump copied from a whole "
                    "page, the lines between its title and the headline again (a toolbar, a menu)")
PAGE_CHROME = _rule("page-chrome", "extract", "in the plain text of a whole page (a WET record), a line above "
                    "the headline, a short one under it (byline, date), or one below the article's last "
                    "paragraph: the site's menu, notices and footer")
PAGE_CAPTION = _rule("page-caption", "edges", "in the plain text of a whole page, a picture's caption: its "
                     "credit alone ('Foto di ...', 'Photo: ...') or a line of description ending in one")
PAGE_ECHO = _rule("page-echo", "finalize", "in the plain text of a whole page, a line that says again what "
                  "another block says: a pull quote, an entry of the table of contents above its section")
PAGE_COMMENTS = _rule("page-comments", "edges", "in the plain text of a whole page, the readers' comments under the "
                      "comment section's counter or prompt")
TITLE_ECHO = _rule("title-echo", "title", "a leading line or block repeating the title with another tail")
SITE_TAIL = _rule("site-tail", "site-tail", "a title tail that many titles of the run share (the site's suffix)")
TITLE_SPAM = _rule("title-spam", "finalize", "network spam left on a declared title")
REPEATED_BLOCK = _rule("repeated-block", "finalize",
                       "a block saved twice in a row (a scraper's lazy-load or scroll artifact): the copy")
TITLE_OUTLET = _rule("title-outlet", "finalize", "the outlet the page names elsewhere, left on its title")
# learned spam and brands
LEARNED_SPAM = _rule("learned-spam", "learned-spam", "the page's own spam phrase on captions or paragraph ends")
NETWORK_BRAND = _rule("network-brand", "network-brand", "short lines naming a network brand or domain")
# edges
KEYWORD_RUN = _rule("keyword-run", "edges", "tag lists flattened into a line")
SOURCE_LINK = _rule("source-link", "edges", "a URL alone or behind a short label")
SITE_TEMPLATE = _rule("site-template", "edges", "a line this site repeats on many different articles")
COPY_FURNITURE = _rule("copy-furniture", "copies", "on one of a story's copies in the run (an outlet's own, a "
                        "partner's, a network's), a short line at its ends that no other site's copy carries")
TITLE_REFERENCE = _rule("title-reference", "edges", "a trailing line built around the title")
OUTLET_LINK = _rule("outlet-link", "edges", "a short trailing line naming the outlet")
SITE_COPYRIGHT = _rule("site-copyright", "edges",
                       "a copyright line naming the site that published the page (its declared name or its host)")
SITE_FOOTER = _rule("site-footer", "edges",
                    "at a page's end, short lines under the site's own copyright line: its footer's links")
DATA_RAIL = _rule("data-rail", "edges", "a run of figure rows above the story's first sentence (market quotes, "
                   "other matches' scores, other towns' weather): a widget, the story's own rows follow its text")
FIGURE_GRID = _rule("figure-grid", "edges", "under the story, a heading over rows of several figures each, their "
                    "parts set apart by a row mark: a timetable widget (the week's prayer times)")
RATING = _rule("rating", "edges", "a readers' rating widget: stars, the score and how many rated it")
POLL = _rule("poll", "edges", "a readers' poll: a question under a short label (or over a count of votes), then two to "
             "five short answers to pick")
BUTTON = _rule("button", "edges", "a short line that ends in a forward arrow, no sentence before it: a link's button "
               "(\"299 kr hos Spelbutiken →\", \"Узнать цену →\")")
LABEL = _rule("label", "edges", "a bare trailing label whose value was lost")
LABEL_VALUE = _rule("label-value", "edges", "the value line under a label")
OTHER_HEADLINE = _rule("other-headline", "other-headlines", "a line giving the headline of another page of the "
                        "site in the run (a link to that story: \"Also read: <headline>\"), with its label")
RELATED_LINKS = _rule("related-links", "edges", "link-like lines listed under a related/more-from heading")
TRAILING_BLOCK = _rule("trailing-block", "edges", "short lines or one pitch sentence inside a trailing block")
FOREIGN_TAIL = _rule("foreign-tail", "edges",
                     "on a republished page, the lines that end it in another language than the article")
IMAGE_CREDIT = _rule("image-credit", "edges",
                     "on a republished page, a short line naming an image bank (a picture credit), wherever it stands")
FOLLOW_LINE = _rule("follow-line", "edges",
                    "on a republished page, a short edge line naming two or more social platforms; on a page, "
                    "the site's handle or number on a platform offered to the reader")
OUTLET_DATA_LINE = _rule("outlet-data-line", "edges", "on a republished page, the outlet's data strip copied with "
                         "the story: a labelled line of readings (the day's weather, the tides) and a sentence "
                         "sending the reader to the outlet's own page for more")
STATION_PLUG = _rule("station-plug", "edges", "on a page's whole text or a copy, a radio station's plug for one of its "
                     "programmes: its frequency with the programme's hour or title, set apart as no sentence is")
SITE_ADDRESS = _rule("site-address", "edges", "on a site's own page, a short line between paragraphs that gives the "
                     "site's own e-mail address or link with a few words: its call for readers' news or letters")
EMBED = _rule("embed", "edges", "a social post embedded in the page: its credit line, a handle in brackets "
              "(\"A post shared by X (@x)\"), and the embed's prompt naming the platform "
              "(\"View this post on Instagram\")")
ABOUT_BOX = _rule("about-box", "edges", "a press release's closing box: a heading naming a company the release "
                  "names ('About Holloway Foods', 'Navbahor Agro haqida') over the company's standing paragraph")
OUTLET_PITCH = _rule("outlet-pitch", "edges", "a sentence naming the outlet, right above a trailing block")
OUTLET_FOOTER = _rule("outlet-footer", "edges", "on a republished page, the outlet's closing block under the story: a "
                      "heading naming the outlet over a few footer-length lines down to the trailing block, half of "
                      "them its list's entries or lines naming it")
READING_TIME = _rule("reading-time", "edges", "on a republished page or a page's whole text, a reading time "
                     "above the lede, however worded: a few words, one small number and a word for minutes")
FOLLOW_BLOCK = _rule("follow-block", "edges", "on a republished page, a short heading over a few topics or "
                     "names to follow, ending the article above its trailing block")
TIMESTAMP = _rule("timestamp", "edges", "above the lede, a line saying when the page was posted or updated: a clock "
                  "time or a full date and a label or two (not one of a timetable's rows)")
FEEDBACK_PROMPT = _rule("feedback-prompt", "edges", "a page's question whether it helped, with its answer buttons "
                          "on the line (\"Was this page helpful? Yes No\")")
GALLERY_COUNT = _rule("gallery-count", "edges", "a gallery's count of its pictures on a line of its own "
                      "(\"Galerija (12 fotografija)\"): the gallery's button, its pictures gone with the markup")
CLICK_PROMPT = _rule("click-prompt", "edges", "a short line asking the reader to click or tap, no one quoted: the "
                     "label of a link whose address the page's text lost (\"Click here to see the results\")")
KEY_PROMPT = _rule("key-prompt", "edges", "a short line telling the reader which keys to press (a typo report: "
                   '"select it and press Ctrl+Enter"), on a page that speaks of no such keys')
DATA_TICKER = _rule("data-ticker", "edges", "a widget's row of figures on one line, closed by the time they were "
                    'read ("... · oilseed rape £392/t ▲5 · last updated 09:15")')
SHARED_ENDING = _rule("shared-ending", "edges", 'trailing short lines that end in the same words ("... Access Here.")')
FOREIGN_SCRIPT = _rule("foreign-script", "edges", "on republished pages, a short edge line in another script")
INLINE_LINK = _rule("inline-link", "edges", 'a "Label: headline" line with no sentence in it')
PHRASE_PREFIX = "phrase:"  # phrase:<family>: a phrase family of strip/rules/phrases.json
# concepts:<family>: a line that speaks of what a family's sentence speaks of (strip/rules/concepts.json)
CONCEPT_PREFIX = "concepts:"

PATTERNS = (PHRASE_PREFIX, CONCEPT_PREFIX, DOM_PREFIX)


def phrase(family: str) -> str:
    return PHRASE_PREFIX + family


def concept(family: str) -> str:
    return CONCEPT_PREFIX + family


def family_of(rule: str) -> str | None:
    """The phrase family a ``phrase:`` or ``concepts:`` rule stands for; None for other rules."""
    for prefix in (PHRASE_PREFIX, CONCEPT_PREFIX):
        if rule.startswith(prefix):
            return rule[len(prefix):]
    return None


def dom(group: str) -> str:
    return DOM_PREFIX + group


def is_rule(name: str) -> bool:
    """Whether ``name`` is a registered rule or one of the open families."""
    if name in RULES:
        return True
    return any(name.startswith(p) and len(name) > len(p) for p in PATTERNS)


def is_network(name: str) -> bool:
    rule = RULES.get(name)
    return rule is not None and rule.network


def documented_names() -> set[str]:
    """The names as the README's rule table writes them."""
    return set(RULES) | {PHRASE_PREFIX + "<family>", CONCEPT_PREFIX + "<family>", DOM_PREFIX + "<group>"}
