"""Publication dates of HTML pages: candidates from every source and the priority that picks one."""

import datetime as dt

import pytest
from lxml import etree

from cleaners.authors import _META_AUTHOR, _SITE_NAME, WRITTEN_BY_LABELS, written_by_label
from cleaners.dates import Published, dateline_kind, label_kind
from cleaners.html_page import clean_html, parse_html
from cleaners.published import (
    _CANONICAL,
    _OG_TYPE,
    PageDates,
    PageReadings,
    publication_date,
    script_texts,
    shown_days,
    url_date,
)

ARTICLE = "<p>" + "The council met again to discuss the budget for the coming years and its many parts. " * 6 + "</p>"


def page(head: str = "", body: str = "") -> str:
    return f"<html><head><title>A headline</title>{head}</head><body>{body}<article>{ARTICLE}</article></body></html>"


def chosen(markup: str, url: str | None = None) -> Published:
    published = publication_date(PageDates(parse_html(markup), url))
    assert published is not None
    return published


def undated(markup: str) -> bool:
    return publication_date(PageDates(parse_html(markup), None)) is None


def test_jsonld_published_date_wins_over_modified_and_keeps_its_instant():
    markup = page(
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-05T09:30:00+01:00",'
        ' "dateModified": "2024-06-01T10:00:00Z"}</script>',
        "<div class='meta'>5 March 2024, updated 1 June 2024</div>",
    )
    at = dt.datetime(2024, 3, 5, 8, 30, tzinfo=dt.UTC)  # the day as written, the instant in UTC
    assert chosen(markup) == Published(dt.date(2024, 3, 5), at, "jsonld_article:published")


def test_a_visible_updated_line_is_a_modification_date_whatever_its_class():
    markup = page(
        body="<div class='byline__pubdate'>Last updated: June 1, 2024</div>"
        "<div class='post-date'>Published March 5, 2024</div>"
    )
    tree = parse_html(markup)
    kinds = {c.name: c.published.date for c in PageDates(tree, None, None).markup}
    assert kinds["visible:modified"] == dt.date(2024, 6, 1)
    assert kinds["visible:published"] == dt.date(2024, 3, 5)
    assert chosen(markup).date == dt.date(2024, 3, 5)


def test_time_element_with_datetime_gives_the_instant():
    markup = page(body='<time itemprop="datePublished" datetime="2023-11-20T18:05:00-05:00">Nov 20, 2023</time>')
    at = dt.datetime(2023, 11, 20, 23, 5, tzinfo=dt.UTC)
    assert chosen(markup) == Published(dt.date(2023, 11, 20), at, "time:published")


def test_dates_in_comments_and_related_links_are_not_the_pages():
    markup = page(
        body="<div class='comments'><time datetime='2024-02-02'>2 Feb 2024</time></div>"
        "<aside><span class='date'>January 9, 2024</span></aside>"
    )
    assert [c for c in PageDates(parse_html(markup), None, None).markup if c.source in ("time", "visible")] == []


def test_the_bodys_layout_classes_are_no_foreign_section():
    markup = page(body="<time class='field-node-create-date'>31.03.2020</time>").replace(
        "<body>", "<body class='one-sidebar sidebar-first'>"
    )
    assert chosen(markup).date == dt.date(2020, 3, 31)


def test_a_date_mentioned_only_in_the_prose_is_no_publication_date():
    markup = page(body="<p>The treaty was signed on 26 November 2015 in Paris after long talks.</p>")
    assert undated(markup)


def test_a_date_in_an_element_a_sentence_runs_through_is_the_sentences():
    sentences = {
        "en": "Sources: Vanguard and Morningstar, Inc., figures for all index funds as of "
        "<span>December 31, 2025</span>.",
        "de": "Die Zahlen aller Fonds der Gesellschaft gelten für den Zeitraum bis zum <b>31. Dezember 2025</b> "
        "laut Bericht.",
        "fr": "Les chiffres de tous les fonds de la société sont arrêtés au <span>31 décembre 2025</span> "
        "selon le rapport.",
        "es": "Las cifras de todos los fondos de la sociedad se cerraron el <strong>31 de diciembre de 2025</strong> "
        "según el informe.",
    }
    for language, sentence in sentences.items():
        dates = PageDates(parse_html(page(body=f"<p>{sentence}</p>")), None, [language])
        assert [c.name for c in dates.markup if c.source == "dateline"] == [], language
    # near misses: a date alone in its element, after a label or a separator, or in a short line, stays a dateline
    for line in (
        "<p><span>31. Dezember 2025</span></p>",
        "<p>Publié le <span>31 décembre 2025</span></p>",
        (
            "<p>Ana García | Redacción de la sección de economía y de los mercados | "
            "<span>31 de diciembre de 2025</span></p>"
        ),
        "<p>Posted on <span>December 31, 2025</span> by Jane Doe</p>",
    ):
        dates = PageDates(parse_html(page(body=line)), None, ["en", "de", "fr", "es"])
        assert [c.published.date for c in dates.markup if c.source == "dateline"] == [dt.date(2025, 12, 31)], line


