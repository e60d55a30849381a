"""Pages saved as Markdown (Jina Reader, Firecrawl, html2text): rendered to HTML and extracted as
pages, their reader header read as metadata, their syntax gone from the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from cleaner.markdown import is_markdown, split_header

BODY = [
    "At a high-profile AI event in London, [Meta](https://meta.com/) executives on Tuesday provided the "
    "**first official confirmation** of Llama 3, the next version of the company's open-source model.",
    "\"Within the next month, actually less, we hope to start rolling out our new suite of next-generation "
    "foundation models, Llama 3,\" said Nick Clegg, Meta's president of global affairs.",
    "### What it means",
    "Clegg said Llama 3 would consist of a number of _different models_ with different capabilities, "
    "starting this year.",
    "*   It will power Meta AI, the company's assistant.",
    "*   It will be released under an open licence.",
]
PLAIN = [
    "At a high-profile AI event in London, Meta executives on Tuesday provided the first official confirmation "
    "of Llama 3, the next version of the company's open-source model.",
    "\"Within the next month, actually less, we hope to start rolling out our new suite of next-generation "
    "foundation models, Llama 3,\" said Nick Clegg, Meta's president of global affairs.",
    "What it means",
    "Clegg said Llama 3 would consist of a number of different models with different capabilities, starting this year.",
]
TITLE = "Llama 3 Is Coming in May, Should OpenAI Be Worried?"
NAV = ["[Skip to content](#content)", "![Image 1: Site logo](https://example.net/logo.png)",
       "*   [Home](https://example.net/)\n*   [AI](https://example.net/ai/)\n*   [Crypto](https://example.net/crypto/)"]


def _jina(title_line: str) -> str:
    return "\n\n".join([f"Title: {title_line}", "URL Source: https://example.net/llama-3/",
                        "Published Time: 2024-04-10T12:00:00+00:00", "Markdown Content:", *NAV, *BODY])


def test_a_reader_dump_is_a_page_its_header_metadata() -> None:
    article = cleaner.clean(_jina(f"{TITLE} - Decrypt"), kind="text")
    assert article.title == TITLE and article.source == "Decrypt"
    assert article.url == "https://example.net/llama-3/" and article.published.startswith("2024-04-10")
    paragraphs = article.text.split("\n\n")
    assert paragraphs[:4] == PLAIN
    assert not any(mark in article.text for mark in ("](", "**", "Skip to content", "Home\n", "Image 1"))


def test_a_firecrawl_row_renders_its_markdown_field(tmp_path: Path) -> None:
    row = {"markdown": "\n\n".join([*NAV, *BODY]), "metadata": {"title": TITLE, "sourceURL": "https://example.net/l"}}
    path = tmp_path / "crawl.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    written: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=written.append, reject=print)
    [article] = written
    assert article.title == TITLE and article.url == "https://example.net/l"
    assert article.text.split("\n\n")[:4] == PLAIN


def test_a_text_dump_with_a_link_or_two_stays_a_text_dump() -> None:
    """A dump that writes one Markdown link is not a Markdown page; three or more, or a reader's
    header, or the name, make one."""
    dump = "\n\n".join([TITLE, PLAIN[0], "Source: [the company's post](https://example.net/post)", PLAIN[1]])
    assert not is_markdown(dump)
    assert is_markdown(dump, "page.md") and is_markdown(_jina(TITLE)) and is_markdown("\n\n".join([*NAV, *BODY]))
    assert split_header(dump) == ({}, dump)
    assert cleaner.clean(dump, kind="text").text.split("\n\n")[1] == "Source: [the company's post](https://example.net/post)"


def test_a_line_ending_in_a_button_is_the_pages_control() -> None:
    """A cookie banner saved as Markdown ends in a button, a link to "#": no article line, and the
    walk above it reaches the network's trailing lines."""
    page = "\n\n".join([_jina(f"{TITLE} - Decrypt"), "Stay on top of crypto news, get daily updates in your inbox.",
                        "Time Stamp:", "We use cookies to improve your experience on our website. [Accept](#)"])
    article = cleaner.clean(page, kind="text")
    assert article.text.split("\n\n")[:4] == PLAIN and "cookies" not in article.text and "Time Stamp" not in article.text
    assert any(r.rule == "page-control" for r in article.removed)


