"""Behaviour of the structural detectors on realistic dumps in several scripts."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

import cleaner
from cleaner import Options, run
from cleaner.strip.rules import load_rules
from cleaner.titles.echo import common_title, find_echo


def _republished(title: str, lines: list[str], outlet: str = "Kryptoverse") -> str:
    """A text dump as the network republishes an article: the title echoed with the outlet and the
    brand phrase on top, the "Time Stamp:" / "More from" block below."""
    return "\n\n".join([f"{title} - {outlet}", f"{title} - {outlet} PlatoBlockchain Data Intelligence. "
                        "Vertical Search. Ai.", *lines, "Time Stamp:", f"More from {outlet}"])

RULES = load_rules()

ECHO_CASES = [
    # (candidate lines, expected title, expected tails)
    (
        [
            "Llama 3 Is Coming in May - Decrypt",
            "Llama 3 Is Coming in May - Decrypt it",
            "Llama 3 Is Coming in May - PlatoBlockchain Data Intelligence Decrypt. Vertical Search. Ai.",
        ],
        "Llama 3 Is Coming in May",
        ["Decrypt", "Decrypt it", "PlatoBlockchain Data Intelligence Decrypt. Vertical Search. Ai."],
    ),
    (
        [
            "Bitcoin ETF Flows - What the Data Shows - CoinDesk",
            "Bitcoin ETF Flows - What the Data Shows - CoinDesk PlatoBlockchain Data Intelligence.",
        ],
        "Bitcoin ETF Flows - What the Data Shows",
        ["CoinDesk", "CoinDesk PlatoBlockchain Data Intelligence."],
    ),
    (
        ["TechCrunch | OpenAI ships a new model", "OpenAI ships a new model"],
        "OpenAI ships a new model",
        ["TechCrunch", ""],
    ),
    (
        [
            "比特币突破七万美元大关 - 解密",
            "比特币突破七万美元大关 - 解密 PlatoBlockchain 数据智能。垂直搜索。人工智能。",
        ],
        "比特币突破七万美元大关",
        ["解密", "解密 PlatoBlockchain 数据智能。垂直搜索。人工智能。"],
    ),
    (
        [
            "Биткоин вырос до $70 000 – что дальше? | Коинтелеграф",
            "Биткоин вырос до $70 000 – что дальше? | Коинтелеграф ПлатонБлокчейн Интеллект данных.",
        ],
        "Биткоин вырос до $70 000 – что дальше?",
        ["Коинтелеграф", "Коинтелеграф ПлатонБлокчейн Интеллект данных."],
    ),
]


@pytest.mark.parametrize(("lines", "title", "tails"), ECHO_CASES, ids=lambda v: str(v)[:30])
def test_echo_finds_title_and_tails(lines: list[str], title: str, tails: list[str]) -> None:
    echo = find_echo(lines)
    assert echo is not None
    assert echo.title == title
    assert echo.tails == tails


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Rust 2.0 - What Changes for Embedded Developers", "Rust 2.0 shipped today with a new borrow checker."),
        ("Markets", "Markets rallied on Tuesday - the third gain in a row as inflation cooled."),
        ("Bitcoin Price Today", "Ethereum Price Today"),
    ],
)
def test_lines_that_only_start_alike_are_not_echoes(a: str, b: str) -> None:
    assert common_title(a, b) is None or len(find_echo([a, b]).tails[1].split()) <= 20  # type: ignore[union-attr]
    article = cleaner.clean(f"{a}\n\n{b}\n\nA second paragraph that is plainly article text.")
    assert article.title == a
    assert b in article.text


def test_lone_title_with_dash_stays_whole() -> None:
    text = "Rust 2.0 - What Changes for Embedded Developers\n\nThe release lands today.\n\nMore to follow."
    article = cleaner.clean(text)
    assert article.title == "Rust 2.0 - What Changes for Embedded Developers"
    assert article.source is None
    assert article.text == "The release lands today.\n\nMore to follow."
    assert article.removed == []


HUNGARIAN = """A Bitcoin 70 000 dollár fölé emelkedett – mi következik? - Visszafejtés

A Bitcoin 70 000 dollár fölé emelkedett – mi következik? - Visszafejteni

A Bitcoin 70 000 dollár fölé emelkedett – mi következik? - Visszafejtés PlatoBlockchain adatintelligencia. Függőleges keresés. Ai.

A Bitcoin kedden 70 000 dollár fölé emelkedett, miután az amerikai inflációs adatok a vártnál gyengébbek lettek.

Bitcoin PlatoBlockchain adatintelligencia. Függőleges keresés. Ai.

Mi jön ezután?

A derivatívapiacokon a nyitott pozíciók száma rekordot döntött, ami nagyobb volatilitást vetít előre.

Szerkesztette: Ryan Ozawa.

Időbélyeg:

Több innen Visszafejtés
"""


def test_unseen_language_dump_is_cleaned_structurally() -> None:
    """Hungarian is in no fixture: echo, learned caption spam, label and outlet line still go."""
    article = cleaner.clean(HUNGARIAN)
    assert article.title == "A Bitcoin 70 000 dollár fölé emelkedett – mi következik?"
    assert article.source == "Visszafejtés"
    rules = {r.rule for r in article.removed}
    assert {"title-echo", "learned-spam", "label", "outlet-link"} <= rules
    assert article.text.split("\n\n") == [
        "A Bitcoin kedden 70 000 dollár fölé emelkedett, miután az amerikai inflációs adatok a vártnál gyengébbek lettek.",
        "Mi jön ezután?",
        "A derivatívapiacokon a nyitott pozíciók száma rekordot döntött, ami nagyobb volatilitást vetít előre.",
        "Szerkesztette: Ryan Ozawa.",
    ]


PITCH_ON_TOP = """Ethereum se prepara para la actualización Fusaka - Descifrar

Ethereum se prepara para la actualización Fusaka - Descifrar Inteligencia de datos PlatoBlockchain. Búsqueda vertical. Ai.

{first}

Los desarrolladores principales de Ethereum confirmaron el jueves que la actualización se activará el 3 de diciembre.

La actualización amplía la capacidad de datos disponible para las redes de segunda capa.
"""


@pytest.mark.parametrize(("first", "removed"), [
    # the outlet's pitch moved above the lede: a whole pitch sentence goes
    ("Manténgase al tanto de las noticias, reciba actualizaciones diarias en su bandeja de entrada.", True),
    # a lede that names a newsletter once is the article
    ("El boletín de la fundación, que se publica cada semana, anunció la fecha de la actualización Fusaka "
     "a los desarrolladores.", False),
])
def test_pitch_sentence_above_the_lede(first: str, removed: bool) -> None:
    article = cleaner.clean(PITCH_ON_TOP.format(first=first))
    assert article.title == "Ethereum se prepara para la actualización Fusaka"
    assert (first not in article.text) is removed
    assert article.text.endswith("redes de segunda capa.")


@pytest.mark.parametrize(("text", "first", "glued"), [
    ("Solana hits record - Decrypt\n\nSolana hits record - Decrypt PlatoBlockchain Data Intelligence. "
     "Vertical Search. Ai.\n\nSolana rose 12% on Monday as memecoin trading surged. Solana "
     "PlatoBlockchain Data Intelligence. Vertical Search. Ai.\n\nAnalysts expect volatility to stay high.",
     "Solana rose 12% on Monday as memecoin trading surged.",
     "Solana PlatoBlockchain Data Intelligence. Vertical Search. Ai."),
    # the spam phrase has "。" tokens too: the stop that ends the article's sentence stays with it
    ("贝莱德基金规模突破5亿美元 - 块\n\n贝莱德基金规模突破5亿美元 - 区块柏拉图区块链数据智能。垂直搜索。人工智能。\n\n"
     "目前，代币化美国国债市场的总规模约为13亿美元，较年初增长逾一倍。代币化柏拉图区块链数据智能。垂直搜索。人工智能。\n\n"
     "分析师预计，到明年年底该市场规模可能再翻一番。",
     "目前，代币化美国国债市场的总规模约为13亿美元，较年初增长逾一倍。", "代币化柏拉图区块链数据智能。垂直搜索。人工智能。"),
])
def test_glued_spam_is_cut_from_the_paragraph_end(text: str, first: str, glued: str) -> None:
    article = cleaner.clean(text)
    assert article.text.split("\n\n")[0] == first
    assert [r.text for r in article.removed if r.rule == "learned-spam"] == [glued]


VOCAB = [
    "kala",
    "maja",
    "linn",
    "tee",
    "päev",
    "aasta",
    "turg",
    "pank",
    "raha",
    "hind",
    "tõus",
    "plaan",
    "valitsus",
    "seadus",
    "riik",
    "keskpank",
    "intress",
    "laen",
    "eelarve",
    "maks",
    "palk",
    "töö",
    "ettevõte",
    "tehas",
    "eksport",
    "import",
    "energia",
    "gaas",
    "elekter",
    "tuul",
    "päike",
    "hoone",
    "kool",
    "haigla",
    "arst",
    "õpetaja",
    "laps",
    "pere",
    "maa",
    "mets",
    "meri",
    "saar",
    "sadam",
    "lennujaam",
    "rong",
    "buss",
    "auto",
]


def _page(i: int, editor: str, outlet: str = "Dekrüpteeri") -> str:
    rng = random.Random(i)
    title = " ".join(rng.sample(VOCAB, 5)).capitalize()
    body = [" ".join(rng.choices(VOCAB, k=16)).capitalize() + "." for _ in range(4)]
    lines = [
        f"{title} - {outlet}",
        f"{title} - {outlet} PlatoBlockchain andmeluure. Vertikaalne otsing. Ai.",
        *body,
        f"Toimetanud {editor}.",
        "Ühinege igapäevase kirjaga, see on tasuta ja kiire.",
        "Ajatempel:",
    ]
    return "\n\n".join(lines) + "\n"


def _clean_dir(paths: list[Path], **options: object) -> list[dict]:
    out: list[dict] = []
    run(
        [str(p) for p in paths],
        Options(**options),
        write=lambda a: out.append(a.to_dict()),  # type: ignore[arg-type]
        reject=lambda r: None,
    )
    return out


def test_site_template_learned_across_pages_keeps_varying_bylines(tmp_path: Path) -> None:
    """A pitch no prior knows, repeated on every page of the outlet, is that site's template;
    the editor byline recurs too but varies between pages, so it is article content."""
    paths = []
    for i in range(6):
        path = tmp_path / f"page{i}.txt"
        path.write_text(_page(i, "Jaan Tamm" if i % 2 else "Mari Maasikas"), encoding="utf-8")
        paths.append(path)
    records = _clean_dir(paths)
    assert len(records) == 6
    for rec in records:
        removed = {r["text"]: r["rule"] for r in rec["removed"]}
        assert removed["Ühinege igapäevase kirjaga, see on tasuta ja kiire."] == "site-template"
        assert rec["text"].endswith(("Toimetanud Jaan Tamm.", "Toimetanud Mari Maasikas."))


_HE_STORIES = [
    ("מחירי הדירות בחיפה עלו בשישה אחוזים", "מחירי הדירות בחיפה עלו בשישה אחוזים ברבעון הראשון, כך עולה מנתוני הלשכה "
     "המרכזית לסטטיסטיקה.", "העלייה החדה ביותר נרשמה בשכונות הכרמל, שם נמכרו דירות בארבע חדרים במחיר שיא."),
    ("באר שבע תבנה שלושה גני ילדים", "עיריית באר שבע אישרה תוכנית לבניית שלושה גני ילדים חדשים בשכונה הצפונית עד "
     "סוף השנה.", "ההורים בשכונה התלוננו במשך שנתיים על מחסור בכיתות, והעירייה הבטיחה שהעבודות יתחילו בקיץ."),
    ("נמל אשדוד הרחיב את הרציף הדרומי", "נמל אשדוד השלים את הרחבת הרציף הדרומי, שיאפשר לאניות גדולות יותר לפרוק "
     "מטען בעיר.", "לדברי הנהלת הנמל, זמן ההמתנה של אניות מכולה צפוי להתקצר בכמעט יום שלם."),
]
_LV_STORIES = [
    ("Rīgā atklāj jaunu tramvaja līniju", "Rīgas satiksme pirmdien atklāja jauno tramvaja līniju uz Skanstes apkaimi, "
     "kas savieno centru ar jaunajiem dzīvojamajiem kvartāliem."),
    ("Liepājas ostā pieaug kravu apgrozījums", "Liepājas ostas kravu apgrozījums pirmajā pusgadā pieauga par "
     "divpadsmit procentiem, galvenokārt pateicoties graudu eksportam."),
    ("Daugavpilī slēgs divas lauku skolas", "Daugavpils novada dome nolēma no septembra slēgt divas lauku skolas, "
     "jo tajās mācās mazāk nekā trīsdesmit bērnu."),
    ("Siguldā būvēs jaunu peldbaseinu", "Siguldas novada pašvaldība parakstīja līgumu par jauna peldbaseina būvniecību "
     "pie sporta centra, darbi ilgs divus gadus."),
    ("Ventspilī atjauno jūrmalas promenādi", "Ventspils pilsēta sāka jūrmalas promenādes atjaunošanu, nomainot "
     "koka segumu un uzstādot jaunu apgaismojumu."),
    ("Valmierā atver jaunu bibliotēkas filiāli", "Valmieras bibliotēka atvēra jaunu filiāli Pārgaujas apkaimē, kur "
     "līdz šim iedzīvotājiem nebija tuvas lasītavas."),
]


def test_a_sites_standing_line_is_learned_in_a_folder_it_shares_with_sites_of_another_script(
        tmp_path: Path) -> None:
    """A scraper's day folder holds six pages of a Latvian outlet and three network copies in
    Hebrew: the Hebrew pages' standing line is on each of them, a third of the folder; among the
    folder's Hebrew-script pages it is on all, and is their site's line."""
    standing = "הכתבות שלנו נכתבות בחיפה ובגליל ונערכות בידי צוות של שבעה עורכים ותיקים."
    for k, (title, lede, second) in enumerate(_HE_STORIES):
        page = [f"{title} - חדשות הצפון", lede, second, standing]
        (tmp_path / f"he-{k}.txt").write_text("\n\n".join(page), encoding="utf-8")
    for k, (title, lede) in enumerate(_LV_STORIES):
        page = [f"{title} - Rīgas Vēstis", lede, "Plašāk par to lasiet mūsu nedēļas nogales izdevumā."]
        (tmp_path / f"lv-{k}.txt").write_text("\n\n".join(page), encoding="utf-8")
    records = _clean_dir(sorted(tmp_path.iterdir()))
    hebrew = [r for r in records if "/he-" in r["origin"]["path"]]
    assert len(records) == 9 and len(hebrew) == 3
    for rec in hebrew:
        assert standing not in rec["text"]
        assert {r["text"]: r["rule"] for r in rec["removed"]}[standing] == "site-template"


def test_template_evidence_carries_over_between_runs(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    pitch = "Ühinege igapäevase kirjaga, see on tasuta ja kiire."
    results = []
    for i in range(4):
        path = tmp_path / f"day{i}.txt"
        path.write_text(_page(i, "Jaan Tamm"), encoding="utf-8")
        rec = _clean_dir([path], state=str(state))[0]
        results.append(pitch in rec["text"])
    # a single page alone cannot tell; once three earlier pages are on record it can
    assert results[0] is True
    assert results[-1] is False


def test_negative_controls_on_clean_text_change_nothing() -> None:
    text = (
        "Why Newsletters Still Work\n\nEmail newsletters are having a moment.\n\n"
        "Subscribe to our newsletter, the editors wrote, and the inbox becomes a habit.\n\n"
        "Source: Reuters\n\nTime Stamp:\n\nMore from the interview below:"
    )
    article = cleaner.clean(text)
    assert article.title == "Why Newsletters Still Work"
    assert article.removed == []
    assert article.text == text.split("\n\n", 1)[1]


def test_rules_file_extends_the_priors(tmp_path: Path) -> None:
    extra = tmp_path / "rules.json"
    extra.write_text(json.dumps({"brands": ["ContentMill"], "outlets": ["Daily Ledger"]}), encoding="utf-8")
    text = "Rates hold steady - Daily Ledger\n\nThe central bank held rates on Thursday.\n\nRead it all on ContentMill"
    plain = cleaner.clean(text)
    extended = cleaner.clean(text, rules=[str(extra)])
    assert "ContentMill" in plain.text
    assert "ContentMill" not in extended.text
    assert extended.source == "Daily Ledger"
    assert extended.title == "Rates hold steady"


def test_priors_shape() -> None:
    """The packaged priors load, cover many languages, and never flag the philosopher alone."""
    assert {"newsletter", "time_stamp", "more_from", "disclaimer"} <= set(RULES.families)
    assert RULES.brand("Plato wrote the Republic around 375 BC.") is None
    assert RULES.brand("Bitcoin PlatoBlockchain Data Intelligence.") is not None
    assert RULES.family("সময় স্ট্যাম্প:") == "time_stamp"
    assert RULES.family("सबसे अधिक लोकप्रिय") is None  # "से अधिक" must not match inside a word


def test_scraper_header_lines_become_metadata() -> None:
    """A bare URL and "Date:" lines on top of a dump are metadata, not the title."""
    text = (
        "https://zephyrnet.com/el/bitcoin-rises/?utm_source=feed\nDate: 2024-04-10\n\n"
        "Το Bitcoin ανεβαίνει ξανά - Αποκρυπτογράφηση\n\n"
        "Το Bitcoin ανεβαίνει ξανά - Αποκρυπτογράφηση PlatoBlockchain Ευφυΐα Δεδομένων. Κάθετη Αναζήτηση. Ai.\n\n"
        "Το Bitcoin ανέβηκε 5% την Τρίτη.\n\nΟι αναλυτές χαιρέτισαν την κίνηση."
    )
    article = cleaner.clean(text)
    assert article.title == "Το Bitcoin ανεβαίνει ξανά"
    assert article.source == "Αποκρυπτογράφηση"
    assert article.url == "https://zephyrnet.com/el/bitcoin-rises/"
    assert article.published == "2024-04-10"
    assert article.text == "Το Bitcoin ανέβηκε 5% την Τρίτη.\n\nΟι αναλυτές χαιρέτισαν την κίνηση."


def test_source_line_with_text_is_not_a_header() -> None:
    text = "Source: Reuters poll of 40 economists\n\nRates seen on hold through June, the poll showed."
    article = cleaner.clean(text)
    assert article.title == "Source: Reuters poll of 40 economists"
    assert article.removed == []


LABEL_LIST_PAGE = """Apple shares fall after iPhone sales in China miss estimates - CNBC