def test_a_markup_date_the_page_never_shows_gives_way_to_a_shown_one():
    markup = page(
        '<meta property="article:published_time" content="2021-01-01T00:00:00Z">',
        "<span class='entry-date'>14 May 2022</span>",
    )
    assert chosen(markup).date == dt.date(2022, 5, 14)


def test_visible_datelines_in_other_languages():
    french = page(body="<p class='article-date'>Publié le 3 mars 2024 à 10h15</p>")
    german = page(body="<div class='datum'><span class='date'>Aktualisiert: 04.03.2024</span></div>")
    assert chosen(french).date == dt.date(2024, 3, 3)
    tree = parse_html(german)
    assert [c.name for c in PageDates(tree, None, ["de"]).markup if c.source == "visible"] == ["visible:modified"]


def test_url_dates():
    assert url_date("https://example.com/2024/03/05/story-title/")[0].published.date == dt.date(2024, 3, 5)
    assert url_date("https://example.com/news/20240305-story")[0].published.date == dt.date(2024, 3, 5)
    assert url_date("https://example.com/2024/03/story-title") == []
    assert url_date("https://example.com/products/12345678") == []


def test_shown_days_reads_numeric_and_month_name_forms():
    text = "Posted 5 mars 2024 · 2024-03-06 · 07.03.2024 · March 8th, 2024 · 03/09/2024 · 2024年3月10日"
    days = shown_days(text, 2024)
    assert {dt.date(2024, 3, day) for day in (5, 6, 7, 8, 9, 10)} <= days
    assert dt.date(2024, 9, 3) in days  # 03/09/2024 may be day first too


def test_clean_html_says_which_source_won():
    markup = page(
        '<meta property="article:published_time" content="2024-03-05T09:30:00Z">',
        "<span class='date'>March 5, 2024</span>",
    )
    cleaned, _ = clean_html(markup)
    assert cleaned.published is not None
    assert cleaned.published.date == dt.date(2024, 3, 5)
    assert cleaned.published.at == dt.datetime(2024, 3, 5, 9, 30, tzinfo=dt.UTC)
    assert cleaned.published.source == "meta:published"


def test_a_published_class_on_the_day_the_declared_dates_call_the_update_is_not_the_publication():
    declared = (
        '<meta property="article:published_time" content="2024-03-05T09:00:00Z">'
        '<meta property="article:modified_time" content="2024-06-01T10:00:00Z">'
    )
    shows_update = "<div class='post-date'>June 1, 2024</div>"
    assert chosen(page(declared, shows_update)).date == dt.date(2024, 3, 5)
    only_published = '<meta property="article:published_time" content="2024-03-05T09:00:00Z">'
    assert chosen(page(only_published, shows_update)) == Published(dt.date(2024, 6, 1), source="visible:published")


def test_a_shown_time_element_comes_before_htmldates_reading():
    shown = page(body='<p class="x"><time datetime="2024-03-05T09:00:00Z">March 5, 2024</time></p>')
    assert chosen(shown) == Published(dt.date(2024, 3, 5), dt.datetime(2024, 3, 5, 9, tzinfo=dt.UTC), "time:unsaid")


def test_url_dates_keep_one_separator_and_the_webs_years():
    assert url_date("https://example.com/2024/12/story-title") == []  # December, not 2 January
    assert url_date("https://example.com/2024-3-5-story")[0].published.date == dt.date(2024, 3, 5)
    assert url_date("https://example.com/1906/05/09/item") == []


def test_the_urls_local_day_wins_over_the_next_days_utc_stamp():
    markup = page(
        '<meta property="article:published_time" content="2025-12-19T02:41:00+00:00">', "<p>December 19, 2025</p>"
    )
    at = dt.datetime(2025, 12, 19, 2, 41, tzinfo=dt.UTC)
    assert chosen(markup, "https://blog.example/2025/12/18/title/") == Published(
        dt.date(2025, 12, 18), at, "url:unsaid"
    )
    assert chosen(markup, "https://blog.example/2025/12/17/title/").date == dt.date(2025, 12, 19)
    local_zone = page(
        '<meta property="article:published_time" content="2022-05-07T13:43:46-05:00">', "<p>May 7, 2022</p>"
    )
    assert chosen(local_zone, "https://news.example/2022/05/06/title/").date == dt.date(2022, 5, 7)