_FRONT = ["Ein Dorf in der Eifel baut sein eigenes Glasfasernetz: 212 Haushalte haben in drei Jahren "
          "**selbst gegraben**, verlegt und [angeschlossen](https://example.de/netz).",
          "## Wie es begann",
          "Der Ortsbürgermeister hatte 2021 genug von den Zusagen der großen Anbieter."]


def _front(fields: str) -> str:
    return f"---\n{fields}\n---\n\n" + "\n\n".join(_FRONT) + "\n"


def test_front_matter_is_the_pages_metadata_not_its_text(tmp_path: Path) -> None:
    """A clipper's or a static site's front matter: its title, address, date, author and language are
    the record's; the fences and fields never reach the text or the title."""
    path = tmp_path / "glasfaser.md"
    path.write_text(_front('title: "Glasfaser in Eigenregie - Eifeler Landbote"\n'
                           'source: "https://landbote.example.de/glasfaser"\nsite_name: Eifeler Landbote\ndate: 2025-03-14\n'
                           'author:\n  - Jana Thiel\n  - Ole Brandt\nlang: de\ntags: [glasfaser, eifel]'),
                    encoding="utf-8")
    written: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=written.append, reject=print)
    [article] = written
    assert article.title == "Glasfaser in Eigenregie" and article.source == "Eifeler Landbote"
    assert article.url == "https://landbote.example.de/glasfaser" and article.published.startswith("2025-03-14")
    assert article.authors == ["Jana Thiel", "Ole Brandt"] and article.lang == "de"
    assert article.text.split("\n\n")[0].startswith("Ein Dorf in der Eifel baut sein eigenes Glasfasernetz")
    assert not any(mark in article.text for mark in ("---", "title:", "tags:", "glasfaser, eifel", "**"))


@pytest.mark.parametrize("text", [
    "---\n\nA page that opens on a thematic break and never closes a block of fields.\n\nSecond paragraph.\n",
    "---\n- one\n- two\n---\n\nA list between two rules is no front matter.\n",
    "---\ntitle: [unclosed\n---\n\nFields that are no YAML.\n",
])
def test_a_rule_or_a_broken_block_at_the_top_is_no_front_matter(text: str) -> None:
    assert split_header(text) == ({}, text)


def test_the_scorer_compares_labelled_markdown_as_the_cleaners_text() -> None:
    """Sets that label Markdown input keep its syntax; the cleaner's text has none (as from an HTML
    page): the scorer reads the labels through the same rendering, a table's cells parted by bars."""
    from scripts.scoring import markdown_plain

    labelled = "\n\n".join(["Das **Netz** ist [fertig](https://example.de/n).", "## Kosten",
                            "- Tiefbau: 410.000 Euro\n- Leitungen: 95.000 Euro",
                            "| Jahr | Haushalte |\n|---|---|\n| 2023 | 80 |", "> Wir haben es einfach gemacht.",
                            "![Bagger im Ortskern](https://example.de/b.jpg)"])
    assert markdown_plain(labelled).split("\n") == [
        "Das Netz ist fertig.", "Kosten", "Tiefbau: 410.000 Euro", "Leitungen: 95.000 Euro", "Jahr | Haushalte",
        "2023 | 80", "Wir haben es einfach gemacht."]


def test_the_scorer_reads_a_tables_cell_bars_as_line_breaks() -> None:
    """The cleaner writes a table's row on one line, its cells parted by " | "; a set labelling each
    cell as its own block names the same text."""
    from scripts.scoring import _norm

    assert _norm("Quartal | niedrigster Preis\n3/2024 | 949 Euro") == _norm("Quartal\nniedrigster Preis\n3/2024\n949 Euro")
    assert _norm("Quartal | niedrigster Preis") != _norm("Quartal\nhöchster Preis")


