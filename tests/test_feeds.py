"""Saved RSS and Atom feeds: one record per item, read in every dialect and encoding."""

from __future__ import annotations

import gzip
from pathlib import Path

from cleaner.model import RawRecord, Reject
from cleaner.readers import iter_inputs
from scripts.scoring import clean_file

CONTENT_NS = 'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"'

BODY_DE = (
    "<p>Die Stadtwerke Freiburg erhöhen zum Januar die Preise für Fernwärme um durchschnittlich elf Prozent, wie das "
    "Unternehmen am Montag mitteilte.</p><p>Grund seien gestiegene Kosten für Gas und die Wartung des Netzes, sagte "
    "eine Sprecherin. Betroffen sind rund 14.000 Haushalte im Stadtgebiet.</p>"
)


def rss(items: str, *, title: str = "Badische Rundschau", lang: str = "de-DE", decl: str = "UTF-8") -> str:
    return (
        f'<?xml version="1.0" encoding="{decl}"?>\n<rss version="2.0" {CONTENT_NS}><channel>'
        f"<title>{title}</title><link>https://rundschau.example/</link><language>{lang}</language>{items}"
        "</channel></rss>"
    )


def item(title: str, body: str, *, link: str = "https://rundschau.example/a", teaser: str = "") -> str:
    return (
        f"<item><title>{title}</title><link>{link}</link><guid>{link}</guid>"
        "<dc:creator><![CDATA[Lena Vogt]]></dc:creator><pubDate>Mon, 01 Dec 2025 10:00:00 +0100</pubDate>"
        f"<category>Energie</category><description><![CDATA[{teaser}]]></description>"
        f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
    )


def read(path: Path) -> list[RawRecord | Reject]:
    return list(iter_inputs([str(path)]))


def test_rss_item_reads_its_full_content_not_the_teaser(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(rss(item("Fernwärme wird teurer", BODY_DE, teaser="Die Stadtwerke erhöhen [&#8230;]")))
    [record] = read(path)
    assert isinstance(record, RawRecord)
    assert (record.kind, record.title, record.url) == ("html", "Fernwärme wird teurer", "https://rundschau.example/a")
    assert "14.000 Haushalte" in record.content and "[…]" not in record.content
    assert (record.authors, record.site_name, record.lang) == (["Lena Vogt"], "Badische Rundschau", "de-DE")
    assert record.meta == {"tags": ["Energie"]}
    assert record.origin.index == 0 and record.origin.id == "https://rundschau.example/a"


def test_escaped_description_is_the_body_when_no_content_element(tmp_path: Path) -> None:
    escaped = BODY_DE.replace("<", "&lt;").replace(">", "&gt;")
    path = tmp_path / "excerpt.xml"  # sniffed, not named
    path.write_text(rss(f"<item><title>Fernwärme</title><link>https://r.example/b</link>"
                        f"<description>{escaped}</description></item>"))
    [record] = read(path)
    assert record.kind == "html" and "<p>Grund seien" in record.content


def test_atom_xhtml_and_escaped_html_content(tmp_path: Path) -> None:
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="el">'
        "<title>Ημερησία Θεσσαλίας</title><id>urn:x</id><updated>2025-12-01T10:00:00Z</updated>"
        '<entry><title>Νέο λιμάνι στον Βόλο</title><link rel="alternate" href="https://hm.example/1"/><id>urn:1</id>'
        "<updated>2025-12-01T10:00:00Z</updated><author><name>Μαρία Παππά</name></author>"
        '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Το νέο λιμάνι θα ανοίξει το 2027.</p>'
        "<p>Το κόστος φτάνει τα 80 εκατομμύρια ευρώ.</p></div></content></entry>"
        '<entry><title>Δεύτερο</title><link rel="alternate" href="https://hm.example/2"/><id>urn:2</id>'
        "<updated>2025-12-01T10:00:00Z</updated>"
        '<content type="html">&lt;p&gt;Η δεύτερη είδηση.&lt;/p&gt;</content></entry></feed>'
    )
    path = tmp_path / "feed.atom"
    path.write_text(atom, encoding="utf-8")
    first, second = read(path)
    assert first.title == "Νέο λιμάνι στον Βόλο" and first.authors == ["Μαρία Παππά"]
    assert "80 εκατομμύρια" in first.content and first.site_name == "Ημερησία Θεσσαλίας"
    assert second.content.strip() == "<p>Η δεύτερη είδηση.</p>" and second.origin.index == 1


def test_rdf_feed_in_a_legacy_codepage_gzipped(tmp_path: Path) -> None:
    rdf = (
        '<?xml version="1.0" encoding="windows-1251"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        f'xmlns="http://purl.org/rss/1.0/" {CONTENT_NS}><channel rdf:about="https://v.example/"><title>Вести Урала'
        '</title><link>https://v.example/</link></channel><item rdf:about="https://v.example/1"><title>Мост открыт'
        "</title><link>https://v.example/1</link><content:encoded><![CDATA[<p>Новый мост через Исеть открыли для "
        "движения в субботу.</p>]]></content:encoded></item></rdf:RDF>"
    )
    path = tmp_path / "ural.xml.gz"
    path.write_bytes(gzip.compress(rdf.encode("cp1251")))
    [record] = read(path)
    assert record.title == "Мост открыт" and "через Исеть" in record.content