def test_a_wire_dateline_opening_a_paragraph_dates_a_page_that_states_nothing_else():
    lede = "<p>27.1.2022 - Bei der Erinnerung an die Verfolgten des Regimes waren viele Opfer lange vergessen.</p>"
    assert chosen(page(body=lede)) == Published(dt.date(2022, 1, 27), source="lede:unsaid")
    wire = "<p>RAJSHAHI, Dec 20, 2025 (BSS) - Homestead gardening has been contributing a lot to the region.</p>"
    assert chosen(page(body=wire)).date == dt.date(2025, 12, 20)
    assert undated(page(body=f'<div class="related">{lede}</div>'))
    assert undated(page(body="<p>In 2022 - the year of the tiger - many things happened to many people here.</p>"))


def shown_candidates(markup: str) -> dict[str, dt.date]:
    """The page's `<time>` and dated-text candidates by name (htmldate's reading left out)."""
    candidates = PageDates(parse_html(markup), None, ["en"]).markup
    return {c.name: c.published.date for c in candidates if c.source in ("time", "visible")}


def test_a_spaced_dash_or_slash_before_a_word_ends_a_dates_chunk():
    credit = page(body="<div class='news-timedata'>05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher)</div>")
    assert shown_candidates(credit) == {"visible:unsaid": dt.date(2020, 2, 5)}
    both = page(body="<p class='date'>March 5, 2024 / Updated June 1, 2024</p>")
    assert shown_candidates(both) == {"visible:unsaid": dt.date(2024, 3, 5), "visible:modified": dt.date(2024, 6, 1)}
    timed = page(body="<p class='date'>21.01.2022 - 13:30</p>")  # before a digit: the date's time
    assert shown_candidates(timed) == {"visible:unsaid": dt.date(2022, 1, 21)}


def test_a_layout_word_on_a_section_holding_the_headline_is_no_foreign_section():
    header = "<h1>A headline</h1><p class='entry-meta'><time>December 9, 2021</time></p>"
    layout = page(body=f"<div class='content-sidebar-wrap'>{header}</div>")
    assert shown_candidates(layout) == {"time:unsaid": dt.date(2021, 12, 9)}
    posts = "".join(f"<li><a href='/p{day}'>Post</a> <time>December {day}, 2021</time></li>" for day in (1, 2, 3))
    assert shown_candidates(page(body=f"<div class='sidebar'><ul>{posts}</ul></div>")) == {}
    assert shown_candidates(page(body=f"<div class='related-posts'>{header}</div>")) == {}  # their headlines too


def test_a_layout_section_writing_only_the_pages_own_dates_is_no_foreign_section():
    column = "<div class='podcast-description__sidebar'><p>Diffusé le</p><p>23 mai 2019</p><p>Durée 12 min</p></div>"
    assert chosen(page(body=column)).date == dt.date(2019, 5, 23)
    widget = "<div class='elementor-widget-container'><time>October 8, 2022</time><p>Updated May 2, 2023</p></div>"
    assert shown_candidates(page(body=widget)) == {"time:unsaid": dt.date(2022, 10, 8)}


def test_readers_below_the_winner_are_not_read():
    """A shown meta date wins before the visible texts' dates and htmldate are needed; they are not
    read, yet every candidate is there for who asks (`markup`)."""
    markup = page(
        '<meta property="article:published_time" content="2024-03-05T09:30:00Z">',
        "<p>5 March 2024</p><div class='date'>Updated June 1, 2024</div>",
    )
    dates = PageDates(parse_html(markup), None)
    assert publication_date(dates) == Published(
        dt.date(2024, 3, 5), dt.datetime(2024, 3, 5, 9, 30, tzinfo=dt.UTC), "meta:published"
    )
    assert "texts" not in dates._read and "htmldate" not in dates._read and "lede" not in dates._read
    assert "visible:modified" in {c.name for c in dates.markup}


def test_the_instant_is_taken_from_the_first_reader_that_gives_one_for_the_winners_day():
    markup = page(
        '<meta property="article:published_time" content="2024-03-05">',
        "<div class='date'>March 5, 2024 14:30 GMT</div>",
    )
    at = dt.datetime(2024, 3, 5, 14, 30, tzinfo=dt.UTC)  # from the visible dateline, the meta gives the day
    assert chosen(markup) == Published(dt.date(2024, 3, 5), at, "meta:published")


def test_a_visible_chunk_of_a_kind_already_found_is_not_parsed(monkeypatch):
    """Only the first date of each kind is kept: a later chunk of that kind is not read at all."""
    import cleaners.published as published

    parsed = []
    real = published.parse_date_value

    def counting(value, languages=None):
        parsed.append(value)
        return real(value, languages)

    monkeypatch.setattr(published, "parse_date_value", counting)
    markup = page(body="<div class='date'>5 March 2024</div><div class='date'>6 March 2024 | Updated 1 June 2024</div>")
    candidates = {c.name: c.published.date for c in PageDates(parse_html(markup), None, ["en"]).markup}
    assert candidates == {"visible:unsaid": dt.date(2024, 3, 5), "visible:modified": dt.date(2024, 6, 1)}
    assert "6 March 2024" not in parsed


