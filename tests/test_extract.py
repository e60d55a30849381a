"""HTML extraction: block boundaries, DOM cleanup, metadata and hostile input."""

# ruff: noqa: E501  (the page fixtures keep one HTML element per line)

from __future__ import annotations

import json
import re
import resource
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.extract import MAX_ELEMENTS, MAX_INPUT_CHARS, Page, extract_html
from cleaner.extract.cleanup import load_rules, match_rule, strip_boilerplate
from cleaner.extract.parse import parse_html
from cleaner.model import Origin, RawRecord, Reject
from cleaner.pipeline import Context, prepare

LOREM = (
    "The regional council approved the new transit budget on Tuesday after a long debate "
    "about fares, service hours and the maintenance backlog that has delayed repairs."
)


def extracted(html: str, url: str | None = None) -> Page:
    """What the extract and title steps make of a page: its metadata, the body blocks left
    (a first block repeating the title is the title step's to drop), every removal."""
    page = extract_html(html, url)
    doc = prepare(RawRecord(Origin("page.html"), html, "html", url=url), Context())
    assert not isinstance(doc, Reject), doc
    page.blocks = [doc.blocks[i] for i in doc.live()]
    page.removed = list(doc.removed)
    return page


def _paras(n: int, stem: str = LOREM) -> str:
    return "\n".join(f"<p>{stem} Paragraph number {i} adds its own detail.</p>" for i in range(n))


NEWS = f"""<!DOCTYPE html>
<html lang="en-GB"><head>
<title>Council approves transit budget | Metro Daily</title>
<meta property="og:title" content="Council approves transit budget">
<meta name="twitter:title" content="Council approves transit budget">
<meta property="og:site_name" content="Metro Daily">
<meta property="og:url" content="https://metro.example/news/transit-budget">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
</head><body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol>
<main><article class="post tag-social-media category-news">
<h1>Council approves transit budget</h1>
<div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
{_paras(5)}
<p>Short quote line.</p>
<div class="shared-content"><p>Shared services will cover the night buses, officials said.</p></div>
<aside class="related-articles"><h3>Related stories</h3><ul>
<li><a href="/a">Mayor unveils bike lanes</a></li><li><a href="/b">Bus drivers vote on strike</a></li>
</ul></aside>
<div class="newsletter-signup"><p>Get the Metro Daily briefing in your inbox every morning.</p></div>
</article></main>
<footer><p>Copyright 2024 Metro Daily. All rights reserved.</p></footer>
</body></html>"""


def test_news_page_blocks_and_removals() -> None:
    page = extracted(NEWS, url="https://metro.example/news/transit-budget?utm=x")
    text = "\n".join(page.blocks)
    assert page.blocks[0].startswith("The regional council approved")
    assert sum(b.startswith("The regional council") for b in page.blocks) == 5
    assert "Short quote line." in page.blocks
    # "shared-content" carries the token "shared", not "share": not ours to remove
    # (trafilatura's own substring rules may still drop it)
    assert not any("Shared services" in r.text for r in page.removed)
    for gone in ("Share on Facebook", "Mayor unveils bike lanes", "inbox every morning"):
        assert gone not in text
    rules = {r.rule for r in page.removed}
    assert {"dom-share", "dom-related", "dom-newsletter", "dom-breadcrumb"} <= rules
    related = next(r for r in page.removed if r.rule == "dom-related")
    assert "Bus drivers vote on strike" in related.text
    assert "Copyright 2024" not in text
    # the article element with tag-social-media classes is protected
    assert not any("regional council" in r.text for r in page.removed)


def test_news_page_metadata_and_titles() -> None:
    page = extracted(NEWS)
    assert page.title_lines == [
        "Council approves transit budget | Metro Daily",
        "Council approves transit budget",
    ]
    assert page.blocks[0] != "Council approves transit budget"
    assert page.url == "https://metro.example/news/transit-budget"
    assert page.lang == "en"
    assert page.site_name == "Metro Daily"
    assert page.published == "2024-03-05"
    assert page.authors == ["Jane Doe"]


PLATO = f"""<html lang="es"><head>
<title>Bitcoin sube un 5% - Decrypt PlatoBlockchain Data Intelligence. Búsqueda vertical. Ai.</title>
<meta property="og:title" content="Bitcoin sube un 5% - Decrypt">
<link rel="canonical" href="https://zephyrnet.com/es/bitcoin-sube/">
</head><body><div class="wrap"><article>
<h1 class="entry-title">Bitcoin sube un 5%</h1>
<div class="entry-content">
{
    _paras(
        4,
        "El precio de bitcoin subió con fuerza durante la sesión asiática mientras los inversores "
        "esperaban los datos de inflación de Estados Unidos y las decisiones de la Reserva Federal.",
    )
}
<h2>Qué dicen los analistas</h2>
<p>Los analistas creen que la tendencia continuará durante las próximas semanas del trimestre.</p>
<ul class="plato-post-bottom-links">
<li><a href="#">SEO Powered Content &amp; PR Distribution. Get Amplified Today.</a></li>
<li><a href="#">PlatoAiStream. Web3 Intelligence. Knowledge Amplified. Access Here.</a></li>
<li>Source: https://decrypt.co/123/bitcoin-rises</li>
</ul></div></article></div></body></html>"""


def test_plato_bottom_links_removed() -> None:
    page = extract_html(PLATO)
    assert page.blocks[-1].startswith("Los analistas creen")
    assert "Qué dicen los analistas" in page.blocks
    text = "\n".join(page.blocks)
    assert "Access Here" not in text and "Source:" not in text
    plato = [r for r in page.removed if r.rule == "plato-bottom-links"]
    assert len(plato) == 1
    assert "PlatoAiStream" in plato[0].text and "decrypt.co" in plato[0].text
    assert page.lang == "es"
    assert page.url == "https://zephyrnet.com/es/bitcoin-sube/"
    assert page.title_lines[:2] == [
        "Bitcoin sube un 5% - Decrypt PlatoBlockchain Data Intelligence. Búsqueda vertical. Ai.",
        "Bitcoin sube un 5% - Decrypt",
    ]
    assert page.title_lines[-1] == "Bitcoin sube un 5%"


JA = """<html lang="ja"><head><title>新しい図書館が開館 - 地域ニュース</title>
<meta property="og:locale" content="ja_JP"></head><body><article><h1>新しい図書館が開館</h1>
<p>市の中心部に新しい図書館が開館し、初日から多くの市民が訪れました。館内には約十万冊の本が並び、子ども向けの読書スペースも設けられています。</p>
<p>市長は開館式で「誰もが学び続けられる場所にしたい」と述べ、今後は夜間の開館時間も延長する方針を示しました。</p>
<p>図書館は毎週月曜日が休館日で、利用者カードは窓口で無料で作ることができます。</p>
<div class="share-buttons"><a href="#">シェアする</a></div>
</article></body></html>"""

AR = """<html lang="ar" dir="rtl"><head><title>افتتاح متحف جديد في المدينة</title>
<meta property="og:site_name" content="أخبار المدينة"></head><body><article>
<h1>افتتاح متحف جديد في المدينة</h1>
<p>افتتحت البلدية اليوم متحفاً جديداً للفنون في وسط المدينة، ويضم المتحف أكثر من ألفي قطعة فنية من مختلف العصور.</p>
<p>وقال مدير المتحف إن الدخول سيكون مجانياً خلال الشهر الأول، وإن المتحف سينظم ورشاً تعليمية للأطفال.</p>
<p>ويفتح المتحف أبوابه يومياً من الساعة التاسعة صباحاً حتى السادسة مساءً.</p>
<div id="related-posts"><a href="/x">مقالات ذات صلة عن الفنون</a></div>
</article></body></html>"""


