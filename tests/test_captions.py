"""Figure captions and quoted embeds. trafilatura leaves figures out; the caption that says what
the story's photo shows is the article's, the network's brand under a picture and a bare credit are
not. A post embedded as a blockquote is quoted text, whatever its classes say."""

from __future__ import annotations

import pytest

import cleaner
from cleaner import removals

PAGE = """<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
<div class="entry-content">
<p>{p1}</p>
<figure class="wp-block-image"><img src="/uploads/photo.jpg" alt=""><figcaption>{caption}</figcaption></figure>
<p>{p2}</p>
<p>{p3}</p>
</div></article>
<footer><p>© 2024 Example Media</p></footer></body></html>"""

PAGES = {
    "pt": ("Bordadeiras de Viana ensinam os lenços de namorados a uma nova geração",
           "Na escola de Afife, seis bordadeiras com mais de setenta anos ensinam todas as terças-feiras "
           "a técnica dos lenços de namorados a vinte alunos.",
           "A câmara municipal paga as linhas e os tecidos, e a junta de freguesia cedeu a sala.",
           "Os primeiros lenços feitos pelos alunos vão ser expostos na romaria de agosto."),
    "uk": ("На полонинах Гуцульщини знову варять бриндзу за старими рецептами",
           "Цього літа на полонині Пожижевській працюють три ватаги, які виготовляють бриндзу та будз "
           "так, як це робили їхні діди.",
           "Сир дозріває у дерев'яних бочках до кінця серпня, після чого його зносять у долину.",
           "Туристи можуть купити бриндзу просто на полонині, але кількість обмежена."),
    "de": ("Stadtwerke testen einen Wärmespeicher aus Sand",
           "Die Stadtwerke haben am Montag einen Wärmespeicher in Betrieb genommen, der überschüssigen "
           "Solarstrom in 600 Grad heißem Sand speichert.",
           "Der Speicher soll im Winter rund 300 Haushalte mit Fernwärme versorgen.",
           "Ob sich die Technik rechnet, will der Versorger nach zwei Heizperioden entscheiden."),
    "ja": ("静岡の茶農家、海外向けの抹茶用てん茶に転換",
           "静岡県の茶農家の間で、煎茶から抹茶の原料となるてん茶への転換が広がっている。",
           "海外での抹茶需要の高まりを受け、県内のてん茶の生産量は五年で二倍になった。",
           "一方で、てん茶の加工には専用の設備が必要で、初期投資の負担が課題となっている。"),
    "th": ("ตลาดเช้าเชียงรายปรับโฉม ผู้ค้าเฮ ค่าเช่าแผงไม่ขึ้น",
           "เทศบาลนครเชียงรายเริ่มปรับปรุงตลาดเช้าข้างสถานีขนส่งแห่งที่หนึ่ง โดยจะเปลี่ยนหลังคาและระบบระบายน้ำทั้งหมด",
           "ระหว่างก่อสร้าง ผู้ค้ากว่าสองร้อยรายจะย้ายไปขายในตลาดชั่วคราวข้างสถานีขนส่ง",
           "เทศบาลยืนยันว่าค่าเช่าแผงจะไม่ปรับขึ้นหลังการปรับปรุงแล้วเสร็จ"),
}


def clean_with(lang: str, caption: str) -> cleaner.Article:
    title, p1, p2, p3 = PAGES[lang]
    return cleaner.clean(PAGE.format(lang=lang, title=title, p1=p1, p2=p2, p3=p3, caption=caption), kind="html")


@pytest.mark.parametrize(("lang", "caption"), [
    ("pt", "Na fotografia: Rosa Amorim, de 81 anos, borda um lenço de namorados na escola de Afife."),
    ("uk", "На фото: ватаг Іван Гуцуляк перевертає грудку будзу на полонині Пожижевська."),
    ("de", "Der Sandspeicher steht auf dem Gelände des alten Kohlekraftwerks"),
    ("ja", "てん茶の新しい加工場で茶葉を確認する農家の男性"),
    ("de", "Der Speicher im Testbetrieb. Bild: Archiv"),
    ("uk", "Ватаг Іван Гуцуляк на полонині Пожижевська. Фото: Олена Ковальчук"),
], ids=["pt-label", "uk-label", "de-no-stop", "ja", "de-credited", "uk-credited"])
def test_a_caption_that_says_what_the_photo_shows_is_kept_in_place(lang: str, caption: str) -> None:
    article = clean_with(lang, caption)
    paragraphs = article.text.split("\n\n")
    assert paragraphs[1] == caption
    assert paragraphs[0] == PAGES[lang][1] and paragraphs[2] == PAGES[lang][2]