def test_a_section_listing_only_months_is_no_list_of_other_pages():
    months = "".join(f"<li><a href='/2010/{month}/'>{name} 2010</a></li>" for month, name in ((5, "Mai"), (4, "April")))
    entry = f"<p class='news'>gepostet am <nobr>19. Mai 2010</nobr></p><ul>{months}<li>März 2010</li></ul>"
    assert chosen(page(body=f"<div class='sidebar'>{entry}</div>")).date == dt.date(2010, 5, 19)
    days = "".join(f"<li><a href='/p{day}'>Post</a> {day}. Mai 2010</li>" for day in (3, 4, 5))
    assert undated(page(body=f"<div class='sidebar'><p>19. Mai 2010</p><ul>{days}</ul></div>"))


def test_an_aside_inside_the_article_holding_its_own_date_is_read():
    meta = (
        "<aside class='meta'><p><time datetime='2022-01-21' class='meta__label'>21.01.2022 - 13:30</time></p></aside>"
    )
    inside = f"<html><body><article><h1>A headline</h1>{meta}{ARTICLE}</article></body></html>"
    assert shown_candidates(inside) == {"time:unsaid": dt.date(2022, 1, 21)}
    assert shown_candidates(page(body=meta)) == {}  # beside the article: a sidebar
    posts = "".join(f"<p><a href='/p{day}'>Post</a> <time>2022-01-{day:02}</time></p>" for day in (1, 2, 3))
    listing = f"<html><body><article><h1>A headline</h1><aside>{posts}</aside>{ARTICLE}</article></body></html>"
    assert shown_candidates(listing) == {}


def test_a_utc_stamp_gives_way_to_the_day_before_that_a_time_element_writes_without_a_zone():
    stamp = '<meta property="article:published_time" content="2022-05-04T00:53:29Z">'
    shown = "<span><time class='com-date'>3 de mayo de 2022</time> 21:25</span><p>4 de mayo de 2022</p>"
    assert chosen(page(stamp, shown)).date == dt.date(2022, 5, 3)
    zoned = "<time datetime='2022-05-03T21:25:00-03:00'>3 de mayo de 2022</time><p>4 de mayo de 2022</p>"
    assert chosen(page(stamp, zoned)).date == dt.date(2022, 5, 3)  # an offset is the site's own zone
    two_days = "<time>2 de mayo de 2022</time><p>4 de mayo de 2022</p>"
    assert chosen(page(stamp, two_days)).date == dt.date(2022, 5, 4)
    local = '<meta property="article:published_time" content="2022-05-04T00:53:29-03:00">'
    assert chosen(page(local, shown)).date == dt.date(2022, 5, 4)  # no UTC stamp: its own day stands


def test_written_and_its_kin_open_a_publication_dateline():
    kbs = page(body="<p class='date'>Written: 2023-11-07 15:03:30 / Updated: 2023-11-08 15:30:46</p>")
    assert shown_candidates(kbs) == {
        "visible:published": dt.date(2023, 11, 7),
        "visible:modified": dt.date(2023, 11, 8),
    }
    for line in ("Geschrieben am 7. November 2023", "Posté le 7 novembre 2023", "Mis en ligne le 7 novembre 2023"):
        assert dateline_kind(line) == "published", line
    assert dateline_kind("Writers on 7 November 2023") is None


def test_a_date_in_a_link_to_another_page_is_that_pages():
    url = "https://example.org/news/details/the-story/"
    teaser = "<a href='/news/details/older-story/'><em class='pubdate'>04.11.2021</em></a>"
    teasers = f"<ul class='news-list'><li>{teaser}</li></ul>"
    candidates = PageDates(parse_html(page(body=teasers)), url, ["de"]).markup
    assert [c for c in candidates if c.source in ("time", "visible")] == []
    own = "<a href='{}'><time class='entry-date'>March 5, 2024</time></a>"
    for href in (url, "/news/details/the-story", "/news/", "/news/2024/03/05/", "#top"):
        assert chosen(page(body=own.format(href)), url).date == dt.date(2024, 3, 5)
    based = page('<base href="https://example.org/">', own.format("news/details/the-story/"))
    assert chosen(based, url).source == "time:published"  # relative to the page's <base>, its own link
    canonical = page('<link rel="canonical" href="/news/details/the-story/">', own.format("/news/details/the-story/"))
    assert chosen(canonical, "https://feeds.example.org/~r/abc/").source == "time:published"
    assert chosen(page(body=own.format("/elsewhere/")), None).source == "time:published"  # no URL: no other page


