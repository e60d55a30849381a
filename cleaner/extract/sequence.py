"""trafilatura's ``bare_extraction`` for the options :mod:`cleaner.extract` passes, cheaper.

It runs trafilatura's own steps in its order, with these differences, none of which changes
the body it returns:

* the raw-tree prunes (``RAW_TREE_PRUNE_XPATH``, ``REMOVE_COMMENTS_AND_LISTS_XPATH``),
  ``html2txt``'s cleaning (``BASIC_CLEAN_XPATH``) and, inside ``main_extractor`` for the
  length of the call (:func:`_finders`), the costly ``BODY_XPATH``, ``OVERALL_DISCARD_XPATH``,
  ``TEASER_DISCARD_XPATH`` and ``DISCARD_IMAGE_ELEMENTS`` select their elements with the
  finders below instead of XPaths: libxml2 builds a node-set for every step and test of
  every element, and lxml answers the EXSLT regular expressions by calling back into Python
  for each element and attribute tested (three to five times the instructions). The finders
  test the same attributes of the same elements and return the same elements in the same
  order (``@a|@b`` read as XPath reads it: the one first in the element);
* in fast mode the cleaned tree is not copied for the external extractors, which do not run;
* the text of the body is only made when the caller asks for it (the fallback's is not used).

When the installed trafilatura is not the code this was written for (``_WRITTEN_FOR``: a
hash of the functions mirrored and of the expressions replaced), :func:`usable` is false and
the caller runs ``bare_extraction`` itself.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from copy import copy
from functools import lru_cache
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from .cleanup import MOST_OF_ARTICLE, _paragraph_weight
from .mirror import mirrors

# the options cleaner.extract runs trafilatura with (see TRAFILATURA_OPTIONS there)
OPTIONS: dict[str, Any] = {
    "output_format": "python",
    "precision": False,
    "recall": False,
    "comments": False,
    "tables": True,
    "formatting": False,
    "links": False,
    "images": False,
    "dedup": False,
}


def extraction(
    tree: HtmlElement, url: str | None, *, fast: bool, text: bool = True
) -> tuple[etree._Element, str] | None:
    """trafilatura's body for ``tree`` (not changed) and, when ``text``, its text
    (``Document.body`` and ``Document.text`` of ``bare_extraction``), or None where
    ``bare_extraction`` returns None."""
    from trafilatura.settings import Extractor
    from trafilatura.xml import xmltotxt

    options = Extractor(fast=fast, url=url, **OPTIONS)
    try:
        with _finders():
            postbody, temp_text = _sequence(copy(tree), options, options.url)
        if options.max_tree_size:
            from lxml.etree import strip_tags

            if len(postbody) > options.max_tree_size:
                strip_tags(postbody, "hi")
            if len(postbody) > options.max_tree_size:
                raise ValueError
        if len(temp_text) < options.min_output_size and options.min_output_comm_size > 0:  # no comments
            raise ValueError
    except (TypeError, ValueError):
        return None
    return postbody, xmltotxt(postbody, options.formatting) if text else ""


def _sequence(tree: HtmlElement, options: Any, url: str | None) -> tuple[etree._Element, str]:  # noqa: ANN401
    """``trafilatura_sequence`` with comments off and balanced focus (its comment, forum-salvage
    and precision branches cannot run then)."""
    from trafilatura import core
    from trafilatura.baseline import baseline
    from trafilatura.external import compare_extraction, justext_rescue
    from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
    from trafilatura.main_extractor import extract_content

    is_forum = core._forum_thread_page(tree)
    tree = prune_unwanted_nodes(tree, [_infinite_scroll, _share_buttons])
    if not is_forum:
        tree = prune_unwanted_nodes(tree, [_comments_unless_article])
    cleaned_tree = tree_cleaning(copy(tree), options)
    cleaned_tree_backup = None if options.fast else copy(cleaned_tree)
    cleaned_tree = convert_tags(cleaned_tree, options, url)

    postbody, temp_text = extract_content(cleaned_tree, options)
    if not options.fast:
        postbody, temp_text = compare_extraction(cleaned_tree_backup, copy(tree), postbody, temp_text, options)

    if len(temp_text) < options.min_extracted_size:
        b_body, b_text, b_len = baseline(tree)
        if b_len > len(temp_text):
            postbody, temp_text = b_body, b_text

    if 0 < len(temp_text) < core.ESCALATION_MAX_LENGTH and len(temp_text) < core.ESCALATION_PAGE_SHARE * len(
        _html2txt(tree)
    ):
        r_options = copy(options)
        r_options.focus = "recall"
        esc_tree = tree
        r_text = ""
        with suppress(Exception):  # as trafilatura: a failed retry is no candidate
            r_body, r_text = core._recall_retry(esc_tree, r_options, url)
        j_text = ""
        if not options.fast:
            with suppress(Exception):
                j_body, j_text = justext_rescue(copy(esc_tree), options)
        len_text, r_len, j_len = len(temp_text), len(r_text), len(j_text)
        if j_len > r_len and j_len > core.ESCALATION_JUSTEXT_RATIO * len_text:
            postbody, temp_text = j_body, j_text
        elif r_len >= options.min_extracted_size and r_len > core.ESCALATION_ACCEPT_RATIO * len_text:
            postbody, temp_text = r_body, r_text
    return postbody, temp_text


def _html2txt(tree: HtmlElement) -> str:
    """``trafilatura.baseline.html2txt`` of a parsed page, its cleaning done by :func:`_basic_clean`."""
    from trafilatura.baseline import _spaced_text
    from trafilatura.xml import delete_element

    tree = copy(tree)
    body = tree.find(".//body")
    if body is None:
        body = tree
    for elem in _basic_clean(body):
        delete_element(elem)
    return _spaced_text(body)


_WRITTEN_FOR = "3519a5230f0caba04b1032825c2d2330a321676a"  # trafilatura 2.3.1


@lru_cache(maxsize=1)
def usable() -> bool:
    """Whether the installed trafilatura is the one mirrored here."""
    from trafilatura import core, main_extractor, settings, xpaths

    baseline = importlib.import_module("trafilatura.baseline")  # the package's name is its function
    if any(getattr(main_extractor, name) is not getattr(xpaths, name) for name in _SWAPPED):
        return False
    lists = [xpaths.RAW_TREE_PRUNE_XPATH, xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH]
    lists += [getattr(xpaths, name) for name in _SWAPPED]
    functions = (core.bare_extraction, core.trafilatura_sequence, core._prepare_tree, core._extract_and_compare,
                 core._recall_retry, baseline.html2txt, baseline.basic_cleaning, settings.Extractor.__init__)
    return mirrors(_WRITTEN_FOR, *functions, *(x.path for xs in lists for x in xs),
                   settings.BASIC_CLEAN_XPATH.path, baseline.BASIC_CLEAN_XPATH.path)


# trafilatura.main_extractor's expressions that _finders replaces
_SWAPPED = ("BODY_XPATH", "OVERALL_DISCARD_XPATH", "TEASER_DISCARD_XPATH", "DISCARD_IMAGE_ELEMENTS")


@contextmanager
def _finders() -> Iterator[None]:
    """``trafilatura.main_extractor`` selects with the finders below while the block runs:
    its module names for the XPath lists are bound to lists of the finders (XPaths that
    cost little are kept) and bound back to trafilatura's lists after. trafilatura's
    lists themselves are not changed."""
    from trafilatura import main_extractor, xpaths

    body = xpaths.BODY_XPATH
    replaced = {
        "BODY_XPATH": [_article_content, body[1], _story, _main_content, body[4]],
        "OVERALL_DISCARD_XPATH": [_discarded, _hidden],
        "TEASER_DISCARD_XPATH": [_teasers],
        "DISCARD_IMAGE_ELEMENTS": [_captions],
    }
    for name, finders in replaced.items():
        setattr(main_extractor, name, finders)
    try:
        yield
    finally:
        for name in replaced:
            setattr(main_extractor, name, getattr(xpaths, name))


# RAW_TREE_PRUNE_XPATH[0]
_SCROLL = re.compile("mvp-post-add-(?:box|wrap)|infinite-?scroll")
_APPENDED = re.compile("mvp-post-add-(?:box|wrap)")
# REMOVE_COMMENTS_AND_LISTS_XPATH (trafilatura's _COMMENTS_ID and _COMMENTS_CLASS)
_COMMENTS_ID = re.compile("^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_COMMENTS_LIST_ID = re.compile("^(?:[Cc]omment(?!ary)|comol)")
_COMMENTS_CLASS = re.compile("^[Cc]omment(?!ary)|(?:article|post)-comments")
# BASIC_CLEAN_XPATH (trafilatura.settings._COOKIE_CONSENT_RE, tested case-insensitively)
_COOKIE = re.compile(
    "cookie[-_]?(?:banner|bar|consent|law|notice|policy|description)|notice[-_]{0,2}cookie"
    "|consent[-_]?(?:banner|manager|sdk)|borlabs|cookiebot|cmplz|onetrust|moove[-_]?gdpr",
    re.IGNORECASE,
)
# every match of _COOKIE in an ASCII string, lower-cased, holds one of these
_COOKIE_WORDS = ("cookie", "consent", "borlabs", "cmplz", "onetrust", "gdpr")
_CLASS_ID = ("class", "id")
_BASIC_TAGS = frozenset(("aside", "fencedframe", "footer", "script", "style", "svg", "template"))


def _infinite_scroll(tree: etree._Element) -> list[etree._Element]:
    """``.//*[self::div or self::section or self::aside][re:test(@id, SCROLL) or re:test(@class, SCROLL)]
    [not(.//h1) or re:test(@id, APPENDED) or re:test(@class, APPENDED)]``"""
    found = []
    for el in tree.iterdescendants("div", "section", "aside"):
        get = el.get
        ident, cls = get("id") or "", get("class") or ""
        if (_SCROLL.search(ident) or _SCROLL.search(cls)) and (
            next(el.iterdescendants("h1"), None) is None or _APPENDED.search(ident) or _APPENDED.search(cls)
        ):
            found.append(el)
    return found


def _share_buttons(tree: etree._Element) -> list[etree._Element]:
    """``.//*[self::div or self::section or self::aside][contains(@class, 'elementor-share-buttons')]``"""
    found = tree.iterdescendants("div", "section", "aside")
    return [el for el in found if "elementor-share-buttons" in (el.get("class") or "")]


def _comments_and_lists(tree: etree._Element) -> list[etree._Element]:
    """``.//*[self::div or self::list or self::section or self::details or self::ol or self::ul]
    [re:test(@id, COMMENTS_ID) or re:test(@class, COMMENTS_CLASS)]
    [not(self::ol or self::ul) or re:test(@id, COMMENTS_LIST_ID) or re:test(@class, COMMENTS_CLASS)]``"""
    found = []
    for el in tree.iterdescendants("div", "list", "section", "details", "ol", "ul"):
        get = el.get
        ident, cls = get("id") or "", get("class") or ""
        if not ident and not cls:
            continue
        in_class = _COMMENTS_CLASS.search(cls) is not None
        if (in_class or _COMMENTS_ID.search(ident)) and (
            in_class or el.tag not in ("ol", "ul") or _COMMENTS_LIST_ID.search(ident)
        ):
            found.append(el)
    return found


def _comments_unless_article(tree: etree._Element) -> list[etree._Element]:
    """:func:`_comments_and_lists`, unless what it finds holds most of the page's paragraph text:
    then its class names a live blog's entries or a Q&A's answers ("update-item comment",
    "comment-body"), the article itself, and nothing goes (class tokens are evidence weighed
    against the text they would take, as the cleanup before trafilatura weighs its own rules)."""
    found = _comments_and_lists(tree)
    if not found:
        return found
    known: dict[etree._Element, int] = {}
    total = _paragraph_weight(tree, known)
    taken = set(found)
    outermost = [el for el in found if not any(a in taken for a in el.iterancestors())]
    weight = sum(_paragraph_weight(el, known) for el in outermost)
    return [] if total and weight > MOST_OF_ARTICLE * total else found


def _cookie(value: str | None) -> bool:
    """``re:test(value, COOKIE, 'i')``, the regular expression skipped for an ASCII value
    without any of the words every match holds."""
    if not value:
        return False
    if value.isascii():
        low = value.lower()
        if not any(word in low for word in _COOKIE_WORDS):
            return False
    return _COOKIE.search(value) is not None


def _basic_clean(tree: etree._Element) -> list[etree._Element]:
    """``.//aside|.//div[contains(@class|@id, 'footer')]|.//fencedframe|.//footer|.//script|.//style
    |.//svg|.//template|.//*[re:test(@class, COOKIE, 'i') or re:test(@id, COOKIE, 'i')]``
    (a union: each element once, in document order)."""
    found = []
    for el in tree.iterdescendants(etree.Element):
        tag = el.tag
        if tag in _BASIC_TAGS:
            found.append(el)
            continue
        get = el.get
        cls, ident = get("class"), get("id")
        if cls is None and ident is None:
            continue
        if tag == "div":
            # contains() reads the first of the two attributes in the element's order
            first = ident if cls is None else cls if ident is None else next(v for k, v in el.items() if k in _CLASS_ID)
            if "footer" in first:
                found.append(el)
                continue
        if _cookie(cls) or _cookie(ident):
            found.append(el)
    return found


def _first_of(el: etree._Element, a: str, b: str) -> str:
    """The string XPath makes of ``@a|@b``: the value of whichever comes first in the element."""
    va, vb = el.get(a), el.get(b)
    if va is None or vb is None:
        return (vb if va is None else va) or ""
    return va if el.keys().index(a) < el.keys().index(b) else vb


_ARTICLE_TAGS = ("article", "div", "main", "section")
# BODY_XPATH[0]
_BODY_ID = re.compile("(?:entry|article|art)-content|article__content|article(?:-|__)?body|articleBody|body-text")
_BODY_CLASS = re.compile(
    "post[-_]text|post-body|post-?entry|post[-_]?content|postContent|post_inner_wrapper|article-?text|articleText"
    "|(?:entry|page|text|article|art)-content|article__content|article(?:-|__)?body|articleBody|ArticleContent"
    "|body-text|article__container"
)
# BODY_XPATH[2]
_STORY_ID = re.compile("^primary|story-body")
_FULLTEXT = re.compile("fulltext", re.IGNORECASE)
_STORY_CLASS = re.compile(
    "^article |post-bodycopy|story-?content|(?:theme|blog|section|single)-content|single-post|main-column"
    "|wpb_text_column|story-body|field-body"
)
_STORY_IDS = frozenset(("article", "story"))
_STORY_CLASSES = frozenset(("postarea", "art-postcontent", "text", "cell", "story"))
# BODY_XPATH[3]
_MAIN_ID = re.compile("content-main|content-body|contentBody")
_MAIN_CLASS = re.compile("content[-_]main|content(?:-|__)body")


def _article_content(tree: etree._Element) -> list[etree._Element]:
    """``BODY_XPATH[0]``: ``.//*[self::article or self::div or self::main or self::section][@class='post' or
    @class='entry' or @itemprop='articleBody' or @id='articleContent' or re:test(@id, ID) or
    re:test(@class, CLASS)][1]`` (of each element's children, the first that qualifies)."""
    found = []
    parents = set()
    for el in tree.iterdescendants(*_ARTICLE_TAGS):
        get = el.get
        ident, cls = get("id") or "", get("class") or ""
        if (
            cls in ("post", "entry")
            or get("itemprop") == "articleBody"
            or ident == "articleContent"
            or _BODY_ID.search(ident)
            or _BODY_CLASS.search(cls)
        ):
            parent = el.getparent()
            if parent not in parents:
                parents.add(parent)
                found.append(el)
    return found


def _story(tree: etree._Element) -> list[etree._Element]:
    """``BODY_XPATH[2]``: ``(.//*[self::article or self::div or self::main or self::section][@role='article' or
    @id='article' or @id='story' or @class='postarea' or ... or re:test(@id, '^primary|story-body') or
    re:test(@class, 'fulltext', 'i') or re:test(@class, STORY)])[1]``"""
    for el in tree.iterdescendants(*_ARTICLE_TAGS):
        get = el.get
        ident, cls = get("id") or "", get("class") or ""
        if (
            get("role") == "article"
            or ident in _STORY_IDS
            or cls in _STORY_CLASSES
            or _STORY_ID.search(ident)
            or _FULLTEXT.search(cls)
            or _STORY_CLASS.search(cls)
        ):
            return [el]
    return []


def _main_content(tree: etree._Element) -> list[etree._Element]:
    """``BODY_XPATH[3]``: ``(.//*[self::article or self::div or self::main or self::section][@id='content' or
    @class='content' or re:test(@id, MAIN_ID) or re:test(@class, MAIN_CLASS) or
    contains(translate(@id, 'CM','cm'), 'main-content') or contains(translate(@class, 'CM','cm'), 'main-content')
    or contains(translate(@class, 'CP','cp'), 'page-content')])[1]``"""
    for el in tree.iterdescendants(*_ARTICLE_TAGS):
        get = el.get
        ident, cls = get("id") or "", get("class") or ""
        if not ident and not cls:
            continue
        if (
            ident == "content"
            or cls == "content"
            or _MAIN_ID.search(ident)
            or _MAIN_CLASS.search(cls)
            or "main-content" in ident.replace("C", "c").replace("M", "m")
            or "main-content" in cls.replace("C", "c").replace("M", "m")
            or "page-content" in cls.replace("C", "c").replace("P", "p")
        ):
            return [el]
    return []


_BLOCK_TAGS = ("div", "item", "list", "p", "section", "span")
# OVERALL_DISCARD_XPATH[0]
_DISCARD_ID = re.compile(
    "^shar|social|viral|newsletter|syndication|tags|sidebar|banner|bread-?crumb|button|author|^(?:jp-|dpsp-content)"
    "|bmdh|footer|Footer|share|Share|nav|Nav|menu|related|message-container|premium|^ad-"
)
_DISCARD_CLASS = re.compile(
    "^shar|social|viral|newsletter|syndication|tags|sidebar|banner|bread-?crumb|button|author"
    "|^(?:nav|post-nav|ZendeskForm)|subnav|avigation|navbar|navbox|menu|bar| ad |-ad-|(?:^| )ad-|dfp[Aa]d|outbrain"
    "|taboola|criteo|paid-?content|widget|footer|Footer|byline|Byline|share-|sociable|embedded|embed|tag-list|consent"
    "|modal-content|permission|elated|next-|-stories|most-popular|more-on|meta|rating|attachment|timestamp|user-info"
    "|user-profile|-icon|article-infos|message-container|slide|viewport|overlay|options|expand|obfuscated|blurred"
    "|mol-factbox|yin|zlylin|nfoline"
)
# OVERALL_DISCARD_XPATH[1]
_HIDE_ID = re.compile("reader-comments|akismet")
_HIDE_CLASS = re.compile(
    "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print| hidden| hide|noprint"
    "|notloaded"
)


def discarded_by_name(ident: str | None, cls: str | None) -> bool:
    """Whether trafilatura's ``OVERALL_DISCARD_XPATH[0]`` takes a block by its id or class alone."""
    return bool(ident and (_DISCARD_ID.search(ident) or "cookie" in ident)
                or cls and (_DISCARD_CLASS.search(cls) or "cookie" in cls))


def _discarded(tree: etree._Element) -> list[etree._Element]:
    """``OVERALL_DISCARD_XPATH[0]``: ``.//*[self::div or self::item or self::list or self::p or self::section or
    self::span][@data-lp-replacement-content or contains(translate(@role, 'N', 'n'), 'nav') or
    contains(@data-component, 'MostPopularStories') or re:test(@id|@class, 'cookie') or re:test(@id, ID)
    or re:test(@class, CLASS)]``"""
    found = []
    for el in tree.iterdescendants(*_BLOCK_TAGS):
        get = el.get
        ident, cls = get("id"), get("class")
        if (
            get("data-lp-replacement-content") is not None
            or "nav" in (get("role") or "").replace("N", "n")
            or "MostPopularStories" in (get("data-component") or "")
            or (ident is not None or cls is not None) and "cookie" in _first_of(el, "id", "class")
            or ident and _DISCARD_ID.search(ident)
            or cls and _DISCARD_CLASS.search(cls)
        ):
            found.append(el)
    return found


def _hidden(tree: etree._Element) -> list[etree._Element]:
    """``OVERALL_DISCARD_XPATH[1]``: ``.//*[@class='comments-title' or starts-with(@id|@class, 'reply-') or
    re:test(@id|@style, 'hidden') or contains(@style, 'display:none') or contains(@style, 'display: none') or
    re:test(@id, 'reader-comments|akismet') or re:test(@class, HIDE) or @aria-hidden='true']``"""
    found = []
    for el in tree.iterdescendants(etree.Element):
        get = el.get
        ident, cls, style = get("id"), get("class"), get("style")
        if ident is None and cls is None and style is None:
            if get("aria-hidden") == "true":
                found.append(el)
            continue
        if (
            cls == "comments-title"
            or (ident is not None or cls is not None) and _first_of(el, "id", "class").startswith("reply-")
            or (ident is not None or style is not None) and "hidden" in _first_of(el, "id", "style")
            or style and ("display:none" in style or "display: none" in style)
            or ident and _HIDE_ID.search(ident)
            or cls and _HIDE_CLASS.search(cls)
            or get("aria-hidden") == "true"
        ):
            found.append(el)
    return found


def _teasers(tree: etree._Element) -> list[etree._Element]:
    """``TEASER_DISCARD_XPATH[0]``: ``.//*[self::div or ... or self::span][contains(translate(@id, 'T', 't'),
    'teaser') or contains(translate(@class, 'T', 't'), 'teaser')]``"""
    found = []
    for el in tree.iterdescendants(*_BLOCK_TAGS):
        get = el.get
        ident, cls = get("id"), get("class")
        if (ident and "teaser" in ident.replace("T", "t")) or (cls and "teaser" in cls.replace("T", "t")):
            found.append(el)
    return found


def _captions(tree: etree._Element) -> list[etree._Element]:
    """``DISCARD_IMAGE_ELEMENTS[0]``: ``.//*[self::div or ... or self::span][contains(@id, 'caption') or
    contains(@class, 'caption')]``"""
    found = []
    for el in tree.iterdescendants(*_BLOCK_TAGS):
        get = el.get
        ident, cls = get("id"), get("class")
        if (ident and "caption" in ident) or (cls and "caption" in cls):
            found.append(el)
    return found