Apple shares fall after iPhone sales in China miss estimates - CNBC PlatoBlockchain Data Intelligence. Vertical Search. Ai.

Apple shares fell 4% in extended trading Thursday after iPhone revenue from Greater China dropped 11%.

{items}

Overall revenue rose 2% to $95.4 billion, slightly ahead of analyst expectations.

Analysts Take: Why the China slump matters more than the beat

The company said tariffs added about $900 million in costs during the quarter.

Time Stamp:

More from CNBC
"""


@pytest.mark.parametrize("items", [
    # under a line that ends in a colon
    "Here is how Apple did versus LSEG consensus estimates:\n\nEarnings per share: $1.65 vs. $1.62 expected\n\n"
    "Revenue: $95.4 billion vs. $94.5 billion expected",
    # a run of label lines with different labels, no introducing line
    "Earnings per share: $1.65 vs. $1.62 expected\n\nRevenue: $95.4 billion vs. $94.5 billion expected\n\n"
    "iPhone revenue: $46.8 billion vs. $46.2 billion expected",
])
def test_label_value_items_are_a_list_not_inline_links(items: str) -> None:
    article = cleaner.clean(LABEL_LIST_PAGE.format(items=items))
    for item in items.split("\n\n"):
        assert item in article.text
    # a lone "Label: headline" line between paragraphs of a republished page is a link
    assert "Analysts Take" not in article.text
    assert article.text.endswith("during the quarter.")


@pytest.mark.parametrize(("line", "removed"), [
    ("Sign up for Morning Money, our daily newsletter on the people and policies shaping finance.", True),
    ("Suscríbete a nuestro boletín y recibe las noticias más importantes en tu bandeja de entrada.", True),
    # a quoted pitch is reported speech, and a line naming a newsletter once is the article's
    ('"Subscribe to our newsletter," the pop-up read, before readers had seen a single paragraph.', False),
    ("The bank's newsletter for investors warned of the risk last month.", False),
    # no newsletter named, but the line speaks to the reader or as the outlet
    ("Stay on top of the latest hardware news: join the readers who get our editors' picks every weekday.", True),
    ("Vil du vide, hvad AI betyder for din forretning? Tilmeld dig vores ugentlige AI-brev – det er gratis.", True),
    ("订阅我们的每周通讯，第一时间获取来自全球各地的科技报道。", True),
    # someone's words reported without quotation marks, closed by who said them
    ("We will let customers sign up for free every week, the chief executive told analysts.", False),
    ("Customers can sign up for free every week, and you can cancel at any time, the company said.", False),
    ("Get stories like this in your inbox.", True),
    # "US" is no "us"; a how-to's list item is no pitch; a paragraph telling "you" what a service
    # now lets you do for free runs longer than a pitch
    ("US officials said the talks would resume for free next week.", False),
    ("Your email list will begin to grow", False),
    ("Amazon is now letting you listen to music free on smartphones and TV, as well as online, and investors "
     "are nervous. The company said customers without a subscription could now access music for free.", False),
    # a pronoun of another language ("du" is German "you") makes no pitch of a French news line
    ("Les abonnés actuels seront prévenus par e-mail au moins trente jours avant l'application du nouveau tarif.", False),
])
def test_a_whole_pitch_sentence_between_paragraphs(line: str, removed: bool) -> None:
    text = LABEL_LIST_PAGE.format(items=line)
    article = cleaner.clean(text)
    assert (line not in article.text) is removed
    assert article.text.startswith("Apple shares fell 4%") and article.text.endswith("during the quarter.")


@pytest.mark.parametrize("tail", [
    "VentureBeat Plato-Data Intelligence.",
    "Биткоин ПлатоБлокчејн интелигенција. Вертикална претрага. Аи.",
])
def test_a_glued_brand_tail_in_a_new_spelling_is_cut(tail: str) -> None:
    paragraph = "Користувачі ChatGPT Plus поки що можуть надсилати лише 30 повідомлень на тиждень до повної версії моделі."
    text = "\n\n".join(["OpenAI представила нову модель o1", "OpenAI у четвер випустила нову модель o1, яка витрачає "
                        "додатковий час на роздуми перед відповіддю.", f"{paragraph} {tail}",
                        "Компанія планує відкрити доступ для безкоштовних користувачів пізніше цього року."])
    article = cleaner.clean(text)
    assert paragraph in article.text.split("\n\n")
    assert [r.text for r in article.removed if r.rule == "network-brand"] == [tail]


def test_a_list_under_a_heading_above_the_lede_goes_with_it() -> None:
    title = "Tether Posts Record $13 Billion Profit"
    body = ["(Bloomberg) -- Tether Holdings SA reported a record $13 billion profit for 2024, driven by interest on "
            "its Treasury holdings.", "The company said it held $113 billion of Treasuries at year-end."]
    head = ["Most Read from Bloomberg", "Trump's Tariff Deadline Looms Over Asian Markets",
            "The Hedge Fund Trade That Blew Up in April"]
    dump = "\n\n".join([f"{title} - Bloomberg", f"{title} - Bloomberg PlatoBlockchain Data Intelligence. Vertical "
                        "Search. Ai.", *head, *body, "Time Stamp:", "More from Bloomberg"])
    article = cleaner.clean(dump)
    assert article.text == "\n\n".join(body)
    # a byline under an outlet line is no list: it stays
    dump = "\n\n".join([f"{title} - Bloomberg", f"{title} - Bloomberg PlatoBlockchain Data Intelligence. Vertical "
                        "Search. Ai.", "More from Bloomberg", "By Dana Whitcombe", *body])
    assert cleaner.clean(dump).text == "\n\n".join(["By Dana Whitcombe", *body])


@pytest.mark.parametrize(("last", "removed"), [
    # the prior says "w skrzynce odbiorczej"; this translation put "swojej" inside it
    ("Otrzymuj codzienne aktualizacje w swojej skrzynce odbiorczej.", True),
    # a short everyday phrase with a word inside is not the prior ("sign up for")
    ("Parents can sign them up for lessons at the town hall.", False),
])
def test_a_prior_phrase_with_one_word_inside_it(last: str, removed: bool) -> None:
    title = "Prezydent zawetował ustawę o kryptoaktywach"
    body = ["Prezydent Karol Nawrocki zawetował w poniedziałek ustawę o kryptoaktywach.",
            "Kancelaria wskazała, że ustawa nadmiernie ogranicza wolność gospodarczą."]
    dump = "\n\n".join([f"{title} - Odszyfruj", f"{title} - Odszyfruj Inteligencja danych PlatoBlockchain. "
                        "Wyszukiwanie pionowe. AI.", *body, last, "Znacznik czasu:", "Więcej od Odszyfruj"])
    article = cleaner.clean(dump)
    assert article.text == "\n\n".join(body if removed else [*body, last])


def test_a_clean_page_about_newsletters_keeps_its_sentences_about_them() -> None:
    line = "The Morning Brew newsletter, which lands in your inbox at 6am, now has four million readers."
    paras = ["Publishers are betting on email again after years of chasing traffic from social media.", line,
             "Sign up for the newsletter of your local paper, the researchers advise, before it is gone."]
    page = ("<html><body><article><h1>Newsletters are booming</h1>"
            + "".join(f"<p>{p}</p>" for p in paras) + "</article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.text == "\n\n".join(paras)


def test_a_label_line_under_figures_credits_them() -> None:
    """"Mənbə: <organisation>" under a paragraph of figures is the article's own source line, in a
    language no prior covers; a "Label: headline" line elsewhere in the body is a link."""
    title = "Azərbaycanda inflyasiya yavaşlayır"
    body = ["Mərkəzi Bankın məlumatına görə, illik inflyasiya oktyabrda 4,8 faizə enib.",
            "Mənbə: Azərbaycan Respublikasının Mərkəzi Bankı",
            "Ekspertlər qiymətlərin növbəti aylarda sabit qalacağını gözləyir.",
            "Bank uçot dərəcəsini dəyişməz saxlayıb."]
    link = "Oxuyun: Neft qiymətləri həftəni enişlə başa vurdu"
    dump = "\n\n".join([f"{title} - Xəbər Mərkəzi", f"{title} - Xəbər Mərkəzi PlatoBlockchain Data Intelligence. "
                        "Vertical Search. Ai.", *body[:3], link, body[3], "Time Stamp:", "More from Xəbər Mərkəzi"])
    assert cleaner.clean(dump).text == "\n\n".join(body)


@pytest.mark.parametrize(("last", "removed"), [
    ("More from Decrypt", True),
    ("More from the series will follow next week.", False),  # a whole sentence: the article's
])
def test_a_link_family_names_no_whole_sentence(last: str, removed: bool) -> None:
    title = "The watchmaker who still files every gear by hand"
    body = ["In a workshop above a bakery, Anna Keller files each gear of her watches by hand.",
            "Her waiting list now runs to four years."]
    dump = "\n\n".join([f"{title} - Decrypt", f"{title} - Decrypt PlatoBlockchain Data Intelligence. Vertical "
                        "Search. Ai.", *body, last])
    article = cleaner.clean(dump)
    assert article.text == "\n\n".join(body if removed else [*body, last])


def test_a_wire_credit_with_a_semicolon_is_no_keyword_run() -> None:
    title = "Banks quietly load up on Treasuries as deposits return"
    body = ["U.S. banks added Treasuries at the fastest pace in two years last quarter, filings show.",
            "Reporting by Hannah Lang in Washington and Suzanne McGee in Providence; Editing by Megan Davies"]
    dump = "\n\n".join([f"{title} - Reuters", f"{title} - Reuters PlatoBlockchain Data Intelligence. Vertical "
                        "Search. Ai.", *body])
    assert cleaner.clean(dump).text == "\n\n".join(body)


def test_a_tables_rows_set_apart_by_bars_are_no_keyword_run() -> None:
    """A weekly price report sets its table as rows of cells between bars, figures in most of them:
    a table's rows, not a tag run's items (which a republished page ends on: "laks, pris, plato"),
    though they end the article right above the trailer."""
    title = "Lakseprisen steg for tredje uke på rad"
    body = ["Spotprisen på laks steg med drøyt fire prosent i uke 25, viser tall fra Nasdaq.",
            "Vektklasse | Denne uken | Forrige uke | Endring",
            "3–4 kg | 72,60 kr | 69,80 kr | +4,0 %", "4–5 kg | 76,70 kr | 73,50 kr | +4,4 %",
            "5–6 kg | 81,40 kr | 77,90 kr | +4,5 %"]
    trailer = ["laks, lakseprisen, havbruk, plato, PlatoData, zephyrnet", "Tidsstempel:", "Mer fra iLaks"]
    dump = "\n\n".join([f"{title} - iLaks", f"{title} - iLaks PlatoBlockchain Data Intelligence. Vertikalt søk. Ai.",
                        *body, *trailer])
    assert cleaner.clean(dump).text == "\n\n".join(body)


_RUPIAH_TITLE = "Bank Indonesia menahan suku bunga acuan di level 5,75 persen"
_RUPIAH_BODY = [
    "JAKARTA - Bank Indonesia (BI) memutuskan untuk mempertahankan suku bunga acuan BI-Rate di level 5,75 persen "
    "pada rapat dewan gubernur bulan ini.",
    "Gubernur BI Perry Warjiyo mengatakan keputusan tersebut konsisten dengan upaya menjaga stabilitas nilai tukar "
    "rupiah di tengah ketidakpastian global.",
    "Rupiah melemah 0,4 persen terhadap dolar AS sepanjang pekan lalu, sementara arus modal asing keluar dari pasar "
    "obligasi pemerintah.",
    "Para ekonom memperkirakan ruang penurunan suku bunga baru akan terbuka pada kuartal berikutnya.",
]


@pytest.mark.parametrize(("tail", "kept"), [
    # an outlet's footer the translation skipped, in languages no phrase prior covers
    (["Subscriu-te al butlletí diari i rep les notícies més importants cada matí a la safata d'entrada.",
      "Jisajili kwa jarida letu la kila siku upate habari muhimu kwenye kikasha chako kila asubuhi."], []),
    # a short label or name under the foreign line goes with it
    (["Subscriu-te al butlletí diari i rep les notícies més importants cada matí a la safata d'entrada.",
      "Diari Econòmic"], []),
    # a credit of names and a quotation read as any language: they stay
    (["Reporting by Jane Doe; editing by Mark Smith"], ["Reporting by Jane Doe; editing by Mark Smith"]),
    (['"We will keep rates where they are as long as the rupiah needs it," he told reporters.'],
     ['"We will keep rates where they are as long as the rupiah needs it," he told reporters.']),
    # the article's own last line in its language stops the walk (a pitch there would go as one anyway)
    (["El banc central no ha fet cap comentari sobre la decisió de la setmana passada.",
      "Keputusan berikutnya dijadwalkan pada bulan depan."],
     ["El banc central no ha fet cap comentari sobre la decisió de la setmana passada.",
      "Keputusan berikutnya dijadwalkan pada bulan depan."]),
])
def test_the_lines_that_end_a_republished_page_in_another_language_go(tail: list[str], kept: list[str]) -> None:
    dump = "\n\n".join([f"{_RUPIAH_TITLE} - Ledgerline",
                        f"{_RUPIAH_TITLE} - Ledgerline PlatoBlockchain Data Intelligence. Vertical Search. Ai.",
                        *_RUPIAH_BODY, *tail, "Time Stamp:", "More from Ledgerline"])
    article = cleaner.clean(dump)
    assert article.text == "\n\n".join([*_RUPIAH_BODY, *kept])
    assert article.title == _RUPIAH_TITLE


def test_a_clean_page_ending_in_another_language_keeps_it() -> None:
    """Only a republished page is judged: an article may well end with a line in another language."""
    tail = "Subscriu-te al butlletí diari i rep les notícies més importants cada matí a la safata d'entrada."
    article = cleaner.clean("\n\n".join([_RUPIAH_TITLE, *_RUPIAH_BODY, tail]))
    assert article.text == "\n\n".join([*_RUPIAH_BODY, tail])


_TZ_TITLE = "Benki Kuu ya Tanzania yapunguza riba ya msingi hadi asilimia 5.75"
_TZ_BODY = [
    "DAR ES SALAAM - Benki Kuu ya Tanzania imepunguza riba yake ya msingi kwa robo ya asilimia, ikitaja kushuka "
    "kwa mfumuko wa bei katika miezi mitatu iliyopita.",
    "Gavana wa benki hiyo alisema uamuzi huo unalenga kuchochea mikopo kwa biashara ndogo na za kati ambazo "
    "zimekuwa zikilalamikia gharama kubwa za mikopo.",
    "Wachambuzi wanatarajia benki za biashara kupunguza viwango vyao vya riba ndani ya wiki chache zijazo, "
    "ingawa baadhi yao wanasema athari itachukua muda.",
    "Shilingi ya Tanzania ilibaki imara dhidi ya dola ya Marekani baada ya tangazo hilo, kwa mujibu wa "
    "wafanyabiashara wa fedha jijini Dar es Salaam.",
]


@pytest.mark.parametrize(("at", "line", "kept"), [
    # a "Label: name" line with the body above it (one closing paragraph below) credits it,
    # whatever the label's language
    (3, "Chanzo: Benki Kuu ya Tanzania", True),
    # ... and right above the trailing block too: a value of a few words names, a headline tells
    (4, "Chanzo: Benki Kuu ya Tanzania", True),
    # the same shape between paragraphs, with the body going on below it, links another story
    (2, "Soma pia: Kenya yaongeza ushuru wa mafuta kwa mara ya pili mwaka huu", False),
])
def test_a_label_line_is_a_credit_under_the_body_and_a_link_inside_it(at: int, line: str, kept: bool) -> None:
    body = [*_TZ_BODY[:at], line, *_TZ_BODY[at:]]
    dump = "\n\n".join([f"{_TZ_TITLE} - Mwangaza", f"{_TZ_TITLE} - Mwangaza PlatoBlockchain Data Intelligence. "
                        "Vertical Search. Ai.", *body, "Time Stamp:", "More from Mwangaza"])
    article = cleaner.clean(dump)
    assert article.text == "\n\n".join(body if kept else _TZ_BODY)


def test_one_authors_byline_recurring_across_a_dump_is_no_template(tmp_path: Path) -> None:
    """Every page of one outlet carries the same author's byline and the same footer: the footer
    is the site's template, the byline (a person's name) stays."""
    stories = [
        ("Gemeente Utrecht test slimme verkeerslichten", "De gemeente Utrecht test sinds maandag verkeerslichten "
         "die zelf het verkeer tellen en de groentijden aanpassen aan de drukte op het kruispunt."),
        ("Nederlandse chipmachines blijven gewild in Azië", "De vraag naar Nederlandse chipmachines in Azië blijft "
         "groot, ondanks de exportbeperkingen die het kabinet vorig jaar invoerde voor de meest geavanceerde systemen."),
        ("Zonnepanelen op boerderijen leveren record op", "Boeren in Friesland en Groningen hebben vorig jaar meer "
         "zonnestroom geleverd dan ooit, blijkt uit nieuwe cijfers van de netbeheerder over het afgelopen jaar."),
        ("Treinverkeer rond Amsterdam weekend beperkt", "Door werkzaamheden aan het spoor rijden er dit weekend "
         "minder treinen tussen Amsterdam Centraal en Schiphol, meldt de spoorbeheerder in een verklaring."),
    ]
    footer = "Abonneer je op de dagelijkse nieuwsbrief van Stadsblad en ontvang elke ochtend het belangrijkste nieuws."
    for k, (title, lede) in enumerate(stories):
        page = [f"{title} - Stadsblad", f"{title} - Stadsblad PlatoBlockchain Data Intelligence. Vertical Search. Ai.",
                "Door Pieter Jansen", lede, f"Een woordvoerder liet weten dat de eerste resultaten na {k + 2} maanden "
                "worden gepubliceerd.", footer, "Time Stamp:", "More from Stadsblad"]
        (tmp_path / f"p{k}.txt").write_text("\n\n".join(page), encoding="utf-8")
    out: list = []
    run([str(tmp_path)], Options(), write=out.append, reject=lambda r: None)
    assert len(out) == len(stories)
    for article in out:
        assert article.text.split("\n\n")[0] == "Door Pieter Jansen"
        assert footer not in article.text


def _bio_run(tmp_path: Path, stories: list[tuple[str, str, str]], bios: list[str], outlet: str) -> list:
    for k, (title, lede, second) in enumerate(stories):
        page = [f"{title} - {outlet}", f"{title} - {outlet} PlatoBlockchain Data Intelligence. Vertical Search. Ai.",
                lede, second, bios[k], "Time Stamp:", f"More from {outlet}"]
        (tmp_path / f"p{k}.txt").write_text("\n\n".join(page), encoding="utf-8")
    out: list = []
    run([str(tmp_path)], Options(), write=out.append, reject=lambda r: None)
    assert len(out) == len(stories)
    return out


_RO_STORIES = [
    ("Banca Națională amendează un procesator de plăți", "Banca Națională a aplicat o amendă de 2,4 milioane de lei "
     "unui procesator de plăți din București, după un control care a durat patru luni.",
     "Compania are la dispoziție 30 de zile pentru a contesta decizia în instanță, potrivit comunicatului."),
    ("Plățile instant ajung la un milion pe zi", "Sistemul de plăți instant a depășit pragul de un milion de "
     "tranzacții pe zi, la doi ani după lansare, arată datele publicate de asociația băncilor.",
     "Cele mai multe plăți sunt transferuri între persoane, sub 500 de lei, făcute seara și în weekend."),
    ("Un neobank cere licență de instituție de credit", "Un neobank fondat la Cluj a depus cererea pentru o licență "
     "completă de instituție de credit, primul pas spre a oferi și credite de consum.",
     "Fondatorii spun că au atras 18 milioane de euro de la investitori din Europa Centrală."),
    ("Băncile mici cer amânarea noilor reguli", "Cinci bănci mici au cerut autorității de supraveghere amânarea cu un "
     "an a noilor reguli de raportare, invocând costurile sistemelor informatice.",
     "Autoritatea a răspuns că va analiza cererea până la sfârșitul lunii viitoare."),
    ("Asigurătorii testează polițe cumpărate din aplicație", "Trei asigurători testează polițe de călătorie care pot "
     "fi cumpărate direct din aplicația băncii, fără formular separat.",
     "Primele rezultate arată că jumătate dintre clienți aleg polița în ultima zi înainte de plecare."),
]


def test_a_bio_whose_name_beat_and_city_vary_is_the_sites_template(tmp_path: Path) -> None:
    """A columnist's bio under every page ("<name> scrie pentru noi despre <beat>, din <city>."):
    no one wording recurs on enough pages, but the wordings share most of their words in order,
    and together they are on every page: one standing line with its slots filled differently."""
    bios = ["Ioana Marin scrie pentru noi despre plăți și bănci digitale, din București.",
            "Radu Stan scrie pentru noi despre plăți și bănci digitale, din Iași.",
            "Ioana Marin scrie pentru noi despre plăți și bănci digitale, din București.",
            "Elena Dobre scrie pentru noi despre reglementare și supraveghere bancară, din Cluj-Napoca.",
            "Radu Stan scrie pentru noi despre asigurări și pensii private, din Iași."]
    for article, bio, (_, lede, second) in zip(_bio_run(tmp_path, _RO_STORIES, bios, "Fintech Zilnic"), bios,
                                               _RO_STORIES, strict=True):
        assert bio not in article.text
        assert article.text == f"{lede}\n\n{second}"
        assert {r.text: r.rule for r in article.removed}[bio] == "site-template"


def test_sentences_sharing_a_phrase_are_no_skeleton(tmp_path: Path) -> None:
    """Closing sentences of different stories that share a few words ("... a declarat pentru noi ...")
    but little else are each article's own, however many pages carry the phrase."""
    closers = ["Purtătorul de cuvânt al băncii a declarat pentru noi că amenda va fi contestată în instanță.",
               "Directorul asociației a declarat pentru noi că volumul se va dubla până la finalul anului.",
               "Unul dintre fondatori a declarat pentru noi că licența ar putea veni în primăvară.",
               "Reprezentantul băncilor mici a declarat pentru noi că termenul propus este nerealist.",
               "O analistă a pieței a declarat pentru noi că polițele digitale vor deveni regula."]
    for article, closer in zip(_bio_run(tmp_path, _RO_STORIES, closers, "Fintech Zilnic"), closers, strict=True):
        assert article.text.endswith(closer)