def test_an_update_line_under_the_headline_dates_a_page_that_states_nothing_else():
    headline = "<h1>The best scooters</h1>"
    header = f"{headline}<p>By Jane Doe</p><span>Updated May 6, 2025</span>"
    assert chosen(f"<html><body>{header}<article>{ARTICLE}</article></body></html>").date == dt.date(2025, 5, 6)
    stamp = "<p>Last updated July 2, 2024</p>"  # a maintenance stamp after the article's body
    assert undated(f"<html><body>{headline}<article>{ARTICLE * 2}</article>{stamp}</body></html>")
    published = f"{headline}<p>March 3, 2025</p><span>Updated May 6, 2025</span>"
    when = chosen(f"<html><body>{published}<article>{ARTICLE}</article></body></html>").date
    assert when == dt.date(2025, 3, 3)  # the update only when nothing else dates the page


def test_a_page_the_parse_leaves_without_a_body_shows_its_date():
    warning = "<br />\n<b>Warning</b>:  Use of undefined constant in <b>/www/wp-settings.php</b><br />\n"
    markup = warning + "<!DOCTYPE html>" + page(body="<div class='post-date'>Published March 5, 2024</div>")
    tree = parse_html(markup)
    assert tree is not None and not tree.xpath("//body")  # lxml.html returns the body renamed `<div>`
    assert chosen(markup) == Published(dt.date(2024, 3, 5), source="visible:published")


def test_a_dateline_by_the_headline_beats_a_date_htmldate_finds_in_a_script():
    # htmldate reads this day, which no statement of the page gives
    state = '<script>window.state = {"updated_at": "2023-04-07T10:11:12"}</script>'

    def dated(header: str, head: str = "", article: str = ARTICLE) -> Published:
        return chosen(f"<html><head>{head}</head><body>{header}<article>{article}</article>{state}</body></html>")

    over = "<p>February 4, 2025 - 11 minutes</p><h1>Cloud trends</h1>"
    under = "<h1>Cloud trends</h1><p>By Jane Doe</p><p>February 4, 2025</p>"
    for header in (over, under):
        assert dated(header) == Published(dt.date(2025, 2, 4), source="dateline:unsaid")
    menu = "<ul>" + "<li>Section</li>" * 12 + "</ul>"  # more than a kicker between the dateline and the headline
    assert dated(f"<p>February 4, 2025</p>{menu}<h1>Cloud trends</h1>").source == "htmldate:unsaid"
    after_body = f"<h1>Cloud trends</h1><article>{ARTICLE * 2}</article><p>February 4, 2025</p>"
    assert dated(after_body, article="").source == "htmldate:unsaid"
    declared = '<script type="application/ld+json">{"@type": "Article", "datePublished": "2023-04-07"}</script>'
    assert dated(under, declared).date == dt.date(2023, 4, 7)  # a day the page declares stays before the dateline


def test_a_day_htmldate_reads_in_a_related_posts_list_is_not_the_pages_shown_date():
    url = "https://example.org/blog/seo-agencies/"
    related = (
        "<div class='related-posts'><h3><a href='/blog/other-post/'>Other post</a></h3>"
        "<div class='blog-date'>December 2, 2025</div></div>"
    )
    header = "<h1>SEO agencies</h1><div>Last updated:</div><div>Dec 12, 2025</div>"
    markup = f"<html><body>{header}<article>{ARTICLE}</article>{related}</body></html>"
    assert chosen(markup, url) == Published(dt.date(2025, 12, 12), source="dateline:unsaid")
    # the same day in the page's own byline is its date, shown
    own = "<h1>SEO agencies</h1><div class='blog-date'>December 2, 2025</div>"
    markup = f"<html><body>{own}<article>{ARTICLE}</article>{related}</body></html>"
    assert chosen(markup, url).date == dt.date(2025, 12, 2)


def test_a_time_elements_label_in_an_element_of_its_own_says_which_date_it_is():
    time = "<time datetime='2025-04-14T12:00:00Z'>April 2025</time>"
    reviewed = f"<div><div>Date Last Reviewed:</div><div>{time}</div></div>"
    tree = parse_html(page(body=reviewed))
    assert [(c.name, c.published.date) for c in PageDates(tree, None).of_source("time")] == [
        ("time:modified", dt.date(2025, 4, 14))
    ]
    assert undated(page(body=reviewed))  # a review stamp, which the page does not show as a day, dates nothing
    published = "<p><span>Erschienen am:</span> <time datetime='2021-10-13'>13.10.2021</time></p>"
    assert PageDates(parse_html(page(body=published)), None).of_source("time")[0].kind == "published"
    # near misses: a sentence before the date is no label, nor a label of other words
    sentence = "<p>We published the first part of this series last spring, as promised.</p>"
    for before in (sentence, "<span>Share:</span>"):
        markup = page(body=f"<div>{before}<time datetime='2021-10-13'>13.10.2021</time></div>")
        assert PageDates(parse_html(markup), None).of_source("time")[0].kind == "unsaid"