def test_item_the_file_ends_inside_is_a_reject_the_items_before_it_records(tmp_path: Path) -> None:
    whole = rss(item("Eins", BODY_DE) + item("Zwei", BODY_DE, link="https://rundschau.example/b"))
    path = tmp_path / "cut.rss"
    path.write_text(whole[: whole.rindex("Grund seien")])
    first, cut = read(path)
    assert isinstance(first, RawRecord) and first.title == "Eins"
    assert isinstance(cut, Reject) and cut.origin.index == 1 and "item 1: cut off" in cut.reason
    assert str(path) in cut.origin.to_dict()["path"]


def test_feed_without_items_is_one_clear_reject(tmp_path: Path) -> None:
    path = tmp_path / "empty.rss"
    path.write_text(rss(""))
    [reject] = read(path)
    assert isinstance(reject, Reject) and reject.reason.startswith("feed holds no items")


def test_network_feed_item_is_cleaned_and_a_clean_item_passes_untouched(tmp_path: Path) -> None:
    spam = "Fernwärme wird teurer - Rundschau PlatoBlockchain Data Intelligence. Vertical Search. Ai."
    copied = f"<p>Fernwärme wird teurer - Rundschau</p><p>{spam}</p>{BODY_DE}<p>Time Stamp:</p><p>More from Rundschau</p>"
    clean_body = (
        "<p>Der Gemeinderat hat am Dienstag den Haushalt für 2026 beschlossen. Er sieht Investitionen von 62 Millionen "
        "Euro vor, vor allem in Schulen und Radwege.</p><p>Die Opposition stimmte dagegen.</p>"
    )
    path = tmp_path / "zephyrnet.rss"
    path.write_text(rss(item(spam, copied) + item("Haushalt beschlossen", clean_body, link="https://r.example/h"),
                        title="Zephyrnet"))
    articles, rejects = clean_file(path)
    assert not rejects
    copy, control = articles[0], articles[1]
    assert (copy.title, copy.source) == ("Fernwärme wird teurer", "Rundschau")
    assert copy.text == BODY_DE.replace("</p><p>", "\n\n").removeprefix("<p>").removesuffix("</p>")
    assert control.title == "Haushalt beschlossen"
    assert control.text.startswith("Der Gemeinderat") and control.text.endswith("Die Opposition stimmte dagegen.")
    assert not control.removed


def test_feeds_are_read_in_a_directory_walk(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "feed.rss").write_text(rss(item("Eins", BODY_DE)))
    (tmp_path / "a" / "page.txt").write_text("Titel\n\nEin Absatz über die Stadt.\n")
    kinds = [r.kind for r in iter_inputs([str(tmp_path)]) if isinstance(r, RawRecord)]
    assert kinds == ["html", "text"]


def _own_feed(site: str, items: list[tuple[str, list[str]]]) -> str:
    """An outlet's own feed: each item's paragraphs as HTML."""
    return rss("".join(item(title, "".join(f"<p>{p}</p>" for p in paras), link=f"https://{site.lower()}.example/{k}")
                       for k, (title, paras) in enumerate(items)), title=site)


def test_an_outlets_copyright_line_goes_and_an_agencys_stays(tmp_path: Path) -> None:
    body = ["Uzbekistonda yangi temir yo'l liniyasi qurilishi boshlandi, dedi vazirlik vakili seshanba kuni.",
            "Loyiha qiymati 1,2 milliard dollarga baholanmoqda va 2028 yilda yakunlanishi kutilmoqda."]
    own = "© 2025 Kunuz. Barcha huquqlar himoyalangan. Materiallardan foydalanishda havola berilishi shart."
    agency = "© Agencia Austral. Todos los derechos reservados."
    cases = [("Kunuz", own, False), ("Agencia Austral", agency, True)]
    for site, line, kept in cases:
        path = tmp_path / f"{site}.rss"
        path.write_text(_own_feed(site, [("Yangi temir yo'l", [*body, line])]))
        articles, _ = clean_file(path)
        assert (line in articles[0].text) is kept, articles[0].text
        assert all(p in articles[0].text for p in body)


def test_a_related_label_takes_the_headlines_listed_under_it_to_the_end(tmp_path: Path) -> None:
    body = ["Gwamnatin Jihar Kano ta ce za ta gina sababbin makarantun firamare guda 50 a yankunan karkara.",
            "Kwamishinan Ilimi na jihar ne ya bayyana haka a ranar Talata yayin wani taron manema labarai.",
            "Gwamnatin ta ce tana shirin ɗaukar sababbin malamai 2,000 a bana."]
    related = ["Ɗalibai dubu 30 za su rubuta jarrabawar NECO a Kano", "An buɗe sabuwar makarantar koyon sana'o'i a Dutse"]
    html = "".join(f"<p>{p}</p>" for p in body) + "<p>Related Posts:</p><ul>" + "".join(
        f'<li><a href="https://aminiya.example/{k}">{h}</a></li>' for k, h in enumerate(related)) + "</ul>"
    path = tmp_path / "aminiya.rss"
    path.write_text(rss(item("Kano za ta gina makarantu 50", html), title="Aminiya"))
    articles, _ = clean_file(path)
    assert articles[0].text == "\n\n".join(body)