_BG_STORIES = [
    ("Ремонтът на Лъвов мост се забавя с три месеца", "Ремонтът на Лъвов мост в София ще продължи поне три месеца "
     "повече от планираното, съобщиха от столичната община в понеделник.",
     "Изпълнителят иска допълнително време заради зимните температури, при които не може да се полага бетон."),
    ("Експертиза откри пукнатини в свода на Лъвов мост", "Независима експертиза е открила пукнатини в свода на Лъвов "
     "мост, които не са били видими при първоначалния оглед през лятото.",
     "Инженерите са взели проби от камъка и ще препоръчат дали сводът да бъде укрепен или изграден наново."),
    ("Трамваите по Лъвов мост остават с обходен маршрут", "Трамвайните линии, които минават по Лъвов мост, ще "
     "продължат да се движат по обходно трасе до края на годината.",
     "Пътниците от Надежда и Илиянци пътуват средно с девет минути повече в посока към центъра."),
    ("Колко струва забавянето на ремонта на Лъвов мост", "Всеки месец забавяне на ремонта на Лъвов мост струва на "
     "градския транспорт около 210 хиляди лева допълнителни разходи.",
     "Според договора фирмата не носи отговорност за забавяне, причинено от скрити дефекти в конструкцията."),
]


def _bg_run(tmp_path: Path, bodies: list[list[str]]) -> list:
    """Clean the pages of one Bulgarian outlet's run, one body per story of ``_BG_STORIES``."""
    for k, ((title, _, _), body) in enumerate(zip(_BG_STORIES, bodies, strict=True)):
        page = [f"{title} - Дневник", f"{title} - Дневник PlatoBlockchain Data Intelligence. Vertical Search. Ai.",
                *body, "Времеви печат:", "Още от Дневник"]
        (tmp_path / f"p{k}.txt").write_text("\n\n".join(page), encoding="utf-8")
    out: list = []
    run([str(tmp_path)], Options(), write=out.append, reject=lambda r: None)
    assert len(out) == len(_BG_STORIES)
    return out


@pytest.mark.parametrize("shared", [
    "Контекст",  # the desk's section heading, between the article's own paragraphs
    "„Лъвовете ще се върнат на местата си, но мостът под тях трябва да издържи още сто години“, каза архитектът.",
    "Ралица Петкова",  # one reporter's byline, her name alone
])
def test_content_recurring_on_every_page_of_a_site_stays_its_standing_line_goes(shared: str, tmp_path: Path) -> None:
    """Articles of one story from one site share a section heading, a quote and a byline with each
    other, as they share the site's standing line: only the standing line is the site's template."""
    standing = "Слушайте подкаста „Дневник в осем“ всеки делничен ден – дванайсет минути за най-важното от деня."
    out = _bg_run(tmp_path, [[lede, shared, more, standing] for _, lede, more in _BG_STORIES])
    for article in out:
        paragraphs = article.text.split("\n\n")
        assert shared in paragraphs and len(paragraphs) == 3
        assert standing not in article.text