def test_a_date_ish_elements_label_in_an_element_of_its_own_says_which_date_it_is():
    labels = {
        "en": ("Last Updated:", "September 26, 2024"),
        "de": ("Zuletzt aktualisiert:", "26. September 2024"),
        "fr": ("Mis à jour le", "26 septembre 2024"),
        "pl": ("Zaktualizowano:", "26 września 2024"),
    }
    for language, (label, day) in labels.items():
        markup = page(
            body=f'<div class="article-date"><span class="label">{label}</span><span class="date">{day}</span></div>'
        )
        dates = PageDates(parse_html(markup), None, [language])
        assert [c.name for c in dates.markup if c.source == "visible"] == ["visible:modified"], language
    # near misses: a byline or a share button before the date says nothing of its kind
    for before in ("<span>By Jane Doe</span>", "<span>Share:</span>"):
        markup = page(body=f'<div class="post-meta">{before}<span class="date">26. September 2024</span></div>')
        assert [c.name for c in PageDates(parse_html(markup), None, ["de"]).markup if c.source == "visible"] == [
            "visible:unsaid"
        ], before


def test_a_review_date_is_a_modification_date():
    assert dateline_kind("Last reviewed: March 3, 2024") == "updated"
    assert dateline_kind("Zuletzt geprüft am 3. März 2024") == "updated"
    assert label_kind("Page last reviewed:") == "updated"
    assert label_kind("Reviewed by") is None  # a reviewer's credit, no date's label
    markup = page(head='<meta itemprop="lastReviewed" content="2017-04-26T08:00:00Z">')
    assert [c.name for c in PageDates(parse_html(markup), None).markup] == ["meta:modified"]
    assert undated(markup)


def test_the_urls_day_dates_a_page_that_shows_no_date_at_all():
    markup = page(body="<p>Meet the Swede who tattooed a face on his arm</p>")
    assert chosen(markup, "https://www.example.se/20200428/meet-the-swede") == Published(
        dt.date(2020, 4, 28), None, "url:unsaid"
    )


def test_dates_in_the_sites_banner_are_not_the_pages():
    # the site's <header>, outside the article and without the headline: today's date strip, a news menu
    banner = (
        "<header class='site-header'><ul class='topbar'><li>Tuesday, (08 Dec 2020)</li></ul>"
        "<div class='menu-news'><time datetime='2025-01-31T12:00:00Z'>01/31/2025</time></div></header>"
    )
    own = "<h1>Candidate experience</h1><div class='node__meta'><time datetime='2017-03-01'>03/01/2017</time></div>"
    markup = f"<html><body>{banner}<article>{own}{ARTICLE}</article></body></html>"
    assert chosen(markup) == Published(dt.date(2017, 3, 1), source="time:unsaid")
    assert [c.published.date for c in PageDates(parse_html(markup), None).markup] == [dt.date(2017, 3, 1)]
    # an article's own <header>: it holds the headline, or stands inside the article or the main content
    for header in (
        "<header><h1>Cloud trends</h1><time datetime='2024-03-05'>March 5, 2024</time></header>",
        "<main><header><time datetime='2024-03-05'>March 5, 2024</time></header></main>",
        "<article><header><time datetime='2024-03-05'>March 5, 2024</time></header></article>",
    ):
        assert chosen(f"<html><body>{header}<article>{ARTICLE}</article></body></html>").date == dt.date(2024, 3, 5)


def test_a_date_linked_to_its_days_archive_with_dashes_is_the_pages_own():
    url = "https://example.org/news/azerbaijan-launches-counteroffensive"
    linked = "<ul class='nav meta'><li><a href='{}'>13 Oct 2020 18:29</a></li></ul>"

    def visible(href: str) -> list[dt.date]:
        candidates = PageDates(parse_html(page(body=linked.format(href))), url).markup
        return [c.published.date for c in candidates if c.source == "visible"]

    assert visible("/time/2020-10-13") == [dt.date(2020, 10, 13)]
    assert visible("/news/2020-10-13-another-story") == []  # a teaser of another page


def test_an_evergreen_pages_first_day_long_since_revised_is_no_publication():
    def jsonld(published: str, modified: str) -> str:
        return (
            '<script type="application/ld+json">{"@type": "WebPage", '
            f'"datePublished": "{published}", "dateModified": "{modified}"}}</script>'
        )

    def meta(og_type: str, published: str, modified: str) -> str:
        return (
            f'<meta property="og:type" content="{og_type}">'
            f'<meta property="article:published_time" content="{published}">'
            f'<meta property="article:modified_time" content="{modified}">'
        )

    # only JSON-LD gives the hidden first day, revised nine years later; a website's meta tags, three years
    assert undated(page(jsonld("2015-06-04T10:00:00", "2024-08-05T10:00:00")))
    assert undated(page(meta("website", "2021-05-24T10:00:00", "2024-02-22T10:00:00")))
    # near misses: a revision within two years, an article's meta tags, the day shown on the page
    assert chosen(page(jsonld("2015-06-04T10:00:00", "2016-08-05T10:00:00"))).date == dt.date(2015, 6, 4)
    assert chosen(page(meta("article", "2021-05-24T10:00:00", "2024-02-22T10:00:00"))).date == dt.date(2021, 5, 24)
    shown = page(jsonld("2015-06-04T10:00:00", "2024-08-05T10:00:00"), "<p class='date'>June 4, 2015</p>")
    assert chosen(shown).date == dt.date(2015, 6, 4)


