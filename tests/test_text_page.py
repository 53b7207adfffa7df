"""Tagging and assembling text pages: metadata, joins, markdown, and an exact audit."""

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from cleaners import bylines, dates, speech
from cleaners.bylines import author_link_names, parse_byline, parse_text_byline, split_byline_names
from cleaners.dates import parse_dateline
from cleaners.languages import LANGUAGES
from cleaners.markdown import is_link_only, links, to_plain
from cleaners.repeats import page_lines
from cleaners.rules import BOUNDING_RULES, LINE_RULES
from cleaners.sites import Sites, learn_sites
from cleaners.text_page import (
    BODY,
    CleanedText,
    Line,
    Tagged,
    assemble,
    clean_text,
    is_split_sentence,
    is_teletext,
    reads_like_listed_headline,
    split_lines,
    tag_lines,
)
from tests.conftest import SAMPLE_RAW

LONG = "The minister said on Tuesday that the talks in Moscow had gone well and would continue next week."


def audit_accounts_for_every_line(text: str) -> None:
    cleaned = clean_text(text)
    removed = "\n".join(r.text for r in cleaned.removed)
    for raw in text.splitlines():
        raw = raw.strip()
        assert not raw or raw in removed or to_plain(raw) in cleaned.text, raw
    assert len(cleaned.removed) + sum(1 for tag in tag_lines(split_lines(text)).tags if tag == BODY) == len(
        split_lines(text)
    )


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLE_RAW.iterdir()))
def test_samples_account_for_every_line(sample):
    audit_accounts_for_every_line((SAMPLE_RAW / sample).read_text())


def test_not_found_tail_takes_everything_after_it():
    cleaned = clean_text(f"Title here\n\n{LONG}\n\nPage not found\n\nSome link\n\n{LONG}")
    assert cleaned.paragraphs == [LONG]
    assert [r.rule for r in cleaned.removed] == ["title", "not_found_tail", "not_found_tail", "not_found_tail"]


def test_comments_button_in_a_share_strip_does_not_cut_the_article():
    cleaned = clean_text(f"Title here\n\n{LONG}\n\nTweet\n\nComments\n\nPrint\n\n{PROSE[0]}")
    assert cleaned.paragraphs == [LONG, PROSE[0]]
    assert [r.rule for r in cleaned.removed] == ["title", "social_share", "social_share", "social_share"]


def test_split_paragraph_is_joined_but_headings_and_captions_are_not():
    assert is_split_sentence(
        "His statement was echoed by Hollande, who met with mayors of", "French cities on Wednesday."
    )
    assert is_split_sentence("Late on Tuesday, Hollande said during a meeting with Obama that his", "country was ready")
    assert not is_split_sentence("Diplomatic marathon", "Hollande has been on a whirlwind tour.")
    assert not is_split_sentence(
        "Putin has publicly acknowledged that IS bombed a Russian airliner last month", "Putin has"
    )
    assert not is_split_sentence("He left.", "then came back")


def test_removed_line_between_fragments_prevents_a_join():
    text = f"Headline\n\n{LONG}\n\nThe talks covered oil and the future of\n\nYou may also like\n\nthe Syrian regime."
    assert "future of the Syrian" not in clean_text(text).text


def test_markdown_links_become_text_and_editorial_brackets_stay():
    assert to_plain("with [the U.S. President] Barack Obama") == "with [the U.S. President] Barack Obama"
    assert to_plain("said [Putin](https://x.example/putin) on **Tuesday**") == "said Putin on Tuesday"
    assert to_plain("## Diplomatic marathon") == "Diplomatic marathon"
    assert to_plain("* a list item") == "a list item"
    # a note-taking app's wiki link shows its text (or its alias); an editorial bracket pair is none
    assert to_plain("author:: [[Jane Doe]]") == "author:: Jane Doe"
    assert to_plain("see [[Geneva talks|the talks]] and [[2026-07-11]]") == "see the talks and 2026-07-11"
    assert to_plain("a [[sic]] mistake") == "a sic mistake"
    obfuscated = "at [[email protected]](/cdn-cgi/l/email-protection)"  # a link's bracketed text stays as it was
    assert to_plain(obfuscated) == obfuscated


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("<content:encoded><![CDATA[<p>The talks went well.</p>", "The talks went well."),  # a feed's XML
        ("]]></content:encoded>", ""),
        ("Accueil [/] and Imprimer [javascript:window.print()]", "Accueil and Imprimer"),  # html-to-text's targets
        ("-  `Startseite </>`__ `Verein </verein>`__", "Startseite Verein"),  # reStructuredText's links
        ("said [sic] and [12] and a <b and c> d", "said [sic] and [12] and a <b and c> d"),  # none of them
    ],
)
def test_the_markup_of_feeds_text_converters_and_rst_goes_and_its_text_stays(line, plain):
    assert to_plain(line) == plain


def test_html2text_escaped_parentheses_stay_inside_a_link_or_image_address():
    assert to_plain("[here](javascript:void\\(0\\);) to share") == "here to share"
    assert to_plain("![](https://x.example/Dot%20\\(2\\).svg) A caption") == "A caption"
    assert is_link_only('  * [](javascript:void\\(0\\) "Facebook")')


def test_a_label_and_short_numbered_lynx_links_are_a_link_list_in_any_language():
    assert is_link_only("   Schlagworte: [14]Astronomie [15]Sonneberg [16]Ehrenamt")
    assert is_link_only("Leggi anche: [3]La funivia riapre [4]Il rifugio")
    assert not is_link_only("Schlagworte: [14]Astronomie")  # one link after a label: text may follow it
    assert not is_link_only("Er sagte: [3]Der Rat [4]lehnte den Plan ab.")  # a sentence
    assert not is_link_only("Mehr: [3]Der Bürgermeister sagte, dass die Stadt [4]neue Busse kauft")
    assert not is_link_only("which the [3]council and [4]mayor")  # no label: a wrapped line of prose


def test_a_links_target_is_read_past_escaped_parentheses_and_a_title():
    line = '[Neil Ferguson](https://x.example/wiki/Neil_\\(scientist\\)) and [Jane](</author/jane> "Posts")'
    assert links(line) == [("Neil Ferguson", "https://x.example/wiki/Neil_\\(scientist\\)"), ("Jane", "/author/jane")]
    assert links("![](/a.png) [](/b) [text][ref]") == [("", "/b")]


def test_a_heading_inside_a_list_item_loses_both_markers():
    assert to_plain("  * # People who fear the virus call the doctor") == "People who fear the virus call the doctor"
    assert to_plain("* #hashtag stays") == "#hashtag stays"


def test_pandoc_attributes_closing_a_heading_or_a_span_are_syntax():
    assert to_plain("# Los huertos escolares no son un adorno {#titular}") == "Los huertos escolares no son un adorno"
    assert to_plain("Entretien avec une monitrice {#titre .article-title}") == "Entretien avec une monitrice"
    assert to_plain("[Opinión]{.section}") == "Opinión"
    # a span's or a link's attributes anywhere in the line: the span's brackets go with them
    line = "Propos recueillis par [Mathis Delacourt]{.author} --- [23 septembre 2026]{.date}"
    assert to_plain(line) == "Propos recueillis par Mathis Delacourt --- 23 septembre 2026"
    assert to_plain("[Aller au contenu](#contenu){.skip-link} [Musique](/musique)") == "Aller au contenu Musique"
    assert to_plain("the [sic] {.x} word") == "the [sic] {.x} word"  # attributes after a space are no span's
    assert to_plain("a set {1, 2} in prose") == "a set {1, 2} in prose"  # braces that are no attributes stay
    # a span inside a span (a byline's name in its own span): both go, the inner one first
    line = "[Por [Maite Urkiola]{.autora}]{.firma} [29/11/2026 - 13:42]{.fecha}"
    assert to_plain(line) == "Por Maite Urkiola 29/11/2026 - 13:42"
    assert to_plain("[Автор: [Олена Бойко]{.author}]{.avtor} · [3 грудня 2026 року]{.date}") == (
        "Автор: Олена Бойко · 3 грудня 2026 року"
    )
    assert to_plain("a [[note]] {x} stays") == "a note {x} stays"  # no attributes: a wiki link's brackets only


def test_image_only_line_is_removed_under_its_rule():
    cleaned = clean_text(f"Headline\n\n![A photo](https://x.example/p.jpg)\n\n{LONG}")
    assert ("markdown_image", "![A photo](https://x.example/p.jpg)") in [(r.rule, r.text) for r in cleaned.removed]
    assert cleaned.paragraphs == [LONG]


def test_html_comments_in_a_dump_are_syntax_not_text():
    assert to_plain("said <!-- tracking id 42 -->Putin") == "said Putin"
    cleaned = clean_text(f"Headline\n\n{LONG}\n\n<!-- copy 000123 -->")
    assert ("markdown_syntax", "<!-- copy 000123 -->") in [(r.rule, r.text) for r in cleaned.removed]
    assert cleaned.paragraphs == [LONG]


def test_dates_in_the_body_are_not_the_publication_date():
    later = "Hollande is to go to Moscow on 26 November 2015 to meet Putin after seeing Obama in Washington."
    paragraphs = [LONG.replace("Moscow", city) for city in ("Paris", "Rome", "Oslo", "Bern", "Kyiv", "Riga", "Baku")]
    cleaned = clean_text("\n\n".join(["Headline", later, *paragraphs, "November 18, 2015", LONG]))
    assert cleaned.published is None  # in a sentence, or a date line deep in the story (a timeline's)
    assert "November 18, 2015" in cleaned.paragraphs and later in cleaned.paragraphs


def test_a_date_line_right_under_the_lede_dates_a_page_whose_header_has_none():
    """Some layouts put the date under the first paragraph; with none in the header, it is the page's."""
    cleaned = clean_text(f"Headline\n\n{LONG}\n\nNovember 18, 2015\n\n{LONG.replace('Moscow', 'Paris')}")
    assert cleaned.published == dates.Published(dt.date(2015, 11, 18))
    assert "November 18, 2015" not in cleaned.paragraphs


def test_a_page_whose_text_says_no_date_is_dated_by_its_url():
    page = f"Headline\n\n{LONG}"
    assert clean_text(page, url="https://example.com/2024/03/05/headline/").published == dates.Published(
        dt.date(2024, 3, 5)
    )
    assert clean_text(
        f"Headline\n\nMarch 1, 2024\n\n{LONG}", url="https://example.com/2024/03/05/headline/"
    ).published == (dates.Published(dt.date(2024, 3, 1)))  # the text's own dateline comes first
    assert clean_text(page, url="https://example.com/news/headline-12345").published is None


def test_a_byline_that_also_gives_the_date_dates_the_page():
    cleaned = clean_text(f"Headline\n\nBy Jane Doe | March 3, 2024\n\n{LONG}")
    assert cleaned.authors == ["Jane Doe"] and cleaned.published == dates.Published(dt.date(2024, 3, 3))


def test_page_without_date_or_url_gets_none():
    cleaned = clean_text(f"Headline\n\n{LONG}")
    assert cleaned.published is None and cleaned.url is None and cleaned.authors == []


def test_photo_credit_is_not_a_byline():
    cleaned = clean_text(f"Headline\n\nYuri Kadobnov, AFP | Hollande and Putin at the Kremlin.\n\n{LONG}")
    assert cleaned.authors == []


@pytest.mark.parametrize(
    "byline",
    ["Von Sven Dziedzic (Text) und Lena Vogt (Fotos)", "By Sven Dziedzic (text) and Lena Vogt (photos)"],
)
def test_a_byline_crediting_the_photos_too_is_no_photo_credit(byline):
    cleaned = clean_text(f"# A headline about the talks\n\n{byline}\n\n{LONG}")
    assert cleaned.authors == ["Sven Dziedzic"]
    assert "photo_credit" not in [removal.rule for removal in cleaned.removed]
    # near miss: a caption's closing credit is still one
    from cleaners.rules import PHOTO_CREDIT_RULE, first_matching_rule

    assert first_matching_rule("Der Hafen im Morgengrauen (Fotos)") is PHOTO_CREDIT_RULE


@pytest.mark.parametrize(
    ("line", "day", "at"),
    [
        ("November 18, 2015", "2015-11-18", None),
        ("Published November 27th, 2015 - 06:00 GMT", "2015-11-27", "2015-11-27T06:00:00+00:00"),
        ("26 novembre 2015", "2015-11-26", None),
        ("Updated: Nov. 18, 2015 5:32 PM ET", "2015-11-18", "2015-11-18T22:32:00+00:00"),
    ],
)
def test_datelines(line, day, at):
    published = parse_dateline(line)
    assert published is not None
    assert published.date == dt.date.fromisoformat(day)
    assert (published.at.isoformat() if published.at else None) == at


@pytest.mark.parametrize(
    "line", ["on 26 November", "Menu", "12 people were killed in 2015 and many more were hurt", ""]
)
def test_not_datelines(line):
    assert parse_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Pressemitteilung Nr. 27/2026 vom 11.06.2026", "2026-06-11"),
        ("Verbraucherinformation vom 08.09.2026", "2026-09-08"),
        ("Press release No. 4 of 3 March 2026", "2026-03-03"),
        ("Notice dated 3 March 2026", "2026-03-03"),
        ("Communiqué n° 12 du 3 mars 2026", "2026-03-03"),
        ("Comunicado de prensa del 5 de marzo de 2026", "2026-03-05"),
        ("Comunicato stampa n. 4 del 9 giugno 2026", "2026-06-09"),
        ("Nota de imprensa de 3 de março de 2026", "2026-03-03"),
        ("Persbericht van 12 mei 2026", "2026-05-12"),
        ("Komunikat nr 5 z dnia 14 kwietnia 2026", "2026-04-14"),
        ("Пресс-релиз № 12 от 3 марта 2026", "2026-03-03"),
        ("Повідомлення від 3 березня 2026", "2026-03-03"),
        ("Протокол собрания от 12 марта 2026 г.", "2026-03-12"),  # the year's word ends the date as its figure
        ("Постановление от 12 марта 2026 года", "2026-03-12"),
        ("Протокол зборів від 12 березня 2026 року", "2026-03-12"),
        ("Наказ № 14 від 12.03.2026 р.", "2026-03-12"),
        ("Protokół z zebrania z dnia 12 marca 2026 r.", "2026-03-12"),
        ("Uchwała nr 7/2026 z dnia 12 marca 2026 roku", "2026-03-12"),
    ],
)
def test_a_documents_kind_and_number_before_its_date(line, day):
    """A header line naming a document, maybe its number, then "of" and its date, is its dateline."""
    assert parse_dateline(line, dates.DateReading(day_first=True)) == dates.Published(dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("The Pew Sheet · Week beginning 8 November 2026 · Posted Thursday 5th November 2026", "2026-11-05"),
        ("Annonce n° 4471 · Publiée le 3 mars 2026 · Vue 1 206 fois", "2026-03-03"),
        ("Veröffentlicht am 1. August 2026 in Leseproben · Erscheinungstermin: 14.08.2026", "2026-08-01"),
        ("Por Ana Gil | Publicado el 22 de abril de 2026 | Adelantos editoriales", "2026-04-22"),
        ("Pubblicato il 30 ottobre 2026 in Avvisi della settimana", "2026-10-30"),
        ("Publicado em 14 de setembro de 2026 · Anúncio atualizado há 3 dias", "2026-09-14"),
        ("Door Jan de Vries · Geplaatst op 2 april 2026 · Categorie: Monumenten", "2026-04-02"),
        ("Опубликовано 11.06.2026 · Рубрика: Читальня · 👁 2 341", "2026-06-11"),
        ("Новини громади · Опубліковано 12 січня 2026 у розділі Новини", "2026-01-12"),
        ("OSP Brzezinka · Aktualności · Dodano: 03.07.2026 · Autor: dh. Jan Kowal", "2026-07-03"),
    ],
)
def test_a_rows_one_part_its_publications_words_open_dates_it(line, day):
    """A row of parts whatever they hold, one of them opened by the publication's words, is dated by that part,
    without the section a post line files it in after the date."""
    assert dates.read_dateline(line, dates.DateReading(day_first=True)) == dates.Published(dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    "line",
    [
        "Published 3 March 2026 in the journal Nature.",  # a sentence: the section's name ends with a full stop
        "Veröffentlicht am 1. August 2026 · Aktualisiert am 3. August 2026 · Geplaatst op 5 augustus 2026",  # two
        "Jan de Vries · Categorie: Monumenten · 4 reacties",  # no publication's words
        "DATE: 2025-12-12 - 2025-12-17",  # a range: a bare date beside the said one
    ],
)
def test_a_row_without_one_said_publication_is_not_read_so(line):
    assert dates.said_published_part(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "vom 11.06.2026 an gilt die neue Gebührenordnung",  # prose: the date runs on
        "Die Satzung vom 11.06.2026 gilt",  # the date is not the rest of the line
        "Die neue Satzung des Vereins vom 11.06.2026 gilt ab sofort für alle Mitglieder",  # 12 words
        "Решение от 12 марта 2026 г. вступает в силу",  # the year's word, then the sentence runs on
        "Uchwała z dnia 12 marca 2026 r. obowiązuje od dziś",
        "Class of 2026",  # a year alone
        "Top 10 of 2026",
    ],
)
def test_a_date_after_of_in_a_sentence_is_no_documents(line):
    assert parse_dateline(line, dates.DateReading(day_first=True)) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Nov 08, 2025 7 min read", "2025-11-08"),
        ("5 min read · Mar 3, 2024", "2024-03-03"),
        ("Updated 2 days ago · Jan 5, 2024", "2024-01-05"),
        ("Sports | March 3, 2024 | 4 comments", "2024-03-03"),
        ("March 20, 2023 | Wellness & Prevention", "2023-03-20"),
        ("Jun 08, 2023 • 11 Minute Read", "2023-06-08"),
        ("December 15, 2025 // 8 min read", "2025-12-15"),
        ("19 Dec 2025 Reading time: 2 minutes", "2025-12-19"),
        ("23.07.2025 · 6 min read", "2025-07-23"),
        ("12. März 2024 · 5 Min. Lesezeit", "2024-03-12"),
        ("12 mars 2024 · 4 min de lecture", "2024-03-12"),
        ("12 марта 2024 · 5 мин чтения", "2024-03-12"),
        ("12 березня 2024 | 3 хв читання", "2024-03-12"),
        ("12 marca 2024 · 4 min czytania", "2024-03-12"),
        ("12.03.2024 | 7 комментариев", "2024-03-12"),
        ("— 3 грудня 2026, 12:40 — 👁 856", "2026-12-03"),  # a view count after an eye
        ("2 декабря 2026, 09:40 · 👁 1 204", "2026-12-02"),
        # a meta strip's numbered fields are set aside as filler is, and count to no word limit
        ("Season 4 · Episode 42 · 9 Oct 2026 · 38 min", "2026-10-09"),
        ("Podcast · Staffel 2 · Folge 7 · 12.03.2026 · 41 Min.", "2026-03-12"),
        ("Wetzlar, 24. Februar 2026 – Pressemitteilung Nr. 07/2026", "2026-02-24"),  # a release's number
        ("Lyon, 3 mars 2026 – Communiqué de presse n° 12/2026", "2026-03-03"),
        ("Gabinete de Comunicação e Imagem | 30/03/2026 | Leitura: 3 min", "2026-03-30"),  # a desk's name as label
        # a category, the office that signs a release, a bare release label or a release's number beside the date
        ("23 July 2026 | RNS Number: 4471K | Category: Results", "2026-07-23"),
        ("Communiqué | 14 mars 2026 · Catégorie : Théâtre · Service communication", "2026-03-14"),
        ("23.11.2026 · Kategorie: Fahrplan · Pressestelle VOW", "2026-11-23"),
        ("Comunicado | 15 de enero de 2026 | Categoría: Noticias | Gabinete de prensa", "2026-01-15"),
        ("Comunicato | 23 ottobre 2026 | Categoria: Scuola | Ufficio stampa", "2026-10-23"),
        ("Comunicado | 19 de janeiro de 2026 | Gabinete de Comunicação", "2026-01-19"),
        ("6 augustus 2026 | Categorie: Nieuws | Afdeling Communicatie", "2026-08-06"),
        ("21 апреля 2026 · Рубрика: Театр · Пресс-служба", "2026-04-21"),
        ("4 серпня 2026 · Рубрика: Ринки · Пресслужба", "2026-08-04"),
        ("Komunikat | 12 listopada 2026 | Kategoria: Wyniki | Biuro prasowe", "2026-11-12"),
        # a desk signing with the paper's name, as long as no label may be, beside a weekday's date
        ("Redacción Noticias de la Ribera · Viernes, 4 de diciembre de 2026", "2026-12-04"),
        ("Rédaction du Journal de la Haute-Loire · vendredi 4 décembre 2026", "2026-12-04"),
        ("Redaktion der Hersfelder Zeitung und Umgebung · Freitag, 4. Dezember 2026", "2026-12-04"),
        ("Newsroom of the Valley Gazette · Friday, 4 December 2026", "2026-12-04"),
        ("Redazione del Corriere di Vigevano · venerdì 4 dicembre 2026", "2026-12-04"),
        ("Redação do Jornal da Beira · sexta-feira, 4 de dezembro de 2026", "2026-12-04"),
        ("Redactie Krant van de Stad · vrijdag 4 december 2026", "2026-12-04"),
        ("Redakcja Gazety Powiatu Kępińskiego · piątek, 4 grudnia 2026", "2026-12-04"),
        ("Редакция Вестника района · пятница, 4 декабря 2026", "2026-12-04"),
        ("Редакція Вісника громади · п’ятниця, 4 грудня 2026", "2026-12-04"),
        # the day, its time of day and a reading time, each a part (man's byline row after its link's lines)
        ("2 de diciembre de 2026 | 10:25 | Lectura: 3 min", "2026-12-02"),
        ("2 December 2026 | 10:25 | 3 min read", "2026-12-02"),
        ("2. Dezember 2026 | 10:25 Uhr | Lesezeit: 3 Minuten", "2026-12-02"),
        ("2 декабря 2026 | 10:25 | 3 мин чтения", "2026-12-02"),
    ],
)
def test_a_dateline_may_carry_filler_in_its_own_parts(line, day):
    assert parse_dateline(line) is None
    assert dates.parse_dateline_with_filler(line) == dates.Published(dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    "line",
    [
        "The storm hit on March 3, 2024 | 4 comments",  # a sentence that mentions a date
        "August 16, 2019 - Updated July 9, 2025",  # two dates: which one is unsaid
        "@jane • Jan 26, 2026 •",  # a handle is an author, no section label
        "Sports | Opinion | March 3, 2024",  # two labels
        "Our best deals of the year | March 3, 2024",  # a label as long as a sentence
        "The mayor of the city said on | March 3, 2024",  # small words join three words at most
        "5 min read · 4 comments",
        "5 мин чтения · 7 комментариев",  # filler only, in any language
        "Wybory 2024 | 12 marca 2024 | 3 komentarze",  # a label with a figure is not a label
        "Top 10 | Best of 2024 | March 3, 2024",  # a year is no numbered field
        "Season 4 · Episode 42 · the finale airs on 9 Oct 2026 at eight",  # a sentence among the fields
        "24. Februar 2026 – Bericht Nr. 07/2026",  # a number of no press release's: a second date's figures
        "La redacción cerró el 4 de diciembre de 2026 tras meses de pérdidas",  # a desk's word in a sentence
        "Redacción Noticias de la Ribera · 4 de diciembre de 2026 · 7 de enero de 2027",  # two dates
        "10:25 | 11:40 | 3 min read",  # times of day and no day
        "2 December 2026 | 10:25 | 3 December 2026 | 3 min read",  # two days beside the time
    ],
)
def test_filler_never_turns_a_line_that_mentions_a_date_into_a_dateline(line):
    assert dates.parse_dateline_with_filler(line) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Travel September 8, 2021", "2021-09-08"),
        ("Susan December 9, 2024 0 Comments", "2024-12-09"),
        ("News 12.03.2024", "2024-03-12"),
    ],
)
def test_a_dateline_may_run_a_label_or_a_name_into_its_date(line, day):
    assert parse_dateline(line) is None
    assert dates.parse_dateline_with_filler(line) == dates.Published(dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    "line",
    [
        "Elections May 2024",  # a headline that ends in a month
        "He left on March 3, 2024",  # a sentence
        "Article mis à jour le 7 janvier 2020.",  # a sentence that goes on in small letters
        "Blogposting 01/24/2020",  # a post's title
        "Opening Bell 11.18.19",
        "LinkNaija October 06, 2018",  # a brand, no label
        "Travel | Susan March 3, 2024",  # a label set apart and a run-in one
    ],
)
def test_a_run_in_label_never_turns_a_headline_or_a_sentence_into_a_dateline(line):
    assert dates.parse_dateline_with_filler(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "March 3, 2024",
        "Travel · Sep 8, 2021 · 5 min read",
        "Susan December 9, 2024",
        "1. und Regionalmeisterin 2007",  # no date, which dateparser is asked about
        "Elections May 2024",
        "He left on March 3, 2024",
    ],
)
def test_a_line_is_read_as_a_dateline_bare_or_with_filler_asking_dateparser_once_a_text(line, monkeypatch):
    asked: list[str] = []
    ask = dates._dateparser

    def counted(text, *rest):
        asked.append(text)
        return ask(text, *rest)

    monkeypatch.setattr(dates, "_dateparser", counted)
    read, texts_asked = dates.read_dateline(line), list(asked)
    assert len(texts_asked) == len(set(texts_asked))
    assert read == (parse_dateline(line) or dates.parse_dateline_with_filler(line))


def test_a_bylines_dates_after_its_names_give_the_publication():
    byline = "Por **Carla Menezes** | Publicado em 14/05/2026, 10h00 | Atualizado em 16/05/2026"
    cleaned = clean_text("\n\n".join(["# Bolo de fubá cremoso", byline, LONG, LONG]))
    assert cleaned.authors == ["Carla Menezes"]
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 5, 14)


def test_a_bylines_dates_run_on_after_its_role_give_the_publication():
    byline = "Door Joost van Leeuwen, jurist 15 augustus 2026, 07:00 Laatste update: 16 augustus 2026, 12:40"
    body = (
        "Voor een boomhut heb je meestal geen vergunning nodig, zolang hij niet hoger is dan een paar meter en "
        "niet als schuur of zomerhuis dient. Maar het Burgerlijk Wetboek bevat ook regels over het uitzicht op "
        "het erf van de buren, en die gelden ook voor een platform in een boom."
    )
    cleaned = clean_text("\n\n".join(["# Mag de boomhut van de buren?", byline, body, body]))
    assert cleaned.authors == ["Joost van Leeuwen"]
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 8, 15)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Publicado: 10/02/2026 08:15 · Actualizado: 10/02/2026 12:40", "2026-02-10"),
        ("Publié le 4 février 2026 à 18h30, mis à jour le 5 février 2026 à 07h12", "2026-02-04"),
        ("Pubblicato il 14 febbraio 2026 alle 11:30 - Aggiornato il 15 febbraio 2026 alle 09:10", "2026-02-14"),
        ("Gepubliceerd: 11 februari 2026, 08:30 | Bijgewerkt: 11 februari 2026, 14:10", "2026-02-11"),
        ("Opublikowano: 13.02.2026, 07:45 | Aktualizacja: 14.02.2026, 12:00", "2026-02-13"),
        ("Publicado a 14/04/2026, 09:00 | Atualizado a 14/04/2026, 12:30", "2026-04-14"),  # Portugal's "a"
        # the update first: the publication is still the part that says so
        ("Actualizado 08/02/2026 - 20:58 · Publicado 08/02/2026 - 17:30", "2026-02-08"),
        ("Updated 5 February 2026 | Published 4 February 2026", "2026-02-04"),
        ("Last updated 4 May 2026, 14:05 · First posted 3 May 2026, 08:30", "2026-05-03"),
        # a bare date, then its update: the bare date is the publication's
        ("3 aprile 2026 | Aggiornato alle 18:20", "2026-04-03"),
        ("29 jan. 2026 om 13:50 · Laatste update: 29 jan. 2026 om 17:05", "2026-01-29"),
        ("19/06/2026 - 08h30 | Atualizado há 2 dias", "2026-06-19"),
        ("09.09.2026 08:05 | обновлено 09.09.2026 14:30", "2026-09-09"),
        ("March 3, 2026 | Last update: March 5, 2026", "2026-03-03"),
        # an update's label as a label row ("Date of update:")
        ("Pubblicato il 10/01/2026 - Ultima modifica 22/01/2026", "2026-01-10"),
        ("Дата публікації: 16.03.2026 | Дата оновлення: 02.04.2026", "2026-03-16"),
        # the update's words after a wide gap or right after the publication's time
        ("12 января 2026, 07:45   Обновлено 12 января 2026, 09:20", "2026-01-12"),
        ("15 augustus 2026, 07:00 Laatste update: 16 augustus 2026, 12:40", "2026-08-15"),
        # the update in brackets after the publication
        ("Wednesday 11 March 2026, 6:00 am  (Updated 12 March 2026, 9:41 am)", "2026-03-11"),
        ("9.06.2026, 07:30 (aktualizacja: 10.06.2026, 14:10)", "2026-06-09"),
        ("Data publikacji: 06.05.2026   Ostatnia modyfikacja: 11.05.2026", "2026-05-06"),
        ("13 januari 2026, 08.47 uur · Aangepast 13 januari 2026, 10.15 uur", "2026-01-13"),
    ],
)
def test_a_dateline_with_its_update_beside_it_gives_the_publication(line, day):
    reading = dates.DateReading(day_first=True)
    assert dates.read_dateline(line, reading) == dates.Published(dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    "line",
    [
        "Updated 5 February 2026 | Updated 6 February 2026",  # no publication in it
        "Published 3 March 2026 | Published 4 March 2026 | Updated 5 March 2026",  # two publications
        "Published 3 March 2026 | Updated, as the minister said in 2026, the rules for the ferry fares",
        "Published 3 March 2026 | Sports | 4 March 2026",
        "3 March 2026 | 4 March 2026",  # two bare dates: which is which is not said
        "Sports | 3 March 2026 | Updated 4 March 2026",  # a label first, not a date
    ],
)
def test_only_a_publication_and_its_updates_are_read_part_by_part(line):
    assert dates.published_part(line) is None


def test_a_text_page_reads_its_dateline_past_the_reading_time():
    page = f"# A headline about the talks\n\nBy Jane Doe\n\nNov 08, 2025 · 7 min read\n\n{LONG}\n\n{LONG}"
    assert clean_text(page).published == dates.Published(dt.date(2025, 11, 8))


@pytest.mark.parametrize(
    "reading_time",
    ["7 min read", "Lesezeit: 5 Min.", "5 min de lecture", "Tempo di lettura: 4 minuti", "Lectura de 9 min",
     "Leitura de 5 min", "Leestijd 6 minuten", "Czas czytania: 3 min", "Время чтения: 5 минут",
     "Час читання: 5 хвилин", "4-5 minutes", "4–5 Minuten", "3-4 minuti", "5-6 минут", "2-3 хвилини", "4-5 minut",
     "6-8 minutos", "3-4 minuten"],
)  # fmt: skip
def test_a_reading_time_under_the_writers_follow_button_is_no_headline(reading_time):
    """A blog platform's header: headline, deck, the writer over "Follow", the reading time over the date."""
    headline = "Forty years on an allotment taught me how to wait"
    header = [headline, "What a plot of clay knows about patience", "Rhys Tallentire", "Follow", reading_time]
    page = "\n".join(["Sign in", "Write", "", *header, "·", "Mar 3, 2026", "Listen", "Share", LONG, LONG])
    cleaned = clean_text(page)
    assert (cleaned.title, cleaned.authors) == (headline, ["Rhys Tallentire"])
    assert cleaned.published == dates.Published(dt.date(2026, 3, 3))


@pytest.mark.parametrize(
    ("trail", "headline", "row", "fields", "post", "body"),
    [
        ("Accueil du forum ‹ Plomberie ‹ Cuisine et salle de bain", "Fuite sous l'évier après changement du siphon",
         ["Répondre", "Rechercher dans ce sujet…", "4 messages • Page 1 sur 1"],
         ["Messages : 14", "Inscription : 02 sept. 2026", "Localisation : Vierzon"],
         "par Gérard Paumelle » mar. 13 oct. 2026 21:14",
         ("J'ai remplacé samedi le vieux siphon en laiton de l'évier de la cuisine par un siphon en PVC, et depuis il "
         "y a une petite fuite au niveau du raccord que je n'arrive pas à supprimer malgré deux tentatives.")),
        ("Board index ‹ Electric bikes ‹ Batteries", "My e-bike battery only charges to 80 percent",
         ["Post Reply", "Search this topic…", "3 posts • Page 1 of 1"],
         ["Posts: 6", "Joined: 28 Sep 2026", "Location: Leeds"], "by Wouter Blank » Tue Nov 17, 2026 8:37 pm", LONG),
        ("Список форумов ‹ Теплицы ‹ Конструкция и ремонт", "Теплица из поликарбоната: как пережить снег?",
         ["Ответить", "Поиск в теме…", "5 сообщений • Страница 1 из 1"],
         ["Сообщения: 31", "Зарегистрирован: 19 мар 2025", "Откуда: Кострома"],
         "Сообщение Валерий Трегубов » 14 ноя 2026, 19:05",
         ("Прошлой зимой у соседа по участку сложилась теплица: дуги из профильной трубы не выдержали снега, и "
         "теперь я думаю, как защитить свою, пока я приезжаю на дачу только раз в две или три недели.")),
    ],
)  # fmt: skip
def test_a_forum_topics_title_stands_over_its_page_row_and_the_posters_profile(
    trail, headline, row, fields, post, body
):
    """phpBB's topic: the trail, the title, its buttons and page row, then the poster's name, profile fields and
    post header: the page row, the search box and the profile's fields are no headline."""
    name = post.split("»")[0].split(maxsplit=1)[1].strip()
    page = "\n".join(["Forum Bricole", "FAQ Register Login", trail, headline, *row, name, *fields, post, body, body])
    assert clean_text(page).title == headline


@pytest.mark.parametrize(
    ("masthead", "day", "body"),
    [
        ("Monthly bulletin · Issue 112 · 3 October 2026", "2026-10-03", LONG),
        (
            "Newsletter n. 37 · 9 giugno 2026",
            "2026-06-09",
            (
                "Sabato 20 giugno il rifugio riaprirà ai soci e agli escursionisti dopo due anni di lavori, con una "
                "nuova cucina e una cisterna per l'acqua piovana che basterà per tutta l'estate."
            ),
        ),
        (
            "Biuletyn nr 58 · 14 kwietnia 2026",
            "2026-04-14",
            (
                "Pierwszego bociana białego w naszej dolinie zobaczyliśmy w tym roku na gnieździe przy kościele, a do "
                "połowy kwietnia zajętych było już prawie wszystkie gniazda, które kontrolujemy od lat."
            ),
        ),
        (
            "Ausgabe 12 | 3. März 2026",
            "2026-03-03",
            (
                "Der Verein hat am Samstag die neue Hütte am Waldrand eröffnet, und viele Mitglieder sind trotz des "
                "Regens gekommen, um beim Aufbau der Bänke und beim Pflanzen der Hecke zu helfen."
            ),
        ),
        (
            "Выпуск № 12 · 3 марта 2026",
            "2026-03-03",
            (
                "В субботу клуб открыл новый домик на опушке леса, и многие участники пришли, несмотря на дождь, чтобы "
                "помочь собрать скамейки и посадить живую изгородь вдоль тропы."
            ),
        ),
    ],
)
def test_a_newsletters_masthead_with_its_issue_number_dates_it_above_the_headline(masthead, day, body):
    """Mailchimp's masthead: the club's name, then its issue number and date over the headline. Without the
    number, a date over the headline is a date strip's."""
    page = "\n".join(["** Kestrel Vale Birders", "-" * 20, masthead, "** The waxwings arrive early", body, body])
    assert clean_text(page).published == dates.Published(dt.date.fromisoformat(day))
    assert clean_text(page.replace(masthead, masthead.split(" · ")[-1].split(" | ")[-1])).published is None


@pytest.mark.parametrize("strip", ["7 min read", "4 comments"])
def test_a_date_in_a_meta_strip_above_the_headline_dates_the_page(strip):
    """A reading time or a count beside a date above the headline makes it the article's meta strip; a bare date
    there is a site's date strip (the day the page was fetched), and so is one beside a category."""
    headline = "An introduction to social commerce for small brands"
    page = "\n".join(["Platform", "Blog", "", strip, "May 06, 2025", headline, LONG, LONG])
    assert clean_text(page).published == dates.Published(dt.date(2025, 5, 6))
    for other in ("", "Category: Personal Finance 101"):
        assert clean_text(page.replace(strip, other)).published is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By [Daria Litvinova](#)", ["Daria Litvinova"]),
        ("By JOHN SMITH and Jane Doe", ["John Smith", "Jane Doe"]),
        ("By Jane Doe, Staff Writer", ["Jane Doe"]),
        ("Analysis by Chris Cillizza, CNN Editor-at-large", ["Chris Cillizza"]),  # a hyphenated role by its head
        ("By Anna Smith-Jones and Jean-Luc Martin", ["Anna Smith-Jones", "Jean-Luc Martin"]),
        ("Par Marie Dupont (AFP)", ["Marie Dupont"]),
        ("By Ann Lee | Reuters", ["Ann Lee"]),
        ("By John Smith, john@example.com", ["John Smith"]),
        ("Autoren Jelko Djuren und Jutta Klaukien", ["Jelko Djuren", "Jutta Klaukien"]),
        ("Ein Artikel von Pamela Sladky", ["Pamela Sladky"]),
        ("Écrit par Jeanne Roux", ["Jeanne Roux"]),
        ("Geschreven door Anna de Vries", ["Anna de Vries"]),
        ("All articles by Elliot Raba", ["Elliot Raba"]),
        ("By Jane Doe on March 3, 2024", ["Jane Doe"]),
        ("Von Max Muster am 12.03.2020", ["Max Muster"]),
        ("Par Marie Dupont le 3 mars 2024", ["Marie Dupont"]),
        # a sentence naming the writer, then the writer's role and employer: no co-author
        ("This post was written by Vanessa Mendez, MD, gastroenterologist, Parkview Health.", ["Vanessa Mendez"]),
        ("This article was written by Dana Peel, Head of Marketing and Community Development", ["Dana Peel"]),
        ("By Ana Ruiz, Luis Gil and Eva Sanz", ["Ana Ruiz", "Luis Gil", "Eva Sanz"]),  # co-authors stay
    ],
)
def test_bylines(line, names):
    assert parse_byline(to_plain(line)) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Paolo Lenzi (ANSA)", ["Paolo Lenzi"]),
        ("Noah Berger / AP", None),  # a picture's credit (right under the headline, `parse_slash_credit` reads it)
        ("Pieter Mulder | ANP", ["Pieter Mulder"]),
        ("Jane Doe, Reuters", ["Jane Doe"]),
        ("Jane Doe (AFP", None),  # a bracket left open: no credit
        ("Jane Doe (photo by John Roe)", None),  # a photo credit goes on
        ("Marcelo Camargo/Agência Brasil", None),  # a picture's credit, run together
        ("Lucía Marín Ascaso y Javier Royo | Zaragoza", ["Lucía Marín Ascaso", "Javier Royo"]),  # names, a place
        ("Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]),
        ("Jane Doe and the city council, Reuters", None),  # no names joined
        # a second given name and surname after the comma is a co-author; a place's words make it the city
        ("Katarzyna Nowicka, Piotr Zając", ["Katarzyna Nowicka", "Piotr Zając"]),
        ("Ірина Савчук, Богдан Мельник", ["Ірина Савчук", "Богдан Мельник"]),
        ("Jane Doe, New York", ["Jane Doe"]),
        ("Anna Nowak, Nowy Sącz", ["Anna Nowak"]),
        ("Jane Doe, Иван Петров", ["Jane Doe"]),  # another script: no co-author's shape
        ("Tanza Loudenback, Business Insider", ["Tanza Loudenback"]),  # a desk's or a paper's words
        ("Mercedes Albiol | Castellón", ["Mercedes Albiol"]),  # a city after the bar
        # a role in the page's own words, in small letters, after the comma
        ("Michał Kaczmarek, dziennikarz działu gospodarczego", ["Michał Kaczmarek"]),
        ("Соломія Гуцуляк, оглядачка відділу культури", ["Соломія Гуцуляк"]),
        ("Jane Doe, the mayor's office said on Tuesday", None),  # a sentence goes on past three words
        ("Jane Doe, 42", None),  # a figure is no role
        ("From Wikipedia, the free encyclopedia", None),  # a phrase: an article, no role
        ("UNIVERSIDADE DE TRÁS-OS-MONTES E MARÃO NORTE | UTMN Notícias", None),  # an institution's masthead
        ("Вікторія Остапенко, кандидатка економічних наук", ["Вікторія Остапенко"]),
        ("Joost van Leeuwen, jurist", ["Joost van Leeuwen"]),
        ("Jane Doe, is back", None),  # a function word: a sentence goes on
        ("Inês Loureiro, com Lusa", ["Inês Loureiro"]),  # written with an agency's copy
        ("Jane Doe, with AP", ["Jane Doe"]),
        ("Jane Doe, with friends", None),  # near miss: no agency after the word
        ("Максим Зуев, РИА «Кострома-Инфо»", ["Максим Зуев"]),  # an agency's kind, then its name in quotes
        ("Jane Doe, NYT «Opinion»", ["Jane Doe"]),
        ("Jane Doe, said «never again»", None),  # near miss: a sentence's quote
        ("Priya Natarajan, Courts Reporter, and PA", ["Priya Natarajan"]),  # a credit in each comma's part
        ("Jane Doe, John Roe, Ann Lee", ["Jane Doe", "John Roe", "Ann Lee"]),  # co-authors: every name
        ("Jane Doe, Courts Reporter, said the judge was wrong", None),  # a part as long as a sentence
        ("Felix Brandstätter, Ressortleiter Praxis", ["Felix Brandstätter"]),  # a role as German writes it
        # a courtesy title in small letters before the name; a writer's role in small letters in brackets
        ("dr Marianna Kwaśniewska, kierowniczka działu ssaków", ["Marianna Kwaśniewska"]),
        ("dott.ssa Chiara Fumagalli, bibliotecaria", ["Chiara Fumagalli"]),
        ("Rinske Hoogvliet (ritcoördinator)", ["Rinske Hoogvliet"]),
        ("Claire Le Goff et Yannick Prigent, service communication", ["Claire Le Goff", "Yannick Prigent"]),
        ("San Jose and Santa Clara, California", None),  # near miss: places joined, no people
        ("Anna Kowalska (koordynatorka)", ["Anna Kowalska"]),
        ("Léa Morvan (secrétaire)", ["Léa Morvan"]),
        ("Jane Doe (photo)", None),  # near misses: a picture's credit, a phrase in brackets
        ("Jane Doe (see below)", None),
        ("Jane Doe (file)", None),
        # a student writer's year of study after the name, its number before the word or after it
        ("Алиса Ковырзина, 3 курс, журналистика", ["Алиса Ковырзина"]),
        ("Олеся Бондар, 2 курс", ["Олеся Бондар"]),
        ("Jane Doe, Year 11", ["Jane Doe"]),
        ("Jane Doe, 3rd year", ["Jane Doe"]),
        ("Lena Wolf, 5. Semester", ["Lena Wolf"]),
        ("Marie Dupont, 3e année", ["Marie Dupont"]),
        ("Ana Gil, 3.º curso", ["Ana Gil"]),
        ("Giulia Neri, 3° anno", ["Giulia Neri"]),
        ("Rita Sousa, 2.º ano", ["Rita Sousa"]),
        ("Piet de Vries, 3e jaar", ["Piet de Vries"]),
        ("Jan Nowak, 3 rok", ["Jan Nowak"]),
        ("Jane Doe, 3 comments", None),  # near misses: a count, a year, a figure and a year of study's word apart
        ("Jane Doe, 2026", None),
        ("Jane Doe, 3 years ago", None),
    ],
)
def test_credit_lines_without_a_by_word(line, names):
    from cleaners.bylines import parse_credit_line

    assert parse_credit_line(line) == names


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("Marek Zieliński / PAP", ["Marek Zieliński"]),  # right under the headline: the writer and the news agency
        ("Jane Doe / AFP", ["Jane Doe"]),
        ("Анна Соколова / ТАСС", ["Анна Соколова"]),
        ("Jane Doe / Shutterstock", []),  # a photo agency's: a picture's credit
        ("Jane Doe / Sales", []),  # no agency
    ],
)
def test_a_writer_and_a_news_agency_right_under_the_headline_credit_the_writer(credit, authors):
    page = "\n\n".join(["# Hospital ward closed until March", credit, "15 January 2026, 09:12", LONG, LONG])
    assert clean_text(page).authors == authors
    captioned = "\n\n".join(["# Hospital ward closed until March", "![](ward.jpg)", credit, LONG, LONG])
    assert clean_text(captioned).authors == []  # under a picture it credits the picture


@pytest.mark.parametrize(
    ("headline", "credit", "authors"),
    [
        ("Restaurant review: The Net Loft, a harbour kitchen", "Reviewed by Imogen Thackeray | Visited April 2026",
         ["Imogen Thackeray"]),
        ("Rezension: Die Salzfrau von Vera Landolt", "Rezensiert von Ute Zierold", ["Ute Zierold"]),
        ("Recensione: il nuovo bistrot sul porto", "Recensito da Chiara Lombardi", ["Chiara Lombardi"]),
        ("Рецензия: новый роман Лидии Кострицкой", "Рецензент: Иван Петров", ["Иван Петров"]),
        ("Recenzja: nowa powieść o morzu", "Recenzent: Jan Kowalski", ["Jan Kowalski"]),
        # no review's headline: an expert's check, no writer's credit
        ("Ten ways to sleep better this winter", "Reviewed by Imogen Thackeray | Updated April 2026", []),
        ("Restaurant review: The Net Loft, a harbour kitchen", "Medically reviewed by Jane Doe, MD", []),
    ],
)  # fmt: skip
def test_a_critics_credit_under_a_reviews_headline_names_its_writer(headline, credit, authors):
    page = "\n\n".join([f"# {headline}", credit, LONG, LONG])
    assert clean_text(page).authors == authors


def test_a_dateline_credits_a_name_with_its_role_in_a_part_of_its_own():
    from cleaners.bylines import dated_credit

    reading = dates.DateReading(day_first=True, languages=("uk", "en"))
    line = "Соломія Гуцуляк, оглядачка відділу культури · 17 лютого 2026 · оновлено 18 лютого 2026"
    found = dated_credit(line, lambda text: dates.read_dateline(text, reading) is not None)
    assert found == (["Соломія Гуцуляк"], "17 лютого 2026 · оновлено 18 лютого 2026")
    # a spaced triple hyphen (an em dash as plain text spells it) sets the parts apart too
    line = "Claire Le Goff et Yannick Prigent, service communication --- publié le 09/04/2026"
    found = dated_credit(line, lambda text: dates.read_dateline(text, reading) is not None)
    assert found == (["Claire Le Goff", "Yannick Prigent"], "publié le 09/04/2026")
    # near miss: the other parts are no dateline
    assert dated_credit("Соломія Гуцуляк, оглядачка відділу культури · Косів", lambda text: False) is None


@pytest.mark.parametrize(
    ("line", "found"),
    [  # a numbered part before the date: a bulletin's or a communiqué's number, the date after it
        (
            "Comunicado n.º 31/2026 | 25 de novembro de 2026 | Por Leonel Carrapiço Amado, dirigente sindical",
            (["Leonel Carrapiço Amado"], "25 de novembro de 2026"),
        ),
        (
            "Mitteilungsblatt 4/2026 | 23. Oktober 2026 | Ein Beitrag von Almut Reinecke-Sobotta",
            (["Almut Reinecke-Sobotta"], "23. Oktober 2026"),
        ),
        ("Mitteilungsblatt 4/2026 | Heft 3 | Ein Beitrag von Almut Reinecke-Sobotta", None),  # near miss: no date
    ],
)
def test_a_rows_credit_is_dated_past_a_numbered_part(line, found):
    from cleaners.bylines import dated_credit

    reading = dates.DateReading(day_first=True, languages=("pt", "de"))
    assert dated_credit(line, lambda text: dates.read_dateline(text, reading) is not None) == found


@pytest.mark.parametrize(
    ("line", "language", "names"),
    [  # a compiler's or an editor's credit, a role after the name's comma, in a "section | date | credit" row
        ("Advisories | 25 November 2026 | Compiled by Jane Doe, crop protection adviser", "en", ["Jane Doe"]),
        ("Bulletins | 25 novembre 2026 | Compilé par Léa Morel, agronome", "fr", ["Léa Morel"]),
        ("Meldungen | 25. November 2026 | Zusammengestellt von Jana Roth, Pflanzenschutz", "de", ["Jana Roth"]),
        ("Avisos | 25 de noviembre de 2026 | Recopilado por Ana Ruiz, ingeniera agrónoma", "es", ["Ana Ruiz"]),
        ("Bollettini | 25 novembre 2026 | Compilato da Serena Pellizzaro, agronoma", "it", ["Serena Pellizzaro"]),
        # the bulletin's validity is another day's, left out of the dateline
        ("Emesso il 27/11/2026 – valido fino al 04/12/2026 | A cura di Sara Neri, agronoma", "it", ["Sara Neri"]),
        ("Avisos | 25 de novembro de 2026 | Compilado por Rita Sousa, engenheira agrónoma", "pt", ["Rita Sousa"]),
        ("Berichten | 25 november 2026 | Samengesteld door Fenna Jansen, teeltadviseur", "nl", ["Fenna Jansen"]),
        ("Сводки | 25 ноября 2026 | Составила Ирина Белова, агроном", "ru", ["Ирина Белова"]),
        ("Зведення | 25 листопада 2026 | Уклала Оксана Бойко, агрономка", "uk", ["Оксана Бойко"]),
        ("Komunikaty | 25 listopada 2026 roku | oprac. Jan Wąs, specjalista ds. ochrony roślin", "pl", ["Jan Wąs"]),
        # near misses: no date in the row, only another day's, or the by-word in prose
        ("Komunikaty | Zboża | oprac. Ryszard Nowak, specjalista", "pl", None),
        ("Valido fino al 04/12/2026 | A cura di Serena Pellizzaro, agronoma", "it", None),
        ("Il bollettino a cura di Serena Pellizzaro esce il 27/11/2026", "it", None),
    ],
)
def test_a_rows_compiler_credit_is_its_byline(line, language, names):
    from cleaners.bylines import dated_credit

    reading = dates.DateReading(day_first=True, languages=(language, "en"))
    found = dated_credit(line, lambda text: dates.read_dateline(text, reading, rows=False) is not None)
    assert (found[0] if found else None) == names


@pytest.mark.parametrize(
    ("line", "languages", "names"),
    [  # names run into their date, the update after it
        (
            "Door Jelle Bosscher en Anouk Wierenga 11 okt 2026 om 19:42 Bijgewerkt: 12 okt 2026",
            ("nl",),
            ["Jelle Bosscher", "Anouk Wierenga"],
        ),
        (
            "Тетяна Мельничук, Андрій Кравець 15 жовтня 2026, 21:40 Оновлено 15 жовтня 2026, 23:05",
            ("uk",),
            ["Тетяна Мельничук", "Андрій Кравець"],
        ),
        ("Inês Loureiro, com Lusa 15 Mai 2026, 12:47 Atualizado: 16 Mai 2026, 09:03", ("pt",), ["Inês Loureiro"]),
        # the place and the date once the update's part is left out
        ("Nerea Lizarralde | Irun | 05/07/2026 | Actualizada: 06/07/2026 12:31", ("es",), ["Nerea Lizarralde"]),
        ("Ana Ruiz · Almería · 21/10/2026 07:15 · Actualizado 21/10/2026 23:50", ("es",), ["Ana Ruiz"]),
        ("Jelle Bosscher 11 okt 2026 en meer", ("nl",), None),  # near miss: the rest is no dateline
        ("Daniel Leite 16/06/2020", ("pt",), None),  # a teaser's stamp: run in without an update
        ("Joanna Kościelniak 14 października 2026", ("pl",), ["Joanna Kościelniak"]),  # its month spelled
        ("Frieda Lorenz 3. März 2026", ("de",), ["Frieda Lorenz"]),
        ("Jane Doe 3 March 2026", ("en",), ["Jane Doe"]),
        ("Sport Groningen 2026 seizoen", ("nl",), None),
    ],
)
def test_a_dated_credit_may_run_its_names_into_the_date_and_an_update_after_it(line, languages, names):
    from cleaners.bylines import dated_credit

    reading = dates.DateReading(day_first=True, languages=(*languages, "en"))
    found = dated_credit(line, lambda text: dates.read_dateline(text, reading) is not None)
    assert (found[0] if found else None) == names


def test_a_writers_bylines_date_over_the_headline_dates_the_page_and_a_date_strip_does_not():
    byline = "Autor: Paweł Grabowski | 27.05.2026, 19:40 | Aktualizacja: 28.05.2026, 08:00"
    cleaned = clean_text("\n".join([byline, "# A headline about the talks", LONG, GENEVA]))
    assert cleaned.authors == ["Paweł Grabowski"]
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 5, 27)
    strip = clean_text("\n".join(["27.05.2026", "# A headline about the talks", LONG, GENEVA]))
    assert strip.published is None  # near miss: the day the page was fetched


def test_a_brands_bylines_date_over_the_headline_is_refused():
    byline = "By Citadel Financial Tips | September 07, 2023"
    cleaned = clean_text("\n".join([byline, "# A headline about the talks", LONG, GENEVA]))
    assert cleaned.published is None  # near miss of the test above: a brand signs teasers too


@pytest.mark.parametrize(
    ("names", "writer"),
    [
        (["Paweł Grabowski"], True),
        (["Ana Ruiz", "Luis Gil"], True),
        (["Citadel Financial Tips"], False),
        (["Ana Ruiz", "Editorial Team"], False),
        (["Élodie Marchand"], True),
        (["Сергей Петров"], True),
        (["Équipe Actu"], False),  # a desk's credit in each language's brand words
        (["Ratgeber Tipps"], False),
        (["Equipo Noticias"], False),
        (["Notizie Roma"], False),
        (["Equipa Dicas"], False),
        (["Nieuws Noord"], False),
        (["Zespół Porady"], False),
        (["Команда Новости"], False),
        (["Команда Поради"], False),
        (["Madonna"], False),
        ([], False),
    ],
)
def test_a_byline_signs_as_a_writer_when_every_name_reads_as_a_persons(names, writer):
    assert bylines.signs_as_writer(names) is writer


def test_a_dated_credit_long_enough_for_prose_gives_the_pages_authors_and_date():
    headline = "Zwaluwen wint derby van SV Hoogkerk na knotsgekke slotfase"
    credit = "Door Jelle Bosscher en Anouk Wierenga 11 okt 2026 om 19:42 Bijgewerkt: 12 okt 2026 om 08:15"
    body = "Zwaluwen heeft de derby tegen SV Hoogkerk zaterdag met 3-2 gewonnen in de laatste minuten van de wedstrijd."
    cleaned = clean_text("\n".join([headline, credit, body, body.replace("derby", "wedstrijd")]))
    assert cleaned.authors == ["Jelle Bosscher", "Anouk Wierenga"]
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 10, 11)
    assert credit not in cleaned.paragraphs  # the credit that named them goes as a byline


def test_a_credit_line_taken_for_the_articles_start_goes_when_it_named_the_pages_authors():
    credit = "Felix Brandstätter, Ressortleiter Praxis | 11. November 2026, 14:03 Uhr | Lesezeit: 6 Min."
    body = (
        "Eine Speicherkarte im Raspberry Pi geht irgendwann kaputt, meist in dem Moment, in dem der kleine "
        "Rechner gerade die Heizung steuert."
    )
    cleaned = clean_text(
        "\n\n".join(["# So sichern Sie Ihren Raspberry Pi", credit, body, body.replace("Heizung", "Tür")])
    )
    assert cleaned.authors == ["Felix Brandstätter"]
    assert credit not in cleaned.paragraphs
    quoted = "Felix Brandstätter sagt, der Pi brauche eine gute Karte, und rät zu einer Sicherung jede Nacht."
    kept = clean_text("\n\n".join(["# So sichern Sie Ihren Raspberry Pi", credit, quoted, body]))
    assert quoted in kept.paragraphs  # near miss: a sentence that names the writer is prose


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Texto: Itziar Goñi / Europa Press", ["Itziar Goñi"]),  # the agency of two words is no person
        ("Text: Ute Wegmann", ["Ute Wegmann"]),
        ("Autorka: Ewa Dąbrowska", ["Ewa Dąbrowska"]),
        ("Testo: Giulia Ferrero", ["Giulia Ferrero"]),
        ("Texto de Ricardo Sampaio e Inês Carvalho", ["Ricardo Sampaio", "Inês Carvalho"]),
        ("Testo di Marco Pedrotti", ["Marco Pedrotti"]),
        ("Ricetta di Silvia Barsacchi", ["Silvia Barsacchi"]),
        ("Texte : Claire Moisan", ["Claire Moisan"]),
        ("Words: Harriet Quayle", ["Harriet Quayle"]),
        ("Текст и фото: Марина Белова", ["Марина Белова"]),
        ("Tekst i zdjęcia: Piotr Zając", ["Piotr Zając"]),
        # a department or an institution after the names is no person
        ("Story by Dr. Ines Halvorsen and Marcus Webb, Department of Geography", ["Ines Halvorsen", "Marcus Webb"]),
        ("Автор: Анна Шубина, кафедра истории", ["Анна Шубина"]),
        ("Por Lucía Gil, Universidad de Zaragoza", ["Lucía Gil"]),
        # labels of an interview's, a recipe's, a live blog's or a compiler's credit
        ("Compiled by Rosa Tennant", ["Rosa Tennant"]),
        ("Das Gespräch führte Moritz Hainbach.", ["Moritz Hainbach"]),
        ("Rezept & Fotos: Annika Vogelsang", ["Annika Vogelsang"]),
        ("Text & Fotos: Ivan Valetny", ["Ivan Valetny"]),
        ("Беседовала Анна Лаврентьева", ["Анна Лаврентьева"]),
        ("Автор рецепта: Людмила Окунева", ["Людмила Окунева"]),
        ("Ведущие: Игорь Сенцов, Мария Полозова", ["Игорь Сенцов", "Мария Полозова"]),
        ("Розмовляла Ірина Савчук", ["Ірина Савчук"]),
        # a review's credit, a desk's piece put together by one writer
        ("Rezension von Ute Zierold", ["Ute Zierold"]),
        ("Recensie door Maaike de Ruiter", ["Maaike de Ruiter"]),
        ("Подготовила Анна Лисицына", ["Анна Лисицына"]),
        ("Підготував Назар Кучер", ["Назар Кучер"]),
        # a reporter's and an interviewer's credits
        ("Reportage : Odile Ferrandon", ["Odile Ferrandon"]),
        ("Verslag: Thijs Verhaegen", ["Thijs Verhaegen"]),
        ("Автор текста: Глеб Самойленко", ["Глеб Самойленко"]),
        ("Розмову вела Ярина Кушнір", ["Ярина Кушнір"]),
        ("Rozmawiał Bartosz Wierzbicki", ["Bartosz Wierzbicki"]),
        ("Texto de Catarina Bexiga, Gabinete de Comunicação", ["Catarina Bexiga"]),  # an office is no person
        ("Crítica de Inmaculada Retuerta", ["Inmaculada Retuerta"]),
        ("Пояснює Соломія Гайдамаха", ["Соломія Гайдамаха"]),
        ("Огляд: Оксана Вереса", ["Оксана Вереса"]),
        ("Relacja: Kacper Żmudziński", ["Kacper Żmudziński"]),
        ("Report: Tamsin Ruddock", ["Tamsin Ruddock"]),
        ("Bericht: Gottlob Rienäcker", ["Gottlob Rienäcker"]),
        ("Crónica: Inmaculada Retuerta", ["Inmaculada Retuerta"]),
        ("Cronaca: Alessio Pedrazzini", ["Alessio Pedrazzini"]),
        ("Reportagem: Henrique Sobral", ["Henrique Sobral"]),
        ("Репортаж: Глеб Самойленко", ["Глеб Самойленко"]),
        ("Репортаж: Ярина Кушнір", ["Ярина Кушнір"]),
        # a broadcaster's reporter credited by role
        ("Correspondent: Tamsin Ruddock", ["Tamsin Ruddock"]),
        ("Correspondante : Apolline Verchère", ["Apolline Verchère"]),
        ("Reporterin: Henrike Salzwedel", ["Henrike Salzwedel"]),
        ("Corresponsal: Ainhoa Zubeldia", ["Ainhoa Zubeldia"]),
        ("Inviata: Chiara Bonfanti", ["Chiara Bonfanti"]),
        ("Repórter: Henrique Sobral", ["Henrique Sobral"]),
        ("Verslaggever: Sanne Wolterink", ["Sanne Wolterink"]),
        ("Корреспондент: Глеб Самойленко", ["Глеб Самойленко"]),
        ("Кореспондентка: Ярина Кушнір", ["Ярина Кушнір"]),
        ("Reporterka: Weronika Chmielowiec", ["Weronika Chmielowiec"]),
        ("Crónica de Henrique Sobral", ["Henrique Sobral"]),
        ("Servizio di Alessio Pedrazzini e Chiara Bonfanti", ["Alessio Pedrazzini", "Chiara Bonfanti"]),
        ("Match report by Tamsin Ruddock at Quayside Park", ["Tamsin Ruddock"]),  # "at" leads to a place
        ("Текст подготовила Полина Веретенникова", ["Полина Веретенникова"]),
        ("Autorka: Weronika Chmielowiec, Biuro Prasowe", ["Weronika Chmielowiec"]),  # an office is no person
        # a writer's job after the name, capitalised as German writes it, is no person
        ("Von Felix Brandstätter, Ressortleiter Praxis", ["Felix Brandstätter"]),
        ("Par Léa Morvan, journaliste", ["Léa Morvan"]),
        ("By Ellie Marsh, PA Media", ["Ellie Marsh"]),  # an agency of two words
        # a critic's, a live blog's, a market report's and a writer's credits
        ("Live coverage by Ollie Brennan and Kezia Marr", ["Ollie Brennan", "Kezia Marr"]),
        ("Critique signée Apolline Verchère", ["Apolline Verchère"]),
        ("Live-Ticker von Kai Wendeborn", ["Kai Wendeborn"]),
        ("Ein Marktbericht von Henrike Salzwedel", ["Henrike Salzwedel"]),
        # a column's credit with its article, in the page's language
        ("Eine Kolumne von Nils Pickert", ["Nils Pickert"]),
        ("A column by Harriet Quayle", ["Harriet Quayle"]),
        ("Une chronique de Claire Moisan", ["Claire Moisan"]),
        ("Una columna de Lucía Gil", ["Lucía Gil"]),
        ("Una rubrica di Ottavia Brambati", ["Ottavia Brambati"]),
        ("Uma coluna de Vasco Arrochela", ["Vasco Arrochela"]),
        ("Een column van Mees Tjallingii", ["Mees Tjallingii"]),
        ("Autorka felietonu: Anna Pietrzykowska", ["Anna Pietrzykowska"]),
        ("Автор колонки: Виталий Ершов", ["Виталий Ершов"]),
        ("Автор колонки: Мирослава Гнатишин", ["Мирослава Гнатишин"]),
        ("Una columna de humo negro se elevó sobre el puerto", None),  # near misses: prose, no name
        ("A column by the river marks the old border", None),
        ("Reseña: Ainhoa Zubeldia", ["Ainhoa Zubeldia"]),
        ("Informa: Baltasar Quiroga | Jaén", ["Baltasar Quiroga"]),
        ("Recensione di Ottavia Brambati", ["Ottavia Brambati"]),
        ("Crítica por Vasco Arrochela", ["Vasco Arrochela"]),
        ("Liveblog bijgehouden door Mees Tjallingii en Roos Haverkamp", ["Mees Tjallingii", "Roos Haverkamp"]),
        ("Рецензент: Арсений Голубцов", ["Арсений Голубцов"]),
        ("Обзор подготовил Виталий Ершов", ["Виталий Ершов"]),
        ("Автор огляду: Мирослава Гнатишин", ["Мирослава Гнатишин"]),
        ("Трансляцію вели Остап Кравчук та Дарина Мельничук", ["Остап Кравчук", "Дарина Мельничук"]),
        ("Napisał: Ignacy Wawrzyniak", ["Ignacy Wawrzyniak"]),
        ("Autor tekstu: Anna Pietrzykowska", ["Anna Pietrzykowska"]),
        # a courtesy title before the name, in the byline's language, is no part of it
        ("Rédigé par Mme Solène Arnaudet, directrice", ["Solène Arnaudet"]),
        ("Di Prof.ssa Donatella Ferrigno", ["Donatella Ferrigno"]),
        ("Door Dhr. Jan de Vries", ["Jan de Vries"]),
        ("Autorka: Pani Anna Nowak", ["Anna Nowak"]),
        ("Автор: Пані Олена Бойко", ["Олена Бойко"]),
        ("Por Sra. Carmen Ruiz", ["Carmen Ruiz"]),
        ("Autor: dh. Rafał Mikołajczyk", ["Rafał Mikołajczyk"]),  # a firefighter's "druh"
        # a cleric's titles, one or a chain of them, before the name
        ("By the Revd Canon Miriam Oakshott", ["Miriam Oakshott"]),
        ("Par le père Jean-Marie Lavaud", ["Jean-Marie Lavaud"]),
        ("Von Pfarrerin Dr. Anke Lohmeier", ["Anke Lohmeier"]),
        ("Por el padre Ignacio Larraín", ["Ignacio Larraín"]),
        ("Di don Ernesto Valsecchi", ["Ernesto Valsecchi"]),
        ("Por Pe. Anselmo Tavares", ["Anselmo Tavares"]),
        ("Door ds. Jan de Vries", ["Jan de Vries"]),
        ("Autor: ks. dr Jan Kowalski", ["Jan Kowalski"]),
        ("Автор: протоиерей Иоанн Смирнов", ["Иоанн Смирнов"]),
        ("Автор: отець Богдан Гнатюк", ["Богдан Гнатюк"]),
        ("By Pastor Maldonado", ["Pastor Maldonado"]),  # near miss: a title's word as a given name, one word after
        # a lawyer's title before the name, in the ten languages
        ("Autor: Rechtsanwalt Sebastian Einbock", ["Sebastian Einbock"]),
        ("Von Fachanwältin Dr. Anke Lohmeier", ["Anke Lohmeier"]),
        ("By Attorney Jane Whitfield", ["Jane Whitfield"]),
        ("Par Maître Jean Dupont", ["Jean Dupont"]),
        ("Por el abogado Luis Gil", ["Luis Gil"]),
        ("Di avvocato Marco Neri", ["Marco Neri"]),
        ("Por advogada Rita Costa", ["Rita Costa"]),
        ("Door advocaat Jan de Vries", ["Jan de Vries"]),
        ("Автор: адвокат Иван Петров", ["Иван Петров"]),
        ("Автор: адвокатка Олена Бойко", ["Олена Бойко"]),
        ("Autor: mecenas Jan Kowalski", ["Jan Kowalski"]),
        ("Autor: radca prawny Anna Nowak", ["Anna Nowak"]),
        ("Von Rechtsanwalt Müller", ["Rechtsanwalt Müller"]),  # near miss: the title and a surname alone stay
        # a column's label naming its writer's office, a dash, then the name
        ("From the Vicar's study — the Revd Canon Miriam Oakshott", ["Miriam Oakshott"]),
        ("Le mot du maire – Jean-Paul Bérard", ["Jean-Paul Bérard"]),
        ("Das Wort des Pfarrers — Pfarrer Tobias Kranich", ["Tobias Kranich"]),
        ("La parola del parroco — don Ernesto Valsecchi", ["Ernesto Valsecchi"]),
        ("Carta del párroco — Ignacio Larraín", ["Ignacio Larraín"]),
        ("Palavra do pároco — Pe. Anselmo Tavares", ["Anselmo Tavares"]),
        ("Van de voorzitter — Gerrit Jansen", ["Gerrit Jansen"]),
        ("Słowo proboszcza — ks. Marian Gąsiorek", ["Marian Gąsiorek"]),
        ("Слово настоятеля — протоиерей Иоанн Смирнов", ["Иоанн Смирнов"]),
        ("Слово голови — Олена Бойко", ["Олена Бойко"]),
        ("From the chair of the committee came a letter", None),  # near miss: a sentence goes on
        # a feminine author's label, an analysis's and a meeting's minute-taker's credits
        ("Авторка: Ганна Стецюк, економістка", ["Ганна Стецюк"]),
        ("Autora: Marta Gil", ["Marta Gil"]),
        ("Autrice : Léa Morvan", ["Léa Morvan"]),
        ("Analyse: Dr. Henrik Braun, Institut für regionale Arbeitsmarktforschung", ["Henrik Braun"]),
        ("Analysis by Priya Castellane", ["Priya Castellane"]),
        ("Notulist: Gerrit Jansen, secretaris", ["Gerrit Jansen"]),
        ("Protokoll: Anna Müller", ["Anna Müller"]),
        ("Protokołowała: Anna Nowak", ["Anna Nowak"]),
        # a credit naming the kind of text, or the writing up, before the writer; a head of a place after the name
        ("Entry by Jane Doe", ["Jane Doe"]),
        ("Compte rendu de Maëlys Fontanarosa, responsable de l'école d'échecs", ["Maëlys Fontanarosa"]),
        ("Von Dr. Ansgar Lichtwardt, Leiter der Volkssternwarte", ["Ansgar Lichtwardt"]),
        ("Eintrag von Friederike Aumüller", ["Friederike Aumüller"]),
        ("Firma: Leocadia Barrachina Ros | Divulgación", ["Leocadia Barrachina Ros"]),
        ("Post di Ilaria Mencacci, bibliotecaria", ["Ilaria Mencacci"]),
        ("Publicação de Quitéria Valadim, técnica superior de arquivo", ["Quitéria Valadim"]),
        ("Blog van mevr. A. Strijbosch, docent aardrijkskunde", ["A. Strijbosch"]),
        ("Автор рубрики — Святослав Бурдуков, научный сотрудник планетария", ["Святослав Бурдуков"]),
        ("Составила Елизавета Громыко, редактор по стандартам", ["Елизавета Громыко"]),
        ("Розповідає Орест Кулиняк, головний арбітр", ["Орест Кулиняк"]),
        ("Relację spisał Bartłomiej Sobiesiak", ["Bartłomiej Sobiesiak"]),
        ("Relację przygotowała Halina Ostrowska-Kuc, koordynatorka wymiany", ["Halina Ostrowska-Kuc"]),
        # a role run before the name: a compound ending with one, or a role and its complement in small letters
        ("Eintrag von Grabungsleiterin Dr. Friederike Aumüller", ["Friederike Aumüller"]),
        ("Von Pressesprecherin Anna Müller", ["Anna Müller"]),
        ("Door ritcoördinator Rinske Hoogvliet", ["Rinske Hoogvliet"]),
        ("Отчёт подготовила секретарь правления Г. П. Сазонова", ["Г. П. Сазонова"]),
        ("Звіт підготувала секретарка правління Олена Бойко", ["Олена Бойко"]),
        ("Sprawozdanie przygotowała kierowniczka działu Anna Nowak", ["Anna Nowak"]),
        ("Report prepared by Parish Secretary Jane Doe", ["Jane Doe"]),
        ("Von Anna Schleiter", ["Anna Schleiter"]),  # near miss: a surname ending as a role does
        # a role's words after the name, ending on its head as English writes them
        ("By Dr Abimbola Whitcombe, Local Studies Librarian", ["Abimbola Whitcombe"]),
        ("Par Élodie Vasseur, secrétaire de l'association", ["Élodie Vasseur"]),
        # the post's or the article's author as a label
        ("Post author: Jane Doe", ["Jane Doe"]),
        ("Auteur de l'article : Léa Morvan", ["Léa Morvan"]),
        ("Autor des Beitrags: Max Muster", ["Max Muster"]),
        ("Autora del artículo: Ana Ruiz", ["Ana Ruiz"]),
        ("Autore dell'articolo: Ilaria Mencacci", ["Ilaria Mencacci"]),
        ("Autor do artigo: Rui Costa", ["Rui Costa"]),
        ("Auteur van het artikel: Gerrit Jansen", ["Gerrit Jansen"]),
        ("Автор публикации: Иван Петров", ["Иван Петров"]),
        ("Автор допису: Ольга Дзюбенко-Марчук · 27.11.2026", ["Ольга Дзюбенко-Марчук"]),
        ("Autor wpisu: Jan Kowalski", ["Jan Kowalski"]),
        ("Post author unknown", None),  # near misses: no name after the label
        ("Autor wpisu nie podał źródła", None),
    ],
)
def test_labelled_bylines_in_other_languages(line, names):
    from cleaners.bylines import parse_text_byline

    assert parse_text_byline(line, line) == names


@pytest.mark.parametrize(
    ("author", "authors"),
    [  # a tool's author field over a brigade's, a unit's or a publisher's page names an organisation, no person
        ("Wessex Health Protection Unit", []),
        ("Freiwillige Feuerwehr Hollbrunn", []),
        ("Издательство «Полынь»", []),
        ("Brandweer Amsterdam-Amstelland", []),
        ("Jane Doe", ["Jane Doe"]),  # a person's name stays the byline it was
    ],
)
def test_a_tools_author_field_naming_an_organisation_names_no_one(author, authors):
    fields = ["title: A headline about the talks", f"author: {author}", "date: 2026-01-14", "fingerprint: 6f0c2a91"]
    assert clean_text(_over_article("---", *fields, "---")).authors == authors


@pytest.mark.parametrize(
    "line",
    [  # the new by-words' near misses: a section's or a kind's name, not a credit
        "Crítica de cine",
        "Огляд: нові смартфони 2026 року",
        "Relacja: mecz przełożony na niedzielę",
        "Report: council raises parking charges",
        "Bericht: Die Lage bleibt angespannt",
        "Crónica: el día que cambió el pueblo",
        "Reportagem: a vida nas aldeias",
        "Репортаж: как живёт деревня зимой",
        "Correspondent: the ministry says talks resume on Monday",
        "Корреспондент: зима будет тёплой",
        "Verslaggever: een vak apart",
        "Crónica de uma cidade",
        "Servizio di navetta gratuito",
        "Match report by the numbers",
        "Recensione di un disco dimenticato",
        "Informa: cortes de tráfico en la autovía",
        "Рецензия: новый роман о войне",
        "Napisał: kto?",
        # a desk or a press office signing: no person ("Author: Afdeling Communicatie" of a feed's item)
        "Door Afdeling Communicatie",
        "Autor: Biuro Zarządu",
        "Von Pressestelle VOW",
        "Por Gabinete de Comunicação",
        "By Communications Office",
        "Автор: пресс-служба администрации",
    ],
)
def test_a_by_word_before_no_name_is_no_byline(line):
    from cleaners.bylines import parse_text_byline

    assert parse_text_byline(line, line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By: Paul Fenaroli", ["Paul Fenaroli"]),
        ("by: Ziyi Xu, Dec 17, 2025", ["Ziyi Xu"]),
        ("Von: Max Muster", ["Max Muster"]),
        ("Por: Ana Ruiz", ["Ana Ruiz"]),
        ("September 1st, 2023 By Emily Norwood", ["Emily Norwood"]),
        ("_October 11, 2023_ by **Autumn Huerter**", ["Autumn Huerter"]),
        ("12.03.2024 von Max Muster", ["Max Muster"]),
        ("03/01/2017 by Agatha Caleo", ["Agatha Caleo"]),  # one date, 1 March or 3 January
        ("04/09/2024 | Por Ana Ruiz", ["Ana Ruiz"]),
        ("By[Nina Pineda](https://example.com/about/newsteam/nina-pineda)", ["Nina Pineda"]),
        ("**By[Dr. Vahid Osman](/team/dr-vahid-osman)** \\- Mar 27, 2024", ["Vahid Osman"]),
        # a tool's names printed as a list (newspaper3k's `article.authors`): the items, not their roles or labels
        ("Authors: ['Jane Doe', 'Community Reporter', 'Posted By']", ["Jane Doe"]),
        ("Authors: ['Zdzisława Wierzchołek-Dyl', 'Redakcja']", ["Zdzisława Wierzchołek-Dyl"]),
        ('Authors: ["Sean O\'Brien", "Jane Roe"]', ["Sean O'Brien", "Jane Roe"]),
    ],
)
def test_text_bylines(line, names):
    assert parse_text_byline(to_plain(line), line) == names


@pytest.mark.parametrize(
    "line",
    [
        "Stand by me",
        "In 2023 by the numbers",  # a year is no date before a byline
        "Bern, 17.08.2007 - Rede von Moritz Leuenberger beim Städtegipfel",  # a speech's title after its date
        "The plan was approved on March 3, 2024 by the council after a long debate",  # a sentence
        "Mar 3, 2024 | Updated Mar 5, 2024 by Jane Doe",  # two dates: no template's dated byline
        "Bypass[Road](/roads/bypass)",  # a word that starts like "By" runs into no link
    ],
)
def test_not_text_bylines(line):
    assert parse_text_byline(to_plain(line), line) is None


def test_a_heading_or_label_whose_words_the_page_writes_in_small_letters_names_no_author():
    body = "Some keyword research and link building: the final thoughts of a long industry career, in this article."
    header = ["# The only SEO tutorials you need", "By Jane Doe", "* Keyword Research", "* Final Thoughts"]
    page = "\n\n".join([*header, "By Industry", body, LONG, LONG])
    assert clean_text(page).authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("line", "body", "authors"),
    [  # a button's or menu's line, most of whose words the page writes small: no name
        ("Free Event Planning Checklist", "A free guide for event planning, made by our team.", []),
        ("Guide Pratique Rénovation", "Ce guide pratique aide chaque famille à bien choisir ses travaux.", []),
        ("Kostenlos Testen Anmelden", "Sie können die Software kostenlos testen und danach entscheiden.", []),
        ("Solicita Presupuesto Gratis", "Quien solicita una cita la recibe gratis en dos días.", []),
        ("Zamów Darmową Wycenę Online", "Każdy klient może zamów darmową wycenę przez telefon.", []),
        # near misses: a name one of whose words the page writes small, or a team's under its article
        ("Madison Green", "The green roofs of the city were planted after a long debate.", ["Madison Green"]),
        ("The Upwork Team", "Our team of writers tested every tool for a month.", ["The Upwork Team"]),
        ("Heiko Sauer", "Die Anwohner sind sauer über die neue Straße am Fluss.", ["Heiko Sauer"]),
        ("Rosa Blanco", "El muro blanco de la plaza fue pintado por los vecinos.", ["Rosa Blanco"]),
        ("Anna Biała", "Biała ściana ratusza została odnowiona, a biała brama też.", ["Anna Biała"]),
    ],
)
def test_a_line_that_is_only_names_is_no_name_when_the_page_writes_most_of_its_words_small(line, body, authors):
    page = "\n\n".join(["# A headline about the works in town", line, body, LONG, LONG])
    assert clean_text(page).authors == authors


def test_a_bylines_name_of_common_words_stays_a_name():
    body = "We will grant the permit, the mayor said, after a long debate about the road and its cost."
    page = "\n\n".join(["# A permit for the road", "By Will Grant", body, LONG, LONG])
    assert clean_text(page).authors == ["Will Grant"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("25.10.2022 - Reiner Nagel", ["Reiner Nagel"]),
        ("Julia Steinhoff / October 25 2023", ["Julia Steinhoff"]),
        ("Culture | By Loïc Le Clerc | 30 September 2018", ["Loïc Le Clerc"]),
        ("Jill Winger | March 11, 2019 | 109 Comments", ["Jill Winger"]),
        ("Jane Doe, March 3, 2024", ["Jane Doe"]),  # the name before the date's comma
    ],
)
def test_a_dateline_that_credits_its_author_in_a_part_of_its_own_names_them(line, names):
    cleaned = clean_text("\n\n".join(["# A headline about the talks in town", line, LONG, LONG]))
    assert cleaned.authors == names and cleaned.published is not None


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe | Staff writer at the paper",  # no date beside the name
        "Jane Doe | Berlin | Munich",
        "25.10.2022 - The council met again on Monday",  # a sentence, no name
        "Jane Doe, Staff writer at the paper 24/7",  # no dateline after the comma
        "NEW YORK, March 3, 2024",  # a press release's city in capitals
        "Agencia SINC | 03/09/2026 10:40 CEST",  # a news agency's word: no person
        "Agence Lumière | 3 mars 2026",
    ],
)
def test_a_line_of_parts_without_a_dateline_beside_the_name_credits_no_one(line):
    assert clean_text("\n\n".join(["# A headline about the talks in town", line, LONG, LONG])).authors == []


def test_a_text_browsers_title_line_atop_the_dump_is_neither_the_article_nor_the_headlines_original():
    headline = "Whaling logbooks fill a gap in the Arctic sea ice record"
    bar = f"   {headline} | Kestrel Moor\n   University (p1 of 2)"
    cleaned = clean_text("\n\n".join([bar, "[1]Skip to content", "[9]News > [10]Research", headline, *PROSE]))
    assert cleaned.title == headline
    assert cleaned.paragraphs == PROSE
    assert cleaned.removed[0].rule == "crawler_header"


def test_a_header_whose_only_date_is_an_updates_is_dated_by_it():
    live = clean_text("\n\n".join(["# Floods in Ussuriysk: live", "Updated 12 May 2026, 18:40", LONG, *PROSE]))
    assert live.published is not None and live.published.date == dt.date(2026, 5, 12)
    both = ["# Floods in Ussuriysk: live", "Updated 12 May 2026, 18:40", "Published 11 May 2026", LONG, *PROSE]
    dated = clean_text("\n\n".join(both)).published
    assert dated is not None and dated.date == dt.date(2026, 5, 11)


def test_a_label_before_a_datelines_words_is_read_past():
    assert dates.dateline_kind("Notice published: 12/01/2026") == "published"
    assert dates.dateline_kind("Page last reviewed: 3 March 2024") == "updated"
    assert dates.read_dateline("Notice published: 3 March 2024") == dates.Published(dt.date(2024, 3, 3))
    assert dates.read_dateline("The council published: 12 reports") is None


def test_a_page_without_an_address_reads_slashed_dates_in_the_order_its_lines_write_them():
    header = ["# Temporary road closure: Mill Lane", "Notice published: 12/01/2026", "Last reviewed: 19/01/2026"]
    cleaned = clean_text("\n\n".join([*header, LONG, LONG]))
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 1, 12)


def test_a_headline_whose_year_a_colon_follows_is_no_date_like_line():
    lines = ["[9]Home > [10]Services > [11]Taxes", "Budget 2026: what changes", "Published 10/01/2026", LONG, LONG]
    assert clean_text("\n\n".join(lines)).title == "Budget 2026: what changes"


def test_a_breadcrumbs_last_entry_is_the_title_without_its_number():
    crumbs = ["1. Music House Stories", "2. Lessons", "3. The Adult's Guide to Starting Music Lessons"]
    url = "https://example.com/the-adults-guide-to-starting-music-lessons"
    assert clean_text("\n\n".join([*crumbs, LONG, LONG]), url=url).title == crumbs[2][3:]
    steps = ["Some steps", "3. The Adult's Guide to Starting Music Lessons"]  # one entry: no breadcrumb
    assert clean_text("\n\n".join([*steps, LONG, LONG]), url=url).title == steps[1]


def test_a_long_headline_taken_for_the_articles_start_is_the_title_when_it_spells_the_slug():
    headline = "Top Nutrition Trends for Fall 2025: What Fitness Experts Are Eating and How to Make It Easy"
    url = "https://example.com/2025/09/04/top-nutrition-trends-for-fall-2025-what-fitness-experts-are-eating"
    menu = ["* Home", "* Blog", "* Contact"]
    assert clean_text("\n\n".join([*menu, headline, LONG, LONG]), url=url).title == headline
    lede = "Top nutrition trends for fall 2025 are here, and what fitness experts are eating may surprise you."
    assert clean_text("\n\n".join([*menu, lede, LONG, LONG]), url=url).title != lede


@pytest.mark.parametrize(
    "crumbs",
    [
        "Region > Bochnia",
        "Handball / Verbandsliga",
        "Rugby ▸ Fédérale 1",
        "Fußball  Handball  Basketball  Ergebnisse",
        "Jesteś tutaj: Strona główna > Region > Bochnia",  # a label before the trail
    ],
)
def test_a_breadcrumb_or_a_menu_row_over_the_headline_is_not_the_title(crumbs):
    headline = "W kopalni soli w Bochni otwarto nową trasę dla rowerzystów"
    page = "\n\n".join(["MAŁOPOLSKI KURIER", crumbs, headline, "Piotr Zając", LONG, LONG])
    assert clean_text(page).title == headline
    slashed = "Covid / grippe : la vaccination s'ouvre aux enfants de cinq ans"  # a long part: a headline
    assert clean_text("\n\n".join(["LE JOURNAL", slashed, LONG, LONG])).title == slashed
    arrowed = "Ministers meet › talks resume on a deal for the fishing fleets"  # one arrow: no trail
    assert clean_text("\n\n".join(["THE COURIER", arrowed, LONG, LONG])).title == arrowed
    labelled = "Breaking news today: UK / France deal on fishing"  # a label, then no trail of arrows
    assert clean_text("\n\n".join(["THE COURIER", labelled, LONG, LONG])).title == labelled


@pytest.mark.parametrize(
    "crumbs",
    [
        "Jesteś tutaj: Strona główna » Region » W kopalni soli w Bochni otwarto nową trasę dla rowerzystów",
        "Home › News › W kopalni soli w Bochni otwarto nową trasę dla rowerzystów",
    ],
)
def test_a_breadcrumb_ending_in_the_long_headline_over_it_is_not_the_title(crumbs):
    headline = "W kopalni soli w Bochni otwarto nową trasę dla rowerzystów"
    menu = "Region  Sport  Kultura  Ogłoszenia"
    page = "\n\n".join(["MAŁOPOLSKI KURIER", menu, crumbs, headline, "Piotr Zając", "3 listopada 2026", LONG, GENEVA])
    assert clean_text(page).title == headline


@pytest.mark.parametrize(
    "menu",
    [
        "Рівне Сьогодні Новини Місто Економіка Спорт Онлайн Афіша Пошук",
        "El Eco del Maestrazgo Portada Comarca Provincia Deportes Necrológicas Agenda Contacto",  # a particle
    ],
)
def test_a_menu_run_into_one_line_over_the_headline_is_not_the_title(menu):
    headline = "Опалювальний сезон у Рівному: підсумки дня"
    page = "\n\n".join([menu, headline, "Тетяна Мельничук, 15 жовтня 2026", LONG, LONG])
    assert clean_text(page).title == headline
    title_case = "Biden Signs Executive Order on Climate Change"  # an English headline has a function word
    assert clean_text("\n\n".join([title_case, "A deck under it without a stop", LONG, LONG])).title == title_case


def test_a_row_laid_out_with_wide_gaps_is_no_wrapped_paragraphs_line():
    prose = " ".join(["The harbour office kept its records in a ledger for every boat and every tide."] * 12)
    wrapped = textwrap.fill(prose, 72)
    row = "[4]News   [5]Sport   [6]Obituaries   [7]Family notices   [8]Jobs and more"
    lines = split_lines("\n".join([row, "[9]Home > [10]Obituaries > Margaret", "", wrapped]))
    assert [line.raw for line in lines[:2]] == [row, "[9]Home > [10]Obituaries > Margaret"]
    padded = "Overview News Articles Interviews|  Calendar| Invalid"  # a table's padding: one gap
    assert "\n" in split_lines("\n".join([padded.ljust(70, "x"), "query|", "", wrapped]))[0].raw


@pytest.mark.parametrize(
    ("headline", "deck"),
    [
        (
            "Editie 37: Een moestuin op het dak van de parkeergarage",
            "### Groen Gras Beton, de nieuwsbrief over stadslandbouw",
        ),
        ("Die Fähre über die Elbe fährt nicht mehr", "## Ein Blog über den Landkreis Lüchow-Dannenberg"),
        ("Le four à pain du village rallumé", "### La lettre du comité des fêtes, numéro 12"),
    ],
)
def test_a_setext_headline_over_a_heading_deck_is_the_title(headline, deck):
    """pandoc's and the newsletter platforms' markdown write the `<h1>` over a row of '=', their deck as `###`."""
    page = "\n".join([headline, "=" * len(headline), "", deck, "", "3 apr. 2026", "", LONG, "", LONG])
    assert clean_text(page).title == headline
    ruled = "\n".join(["Yesterday the committee met and agreed on the budget for the summer fair,", "-" * 20])
    assert clean_text("\n\n".join([ruled, deck, LONG, LONG])).title != ruled.splitlines()[0]  # a rule, no h1


def test_a_name_line_far_below_the_headline_names_no_author():
    toc = [f"Section number {n} of the guide" for n in range(10)]
    page = "\n\n".join(["# A guide to home wiring", *toc, "Extension Cords", LONG, LONG])
    assert clean_text(page).authors == []
    assert clean_text(page.replace(toc[0], "Jane Doe")).authors == ["Jane Doe"]


@pytest.mark.parametrize("line", ["by the way we went home", "Yuri Kadobnov, AFP | French President", "Byline"])
def test_not_bylines(line):
    assert parse_byline(to_plain(line)) is None


PROSE = [
    "Russia and key members of the Western coalition appeared to be moving toward a unified approach in Syria.",
    "In an interview on French television on Tuesday, the defence minister said the stance had shifted again.",
    "Le Drian added that an expanded coalition appeared necessary to stop the group, and that talks would go on.",
]
MORE_PROSE = [
    "The French president will fly to Moscow on Thursday for talks with his Russian counterpart at the Kremlin.",
    "Officials in Paris said the visit had been planned for weeks and that no agreement was expected to be signed.",
    "Analysts in Washington cautioned that the two countries still disagreed about the future of the Syrian leader.",
    "A spokesman for the Kremlin said on Wednesday that the meeting would also cover trade and energy questions.",
    "Both governments have promised to share intelligence on militant positions before the next round of strikes.",
    "Diplomats expect a joint statement at the end of the visit, although its wording was still being negotiated.",
]
MENU = ["Home", "World", "Politics", "Business", "Tech", "Science"]


def test_lines_outside_the_main_run_of_prose_are_chrome():
    page = "\n\n".join([*MENU, *PROSE, "Related", *MENU, "Contact Us", "Privacy"])
    cleaned = clean_text(page)
    assert cleaned.paragraphs == PROSE
    rules = {r.rule for r in cleaned.removed}
    assert "outside_article" in rules


def test_a_short_heading_inside_the_article_stays_but_a_menu_run_goes():
    page = "\n\n".join(
        [*PROSE, "Diplomatic marathon", *MORE_PROSE[:2], "News", "Sport", "Weather", "Travel", *MORE_PROSE[2:]]
    )
    cleaned = clean_text(page)
    assert "Diplomatic marathon" in cleaned.paragraphs
    assert [r.text for r in cleaned.removed if r.rule == "menu_run"] == ["News", "Sport", "Weather", "Travel"]


@pytest.mark.parametrize(
    ("lead_in", "entries", "kept"),
    [
        ("You will need:", ["- a chain tool", "- the new chain", "- a rag and some oil"], True),
        ("Sections:", ["- News", "- Sport", "- Weather"], False),  # a menu's label: one word
        ("You will need:", ["News", "Sport", "Weather"], False),  # no list entries
    ],
)
def test_a_list_the_article_leads_into_is_no_menu_run(lead_in, entries, kept):
    page = "\n\n".join(["Changing a bicycle chain", *PROSE, lead_in, "\n".join(entries), *MORE_PROSE])
    plain = [to_plain(entry) for entry in entries]
    assert all(entry in clean_text(page).paragraphs for entry in plain) is kept


RECIPE_STEPS = [
    "1. Heat the oven to 180 degrees and butter a round tin of about twenty centimetres across.",
    "2. Beat the butter with the sugar until it is pale, then add the eggs one at a time and stir well.",
    "3. Fold in the flour with the baking powder and the cinnamon, pour it into the tin and bake it for forty minutes.",
]


@pytest.mark.parametrize(
    ("heading", "listed", "kept"),
    [
        ("Ingredients", ["250 g flour", "200 g butter", "150 g sugar", "4 eggs", "½ tsp cinnamon"], True),
        ("Zutaten:", ["250 g Mehl", "200 g Butter", "150 g Zucker", "4 Eier", "1 Prise Salz"], True),
        ("Ingredients", ["Travel", "Restaurants", "About us", "Shop"], False),  # a menu's entry: no amounts
    ],
)
def test_a_recipes_ingredients_under_their_heading_join_its_steps(heading, listed, kept):
    page = "\n\n".join(["News", "Sport", "Apple cake", heading, *listed, "Preparation", *RECIPE_STEPS])
    cleaned = clean_text(page)
    assert RECIPE_STEPS[0] in cleaned.paragraphs
    assert all(line in cleaned.paragraphs for line in listed) is kept
    assert not any(line in cleaned.paragraphs for line in listed) is not kept


def test_bulleted_entries_are_paragraphs_of_their_own():
    entries = ["* a clear plastic pot a little larger than the old one", "* medium pine bark, soaked in water first"]
    page = ["Repotting an orchid", *PROSE, "You will need:", "\n".join(entries), *MORE_PROSE]
    cleaned = clean_text("\n\n".join(page))
    assert [to_plain(entry) for entry in entries] == [p for p in cleaned.paragraphs if p in map(to_plain, entries)]


def test_markdown_link_only_lines_are_removed():
    cleaned = clean_text("\n".join(["* [Opinion](/opinion)", "* [World](/world) | [Europe](/europe)", "", *PROSE]))
    assert [r.rule for r in cleaned.removed][:2] == ["link_only", "link_only"]


def test_a_tail_rule_at_the_top_takes_only_its_own_line():
    cleaned = clean_text("\n\n".join(["12 Comments", *PROSE, "Leave a Reply", "Great article!", "Thanks, Bob."]))
    assert cleaned.paragraphs == PROSE
    assert [r.text for r in cleaned.removed if r.rule == "comments_tail"] == [
        "12 Comments",
        "Leave a Reply",
        "Great article!",
        "Thanks, Bob.",
    ]


def test_a_hard_wrapped_dump_is_unwrapped_into_paragraphs():
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(" ".join(PROSE * 2), width=78) for _ in range(3))
    lines = split_lines("\n".join(MENU) + "\n\n" + wrapped)
    assert len(lines) == len(MENU) + 3
    assert lines[-1].plain == " ".join(PROSE * 2)
    audit_accounts_for_every_line("\n".join(MENU) + "\n\n" + wrapped)


def test_a_wrapped_dump_keeps_apart_a_short_line_whose_next_word_would_have_fitted():
    """A wrapper breaks only before a word that does not fit: a byline over its dateline, both near the
    wrap width, are two lines; a paragraph's next line opens with a word too long for the line above."""
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(" ".join(PROSE * 2), width=72) for _ in range(3))
    header = "Michał Kaczmarek, dziennikarz działu gospodarczego\n9.06.2026, 07:30 (aktualizacja: 10.06.2026, 14:10)"
    lines = split_lines(header + "\n\n" + wrapped)
    assert [line.plain for line in lines[:2]] == header.split("\n")
    assert lines[-1].plain == " ".join(PROSE * 2)


@pytest.mark.parametrize("label", ["Texto:", "Text:", "Texte:", "Testo:", "Tekst:", "Autor:", "Author:", "Текст:"])
def test_a_wrapped_dump_keeps_a_writers_credit_under_its_label_apart_from_the_line_over_it(label):
    """A dateline as long as the wrap column, a credit's label under it whose word does not fit beside it: two
    lines, not a paragraph wrapped; a paragraph's piece that opens with the word as prose does is still one."""
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(" ".join(PROSE * 2), width=70) for _ in range(3))
    dateline = "Redacción Noticias de la Ribera · Viernes, 4 de diciembre de 2026"
    lines = split_lines(f"{dateline}\n{label} Purificación Ibarzábal Zulaica\n\n{wrapped}")
    assert [line.plain for line in lines[:2]] == [dateline, f"{label} Purificación Ibarzábal Zulaica"]
    assert len(split_lines(f"{dateline}\n{label.rstrip(':').lower()} of the council\n\n{wrapped}")) == 4


@pytest.mark.parametrize(
    ("prose", "notes"),
    [
        (
            (
                "Van Oordt verwacht voor het hele jaar een omzet tussen 105 en 110 miljoen euro. De nieuwe "
                "assemblagehal in Kampen wordt in het najaar in gebruik genomen, zegt de directie. De groei komt "
                "vrijwel geheel voor rekening van de elektrische bakfietsen, waarvan er ruim 6.000 werden verkocht."
            ),
            [
                (
                    "Noot voor de redactie: voor meer informatie kunt u contact opnemen met de afdeling communicatie, "
                    "pers@vanoordt.example."
                ),
                "Over Van Oordt Rijwielen: het familiebedrijf maakt sinds 1921 fietsen in Kampen.",
                "Foto: de fabriekshal",
            ],
        ),
        (
            (
                "Przychody spółdzielni w trzecim kwartale 2026 roku wyniosły 212 mln zł i były o 8 proc. wyższe niż "
                "przed rokiem. Zysk netto wzrósł do 9,6 mln zł, a zarząd zapowiada nowe inwestycje w Złoczewie. Na "
                "wynik wpłynęła przede wszystkim wyższa sprzedaż serów dojrzewających za granicę."
            ),
            [
                (
                    "Informacja dla mediów: Biuro Zarządu, tel. 43 822 10 40, e-mail media@sm-nadwarcianska.example, "
                    "faks 43 822 10 41."
                ),
                "O spółdzielni: Spółdzielnia Mleczarska Nadwarciańska działa w Sieradzu od 1957 roku.",
                "Zdjęcie: zakład w Sieradzu",
            ],
        ),
    ],
)
def test_a_short_wrapped_release_with_lines_written_whole_is_unwrapped_at_its_own_column(prose, notes):
    """A feed reader's item wrapped at 76: its header's title and its notes for editors, written whole, are enough
    of its long lines to put the quantile past the column; the column its lines were broken at is the one that
    breaks them where they stand (the line fits, the next word does not), and the notes stay lines of their own."""
    header = ["Feed: Persberichten", f"Title: {prose[:74]}", "Author: Communicatie", "Date: Thu, 06 Aug 2026"]
    body = "\n\n".join(textwrap.fill(prose, width=76) for _ in range(3))
    lines = split_lines("\n".join(header) + "\n\n" + body + "\n\n" + "\n".join(notes))
    assert [line.plain for line in lines[len(header) :]] == [prose] * 3 + notes


def test_a_wrapped_dump_with_an_overlong_line_is_still_unwrapped():
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(" ".join(PROSE * 2), width=78) for _ in range(3))
    url = "https://example.com/" + "a-very-long-unbreakable-path-segment" * 4
    lines = split_lines("\n".join(MENU) + "\n\n" + url + "\n\n" + wrapped)
    assert lines[-1].plain == " ".join(PROSE * 2)


@pytest.mark.parametrize(
    ("width", "footer"),
    [
        (
            71,
            [
                "Kundenservice: Montag bis Freitag 8 bis 18 Uhr, Telefon 0800 4471 220 (kostenlos)",
                "Weitere Rückrufe finden Sie auf lebensmittelwarnung.de <https://www.lebensmittelwarnung.de/>",
                "Diese Seite teilen: Facebook <#> E-Mail <#>",
            ],
        ),
        (
            72,
            [
                "Mehr zum Thema <https://marktblatt-hef.example/thema/einzelhandel>",
                "Kommentar schreiben <https://marktblatt-hef.example/kommentare/4471>",
                "Alle Rechte vorbehalten. © Hersfelder Marktblatt 2026",
            ],
        ),
    ],
)
def test_a_footers_lines_are_no_wrapped_paragraphs_lines(width, footer):
    """A wrapper breaks before a word that does not fit: a footer's lines saved whole, each longer than the wrap
    column, were joined into one body line, with the share strip and its anchors ("<#>") under them; a browser's text
    save writes a link's address after it, so a footer's link rows are as long as the column and each is a row of its
    own, the copyright line under them too."""
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(" ".join(PROSE * 2), width=width) for _ in range(3))
    lines = split_lines(wrapped + "\n\n\n" + "\n".join(footer))
    assert [line.raw for line in lines[-3:]] == footer
    assert lines[-4].plain == " ".join(PROSE * 2)


def test_a_paragraphs_line_with_a_link_among_its_words_wraps_on():
    """Near miss of a link row: a wrapped line of many words ending in a link's address goes on under it."""
    import textwrap

    wrapped = "\n\n".join(textwrap.fill(" ".join(PROSE * 2), width=72) for _ in range(3))
    prose = "The council published the plan in the report <https://example.org/plan>\nwhich the mayor signed."
    assert len(split_lines(wrapped + "\n\n" + prose)) == 4


def test_a_line_a_rule_takes_is_set_apart_from_the_wrapped_paragraph_it_was_joined_to():
    """A paragraph's last piece ends a sentence and the footer's line under it, there for the paragraph's next piece,
    is one a rule takes on its own: it is set apart again, the paragraph stays whole."""
    import textwrap

    last = "Reageren kan via het formulier [ Reactie indienen ] of per post."
    wrapped = "\n\n".join(textwrap.fill(" ".join(PROSE * 2), width=76) for _ in range(3))
    cleaned = clean_text(wrapped + "\n\n" + last + "\nDownloads: Conceptnota Parkeren Binnenstad (PDF, 2,8 MB)")
    assert ("related_links", "Downloads: Conceptnota Parkeren Binnenstad (PDF, 2,8 MB)") in [
        (r.rule, r.text) for r in cleaned.removed
    ]
    assert cleaned.paragraphs[-2:] == [" ".join(PROSE * 2), last]


def test_a_books_details_go_beside_its_sale_and_stay_alone_under_a_review():
    sale = "Compra el libro en tu librería de confianza o en nuestra tienda en línea."
    details = "Remedios Altamirano, «El año de las cigüeñas». Editorial Cárabo, 2026. 296 páginas, 19,90 €."
    sold = tag_lines(split_lines("\n\n".join([*PROSE, details, sale])), language="es")
    assert sold.tags[-2:] == ["shop_teaser", "shop_teaser"]
    reviewed = tag_lines(split_lines("\n\n".join([*PROSE, details, "Nuestra nota: 4 de 5"])), language="es")
    assert reviewed.tags[len(PROSE)] == BODY


def test_a_plain_dump_whose_long_lines_stand_over_blank_lines_is_not_unwrapped():
    """A gallery's captions, each over its credit, and footer lines as long as each other looked
    hard-wrapped at their length; but a wrapped line has the rest of its paragraph under it."""
    captions = [
        "The shepherds lead 1,200 ewes up the causse road at dawn, past the old mill.",
        "A judge of the fair's committee weighs one of the truffles entered this year.",
        "The largest truffle of the day, 412 grams, was found near Grazzano Badoglio.",
        "Children of the village school carry the banner of the fair across the square.",
    ]
    footer = [
        "Next gallery: the grape harvest in the hills above the river, in twelve photos",
        "See also: the antiques market returns to the castle square on the first Sunday",
        "Download the app of the Valley Chronicle to receive the news as it happens",
        "Valley Chronicle - Registered at the court of Casale n. 12/2019 - All rights",
        "Valley Chronicle, Via Roma 12, Casale Monferrato - Editor: Giulia Ferrero",
    ]
    gallery = "\n\n".join(f"{caption}\nPhoto Luca Bertola" for caption in captions)
    prose = [" ".join(PROSE), " ".join(PROSE[:2])]
    lines = split_lines(
        "\n\n".join(
            ["The truffle fair of Moncalvo, the first Sunday in pictures", prose[0], gallery, prose[1], *footer]
        )
    )
    assert [line.plain for line in lines].count("Photo Luca Bertola") == len(captions)
    # the same lines each over a continuation are a wrapped dump's: joined
    wrapped = split_lines("\n\n".join(f"{line}\nits paragraph goes on" for line in captions + footer * 2))
    assert wrapped[0].plain == captions[0] + " its paragraph goes on"


def test_a_detailed_list_item_is_neutral_but_a_bare_one_is_not():
    from cleaners.regions import prose_score

    assert prose_score("Chabo: ca. 80 Eier im Jahr", list_item=True) == 0
    assert prose_score("Chabo: ca. 80 Eier im Jahr") < 0  # the same words outside a list: a label
    assert prose_score("Council approves the new budget", list_item=True) < 0  # a linked headline
    assert prose_score("Sport", list_item=True) < 0  # a menu entry


def test_chinese_and_japanese_prose_scores_as_prose_without_spaces():
    from cleaners.regions import prose_score

    assert prose_score("お客様のブランドをお守りします。商標登録出願で弁理士をお探しならご相談ください。") > 0
    assert prose_score("政府は火曜日、新しい予算案を発表した。野党はこれに強く反発している。") > 0
    assert prose_score("ホーム ニュース スポーツ") < 0  # a menu is short in any script


def test_a_wrapped_lynx_dump_with_a_long_list_of_references_is_still_unwrapped():
    import textwrap

    wrapped = "\n\n".join(textwrap.indent(textwrap.fill(" ".join(PROSE * 2), width=74), "   ") for _ in range(3))
    references = [f"  {n}. https://news.example/section/{n}/" + "some-long-article-slug-" * 3 for n in range(30)]
    lines = split_lines("\n".join(MENU) + "\n\n" + wrapped + "\n\nReferences\n\n" + "\n".join(references))
    assert lines[len(MENU)].plain == " ".join(PROSE * 2)


def test_short_sentences_are_neutral_but_tag_clouds_are_not_prose():
    from cleaners.regions import prose_score

    assert prose_score("Eat every 2–3 hours before your workout.") == 0
    assert prose_score("Home News Sport") < 0
    cloud = " ".join(["adote", "amigo", "agua", "alerta", "ambiente", "amizade", "atendimento"] * 3)
    assert prose_score(cloud) < 0
    assert prose_score(cloud.replace("agua", "agua,")) > 0


def test_a_second_copy_of_the_article_text_is_removed():
    cleaned = clean_text("\n\n".join([*PROSE, "Share", " ".join(PROSE)]))
    assert cleaned.paragraphs == PROSE
    assert [r.rule for r in cleaned.removed][-1] == "repeated_in_page"


@pytest.mark.parametrize(
    "line",
    [
        "November 18, 2015",
        "Nov 18, 2015",
        "18 November 2015",
        "2015-11-18",
        "Wednesday, November 18, 2015",
        "November 27, 2015 06:00 GMT",
        "2015-11-27 06:00",
        "27 November 2015 18:45 UTC",
        "Nov. 18, 2015",
        "18.11.2015",
        "1.2.2015",
        "27.11.2015 06:00",
        "27.11.2015 18:45 UTC",
        "31.11.2015",
    ],
)
def test_the_strptime_fast_path_reads_datelines_as_dateparser_does(line, monkeypatch):
    fast = parse_dateline(line)
    monkeypatch.setattr(dates, "_fast_date", lambda text: None)
    assert fast == parse_dateline(line)


def test_a_page_reads_a_dateline_again_once_its_reading_of_dates_changes():
    tagged = Tagged(lines=[], tags=[], language="en")
    month_first = tagged.reads_dateline("03/04/2026")
    tagged.language = "fr"  # a French page writes the day first
    day_first = tagged.reads_dateline("03/04/2026")
    assert month_first is not None and month_first.date == dt.date(2026, 3, 4)
    assert day_first is not None and day_first.date == dt.date(2026, 4, 3)


def _page_with(*lines: str) -> str:
    return "\n\n".join(["# A headline about the talks", LONG, *lines, LONG.replace("Moscow", "Geneva")])


@pytest.mark.parametrize(
    ("language", "label"),
    [(rows.code, label) for rows in LANGUAGES for label in rows.page_url_labels + rows.source_labels],
)
def test_every_url_label_of_every_language_gives_the_page_url(language, label):
    cleaned = clean_text(_page_with(f"{label.capitalize()}: https://news.example/{language}/talks-42"))
    assert cleaned.url == f"https://news.example/{language}/talks-42"
    assert [removal.rule for removal in cleaned.removed if "talks-42" in removal.text] == ["source_url"]


def test_a_linked_label_in_a_list_gives_the_page_url():
    """A gateway's or app's link to the article on the web, a list item ("* [Continue reading](https://…)")."""
    assert clean_text(_page_with("* [Continue reading](https://news.example/talks-42)")).url == (
        "https://news.example/talks-42"
    )


@pytest.mark.parametrize(
    "line", ["Lees verder in de krant van morgen, zegt de redactie.", "Continue reading the minutes at the library."]
)
def test_a_read_on_label_in_prose_gives_no_url_and_stays(line):
    """Near miss: the article's sentence opening with a "read on" label's words names no address."""
    cleaned = clean_text(_page_with(line))
    assert cleaned.url is None and line in cleaned.paragraphs


def test_a_url_label_can_stand_above_its_url():
    assert clean_text(_page_with("Permalink:", "https://news.example/talks-42")).url == "https://news.example/talks-42"


@pytest.mark.parametrize(
    "line",
    [
        'source: "https://news.example/talks-42"',  # a web clipper's front matter quotes its values
        "Instantâneo de https://news.example/talks-42",  # a snapshot's header, no colon
    ],
)
def test_a_clippers_quoted_or_labelled_source_gives_the_page_url(line):
    cleaned = clean_text("\n".join(["---", 'title: "A headline about the talks"', line, "---", "", _page_with()]))
    assert cleaned.url == "https://news.example/talks-42"


@pytest.mark.parametrize(
    ("language", "label"), [(rows.code, label) for rows in LANGUAGES for label in rows.cache_banner_labels]
)
def test_a_cached_copys_banner_in_every_language_gives_the_page_url(language, label):
    banner = f"{label.capitalize()} https://news.example/{language}/talks-42. It is a snapshot of 9 May 2026."
    cleaned = clean_text(_page_with(banner))
    assert cleaned.url == f"https://news.example/{language}/talks-42"
    assert [removal.rule for removal in cleaned.removed if "talks-42" in removal.text] == ["source_url"]


def test_an_archived_copys_address_gives_the_pages_own():
    toolbar = "The Wayback Machine - https://web.archive.org/web/20261014083512/https://news.example/talks-42"
    assert clean_text(_page_with(toolbar)).url == "https://news.example/talks-42"


def test_a_note_apps_page_properties_give_the_url_the_date_and_the_author():
    properties = [
        "title:: A headline about the talks",
        "source:: https://news.example/talks-42",
        "author:: [[Jane Doe]]",
        "published:: [[2026-07-11]]",
        "clipped:: [[Dec 6th, 2026]]",
        "created-at:: [[Dec 6th, 2026]]",
        "tags:: talks, clippings",
    ]
    cleaned = clean_text("\n".join([*properties, "", _page_with()]))
    assert (cleaned.url, cleaned.authors) == ("https://news.example/talks-42", ["Jane Doe"])
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 7, 11)
    assert not any("clippings" in paragraph for paragraph in cleaned.paragraphs)


def test_a_printed_pages_margins_are_the_browsers_and_its_footer_gives_the_url():
    """A page printed to PDF and read back: the print's date and `<title>` over each sheet, the address and the
    sheet's number under it; the article runs on over the sheets' break, dated by its own dateline."""
    head = ["06.12.26, 09:52", "A headline about the talks | The Example Times"]
    foot = ["https://news.example/talks-42", "1/2"]
    page = [*head, "", "# A headline about the talks", "", "17 March 2026", "", LONG, "", *foot, "\f" + head[0]]
    cleaned = clean_text("\n".join([*page, head[1], "", GENEVA, "", foot[0], "2/2"]))
    assert (cleaned.url, cleaned.title) == ("https://news.example/talks-42", "A headline about the talks")
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 3, 17)
    assert cleaned.paragraphs == [LONG, GENEVA]


def test_a_feed_readers_wrapped_item_keeps_its_header_fields_apart():
    header = [
        "Feed: The Example Times - World",
        "Title: A headline about the talks between the two delegations in Geneva",
        "Author: Jane Doe and John Roe",
        "Link: https://news.example/talks-42",
        "Date: Tue, 14 Apr 2026 07:00:00 +0100",
    ]
    cities = ("Geneva", "Vienna", "Oslo", "Rome", "Lisbon", "Prague")
    body = "\n\n".join(textwrap.fill(f"{LONG} {LONG.replace('Moscow', city)}", 78) for city in cities)
    cleaned = clean_text("\n".join([*header, "", body]))
    assert cleaned.url == "https://news.example/talks-42"
    assert cleaned.title == "A headline about the talks between the two delegations in Geneva"
    assert cleaned.authors == ["Jane Doe", "John Roe"]


def _forward(rows, *page: str) -> str:
    """A mail forwarded whole in a language's mail client: the forwarder's note, the separator, the header's
    fields (the subject the headline), then the mailed page."""
    subject = "A headline about the talks"
    header = [
        "See para 2 - you are quoted! Jen",
        "---------- Forwarded message ---------",
        f"{rows.mail_header_labels[0].capitalize()}: The Example Times <news@news.example>",
        f"{rows.mail_date_labels[0].capitalize()}: Mon, 30 Nov 2026 08:15",
        f"{rows.mail_header_labels[3].capitalize()}: {subject}",
        f"{rows.mail_header_labels[1].capitalize()}: <jen@mail.example>",
    ]
    return "\n".join([*header, "", subject, "", *page, "", LONG, "", GENEVA])


@pytest.mark.parametrize("rows", [rows for rows in LANGUAGES if rows.mail_header_labels], ids=lambda rows: rows.code)
def test_a_forwarded_mails_header_and_note_are_the_mails_and_its_date_dates_no_dated_page(rows):
    cleaned = clean_text(_forward(rows, "17 March 2026"))
    assert cleaned.title == "A headline about the talks"
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 3, 17)
    assert {removal.rule for removal in cleaned.removed if "Jen" in removal.text or "2026 08:15" in removal.text} == {
        "crawler_header"
    }


def test_a_forwarded_mails_date_dates_a_page_without_one():
    cleaned = clean_text(_forward(LANGUAGES[0]))
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 11, 30)


def test_a_mail_quoted_under_an_articles_prose_stays_the_articles():
    mail = ["Date: Mon, 30 Nov 2026 08:15", "From: Jane Doe", "To: John Roe", "Subject: The talks"]
    page = ["A headline about the talks", "17 March 2026", LONG, GENEVA, LONG, GENEVA, *mail, LONG]
    cleaned = clean_text("\n\n".join(page))
    assert cleaned.title == "A headline about the talks"
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 3, 17)


def test_two_labelled_lines_atop_a_page_are_no_mails_header():
    cleaned = clean_text("\n".join(["Date: 17 March 2026", "Subject: talks", "", _page_with()]))
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 3, 17)


def test_a_singlefile_stamp_gives_the_url_and_the_time_relative_dates_count_from():
    stamp = [
        "Page saved with SingleFile",
        "url: https://news.example/talks-42",
        "saved date: Sun Dec 06 2026 11:02:37 GMT+0100 (Central European Standard Time)",
    ]
    cleaned = clean_text(
        "\n".join([*stamp, "", "A headline about the talks", "", "By Jane Doe · 3 days ago", "", LONG])
    )
    assert (cleaned.url, cleaned.authors) == ("https://news.example/talks-42", ["Jane Doe"])
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 12, 3)
    assert [removal.rule for removal in cleaned.removed if "SingleFile" in removal.text] == ["crawler_header"]


@pytest.mark.parametrize(
    "stamp",
    [
        "Fetched: 2026-12-06T09:30:00Z",
        "Récupéré le : 2026-12-06T09:30:00+01:00",
        "Abgerufen am 2026-12-06 09:30",
        "Recuperado el: 2026-12-06T09:30:00Z",
        "Recuperato il: 2026-12-06T09:30:00Z",
        "Acedido em: 2026-12-06T09:30:00Z",
        "Opgehaald op: 2026-12-06T09:30:00Z",
        "Дата обращения: 2026-12-06T09:30:00+03:00",
        "Дата звернення: 2026-12-06T09:30:00+02:00",
        "Pobrano: 2026-12-06T09:30:00+01:00",
    ],
)
def test_a_scrapers_fetch_stamp_is_the_time_relative_dates_count_from(stamp):
    top = ["A headline about the talks | The Example Times", "https://news.example/talks-42", stamp]
    ago = "By Jane Doe · 3 days ago"
    cleaned = clean_text("\n".join([*top, "", "A headline about the talks", "", ago, "", LONG, "", GENEVA]))
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 12, 3)
    assert [removal.rule for removal in cleaned.removed if removal.text == stamp] == ["crawler_header"]
    # near misses: a day with no time, a sentence: no fetch, so the relative dateline dates nothing
    for line in ("Fetched: 2026-12-06", "Fetched 2026-12-06T09:30:00Z from the archive by a volunteer"):
        assert clean_text("\n".join([top[0], top[1], line, "", ago, "", LONG])).published is None


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # a feed reader's feed name and section over its item's headline: the site's, not the title
        ("The Example Times – World", "A headline about the talks between the two delegations"),
        # a headline with a clause after its dash over a line shaped as one: the headline still
        ("Talks resume — ministers, diplomats meet", "Talks resume — ministers, diplomats meet"),
    ],
)
def test_a_sites_name_and_section_over_the_headline_is_not_the_title(top, title):
    page = [top, "A headline about the talks between the two delegations", "Jane Doe", "17 March 2026", LONG, GENEVA]
    assert clean_text("\n\n".join(page)).title == title


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # a blog's section label over the headline, in each language: a kicker, not the title
        ("From our archive", "A headline about the talks between the two delegations"),
        ("De nos archives", "A headline about the talks between the two delegations"),
        ("Aus dem Archiv", "A headline about the talks between the two delegations"),
        ("Del archivo", "A headline about the talks between the two delegations"),
        ("Dall’archivio", "A headline about the talks between the two delegations"),
        ("Do arquivo", "A headline about the talks between the two delegations"),
        ("Uit het archief", "A headline about the talks between the two delegations"),
        ("Из архива", "A headline about the talks between the two delegations"),
        ("З архіву", "A headline about the talks between the two delegations"),
        ("Z archiwum:", "A headline about the talks between the two delegations"),
        # a headline that opens with the label's words is more than the label: the topmost line still
        ("From the archive, a diary", "From the archive, a diary"),
    ],
)
def test_a_section_label_over_the_headline_is_not_the_title(top, title):
    page = [top, "A headline about the talks between the two delegations", "Jane Doe", "17 March 2026", LONG, GENEVA]
    assert clean_text("\n\n".join(page)).title == title


def test_a_quoted_source_that_is_no_address_gives_no_url():
    assert clean_text(_page_with('Source: "Reuters"')).url is None


GENEVA = LONG.replace("Moscow", "Geneva")


def _jina_dump(*fields: str, headline: str = "A headline about the talks") -> str:
    """A Jina Reader dump: its header's fields, then the page's markdown under "Markdown Content:"."""
    return "\n".join([*fields, "", "Markdown Content:", f"{headline}", "=" * len(headline), "", LONG, "", GENEVA])


def test_a_crawlers_header_gives_the_url_and_its_title_field_is_not_the_headline():
    cleaned = clean_text(
        _jina_dump(
            "Title: A headline about the talks | The Example Times",
            "URL Source: https://news.example/talks-42",
            "Published Time: 2026-04-14T07:00:00+01:00",
        )
    )
    assert (cleaned.url, cleaned.title) == ("https://news.example/talks-42", "A headline about the talks")
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 4, 14)  # no date on the page
    header = [removal.text for removal in cleaned.removed if removal.rule == "crawler_header"]
    assert header == [
        "Title: A headline about the talks | The Example Times",
        "Published Time: 2026-04-14T07:00:00+01:00",
        "Markdown Content:",
    ]
    assert cleaned.paragraphs == [LONG, GENEVA]


def test_a_tools_header_with_a_timestamp_and_no_address_gives_title_date_and_byline():
    page = "\n".join(
        [
            "Title: A headline about the talks",
            "Authors: Jane Doe, John Roe",
            "Publish date: 2026-08-13 00:00:00",
            "Top image: https://news.example/img/talks.jpg",
            "",
            LONG,
            GENEVA,
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.title == "A headline about the talks"
    assert cleaned.authors == ["Jane Doe", "John Roe"]
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 8, 13)
    assert cleaned.paragraphs == [LONG, GENEVA]
    # near miss: without a machine's timestamp the labels may be the page's own
    by_hand = page.replace("2026-08-13 00:00:00", "13 August 2026")
    assert "crawler_header" not in [removal.rule for removal in clean_text(by_hand).removed]


def test_the_sites_name_its_copyright_line_holds_is_no_author_beside_a_writer():
    clipped = [
        *("---", 'title: "A headline about the talks"', 'source: "https://serra.example/talks"', "author:"),
        *('  - "[[Gazeta da Serra]]"', "published: 2026-11-23", "created: 2026-12-06", "---"),
        *("# A headline about the talks", "", "Por Rui Costa | 23 Nov 2026, 15:20", "", LONG, "", GENEVA),
    ]
    footer = "\n\n© 2026 Gazeta da Serra. Todos os direitos reservados."
    assert clean_text("\n".join(clipped) + footer).authors == ["Rui Costa"]
    # near miss: a blog's footer naming its writer, who is then the page's author all the same
    blog = "\n".join(clipped).replace("Gazeta da Serra", "Rui Costa")
    assert clean_text(blog + footer.replace("Gazeta da Serra", "Rui Costa")).authors == ["Rui Costa"]
    # alone, the site's name stays the page's: no writer names another
    alone = "\n".join(clipped).replace("Por Rui Costa | ", "")
    assert clean_text(alone + footer).authors == ["Gazeta da Serra"]


def _over_article(*header: str) -> str:
    """A tool's header, then the article's two paragraphs."""
    return "\n".join([*header, "", LONG, GENEVA])


def test_a_metadata_block_over_a_dump_without_headline_gives_title_url_and_date():
    """Diffbot's text export: "Label: value" lines over the article, the address among them after four."""
    cleaned = clean_text(
        _over_article(
            "Title: A headline about the talks",
            "Author: Jane Doe",
            "Date: Thu, 12 Nov 2026 09:00:00 GMT",
            "Site Name: The Example Times",
            "pageUrl: https://news.example/talks-42",
            "Tags: talks, diplomacy",
        )
    )
    assert (cleaned.title, cleaned.url, cleaned.authors) == (
        "A headline about the talks",
        "https://news.example/talks-42",
        ["Jane Doe"],
    )
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 11, 12)
    assert cleaned.paragraphs == [LONG, GENEVA]


def test_a_front_matter_header_dates_the_page_before_an_update_line():
    """trafilatura's metadata header: a YAML front matter in small letters, empty fields among them."""
    fields = [
        "title: A headline about the talks",
        "author: Jane Doe",
        "url:",
        "hostname: news.example",
        "date: 2026-01-14",
        "fingerprint: 6f0c2a91d4e3b7a8",
    ]
    cleaned = clean_text(_over_article("---", *fields, "---", "Last updated: 15/01/2026 08:10"))
    assert cleaned.title == "A headline about the talks"
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 1, 14)
    assert cleaned.paragraphs == [LONG, GENEVA]
    # near miss: without its closing fence the lines are no front matter
    unclosed = _over_article("---", *fields)
    assert "crawler_header" not in [removal.rule for removal in clean_text(unclosed).removed]


def test_a_read_it_later_apps_export_gives_its_folded_title_saved_day_aside_and_original_link():
    """Omnivore's export: a front matter with a folded `title: >` and snake_case fields (`date_saved:`, the save's;
    `date_published:`), then its `# Headline` and a "[Read Original](…)" link giving the page's address."""
    page = _over_article(
        "---",
        "id: 8e41c2a0-77b3-11ef-9d3a-3b1f0c6a2e19",
        "title: >",
        "  A headline about the talks",
        "status: ARCHIVED",
        "tags:",
        "  - omnivore",
        "date_saved: 2026-12-06 09:30:12",
        "date_published: 2026-01-19 10:00:00",
        "---",
        "",
        "# A headline about the talks",
        "",
        "[Read on Omnivore](https://omnivore.app/me/a-headline-18d2a7c4f1e)",
        "[Read Original](https://news.example/talks-42)",
    )
    cleaned = clean_text(page)
    day = cleaned.published.date if cleaned.published else None  # the publication's, never the save's
    read = (cleaned.title, cleaned.url, day, cleaned.paragraphs)
    assert read == ("A headline about the talks", "https://news.example/talks-42", dt.date(2026, 1, 19), [LONG, GENEVA])


@pytest.mark.parametrize("label", ["Original article", "Articolo originale", "Оригинал статьи", "Oryginalny artykuł"])
def test_an_html_to_gemini_proxys_banner_goes_and_its_link_gives_the_pages_address(label):
    """NewsWaffle's gemtext: its `# ` banner, its link line to the page it converted ("=> https://… Original
    article") and its notes down to a blank line are the proxy's; the page's `## ` headline under them is the title."""
    page = _over_article(
        "# 📰 NewsWaffle",
        "Waffle-ified version of:",
        f"=> https://news.example/2026/12/03/talks-in-geneva/ {label}",
        "Size: 4.7 KB (Original: 214.3 KB). Estimated reading time: 3 minutes.",
        "=> gemini://gemi.example/cgi-bin/waffle.cgi/links?https://news.example/ Links on page (61)",
        "",
        "## A headline about the talks in Geneva",
    )
    cleaned = clean_text(page)
    read = (cleaned.title, cleaned.url, cleaned.paragraphs)
    assert read == (
        "A headline about the talks in Geneva",
        "https://news.example/2026/12/03/talks-in-geneva/",
        [LONG, GENEVA],
    )
    assert "Waffle-ified version of:" not in cleaned.text


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Converted: 2026-12-06 08:40 UTC", dt.date(2026, 12, 4)),
        ("Converted: 2026-12-06T08:40:00+02:00", dt.date(2026, 12, 4)),
        ("Converted: on Sunday", None),  # near miss: no time a machine wrote
    ],
)
def test_an_html_to_gemini_proxys_conversion_time_is_what_a_relative_dateline_counts_back_from(stamp, day):
    """NewsWaffle's "Converted:" stamp says when it fetched the page: "2 дня назад" is two days before it."""
    page = _over_article(
        "# 📰 NewsWaffle",
        "Waffle-ified version of:",
        "=> https://news.example/talks-in-geneva/ Original article",
        stamp,
        "",
        "## A headline about the talks in Geneva",
        "Опубликовано 2 дня назад · Алиса Ковырзина, 3 курс, журналистика",
    )
    cleaned = clean_text(page)
    assert (cleaned.published.date if cleaned.published else None) == day
    assert "Converted" not in cleaned.text


def test_a_gemtext_link_to_another_page_gives_no_address_and_the_capsules_heading_stays_its_title():
    """Near miss: a capsule's own `# ` heading over a link line labelled otherwise ("=> … Related: …") is the page's."""
    page = _over_article(
        "# A headline about the talks",
        "=> https://news.example/2026/12/01/earlier-talks/ Related: earlier talks in Moscow",
    )
    cleaned = clean_text(page)
    assert (cleaned.title, cleaned.url) == ("A headline about the talks", None)


def test_an_archive_captures_saved_from_line_gives_the_pages_address():
    page = _over_article(
        "archive.today",
        "webpage capture",
        "\tSaved from\t",
        "https://news.example/talks-42",
        "search",
        "\t6 Dec 2026 09:14:51 UTC",
        "",
        "A headline about the talks",
    )
    assert clean_text(page).url == "https://news.example/talks-42"


def test_a_headline_may_open_a_mercury_header_whose_bold_fields_go():
    page = _over_article(
        "# A headline about the talks",
        "",
        "**Author:** Jane Doe",
        "**Date Published:** 2026-06-18T05:45:00.000Z",
        "**URL:** https://news.example/talks-42",
        "**Excerpt:** The talks went on into the night.",
        "**Word Count:** 412",
        "",
        "---",
    )
    cleaned = clean_text(page)
    assert (cleaned.title, cleaned.url) == ("A headline about the talks", "https://news.example/talks-42")
    header = [removal.text for removal in cleaned.removed if removal.rule == "crawler_header"]
    assert "**Excerpt:** The talks went on into the night." in header and "**Word Count:** 412" in header
    assert cleaned.paragraphs == [LONG, GENEVA]


def test_label_lines_far_from_the_top_or_without_an_address_are_no_crawlers_header():
    page = "\n\n".join(["Title: Notes from the talks", "Author: Jane Doe", "A headline about the talks", LONG])
    assert "crawler_header" not in [removal.rule for removal in clean_text(page).removed]
    low = _page_with("Permalink: https://news.example/talks-42", "Published Time: 2026-04-14")
    assert "crawler_header" not in [removal.rule for removal in clean_text(low).removed]


def test_a_source_line_citing_another_page_stays_when_the_page_says_its_own_url():
    cleaned = clean_text(_page_with("Source: https://who.example/report", "URL: https://news.example/talks-42"))
    assert cleaned.url == "https://news.example/talks-42"
    assert "Source: https://who.example/report" in cleaned.text


def test_a_source_credit_without_an_address_is_no_url_line():
    cleaned = clean_text(_page_with("Source: Reuters"))
    assert cleaned.url is None
    # a credit of a name alone is a chart's or an agency's source line (`photo_credit`), not the page's address
    assert [removal.rule for removal in cleaned.removed if removal.text == "Source: Reuters"] == ["photo_credit"]


FETCHED = dt.datetime(2026, 3, 5, 12, 0, tzinfo=dt.UTC)
# (language, a dateline three hours before the fetch, one two days before it)
RELATIVE_DATELINES = [
    ("en", "Published 3 hours ago", "2 days ago"),
    ("fr", "Publié il y a 3 heures", "il y a 2 jours"),
    ("de", "Veröffentlicht vor 3 Stunden", "vor 2 Tagen"),
    ("es", "Publicado hace 3 horas", "hace 2 días"),
    ("it", "Pubblicato 3 ore fa", "2 giorni fa"),
    ("pt", "Publicado há 3 horas", "há 2 dias"),
    ("nl", "Gepubliceerd 3 uur geleden", "2 dagen geleden"),
    ("ru", "Опубликовано 3 часа назад", "2 дня назад"),
    ("uk", "Опубліковано 3 години тому", "2 дні тому"),
    ("pl", "Opublikowano 3 godziny temu", "2 dni temu"),
]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Valladolid, 24/02/2026 - 08:45", dt.date(2026, 2, 24)),
        ("New York, 3 March 2026", dt.date(2026, 3, 3)),
        ("Lescheraines, le 9 juin 2026", dt.date(2026, 6, 9)),  # a press release's or a letter's
        ("Berlin, den 3. März 2026", dt.date(2026, 3, 3)),
        # a wire's, alone over its story: the region in brackets or after a comma, the wire's name closing it
        ("PLOUVENEC (Ille-et-Vilaine), 26 nov 2026 (APR) -", dt.date(2026, 11, 26)),
        ("Azinhal do Campo, Beja, 30 nov 2026 (LNA) -", dt.date(2026, 11, 30)),
        ("Tarnau (Oberland), 4. Dezember 2026 (RDP) –", dt.date(2026, 12, 4)),
    ],
)
def test_a_dateline_may_name_where_the_story_was_filed(line, day):
    assert parse_dateline(line, dates.DateReading(day_first=True)) == dates.Published(day)


@pytest.mark.parametrize(
    "line",
    [
        "Tordehumos (Soria), 3 dic (AIN).-",  # no year: the filing line's
        "Saturday (AFP) 2 tickets left for the 14 June show",
        "Mill Green (the pond), 900 tonnes of silt lifted in 3 weeks (EA) -",
    ],
)
def test_a_wires_mark_makes_no_date_of_a_line_without_one(line):
    assert parse_dateline(line, dates.DateReading(day_first=True)) is None


def test_every_language_with_relative_dates_has_lines_here():
    assert {rows.code for rows in LANGUAGES if rows.relative_dates} == {row[0] for row in RELATIVE_DATELINES}


@pytest.mark.parametrize(("language", "hours_ago", "days_ago"), RELATIVE_DATELINES)
def test_relative_datelines_count_back_from_the_fetch(language, hours_ago, days_ago):
    reading = dates.DateReading(languages=(language, "en"), fetched_at=FETCHED)
    assert parse_dateline(hours_ago, reading) == dates.Published(dt.date(2026, 3, 5))
    assert parse_dateline(days_ago, reading) == dates.Published(dt.date(2026, 3, 3))


@pytest.mark.parametrize(("language", "hours_ago", "days_ago"), RELATIVE_DATELINES)
def test_relative_datelines_are_never_guessed_without_the_fetch_time(language, hours_ago, days_ago):
    reading = dates.DateReading(languages=(language, "en"))
    assert parse_dateline(hours_ago, reading) is None and parse_dateline(days_ago, reading) is None


@pytest.mark.parametrize("fetched_at", [None, FETCHED])
def test_a_dateline_that_runs_on_into_a_relative_date_is_dated_by_its_date_not_the_clock(fetched_at):
    reading = dates.DateReading(languages=("en",), fetched_at=fetched_at)
    at = dt.datetime(2019, 11, 19, 9, 8, tzinfo=dt.UTC)
    assert parse_dateline("Nov 19, 2019 at 9:08 GMT 1 day ago", reading) == dates.Published(at.date(), at)
    assert parse_dateline("Nov 19, 2019 2 days ago", reading) == dates.Published(dt.date(2019, 11, 19))
    assert parse_dateline("Posted 1 day ago in Sports", reading) is None  # no date but the relative one


def test_a_lone_day_word_is_a_date_only_when_a_published_word_says_so():
    reading = dates.DateReading(languages=("en",), fetched_at=FETCHED)
    assert parse_dateline("Today", reading) is None  # a menu entry
    assert parse_dateline("Published yesterday", reading) == dates.Published(dt.date(2026, 3, 4))
    assert parse_dateline("3 hours ago in the stands", reading) is None  # not the whole line


def test_a_text_page_dates_itself_from_a_relative_dateline_and_its_fetch_time():
    page = f"# A headline about the talks\n\nBy Jane Doe\n\nPublished 3 hours ago\n\n{LONG}\n\n{LONG}"
    assert clean_text(page, fetched_at=FETCHED).published == dates.Published(dt.date(2026, 3, 5))
    assert clean_text(page).published is None


def test_a_sites_numeric_date_order_is_learned_from_the_dates_only_one_order_reads():
    day_first_site = [("a.example", ["Posted 25/12/2025 - 10:00", "Menu"]), ("a.example", ["13/01/2026"])]
    month_first_site = [("b.example", ["12/25/2025"]), ("b.example", ["02/11/2015"])]
    silent_site = [("c.example", ["02/11/2015", "A long line that is prose and says 25/12/2025 and more words"])]
    learned = learn_sites([*day_first_site, *month_first_site, *silent_site])
    assert learned.day_first == {"a.example": True, "b.example": False}


@pytest.mark.parametrize(("site_day_first", "day"), [(True, dt.date(2015, 11, 2)), (False, dt.date(2015, 2, 11))])
def test_an_ambiguous_numeric_dateline_is_read_in_the_order_of_its_site(site_day_first, day):
    page = f"# A headline about the talks\n\n02/11/2015 - 17:05\n\n{LONG}\n\n{LONG}\n\nURL: https://a.example/talks"
    sites = Sites(day_first={"a.example": site_day_first})
    assert clean_text(page, sites).published == dates.Published(day)


def test_a_pages_date_reading_is_built_again_when_its_url_or_language_is_read():
    """The reading is built once a page, but a source line's URL or the language may come later."""
    tagged = Tagged(lines=[], tags=[], sites=Sites(day_first={"a.example": False}), language="de")
    assert tagged._date_reading().day_first  # German writes the day first
    tagged.url = "https://a.example/talks"
    assert not tagged._date_reading().day_first  # its site writes the month first
    tagged.language = "fr"
    assert tagged._date_reading().languages == ("fr", "en")


def _related(*lines: str) -> list[str]:
    cleaned = clean_text("\n".join(["# A headline about the talks", "", LONG, "", *lines, "", LONG.replace("M", "G")]))
    return [removal.text for removal in cleaned.removed if removal.rule == "related_links"]


def test_a_related_links_heading_takes_the_headlines_listed_in_its_block():
    listed = ["Mayor opens the new park by the river", "Lido beach closes for the winter"]
    assert _related("Read more:", *listed) == ["Read more:", *listed]


def test_a_related_links_heading_takes_a_next_block_of_two_or_more_headlines():
    listed = ["Council approves the new budget", "Why the bridge closed again?"]
    assert _related("Related coverage", "", *listed) == ["Related coverage", *listed]


def test_a_related_links_heading_leaves_a_lone_subheading_and_prose_below_it():
    assert _related("Related coverage", "", "What happens next") == ["Related coverage"]
    assert _related("Read more:", "The council will vote again on Monday.") == ["Read more:"]
    assert _related("Related coverage", "", "What happens next", LONG) == ["Related coverage"]


def test_a_hard_wrapped_related_list_is_taken_but_a_wrapped_paragraph_is_not():
    wrapped_list = "El precio del limón se dispara en origen por la falta de lluvias\nCartagena licita la obra"
    assert reads_like_listed_headline(Line(40, wrapped_list, wrapped_list.replace("\n", " ")))
    paragraph = "The council met on Monday and voted. The mayor said the\nbudget would pass next week"
    assert not reads_like_listed_headline(Line(40, paragraph, paragraph.replace("\n", " ")))


def test_a_comments_heading_after_a_share_strip_and_a_blank_line_cuts_the_comments():
    cleaned = clean_text(f"Title here\n\n{LONG}\n\nShare on Facebook\n\nComments\nLog in to comment. Sign in\n\n{LONG}")
    assert cleaned.paragraphs == [LONG]


def test_an_error_block_after_a_share_strip_is_still_a_glued_on_error_page():
    tail = "Page not found\nSorry, we couldn't find the page you were looking for."
    cleaned = clean_text(f"Title here\n\n{LONG}\n\n{LONG.replace('M', 'G')}\n\nShare on Facebook\nCopy link\n\n{tail}")
    assert [r.rule for r in cleaned.removed if "find the page" in r.text or "not found" in r.text] == [
        "not_found_tail",
        "not_found_tail",
    ]


def test_a_long_headline_above_its_byline_is_the_title_not_the_first_sentence():
    headline = "O rio que some: como a seca do Paraguai mudou a vida dos pescadores de Corumbá e Ladário"
    other = LONG.replace("Moscow", "Geneva")
    page = "\n\n".join(["Diário de Campo – Pantanal", "OK, entendi", headline, "Beatriz Arruda", LONG, other])
    cleaned = clean_text(page)
    assert (cleaned.title, cleaned.authors) == (headline, ["Beatriz Arruda"])
    assert cleaned.paragraphs == [LONG, other]


def test_a_long_markdown_headline_is_the_title_and_its_byline_and_dateline_are_read():
    headline = "Defensa del Consumidor multa a tres tiendas online por avisos de cookies que no dejaban rechazar"
    page = "\n\n".join(
        ["TECNOLOGÍA", f"# {headline}", "Por Florencia Iturralde | Buenos Aires", "Publicado: 24/03/2026", LONG, LONG]
    )
    cleaned = clean_text(page)
    assert (cleaned.title, cleaned.authors) == (headline, ["Florencia Iturralde"])
    assert cleaned.published == dates.Published(dt.date(2026, 3, 24))


def test_the_pages_h1_is_the_title_though_a_table_of_contents_stands_between_it_and_the_article():
    headline = "Top Nutrition Trends for Fall"
    contents = ["Key takeaways", "Ingredient spotlights gaining momentum", "How consumer behavior is changing"]
    page = "\n\n".join(["[Home](/)", f"# {headline}", "Andrew King", "2 min read", *contents, LONG, LONG])
    cleaned = clean_text(page)
    assert (cleaned.title, cleaned.authors) == (headline, ["Andrew King"])
    assert headline not in cleaned.text and "Andrew King" not in cleaned.text


def test_in_a_dump_without_headings_the_line_that_spells_the_url_slug_is_the_title():
    headline = "Comparing Different Types of Catering Services"
    header = [headline, "Leonardo Garcia", "Sep 26, 2022", "In this post:", "Key takeaways"]
    page = "\n\n".join(["Log In", "All Posts", *header, LONG, LONG])
    url = "https://www.example.com/post/comparing-different-types-of-catering-services"
    assert clean_text(page, url=url).title == headline
    decoy = "Catering services compared by our readers"  # fewer of the slug's words, more others
    assert clean_text(page.replace("Key takeaways", decoy), url=url).title == headline


def test_a_table_of_contents_entry_that_spells_the_url_slug_is_not_the_title():
    headline = "Top 10 Health and Nutrition Trends to Watch"
    contents = ["Table of Contents", "* Key takeaways", "* FAQs about health and nutrition trends"]
    page = "\n\n".join(["Main > Blog", headline, "Kelia Reinoso", "August 25, 2025", *contents, LONG, LONG])
    url = "https://www.example.com/blog/health-and-nutrition-trends"
    assert clean_text(page, url=url).title == headline  # the entry has fewer other words, but is a list's
    unsigned = page.replace("Kelia Reinoso\n\nAugust 25, 2025", "Kelia's picks")  # no byline, no dateline under it
    unlisted = unsigned.replace("* FAQs", "FAQs")  # near miss: the same line as a heading of its own spells it best
    assert clean_text(unlisted, url=url).title == "FAQs about health and nutrition trends"
    assert clean_text(page.replace("* FAQs", "FAQs"), url=url).title == headline  # signed, the headline outranks it
    crumbs = unsigned.replace("Main > Blog", "* Main\n* Blog\n* Health and nutrition trends")  # over the headline
    assert clean_text(crumbs, url=url).title == "Health and nutrition trends"  # a breadcrumb's last entry stays


@pytest.mark.parametrize(
    ("byline", "url"),
    [
        ("By Nina Pineda", "https://news.example/post/moving-company-investigation"),
        ("Par Jeanne Dupont", "https://actu.example/societe/enquete-entreprise-demenagement"),
        ("Von Jana Krüger", "https://zeitung.example/wirtschaft/umzugsfirma-ermittlungen-gegen-inhaberin"),
        ("Por Lucía Ferrer", "https://diario.example/economia/empresa-mudanzas-investigacion-federal"),
        ("Di Marco Bellini", "https://giornale.example/cronaca/ditta-traslochi-indagine-federale"),
        ("Publicado em 03/03/2026", "https://jornal.example/brasil/empresa-mudancas-investigacao-federal"),
        ("Door Sanne de Vries", "https://krant.example/binnenland/verhuisbedrijf-onderzoek-inspectie"),
        ("Автор: Ольга Смирнова", "https://gazeta.example/obshchestvo/pereezd-kompaniya-rassledovanie"),
        ("Опубліковано: 03.03.2026", "https://gazeta.example/suspilstvo/pereizd-kompaniia-rozsliduvannia"),
        ("Autor: Anna Nowak", "https://gazeta.example/kraj/firma-przeprowadzkowa-sledztwo"),
    ],
)
def test_of_the_lines_spelling_the_slug_the_one_signed_under_it_is_the_title(byline, url):
    """A section's heading over the prose spells the slug with fewer other words; the headline has the byline or
    the dateline under it. Near miss: with neither under it, the slug's rank alone decides."""
    slug = url.rsplit("/", 1)[1].replace("-", " ")
    headline, section = f"Inside the {slug} story everyone missed this year", slug.capitalize()
    page = "\n\n".join(["Home", "News", headline, byline, "Share", section, LONG, LONG])
    assert clean_text(page, url=url).title == headline
    assert clean_text(page.replace(byline, "Share this"), url=url).title == section


def test_a_name_line_under_the_headline_is_passed_by_the_title_scan_and_read_as_the_author():
    headline = "# Bar mleczny na Kazimierzu wraca po remoncie"
    image = "![Bar mleczny](https://example.pl/bar.jpg)"
    page = "\n\n".join([headline, "Joanna Szymańska", image, "Wnętrze baru po remoncie", LONG, LONG[::-1]])
    cleaned = clean_text(page)
    assert (cleaned.title, cleaned.authors) == ("Bar mleczny na Kazimierzu wraca po remoncie", ["Joanna Szymańska"])


def test_a_consent_banner_run_into_one_line_above_the_headline_is_not_the_title():
    banner = "Accepter les cookies ? Nous utilisons des traceurs pour le site. OK, tout accepter Refuser"
    page = "\n\n".join([banner, "Dans le Jura, une fromagerie sauvée par ses clients", "Claire Vasseur", LONG, LONG])
    assert clean_text(page).title == "Dans le Jura, une fromagerie sauvée par ses clients"
    cookie_headline = "Multa de 40.000 euros por los avisos de cookies de un diario"  # a headline naming them
    assert clean_text("\n\n".join([cookie_headline, "Juana Pérez", LONG, LONG])).title == cookie_headline


@pytest.mark.parametrize("badge", ["Fact Checked", "Faktencheck Bestanden", "AI Writer, Embarque"])
def test_a_credit_badge_under_the_byline_is_no_co_author(badge):
    page = "\n\n".join(["# Average Cost of Online College", "By Melanie Hanson", badge, LONG, LONG])
    assert clean_text(page).authors == ["Melanie Hanson"]  # neither "Fact Checked" nor "Fact"


def test_the_name_under_a_fact_checkers_label_is_no_authors():
    header = [
        "# Top 7 Blockchain SEO Agencies",
        "Written By",
        "Stephen Jesudunsin",
        "Fact Checked By",
        "Chukwuezugo Aronu",
    ]
    assert clean_text("\n\n".join([*header, LONG, LONG])).authors == ["Stephen Jesudunsin"]
    near_miss = [*header[:3], "By Chukwuezugo Aronu"]  # without the label, a co-author's byline
    assert clean_text("\n\n".join([*near_miss, LONG, LONG])).authors == ["Stephen Jesudunsin", "Chukwuezugo Aronu"]


@pytest.mark.parametrize(
    ("headline", "label", "name", "by_line"),
    [
        ("# The best tax software", "Medically reviewed by", "John Smith", "By John Smith"),
        ("# Le meilleur logiciel", "Relu par", "Jean Martin", "Par Jean Martin"),
        ("# El mejor programa", "Revisado por", "Juan López", "Por Juan López"),
        ("# Il miglior programma", "Rivisto da", "Marco Bianchi", "di Marco Bianchi"),
        ("# O melhor programa", "Revisto por", "João Sousa", "Por João Sousa"),
        ("# Het beste programma", "Gecontroleerd door", "Jan Bakker", "Door Jan Bakker"),
        ("# Die beste Software", "Geprüft von", "Hans Becker", "Von Hans Becker"),
        ("# Najlepszy program", "Sprawdzone przez", "Jan Kowalski", "Autor: Jan Kowalski"),
        ("# Лучшая программа", "Проверено:", "Иван Смирнов", "Автор: Иван Смирнов"),
        ("# Найкраща програма", "Перевірено:", "Іван Коваленко", "Автор: Іван Коваленко"),
    ],
)
def test_a_reviewers_label_over_a_name_credits_no_author(headline, label, name, by_line):
    """The name under a reviewer's or a fact-checker's label is that credit's, in every language, byline or none;
    under a by-word it is the writer's."""
    assert clean_text("\n\n".join([headline, label, name, LONG, LONG])).authors == []
    assert clean_text("\n\n".join([headline, by_line, LONG, LONG])).authors == [name]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Relecture :", True),
        ("Sprawdzone przez", True),  # the last word of a by-word ("Opublikowane przez") ends it
        ("Перевірено:", True),  # a credit's word and a colon
        ("Translation:", True),
        ("Opublikowane przez", False),  # a by-word: the writer's
        ("Автор:", False),
        ("Fotos:", False),
        ("Проверено", False),  # no colon, no by-word: a line of text
    ],
)
def test_other_credit_labels(line, label):
    assert bylines.labels_other_credit(line) is label


def test_co_authors_in_capitals_without_a_by_word_are_read():
    page = "\n\n".join(["По Васильевскому острову снова пошли трамваи", "ИРИНА СОКОЛОВА И ДЕНИС ЛЕБЕДЕВ", LONG, LONG])
    assert clean_text(page).authors == ["Ирина Соколова", "Денис Лебедев"]


def test_a_headline_with_a_colon_and_a_figure_is_no_fact_line():
    headline = "Venezia, il contributo d'accesso raddoppia le giornate: 60 date nel calendario 2026"
    page = "\n\n".join(["La Voce di Rialto", "VENEZIA", headline, "di Lorenzo Galli (ANSA)", LONG, LONG])
    assert clean_text(page).title == headline
    other = LONG.replace("Moscow", "Geneva")
    facts = "\n\n".join(["# Headline of the story", LONG, "Turnout: 64 %", "Fee for late bookings: 10 euro", other])
    assert "Turnout: 64 %" in clean_text(facts).text


@pytest.mark.parametrize(
    "line",
    [
        "Foglio parrocchiale n. 44 — Domenica 1 novembre 2026, Solennità di Tutti i Santi",
        "Gemeindebrief Nr. 12 – Sonntag, 1. November 2026, Allerheiligen",
    ],
)
def test_an_issue_line_over_the_article_is_no_headline(line):
    headline = "Torna a suonare l'organo di San Vigilio dopo due anni di restauro"
    assert clean_text("\n\n".join([headline, "by admin", "Save to Board", line, LONG, LONG])).title == headline


@pytest.mark.parametrize(
    "headline",
    [
        "Brexit, three years on — what changed for the fishing towns of 2026",
        "Election 2026 · the count · who won where",
    ],
)
def test_a_headline_in_parts_with_a_figure_stays_the_headline(headline):
    assert clean_text("\n\n".join(["La Voce di Rialto", headline, "by admin", LONG, LONG])).title == headline


def test_a_comments_entry_of_a_menu_does_not_cut_the_article():
    menu = "Home\nComment\nFinance\nTravel"
    cleaned = clean_text(f"A title that is long enough to read like a sentence of prose for once\n{menu}\n\n{LONG}")
    assert cleaned.paragraphs == [LONG]
    assert [r.text for r in cleaned.removed if r.rule == "comments_tail"] == ["Comment"]


def test_a_comments_heading_between_short_lines_still_cuts_the_comments():
    cleaned = clean_text(f"Title here\n\n{LONG}\n\nHelpful?\n\n## Comments\n\njdoe\n\n{LONG.replace('M', 'G')}")
    assert cleaned.paragraphs == [LONG]


def test_teasers_under_a_newsletter_prompt_are_outside_the_article():
    teasers = ["Moscow talks", MORE_PROSE[0], "Paris visit", MORE_PROSE[1]]
    cleaned = clean_text("\n\n".join(["Title here", *PROSE, "Sign up for our newsletter", *teasers]))
    assert cleaned.paragraphs == PROSE
    assert [r.rule for r in cleaned.removed][-4:] == ["outside_article"] * 4


def test_an_article_goes_on_past_a_newsletter_prompt_inside_it():
    page = "\n\n".join(["Title here", *PROSE, "Sign up for our newsletter", *MORE_PROSE])
    assert clean_text(page).paragraphs == [*PROSE, *MORE_PROSE]


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        (
            "El juez le exigió al**Ministerio Público** , la devolución",
            "El juez le exigió al Ministerio Público, la devolución",
        ),
        ("Chirac le surnommait _**le Grand Con**_ , parce", "Chirac le surnommait le Grand Con, parce"),
        ("He said **no** . Then he left", "He said no. Then he left"),
        ("It was un**believ**able", "It was unbelievable"),
        ("**Label:** value , more", "Label: value , more"),
    ],
)
def test_html2text_spacing_around_emphasis_is_undone(line, plain):
    assert to_plain(line) == plain


def test_the_rules_that_bound_the_article_are_line_rules():
    assert BOUNDING_RULES.issubset(rule.name for rule in LINE_RULES)


def test_teasers_under_a_copyright_line_are_outside_the_article():
    teasers = ["Moscow talks", MORE_PROSE[0], "Paris visit", MORE_PROSE[1]]
    cleaned = clean_text("\n\n".join(["Title here", *PROSE, "© Midland Courier Ltd", *teasers]))
    assert cleaned.paragraphs == PROSE


RECIPE_STEPS = [
    "Mix the flour with the yeast in a large bowl, then add the warm milk and knead it into a smooth dough.",
    "2",
    "Topping",
    "Bring the butter, the sugar and the honey to the boil while stirring, then set the pan aside to cool.",
    "3",
    "Baking",
    "Spread the topping over the dough and bake it in the lower third of the oven until it is golden brown.",
]


def test_a_short_run_of_prose_is_widened_over_the_short_lines_that_cut_it_up():
    cleaned = clean_text("\n\n".join([*MENU, "Honey cake", "1", "Dough", *RECIPE_STEPS, *MENU]))
    assert cleaned.paragraphs == RECIPE_STEPS  # each step alone was the best run: one of three
    assert {r.text for r in cleaned.removed if r.rule == "outside_article"} >= {*MENU[2:], "Dough"}


def test_only_a_short_run_is_widened_and_never_past_chrome():
    from cleaners.regions import SHORT_LINE_PENALTY, main_region

    short = -SHORT_LINE_PENALTY
    assert main_region([100, short, short, 25], [False] * 4) == (0, 3)  # 25 words beyond two short lines
    assert main_region([160, short, short, 25], [False] * 4) == (0, 0)  # a run of 150 words or more stays
    assert main_region([100, short, short, 15], [False] * 4) == (0, 0)  # a prose line's worth is not gained
    assert main_region([100, short, short, 25], [False, False, True, False]) == (0, 0)  # chrome: a newsletter prompt


def test_teasers_under_a_related_links_heading_over_a_headline_are_outside_the_article():
    teasers = [
        "Paris visit planned for weeks",
        MORE_PROSE[1],
        "Analysts cautious about Syria",
        MORE_PROSE[2],
        "Kremlin to cover trade and energy",
        MORE_PROSE[3],
    ]
    cleaned = clean_text("\n\n".join(["Title here", *PROSE, "Most Popular", *teasers]))
    assert cleaned.paragraphs == PROSE
    assert [r.rule for r in cleaned.removed][-6:] == ["outside_article"] * 6


def test_an_article_goes_on_past_a_related_links_heading_over_a_headline_inside_it():
    page = "\n\n".join(["Title here", *PROSE, "Don't miss", "Paris visit planned for weeks", *MORE_PROSE])
    cleaned = clean_text(page)
    assert cleaned.paragraphs[: len(PROSE)] == PROSE
    assert cleaned.paragraphs[-len(MORE_PROSE) :] == MORE_PROSE


def test_teasers_with_stamps_under_a_related_links_heading_are_outside_the_article():
    teasers = [
        "* 31.01.2022",
        "Paris visit planned for weeks",
        MORE_PROSE[1],
        "* 28.01.2022",
        "Matchday in Moscow: the Kremlin hosts the talks!",
        MORE_PROSE[3],
    ]
    cleaned = clean_text("\n\n".join(["Title here", *PROSE, *MORE_PROSE[4:], "Related articles", *teasers]))
    assert cleaned.paragraphs == [*PROSE, *MORE_PROSE[4:]]


def test_sections_under_a_related_links_heading_stay_when_a_paragraph_follows_another_or_runs_long():
    sections = ["Paris visit planned for weeks", MORE_PROSE[1], MORE_PROSE[2], "Kremlin to cover trade", MORE_PROSE[3]]
    cleaned = clean_text("\n\n".join(["Title here", *PROSE, "Related articles", *sections]))
    assert cleaned.paragraphs[-4:] == [sections[1], sections[2], sections[3], sections[4]]
    long = " ".join(MORE_PROSE[1:3] + MORE_PROSE[4:])  # over 60 words: an article's paragraph
    sections = ["Paris visit planned for weeks", long, "Kremlin to cover trade", MORE_PROSE[3]]
    cleaned = clean_text("\n\n".join(["Title here", *PROSE, "Related articles", *sections]))
    assert cleaned.paragraphs[-3:] == [long, sections[2], sections[3]]


def test_paragraphs_under_a_related_link_and_a_prompt_inside_an_article_stay():
    article = [*PROSE, "Read more: Universities warn of hardship", MORE_PROSE[0], "Sign up for our newsletter"]
    article += [MORE_PROSE[1], "Advertisement", MORE_PROSE[2]]
    cleaned = clean_text("\n\n".join(["Title here", *article]))
    assert cleaned.paragraphs[-3:] == [MORE_PROSE[0], MORE_PROSE[1], MORE_PROSE[2]]


def test_a_link_to_the_authors_page_under_the_title_names_the_author_and_dates_the_page():
    other = LONG.replace("Moscow", "Geneva")
    page = "\n\n".join(
        [
            "# Best Audiobook Subscriptions",
            "[Jane Doe](/author/jane-doe/) July 13, 2025 — 7 min read",
            "[Related story](/news/other-story)",
            LONG,
            other,
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.authors == ["Jane Doe"] and cleaned.published == dates.Published(dt.date(2025, 7, 13))


def test_a_byline_with_its_name_linked_is_read_from_the_link():
    page = "\n\n".join(
        ["# Headline of the story", "By [Jane Doe](/author/jane-doe)Published: Dec 20, 2023", LONG, LONG]
    )
    assert clean_text(page).authors == ["Jane Doe"]


def test_a_byline_under_the_deck_the_article_starts_at_is_read():
    deck = "A new outpost of the chain has landed in town, plus more pizza finds its way to the suburbs."
    page = "\n\n".join(
        ["# Headline of the story", deck, "By [Sofia Gonzalez](/producers/sofia-gonzalez) December 2, 2025", LONG, LONG]
    )
    cleaned = clean_text(page)
    assert cleaned.authors == ["Sofia Gonzalez"] and cleaned.published == dates.Published(dt.date(2025, 12, 2))


OBITUARY = Path(__file__).parent / "corpus" / "multilingual-5" / "raw" / "es_01_necrologica-alfarero-traiguera.md"


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("Mercedes Albiol | Castellón", ["Mercedes Albiol"]),
        ("San Jose, California", []),  # a city's name, no person's
        ("SACHA PFEIFFER, HOST:", []),  # a transcript's speaker
    ],
)
def test_a_credit_line_under_the_deck_the_article_starts_at_is_read_unless_it_names_no_author(credit, names):
    page = OBITUARY.read_text(encoding="utf-8").replace("Mercedes Albiol | Castellón", credit)
    assert clean_text(page).authors == names


@pytest.mark.parametrize(
    ("lede", "day"),
    [
        (f"Lauterbrunn, 3 February 2026. {LONG}", dt.date(2026, 2, 3)),
        (f"NEW YORK, March 3, 2026 – {LONG}", dt.date(2026, 3, 3)),
        (f"SAN FRANCISCO, Jan. 5, 2024 /PRNewswire/ -- {LONG}", dt.date(2024, 1, 5)),
        (f"Berlin, the capital, said in 2026. {LONG}", None),  # no date after the place
        (f"{LONG} Lauterbrunn, 3 February 2026. {LONG}", None),  # a date inside the lede
    ],
)
def test_the_place_and_date_a_lede_opens_with_date_a_page_whose_header_has_none(lede, day):
    cleaned = clean_text("\n\n".join(["# Headline of the press release", lede, LONG.replace("Moscow", "Paris")]))
    assert cleaned.published == (dates.Published(day) if day else None)
    assert cleaned.paragraphs[0] == lede  # the lede stays whole


def test_an_as_of_stamp_dates_a_page_only_when_no_date_says_it_is_the_publication():
    page = "\n\n".join(["# Elbfähre stellt den Betrieb ein", "Von Jonas Brüggemann", "{date}", LONG, LONG])
    stand = "Stand: 08.07.2026, 16:45 Uhr"
    assert clean_text(page.format(date=stand)).published == dates.Published(dt.date(2026, 7, 8))
    dated = page.format(date=f"{stand}\n\nVeröffentlicht: 07.07.2026")
    assert clean_text(dated).published == dates.Published(dt.date(2026, 7, 7))
    assert dates.dateline_kind(stand) is None  # neither the publication's nor an update's words


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("[Joaquin Fernandez](https://iot-analytics.com/author/joaquin-fernandez/)", ["Joaquin Fernandez"]),
        ("[Max Müller](/autoren/max-mueller)", ["Max Müller"]),
        ("[Jens Oberländer](/autor/oberlaender)", ["Jens Oberländer"]),  # an umlaut spelled out in the address
        ("[Jörg Weiß](/autor/weiss)", ["Jörg Weiß"]),
        ('**[Rahul Tyagi](https://x.com/author/rahul-tyagi/ "Posts by Rahul Tyagi")**', ["Rahul Tyagi"]),
        ("[View Full Profile](/author/john-goreham)", []),  # the link's text names no one
        ("[Jane Doe](/team/jane-doe)", []),  # not a folder of authors' pages
        ("[Authors](/authors/)", []),
        # a newsletter platform's writer's profile ("/profile/femke"), not a commenter's far from the headline
        ("[Femke Rozendaal](https://groengrasbeton.nieuwsbrief.nl/profile/femke)", ["Femke Rozendaal"]),
        ("[View profile](https://nieuwsbrief.nl/profile/femke)", []),
        ("### [Felipe Morales Sierra](/autores/Felipe Morales/)", ["Felipe Morales Sierra"]),  # a space in it
        # a browser's text save of a one-link line: its address in angle brackets after its text
        ("Henrike Brauckhage <https://blatt.example/autoren/brauckhage>", ["Henrike Brauckhage"]),
        ("Mehr von Henrike <https://blatt.example/autoren/brauckhage>", []),  # the link's text names no one
        ("Henrike Brauckhage <https://blatt.example/team/brauckhage>", []),  # not a folder of authors' pages
        ("Von Henrike Brauckhage <https://blatt.example/autoren/brauckhage> und mehr", []),  # not the whole line
    ],
)
def test_author_link_names(line, names):
    assert author_link_names(line) == names


def test_a_dateline_between_the_pages_title_and_a_deck_shaped_as_a_headline_dates_the_page():
    other = LONG.replace("Moscow", "Geneva")
    header = ["# Future Outlook of Bluetooth Headphones", "JAN 24, 2025", "## What the next wave of earbuds brings"]
    cleaned = clean_text("\n\n".join(["[Home](/)", *header, LONG, other]))
    assert cleaned.published == dates.Published(dt.date(2025, 1, 24))


def test_a_date_strip_under_a_sites_name_on_a_page_without_an_article_does_not_date_the_page():
    menu = ["[Courts](/courts)", "[Opinions](/opinions)", "[Columns](/columns)"]
    notice = ["## New Corporations", "Company Name", "MURRAYS MOWING LLC", "Agent", "Alexander Murray"]
    header = ["# Daily Legal News", "Wednesday, August 19, 2020", *menu, *notice]
    assert clean_text("\n\n".join(header)).published is None


def test_the_date_right_under_a_title_far_above_the_article_dates_the_page():
    other = LONG.replace("Moscow", "Geneva")
    share = ["[Share](https://www.facebook.com/sharer.php?u=x)", "#### Link Copied!", "![](/hero.jpg)"]
    header = ["# Future Outlook of Bluetooth Headphones", "![](/icon.svg)", "JAN 24, 2025", *share]
    assert clean_text("\n\n".join(["[Home](/)", *header, LONG, other])).published == dates.Published(
        dt.date(2025, 1, 24)
    )


def test_the_date_under_a_titles_deck_far_above_the_article_dates_the_page():
    other = LONG.replace("Moscow", "Geneva")
    share = ["[Share](https://www.facebook.com/sharer.php?u=x)", "#### Link Copied!", "![](/hero.jpg)"]
    deck = "The state's heat waves and fires offer a warning of the future."
    header = ["# Future Outlook of Bluetooth Headphones", deck, "JAN 24, 2025", "[Leah Stokes](/author/leah)", *share]
    assert clean_text("\n\n".join(["[Home](/)", *header, LONG, other])).published == dates.Published(
        dt.date(2025, 1, 24)
    )


def test_the_first_entrys_date_of_an_events_list_under_a_far_title_does_not_date_the_page():
    entries = ["[FABCON](/fabcon)", "Atlanta, United States", LONG, "March 16, 2026", "[NVIDIA GTC](/gtc)"]
    deck = "List of upcoming events and tech conferences of special interest to managed service providers."
    header = ["# Top IT Conferences in the United States 2026", deck, "* March 16, 2026"]
    assert clean_text("\n\n".join(["[Home](/)", *header, *entries, LONG.replace("Moscow", "Geneva")])).published is None


def test_an_update_right_under_a_title_far_above_the_article_does_not_date_the_page():
    other = LONG.replace("Moscow", "Geneva")
    share = ["[Share](https://www.facebook.com/sharer.php?u=x)", "#### Link Copied!", "![](/hero.jpg)"]
    header = ["# Future Outlook of Bluetooth Headphones", "Updated Jan 24, 2025", *share]
    assert clean_text("\n\n".join(["[Home](/)", *header, LONG, other])).published is None


def test_a_date_under_the_lede_of_a_page_whose_header_dates_were_refused_does_not_date_it():
    entries = ["## FABCON", "Atlanta, United States", LONG, "* March 16, 2026", "## NVIDIA GTC", "San Jose"]
    header = ["* March 16, 2026", "# Top IT Conferences in the United States 2026", "Upcoming events for MSPs."]
    assert clean_text("\n\n".join(["[Home](/)", *header, *entries])).published is None


def _author_box(*lines: str) -> list[str]:
    cleaned = clean_text("\n\n".join(["# A headline about the talks", *PROSE, *lines]))
    return [removal.text for removal in cleaned.removed if removal.rule == "author_bio"]


def test_an_author_box_after_the_article_goes_with_its_name_photo_and_bio():
    bio = "Jane Doe covers diplomacy for the paper and was its correspondent in Moscow and Paris for ten years."
    box = ["## About the author", "![](https://example.com/jane.jpg)", "#### Jane Doe", bio]
    assert _author_box(*box) == ["## About the author", "#### Jane Doe", bio]
    assert clean_text("\n\n".join(["# A headline about the talks", *PROSE, *box])).paragraphs == PROSE


def test_an_author_box_ends_at_the_next_heading_that_is_not_a_name():
    assert _author_box("About Jane Doe", "## What happens next", *MORE_PROSE[:2]) == ["About Jane Doe"]


def test_a_menu_entry_or_a_header_widget_heads_no_author_box():
    assert _author_box("* About Jane Doe", MORE_PROSE[0]) == ["* About Jane Doe"]
    lede = "Time is not on the minister's side."
    page = "\n\n".join(["# A headline about the talks", "By Jane Doe", "About Jane Doe", lede, *PROSE])
    cleaned = clean_text(page)
    assert [r.text for r in cleaned.removed if r.rule == "author_bio"] == ["About Jane Doe"]
    assert cleaned.paragraphs == [lede, *PROSE]


@pytest.mark.parametrize(
    ("kind", "line"),
    [
        ("table row", "Endstand intern 15:6 7:14 13:4 21:1"),
        ("table row", "1     Kyle Busch             5040         5      1     17      27"),
        ("table row", "WM-Rang (Punkte) | 15 (29) | 7 (95) | 10 (75) | 9 (110)"),
        ("table row", "Punkte/Rennen | 8,3 | 1,5"),
        ("table row", "Ø Abstand - 0,176 + 0,115 - 0,405 - 0,463"),
        ("code", "from django.conf import settings"),
        ("code", "import ctypes"),
        ("code", "http_response_len = len(http_response)"),
        ("code", "if err != nil {"),
        ("code", 'fmt.Println("Panicking!")'),
        ("code", "std::vector<int> values;"),
        ("code", "return ctypes.cast(addr, ctypes.POINTER(type_))"),
    ],
)
def test_a_table_row_or_a_line_of_code_is_neutral(kind, line):
    from cleaners.regions import is_code, is_table_row, prose_score

    assert {"table row": is_table_row, "code": is_code}[kind](line)
    assert prose_score(line) == 0


@pytest.mark.parametrize(
    "line",
    [
        "Image 1 of 4",  # a gallery's counter
        "Week 12 power rankings (133)",  # a headline and its comment count
        "35€ 60€ 120€",  # figures without a label
        "November 19, 2019 at 6:34 am",  # a comment's stamp
        "3. theprocess12 says:",  # a list's numbering
        "Nicholas Collins [email protected] +1 650 354 4020",  # a contact
        "Home News Sport",
    ],
)
def test_lines_of_few_figures_dates_or_phone_numbers_are_no_table_rows(line):
    from cleaners.regions import is_table_row

    assert not is_table_row(line)


@pytest.mark.parametrize("line", ["20:58", "9:05", "14h05"])
def test_a_live_blogs_entry_stamp_is_neutral(line):
    from cleaners.regions import is_entry_time, prose_score

    assert is_entry_time(line)
    assert prose_score(line) == 0


@pytest.mark.parametrize("line", ["20:58 Final", "Posted at 20:58", "1:0", "2026", "12.50", "Home"])
def test_a_time_among_words_or_a_bare_figure_is_no_entry_stamp(line):
    from cleaners.regions import is_entry_time

    assert not is_entry_time(line)


LIVE_BLOGS = {
    "en": (
        "Live: Harbour Town 2-2 Fenwick in the county derby",
        [
            "Full time at the Quay. Fenwick led until the 88th minute and the home side saved a point with a header.",
            "Goal for Fenwick. A textbook counter: a steal in midfield, a pass into space and a low finish.",
            "Half time. Harbour Town lead thanks to a penalty in the 31st minute after a clear handball in the box.",
        ],
        "Get the app",
        "Kick-off at the Quay in front of more than 4,000 fans, the best crowd of the season for the home side.",
    ),
    "es": (
        "Directo | Cádiz B 2-2 Xerez: empate en el derbi de la bahía",
        [
            "Final en el Rosal. Reparto de puntos en un derbi que el Xerez tuvo ganado hasta el minuto 88 del partido.",
            "Gol del Xerez. Contragolpe de manual: robo en el centro del campo, pase al hueco y definición cruzada.",
            (
                "Descanso. El Cádiz B se va por delante gracias a un penalti "
                "transformado en el minuto 31 de la primera parte."
            ),
        ],
        "Descarga nuestra app para seguir todos los partidos en directo.",
        (
            "Arranca el partido ante algo más de 4.000 espectadores, la mejor "
            "entrada de la temporada en el estadio del filial."
        ),
    ),
    "fr": (
        "En direct : Rennes 1-1 Brest, le derby breton se termine sur un nul",
        [
            (
                "Fin du match au Roazhon Park. Brest menait jusqu'à la 88e "
                "minute avant l'égalisation de la tête du capitaine."
            ),
            (
                "But de Brest ! Une contre-attaque parfaite : récupération au "
                "milieu, passe en profondeur et frappe croisée."
            ),
            (
                "Mi-temps. Rennes ne parvient pas à trouver la faille malgré une "
                "domination nette dans la possession du ballon."
            ),
        ],
        "Téléchargez notre application pour suivre tous les matchs en direct.",
        "Coup d'envoi devant plus de 28 000 spectateurs, la meilleure affluence de la saison dans le stade rennais.",
    ),
}


@pytest.mark.parametrize("language", sorted(LIVE_BLOGS))
def test_a_live_blogs_first_entry_under_an_app_prompt_and_its_stamp_stays(language):
    headline, entries, prompt, first_entry = LIVE_BLOGS[language]
    stamped = [part for time, entry in zip(["20:58", "20:41", "19:35"], entries, strict=True) for part in (time, entry)]
    page = "\n\n".join([*MENU, f"# {headline}", *stamped, prompt, "18:30", first_entry, "© 2026 Matchday Media"])
    cleaned = clean_text(page)
    assert cleaned.paragraphs[-1] == first_entry
    assert prompt not in cleaned.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "2 cups plain flour, sifted",
        "250 g Mehl",
        "2 EL Olivenöl",
        "3 c. à soupe d'huile d'olive",
        "1 cucharadita de sal",
        "2 spicchi d'aglio",
        "½ xícara de açúcar",
        "2 eetlepels boter",
        "1 стакан гречневой крупы",
        "200 г овечої бринзи, 150 г сала",
        "2 łyżki masła",
    ],
)
def test_an_ingredients_line_is_neutral(line):
    from cleaners.regions import is_ingredient_line, prose_score

    assert is_ingredient_line(line)
    assert prose_score(line) == 0


@pytest.mark.parametrize(
    "line", ["12 reacties", "5 min read", "2 days ago", "100 g", "3 Kommentare", "4 comentarios", "Sugar 2 cups"]
)
def test_a_count_or_a_bare_measure_is_no_ingredients_line(line):
    from cleaners.regions import is_ingredient_line

    assert not is_ingredient_line(line)


RECIPES = {
    "en": (
        (
            "Polenta is a northern Italian porridge of cornmeal, served with "
            "cheese and butter on cold evenings in the hills."
        ),
        ["1 cup coarse cornmeal", "4 cups water, salt", "200 g fontina, 50 g butter"],
        [
            "Bring the water to the boil, salt it and pour in the cornmeal in a thin stream, stirring all the time.",
            "Cook it over a low heat for forty minutes, then stir in the cheese and the butter and serve it at once.",
        ],
    ),
    "de": (
        (
            "Kaspressknödel sind ein Tiroler Gericht aus altem Brot und "
            "würzigem Käse, das in der Suppe oder mit Salat kommt."
        ),
        ["250 g Knödelbrot", "150 g Bergkäse, 2 Eier", "125 ml Milch, Salz"],
        [
            (
                "Das Brot mit dem geriebenen Käse mischen, die Eier mit der Milch "
                "verquirlen und darüber gießen und ziehen lassen."
            ),
            (
                "Aus der Masse flache Laibchen formen und sie in heißem Fett auf "
                "beiden Seiten goldbraun und knusprig braten."
            ),
        ],
    ),
    "uk": (
        "Кулеша — це гуцульська мамалига, яку варять із кукурудзяної крупи і подають із бринзою та шкварками на свята.",
        ["1 склянка кукурудзяної крупи", "4 склянки води, сіль", "200 г овечої бринзи, 150 г сала"],
        [
            (
                "Воду доведіть до кипіння, посоліть і тонкою цівкою всипте крупу, "
                "постійно помішуючи дерев'яною ложкою до кінця."
            ),
            (
                "Сало наріжте кубиками й обсмажте до хрусткої скоринки, кулешу "
                "викладіть на дошку і полийте шкварками з жиром."
            ),
        ],
    ),
    "pl": (
        (
            "Kluski śląskie to proste danie z ziemniaków i mąki ziemniaczanej, "
            "które w wielu domach podaje się do niedzielnej pieczeni."
        ),
        ["1 kg ziemniaków", "1 szklanka mąki ziemniaczanej", "1 łyżeczka soli"],
        [
            (
                "Ugotowane ziemniaki przeciśnij przez praskę, wyrównaj i odejmij "
                "ćwierć masy, a w to miejsce wsyp mąkę ziemniaczaną."
            ),
            (
                "Z ciasta formuj kulki, zrób w każdej wgłębienie kciukiem i gotuj "
                "je w osolonej wodzie kilka minut po wypłynięciu."
            ),
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(RECIPES))
def test_a_recipes_intro_over_an_ingredients_list_under_no_heading_stays(language):
    intro, ingredients, steps = RECIPES[language]
    page = "\n\n".join([*MENU, "# Recipe of the week", "By Maria Fedorchak", intro, *ingredients, *steps, *MENU])
    assert clean_text(page).paragraphs == [intro, *ingredients, *steps]


def test_a_table_of_figures_between_paragraphs_does_not_cut_the_article():
    table = [f"Team {name} | {n} | {n + 3} | {2 * n} | {n % 4}" for n, name in enumerate("ABCDEF", 1)]
    cleaned = clean_text("\n\n".join([*MENU, "Title here", *PROSE[:2], *table, *MORE_PROSE, *MENU]))
    assert cleaned.paragraphs == [*PROSE[:2], *table, *MORE_PROSE]


@pytest.mark.parametrize(
    "line",
    [
        "{{#count}} Neue Nachrichten {{/count}}",  # a template's placeholders: the site's chrome
        "{* backButton *}",
        "Mandarine(n), je ca.",
        "Bekomme immer noch den Fehler 801812C1 =(",  # an emoticon, no assignment
        "Home News Sport",
        "Return to top",
    ],
)
def test_templates_emoticons_and_menus_are_no_code(line):
    from cleaners.regions import is_code

    assert not is_code(line)


def test_a_code_block_between_paragraphs_does_not_cut_the_article():
    code = [
        "from django.conf import settings",
        "from django.core.cache import cache",
        "def clear_versions():",
        "version = cache.get('static_version')",
        "cache.set('static_version', version + 1)",
        "return version",
        "CACHE_VERSION = settings.STATIC_VERSION",
        "cache.delete_many(keys)",
    ]
    cleaned = clean_text("\n\n".join([*MENU, "Title here", *PROSE[:2], *code, *MORE_PROSE, *MENU]))
    assert cleaned.paragraphs == [*PROSE[:2], *code, *MORE_PROSE]


def test_a_teaser_under_a_copyright_line_stays_outside_the_article_but_one_under_a_newsletter_prompt_joins_it():
    teaser = "The city council of Lyon voted on Monday to widen three cycle lanes along the river before the summer."
    article = [*PROSE, *MORE_PROSE[:2]]
    cleaned = clean_text("\n\n".join(["Title here", *article, "© Midland Courier Ltd", teaser]))
    assert cleaned.paragraphs == article  # one prose line's worth does not outweigh the site's footer
    assert [r.rule for r in cleaned.removed][-2:] == ["copyright", "outside_article"]
    cleaned = clean_text("\n\n".join(["Title here", *article, "Subscribe to our newsletter", teaser]))
    assert cleaned.paragraphs == [*article, teaser]  # a prompt inside the article: its last paragraph follows


# A consent manager's text as dumps hold it after the footer: more prose than a short news item.
CONSENT_DIALOGS = {
    "en": [
        "Manage cookie consent",
        (
            "We use technologies like cookies to store and/or access device information, and we do this to improve "
            "your browsing experience and to show you personalised ads."
        ),
        "Functional",
        (
            "The technical storage or access is strictly necessary for the legitimate purpose of enabling the use of a "
            "specific service explicitly requested by the subscriber or user."
        ),
        "Statistics",
        (
            "The technical storage or access that is used exclusively for statistical purposes, which cannot identify "
            "you on its own without a subpoena or additional records from a third party."
        ),
        "Marketing",
        (
            "The technical storage or access is required to create user profiles to send advertising, or to track the "
            "user on a website or across several websites for similar marketing purposes."
        ),
    ],
    "de": [
        "Cookie-Zustimmung verwalten",
        (
            "Die technische Speicherung oder der Zugang ist unbedingt erforderlich für den rechtmäßigen Zweck, die "
            "Nutzung eines bestimmten Dienstes zu ermöglichen, der vom Nutzer ausdrücklich gewünscht wird."
        ),
        "Vorlieben",
        (
            "Die technische Speicherung oder der Zugriff ist für den rechtmäßigen Zweck der Speicherung von "
            "Präferenzen erforderlich, die nicht vom Abonnenten oder Benutzer angefordert wurden, so steht es hier."
        ),
        "Statistiken",
        (
            "Die technische Speicherung oder der Zugriff, der ausschließlich zu statistischen Zwecken erfolgt und ohne "
            "weitere Aufzeichnungen von Dritten in der Regel nicht dazu verwendet werden kann, Sie zu identifizieren."
        ),
    ],
    "fr": [
        "Paramétrer les cookies",
        (
            "Soucieux de la protection de vos données personnelles, nous vous informons que sur ce site, nous et nos "
            "partenaires utilisons des cookies et autres traceurs pour les finalités suivantes."
        ),
        (
            "En cliquant sur « Tout accepter », vous acceptez que le site et les tiers utilisent des cookies et autres "
            "traceurs pour la mesure d'audience et le partage avec les réseaux sociaux."
        ),
        (
            "En cliquant sur « Tout refuser », vous refusez que le site et les tiers utilisent ces cookies et autres "
            "traceurs, à l'exception de ceux qui sont strictement nécessaires au fonctionnement du site."
        ),
    ],
}


@pytest.mark.parametrize("language", sorted(CONSENT_DIALOGS))
def test_a_consent_dialog_longer_than_the_article_is_not_the_article(language):
    dialog = CONSENT_DIALOGS[language]
    page = "\n\n".join(["Title here", *PROSE, "Contact Us", "Privacy", *MENU, *dialog])
    cleaned = clean_text(page)
    assert cleaned.paragraphs == PROSE
    assert {r.text for r in cleaned.removed if r.rule == "outside_article"} >= {*dialog[1:]}


def test_an_article_that_quotes_a_consent_banner_stays_whole():
    quoting = [
        "The regulator found that the banner's text, which said the site used cookies, misled readers.",
        "Its report quotes the consent dialog and its buttons word for word before it turns to the fines.",
    ]
    article = [*PROSE[:2], *quoting, *MORE_PROSE[:2]]  # two of six paragraphs name consent words
    cleaned = clean_text("\n\n".join(["Title here", *MENU, *article, *MENU]))
    assert cleaned.paragraphs == article


def test_a_page_that_is_only_about_cookies_keeps_its_prose():
    dialog = CONSENT_DIALOGS["en"]
    cleaned = clean_text("\n\n".join([*MENU, *dialog, *MENU]))
    assert cleaned.paragraphs == dialog[1:]


CITIES = (
    "Select a City... Albuquerque Ann Arbor Ashburn Atlanta Austin Baltimore Beaverton Bellevue Birmingham Boston "
    "Chicago Cincinnati Columbus Dallas Denver Detroit Houston Indianapolis Kansas City Las Vegas Los Angeles "
    "Louisville Memphis Miami Milwaukee Minneapolis Nashville New Orleans New York Oakland Orlando Philadelphia "
    "Phoenix Pittsburgh Portland Raleigh Sacramento San Diego San Francisco Seattle Tampa Washington Boise Buffalo "
    "Charlotte Cleveland Dayton Durham El Paso Fresno Honolulu Jacksonville Lexington Madison Omaha Reno Richmond"
)
SIGN_UP = [
    "Sign up for updates and let us help you plan the best weekend, with our daily picks of things to do.",
    "# SIGN UP",
    CITIES,
]


def test_a_line_of_names_run_together_is_no_prose_of_names():
    from cleaners.regions import names_run_together

    assert names_run_together(CITIES)
    german = (
        "Die Bundesregierung hat am Dienstag in Berlin beschlossen, dass die Förderung für Wärmepumpen im "
        "kommenden Jahr steigen soll, wie das Ministerium für Wirtschaft und Klimaschutz mitteilte."
    )
    assert not names_run_together(german)  # German capitalises its nouns, not nearly every word
    assert not names_run_together("Albuquerque Ann Arbor Ashburn Atlanta Austin")  # too short to tell


def test_a_sign_up_form_whose_prose_is_mostly_a_list_of_names_is_not_the_article():
    page = "\n\n".join(["Title here", *PROSE, "Contact Us", "Privacy", *MENU, *SIGN_UP])
    cleaned = clean_text(page)
    assert cleaned.paragraphs == PROSE
    assert CITIES in {r.text for r in cleaned.removed if r.rule == "outside_article"}


def test_a_list_of_names_passed_over_leaves_the_header_where_it_was_read():
    # a page whose article its dump lacks: the headline stands over a country selector, prose elsewhere
    page = "\n\n".join([*PROSE, *MENU, "# Promo terms for custom skincare sets", CITIES])
    cleaned = clean_text(page)
    assert cleaned.paragraphs == PROSE
    assert cleaned.title == "Promo terms for custom skincare sets"


def test_an_article_with_a_list_of_names_in_it_stays_whole():
    article = [*PROSE, CITIES, *MORE_PROSE]  # the names are a few of its words, not most
    cleaned = clean_text("\n\n".join(["Title here", *MENU, *article, *MENU]))
    assert cleaned.paragraphs == article


COMMENTS_BUTTON_LEDE = (
    "A powerful alliance of chefs and charities today urges the government to block cheap imported food, "
    "warning that farmers and families alike would pay the price."
)


@pytest.mark.parametrize(
    "button",
    [
        "View\ncomments",
        "* Comments",
        "Kommentare",
        "Comentarios",
        "Commenti",
        "Comentários",
        "Reacties",
        "Комментарии",
        "Коментарі",
        "Komentarze",
    ],
)
def test_a_comments_button_right_above_the_lede_does_not_cut_the_article(button):
    cleaned = clean_text("\n".join(["Title here", "845 shares", button, COMMENTS_BUTTON_LEDE, *PROSE]))
    assert cleaned.paragraphs == [COMMENTS_BUTTON_LEDE, *PROSE]
    assert any(button.endswith(r.text) for r in cleaned.removed)  # the button itself goes


@pytest.mark.parametrize(
    "label",
    ["Comments", "## Comments", "36 Comments", "Join the conversation"],
)
def test_a_comments_heading_over_a_comment_still_cuts_the_comments(label):
    """Near misses: a comment section opens with a commenter's name, or under a heading or a phrase
    ('Join the conversation' over its blurb), which no prose that follows makes a button."""
    first = "jdoe says:" if not label.startswith(("#", "Join")) else COMMENTS_BUTTON_LEDE
    cleaned = clean_text("\n\n".join(["Title here", *PROSE, label, first, *MORE_PROSE]))
    assert cleaned.paragraphs == PROSE


@pytest.mark.parametrize("label", ["Moderation Log", "Product Specifications", "Share Resource"])
def test_a_name_shaped_line_under_the_byline_is_no_co_author(label):
    for byline in ("By Sara Brown", "Sara Brown"):
        page = "\n\n".join(["# Machine learning, explained", byline, label, LONG, LONG])
        assert clean_text(page).authors == ["Sara Brown"]
    assert clean_text("\n\n".join(["# Machine learning, explained", label, LONG, LONG])).authors == [label]


@pytest.mark.parametrize("label", ["In This Article", "Add Us On", "Tips for Online Success", "Why It Matters"])
def test_a_name_shaped_line_holding_a_function_word_names_no_one(label):
    assert clean_text("\n\n".join(["# Machine learning, explained", label, LONG, LONG])).authors == []


@pytest.mark.parametrize("name", ["Marna van der Merwe", "The Upwork Team", "Verónica de Vita"])
def test_a_names_particles_and_a_teams_first_article_stay_in_a_name_line(name):
    assert clean_text("\n\n".join(["# Machine learning, explained", name, LONG, LONG])).authors == [name]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Court reporter Priya Castellane", ["Priya Castellane"]),  # a writer's role run before the name
        ("Senior Staff Writer Jane Doe", ["Jane Doe"]),
        ("Redakteurin Anna Müller", ["Anna Müller"]),
        ("Editor Picks", []),  # one word after the role: no name
        ("Writer Jane", []),
        ("Photographer Jane Doe", []),  # a picture's credit, no writer's
        ("Fact checked Jane Doe", []),  # another credit than the writing
        ("Grabungsleiterin Friederike Aumüller", ["Friederike Aumüller"]),  # a compound ending with a role
        ("Dr Abimbola Whitcombe, Local Studies Librarian", ["Abimbola Whitcombe"]),  # the role after it
        ("Jane Doe, Senior Policy Analyst", ["Jane Doe"]),
        ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),  # near miss: a co-author
    ],
)
def test_a_writers_role_run_before_a_name_line_is_no_part_of_the_name(line, authors):
    assert clean_text("\n\n".join(["# Machine learning, explained", line, LONG, LONG])).authors == authors


MENU = [f"* Menu entry number {n}" for n in range(12)]


def test_a_by_line_far_from_the_headline_is_read_only_when_none_is_near():
    facets = ["By Use Case", *MENU]  # a facet menu's "By Use Case" far above the headline
    page = "\n\n".join([*facets, "# IT security best practices", "Trevor Jackins", LONG, LONG])
    assert clean_text(page).authors == ["Trevor Jackins"]
    lone = "\n\n".join(["By Jane Doe", *MENU, "# IT security best practices", LONG, LONG])
    assert clean_text(lone).authors == ["Jane Doe"]  # the header's only "By"-line


def test_a_credit_line_far_from_the_headline_is_a_place_not_an_author():
    places = ["Chapel Hill, NC", *MENU]
    assert clean_text("\n\n".join([*places, "# Best colleges in the South", LONG, LONG])).authors == []
    near = ["# Best colleges in the South", "Jane Doe, Reuters"]
    assert clean_text("\n\n".join([*near, LONG, LONG])).authors == ["Jane Doe"]


def test_a_credit_line_right_over_the_articles_start_is_read_however_far_the_headline():
    shares = [f"* Share on network {n}" for n in range(10)]
    page = "\n\n".join(["# Heizen mit Abfallholz", *shares, "Amelie Siekmann,", LONG, LONG])
    assert clean_text(page).authors == ["Amelie Siekmann"]


def test_the_credit_line_under_a_reviewers_label_is_no_authors():
    header = ["# The best tax software", "By", "Genevieve Carlton, Ph.D.", "Reviewed by", "Colin Smith, CPA"]
    assert clean_text("\n\n".join([*header, LONG, LONG])).authors == ["Genevieve Carlton"]


@pytest.mark.parametrize(
    ("chunk", "names"),
    [
        ("Korin MillerPublished: Jan 29, 2025", ["Korin Miller"]),
        ("Rhonda Krause UpdatedJanuary 3, 2024", ["Rhonda Krause"]),
        ("Sonia Mevissen Erstellt", ["Sonia Mevissen"]),
        ("Jana Roth veröffentlicht", ["Jana Roth"]),
        ("Ann Publishedsen", ["Ann Publishedsen"]),  # a name that only starts like a label
        ("Date Smith", ["Date Smith"]),  # a label's word first is no label after a name
    ],
)
def test_a_date_label_run_into_a_name_ends_it(chunk, names):
    assert split_byline_names(chunk) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [("ByTrevor Jones", ["Trevor Jones"]), ("PorRodolfo Costa", ["Rodolfo Costa"]), ("DiCaprio Jones", None)],
)
def test_a_by_word_run_into_the_name_is_read_apart_unless_it_is_a_particle(line, names):
    assert parse_text_byline(line, line) == names


def test_a_line_of_names_joined_by_a_joiner_is_read_whole():
    page = "\n\n".join(["# A tram line opens again", "Jane Doe and John Roe", LONG, LONG])
    assert clean_text(page).authors == ["Jane Doe", "John Roe"]


TEASERS = [  # a site's list under the article: headline, author's name, bare date, blurb
    (
        "Why the council's budget vote was a turning point",
        "Jane Roe",
        "Tuesday November 19, 2019",
        (
            "The council voted on Tuesday to approve a budget that raises spending on schools and roads, and "
            "members on both sides said the debate had been the longest they could remember in years."
        ),
    ),
    (
        "What the new rail timetable means for commuters",
        "John Doe",
        "Monday November 18, 2019",
        (
            "Commuters in the north of the city will wait longer for their trains from next month, while those "
            "in the south will gain two extra services an hour at the busiest times of the morning."
        ),
    ),
    (
        "A museum reopens after three years of repairs",
        "Ann Smith",
        "Sunday November 17, 2019",
        (
            "The museum opened its doors again on Sunday after three years of repairs to its roof and walls, "
            "and the first visitors queued for more than an hour to see the restored paintings inside."
        ),
    ),
]


def test_dated_teasers_under_an_article_are_not_the_article():
    teasers = [line for teaser in TEASERS for line in teaser]
    page = "\n\n".join(["Title here", *MENU, *PROSE, *MORE_PROSE[:3], *teasers, *MENU])
    cleaned = clean_text(page)
    assert cleaned.paragraphs == [*PROSE, *MORE_PROSE[:3]]
    removed = {r.text: r.rule for r in cleaned.removed}
    assert all(removed[teaser[3]] == "outside_article" for teaser in TEASERS)


def test_a_dateline_under_the_deck_keeps_the_article_whole():
    deck = "The French minister says an expanded coalition is needed to stop the group in Syria and Iraq."
    page = "\n\n".join(["Title here", *MENU, deck, "20.12.2022", *PROSE, *MORE_PROSE, *MENU])
    cleaned = clean_text(page)
    assert cleaned.paragraphs == [deck, *PROSE, *MORE_PROSE]


def test_an_agenda_of_dated_entries_keeps_its_entries():
    events = []
    for day, teaser in zip(("March 16, 2026", "March 17, 2026", "March 18, 2026"), TEASERS, strict=True):
        events += [f"* {day}", teaser[0], teaser[3]]
    cleaned = clean_text("\n\n".join(["Upcoming events", *MENU, *events, *MENU]))
    assert [teaser[3] for teaser in TEASERS] == [p for p in cleaned.paragraphs if p in {t[3] for t in TEASERS}]


def test_an_embedded_posts_signature_is_no_teaser_stamp():
    posts = [
        "— The City Council (@CityCouncil) October 9, 2018",
        "The council observed a minute of silence in honour of the former speaker and the two members who died.",
        "— Jane Roe (@janeroe) October 9, 2018",
    ]
    article = [*PROSE[:1], *posts, *MORE_PROSE[:1]]
    cleaned = clean_text("\n\n".join(["Title here", *MENU, *article, *MENU]))
    assert cleaned.paragraphs == article


TEASER_HEADLINES = [
    "Drunk man drives a tractor through the streets of a small town in the north",
    "Amsterdam mayor says that tourists who humiliate sex workers are not welcome",
    "Worst deal ever as the city tries to raise the price of hosting the summer games",
    "There is a galaxy hurtling towards our own that could wipe out life on Earth",
]


def test_teaser_headlines_under_an_article_are_not_the_article():
    page = "\n\n".join(["Title here", *MENU, *PROSE, *MORE_PROSE[:3], "Trends", *TEASER_HEADLINES, *MENU])
    cleaned = clean_text(page)
    assert cleaned.paragraphs == [*PROSE, *MORE_PROSE[:3]]
    removed = {r.text: r.rule for r in cleaned.removed}
    assert all(removed[headline] == "outside_article" for headline in TEASER_HEADLINES)


def test_a_list_of_headline_like_lines_inside_an_article_stays():
    article = [*PROSE, *TEASER_HEADLINES, *MORE_PROSE[:3]]
    assert clean_text("\n\n".join(["Title here", *MENU, *article, *MENU])).paragraphs == article


def test_a_closing_list_under_a_lead_in_stays():
    article = [*PROSE, *MORE_PROSE[:3], "The new season brings:", *TEASER_HEADLINES]
    assert clean_text("\n\n".join(["Title here", *MENU, *article, *MENU])).paragraphs == article


MENU_ON_ONE_LINE = (
    "Latest Players FIFA 21 Players Team of the Season Team of the Week Team of the Year Ones To Watch Player of "
    "the Month SBC Solutions"
)


def test_a_menu_run_together_on_one_line_is_not_prose():
    from cleaners.regions import prose_score

    assert prose_score(MENU_ON_ONE_LINE) < 0  # function words ("of the"), but no punctuation at all
    # near misses: a long bullet, a sentence with a stop, a comma or a dash
    assert prose_score(MENU_ON_ONE_LINE, list_item=True) > 0
    assert prose_score(LONG) > 0
    assert prose_score(MENU_ON_ONE_LINE.replace("Season", "Season,")) > 0
    assert (
        prose_score(
            "Trying to build an online business because you have deep expertise on a topic — but you feel overwhelmed"
        )
        > 0
    )


WARNING = (
    "Strict Standards: Non-static method nggGallery::get_option() should not be called statically in "
    "/www/htdocs/wp-content/plugins/nextgen-gallery/nggfunctions.php on line 813"
)


def test_a_php_warning_is_neither_prose_nor_the_headline():
    from cleaners.regions import prose_score

    assert prose_score(WARNING) == 0
    cleaned = clean_text("\n\n".join(["Holiday pictures from the seaside", WARNING, *PROSE, WARNING]))
    assert cleaned.title == "Holiday pictures from the seaside"
    assert prose_score("The plugin's settings.php on the server had to be rewritten before the update went out.") > 0


def test_the_language_is_identified_from_sentences_not_from_menus_run_together():
    from cleaners.text_page import _prose_sample, identify_language

    menus = [
        "Home News Sport Business Technology Science Health Entertainment Travel Weather Video Audio Live Shop",
        "Popular Latest Most Read Opinion Podcasts Newsletters Games Crosswords Puzzles Subscribe Sign In Search",
    ] * 2
    german = [
        "Der Gemeinderat hat am Dienstag beschlossen, die Brücke über den Fluss im kommenden Jahr zu sanieren.",
        "Die Arbeiten sollen im Frühjahr beginnen und werden nach Angaben der Stadt etwa acht Monate dauern.",
        "Während der Bauzeit wird der Verkehr über eine Umleitung durch das Gewerbegebiet im Norden geführt.",
    ]
    assert identify_language(_prose_sample(split_lines("\n\n".join([*menus, *german])))) == "de"
    # too few sentences: the long lines of any kind, as before
    assert identify_language(_prose_sample(split_lines("\n\n".join([*menus, german[0]])))) == "en"


BIO = "Jane Doe is a senior writer for the paper and has covered diplomacy from Paris and Moscow since 2015."


def _bylined(*body: str) -> CleanedText:
    return clean_text("\n\n".join(["[Home](/)", "# A headline about the talks", "By Jane Doe", *body, "Share"]))


def test_a_bio_opening_with_the_bylines_name_at_the_articles_end_goes():
    more = "She has written two books about the region and teaches a course on the history of its diplomacy."
    cleaned = _bylined(*PROSE, *MORE_PROSE, BIO, more)
    assert cleaned.authors == ["Jane Doe"]
    assert [r.text for r in cleaned.removed if r.rule == "author_bio"] == [BIO, more]
    assert cleaned.paragraphs == [*PROSE, *MORE_PROSE]


def test_a_bio_of_a_few_words_opening_with_the_bylines_name_goes_and_the_name_alone_stays():
    short = "Jane Doe is the county's consumer ombudsman."  # too short to score as prose
    cleaned = _bylined(*PROSE, *MORE_PROSE, short)
    assert [r.text for r in cleaned.removed if r.rule == "author_bio"] == [short]
    assert cleaned.paragraphs == [*PROSE, *MORE_PROSE]
    # near miss: the name alone under the article, a signature, is no bio
    assert not [r.text for r in _bylined(*PROSE, *MORE_PROSE, "Jane Doe.").removed if r.rule == "author_bio"]


FIRST_NAME_BIO = "Jane has covered diplomacy from Paris and Moscow since 2015 and teaches a course on its history."


def test_a_bio_opening_with_the_bylines_first_name_and_a_verb_goes():
    cleaned = _bylined(*PROSE, *MORE_PROSE, FIRST_NAME_BIO)
    assert [r.text for r in cleaned.removed if r.rule == "author_bio"] == [FIRST_NAME_BIO]


def test_a_german_bio_opening_with_the_bylines_name_goes():
    prose = [
        "Die Ministerin sagte am Dienstag, dass die Gespräche in Moskau gut verlaufen seien und weitergehen würden.",
        "In einem Interview im französischen Fernsehen erklärte der Minister, dass sich die Haltung geändert habe.",
        "Die Diplomaten erwarten zum Ende des Besuchs eine gemeinsame Erklärung, deren Wortlaut noch offen ist.",
        "Beide Regierungen haben versprochen, vor der nächsten Runde ihre Erkenntnisse miteinander zu teilen.",
    ]
    bio = "Reiner Nagel ist Architekt, Stadtplaner und seit vielen Jahren Redakteur für Außenpolitik bei der Zeitung."
    page = "\n\n".join(["# Eine Überschrift zu den Gesprächen", "Von Reiner Nagel", *prose, bio])
    cleaned = clean_text(page)
    assert cleaned.authors == ["Reiner Nagel"]
    assert cleaned.paragraphs == prose
    unnamed = "Der Autor ist Redakteur im Ressort Politik."  # the bio without the name
    assert clean_text(page.replace(bio, unnamed)).paragraphs == prose


LINKED_BIO = "Studiert im Master Kulturwissenschaft und schreibt hier über Mode, Tierschutz und nachhaltiges Reisen."


def test_a_bio_under_its_writers_name_linked_to_their_page_goes():
    page = [
        "# A headline about the talks",
        *PROSE,
        *MORE_PROSE,
        "[ Julia Esdar ](https://example.com/author/julia-esdar/)",
    ]
    cleaned = clean_text("\n\n".join([*page, LINKED_BIO, "Share"]))
    assert [r.text for r in cleaned.removed if r.rule == "author_bio"] == [LINKED_BIO]
    assert cleaned.paragraphs == [*PROSE, *MORE_PROSE]


@pytest.mark.parametrize(
    ("case", "link"),
    [
        ("a tag's page", "[Julia Esdar](https://example.com/tag/julia-esdar/)"),
        ("a link to the author's page that names no one", "[More posts](https://example.com/author/julia-esdar/)"),
    ],
)
def test_prose_under_a_link_that_is_no_writers_name_stays(case: str, link: str) -> None:
    cleaned = clean_text("\n\n".join(["# A headline about the talks", *PROSE, *MORE_PROSE, link, LINKED_BIO]))
    assert LINKED_BIO in cleaned.paragraphs, case


def test_a_bio_line_opening_with_the_words_for_the_author_goes():
    bio = "The author is a reporter based in Leeds and covers the region's courts."
    cleaned = _bylined(*PROSE, *MORE_PROSE, bio)
    assert [r.text for r in cleaned.removed if r.rule == "author_bio"] == [bio]
    assert cleaned.paragraphs == [*PROSE, *MORE_PROSE]


def test_a_short_bio_line_heads_no_author_box():
    bio = "The writer lives in Bristol."
    cleaned = _bylined(*PROSE, bio, *MORE_PROSE)
    assert [r.text for r in cleaned.removed if r.rule == "author_bio"] == [bio]
    assert cleaned.paragraphs == [*PROSE, *MORE_PROSE]  # the lines under it are the article's


def test_a_paragraph_on_a_books_author_stays():
    review = "The author is a former diplomat. Her account of the talks is the first from inside the room."
    cleaned = _bylined(*PROSE, review, *MORE_PROSE)
    assert review in cleaned.paragraphs


@pytest.mark.parametrize(
    ("case", "body"),
    [
        ("the article wrote the name before", [*PROSE, f"{MORE_PROSE[0]} Jane Doe was there.", *MORE_PROSE[1:], BIO]),
        ("more prose follows it", [*PROSE, BIO, *MORE_PROSE[:4]]),
        ("another name", [*PROSE, *MORE_PROSE, BIO.replace("Jane Doe", "Jane Doerr")]),
        ("the article opens with it", [BIO]),
        (
            "the article wrote the first name",
            [*PROSE, f"{MORE_PROSE[0]} Jane was there.", *MORE_PROSE[1:], FIRST_NAME_BIO],
        ),
    ],
)
def test_a_line_opening_with_a_name_stays_unless_it_is_the_bylines_closing_bio(case: str, body: list[str]) -> None:
    cleaned = _bylined(*body)
    assert not [r.text for r in cleaned.removed if r.rule == "author_bio"], case
    assert body[-1] in cleaned.paragraphs, case


# a blogger's box under the article, introducing its writer with no byline over the article (`self_introductions`)
SELF_INTRODUCTIONS = [
    "I'm Amy and I'm so glad you've stopped by! My blog is full of ideas to help you celebrate motherhood.",
    "Ich bin Steffi, bekennende Tiernärrin und Dosenöffner für zwei Kater, und schreibe hier über Haustiere.",
    "Je m'appelle Claire, maman de deux enfants, et je partage ici mes idées de jardinage et de cuisine.",
    "Soy Lucía, periodista y viajera, y en este blog cuento mis rutas por el norte de España con mis hijos.",
    "Mi chiamo Giulia, sono insegnante e in questo blog racconto le mie ricette di famiglia e i miei viaggi.",
    "Olá, sou Marta, mãe de dois e apaixonada por jardinagem, e aqui partilho as minhas ideias para casa.",
    "Ik ben Sanne, moeder van twee kinderen, en op deze blog schrijf ik over koken, tuinieren en reizen.",
    "Меня зовут Анна, я мама двоих детей и пишу в этом блоге о путешествиях, кулинарии и нашем саде.",
    "Мене звати Олена, я мама двох дітей і пишу в цьому блозі про подорожі, кулінарію та наш сад.",
    "Jestem Kasia, mama dwójki dzieci, i na tym blogu piszę o gotowaniu, ogrodzie i naszych podróżach.",
]


@pytest.mark.parametrize("intro", SELF_INTRODUCTIONS)
def test_a_bloggers_self_introduction_at_the_articles_end_goes(intro: str) -> None:
    cleaned = clean_text(
        "\n\n".join(["[Home](/)", "# A headline about the talks", *PROSE, *MORE_PROSE, intro, "Share"])
    )
    assert [r.text for r in cleaned.removed if r.rule == "author_bio"] == [intro]
    assert cleaned.paragraphs == [*PROSE, *MORE_PROSE]


@pytest.mark.parametrize(
    ("case", "body"),
    [
        (
            "no name after it",
            [*PROSE, *MORE_PROSE, "I'm sure the talks will go on, and so will the strikes in the north."],
        ),
        ("an opinion", [*PROSE, *MORE_PROSE, "Ich bin der Meinung, dass die Gespräche weitergehen müssen, sagte er."]),
        ("the article opens with it", [SELF_INTRODUCTIONS[0], *PROSE]),
        ("more prose follows it", [*PROSE, SELF_INTRODUCTIONS[0], *MORE_PROSE[:4]]),
    ],
)
def test_a_self_introduction_stays_unless_it_closes_the_article(case: str, body: list[str]) -> None:
    cleaned = clean_text("\n\n".join(["[Home](/)", "# A headline about the talks", *body, "Share"]))
    assert not [r.text for r in cleaned.removed if r.rule == "author_bio"], case


CAPTION = "Members of the coalition meet in Paris on Tuesday to discuss the next steps of the campaign in Syria."


def test_a_byline_under_a_caption_the_run_starts_with_goes_as_the_headers():
    cleaned = clean_text("\n\n".join(["[Home](/)", "# A headline about the talks", CAPTION, "By Laura Mowat", *PROSE]))
    assert cleaned.authors == ["Laura Mowat"]
    assert [r.text for r in cleaned.removed if r.rule == "byline"] == ["By Laura Mowat"]
    assert "By Laura Mowat" not in cleaned.paragraphs


def test_a_byline_past_the_articles_second_sentence_stays():
    body = [CAPTION, *PROSE[:2], "By Laura Mowat", PROSE[2]]  # a quoted credit, a teaser's
    cleaned = clean_text("\n\n".join(["[Home](/)", "# A headline about the talks", "By Jane Doe", *body]))
    assert "By Laura Mowat" in cleaned.paragraphs


def test_a_byline_signing_the_article_under_it_gives_its_authors_and_date():
    """A blog's or a shop's guide signs under the text: with no byline in the header, a "By"-line right at
    the run's end names the authors, and the dateline beside it dates the page."""
    page = "\n\n".join(["# A guide to spring compost", LONG, LONG.replace("Moscow", "Geneva"), "Text: Ute Wegmann",
                        "Datum: 19.04.2026", "© 2026 Gartenmarkt GmbH"])  # fmt: skip
    cleaned = clean_text(page)
    assert cleaned.authors == ["Ute Wegmann"]
    assert cleaned.published == dates.Published(dt.date(2026, 4, 19))
    assert "Text: Ute Wegmann" not in cleaned.text


def test_a_by_line_far_under_the_article_or_under_a_headers_byline_is_not_read():
    teasers = ["More from the desk", "Markets slide again as talks stall", "A second teaser headline here",
               "A third teaser headline here", "By Jane Roe"]  # fmt: skip
    assert (
        clean_text(
            "\n\n".join(["# A headline about the talks", LONG, LONG.replace("Moscow", "Paris"), *teasers])
        ).authors
        == []
    )
    signed = "\n\n".join(["# A headline about the talks", "By Ann Lee", LONG, LONG, "By Jane Roe"])
    assert clean_text(signed).authors == ["Ann Lee"]


@pytest.mark.parametrize(
    ("closing", "kept"),
    [
        ("Monday the weather turns warmer.", True),  # a short last sentence scores nothing as prose
        ("We will go back in the autumn.", True),
        ("The funeral is at 10:00 on Saturday.", True),  # a time's colon is no label's
        ("Max Lee, KBS World Radio News.", False),  # a sign-off of names
        ("Our Standards: The Trust Principles.", False),  # a "Label: …" line
        ("Liked this story? Share it with friends.", False),  # two sentences: a prompt
        ("Sharing is caring!", False),  # a cry
        ("Monday the weather turns warmer", False),  # no sentence: a heading of the site's
    ],
)
def test_a_one_sentence_closing_paragraph_ends_the_article(closing: str, kept: bool) -> None:
    article = [*PROSE, *MORE_PROSE[:3]]
    cleaned = clean_text("\n\n".join(["Title here", *MENU, *article, closing, *MENU]))
    assert cleaned.paragraphs == ([*article, closing] if kept else article)


@pytest.mark.parametrize(
    ("record", "kept"),
    [
        (["Attendance: 4,212.", "Referee: Mia Cole."], 2),  # a match report's record
        (["Attendance: 4,212.", "Referee: Mia Cole.", "You've read 4 of your 5 free articles."], 2),
        (["Our Standards: The Trust Principles."], 0),  # one "Label: …" line is the site's
        (["Attendance: 4,212."], 0),  # one fact is no record
    ],
)
def test_a_record_of_fact_lines_closes_the_article(record: list[str], kept: int) -> None:
    article = [*PROSE, *MORE_PROSE[:3]]
    cleaned = clean_text("\n\n".join(["Title here", *MENU, *article, *record, *MENU]))
    assert cleaned.paragraphs == [*article, *record[:kept]]


RECORD = ["Referee: Mia Cole (Leeds).", "Tries: Daubagna (12th), Sorel (76th) for the hosts."]


@pytest.mark.parametrize("record", [RECORD, []])
def test_a_record_past_related_links_and_a_last_paragraph_closes_the_article(record: list[str]) -> None:
    """Two related-links lines may cut a report's last paragraph and record from its run: the record's
    fact lines carry it over them; without a record, the lines under the links stay out."""
    article = [*PROSE, *MORE_PROSE[:3]]
    links = ["See also: the league table of the third group", "See also: the fixtures of the second half"]
    tail = ["With the win the club climbs to fourth place in the league.", "Stadium Road, 2,800 spectators.", *record]
    cleaned = clean_text("\n\n".join(["Title here", *MENU, *article, *links, *tail, *MENU]))
    assert cleaned.paragraphs == ([*article, *tail] if record else article)


@pytest.mark.parametrize(
    ("turns_above", "kept"),
    [(["— Do tourists come?", "— Two hundred a day in summer, and many ask to climb the tower."], True), ([], False)],
)
def test_an_interviews_last_turns_under_its_run_close_it(turns_above: list[str], kept: bool) -> None:
    """Dialogue turns under an interview's run (one that holds turns) are its last question and answer."""
    article = [*PROSE[:2], *turns_above, *MORE_PROSE[:3]]
    last = ["— And the polar night?", "— Forty days without sun. You get used to it."]
    cleaned = clean_text("\n\n".join(["Title here", *MENU, *article, "Read more: a new pier opens", *last, *MENU]))
    assert cleaned.paragraphs == ([*article, *last] if kept else article)


@pytest.mark.parametrize(
    ("last", "kept"),
    [
        ("B.W.: Thank you for the talk.", True),  # the interviewer's closing turn
        ("Editor's note: Thank you for reading.", False),  # no speaker of the run's
        ("Next: Thank you for the talk.", False),
    ],
)
def test_an_interviews_last_turn_under_a_speakers_label_closes_it(last: str, kept: bool) -> None:
    """A turn may open with its speaker's label ("B.W.: …") rather than a dash: under an interview's run it
    is its last one when that speaker had a turn in the run."""
    turns = ["B.W.: Do tourists come?", "T.G.-W.: Two hundred a day in summer, and many ask to climb the tower."]
    article = [*PROSE[:2], *turns, *MORE_PROSE[:3]]
    cleaned = clean_text("\n\n".join(["Title here", *MENU, *article, "Read more: a new pier opens", last, *MENU]))
    assert cleaned.paragraphs == ([*article, last] if kept else article)


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        (["Other decisions", "- The street lights switch to LED.", "- The permit for two blocks was deferred."], 3),
        (["Practical information", "• Dates: 17 to 19 July", "• Place: the park of the old tannery, Castelnaudary"], 3),
        (["Other decisions", "- The lights go LED.", "- The permit was deferred.", "They meet again on 24 March."], 4),
        (["Downloads", "- Rules of the call (PDF, 312 KB)", "- Application form (DOCX, 48 KB)"], 0),  # attachments
        (["THE OFFER IN BRIEF", "* Place: Marina di Pisa", "* Contract: permanent or apprenticeship"], 0),  # a box's
        (["External links", "* G7 Germany 2022: Informationen zur Präsidentschaft", "* Women7: a G7 dialogue"], 0),
        (["Links", "* Factsheet: no greenwashing of the taxonomy"], 0),  # one bullet is no list
        (["More reviews", "• Nespresso Vertuo capsule machines", "• Hario Skerton Pro hand grinder"], 0),  # headlines
    ],
)
def test_an_articles_short_list_under_its_run_closes_it(tail: list[str], kept: int) -> None:
    """A short heading and a short list of sentences, facts or phrases under an article's run, past a
    related link, are its last lines (a council's other decisions, an event's practical information);
    attachments and a list of headlines are the site's."""
    article = [*PROSE, *MORE_PROSE[:3]]
    page = ["Title here", "", *MENU, "", *"\n\n".join(article).split("\n"), "", "Read more: a new pier opens", ""]
    cleaned = clean_text("\n".join([*page, *tail, "", "© 2026 Example News, all rights reserved", "", *MENU]))
    assert cleaned.paragraphs[len(article) :] == [to_plain(line).lstrip("-• ") for line in tail[:kept]]


def test_teasers_under_a_related_links_heading_never_close_the_article() -> None:
    """A related-links heading ("Read more") over a heading's words and headlines is the site's teasers, though
    they read like an article's list."""
    article = [*PROSE, *MORE_PROSE[:3]]
    teasers = ["Read more", "about maternal health", "* Is abortion murder? A senator thinks so, and so do others"]
    teasers += ["* The women who asked me to keep their abortions a secret"]
    tail = ["© 2026 Example News, all rights reserved", *MENU]
    page = "\n\n".join(["Title here", *MENU, *article, *teasers[:2]]) + "\n" + "\n".join([*teasers[2:], "", *tail])
    assert clean_text(page).paragraphs == article


SHOW_NOTES = ["00:00 – The hosts on a failed recording", "06:40 – How a hydrophone works", "19:15 – The grunting fish"]


@pytest.mark.parametrize(
    ("heading", "notes", "kept"),
    [
        ("## Show notes", SHOW_NOTES, True),
        ("**Show notes**", SHOW_NOTES, True),  # a heading in bold
        ("Note dell'episodio:", ["00:00 Introduzione", "03:20 Il glomere", "17:45 Lo stetoscopio"], True),
        ("", SHOW_NOTES, True),
        ("## Latest news", ["19:15 – A ferry is late", "06:40 – A road reopens", "00:00 – Markets open"], False),
        ("## Show notes", SHOW_NOTES[:2], False),  # two lines are no show's notes
    ],
)
def test_a_shows_timestamped_notes_under_its_run_close_it(heading: str, notes: list[str], kept: bool) -> None:
    """Lines that each open with a time into the recording, the times rising, are a show's notes (a news
    ticker's times of day fall)."""
    article = [*PROSE, *MORE_PROSE[:3]]
    top = [heading] if heading else []
    cleaned = clean_text("\n\n".join(["# Episode 42", *MENU, *article, *top, *notes, *MENU]))
    heading_kept = [to_plain(heading)] if heading else []
    assert cleaned.paragraphs == ([*article, *heading_kept, *notes] if kept else article)


FAQ = [
    "When does the payment notice arrive?",
    "Notices are posted by the end of March, and the first instalment is due on the last day of April.",
    "I sold the house in February: do I pay for the whole year?",
    "No. The tax is due for the days you owned the house, and the office needs the notice of sale within 90 days.",
    "Who may claim the composting discount?",
    "Families with a compost bin in their own garden who joined the town's register get fifteen per cent off.",
]


@pytest.mark.parametrize("questions", [3, 2])
def test_an_faqs_first_question_opens_the_article_and_is_no_headline(questions: int) -> None:
    """Three questions or more, each answered by the line under it, are an FAQ: its first question is the
    article's first line, not the headline; a page with fewer is read as before."""
    faq = FAQ[: 2 * questions]
    cleaned = clean_text("\n\n".join(["Home > Services > Taxes", *faq, *MENU]))
    if questions == 3:
        assert cleaned.paragraphs == faq and cleaned.title != FAQ[0]
    else:
        assert cleaned.title == FAQ[0]


def test_a_bylines_name_never_opens_with_a_figure() -> None:
    """A time the byline runs into an update's label is no name ("07:00 Laatste")."""
    line = "Door Joost van Leeuwen, jurist 15 augustus 2026, 07:00 Laatste update: 16 augustus 2026, 12:40"
    assert parse_text_byline(line, line) == ["Joost van Leeuwen"]


def test_an_faqs_last_answer_under_a_button_line_is_the_articles_and_the_button_is_not() -> None:
    """The last question and answer under a button ("Book an appointment online") scored too little to
    outweigh it: they close the FAQ, the button stays out."""
    button, feedback = "Book an appointment online", "Was this page useful? Yes No"
    head = ["# Council tax: questions", *PROSE[:2], "## When does the payment notice arrive?", FAQ[1]]
    answer = "Up to twenty working days. Within a week for a fee."
    faq = [*head, "## Who may claim the composting discount?", PROSE[2], button, "## How long does it take?", answer]
    cleaned = clean_text("\n\n".join([*faq, feedback, "© 2026 Weymoor District Council"]))
    assert cleaned.paragraphs[-1] == answer
    assert button not in cleaned.paragraphs and feedback not in cleaned.paragraphs


def test_question_headings_paragraphs_apart_are_no_faq() -> None:
    """An article's question headings stand more than three lines apart: its first is read as before."""
    spread = [line for index, line in enumerate(FAQ) for line in ([line] if index % 2 == 0 else [line, *PROSE])]
    cleaned = clean_text("\n\n".join(["Home > Services > Taxes", *spread, *MENU]))
    assert cleaned.title == FAQ[0]


@pytest.mark.parametrize("note_inside", [False, True])
def test_a_columns_note_on_its_authors_views_goes_and_the_closing_sentence_above_it_stays(note_inside: bool) -> None:
    """The note is the site's line ("opinion_disclaimer"), under the column or inside it; under it, it no
    longer reads as the text going on, so the column's short closing sentence joins the run."""
    note = "The views expressed are the author's own."
    article = [*PROSE, *MORE_PROSE[:3]]
    body = [*article[:2], note, *article[2:]] if note_inside else article
    closing = "We will go back in the autumn."
    tail = [] if note_inside else [note]
    cleaned = clean_text("\n\n".join(["Title here", *MENU, *body, closing, *tail, *MENU]))
    assert cleaned.paragraphs == [*article, closing]
    assert ("opinion_disclaimer", note) in [(r.rule, r.text) for r in cleaned.removed]


def test_short_sentences_under_the_article_are_not_a_closing_one() -> None:
    article = [*PROSE, *MORE_PROSE[:3]]
    teasers = ["Read our other stories.", "Share them with a friend."]  # the site's text goes on
    cleaned = clean_text("\n\n".join(["Title here", *MENU, *article, *teasers, *MENU]))
    assert cleaned.paragraphs == article


def test_a_rankings_boxes_the_site_repeats_do_not_move_the_articles_start_down_the_list():
    box = ["Pros", "Cons", "Best Prices Today:", "Retailer", "Price", "View Deal", "Check", "Product"]

    def entry(name, sentences):
        said = [
            f"{name} is a service that we tested for {n} weeks and it has been one of the good ones." for n in sentences
        ]
        return [f"{name} – Best pick", *box, *said]

    def page(n):
        intro = f"Cutting the cord on page {n} is easier than it was, and this is what you should know about it."
        return "\n\n".join(["Best streaming services", intro, *entry(f"Alpha{n}", [1]), *entry(f"Beta{n}", [2, 3, 4])])

    sites = learn_sites(("a.example", page_lines(page(n))) for n in range(4))
    cleaned = clean_text(page(0), sites, "https://a.example/best-streaming-services")
    assert cleaned.paragraphs[0].startswith("Cutting the cord on page 0")
    assert "Pros" not in cleaned.paragraphs


def test_a_wet_dump_reads_its_headline_over_a_dated_credit():
    """Common Crawl's WET text: one line a block; a headline long enough to read as prose is still the
    headline when a dateline crediting a name stands under it."""
    page = "\n".join(
        [
            "Portada > Necrológicas",
            "Muere Amparo Beltrán, la maestra que mantuvo abierta la escuela de Villarluengo",
            "Jorge Sancho | Villarluengo | 19 de noviembre de 2026",
            (
                "Amparo Beltrán Lahoz, maestra de Villarluengo durante más de tres décadas, falleció el martes en"
                " Teruel a los 91 años. Su nombre está ligado a la escuela unitaria del pueblo, que consiguió"
                " mantener abierta."
            ),
            (
                "Nacida en Cantavieja en 1935, llegó a Villarluengo con veinticuatro años y ya no se marchó. Enseñó"
                " a leer a tres generaciones de vecinos, muchos de los cuales la siguieron llamando doña Amparo."
            ),
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.title == "Muere Amparo Beltrán, la maestra que mantuvo abierta la escuela de Villarluengo"
    assert cleaned.authors == ["Jorge Sancho"]
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 11, 19)
    assert cleaned.paragraphs[0].startswith("Amparo Beltrán Lahoz")
    from cleaners.text_page import _credits_a_headline, tag_lines

    tagged = tag_lines(split_lines(page), language="es")
    credit = next(line for line in tagged.lines if line.plain.startswith("Jorge Sancho"))
    assert _credits_a_headline(tagged, credit)  # a dateline that credits a name, as a byline does


def test_a_pages_dated_credit_is_read_once_a_text(monkeypatch):
    """The header's end, the article's first lines and a byline's date ask for the same lines' dated credits:
    `Tagged.dated_credit` reads each text once, with the page's reading of dates."""
    from cleaners import text_page
    from cleaners.text_page import tag_lines

    read = []

    def counted(plain, is_dateline):
        read.append(plain)
        return bylines.dated_credit(plain, is_dateline)

    monkeypatch.setattr(text_page, "dated_credit", counted)
    tagged = tag_lines(split_lines("Jorge Sancho | Villarluengo | 19 de noviembre de 2026"), language="es")
    line = tagged.lines[0].plain
    assert tagged.dated_credit_names(line) == ["Jorge Sancho"]
    assert tagged.dated_credit(line) == (["Jorge Sancho"], "Villarluengo · 19 de noviembre de 2026")
    assert read.count(line) == 1  # however many of the header's steps asked


def test_a_live_blogs_status_label_is_no_name():
    assert split_byline_names("DIRECTO FINALIZADO") == []
    assert split_byline_names("Liveticker beendet") == []
    assert split_byline_names("Rocío Amat y Elena Cabrera") == ["Rocío Amat", "Elena Cabrera"]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Bulletin du lundi 19 janvier 2026 à 6h30, mis à jour à 9h45", "2026-01-19"),  # an edition's date
        ("La rédaction Publié le 03/10/2026 à 17h05 Mis à jour le 04/10/2026 à 08h20", "2026-10-03"),  # a desk's credit
        ("Ausgabe vom 3. März 2026", "2026-03-03"),
    ],
)
def test_a_dateline_after_an_editions_label_or_a_desks_credit_is_read(line, day):
    reading = dates.DateReading(day_first=True, languages=("fr", "de", "en"))
    assert dates.read_dateline(line, reading) == dates.Published(dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    "line", ["Il a publié 3 livres en 2020", "La rédaction a publié 3 dossiers", "Le bulletin du club paraît en 2026"]
)
def test_a_sentence_with_a_published_word_is_no_dateline(line):
    assert dates.read_dateline(line, dates.DateReading(day_first=True, languages=("fr", "en"))) is None


_TEST_PAGE = [
    "Vai al contenuto",
    "ConsumoSmart  Prove  Guide all'acquisto  Offerte  Accedi",
    "",
    "Prova: la macchina per espresso Brevio Uno, piccola ma seria",
    "",
    "La Brevio Uno costa 179 euro e occupa meno spazio di un tostapane. L'abbiamo usata per tre settimane.",
    "",
    "La risposta breve è sì, a patto di macinare il caffè al momento, con il caffè già macinato esce acquoso.",
    "",
]
_TEST_VERDICT = [
    "",
    "Il verdetto",
    "Voto: 8/10. Per chi beve due o tre caffè al giorno e ha un macinino è la scelta migliore sotto i 200 euro.",
    "",
    "Condividi  Facebook  WhatsApp  Telegram",
    "© 2026 ConsumoSmart Srl – Privacy – Cookie",
]


def test_an_articles_short_lists_of_phrases_under_their_headings_stay_in_its_run():
    lists = [
        "Pro",
        "• Caldaia pronta in 45 secondi",
        "• Lancia vapore che monta bene anche il latte d'avena",
        "",
        "Contro",
        "• Serbatoio da un litro, piccolo per una famiglia",
        "• Vaschetta raccogligocce che si riempie in fretta",
    ]
    cleaned = clean_text("\n".join([*_TEST_PAGE, *lists, *_TEST_VERDICT]))
    assert "Lancia vapore che monta bene anche il latte d'avena" in cleaned.paragraphs
    assert "Vaschetta raccogligocce che si riempie in fretta" in cleaned.paragraphs
    assert cleaned.paragraphs[-1].startswith("Voto: 8/10.")


def test_a_short_list_of_headlines_under_a_heading_stays_out_of_the_run():
    teasers = ["Altre prove", "• Macchine a capsule Nespresso Vertuo", "• Macinacaffè manuale Hario Skerton Pro"]
    cleaned = clean_text("\n".join([*_TEST_PAGE, *teasers, *_TEST_VERDICT]))
    assert "Macchine a capsule Nespresso Vertuo" not in cleaned.paragraphs  # near miss: no phrase among them


def test_html_tags_left_in_markdown_are_markup_and_a_br_ends_a_line():
    assert to_plain('<div class="pub">Publicité</div>') == "Publicité"
    assert to_plain('<figure><img src="a.jpg" alt="x"><figcaption>Photo : Jane Doe</figcaption></figure>') == (
        "Photo : Jane Doe"
    )
    assert to_plain("if a <b and c> d, then x<y") == "if a <b and c> d, then x<y"  # no tag: prose's signs stay
    assert to_plain("30 Years of <br> Tags") == "30 Years of <br> Tags"  # a tag a headline names, between spaces
    assert [line.plain for line in split_lines("30 Years of <br> Tags")] == ["30 Years of <br> Tags"]
    lines = split_lines("Par Jane Doe<br>Catégories : Plats salés\n\nUn texte.")
    assert [line.plain for line in lines] == ["Par Jane Doe", "Catégories : Plats salés", "Un texte."]


@pytest.mark.parametrize(
    ("language", "text", "names", "day"),
    [
        ("en", "By Jane Doe<br>March 3, 2026", ["Jane Doe"], "2026-03-03"),
        ("fr", "Par Jeanne Dupont<br>12 mars 2026", ["Jeanne Dupont"], "2026-03-12"),
        ("de", "Von Hans Müller<br>3. März 2026", ["Hans Müller"], "2026-03-03"),
        ("it", "Servizio di Alessio Pedrazzini<br>1 dicembre 2026", ["Alessio Pedrazzini"], "2026-12-01"),
    ],
)
def test_lines_a_br_split_are_read_each_for_itself(language, text, names, day):
    """A `<br>` splits one source line into lines of one number: each is read for its own text, the byline's
    names not taken for the date's, nor the byline's missing date for the date line's."""
    byline, dateline = split_lines(text)
    assert byline.number == dateline.number
    tagged = Tagged(lines=[byline, dateline], tags=[BODY, BODY], language=language)
    assert (tagged.credited(byline), tagged.dateline(byline)) == (names, None)
    assert tagged.credited(dateline) is None
    assert (found := tagged.dateline(dateline)) is not None and found.date.isoformat() == day


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Происшествия · 04.02.2026 · 10:47 · Источник: пресс-служба ОМВД", "2026-02-04"),  # a time, a labelled field
        ("Oprac. redakcja, PAP · 14.07.2026 · Aktualizacja: 15.07.2026, 08:20", "2026-07-14"),  # a desk, an update
        ("Issued: 23 January 2026, 06:40. Last updated: 24 January 2026, 14:10.", "2026-01-23"),
        ("Fecha de publicación: 16/07/2026", "2026-07-16"),
    ],
)
def test_a_dateline_row_may_carry_a_time_a_field_a_desk_and_an_update(line, day):
    assert dates.read_dateline(line) == dates.Published(dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    "line",
    [
        "The storm hit · 04.02.2026 · 10:47 · Source: the mayor said it was the worst storm in years",
        "Sports | Opinion | March 3, 2024 · 10:47",  # two labels, a time beside the date
    ],
)
def test_a_dateline_rows_fields_never_turn_a_sentence_into_one(line):
    assert dates.read_dateline(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Publié le 8 novembre 2026 par Maëlle Guérandel", ["Maëlle Guérandel"]),  # a post line: date, by-word, name
        ("Sport | Lokalsport | 21. März 2026 | Lukas Brandhorst", ["Lukas Brandhorst"]),  # a name last in a row
    ],
)
def test_a_dated_credit_may_give_its_date_first_or_its_name_last(line, names):
    found = bylines.dated_credit(line, lambda text: dates.read_dateline(text) is not None)
    assert found is not None and found[0] == names


def test_a_web_clippers_front_matter_lists_its_authors():
    prose = " ".join([LONG] * 3)
    page = textwrap.dedent(
        """\
        ---
        title: "Woven weather at the museum"
        source: "https://gallery.example/reviews/woven-weather"
        author:
          - "[[Imogen Castleford]]"
        published: 2026-03-09
        created: 2026-11-30
        ---

        # Woven weather at the museum

        """
    ) + "\n\n".join([prose] * 3)
    cleaned = clean_text(page)
    assert cleaned.authors == ["Imogen Castleford"]
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 3, 9)
    assert cleaned.title == "Woven weather at the museum"


@pytest.mark.parametrize(
    "menu",
    [
        "   Inicio   Recetas   Guisos   Postres   Sobre mí   Contacto",  # a plain dump's wide gaps
        "Noticias Región Deportes Cultura Opinión Contacto y más",  # three words in four capitalised
    ],
)
def test_a_menu_row_over_the_headline_is_no_title(menu):
    prose = (
        "El ayuntamiento aprobó ayer el nuevo plan de movilidad, que cambiará las líneas de autobús del centro y "
        "ampliará los carriles para bicicletas antes del verano, según explicó la concejala en la rueda de prensa."
    )
    page = f"{menu}\n\nEl ayuntamiento aprueba el nuevo plan de movilidad del centro\n\n" + "\n\n".join([prose] * 4)
    assert clean_text(page).title == "El ayuntamiento aprueba el nuevo plan de movilidad del centro"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By staff reporter Jane Doe", ["Jane Doe"]),  # a writer's role between the by-word and the name
        ("Par notre correspondante Claire Dubois", ["Claire Dubois"]),
        ("Von Redakteurin Anna Müller", ["Anna Müller"]),
        ("Por nuestra corresponsal Ana García", ["Ana García"]),
        ("Di nostra inviata Giulia Rossi", ["Giulia Rossi"]),
        ("Por nossa correspondente Ana Sousa", ["Ana Sousa"]),
        ("Geschreven door vrijwilliger Lotte Kranenburg op 14-02-2026", ["Lotte Kranenburg"]),
        ("Автор: корреспондент Анна Петрова", ["Анна Петрова"]),
        ("Автор: кореспондентка Ганна Петренко", ["Ганна Петренко"]),
        ("Autor: redaktor Anna Nowak", ["Anna Nowak"]),
        ("Door dr Jan de Vries", ["Jan de Vries"]),  # a courtesy title in small letters
        ("A cura della Dirigente scolastica, prof.ssa Donatella Ferrigno", ["Donatella Ferrigno"]),
        ("By our correspondent", None),  # a role and no name
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_a_role_or_title_between_the_by_word_and_the_name_is_no_part_of_it(line, names):
    assert bylines.parse_text_byline(line, line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Issued by: Highways and Emergency Planning Team", None),  # one office's name, its words joined by "and"
        ("By the Parks and Recreation Department", None),
        ("Issued by: Roads and Transport Office", None),
        ("Publicado por Equipo Directivo el 15 de enero de 2026", None),  # a desk named by its first word
        ("A cura della Redazione", None),
        ("By Jane Doe and the Editorial Team", ["Jane Doe"]),  # near miss: a writer beside the desk
        ("By Highways England", ["Highways England"]),  # near miss: no desk's word
    ],
)
def test_a_desks_or_an_offices_byline_names_no_one(line, names):
    assert bylines.parse_text_byline(line, line) == names


# One sentence of prose per language, for pages whose dates are read in their language.
LANGUAGE_PROSE = {
    "fr": "Le conseil municipal a décidé mardi de prolonger les horaires d'ouverture de la bibliothèque, qui "
    "avaient été réduits l'an dernier à cause du budget.",
    "de": "Der Gemeinderat hat am Dienstag beschlossen, die Öffnungszeiten der Bibliothek zu verlängern, die im "
    "vergangenen Jahr wegen des Haushalts gekürzt worden waren.",
    "es": "El ayuntamiento acordó el martes ampliar el horario de apertura de la biblioteca, que se había reducido "
    "el año pasado por culpa del presupuesto.",
    "it": "Il consiglio comunale ha deciso martedì di prolungare l'orario di apertura della biblioteca, che era "
    "stato ridotto l'anno scorso a causa del bilancio.",
    "pt": "A câmara municipal decidiu na terça-feira alargar o horário de abertura da biblioteca, que tinha sido "
    "reduzido no ano passado por causa do orçamento.",
    "nl": "De gemeenteraad heeft dinsdag besloten de openingstijden van de bibliotheek te verlengen, die vorig jaar "
    "vanwege de begroting waren ingekort.",
    "pl": "Rada miejska postanowiła we wtorek wydłużyć godziny otwarcia biblioteki, które w zeszłym roku skrócono "
    "z powodu budżetu.",
}


@pytest.mark.parametrize(
    ("language", "line", "authors"),
    [
        ("fr", "Publié par Claire Dubois le 15 janvier 2026 dans Actualités", ["Claire Dubois"]),
        ("de", "Veröffentlicht von Anna Müller am 15. Januar 2026 in Aktuelles", ["Anna Müller"]),
        ("es", "Publicado por Ana García el 15 de enero de 2026 en Noticias del centro", ["Ana García"]),
        ("it", "Pubblicato da Giulia Rossi il 15 gennaio 2026 in Notizie", ["Giulia Rossi"]),
        ("pt", "Publicado por Ana Sousa em 15 de janeiro de 2026 em Notícias", ["Ana Sousa"]),
        ("nl", "Geplaatst door Lotte de Vries op 15 januari 2026 in Nieuws", ["Lotte de Vries"]),
        ("es", "Publicado por Equipo Directivo el 15 de enero de 2026 en Noticias del centro", []),  # a desk's
        ("fr", "Par la rédaction le 15 janvier 2026", []),
        ("de", "Von der Redaktion am 15. Januar 2026", []),
    ],
)
def test_a_post_line_gives_its_writer_and_its_date_and_a_desks_its_date(language, line, authors):
    prose = LANGUAGE_PROSE[language]
    page = ["Site", "Library opening hours extended", line, prose, prose + " 2", prose + " 3"]
    cleaned = clean_text("\n\n".join(page))
    assert (cleaned.authors, cleaned.published and cleaned.published.date) == (authors, dt.date(2026, 1, 15))
    assert line not in cleaned.text


@pytest.mark.parametrize(
    ("header", "authors"),
    [
        (["Critiques Agenda Entretiens Soutenez-nous", "By Jane Doe"], ["Jane Doe"]),  # a menu over the byline
        (["Home News Crime", "Priya Natarajan, Courts Reporter, and PA"], ["Priya Natarajan"]),
        (["Jane Doe", "Photos by John Roe"], ["Jane Doe", "John Roe"]),  # near miss: a picture's credit under it
        (["Jane Doe"], ["Jane Doe"]),
    ],
)
def test_a_name_shaped_line_over_a_writers_byline_names_no_one(header, authors):
    assert clean_text("\n\n".join(["# Machine learning, explained", *header, LONG, LONG])).authors == authors


@pytest.mark.parametrize(
    ("language", "header", "authors"),
    [
        (
            "es",
            ["Gervasio Lanchares Peñuelas", "Talavera de la Reina | Jueves, 3 de diciembre de 2026, 12:18"],
            ["Gervasio Lanchares Peñuelas"],  # the dateline's place under the writer's name
        ),
        ("en", ["Jane Doe", "Palm Beach Gardens | Thursday, December 3, 2026"], ["Jane Doe"]),
        ("en", ["Jane Doe | Thursday, December 3, 2026"], ["Jane Doe"]),  # near miss: no name over it, the writer's
    ],
)
def test_a_dated_credit_under_a_line_that_is_only_a_name_is_a_dateline(language, header, authors):
    prose = LANGUAGE_PROSE.get(language, LONG)
    cleaned = clean_text("\n\n".join(["# Library opening hours extended", *header, prose, prose + " 2"]))
    assert (cleaned.authors, cleaned.published and cleaned.published.date) == (authors, dt.date(2026, 12, 3))


OPENING_URL = "https://news.example/2024/03/western-coalition-moves-toward-unified-syria-approach"
HEADLINE = "# Western coalition moves toward unified Syria approach"
BETWEEN = [  # a menu that parts the two runs (its penalty outweighs the opening)
    *("Photo galleries", "Weather", "Traffic", "Lottery results", "Horoscopes", "Crosswords"),
    *("Obituaries", "Classifieds", "Jobs", "Property", "Motoring", "Events"),
]
HEAVIER = [  # a run further down that outweighs the article: the site's blurb about its own shop, the header
    # read over it (so the URL's headline is still a body line when the opening is looked for)
    "# About our shop",
    "Our shop offers a wide range of maps, atlases and travel guides for every corner of the Middle East and beyond.",
    "Every order over fifty euros is shipped free of charge within three working days to any address in the country.",
    "Gift vouchers can be bought online and redeemed in any of our twelve stores, which are open seven days a week.",
    "Members of the loyalty club collect points on each purchase and receive a discount on their birthday every year.",
    "Returns are accepted within thirty days as long as the item is unused and comes back in its original packaging.",
    "Our customer service team answers questions by phone and by e-mail from eight in the morning until late evening.",
]


def test_the_run_under_the_urls_headline_is_kept_beside_a_heavier_run_further_down():
    page = "\n\n".join(["Home", HEADLINE, *PROSE, *BETWEEN, *HEAVIER])
    cleaned = clean_text(page, url=OPENING_URL)
    assert cleaned.paragraphs == [*PROSE, *HEAVIER[1:]]  # what stands between the two runs goes


LONGER = [  # the heavier run past 150 words: a whole article's worth
    *HEAVIER,
    "Our travel desk plans walking tours, rail journeys and city breaks, and books them for a small fee per person.",
    "Customers who spend more than five hundred euros in a year are invited to our readings and map exhibitions.",
]


@pytest.mark.parametrize(
    ("opening", "heavier", "url"),
    [
        (PROSE[:2], LONGER, OPENING_URL),  # under 50 words over a long run: a deck, a caption
        (PROSE, HEAVIER, None),  # no slug names the headline
        (PROSE, HEAVIER, "https://news.example/2024/03/syria"),  # a slug of one word names none
    ],
)
def test_a_short_run_or_one_under_no_spelled_headline_is_not_kept_beside_the_main_run(opening, heavier, url):
    cleaned = clean_text("\n\n".join(["Home", HEADLINE, *opening, *BETWEEN, *heavier]), url=url)
    assert cleaned.paragraphs == heavier[1:]


DECK = "Paris and Moscow edge closer on Syria as the defence minister hints at a shift in the stance of the coalition"
# the site's teasers under a short article, each over its stamp (datelines under more prose than a deck's)
STAMPED_TEASERS = [
    "Related",
    "Coalition partners meet again in Brussels",
    "Video // 3 July 2021",
    "Defence ministers sign a new accord on patrols",
    "Photos // 9 November 2021",
]


@pytest.mark.parametrize(
    ("header", "kept"),
    [
        (["By Jane Doe", "March 3, 2024", *PROSE[:2]], PROSE[:2]),  # a paywall's lede under the byline
        ([DECK, "By Jane Doe", "March 3, 2024", *PROSE[:2]], PROSE[:2]),  # the deck over the byline goes
        ([DECK[:52], DECK[53:], "By Jane Doe", *PROSE[:2]], PROSE[:2]),  # so does a deck wrapped over two lines
        ([DECK, "By Jane Doe", "March 3, 2024"], []),  # a deck alone is no lede
        (["By Jane Doe", "March 3, 2024", *PROSE, *STAMPED_TEASERS], PROSE),  # the teasers' stamps are no header
    ],
)
def test_a_lede_under_the_header_is_kept_beside_a_short_main_run(header: list[str], kept: list[str]) -> None:
    cleaned = clean_text("\n\n".join(["Home", HEADLINE, *header, *BETWEEN, *HEAVIER]), url=OPENING_URL)
    assert cleaned.paragraphs == [*kept, *HEAVIER[1:]]


def test_a_consent_banner_under_the_headline_is_no_opening():
    banner = [
        "We use cookies and similar technologies to improve your experience on our site and to show you ads.",
        "By choosing I Accept, you consent to our use of cookies and other tracking technologies on this site.",
        "You can change your cookie settings at any time in the privacy centre linked at the bottom of the page.",
    ]
    cleaned = clean_text("\n\n".join(["Home", HEADLINE, *banner, *BETWEEN, *HEAVIER]), url=OPENING_URL)
    assert cleaned.paragraphs == HEAVIER[1:]


FAR_URL = "https://news.example/2024/03/western-coalition-moves-toward-a-unified-approach-to-syria"
FAR_HEADLINE = "# Western coalition moves toward a unified approach to the war in Syria, officials say"
FAR_LEDE = (
    "The defence ministers of six countries agreed on Tuesday to coordinate their patrols and to share what their "
    "pilots see."
)
# the site's teasers' stamps under a short article: the first search's penalties, the header's datelines after
TEASER_STAMPS = ["Video // 3 July 2021", "Photos // 9 November 2021", "Article // 1 June 2021"]


@pytest.mark.parametrize(
    ("header", "kept"),
    [
        (["By Jane Doe"], [FAR_LEDE]),
        (["March 3, 2024"], [FAR_LEDE]),
        (["Par Jeanne Dupont"], [FAR_LEDE]),
        (["Von Hans Müller"], [FAR_LEDE]),
        ([DECK[:62], "By Jane Doe"], [FAR_LEDE]),  # near miss: the deck over the byline goes
        ([], []),  # near miss: prose right under a headline without a byline or dateline is a deck
    ],
)
def test_a_lede_under_the_headlines_byline_stays_when_the_header_was_read_around_a_run_further_down(
    header: list[str], kept: list[str]
) -> None:
    page = "\n\n".join(["Home", FAR_HEADLINE, *header, FAR_LEDE, *TEASER_STAMPS, *LONGER])
    cleaned = clean_text(page, url=FAR_URL)
    assert cleaned.paragraphs == [*kept, *LONGER[1:]]
    assert cleaned.title == FAR_HEADLINE[2:]


_TEN_LANGUAGES = dates.DateReading(
    day_first=True, languages=("fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "en")
)


@pytest.mark.parametrize(
    ("line", "day", "kind"),
    [
        (
            "Annonce publiée le 3 mars 2026 · Réf. 4471 · Vue 1 206 fois",
            "2026-03-03",
            "published",
        ),  # the page's kind first
        ("Notice posted 3 March 2026", "2026-03-03", "published"),
        ("Anzeige veröffentlicht am 3. März 2026", "2026-03-03", "published"),
        ("Anuncio publicado el 3 de marzo de 2026", "2026-03-03", "published"),
        ("Avviso pubblicato il 3 marzo 2026", "2026-03-03", "published"),
        ("Anúncio publicado em 3 de março de 2026", "2026-03-03", "published"),
        ("Advertentie geplaatst op 3 maart 2026", "2026-03-03", "published"),
        ("Объявление опубликовано 3 марта 2026", "2026-03-03", "published"),
        ("Оголошення опубліковано 3 березня 2026", "2026-03-03", "published"),
        ("Ogłoszenie opublikowano 3 marca 2026", "2026-03-03", "published"),
        (
            "Date de mise en ligne : 2 février 2026 | Service Culture et Patrimoine",
            "2026-02-02",
            "published",
        ),  # online since
        ("Online seit 2. Februar 2026", "2026-02-02", "published"),
        (
            "Convocatoria | Fecha: 19/01/2026 | Plazo de presentación: hasta el 20/02/2026",
            "2026-01-19",
            "published",
        ),  # a date's label
        ("Avviso pubblico · Data: 11/05/2026 · Scadenza: 12/06/2026 ore 12:00", "2026-05-11", "published"),
        ("Aviso · Data: 11/05/2026 · Prazo: 12/06/2026", "2026-05-11", "published"),
        ("Ogłoszenie · Data: 11.05.2026 · Termin składania: 12.06.2026", "2026-05-11", "published"),
        ("Объявление · Дата: 11.05.2026 · Срок подачи: 12.06.2026", "2026-05-11", "published"),
        ("Оголошення · Дата: 11.05.2026 · Термін подання: 12.06.2026", "2026-05-11", "published"),
        # an update's line may go on with a note of the change
        ("Last updated 28 July 2026 — added the walk-in clinic times for August", "2026-07-28", "updated"),
        ("Mis à jour le 3 mars 2026 : ajout des horaires d'ouverture", "2026-03-03", "updated"),
        ("Aktualisiert am 3. März 2026 – Öffnungszeiten ergänzt", "2026-03-03", "updated"),
        ("Actualizado el 3 de marzo de 2026 — se añaden los horarios", "2026-03-03", "updated"),
        ("Aggiornato il 3 marzo 2026 — aggiunti gli orari", "2026-03-03", "updated"),
        ("Atualizado em 3 de março de 2026 — horários acrescentados", "2026-03-03", "updated"),
        ("Bijgewerkt op 3 maart 2026 — openingstijden toegevoegd", "2026-03-03", "updated"),
        ("Обновлено 3 марта 2026 — добавлены часы работы", "2026-03-03", "updated"),
        ("Оновлено 3 березня 2026 — додано години роботи", "2026-03-03", "updated"),
        ("Aktualizacja 3 marca 2026 — dodano godziny otwarcia", "2026-03-03", "updated"),
    ],
)
def test_a_dateline_may_follow_the_pages_kind_or_a_dates_label_in_a_row_or_run_on_into_an_updates_note(line, day, kind):
    assert dates.read_dateline(line, _TEN_LANGUAGES) == dates.Published(dt.date.fromisoformat(day))
    assert dates.dateline_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Date limite de dépôt : 15 mars 2026 à minuit",  # a deadline: another day than the page's
        "Fecha límite: 20/02/2026",
        "Plazo de presentación: hasta el 20/02/2026",
        "Einsatzdatum: 17.09.2026",
        "Data di scadenza: 12/06/2026",
        "Data limite: 12/06/2026",
        "Deadline: 12 June 2026",
        "Event date: 12 June 2026",
        "Sluitingsdatum: 12 juni 2026",
        "Дата проведения: 12 июня 2026",
        "Дата проведення: 12 червня 2026",
        "Data wydarzenia: 12 czerwca 2026",
        "Convocatoria | Plazo de presentación: hasta el 20/02/2026 | Área de Educación",
        "Jane posted 3 photos on 12 May 2026",  # a name and a verb: a sentence
        "Il a publié 3 livres en 2020",
    ],
)
def test_another_days_label_or_a_sentence_is_no_dateline(line):
    assert dates.read_dateline(line, _TEN_LANGUAGES) is None


def test_an_update_note_is_no_dateline_when_it_runs_on_as_prose():
    long_note = "Last updated 28 July 2026 — " + " ".join(["we added the times of the clinics"] * 3)
    assert dates.read_dateline(long_note) is None


@pytest.mark.parametrize(
    "line",
    [
        "Einsatz Nr. 112/2026 | Einsatzdatum: 17.09.2026 | Alarmierung: 03:41 Uhr | Einsatzart: B4 – Brand",
        "Date limite de dépôt : 15 mars 2026 à minuit",
        "Convocatoria | Fecha: 19/01/2026 | Plazo de presentación: hasta el 20/02/2026 | Área de Educación y Juventud",
        "Bando · Scadenza: 12/06/2026 ore 12:00 · Protocollo n. 8841",
        "Edital · Prazo de candidatura: 12/06/2026",
        "Oproep · Sluitingsdatum: 12 juni 2026 · Afdeling Cultuur",
        "Конкурс · Срок подачи: 12.06.2026 · Отдел культуры",
        "Конкурс · Термін подання: 12.06.2026 · Відділ культури",
        "Konkurs · Termin składania: 12.06.2026 · Wydział Kultury",
        "Call for entries · Deadline: 12 June 2026 · Culture team",
    ],
)
def test_a_row_of_the_pages_fields_with_a_labelled_day_is_header_furniture(line):
    assert dates.is_date_fields(line)


@pytest.mark.parametrize(
    "line",
    [
        "Antragsfrist: 30. Juni 2026 ist zu knapp, sagte der Bürgermeister bei der Sitzung im Rathaus am Montagabend.",
        "Note: the hall opens at 7pm.",  # no day
        "Einsatzdatum 17.09.2026",  # no label's colon
        "The council met on 3 March 2026. Its decision: more buses.",  # a sentence
    ],
)
def test_a_sentence_or_a_line_without_a_labelled_day_is_no_row_of_fields(line):
    assert not dates.is_date_fields(line)


def test_a_row_of_fields_under_the_headline_goes_and_dates_the_page_by_its_publication_part():
    header = [
        "# Scheunenbrand in Niederhollbrunn: Großeinsatz in der Nacht",
        "Einsatz Nr. 112/2026 | Einsatzdatum: 17.09.2026 | Alarmierung: 03:41 Uhr | Einsatzart: B4 – Brand",
        "Veröffentlicht: 18.09.2026",
    ]
    cleaned = clean_text("\n\n".join([*header, LONG, *PROSE]))
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 9, 18)
    assert not any("Einsatzdatum" in paragraph for paragraph in cleaned.paragraphs)
    call = ["# Résidence d'artistes 2026", "Date limite de dépôt : 15 mars 2026 à minuit"]
    cleaned = clean_text("\n\n".join([*call, LONG, *PROSE]))
    assert cleaned.published is None  # a deadline dates no page
    assert not any("Date limite" in paragraph for paragraph in cleaned.paragraphs)


def test_an_update_note_under_the_headline_goes_and_gives_way_to_the_publication():
    header = ["# Measles: check vaccination records", "Published 21 July 2026"]
    note = "Last updated 28 July 2026 — added the walk-in clinic times for August"
    cleaned = clean_text("\n\n".join([*header, note, LONG, *PROSE]))
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 7, 21)
    assert note not in cleaned.paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Comunicado · 02-07-2026 · Unidade de Saúde Pública Terras de Basto",  # a notice's kind, date and issuer
        "Press release · 2 July 2026 · Wessex Health Protection Unit",
        "Pressemitteilung · 02.07.2026 · Gesundheitsamt Landkreis Oberhavel",
        "Comunicado · 02/07/2026 · Servicio Aragonés de Salud Huesca",
        "Comunicato · 02/07/2026 · Azienda Sanitaria Locale di Bergamo Est",
        "Persbericht · 2 juli 2026 · GGD Hollands Midden Leiden",
        "02.07.2026 · ГУ МЧС России по Калужской Области",
    ],
)
def test_a_dateline_row_may_name_its_issuer_in_a_part_of_its_own(line):
    reading = dates.DateReading(day_first=True, languages=("en", "de", "es", "it", "pt", "nl", "ru"))
    assert dates.read_dateline(line, reading) == dates.Published(dt.date(2026, 7, 2))


@pytest.mark.parametrize(
    "line",
    [
        "The storm hit · 04.02.2026 · Source Reuters And The Mayor Said",  # seven capitalised words: no issuer
        "Sports | Opinion | 2 July 2026 | Wessex Health Protection Unit",  # two sections and a name
    ],
)
def test_an_issuers_part_never_turns_a_row_of_other_parts_into_a_dateline(line):
    assert dates.read_dateline(line, dates.DateReading(day_first=True, languages=("en",))) is None


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Union syndicale des ateliers ferroviaires de Nevers – bulletin du mardi 1er décembre 2026", "2026-12-01"),
        ("Riverside rowing and sculling club of the lower valley – bulletin of 1 December 2026", "2026-12-01"),
        ("Asociación vecinal del barrio de la estación – boletín del 1 de diciembre de 2026", "2026-12-01"),
        ("Bollettino sentieri n. 19 · aggiornato al 28/11/2026", "2026-11-28"),  # an issue's short number
        ("aggiornato al 28 novembre 2026", "2026-11-28"),
        ("Edizione 1169 – 18 novembre 2020", None),  # a list of back issues: a long number dates each
        ("Les cheminots ont manifesté hier. – bulletin du 1er décembre 2026", None),  # a sentence, no issuer
        ("The storm hit the coast and the old town hall – 1 December 2026", None),  # no issue's words
    ],
)
def test_a_bulletins_masthead_names_its_issuer_beside_its_issues_day(line, day):
    published = dates.read_dateline(line, _TEN_LANGUAGES)
    assert (published.date.isoformat() if published else None) == day


def test_an_update_after_the_pages_kind_is_a_sentences_as_often_and_no_dateline():
    assert dates.read_dateline("Article mis à jour le 7 janvier 2020.", _TEN_LANGUAGES) is None


@pytest.mark.parametrize(
    ("closing", "author"),
    [
        (["Your vicar, Miriam Oakshott"], "Miriam Oakshott"),
        (["Kind regards,", "Jane Doe"], "Jane Doe"),
        (["Mit freundlichen Grüßen", "Jonas Wendlinger"], "Jonas Wendlinger"),
        (["Votre maire, Jean Dupont"], "Jean Dupont"),
        (["Cordialement,", "Claire Vasseur"], "Claire Vasseur"),
        (["Un saludo,", "Ana García"], "Ana García"),
        (["Il vostro parroco, don Ernesto Valsecchi"], "Ernesto Valsecchi"),
        (["Atenciosamente,", "João Sousa"], "João Sousa"),
        (["Met vriendelijke groet,", "Jan de Vries"], "Jan de Vries"),
        (["С уважением, Иван Петров"], "Иван Петров"),
        (["З повагою,", "Іван Коваленко"], "Іван Коваленко"),
        (["ks. Marian Gąsiorek, proboszcz"], "Marian Gąsiorek"),
        (["Z poważaniem", "Jan Kowalski"], "Jan Kowalski"),
        (["Fernão Moutinho, presidente da direção"], "Fernão Moutinho"),  # a name, then its role
        (["Андрей Глушаков, председатель клуба"], "Андрей Глушаков"),
        (["Za Zarząd: Bożena Wrzosek-Mączka, przewodnicząca"], "Bożena Wrzosek-Mączka"),  # for the board
        (["Im Namen des Vorstands: Jonas Wendlinger"], "Jonas Wendlinger"),
        (["Pour le bureau, Claire Vasseur, secrétaire"], "Claire Vasseur"),
        # an author's box: the name alone over a bio that opens with it
        (
            ["Frieda Lorenz", "Frieda Lorenz ist Redakteurin im Ressort Wissen und schreibt über Raumfahrt."],
            "Frieda Lorenz",
        ),
        (["Jane Doe", "Jane Doe is a science reporter based in Leeds."], "Jane Doe"),
        (["Иван Петров", "Иван Петров — корреспондент отдела науки."], "Иван Петров"),
    ],
)
def test_a_signature_under_the_article_signs_a_page_without_a_byline(closing, author):
    """A letter's or a notice's signature (a closing formula, the writer's possessive and role, a name and its role)
    names the writer when the header names no one."""
    page = "\n\n".join(["# A notice about the week", LONG, LONG.replace("Moscow", "Geneva"), *closing, "© 2026 Parish"])
    assert clean_text(page).authors == [author]
    signed = "\n\n".join(["# A notice about the week", "By Ann Lee", LONG, LONG.replace("Moscow", "Geneva"), *closing])
    assert clean_text(signed).authors == ["Ann Lee"]  # a byline outranks it


@pytest.mark.parametrize(
    "closing",
    [
        ["Your browser is out of date, Jane Doe"],  # a sentence, no role
        ["Our thanks go to Jane Doe"],
        ["gez. Dr. Annette Kohlhaas, Bürgermeisterin"],  # an office's signature under a notice
        ["Saludos", "Visit Website"],  # a button under the formula
        ["Ihr Team Hollbrunn"],  # a team signs, no person
        ["Maria Silva, Lisboa"],  # a name and a place: no role after the comma
        ["For the record, the club won"],
        ["Jane Doe", "Jane Doehring is a science reporter."],  # another name under it
        ["Jane Doe", "John Roe is a science reporter based in Leeds."],
        ["Jane Doe", "Jane Doe"],  # the name twice, no bio
        ["Contact us", "Contact us for more."],  # no name
    ],
)
def test_look_alikes_of_a_signature_sign_nothing(closing):
    page = "\n\n".join(["# A notice about the week", LONG, LONG.replace("Moscow", "Geneva"), *closing])
    assert clean_text(page).authors == []


def test_an_experts_box_under_an_article_that_quoted_them_signs_nothing():
    quoted = "Jane Smith, SEO lead at Faire, said the talks in Moscow had gone well and would continue next week."
    box = ["Jane Smith", "Jane Smith is the SEO lead at Faire and writes about search."]
    page = "\n\n".join(["# A roundup of the experts' advice", quoted, LONG, *box])
    assert clean_text(page).authors == []


@pytest.mark.parametrize(
    ("details", "author"),
    [
        ("Vera Landolt, Die Salzfrau. Roman. 384 Seiten, gebunden, 26,00 €.", "Vera Landolt"),
        ("Remedios Altamirano, «El año de las cigüeñas». Editorial Cárabo, 2026. 296 páginas, 19,90 €.", None),
        ("Лидия Кострицкая. Северный ветер: роман. — М.: Полынь, 2026. — 320 с.", "Лидия Кострицкая"),
        ("Jane Doe, The Salt Road. A novel. 312 pages, hardback, £18.99.", "Jane Doe"),
        ("New York, March 3. 40 pages of photographs.", ""),  # a place's name
    ],
)
def test_a_books_details_line_under_an_excerpt_names_its_author(details, author):
    page = "\n\n".join(["# An excerpt from the new novel", LONG, LONG.replace("Moscow", "Geneva"), details])
    expected = [] if author == "" else [author or "Remedios Altamirano"]
    assert clean_text(page).authors == expected


def test_a_books_details_line_the_shop_took_still_names_its_author():
    """Beside the shop's prompt the details line goes with it (`shop_teaser`), and still names the excerpt's
    author."""
    details = "Jane Doe, The Salt Road. A novel. 312 pages, hardback, £18.99."
    page = "\n\n".join(
        ["# An excerpt", LONG, LONG.replace("Moscow", "Geneva"), details, "Add to cart · Buy the e-book"]
    )
    cleaned = clean_text(page)
    assert ("shop_teaser", details) in [(entry.rule, entry.text) for entry in cleaned.removed]
    assert cleaned.authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("OSP Brzezinka · Aktualności · Dodano: 03.07.2026 · Autor: dh. Rafał Mikołajczyk", "Rafał Mikołajczyk"),
        ("Veröffentlicht: 18.09.2026 · Text: Jonas Wendlinger · Fotos: FF Hollbrunn", "Jonas Wendlinger"),
        ("Releasebeheerder: Fenna de Graaff · 10-03-2026 · 4 reacties", "Fenna de Graaff"),
    ],
)
def test_a_rows_by_word_part_names_the_writer(row, author):
    page = "\n\n".join(["# Dzień otwarty w remizie", row, LONG, LONG.replace("Moscow", "Geneva")])
    assert clean_text(page).authors == [author]


def test_an_organisation_or_a_calendar_day_in_the_header_gives_way_to_a_person():
    """A unit's or a day's name read as the header's byline ("Author: Freiwillige Feuerwehr Hollbrunn", "XXVIII
    Niedziela Zwykła · 11 października 2026") is no person: a person named lower down (a signature) is the writer,
    and with none the unit stays the page's author."""
    for header in ("Author: Freiwillige Feuerwehr Hollbrunn", "XXVIII Niedziela Zwykła · 11 października 2026"):
        body = [LONG, LONG.replace("Moscow", "Geneva")]
        signed = clean_text("\n\n".join(["# Ogłoszenia parafialne", header, *body, "ks. Marian Gąsiorek, proboszcz"]))
        assert signed.authors == ["Marian Gąsiorek"]
    unsigned = clean_text("\n\n".join(["# Scheunenbrand", "Author: Freiwillige Feuerwehr Hollbrunn", LONG, LONG]))
    assert unsigned.authors == ["Freiwillige Feuerwehr Hollbrunn"]


def test_a_writers_by_line_under_a_name_shaped_site_line_is_the_writer():
    """A feed reader's item header puts the site's name alone under the headline; the article's own "By"-line under
    it names the writer."""
    byline = "Por Remedios Altamirano | Publicado el 22 de abril de 2026"
    page = "\n\n".join(["# Fragmento de la novela", "Lecturas Cárabo", byline, LONG, LONG.replace("Moscow", "Geneva")])
    assert clean_text(page).authors == ["Remedios Altamirano"]


def test_a_note_pasted_into_onenote_gives_the_url_from_its_pasted_from_line():
    note = ["A headline about the talks - The Example Times", "Sunday, 6 December 2026", "10:14", ""]
    page = [
        "A headline about the talks",
        "",
        "By Jane Doe, 30 November 2026",
        "",
        LONG,
        "",
        GENEVA,
    ]
    cleaned = clean_text("\n".join([*note, *page, "", "Pasted from <https://news.example/talks-42>"]))
    assert cleaned.url == "https://news.example/talks-42"
    assert [removal.rule for removal in cleaned.removed if "Pasted from" in removal.text] == ["source_url"]


def test_a_feed_item_a_mail_client_stored_gives_its_subject_sender_day_and_page():
    header = [
        "From - Mon Nov 30 19:05:12 2026",
        "X-Mozilla-Status: 0001",
        "Date: Mon, 30 Nov 2026 18:40:00 +0000",
        "Message-Id: <https://news.example/?p=42@localhost.localdomain>",
        "From: Jane Doe",
        "MIME-Version: 1.0",
        "Subject: A headline about the talks",
        "Content-Base: https://news.example/talks-42",
        "Content-Type: text/plain; charset=UTF-8",
    ]
    cleaned = clean_text("\n".join([*header, "", LONG, "", GENEVA]))
    assert (cleaned.title, cleaned.authors, cleaned.url) == (
        "A headline about the talks",
        ["Jane Doe"],
        "https://news.example/talks-42",
    )
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 11, 30)


def test_a_feed_item_rss2email_mailed_gives_its_subject_writer_and_page_and_its_headers_go():
    header = [
        "From: The Example Times: Jane Doe <user@rss2email.invalid>",
        "To: reader@mail.example",
        "Subject: A headline about the talks",
        "Date: Sun, 06 Dec 2026 05:12:44 -0000",
        "Message-ID: <20261206051244.42@dev.null.invalid>",
        'Content-Type: text/plain; charset="utf-8"',
        "List-ID: <the-example-times.localhost.localdomain>",
        "List-Post: NO (posting not allowed on this list)",
        "X-RSS-Feed: https://news.example/feed/",
        "X-RSS-URL: https://news.example/talks-42",
        "X-RSS-TAGS: Politics, World",
        "User-Agent: rss2email/3.14",
    ]
    cleaned = clean_text("\n".join([*header, "", LONG, "", GENEVA]))
    assert (cleaned.title, cleaned.authors, cleaned.url) == (
        "A headline about the talks",
        ["Jane Doe"],
        "https://news.example/talks-42",
    )
    assert cleaned.paragraphs == [LONG, GENEVA]
    # near miss: a sender without the feed's title and a colon is read whole
    cleaned = clean_text("\n".join([header[0].replace("The Example Times: ", ""), *header[1:], "", LONG]))
    assert cleaned.authors == ["Jane Doe"]


def test_goose3s_fields_give_the_pages_title_address_and_day():
    fields = [
        "title: A headline about the talks",
        "meta_description: The talks went on late.",
        "meta_lang: en",
        "meta_keywords: talks, Geneva, ministers",
        "canonical_link: https://news.example/world/talks-42",
        "domain: news.example",
        "authors: ['Jane Doe']",
        "publish_date: 2026-11-27T07:45:00+00:00",
        "cleaned_text:",
    ]
    cleaned = clean_text("\n".join([*fields, LONG, "", GENEVA]))
    assert (cleaned.title, cleaned.url) == ("A headline about the talks", "https://news.example/world/talks-42")
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 11, 27)
    assert cleaned.paragraphs == [LONG, GENEVA]


def test_a_yaml_dumps_fields_around_its_text_give_title_writers_address_and_day():
    """news-please's article dumped as YAML: its keys in alphabetical order, the text a block scalar between them."""
    top = [
        "authors:",
        "- Jane Doe",
        "- Redaktion",
        "date_download: '2026-12-07 08:14:52'",
        "date_modify: null",
        "date_publish: '2026-12-02 14:30:00'",
        "description: The talks went on late.",
        "language: en",
        "localpath: null",
        "maintext: |-",
    ]
    bottom = [
        "source_domain: news.example",
        "title: A headline about the talks",
        "title_page: A headline about the talks | The Example Times",
        "title_rss: null",
        "url: https://news.example/world/talks-42",
    ]
    cleaned = clean_text("\n".join([*top, f"  {LONG}", f"  {GENEVA}", *bottom]))
    assert (cleaned.title, cleaned.url) == ("A headline about the talks", "https://news.example/world/talks-42")
    assert cleaned.authors == ["Jane Doe"]  # a desk is no writer
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 12, 2)  # never the download's
    assert cleaned.paragraphs == [LONG, GENEVA]
    # near miss: a page's own "Note:" line over its text is no tool's header
    cleaned = clean_text("\n".join(["Note:", "- the talks", LONG, "", GENEVA]))
    assert LONG in cleaned.paragraphs


def test_a_forwarded_mail_without_a_page_address_keeps_its_sender_and_subject_apart():
    header = ["From: The Example Times <news@example.com>", "Date: Mon, 30 Nov 2026", "Subject: Fwd: Weekly news"]
    cleaned = clean_text("\n".join([*header, "", "# A headline about the talks", "", LONG, "", LONG]))
    assert cleaned.title == "A headline about the talks"
    assert cleaned.authors == []


def test_a_feed_items_xml_gives_title_link_writer_day_and_its_text():
    item = [
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0">',
        "<channel>",
        "<title>The Example Times &#8211; News</title>",
        "<item>",
        "<title>A headline about the talks&#8217; end</title>",
        "<link>https://news.example/talks-42/</link>",
        "<dc:creator><![CDATA[Jane Doe]]></dc:creator>",
        "<pubDate>Thu, 03 Dec 2026 08:30:00 +0000</pubDate>",
        "<description><![CDATA[The minister said on Tuesday that the talks had gone well [&#8230;]]]></description>",
        f"<content:encoded><![CDATA[<p>{LONG}</p>",
        f"<p>{GENEVA}</p>",
        "]]></content:encoded>",
        "</item>",
        "</channel>",
        "</rss>",
    ]
    cleaned = clean_text("\n".join(item))
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 12, 3)
    assert (cleaned.title, cleaned.authors, cleaned.url, cleaned.paragraphs) == (
        "A headline about the talks’ end",
        ["Jane Doe"],
        "https://news.example/talks-42/",
        [LONG, GENEVA],
    )


def test_html_to_text_links_and_images_are_chrome_and_its_capitalised_headline_the_title():
    page = [
        "Skip to content [#main]",
        " * Home [/]",
        " * News [/news]",
        " * Sport [/sport]",
        "",
        "TALKS IN MOSCOW END WITH A DEAL ON GRAIN EXPORTS",
        "",
        "By Jane Doe | 30 November 2026",
        "",
        "The delegations in the hall [/images/talks.jpg]",
        "",
        LONG,
        "",
        GENEVA,
        "",
        " * Share on Facebook [https://www.facebook.com/sharer/sharer.php?u=x]",
    ]
    cleaned = clean_text("\n".join(page))
    assert cleaned.title == "TALKS IN MOSCOW END WITH A DEAL ON GRAIN EXPORTS"
    assert cleaned.paragraphs == [LONG, GENEVA]
    rules = {removal.text: removal.rule for removal in cleaned.removed}
    assert rules["The delegations in the hall [/images/talks.jpg]"] == "markdown_image"
    assert rules["* News [/news]"] == "link_only"


@pytest.mark.parametrize(
    "image",
    [
        "[[File:hall.jpg|The delegations in the hall. Photo: Jane Roe]]",
        "[[Datei:saal.png|thumb|Die Delegationen im Saal]]",
        "[[Plik:sala.webp|Delegacje w sali]]",
        "[[Файл:зал.jpg|Делегации в зале]]",
    ],
)
def test_a_mediawiki_image_is_no_title_and_its_caption_goes(image):
    """MediaWiki's image link between the byline and the article: the picture and its caption, never the headline
    the `= … =` heading above it is; a wiki link to a page ("[[Geneva talks|the talks]]") is text."""
    page = ["= Talks in Moscow end with a deal on grain exports =", "", "By Jane Doe | 30 November 2026", "", image]
    cleaned = clean_text("\n".join([*page, "", LONG, "", GENEVA]))
    assert cleaned.title == "Talks in Moscow end with a deal on grain exports"
    assert cleaned.paragraphs == [LONG, GENEVA]
    assert {removal.text: removal.rule for removal in cleaned.removed}[image] == "markdown_image"


def test_a_mediawiki_link_to_a_page_is_no_image():
    from cleaners.markdown import is_image_only

    assert not is_image_only("[[Geneva talks|The talks in Geneva]]")
    assert not is_image_only("[[File:hall.jpg|The hall]] and the talks went on")


def test_pandoc_rst_markup_is_no_title_nor_text():
    page = [
        ".. container:: header",
        "",
        "   `Skip to content <#content>`__",
        "",
        "   -  `Home </>`__",
        "   -  `News </news>`__",
        "",
        "A headline about the talks in Moscow",
        "====================================",
        "",
        ".. container:: content",
        "",
        f"   {LONG}",
        "",
        f"   {GENEVA}",
        "",
        ".. |logo| image:: /static/logo.svg",
    ]
    cleaned = clean_text("\n".join(page))
    assert (cleaned.title, cleaned.paragraphs) == ("A headline about the talks in Moscow", [LONG, GENEVA])


def test_a_social_posts_first_line_is_its_title_and_its_stamp_dates_it():
    """A page's post copied from a social network: the page's name over the post's stamp (its audience's icon
    last) is the poster, no headline; the post's first line is the title, the stamp dates it, and the signature
    under it names the writer."""
    page = "\n\n".join(
        [
            "Facebook",
            "Riverside Rowing Club\n3 December 2026 at 16:20 · 🌍",
            "New boathouse opens its doors to members on Saturday with a long row down the valley",
            LONG,
            LONG.replace("Moscow", "Geneva"),
            "Jane Doe, secretary",
            "👍 12",
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.title == "New boathouse opens its doors to members on Saturday with a long row down the valley"
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 12, 3)
    assert cleaned.authors == ["Jane Doe"]


def test_a_chat_export_gives_the_pasted_articles_headline_and_the_shared_link():
    chat = [
        "01/12/2026, 20:31 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
        "01/12/2026, 20:33 - Pat: Here is the story about the talks",
        "01/12/2026, 20:33 - Pat: https://news.example/talks-42",
        "01/12/2026, 20:34 - Pat: *A headline about the talks*",
        "By Jane Doe · 30 November 2026",
        "",
        LONG,
        "",
        GENEVA,
        "01/12/2026, 20:36 - Sam: Great news, thanks for sharing this with the whole group!",
        "01/12/2026, 20:41 - Pat: <Media omitted>",
    ]
    cleaned = clean_text("\n".join(chat))
    assert (cleaned.title, cleaned.url) == ("A headline about the talks", "https://news.example/talks-42")
    assert cleaned.paragraphs == [LONG, GENEVA]
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 11, 30)


def test_a_few_stamped_lines_of_a_page_are_no_chat():
    page = ["# A headline about the talks", "", LONG, "", "12/03/2026 14:00 - gates open", "", LONG]
    assert clean_text("\n".join(page)).title == "A headline about the talks"


_FETCHED = dates.DateReading(
    day_first=True,
    languages=_TEN_LANGUAGES.languages,
    fetched_at=dt.datetime(2026, 12, 6, 10, 2, tzinfo=dt.UTC),
)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        # an issue's month and year beside the day
        ("Issue October 2026 · 19.10.2026", "2026-10-19"),
        ("Ausgabe Oktober 2026 · 19.10.2026", "2026-10-19"),
        ("Numéro octobre 2026 · 19.10.2026", "2026-10-19"),
        ("Edición octubre 2026 · 19.10.2026", "2026-10-19"),
        ("Uitgave oktober 2026 · 19.10.2026", "2026-10-19"),
        ("Wydanie październik 2026 · 19.10.2026", "2026-10-19"),
        ("Выпуск Октябрь 2026 · 19.10.2026", "2026-10-19"),
        # a credit in a part of its own beside a section
        ("Press releases · 14 July 2026 · By the Press Office", "2026-07-14"),
        ("Comunicati stampa · 14 luglio 2026 · A cura dell'Ufficio stampa del Bioparco", "2026-07-14"),
        ("Communiqués · 14 juillet 2026 · Par le service de presse", "2026-07-14"),
        ("Pressemitteilungen · 14. Juli 2026 · Von der Pressestelle", "2026-07-14"),
        ("Notas de prensa · 14 de julio de 2026 · Por el gabinete de prensa", "2026-07-14"),
        ("Comunicados · 14 de julho de 2026 · Por gabinete de imprensa", "2026-07-14"),
        ("Persberichten · 14 juli 2026 · Door de persdienst", "2026-07-14"),
        ("Новости · 14 июля 2026 · Автор: Иван Петров", "2026-07-14"),
        ("Новини · 14 липня 2026 · Автор: Іван Петренко", "2026-07-14"),
        ("Aktualności · 14 lipca 2026 · Autor: Jan Kowalski", "2026-07-14"),
        # a name with its role in brackets
        ("Rinske Hoogvliet (ritcoördinator) – 17-10-2026", "2026-10-17"),
        ("Jane Doe (club secretary) – 17-10-2026", "2026-10-17"),
        ("Anna Schmidt (Vorsitzende) – 17.10.2026", "2026-10-17"),
        # a relative date, the strip's only one, with the fetch time known
        ("Escrito por Anselmo Cuartero, arqueólogo director · hace 3 días · 5 min de lectura", "2026-12-03"),
        ("By Jane Doe · 3 days ago · 5 min read", "2026-12-03"),
    ],
)
def test_a_dateline_row_may_hold_an_issue_a_credit_a_name_with_its_role_or_only_a_relative_date(line, day):
    assert dates.read_dateline(line, _FETCHED) == dates.Published(dt.date.fromisoformat(day))


@pytest.mark.parametrize(
    "line",
    [
        "By HNN Staff | November 18, 2019 at 2:26 PM - Updated November 18 at 4:46 PM",
        "Par la rédaction | 18 novembre 2019 - Mis à jour le 19 novembre 2019",
        "Von der Redaktion · 18.11.2019 · Aktualisiert: 19.11.2019",
        "Por la redacción · 18/11/2019 · Actualizado: 19/11/2019",
        "A cura della redazione · 18/11/2019 · Aggiornato: 19/11/2019",
        "Por Redação · 18/11/2019 · Atualizado em 19/11/2019",
        "Door de redactie · 18-11-2019 · Bijgewerkt: 19-11-2019",
        "Автор: Иван Петров · 18.11.2019 · Обновлено: 19.11.2019",
        "Автор: Іван Петренко · 18.11.2019 · Оновлено: 19.11.2019",
        "Autor: Jan Kowalski · 18.11.2019 · Aktualizacja: 19.11.2019",
    ],
)
def test_a_credit_set_aside_leaves_a_row_whose_update_is_still_set_aside(line):
    """The update's part is set aside by the row's count of parts, the credit's among them: a byline, its day and
    its update is still a dateline (a hawaiinewsnow page's row stayed in the article once the credit went first)."""
    assert dates.read_dateline(line, _FETCHED) == dates.Published(dt.date(2019, 11, 18))


def test_a_row_whose_only_date_is_its_updates_keeps_it():
    """The update's part is set aside only beside another date: a row dated by its update alone stays one."""
    line = "109 Comments | Jill Winger | Last Updated: March 11, 2019"
    assert dates.read_dateline(line, _FETCHED) == dates.Published(dt.date(2019, 3, 11))


@pytest.mark.parametrize(
    "line",
    [
        "Events · 3 March 2026 · Concert in the park tonight",  # a section, a date and a headline
        "Jane Doe (1990) – 17-10-2026",  # a figure in brackets: no role
        "Issue 42 · 12.10.2026 · 19.10.2026",  # two days
        "By Jane Doe · 3 days ago · 12 comments on 4 posts",
        "By Jane Doe · 18.11.2019 · 19.11.2019",  # two days, neither an update's
        "By Jane Doe · 18.11.2019 · Event date: 19.11.2019",
    ],
)
def test_a_row_with_a_second_text_a_figure_in_brackets_or_two_days_is_no_dateline(line):
    assert dates.read_dateline(line, _FETCHED) is None


def test_a_relative_date_with_filler_needs_the_fetch_time():
    assert dates.read_dateline("hace 3 días · 5 min de lectura", _TEN_LANGUAGES) is None


_FEED_ITEM = "\n\n".join(
    [
        "Inoreader",
        "{item}",
        "Save web page\tRead later\tShare\tTag",
        "# The council approves the new ice rink on the west road",
        LONG,
        LONG.replace("Moscow", "Geneva"),
        "Go to website\tMark as unread\tAdd to favorites",
    ]
)


@pytest.mark.parametrize(
    ("item", "day"),
    [
        ("IJsclub De Hoornse Vaart – Nieuws · by Secretariaat · 25 Feb 2026, 21:58", dt.date(2026, 2, 25)),
        ("ДСНС Рівненщини – новини · 12 Jan 2026, 06:15", dt.date(2026, 1, 12)),
        ("Parish news · 3 March 2026", dt.date(2026, 3, 3)),
    ],
)
def test_a_feed_readers_item_line_over_its_buttons_dates_the_page(item, day):
    cleaned = clean_text(_FEED_ITEM.format(item=item))
    assert cleaned.published == dates.Published(day)


@pytest.mark.parametrize(
    "page",
    [
        _FEED_ITEM.format(item="IJsclub De Hoornse Vaart – Nieuws · by Secretariaat"),  # the item line has no stamp
        # a site's date strip over its menu, no reader's buttons: today's date, no article's
        _FEED_ITEM.format(item="Parish news · 3 March 2026").replace("Save web page\tRead later\tShare\tTag", "Menu"),
    ],
)
def test_no_feed_readers_stamp_no_date_above_the_headline(page):
    assert clean_text(page).published is None


# Miniflux's item line over its row of buttons, its stamp a relative date: no day, but its writer
_MINIFLUX_ROWS = [
    ("Club news · by Jane Roe · 4 days ago · 3 min read", "Save · Star · Mark as unread · Fetch original content"),
    ("Le Fil · par Noémie Castagnède · il y a 4 jours", "Enregistrer · Ajouter aux favoris · Marquer comme non lu"),
    ("Stato dei sentieri · di Ercole Panizzardi · 2 giorni fa", "Salva · Aggiungi ai preferiti · Segna come non letto"),
    ("Nieuws · door Lieke van Wezenbeek · 3 dagen geleden", "Opslaan · Favoriet maken · Markeren als ongelezen"),
    ("Vereinsnews · von Jana Roth · vor 4 Tagen", "Speichern · Zu Favoriten hinzufügen · Als ungelesen markieren"),
    ("Noticias · por Ana Gil · hace 4 días", "Guardar · Añadir a favoritos · Marcar como no leído"),
    ("Notícias · por Rui Lima · há 4 dias", "Guardar · Adicionar aos favoritos · Marcar como não lido"),
    ("Aktualności · Autor: Jan Nowak · 4 dni temu", "Zapisz · Dodaj do ulubionych · Oznacz jako nieprzeczytane"),
    ("Новости · Автор: Анна Петрова · 4 дня назад", "Сохранить · Добавить в избранное · Отметить как непрочитанное"),
    ("Новини · Автор: Ганна Петренко · 4 дні тому", "Зберегти · Додати до обраного · Позначити як непрочитане"),
]


@pytest.mark.parametrize(("item", "buttons"), _MINIFLUX_ROWS)
def test_a_feed_readers_item_line_over_a_row_of_buttons_credits_its_writer(item, buttons):
    page = _FEED_ITEM.format(item=item).replace("Save web page\tRead later\tShare\tTag", buttons)
    assert clean_text(page).authors == [item.split(" · ")[1].split(maxsplit=1)[1]]


@pytest.mark.parametrize(("item", "buttons"), _MINIFLUX_ROWS)
def test_a_feed_readers_item_line_and_buttons_under_the_headline_go(item, buttons):
    # Miniflux's item: the headline, then the item line and its row of buttons over the article, all the reader's
    page = "\n\n".join(["Miniflux", "# The council approves the new ice rink on the west road", item, buttons, LONG])
    cleaned = clean_text(page)
    assert item not in cleaned.text
    assert buttons not in cleaned.text
    assert cleaned.authors == [item.split(" · ")[1].split(maxsplit=1)[1]]


def test_a_long_headline_under_a_feed_readers_buttons_is_the_title():
    """The item's headline under the reader's item line and buttons, long enough to be taken for prose: its first
    line is the title, not the reader's name atop the dump."""
    headline = "General assembly approves the accounts and elects a new board for the farmers' cooperative in the hills"
    page = _FEED_ITEM.format(item="Cooperative news · by Albert Lopes · 31 Mar 2026, 14:20").replace(
        "# The council approves the new ice rink on the west road", headline
    )
    assert clean_text(page).title == headline


@pytest.mark.parametrize(
    ("masthead", "day"),
    [
        ("Union syndicale des ateliers de Nevers – bulletin du mardi 1er décembre 2026", dt.date(2026, 12, 1)),
        ("Bollettino sentieri n. 19 · aggiornato al 28/11/2026", dt.date(2026, 11, 28)),
        ("Riverside Rowing Club – bulletin of 1 December 2026", dt.date(2026, 12, 1)),
        ("Trail newsletter issue 19 · updated 28/11/2026", dt.date(2026, 11, 28)),
    ],
)
def test_a_feed_items_masthead_under_the_readers_buttons_dates_the_page(masthead, day):
    """Miniflux's item whose stamp is relative (no fetch time, no day): the item's first line, a bulletin's masthead
    with its issue's day, dates it; the reader's item line and buttons are the reader's, no article's lines."""
    item, buttons = _MINIFLUX_ROWS[1]
    menu = ["Miniflux", "Non lus (14)", "Favoris", "Historique", "Abonnements", "Paramètres", "Se déconnecter"]
    headline = "The council approves the new ice rink on the west road"
    page = "\n".join([*menu, "", headline, f"{item} · 3 min de lecture", buttons, "", masthead, "", LONG, "", LONG])
    cleaned = clean_text(page)
    assert cleaned.published == dates.Published(day)
    assert not {item, buttons} & {paragraph.split(" · 3 min")[0] for paragraph in cleaned.paragraphs}


def test_a_row_of_three_parts_naming_no_buttons_credits_no_one():
    page = _FEED_ITEM.format(item="Club news · by Jane Roe · 4 days ago").replace(
        "Save web page\tRead later\tShare\tTag", "Save · Star · Share"
    )
    assert clean_text(page).authors == []  # near miss: a share row, no reader's item over it


CONTENTS = [
    "Where the route starts",
    "The first climb",
    "Lunch at the hut",
    "The ridge",
    "Coming down",
    "Getting there",
]
LEDE = (
    "We walked the whole ridge in one long day in September, and this is how it went, from the car park in the "
    "valley to the last bus back."
)


@pytest.mark.parametrize(
    "heading",
    [
        "Contents",
        "Inhalt",
        "Sommaire",
        "Índice",
        "Indice",
        "Conteúdo",
        "Inhoudsopgave",
        "Содержание",
        "Зміст",
        "Spis treści",
    ],
)
def test_a_table_of_contents_is_taken_and_the_lede_above_it_kept(heading):
    sections = [line for entry in CONTENTS for line in (f"## {entry}", MORE_PROSE[len(entry) % len(MORE_PROSE)])]
    page = "\n\n".join([*MENU, "# A day on the ridge", LEDE, heading, "\n".join(f"* {e}" for e in CONTENTS), *sections])
    cleaned = clean_text(page)
    assert LEDE in cleaned.paragraphs
    assert [r.text for r in cleaned.removed if r.rule == "table_of_contents"] == [
        heading,
        *(f"* {e}" for e in CONTENTS),
    ]


def test_a_list_whose_entries_are_no_headings_below_is_no_table_of_contents():
    entries = ["Where the route starts", "The first climb", "Lunch at the hut"]
    page = "\n\n".join(["# A day on the ridge", LEDE, "Contents", "\n".join(f"* {e}" for e in entries), *MORE_PROSE])
    assert not any(r.rule == "table_of_contents" for r in clean_text(page).removed)  # the headings never follow
    near = "\n\n".join(
        ["# A day", LEDE, "Termine", "\n".join(f"* {e}" for e in CONTENTS), *[f"## {e}" for e in CONTENTS]]
    )
    assert "Termine" not in [r.text for r in clean_text(near).removed if r.rule == "table_of_contents"]
    led = [*MENU, "# A day on the ridge", LEDE, "The stages we walked were:", *(f"* {e}" for e in CONTENTS)]
    sections = [line for entry in CONTENTS for line in (f"## {entry}", MORE_PROSE[len(entry) % len(MORE_PROSE)])]
    assert not any(r.rule == "table_of_contents" for r in clean_text("\n\n".join([*led, *sections])).removed)


def _footer_block(*lines: str) -> list[str]:
    cleaned = clean_text("\n\n".join(["# A headline about the club", *PROSE, "\n".join(lines)]))
    return [removal.text for removal in cleaned.removed if removal.rule == "copyright"]


def test_a_copyright_line_under_the_last_prose_takes_the_short_lines_of_its_block():
    notice = "Club nights are every second Tuesday at the Scout hut, Mill Lane, from 19:30."
    footer = "The post Club net moves to 2 metres appeared first on Weald Hills Amateur Radio Club."
    assert _footer_block(notice, footer) == [notice, footer]
    address = "Sindicato dos Trabalhadores Fluviais | Rua do Cais, 12, Barreiro | Tel. 212 000 000"
    rights = "© 2026 STFTS. Todos os direitos reservados. | Política de privacidade"
    assert _footer_block(address, rights) == [address, rights]


def test_a_pictures_credit_or_a_copyright_line_under_a_long_block_takes_nothing_above_it():
    caption = "The new model of the family is built only 1,895 times."
    assert _footer_block(caption, "© Foto: Skoda") == ["© Foto: Skoda"]
    rights = "© 2026 Weald Hills Amateur Radio Club. All rights reserved."
    block = ["Members meet on Tuesdays.", "Visitors are welcome.", "Bring a radio.", "Tea is served."]
    assert _footer_block(*block, rights) == [rights]


def _ad_copy(*lines: str) -> list[str]:
    cleaned = clean_text("\n\n".join(["# A headline about the market", *PROSE, "\n".join(lines), *MORE_PROSE]))
    return [removal.text for removal in cleaned.removed if removal.rule == "advertisement"]


def test_a_lone_ad_label_takes_the_short_copy_glued_under_it():
    copy = "Open a trading account today and pay no fees for a year*"
    assert _ad_copy("Advertisement", copy) == ["Advertisement", copy]
    assert _ad_copy("Advertisement", "Garden sheds and summer houses – Harper Timber, Hexham") == [
        "Advertisement",
        "Garden sheds and summer houses – Harper Timber, Hexham",
    ]


def test_an_ad_label_leaves_a_sentence_glued_under_it_or_a_line_after_a_blank():
    assert _ad_copy("Advertisement", "The beekeepers harvested little honey this year.") == ["Advertisement"]
    assert _ad_copy("Advertisement\n\nGarden sheds and summer houses – Harper Timber, Hexham") == ["Advertisement"]


# A read-it-later app's reading view (Pocket's): its back link over the headline, the row "host · bare name · reading
# time" over its link to the original page, in the app's language
_POCKET_ROWS = [
    ("en", "← Back to Saves", "gazette.example · Jane Roe · 5 min read", "View Original"),
    ("de", "← Zurück zu Gespeichert", "bote.example · Jana Roth · 4 Min.", "Original anzeigen"),
    ("fr", "← Retour à la liste", "journal.example · Jeanne Roux · 4 min", "Voir l'original"),
    ("es", "← Volver a la lista", "diario.example · Ana Gil · 4 min", "Ver original"),
    ("it", "← Torna all'elenco", "giornale.example · Anna Neri · 4 min", "Vedi originale"),
    ("pt", "← Voltar à lista", "jornal.example · Rui Lima · 4 min", "Ver original"),
    ("nl", "← Terug naar lijst", "krant.example · Lieke Smit · 4 min", "Origineel bekijken"),
    ("ru", "← Назад к сохранённому", "gazeta.example · Анна Петрова · 3 мин", "Открыть оригинал"),
    ("uk", "← Назад до збережених", "gazeta.example · Ганна Петренко · 3 хв", "Відкрити оригінал"),
    ("pl", "← Wróć do listy", "gazeta.example · Jan Nowak · 3 min", "Zobacz oryginał"),
]


@pytest.mark.parametrize(("language", "back", "row", "button"), _POCKET_ROWS)
def test_a_read_it_later_apps_row_over_its_button_credits_the_writer_and_its_back_link_is_no_title(
    language, back, row, button
):
    page = "\n\n".join(["Pocket", back, "The council approves the new ice rink on the west road", row, button, LONG])
    cleaned = assemble(tag_lines(split_lines(page), language=language))
    assert cleaned.authors == [row.split(" · ")[1]]
    assert cleaned.title == "The council approves the new ice rink on the west road"


def test_a_row_with_no_host_first_credits_no_one():
    page = "\n\n".join(["Club news · Jane Roe · 5 min read", "View Original", LONG])
    assert clean_text(page).authors == []  # near miss: a site's section, not a host, opens the row


# A browser's reader view (Edge's Immersive Reader) copied with its toolbar over the headline, in the UI's language
_READER_TOOLBARS = {
    "en": "Text preferences   Grammar tools   Reading preferences   Read aloud",
    "fr": "Préférences de texte   Outils de grammaire   Préférences de lecture   Lecture à voix haute",
    "de": "Texteinstellungen   Grammatiktools   Leseeinstellungen   Laut vorlesen",
    "es": "Preferencias de texto   Herramientas de gramática   Preferencias de lectura   Leer en voz alta",
    "it": "Preferenze testo   Strumenti di grammatica   Preferenze di lettura   Leggi ad alta voce",
    "pt": "Preferências de texto   Ferramentas de gramática   Preferências de leitura   Ler em voz alta",
    "nl": "Tekstvoorkeuren   Grammaticahulpmiddelen   Leesvoorkeuren   Voorlezen",
    "ru": "Параметры текста   Средства грамматики   Параметры чтения   Прочесть вслух",
    "uk": "Параметри тексту   Граматичні засоби   Параметри читання   Читати вголос",
    "pl": "Preferencje tekstu   Narzędzia gramatyczne   Preferencje czytania   Czytaj na głos",
}


@pytest.mark.parametrize(("language", "toolbar"), _READER_TOOLBARS.items())
def test_a_reader_views_toolbar_atop_the_dump_is_no_title_however_long(language, toolbar):
    page = "\n".join([toolbar, "The council approves the new ice rink on the west road", "courier.example", LONG])
    cleaned = assemble(tag_lines(split_lines(page), language=language))
    assert cleaned.title == "The council approves the new ice rink on the west road"
    assert toolbar.split()[0] not in cleaned.text


def test_a_row_of_other_words_atop_the_dump_stays_the_title():
    page = "\n".join(["Read aloud   and other stories from the valley", LONG])  # near miss: not only buttons
    assert clean_text(page).title == "Read aloud and other stories from the valley"


@pytest.mark.parametrize(
    ("language", "row", "author", "day"),
    [
        ("fr", "Maylis Escoubès-Tardy · formatrice en occitan · 22 novembre 2026", "Maylis Escoubès-Tardy", 22),
        ("en", "Euan Macfarlane | Sunday 29 November 2026 at 18:40 | Shows & events", "Euan Macfarlane", 29),
    ],
)
def test_a_long_dateline_crediting_a_name_in_a_part_of_its_own_is_passed_by_the_title_scan(language, row, author, day):
    """Over eight words, the row is no short dated line: its credit tells it from a headline, a host's line between."""
    page = "\n".join(["The council approves the new ice rink on the west road", "courier.example", row, LONG])
    cleaned = assemble(tag_lines(split_lines(page), language=language))
    assert (cleaned.title, cleaned.authors) == ("The council approves the new ice rink on the west road", [author])
    assert cleaned.published is not None and cleaned.published.date.day == day


@pytest.mark.parametrize(
    "headline",
    [
        "= The council approves the new ice rink on the west road =",  # MediaWiki (pandoc's `-t mediawiki`)
        "== The council approves the new ice rink on the west road",  # AsciiDoc, under its "= Title | Site"
        "****** The council approves the new ice rink on the west road ******",  # the C html2text
    ],
)
def test_the_headings_of_other_markups_give_the_title(headline):
    page = "\n\n".join(["[ Search__________ ] [ Go ]", headline, LONG])
    assert clean_text(page).title == "The council approves the new ice rink on the west road"


def test_orgs_title_keyword_gives_way_to_the_headline_under_it_past_its_drawer():
    page = "\n".join(
        [
            "#+title: The council approves the new ice rink on the west road – Courier",
            "",
            "* The council approves the new ice rink on the west road",
            "  :PROPERTIES:",
            "  :CUSTOM_ID: ice-rink",
            "  :END:",
            "",
            LONG,
        ]
    )
    cleaned = clean_text(page)
    assert cleaned.title == "The council approves the new ice rink on the west road"
    assert ":PROPERTIES:" not in cleaned.text


def test_trafilaturas_xml_gives_title_writer_day_and_address_and_its_comments_go():
    page = "\n".join(
        [
            (
                '<doc sitename="Courier" title="The council approves the new ice rink - Courier" author="Jane Roe"'
                ' date="2026-11-30" url="https://courier.example/news/ice-rink" hostname="courier.example">'
            ),
            "<main>",
            f"<p>{LONG}</p>",
            "</main>",
            "<comments>",
            "<p>About time, we have waited for this rink for ten years and more, said nobody at all.</p>",
            "</comments>",
            "</doc>",
        ]
    )
    cleaned = clean_text(page)
    assert (cleaned.title, cleaned.authors, cleaned.url) == (
        "The council approves the new ice rink",
        ["Jane Roe"],
        "https://courier.example/news/ice-rink",
    )
    assert cleaned.published == dates.Published(dt.date(2026, 11, 30))
    assert "waited for this rink" not in cleaned.text


@pytest.mark.parametrize(
    ("address", "found"),
    [
        ("https://courier.example/news/council-approves-ice-rink-west-road", True),
        ("https://courier.example/news/harbour-car-park-charges", False),  # near miss: another page's address
    ],
)
def test_a_bare_address_under_the_headline_that_spells_its_slug_is_the_pages(address, found):
    page = "\n\n".join(["PrintFriendly", "The council approves the new ice rink on the west road", address, LONG])
    assert clean_text(page).url == (address if found else None)


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Узкоколейка в Заречном возобновила рейсы после ремонта моста — Заречные вести", True),
        ("Вузькоколійка знову курсує після ремонту мосту | Вісті", True),
        ("Вісті", False),  # near miss: a site's name over an address is no scraper's title line
    ],
)
def test_a_scrapers_address_under_its_title_line_is_the_pages_whatever_its_slugs_script(title, found):
    address = "https://vesti.example/news/uzkokoleyka-vozobnovila-reysy"
    page = "\n".join([title, address, "", "Главная", "Новости", "", LONG, "", GENEVA])
    assert clean_text(page).url == (address if found else None)


@pytest.mark.parametrize(
    ("line", "plain"),
    [
        ("Par '''Jeanne Roux''', correspondante", "Par Jeanne Roux, correspondante"),  # MediaWiki's bold
        ("''Le Monde'' l'a écrit", "''Le Monde'' l'a écrit"),  # near miss: two quotes mark a quotation
        # TiddlyWiki's bold: a few words opening the line or after a label's colon, then a separator or the end
        ("''Par Aurèle Mancheron'' – publié le 29 novembre 2026", "Par Aurèle Mancheron – publié le 29 novembre 2026"),
        (
            "Autor: ''Kinga Szelągowska-Żmuda'' · 25.11.2026, 07:50",
            "Autor: Kinga Szelągowska-Żmuda · 25.11.2026, 07:50",
        ),
        ("''Von Jana Becker''", "Von Jana Becker"),
        ("Автор: ''Оксана Сливка'' | 20 листопада 2026", "Автор: Оксана Сливка | 20 листопада 2026"),
        ("''Check yo self before you wreck yo self.''", "''Check yo self before you wreck yo self.''"),  # a sentence
        ("He said ''stop'' and left, twice", "He said ''stop'' and left, twice"),  # near miss: inside prose
        ("El monitor de 27'' y el de 32'' cuestan igual", "El monitor de 27'' y el de 32'' cuestan igual"),  # inches
        ("l'école d'été", "l'école d'été"),  # near miss: apostrophes
        ("Did you feel it? link:/felt/report[Tell us what you felt]", "Did you feel it? Tell us what you felt"),
        ("image:/img/map.png[Map of felt reports]", ""),
        ("== Related events ==", "Related events"),
        ("a = b", "a = b"),  # near miss: no heading
        ("**Nives Carbognani**\\", "Nives Carbognani"),  # a hard line break's backslash (Outline's export)
        ("Lettura: 3 minuti\\", "Lettura: 3 minuti"),
        ("C:\\\\", "C:\\"),  # near miss: an escaped backslash stays one
        ('Por "Fermín Ostolaza":/autor/fostolaza/ | 4 de diciembre', "Por Fermín Ostolaza | 4 de diciembre"),  # Textile
        ('Compartir: "Facebook":https://facebook.com/sharer "Correo":mailto:', "Compartir: Facebook Correo"),
        ('"Yes": she said, and "No":', '"Yes": she said, and "No":'),  # near miss: quotations before colons
        ("h1(#titular). El vivero recogerá los abetos", "El vivero recogerá los abetos"),
        ("h2. Noticias relacionadas", "Noticias relacionadas"),
        ("p(compartir). Compartir en Facebook", "Compartir en Facebook"),
        ("h2.Notes and p.s. of the week", "h2.Notes and p.s. of the week"),  # near miss: no space after the dot
        ("//Zulmira Baptista// · 24 de novembro de 2026", "Zulmira Baptista · 24 de novembro de 2026"),  # wiki italics
        ("see https://news.example//a// now", "see https://news.example//a// now"),  # an address's slashes
        ("! Bairro das Azenhas já tem compostor", "Bairro das Azenhas já tem compostor"),  # TiddlyWiki's heading
        ("!! Leia também", "Leia também"),
        ("!Achtung: Glatteis", "!Achtung: Glatteis"),  # near miss: no space after the mark
        ("Wow! That was fast", "Wow! That was fast"),  # near miss: an exclamation mid-line
        # LaTeX's (pandoc -t latex)
        (
            r"Par \href{/auteurs/bl/}{Baptiste Lherminier} \textbar{} 30 novembre 2026",
            "Par Baptiste Lherminier | 30 novembre 2026",
        ),
        (r"\section{Le bureau de poste déménage}\label{le-bureau-de-poste}", "Le bureau de poste déménage"),
        (r"\emph{Le guichet rouvrira. Photo : Courrier}", "Le guichet rouvrira. Photo : Courrier"),
        (r"\begin{itemize}", ""),
        (r"\item", ""),
        (r"\includegraphics{/uploads/poste.jpg}", ""),
        (r"\hypertarget{contenu}{}", ""),
        ("the set {a, b} and \\n", "the set {a, b} and \\n"),  # near miss: braces and a backslash in prose
        # BBCode's (an HTML-to-BBCode converter's)
        ("[size=200][b]La fuente vuelve a manar[/b][/size]", "La fuente vuelve a manar"),
        (
            "[i]Por [url=https://n.example/autora/m/]Maripaz Encinillas[/url] - 1 de diciembre[/i]",
            "Por Maripaz Encinillas - 1 de diciembre",
        ),
        ("[color=#777777][size=85]La fuente. Foto: Ayuntamiento[/size][/color]", "La fuente. Foto: Ayuntamiento"),
        ("[img]https://n.example/img/logo.png[/img]", ""),
        ("[b] and [i] are the options", "[b] and [i] are the options"),  # near miss: no closing tag
        # Jira's (pandoc -t jira) and DokuWiki's (pandoc -t dokuwiki)
        ("Por [Iñaki Etxaburu|/autores/ie/] | 27/11/2026", "Por Iñaki Etxaburu | 27/11/2026"),
        ("!/img/logo-diario.png!", ""),
        ("Por [[/autores/lv/|**Leandro Valongueiro**]] · 30 de novembro", "Por Leandro Valongueiro · 30 de novembro"),
        ("{{/img/logo.png|Portal de Soutelinho}}", ""),
        ("He said [sic|really] so", "He said [sic|really] so"),  # near miss: no address after the bar
        ("Wow!/img.png! no", "Wow!/img.png! no"),  # near miss: glued to a word
        # jusText's heading tag
        ('<h class="short" cfclass="short" heading="1">Les trois cloches', "Les trois cloches"),
        # Typst's (pandoc -t typst)
        ('By #link("/author/of/")[Ottilie Fernsby] · 3 December 2026', "By Ottilie Fernsby · 3 December 2026"),
        ("#link(<main>)[Skip to main content]", "Skip to main content"),
        ("= Mill Green pond dredged <mill-green-pond>", "Mill Green pond dredged"),
        ('#figure(image("/m/pond.jpg"), caption: [The pond. Photo: Clarion staff])', "The pond. Photo: Clarion staff"),
        ('#box(image("/static/logo.svg", alt: "Quenbury Clarion"))', ""),
        ('#block[Get our email. #link("/newsletter")[Sign up]]', "Get our email. Sign up"),
        ("#horizontalrule", ""),
        ("We tagged it #link and #block in the post", "We tagged it #link and #block in the post"),  # near miss
        ("x = y <z> holds", "x = y <z> holds"),  # near miss: not a heading's line
        # Texinfo's (pandoc -t texinfo)
        ("Von @uref{/autoren/rk,Roswitha Kleinhempel} | 30.11.2026", "Von Roswitha Kleinhempel | 30.11.2026"),
        ("@chapter Dorfteich wird entschlammt", "Dorfteich wird entschlammt"),
        ("@node Dorfteich wird entschlammt", ""),
        ("@emph{Ein Bagger. Foto: Börde-Bote}", "Ein Bagger. Foto: Börde-Bote"),
        ("@image{/bilder/logo,,,Börde-Bote,png}", ""),
        ("@end itemize", ""),
        ("* Dorfteich wird entschlammt::", ""),
        ("\\input texinfo", ""),
        ("Mail an info@boerde.example oder @boerdebote", "Mail an info@boerde.example oder @boerdebote"),
        # roff's (pandoc -t man)
        (".SH UNA CALLE LLEVARÁ SU NOMBRE", "UNA CALLE LLEVARÁ SU NOMBRE"),
        (".PP", ""),
        (".IP \\[bu] 2", ""),
        (".UR /autores/ig", ""),
        (".UE \\c", ""),
        ('.\\" Automatically generated by Pandoc', ""),
        ("\\f[I]Vecinas junto a la placa. Foto: Rubén\\f[R]", "Vecinas junto a la placa. Foto: Rubén"),
        ("\\[md] 26 november 2026 \\[md] Leestijd 3 minuten", "— 26 november 2026 — Leestijd 3 minuten"),
        (".NET 8 is out. PP and SH are letters", ".NET 8 is out. PP and SH are letters"),  # near miss
        # org's and Muse's, XWiki's links and pictures (pandoc -t muse, -t xwiki)
        ("Par [[/auteurs/ac][Aurélien Chassagnol]] — 2 décembre 2026", "Par Aurélien Chassagnol — 2 décembre 2026"),
        ("Di [[Ottavio Mezzasalma>>/autori/om]] | 30 novembre 2026", "Di Ottavio Mezzasalma | 30 novembre 2026"),
        ('[[Vai al contenuto>>||anchor="contenuto"]]', "Vai al contenuto"),
        ('[[image:/img/logo.png||alt="La Voce del Tanaro"]]', ""),
        ("a >> b and [[x]] [y]", "a >> b and x [y]"),  # near miss: a note's wiki link, no target
        # ConTeXt's (pandoc -t context)
        ("{\\bf Texto:} \\goto{Nerea Albizuri}[url(/autores/na)] {\\bf ·}", "Texto: Nerea Albizuri ·"),
        (
            "\\startsectionlevel[title={Gemeente leent bakfietsen uit},reference={bakfietsen}]",
            "Gemeente leent bakfietsen uit",
        ),
        ("{\\em Громада} {\\tt |} 2 грудня 2026, 11:35", "Громада | 2 грудня 2026, 11:35"),
        ("\\stopsectionlevel", ""),
        ("\\startitemize[packed]", ""),
        ("\\externalfigure[/img/logo.svg]", ""),
        ("\\thinrule", ""),
        ("Set {x} with \\goto or {\\em}", "Set {x} with \\goto or {\\em}"),  # near miss: no link, no text
        # DocBook's (pandoc -t docbook5)
        ('<link xlink:href="/journalistes/mlg">Maïwenn Le Goarnic</link>', "Maïwenn Le Goarnic"),
        ('<emphasis role="strong">Agnieszka Wróbliczak</emphasis>', "Agnieszka Wróbliczak"),
        ('<section xml:id="le-moulin">', ""),
        ("<para>", ""),
        ("… pieniądze na festynach. </para>", "… pieniądze na festynach."),
        ("  <title>Le moulin tourne à nouveau</title>", "Le moulin tourne à nouveau"),
        ("Put the name in <title> tags, not <para> ones", "Put the name in <title> tags, not <para> ones"),  # near miss
    ],
)
def test_other_markups_inline_syntax_is_removed(line, plain):
    assert to_plain(line) == plain


@pytest.mark.parametrize("mark", ["!", "!!!"])
def test_a_bare_name_under_a_tiddlywiki_heading_is_the_writer(mark):
    heading = f"{mark} The council approves the new ice rink"
    fields = (
        "title: The council approves the new ice rink\ntype: text/vnd.tiddlywiki\nurl: https://gazette.example/rink"
    )
    menu = "[[Home|https://gazette.example/]] · [[News|https://gazette.example/news/]]"
    page = "\n\n".join([fields, menu, heading, "Jane Doe · 24 November 2026 · 3 min read", LONG, LONG])
    assert clean_text(page).authors == ["Jane Doe"]


@pytest.mark.parametrize(
    ("credit", "authors"),
    [
        ("''Par Aurèle Mancheron'' – publié le 29 novembre 2026 à 08h30", ["Aurèle Mancheron"]),
        ("Autor: ''Kinga Szelągowska-Żmuda'' · 25.11.2026, 07:50", ["Kinga Szelągowska-Żmuda"]),
        ("''Von Jana Becker'' · 24. November 2026", ["Jana Becker"]),
    ],
)
def test_a_tiddlywiki_bold_byline_names_the_writer_without_its_quotes(credit, authors):
    fields = "title: Le pressoir mobile a tourné trois jours\ntype: text/vnd.tiddlywiki\nurl: https://gazette.example/p"
    page = "\n\n".join([fields, "! Le pressoir mobile a tourné trois jours", credit, LONG, LONG])
    assert clean_text(page).authors == authors


@pytest.mark.parametrize(
    ("menu", "headline", "byline", "title", "writer", "day"),
    [
        (  # Typst's (pandoc -t typst)
            '- #link("/news")[News]\n- #link("/sport")[Sport]',
            "= Pond dredged and relined after decades of silt <pond-dredged>",
            'By #link("/author/of")[Ottilie Fernsby] · 3 December 2026 · 4 min read',
            "Pond dredged and relined after decades of silt",
            "Ottilie Fernsby",
            "2026-12-03",
        ),
        (  # Texinfo's (pandoc -t texinfo)
            "@itemize\n@item\n@uref{/lokales,Lokales}\n@item\n@uref{/sport,Sport}\n@end itemize",
            "@node Dorfteich wird entschlammt\n@chapter Dorfteich wird entschlammt\n@anchor{#dorfteich}",
            "Von @uref{/autoren/rk,Roswitha Kleinhempel} | 30.11.2026, 15:45 Uhr | Lesezeit: 3 Minuten",
            "Dorfteich wird entschlammt",
            "Roswitha Kleinhempel",
            "2026-11-30",
        ),
        (  # ConTeXt's (pandoc -t context)
            "\\startitemize[packed]\n\\item\n  \\goto{Actualidad}[url(/actualidad)]\n\\stopitemize",
            "\\startsectionlevel[title={El Ayuntamiento presta bicicletas de carga},reference={bicis}]",
            "{\\bf Texto:} \\goto{Nerea Albizuri}[url(/autores/na)] · 3 de diciembre de 2026, 09:10 h",
            "El Ayuntamiento presta bicicletas de carga",
            "Nerea Albizuri",
            "2026-12-03",
        ),
        (  # XWiki's (pandoc -t xwiki)
            "* [[Cronaca>>/cronaca]]\n* [[Cultura>>/cultura]]",
            "= Esce il vocabolario del dialetto =",
            "Di [[Ottavio Mezzasalma>>/autori/om]] | 30 novembre 2026, 18:20 | Commenti: 3",
            "Esce il vocabolario del dialetto",
            "Ottavio Mezzasalma",
            "2026-11-30",
        ),
    ],
)
def test_a_markups_headline_and_byline_link_give_title_writer_and_day(menu, headline, byline, title, writer, day):
    cleaned = clean_text("\n\n".join([menu, headline, byline, LONG, LONG]))
    assert (cleaned.title, cleaned.authors) == (title, [writer])
    assert cleaned.published is not None and cleaned.published.date.isoformat() == day


@pytest.mark.parametrize(
    ("headline", "title"),
    [
        (
            "# Die Gierfähre fährt wieder – nach acht Monaten in der Werft 🧵",
            "Die Gierfähre fährt wieder – nach acht Monaten in der Werft",
        ),
        ("# The lido opens for winter swimmers 👇🏽", "The lido opens for winter swimmers"),
        ("# Моржі відкрили сезон ⬇️", "Моржі відкрили сезон"),
        ("# Moržai atidarė sezoną ❤️", "Moržai atidarė sezoną ❤️"),  # near miss: the headline's own pictograph
        ("# The overflow crashing domain controllers 💥", "The overflow crashing domain controllers 💥"),
        ("# The new Quenbury Clarion app™", "The new Quenbury Clarion app™"),  # near miss: a trade mark's sign
        ("# It was minus 30°", "It was minus 30°"),  # near miss: a degree's
    ],
)
def test_a_headline_leaves_the_thread_marks_closing_it(headline, title):
    assert clean_text("\n\n".join([headline, LONG, LONG])).title == title


@pytest.mark.parametrize(
    ("line", "only"),
    [
        ("[ Pesquisar_________ ] [ OK ]", True),
        ("* link:/earthquakes/[Recent earthquakes]", True),
        ("[sic]", False),  # near miss: an editorial bracket alone
        ("Share this: link:/x[X] and tell us more about it", False),
        ('* "Portada":/', True),  # Textile's
        ('* "Ver el catálogo":/catalogo/ antes de pujar, aconseja la oficina.', False),
        ("* [Portada|/]", True),  # Jira's
        ("[url=https://n.example/]Inicio[/url] | [url=https://n.example/local/]Local[/url]", True),  # BBCode's
        (r"  \href{/communes/}{Nos communes}", True),  # LaTeX's
        (r"Lisez \href{/x/}{notre dossier} avant de voter, dit le maire.", False),
        ('- #link("/news")[News]', True),  # Typst's
        ('Read #link("/plan")[the plan] before Friday, the clerk said.', False),
        ("@uref{/lokales,Lokales}", True),  # Texinfo's
        (" - [[/actualites][Actualités]]", True),  # Muse's
        ("* [[Cronaca>>/cronaca]]", True),  # XWiki's
        ("Leggi [[il bando>>/bando]] prima di venerdì, dice il sindaco.", False),
    ],
)
def test_form_controls_and_asciidoc_links_alone_are_link_only(line, only):
    assert is_link_only(line) is only


# wallabag's entry view: its row of buttons atop the dump (its link to the original page the one Pocket shows), the
# headline, the host, then its stamp of the day it saved the page over the page's own publication line
_SAVE_STAMPS = {
    "en": ("Added on December 5, 2026", "Published on November 27, 2026"),
    "de": ("Hinzugefügt am 05.12.2026", "Veröffentlicht am 27.11.2026"),
    "fr": ("Ajouté le 05/12/2026", "Date de publication : 27/11/2026"),
    "es": ("Añadido el 05/12/2026", "Publicado el 27/11/2026"),
    "it": ("Aggiunto il 05/12/2026", "Pubblicato il 27/11/2026"),
    "pt": ("Adicionado em 05/12/2026", "Publicado em 27/11/2026"),
    "nl": ("Toegevoegd op 05-12-2026", "Gepubliceerd op 27-11-2026"),
    "ru": ("Добавлено 05.12.2026", "Опубликовано 27.11.2026"),
    "uk": ("Додано 05.12.2026", "Опубліковано 27.11.2026"),
    "pl": ("Dodano 05.12.2026", "Data publikacji: 27.11.2026"),
}
_WALLABAG_STAMPS = [(code, button, *_SAVE_STAMPS[code]) for code, _, _, button in _POCKET_ROWS]


@pytest.mark.parametrize(("language", "button", "saved", "published"), _WALLABAG_STAMPS)
def test_a_read_it_later_apps_save_stamp_under_its_buttons_is_no_date_of_the_page(language, button, saved, published):
    headline = "The council approves the new ice rink on the west road"
    buttons = f"Back  {button}  Reload  Mark as read  Delete"
    page = "\n\n".join(["wallabag", buttons, headline, "gazette.example", saved, published, LONG])
    published_at = assemble(tag_lines(split_lines(page), language=language)).published
    assert published_at is not None and published_at.date == dt.date(2026, 11, 27)
    # near miss: a site's own "Added on" line, no app's buttons above it, is its publication date
    page = "\n\n".join(["Gazette", headline, saved, LONG])
    published_at = assemble(tag_lines(split_lines(page), language=language)).published
    assert published_at is not None and published_at.date == dt.date(2026, 12, 5)


_ELEMENTS = [
    "source: https://echo.example/news/talks-continue",
    "Header: Skip to content",
    "ListItem: News",
    "ListItem: Sport",
    "Text: Accept all",
    "Title: Talks in Moscow to continue next week",
    "Text: By Jane Doe",
    "UncategorizedText: Saturday 5 December 2026, 11:02am",
    f"NarrativeText: {LONG}",
    f"NarrativeText: {GENEVA}",
    "Footer: © 2026 Echo Ltd. All rights reserved.",
]


def test_a_dump_of_unstructureds_elements_is_read_without_their_categories():
    cleaned = clean_text("\n".join(_ELEMENTS))
    assert cleaned.paragraphs == [LONG, GENEVA]
    assert (cleaned.title, cleaned.authors) == ("Talks in Moscow to continue next week", ["Jane Doe"])
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 12, 5)


def test_a_page_quoting_elements_among_its_prose_keeps_their_categories():
    quoted = [f"NarrativeText: {LONG}", f"NarrativeText: {GENEVA}"]  # a page on the library quoting its output
    prose = [LONG.replace("Moscow", city) for city in ("Oslo", "Rome", "Lima", "Kyiv")]
    cleaned = clean_text("\n\n".join(["Title: Talks in Moscow", *prose, *quoted]))
    assert set(quoted) <= set(cleaned.paragraphs)


@pytest.mark.parametrize(
    ("header", "view"),
    [
        (["Date: Wed, 2 Dec 2026 17:30", "From: Echo <news@echo.example>", "To: jen@mail.example", "Subject: Issue 49"],
         "View this email in your browser"),
        (["Date: Wed, 2 Dec 2026 17:30", "Van: Echo <news@echo.example>", "Aan: jen@mail.example",
          "Onderwerp: Weekbrief 49"], "Bekijk deze e-mail in je browser"),
        (["Дата: 2 декабря 2026 17:30", "От: Эхо <news@echo.example>", "Кому: jen@mail.example",
          "Тема: Дайджест недели"], "Открыть письмо в браузере"),
        # Thunderbird's labels in its French and Italian interfaces
        (["Sujet: La lettre n°47", "De: Echo <news@echo.example>", "Date: 01/12/2026 07:14", "Pour: jen@mail.example"],
         "Voir cet e-mail dans votre navigateur"),
        (["Oggetto: Newsletter 47", "Mittente: Echo <news@echo.example>", "Data: 29/11/2026 08:02",
          "A: jen@mail.example"], "Visualizza questa email nel tuo browser"),
    ],
)  # fmt: skip
def test_a_mail_pagers_markers_and_a_view_in_browser_link_without_its_address_are_the_mails(header, view):
    """mutt's pager saved with an HTML part shown through its autoview: the markers under the header are the mail's,
    and the newsletter's "view in browser" link, its address dropped by the text browser, is no headline."""
    markers = ["[-- Attachment #1 --]", "[-- Type: text/html, Encoding: quoted-printable, Size: 22K --]",
               "[-- Autoview using w3m -dump -T text/html -cols 72 '/tmp/mutt.html' --]"]  # fmt: skip
    headline = "Talks in Moscow to continue next week, ministers say"
    cleaned = clean_text("\n".join([*header, "", *markers, "", view, "", headline, "", LONG, "", GENEVA]))
    assert cleaned.title == headline
    assert {removal.rule for removal in cleaned.removed if removal.text in markers} == {"crawler_header"}
    assert [removal.rule for removal in cleaned.removed if removal.text == view] == ["source_url"]


def test_a_pager_marker_under_a_pages_prose_stays():
    page = ["Talks in Moscow to continue next week", LONG, "[-- see the minutes, page 4 --]", GENEVA]
    assert "[-- see the minutes, page 4 --]" in clean_text("\n\n".join(page)).paragraphs


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("This article was downloaded by calibre from https://news.example/talks-42", True),
        ("Dieser Artikel wurde von calibre heruntergeladen von https://news.example/talks-42", True),
        ("Ten artykuł został pobrany przez calibre z https://news.example/talks-42", True),
        # near miss: a sentence of the article that names the tool
        ("This article was downloaded by calibre from the archive's feed, the librarian said.", False),
    ],
)
def test_calibres_closing_download_line_gives_the_page_url(line, found):
    page = ["Echo [Sun, 06 Dec 2026]", "| Next | Section Menu | Main Menu |", "A headline about talks", LONG, GENEVA]
    cleaned = clean_text("\n\n".join([*page, line, "| Section Menu | Main Menu |"]))
    assert cleaned.url == ("https://news.example/talks-42" if found else None)
    assert (line in cleaned.paragraphs) is not found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Une grainothèque ouvre à la médiathèque <https://blog.example/2026/12/01/grainotheque-mediatheque/>", True),
        ("Lagar móvel transformou nove toneladas <https://blog.example/2026/11/30/lagar-movel-nove-toneladas/>", True),
        # near misses: a menu's item, a short link, a line whose words are not the slug's
        ("* Über uns und unsere Geschichte <https://blog.example/ueber-uns>", False),
        ("Über uns <https://blog.example/ueber-uns>", False),
        ("Read the whole story on our site <https://blog.example/2026/12/01/grainotheque-mediatheque/>", False),
    ],
)
def test_a_headline_with_its_slugs_address_in_angle_brackets_gives_title_and_url(line, found):
    """Thunderbird's text of a feed-to-mail message: the headline, its link's address after it."""
    cleaned = clean_text("\n\n".join(["Le Jardin <https://blog.example>", line, "Dec 1st 2026, 06:10", LONG, GENEVA]))
    assert cleaned.url == (line.rpartition("<")[2].rstrip(">") if found else None)
    if found:
        assert cleaned.title == line.rpartition(" <")[0]


_CLUB_NEWS = {
    "nl": "De vereniging heeft zaterdag het nieuwe clubhuis aan de rand van het bos geopend, en veel leden kwamen "
    "ondanks de regen helpen met het opbouwen van de banken en het planten van de haag langs het pad.",
    "de": "Der Verein hat am Samstag die neue Hütte am Waldrand eröffnet, und viele Mitglieder sind trotz des Regens "
    "gekommen, um beim Aufbau der Bänke und beim Pflanzen der Hecke entlang des Weges zu helfen.",
    "es": "El club inauguró el sábado la nueva caseta junto al bosque, y muchos socios acudieron a pesar de la lluvia "
    "para ayudar a montar los bancos y a plantar el seto a lo largo del camino.",
    "pl": "Klub otworzył w sobotę nowy domek na skraju lasu, a wielu członków przyszło mimo deszczu, aby pomóc w "
    "ustawianiu ławek i sadzeniu żywopłotu wzdłuż ścieżki prowadzącej do jeziora.",
    "fr": "Le club a inauguré samedi le nouveau chalet à l'orée du bois, et de nombreux membres sont venus malgré la "
    "pluie pour aider à monter les bancs et à planter la haie le long du sentier.",
    "ru": "В субботу клуб открыл новый домик на опушке леса, и многие участники пришли, несмотря на дождь, чтобы "
    "помочь собрать скамейки и посадить живую изгородь вдоль тропы к озеру.",
}


@pytest.mark.parametrize(
    ("language", "masthead", "headline"),
    [
        ("pl", "Newsletter Szkoły Podstawowej nr 4 w Kępnie · nr 9/2026", "Wymiana z Lüneburgiem: uczniowie wrócili"),
        ("de", "Schulnachrichten der Grundschule am Park · Heft 3/2026", "Neue Hütte am Waldrand feierlich eröffnet"),
        ("fr", "La Lettre du collège Jean Moulin · n° 12/2026", "Un nouveau chalet pour le club de randonnée"),
        ("ru", "Вестник школы № 7 · № 5/2026", "Клуб открыл новый домик на опушке леса"),
        ("nl", "Nieuwsbrief van de Wandelclub Veluwe · nr 2/2026", "Het nieuwe clubhuis aan de bosrand is open"),
    ],
)
def test_a_masthead_with_its_issue_of_the_year_is_no_headline(language, masthead, headline):
    """A newsletter's masthead, its name then its issue number and year ("· nr 9/2026"), over its date and the post's
    headline: header, as the issue line that opens with its number is; the date under it is the issue's."""
    body = _CLUB_NEWS[language]
    cleaned = clean_text("\n\n".join([masthead, "27.10.2026", headline, body, body]))
    assert cleaned.title == headline
    assert cleaned.published == dates.Published(dt.date(2026, 10, 27))


@pytest.mark.parametrize(
    ("language", "headline"),
    [
        ("de", "Bayern gewinnt das Derby – wieder Nummer 1"),  # an issue word and a number, no year: the headline's
        ("nl", "Editie 37: een moestuin op het dak van de parkeergarage"),  # one part: no issue line
        ("es", "Número 1 en ventas: la novela del verano vuelve a las librerías"),
    ],
)
def test_a_headline_with_an_issue_word_and_a_number_stays_the_headline(language, headline):
    body = _CLUB_NEWS[language]
    assert clean_text("\n\n".join(["La Voce di Rialto", headline, "by admin", body, body])).title == headline


@pytest.mark.parametrize(
    ("language", "menu", "headline", "byline"),
    [
        ("nl", "Voetbal Hockey Schaatsen Uitslagen", "Zwaluwen Dokkerveen wint derby na rode kaart", "Door Jan Smit"),
        ("fr", "Football Rugby Tennis Résultats", "Le club local remporte le derby à la dernière minute", "Par Luc Ré"),
        ("es", "Fútbol Baloncesto Tenis Resultados", "El equipo local gana el derbi al final", "Por Ana Gil"),
        ("pl", "Piłka Siatkówka Koszykówka Wyniki", "Gospodarze wygrywają derby w ostatniej minucie", "Autor Jan Bąk"),
    ],
)
def test_a_menu_row_of_four_words_between_masthead_and_headline_ends_the_title_scan(language, menu, headline, byline):
    """In a language whose headlines are in sentence case, four capitalised words with no function word over the
    headline are a menu's, though they read as a name: the site's name above them is no headline."""
    body = _CLUB_NEWS[language]
    page = "\n\n".join(["Sportkrant De Kop van Noord", menu, headline, byline, body, body])
    assert clean_text(page).title == headline


@pytest.mark.parametrize(
    ("language", "skip", "credit", "headline", "caption"),
    [
        (
            "es",
            "Saltar al contenido",
            "Por Carmela Urdiales Bengoechea",
            "La Guardia Civil rescata a dos montañeros en el Moncayo",
            "[Foto: la caseta nueva junto al bosque]",
        ),
        (
            "de",
            "Zum Inhalt springen",
            "Von Anna Maria Schmidt",
            "Die neue Hütte am Waldrand ist eröffnet",
            "[Foto: die neue Hütte am Waldrand]",
        ),
    ],
)
def test_a_byline_of_four_words_between_headline_and_caption_is_no_menu_row(language, skip, credit, headline, caption):
    """A byline opens with its by-word capitalised, as a menu's first entry may: it is passed, the headline above
    it stays the title, not the caption under it."""
    body = _CLUB_NEWS[language]
    assert clean_text("\n\n".join([skip, headline, credit, caption, body, body])).title == headline


@pytest.mark.parametrize(
    "line",
    [
        "Vraagprijs € 465.000 k.k. · woonoppervlakte 138 m² · perceel 820 m² · bouwjaar 1864 · energielabel D",
        "Prix 465 000 € · surface 138 m² · terrain 820 m² · construite en 1864",
        "Preis 465.000 € · Wohnfläche 138 m² · Grundstück 820 m² · Baujahr 1864",
    ],
)
def test_a_listings_row_of_facts_over_the_article_is_no_headline(line):
    headline = "Torna a suonare l'organo di San Vigilio dopo due anni di restauro"
    assert clean_text("\n\n".join([headline, "by admin", "Save to Board", line, LONG, LONG])).title == headline


TICKER = (  # a market strip of a news site's top, long enough to fill the sample alone (a full stop after "OESTER")
    "ATX 3078.02 -0.24% ANDRITZ 43.14 -0.6% AT&S 22.84 -3.55% BAWAG GROUP 42.48 +1.29% CA IMMO 31.95 +0.16% "
    "DO & CO 110.2 -0.18% ERSTE GROUP 33.99 +0.71% EVN 25.65 ±0% IMMOFINANZ 19.04 +0.21% LENZING 36.4 -0.95% "
    "MAYR-MELNHOF 110.6 -0.36% OMV 40.3 -2.56% OESTER. POST 30.15 ±0% RBI 13.71 +0.29% SBO 47.35 -1.2% "
    "S IMMO 21.9 +0.5% STRABAG 38.1 -0.4% TELEKOM AUSTRIA 6.71 +0.3% UNIQA 7.56 -0.1% VERBUND 88.2 +1.1%"
)


@pytest.mark.parametrize(
    ("prose", "language"),
    [
        (
            (
                "Die Reisen des Bundespräsidenten zu den Festspielen in Salzburg und Bregenz haben mehr gekostet als "
                "erwartet. Die Opposition kritisiert den Aufwand und verlangt eine genaue Aufstellung der Kosten."
            ),
            "de",
        ),
        (
            (
                "Les voyages du président aux festivals de Salzbourg et de Bregenz ont coûté plus cher que prévu. "
                "L'opposition critique la dépense et demande un relevé précis des frais engagés."
            ),
            "fr",
        ),
    ],
)
def test_a_stock_ticker_over_the_page_does_not_hide_its_language(prose, language):
    page = f"{TICKER}\n\n# Reisen kosteten 57.000 Euro\n\n{prose}\n\n{prose}\n"
    assert clean_text(page).language == language


_SPEECH_PROSE = {
    "en": [LONG, GENEVA],
    "es": [
        "El ministro dijo el martes que las conversaciones en Moscú habían ido bien y que seguirían la semana próxima.",
        "Las delegaciones volverán a reunirse en Ginebra, donde se espera que firmen un acuerdo sobre el grano.",
    ],
    "nl": [
        "De minister zei dinsdag dat de gesprekken in Moskou goed waren verlopen en volgende week doorgaan.",
        "De delegaties komen daarna weer bijeen in Genève, waar ze een akkoord over het graan willen tekenen.",
    ],
}
# NVDA's speech viewer saved as text, in the reader's language: its roles, the page's regions, a heading, a byline's
# link, a picture's caption and a related heading's links
_SPEECH_LOGS = {
    "en": ["banner landmark", "navigation landmark list with 2 items", "bullet link News", "bullet link Sport",
           "out of list", "button Accept all cookies", "main landmark", "heading level 1 Talks to continue next week",
           "By link Jane Doe", "graphic The delegations at the table", "PROSE", "heading level 2 More from News",
           "link Grain prices fall again", "link Port reopens after strike", "contentinfo landmark"],
    "es": ["banner punto de referencia", "navegación punto de referencia lista con 2 elementos",
           "viñeta enlace Portada", "viñeta enlace Deportes", "fuera de lista", "botón Aceptar todas",
           "principal punto de referencia",
           "encabezado nivel 1 Las conversaciones seguirán la semana próxima", "Por enlace Juana Pérez Arrieta",
           "gráfico Las delegaciones en la mesa", "PROSE", "encabezado nivel 2 Te puede interesar",
           "enlace El precio del grano vuelve a bajar", "enlace El puerto reabre tras la huelga"],
    "nl": ["banner oriëntatiepunt", "navigatie oriëntatiepunt lijst met 2 items", "opsommingsteken link Nieuws",
           "opsommingsteken link Sport", "uit lijst", "knop Alle cookies accepteren", "hoofd oriëntatiepunt",
           "kop niveau 1 Gesprekken gaan volgende week door", "Door link Janneke de Vries",
           "afbeelding De delegaties aan tafel", "PROSE", "kop niveau 2 Meer nieuws",
           "link Graanprijs daalt opnieuw", "link Haven weer open na staking"],
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_SPEECH_LOGS))
def test_a_screen_readers_speech_log_is_read_as_the_markup_its_roles_say(language):
    log = _SPEECH_LOGS[language]
    at = log.index("PROSE")
    cleaned = clean_text("\n".join([*log[:at], *_SPEECH_PROSE[language], *log[at + 1 :]]))
    assert cleaned.paragraphs == _SPEECH_PROSE[language]
    assert cleaned.title == log[at - 3].split(maxsplit=3)[-1]
    assert cleaned.authors == [log[at - 2].split(maxsplit=2)[-1]]


@pytest.mark.parametrize(
    ("code", "spoken", "markup"),
    [
        ("en", "heading level 2 More from News", "## More from News"),
        ("en", "visited link graphic Echo home", "[Echo home]()"),
        ("fr", "titre niveau 1 Les pourparlers reprennent", "# Les pourparlers reprennent"),
        ("fr", "Par lien Jeanne Dupont", "Par [Jeanne Dupont]()"),
        ("de", "Überschrift Ebene 1 Gespräche gehen weiter", "# Gespräche gehen weiter"),
        ("de", "Aufzählungszeichen Link Sport", "- [Sport]()"),
        ("es", "Por enlace Juana Pérez", "Por [Juana Pérez]()"),
        ("es", "botón Rechazar", "Rechazar"),
        ("it", "titolo livello 2 Potrebbe interessarti", "## Potrebbe interessarti"),
        ("it", "grafico La delegazione", "![La delegazione]()"),
        ("pt", "cabeçalho nível 1 As conversações continuam", "# As conversações continuam"),
        ("pt", "Por ligação Joana Silva", "Por [Joana Silva]()"),
        ("nl", "opsommingsteken link Nieuws", "- [Nieuws]()"),
        ("nl", "knop Alleen noodzakelijke", "Alleen noodzakelijke"),
        ("ru", "заголовок уровень 1 Переговоры продолжатся", "# Переговоры продолжатся"),
        ("ru", "ссылка Цены на зерно", "[Цены на зерно]()"),
        ("uk", "заголовок рівень 2 Читайте також", "## Читайте також"),
        ("uk", "Автор посилання Олена Коваль", "Автор [Олена Коваль]()"),
        ("pl", "nagłówek poziom 1 Rozmowy będą kontynuowane", "# Rozmowy będą kontynuowane"),
        ("pl", "przycisk Akceptuję", "Akceptuję"),
    ],
)  # fmt: skip
def test_a_speech_logs_role_words_are_markup_in_each_language(code, spoken, markup):
    assert speech.as_markdown(spoken, frozenset({code})) == markup


@pytest.mark.parametrize(
    ("code", "prose"),
    [
        ("en", "Link the two accounts before you pay."),
        ("en", "A link was found between the two sites."),
        ("es", "El enlace ferroviario con Madrid se reabrirá en mayo."),
        ("de", "Die Überschrift Ebene für Ebene zu lesen, lohnt sich."),
        ("nl", "De kop niveau van de krant is hoog."),
        ("pl", "Ten link prowadzi do strony gminy."),
        ("ru", "Кнопка звонка не работала всю неделю."),
    ],
)
def test_prose_that_names_a_link_or_a_heading_is_no_role(code, prose):
    assert speech.as_markdown(prose, frozenset({code})) == prose


def test_a_page_that_names_roles_is_no_speech_log():
    lines = ["heading level 1 is what a screen reader says over a headline", "Link the two accounts first.", LONG]
    assert not speech.is_speech_log(lines, None)
    cleaned = clean_text("\n".join(["Screen readers, explained", *lines, GENEVA]))
    assert "Link the two accounts first." in cleaned.paragraphs


@pytest.mark.parametrize("section", ["Leave a Reply", "3 thoughts on \u201cTitle here\u201d"])
def test_a_recent_comments_box_over_the_article_goes_alone_when_a_comment_section_follows(section):
    """A blog's sidebar printed above the article: its box of the latest comments on other posts is not the comment
    section, which the page's own heading opens further down."""
    sidebar = ["## Recent Comments", "* Jane Roe on [Another post](/2019/another-post/)", "## Archives", "* May 2019"]
    cleaned = clean_text("\n\n".join(["# Title here", LONG, *sidebar, *PROSE, section, "jdoe says:", *MORE_PROSE]))
    assert cleaned.paragraphs[-len(PROSE) :] == PROSE and not set(MORE_PROSE) & set(cleaned.paragraphs)
    assert [r.text for r in cleaned.removed if r.rule == "comments_widget"] == ["## Recent Comments"]


@pytest.mark.parametrize("heading", ["## Recent Comments", "Most recent comments"])
def test_a_comments_box_with_no_comment_section_below_still_cuts_the_tail(heading):
    """With no comment section's heading under it, a recent comments box is the sidebar's under the article: it and
    all after it go (the site's teasers there read like prose); a heading of the page's own comments ('Most recent
    comments', a near miss) cuts the tail as ever."""
    cleaned = clean_text("\n\n".join(["# Title here", *PROSE, heading, "* Jane Roe on Another post", *MORE_PROSE]))
    assert cleaned.paragraphs == PROSE


# A print edition's page read back with pdftotext: the body's columns wrapped at 58, the boxes beside them laid out
# wider (a caption, an advert, a news-in-brief), the paper's running head atop each page over its number
PRINT_PAGES = {
    "de": (
        ["WOCHENBLATT AM MAINUFER", "Mittwoch, 2. Dezember 2026", "LOKALES"],
        "Die Fähre fährt wieder im Winter",
        "Zwischen Oberau und Kleinfeld setzt die Fähre künftig auch im Januar über.",
        "VON MARGARETE HOLLERBUSCH",
        [
            (
                "Oberau. Nach zwei Jahren Pause fährt die Fähre zwischen Oberau und Kleinfeld auch in diesem "
                "Winter. Der Kreis zahlt den Fährmann, die beiden Gemeinden teilen sich die Kosten für den Diesel "
                "und die Wartung."
            ),
            (
                "Wer mit dem Rad zur Arbeit fährt, spart so jeden Morgen einen Umweg von elf Kilometern über die "
                "Brücke bei Hohenstein, sagt der Bürgermeister, der selbst jeden Tag mit der Fähre übersetzt."
            ),
            (
                "Die erste Fahrt geht um sechs Uhr, die letzte um halb acht am Abend; bei Hochwasser und Eis "
                "bleibt die Fähre am Ufer, und ein Schild am Anleger sagt es den Wartenden."
            ),
        ],
        [
            "Die Fähre am Anleger in Oberau, im Hintergrund die Kirche. Foto: Margarete Hollerbusch",
            "ANZEIGE",
            "Winterreifen günstig wechseln – Autohaus Mainufer, Telefon 09321 44 01 20",
        ],
    ),
    "pl": (
        ["GAZETA NADRZECZNA", "Środa, 2 grudnia 2026", "Z REGIONU"],
        "Prom znów pływa zimą między wsiami",
        "Przeprawa między Górką a Zalesiem będzie czynna także w styczniu i w lutym.",
        "MAŁGORZATA WIERZBICKA",
        [
            (
                "Górka. Po dwóch latach przerwy prom między Górką a Zalesiem będzie pływał także tej zimy. Powiat "
                "płaci przewoźnikowi, a obie gminy dzielą się kosztami paliwa i przeglądów technicznych."
            ),
            (
                "Kto jeździ do pracy rowerem, oszczędza w ten sposób codziennie jedenaście kilometrów objazdu "
                "przez most w Wysokiem, mówi wójt, który sam przeprawia się promem każdego ranka."
            ),
            (
                "Pierwszy kurs odpływa o szóstej, ostatni o wpół do ósmej wieczorem; przy wysokiej wodzie i lodzie "
                "prom stoi przy brzegu, a tablica na przystani informuje o tym czekających."
            ),
        ],
        [
            "Prom przy przystani w Górce, w tle kościół parafialny. Fot. Małgorzata Wierzbicka",
            "REKLAMA",
            "Wymiana opon zimowych taniej – warsztat Nadrzeczny, tel. 84 612 40 20 w dni robocze",
        ],
    ),
}


def _print_pages(language: str) -> tuple[str, list[str], list[str]]:
    """The two pages' text (the last paragraph on the second page), the body's paragraphs, the boxes' lines."""
    head, headline, deck, byline, paragraphs, boxes = PRINT_PAGES[language]
    first = [*head, "5", headline, deck, byline, ""]
    for paragraph in paragraphs[:-1]:
        first += [textwrap.fill(paragraph, width=58), ""]
    second = [*head, "6", "", textwrap.fill(paragraphs[-1], width=58), "", *boxes[1:]]
    return "\n".join([*first, boxes[0]]) + "\n\f" + "\n".join(second) + "\n", paragraphs, boxes


@pytest.mark.parametrize("language", sorted(PRINT_PAGES))
def test_a_print_pages_body_wrapped_beside_wider_boxes_is_unwrapped_at_its_column(language):
    """The boxes' lines, written whole past the body's column, lift the long lines' quantile to theirs: the column
    is the one most broken lines break at, and the boxes stay lines of their own."""
    text, paragraphs, boxes = _print_pages(language)
    plains = [line.plain for line in split_lines(text)]
    assert all(paragraph in plains for paragraph in paragraphs)
    assert all(box in plains for box in boxes)


def test_lines_of_many_lengths_one_under_another_are_not_unwrapped():
    """Near miss: a dump with a sentence a line, no blank line between them, as long as they come (a press
    release's notes, a poem's lines): no one column breaks most of them, so each stays a line of its own."""
    sentences = [
        "The committee met on Tuesday evening in the old town hall.",
        "Its members agreed to repair the roof of the library before the winter comes to the valley.",
        "The work will cost about 40,000 euros in all.",
        "A local builder has offered to do it at cost, the mayor said, and the parish will lend its scaffolding.",
        "Readers may send their questions to the town clerk by the end of the month.",
        "The library stays open during the works.",
    ] * 3
    assert [line.plain for line in split_lines("\n".join(sentences))] == sentences


def _typeset(paragraph: str, width: int = 40) -> list[str]:
    """A paragraph set in a newspaper's narrow column: a word that does not fit is broken with a hyphen where a
    syllable of two letters or more fits (three left for the next line), as a typesetter does, else moved on."""
    lines, line = [], ""
    for word in paragraph.split():
        room = width - len(line) - 2  # the space before the word's first half and the hyphen after it
        if line and len(line) + 1 + len(word) > width and word[:room].isalpha() and room >= 2 and len(word) - room >= 3:
            lines.append(f"{line} {word[:room]}-")
            line = word[room:]
        elif line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def _cutting(paragraphs: list[str]) -> str:
    """An OCR'd newspaper cutting: the running head, the headline, the paragraphs set at 40 columns."""
    lines = ["6 COURANT 3 DECEMBER 2026", "", "Headline of the cutting", ""]
    for paragraph in paragraphs:
        lines += [*_typeset(paragraph), ""]
    return "\n".join(lines)


def _cutting_paragraphs(language: str) -> list[str]:
    """Three paragraphs of the language's prose, one, two and three sentences long."""
    return [" ".join([LANGUAGE_PROSE[language]] * times) for times in (1, 2, 3)]


@pytest.mark.parametrize("language", sorted(LANGUAGE_PROSE))
def test_a_cutting_set_in_a_narrow_column_is_unwrapped_and_its_broken_words_mended(language):
    """A column wrapped at 40, narrower than any dump's wrap width: its lines break where a wrapper at one column
    would and go on lower-case, so they are one paragraph's; a word broken over two lines is one word again."""
    paragraphs = _cutting_paragraphs(language)
    text = _cutting(paragraphs)
    plains = [line.plain for line in split_lines(text)]
    assert all(paragraph in plains for paragraph in paragraphs)


def test_every_cutting_but_one_has_a_word_broken_over_two_lines():
    """The cuttings above test mending broken words: only the Italian prose's words happen to fit their lines."""
    broken = {language for language in LANGUAGE_PROSE if "-\n" in _cutting(_cutting_paragraphs(language))}
    assert broken == set(LANGUAGE_PROSE) - {"it"}


def test_a_compounds_hyphen_at_a_narrow_columns_line_end_stays():
    """Near miss: a capital after the hyphen opens a compound's second word ("Noord-" over "Holland"), not a
    broken word's second half."""
    tail = [*_typeset(LANGUAGE_PROSE["nl"])[:-1], "waren ingekort. De bibliotheek in Noord-", "Holland volgt dat."]
    text = _cutting(_cutting_paragraphs("nl")) + "\n" + "\n".join(tail)
    assert split_lines(text)[-1].plain.endswith("De bibliotheek in Noord-Holland volgt dat.")


def test_short_lines_opening_with_capitals_in_a_narrow_column_are_not_unwrapped():
    """Near miss: a poem's short lines, as long as a narrow column's, each verse opening with a capital: no wrapper
    broke them, so each stays a line of its own."""
    rows = [
        "The ferry waits beside the old quay,",
        "The river keeps its winter hours now,",
        "Three lanterns burn along the jetty,",
        "And nobody crosses after the bells.",
        "The ferryman counts his coins twice,",
        "His daughter mends the nets at dusk.",
    ] * 2
    assert [line.plain for line in split_lines("\n".join(rows))] == rows


@pytest.mark.parametrize("language", sorted(PRINT_PAGES))
def test_a_print_editions_running_head_is_its_margin_and_its_day_dates_the_page(language):
    """The running head and the page's number atop the second page no longer cut the article in two; the edition's
    day in it, above the headline, dates the page (a site's date strip there would not), and the writer's name in
    capitals under the deck is the byline."""
    text, paragraphs, _ = _print_pages(language)
    head, headline, _, byline, *_ = PRINT_PAGES[language]
    cleaned = clean_text(text)
    assert cleaned.paragraphs[-len(paragraphs) :] == paragraphs
    assert cleaned.title == headline
    assert cleaned.authors == [byline.removeprefix("VON ").title()]
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 12, 2)
    assert not any(line in paragraph for line in head for paragraph in cleaned.paragraphs)


def test_a_dumps_first_lines_again_further_down_without_a_page_number_are_no_running_head():
    """Near miss: a site's name and date strip atop the page and again in its footer, with no page's number under
    them, are no print's margins: the strip's day does not date the page."""
    strip = ["The Valley Chronicle", "Tuesday, 1 December 2026"]
    page = [*strip, "", "# A headline about the talks", "", LONG, "", GENEVA, "", *strip, "", "Contact us"]
    cleaned = clean_text("\n".join(page))
    assert cleaned.paragraphs == [LONG, GENEVA]
    assert cleaned.published is None


@pytest.mark.parametrize(
    ("created", "language"),
    [("Created Sunday 06 December 2026", "en"), ("Erstellt Sonntag 06 Dezember 2026", "de")],
)
def test_a_zim_pages_header_and_creation_line_are_the_wikis_and_its_bare_link_the_url(created, language):
    """A page clipped into Zim: the file's header, and the line Zim writes under the note's name in its user's
    language, say when the clip was made; the byline's day is the page's, the bare link under them its address."""
    byline = {"en": "By Jane Doe | 27.11.2026", "de": "Von Jane Doe | 27.11.2026"}[language]
    page = [
        "Content-Type: text/x-zim-wiki",
        "Wiki-Format: zim 0.6",
        "Creation-Date: 2026-12-06T10:21:37+01:00",
        "",
        "====== Talks ======",
        created,
        "",
        "[[https://news.example/talks-42]]",
        "",
        "===== A headline about the talks =====",
        "",
        byline,
        "",
        LONG,
        "",
        GENEVA,
    ]
    cleaned = clean_text("\n".join(page))
    assert cleaned.url == "https://news.example/talks-42"
    assert cleaned.published is not None and cleaned.published.date == dt.date(2026, 11, 27)
    assert cleaned.paragraphs == [LONG, GENEVA]


def test_a_zim_pages_line_under_its_name_that_is_no_date_stays_the_articles():
    """Near miss: under the note's name, a line of the article (no date): it is kept."""
    page = ["Content-Type: text/x-zim-wiki", "Wiki-Format: zim 0.6", "", "====== Talks ======", LONG, "", GENEVA]
    assert clean_text("\n".join(page)).paragraphs == [LONG, GENEVA]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Veröffentlicht am 03.12.2026 um 17:20 Uhr von Irmgard Fellenberg", ["Irmgard Fellenberg"]),
        ("Published on 3 December 2026 at 4.10pm by Harriet Quenby", ["Harriet Quenby"]),
        ("03.12.2026 um 17:20 Uhr Sitzung im Rathaus", []),  # near miss: a notice's words after the time, no byline
    ],
)
def test_a_dateline_closing_with_its_times_word_then_a_byline_credits_the_writer(line, authors):
    """A date whose time of day closes with its word ("um 17:20 Uhr", "09:10 h"), then the writer's byline."""
    cleaned = clean_text("\n\n".join(["# A headline about the talks", line, LONG, LONG]))
    assert cleaned.authors == authors
    assert not authors or (cleaned.published is not None and cleaned.published.date == dt.date(2026, 12, 3))


def _teletext_page(header: str, section: str, headline: str, paragraphs: list[str], turn: str, rows: str) -> str:
    """Two subpages of a teletext page as a web viewer shows them: 40 columns, the text wrapped at 38 and indented
    by one, the paragraphs split over the two subpages."""
    rule = "─" * 40

    def wrapped(paragraph: str) -> list[str]:
        return [*textwrap.wrap(paragraph, 38, initial_indent=" ", subsequent_indent=" "), ""]

    first, second = paragraphs[:2], paragraphs[2:]
    screen = [f" {header}", f" {section}     1/2", f" {rule}", f" {headline}", ""]
    screen += [piece for paragraph in first for piece in wrapped(paragraph)]
    screen += [f" {turn}", f" {rows}", f" {header[:-2]}41", f" {section}     2/2", f" {rule}"]
    screen += [piece for paragraph in second for piece in wrapped(paragraph)]
    return "\n".join([*screen, f" {rows}"])


_TELETEXT_PAGES = [
    (
        "150 ShireText   Mon 07.12.26 09:12:05",
        "Shire Text - Local news",
        "Harbour crane returns after repairs",
        [
            "The old harbour crane at Wexmouth was lifted back onto its rails on Sunday after a winter in the yard.",
            "Its cab was rebuilt by apprentices from the college, who also painted the jib in its first colours.",
            "Continued on the crane's own page, the harbour master said, a diary of the repairs will follow weekly.",
            "The crane will lift boats out of the water again from March, as it did for sixty years.",
        ],
        "Continued on page 150/2",
        "Index 100  Weather 400  Sport 300",
    ),
    (
        "P 512  RIVIERA-TXT  lun 07 déc  09:14:22",
        "ACTUALITÉS DE LA CÔTE",
        "Le phare de Korvenec rallumé",
        [
            "Le phare de Korvenec brille de nouveau depuis samedi, après deux ans de travaux sur sa lanterne.",
            "Les bénévoles de l'association ont repeint la tour et remplacé les vitres brisées par la tempête.",
            "Suite page 512 du journal de samedi, a plaisanté le maire : la fête aura lieu sur la jetée.",
            "Le phare sera ouvert aux visiteurs chaque dimanche de l'été, de dix heures à midi.",
        ],
        "Suite page 512/2",
        "Sommaire 100  Météo 180  Sports 200",
    ),
    (
        "421 TELESUR  lun 07.12.26 09:15:40",
        "NOTICIAS DE LA COMARCA",
        "El molino de Valdecastro vuelve a moler",
        [
            "El molino harinero de Valdecastro ha vuelto a moler trigo después de treinta años parado junto al río.",
            "Los vecinos han cambiado la rueda de madera y limpiado el canal que trae el agua desde la presa.",
            "Sigue en la página del ayuntamiento el calendario de visitas, que empiezan en enero para los colegios.",
            "La harina se venderá en la tienda del pueblo los sábados por la mañana.",
        ],
        "Sigue en la página 421/2",
        "Portada 100  Tiempo 160  Deportes 200",
    ),
]


@pytest.mark.parametrize(("header", "section", "headline", "paragraphs", "turn", "rows"), _TELETEXT_PAGES)
def test_a_teletext_pages_rows_go_and_its_wrapped_text_across_subpages_is_the_article(
    header, section, headline, paragraphs, turn, rows
):
    cleaned = clean_text(_teletext_page(header, section, headline, paragraphs, turn, rows))
    assert cleaned.title == headline
    assert cleaned.paragraphs == paragraphs  # the third opens with a page-turn line's words: it stays
    assert cleaned.published is None  # the header's clock is the viewing's
    gone = {removal.text: removal.rule for removal in cleaned.removed}
    assert gone[header] == gone[f"{section}     1/2"] == "crawler_header"
    assert gone[turn] == gone[rows] == "link_only"


def test_a_teletext_pages_short_line_ending_in_a_number_stays():
    paragraphs = [
        "The ferry across the Lune runs again from Monday, after its hull was patched at the yard in Glasson.",
        "A single crossing costs a pound, and bicycles travel free until the end of the winter season.",
        "Fares rise to 300",  # a short paragraph ending in a figure: no page it leads to
        "The ferryman says the boat will be painted in spring, when the river is calmer and the days longer.",
    ]
    page = _teletext_page(
        "160 LuneText   Mon 07.12.26 09:20:11", "Lune Text - Travel", "Lune ferry back in service", paragraphs,
        "More on page 160/2", "Index 100  Travel 160",
    )  # fmt: skip
    assert clean_text(page).paragraphs == paragraphs


def test_rows_like_teletext_ones_on_a_wide_page_are_no_teletext():
    lines = ["160 LuneText   Mon 07.12.26 09:20:11", "Index 100  Travel 160", "", LONG]
    assert not is_teletext(lines)
    assert is_teletext(lines[:2])


def _wire_story(service: str, slug: str, headline: str, dateline: str, paragraphs: list[str], filed: str) -> str:
    """A press agency's story in IPTC 7901's framing, as a newsroom system stores it."""
    body = [f"   {paragraph}\n" for paragraph in paragraphs]
    return "\n".join(["ZCZC", service, slug, headline, "=", dateline, "", *body, "XY/ab", filed, "NNNN"])


_WIRE_PARAGRAPHS = {
    "en": [
        "The county's last chain ferry returned to the river on Monday after four months in the boatyard at Felby.",
        "Its new deck takes two cars more than the old one, and the chains were replaced along their whole length.",
    ],
    "de": [
        "Die Kettenfähre über die Alster bei Hollenbek fährt seit Montag wieder, nach vier Monaten auf der Werft.",
        "Das neue Deck trägt zwei Autos mehr als das alte, und die Ketten wurden auf ganzer Länge ersetzt.",
    ],
    "ru": [
        "Паром через реку у деревни Ключи снова ходит с понедельника после четырёх месяцев ремонта на верфи.",
        "Новая палуба вмещает на две машины больше, а цепи заменили по всей длине переправы.",
    ],
    "pl": [
        "Prom łańcuchowy w Zagórzu znów kursuje od poniedziałku, po czterech miesiącach remontu w stoczni.",
        "Nowy pokład mieści o dwa samochody więcej, a łańcuchy wymieniono na całej długości przeprawy.",
    ],
}


@pytest.mark.parametrize(
    ("language", "service", "slug", "headline", "dateline", "filed", "day"),
    [
        ("en", "WNS0112 3 gn 0245 /WNS-AB12", "Ferries/Rivers", "Chain ferry back on the river", "FELBY, 7 Dec (WNS) -",
         "071035 DEC 26", "2026-12-07"),
        ("de", "DPN0345 4 vm 0231 /DPN-CD34", "Verkehr/Fähren", "Kettenfähre fährt wieder", "Hollenbek, 5. Dez (DPN) -",
         "051120 DEZ 26", "2026-12-05"),
        ("ru", "RNA0220 3 ob 0198", "Транспорт/Паромы", "Паром через реку снова ходит", "КЛЮЧИ, 4 дек (РНА) -",
         "040915 ДЕК 26", "2026-12-04"),
        ("pl", "PAI0456 2 kr 0187 /PAI-EF56", "Transport/Promy", "Prom w Zagórzu znów kursuje",
         "Zagórze, 3 gru (PAI) -", "031410 GRU 26", "2026-12-03"),
    ],
)  # fmt: skip
def test_a_wire_storys_framing_goes_and_its_filing_time_dates_it(
    language, service, slug, headline, dateline, filed, day
):
    paragraphs = _WIRE_PARAGRAPHS[language]
    cleaned = clean_text(_wire_story(service, slug, headline, dateline, paragraphs, filed))
    assert (cleaned.title, cleaned.paragraphs) == (headline, paragraphs)
    assert cleaned.published is not None and cleaned.published.date.isoformat() == day
    gone = {removal.text: removal.rule for removal in cleaned.removed}
    assert gone["ZCZC"] == gone[service] == gone[slug] == gone[filed] == gone["NNNN"] == "crawler_header"


def test_a_wire_storys_filing_line_without_a_month_dates_nothing_and_a_page_without_its_marks_is_no_wire():
    paragraphs = _WIRE_PARAGRAPHS["en"]
    story = _wire_story("WNS0112 3 gn 0245", "Ferries", "Chain ferry back on the river", "FELBY (WNS) -", paragraphs,
                        "071035 XYZ 26")  # fmt: skip
    assert clean_text(story).published is None
    unframed = clean_text(story.replace("ZCZC\n", "").replace("\nNNNN", ""))
    assert "crawler_header" not in {removal.rule for removal in unframed.removed}


def _fediverse_thread(chrome: list[str], name: str, handle: str, posts: list[list[str]], stamps: list[str]) -> str:
    """A thread copied from a fediverse server's web interface, logged out: each post under its display name and
    handle, its time, client and counts under it, then another account's reply."""
    lines = [*chrome, ""]
    for post, stamp in zip(posts, stamps, strict=True):
        lines += [name, handle, "", *[f"{paragraph}\n" for paragraph in post], stamp, "·", "Web", "·", "4", "12", ""]
    return "\n".join([*lines, "Robin Vale", "@robin@harbour.social", "", f"@{handle.split('@')[1]} Great news!", ""])


_THREAD_POSTS = {
    "en": [
        [
            "Kelsey lido opens its winter swimming season this Sunday 🧵",
            "Forty swimmers went into the lake at dawn, where the water was five degrees, led by the club's founder.",
        ],
        [
            "The club asks newcomers to swim with a partner and to stay in the water for no more than two minutes.",
            "Read the whole report on the Kelsey Gazette (subscribers only):",
        ],
    ],
    "fr": [
        [
            "Le lavoir de Saint-Orbec restauré par les habitants 🧵",
            "Les bénévoles ont refait la toiture et nettoyé le bassin, vide depuis vingt ans.",
        ],
        [
            "La mairie installera un panneau sur l'histoire des lavandières au printemps, avec des photos anciennes.",
            "L'article complet est sur le site du Courrier de l'Orbec (abonnés) :",
        ],
    ],
    "it": [
        [
            "Riapre il forno comunale di Valdorso 🧵",
            "Il vecchio forno a legna della piazza torna a cuocere il pane ogni sabato, grazie ai pensionati.",
        ],
        [
            "Chi vuole cuocere il proprio pane può prenotare un turno in municipio, la legna la porta il comune.",
            "L'articolo completo è sul sito della Gazzetta di Valdorso (solo abbonati):",
        ],
    ],
}


@pytest.mark.parametrize(
    ("language", "name", "stamps", "day"),
    [
        ("en", "Harriet Coombe", ["6 Dec 2026, 09:14", "6 Dec 2026, 09:16"], "2026-12-06"),
        ("fr", "Maëlle Kervadec", ["5 déc. 2026, 10:02", "5 déc. 2026, 10:04"], "2026-12-05"),
        ("it", "Ottavio Brancaleoni", ["4 dic 2026, 08:40", "4 dic 2026, 08:43"], "2026-12-04"),
    ],
)
def test_a_fediverse_threads_posts_are_the_article_and_its_account_the_writer(language, name, stamps, day):
    posts = _THREAD_POSTS[language]
    thread = _fediverse_thread(["Mastodon", "Sign in", "Create account"], name, "@writer@coast.social", posts, stamps)
    cleaned = clean_text(thread)
    assert cleaned.authors == [name]
    assert cleaned.published is not None and cleaned.published.date.isoformat() == day
    assert cleaned.paragraphs == [posts[0][1], posts[1][0]]  # the headline is the title; the reply is not kept
    gone = {removal.text: removal.rule for removal in cleaned.removed}
    assert gone["@writer@coast.social"] == gone["Robin Vale"] == "crawler_header"
    assert gone[posts[1][1]] == "link_only"  # over the link card the copy left out


def test_a_writers_handle_under_a_byline_is_no_thread():
    page = ["# A headline about the talks", "", "By Jane Doe", "@jane@press.social", "", LONG, "", GENEVA + ":"]
    cleaned = clean_text("\n".join(page))
    assert cleaned.paragraphs[-1] == GENEVA + ":"  # no post's last line: a page's own
    assert "crawler_header" not in {removal.rule for removal in cleaned.removed}