def test_japanese_page() -> None:
    page = extracted(JA)
    assert len(page.blocks) == 3
    assert page.blocks[0].startswith("市の中心部に新しい図書館が開館し")
    assert page.lang == "ja"
    assert "シェアする" not in "".join(page.blocks)
    assert "新しい図書館が開館" in page.title_lines


def test_arabic_page() -> None:
    page = extracted(AR)
    assert len(page.blocks) == 3
    assert page.blocks[1].startswith("وقال مدير المتحف")
    assert page.lang == "ar"
    assert page.site_name == "أخبار المدينة"
    assert any(r.rule == "dom-related" and "مقالات ذات صلة" in r.text for r in page.removed)


HEADINGS = f"""<html><head><title>How to repot a fern</title></head><body><article>
<h1>How to repot a fern</h1>
{_paras(2, "Ferns like a loose, moist mix and a pot only slightly larger than the old one, so check the roots first.")}
<h2>What you need</h2>
<ul><li>A pot with drainage holes</li><li>Peat-free compost</li><li>A watering can</li></ul>
<h2>Steps</h2>
<ol><li>Water the fern the day before.</li><li>Ease it out of the old pot.</li>
<li>Set it at the same depth and firm the soil.</li></ol>
<p>Keep it out of direct sun for a week<br>and water it lightly every other day.</p>
</article></body></html>"""


def test_headings_and_list_items_are_blocks() -> None:
    page = extract_html(HEADINGS)
    b = page.blocks
    assert b.index("What you need") < b.index("A pot with drainage holes") < b.index("Steps")
    assert b[b.index("What you need") + 1 : b.index("What you need") + 4] == [
        "A pot with drainage holes",
        "Peat-free compost",
        "A watering can",
    ]
    assert b.index("Water the fern the day before.") < b.index("Ease it out of the old pot.")
    # a line break inside a paragraph starts a new block
    assert "Keep it out of direct sun for a week" in b
    assert "and water it lightly every other day." in b
    assert all(x == " ".join(x.split()) and x for x in b)


def test_class_token_matching_is_whole_token() -> None:
    rules = load_rules()
    root = parse_html(
        '<html><body><div class="shared-content">a</div><div class="post-share-bar">b</div>'
        '<div class="author-bio-box">c</div><div class="tag-advertising">d</div>'
        '<section aria-label="Share this article">e</section><div class="leaderboard">f</div>'
        '<div class="tooltip-content">g</div><div class="modality-notes">h</div>'
        '<div class="audio-player">i</div><div class="audio-coverage">j</div>'
        "</body></html>"
    )
    assert root is not None
    by_text = {el.text: match_rule(el, rules) for el in root.iter("div", "section")}
    assert by_text == {
        "a": None,
        "b": "dom-share",
        "c": "dom-author-bio",
        "d": None,  # WordPress taxonomy class, not a container type
        "e": "dom-share",
        "f": None,
        "g": "dom-overlay",
        "h": None,
        "i": "dom-audio",  # "▶ Listen to this article (4 min)"
        "j": None,
    }


def test_container_holding_the_article_is_kept() -> None:
    html = f"""<html><body><div id="comments-and-story" class="comments">
    <p>{LOREM}</p><p>{LOREM} More.</p><p>{LOREM} Even more.</p></div>
    <div class="comments"><p>Great article, thanks for writing it!</p></div></body></html>"""
    root = parse_html(html)
    assert root is not None
    removed = strip_boilerplate(root)
    assert [(r.rule, r.text) for r in removed] == [("dom-comments", "Great article, thanks for writing it!")]
    assert root.text_content().count("The regional council") == 3


LIVE_ENTRIES = [
    "14:02 Der Bundestag hat den Haushalt für das kommende Jahr mit den Stimmen der Koalition beschlossen, "
    "die Opposition stimmte geschlossen dagegen.",
    "13:40 Die Finanzministerin verteidigte in der Debatte die geplanten Kürzungen bei den Förderprogrammen "
    "für die Industrie und kündigte eine Überprüfung an.",
    "13:15 Vor dem Reichstag demonstrierten am Mittag mehrere hundert Landwirte gegen die Streichung der "
    "Agrardiesel-Rückvergütung, die Polizei meldete keine Zwischenfälle.",
]


@pytest.mark.parametrize("token", ["comments", "promo", "latest"])
def test_entries_that_hold_the_article_are_kept_whatever_their_class(token: str) -> None:
    # a live ticker whose entries are classed like comments, promotion or "latest": each entry is
    # small, together they are the article, so the class alone does not remove them
    entries = "".join(f'<div class="entry {token}"><p>{e}</p></div>' for e in LIVE_ENTRIES)
    html = f"""<html><body><article><h1>Haushaltsdebatte im Liveticker</h1>
    <p>Der Bundestag debattiert heute abschließend über den Haushalt. Wir berichten live aus dem Plenum.</p>
    {entries}</article>
    <aside class="{token}"><p>Kurz notiert: Wetter am Wochenende</p></aside></body></html>"""
    root = parse_html(html)
    assert root is not None
    removed = strip_boilerplate(root)
    text = root.text_content()
    assert all(e[:40] in text for e in LIVE_ENTRIES)
    # the same class on a small box outside the article still goes
    assert [r.text for r in removed] == ["Kurz notiert: Wetter am Wochenende"]


REVIEW_SECTIONS = [
    ("promo promo-intro", "Llevamos doce meses usando el Fairphone 5 como teléfono principal. Es un móvil pensado "
     "para durar y para repararse en casa."),
    ("deal-section", "Tras un año, la batería conserva el 91 % de su capacidad. Cambiar la pantalla nos llevó "
     "once minutos con un destornillador."),
    ("promo", "De día la cámara cumple, pero de noche el ruido aparece pronto y el enfoque duda con objetos "
     "en movimiento."),
    ("verdict", "Es el móvil más fácil de reparar que hemos probado. Si la fotografía es tu prioridad, hay "
     "opciones mejores por el mismo precio."),
]


def test_review_sections_classed_promo_are_kept_a_promotion_with_a_link_goes() -> None:
    # a review theme classes two of four sections "promo" by their look: together they are less than
    # half of the text, but they offer nothing to act on and the review goes on after them
    offer = ('<div class="promo"><p>Compra el Fairphone 5 con un 10 % de descuento en nuestra tienda asociada, '
             'solo hasta el domingo: <a href="https://shop.example/fp5">ver oferta</a></p></div>')
    sections = [f'<section class="{c}"><p>{t}</p></section>' for c, t in REVIEW_SECTIONS]
    sections = "".join(sections[:2] + [offer] + sections[2:])  # the offer stands inside the review
    html = f"""<html><body><article><h1>Análisis del Fairphone 5 un año después</h1>
    <div itemprop="articleBody">{sections}</div></article></body></html>"""
    root = parse_html(html)
    assert root is not None
    removed = strip_boilerplate(root)
    text = " ".join(root.text_content().split())
    assert all(t[:50] in text for _, t in REVIEW_SECTIONS)
    assert [r.rule for r in removed] == ["dom-promo"] and "ver oferta" in removed[0].text