@pytest.mark.parametrize(("lang", "caption", "rule"), [
    ("de", "Sandspeicher PlatoBlockkette Datenklugheit. Lotrechte Suche. Oha.", removals.CAPTION_SPAM),
    ("uk", "Полонина ПлатонЛанцюжок Тямущість Даних. Прямостояче Шукання. Ой.", removals.CAPTION_SPAM),
    ("ja", "茶畑 プラトンブロックチェーン データ叡智。直立検索。おや。", removals.CAPTION_SPAM),
    ("de", "Bild: Archiv", removals.CAPTION_CREDIT),
    ("ja", "写真はイメージです（出典：ストックフォト）", removals.CAPTION_CREDIT),
    ("pt", "Créditos: Shutterstock", removals.CAPTION_CREDIT),
], ids=["de-brand", "uk-brand", "ja-brand", "de-credit", "ja-credit", "pt-bank"])
def test_the_networks_caption_and_a_bare_credit_go_whole(lang: str, caption: str, rule: str) -> None:
    article = clean_with(lang, caption)
    assert caption not in article.text
    assert [r.rule for r in article.removed if r.text == caption] == [rule]
    for kept in PAGES[lang][1:]:
        assert kept in article.text


def test_an_embedded_post_quoted_in_the_article_stays_while_the_share_bar_goes() -> None:
    """Class tokens weigh against text: a blockquote classed as a social embed quotes someone."""
    title, p1, p2, p3 = PAGES["de"]
    post = "Heute haben wir den ersten Sandspeicher der Stadt in Betrieb genommen. Ein großer Tag für unser Team!"
    page = PAGE.format(lang="de", title=title, p1=p1, p2=p2, p3=p3, caption="Der Sandspeicher im Hafen").replace(
        f"<p>{p2}</p>",
        f'<blockquote class="social-embed" data-platform="x"><p>{post}</p></blockquote><p>{p2}</p>'
        '<div class="share-bar">Teilen: Facebook · Telegram · E-Mail</div>')
    article = cleaner.clean(page, kind="html")
    assert post in article.text and p2 in article.text
    assert "Teilen: Facebook" not in article.text


def test_a_thai_caption_parted_by_spaces_is_no_spam_on_a_page_the_network_never_touched() -> None:
    """Thai parts its phrases with spaces, as the spam parts its short sentences: the shape alone is
    no evidence; under the network's title the same shape goes."""
    caption = "ผู้ค้าผักพื้นบ้านจัดแผงในตลาดชั่วคราวข้างสถานีขนส่งเมื่อเช้าวันที่ 9 พฤษภาคม ภาพโดย อนุชา ใจดี"
    assert caption in clean_with("th", caption).text.split("\n\n")
    title, p1, p2, p3 = PAGES["th"]
    spam_title = f"{title} - ไทยรัฐ PlatoBlockchain ข้อมูลอัจฉริยะ ค้นหาแนวตั้ง ไอ"
    spam = "ตลาดเช้าเชียงราย ข้อมูลอัจฉริยะ ค้นหาแนวตั้ง ไอ"  # (the brand's name translated away)
    page = PAGE.format(lang="th", title=spam_title, p1=p1, p2=p2, p3=p3, caption=spam)
    article = cleaner.clean(page, kind="html")
    assert spam not in article.text and p1 in article.text


def test_a_caption_above_a_short_link_line_mid_article_is_kept() -> None:
    """The line under the figure is a short "Read also" link, but the article goes on below it: the
    gap is mid-article, not a closing one-liner's, and the caption comes back."""
    title, p1, p2, p3 = PAGES["uk"]
    caption = "Ватаг Іван Гуцуляк на полонині Пожижевська. Фото: Олена Ковальчук"
    page = PAGE.format(lang="uk", title=title, p1=p1, p2=p2, p3=p3, caption=caption).replace(
        f"<p>{p2}</p>", f'<p class="read-also">Читайте також: <a href="/x">Як варять будз</a></p><p>{p2}</p>')
    article = cleaner.clean(page, kind="html")
    assert article.text.split("\n\n") == [p1, caption, p2, p3]
