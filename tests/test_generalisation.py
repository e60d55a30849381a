"""Mechanisms that carry to outlets, spellings and layouts no rule file lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from cleaner.strip.rules import load_rules
from cleaner.text import captioned, name_byline, sentences

BODY = [
    "Kampuni ya uchimbaji madini ya Bitcoin imetangaza kuwa itahamisha sehemu ya mitambo yake "
    "kwenda kwenye kompyuta za akili bandia baada ya mapato kushuka kwa asilimia arobaini.",
    "Mkurugenzi mkuu wa kampuni hiyo alisema uamuzi huo ulifanywa baada ya miezi sita ya "
    "majaribio katika kituo chake cha data kilichopo kaskazini mwa nchi.",
    "Wachambuzi wanasema hatua hiyo inaweza kufuatwa na kampuni nyingine ndogo za uchimbaji "
    "ambazo zimekuwa zikipambana na gharama kubwa za umeme tangu nusu ya mwaka jana.",
]


@pytest.mark.parametrize("spelling", [
    "ՊլատոԲլոկչեյն Տվյալների Հետախուզություն",  # Armenian
    "ፕላቶ ብሎክ ቼን ዳታ ኢንተሊጀንስ",  # Amharic, split into words
    "Platónův blockchain – datové zpravodajství",  # Czech
    "ПлатоБлокчеін Дані",  # a Ukrainian spelling no rule file has
    "প্লেটোব্লকচেন ডেটা",  # Bengali without the vowel signs the rule file's form has
    "ਪਲੈਟੋਬਲਾਕਚੇਨ",  # Gurmukhi
    "ပလေတိုဘလော့ခ်ချိန်း",  # Burmese
    "ప్లేటోఏఐస్ట్రీమ్",  # PlatoAiStream in Telugu
    "ເພລໂຕບລັອກເຊນ ຂໍ້ມູນອັດສະລິຍະ",  # Lao: "ph" where the brand has "p" ("phlotblaksen")
    "ФлатоБлокчейн Данни",  # an "f" for the "p"
])
def test_brand_is_recognised_in_any_script(spelling: str) -> None:
    assert load_rules().brand_like(spelling) is not None


@pytest.mark.parametrize("text", [
    "Plato asks whether the guardians should own property.",
    "Ο Πλάτων δίδασκε στην Ακαδημία.",
    "Vipps MobilePay starter i februar et pilotprosjekt der kunder betaler med ansiktet.",
    "The protests amplified demands for an independent inquiry.",
    "Το κτίριο χρονολογείται στον 4ο αιώνα π.Χ., την εποχή που ο Πλάτων δίδασκε εκεί.",
    "Recent Samsung smart TVs also include the Apple TV+ streaming app.",  # "pltvstrm" is no brand
    "Morrison described the political consequences of the call.",
    "Платформа планує запуск у травні.",
    "Flat tables and block charts filled the report.",
    "OpenPlatoon raised money to train drivers in convoys.",  # a name glued after a word, not Plato's
    "The anti-Plato camp of the seminar was small.",  # a prefix, not a capitalised chain
])
def test_article_words_are_not_taken_for_the_brand(text: str) -> None:
    assert load_rules().brand_like(text) is None


def test_identical_echo_lines_still_split_the_outlet_and_clear_the_footer() -> None:
    title = "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI"
    echo = f"{title} - Jarida Huru"
    dump = "\n\n".join([echo, echo, *BODY, "Muhuri wa Muda:", "Zaidi kutoka Jarida Huru"])
    article = cleaner.clean(dump, kind="text")
    assert article.title == title
    assert article.source == "Jarida Huru"
    assert article.text == "\n\n".join(BODY)


def test_a_single_title_line_with_a_dash_stays_whole_on_a_clean_dump() -> None:
    title = "Wachimbaji wa Bitcoin - na Kwa Nini Wanahama"
    article = cleaner.clean("\n\n".join([title, *BODY]), kind="text")
    assert article.title == title and article.source is None
    assert article.text == "\n\n".join(BODY)


def _page(title: str, site: str | None, body: list[str]) -> str:
    meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    paras = "".join(f"<p>{p}</p>" for p in body)
    return (f"<html><head><title>{title}</title>{meta}</head><body><article><h1>{title}</h1>{paras}"
            "</article></body></html>")


def _cleaned_body(headline: str, blocks: list[str], lang: str) -> list[str]:
    """The paragraphs the cleaner keeps of an outlet's own page holding ``blocks`` under ``headline``."""
    paras = "".join(f"<p>{p}</p>" for p in blocks)
    page = (f"<!doctype html><html lang='{lang}'><head><meta charset='utf-8'><title>{headline}</title></head>"
            f"<body><article><h1>{headline}</h1>{paras}</article></body></html>")
    return cleaner.clean(page, kind="html").text.split("\n\n")


def test_site_name_is_the_source_when_nothing_else_names_one() -> None:
    article = cleaner.clean(_page("Wachimbaji wanahama", "Habari Huru", BODY), kind="html")
    assert article.source == "Habari Huru"


def test_a_network_site_name_in_a_new_spelling_is_not_the_source() -> None:
    article = cleaner.clean(_page("Wachimbaji wanahama", "ПлатоБлокчеін", BODY), kind="html")
    assert article.source is None


def test_footer_repeated_across_a_folder_is_learned_without_an_outlet_or_url(tmp_path: Path) -> None:
    footer = ["Jiandikishe kwa jarida letu la kila wiki upate habari zote za teknolojia moja kwa moja.",
              "Kanusho: maoni yaliyotolewa hapa si ushauri wa uwekezaji."]
    shared_quote = "\u201cHatutarudi nyuma,\u201d alisema waziri wa nishati mbele ya wabunge jana jioni."
    topics = [("mvua", "wakulima", "mahindi"), ("bandari", "meli", "mizigo"), ("shule", "walimu", "vitabu"),
              ("hospitali", "madaktari", "dawa")]
    for i, (a, b, c) in enumerate(topics):
        body = [f"Habari nambari {i}: {a} imeathiri {b} wengi katika eneo la {c} mwaka huu, kwa mujibu wa ripoti.",
                f"Viongozi wa {b} walisema {c} zaidi zinahitajika kabla ya msimu ujao wa {a} kuanza rasmi.",
                f"Serikali imeahidi kuchunguza hali ya {a} na kutoa msaada kwa {b} wanaohitaji {c} haraka."]
        if i < 2:
            body.append(shared_quote)  # one story told in two articles: content, not template
        (tmp_path / f"{i}.txt").write_text("\n\n".join([f"Habari za {a} na {b}", *body, *footer]))
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert len(articles) == 4
    for article in articles:
        assert not any(line in article.text for line in footer), article.text
        assert article.text.startswith("Habari nambari")
    assert sum(shared_quote in a.text for a in articles) == 2


def _wrap(paragraph: str, width: int = 72) -> list[str]:
    import textwrap

    return textwrap.wrap(paragraph, width)


def test_hard_wrapped_dump_is_unwrapped_but_echoes_and_list_items_stay_lines() -> None:
    from cleaner.textsplit import split_text

    paras = [p + " " + p for p in BODY]  # long enough to wrap over several lines
    items = ["- kupanda kwa gharama za umeme katika maeneo ya vijijini", "- ushindani kutoka kwa kampuni kubwa"]
    echo = "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI - Jarida Huru"
    lines = [echo, echo + " Ujasusi wa Data", ""]
    for p in paras[:2]:
        lines += [*_wrap(p), ""]
    lines += [*items, "", *_wrap(paras[2]), ""]
    blocks = split_text("\n".join(lines))
    assert blocks == [echo, echo + " Ujasusi wa Data", paras[0], paras[1], *items, paras[2]]
    # echoes wrapped too, each a paragraph of its own: the first one's rest joins it as well
    title = "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI Baada ya Nusu ya Zawadi ya Kila Bloku"
    wrapped = [*_wrap(f"{title} - Jarida Huru"), "", *_wrap(f"{title} - Jarida Huru Ujasusi wa Data"), ""]
    assert len(wrapped) > 4
    blocks = split_text("\n".join(wrapped + lines[3:]))
    assert blocks[:3] == [f"{title} - Jarida Huru", f"{title} - Jarida Huru Ujasusi wa Data", paras[0]]


def test_an_echo_whose_tail_wrapped_to_a_line_of_its_own_is_joined() -> None:
    """The wrap fell right before " - Outlet": the tail's line starts like a list item, yet it is
    the rest of the title line above it."""
    from cleaner.textsplit import split_text

    title = "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI Baada ya Bei Kubwa"
    assert _wrap(f"{title} - Jarida Huru") == [title, "- Jarida Huru"]
    paras = [p + " " + p for p in BODY]
    lines = [title, "- Jarida Huru", "", title, "- Jarida Huru PlatoBlockchain Data Intelligence.", ""]
    for p in paras[:2]:
        lines += [*_wrap(p), ""]
    blocks = split_text("\n".join(lines))
    assert blocks == [f"{title} - Jarida Huru", f"{title} - Jarida Huru PlatoBlockchain Data Intelligence.",
                      paras[0], paras[1]]


def test_a_wrapped_dump_with_a_footer_list_near_the_width_is_still_unwrapped() -> None:
    """A footer of newsletter lines, one sentence each and nearly as long as the wrap width, sits
    in one block: a list, which must not hide that the paragraphs above are wrapped."""
    from cleaner.textsplit import split_text

    paras = [p + " " + p for p in BODY]
    footer = ["Pata habari kwenye kikasha chako. Chunguza majarida yetu:",
              "Muhtasari wa Asubuhi: Habari kuu za masoko na sera kila siku.",
              "Wiki ya Madini: Uchambuzi wa sekta ya uchimbaji kila Ijumaa jioni.",
              "Sauti ya Soko: Mahojiano na wachambuzi wa fedha kila Jumatano.",
              "Dunia ya Sarafu: Mwongozo wa wiki kwa wanaoanza kuwekeza sasa."]
    assert all(52 < len(line) <= 72 for line in footer)
    lines = ["Kichwa cha habari - Jarida Huru", ""]
    for p in paras[:2]:
        lines += [*_wrap(p), ""]
    lines += footer
    assert split_text("\n".join(lines)) == ["Kichwa cha habari - Jarida Huru", *paras[:2], *footer]


def test_one_paragraph_per_line_dump_is_not_joined() -> None:
    from cleaner.textsplit import split_text

    lines = ["Kichwa cha habari", "", *BODY, "Muhuri wa Muda:", "Zaidi kutoka Jarida Huru"]
    assert split_text("\n".join(lines)) == [line for line in lines if line]


def _folder(tmp_path: Path, titles: list[str]) -> list[cleaner.Article]:
    topics = [("mvua", "wakulima", "mahindi"), ("bandari", "meli", "mizigo"), ("shule", "walimu", "vitabu"),
              ("hospitali", "madaktari", "dawa")]
    for i, (title, (a, b, c)) in enumerate(zip(titles, topics, strict=False)):
        body = [f"Ripoti mpya kuhusu {a} imeonyesha kuwa {b} wengi wameathirika na uhaba wa {c} mwaka huu.",
                f"Viongozi wa {b} walisema {c} zaidi zinahitajika kabla ya msimu ujao wa {a} kuanza rasmi."]
        (tmp_path / f"{i}.txt").write_text("\n\n".join([title, *body]))
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    return sorted(articles, key=lambda a: a.origin.path)


def test_a_title_tail_shared_across_the_run_is_the_site_and_its_outlet(tmp_path: Path) -> None:
    heads = ["Mvua kubwa yaathiri wakulima", "Bandari mpya yafunguliwa", "Walimu wapata vitabu vipya",
             "Hospitali zapokea dawa"]
    articles = _folder(tmp_path, [f"{h} - Kalamu Huru" for h in heads])
    assert [a.title for a in articles] == heads
    assert {a.source for a in articles} == {"Kalamu Huru"}


def test_titles_with_their_own_dashes_are_not_a_site_tail(tmp_path: Path) -> None:
    titles = ["Mvua kubwa - na wakulima wanalalamika", "Bandari mpya - lakini meli ni chache",
              "Walimu wapata vitabu - hatimaye", "Hospitali zapokea dawa"]
    articles = _folder(tmp_path, titles)
    assert [a.title for a in articles] == titles


def test_a_few_stray_bytes_do_not_turn_a_utf8_page_into_mojibake() -> None:
    paragraph = "Die Bundesregierung plant größere Änderungen für Übersetzungsbüros in München und Köln."
    page = f"<html><head><title>Änderungen</title></head><body><article><h1>Änderungen</h1>" \
           f"<p>{paragraph}</p><p>{paragraph} Zweiter Absatz.</p></article></body></html>"
    data = page.encode("utf-8")
    cut = data.index(b"Zweiter")
    data = data[:cut] + b"\xe4\xfc " + data[cut:]  # two stray bytes (a Latin-1 "äü" pasted in)
    article = cleaner.clean(data, kind="html")
    assert paragraph in article.text  # every other umlaut read as written


@pytest.mark.parametrize(("charset", "paragraph"), [
    ("euc-kr", "서울시는 다음 달부터 한강 공원의 자전거 대여 요금을 낮추기로 했다고 밝혔다."),
    ("shift_jis", "大阪市は来月から市営バスの深夜便を増やすと発表した。利用者の要望に応えるという。"),
    ("windows-1251", "Общината ще ремонтира пешеходния мост над реката до края на годината."),
])
def test_a_page_in_its_declared_charset_with_stray_bytes_is_read_in_it(charset: str, paragraph: str) -> None:
    """A page that declares a legacy charset and holds a few bytes that charset cannot read is
    still in it: the stray bytes become U+FFFD and every other letter is read as written."""
    page = f"<html><head><meta charset='{charset}'><title>x</title></head><body><article>" \
           f"<p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    data = page.encode(charset)
    cut = data.rindex(b"<p>")
    data = data[:cut] + b"\xff\x80 " + data[cut:]  # two bytes no charset above reads
    article = cleaner.clean(data, kind="html")
    assert paragraph in article.text


def test_a_utf8_page_declaring_a_legacy_charset_with_stray_bytes_stays_utf8() -> None:
    """UTF-8 bytes a multi-byte legacy charset would also read as characters of its own: a page
    that declares Shift_JIS but is UTF-8 with stray bytes is UTF-8."""
    paragraph = "東京都は来年度から公園の無料Wi-Fiを拡大すると発表した。"
    page = f"<html><head><meta charset='shift_jis'><title>x</title></head><body><article>" \
           f"<p>{paragraph}</p><p>{paragraph}</p></article></body></html>"
    data = page.encode("utf-8")
    cut = data.rindex(b"<p>")
    data = data[:cut] + b"\xff " + data[cut:]
    assert paragraph in cleaner.clean(data, kind="html").text


def test_a_live_blog_whose_entries_are_classed_as_comments_keeps_them() -> None:
    """A live blog's entries in elements classed "update-item comment" / "comment-body": the class
    names comments, but they hold the page's text, so they are the article (trafilatura's comment
    prune takes them otherwise)."""
    entries = ["14:05 Die Feuerwehr meldet, dass der Brand in der Lagerhalle am Hafen unter Kontrolle ist.",
               "13:20 Die Polizei hat die Zufahrtsstraßen zum Hafen gesperrt und bittet Anwohner, Fenster zu schließen.",
               "12:45 Über dem Hafengebiet steht eine dichte Rauchwolke; Ursache des Feuers ist noch unbekannt."]
    items = "".join(f"<div class='update-item comment'><div class='comment-body'><p>{e}</p></div></div>" for e in entries)
    page = ("<html><head><title>Liveticker: Großbrand am Hafen</title></head><body><article>"
            f"<h1>Liveticker: Großbrand am Hafen</h1><div class='liveblog-feed'>{items}</div>"
            "</article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.text == "\n\n".join(entries)


def test_soft_hyphens_are_removed() -> None:
    text = "Sil\u00adben\u00adtren\u00adnung im Ar\u00adti\u00adkel"
    article = cleaner.clean("\n\n".join(["Ein Titel mit Wörtern", text + ". " + BODY[0]]), kind="text")
    assert "\u00ad" not in article.text and "Silbentrennung im Artikel" in article.text


@pytest.mark.parametrize("name", ["ΠλατοΔεδομένα", "ПлатонАйСтрим", "PlatoVerticals",
                                  "SilsiladdaPlato", "ЛанцюгПлатона",  # the chain first, the name glued after
                                  "Uruhererekane-Plato"])
def test_plato_written_as_one_name_with_another_word_is_the_brand(name: str) -> None:
    assert load_rules().brand_like(f"Title words here - {name}") is not None


def test_spam_shaped_tail_leaves_every_title_source_in_an_unknown_spelling() -> None:
    title = "סולאנה משיקה רשת בדיקות חדשה - והמפתחים חלוקים"
    spam = "בלוקוורקס פלטו-בלוקצ'ין דאטה אינטליגנציה. חיפוש ורטיקלי. איי."
    page = _page(f"{title} - {spam}", None, BODY).replace(f"<h1>{title} - {spam}</h1>", f"<h1>{title} - {spam}</h1>")
    article = cleaner.clean(page, kind="html")
    assert article.title == title
    assert spam not in article.text


@pytest.mark.parametrize(("label", "more"), [("Ժամանակի դրոշմակնիք՝", "Ավելին Ինքնավստահից"),
                                             ("የጊዜ ማህተም፡", "ተጨማሪ ከሴማፎር")])
def test_labels_and_outlet_lines_in_other_scripts(label: str, more: str) -> None:
    outlet = more.split()[-1][:-3] if label.startswith("Ժ") else more.split()[-1][1:]
    title = "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI"
    dump = "\n\n".join([f"{title} - {outlet}", f"{title} - {outlet}", *BODY, label, more])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(BODY) and article.source == outlet


def _run_folder(tmp_path: Path, pages: list[list[str]]) -> list[cleaner.Article]:
    for i, lines in enumerate(pages):
        (tmp_path / f"{i}.txt").write_text("\n\n".join(lines))
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    return articles


def test_two_standing_lines_with_one_first_word_are_both_template(tmp_path: Path) -> None:
    """"Subscribe to our newsletters" and "Subscribe to Pro" stand on every page together: two
    template lines, not one slot worded differently (as bylines are)."""
    footer = ["Претплатите се на билтене Гласника", "Дневни: најважније вести сваког јутра.",
              "Претплатите се на Гласник Про за ексклузивне податке и истраживања."]
    topics = [("киша", "пољопривредници", "кукуруз"), ("лука", "бродови", "терет"), ("школа", "учитељи", "књиге"),
              ("болница", "лекари", "лекови")]
    pages = []
    for i, (a, b, c) in enumerate(topics):
        body = [f"Вест број {i}: {a} је погодила многе {b} у области {c} ове године, према извештају.",
                f"Представници {b} рекли су да је потребно више {c} пре почетка нове сезоне {a}.",
                f"Влада је обећала да ће испитати стање {a} и помоћи {b} којима треба {c}."]
        pages.append([f"Вести о {a} и {b}", *body, *footer])
    for article in _run_folder(tmp_path, pages):
        assert not any(line in article.text for line in footer), article.text
        assert article.text.startswith("Вест број")


def test_bylines_that_differ_by_name_stay_article_text(tmp_path: Path) -> None:
    topics = ["mvua", "bandari", "shule", "hospitali"]
    pages = []
    for i, a in enumerate(topics):
        byline = "Imehaririwa na Amina Juma." if i % 2 else "Imehaririwa na Baraka Mushi."
        pages.append([f"Habari za {a}", f"Habari nambari {i}: {a} imeathiri watu wengi mwaka huu, kwa mujibu wa ripoti.",
                      f"Viongozi walisema hatua zaidi kuhusu {a} zinahitajika kabla ya msimu ujao kuanza rasmi.",
                      byline])
    articles = _run_folder(tmp_path, pages)
    assert all(a.text.endswith(("Amina Juma.", "Baraka Mushi.")) for a in articles), [a.text for a in articles]


LT_TOPICS = [("Aave", "paskolų"), ("Uniswap", "mokesčių"), ("Curve", "likvidumo"), ("Lido", "įkeitimo")]
LT_DISCLAIMER = ("Atsakomybės apribojimas: šis straipsnis skirtas tik informaciniams tikslams ir nėra finansinis "
                 "ar investicinis patarimas. Prieš priimdami sprendimus atlikite savo tyrimą.")
LT_REWORDED = ("Atsakomybės apribojimas: šis straipsnis skirtas tik informaciniams tikslams ir nelaikytinas "
               "finansiniu ar investiciniu patarimu. Prieš priimdami sprendimus atlikite savo tyrimą.")


def _lt_pages(footers: list[list[str]], bylines: list[str]) -> list[list[str]]:
    pages = []
    for (name, what), footer, byline in zip(LT_TOPICS, footers, bylines, strict=True):
        body = [f"{name} bendruomenė penktadienį balsavo dėl naujų {what} taisyklių, praneša fondas.",
                f"Pasak fondo, {what} pokyčiai įsigalios per dvi savaites, jei niekas jų neužginčys.",
                f"{name} žetono kaina po žinios per kelias valandas pakilo 6 %."]
        pages.append([f"{name} keičia {what} taisykles", byline, *body, *footer])
    return pages


def test_a_standing_disclaimer_reworded_on_one_page_is_still_the_template(tmp_path: Path) -> None:
    """Machine translation rewords a standing line on one page of many: most of its words are the
    template's, so it goes with the others (a slot filled with names never shares that many)."""
    pitch = ("Prenumeruokite Nepaklusniojo naujienlaiškį ir kiekvieną savaitės dieną gaukite svarbiausias "
             "DeFi naujienas į savo pašto dėžutę.")
    reworded = ("Užsiprenumeruokite Nepaklusniojo naujienlaiškį ir kiekvieną savaitės dieną gaukite svarbiausias "
                "DeFi naujienas į pašto dėžutę.")  # another first word too
    footers = [[pitch, LT_DISCLAIMER, "Sekite mus X ir Telegram"], [pitch, LT_DISCLAIMER, "Sekite mus X ir Telegram"],
               [reworded, LT_DISCLAIMER, "Sekite mus X, Telegram ir YouTube"],
               [pitch, LT_REWORDED, "Sekite mus X ir Telegram"]]
    bylines = ["Autorė: Nora Lindqvist"] * 3 + ["Autorius: Jonas Petraitis"]
    for article in _run_folder(tmp_path, _lt_pages(footers, bylines)):
        assert "Atsakomybės" not in article.text and "Sekite" not in article.text, article.text
        assert "prenumeruokite" not in article.text.casefold(), article.text
        assert article.text.endswith("pakilo 6 %."), article.text


def test_a_byline_that_puts_the_name_first_is_a_slot_not_a_template(tmp_path: Path) -> None:
    """"<name> દ્વારા" (by <name>): the wordings share their last word, not their first, and the
    same author on three pages of four is still the article's byline."""
    bylines = ["ડેનિયલ ફોસ્ટર દ્વારા"] * 3 + ["મીરા કાપડિયા દ્વારા"]
    footers = [[LT_DISCLAIMER]] * 4
    articles = _run_folder(tmp_path, _lt_pages(footers, bylines))
    assert sorted(a.text.split("\n\n")[0] for a in articles) == sorted(bylines)
    assert all("Atsakomybės" not in a.text for a in articles)


def test_short_lines_left_below_a_sure_hit_at_the_very_end_go(tmp_path: Path) -> None:
    """A "More from <outlet>" line in a new translation, under the site's template label."""
    footers = [[LT_DISCLAIMER, "Laiko žymė:", "Daugiau iš Nepaklusnusis"]] * 3 + [
        [LT_DISCLAIMER, "Laiko žymė:", "Daugiau iš Iššaukiantis"]]
    bylines = ["Autorė: Nora Lindqvist", "Autorius: Jonas Petraitis"] * 2
    for article in _run_folder(tmp_path, _lt_pages(footers, bylines)):
        assert article.text.endswith("pakilo 6 %."), article.text


@pytest.mark.parametrize("outlet", ["Blockworks", "Kryptoverse", "Rest of World"])
@pytest.mark.parametrize("line", [
    "Príspevok {title} sa prvýkrát objavil na {outlet}.",
    "Yazı {title} ilk dəfə {outlet} saytında dərc olunub.",
])
def test_the_outlet_of_a_naming_line_without_a_phrase_prior(line: str, outlet: str) -> None:
    """The words after the title are the phrase (lower case) and the outlet's name (capitalised)."""
    title = "Ťažiari bitcoinu predali v júni najviac BTC za dva roky"
    text = "\n\n".join([*BODY, line.format(title=title, outlet=outlet)])
    article = cleaner.clean(text, kind="text", title=title, url="https://zephyrnet.com/sk/btc-miners/")
    assert article.source == outlet
    assert article.text == "\n\n".join(BODY)


def test_a_trailing_list_of_lines_with_one_ending_goes_in_any_language() -> None:
    title = "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI"
    spam = "ప్లేటోబ్లాక్‌చెయిన్ డేటా ఇంటెలిజెన్స్. నిలువు శోధన. ఏఐ."
    tail = ["ప్లేటోఏఐస్ట్రీమ్. వెబ్3 ఇంటెలిజెన్స్. ఇక్కడ యాక్సెస్ చేయండి.",
            "కార్బన్, క్లీన్‌టెక్, శక్తి, పర్యావరణం. ఇక్కడ యాక్సెస్ చేయండి.",
            "ఆటోమోటివ్, ఈవీలు, ఇంధనం. ఇక్కడ యాక్సెస్ చేయండి."]
    dump = "\n\n".join([f"{title} - Jarida Huru", f"{title} - Jarida Huru {spam}", *BODY, *tail])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(BODY)


def test_a_list_with_one_ending_on_a_clean_page_stays() -> None:
    items = ["Bei ya mahindi imepanda kwa asilimia tano mwezi huu sokoni.",
             "Bei ya maharage imepanda kwa asilimia tatu mwezi huu sokoni.",
             "Bei ya mchele imepanda kwa asilimia mbili mwezi huu sokoni."]
    text = "\n\n".join(["Bei za Vyakula Sokoni", *BODY, *items])
    article = cleaner.clean(text, kind="text")
    assert article.text == "\n\n".join([*BODY, *items])


def test_an_untranslated_footer_line_goes_but_a_latin_name_in_a_credit_stays() -> None:
    title = "ক্রিপ্টো বাজারে নতুন নিয়ম"
    body = ["বাংলাদেশ ব্যাংক বৃহস্পতিবার ডিজিটাল সম্পদ নিয়ে একটি নতুন নির্দেশিকা প্রকাশ করেছে।",
            "নির্দেশিকা অনুযায়ী প্রতিটি বিনিময় প্রতিষ্ঠানকে নিবন্ধন করতে হবে এবং গ্রাহকের তথ্য যাচাই করতে হবে।",
            "সম্পাদনা করেছেন Ryan Ozawa।"]
    dump = "\n\n".join([f"{title} - ডিক্রিপ্ট", f"{title} - ডিক্রিপ্ট প্লেটোব্লকচেইন ডেটা ইন্টেলিজেন্স।", *body,
                        "Jiandikishe kwa jarida letu upate habari kila asubuhi.", "সময় স্ট্যাম্প:"])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(body)


@pytest.mark.parametrize("moved", [
    "bitcoin ethereum markets plato PlatoData Plato Data Intelligence zephyrnet",  # tag run naming the brand
    "Zaidi kutoka Jarida Huru",  # the outlet's "More from" line
])
def test_structural_spam_moved_above_the_lede_goes(moved: str) -> None:
    title = "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI"
    spam = "Jarida Huru PlatoBlockchain Data Intelligence. Vertical Search. Ai."
    dump = "\n\n".join([f"{title} - Jarida Huru", f"{title} - {spam}", moved, *BODY, "Muhuri wa Muda:"])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(BODY)


def test_a_one_sentence_article_is_not_taken_as_a_link_under_a_more_from_line() -> None:
    title = "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI"
    body = "Kampuni ya uchimbaji madini ya Bitcoin imetangaza kuwa itahamisha sehemu ya mitambo yake."
    dump = "\n\n".join([f"{title} - Jarida Huru", f"{title} - Jarida Huru PlatoBlockchain Data Intelligence. Ai.",
                        "Zaidi kutoka Jarida Huru", body, "Muhuri wa Muda:"])
    assert cleaner.clean(dump, kind="text").text == body


def test_an_outlet_other_titles_of_the_run_named_is_found_at_the_head_of_a_spam_tail(tmp_path: Path) -> None:
    """Two dumps name "Jarida Huru" in their echo tails; a feed record of the same folder carries
    only a translated spam tail whose first words are that name."""
    spam = "Jarida Huru Ujasusi wa Data wa PlatoBlockchain. Utafutaji wa Wima. Ai."
    topics = [("mvua", "wakulima", "mahindi"), ("bandari", "meli", "mizigo"), ("shule", "walimu", "vitabu")]
    for i, (a, b, c) in enumerate(topics):
        title = f"Habari za {a.capitalize()} na {b.capitalize()}"
        body = [f"Habari za {a}: {b} wengi wameathiriwa mwaka huu katika eneo la {c}, kwa mujibu wa ripoti.",
                f"Viongozi wa {b} walisema {c} zaidi zinahitajika kabla ya msimu ujao wa {a} kuanza rasmi."]
        if i < 2:
            echoes = [f"{title} - Jarida Huru", f"{title} - Jarida Huru PlatoBlockchain Data Intelligence. Ai."]
            (tmp_path / f"{i}.txt").write_text("\n\n".join([*echoes, *body]))
        else:
            row = {"id": str(i), "title": f"{title} - {spam}", "text": "\n\n".join(body)}
            (tmp_path / f"{i}.jsonl").write_text(json.dumps(row) + "\n")
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert [a.source for a in articles] == ["Jarida Huru"] * 3
    assert articles[2].title == "Habari za Shule na Walimu"


@pytest.mark.parametrize(("more", "outlet"), [("Lagi daripada Kerja Blok", "Kerja Blok"),
                                              ("Zaidi kutoka Jarida Huru", "Jarida Huru")])
def test_the_outlet_of_a_more_from_line_in_a_language_no_phrase_covers(more: str, outlet: str) -> None:
    record = {"title": "Habari ya Kilimo", "url": "https://zephyrnet.com/sw/habari-ya-kilimo/",
              "text": "\n\n".join([*BODY, "Cap Masa:", more])}
    article = cleaner.clean(record["text"], kind="text", title=record["title"], url=record["url"])
    assert article.source == outlet
    assert article.text == "\n\n".join(BODY)


@pytest.mark.parametrize("outlet", ["Blockworks", "Brindlewood Wire"])
def test_a_name_ends_at_its_case_ending(outlet: str) -> None:
    title = "Tether ilk yarımildə 5,2 milyard dollar mənfəət açıqladı"
    text = "\n\n".join([*BODY, f"Post {title} ilk olaraq {outlet}-də çıxdı."])
    article = cleaner.clean(text, kind="text", title=title, url="https://zephyrnet.com/az/tether/")
    assert article.source == outlet


@pytest.mark.parametrize(("tail", "naming", "source"), [
    # the naming line names another outlet than the words the translation put before the brand
    ("Intelixencia de datos PlatoBlockchain. Busca vertical. Ai.",
     "A publicación {title} apareceu primeiro en A Beira.", "A Beira"),
    # ... or the same outlet in another script: the page's own form stays
    ("Семафор ПлатоБлокчејн интелигенција података. Вертикална претрага. Аи.",
     "The post {title} appeared first on Semafor.", "Семафор"),
])
def test_a_naming_line_outranks_the_words_before_the_brand(tail: str, naming: str, source: str) -> None:
    title = "Google presenta Gemini 2.5, un modelo que razoa antes de responder"
    body = ["Google presentou este martes Gemini 2.5 Pro, un novo modelo de intelixencia artificial que pensa antes "
            "de responder.", "O modelo está dispoñible de inmediato para os subscritores de Gemini Advanced."]
    dump = "\n\n".join([title, f"{title} - {tail}", *body, naming.format(title=title)])
    article = cleaner.clean(dump, kind="text")
    assert article.source == source
    assert article.text == "\n\n".join(body)


UZ_PAGE_BODY = "<p>Ethereum'ning ikkinchi qatlam tarmoqlarida kunlik tranzaksiyalar soni birinchi marta 15 milliondan oshdi.</p>" \
          "<p>O'sishning asosiy qismi Base va Arbitrum tarmoqlariga to'g'ri keldi, deyiladi hisobotda.</p>"


@pytest.mark.parametrize(("declared", "title", "source"), [
    # "Title - Outlet - Spam": the outlet the page names (here its site name) comes off the title too
    ("L2 tarmoqlarida rekord - Shifrni ochish - PlatoBlockchain ma'lumotlar razvedkasi. Vertikal qidiruv. Ai.",
     "L2 tarmoqlarida rekord", "Shifrni ochish"),
    # ... and a title with a dash of its own keeps it when the page names no such outlet
    ("L2 tarmoqlarida rekord - Tahlilchilar ikkiga bo'lindi - PlatoBlockchain ma'lumotlar razvedkasi. "
     "Vertikal qidiruv. Ai.", "L2 tarmoqlarida rekord - Tahlilchilar ikkiga bo'lindi", "Shifrni ochish"),
    # the brand cut down to "Plato" in a tail of the spam's shape: the words before it are the outlet
    ("L2 tarmoqlarida rekord | Banksiz Plato ma'lumotlar razvedkasi. Vertikal qidiruv. Ai",
     "L2 tarmoqlarida rekord", "Banksiz"),
    # a title with a dash of its own and no spam stays whole
    ("Ethereum L2 - yangi rekord", "Ethereum L2 - yangi rekord", None),
])
def test_outlet_and_spam_on_a_declared_title(declared: str, title: str, source: str | None) -> None:
    site = '<meta property="og:site_name" content="Shifrni ochish">' if source == "Shifrni ochish" else ""
    page = f"<html><head>{site}</head><body><article>{UZ_PAGE_BODY}</article></body></html>"
    article = cleaner.clean(page, kind="html", title=declared)
    assert (article.title, article.source) == (title, source)


LT_TITLE = "Curve įkūrėjo paskolos priartėjo prie likvidavimo ribos"
LT_BODY = ["Curve įkūrėjo paskolos, užtikrintos CRV žetonais, šią savaitę priartėjo prie likvidavimo ribos.",
           "Analitikai perspėjo, kad priverstinis pardavimas galėtų paveikti visą rinką."]


@pytest.mark.parametrize(("last", "removed"), [
    # the outlet's pitch, its name in another case ending ("Nepaklusnusis" -> "Nepaklusniojo")
    ("Prenumeruokite Nepaklusniojo naujienlaiškį ir gaukite svarbiausias DeFi naujienas į pašto dėžutę.", True),
    # a standing disclaimer that names the outlet's authors
    ("Atsakomybės apribojimas: šis straipsnis nėra investicinis patarimas, o Nepaklusniojo autoriai gali "
     "turėti minėtų žetonų.", True),
    # a fact naming the outlet (a figure), a quote, a credit line: the article's
    ("Nepaklusniojo duomenimis, CRV kaina nukrito 30 %.", False),
    ("„Tai nėra pabaiga“, – sakė Nepaklusniajam fondo atstovas.", False),
    ("Šaltinis: Nepaklusniojo skaičiavimai, Token Terminal.", False),
])
def test_a_sentence_naming_the_outlet_right_above_the_trailing_block(last: str, removed: bool) -> None:
    dump = "\n\n".join([f"{LT_TITLE} - Nepaklusnusis",
                        f"{LT_TITLE} - PlatoBlockchain duomenų žvalgyba Nepaklusnusis. Vertikali paieška. Ai.",
                        *LT_BODY, last, "Laiko žymė:", "Daugiau iš Nepaklusnusis"])
    article = cleaner.clean(dump, kind="text")
    assert article.source == "Nepaklusnusis"
    assert article.text == "\n\n".join(LT_BODY if removed else [*LT_BODY, last])


SQ_BODY = ["Bursa e kriptomonedhave Bybit humbi rreth 1,4 miliardë dollarë në ether gjatë një transferimi rutinë.",
           "Kompania tha se të gjitha asetet e tjera janë të sigurta dhe se tërheqjet po përpunohen normalisht."]
SQ_TITLE = "Bursa Bybit humb 1,4 miliardë dollarë"


def test_the_network_footer_in_a_language_no_prior_covers() -> None:
    """On the network's own page "Plato" is its name: "Source: Plato Data Intelligence." in
    translation goes, and the block above it with it."""
    footer = [f"Postimi {SQ_TITLE} u shfaq fillimisht në Blloku.",
              "PlatoAiStream. Inteligjenca Web3. Njohuri të amplifikuara. Qasuni këtu.",
              "Burimi: Inteligjenca e të dhënave Plato."]
    article = cleaner.clean("\n\n".join([*SQ_BODY, *footer]), kind="text", title=SQ_TITLE,
                            url="https://platodata.network/platowire/sq/bursa-bybit-humb/")
    assert article.text == "\n\n".join(SQ_BODY)
    assert article.source == "Blloku"


def test_the_network_source_line_with_plato_in_its_own_name_behind_a_particle() -> None:
    """Pashto writes Plato as the philosopher's name, "افلاطون" (aflatwn), behind the particle "د":
    the network's "Source: Plato Data Intelligence." still goes on its own page."""
    body = ["د اېتریوم بیه د یکشنبې په ورځ یو نوي ریکارډ ته ورسېده، چې له څلورو کلونو راهیسې لومړی ځل دی.",
            "شنونکي دا وده سوداګریزو صندوقونو ته د پانګې ننوتلو ته منسوبوي."]
    footer = ["PlatoAiStream. د Web3 استخبارات. دلته لاسرسی ومومئ.", "سرچینه: د افلاطون ډیټا استخبارات."]
    article = cleaner.clean("\n\n".join([*body, *footer]), kind="text", title="د اېتریوم بیه نوي ریکارډ ته ورسېده",
                            url="https://platodata.network/platowire/ps/ethereum-record/")
    assert article.text == "\n\n".join(body)


def test_plato_the_philosopher_ends_an_article_elsewhere() -> None:
    body = ["Akademia e Platonit u themelua në Athinë rreth vitit 387 para erës sonë.",
            "Dijetarët ende debatojnë se çfarë mësohej aty."]
    last = "Burimi: Platoni, Republika."
    article = cleaner.clean("\n\n".join([*body, last]), kind="text", title="Akademia e Platonit",
                            url="https://example.al/histori/akademia")
    assert article.text == "\n\n".join([*body, last])


def test_the_last_paragraph_above_the_networks_link_list_in_markup() -> None:
    """The bottom-links list leaves the page's markup before the text steps: the paragraph above it
    still sits right above a trailing block, so the outlet's pitch naming it goes."""
    body = ["Lacagta dijitaalka ah ayaa sannadkan kor u kacday in ka badan 130 boqolkiiba.",
            "Falanqeeyayaashu waxay sheegeen in suuqa uu weli yahay mid aan degganayn."]
    pitch = "Raac Miiska Qadaadiicda X iyo Telegram si aad u hesho wararkii ugu dambeeyay."
    links = "".join(f"<li>{t}</li>" for t in ["PlatoAiStream. Sirdoonka Web3. Halkan ka hel.",
                                              "Isha: Sirdoonka Xogta Plato."])
    page = (f"<html><body><article><h1>Bitcoin oo gaadhay 100,000 doollar</h1>"
            f"{''.join(f'<p>{p}</p>' for p in [*body, pitch])}"
            f'<ul class="plato-post-bottom-links">{links}</ul></article></body></html>')
    article = cleaner.clean(page, kind="html", title="Bitcoin oo gaadhay 100,000 doollar - Miiska Qadaadiicda")
    assert article.source == "Miiska Qadaadiicda"
    assert article.text == "\n\n".join(body)


def test_a_heading_naming_the_outlet_takes_its_list_above_the_trailing_block() -> None:
    body = ["Validatorët e Solanës marrin pjesën më të madhe të tarifave, tregojnë të dhënat.",
            "SOL u tregtua rreth 182 dollarë, në rritje 9% gjatë javës."]
    newsletters = ["Merrni lajmet në kutinë tuaj postare. Eksploroni buletinet e Punimeve të bllokut:",
                   "Përmbledhja: Dekodimi i kriptos dhe i tregjeve. Çdo ditë.",
                   "0xKërkim: Alfa në kutinë tuaj postare. Mendoni si një analist."]
    title = "Tarifat e Solanës kalojnë inflacionin"
    dump = "\n\n".join([f"{title} - Punimet e bllokut",
                        f"{title} - Punimet e bllokut PlatoBlockchain Inteligjenca e të dhënave. Kërkim vertikal. Ai.",
                        *body, *newsletters, "Vula kohore:", "Më shumë nga Punimet e bllokut"])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(body)
    # the same lines under an article sentence that does not name the outlet stay
    dump = dump.replace(newsletters[0], "Analistët listuan tre arsye:")
    assert cleaner.clean(dump, kind="text").text == "\n\n".join([*body, "Analistët listuan tre arsye:",
                                                                 *newsletters[1:]])


@pytest.mark.parametrize(("last", "removed"), [
    ("Абонирайте се за бюлетина на Коинтелеграф и получавайте най-важните новини всяка сутрин.", True),
    # the outlet as the subject: the article's own last sentence
    ("Коинтелеграф се свърза с Бинанс за коментар, но не получи отговор.", False),
    # a credit naming the outlet, with no full stop
    ("Репортаж на Мария Иванова за Коинтелеграф", False),
])
def test_the_last_line_naming_the_outlet_with_no_block_below(last: str, removed: bool) -> None:
    _assert_last_line("Разработчиците на Етериум определиха дата за Pectra",
                      ["Основните разработчици на Етериум се договориха да активират надграждането Pectra на 7 май.",
                       "Цената на етера се промени малко след решението."], "Коинтелеграф", last, removed)


def _assert_last_line(title: str, body: list[str], outlet: str, last: str, removed: bool) -> None:
    """Identical echoes "Title - Outlet", the body, and ``last``: gone or kept."""
    dump = "\n\n".join([f"{title} - {outlet}"] * 3 + [*body, last])
    article = cleaner.clean(dump, kind="text")
    assert article.source == outlet
    assert article.text == "\n\n".join(body if removed else [*body, last])


def test_a_title_tail_of_section_and_site_names_the_site() -> None:
    title = "Microplastics found in every human placenta tested in new study"
    page = (f'<html><head><title>{title} | Microplastics | The Guardian</title>'
            f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="the Guardian">'
            "</head><body><article><p>Researchers found microplastics in all 62 placentas tested, with "
            "concentrations varying widely between samples.</p></article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert (article.title, article.source) == (title, "the Guardian")


def test_a_label_the_site_repeats_still_takes_its_value_line(tmp_path: Path) -> None:
    """"Time Stamp:" learned as the folder's template: the "More from <outlet>" line under it (two
    outlets in the folder) is its value, and names the outlet."""
    topics = ["birjalar", "soliqlar", "litsenziyalar", "to'lovlar"]
    pages = []
    for i, topic in enumerate(topics):
        outlet = "Shifrni ochish" if i % 2 else "Banksiz"
        pages.append([f"O'zbekistonda {topic} bo'yicha yangi qoidalar", f"Agentlik {topic} bo'yicha yangi "
                      f"tartibni e'lon qildi, u {i + 1}-iyuldan kuchga kiradi.",
                      "Toshkent PlatoBlockchain ma'lumotlar razvedkasi. Vertikal qidiruv. Ai.",
                      f"Mutaxassislar {topic} bozorida raqobat kuchayishini kutmoqda.",
                      "Vaqt tamg'asi:", f"Ko'proq {outlet}"])
    articles = _run_folder(tmp_path, pages)
    assert sorted(a.source or "" for a in articles) == ["Banksiz", "Banksiz", "Shifrni ochish", "Shifrni ochish"]
    assert all(a.text.endswith("kutmoqda.") for a in articles)


def test_a_wrapped_dump_with_an_unwrapped_footer_list_is_still_unwrapped() -> None:
    """The standing footer's short lines sit in one block without blank lines: they are a list, not
    lines that failed to wrap, and the width is the one no wrapped line exceeds."""
    from cleaner.textsplit import split_text

    paras = [BODY[0] + " " + BODY[1]]
    footer = ["Претплатите се на билтене Блока", "Дневни: Најважније крипто вести сваког јутра.",
              "Викенд: Преглед недеље за петнаест минута читања.", "Пратите теме и ауторе",
              "Пратите нас на X и Телеграму"]
    assert len(_wrap(paras[0])) >= 3
    lines = ["Wachimbaji wa Bitcoin - Jarida Huru", ""]
    for p in paras:
        lines += [*_wrap(p), ""]
    blocks = split_text("\n".join([*lines, *footer]))
    assert blocks == ["Wachimbaji wa Bitcoin - Jarida Huru", *paras, *footer]


@pytest.mark.parametrize(("tail", "outlet"), [
    # Hebrew writes no vowels, and "o" as vav: the compound brand is "pltv-blvqtsyn" in Latin letters
    ("בלוקוורקס פלטו-בלוקצ'ין דאטה אינטליגנציה. חיפוש ורטיקלי. איי.", "בלוקוורקס"),
    # a short word opening with the same consonants is no brand
    ("Pilotti PlatoBlockchain Data Intelligence. Vertical Search. Ai.", "Pilotti"),
])
def test_the_outlet_in_front_of_a_brand_written_without_vowels(tail: str, outlet: str) -> None:
    from cleaner.titles.outlet import outlet_of_tails

    assert outlet_of_tails([tail], load_rules())[0] == outlet


@pytest.mark.parametrize(("text", "brand"), [
    ("ذكاء بيانات بلاتوبلوكتشين. البحث العمودي. عاي.", True),  # Arabic: "b" for "p", "tsh" for "ch", vowel letters
    ("Flat tables and block charts filled the report.", False),
])
def test_arabic_spelling_of_the_brand(text: str, brand: bool) -> None:
    assert (load_rules().brand_like(text) is not None) == brand


def test_india_in_a_source_line_is_no_plato() -> None:
    """On the network's own page the stem's consonants in a source line's value are its brand, but
    a "b" stands for "p" only before "l": "ভাৰতীয়" (bharatiy, Indian) names no Plato."""
    body = ["ভাৰতত চাহৰ উৎপাদন এইবাৰ বৃদ্ধি পাইছে বুলি চাহ পৰিষদে জনাইছে।",
            "উৎস: ভাৰতীয় চাহ পৰিষদ",
            "ৰপ্তানিও বৃদ্ধি পোৱাৰ আশা কৰা হৈছে।"]
    article = cleaner.clean("\n\n".join(body), kind="text", title="চাহৰ উৎপাদন বৃদ্ধি",
                            url="https://platodata.network/platowire/as/tea-output/")
    assert article.text == "\n\n".join(body)


def _nl_pages(follow: list[list[str]]) -> list[list[str]]:
    """Three pages of one outlet: a standing "follow" heading, then the topics each page lists."""
    footer = ["Meld je aan voor onze nieuwsbrieven",
              "Dagelijks overzicht – het belangrijkste nieuws, elke werkdag om 07.00 uur in je mailbox.",
              "Door je in te schrijven ga je akkoord met de voorwaarden. Afmelden kan altijd."]
    topics = [("geheugen", "videokaarten", "Samsung"), ("processors", "garantie", "Intel"),
              ("voedingen", "condensatoren", "Seasonic")]
    pages = []
    for (a, b, c), items in zip(topics, follow, strict=True):
        body = [f"De markt voor {a} groeit dit jaar sterk, vooral door de vraag naar {b}, meldt {c} aan beleggers.",
                f"Volgens analisten blijft de prijs van {b} voorlopig hoog, omdat {c} de productie van {a} beperkt.",
                f"Wie nu {a} koopt, betaalt gemiddeld twintig procent meer dan een jaar geleden, zegt een handelaar."]
        pages.append([f"Nieuws over {a} en {b}", *body, "Volg de onderwerpen en auteurs uit dit artikel", *items,
                      *footer])
    return pages


def test_the_items_a_standing_block_lists_page_by_page_go_with_it(tmp_path: Path) -> None:
    """The heading of a site's "follow" block stands on every page; the topics under it differ
    from page to page (so none is a template itself), and go with the heading."""
    follow = [["+ Geheugen", "+ Videokaarten", "+ Samsung", "+ Jeroen Bakker"],
              ["+ Processors", "+ Intel", "+ Jeroen Bakker"],
              ["+ Voedingen", "+ Pc bouwen", "+ Jeroen Bakker"]]
    pages = _nl_pages(follow)
    articles = _run_folder(tmp_path, pages)
    assert len(articles) == 3
    for article, page in zip(sorted(articles, key=lambda a: a.title), sorted(pages), strict=True):
        assert article.text == "\n\n".join(page[1:4]), article.text


def test_an_articles_own_closing_list_under_a_line_of_its_own_stays(tmp_path: Path) -> None:
    """Short lines under a heading that no other page repeats are the article's list."""
    pages = _nl_pages([["+ Geheugen", "+ Videokaarten"], ["+ Intel"], ["+ Voedingen"]])
    pages[0][4] = "De belangrijkste cijfers op een rij"  # this page's own heading over its own list
    articles = {a.title: a for a in _run_folder(tmp_path, pages)}
    first = articles[pages[0][0]]
    assert first.text.endswith("De belangrijkste cijfers op een rij\n\n+ Geheugen\n\n+ Videokaarten"), first.text


@pytest.mark.parametrize("line", [
    "延伸閱讀：台灣虛擬資產交易量創新高，年輕族群成主力",  # full-width colon
    "អានបន្ថែម៖ កម្ពុជាបង្កើនការប្រើប្រាស់ប្រាក់រៀលតាមប្រព័ន្ធឌីជីថល",  # Khmer's own colon
    "延伸阅读｜台湾虚拟资产交易量创新高，年轻族群成主力",  # a full-width bar
])
def test_a_link_label_ends_in_the_colon_of_its_script(line: str) -> None:
    body = ["近期比特幣價格大幅波動，許多投資人重新評估自己的資產配置與風險承受能力。",
            "分析師指出，監管政策的變化將是下半年影響市場走勢的最大變數之一。",
            "交易所業者則表示，年輕族群的交易量在過去一年中成長超過三成。"]
    dump = "\n\n".join(["比特幣市場回顧 - 幣局 PlatoBlockchain 數據智能", "比特幣市場回顧 - 幣局",
                        body[0], line, *body[1:]])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(body), article.text


@pytest.mark.parametrize(("tails", "outlet"), [
    # the spam reordered: its short sentences in front of the brand are no outlet
    (["Vertikal sökning. AI. PlatoBlockchain Datainsikt", "Platon Blockkedja Dataunderrättelser. Lodrät sökning. Aj."],
     None),
    (["Lodret søgning. Aj."], None),
    (["U.S. News PlatoBlockchain Data Intelligence. Vertical Search. Ai."], "U.S. News"),  # stops of an abbreviation
])
def test_the_spams_short_sentences_are_never_the_outlet(tails: list[str], outlet: str | None) -> None:
    from cleaner.titles.outlet import outlet_of_tails

    assert outlet_of_tails(tails, load_rules())[0] == outlet


@pytest.mark.parametrize(("tails", "outlet"), [
    # the network's name in the page's script, after the outlet, in a title and in the site name
    (["מעריב פלטו דאטה", "מעריב"], "מעריב"),  # Maariv Plato Data
    (["בלוקוורקס פלטו-בלוקצ'ין דאטה אינטליגנציה. חיפוש ורטיקלי. איי."], "בלוקוורקס"),  # a hyphenated brand
])
def test_a_tail_naming_the_brand_in_hebrew_is_no_outlet(tails: list[str], outlet: str | None) -> None:
    from cleaner.titles.outlet import outlet_of_tails

    assert outlet_of_tails(tails, load_rules())[0] == outlet


@pytest.mark.parametrize("name", ["Politiken", "Polityka", "Politico Europe"])
def test_a_newspaper_whose_consonants_are_the_stems_is_the_outlet(name: str) -> None:
    """A Latin name is compared with the brand by its consonants only in the spam's shape:
    "Politiken" (pltkn) is a newspaper, "Pleitoplokiahela ... Ai." the brand respelled."""
    from cleaner.titles.outlet import network_segment, outlet_of_tails

    assert outlet_of_tails([name], load_rules())[0] == name
    assert network_segment("Pleitoplokiahela Datu Inteligence. Vertikāla meklēšana. Ai.", load_rules())


@pytest.mark.parametrize(("site", "source"), [
    ("Euronews", "Euronews"),  # the page's declared name over the title's translation of it
    ("Intelligence des données Platon", "Ευρωειδήσεις"),  # the network's name, translated: not the source
    ("ข้อมูลอัจฉริยะของเพลโต", "Ευρωειδήσεις"),
    ("Platformer", "Platformer"),  # a name that only starts like the brand
])
def test_the_declared_site_name_unless_it_is_the_networks(site: str, source: str) -> None:
    title = "Η Ελλάδα ξεπέρασε τα 36 εκατομμύρια τουρίστες το 2024"
    body = ["Η χώρα υποδέχθηκε πάνω από 36 εκατομμύρια επισκέπτες πέρυσι, σύμφωνα με την Τράπεζα της Ελλάδος.",
            "Οι περισσότεροι ταξιδιώτες ήρθαν από τη Γερμανία, το Ηνωμένο Βασίλειο και την Ιταλία.",
            "Η κυβέρνηση στοχεύει να επεκτείνει την τουριστική περίοδο την άνοιξη και το φθινόπωρο."]
    spam = "Πλάτων Μπλοκτσέιν Νοημοσύνη Δεδομένων. Κάθετη Αναζήτηση. Άι."
    paras = "".join(f"<p>{p}</p>" for p in body)
    page = (f'<html><head><title>{title} - Ευρωειδήσεις</title><meta property="og:title" content="{title} - '
            f'{spam}"><meta property="og:site_name" content="{site}"></head><body><article><h1>{title}</h1>'
            f"{paras}</article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.title == title and article.source == source


_NV_BODY = ["Nvidia reported data center revenue of $30.8 billion for its fiscal third quarter, up from $14.5 billion.",
            "Total revenue came to $35.1 billion, and the company guided slightly above analyst expectations.",
            "The gaming segment brought in $3.3 billion, less than a tenth of the total, executives said."]


def _nv_dump(lines: list[str]) -> str:
    title = "Nvidia's data center revenue nearly triples"
    return "\n\n".join([f"{title} - Tom's Hardware", f"{title} - Tom's Hardware PlatoBlockchain Data Intelligence. "
                        "Vertical Search. Ai.", *lines])


def test_a_reading_time_moved_between_paragraphs_goes() -> None:
    article = cleaner.clean(_nv_dump([_NV_BODY[0], "4 min read", *_NV_BODY[1:]]), kind="text")
    assert article.text == "\n\n".join(_NV_BODY), article.text


def test_a_line_with_a_figure_under_a_pitch_is_the_articles_last_line() -> None:
    last = "Shares fell about 2% in after-hours trading."
    dump = _nv_dump([*_NV_BODY, "Stay on top of crypto news, get daily updates in your inbox.", last,
                     "Time Stamp:", "More from Tom's Hardware"])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join([*_NV_BODY, last]), article.text


_SW_DUMP = ["Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI - Jarida Huru",
            "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI - Jarida Huru PlatoBlockchain Data Intelligence. "
            "Vertical Search. Ai."]


_BODIES = {
    "fr": ["La start-up parisienne a levé 40 millions d'euros pour développer ses modèles de langue.",
           "Ses fondateurs, deux anciens chercheurs, veulent recruter cent ingénieurs d'ici la fin de l'année.",
           "Les investisseurs parient sur la demande des entreprises européennes pour des outils souverains."],
    "it": ["Il prezzo del bitcoin è salito del sei per cento dopo l'approvazione dei nuovi fondi negoziati in borsa.",
           "Gli analisti di una banca milanese prevedono ulteriori afflussi nelle prossime settimane.",
           "Le autorità di vigilanza hanno però ricordato che il mercato resta molto volatile."],
    "ja": ["東京の取引所は、新しい暗号資産の上場基準を来月から導入すると発表した。",
           "基準では、発行体の財務情報の開示と外部監査が義務付けられる。",
           "業界団体は、投資家保護の強化につながるとして歓迎する声明を出した。"],
    "ko": ["서울의 한 핀테크 기업이 새로운 간편 결제 서비스를 다음 달 출시한다고 밝혔다.",
           "회사 측은 가맹점 수수료를 기존보다 절반 가까이 낮추겠다고 설명했다.",
           "업계에서는 대형 카드사들과의 경쟁이 한층 치열해질 것으로 보고 있다."],
    "de": ["Die Bundesnetzagentur hat die Versteigerung neuer Mobilfunkfrequenzen auf das kommende Jahr verschoben.",
           "Die Netzbetreiber hatten zuvor vor hohen Kosten für den Ausbau auf dem Land gewarnt.",
           "Verbraucherschützer begrüßten die Entscheidung, forderten aber verbindliche Ausbauziele."],
    "da": ["Flere danske banker bygger nu deres egne sprogmodeller i stedet for at købe dem i udlandet.",
           "Bankerne vil især bruge modellerne til kundeservice og til at opdage hvidvask.",
           "Finanstilsynet følger udviklingen tæt og vil udsende en vejledning til efteråret."],
}


@pytest.mark.parametrize(("lang", "line"), [
    # pitches and disclaimers worded as no phrase prior has them: what they speak of gives them away
    ("fr", "Chaque mardi, l'essentiel de la tech européenne directement dans votre boîte mail. L'inscription est "
           "gratuite."),
    ("it", "Ogni venerdì le notizie più importanti sulle criptovalute arrivano nella tua casella email, senza costi."),
    ("ja", "ご注意：この記事は情報の提供を目的としたもので、特定の銘柄への投資を勧めるものではありません。"),
    ("ko", "본 기사는 투자 권유를 목적으로 하지 않으며, 투자 결정에 따른 책임은 투자자 본인에게 있습니다."),
    ("de", "Dieser Beitrag stellt keine Anlageberatung dar; jede Investition birgt Risiken."),
    ("da", "Tilmeld dig vores ugentlige AI-brev – det er gratis."),
])
def test_a_pitch_or_disclaimer_is_known_by_what_it_speaks_of(lang: str, line: str) -> None:
    body = _BODIES[lang]
    title = body[0][:30]
    dump = "\n\n".join([f"{title} - Tidende", f"{title} - Tidende PlatoBlockchain Data Intelligence. Vertical "
                         "Search. Ai.", *body, line])  # the last line, with no footer below to take it along
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(body), article.text


def test_concept_words_of_two_languages_do_not_add_up() -> None:
    rules = load_rules()
    assert rules.concepts.family("Le courriel du maire, dagligen.") is None  # French "mail", Danish "daily"
    assert rules.concepts.family("Le courriel du maire arrive chaque matin.") is not None


@pytest.mark.parametrize("last", [
    # an article's last sentence may speak of money, advice or a subscription without being a footer
    "Financial advisers, long seen as the biggest prize, have moved more slowly than retail investors.",
    "Analysts warned that investors should weigh the risks before buying into the rally.",
    "Registration for the marathon opens on Monday and costs 40 euros.",
])
def test_an_articles_last_sentence_about_money_or_signing_up_stays(last: str) -> None:
    body = [*_NV_BODY, last]
    article = cleaner.clean(_nv_dump([*body, "Time Stamp:", "More from Tom's Hardware"]), kind="text")
    assert article.text == "\n\n".join(body), article.text


def test_an_article_about_newsletters_keeps_its_lines_about_them() -> None:
    body = ["Rest of World launched three newsletters this week, each sent to readers' inboxes on a different day.",
            "The Monday newsletter covers China's tech giants; the Thursday one follows workers and platforms.",
            "Editors said the newsletters will stay free, paid for by the newsroom's foundation grants.",
            "Most of the newsletters are free to read, and readers can sign up for all three at once."]
    dump = "\n\n".join(["Rest of World launches newsletters - Decrypt",
                        "Rest of World launches newsletters - Decrypt PlatoBlockchain Data Intelligence. Vertical "
                        "Search. Ai.", *body])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(body), article.text


def test_a_lede_about_a_newsletter_is_never_taken_for_a_pitch() -> None:
    lede = "Subscribers to the bank's free daily newsletter will get it by email from Monday, the bank said."
    article = cleaner.clean(_nv_dump([lede, *_NV_BODY]), kind="text")
    assert article.text.startswith(lede), article.text


@pytest.mark.parametrize("reading", ["Lesezeit: 4 Minuten", "Leestijd ongeveer 7 minuten", "Waktu baca 3 menit",
                                     "Czas czytania: 5 min"])
def test_a_reading_time_in_words_no_prior_has(reading: str) -> None:
    article = cleaner.clean(_nv_dump([reading, *_NV_BODY]), kind="text")
    assert article.text == "\n\n".join(_NV_BODY), article.text


@pytest.mark.parametrize(("line", "source"), [
    ("This story originally ran on Harbor Ledger and is republished here with permission.", "Harbor Ledger"),
    ("Juttu julkaistiin ensimmäisen kerran sivustolla Luonto-uutiset.", "Luonto-uutiset"),
    # German capitalises the line's own nouns: the name is the last capitalised run
    ("Dieser Artikel wurde ursprünglich auf Kapitalblick Nord veröffentlicht.", "Kapitalblick Nord"),
])
def test_a_reworded_first_appeared_line_goes_and_names_the_source(line: str, source: str) -> None:
    body = _BODIES["da"]
    title = "Danske banker bygger egne sprogmodeller"
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", *body, line])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(body), article.text
    assert article.source == source


def test_a_sentence_about_a_first_publication_with_a_figure_is_news() -> None:
    body = [*_BODIES["da"], "Resultaterne ventes offentliggjort i en rapport i første kvartal af 2026."]
    title = "Danske banker bygger egne sprogmodeller"
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", *body])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_a_link_whose_headline_asks_a_question_goes() -> None:
    body = _BODIES["da"]
    title = "Danske banker bygger egne sprogmodeller"
    link = "Læs også: Hvorfor satser de nordiske banker på egne sprogmodeller?"
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.",
                        body[0], link, *body[1:]])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


_MOST_READ = ["Mest læst", "Regeringen vil sænke afgiften på elbiler fra næste sommer",
              "Fodboldlandsholdet taber til Skotland efter sent straffespark"]


@pytest.mark.parametrize("where", ["above the lede", "above the trailing block"])
def test_a_heading_over_other_stories_headlines_goes(where: str) -> None:
    body = _BODIES["da"]
    title = "Danske banker bygger egne sprogmodeller"
    lines = [*_MOST_READ, *body] if where == "above the lede" else [*body, *_MOST_READ, "Tidsstempel:"]
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", *lines])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_an_articles_own_list_under_a_heading_stays() -> None:
    """The article's own points speak of what it speaks of: they are no other stories' headlines."""
    body = _BODIES["da"]
    own = ["Det vil bankerne", "Bruge sprogmodellerne til kundeservice i alle danske banker",
           "Opdage hvidvask hurtigere med egne sprogmodeller og data fra bankerne"]
    title = "Danske banker bygger egne sprogmodeller"
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", *body, *own,
                        "Tidsstempel:"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join([*body, *own])


def test_labels_a_phrase_family_knows_are_no_section_heads() -> None:
    """Three labelled lines with three labels head an article's sections, unless the labels are
    known ones (an image credit, a source, a related link): then the link still goes."""
    body = _BODIES["da"]
    credit, source = "Billedkredit: Venturetakt fremstillet med Midjourney", "Kilde: Danmarks Statistik, Eurostat"
    link = "Relateret: Hvorfor de nordiske banker satser på egne sprogmodeller"
    title = "Danske banker bygger egne sprogmodeller"
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.",
                        body[0], credit, body[1], link, body[2], source])
    text = cleaner.clean(dump, kind="text").text
    assert link not in text and body[2] in text and source in text, text


@pytest.mark.parametrize(("line", "removed"), [
    ("Abonnez-vous à « Tech Matin » : l'essentiel de la tech, chaque matin dans votre boîte mail.", True),
    # reported speech is someone's words, whatever they speak of
    ("« Je lis chaque matin la newsletter dans ma boîte mail avant de partir au bureau », dit-elle.", False),
])
def test_a_pitch_may_quote_its_newsletters_name_but_reported_speech_stays(line: str, removed: bool) -> None:
    body = _BODIES["fr"]
    title = body[0][:30]
    dump = "\n\n".join([f"{title} - Tidende", f"{title} - Tidende PlatoBlockchain Data Intelligence. Vertical "
                        "Search. Ai.", *body, line])
    text = cleaner.clean(dump, kind="text").text
    assert (line not in text) == removed, text


@pytest.mark.parametrize("credit", ["Pictures: Shutterstock and Wikimedia Commons", "Fotografie prin Shutterstock",
                                    "ছবির সৌজন্যে: শাটারস্টক ও সংবাদ সংস্থা", "Фото: Шаттерсток",
                                    "Billedkredit: Venturetakt fremstillet med Midjourney"])
@pytest.mark.parametrize("where", [1, 3])
def test_a_picture_credit_naming_an_image_bank_goes_wherever_it_stands(credit: str, where: int) -> None:
    body = _BODIES["da"]
    title = "Danske banker bygger egne sprogmodeller"
    lines = [*body[:where], credit, *body[where:]]
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", *lines])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


@pytest.mark.parametrize("line", ["Shutterstock-aktien faldt 5 procent efter regnskabet.", "Kilde: TradingView"])
def test_lines_naming_an_image_bank_as_news_or_a_source_stay(line: str) -> None:
    body = [*_BODIES["da"], line]
    title = "Danske banker bygger egne sprogmodeller"
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", *body])
    assert line in cleaner.clean(dump, kind="text").text


def test_a_short_consonant_skeleton_names_no_image_bank() -> None:
    rules = load_rules()
    assert rules.image_bank("Пробки станут меньше") is False  # "prpk", as Freepik's: too short to tell
    assert rules.image_bank("Фото: Шаттерсток") is True


def test_a_first_appeared_line_whose_outlet_name_has_digits_goes() -> None:
    body = _BODIES["da"]
    title = "Danske banker bygger egne sprogmodeller"
    line = "Denne artikel blev først udgivet af 404 Media og bringes med tilladelse."
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", *body, line])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Dieser Beitrag wurde mit Hilfe von KI-Werkzeugen erstellt und von der Redaktion geprüft."),
    ("fr", "Cet article a été traduit de l'original en espagnol."),
    ("it", "Cosa ne pensate? Diteci la vostra nei commenti qui sotto."),
    ("da", "Denne side indeholder affiliate-links; vi modtager en kommission, hvis du køber via dem."),
    # a way to reach the newsroom, the editors' stance, a print subscription
    ("de", "Für Hinweise an die Redaktion kontaktieren Sie uns und schreiben Sie uns eine Nachricht."),
    ("de", "Die Meinung der Gastautoren entspricht nicht unbedingt der Position der Redaktion."),
    ("fr", "Abonnez-vous à l'édition imprimée et recevez le journal chez vous."),
    ("it", "Leggete gratis l'edizione cartacea in formato digitale."),  # the print edition, free
    ("fr", "Vous avez une idée de sujet ? Votre rédaction vous lit."),  # the newsroom, to the reader
])
def test_outlet_notes_of_other_kinds_are_known_by_their_concepts(lang: str, line: str) -> None:
    body = _BODIES[lang]
    title = body[0][:30]
    dump = "\n\n".join([f"{title} - Tidende", f"{title} - Tidende PlatoBlockchain Data Intelligence. Vertical "
                        "Search. Ai.", *body, line])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_a_lede_known_by_its_concepts_is_never_taken_above_the_body() -> None:
    """Concepts alone never take a long line above the body: a lede speaks of what it reports ("the
    first time", "published"), and a note above it is left rather than risk the lede."""
    lede = ("Den danske regering offentliggjorde i går for første gang sin strategi for kunstig intelligens i den "
            "offentlige sektor.")
    body = [lede, *_BODIES["da"]]
    title = "Regeringen offentliggør AI-strategi"
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", *body])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_a_note_above_a_lede_that_restates_the_title_goes() -> None:
    """Known by its concepts alone, a line above the body goes only when it shares nothing with the
    title and the block under it does: that block is the lede."""
    title = "La start-up parisienne lève 40 millions d'euros pour ses modèles de langue"
    note = ("Chaque mardi, l'essentiel de la tech européenne directement dans votre boîte mail. L'inscription "
            "est gratuite.")  # longer than a label, and no phrase prior knows it: only its concepts tell it
    body = _BODIES["fr"]
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", note, *body])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_spam_glued_to_a_declared_title_without_a_separator_goes() -> None:
    title = "Bitcoin Miners Turn to AI Data Centers as Margins Shrink"
    article = cleaner.clean("\n\n".join(_NV_BODY), kind="text",
                            title=f"{title} PlatoBlockchain Data Intel. Vertical Search. A.I.")
    assert article.title == title


@pytest.mark.parametrize(("title", "spam"), [
    ("Bitcoin miners turn to AI data centers as margins shrink", "Data Knowledge PlatoChainBlock. Upright Search. Aye."),
    ("Bancos centrales estudian monedas digitales mayoristas", "Inteligencia PlatónCadenaBloque. Búsqueda de pie. Ay."),
    ("Banca Națională analizează un leu digital", "Inteligența Datelor PlatonLanțBloc. Căutare în Picioare. Ai."),
])
def test_a_glued_brand_no_prior_knows_goes_by_its_fused_word_and_shape(title: str, spam: str) -> None:
    """A translated brand ("PlatonLanțBloc") keeps the fused capital of "PlatoBlockchain"; with the
    spam's very short sentences after it, it is the tail, not the title's. (In a title written in
    title case, the brand's words before the fused one cannot be told from the title's: they stay.)"""
    article = cleaner.clean("\n\n".join(_NV_BODY), kind="text", title=f"{title} {spam}")
    assert article.title == title


@pytest.mark.parametrize("title", [
    "Apple adds OpenAI models to iPhone apps. Analysts react. Shares up.",
    "YouTube and TikTok face new rules in the EU",
])
def test_a_title_with_a_fused_name_and_no_spam_shape_stays_whole(title: str) -> None:
    article = cleaner.clean("\n\n".join(_NV_BODY), kind="text", title=title)
    assert article.title == title


def test_an_articles_own_points_under_a_heading_above_the_trailing_block_stay() -> None:
    """Points that open in lower case are a list of the article's, however new their words."""
    points = ["What to watch", "the next difficulty adjustment, due at the end of the month",
              "quarterly results from the three largest listed miners",
              "grid operator rules on large new loads in Texas"]
    article = cleaner.clean(_nv_dump([*_NV_BODY, *points, "Time Stamp:", "More from Tom's Hardware"]), kind="text")
    assert article.text == "\n\n".join([*_NV_BODY, *points]), article.text


def test_the_short_lines_under_a_closing_disclaimer_go_with_it() -> None:
    """A disclaimer known by its concepts, then the page's "Mentioned in this article" and its
    tickers: short lines at the very end under a pitch or disclaimer sentence are the page's."""
    disclaimer = ("Aviso legal: las opiniones de nuestros redactores son suyas. Nada de lo que lea aquí es "
                  "un consejo de inversión.")
    tail = ["Citado en esta nota", "Solana (SOL)", "Jito (JTO)", "Jupiter (JUP)"]
    article = cleaner.clean(_nv_dump([*_NV_BODY, disclaimer, *tail]), kind="text")
    assert article.text == "\n\n".join(_NV_BODY), article.text


def test_a_closing_widget_of_names_above_the_trailing_block_goes_without_a_notice_above_it() -> None:
    """"Mentioned in this article" and its tickers, a heading over items of a word or three: the
    page's widget even with no disclaimer above it (see ``strip_follow_block``)."""
    tail = ["Citado en esta nota", "Solana (SOL)", "Jito (JTO)", "Jupiter (JUP)"]
    article = cleaner.clean(_nv_dump([*_NV_BODY, *tail, "Time Stamp:", "More from Tom's Hardware"]), kind="text")
    assert article.text == "\n\n".join(_NV_BODY), article.text


@pytest.mark.parametrize("pitch", [
    "Sign up for Tom's Hardware Weekly: what's next in chips and PCs. Read it now.",
    "Abonnez-vous à la lettre de Tom's Hardware : l'essentiel du matériel, chaque vendredi.",
])
def test_a_pitch_for_the_outlets_own_newsletter_between_paragraphs_goes(pitch: str) -> None:
    article = cleaner.clean(_nv_dump([_NV_BODY[0], pitch, *_NV_BODY[1:], "Time Stamp:", "More from Tom's Hardware"]),
                            kind="text")
    assert article.text == "\n\n".join(_NV_BODY), article.text


@pytest.mark.parametrize("line", [
    "Analysts said sign-ups for the new cloud service doubled over the quarter.",
    "Tom's Hardware asked Nvidia whether more customers had signed up; it declined to comment.",
])
def test_a_paragraph_about_signing_up_that_is_no_pitch_for_the_outlet_stays(line: str) -> None:
    body = [_NV_BODY[0], line, *_NV_BODY[1:]]
    article = cleaner.clean(_nv_dump([*body, "Time Stamp:", "More from Tom's Hardware"]), kind="text")
    assert article.text == "\n\n".join(body), article.text


@pytest.mark.parametrize(("line", "source"), [
    ("Dieser Artikel erschien zuerst bei The Register und wurde von unserer Redaktion übersetzt.", "The Register"),
    ("This story first appeared on Rest of World and was translated by our editors.", "Rest of World"),
])
def test_the_outlet_is_read_from_a_first_appeared_line_that_goes_on_past_its_name(line: str, source: str) -> None:
    title = "Nvidia's data center revenue nearly triples"
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", *_NV_BODY, line,
                        "Time Stamp:"])
    article = cleaner.clean(dump, kind="text")
    assert article.source == source
    assert article.text == "\n\n".join(_NV_BODY), article.text


@pytest.mark.parametrize(("tail", "bottom", "source"), [
    ("VentureBeat Risikan Data PlatoRantaiBlok. Carian Menegak. Ai.", "Sumber: Risikan Data Plato.", "VentureBeat"),
    ("Semafor Inteligência de Dados PlatãoCorrente. Busca Vertical. Ai.", "Fonte: Inteligência de Dados Plato.",
     "Semafor"),
])
def test_the_brands_translated_words_after_the_outlet_are_no_part_of_its_name(tail: str, bottom: str,
                                                                              source: str) -> None:
    """The network's own bottom line says which words are the brand's in this language."""
    paragraphs = "".join(f"<p>{p}</p>" for p in _NV_BODY)
    html = f'{paragraphs}<ul class="plato-post-bottom-links"><li>{bottom}</li></ul>'
    article = cleaner.clean(html, kind="html", title=f"Nvidia's data center revenue nearly triples | {tail}")
    assert article.source == source
    assert article.title == "Nvidia's data center revenue nearly triples"


def test_a_pitch_on_the_titles_beat_above_a_long_lede_goes() -> None:
    """A pitch may share its beat with the title ("crypto"); a long lede restates the title by
    holding most of its words, however many words of its own it has."""
    title = "Crypto ATM Operators Face New Limits in Three US States"
    pitch = "Get the day's top crypto stories in your inbox every morning. Sign up free."
    lede = ("Lawmakers in three US states have passed new limits on cryptocurrency ATMs, capping daily "
            "transactions and requiring operators to refund some victims of scams, as complaints about the "
            "machines rise among older residents.")
    body = [lede, *_NV_BODY]
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", pitch, *body])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_a_lede_that_speaks_of_a_newsletter_stays() -> None:
    title = "Morning Brew's owner launches a daily newsletter for crypto traders"
    lede = "Get the day's top crypto stories in your inbox every morning, Morning Brew's owner promised on Tuesday."
    body = [lede, *_NV_BODY]
    dump = "\n\n".join([title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", *body])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


@pytest.mark.parametrize("line", [
    "Have a news tip about chips? Reach our hardware desk through the encrypted channels on our contact page.",
    "Haben Sie einen Tipp für uns? Schreiben Sie der Redaktion – vertraulich.",
    "Folgen Sie uns auf Telegram für die neuesten Nachrichten.",
    "ما را در تلگرام دنبال کنید.",
])
def test_tip_and_follow_lines_at_the_end_go_in_any_language(line: str) -> None:
    article = cleaner.clean(_nv_dump([*_NV_BODY, line, "Time Stamp:", "More from Tom's Hardware"]), kind="text")
    assert article.text == "\n\n".join(_NV_BODY), article.text


@pytest.mark.parametrize("line", [
    "The chief executive wrote on Telegram that the company would appeal the ruling.",
    "A tip from a former employee led regulators to open the inquiry, the agency said.",
])
def test_closing_lines_that_report_on_platforms_or_tips_stay(line: str) -> None:
    body = [*_NV_BODY, line]
    article = cleaner.clean(_nv_dump([*body, "Time Stamp:", "More from Tom's Hardware"]), kind="text")
    assert article.text == "\n\n".join(body), article.text


@pytest.mark.parametrize("line", [
    "Follow topics and authors from this story to see more like this in your feed and to receive email updates.",
    "Ai un pont despre cipuri? Scrie-i autorului la adresa de pe pagina sa de profil.",
])
def test_follow_topics_and_write_to_the_author_lines_go(line: str) -> None:
    article = cleaner.clean(_nv_dump([*_NV_BODY, line, "Time Stamp:", "More from Tom's Hardware"]), kind="text")
    assert article.text == "\n\n".join(_NV_BODY), article.text


@pytest.mark.parametrize(("title_line", "footer", "title", "source"), [
    # the footer inflects the name the title tail writes as it is (Finnish ablative, Latvian dative)
    ("Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI | Helsingin Ajat | PlatonKetju Tietoviisaus. "
     "Pystyetsintä. Voi.", ["Ajan leima:", "Lisää Helsingin Ajoilta"],
     "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI", "Helsingin Ajat"),
    ("Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI — Baltijas Laiki — Stāvā Meklēšana. Ak. "
     "PlatonaĶēde", ["Laika spiedogs:", "Vairāk no Baltijas Laikiem"],
     "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI", "Baltijas Laiki"),
    # the spam set apart by a separator of its own, and no line names another outlet
    ("Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI | Habari za Pwani | PlatonMnyororo Busara ya "
     "Data. Utafutaji Wima. Aha.", ["Muhuri wa Muda:"],
     "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI", "Habari za Pwani"),
], ids=["fi-ablative", "lv-dative", "spam-apart"])
def test_a_lone_title_line_gives_up_its_outlet(title_line: str, footer: list[str], title: str,
                                              source: str) -> None:
    article = cleaner.clean("\n\n".join([title_line, *BODY, *footer]), kind="text")
    assert (article.title, article.source) == (title, source)
    assert article.text == "\n\n".join(BODY)


def test_a_headline_dash_stays_when_the_footer_names_the_outlet() -> None:
    """"Title - But ... | <spam>": the footer names the outlet, so the words before the spam are the
    headline's own."""
    line = "Tether Posts Record Profit - But Audit Questions Linger | PlatoBlockchain Data Intelligence. " \
           "Vertical Search. Ai."
    body = ["Tether reported a record quarterly profit of $13 billion on Thursday, driven by its "
            "holdings of US Treasury bills and gold.",
            "The company has not published a full audit, and critics say its attestations fall short "
            "of the standard applied to banks.",
            "Tether said it was in talks with a Big Four firm but gave no timeline."]
    article = cleaner.clean("\n\n".join([line, *body, "Time Stamp:", "More from Bloomberg"]), kind="text")
    assert article.title == "Tether Posts Record Profit - But Audit Questions Linger"
    assert article.source == "Bloomberg"


def test_cjk_echoes_part_at_an_unspaced_colon_and_keep_the_ideographic_space() -> None:
    title = "阿里山林鐵全線通車後首個櫻花季\u3000旅客擠爆奮起湖"
    body = ["阿里山林業鐵路去年全線恢復通車後，迎來首個櫻花季，沿線車站湧入大批旅客，奮起湖老街週末人潮不斷。",
            "林業保育署表示，櫻花季期間每日加開兩班次，但對號座車票仍在開賣後數分鐘內售罄。",
            "業者估計，今年櫻花季的遊客人數將比疫情前多出三成。"]
    dump = "\n\n".join([f"{title}：Focus Taiwan", f"{title}：焦點台灣柏拉圖鏈資料睿識。直立檢索。哎呀。", *body])
    article = cleaner.clean(dump, kind="text")
    assert article.title == title
    assert article.source == "Focus Taiwan"
    assert article.text == "\n\n".join(body)


def test_a_title_colon_with_the_same_words_after_it_is_the_titles() -> None:
    title = "央行總裁：今年不再升息"
    body = ["中央銀行總裁週四在立法院表示，今年下半年不會再調整利率，市場反應平穩。",
            "他指出，物價漲幅已回落至百分之二以下，房市管制措施將持續檢討。",
            "分析師認為，央行的表態有助於穩定企業的投資信心。"]
    dump = "\n\n".join([f"{title} - 中央社", f"{title} - 中央社柏拉圖鏈資料睿識。直立檢索。哎呀。", *body])
    assert cleaner.clean(dump, kind="text").title == title


def test_tibetan_words_are_counted_by_their_syllables() -> None:
    from cleaner.text import word_count

    assert word_count("ཐང་ཀའི་སློབ་གྲྭར་སློབ་མ་གསར་པ་མང་དུ་ཕྱིན།") == 11
    title = "ཐང་ཀའི་སློབ་གྲྭར་སློབ་མ་གསར་པ་མང་དུ་ཕྱིན།"
    page = (f"<html><head><title>{title} | བོད་མིའི་གསར་ཤོག</title>"
            f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="བོད་མིའི་གསར་ཤོག">'
            f"</head><body><article><h1>{title}</h1>"
            "<p>ལྷ་སའི་ཐང་ཀའི་སློབ་གྲྭར་ད་ལོ་སློབ་མ་གསར་པ་སུམ་ཅུ་ལྷག་ཙམ་ཞུགས་ཡོད།</p>"
            "<p>དགེ་རྒན་ཚོས་བཤད་དོན་ལྟར་ན་ལོ་ན་གཞོན་པ་མང་པོས་རིག་གནས་ཀྱི་སྲོལ་རྒྱུན་སྲུང་སྐྱོབ་བྱེད་འདོད་ཡོད།</p>"
            "</article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.title == title and article.source == "བོད་མིའི་གསར་ཤོག"


FOLLOW_TITLE = "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI"
FOLLOW_ECHOES = [f"{FOLLOW_TITLE} - Jarida Huru",
                 f"{FOLLOW_TITLE} - Jarida Huru PlatonMnyororo Busara ya Data. Utafutaji Wima. Aha."]


@pytest.mark.parametrize("block", [
    ["Fuata mada na waandishi wa makala hii", "Teknolojia", "Nishati na Madini", "Amina Juma"],
    ["Fylgstu með höfundum og efnisflokkum", "Náttúra", "Fuglalíf"],
], ids=["sw", "is"])
def test_a_follow_block_above_the_footer_goes_and_the_pitch_above_it_too(block: list[str]) -> None:
    pitch = "Kuwa mwanachama na uunge mkono uandishi huru wa habari – kuanzia shilingi elfu tano kwa mwezi."
    dump = "\n\n".join([*FOLLOW_ECHOES, *BODY, pitch, *block, "Muhuri wa Muda:", "Zaidi kutoka Jarida Huru"])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(BODY)
    assert [r.text for r in article.removed if r.rule == "follow-block"] == block


@pytest.mark.parametrize("ending", [
    ["Washindi wa mwaka huu ni:", "Amina Juma", "Baraka Otieno", "Halima Said"],  # the article's list
    ["Chanzo: Wizara ya Nishati", "JPS // SB", "Habari/Mwisho"],  # a wire story's source and desk codes
], ids=["colon-list", "wire-codes"])
def test_an_articles_own_closing_list_is_no_follow_block(ending: list[str]) -> None:
    dump = "\n\n".join([*FOLLOW_ECHOES, *BODY, *ending, "Muhuri wa Muda:", "Zaidi kutoka Jarida Huru"])
    article = cleaner.clean(dump, kind="text")
    assert all(line in article.text for line in ending)
    assert not [r for r in article.removed if r.rule == "follow-block"]


def test_a_clean_dump_keeps_a_closing_list_of_short_lines() -> None:
    ending = ["Fuata mada na waandishi wa makala hii", "Teknolojia", "Amina Juma"]
    article = cleaner.clean("\n\n".join([FOLLOW_TITLE, *BODY, *ending]), kind="text")
    assert article.text == "\n\n".join([*BODY, *ending])


def test_a_more_from_line_in_the_words_the_spam_echo_gave_the_outlet_goes() -> None:
    """The spam echo translates the outlet ("Garoowe Khadka") and the brand's words after it; the
    footer's "More from" line uses that translation, not the title's "Garowe Online"."""
    title = "Dekedda Berbera oo dhoofisay xoolo badan ka hor xilliga Xajka"
    dump = "\n\n".join([f"{title} - Garowe Online",
                         f"{title} - Garoowe Khadka Caqliga Xogta SilsiladdaPlato. Raadinta Taagan. Waar.",
                         *BODY, "Shaambadda Waqtiga:", "Wax badan oo ka yimid Garoowe Khadka"])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source) == (title, "Garowe Online")
    assert article.text == "\n\n".join(BODY)


@pytest.mark.parametrize("line", ["Se lee en 4 minutos", "Du brauchst 3 Minuten", "Przeczytasz w 4 minuty"])
def test_a_reading_time_above_the_lede_goes_however_worded(line: str) -> None:
    article = cleaner.clean("\n\n".join([*FOLLOW_ECHOES, line, *BODY]), kind="text")
    assert article.text == "\n\n".join(BODY)
    assert [r.rule for r in article.removed if r.text == line] == ["reading-time"]


@pytest.mark.parametrize("line", [
    "Ndege ilichelewa dakika 40 kutua.",  # a sentence
    "Mechi ya dakika 90 na 30 za nyongeza",  # two numbers
])
def test_a_first_line_with_minutes_that_is_no_reading_time_stays(line: str) -> None:
    article = cleaner.clean("\n\n".join([*FOLLOW_ECHOES, line, *BODY]), kind="text")
    assert article.text.startswith(line)


@pytest.mark.parametrize(("heading", "kept"), [
    ("Kuhusu mwandishi", False),  # "About the author" over the bio: the bio's heading
    ("Imehaririwa na Baraka Otieno", True),  # an editing credit names a person: the article's
    ("Mhariri: Baraka Otieno", True),
], ids=["heading", "credit", "label"])
def test_a_short_heading_over_the_outlets_bio_goes_with_it(heading: str, kept: bool) -> None:
    bio = "Amina Juma ni mwandishi wa habari za biashara anayeripoti kuhusu sekta ya madini na nishati."
    dump = "\n\n".join([*FOLLOW_ECHOES, *BODY, heading, bio, "Muhuri wa Muda:", "Zaidi kutoka Jarida Huru"])
    article = cleaner.clean(dump, kind="text")
    assert bio not in article.text
    assert (heading in article.text) is kept


@pytest.mark.parametrize("pitch", [
    "Sikiliza pia podcast yetu ya kila wiki kuhusu uchumi na biashara ya Afrika Mashariki.",
    "Слушайте наш еженедельный подкаст о технологиях – каждую пятницу.",
    "Pakua programu yetu ili upate habari za hivi punde kabla ya mtu mwingine yeyote.",
], ids=["sw-podcast", "ru-podcast", "sw-app"])
def test_the_outlets_podcast_or_app_pitch_above_the_footer_goes(pitch: str) -> None:
    dump = "\n\n".join([*FOLLOW_ECHOES, *BODY, pitch, "Muhuri wa Muda:", "Zaidi kutoka Jarida Huru"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(BODY)


@pytest.mark.parametrize(("title", "body"), [
    ("Podcast ya Kilimo Yavutia Wasikilizaji Laki Moja",
     ["Podcast mpya ya kila wiki kuhusu kilimo imepata wasikilizaji laki moja katika mwezi wake wa kwanza.",
      "Watayarishaji wa podcast hiyo wanasema wakulima wanaisikiliza wakiwa shambani.",
      "Kipindi kijacho cha podcast kitazungumzia bei ya mbolea."]),
    ("Programu ya Simu ya Wakulima Yapakuliwa na Watu Laki Mbili",
     ["Programu mpya ya simu inayowasaidia wakulima kupata bei za mazao imepakuliwa na watu laki mbili.",
      "Wakulima wanasema programu hiyo imewasaidia kuuza mahindi kwa bei nzuri zaidi sokoni.",
      "Watengenezaji wa programu wanapanga kuongeza huduma ya hali ya hewa; wakulima wanaweza kuipakua bure."]),
], ids=["podcast", "app"])
def test_an_article_about_a_podcast_or_an_app_keeps_its_last_line_about_it(title: str, body: list[str]) -> None:
    dump = "\n\n".join([f"{title} - Jarida Huru", f"{title} - Jarida Huru PlatonMnyororo Busara ya Data. "
                         "Utafutaji Wima. Aha.", *body, "Muhuri wa Muda:", "Zaidi kutoka Jarida Huru"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_an_app_pitch_writing_app_against_han_goes() -> None:
    """A Latin word written right after Han characters opens a word there ("我們的App")."""
    title = "阿里山林鐵全線通車後首個櫻花季"
    body = ["阿里山林業鐵路去年全線恢復通車後，迎來首個櫻花季，沿線車站湧入大批旅客，奮起湖老街週末人潮不斷。",
            "林業保育署表示，櫻花季期間每日加開兩班次，但對號座車票仍在開賣後數分鐘內售罄。",
            "業者估計，今年櫻花季的遊客人數將比疫情前多出三成。"]
    dump = "\n\n".join([f"{title} - 焦點台灣", f"{title} - 焦點台灣柏拉圖鏈資料睿識。直立檢索。哎呀。", *body,
                         "下載我們的App，第一時間掌握即時新聞。", "時間章：", "更多來自焦點台灣"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_a_caseless_byline_over_the_outlets_disclaimer_stays() -> None:
    body = ["アンソロピックは火曜日、AIモデルがコンピューターを操作できる新機能をベータ版として公開した。",
            "新機能では、モデルが画面を見ながらカーソルを動かし、ボタンをクリックできる。",
            "同社は、この機能がまだ実験的でエラーが起きやすいと認めている。"]
    title = "アンソロピック、AIにコンピューター操作機能を追加"
    dump = "\n\n".join([f"{title} - テッククランチ", f"{title} - テッククランチ プラトンブロックチェーン データ叡智。直立検索。おや。",
                        *body, "カイル・ウィガーズ 著", "免責事項：本記事は情報提供のみを目的としています。",
                        "タイムスタンプ：", "テッククランチからもっと"])
    article = cleaner.clean(dump, kind="text")
    assert "カイル・ウィガーズ 著" in article.text


def test_a_line_too_long_for_one_family_is_read_for_the_next() -> None:
    """An audio label is a few words; a longer line of listening and minutes is a podcast pitch."""
    line = "Listen to our weekly podcast: twenty minutes on the week's markets, every Friday morning."
    assert load_rules().concepts.family(line)[0] == "podcast_pitch"
    assert load_rules().concepts.family("Listen to this article, 4 minutes")[0] == "audio_label"


def test_a_japanese_read_also_link_above_the_lede_goes() -> None:
    """Hiragana words run about three letters ("こちら", "おすすめ"): the label of "こちらもおすすめ：
    <headline>" is a label's length, so the line is another story's link above the lede."""
    from cleaner.text import word_count

    assert word_count("こちらもおすすめ") == 3
    title = "静岡の茶農家、海外向けの抹茶用てん茶に転換"
    body = ["静岡県の茶農家の間で、煎茶から抹茶の原料となるてん茶への転換が広がっている。",
            "海外での抹茶需要の高まりを受け、県内のてん茶の生産量は五年で二倍になった。",
            "一方で、てん茶の加工には専用の設備が必要で、初期投資の負担が課題となっている。"]
    link = "こちらもおすすめ：ブータンの若者、オーストラリアへの移住が急増"
    dump = "\n\n".join([f"{title} - 朝日新聞", f"{title} - 朝日新聞 プラトンブロックチェーン データ叡智。直立検索。おや。",
                        link, *body, "タイムスタンプ：", "朝日新聞からもっと"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


AR_TITLE = "مزارعو التمور في غور الأردن يراهنون على صنف المجهول"
AR_BODY = ["يتوسع مزارعو غور الأردن في زراعة نخيل المجهول، بعدما أصبح التمر الأردني يُباع بأسعار مرتفعة في الخليج.",
           "وتقدّر جمعية مزارعي النخيل عدد الأشجار في المنطقة بنحو 600 ألف نخلة، نصفها تقريبًا دخل مرحلة الإنتاج.",
           "ويبدأ موسم القطاف في أغسطس."]


@pytest.mark.parametrize("footer", [
    # two of the network's list entries, each three short sentences ending alike, no brand a prior knows
    ["بلاتوداتا.الشبكة ذكاء توليدي عمودي. امتلك زمام أمرك. الدخول من هنا.",
     "بلاتو للصحة. التقنية الحيوية والتجارب السريرية. الدخول من هنا."],
    # the "Source: Plato Data Intelligence" line translated word by word, the name last
    ["اشترك في نشرتنا البريدية اليومية لتصلك أهم القصص كل صباح.",
     "مصدر الخبر: استخبارات بيانات أفلاطون."],
], ids=["terse-pair", "source-name-last"])
def test_the_networks_translated_bottom_lines_go(footer: list[str], tmp_path: Path) -> None:
    """A feed row of the network's own site (its domain): there the name is the brand's."""
    row = {"url": "https://platodata.ai/ar/jordan-valley-medjool/", "title": f"{AR_TITLE} - العربي الجديد",
           "text": "\n\n".join([*AR_BODY, *footer])}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    records: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=records.append, reject=lambda r: None)
    assert [a.text for a in records] == ["\n\n".join(AR_BODY)]


def test_a_stem_compound_opening_a_terse_line_is_the_networks() -> None:
    from cleaner.strip.edges import _opens_with_stem

    assert _opens_with_stem("پلاټوډاټا.شبکه عمودي زېږوونکې مصنوعي ځيرکتيا. ځان پياوړی کړئ. له دې ځايه لاسرسی.")
    assert not _opens_with_stem("افلاطون قال ذلك. لا. نعم.")  # the philosopher opens with a vowel letter
    assert not _opens_with_stem("Platonov won. Again. Wow.")  # Latin spellings are brand_like's


def test_a_creative_commons_notice_goes_in_any_language() -> None:
    """The licence's name stays in every translation: naming it is a reuse notice."""
    notice = "Makala hii imechapishwa tena chini ya leseni ya Creative Commons CC BY-ND 4.0."
    dump = "\n\n".join([*FOLLOW_ECHOES, *BODY, notice, "Muhuri wa Muda:", "Zaidi kutoka Jarida Huru"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(BODY)


def test_a_bare_read_also_label_between_paragraphs_goes() -> None:
    """A related box whose links the markup rules took leaves its label alone on a line."""
    body = [*BODY[:2], "Read also", BODY[2]]
    article = cleaner.clean("\n\n".join([*FOLLOW_ECHOES, *body, "Muhuri wa Muda:", "Zaidi kutoka Jarida Huru"]),
                            kind="text")
    assert article.text == "\n\n".join(BODY)


def test_headlines_under_a_bare_read_also_label_go_a_section_heading_stays() -> None:
    """The box's headlines, left as unlinked lines, go with its label; the article's own section
    heading under them stays, since its paragraph takes up its words."""
    headlines = ["Bei ya mahindi yapanda tena katika masoko ya Arusha",
                 "Timu ya taifa yajiandaa kwa mechi ya kufuzu"]
    heading = "Wachambuzi wanatarajia kampuni nyingine kufuata"
    body = [*BODY[:2], "Read also", *headlines, heading, BODY[2]]
    article = cleaner.clean("\n\n".join([*FOLLOW_ECHOES, *body, "Muhuri wa Muda:", "Zaidi kutoka Jarida Huru"]),
                            kind="text")
    assert article.text == "\n\n".join([*BODY[:2], heading, BODY[2]])


NAMED_PITCHES = [
    ("Zëri", "Qeveria miraton buxhetin e ri për shkollat",
     ["Qeveria miratoi të enjten buxhetin e ri për rinovimin e shkollave fillore në të gjitha komunat e vendit.",
      "Ministri i Arsimit tha se punimet do të fillojnë në pranverë dhe do të zgjasin dy vjet.",
      "Sindikatat e mësuesve e përshëndetën vendimin, por kërkuan edhe rritje pagash."],
     "Ndiqni Zërin në Telegram dhe Viber për lajmet më të rëndësishme.",
     "Sipas Zërit, ministri do ta prezantojë planin në parlament javën e ardhshme."),
    ("Báo Thanh Hóa", "Thanh Hóa mở rộng tuyến đường ven biển",
     ["Tỉnh Thanh Hóa vừa phê duyệt dự án mở rộng tuyến đường ven biển dài 12 km qua ba huyện.",
      "Tổng vốn đầu tư của dự án ước tính khoảng 1.200 tỷ đồng, dự kiến hoàn thành vào năm 2027.",
      "Người dân địa phương kỳ vọng tuyến đường sẽ giúp phát triển du lịch biển."],
     "Theo dõi Báo Thanh Hóa trên Zalo để nhận tin mới mỗi ngày.",
     "Báo Thanh Hóa đã có mặt tại buổi lễ khởi công sáng nay cùng hàng trăm người dân."),
]


@pytest.mark.parametrize(("outlet", "title", "body", "pitch", "report"), NAMED_PITCHES)
def test_the_outlet_offering_its_channel_by_name_between_paragraphs_goes(
        outlet: str, title: str, body: list[str], pitch: str, report: str) -> None:
    """The outlet named, with a channel to follow it on, speaks as "our site" does; a sentence of
    the story that names the outlet as its witness offers nothing and stays."""
    for line, kept in ((pitch, False), (report, True)):
        lines = [body[0], line, *body[1:]]
        dump = "\n\n".join([f"{title} - {outlet}", f"{title} - {outlet} PlatoBlockchain Data Intelligence. "
                             "Vertical Search. Ai.", *lines, "Time Stamp:", f"More from {outlet}"])
        article = cleaner.clean(dump, kind="text")
        assert article.text == "\n\n".join(lines if kept else body)


PL_TITLE = "Bank centralny utrzymał stopy procentowe bez zmian"
PL_BODY = ["Rada Polityki Pieniężnej pozostawiła w środę stopę referencyjną na poziomie 5,75 proc., zgodnie z "
           "oczekiwaniami większości ekonomistów.",
           "Prezes banku centralnego zapowiedział, że decyzje w kolejnych miesiącach będą zależały od danych o "
           "inflacji i wynagrodzeniach.",
           "Analitycy spodziewają się pierwszej obniżki stóp najwcześniej na początku przyszłego roku."]


@pytest.mark.parametrize(("line", "kept"), [
    # the text speaks of itself: "this article is information only, not investment advice"
    ("Ten artykuł ma charakter wyłącznie informacyjny i nie stanowi porady inwestycyjnej.", False),
    # the story reports that someone's post was no advice: it speaks of no text of its own
    ("Komisja przypomniała, że wpis influencera nie stanowił porady inwestycyjnej, lecz płatną reklamę.", True),
])
def test_a_disclaimer_that_speaks_of_itself_between_paragraphs_goes(line: str, kept: bool) -> None:
    lines = [PL_BODY[0], line, *PL_BODY[1:]]
    dump = "\n\n".join([f"{PL_TITLE} - Gazeta Pomorska", f"{PL_TITLE} - Gazeta Pomorska PlatoBlockchain Data "
                         "Intelligence. Vertical Search. Ai.", *lines, "Time Stamp:", "More from Gazeta Pomorska"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(lines if kept else PL_BODY)


TH_TITLE = "ราคายางพาราภาคใต้ปรับขึ้นต่อเนื่องสัปดาห์ที่สาม"
TH_BODY = ["สงขลา – ราคายางแผ่นดิบที่ตลาดกลางหาดใหญ่ปรับขึ้นเป็นกิโลกรัมละ 68 บาท สูงสุดในรอบหกเดือน "
           "เนื่องจากปริมาณยางเข้าสู่ตลาดลดลงจากฝนตกหนัก",
           "ผู้ค้ายางในจังหวัดสงขลาระบุว่าโรงงานแปรรูปหลายแห่งเร่งซื้อเพื่อส่งมอบตามสัญญากับลูกค้าในจีนและมาเลเซีย",
           "การยางแห่งประเทศไทยคาดว่าราคายางแผ่นดิบจะทรงตัวในระดับสูงจนถึงปลายเดือนหน้า"]


@pytest.mark.parametrize(("line", "kept"), [
    # the follow block flattened into one line, its topics the article's own words
    ("ติดตามหัวข้อ: ราคายาง | สงขลา | ตลาดกลาง", False),
    ("Fuata mada: Madini | Nishati | Amina Juma", False),
    ("Mada kuu: madini, nishati na ajira kwa vijana wa mkoa huo.", True),  # a label over a sentence
])
def test_a_follow_block_flattened_into_a_line_between_paragraphs_goes(line: str, kept: bool) -> None:
    thai = not line.isascii()
    title, own, outlet = (TH_TITLE, TH_BODY, "ข่าวใต้วันนี้") if thai else (FOLLOW_TITLE, BODY, "Jarida Huru")
    body = [own[0], line, *own[1:]]
    dump = "\n\n".join([f"{title} - {outlet}", f"{title} - {outlet} PlatoBlockchain Data Intelligence. Vertical "
                         "Search. Ai.", *body, "Time Stamp:", f"More from {outlet}"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body if kept else own)


BG_PAGE = ["Пловдив. От 1 юли общината пуска нощна автобусна линия между централната гара и летището, "
           "съобщиха от транспортния отдел.",
           "Автобусът ще тръгва на всеки час между 23 и 5 часа, а билетът ще струва 3 лева.",
           # two ordinary words that transliterate near the brand's compound ("poleti plashtaha")
           "„Досега пътниците от нощните полети плащаха такси или чакаха до сутринта“, каза заместник-кметът.",
           "Линията ще бъде изпробвана до края на октомври."]


def test_a_stray_byte_between_paragraphs_and_a_quote_near_the_brand_leave_a_clean_page_whole() -> None:
    """A windows-1251 page with a byte that code page cannot read between two paragraphs: the
    replaced byte is no block of the article. Someone's quoted words are never the brand respelled."""
    paragraphs = [p.encode("cp1251") for p in BG_PAGE]
    body = b"<p>" + paragraphs[0] + b"</p>\n\x98\n<p>" + b"</p>\n<p>".join(paragraphs[1:]) + b"</p>"
    page = (b'<html><head><meta charset="windows-1251"><title>\xcf\xeb\xee\xe2\xe4\xe8\xe2</title></head><body>'
            b"<article><h1>" + "Нощен автобус до летището".encode("cp1251") + b"</h1>" + body + b"</article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.text == "\n\n".join(BG_PAGE)
    assert [r.rule for r in article.removed if r.rule == "undecodable"] == ["undecodable"]


CURITIBA_TITLE = "Prefeitura amplia horário dos ônibus noturnos em Curitiba"
CURITIBA_BODY = ["A Prefeitura de Curitiba anunciou nesta segunda-feira que as linhas noturnas de ônibus passarão a "
           "circular até as 2h da madrugada a partir de março.",
           "Segundo a Urbs, a mudança atende a um pedido antigo de trabalhadores do setor de serviços que saem "
           "tarde do expediente.",
           "O custo adicional será coberto pelo fundo municipal de transporte, informou a secretaria."]


@pytest.mark.parametrize(("heading", "kept"), [
    ("Receba o resumo da economia paranaense toda sexta-feira", False),  # how often, as the pitch says
    ("A Urbs estuda novas linhas para os bairros", True),  # a heading of the story's: no concept of the pitch
])
def test_a_newsletter_boxs_longer_heading_goes_with_its_pitch(heading: str, kept: bool) -> None:
    pitch = "Cadastre seu e-mail e receba nosso boletim semanal gratuito."
    dump = "\n\n".join([f"{CURITIBA_TITLE} - Gazeta do Sul", f"{CURITIBA_TITLE} - Gazeta do Sul PlatoBlockchain Data "
                         "Intelligence. Vertical Search. Ai.", *CURITIBA_BODY, heading, pitch, "Carimbo de hora:",
                         "Mais de Gazeta do Sul"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join([*CURITIBA_BODY, heading] if kept else CURITIBA_BODY)


@pytest.mark.parametrize(("segment", "network"), [
    ("პლატონის მონაცემთა დაზვერვა", True),  # Georgian: Plato's data intelligence
    ("Platon Maʼlumotlar Razvedkasi", True),  # Uzbek
    ("Platon Maʼlumotlar Razvedkasi. Vertikal Qidiruv. Voy.", True),  # with the spam's sentences after it
    ("Hikmat Data Plato", True),  # a few words ending on the name
    ("PBDI", True),  # the brand's initials
    ("Sauberer Energiedraht PlatonBlockverkettung Datenverstand. Spartensuche. KI.", False),  # the outlet first
    ("Gazeta Wyborcza", False),
    ("Kun.uz", False),
])
def test_a_title_segment_that_is_the_networks_name(segment: str, network: bool) -> None:
    from cleaner.titles.outlet import network_segment

    assert network_segment(segment, load_rules()) is network


UZ_TITLE = "Toshkentda yangi metro bekati ochildi"
UZ_BODY = ["Toshkent metropoliteni Yunusobod yoʻnalishida yangi bekatni yoʻlovchilar uchun ochdi, deb xabar berdi "
           "shahar hokimligi.",
           "Bekat qurilishiga 180 milliard soʻm sarflangan, u kuniga 15 ming yoʻlovchiga xizmat koʻrsatadi.",
           "Yoʻl haqi oʻzgarmaydi."]


@pytest.mark.parametrize("title", [
    f"{UZ_TITLE} - Kun.uz - Platon Maʼlumotlar Razvedkasi",  # the network's name last
    f"{UZ_TITLE} - Platon Maʼlumotlar Razvedkasi - Kun.uz",  # between the title and the outlet
    f"{UZ_TITLE} | Kun.uz | Hikmat Data Plato",
])
def test_the_networks_name_as_a_title_segment_comes_off_and_the_outlet_stays(title: str) -> None:
    """A record whose only title carries the outlet and the network's name, in any order."""
    article = cleaner.clean("<p>" + "</p><p>".join(UZ_BODY) + "</p>", kind="html", title=title,
                            url="https://platodata.network/uz/toshkent-metro/")
    assert (article.title, article.source, article.text) == (UZ_TITLE, "Kun.uz", "\n\n".join(UZ_BODY))


def test_a_clean_pages_title_about_plato_keeps_its_segment() -> None:
    title = "Falsafa kechasi - Platon va gʻor haqidagi rivoyat"
    body = ["Shahar kutubxonasida har oy oʻtkaziladigan falsafa kechasida bu safar Platonning gʻor haqidagi "
            "rivoyati muhokama qilindi.", "Kechaga 40 dan ortiq talaba va oʻqituvchi qatnashdi."]
    article = cleaner.clean("<p>" + "</p><p>".join(body) + "</p>", kind="html", title=title)
    assert article.title == title


def test_beside_a_spam_tail_an_outlets_name_may_run_to_seven_words() -> None:
    """Tibetan writes a syllable between each tsheg: "Tibet Daily Newspaper" is six of them."""
    title = "ཤིང་ཚལ་ཚོང་ར་གསར་པ་སྒོ་ཕྱེ།"
    outlet = "བོད་ལྗོངས་ཉིན་རེའི་ཚགས་པར"
    body = ["ལྷ་ས་གྲོང་ཁྱེར་དུ་ཤིང་ཚལ་ཚོང་ར་གསར་པ་ཞིག་སྒོ་ཕྱེ་ཞིང་། ཚོང་པ་200ཙམ་གྱིས་ཚོང་ལས་བྱེད་ཀྱི་ཡོད།",
            "ཚོང་ར་འདིར་ཉིན་ལྟར་ཞོགས་པ་ཆུ་ཚོད་7ནས་དགོང་མོ་ཆུ་ཚོད་8བར་སྒོ་ཕྱེ་གི་ཡོད།"]
    dump = "\n\n".join([f"{title} - {outlet}", f"{title} - པ་ལ་ཏོ་སྒྲིག་ཆེན་གཞི་གྲངས་རིག་ནུས། དྲང་པོའི་འཚོལ་ཞིབ། ཨ་ཡེ།",
                         *body])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source) == (title, outlet)


@pytest.mark.parametrize(("line", "kept"), [
    ("Aplikasi Harian Nusantara akan diperbarui pekan depan.", True),  # the outlet's news about itself
    ("Unduh aplikasi Harian Nusantara dan dapatkan berita pilihan untuk Anda setiap pagi.", False),  # to "you"
])
def test_on_a_page_about_its_own_outlet_only_a_pitch_to_the_reader_goes(line: str, kept: bool) -> None:
    title = "Harian Nusantara tampil dengan desain baru mulai Senin"
    body = ["Mulai Senin, Harian Nusantara tampil dengan desain baru: halaman depan disusun per topik dan huruf "
            "artikel lebih besar.", "Pemimpin redaksi mengatakan perubahan ini berangkat dari survei terhadap "
            "9.000 pembaca pada akhir tahun lalu.", "Arsip sejak 1970 juga dapat dicari dari kolom pencarian.",
            line]  # right above the trailing block, where the outlet's pitch stands
    dump = "\n\n".join([f"{title} - Harian Nusantara", f"{title} - Harian Nusantara PlatoBlockchain Kecerdasan "
                         "Data. Pencarian Vertikal. Ai.", *body, "Stempel Waktu:", "Lebih dari Harian Nusantara"])
    text = cleaner.clean(dump, kind="text").text
    assert (line in text) is kept and text.count("\n\n") == (3 if kept else 2)


def test_a_read_also_label_the_title_speaks_of_heads_the_articles_own_list() -> None:
    """A reading list under "Read also", on a page titled "Read also: ten books ...": the label and
    the titles under it are the article."""
    title = "Read also: five books on the coal towns of the North"
    body = ["The city library has picked five books for its spring series on the closing of the coal pits.",
            "Read also", "The Last Shift: reportage from the Durham coalfield",
            "Black Dust: a novel of three generations of a mining family",
            "The librarians will present each book on a Thursday evening in April."]
    dump = "\n\n".join([f"{title} - Northern Pages", f"{title} - Northern Pages PlatoBlockchain Data "
                         "Intelligence. Vertical Search. Ai.", *body, "Time Stamp:", "More from Northern Pages"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_a_signature_line_translated_around_seo_between_network_lines_goes() -> None:
    line = "Maudhui yanayoendeshwa na SEO na usambazaji wa habari kwa umma. Jipatie sauti leo."
    tags = "madini, Bitcoin, kompyuta, PlatoData, zephyrnet, Plato Data Intelligence, plato"
    dump = "\n\n".join([*FOLLOW_ECHOES, *BODY, tags, line, "PlatoData.Mtandao AI ya Kizazi Wima. Jiwezeshe. Ingia Hapa."])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(BODY)


CS_TITLE = "Vinaři na Mělnicku sklízejí nejdřív za posledních dvacet let"
CS_BODY = ["Vinaři na Mělnicku začali se sklizní hroznů už v polovině srpna, tedy nejdříve za posledních dvacet let.",
           "Podle místního spolku vinařů za to může teplé jaro a suché léto, které urychlilo zrání.",
           "„Cukernatost je vysoká, kyselin je ale méně než obvykle,“ řekl jeden z pěstitelů."]


@pytest.mark.parametrize(("tail", "bottom", "source"), [
    # the name, then "Data Intelligence" translated otherwise than the network's own lines have it
    ("Pražský Deník Datová Moudrost ŘetězPlaton. Svislé Hledání. Ach.", "Zdroj: Datová Inteligence Plato.",
     "Pražský Deník"),
    # the same words in one compound ("Datamoudrost" beside "Datainteligence")
    ("Pražský Deník Datamoudrost ŘetězPlaton. Svislé Hledání. Ach.", "Zdroj: Plato Datainteligence.",
     "Pražský Deník"),
    # the network's line joins the phrase to the stem with a particle ("... údajů od Platona")
    ("Pražský Deník Moudrost Údajů ŘetězPlaton. Svislé Hledání. Ach.", "Zdroj: Inteligence údajů od Platona.",
     "Pražský Deník"),
])
def test_the_brands_own_words_come_off_a_guess_in_front_of_it(tail: str, bottom: str, source: str,
                                                              tmp_path: Path) -> None:
    """A longer guess in front of the brand loses as many last words as the network's line puts
    next to the bare stem, when one of them is the same word or opens alike."""
    row = {"url": "https://platodata.ai/cs/melnik-vino/", "title": f"{CS_TITLE} - {tail}",
           "text": "\n\n".join([*CS_BODY, "Obsah řízený SEO a distribuce PR. Získejte zesílení ještě dnes.", bottom])}
    [article] = _rows(tmp_path, row)
    assert (article.title, article.source) == (CS_TITLE, source)
    assert article.text == "\n\n".join(CS_BODY)


def _rows(tmp_path: Path, *rows: dict[str, str]) -> list[cleaner.Article]:
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    records: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=records.append, reject=lambda r: None)
    return records


def test_a_spam_tail_opening_with_the_name_a_footer_inflects_names_the_outlet() -> None:
    """The brand moved to the end of the tail: the outlet is the tail's first words that the "More
    from" line names in another case form, written as the title has them."""
    dump = "\n\n".join([f"{CS_TITLE} — Pražský Deník Svislé Hledání. Ach. PlatonŘetěz", *CS_BODY,
                        "Časové razítko:", "Více z Pražského Deníku"])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source, article.text) == (CS_TITLE, "Pražský Deník", "\n\n".join(CS_BODY))


def test_the_outlet_before_a_spam_glued_on_in_a_script_without_spaces(tmp_path: Path) -> None:
    """Two title sources end in one spam; the second glues it to the outlet's translated name."""
    title = "台南鹽水蜂炮今晚登場　警方加強交通管制"
    spam = "柏拉圖區塊鏈數據智慧。垂直搜索。唉。"
    body = ["台南鹽水蜂炮今晚在月津港周邊登場，預計吸引超過十萬人次湧入。", "警方表示，活動期間將實施交通管制，呼籲民眾搭乘接駁車前往。"]
    row = {"url": "https://platodata.ai/zh-tw/yanshui/", "title": f"{title} - 臺灣英文新聞 {spam}",
           "text": "\n\n".join([f"{title}｜台灣新聞英文{spam}", *body])}
    [article] = _rows(tmp_path, row)
    assert (article.title, article.source, article.text) == (title, "臺灣英文新聞", "\n\n".join(body))


def test_a_spam_line_around_the_bare_stem_is_evidence_of_the_network() -> None:
    """No echo, no brand the rules spell: a keyword, "Plato" glued to a translated "chain" or set
    apart, and the spam's short sentences mark the page; its translated footer goes with it."""
    body = ["کشاورزان دشت مغان امسال زودتر از هر سال برداشت گندم را آغاز کرده‌اند.",
            "به گفته جهاد کشاورزی استان، بارش‌های بهاری عملکرد مزارع دیم را بالا برده است."]
    for brand in ("پلاتوزنجیره", "پلاتو زنجیره"):
        dump = "\n\n".join(["برداشت زودهنگام گندم در دشت مغان", body[0], f"گندم مغان {brand} هوش داده. جستجوی عمودی. آی.",
                            body[1], "برای دریافت خبرنامه هفتگی، ایمیل خود را وارد کنید.", "مهر زمانی:", "بیشتر از خبرگزاری"])
        assert cleaner.clean(dump, kind="text").text == "\n\n".join(body), brand


AUDIENCE_FOOTER = [
    ("Názory v komentářích patří čtenářům a neodrážejí postoj redakce.", True),
    ("Čtenáři nám mohou posílat fotografie a postřehy e-mailem do redakce.", True),  # readers, e-mail, the newsroom
    ("Redakce deníku odmítla situaci komentovat.", False),  # the newsroom declined to comment: article text
]


@pytest.mark.parametrize(("last", "removed"), AUDIENCE_FOOTER)
def test_a_comment_note_speaking_of_readers_or_the_position_goes_but_a_refusal_to_comment_stays(
        last: str, removed: bool) -> None:
    dump = "\n\n".join([f"{CS_TITLE} - Pražský Deník", f"{CS_TITLE} - Pražský Deník PlatoBlockchain Data Intelligence. "
                        "Vertical Search. Ai.", *CS_BODY, last, "Časové razítko:", "Více z Pražského Deníku"])
    expected = CS_BODY if removed else [*CS_BODY, last]
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(expected)


def test_lines_ending_in_the_same_words_of_a_sentence_are_not_a_link_list() -> None:
    """Three lines ending "... the village hall" share words, not a link list's set-apart ending."""
    body = ["Přihlásit se můžete třemi způsoby:", "přes formulář na webu obecního domu;",
            "lístkem do schránky obecního domu;", "Výročí oslavíme 14. září v sále obecního domu."]
    dump = "\n\n".join([f"{CS_TITLE} - Pražský Deník", f"{CS_TITLE} - Pražský Deník PlatoBlockchain Data Intelligence. "
                        "Vertical Search. Ai.", *CS_BODY, *body, "Časové razítko:", "Více z Pražského Deníku"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join([*CS_BODY, *body])


def test_a_latin_word_with_the_stems_consonants_is_no_brand() -> None:
    """Short Latin words are not compared by consonants: "Bulletin" (pltn) is a word."""
    from cleaner.strip.rules import romanised_skeleton
    from cleaner.titles.outlet import names_the_stem, stem_word

    assert not names_the_stem("Buletin") and not names_the_stem("Bulletin")
    assert not stem_word("Bulletin")  # a Latin compound is compared by consonants from nine letters on
    assert stem_word("Pleitoplokiahela")  # (asked only of tails of the spam's shape)
    assert names_the_stem("Πλάτωνα") and names_the_stem("Platon") and names_the_stem("Platão")
    assert romanised_skeleton("Bulletin") is None
    assert stem_word("プラトーブロックチェーン")  # kana write "l" as "r": purato


@pytest.mark.parametrize(("word", "stem"), [
    ("블로터", False),  # Bloter, an outlet: Hangul writes "p" (ㅍ) apart from "b" (ㅂ)
    ("플라톤", True),  # Platon
    ("Блатон", False),
    ("بلاتو", True),  # Arabic has no "p": the name's "p" is written "b"
    ("柏拉图", True),  # Chinese romanises an unaspirated "p" as "b"
    ("פלטו", True),  # Plato: Hebrew writes the loanword's "o" with a vav, which anyascii reads "v"
    ("אפלטון", True),  # Aflaton
    ("פלטפורמה", False),  # platform
    ("ביטקוין", False),
])
def test_b_is_the_stems_p_only_in_a_script_without_p(word: str, stem: bool) -> None:
    from cleaner.titles.outlet import names_the_stem

    assert names_the_stem(word) is stem


SW_TITLE = "Wakulima wa Mbeya waanza kuvuna kahawa mapema"
SW_BODY = ["MBEYA – Wakulima wa kahawa mkoani Mbeya wameanza kuvuna wiki tatu kabla ya msimu wa kawaida.",
           "Mvua za mapema zimeharakisha kukomaa kwa matunda, kwa mujibu wa chama cha ushirika.",
           "Bei ya kilo moja imepanda hadi shilingi 4,200."]


@pytest.mark.parametrize(("tail", "footer", "source"), [
    # the dateline names the city the outlet is named after: the page's first half does not cut it
    ("Mbeya Yetu Akili ya Data MnyororoPlato. Utafutaji Wima. Ai.", [], "Mbeya Yetu"),
    # no line of the page holds the spam's words: the network's phrases in any language tell them
    ("Sauti ya Pwani Data Intelligence MnyororoPlato. Utafutaji Wima. Ai.", [], "Sauti ya Pwani"),
    # the footer names the outlet as another echo translated it: the first tail's form stays
    ("Coast Voice Akili ya Data MnyororoPlato. Utafutaji Wima. Ai.", ["Zaidi kutoka Sauti ya Pwani"],
     "Coast Voice"),
])
def test_the_source_from_a_spam_tail_in_front_of_a_new_brand(tail: str, footer: list[str], source: str,
                                                              tmp_path: Path) -> None:
    second = f"{SW_TITLE} | Sauti ya Pwani MnyororoPlato Akili ya Data. Utafutaji Wima. Ai." if footer else None
    bottom = [] if "Data Intelligence" in tail else ["Chanzo: Akili ya Data ya Plato."]  # the network's own line
    text = "\n\n".join([*([second] if second else []), *SW_BODY, *footer, *bottom])
    row = {"url": "https://zephyrnet.com/sw/mbeya-kahawa/", "title": f"{SW_TITLE} - {tail}", "text": text}
    [article] = _rows(tmp_path, row)
    assert (article.title, article.source) == (SW_TITLE, source)


@pytest.mark.parametrize(("line", "removed"), [
    # the network's "SEO ... PR ... Get amplified today." entry, no Latin letter left in it
    ("ესეო-ზე ორიენტირებული კონტენტი და პიარ-გავრცელება. გაძლიერდით დღესვე.", True),
    # the article's own last sentence stays, pitch above or not
    ("სამუშაოები ათ თვეში დასრულდება.", False),
])
def test_a_list_entry_shaped_line_between_a_pitch_and_the_network_lines(line: str, removed: bool) -> None:
    body = ["თბილისი – ქალაქის მერიამ ძველ უბანში ხუთი ისტორიული სახლის რესტავრაცია დაიწყო.",
            "პროექტი ქალაქის ბიუჯეტიდან და საერთაშორისო გრანტით ფინანსდება."]
    pitch = "გამოიწერეთ ჩვენი ყოველკვირეული ბიულეტენი და მიიღეთ მთავარი ამბები პირდაპირ ელფოსტაზე."
    dump = "\n\n".join(["ისტორიული სახლების რესტავრაცია იწყება - ჯამნიუსი",
                        "ისტორიული სახლების რესტავრაცია იწყება - ჯამნიუსი PlatoBlockchain Data Intelligence. "
                        "Vertical Search. Ai.", *body, pitch, line,
                        "PlatoData.ქსელი ვერტიკალური გენერაციული AI. გააძლიერე თავი. შედი აქ."])
    expected = body if removed else [*body, line]
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(expected)


PT_TITLE = "Pescadores da Nazaré pedem novo cais de abrigo"
PT_BODY = ["NAZARÉ – Os pescadores da Nazaré voltaram a pedir ao Governo um cais de abrigo para os dias de mar bravo.",
           "Desde janeiro, a barra esteve fechada em 23 dias, segundo a associação local.",
           "«Perdemos um terço das saídas», disse o presidente da associação."]
PT_ECHOES = [f"{PT_TITLE} - Jornal da Costa",
             f"{PT_TITLE} - Jornal da Costa PlatoBlockchain Inteligência de Dados. Pesquisa Vertical. Ai."]
PT_FOOTER = ["Carimbo de Data/Hora:", "Mais de Jornal da Costa"]


@pytest.mark.parametrize(("extra", "removed"), [
    # a comment-section note on moderation
    ("Os comentários são moderados e os ofensivos serão removidos.", True),
    # a call to send photos through a platform
    ("Tem fotografias do temporal? Envie-nos pelo WhatsApp.", True),
    # an author's disclosure of interests
    ("Declaração de interesses: o autor possui ações de empresas do setor das pescas.", True),
    # the picture's credit, naming an archive or a photographer
    ("Foto: arquivo", True),
    ("Fotografia: Rui Duarte Silva", True),
    # the article's own sentences about comments, photos and shares stay
    ("O ministro não quis comentar as fotografias publicadas pela associação.", False),
])
def test_outlet_notes_known_by_their_concepts_go_on_a_republished_page(extra: str, removed: bool) -> None:
    dump = "\n\n".join([*PT_ECHOES, *PT_BODY, extra, *PT_FOOTER])
    expected = PT_BODY if removed else [*PT_BODY, extra]
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(expected)


def test_a_photo_credit_naming_the_agency_of_the_articles_source_line_stays() -> None:
    """"Fonte: Lusa" then "Foto: Lusa / ...": the agency's credits belong to its article."""
    credits = ["Fonte: Lusa", "Foto: Lusa / Paulo Cunha"]
    dump = "\n\n".join([*PT_ECHOES, *PT_BODY, *credits, *PT_FOOTER])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join([*PT_BODY, *credits])


def test_the_networks_lines_marked_on_one_page_are_learned_for_the_run(tmp_path: Path) -> None:
    """A line the markup of one page marks as the network's (its bottom-links list) goes from a text
    dump of the same run where nothing else marks it; the list's link to the source is not learned."""
    line = "Maudhui yaliyoboreshwa kwa injini za utafutaji na usambazaji wa habari kwa vyombo vya habari."
    page = ("<html><head><title>Bei ya mahindi yashuka Arusha</title></head><body><article>"
            "<p>ARUSHA – Bei ya mahindi katika soko kuu la Arusha imeshuka kwa asilimia kumi wiki hii.</p>"
            "<p>Wafanyabiashara wanasema mavuno mazuri ya msimu huu yameongeza mzigo sokoni.</p></article>"
            f'<ul class="plato-post-bottom-links"><li>{line}</li><li>Chanzo: https://example.co.tz/mahindi</li>'
            "</ul></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    dump = "\n\n".join([*FOLLOW_ECHOES, *BODY, line, "Muhuri wa Muda:", "Zaidi kutoka Jarida Huru"])
    (tmp_path / "dump.txt").write_text(dump, encoding="utf-8")
    records: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=records.append, reject=lambda r: None)
    texts = {Path(a.origin.path).name: a.text for a in records}
    assert texts["dump.txt"] == "\n\n".join(BODY)
    alone: list[cleaner.Article] = []  # the dump alone: the line is no known phrase, nothing marks it
    cleaner.run([str(tmp_path / "dump.txt")], cleaner.Options(), write=alone.append, reject=lambda r: None)
    assert line in alone[0].text
    # with a tracking store, a later run learns it from the earlier one's markup
    state = str(tmp_path / "seen.sqlite")
    cleaner.run([str(tmp_path / "page.html")], cleaner.Options(state=state), write=lambda a: None, reject=lambda r: None)
    later: list[cleaner.Article] = []
    cleaner.run([str(tmp_path / "dump.txt")], cleaner.Options(state=state), write=later.append, reject=lambda r: None)
    assert later[0].text == "\n\n".join(BODY)


def test_a_source_line_naming_plato_past_a_glued_prefix_is_the_networks(tmp_path: Path) -> None:
    """"Umthombo: Ubukrelekrele beDatha bukaPlato." (Xhosa: of Plato) ends the network's block."""
    body = ["EMONTI – Ichibi lokuqubha elikufutshane nolwandle liza kuvulwa kwakhona ngoMgqibelo.",
            "Abantwana banokuqubha ngaphandle kwamaza olwandle, batsho abazali."]
    row = {"url": "https://platodata.ai/xh/emonti-ichibi/", "title": "Ichibi lokuqubha livulwa kwakhona - Daily Dispatch",
           "text": "\n\n".join([*body, "PlatoData.Uthungelwano I-AI Eyenzayo. Zinike Amandla. Ngena Apha.",
                                "Umthombo: Ubukrelekrele beDatha bukaPlato."])}
    [article] = _rows(tmp_path, row)
    assert article.text == "\n\n".join(body)


@pytest.mark.parametrize(("tail", "footer", "source"), [
    # the brand respelled as it sounds, in one Latin compound: the words before it are the outlet
    ("Eesti Maailm Pleitoplokiahela Andmetarkus. Valdkonnaotsing. Ahoi.", [], "Eesti Maailm"),
    # the name's short last word, inflected where the page's second half names it
    ("Arvamus Ilm PlatoPlokiahel Andmetarkus. Valdkonnaotsing. Ahoi.", ["Rohkem lugusid: Arvamus Ilmast"],
     "Arvamus Ilm"),
])
def test_the_outlet_in_front_of_a_respelled_or_inflected_name(tail: str, footer: list[str], source: str,
                                                              tmp_path: Path) -> None:
    title = "Pärnu rannas avati uus päästetorn"
    body = ["PÄRNU – Pärnu rannas avati neljapäeval uus päästetorn, kust on vaade kogu suplusalale.",
            "Linnavalitsuse sõnul maksis torn 180 000 eurot.", "Päästjad on tornis iga päev kella kümnest."]
    row = {"url": "https://platodata.ai/et/parnu-torn/", "title": f"{title} - {tail}", "text": "\n\n".join([*body, *footer])}
    [article] = _rows(tmp_path, row)
    assert (article.title, article.source) == (title, source)


@pytest.mark.parametrize(("last", "removed"), [
    # a figure in the outlet's own name states no fact (no phrase or concept knows these lines)
    ("Merci de lire France 24, votre regard sur le monde.", True),
    # opening with the outlet, yet calling out to the reader
    ("France 24 vous remercie de votre fidélité !", True),
    # the outlet as the subject of a report, and a figure besides its name
    ("France 24 a contacté le ministère, qui n'a pas répondu.", False),
    ("Suivez France 24 : 3 000 bénévoles sont attendus samedi.", False),
])
def test_the_last_line_naming_an_outlet_with_a_figure_in_its_name(last: str, removed: bool) -> None:
    _assert_last_line("Les vendanges commencent avec trois semaines d'avance en Champagne",
                      ["Les premiers raisins ont été cueillis lundi dans la Marne, un record de précocité.",
                       "Les vignerons attribuent cette avance à un été particulièrement chaud et sec."],
                      "France 24", last, removed)


@pytest.mark.parametrize(("outlet", "note"), [
    ("heise online", "Este artículo se publicó originalmente en la edición alemana de heise online."),
    ("t3n", "Este artículo apareció primero en t3n."),
])
def test_identical_echoes_with_a_lower_case_outlet_named_by_an_appeared_first_line(outlet: str, note: str) -> None:
    title = "Intel aplaza dos años su fábrica de chips en Magdeburgo"
    body = ["Intel aplazará al menos dos años la construcción de su planta de semiconductores en Alemania.",
            "La inversión, de unos 30.000 millones de euros, iba a ser la mayor inversión extranjera del país.",
            "El gobierno regional mantendrá reservado el terreno para la empresa."]
    dump = "\n\n".join([f"{title} | {outlet}"] * 3 + [*body, note])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source, article.text) == (title, outlet, "\n\n".join(body))


def test_an_outlet_pitch_naming_the_translated_outlet_in_another_case_above_the_footer() -> None:
    """Identical echoes give the outlet as the title writes it; the footer translates it and names
    it in one case ("Lisää Riippumattomalta", from The Independent), the pitch right above in
    another ("Riippumaton on ..."): neither is the other with an ending added."""
    title = "Helsingin satamaan rakennetaan uusi matkustajaterminaali"
    body = ["Helsingin Satama aloittaa ensi vuonna uuden terminaalin rakentamisen Länsisatamaan.",
            "Hankkeen arvioidaan maksavan noin 200 miljoonaa euroa, ja se valmistuu vuonna 2029.",
            "Terminaalin kautta kulkee vuosittain yli yhdeksän miljoonaa matkustajaa."]
    pitch = "Riippumaton on brittiläinen uutissivusto. Tilaajana luet kaikki jutut ilman mainoksia."
    dump = "\n\n".join([f"{title} - The Independent"] * 3 + [*body, pitch, "Aikaleima:", "Lisää Riippumattomalta"])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source, article.text) == (title, "The Independent", "\n\n".join(body))


@pytest.mark.parametrize(("title", "declared", "echo", "outlet"), [
    # a record's title field ends in "_Site", as Chinese sites write it; its echo in the text
    # translates the site's name and carries the spam
    ("杭州西湖龙井开采，今年明前茶产量减少两成", "杭州西湖龙井开采，今年明前茶产量减少两成_Sixth Tone",
     "杭州西湖龙井开采，今年明前茶产量减少两成_第六声 柏拉图区块链数据智能。垂直搜索。艾。", "Sixth Tone"),
    # a horizontal bar "―" before the site, as Japanese sites set it
    ("京都の老舗旅館、外国人客の予約が過去最多に", None,
     "京都の老舗旅館、外国人客の予約が過去最多に ― 京都新聞", "京都新聞"),
])
def test_title_separators_of_other_typographies(title: str, declared: str | None, echo: str, outlet: str) -> None:
    body = ["当地有关部门表示，相关工作已经全面展开，预计本月底前完成。" if declared
            else "市の観光協会によると、今年は前年より三割ほど予約が増えている。",
            "业内人士认为，这一变化将持续到明年。" if declared else "旅館の主人は「ありがたいが人手が足りない」と話す。"]
    dump = "\n\n".join([echo, *body] if declared else [echo, echo, *body])
    article = cleaner.clean(dump, kind="text", title=declared)
    assert (article.title, article.source, article.text) == (title, outlet, "\n\n".join(body))


@pytest.mark.parametrize(("tail", "outlet"), [
    # "Vertical Search" in four words, and Plato under the name Persian gives the philosopher
    ("همشهری آنلاین افلاطون زنجیره بلوک هوش داده. جستجو از بالا تا پایین. هوش مصنوعی.", "همشهری آنلاین"),
    # in five words
    ("Le Petit Journal PlatonChaîneDeBlocs Intelligence des Données. Recherche de Haut en Bas. Ia.",
     "Le Petit Journal"),
])
def test_a_spam_tail_in_every_title_source_with_a_long_vertical_search(tail: str, outlet: str) -> None:
    persian = tail.startswith("همشهری")
    title = "بازگشایی پل طبیعت پس از تعمیرات تابستانی" if persian else "Le marché flottant de Bangkok ferme pour travaux"
    body = (["پل طبیعت تهران پس از دو ماه تعمیر از صبح امروز دوباره به روی بازدیدکنندگان باز شد.",
             "به گفته مدیر پروژه، کف پل و نرده‌ها به طور کامل تعویض شده است."] if persian else
            ["Le marché flottant de Damnoen Saduak fermera trois semaines pour le curage des canaux.",
             "Les commerçants recevront une indemnité de la province pendant les travaux."])
    dump = "\n\n".join([f"{title} - {tail}"] * 2 + body)
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source, article.text) == (title, outlet, "\n\n".join(body))


def test_spam_sentences_learned_from_one_title_of_the_run_free_the_outlet_of_another(tmp_path: Path) -> None:
    """One title of a feed runs the spam on after the brand ("PlatoKjedeData. Søylesøk. Aj."); in
    the other the translation moved those sentences in front of the brand, right after the outlet,
    which nothing else names: the sentences the run saw after the brand are not the outlet's."""

    bodies = [["Oslo kommune åpner en ny sykkelvei langs Akerselva til høsten, etter tre års arbeid.",
               "Prosjektet har kostet rundt 90 millioner kroner, ifølge bymiljøetaten."],
              ["Bergen får en ny bybanelinje til Åsane fra 2027, bekrefter fylkeskommunen.",
               "Linjen skal frakte rundt 30 000 passasjerer hver dag når den er ferdig."]]
    posts = [{"title": "Ny sykkelvei langs Akerselva åpner til høsten - Oslo Nytt PlatoKjedeBlokk Datainnsikt. "
                       "Søylesøk. Aj.",
              "link": "https://platodata.ai/no/ny-sykkelvei-akerselva/",
              "content": "".join(f"<p>{p}</p>" for p in bodies[0])},
             {"title": "Bybanen til Åsane åpner i 2027 - Oslo Nytt Søylesøk. Aj. PlatoKjedeBlokk",
              "link": "https://platodata.ai/no/bybanen-asane-2027/",
              "content": "".join(f"<p>{p}</p>" for p in bodies[1])}]
    sources = _feed_sources(tmp_path, posts)
    assert sources["Bybanen til Åsane åpner i 2027"] == "Oslo Nytt"
    assert sources["Ny sykkelvei langs Akerselva åpner til høsten"] == "Oslo Nytt"


def _feed_sources(folder: Path, posts: list[dict[str, str]]) -> dict[str | None, str | None]:
    """The source of each post of a WordPress-style feed cleaned as one run, by its title."""
    import json

    (folder / "feed.json").write_text(json.dumps({"posts": posts}, ensure_ascii=False), encoding="utf-8")
    articles: list[cleaner.Article] = []
    cleaner.run([str(folder)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    return {a.title: a.source for a in articles}


def test_a_more_from_line_split_by_its_phrase_names_the_run_a_title_tail_holds() -> None:
    """"<outlet> থেকে আরও পড়ুন" (from, more, read): of the words the phrase leaves on either side,
    the name is the run a title tail holds too, not the phrase's last word."""
    title = "ঢাকায় নতুন মেট্রো স্টেশন চালু"
    body = ["রাজধানীর উত্তরায় আজ থেকে নতুন মেট্রো স্টেশন চালু হয়েছে, জানিয়েছে কর্তৃপক্ষ।",
            "প্রতিদিন প্রায় বিশ হাজার যাত্রী এই স্টেশন ব্যবহার করবেন বলে আশা করা হচ্ছে।"]
    # both tails carry the spam, the second with its sentences moved in front of the brand
    dump = "\n\n".join([f"{title} - ঢাকা ট্রিবিউন প্লাতোশৃঙ্খলমালা তথ্য প্রজ্ঞা। খাড়া খোঁজ। অয়।",
                        f"{title} - ঢাকা ট্রিবিউন খাড়া খোঁজ। অয়। প্লাতোশৃঙ্খলমালা",
                        *body, "টাইম স্ট্যাম্প:", "ঢাকা ট্রিবিউন থেকে আরও পড়ুন"])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source, article.text) == (title, "ঢাকা ট্রিবিউন", "\n\n".join(body))


def test_the_first_entry_of_the_network_block_in_a_dump_names_no_brand_yet_goes() -> None:
    """A text dump ends in the network's link list, one entry a line; its first entry is a slogan
    with no brand in it ("SEO-driven content and PR distribution. Get amplified today." in the
    page's language), and the outlet's own note right above the list goes with it."""
    title = "Göteborg bygger ny cykelbro över Göta älv"
    body = ["Göteborgs stad har beslutat att bygga en ny bro för cyklister och gående över Göta älv.",
            "Bron beräknas kosta 400 miljoner kronor och stå klar 2028, enligt trafikkontoret."]
    dump = "\n\n".join([f"{title} - Västkusten Nyheter PlatoBlockchain Dataintelligens. Vertikal sökning. Ai.",
                        f"{title} - Västkusten Nyheter", *body,
                        "Västkusten Nyheter ges ut i samarbete med lokala företag och föreningar.",
                        "Innehåll för sökmotorer och PR-utskick. Hörs redan idag.",  # a wording no prior knows
                        "PlatoData.Nätverk Vertikal Generativ AI. Stärk dig själv. Åtkomst här.",
                        "PlatoAiStream. Web3-intelligens. Kunskap förstärkt. Åtkomst här.",
                        "Källa: Plato Data Intelligence."])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source, article.text) == (title, "Västkusten Nyheter", "\n\n".join(body))


@pytest.mark.parametrize(("heading", "items", "after"), [
    ("Folgen Sie den Themen dieses Artikels", ["Verkehr +Folgen", "Berlin +Folgen", "Jana Roth +Folgen"],
     "Die Stadtbahn fährt am Wochenende zunächst im Zehnminutentakt."),  # a line no rule knows below
    ("追蹤本文話題與作者", ["大眾運輸系統 ＋追蹤", "台中捷運 ＋追蹤"], None),  # an item longer for its button
])
def test_a_follow_block_known_by_its_buttons_goes_wherever_it_stands(heading: str, items: list[str],
                                                                     after: str | None) -> None:
    de = heading.startswith("Folgen")
    title = "Neue Straßenbahnlinie in Berlin eröffnet" if de else "台中捷運藍線動工"
    body = (["Die neue Straßenbahnlinie verbindet ab Montag den Hauptbahnhof mit dem Ostkreuz.",
             "Die Verkehrsbetriebe rechnen mit rund 40.000 Fahrgästen am Tag."] if de else
            ["台中捷運藍線今天正式動工，預計八年後通車。", "市府表示，藍線將串連台中港與市區。"])
    tail = f"{title} - Stadtblatt" if de else f"{title} - 中部日報"
    spam = "PlatoBlockchain Data Intelligence. Vertical Search. Ai."
    dump = "\n\n".join([tail, f"{tail} {spam}", *body, heading, *items, *([after] if after else [])])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join([*body, *([after] if after else [])])


def test_a_short_div_soup_page_keeps_its_paragraphs_and_loses_the_chrome_above_its_headline() -> None:
    """Paragraphs written as bare <div>s on a short page: trafilatura's last resort joins the
    page's text with line breaks into one paragraph; those breaks part the paragraphs again, and
    the site name and search button that come with it, above the headline, go."""
    title = "Gdańsk otwiera nową przystań dla kajaków na Motławie"
    body = ["Nowa przystań przy Długich Ogrodach będzie czynna od maja do września.",
            "Miasto wydało na inwestycję około dwóch milionów złotych.",
            "Kajaki będzie można wypożyczyć na godzinę lub na cały dzień."]
    html = (f"<html><head><title>{title}</title></head><body><div id='wrap'>"
            "<header><a class='logo' href='/'>Dziennik Bałtycki</a><form><button>Szukaj</button></form></header>"
            f"<div class='main'><div class='headline'><h1>{title}</h1></div><div class='story'>"
            + "".join(f"<div class='par'>{p}</div>" for p in body)
            + "</div></div></div></body></html>")
    article = cleaner.clean(html, kind="html")
    assert (article.title, article.text) == (title, "\n\n".join(body))


@pytest.mark.parametrize("trailer", [
    ["Alama ya muda: 12.03.2025", "Mengineyo ya Pwani Leo"],  # a label keeping its date, then more from
    ["Alama ya muda:", "Mengineyo ya Pwani Leo"],  # the bare label over a line no prior knows
])
def test_short_lines_below_the_network_tag_run_are_its_trailer(trailer: list[str]) -> None:
    title = "Bandari ya Mombasa yapokea meli kubwa zaidi mwaka huu"
    body = ["Meli ya mizigo yenye urefu wa mita 366 ilitia nanga katika bandari ya Mombasa Jumanne asubuhi.",
            "Mamlaka ya Bandari ilisema meli hiyo ilibeba makontena zaidi ya elfu kumi."]
    tags = "Mombasa ※ bandari ※ meli ※ zephyrnet ※ PlatoData ※ Plato Data Intelligence"
    assert cleaner.clean(_echoed(title, "Pwani Leo", *body, tags, *trailer), kind="text").text == "\n\n".join(body)


@pytest.mark.parametrize(("title", "caption", "body"), [
    ("ທ່າເຮືອໃໝ່ເປີດບໍລິການຢູ່ແຂວງຈຳປາສັກ", "ເຮືອຫາປາຢູ່ແມ່ນ້ຳຂອງ ບັນຊີແຍກປະເພດເພລໂຕ ສະໝອງຂໍ້ມູນ ຄົ້ນເລິກ ໄອ",
     ["ແຂວງຈຳປາສັກໄດ້ເປີດທ່າເຮືອໃໝ່ສຳລັບເຮືອໂດຍສານໃນວັນຈັນ ເພື່ອຮອງຮັບນັກທ່ອງທ່ຽວທີ່ເພີ່ມຂຶ້ນ.",
      "ເຈົ້າໜ້າທີ່ກ່າວວ່າທ່າເຮືອສາມາດຮັບເຮືອໄດ້ສິບລຳພ້ອມກັນ."]),
    ("Honfleur rénove son vieux bassin", "Le vieux bassin au lever du jour. Données Platon Intelligence. Recherche. Aï.",
     ["La ville de Honfleur lance la rénovation des quais du vieux bassin, fermés aux voitures dès lundi.",
      "Les travaux doivent durer dix-huit mois et coûter quatre millions d'euros."]),
])
def test_a_caption_ending_in_the_spam_around_the_bare_name_goes(title: str, caption: str, body: list[str]) -> None:
    """A caption line that closes with the spam's run around the philosopher's name, in a script
    that parts phrases by spaces or by stops: the network's, on a republished page."""
    assert cleaner.clean(_echoed(title, "Le Courrier", caption, *body), kind="text").text == "\n\n".join(body)


@pytest.mark.parametrize("site", ["Zefírnet", "ゼフィアネット", "زفيرنت",
                                  "เซเฟอร์เน็ต", "សេហ្វៀណិត"])  # scripts with no "z" or "f": by sound
def test_the_network_named_as_the_site_in_another_spelling_is_no_source(site: str) -> None:
    title = "Szegeden új gyalogos híd épül a Tisza fölött"
    body = ["A város hétfőn írta alá a szerződést az új gyalogos- és kerékpáros híd megépítésére.",
            "A híd várhatóan két év alatt készül el, és négymilliárd forintba kerül."]
    html = (f"<html><head><title>{title} - Délmagyar PlatoBlockchain Data Intelligence. Vertical Search. Ai."
            f"</title><meta property='og:site_name' content='{site}'>"
            f"<meta property='og:title' content='{title} - Délmagyar'></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in body) + "</article></body></html>")
    for url in ("https://zephyrnet.com/hu/szeged-hid/", None):  # the name alone tells, on any host
        article = cleaner.clean(html, kind="html", url=url)
        assert (article.title, article.source) == (title, "Délmagyar")


@pytest.mark.parametrize("name", ["Спринт", "ジャパン・トゥデイ", "Sprint", "Spinet"])
def test_names_that_sound_near_the_network_are_not_its_name(name: str) -> None:
    from cleaner.titles import outlet

    assert not outlet.names_the_network(name)


def test_a_thai_stem_inside_a_syllable_is_no_word() -> None:
    """"ท่าน" (you) inside "เท่านั้น" (only), after the vowel Thai writes before its consonant, is no
    word: a news paragraph of free water points and shops that must register is no pitch."""
    title = "ขอนแก่นลดจุดเติมน้ำช่วงสงกรานต์"
    body = ["ขอนแก่น – เทศบาลนครขอนแก่นประกาศมาตรการใหม่สำหรับเทศกาลสงกรานต์ปีนี้ เพื่อลดการใช้น้ำ",
            "เทศบาลจะลดจุดเติมน้ำฟรีจาก 30 จุดเหลือ 12 จุด และใช้น้ำประปาที่ผ่านการบำบัดแล้วเท่านั้น "
            "ส่วนร้านค้าที่ขายน้ำแข็งต้องลงทะเบียนล่วงหน้า",
            "ผู้ประกอบการบางรายกังวลว่ายอดขายจะลดลง แต่สมาคมโรงแรมระบุว่ายอดจองห้องพักเต็มเกือบทุกแห่งแล้ว",
            "เจ้าหน้าที่จะตั้งจุดตรวจบริเวณทางเข้าถนนข้าวเหนียวตลอดสามวันของเทศกาล"]
    assert cleaner.clean(_echoed(title, "ข่าวอีสาน", *body), kind="text").text == "\n\n".join(body)


def test_a_thai_spam_tail_parted_by_spaces_in_every_title_source() -> None:
    title = "เรือไฟฟ้าคลองแสนแสบปรับค่าโดยสารใหม่"
    tail = "สยามรายวัน เพลโตโซ่บล็อก ปัญญาข้อมูล ค้นหาแนวดิ่ง เอไอ"  # phrases parted by spaces, no stops
    body = ["กรมเจ้าท่าประกาศปรับค่าโดยสารเรือไฟฟ้าในคลองแสนแสบ เริ่มต้นที่ 10 บาทตลอดสาย",
            "ผู้โดยสารสามารถใช้บัตรโดยสารร่วมได้ตั้งแต่เดือนหน้า"]
    dump = "\n\n".join([f"{title} - {tail}"] * 2 + body)
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source, article.text) == (title, "สยามรายวัน", "\n\n".join(body))


def test_a_numbered_step_of_the_article_is_no_pitch() -> None:
    """A how-to's step that speaks of an e-mail address and signing up is the article's list."""
    title = "So beantragen Sie den neuen Reisepass online"
    body = ["Seit Montag können Bürger in Hamburg den Reisepass auch online beantragen.",
            "1. Laden Sie die App herunter und registrieren Sie sich mit Ihrer E-Mail-Adresse.",
            "2. Laden Sie ein biometrisches Foto hoch und bezahlen Sie die Gebühr.",
            "Der Pass wird nach etwa drei Wochen per Post zugestellt, teilte die Behörde mit."]
    assert cleaner.clean(_echoed(title, "Nordkurier", *body), kind="text").text == "\n\n".join(body)


def test_the_words_the_network_sets_by_its_name_on_one_page_leave_another_pages_outlet(tmp_path: Path) -> None:
    """A new rendering of "Data Intelligence" ("Kejernihan Data") between the outlet and the brand
    in one title; another page of the run shows the network's source line, "Sumber: Kejernihan Data
    Plato.": those words are the network's, not the outlet's."""

    bottom = ("<ul class='plato-post-bottom-links'><li>PlatoAliranAI. Kecerdasan Web3. Masuk ke Sini.</li>"
              "<li>Sumber: Kejernihan Data Plato.</li></ul>")
    bodies = [["Pemerintah Kota Bandung membuka jalur sepeda baru sepanjang 12 kilometer pada Senin.",
               "Jalur itu menghubungkan alun-alun dengan kawasan Dago."],
              ["Bandara Kertajati kembali melayani penerbangan umrah mulai bulan depan.",
               "Pengelola bandara menyiapkan tiga maskapai untuk rute tersebut."]]
    posts = [{"title": "Bandung buka jalur sepeda baru - Jabar Kini",
              "link": "https://platodata.ai/id/bandung-jalur-sepeda/",
              "content": "".join(f"<p>{p}</p>" for p in bodies[0]) + bottom},
             {"title": "Kertajati layani umrah lagi - Jabar Kini Kejernihan Data PlatoRantaiBalok. Pencarian Tegak. Ai.",
              "link": "https://platodata.ai/id/kertajati-umrah/",
              "content": "".join(f"<p>{p}</p>" for p in bodies[1])}]
    assert _feed_sources(tmp_path, posts)["Kertajati layani umrah lagi"] == "Jabar Kini"


def _echoed(title: str, outlet: str, *lines: str) -> str:
    """A republished dump: "Title - Outlet", the same with the network's spam, then ``lines``."""
    spam = "PlatoBlockchain Data Intelligence. Vertical Search. Ai."
    return "\n\n".join([f"{title} - {outlet}", f"{title} - {outlet} {spam}", *lines])


@pytest.mark.parametrize(("tail", "outlet"), [
    # "Inteligencia de Datos" with its first word translated anew
    ("Diario del Sur Agudeza de Datos PlatónCadenaDeBloques. Búsqueda Vertical. Ia.", "Diario del Sur"),
    # a name that holds "Data" keeps it
    ("Big Data Wire PlatoBlockchain Data Intelligence. Vertical Search. Ai.", "Big Data Wire"),
])
def test_a_new_word_in_the_shape_of_data_intelligence_leaves_the_outlet(tail: str, outlet: str) -> None:
    title = "Oaxaca abre un nuevo mercado de artesanías en el centro histórico"
    body = ["El nuevo mercado reúne a 120 artesanos de las ocho regiones del estado.",
            "Las autoridades esperan que atraiga a más visitantes durante la Guelaguetza."]
    article = cleaner.clean("\n\n".join([f"{title} - {tail}"] * 2 + body), kind="text")
    assert (article.title, article.source) == (title, outlet)


@pytest.mark.parametrize(("outlet", "title", "body"), [
    ("Rheinpost", "Landtag beschließt neues Jugendschutzgesetz",
     ["Der Landtag hat am Donnerstag ein neues Jugendschutzgesetz verabschiedet.",
      "Die Folgen für soziale Medien und ihre Plattformen sind noch unklar."]),
    ("Harbour Times", "Council backs new youth online safety rules",
     ["The council voted on Thursday to back new online safety rules for teenagers.",
      "Following the vote, social media platforms have six months to comply."]),
])
def test_consequences_and_following_are_no_follow_line(outlet: str, title: str, body: list[str]) -> None:
    """"Folgen" (consequences) and "Following the vote" next to social media are the article's last
    line, not a "follow us" line: the follow words are the imperative's."""
    assert cleaner.clean(_echoed(title, outlet, *body), kind="text").text == "\n\n".join(body)


_NOTES = [
    # (outlet, title, body, the outlet's own note about itself and an offer, in the page's language)
    ("Corriere Adriatico", "Ancona, riapre il porto antico ai pedoni",
     ["Da lunedì il porto antico di Ancona torna percorribile a piedi dopo due anni di lavori.",
      "Il comune ha speso 3,2 milioni di euro per la nuova pavimentazione."],
     "Per la pubblicità sul nostro sito contattate l'ufficio commerciale."),
    ("Lausitzer Bote", "Cottbus verlängert die Straßenbahn bis Sandow",
     ["Die Straßenbahn in Cottbus fährt ab Herbst bis nach Sandow.",
      "Die Stadt rechnet mit 4.000 zusätzlichen Fahrgästen am Tag."],
     "Wir korrigieren sachliche Fehler in diesem Artikel umgehend und vermerken jede Korrektur."),
    ("Chubu Shimbun", "名古屋港に新しい客船ターミナルが完成",
     ["名古屋港の金城ふ頭に新しい客船ターミナルが完成し、十日に開業式が行われた。",
      "市は年間五十隻の寄港を見込んでいる。"],
     "この記事の動画版は私たちのYouTubeチャンネルでご覧いただけます。"),
    ("Ege Postası", "İzmir'de yeni vapur hattı hizmete girdi",
     ["Karşıyaka ile Konak arasındaki yeni vapur hattı pazartesi sabahı ilk seferini yaptı.",
      "Belediye, hattın günde 6 bin yolcu taşımasını bekliyor."],
     "Reklam vermek için sitemizin satış ekibiyle iletişime geçin."),
]


@pytest.mark.parametrize(("outlet", "title", "body", "note"), _NOTES)
def test_the_outlets_note_about_itself_and_an_offer_goes_at_the_end(outlet: str, title: str, body: list[str],
                                                                    note: str) -> None:
    """A line in the outlet's voice (this article, our site, the editors) that speaks of an offer
    (advertising, a channel, a correction, a subscription) ends a republished page: the outlet's
    furniture, in any language, whatever its wording; the same line ends a clean article untouched."""
    tags = "Time Stamp:"
    article = cleaner.clean(_echoed(title, outlet, *body, note, tags, f"More from {outlet}"), kind="text")
    assert (article.title, article.text) == (title, "\n\n".join(body))
    clean = cleaner.clean("\n\n".join([title, *body, note]), kind="text")
    assert clean.text == "\n\n".join([*body, note])


def test_a_related_stories_heading_over_its_list_goes_with_it() -> None:
    """The related stories' headlines, one block of lines under a short heading no prior knows, end
    the article above the network's trailer: the list and its heading go."""
    title = "Óbidos abre a muralha ao público depois das obras"
    body = ["A muralha de Óbidos volta a poder ser percorrida a partir de sábado, depois de oito meses de obras.",
            "A câmara municipal limitou a entrada a 200 pessoas de cada vez."]
    related = "Peniche: novo passadiço nas arribas\nFoz do Arelho recebe bandeira azul\nCaldas da Rainha e a loiça de Bordalo"
    dump = _echoed(title, "Jornal do Oeste", *body, "Histórias vizinhas", related,
                   "óbidos ※ muralha ※ zephyrnet ※ PlatoData ※ Plato Data Intelligence", "Carimbo de data/hora:")
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_the_network_slogan_under_the_outlets_pitch_goes() -> None:
    """The network's "SEO ... PR" entry, worded anew, right under the outlet's app pitch and over
    the network's link list: taken out with both."""
    title = "Bergen får ny bybane til Fyllingsdalen"
    body = ["Bybanen i Bergen kjører fra mandag helt til Fyllingsdalen.",
            "Strekningen er 9,8 kilometer lang og har ti nye stopp."]
    dump = "\n\n".join([f"{title} - Vestlandsposten", *body,
                        "Last ned appen vår og få nyhetene fra Vestlandet hver morgen.",
                        "SEO-innhold og pressemeldinger som spres vidt. Bli lagt merke til fra i morgen av.",
                        "PlatoData.Nettverk Vertikal generativ AI. Styrk deg selv. Tilgang her.",
                        "PlatoAiStream. Web3-innsikt. Kunnskap forsterket. Tilgang her.",
                        "Kilde: Plato Data Intelligence."])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


@pytest.mark.parametrize(("appeal", "outlet"), [
    ("«Вільне Радіо» існує завдяки підтримці читачів. Підтримайте нас щомісячним внеском.", "Вільне Радіо"),
    ("Baltic Forest Times relies on readers like you. Support our reporting with a monthly gift.",
     "Baltic Forest Times"),
])
def test_an_appeal_for_support_names_the_outlet_no_title_named(appeal: str, outlet: str, tmp_path: Path) -> None:
    """A republished record whose title names no outlet ends in the outlet's appeal for support,
    which opens with its name: that is the source, alone or when the run learned the appeal as
    the site's recurring line."""
    stories = [("Most w Kolbudach otwarty", ["Nowy most w Kolbudach otwarto dla ruchu w poniedziałek.",
                                            "Budowa trwała dwa lata i kosztowała 40 mln zł."]),
               ("Tramwaj na Morenę rusza", ["Pierwszy tramwaj na Morenę wyjechał w sobotę rano.",
                                           "Linia ma sześć przystanków i kursuje co dziesięć minut."]),
               ("Plaża w Brzeźnie z nowym molo", ["Molo w Brzeźnie przedłużono o sto metrów.",
                                                 "Miasto planuje też nowe przebieralnie i prysznice."])]
    spam = "PlatoAiStream. Web3-intelligens. Tilgang her."
    rows = [{"id": f"r{k}", "url": f"https://platodata.ai/pl/story-{k}/", "title": title,
             "text": "\n\n".join([*body, appeal, spam])} for k, (title, body) in enumerate(stories)]
    article = cleaner.clean(rows[0]["text"], kind="text", title=rows[0]["title"], url=rows[0]["url"])
    assert article.source == outlet and appeal not in article.text
    dump = tmp_path / "run.jsonl"
    dump.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    records = []
    cleaner.run([str(dump)], cleaner.Options(), write=records.append, reject=lambda r: None)
    assert [r.source for r in records] == [outlet] * 3


def test_a_headline_list_over_the_next_blocks_heading_goes() -> None:
    """Other stories' headlines under a short heading, then the heading of the author's bio: the
    list is taken although the line below it is no headline."""
    title = "Lübeck saniert die Puppenbrücke bis zum Herbst"
    body = ["Die Stadt Lübeck lässt die Puppenbrücke über den Stadtgraben ab Montag sanieren.",
            "Die Arbeiten kosten rund 2,4 Millionen Euro und sollen im Oktober enden.",
            "Fußgänger werden in dieser Zeit über eine Behelfsbrücke geleitet."]
    related = ["Travemünde bekommt einen neuen Fähranleger am Priwall",
               "Warum in Schleswig so viele Störche brüten wie nie",
               "Kieler Woche plant mehr Konzerte auf der Hörn"]
    bio = "Jana Riedel ist Redakteurin im Lokalressort und schreibt über Stadtentwicklung und Verkehr."
    dump = _echoed(title, "Ostsee Bote", *body, "Weitere Geschichten", *related, "Über die Autorin", bio,
                   "Zeitstempel:", "Mehr von Ostsee Bote")
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_an_appeal_opening_in_title_case_words_names_no_outlet() -> None:
    """"Your Support Matters": an appeal's own words written in title case are no outlet's name."""
    body = ["Die Fähre nach Hiddensee fährt ab Mai wieder stündlich.", "Die Reederei setzt dafür ein drittes Schiff ein."]
    text = "\n\n".join([*body, "Your Support Matters. Readers like you fund our journalism: donate today.",
                        "PlatoAiStream. Web3-intelligens. Tilgang her."])
    article = cleaner.clean(text, kind="text", title="Hiddensee-Fähre fährt stündlich",
                            url="https://platodata.ai/de/hiddensee/")
    assert article.source is None and article.text == "\n\n".join(body)


LIST_BODY = ["The grid operator approved 14 new battery projects on Tuesday, adding 3.2 gigawatts of storage "
             "to the network before next summer.",
             "Developers had waited more than two years for the studies, which the operator blamed on a "
             "backlog of solar applications.",
             "Q: Which companies won the most capacity?",
             "A: Vistra, NextEra, Engie and Plus Power",
             "Ingredients of the deal: 200 MW of storage, 40 km of line, 3 new substations",
             "The first projects are due to connect in June."]


@pytest.mark.parametrize("tags", [
    "Filed Under: Energy Storage, Transmission & Distribution, Regulation & Policy",
    "Topics: Catalysis, Recycling, Hydrogen",
    "Themen: Glasfaser · Telekom · Breitband",
    "বিষয়গুলো অনুসরণ করুন: পুরান ঢাকা · হস্তশিল্প · কারিগর",
])
def test_a_label_over_a_list_of_terms_goes_an_answer_or_amounts_do_not(tags: str) -> None:
    """A label over three or more short terms is a tag, topic or channel list in any language; an
    interview's answer ("A: ...") and a list of amounts are the article's."""
    dump = "\n\n".join(["Texas approves 14 grid batteries", *LIST_BODY, tags])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(LIST_BODY)


def test_a_bengali_sentence_above_a_taken_list_is_no_heading() -> None:
    """A short last line above a tag list is that list's heading only when it is no sentence: Bengali
    ends its sentences with the danda."""
    body = ["পুরান ঢাকার শাঁখারীবাজারে শঙ্খশিল্পীদের জন্য নতুন কর্মশালা তৈরির প্রস্তাব দিয়েছে সিটি করপোরেশন।",
            "কারিগররা বলছেন, জায়গার অভাবে অনেকে পেশা ছেড়ে দিচ্ছেন।",
            "প্রস্তাবটি এখনো অনুমোদন পায়নি।"]
    dump = "\n\n".join(["শাঁখারীবাজারে নতুন কর্মশালার প্রস্তাব", *body, "বিষয়গুলো অনুসরণ করুন: পুরান ঢাকা · হস্তশিল্প · কারিগর"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


@pytest.mark.parametrize("link", [
    "Mehr zum Thema: BSAG dünnt den Takt der Linie 6 zum Flughafen aus",
    "Watch: How Norwich's park and ride network began in 1993 - video from our archive",
])
def test_a_label_and_headline_right_above_the_trailing_block_goes_whatever_the_label(link: str) -> None:
    """Above a trailing block the walk took, a "Label: headline" line is another story's link, even
    under a label no phrase prior knows; a correction, a sentence, stays."""
    body = ["Die Bremer Straßenbahn AG bekommt ihre neuen Bahnen erst im Herbst, ein halbes Jahr später als "
            "geplant, teilte das Unternehmen am Mittwoch mit.",
            "Grund seien Lieferprobleme bei den Drehgestellen, sagte ein Sprecher.",
            "Correction: An earlier version of this article gave the wrong delivery date."]
    tail = [link, "Sie wollen keine Nachricht aus Bremen verpassen? Dann abonnieren Sie unseren kostenlosen "
            "Newsletter.", "Zur Startseite"]
    paragraphs = "".join(f"<p>{p}</p>" for p in [*body, *tail])
    page = (f"<html><head><title>BSAG: Neue Bahnen kommen später</title></head><body><article>"
            f"<h1>BSAG: Neue Bahnen kommen später</h1>{paragraphs}</article></body></html>")
    assert cleaner.clean(page, kind="html").text == "\n\n".join(body)


@pytest.mark.parametrize(("tail", "host"), [("kicker", "www.kicker.de"), ("The Grocer", "www.thegrocer.co.uk")])
def test_a_title_tail_that_is_the_credited_sites_name_is_the_outlet(tail: str, host: str) -> None:
    """One title "Title - kicker", lower case, no echo: the page's source line credits kicker.de."""
    body = ["Holstein Kiel hat den Vertrag mit Kapitän Jonas Becker vorzeitig bis 2028 verlängert. Das teilte der "
            "Verein am Mittwoch mit.",
            "Der 29 Jahre alte Innenverteidiger hat seitdem 171 Pflichtspiele für die Störche bestritten.",
            "Am Samstag empfängt Kiel den 1. FC Magdeburg."]
    text = "\n\n".join([*body, "PlatoAiStream. Web3-Intelligenz. Wissen verstärkt. Hier zugreifen.",
                        f"Quelle: https://{host}/holstein-kiel-verlaengert-mit-becker/artikel"])
    article = cleaner.clean(text, kind="text", url="https://platodata.network/de/holstein-kiel-becker/",
                            title=f"Holstein Kiel verlängert mit Kapitän Becker bis 2028 - {tail}")
    assert (article.title, article.source) == ("Holstein Kiel verlängert mit Kapitän Becker bis 2028", tail)
    assert article.text == "\n\n".join(body)


def test_mojibake_holding_a_soft_hyphen_is_repaired_before_soft_hyphens_go() -> None:
    """UTF-8 read as Windows-1252 writes "í" as "Ã" and a soft hyphen: the repair needs both bytes."""
    from cleaner.decode import repair

    clean = "Chính phủ vừa ban hành nghị quyết cho phép thí điểm sàn giao dịch tài sản số."
    broken = clean.encode("utf-8").decode("cp1252", errors="replace")
    assert "\u00ad" in broken
    fixed, steps = repair(broken)
    assert fixed == clean
    assert repair("Donau\u00addampf\u00adschiff")[0] == "Donaudampfschiff"  # a real soft hyphen still goes


@pytest.mark.parametrize(("dateline", "outlet", "lang"), [
    ("عمان- الغد", "الغد", "ar"),
    ("Kraków – Gazeta Krakowska", "Gazeta Krakowska", "pl"),
])
def test_a_papers_own_dateline_above_the_lede_stays_while_its_more_from_line_goes(
        dateline: str, outlet: str, lang: str) -> None:
    """"<place> - <outlet>" opens a paper's own story: the dateline is the article's, even on a
    republished copy whose footer names the same outlet."""
    body = {"ar": ["افتتحت أمانة عمّان الكبرى أمس ثلاث حدائق عامة جديدة في المناطق الشرقية من العاصمة.",
                   "وقال مدير الحدائق إن المشروع كلف أكثر من مليون دينار وسيخدم نحو مئة ألف نسمة.",
                   "وتخطط الأمانة لافتتاح حديقتين إضافيتين قبل نهاية العام الحالي."],
            "pl": ["Miasto ogłosiło w poniedziałek przetarg na przebudowę ulicy Grzegórzeckiej wraz z torowiskiem.",
                   "Prace mają potrwać dwa lata i kosztować ponad 180 milionów złotych.",
                   "Mieszkańcy mogą zgłaszać uwagi do projektu do końca miesiąca."]}[lang]
    title = {"ar": "أمانة عمّان تفتتح ثلاث حدائق جديدة", "pl": "Przetarg na przebudowę Grzegórzeckiej"}[lang]
    more = {"ar": f"المزيد من {outlet}", "pl": f"Więcej od {outlet}"}[lang]
    dump = "\n\n".join([f"{title} - {outlet}", f"{title} - {outlet} PlatoBlockchain Data Intelligence. Vertical "
                        "Search. Ai.", dateline, *body, "Time Stamp:", more])
    article = cleaner.clean(dump, kind="text")
    assert article.text.split("\n\n") == [dateline, *body]
    assert article.title == title and article.source == outlet


@pytest.mark.parametrize(("url", "tail", "named"), [
    ("https://ekonomi.bisnis.com/read/20250515/penjualan-semen", "Bisnis.com", True),
    ("https://www.golem.de/news/glasfaser-2505-1.html", "Golem.de", True),
    ("https://example.org/2025/05/semen", "Bisnis.com", True),  # a name written as a domain is a site's
    ("https://example.org/2025/05/semen", "Ekonomi", False),
])
def test_a_title_tail_naming_the_records_own_site_is_its_source(tmp_path: Path, url: str, tail: str,
                                                                named: bool) -> None:
    title = "Penjualan Semen Nasional Naik 6,2 Persen pada April"
    text = ("Penjualan semen di pasar domestik pada April 2025 mencapai 5,1 juta ton, naik 6,2 persen "
            "dibandingkan periode yang sama tahun lalu.\n\nKetua asosiasi produsen semen menyebutkan "
            "permintaan dari Kalimantan dan Sulawesi tumbuh paling cepat.")
    path = tmp_path / "dump.jsonl"
    path.write_text(json.dumps({"id": "r1", "url": url, "title": f"{title} | {tail}", "text": text, "lang": "id"}))
    written: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=written.append, reject=print)
    [article] = written
    assert (article.title, article.source) == ((title, tail) if named else (f"{title} | {tail}", None))
    assert article.text == text


_TRAM_STORIES = [
    ("Ruszyła budowa tramwaju na Nowej Warszawskiej", 48, [
        "W poniedziałek wykonawca przejął plac budowy i rozpoczął pierwsze prace przy nowej linii tramwajowej.",
        "Trasa liczy 3,4 km, powstanie na niej sześć przystanków, a jej koszt szacowany jest na 212 mln zł.",
        "Wycinka obejmie 312 drzew, głównie samosiejek, a miasto posadzi w ich miejsce ponad 900 nowych."]),
    ("Autobusy pojadą objazdem przez Chełm", 112, [
        "Od soboty autobusy linii 115 i 175 pojadą objazdem przez ulicę Cieszyńskiego.",
        "Zarząd Transportu Miejskiego zapowiada, że objazd potrwa co najmniej do końca czerwca.",
        "Pasażerowie powinni liczyć się z wydłużeniem czasu przejazdu o kilka minut w godzinach szczytu."]),
    ("Bruk z Nowej Warszawskiej trafi do parku", 7, [
        "Kostka zdjęta z dawnej drogi technicznej zostanie wykorzystana do budowy alejek w parku na Oruni.",
        "Urzędnicy szacują, że pozwoli to zaoszczędzić około 400 tys. zł na zakupie nowego materiału.",
        "Pierwsze alejki mają powstać jeszcze przed wakacjami, pozostałe jesienią."]),
]


def test_labels_a_sites_markup_sets_apart_are_learned_for_its_copies_in_text(tmp_path: Path) -> None:
    """An outlet's pages set a comment counter apart in their markup ("Opinie (48)" in a comments
    link) with another number on each page; the network's text copy of one page carries it as a
    line of its own. The run learns it from the markup, whatever the number."""
    for n, (title, comments, body) in enumerate(_TRAM_STORIES):
        paragraphs = "".join(f"<p>{p}</p>" for p in body)
        (tmp_path / f"p{n}.html").write_text(
            f"<!doctype html><html lang='pl'><head><meta charset='utf-8'><title>{title} | Trójmiasto.pl</title>"
            f"<meta property='og:site_name' content='Trójmiasto.pl'></head><body><article><h1>{title}</h1>"
            f"<div class='article-body'><a class='comments-count' href='#komentarze'>Opinie ({comments})</a>"
            f"{paragraphs}</div></article></body></html>")
    title, comments, body = _TRAM_STORIES[0]
    (tmp_path / "copy.txt").write_text("\n\n".join([
        f"{title} - Trójmiasto.pl", f"{title} - Trójmiasto.pl PlatoBlockchain Data Intelligence. Vertical Search. Ai.",
        f"Opinie ({comments})", *body, "Time Stamp:", "Więcej od Trójmiasto.pl"]))
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path / "copy.txt"), str(tmp_path)], cleaner.Options(keep_duplicates=True),
                write=articles.append, reject=print)
    copy = next(a for a in articles if a.origin.path.endswith("copy.txt"))
    assert copy.text.split("\n\n") == body


def test_a_standing_line_whose_number_changes_length_is_still_one_line(tmp_path: Path) -> None:
    """"この記事は会員限定です。残り812文字" on one page, "残り1046文字" on the next: a number folds
    whole, so the member wall is the site's standing line on its pages."""
    stories = [("仙台の音楽ホール、基本設計まとまる", 812, ["仙台市は音楽ホールの基本設計をまとめ、客席数を約二千席とすると発表した。",
                                                "建設費は約三百億円と見込まれ、二〇三一年度の開館を目指す。",
                                                "市の担当者は、設計の詳細を秋までに詰める考えを示した。"]),
               ("音楽ホール、市民説明会に三百人", 1046, ["仙台市が開いた音楽ホールの市民説明会には約三百人が参加した。",
                                              "参加者からは駐車場の不足を心配する声が相次いだ。",
                                              "市は説明会の意見を基本計画に反映させるとしている。"]),
               ("震災の語り部、観光客に体験伝える", 598, ["石巻市で震災の語り部が観光客に当時の体験を伝える催しが開かれた。",
                                                "参加した大学生は、記憶をつなぐことの大切さを学んだと話した。",
                                                "催しは来月も市内の伝承館で開かれる予定だ。"])]
    for n, (title, rest, body) in enumerate(stories):
        html = "".join(f"<p>{p}</p>" for p in body[:1]) + f"<p>この記事は会員限定です。残り{rest}文字</p>" + \
            "".join(f"<p>{p}</p>" for p in body[1:])
        (tmp_path / f"p{n}.html").write_text(
            f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>{title}｜河北新報オンライン</title>"
            f"<meta property='og:site_name' content='河北新報'></head><body><article><h1>{title}</h1>"
            f"<div class='article-body'>{html}</div></article></body></html>")
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=print)
    assert len(articles) == 3
    for article, (_, _, body) in zip(sorted(articles, key=lambda a: a.origin.path), stories, strict=True):
        assert article.text.split("\n\n") == body



@pytest.mark.parametrize("url", ["https://ekonomi.bisnis.com/read/20250515/semen", None])
def test_a_record_fetched_from_an_address_is_read_as_a_page_with_its_chrome(tmp_path: Path, url: str | None) -> None:
    """A scraper's text of a page carries the site's chrome ("Baca Juga : <headline>") as an HTML
    page does; a text without an address is judged on structure alone."""
    body = ["Penjualan semen di pasar domestik pada April 2025 mencapai 5,1 juta ton, naik 6,2 persen "
            "dibandingkan periode yang sama tahun lalu.",
            "Ketua asosiasi produsen semen menyebutkan permintaan dari Kalimantan dan Sulawesi tumbuh paling cepat.",
            "Sebaliknya, penjualan semen kantong untuk pembangunan rumah perorangan masih lesu.",
            "Pelaku industri berharap program tiga juta rumah mulai berjalan pada semester kedua."]
    chrome = ["Baca Juga : Harga Baja Ringan Diperkirakan Stabil hingga Akhir Tahun",
              "Baca Juga : Ekspor Klinker ke Bangladesh Melonjak"]
    text = "\n\n".join([*body[:2], chrome[0], *body[2:], chrome[1]])
    record = {"id": "r1", "title": "Penjualan Semen Nasional Naik 6,2 Persen pada April", "text": text, "lang": "id"}
    if url:
        record["url"] = url
    (tmp_path / "dump.jsonl").write_text(json.dumps(record))
    written: list[cleaner.Article] = []
    cleaner.run([str(tmp_path / "dump.jsonl")], cleaner.Options(), write=written.append, reject=print)
    [article] = written
    assert article.text == ("\n\n".join(body) if url else text)


@pytest.mark.parametrize(("lang", "title", "paragraphs", "link"), [
    ("ru", "Волгоградский завод построит шесть речных паромов",
     ["Волгоградский судостроительный завод подписал контракт на строительство шести речных паромов.",
      "Паромы рассчитаны на 120 пассажиров и 18 легковых автомобилей, первые два судна сдадут в 2026 году.",
      "Сейчас переправы в регионе обслуживают суда, построенные в 1970-х годах."],
     "Читайте также В Астрахани закрыли понтонный мост из-за паводка"),
    ("tr", "İzmir'de yeni vapur tarifesi başlıyor",
     ["İzmir Büyükşehir Belediyesi'ne bağlı İZDENİZ, Karşıyaka-Konak hattında yaz tarifesine geçiyor.",
      "Yeni tarifede günlük sefer sayısı 64'ten 88'e çıkıyor, hafta sonu son sefer saat 00.30'a uzuyor.",
      "İki yeni katamaran da haziranın ilk hafta sonu hizmete girecek."],
     "İlgili Haberler Ankara'da metro seferleri bayramda ücretsiz olacak"),
    ("th", "รฟม. เร่งงานโยธารถไฟฟ้าสายสีม่วงใต้",
     ["การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทยเปิดเผยว่างานโยธาของรถไฟฟ้าสายสีม่วงใต้คืบหน้าไปแล้วร้อยละหกสิบ",
      "โครงการมีระยะทางรวมยี่สิบสามกิโลเมตร เป็นทางยกระดับและใต้ดินผ่านย่านเมืองเก่า",
      "ผู้ว่าการระบุว่าช่วงที่ท้าทายที่สุดคือการขุดอุโมงค์ใต้แม่น้ำเจ้าพระยา"],
     "อ่านข่าวที่เกี่ยวข้อง กทม. ปรับเส้นทางรถเมล์ย่านพาหุรัด ระหว่างก่อสร้างสถานีใต้ดิน"),
])
def test_a_related_link_whose_colon_was_lost_goes_between_paragraphs(lang: str, title: str, paragraphs: list[str],
                                                                       link: str) -> None:
    """"Читайте также" and the linked headline, run together once the link's markup is gone: the
    label opens the line and the rest tells another story."""
    assert _cleaned_body(title, [*paragraphs[:2], link, paragraphs[2]], lang) == paragraphs


def test_a_sentence_that_opens_like_a_related_link_stays() -> None:
    paragraphs = ["Волгоградский судостроительный завод подписал контракт на строительство шести речных паромов.",
                  "Читайте также интервью с директором завода о сроках постройки в завтрашнем номере газеты.",
                  "Паромы рассчитаны на 120 пассажиров и 18 легковых автомобилей."]
    assert _cleaned_body("Паромы для Волги", paragraphs, "ru") == paragraphs


@pytest.mark.parametrize(("lang", "wall", "body"), [
    ("pt", "Conteúdo exclusivo para assinantes",
     ["A colheita de milho no Paraná deve superar 18 milhões de toneladas, segundo o departamento de economia rural.",
      "Os armazéns da região oeste já operam perto do limite e as cooperativas alugam silos-bolsa.",
      "O frete até o porto de Paranaguá subiu 12% em maio."]),
    ("de", "Exklusiv für Abonnenten",
     ["Immer mehr Unternehmen holen Anwendungen aus der Cloud zurück in eigene Rechenzentren.",
      "Als Grund nennen die Befragten vor allem steigende Kosten und Vorgaben zur Datenhaltung.",
      "Die Anbieter reagieren mit neuen Rabatten für langfristige Verträge."]),
    ("cs", "Článek je dostupný pouze pro předplatitele Premium. Zbývá vám 70 % článku.",
     ["Brněnské výstaviště chce do tří let přestavět pavilon Z na multifunkční halu pro basketbal a koncerty.",
      "Hala by měla pojmout až devět tisíc diváků a náklady dosahují 1,4 miliardy korun.",
      "Památkáři upozorňují, že ocelová kupole je kulturní památkou."]),
])
def test_a_subscriber_wall_goes_in_any_language(lang: str, wall: str, body: list[str]) -> None:
    """A subscriber wall is a subscription and its readers ("para assinantes", "für Abonnenten"),
    as a label or said to the reader or of the article itself, in whatever words."""
    title = {"pt": "Armazéns de milho no limite", "de": "Firmen holen Software aus der Cloud zurück",
             "cs": "Pavilon Z čeká přestavba"}[lang]
    dump = "\n\n".join([f"{title} - Kurier", f"{title} - Kurier PlatoBlockchain Data Intelligence. Vertical Search. Ai.",
                        wall, *body, "Time Stamp:", "More from Kurier"])
    assert cleaner.clean(dump, kind="text").text.split("\n\n") == body


def test_news_of_subscribers_is_no_subscriber_wall() -> None:
    body = ["Der Streamingdienst hat im ersten Quartal 6,2 Millionen zahlende Abonnenten gewonnen.",
            "Abonnenten: 6,2 Millionen",
            "Für das Gesamtjahr rechnet das Unternehmen mit weiteren Anmeldungen in Asien."]
    title = "Streamingdienst gewinnt Abonnenten"
    dump = "\n\n".join([f"{title} - Kurier", f"{title} - Kurier PlatoBlockchain Data Intelligence. Vertical Search.",
                        *body, "Time Stamp:", "More from Kurier"])
    assert cleaner.clean(dump, kind="text").text.split("\n\n") == body


@pytest.mark.parametrize(("lang", "prompt"), [
    ("uk", "Помітили помилку? Виділіть її та натисніть Ctrl+Enter"),
    ("kk", "Қате таптыңыз ба? Оны белгілеп, Ctrl+Enter басыңыз"),
    ("de", "Fehler gefunden? Markieren Sie ihn und drücken Sie Strg + Enter."),
])
def test_a_typo_report_prompt_goes_by_the_keys_it_names(lang: str, prompt: str) -> None:
    body = ["Міська рада затвердила програму ремонту мостів на 2025 рік, на неї виділять 120 мільйонів гривень.",
            "Першим відремонтують пішохідний міст через річку Тетерів, роботи почнуться у червні.",
            "Депутати також доручили підготувати проєкт нового мосту на околиці міста."]
    assert _cleaned_body("Місто відремонтує мости", [*body, prompt], "uk") == body


def test_an_article_about_keyboard_shortcuts_keeps_them() -> None:
    body = ["Ctrl+Enter sends a message in most chat apps, and Shift+Enter starts a new line instead.",
            "In the new version, users can change the shortcut in the settings menu.",
            "Press Ctrl+Enter to send, or change it to Enter alone."]
    assert _cleaned_body("Chat app lets users pick their send key", body, "en") == body


@pytest.mark.parametrize(("tail", "more"), [("iDNES.cz", "Více od iDNES"), ("eKathimerini.com", "More from eKathimerini")])
def test_identical_echoes_ending_in_a_domain_shaped_name_give_title_and_source(tail: str, more: str) -> None:
    """A site that writes its name as its domain, or lower case first ("iDNES.cz"), is named by the
    footer in its name alone: the identical echoes still split."""
    title = "Wachimbaji wa Bitcoin Wanahamia Kwenye Kompyuta za AI"
    echo = f"{title} - {tail}"
    dump = "\n\n".join([echo, echo, *BODY, "Muhuri wa Muda:", more])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source) == (title, tail)
    assert article.text == "\n\n".join(BODY)


@pytest.mark.parametrize(("lang", "label"), [("uk", "Реклама"), ("zh", "廣告"), ("el", "ΔΙΑΦΗΜΙΣΗ"),
                                             ("en", "Advertisement 2"), ("hi", "विज्ञापन"), ("de", "Anzeige")])
def test_an_ad_slots_label_goes_between_paragraphs(lang: str, label: str) -> None:
    """The word for an advertisement alone on a line is an ad slot whose ad is gone, in any language."""
    body = ["Міська рада затвердила програму ремонту мостів на 2025 рік, на неї виділять 120 мільйонів гривень.",
            "Першим відремонтують пішохідний міст через річку Тетерів, роботи почнуться у червні.",
            "Депутати також доручили підготувати проєкт нового мосту на околиці міста."]
    assert _cleaned_body("Місто відремонтує мости", [body[0], label, *body[1:]], lang) == body


def test_an_article_about_advertising_keeps_its_one_word_heading() -> None:
    body = ["Рекламний ринок України у 2024 році виріс на 23 відсотки, підрахувала Всеукраїнська рекламна коаліція.",
            "Найбільше зросла реклама в інтернеті, тоді як телевізійна реклама майже не змінилася.",
            "Реклама",
            "Зовнішня реклама відновилася у Києві та Львові, але в прифронтових містах її майже немає."]
    assert _cleaned_body("Рекламний ринок виріс на чверть", body, "uk") == body


@pytest.mark.parametrize(("tail", "closing"), [
    ("Egemen.kz", "Түркістан облысындағы қазба жұмыстары күзге дейін жалғасады."),
    ("Abante", "I-follow ang Abante sa Facebook at TikTok para sa pinakabagong balita!"),
    ("Политика", "Пратите Политику на Телеграму"),
])
def test_a_lone_title_ending_in_its_sites_name_gives_title_source_and_chrome(tail: str, closing: str) -> None:
    """A text a crawler took from a page keeps the page's title, "Title | Site": the site is named
    as a domain, or by the body's closing lines; the title splits, and the text is read as a page."""
    title = "Bagong barko, bibiyahe na sa rutang Batangas–Calapan ngayong Hunyo"
    body = ["Isang bagong barko ang bibiyahe sa rutang Batangas–Calapan simula sa Hunyo, ayon sa kumpanya.",
            "Kaya nitong magsakay ng 800 pasahero at 60 sasakyan, at aabot sa dalawang oras ang biyahe.",
            "Sinabi ng Philippine Ports Authority na handa na ang pantalan sa Calapan para sa mas malaking barko."]
    dump = "\n\n".join([f"{title} | {tail}", body[0], "Basahin din: Presyo ng pamasahe sa fast craft, tataas",
                        *body[1:], closing])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source) == (title, tail)
    assert article.text.split("\n\n")[:3] == body


def test_a_lone_title_with_a_dash_and_no_site_named_stays_whole() -> None:
    title = "Wachimbaji wa Bitcoin - na Kwa Nini Wanahama"
    article = cleaner.clean("\n\n".join([title, *BODY, "Wanahama kwa sababu ya gharama za umeme."]), kind="text")
    assert (article.title, article.source) == (title, None)


@pytest.mark.parametrize("widget", ["Poslušajte članak", "Vypočuť článok · 3:48", "기사 듣기", "האזנה לכתבה"])
def test_a_listen_widget_above_the_lede_goes(widget: str) -> None:
    body = ["Grad Osijek potpisao je ugovor za izgradnju pješačko-biciklističkog mosta preko Drave.",
            "Most će biti dugačak 240 metara i širok šest metara, a radovi bi trebali završiti 2027. godine.",
            "Vrijednost radova procijenjena je na 11,8 milijuna eura."]
    assert _cleaned_body("Osijek dobiva novi most preko Drave", [widget, *body], "hr") == body


def test_a_title_tail_whose_first_word_opens_the_records_host_is_its_source(tmp_path: Path) -> None:
    title = "Osijek dobiva novi pješački i biciklistički most preko Drave"
    text = ("Grad Osijek potpisao je ugovor za izgradnju pješačko-biciklističkog mosta preko Drave.\n\n"
            "Most će biti dugačak 240 metara i širok šest metara.")
    rows = [{"url": "https://www.vecernji.hr/vijesti/osijek-most-1811204", "title": f"{title} - Večernji list",
             "maintext": text},
            {"url": "https://www.example.hr/vijesti/osijek-most", "title": f"{title} - Večernji list", "maintext": text}]
    (tmp_path / "dump.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    written: list[cleaner.Article] = []
    cleaner.run([str(tmp_path / "dump.jsonl")], cleaner.Options(keep_duplicates=True), write=written.append,
                reject=print)
    assert [(a.title, a.source) for a in written] == [(title, "Večernji list"), (f"{title} - Večernji list", None)]


@pytest.mark.parametrize("stamp", ["입력 2025-05-12 18:20 수정 2025-05-12 21:05", "Dikemas kini: 15 Mei 2025, 4:12 petang",
                                   "புதுப்பிக்கப்பட்டது: 14 மே 2025 6:40 PM", "Publicado em 10/06/2025 às 14h32"])
def test_a_posted_or_updated_line_above_the_lede_goes(stamp: str) -> None:
    body = ["Keretapi Tanah Melayu menambah dua perjalanan ETS ke Padang Besar mulai bulan depan.",
            "Perjalanan tambahan itu bertolak dari KL Sentral pada waktu pagi dan petang setiap hari.",
            "Tiket boleh dibeli melalui aplikasi mulai minggu ini."]
    assert _cleaned_body("ETS tambah perjalanan ke Padang Besar", [stamp, *body], "ms") == body


def test_a_timetable_opening_an_article_keeps_its_rows() -> None:
    body = ["Split 07:30 - Supetar 08:20", "Split 09:45 - Supetar 10:35", "Split 12:00 - Supetar 12:50",
            "Jadrolinija je objavila ljetni red plovidbe za liniju Split - Supetar, koji vrijedi od 1. lipnja.",
            "U srpnju i kolovozu trajekt će ploviti svakih sat vremena."]
    assert _cleaned_body("Ljetni red plovidbe Split - Supetar", body, "hr") == body


def test_a_sentence_whose_consonants_spell_the_brand_stays_on_a_page_the_network_never_touched() -> None:
    body = ["திருவாரூர் மாவட்டம் கொரடாச்சேரி அருகே உள்ள கிராம நூலகத்துக்கு ஓய்வுபெற்ற ஆசிரியர் ஒருவர் புத்தகங்களை வழங்கினார்.",
            "72 வயதான ராமசாமி கடந்த நாற்பது ஆண்டுகளாக புத்தகங்களை சேகரித்து வந்தார். "
            "அவற்றில் பழைய தமிழ் இலக்கண நூல்களும், அரிய இதழ்களும் உள்ளன.",
            "நூலகம் காலை 7 மணிக்கு திறக்கும்."]
    article = cleaner.clean("\n\n".join(["கிராம நூலகத்துக்கு 5 ஆயிரம் புத்தகங்கள்", *body]), kind="text")
    assert article.text.split("\n\n") == body


@pytest.mark.parametrize("counter", ["Коментари (23)", "Komentari (16)", "댓글 12", "Yorumlar (5)"])
def test_a_comment_counter_goes(counter: str) -> None:
    body = ["Пловдив затваря Главната улица за ремонт на настилката от 1 юли до края на август.",
            "Общината ще подмени каменните плочи по цялата дължина на улицата, от площад Централен до Джумаята.",
            "Търговците искат ремонтът да се прави нощем, за да не губят клиенти през туристическия сезон."]
    assert _cleaned_body("Пловдив затваря Главната за ремонт", [body[0], counter, *body[1:]], "bg") == body


def test_a_typo_report_prompt_goes_wherever_it_stands() -> None:
    body = ["Գյումրիում սկսվել են 19-րդ դարի առևտրական տան վերականգնման աշխատանքները։",
            "Շենքը կառուցվել է 1870-ականներին և երկար տարիներ դատարկ է մնացել։",
            "Վերականգնումից հետո այստեղ կգործի քաղաքի պատմության թանգարանը։"]
    blocks = [*body[:2], "Սխա՞լ եք նկատել։ Նշեք այն և սեղմեք Ctrl+Enter։", body[2]]
    assert _cleaned_body("Գյումրիում վերականգնում են առևտրական տունը", blocks, "hy") == body


_SOFIA = ["Пловдив затваря Главната улица за ремонт на настилката от 1 юли до края на август.",
          "Общината ще подмени каменните плочи по цялата дължина на улицата.",
          "Търговците искат ремонтът да се прави нощем, за да не губят клиенти."]


def test_a_comment_rule_naming_the_editors_ends_no_article() -> None:
    rule = "Коментарите са на отговорност на авторите им. Редакцията изтрива обиди и спам."
    assert _cleaned_body("Пловдив затваря Главната за ремонт", [*_SOFIA, rule], "bg") == _SOFIA


def test_an_article_about_closing_comments_keeps_its_last_line() -> None:
    body = ["Софийски вестник обяви, че от понеделник спира възможността за коментари под статиите си.",
            "Според изданието през последната година броят на обидните мнения се е утроил.",
            "Главният редактор на вестника заяви, че коментарите ще бъдат заменени с писма до редакцията."]
    assert _cleaned_body("Вестник закрива коментарите", body, "bg") == body


def test_the_walk_looks_past_a_closing_note_no_family_knows() -> None:
    """A reproduction notice in words no family has ends the page; the follow line above it goes,
    the notice stays."""
    notice = "Hetq.am-ի նյութերի ամբողջական կամ մասնակի վերարտադրումն առանց գրավոր թույլտվության արգելվում է։"
    body = ["Գյումրիում սկսվել են 19-րդ դարի առևտրական տան վերականգնման աշխատանքները։",
            "Շենքը կառուցվել է 1870-ականներին և երկար տարիներ դատարկ է մնացել։",
            "Վերականգնումից հետո այստեղ կգործի քաղաքի պատմության թանգարանը։"]
    kept = _cleaned_body("Գյումրիում վերականգնում են առևտրական տունը",
                         [*body, "Հետևեք «Հետքին» Telegram-ում", notice], "hy")
    assert kept == [*body, notice]


@pytest.mark.parametrize("stamp", ["Cyhoeddwyd: 14 Mai 2025", "Updated: May 14th, 2025",
                                   "Publicerad 12 maj 2025 kl 06.00 · Uppdaterad 12 maj 2025 kl 09.14"])
def test_a_labelled_date_above_the_lede_goes_and_a_dateline_stays(stamp: str) -> None:
    body = ["Mae gwaith wedi dechrau ar lôn feicio newydd rhwng Pwllheli a Chricieth, meddai'r cyngor.",
            "Bydd y llwybr yn 12 milltir o hyd ac yn costio tua £4 miliwn.",
            "Y gobaith yw y bydd y lôn ar agor erbyn haf 2026."]
    assert _cleaned_body("Lôn feicio newydd i Eifionydd", [stamp, *body], "cy") == body
    assert _cleaned_body("Lôn feicio newydd i Eifionydd", ["PWLLHELI, 14 Mai 2025", *body], "cy") == \
        ["PWLLHELI, 14 Mai 2025", *body]


def test_a_lower_case_domain_tail_is_the_site() -> None:
    title = "Odense Letbane får ny station ved Tarup Center"
    body = ["Odense Letbane får en ny station ved Tarup Center, har byrådet besluttet.",
            "Stationen skal stå færdig i 2027 og koste omkring 40 millioner kroner."]
    article = cleaner.clean("\n\n".join([f"{title} | fyens.dk", *body]), kind="text")
    assert (article.title, article.source) == (title, "fyens.dk")


def test_a_title_tail_naming_the_poet_the_closing_paragraph_speaks_of_stays_on_the_title() -> None:
    """A poem column titled "[Poem of the day] Monsoon - <poet>", closed by two sentences about the
    poet: a person the article reports on, not a site naming itself (as "Follow <site> on X" or
    "You have read a free article. Subscribe to read all of <site>." would)."""
    title = "[오늘의 시] 장마 - 윤서진"
    body = ["빗소리가 지붕을 세는 밤", "어머니는 마루에 앉아 젖은 양말을 하나씩 개었다", "내일은 갤까",
            "윤서진 시인은 1987년 전남 순천에서 태어나 2015년 등단했다. 이 시는 지난달 나온 두 번째 시집 『마루의 계절』에 실렸다."]
    article = cleaner.clean("\n\n".join([title, *body]), kind="text")
    assert (article.title, article.source, article.text.split("\n\n")) == (title, None, body)
    wall = "Du har läst en gratis artikel. Bli prenumerant för att fortsätta läsa allt från GP."
    swedish = ["Spårvägen till Torslanda försenas med ett år, meddelar trafikkontoret.",
               "Nya markprover visar lös lera längs en sträcka på 800 meter."]
    article = cleaner.clean("\n\n".join(["Spårvägen till Torslanda försenas | GP", *swedish, wall]), kind="text")
    assert (article.title, article.source) == ("Spårvägen till Torslanda försenas", "GP")


@pytest.mark.parametrize("brand", ["פלטודאטה", "بلاتوداتا"])
def test_a_short_compound_of_the_brand_in_a_script_without_vowels_is_the_brand(brand: str) -> None:
    """"PlatoData" written in Hebrew or Arabic letters keeps five consonants, too few for the
    fuzzy comparison: as a whole word with the compound's consonants, it is still the brand."""
    assert load_rules().brand_like(f"גיקטיים {brand}") == brand


def test_the_outlet_named_with_a_case_ending_on_its_short_word_is_its_pitch() -> None:
    """"প্রথম আলোর" (of Prothom Alo): the short second word of the name carries the genitive."""
    from cleaner.titles.outlet import mentions

    forms = [{"প্রথম", "আলো"}]
    assert mentions("প্রথম আলোর খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন।", forms)
    assert not mentions("আলোর খবর পেতে চ্যানেল দেখুন।", forms)  # the short word alone names nothing


def test_the_outlets_initials_name_it_in_a_more_from_line() -> None:
    from cleaner.titles.outlet import initials

    assert initials("Portal do Bitcoin") == "pdb"
    assert initials("Sydsvenska Dagbladet Snällposten") == "sds"
    assert initials("The Guardian") is None and initials("小报 新闻 日报") is None
    title = "Polícia Federal desmonta pirâmide que prometia 8% ao mês"
    body = ["A Polícia Federal cumpriu nesta quinta-feira 14 mandados de busca contra um grupo suspeito.",
            "Segundo a investigação, a empresa prometia rendimento fixo de 8% ao mês.",
            "A defesa dos sócios não foi localizada até a publicação desta reportagem."]
    echo = f"{title} - Portal do Bitcoin"
    dump = "\n\n".join([echo, echo, "bitcoin, golpe, xlera8, plato, PlatoData, zephyrnet, ai", "Marca temporal:",
                        "Mais de PdB", *body])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source, article.text.split("\n\n")) == (title, "Portal do Bitcoin", body)


def test_a_caption_that_shows_the_storys_subject_keeps_its_bracketed_credit() -> None:
    page = ("<!doctype html><html lang='zh-TW'><head><meta charset='utf-8'><title>醫院遭勒索軟體攻擊</title></head><body>"
            "<article><h1>醫院遭勒索軟體攻擊</h1><p>中部一家區域醫院上週遭到勒索軟體攻擊，部分門診系統停擺兩天。</p>"
            "<figure><img src='a.jpg'><figcaption>醫院資訊室人員正在檢查伺服器機櫃（圖片來源：衛福部）</figcaption></figure>"
            "<p>攻擊者利用遠端存取軟體的漏洞入侵醫院的伺服器。</p><p>醫院表示，目前沒有證據顯示病歷資料外洩。</p>"
            "<figure><img src='b.jpg'><figcaption>写真はイメージです（出典：ストックフォト）</figcaption></figure>"
            "<p>衛福部要求全台醫院在一個月內完成備份系統的全面檢查。</p></article></body></html>")
    text = cleaner.clean(page, kind="html").text
    assert "醫院資訊室人員正在檢查伺服器機櫃（圖片來源：衛福部）" in text and "写真はイメージです" not in text


def test_an_outlets_own_pitches_naming_it_go_between_its_paragraphs() -> None:
    """On an outlet's own page, a line in which the outlet, by name, offers the reader its
    newsletter or asks for support is its furniture; a bare "Related:" link too."""
    body = ["Contractors who install heat pumps in Massachusetts will be paid their rebates within 30 days "
            "under a rule the state's utility regulator adopted on Tuesday.",
            "The rule applies to Mass Save, the utility-run efficiency program that covers up to $10,000 of the "
            "cost of a whole-home heat pump.",
            "Under the new rule, utilities that miss the deadline will owe installers interest at 1% per month.",
            "Massachusetts aims to have 500,000 homes heated by heat pumps by 2030."]
    furniture = ["Related: Why heat pump sales outpaced gas furnaces again last year",
                 "Get clean-energy news that matters in your inbox. Sign up for Canary Media's free weekday newsletter.",
                 "Canary Media's journalism is free to read because readers chip in. Become a supporter today."]
    blocks = [body[0], furniture[0], body[1], furniture[1], body[2], furniture[2], body[3]]
    paras = "".join(f"<p>{p}</p>" for p in blocks)
    title = "Massachusetts caps the wait for heat pump rebates at 30 days"
    page = (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title} | Canary Media</title>"
            f"<meta property='og:site_name' content='Canary Media'></head>"
            f"<body><article><h1>{title}</h1>{paras}</article></body></html>")
    assert cleaner.clean(page, kind="html").text.split("\n\n") == body


def test_a_name_written_without_spaces_and_holding_a_figure_names_the_outlet() -> None:
    from cleaner.strip.edges import named_pitch
    from cleaner.text import tokens

    forms = [set(tokens("36氪"))]
    assert named_pitch("关注36氪公众号，每天早上获取科技新闻精选。", forms, load_rules()) is not None
    assert named_pitch("关注公众号，每天早上获取科技新闻精选。", forms, load_rules()) is None


@pytest.mark.parametrize("label", ["Xəbəri paylaş", "ይህን ጽሑፍ ያጋሩ", "Share this article", "Compartilhe esta notícia"])
def test_a_share_widgets_label_goes(label: str) -> None:
    body = ["Şəki şəhərində XVIII əsrə aid karvansarayın bərpası başa çatıb, mədəniyyət nazirliyi bildirib.",
            "Bərpa işləri iki il davam edib və binanın damı tamamilə yenilənib.",
            "Karvansarayda gələn aydan muzey və kiçik otel fəaliyyət göstərəcək."]
    assert _cleaned_body("Şəki karvansarayı bərpa olunub", [body[0], label, *body[1:]], "az") == body


def test_a_heading_that_bids_more_than_sharing_stays() -> None:
    body = ["Newsletters have become the main way many readers meet our journalism, the editors write.",
            "Subscribe, share, repeat",
            "Most readers who forward a newsletter to a friend say they do it because of one story."]
    assert _cleaned_body("How readers pass newsletters on", body, "en") == body



@pytest.mark.parametrize(("lang", "title", "body", "link"), [
    ("hr", "Osijek dobiva novi most preko Drave",
     ["Grad Osijek potpisao je ugovor za izgradnju pješačko-biciklističkog mosta preko Drave.",
      "Most će biti dugačak 240 metara i širok šest metara, a radovi bi trebali završiti 2027. godine.",
      "Vrijednost radova procijenjena je na 11,8 milijuna eura, a većinu plaćaju fondovi Europske unije."],
     "Pročitajte i ovo: Vukovar dobiva novo pristanište za riječne kruzere"),
    ("ja", "天神地下街に授乳室を新設",
     ["福岡市の天神地下街に、授乳室とおむつ交換台を備えた休憩室が新たに設けられた。",
      "休憩室は地下街の中央付近にあり、午前十時から午後九時まで利用できる。",
      "運営会社によると、子育て世帯からの要望を受けて整備したという。"],
     "【関連】博多駅の駅ビル、ベビーカー貸し出しを無料に"),
    ("en", "Voltra recalls 9,000 cargo e-bikes over a fork defect",
     ["Voltra is recalling about 9,000 of its Haul 2 cargo e-bikes after reports that the front fork can crack.",
      "Owners are asked to stop riding the bikes until a dealer has fitted a replacement fork, free of charge.",
      "The company says it has received 14 reports of cracked forks and two of minor injuries."],
     "More: Voltra's Haul 3 gets a 1,000 Wh battery option"),
    ("ml", "കോഴിക്കോട് ബീച്ചിൽ പുതിയ നടപ്പാത",
     ["കോഴിക്കോട് ബീച്ചിൽ രണ്ട് കിലോമീറ്റർ നീളമുള്ള പുതിയ നടപ്പാത തുറന്നു.",
      "നടപ്പാതയിൽ വിളക്കുകളും ഇരിപ്പിടങ്ങളും സ്ഥാപിച്ചിട്ടുണ്ട്.",
      "രാത്രി പത്ത് മണി വരെ നടപ്പാത തുറന്നിരിക്കുമെന്ന് കോർപ്പറേഷൻ അറിയിച്ചു."],
     "ഇതുംകൂടി വായിക്കാം കോഴിക്കോട് നഗരത്തിൽ പുതിയ സിറ്റി ബസ് റൂട്ടുകൾ"),
])
def test_a_link_to_another_story_goes_under_any_read_or_related_label(lang: str, title: str, body: list[str],
                                                                       link: str) -> None:
    """"Read also" and "Related" labels as news sites of many languages write them, with a colon,
    in brackets, or run on into the headline: the line links another story."""
    assert _cleaned_body(title, [body[0], link, *body[1:]], lang) == body


def test_a_french_sentence_opening_with_les_is_no_norwegian_read_label() -> None:
    body = ["La ville de Barcelone a accueilli samedi le premier salon des vélos pliables du pays.",
            "Parmi les modèles les plus remarqués figurent deux vélos électriques de moins de douze kilos",
            "Selon les organisateurs, plus de huit mille visiteurs se sont rendus au salon ce week-end.",
            "La prochaine édition aura lieu à Valence au printemps prochain."]
    assert _cleaned_body("Les vélos pliables ont leur salon à Barcelone", body, "fr") == body


def test_a_lone_titles_site_name_is_known_to_the_edge_steps() -> None:
    """"Title | GP" over a text whose closing line names GP: the edge steps know the site by that
    name, so its subscriber wall between the paragraphs goes too."""
    body = ["Spårvägen till Torslanda försenas med ett år, meddelar trafikkontoret.",
            "Nya markprover visar lös lera längs en sträcka på 800 meter nära Hjuvik.",
            "Trafikkontoret räknar nu med att de första vagnarna kan rulla hösten 2029."]
    wall = "Du har läst en gratis artikel. Bli prenumerant för att fortsätta läsa allt från GP."
    dump = "\n\n".join(["Spårvägen till Torslanda försenas | GP", body[0], wall, *body[1:],
                        "Följ GP på Instagram och Facebook"])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source, article.text.split("\n\n")) == \
        ("Spårvägen till Torslanda försenas", "GP", body)


def test_a_scores_x_is_no_platform(tmp_path: Path) -> None:
    """"Corinthians 2 x 1 São Paulo": the small "x" of a score names no platform, so a page of
    results is not about social networks, and its own follow line naming it goes."""
    from cleaner.strip.rules import load_rules as rules

    assert not rules().concepts.subject_concepts("Corinthians 2 x 1 São Paulo")
    assert rules().concepts.subject_concepts("Siga-nos no X") == frozenset({"platform"})
    text = "\n\n".join(["O Corinthians manteve a liderança do Campeonato Paulista Feminino no domingo.",
                        "Corinthians 2 x 1 São Paulo", "Palmeiras 4 x 0 Taubaté", "Santos 1 x 1 Ferroviária",
                        "O Corinthians soma 16 pontos, três à frente do Palmeiras.",
                        "Siga a Gazeta Esportiva no Instagram", "12 comentários"])
    row = {"url": "https://www.gazetaesportiva.com/futebol/paulistao-feminino-6a-rodada/",
           "title": "Paulistão Feminino: veja os resultados da 6ª rodada | Gazeta Esportiva", "text": text}
    (tmp_path / "row.jsonl").write_text(json.dumps(row, ensure_ascii=False))
    written: list[cleaner.Article] = []
    cleaner.run([str(tmp_path / "row.jsonl")], cleaner.Options(), write=written.append, reject=print)
    assert written[0].text.split("\n\n") == text.split("\n\n")[:5]


def test_a_long_caption_sharing_one_inflected_word_with_the_story_keeps_its_credit() -> None:
    caption = "عمال يصلحون خط مياه رئيسياً في حي الهاشمي الشمالي، 3 يونيو 2025 (تصوير: خليل مزرعاوي)"
    page = ("<!doctype html><html lang='ar'><head><meta charset='utf-8'><title>جدول جديد لتوزيع المياه في عمّان</title>"
            "</head><body><article><h1>جدول جديد لتوزيع المياه في عمّان</h1>"
            "<p>أعلنت شركة مياهنا جدولاً جديداً لتوزيع المياه على أحياء عمّان الشرقية اعتباراً من الأسبوع المقبل.</p>"
            f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>"
            "<p>وقالت الشركة إن الجدول الجديد يهدف إلى تقليل الانقطاعات خلال أشهر الصيف.</p>"
            "<p>ويمكن للسكان الاطلاع على مواعيد الضخ عبر موقع الشركة الإلكتروني.</p></article></body></html>")
    assert caption in cleaner.clean(page, kind="html").text


def test_a_news_adjective_is_no_newsletter() -> None:
    """Czech "zpravodaj" is a newsletter, "zpravodajské" (news) an adjective every story may use."""
    concepts = load_rules().concepts
    assert concepts.family("Naopak zpravodajské podcasty předplatné většinou nezavádějí a spoléhají na reklamu.") is None
    assert concepts.family("Přihlaste se k odběru našeho zpravodaje.") is not None


def test_a_background_paragraph_a_runs_pages_share_stays_in_a_language_of_long_words(tmp_path: Path) -> None:
    """A run's pages of one story share a background paragraph with figures, in the third person:
    the article's, even where its words are long and few (Korean: 22 words, 88 characters)."""
    background = ("한편 정부는 올해 초 발표한 'AI 반도체 육성 전략'에서 2030년까지 국산 AI 칩의 국내 데이터센터 "
                  "점유율을 80%로 높이겠다는 목표를 제시한 바 있다.")
    stories = [("국산 NPU, 공공 데이터센터 첫 대규모 도입", "국산 신경망처리장치가 공공 데이터센터에 처음으로 대규모로 도입된다."),
               ("AI 칩 스타트업, 1천억원 투자 유치", "국내 AI 반도체 스타트업이 1천억원 규모의 투자를 유치했다."),
               ("HBM 수출 사상 최대", "고대역폭메모리 수출액이 지난달 사상 최대를 기록했다."),
               ("판교 데이터센터 전력 부족 우려", "판교 일대 데이터센터의 전력 공급이 한계에 다다랐다는 지적이 나온다.")]
    for n, (title, lede) in enumerate(stories):
        body = [lede, f"업계 관계자는 {title}에 대해 {n + 2}개 업체가 관심을 보이고 있다고 말했다.", background,
                "디지털데일리 뉴스레터를 구독하고 매일 아침 IT 소식을 받아보세요."]
        (tmp_path / f"p{n}.txt").write_text("\n\n".join([f"{title} - 디지털데일리", *body]), encoding="utf-8")
    written: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(keep_duplicates=True), write=written.append, reject=print)
    assert len(written) == 4 and all(background in a.text.split("\n\n") for a in written)


def test_a_title_tail_over_a_pages_chrome_is_its_site() -> None:
    """"Title | InfoMoney" over a text that keeps its page's reading time and share row: the tail
    is the site's, though nothing else names it; a timetable's clock times are no chrome."""
    title = "Pix Parcelado começa em setembro e bancos terão de exibir custo total"
    body = ["O Banco Central publicou nesta terça-feira as regras do Pix Parcelado, que passa a funcionar em setembro.",
            "Pelas novas normas, os bancos serão obrigados a mostrar o custo efetivo total da operação.",
            "A adesão será opcional para as instituições, segundo o Banco Central."]
    dump = "\n\n".join([f"{title} | InfoMoney", "Tempo de leitura: 3 min", *body,
                        "Compartilhe: WhatsApp | X | LinkedIn | E-mail"])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source, article.text.split("\n\n")) == (title, "InfoMoney", body)
    table = ["Från den 18 augusti går pendeltågen mellan Uppsala och Stockholm oftare på morgonen.",
             "Uppsala C 06:12 - Stockholm C 06:51", "Uppsala C 06:42 - Stockholm C 07:21",
             "Uppsala C 07:12 - Stockholm C 07:51", "Kvällstrafiken är oförändrad."]
    article = cleaner.clean("\n\n".join(["Nya avgångar med pendeltåget från augusti - Uppsala län", *table]), kind="text")
    assert (article.title, article.source) == ("Nya avgångar med pendeltåget från augusti - Uppsala län", None)


def test_a_hebrew_investment_disclaimer_is_a_disclaimer() -> None:
    """"The above is not to be seen as a recommendation to trade securities": advice, money and the
    text itself, with the prefixes Hebrew writes on its words."""
    assert load_rules().concepts.family("אין לראות באמור המלצה לביצוע פעולות בניירות ערך.")[0] == "disclaimer"


@pytest.mark.parametrize(("tail", "lines"), [
    ("Quillmark Ledger", ["Artiklen fortsætter. Denne artikel er forbeholdt abonnenter – bliv abonnent og få adgang til "
                          "alle artikler på Quillmark Ledger."]),
    ("Fynske Dage", ["Tilmeld dig nyhedsbrevet fra Fynske Dage og få dagens vigtigste nyheder hver eftermiddag."]),
])
def test_a_sites_pitch_between_the_paragraphs_names_the_title_tail(tail: str, lines: list[str]) -> None:
    """"Title | <site>" over a paywall or newsletter pitch naming the same site between the
    paragraphs, not at the end: the tail is the site's, its source, and the pitch goes."""
    title = "Odense Letbane får ny station ved Tarup Center"
    body = ["Odense Letbane skal have en ny station ved Tarup Center, når banen forlænges mod nordvest.",
            "Den nye station kommer til at ligge mellem Tarupvej og Næsbyvej og skal betjene butikscentret.",
            "– Vi bygger letbanen, hvor folk bor i morgen, siger rådmand Mette Krogh.",
            "Forlængelsen til Tarup er anslået til at koste 1,1 milliard kroner.",
            "De Konservative stemte imod og henviste til busserne på strækningen.",
            "Anlægsarbejdet ventes at begynde i 2027."]
    dump = "\n\n".join([f"{title} | {tail}", *body[:2], *lines, *body[2:]])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source, article.text.split("\n\n")) == (title, tail, body)
    # a line between the paragraphs that names the tail but pitches nothing leaves the title whole
    plain = "\n\n".join([f"{title} | Jens Holm", *body[:2], "Jens Holm er formand for trafikudvalget.", *body[2:]])
    assert cleaner.clean(plain, kind="text").title == f"{title} | Jens Holm"


def test_a_chinese_or_japanese_dump_wrapped_at_a_width_joins_with_no_space() -> None:
    """Chinese and Japanese wrap at any character: a line ending in "、" or "。" joins the next
    with no space, and a line a stop or two past the width (kept on the line, or the width counted
    another way) is still a wrapped one."""
    from cleaner.textsplit import split_text

    paras = ["钛媒体App 6月18日消息，国内首个商业化运营的低空物流航线网络在深圳正式投入运营。据深圳市交通运输局介绍，"
             "首批开通的12条航线覆盖南山、宝安、龙华三个区，主要运送外卖、药品和快递小件。",
             "按照规划，到2026年底，深圳的低空物流航线将增加到200条，日均飞行架次超过2万。",
             "深圳市建立了统一的低空飞行服务平台，所有无人机须实时接入，飞行高度限制在120米以下。",
             "都内の会社員、佐藤健一さん（41）は、更新時に月2万円の値上げを通知された。交渉の末、値上げ幅は1万円に下がったという。"]
    width = 36

    def wrap(text: str) -> list[str]:
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        for n in range(1, len(lines)):  # a closing stop never opens a line: it stays on the one before
            while lines[n][:1] in "、。，":
                lines[n - 1], lines[n] = lines[n - 1] + lines[n][0], lines[n][1:]
        return [line for line in lines if line]

    raw = "深圳首批12条低空物流航线投入商业运营\n\n" + "\n\n".join("\n".join(wrap(p)) for p in paras)
    assert split_text(raw)[1:] == paras
    # a stop kept past the width at a sentence's end, and an opening quote ending a line
    lines = ["三年涨粉40万：一个县级融媒体公众号的做法", "",
             "一家县级融媒体中心的微信公众号，三年时间从8000个关注者增长到42万。",
             "在不少地方媒体苦于流量下滑的今天，浙江某县融媒体中心的做法引起了业内", "关注。", "",
             "中心负责人周敏回忆，2022年之前，公众号每篇文章末尾都会加上一句“", "点击关注，获取更多资讯”，但效果并不明显。", "",
             "“读者不会因为你求他关注就关注你。他关注你，是因为你每天都有他需要的", "东西。”她说。"]
    assert split_text("\n".join(lines))[1:] == [
        "一家县级融媒体中心的微信公众号，三年时间从8000个关注者增长到42万。在不少地方媒体苦于流量下滑的今天，浙江某县融媒体中心的做法引起了业内关注。",
        "中心负责人周敏回忆，2022年之前，公众号每篇文章末尾都会加上一句“点击关注，获取更多资讯”，但效果并不明显。",
        "“读者不会因为你求他关注就关注你。他关注你，是因为你每天都有他需要的东西。”她说。"]


LV_STORIES = [
    ("Valmierā atjaunos vecās ūdenstorņa kāpnes", ["Valmieras pašvaldība piektdien parakstīja līgumu par ūdenstorņa kāpņu atjaunošanu, kas izmaksās 84 000 eiro.",
                                                   "Darbi sāksies jūnijā un ilgs līdz rudenim, sacīja būvvaldes vadītājs Andris Ozols.",
                                                   "Tornis apmeklētājiem būs slēgts visu vasaru."],
     ["Gaujas krastā atklāta jauna laivu piestātne", "Skolēni vasarā strādās pilsētas dārzos"]),
    ("Cēsu slimnīcā darbu sāk jauns rentgena kabinets", ["Cēsu klīnika pirmdien atvēra jaunu rentgena kabinetu, kurā strādās divi radiologi.",
                                                         "Iekārta iegādāta par Eiropas fondu līdzekļiem, apliecināja valdes loceklis Jānis Kalniņš.",
                                                         "Pacientu rindas esot jau samazinājušās uz pusi."],
     ["Ģimenes ārstiem trūkst māsu", "Kur vasarā pārbaudīt redzi?", "Aptiekā pieaug cenas vitamīniem"]),
    ("Smiltenes tirgū atgriežas zemnieku sestdienas", ["Smiltenes tirgus laukumā no maija katru sestdienu tirgosies vietējie zemnieki.",
                                                       "Tirgus pārzine Ilze Bērziņa stāsta, ka pieteikušies jau 26 tirgotāji.",
                                                       "Autostāvvieta pie tirgus būs bez maksas."],
     ["Pilsētas svētkos uzstāsies pūtēju orķestri", "Jaunā velotaka savienos divus ciemus"]),
    ("Limbažos slēgs ielu dzelzceļa pārbūvei", ["Limbažu centrā no otrdienas uz mēnesi slēgs Rīgas ielu, jo tiks pārbūvēta pārbrauktuve.",
                                                "Autobusi kursēs pa apvedceļu, informē satiksmes dienests.",
                                                "Gājēji ielu varēs šķērsot pa pagaidu tiltiņu."],
     ["Vai pilsētā pietiks vietu bērnudārzos?", "Ezera krastā uzstādīti jauni soliņi"]),
]
LV_FOOTER = ["Seko Vidzemniekam arī sociālajos tīklos un saņem svarīgāko katru rītu.",
             "© Vidzemnieks. Pārpublicēšana bez atļaujas aizliegta."]


def test_the_sites_standing_heading_takes_this_pages_headlines_under_it(tmp_path: Path) -> None:
    """A heading the site sets on every page ("Citas ziņas", a wording no phrase prior has) over
    headlines that differ from page to page, above the site's footer: its related box, gone
    whole. The writer's byline with their address at the outlet above it is the article's."""
    pages = []
    for n, (title, body, related) in enumerate(LV_STORIES):
        writer = ["Ilze Liepa – ilze@vidzemnieks.lv", "Māris Krūmiņš – maris@vidzemnieks.lv"][n % 2]
        pages.append([f"{title} | Vidzemnieks", *body, writer, "Citas ziņas", *related, *LV_FOOTER])
    articles = sorted(_run_folder(tmp_path, pages), key=lambda a: a.title)
    expected = sorted(((title, "\n\n".join([*body, ["Ilze Liepa – ilze@vidzemnieks.lv",
                                                     "Māris Krūmiņš – maris@vidzemnieks.lv"][n % 2]]))
                       for n, (title, body, _) in enumerate(LV_STORIES)))
    assert [(a.title, a.text) for a in articles] == expected


@pytest.mark.parametrize(("url", "title", "last"), [
    ("https://www.gdansk-dzis.pl/miasto/rowery-towarowe/", "Gdańska biblioteka uruchomiła wypożyczalnię rowerów towarowych",
     "Wypożyczalnia jest bezpłatna, ale wymaga wcześniejszej rejestracji w systemie biblioteki."),
    ("https://www.tomsk-vestnik.ru/news/2025/05/14/poisk/", "Томские программисты запустили поисковик по научным архивам Сибири",
     "Доступ к поисковику бесплатный, но требует регистрации."),
])
def test_a_closing_line_on_the_storys_own_service_is_no_pitch(tmp_path: Path, url: str, title: str, last: str) -> None:
    """On an outlet's own page, a last line that speaks of free access and registration names what
    the title names (the service the story is about): the story's line, not the outlet's paywall."""
    body = {
        "Gdańska": ["Miejska biblioteka w Gdańsku od poniedziałku wypożycza mieszkańcom sześć rowerów towarowych.",
                    "Rowery można zabrać na trzy dni, a odbiera się je w filii na Przymorzu, powiedziała dyrektorka "
                    "Anna Nowak.",
                    last],
        "Томские": ["Программисты из Томска открыли поисковую систему по научным архивам Сибири: в ней уже 1,2 млн "
                    "страниц.",
                    "Система распознает рукописный текст и ищет по документам в дореформенной орфографии, рассказал "
                    "руководитель проекта Андрей Кузнецов.",
                    last],
    }[title.split()[0]]
    row = {"url": url, "title": title, "text": "\n\n".join(body)}
    (tmp_path / "rows.jsonl").write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert [a.text.split("\n\n") for a in articles] == [body]
    # the same line on a page about something else is the outlet's paywall note
    other = {"url": url, "title": "Radni przyjęli budżet miasta na przyszły rok" if "gdansk" in url
             else "Депутаты приняли бюджет города на следующий год",
             "text": "\n\n".join([*body[:2], last])}
    (tmp_path / "rows.jsonl").write_text(json.dumps(other, ensure_ascii=False) + "\n", encoding="utf-8")
    articles = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert last not in articles[0].text


@pytest.mark.parametrize("paras", [
    ["«В этом году мы впервые проверим все старые участки трубопровода заранее», "
     "– сказал главный инженер предприятия Кайрат Есимов.",
     "Горячую воду отключат в трех районах Павлодара со 2 июня из-за ежегодных гидравлических испытаний "
     "тепловых сетей, сообщили в городском акимате.",
     "Детские сады и больницы на время испытаний обеспечат временными водонагревателями, добавили в "
     "пресс-службе."],
    ["„A villamos a rakpart része volt száz évig, és a budapestiek hiányolják” – mondta Szabó Levente, a BKV "
     "vezérigazgató-helyettese.",
     "Jövő tavasztól újra közlekedik a nosztalgiavillamos a pesti alsó rakparton, jelentette be a Fővárosi "
     "Közgyűlés csütörtökön.",
     "A felújítási munkák befejezése után, várhatóan 2026 áprilisában indulhat a forgalom a Közvágóhídtól "
     "a Jászai Mari térig."],
])
def test_a_wrap_before_a_quotes_dashed_attribution_joins_the_paragraph(paras: list[str]) -> None:
    """Russian, Kazakh, Hungarian and others set a quote's attribution after a dash: a wrap falling
    right before it leaves a line that opens like a dashed list item under the closed quotation."""
    from cleaner.textsplit import split_text

    width = next(w for w in range(60, 80) if _wrap(paras[0], w)[-1].startswith("– "))  # the wrap before the dash
    wrapped = [_wrap(p, width) for p in paras]
    raw = "Заголовок\n\n" + "\n\n".join("\n".join(lines) for lines in wrapped)
    assert split_text(raw)[1:] == paras
    # a dashed list under its lead-in stays a list
    listed = raw + "\n\nВ программе:\n– проверка давления\n– ремонт задвижек"
    assert split_text(listed)[-3:] == ["В программе:", "– проверка давления", "– ремонт задвижек"]


@pytest.mark.parametrize(("line", "outlet"), [
    ("La publicación {title} apareció primero en Defensa de última hora.", "Defensa de última hora"),
    ("The post {title} appeared first on South China Morning Post.", "South China Morning Post"),
    ("Der Beitrag {title} erschien zuerst bei The Register und wurde von unserer Redaktion übersetzt.",
     "The Register"),
])
def test_an_outlet_of_four_words_named_by_the_appeared_first_line(tmp_path: Path, line: str, outlet: str) -> None:
    """A translated name may hold lower-case words and run to four ("Breaking Defense" in Spanish):
    the words after the phrase to the line's end; a longer run goes on past the name."""
    title = "La OTAN acelera la compra conjunta de munición de artillería"
    body = ["Los aliados firmaron el martes un contrato marco para comprar proyectiles de 155 milímetros.",
            "Los primeros lotes deberían entregarse a finales del próximo año, según la agencia de compras."]
    feed = {"posts": [{"id": 1, "title": title, "author": "Republished By Plato",
                       "content": "".join(f"<p>{p}</p>" for p in [*body, line.format(title=title)]),
                       "link": "https://platodata.io/es/otan-municion/"}]}
    (tmp_path / "feed.json").write_text(json.dumps(feed, ensure_ascii=False), encoding="utf-8")
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert [(a.title, a.source, a.text.split("\n\n")) for a in articles] == [(title, outlet, body)]


def test_a_more_from_line_takes_the_links_and_headlines_listed_under_it() -> None:
    """The network's "More from <outlet>" followed by the outlet's latest stories, one of them a
    "Section: headline" link: the walk up from the page's end holds the headlines until the line
    that lists them, instead of stopping at the link."""
    title = "Bancos portugueses testam pagamentos instantâneos com o Brasil"
    body = ["Três bancos portugueses começaram a testar transferências instantâneas para contas no Brasil, "
            "informou o Banco de Portugal na terça-feira.",
            "O projeto-piloto liga o sistema SPIN ao Pix e deve durar seis meses, segundo o regulador.",
            "As comissões cobradas aos clientes nos testes não foram divulgadas."]
    footer = ["Pagamentos, Brasil, Pix, SPIN, plato, Plato Data Intelligence, PlatoData, zephyrnet",
              "Carimbo de hora:", "Mais de Os Tempos Fintech",
              "Open Banking: número de utilizadores duplica em Espanha",
              "Regulador britânico apresenta regras para o crédito BNPL"]
    dump = "\n\n".join([f"{title} - Os Tempos Fintech", f"{title} - Os Tempos Fintech", *body, *footer])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.text.split("\n\n")) == (title, body)


# -- titles cut short by a scraper or the page's own markup --------------------------------------

_CUT_BODY = [
    "Die Stadtwerke haben am Montag die ersten zwölf Ladesäulen für Elektrobusse am Depot "
    "in Betrieb genommen, wie ein Sprecher des Unternehmens mitteilte.",
    "Bis zum Jahresende sollen weitere zwanzig Säulen folgen; die Kosten trägt zur Hälfte das Land.",
    "Fahrgastverbände begrüßten den Schritt, forderten aber mehr Busse auf den Außenlinien.",
]
_CUT_TITLE = "Stadtwerke nehmen erste Ladesäulen für Elektrobusse am Depot in Betrieb"


@pytest.mark.parametrize("cut", [
    "Stadtwerke nehmen erste Ladesäulen für Elektro…",  # an ellipsis where a scraper cut it
    "Stadtwerke nehmen erste Ladesäulen für Elektrobusse ...",  # a spaced one
    "Stadtwerke nehmen erste Ladesäulen für Elektrobu",  # no mark at all, inside a word
    "Stadtwerke nehmen erste Ladesäulen für Elektro... - Busblatt",  # cut, then the tail
])
def test_a_cut_echo_line_is_an_echo_of_the_whole_title(cut: str) -> None:
    """The network's echo lines (or a scraper's copy of them) may be cut at a length: the cut
    line is one more echo, and the title is the whole one another line carries."""
    for lines in ([f"{_CUT_TITLE} - Busblatt", cut], [cut, f"{_CUT_TITLE} - Busblatt"]):
        dump = "\n\n".join([*lines, f"{_CUT_TITLE} - Busblatt PlatoBlockchain Data Intelligence. Vertical Search. Ai.",
                            *_CUT_BODY])
        article = cleaner.clean(dump, kind="text")
        assert (article.title, article.source) == (_CUT_TITLE, "Busblatt")
        assert article.text == "\n\n".join(_CUT_BODY)


def test_a_cut_html_title_takes_the_whole_one_from_og_title_or_the_headline() -> None:
    """``<title>`` cut before its tail, ``og:title`` whole: the title is never the tail the two
    share (the outlet), nor the cut words."""
    title = "Ο δήμος ανοίγει τρεις νέους παιδικούς σταθμούς στις βόρειες συνοικίες"
    page = (f"<html><head><title>Ο δήμος ανοίγει τρεις νέους παιδικούς… - Καθημερινή Πόλη</title>"
            f'<meta property="og:title" content="{title} - Καθημερινή Πόλη"></head><body><article>'
            f"<h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in [
                "Ο δήμος ανακοίνωσε ότι οι τρεις νέοι σταθμοί θα δεχτούν συνολικά 180 παιδιά από τον Σεπτέμβριο.",
                "Η κατασκευή κόστισε 4,2 εκατομμύρια ευρώ και χρηματοδοτήθηκε κυρίως από ευρωπαϊκά κονδύλια.",
                "Οι αιτήσεις των γονέων θα γίνονται ηλεκτρονικά έως τα τέλη Ιουνίου.",
            ]) + "</article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert (article.title, article.source) == (title, "Καθημερινή Πόλη")


def test_a_title_cut_in_every_source_loses_the_ellipsis_and_a_lede_on_its_words_stays() -> None:
    """When every echo is cut the title is the words kept, without the ellipsis; a lede that
    opens with the cut title's words and goes on to a full stop is no whole title."""
    cut = "Тошкентлик стартап кичик дўконлар учун QR-"
    lede = "Тошкентлик стартап кичик дўконлар учун QR-код орқали тўлов қабул қилиш тизимини ишга туширди."
    rest = ["Тизимдан фойдаланиш учун дўкон эгасига фақат смартфон керак бўлади.",
            "Стартап асосчиси йил охиригача минг дўконни улашни режалаштирмоқда."]
    dump = "\n\n".join([f"{cut}...", f"{cut}... - ТехБуллион", f"{cut}... - ПлатоБлокчейн Маълумотлар Разведкаси.",
                        lede, *rest])
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source) == (cut, "ТехБуллион")
    assert article.text == "\n\n".join([lede, *rest])


def test_zero_width_spaces_around_a_title_separator_part_it_as_a_space_would() -> None:
    """A scraper's zero-width spaces beside the separator ("Title -\u200b Outlet\u200b") hide it
    from a whitespace match; beside a space they are that space, between letters a word break."""
    title = "Wakulima wa Kahawa Wapata Soko Jipya Kupitia Programu ya Simu"
    article = cleaner.clean("\n\n".join(BODY), kind="text", title=f"{title} -\u200b Habari Shambani\u200b",
                            url="https://zephyrnet.com/wakulima-wa-kahawa/")
    assert (article.title, article.source) == (title, "Habari Shambani")


def test_blockchain_beside_a_word_near_the_brands_consonants_is_no_brand() -> None:
    """"अभिलेख ब्लकचेनमा" (a record on a blockchain): the two words' consonants come near
    "PlatoBlockchain", but neither is the stem; the brand written apart has it ("प्लेटो ब्लॉकचेन")."""
    rules = load_rules()
    assert rules.brand_like("समूहले जग्गाको स्वामित्व अभिलेख ब्लकचेनमा राख्ने प्रणाली बनाएको छ।") is None
    assert rules.brand_like("प्लेटो ब्लॉकचेन डेटा इंटेलिजेंस") is not None


# -- the outlet's name across scripts, and its name's own stop ------------------------------------

_RU_BODY = [
    "Алматинский стартап, который доставляет лекарства из аптек за час, привлёк 12 миллионов долларов "
    "в раунде под руководством регионального фонда.",
    "Компания планирует открыть склады в Астане и Шымкенте и нанять ещё двести курьеров до конца года.",
    "По словам основателя, спрос на доставку вырос втрое после того, как аптеки начали принимать заказы онлайн.",
]


def _ru_dump(closing: list[str]) -> str:
    title = "Стартап из Алматы привлёк 12 млн долларов на доставку лекарств"
    return "\n\n".join([f"{title} - ТекКранч", f"{title} - ТекКранч ПлатонБлокчейн Анализ данных. Вертикальный поиск. Ай.",
                        *_RU_BODY, *closing, "Отметка времени:", "Больше от ТекКранч"])


def test_the_outlet_named_in_latin_letters_is_the_outlet_the_title_transliterates() -> None:
    """The title's tail transliterates the outlet ("ТекКранч"), the copied footer keeps its Latin
    name ("TechCrunch"): by sound they are one name, and the line offering its channel is the
    outlet's own, not the article's."""
    article = cleaner.clean(_ru_dump(["Читайте TechCrunch в Telegram."]), kind="text")
    assert article.source == "ТекКранч"
    assert article.text == "\n\n".join(_RU_BODY)


def test_a_latin_name_that_only_sounds_near_is_not_the_outlet() -> None:
    """Another outlet's Latin name is the story's: reporting it is kept."""
    line = "Об этом сообщает агентство Reuters со ссылкой на источники в Telegram."
    article = cleaner.clean(_ru_dump([line]), kind="text")
    assert article.text == "\n\n".join([*_RU_BODY, line])


def test_a_transliterated_title_tail_that_sounds_like_the_records_host_is_the_site() -> None:
    """"... | দ্য ডেইলি স্টার" on a record from thedailystar.net: the site's own name in Bengali
    letters (no rule file lists it), split off as the source."""
    title = "ঢাকায় বৈদ্যুতিক বাসের প্রথম রুট চালু হলো আগামী মাসে"
    body = "\n\n".join([
        "রাজধানীর মতিঝিল থেকে উত্তরা পর্যন্ত প্রথম বৈদ্যুতিক বাস রুট আগামী মাসে চালু হবে বলে জানিয়েছে কর্তৃপক্ষ।",
        "প্রথম ধাপে বিশটি বাস চলবে এবং প্রতি দশ মিনিট পরপর একটি বাস ছাড়বে।",
        "যাত্রীদের ভাড়া বর্তমান ডিজেল বাসের সমান রাখা হবে বলে জানানো হয়েছে।",
    ])
    article = cleaner.clean(body, kind="text", title=f"{title} | দ্য ডেইলি স্টার",
                            url="https://www.thedailystar.net/news/bangladesh/electric-bus-route")
    assert (article.title, article.source) == (title, "দ্য ডেইলি স্টার")


def test_more_from_an_outlet_whose_name_ends_in_a_stop_is_no_sentence() -> None:
    """"Viac od Yahoo!": the stop is the name's; the line is the network's "More from" link, and
    the headline under it goes with it."""
    title = "Košice spúšťajú nový program úverov pre malých poľnohospodárov"
    body = [
        "Mesto Košice v pondelok oznámilo úverovú linku vo výške tri milióny eur pre rodinné farmy z okolia.",
        "Úroky bude dotovať kraj a splatnosť úveru môže dosiahnuť až osem rokov.",
        "Žiadosti bude možné podávať od budúceho mesiaca na pobočkách regionálnej banky.",
    ]
    dump = "\n\n".join([f"{title} - Yahoo!", f"{title} - Yahoo! PlatoBlockchain Dátová inteligencia. Vertikálne vyhľadávanie. Ai.",
                        *body, "Časová pečiatka:", "Viac od Yahoo!", "Ceny kávy rastú už tretí týždeň po sebe"])
    article = cleaner.clean(dump, kind="text")
    assert article.source == "Yahoo!"
    assert article.text == "\n\n".join(body)


def test_the_outlet_by_name_inviting_to_its_podcast_is_its_note() -> None:
    """On the outlet's own page, a closing line that names it and offers one thing (its podcast)
    is its note in any language: its name speaks as "our site" does."""
    title = "İzmir'de belediye otobüslerinde temassız ödeme dönemi başlıyor"
    body = [
        "İzmir Büyükşehir Belediyesi, önümüzdeki aydan itibaren tüm otobüslerde temassız banka kartıyla "
        "ödeme alınacağını açıkladı.",
        "Yeni sistemde yolcular aktarma indiriminden de yararlanabilecek.",
        "Belediye, kart okuyucuların kurulumunun iki hafta içinde tamamlanacağını belirtti.",
    ]
    article = cleaner.clean("\n\n".join([*body, "Bianet podcast'lerini Spotify'da dinleyin."]), kind="text",
                            title=f"{title} | Bianet", url="https://bianet.org/haber/izmir-otobus-temassiz-odeme")
    assert (article.title, article.source) == (title, "Bianet")
    assert article.text == "\n\n".join(body)


def test_a_whole_word_entry_is_not_found_after_a_particle() -> None:
    """"מערכת$" (the editors) is listed as a whole word: "המערכת" is also "the system", and the
    particle does not make it the editors."""
    found = load_rules().concepts.found("\u05d4\u05de\u05e2\u05e8\u05db\u05ea \u05d4\u05d7\u05d3\u05e9\u05d4 \u05e4\u05d5\u05e2\u05dc\u05ea")
    assert not any("self_site" in concepts for concepts in found.values())


_NO_TITLE = "Bybanen får seks nye vogner før jul"
_NO_BODY = [
    "Bybanen i Bergen får seks nye vogner før jul, opplyser fylkeskommunen.",
    "Vognene skal settes inn på linjen til flyplassen, der trengselen har vært størst i rushtiden.",
    "Fylkeskommunen regner med at ventetiden i rushtiden går ned med et par minutter.",
]


def test_the_outlets_own_trial_offer_goes_with_its_terms() -> None:
    """On the outlet's own page, a closing line that names it and offers free reading is its
    subscription pitch, the trial's days included (its figure is the offer's term)."""
    pitch = "Med Bergensavisen Pluss kan du lese alt – prøv gratis i 30 dager."
    article = cleaner.clean("\n\n".join([*_NO_BODY, pitch]), kind="text", title=f"{_NO_TITLE} | Bergensavisen",
                            url="https://www.ba.no/bybanen-far-seks-nye-vogner/")
    assert (article.title, article.source) == (_NO_TITLE, "Bergensavisen")
    assert article.text == "\n\n".join(_NO_BODY)


def test_a_lede_naming_the_outlet_and_its_free_pages_stays_on_its_own_page() -> None:
    """The outlet reporting on its own paywall opens the story with it: the lede is never its note."""
    lede = "Fra 1. februar blir deler av Bergensavisens saker kun for abonnenter, men trafikkmeldinger forblir gratis å lese."
    article = cleaner.clean("\n\n".join([lede, *_NO_BODY]), kind="text", title=f"{_NO_TITLE} | Bergensavisen",
                            url="https://www.ba.no/bybanen-far-seks-nye-vogner/")
    assert article.text == "\n\n".join([lede, *_NO_BODY])


def test_thai_sentences_under_a_brand_caption_mid_body_are_no_trailer() -> None:
    """Thai ends no sentence with a stop, so its short sentences look like a trailer's lines; under
    the network's brand caption set between two paragraphs they are the article's."""
    title = "ราคาทองแดงพุ่งทำผู้ผลิตสายไฟเร่งหาวัสดุทดแทน"
    body = [
        "ผู้ผลิตสายไฟหลายรายในภาคตะวันออกเริ่มทดลองใช้อะลูมิเนียมแทนทองแดงในสายไฟบางประเภท",
        "ราคาทองแดงในตลาดโลกเพิ่มขึ้นเกือบหนึ่งในสี่ตั้งแต่ต้นปี",
    ]
    tail = [
        "ผู้ผลิตรายใหญ่สองรายประกาศปรับราคาสินค้าขึ้นในเดือนหน้า",
        '"ทุกกิโลกรัมมีความหมาย" สมชาย ใจดี ผู้จัดการโรงงาน กล่าว',
        "ราคาทองแดงซื้อขายที่9,800ดอลลาร์ต่อตันเมื่อวันจันทร์",
    ]
    dump = "\n\n".join([f"{title} - ข่าวโลหะ", f"{title} - เพล", *body,
                        "ทองแดง เพลโตบล็อกเชน ข้อมูลอัจฉริยะ การค้นหาแนวตั้ง", *tail,
                        "สมัครรับจดหมายข่าวรายวันของ ข่าวโลหะ", "ดาวน์โหลดแอปข่าวโลหะเพื่อดูราคาแบบเรียลไทม์",
                        "ทองแดง, สายไฟ, plato, PlatoData, zephyrnet", "ประทับเวลา:", "เพิ่มเติมจาก ข่าวโลหะ"])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join([*body, *tail])


@pytest.mark.parametrize(("line", "kept"), [
    ("Ứng dụng đã được tải xuống hơn 50 triệu lần trên toàn thế giới.", True),  # a count: the story's
    ("Tải ứng dụng Kênh14 để đọc tin nhanh hơn.", False),  # the figure is the outlet's name
])
def test_an_app_pitch_carries_no_count_but_a_name_may_hold_a_figure(line: str, kept: bool) -> None:
    """"Downloaded more than 50 million times" states a fact about an app; the outlet's pitch for
    its own app may carry a figure only inside its name."""
    assert (load_rules().concepts.family(line) is None) is kept


def test_the_outlets_trial_offer_by_name_goes_with_its_days() -> None:
    """"Try <outlet> Premium free for 14 days": the outlet by name and a free offer make its
    subscription pitch in any language, the trial's days its terms, not a fact."""
    title = "Brněnská firma vyvinula levnější senzor pro chytré vodoměry"
    body = [
        "Brněnská technologická firma představila senzor, který má zlevnit chytré vodoměry o třetinu.",
        "Senzor už testují dvě vodárenské společnosti na jižní Moravě.",
        "Sériová výroba má začít v druhé polovině příštího roku.",
    ]
    dump = "\n\n".join([f"{title} - Hospodářské noviny",
                        f"{title} - Hospodářské noviny PlatoBlockchain Data Intelligence. Vertikální vyhledávání. Ai.",
                        *body, "Vyzkoušejte Hospodářské noviny Premium 14 dní zdarma.",
                        "Časové razítko:", "Více od Hospodářské noviny"])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(body)


@pytest.mark.parametrize(("tail", "url"), [
    ("24/7 Wall St.", "https://247wallst.com/investing/2025/06/05/buybacks/"),
    ("Android Police", "https://www.androidpolice.com/pixel-update/"),
])
def test_a_title_tail_that_spells_the_records_host_is_the_site(tail: str, url: str) -> None:
    """The tail's letters and figures run together are a label of the record's host: the site's
    own name, split off even when it opens with a figure or ends with a stop."""
    title = "Five companies that bought back the most stock in May"
    body = "\n\n".join([
        "Share buybacks reached a record for the month, led by large technology and energy companies.",
        "The five biggest programs together retired more than 40 billion dollars of stock.",
        "Analysts expect the pace to slow in the second half as borrowing costs stay high.",
    ])
    article = cleaner.clean(body, kind="text", title=f"{title} - {tail}", url=url)
    assert (article.title, article.source) == (title, tail)


def test_a_headline_with_a_colon_under_more_from_is_a_headline_not_a_tag_run() -> None:
    """"Heading : clause" (French sets a space before the colon) under "More from" is another
    story's headline; read as a tag run without separators, it stopped the walk and left the
    trailer above it."""
    title = "Pourquoi les modèles de prévision échouent en production : le piège des données futures"
    body = [
        "Un modèle de prévision de la demande peut afficher une erreur faible en validation et échouer en production.",
        "La cause tient souvent à un découpage aléatoire qui mélange le futur et le passé.",
        "Un découpage par dates, avec une fenêtre de séparation, évite la plupart de ces fuites.",
    ]
    dump = "\n\n".join([f"{title} | Cap sur les données", f"{title} | Cap sur les données PlatoBlockchain "
                        "Intelligence des données. Recherche verticale. Ai.", *body,
                        "apprentissage automatique, prévision, platon, plato, PlatoData, zephyrnet",
                        "Horodatage :", "Plus de Cap sur les données",
                        "Choix des variables : ce que les graphiques de dépendance ne montrent pas",
                        "Mesurer l'incertitude d'un modèle sans hypothèse de normalité"])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(body)


def test_a_skeleton_match_that_stops_inside_a_long_word_is_no_brand() -> None:
    """Georgian "პალატის თავმჯდომარის" (the chamber's chairman) comes within one consonant of
    "PlatoAiStream" on a prefix that stops inside the second word: no brand; a transliterated
    brand spells its words to their end (a case ending aside)."""
    rules = load_rules()
    assert rules.brand_like("პალატის თავმჯდომარის თქმით, სისტემა სახელმწიფო სერვერებს ეყრდნობა.") is None
    assert rules.brand_like("პლატონის ბლოკჩეინი მონაცემები") is not None


def test_a_short_name_whose_last_vowel_a_case_changes_is_still_named() -> None:
    """"Наша Ніва" in the accusative is "Нашу Ніву": both words change their last vowel."""
    from cleaner.titles.outlet import mentions

    assert mentions("Падпісвайцеся на «Нашу Ніву» ў Telegram.", [{"наша", "ніва"}])
    assert not mentions("Наш горад мае новую ніву.", [{"наша", "ніва"}])


@pytest.mark.parametrize(("last", "kept"), [
    # the story's company, named in the title and inside the body's sentences, at the outlet's event
    ("Kvanta demonstrerade tjänsten på Finovates senaste konferens i London och planerar att "
     "lansera den i Norge och Danmark i höst.", True),
    ("Kvanta did not respond to Finovate's request for comment.", True),
    # the outlet's own note names no one the story is about
    ("Prenumerera på Finovates nyhetsbrev och få veckans fintechnyheter varje fredag.", False),
    ("Finovate har inga ekonomiska intressen i de bolag som nämns i artikeln.", False),
])
def test_a_reporting_line_naming_the_story_above_the_trailer_is_the_article(last: str, kept: bool) -> None:
    title = "Kvanta lanserar AI-verktyg som förutspår småföretags kassaflöde"
    body = ["Det stockholmsbaserade fintechbolaget Kvanta har lanserat ett verktyg som förutspår "
            "små och medelstora företags kassaflöde upp till tolv veckor framåt.",
            "Verktyget kopplas direkt till företagets bankkonton och bokföringssystem och uppdaterar "
            "prognosen varje natt, enligt bolaget."]
    dump = "\n\n".join([f"{title} - Finovate", f"{title} - Finovate PlatoBlockchain Data Intelligence. "
                        "Vertikal sökning. Ai.", *body, last, "Foto: Kvanta",
                        "Kvanta, kassaflöde, AI, småföretag, plato, PlatoData, zephyrnet", "Tidsstämpel:",
                        "Mer från Finovate"])
    article = cleaner.clean(dump, kind="text")
    assert article.title == title and article.source == "Finovate"
    assert article.text == "\n\n".join([*body, last] if kept else body)


def _network_copy(title: str, outlet: str, blocks: list[str], trailer: list[str], spam: str = "") -> str:
    """A zephyrnet dump: the title with the outlet, again with the brand phrase, the blocks, the trailer."""
    spam = spam or f"{outlet} PlatoBlockchain Data Intelligence. Vertical Search. Ai."
    return "\n\n".join([f"{title} - {outlet}", f"{title} - {spam}", *blocks, *trailer])


HINDI_STORY = ["मुंबई की कंपनी धुन ने कहा है कि उसकी संगीत सब्सक्रिप्शन सेवा के सदस्यों की संख्या दस लाख से अधिक हो गई है।",
               "सदस्य हर महीने 99 रुपये चुकाते हैं। कंपनी के अनुसार आधे नए सदस्य ऐप के ज़रिए जुड़े।",
               "धुन के दफ़्तर अब पुणे, जयपुर और कोच्चि में भी हैं।",
               "संपादक की टिप्पणी: सदस्यों की संख्या कंपनी ने दी है।"]


@pytest.mark.parametrize(("title", "outlet", "body", "last", "trailer"), [
    # the outlet's own reporting, in words no note of an outlet uses, ends the story (a line that
    # "contacted" the developer speaks as "contact us" does, and is judged as a note)
    ("Lücke in Cookie-Banner-Plugin machte 40.000 Websites angreifbar", "Hackread",
     ["Eine Schwachstelle in einem WordPress-Plugin, das Cookie-Banner anzeigt, erlaubte Angreifern das "
      "Einschleusen von Skripten auf rund 40.000 Websites.",
      "Die Lücke wurde von einer Forscherin aus Graz gemeldet und ist seit Version 3.2 geschlossen."],
     "Gegenüber Hackread.com bestätigte der Entwickler die Korrektur.",
     ["Plugin, Cookie, Lücke, plato, PlatoData, zephyrnet", "Zeitstempel:", "Mehr von Hackread"]),
    # ... and stays with the line above it, which speaks of members and prices as a pitch would
    ("स्ट्रीमिंग सेवा धुन के सदस्य दस लाख के पार", "संगीत समाचार", HINDI_STORY,
     "संगीत समाचार ने धुन से पूछा है कि क्या यह सेवा विदेश में भी आएगी।",
     ["धुन, सब्सक्रिप्शन, संगीत, plato, PlatoData, zephyrnet", "समय टिकट:", "संगीत समाचार से अधिक"]),
])
def test_the_outlets_reporting_above_the_trailer_ends_the_story(
        title: str, outlet: str, body: list[str], last: str, trailer: list[str]) -> None:
    article = cleaner.clean(_network_copy(title, outlet, [*body, last], trailer), kind="text")
    assert article.title == title and article.source == outlet
    assert article.text == "\n\n".join([*body, last])


def test_a_pitch_naming_the_outlet_above_the_trailer_still_goes() -> None:
    title = "Lücke in Cookie-Banner-Plugin machte 40.000 Websites angreifbar"
    body = ["Eine Schwachstelle in einem WordPress-Plugin, das Cookie-Banner anzeigt, erlaubte Angreifern das "
            "Einschleusen von Skripten auf rund 40.000 Websites.",
            "Die Lücke wurde von einer Forscherin aus Graz gemeldet und ist seit Version 3.2 geschlossen."]
    pitch = "Abonnieren Sie den Newsletter von Hackread und erhalten Sie jede Woche die wichtigsten Sicherheitsnachrichten."
    dump = _network_copy(title, "Hackread", [*body, pitch], ["Plugin, Cookie, Lücke, plato, PlatoData, zephyrnet",
                                                             "Zeitstempel:", "Mehr von Hackread"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_edge_walks_that_took_every_block_give_the_story_back() -> None:
    """The safety net under the edge walks: where they left no block of a page that had paragraphs,
    the sentences they took come back; the network's lines and what makes no sentence stay out."""
    from cleaner import removals
    from cleaner.model import Document, Origin
    from cleaner.settings import DEFAULT
    from cleaner.strip.edges import _keep_the_story

    doc = Document(origin=Origin("x"))
    doc.set_blocks([*HINDI_STORY, "धुन, सब्सक्रिप्शन, संगीत, plato, PlatoData, zephyrnet", "समय टिकट:"])
    rules = ["title-reference", "concepts:newsletter", removals.TRAILING_BLOCK, "concepts:comment_prompt",
             removals.NETWORK_BRAND, removals.LABEL]
    for i, rule in enumerate(rules):
        doc.drop(i, rule)
    _keep_the_story(doc, 0, DEFAULT.edges)
    assert doc.body() == "\n\n".join(HINDI_STORY)
    assert [r.rule for r in doc.removed] == [removals.NETWORK_BRAND, removals.LABEL]
    # a page of short notes alone stays empty (and is rejected later)
    notes = Document(origin=Origin("y"))
    notes.set_blocks(["Follow us on X.", "Subscribe today.", "समय टिकट:"])
    for i in range(3):
        notes.drop(i, removals.TRAILING_BLOCK)
    _keep_the_story(notes, 0, DEFAULT.edges)
    assert notes.live() == []


@pytest.mark.parametrize(("title", "outlet", "body"), [
    ("شركة النشرات الإخبارية الكينية تانداا تتجاوز مليوني مشترك", "وايرد أفريكا",
     ["أعلنت شركة تانداا، ومقرها نيروبي، يوم الاثنين أن نشرتها الإخبارية اليومية التي ترسلها عبر واتساب والبريد "
      "الإلكتروني تجاوزت مليوني مشترك.",
      "تبلغ تكلفة النسخة المميزة 50 شلنًا شهريًا، وتتيح بيانات الأسواق المحلية.",
      "وقالت الشركة إنها ستتوسع إلى أوغندا وتنزانيا العام المقبل."]),
    ("ทันดา สตาร์ทอัพจดหมายข่าวจากเคนยามีผู้สมัครสมาชิกทะลุ 2 ล้านราย", "ไวร์ดแอฟริกา",
     ["ทันดา บริษัทในไนโรบีที่ส่งจดหมายข่าวรายวันผ่านวอตส์แอปและอีเมล ประกาศเมื่อวันจันทร์ว่ามีผู้สมัครสมาชิกแล้ว 2 ล้านราย",
      "ฉบับพรีเมียมมีราคาเดือนละ 50 ชิลลิง และเปิดให้เข้าถึงข้อมูลตลาดท้องถิ่น",
      "บริษัทระบุว่าจะขยายไปยังยูกันดาและแทนซาเนียในปีหน้า"]),
])
def test_the_lede_of_a_story_about_a_newsletter_is_no_pitch(title: str, outlet: str, body: list[str]) -> None:
    """A lede that speaks of what the title does (a newsletter's subscribers) is the story's, however
    many pitch words it holds: on a republished page as on its first line."""
    dump = "\n\n".join([f"{title} - {outlet}", f"{title} - {outlet} PlatoBlockchain Data Intelligence. Vertical "
                        "Search. Ai.", *body, "Tandaa, plato, PlatoData, zephyrnet, Kenya", "Time Stamp:",
                        f"More from {outlet}"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_a_reporting_line_naming_the_story_in_katakana_is_the_article() -> None:
    """Where letters have no case, the story's name is a katakana run (or a word) the title, the line
    and the body share: the outlet asking the company about its plans is the story's last line."""
    title = "パインウィックの定額サービス、会員50万人を突破"
    body = ["フランスのゲーム会社パインウィックは、定額制ゲームサービスの会員数が50万人を超えたと発表した。",
            "パインウィックによると、オフラインで遊べる機能を加えてから解約率が下がったという。",
            "パインウィックは現在、リヨンとモントリオールに開発拠点を置いている。"]
    last = "ゲームズインダストリー.bizはパインウィックにアプリ版の予定を問い合わせている。"
    dump = _network_copy(title, "ゲームズインダストリー.biz", [*body, last],
                         ["パインウィック, ゲーム, plato, PlatoData, zephyrnet", "タイムスタンプ：", "ゲームズインダストリー.bizの詳細"],
                         spam="ゲームズインダストリー.biz プラトブロックチェーン データ インテリジェンス。 垂直検索。 あい。")
    article = cleaner.clean(dump, kind="text")
    assert article.title == title and article.source == "ゲームズインダストリー.biz"
    assert article.text == "\n\n".join([*body, last])


def test_a_more_from_label_over_a_whole_sentence_is_the_articles() -> None:
    """"More from the survey: 62% of readers said ..." ends a story with its label over a sentence
    of its own: no "More from" link line, which names an outlet or a section in a few words."""
    body = ["The city library's weekly email newsletter reached 40,000 subscribers this month, four years "
            "after its first issue went out to 300 readers.",
            "Librarians write each issue themselves and list new books, events and the week's opening hours.",
            "More from the survey: 62% of readers said they had attended at least one library event because of "
            "the newsletter."]
    page = ("<html><head><title>Library newsletter passes 40,000 readers | The Harbour Gazette</title>"
            '<meta property="og:site_name" content="The Harbour Gazette"></head><body><article>'
            "<h1>Library newsletter passes 40,000 readers</h1>" + "".join(f"<p>{p}</p>" for p in body)
            + "</article></body></html>")
    assert cleaner.clean(page, kind="html").text == "\n\n".join(body)


@pytest.mark.parametrize(("last", "kept"), [
    # the outlet's standing notice, longer than a pitch, naming the outlet and no one else
    ("This material from the originating organisation might be of a point-in-time nature and has been edited "
     "for clarity, style and length. Harbour Science Wire takes no institutional positions or sides.", False),
    # a report as long, naming the people it quotes
    ("Speaking to Harbour Science Wire after the survey, marine ecologist Nerida Pascoe said the team now wants "
     "to test recorded reef sounds at other restoration projects along the western coast.", True),
])
def test_a_long_notice_naming_the_outlet_above_the_trailer_goes_a_report_stays(last: str, kept: bool) -> None:
    title = "Coral larvae return to restored reef faster than expected"
    body = ["Coral larvae began settling on a restored section of reef within eight months of the restoration "
            "work, years earlier than models had predicted.",
            "The team had fixed 3,400 small coral fragments to rubble-covered seafloor using steel frames."]
    dump = "\n\n".join([f"{title} - Harbour Science Wire", f"{title} - Harbour Science Wire PlatoBlockchain Data "
                        "Intelligence. Vertical Search. Ai.", *body, last,
                        "coral, reef, plato, PlatoData, zephyrnet", "Time Stamp:", "More from Harbour Science Wire"])
    article = cleaner.clean(dump, kind="text")
    assert article.source == "Harbour Science Wire"
    assert article.text == "\n\n".join([*body, last] if kept else body)


def test_a_syndication_note_ending_on_the_originals_address_goes_above_the_trailer() -> None:
    title = "Kestrel ransomware group exploits VPN flaw at logistics firms"
    body = ["A ransomware group tracked as Kestrel has exploited a flaw in a widely used VPN appliance to break "
            "into at least six logistics companies, researchers said.",
            "The vendor released a patch on Monday and urged customers to reset every VPN credential."]
    note = ("*** This is a syndicated blog from Skarn Labs Blog authored by Halvard Nygaard. Read the original "
            "post at: https://skarnlabs.example/blog/kestrel-vpn/")
    dump = "\n\n".join([f"{title} - Security Wire", f"{title} - Security Wire PlatoBlockchain Data Intelligence. "
                        "Vertical Search. Ai.", *body, note, "Kestrel, ransomware, VPN, plato, PlatoData, zephyrnet",
                        "Time Stamp:", "More from Security Wire"])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(body)
    assert {r.rule for r in article.removed if r.text == note} == {"source-link"}


NB_BODY = ["Oslo-selskapet Brevkassen har nådd 200 000 abonnenter på sine nyhetsbrev, tre år etter starten.",
           "Selskapet lar skribenter ta betalt for nyhetsbrev og tar selv ti prosent av inntektene.",
           "Neste år vil Brevkassen åpne for skribenter i Sverige og Danmark."]
NB_SPEECH = ("– Abonner-knapper får ikke et nyhetsbrev til å vokse. Videresending gjør det, sa medgründer Ida "
             "Brekke til Kryptoposten.")


@pytest.mark.parametrize("at", [1, 2, 3])
def test_someones_words_set_off_by_a_dash_are_no_pitch_of_the_outlet(at: int) -> None:
    """Scandinavian, Finnish and Slavic presses set speech off by a dash, no quotation marks: a
    founder's words on newsletters, told to the outlet, stay between paragraphs and as the last line
    above the trailer ("– Abonner-knapper får ikke et nyhetsbrev til å vokse ..., sa ... til
    Kryptoposten."), where a pitch naming the outlet would go."""
    body = [*NB_BODY[:at], NB_SPEECH, *NB_BODY[at:]]
    dump = _network_copy("Brevkassen passerer 200 000 abonnenter", "Kryptoposten", body,
                         ["Tidsstempel:", "Mer fra Kryptoposten"])
    article = cleaner.clean(dump, kind="text")
    assert article.source == "Kryptoposten"
    assert article.text == "\n\n".join(body)


HE_BODY = ["בית החולים השפלה ברחובות הותקף בסוף השבוע בנוזקת כופרה, שהשביתה את מערכות המנהלה, את מערכת התורים "
           "ואת הדואר האלקטרוני של העובדים.",
           "בית החולים משרת כ-400 אלף תושבים באזור ומעסיק כ-2,600 עובדים.",
           "צוות של מערך הסייבר הלאומי הגיע לבית החולים, ובמשרד הבריאות הורו לבתי חולים אחרים לבדוק את מערכות "
           "הגיבוי שלהם."]


def test_hebrews_object_marker_and_a_backup_are_no_pitch_words() -> None:
    """Hebrew marks a definite object with "את", which is also a word for "you": no sign that a line
    speaks to the reader. "הגיבוי" (the backup) opens as "הגיבו" (they commented) does, and is none.
    A republished Hebrew story whose paragraphs say both keeps every paragraph."""
    dump = _network_copy("מתקפת כופרה על בית החולים השפלה", "אנשים ומחשבים", HE_BODY,
                         ["כופרה, בית חולים, סייבר, plato, PlatoData, zephyrnet", "חותמת זמן:", "עוד מ-אנשים ומחשבים"])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(HE_BODY)


PA_BODY = ["ਚੰਡੀਗੜ੍ਹ (ਸਪੋਕਸਮੈਨ ਸਮਾਚਾਰ ਸੇਵਾ):",
           "ਪੰਜਾਬ ਸਰਕਾਰ ਨੇ ਪਰਾਲੀ ਦੀਆਂ ਗੰਢਾਂ ਬਣਾਉਣ ਵਾਲੀਆਂ ਮਸ਼ੀਨਾਂ ਉੱਤੇ ਸਬਸਿਡੀ ਵਧਾ ਕੇ 60 ਫ਼ੀਸਦੀ ਕਰ ਦਿੱਤੀ ਹੈ।",
           "ਖੇਤੀਬਾੜੀ ਵਿਭਾਗ ਅਨੁਸਾਰ ਇਸ ਸਾਲ ਦੋ ਹਜ਼ਾਰ ਨਵੀਆਂ ਮਸ਼ੀਨਾਂ ਕਿਸਾਨਾਂ ਤੱਕ ਪਹੁੰਚਣਗੀਆਂ।"]


def test_a_dateline_ending_in_a_colon_above_the_lede_is_no_bare_label() -> None:
    """A paper's dateline set on its own line, the place and its news service in brackets and a
    colon ("ਚੰਡੀਗੜ੍ਹ (ਸਪੋਕਸਮੈਨ ਸਮਾਚਾਰ ਸੇਵਾ):"), opens the story: no label whose value was lost."""
    dump = _network_copy("ਪਰਾਲੀ ਮਸ਼ੀਨਾਂ ਉੱਤੇ ਸਬਸਿਡੀ ਵਧੀ", "ਰੋਜ਼ਾਨਾ ਸਪੋਕਸਮੈਨ", PA_BODY,
                         ["ਪਰਾਲੀ, ਸਬਸਿਡੀ, ਖੇਤੀ, plato, PlatoData, zephyrnet", "ਸਮਾਂ ਮੋਹਰ:", "ਰੋਜ਼ਾਨਾ ਸਪੋਕਸਮੈਨ ਤੋਂ ਹੋਰ"])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(PA_BODY)


def test_a_standing_line_naming_each_pages_series_is_learned_as_one(tmp_path: Path) -> None:
    """A site's standing line names the page's series in quotation marks, another series on other
    pages ("See lugu on osa sarjast „…“, mille kõik osad leiad meie avalehelt."): one line of the
    site's template, learned across the folder. A quotation of someone's sentence that two pages of
    one story share stays on both."""
    series = ["Idufirmad pärast rahapuudust", "Eesti tehnoloogia välismaal", "Tehisintellekt klassiruumis",
              "Idufirmad pärast rahapuudust"]
    quote = "„Me ei kavatse Eestist lahkuda, meie insenerid jäävad Tartusse,” ütles asutaja Mari Kask."
    topics = [("droonid", "põllumehed", "Tartu"), ("robotid", "tehased", "Jaapan"), ("koolid", "õpetajad", "Pärnu"),
              ("pangad", "kliendid", "Tallinn")]
    for i, ((a, b, c), name) in enumerate(zip(topics, series, strict=True)):
        body = [f"Uudis number {i}: {a} muudavad seda, kuidas {b} linnas {c} oma tööd teevad, selgub uuringust.",
                f"{c} ettevõtete juhtide sõnul vajavad {b} rohkem koolitust, enne kui {a} laialt kasutusele võetakse.",
                f"Järgmisel aastal plaanitakse {a} katsetada veel kolmes maakonnas, kus {b} on sellest huvitatud."]
        if i < 2:
            body.append(quote)  # one story told in two articles: content, not template
        standing = f"See lugu on osa sarjast „{name}“, mille kõik osad leiad meie avalehelt."
        (tmp_path / f"{i}.txt").write_text("\n\n".join([f"{a.capitalize()} ja {b}: mis muutub", *body, standing]))
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert len(articles) == 4
    assert not any("See lugu on osa sarjast" in a.text for a in articles)
    assert sum(quote in a.text for a in articles) == 2


def test_a_standing_key_folds_a_quoted_name_but_not_a_quoted_sentence() -> None:
    from cleaner.text import standing_key

    assert standing_key("Denne saken er en del av serien «Rømt», der vi følger opp rømminger.") == \
        standing_key("Denne saken er en del av serien «Kysten etter lakseskatten», der vi følger opp rømminger.")
    # someone's words, with the same attribution on two pages, are two different lines
    assert standing_key("«Vi har aldri sett så mange rømte laks i én elv før», sier forskeren.") != \
        standing_key("«Prisene kommer til å falle igjen når slaktingen starter i høst», sier forskeren.")


CLULEY_BODY = ["Eine Lücke in den smarten Türklingeln von Ringlet machte Videos tausender Kunden für jeden abrufbar, "
               "der die richtige Adresse kannte.",
               "Das Unternehmen sagt, es habe den Fehler am Dienstag behoben, und es gebe keine Hinweise darauf, dass "
               "Videos massenhaft heruntergeladen wurden."]


@pytest.mark.parametrize(("last", "removed"), [
    # the outlet's bio (a writer whose name is the outlet), ending on its offer
    ("Graham Cluley beschäftigt sich seit Anfang der 1990er Jahre mit Computersicherheit, zuerst in "
     "Fachzeitschriften und später in seinem eigenen Blog. Folgen Sie ihm auf Bluesky, Mastodon und LinkedIn für "
     "weitere Nachrichten und Kommentare.", True),
    # a report naming the outlet, ending on no offer
    ("Graham Cluley hat Ringlet am Mittwoch um eine Stellungnahme gebeten. Das Unternehmen hat bis "
     "Redaktionsschluss nicht geantwortet.", False),
])
def test_the_outlets_note_ending_on_its_offer_goes_above_the_trailer(last: str, removed: bool) -> None:
    """Right above the trailer, a line of two sentences that names the outlet and ends on a pitch of
    its own (follow, subscribe, listen) is the outlet's note, however long its first sentence; one
    that reports and ends on no offer is the story's."""
    dump = _network_copy("Lücke bei Ringlet legte Türklingel-Videos offen", "Graham Cluley", [*CLULEY_BODY, last],
                         ["Ringlet, Türklingel, Datenschutz, plato, PlatoData, zephyrnet", "Zeitstempel:",
                          "Mehr von Graham Cluley"])
    article = cleaner.clean(dump, kind="text")
    assert article.source == "Graham Cluley"
    assert article.text == "\n\n".join(CLULEY_BODY if removed else [*CLULEY_BODY, last])


def test_a_title_tail_in_another_script_is_the_sites_shared_tail(tmp_path: Path) -> None:
    """A site's titles end in its name in its own script ("| ქართული ამბები"); one dump of the folder
    writes the name in Latin letters ("- Kartuli Ambebi"): the same tail by its consonants, so the
    title loses it and the outlet is named as that title writes it."""
    stories = [("თბილისში ახალი ავტობუსები გამოჩნდა", "ქალაქმა ოცდაათი ახალი ელექტრო ავტობუსი შეიძინა."),
               ("ბათუმში ტურისტების რაოდენობა გაიზარდა", "ივლისში ქალაქს ორასი ათასი სტუმარი ეწვია."),
               ("ქუთაისის აეროპორტი ახალ რეისებს იწყებს", "აეროპორტიდან ხუთი ახალი მიმართულება დაემატება."),
               ("მესტიაში ახალი სათხილამურო ტრასა გაიხსნება", "ტრასის სიგრძე ოთხი კილომეტრი იქნება.")]
    for i, (title, lede) in enumerate(stories):
        tail = " - Kartuli Ambebi" if i == 3 else " | ქართული ამბები"
        body = [lede, f"პროექტის შესახებ ინფორმაცია ადგილობრივმა ხელისუფლებამ გაავრცელა, ნომერი {i}."]
        (tmp_path / f"{i}.txt").write_text("\n\n".join([title + tail, *body]))
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    by_title = {a.title: a for a in articles}
    assert set(by_title) == {title for title, _ in stories}
    assert by_title[stories[3][0]].source == "Kartuli Ambebi"


def test_a_short_background_sentence_of_a_running_story_stays_and_the_standing_lines_go(tmp_path: Path) -> None:
    """The articles of one running story end on the same short background sentence (a figure, the
    title's subject): recurring across the folder like the site's standing line under it, but it
    takes up the story's words, so it stays; the standing line and a dated standing line go."""
    background = "Dienvidu tilta remonts sākās 2023. gadā un izmaksās 48 miljonus eiro."
    standing = "Sekojiet mūsu ziņām arī Telegram kanālā un saņemiet svarīgāko katru rītu."
    news = [("Dienvidu tilta remonts: satiksme naktī slēgta", "Naktī no piektdienas uz sestdienu tilts būs slēgts "
             "visiem transportlīdzekļiem, paziņoja pilsētas dome.", "Remonta darbi uz tilta turpināsies līdz rudenim."),
            ("Dienvidu tilta remonts kavējas par mēnesi", "Būvnieks dome informēja, ka tilta remonta darbi kavējas "
             "materiālu piegādes dēļ.", "Remonts tagad varētu noslēgties novembrī, nevis oktobrī."),
            ("Dienvidu tilta remonts: sabiedriskais transports pa apvedceļu", "Autobusi un trolejbusi no pirmdienas "
             "kursēs pa apvedceļu, jo tilta labā josla būs slēgta.", "Remonta laikā braukšanas laiks pagarināsies."),
            ("Rīgā atklāts jauns bērnu laukums", "Ziepniekkalnā atklāts jauns bērnu rotaļu laukums ar šūpolēm un "
             "smilšu kasti.", "Laukuma būvniecība izmaksāja 120 tūkstošus eiro.")]
    for i, (title, *body) in enumerate(news):
        dated = f"Informācija atjaunota {10 + i}. jūnijā."
        tail = [background] if i < 3 else []
        (tmp_path / f"{i}.txt").write_text("\n\n".join([title, *body, *tail, standing, dated]))
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert len(articles) == 4
    assert sum(a.text.endswith(background) for a in articles) == 3
    assert not any(standing in a.text or "Informācija atjaunota" in a.text for a in articles)


_CASELESS_BYLINES = {
    "he": ("כתב: יוסי לוי", [
        ("עיריית חיפה פותחת חניון חדש", "החניון ליד תחנת הרכבת יכיל שש מאות מקומות חניה.",
         "העירייה מקווה שהחניון יקל על הפקקים במרכז העיר."),
        ("תור ארוך לרופאי משפחה בצפון", "במרפאות הגליל ממתינים בממוצע שלושה שבועות לתור.",
         "משרד הבריאות הודיע כי יגייס עשרה רופאים נוספים לאזור."),
        ("נמל חיפה מרחיב את שעות הפעילות", "הנמל יפעל מעתה גם בלילות כדי לקצר את התורים.",
         "היבואנים בירכו על ההחלטה ואמרו שחיכו לה שנים."),
        ("בית ספר חדש נפתח בקריות", "בית הספר יקלוט שש מאות תלמידים כבר בספטמבר.",
         "ההורים ביקשו להוסיף קווי הסעה מהשכונות החדשות.")]),
    # (a name whose letters carry their vowel signs and nasal marks: "अंकित शर्मा")
    "hi": ("रिपोर्ट: अंकित शर्मा", [
        ("इंदौर में नया बस अड्डा शुरू", "नया बस अड्डा रेलवे स्टेशन के पास बनाया गया है और इसमें चालीस प्लेटफॉर्म हैं।",
         "नगर निगम को उम्मीद है कि इससे शहर के बीच का जाम कम होगा।"),
        ("उज्जैन में गर्मी से राहत की उम्मीद", "मौसम विभाग ने अगले दो दिनों में हल्की बारिश की संभावना जताई है।",
         "किसानों ने कहा कि बारिश से सोयाबीन की बुवाई में मदद मिलेगी।"),
        ("भोपाल झील की सफाई का काम तेज", "बड़े तालाब से अब तक तीन सौ टन जलकुंभी निकाली जा चुकी है।",
         "सफाई का काम मानसून से पहले पूरा करने का लक्ष्य रखा गया है।"),
        ("ग्वालियर में नया पुस्तकालय खुला", "पुस्तकालय में बीस हजार किताबें और बच्चों के लिए अलग कक्ष है।",
         "पुस्तकालय सुबह आठ बजे से रात आठ बजे तक खुला रहेगा।")]),
}


@pytest.mark.parametrize("lang", sorted(_CASELESS_BYLINES))
def test_a_byline_in_a_script_without_capitals_recurs_and_stays(tmp_path: Path, lang: str) -> None:
    """One reporter's byline under a label ("כתב: יוסי לוי", "रिपोर्ट: अंकित शर्मा") stands on several
    pages of a folder: a name, in a script without capitals, is no standing line of the site."""
    byline, news = _CASELESS_BYLINES[lang]
    for i, (title, *body) in enumerate(news):
        lines = [title, *body, byline] if i < 3 else [title, *body]
        (tmp_path / f"{i}.txt").write_text("\n\n".join(lines))
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert sum(a.text.endswith(byline) for a in articles) == 3


@pytest.mark.parametrize(("last", "removed"), [
    # the outlet's plug naming its show in quotation marks: a name, no one's words
    ("Kurikira ikiganiro «Kigali Today Live» buri wa gatanu ku muyoboro wacu.", True),
    # someone's words naming the outlet: reported speech, the story's
    ("«Kigali Today yatubajije iki kibazo mbere y'abandi bose, kandi turabyishimiye», ibi ni ibyavuzwe n'umuyobozi.",
     False),
])
def test_the_outlets_plug_naming_its_show_in_quotes_goes_above_the_trailer(last: str, removed: bool) -> None:
    """Right above the trailer, a line naming the outlet whose quotation marks hold a show's name is
    the outlet's plug, in words no lexicon knows; one whose quotation marks hold someone's sentence
    is reported speech and stays."""
    body = ["Umujyi wa Kigali uratangira kubaka umuhanda mushya uhuza Nyabugogo na Kimisagara mu kwezi gutaha.",
            "Umushinga uzatwara miliyari esheshatu z'amafaranga y'u Rwanda, ukazarangira mu mezi cumi n'umunani.",
            "Abaturage bazimurwa bazahabwa ingurane mbere y'uko imirimo itangira."]
    dump = _network_copy("Umuhanda mushya uzahuza Nyabugogo na Kimisagara", "Kigali Today", [*body, last],
                         ["umuhanda, Kigali, plato, PlatoData, zephyrnet", "Igihe cyashyizweho:",
                          "Ibindi bivuye kuri Kigali Today"])
    article = cleaner.clean(dump, kind="text")
    assert article.text == "\n\n".join(body if removed else [*body, last])


def test_a_standing_line_the_extractor_leaves_out_of_html_pages_still_counts_for_the_folder(tmp_path: Path) -> None:
    """A site's standing line stands in the footer of its HTML pages, which the extraction leaves out,
    and under its text dumps: counted on both, it is the folder's template, and the dumps lose it."""
    standing = "Daawo barnaamijka «Galabta Hiiraan» maalin kasta saacadda shanta galabnimo."
    stories = [("Roob culus ayaa ka da'ay Baydhabo", ["Roob culus oo socday saddex saacadood ayaa ka da'ay magaalada "
                "Baydhabo.", "Dadka deegaanka ayaa sheegay in waddooyin badan ay xirmeen."]),
               ("Dekedda Muqdisho oo la ballaariyay", ["Dowladda ayaa ku dhawaaqday ballaarinta dekedda Muqdisho.",
                "Mashruucu wuxuu qaadan doonaa laba sano, sida ay sheegtay wasaaraddu."]),
               ("Imtixaanaadka dugsiyada sare oo bilaabmay", ["Imtixaanaadka dugsiyada sare ayaa maanta ka bilaabmay "
                "gobolka.", "Ku dhawaad sagaal kun oo arday ayaa galaya imtixaanka sannadkan."]),
               ("Suuqa Bakaaraha oo qiimihiisu kacay", ["Qiimaha bariiska iyo sonkorta ayaa kor u kacay suuqa "
                "Bakaaraha.", "Ganacsatadu waxay sababeen canshuurta cusub ee dekedda."]),
               ("Kooxda Horseed oo ku guuleysatay koobka", ["Kooxda Horseed ayaa ku guuleysatay koobka horyaalka "
                "kadib ciyaar adag.", "Tababaraha ayaa guusha u hibeeyay taageerayaasha kooxda."])]
    for i, (title, body) in enumerate(stories):
        if i < 2:
            paragraphs = "".join(f"<p>{p}</p>" for p in body)
            (tmp_path / f"{i}.html").write_text(
                f"<html><head><title>{title} | Hiiraan Maanta</title></head><body><article><h1>{title}</h1>"
                f"<div class='article__body'>{paragraphs}</div><footer class='article__footer'><p>{standing}</p>"
                "</footer></article></body></html>")
        else:
            tail = [standing] if i < 4 else []
            (tmp_path / f"{i}.txt").write_text("\n\n".join([title, *body, *tail]))
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert len(articles) == 5
    assert not any("Daawo barnaamijka" in a.text for a in articles)


# one story on two sites: an outlet's own article and a partner's copy of it, each with its
# site's furniture around the shared paragraphs (in Polish: no phrase of it is a prior)
_STORY = [
    "Po dwóch latach poszukiwań ostatnia kuźnia w Zalesiu Górnym ma nowego właściciela, który przejmie zakład od stycznia.",
    "Dotychczasowy kowal, Henryk Wiśniak, prowadził warsztat od 1981 roku i wykonywał podkowy, bramy oraz narzędzia ogrodnicze.",
    "Nowy właściciel, trzydziestoletni Paweł Zaręba, chce obok podkuwania koni prowadzić kursy kowalstwa dla amatorów.",
    "Gmina dołoży do przejęcia warsztatu czterdzieści tysięcy złotych z programu wsparcia rzemiosła wiejskiego.",
]


def _copies(tmp_path: Path, partner: list[str], original_extra: list[str] | None = None,
            **options: object) -> list[cleaner.Article]:
    rows = [
        {"id": "k-1", "url": "https://kurier-zalesie.example.pl/kuznia", "title": "Ostatnia kuźnia ma następcę",
         "text": "\n\n".join(_STORY + (original_extra or [])), "site": "Kurier Zalesia"},
        {"id": "g-7", "url": "https://glos-doliny.example.pl/region/kuznia", "site": "glos-doliny.example.pl",
         "title": "Ostatnia kuźnia ma następcę | Głos Doliny", "text": "\n\n".join(partner)},
    ]
    (tmp_path / "rows.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(**options), write=articles.append, reject=lambda r: None)
    return articles


_PARTNER = ["Fot. Kurier Zalesia / Anna Bąk", _STORY[0], _STORY[1], "Czytaj też: Piekarnia w Dolinie zamknięta po stu latach",
            _STORY[2], _STORY[3],
            "Tekst ukazał się pierwotnie w Kurierze Zalesia, publikujemy go w ramach współpracy redakcji.",
            "Wspieraj lokalne dziennikarstwo: zostań członkiem klubu przyjaciół Głosu Doliny."]


def test_a_partner_copy_loses_the_furniture_its_site_put_around_the_story(tmp_path: Path) -> None:
    articles = _copies(tmp_path, _PARTNER, keep_duplicates=True)
    partner = next(a for a in articles if a.origin.index == 1)
    assert partner.text.split("\n\n") == _STORY
    assert partner.title == "Ostatnia kuźnia ma następcę" and partner.source == "Głos Doliny"
    assert {r.text for r in partner.removed if r.rule == "copy-furniture"} == {
        _PARTNER[0], _PARTNER[3], _PARTNER[6], _PARTNER[7]}


def test_the_original_is_the_copy_kept_and_its_own_furniture_goes_too(tmp_path: Path) -> None:
    pitch = "Nie przegap wiadomości z Zalesia, zapisz się na nasz bezpłatny newsletter."
    [kept] = _copies(tmp_path, _PARTNER, original_extra=[pitch])
    assert kept.origin.index == 0 and kept.source == "Kurier Zalesia"
    assert kept.text.split("\n\n") == _STORY
    assert [(d.index) for d in kept.duplicates] == [1]


def test_a_later_story_that_retells_the_background_is_no_copy(tmp_path: Path) -> None:
    # another site's report of what happened next: its own lede, one background paragraph
    # shared, and a short closing line of its own, which stays
    later = ["Nowy kowal z Zalesia Górnego zapisał już dwudziestu chętnych na pierwsze kursy, które ruszą w marcu.",
             _STORY[1], "Zajęcia odbywać się będą w soboty, a koszt jednego spotkania wyniesie sto dwadzieścia złotych.",
             "Zapisy trwają."]
    articles = _copies(tmp_path, later, keep_duplicates=True)
    other = next(a for a in articles if a.origin.index == 1)
    assert other.text.split("\n\n") == later
    assert not any(r.rule == "copy-furniture" for a in articles for r in a.removed)


def _row_article(tmp_path: Path, row: dict[str, str]) -> cleaner.Article:
    (tmp_path / "row.jsonl").write_text(json.dumps(row, ensure_ascii=False))
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    [article] = articles
    return article


def test_a_site_field_that_is_only_an_address_leaves_the_title_tail_to_name_the_outlet(tmp_path: Path) -> None:
    row = {"id": "1", "url": "https://chilikakhabar.example.in/a", "site": "chilikakhabar.example.in",
           "title": "ଚିଲିକା କୂଳର ମହିଳାମାନେ କଙ୍କଡ଼ା ଚାଷରୁ ଆୟ ଦୁଇଗୁଣ କଲେ | ଚିଲିକା ଖବର",
           "text": "ଚିଲିକା ହ୍ରଦ କୂଳର ସାତଟି ଗାଁର ପ୍ରାୟ ଦୁଇ ଶହ ମହିଳା ସ୍ୱୟଂ ସହାୟକ ଗୋଷ୍ଠୀ ଜରିଆରେ କଙ୍କଡ଼ା ଚାଷ କରୁଛନ୍ତି।\n\n"
                   "ଗତ ବର୍ଷ ତୁଳନାରେ ସେମାନଙ୍କ ଆୟ ଦୁଇଗୁଣ ହୋଇଛି ବୋଲି ଗୋଷ୍ଠୀର ସଭାନେତ୍ରୀ କହିଛନ୍ତି।\n\n"
                   "ସ୍ୱାଧୀନ ସାମ୍ବାଦିକତାକୁ ସମର୍ଥନ କରନ୍ତୁ: ଚିଲିକା ଖବରକୁ ଆଜି ହିଁ ଦାନ ଦିଅନ୍ତୁ।"}
    article = _row_article(tmp_path, row)
    assert article.title == "ଚିଲିକା କୂଳର ମହିଳାମାନେ କଙ୍କଡ଼ା ଚାଷରୁ ଆୟ ଦୁଇଗୁଣ କଲେ"
    assert article.source == "ଚିଲିକା ଖବର"


def test_a_records_site_field_names_its_outlet(tmp_path: Path) -> None:
    row = {"id": "1", "title": "Ostatnia kuźnia ma następcę", "text": "\n\n".join(_STORY), "site": "Kurier Zalesia"}
    article = _row_article(tmp_path, row)
    assert article.source == "Kurier Zalesia"


_TURKISH = ["Belediye meclisi dün akşamki oturumda şehir merkezindeki tarihi çarşının yenilenmesi için hazırlanan projeyi oy birliğiyle kabul etti.",
            "Projenin ilk aşamasında çarşının çatısı onarılacak, ardından dükkânların cepheleri eski fotoğraflara göre yeniden düzenlenecek."]
_TURKISH_END = "Çalışmaların önümüzdeki bahar başlaması ve iki yıl içinde tamamlanması bekleniyor; esnaf bu süre içinde geçici dükkânlarda hizmet verecek."


def _sandwich(box: str) -> str:
    return ("<html><head><title>Tarihi çarşı yenileniyor | Kent Postası</title></head><body><main><article>"
            "<h1>Tarihi çarşı yenileniyor</h1><div class='article-body'>"
            f"<p>{_TURKISH[0]}</p><p>{_TURKISH[1]}</p>{box}<p>{_TURKISH_END}</p>"
            "</section></div></div></body></html>")


@pytest.mark.parametrize("box, kept", [
    # an interview's questions and answers in boxes classed as comments
    ("<div class='comments-section'><div class='comment'><p class='comment-author'>Proje ne kadar sürecek?</p>"
     "<p class='comment-body'>İki yıl sürecek, esnaf bu sürede geçici dükkânlarda çalışacak.</p></div>"
     "<div class='comment'><p class='comment-author'>Maliyeti kim karşılayacak?</p>"
     "<p class='comment-body'>Maliyetin yarısını bakanlık, yarısını belediye üstlenecek.</p></div></div>",
     ["Proje ne kadar sürecek?", "Maliyetin yarısını bakanlık, yarısını belediye üstlenecek."]),
    # a vote's results in a table inside a widget-classed box
    ("<div class='widget results-widget'><table><tr><th>Grup</th><th>Oy</th></tr><tr><td>Evet</td><td>31</td></tr>"
     "<tr><td>Hayır</td><td>0</td></tr></table></div>", ["Grup | Oy", "Evet | 31", "Hayır | 0"]),
])
def test_a_box_between_two_article_paragraphs_is_the_articles_whatever_its_class(box: str, kept: list[str]) -> None:
    article = cleaner.clean(_sandwich(box), kind="html")
    blocks = article.text.split("\n\n")
    assert all(line in blocks for line in kept)
    assert blocks[-1] == _TURKISH_END


@pytest.mark.parametrize("box", [
    "<div class='ad-label'>Reklam</div>",  # one piece of text: an ad slot's label
    "<div class='comments-section'><div class='comment'><p>Harika haber!</p><a href='/yanitla'>Yanıtla</a></div>"
    "<div class='comment'><p>Çok geç kalındı.</p><a href='/yanitla'>Yanıtla</a></div></div>",  # links to act on
])
def test_a_sites_box_between_the_paragraphs_still_goes(box: str) -> None:
    article = cleaner.clean(_sandwich(box), kind="html")
    assert article.text.split("\n\n") == [*_TURKISH, _TURKISH_END]


def test_comments_under_the_article_still_go() -> None:
    page = ("<html><head><title>Tarihi çarşı yenileniyor</title></head><body><main><article>"
            f"<h1>Tarihi çarşı yenileniyor</h1><div class='article-body'><p>{_TURKISH[0]}</p><p>{_TURKISH[1]}</p>"
            f"<p>{_TURKISH_END}</p></div><div class='comments-section'><div class='comment'><p>Ahmet Y.</p>"
            "<p>Bu proje yıllardır bekleniyordu, çok sevindim, umarım zamanında biter.</p><p>Mehmet K.</p></div></div>"
            "</article></main></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.text.split("\n\n") == [*_TURKISH, _TURKISH_END]


def test_a_standing_line_above_a_long_footer_of_a_whole_page_is_learned(tmp_path: Path) -> None:
    """The plain text of a whole page (a WET record) has its footer and comments under the article:
    the site's standing line at the article's end, further from the page's end than the template
    window, is still counted, as the article's last lines (Czech blog, three pages of one host)."""
    from test_cli import _wet_file

    # (no handle in it: a line offering the site's handle goes by that alone, learned or not)
    pitch = "Zkusili jste tento recept? Napište mi do komentářů, jak se vám povedl, a pochlubte se výsledkem."
    stories = [
        ["Švestkový koláč pečeme u nás každé září, když se na zahradě obalí stromy modrými plody.",
         "Těsto je kynuté a nechávám ho kynout v teple alespoň hodinu, než ho rozválím na plech.",
         "Švestky rozpůlím, vypeckuji a skládám je těsně vedle sebe, řezem nahoru, aby pustily šťávu.",
         "Na švestky nasypu drobenku z másla, mouky a cukru a koláč peču asi čtyřicet minut.",
         "Nejlepší je druhý den, kdy se šťáva ze švestek vsákne do těsta a drobenka změkne."],
        ["Na podzim vařím dýňovou polévku skoro každý týden, protože je rychlá a zahřeje celou rodinu.",
         "Dýni hokkaido nemusíte loupat, stačí ji omýt, vydlabat semínka a nakrájet na kostky.",
         "Nakonec polévku rozmixuji se smetanou a na talíři ji posypu opraženými dýňovými semínky.",
         "Kdo má rád ostřejší chuť, přidá na konci kousek čerstvého zázvoru a trochu chilli.",
         "Polévka vydrží v lednici tři dny a dá se také zamrazit po porcích na horší časy."],
        ["Bramboráky podle babičky se smaží na sádle a do těsta patří hodně česneku a majoránky.",
         "Brambory nastrouhejte najemno a nechte je chvíli okapat, jinak bude těsto příliš řídké.",
         "Na pánev dávejte jen tenkou vrstvu těsta, aby byly bramboráky křupavé až do středu.",
         "Hotové bramboráky nechte okapat na papírové utěrce, aby nebyly zbytečně mastné.",
         "Podávejte je hned, teplé, s kysaným zelím nebo jen tak s hrnkem studeného mléka."],
    ]
    footer = ["Komentáře (3)", "Jana K. · 3. 11. 2025", "Vypadá skvěle!", "Odpovědět", "Petr M. · 4. 11. 2025",
              "Dělal jsem podle vás.", "Odpovědět", "Napsat komentář", "Recepty", "Cestování", "O mně", "Kontakt",
              "Zásady ochrany soukromí", "Používáme cookies.", "Souhlasím", "Sledujte mě", "Facebook", "Instagram",
              "© 2025 Kuchyně Jany"]
    menu = ["Domů", "Recepty", "Polévky", "Hlavní jídla", "Moučníky", "Pečivo", "Cestování", "Tipy", "O mně", "Kontakt"]
    titles = ["Švestkový koláč jako od babičky", "Dýňová polévka za půl hodiny", "Bramboráky s majoránkou"]
    pages = [(f"https://kuchynejany.example.cz/recept-{i}/",
              "\n".join([f"{title} | Kuchyně Jany", *menu, title, *story, pitch, *footer]))
             for i, (title, story) in enumerate(zip(titles, stories, strict=True))]
    path = tmp_path / "CC-MAIN-20251101-00001.warc.wet.gz"
    _wet_file(path, pages)
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert [a.text.split("\n\n") for a in articles] == stories
    assert all({r.rule for r in a.removed if r.text == pitch} == {"site-template"} for a in articles)


def _whole_page(tmp_path: Path, title: str, body: list[str], foot: list[str]) -> cleaner.Article:
    """One whole page's text in a WET file (its title line, menu, headline, body and footer), cleaned."""
    text = "\n".join([f"{title} | Völgyhírek", "Címlap", "Hírek", "Programok", "Kapcsolat", title, *body, *foot])
    return _clean_page(tmp_path, "https://hirekavolgybol.example.hu/hir/templomtorony", text)


_HU = ["A református gyülekezet vasárnap délelőtt ünnepi istentisztelettel adott hálát a felújított templomtoronyért.",
       "A munkálatok tavasszal kezdődtek, a költségek felét a gyülekezet tagjainak adományaiból fedezték.",
       "A lelkész az istentisztelet végén megköszönte az önkéntesek munkáját, akik hónapokon át segítettek."]
_HU_FOOT = ["Megosztás: Facebook", "Hozzászólások (0)", "Adatvédelem", "© 2025 Völgyhírek"]


@pytest.mark.parametrize("items", [
    ["Következő alkalmaink:", "December 12 – Adventi hangverseny a templomban",
     "Január 11 – Gyülekezeti közgyűlés a tanácsteremben"],  # entries that open on their month
    ["A templom nyitvatartása:", "hétfőtől péntekig reggel 8 órától délután 4 óráig",
     "szombaton délelőtt 9 órától 12 óráig"],  # hours from one figure to another
])
def test_a_list_under_the_storys_lead_in_line_stays_on_a_whole_page(tmp_path: Path, items: list[str]) -> None:
    article = _whole_page(tmp_path, "Megújult a református templom tornya", [*_HU, *items], _HU_FOOT)
    assert article.text.split("\n\n") == [*_HU, *items]


@pytest.mark.parametrize("line", [
    "Előkészítés: 20 perc · Sütés: 40 perc · Adag: 8",  # a row of labelled facts
    "2. nap: fel a Kékesre a régi zarándokúton",  # a numbered section's head
])
def test_a_label_line_of_facts_or_a_numbered_section_is_no_link(tmp_path: Path, line: str) -> None:
    article = _whole_page(tmp_path, "Megújult a református templom tornya", [_HU[0], _HU[1], line, _HU[2]], _HU_FOOT)
    assert article.text.split("\n\n") == [_HU[0], _HU[1], line, _HU[2]]


_PL = ["Jesienią na Podlasiu pieczemy sękacza na rożnie, warstwa po warstwie, przez kilka godzin przy ogniu.",
       "Ciasto musi być gęste jak śmietana, inaczej spłynie z wałka i nie utworzy charakterystycznych sęków.",
       "Najlepszy sękacz jadłam w Dubiczach Cerkiewnych, gdzie pani Helena piecze go od czterdziestu lat."]


@pytest.mark.parametrize("last, goes", [
    ("Cześć, jestem Zofia! Od 2012 roku piszę tu o kuchni podlaskiej i o wędrówkach po Puszczy Białowieskiej.",
     True),  # the byline's author, named again at the end: her bio
    ("Pani Helena zaprasza do swojej piekarni w każdą sobotę, od rana aż do wyczerpania zapasów ciasta.",
     False),  # the story's own closing sentence, about someone the story names
])
def test_the_bylines_author_named_again_at_a_whole_pages_end_is_her_bio(tmp_path: Path, last: str, goes: bool) -> None:
    from test_cli import _wet_file

    title = "Sękacz z Podlasia, czyli ciasto z rożna"
    text = "\n".join([f"{title} | Kuchnia Zosi", "Strona główna", "Przepisy", "Podróże", "O mnie", title,
                      "Opublikowano 3 listopada 2025 przez Zofia Kowalczyk · 4 komentarze", *_PL, last,
                      "4 komentarze", "Dodaj komentarz", "© 2025 Kuchnia Zosi"])
    path = tmp_path / "CC-MAIN-20251103-00001.warc.wet.gz"
    _wet_file(path, [("https://kuchniazosi.example.pl/sekacz/", text)])
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    [article] = articles
    assert article.text.split("\n\n") == (_PL if goes else [*_PL, last])


def test_a_short_headline_under_a_long_site_name_is_the_titles_echo(tmp_path: Path) -> None:
    """The page's title is its headline and a site's name longer than it ("Megújult a templomtorony
    | Hírek a Völgyből"): the headline line is still the title's echo, so the article starts under it
    and a dated line between its paragraphs is no byline of its head."""
    from test_cli import _wet_file

    title = "Megújult a templomtorony"
    body = [_HU[0], _HU[1], "Ünnepi hangverseny december 14-én 17 órakor", _HU[2]]
    text = "\n".join([f"{title} | Hírek a Völgyből", "Címlap", "Hírek", "Programok", title, *body, *_HU_FOOT])
    path = tmp_path / "CC-MAIN-20251201-00002.warc.wet.gz"
    _wet_file(path, [("https://hirekavolgybol.example.hu/hir/torony", text)])
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    [article] = articles
    assert article.title == title
    assert article.text.split("\n\n") == body


def _clean_dump(tmp_path: Path, name: str, lines: list[str]) -> cleaner.Article:
    """One text dump (paragraphs parted by blank lines), cleaned alone."""
    path = tmp_path / name
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    [article] = articles
    return article


def _clean_page(tmp_path: Path, url: str, text: str) -> cleaner.Article:
    """One whole page's text, as a WET file holds it, cleaned alone."""
    from test_cli import _wet_file

    path = tmp_path / "CC-MAIN-20251201-00009.warc.wet.gz"
    _wet_file(path, [(url, text)])
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    [article] = articles
    return article


def _echoes(title: str, outlet: str, spam: str = "PlatoBlockchain Data Intelligence. Vertical Search. Ai.") -> list[str]:
    """A network copy's two title lines: the title with its outlet, then with the spam after it."""
    return [f"{title} - {outlet}", f"{title} - {outlet} {spam}"]


_SK = ["Tím mykológov zo Žiliny opísal nový druh húb, ktorý rastie výlučne na odumretom dreve jedle.",
       "Hubu objavili počas terénneho výskumu pred tromi rokmi, no jej zaradenie si vyžiadalo genetické analýzy.",
       "Nový druh dostal meno podľa neďalekého pohoria a vedci ho opísali v odbornom časopise."]


@pytest.mark.parametrize("name", ["EurekAlert!", "Slovak Wall St."])
def test_identical_echoes_ending_in_a_name_with_its_own_mark_name_the_outlet(tmp_path: Path, name: str) -> None:
    """The same "Title - Name!" twice and nothing to contrast: the page writes the name so, mark and
    all, in its own lines ("Viac od EurekAlert!"), so the tail is the outlet's and its footer goes."""
    title = "Slovenskí vedci opísali nový druh húb v lesoch pri Žiline"
    article = _clean_dump(tmp_path, "huby.txt", [
        f"{title} - {name}", f"{title} - {name}", *_SK,
        "Huba PlatoBlockchain Data Intelligence. Vertikálne vyhľadávanie. Ai.",
        f"Prihláste sa na odber noviniek {name} a dostávajte tlačové správy z vedy každý deň.",
        "huby, mykológia, platón, plato, Plato Data Intelligence, PlatoData, zephyrnet",
        "Časová pečiatka:", f"Viac od {name}"])
    assert article.title == title
    assert article.source == name
    assert article.text.split("\n\n") == _SK


_ZU = ["Abashayeli bamatekisi eThekwini baqhubeke nesiteleka sabo namuhla, bekhala ngezintela ezintsha zomasipala.",
       "Abagibeli abaningi kuphoqeleke ukuthi bahambe ngezinyawo besuka eBerea beya enkabeni yedolobha ekuseni.",
       "Umasipala uthe uzohlangana nabaholi bezinhlangano zamatekisi ngoLwesithathu ukuze kuxoxwe ngalolu daba."]
_ZU_SPAM = "Abagibeli belinde eteshini Ubuhlakani Bedatha. Ukusesha Okumile. Hawu."


def test_the_spams_shape_with_no_brand_left_goes_on_a_page_the_network_touched(tmp_path: Path) -> None:
    """Identical echoes teach no spam; a caption in the spam's shape (a few words, then two or three
    very short sentences, the last a word of a few letters) is the network's on its copy."""
    title = "Isiteleka samatekisi eThekwini singena osukwini lwesithathu"
    article = _clean_dump(tmp_path, "amatekisi.txt", [
        f"{title} - Isolezwe", f"{title} - Isolezwe", _ZU[0], _ZU_SPAM, *_ZU[1:],
        "amatekisi, eThekwini, isiteleka, PlatoData, Zephyrnet"])
    assert article.text.split("\n\n") == _ZU


def test_the_spams_shape_alone_is_no_evidence(tmp_path: Path) -> None:
    article = _clean_dump(tmp_path, "amatekisi.txt", ["Isiteleka samatekisi eThekwini", _ZU[0], _ZU_SPAM, *_ZU[1:]])
    assert article.text.split("\n\n") == [_ZU[0], _ZU_SPAM, *_ZU[1:]]


_TG = ["ДУШАНБЕ — Муҳоҷирони корӣ дар Русия ва Қазоқистон аз рӯзи душанбе метавонанд пулро бевосита ба корт фиристанд.",
       "Хизматрасониро Бонки миллии Тоҷикистон якҷо бо ду бонки тиҷоратӣ ва як ширкати молиявӣ ба роҳ мондааст.",
       "Коршиносон бар ин назаранд, ки камшавии хароҷот метавонад як қисми пулҳоро ба низоми расмӣ баргардонад."]
_TG_TITLE = "Муҳоҷирон акнун метавонанд пулро тавассути барнома бевосита ба корт фиристанд"


@pytest.mark.parametrize("separator", [": ", " | "])
def test_a_title_that_opens_on_the_outlet_named_by_more_from(tmp_path: Path, separator: str) -> None:
    """"Copperline: Title" three times, "More from Copperline" at the end: the opening is the outlet."""
    line = f"Copperline{separator}{_TG_TITLE}"
    article = _clean_dump(tmp_path, "muhojiron.txt", [
        line, line, line, *_TG, "пул, бонк, PlatoData, zephyrnet", "Мӯҳри вақт:", "Бештар аз Copperline"])
    assert article.title == _TG_TITLE
    assert article.source == "Copperline"
    assert article.text.split("\n\n") == _TG


def test_a_kicker_or_a_subject_before_the_title_stays(tmp_path: Path) -> None:
    """A subject the story names from its start ("Бонки миллӣ: ...") or a kicker no closing line names
    is the title's."""
    subject = "Бонки миллӣ"
    line = f"{subject}: {_TG_TITLE}"
    body = [_TG[0], "Бонки миллӣ мегӯяд, ки комиссия аз 1 фоиз зиёд нахоҳад буд.", *_TG[1:]]
    article = _clean_dump(tmp_path, "muhojiron.txt", [
        line, line, *body, "пул, бонк, PlatoData, zephyrnet", "Манбаъ: Бонки миллӣ"])
    assert article.title == line


_EO = ["Du jarojn post kiam familio de kastoroj estis liberigita super la rivero Dyfi, la bestoj konstruis dek unu digojn.",
       "Almenaŭ du asekurkompanioj petis la datumojn de la studo, ĉar la digoj malrapidigas la inundojn en la valo.",
       "La kimra registaro decidos ĝis aŭtuno, ĉu permesi liberigojn ekster barilitaj terenoj."]
_EO_FOOTER = ["Informleteroj de La Oksbova Revuo",
              "Inundebenaĵo — lunda resumo pri riveroj, pluvo kaj la homoj, kiuj loĝas apud ili.",
              "Kontraŭflue — nia longa legaĵo, ĉiun duan ĵaŭdon.",
              "La Oksbova Revuo estas sendependa, leganto-financata redakcio, kaj ni korektas niajn erarojn publike.",
              "Sekvu temojn kaj aŭtorojn: ricevu retleteron kiam ni publikigas pri la lokoj, kiujn vi elektas."]


def test_the_outlets_closing_block_goes_in_a_language_no_rule_file_has(tmp_path: Path) -> None:
    title = "Kastoroj revenas al kimra valo, kaj la asekuristoj atentas"
    article = _clean_dump(tmp_path, "kastoroj.txt", [
        *_echoes(title, "La Oksbova Revuo", "Datuma Inteligenteco de PlatoBlokĉeno. Vertikala Serĉado. Aj."),
        *_EO, *_EO_FOOTER, "Tempa Stampo:", "Pli de La Oksbova Revuo"])
    assert article.source == "La Oksbova Revuo"
    assert article.text.split("\n\n") == _EO


def test_a_subheading_naming_the_outlet_over_the_storys_last_paragraphs_stays(tmp_path: Path) -> None:
    title = "Kastoroj revenas al kimra valo, kaj la asekuristoj atentas"
    body = [*_EO[:2], "Kion trovis La Oksbova Revuo",
            "Niaj raportistoj legis tricent dokumentojn de la registaro kaj parolis kun dek du farmistoj laŭ la rivero, "
            "el kiuj ok diris, ke ili neniam estis demanditaj pri la liberigo.", _EO[2]]
    article = _clean_dump(tmp_path, "kastoroj.txt", [
        *_echoes(title, "La Oksbova Revuo", "Datuma Inteligenteco de PlatoBlokĉeno. Vertikala Serĉado. Aj."),
        *body, "Tempa Stampo:", "Pli de La Oksbova Revuo"])
    assert article.text.split("\n\n") == body


def test_the_outlet_named_only_by_two_closing_lines(tmp_path: Path) -> None:
    """A network row with no tail: "Mear fan X" and "... earst op X." name its outlet, which the
    story never does."""
    body = ["De gemeente Ljouwert hat besletten om de âlde tramline nei Dokkum wer iepen te meitsjen foar fytsers en kuierders.",
            "De wurksumheden begjinne yn it neijier en moatte foar de simmer fan takom jier klear wêze, seit de wethâlder.",
            "Bewenners fan de doarpen lâns de rûte binne bliid mei it plan, al freegje guon har ôf wa't it ûnderhâld betellet."]
    row = {"id": "pd-fy-1", "url": "https://platoaistream.net/fy/tramline-dokkum/", "title": "Alde tramline wurdt fytspaad",
           "author": "Republished By Plato",
           "text": "\n\n".join([*body, "Mear fan Gannet Bulletin", "Dit artikel ferskynde earst op Gannet Bulletin."])}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    [article] = articles
    assert article.source == "Gannet Bulletin"
    assert article.text.split("\n\n") == body


def test_a_newsletter_list_under_the_outlets_heading_goes(tmp_path: Path) -> None:
    title = "Farmers Along the Severn Are Being Paid to Let Their Fields Flood"
    body = ["Along a six-mile stretch of the Severn, farmers are being paid to let the river spill onto their land in winter.",
            "The scheme is run by the river authority with money from three councils downstream, whose towns flooded last winter.",
            "Reporting by Hannah Greaves; editing by Colm Feeney."]
    article = _clean_dump(tmp_path, "severn.txt", [
        *_echoes(title, "The Oxbow Review"),
        *body, "Newsletters from The Oxbow Review",
        "Floodplain — a Monday briefing on rivers, rain and the people who live beside them.",
        "Upstream — our long read, one Thursday in two.",
        "Bankside Notes — sign up for letters from our readers, edited once a month.",
        "Time Stamp:", "More from The Oxbow Review"])
    assert article.text.split("\n\n") == body


_KO = ["제천의 대표 겨울 행사인 '의림지 겨울축제'가 다음 달 9일부터 25일까지 17일 동안 의림지와 솔밭공원 일원에서 열린다.",
       "제천문화재단은 18일 축제 세부 계획을 발표하고 올해는 얼음 두께가 확보되는 시점에 맞춰 개막일을 예년보다 일주일 늦췄다고 밝혔다.",
       "주요 프로그램", "얼음썰매장과 눈썰매장", "빙어 얼음낚시 체험", "의림지 둘레길 달빛 걷기", "전통 연날리기·팽이치기 대회",
       "군고구마·군밤 먹거리 장터", "청소년 동아리 거리공연",
       "개막 첫 주말에는 야간 개장이 오후 9시까지 연장되고, 제천역과 축제장을 오가는 셔틀버스가 무료로 운행된다.",
       "입장은 무료이며 빙어낚시와 썰매장 이용료는 현장에서 지역화폐로도 낼 수 있다."]


def test_a_list_without_figures_inside_the_story_of_a_whole_page_stays(tmp_path: Path) -> None:
    """A heading over six short entries with no figure to tell them (a festival's programme), then
    paragraphs that go on about the festival: the story's list, not a menu closing it."""
    title = "의림지 겨울축제 내달 개막…얼음썰매·빙어낚시 등 프로그램 풍성"
    text = "\n".join([f"{title} - 한내일보", "본문 바로가기", "한내일보", "전체기사 정치 경제 사회 문화", "로그인 회원가입",
                      "홈 > 문화 > 축제·행사", title, "기자명 박소연 기자", "입력 2025.12.18 14:22", *_KO,
                      "저작권자 © 한내일보 무단전재 및 재배포 금지", "관련기사", "청풍호반 케이블카 겨울철 운영시간 단축",
                      "회사소개 | 기사제보 | 광고문의 | 개인정보처리방침"])
    article = _clean_page(tmp_path, "https://www.hannaeilbo.example.kr/news/articleView.html?idxno=1", text)
    assert article.text.split("\n\n") == ["기자명 박소연 기자", *_KO]  # (the reporter's byline is the story's)


_SR = ["Град Лозница потписао је уговор о изградњи новог пешачког моста преко Штире код Лагатора.",
       "Мост ће бити дугачак 46 метара и широк три метра, са стазом за бицикле и јавном расветом.",
       "Радови ће почети у марту, када ниво Штире опадне, а рок за завршетак је крај лета."]


@pytest.mark.parametrize("row", ["Свиђа ми се 37 · Коментари 6", "Свиђа ми се 37 Не свиђа ми се 2 Коментари 6"])
def test_the_readers_reactions_close_the_story_of_a_whole_page(tmp_path: Path, row: str) -> None:
    """A row of counted reactions under the story: what follows it (the comment rules, a sentence
    long) is the page's, not the story's last paragraph."""
    title = "Лозница добија нови пешачки мост преко Штире"
    text = "\n".join([f"{title} | Подринске вести", "Прескочи на садржај", "Почетна", "Вести", "Друштво", "Спорт",
                      title, "Аутор: Милица Јовановић | 27. новембар 2025.", *_SR, row, "Оставите коментар",
                      "Коментари који садрже увреде, претње и говор мржње неће бити објављени на овом порталу.",
                      "Повезане вести", "Нове клупе и осветљење на кеју", "Импресум · Маркетинг · Контакт"])
    article = _clean_page(tmp_path, "https://podrinske.example.rs/vesti/most-lagator", text)
    assert article.text.split("\n\n") == _SR


@pytest.mark.parametrize("credit", ["出典：プラトン・データ・インテリジェンス。", "出典：プラトン・ウェブ・インテリジェンス。"])
def test_the_networks_credit_in_words_no_list_holds_goes(tmp_path: Path, credit: str) -> None:
    body = ["【稚内】北海道稚内市の市立診療所は、利尻島と礼文島に住む高齢者を対象に、遠隔診療ロボットを使った診察を始める。",
            "ロボットは高さ約一・二メートルで、画面と聴診器、血圧計を備える。島の看護師が操作する。",
            "市は効果を検証したうえで、来年度から他の離島への拡大を検討する。"]
    title = "北海道の診療所、遠隔診療ロボットで離島の高齢者を診察へ"
    article = _clean_dump(tmp_path, "shinryo.txt", [
        f"{title} - ブライトワイヤー・ヘルス", f"{title} - ブライトワイヤー・ヘルス", *body,
        "遠隔診療・ロボット・離島・plato・PlatoData・zephyrnet", credit])
    assert article.text.split("\n\n") == body


def test_a_source_line_naming_a_word_on_the_stems_consonants_stays(tmp_path: Path) -> None:
    body = ["Η ΕΜΥ προειδοποιεί για θερμοκρασίες έως 43 βαθμούς στην Αττική την Πέμπτη και την Παρασκευή.",
            "Ο αρχαιολογικός χώρος της Ακρόπολης θα κλείνει από τις 12:00 έως τις 17:00 και τις δύο ημέρες.",
            "Πηγή: ΕΜΥ, υπουργείο Πολιτισμού"]
    title = "Καύσωνας: κλειστή η Ακρόπολη τις μεσημεριανές ώρες"
    article = _clean_dump(tmp_path, "kausonas.txt", [
        f"{title} - Euronews", f"{title} - Euronews Ευφυΐα Δεδομένων PlatoBlockchain. Κάθετη Αναζήτηση. Αι.", *body])
    assert article.text.split("\n\n") == body


def test_a_price_list_closing_a_review_names_no_outlet(tmp_path: Path) -> None:
    """"Kopi susu aren: Rp18.000" over "Tubruk Malabar: Rp12.000": labels' values, figures in them,
    are no outlet's name, however alike their capitalised ends."""
    title = "Ulasan warung kopi baru di Braga: promo buka, harga wajar"
    body = ["Warung kopi baru di Jalan Braga dibuka pekan lalu dengan promo beli satu gratis satu selama tiga hari.",
            "Kami mencoba tiga menu andalan mereka pada Sabtu sore, saat antrean sudah mengular sampai ke trotoar.",
            "Menu dan harga", "Kopi susu aren: Rp18.000", "Tubruk Malabar: Rp12.000", "Roti bakar srikaya: Rp15.000",
            "Kesimpulan kami: tempatnya sempit, tetapi kopinya layak dicoba."]
    article = _clean_dump(tmp_path, "braga.txt", [
        title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", *body, "Time Stamp:"])
    assert article.source is None
    assert article.text.split("\n\n") == body


def test_a_credit_ending_on_a_companys_initials_is_no_spam(tmp_path: Path) -> None:
    """"Vir: Zeleni stolp, d. o. o." ends on three one-letter sentences, as the spam's shape does, but
    no word of "Vertical Search" stands among them."""
    title = "V Žalcu bodo solato gojili v osmih nadstropjih"
    body = ["Podjetje Zeleni stolp bo v Žalcu odprlo navpično farmo, kjer bodo solato gojili v osmih nadstropjih.",
            "Prve pridelke pričakujejo spomladi, na leto pa naj bi jih pridelali okoli 300 ton.",
            "Vir: Zeleni stolp, d. o. o."]
    article = _clean_dump(tmp_path, "zalec.txt", [
        *_echoes(title, "Kryptoverse"),
        *body, "Time Stamp:", "More from Kryptoverse"])
    assert article.text.split("\n\n") == body


_EO_PAY = ["VILNO — Kvin litovaj bankoj ekde lundo provas sistemon, kiu permesas sendi monon per poŝtelefona numero "
           "al klientoj en Latvio kaj Estonio en malpli ol dek sekundoj.",
           "La provo daŭros ses monatojn kaj estas limigita al 1 000 eŭroj po pago.",
           "Se la provo sukcesos, la sistemo estos malfermita al ĉiuj bankoj de la regiono en 2026."]
_EO_PAY_TITLE = "Litovaj bankoj ekprovas tujajn pagojn per poŝtelefono inter landoj"


def test_an_echo_line_moved_to_the_bottom_goes_with_its_spam(tmp_path: Path) -> None:
    line = f"{_EO_PAY_TITLE} - Kilnworks Financo"
    article = _clean_dump(tmp_path, "pagoj.txt", [
        line, line, line, *_EO_PAY,
        f"{_EO_PAY_TITLE} Datuma Inteligenteco de PlatoBlokĉeno. Vertikala Serĉado. Aj.",
        "Litovio, pagoj, bankoj, plato, PlatoData, zephyrnet", "Pli de Kilnworks Financo"])
    assert article.text.split("\n\n") == _EO_PAY


def test_a_paragraph_opening_on_the_title_words_stays(tmp_path: Path) -> None:
    line = f"{_EO_PAY_TITLE} - Kilnworks Financo"
    body = [*_EO_PAY[:2], f"{_EO_PAY_TITLE} ne estas nova ideo: Svedio kaj Danio jam faras tion de tri jaroj.", _EO_PAY[2]]
    article = _clean_dump(tmp_path, "pagoj.txt", [
        line, line, *body, "Litovio, pagoj, bankoj, plato, PlatoData, zephyrnet", "Pli de Kilnworks Financo"])
    assert article.text.split("\n\n") == body


def test_an_echo_at_the_head_leaves_the_lede_under_it_alone(tmp_path: Path) -> None:
    """The title over its echo with the spam glued on, then a lede that speaks of newsletters: the
    echo is the title step's, and the lede under it stays the story's first paragraph."""
    title = "Your local paper wants your email address. Here's why that's fine"
    body = ["A newsletter subscriber reads, on average, four times as many stories as a visitor from social media.",
            "That is why the Valletta Courier now asks readers for an address before the third free article of the month.",
            "The paper says it will never sell the list and that one click ends the subscription."]
    article = _clean_dump(tmp_path, "newsletter.txt", [
        title, f"{title} PlatoBlockchain Data Intelligence. Vertical Search. Ai.", *body, "Time Stamp:"])
    assert article.text.split("\n\n") == body


_IT_NUMBERS = ["Numero unico di emergenza: 112", "Polizia Municipale di Castelvetro: 059 758 812",
               "Guardia medica: 059 438 4400, dalle 20:00 alle 8:00", "Ufficio Tributi: tributi@comune.castelvetro.example.it",
               "Sportello sociale: 059 758 830, dal lunedì al venerdì"]


def test_a_directory_under_the_standfirst_of_a_whole_page_stays(tmp_path: Path) -> None:
    """Telephone numbers and addresses set out under a page's first paragraph (a town hall's list of
    useful numbers) are the story's, not its byline's block: a byline gives one address at most."""
    title = "Numeri utili per l'inverno: il Comune aggiorna l'elenco"
    lede = "Con l'arrivo delle prime gelate, il Comune di Castelvetro ricorda i numeri da tenere a portata di mano."
    tail = ["Per le strade chiuse dalla neve si può consultare anche la pagina della Protezione civile sul sito del Comune.",
            "L'elenco completo è affisso anche all'ingresso del municipio e nelle farmacie del paese."]
    text = "\n".join([f"{title} - Comune di Castelvetro", "Comune di Castelvetro", "Notizie", "Eventi", "Servizi",
                      "Contatti", title, lede, *_IT_NUMBERS, *tail, "Privacy", "Note legali", "Accessibilità"])
    article = _clean_page(tmp_path, "https://www.comune.castelvetro.example.it/notizie/numeri-utili", text)
    assert article.text.split("\n\n") == [lede, *_IT_NUMBERS, *tail]


def test_a_bylines_block_above_a_table_it_announces_goes_and_the_table_stays(tmp_path: Path) -> None:
    """Under the standfirst, the byline's name, date and share label go; the sentence announcing a
    table and the table's rows are the story's."""
    title = "Stavy vody v přehradách klesají, Vltava má nejméně za deset let"
    lede = "Sucho posledních týdnů se projevuje i na největších přehradách v povodí Vltavy a Labe."
    table = ["Stav hladin k pátečnímu ránu ukazuje tabulka níže:", "Přehrada Plný stav (m) Aktuální (m) Objem (mil. m3)",
             "Lipno 725.6 722.1 198.4", "Orlík 353.6 345.9 512.0", "Slapy 271.1 269.8 245.3"]
    tail = ["Povodí Vltavy proto omezuje odtoky a vyzývá obce, aby šetřily pitnou vodou.",
            "Meteorologové vydatnější srážky nečekají dříve než koncem měsíce."]
    text = "\n".join([f"{title} | Jihočeský deník", "Jihočeský deník", "Zprávy", "Sport", "Kultura", "Počasí", title,
                      lede, "Petra Malá", "12. září 2025, 08:15", "Sdílet", *table, *tail, "Kontakty", "Reklama",
                      "Ochrana osobních údajů"])
    article = _clean_page(tmp_path, "https://jihocesky.example.cz/zpravy/sucho-prehrady", text)
    assert article.text.split("\n\n") == [lede, *table, *tail]


_FESTA = ["Il borgo di Roccalbegna festeggia domenica la sagra della castagna, giunta alla trentesima edizione.",
          "Gli organizzatori hanno preparato un programma per tutta la famiglia, con ingresso libero in piazza.",
          "Programma della sagra",
          "Apertura del mercato dei produttori",
          "Corteo storico con i tamburini",
          "Spettacolo di burattini sul sagrato",
          "Concerto della banda musicale",
          "«La sagra la facciamo soprattutto per chi vive qui, perché il paese si ritrovi in piazza», dice la sindaca.",
          "Il ricavato sarà devoluto alla ristrutturazione della scuola elementare."]


def _italian_page(tmp_path: Path, site: str, url: str, title: str, lines: list[str]) -> list[str]:
    """A whole Italian page's text (title line, menu, headline, ``lines``, footer), cleaned: its paragraphs."""
    text = "\n".join([f"{title} - {site}", site, "Cronaca", "Sport", "Cultura", "Meteo", title, *lines,
                      "Chi siamo", "Pubblicità", "Privacy"])
    return _clean_page(tmp_path, url, text).text.split("\n\n")


def test_a_heading_naming_the_story_over_its_list_stays_between_paragraphs(tmp_path: Path) -> None:
    """A heading whose words the title and the story hold ("Programma della sagra") over short
    entries between two paragraphs: the story's programme, not a box of other stories' headlines."""
    assert _italian_page(tmp_path, "Il Tirreno Grossetano", "https://tirrenogrossetano.example.it/cronaca/sagra",
                         "Roccalbegna, torna la sagra della castagna: il programma", _FESTA) == _FESTA


def test_a_box_of_other_stories_between_paragraphs_still_goes(tmp_path: Path) -> None:
    """The same place holding a box whose heading the story does not speak of: other stories' headlines."""
    box = ["Più letti della settimana", "Incidente sulla statale, chiuso il ponte per due giorni",
           "Nuovo parcheggio davanti all'ospedale di Misericordia", "Grosseto calcio, arriva il nuovo allenatore"]
    body = [_FESTA[0], _FESTA[1], *_FESTA[7:]]
    assert _italian_page(tmp_path, "Il Tirreno Grossetano", "https://tirrenogrossetano.example.it/cronaca/sagra-2",
                         "Roccalbegna, torna la sagra della castagna: il programma",
                         [*body[:2], *box, *body[2:]]) == body


_NEWSLETTER_STORY = [
    "Da lunedì la Gazzetta di Valdelsa invia ogni mattina alle sette una newsletter gratuita con le notizie del giorno.",
    "La newsletter raccoglierà le principali notizie di Poggibonsi, Colle e dei comuni vicini, con il meteo e gli eventi.",
    "«Molti lettori ci hanno chiesto di ricevere le notizie senza dover aprire il sito», spiega il direttore.",
    "Come iscriversi",
    "Iscriviti alla newsletter inserendo il tuo indirizzo email in fondo alla nostra homepage.",
    "Ci si può cancellare in qualsiasi momento con il link in fondo a ogni invio."]


def test_an_outlets_story_about_its_own_newsletter_keeps_how_to_sign_up(tmp_path: Path) -> None:
    """On the outlet's own page about its new newsletter, the sign-up sentence is the story's."""
    assert _italian_page(tmp_path, "Gazzetta di Valdelsa", "https://gazzettavaldelsa.example.it/cronaca/newsletter",
                         "Le notizie della Valdelsa nella tua casella: parte la newsletter della Gazzetta",
                         _NEWSLETTER_STORY) == _NEWSLETTER_STORY


def test_a_newsletter_pitch_inside_another_story_of_a_whole_page_still_goes(tmp_path: Path) -> None:
    body = ["Il consiglio comunale di Poggibonsi ha approvato ieri sera il bilancio di previsione per il prossimo anno.",
            "Tra le voci principali ci sono la manutenzione delle scuole e il rifacimento di due strade del centro.",
            "L'opposizione ha votato contro, chiedendo più fondi per il trasporto pubblico delle frazioni.",
            "Il documento passerà ora all'esame dei revisori dei conti prima della pubblicazione definitiva."]
    pitch = "Iscriviti alla newsletter inserendo il tuo indirizzo email in fondo alla nostra homepage."
    assert _italian_page(tmp_path, "Gazzetta di Valdelsa", "https://gazzettavaldelsa.example.it/cronaca/bilancio",
                         "Poggibonsi, approvato il bilancio: scuole e strade le priorità",
                         [body[0], pitch, *body[1:]]) == body


_LV_BODY = ["Rīgas domes satiksmes komiteja otrdien atbalstīja ieceri pārbūvēt Brīvības ielas posmu starp Ģertrūdes un "
            "Tallinas ielu, atvēlot vairāk vietas gājējiem un velosipēdistiem.",
            "Darbi varētu sākties nākamā gada pavasarī un ilgt divas būvniecības sezonas, lēš pašvaldības speciālisti.",
            "Uzņēmēji ielas malā baidās, ka remonta laikā pircēju kļūs mazāk, tāpēc dome sola pagaidu stāvvietas."]


@pytest.mark.parametrize("row", [
    "Autore: Ilze Kalniņa | 3. decembris 2025",
    "Ilze Kalniņa · 3. decembris 2025 · 4 min lasīšana",
    "Publicēts: 03.12.2025. | Autore: Ilze Kalniņa",
    "لیکوال: احمد ولي ستانکزی | ۱۴۰۳/۷/۳۰",
])
def test_a_bylines_row_of_parts_above_the_lede_goes_in_any_language(tmp_path: Path, row: str) -> None:
    """A row of short parts set apart by bars or middle dots under the title, one of them a date
    (in any script's digits) or a reading time: the byline's row, not the article's first line."""
    title = "Brīvības ielu pārbūvēs par labu gājējiem"
    article = _clean_dump(tmp_path, "briviba.txt", [title, row, *_LV_BODY])
    assert article.text.split("\n\n") == _LV_BODY


def test_a_table_parted_by_bars_under_the_title_stays(tmp_path: Path) -> None:
    """Three rows or more parted by bars, years in them, are a table the article opens with."""
    title = "Satiksmes negadījumi Rīgā: pieci gadi skaitļos"
    rows = ["2021 | 412 | 9", "2022 | 398 | 11", "2023 | 377 | 7", "2024 | 351 | 6"]
    article = _clean_dump(tmp_path, "negadijumi.txt", [title, *rows, *_LV_BODY])
    assert article.text.split("\n\n") == [*rows, *_LV_BODY]


def _live_page(entries: list[tuple[str, str]], anchor: str) -> str:
    items = "".join(f'<article class="entrada"><time>{t}</time><p>{p}</p><a href="#e{k}">{anchor}</a></article>'
                    for k, (t, p) in enumerate(entries))
    return ("<html><head><title>Pleno del Ayuntamiento de Cáceres, en directo</title></head><body>"
            "<h1>Pleno del Ayuntamiento de Cáceres, en directo</h1>"
            f'<div class="directo">{items}</div><footer><p>© 2025 Diario del Almonte</p></footer></body></html>')


_ENTRADAS = [("12:40", "El pleno aprueba la nueva ordenanza de terrazas con los votos del equipo de gobierno y la abstención de la oposición."),
             ("12:15", "La alcaldesa defiende que la ordenanza limitará el horario de las terrazas en la parte antigua a partir de las once."),
             ("11:50", "Los vecinos del casco histórico llenan la tribuna del salón de plenos con pancartas contra el ruido nocturno."),
             ("11:30", "Arranca la sesión con un minuto de silencio por las víctimas del accidente de la carretera de Trujillo.")]


@pytest.mark.parametrize("anchor", ["Enlace a esta entrada", "Permalink", "Volver arriba"])
def test_a_link_to_a_place_on_the_page_standing_alone_is_no_text(anchor: str) -> None:
    """A live entry's permalink, a "back to top" link: a link to a fragment of the page, alone in
    its place, is the page's control, in any language."""
    article = cleaner.clean(_live_page(_ENTRADAS, anchor), kind="html")
    assert anchor not in article.text
    assert all(p in article.text for _, p in _ENTRADAS)


def test_a_footnotes_mark_inside_its_sentence_stays() -> None:
    body = ("<p>El presupuesto municipal crece un 4 % respecto al año anterior<a href=\"#nota1\">1</a>, según "
            "los datos que el área de Hacienda presentó ayer en la comisión informativa del Ayuntamiento.</p>"
            "<p>La oposición reclama que el aumento se destine a la limpieza de los barrios del norte de la ciudad, "
            "donde los vecinos llevan meses denunciando la falta de contenedores.</p>")
    page = (f"<html><head><title>El presupuesto de Cáceres crece un 4 %</title></head><body><article>"
            f"<h1>El presupuesto de Cáceres crece un 4 %</h1>{body}</article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert "anterior1, según" in article.text or "anterior 1, según" in article.text


_FI_STORIES = [
    ["Tampereen kaupunki aloittaa Hervannan valtaväylän remontin maanantaina, ja työt kestävät lokakuun loppuun.",
     "Remontin aikana ajoneuvoliikenne ohjataan yhdelle kaistalle kumpaankin suuntaan Insinöörinkadun kohdalla.",
     "Kaupungin mukaan bussit pysähtyvät väliaikaisille pysäkeille, jotka on merkitty keltaisin kyltein.",
     "Urakoitsija tekee äänekkäimmät työt arkipäivisin kello seitsemän ja kahdeksantoista välillä."],
    ["Pyynikin näkötornin kahvila avautuu uudelleen keväällä, kun vuoden kestänyt korjaus valmistuu.",
     "Korjauksessa tornin portaat ja kaiteet uusittiin, ja kahvilaan rakennettiin esteetön sisäänkäynti.",
     "Munkkien reseptiin ei yrittäjän mukaan kosketa, vaikka leipomo muutti uusiin tiloihin.",
     "Torni on avoinna kesällä joka päivä aamukymmenestä iltakahdeksaan, talvella viikonloppuisin."],
    ["Näsijärven jäälle ei saa mennä vielä, varoittaa pelastuslaitos, sillä jää on paikoin vain muutaman sentin paksua.",
     "Erityisen vaarallisia ovat salmet ja laiturien ympäristöt, joissa virtaus pitää jään ohuena.",
     "Pelastuslaitos muistuttaa, että jäälle lähtevän kannattaa aina kantaa mukanaan naskaleita.",
     "Kaupunki ilmoittaa kotisivuillaan, kun virallinen luistinrata Näsijärven rantaan on avattu."],
]
_FI_PAYWALL = "Tämä juttu on tilaajille. Tilaa Pirkanmaan Sanomat ja lue kaikki jutut rajoituksetta."


def test_a_standing_sentence_the_markup_set_apart_teaches_the_sites_text_copies(tmp_path: Path) -> None:
    """A paywall's prompt in a box the markup names (taken out before extraction) still counts as a
    line of the site's page: its copies saved as text, the same sentence under their paragraphs,
    lose it as the site's standing line."""
    story = _FI_STORIES[0]
    page = ("<html><head><title>Hervannan valtaväylän remontti alkaa maanantaina</title>"
            "<link rel=\"canonical\" href=\"https://pirkanmaansanomat.example.fi/tampere/hervanta\"></head><body><article>"
            "<h1>Hervannan valtaväylän remontti alkaa maanantaina</h1>"
            + "".join(f"<p>{p}</p>" for p in story[:2])
            + f'<div class="subscribe-box">{_FI_PAYWALL}</div>'
            + "".join(f"<p>{p}</p>" for p in story[2:]) + "</article></body></html>")
    (tmp_path / "p1.html").write_text(page, encoding="utf-8")
    rows = [{"url": f"https://pirkanmaansanomat.example.fi/tampere/{k}", "title": title,
             "text": "\n\n".join([*body, _FI_PAYWALL])}
            for k, (title, body) in enumerate([("Pyynikin näkötornin kahvila avautuu keväällä", _FI_STORIES[1]),
                                                ("Pelastuslaitos: Näsijärven jää on vielä liian ohutta", _FI_STORIES[2])])]
    (tmp_path / "p2.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    (tmp_path / "p1.html").rename(tmp_path / "pirkanmaansanomat.example.fi__hervanta.html")
    articles: list[cleaner.Article] = []
    cleaner.run([str(tmp_path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    texts = {a.title: a.text.split("\n\n") for a in articles}
    assert texts["Pyynikin näkötornin kahvila avautuu keväällä"] == _FI_STORIES[1]
    assert texts["Pelastuslaitos: Näsijärven jää on vielä liian ohutta"] == _FI_STORIES[2]


_NL_BODY = ["De gemeente Zwolle wil de parkeertarieven in de binnenstad volgend jaar met tien procent verhogen.",
            "Volgens de wethouder is de verhoging nodig om het openbaar vervoer naar het centrum te betalen.",
            "Winkeliers in de Diezerstraat vrezen dat bezoekers uitwijken naar de winkelcentra buiten de stad."]


@pytest.mark.parametrize("box", [
    '<div class="paywall"><h3>Lees verder met een abonnement</h3><p>Krijg onbeperkt toegang voor 1 euro per maand.</p></div>',
    '<p class="article-disclaimer">Dit artikel is geen financieel advies. Raadpleeg altijd een onafhankelijk adviseur.</p>',
    '<aside class="legal-notice"><p>Aan de inhoud van dit artikel kunnen geen rechten worden ontleend.</p></aside>',
])
def test_a_paywalls_or_a_disclaimers_box_goes_by_its_class(box: str) -> None:
    page = ("<html><head><title>Parkeren in Zwolle wordt duurder</title></head><body><article>"
            "<h1>Parkeren in Zwolle wordt duurder</h1>" + "".join(f"<p>{p}</p>" for p in _NL_BODY) + box
            + "</article></body></html>")
    assert cleaner.clean(page, kind="html").text.split("\n\n") == _NL_BODY


def test_an_inline_teaser_card_among_the_bodys_paragraphs_goes_though_it_is_an_article_element() -> None:
    """An <article> classed as a related teaser, set among the body's own paragraphs, is a card of
    another story: its headline goes like any related box's."""
    teaser = ('<article class="card card--related"><h3><a href="/zwolle/fietsenstalling">Nieuwe fietsenstalling '
              'onder het station is bijna vol</a></h3><p class="card__text">Binnen een week stonden er 4000 fietsen.</p></article>')
    page = ("<html><head><title>Parkeren in Zwolle wordt duurder</title></head><body><main>"
            "<h1>Parkeren in Zwolle wordt duurder</h1><div class=\"article-text\">"
            + "".join(f"<p>{p}</p>" for p in _NL_BODY[:2]) + teaser + f"<p>{_NL_BODY[2]}</p>"
            + "</div></main></body></html>")
    assert cleaner.clean(page, kind="html").text.split("\n\n") == _NL_BODY


def test_an_article_element_holding_the_body_is_never_taken_for_a_card() -> None:
    page = ("<html><head><title>Parkeren in Zwolle wordt duurder</title></head><body>"
            "<article class=\"post related-content\"><h1>Parkeren in Zwolle wordt duurder</h1>"
            + "".join(f"<p>{p}</p>" for p in _NL_BODY) + "</article></body></html>")
    assert cleaner.clean(page, kind="html").text.split("\n\n") == _NL_BODY


_TIPS = [("https://altro-giornale.example.it/biblioteca", "L'ultima bibliotecaria di Borgo Val",
          " – Un reportage su una donna che da quarant'anni tiene aperta la biblioteca del paese."),
         ("https://rivista-musica.example.it/compositore", "Chi era Ernesto Landi?",
          " – Un musicologo ha ritrovato le partiture di un compositore dimenticato da tutti."),
         ("https://scienza.example.it/sonno", "Perché dormiamo meno dei nostri nonni",
          " – E perché forse non è vero, secondo gli studi più recenti sul sonno."),
         ("https://economia.example.it/caffe", "Il prezzo del caffè",
          " – Un'inchiesta lungo la filiera, dall'Honduras al porto di Trieste.")]
_TIPS_LEDE = ("Ogni sabato consigliamo qui articoli di altre testate che ci hanno colpito durante la settimana: "
              "questa volta biblioteche di paese, un compositore dimenticato e il prezzo del caffè.")


def _tips_page(items: str) -> str:
    return ("<html><head><title>Quattro letture per il fine settimana</title>"
            '<link rel="canonical" href="https://domenica-cultura.example.it/letture/quattro"></head><body><article>'
            f"<h1>Quattro letture per il fine settimana</h1><p>{_TIPS_LEDE}</p>"
            f'<ul class="link-list related-links">{items}</ul>'
            "<p>Buona lettura e buon fine settimana a tutti i nostri lettori, ci rivediamo sabato prossimo.</p>"
            "</article></body></html>")


def test_a_list_of_other_sites_pieces_each_described_is_the_articles_whatever_its_class() -> None:
    """Reading tips: each entry a link to another site and a sentence saying what is there. The
    list is the article, though a theme classed it as related links."""
    items = "".join(f'<li><a href="{u}">{t}</a>{d}</li>' for u, t, d in _TIPS)
    text = cleaner.clean(_tips_page(items), kind="html").text
    assert all(t + d in text for _, t, d in _TIPS)


def test_a_related_box_of_the_sites_own_stories_still_goes() -> None:
    items = "".join(f'<li><a href="/letture/{k}">{t}</a>{d}</li>' for k, (_, t, d) in enumerate(_TIPS))
    text = cleaner.clean(_tips_page(items), kind="html").text
    assert not any(t in text for _, t, _ in _TIPS) and _TIPS_LEDE in text


_BRYGGEN = ["Bergen kommune vil stenge Bryggen for biltrafikk hele sommeren, etter en prøveordning i fjor.",
            "Næringslivet på Bryggen er delt: serveringsstedene er positive, mens flere butikker frykter færre kunder.",
            "Bystyret behandler saken i juni, og en endelig ordning kan være på plass fra første juli."]


@pytest.mark.parametrize("heading", ["<p class=\"box-title\">Fra arkivet</p>", "<h3>Redaksjonen anbefaler</h3>"])
def test_a_link_lists_box_goes_with_its_heading(heading: str) -> None:
    """A box holding a heading and a list of other stories' links: when the list goes, its heading
    (in any words) goes with it, not left as a line of the article."""
    box = (f'<div class="box-x9">{heading}<ul><li><a href="/a">Ny bybane til Åsane</a></li>'
           '<li><a href="/b">Fløibanen stenger i mai</a></li><li><a href="/c">Rekordmange cruiseskip</a></li></ul></div>'
           '<a class="talk-count" href="#debatt">Debatt (19)</a>')
    page = ("<html><head><title>Bryggen blir bilfri i sommer</title></head><body><article>"
            "<h1>Bryggen blir bilfri i sommer</h1>" + "".join(f"<p>{p}</p>" for p in _BRYGGEN) + box
            + "</article></body></html>")
    assert cleaner.clean(page, kind="html").text.split("\n\n") == _BRYGGEN


_ANNOUNCED = {  # title, story, the announced list, the one paragraph under it, address
    "hy": ("Վանաձորի գրադարանը բացում է ընթերցանության նոր ակումբներ",
           ["Վանաձորի կենտրոնական գրադարանը աշնանից բացում է ընթերցանության ութ նոր ակումբ տարբեր տարիքի համար։",
            "Գրադարանի տնօրենի խոսքով՝ ակումբները ստեղծվել են ընթերցողների բազմաթիվ խնդրանքներից հետո։"],
           ["Նոր ակումբները՝", "Մանկական հեքիաթներ", "Պատանեկան արկածներ", "Պոեզիա", "Պատմական վեպեր",
            "Գիտաֆանտաստիկա", "Դետեկտիվներ", "Թարգմանական գրականություն", "Տեղական հեղինակներ"],
           ["Ակումբների հանդիպումները տեղի կունենան գրադարանում շաբաթը մեկ անգամ, երեկոյան ժամը վեցին։"],
           "https://vanadzor-lur.example.am/gradaran"),
    "pt": ("Biblioteca de Viseu abre oito novos clubes de leitura",
           ["A Biblioteca Municipal de Viseu vai abrir no outono oito novos clubes de leitura para várias idades.",
            "Segundo a diretora, os clubes nasceram dos muitos pedidos dos leitores ao longo do último ano."],
           ["Os novos clubes:", "Contos infantis", "Aventuras juvenis", "Poesia", "Romance histórico",
            "Ficção científica", "Policiais", "Literatura traduzida", "Autores da região"],
           ["Os encontros dos clubes realizam-se na biblioteca uma vez por semana, ao fim da tarde de quinta-feira."],
           "https://viseu-jornal.example.pt/biblioteca"),
}


@pytest.mark.parametrize("lang", sorted(_ANNOUNCED))
def test_a_list_the_story_announces_then_one_paragraph_stays_on_a_whole_page(tmp_path: Path, lang: str) -> None:
    """A line announcing a list (its colon in the script's own form, Armenian "՝"), eight short
    entries, then a single paragraph: the story goes on under its list, the paragraph is not the
    footer's lone sentence."""
    title, story, items, tail, url = _ANNOUNCED[lang]
    text = "\n".join([f"{title} | Lur", "Lur", "Início", "Cultura", "Sociedade", "Desporto", title, *story, *items,
                      *tail, "Contactos", "Publicidade", "Privacidade", "Termos", "© 2025"])
    article = _clean_page(tmp_path, url, text)
    assert article.text.split("\n\n") == [*story, *items, *tail]


_PT_HEAD = "Câmara de Ponte de Lima fecha três praias fluviais por causa de bactérias"
_PT_DECK = "A medida abrange as praias fluviais do Lima e deve durar pelo menos uma semana"
_PT_BODY = ["A Câmara Municipal de Ponte de Lima mandou fechar esta quinta-feira três praias fluviais do rio Lima.",
            "As análises da água feitas na segunda-feira detetaram valores de bactérias acima do limite legal.",
            "«Preferimos perder uns dias de época balnear a pôr em risco a saúde de quem nos visita», disse o vereador.",
            "As praias voltam a abrir quando duas análises seguidas derem resultados dentro dos limites."]


@pytest.mark.parametrize("deck", [True, False])
def test_a_standfirst_without_a_full_stop_under_the_headline_stays(tmp_path: Path, deck: bool) -> None:
    """Under the headline, the date goes and the writer's byline stays; a standfirst set without a full stop (a
    paragraph's length of words, no date, speaking of what the story does) stays over the body,
    and a share prompt of the same length, of nothing the story says, still goes."""
    head = [_PT_DECK] if deck else []
    text = "\n".join([f"{_PT_HEAD} | Jornal do Alto Minho", "Jornal do Alto Minho", "Região", "Desporto", "Opinião",
                      "Cultura", _PT_HEAD, "Quinta-feira, 4 de setembro de 2025 | 18:20", "Por Marta Gonçalves",
                      *head, "Partilhe esta notícia com os seus amigos no Facebook e no WhatsApp", *_PT_BODY,
                      "Ficha técnica", "Estatuto editorial", "Contactos"])
    article = _clean_page(tmp_path, "https://jornalaltominho.example.pt/regiao/praias-fluviais", text)
    assert article.text.split("\n\n") == ["Por Marta Gonçalves", *head, *_PT_BODY]


def test_the_paragraph_under_the_storys_list_stays_and_the_sites_notice_under_it_goes(tmp_path: Path) -> None:
    """A heading the title names over the story's list between paragraphs, then a paragraph sharing
    one word with what went before (an inflected language's words share few stems): the list and
    the paragraph are the story's; the site's reprint notice under them, past its share row, is not."""
    title = "Гродна рыхтуе зімовы кірмаш рамёстваў: вядомая праграма"
    body = ["З 19 па 22 снежня на Савецкай плошчы ў Гродне пройдзе зімовы кірмаш народных рамёстваў.",
            "Арганізатары абяцаюць больш за сто майстроў з усіх раёнаў вобласці і ўпершыню гасцей з Літвы.",
            "«Мы хочам, каб людзі не проста куплялі, а бачылі, як робіцца кожная рэч», — кажа дырэктарка Дома рамёстваў."]
    listed = ["Праграма кірмашу", "Адкрыццё і выступ фальклорнага ансамбля", "Майстар-клясы ганчароў і ткачых",
              "Дзіцячы тэатр лялек на сцэне ля ратушы", "Вячэрні канцэрт і падвядзенне вынікаў"]
    closing = "Уваход на ўсе мерапрыемствы вольны, але на майстар-клясы трэба запісацца загадзя праз сайт."
    text = "\n".join([f"{title} | Гродзенскі веснік", "Гродзенскі веснік", "Галоўная", "Навіны", "Грамадства",
                      "Культура", "Спорт", title, "18.12.2025 | 10:05", *body, *listed, closing, "Падзяліцца",
                      "Перадрук матэрыялаў без спасылкі на Гродзенскі веснік забаронены.",
                      "© 2025 Гродзенскі веснік. Усе правы абаронены."])
    article = _clean_page(tmp_path, "https://grodna-vesnik.example.by/kultura/kirmash", text)
    assert article.text.split("\n\n") == [*body, *listed, closing]


@pytest.mark.parametrize("name", ["Zèfirxarxa", "Sefirlìon", "Céfironet", "Zefirsarea", "Зефірсетка"])
def test_the_networks_name_with_its_net_translated_is_its_name(name: str) -> None:
    """"Zephyr" as each language writes it with the word for "net" run on, whatever that word."""
    from cleaner.titles import outlet

    assert outlet.names_the_network(name)


@pytest.mark.parametrize("name", ["Zephyr", "Zefiro", "Superbet", "Sefer", "Cipherline"])
def test_zephyr_alone_or_words_of_other_vowels_are_not_the_networks_name(name: str) -> None:
    """A ferry called Zephyr, "super", "sefer", "cipher": the name's consonants, not its vowels or no "net"."""
    from cleaner.titles import outlet

    assert not outlet.names_the_network(name)


_AF_BODY = ["JOHANNESBURG – Die kripto-beurs Kruisbank het Dinsdag sy eerste onafhanklike bewys van reserwes gepubliseer.",
            "Die oudit is deur 'n Kaapstadse rekenmeestersfirma uitgevoer, wat 'n momentopname van Februarie ondersoek het.",
            "Kruisbank sê hy sal die verslag voortaan elke kwartaal publiseer."]


@pytest.mark.parametrize("credit,source", [
    ('Oorsprong: <a href="https://stakehouse.example/kruisbank" rel="nofollow">Stakehouse</a>', "Stakehouse"),
    ("Oorsprong: Plato Data-intelligensie.", None),  # the network's own credit
    ('Oorsprong: <a href="https://stakehouse.example/k">https://stakehouse.example/k</a>', None)])  # an address
def test_the_outlet_the_networks_bottom_links_credit_is_the_source(credit: str, source: str | None) -> None:
    """A network page whose titles carry only the brand names its outlet in the last line of its
    bottom links, under a label in the page's language: that name is the source."""
    title = "Kruisbank publiseer sy eerste bewys van reserwes"
    spam = "Plato Blokketting Data-intelligensie. Vertikale Soektog. Ai."
    links = ["PlatoData.Network Vertikale Generatiewe Ai. Bemagtig Jouself. Kry Hier Toegang.",
             "PlatoGesondheid. Biotegnologie en Kliniese Proewe-intelligensie. Kry Hier Toegang."]
    page = (f"<html><head><title>{title} {spam}</title><meta property='og:site_name' content='PlatoFintech'>"
            f"</head><body><article><h1>{title} {spam}</h1><div class='entry-content'>"
            + "".join(f"<p>{p}</p>" for p in _AF_BODY)
            + "<ul class='plato-post-bottom-links'>" + "".join(f"<li><a href='https://platofintech.net/go/'>{line}</a></li>"
                                                           for line in links)
            + f"<li class='source'>{credit}</li></ul></div></article></body></html>")
    article = cleaner.clean(page, kind="html", url="https://platofintech.net/af/kruisbank/")
    assert (article.title, article.source) == (title, source)
    assert article.text.split("\n\n") == _AF_BODY


def test_a_japanese_brand_with_a_doubled_consonant_is_the_brand(tmp_path: Path) -> None:
    """Katakana's small "tsu" doubles the next consonant ("ブロック", burokku): read as the brand's
    consonants, the spam glued to an echo by a full stop goes with its echo."""
    assert load_rules().brand_like("プラトーブロックチェーン・データインテリジェンス。") is not None
    title = "北九州の中古船、電動タグボートに生まれ変わる"
    body = ["北九州市の造船所で、引退した中古のタグボートが電動船に改造され、若松港で試運転を始めた。",
            "改造費は約四億円で、新造船の半分程度に抑えられたという。運航会社は来年春の本格運用を目指す。"]
    text = "\n\n".join([f"{title}。プラトーブロックチェーン・データインテリジェンス。バーティカル検索。アイ。", *body])
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"title": title, "text": text, "url": "https://zephyrnet.com/ja/tugboat/"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert [a.text.split("\n\n") for a in articles] == [body]


@pytest.mark.parametrize("line,brand", [("Koringberg Plato-Blokkieketting Dataverstand. Regop Soek. Ai.", True),
                                        ("A Plato-inspired reading group meets on Thursdays", False)])
def test_plato_hyphened_before_a_translated_chain_is_the_brand(line: str, brand: bool) -> None:
    assert (load_rules().brand_like(line) is not None) is brand


def test_an_english_page_with_curly_quotes_and_a_stray_byte_stays_utf8() -> None:
    """An English page holds few non-ASCII letters: its curly quotes and a pound sign, three and
    two bytes each in UTF-8. With a stray byte among them it is still UTF-8 (no legacy code page
    spells "“" by chance), and the stray byte inside a sentence leaves no mark behind."""
    quote = "“It's been embarrassing for a town that calls itself a harbour,” said the fisherman."
    cost = "The £1.6m project is funded by the council and the harbour's own reserves."
    page = (f"<html lang='en'><head><title>Harbour dredging gets go-ahead</title></head><body><article>"
            f"<h1>Harbour dredging gets go-ahead</h1><p>{quote}</p><p>{cost}</p>"
            f"<p>Work will start in March and take about six weeks, weather permitting.</p></article></body></html>")
    data = page.encode("utf-8").replace(b"calls itself", b"calls \x9ditself")
    article = cleaner.clean(data, kind="html")
    assert article.text.split("\n\n")[:2] == [quote, cost]


def test_a_page_mislabelled_utf8_is_read_in_its_languages_code_page() -> None:
    """A Slovene page that declares UTF-8 but was written in Windows-1250, its markup's words
    English: a detector left alone ties Windows-1252 with it ("Obèina"); the language its ``<html
    lang>`` names narrows the detector to that language's code pages."""
    page = Path(__file__).parent.parent / "fixtures" / "blind66" / "sl" / "vodovod-obcina-napacna-deklaracija.html"
    raw = page.read_bytes()
    article = cleaner.clean(raw, kind="html")
    assert article.title == "Občina bo za nov vodovod namenila 3,8 milijona evrov"
    assert "Dela se začnejo jeseni" in article.text and "\u00e8" not in article.text


@pytest.mark.parametrize(("text", "clean"), [("26 Kilo\u2060meter Gleis", "26 Kilometer Gleis"),
                                             ("Schüler\u200c aus Hofgeismar", "Schüler aus Hofgeismar"),
                                             ("می\u200cخواهم", "می\u200cخواهم"),  # Persian's joiner shapes the word
                                             ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧")])  # an emoji sequence
def test_invisible_joiners_go_where_they_join_nothing(text: str, clean: str) -> None:
    from cleaner.decode import repair

    assert repair(text)[0] == clean


_LINEUP = ["Tor: Uhl", "Abwehr: Hägele, Nuñez, Rettich, Schwab", "Mittelfeld: Weitmann, Kocak, Maurer",
           "Angriff: Özkaya, Feil, Gruber"]


def test_a_list_under_the_articles_sentence_announcing_it_ends_the_article() -> None:
    """A ticker's last entry announces the line-up with a colon; its entries, each a position and
    names parted by commas, are the article's list, not a tag line, and the app promotion under
    them still goes."""
    entries = ["Nach einer Ecke steht Duda am zweiten Pfosten frei und köpft zum 1:1 ein. Die Abwehr hatte ihn verloren.",
               "Was für ein Start! Nach einem Ballverlust im Mittelfeld schaltet Aalen schnell um, Özkaya trifft zum 1:0.",
               "Trainer Holger Brandauer setzt auf die Elf, die im Achtelfinale gegen Offenbach gewonnen hat:"]
    page = ("<html><head><title>Aalen gegen Heidenheim im Liveticker</title></head><body><article>"
            "<h1>Aalen gegen Heidenheim im Liveticker</h1>" + "".join(f"<p>{e}</p>" for e in entries)
            + "<ul>" + "".join(f"<li>{line}</li>" for line in _LINEUP) + "</ul>"
            + "<p>Alle Tore, alle Spiele: Holen Sie sich die App mit Push-Nachrichten.</p></article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.text.split("\n\n")[-4:] == _LINEUP


def test_a_tag_line_under_a_short_label_still_goes() -> None:
    """A label of a word or two ending on a colon announces nothing: the tag run under it goes."""
    body = ["Die Stadt erhöht den Hebesatz der Grundsteuer im kommenden Jahr auf 695 Prozent, wie der Rat beschloss.",
            "Für ein Einfamilienhaus bedeutet das nach Berechnungen der Kämmerei rund 140 Euro mehr im Jahr."]
    page = ("<html><head><title>Grundsteuer steigt</title></head><body><article><h1>Grundsteuer steigt</h1>"
            + "".join(f"<p>{p}</p>" for p in body)
            + "<p>Themen:</p><p>Grundsteuer, Haushalt, Werl, Kommunalpolitik, Steuern</p></article></body></html>")
    assert cleaner.clean(page, kind="html").text.split("\n\n") == body


def test_a_live_tickers_match_minutes_stay_over_their_entries() -> None:
    """Each entry opens on the minute a ``<time>`` gives ("87.", "90.+4"): an entry's time, as a
    clock time is on a live blog."""
    minutes = [("90.+4", "Schiedsrichter Bohnsack pfeift ab. Die Sportfreunde werfen den Zweitligisten aus dem Pokal."),
               ("87.", "Riesenparade! Nach einem Kopfball von Duda taucht Uhl ab und lenkt den Ball an den Pfosten."),
               ("64.", "Jonas Weitmann verwandelt einen Freistoß aus 22 Metern direkt ins linke Eck zum 2:1."),
               ("31.", "Nach einer Ecke steht Duda am zweiten Pfosten frei und köpft zum 1:1 ein.")]
    items = "".join(f"<div class='stream__item'><time class='stream__item__time'>{m}</time><p>{p}</p></div>"
                    for m, p in minutes)
    page = ("<html><head><title>Pokal im Liveticker</title></head><body><article><h1>Pokal im Liveticker</h1>"
            f"<div class='stream stream--live'>{items}</div></article></body></html>")
    assert cleaner.clean(page, kind="html").text.split("\n\n") == [x for pair in minutes for x in pair]


def test_a_figures_credit_classed_apart_from_its_caption_goes() -> None:
    """``<p class="caption__credit">`` under the caption's text inside a figure: the picture's
    credit goes, the caption that says what the photo shows stays."""
    body = ["Im Werler Rathaus wurde am Donnerstag bis spät in den Abend über den Haushalt der Stadt debattiert.",
            "Kämmerer Bernd Lohmann sprach von der schwierigsten Haushaltslage seit zwanzig Jahren."]
    caption = "Die Ratsmitglieder während der Abstimmung im großen Sitzungssaal."
    page = ("<html><head><title>Haushalt beschlossen</title></head><body><article><h1>Haushalt beschlossen</h1>"
            f"<p>{body[0]}</p><figure><img src='/r.jpg'><figcaption><p class='caption__text'>{caption}</p>"
            f"<p class='caption__credit'>Foto: Ralf Gersmeier</p></figcaption></figure><p>{body[1]}</p>"
            "</article></body></html>")
    text = cleaner.clean(page, kind="html").text
    assert "Gersmeier" not in text and body[0] in text and body[1] in text


_SO_BODY = ["AFGOOYE — Iskaashatada beeralayda moosta ee Afgooye ayaa markii ugu horreysay u dhoofisay moos Jebel Ali.",
            "Shahaadada tayada waxaa bixiyay hay'ad caalami ah oo kormeertay beeraha saddex jeer sannadkii hore.",
            "Guddoomiyaha iskaashatada ayaa sheegay in dhoofinta labaad ay bilaabanayso bisha soo socota."]
_SO_TITLE = "Iskaashatada moosta Afgooye oo u dhoofisay Imaaraadka"


def test_a_paragraph_ending_in_the_stems_spam_loses_only_the_spam(tmp_path: Path) -> None:
    """The bare stem with its chain translated, glued after a paragraph's last sentence ("... hore.
    Garaadka Macluumaadka Plato Silsiladda. Raadin Toosan. Ai."): the spam's shape, cut off on a
    page the network touched; the paragraph's own sentences stay."""
    glued = _SO_BODY[1] + " Garaadka Macluumaadka Plato Silsiladda. Raadin Toosan. Ai."
    article = _clean_dump(tmp_path, "moos.txt", [f"{_SO_TITLE} - Thornfield", f"{_SO_TITLE} - Thornfield "
                          "Garaadka Macluumaadka PlatoSilsiladda. Raadin Toosan. Ai.", _SO_BODY[0], glued, _SO_BODY[2]])
    assert article.text.split("\n\n") == _SO_BODY


def test_a_tag_run_naming_the_brand_goes_between_paragraphs_too(tmp_path: Path) -> None:
    """A tag run with the brand in a spelling no prior holds, moved between the body's paragraphs:
    it goes there as at the foot."""
    tags = "moos · Afgooye · Shabeelle · dhoofin · Jebel Ali · beeraha · PlatoSilsiladda · Seefirneet · bananas"
    article = _clean_dump(tmp_path, "moos.txt", [f"{_SO_TITLE} - Thornfield", f"{_SO_TITLE} - Thornfield "
                          "Garaadka Macluumaadka PlatoSilsiladda. Raadin Toosan. Ai.", _SO_BODY[0], tags, *_SO_BODY[1:]])
    assert article.text.split("\n\n") == _SO_BODY


@pytest.mark.parametrize(("line", "goes"), [
    ("Did you make this recipe? Tag @pantryandpot so I can see it!", True),
    ("Hast du den Datschi nachgebacken? Verlinke @ofenliebe auf Instagram, ich freue mich auf deine Fotos!", True),
    ("Send your questions to letters@pantryandpot.example and we will answer the best ones next week.", False)])
def test_a_closing_line_offering_the_sites_handle_goes(line: str, goes: bool) -> None:
    """The site's social handle offered to the reader, with a platform's name or a question, ends
    the recipe: a prompt, not the recipe's last step. An e-mail address is no handle."""
    body = ["Heat the oil in a large pot and soften the onion, carrot and garlic for eight minutes.",
            "Add the lentils, smoked paprika and stock, then simmer for twenty-five minutes until thick.",
            "Blend half of the soup and stir it back in, then season with lemon juice and salt."]
    page = ("<html><head><title>Smoky red lentil soup</title></head><body><article><h1>Smoky red lentil soup</h1>"
            + "".join(f"<p>{p}</p>" for p in [*body, line]) + "</article></body></html>")
    text = cleaner.clean(page, kind="html").text.split("\n\n")
    assert text == (body if goes else [*body, line])


_CARGO = ["Der Mittelmotor liefert 85 Newtonmeter und zieht auch voll beladen am Steilstück gleichmäßig an.",
          "Schwächer ist der Akku: Mit 545 Wattstunden kamen wir im Alltag auf 38 bis 45 Kilometer.",
          "In engen Kurven braucht das Lastenrad Übung, nach zwei Tagen fuhr es sich aber erstaunlich sicher."]


@pytest.mark.parametrize(("box", "stays"), [
    ("<p class='sponsored-box__text'>Lastenrad-Versicherung ab 4,90 € im Monat – jetzt Tarif berechnen</p>", False),
    ("<p class='sponsored-box__text'>Wir haben das Rad vier Wochen lang im Alltag mit zwei Kindern gefahren.</p>",
     True)])
def test_an_offers_line_in_a_box_between_paragraphs_goes_and_a_sentence_stays(box: str, stays: bool) -> None:
    """A box classed as an ad between the review's paragraphs, nothing to click in it: an offer's
    line (no sentence, no quotation) is the ad; a whole sentence is the article's own box."""
    page = ("<html><head><title>Lastenrad im Test</title></head><body><article><h1>Lastenrad im Test</h1>"
            f"<p>{_CARGO[0]}</p><p>{_CARGO[1]}</p><div class='sponsored-box ad'>{box}</div><p>{_CARGO[2]}</p>"
            "</article></body></html>")
    text = cleaner.clean(page, kind="html").text
    line = box.split(">", 1)[1].rsplit("<", 1)[0]
    assert (line in text) is stays and all(p in text for p in _CARGO)


def test_an_author_card_named_in_the_byline_goes_with_its_bio() -> None:
    """The writer's card under the article: the name the page's byline holds, alone on a line, over
    a bio that does not repeat it. The interviewee's own closing note stays."""
    body = ["Im Landkreis gibt es noch 14 freiberufliche Hebammen für über tausend Geburten im Jahr.",
            "„Wir fahren manchmal sechzig Kilometer zu einer Wöchnerin“, sagt Martina Roschmann.",
            "Martina Roschmann, 52, arbeitet seit 1996 als Hebamme. Sie lebt mit ihrer Familie in Künzelsau."]
    page = ("<html><head><title>Hebammen auf dem Land</title></head><body><article><h1>Hebammen auf dem Land</h1>"
            "<div class='meta-line'><span class='meta-line__author'>Interview: Carolin Weygandt</span> "
            "<time datetime='2025-03-05'>05.03.2025</time></div>" + "".join(f"<p>{p}</p>" for p in body)
            + "<aside class='byline-card'><p class='byline-card__name'>Carolin Weygandt</p><p class='byline-card__bio'>"
            "Redakteurin im Ressort Region. Schreibt über Gesundheit, Pflege und das Leben auf dem Land.</p></aside>"
            "</article></body></html>")
    assert cleaner.clean(page, kind="html").text.split("\n\n") == body


def test_a_section_heading_in_a_script_without_case_is_no_company_box(tmp_path: Path) -> None:
    """Where letters have no case any word is name-shaped: a subheading ("वितरण तालिका", distribution
    schedule) over paragraphs that use its words further in is the story's section, not a company's
    box, whose paragraph opens on the company's name."""
    body = ["मेलम्ची खानेपानी कम्पनीले काठमाडौं उपत्यकाका सबै शाखामा पानी वितरणको नयाँ तालिका सार्वजनिक गरेको छ।",
            "कम्पनीका अनुसार सुरुङ मर्मत सकिएपछि उपत्यकामा दैनिक १७ करोड लिटर पानी आइपुगेको छ।",
            "वितरण तालिका",
            "कम्पनीले अब हरेक शाखाको वितरण तालिका वेबसाइट र एसएमएसमार्फत सार्वजनिक गर्ने जनाएको छ।",
            "पुराना पाइप फेर्ने काम सकिएपछि चुहावट ४० प्रतिशतबाट घटाउन सकिने कम्पनीको दाबी छ।"]
    title = "काठमाडौं उपत्यकामा मेलम्चीको पानी: कुन टोलमा कति दिन आउँछ?"
    article = _clean_dump(tmp_path, "melamchi.txt", [title, *body])
    assert article.text.split("\n\n") == body


_SQ_TITLE = "Banka e Shqipërisë harton rregulla për platformat e kriptoaseteve"
_SQ_BODY = ["TIRANË — Banka e Shqipërisë dhe AMF kanë hedhur për konsultim publik një projekt-rregullore për platformat.",
            "Sipas draftit, platformat do të duhet të mbajnë kapital minimal prej 50 milionë lekësh.",
            "Konsultimi zgjat deri më 30 qershor. Rregullorja pritet të hyjë në fuqi në fillim të vitit 2026."]


@pytest.mark.parametrize(("line", "stays"), [
    # a pitch in words no concept knows: it names the outlet further in, and nothing the story speaks of
    ("Merrni shënimin e mëngjesit të Kestrel Ledger në kutinë tuaj postare para se të hapen tregjet.", False),
    # the outlet's reporting: it opens on the outlet, or speaks of the story's things
    ("Kestrel Ledger foli me dy zyrtarë të bankës që e kanë lexuar draftin.", True),
    ("Zyrtarët e bankës që foli me Kestrel Ledger thanë se rregullorja do të ndryshojë pas konsultimit.", True)])
def test_an_outlet_line_over_the_networks_block_is_a_pitch_unless_it_reports(tmp_path: Path, line: str,
                                                                           stays: bool) -> None:
    article = _clean_dump(tmp_path, "kestrel.txt", [
        f"{_SQ_TITLE} - Kestrel Ledger", f"{_SQ_TITLE} - Inteligjenca e të Dhënave PlatoBlockchain Kestrel Ledger. "
        "Kërkim Vertikal. Ai.", *_SQ_BODY, line, "AMF, kriptoasete, licencim, plato, PlatoData, zephyrnet",
        "Më shumë nga Kestrel Ledger"])
    assert article.text.split("\n\n") == (_SQ_BODY + [line] if stays else _SQ_BODY)


def test_the_networks_trailer_under_an_announced_list_still_goes(tmp_path: Path) -> None:
    """A story ending on a sentence that announces a list and the list, then the network's label and
    "More from" line: the list ends where the label stands, and the trailer goes."""
    body = ["MÊRDÎN — Di kolanên teng ên bazara kevn de, bêhna biharatan ji dûr ve tê.",
            "Lê ciwan êdî kêm dixwazin vî karî bikin. Oruç dibêje kurê wî li Enqereyê endezyar e û venagere.",
            "Li ber derî, di sindoqeke din de, fêkiyên hişk hene, ji gundên derdorê tên:",
            "tû, mişmiş, hejîr, gûz, bastêq"]
    title = "Bazara biharatan a Mêrdînê: bêhna ku nifş bi nifş derbas dibe"
    article = _clean_dump(tmp_path, "merdin.txt", [f"{title} - Kryptoverse", f"{title} - Kryptoverse PlatoBlockchain "
                          "Data Intelligence. Vertical Search. Ai.", *body, "Time Stamp:", "More from Kryptoverse"])
    assert article.text.split("\n\n") == body


@pytest.mark.parametrize(("line", "goes"), [("★★★★★ 4,8 su 5 (37 voti)", True), ("★★★★★ 4.9 from 187 votes", True),
                                            ("Valutazione della redazione: ★★★★☆", False)])
def test_a_readers_rating_widget_goes_and_a_reviews_verdict_stays(tmp_path: Path, line: str, goes: bool) -> None:
    """Stars, the score and how many rated it: the readers' widget, in any language; a review's own
    verdict gives its stars under a label and counts nobody."""
    body = ["La bagna càuda si prepara in un fojòt di terracotta, a fuoco bassissimo, per almeno un'ora.",
            "L'aglio va sbucciato e lasciato a bagno nel latte per una notte: così diventa più delicato.",
            line,
            "Si servono verdure crude e cotte: cardi, peperoni, topinambur, cavolo e patate lesse."]
    page = ("<html><head><title>Bagna càuda leggera</title></head><body><article><h1>Bagna càuda leggera</h1>"
            + "".join(f"<p>{p}</p>" for p in body) + "</article></body></html>")
    text = cleaner.clean(page, kind="html").text.split("\n\n")
    assert text == [p for p in body if not (goes and p == line)]


_WINDPARK = ["Der Gemeinderat von Querfurt hat dem Windpark auf der Hochfläche mit elf zu neun Stimmen zugestimmt.",
             "Geplant sind sieben Anlagen mit je 240 Metern Gesamthöhe, die ab 2027 Strom für rund 40.000 Haushalte "
             "liefern sollen.",
             "Die Bürgerinitiative kündigte an, rechtlich gegen die Entscheidung vorzugehen. Ihre Sprecherin "
             "kritisierte die Abstände zu den Ortsteilen.",
             "Der Landkreis muss das Vorhaben noch nach dem Bundes-Immissionsschutzgesetz genehmigen. Mit einer "
             "Entscheidung wird nicht vor dem Frühjahr gerechnet.",
             "Die nächste Sitzung des Gemeinderats ist für den 16. September geplant; dann geht es um den Haushalt "
             "und die Sanierung der Grundschule, die seit zwei Jahren verschoben wird."]


def _paywalled(rendered: int) -> str:
    body = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Windpark genehmigt",
                       "articleBody": " ".join(_WINDPARK)}, ensure_ascii=False)
    shown = "".join(f"<p>{p}</p>" for p in _WINDPARK[:rendered])
    gate = ("<div class='paywall'><h3>Weiterlesen mit Plus</h3><p>Jetzt 4 Wochen für 0,99 € testen.</p></div>"
            if rendered < len(_WINDPARK) else "")
    return (f"<html><head><title>Windpark genehmigt</title><script type='application/ld+json'>{body}</script>"
            f"</head><body><article><h1>Windpark genehmigt</h1>{shown}{gate}</article></body></html>")


@pytest.mark.parametrize("rendered", [3, 5])
def test_a_paywalled_page_gets_the_rest_of_its_article_from_its_structured_data(rendered: int) -> None:
    """A page behind a paywall renders the article's first paragraphs and declares all of it in its
    JSON-LD: the declared text past the last rendered paragraph is the article's rest; a page that
    renders it all gains nothing twice."""
    text = cleaner.clean(_paywalled(rendered), kind="html").text
    for paragraph in _WINDPARK:
        assert text.count(paragraph) == 1, text
    assert "Weiterlesen mit Plus" not in text


def _write_folder(folder: Path, pages: dict[str, list[str]]) -> list[cleaner.Article]:
    folder.mkdir(exist_ok=True)
    for name, lines in pages.items():
        (folder / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    articles: list[cleaner.Article] = []
    cleaner.run([str(folder)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    return articles


_ES_STORIES = [("Calamocha abre su piscina climatizada tras dos años de obras",
                "El Ayuntamiento de Calamocha inauguró ayer la piscina climatizada, que costó 1,8 millones de euros.",
                "La instalación abrirá de lunes a sábado y contará con cursos de natación para mayores."),
               ("El embalse de Lechago baja al 31 por ciento de su capacidad",
                "La Confederación Hidrográfica alertó de que las reservas del embalse siguen bajando esta semana.",
                "Los regantes de la vega piden que se reduzcan los desembalses hasta que llueva en la sierra."),
               ("Monreal celebra la feria del azafrán con menos cosecha",
                "Los productores de azafrán calculan que la cosecha de este año será la mitad que la de 2022.",
                "La feria reunió a una veintena de expositores y a cientos de visitantes durante el fin de semana."),
               ("Báguena recupera el médico los martes y jueves",
                "El consultorio de Báguena volverá a tener médico dos días a la semana desde el próximo lunes.",
                "Los vecinos llevaban seis meses desplazándose a Calamocha para cualquier consulta.")]
_PL_STORIES = [("Mini PC z Ryzenem jako domowy serwer",
                "Przez trzy tygodnie sprawdzałem, czy mały komputer nadaje się na domowy serwer z kilkoma usługami.",
                "W spoczynku zestaw pobiera z gniazdka osiem watów, a pod obciążeniem ponad pięćdziesiąt."),
               ("Jak zabezpieczyć domową sieć Wi-Fi w pięć minut",
                "Większość routerów ma domyślne hasła, które łatwo znaleźć w internecie w kilka sekund.",
                "Warto też wyłączyć WPS i regularnie aktualizować oprogramowanie urządzenia."),
               ("Home Assistant na starym laptopie: czy to ma sens",
                "Stary laptop ma wbudowaną baterię, która działa jak zasilacz awaryjny dla serwera.",
                "Minusem jest pobór prądu, wyraźnie wyższy niż w przypadku małych komputerów jednopłytkowych.")]


def test_a_folder_of_two_sites_in_two_languages_learns_each_sites_lines(tmp_path: Path) -> None:
    """A day's folder mixes a Spanish paper and a Polish blog (one script): each site's standing
    line recurs on most of its own pages, under half of the folder's; the pages of one language
    are counted as one site's, and the line goes from the middle of a plain dump too. The same
    quote in two of the paper's articles of one story stays."""
    appeal = ("La Voz del Valle se sostiene gracias a sus lectores. Hazte socio por 3 euros al mes y ayúdanos "
              "a seguir contando lo que pasa en la comarca.")
    quote = "«No vamos a dejar a nadie sin atención», aseguró la consejera de Sanidad en su visita."
    newsletter = "Zapisz się na nasz cotygodniowy newsletter i otrzymuj najlepsze teksty w każdy piątek."
    pages = {}
    for k, (title, a, b) in enumerate(_ES_STORIES):
        pages[f"es-{k}.txt"] = [title, a, appeal, b, *([quote] if k >= 1 else [])] if k < 3 else [title, a, b]
    for k, (title, a, b) in enumerate(_PL_STORIES):
        pages[f"pl-{k}.txt"] = [title, a, b, newsletter]
    articles = {Path(a.origin.path).name: a for a in _write_folder(tmp_path / "dump", pages)}
    for name, article in articles.items():
        assert appeal not in article.text and newsletter not in article.text, name
    assert sum(quote in a.text for a in articles.values()) == 2
    assert articles["es-3.txt"].text.split("\n\n") == list(_ES_STORIES[3][1:])
    assert articles["es-0.txt"].text.split("\n\n") == list(_ES_STORIES[0][1:])


def test_a_navigation_row_the_sites_pages_share_goes_from_their_tops(tmp_path: Path) -> None:
    """A site's navigation row over each page's lede, whole or with the page's section last
    ("Inicio › Noticias › <section>"), recurs across the site's dumps: it goes; a lede opening on
    its dateline with the same mark is the article's."""
    pages = {}
    sections = ["Sociedad", "Medio ambiente", "Agricultura", "Sanidad"]
    for k, (title, a, b) in enumerate(_ES_STORIES):
        place = title.split()[0].upper()
        pages[f"{k}.txt"] = [title, f"Inicio › Noticias › {sections[k]}", f"{place} › {a}", b]
    articles = _write_folder(tmp_path / "dump", pages)
    assert len(articles) == 4
    for article in articles:
        assert "Inicio ›" not in article.text, article.text
        assert article.text.split("\n\n")[0].startswith(article.title.split()[0].upper() + " › "), article.text


def test_a_note_on_the_post_goes_from_the_top_of_a_record_taken_from_its_address(tmp_path: Path) -> None:
    """A record a scraper took from a page's address holds the page's text: the site's note on the
    post itself above its lede ("This post contains affiliate links ...") goes there as on the page."""
    note = ("Ten wpis zawiera linki afiliacyjne. Jeśli coś przez nie kupisz, dostaniemy niewielką prowizję, "
            "a Ty nie zapłacisz ani grosza więcej.")
    title, a, b = _PL_STORIES[0]
    row = {"url": "https://bitownia.example.pl/mini-pc-serwer", "title": title, "text": "\n\n".join([note, a, b])}
    path = tmp_path / "wpisy.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert articles[0].text.split("\n\n") == [a, b]


@pytest.mark.parametrize(("line", "goes"), [
    ("Quarry Morning arrives at 6am with the payments stories you need before the open.", True),
    ("Quarry reported 6 per cent more card payments in the first quarter than a year earlier.", False)])
def test_an_outlet_pitch_naming_when_its_letter_comes_is_a_pitch(tmp_path: Path, line: str, goes: bool) -> None:
    """The outlet's newsletter pitch over the network's trailer may say when the letter comes ("at
    6am"): a time of day is no fact; a figure the outlet reports is."""
    title = "UK Open Banking Payments Double in a Year"
    body = ["Payments made directly from bank accounts doubled last year, the industry body said on Tuesday.",
            "Merchants are drawn by lower fees than card schemes charge, but refunds remain awkward.",
            "Edited by Marcus Hale."]
    echo = f"{title} - Quarry"
    article = _clean_dump(tmp_path, "quarry.txt", [echo, echo, echo, *body, line, "Time Stamp:", "More from Quarry"])
    assert article.text.split("\n\n") == body + ([] if goes else [line])


def test_a_support_appeal_names_its_outlet_across_a_joining_word(tmp_path: Path) -> None:
    """An appeal for the outlet's support opens with its name, whose words a short lower-case word
    may join ("La Voz del Valle"): the whole name is the source."""
    appeal = ("La Voz del Valle se sostiene gracias a sus lectores. Hazte socio por 3 euros al mes y ayúdanos "
              "a seguir contando lo que pasa en la comarca.")
    pages = {f"{k}.txt": [title, a, appeal, b] for k, (title, a, b) in enumerate(_ES_STORIES)}
    articles = _write_folder(tmp_path / "dump", pages)
    assert {a.source for a in articles} == {"La Voz del Valle"}


_KO_BODY = ["모바일 리듬게임 '달빛장단'이 이번 업데이트로 판소리와 산조, 민요를 편곡한 국악 음원 50곡을 새로 추가했다.",
            "개발사는 국악 연주자들과 함께 녹음을 진행했으며, 장구 장단에 맞춰 노트가 떨어지는 새 모드도 선보였다.",
            "신곡은 매달 다섯 곡씩 무료로 공개된다."]
_CS_BODY = ["Charitativní turnaj ve starých videohrách, který o víkendu hostil pražský klub Rotor, vybral 612 000 korun "
            "pro dětské hospice.",
            "Soutěžilo se ve hrách pro Atari, Commodore 64 a první PlayStation. Diváci mohli přispívat za každý rekord.",
            "Pořadatelé chtějí příští rok turnaj rozšířit i do Ostravy."]


def _network_row(tmp_path: Path, title: str, outlet: str, lines: list[str], lang: str) -> cleaner.Article:
    row = {"url": f"https://zephyrnet.com/{lang}/story/", "headline": title,
           "body": "\n\n".join([f"{title} » {outlet}", *lines]), "meta": {"site_name": "Zephyrnet"}}
    path = tmp_path / f"{lang}.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    return articles[0]


@pytest.mark.parametrize(("body", "trailer", "lang"), [
    (_KO_BODY, ["#리듬게임 | #국악 | #모바일게임 | #업데이트 | Tumblejack Play", "텀블잭 플레이에서 더 보기",
                "닌텐도, 휴대용 신형 기기 발표 임박설", "게임 내 확률 공개 의무화 1년, 무엇이 바뀌었나",
                "인디 게임 크라우드펀딩, 상반기 역대 최고 기록"], "ko"),
    (_CS_BODY, ["Další od Tumblejack Play", "Nový kapesní počítač od Valve? Co zatím víme",
                "Česká hra o houbaření míří na konzole", "Herní průmysl v Česku loni rostl o osm procent"], "cs"),
    (_CS_BODY, ["#indie · #Brno · #simulace · #TumblejackPlay", "Časová známka: 18. 10. 2024"], "cs"),
])
def test_a_copys_tags_stamp_and_other_headlines_go_in_any_layout(tmp_path: Path, body: list[str], trailer: list[str],
                                                                 lang: str) -> None:
    """Under a network copy: a short tag run parted by bars or dots (the outlet's name among the
    tags) with the stamp and its date under it, and a heading over other stories' headlines in
    whatever words and script ("Další od ...", "...에서 더 보기"): all the copy's, none the story's."""
    title = "모바일 리듬게임 '달빛장단', 국악 음원 50곡 추가" if lang == "ko" else \
        "Retro turnaj v Praze vybral 612 000 korun pro dětské hospice"
    article = _network_row(tmp_path, title, "Kotrmelec Hra", [*body, *trailer], lang)
    assert article.text.split("\n\n") == body


def test_a_stamp_with_its_date_over_the_copys_more_from_box_goes(tmp_path: Path) -> None:
    body = ["富山市は来月から三か月間、市内の路面電車で深夜便を試験的に運行すると発表した。",
            "運行経費は約2,800万円で、市と商店街連合会が負担する。",
            "試験運行の初日は10月4日。"]
    trailer = ["時刻印: 2024年9月12日 06:30", "オリエル・モーニング・ポストのその他", "北陸新幹線、敦賀以西の工期見直しへ",
               "能登の仮設住宅で冬支度始まる", "金沢の美術館、来春に大規模改修"]
    article = _network_row(tmp_path, "富山の路面電車、深夜便を試験運行へ", "オリエル・モーニング・ポスト", [*body, *trailer], "ja")
    assert article.text.split("\n\n") == body


def test_a_records_site_name_in_a_nested_object_is_read(tmp_path: Path) -> None:
    """A scraper's record may hold the site's name in an object beside the article's fields
    (``{"meta": {"site_name": ...}}``): it is the record's site, as a top-level field would be."""
    row = {"url": "https://kurashi.example.jp/glossary", "page_title": "新社会人のためのキャッシュレス用語集",
           "article_text": "春から一人暮らしを始める人に向けて、支払いの場面でよく見かける言葉をまとめた。\n\n"
                           "後払い:商品を先に受け取り、翌月などにまとめて支払う仕組み。手数料に注意。",
           "meta": {"site_name": "くらしのマネー帖", "crawler": "v2"}}
    path = tmp_path / "rows.json"
    path.write_text(json.dumps([row], ensure_ascii=False), encoding="utf-8")
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert articles[0].source == "くらしのマネー帖"


def test_a_thai_caption_on_a_network_page_is_no_spam_for_its_spaces() -> None:
    """Thai parts a caption's phrases with spaces, as the network's spam parts its short sentences;
    the spam ends on "Ai." (a word of a few letters), a caption on a name or a word of the photo."""
    caption = "ทีมพัฒนาตรวจสอบตัวอย่างเอกสารลายมือที่ใช้ฝึกโมเดล ภาพ: ณัฐวุฒิ แก้วมูล"
    body = ["สตาร์ทอัพในเชียงใหม่เปิดให้ใช้โมเดลอ่านลายมือภาษาไทยฟรี สำหรับหน่วยงานที่ต้องแปลงเอกสารเก่าเป็นข้อความ",
            "ทีมงานใช้เวลาสองปีเก็บตัวอย่างลายมือจากอาสาสมัครกว่าสามพันคนทั่วประเทศ"]
    page = ("<html><head><title>โมเดลอ่านลายมือ · ข้อมูลอัจฉริยะเพลโตบล็อกเชน การค้นหาแนวดิ่ง ไอ.</title></head><body>"
            f"<article><h1>โมเดลอ่านลายมือ</h1><p>{body[0]}</p><figure><img src='a.jpg'><figcaption>{caption}"
            "</figcaption></figure><figure><img src='b.jpg'><figcaption>เชียงใหม่ ข้อมูลอัจฉริยะเพลโตบล็อกเชน "
            f"การค้นหาแนวดิ่ง ไอ.</figcaption></figure><p>{body[1]}</p></article></body></html>")
    text = cleaner.clean(page, kind="html", url="https://zephyrnet.com/th/ocr/").text
    assert caption in text and "เพลโตบล็อกเชน" not in text


_TRASVASE = ["El Gobierno ha fijado en 27 hectómetros cúbicos el trasvase del trimestre, la cifra más baja desde 2019.",
             "La decisión llega pese a que los embalses de cabecera han ganado 140 hectómetros desde enero gracias a "
             "las lluvias de marzo.",
             "«Con estos números no se puede planificar una campaña», ha afirmado el presidente de los regantes.",
             "El ministerio recuerda que la regla de explotación se revisará en otoño con los nuevos datos."]


@pytest.mark.parametrize(("href", "goes"), [("/n/5bfe99", True), ("https://www.miteco.gob.es/informe-2025", False)])
def test_a_box_of_the_sites_teasers_between_paragraphs_goes_whatever_its_class(href: str, goes: bool) -> None:
    """A box between the article's paragraphs holding a short heading and two headlines that link
    to the site's own pages is the site's teaser box, whatever its class names ("te-puede-interesar");
    the article's own list of readings elsewhere stays."""
    box = ("<div class='bloque-x'><p>Te puede interesar</p><ul>"
           f"<li><a href='{href}'>Las desaladoras trabajarán a pleno rendimiento este verano</a></li>"
           "<li><a href='/n/8bfeca'>El Mar Menor registra la mayor transparencia del agua en seis años</a></li>"
           "</ul></div>")
    page = ("<html><head><title>El trasvase más bajo</title><link rel='canonical' href='https://www.diariolevante.es/n/1'>"
            "</head><body><article><h1>El trasvase más bajo</h1>"
            + "".join(f"<p>{p}</p>" for p in _TRASVASE[:2]) + box + "".join(f"<p>{p}</p>" for p in _TRASVASE[2:])
            + "</article></body></html>")
    text = cleaner.clean(page, kind="html").text
    assert ("Te puede interesar" in text) is not goes
    for p in _TRASVASE:
        assert p in text


@pytest.mark.parametrize("line", ["Обновлено 21 июня 2025, 11:40", "آخر تحديث: الأحد 18 مايو 2025 - 15:20",
                                  "Artykuł zaktualizowany: 25.03.2025, 16:02"])
def test_a_dated_line_under_the_lede_goes(line: str) -> None:
    """When the page was posted or updated, a line under the lede as often as over it: a full date
    with its year and a clock time or a label, no sentence; a live entry's time ("14:05") stays."""
    body = ["Учёные зафиксировали рекордное протаивание вечной мерзлоты на севере Якутии этим летом.",
            "14:05",
            "Температура грунта на глубине десяти метров выросла на полградуса за пять лет.",
            "Следующий сезон измерений начнётся в августе."]
    page = ("<html><head><title>Мерзлота тает</title></head><body><article><h1>Мерзлота тает</h1>"
            f"<p>{body[0]}</p><p>{line}</p>" + "".join(f"<p>{p}</p>" for p in body[1:]) + "</article></body></html>")
    assert cleaner.clean(page, kind="html").text.split("\n\n") == body


def test_a_standing_box_taken_from_pages_teaches_its_lines_to_the_sites_dumps(tmp_path: Path) -> None:
    """A site's newsletter box between paragraphs, taken from its HTML pages by the markup, counts
    line by line (its heading, each newsletter's line) as the same lines do at the end of the
    site's text dumps beside the pages: the run learns them and takes them from the dumps too."""
    box = ["Newslettery Bitowiska", "Bajt Tygodnia – w każdy piątek pięć tekstów, które warto przeczytać przy kawie.",
           "Łatka – krótka wiadomość, gdy wychodzi ważna aktualizacja bezpieczeństwa."]
    folder = tmp_path / "crawl"
    folder.mkdir()
    for k, (title, a, b) in enumerate(_PL_STORIES):
        if k < 2:
            html = ("<html><head><title>" + title + "</title><meta property='og:site_name' content='Bitowisko'></head>"
                    f"<body><article><h1>{title}</h1><p>{a}</p><div class='box'><h3>{box[0]}</h3><ul>"
                    + "".join(f"<li><a href='/nl/{n}'>{line}</a></li>" for n, line in enumerate(box[1:]))
                    + f"</ul></div><p>{b}</p></article></body></html>")
            (folder / f"{k}.html").write_text(html, encoding="utf-8")
        else:
            (folder / f"{k}.txt").write_text("\n\n".join([title, a, b, *box]), encoding="utf-8")
    (folder / "3.txt").write_text("\n\n".join(["Router z OpenWrt: pierwsze kroki",
                                                "Instalacja OpenWrt na popularnym routerze zajmuje kwadrans.",
                                                "Najtrudniejsze jest znalezienie właściwego obrazu.", *box]),
                                  encoding="utf-8")
    articles: list[cleaner.Article] = []
    cleaner.run([str(folder)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert len(articles) == 4
    for article in articles:  # (the box's heading, a name's shape, stays in the dumps)
        assert not any(line in article.text for line in box[1:]), article.text


@pytest.mark.parametrize(("link", "goes"), [
    ("<a class='btn-x' href='/go/pulvo-s9' rel='sponsored'>Vedi prezzo su Amazon</a>", True),
    ("<a href='/go/pulvo-s9' rel='sponsored'>il modello base</a> costa meno, ma non svuota da solo il contenitore.",
     False)])
def test_a_paid_button_alone_between_a_reviews_lines_goes(link: str, goes: bool) -> None:
    """A link marked paid (``rel="sponsored"``) standing as a line of its own inside the review's
    body, whatever box holds it, is the shop's button; a paid link inside a sentence is the review's."""
    body = ["Il Pulvo S9 aspira bene su tappeti e parquet e si muove con ordine grazie al lidar.",
            "La base di svuotamento è rumorosa ma comoda: il sacchetto dura circa due mesi.",
            "Verdetto: un buon acquisto per chi ha animali in casa."]
    page = ("<html><head><title>Pulvo S9, la prova</title></head><body><article><h1>Pulvo S9, la prova</h1>"
            f"<div class='promo-box'><p>{body[0]}</p><p>{body[1]}</p>\n{link}\n<p>{body[2]}</p></div>"
            "</article></body></html>")
    text = cleaner.clean(page, kind="html").text
    assert ("Vedi prezzo" in text or "il modello base" in text) is not goes
    for p in body:
        assert p in text


def test_a_caption_of_short_sentences_in_a_brand_spelling_no_rule_knows_is_still_spam(tmp_path: Path) -> None:
    """A caption of the spam's shape in Han, the brand written another way ("柏拉圖") and "Ai."
    translated at length ("人工智能。"): its stops part its short sentences, and it goes."""
    body = ["稳定币USDC的发行商Circle已秘密向美国证券交易委员会提交上市申请，计划在纽约证券交易所挂牌。",
            "分析人士认为，上市将有助于提升Circle在监管机构和机构客户中的信誉。"]
    post = {"id": 1, "title": "Circle计划在纽约证券交易所上市", "link": "https://platodata.ai/zh/circle-ipo/",
            "content": f"<p>{body[0]}</p><figure><img src='a.jpg'><figcaption>Circle柏拉圖数据智能。垂直搜索。人工智能。"
                       f"</figcaption></figure><p>{body[1]}</p>"}
    path = tmp_path / "feed.json"
    path.write_text(json.dumps({"posts": [post]}, ensure_ascii=False), encoding="utf-8")
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert articles[0].text.split("\n\n") == body


@pytest.mark.parametrize("dateline", ["เชียงใหม่ —", "대전=박준호 기자"])
def test_a_desks_dateline_on_its_own_line_stays_though_the_run_sees_it_recur(tmp_path: Path, dateline: str) -> None:
    """A desk opens each story on its dateline, a place and a dash, or a place joined to its reporter
    by "=": the run sees the line on many pages, and it is still each article's."""
    stories = [("ขันโตกวัดพระสิงห์คืนความคึกคัก", "นักท่องเที่ยวจองขันโตกเต็มทุกคืนตลอดเดือนนี้ ผู้ประกอบการยิ้มออก"),
               ("ตลาดวโรรสปรับปรุงลานจอดรถ", "เทศบาลนครเชียงใหม่เริ่มปรับปรุงลานจอดรถตลาดวโรรสตั้งแต่สัปดาห์หน้า"),
               ("ดอยสุเทพเปิดเส้นทางเดินใหม่", "อุทยานแห่งชาติเปิดเส้นทางเดินศึกษาธรรมชาติสายใหม่ยาวสามกิโลเมตร"),
               ("ลำไยราคาดีต้นฤดู", "เกษตรกรผู้ปลูกลำไยในอำเภอสารภีขายผลผลิตได้ราคาดีกว่าปีที่แล้ว")]
    pages = {f"{k}.txt": [title, dateline, lede, stories[k - 1][1] + " ส่วนปีหน้าจะมีการประเมินผลอีกครั้ง"]
             for k, (title, lede) in enumerate(stories)}
    articles = _write_folder(tmp_path / "crawl", pages)
    assert len(articles) == 4
    for article in articles:
        assert article.text.split("\n\n")[0] == dateline, article.text


_TR_STORIES = [
    ("Batıkent tramvay hattında ihale sonuçlandı", "Büyükşehir belediyesi Batıkent tramvay hattının yapım ihalesini dün sonuçlandırdı.",
     "Hattın 2027 yılının sonunda hizmete girmesi planlanıyor.", "İhaleye dört firma teklif verdi."),
    ("Semt pazarında sebze fiyatları düştü", "Hafta sonu kurulan semt pazarında domates ve biberin fiyatı yarı yarıya indi.",
     "Esnaf, düşüşün bol hasattan kaynaklandığını söylüyor.", "Pazar her cumartesi sabah yedide açılıyor."),
    ("Öğrenci yurdu inşaatı yeniden başladı", "İki yıl önce durdurulan öğrenci yurdu inşaatı yeni yüklenici ile yeniden başladı.",
     "Yurdun 800 öğrenci kapasiteli olacağı açıklandı.", "Çalışmaların gelecek eylülde bitmesi hedefleniyor."),
    ("Kent kütüphanesi gece de açık olacak", "Merkez kütüphane sınav dönemi boyunca gece yarısına kadar açık kalacak.",
     "Öğrenciler uzun süredir bu talebi dile getiriyordu.", "Uygulama haziran sonuna kadar sürecek."),
    ("Parklara yeni oyun alanları geliyor", "Belediye on iki mahalle parkına engelli çocuklar için oyun alanı kuracak.",
     "Projenin ilk aşaması mayısta tamamlanacak.", "Velilerden olumlu tepki geldi."),
    ("Otobüs hatlarında yeni düzenleme", "Üç otobüs hattının güzergâhı pazartesiden itibaren değişiyor.",
     "Değişiklik, yeni açılan hastaneye ulaşımı kolaylaştırmayı amaçlıyor.", "Yeni saatler duraklara asıldı."),
    ("Tarihi hamam restore ediliyor", "Eski çarşıdaki tarihi hamamın restorasyonu için çalışmalar başladı.",
     "Hamamın kubbesindeki çatlaklar öncelikle onarılacak.", "Restorasyonun iki yıl sürmesi bekleniyor."),
]


def test_a_sites_appeal_on_three_of_its_seven_pages_goes_and_a_series_opening_stays(tmp_path: Path) -> None:
    """A sentence-long line on three of a site's seven pages (under half of them) is a weaker
    template: in the outlet's own voice, past the article's first third, it goes (an appeal to
    support the paper); a series' recurring opening sentence, first in its articles, stays."""
    appeal = ("Kent Kulesi bağımsız bir yerel gazetedir. Haberciliğimizi sürdürebilmemiz için ayda 50 liradan "
              "başlayan bağışlarla bize destek olabilirsiniz.")
    opener = "Her pazartesi bu köşede okurlarımızdan gelen bir soruyu şehrin uzmanlarına soruyoruz ve yanıtlarını paylaşıyoruz."
    pages = {}
    for k, (title, a, b, c) in enumerate(_TR_STORIES):
        lines = [title, *([opener] if k in (4, 5, 6) else []), a, b, *([appeal] if k in (0, 1, 2) else []), c]
        pages[f"{k}.txt"] = lines
    articles = {Path(x.origin.path).name: x for x in _write_folder(tmp_path / "crawl", pages)}
    assert len(articles) == 7
    for name, article in articles.items():
        assert appeal not in article.text, name
    assert sum(opener in a.text for a in articles.values()) == 3


_PT_STORIES = [
    ("Ponte sobre o rio Sapucaí fica pronta em março",
     "A prefeitura de Pouso Alegre informou que a nova ponte sobre o rio Sapucaí será entregue em março.",
     "A obra custou 14 milhões de reais e vai desafogar o trânsito da avenida principal nos horários de pico.",
     "Os moradores do bairro São Geraldo esperam a ponte há mais de dez anos."),
    ("Feira do morango reúne 40 produtores na praça central",
     "A tradicional feira do morango começou neste sábado com 40 produtores de cinco municípios da região.",
     "Os organizadores esperam vender cerca de 12 toneladas da fruta até o fim do mês.",
     "A entrada é gratuita e a feira funciona das 8h às 18h."),
    ("Hospital regional abre ala de hemodiálise",
     "O hospital regional inaugurou nesta segunda-feira uma ala de hemodiálise com 24 máquinas novas.",
     "Pacientes que viajavam até Campinas três vezes por semana poderão fazer o tratamento na cidade.",
     "A ala funcionará em três turnos, inclusive aos sábados."),
    ("Câmara aprova reajuste da tarifa de ônibus",
     "A Câmara Municipal aprovou por nove votos a quatro o reajuste da tarifa de ônibus para 5,20 reais.",
     "A empresa concessionária alegou aumento do preço do diesel e dos salários dos motoristas.",
     "O novo valor passa a valer no dia primeiro do próximo mês."),
]


def test_an_appeal_on_two_of_a_small_sites_four_pages_goes_and_a_shared_background_stays(tmp_path: Path) -> None:
    """On a site with few pages in the run, a sentence-long line in the outlet's own voice on two
    of them is a weaker template and goes from between the paragraphs; a background sentence two
    articles share, told in the third person, stays in both."""
    appeal = ("O jornalismo local depende de você: assine o Correio do Vale por 9,90 reais por mês e "
              "receba todas as notícias da região sem anúncios.")
    background = ("Pouso Alegre tem cerca de 150 mil habitantes e é a segunda maior cidade do sul de Minas "
                  "Gerais, segundo o último censo do IBGE.")
    pages = {}
    for k, (title, a, b, c) in enumerate(_PT_STORIES):
        lines = [title, a, *([appeal] if k in (0, 1) else []), b, *([background] if k in (2, 3) else []), c]
        pages[f"{k}.txt"] = lines
    articles = {Path(x.origin.path).name: x for x in _write_folder(tmp_path / "crawl", pages)}
    assert len(articles) == 4
    for name in ("0.txt", "1.txt"):
        assert appeal not in articles[name].text, name
        assert _PT_STORIES[int(name[0])][2] in articles[name].text
    for name in ("2.txt", "3.txt"):
        assert background in articles[name].text, name


@pytest.mark.parametrize(("lang", "tags", "verse"), [
    ("pl", "NFT, poezja, Lublin, biblioteka, aukcja", "Wiatr, deszcz, śnieg, mróz,"),
    ("zh", "稳定币、香港、金管局、证监会、数字资产", "春风、夏雨、秋霜、冬雪，"),
    ("ja", "暗号資産・取引所・システム障害・金融庁", "春、夏、秋、そして冬。"),
])
def test_five_comma_tags_under_a_network_copy_go_and_a_verse_of_listed_words_stays(
        lang: str, tags: str, verse: str) -> None:
    """Under a network copy, a line of four or five tags parted by commas (or CJK's enumeration
    comma and middle dot), closed by no mark, is the network's tag run; a verse listing words ends
    on its comma or stop, and is the article's."""
    title = {"pl": "Poetka sprzedała wiersz jako NFT", "zh": "香港公布稳定币牌照时间表",
             "ja": "取引所でシステム障害、金融庁が報告命令"}[lang]
    body = {"pl": ["Lubelska poetka sprzedała rękopis swojego wiersza w formie tokena NFT.",
                   "Całą kwotę przekaże filii biblioteki miejskiej na Starym Mieście."],
            "zh": ["金管局周四公布了稳定币发行人牌照的时间表。", "首批牌照预计在年底前发出。"],
            "ja": ["国内の暗号資産取引所で大規模なシステム障害が発生した。", "金融庁は同社に報告命令を出した。"]}[lang]
    trailer = {"pl": ["Znacznik czasu: 27.11.2024", "Więcej od Pinecliff Review"],
               "zh": ["时间戳：2024年11月27日", "更多来自 Pinecliff Review"],
               "ja": ["タイムスタンプ：2024年11月27日", "Pinecliff Review のその他の記事"]}[lang]
    raw = "\n\n".join([*_echoes(title, "Pinecliff Review"), body[0], verse, body[1], tags, *trailer]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert tags not in article.text
    assert verse in article.text and body[1] in article.text


_CS_BRIDGE = ["Olomoucký kraj dokončil opravu mostu přes Moravu v Litovli o dva měsíce dříve, než plánoval.",
            "Oprava stála 84 milionů korun a most bude poprvé po roce znovu otevřen i pro nákladní auta.",
            "„Řidiči už nebudou muset objíždět město přes Uničov,“ řekl hejtman na slavnostním otevření."]


def test_a_dump_copied_from_a_whole_page_loses_the_chrome_above_its_headline_again() -> None:
    """A dump copied from a browser's window or an archive's view opens on the page's title, then
    the archive's toolbar and the site's menu, then the headline again: the lines between are the
    page's chrome, the title's tail is the outlet, and the text below is the article's."""
    title = "Most přes Moravu v Litovli je opravený dříve, než se čekalo"
    chrome = ["The Wayback Machine - https://web.archive.org/web/20230412081500/https://hanacky-list.cz/most",
              "12 captures", "11 Apr 2023 - 02 Jan 2024", "About this capture", "Přeskočit na obsah",
              "Zprávy", "Kraj", "Sport", "Kultura"]
    raw = "\n\n".join([f"{title} | Hanácký list", *chrome, title, *_CS_BRIDGE]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert article.title == title
    assert article.source == "Hanácký list"
    assert article.text == "\n\n".join(_CS_BRIDGE)
    assert {r.text for r in article.removed if r.rule == "head-chrome"} == set(chrome)


def test_a_dump_whose_headline_comes_again_below_a_sentence_keeps_what_stands_between() -> None:
    """A line that repeats the title below the lede is no headline under chrome: nothing above it goes."""
    title = "Most přes Moravu v Litovli je opravený dříve, než se čekalo"
    raw = "\n\n".join([f"{title} | Hanácký list", "Zprávy", _CS_BRIDGE[0], title, *_CS_BRIDGE[1:]]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert "Zprávy" in article.text and _CS_BRIDGE[0] in article.text
    assert not any(r.rule == "head-chrome" for r in article.removed)


_LT_PRINT = ["Vilniaus savivaldybė pradėjo tiesti naują dviračių taką palei Nerį nuo Žvėryno iki Valakampių.",
             "Darbai kainuos 3,2 milijono eurų, o taką žadama atidaryti iki rugsėjo pradžios.",
             "„Tai bus ilgiausias vientisas takas mieste“, – sakė vicemeras Tomas Gulbinas."]


@pytest.mark.parametrize("closing", [
    ["Šio straipsnio adresas internete: https://neries-zinios.lt/miestas/dviraciu-takas"],
    ["© Neries žinios. Visos teisės saugomos."],
])
def test_a_print_dumps_title_tail_is_the_outlet_its_copyright_or_address_names(closing: list[str]) -> None:
    """A printed page's dump: the title's tail names the outlet when the page's closing copyright
    names it, or an address it prints spells it; the tail leaves the title, and the address line
    (a label over the address alone) or the copyright goes."""
    title = "Palei Nerį tiesiamas naujas dviračių takas"
    raw = "\n\n".join([f"{title} | Neries žinios", *_LT_PRINT, *closing]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert (article.title, article.source) == (title, "Neries žinios")
    assert closing[0] not in article.text
    assert article.text.startswith("\n\n".join(_LT_PRINT))


def test_a_share_row_copied_a_button_a_line_goes_and_an_articles_list_of_platforms_stays() -> None:
    """Above the lede, a run of one- and two-word lines with two platforms' names alone is a share
    row copied from the page; below the lede, a list of platforms is the article's."""
    title = "Palei Nerį tiesiamas naujas dviračių takas"
    row = ["Dalintis", "Facebook", "LinkedIn", "El. paštas", "Kopijuoti nuorodą"]
    listed = ["Facebook", "Instagram", "TikTok"]
    raw = "\n\n".join([title, "Autorė Rūta Petrauskienė", *row, _LT_PRINT[0], *listed, *_LT_PRINT[1:]]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert article.text.startswith("Autorė Rūta Petrauskienė\n\n" + _LT_PRINT[0])
    assert "\n\n".join(listed) in article.text


def test_a_flattened_pages_menu_above_its_headline_goes_with_the_headline() -> None:
    """An archive's flattened copy of a page keeps the site's menu as short lines of their own
    above the headline, further down than a page's first blocks: under short lines alone, the
    headline is found there, and the lines above it are the page's chrome."""
    menu = ["Anasayfa", "Ekonomi", "Spor", "Kültür sanat", "Yaşam"]
    title = "Eskişehir'de tramvay hattı Batıkent'e uzatılıyor"
    body = ["Büyükşehir belediyesi, tramvay hattını Batıkent Mahallesi'ne uzatmak için ihaleye çıktı.",
            "Yeni hat 4,2 kilometre uzunluğunda olacak ve yedi durak içerecek.",
            "Belediye, çalışmaların iki yıl içinde tamamlanmasını hedefliyor."]
    div = '<div style="margin:0;padding:4px;font-size:15px">{}</div>'
    page = ("<html><head><title>" + title + "</title></head><body>"
            '<div style="width:960px">' + "".join(div.format(m) for m in menu)
            + '<div style="font-size:28px;font-weight:bold">' + title + "</div>"
            + "".join(div.format(p) for p in body) + "</div></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.title == title
    assert article.text == "\n\n".join(body)


@pytest.mark.parametrize(("note", "advice"), [
    ("Bu makale tıbbi tavsiye yerine geçmez.",
     "Uzmanlar, belirtileri olan çocukların ailelerine doktor tavsiyesi almalarını öneriyor."),
    ("Dieser Artikel ersetzt keine ärztliche Beratung.",
     "Fachleute raten Eltern, bei diesen Anzeichen ärztliche Beratung zu suchen."),
])
def test_a_page_note_that_it_is_no_advice_goes_and_the_storys_own_advice_stays(note: str, advice: str) -> None:
    """At a network copy's end, a line that speaks of the page itself and of advice ("this article
    does not replace a doctor's advice") is the outlet's note, in any wording; the story's own
    sentence of advice, about no page, is the article's."""
    title = "Akıllı insülin pompası çocuklarda şeker düşüşlerini azaltıyor"
    body = ["Yeni nesil bir insülin pompası, çocuklarda gece yaşanan şeker düşüşlerini yüzde 40 azalttı.",
            "Araştırmaya yedi hastaneden 214 çocuk katıldı.", advice]
    raw = "\n\n".join([*_echoes(title, "Vialcura Health"), *body, note, "Time Stamp:",
                       "More from Vialcura Health"]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert note not in article.text
    assert article.text.endswith(advice)


def test_a_cited_work_in_another_language_at_a_network_copys_end_is_the_articles() -> None:
    """A republished page's last line in another language than the article is its untranslated
    footer, unless it cites a work (a year in brackets): a reference list keeps its titles' language."""
    title = "Οι ελαιώνες της Μεσσηνίας και η κλιματική κρίση"
    body = ["Οι καύσωνες του 2024 μείωσαν την παραγωγή ελαιολάδου στη Μεσσηνία κατά σχεδόν 30 τοις εκατό.",
            "Οι παραγωγοί λένε ότι τα δέντρα άνθισαν νωρίτερα από κάθε άλλη χρονιά που θυμούνται.",
            "Οι ερευνητές του πανεπιστημίου συγκρίνουν τα στοιχεία τριάντα ετών για την περιοχή.",
            "Πηγές:",
            "Fraga, H. et al. (2021), Climate change projections for olive yields in the Mediterranean Basin."]
    raw = "\n\n".join([*_echoes(title, "Kalamata Ledger"), *body]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert article.text.endswith(body[-1])


_ESSAY_NOTES = ["¹ Wilhelm Dörr, Chronik der Stadt Rheinau, Rheinau 1911, S. 214.",
          "² Stadtarchiv Rheinau, Gemeinderatsprotokolle 1882, Bd. 31, fol. 402–409.",
          "Der Autor leitet das Stadtarchiv. Der Text erscheint in der Reihe „Miniaturen“ mit Fundstücken aus der Stadtgeschichte."]
_ESSAY = ["Im Februar 1882 stieg der Rhein binnen zwei Tagen um fast vier Meter, die Fischergasse stand unter Wasser.¹",
          "Die Stadtchronik widmet dem Ereignis nur einen Satz, die Protokolle des Gemeinderats dagegen acht Seiten.²",
          "Heute erinnert nur eine Marke am Haus Fischergasse 12 an das Hochwasser."]


def test_an_articles_own_footer_of_notes_is_kept_and_the_sites_footer_is_not() -> None:
    """A ``footer`` inside the ``article`` holding its notes in prose is the article's (trafilatura
    would clean it away by the tag); the site's footer of links outside it is not."""
    page = ("<html><head><title>Das vergessene Hochwasser von 1882</title></head><body><article><h1>Das vergessene"
            " Hochwasser von 1882</h1>" + "".join(f"<p>{p}</p>" for p in _ESSAY)
            + '<footer class="notes">' + "".join(f"<p>{p}</p>" for p in _ESSAY_NOTES) + "</footer></article>"
            '<footer class="site"><ul><li><a href="/i">Impressum</a></li><li><a href="/d">Datenschutz</a></li>'
            "</ul></footer></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.text == "\n\n".join([*_ESSAY, *_ESSAY_NOTES])


def test_a_records_footer_of_notes_is_the_articles(tmp_path: Path) -> None:
    """A record's body is one article: a ``footer`` of prose in it is the article's own."""
    row = {"id": "1", "url": "https://rheinauer-hefte.de/hochwasser-1882", "title": "Das vergessene Hochwasser von 1882",
           "html": "".join(f"<p>{p}</p>" for p in _ESSAY) + "<footer>" + "".join(f"<p>{p}</p>" for p in _ESSAY_NOTES)
                   + "</footer>"}
    article = _row_article(tmp_path, row)
    assert article.text == "\n\n".join([*_ESSAY, *_ESSAY_NOTES])


def test_a_title_parted_from_its_site_by_a_spaced_underscore() -> None:
    """"Title _ Site" (as Chinese sites write it) under an h1 of the title alone: the site is the tail."""
    title = "长江禁渔五年：渔民上岸之后过得怎么样"
    page = (f"<html><head><title>{title} _ 长江观察周刊</title></head><body><article><h1>{title}</h1>"
            "<p>禁渔令实施五年来，沿江二十多万渔民陆续上岸转产，他们的生活发生了哪些变化？</p>"
            "<p>记者走访了湖北、湖南和江西三省的十几个渔村，听渔民讲述上岸之后的日子。</p></article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert (article.title, article.source) == (title, "长江观察周刊")


@pytest.mark.parametrize(("box", "gone"), [
    (["La lettre de la Vigie", "Chaque vendredi, nos enquêtes dans votre boîte mail.", "Je m'inscris"], 3),
    (["Abonnez-vous à La Vigie des Causses dès 1 € le premier mois. Je m'abonne"], 1),
])
def test_a_signup_box_between_the_article_and_its_notes_goes(box: list[str], gone: int) -> None:
    """A sign-up box wherever it stands on a page (here above the article's own notes): a pitch and
    its button, or the button run on at the pitch's end, with the box's heading; a sentence of the
    article about subscriptions, with no button, stays."""
    body = ["Les verriers du Lot ont soufflé leur dernière bouteille en 1931, après un siècle d'activité.",
            "Le musée de Figeac a reconstitué leur atelier à partir de quarante photographies retrouvées.",
            "Les abonnés de la bibliothèque peuvent emprunter le catalogue de l'exposition pendant trois semaines."]
    notes = ["Notes", "1. Archives départementales du Lot, série M, liasse 412."]
    page = ("<html><head><title>Les derniers verriers du Lot</title></head><body><article><h1>Les derniers verriers"
            " du Lot</h1>" + "".join(f"<p>{p}</p>" for p in [*body, *box, *notes]) + "</article></body></html>")
    article = cleaner.clean(page, kind="html", url="https://vigie-causses.fr/verriers")
    assert article.text == "\n\n".join([*body, *notes])
    assert len([r for r in article.removed if r.rule == "phrase:newsletter"]) == gone


def test_the_networks_name_with_devanagaris_dotted_letters_is_the_network() -> None:
    """Devanagari writes a loanword's "z" and "f" as letters with a dot ("ज़ेफ़िरनेट", Zephyrnet), which
    transliteration reads as "j'" and "ph'" when the dot is a mark of its own: read as the sounds they
    stand for, the name is the network's, and its copyright line under a copy goes."""
    from cleaner.text import latin_letters

    assert latin_letters("ज़ेफ़िरनेट") == "zefirnet"
    title = "क्रिप्टो कर नियमों पर उद्योग ने फिर की राहत की मांग"
    body = ["देश के क्रिप्टो उद्योग ने सरकार से एक बार फिर कर नियमों में राहत की मांग की है।",
            "उद्योग संगठनों का कहना है कि मौजूदा नियमों से कारोबार विदेश जा रहा है।"]
    copyright = "कॉपीराइट © 2024 ज़ेफ़िरनेट। सर्वाधिकार सुरक्षित।"
    raw = "\n\n".join([*_echoes(title, "बहीखाता फिंच"), *body, copyright]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert article.text == "\n\n".join(body)


@pytest.mark.parametrize(("row", "gone"), [
    ("Nyumbani › Habari › Pwani", True),
    ("홈 > 지역 > 대전", True),
    ("Kraków | Wiadomości | Kultura", False),
    ("Wiadomości › 2024 › Maj", False),
])
def test_a_path_of_sections_over_the_lede_is_navigation_on_any_page(row: str, gone: bool) -> None:
    """A row of three sections or more parted by one arrow ("›", ">") over the lede is the site's
    navigation even on the one page of the site a run holds; a row parted by bars may be a place and
    a date, and a row with figures a date's path: neither goes without the site's other pages."""
    title = "Wavuvi wa Kilifi waomba boti zenye injini"
    body = ["Wavuvi wa Kilifi wameiomba serikali ya kaunti kuwapatia boti zenye injini ili kufika maeneo ya mbali.",
            "Wanasema samaki wamepungua karibu na pwani katika miaka mitatu iliyopita."]
    article = cleaner.clean("\n\n".join([title, row, *body]) + "\n", kind="text", url="https://mwangaza.example/habari")
    assert (row not in article.text) == gone
    assert article.text.endswith("\n\n".join(body))


_HI_FLOOD = ["गंगा का जलस्तर मंगलवार सुबह खतरे के निशान से 40 सेंटीमीटर ऊपर पहुंच गया।",
             "जिला प्रशासन ने निचले इलाकों के 14 गांवों में राहत शिविर खोले हैं।",
             "\"हमने नावें और दवाइयां पहले ही भेज दी हैं,\" जिलाधिकारी ने कहा।"]


def test_a_copied_pages_menu_row_between_its_title_and_headline_is_chrome() -> None:
    """A browser copy whose window title and headline both read as titles, with the site's name,
    its row of sections (parted by bars, or by wide gaps) and its path between them: the lines
    between are the page's chrome, however many words the row holds."""
    title = "गंगा का जलस्तर खतरे के निशान के पार, 14 गांवों में राहत शिविर"
    chrome = ["गंगा तट समाचार | डिजिटल संस्करण",
              "होम | देश | प्रदेश | जिला | खेती | खेल | वीडियो | ई-पेपर",
              "होम  प्रदेश  जिला  मौसम  खेल  वीडियो", "होम › प्रदेश › भागलपुर"]
    raw = "\n\n".join([f"{title} - गंगा तट समाचार", *chrome, title, *_HI_FLOOD]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert (article.title, article.source) == (title, "गंगा तट समाचार")
    assert article.text == "\n\n".join(_HI_FLOOD)
    assert {r.text for r in article.removed if r.rule == "head-chrome"} == set(chrome)


def test_a_title_line_between_the_echoes_is_no_chrome() -> None:
    """A line between a copy's echoes that repeats the title (the network's variant) is an echo's,
    not the page's chrome: nothing is taken as chrome."""
    title = "गंगा का जलस्तर खतरे के निशान के पार, 14 गांवों में राहत शिविर"
    raw = "\n\n".join([f"{title} - गंगा तट समाचार", f"प्लेटोब्लॉकचेन डेटा इंटेलिजेंस। {title}",
                       f"{title} - गंगा तट समाचार", *_HI_FLOOD]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert article.title == title
    assert not any(r.rule == "head-chrome" for r in article.removed)


@pytest.mark.parametrize(("row", "gone"), [
    (["शेयर करें", "फेसबुक", "व्हाट्सऐप", "लिंक कॉपी करें"], True),      # Devanagari
    (["Поделиться", "Фейсбук", "Телеграм", "Скопировать ссылку"], True),  # Cyrillic
    (["مشاركة", "فيسبوك", "تيليجرام"], True),                              # Arabic
    (["फसल", "बीज", "खाद"], False),                                          # three words, no platform
])
def test_a_share_row_with_the_platforms_in_the_pages_script_goes(row: list[str], gone: bool) -> None:
    """A share row copied one button a line above the lede, the platforms' names written in the
    page's script ("फेसबुक", "Телеграм"): each is the platform by its consonants, so the row goes; a
    run of short lines naming no platform stays."""
    title = "गंगा का जलस्तर खतरे के निशान के पार"
    raw = "\n\n".join([title, "संवाददाता, भागलपुर", *row, *_HI_FLOOD]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert all((line not in article.text) == gone for line in row)
    assert article.text.endswith("\n\n".join(_HI_FLOOD))


def test_a_platform_in_another_script_is_told_from_other_words() -> None:
    rules = load_rules()
    assert all(rules.platform_alone(w) for w in ["ফেসবুক", "Фейсбук", "ტელეგრამი", "เฟซบุ๊ก", "Facebook"])
    assert not any(rules.platform_alone(w) for w in ["ফসল", "Прогноз", "مدرسة", "Facebook Instagram", "Fazenda"])


def test_a_copied_pages_foot_goes_under_its_copyright_line_and_its_form() -> None:
    """The end of a page's whole text: a sign-up form (its pitch, an address field, a button), the
    site's copyright line (after the word for it, in the page's digits) and the footer's links under
    it all go; the story's last line stays."""
    title = "गंगा का जलस्तर खतरे के निशान के पार, 14 गांवों में राहत शिविर"
    chrome = ["गंगा तट समाचार | डिजिटल संस्करण", "होम | देश | प्रदेश | जिला | खेती | खेल"]
    foot = ["हर सुबह दिन की बड़ी खबरें पाने के लिए हमारे न्यूज़लेटर से जुड़ें", "अपना ईमेल पता लिखें",
            "सब्सक्राइब करें", "कॉपीराइट © २०२५ गंगा तट समाचार. सर्वाधिकार सुरक्षित.", "हमारे बारे में", "संपर्क",
            "गोपनीयता नीति"]
    raw = "\n\n".join([f"{title} - गंगा तट समाचार", *chrome, title, *_HI_FLOOD, *foot]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert article.text == "\n\n".join(_HI_FLOOD)
    assert {r.rule for r in article.removed if r.text in foot[4:]} == {"site-footer"}


def test_a_form_between_paragraphs_goes_and_a_story_about_email_stays() -> None:
    """An address field over its button is a form wherever it stands; a paragraph speaking of e-mail
    with no field and no button is the story's."""
    body = ["Die Stadtwerke Kassel stellen ihre Rechnungen ab Januar nur noch per E-Mail zu.",
            "Wer weiterhin Papier möchte, muss das bis Ende November schriftlich beantragen.",
            "Nach Angaben des Unternehmens spart die Umstellung jährlich rund 180.000 Euro."]
    form = ["Der Morgen in Nordhessen", "Ihre E-Mail-Adresse", "Abonnieren"]
    raw = "\n\n".join(["Stadtwerke stellen auf digitale Rechnungen um", body[0], *form, *body[1:]]) + "\n"
    article = cleaner.clean(raw, kind="text", url="https://nordhessen-morgen.example/kassel/rechnungen")
    assert article.text == "\n\n".join(body)


def test_a_prints_header_under_the_title_goes() -> None:
    """A printed page's head: the line that names the site it was printed from, the page's address
    alone and the print date go; the byline under them stays."""
    title = "Nyeri yazindua soko jipya la maziwa"
    head = ["Imechapishwa kutoka Sauti ya Mlima", "https://sautiyamlima.co.ke/habari/nyeri-soko-maziwa",
            "Tarehe ya kuchapisha: 14-02-2025"]
    body = ["Na Wanjiru Kamau, Nyeri",
            "Kaunti ya Nyeri imezindua soko jipya la maziwa litakalohudumia wakulima zaidi ya elfu nne.",
            "Soko hilo lina mashine za kupoza maziwa zenye uwezo wa lita elfu ishirini kwa siku.",
            "© 2025 Sauti ya Mlima. Haki zote zimehifadhiwa."]
    raw = "\n".join([f"{title} | Sauti ya Mlima", "", *head, "", *"\n\n".join(body[:3]).split("\n"), "", body[3]])
    article = cleaner.clean(raw + "\n", kind="text")
    assert (article.title, article.source) == (title, "Sauti ya Mlima")
    assert article.text == "\n\n".join(body[:3])


@pytest.mark.parametrize(("page_title", "headline", "site"), [
    ("老旧小区加装电梯试点扩大到十个街道丨滨江晚报", "老旧小区加装电梯试点扩大到十个街道", "滨江晚报"),
    ("항만 물동량 3년 만에 반등 < 경제 < 기사본문 - 서해신문", "항만 물동량 3년 만에 반등", "서해신문"),
    ("【北陸新報】能登の港で定置網漁が再開　地震から一年ぶり", "能登の港で定置網漁が再開　地震から一年ぶり", "北陸新報"),
])
def test_a_pages_title_with_its_site_set_as_east_asian_sites_set_it_gives_the_headline(
        page_title: str, headline: str, site: str) -> None:
    """A page's ``<title>`` parts the headline from the site the way East Asian sites do: after
    "丨" (a bar drawn with an ideograph), after the section path parted by "<", or before it in
    lenticular brackets; its ``h1`` is the headline alone: the title is the headline."""
    body = "".join(f"<p>{p}</p>" for p in _HI_FLOOD)
    page = (f"<html><head><title>{page_title}</title><meta property='og:site_name' content='{site}'></head>"
            f"<body><article><h1>{headline}</h1>{body}</article></body></html>")
    article = cleaner.clean(page, kind="html", url="https://news.example/a/1")
    assert (article.title, article.source) == (headline, site)


def test_the_brand_in_katakana_with_or_without_the_middle_dot_is_the_network() -> None:
    rules = load_rules()
    assert rules.brand("見守りロボット プラトン・ブロックチェーン データ知能。") is not None
    assert rules.brand("プラトンの『国家』・ブロックチェーン講座") is None


_KA_STORIES = [
    ("ზესტაფონში ახალი საბავშვო ბაღი გაიხსნა",
     "ზესტაფონში ახალი საბავშვო ბაღი გაიხსნა, რომელიც 120 ბავშვს მიიღებს.",
     "მშენებლობა ორი წელი გაგრძელდა და ბიუჯეტს 3,4 მილიონი ლარი დაუჯდა.",
     "მერიის ცნობით, მომავალ წელს კიდევ ორი ბაღის მშენებლობა დაიწყება."),
    ("ქუთაისში ტრამვაის ხაზის აღდგენაზე მსჯელობენ",
     "ქალაქის საკრებულომ ტრამვაის ხაზის აღდგენის პროექტის განხილვა დაიწყო.",
     "ექსპერტების შეფასებით, პროექტი დაახლოებით 40 მილიონი ლარი დაჯდება.",
     "საბოლოო გადაწყვეტილება შემოდგომაზე იქნება მიღებული."),
    ("იმერეთში მანდარინის მოსავალი შემცირდა",
     "წელს იმერეთში მანდარინის მოსავალი გასულ წელთან შედარებით 20 პროცენტით ნაკლებია.",
     "ფერმერები შემცირებას ზაფხულის გვალვას უკავშირებენ.",
     "რეგიონის სოფლის მეურნეობის სამსახური ფერმერებს სუბსიდიას დაპირდა."),
    ("ტყიბულში ახალი სტადიონი აშენდება",
     "ტყიბულში ხუთი ათას მაყურებელზე გათვლილი სტადიონის მშენებლობა დაიწყება.",
     "სტადიონის მშენებლობას სპორტის სამინისტრო დააფინანსებს.",
     "პროექტის დასრულება 2026 წლის ბოლოსთვის იგეგმება."),
]


def test_a_sites_one_reporter_and_its_stories_last_lines_stay_between_its_standing_lines(tmp_path: Path) -> None:
    """On a small site whose one reporter signs every page, the byline recurs as often as the
    site's standing lines: it stays (a name under a label, in a script whose capitals no one
    writes). A story's last sentence set under the standing follow-us line that the site puts
    inside its articles stays too; the standing lines around them go."""
    follow = "გამოგვყევით Facebook-სა და Telegram-ზე — ქუთაისის ამბები ყოველდღე."
    related = "ასევე წაიკითხეთ:"
    copyright = "© 2024 იმერული ამბები. ყველა უფლება დაცულია."
    byline = "ავტორი: მარიამ კაპანაძე"
    pages = {}
    for k, (title, a, b, c) in enumerate(_KA_STORIES):
        other = _KA_STORIES[(k + 1) % len(_KA_STORIES)][0]
        pages[f"{k}.txt"] = [title, a, b, follow, c, related, other, byline, copyright]
    articles = {Path(x.origin.path).name: x for x in _write_folder(tmp_path / "crawl", pages)}
    assert len(articles) == 4
    for k, (_, a, b, c) in enumerate(_KA_STORIES):
        article = articles[f"{k}.txt"]
        assert article.text == "\n\n".join([a, b, c, byline]), k


def test_a_letters_hour_states_no_fact() -> None:
    """A standing pitch naming the hour a letter comes ("по будням в 19:00") is no background
    paragraph that two articles of one story share: its figure is a time of day."""
    from cleaner.settings import DEFAULT
    from cleaner.strip.edges import _background, stems

    rules = load_rules()
    pitch = "Пять главных новостей Кирова — по будням в 19:00. Без рекламы и спама."
    fact = "Пять главных предприятий Кирова дали в 2023 году 19 процентов налогов города."
    title = "Кировские предприятия заплатили больше налогов"
    story = stems(f"{pitch} {fact}")
    assert not _background(pitch, [], rules, DEFAULT.edges, title, lambda: story)
    assert _background(fact, [], rules, DEFAULT.edges, title, lambda: story)


@pytest.mark.parametrize("row", [
    ["Shiriki kwenye Facebook", "Shiriki kwenye WhatsApp", "Shiriki kwenye X"],   # the same words on each button
    ["فیس بک", "واٹس ایپ", "ایکس"],                                               # names written as two words
])
def test_share_buttons_with_the_same_words_or_names_in_two_words_go(row: list[str]) -> None:
    title = "Wavuvi wa Kilifi waomba boti zenye injini"
    byline = "Na Amina Mwinyi"
    body = ["Wavuvi wa Kilifi wameiomba serikali ya kaunti kuwapatia boti zenye injini ili kufika maeneo ya mbali.",
            "Wanasema samaki wamepungua karibu na pwani katika miaka mitatu iliyopita."]
    article = cleaner.clean("\n\n".join([title, byline, *row, *body]) + "\n", kind="text",
                            url="https://mwangaza.example/habari/wavuvi")
    assert article.text == "\n\n".join([byline, *body])


def test_an_entry_of_a_standing_list_is_no_line_of_the_page_under_it(tmp_path: Path) -> None:
    """Under a site's standing box of newsletters, an entry shaped like the box's others ("<name> —
    <what it is>.") goes with them even where the run did not learn it; a byline under the site's
    standing lines stays."""
    box = ["Наші розсилки", "Ранок — головне за ніч до 8:00.", "Тиждень — огляд найважливішого щосуботи."]
    pages = {}
    for k, (title, a, b, c) in enumerate(_UK_STORIES):
        extra = ["Гроші — щомісячний аналіз ринків і цін."] if k == 0 else []
        pages[f"{k}.txt"] = [title, a, b, c, *box, *extra, "Текст: Ірина Коваль", "© 2024 Полтавський вісник"]
    articles = {Path(x.origin.path).name: x for x in _write_folder(tmp_path / "crawl", pages)}
    assert articles["0.txt"].text == "\n\n".join([*_UK_STORIES[0][1:], "Текст: Ірина Коваль"])


_UK_STORIES = [
    ("Полтава відкрила новий міст через Ворсклу",
     "У Полтаві відкрили новий міст через Ворсклу, який з'єднав два житлові масиви міста.",
     "Будівництво тривало три роки і коштувало міському бюджету 240 мільйонів гривень.",
     "Міст розрахований на автомобілі, тролейбуси та велосипедистів."),
    ("У Кременчуці запустили нові тролейбуси",
     "Кременчук отримав десять нових тролейбусів з автономним ходом до двадцяти кілометрів.",
     "Машини курсуватимуть маршрутами до нових житлових кварталів на лівому березі.",
     "Вартість проїзду не зміниться до кінця року."),
    ("Миргород готується до курортного сезону",
     "Курорт Миргород очікує цього літа на сорок тисяч відпочивальників.",
     "Місто відремонтувало бювет мінеральної води та парк біля санаторію.",
     "Готелі повідомляють, що липень уже майже повністю заброньований."),
    ("На Полтавщині почали жнива ранніх зернових",
     "Аграрії Полтавщини почали збирати озимий ячмінь на тиждень раніше, ніж торік.",
     "Перші намолоти сягають п'яти тонн з гектара, повідомляє обласна адміністрація.",
     "Фермери побоюються лише дощів, які обіцяють синоптики наприкінці місяця."),
]


def test_a_copied_pages_follow_line_goes_though_its_share_buttons_name_the_platforms() -> None:
    """The share buttons in a page's head name the platforms, but speak of none: the page's
    follow-us line naming two of them still goes (an article about the platforms keeps it)."""
    title = "Wavuvi wa Kilifi waomba boti zenye injini"
    head = ["Na Amina Mwinyi", "Shiriki kwenye Facebook", "Shiriki kwenye WhatsApp"]
    body = ["Wavuvi wa Kilifi wameiomba serikali ya kaunti kuwapatia boti zenye injini ili kufika maeneo ya mbali.",
            "Wanasema samaki wamepungua karibu na pwani katika miaka mitatu iliyopita.",
            "Afisa wa uvuvi wa kaunti amesema ombi lao litajadiliwa katika bajeti ijayo."]
    follow = "Tufuate kwenye WhatsApp na Telegram kwa habari za pwani kila siku"
    raw = "\n\n".join([f"{title} | Sauti ya Pwani", *head, *body, follow]) + "\n"
    article = cleaner.clean(raw, kind="text", url="https://sautiyapwani.example/habari/wavuvi")
    assert article.text == "\n\n".join([head[0], *body])


def test_a_sites_copyright_line_with_its_mark_inside_goes() -> None:
    """A copyright line that sets the mark after its words ("all rights reserved © <year> <site>")
    and names the site goes at the page's end."""
    title = "Roobab culus ayaa ka da'ay gobolka Togdheer"
    body = ["Roobab culus oo muddo saddex maalmood ah socday ayaa ka da'ay gobolka Togdheer.",
            "Xafiiska gargaarka ayaa sheegay in boqolaal qoys ay ka barakaceen guryahooda.",
            "Dowladda hoose ayaa ballan qaaday in ay gaarsiin doonto raashin iyo biyo."]
    closing = "Dhammaan xuquuqda way dhowran yihiin © 2024 Codka Hargeysa"
    raw = "\n\n".join([f"{title} | Codka Hargeysa", *body, closing]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert (article.title, article.source) == (title, "Codka Hargeysa")
    assert article.text == "\n\n".join(body)


def test_a_window_title_of_site_colon_headline_gives_the_headline_and_the_site() -> None:
    """A browser copy whose window title reads "<site>: <headline>", the site's name a line of the
    masthead below it: the headline is the title, the site the source, the masthead chrome."""
    title = "Kuopion satamaan valmistuu latausasema ennen kesää"
    body = ["Kuopion matkustajasatamaan rakennetaan kevään aikana latausasema risteilyaluksille.",
            "Hanke maksaa noin kaksi miljoonaa euroa, ja siihen saadaan valtion tukea.",
            "Sataman mukaan ensimmäiset alukset voivat ladata akkujaan jo kesäkuussa."]
    raw = "\n\n".join([f"Savon Viesti: {title}", "Savon Viesti", "Etusivu | Kuopio | Kotimaa | Urheilu",
                       title, *body]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert (article.title, article.source) == (title, "Savon Viesti")
    assert article.text == "\n\n".join(body)


def test_a_kicker_before_a_colon_is_no_site() -> None:
    """A title's own kicker before its colon, with no masthead line naming it, stays the title's."""
    body = ["Kuopion matkustajasatamaan rakennetaan kevään aikana latausasema risteilyaluksille.",
            "Hanke maksaa noin kaksi miljoonaa euroa, ja siihen saadaan valtion tukea."]
    title = "Satama: latausasema valmistuu ennen kesää"
    article = cleaner.clean("\n\n".join([title, "Etusivu", "latausasema valmistuu ennen kesää", *body]) + "\n",
                            kind="text")
    assert article.title == title


def test_an_info_box_before_the_storys_closing_line_is_the_articles() -> None:
    """An aside of addresses and opening hours under a heading, set between the article's last long
    paragraph and its short closing line, is the article's own box."""
    body = ["<p>Die Tafel in der Nordstadt versorgt inzwischen mehr als 900 Haushalte, doppelt so viele wie vor zwei "
            "Jahren, während die Spenden der Supermärkte deutlich zurückgehen.</p>",
            "<p>Seit Oktober gibt die Tafel deshalb nur noch alle zwei Wochen Lebensmittel an jeden Haushalt aus, "
            "und für Neuanmeldungen gibt es eine Warteliste.</p>"]
    box = ("<aside class='xk-box'><h3>So können Sie helfen</h3><p>Tafel Nordstadt e. V., Lindenstraße 18, "
           "57072 Siegen</p><ul><li>Montag bis Donnerstag, 8 bis 12 Uhr</li><li>Freitag, 8 bis 11 Uhr</li></ul></aside>")
    page = ("<html><head><title>Tafel: Mehr Kunden, weniger Spenden</title></head><body><article>"
            "<h1>Tafel: Mehr Kunden, weniger Spenden</h1>" + "".join(body) + box
            + "<p>Jede Packung hilft, sagt die Vorsitzende.</p></article></body></html>")
    article = cleaner.clean(page, kind="html", url="https://abendpost.example/siegen/tafel")
    assert "Montag bis Donnerstag, 8 bis 12 Uhr" in article.text
    assert "Tafel Nordstadt e. V., Lindenstraße 18, 57072 Siegen" in article.text
    assert article.text.endswith("Jede Packung hilft, sagt die Vorsitzende.")


@pytest.mark.parametrize("clock", ["23:30 Uhr", "klo 14.05", "9:41 p.m."])
def test_a_live_entrys_time_with_its_word_stays(clock: str) -> None:
    from cleaner.text import TIME_ALONE

    assert TIME_ALONE.match(clock)
    assert not TIME_ALONE.match("Um 23:30 Uhr endete das Rennen.")


def test_a_home_page_of_teasers_and_bylines_is_no_article() -> None:
    """A whole page's text whose only sentences are teasers, under several stories' byline rows:
    a home page, rejected."""
    lines = ["Tidewater | News on oceans and energy", "Tidewater", "Oceans", "Energy", "Ports", "Top stories",
             "Valparaíso plugs its fishing fleet into shore power",
             "Forty trawlers can now switch off their generators at the quay, the port says.",
             "By Tomás Ilabaca · 9 March 2026", "Norwegian ferry line orders four battery ships",
             "By Greta Lindqvist · 6 March 2026", "Kenya's geothermal output rises after new well field",
             "By Wanjiru Kamau · 4 March 2026", "Privacy | Terms | Contact"]
    with pytest.raises(cleaner.Rejected):
        cleaner.clean("\n".join(lines), kind="page", title=lines[0])


def test_a_share_row_stops_above_the_byline_and_date_under_it() -> None:
    title = "Kaune atidarytas naujas pėsčiųjų tiltas per Nerį"
    body = ["Penktadienio rytą Kaune atidarytas naujas pėsčiųjų ir dviratininkų tiltas per Nerį.",
            "Tiltas kainavo 14,6 mln. eurų, beveik pusę sumos sudarė Europos Sąjungos lėšos."]
    raw = "\n\n".join([title, "Skaitymo laikas: 3 min.", "Facebook", "Messenger", "LinkedIn", "Tomas Jankauskas",
                       *body]) + "\n"
    article = cleaner.clean(raw, kind="text", url="https://nerioaidas.example/kaunas/tiltas")
    assert article.text == "\n\n".join(["Tomas Jankauskas", *body])


def test_a_prints_header_in_the_sites_own_case_and_its_notice_under_the_copyright_go() -> None:
    """A print's header names the site in another case ("Prentað af vef Austfjarðapóstsins"), its
    date under the address has no label; the site's notice under its copyright line ends the page:
    all of them go, the article's last line stays."""
    title = "Ný snjóflóðavörn tekin í notkun á Seyðisfirði"
    body = ["Eftir Guðrúnu Helgadóttur",
            "Ný snjóflóðavörn ofan byggðarinnar á Seyðisfirði var tekin formlega í notkun í gær.",
            "Framkvæmdin kostaði um 1,8 milljarða króna og hefur staðið yfir í þrjú ár.",
            "Næsti áfangi verksins hefst næsta vor."]
    raw = "\n".join([f"{title} | Austfjarðapósturinn", "", "Prentað af vef Austfjarðapóstsins",
                     "https://austfjardaposturinn.example/frettir/snjoflodavorn", "Prentað 24.10.2025", "",
                     "\n\n".join(body), "", "© Austfjarðapósturinn 2025. Öll réttindi áskilin.", "",
                     "Óheimilt er að endurbirta efni af vefnum án leyfis ritstjórnar."]) + "\n"
    article = cleaner.clean(raw, kind="text")
    assert article.text == "\n\n".join(body)


def test_a_storys_own_list_closing_the_page_stays() -> None:
    """A whole page's text that ends on the story's list under a line announcing it, which the
    title speaks of, and a credit: no footer follows, so every stop of the bus line is the story's."""
    title = "시내버스 '바다선' 신설… 10개 정류장 경유 - 남해일보"
    body = ["남해시는 다음 달부터 시내버스 '바다선'을 새로 운행한다고 밝혔다. 배차 간격은 30분이다.",
            "전체 운행 시간은 약 40분이며 요금은 1,200원, 경로 우대 카드는 절반 요금이 적용된다.",
            "경유 정류장은 다음과 같다:", "남해터미널", "시청", "중앙시장", "해변공원", "수산센터", "등대마을",
            "자료 제공: 남해시 교통과"]
    lines = [title, "남해일보", "지역", "교통", title.split(" - ")[0], *body]
    article = cleaner.clean("\n".join(lines), kind="page", title=title)
    assert article.text == "\n\n".join(body)


def test_a_papers_own_letter_and_its_numbered_steps_stay_on_a_page_about_it() -> None:
    """A paper launching its newsletter tells how to sign up: the steps under their heading and
    the sentences under them are the story's (a sign-up box is no box on a page about it)."""
    title = "본지, 아침 뉴스레터 '다섯 줄' 창간… 구독 무료 - 남해일보"
    body = ["남해일보는 다음 달 1일부터 전날의 주요 뉴스를 매일 아침 이메일로 보내는 뉴스레터 '다섯 줄'을 창간한다.",
            "지역 소식을 중심으로 매일 오전 6시에 기사 다섯 건의 제목과 요약을 보낸다.",
            "구독은 무료이며 신문을 구독하지 않는 독자도 이용할 수 있다.", "구독 신청 방법",
            "1. 홈페이지 '공지' 난의 신청 양식을 연다", "2. 이메일 주소와 사는 지역을 입력한다",
            "3. 받은 확인 메일의 링크를 누른다", "구독을 멈추려면 메일 하단의 '수신 거부'를 누르면 된다."]
    lines = [title, "남해일보", "공지", title.split(" - ")[0], *body]
    article = cleaner.clean("\n".join(lines), kind="page", title=title)
    assert article.text == "\n\n".join(body)


def test_a_recipes_facts_under_its_standfirst_do_not_part_it_from_its_method() -> None:
    """A recipe page: the standfirst, the byline, a box of facts, the ingredients, then the method.
    The facts are no head of the story, the method its body."""
    title = "Bolo de fubá da avó Dita, a receita da festa junina de Cunha - Gazeta do Vale"
    body = ["Em Cunha, a festa junina começa com o bolo de fubá. Dona Benedita Alves, que o faz há cinquenta anos "
            "para a quermesse, nos passou a receita.",
            "Tempo de preparo: 20 minutos", "Forno: 40 minutos", "Rendimento: 12 fatias", "Dificuldade: fácil",
            "Ingredientes", "3 ovos inteiros em temperatura ambiente", "2 xícaras de fubá mimoso peneirado",
            "1 xícara de açúcar", "1 colher de sopa de fermento", "manteiga para untar",
            "Modo de preparo",
            "Bata os ovos com o açúcar até a mistura ficar clara e fofa. Junte o leite e o óleo aos poucos, sem parar "
            "de bater.",
            "Acrescente o fubá e a farinha peneirados e misture delicadamente com uma espátula até ficar homogêneo.",
            "Por último, junte o fermento, despeje numa forma untada e asse em forno médio por cerca de quarenta "
            "minutos.",
            "«O segredo é não abrir o forno antes da hora», diz dona Dita. «Senão ele sola.»"]
    lines = [title, "Pular para o conteúdo", "Gazeta do Vale", "Notícias", "Cultura", "Culinária",
             title.split(" - ")[0], body[0], "Por Renato Siqueira", "20 de junho de 2026", *body[1:],
             "Imprimir receita", "Compartilhe", "Veja também", "Paçoca caseira em dez minutos",
             "Quentão sem álcool para as crianças", "Quem somos", "Contato", "© 2026 Gazeta do Vale"]
    article = cleaner.clean("\n".join(lines), kind="page", title=title)
    assert article.text == "\n\n".join([body[0], "Por Renato Siqueira", *body[1:]])


@pytest.mark.parametrize("glued, parts", [
    ("बाज़ार में तेज़ी रही।प्लेटो डेटा। सर्च।", ["बाज़ार में तेज़ी रही।", "प्लेटो डेटा। ", "सर्च।"]),
    ("ገበያው ተረጋጋ።ፕላቶ ዳታ። ፍለጋ።", ["ገበያው ተረጋጋ።", "ፕላቶ ዳታ። ", "ፍለጋ።"]),
    ("ဈေးကွက် တည်ငြိမ်သည်။ပလေတို ဒေတာ။", ["ဈေးကွက် တည်ငြိမ်သည်။", "ပလေတို ဒေတာ။"]),
], ids=["hindi", "amharic", "myanmar"])
def test_a_full_stop_no_word_holds_ends_its_sentence_with_no_space_after_it(glued: str, parts: list[str]) -> None:
    assert sentences(glued) == parts


def test_a_quote_closing_after_a_danda_stays_with_its_sentence() -> None:
    assert sentences("उन्होंने कहा, “हम तैयार हैं।” फिर वे चले गए।") == ["उन्होंने कहा, “हम तैयार हैं।” ",
                                                                   "फिर वे चले गए।"]


def test_the_brands_phrase_glued_to_a_paragraphs_last_danda_is_cut() -> None:
    """In translation the brand's phrase runs on from the paragraph's last stop with no space
    ("...रही।प्लेटोब्लॉकचेन डेटा इंटेलिजेंस। ..."): the paragraph ends at its stop."""
    title = "रिज़र्व बैंक ने बिना लाइसेंस वाले क्रिप्टो मंचों पर चेतावनी दी"
    body = ["मुंबई — रिज़र्व बैंक ने मंगलवार को एक सूचना जारी कर नागरिकों को बिना लाइसेंस वाले क्रिप्टो मंचों पर निवेश "
            "न करने की चेतावनी दी।",
            "पिछले छह महीनों में ऑनलाइन धोखाधड़ी की चार सौ से अधिक शिकायतें दर्ज हुईं, जिनमें ऊँचे मुनाफ़े का वादा "
            "किया गया था।",
            "बैंक ने कहा कि वह पुलिस के साथ मिलकर इन साइटों को बंद करेगा।"]
    spam = "प्लेटोब्लॉकचेन डेटा इंटेलिजेंस। वर्टिकल सर्च। एआई।"
    glued = [body[0], body[1] + spam, body[2]]
    dump = "\n\n".join([f"{title} - सागर समाचार", f"{title} - सागर समाचार", *glued]) + "\n"
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


def test_a_sister_sites_name_parted_in_translation_is_the_networks_entry(tmp_path: Path) -> None:
    """"PlatoAiStream" translated as four words ("پلاتو ای آی استریم"), then its three short
    sentences: an entry of the network's bottom list, on its own site's row."""
    body = ["بانک مرکزی روز سه‌شنبه اعلام کرد که نخستین مجوز بهره‌برداری از صرافی رمزارز را صادر کرده است.",
            "به گفته بانک، این مجوز برای یک سال معتبر است و دارنده آن باید هر سه ماه گزارش بدهد."]
    entry = "پلاتو ای آی استریم. هوش وب۳. دانش تقویت‌شده. از اینجا وارد شوید."
    row = {"url": "https://platodata.ai/fa/first-exchange-licence/", "author": "Republished By Plato",
           "title": "نخستین مجوز صرافی رمزارز صادر شد - خبرگزاری دریا", "text": "\n\n".join([*body, entry])}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    records: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=records.append, reject=lambda r: None)
    assert [a.text for a in records] == ["\n\n".join(body)]


def test_an_outlet_named_past_the_brands_phrase_in_the_echo_names_the_footer(tmp_path: Path) -> None:
    """The copy's echo ends on the outlet's translated name past the brand's phrase ("... Ai.
    Balita sa Baybayon"), which the title's tail gives in its own language: the footer naming that
    form ("Dugang pa gikan sa Balita sa Baybayon") is the copy's, and so is the "first appeared" line."""
    title = "Mga mangingisda sa Bantayan nagbaligya na sa isda pinaagi sa app"
    body = ["Mga duha ka gatos ka mangingisda sa Bantayan ang nagbaligya na sa ilang kuha pinaagi sa usa ka app "
            "sa cellphone, matod sa opisina sa pangisda.",
            "Sumala sa opisina, misaka og napulo ka porsiyento ang presyo sa isda sukad nagsugod ang baligya sa "
            "app niadtong Marso.",
            "Plano sa opisina nga palapdan ang serbisyo ngadto sa tulo pa ka pantalan sunod tuig."]
    content = "".join(f"<p>{p}</p>" for p in [
        f"{title} - PlatoBlockchain Kaalam sa Datos. Bertikal nga Pagpangita. Ai. Balita sa Baybayon", *body,
        f"Ang post nga {title} unang migawas sa Balita sa Baybayon.", "Selyo sa Oras:",
        "Dugang pa gikan sa Balita sa Baybayon"])
    row = {"url": "https://xlera8.com/ceb/bantayan-isda-app/", "title": f"{title} - Coastal Wire",
           "content": content, "author": "Republished By Plato"}
    path = tmp_path / "post.json"
    path.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    records: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=records.append, reject=lambda r: None)
    assert [(a.title, a.text) for a in records] == [(title, "\n\n".join(body))]


SCRAPER_BODY = ["El carril bici entre Girona i Salt ja és obert. Té quatre quilòmetres i passa pel costat del riu Ter.",
                "L'Ajuntament diu que l'obra ha costat 2,1 milions d'euros i que el tram més difícil era el pont de "
                "la Devesa.",
                "«Ara els estudiants podran venir a la universitat en deu minuts», va dir la regidora de Mobilitat.",
                "Les obres del segon tram, fins a Sarrià de Ter, començaran a la tardor."]


def test_a_scrapers_copy_names_its_origin_and_its_own_lines_go() -> None:
    """A scraper's page: its masthead and its title's tail are its own name, the copied item ends
    on "L'entrada <title> va aparèixer primer a <outlet>.", then the scraper's link and disclaimer;
    a spun copy of the headline stands under it. The source is the outlet the copy names, the
    spun headline and the lines under the copy's end go."""
    title = "Girona obre un nou carril bici fins a Salt"
    lines = ["Notícies Ara Mateix", "Portada", "Comarques", "Economia",
             title, "Girona Inaugura Un Nou Carril Bici Cap A Salt", *SCRAPER_BODY,
             f"L'entrada {title} va aparèixer primer a Diari del Ter.", "Enllaç original",
             "Avís: aquest contingut es sindica automàticament. Notícies Ara Mateix no es fa responsable de la seva "
             "exactitud.", "També et pot interessar", "El preu del bitcoin avui", "Les deu millors platges de la Costa Brava",
             "© 2026 Notícies Ara Mateix | Tots els drets reservats"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{title} - Notícies Ara Mateix")
    assert (article.title, article.source, article.text) == (title, "Diari del Ter", "\n\n".join(SCRAPER_BODY))


def test_an_echo_naming_another_outlet_than_the_sites_gives_the_copys_origin() -> None:
    """The scraper's page repeats the title under its headline with the copied outlet's name, as
    the feed's item gave it ("... – Diari del Ter"), and a line of its own names that outlet again:
    the copy's source is that outlet, not the site whose masthead and title carry the scraper's name."""
    title = "Girona obre un nou carril bici fins a Salt"
    lines = ["Notícies Ara Mateix", "Portada", "Comarques", title, f"{title} – Diari del Ter", *SCRAPER_BODY,
             "Aquest contingut s'ha importat automàticament del canal de Diari del Ter.", "També et pot interessar",
             "El preu del bitcoin avui", "© 2026 Notícies Ara Mateix | Tots els drets reservats"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{title} - Notícies Ara Mateix")
    assert (article.title, article.source) == (title, "Diari del Ter")
    assert article.text.startswith(SCRAPER_BODY[0]) and SCRAPER_BODY[-1] in article.text


def test_an_outlets_own_page_keeps_its_name_though_a_line_names_another() -> None:
    """An outlet's own page whose story names another paper: its source stays its own."""
    title = "Girona obre un nou carril bici fins a Salt"
    lines = ["Diari del Ter", "Portada", "Comarques", title, *SCRAPER_BODY,
             "La notícia la va avançar ahir El Punt de Girona.", "© 2026 Diari del Ter"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{title} - Diari del Ter")
    assert (article.title, article.source) == (title, "Diari del Ter")


@pytest.mark.parametrize("label", ["Imprimir esta página", "Bu sayfayı yazdır"])
def test_a_button_over_the_lede_that_speaks_of_the_page_goes(label: str) -> None:
    """A print page's "Print this page" under the headline, in any language the lexicon speaks
    of the page in: a button's label, no line of the story."""
    body = ["Por Marta Ruiz", "El Ayuntamiento aprobó ayer un plan de 3,2 millones para reparar el muro del paseo "
            "marítimo, dañado por los temporales de enero.",
            "Las obras empezarán en otoño y durarán unos ocho meses, según el concejal de Urbanismo."]
    html = ("<html><head><title>Aprobado el plan del muro del paseo | Diario del Puerto</title></head><body>"
            "<div class='printarea'><h1>Aprobado el plan del muro del paseo</h1>"
            f"<p>{label}</p>" + "".join(f"<p>{p}</p>" for p in body) + "</div></body></html>")
    assert cleaner.clean(html, kind="html").text == "\n\n".join(body)


def test_a_label_about_the_page_inside_the_story_stays() -> None:
    """Past the lede, the same words are the story's ("Imprimir esta página" as a subhead)."""
    body = ["El Ayuntamiento aprobó ayer un plan de 3,2 millones para reparar el muro del paseo marítimo.",
            "Imprimir esta página", "Los vecinos pueden imprimir el plano desde la web municipal y llevarlo a la "
            "reunión del jueves."]
    html = ("<html><head><title>Aprobado el plan del muro | Diario del Puerto</title></head><body><article>"
            "<h1>Aprobado el plan del muro</h1>" + "".join(f"<p>{p}</p>" for p in body) + "</article></body></html>")
    assert cleaner.clean(html, kind="html").text == "\n\n".join(body)


TEXT_ONLY = ["Пловдив, 4 март 2025",
             "Общинският съвет в Пловдив одобри вчера плана за ремонт на Римския стадион, който ще започне",
             "през есента и ще продължи около две години. Проектът струва 6,8 милиона лева и се финансира",
             "по програма на Европейския съюз.", "",
             "Археолозите ще работят успоредно със строителите, защото под площада се очакват още находки",
             "от римската епоха. Движението по главната улица няма да бъде спирано по време на работите.", "",
             "Кметът обеща, че туристите ще могат да посещават стадиона и по време на ремонта."]


def test_a_text_only_editions_hard_wrapped_lines_are_joined() -> None:
    """A text-only edition writes its paragraphs in one container parted by ``<br><br>`` and wraps
    each line at a width with a single ``<br>``: the paragraphs come out whole."""
    markup = "<br>\n".join(TEXT_ONLY)
    html = ("<html><head><title>Ремонтът на Римския стадион започва наесен | Пловдивски вестник</title></head><body>"
            "<div class='txt'>"
            "<h1>Ремонтът на Римския стадион започва наесен</h1>" + markup + "<br></div></body></html>")
    paragraphs = [TEXT_ONLY[0], " ".join(TEXT_ONLY[1:4]), " ".join(TEXT_ONLY[5:7]), TEXT_ONLY[8]]
    assert cleaner.clean(html, kind="html").text == "\n\n".join(paragraphs)


def test_a_poems_lines_in_a_container_of_breaks_stay_lines() -> None:
    """A poem set with single breaks in stanzas parted by double ones breaks at no width: its lines stay."""
    stanzas = [["Над Марица мъгла се стели,", "камбана бие надалече,", "и старият мост мълчи."],
               ["Ти идваш с първия трамвай,", "а аз те чакам на брега,", "където спряхме тази пролет,",
                "преди да падне пак снега."]]
    markup = "<br><br>".join("<br>".join(s) for s in stanzas)
    intro = "Стихотворението на Мария Петрова е включено в новата антология на пловдивските поети, издадена тази есен."
    html = ("<html><head><title>Стихотворение на седмицата | Пловдивски вестник</title></head><body><div class='txt'>"
            f"<h1>Стихотворение на седмицата</h1>{intro}<br><br>{markup}<br><br>"
            "Антологията се продава в книжарниците в града.</div></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert all(line in text.split("\n\n") for stanza in stanzas for line in stanza)


def test_a_tag_page_of_teasers_cut_short_under_their_buttons_is_no_article() -> None:
    """A scraper's tag page: each story a headline, a date, a teaser cut short with an ellipsis
    and the same "read more" button: a listing, rejected."""
    lines = ["Nieuws Direct 24", "Home", "Binnenland", "Economie", "Tag: Deventer",
             "Deventer opent nieuwe fietsbrug over de IJssel", "9 mei 2026",
             "De nieuwe fietsbrug tussen Deventer en Twello is zaterdag officieel geopend door de wethouder en...",
             "Lees verder", "Markt in Deventer verhuist tijdelijk naar de Brink", "7 mei 2026",
             "Vanaf maandag staan de kramen van de woensdagmarkt op de Brink, omdat het plein wordt...",
             "Lees verder", "Zwembad De Scheg een week eerder open", "5 mei 2026", "Lees verder",
             "Pagina 1 van 4", "© 2026 Nieuws Direct 24"]
    with pytest.raises(cleaner.Rejected):
        cleaner.clean("\n".join(lines), kind="page", title="Deventer archieven - Nieuws Direct 24")


def test_an_article_with_teasers_of_other_stories_under_it_stays_an_article() -> None:
    body = ["De nieuwe fietsbrug tussen Deventer en Twello is zaterdag officieel geopend door wethouder Anne "
            "de Vries. De brug is 240 meter lang en kostte 14 miljoen euro.",
            "Fietsers besparen volgens de gemeente tot tien minuten op de route naar het station. Op de eerste "
            "dag reden er al ruim drieduizend fietsers over de brug.",
            "De oude pont blijft in de zomer varen voor toeristen, zegt de gemeente."]
    title = "Deventer opent nieuwe fietsbrug over de IJssel"
    lines = ["Nieuws Direct 24", "Home", "Binnenland", title, "9 mei 2026", *body, "Meer nieuws",
             "Markt in Deventer verhuist tijdelijk naar de Brink",
             "Vanaf maandag staan de kramen van de woensdagmarkt op de Brink, omdat het plein wordt...",
             "Lees verder", "Zwembad De Scheg een week eerder open",
             "Het buitenbad gaat op 1 mei open, een week eerder dan gepland, omdat de renovatie...", "Lees verder",
             "Nieuwe bakker aan de Lange Bisschopstraat", "Lees verder", "© 2026 Nieuws Direct 24"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{title} - Nieuws Direct 24")
    assert article.text == "\n\n".join(body)


def test_a_title_set_in_title_case_for_search_engines_comes_as_its_headline_writes_it() -> None:
    body = ["Bergen kommune vedtok i går å bygge bybanen helt frem til flyplassen innen 2030.",
            "Prosjektet er beregnet til 4,2 milliarder kroner, og staten skal betale halvparten."]
    html = ("<html><head><title>Bergen Bygger Ny Bybane Til Flyplassen | BV</title>"
            "<meta property='og:title' content='Bergen bygger ny bybane til flyplassen'><meta property='og:site_name' "
            "content='BV'></head><body><article>"
            "<h1>Bergen bygger ny bybane til flyplassen</h1>" + "".join(f"<p>{p}</p>" for p in body)
            + "</article><footer><p>© 2026 BV – Bergens Vestlending</p></footer></body></html>")
    article = cleaner.clean(html, kind="html")
    assert (article.title, article.source) == ("Bergen bygger ny bybane til flyplassen", "BV")


def test_a_headline_in_title_case_everywhere_keeps_its_capitals() -> None:
    html = ("<html><head><title>How The Harbour Lost Its Ferries | The Quay</title></head><body><article>"
            "<h1>How The Harbour Lost Its Ferries</h1><p>For forty years the ferries left the quay every hour, "
            "and then, one winter, they stopped.</p><p>The council says the money ran out in 2019.</p>"
            "</article></body></html>")
    assert cleaner.clean(html, kind="html").title == "How The Harbour Lost Its Ferries"


def test_an_outlets_name_holding_a_separator_or_a_mark_comes_as_the_page_writes_it() -> None:
    """A name cut at its own separator ("Port - 24") or losing its mark ("Wow! Finanse") on the way
    comes back whole where the page's footer or title lines write it so."""
    title = "Gdańsk: nowy terminal promowy otwarty w czerwcu"
    body = ["Port w Gdańsku otworzy w czerwcu nowy terminal promowy dla linii do Szwecji.",
            "Inwestycja kosztowała 310 mln zł, a terminal obsłuży milion pasażerów rocznie."]
    for name, more in (("Port - 24", "Więcej z Port - 24"), ("Wow! Finanse", "Więcej z Wow! Finanse")):
        dump = "\n\n".join([f"{title} - {name}",
                            f"{title} - {name} PlatoBlockchain Inteligencja Danych. Wyszukiwanie Pionowe. Ai.",
                            *body, "Znacznik czasu:", more]) + "\n"
        article = cleaner.clean(dump, kind="text")
        assert (article.title, article.source, article.text) == (title, name, "\n\n".join(body))


def test_a_list_a_sentence_announces_and_the_line_under_it_stay_on_a_whole_page() -> None:
    """A council's notice: a sentence announcing the documents to bring (with its deadline), the
    list, then one more sentence; the page's feedback question and footer under it go."""
    title = "Tržnica se 3. julija seli na Kolodvorsko ulico"
    body = ["Občina Vransko obvešča, da se bo tedenska tržnica od 3. julija preselila s trga na Kolodvorsko "
            "ulico, kjer je več prostora za stojnice in parkirišča.",
            "Nova lokacija bo sprejela do 60 stojnic, kar je dvajset več kot doslej, je povedal župan.",
            "Prodajalci morajo do 26. junija na občino prinesti naslednje dokumente:",
            "kopijo osebnega dokumenta", "veljavno dovoljenje za prodajo", "dve fotografiji",
            "Za dodatna pojasnila o novi tržnici so prodajalcem na voljo na oddelku za gospodarstvo v času uradnih ur."]
    lines = ["Preskoči na vsebino", "Velikost pisave A A A", "Občina Vransko", "Novice", title, "Datum: 18. 6. 2026",
             *body, "Deli", "Natisni", "Ali so vam bile te informacije v pomoč? Da Ne", "Kontakt",
             "Občina Vransko, Vransko 59, 3305 Vransko", "© 2026 Občina Vransko"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{title} | Občina Vransko")
    assert article.text == "\n\n".join(body)


def test_a_list_under_a_heading_the_title_speaks_of_is_no_box_between_paragraphs() -> None:
    title = "Bráðamóttaka barna tekur upp nýja flokkun frá 1. júlí"
    body = ["Frá 1. júlí verða öll börn sem koma á bráðamóttöku barna flokkuð af sérhæfðum hjúkrunarfræðingi.",
            "Hingað til hefur flokkunin verið í höndum hjúkrunarfræðinga af ýmsum deildum, segir yfirlæknir.",
            "Hvað á að taka með á bráðamóttöku", "Bólusetningarskírteini", "Lista yfir lyf barnsins",
            "Nýlegar rannsóknarniðurstöður ef þær eru til",
            "Foreldrar barna geta hringt í upplýsingasíma heilsugæslunnar áður en þeir leggja af stað, allan "
            "sólarhringinn.", "Í fyrra komu rúmlega 31 þúsund börn á bráðamóttökuna, flest með hita eða öndunarfærasýkingar."]
    lines = ["Landspítali Norðurlands", "Fréttir", title, *body, "Deila", "© 2026 Landspítali Norðurlands"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{title} | Landspítali Norðurlands")
    assert article.text == "\n\n".join(body)


@pytest.mark.parametrize("line, prompt", [
    ("Var denna sida till hjälp? Ja Nej", True), ("Ertu ánægð(ur) með þessa síðu? Já Nei", True),
    ("Vem vann? Sverige", False), ("Vad händer nu? Ingen vet", False), ("Är det säkert? Ja, säger experterna.", False),
])
def test_a_pages_feedback_question_with_its_buttons_is_known_by_its_shape(line: str, prompt: bool) -> None:
    from cleaner.strip.edges import _feedback_prompt

    assert _feedback_prompt(line) is prompt


def _whole_page_text(lines: list[str], title: str) -> str:
    """The cleaned text of a whole page's lines (a WET record's), under the page's title."""
    return cleaner.clean("\n".join(lines), kind="page", title=title).text


def _nl_page(body: str, *, title: str = "Het laatste veer over de Lek", site: str = "Rivierenland Weekblad") -> str:
    return (f"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{title} | {site}</title>"
            f"<meta property=\"og:site_name\" content=\"{site}\"></head><body><header><a href=\"/\">{site}</a>"
            f"<nav><a href=\"/nieuws\">Nieuws</a> <a href=\"/regio\">Regio</a></nav></header><main><article>"
            f"<h1>{title}</h1><div class=\"rw-body\">{body}</div></article></main>"
            f"<footer><p>© 2026 {site}</p></footer></body></html>")


_VEER = [
    "Al tachtig jaar vaart het pontje van Schoonhoven naar Nieuwpoort over de Lek, zeven dagen per week, ook als het "
    "stormt en de rivier hoog staat.",
    "Schipper Gerrit van Dam vaart er sinds 1998. Hij kent de vaste klanten bij naam en weet wie er op zaterdag met de "
    "fiets naar de markt komt.",
    "Volgend jaar loopt de concessie af, en de provincie twijfelt of een nieuwe exploitant het veer nog wil "
    "overnemen.",
]


def test_a_standfirst_the_bodys_paragraphs_follow_in_its_container_is_the_articles_opening() -> None:
    """A dek classed as one, set in the body's own container above its paragraphs: the article's
    first lines, not the header's."""
    dek = "Het pontje over de Lek vaart al tachtig jaar. Nu dreigt het einde, want niemand wil de concessie."
    body = f"<p class=\"rw-standfirst\">{dek}</p>" + "".join(f"<p>{p}</p>" for p in _VEER)
    article = cleaner.clean(_nl_page(body), kind="html")
    assert article.text == "\n\n".join([dek, *_VEER])


def test_footnote_marks_and_the_notes_list_are_the_articles_text() -> None:
    """A long read's "[1]" in a sentence and its notes list, each note opening on a link back: the
    marks are text, and the notes list is no list of short links."""
    body = (f"<p>{_VEER[0]}<sup><a href=\"#noot-1\" id=\"ref-1\">[1]</a></sup></p><p>{_VEER[1]}</p>"
            f"<p>{_VEER[2]}<sup><a href=\"#noot-2\" id=\"ref-2\">[2]</a></sup></p><h2>Noten</h2><ol>"
            "<li id=\"noot-1\"><span><a href=\"#ref-1\">[1]</a></span> Gemeentearchief Schoonhoven, veerrechten 1946.</li>"
            "<li id=\"noot-2\"><span><a href=\"#ref-2\">[2]</a></span> Provincie Utrecht, concessieplan 2025.</li></ol>")
    article = cleaner.clean(_nl_page(body), kind="html")
    assert article.text == "\n\n".join([f"{_VEER[0]}[1]", _VEER[1], f"{_VEER[2]}[2]", "Noten",
                                        "[1] Gemeentearchief Schoonhoven, veerrechten 1946.",
                                        "[2] Provincie Utrecht, concessieplan 2025."])


def test_a_div_holding_a_sentence_among_the_paragraphs_is_a_paragraph() -> None:
    """A correction set as a text-only div above the body's paragraphs: trafilatura reads divs only
    on pages without paragraphs, so the note was lost."""
    note = "Correctie, 4 mei: in een eerdere versie stond dat het veer sinds 1956 vaart. Dat is sinds 1946."
    more = [f"In {year} vervoerde het veer {n} fietsers en {n // 10} auto's, meldt de gemeente in haar jaarverslag "
            f"over dat jaar." for year, n in zip(range(2014, 2024), range(41000, 51000, 1000), strict=True)]
    paragraphs = [*_VEER, *more]
    body = f"<div class=\"rw-correctie\">{note}</div>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    article = cleaner.clean(_nl_page(body), kind="html")
    assert article.text == "\n\n".join([note, *paragraphs])


def test_a_box_of_paid_offers_goes_with_its_heading_whatever_its_classes() -> None:
    """A review's price comparison: a heading over a table of shops whose links are marked
    rel="sponsored". The review's own price line and pros list stay."""
    offers = ("<h4>Vergelijk prijzen</h4><table class=\"rw-grid\"><tr><td>Fietsplaza</td><td>€ 1.249</td>"
              "<td><a href=\"/out/1\" rel=\"sponsored nofollow\">Bekijk</a></td></tr><tr><td>Trapwinkel</td>"
              "<td>€ 1.299</td><td><a href=\"/out/2\" rel=\"sponsored nofollow\">Bekijk</a></td></tr></table>")
    kept = ["Prijs: € 1.249, gekocht bij een fietsenmaker in Gouda.", "Pluspunten", "Lichte accu", "Stille motor"]
    body = (f"<p>{_VEER[0]}</p><p>{_VEER[1]}</p>{offers}<p>{kept[0]}</p><h3>{kept[1]}</h3>"
            f"<ul><li>{kept[2]}</li><li>{kept[3]}</li></ul><p>{_VEER[2]}</p>")
    article = cleaner.clean(_nl_page(body), kind="html")
    assert article.text == "\n\n".join([_VEER[0], _VEER[1], *kept, _VEER[2]])


def test_a_line_ending_in_a_forward_arrow_is_a_button_wherever_it_stands() -> None:
    """A shop's button left as text between a review's paragraphs; a French quote closing on its
    guillemet, and a line naming a route, stay."""
    body = ["Le nouvel autocuiseur de la marque tient ses promesses : le riz est prêt en douze minutes.",
            "« C'est le meilleur achat de l'année pour une petite cuisine »",
            "Trajet testé : Lyon → Grenoble",
            "Nous l'avons acheté nous-mêmes au prix de 89 euros, sans aide du fabricant."]
    title = "Test : l'autocuiseur Minuto 3 cuit le riz en douze minutes"
    dump = "\n\n".join([title, body[0], "Voir le prix chez CuisineMarché →", *body[1:]]) + "\n"
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.text) == (title, "\n\n".join(body))
    assert [r.rule for r in article.removed] == ["button"]


def test_a_note_that_the_page_earns_a_commission_on_purchases_is_a_disclaimer() -> None:
    """"On this page ... commission ... purchases", with no word for affiliate links: the site's
    disclosure, known by its concepts."""
    rules = load_rules()
    found = rules.concepts.family("Si compras a través de los enlaces de esta página, Cocina Lista puede recibir "
                                  "una comisión.")
    assert found is not None and found[0] == "disclaimer"


def test_a_results_table_between_the_paragraphs_of_a_whole_page_is_the_articles() -> None:
    """A match report's results and standings under their headings, then one more paragraph: the
    table is the article's, not a block of short lines that parts a lone sentence from the story."""
    title = "NB I: a Paks vezeti a tabellát a harmadik forduló után"
    body = ["A harmadik forduló után egyedül a Paks nyerte meg mindhárom mérkőzését, szombaton hazai pályán "
            "magabiztosan győzött.",
            "A csapat edzője a meccs után azt mondta, hogy a védekezés a siker kulcsa, és ezen nem is akar változtatni.",
            "A 3. forduló eredményei", "Paks - Kisvárda 3:0 (Szabó 12, 31, Kiss 44)",
            "Debrecen - Zalaegerszeg 1:2 (Tóth 70 - Nagy 8, Varga 81)", "Kecskemét - Újpest (elhalasztva)",
            "Győr - Mezőkövesd 2:2 (Horváth 15, Balogh 66 - Papp 40, Farkas 90)", "Tabella",
            "1. Paks 3 9 8-1", "2. Zalaegerszeg 3 7 6-3", "3. Győr 3 5 6-4",
            "A következő fordulót szerdán rendezik, a Paks Győrben lép pályára este hatkor."]
    lines = ["Ugrás a tartalomra", "Dunamenti Sport", "Hírek", "Foci", "Kézilabda", title, *body, "Megosztás",
             "Legolvasottabb", "Fogadj most: Paks győzelem 2,10", "© 2026 Dunamenti Sport"]
    assert _whole_page_text(lines, f"{title} | Dunamenti Sport") == "\n\n".join(body)


def test_a_matchs_goals_under_the_standfirst_of_a_whole_page_are_no_byline_block() -> None:
    """Under a standfirst, the byline and its dated line go; the goals the report lists there, rows
    of figures with no year, are the article's."""
    title = "Kometa porazila Spartu v prodloužení a jde do finále"
    standfirst = "Přípravný turnaj, semifinále. Brno, hala Rondo, 5 200 diváků. Rozhodl obránce v prodloužení."
    goals = ["Kometa – Sparta 3:2 p. (1:0, 0:2, 1:0, 1:0)", "Branky:", "1:0 Dvořák (Novák, Král), 08:14",
             "1:1 Svoboda (Černý), 24:37", "1:2 Černý, 33:05", "2:2 Novák (Dvořák), 51:48", "3:2 Král (Dvořák), 62:11"]
    body = ["Domácí prohrávali po druhé třetině, ale ve třetí dokázali vyrovnat a v prodloužení rozhodl Král.",
            "„Celý srpen se učíme hrát až do konce. Dnes to vyšlo,“ řekl po utkání trenér Komety.",
            "Finále se hraje v pondělí 24. srpna od 18 hodin, soupeř vzejde z druhého semifinále."]
    lines = ["Přejít k obsahu", "Hokejový deník", "Extraliga", "Přípravné zápasy", title, standfirst,
             "Autor: Jan Horák", "23. srpna 2026, 21:40", *goals, *body, "Sdílet", "Nejčtenější",
             "© 2026 Hokejový deník"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{title} | Hokejový deník")
    assert article.text == "\n\n".join([standfirst, "Autor: Jan Horák", *goals, *body])


def test_a_byline_set_as_a_paragraph_of_the_body_is_the_articles_and_still_its_author() -> None:
    """trafilatura drops every element classed "byline"; one the page sets among the body's
    paragraphs is the article as its outlet printed it (and what a republished copy keeps). The
    record's authors still come from it."""
    byline = "Tekst: Joris Verhoeven · Foto's: Lotte Smit"
    body = f"<p class=\"rw-byline\">{byline}</p>" + "".join(f"<p>{p}</p>" for p in _VEER)
    article = cleaner.clean(_nl_page(body), kind="html")
    assert article.text == "\n\n".join([byline, *_VEER])
    assert any("Joris Verhoeven" in author for author in article.authors)


def test_a_reporters_contact_box_classed_byline_is_no_line_of_the_article() -> None:
    body = "".join(f"<p>{p}</p>" for p in _VEER) + "<p class=\"rw-byline\">Joris Verhoeven joris@rw.example</p>"
    article = cleaner.clean(_nl_page(body), kind="html")
    assert "joris@rw.example" not in article.text


def test_a_paragraph_speaking_of_the_entries_of_a_list_a_sentence_announces_goes_on_with_the_story() -> None:
    """A blog post: a sentence announcing a list of one-word entries, then a paragraph about two of
    them that shares no word with the story above the list."""
    title = "Mormors ord: tolv gamle ord fra Nordfjord"
    words = ["attåt", "dugurd", "heimsleg", "koll", "mjødl", "ræfse", "skjå", "utmark", "verpesnø", "åkle"]
    body = ["Mormor Ingrid fra Stryn fylte nitti i mars. Til bursdagen ba hun meg skrive ned ordene hun er redd "
            "skal forsvinne.", "Her er de første ti, slik hun sier dem:", *words,
            "Noen av dem fant jeg ikke i ordboka i det hele tatt. «Verpesnø», som hun sier er den første snøen "
            "som blir liggende, og «dugurd» har ingen andre i familien hørt om."]
    lines = ["Mormors ord", "Hjem", "Ordlister", "09.05.2026", title, *body, "Kommentarer (6)",
             "Legg igjen en kommentar", "© 2026 Mormors ord"]
    assert _whole_page_text(lines, f"{title} – Mormors ord") == "\n\n".join(body)


def test_a_schedule_under_its_days_heading_below_a_standfirst_is_no_byline_block() -> None:
    """A parish notice: a standfirst, then the day's heading over its services' times, then a
    numbered day with its own; the heading stays with the times."""
    title = "Jumalanpalvelukset helluntaina Kirkonkylässä ja Hakalassa"
    body = ["Helluntai on tänä vuonna myöhään, ja pidämme jumalanpalvelukset seurakunnan kummassakin kirkossa.",
            "Helluntaipäivä, sunnuntai 24. toukokuuta", "Klo 9.00: Hakalan kirkko", "Klo 10.30: Kirkonkylän kirkko",
            "2. helluntaipäivä, maanantai 25. toukokuuta", "Klo 11.00: Ulkojumalanpalvelus myllyn rannassa",
            "Ulkojumalanpalvelukseen otetaan mukaan oma viltti tai tuoli. Kirkkokahvit juodaan myllyllä.",
            "Sateella jumalanpalvelus siirretään Kirkonkylän kirkkoon."]
    lines = ["Seurakuntaviesti", "Etusivu", "Kalenteri", "11.05.2026", title, *body, "Jaa", "© 2026 Seurakuntaviesti"]
    assert _whole_page_text(lines, f"{title} | Seurakuntaviesti") == "\n\n".join(body)


def test_a_writers_sign_off_under_the_last_paragraph_of_a_whole_page_is_the_articles() -> None:
    title = "Bokhyllan vid busshållplatsen fyllde ett år"
    body = ["För ett år sedan skruvade vi upp en gammal bokhylla i väntkuren vid busshållplatsen i byn.",
            "Principen är enkel: lämna en bok, ta en bok. Eller ta bara, det gör inget alls.",
            "Under året har ungefär sexhundra böcker gått genom hyllan, mest deckare och barnböcker.",
            "Hälsningar,", "Sanna"]
    lines = ["Byns blogg", "Hem", "Arkiv", "12.5.2026", title, *body, "Kommentarer (4)", "Lämna en kommentar",
             "© 2026 Byns blogg"]
    assert _whole_page_text(lines, f"{title} – Byns blogg") == "\n\n".join(body)


def test_a_feedback_question_between_paragraphs_ends_no_pass_over_the_lines_below_it() -> None:
    """The question goes where it stands, and the lines under it are still asked: a related link's
    label and headline further down goes too."""
    title = "Kommunen bygger ny cykelbana längs ån"
    body = ["Kommunen börjar i augusti bygga en ny cykelbana längs ån mellan centrum och Norrby, meddelar "
            "tekniska förvaltningen.",
            "Bygget beräknas kosta 14 miljoner kronor och ska vara klart till sommaren nästa år, enligt planen.",
            "Under bygget leds cyklister om via Storgatan, där det tillfälligt blir 30 kilometer i timmen."]
    lines = ["Hoppa till innehåll", "Norrby kommun", "Nyheter", title, body[0], "Var denna sida till hjälp? Ja Nej",
             body[1], "Läs också: Ny busslinje till flygplatsen öppnar i maj", body[2], "Dela",
             "© 2026 Norrby kommun"]
    assert _whole_page_text(lines, f"{title} | Norrby kommun") == "\n\n".join(body)


def test_a_disclaimer_under_the_copied_byline_above_the_lede_goes_on_a_republished_page() -> None:
    title = "Prova della pentola a pressione Rapida 6: il risotto in sette minuti"
    body = ["Di Marco Bellini",
            "La Rapida 6 promette di dimezzare i tempi di cottura, e nella nostra prova ha mantenuto la promessa.",
            "Il coperchio si chiude con una sola mano e la valvola è facile da pulire sotto l'acqua corrente.",
            "La pentola costa 89 euro; l'abbiamo comprata noi, senza aiuti del produttore."]
    note = "Questo articolo contiene link di affiliazione: se acquisti tramite questi link, Cucina Facile può " \
           "ricevere una commissione."
    dump = "\n\n".join([f"{title} - Cucina Facile",
                        f"{title} - Cucina Facile PlatoBlockchain Data Intelligence. Ricerca verticale. Ai.",
                        body[0], note, *body[1:], "Timbro temporale:", "Altro da Cucina Facile"]) + "\n"
    article = cleaner.clean(dump, kind="text")
    assert (article.title, article.source, article.text) == (title, "Cucina Facile", "\n\n".join(body))


def test_a_data_page_whose_only_sentence_is_its_note_holds_no_article() -> None:
    """A whole page of quotes under their group headings, one short sentence of the site's under
    them and no headline the page's title names: no article. A short item under its headline is one."""
    lines = ["Ir al contenido", "IBEX 35 11.482,30 +0,52 %", "Euro/Dólar 1,1684 +0,22 %", "Diario del Ebro",
             "Economía › Mercados", "Mercados al minuto", "Índices", "IBEX 35 11.482,30 +0,52 %",
             "Euro Stoxx 50 5.301,77 -0,12 %", "Dow Jones 44.902,30 +0,18 %", "Divisas", "Euro/Dólar 1,1684 +0,22 %",
             "Euro/Libra 0,8612 -0,05 %", "Materias primas", "Brent 71,40 $ -0,8 %", "Oro 3.318,20 $ +0,3 %",
             "Cotizaciones con 15 minutos de retraso. Datos sin garantía.", "Aviso legal", "© Diario del Ebro 2026"]
    with pytest.raises(cleaner.Rejected):
        cleaner.clean("\n".join(lines), kind="page", title="Cotizaciones en directo")
    title = "Cortada la N-232 en Alcañiz por un accidente"
    item = "La N-232 permanece cortada en Alcañiz desde las 9.00 por un accidente entre dos camiones, sin heridos."
    page = "\n".join(["Ir al contenido", "Diario del Ebro", "Tráfico", title, item, "Aviso legal",
                      "© Diario del Ebro 2026"])
    assert cleaner.clean(page, kind="page", title=f"{title} | Diario del Ebro").text == item


def test_a_sentence_announcing_a_list_under_the_headline_opens_the_story_of_a_whole_page() -> None:
    """The story's first sentence ends on a colon over its list (rainfall per district): it and the
    list are the article's, not the head's lines above its first paragraph."""
    title = "Hujan 12 sentimeter dalam semalam di Bogor: ini rinciannya per kecamatan"
    body = ["Curah hujan yang tercatat dalam 24 jam hingga pukul 07.00 pagi di sejumlah kecamatan adalah sebagai "
            "berikut:", "Bogor Tengah – 118 mm", "Bogor Barat – 96 mm", "Tanah Sareal – 131 mm", "Bogor Selatan – 87 mm",
            "Genangan setinggi lutut terjadi di Jalan Pajajaran, dan sejumlah angkot dialihkan ke jalur lain.",
            "BMKG memperkirakan hujan sedang masih akan turun selama dua hari ke depan."]
    lines = ["Kabar Bogor", "Beranda", "Berita", "25.08.2026", title, *body, "Bagikan", "© 2026 Kabar Bogor"]
    assert _whole_page_text(lines, f"{title} | Kabar Bogor") == "\n\n".join(body)


def test_figures_glued_to_chinese_words_make_a_table_row_of_a_whole_page() -> None:
    """A Chinese match report's score, goals and line-up under its paragraphs ("【进球】王磊（第27分钟）..."), then
    the standings and one more paragraph: the figures glued to their words count as a table's."""
    title = "中乙第11轮：江城队终场前绝杀升至榜首"
    body = ["中乙联赛第11轮昨天进行四场比赛，江城队在主场以2比1战胜湖滨队，积分升至联赛第一位。",
            "江城队上半场第27分钟由王磊头球破门，下半场湖滨队一度扳平，第88分钟张伟打进制胜球。",
            "主教练赛后表示，球队坚持到了最后一秒，下一场客场对阵山城队才是真正的考验。",
            "▽江城队 2－1 湖滨队（上半场1－0）", "【进球】王磊（第27分钟）、刘洋（第61分钟）、张伟（第88分钟）",
            "【江城队首发】陈刚；李明、赵勇、孙涛、周杰；吴磊、郑浩、王磊、冯涛；张伟、何平", "▽积分榜（前四名）",
            "1．江城队　积分25", "2．山城队　积分23", "3．湖滨队　积分21", "4．临江队　积分19",
            "下一轮比赛将于30日进行，江城队将在客场挑战山城队。"]
    lines = ["跳到正文", "江城体育", "足球", "篮球", "首页 > 足球 > 中乙", title, "2026年8月23日 19:48", *body,
             "分享本文", "热门文章", "© 2026 江城体育"]
    assert _whole_page_text(lines, f"{title} - 江城体育") == "\n\n".join(body)


def test_a_date_rows_capitalised_words_name_no_author_whose_bio_could_end_the_page() -> None:
    """The head's date row ("Freitag, 23. Oktober 2026") holds two capitalised words in a row, as a
    byline's name does: its weekday and month are no name, so a closing paragraph that speaks of
    the month is the story's, not the author's bio."""
    title = "Neue Fähre zwischen Konstanz und Meersburg getauft"
    body = ["Die neue Fähre der Stadtwerke Konstanz ist am Donnerstag im Hafen von Staad auf den Namen Insel "
            "Mainau getauft worden.",
            "Das Schiff fährt mit Strom aus zwei großen Batterien und soll im Jahr rund 1.800 Tonnen Diesel "
            "einsparen, sagte der Geschäftsführer.",
            "Die Besatzungen werden seit dem Sommer an der neuen Technik geschult, der Fahrplan bleibt gleich.",
            "Von Ende Oktober an pendelt die Fähre im regulären Takt zwischen Staad und Meersburg, zunächst nur "
            "tagsüber und bei ruhigem Wetter."]
    lines = ["Zum Inhalt springen", "Seeblick Konstanz", "Region", "Sport", "Kultur", title,
             "Veröffentlicht am Freitag, 23. Oktober 2026", *body, "Artikel teilen", "Impressum",
             "© 2026 Seeblick Konstanz"]
    assert _whole_page_text(lines, f"{title} | Seeblick Konstanz") == "\n\n".join(body)


_REPUBLISHED = {
    "mr": ("प्लेटोद्वारे पुन्हा प्रकाशित", "नागपूर मेट्रोची दुसरी मार्गिका प्रवाशांसाठी खुली", "विदर्भ वार्ता", [
        "लेखक: मीरा कुलकर्णी",
        "नागपूर मेट्रोची दुसरी मार्गिका सोमवारी सुरू झाली असून ती रेल्वे स्थानक आणि विमानतळ बावीस मिनिटांत जोडते.",
        "गर्दीच्या वेळी दर आठ मिनिटांनी गाडी धावेल, असे मेट्रो प्रशासनाने सांगितले.",
        "पहिल्या आठवड्यात ओळखपत्र दाखवणाऱ्या विद्यार्थ्यांना प्रवास मोफत असेल."]),
    "ta": ("பிளாட்டோவால் மீண்டும் வெளியிடப்பட்டது", "கோவை மெட்ரோவின் முதல் பாதை திறப்பு", "கொங்கு செய்தி", [
        "எழுதியவர்: மீனா சுந்தரம்",
        "கோவை மெட்ரோவின் முதல் பாதை திங்கள்கிழமை திறக்கப்பட்டது, அது ரயில் நிலையத்தை விமான நிலையத்துடன் இணைக்கிறது.",
        "நெரிசல் நேரங்களில் எட்டு நிமிடங்களுக்கு ஒரு ரயில் இயக்கப்படும் என்று நிர்வாகம் தெரிவித்தது.",
        "முதல் வாரத்தில் அடையாள அட்டை காட்டும் மாணவர்களுக்கு பயணம் இலவசம்."]),
}


@pytest.mark.parametrize("lang", sorted(_REPUBLISHED))
def test_the_networks_republished_by_line_goes_in_a_script_that_spells_the_stem_its_own_way(lang: str) -> None:
    """The network's "Republished by Plato" above the copied byline, translated so that no Latin letter
    of the name survives (Marathi "प्लेटोद्वारे", Tamil "பிளாட்டோவால்"): a few words and no sentence, one
    of them the stem's consonants, on the network's own page."""
    line, title, outlet, body = _REPUBLISHED[lang]
    page = (f"<html lang=\"{lang}\"><head><title>{title} - {outlet}</title></head><body><header><a href=\"/\">"
            f"PlatoData</a></header><main><div class=\"story\"><h1>{title} - {outlet}</h1><div class=\"story-body\">"
            f"<div class=\"rp\">{line}</div>" + "".join(f"<p>{p}</p>" for p in body) + "</div></div></main></body></html>")
    article = cleaner.clean(page, kind="html", url=f"https://platoaistream.com/{lang}/metro-line-opens/")
    assert article.text == "\n\n".join(body)


@pytest.mark.parametrize("widget", [
    # a job board's box of links under its label
    "<div class=\"jobs-label\">Nabídky práce</div><ul class=\"jobs\"><li><a href=\"/prace/1\">Řidič MHD – Brno</a></li>"
    "<li><a href=\"/prace/2\">Kuchař/ka</a></li><li><a href=\"/prace/3\">Skladník – Modřice</a></li></ul>",
    # ... and a related-links box: its heading and its links
    "<h3>Související</h3><ul><li><a href=\"/zpravy/a\">Brno zdraží parkování v centru</a></li>"
    "<li><a href=\"/zpravy/b\">Nová lávka přes Svratku</a></li></ul>",
])
def test_the_storys_steps_right_above_a_dropped_widget_stay(widget: str) -> None:
    """A how-to's heading and its short unlinked steps, right above a box of links that trafilatura
    dropped with them: the steps are the story's and come back; the box stays out."""
    steps = ["Přihlaste se do portálu občana.", "Vyberte formulář „Příspěvek na obědy“.", "Nahrajte potvrzení o příjmu.",
             "Odešlete žádost."]
    paras = ["Město Brno otevřelo příjem žádostí o příspěvek na školní obědy pro druhé pololetí, rozdělí 3,2 milionu korun.",
             "Příspěvek pokryje až 40 korun za oběd, nárok mají rodiny s příjmem pod 12 tisíc korun na osobu.",
             "Kdo nemá přístup k internetu, může žádost podat na kterémkoli úřadu městské části, řekla náměstkyně.",
             "Výsledky řízení město zveřejní do konce března a peníze pošle přímo školním jídelnám."]
    body = (f"<p>{paras[0]}</p><p>{paras[1]}</p><h2>Jak požádat</h2><ol>" + "".join(f"<li>{s}</li>" for s in steps)
            + f"</ol>{widget}<p>{paras[2]}</p><p>{paras[3]}</p>")
    page = ("<html lang=\"cs\"><head><title>Brno rozdělí příspěvky na obědy | Brněnský deník</title></head><body>"
            "<div class=\"wrap\"><div class=\"newsitem\"><h1>Brno rozdělí příspěvky na obědy</h1><section class=\"newsitem-body\">" + body +
            "</section></div></div></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.text.split("\n\n") == [*paras[:2], "Jak požádat", *steps, *paras[2:]]


@pytest.mark.parametrize(("div", "kept"), [
    # a note of the article: named so by its class, or dated on its label
    ("<div class=\"rw-rectificatie\">Rectificatie: het veer vaart niet op tweede paasdag, zoals eerder stond.</div>",
     "Rectificatie: het veer vaart niet op tweede paasdag, zoals eerder stond."),
    ("<div class=\"rw-bijgewerkt\">Bijgewerkt, 14 mei: de provincie verlengt de concessie met een jaar.</div>",
     "Bijgewerkt, 14 mei: de provincie verlengt de concessie met een jaar."),
    # the site's promotion and its standing notice, set the same way: no sentence of the story
    ("<div class=\"rw-strook\">Leer varen met onze vaarschool: nu tien procent korting op het groot vaarbewijs.</div>",
     None),
    ("<div class=\"rw-melding\">Dienstregelingen kunnen wijzigen. Raadpleeg altijd de website van de vervoerder.</div>",
     None),
])
def test_a_text_only_div_among_the_paragraphs_is_the_articles_only_as_its_note(div: str, kept: str | None) -> None:
    """trafilatura drops a text-only div beside the body's paragraphs. One that holds a note of the
    article (a correction its class names, an update its label dates) comes back as a paragraph;
    a promotion or a standing notice set the same way stays out."""
    more = [f"In {year} vervoerde het veer {n} fietsers en {n // 10} auto's, meldt de gemeente in haar jaarverslag "
            f"over dat jaar." for year, n in zip(range(2014, 2024), range(41000, 51000, 1000), strict=True)]
    body = f"<p>{_VEER[0]}</p><p>{_VEER[1]}</p>{div}" + "".join(f"<p>{p}</p>" for p in [_VEER[2], *more])
    article = cleaner.clean(_nl_page(body), kind="html")
    assert article.text.split("\n\n") == [_VEER[0], _VEER[1], *([kept] if kept else []), _VEER[2], *more]


@pytest.mark.parametrize(("question", "answers"), [
    ("V-a fost util acest articol?", ""),  # the buttons carry no words: their labels are icons
    ("Was dit artikel nuttig?", ""),
    ("Vă este util acest articol?", " Da / Nu"),  # ... or words set apart by a bar
])
def test_a_pages_question_about_itself_at_its_end_is_its_feedback_widget(question: str, answers: str) -> None:
    """The page's last line asks whether the article helped, with wordless buttons or answers set
    apart by a bar: the feedback widget goes, and with it the walk reaches the standing disclaimer
    above it. A question of the story above stays."""
    body = ["Spitalul Județean din Cluj deschide de luni o secție nouă de cardiologie pediatrică, cu 24 de paturi.",
            "Ce se schimbă pentru părinți? Copiii vor fi internați împreună cu un însoțitor, fără costuri.",
            "Secția a costat 18 milioane de lei, bani veniți din Planul Național de Redresare și Reziliență."]
    disclaimer = "Acest articol are caracter informativ și nu înlocuiește sfatul medicului."
    page = ("<html lang=\"ro\"><head><title>Secție nouă de cardiologie pediatrică la Cluj | Sănătatea Azi</title>"
            "</head><body><main><article><h1>Secție nouă de cardiologie pediatrică la Cluj</h1><div class=\"txt\">"
            + "".join(f"<p>{p}</p>" for p in body) + f"<p class=\"sa-info\">{disclaimer}</p>"
            f"<p class=\"sa-ask\">{question}{answers}</p></div></article></main></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.text.split("\n\n") == body


@pytest.mark.parametrize(("links", "kept"), [
    # the site's own job board, straight among the paragraphs: its label and links go
    (["/prace/ridic-mhd", "/prace/kuchar", "/prace/skladnik"], False),
    # the story's list of where to apply, on other sites: stays
    (["https://www.mpsv.cz/prace", "https://www.uradprace.cz/volna-mista", "https://www.jobs.cz/"], True),
])
def test_a_short_label_over_the_sites_own_links_among_the_paragraphs_goes_with_them(links: list[str], kept: bool) -> None:
    """A widget set with no box around it: a short label, then a list of the site's own links,
    between the article's paragraphs. The label and the links go together; a list of other sites'
    pages under a label is the story's."""
    names = ["Řidič MHD", "Kuchař", "Skladník"]
    widget = ("<p class=\"lbl\">Nabídky práce</p><ul>" +
              "".join(f"<li><a href=\"{h}\">{n}</a></li>" for h, n in zip(links, names, strict=True)) + "</ul>")
    paras = ["Úřad práce v Brně eviduje na konci dubna 14 200 uchazečů o zaměstnání, o osm procent méně než loni.",
             "Nejvíce volných míst nabízejí firmy v dopravě, ve skladech a v gastronomii, uvedla mluvčí úřadu.",
             "Podle ní se zkracuje i doba, po kterou lidé práci hledají: v průměru na pět měsíců.",
             "Úřad chystá na červen veletrh pracovních příležitostí na brněnském výstavišti."]
    body = f"<p>{paras[0]}</p><p>{paras[1]}</p>{widget}<p>{paras[2]}</p><p>{paras[3]}</p>"
    page = ("<html lang=\"cs\"><head><title>Nezaměstnanost v Brně klesá | Brněnský deník</title>"
            "<link rel=\"canonical\" href=\"https://brnenskydenik.example/zpravy/nezamestnanost\"></head><body>"
            "<div class=\"wrap\"><div class=\"newsitem\"><h1>Nezaměstnanost v Brně klesá</h1><section class=\"txt\">"
            + body + "</section></div></div></body></html>")
    article = cleaner.clean(page, kind="html")
    assert ("Nabídky práce" in article.text.split("\n\n")) == kept
    assert [p for p in article.text.split("\n\n") if p in paras] == paras


def test_a_labelled_line_up_with_its_figures_among_a_pages_paragraphs_is_the_storys() -> None:
    """A match report's scorers under a label of the story's own words ("Strijelci za Zadar: ..."):
    names with their goals between commas, no other story's headline; a tag run's topics carry no
    figure and still go."""
    title = "Zadar svladao Šibenik u derbiju i vratio se na vrh"
    body = ["Košarkaši Zadra pobijedili su u subotu Šibenik sa 88:79 i ponovno preuzeli vrh ljestvice Premijer lige.",
            "Zadar je vodio cijelu utakmicu, a Šibenik se približio na tri koša razlike tek u posljednjoj četvrtini.",
            "Najbolji strijelci Zadra: Ivan Horvat 24, Marko Babić 17, Luka Perić 12, Ante Šarić 9",
            "Trener Zadra rekao je nakon utakmice da je obrana odlučila derbi u završnici.",
            "Sljedeću utakmicu Zadar igra u srijedu u Splitu protiv Splita."]
    lines = ["Preskoči na sadržaj", "Zadarski tjednik", "Vijesti", "Sport", "Kultura", title, "21. 11. 2026.", *body,
             "Oznake: košarka, Zadar, Šibenik, derbi", "Podijeli", "Najčitanije", "© 2026 Zadarski tjednik"]
    assert _whole_page_text(lines, f"{title} | Zadarski tjednik") == "\n\n".join(body)


@pytest.mark.parametrize("close", ["Välkomna alla!", "Tack."])
def test_a_closing_word_or_two_under_a_pages_last_paragraph_is_the_storys(close: str) -> None:
    """A story that ends on a word or two of its own ("Välkomna alla!"), right under its last
    paragraph: the article's. The readers' comments under it, a name with an initial over each, stay
    out."""
    title = "Biblioteket i Gnesta öppnar på söndagar"
    body = ["Från och med nästa månad har biblioteket i Gnesta öppet även på söndagar mellan klockan elva och tre.",
            "Beslutet togs av kulturnämnden i tisdags efter önskemål från både familjer och pensionärer i kommunen.",
            "Söndagsöppet blir ett försök fram till sommaren, sedan ska kommunen utvärdera hur många som kommer."]
    lines = ["Hoppa till innehållet", "Gnesta Lokalblad", "Nyheter", "Kultur", title, "12 november 2026", *body, close,
             "2 kommentarer", "Eva L.", "Äntligen, bra beslut.", "Per K.", "Gäller det även under sommarlovet?",
             "Skriv en kommentar", "© 2026 Gnesta Lokalblad"]
    assert _whole_page_text(lines, f"{title} | Gnesta Lokalblad") == "\n\n".join([*body, close])


def test_a_paragraph_past_the_storys_facts_and_a_captioned_picture_ends_the_story() -> None:
    """Under the story's paragraphs, its box of facts (a heading, opening hours, admission) and a
    picture's caption with its credit, then one more paragraph: the story goes on to it (a footer
    carries no captioned picture); the site's lines below stay out."""
    title = "Mestni muzej v Kranju odpira prenovljeno zbirko čipk"
    body = ["Mestni muzej v Kranju bo v soboto po dveh letih prenove znova odprl stalno zbirko klekljanih čipk iz "
            "Gorenjske in Idrije.",
            "Restavratorke so očistile in utrdile več kot štiristo čipk, najstarejše med njimi so iz sredine "
            "devetnajstega stoletja.",
            "»Nekatere so bile v tako slabem stanju, da smo jih morali najprej previdno razgrniti in posušiti,« je "
            "povedala vodja restavratorske delavnice."]
    facts = ["Stalna razstava", "Od torka do nedelje, od 10. do 18. ure", "Vstop prost",
             "Restavratorka Mojca Kern pregleduje eno od obnovljenih čipk. Foto: Gregor Zupan"]
    last = "Muzej bo ob odprtju pripravil tudi delavnico klekljanja za otroke, na katero se je treba prijaviti."
    lines = ["Na vsebino", "Gorenjski utrip", "Novice", "Kultura", title, "21. november 2026", *body, *facts, last,
             "Deli:", "Najbolj brano", "Kranj dobi novo kolesarsko povezavo do letališča", "© 2026 Gorenjski utrip"]
    assert _whole_page_text(lines, f"{title} | Gorenjski utrip") == "\n\n".join([*body, *facts, last])


def test_a_lists_clock_times_in_a_pages_story_are_no_gallerys_counters() -> None:
    """A story's timetable, each entry a label and a clock time ("Isyak: 8:31"): two times in one
    entry's digits read as a gallery's "picture 8 of 31"; a clock's time is no count."""
    title = "Waktu solat baharu di Kota Bharu mulai Isnin"
    body = ["Jabatan Hal Ehwal Agama Islam Kelantan mengumumkan jadual waktu solat baharu bagi daerah Kota Bharu "
            "yang berkuat kuasa mulai Isnin ini.",
            "Perubahan kecil itu berlaku kerana kedudukan matahari yang berubah sepanjang bulan ini, kata jurucakap "
            "jabatan.", "Waktu baharu:", "Subuh: 5:52", "Zohor: 1:14", "Asar: 4:31", "Maghrib: 7:21", "Isyak: 8:31",
            "Orang ramai dinasihatkan menyemak jadual yang ditampal di masjid berhampiran setiap minggu."]
    lines = ["Langkau ke kandungan", "Suara Kelantan", "Berita", "Agama", title, "22 November 2026", *body,
             "Kongsi", "Paling dibaca", "© 2026 Suara Kelantan"]
    assert _whole_page_text(lines, f"{title} | Suara Kelantan") == "\n\n".join(body)


@pytest.mark.parametrize("signature", ["— Liisa", "Päikest, Liisa"])
def test_a_writers_signature_on_one_line_under_a_blog_posts_last_paragraph_is_the_posts(signature: str) -> None:
    """A blog post signed on one line under its last paragraph: a dash and a name, or a greeting, a
    comma and a name. The post's; the blog's lines under it stay out."""
    title = "Rabarberikook vanaema moodi"
    body = ["Eile korjasin aiast esimese rabarberi ja tegin sellest koogi, mida vanaema tegi igal kevadel.",
            "Põhja jaoks läheb kaks klaasi jahu, sada grammi võid, pool klaasi suhkrut ja üks muna.",
            "Rabarberi lõikan väikesteks tükkideks ja segan peotäie suhkruga, et see ahjus liiga hapuks ei jääks.",
            "Kook küpseb ahjus umbes nelikümmend minutit, kuni pealt on kuldpruun."]
    lines = ["Liisa köök", "Avaleht", "Retseptid", "Minust", title, "18. mai 2026", *body, signature,
             "Jaga:", "Jaga Facebookis (avaneb uues aknas)", "Jaga X-is (avaneb uues aknas)", "E-post", "Meeldib:",
             "Laadimine...", "Sildid: koogid, kevad", "3 kommentaari", "© 2026 Liisa köök"]
    assert _whole_page_text(lines, f"{title} | Liisa köök") == "\n\n".join([*body, signature])


def test_a_posts_short_sentences_above_its_first_paragraph_are_the_posts() -> None:
    """A diary post opening on short sentences of its own ("Kello kaksi yöllä.") right above its
    first paragraph: the post's, not the head's date line above them."""
    title = "Ensimmäinen ruisrääkkä"
    opening = ["Kello kaksi yöllä.", "Ikkuna auki, pelto talon takana hiljaa."]
    body = ["Sitten kuului se tuttu narina niityn laidalta, kaksi kertaa ja taas kaksi kertaa, juuri kuten viime "
            "kesänä samaan aikaan.",
            "Ruisrääkkä palaa Afrikasta vasta toukokuun lopussa, ja sen kuuleminen on minulle kesän varsinainen alku.",
            "Kirjasin havainnon lintuyhdistyksen sivuille aamulla, ja naapurikin kertoi kuulleensa saman äänen."]
    lines = ["Pellon laidalta", "Etusivu", "Arkisto", "Tietoa", title, "27.5.2026", *opening, *body, "Jaa:",
             "Kommentit (2)", "© 2026 Pellon laidalta"]
    assert _whole_page_text(lines, f"{title} | Pellon laidalta") == "\n\n".join([*opening, *body])


def test_a_list_of_labels_and_figures_set_apart_by_dashes_under_a_standfirst_is_the_storys() -> None:
    """Under the standfirst, a dated line announcing the day's rates and the rates, each a label and its
    figure set apart by a dash ("Евро — 1,9558 лв."): the story's table, not the byline's block of a
    date and a name."""
    title = "Левът остава стабилен, доларът поевтинява"
    body = ["Българският лев остава стабилен спрямо еврото, а доларът поевтинява за трети пореден ден, показват "
            "данните на централната банка.",
            "Курсовете на 25 август.", "Евро — 1,9558 лв. (0,00)", "Щатски долар — 1,6712 лв. (−0,01)",
            "Британска лира — 2,2841 лв. (+0,02)", "Швейцарски франк — 2,0127 лв. (−0,01)",
            "Анализаторите очакват доларът да остане слаб до заседанието на американската централна банка.",
            "Обменните бюра в София предлагат долара между 1,66 и 1,69 лева, според проверка на редакцията."]
    lines = ["Към съдържанието", "Пари днес", "Икономика", "Пазари", title, "25.08.2026", *body, "Сподели",
             "Най-четени", "© 2026 Пари днес"]
    assert _whole_page_text(lines, f"{title} | Пари днес") == "\n\n".join(body)


def test_a_tag_page_of_headlines_dates_and_teasers_holds_no_article() -> None:
    """A tag page: each story a headline, its date alone on a line and a teaser's sentence. Three
    dates right above three teasers make a listing, whatever its words."""
    lines = ["Preskočiť na obsah", "Spišský hlas", "Správy Šport Kultúra", "Štítok: Levoča",
             "V Levoči otvorili obnovenú radnicu", "20.11.2026",
             "Radnica na námestí sa po dvoch rokoch opráv znovu otvorila verejnosti aj turistom.",
             "Mesto pripravuje nový cestovný poriadok", "19.11.2026",
             "Autobusy budú od januára chodiť do okolitých obcí častejšie, najmä ráno.",
             "Gymnázium oslávilo sté výročie", "17.11.2026",
             "Oslavy trvali tri dni a prišli na ne aj absolventi zo zahraničia.",
             "Viac", "Najčítanejšie", "© 2026 Spišský hlas"]
    with pytest.raises(cleaner.Rejected):
        cleaner.clean("\n".join(lines), kind="page", title="Štítok: Levoča | Spišský hlas")


def test_a_comments_time_under_a_post_makes_no_listing_of_it() -> None:
    """A post whose readers' comments each open on a name and a time, and whose archive lists
    months with counts: still one article."""
    title = "Prvý mesiac s kváskom"
    body = ["Kvások som si založila presne pred mesiacom, keď mi suseda priniesla trochu svojho v pohári.",
            "Prvé dva týždne som ho kŕmila každý deň ražnou múkou a vodou, potom som prešla na pšeničnú.",
            "Chlieb z tretieho týždňa bol zatiaľ najlepší, s chrumkavou kôrkou a mäkkou striedkou."]
    lines = ["Kváskový denník", "Domov", "Recepty", title, "12. 5. 2026", *body, "Komentáre",
             "jana_k 2026-05-13 08:40", "Skúste pridať trochu medu do kŕmenia.", "Archív", "2026 / 5 (4)",
             "2026 / 4 (6)", "© 2026 Kváskový denník"]
    assert _whole_page_text(lines, f"{title} | Kváskový denník") == "\n\n".join(body)


def test_a_blogs_tag_page_of_excerpts_cut_short_in_brackets_holds_no_article() -> None:
    """A blog's tag page: each post's title, its published line and an excerpt ending on "[…]", the
    way blog software cuts it. Excerpts cut short make a listing, bracketed or not."""
    lines = ["Zum Inhalt springen", "Imkerverein Talblick", "Start", "Verein", "Termine", "Schlagwort: Honigmarkt",
             "Honigmarkt am 5. Juli: Helfer gesucht", "Veröffentlicht am 2. Juni 2026 von Schriftführer",
             "Liebe Imkerinnen und Imker, unser Honigmarkt findet in diesem Jahr wieder auf dem Dorfplatz statt. […]",
             "Weiterlesen", "Rückblick: Honigmarkt 2025 mit neuem Rekord", "Veröffentlicht am 7. Juli 2025 von Schriftführer",
             "Über dreihundert Gläser Blütenhonig gingen an einem einzigen Vormittag über die Theke. […]", "Weiterlesen",
             "Impressum", "Datenschutz"]
    with pytest.raises(cleaner.Rejected):
        cleaner.clean("\n".join(lines), kind="page", title="Honigmarkt – Imkerverein Talblick")


def test_a_bracketed_caption_a_list_of_amounts_and_a_link_between_paragraphs_keep_the_story_going() -> None:
    """Between two paragraphs of a page's story: a picture's caption with its credit in brackets,
    a heading over entries each opening on its amount, and a link to another story. The story runs
    on past them to its last paragraphs; the link goes."""
    title = "Rada Miasta Nysa przyjęła budżet na 2027 rok"
    head = ["Rada Miasta Nysa przyjęła we wtorek budżet na przyszły rok, głosami czternastu radnych przy siedmiu "
            "przeciwnych.",
            "Burmistrz podkreślał podczas sesji, że to największy budżet w historii miasta i że większość pieniędzy "
            "trafi do szkół."]
    middle = ["Radni podczas wtorkowej sesji w ratuszu (Zdjęcie: Urząd Miasta Nysa)", "Co w budżecie",
              "41 mln zł na remonty szkół i przedszkoli", "12 mln zł na oświetlenie ulic w technologii LED",
              "7,5 mln zł na ścieżkę rowerową do Głębinowa"]
    link = "Czytaj też: Nowy most na Nysie Kłodzkiej otwarty dopiero w przyszłym roku"
    tail = ["Radni opozycji głosowali przeciw. Ich zdaniem podwyżka podatku od nieruchomości o trzy procent obciąży "
            "mieszkańców w najtrudniejszym roku.",
            "Budżet trafi teraz do regionalnej izby obrachunkowej."]
    lines = ["Przejdź do treści", "Nowiny Nyskie", "Wiadomości", "Region", "Sport", title, "16 grudnia 2026", *head,
             *middle, link, *tail, "Tagi: Nysa, budżet, rada miasta", "Udostępnij", "Najczęściej czytane",
             "Wypadek na obwodnicy Nysy", "© 2026 Nowiny Nyskie"]
    assert _whole_page_text(lines, f"{title} | Nowiny Nyskie") == "\n\n".join([*head, *middle, *tail])


def test_a_last_paragraph_past_a_link_and_the_storys_list_that_says_the_headlines_words_is_the_storys() -> None:
    """A link to another story, then the story's own list under its heading, then one paragraph that
    says the headline's words again: the story's last paragraph, not the footer's sentence."""
    title = "Ausstellung «Ton und Feuer» der Töpfer von Kandern im Museum eröffnet"
    body = ["Die Ausstellung «Ton und Feuer» zeigt seit Samstag 240 Arbeiten von 35 Töpferinnen und Töpfern aus "
            "Kandern im Museum am Burghof.",
            "Zu sehen sind blau glasierte Krüge, Teller mit Ritzdekor und große Vorratsgefäße, die zum Teil aus dem "
            "19. Jahrhundert stammen."]
    link = "Lesen Sie auch: Kartoffelernte im Markgräflerland fällt in diesem Herbst besser aus als von den Landwirten erwartet"
    listed = ["Rahmenprogramm", "Drehkurs für Kinder, donnerstags 10 bis 12 Uhr", "Vortrag am 3. Januar, 16 Uhr",
              "Eintritt frei"]
    last = "Kandern, das seit Jahrhunderten für seine Töpfer bekannt ist, zählt heute noch elf Werkstätten."
    lines = ["Zum Inhalt", "Markgräfler Bote", "Lokales", "Kultur", title, "15.12.2026", *body, link, *listed, last,
             "Schlagworte: Kandern, Keramik, Museum", "Teilen", "Meistgelesen", "Neue Buslinie nach Lörrach",
             "© 2026 Markgräfler Bote"]
    assert _whole_page_text(lines, f"{title} | Markgräfler Bote") == "\n\n".join([*body, *listed, last])


@pytest.mark.parametrize("caption", [
    "Arbeiter verladen Kartoffeln in einer Lagerhalle bei Müllheim / Foto: Petra Lang",
    "Der neue Wasserspeicher oberhalb des Dorfes. Foto: Markgräfler Bote",
])
def test_a_picture_caption_under_a_pages_last_paragraph_is_the_storys_whatever_its_credit(caption: str) -> None:
    """A caption under the story's last paragraph, its credit after a slash or naming the site itself,
    right above the site's tag row: the story's picture, no slogan of a footer."""
    title = "Neuer Wasserspeicher sichert Versorgung in Sulzburg"
    body = ["Sulzburg hat am Montag einen neuen Wasserspeicher in Betrieb genommen, der 1200 Kubikmeter fasst.",
            "Bisher mussten die Stadtwerke im Sommer immer wieder Wasser aus dem Nachbarort zukaufen, weil der alte "
            "Speicher zu klein war.",
            "Der Bau hat knapp zwei Jahre gedauert und rund 3,4 Millionen Euro gekostet."]
    lines = ["Zum Inhalt", "Markgräfler Bote", "Lokales", "Kultur", title, "14.12.2026", *body, caption,
             "Schlagworte: Sulzburg | Wasser | Stadtwerke", "Teilen: Facebook | WhatsApp | E-Mail",
             "Meistgelesen", "Neue Buslinie nach Lörrach", "© 2026 Markgräfler Bote"]
    assert _whole_page_text(lines, f"{title} | Markgräfler Bote") == "\n\n".join([*body, caption])


def test_a_lexicons_word_counts_only_in_a_line_of_its_language() -> None:
    """Languages of one script share words: Arabic "اعلان" (an advert) in an Urdu sentence is an
    announcement ("... کا اعلان کر دیا ہے۔"), and a Pashto or Persian "اپ" no app. An Urdu update
    line under the story's last paragraph is the story's."""
    title = "سیالکوٹ کی ٹیم نے انٹر ڈسٹرکٹ فٹ بال کپ جیت لیا"
    body = ["سیالکوٹ کی فٹ بال ٹیم نے فائنل میں گوجرانوالہ کو دو کے مقابلے میں تین گول سے ہرا کر انٹر ڈسٹرکٹ کپ جیت لیا۔",
            "میچ جناح اسٹیڈیم میں کھیلا گیا جہاں ہزاروں شائقین موجود تھے اور آخری منٹ تک مقابلہ برابر رہا۔",
            "فاتح ٹیم کے کپتان نے کہا کہ یہ کامیابی پورے ضلع کے کھلاڑیوں کی محنت کا نتیجہ ہے۔"]
    update = "اپ ڈیٹ: ضلعی فٹ بال ایسوسی ایشن نے فاتح ٹیم کے لیے تین لاکھ روپے انعام کا اعلان کر دیا ہے۔"
    lines = ["مواد پر جائیں", "سیالکوٹ نامہ", "صفحہ اول", "کھیل", title, "16 دسمبر 2026", *body, update,
             "ٹیگز: فٹ بال، سیالکوٹ، گوجرانوالہ", "یہ خبر شیئر کریں: فیس بک | واٹس ایپ", "سب سے زیادہ پڑھی جانے والی",
             "سیالکوٹ میں دھند کے باعث موٹروے بند", "جملہ حقوق بحق سیالکوٹ نامہ محفوظ ہیں © 2026"]
    assert _whole_page_text(lines, f"{title} | سیالکوٹ نامہ") == "\n\n".join([*body, update])


def test_a_title_that_opens_as_a_line_of_the_story_does_stays_whole() -> None:
    """A story about time capsules titled "Time capsule: ...", one of whose lines below its first
    paragraphs reads "Time capsule: sealed ...": that line is no echo of the title, and the title keeps
    its words after the colon; the line, announced by the sentence above it, stays."""
    title = "Time capsule: Orkney school buries letters to be read in 2076"
    body = ["Pupils at Stromness Academy have buried a steel box holding two hundred letters to their future selves "
            "under the new science block.",
            "Each letter was sealed in an envelope and the box was stamped with the date and time of its closing, "
            "engraved on a brass plate that reads:",
            "Time capsule: sealed 4 December 2026, 11:30",
            "The head teacher said the school would invite every pupil back to open the box in fifty years.",
            "A copy of the local newspaper and a school jumper were added at the last minute."]
    lines = [f"{title} | Orkney Herald", "Orkney Herald", "News", title, *body]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{title} | Orkney Herald")
    assert article.title == title
    assert article.text == "\n\n".join(body)


def test_a_recipes_ingredients_under_their_heading_below_the_standfirst_are_no_byline_block() -> None:
    """Under a page's standfirst, a heading ending on a colon and the ingredients, the first too long
    for a fact's line: the story's list, not the byline's block of a name and a date."""
    title = "Mormors kålpudding – hemligheten är sirapen"
    body = ["Kålpudding är en av de rätter som alltid fanns på bordet hos min mormor i Hälsingland, och receptet har "
            "gått i arv i tre generationer.",
            "Ingredienser (6 portioner):", "1 stort vitkålshuvud på ungefär 1,5 kg", "2 msk sirap", "500 g blandfärs",
            "1 dl ströbröd",
            "Kålen strimlas och bryns i smör med sirapen tills den blivit mjuk och fått färg, det tar en stund.",
            "Varva kål och färs i en smord form och grädda i en timme i 175 grader."]
    lines = ["Hem", "Mat", title, *body]
    assert _whole_page_text(lines, f"{title} | Hälsinge Kök") == "\n\n".join(body)


def _copied_dump(title: str, outlet: str, body: list[str], foot: list[str]) -> cleaner.Article:
    """A text dump of the network's copy of ``outlet``'s story: the echoes, the body, its foot."""
    echoes = [f"{title} - {outlet}", f"{title} - {outlet} PlatoBlockchain Data Intelligence. Vertical Search. Ai.",
              f"{title} - {outlet}"]
    return cleaner.clean("\n\n".join([*echoes, *body, *foot]), kind="text")


_STUDY = ["Ein Impfstoff gegen das Gift der Kreuzotter hat die zweite Phase der klinischen Prüfung bestanden, teilte "
          "das Unternehmen Viperon am Montag in Innsbruck mit.",
          "Das Mittel wird in Hefezellen hergestellt und nicht mehr aus dem Blut von Pferden gewonnen, was Allergien "
          "seltener machen soll."]


@pytest.mark.parametrize("line", [
    "Teilnehmende: 180 Kinder im Alter von 3 bis 15 Jahren",  # a fact opening on its figure
    "Kontakt: Gemeindeamt Vals, Tel. 05 27 94",  # a contact, its number in groups
])
def test_a_labelled_fact_among_a_copys_paragraphs_is_no_link_to_another_story(line: str) -> None:
    """On the network's copy, a label over a fact opening on its figure, or over a contact whose
    number stands in groups: the story's line, no "Label: headline" link."""
    body = [*_STUDY, "Wichtigste Ergebnisse", line,
            "Genesung ohne Intensivstation innerhalb von zwölf Stunden: 96 %, gegenüber 81 % mit dem alten Serum",
            "Die dritte Phase soll 2027 in Tirol und Südtirol beginnen, sagte die Studienleiterin."]
    article = _copied_dump("Impfstoff gegen Kreuzottergift besteht Studie", "Alpen Biotech", body,
                            ["Zeitstempel:", "Mehr von Alpen Biotech"])
    assert line in article.text.split("\n\n")


def test_a_heading_over_the_storys_numbered_steps_on_a_copy_is_the_storys() -> None:
    """A label that names a subscription ("Abonelik için:") over the story's numbered steps, on the
    network's copy of a story about a newsletter: the steps' heading, not a stray paywall label."""
    body = ["Ege Postası gazetesi, okurları için her cuma yayımlanacak ücretsiz bir e-bülten başlattığını duyurdu.",
            "Bülten, İzmir ve çevresindeki kültür etkinliklerini ve belediye kararlarını özetleyecek.",
            "Abonelik için:", "1. Gazetenin internet sitesine girin.", "2. Adınızı ve e-posta adresinizi yazın.",
            "3. Gelen e-postadaki bağlantıyla aboneliği onaylayın.",
            "Gazetenin yayın yönetmeni, gençlerin artık kâğıt gazete okumadığını ama e-postalarını her gün açtığını "
            "söyledi."]
    article = _copied_dump("Ege Postası haftalık e-bülten yayımlamaya başlıyor", "Ege Postası", body,
                            ["Zaman Damgası:", "Ege Postası'ndan daha fazlası"])
    assert "Abonelik için:" in article.text.split("\n\n")


def test_the_outlets_print_note_at_the_end_of_a_page_goes() -> None:
    """The outlet's note of where and when the story ran in print, under the last paragraph ("Published
    in <outlet>, <date>."), in words no lexicon has: its name, a date and a word or three."""
    title = "Harbour ferry fares to rise by a fifth from January"
    body = ["Fares on the harbour ferry between Devonport and the city centre will rise by a fifth from January, the "
            "regional council confirmed on Tuesday.",
            "Councillors said the increase was needed to cover the cost of two new electric vessels due next winter.",
            "Regular commuters will be able to buy a monthly pass that keeps the old price until the end of March."]
    note = "Printed in The Waitemata Gazette, 17 December 2026."
    lines = ["Skip to content", "The Waitemata Gazette", "News", "Business", title, "By Aroha Tane", *body, note,
             "Tags: ferry, fares, council", "Share on Facebook", "Most Read", "Rain warning for Northland",
             "© 2026 The Waitemata Gazette. All rights reserved."]
    assert _whole_page_text(lines, f"{title} | The Waitemata Gazette") == "\n\n".join(["By Aroha Tane", *body])


def test_a_link_to_another_story_at_the_end_of_the_storys_labelled_list_goes() -> None:
    """Under a page's list of labelled entries (a programme's days, a budget's lines), one more label
    over a headline half again as long as any entry: a link to another story set beside the list."""
    title = "Gŵyl lenyddiaeth Aberteifi yn dechrau gyda 40 o awduron"
    body = ["Dechreuodd gŵyl lenyddiaeth Aberteifi nos Wener gyda 40 o awduron o Gymru, Iwerddon a Llydaw.",
            "Bydd yr ŵyl yn para tridiau, gyda darlleniadau, gweithdai a thrafodaethau yn neuadd y dref.",
            "Rhaglen yr ŵyl", "Dydd Gwener: darlleniadau beirdd ifanc", "Dydd Sadwrn: trafodaeth ar y nofel Gymraeg",
            "Dydd Sul: seremoni'r gwobrau"]
    link = "DARLLENWCH HEFYD: Cyngor Ceredigion yn cymeradwyo cynllun newydd ar gyfer parcio yng nghanol y dref"
    last = ["Dywedodd cadeirydd y pwyllgor trefnu fod yr ŵyl wedi tyfu bob blwyddyn ers iddi ddechrau yn 2019.",
            "Mae tocynnau ar gael yn swyddfa'r neuadd."]
    lines = ["Neidio i'r cynnwys", "Llais Teifi", "Newyddion", "Chwaraeon", title, "5 Rhagfyr 2026", *body, link,
             *last, "Rhannu", "Mwyaf poblogaidd", "Tân mewn fferm ger Llandysul", "© 2026 Llais Teifi"]
    assert _whole_page_text(lines, f"{title} | Llais Teifi") == "\n\n".join([*body, *last])


@pytest.mark.parametrize("widget", ["Oceń ten film: 1 2 3 4 5", "Bewerte diesen Film: 1 2 3 4 5 6 7 8 9 10"])
def test_a_readers_rating_scale_goes_wherever_it_stands(widget: str) -> None:
    """A widget asking the reader to rate: a few words over the numbers one to five (or ten) in a
    row, in any language; a review's own stars stay."""
    body = ["★★★★☆", "Film Agnieszki Rój to najcichszy polski film tego roku i jeden z najlepszych, opowiedziany "
            "prawie bez słów.", widget,
            "Główna rola Zofii Malec zostaje w pamięci na długo, choć scenariusz gubi się w ostatnim akcie."]
    text = cleaner.clean(_page("Cisza nad Wartą – recenzja", "Kinowy Tydzień", body), kind="html").text
    assert widget not in text and "★★★★☆" in text.split("\n\n")


def test_the_first_line_of_a_copys_credits_over_the_others_is_no_tag_run() -> None:
    """On the network's copy, the story's credits open its body: a label over names between commas,
    then role and performer lines. A tag run heads no such block: the credits stay."""
    credits = ["Koreografia: Marius Petipa, Lew Iwanow, opracowanie Anny Wolskiej", "Odetta — Maria Kos",
               "Zygfryd — Piotr Lis", "Dyrygent — Jan Bury"]
    body = ["Nowe „Jezioro łabędzie” w Operze Bałtyckiej obywa się bez dymu i błękitnych reflektorów, a drugi akt "
            "toczy się na prawie ciemnej scenie.",
            "Maria Kos tańczy Odettę jak upartą dziewczynę, nie ofiarę, i to ona jest najmocniejszą stroną spektaklu."]
    article = _copied_dump("„Jezioro łabędzie” w Gdańsku bez łez", "Scena Północ", [*credits, *body],
                            ["Znacznik czasu:", "Więcej od Scena Północ"])
    assert article.text.split("\n\n")[: len(credits)] == credits


def test_an_outlets_own_pitch_naming_it_goes_though_a_word_shares_the_titles_stem() -> None:
    """On the outlet's own page, its newsletter pitch that names it ("Das Saalblatt am Morgen: der
    Kultur-Newsletter ...") goes, though a word of it opens as a title's word does ("Kulturwerft"):
    the outlet speaks of its offer, not of the story's, and the walk up the page's foot goes on past it
    to the share row above."""
    body = ["Die Wienerin spielte am Freitag in der ausverkauften Kulturwerft fast das ganze neue Album, begleitet "
            "von Kontrabass, Schlagzeug und einer Bratschistin.",
            "Besonders das Lied über die Großmutter in Triest wurde zum Ereignis, fast ohne Begleitung gesungen.",
            "Teilen: Facebook | WhatsApp | E-Mail",
            "Das Saalblatt am Morgen: der Kultur-Newsletter für Hamburg, jeden Dienstag und Freitag. Jetzt anmelden"]
    title = "Lotte Brandl in der Kulturwerft: leise Lieder, lauter Jubel"
    page = (f"<html><head><title>{title} – Das Saalblatt</title><meta property='og:title' content='{title}'>"
            "<meta property='og:site_name' content='Das Saalblatt'></head><body><article>"
            f"<h1>{title}</h1>{''.join(f'<p>{p}</p>' for p in body)}</article></body></html>")
    assert cleaner.clean(page, kind="html").text == "\n\n".join(body[:2])


def test_a_pages_last_lines_with_no_footer_under_them_are_the_storys() -> None:
    """A page that ends on the story's source line and its closing words, no footer under them: they
    are the story's last lines."""
    title = "Reka Sava pri Brežicah narasla nad opozorilno mejo"
    body = ["Vodostaj Save pri Brežicah je v torek zjutraj dosegel 410 centimetrov, kar je nad opozorilno mejo.",
            "Gasilci so ob reki postavili protipoplavne vreče, prebivalci nižje ležečih hiš pa so avtomobile "
            "umaknili na višje parkirišče."]
    foot = ["Vir: Agencija RS za okolje, hidrološko poročilo ob 7. uri", "Bodimo previdni ob reki."]
    lines = ["Posavske novice", "Novice", "Regija", title, *body, *foot]
    assert _whole_page_text(lines, f"{title} | Posavske novice") == "\n\n".join([*body, *foot])


def test_a_box_of_other_stories_headlines_between_two_lines_of_an_html_pages_foot_goes() -> None:
    """On an outlet's own page, under the story: its share row, a heading no lexicon knows over the
    site's other headlines, then its newsletter pitch. The box between the two sure lines of the foot
    goes with them."""
    body = ["De nieuwe film van Ilse Verhoeven speelt zich af op een veerpont tussen Moerdijk en Willemstad, in de "
            "laatste week voordat de dienst wordt opgeheven.",
            "Verhoeven laat haar personages weinig zeggen, maar elke blik tussen de schipper en zijn dochter vertelt "
            "meer dan een pagina dialoog."]
    foot = ["Deel: Facebook · WhatsApp · E-mail", "Onze filmtips",
            "De vuurtorenwachter: zout, stilte en een heel goede hond", "Vijf films om deze lente te zien",
            "Glazen bruggen: de terugkeer van de Vlaamse nieuwe golf",
            "De Filmbrief van Doek & Scherm: elke vrijdag de beste films in je inbox. Schrijf je in"]
    text = cleaner.clean(_page("De laatste pont – recensie", "Doek & Scherm", [*body, *foot]), kind="html").text
    assert text == "\n\n".join(body)


_NO_REVIEW = ["Ida Bergs tredje album er det stilleste hun har laget, spilt inn på to dager i et kapell på Senja.",
              "Sangene handler om vinteren på øya, om faren som fisket og om et hus som står tomt etter at alle "
              "flyttet.",
              "Hun synger lavt og nært, og strykerne kommer bare inn der de trengs, som i avslutningssporet."]


@pytest.mark.parametrize("widget", ["Lytt på Strømkarlen: Ida Berg – Vinterlys", "Kjøp billetter hos Billettluka"])
def test_a_shops_or_streaming_services_button_between_a_reviews_paragraphs_goes(widget: str) -> None:
    """A line of its own between a review's paragraphs that buys or listens at a house the review
    names nowhere else: the shop's or service's widget, whatever its name."""
    body = [*_NO_REVIEW[:2], widget, _NO_REVIEW[2]]
    text = cleaner.clean(_page("Ida Berg: Vinterlys – anmeldelse", "Nordlys Kultur", body), kind="html").text
    assert text == "\n\n".join(_NO_REVIEW)


def test_a_track_lists_entry_that_listens_is_the_reviews() -> None:
    """A track list's entries among the review's short lines: an entry naming a song that listens
    ("Lytt til Vinden") is the list's, no widget's."""
    tracks = ["Sporliste", "Vinterlys", "Lytt til Vinden", "Kapellet", "Tomt hus"]
    body = [*_NO_REVIEW[:2], *tracks, _NO_REVIEW[2]]
    text = cleaner.clean(_page("Ida Berg: Vinterlys – anmeldelse", "Nordlys Kultur", body), kind="html").text
    assert text == "\n\n".join(body)


def test_a_subheading_that_buys_under_a_title_naming_its_words_is_the_storys() -> None:
    """A subheading between a buying guide's paragraphs that speaks of buying ("Angebote und Preise:
    Wann sich der Kauf lohnt"): in German every noun has a capital, and the title names its words, so
    it names no house the story names nowhere else."""
    body = ["Wir haben sechs Kaffeevollautomaten zwischen 300 und 900 Euro vier Wochen lang im Büro getestet.",
            "Am besten schnitt ein Mittelklassegerät ab, das leise mahlt und sich fast von selbst reinigt.",
            "Angebote und Preise: Wann sich der Kauf lohnt",
            "Die Preise schwanken stark, vor großen Rabatttagen im Herbst fallen sie oft um ein Fünftel."]
    text = cleaner.clean(_page("Kaffeevollautomaten im Test: Preise und Angebote", "Haushalt Heute", body),
                         kind="html").text
    assert text == "\n\n".join(body)


def test_a_timetables_labels_with_their_times_under_a_standfirst_are_no_byline_block() -> None:
    """Under a page's standfirst, a date line and two labels of a few words each over a clock time
    alone ("Waktu imsak di Medan: 04.58"): the story's timetable, not the byline's block."""
    title = "Jadwal imsak dan buka puasa di Medan hari ini"
    body = ["Umat Muslim di Medan menjalani puasa hari kelima Ramadan dengan cuaca cerah, menurut perkiraan badan "
            "meteorologi setempat.",
            "Senin, 23 Februari 2026 | 6 Ramadan 1447 H", "Waktu imsak di Medan: 04.58", "Waktu berbuka puasa: 18.41",
            "Kementerian Agama mengingatkan warga agar menyesuaikan jadwal dengan pengumuman masjid terdekat setiap "
            "hari selama bulan suci.",
            "Jadwal untuk kota lain di Sumatera Utara bisa berbeda beberapa menit dari Medan."]
    lines = ["Berita Deli", "Beranda", "Religi", title, *body]
    assert _whole_page_text(lines, f"{title} | Berita Deli") == "\n\n".join(body)


def test_the_last_of_the_storys_facts_with_their_figures_is_no_reading_time() -> None:
    """Between a page's paragraphs, the story's facts each under a label with a figure; the last one
    says how long the test takes to read ("Lesezeit des Ergebnisses: 18 Minuten"): the story's fact,
    not the page's reading time moved there."""
    title = "Speicheltest auf Dengue aus Kiel"
    body = ["Forschende aus Kiel haben einen Speicheltest entwickelt, der eine Denguefieber-Infektion bei "
            "Reiserückkehrern in einer Viertelstunde erkennt.",
            "Bisher mussten Kliniken Blutproben in ein Labor schicken und oft zwei Tage auf das Ergebnis warten, "
            "sagte die Studienleiterin.",
            "Wichtigste Ergebnisse", "Empfindlichkeit im Vergleich zur PCR: 94,1 %", "Spezifität: 97,3 %",
            "Lesezeit des Ergebnisses: 18 Minuten",
            "Der Test soll noch in diesem Jahr in Tropenkliniken eingesetzt werden und weniger als dreißig Euro "
            "kosten."]
    lines = ["Puls der Forschung", "Start", "Medizin", title, "12.03.2026", *body, "Teilen", "Meistgelesen",
             "Neue Klinik in Lübeck", "© 2026 Puls der Forschung"]
    assert _whole_page_text(lines, f"{title} | Puls der Forschung") == "\n\n".join(body)



_RACE_PAGE = """<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Wyścig Dookoła Ślęży: solowe zwycięstwo Kamila Nowaka – Gazeta Sobótki</title>
<meta property="og:title" content="Wyścig Dookoła Ślęży: solowe zwycięstwo Kamila Nowaka"><meta property="og:site_name" content="Gazeta Sobótki"></head>
<body><header class="top"><a href="/">Gazeta Sobótki</a><nav><ul><li><a href="/a">Region</a></li><li><a href="/b">Sport</a></li></ul></nav></header>
<div class="wrap"><header class="art-head"><h1>Wyścig Dookoła Ślęży: solowe zwycięstwo Kamila Nowaka</h1><p class="meta">Autor: Anna Wrona</p></header>
<div class="gs-text"><div class="inner">
<p>Kamil Nowak z klubu Ślęża Team wygrał 21. edycję wyścigu Dookoła Ślęży. Zaatakował dwadzieścia kilometrów przed metą i dojechał z przewagą trzydziestu sekund.</p>
<p>Wyścig na dystansie dziewięciu rund po czternaście kilometrów rozgrywał się przy silnym bocznym wietrze, a peleton podzielił się już w trzeciej rundzie.</p>
<h2>Przebieg wyścigu</h2>
<ul class="splits"><li>Km 40: ucieczka siedmiu kolarzy, 1:10 przewagi</li><li>Km 84: przewaga 2:05</li><li>Km 106: atak Nowaka na podjeździe pod Tąpadła</li><li>Km 126: meta, Nowak 0:30 przed grupą</li></ul>
<h2>Wyniki</h2>
<table class="wyniki"><tbody>
<tr><td>1.</td><td>Kamil Nowak (Ślęża Team)</td><td>3:02:11</td></tr>
<tr><td>2.</td><td>Piotr Lis (KK Oleśnica)</td><td>+0:30</td></tr>
<tr><td>3.</td><td>Marek Zając (Team Odra)</td><td>+0:30</td></tr>
</tbody></table>
<p>„Wiedziałem, że na podjeździe pod Tąpadła rozstrzygnie się wszystko. Po prostu nie oglądałem się za siebie” – powiedział Nowak na mecie.</p>
<p>Wśród kobiet najszybsza była Ewa Krawiec, która wygrała finisz z dwunastoosobowej grupy.</p>
<p>Kolejny wyścig regionalnego cyklu odbędzie się 26 maja w Oleśnicy.</p>
</div></div></div><footer><p>© 2026 Gazeta Sobótki</p></footer></body></html>"""


def test_a_tables_rows_keep_their_place_among_the_headings_and_lists_put_back_around_them() -> None:
    """trafilatura keeps a results table and drops the headings and the list around it; the ones put
    back find their places by the table's rows, so the story reads in the page's order: the race's
    course under its heading, then the results under theirs."""
    blocks = cleaner.clean(_RACE_PAGE, kind="html").text.split("\n\n")
    order = [blocks.index(line) for line in ("Przebieg wyścigu", "Km 126: meta, Nowak 0:30 przed grupą", "Wyniki",
                                              "1. | Kamil Nowak (Ślęża Team) | 3:02:11")]
    assert order == sorted(order)


def test_a_link_beside_the_storys_list_between_paragraphs_parts_no_run_of_a_page() -> None:
    """Between a page's paragraphs: the story's list under its heading and a link to another story
    beside it. The link is set beside the list, no line of it: the paragraphs under them are the
    same story's."""
    title = "Byrådet i Skagen vedtager budget med ny havnekaj"
    head = ["Byrådet i Skagen vedtog mandag aften budgettet for næste år med stemmerne 17 for og 4 imod efter en lang "
            "debat om havnen.",
            "Det største projekt er en ny kaj til fiskerne, hvor flere af de gamle planker skal skiftes inden sæsonen.",
            "»Vi kan ikke risikere at miste en hel sæson, fordi kajen ikke kan bære bilerne,« sagde borgmesteren."]
    listed = ["Budgettets største poster", "veje og snerydning for i alt 34 mio. kr.",
              "brandvæsenet med nye biler for 16 mio. kr.", "kultur og fritid med havnebadet for 19 mio. kr.",
              "renter og afdrag på lån for 21 mio. kr."]
    link = "Læs også: Skagen Fodbold vinder 5-2 og er tilbage i kampen om oprykning til næste række"
    tail = ["Byrådsmedlem Lene Vestergaard bad kommunen offentliggøre en præcis tidsplan for arbejdet på kajen, så "
            "fiskerne kan planlægge deres sæson.",
            "Ifølge kommunaldirektøren sendes arbejdet i udbud inden udgangen af måneden, og det begynder, når isen er "
            "væk fra havnen.",
            "Vand og kloak stiger fra 7.420 til 7.870 kroner for et gennemsnitligt hus næste år."]
    lines = ["Gå til indhold", "Nordjysk Kystavis", "Nyheder", "Sport", title, "Af Mette Holm", "16. marts 2027",
             *head, *listed, link, *tail, "Emner: Skagen · Byråd · Budget", "Del på Facebook", "Mest læste",
             "Julemarkedet i Frederikshavn slog rekord", "© 2027 Nordjysk Kystavis"]
    assert _whole_page_text(lines, f"{title} | Nordjysk Kystavis") == "\n\n".join(["Af Mette Holm", *head, *listed,
                                                                                   *tail])


def test_the_storys_paragraphs_past_its_list_stay_above_the_sites_paragraph_naming_it() -> None:
    """Past the story's list, paragraphs that go on with the story, then the site's own paragraph
    naming it (its appeal for support): the foot starts at the site's paragraph, the story's stay."""
    title = "Komunitní centrum v Brně dostane milion na kurzy češtiny"
    head = ["Jihomoravský kraj přidělí komunitnímu centru Úsvit v Brně milion korun na kurzy češtiny a pomoc při "
            "hledání práce pro nově příchozí rodiny.",
            "Podle centra se na něj loni obrátilo přes tisíc lidí, z nichž většina hledala práci v oboru, který "
            "vystudovala doma.",
            "„První dva roky lidé hlavně přežívali. Teď chtějí pracovat v tom, co umějí,“ řekla ředitelka centra."]
    listed = ["Na co peníze půjdou", "večerní kurzy češtiny pro dospělé;", "mentorský program s místními firmami;",
              "skupiny podpory pro děti a dospívající."]
    tail = ["Krajský radní při návštěvě centra uvedl, že kraji chybějí pracovníci ve stavebnictví a ve zdravotnictví a "
            "kurzy češtiny jsou pro ně první krok.",
            "Aktualizováno v 18:20: doplněn komentář krajského radního."]
    lines = ["Brněnský občasník", "Zprávy", "Komunita", title, "Olga Malá", "15. 3. 2027", *head,
             "Čtěte také: Ve Vranově otevřeli výstavu kraslic před Velikonocemi a přišly stovky lidí", *listed,
             *tail, "Štítky: Brno, komunita, kurzy", "Sdílet na Facebooku Sdílet na X",
             "Brněnský občasník je nezávislé neziskové médium. Podpořte nás darem, aby zprávy zůstaly zdarma.",
             "Nejčtenější", "Škola svaté Ludmily slaví padesát let", "© 2027 Brněnský občasník"]
    assert _whole_page_text(lines, f"{title} | Brněnský občasník") == "\n\n".join([*head, *listed, *tail])


_MATCH = ["Klubben fra Randers vandt søndag 2-1 over Viborg efter et sent hovedstød fra anføreren.",
          "Træneren roste bagefter holdets tålmodighed i anden halvleg, hvor gæsterne pressede hårdt.",
          "Næste kamp: Randers FK mod Silkeborg IF, lørdag 19. oktober kl. 15 på Cepheus Park."]


def test_the_heading_of_a_list_of_links_taken_from_the_page_goes_with_it() -> None:
    """A heading right over a list of the site's links that the page's markup gives as nothing but
    links (the other matches of the day): the list goes, and its heading, which heads nothing else."""
    paras = "".join(f"<p>{p}</p>" for p in _MATCH)
    box = ("<div class='kampe'><h4>Kommende kampe</h4><ul><li><a href='/k/1'>Lør 15:00 Vejle mod Horsens</a></li>"
           "<li><a href='/k/2'>Lør 15:00 Esbjerg mod Kolding</a></li><li><a href='/k/3'>Søn 13:00 Aarhus mod Skive</a></li>"
           "</ul><a class='cta' href='https://go.example/se'>Se målene på Øst Play+</a></div><p>Spil ansvarligt. 18+. Spil kan være vanedannende.</p>")
    page = (f"<html><head><title>Randers vinder sent over Viborg</title><meta property='og:site_name' "
            f"content='Sport Øst'></head><body><article><h1>Randers vinder sent over Viborg</h1>{paras}{box}"
            "</article></body></html>")
    assert cleaner.clean(page, kind="html").text == "\n\n".join(_MATCH)


@pytest.mark.parametrize("notice", ["Spil ansvarligt. 18+. Spil kan være vanedannende.",
                                    "21+ | Gioca responsabilmente | Il gioco può causare dipendenza"])
def test_a_standing_notice_with_an_age_limit_under_the_story_goes(notice: str) -> None:
    """A notice whose one figure is an age limit's mark ("18+", "21+"), in any language, under the
    story: the site's standing line on gambling, not the story's."""
    text = cleaner.clean(_page("Randers vinder sent over Viborg", "Sport Øst", [*_MATCH, notice]), kind="html").text
    assert text == "\n\n".join(_MATCH)


def test_a_caption_crediting_the_bylines_author_at_a_pages_end_is_no_bio() -> None:
    """A picture's caption under the story's last paragraphs whose credit names the reporter of the
    byline ("(Foto: Rina Sari)"): the story's picture, not the author's bio named again at the end."""
    title = "Pasar Terapung Banjarmasin dapat dermaga baru"
    body = ["Pemerintah Kota Banjarmasin mulai membangun dermaga baru untuk pedagang Pasar Terapung Lok Baintan, "
            "setelah bertahun-tahun jumlah perahu terus menurun.",
            "Dermaga sepanjang 300 meter itu dibangun di tepi sungai yang kini sering dipenuhi sampah dan eceng "
            "gondok.",
            "Sejumlah pedagang khawatir pembangunan akan mengganggu jualan mereka selama musim hujan.",
            "Perahu pedagang sayur di Pasar Terapung Lok Baintan pada pagi hari. (Foto: Rina Sari)",
            "Peletakan batu pertama dijadwalkan bulan depan."]
    lines = ["Kalimantan Pos", "Beranda", "Daerah", title, "Oleh Rina Sari", "12 Maret 2027", *body,
             "Tag: Banjarmasin, pasar terapung", "Bagikan ke Facebook atau WhatsApp",
             "Kalimantan Pos hidup dari pembaca. Dukung kami mulai Rp 10.000 per bulan.", "Terpopuler",
             "Banjir rob di Kotabaru", "© 2027 Kalimantan Pos"]
    assert _whole_page_text(lines, f"{title} | Kalimantan Pos").split("\n\n")[-2:] == body[-2:]


def test_a_search_page_whose_results_give_their_dates_under_the_teasers_holds_no_article() -> None:
    """A search page: each result a headline, a teaser's sentence and its date alone under it. Three
    dates by three teasers make a listing, above or under them."""
    lines = ["Siirry sisältöön", "Savon Viesti", "Etusivu Uutiset Urheilu", "Hakutulokset: tulva", "Löytyi 14 tulosta",
             "Tulva katkaisi tien Juankoskella", "Vesi nousi yöllä tielle ja liikenne ohjataan kiertotielle.",
             "9.3.2027", "Kunta avasi lämpösuojan Siilinjärvellä", "Kunta pyytää asukkaita tarkistamaan, että iäkkäät naapurit pärjäävät pakkasella.",
             "6.3.2027", "Viisi neuvoa putkien suojaamiseen", "Kääri ulkoseinien putket ja anna hanan tippua hiljalleen koko yön yli.",
             "6.3.2027", "Seuraava sivu", "© 2027 Savon Viesti"]
    with pytest.raises(cleaner.Rejected):
        cleaner.clean("\n".join(lines), kind="page", title="Hakutulokset: tulva | Savon Viesti")


def test_a_search_page_of_dated_snippets_holds_no_article() -> None:
    """A search page whose results each open on their date and a dash, then the snippet cut short
    ("14 Mar 2027 - ..."), in a script that ends no sentence with a stop: a listing."""
    lines = ["Chiang Rai Daily", "Home News Politics", "Search results for \"flood\"", "214 results",
             "Mae Sai river bursts its banks for the second time this month",
             "14 Mar 2027 - Heavy rain over the hills sent water into the market streets of Mae Sai again on Sunday "
             "night while shops were still cleaning up from the first flood...",
             "Irrigation office to dredge the Sai river before the monsoon",
             "2 Mar 2027 - The irrigation department said it would spend forty million baht on dredging the river "
             "and clearing the channels that feed into it from the hills...",
             "Flash flood cuts the road to Huai Khrai village",
             "28 Feb 2027 - Rain on Doi Tung sent a torrent through the village and cut the only road for most of "
             "the day until soldiers cleared it with a digger...",
             "Page 1 2 3 4 5 Next",
             "Add Chiang Rai Daily as a friend on LINE at chiangraidaily and get the breaking news of the north on "
             "your phone every morning for free", "© 2027 Chiang Rai Daily"]
    with pytest.raises(cleaner.Rejected):
        cleaner.clean("\n".join(lines), kind="page", title="Search: flood | Chiang Rai Daily")


def test_a_rejected_page_with_no_article_still_teaches_its_sites_chrome() -> None:
    """A section front of a crawl has no article and is rejected; its menu and footer are the site's
    lines all the same, and the corpus pass counts them among the site's, as it counts an article
    page's (with two pages of the site, a third one carrying the lines makes them its template)."""
    from cleaner.batch import first_half_evidence
    from cleaner.model import Origin, RawRecord, Reject
    from cleaner.pipeline import Context

    front = "\n".join(["Kultura | Głos Podlasia", "Głos Podlasia", "Strona główna", "Wiadomości", "Kultura",
                       "Nowa biblioteka otwarta w centrum", "Kurs esperanto rusza w marcu", "Koncert w parku",
                       "Wspieraj niezależne dziennikarstwo z Podlasia", "© 2027 Głos Podlasia"])
    raw = RawRecord(Origin("crawl.warc.wet.gz", 1), front, kind="page", url="https://glos.example/kultura",
                    title="Kultura | Głos Podlasia")
    result, triples = first_half_evidence(raw, Context())
    assert isinstance(result, Reject) and result.page is None  # (the page's lines are not carried on)
    assert any("wspieraj niezależne dziennikarstwo" in key for _, key, _ in triples)


_BYLINE_PAGES = {
    "fr": ("Quimper ferme le quai de l'Odet aux voitures pendant les travaux du pont",
           ["La mairie de Quimper a annoncé lundi la fermeture du quai de l'Odet à la circulation automobile à partir du 3 avril.",
            "Les travaux de renforcement du pont Max-Jacob doivent durer onze semaines, selon les services techniques de la ville.",
            "Les bus de la ligne 2 seront déviés par la rue de Kerfeunteun pendant toute la durée du chantier."]),
    "el": ("Κλειστό για έναν μήνα το λιμάνι της Καλαμάτας λόγω εργασιών",
           ["Το Λιμενικό Ταμείο Καλαμάτας ανακοίνωσε ότι ο εμπορικός λιμένας θα παραμείνει κλειστός έως τις 30 Απριλίου.",
            "Οι εργασίες αφορούν την αποκατάσταση του κρηπιδώματος που υπέστη ζημιές από την κακοκαιρία του Ιανουαρίου.",
            "Τα αλιευτικά σκάφη θα ελλιμενίζονται προσωρινά στη μαρίνα της πόλης, σύμφωνα με την ανακοίνωση."]),
    "uk": ("У Вінниці відкрили новий міст через Південний Буг",
           ["Міська рада Вінниці у п'ятницю відкрила рух новим пішохідним мостом через Південний Буг біля острова Кемпа.",
            "Будівництво тривало два роки і коштувало 84 мільйони гривень, повідомили в департаменті капітального будівництва.",
            "Увечері міст підсвічуватимуть, а на обох берегах встановили нові лавки та велопарковки."]),
}


@pytest.mark.parametrize(("lang", "byline"), [
    ("fr", "Par Mathilde Rouvière, Quimper"), ("fr", "Erwan Le Goff | Quimper"),
    ("el", "Της Δήμητρας Σταυροπούλου"), ("uk", "Автор: Оксана Мельник"), ("uk", "Текст: Оксана Мельник, Вінниця")])
def test_the_writers_byline_under_a_whole_pages_headline_stays(tmp_path: Path, lang: str, byline: str) -> None:
    """The line that names the story's writer under its headline is the article's, as its copies
    keep it; the date line, the share row and the cookie buttons around it are the page's."""
    title, body = _BYLINE_PAGES[lang]
    text = "\n".join([f"{title} | Nouvelles", "Accueil", "Actualités", "Sport", "Culture", title, byline, "12/03/2027 08:10",
                      "Facebook Instagram X", *body, "Mentions légales · Contact · Publicité"])
    article = _clean_page(tmp_path, f"https://nouvelles.example.{lang}/article/1", text)
    assert article.title == title
    assert article.text.split("\n\n") == [byline, *body]


@pytest.mark.parametrize("row", ["Publié le 12/03/2027 à 08h10 · Par Mathilde Rouvière", "Partager : Facebook Instagram",
                                 "Accepter Refuser Personnaliser", "Le Télégramme de l'Odet"])
def test_a_head_row_that_names_no_writer_alone_stays_the_pages(tmp_path: Path, row: str) -> None:
    """A byline's row with its date, a share row, the cookie buttons, the site's name (its footer's
    too): capitalised words under the headline that name no writer alone go with the page's head."""
    title, body = _BYLINE_PAGES["fr"]
    text = "\n".join([f"{title} | Le Télégramme de l'Odet", "Accueil", "Actualités", title, row, *body,
                      "© 2027 Le Télégramme de l'Odet · Mentions légales"])
    article = _clean_page(tmp_path, "https://nouvelles.example.fr/article/2", text)
    assert article.text.split("\n\n") == body


def test_the_bio_of_a_kept_bylines_writer_at_the_pages_foot_goes(tmp_path: Path) -> None:
    """The byline now stays in the text; its writer's bio at the foot of the page, which names them
    again, is still the author's box and goes."""
    title = "Harbour board approves dredging of the north channel"
    body = ["The Port Ellery harbour board voted on Tuesday to dredge the north channel before the summer ferry season.",
            "Silt carried down by the winter floods has left the channel a metre shallower than charted, the harbourmaster said.",
            "The work, costed at 1.4 million pounds, is due to start in May and to last six weeks."]
    text = "\n".join([f"{title} | The Ellery Post", "News", "Sport", "Opinion", title, "By Rowan Tregarthen",
                      "14 March 2027", *body,
                      "Rowan Tregarthen covers the harbour and the coast for the Ellery Post. He joined the paper in 2021.",
                      "Contact us · Privacy · Advertise"])
    article = _clean_page(tmp_path, "https://elleryp.example.co.uk/news/dredging", text)
    assert article.text.split("\n\n") == ["By Rowan Tregarthen", *body]


_KN_A = ("Hubballi-Dharwad bus corridor gets a second depot near Unkal Lake",
         ["The North Western Karnataka Road Transport Corporation will build a second depot for the Hubballi-Dharwad bus "
          "corridor on a four-acre plot near Unkal Lake, its managing director said on Monday.",
          "The corridor's buses now return to the Dharwad depot every night, which adds forty minutes of empty running "
          "to each vehicle's day.",
          "Construction is to begin in June and take fourteen months, at a cost of 38 crore rupees."])
_KN_B = ("Dharwad mango growers expect a late but heavy harvest this summer",
         ["Mango growers around Dharwad expect the harvest to start three weeks late this year after a cool February, "
          "but say the trees carry more fruit than last season.",
          "Traders at the APMC yard quoted 3,200 rupees a quintal for the first Alphonso lots on Friday.",
          "The horticulture department has asked growers to register for its cold-storage scheme before May 10."])


@pytest.mark.parametrize("label", ["Also read:", "ಇದನ್ನೂ ಓದಿ:", "Lesen Sie auch:", "Make you read dis one too:",
                                   "A kalan fana / Lire aussi :"])
def test_a_line_giving_another_stories_headline_of_the_run_is_a_link_to_it(tmp_path: Path, label: str) -> None:
    """A site's link to its other story, set between an article's paragraphs under a label no phrase
    list needs to know, and the headline alone on the line under it: the run holds that story, so
    its headline said again is a link to it. The page's own headline, said again, is no link."""
    from test_cli import _wet_file

    def page(own: tuple[str, list[str]], other: str | None) -> str:
        title, body = own
        link = [f"{label} {other}", other] if other else []
        return "\n".join([f"{title} | Dharwad Daily", "Home", "City", "Sport", "Business", title, *body[:2], *link,
                          *body[2:], "About us · Contact · Privacy", "© 2027 Dharwad Daily"])

    path = tmp_path / "CC-MAIN-20270501-00001.warc.wet.gz"
    _wet_file(path, [("https://dharwaddaily.example.in/city/bus-depot", page(_KN_A, _KN_B[0])),
                     ("https://dharwaddaily.example.in/business/mango", page(_KN_B, None))])
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    by_title = {a.title: a for a in articles}
    assert by_title[_KN_A[0]].text.split("\n\n") == _KN_A[1]
    assert by_title[_KN_B[0]].text.split("\n\n") == _KN_B[1]
    assert any(r["rule"] == "other-headline" for r in by_title[_KN_A[0]].to_dict()["removed"])


def test_a_headline_another_site_of_the_run_gave_is_no_link(tmp_path: Path) -> None:
    """Another site's story under the same words is no link of this site's: a line of this page that
    says another host's headline stays (a story may quote a headline it reports on)."""
    from test_cli import _wet_file

    quoted = _KN_B[0]
    title, body = _KN_A
    text_a = "\n".join([f"{title} | Dharwad Daily", "Home", "City", title, body[0], quoted, *body[1:],
                        "© 2027 Dharwad Daily"])
    text_b = "\n".join([f"{quoted} | Malnad Times", "Home", "Farm", quoted, *_KN_B[1], "© 2027 Malnad Times"])
    path = tmp_path / "CC-MAIN-20270501-00002.warc.wet.gz"
    _wet_file(path, [("https://dharwaddaily.example.in/city/bus-depot", text_a),
                     ("https://malnadtimes.example.in/farm/mango", text_b)])
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert quoted in {a.title: a for a in articles}[title].text.split("\n\n")


@pytest.mark.parametrize("byline", ["নিজস্ব প্রতিবেদক, রাজশাহী", "اسپورٹس رپورٹر", "Our Correspondent"])
def test_a_staff_byline_under_a_whole_pages_headline_stays(tmp_path: Path, byline: str) -> None:
    """A byline that names no person but the paper's reporter or desk ("Staff reporter, Rajshahi"),
    in a script where no capital tells a name: the concept lexicon's word for a reporter tells it."""
    title, body = _BYLINE_PAGES["fr"]
    text = "\n".join([f"{title} | Nouvelles", "Accueil", "Actualités", title, byline, "12/03/2027 08:10", *body,
                      "Mentions légales · Contact"])
    article = _clean_page(tmp_path, "https://nouvelles.example.fr/article/3", text)
    assert article.text.split("\n\n") == [byline, *body]


_GL_PAGE = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | Tarn Valley Post</title>"
            "<meta property=\"og:site_name\" content=\"Tarn Valley Post\"></head><body><header><a href=\"/\">Tarn Valley "
            "Post</a><nav><a href=\"/news\">News</a> <a href=\"/weather\">Weather</a></nav></header>"
            "<div class=\"page-wrap\"><div class=\"hero\"><p class=\"section-label\">Weather</p><h1>{title}</h1></div>"
            "<div class=\"byline-row\"><span class=\"author\">Ines Bauer</span> <time>2027-03-02 08:15</time></div>"
            "<section class=\"story-text\">{body}</section>"
            "<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Ferry fares rise again</a></li>"
            "<li><a href=\"/b\">New bridge opens in May</a></li></ul></aside></div></body></html>")
_GL_TITLE = "Tarn glacier lost a fifth of its ice in ten years, survey finds"
_GL_BODY = ["The Tarn glacier lost a fifth of its ice between 2014 and 2024, a survey by the regional water board found.",
            "Surveyors measured the glacier's thickness at forty stakes each September and compared the readings with "
            "aerial photographs.",
            "The board said meltwater now reaches the valley's reservoir three weeks earlier in spring than it did in "
            "the 1990s."]
_GL_CAPTION = "A surveyor checks a stake on the Tarn glacier in September. Photo: Ines Bauer"


def test_a_section_label_above_a_headline_the_extraction_left_out_goes() -> None:
    """A section's label set above the headline in the article's own box ("Weather" over the h1): the
    headline goes back under it for the title step, which takes it as the title and the label as the
    head's chrome; the story starts with its first paragraph."""
    body = "".join(f"<p>{p}</p>" for p in _GL_BODY)
    article = cleaner.clean(_GL_PAGE.format(title=_GL_TITLE, body=body), kind="html")
    assert article.title == _GL_TITLE
    assert article.text.split("\n\n") == _GL_BODY


@pytest.mark.parametrize("closing", [True, False])
def test_a_pictures_caption_beside_a_box_of_links_stays(closing: bool) -> None:
    """A figure's caption with its credit, right above an app or newsletter box of links (or closing
    the story, above the page's sidebar): the picture is the story's, the box is not."""
    figure = f"<figure><img src=\"/ice.jpg\" alt=\"\"><figcaption>{_GL_CAPTION}</figcaption></figure>"
    box = ("<aside class=\"app-box\"><p><a href=\"https://app.example/get\">Get the Tarn Valley Post app for "
           "weather warnings</a></p><p><a href=\"https://news.example/signup\">Sign up to our morning newsletter"
           "</a></p></aside>")
    paragraphs = [f"<p>{p}</p>" for p in _GL_BODY]
    body = "".join(paragraphs + [figure]) if closing else "".join(paragraphs[:2] + [figure, box] + paragraphs[2:])
    article = cleaner.clean(_GL_PAGE.format(title=_GL_TITLE, body=body), kind="html")
    expected = [*_GL_BODY, _GL_CAPTION] if closing else [*_GL_BODY[:2], _GL_CAPTION, *_GL_BODY[2:]]
    assert article.text.split("\n\n") == expected
    assert "Get the Tarn Valley Post app" not in article.text


def test_a_matchs_score_lines_under_the_standfirst_are_no_bylines_date() -> None:
    """Under a whole page's standfirst, the match's result and its quarters' scores ("84:79", "21:18,
    17:24, ...") run on into its facts past the next paragraph: scores are no clock, the lines no
    byline's date, and they stay."""
    title = "Krepšinis: Kretingos „Banga“ namuose įveikė Palangos komandą"
    standfirst = "Regiono lygos rungtynėse Kretingos „Banga“ šeštadienį namuose 88:81 nugalėjo Palangos „Kopą“."
    facts = ["Rezultatas: „Banga“ – „Kopa“ 88:81", "Kėlinių rezultatai: 22:19, 18:25, 24:17, 24:20"]
    leaders = "Rezultatyviausi: Tomas Jurgutis 24, Mindaugas Šeputis 19 (Kretinga); Rokas Budrys 21 (Palanga)."
    body = ["Lemiamą ketvirtąjį kėlinį šeimininkai pradėjo atkarpa 10:2 ir pirmavimo nebeatidavė iki pat pabaigos.",
            "„Žiūrovai mums šiandien padėjo labiausiai“, – po rungtynių sakė „Bangos“ treneris Vaidas Kalnius."]
    lines = ["Kretingos žinios", "Naujienos", "Sportas", title, standfirst, *facts, leaders, "Žiūrovų: 640", *body,
             "Dalintis", "© 2027 Kretingos žinios"]
    assert _whole_page_text(lines, f"{title} | Kretingos žinios").split("\n\n") == [standfirst, *facts, leaders,
                                                                                      "Žiūrovų: 640", *body]


def test_an_agencys_bracketed_credit_closes_a_whole_pages_story() -> None:
    """The agency's credit in brackets under the story's last paragraph ("(APA)", "(dpa/lhe)") is the
    story's line, the footer starts under it."""
    title = "Lawinengefahr im Gasteinertal auf Stufe vier gestiegen"
    body = ["Nach ergiebigen Schneefällen seit Mittwoch ist die Lawinengefahr im Gasteinertal auf Stufe vier gestiegen.",
            "Die Landesstraße nach Sportgastein bleibt bis mindestens Samstagmittag für den gesamten Verkehr gesperrt.",
            "Die Bergrettung rät dringend davon ab, die gesicherten Pisten in den nächsten Tagen zu verlassen."]
    lines = ["Pongauer Nachrichten", "Chronik", "Sport", title, *body, "(APA)", "Impressum", "Kontakt",
             "© 2027 Pongauer Nachrichten"]
    assert _whole_page_text(lines, f"{title} | Pongauer Nachrichten").split("\n\n") == [*body, "(APA)"]


def test_a_subheading_its_paragraph_repeats_is_no_pull_quote() -> None:
    """A subheading whose words the paragraph under it repeats ("Erst einmal nur nachts unterwegs" over
    "... sind die Maschinen erst einmal nur nachts unterwegs, ...") is a heading, not a pull quote
    said again: it stays."""
    title = "Hafen Wismar testet autonome Zugmaschinen auf dem Containerterminal"
    body = ["Der Hafen Wismar testet seit Montag zwei autonome Zugmaschinen auf seinem Containerterminal am Westhafen.",
            "Die Fahrzeuge bewegen Container zwischen Kaikante und Lager, ein Mitarbeiter überwacht sie aus der Leitwarte.",
            "Erst einmal nur nachts unterwegs",
            "In den ersten zwei Wochen sind die Maschinen erst einmal nur nachts unterwegs, wenn auf dem Gelände kaum "
            "Verkehr herrscht.",
            "Bewährt sich der Test, sollen bis Jahresende sechs weitere Fahrzeuge folgen."]
    lines = ["Ostseewelle", "Nachrichten", "Wirtschaft", title, *body, "Impressum", "© 2027 Ostseewelle"]
    assert _whole_page_text(lines, f"{title} | Ostseewelle").split("\n\n") == body


def test_a_headline_under_a_consent_notices_sentence_opens_the_story() -> None:
    """A consent notice's sentence above the menu, close enough to the story to chain with its run:
    the line the title echoes stands inside that run, and the story opens under it."""
    title = "Figeac : la médiathèque ouvrira le dimanche dès le mois de mars"
    body = ["La médiathèque de Figeac ouvrira ses portes le dimanche après-midi à partir du 2 mars, a annoncé la mairie.",
            "L'ouverture dominicale sera assurée par deux agents volontaires, de 14 heures à 18 heures.",
            "La ville compte ainsi attirer les familles qui ne peuvent pas venir en semaine."]
    lines = ["Aller au contenu", "Le Petit Figeacois",
             "Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés.",
             "Accepter Refuser Paramétrer", "Actualité · Lot · Figeac · Cahors · Gourdon · Sports", "S'abonner",
             "Se connecter", "Jeudi 6 février 2027 · Figeac 9 °C", "Accueil > Lot > Figeac",
             title, *body, "Mentions légales · Contact", "© Le Petit Figeacois 2027"]
    assert _whole_page_text(lines, f"{title} - Le Petit Figeacois").split("\n\n") == body


def test_a_standing_pitchs_label_goes_with_it(tmp_path: Path) -> None:
    """A paywall's pitch the site sets between its articles' paragraphs (two pages of the run), under a
    short label in its words ("Réservé aux abonnés" over "Abonnez-vous ... pour lire la suite ..."):
    the label goes with it."""
    from test_cli import _wet_file

    stories = [
        ("Gourdon : le marché couvert rouvre après huit mois de travaux",
         ["Le marché couvert de Gourdon a rouvert samedi matin après huit mois de travaux de rénovation.",
          "La charpente a été entièrement reprise et l'éclairage remplacé par des lampes à basse consommation.",
          "Une vingtaine de commerçants se sont installés dès l'ouverture, sous les yeux du maire."]),
        ("Souillac : la passerelle sur la Dordogne fermée pour inspection",
         ["La passerelle piétonne de Souillac sera fermée du 3 au 14 mars pour une inspection de ses câbles.",
          "Les piétons devront emprunter le pont routier, où un trottoir provisoire sera aménagé.",
          "Le département précise que la passerelle n'a montré aucun signe de faiblesse à ce jour."]),
    ]
    pages = []
    for k, (title, body) in enumerate(stories):
        text = "\n".join([f"{title} - La Gazette du Causse", "Accueil", "Lot", "Sports", title, *body[:2],
                          "Réservé aux abonnés", "Abonnez-vous à La Gazette du Causse pour lire la suite : 1 € le premier mois",
                          *body[2:], "Mentions légales · Contact", "© La Gazette du Causse 2027"])
        pages.append((f"https://gazetteducausse.example.fr/lot/article-{k}", text))
    path = tmp_path / "CC-MAIN-20270501-00003.warc.wet.gz"
    _wet_file(path, pages)
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    assert {a.title: a.text.split("\n\n") for a in articles} == {title: body for title, body in stories}


def test_a_network_slogan_translated_in_twice_the_words_goes() -> None:
    """The network's "SEO ... PR" entry, translated word for word into a language that spells it out
    ("... پر مبنی مواد اور پریس ریلیز کی ترسیل۔ آج ہی ..."), under the outlet's pitch and over the
    network's list: its first sentence twice a slogan's length, its last a slogan's, and it goes."""
    title = "کراچی میں نئی بس سروس کا آغاز"
    body = ["کراچی میں پیر سے شہر کے مشرقی اضلاع کے لیے نئی بس سروس کا آغاز ہو گیا ہے۔",
            "حکام کے مطابق پہلے مرحلے میں چالیس بسیں چلائی جائیں گی اور کرایہ پچاس روپے ہوگا۔"]
    text = "\n".join([f"{title} - شہر نامہ", "ہوم", "خبریں", "ٹیکنالوجی", title, *body,
                      "شہر نامہ کا روزانہ نیوز لیٹر حاصل کریں اور ہر صبح تازہ خبریں پڑھیں۔", "سبسکرائب",
                      "سرچ انجن پر مبنی مواد اور پی آر کی تقسیم۔ آج ہی نمایاں ہوں۔",
                      "پلیٹو ڈیٹا نیٹ ورک عمودی جنریٹو اے آئی۔ خود کو بااختیار بنائیں۔ یہاں رسائی حاصل کریں۔",
                      "پلیٹو اے آئی اسٹریم۔ ویب 3 انٹیلی جنس۔ علم میں اضافہ۔ یہاں رسائی حاصل کریں۔",
                      "ماخذ: پلیٹو ڈیٹا انٹیلی جنس۔", "متعلقہ پوسٹس", "© 2027 پلیٹو"])
    assert _whole_page_text(text.split("\n")[1:], text.split("\n")[0]) == "\n\n".join(body)


@pytest.mark.parametrize("dateline", ["Quetzaltenango, 14 de mayo", "पोखरा, बैशाख ७"])
def test_a_dateline_on_its_own_line_above_the_first_paragraph_stays(dateline: str) -> None:
    """The story's dateline set on a line of its own right above its first paragraph (a place and a
    day, no year, no time) is the story's; the date line of the byline's row above it is the page's."""
    title = "Xela estrena ciclovía en la avenida Las Américas"
    body = ["La municipalidad de Quetzaltenango inauguró este martes la primera ciclovía protegida de la ciudad.",
            "El carril tiene 2,4 kilómetros y conecta el parque central con el campus de la universidad.",
            "Las autoridades prevén ampliar la red hacia la zona 3 antes de que termine el año."]
    lines = ["Diario de Occidente", "Inicio", "Nacionales", "Deportes", title, "Por Ana Lucía Tzoc",
             "Publicado el 14 de mayo de 2027 a las 09:40", dateline, *body, "Contacto", "© 2027 Diario de Occidente"]
    assert _whole_page_text(lines, f"{title} | Diario de Occidente").split("\n\n") == ["Por Ana Lucía Tzoc", dateline,
                                                                                        *body]


_RAIL_BODY = ["VILNIUS — Lithuania's central bank left its reserve rate unchanged on Thursday and said inflation would "
              "return to its target by the spring.",
              "The decision was expected by all eleven economists polled by the agency last week.",
              "The bank's closing figures for the day were:",
              "OMX Vilnius 1,012.4 +0.2%", "EUR/PLN 4.2816",
              "The next rate meeting is due on March 12."]


@pytest.mark.parametrize("rows", [["OMX Vilnius 1,011.9 +0.1%", "OMX Riga 1,304 -0.3%", "Brent $81.20 +0.9%"],
                                  ["日経平均 38,912 +0.5%", "ドル円 151.32"]])
def test_figure_rows_above_the_lede_are_a_widget_and_the_storys_own_rows_stay(rows: list[str]) -> None:
    """A rail of quotes set above the story's first sentence (a label and a figure, with its change)
    is the page's widget, whatever its words; the story's own rows, under the sentence that
    announces them, stay."""
    rail = "".join(f"<li>{r}</li>" for r in rows)
    body = "".join(f"<p>{p}</p>" for p in _RAIL_BODY)
    page = ("<html><head><title>Bank of Lithuania holds rate | Baltic Ledger</title></head><body><article>"
            f"<h1>Bank of Lithuania holds rate</h1><div class=\"rail\"><ul>{rail}</ul></div>{body}</article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.text.split("\n\n") == _RAIL_BODY
    assert {r.rule for r in article.removed if r.text in rows} == {"data-rail"}


def test_a_page_of_figure_rows_alone_keeps_them() -> None:
    """Rows with no sentence under them are the page's content (a data page), not a rail over a story."""
    rows = ["OMX Vilnius 1,012.4 +0.2%", "OMX Riga 1,304 -0.3%", "OMX Tallinn 1,876 +0.4%"]
    text = "\n\n".join(["Baltic indices at the close", *rows])
    assert cleaner.clean(text, kind="text").text.split("\n\n")[-3:] == rows


def test_a_correction_note_classed_as_metadata_between_paragraphs_stays() -> None:
    """A paragraph classed as the page's metadata ("story-meta") that says something in full, a
    correction between the story's paragraphs, is the story's: class tokens are evidence to weigh."""
    note = ("Correction: an earlier version of this story gave the plant's workforce as 400. It employs 270 people, "
            "not counting seasonal staff.")
    body = ["Workers at the Halden sugar plant have been on strike for six days, halting production at the height "
            "of the beet harvest.",
            "The plant processes about 14,000 tonnes of beet a day when it runs at full capacity.",
            "Talks between the union and the cooperative that owns the plant are due to resume on Monday."]
    page = ("<html><head><title>Strike halts Halden sugar plant | Nordic Ledger</title></head><body><article>"
            "<h1>Strike halts Halden sugar plant</h1><p class=\"story-meta\">12 October 2027, 08:14</p>"
            f"<p>{body[0]}</p><p>{body[1]}</p><p class=\"story-meta\">{note}</p><p>{body[2]}</p>"
            "</article></body></html>")
    article = cleaner.clean(page, kind="html")
    assert article.text.split("\n\n") == [*body[:2], note, body[2]]


def test_a_line_score_above_the_lede_is_the_storys_box() -> None:
    """A match's line score set above its report (a figure a period: "Rockledge 14 11 6 15 — 44") is
    the story's own box, not a rail of quotes: it stays."""
    rows = ["Harbor City 14 11 6 15 — 46", "Palm Shores 18 22 13 17 — 70"]
    body = ["PALM SHORES — Jalen Ortiz scored 22 points as Palm Shores pulled away in the second quarter to beat "
            "Harbor City on Friday night.",
            "The Sharks shot 54 percent from the field and forced 19 turnovers.",
            "Palm Shores plays at Cocoa Ridge on Tuesday."]
    page = ("<html><head><title>Palm Shores rolls past Harbor City | Coast Courier</title></head><body><article>"
            "<h1>Palm Shores rolls past Harbor City</h1>" + "".join(f"<p>{r}</p>" for r in rows)
            + "".join(f"<p>{p}</p>" for p in body) + "</article></body></html>")
    assert cleaner.clean(page, kind="html").text.split("\n\n") == [*rows, *body]


def test_a_label_line_under_a_directory_of_addresses_is_the_storys_list() -> None:
    """Under the story's directory of shelters and numbers (places named in several words, each
    with its figure), one more "Label: what to do" line is the list's entry, not a link to another
    story, on a republished page too."""
    title = "Riada del Segura: cientos de vecinos pasan la noche fuera de casa"
    body = ["La crecida del río Segura obligó a desalojar el domingo más de seiscientas viviendas en Cieza y Abarán.",
            "Albergues y teléfonos útiles",
            "Polideportivo municipal de Cieza, avenida de Italia: 120 camas",
            "Colegio público San Bartolomé de Abarán: comedor abierto hasta las 22 horas",
            "Centro de coordinación de emergencias de la Región: 968 22 11 00",
            "Daños en viviendas: comunique el parte a su aseguradora antes de siete días",
            "La Confederación Hidrográfica prevé que el caudal baje a partir del martes si no vuelve a llover."]
    dump = "\n\n".join([f"{title} - Crónica del Segura",
                        f"{title} - Crónica del Segura PlatoBlockchain Inteligencia de Datos. Búsqueda vertical. Ai.",
                        *body, "Más de Crónica del Segura"])
    assert cleaner.clean(dump, kind="text").text.split("\n\n") == body


@pytest.mark.parametrize("tags", ["الوسوم: الأحساء، التمور، مهرجان، زراعة", "ኣርእስታት፡ መቐለ፣ ዕዳጋ፣ ሕርሻ፣ ቴምር"])
def test_a_tag_row_parted_by_its_scripts_own_comma_goes(tags: str) -> None:
    """A label over topics parted by the comma of the page's script (Arabic "،", Ethiopic "፣") is a
    tag row as much as one parted by Latin commas."""
    title = "مهرجان التمور في الأحساء يستقبل أكثر من مئة ألف زائر"
    body = ["استقبل مهرجان التمور في الأحساء أكثر من مئة ألف زائر خلال أيامه العشرة، بحسب ما أعلنته اللجنة المنظمة "
            "يوم الأحد.",
            "وشارك في المهرجان نحو ثلاثمئة مزارع عرضوا أكثر من أربعين صنفا من التمور المحلية.",
            "وقالت اللجنة إن المبيعات تجاوزت اثني عشر مليون ريال."]
    article = cleaner.clean("\n\n".join([title, *body, tags]), kind="text")
    assert article.text.split("\n\n") == body


_WIRE_BODY = ["La Municipalidad de Rosario habilitó este martes el nuevo muelle de cabotaje sobre el río Paraná.",
              "La obra demandó once meses y permitirá el amarre simultáneo de cuatro barcazas de hasta 90 metros.",
              "«Es la primera ampliación del puerto en veinte años», dijo el secretario de Obras Públicas, Ramiro Luque.",
              "El muelle operará las 24 horas a partir del lunes próximo."]


@pytest.mark.parametrize("dateline", ["Rosario 12 mayo (ALP) - Por: Lucía Ferreyra", "Rosario 12 mayo (ALP)",
                                      "الناصرية 12 أيار (ألب) - كتب: حيدر الكعبي"])
def test_a_dateline_with_the_agencys_slug_and_the_writers_credit_stays(dateline: str) -> None:
    """A dateline set on its own line above the first paragraph with no comma between place and day,
    the agency's slug in brackets after it and the writer's credit after a dash, is the story's."""
    title = "Rosario habilita un nuevo muelle de cabotaje sobre el Paraná"
    lines = ["Agencia Litoral de Prensa", "Inicio", "Provincias", "Economía", title, "Publicado: 12/05/2027 10:15",
             dateline, *_WIRE_BODY, "Etiquetas: Rosario, puerto, Paraná", "© 2027 Agencia Litoral de Prensa"]
    assert _whole_page_text(lines, f"{title} | Agencia Litoral de Prensa").split("\n\n") == [dateline, *_WIRE_BODY]


@pytest.mark.parametrize("credit", ["(Reporte de Lucía Ferreyra; edición de Martín Aguirre)",
                                    "(Reporting by Lucia Ferreyra in Rosario; Editing by Martin Aguirre)",
                                    "mzk/hol", "alp lf/ma", "ALP Lucía Ferreyra"])
def test_a_wires_credit_or_desk_codes_under_the_story_close_it(credit: str) -> None:
    """Under a wire story's last paragraph, the agency's credit of its reporters and editors in
    brackets, its desk's initials ("mzk/hol"), or its short name from the dateline and its editors'
    names are the story's last line; the footer starts under them."""
    title = "Rosario habilita un nuevo muelle de cabotaje sobre el Paraná"
    body = [f"ROSARIO, 12 may (ALP) – {_WIRE_BODY[0]}", *_WIRE_BODY[1:]]
    lines = ["Agencia Litoral de Prensa", "Inicio", "Provincias", "Economía", title, *body, credit,
             "Etiquetas: Rosario, puerto, Paraná", "Más noticias", "© 2027 Agencia Litoral de Prensa"]
    assert _whole_page_text(lines, f"{title} | Agencia Litoral de Prensa").split("\n\n") == [*body, credit]


@pytest.mark.parametrize(("kicker", "label"), [("Campo y Ciudad", "Campo y Ciudad – "), ("EN VIVO", "En vivo. ")])
def test_a_label_the_page_sets_above_its_headline_is_no_part_of_the_title(kicker: str, label: str) -> None:
    """A page's title that opens on a label (a programme's name, a live page's "LIVE") the page sets
    on its own line above the headline: the title is the headline, the label the page's."""
    headline = "Los productores de Pergamino adelantan la siembra de trigo por la sequía"
    body = ["Los productores del partido de Pergamino comenzaron a sembrar trigo dos semanas antes que el año pasado.",
            "La falta de lluvias en abril dejó los suelos con poca humedad y muchos prefieren no esperar más.",
            "«Si no llueve en junio, al menos la semilla ya está en la tierra», dijo el productor Hernán Ballesteros."]
    lines = ["Radio Pampa Norte", "Inicio", "Programas", "Escuchar en vivo", kicker, headline, *body,
             "Compartir", "© 2027 Radio Pampa Norte"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{label}{headline} | Radio Pampa Norte")
    assert (article.title, article.text.split("\n\n")) == (headline, body)


@pytest.mark.parametrize(("where", "byline"), [("head", "Reportaje de Hernán Ballesteros, imagen de Sofía Lanús"),
                                               ("foot", "Con nuestro corresponsal en Pergamino, Hernán Ballesteros"),
                                               ("foot", "Avec notre correspondant à Pergamino, Hernán Ballesteros")])
def test_a_writers_credit_with_the_photographers_or_the_desks_stays(where: str, byline: str) -> None:
    """The writer's byline brought by a long word ("Reportaje de ..."), the photographer's credit
    after it, stays under the headline; a correspondent's desk and name under the last paragraph
    is a byline too, no author's bio, and stays."""
    headline = "Los productores de Pergamino adelantan la siembra de trigo por la sequía"
    body = ["Los productores del partido de Pergamino comenzaron a sembrar trigo dos semanas antes que el año pasado.",
            "La falta de lluvias en abril dejó los suelos con poca humedad y muchos prefieren no esperar más.",
            "«Si no llueve en junio, al menos la semilla ya está en la tierra», dijo el productor Luis Ocampo."]
    head, foot = ([byline], []) if where == "head" else ([], [byline])
    lines = ["Radio Pampa Norte", "Inicio", "Programas", headline, *head, *body, *foot, "Etiquetas: trigo, sequía",
             "© 2027 Radio Pampa Norte"]
    assert _whole_page_text(lines, f"{headline} | Radio Pampa Norte").split("\n\n") == [*head, *body, *foot]


@pytest.mark.parametrize("poll", [
    ["Umfrage: Soll die Stadt die Fähre dauerhaft bezuschussen?", "Ja, unbedingt", "Nein, zu teuer", "Weiß nicht",
     "1.412 Stimmen"],
    ["Should the ferry run on Sundays again?", "Yes", "No", "(386 votes)"],
    ["Stelling: De veerpont moet ook op zondag varen.", "Eens", "Oneens"],
])
def test_a_readers_poll_between_the_paragraphs_goes(poll: list[str]) -> None:
    """A poll set between the story's paragraphs (a question under a short label, or over a count of
    votes, its answers of a few words each; or a statement to agree with) goes whole, in any
    language; the story's own question, answered in sentences, stays."""
    body = ["Die Rheinfähre zwischen Kaub und Engelsburg fährt seit Mai nur noch an Werktagen.",
            "Wer fragt, ob sich der Betrieb am Wochenende noch lohnt?",
            "Der Betreiber sagt, an Sonntagen hätten zuletzt kaum vierzig Autos übergesetzt. Die Gemeinde will im "
            "Herbst über einen Zuschuss beraten.",
            "Bis dahin bleibt es beim Fahrplan für Werktage."]
    text = "\n\n".join(["Die Rheinfähre fährt nur noch werktags", *body[:3], *poll, *body[3:]])
    article = cleaner.clean(text, kind="text")
    assert article.text.split("\n\n") == body


@pytest.mark.parametrize("lines", [
    ["Fonte: Infraestruturas de Portugal", "JPS // SB", "Lusa/Fim"],
    ["Zutaten: für vier Personen.", "Mehl", "Zucker"],
    ["Was bleibt offen?", "Der Preis", "Die Route", "Die Zeiten", "Der Betreiber", "Das Personal", "Die Sicherheit"],
])
def test_short_lines_under_a_label_or_a_question_are_no_poll(lines: list[str]) -> None:
    """A source credit over a wire's desk codes, a label over a list, a question over a list of six
    items or more: no poll, the lines stay."""
    body = ["Die Rheinfähre zwischen Kaub und Engelsburg fährt seit Mai nur noch an Werktagen.",
            "Der Betreiber sagt, an Sonntagen hätten zuletzt kaum vierzig Autos übergesetzt."]
    article = cleaner.clean("\n\n".join(["Die Rheinfähre fährt nur noch werktags", *body, *lines]), kind="text")
    assert article.text.split("\n\n") == [*body, *lines]


def test_a_correction_giving_a_share_in_figures_is_no_call_to_share() -> None:
    """A correction note that speaks of "this report" and a candidate's "share" with its figures is
    the story's: a call to share the article states no figure."""
    title = "Greens take Harlow West by 312 votes"
    body = ["The Green Party won the Harlow West by-election on Thursday with a majority of 312 votes.",
            "Turnout was 29.8 per cent, the lowest in the county for a decade.",
            "Correction, 5 July: an earlier version of this report gave the Labour candidate's share as 31.2%. "
            "It was 30.2%."]
    html = (f"<html><head><title>{title} | Harlow Observer</title></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in body) + "</article></body></html>")
    assert cleaner.clean(html, kind="html").text.split("\n\n") == body


@pytest.mark.parametrize("byline", ["By Tamsin Rook, Political Editor", "Von Jana Weller, Politische Korrespondentin"])
def test_a_political_editors_byline_names_no_brand(byline: str) -> None:
    """On a republished copy, a byline whose words open as the network's brand's consonants do
    ("Political", "Politische": p, l, t) keeps its place: the brand respelled opens on one sound
    "pl", never on a syllable."""
    title = "Greens take Harlow West by 312 votes"
    body = ["The Green Party won the Harlow West by-election on Thursday with a majority of 312 votes.",
            "Turnout was 29.8 per cent, the lowest in the county for a decade."]
    text = "\n\n".join([f"{title} - Harlow Observer", f"{title} - PlatoBlockchain Data Intelligence. Vertical "
                        "Search. Ai.", byline, *body, "Time Stamp:", "More from Harlow Observer"])
    assert cleaner.clean(text, kind="text").text.split("\n\n") == [byline, *body]


def test_a_recipes_items_with_their_amounts_after_them_stay_with_its_steps() -> None:
    """Thai (no full stops) writes an ingredient, then its amount and unit ("ไข่ไก่ 4 ฟอง"): those
    rows are the recipe's facts, and its numbered steps under them stay the article's."""
    title = "ไข่เจียวหมูสับ สูตรง่ายสำหรับมื้อเช้า"
    intro = ["ไข่เจียวหมูสับเป็นเมนูที่ทำง่ายที่สุดในครัว ใช้เวลาไม่ถึงสิบนาทีก็ได้กับข้าวร้อน ๆ หนึ่งจาน "
             "เด็ก ๆ ในบ้านชอบกินกับซอสพริก ส่วนผู้ใหญ่ชอบกินกับน้ำปลาพริกและแตงกวาสด ๆ",
             "เคล็ดลับของความฟูอยู่ที่การตีไข่ให้นานพอ และใช้น้ำมันร้อนจัดตอนเทไข่ลงกระทะ ถ้าน้ำมันไม่ร้อนพอ "
             "ไข่จะอมน้ำมันและไม่ฟู ควรรอจนน้ำมันเริ่มมีควันบาง ๆ ก่อนเทไข่ลงไป"]
    rows = ["สำหรับ 2 ที่", "วัตถุดิบ", "ไข่ไก่ 3 ฟอง", "หมูสับ 100 กรัม", "หอมแดง 2 หัว", "ต้นหอม 1 ต้น",
            "น้ำปลา 1 ช้อนชา", "ซีอิ๊วขาว 1 ช้อนชา", "น้ำมันพืช 4 ช้อนโต๊ะ", "วิธีทำ"]
    steps = ["1. ตีไข่กับหมูสับและน้ำปลาให้เข้ากัน ตีต่ออีกครู่จนไข่ขึ้นฟองละเอียดทั่วทั้งชาม",
             "2. ตั้งกระทะใส่น้ำมันให้ร้อนจัด เทไข่ลงไปจากที่สูงแล้วทอดจนขอบกรอบเหลือง",
             "3. กลับด้านทอดต่ออีกครู่ ตักขึ้นพักบนกระดาษซับน้ำมันแล้วเสิร์ฟกับข้าวสวยร้อน ๆ"]
    lines = ["ครัวบ้านสวน", "สูตรอาหาร", title, *intro, *rows, *steps, "© 2027 ครัวบ้านสวน"]
    assert _whole_page_text(lines, f"{title} | ครัวบ้านสวน").split("\n\n") == [*intro, *rows, *steps]


@pytest.mark.parametrize(("line", "contact"), [("Ár: 6 490 000 forinttól", False), ("Preis: 1.250.000 €", False),
                                               ("Tel: 0376 555 21 40", True), ("Call 01632 960 418", True),
                                               ("+1 212 555 0199", True)])
def test_an_amount_grouped_by_thousands_is_no_telephone_number(line: str, contact: bool) -> None:
    """A price grouped by thousands with one mark is a fact of the story's data box; a telephone
    number's groups run otherwise, and it is a contact line."""
    from cleaner.text import gives_contact

    assert gives_contact(line) is contact


def test_a_writers_byline_under_a_label_between_standfirst_and_text_is_no_link() -> None:
    """"Bài: Trần Minh Khoa" between a standfirst and the story: a label over a name is the writer's
    byline, no link to another story, and stays."""
    title = "Vì sao các tạp chí công nghệ quay lại với bản tin email"
    body = ["Mười năm trước, bản tin email bị coi là thứ lỗi thời. Giờ đây, nhiều tạp chí công nghệ lại đặt cược "
            "vào nó.",
            "Bài: Trần Minh Khoa",
            "Khi lượng truy cập từ mạng xã hội giảm mạnh trong hai năm qua, các tòa soạn nhỏ phải tìm cách giữ chân "
            "người đọc trung thành.",
            "Bản tin email thì khác. Người đọc đã tự nguyện để lại địa chỉ, và thư đến thẳng hộp thư của họ."]
    lines = ["Góc nhìn", title, *body]
    assert _whole_page_text(lines, title).split("\n\n") == body


def test_a_text_browsers_link_numbers_are_no_figures_of_a_share_row() -> None:
    """A share row a text browser dumped with its links' numbers ("Podijeli: [8]Facebook [9]X ...")
    is still a share row: the numbers count no figure."""
    title = "Most na Drini zatvoren za kamione do septembra"
    body = ["Most na Drini kod Višegrada zatvoren je od ponedjeljka za teretna vozila teža od 12 tona.",
            "Radovi na sanaciji stubova trebalo bi da budu završeni do kraja septembra, saopćila je općina."]
    text = "\n\n".join([f"{title} - Podrinjski glas", *body, "Podijeli: [8]Facebook [9]X [10]Viber [11]E-mail"])
    article = cleaner.clean(text, kind="text", url="https://podrinjskiglas.example.ba/vijesti/most-na-drini")
    assert article.text.split("\n\n") == body


@pytest.mark.parametrize("meter", ["You have read 3 of your 4 free articles this month.",
                                   "Sie haben 2 von 3 kostenlosen Artikeln in diesem Monat gelesen.",
                                   "Vous avez lu 4 de vos 5 articles gratuits ce mois-ci."])
def test_a_paywalls_meter_of_articles_read_goes(meter: str) -> None:
    """A metered paywall's count (two small numbers, one of the other, about free articles read) under
    the story goes, in any language; a story's sentence with two counts stays."""
    title = "Harlow West: the count that took all night"
    body = ["The count at the Corn Exchange ran almost two hours late after a recount in two wards.",
            "Only 3 of the 11 wards reported before midnight, officials said."]
    html = (f"<html><head><title>{title} | Harlow Observer</title></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in body) + f"<div class='meter'><p>{meter}</p></div></article></body></html>")
    assert cleaner.clean(html, kind="html").text.split("\n\n") == body


@pytest.mark.parametrize(("menu", "labels"), [("Felietony", ["Felietony", "Co tydzień w piątek"]),
                                              ("Tribunes", ["Tribunes & débats", "Point de vue"]),
                                              ("社説・論説", ["社説・論説"])])
def test_a_section_label_under_the_headline_naming_a_menu_entry_goes(menu: str, labels: list[str]) -> None:
    """Short lines at the head of an article's body, above its first paragraph, one of them an entry
    of the site's menu (or opening on one), are the section's label; the writer's byline under them
    stays."""
    title = "Sesja rady: budżet przyjęty po siedmiu godzinach"
    body = ["Pisze: Anna Kowalczyk",
            "Radni obradowali od dziesiątej rano do piątej po południu, zanim przyjęli budżet miasta na przyszły rok.",
            "Za głosowało piętnastu radnych, przeciw było sześciu, a dwóch wstrzymało się od głosu."]
    html = (f"<html><head><title>{title} | Głos Znad Bugu</title></head><body><header><nav><ul>"
            f"<li><a href='/1'>Wiadomości</a></li><li><a href='/2'>{menu}</a></li><li><a href='/3'>Sport</a></li>"
            f"</ul></nav></header><article><h1>{title}</h1><div class='gbn-copy'><div class='gbn-top-note'>"
            + "".join(f"<p>{label}</p>" for label in labels) + "</div>"
            + "".join(f"<p>{p}</p>" for p in body) + "</div></article></body></html>")
    assert cleaner.clean(html, kind="html").text.split("\n\n") == body


def test_a_results_row_under_a_place_is_no_link_on_a_republished_page() -> None:
    """On a republished copy, a results row under a place's label ("Πάρος: Αντώνης Λεμπέσης 53,6 % –
    Σοφία Χανιώτη 46,4 %") gives the story's shares, not another story's headline: it stays."""
    title = "Ανατροπή στη Σύρο στον δεύτερο γύρο"
    lede = ("Με ανατροπή έκλεισε η βραδιά του δεύτερου γύρου των δημοτικών εκλογών στις Κυκλάδες, όπου ο "
            "επικεφαλής της παράταξης «Σύρος Μπροστά» επικράτησε με διαφορά μόλις 214 ψήφων.")
    rows = ["Σύρος-Ερμούπολη: Νίκος Δαμίγος 50,9 % – Στέλιος Ραφαηλάκης 49,1 %",
            "Νάξος και Μικρές Κυκλάδες: Μαρία Κουκουλάκη 57,3 % – Γιώργος Φραγκίσκος 42,7 %",
            "Πάρος: Αντώνης Λεμπέσης 53,6 % – Σοφία Χανιώτη 46,4 %"]
    last = ("Η συμμετοχή στη Σύρο έπεσε στο 48,2 %, έναντι 61 % στον πρώτο γύρο.</p><p>Ο απερχόμενος δήμαρχος "
            "αναγνώρισε την ήττα του και ευχήθηκε «καλή δύναμη» στον διάδοχό του.")
    spam = "Αιγαιοπελαγίτης PlatoBlockchain Data Intelligence. Κάθετη Αναζήτηση. Αι."
    html = (f"<html><head><title>{title} - {spam}</title></head><body><article><h1>{title} - {spam}</h1>"
            f"<div class='entry-content'><p>{lede}</p><h2>Τα αποτελέσματα</h2><ul>"
            + "".join(f"<li>{row}</li>" for row in rows) + f"</ul><p>{last}</p></div></article></body></html>")
    article = cleaner.clean(html, kind="html", url="https://zephyrnet.com/el/anatropi-sti-syro/")
    assert article.text.split("\n\n") == [lede, "Τα αποτελέσματα", *rows, *last.split("</p><p>")]


def test_a_japanese_titles_unspaced_colon_parts_it_from_the_sites_name() -> None:
    """"社説　...：潮見日報" in ``<title>`` over the same title alone in ``og:title``: the colon, written
    with no space after a Japanese title, parts the site's name off."""
    title = "社説　市議会の政務活動費　領収書は全て公開を"
    body = ["市議会の政務活動費をめぐり、領収書の一部が公開されていないことが分かった。",
            "市民の信頼を得るには、全ての領収書をネットで公開するほかない。"]
    html = (f"<html><head><title>{title}：湊日報</title><meta property='og:title' content='{title}'></head>"
            f"<body><article><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in body) + "</article></body></html>")
    assert cleaner.clean(html, kind="html").title == title


@pytest.mark.parametrize(("box", "sites"), [
    ("<h3>Support the Gazette</h3><p>Local reporting costs money. If you value stories like this one, please "
     "consider a monthly contribution to the Harlow Gazette.</p><p>Support us from £3</p>", True),
    ("<h3>Write to us</h3><p>Letters should be under 250 words and include your full postal address; send them "
     "to letters@harlowgazette.example.</p>", True),
    ("<h2>How we reported this</h2><p>We read the council's minutes for the last six years and spoke to eleven "
     "former councillors, four of whom asked not to be named.</p><p>Research: Priya Nair.</p>", False),
])
def test_a_box_under_the_story_speaking_for_the_site_goes(box: str, sites: bool) -> None:
    """An ``aside`` under the story's last paragraph, only boxes below it: the site's when it gives
    an address to write to or closes on a button's words; the story's own box (how it was reported)
    closes on a credit and stays."""
    title = "Harlow's last lido keeps its summer hours"
    body = ["Harlow's last open-air pool will keep its summer opening hours after councillors voted to fund "
            "two more lifeguards on Thursday night.",
            "The pool, which opened in 1936, draws about 40,000 swimmers a season and has never closed a summer."]
    html = (f"<html><head><title>{title} | Harlow Gazette</title></head><body><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in body) + f"<aside class='box'>{box}</aside>"
            + "<aside class='more'><h3>Family notices</h3><p>Births, marriages and deaths from across the district, "
            "placed by readers every week in print and online.</p><p>Place a notice</p></aside>"
            "</article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert text.startswith("\n\n".join(body))
    assert ("We read the council's minutes" in text) is not sites
    assert "Local reporting costs money" not in text and "letters@" not in text and "Births, marriages" not in text


@pytest.mark.parametrize(("line", "goes"), [("Leserwertung: 4,1 von 5 Sternen (212 Stimmen)", True),
                                           ("Note des lecteurs : 4,6/5 (87 avis)", True),
                                           ("Il giudizio dei lettori: 3,8 su 5 (96 voti)", True),
                                           ("Pagella: comoda e spaziosa. Voto 7,5/10", False),
                                           ("be quiet! Pure Power 12 M 650W (82 euro)", False)])
def test_the_readers_average_with_its_count_of_raters_goes(line: str, goes: bool) -> None:
    """A score out of a rating scale with, in brackets at the end, how many rated is the readers'
    widget; the review's own verdict counts nobody, and a product's name with figures is no score."""
    body = ["Die Auralis Q7 klingen warm und räumlich, die Geräuschunterdrückung schluckt Bahnlärm fast vollständig.",
            "Schwächen zeigen sie beim Telefonieren im Wind und bei der Akkulaufzeit mit aktivem ANC."]
    text = "\n\n".join(["Auralis Q7 im Test: leise Bahn, laute Bässe", *body, line,
                        "Fazit: ein sehr guter Kopfhörer für Pendler."])
    kept = cleaner.clean(text, kind="text").text.split("\n\n")
    assert (line not in kept) is goes and kept[:2] == body and kept[-1] == "Fazit: ein sehr guter Kopfhörer für Pendler."


def test_a_data_boxs_fact_under_a_longer_label_keeps_the_box_whole() -> None:
    """A car test's data box under the story: a fact under a label of five words over a figure
    ("Consumo rilevato nella nostra prova: 6,4 l/100 km") is one of its rows, and the rows under it
    (price, verdict) stay with it."""
    title = "Alvera Sette, la prova: la SUV compatta che non vuole stupire"
    body = ["Abbiamo guidato la Alvera Sette per una settimana tra Milano e il Passo del Tonale.",
            "Il quattro cilindri turbo spinge in modo regolare, senza il buco ai bassi dei motori più piccoli, e "
            "in autostrada resta silenzioso anche a 130 all'ora."]
    box = ["Scheda tecnica", "Motore: 4 cilindri turbo benzina, 1.498 cc", "Potenza: 150 CV a 5.500 giri/min",
           "Consumo rilevato nella nostra prova: 6,4 l/100 km", "Prezzo: da 31.900 euro",
           "Pagella: comoda, sobria e spaziosa, con un cambio da rivedere. Voto 7,5/10"]
    lines = ["Curva Stretta", "Prove", "Novità", title, *body, *box, "Tag: Alvera · SUV compatti · benzina · prove su strada",
             "Condividi: Facebook · X", "Potrebbe interessarti anche", "Le 10 SUV compatte più vendute ad aprile",
             "© 2027 Edizioni Motorama S.r.l. Tutti i diritti riservati."]
    assert _whole_page_text(lines, f"{title} - Curva Stretta").split("\n\n") == [*body, *box]


def test_a_korean_staff_byline_with_the_photographers_credit_stays() -> None:
    """"글·사진 윤서진 기자" (text and photos, reporter Yun Seo-jin) under the standfirst is the story's
    byline: the reporter's word with the pictures' credit, in a script without capitals."""
    title = "라온 워치 5 리뷰: 배터리 9일, 수면 측정은 아직 숙제"
    body = ["국내 스타트업 라온이 만든 스마트워치 5세대 제품을 2주 동안 차고 다녔다. 한 번 충전으로 9일을 버티는 배터리는 인상적이지만 "
            "수면 측정은 아직 아쉽다.",
            "글·사진 윤서진 기자",
            "라온 워치 5의 첫인상은 가볍다는 것이다. 알루미늄 케이스에 실리콘 밴드를 끼운 무게가 38그램으로, 전작보다 6그램 줄었다.",
            "제조사는 일반 사용 기준 10일을 내세운다. 기자가 알림을 켜고 하루 40분 운동을 기록하며 사용했을 때 9일 3시간 만에 "
            "전원이 꺼졌다."]
    stamp = "입력 2027.05.17 09:30 | 수정 2027.05.18 14:02"
    lines = ["손끝테크", "리뷰 뉴스 비교", "홈 > 리뷰 > 웨어러블", title, *body[:2], stamp, *body[2:],
             "ⓒ 손끝테크 무단 전재 및 재배포 금지"]
    assert _whole_page_text(lines, f"{title} | 손끝테크").split("\n\n") == body


def test_a_breadcrumbs_section_names_no_author_for_a_bio() -> None:
    """"Главная / Физика / Статьи" above the story names no author: a closing note saying "статьи" (of
    the article) is the story's correction, not the author's bio, and stays."""
    title = "Почему лёд скользкий: спор, который длится 170 лет"
    body = ["Каждый школьник знает ответ: под коньком лёд тает от давления. Ответ неверный, и физики спорят о нём "
            "с середины XIX века.",
            "В 1850 году Майкл Фарадей провёл простой опыт: прижал друг к другу два куска льда, и они смёрзлись "
            "даже при температуре чуть выше нуля.",
            "Сегодня большинство физиков возвращаются к идее Фарадея: молекулы на поверхности льда подвижнее, чем "
            "внутри кристалла.",
            "Обновлено 20 мая: в первой версии статьи опыт Фарадея был ошибочно датирован 1842 годом."]
    lines = ["Научный полдень", "Физика Химия Биология", "Главная / Физика / Статьи", title, *body,
             "Теги: лёд, трение, физика", "© 2027 АНО «Научный полдень»"]
    assert _whole_page_text(lines, f"{title} | Научный полдень").split("\n\n") == body


def test_a_widgets_row_of_results_under_the_story_is_no_paragraph() -> None:
    """A long row of short items parted by "·" (another league's results under the story, with the
    tag and share rows above it) is a widget's row, however many words it holds: the story ends on
    its last paragraph, not on the row."""
    title = "Flood barrier on the Wensum finished two months early"
    body = ["NORWICH – The new flood barrier on the River Wensum at Hellesdon was finished on Friday, two months "
            "ahead of the date the Environment Agency had given residents last spring.",
            "The barrier, a steel gate that swings shut across the river when levels rise, protects 340 homes "
            "and the mill yard that flooded three times in the past ten years.",
            "\u201cWe have lived with sandbags at the door every winter. This is the first year we can put them "
            "away,\u201d said Margaret Ashby, who chairs the residents' group.",
            "The riverside path reopens on Monday."]
    tail = ["Topics: Hellesdon · Flooding · River Wensum",
            "Share this story: Facebook · X · WhatsApp",
            "Join our WhatsApp channel for daily local news",
            "Results: Norwich Lads 2-1 Dereham Town · Wymondham 0-0 Fakenham · Cromer United 3-2 Holt Rovers "
            "· Aylsham 1-4 Diss Town",
            "Most read", "Bus fares rise by 20p on Norwich park-and-ride routes",
            "© 2027 Wensum Valley Radio. All rights reserved."]
    lines = ["Skip to content", "Wensum Valley Radio", "Home | News | Sport | Weather | Listen", title,
             "By Tom Hadley", *body, *tail]
    assert _whole_page_text(lines, f"{title} | Wensum Valley Radio").split("\n\n") == ["By Tom Hadley", *body]


@pytest.mark.parametrize("caption", [
    "Vindimadores na encosta de Favaios ao fim da tarde. (Foto: Ana Luísa Mourão / Gazeta do Pinhão)",
    "Trabajadores descargan cajas de naranja en el puerto. (Foto: Jorge Albiol / Diario de la Ribera Alta)"])
def test_a_caption_credit_naming_photographer_and_paper_is_a_caption(caption: str) -> None:
    """A picture's credit may name the photographer and the paper, each a few words, parted by a
    slash: the caption with it is the story's."""
    assert captioned(caption)


@pytest.mark.parametrize(("line", "byline"), [("NguNomsa Mbeki", True), ("NguSifiso Ntuli Zulu", True),
                                              ("Ngumhla wesibini", False), ("NgoLwesibili", False)])
def test_a_byline_whose_lead_word_is_glued_to_the_name_is_a_byline(line: str, byline: bool) -> None:
    """Nguni languages glue the word bringing the writer's name to it ("NguNomsa Mbeki", "by Nomsa
    Mbeki"): the line is a byline; a capitalised place of two words is none."""
    assert name_byline(line) is byline


def test_a_match_reports_scorers_on_their_minutes_stay_between_its_paragraphs() -> None:
    """Under the result, "Målskyttar: ..." lists the scorers with their minutes: the story's facts, not
    a link to another story."""
    title = "Kalmar Södra vände och vann derbyt"
    body = ["KALMAR – Kalmar Södra låg under i paus men vände till seger mot Nybro Östra inför 1 840 åskådare "
            "på Guldfågeln Arena på lördagen.",
            "Kalmar Södra–Nybro Östra 3–1",
            "Målskyttar: Oskar Lindqvist 52', 77', Emil Sandberg 64' – Hampus Ek 31'",
            "Nybro tog ledningen när Hampus Ek nickade in en hörna efter drygt halvtimmen, och hemmalaget hade "
            "svårt att skapa chanser före paus.",
            "Efter en dubbel byteskvadrant i början av andra halvlek vände matchen helt, och Lindqvist avgjorde "
            "med sitt andra mål en kvart före slutet."]
    lines = ["Hoppa till innehåll", "Radio Kalmarsund", "Nyheter | Sport | Väder", title, "Av Lina Berg", *body,
             "Taggar: Fotboll · Kalmar Södra · Nybro Östra · Division 2", "Dela: Facebook · X · E-post", "© 2027 Radio Kalmarsund AB"]
    assert _whole_page_text(lines, f"{title} | Radio Kalmarsund").split("\n\n") == ["Av Lina Berg", *body]


@pytest.mark.parametrize(("dateline", "foot"), [
    ("Kaolack, 3 juin 2027 (APS) – ", ["Source : Direction régionale du développement rural", "Agence de presse sénégalaise"]),
    ("Tamale, June 3, GNA – ", ["Source: Northern Regional Health Directorate", "— GNA"]),
    ("Ilorin, June 3, 2027 (NAN) ", ["Source: Kwara State Ministry of Water Resources", "(NAN)"])])
def test_a_wire_storys_sourcing_line_and_agency_credit_close_it(dateline: str, foot: list[str]) -> None:
    """Under a wire story the line naming its sources and the agency's credit (in brackets, after a
    dash, or its name written out that the dateline gives in short) are the story's last lines."""
    title = "Irrigation scheme opens to 600 farmers"
    body = [f"{dateline}An irrigation scheme built with funds from the regional government opened on Tuesday to "
            "600 farmers who had relied on the rains alone.",
            "The scheme draws water from the river through 14 kilometres of canals and can water 900 hectares "
            "in the dry season, officials said.",
            "Farmers will pay a yearly fee for the water, to be set after the first harvest."]
    lines = ["News", "Agriculture", title, *body, *foot]
    assert _whole_page_text(lines, title).split("\n\n") == [*body, *foot]


@pytest.mark.parametrize(("heading", "rows"), [
    ("Namaz vakitleri bu hafta", ["Pzt · İmsak 03.40 · Öğle 13.05 · İkindi 17.01 · Akşam 20.41",
                                  "Sal · İmsak 03.39 · Öğle 13.05 · İkindi 17.01 · Akşam 20.42",
                                  "Çar · İmsak 03.38 · Öğle 13.05 · İkindi 17.02 · Akşam 20.43"]),
    ("Tide times at Porthgwarra this week", ["Mon | High 05:12 | Low 11:31 | High 17:40 | Low 23:52",
                                             "Tue | High 05:58 | Low 12:15 | High 18:22 | Low 00:36"])])
def test_a_timetable_widget_under_the_story_goes_and_the_storys_own_times_stay(heading: str, rows: list[str]) -> None:
    """A heading over rows of several figures each, their parts set apart by a row mark, under the
    story's last paragraph: the site's timetable of the week, whatever the story (``figure-grid``).
    The story's own times, one entry a line under the sentence announcing them, stay."""
    body = ["The lifeboat station at Porthgwarra reopens on Saturday after a year of repairs to its slipway, "
            "which storms in the winter of 2025 had cracked in three places.",
            "The day's programme:",
            "10:00 Blessing of the new slipway",
            "11:30 Launch of the inshore lifeboat",
            "The station's volunteers will serve tea and cake in the boathouse all afternoon, and donations "
            "will go to the repair fund."]
    article = cleaner.clean("\n\n".join(["Porthgwarra lifeboat station reopens after slipway repairs", *body,
                                          heading, *rows]))
    assert article.text.split("\n\n") == body
    assert {r.rule for r in article.removed} >= {"figure-grid"}


def _story_with_box(title: str, body: list[str], box: str, *, at: int, tag: str = "div", head: str = "") -> str:
    """An HTML article of ``body``'s paragraphs with ``box`` (a ``tag`` element) set before paragraph ``at``."""
    parts = [f"<p>{p}</p>" for p in body]
    parts.insert(at, f"<{tag} class='box'>{box}</{tag}>")
    return (f"<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1><div class='text'>"
            + "".join(parts) + "</div></article></body></html>")


def test_a_storys_table_under_its_column_names_is_no_timetable_widget() -> None:
    """Rows of figures parted by "|" under a row of column names are the story's own table: the
    figure-grid rule takes a widget's heading, never a table's head row."""
    body = ["Salmon prices rose for the third week running as exporters struggled to fill orders from Asia "
            "after a slow start to the summer harvest.",
            "Weight class | This week | Last week | Change",
            "3-4 kg | 72.60 kr | 69.80 kr | +4.0 %",
            "4-5 kg | 76.70 kr | 73.50 kr | +4.4 %",
            "5-6 kg | 81.40 kr | 77.90 kr | +4.5 %"]
    article = cleaner.clean("\n\n".join(["Salmon prices rise for a third week", *body]))
    assert article.text.split("\n\n") == body


def test_the_storys_closing_picture_over_kept_share_buttons_stays() -> None:
    """A captioned picture under the last paragraph, with only the share buttons below it, is the
    story's closing picture, not a gap to leave out."""
    title = "Le dernier moulin du Lot tourne à nouveau"
    body = ["Après six ans d'arrêt, le moulin de Cabrerets a de nouveau moulu du blé samedi, devant plus de deux "
            "cents visiteurs venus de toute la vallée.",
            "L'association des amis du moulin a financé la réparation de la roue grâce à une souscription qui a "
            "réuni 38 000 euros en deux ans.",
            "La farine sera vendue chaque premier dimanche du mois au marché du village."]
    caption = "La roue du moulin, restaurée par un charpentier de Figeac. Photo Le Courrier / Anne Vidal"
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><div class='corps'>"
            + "".join(f"<p>{p}</p>" for p in body)
            + f"<figure><img src='https://photos.example/moulin.jpg'><figcaption>{caption}</figcaption></figure>"
            "<div class='partage'><ul><li>Partager</li><li>Envoyer par e-mail</li></ul></div>"
            "</div></article></body></html>")
    assert caption in cleaner.clean(html, kind="html").text.split("\n\n")


@pytest.mark.parametrize(("box", "widget"), [
    ("<h4>Verkehrslage live</h4><ul><li>B 27 Nordring – Altstadt: 8 Min. Verzögerung</li>"
     "<li>Brückenstraße: Baustelle, einspurig</li><li>Stand: 16:40 Uhr</li></ul>", True),
    ("<h3>Hotels in Lagos</h3><p>Pensões no centro desde 42 €</p><p>Hotéis junto à praia desde 71 €</p>"
     "<p>Preços consultados a 4 de abril de 2025</p>", True),
    ("<h4>Verkehr aktuell</h4><ul><li>Nordring: freie Fahrt</li><li>Altstadttunnel: gesperrt</li>"
     "<li>Aktualisiert vor 4 Minuten</li></ul>", True),
    ("<h4>Linienstatus</h4><ul><li>Linie 3: planmäßig</li><li>Linie 7: Umleitung</li>"
     "<li>Stand 16:40 Uhr</li></ul>", True),
    ("<h4>Chronik</h4><ul><li>März 2019: Der Gemeinderat beschließt die Planung</li>"
     "<li>Juli 2021: Baubeginn am Nordring</li><li>Mai 2025: Eröffnung der Brücke</li></ul>", False),
    ("<h4>Technische Daten</h4><ul><li>Länge: 212 Meter</li><li>Breite: 14,5 Meter</li>"
     "<li>Kosten: 31 Millionen Euro</li></ul>", False),
    ("<h4>Eröffnungsfest</h4><ul><li>Sa 10:30 Bürgermeisterin Eva Roth schneidet das Band durch</li>"
     "<li>Sa 11:00 Stadtkapelle auf der Brücke</li><li>Sa 14:00 Brückenlauf für Kinder</li></ul>", False),
    ("<h4>Brückenmuseum</h4><ul><li>Eintritt: 4 Euro, Kinder frei</li>"
     "<li>Geöffnet: Di–So 10:00–17:00</li></ul>", False)])
def test_a_box_of_the_sites_data_with_the_stamp_of_its_reading_goes(box: str, widget: bool) -> None:
    """A box of rows of figures closed by a stamp of when the data was read (a clock time; a day with
    its year under rows that date nothing) is the site's live widget (``dom-data-widget``); the story's
    timeline, each entry dated, and its box of facts stay."""
    title = "Neue Nordbrücke für den Verkehr freigegeben"
    body = ["Nach sechs Jahren Planung und vier Jahren Bauzeit ist die neue Nordbrücke über den Neckar am "
            "Montagmorgen für den Verkehr freigegeben worden.",
            "Die Stadt rechnet damit, dass täglich rund 24.000 Fahrzeuge die Brücke nutzen und die Altstadt vom "
            "Durchgangsverkehr entlastet wird.",
            "Radfahrer bekommen auf beiden Seiten einen eigenen, drei Meter breiten Weg."]
    article = cleaner.clean(_story_with_box(title, body, box, at=2), kind="html")
    assert article.text.startswith(body[0]) and article.text.endswith(body[2])
    assert ("dom-data-widget" in {r.rule for r in article.removed}) is widget


@pytest.mark.parametrize(("box", "own"), [
    ("<h3>Seen something?</h3><p>Email our newsroom at news@harbourtimes.example or call 01632 960 245.</p>", True),
    ("<h3>Witness appeal</h3><p>Police ask anyone with dashcam footage to email "
     "appeals@northshire.police.example quoting incident 412.</p>", False)])
def test_a_box_giving_the_sites_own_address_goes_between_paragraphs(box: str, own: bool) -> None:
    """An aside between the paragraphs that gives an e-mail address at the page's own domain is the
    site asking for tips; the police's appeal box, at their own address, is the story's."""
    title = "Man injured in harbour robbery"
    body = ["A 52-year-old man was punched and robbed of his phone and wallet on the harbour wall late on "
            "Saturday, police said.",
            "He was taken to hospital with a broken wrist and is expected to make a full recovery, officers said.",
            "Detectives believe the two men involved had followed him from a bar on Quay Street."]
    html = _story_with_box(title, body, box, at=2, tag="aside",
                           head="<link rel='canonical' href='https://www.harbourtimes.example/news/robbery'>")
    text = cleaner.clean(html, kind="html").text
    assert text.startswith(body[0]) and text.endswith(body[2])
    assert ("@" in text) is not own


def test_a_link_to_a_headline_that_ends_on_a_full_stop_is_a_link(tmp_path: Path) -> None:
    """A headline of the run may itself end on a full stop ("... do jeseni 2026."): under a link's
    label, said word for word, it is still a link to that story; alone on its line it could be the
    story's sentence and stays."""
    from test_cli import _wet_file

    other = ("Dharwad mango growers expect a late but heavy harvest this summer.", _KN_B[1])

    def page(own: tuple[str, list[str]], link: str | None) -> str:
        title, body = own
        return "\n".join([f"{title} | Dharwad Daily", "Home", "City", "Sport", "Business", title, *body[:2],
                          *([f"Also read: {link}"] if link else []), *body[2:], "About us · Contact · Privacy",
                          "© 2027 Dharwad Daily"])

    path = tmp_path / "CC-MAIN-20270501-00002.warc.wet.gz"
    _wet_file(path, [("https://dharwaddaily.example.in/city/bus-depot", page(_KN_A, other[0])),
                     ("https://dharwaddaily.example.in/business/mango", page(other, None))])
    articles: list[cleaner.Article] = []
    cleaner.run([str(path)], cleaner.Options(), write=articles.append, reject=lambda r: None)
    by_title = {a.title.rstrip("."): a for a in articles}
    assert by_title[_KN_A[0]].text.split("\n\n") == _KN_A[1]


def test_a_subheading_over_a_sentence_announcing_the_storys_list_keeps_the_story_whole() -> None:
    """Under a link to another story, a subheading ("What the court found") over the sentence
    announcing the story's list, then its short entries: the story goes on below them."""
    title = "Winemaker given suspended sentence for watering down his wine"
    body = ["EGER – A winemaker from the Mátra hills was given a two-year suspended sentence on Thursday for selling "
            "more than forty thousand litres of sugared and watered wine to restaurants.",
            "The court heard that isotope tests by the food safety office had shown the wine held far more added "
            "sugar than the law allows to correct a poor vintage.",
            "What did the court find?",
            "The court found the defendant guilty of the following:",
            "counterfeiting a product, repeatedly",
            "misleading consumers",
            "breaking the rules of the wine register",
            "The defence had asked for an acquittal, arguing that part of the sugar was a lawful correction of the "
            "must; the court did not accept this after hearing the expert.",
            "The prosecutor asked for three days to consider an appeal; the defendant appealed for an acquittal."]
    lines = ["Skip to content", "Matra Chronicle", "News | Eger | Business | Sport", title,
             "By Eszter Szabo", "Published: 14 June 2027 10:24", *body[:2],
             "Read also: Promotion at last for Matra handball side after a full house", *body[2:],
             "Tags: wine · court · food safety", "Share: Facebook · X", "© 2027 Matra Chronicle"]
    assert _whole_page_text(lines, f"{title} | Matra Chronicle").split("\n\n") == ["By Eszter Szabo", *body]


def test_a_row_of_labelled_values_is_no_paragraph() -> None:
    """"Published: <date> · Reading time: 4 min." ends on a full stop but is a row of labelled
    values: the story's head line, not its first paragraph."""
    title = "Daugailių mokykla taps gimnazijos skyriumi"
    body = ["Mokykloje liko 37 mokiniai, savivaldybė žada mokyklinį autobusą.",
            "UTENA. Utenos rajono savivaldybės taryba trečiadienį nusprendė reorganizuoti Daugailių pagrindinę "
            "mokyklą: nuo rugsėjo ji taps gimnazijos skyriumi.",
            "Tėvai surinko daugiau kaip du šimtus parašų, tačiau tarybos sprendimo jie nesustabdė.",
            "Sprendimas įsigalios rugsėjo 1 dieną."]
    lines = ["Pereiti prie turinio", "Utenos vėjas", "Naujienos | Savivalda | Sportas", title, body[0],
             "Paskelbta: 2025-06-18 16:40 · Skaitymo laikas: 4 min.", *body[1:], "© 2025 Utenos vėjas"]
    assert _whole_page_text(lines, f"{title} | Utenos vėjas").split("\n\n") == body


def test_a_key_figures_box_of_shares_under_the_story_stays() -> None:
    """Under the last paragraph, a "key figures" heading over figures with their shares ("58 % ...")
    and the box's source, then a closing sentence: the story's, down to that sentence."""
    title = "Jelgava opens Latvia's first textile sorting plant"
    body = ["JELGAVA — Latvia's first industrial plant for sorting used textiles opened in Jelgava on Thursday, "
            "half a year after EU rules made separate collection of old clothes compulsory.",
            "Workers sort the clothes by hand into about sixty categories, from wearable coats to rags for industry.",
            "Key figures",
            "40 tonnes of textiles sorted every week",
            "58 % goes on to be worn again as clothing",
            "23 new jobs",
            "Source: Jelgava municipality, Zemgales Aprite",
            "A second plant is planned in Latgale for 2026."]
    lines = ["PlatoESG", "Home", "Waste", title, "5 June 2025", *body, "Related posts",
             "Latvian solar parks reach record output", "© Copyright 2025 PlatoESG"]
    assert _whole_page_text(lines, title).split("\n\n") == body


@pytest.mark.parametrize("byline", ["Text a foto: Zuzana Mikulášová", "Tekst i zdjęcia: Tomasz Lipski",
                                    "Texte et photos : Lucie Marchadier"])
def test_a_credit_for_text_and_pictures_is_a_byline(byline: str) -> None:
    """A label joining the text and the pictures ("Text a foto:") over a name credits the writer: a
    byline, not a picture's credit."""
    assert name_byline(byline)
    title = "Salašníci pod Chočom začali sezónu"
    body = ["Na salaši v Lúčkach vyhnali ovce na pašu o týždeň neskôr ako vlani.",
            "LIPTOVSKÝ MIKULÁŠ. Salaše pod Veľkým Chočom otvorili sezónu a návštevníci si už môžu kúpiť prvú "
            "letnú bryndzu za trinásť eur za kilogram.",
            "Bača Ján Hlinka hovorí, že zdraženie spôsobil aj nedostatok ľudí, ktorí chcú pri ovciach robiť.",
            "Salaš je otvorený denne od ôsmej rána."]
    lines = ["Preskočiť na obsah", "Liptovské noviny", "Správy | Región | Šport", title, body[0], byline,
             "Publikované: 20. 6. 2025, 8:10", *body[1:], "© 2025 Liptovské noviny"]
    assert _whole_page_text(lines, f"{title} | Liptovské noviny").split("\n\n") == [body[0], byline, *body[1:]]


def test_a_label_over_a_dated_day_between_paragraphs_is_the_storys_fact() -> None:
    """"Kuupäev kapsli kaanel: 14. juuni 1911" (the date on the capsule's lid) between paragraphs
    states a fact of the story: a day written with an ordinal dot is a figure, not a headline's word."""
    title = "Viljandi veetorni müürist leiti ajakapsel"
    body = ["VILJANDI. Viljandi vana veetorni renoveerimistöödel leidsid töömehed eelmisel nädalal müüritisest "
            "väikese tsinkkarbi, mille ehitajad olid sinna peitnud.",
            "Karbi kaanele oli kraabitud kuupäev ja kaks initsiaali.",
            "Kuupäev kapsli kaanel: 14. juuni 1911",
            "Kapslist leiti:",
            "ajaleht «Sakala» 1911. aasta juunist",
            "veetorni ehitajate nimekiri, kokku 17 nime",
            "kolm münti",
            "Muuseumi teadur ütles, et initsiaalid kuuluvad tõenäoliselt tollasele ehitusmeistrile.",
            "Kapsli sisu näeb sügisel muuseumi näitusel."]
    lines = ["Jäta vahele", "Sakala Kaja", "Uudised | Kultuur | Sport", title, *body, "© 2025 Sakala Kaja"]
    assert _whole_page_text(lines, f"{title} | Sakala Kaja").split("\n\n") == body


@pytest.mark.parametrize(("line", "figured"), [("Kuupäev kapsli kaanel: 14. juuni 1911", True),
                                              ("Datum auf dem Deckel: 3. März 1902", True),
                                              ("Lesetipp: 5G-Ausbau kommt nur langsam voran", False)])
def test_a_labels_value_opening_on_a_dated_day_is_a_figured_fact(line: str, figured: bool) -> None:
    """A day written with an ordinal dot ("14. juuni") opens the label's value on a figure: the
    story's fact, not a link's headline; "5G" opens no figure."""
    from cleaner.strip.edges import _figured_value

    assert _figured_value(line) is figured


@pytest.mark.parametrize(("box", "notice"), [
    ("<h3>Avertissement</h3><p>Toute personne mise en cause est présumée innocente tant qu'elle n'a pas été "
     "définitivement condamnée. La rédaction rend compte des procès dans le respect de la charte de déontologie.</p>",
     True),
    ("<h3>So haben wir recherchiert</h3><p>Die Redaktion hat 1.400 Seiten Gerichtsakten gelesen und mit elf "
     "früheren Mietern gesprochen.</p>", False)])
def test_the_sites_notice_of_its_standards_between_paragraphs_goes(box: str, notice: bool) -> None:
    """A short box under its heading in which the site speaks of itself and of its standards (its
    notice on court reporting) is the site's, between the paragraphs too (``dom-site-notice``); the
    box telling how the story was reported names no standards and stays."""
    title = "Procès de l'incendie de la rue des Tanneurs : la voisine maintient son témoignage"
    body = ["Au troisième jour du procès, la principale témoin a maintenu devant la cour d'assises qu'elle avait "
            "reconnu l'accusé dans la cour de l'immeuble quelques minutes avant le départ du feu.",
            "L'accusé, un ancien locataire de 41 ans, conteste les faits et affirme qu'il se trouvait chez sa sœur "
            "ce soir-là, à l'autre bout de la ville.",
            "Le verdict est attendu vendredi."]
    article = cleaner.clean(_story_with_box(title, body, box, at=1, tag="aside"), kind="html")
    assert article.text.startswith(body[0]) and article.text.endswith(body[2])
    assert ("dom-site-notice" in {r.rule for r in article.removed}) is notice
    assert ("Die Redaktion" in article.text) is not notice


@pytest.mark.parametrize(("line", "figured"), [
    ("Πορθμείο Πορθμού – Αντιπέρας: καμία διέλευση από τις 06:00 έως τις 06:00 της Πέμπτης", True),
    ("Canoë : location de 25 à 32 € par personne, réservation conseillée en août", True),
    ("Lesetipp: Die besten Business-Notebooks bis 1.500 Euro", False)])
def test_a_labels_value_giving_a_time_of_day_or_a_priced_range_is_a_fact(line: str, figured: bool) -> None:
    """A clock time, or two figures with a currency or a share, in a label's value state a fact of
    the story; a headline gives a price once."""
    from cleaner.strip.edges import _figured_value

    assert _figured_value(line) is figured


def test_a_fact_over_the_pages_share_buttons_is_no_poll() -> None:
    """A labelled statement under the story over "Artikel teilen" and "Merken" (the page's buttons)
    and a comment count is no poll: the statement is the story's."""
    title = "Neue Straßenbahnlinie 5 fährt ab Samstag in die Oststadt"
    body = ["Ab Samstag fährt die Straßenbahn der neuen Linie 5 vom Hauptbahnhof in die Oststadt; die 6,4 "
            "Kilometer lange Strecke ist die erste Erweiterung des Netzes seit 1997.",
            "Am Eröffnungstag fahren die Bahnen zwischen 10 und 18 Uhr kostenlos.",
            "Tickets: Es gelten die Tarife des Verkehrsverbunds, das Deutschlandticket wird anerkannt."]
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><div class='text'>"
            + "".join(f"<p>{p}</p>" for p in body)
            + "<div class='teilen'><ul><li>Artikel teilen</li><li>Merken</li><li>14 Kommentare</li></ul></div>"
            "</div></article></body></html>")
    assert cleaner.clean(html, kind="html").text.split("\n\n")[: len(body)] == body


@pytest.mark.parametrize("credit", ["文・写真：小野寺拓海", "Texte et photos : Lucie Marchadier"])
def test_a_credit_for_text_and_pictures_stays_on_a_republished_page(credit: str) -> None:
    """On a republished copy, a picture's credit goes; the credit of the text and the pictures
    together ("文・写真：...") names the writer and stays."""
    from cleaner.text import text_and_pictures

    assert text_and_pictures(credit)
    assert not text_and_pictures("写真：小野寺拓海") and not text_and_pictures("Photo : Lucie Marchadier")



@pytest.mark.parametrize(("story_line", "widget"), [
    ("The new line runs every twelve minutes from the harbour to the university.", True),
    ("Temperatures fell to 3 °C overnight, and the first trams ran with their heaters on.", False)])
def test_the_days_weather_beside_a_story_of_no_weather_goes(story_line: str, widget: bool) -> None:
    """A box of short lines, its rows temperatures ("Today  sunny  12 °C / 3 °C"), set among the
    paragraphs of a story that speaks of no temperature is the site's weather widget; beside a story
    that gives temperatures it may be the story's and stays."""
    title = "Night trams return to the harbour line"
    body = ["Night trams return to the harbour line from Monday, the city's transport company said, ending a "
            "two-year break caused by a shortage of drivers.",
            story_line,
            "Fares do not change, and the new timetable is available at every stop."]
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><div class='text'>"
            f"<p>{body[0]}</p><p>{body[1]}</p><div class='kt'><div>Weather in Northport</div>"
            "<div>Today  sunny  12 °C / 3 °C</div><div>Tomorrow  cloudy  10 °C / 4 °C</div></div>"
            f"<p>{body[2]}</p></div></article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert text.startswith(body[0]) and text.endswith(body[2])
    assert ("Weather in Northport" in text) is not widget


def test_the_headline_again_in_the_most_read_list_ends_the_story() -> None:
    """Under the story, the site's "most read" list ("Çok Okunanlar") repeats its headline among
    other stories' headlines, a results ticker under them that reads as a paragraph: the story
    ends above them, and the tag row over them goes with the share row."""
    from cleaner.extract.page_text import article_span

    title = "Kayseri'de T4 tramvay hattı yarın sefere başlıyor: Cumhuriyet Meydanı'ndan Erkilet'e 24 dakika"
    lines = [
        'İçeriğe atla',
        'Erciyes Manşet',
        "Kayseri'nin bağımsız haber sitesi",
        'Gündem | Kayseri | Ekonomi | Spor | Eğitim | Sağlık | Yaşam | Yazarlar | Video',
        '21 Haziran 2027 Pazartesi · Kayseri 29°C Parçalı bulutlu',
        'Namaz vakitleri (Kayseri): İmsak 03:18 · Güneş 05:14 · Öğle 12:45 · İkindi 16:44 · Akşam 20:06 · Yatsı 21:47',
        'Dolar 47,32 · Euro 53,86 · Gram Altın 5.214,60 · BIST 100 14.872',
        "SON DAKİKA · Kocasinan'da 12 mahallede yarın 09.00-17.00 arası su kesintisi",
        'Kayseri',
        "Kayseri'de T4 tramvay hattı yarın sefere başlıyor: Cumhuriyet Meydanı'ndan Erkilet'e 24 dakika",
        'Yayınlanma: 20.06.2027 14:32 · Güncelleme: 20.06.2027 16:05',
        'Okuma süresi: 3 dk',
        '9,6 kilometrelik hatta 14 durak bulunuyor; ilk hafta yolculuk ücretsiz olacak.',
        'Haber: Elif Karataş',
        "Kayseri Büyükşehir Belediyesi'nin yapımını tamamladığı T4 tramvay hattı, 21 Haziran Pazartesi sabahı ilk seferini yapacak. Cumhuriyet Meydanı ile Erkilet arasındaki yolculuk süresi otobüsle 45 dakikadan 24 dakikaya inecek.",
        'Hattın başlıca durakları:',
        'Cumhuriyet Meydanı – Düvenönü – Sahabiye – Kocasinan Bulvarı – Mimarsinan – Yıldırım Beyazıt – Erkilet',
        'Sefer saatleri: 06.00–24.00, yoğun saatlerde 6 dakikada bir',
        'Tam bilet 22 TL · Öğrenci 11 TL · 65 yaş üstü ücretsiz',
        'Büyükşehir Belediyesi Ulaşım Dairesi Başkanı Serkan Aydoğdu, hattın günde 40 bin yolcu taşımasının beklendiğini söyledi: "Erkilet ve Mimarsinan\'daki yeni konut bölgeleri şehir merkezine ilk kez raylı sistemle bağlanıyor."',
        "Bunu da okuyun: Kocasinan Şimşekspor, play-off finalinde Hacılar Erciyesspor'u 2-1 yenerek BAL'a yükseldi",
        'İlk hafta ücretsiz',
        'Belediye, 21-27 Haziran tarihleri arasında T4 hattında yolculuğun ücretsiz olacağını duyurdu. Kentkart okutma zorunluluğu ise sürecek.',
        'Hat boyunca esnaf ise inşaat döneminde yaşadığı kayıpların telafi edilmesini bekliyor. Mimarsinan\'da kırtasiye işleten Hüseyin Koç, "İki yıl dükkânın önü çukurdu, müşteri gelemedi. Şimdi tramvayla biraz nefes alırız" dedi.',
        'T4 hattında yapılan test sürüşünden bir görüntü (Foto: Erciyes Manşet / Oğuz Tekin)',
        "Güncelleme (16:05): Belediye, açılış töreninin pazartesi saat 10.00'da Sahabiye durağında yapılacağını duyurdu.",
        'Etiketler: Kayseri · Tramvay · T4 · Raylı Sistem · Büyükşehir Belediyesi',
        'Haberi paylaş: Facebook · X · WhatsApp · Telegram',
        "Erciyes Manşet'i Google Haberler'de takip edin",
        "WhatsApp kanalımıza katılın, Kayseri'deki gelişmeler cebinize gelsin",
        'Çok Okunanlar',
        "Kayseri'de T4 tramvay hattı yarın sefere başlıyor: Cumhuriyet Meydanı'ndan Erkilet'e 24 dakika",
        "Kocasinan Şimşekspor, play-off finalinde Hacılar Erciyesspor'u 2-1 yenerek BAL'a yükseldi",
        "Erciyes'te yaz sezonu: teleferik hafta sonları 21.00'e kadar açık",
        'Amatör liglerde hafta sonu: Kocasinan Şimşekspor 2-1 Hacılar Erciyesspor (Süper Amatör final) · Develi Gençlik 0-0 İncesu Gücü · Yahyalı Demirspor 3-1 Pınarbaşı Yıldızspor',
        'Künye | İletişim | Gizlilik Politikası | Reklam',
        "Yasal Uyarı: Sitemizde yayınlanan haberlerin tüm hakları Erciyes Manşet'e aittir; kaynak gösterilmeden kullanılamaz.",
        "Sitemizde çerezler kullanılmaktadır. Ayrıntılar için KVKK Aydınlatma Metni'ni inceleyebilirsiniz. Kabul Et",
        '© 2027 Erciyes Manşet Yayıncılık A.Ş.',
    ]
    start, end = article_span(lines, f"{title} - Erciyes Manşet")
    assert lines[end].startswith("Haberi paylaş") and lines[start] == title
    text = _whole_page_text(lines, f"{title} - Erciyes Manşet")
    assert text.endswith("Sahabiye durağında yapılacağını duyurdu.")
    assert "Etiketler" not in text and "Amatör liglerde" not in text


@pytest.mark.parametrize(("rows", "cut"), [
    (["Reza | 20 June 2027 - 21:04", "Our baker charged 9,000 a week before the rise was even approved!",
      "Maryam | 21 June 2027 - 06:48", "Better to check the weight of the dough than the price."], True),
    (["Update · 20 June 2027, 16:05", "The bakers' union has called a meeting for Tuesday.",
      "Update · 20 June 2027, 18:30", "The governor's office said the price list will be posted in every bakery."],
     False)])
def test_readers_comments_under_the_story_end_it_and_its_updates_do_not(rows: list[str], cut: bool) -> None:
    """Two signed rows or more, each a different name and the time it was posted over a short text,
    under the story's paragraphs are readers' comments: the story ends above them. One label over
    each of the story's updates ("Update · ...") signs no comments: they are the story's."""
    title = "New bread prices in Kermanshah from 1 July"
    body = ["KERMANSHAH – The province's flour and bread committee approved a 35 percent rise in bread prices on "
            "Saturday, the first since February of last year.",
            "A flatbread will cost 3,500 tomans and a barbari 9,000 tomans from 1 July, the committee said.",
            "Bakers say the rise does not cover what they now pay for wages and gas, and want a review in autumn.",
            "Citizens can report bakeries that break the rules to the 124 hotline."]
    lines = ["Skip to content", "Zagros Courier", "Home | Province | Economy", title, *body, "Comments", *rows,
             "About us | Contact", "© 2027 Zagros Courier. All rights reserved."]
    text = _whole_page_text(lines, f"{title} - Zagros Courier")
    assert text.startswith(body[0]) and body[-1] in text
    assert (rows[1] in text) is not cut


@pytest.mark.parametrize(("above", "data"), [
    (["Prayer times for Kayseri in June, after the Directorate of Religious Affairs"], True),
    (["The times for Kayseri in the coming week, as the directorate gave them on Friday, are as follows:"], False)])
def test_a_table_under_its_headline_with_a_note_under_it_holds_no_article(above: list[str], data: bool) -> None:
    """A page whose headline stands over a table (a week's prayer times, the day's gold prices) and
    a short note under it is a data page, no article; when a sentence of the story announces the
    table, the story is the page's."""
    title = "Kayseri prayer times, June 2027"
    rows = [f"{day} June 2027 · 03:18 · 05:14 · 12:45 · 16:44 · 20:06 · 21:47" for day in range(19, 26)]
    note = "Times are for the city centre; the districts may differ by a few minutes."
    lines = ["Skip to content", "Erciyes Courier", "News | City | Sport", title, *above, *rows, note,
             "Imprint | Contact | Privacy", "© 2027 Erciyes Courier"]
    page = "\n".join(lines)
    if data:
        with pytest.raises(cleaner.Rejected):
            cleaner.clean(page, kind="page", title=f"{title} - Erciyes Courier")
    else:
        assert note in cleaner.clean(page, kind="page", title=f"{title} - Erciyes Courier").text


@pytest.mark.parametrize(("line", "kept"), [
    ("Ticket price: economy class – 9 manat, business class – 14 manat", True),
    ("Route: New housing estate – Central market – Railway station – Health centre", True),
    ("Read next: Mingachevir beat Yevlakh 3-1 in the Aran Cup final", False)])
def test_a_labels_value_of_prices_in_one_unit_or_of_a_routes_stops_is_the_storys(line: str, kept: bool) -> None:
    """Between the story's paragraphs, a label over figures in one unit (the fares) or over stops
    between spaced dashes (a bus route) states the story's facts; a label over a headline is a link."""
    from cleaner.strip.edges import _figured_value, _stops_value

    assert (_figured_value(line) or _stops_value(line)) is kept


def test_a_sentence_naming_the_storys_body_by_its_short_name_and_its_app_is_no_pitch() -> None:
    """"Tickets are sold on ADY's website, in its app ..." names by its short name the railway the
    story quotes: it tells of the railway's app, not the outlet's, and stays; the outlet's own pitch goes."""
    title = "Bakı–Mingəçevir sürət qatarı iyulun 1-dən hər gün işləyəcək"
    body = ["“Azərbaycan Dəmir Yolları” QSC Bakı ilə Mingəçevir arasında yeni sürət qatarının iyulun 1-dən hər gün "
            "hərəkətə başlayacağını açıqlayıb; yolda vaxt 3 saat 25 dəqiqəyə enir.",
            "ADY-nin məlumatına görə, xəttə 2026-cı ildə alınmış dörd vaqonlu müasir qatarlardan biri buraxılacaq.",
            "Mingəçevir sakini Aysel Mehdiyeva deyir ki, indiyədək Bakıya avtobusla 5 saata gedirdi.",
            "Biletlər ADY-nin saytında, mobil tətbiqində və vağzal kassalarında satılır."]
    lines = ["Əsas məzmuna keç", "Kür Sahili", "Xəbərlər | İqtisadiyyat | İdman", title, *body,
             "Haqqımızda | Əlaqə | Reklam", "© 2027 Kür Sahili. Materiallardan istifadə zamanı istinad vacibdir."]
    assert _whole_page_text(lines, f"{title} - Kür Sahili").split("\n\n") == body


@pytest.mark.parametrize(("line", "item"), [
    ("نواحی ۷ تا ۱۵: خاموشی از ساعت ۱۰ تا ۱۱:۳۰ شب", True),
    ("Districts 7 to 15: power cut from 10 pm to 11.30 pm", True),
    ("Read also: the governor says the new power line will end the night cuts", False)])
def test_a_list_items_value_with_its_figures_may_run_longer(line: str, item: bool) -> None:
    """An item of the story's list of labelled values (the power cuts per district) may give its
    hours in more words than an item without figures; a link's headline under its label is none."""
    from cleaner.strip.edges import _labelled

    assert _labelled(line) is item


@pytest.mark.parametrize("byline", ["بقلم دلنوزا رحيموفا", "מאת דילנוזה רחימובה"])
def test_an_arabic_or_hebrew_by_over_a_name_under_the_headline_is_the_byline(byline: str) -> None:
    """"بقلم" and "מאת" ("by") bring the writer's name in scripts without capitals: the line is the
    byline the story was printed with, not the page's chrome."""
    from cleaner.extract.page_text import _writer

    assert _writer([byline], 0)
    assert not _writer(["الرئيسية الطاقة المناخ"], 0)


def test_a_short_heading_on_its_colon_over_entries_under_the_lede_is_the_storys_list() -> None:
    """Under a lede right below the headline, "De nieuwe frequenties:" and the lines' times under it
    are the story's list, not the head's byline block: they stay."""
    title = "Arubus rijdt vanaf maandag met nieuwe dienstregeling"
    body = ["ORANJESTAD – Busmaatschappij Arubus voert vanaf maandag 15 februari een nieuwe dienstregeling in; "
            "lijn 10 gaat overdag elke twintig minuten rijden.",
            "De nieuwe frequenties:", "Lijn 10 (Oranjestad – San Nicolas): elke 20 minuten, van 05.30 tot 23.00 uur",
            "Lijn 1 (Oranjestad – Noord – hotelzone): elke 15 minuten", "Zondag en feestdagen: alle lijnen elke 40 minuten",
            "De tarieven blijven gelijk: een enkele rit kost Afl. 2,75 en een dagkaart Afl. 10.",
            "Directeur Edwin Tromp zegt dat de extra ritten mogelijk zijn dankzij zes nieuwe elektrische bussen."]
    lines = ["Oranjestad Dagblad", "Lokaal", title, *body]
    assert _whole_page_text(lines, f"{title} - Oranjestad Dagblad").split("\n\n") == body


@pytest.mark.parametrize(("last", "kept"), [
    ("문의: 한인회 사무국 (011) 4631-5520", True),
    ("Ji bo agahiyan: 0933 415 226", True),
    ("Lotto: 4 8 15 16 23 42", False)])
def test_the_number_the_story_gives_as_the_pages_last_line_stays(last: str, kept: bool) -> None:
    """A page that ends on a label over a telephone number right under the story's last paragraph
    ends on the story's contact: no footer follows it. A draw's numbers are no telephone's."""
    from cleaner.extract.page_text import _labelled_number

    assert _labelled_number(last) is kept


@pytest.mark.parametrize(("line", "brand"), [
    ("Автор: Андреа Портилья", False), ("Источник: Платон Дата", True), ("出典：プラトン", True),
    ("Πηγή: Πλάτων", True)])
def test_a_name_opening_on_p_r_t_in_a_script_that_writes_l_is_no_brand(line: str, brand: bool) -> None:
    """Transliterated, "Портилья" opens p-r-t; only in kana or hangul, which write no "l" apart, does
    an "r" stand for the brand's "l" ("プラトン"). The byline's Portilla is no network name."""
    from cleaner.strip.edges import _names_stem

    assert _names_stem(line) is brand


def test_a_foreign_name_written_in_cjk_with_its_dot_after_the_author_label_is_the_byline() -> None:
    """"作者：安德里亚·波蒂利亚": a foreign name in Chinese, its parts apart by "·", after the author's
    label is the byline, however many syllables it takes; a share row is none."""
    from cleaner.extract.page_text import _writer

    assert _writer(["作者：安德里亚·波蒂利亚"], 0)
    assert not _writer(["分享到：微信·微博·QQ空间"], 0)


@pytest.mark.parametrize(("line", "paragraph"), [
    ("Publicado: 6 de febrero de 2027 - 9:18 p. m.", False),
    ("Nota: el acuerdo se firmó en 2019 y entra en vigor el próximo lunes en todo el país.", True)])
def test_a_label_over_a_date_and_time_is_no_paragraph(line: str, paragraph: bool) -> None:
    """"Publicado: 6 de febrero de 2027 - 9:18 p. m." ends on "m." as a sentence does: it is the
    page's date line, no paragraph; a label over a sentence is one."""
    from cleaner.extract.page_text import is_paragraph

    assert is_paragraph(line) is paragraph


def test_a_link_whose_headline_the_page_lists_elsewhere_goes_in_any_language() -> None:
    """"Kaytapas ñawinchay: <headline>" between the paragraphs: its headline stands word for word in
    the page's most-read list, so the line links to that story, whatever its label's language."""
    title = "Pukllay 2027 raymipi 42 comparsakuna Andahuaylas llaqtapa plazanpi tusurqaku"
    other = "Chumbao mayu wiñarqa: Talavera llaqtapi 12 wasikuna yakuwan huntarqa"
    body = ["Andahuaylas llaqtapi Pukllay raymiqa qallarirqa sabado punchawpi, 42 comparsakunam plazapi tusurqaku "
            "hatun kusikuywan.",
            "Municipalidad Provincial de Andahuaylas nisqam willakurqa: 85 waranqa runakunam raymita qawaq hamurqaku.",
            "Domingo punchawmi Chumbao mayu patanpi yunsa sachakunata kuchurqaku, hinaspa warmakunam pukllarqaku.",
            "Raymiqa martes punchawkamam kanqa, nispam willakurqaku municipalidadmanta."]
    lines = ["Chanka Willakuy", "Qallariy | Llaqta | Pukllay", title, body[0], body[1], f"Kaytapas ñawinchay: {other}",
             body[2], body[3], "Aswan ñawinchasqa", other, title, "Papa tarpuqkuna mañakunku mejor precio en la feria",
             "© 2027 Chanka Willakuy."]
    text = _whole_page_text(lines, f"{title} - Chanka Willakuy")
    assert text.split("\n\n") == body


@pytest.mark.parametrize(("line", "ticker"), [
    ("Market watch: feed wheat £178/t ▼2 · oilseed rape £392/t ▲5 · last updated 09:15", True),
    ("今日行情：鸡蛋批发价4.35元/斤 ▲0.05 · 白羽肉鸡3.90元/斤 · 更新于08:30", True),
    ("Dagens afregningspriser: hvede 156,50 kr./hkg · foderbyg 140,00 kr./hkg · opdateret kl. 07.45", True),
    ("El tiempo en el campo · Almenara de Duero: 31 °C, sin lluvias en 7 días · Actualizado a las 8:00", True),
    ("Cours à la criée : bar de ligne 18,40 €/kg · lieu jaune 7,95 €/kg · mis à jour à 6 h 30", True),
    ("Doors 18:00 · Concert 19:30", False),
    ("Programme · Talk 18:00 · Concert 19:30", False),
    ("1964–1973 | −0.21", False),
    ("上证指数 3412.56（+0.42%） · 深证成指 10876.20（+0.67%） · 创业板指 2215.33（+1.05%）", False)])
def test_a_row_of_figures_closed_by_the_time_it_was_read_is_a_ticker(line: str, ticker: bool) -> None:
    """A widget's row on one line: items with their figures (the widget's heading first, perhaps),
    the last part a few words and the time they were read ("6 h 30" too). A programme's entries give
    their own times; a table's row and an index's figures close on a value, not on a time."""
    from cleaner.text import stamped_row

    assert stamped_row(line) is ticker


@pytest.mark.parametrize(("box", "call"), [
    ("<h3>Jornada de puertas abiertas</h3><p>Facultad de Ciencias de la Salud · sábado 20 de septiembre</p>"
     "<p>Reserva tu plaza</p>", True),
    ("<h3>Jarida la Wazazi</h3><p>Pata habari za elimu na ratiba za mitihani kila Ijumaa.</p><p>Jiandikishe</p>",
     True),
    ("<h3>Die Reform in Zahlen</h3><p>Betroffene Schulen: 48</p><p>Quelle: Kultusministerium</p>", False),
    ("<h3>Was Eltern wissen müssen</h3><p>Die Anmeldung läuft bis zum 14. März.</p>"
     "<p>Die Schulen beraten telefonisch.</p>", False)])
def test_a_box_ending_on_a_call_to_act_between_paragraphs_goes(box: str, call: bool) -> None:
    """A short box under its own heading between the story's paragraphs that ends on a few words
    calling the reader to act ("Reserva tu plaza", "Jiandikishe") is the site's; a facts box ends on
    its source, a box of advice on a sentence, and both stay."""
    title = "Las notas de corte de Medicina suben por tercer año"
    body = ["La nota de corte para estudiar Medicina en la Universidad de Vallecerro ha subido este año hasta el "
            "13,102, la más alta de su historia, según las listas publicadas este lunes.",
            "En el otro extremo, once grados se han quedado con la nota mínima de acceso, un 5, entre ellos "
            "Filología Clásica y Geografía, que no han cubierto todas sus plazas.",
            "Los estudiantes que no hayan obtenido plaza quedan en lista de espera y pueden consultar su posición "
            "en la secretaría virtual de la universidad."]
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><div class='cuerpo'>"
            f"<p>{body[0]}</p><p>{body[1]}</p><aside class='caja'>{box}</aside><p>{body[2]}</p>"
            "</div></article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert text.startswith(body[0]) and text.endswith(body[2])
    assert (box.split("</h3>")[0].removeprefix("<h3>") in text) is not call


@pytest.mark.parametrize(("line", "stamp"), [
    ("Prix constatés le 12 février 2025, sous réserve de disponibilité.", True),
    ("Atualizado hoje às 07h10", True),
    ("Cuisson : 1h30", False),
    ("Fondée le 3 mars 1921, la coopérative compte 40 membres.", False)])
def test_a_stamp_with_its_caveat_or_its_clock_written_with_h_is_a_stamp(line: str, stamp: bool) -> None:
    """The day the prices were read, then a caveat of a few words ("sous réserve de disponibilité"),
    or the hour written "07h10" closes a data box; a recipe's "1h30" and a sentence going on past a
    date close none."""
    from cleaner.text import read_stamp

    assert read_stamp(line, ["Hôtels à Porto dès 49 € la nuit"]) is stamp


def test_a_copys_menu_entry_ending_the_outlets_name_is_no_site_name_for_it() -> None:
    """On the network's copy, a menu entry ("Energy") is the word the outlet's name ends on ("Pampas
    Clean Energy"), and the foot's tag run repeats it: the copy's site is the network's, not
    a section of the outlet's name, so the outlet stays whole."""
    title = "Wind farms in Chubut now cover a fifth of Patagonia's winter demand"
    body = ["RAWSON — The four wind farms on the Chubut coast supplied a fifth of Patagonia's electricity in "
            "June and July, the regional grid operator said on Tuesday.",
            "Output peaked at 612 megawatts on 14 July, when a cold front brought steady westerly winds across "
            "the plateau for three days.",
            "The operator expects a new 132-kilovolt line to Puerto Madryn to carry the surplus north by 2028.",
            "Sheep farmers who lease land to the wind farms receive about 4,000 dollars a turbine each year."]
    lines = ["PlatoESG. Carbon, CleanTech, Energy, Environment, Solar, Waste Management.", "Home", "Power", "Energy",
             title, f"{title} - Pampas Clean Energy. Republished by Plato", "August 2, 2027", *body,
             "Source: Plato Data Intelligence.",
             "Tags: Chubut wind power Patagonia grid Pampas Clean Energy Plato Data Intelligence", "Related Posts",
             "Uruguay's solar parks sell their midday surplus to Brazil", "© Copyright 2027 PlatoESG."]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{title} - Pampas Clean Energy",
                            url="https://platoesg.com/wind-farms-in-chubut/")
    assert article.source == "Pampas Clean Energy" and article.title == title


@pytest.mark.parametrize(("items", "box"), [
    (["La Table du Moulin, à Saint-Privat : notre avis", "Le Relais des Bergers change de mains",
      "Les meilleures fouaces du département"], True),
    (["Une soupe de pois au lard, servie dans la marmite de l'auberge", "Une truite du Tarn au beurre de noisette",
      "Une fouace de l'auberge, tiède, et sa crème"], False)])
def test_a_box_of_other_headlines_with_no_links_under_the_story_goes(items: list[str], box: bool) -> None:
    """Under the story's last paragraph, a heading over one list of other stories' headlines whose
    links are gone is the site's box; a list under the story whose entries speak of what the story
    does (the dishes the review tasted) is the story's and stays."""
    title = "L'Auberge de la Sagne : une soupe de pois au lard et une fouace qui valent le détour"
    body = ["À la Sagne, l'auberge de Mireille et Paul Causse sert depuis trente ans une cuisine de ferme : soupe de "
            "pois au lard, truite du Tarn, fouace tiède à la crème.",
            "La salle, au rez-de-chaussée de l'ancienne grange, compte vingt couverts ; la marmite de soupe de pois "
            "reste sur le feu tout le service et la fouace sort du four à midi."]
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><div class='texte'>"
            + "".join(f"<p>{p}</p>" for p in body)
            + "<div class='encadre'><h4>Nos autres bonnes adresses</h4><ul>"
            + "".join(f"<li>{item}</li>" for item in items)
            + "</ul></div></div></article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert text.startswith(body[0]) and body[1] in text
    assert (items[1] in text) is not box


@pytest.mark.parametrize(("under", "kept"), [
    (["Foto: Miroslava Hudáková", "Budúci ročník jarmoku sa uskutoční v Kežmarku."], True),
    (["Čítajte aj: Nová lávka cez Poprad bude hotová do konca októbra",
      "Na jarmoku sa predávali aj korbáčiky.", "Najviac sa minuli drevené hračky."], True),
    (["Čítajte aj: Nová lávka cez Poprad bude hotová do konca októbra",
      "Redakcia nezodpovedá za obsah príspevkov čitateľov."], False)])
def test_a_closing_line_under_a_bare_credit_or_a_link_set_in_the_text_is_the_storys(
        under: list[str], kept: bool) -> None:
    """Under a whole page's last long paragraph, a picture's credit alone or a link to another
    story set in the text may stand over the story's closing sentence: the sentence is the
    story's when it speaks of the story again (past a link) or closes it under the picture's
    credit; a footer's sentence past the link is not."""
    title = "Ľubovniansky jarmok prilákal 18-tisíc ľudí, remeselníci predali takmer všetko"
    lines = ["Preskočiť na obsah", "Spišský hlásnik", "Správy | Región | Šport | Kultúra | Kontakt",
             "Sobota, 6. septembra 2025", "Stará Ľubovňa 21 °C · zamračené", title,
             "Publikované: 06.09.2025, 14:20 · Prečítané: 1 204",
             "Na tradičný Ľubovniansky jarmok prišlo podľa mesta za tri dni približne 18-tisíc návštevníkov, "
             "o tritisíc viac ako vlani.",
             "Remeselníci z celého Spiša ponúkali drevené hračky, keramiku a kožené výrobky; viacerí z nich "
             "už v sobotu popoludní nemali čo predávať.",
             "„Takýto záujem sme nečakali. Hrnčekov som priviezla dvesto a ostali mi tri,“ povedala keramikárka "
             "Ivana Šoltésová z Levoče.",
             "Mesto na jarmok vyčlenilo 42-tisíc eur, z toho polovicu na program pre deti na nádvorí hradu.",
             *under,
             "Tagy: jarmok · Stará Ľubovňa · remeslá", "Zdieľať: Facebook · WhatsApp · X",
             "Najčítanejšie", "Nová lávka cez Poprad bude hotová do konca októbra",
             "© 2025 Spišský hlásnik. Všetky práva vyhradené."]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert text.startswith("Na tradičný Ľubovniansky jarmok") and lines[-8 - len(under)] in text
    assert (under[-1] in text) is kept
    assert "Tagy:" not in text and "Najčítanejšie" not in text


@pytest.mark.parametrize(("under", "ad"), [
    ("Kış lastiklerinde yüzde 25 indirim — Oto Lastik Dünyası, Kırşehir, 30 Kasım'a kadar", True),
    ("Okulların yeni takvimi 2026", False)])
def test_an_offer_under_an_ad_slots_label_is_the_ads_text(under: str, ad: bool) -> None:
    """Under an ad slot's label in a whole page's text, one long line with a figure and no sentence
    (a discount, a shop, a last day) is the ad's own text and goes with its label; a short line
    there heads the story's next section and stays."""
    title = "Kırşehir'de kar nedeniyle okullar bir gün tatil edildi"
    lines = ["Ana içeriğe geç", "Kırşehir Postası", "Gündem | Ekonomi | Eğitim | Spor | Yaşam",
             "Kırşehir 2°C · karlı", title, "Yayınlanma: 24.11.2025 08:15 · Okunma: 3 118",
             "Kırşehir Valiliği, gece boyunca etkili olan kar yağışı nedeniyle kent genelindeki okullarda eğitime "
             "bugün bir gün ara verildiğini duyurdu.",
             "Karayolları ekipleri sabaha kadar 140 kilometre yolda tuzlama ve kürüme çalışması yaptı; Kaman ve "
             "Mucur yollarında ulaşım kontrollü sağlanıyor.",
             "Reklam", under,
             "Valilik açıklamasında, kamu kurumlarında engelli ve hamile personelin de idari izinli sayılacağı "
             "belirtildi.",
             "Meteoroloji, kar yağışının yarın öğle saatlerine kadar aralıklarla süreceğini bildirdi.",
             "Etiketler: kar · okul · Kırşehir", "Paylaş: Facebook · X · WhatsApp",
             "© 2025 Kırşehir Postası. Tüm hakları saklıdır."]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert lines[6] in text and lines[10] in text and "Reklam" not in text.split("\n")
    assert (under in text) is not ad


@pytest.mark.parametrize(("line", "prompt"), [
    ("Olay yerinde misiniz? Fotoğraf ve videolarınızı Telegram botumuz @kirsehirpostasi_bot üzerinden "
     "gönderin.", True),
    ("Valilik, yol durumuna ilişkin duyuruları Telegram'daki @kirsehirvaliligi hesabından paylaştığını "
     "açıkladı.", False)])
def test_a_handle_offered_to_the_reader_between_paragraphs_goes(line: str, prompt: bool) -> None:
    """Between a whole page's paragraphs, a line asking the reader to send or follow, with the
    site's handle on a platform, is the site's; a sentence of the story reporting an account's
    handle is the story's."""
    title = "Kırşehir'de kar nedeniyle okullar bir gün tatil edildi"
    lines = ["Ana içeriğe geç", "Kırşehir Postası", "Gündem | Ekonomi | Eğitim | Spor | Yaşam", title,
             "Yayınlanma: 24.11.2025 08:15 · Okunma: 3 118",
             "Kırşehir Valiliği, gece boyunca etkili olan kar yağışı nedeniyle kent genelindeki okullarda eğitime "
             "bugün bir gün ara verildiğini duyurdu.",
             "Karayolları ekipleri sabaha kadar 140 kilometre yolda tuzlama ve kürüme çalışması yaptı; Kaman ve "
             "Mucur yollarında ulaşım kontrollü sağlanıyor.",
             line,
             "Meteoroloji, kar yağışının yarın öğle saatlerine kadar aralıklarla süreceğini bildirdi.",
             "Etiketler: kar · okul · Kırşehir", "© 2025 Kırşehir Postası. Tüm hakları saklıdır."]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert lines[5] in text and lines[8] in text
    assert (line in text) is not prompt


@pytest.mark.parametrize(("stamp", "button", "box"), [
    ("Prezzo aggiornato al 12/05/2025 alle 10:14", "Vedi offerta", True),
    ("Prezzi verificati 2 ore fa", "Vedi offerta", True),
    ("Prezzo di listino al lancio", "Vedi offerta", False)])
def test_a_price_box_with_its_stamp_over_a_button_goes(stamp: str, button: str, box: bool) -> None:
    """Between a review's paragraphs, a box of shops' prices closed by the time the prices were
    read (a date and a clock, or how many hours ago) and a button under the stamp is the site's
    live offer box; the same rows under a line stamping nothing are the review's."""
    title = "Recensione Lumio Vela 7: batteria da due giorni, fotocamera nella media"
    body = ["Nella fascia tra i 300 e i 400 euro la concorrenza è feroce, e ogni anno qualche produttore prova a "
            "convincerci che non serve spendere il doppio per avere un buon telefono.",
            "Il Vela 7 ci va vicino più di tutti quelli che abbiamo provato negli ultimi mesi: lo schermo è luminoso e "
            "la batteria arriva comodamente a sera del secondo giorno.",
            "La fotocamera principale se la cava di giorno, ma al buio le foto perdono dettaglio in fretta."]
    rows = ["329,90 € su Elettromondo", "349,00 € su Tecnobazar"]
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{body[0]}</p><p>{body[1]}</p><aside class='tl-box'><h3>Lumio Vela 7 8/256 GB</h3>"
            + "".join(f"<p>{r}</p>" for r in [*rows, stamp, button])
            + f"</aside><p>{body[2]}</p></article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert all(p in text for p in body)
    assert (rows[0] in text) is not box


@pytest.mark.parametrize(("line", "meter"), [
    ("Vous avez lu 4 de vos 5 articles gratuits ce mois-ci.", True),
    ("Méthodologie : relevés quotidiens sur les sites de six enseignes, du 1er octobre au 29 novembre.", False)])
def test_a_reading_meter_is_read_in_the_lines_own_language(line: str, meter: bool) -> None:
    """Under the story, a metered paywall's count speaks of reading and to the reader in the line's
    own language; a French sentence holding two small numbers and words that read as Norwegian
    "les" and "du" is the story's method."""
    title = "Black Friday : nous avons suivi le prix de 40 produits pendant deux mois"
    body = ["Pendant deux mois, notre rédaction a relevé chaque jour le prix de quarante produits high-tech vendus "
            "par six grandes enseignes françaises.",
            "Résultat : sur les quarante « bonnes affaires » affichées le jour du Black Friday, onze seulement "
            "étaient au prix le plus bas de la période.",
            "Les consommateurs qui constatent une fausse réduction peuvent la signaler sur la plateforme SignalConso."]
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{body[0]}</p><p>{body[1]}</p><p>{body[2]}</p><p>{line}</p></article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert all(p in text for p in body)
    assert (line in text) is not meter


@pytest.mark.parametrize(("line", "pitch"), [
    ("Recevez la lettre de L'Octet Libre : l'actualité du numérique et de vos droits, chaque vendredi à 7 heures.",
     True),
    ("Selon les calculs de L'Octet Libre, chaque visiteur voit en moyenne 14 traceurs par page.", False)])
def test_the_outlets_pitch_with_its_day_and_hour_goes_from_a_copy(line: str, pitch: bool) -> None:
    """On the network's copy, a sentence naming the outlet and the day (and hour, in words) its
    letter comes is the outlet's pitch, wherever it stands; a sentence of the outlet's own reporting
    with a figure is the story's. A sentence between two of the network's lines that names whom
    the title names stays with the story."""
    title = "Cookies publicitaires : la CNIL inflige 4,5 millions d'euros d'amende au site Zentrio"
    body = ["La Commission nationale de l'informatique et des libertés a prononcé une amende de 4,5 millions "
            "d'euros contre la société Zentrio, qui exploite un site de ventes flash.",
            "Les contrôles ont mis en évidence le dépôt de cookies publicitaires dès l'arrivée sur le site, avant "
            "tout consentement de l'internaute.",
            "Depuis 2020, la CNIL a sanctionné une vingtaine d'entreprises pour des manquements liés aux cookies.",
            "Écoutez « Données sensibles », le podcast de L'Octet Libre, chaque mardi sur toutes les plateformes.",
            "Zentrio dispose de deux mois pour former un recours devant le Conseil d'État.", line]
    dump = _network_copy(title, "L'Octet Libre", body, [
        "CNIL, cookies, amende, Plato, PlatoAi, PlatoData, zephyrnet", "Horodatage :", "Plus de L'Octet Libre"])
    article = cleaner.clean(dump, kind="text")
    assert article.source == "L'Octet Libre"
    assert body[0] in article.text and body[4] in article.text
    assert (line in article.text) is not pitch


@pytest.mark.parametrize(("title", "head", "tail"), [
    ("Grève au CHU de Montclair : « On ne tient plus les services » - Le Réveil de la Vallée d'Orme",
     "Grève au CHU de Montclair : « On ne tient plus les services »", "Le Réveil de la Vallée d'Orme"),
    ("Accueil » Santé » Les urgences de Montclair ferment la nuit",
     "Accueil » Santé", "Les urgences de Montclair ferment la nuit")])
def test_a_guillemet_closing_a_quotation_is_no_title_separator(title: str, head: str, tail: str) -> None:
    """A title quoting someone in guillemets ends the quotation with " »" before its outlet's tail:
    that guillemet is the quotation's, the dash after it the separator; a guillemet between a
    breadcrumb's parts parts them."""
    from cleaner.titles.echo import split_tail

    assert split_tail(title) == (head, tail)


@pytest.mark.parametrize("outlet", ["A Voz do Alto Sado", "Het Nieuws van de Kempen", "La Voce della Valle Sorba"])
def test_an_outlet_name_with_its_small_words_is_still_a_name(outlet: str) -> None:
    """On a network copy's record, the title's tail is the outlet however many small words join
    its capitalised ones ("do", "van de", "della"): four name words and two small ones."""
    title = "Urgências de obstetrícia fecham em dias alternados em agosto: veja a escala"
    html = ("<p>As urgências de ginecologia e obstetrícia dos dois hospitais da região vão funcionar em regime "
            "rotativo durante todo o mês de agosto, por falta de médicos.</p>"
            "<p>As grávidas devem ligar para a linha SNS 24 antes de se deslocarem a uma urgência.</p>")
    article = cleaner.clean(html, kind="html", title=f"{title} - {outlet}",
                            url="https://platohealth.ai/pt/urgencias-de-obstetricia-fechadas-em-agosto/")
    assert article.title == title and article.source == outlet


@pytest.mark.parametrize(("line", "row"), [
    ("Εφημερίες σήμερα: Γ.Ν. Ιωαννίνων – Παθολογική, Ορθοπαιδική · ενημέρωση 08:00", True),
    ("今日值班药店：仁和大药房（滨江路店）、康宁药房（学府路店）· 更新于07:00", True),
    ("Vuoksenranta 6.05 – Koskikylä 6.43", False),
    ("1:0 — Ерёмин (Плотников, Аксёнов), 08:14", False)])
def test_a_labelled_row_closed_by_its_stamp_is_a_ticker(line: str, row: bool) -> None:
    """A one-line widget under a label (the day's on-duty rota) may name its items without figures
    and close on the time it was updated after a dash, or after a dot set against Chinese; a
    timetable's row or a goal's line with its time is no labelled row."""
    from cleaner.text import stamped_row

    assert stamped_row(line) is row


@pytest.mark.parametrize(("heading", "box"), [("Farmacias de guardia hoy, lunes 6", True),
                                              ("Farmacias que vacunan desde el 13", False)])
def test_a_box_dated_today_over_its_rows_goes(heading: str, box: bool) -> None:
    """Between a story's paragraphs, a box whose heading dates it today, over rows with their
    figures, is the day's widget (on-duty pharmacies); the same rows under a heading dated by the
    story are its own list."""
    title = "La campaña de vacunación contra la gripe y la covid empieza el lunes en la comarca"
    body = ["La campaña de vacunación contra la gripe y la covid-19 arranca el lunes 13 en los centros de salud de la "
            "comarca y se prolongará hasta finales de enero.",
            "Los mayores de 60 años, las embarazadas y los enfermos crónicos pueden pedir cita por teléfono o en la "
            "aplicación del servicio de salud.",
            "Las dos vacunas pueden administrarse el mismo día, una en cada brazo, y las farmacias de la lista "
            "también las ponen."]
    rows = ["Farmacia Ledesma – Plaza Mayor, 5", "Farmacia Cuesta Arroyo – Calle Real, 88"]
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body[0]}</p>"
            f"<p>{body[1]}</p><div class='g'><h4>{heading}</h4><ul>"
            + "".join(f"<li>{r}</li>" for r in rows)
            + f"</ul></div><p>{body[2]}</p></article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert all(p in text for p in body)
    assert (rows[0] in text) is not box


@pytest.mark.parametrize(("items", "share"), [
    (["Compartir", "WhatsApp", "Facebook", "X", "Copiar enlace"], True),
    (["Gripe", "Covid-19", "Neumonía"], False)])
def test_a_list_of_platform_buttons_goes_links_or_not(items: list[str], share: bool) -> None:
    """A list of a few one- or two-word entries, two of them a platform's name alone, is a share
    row whether its buttons kept their links or not; a short list of the story's words stays."""
    title = "La campaña de vacunación contra la gripe empieza el lunes"
    body = ["La campaña de vacunación contra la gripe y la covid-19 arranca el lunes 13 en los centros de salud de la "
            "comarca y se prolongará hasta finales de enero.",
            "Las dos vacunas pueden administrarse el mismo día, una en cada brazo, y protegen frente a:"]
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body[0]}</p>"
            f"<p>{body[1]}</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
            "<p>Los centros abren de lunes a viernes por la tarde para los trabajadores.</p></article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert all(p in text for p in body)
    assert (items[-1] in text.split("\n")) is not share


@pytest.mark.parametrize("widget", ["Landsvägsfärjorna: Pargas–Nagu i tidtabell · Nagu–Korpo kö ca 30 min",
                                    "Landsvägsfärjorna: Pargas Nagu i tidtabell"])
def test_a_routes_two_places_are_no_byline_name(widget: str) -> None:
    """On a whole page, a name the byline gives makes a last paragraph naming it the writer's
    bio; two capitalised places joined by a dash in a ferry widget above the story name no
    writer, so the story's last sentence naming one of them stays. (Two capitalised words side by
    side are a name the byline may give: guard.)"""
    title = "NTM-centralen drar in söndagsturerna på Nagu södra rutt efter sommaren"
    lines = ["Hoppa till innehållet", "Åbolandskusten", "Nyheter | Skärgården | Sport | Kultur", "Måndag 28.6.2027",
             widget, title,
             "Närings-, trafik- och miljöcentralen meddelade beslutet på fredagen. Söndagsturen har i medeltal haft "
             "23 passagerare under vintersäsongen.",
             "Indragningen gäller perioden september–maj. Under sommaren trafikeras rutten som tidigare, med tre "
             "turer om dagen.",
             "– Det är samma gamla visa. Man sparar några tusen euro och så flyttar en familj till, säger Mikael "
             "Sundström, ordförande för Nötö byaförening.",
             "Pargas stad har bett om ett möte med NTM-centralen innan beslutet träder i kraft.",
             "Taggar: Förbindelsebåtar · Nötö · Skärgårdshavet", "© 2027 Åbolandskusten Ab"]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert lines[6] in text and lines[8] in text
    assert (lines[9] in text) is ("–" in widget)


@pytest.mark.parametrize(("note", "article"), [
    ("Veðurspá fyrir Austfirði: norðaustan 10–18 m/s, slydda eða snjókoma, hiti 0 til 3 stig.", False),
    ("Vegagerðin segir að mokstur á Fjarðarheiði hefjist strax og veður leyfir, en búast megi við töfum fram "
     "eftir degi. Ökumenn eru beðnir að kynna sér færð áður en lagt er af stað yfir heiðarnar í kvöld. "
     "Lögreglan á Austurlandi hefur lokað Öxi og segir veginn verða lokaðan að minnsta kosti til morguns.", True)])
def test_roads_and_their_states_under_a_headline_are_a_data_page(note: str, article: bool) -> None:
    """A whole page whose headline stands over a stamp and a road's state a line ("Fagridalur:
    hálka og skafrenningur"), then one short note, is the site's data page and no article; the
    same rows under a lede of several sentences are a story's."""
    title = "Færð og veður á Austurlandi"
    lines = ["Fara beint í efni", "Fjarðatíðindi", "Fréttir | Íþróttir | Menning | Færð og veður",
             "Þriðjudagur 8. febrúar 2028", title, "Uppfært þriðjudag 8. febrúar kl. 14:00",
             "Fagridalur: hálka og skafrenningur", "Fjarðarheiði: þungfært, mokstur hafinn", "Öxi: ófært",
             "Oddsskarð: hálkublettir", "Suðurfjarðavegur um Stöðvarfjörð: krapi", note,
             "Efnisorð: færð · veður", "Mest lesið", "Rafmagnslaust á Reyðarfirði í þrjá tíma eftir óveðrið",
             "© 2028 Fjarðatíðindi ehf."]
    from cleaner.extract.page_text import article_span

    assert (article_span(lines, f"{title} – Fjarðatíðindi") is not None) is article


@pytest.mark.parametrize(("foot", "article"), [
    (["Vesterålskysten arbeider etter Vær Varsom-plakatens regler for god presseskikk.",
      "Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse. Les mer om personvern."], False),
    (["Ferja fra Melbu går som normalt resten av uka, opplyser Torghatten Nord til Vesterålskysten i dag.",
      "Fylkeskommunen vil legge fram de nye rutetidene for sommeren i begynnelsen av mars."], True)])
def test_a_page_whose_only_paragraphs_are_its_foot_is_no_article(foot: list[str], article: bool) -> None:
    """A whole page whose only paragraphs stand far under its headline, past timetables, death
    notices and events, the first opening on the site's name, holds the site's foot and no article;
    paragraphs there that open otherwise are a story's."""
    title = "Ferjetider og hurtigbåt"
    lines = ["Hopp til hovedinnhold", "Vesterålskysten", "Nyheter | Sport | Kultur | Ferjetider", "Mandag 7. februar 2028",
             title, "Oppdatert mandag 7. februar kl. 12.00", "Melbu–Fiskebøl (Torghatten Nord)",
             "Fra Melbu: 05.50 · 07.20 · 08.40 · 10.10 · 11.30 · 13.00", "Fra Fiskebøl: 06.25 · 07.55 · 09.15 · 10.45",
             "Hurtigruten, Stokmarknes kai", "Nordgående: 15.15 · Sørgående: 01.00", "Dødsfall",
             "Vår kjære mor Aud Margrethe Johansen, Melbu, sovnet stille inn 3. februar, 91 år", "Mest lest",
             "Snøskred stengte Fv 82 ved Jennestad i fire timer", *foot, "© 2028 Vesterålskysten AS"]
    from cleaner.extract.page_text import article_span

    assert (article_span(lines, f"{title} – Vesterålskysten") is not None) is article


@pytest.mark.parametrize(("title", "kept"), [
    ("Põlva raamatukogu talvine väljakutse „Loe ka sina!“ kutsub lugema kümme raamatut", True),
    ("Põlva raamatukogu talvine väljakutse kutsub lugema kümme raamatut", False)])
def test_a_last_line_the_title_quotes_is_no_link_label(title: str, kept: bool) -> None:
    """A page's last line that reads as a link label ("Loe ka ...", read also) is the story's when
    the title quotes it whole: the campaign's name, its slogan."""
    body = ["Põlva keskraamatukogu kutsub veebruarist aprillini lugema kümme raamatut kümnest eri valdkonnast. "
            "Väljakutse nimi on „Loe ka sina!“.",
            "Eelmisel talvel osales väljakutses 214 lugejat, kellest 61 luges kõik kümme raamatut läbi.",
            "Kõik, kes loevad läbi vähemalt viis raamatut, saavad kutse aprilli lõpus toimuvale raamatukogupeole.",
            "Loe ka sina!"]
    lines = ["Põlva Päevik", "Kultuur", title, *body]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert body[0] in text and body[2] in text
    assert (text.rstrip().endswith(body[3])) is kept


@pytest.mark.parametrize(("line", "widget"), [
    ("Færgeafgange i dag: Stigsnæs–Omø 12.15 og 16.30 · Omø–Stigsnæs 13.30 og 17.30", True),
    ("Afgange fra 1. august: Stigsnæs 6.40, 16.30 og 20.15", False)])
def test_a_labelled_line_under_a_widgets_label_from_the_chrome_goes(line: str, widget: bool) -> None:
    """On a whole page, a line between the story's paragraphs under the label of a widget the
    chrome above the headline shows is that widget again, with other values; a labelled line of
    the story's own stays."""
    title = "Omøfærgen mister to daglige afgange fra 1. august"
    lines = ["Gå til indhold", "Skælskør Avis", "Nyheder | Sport | Kultur | Færger", "Lørdag 26. juni 2027",
             "Færgeafgange i dag: Stigsnæs–Omø 12.15 og 16.30 · Stigsnæs–Agersø 11.50", title,
             "Publiceret 25.06.2027 kl. 21:04",
             "Slagelse Kommune skærer to af Omøfærgens daglige afgange fra 1. august for at spare 1,1 millioner "
             "kroner om året.",
             "Det er de to afgange midt på dagen fra Stigsnæs kl. 12.15 og fra Omø kl. 13.30, der forsvinder. "
             "Ifølge kommunens tal havde de i gennemsnit 14 passagerer i 2026.",
             line,
             "– Færgen er vores eneste vej til arbejde, læge og skole, siger formand for Omø Beboerforening Poul "
             "Erik Kristoffersen.",
             "Emner: Omø · færger", "© 2027 Skælskør Avis"]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert lines[7] in text and lines[10] in text
    assert (line in text) is not widget


@pytest.mark.parametrize(("heading", "box"), [("Need support?", True), ("Where to get help", True),
                                              ("What happens when you call?", False)])
def test_a_call_box_may_ask_its_reader_in_its_heading(heading: str, box: bool) -> None:
    """Between a story's paragraphs, a short box under a heading that asks the reader ("Need
    support?"), whose last line calls to act in a few words, is the site's call box; the story's
    own section under a question goes on in sentences."""
    title = "Crisis line for Brackenholt answered 4,100 calls in its first year"
    body = ["A mental health crisis line run by the Brackenholt and Wrenfield NHS trust answered 4,100 calls in its "
            "first twelve months, according to figures published on Thursday.",
            "The crisis café at Wrenfield House is open from 6pm to midnight every day, without an appointment.",
            "The line is funded until March 2026 from a £1.2m grant, and the trust will publish a full evaluation "
            "in the autumn before deciding whether to keep it going."]
    last = "More help and advice" if box else ("A trained listener answers, and a nurse rings back within a day "
                                             "if the caller agrees.")
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body[0]}</p>"
            f"<p>{body[1]}</p><aside class='s'><h3>{heading}</h3><p>The Quietwater Listening Line is free and open "
            f"24 hours a day on 0800 316 5500, or you can text QUIET to 86420.</p><p>{last}</p></aside>"
            f"<p>{body[2]}</p></article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert all(p in text for p in body)
    assert ("0800 316 5500" in text) is not box


_PAGE_HEAD = ["Skip to content", "Tarnside Courier", "News | Sport | Business | Weather", "Tuesday, 14 September 2027"]
_PAGE_FOOT = ["Tags: floods · Tarnside · river", "Share: Facebook · X · WhatsApp", "Most read",
              "Tarnside bus station reopens after a year of works", "© 2027 Tarnside Courier"]


def _kept_between(title: str, body: list[str], line: str) -> bool:
    """Whether ``line``, set between a page's second and third paragraphs under its headline and
    date line, stays; the paragraphs all must."""
    lines = [*_PAGE_HEAD, title, "Published 14 September 2027", *body[:2], line, *body[2:], *_PAGE_FOOT]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert all(p in text for p in body)
    return line in text


@pytest.mark.parametrize("tail", [
    ["The council has opened three rest centres:", "Tarnside Leisure Centre, Mill Lane", "St Bride's church hall",
     "Orton Primary School"],
    ["Flood control room, Tarnside council: 01632 960 418"]])
def test_what_a_story_sets_under_its_last_paragraph_stays(tail: list[str]) -> None:
    """Under a whole page's last paragraph, a list a sentence of the story announces (a few short
    entries, the towns the story names) and a number to call under a label the story's words make
    are the story's; the tags, share row and most-read box under them are the site's."""
    title = "River Tarn bursts its banks at Orton, forty homes flooded"
    body = ["The River Tarn burst its banks at Orton early on Monday after two days of heavy rain, flooding forty "
            "homes and closing the bridge on the Tarnside road.",
            "Firefighters used boats to reach families in Mill Lane, and the council said the water should fall "
            "by Wednesday if the rain eases.",
            "Residents of Orton who had to leave their homes can stay in a rest centre at Tarnside until the "
            "flood control room says it is safe to return."]
    lines = [*_PAGE_HEAD, title, "Published 14 September 2027, 08:10", *body, *tail, *_PAGE_FOOT]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert all(line in text for line in [*body, *tail])
    assert "Share: Facebook" not in text and "Tarnside bus station reopens" not in text


@pytest.mark.parametrize(("credit", "kept"), [("ಕಹಳೆ ವಾರ್ತೆ, ಕೋಲಾರ", True), ("ಕಹಳೆ ವಾರ್ತೆ, ಮಾಲೂರು", False)])
def test_a_desks_credit_over_the_place_its_lead_names_stays(credit: str, kept: bool) -> None:
    """Right above a page's first paragraph, a credit of a word or two and the place the lead
    names ("ಕಹಳೆ ವಾರ್ತೆ, ಕೋಲಾರ", the desk's news, Kolar) is the story's dateline as its desk signs
    it; one naming a place the lead never does is a line of the head."""
    title = "ಟೊಮೆಟೊ ಬೆಲೆ ಕುಸಿತ: ಎಪಿಎಂಸಿ ಎದುರು ರೈತರ ರಸ್ತೆ ತಡೆ"
    body = ["ಟೊಮೆಟೊ ಬೆಲೆ ಕುಸಿತ ಖಂಡಿಸಿ ನೂರಾರು ರೈತರು ಮಂಗಳವಾರ ಕೋಲಾರ ಎಪಿಎಂಸಿ ಮುಂದೆ ರಸ್ತೆ ತಡೆ ನಡೆಸಿದರು.",
            "ಹದಿನೈದು ಕೆಜಿ ಬಾಕ್ಸ್‌ಗೆ ಕನಿಷ್ಠ ಅರವತ್ತು ರೂಪಾಯಿ ಮಾತ್ರ ಸಿಗುತ್ತಿದ್ದು ಸಾಗಣೆ ವೆಚ್ಚವೂ ಬರುತ್ತಿಲ್ಲ ಎಂದು ರೈತರು ಹೇಳಿದರು.",
            "ಜಿಲ್ಲಾಧಿಕಾರಿ ಬುಧವಾರ ರೈತ ಮುಖಂಡರು ಮತ್ತು ವ್ಯಾಪಾರಿಗಳ ಸಭೆ ಕರೆದಿದ್ದಾರೆ."]
    lines = ["ನೇರವಾಗಿ ಸುದ್ದಿಗೆ ತೆರಳಿ", "ಕೋಲಾರ ಕಹಳೆ", "ಮುಖಪುಟ | ಕರ್ನಾಟಕ | ಕೃಷಿ | ಕ್ರೀಡೆ", title,
             "ಪ್ರಕಟಿತ: 17 ಆಗಸ್ಟ್ 2027, 04:35 PM", credit, *body, "ಟ್ಯಾಗ್: ಕೃಷಿ · ಟೊಮೆಟೊ", "© 2027 ಕೋಲಾರ ಕಹಳೆ"]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert all(line in text for line in body)
    assert (credit in text) is kept


def test_an_indic_standfirst_shares_its_short_words_with_the_story() -> None:
    """A standfirst in an Indic script shares its short nouns with the story ("চুটি", "জাতৰ": two
    letters and a vowel sign or two, under the five signs a stem takes): it stays under the
    headline, the date line above it goes."""
    title = "বানত ক্ষতিগ্ৰস্ত খেতিয়কক বিনামূলীয়াকৈ শালি বীজ দিব কৃষি বিভাগে"
    deck = "পানী নমাৰ পিছত ৰুবলৈ চুটি ম্যাদী জাতৰ বীজ; আবেদন গাঁও পঞ্চায়ত কাৰ্যালয়ত জমা দিব লাগিব"
    body = ["ধেমাজি জিলা কৃষি বিভাগে বানত খেতি নষ্ট হোৱা খেতিয়কসকলক চুটি ম্যাদী জাতৰ শালি বীজ বিনামূলীয়াকৈ দিয়াৰ "
            "সিদ্ধান্ত লৈছে। প্ৰথম পৰ্যায়ত দুহাজাৰ খেতিয়কে বীজ পাব।",
            "জিলা কৃষি বিষয়াই কয়, \"এই জাতৰ ধান দুসপ্তাহ পানীৰ তলত থাকিলেও নমৰে। পানী নামিলে আগষ্টৰ শেষলৈকে ৰুব পাৰি।\"",
            "বীজৰ বাবে নাম লিখাব পাৰি এই মাহৰ শেষলৈকে।"]
    lines = ["পোনপটীয়াকৈ বাতৰিলৈ যাওক", "ধেমাজি বাৰ্তা", "মূল পৃষ্ঠা | অসম | কৃষি | খেল", title,
             "প্ৰকাশ: ১২ আগষ্ট ২০২৭, পুৱা ৭:৪০ বজাত", deck, *body, "টেগ: কৃষি · বান · বীজ", "© ২০২৭ ধেমাজি বাৰ্তা"]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert deck in text and all(line in text for line in body)
    assert "প্ৰকাশ:" not in text


def test_a_forecasts_days_are_no_gallerys_counters() -> None:
    """A story's forecast, one line a day with its temperature ("29 May — 45°C, hot wind"), is no
    gallery's counters: those read alike but for their figures ("Photo 2 of 6")."""
    title = "Bhuj records 45.2 degrees as heatwave warning is extended"
    days = ["29 May — 45°C, hot wind", "30 May — 46°C, hot wind", "31 May — 45°C, partly cloudy", "1 June — 44°C"]
    body = ["Bhuj recorded a maximum of 45.2 degrees Celsius on Friday, the highest of the season, and the weather "
            "office extended its orange alert for Kutch until Monday.",
            "The weather office's forecast for Bhuj:", *days,
            "Shopkeepers in the old market said trade had halved since the heat set in, with few customers out "
            "before sunset."]
    lines = ["Kutch Ujas", "Weather", title, *body, "Health helpline: 104"]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert all(day in text for day in days)


@pytest.mark.parametrize(("line", "prompt"), [
    ("Click here to see the full list of results", True),
    ("निकाल पाहण्यासाठी येथे क्लिक करा", True),
    ("“Click here to confirm your parcel delivery,” the fake message read.", False)])
def test_a_line_asking_the_reader_to_click_goes(line: str, prompt: bool) -> None:
    """A few words asking the reader to click or tap, on a page, are a link's label whose address
    the text lost; a scam message the story quotes stays."""
    title = "Tarnside school results: 94 per cent pass, best in a decade"
    body = ["Ninety-four per cent of Tarnside pupils passed their final exams this year, the best result in a "
            "decade, the county education office said on Thursday.",
            "Results are online from noon, and schools will post the lists on their notice boards on Friday.",
            "Pupils who want their papers marked again can apply until 10 June, the office said."]
    lines = [*_PAGE_HEAD, title, *body[:2], line, body[2], *_PAGE_FOOT]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert all(p in text for p in body)
    assert (line in text) is not prompt


@pytest.mark.parametrize(("line", "site"), [
    ("Send us your photos of the flood on WhatsApp 07700 900123, and we will publish the best.", True),
    ("अपने इलाके की बाढ़ की तस्वीरें हमें WhatsApp नंबर 94310 52786 पर भेजें।", True),
    ("Residents can report blocked drains on the council's WhatsApp line 07700 900456, the mayor said.", False)])
def test_the_sites_number_on_a_platform_in_its_own_voice_goes(line: str, site: bool) -> None:
    """Between a page's paragraphs, a line asking the reader to send the site ("us") something on a
    platform's number is the site's channel; a number the story gives in an office's name stays."""
    title = "River Tarn bursts its banks at Orton, forty homes flooded"
    body = ["The River Tarn burst its banks at Orton early on Monday after two days of heavy rain, flooding forty "
            "homes and closing the bridge on the Tarnside road.",
            "Firefighters used boats to reach families in Mill Lane, and the council said the water should fall "
            "by Wednesday if the rain eases.",
            "The county has asked residents to keep away from the river banks until the water falls."]
    lines = [*_PAGE_HEAD, title, *body[:2], line, body[2], *_PAGE_FOOT]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert all(p in text for p in body)
    assert (line in text) is not site


def test_a_four_word_label_bidding_reading_heads_a_link() -> None:
    """"ये खबर भी पढ़ें: <headline>" (read this story too): a label of four words that bids the
    reader read heads a link to another story, between a page's paragraphs."""
    title = "गंगा खतरे के निशान से ऊपर, कहलगांव के बारह गांवों में पानी घुसा"
    link = "ये खबर भी पढ़ें: सुल्तानगंज में श्रावणी मेले की तैयारी पूरी, रविवार से शुरू होगा मेला"
    body = ["कहलगांव में गंगा का जलस्तर मंगलवार सुबह खतरे के निशान से 36 सेंटीमीटर ऊपर पहुंच गया और निचले इलाके के "
            "बारह गांवों में पानी घुस गया है।",
            "जिलाधिकारी ने बताया कि प्रभावित परिवारों के लिए पांच राहत शिविर खोले गए हैं और नावों की संख्या बढ़ाई गई है।",
            "केंद्रीय जल आयोग के अनुसार अगले दो दिनों तक जलस्तर में बढ़ोतरी जारी रहने की आशंका है।",
            "एनडीआरएफ की दो टीमें पीरपैंती और कहलगांव में तैनात की गई हैं, जो नावों से लोगों को सुरक्षित जगहों पर पहुंचा रही हैं।"]
    lines = [*_PAGE_HEAD, title, "अपडेट: 14 अगस्त 2027, सुबह 9:10", *body[:2], link, *body[2:],
             "टैग्स: बाढ़ · गंगा · कहलगांव", "शेयर करें: Facebook · X · WhatsApp", "© 2027 अंग प्रभात"]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert all(p in text for p in body)
    assert link not in text


def test_a_row_of_labelled_facts_is_no_link() -> None:
    """"Best raider: ... · Best catcher: ..." is a row of labelled facts, not a link's label over
    another story's headline."""
    from cleaner.strip.edges import is_inline_link

    assert not is_inline_link("Best raider: Gurvinder Sekhon of Rampura · Best catcher: Manjot Gill of Kheri Kalan")
    assert is_inline_link("Read also: Storm closes the Bogd road for a second day")


_HOUSING = ["The city will hand over 96 council flats in the Las Eras district this autumn, with rents between 310 "
            "and 520 euros a month, far below the market's 890 euros.",
            "Applications open on 3 March at the housing office and online, and the draw will be held before a "
            "notary on 14 May in the council chamber.",
            "Ten of the flats are set aside for people under 35 and five for people with disabilities, the "
            "housing councillor said on Tuesday."]


def _article_html(title: str, inside: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{_HOUSING[0]}</p>{inside}<p>{_HOUSING[1]}</p><p>{_HOUSING[2]}</p></article></body></html>")


def _box_text(box: str, heading: str, items: list[str]) -> str:
    """The cleaned text of a housing story with a box (its opening tag given) holding a heading over
    a list of ``items`` between its first two paragraphs; the story's paragraphs must all stay."""
    lis = "".join(f"<li>{item}</li>" for item in items)
    tag = box[1 : box.index(" ")]
    html = _article_html("Torrealba draws 96 council flats for rent", f"{box}<h4>{heading}</h4><ul>{lis}</ul></{tag}>")
    text = cleaner.clean(html, kind="html").text
    assert all(p in text for p in _HOUSING)
    return text


def test_a_boxs_heading_goes_with_the_parts_taken_out_of_it() -> None:
    """A box whose listing cards the DOM rules took out leaves its heading alone ("Flats for sale
    in Torrealba"): the heading heads nothing and goes with them."""
    title = "Torrealba draws 96 council flats for rent"
    cards = "".join(f"<div class='card'><div class='price'><a href='#{k}'>{price} €</a></div>"
                    f"<div class='meta'>Flat {k} bed · {size} m² · Las Eras</div></div>"
                    for k, price, size in ((2, "159,500", 64), (3, "214,000", 82), (4, "329,000", 140)))
    html = _article_html(title, f"<section class='listings'><h4>Flats for sale in Torrealba</h4>{cards}</section>")
    text = cleaner.clean(html, kind="html").text
    assert all(p in text for p in _HOUSING)
    assert "Flats for sale in Torrealba" not in text


@pytest.mark.parametrize(("heading", "box"), [("Lo más leído", True), ("I più letti", True),
                                              ("Next steps for applicants", False)])
def test_a_most_read_box_goes_between_paragraphs_too(heading: str, box: bool) -> None:
    """A box of headlines without links between the story's paragraphs goes when its heading
    speaks of reading and nothing else ("Lo más leído", most read); a box under another heading
    between paragraphs is the story's."""
    items = ["Road closures for the San Roque festival", "El Pinar will get a health centre in 2027",
             "The last hardware shop in the old town closes"]
    assert (items[1] in _box_text("<div class='box'>", heading, items)) is not box


def test_a_share_row_under_its_own_label_goes_with_one_platform() -> None:
    """A list under its own share label ("Sdílet") with one platform's name among its entries is
    a share row; its other buttons go with it ("E-mail", "Diskuse (46)")."""
    title = "Torrealba draws 96 council flats for rent"
    html = _article_html(title, "").replace(
        "</article>", "<div class='s'><ul><li>Sdílet</li><li>Facebook</li><li>E-mail</li><li>Diskuse (46)</li></ul>"
                      "</div></article>")
    text = cleaner.clean(html, kind="html").text
    assert all(p in text for p in _HOUSING)
    assert "Diskuse (46)" not in text


@pytest.mark.parametrize(("attrs", "widget"), [(" aria-live='polite'", True), ("", False)])
def test_a_live_regions_rows_are_the_sites_ticker(attrs: str, widget: bool) -> None:
    """A box the page marks as a live region holding a heading over short rows ("Traffic news",
    "07:42 Line 4: delays ...") is the site's ticker; the same box unmarked, between paragraphs, is
    the story's timeline."""
    rows = ["07:42 Line 4: delays of up to ten minutes at the market", "07:15 Line 12: cancelled from 07:58",
            "06:50 Line 31: diverted via Lime Street"]
    assert (rows[1] in _box_text(f"<section class='t'{attrs}>", "Traffic news", rows)) is not widget


@pytest.mark.parametrize(("caption", "board"), [("Live departures: Gatwick North Terminal", True),
                                                ("Odloty – tablica na żywo", True),
                                                ("Flights cancelled on Saturday", False)])
def test_a_table_captioned_as_live_data_is_the_sites_board(caption: str, board: bool) -> None:
    """A table captioned as live data ("Live departures", "tablica na żywo") is the site's board;
    a table the story captions as its own stays."""
    title = "Torrealba draws 96 council flats for rent"
    rows = "".join(f"<tr><td>{t}</td><td>{f}</td><td>{c}</td><td>{s}</td></tr>" for t, f, c, s in (
        ("06:15", "CV2211", "Málaga", "Cancelled"), ("06:25", "NR118", "Geneva", "On time"),
        ("06:40", "CV2215", "Alicante", "Scheduled")))
    table = (f"<div class='b'><table><caption>{caption}</caption><thead><tr><th>Time</th><th>Flight</th>"
             f"<th>To</th><th>Status</th></tr></thead><tbody>{rows}</tbody></table></div>")
    text = cleaner.clean(_article_html(title, table), kind="html").text
    assert all(p in text for p in _HOUSING)
    assert ("CV2215" in text) is not board


@pytest.mark.parametrize(("line", "brand"), [("The Plato at low tide on Sunday, with the tugs standing by.", False),
                                             ("Plato Datos Inteligencia", True)])
def test_a_capitalised_latin_name_with_small_words_after_it_is_no_brand(line: str, brand: bool) -> None:
    """A Latin run near a brand's spelling is the brand when its words are capitalised with it
    ("Plato Datos"); a capitalised name with small words after it is a ship's or a philosopher's."""
    assert (load_rules().brand_like(line) is not None) is brand


def test_several_lists_under_their_headings_are_the_storys_own() -> None:
    """Two lists, each under its heading on a colon (the streets without water, where the tankers
    stand), under a link set above them and over another utility's notice, are the story's own:
    the paragraphs past them go on with it."""
    title = "Half of Karlovci without water on Thursday as the main pipe is replaced"
    body = ["The water company will cut the supply from 7 am to 7 pm on Thursday while workers replace 380 metres "
            "of cast-iron pipe under the main street, the director said.",
            "The pipe was laid in 1962 and has burst eleven times this year, each time leaving part of the town "
            "without water for half a day."]
    lists = ["Without water on Thursday:", "Main Street, from the square to the river", "River Street and the lanes "
             "to the railway", "Vine Street and School Street", "Water tankers will stand:", "on the main square, by "
             "the fountain", "outside the health centre", "at the primary school"]
    after = ["The director said the works could end earlier if it does not rain, and that the water may be cloudy "
             "for a few hours after the supply returns.",
             "The pipe replacement costs 14.6 million dinars, paid by the provincial government."]
    lines = [*_PAGE_HEAD, title, "Published 21 September 2027", *body,
             "Read also: Riverside promenade will be finished in spring", *lists,
             "Notice from the Novi Sad water company: no water in part of Petrovaradin on Thursday from 8 to 3",
             *after, *_PAGE_FOOT]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert all(line in text for line in [*body, *lists, *after])


@pytest.mark.parametrize(("line", "kept"), [("Data: Emergency management agency of the province", True),
                                             ("Read also: Storm closes the Bogd road for a second day", False)])
def test_a_short_credit_under_a_lists_entries_is_its_source(line: str, kept: bool) -> None:
    """A short "Label: name" line right under a list's entries, up to the line announcing them,
    credits the list; a link under them is a link."""
    title = "Dust storm in Bayankhongor closes three roads"
    body = ["A dust storm swept the provincial centre and the southern districts on Thursday afternoon, closing three "
            "roads and grounding the afternoon flight, the emergency agency said.",
            "Roads closed until Friday:", "Bayankhongor to Bogd", "Bayankhongor to Bayan-Ondor", "Bombogor to Jinst",
            line,
            "Herders moving to their summer camps were told to keep their animals in pens until the wind drops.",
            "The storm is expected to ease on Friday morning."]
    text = cleaner.clean("\n".join([title, *body]), kind="page", title=title).text
    assert all(p in text for p in body if p != line)
    assert (line in text) is kept


@pytest.mark.parametrize(("line", "counter"), [("Galerija (12 fotografija)", True), ("Gallery · 9 photos", True),
                                               ("The 12 photos show the damage to the market.", False)])
def test_a_gallerys_count_of_its_pictures_goes(line: str, counter: bool) -> None:
    """A gallery's count of its pictures on a line of its own ("Galerija (12 fotografija)") is its
    button, the pictures gone with the markup."""
    title = "Fire destroys the cheese stalls at Travnik market"
    body = ["A fire destroyed eleven stalls in the covered part of Travnik market overnight, the fire brigade said on "
            "Monday, and traders lost about 600 kilograms of cheese.",
            "Police said the investigation was over and that a short circuit in a refrigerated counter was the most "
            "likely cause.",
            "The mayor has called an emergency meeting for Tuesday to find the traders a temporary place."]
    assert _kept_between(title, body, line) is not counter


@pytest.mark.parametrize(("line", "widget"), [
    ("Right now at the border: Orton Bridge 10 min · Kelda Gate 20 min · Mossford 5 min", True),
    ("New crossing hours: Orton Bridge 0–24 · Kelda Gate 6–22", False)])
def test_a_widgets_entries_again_under_another_label_go(line: str, widget: bool) -> None:
    """Between a page's paragraphs, a labelled row whose entries the chrome above the headline
    shows ("Orton Bridge 10 min · Kelda Gate 20 min") is the widget again under another label; a
    row of the story's own entries stays."""
    title = "Orton Bridge border crossing to open around the clock from October"
    body = ["The interior ministry confirmed on Wednesday that the Orton Bridge crossing will open around the clock "
            "from 1 October, ending twenty years of night closures.",
            "Hauliers have had to drive 38 kilometres around through Kelda Gate at night, a detour the new control "
            "building with four lanes will end.",
            "The official opening of the new building is set for Thursday, 30 September, at 11 am."]
    lines = ["Skip to content", "Tarnside Courier", "News | Sport | Business",
             "Border queues: Orton Bridge 10 min · Kelda Gate 20 min · Mossford 5 min · Hallow 45 min",
             title, "Published 23 September 2027", *body[:2], line, body[2], *_PAGE_FOOT]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert all(p in text for p in body)
    assert (line in text) is not widget


@pytest.mark.parametrize(("line", "appeal"), [
    ("Una habari kutoka mtaani kwako? Tutumie picha na video kupitia WhatsApp namba 0754 318 227.", True),
    ("لديكم صور أو فيديوهات من الحي؟ أرسلوها إلى رقم الواتساب 98 412 306 وسننشر أفضلها.", True),
    ("Reports of leaks go to the water board on 0161 555 0144 and on WhatsApp at 07700 900 412.", False),
    ("Why WhatsApp? The board says its old line, 0161 555 0144, could not cope with the calls.", False)])
def test_a_question_then_a_platform_and_a_number_is_the_sites_appeal(line: str, appeal: bool) -> None:
    """A line that asks the reader a question, then gives a platform and a number, is the site's
    appeal for tips, whatever the language's word for "us"; a story's helpline is stated, and a
    question asked of the story's own number is the story's."""
    title = "Tarnside water board moves its leak line to WhatsApp"
    body = ["The Tarnside water board said on Monday that residents can now report burst pipes and leaks by "
            "message, after its telephone line was overwhelmed during last winter's freeze.",
            "The board took 4,200 calls in the week of the freeze, more than in the whole of the previous year, "
            "and many callers waited over an hour.",
            "The new service will be staffed from 7 am to 10 pm every day, the board said."]
    assert _kept_between(title, body, line) is not appeal


def test_a_row_of_dates_under_the_headline_is_the_bylines_however_long() -> None:
    """Published and updated, parted by a row mark, in words as long as a sentence's ("Publié le 30
    juillet 2028 à 19 h 42 | Mis à jour le 31 juillet 2028 à 8 h 15"), make no paragraph: the
    byline's row goes and the standfirst under it stays."""
    title = "Kafountine : le préfet suspend les sorties en mer après des affrontements entre pêcheurs"
    stamp = "Publié le 30 juillet 2028 à 19 h 42 | Mis à jour le 31 juillet 2028 à 8 h 15"
    body = ["Le différend porte sur les filets dormants posés dans l'aire marine protégée d'Abéné",
            "Des affrontements ont opposé samedi soir, sur la plage de Kafountine, des pêcheurs du village à des "
            "pêcheurs saisonniers venus de Saint-Louis ; onze personnes ont été blessées.",
            "Les jeunes du village reprochent aux saisonniers leurs filets dormants, interdits dans l'aire marine "
            "protégée depuis 2024.",
            "Le préfet de Bignona a réuni dimanche les deux parties et suspendu toute sortie de pirogue jusqu'à "
            "mercredi."]
    lines = ["Aller au contenu", "Bolama Infos", "Accueil | Société | Sport", title, stamp, *body,
             "Mots-clés : pêche · Kafountine", "Partagez : Facebook · WhatsApp", "© 2028 Bolama Infos"]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert stamp not in text
    assert all(p in text for p in body)


@pytest.mark.parametrize(("line", "prompt"), [
    ("Tous les résultats du Bac 2028, jury par jury : cliquez ici pour consulter notre page spéciale", True),
    ("Le ministère l'a répété toute la journée à la radio : cliquez ici, sur le site de l'Office, rien ailleurs.",
     False)])
def test_a_click_prompt_after_a_label_naming_the_link_goes(line: str, prompt: bool) -> None:
    """In a page's whole text, "label : click here to ..." is a link's label with its subject first;
    a sentence before the colon is the story's."""
    title = "Bac 2028 : 41,7 % d'admis au premier tour dans l'académie de Ziguinchor"
    body = ["L'académie de Ziguinchor a enregistré 41,7 % d'admis au premier tour du baccalauréat, contre 38,2 % "
            "l'an dernier, selon les chiffres publiés lundi par l'Office du Bac.",
            "Les candidats ajournés avec une moyenne comprise entre 9 et 10 passeront le second tour à partir du "
            "8 août dans les mêmes centres.",
            "L'inspecteur d'académie a salué les résultats des lycées de Bignona et d'Oussouye."]
    lines = ["Aller au contenu", "Bolama Infos", "Accueil | Société | Sport", title, "31 juillet 2028",
             body[0], body[1], line, body[2], "Mots-clés : Bac · Ziguinchor", "© 2028 Bolama Infos"]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert all(p in text for p in body)
    assert (line in text) is not prompt


def test_a_paragraph_speaking_of_the_list_above_it_goes_on_with_the_story() -> None:
    """Past a link and the story's own list under its heading, a paragraph that says words of the
    list and of the story (Arabic's article aside: "المراكز" is "مراكز") goes on with the story."""
    title = "القاش يفيض على أحياء غرب كسلا ويجبر ألفي أسرة على النزوح"
    body = ["اجتاحت مياه نهر القاش فجر الثلاثاء أحياء الكارا والمربعات وأجزاء من حي الختمية غرب مدينة كسلا بعد أن "
            "تجاوزت الجسور الترابية.",
            "وقال مدير الدفاع المدني بالولاية إن 340 منزلا انهارت كليا، مشيرا إلى إجلاء أكثر من ألفي أسرة إلى "
            "مراكز الإيواء.",
            "«صحينا على صوت الجيران والموية داخلة البيوت، شلنا الأولاد ومشينا المدرسة»، قالت إحدى النازحات."]
    lists = ["مراكز الإيواء المعلنة:", "مدرسة الختمية الأساسية بنين", "مجمع مدارس حي الميرغنية", "استاد كسلا"]
    after = "وأعلنت وزارة الصحة الولائية عن حملة لرش البعوض ومكافحة الإسهالات في المراكز، محذرة من تكرار ما حدث في خريف 2020."
    lines = ["تخطّ إلى الخبر", "نبض الشرق", "الرئيسية | كسلا | اقتصاد | رياضة", title, "نشر في 1 أغسطس 2028",
             *body, "اقرأ أيضا: ديربي كسلا ينتهي بالتعادل السلبي", *lists, after,
             "وسوم: القاش · كسلا", "شارك: فيسبوك · واتساب", "جميع الحقوق محفوظة © نبض الشرق 2028"]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert all(p in text for p in [*body, *lists, after])


def test_a_standfirst_dated_in_another_scripts_digits_is_no_standfirst() -> None:
    """A line under the headline that dates itself in Bengali digits ("... ১২ মে, ২০২৬ এ প্রকাশিত")
    is the byline's date line, however many of the story's words it says; the story's lists count
    among its words."""
    title = "শান্তিনিকেতনের বইমেলায় এবার তৃষা সেনের নতুন উপন্যাস নিয়ে আলোচনা"
    stamp = "তৃষা সেন দ্বারা ১২ মে, ২০২৬ এ প্রকাশিত উপন্যাস আলোচনা"
    body = ["শান্তিনিকেতনের বইমেলায় রবিবার সন্ধ্যায় তৃষা সেনের নতুন উপন্যাস নিয়ে এক আলোচনাসভা হয়, সেখানে পাঠকদের ভিড় "
            "ছিল চোখে পড়ার মতো।",
            "লেখিকা জানান, উপন্যাসটি লিখতে তাঁর প্রায় চার বছর সময় লেগেছে এবং এর পটভূমি বীরভূমের একটি গ্রাম।",
            "আলোচনায় অংশ নেন বিশ্বভারতীর দুই অধ্যাপক ও কয়েকজন তরুণ কবি।"]
    lines = ["মূল বিষয়বস্তুতে যান", "বোলপুর বার্তা", "প্রথম পাতা | জেলা | খেলা", title, stamp, *body,
             "বিভাগ: বই আলোচনা", "শেয়ার করুন: Facebook · WhatsApp", "© ২০২৬ বোলপুর বার্তা"]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert stamp not in text
    assert all(p in text for p in body)


@pytest.mark.parametrize("credit", ["صفاقس – محمد علي الشعري", "Nosoratan'i Hery Rakotondrabe"])
def test_a_place_and_writer_or_a_glued_byline_over_the_lead_is_the_storys(credit: str) -> None:
    """The place the story names, a dash and the writer's name ("صفاقس – محمد علي الشعري"), or a
    byline whose bringing word carries its particle after an apostrophe ("Nosoratan'i Hery
    Rakotondrabe"), right above the lead is the article's line; the date line above it is not."""
    title = "Sfax et Kerkennah : les marins bloquent le port de Sidi Youssef contre la pêche au chalut"
    stamp = "Publié le 26 juillet 2028 à 15:20"
    body = ["Des dizaines de marins de Kerkennah ont bloqué mercredi matin l'entrée du port de Sidi Youssef, à "
            "Sfax, pour protester contre les chalutiers qui raclent les fonds près de l'archipel.",
            "Les liaisons entre Sfax et Kerkennah ont été suspendues près de sept heures avant de reprendre dans "
            "l'après-midi.",
            "Le commissaire régional à l'agriculture a promis de doubler les patrouilles de la garde maritime."]
    credit = credit.replace("صفاقس", "Sfax") if credit.startswith("صفاقس") else credit
    lines = ["Aller au contenu", "Vagues du Sud", "Accueil | Sfax | Sport", title, stamp, credit, *body,
             "Mots-clés : Kerkennah · pêche", "© 2028 Vagues du Sud"]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert credit in text and stamp not in text
    assert all(p in text for p in body)


_MARKET_FIRE = ("Incendio en el mercado de Coronel Oviedo destruye doce puestos", [
    "Un incendio destruyó doce puestos del mercado municipal de Coronel Oviedo en la madrugada del martes, según "
    "informaron los bomberos voluntarios.",
    "Las llamas comenzaron en un puesto de ropa y se extendieron a los de calzado antes de ser controladas.",
    "La municipalidad prometió habilitar un espacio provisorio para los comerciantes afectados."])


@pytest.mark.parametrize(("line", "counter"), [
    ("Galería: foto 1 de 9", True), ("Foto 2 de 11", True), ("Potrèt 4 / 25 · Mira tur potrèt", True),
    ("Ta'anga 5 / 27 · Ehecha opaite ta'anga", True), ("Nota 4 / 5 · Lee la crítica", False),
    ("Se detuvieron 2 de 5 autobuses.", False)])
def test_a_gallerys_counter_of_picture_and_total_goes(line: str, counter: bool) -> None:
    """A gallery's counter, its picture and its total, on a line of its own: with a word for
    pictures, or with the counter's noun again in the label of the button beside it ("Ta'anga 5 /
    27 · Ehecha opaite ta'anga", see all pictures, in Guaraní); a rating has no button naming it,
    and a sentence counting buses is the story's."""
    assert _kept_between(*_MARKET_FIRE, line) is not counter


def test_a_data_page_under_a_heading_worded_as_its_title_holds_no_article() -> None:
    """The day's exchange rates under a heading that opens on the stem of the title's first word
    ("Cotizaciones del lunes ..." under "Cotización del dólar hoy ..."), rows of a label and its
    figures after a dash, a stamp and a note under them: a data page, no article."""
    title = "Cotización del dólar hoy en Córdoba: oficial, blue, MEP y CCL"
    rows = ["Dólar oficial (Banco Nación) — compra $1.172 · venta $1.212", "Dólar blue — compra $1.495 · venta $1.515",
            "Dólar MEP — $1.478", "Dólar contado con liquidación — $1.496", "Euro oficial — $1.318", "Real — $228,40"]
    lines = ["Ir al contenido", "La Cañada Diario", "Inicio | Ciudad | Economía",
             "Dólar oficial $1.212 · Blue $1.515 · MEP $1.478 · CCL $1.496 · Riesgo país 612", "Economía",
             "Cotizaciones del lunes 5 de febrero de 2029", *rows, "Actualizado a las 11:05",
             "Los valores son informativos y pueden variar según la entidad.", "Etiquetas: dólar hoy · cotizaciones",
             "© 2029 La Cañada Diario"]
    with pytest.raises(cleaner.Rejected):
        cleaner.clean("\n".join(lines), kind="page", title=f"{title} | La Cañada Diario")


@pytest.mark.parametrize(("line", "appeal"), [
    ("Mande sua foto da torcida no Amigão para o WhatsApp do Borborema em Pauta: (83) 98822-4107.", True),
    ("O Procon de Campina Grande recebe denúncias pelo WhatsApp (83) 98811-2040, informou o órgão.", False)])
def test_a_platform_and_a_number_under_the_sites_own_name_is_its_appeal(line: str, appeal: bool) -> None:
    """A line giving a platform and a number under the site's own name is the site's appeal,
    whatever its verbs; an office's number on a platform is the story's."""
    site = "Borborema em Pauta"
    title = "Campinense vence o clássico no Amigão e assume a liderança"
    body = ["O Campinense venceu o Treze por 2 a 1 no Amigão, na noite de domingo, e assumiu a liderança do "
            "Campeonato Paraibano com duas rodadas de antecedência.",
            "Os dois gols raposeiros saíram no segundo tempo, depois de o Galo abrir o placar ainda na etapa inicial.",
            "O técnico do Campinense elogiou a torcida, que lotou o Amigão mesmo com a chuva que caiu durante todo o "
            "primeiro tempo.",
            "O próximo jogo do Campinense será no sábado, contra o Sousa, no sertão, às 16 horas."]
    lines = ["Pular para o conteúdo", site, "Início | Cidade | Esportes", title, body[0], body[1], line, body[2],
             body[3], "Tags: Campinense · Treze", f"© 2029 {site}"]
    text = cleaner.clean("\n".join(lines), kind="page", title=f"{title} - {site}").text
    assert all(p in text for p in body)
    assert (line in text) is not appeal


def test_the_storys_list_with_a_link_set_under_its_entries_goes_on_with_the_story() -> None:
    """A sentence announcing the storm's toll, its entries, then a link to another story under
    them: past the link, the paragraphs that speak of the entries go on with the story."""
    title = "Granizada en Xalapa deja sin techo a 60 locales del mercado Jáuregui"
    body = ["Xalapa, Ver.– Una granizada de 25 minutos que cayó la tarde del martes sobre el centro de Xalapa perforó "
            "las láminas del techo del mercado Jáuregui y dejó expuestos a la lluvia 60 de sus 214 locales.",
            "Locatarios de la zona de fondas sacaron el agua a cubetadas hasta pasada la medianoche. El miércoles por "
            "la mañana, una decena de puestos no abrió.",
            "«Se nos mojó todo el chile seco, el frijol y la harina. Son unos 15 mil pesos nada más en mi local», dijo "
            "Juana Ortiz Landa, que vende semillas en el mercado desde hace 31 años."]
    tally = ["Saldo de la tormenta, según Protección Civil municipal:", "Árboles caídos — 17",
             "Viviendas con daños en techos — 43", "Vehículos dañados por caída de ramas — 9",
             "Calles con encharcamientos — 22"]
    after = ["El Ayuntamiento ofreció láminas nuevas para la zona más dañada, pero los locatarios piden además un "
             "apoyo económico para reponer la mercancía perdida.",
             "El Servicio Meteorológico Nacional pronostica más tormentas con granizo para Xalapa hasta el fin de "
             "semana."]
    lines = ["Ir al contenido", "Atenas Veracruzana", "Inicio | Xalapa | Veracruz", title,
             "Publicado: 20/06/2029 12:35 h · 24 comentarios", "Por: Marco Antonio Ruiz Lagunes", *body, *tally,
             "Te recomendamos: CMAS suspenderá el agua 36 horas en 41 colonias de Xalapa", after[0],
             "¿Te tocó la granizada? Comparte tus fotos y videos por WhatsApp al 228 190 4471.", after[1],
             "Temas: granizada · Xalapa", "Lo más leído", "Museo de Antropología amplía su horario",
             "© 2029 Atenas Veracruzana"]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert all(p in text for p in [*body, *tally, *after])


@pytest.mark.parametrize(("line", "teaser"), [
    ("EN DIRECT – Procès Lambotte à Mons : suivez le réquisitoire minute par minute", True),
    ("DIRETTA | Strage di Calvenzano, la lettura della sentenza in aula", True),
    ("Live music: the band played until two in the morning at the square.", False)])
def test_a_live_label_over_another_pages_headline_goes(line: str, teaser: bool) -> None:
    """A label that says "live" and nothing more, then a headline after a dash, a bar or a colon,
    is a live page's teaser set between paragraphs; a label saying more is the story's."""
    title = "Court acquits the former mayor of Skelmoor of fraud"
    body = ["A jury at Teesside Crown Court on Thursday acquitted the former mayor of Skelmoor of three counts of "
            "fraud after a five-week trial.",
            "The prosecution had said the council's grants to a festival company were paid without any tender.",
            "Outside the court, the former mayor thanked his family and said he would not stand again."]
    assert _kept_between(title, body, line) is not teaser


def test_a_copys_last_line_with_its_button_run_on_is_its_outlets_box() -> None:
    """On a network copy, the last line before the network's block that ends on a button run on
    after its sentences ("... des hautes Andes. S'abonner") is the outlet's newsletter box, whatever
    the pitch's words; an article's sentence ends on no button."""
    title = "Le lac Titicaca à son plus bas niveau depuis 1998"
    body = ["Le niveau du lac Titicaca a atteint 3 808,1 mètres au-dessus de la mer, le plus bas relevé depuis 1998, "
            "selon le service météorologique péruvien.",
            "Les pêcheurs de Puno disent ne plus pouvoir accéder à leurs zones de pêche habituelles.",
            "Le niveau continue généralement de baisser jusqu'au retour des pluies en décembre."]
    pitch = ("Notes du lac, la lettre bimensuelle du Moniteur de l'eau de l'Altiplano sur les lacs, les glaciers et "
             "les rivières des hautes Andes. S'abonner")
    raw = "\n\n".join([*_echoes(title, "Moniteur de l'eau de l'Altiplano"), *body, pitch,
                       "PlatoData.Network IA générative verticale. Devenez plus fort. Accédez par ici.",
                       "Source : Platon, le renseignement sur les données."]) + "\n"
    assert cleaner.clean(raw.replace("\n\n", "\n"), kind="page").text == "\n\n".join(body)


def _kurier_page(title: str, parts: list[str]) -> str:
    """An outlet's page: its masthead and menu, then the article's headline and ``parts`` (markup)."""
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + " | Saalgrunder Kurier</title>"
            "</head><body><header><a href=\"/\">Saalgrunder Kurier</a><nav><a href=\"/a\">Lokales</a> "
            "<a href=\"/b\">Energie</a></nav></header><main><article><h1>" + title + "</h1>" + "".join(parts)
            + "</article></main><footer><p>© 2025 Saalgrunder Kurier</p></footer></body></html>")


@pytest.mark.parametrize(("footer", "advert"), [
    ("<div>Stand: heute, 6:00 Uhr · Anzeige</div><div>Jetzt Tarif wechseln</div>", True),
    ("<p>Quelle: Stadtwerke Saalgrund, Preisblatt vom 1. Mai</p>", False)])
def test_a_table_over_a_footer_labelled_an_advert_is_the_advertisers(footer: str, advert: bool) -> None:
    """A table whose box is followed by a footer that labels it an advert as a part of its row
    ("Stand: heute, 6:00 Uhr · Anzeige") is the advertiser's widget, its footer with it; the same
    table over its source is the story's."""
    title = "Wärmepumpe statt Ölkessel: Wie viel Förderung es gibt"
    paragraphs = ["Im Keller von Ursula und Helmut Kranich steht seit vergangener Woche kein Öltank mehr. Stattdessen "
                  "brummt hinter dem Haus eine Luft-Wasser-Wärmepumpe, die im Winter das ganze Haus heizen soll.",
                  "Rund 31.000 Euro hat der Tausch gekostet, einschließlich neuer Heizkörper in Bad und Wohnzimmer. "
                  "Knapp 16.000 Euro davon bekommen die Kranichs vom Staat zurück.",
                  "Das Problem in Saalgrund ist ein anderes: die Handwerker. Die drei Heizungsbaubetriebe im "
                  "Stadtgebiet sind nach eigenen Angaben bis in den Herbst ausgebucht."]
    rows = [("Saaletal Energie Natur", "27,4 ct/kWh", "12,90 €/Monat"), ("Grünstromwerk Direkt", "28,1 ct/kWh",
            "9,95 €/Monat"), ("Volta Basis 24", "29,6 ct/kWh", "8,50 €/Monat")]
    table = ("<div class=\"vergleich\"><table><caption>Stromtarife in Saalgrund im Vergleich</caption><thead><tr>"
             "<th>Anbieter</th><th>Arbeitspreis</th><th>Grundpreis</th></tr></thead><tbody>"
             + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows) + "</tbody></table></div>")
    page = _kurier_page(title, [f"<p>{paragraphs[0]}</p>", f"<p>{paragraphs[1]}</p>", table,
                                 f"<div class=\"fuss\">{footer}</div>", f"<p>{paragraphs[2]}</p>"])
    text = cleaner.clean(page, kind="html").text
    assert all(p in text for p in paragraphs)
    assert ("Saaletal Energie Natur" in text) is not advert


@pytest.mark.parametrize(("last", "call"), [("Tutti i numeri utili", True), ("Acquedotto notturno: 800 227 116", False)])
def test_a_helpline_box_ending_on_its_button_is_the_sites(last: str, call: bool) -> None:
    """A box under its own heading, a few helpline numbers, then a button of a few words ("Tutti i
    numeri utili") between the story's paragraphs is the site's; a box ending on a number is a
    list of facts."""
    title = "Lavori sulla rete del gas: tre giorni senza fornitura in centro a Roccalba"
    paragraphs = ["Da lunedì 14 ottobre la società del gas sostituirà 900 metri di condotta sotto via Roma e piazza "
                  "del Duomo, e per tre giorni le famiglie del centro storico resteranno senza gas.",
                  "Al termine dei lavori i tecnici passeranno casa per casa per riattivare i contatori: servirà la "
                  "presenza di un adulto, chi non sarà in casa troverà un avviso.",
                  "Il Comune ha chiesto alla società di fermare i lavori durante il mercato del sabato mattina."]
    box = ("<aside class=\"guasti\"><h3>Guasti e segnalazioni</h3><p>Pronto intervento gas: 800 310 602</p>"
           f"<p>Guasti luce: 800 418 900</p><p>Acquedotto: 800 227 115</p><p>{last}</p></aside>")
    page = _kurier_page(title, [f"<p>{paragraphs[0]}</p>", box, f"<p>{paragraphs[1]}</p>", f"<p>{paragraphs[2]}</p>"])
    text = cleaner.clean(page, kind="html").text
    assert all(p in text for p in paragraphs)
    assert ("Pronto intervento gas" in text) is not call


@pytest.mark.parametrize(("heading", "board"), [("Live departures: Kessingford", True),
                                                ("Departures kept during the strike", False)])
def test_a_box_headed_as_live_data_over_short_rows_is_the_sites_board(heading: str, board: bool) -> None:
    """A box whose heading says its data is live ("Live departures: Kessingford") over short rows
    is the site's board, refreshed as the reader looks; the same rows under the story's heading are
    the story's list."""
    title = "Rail strike: what runs from Kessingford on Tuesday and Wednesday"
    paragraphs = ["Drivers at Downland Rail will strike on Tuesday and Wednesday in a dispute over pay, the union "
                  "confirmed on Monday after talks with the operator broke down.",
                  "The operator said it would run a reduced timetable between 7am and 7pm on both days, with no "
                  "trains at all on the branch line to Ebbcombe.",
                  "Passengers with season tickets will be able to claim compensation for both days, the operator said."]
    box = (f"<div class=\"board\"><h4>{heading}</h4><ul><li>18:12 London Waterloo — Delayed 6 min</li>"
           "<li>18:25 Porthaven — On time</li><li>18:31 Ebbcombe — Cancelled</li>"
           "<li>18:40 Coldharbour Junction — Platform 3</li></ul></div>")
    page = _kurier_page(title, [f"<p>{paragraphs[0]}</p>", f"<p>{paragraphs[1]}</p>", box, f"<p>{paragraphs[2]}</p>"])
    text = cleaner.clean(page, kind="html").text
    assert all(p in text for p in paragraphs)
    assert ("18:25 Porthaven" in text) is not board


def test_the_storys_list_past_a_picture_and_a_link_under_a_paragraph_goes_on() -> None:
    """Under a paragraph, a gallery's first counter and its caption, a link to another story, then
    a sentence announcing the story's list, its entries and the paragraphs going on: the picture
    and the link are set beside the story, the list and what follows are its own."""
    title = "Nyumba ya kale ya Mwinyi Mkuu yafunguliwa tena Bagamoyo baada ya ukarabati"
    body = ["Idara ya Mambo ya Kale imefungua tena nyumba ya kale ya Mwinyi Mkuu mjini Bagamoyo baada ya ukarabati "
            "uliochukua miaka mitatu, na sasa itapokea wageni kila siku.",
            "Nyumba hiyo ilijengwa mwaka 1871 kwa mawe ya matumbawe na chokaa, na sehemu ya paa lake ilikuwa "
            "imeanguka wakati wa mvua kubwa za mwaka 2019.",
            "Mhandisi wa mradi, Bi. Zawadi Mrisho, alisema mafundi walitumia chokaa ya asili kama ile ya zamani ili "
            "kuta ziendelee kupumua."]
    picture = ["Picha 1 kati ya 9", "Mlango wa kuchongwa wa nyumba ya Mwinyi Mkuu baada ya ukarabati. Picha: Juma Salim"]
    link = "Soma pia: Soko la samaki la Bagamoyo lapata jengo jipya la kisasa"
    rest = ["Ghorofa ya juu ya nyumba ya Mwinyi Mkuu itakuwa na maonyesho ya kudumu yatakayojumuisha:",
            "Milango ya kuchongwa ya Bagamoyo", "Vyombo vya shaba vya karne ya kumi na tisa",
            "Picha za zamani za mji wa Bagamoyo",
            "Mjukuu wa familia, Bw. Salim Mwinyi, alisema familia imekubali nyumba hiyo itumike kwa maonyesho ya "
            "utamaduni kwa miaka ishirini.",
            "Wageni wataingia bure kutoka Jumatatu hadi Jumamosi, saa tatu asubuhi hadi saa kumi jioni."]
    lines = ["Ruka hadi maudhui", "Sauti ya Pwani", "Habari | Bagamoyo | Utamaduni", title, "13 Agosti 2028",
             *body, *picture, link, *rest, "Maoni (4) | Andika maoni", "Lebo: Bagamoyo · urithi · ukarabati",
             "Zinazosomwa zaidi", "Soko la samaki la Bagamoyo lapata jengo jipya la kisasa",
             "© 2028 Sauti ya Pwani"]
    text = _whole_page_text(lines, f"{title} | Sauti ya Pwani")
    assert all(p in text for p in [*body, picture[1], *rest])
    assert link not in text and "Lebo:" not in text


@pytest.mark.parametrize("announce", [
    "Ofisi ya mkuu wa wilaya imesema kwamba familia zilizoathirika na mafuriko hayo zimeshapewa msaada wa kwanza "
    "ufuatao:",
    "Msaada uliotolewa:"])
def test_a_last_paragraph_past_a_link_and_the_storys_long_announced_list_stays(announce: str) -> None:
    """Past a link to another story, a list under one sentence announcing it, however many words
    its language's particles make it, then the story's last paragraph: the paragraph is the
    story's, not a footer's lone sentence."""
    title = "Mafuriko yaharibu nyumba 40 katika kata ya Kisiju wilayani Mkuranga"
    body = ["Mvua kubwa iliyonyesha usiku wa Jumatano imesababisha mafuriko katika kata ya Kisiju wilayani Mkuranga, "
            "na kuharibu nyumba 40 na mashamba ya mpunga.",
            "Mkuu wa wilaya ya Mkuranga alisema watoto wawili walisombwa na maji ya mto na kufariki, na watu watano "
            "walijeruhiwa.",
            "Barabara ya Kisiju hadi Mkuranga ilifungwa kwa saa sita kutokana na tope na mawe yaliyoporomoka."]
    link = "Soma pia: Matokeo ya mtihani wa darasa la saba: wanafunzi 1,200 wa Mkuranga wafaulu kuingia sekondari"
    listed = [announce, "Mahema 36 na mablanketi 72", "Chakula kwa familia 80 (unga, mchele na mafuta)",
              "Matibabu bure kwa majeruhi katika hospitali ya wilaya"]
    last = ("Mamlaka ya hali ya hewa imetoa tahadhari ya mvua kubwa na mafuriko zaidi katika wilaya za pwani kwa "
            "siku mbili zijazo.")
    lines = ["Ruka hadi maudhui", "Sauti ya Pwani", "Habari | Mkuranga | Jamii", title, "15 Agosti 2028",
             *body, link, *listed, last, "Maoni (2) | Andika maoni", "Lebo: mafuriko · Mkuranga",
             "Zinazosomwa zaidi", "Matokeo ya mtihani wa darasa la saba: wanafunzi 1,200 wa Mkuranga wafaulu",
             "© 2028 Sauti ya Pwani"]
    text = _whole_page_text(lines, f"{title} | Sauti ya Pwani")
    assert all(p in text for p in [*body, *listed, last])


@pytest.mark.parametrize("counter", ["Foto 1 dari 7", "Foto 3 dari 20 · Lihat galeri"])
def test_a_gallerys_counter_over_a_caption_under_the_last_paragraph_goes_the_closing_line_stays(counter: str) -> None:
    """Under the story's last paragraph, a gallery's counter ("Foto 1 dari 7", or the slide the
    page was saved at with its button), the picture's caption and a short closing line: the
    caption and the line are the story's, the counter its gallery's; a counter of comments with its
    prompt and the tags under them are the site's."""
    title = "Festival salak di Sleman diikuti 150 petani dari lereng Merapi"
    body = ["Festival salak pondoh tahunan dibuka Kamis pagi di lapangan Turi, Sleman, dan diikuti 150 petani dari "
            "desa-desa di lereng Merapi.",
            "Menurut dinas pertanian, panen salak tahun ini mencapai 21 ribu ton, naik sekitar sepuluh persen "
            "dibanding tahun lalu.",
            "Para petani meminta pemerintah daerah membantu pemasaran ke luar Jawa agar harga tidak jatuh saat "
            "panen raya."]
    caption = "Seorang petani menata salak di stan festival. Foto: Rina Wulandari"
    close = "Festival berlangsung sampai Sabtu sore."
    lines = ["Langsung ke konten", "Kabar Merapi", "Beranda | Sleman | Ekonomi", title, "Kamis, 23 November 2028",
             *body, counter, caption, close, "5 komentar | Tulis tanggapan Anda", "Tag: salak · Sleman · petani",
             "Terpopuler", "Harga cabai di Pasar Beringharjo turun", "© 2028 Kabar Merapi"]
    assert _whole_page_text(lines, f"{title} | Kabar Merapi") == "\n\n".join([*body, caption, close])


@pytest.mark.parametrize(("line", "teaser"), [
    ("Video | Watch the moment the lifeboat reached the stranded trawler", True),
    ("Background | Why the harbour wall was never finished", True),
    ("Berth | Depth at low water 4 metres", False)])
def test_a_word_and_a_bar_over_another_pages_headline_alone_between_paragraphs_goes(line: str, teaser: bool) -> None:
    """A word and a bar, then a headline with no figure and no stop, alone between paragraphs, is a
    teaser of the site's section ("Video | ..."), whatever the word; a table's row gives figures."""
    title = "Lifeboat crews rescue five from trawler aground off Tarn Point"
    body = ["Five fishermen were rescued on Monday night after their trawler ran aground on rocks off Tarn Point in "
            "a force eight gale.",
            "Crews from two lifeboat stations reached the vessel within forty minutes and took the men off one "
            "by one.",
            "The coastguard said the trawler would be towed off at high tide on Wednesday if the weather eased."]
    assert _kept_between(title, body, line) is not teaser


def test_a_long_headline_with_its_own_colon_under_a_label_bidding_to_read_goes() -> None:
    """A label bidding the reader read, then another story's headline of eighteen words with a colon
    of its own, in a script without capitals, between paragraphs: a link, the inner colon a
    headline's, not a second label's."""
    title = "கடலூரில் கனமழை: 40 வீடுகள் சேதம், இரண்டு தரைப்பாலங்கள் மூழ்கின"
    body = ["கடலூர் மாவட்டத்தில் புதன்கிழமை இரவு பெய்த கனமழையால் 40 வீடுகள் சேதமடைந்தன, இரண்டு தரைப்பாலங்கள் "
            "நீரில் மூழ்கின என்று மாவட்ட ஆட்சியர் தெரிவித்தார்.",
            "பாதிக்கப்பட்ட குடும்பங்கள் அருகிலுள்ள பள்ளிகளில் அமைக்கப்பட்ட நிவாரண முகாம்களில் தங்க வைக்கப்பட்டுள்ளனர்.",
            "அடுத்த இரண்டு நாட்களுக்கு கடலோர மாவட்டங்களில் மேலும் மழை பெய்யும் என்று வானிலை ஆய்வு மையம் "
            "எச்சரித்துள்ளது."]
    link = ("இதையும் படியுங்கள்: பிளஸ் டூ தேர்வு முடிவுகள்: கடலூர் மாவட்டத்தில் இந்த ஆண்டு தேர்ச்சி விகிதம் கடந்த "
            "ஆண்டைவிட சற்று உயர்ந்தது என கல்வித்துறை அறிவிப்பு வெளியிட்டது")
    lines = ["உள்ளடக்கத்திற்குச் செல்", "கடலோரச் செய்தி", "செய்திகள் | கடலூர் | விளையாட்டு", title, "22.11.2028",
             *body[:2], link, body[2], "குறிச்சொற்கள்: மழை · கடலூர்", "© 2028 கடலோரச் செய்தி"]
    text = _whole_page_text(lines, f"{title} | கடலோரச் செய்தி")
    assert all(p in text for p in body) and link not in text


def test_a_place_of_several_words_the_lead_names_whole_and_the_writer_stay() -> None:
    """The place the story is told from, of several words the lead names whole ("Bandar Seri
    Begawan"), a dash and the writer's name right above the lead: the story's dateline."""
    title = "Water supply cut to four villages in Tutong for pipe repairs"
    credit = "Bandar Seri Begawan – Hajah Noraini Ismail"
    body = ["The Public Works Department in Bandar Seri Begawan said on Sunday that water supply to four villages in "
            "Tutong would be cut for two days while a burst main is replaced.",
            "Tankers will be stationed at the village halls from seven in the morning, the department said.",
            "Residents were asked to store water and to report leaks on the department's hotline."]
    lines = ["Skip to content", "Borneo Daily Post", "News | Tutong | Business", title, "Posted 20 November 2028 10:15",
             credit, *body, "Tags: water · Tutong", "© 2028 Borneo Daily Post"]
    text = _whole_page_text(lines, f"{title} | Borneo Daily Post")
    assert credit in text and all(p in text for p in body)


def test_a_key_figure_of_a_photovoltaic_field_is_no_gallerys_count() -> None:
    """A key-figures box under a page's paragraph: "210 MW — photovoltaic field" speaks of light
    turned into power, not of photos; the words for pictures stand whole."""
    title = "Desert solar plant now sells power after dark"
    body = ["The Saqr solar complex began on Monday to deliver power after sunset from heat stored in molten salt, "
            "its operator said.",
            "Evening demand peaks between seven and ten o'clock, when the grid relied until now on gas plants."]
    facts = ["Key figures", "190 MW — solar tower", "210 MW — photovoltaic field", "5 h — full output after sunset"]
    last = "Mirrors are cleaned with water from a dam twenty kilometres away, the operator said."
    lines = [*_PAGE_HEAD, title, "Published 14 September 2027", *body, *facts, last, *_PAGE_FOOT]
    text = cleaner.clean("\n".join(lines), kind="page", title=title).text
    assert all(p in text for p in [*body, *facts[1:], last])


@pytest.mark.parametrize(("prompt", "line", "goes"), [
    ("Seen it? Rate this production", "Readers' average: 3.6 out of 5 (128 ratings)", True),
    ("Ihre Meinung zählt", "Leserwertung: 4,1 von 5 Sternen (212 Stimmen)", True),
    ("Pagella finale", "Voto 7,5/10", False)])
def test_the_readers_average_in_two_words_of_scale_goes_with_the_prompt_over_it(prompt: str, line: str,
                                                                                 goes: bool) -> None:
    """A readers' average out of its scale in two words ("3.6 out of 5") with its count of raters is
    the readers' widget, and the few words over it asking for the reader's rating go with it; a
    review's own verdict under its label stays with its label."""
    body = ["The Lantern Yard company plays The Winter's Tale in modern dress, and the first half moves at a "
            "gallop through Leontes' jealousy.",
            "The second half, in a Bohemia of fairground lights, is looser and funnier than most productions dare."]
    close = "The production runs until 12 July, and the theatre offers a relaxed performance on 5 July."
    text = "\n\n".join(["The Winter's Tale at Lantern Yard: jealousy at a gallop", *body, prompt, line, close])
    kept = cleaner.clean(text, kind="text").text.split("\n\n")
    assert (line not in kept and prompt not in kept) is goes
    assert kept[:2] == body and kept[-1] == close


@pytest.mark.parametrize(("rows", "box"), [
    (["What is a combined sewer overflow?", "Why do summer downpours make rivers dirtier?",
      "How is a river's health measured?"], True),
    (["Thu 26 June · The Fennel Quartet · Abbotsmere Jazz Club · £14",
      "Sat 28 June · Open-air cinema · Priory Gardens · £8", "Sun 29 June · Craft market · Cloth Market · Free"], True),
    (["Samples taken: 214", "Sites over the limit: 9", "Worst site: Ropewalk Lane"], False)])
def test_a_box_of_a_series_questions_or_the_weeks_listings_over_its_button_is_the_sites(rows: list[str],
                                                                                        box: bool) -> None:
    """A box under its own heading whose lines are each a question (a series' explainers) or a row of
    day, event, place and price (the week's listings), over a button of a few words, is the site's;
    the same box of the story's facts is the story's."""
    title = "River Lidden inquiry: sewage overflows behind failed bathing tests"
    paragraphs = ["An independent inquiry into the River Lidden has found that storm overflows discharged for more "
                  "than 900 hours last summer, the main cause of the river failing its bathing tests.",
                  "The worst readings followed heavy rain in mid-July, when the Ropewalk Lane pumping station "
                  "discharged for 41 hours without a break.",
                  "The water company said it would publish a plan to reduce discharges by the end of the year."]
    aside = ("<aside class=\"x-box\"><h3>Climate explained</h3>" + "".join(f"<p>{r}</p>" for r in rows)
             + "<p>See the whole series</p></aside>")
    page = _kurier_page(title, [f"<p>{paragraphs[0]}</p>", aside, f"<p>{paragraphs[1]}</p>", f"<p>{paragraphs[2]}</p>"])
    text = cleaner.clean(page, kind="html").text
    assert all(p in text for p in paragraphs)
    assert (rows[1] in text) is not box


@pytest.mark.parametrize("byline", ["Ni Liza Dela Cruz", "ដោយ៖ កែវ ចន្ថា"])
def test_a_byline_whose_name_holds_another_languages_words_or_a_scripts_vowel_signs_stays(byline: str) -> None:
    """A byline above the lead whose name's words spell words of another language ("Ni Liza Dela
    Cruz": Swedish "you" and "share"), or whose name is written with its script's vowel signs
    ("ដោយ៖ កែវ ចន្ថា"), is the writer's line: the name says nothing, and its signs are its letters."""
    title = "Rollback sa presyo ng gasolina at diesel ngayong Martes sa Nueva Ecija"
    body = ["CABANATUAN CITY — Magpapatupad ng rollback sa presyo ng gasolina at diesel ang mga kompanya ng langis "
            "simula alas-6 ng umaga ng Martes.",
            "Ayon sa Department of Energy, ito na ang ikalawang sunod na linggo ng bawas-presyo dahil sa pagbaba ng "
            "presyo ng krudo sa pandaigdigang merkado.",
            "Inaasahan ng mga tsuper ng dyip sa Cabanatuan na magtatagal ang pagbaba ng presyo hanggang Disyembre."]
    lines = ["Lumaktaw sa nilalaman", "Balitang Gitnang Luzon", "Balita | Probinsya | Isports", title,
             "Nobyembre 11, 2030", byline, *body, "Mga tag: langis · presyo", "© 2030 Balitang Gitnang Luzon"]
    text = _whole_page_text(lines, f"{title} | Balitang Gitnang Luzon")
    assert text.split("\n\n")[0] == byline and all(p in text for p in body)


def test_a_headline_opening_on_a_place_and_a_dash_goes_when_the_lead_opens_on_it_too() -> None:
    """A page's headline that opens on the place and a dash, over its deck and byline, with the lead
    under them opening on the same place and a dash (the dateline), is still the title's echo: the
    lines above the lead echo the title or stand apart, the lead (a sentence too long for a
    title's tail) does not."""
    place = "ສະຫວັນນະເຂດ"
    headline = f"{place} - ເງິນບາດແຂງຄ່າ ຮ້ານແລກປ່ຽນເງິນໃກ້ຂົວມິດຕະພາບ ຂາຍ 1 ບາດ 705 ກີບ"
    body = [f"{place} – ອັດຕາແລກປ່ຽນເງິນບາດ ຢູ່ຮ້ານແລກປ່ຽນເງິນໃກ້ຂົວມິດຕະພາບ ແຫ່ງທີ 2 ໃນວັນພຸດ ຂຶ້ນມາຢູ່ທີ່ 705 ກີບ "
            "ຕໍ່ 1 ບາດ ເຊິ່ງສູງສຸດໃນຮອບສາມເດືອນ ຕາມການລາຍງານຂອງ ພໍ່ຄ້າແລກປ່ຽນເງິນ ຢູ່ ຕະຫຼາດ ໃກ້ ດ່ານ ຊາຍແດນ "
            "ແລະ ທະນາຄານ ທຸລະກິດ ໃນ ແຂວງ.",
            "ແມ່ຄ້າຢູ່ຕະຫຼາດເວົ້າວ່າ ລູກຄ້າທີ່ຂ້າມໄປຊື້ເຄື່ອງຢູ່ຝັ່ງໄທ ຫຼຸດລົງເກືອບເຄິ່ງໜຶ່ງ ນັບແຕ່ເດືອນກັນຍາ.",
            "ທະນາຄານແຫ່ງ ສປປ ລາວ ຈະປະກາດອັດຕາອ້າງອີງໃໝ່ ໃນວັນສຸກນີ້."]
    deck, byline = "ແມ່ຄ້າຊາຍແດນເວົ້າວ່າ ລູກຄ້າຂ້າມໄປຊື້ເຄື່ອງຢູ່ຝັ່ງໄທ ຫຼຸດລົງເກືອບເຄິ່ງ", "ຂ່າວ: ສົມພອນ ວົງໄຊ"
    lines = ["ແສງແຂວງ", "ເສດຖະກິດ", headline, deck, byline, *body, "© 2030 ແສງແຂວງ"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{headline} | ແສງແຂວງ")
    assert article.title == headline and article.text == "\n\n".join([deck, byline, *body])


@pytest.mark.parametrize(("line", "counter"), [
    ("Bilete 3 av 8 · Sjå alle bileta", True), ("ຮູບທີ 2 ໃນ 14 · ເບິ່ງຮູບທັງໝົດ", True),
    ("Poeng 4 av 5 · Les meldinga", False)])
def test_a_gallerys_counter_with_a_word_between_its_figures_and_its_noun_in_the_button_goes(line: str,
                                                                                           counter: bool) -> None:
    """A gallery's counter whose picture and total stand either side of a short word ("3 av 8", "2
    ໃນ 14") goes when its noun comes again in the button beside it, in a script without spaces too,
    where the noun stands inside the button's one word; a rating's button names no score."""
    assert _kept_between(*_MARKET_FIRE, line) is not counter



def test_the_storys_list_then_a_link_and_a_gallerys_counter_over_a_caption_goes_on() -> None:
    """Under the story's list, a link to another story and a gallery's counter over its picture's
    caption, then the story's last paragraphs: the counter and the link are set beside the story,
    the list, the caption and the paragraphs under it are its own."""
    title = "Moradores da Ilha do Mel aprovam mudança da vila para longe da erosão"
    body = ["Em assembleia no salão da igreja, 61 famílias da vila de Encantadas aprovaram no domingo a mudança das "
            "casas para um terreno mais alto, a 700 metros da praia.",
            "A erosão levou nos últimos cinco anos quase nove metros da faixa de areia em frente à vila, segundo "
            "medições da universidade federal.",
            "“Nasci aqui e vi o mar chegar à porta da minha casa”, disse a pescadora Lurdes Ramos, de 68 anos."]
    listed = ["As etapas da mudança da vila:", "Primeira fase — obras de rua e de rede de água",
              "Segunda fase — mudança das primeiras vinte casas", "Terceira fase — mudança das casas restantes"]
    link = "Leia também: Barco da travessia entre Paranaguá e a ilha volta a operar depois de três dias de ressaca"
    counter = "Foto 1 de 7"
    caption = "A faixa de areia em frente à vila de Encantadas na quinta-feira. Foto: Gazeta do Litoral"
    rest = ["A capela da vila fica onde está, mas receberá um muro de pedra contra o mar, segundo o zelador da "
            "capela, Osmar Pires.",
            "Uma nova assembleia em 9 de março vai discutir o projeto das casas novas da vila."]
    lines = ["Pular para o conteúdo", "Gazeta do Litoral", "Início | Cidades | Mar | Esporte", title,
             "Publicado em 15 de fevereiro de 2029", *body, *listed, link, counter, caption, *rest,
             "2 comentários | Deixe seu comentário", "Tags: Ilha do Mel · erosão · Encantadas",
             "Mais lidas", "Barco da travessia volta a operar depois da ressaca", "© 2029 Gazeta do Litoral"]
    text = _whole_page_text(lines, f"{title} | Gazeta do Litoral")
    assert text == "\n\n".join([*body, *listed, caption, *rest])


def test_a_timetables_places_above_the_headline_name_no_writer_of_a_bio() -> None:
    """A strip of the site's ferry times stands right above the headline ("Aliscafi Piombino –
    Portoferraio: 6.50 · 18.20"): its places name no writer, and a paragraph of the story naming one of them
    near its end is the story's, not its writer's bio."""
    title = "Capraia senza traghetto da dieci giorni: mancano farina e gas"
    deck = "La nave di linea, ferma a Livorno per un guasto al motore, riprenderà le corse solo martedì"
    body = ["CAPRAIA — Sugli scaffali dell'unico negozio del paese restano poche confezioni di pasta. Dal 13 agosto "
            "nessun traghetto ha attraccato al porto dell'isola e farina, gas e gasolio cominciano a mancare.",
            "La Giraglia, l'unica nave che collega l'isola ogni giorno, è ferma nel porto di Livorno da quando uno "
            "dei due motori si è guastato durante la traversata.",
            "«I fornai non fanno più pane da venerdì e le famiglie cucinano con la legna, come una volta», racconta "
            "Teresa Mancini, che gestisce un albergo sul porto.",
            "L'armatore fa sapere che il pezzo di ricambio è arrivato venerdì e che la nave dovrebbe ripartire lunedì "
            "sera, se il mare lo permette.",
            "Nel frattempo il comune ha noleggiato un peschereccio di Piombino per portare sull'isola quaranta bombole "
            "di gas domenica.",
            "Il sindaco di Capraia, Marco Landi, chiede alla Regione una seconda nave per l'isola."]
    lines = ["Vai all'articolo", "Arcipelago Notizie", "Home | Isole | Cronaca | Sport | Meteo",
             "Lunedì 27 agosto 2029", "Traghetti Capraia – Livorno: 7.10 · 13.05 · 17.40 · Aliscafi Piombino – Portoferraio: 6.50 · "
             "18.20", "Isole", title, "Pubblicato il 25 agosto 2029 alle 16.40", deck, "Di Chiara Bertolini", *body,
             "8 commenti | Commenta", "Tag: Capraia · traghetto · gas", "Condividi: Facebook · WhatsApp · E-mail",
             "I più letti", "Portoferraio, chiusa la strada per Marciana fino a giovedì",
             "© 2029 Arcipelago Notizie. Tutti i diritti riservati."]
    text = _whole_page_text(lines, f"{title} | Arcipelago Notizie")
    assert all(p in text for p in body)


@pytest.mark.parametrize("deck", [
    "Es el precio más bajo desde 2014 y los productores de cacao esperan la ayuda del Gobierno regional",
    "Los productores de cacao esperan la ayuda del Gobierno regional tras la caída del precio"])
def test_a_standfirst_naming_a_year_alone_is_no_date_line(deck: str) -> None:
    """A standfirst with no full stop under the headline's date line may name a year ("desde 2014"):
    a year alone dates nothing, as a day, a month or a clock time beside it does ("25 de agosto de
    2029, 17:05"), and the standfirst stays."""
    title = "El cacao cae a 6 soles el kilo en los valles de Satipo"
    body = ["El kilo de cacao en grano seco se pagó esta semana a 6 soles en los centros de acopio de Satipo y Pangoa, "
            "cuando en enero llegaba a 19 soles.",
            "Los comerciantes atribuyen la caída a la mayor cosecha de Ghana y Costa de Marfil y a las reservas que "
            "todavía guardan los compradores de Europa.",
            "«Con 6 soles no pago ni a los peones de la poda», dijo Rosaura Quispe, cacaotera de Río Negro.",
            "La dirección regional de agricultura dijo que estudiará un precio mínimo de referencia, aunque no dio "
            "fecha."]
    lines = ["Ir al contenido", "Selva Central Noticias", "Inicio | Regiones | Economía | Deportes",
             "Jueves 23 de agosto de 2029", "Economía", title, "Publicado el 22 de agosto de 2029, 17:05", deck,
             "Por Wilmer Huamán", *body, "4 comentarios | Comenta", "Etiquetas: cacao · Satipo · precios",
             "Lo más leído", "Pangoa: reabren el puente sobre el río Sonomoro", "© 2029 Selva Central Noticias"]
    text = _whole_page_text(lines, f"{title} | Selva Central Noticias")
    assert text.split("\n\n")[0] == deck and all(p in text for p in body)


@pytest.mark.parametrize(("line", "counter"), [
    ("14 comments · Join the conversation", True),
    ("3 Kommentare | Diskutieren Sie mit", True),
    ("14 comments · 3 shares · 2 reactions today", False),  # (counts of several things: a row of figures)
    ("14 comments were left under the council's post before it was taken down.", False)])
def test_a_count_of_comments_with_its_button_in_a_row_goes(line: str, counter: bool) -> None:
    """Under the story's last paragraph, the comments' count with its button in one row ("14
    comments · Join the conversation"), over the writer's bio: the site's counter, whatever the
    button says; a sentence about comments is the story's."""
    title = "Ferry service to Lord Howe resumes after three weeks of rough seas"
    body = ["The supply ship Island Trader berthed at Lord Howe Island on Tuesday morning, the first vessel to reach "
            "the island since heavy swells closed the lagoon passage three weeks ago.",
            "Shop owners said fresh fruit, fuel and gas bottles had run out by the weekend, and the school had "
            "shortened its days to save diesel for the generator.",
            "The operator said the next sailing would leave Port Macquarie on Friday if the forecast held."]
    lines = ["Skip to content", "Island Times", "News | Community | Sport | Weather", title, "March 3 2029",
             "By Tessa Greenaway", *body, line,
             "Tessa Greenaway joined the Island Times in 2025 and writes about shipping, tourism and the island's "
             "businesses.", "Tags: Lord Howe · shipping", "Most read",
             "Cricket club wins the Ball Bay cup", "© 2029 Island Times"]
    text = _whole_page_text(lines, f"{title} | Island Times")
    assert all(p in text for p in body) and (line not in text) == counter


@pytest.mark.parametrize(("line", "advert"), [
    ("Generators, tarpaulins and chainsaw hire at Harbour Hardware, open seven days. Call 02 6552 1180.", True),
    ("Ferienwohnungen am Hafen, Frühstück inklusive, Hunde willkommen. Tel. 04651 88 23 10.", True),
    ("The council's recovery hotline is 1800 173 349 and is staffed from 8am to 6pm.", False)])
def test_an_advert_ending_on_its_call_under_the_ad_label_goes(line: str, advert: bool) -> None:
    """Under an ad slot's label between paragraphs, a short advert whose last sentence is a verb
    and the advertiser's number ("Call 02 6552 1180."): the advertiser's, whatever it sells. A
    paragraph of the story giving a number says so in a sentence of its own."""
    title = "Flood clean-up begins in Taree as the Manning River falls below minor level"
    body = ["The Manning River fell below the minor flood level at Taree on Wednesday morning, and residents of the "
            "lower town returned to homes that had been under water for two days.",
            "Mid-Coast Council said 340 properties had been inundated and that kerbside collection of damaged goods "
            "would start on Thursday.",
            "“The water got into everything. We lost the fridge, the beds and most of the kids' clothes,” said "
            "Jacinta Moore, who lives on Victoria Street.",
            "The State Emergency Service said it had carried out 96 flood rescues across the valley since the "
            "weekend."]
    lines = ["Skip to content", "Manning Valley Times", "News | Sport | Community | Weather", title,
             "March 6 2029", "By Callum Reid", *body[:2], "Advertisement", line, *body[2:],
             "Tags: floods · Taree", "Most read", "Wingham show moved to April", "© 2029 Manning Valley Times"]
    text = _whole_page_text(lines, f"{title} | Manning Valley Times")
    assert all(p in text for p in body) and (line not in text) == advert


def test_a_sites_name_ending_on_the_brands_stem_on_a_page_with_no_spam_stays_whole() -> None:
    """A site of the plateau whose name ends on "Plato" ("Radyo Plato"), on its own page with no
    word of the network's spam: the name is the site's, whole, not the words before a brand."""
    title = "Pri legim dan bazar Rose-Hill: tomat ek pomdeter pe monte"
    body = ["Bann mem ki fer zot komisyon Samdi dan bazar Rose-Hill finn remarke ki pri bann legim finn monte ant "
            "20% ek 40% depi konmansman Out.",
            "Dapre bann planter, manke lapli depi mwa Zilye finn diminie rekolt dan rezion Midlands.",
            "« Avan mo ti aste enn kilo tomat pou Rs 90, zordi mo pey Rs 140 », dir enn retrete Rose-Hill."]
    lines = ["Radyo Plato", "Ekonomi", title, *body, "© 2029 Radyo Plato"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{title} - Radyo Plato")
    assert article.title == title and article.source == "Radyo Plato"


@pytest.mark.parametrize(("line", "bio"), [
    ("Callum Reid joined the Times in 2026 and writes about rural affairs, the dairy industry and the valley's "
     "towns.", True),
    ("Volunteers sandbag the levee at Wingham on Tuesday afternoon. (Manning Valley Times/Callum Reid)", False)])
def test_the_writers_bio_at_the_foot_goes_under_a_byline_below_the_standfirst(line: str, bio: bool) -> None:
    """The byline stands under a standfirst set without a stop ("By Callum Reid"): the writer's bio
    near the story's foot names them and goes; a picture's caption there, its credit in brackets
    naming them, stays."""
    title = "Dairy farmers count the cost as floodwater lingers on the Manning flats"
    deck = "Some farms have lost a month of milk and growers say the pasture will take until spring to recover"
    body = ["Floodwater was still lying across the river flats east of Taree on Friday, five days after the Manning "
            "River peaked, and dairy farmers said they had no choice but to dump milk.",
            "Tanker drivers could not reach 14 farms on the flats, and several farmers had moved their herds to "
            "higher ground on neighbours' land.",
            "“We milked at three in the morning by torchlight and then poured it down the drain,” said Greg Hollis, "
            "who runs 400 cows at Croki.",
            "Dairy industry groups said they would ask the state government for freight subsidies to bring in feed."]
    lines = ["Skip to content", "Manning Valley Times", "News | Sport | Community | Weather", title,
             "March 8 2029 - 6:10pm", deck, "By Callum Reid", *([*body, line] if bio else [*body[:3], line, body[3]]),
             "Tags: floods · dairy", "Most read",
             "Wingham show moved to April", "© 2029 Manning Valley Times"]
    text = _whole_page_text(lines, f"{title} | Manning Valley Times")
    assert all(p in text for p in body) and (line not in text) == bio


@pytest.mark.parametrize(("lines", "teaser"), [
    (["Video", "Guarda: tutti i gol dell'ultima giornata di campionato", "6:12"], True),
    (["वीडियो", "देखें: कप्तान की वह रेड जिसने पूरा मैच पलट दिया", "1:48"], True),
    (["Risultato finale", "Castelbruno – Valdora", "21:19"], False)])  # a facts box ends on the story's score
def test_a_media_box_ending_on_its_length_between_paragraphs_goes(lines: list[str], teaser: bool) -> None:
    """Between the story's paragraphs, a short box under its heading: a labelled headline ("Guarda:
    ...") and the length of the video or episode alone under it ("6:12"): the site's teaser, in
    any language. A facts box ending on the story's score names no headline over it."""
    title = "Serie A Femminile, accordo da 4,8 milioni a stagione con la piattaforma Vela Sport"
    body = ["La Serie A Femminile cambia casa: la Divisione ha firmato con la piattaforma Vela Sport un accordo di "
            "cinque stagioni da 4,8 milioni di euro l'anno.",
            "L'intesa prevede la diretta di tutte le partite della stagione regolare, in streaming e su un canale "
            "tematico, oltre a una partita per giornata trasmessa in chiaro.",
            "Per i club è una boccata d'ossigeno: finora ogni società incassava dai diritti poco più di 120.000 euro "
            "a stagione."]
    box = f"<h3>{lines[0]}</h3>" + "".join(f"<p>{line}</p>" for line in lines[1:])
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body[0]}</p>"
            f"<p>{body[1]}</p><aside class='box'>{box}</aside><p>{body[2]}</p></article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert all(p in text for p in body)
    assert (lines[1] not in text) == teaser


_ECLIPSE = ["PINAR DEL MONTE. Faltan siete días para el eclipse total de Sol y en el pueblo ya no quedan habitaciones "
            "libres: la Luna tapará el disco solar durante algo más de minuto y medio.",
            "La franja de totalidad, de unos 290 kilómetros de ancho, cruzará la península de noroeste a este, desde "
            "Galicia hasta Baleares.",
            "El Ayuntamiento habilitará tres puntos de observación con voluntarios de la agrupación astronómica y "
            "telescopios provistos de filtros."]


@pytest.mark.parametrize(("box", "widget"), [
    ("<h4>El cielo esta noche en Pinar del Monte</h4><ul><li>Puesta de sol: 21:38</li><li>Salida de la Luna: 23:58"
     "</li><li>Fase lunar: cuarto menguante</li><li>Ver el calendario astronómico</li></ul>", True),
    ("<h4>きょうの星空（南灘市）</h4><ul><li>日の入り\u300016時58分</li><li>月の出\u30004時51分</li><li>月齢\u300027.1</li>"
     "<li>星空カレンダーを見る</li></ul>", True),
    ("<h4>आजचे आकाश – नाशिक</h4><ul><li>सूर्यास्त: सायं. ६.२०</li><li>चंद्रोदय: दु. ३.५४</li><li>तिथी: शुक्ल एकादशी</li>"
     "<li>संपूर्ण दिनदर्शिका पाहा</li></ul>", True),  # (its times in the script's own digits)
    ("<h4>Horarios del eclipse en Pinar del Monte</h4><ul><li>Primer contacto: 19:31</li><li>Totalidad: 20:27</li>"
     "<li>Último contacto: 21:19</li><li>Duración de la totalidad: 1 min 46 s</li></ul>", False)])
def test_a_box_of_readings_over_its_button_between_paragraphs_goes(box: str, widget: bool) -> None:
    """Between the story's paragraphs, a box under its heading whose rows each give a reading (a
    label and its time or figure: "Puesta de sol: 21:38") over a button in a few words ("Ver el
    calendario astronómico"): the site's widget. The story's facts box ends on a fact."""
    title = "El eclipse total del día 12 llenará Pinar del Monte de aficionados"
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{_ECLIPSE[0]}</p>"
            f"<p>{_ECLIPSE[1]}</p><aside class='cielo'>{box}</aside><p>{_ECLIPSE[2]}</p></article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert all(p in text for p in _ECLIPSE)
    first = box.split("<li>")[1].split("</li>")[0]
    assert (first not in text) == widget


def test_a_video_box_of_a_kicker_a_headline_and_its_length_goes() -> None:
    """Between the story's paragraphs, a box holding a kicker ("Vídeo"), a headline and the video's
    length alone under it ("2:48"): the site's teaser."""
    title = "El eclipse total del día 12 llenará Pinar del Monte de aficionados"
    box = ("<div class='video'><div class='kicker'>Vídeo</div><h4>Así se ve un eclipse total desde la cabina de un "
           "avión</h4><p><a href='#'>2:48</a></p></div>")
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{_ECLIPSE[0]}</p>"
            f"<p>{_ECLIPSE[1]}</p>{box}<p>{_ECLIPSE[2]}</p></article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert all(p in text for p in _ECLIPSE) and "desde la cabina" not in text and "2:48" not in text


def test_a_sites_name_keeps_no_full_stop_of_its_script() -> None:
    """A Tibetan site's name ends on the shad its script sets after a phrase ("ལྷོ་ཁའི་གསར་འགྱུར།"):
    the stop is no part of the name."""
    site = "ལྷོ་ཁའི་གསར་འགྱུར།"
    title = "ལྷོ་ཁར་སོ་ནམ་པའི་ཞིང་ཁར་ཆུ་ལུད་གསར་པ་འཐེན།"
    body = ["ཟླ་3ཚེས་12ཉིན་ལྷོ་ཁའི་རྫོང་ཁག་གསུམ་གྱི་སོ་ནམ་པ་ཚོར་ཞིང་ཁར་ཆུ་ལུད་འཐེན་པའི་ཆུ་ཡུར་གསར་པ་ཞིག་སྤྲོད།",
            "ཆུ་ཡུར་འདི་སྤྱི་ལེ་18ཡི་རིང་ཚད་ཡོད་པ་དང་། ཞིང་ཁ་མུའུ་3000ལྷག་ལ་ཕན་ཐོགས་ཡོང་གི་རེད།",
            "སོ་ནམ་པ་ཚོས་ད་ལོའི་ལོ་ཐོག་ཡག་པོ་ཡོང་རྒྱུའི་རེ་བ་བྱས།"]
    lines = [site, "གསར་འགྱུར།", title, *body, "© 2030 " + site]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{title} - {site}")
    assert article.source == site.rstrip("\u0f0d")


def test_a_title_tail_of_section_and_site_gives_the_site_the_page_names_alone() -> None:
    """A title whose tail runs through the section to the site ("... < 구정소식 < 다대노을소식"): the
    site is the part the page's head gives alone on a line of its own (its masthead), not the
    section the menu lists."""
    site, section = "사하바다소식", "구정소식"
    title = "다대포 해변 정화 활동에 주민 400명 참여… 쓰레기 2톤 수거"
    body = ["지난 9일 다대포해수욕장 일원에서 주민과 자원봉사자 400여 명이 참여한 해변 정화 활동이 열렸다.",
            "참가자들은 오전 10시부터 3시간 동안 백사장과 갯바위 주변에서 폐어구와 플라스틱 쓰레기 2톤을 수거했다.",
            "구 관계자는 “매달 둘째 주 토요일마다 정화 활동을 이어갈 계획”이라고 밝혔다."]
    lines = ["본문 바로가기", site, "부산광역시 사하구 구정 소식지 온라인판", f"{section} | 복지 | 문화·관광 | 환경",
             "환경", title, "작성일 2030-03-10 | 조회수 842", *body, "ⓒ 사하구청. 무단전재 및 재배포 금지"]
    article = cleaner.clean("\n".join(lines), kind="page", title=f"{title} < {section} < {site}")
    assert article.title == title and article.source == site


@pytest.mark.parametrize("contact", ["問い合わせ：企画課 広報係（電話0241-62-1110）",
                                     "Auskunft: Bürgeramt im Rathaus (Telefon 07431 1280)"])
def test_a_notice_ending_the_page_on_its_contact_in_brackets_keeps_it(contact: str) -> None:
    """A town's notice that is the whole page, no footer under it, ends on the office to ask and its
    number in brackets: the notice's own last line."""
    title = "町の公式LINEで除雪情報の配信を始めます"
    body = ["町は1月から、公式LINEアカウントで除雪車の出動状況や通行止めの情報を配信しています。",
            "これまで町の情報は防災行政無線と広報紙が中心でしたが、冬場は無線の音が雪で聞こえないという声が多く寄せられていました。",
            "企画課の担当者は「離れて暮らすご家族にも登録してもらえば、町の様子を知ってもらえます」と話しています。"]
    lines = ["みなみやま町 広報", "くらし・手続き", title, "2030年1月20日", *body, contact]
    text = cleaner.clean("\n".join(lines), kind="page", title=f"{title}｜みなみやま町").text
    assert all(p in text for p in body) and text.endswith(contact)


@pytest.mark.parametrize(("line", "pitch"), [
    ("Lyssna på Skördepodden – nya avsnitt varje fredag i alla poddappar.", True),
    ("Hören Sie unseren Podcast „Feldfunk“: jeden Dienstag eine neue Folge.", True),
    ("Lyssnarna på gårdarna hör sändningen varje fredag, säger Lindqvist.", False)])
def test_a_podcast_pitch_opening_on_its_call_between_a_copys_paragraphs_goes(line: str, pitch: bool) -> None:
    """Between a network copy's paragraphs, the outlet's podcast pitch that opens on the call to
    listen ("Lyssna på ...", "Hören Sie ...") and gives its cadence: the outlet's, whatever its
    wording; a sentence of the story about listeners stays."""
    title = "Rekordskörd av havre i Västergötland trots torr försommar"
    echo = f"{title} - Lantbruksnytt PlatoBlockchain Data Intelligence. Vertikal sökning. Ai."
    body = ["Havreskörden i Västergötland blev i år den största på femton år, visar Jordbruksverkets preliminära "
            "siffror som publicerades på tisdagen.",
            "Trots en torr försommar gav regnet i juli kärnorna tid att fylla sig, och skörden per hektar landade på "
            "5,2 ton.",
            "– Vi trodde att det skulle bli ett dåligt år, men juli räddade allt, säger lantbrukaren Erik Lindqvist "
            "utanför Lidköping.",
            "Priset på havre har samtidigt sjunkit med en femtedel sedan i våras."]
    dump = "\n\n".join([echo, title + " - Lantbruksnytt", *body[:2], line, *body[2:], "Tidsstämpel:",
                        "Mer från Lantbruksnytt"])
    article = cleaner.clean(dump, kind="text")
    assert all(p in article.text for p in body) and (line not in article.text) == pitch


def test_a_dated_fact_among_the_storys_labelled_facts_near_the_top_stays() -> None:
    """Near the top of a story, a labelled date among labelled facts ("Objevena: 17. září 2013"
    between "Označení: ..." and "Objevitelé: ..."): one fact of a list, not the page's time stamp."""
    title = "Planetka objevená na hvězdárně v Horní Lhotě ponese jméno obce"
    lines = ["Mezinárodní astronomická unie schválila jméno pro planetku, kterou před dvanácti lety objevili "
             "astronomové z lidové hvězdárny v Horní Lhotě.",
             "Údaje o planetce:", "Označení: (512388) Hornilhota", "Objevena: 21. října 2014",
             "Objevitelé: Jana Kubešová a Tomáš Říha", "Průměr: přibližně 3 km",
             "„Byla to jen slabá tečka, která se mezi snímky posunula o pár pixelů,“ vzpomíná Kubešová.",
             "Slavnostní pojmenování proběhne v sobotu na hvězdárně. Vstup je volný."]
    article = cleaner.clean("\n\n".join([title, *lines]), kind="text")
    assert article.text == "\n\n".join(lines)


@pytest.mark.parametrize(("lines", "box"), [
    (["Cuotas · Salinera – Torrecillas", "1: 2,05 · X: 3,20 · 2: 3,60", "Apuesta ya",
      "+18 · Juega con responsabilidad · jugarbienes.example"], True),
    (["Fantasy-Liga", "Stell dein Team zusammen und gewinne jede Woche bis zu 500 Euro.", "Jetzt spielen",
      "Ab 18 Jahren. Teilnahmebedingungen gelten."], True),
    (["La plantilla en cifras", "Partidos sin ganar: 9", "Goles encajados: 21", "Fuente: LaLiga, jornada 24"], False)])
def test_a_call_box_closing_on_its_small_print_under_the_button_goes(lines: list[str], box: bool) -> None:
    """Between the story's paragraphs, a short box whose button ("Apuesta ya", "Jetzt spielen")
    stands over its small print (an age limit, the terms): the site's offer. A facts box ends on
    its source."""
    title = "El Torrecillas destituye a su entrenador tras nueve jornadas sin ganar"
    body = ["El CD Torrecillas anunció este lunes la destitución de su entrenador, Iker Olaberria, tras nueve jornadas "
            "consecutivas sin ganar que han hundido al equipo en la zona de descenso.",
            "El técnico vasco se despidió de la plantilla en el entrenamiento de la mañana y agradeció el apoyo de la "
            "afición durante sus dos temporadas en el club.",
            "El segundo entrenador, Dani Cercas, dirigirá al equipo de forma interina el domingo en el campo de la UD "
            "Salinera."]
    aside = f"<aside class='x'><h3>{lines[0]}</h3>" + "".join(f"<p>{line}</p>" for line in lines[1:]) + "</aside>"
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body[0]}</p>"
            f"<p>{body[1]}</p>{aside}<p>{body[2]}</p></article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert all(p in text for p in body)
    assert (lines[1] not in text) == box


@pytest.mark.parametrize("caption", ["9月1日，渔港的渔船驶出港口，岸边挤满了前来送行的家属。孙海燕 摄",
                                     "Kuzda dehqanlar uzum uzishmoqda, hosil bu yil mo'l. Suratni Anvar Qosimov olgan"])
def test_a_caption_whose_credit_puts_the_name_before_the_word_for_the_picture_is_the_storys(caption: str) -> None:
    """Under the story's last long paragraph, a picture's caption whose credit names the
    photographer first and the word for the picture last ("孙海燕 摄"), a link to another story,
    then the story's short closing lines: the caption and the lines under it are the story's."""
    title = "伏季休渔结束 千余艘渔船驶向黄海"
    body = ["9月1日12时，黄海海域为期四个月的伏季休渔期结束，全市1260艘渔船陆续驶出港口，开始新一季的捕捞作业。",
            "市海洋发展局介绍，今年休渔期间共开展海上巡查86次，查处违规渔船12艘，收缴违规网具300余套。",
            "渔民王建国说，今年休渔期间他把船重新刷了漆，还换了新的网具，希望开海后能有个好收成。"]
    closing = ["首批渔船预计2日凌晨陆续返港。"]
    link = "推荐阅读：乳山银滩今年接待游客突破300万人次 创历史新高"
    lines = ["乳山融媒", "首页 | 新闻 | 民生 | 教育 | 视频", "乳山 晴 21～28℃", "新闻", title,
             "发布时间：2030-09-01 18:20 | 来源：乳山融媒", *body, caption, link, *closing,
             "初审：于洋 | 复审：宫晓东 | 终审：刘建", "【版权声明】本平台原创稿件，转载请注明来源", "上一篇：大孤山镇无花果迎来采摘季",
             "热门推荐", "乳山银滩今年接待游客突破300万人次", "版权所有 © 2030 乳山融媒"]
    text = _whole_page_text(lines, f"{title}_乳山融媒")
    assert all(p in text for p in [*body, caption, *closing])


def test_a_copys_sentence_about_monthly_audio_in_a_script_without_spaces_is_no_podcast_pitch() -> None:
    """A sentence of a Chinese copy that speaks of monthly audio halfway through ("...每月推出一期方言朗读
    音频。") opens on no call to listen: the call is read in its first characters, not in its first
    "word", which in a script without spaces is the whole sentence."""
    title = "临溪县图书馆推出电子周报，一个月订阅人数破三千"
    body = ["临溪县图书馆今年四月推出的电子周报上线一个月，订阅人数已突破三千人，远超最初预期的一千人。",
            "周报每周五早上八点发送，内容包括新书推荐、馆内活动预告以及一篇由馆员撰写的短评。",
            "目前，周报的平均打开率约为百分之四十五。馆方表示，下一步将尝试每月推出一期方言朗读音频。",
            "馆长周文静说，图书馆还计划今年秋天在三个乡镇分馆开设读书会，每月举办一次。",
            "“不少读者是在外地打工的本县人，他们通过周报了解家乡的图书馆。”周文静说。",
            "（记者 林晓）"]
    echo = f"{title} - 山城快报 PlatoBlockchain Data Intelligence. Vertical Search. Ai."
    dump = "\n\n".join([echo, f"{title} - 山城快报", *body, "Time Stamp:", "More from 山城快报"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


_FERRY_PAGE = ["Mur għall-kontenut", "Il-Fanal Għawdxi", "Aħbarijiet | Festi | Vapuri | Sport", "Vapuri",
               "Il-vapur MV Qala jerġa' lura fuq ir-rotta wara tliet ġimgħat", "Minn Rita Galea"]
_FERRY_BODY = ["L-IMĠARR — Il-vapur MV Qala reġa' beda jbaħħar il-Ġimgħa filgħodu wara tliet ġimgħat ta' xogħol fuq "
               "il-magna prinċipali fit-tarzna tal-Kalkara.",
               "Il-kumpanija qalet li mis-Sibt il-vjaġġi bejn l-Imġarr u ċ-Ċirkewwa jerġgħu jkunu kull ħamsa u erbgħin "
               "minuta, bħas-soltu fix-xhur tas-sajf.",
               "Is-sewwieqa li stennew sagħtejn fil-kju l-ġimgħa li għaddiet qalu li issa jittamaw li ma jerġax ikun "
               "hemm waqfien f'Awwissu.",
               "Il-biljett tal-vapur għal karozza u sewwieq jibqa' jiswa €15.75."]
_FERRY_FOOT = ["Tikketti: vapuri · Gozo Channel", "Aqsam: Facebook · X · WhatsApp",
               "© 2031 Il-Fanal Għawdxi. Id-drittijiet kollha riżervati."]


def _assert_ferry_line(line: str, goes: bool) -> None:
    """A Gozo site's whole page with ``line`` between its story's paragraphs: the story stays whole,
    and the line goes or stays as ``goes`` says."""
    lines = [*_FERRY_PAGE, *_FERRY_BODY[:2], line, *_FERRY_BODY[2:], *_FERRY_FOOT]
    text = _whole_page_text(lines, "Il-vapur MV Qala jerġa' lura fuq ir-rotta wara tliet ġimgħat | Il-Fanal Għawdxi")
    assert all(p in text for p in _FERRY_BODY)
    assert (line not in text) == goes


@pytest.mark.parametrize(("line", "goes"), [
    ("Lenn ivez / À lire aussi : Festa ta' San Ġakbu: eluf fit-Tokk għall-purċissjoni", True),
    ("Leghe puru / Leggi anche: Festa ta' San Ġakbu: eluf fit-Tokk għall-purċissjoni", True),
    ("Il-Belt / Victoria: il-kunsill lokali jiltaqa' nhar it-Tnejn biex jiddiskuti l-parkeġġ madwar il-port.",
     False)])
def test_a_read_also_label_set_in_two_languages_is_a_link_whatever_its_halves(line: str, goes: bool) -> None:
    """A link's label written twice, once in each of the site's languages ("Lenn ivez / À lire
    aussi :"), over another story's headline: the site's link, as either label alone is. Two places
    parted by a slash open a sentence of the story."""
    _assert_ferry_line(line, goes)


@pytest.mark.parametrize(("line", "goes"), [
    ("Abbona fil-Fanal Għawdxi għal €2.99 fix-xahar u aqra bla reklami", True),
    ("Il-Fanal Għawdxi diġitali: abbonament ta' sena b'€29", True),
    ("Il-Fanal Għawdxi tkellem ma' tliet sewwieqa li ħallsu €15.75 għal vjaġġ li dam tliet sigħat.", False),
    ("Il-Fanal Għawdxi: biljetti tal-vapur minn €4.65 biss https://t.co/y5Wn5UBP8S minn @gozochannel", False)])
def test_the_sites_own_name_with_a_price_is_its_offer_in_any_language(line: str, goes: bool) -> None:
    """Between the story's paragraphs, a line naming the site with a price and set apart as no
    sentence is: its subscription offer, in words no concept lexicon has. A sentence of the story
    that names the site and a fare is the story's; so is a post the story embeds, its link and handle given."""
    _assert_ferry_line(line, goes)


@pytest.mark.parametrize("byline", ["Testua: Irati Ortiz de Zarate", "Door Sanne de Vries", "執筆：マエル・コレ",
                                    "Redacció · Sant Josep de sa Talaia"])
def test_a_byline_whose_name_has_a_particle_or_is_written_in_katakana_is_the_storys(byline: str) -> None:
    """The writer's byline right above the lede, the name holding a particle ("Ortiz de Zarate"),
    a foreign name as Japanese writes it ("マエル・コレ"), or the desk and its town after a row's mark:
    the story's line, as a byline without them is."""
    lines = [*_FERRY_PAGE[:-1], byline, *_FERRY_BODY, *_FERRY_FOOT]
    text = _whole_page_text(lines, "Il-vapur MV Qala jerġa' lura fuq ir-rotta wara tliet ġimgħat | Il-Fanal Għawdxi")
    assert all(p in text for p in _FERRY_BODY)
    assert byline in text


_PROTEST = ["Xornal do Salnés", "Portada | Vilagarcía | Cambados | Mar", "Mar",
            "A flota de cerco amarra en Cambados en protesta pola cota de xurelo", "Por Iria Piñeiro Castro",
            "CAMBADOS — Os 34 barcos de cerco do Salnés amarraron este luns nos portos de Cambados, O Grove e Portonovo "
            "en protesta polo esgotamento da cota de xurelo.",
            "Os patróns colgaron pancartas nos mastros e arredor de 200 mariñeiros concentráronse diante da lonxa.",
            "A Secretaría Xeral de Pesca lembrou que as cotas se reparten en Bruxelas en decembro."]


@pytest.mark.parametrize("box", ["Es mariñeiro ou redeira? Cóntanos o teu caso no WhatsApp do Xornal: 644 210 318",
                                 "Este contido é só para subscritores. Xa tes conta? Inicia sesión ou subscríbete "
                                 "por 3,50 euros ao mes"])
def test_a_sentence_under_a_sites_box_on_its_own_page_goes_on_with_the_story(box: str) -> None:
    """On a site's own page, its box (a comment prompt, a paywall's offer with its price in a
    decimal comma) stands between the story's paragraphs: the box goes, the closing sentence under
    it is the story's."""
    closing = "A protesta continuará, polo menos, ata o venres."
    lines = [*_PROTEST, box, closing, "Etiquetas: pesca · cerco · xurelo", "Comparte: Facebook · X · WhatsApp",
             "© 2031 Xornal do Salnés. Todos os dereitos reservados."]
    text = _whole_page_text(lines, "A flota de cerco amarra en Cambados en protesta pola cota de xurelo | Xornal do Salnés")
    assert all(p in text for p in [*_PROTEST[5:], closing])
    assert box not in text


@pytest.mark.parametrize(("line", "goes"), [
    ("An bhfuil tú i do chónaí ar oileán? Inis dúinn do scéal: nuacht@scealaanchosta.ie", True),
    ("Seol do scéalta chugainn ag www.scealaanchosta.ie/nuacht/", True),
    ("Tuilleadh eolais ón gcomharchumann: eolas@comharchumannarann.ie", False),
    ("Oifig an Chomhairle: oifig@scealaanchosta.ie, ó 9:00 go 13:00", False)])
def test_a_line_giving_the_sites_own_address_between_paragraphs_is_its_call(line: str, goes: bool) -> None:
    """Between the story's paragraphs, a short line giving the address of the site the page is
    on (an e-mail at its host, its link) with a few words: the site's call for its readers' news.
    Another body's address is the story's; so is an office's row with its hours."""
    body = ["INIS OÍRR — Ó Shamhain amach ní bheidh ach bád amháin sa lá idir Inis Oírr agus Ros a' Mhíl, a d'fhógair "
            "an comhlacht farantóireachta inné.",
            "Deir muintir an oileáin go mbeidh sé deacair ar dhaltaí agus ar oibrithe filleadh abhaile sa tráthnóna.",
            "Tá cruinniú poiblí eagraithe i halla an phobail Dé hAoine seo chugainn ag a hocht a chlog."]
    lines = ["Scéala an Chósta", "Baile | Nuacht | Árainn | Spórt", "Árainn",
             "Seirbhís gheimhridh Inis Oírr: bád amháin sa lá ó Shamhain", *body[:2], line, body[2],
             "Roinn: Facebook · X · WhatsApp", "© 2031 Scéala an Chósta"]
    text = cleaner.clean("\n".join(lines), kind="page", url="https://scealaanchosta.ie/arainn/seirbhis-inis-oirr/",
                         title="Seirbhís gheimhridh Inis Oírr: bád amháin sa lá ó Shamhain | Scéala an Chósta").text
    assert all(p in text for p in body)
    assert (line not in text) == goes


def test_a_copys_last_source_line_under_the_networks_own_lines_is_the_networks() -> None:
    """On the network's copy, the page's last line is a source's label right under the network's
    own lines, naming the network in a translation no prior has ("出典：プラトンのデータの知恵。"): the
    network's line. The story's own source line, above its last paragraph, stays."""
    title = "ブルターニュ沖の浮体式洋上風力発電所が送電を開始"
    body = ["フランス・ロリアン発 — ブルターニュ南部の沖合22キロにある浮体式洋上風力発電所の最初のタービンが、月曜日に送電網への電力供給を開始した。",
            "出力25万キロワットのこの事業は、フランスの海域で初めての商業規模の浮体式洋上風力発電所となる。",
            "出典：RTE（フランス送電網公社）、グレナン浮体式風力株式会社",
            "発電所は約27万世帯分の電力を供給する見込みだ。"]
    dump = "\n\n".join([f"{title} - 湾流送電網。プラトンによって再公開されました", title, *body,
                        "PlatoData.Network 垂直生成 AI。自分に力を与えよう。入口はこちら。",
                        "PlatoHealth。バイオテクノロジーと臨床試験の知性。入口はこちら。", "出典：プラトンのデータの知恵。"])
    assert cleaner.clean(dump, kind="text").text == "\n\n".join(body)


_HEAT = ["Der Mittwoch hat in Rehnitz Wettergeschichte geschrieben: Um 16.20 Uhr zeigte das Thermometer an der Station "
         "des Wetterdienstes am Flugplatz 39,4 Grad, so viel wie nie seit Beginn der Aufzeichnungen.",
         "Auch an anderen Stationen im Landkreis fielen Rekorde, in Kirchhain an der Sulm etwa wurden 39,1 Grad "
         "gemessen, in Weidenau 38,8 Grad.",
         "Im Kreisklinikum wurden seit Montag 23 Menschen wegen Kreislaufproblemen und Hitzeerschöpfung behandelt, die "
         "meisten von ihnen älter als 75 Jahre.",
         "Die Stadt hat die Öffnungszeiten des Freibads am Mühlgraben bis 21 Uhr verlängert, im Rathaus stehen gekühlte "
         "Räume offen."]


def _heat_page(box: str) -> str:
    title = "Hitzerekord in Rehnitz: 39,4 Grad"
    return (f"<html lang='de'><head><title>{title} | Rehnitzer Landbote</title></head><body><article><h1>{title}</h1>"
            f"<div class='rlb-text'><p>{_HEAT[0]}</p><p>{_HEAT[1]}</p>{box}<p>{_HEAT[2]}</p><p>{_HEAT[3]}</p></div>"
            "</article></body></html>")


@pytest.mark.parametrize(("box", "goes"), [
    ("<aside class='rlb-wetter' data-widget='weather'><h4>Ihr Wetter in Rehnitz</h4><ul><li>Heute: 36° / 21°, sonnig</li>"
     "<li>Donnerstag: 33° / 20°, Gewitter möglich</li><li>Zum 14-Tage-Trend</li></ul></aside>", True),
    ("<aside class='rlb-zahlen'><h4>Die Höchstwerte vom Mittwoch</h4><ul><li>Rehnitz-Flugplatz: 39,4 °C</li>"
     "<li>Kirchhain an der Sulm: 39,1 °C</li><li>Weidenau: 38,8 °C</li></ul></aside>", False),
    ("<aside class='rlb-nummern'><h4>Notrufnummern</h4><ul><li>Feuerwehr: 112</li><li>Polizei: 110</li></ul></aside>",
     True),
    ("<aside class='rlb-info'><h4>Hier gibt es Hilfe</h4><ul><li>Hitzetelefon der Stadt: 06421 555 180</li>"
     "<li>Seniorenberatung: 06421 555 244</li></ul></aside>", False),
    ("<figure class='rlb-karte'><iframe src='https://maps.example/embed/1' title='Karte'></iframe><figcaption>Hitzekarte des "
     "Landkreises, jede Stunde neu berechnet</figcaption><p><a href='#'>Karte im Vollbild</a></p></figure>",
     True),
    ("<figure><img src='/freibad.jpg' alt=''><figcaption>Andrang am Freibad am Mühlgraben am Mittwochnachmittag. Foto: "
     "Jana Reuter</figcaption></figure>", False),
    ("<div class='rlb-video'><div>Video</div><h4>Hitze in Rehnitz: So kühlen sich Mensch und Tier ab</h4>"
     "<p><a href='#'>1:48 Min.</a></p></div>", True)])
def test_a_sites_widget_between_the_storys_paragraphs_goes_whatever_its_words(box: str, goes: bool) -> None:
    """Between a heatwave story's paragraphs: a box the markup declares a widget (its forecast rows
    look like the story's readings), a box of emergency codes alone ("Feuerwehr: 112"), a figure
    framing a map embed with no picture, a video teaser whose length carries its unit ("1:48 Min."):
    the site's. The story's own box of readings, its helplines dialled in full and a photo's caption
    are the story's."""
    text = cleaner.clean(_heat_page(box), kind="html").text
    assert all(p in text for p in _HEAT)
    line = next(t for t in box.replace(">", "<").split("<")[2::2] if len(t.split()) >= 2)  # its first line
    assert (line not in text) == goes


@pytest.mark.parametrize(("line", "goes"), [
    ("Погода в Петропавловске-Камчатском: −4 °C, облачно, ветер северный 7 м/с. Прогноз на неделю – в разделе "
     "«Погода» на нашем сайте.", True),
    ("Погода в Елизове: −6 °C, снег, ветер 9 м/с. Подробный прогноз – в рубрике «Погода» «Утра Камчатки».", True),
    ("Пепловый шлейф: высота 9 км, направление на восток, скорость 40 км/ч. Об этом сообщили в КВЕРТ.", False)])
def test_an_outlets_data_line_carried_into_a_copy_goes_with_its_pointer(line: str, goes: bool) -> None:
    """On the network's copy, the outlet's one-line data strip (the day's weather: a label, a few
    readings between commas) closed by a sentence sending the reader to the outlet for more, named
    however inflected or as "our site": the outlet's. The story's readings closed by their source
    are the story's."""
    title = "Вулкан Шивелуч: код авиационной опасности повышен до красного"
    body = ["Вулкан Шивелуч на Камчатке выбросил пепел на высоту до 10 километров, сообщили в Камчатской группе "
            "реагирования на вулканические извержения.",
            "Авиационный код опасности повышен до красного, рейсы в аэропорту Елизово задерживаются.",
            "Жителям Ключей рекомендовали не выходить на улицу без респираторов."]
    _assert_copys_line(title, "Утро Камчатки", body, line, goes)


def _assert_copys_line(title: str, outlet: str, body: list[str], line: str, goes: bool) -> None:
    """The network's copy of a story with ``line`` set before its last paragraph: the story stays
    whole, and the line goes or stays as ``goes`` says."""
    dump = "\n\n".join([f"{title} - {outlet} PlatoBlockchain Data Intelligence. Vertical Search. Ai.",
                        f"{title} - {outlet}", *body[:-1], line, body[-1], "Time Stamp:", f"More from {outlet}"])
    text = cleaner.clean(dump, kind="text").text
    assert all(p in text for p in body)
    assert (line not in text) == goes


_RATES = ["Bankovní rada České národní banky ve čtvrtek ponechala základní úrokovou sazbu na 3,5 procenta. Pro "
          "zachování hlasovalo pět členů, dva navrhovali snížení o čtvrt procentního bodu.",
          "Banka zároveň zveřejnila novou prognózu. Inflace by letos měla v průměru dosáhnout 2,5 procenta a v příštím "
          "roce 2,3 procenta.",
          "„Čekali jsme to. Dva hlasy pro snížení ale ukazují, že v prosinci může rada sazby snížit,“ uvedl hlavní "
          "ekonom Jizerské spořitelny Ondřej Kalousek.",
          "Příští měnové zasedání rady je naplánováno na 18. prosince."]


@pytest.mark.parametrize(("box", "goes"), [
    ("<section class='kpo-trhy'><h4>Trhy teď</h4><ol><li><a href='/q/px'>PX 2 412,6 +0,4 %</a></li>"
     "<li><a href='/q/eurczk'>EUR/CZK 24,33</a></li><li><a href='/q/brent'>Brent 63,41 $</a></li></ol></section>", True),
    ("<aside class='kpo-box'><h3>Reklama</h3><p>Obchodujte akcie a ETF bez poplatků</p><p>Otevřít účet</p>"
     "<p>CFD jsou složité nástroje. U 72 % účtů retailových investorů dochází při obchodování s CFD u tohoto "
     "poskytovatele ke ztrátě.</p></aside>", True),
    ("<aside class='kpo-podcast'><h3>Podcast: Peníze a lidé</h3><p>Nový díl: Proč ČNB váhá se snížením sazeb</p>"
     "<p>Poslechnout (31 min)</p></aside>", True),
    ("<aside class='kpo-fakta'><h3>Rozhodnutí v číslech</h3><ul><li>Základní sazba: 3,5 %</li>"
     "<li>Hlasování: 5 pro, 2 proti</li><li>Prognóza inflace 2025: 2,5 %</li></ul></aside>", False)])
def test_a_ticker_an_ad_or_a_players_teaser_between_the_storys_paragraphs_goes(box: str, goes: bool) -> None:
    """Between a rate decision's paragraphs: a heading over a list whose every entry is one link
    with its quote ("EUR/CZK 24,33"), a box headed by the word for an advertisement (a broker's offer,
    its button, its risk warning), a podcast's teaser whose button gives the episode's length in
    brackets: the site's. The story's box of its own figures stays."""
    title = "ČNB nechala sazby beze změny, dva členové rady chtěli snížení"
    html = (f"<html lang='cs'><head><title>{title} | Kurýr Pojizeří</title></head><body><article><h1>{title}</h1>"
            f"<div class='kpo-text'><p>{_RATES[0]}</p><p>{_RATES[1]}</p>{box}<p>{_RATES[2]}</p><p>{_RATES[3]}</p>"
            "</div></article></body></html>")
    text = cleaner.clean(html, kind="html").text
    assert all(p in text for p in _RATES)
    line = next(t for t in box.replace(">", "<").split("<")[2::2] if len(t.split()) >= 2)  # its first line
    assert (line not in text) == goes


@pytest.mark.parametrize(("line", "goes"), [
    ("Beurs nu: AEX 948,12 (+0,4%) · euro/dollar 1,157 · gas (TTF) € 31,20", True),
    ("Курсы ЦБ на завтра: доллар 81,20 ₽, евро 94,05 ₽", True),
    ("De inflatie per onderdeel: voeding +4,1% · energie −2,3% · diensten +3,0%", False)])
def test_an_outlets_quote_row_carried_into_a_copy_goes(line: str, goes: bool) -> None:
    """On the network's copy, the outlet's ticker on one line: a short label, then items parted by
    row marks, two or more of them quotes (a level with its signed change, a price, a currency pair's
    rate). The story's own row of changes per component gives no level or price: the story's."""
    title = "CBS: inflatie daalt in oktober naar 3,1 procent"
    body = ["De inflatie in Nederland is in oktober gedaald naar 3,1 procent, meldt het Centraal Bureau voor de "
            "Statistiek op basis van een snelle raming.",
            "In september stegen de prijzen nog met 3,3 procent ten opzichte van een jaar eerder.",
            "Economen verwachten dat de inflatie de komende maanden rond de 3 procent blijft hangen."]
    _assert_copys_line(title, "Marktwaakhond", body, line, goes)


_SEGU = ["SEGU — Joliba ji yɛlɛnna ka don Segu kin dɔw kɔnɔ, i n'a fɔ Somonoso ani Alamisani, kabini sibiridon, ka so "
         "430 ni kɔ tiɲɛ, ka mɔgɔ 2 700 bɔ u ka sow kɔnɔ.",
         "Ji hakɛ sera mɛtɛrɛ 4,12 ma Segu ntɛnɛndon sɔgɔma. Ji baarakɛlaw ko o hakɛ ma ye yen kabini san 2024.",
         "Segu meri, Sumayila Jara, ko mɔgɔ minnu bɔra u ka sow kɔnɔ, olu jiginna lakɔliso duuru kɔnɔ.",
         "Meriso b'a fɔ mɔgɔw ye u kana sigi baw da la, ani ka denmisɛnw kɔlɔsi ji kɔrɔ."]


@pytest.mark.parametrize(("line", "goes"), [
    ('Aw ye "Joliba ji: lamɛnnikɛlaw ka kuma" lamɛn bi su fɛ 20:00 Radio Jɛkafɔ 97.3 FM kan', True),
    ("Tune in to Ball Tori every weekday 11:00 on 101.7 FM", True),
    ("Déglul « Mbay ak Ngoor » altine ak àjjuma ci Ndiambour FM 94.7", True),
    ("Radio Jɛkafɔ 97.3 FM ye kunnafoni in fɔ ntɛnɛndon sɔgɔma 07:00 la, meriso ka kumasen kɔfɛ.", False)])
def test_a_stations_plug_for_its_programme_is_the_sites_in_any_language(line: str, goes: bool) -> None:
    """Between a community radio site's paragraphs, a plug for one of the station's programmes: its
    frequency with the programme's hour or its title in quotation marks, set apart as no sentence
    is. A sentence of the story naming the station, its frequency and an hour is the story's."""
    lines = ["Segu Kunnafoni", "So / Accueil | Kunnafoniw / Actualités | Ntolatan / Sport", "Kunnafoniw",
             "Segu: Joliba ji yɛlɛnna ka don so 430 kɔnɔ", "Sɛbɛnnikɛla: Mamadu Kulibali", *_SEGU[:2], line, *_SEGU[2:],
             "A tila / Partager: Facebook · WhatsApp · X", "© 2032 Segu Kunnafoni. Tous droits réservés."]
    text = _whole_page_text(lines, "Segu: Joliba ji yɛlɛnna ka don so 430 kɔnɔ | Segu Kunnafoni")
    assert all(p in text for p in _SEGU)
    assert (line not in text) == goes


def test_a_programme_the_story_announces_is_no_listings_rows() -> None:
    """A short story about a station's new schedule, its programme's entries each opening on their
    hour under the story's line ending on a colon: the story, not a listing of other stories'
    bylines (a schedule page's grid stands under a day's heading and holds no story)."""
    story = ["KUTIALA — Radio Bɛnkan 102.7 FM ye a ka porogaramu kura jira, min bɛna daminɛ Ntɛnɛ 6 Sɛtanburukalo.",
             "Porogaramu kura, lɔgɔkun kɔnɔ:", "06:30 — Kunnafoniw bamanankan na · Seydu Kone",
             "07:30 — Kunnafoniw minyankakan na · Drissa Dembele", "12:00 — Kunnafoniw fulakan na · Hawa Sidibe",
             "13:00 — Journal en français · Adama Togola",
             "Arajo ɲɛmɔgɔ, Moussa Dao, ko minyankaw ni fulaw caman tun bɛ kunnafoniw lamɛn."]
    title = "Radio Bɛnkan ka porogaramu kura: kunnafoniw bɛna kɛ minankan naani na"
    lines = ["Kutiala Kura", "Arajo", title, "Sɛbɛnnikɛla: Fatumata Jara", *story, "© 2032 Kutiala Kura"]
    text = _whole_page_text(lines, f"{title} | Kutiala Kura")
    assert all(p in text for p in story)