def test_a_standing_line_moved_between_paragraphs_goes_a_recurring_background_paragraph_stays(
        tmp_path: Path) -> None:
    """The site's podcast plug ends most pages and stands mid-page on one: there it goes too. The
    story's background paragraph, repeated by every article of the story, reports in the third
    person and names no outlet: it stays wherever it stands."""
    plug = "Слушайте подкаста „Дневник в осем“ всеки делничен ден – дванайсет минути за най-важното от деня."
    background = ("Лъвов мост е построен през 1889 година и е един от символите на София, заедно с четирите "
                  "бронзови лъва в двата му края.")
    closing = ["Кметът обеща да представи подробен график на ремонта пред общинския съвет още този месец.",
               "Жителите на квартала се оплакват от шума на строителните машини през нощта.",
               "Транспортната комисия ще обсъди новите маршрути на заседанието си в четвъртък.",
               "Прокуратурата е поискала документите по обществената поръчка за ремонта на моста."]
    out = _bg_run(tmp_path, [[lede, plug, background, more, closing[k]] if k == 0 else
                             [lede, background, more, closing[k], plug]
                             for k, (_, lede, more) in enumerate(_BG_STORIES)])
    for article in out:
        assert article.text.split("\n\n")[1:3] in ([background, s[2]] for s in _BG_STORIES)
        assert plug not in article.text


def test_a_background_paragraph_every_article_of_a_story_repeats_stays_at_the_end(tmp_path: Path) -> None:
    """The story's background paragraph, with its figures, ends every article of a site's run just
    above the footer: recurring, it is still the article's, and so is what stands above it."""
    background = ("Лъвов мост е построен през 1889 година, а ремонтът му, одобрен от общинския съвет през "
                  "март 2024 година, трябваше да приключи за 14 месеца и да струва 9,8 милиона лева без ДДС.")
    out = _bg_run(tmp_path, [[lede, more, background] for _, lede, more in _BG_STORIES])
    assert sorted(a.text for a in out) == sorted("\n\n".join([lede, more, background]) for _, lede, more in _BG_STORIES)


_XH_BODY = [
    "Abalawuli be-Compound bavotele isindululo sokuba iipesenti ezingama-30 zengeniso yeprotocol zinikwe "
    "abanini bamathokheni e-COMP abawatshixileyo.",
    "Isindululo sifumene iivoti ezingaphezu kwezigidi ezingama-600 ezixhasayo, kwaye zingama-40 kuphela "
    "ezichasayo, ngokweenkcukacha zovoto.",
    "Abaxhasi bathi le nkqubo intsha iza kunika amathokheni e-COMP ixabiso lokwenyani okokuqala.",
]


@pytest.mark.parametrize(("tail", "footer", "source"), [
    # the outlet's tail kept before a hyphen-glued brand ("I-PlatoBlockchain"), and named again by
    # the page's own "More from" line: it is the source, and comes off the title
    ("Khupha ukufihla - I-PlatoBlockchain Data Intelligence. Ukukhangela Okuthe Nkqo. Ai.",
     ["Isitampu Sexesha:", "Okungakumbi ku-Khupha ukufihla"], "Khupha ukufihla"),
    # the spam's own words after the outlet's name ("Ubuchule Bedatha", data skill): the page
    # names the outlet by its first word only
    ("Ongenankani Ubuchule Bedatha be-PlatoBlockchain. Ukukhangela Okuthe Nkqo. I-Ai.",
     ["Eli nqaku lipapashwe okokuqala ku-Ongenankani.", "Isitampu Sexesha:"], "Ongenankani"),
])
def test_the_outlet_is_what_the_page_names_it(tail: str, footer: list[str], source: str) -> None:
    title = "Abalawuli be-Compound bavotela ukwabelana ngengeniso"
    content = "".join(f"<p>{p}</p>" for p in [*_XH_BODY, *footer])
    article = cleaner.clean(content, kind="html", title=f"{title} - {tail}")  # a feed post's content and title
    assert (article.title, article.source) == (title, source)
    assert article.text == "\n\n".join(_XH_BODY)


