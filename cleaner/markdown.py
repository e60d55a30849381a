"""Markdown dumps to HTML, so that the page's article is extracted as a page's is.

Tools that fetch pages for language-model corpora (Jina Reader, Firecrawl, html2text, pandoc)
save the whole page as Markdown: the site's navigation, link lists and footer around the
article, its links as ``[text](url)``, its pictures as ``![alt](url)``. Read as plain lines,
the syntax stays in the text and the chrome looks like article lines. Rendered to HTML
(markdown-it-py, CommonMark and tables), the page has its structure back: lists of links are
link lists, headings are headings, and the HTML extraction weighs them as on any page.

Jina Reader puts a header on top (``Title:``, ``URL Source:``, ``Published Time:``, then
``Markdown Content:``): those are the record's metadata, not its text.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from functools import lru_cache
from typing import Any

_HEADER = re.compile(r"^(Title|URL Source|Published Time|Warning|Markdown Content)\s*:[ \t]*(.*)$")
_HEADER_FIELDS = {"Title": "title", "URL Source": "url", "Published Time": "published"}
HEADER_LINES = 12  # a reader's header stands in the first lines
_LINK = re.compile(r"!?\[[^\]\n]{0,300}\]\((?:https?://|/|#|mailto:)[^)\s]{0,2000}(?:\s+\"[^\"\n]{0,300}\")?\)")
_SETEXT = re.compile(r"^[ \t]{0,3}(?:=+|-{3,})[ \t]*$", re.MULTILINE)
_BULLET = re.compile(r"^[ \t]{0,3}[*+-][ \t]+\S", re.MULTILINE)
MARKDOWN_NAMES = (".md", ".markdown", ".mdown", ".mkd")
LINKS_FOR_MARKDOWN = 3  # links or pictures in Markdown syntax that make a text dump Markdown


def split_header(text: str) -> tuple[dict[str, str], str]:
    """A Jina Reader header's or a front matter block's fields and the Markdown under it; no fields
    and the text whole when the text has neither (a ``Markdown Content:`` line ends the header)."""
    if text.startswith(_FENCE_OPENINGS):
        return split_front_matter(text)
    lines = text.split("\n")
    fields: dict[str, str] = {}
    for number, line in enumerate(lines[:HEADER_LINES]):
        if not line.strip():
            continue
        match = _HEADER.match(line.strip())
        if match is None:
            return {}, text
        name, value = match.group(1), match.group(2).strip()
        if name == "Markdown Content":
            return fields, "\n".join(lines[number + 1:])
        if name in _HEADER_FIELDS and value:
            fields[_HEADER_FIELDS[name]] = value
    return {}, text


_FENCE_OPENINGS = ("---\n", "---\r\n", "\ufeff---\n", "\ufeff---\r\n")
_FENCE_END = re.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", re.MULTILINE)
FRONT_MATTER_CHARS = 20_000  # a page's fields, not a document: a longer block is no front matter
#: the fields a static-site generator's, a web clipper's or a scraper's front matter names them by
_FRONT_MATTER_FIELDS = {
    "title": ("title", "headline"),
    "url": ("url", "source_url", "sourceurl", "canonical_url", "canonical", "permalink", "link", "original_url",
            "source", "href"),
    "published": ("date", "published", "published_at", "publishdate", "pubdate", "created", "datepublished"),
    "author": ("author", "authors", "byline", "creator"),
    "lang": ("lang", "language", "locale"),
    "site_name": ("site", "site_name", "sitename", "publisher", "outlet"),
}


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """The fields of a YAML front matter block (``---`` lines around ``title: ...``, ``url: ...``:
    Hugo's, Jekyll's, a web clipper's) and the Markdown under it. A block that is no YAML mapping,
    or none closed near the top (a thematic break opening a page), leaves the text whole."""
    start = text.index("\n") + 1
    end = _FENCE_END.search(text, start, start + FRONT_MATTER_CHARS)
    if end is None:
        return {}, text
    import yaml  # (PyYAML: front matter's own format, quotes, lists and dates included)

    try:
        data = yaml.safe_load(text[start : end.start()])
    except (yaml.YAMLError, ValueError, RecursionError):
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    named = {str(key).strip().lower().replace("-", "_"): value for key, value in data.items()}
    fields: dict[str, str] = {}
    for field, names in _FRONT_MATTER_FIELDS.items():
        for name in names:
            value = _front_value(named.get(name))
            if value and (field != "url" or _ADDRESS.match(value)):  # (a clipper's "source" is the address)
                fields[field] = value
                break
    rest = text[end.end():]
    return fields, rest[1:] if rest.startswith("\n") else rest


_ADDRESS = re.compile(r"(?:https?:)?//\S+$|www\.\S+$", re.IGNORECASE)
FRONT_LIST_ITEMS = 20


def _front_value(value: Any, nested: bool = False) -> str | None:  # noqa: ANN401
    """A field's value as text: a string, a date, a number, or a list's names joined (one level: a
    list of lists is no field's value, and aliases nested in each other would multiply the walk)."""
    if isinstance(value, list):
        if nested:
            return None
        names = [_front_value(v, nested=True) for v in value[:FRONT_LIST_ITEMS]]
        return "; ".join(n for n in names if n) or None
    if isinstance(value, dict):
        return _front_value(value.get("name"), nested=True)  # an author or a publisher as {name: ...}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        return text or None
    return None


def from_lynx(text: str) -> tuple[str, str, str | None] | None:
    """A text-mode browser's dump (``lynx -dump``: links marked "[12]" in the text, their addresses
    listed under "References" at the end) as the Markdown of its page, the list it ended on, and its
    first heading (the page's headline); None for any other text. Its layout is its structure: a
    line set further left than the paragraphs is a heading (wrapped lines of one heading joined), an
    indented block a paragraph, "* " an entry of a list; an entry or a paragraph that is one link and
    nothing else becomes that link (a menu's, a skip link), a marker inside a sentence stays."""
    last = text[text.rstrip().rfind("\n") + 1 :].strip()
    if not last or not (last[0].isdigit() or last[0] == "[") or _LYNX_REFERENCE.match(last) is None:
        return None  # (most texts: their last line is no listed address; no need to part them in lines)
    lines = text.split("\n")
    refs: dict[str, str] = {}
    start = None
    bracketed = False  # w3m lists "[12] https://..." under no heading
    for k in range(len(lines) - 1, -1, -1):
        line = lines[k].strip()
        if (m := _LYNX_REFERENCE.match(line)) is not None:
            refs.setdefault(m.group(1) or m.group(2), m.group(3))
            bracketed = bracketed or m.group(2) is not None
        elif line in _LYNX_TRAILERS and len(refs) >= LYNX_REFERENCES:
            start = k
            break
        elif line and bracketed and len(refs) >= LYNX_REFERENCES:
            start = k + 1
            break
        elif line:
            return None
    if start is None:
        return None
    body = "\n".join(lines[:start])
    if sum(m.group(1) in refs for m in _LYNX_GLUED.finditer(body)) < LYNX_REFERENCES:
        return None  # (an article's own list of sources under its citations, "as [1] shows", is no dump's)
    blocks: list[str] = []
    heading: list[str] = []
    paragraph: list[str] = []
    headings: list[str] = []
    indents = Counter(len(line) - len(line.lstrip(" ")) for line in lines[:start]
                      if line.strip() and _LYNX_ITEM.match(line) is None)
    margin = max(indents, key=lambda n: (indents[n], n)) if indents else 0  # (the paragraphs' indentation)

    def flush() -> None:
        if heading:
            headings.append(" ".join(heading))
            blocks.append(("## " if len(headings) > 1 else "# ") + headings[-1])
            heading.clear()
        if paragraph:
            blocks.append(_lynx_link(" ".join(paragraph), refs))
            paragraph.clear()

    for line in lines[:start]:
        if not line.strip():
            flush()
            continue
        if (m := _LYNX_ITEM.match(line)) is not None:
            flush()
            blocks.append("- " + _lynx_link(m.group(1).strip(), refs))
        elif len(line) - len(line.lstrip(" ")) < margin:
            if paragraph:
                flush()
            heading.append(line.strip())
        else:
            if heading:
                flush()
            paragraph.append(line.strip())
    flush()
    if not headings:  # (w3m sets headings at the paragraphs' margin: the first plain block is the headline)
        first = next((k for k, b in enumerate(blocks) if not b.startswith(("- ", "["))), None)
        if first is not None and len(blocks[first].split()) <= HEADLINE_WORDS and blocks[first][-1:] not in ".!?":
            headings.append(blocks[first])
            blocks[first] = "# " + blocks[first]
    trailer = "\n".join(line.strip() for line in lines[start:] if line.strip())
    return "\n\n".join(blocks), trailer, headings[0] if headings else None


_LYNX_REFERENCE = re.compile(r"(?:(\d{1,5})\.|\[(\d{1,5})\])\s+((?:https?|ftp|file|mailto):\S{1,2000})$", re.IGNORECASE)
_LYNX_TRAILERS = frozenset({"References", "Visible links", "Visible links:", "Hidden links:"})
_LYNX_ITEM = re.compile(r"^[ \t]{2,12}[*+o#@\u2022-][ \t]+(\S.*)$")
_LYNX_MARK = re.compile(r"^\[(\d{1,5})\](\S.{0,300})$")
_LYNX_GLUED = re.compile(r"\[(\d{1,5})\](?=[^\s\d.,;:)\]])")  # lynx's mark, glued to its link's first word
LYNX_REFERENCES = 2  # addresses listed under the trailer
HEADLINE_WORDS = 30


def _lynx_link(text: str, refs: dict[str, str]) -> str:
    """An entry or a paragraph that is one marked link and nothing else, as that link."""
    m = _LYNX_MARK.match(text)
    if m is None or "[" in m.group(2) or m.group(1) not in refs:
        return text
    return f"[{m.group(2)}]({refs[m.group(1)]})"


def split_controls(markdown: str) -> tuple[str, list[str]]:
    """The Markdown without the lines that end in a button, and those lines: a link to ``#`` (or
    to a script) is a control of the page, not a link ("We use cookies ... [Accept](#)"), with the
    banner's other links beside it ("[Accept](#) [Settings](https://.../cookies)"); a skip link
    names its target (``#content``) and is left to the extraction."""
    kept: list[str] = []
    controls: list[str] = []
    for line in markdown.split("\n"):
        if _BUTTON.search(line) and len(line.split()) <= CONTROL_WORDS:
            controls.append(line.strip())
        else:
            kept.append(line)
    return "\n".join(kept), controls


# a button (a link to "#" or to a script), and at most the banner's other links beside it ("[Accept](#)
# [Settings](https://.../cookies)", "[Onartu](#) · [Informazio gehiago](...)"), ending the line
_BUTTON = re.compile(r"\[[^\]\n]{1,40}\]\((?:#|javascript:[^)\s]{0,200})\)"
                     r"(?:[ \t\u00b7|\u2022]{0,8}\[[^\]\n]{1,40}\]\([^)\s]{1,300}\)){0,3}[ \t]*$", re.IGNORECASE)
CONTROL_WORDS = 40


def is_markdown(text: str, path: str = "") -> bool:
    """Whether a text dump is Markdown: opened by a reader's header; written with links and
    pictures in Markdown's syntax (three or more, inline or by reference as html2text writes them),
    or with headings underlined over a list; or named so and written with any of its syntax (a
    plain dump saved as ``.md`` stays a dump)."""
    if split_header(text)[0]:
        return True
    head = text[:200_000]
    links = len(_LINK.findall(head))
    if links < LINKS_FOR_MARKDOWN and _REFERENCE_LINK.search(head):
        links += len(_REFERENCE_DEFINITION.findall(head))  # html2text's "[text][3]" and "   [3]: https://..."
    if links >= LINKS_FOR_MARKDOWN or _SETEXT.search(head) and len(_BULLET.findall(head)) >= LINKS_FOR_MARKDOWN:
        return True
    return path.lower().endswith(MARKDOWN_NAMES) and bool(
        links or _SETEXT.search(head) or _ATX.search(head) or _EMPHASIS.search(head) or len(_BULLET.findall(head)) > 1)


_ATX = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S", re.MULTILINE)
_REFERENCE_LINK = re.compile(r"\[[^\]\n]{1,300}\]\[\d{1,4}\]")
_REFERENCE_DEFINITION = re.compile(r"^[ \t]{0,3}\[\d{1,4}\]:[ \t]*(?:https?:|/|#|mailto:)", re.MULTILINE)
_EMPHASIS = re.compile(r"\*\*\S[^*\n]{0,200}\S\*\*|__\S[^_\n]{0,200}\S__")


@lru_cache(maxsize=1)
def _renderer() -> Any:
    from markdown_it import MarkdownIt
    from markdown_it.common.utils import escapeHtml

    renderer = MarkdownIt("commonmark", {"html": False}).enable("table")
    # an inline code span is words of the sentence ("usar `drive.google.com` en el navegador"): as
    # <code> the extraction would part the paragraph around it
    renderer.renderer.rules["code_inline"] = lambda tokens, idx, *_: escapeHtml(tokens[idx].content)
    return renderer


def to_html(markdown: str, title: str | None = None, url: str | None = None) -> str:
    """The Markdown as an HTML page (its raw HTML left as text: a dump's markup is no markup).
    With no title given, the first line heads it when it is a plain line (a dump's title line),
    not a link, a picture or a list item (a page's navigation)."""
    body = _renderer().render(markdown)
    if title is None:
        first = next((line.strip() for line in markdown.split("\n") if line.strip()), "")
        plain = first.lstrip("#").strip()
        if plain and not _LINK.search(first) and not _REFERENCE_LINK.search(first) and not _BULLET.match(first) \
                and not first.startswith(("|", ">", "!")):
            title = plain
    head = f"<title>{html.escape(title)}</title>" if title else ""
    if url:  # (the page's own address: its links elsewhere are told from its own)
        head += f'<link rel="canonical" href="{html.escape(url, quote=True)}">'
    return f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>"