_READING = ["## O rios", "*   [Como o Tejo mudou de leito nos últimos cem anos](https://rios-historia.example.pt/tejo) – "
            "a longa história de um cartógrafo com mapas antigos.",
            "*   [Os castores que construíram um lago](https://natureza.example.pt/castores)",
            "*   [Cantigas dos barqueiros do Douro](https://folclore.example.pt/barqueiros) – com gravações.",
            "## Sobre pessoas", "*   [A última carteira da aldeia de Sortelha](https://gentes.example.pt/carteira)",
            "*   [O professor que ensina química na floresta](https://escola.example.pt/quimica-floresta)"]


def _reading_page(items: list[str]) -> str:
    return "\n\n".join(["Title: Leituras da semana: seis textos sobre rios e pessoas",
                        "URL Source: https://margem-sul.example.pt/leituras-41", "Markdown Content:",
                        "# Leituras da semana: seis textos sobre rios e pessoas",
                        "Todas as sextas escolhemos textos que lemos até ao fim. Esta semana a lista saiu mais longa "
                        "do que o costume, porque o outono tem sido generoso para quem escreve.", *items,
                        "Conhece um texto que devíamos ler? Escreva à redação e talvez entre na lista da próxima semana."])


def test_a_reading_list_of_other_sites_pieces_stays_in_a_markdown_page() -> None:
    """Entries linking to other sites under headlines' words, between the page's paragraphs: the
    article's reading list, kept though its entries are mostly link text."""
    text = cleaner.clean(_reading_page(_READING), kind="text").text
    assert "Os castores que construíram um lago" in text and "O professor que ensina química na floresta" in text
    assert "Sobre pessoas" in text and "](" not in text


def test_links_home_between_the_paragraphs_of_a_markdown_page_still_go() -> None:
    items = [line.replace("https://rios-historia.example.pt/", "https://margem-sul.example.pt/")
             .replace("https://natureza.example.pt/", "https://margem-sul.example.pt/")
             .replace("https://folclore.example.pt/", "https://margem-sul.example.pt/") for line in _READING[:4]]
    text = cleaner.clean(_reading_page(items), kind="text").text
    assert "Os castores que construíram um lago" not in text


def test_the_scorer_counts_a_short_boilerplate_item_left_only_as_a_line_of_its_own(tmp_path: Path) -> None:
    """A tag or menu word ("Landbou") is left when a line of the output is that word, not when the
    article's own words hold it ("Landbou-ekonoom dr. Fourie sê ...")."""
    from scripts.scoring import score_fixture

    body = ["Landbou-ekonoom dr. Marlize Fourie sê sulke reëlings is nie nuut nie, maar die skaal is wel nuut.",
            "Sewe plase in die Sneeubergvallei het ’n informele ooreenkoms gesluit oor water uit hul boorgate."]
    raw = tmp_path / "boorgat.txt"
    spec = {"layout": "clean", "format": "txt", "negative": False, "records": [
        {"title": "Boere deel boorgatwater in die Karoo", "source": None, "lang": "af",
         "text": "\n\n".join(body), "boilerplate": ["Landbou", "Sport"]}]}
    (tmp_path / "boorgat.expected.json").write_text(json.dumps(spec), encoding="utf-8")
    raw.write_text("\n\n".join(["Boere deel boorgatwater in die Karoo", *body, "Sport"]) + "\n", encoding="utf-8")
    [result] = score_fixture(raw)
    lines = result.got["text"].split("\n")
    assert result.boilerplate_total == 2 and "Landbou" not in result.boilerplate_left
    assert ("Sport" in result.boilerplate_left) == ("Sport" in lines)