def test_the_declared_site_outranks_spam_words_in_front_of_the_brand() -> None:
    """og:site_name names the outlet; the words the translation set in front of the brand in
    the title tails ("Ubwenge bw'amakuru bwa": data intelligence of) appear nowhere else."""
    title = "Ubushinwa bwongereye imisoro ku byuma bikoreshwa mu gukora chips"
    page = (f"<html><head><title>{title} - Ubwenge bw'amakuru bwa PlatoBlockchain. Gushakisha Uhagaritse."
            f"</title><meta property=\"og:title\" content=\"{title} - Ubwenge bw'amakuru bwa PlatoBlockchain. Ai.\">"
            "<meta property=\"og:site_name\" content=\"Harborview\"></head><body><article>"
            f"<h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in _XH_BODY) + "</article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert (article.title, article.source) == (title, "Harborview")


@pytest.mark.parametrize(("words", "name"), [
    (["Bankless-də"], "Bankless"),  # a case ending comes off
    (["Il-Bqija", "tad-Dinja."], "Il-Bqija tad-Dinja"),  # an article in front of a name stays on it
])
def test_a_name_loses_its_case_ending_not_its_article(words: list[str], name: str) -> None:
    from cleaner.titles.outlet import _name

    assert _name(words, load_rules()) == name


def test_the_networks_own_line_is_known_by_the_latin_words_every_translation_keeps() -> None:
    """"SEO Powered Content & PR Distribution. Get Amplified Today." in a language with no phrase
    prior: "SEO" and "PR" stay in Latin letters whatever the rest becomes."""
    lines = ["SEOk bultzatutako edukia eta PR banaketa. Anplifikatu gaur.",
             "PlatoData.Network Bertikal Sortzailea Ai. Ahaldundu zeure burua. Sartu hemen.",
             "Iturria: Plato Datuen Adimena."]
    body = ["Eusko Jaurlaritzak 40 milioi euro bideratuko ditu datu-zentro berri bat eraikitzeko Arabako "
            "industrialdean, larunbatean iragarri zuenez.",
            "Proiektuak 120 lanpostu zuzen sortuko ditu eta 2027an hasiko da lanean, sailburuaren arabera.",
            "Ingurumen taldeek ur-kontsumoari buruzko txosten independente bat eskatu dute."]
    page = ("<html><head><title>Datu-zentro berria Araban</title></head><body><article>"
            + "".join(f"<p>{p}</p>" for p in [*body, *lines]) + "</article></body></html>")
    article = cleaner.clean(page, kind="html", url="https://platodata.io/eu/datu-zentro-berria/")
    assert article.text == "\n\n".join(body)


_LT_BODY = [
    "Lietuvos bankas antradienį paskelbė, kad nuo kitų metų kriptovaliutų paslaugų teikėjai turės gauti "
    "naują licenciją pagal Europos Sąjungos reglamentą.",
    "Pasak banko atstovų, pereinamasis laikotarpis truks šešis mėnesius, o įmonės, nespėjusios pateikti "
    "paraiškų, turės nutraukti veiklą.",
    "Rinkos dalyviai sako, kad reikalavimai kapitalui ir vidaus kontrolei mažesnėms bendrovėms bus sunkiai įgyvendinami.",
]


@pytest.mark.parametrize(("last", "removed"), [
    # the footer translates the outlet's name ("Iššifruok", decrypt) where the title kept it
    # transliterated ("Dekriptas"): a line naming it the footer's way is the outlet's own
    ("Prenumeruokite Iššifruok naujienlaiškį ir kiekvieną rytą gaukite svarbiausias kriptovaliutų naujienas.", True),
    # the footer's other word ("daugiau", more) alone names no one
    ("Daugiau informacijos bankas žada paskelbti iki rugsėjo pabaigos.", False),
])
def test_a_line_naming_the_outlet_as_the_footer_translates_it(last: str, removed: bool) -> None:
    title = "Lietuvos bankas griežtina kriptovaliutų įmonių licencijavimą"
    dump = "\n\n".join([f"{title} - Dekriptas", f"{title} - Dekriptas PlatoBlockchain duomenų žvalgyba. "
                        "Vertikali paieška. Ai.", *_LT_BODY, last, "Laiko žymė:", "Daugiau iš Iššifruok"])
    article = cleaner.clean(dump)
    assert article.text == "\n\n".join(_LT_BODY if removed else [*_LT_BODY, last])


@pytest.mark.parametrize(("caption", "removed"), [
    # the spam's shape around the brand's bare stem, translated: a caption line of the network's
    ("Banque de France Intelligence des données Platon. Recherche verticale. Aï.", True),
    # an article's own short sentences about the philosopher are no such line
    ("Platon lui-même en doutait. Vraiment. Toujours.", False),
])
def test_a_caption_shaped_like_the_spam_around_the_brand_stem(caption: str, removed: bool) -> None:
    title = "La Banque de France alerte sur la fraude aux virements instantanés"
    body = ["La Banque de France a mis en garde mardi contre une hausse de la fraude aux virements instantanés, "
            "qui ont représenté un quart des paiements frauduleux l'an dernier.",
            "Selon l'Observatoire de la sécurité des moyens de paiement, les escrocs se font passer pour des "
            "conseillers bancaires afin d'obtenir la validation des opérations.",
            "L'Observatoire recommande de ne jamais communiquer ses codes de validation par téléphone."]
    echo = f"{title} - BBC"
    dump = "\n\n".join([echo, echo, body[0], caption, *body[1:], "Horodatage :", "Plus de BBC"])
    article = cleaner.clean(dump)
    assert article.text == "\n\n".join(body if removed else [body[0], caption, *body[1:]])


def test_a_page_in_a_language_the_model_does_not_know_keeps_its_last_lines() -> None:
    """Thaana (Dhivehi) is no language of the model: every line would read as foreign to it, so
    the page's language is not judged at all."""
    title = "ރާއްޖޭގެ ރިސޯޓުތަކުގައި އައު ފައިސާ ދެއްކުމުގެ ނިޒާމެއް"
    body = ["ރާއްޖޭގެ ރިސޯޓުތަކުގައި ފަތުރުވެރިންނަށް އައު ގޮތަކަށް ފައިސާ ދެއްކޭނެ ނިޒާމެއް ތަޢާރަފު ކޮށްފިއެވެ.",
            "މި ނިޒާމުން ބޭރުގެ ފައިސާ ގައުމަށް ވަންނަ މިންވަރު އިތުރުވާނެ ކަމަށް ހުށަހެޅުމުގައި ބުނެފައިވެއެވެ.",
            "ބައެއް ބޭންކުތަކުން ބުނީ ޤާނޫނީ އުސޫލުތައް ކަނޑައެޅުމަށް ފަހުގައި މި ނިޒާމު ބޭނުން ކުރާނެ ކަމަށެވެ.",
            "މި ނިޒާމު ފުރަތަމަ ތަޖުރިބާ ކުރާނީ މާލޭ ކައިރީގައި ހުންނަ ތިން ރިސޯޓެއްގައެވެ."]
    page = (f'<html lang="dv"><head><title>{title} - Raajje Times</title><meta property="og:title" '
            f'content="{title} - Raajje Times PlatoBlockchain Data Intelligence. Vertical Search. Ai."></head>'
            "<body><article>" + "".join(f"<p>{p}</p>" for p in body) + "</article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.text == "\n\n".join(body)


def test_an_article_line_about_seo_and_pr_is_no_network_line() -> None:
    body = ["Marketing budgets at mid-sized firms grew again this year, according to a new survey.",
            "Spending on SEO and PR rose faster than on paid search for a second year."]
    article = cleaner.clean("\n\n".join(["Marketing budgets grow again", *body]))
    assert article.text == "\n\n".join(body)


@pytest.mark.parametrize("lines", [
    # an interview's turns: "A:" marks an answer, whatever its length
    ["Q. What was the first thing you bought with the prize money?",
     "A: A trip to the coast with my whole family",
     "Q. And the second?",
     "A: Season tickets for my brother and his two sons"],
    # section heads of one article, each under a label of its own
    ["The plan stage: think about the shop you want to run",
     "Most owners skip this part, and it costs them the first year of sales and most of their savings.",
     "The build stage: make the first version in a weekend",
     "A rough page that takes orders teaches more than a polished page that nobody ever sees or uses.",
     "The launch stage: tell the people who asked for it first"],
])
def test_label_lines_that_structure_the_article_are_not_links(lines: list[str]) -> None:
    title = "How a small shop owner spent her first year"
    body = ["When Dana Brooks opened her online shop last spring, she had no plan beyond the first month.",
            *lines,
            "A year on, the shop employs three people and ships to eleven countries, she said in an interview."]
    dump = _republished(title, body)
    assert cleaner.clean(dump).text == "\n\n".join(body)


def test_a_marked_list_whose_items_end_alike_is_the_articles() -> None:
    """Three short trailing lines ending in the same words are the network's "... Access Here."
    list; the article's own list, marked as one, is not."""
    title = "Extra night ferries to Gozo this weekend"
    body = ["Gozo Channel will run extra night crossings this weekend for the village feast.",
            "The extra departures from Ċirkewwa are:",
            "- 00:45 to Mġarr harbour", "- 01:30 to Mġarr harbour", "- 02:15 to Mġarr harbour"]
    dump = _republished(title, body)
    assert cleaner.clean(dump).text == "\n\n".join(body)


@pytest.mark.parametrize(("last", "kept"), [
    # an article about newsletters ends on its subject
    ("For many small outlets, the newsletter has become the front page.", True),
    # the outlet's own pitch under it is still a pitch: its phrases are not the article's
    ("Stay on top of crypto news, get daily updates in your inbox.", False),
])
def test_a_republished_article_about_newsletters_keeps_its_last_words(last: str, kept: bool) -> None:
    title = "Why local newsletters are booming"
    body = ["Local newsletters have doubled in number since 2020, a new study of 400 towns finds.",
            "Readers say a newsletter feels personal in a way a website does not, the authors write.",
            "Most newsletter writers in the study earn less than a part-time wage from it."]
    dump = _republished(title, [*body, last])
    assert cleaner.clean(dump).text == "\n\n".join([*body, last] if kept else body)


@pytest.mark.parametrize(("last", "removed"), [
    # the outlet's follow-us line, in a language no phrase prior covers: two platforms named
    ("Tufuateni kwenye X na Telegram kwa habari za kila saa.", True),
    ("Seuraa meitä X:ssä ja YouTubessa", True),  # case endings: after a colon, and glued to a long name
    # an article about the platforms names them in its body first: its last line is its own
    ("Marufuku hiyo inahusu pia TikTok na Instagram kuanzia mwezi ujao.", False),
])
def test_a_follow_line_names_two_platforms_the_article_is_not_about(last: str, removed: bool) -> None:
    title = "Serikali yapendekeza sheria mpya ya mitandao ya kijamii"
    body = ["Serikali imewasilisha bungeni muswada unaowataka watoto walio chini ya miaka 16 kupata ridhaa ya "
            "wazazi kabla ya kufungua akaunti za mitandao ya kijamii kama TikTok na Instagram.",
            "Wabunge wa upinzani wamesema watauunga mkono muswada huo ikiwa utalinda faragha ya watumiaji.",
            "Kampuni za teknolojia zimepewa siku 30 kutoa maoni yao kuhusu muswada huo."]
    if "X" in last:
        body[0] = body[0].replace("TikTok na Instagram", "majukwaa ya video")
    dump = "\n\n".join([f"{title} - Mwangaza", f"{title} - Mwangaza PlatoBlockchain Data Intelligence. "
                        "Vertical Search. Ai.", *body, last, "Time Stamp:", "More from Mwangaza"])
    assert cleaner.clean(dump).text == "\n\n".join(body if removed else [*body, last])


def test_a_footer_known_to_a_prior_teaches_the_name_it_holds() -> None:
    """"المزيد من المراقب" (more from Al-Monitor, translated) under a title that transliterates the
    name ("المونيتور"): the prior knows "المزيد من", so "المراقب" is the outlet's other name, and
    the pitch naming it goes."""
    title = "السعودية تطلق صندوقاً للاستثمار في الذكاء الاصطناعي"
    body = ["أعلن صندوق الاستثمارات العامة السعودي يوم الثلاثاء عن إطلاق صندوق جديد للاستثمار في شركات الذكاء "
            "الاصطناعي داخل المملكة وخارجها.",
            "وقال مسؤول في الصندوق إن الهدف هو بناء البنية التحتية للحوسبة في المنطقة خلال السنوات المقبلة.",
            "ولم يكشف الصندوق عن أسماء الشركاء المحتملين حتى الآن."]
    pitch = "احصل على أبرز أخبار الشرق الأوسط كل صباح عبر نشرة المراقب اليومية، مجاناً."
    dump = "\n\n".join([f"{title} - المونيتور", f"{title} - المونيتور ذكاء بيانات PlatoBlockchain. بحث عمودي. آي.",
                        *body, pitch, "الطابع الزمني:", "المزيد من المراقب"])
    assert cleaner.clean(dump).text == "\n\n".join(body)


@pytest.mark.parametrize(("between", "removed"), [
    # an "originally ran on X" line in words no prior knows, under a labelled notice
    ("This report first ran on Harbor Ledger.", True),
    # a line with a figure is the article's
    ("Shares closed 3% higher on Friday.", False),
])
def test_one_sentence_under_a_labelled_notice_goes_with_it(between: str, removed: bool) -> None:
    title = "Port operator raises its outlook for the year"
    body = ["The port operator raised its full-year outlook on Thursday after container volumes beat forecasts.",
            "Chief executive Lena Ortiz said demand from Asian shippers had recovered faster than expected."]
    notice = "Disclaimer: this article is for information only and is not investment advice."
    dump = _republished(title, [*body, notice, between])
    text = cleaner.clean(dump).text
    assert notice not in text  # a whole pitch sentence of a republished page, wherever it stands
    assert text == "\n\n".join(body if removed else [*body, between])


def test_a_short_page_about_a_newsletter_keeps_the_lede_that_names_it() -> None:
    """The head a pitch phrase is compared with is at least three blocks: on a short page, half of
    the body would be the lede alone, and the lede would never count as the page's subject."""
    first = "Newsletter lokalnej gazety z Gdańska ma już 40 tysięcy czytelników."
    body = ["Redakcja wysyła newsletter codziennie o szóstej rano, a jego autorzy piszą go w nocy.",
            "Wydawca twierdzi, że newsletter przynosi już więcej wpływów niż papierowe wydanie."]
    dump = _republished("Newsletter z Gdańska bije rekordy", [first, *body], outlet="Odszyfruj")
    assert cleaner.clean(dump).text == "\n\n".join([first, *body])


LINK_PAGE = """{title} - Kryptoverse

{title} - Kryptoverse PlatoBlockchain Data Intelligence. Vertical Search. Ai.

{lede}

{line}

{after}

{closing}

Time Stamp:

More from Kryptoverse
"""


@pytest.mark.parametrize(("title", "lede", "line", "after", "closing", "removed"), [
    # a colon inside a word ("SEC:ssä") is no second label: the value is still a headline
    ("Solanan aktiiviset osoitteet ohittivat Ethereumin",
     "Solana-lohkoketjun aktiivisten osoitteiden määrä nousi syyskuussa 1,8 miljoonaan, kun Ethereumissa luku oli 420 000.",
     "Liittyvät: Kolikkopörssien ETF-hakemukset etenevät SEC:ssä",
     "Kriitikot huomauttavat, että osoitteiden määrä ei kerro käyttäjien määrästä.",
     "SOL:n hinta nousi viikossa 12 prosenttia.", True),
    # a four-word headline in sentence case, under a paragraph with figures: another story's link
    ("A Balaton vízszintje tovább csökken",
     "A Balaton vízszintje a hét végére 12 centiméterrel csökkent a tavaszi átlaghoz képest.",
     "Kapcsolódó: Aszály sújtja az Alföldet",
     "A hatóságok két strandon ideiglenesen megtiltották a fürdést, mert elszaporodtak az algák.",
     "A tó vízszintje a jövő héten tovább csökkenhet.", True),
    ("Российские майнеры переносят оборудование в Эфиопию",
     "Около 40% российских майнинговых компаний начали переносить оборудование в Эфиопию в 2024 году.",
     "Читайте еще: Как изменилась доходность майнинга после халвинга",
     "«В Эфиопии электроэнергия стоит вдвое дешевле», — рассказал руководитель одной из компаний.",
     "В министерстве энергетики заявили, что ограничения будут пересмотрены весной.", True),
    # a link's headline may ask a question (Kannada, no letter case)
    ("ಡಿಜಿಟಲ್ ಯೂರೋ ಮಸೂದೆಗೆ ಸಂಸತ್ತಿನಲ್ಲಿ ತಿದ್ದುಪಡಿಗಳು",
     "ಯುರೋಪಿಯನ್ ಸಂಸತ್ತಿನ ಸದಸ್ಯರು ಡಿಜಿಟಲ್ ಯೂರೋ ಮಸೂದೆಗೆ 1,500ಕ್ಕೂ ಹೆಚ್ಚು ತಿದ್ದುಪಡಿಗಳನ್ನು ಸಲ್ಲಿಸಿದ್ದಾರೆ.",
     "ಇನ್ನಷ್ಟು ಓದಿ: ಬ್ಯಾಂಕುಗಳಿಗೆ ಹೊಸ ಬೆದರಿಕೆಯೇ ಇದು?",
     "ಗೌಪ್ಯತೆ ಮತ್ತು ಹಿಡುವಳಿ ಮಿತಿಗಳ ಬಗ್ಗೆ ಚರ್ಚೆ ಮುಂದುವರಿದಿದೆ ಎಂದು ಅಧಿಕಾರಿಗಳು ಹೇಳಿದರು.",
     "ಮತದಾನ ಮುಂದಿನ ವರ್ಷ ನಡೆಯಲಿದೆ.", True),
    # a section head under figures speaks of what the paragraphs under it speak of: kept
    ("Japanese yen extends its gains as Tokyo warns traders",
     "USD/JPY trades at two-week lows below 145.00 after Japan's currency diplomat spoke on Tuesday.",
     "Technical analysis: USD/JPY eyes the 143.50 support",
     "On the daily chart the pair broke below 146.60; support is seen at 143.50, last month's low.",
     "A recovery above 146.60 would open the door to 148.00.", False),
    # an organisation credited by name under figures: kept
    ("Ghana tests its digital currency with market traders",
     "Ghana's central bank began testing its eCedi with 1,200 traders in Accra and Kumasi this month.",
     "Isi mmalite: Ụlọ Akụ Etiti Ghana",
     "The bank said the trial would run for nine months before any wider launch is considered.",
     "Traders will be able to receive payments by phone.", False),
    # a caption names things in capitals: past fourteen words a value is a link only in sentence case
    ("Amsterdam's light festival opens with 20 new works",
     "The 7th Amsterdam Light Festival opened on Thursday with 20 installations along the canals.",
     "Cover image: artist's impression of the lighting installation by Peter Koros Design at the 7th Amsterdam "
     "Light Festival",
     "The festival runs until January and expects about a million visitors.",
     "Most works can be seen from the water.", False),
    ("Apple retrasa la nueva Siri hasta el año que viene",
     "Apple ha confirmado que la versión renovada de Siri no llegará hasta 2026, según un comunicado.",
     "Lee también: Las gafas de realidad mixta bajan de precio en Europa a los seis meses de su estreno",
     "El retraso supone un revés para la estrategia de inteligencia artificial de la empresa.",
     "Los analistas esperan un impacto limitado en las ventas.", True),
], ids=["fi-colon-in-word", "hu-sentence-case", "ru-under-figures", "kn-question", "en-section-head", "ig-credit",
        "en-long-caption", "es-long-headline"])
def test_a_label_and_another_storys_headline_is_a_link(title: str, lede: str, line: str, after: str,
                                                        closing: str, removed: bool) -> None:
    article = cleaner.clean(LINK_PAGE.format(title=title, lede=lede, line=line, after=after, closing=closing))
    assert (line not in article.text) is removed
    for kept in (lede, after, closing):
        assert kept in article.text


THAI_PARAGRAPHS = [
    "ค่ายช้างกว่า 30 แห่งในเชียงใหม่ยกเลิกการขี่ช้างตั้งแต่ปี 2566 และหันมาให้นักท่องเที่ยวช่วยดูแลช้างแทน",
    "เจ้าของค่ายแห่งหนึ่งในอำเภอแม่แตงกล่าวว่ารายได้ลดลงเกือบครึ่งในช่วงแรก "
    "แต่นักท่องเที่ยวชาวยุโรปและออสเตรเลียชื่นชอบรูปแบบใหม่ที่เน้นการเดินตามช้างในป่า",
    "การอาบน้ำให้ช้างในลำธารและการเตรียมอาหารด้วยมือของตัวเองทำให้ยอดจองช่วงฤดูหนาวเต็มล่วงหน้าหลายเดือน "
    "ขณะที่ราคาแพ็กเกจครึ่งวันอยู่ที่ราว 2,500 บาทต่อคน",
    "สัตวแพทย์จากมหาวิทยาลัยเชียงใหม่ระบุว่าช้างที่ไม่ต้องแบกคนบนหลังมีสุขภาพข้อต่อดีขึ้นอย่างเห็นได้ชัด "
    "และมีพฤติกรรมเครียดน้อยลงเมื่อได้อยู่เป็นฝูง",
    "อย่างไรก็ตาม ค่าอาหารช้างหนึ่งเชือกยังสูงถึงราว 20,000 บาทต่อเดือน "
    "ทำให้ค่ายขนาดเล็กหลายแห่งต้องพึ่งเงินบริจาคจากต่างประเทศเพื่อให้อยู่รอด",
    "กรมปศุสัตว์เตรียมออกมาตรฐานสวัสดิภาพช้างฉบับใหม่ภายในปีหน้า "
    "โดยจะกำหนดจำนวนชั่วโมงทำงานและพื้นที่ขั้นต่ำที่ค่ายต้องจัดให้",
]


@pytest.mark.parametrize(("line", "removed"), [
    ("ข่าวที่น่าสนใจ: ตลาดนัดวันหยุดในเมืองเก่าคึกคัก", True),  # another story's headline, under figures
    ("ค่าใช้จ่าย: ค่าอาหารช้างยังสูง", False),  # a section head: the paragraphs speak of elephants' food
], ids=["link", "section-head"])
def test_thai_links_are_told_from_section_heads_by_words_not_letter_pairs(line: str, removed: bool) -> None:
    """Thai writes no spaces and its vowels as marks: two code points are a piece of a syllable that
    every Thai text holds, so the words a line shares with the article are counted in runs of
    letters with their marks."""
    body = THAI_PARAGRAPHS[:3] + [line] + THAI_PARAGRAPHS[3:]
    article = cleaner.clean(LINK_PAGE.format(title="ค่ายช้างเชียงใหม่เลิกให้นักท่องเที่ยวขี่ช้าง", lede=body[0],
                                             line=body[1], after="\n\n".join(body[2:-1]), closing=body[-1]))
    assert (line not in article.text) is removed
    for kept in THAI_PARAGRAPHS:
        assert kept in article.text


@pytest.mark.parametrize(("text", "label"), [
    ("Liittyvät: Solanan ETF-hakemukset etenevät SEC:ssä", "Liittyvät"),
    ("EU:n komissio: päätös tulee syksyllä", "EU:n komissio"),
    ("Päivitetty klo 10:30: uusi tieto", "Päivitetty klo 10:30"),
    ("延伸阅读：晶圆代工进入扩产周期", "延伸阅读"),
])
def test_a_colon_inside_a_word_ends_no_label(text: str, label: str) -> None:
    from cleaner.text import split_label

    assert split_label(text)[0] == label


@pytest.mark.parametrize(("title_line", "body", "title"), [
    # glued at a seam of case: the word before the seam is the title's
    ("Marathon runners who sleep less recover more slowly, study findsPlatoBlockchain Data Smarts. Upright Search. Aye.",
     "Amateur runners who slept fewer than six hours took twice as long to recover, researchers said.",
     "Marathon runners who sleep less recover more slowly, study finds"),
    ("OJK Terbitkan Aturan Baru untuk Pedagang Aset KriptoTelusur Berdiri. Ay. PlatoRantai Data Kearifan",
     "Otoritas Jasa Keuangan menerbitkan aturan baru yang mewajibkan pedagang aset kripto memisahkan dana nasabah.",
     "OJK Terbitkan Aturan Baru untuk Pedagang Aset Kripto"),
    # a fused brand of its own keeps the words before it out of the title
    ("Guvernul aprobă bugetul pe 2025 Inteligența Datelor PlatonLanțBloc. Căutare în Picioare. Ai.",
     "Guvernul a aprobat marți proiectul de buget pentru anul viitor, cu un deficit de 7%.",
     "Guvernul aprobă bugetul pe 2025"),
], ids=["en-lower-seam", "id-body-word-seam", "ro-fused-brand"])
def test_spam_glued_to_the_title_inside_a_word(title_line: str, body: str, title: str) -> None:
    text = f"{title_line}\n\n{body}\n\nThe decision takes effect in January, officials said.\n"
    assert cleaner.clean(text).title == title


def test_identical_echoes_over_a_translated_footer_name_the_outlet() -> None:
    line = "Kızıldeniz krizi konteyner navlunlarını yeniden iki katına çıkardı - The Wall Street Journal"
    text = (f"{line}\n\n{line}\n\n"
            "Asya ile Avrupa arasında bir konteynerin taşıma maliyeti altı haftada iki katına çıktı.\n\n"
            "Nakliye şirketleri gemileri Ümit Burnu'na yönlendiriyor.\n\n"
            "Zaman Damgası:\n\nDuvar Sokağı Gazetesi'nden daha fazlası\n")
    article = cleaner.clean(text)
    assert article.title == "Kızıldeniz krizi konteyner navlunlarını yeniden iki katına çıkardı"
    assert article.source == "The Wall Street Journal"
    assert article.text.endswith("yönlendiriyor.")


@pytest.mark.parametrize(("title", "note", "lede", "removed"), [
    # a pitch in a script without spaces above a lede that restates the title
    ("乾旱逼近晶圓廠：台灣南部科學園區啟動第二階段限水",
     "訂閱《亞洲一週》電子報，每週一早上把本區最重要的新聞送進你的信箱。",
     "台灣南部科學園區因乾旱啟動第二階段限水，晶圓廠用水將減少百分之十五。", True),
    # an affiliate note that speaks to the reader, over a lede that restates the title in other words
    ("Netflix augmente encore ses prix en France : voici les nouveaux tarifs",
     "Quand vous achetez via nos liens, nous pouvons percevoir une commission. Cela ne change rien au prix que vous payez.",
     "Netflix relève ses tarifs en France à partir du 1er mai, la deuxième hausse en un peu plus d'un an.", True),
    # an inflected lede under a note is still the lede (Korean particles): never taken with the note
    ("원화 스테이블코인 법안 국회 발의…발행사 자기자본 50억원 이상",
     "이 페이지에는 제휴 링크가 포함될 수 있으며, 독자가 링크를 통해 가입하면 당사가 수수료를 받을 수 있습니다.",
     "원화에 연동된 스테이블코인의 발행과 유통을 허용하는 내용의 법안이 10일 국회에 발의됐다.", True),
], ids=["zh-pitch", "fr-affiliate", "ko-inflected-lede"])
def test_a_note_above_the_lede(title: str, note: str, lede: str, removed: bool) -> None:
    text = (f"{title} - Kryptoverse\n\n{title} - Kryptoverse PlatoBlockchain Data Intelligence. Vertical Search. Ai.\n\n"
            f"{note}\n\n{lede}\n\n{lede[:-1]} 2.\n\nTime Stamp:\n\nMore from Kryptoverse\n")
    article = cleaner.clean(text)
    assert (note not in article.text) is removed
    assert article.text.startswith(lede)


def test_a_newsletter_list_with_dashes_goes_with_its_pitch() -> None:
    text = ("Dansk kvantestartup henter 40 millioner - TNW\n\n"
            "Dansk kvantestartup henter 40 millioner - TNW PlatoBlockchain Data Intelligence. Vertical Search. Ai.\n\n"
            "Et københavnsk kvantefirma har rejst 40 millioner kroner fra to europæiske fonde.\n\n"
            "Første prototype ventes klar i 2026.\n\nVores nyhedsbreve:\n\n"
            "Morgenbriefing – dagens vigtigste tech-nyheder klokken 7\n\n"
            "Startup-radar – nye runder og exits hver fredag\n\nTidsangivelse:\n\nMere fra TNW\n")
    article = cleaner.clean(text)
    assert article.text.endswith("Første prototype ventes klar i 2026.")


BIO_PAGE = """{title} - Kryptoverse

{title} - Kryptoverse PlatoBlockchain Data Intelligence. Vertical Search. Ai.

{byline}{lede}

{middle}

{last}

Time Stamp:

More from Kryptoverse
"""


@pytest.mark.parametrize(("byline", "lede", "middle", "last", "removed"), [
    ("", "Fed faiz indirimini bir kez daha erteledi ve enflasyonun beklenenden inatçı olduğunu söyledi.",
     "Piyasalar kararı büyük ölçüde fiyatlamıştı; dolar endeksi yatay seyretti.",
     "Deniz Aksoy, gazetenin ekonomi muhabiridir; merkez bankaları ve enflasyon üzerine yazar.", True),
    # the byline names the writer too
    ("By Helen Marsh\n\n", "Texas reported 40 new measles cases this week, the state health department said on Friday.",
     "Most of the cases are in two rural counties with low vaccination rates.",
     "Helen Marsh is a Texas-based correspondent covering public health and rural hospitals. "
     "She previously reported for newspapers in Austin.", True),
    # someone new brought in at the end speaks of no reporter's work: the article's
    ("", "Texas reported 40 new measles cases this week, the state health department said on Friday.",
     "Most of the cases are in two rural counties with low vaccination rates.",
     "Maria Lopez, an epidemiologist at the University of Texas, expects the outbreak to peak in May.", False),
    # a correspondent the story itself names is in the story
    ("", "Ukraine's foreign minister met Helen Marsh, a correspondent covering the war, in Kyiv on Monday.",
     "The minister said talks with European partners would resume next week.",
     "Helen Marsh is a correspondent covering the war for a British paper and was wounded in 2023.", False),
], ids=["tr-bio", "en-bio-with-byline", "en-new-person", "en-person-in-story"])
def test_a_staff_bio_at_the_end(byline: str, lede: str, middle: str, last: str, removed: bool) -> None:
    article = cleaner.clean(BIO_PAGE.format(title="Measles cases rise in rural Texas", byline=byline, lede=lede,
                                            middle=middle, last=last))
    assert (last not in article.text) is removed
    assert lede in article.text and middle in article.text


def test_a_link_label_that_names_the_outlet() -> None:
    title = "Bitcoin menembus rekor baru di bursa Asia"
    text = (f"{title} - Koin Menganga\n\n{title} - Koin Menganga PlatoBlockchain Data Intelligence. Vertical Search. Ai.\n\n"
            "Harga bitcoin naik 4 persen pada hari Senin dan mencetak rekor baru di bursa Asia.\n\n"
            "Baca juga di Koin Menganga: Ethereum tertinggal, apa penyebabnya?\n\n"
            "Analis menyebut arus masuk dana ETF sebagai pendorong utama kenaikan harga.\n\n"
            "Volume perdagangan juga meningkat tajam.\n\nTime Stamp:\n\nMore from Koin Menganga\n")
    article = cleaner.clean(text)
    assert "Baca juga" not in article.text
    assert "pendorong utama" in article.text and article.text.endswith("meningkat tajam.")


def test_an_echo_with_its_spam_glued_on_is_an_echo() -> None:
    title = "قیمت مس به بالاترین سطح دو سال اخیر رسید؛ کمبود عرضه از معادن شیلی"
    spam = "کاوش قائم. اِی. هوش دادهٔ افلاطون‌زنجیره"
    assert common_title(f"{title} - بلومبرگ", f"{title}{spam}") == title
    # two titles that merely open alike are no echoes
    assert common_title("Apple - iPhone sales drop in China", "Apple earnings beat estimates in China") is None
    text = (f"{title} - بلومبرگ\n\n{title}{spam}\n\n"
            "قیمت مس در بورس فلزات لندن روز سه‌شنبه به ۱۰ هزار و ۴۰۰ دلار در هر تن رسید.\n\n"
            f"کامیون‌های معدنی در صحرای آتاکاما {spam}\n\n"
            "یک تحلیلگر کالا در سنگاپور گفت که تقاضا هر سال بیشتر می‌شود.\n")
    article = cleaner.clean(text)
    assert article.title == title
    assert "افلاطون" not in article.text and "کاوش قائم" not in article.text
    assert article.text.startswith("قیمت مس در بورس")


def test_a_lede_that_opens_with_a_title_cut_from_it_is_no_echo() -> None:
    lede = "東京の取引所は、新しい暗号資産の上場基準を来月から導入すると発表した。"
    title = lede[:30]
    assert common_title(f"{title} - Tidende", lede) is None


def test_the_outlet_before_a_spam_that_two_title_sources_share() -> None:
    """No brand the rules know, in a script without spaces: the tails share the spam, and the
    outlet is what the first one holds before it."""
    spam = "プラトー・ブロックチェーン データ諜報。バーティカル検索。あぃ。"
    title = "熱中症搬送、6月として過去最多に　高齢者が半数超える"
    html = (f"<html><head><title>{title}｜ジャパンタイムズ {spam}</title>"
            f'<meta property="og:title" content="{title} - 日本の時代 {spam}"></head><body><article>'
            f"<h1>{title}バーティカル検索。あぃ。プラトー</h1>"
            "<p>総務省消防庁は11日、6月に熱中症で救急搬送された人が全国で1万8千人を超えたと発表した。</p>"
            "<p>搬送者のうち65歳以上の高齢者が54％を占めた。</p></article></body></html>")
    article = cleaner.clean(html, kind="html")
    assert article.source == "ジャパンタイムズ"
    assert article.title == title  # the ideographic space parting its clauses kept
    assert not article.text.startswith(title[:10])  # the h1, spacing folded by the extractor, still an echo


def test_a_follow_box_of_bare_topics_goes_with_its_pitch() -> None:
    title = "Samsung viser frem ny brettbar telefon"
    text = (f"{title} - Kanten\n\n{title} - Kanten PlatoBlockchain Data Intelligence. Vertical Search. Ai.\n\n"
            "Samsung viste onsdag frem sin nye brettbare telefon med et tynnere hengsel.\n\n"
            "Batteriet er på 4400 mAh, det samme som i fjorårets modell.\n\n"
            "Følg emner og forfattere fra denne saken for å se flere slike i din personlige strøm og få "
            "oppdateringer på e-post.\n\nMobiltelefoner\n\nTeknologi\n\nKari Nordvik\n\nTidsstempel:\n\nMer fra Kanten\n")
    article = cleaner.clean(text)
    assert article.text.endswith("det samme som i fjorårets modell.")
    # a short list kept under the article's own last line, with no pitch above it, stays
    text = text.replace("Følg emner og forfattere fra denne saken for å se flere slike i din personlige strøm og få "
                        "oppdateringer på e-post.\n\n", "Modellene som kommer i butikkene:\n\n")
    assert "Kari Nordvik" in cleaner.clean(text).text


@pytest.mark.parametrize(("site", "url", "source"), [
    # the network's own name as the page's script spells it, on the network's domain: no source
    ("ซีไฟร์เน็ต", "https://zephyrnet.com/th/thai-durian-exports-china/", "บิซิเนส อินไซเดอร์"),
    ("Зефирнет", "https://zephyrnet.com/ru/durian/", "бизнес инсайдер"),
    # an outlet's own site name is the source, wherever the page stands
    ("The Nation Thailand", "https://zephyrnet.com/th/thai-durian-exports-china/", "The Nation Thailand"),
], ids=["th", "ru", "outlet"])
def test_the_networks_name_in_another_script_is_no_site_name(site: str, url: str, source: str) -> None:
    title = "ทุเรียนไทยส่งออกจีนพุ่ง 30% แต่เวียดนามไล่กวดติด ๆ"
    tail = "บิซิเนส อินไซเดอร์" if source != "бизнес инсайдер" else source
    html = (f"<html><head><title>{title} - {tail}</title><meta property=\"og:site_name\" content=\"{site}\">"
            f"<meta property=\"og:url\" content=\"{url}\"></head><body><article><h1>{title}</h1>"
            "<p>การส่งออกทุเรียนไทยไปจีนในครึ่งปีแรกเพิ่มขึ้นร้อยละ 30 เมื่อเทียบกับปีก่อน</p>"
            "<p>ผู้ส่งออกระบุว่าเวียดนามกำลังไล่ตามมาอย่างรวดเร็ว</p></article></body></html>")
    assert cleaner.clean(html, kind="html").source == source


def test_a_list_of_label_lines_with_short_values_is_no_link() -> None:
    title = "Ceuta - Algeciras: la naviera suma un tercer barco en verano"
    items = ["pasajero adulto: 38 euros por trayecto", "turismo con conductor: 115 euros",
             "residentes en Ceuta: descuento del 75 %"]
    text = (f"{title} - Diario\n\n{title} - Diario PlatoBlockchain Data Intelligence. Vertical Search. Ai.\n\n"
            "La naviera incorporará un tercer barco a partir del 1 de julio para reducir las esperas.\n\n"
            "Los precios del verano serán estos:\n\n" + "\n\n".join(items) +
            "\n\n«Queremos evitar las esperas del año pasado», dijo el director de operaciones.\n\n"
            "Los billetes pueden comprarse desde hoy.\n\nTime Stamp:\n\nMore from Diario\n")
    article = cleaner.clean(text.replace("Los precios del verano serán estos:\n\n", ""))
    for item in items:
        assert item in article.text


def test_a_caption_in_the_spams_shape_around_a_caseless_stem() -> None:
    """No echo teaches the spam, no case marks the fused brand ("প্লেটোশিকল": Plato and "chain" in
    one word): its consonants open with the stem's, in a line of the spam's shape."""
    title = "ঢাকায় মেট্রোরেলের যাত্রী এক দিনে চার লাখ ছাড়াল"
    caption = "সচিবালয় স্টেশনে যাত্রীদের সারি প্লেটোশিকল তথ্য বিচক্ষণতা। দাঁড়ানো খোঁজ। এই।"
    text = (f"{title} - দ্য ডেইলি স্টার\n\n{title} - দ্য ডেইলি স্টার\n\n"
            "ঢাকার মেট্রোরেলে বৃহস্পতিবার এক দিনে চার লাখের বেশি যাত্রী চলাচল করেছেন।\n\n"
            f"{caption}\n\nকর্তৃপক্ষ বলছে, আগামী মাসে ট্রেনের সংখ্যা বাড়ানো হবে।\n")
    article = cleaner.clean(text)
    assert caption not in article.text
    assert article.text.endswith("বাড়ানো হবে।")
    # a word that only opens like the stem, in a paragraph of another shape, is the article's
    plain = "প্লাটফর্মে ভিড় কমাতে নতুন দরজা বসানো হয়েছে। কর্মকর্তারা সন্তুষ্ট।"
    assert plain in cleaner.clean(text.replace(caption, plain)).text


@pytest.mark.parametrize("text", [
    "Sign up for our weekly newsletter, it's free.",
    "下載我們的App，第一時間掌握即時新聞。",
    "Подпишитесь на нашу рассылку: каждый понедельник в вашем ящике. Newsletter #1",
    "ताज़ा ख़बरें सबसे पहले पाने के लिए हमारा ऐप डाउनलोड करें।",
])
def test_concept_automata_per_script_find_what_one_automaton_over_every_stem_finds(text: str) -> None:
    """Each script's stems are built into their own automaton on first need; the hits over a text
    are those of one automaton over every stem, whatever scripts it mixes."""
    import ahocorasick

    from cleaner.strip.concepts import ScriptAutomata
    from cleaner.text import fold

    concepts = load_rules().concepts
    concepts.built()
    index = concepts._index
    whole = ahocorasick.Automaton()
    for key in index:
        whole.add_word(key, key)
    whole.make_automaton()
    folded = " ".join(fold(text).split())
    per_script = ScriptAutomata(ScriptAutomata.grouped(index))
    # (the stems a Hebrew or Arabic particle swallows the article of are added bare: none here)
    assert sorted((end, value[1]) for end, value in per_script.iter(folded) if not value[3]) \
        == sorted(whole.iter(folded))
    if text.isascii():
        assert set(per_script.automata) <= {"LATIN", ""}  # an English line builds no other script's


def test_a_thai_stem_written_as_nfkc_splits_am_meets_the_text() -> None:
    """NFKC splits Thai "am" (U+0E33) into nikhahit and "aa"; text comes as NFC, with the one
    letter: a stem written either way finds it."""
    from cleaner.strip.concepts import Concepts

    concepts = Concepts()
    concepts.merge({"concepts": {"contact": {"th": ["\u0e41\u0e19\u0e30\u0e19\u0e4d\u0e32"]},  # แนะนํา, split
                                 "tip": {"th": ["\u0e40\u0e1a\u0e32\u0e30\u0e41\u0e2a"]}},
                    "recipes": {"tip_prompt": [["contact", "tip"]]}})
    concepts.compile()
    text = "\u0e41\u0e19\u0e30\u0e19\u0e33\u0e40\u0e1a\u0e32\u0e30\u0e41\u0e2a\u0e02\u0e48\u0e32\u0e27"  # แนะนำเบาะแสข่าว
    assert concepts.found(text) == {"th": frozenset({"contact", "tip"})}


@pytest.mark.parametrize(("text", "found"), [
    ("\u05d4\u05e7\u05e8\u05d9\u05d0\u05d4 \u05e9\u05dc \u05d4\u05d9\u05d5\u05dd", {"he": {"reading"}}),  # הקריאה: "the" joined
    ("\u05d5\u05d1\u05e7\u05e8\u05d9\u05d0\u05d4", {"he": {"reading"}}),  # ובקריאה: "and in" joined
    ("\u05ea\u05e7\u05e8\u05d9\u05d0\u05d4", {}),  # תקריאה: ת is no particle, the stem stands inside a word
    ("\u05dc\u05de\u05d9\u05de\u05d5\u05df \u05d4\u05e2\u05d9\u05ea\u05d5\u05df", {"he": {"funding"}}),  # למימון: the article went into ל
    ("\u05d5\u05de\u05d9\u05de\u05d5\u05df", {}),  # ומימון: ו swallows no article; the stem is listed with it
    ("\u0644\u0644\u0627\u0634\u062a\u0631\u0627\u0643 \u0627\u0644\u064a\u0648\u0645\u064a", {"ar": {"signup"}}),  # للاشتراك
    ("\u0648\u0628\u0627\u0644\u0627\u0634\u062a\u0631\u0627\u0643", {"ar": {"signup"}}),  # وبالاشتراك
    ("\u0644\u0644\u062a\u0645\u0648\u064a\u0644", {"ar": {"funding"}}),  # للتمويل: "التمويل" listed
    ("\u0645\u0627\u0634\u062a\u0631\u0627\u0643", {}),  # م is no particle
    ("\u0628\u0627\u0634\u062a\u0631\u0627\u06a9", {}),  # a Persian stem is not found after an Arabic particle
])
def test_a_stem_is_found_after_the_particles_hebrew_and_arabic_join_to_words(text: str, found: dict) -> None:
    """Hebrew and Arabic write "and", "in", "for" and "the" joined to the next word; a stem listed
    bare is found after a run of them (and after a particle that swallowed the article of a stem
    listed with it), never after other letters, and only for those languages' stems."""
    from cleaner.strip.concepts import Concepts

    concepts = Concepts()
    concepts.merge({"concepts": {
        "reading": {"he": ["\u05e7\u05e8\u05d9\u05d0\u05d4"]},  # קריאה
        "funding": {"he": ["\u05d4\u05de\u05d9\u05de\u05d5\u05df"], "ar": ["\u0627\u0644\u062a\u0645\u0648\u064a\u0644"]},
        "signup": {"ar": ["\u0627\u0634\u062a\u0631\u0627\u0643"], "fa": ["\u0627\u0634\u062a\u0631\u0627\u06a9"]},
    }})
    concepts.compile()
    assert concepts.found(text) == {lang: frozenset(c) for lang, c in found.items()}


def test_a_hebrew_support_appeal_is_known_with_its_particles_joined() -> None:
    """"לתמיכה שלכם" is "התמיכה שלכם" (your support) after "for": the appeal is the outlet's, in
    whatever joined form the sentence needs."""
    line = ("\u05d0\u05e0\u05d7\u05e0\u05d5 \u05de\u05e7\u05d5\u05d5\u05d9\u05dd \u05e9\u05e0\u05d4\u05e0\u05d9\u05ea\u05dd "
            "\u05de\u05d4\u05db\u05ea\u05d1\u05d4. \u05e2\u05d9\u05ea\u05d5\u05e0\u05d5\u05ea \u05e2\u05e6\u05de\u05d0\u05d9\u05ea "
            "\u05e2\u05d5\u05dc\u05d4 \u05db\u05e1\u05e3, \u05d5\u05d0\u05e0\u05d7\u05e0\u05d5 \u05d6\u05e7\u05d5\u05e7\u05d9\u05dd "
            "\u05dc\u05ea\u05de\u05d9\u05db\u05d4 \u05e9\u05dc\u05db\u05dd \u05db\u05d3\u05d9 \u05dc\u05d4\u05de\u05e9\u05d9\u05da.")
    assert load_rules().concepts.family(line) == ("support_appeal", frozenset({"support_us", "journalism"}))


def test_template_counts_do_not_depend_on_the_order_of_the_pages() -> None:
    """A line on two copies of one story (one title) and on one other story is on two articles,
    whichever copy the run reads first: the count decides whether it is the site's template."""
    import itertools

    from cleaner.strip.templates import TemplateCounter

    line = "기사제보 및 보도자료 033-258-1234 / 이메일 webmaster@example.co.kr"
    pages = [("양구 구간 터널 공사 본격화", line), ("양구 구간 터널 공사 본격화", line), ("화천 구간 야간작업 중단", line)]
    found = set()
    for order in itertools.permutations(pages):
        counter = TemplateCounter()
        for title, text in order:
            counter.add([("dir:x", "", title), ("dir:x", text, title)])
        found.add(frozenset(counter.templates().get("dir:x", set())))
    assert found == {frozenset()}


def test_a_caption_run_on_into_the_brand_phrase_goes_whole() -> None:
    """Identical echoes teach no spam; a caption glued to the brand phrase with no stop between
    them, then the spam's one- and two-word sentences, is the network's line all the same."""
    title = "Việt Nam cấp phép thí điểm sàn giao dịch tài sản mã hóa đầu tiên"
    body = ["Bộ Tài chính Việt Nam đã cấp giấy phép đầu tiên cho một doanh nghiệp trong nước vận hành sàn giao dịch.",
            "Theo quyết định, sàn chỉ được phục vụ nhà đầu tư tổ chức trong năm đầu tiên.",
            "Các chuyên gia cho rằng khung pháp lý mới sẽ giúp thu hút vốn đầu tư nước ngoài.",
            "Sàn dự kiến đi vào hoạt động từ quý ba năm nay."]
    caption = "Trụ sở Bộ Tài chính tại Hà Nội Trí tuệ Dữ liệu PlatoChuỗiKhối. Tra cứu Dọc. Ái."
    dump = "\n\n".join([f"{title} - Cointelegraph"] * 3 + body[:2] + [caption] + body[2:])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.text.split("\n\n")) == (title, body)
    # a paragraph whose first sentence is long keeps its words: only a caption is that short
    long_first = ("Theo báo cáo mới công bố hôm thứ Ba của nhóm nghiên cứu độc lập tại Hà Nội và Thành phố Hồ Chí Minh, "
                  "Dữ liệu Plato cho thấy khối lượng giao dịch tăng mạnh. Tra cứu Dọc. Ái.")
    article = cleaner.clean("\n\n".join([f"{title} - Cointelegraph"] * 3 + body[:2] + [long_first] + body[2:]), kind="text")
    assert any(p.startswith("Theo báo cáo mới công bố") for p in article.text.split("\n\n"))


def test_a_long_disclaimer_known_by_its_concepts_goes_above_the_lede_too() -> None:
    """A disclaimer of two sentences moved above the lede of a republished page is as long as
    below the body: its concepts, not the phrase priors' length, bound it."""
    title = "Tether invierte 500 millones en minería de bitcoin en Uruguay"
    spam = "Tether invierte 500 millones en minería de bitcoin en Uruguay - Descifrar Inteligencia de Datos PlatoBlockchain. Búsqueda Vertical. Ai."
    body = ["Tether invertirá 500 millones de dólares en minería de bitcoin en Uruguay durante los próximos tres años.",
            "La empresa, emisora de la mayor stablecoin del mercado, instalará sus primeras granjas en Tacuarembó.",
            "El gobierno uruguayo confirmó que el proyecto usará energía eólica excedente de la red nacional.",
            "Las obras comenzarán en el segundo semestre, según un comunicado de la compañía."]
    disclaimer = ("Aviso: la información de esta página no constituye asesoramiento de inversión ni una recomendación "
                  "de compra o venta. Invertir en criptoactivos conlleva riesgos y cada lector debe hacer su propia investigación.")
    dump = "\n\n".join([f"{title} - Decrypt", spam, disclaimer, *body])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.text.split("\n\n")) == (title, body)