def _table_rows(rows: list[tuple[str, str]]) -> str:
    return "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows)


def test_a_reviews_closing_spec_table_and_pros_classed_promo_are_kept() -> None:
    """A review's last sections (a table of specifications, its pros and cons) classed "promo" by the
    theme: nothing to act on, a heading over text of their own, so the article's, though no
    paragraph follows them; the shop box with its links goes."""
    paras = ["Odkurzacz Vexa R7 sprzątał u nas przez trzy tygodnie mieszkanie o powierzchni 68 metrów "
             "kwadratowych, z dywanami w dwóch pokojach i kotem, który gubi dużo sierści.",
             "Na jednym ładowaniu robot obszedł całe mieszkanie i wrócił do stacji z zapasem energii. Mapa "
             "pomieszczeń była gotowa po drugim przejeździe i nie wymagała poprawek."]
    specs = [("Waga", "3,4 kg"), ("Czas pracy", "do 150 minut"), ("Pojemnik", "0,4 litra")]
    table = _table_rows(specs)
    html = f"""<html lang="pl"><body><article><h1>Test robota sprzątającego Vexa R7</h1><div class="entry-content">
    <p>{paras[0]}</p><p>{paras[1]}</p>
    <div class="promo-box specs"><h2>Specyfikacja</h2><figure class="spec-table"><table>{table}</table></figure></div>
    <div class="promo-box pros-cons"><h3>Zalety</h3><ul><li>cicha praca</li><li>dokładna mapa</li></ul>
    <h3>Wady</h3><ul><li>mały pojemnik</li></ul></div>
    <div class="promo-box shop"><p>Vexa R7 od 1499 zł w sklepie <a href="https://shop.example/r7">Zobacz ofertę</a></p></div>
    </div></article></body></html>"""
    root = parse_html(html)
    assert root is not None
    removed = strip_boilerplate(root)
    text = " ".join(root.text_content().split())
    for k, v in specs:
        assert k in text and v in text
    assert "cicha praca" in text and "mały pojemnik" in text and "Specyfikacja" in text
    assert [r.rule for r in removed] == ["dom-promo"] and "Zobacz ofertę" in removed[0].text


def test_a_live_blogs_first_and_last_entry_keep_their_times() -> None:
    """Each entry of a live blog opens on a time alone; the newest entry stands above the body's
    first long paragraph and the oldest below its last, and their times are entries' times too."""
    entries = [("16:05", "Il fiume Secchia ha superato il livello di guardia a Rubiera: la protezione civile ha "
                "chiuso due ponti e invita a non avvicinarsi agli argini."),
               ("15:40", "A Modena le scuole resteranno chiuse anche domani, ha deciso il sindaco dopo una riunione "
                "con i vigili del fuoco e la prefettura."),
               ("15:10", "Piove ininterrottamente da ventiquattro ore sull'Appennino."),
               ("14:30", "Allerta rossa su tutta la provincia.")]
    body = "".join(f'<div class="live-entry"><time class="live-entry__time">{t}</time><p>{x}</p></div>'
                   for t, x in entries)
    html = f"""<html lang="it"><body><article><h1>Maltempo in Emilia, la diretta</h1>
    <div class="live-entries">{body}</div></article></body></html>"""
    page = extract_html(html)
    assert isinstance(page, Page)
    assert [b for b in page.blocks if b != "Maltempo in Emilia, la diretta"] == [part for entry in entries for part in entry]


def test_a_spec_box_between_the_paragraphs_keeps_its_table_whatever_its_parts_are_named() -> None:
    """A review's box of specifications between its paragraphs, its table in a figure classed like a
    widget's: the box is the article's, and so is its table."""
    paras = ["De Kleeberg WM 9 wast een volle trommel van negen kilo in drie uur en verbruikt daarbij "
             "minder stroom dan de meeste machines in deze prijsklasse.",
             "In onze test bleven er na het programma Katoen 40 graden geen vlekken achter op het testdoek, "
             "ook niet bij de lastige rode wijn."]
    rows = [("Capaciteit", "9 kg"), ("Toerental", "1400 tpm"), ("Energielabel", "A")]
    table = _table_rows(rows)
    html = f"""<html lang="nl"><body><article><h1>Kleeberg WM 9 getest</h1><div class="entry-content">
    <p>{paras[0]}</p><div class="product-widget specs"><h2>Specificaties</h2>
    <figure class="wp-block-table product-widget__table"><table>{table}</table></figure></div>
    <p>{paras[1]}</p></div></article></body></html>"""
    page = extract_html(html)
    assert isinstance(page, Page)
    text = "\n".join(page.blocks)
    assert all(k in text and v in text for k, v in rows) and paras[1] in text


def test_a_paid_links_offer_box_goes_a_sentence_with_a_paid_link_stays() -> None:
    """A box whose links are all paid (rel="sponsored"), with an offer's few words beside its button,
    goes whatever its classes; a sentence of the article that holds a paid link is the article's."""
    paras = ["Robotický vysavač Orbi X2 jsme testovali tři týdny v bytě o rozloze sedmdesát metrů čtverečních "
             "s kobercem v obývacím pokoji.",
             'Na hladké podlaze sebral drobky napoprvé. Vysavač lze koupit například <a rel="sponsored nofollow" '
             'href="https://shop.example/x">v obchodě Alza</a>, kde stojí zhruba dvanáct tisíc korun.',
             "Baterie vydržela v úsporném režimu sto dvacet minut, což na celý byt bohatě stačilo."]
    offer = ('<div class="cenova-nabidka"><p>Orbi X2 od 12 490 Kč na Alza.cz</p>'
             '<a rel="sponsored" href="https://www.alza.cz/x">Zobrazit nabídku</a></div>')
    html = f"""<html lang="cs"><body><article><h1>Test: robotický vysavač Orbi X2</h1><div class="entry-content">
    <p>{paras[0]}</p><p>{paras[1]}</p>{offer}<p>{paras[2]}</p></div></article></body></html>"""
    root = parse_html(html)
    assert root is not None
    removed = strip_boilerplate(root)
    text = " ".join(root.text_content().split())
    assert "v obchodě Alza, kde stojí" in text and paras[2] in text
    assert [(r.rule, r.text) for r in removed] == [("dom-promo", "Orbi X2 od 12 490 Kč na Alza.cz Zobrazit nabídku")]


def test_a_labelled_link_to_another_story_goes_a_sentence_with_a_link_and_a_colon_stays() -> None:
    """"Auch interessant: <a>headline</a>" between the paragraphs: a label no list knows over a link
    to another story; a sentence that opens on a label and links only part of its words stays."""
    paras = ["Der Grundsteuerbescheid kommt in diesem Jahr in vielen Gemeinden später als gewohnt, weil die "
             "Hebesätze erst im Frühjahr beschlossen wurden.",
             'Wichtig: Gegen den Bescheid können Sie innerhalb eines Monats Einspruch einlegen, wie das '
             '<a href="/steuer/einspruch">Finanzamt auf seiner Seite</a> erklärt.',
             "Der Einspruch ist kostenlos und kann formlos per Brief oder über das Onlineportal eingelegt werden."]
    teaser = '<p class="read-also">Auch interessant: <a href="/region/hebesaetze">Hebesätze 2025: So viel verlangen die Gemeinden</a></p>'
    html = f"""<html lang="de"><body><article><h1>Grundsteuer: Was Sie jetzt wissen müssen</h1><div class="entry-content">
    <p>{paras[0]}</p>{teaser}<p>{paras[1]}</p><p>{paras[2]}</p></div></article></body></html>"""
    root = parse_html(html)
    assert root is not None
    removed = strip_boilerplate(root)
    text = " ".join(root.text_content().split())
    assert "Wichtig: Gegen den Bescheid" in text and "Hebesätze 2025" not in text
    assert [r.rule for r in removed] == ["dom-link-paragraph"]