def test_a_firecrawl_rows_first_line_is_text_when_its_metadata_gives_the_title(tmp_path: Path) -> None:
    """A letter or a newsletter issue opening on its greeting, no heading above it: with the row's
    title in its metadata, the greeting is the text's first line, not taken for the title."""
    body = ["Hallo zusammen,", "diese Woche haben wir drei neue Wanderwege im Odenwald getestet und dabei mehr "
            "Regen abbekommen, als uns lieb war.", "Der schönste Weg führt vom Felsenmeer hinauf zum Ohlyturm, "
            "knapp elf Kilometer mit vielen Aussichtspunkten."]
    row = {"markdown": "\n\n".join(body), "metadata": {"title": "Wanderbrief Nr. 41: Drei Wege im Odenwald",
                                                       "sourceURL": "https://wanderbrief.example.de/41"}}
    path = tmp_path / "brief.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    written: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=written.append, reject=print)
    [article] = written
    assert article.title == "Wanderbrief Nr. 41: Drei Wege im Odenwald" and article.text.split("\n\n") == body


@pytest.mark.parametrize("banner", [
    "Ova stranica koristi kolačiće kako bi vam pružila najbolje iskustvo. [Prihvaćam](#) [Postavke](https://example.net/kolacici/)",
    "Webgune honek cookieak erabiltzen ditu. [Onartu](#) · [Informazio gehiago](https://example.net/cookieak)",
])
def test_a_banner_ending_in_its_buttons_and_links_is_the_pages_control(banner: str) -> None:
    """A consent banner saved as Markdown: its sentence, a button (a link to "#") and the banner's
    other links beside it, in any language: the page's control, not a line of the article."""
    page = "\n\n".join([_jina(TITLE), banner, "Example News is an independent local paper, funded by its readers "
                          "since 1998, with a newsroom of six in the old post office."])
    article = cleaner.clean(page, kind="text")
    assert article.text.split("\n\n")[:4] == PLAIN and banner.split(". ")[0] not in article.text


def test_a_sentence_ending_in_a_link_elsewhere_stays() -> None:
    line = "The full ruling is available on the court's website: [read the judgment](https://example.net/ruling)"
    page = "\n\n".join([_jina(TITLE), line])
    assert "The full ruling is available" in cleaner.clean(page, kind="text").text


def test_front_matter_of_aliases_nested_in_each_other_is_read_in_bounded_work() -> None:
    """YAML aliases nested eleven deep, twenty to a list (20^11 names if walked): the fields are read
    one level down, so the block costs what its text does."""
    lines = ["a0: &a0 [" + ", ".join(["x"] * 20) + "]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 20) + "]" for i in range(1, 12)]
    page = "---\n" + "\n".join([*lines, "title: Ein Titel", "author: *a11"]) + "\n---\n\nEin Satz, der den Text bildet.\n"
    assert split_header(page) == ({"title": "Ein Titel"}, "\nEin Satz, der den Text bildet.\n")


def test_an_html2text_dump_with_reference_links_is_read_as_markdown() -> None:
    """html2text writes links by reference ("[text][3]" in the line, "   [3]: https://..." at the
    end), wrapped at 78 columns: a Markdown page, its navigation and link definitions no text."""
    dump = "\n".join([
        "  * [Startseite][1]", "  * [Region][2]", "", "# Neue Fähre über die Elbe bei Glückstadt", "",
        "Die neue Elbfähre zwischen Glückstadt und Wischhafen nimmt am Montag den Betrieb",
        "auf. Sie bietet Platz für 55 Autos und fährt nach Angaben der [Reederei][3] im",
        "Halbstundentakt.", "",
        "Der Bau hat zwei Jahre gedauert und rund 18 Millionen Euro gekostet, wie das",
        "Land mitteilte. Die alte Fähre geht an einen Verein in den Niederlanden.", "",
        "   [1]: https://elbkurier.example.de/", "   [2]: https://elbkurier.example.de/region/",
        "   [3]: https://reederei.example.de/"])
    assert is_markdown(dump)
    article = cleaner.clean(dump, kind="text")
    assert article.title == "Neue Fähre über die Elbe bei Glückstadt"
    assert article.text.split("\n\n")[0].startswith("Die neue Elbfähre zwischen Glückstadt und Wischhafen nimmt")
    assert not any(mark in article.text for mark in ("[3]", "Startseite", "https://"))