def test_a_chinese_title_parts_its_site_with_an_unspaced_dash() -> None:
    """Chinese titles set the site after a dash with no spaces ("标题-钛媒体官方网站"); the echo
    with the spam behind it makes the page republished, and the tail goes with the echoes."""
    title = "深圳首批12条低空物流航线投入商业运营，无人机送外卖进入规模化阶段"
    body = ["钛媒体App 6月18日消息，国内首个商业化运营的低空物流航线网络在深圳正式投入运营。",
            "按照规划，到2026年底，深圳的低空物流航线将增加到200条，日均飞行架次超过2万。",
            "深圳市建立了统一的低空飞行服务平台，所有无人机须实时接入。"]
    dump = "\n\n".join([f"{title}-钛媒体官方网站", f"{title}-钛媒体官方网站 PlatoAiStream 数据智能。垂直搜索。人工智能。", *body])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.text.split("\n\n")) == (title, body)
    # a clean page's lone title keeps a dash the title itself holds
    clean = cleaner.clean("\n\n".join(["中-美贸易谈判下周在日内瓦重启", *body]), kind="text")
    assert clean.title == "中-美贸易谈判下周在日内瓦重启"


def test_a_list_of_label_lines_under_a_heading_is_the_articles_own() -> None:
    """Three "Label：value" lines under a heading, one label long in a script without spaces, are
    the article's own list, on a republished page too; none of them is a link to another story."""
    title = "ソニー、イメージセンサー事業を分社化　2026年にも上場検討"
    body = ["ソニーグループは5月14日、イメージセンサー事業を分社化し、2026年4月をめどに新会社を設立すると発表した。",
            "同日の決算説明会で、十時裕樹社長は「半導体事業が独自に資金を調達し、スピード感を持って投資できる体制にする」と述べた。",
            "分社化の概要",
            "新会社名：ソニーセミコンダクタソリューションズ（仮称）",
            "上場時期：2026年4月以降",
            "ソニーグループの出資比率：上場後も過半を維持する方針",
            "イメージセンサー事業の2024年度の売上高は1兆8500億円で、スマートフォン向けが約7割を占める。",
            "市場では、分社化によって事業の価値が見えやすくなるとの見方が多い。"]
    spam = f"{title} | マイナビニュース プラトブロックチェーンデータインテリジェンス。垂直検索。あい。"
    article = cleaner.clean("\n\n".join([f"{title} | マイナビニュース", spam, *body]), kind="text")
    assert (article.title, article.text.split("\n\n")) == (title, body)