def test_a_paywall_box_ending_an_own_page_goes_to_its_last_short_words() -> None:
    """An outlet's paywall box under the visible paragraphs, ending on a line of its own few words
    ("Cancel anytime."): the box's label line is known, so it takes the short words under it; a
    story's own short last sentence under a paragraph stays."""
    import cleaner

    paras = ["More than 4,200 repair requests at the city's largest housing association are overdue, "
             "according to internal figures seen by the Examiner.",
             "Cases of damp and mould took an average of 97 days to resolve last year, three times the target."]
    box = ("<div class=\"prompt-box\"><h3>This article is for subscribers</h3><p>Subscribe for £1 for your first "
           "three months and read every story without limits.</p><a class=\"btn\" href=\"/subscribe\">Subscribe now</a>"
           "<p>Already a subscriber? Sign in</p><p>Cancel anytime.</p></div>")
    page = """<html lang="en"><head><title>Repairs backlog | Examiner</title></head><body><article>
    <h1>Repairs backlog at housing association</h1><div class="body">{}</div></article></body></html>"""
    article = cleaner.clean(page.format("".join(f"<p>{p}</p>" for p in paras) + box), kind="html")
    assert article.text == "\n\n".join(paras)
    closing = "The inquiry continues."
    article = cleaner.clean(page.format("".join(f"<p>{p}</p>" for p in [*paras, closing])), kind="html")
    assert article.text == "\n\n".join([*paras, closing])


def test_a_note_saying_what_the_article_is_goes_at_the_end_of_a_page_on_the_same_subject() -> None:
    """"This article is not financial advice." under a story about savings accounts holds the story's
    words ("account"), but says what the page is: the note goes; a sentence of the story about advice
    stays."""
    import cleaner

    title = "Best easy-access savings accounts this month"
    paras = ["Easy-access savings accounts now pay up to 4.75%, the highest rate since the spring, as smaller "
             "banks compete for deposits.",
             "Financial advisers say savers should compare the rate after any bonus ends, not the headline figure."]
    note = "This article is not financial advice. Always check the terms before opening an account."
    html = f"""<html lang="en"><head><title>{title} | Ledger</title></head><body><article><h1>{title}</h1>
    <div class="body">{"".join(f"<p>{p}</p>" for p in paras)}<p>{note}</p></div></article></body></html>"""
    article = cleaner.clean(html, kind="html")
    assert article.text == "\n\n".join(paras)


AFFILIATE_PAGES = {
    "nl": ("Zo kies je een zuinige wasmachine",
           "Dit artikel bevat affiliate links. Als je via zo'n link iets koopt, ontvangen wij een kleine vergoeding.",
           ["Een wasmachine gaat gemiddeld twaalf jaar mee, dus het verschil in stroomverbruik telt flink op. "
            "Wie kiest voor energielabel A, bespaart al snel zestig euro per jaar.",
            "Let ook op de centrifugesnelheid: hoe droger de was uit de trommel komt, hoe korter de droger "
            "daarna hoeft te draaien."]),
    "en": ("How to choose a quiet dishwasher",
           "When you buy through links on our site, we may earn an affiliate commission.",
           ["Dishwasher noise is measured in decibels, and anything under 44 dB is quiet enough for an open-plan "
            "kitchen. Most models we tested sit between 42 and 49 dB.",
            "The quietest machines use a brushless motor and extra insulation in the door, which also keeps "
            "the heat in for better drying."]),
}


@pytest.mark.parametrize("lang", sorted(AFFILIATE_PAGES))
def test_an_affiliate_note_above_an_own_pages_lede_goes(lang: str) -> None:
    """An outlet's note on its own page ("This article contains affiliate links ...") inside the article,
    above the lede: a note on the page, no part of the story."""
    import cleaner

    title, note, paras = AFFILIATE_PAGES[lang]
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = f"""<html lang="{lang}"><head><title>{title}</title></head><body><article><h1>{title}</h1>
    <div class="entry-content"><p>{note}</p>{body}</div></article></body></html>"""
    article = cleaner.clean(html, kind="html")
    assert article.text == "\n\n".join(paras)
    assert [r.text for r in article.removed if r.rule.startswith("concepts:")] == [note]


def test_a_lede_about_affiliate_commissions_is_the_story() -> None:
    import cleaner

    title = "Retailer halves the affiliate commission it pays publishers"
    lede = "Publishers that earn an affiliate commission from the retailer's links will get half as much from June."
    rest = ("The retailer said the change would bring its rates in line with competitors. Several review sites "
            "said they would rely more on advertising as a result.")
    html = f"""<html lang="en"><head><title>{title}</title></head><body><article><h1>{title}</h1>
    <div class="entry-content"><p>{lede}</p><p>{rest}</p></div></article></body></html>"""
    assert cleaner.clean(html, kind="html").text == f"{lede}\n\n{rest}"


KEY_FACTS_PAGES = {
    "fr": ("Tram B : six semaines de fermeture entre Grenoble et Gières cet été",
           ["La ligne B du tram sera fermée entre la gare de Grenoble et Gières du 7 juillet au 17 août, le temps "
            "de remplacer les rails usés sur près de deux kilomètres.",
            "Des bus de substitution circuleront pendant toute la durée du chantier, avec un départ toutes les "
            "six minutes aux heures de pointe, selon le syndicat des mobilités.",
            "Les commerçants de l'avenue des Martyrs demandent une indemnisation pour la baisse de fréquentation "
            "attendue pendant l'été."],
           "L'essentiel", ["Fermeture du 7 juillet au 17 août inclus", "Coût des travaux : 11,5 millions d'euros"]),
    "zh": ("共享单车新规下月施行 停车须进电子围栏",
           ["市交通委昨天发布共享单车管理新规，自六月一日起，市中心城区的共享单车必须停放在电子围栏内，否则无法结束行程。",
            "新规要求运营企业在三个月内完成全部车辆的定位模块升级，并按核定数量投放车辆，超出部分须在月底前回收。",
            "市民普遍认为新规有助于改善人行道拥堵，但也有人担心早高峰时围栏内车位不足。"],
           "新规要点", ["6月1日起施行", "围栏外停车无法还车，将持续计费"]),
}


@pytest.mark.parametrize("lang", sorted(KEY_FACTS_PAGES))
def test_a_key_facts_box_between_the_articles_paragraphs_is_kept_a_sidebar_is_not(lang: str) -> None:
    """trafilatura cleans every <aside> away, and boxes classed "sidebar"; a box of plain text between
    the article's own paragraphs, with nothing to act on, is the article's."""
    title, paras, heading, facts = KEY_FACTS_PAGES[lang]
    box = f'<aside class="key-facts"><h3>{heading}</h3><ul>{"".join(f"<li>{f}</li>" for f in facts)}</ul></aside>'
    method = f'<section class="sidebar-like info-panel"><p>{paras[1]}</p></section>'
    html = f"""<html lang="{lang}"><head><title>{title}</title></head><body><main><article><h1>{title}</h1>
    <div class="post-content"><p>{paras[0]}</p>{box}{method}<p>{paras[2]}</p></div></article>
    <aside class="sidebar most-read"><h3>Les plus lus</h3><ol><li><a href="/a">Un autre article</a></li>
    <li><a href="/b">Encore un autre</a></li></ol></aside></main></body></html>"""
    blocks = extract_html(html).blocks
    order = [blocks.index(b) for b in [paras[0], heading, *facts, paras[1], paras[2]]]
    assert order == sorted(order) and blocks[-1] == paras[2]
    assert "Un autre article" not in blocks