def test_a_shown_jsonld_revision_gives_way_to_the_publication_the_meta_tags_declare():
    jsonld = (
        '<script type="application/ld+json">{"@type": "BlogPosting", '
        '"datePublished": "2024-02-21T10:00:00", "dateModified": "2025-10-26T10:00:00"}</script>'
    )
    tagged = '<meta property="article:published_time" content="2024-02-21T10:00:00">'
    shows_revision = "<p>October 26, 2025</p>"
    assert chosen(page(jsonld + tagged, shows_revision)).date == dt.date(2024, 2, 21)
    # near misses: only JSON-LD declares the publication, or the tags declare the shown day itself
    assert chosen(page(jsonld, shows_revision)) == Published(dt.date(2025, 10, 26), source="jsonld_article:modified")
    tagged_revision = '<meta property="article:published_time" content="2025-10-26T10:00:00">'
    assert chosen(page(jsonld + tagged_revision, shows_revision)).date == dt.date(2025, 10, 26)


def test_an_update_line_by_the_headline_beats_an_unshown_declared_day_where_it_is_the_only_date_shown():
    headline = "<h1>Blockchain trends</h1><p>By Jane Doe</p><span>Updated December 18, 2025</span>"
    declared = '<script type="application/ld+json">{"@type": "Article", "datePublished": "2025-06-17"}</script>'

    def dated(head: str, header: str = headline) -> Published:
        return chosen(f"<html><head>{declared}{head}</head><body>{header}<article>{ARTICLE}</article></body></html>")

    assert dated("") == Published(dt.date(2025, 12, 18), source="dateline:modified")
    # the meta tags declare the publication: the update is a revision of it
    tagged = '<meta property="article:published_time" content="2025-06-17T09:00:00">'
    assert dated(tagged).date == dt.date(2025, 6, 17)
    # the page shows a date that is no update: the update line is a revision beside it, and the
    # priority table decides between the others as before (here htmldate's reading of the declared day)
    shown = headline.replace("<p>By Jane Doe</p>", "<p>By Jane Doe</p><p>March 3, 2025</p>")
    assert dated("", shown).date == dt.date(2025, 6, 17)


def test_a_shown_update_line_gives_way_to_the_publication_the_meta_tags_declare():
    updated = "<div class='entry-date'>Updated November 3, 2025</div>"
    tagged = '<meta property="article:published_time" content="2022-01-03T16:52:00+00:00">'
    assert chosen(page(tagged, updated)).date == dt.date(2022, 1, 3)
    # near misses: no tag declares the publication, or it declares the shown day itself
    assert chosen(page("", updated)).date == dt.date(2025, 11, 3)
    tagged_update = '<meta property="article:published_time" content="2025-11-03T09:00:00+00:00">'
    assert chosen(page(tagged_update, updated)).date == dt.date(2025, 11, 3)


def test_a_microdata_items_meta_is_not_the_pages_publication_tag():
    # a recipe's `<meta itemprop>` creation day is its item's, not a publication the page's tags declare
    recipe = '<div itemscope itemtype="https://schema.org/Recipe"><meta itemprop="dateCreated" content="01/01/2004">'
    updated = "<div class='entry-date'>Updated June 13, 2019</div>"
    assert chosen(page(body=recipe + updated + "</div>")) == Published(dt.date(2019, 6, 13), source="visible:modified")
    jsonld = (
        '<script type="application/ld+json">{"@type": "BlogPosting", '
        '"datePublished": "2020-05-13T20:03:25Z", "dateModified": "2025-01-02T10:00:00Z"}</script>'
    )
    item = '<meta itemprop="datePublished" content="2020-05-13">'
    revision = "<p>January 2, 2025</p>"
    assert chosen(page(jsonld + item, revision)) == Published(
        dt.date(2025, 1, 2), dt.datetime(2025, 1, 2, 10, tzinfo=dt.UTC), "jsonld_article:modified"
    )