@pytest.mark.parametrize("byline", ["（東洋経済 記者 小林 真理子）", "（東洋経済オンライン編集部 佐藤 健）"])
def test_a_byline_naming_the_outlet_stays_above_the_trailing_block(byline: str) -> None:
    """A bracketed byline naming the outlet and a word for its reporter or editor is the article's,
    where no capital tells the person's name; the outlet's pitch under it still goes."""
    title = "東京の家賃、ついに月20万円突破"
    body = ["東京都内の賃貸マンションの平均募集家賃が、初めて月額20万円を超えた。",
            "家賃の上昇は都心にとどまらない。郊外でも前年比で5～8％の上昇が続いている。",
            "背景にあるのは、新築マンション価格の高騰だ。", byline]
    spam = f"{title} | 東洋経済オンライン プラトブロックチェーンデータインテリジェンス。垂直検索。あい。"
    tail = ["東洋経済オンラインのメールマガジン", "最新の記事を毎朝お届けします。登録は無料です。",
            "家賃、賃貸、マンション、不動産、東京、plato、PlatoData、zephyrnet", "タイムスタンプ：", "東洋経済オンラインからもっと"]
    article = cleaner.clean("\n\n".join([f"{title} | 東洋経済オンライン", spam, *body, *tail]), kind="text")
    assert (article.title, article.text.split("\n\n")) == (title, body)


@pytest.mark.parametrize(("line", "family"), [
    ("この記事は東洋経済オンラインに初出掲載されたものです。", "appeared_first"),
    ("This article first appeared on The Conversation.", "appeared_first"),
    ("訂正：初出時、イメージセンサー事業の売上高を1兆5800億円としていましたが、正しくは1兆8500億円です。", None),
    ("Correction: this article was first published with a price of 1,299 euros; the correct price is 1,199 euros.",
     None),
])
def test_a_correction_stating_two_amounts_is_no_first_published_note(line: str, family: str | None) -> None:
    """"First published" with two amounts in it is the outlet's correction of its own figures,
    the article's; a note of where the text first appeared states none."""
    found = load_rules().concepts.family(line)
    assert (found[0] if found else None) == family