def test_a_box_with_a_link_between_paragraphs_is_left_to_the_rules() -> None:
    paras = KEY_FACTS_PAGES["fr"][1]
    teaser = ('<aside class="related"><h3>À lire aussi</h3><p>Le téléphérique de Grenoble fermé deux semaines '
              'pour révision : <a href="/teleph">lire la suite</a></p></aside>')
    html = f"<html><body><article><h1>Titre</h1><p>{paras[0]}</p>{teaser}<p>{paras[2]}</p></article></body></html>"
    page = extract_html(html)
    assert not any("téléphérique" in b for b in page.blocks)


def test_a_time_inside_a_sentence_stays_a_date_alone_does_not() -> None:
    """trafilatura cleans every <time> away: a live ticker's entries would lose their times, and a
    sentence its date."""
    entries = ["The meeting opens. The public gallery is full and around forty people are watching on a screen.",
               "Cllr Fenwick says the bridge's steel bearings are at the end of their life and must be replaced.",
               "The vote: 27 in favour, 19 against, two abstentions. The toll is approved by the council."]
    times = ["17:02", "17:20", "22:04"]
    items = "".join(f'<li class="stream-item"><p><time>{t}</time> {e}</p></li>' for t, e in zip(times, entries, strict=True))
    html = f"""<html><body><article><h1>Live: councillors vote on the bridge toll</h1>
    <p class="byline">By Jane Doe, <time datetime="2025-05-02">2 May 2025</time></p>
    <p>The council meets tonight to decide whether drivers will pay to cross the Harbour Bridge from next year.</p>
    <ul class="live-stream">{items}</ul></article></body></html>"""
    page = extract_html(html)
    assert [f"{t} {e}" for t, e in zip(times, entries, strict=True)] == [b for b in page.blocks if b[:2].isdigit()]
    assert not any("2 May 2025" in b for b in page.blocks)


def test_entity_bomb_is_not_expanded() -> None:
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 9))
    html = (
        f'<!DOCTYPE html [<!ENTITY l0 "lol">{lol}]>'
        f"<html><body><article><p>&l8; {LOREM}</p><p>{LOREM} Two.</p></article></body></html>"
    )
    page = extract_html(html)
    text = " ".join(page.blocks)
    assert "lollol" not in text
    assert "The regional council approved" in text
    assert len(text) < 2000


@pytest.mark.parametrize("depth", [10_000])
def test_deep_nesting_is_bounded(depth: int) -> None:
    html = (
        f"<html><body><article><p>{LOREM}</p><p>{LOREM} Again.</p>"
        + "<div>" * depth
        + "deep"
        + "</div>" * depth
        + "</article></body></html>"
    )
    page = extract_html(html)
    assert page.blocks[0].startswith("The regional council approved")


def test_huge_page_is_truncated() -> None:
    count = 50_000_000 // (len(LOREM) + 20)
    paras = "".join(f"<p>{LOREM} Number {i}.</p>\n" for i in range(count))
    html = f"<html><body><article>{paras}</article></body></html>"
    assert len(html) > 50_000_000 > MAX_INPUT_CHARS
    page = extract_html(html)
    assert page.blocks[:2] == [f"{LOREM} Number 0.", f"{LOREM} Number 1."]
    assert 1000 < len(page.blocks) <= MAX_ELEMENTS
    # peak resident size of the whole test process (kB on Linux, bytes on macOS)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert peak * (1 if sys.platform == "darwin" else 1024) < 3_000_000_000


def test_empty_and_garbage_input() -> None:
    assert extract_html("").blocks == []
    assert extract_html("   \n").title_lines == []
    page = extract_html("\x00\x01 not html at all")
    assert isinstance(page.blocks, list)


FRAGMENT = """<p>Revolut has finally exited the mobilisation phase and become a fully fledged UK bank, ending a wait that began in 2021.</p>
<p>The fintech, which claims 11 million UK customers, said it would migrate accounts over the coming months.</p>
<h2>What changes for customers</h2>
<p>Deposits will be protected up to £85,000 under the compensation scheme. Revolut also plans to launch:</p>
<ul><li>overdrafts and larger personal loans;</li><li>a UK mortgage product in 2026;</li>
<li>and a private banking tier for wealthy clients.</li></ul>
<ul class="plato-post-bottom-links"><li><a href="https://platoaistream.com/">PlatoAiStream. Web3 Intelligence. Knowledge Amplified. Access Here.</a></li></ul>"""


def test_feed_fragment_keeps_heading_and_trailing_list() -> None:
    page = extract_html(FRAGMENT)
    assert page.title_lines == []
    assert page.blocks[2:] == [
        "What changes for customers",
        "Deposits will be protected up to £85,000 under the compensation scheme. Revolut also plans to launch:",
        "overdrafts and larger personal loans;",
        "a UK mortgage product in 2026;",
        "and a private banking tier for wealthy clients.",
    ]
    assert [r.rule for r in page.removed] == ["plato-bottom-links"]


SHORT_ZH = """<html lang="zh-CN"><head><title>嫦娥六号月背样品首批研究成果发布</title></head><body>
<nav class="main-nav"><ul><li><a href="/0">首页</a></li><li><a href="/1">科技</a></li></ul></nav>
<main><article class="post"><h1 class="entry-title">嫦娥六号月背样品首批研究成果发布</h1>
<time datetime="2024-05-14T09:00:00Z">2024-05-14</time><div class="entry-content">
<p>中国科学院今天发布了嫦娥六号月球背面样品的首批研究成果。研究人员发现，月球背面存在约二十八亿年前的火山活动。</p>
<p>这批样品于今年六月由嫦娥六号探测器从月球背面南极艾特肯盆地采集并带回地球，总重约一千九百三十五克。</p>
<h2>国际合作</h2>
<p>科研团队表示，部分样品将向国际科学界开放申请，以推动对月球演化历史的共同研究。</p>
<p>专家认为，这些成果有助于解释月球正面与背面在地质结构上存在巨大差异的原因。</p>
</div></article></main></body></html>"""


def test_short_cjk_page_is_not_flattened() -> None:
    page = extracted(SHORT_ZH)
    assert len(page.blocks) == 5
    assert page.blocks[2] == "国际合作"
    assert page.blocks[0].startswith("中国科学院今天发布了")
    assert page.lang == "zh"


def test_standfirst_removed_but_later_pull_quote_kept() -> None:
    html = f"""<html><head><title>Transit budget</title></head><body><article>
    <header><h1>Transit budget</h1><h2 class="article-dek">Fares stay flat for a third year.</h2></header>
    <div class="body">{_paras(3)}
    <h3 class="deck">“We listened to riders,” the chair said after the vote.</h3>
    {_paras(2, "Opponents argued that the maintenance backlog needed the money more urgently than fares.")}
    </div></article></body></html>"""
    page = extract_html(html)
    assert [r.text for r in page.removed if r.rule == "dom-dek"] == ["Fares stay flat for a third year."]
    assert "“We listened to riders,” the chair said after the vote." in page.blocks