_LYNX = "\n".join([
    "   [1]Springe zum Inhalt", "", "     * [2]Startseite", "     * [3]Region", "     * [4]Sport", "",
    "Neue Fähre über die Elbe bei Glückstadt nimmt den Betrieb auf - Elbkurier", "",
    "   Die neue Elbfähre zwischen Glückstadt und Wischhafen nimmt am Montag den",
    "   Betrieb auf. Sie bietet Platz für 55 Autos und fährt nach Angaben der",
    "   [5]Reederei im Halbstundentakt.", "",
    "   Der Bau hat zwei Jahre gedauert und rund 18 Millionen Euro gekostet, wie",
    "   das Land mitteilte. Die alte Fähre geht an einen Verein in den Niederlanden.", "",
    "References", "", "   1. https://elbkurier.example.de/faehre#inhalt", "   2. https://elbkurier.example.de/",
    "   3. https://elbkurier.example.de/region/", "   4. https://elbkurier.example.de/sport/",
    "   5. https://reederei.example.de/", ""])


def _ferry(mark: str) -> list[str]:
    """The ferry story's two paragraphs as a dump's reader gives them, the link's mark kept."""
    return ["Die neue Elbfähre zwischen Glückstadt und Wischhafen nimmt am Montag den Betrieb auf. Sie bietet Platz "
            f"für 55 Autos und fährt nach Angaben der {mark}Reederei im Halbstundentakt.",
            "Der Bau hat zwei Jahre gedauert und rund 18 Millionen Euro gekostet, wie das Land mitteilte. Die alte "
            "Fähre geht an einen Verein in den Niederlanden."]


def test_a_lynx_dump_is_read_as_its_page() -> None:
    """``lynx -dump``: its layout is the page's structure (the headline at the margin, paragraphs
    indented and wrapped, the menu's entries each one marked link); the headline titles it, the
    menu, the skip link and the list of addresses go, a link's mark inside a sentence stays."""
    article = cleaner.clean(_LYNX, kind="text")
    assert article.title == "Neue Fähre über die Elbe bei Glückstadt nimmt den Betrieb auf"
    assert article.text.split("\n\n") == _ferry("[5]")
    assert any(r.rule == "page-control" and r.text.startswith("References") for r in article.removed)


def test_an_articles_own_sources_under_its_citations_stay() -> None:
    """An article citing "[1]" and "[2]" in its sentences, its sources listed at the end: no dump's
    list of links (what the source-link rule makes of the addresses is its own business)."""
    text = "\n\n".join([
        "Meeresspiegel steigt schneller als erwartet",
        "Der Meeresspiegel an der Nordseeküste ist seit 1990 um elf Zentimeter gestiegen [1]. Das ist mehr, "
        "als die Modelle der neunziger Jahre vorhergesagt hatten [2].",
        "References", "1. https://example.org/studie-nordsee", "2. https://example.org/modelle-1995"])
    article = cleaner.clean(text, kind="text")
    assert "gestiegen [1]. Das ist mehr" in article.text and "References" in article.text
    assert not any(r.rule == "page-control" for r in article.removed)


def test_a_w3m_dump_with_numbered_links_is_read_as_its_page() -> None:
    """``w3m -dump`` with its links numbered: paragraphs at the margin, "•" entries, the addresses
    listed as "[n] https://..." under no heading; the first plain block is the headline."""
    dump = "\n".join([
        "  • [1]Startseite", "  • [2]Region", "", "Neue Fähre über die Elbe bei Glückstadt", "",
        "Die neue Elbfähre zwischen Glückstadt und Wischhafen nimmt am Montag den Betrieb",
        "auf. Sie bietet Platz für 55 Autos und fährt nach Angaben der [3]Reederei im", "Halbstundentakt.", "",
        "Der Bau hat zwei Jahre gedauert und rund 18 Millionen Euro gekostet, wie das",
        "Land mitteilte. Die alte Fähre geht an einen Verein in den Niederlanden.", "",
        "[1] https://elbkurier.example.de/", "[2] https://elbkurier.example.de/region/",
        "[3] https://reederei.example.de/"])
    article = cleaner.clean(dump, kind="text")
    assert article.title == "Neue Fähre über die Elbe bei Glückstadt"
    assert article.text.split("\n\n") == _ferry("[3]")