@pytest.mark.parametrize("note", ["記事の続きは下にあります", "SCROLL TO CONTINUE WITH CONTENT", "Artikel berlanjut di bawah"])
def test_a_note_that_the_article_goes_on_below_goes_between_the_paragraphs_of_a_copy(note: str) -> None:
    """An ad slot's or a video's "continue below" note between two paragraphs of a republished page
    goes, in any language its concept knows; a clean column's "Weiterlesen" heading stays."""
    title = "Pemerintah menargetkan produksi nikel naik 10 persen pada 2026"
    body = ["Kementerian ESDM menargetkan produksi bijih nikel nasional naik 10 persen pada 2026.",
            "Target itu disampaikan dalam rapat kerja dengan Komisi VII DPR di Jakarta, Senin.",
            "Menurut kementerian, kenaikan produksi akan ditopang oleh tiga smelter baru di Sulawesi.",
            "Pelaku industri menilai target tersebut realistis jika pasokan listrik memadai."]
    spam = f"{title} - CNBC Indonesia Kecerdasan Data PlatoBlockchain. Pencarian Vertikal. Ai."
    article = cleaner.clean("\n\n".join([f"{title} - CNBC Indonesia", spam, *body[:2], note, *body[2:]]), kind="text")
    assert (article.title, article.text.split("\n\n")) == (title, body)
    column = ["Drei Bücher über das Ruhrgebiet, die man diesen Sommer lesen sollte.", "Weiterlesen",
              "Wer nach den drei Büchern noch Lust hat, findet in der Stadtbibliothek eine ganze Regalreihe dazu.",
              "Die Bibliothek hat im Sommer auch samstags geöffnet."]
    clean = cleaner.clean("\n\n".join(["Lesetipps für den Sommer im Revier", *column]), kind="text")
    assert clean.text.split("\n\n") == column


def test_a_long_lede_about_a_newsletter_stays_on_a_republished_page() -> None:
    """A lede that speaks of a newsletter, longer than a pitch and under no label, is the story's
    first paragraph on a copy too; only a labelled note ("Aviso: ...") is taken that long."""
    title = "Leabharlann i nGaillimh ag seoladh nuachtlitir sheachtainiúil as Gaeilge"
    body = ["GAILLIMH — Sheol Leabharlann Chathair na Gaillimhe nuachtlitir ríomhphoist sheachtainiúil as Gaeilge an "
            "tseachtain seo, agus chláraigh níos mó ná 1,200 duine léi sa chéad dá lá.",
            "Beidh léirmheasanna leabhar, imeachtaí don phobal agus liosta de na leabhair nua Gaeilge atá ar fáil sa "
            "leabharlann i ngach eagrán.",
            "Dúirt an leabharlann gur iarr roinnt scoileanna lán-Ghaeilge eagrán speisialta do dhaltaí.",
            "Tá an nuachtlitir saor in aisce."]
    spam = f"{title} - Tuairisc Faisnéis Sonraí PlatoBlockchain. Cuardach Ingearach. Ai."
    article = cleaner.clean("\n\n".join([f"{title} - Tuairisc", spam, *body]), kind="text")
    assert article.text.split("\n\n")[0] == body[0]


@pytest.mark.parametrize(("echo", "title"), [
    ("نرخ تورم نقطه\u200cای در فروردین به ۳۲ درصد رسید هوش داده پلاتوبلاک چین. جستجوی عمودی. عی.",
     "نرخ تورم نقطه\u200cای در فروردین به ۳۲ درصد رسید"),
    ("Inflation eased to 32 percent in April Data Intelligence PlatoBlockchain. Vertical Search. Ai.",
     "Inflation eased to 32 percent in April"),
    ("ก.ล.ต. อนุญาตให้กองทุนรวมลงทุนในบิทคอยน์ ETF ต่างประเทศได้ ข้อมูลอัจฉริยะ เพลโตบล็อกเชน ค้นหาแนวตั้ง ไอ",
     "ก.ล.ต. อนุญาตให้กองทุนรวมลงทุนในบิทคอยน์ ETF ต่างประเทศได้"),
])
def test_an_echo_running_on_into_the_spam_after_a_plain_space(echo: str, title: str) -> None:
    """An echo that runs on after the title with a plain space, no separator, into the spam's shape
    (brand words, then very short sentences) is an echo; a lede that opens with the title's words
    and goes on as a sentence is not."""
    first = f"{title} - EcoIran"
    assert find_echo([first, echo]) is not None and find_echo([first, echo]).title == title
    lede = f"{title} as food prices rose more slowly than in March, the statistics centre said on Wednesday."
    assert find_echo([first, lede]) is None


@pytest.mark.parametrize(("title", "lede"), [
    ('삼성전기, 유리기판 시제품 첫 공개…"2027년 양산"', "삼성전기가 차세대 반도체 패키지용 유리기판 시제품을 처음으로 공개했다."),
    ("Samsung unveils glass substrate prototype", "Samsung first published the glass substrate prototype results on Tuesday."),
])
def test_a_short_lede_known_by_concepts_alone_stays_when_it_speaks_of_the_title(title: str, lede: str) -> None:
    """A one-sentence lede may say something was shown "for the first time": its concepts make a
    first-published note, but it speaks of what the title speaks of (Korean writes particles on
    the title's words), and stays on a republished page."""
    body = [lede, "회사는 16일 서울 코엑스에서 열린 전시회에서 유리기판을 선보이고 2027년 양산 목표를 밝혔다.",
            "유리기판은 기존 플라스틱 기판보다 표면이 평평하고 열에 강하다."]
    spam = f"{title} - 한국경제 플라톤블록체인 데이터 인텔리전스. 수직 검색. 아이."
    article = cleaner.clean("\n\n".join([f"{title} - 한국경제", spam, *body]), kind="text")
    assert article.text.split("\n\n")[0] == lede


def test_a_lead_in_over_the_trailing_block_goes_with_what_it_introduced() -> None:
    """A short line ending in a colon right above the network's trailing block, nothing of the
    article under it, introduced what the copy lost (a video, a gallery)."""
    title = "Pemerintah siapkan insentif mobil listrik tahun depan"
    body = ["Kementerian Perindustrian menyiapkan insentif baru untuk mobil listrik yang dirakit di dalam negeri.",
            "Kementerian mencatat penjualan mobil listrik mencapai 17.000 unit pada semester pertama.",
            "Besaran anggaran insentif masih dibahas dengan Kementerian Keuangan."]
    spam = f"{title} - CNN Indonesia Kecerdasan Data PlatoBlockchain. Pencarian Vertikal. Ai."
    dump = "\n\n".join([f"{title} - CNN Indonesia", spam, *body, "Saksikan video di bawah ini:", "Cap Waktu:",
                        "Lebih dari CNN Indonesia"])
    article = cleaner.clean(dump, kind="text")
    assert article.text.split("\n\n") == body
    # on a page the network never touched, the line stays: the walk has no trailing block to stand on
    clean = cleaner.clean("\n\n".join([title, *body, "Saksikan video di bawah ini:"]), kind="text")
    assert clean.text.split("\n\n")[-1] == "Saksikan video di bawah ini:"


def test_a_labelled_heading_over_a_timeline_is_the_articles_section_head() -> None:
    """"Chronik: <a title>" over entries each under its own label ("2015: ...", "2019: ...") heads
    the article's timeline, on a long republished page (blind34's netzpolitik.org copy); a link's
    headline is followed by the article's paragraphs, not by a run of labelled entries."""
    raw = (Path(__file__).parent.parent / "fixtures" / "blind34" / "de"
           / "funkloecher-bahnstrecken-netzpolitik-zephyrnet.txt").read_text(encoding="utf-8")
    paragraphs = cleaner.clean(raw, kind="text").text.split("\n\n")
    head = paragraphs.index("Chronik: Zehn Jahre Funklöcher an der Schiene")
    assert paragraphs[head + 1].startswith("2015: ")


@pytest.mark.parametrize(("line", "named"), [
    ("Alkuperä: Plato Tietoäly.", True),  # Finnish, Latin stem
    ("منبع: هوش داده افلاطون.", True),  # Persian, the name translated ("Aflatoun")
    ("منبع: هوش داده پلاتو.", True),  # Persian, the name transliterated
    ("Fuente: Inteligencia de datos de Platón.", True),
    ("Источник: Платон Интеллект данных.", True),
    ("来源：柏拉图数据智能。", True),  # no spaces: the stem alone beside the phrase
    ("Source: data intelligence from Chainalysis.", False),  # the phrase without the name
    ("Platon, philosopher of data intelligence and ethics in the modern world", False),  # too long, a sentence
    ("Source: Plato.", False),  # the name without the phrase
])
def test_network_name_translated_word_by_word_is_known_wherever_it_stands(line: str, named: bool) -> None:
    from cleaner.strip.spam import translated_name

    assert translated_name(line, RULES) is named


def test_translated_network_name_between_paragraphs_goes_and_the_article_stays() -> None:
    paras = [
        "سرعت متوسط اینترنت ثابت در تهران در سه ماه گذشته حدود بیست درصد کاهش یافته است، بر اساس گزارش یک شرکت پایش.",
        "منبع: هوش داده افلاطون.",
        "کارشناسان می‌گویند محدودیت‌های تازه و کمبود پهنای باند بین‌المللی دلیل اصلی این کاهش است.",
        "به گفته این شرکت، سرعت اینترنت همراه در همین مدت تغییر چندانی نکرده است. گزارش بعدی در پاییز منتشر می‌شود.",
    ]
    text = _republished("سرعت اینترنت در تهران کاهش یافت", paras, outlet="زومیت")
    article = cleaner.clean(text)
    assert "افلاطون" not in article.text
    assert all(p in article.text for p in paras[:1] + paras[2:])


@pytest.mark.parametrize("quote", ["„Wir wollen ihnen einen Anlass geben.“", "„Das ist erst der Anfang.“",
                                   "‚Wir kommen wieder.‘", "“We will be back.”"])
def test_a_quote_closed_the_german_way_ends_its_sentence(quote: str) -> None:
    from cleaner.text import ends_sentence

    assert ends_sentence(quote)


def test_a_wrap_before_a_date_is_no_numbered_item_and_a_list_stays_one() -> None:
    import textwrap

    from cleaner.textsplit import split_text

    paragraphs = [
        "Mesto Košice potvrdilo termín otvorenia zrekonštruovanej trate na Moyzesovej ulici a prvá električka po "
        "nej prejde s cestujúcimi v stredu 18. decembra ráno, keď sa obnovia aj všetky zastávky v tejto časti mesta.",
        "Postup prác bol podľa mesta náročný, pretože trať vedie popri historických domoch a pod ulicou sú staré "
        "siete, ktoré bolo treba najprv zmapovať a presunúť na nové miesto.",
        "Dopravný podnik upozorňuje, že v prvých dňoch môžu električky meškať, kým si vodiči zvyknú na nové výhybky "
        "a svetelnú signalizáciu na križovatkách.",
    ]
    wrapped = ["\n".join(textwrap.wrap(p, 50)) for p in paragraphs]
    assert any(line.startswith("18. decembra") for line in wrapped[0].split("\n"))  # the wrap falls before the date
    items = ["1. Skúšobné jazdy bez cestujúcich", "2. Otvorenie trate v stredu ráno"]
    dump = "\n\n".join(["Nadpis článku", *wrapped, "Mesto zverejnilo harmonogram:\n" + "\n".join(items)])
    assert split_text(dump) == ["Nadpis článku", *paragraphs, "Mesto zverejnilo harmonogram:", *items]


@pytest.mark.parametrize("line", [
    "Ваши мнения публикуются после проверки модератором.",  # your opinions, after a moderator's check
    "உங்கள் கருத்துகளைப் பதிவு செய்யுங்கள். கருத்துகள் மட்டுறுத்தலுக்குப் பின்னரே வெளியிடப்படும்.",
])
def test_a_moderation_note_is_a_comment_prompt_where_the_word_for_comments_is_opinions(line: str) -> None:
    """Many languages say "your opinions" for the comments under a story; with moderation beside
    them the line is the comment policy."""
    found = load_rules().concepts.family(line)
    assert found is not None and found[0] == "comment_prompt"


@pytest.mark.parametrize(("line", "speech"), [
    ("Este texto forma parte de nuestra serie «Veranos en la ciudad de antes».", False),  # a series' name
    ("Ten artykuł jest częścią naszego cyklu „Miasto nocą w czasie upałów”.", False),
    ("«Nadie nos preguntó antes de cerrar la biblioteca», dijo una vecina.", True),  # someone's words
    ("La alcaldesa lo llamó «un paso atrás para todo el barrio, sin duda».", True),  # a clause of its own
])
def test_a_quoted_name_closing_a_sentence_is_no_ones_words(line: str, speech: bool) -> None:
    """A pitch or note may quote the name of its series or newsletter at its end; four words or
    more in quotes are someone's words only when they carry a stop or comma of their own or are
    introduced as speech."""
    from cleaner.strip.notes import reported_speech

    assert reported_speech(line) is speech


def test_a_last_line_reporting_what_someone_did_is_no_closing_note() -> None:
    """An outlet's own page ends on what its editor-in-chief promised ("Chefredakteur Josef Brandl hat
    zugesagt, ..."): a report naming someone, no standing note the trailing walk may look past, so
    the line above it, which speaks of the paper's newsletter, stays the article's too."""
    body = ["Seit einem Jahr prüft ein Beirat aus zwölf Leserinnen und Lesern, wie diese Zeitung mit Fehlern "
            "umgeht. Nun hat er seinen ersten Bericht vorgelegt.",
            "Im Berichtsjahr hat die Redaktion 64 Korrekturen veröffentlicht, die meisten wegen falsch "
            "geschriebener Namen und vertauschter Zahlen.",
            "Der Beirat empfiehlt, Korrekturen künftig auch im Newsletter der Zeitung zu veröffentlichen.",
            "Chefredakteur Josef Brandl hat zugesagt, das ab September umzusetzen."]
    paras = "".join(f"<p>{p}</p>" for p in body)
    page = ("<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Leserbeirat legt ersten Bericht vor"
            "</title><meta property='og:site_name' content='Passauer Rundschau'></head><body><article>"
            f"<h1>Leserbeirat legt ersten Bericht vor</h1>{paras}</article></body></html>")
    assert cleaner.clean(page, kind="html").text.split("\n\n") == body