def test_trailing_link_list_removed_inline_one_kept() -> None:
    links = "".join(f'<li><a href="/s{i}">Source document number {i}</a></li>' for i in range(3))
    more = "".join(f'<li><a href="/r{i}">Ten facts about galaxies, part {i}</a></li>' for i in range(4))
    html = f"""<html><body><article>{_paras(2)}<ul>{links}</ul>{_paras(2, "After the list the article goes on with the budget vote and its consequences for riders.")}
    <ul>{more}</ul></article></body></html>"""
    page = extract_html(html)
    # a link list with article text after it is not ours to judge (trafilatura may still
    # drop it for its link density)
    assert not any("Source document" in r.text for r in page.removed)
    assert not any("galaxies" in b for b in page.blocks)
    assert [r.rule for r in page.removed if "galaxies" in r.text] == ["dom-link-list"]


def test_title_repeated_after_a_leading_line_is_removed() -> None:
    html = f"""<html><head><title>Cat found far from home - Daily Courier</title>
    <meta property="og:title" content="Cat found far from home"></head><body><article>
    <p>https://courier.example/news/cat-found-far-from-home.php</p>
    <p>Cat found far from home</p>{_paras(3)}</article></body></html>"""
    page = extracted(html)
    assert "Cat found far from home" not in page.blocks
    assert [r.text for r in page.removed if r.rule == "title-block"] == ["Cat found far from home"]
    assert page.blocks[0] == "https://courier.example/news/cat-found-far-from-home.php"


_MARKUP_TAGS = ["p", "li", "ul", "div", "h2", "h1", "nav", "a", "br", "span", "blockquote", "table", "td", "script", "dd"]


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 0))):
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(["x", " y ", "z\u00a0w", "", "\n"])))
        else:
            tag = draw(st.sampled_from(_MARKUP_TAGS))
            parts.append(f"<{tag}>{draw(_markup(depth + 1))}</{tag}>")
    return "".join(parts)


@settings(max_examples=400, deadline=None)
@given(_markup())
def test_page_items_found_by_libxml2_are_the_walks(markup: str) -> None:
    """The block elements found with libxml2 stepping over the rest are the Python walk's."""
    from cleaner.extract.repair import _reached, _walked

    root = parse_html(f"<html><body>{markup}</body></html>")
    assert root is not None
    scope = root.find("body")
    assert list(_reached(scope)) == list(_walked(scope))


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("a \t\n\r\x0b\x0c\x1c\x1f\x85\u00a0\u2003\u2028\u200b\ufeff\u3000")), max_size=12))
def test_collapse_is_the_whitespace_regex(text: str) -> None:
    """Every whitespace run is one space, but a run of ideographic spaces alone stays one."""
    from cleaner.extract.blocks import collapse

    bare = text.replace("\u200b", "").replace("\ufeff", "")
    expected = re.sub(r"\s+", lambda m: "\u3000" if set(m.group()) == {"\u3000"} else " ", bare).strip()
    assert collapse(text) == expected