def test_a_meta_tag_htmldate_does_not_list_says_its_date_by_its_names_words():
    def meta_kinds(head: str) -> dict[str, dt.date]:
        return {c.name: c.published.date for c in PageDates(parse_html(page(head)), None).read("meta")}

    published = (
        '<meta name="published" content="July 17, 2025">',  # a CMS's own name, a written date
        '<meta name="cxenseparse:publishtime" content="2024-12-23T18:24:18Z">',
        '<meta property="article:first_published_time" content="2026-01-23T15:02:00+00:00">',
        '<meta property="article:published_time " content="2022-11-17T10:33:13Z">',  # a stray space
    )
    for head, day in zip(published, ("2025-07-17", "2024-12-23", "2026-01-23", "2022-11-17"), strict=True):
        assert meta_kinds(head) == {"meta:published": dt.date.fromisoformat(day)}, head
    for head in ('<meta name="last-updated" content="2020-04-26">', '<meta name="modified-time" content="2020-04-26">'):
        assert meta_kinds(head) == {"meta:modified": dt.date(2020, 4, 26)}, head
    # near misses: a name that says no role of the page's date is none of its dates
    for head in (
        '<meta name="expires" content="2020-10-14T14:00:00Z">',
        '<meta property="article:expiration_time" content="2020-11-05T20:22:53Z">',
        '<meta name="build" content="2020-09-30T20:04:39Z">',
        '<meta itemprop="uploadDate" content="2021-09-09">',  # a video's
    ):
        assert meta_kinds(head) == {}, head


def test_a_declared_day_shown_only_in_teasers_gives_way_to_the_day_a_time_shows_as_the_pages():
    url = "https://example.org/kultur/the-story-ld.1161246"
    tagged = '<meta property="article:published_time" content="2019-10-18T22:30:00Z">'
    own = "<time datetime='2019-10-19T00:30:00+02:00'>19.10.2019</time>"
    teasers = "<ul><li><a href='/kultur/other-ld.1161100'><span class='date'>18.10.2019</span> Another</a></li></ul>"
    assert chosen(page(tagged, own + teasers), url).date == dt.date(2019, 10, 19)
    assert chosen(page(tagged, own + "<p class='date'>18.10.2019</p>"), url).date == dt.date(2019, 10, 18)  # its own
    assert chosen(page(tagged, teasers), url).date == dt.date(2019, 10, 18)  # no other day the page shows
    update = "<time class='updated' datetime='2019-10-19'>19.10.2019</time>"
    assert chosen(page(tagged, update + teasers), url).date == dt.date(2019, 10, 18)  # an update is no publication
    evening = '<meta property="article:published_time" content="2019-10-19T02:00:00Z">'  # 18 October in New York
    local = "<time datetime='2019-10-18'>October 18, 2019</time>"
    teaser = teasers.replace("18.10.2019", "October 19, 2019")
    at = dt.datetime(2019, 10, 19, 2, tzinfo=dt.UTC)
    assert chosen(page(evening, local + teaser), url) == Published(dt.date(2019, 10, 18), at, "time:unsaid")


_HEAD = (
    '<meta property="og:site_name" content="Site"><meta name="author" content=" Jo  Roe ">'
    '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Ann Lee">'
    '<link rel="canonical" href="https://example.com/a"><meta property="og:url" content="https://example.com/b">'
    '<meta property="og:type" content="article"><base href="/x/"><script type="application/ld+json">{"a": 1}</script>'
)
_BODY = '<div><meta name="author" content="Body Meta"><meta property="og:site_name"><script type="x">{}</script></div>'


@pytest.mark.parametrize(
    "markup",
    [
        f"<html><head>{_HEAD}</head><body>{_BODY}</body></html>",
        f"Warning: x <html><head>{_HEAD}</head><body>{_BODY}<p>Text</p></body></html>",  # read as a fragment
        f"<div>{_HEAD}{_BODY}</div>",
        "<html><body><p>No head</p></body></html>",
    ],
)
def test_the_one_walks_lookups_are_what_the_xpaths_found(markup):
    """`PageReadings.elements` and the lookups in it give what the XPaths they replaced gave, also where
    lxml reads the page as a fragment beside its `<head>` (`//` reads the whole document, `.//` the tree)."""
    tree = parse_html(markup)
    assert tree is not None
    readings = PageReadings(tree)
    xpaths = {
        _SITE_NAME: '//meta[@property="og:site_name" or @name="og:site_name"]/@content',
        _META_AUTHOR: '//meta[@name="author" or @name="Author"]/@content',
        _OG_TYPE: "//meta[@property='og:type']/@content",
        _CANONICAL[0]: "//link[@rel='canonical']/@href",
        _CANONICAL[1]: "//meta[@property='og:url']/@content",
    }
    for field, path in xpaths.items():
        assert field(readings) == tree.xpath(path)
    jsonld = script_texts(readings, lambda script: "ld+json" in script.get("type", ""))
    assert jsonld == tree.xpath('//script[contains(@type, "ld+json")]/text()')
    assert readings.under_root("meta") == list(tree.iterfind(".//meta"))
    assert readings.under_root("base") == list(tree.iterfind(".//base"))
    labels = " or ".join(f'contains(@content, "{label}")' for labels in WRITTEN_BY_LABELS.values() for label in labels)
    card = f'//meta[@name="twitter:label1" and ({labels})]/following-sibling::meta[@name="twitter:data1"][1]/@content'
    assert written_by_label(readings) == etree.XPath(card)(tree)[:1]