def test_justext_stop_words_from_the_cache_are_trafilaturas(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    import inspect

    import justext.core
    from trafilatura import external

    from cleaner.extract import stoplist

    monkeypatch.setenv("CLEAN_ARTICLE_CACHE", str(tmp_path))
    own = external.jt_stoplist_init()
    expected = inspect.unwrap(justext.core.define_stoplist)(own)  # what justext makes of trafilatura's list
    monkeypatch.setattr(external, "JT_STOPLIST", None)
    stoplist.prime()  # gathers and stores
    gathered = external.JT_STOPLIST
    assert list(tmp_path.glob("justext-stopword-lines-*.marshal"))
    assert set(gathered) == set(own)
    monkeypatch.setattr(external, "JT_STOPLIST", None)
    stoplist.prime()  # loads
    assert external.JT_STOPLIST is not gathered and set(external.JT_STOPLIST) == set(own)
    # justext's set of that list is the stored one; any other list is lowered by justext itself
    assert justext.core.define_stoplist(external.JT_STOPLIST) == expected
    assert justext.core.define_stoplist(("Und", "DER")) == frozenset({"und", "der"})
    next(tmp_path.glob("justext-stopword-lines-*.marshal")).write_bytes(b"\x00broken")
    monkeypatch.setattr(external, "JT_STOPLIST", None)
    stoplist.prime()  # a broken copy is gathered again
    assert set(external.JT_STOPLIST) == set(own)


def test_the_stored_punctuation_class_is_the_planes(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The word pattern's class, read from the cache, names exactly the P* and S* characters."""
    import unicodedata

    from cleaner import text

    monkeypatch.setenv("CLEAN_ARTICLE_CACHE", str(tmp_path))
    ranges = text._punctuation_ranges()
    expected = [c for c in range(0x10000) if unicodedata.category(chr(c))[0] in "PS"]
    assert [c for a, b in ranges for c in range(a, b + 1)] == expected
    text._spaced_word.cache_clear()
    try:
        derived = text._spaced_word()
        assert list(tmp_path.glob("punctuation-ranges-*.marshal"))
        text._spaced_word.cache_clear()
        assert text._spaced_word().pattern == derived.pattern  # read back
        assert [m.group() for m in derived.finditer("«Hello», world… ¿qué? 12,5 % — ok.")] == [
            "Hello", "world", "qué", "12,5", "ok"]
    finally:
        text._spaced_word.cache_clear()


def test_the_mirror_check_is_kept_and_follows_the_source(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib
    import inspect
    import os

    from cleaner.extract import mirror

    monkeypatch.setenv("CLEAN_ARTICLE_CACHE", str(tmp_path))
    module = tmp_path / "mirrored_module.py"
    module.write_text("def f():\n    return 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import importlib

    mod = importlib.import_module("mirrored_module")
    expected = hashlib.sha1(("x\0" + inspect.getsource(mod.f)).encode()).hexdigest()
    assert mirror.mirrors(expected, "x", mod.f)
    assert list(tmp_path.glob("mirrors-*.marshal"))
    assert mirror.mirrors(expected, "x", mod.f)  # read back
    assert not mirror.mirrors(expected, "y", mod.f)
    module.write_text("def f():\n    return 2\n")  # the installed code changes: checked again
    os.utime(module, ns=(1, 1))
    import linecache

    linecache.clearcache()
    assert not mirror.mirrors(expected, "x", mod.f)


_ATTR_VALUES = [
    "comment", "Comments", "commentary", "comment-list", "comol-3", "disqus_thread", "dsq-comments", "post-comments x",
    "infinite-scroll", "infinitescroll", "mvp-post-add-box", "mvp-post-add-wrap", "elementor-share-buttons",
    "footer", "site-footer", "cookie-banner", "COOKIE_NOTICE", "Cookiebot", "cmplz-x", "notice--cookie",
    "coo\u212aie-law", "\u0130nfo", "main", "",
    "post", "entry", "articleBody", "articleContent", "entry-content", "article-body x", "fulltext", "FullText",
    "article story", "primary", "story", "text", "content", "contentBody", "Main-Content", "PAGE-content",
    "share-bar", "social", "nav", "Navigation", "cookie", "display:none", "display: none", "hidden", "true",
    "reply-to", "x -reply-", "Teaser", "caption", "MostPopularStories", "ad-slot",
]


@st.composite
def _prune_markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 3 if depth < 3 else 0))):
        tag = draw(st.sampled_from(["div", "section", "aside", "ol", "ul", "details", "span", "p", "h1", "footer", "script", "article", "main", "list", "item"]))
        names = ["id", "class", "style", "role", "itemprop", "aria-hidden", "data-component", "data-lp-replacement-content"]
        attrs = draw(st.lists(st.tuples(st.sampled_from(names), st.sampled_from(_ATTR_VALUES)), max_size=4, unique_by=lambda a: a[0]))
        attr_text = "".join(f' {name}="{value}"' for name, value in attrs)
        parts.append(f"<{tag}{attr_text}>x{draw(_prune_markup(depth + 1))}</{tag}>")
    return "".join(parts)


@settings(max_examples=1500, deadline=None)
@given(_prune_markup())
def test_trafilatura_prune_finders_select_what_its_xpaths_select(markup: str) -> None:
    """The finders of cleaner.extract.sequence return the elements, in the order, of the XPaths they replace."""
    from trafilatura import settings as tsettings
    from trafilatura import xpaths

    from cleaner.extract import sequence

    root = parse_html(f"<html><body>{markup}</body></html>")
    assert root is not None
    for finder, xpath in [
        (sequence._infinite_scroll, xpaths.RAW_TREE_PRUNE_XPATH[0]),
        (sequence._share_buttons, xpaths.RAW_TREE_PRUNE_XPATH[1]),
        (sequence._comments_and_lists, xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH[0]),
        (sequence._basic_clean, tsettings.BASIC_CLEAN_XPATH),
        (sequence._article_content, xpaths.BODY_XPATH[0]),
        (sequence._story, xpaths.BODY_XPATH[2]),
        (sequence._main_content, xpaths.BODY_XPATH[3]),
        (sequence._discarded, xpaths.OVERALL_DISCARD_XPATH[0]),
        (sequence._hidden, xpaths.OVERALL_DISCARD_XPATH[1]),
        (sequence._teasers, xpaths.TEASER_DISCARD_XPATH[0]),
        (sequence._captions, xpaths.DISCARD_IMAGE_ELEMENTS[0]),
    ]:
        for scope in (root, root.find("body")):
            assert finder(scope) == xpath(scope), (finder.__name__, markup)


@pytest.mark.parametrize("html", [NEWS, f"<html><body><div id='comments'><p>{LOREM}</p></div><p>{LOREM}</p></body></html>", "<html><body><p>Short.</p></body></html>"])
def test_trafilatura_sequence_gives_bare_extractions_body(html: str) -> None:
    from lxml import etree
    from trafilatura import bare_extraction

    from cleaner.extract import TRAFILATURA_OPTIONS, sequence

    if not sequence.usable():
        pytest.skip("another trafilatura release: bare_extraction runs itself")
    root = parse_html(html)
    assert root is not None
    for fast in (True, False):
        doc = bare_extraction(root, fast=fast, **TRAFILATURA_OPTIONS)
        found = sequence.extraction(root, None, fast=fast)
        assert (doc is None) == (found is None)
        if doc is not None and found is not None:
            assert (etree.tostring(found[0]), found[1]) == (etree.tostring(doc.body), doc.text)
    from trafilatura import main_extractor, xpaths

    assert main_extractor.BODY_XPATH is xpaths.BODY_XPATH  # bound back after the run


def test_a_figure_caption_above_a_section_heading_is_put_back() -> None:
    """trafilatura drops a figure between a paragraph and the next section's heading; the body
    goes on under that heading, so the caption that says what the photo shows comes back."""
    caption = "Capelin spawn in the gravel at Middle Cove Beach, near St. John's."
    html = (f"<html><head><title>Capelin are late</title></head><body><article><h1>Capelin are late</h1>"
            f"{_paras(3)}<figure><img src='/c.jpg' alt=''><figcaption>{caption}</figcaption></figure>"
            f"<h2>Smaller fish, later spawning</h2>{_paras(3, 'The researchers link the delay to size')}"
            "</article></body></html>")
    page = extracted(html)
    assert caption in page.blocks and page.captions
    assert page.blocks[page.blocks.index(caption) + 1] == "Smaller fish, later spawning"


_LD_VALUES = st.sampled_from([
    '"Jane Doe"', '"<b>Jan</b> Kowalski"', '"Ana \\u00e9 Silva"', '"A\\nB"', '"x &amp; y"', '"  spaced   name  "',
    '{"@type": "Person", "name": "Kim Lee"}', '[{"@type": "Person", "name": "Ola  Nordmann"}, {"name": "Bo"}]',
    '"2024-05-01T10:00:00Z"', '{"@type": "Organization", "name": "Daily\\tPost"}', '"quote \\" inside"',
])
_LD_KEYS = st.sampled_from(["author", "headline", "name", "datePublished", "publisher", "@type", "url", "creator"])


@st.composite
def _ld_json(draw: st.DrawFn) -> str:
    pairs = draw(st.lists(st.tuples(_LD_KEYS, _LD_VALUES), min_size=1, max_size=5))
    space = draw(st.sampled_from(["", " ", "\n  ", "\t", "\r\n    "]))
    body = ("," + space).join(f'{space}"{k}":{space}{v}' for k, v in pairs)
    text = "{" + body + space + "}"
    if draw(st.booleans()):
        text = f'[{space}{{"@type": "NewsArticle", "@graph": [{text}]}}{space}]'
    if draw(st.integers(0, 5)) == 0:
        text = text[: draw(st.integers(1, len(text)))]  # broken off: trafilatura's crude reader
    return text


@settings(max_examples=500, deadline=None)
@given(st.lists(_ld_json(), min_size=1, max_size=3))
def test_the_json_ld_reader_reads_what_trafilaturas_reads(scripts: list[str]) -> None:
    """The metadata's JSON-LD reader, which skips trafilatura's minifying regex where the text
    parses without it, gives the fields trafilatura's ``extract_meta_json`` gives."""
    from trafilatura import metadata as tm

    from cleaner.extract import metadata

    html = "<html><head>" + "".join(f'<script type="application/ld+json">{s}</script>' for s in scripts) \
        + "</head><body><p>x</p></body></html>"
    root = parse_html(html)
    assert root is not None and metadata._json_reader_as_written()
    fields = ("title", "author", "url", "sitename", "date", "pagetype", "categories", "tags")

    def read(reader: object) -> tuple[object, ...]:
        try:
            found = reader(root, tm.Document())  # type: ignore[operator]
        except Exception as err:  # noqa: BLE001 - both must fail alike
            return (type(err).__name__,)
        return tuple(getattr(found, f, None) for f in fields)

    assert read(metadata._meta_json) == read(tm.extract_meta_json)


def test_a_list_whose_items_hold_paragraphs_gives_each_once() -> None:
    """A feed fragment's live list, ``<li><p>...</p></li>``: the item is its paragraph, not a second copy."""
    entries = ["23:40 Askøybroen stenges for all trafikk på grunn av sterk vind og kraftige vindkast.",
               "01:15 Et tre har veltet over Fjøsangerveien. Politiet dirigerer trafikken forbi stedet.",
               "06:30 Vinden har løyet. Askøybroen åpnes igjen for personbiler, men ikke for busser."]
    items = "".join(f'<li class="comment stream-item"><p>{e}</p></li>' for e in entries)
    fragment = (f"<p>Ekstremværet traff Bergen natt til onsdag med vindkast opp mot 38 meter per sekund, og flere "
                f"veier ble stengt.</p><ol class='live-feed'>{items}</ol><p>Skolene holder åpent som normalt i dag.</p>")
    blocks = extract_html(fragment).blocks
    assert [b for b in blocks if b in entries] == entries


def _shell(body: str, visible: str = "") -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Faillissementen op hoogste punt",
            "articleBody": body}
    return ("<html><head><title>Faillissementen op hoogste punt</title>"
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></head>'
            f'<body><nav><a href="/">Home</a></nav><main><div id="__next">{visible}</div>'
            "<noscript>Schakel JavaScript in.</noscript></main></body></html>")


_PARAS = ["In april zijn 402 bedrijven failliet verklaard, meldt het CBS maandag. Dat is het hoogste aantal sinds 2016.",
          "Vooral de handel en de horeca werden getroffen. In de handel gingen 81 bedrijven failliet.",
          "Het CBS telt alleen bedrijven die door een rechter failliet zijn verklaard."]


def test_an_app_shells_article_comes_from_its_json_ld_body() -> None:
    """A page that renders its article with JavaScript holds it only in its JSON-LD
    ``articleBody``: that is the article, paragraph by paragraph."""
    page = extract_html(_shell("\n".join(_PARAS)))
    assert page.blocks == _PARAS


def test_a_page_that_shows_its_article_keeps_what_it_shows() -> None:
    """Where the markup holds the article, a shorter or equal JSON-LD body changes nothing."""
    visible = "".join(f"<p>{p}</p>" for p in _PARAS) + "<p>Een laatste alinea die alleen de pagina heeft.</p>"
    page = extract_html(_shell(_PARAS[0], visible))
    assert page.blocks == [*_PARAS, "Een laatste alinea die alleen de pagina heeft."]


BROKEN_FRAGMENTS = [
    # (fragment, the blocks it holds): paragraphs written with two breaks, an inline element
    # running across them, a link with text after it, single breaks kept inside a paragraph
    (
        'Ein Leser zitiert aus der Lokalpresse: <i>"Die Brücke bleibt bis Juni gesperrt.<br> <br>Umleitungen '
        'sind ausgeschildert."</i><br><br>Die Stadt prüft einen Ersatzbau.<p><div class="share"> </div></p>'
        '<a href="https://x.example/1">Weiterlesen</a> bei Beispielnachrichten.',
        ['Ein Leser zitiert aus der Lokalpresse: "Die Brücke bleibt bis Juni gesperrt.',
         'Umleitungen sind ausgeschildert."', "Die Stadt prüft einen Ersatzbau.",
         "Weiterlesen bei Beispielnachrichten."],
    ),
    (
        "第一段，市政府宣布新政策。<br/><br/>第二段，<b>居民</b>表示欢迎。<br/>同一段的第二行。<br/><br/>第三段。",
        ["第一段，市政府宣布新政策。", "第二段，居民表示欢迎。 同一段的第二行。", "第三段。"],
    ),
]


@pytest.mark.parametrize(("fragment", "blocks"), BROKEN_FRAGMENTS)
def test_fragment_paragraphs_written_with_breaks_are_paragraphs(fragment: str, blocks: list[str]) -> None:
    page = extract_html(fragment)
    assert [" ".join(b.split()) for b in page.blocks] == blocks


def test_fragment_with_paragraph_elements_is_left_as_written() -> None:
    from lxml import html as lxml_html

    from cleaner.extract.breaks import break_paragraphs

    body = lxml_html.fromstring("<div><p>Eins.<br><br>Zwei.</p><p>Drei.</p></div>")
    assert break_paragraphs(body) is False
    assert [p.text_content() for p in body] == ["Eins.Zwei.", "Drei."]


_P = [
    "<p>The regional council approved the plan on Tuesday after a debate that ran for more than three hours.</p>",
    "<p>Opponents said the cost estimates were too optimistic, and several members asked for an independent review.</p>",
    "<p>The first phase is due to start in spring, with the second one depending on a federal grant next year.</p>",
]


def _article(box: str) -> str:
    return (f"<html><head><title>Council approves plan</title></head><body><article><h1>Council approves plan</h1>"
            f"<div class='entry-content'>{_P[0]}{_P[1]}{box}{_P[2]}</div></article></body></html>")


CLASSED_BOXES = [
    # (a box between paragraphs, the lines of it that are the article's, the lines that are not)
    ("<aside class='related-facts'><h3>The plan in figures</h3><ul><li>312 signs removed by June</li>"
     "<li>41 notice boards kept</li><li>Budget: 180,000 euros a year</li></ul></aside>",
     ["The plan in figures", "312 signs removed by June", "41 notice boards kept"], []),
    ("<aside class='related-box'><h3>Read also</h3><ul><li>Mayor opens the new harbour bridge</li>"
     "<li>Schools get more teachers next autumn</li><li>Flood defences finished ahead of winter</li></ul></aside>",
     [], ["Mayor opens the new harbour bridge", "Read also"]),
    ("<div class='promo-box'><h3>What we liked</h3><ul><li>Quiet motor that copes with hills</li>"
     "<li>Brakes that stop a full load</li></ul></div>",
     ["What we liked", "Quiet motor that copes with hills"], []),
    ("<blockquote class='share-quote'><p>\u201cWe have waited ten years for this decision, and now the work can "
     "finally begin,\u201d</p><p>council leader Anna Berg</p><a href='https://x.example/intent'>Tweet this</a>"
     "</blockquote>",
     ["We have waited ten years for this decision", "council leader Anna Berg"], ["Tweet this"]),
    ("<div class='share-tools'><p>Share on Facebook \u00b7 Share on X \u00b7 Send on WhatsApp to your friends</p></div>",
     [], ["Share on Facebook"]),
    ("<div class='liveblog-entry'><header class='liveblog-meta'><time>9:41 p.m.</time></header>"
     "<h3>Power back for most homes</h3></div>",
     ["9:41 p.m.", "Power back for most homes"], []),
]


@pytest.mark.parametrize(("box", "kept", "gone"), CLASSED_BOXES)
def test_class_tokens_are_weighed_against_what_the_box_holds(box: str, kept: list[str], gone: list[str]) -> None:
    text = "\n".join(extract_html(_article(box)).blocks)
    for line in kept:
        assert line in text, text
    for line in gone:
        assert line not in text, text
    assert all(re.sub("<[^>]+>", "", p) in text for p in _P)


def test_a_sign_up_box_is_known_by_its_form_whatever_its_class() -> None:
    box = ("<div class='wp-block-group has-background'><h3>Sign up for our free daily newsletter</h3>"
           "<p>Get the day's council and transport stories in your inbox, plus a weekly round-up.</p>"
           "<form action='#'><input type='email' name='email'><button type='submit'>Subscribe</button></form></div>")
    text = "\n".join(extract_html(_article(box)).blocks)
    assert "newsletter" not in text and "inbox" not in text, text
    assert all(re.sub("<[^>]+>", "", p) in text for p in _P)


def test_a_form_inside_the_article_text_takes_no_paragraph_with_it() -> None:
    box = ("<div class='wp-block-group'>" + "".join(_P) + "<form action='#'><input type='email' name='e'></form></div>")
    page = _article("").replace("<div class='entry-content'>", "<div class='entry-content'>" + box)
    text = "\n".join(extract_html(page).blocks)
    assert text.count(re.sub("<[^>]+>", "", _P[0])) >= 1, text
