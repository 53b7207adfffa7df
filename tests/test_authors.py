"""Author sources: JSON-LD people (with @graph references), metas, the site-name rule, page bylines."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.etree import XPath

from cleaners.authors import (
    _AUTHOR_LINKS,
    _NAMING_TEXTS,
    AUTHOR_MARKUP_ELEMENTS,
    LINE_BREAK,
    Clues,
    article_author,
    as_written,
    author_box,
    authors_from_markup,
    clean_names,
    copyright_holder,
    dated_credit,
    find_authors,
    handle_byline,
    jsonld_people,
    label_byline,
    last_lines,
    looks_like_person,
    page_byline,
    short_body_elements,
    shown_length,
    signature,
    trafilatura_author,
    with_initials,
)
from cleaners.bylines import parse_byline, split_names
from cleaners.html_page import parse_html
from cleaners.published import _BODY_TEXTS, _YEAR_DIGITS_TEXTS, BodyXPath


def page(head: str = "", body: str = "<p>Text</p>") -> Clues:
    return Clues(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"))


GRAPH = """<script type="application/ld+json">{"@graph": [
  {"@type": "Article", "author": {"@id": "#ana"}, "publisher": {"@type": "Organization", "name": "Site"}},
  {"@type": "Person", "@id": "#ana", "name": "Ana L&#243;pez"}]}</script>"""


def test_jsonld_follows_graph_references_and_skips_organisations():
    assert jsonld_people(page(GRAPH).page.jsonld) == ["Ana L&#243;pez"]
    org = '{"@type": "Article", "author": {"@type": "Organization", "name": "Site"}}'
    org = f'<script type="application/ld+json">{org}</script>'
    assert jsonld_people(page(org).page.jsonld) == []
    assert find_authors(page(GRAPH)) == ["Ana López"]


def test_an_images_author_in_jsonld_credits_the_photo_not_the_article():
    image = '{"@type": "ImageObject", "url": "/a.jpg", "author": "Anton Luhr"}'
    article = f'{{"@type": "NewsArticle", "image": [{image}], "primaryImageOfPage": {image}}}'
    assert jsonld_people(page(f'<script type="application/ld+json">{article}</script>').page.jsonld) == []
    written = f'{{"@type": "NewsArticle", "author": {{"@type": "Person", "name": "Claus Boelen"}}, "image": {image}}}'
    assert jsonld_people(page(f'<script type="application/ld+json">{written}</script>').page.jsonld) == ["Claus Boelen"]


def test_site_name_gives_way_to_a_person_named_later():
    head = '<meta property="og:site_name" content="Acme Blog"><meta name="author" content="Acme Blog">'
    assert find_authors(page(head, "<p>Written by Jo Banks</p>")) == ["Jo Banks"]
    assert find_authors(page(head)) == ["Acme Blog"]


def test_page_byline_names_only_people():
    assert page_byline(page(body="<div>By Amy Wilhelm</div><p>Body</p>").short_elements) == ["Amy Wilhelm"]
    assert page_byline(page(body="<div>Contributors: Janet Loughrey</div>").short_elements) == ["Janet Loughrey"]
    assert page_byline(page(body="<p>By subscribing you agree to our Privacy Policy</p>").short_elements) == []
    assert not looks_like_person("Feb 11")


def test_a_byline_after_the_date_a_template_prints_before_it_is_read():
    dated = "<h2>Stars <span>06.11.2023 13:30 von Olga </span></h2>"
    assert handle_byline(page(body=dated)) == ["Olga"]
    assert page_byline(page(body="<p>Posted on March 3, 2024 by Jane Doe</p>").short_elements) == ["Jane Doe"]
    # a numeric date read either way round is still one date ("03/01/2017": 1 March or 3 January)
    casact = "<div><time>03/01/2017</time> by Agatha Caleo</div>"
    assert page_byline(page(body=casact).short_elements) == ["Agatha Caleo"]
    # a date, then a title's first words: no byline ("Bern, 17.08.2007 - Rede von Moritz Leuenberger")
    speech = "<p>Bern, 17.08.2007 - Rede von Moritz Leuenberger</p>"
    assert page_byline(page(body=speech).short_elements) == []
    assert handle_byline(page(body="<p>Stars und Sternchen von Olga</p>")) == []


def test_a_line_break_ends_a_page_byline():
    kakuma = "<p>Von <a>Roland Brockmann</a> und <a>Sebastian Drescher</a><br> <br>Kakuma /Kenia</p>"
    assert page_byline(page(body=kakuma).short_elements) == ["Roland Brockmann", "Sebastian Drescher"]
    assert page_byline(page(body="<p>By Malcolm Owen<br>Monday, June 3</p>").short_elements) == ["Malcolm Owen"]
    # a by-word alone on its line still reads the names under it, and a line that is no byline stays none
    assert page_byline(page(body="<p>Written by<br>Jane Doe</p>").short_elements) == ["Jane Doe"]
    assert page_byline(page(body="<p>Opening hours<br>Monday to Friday</p>").short_elements) == []


def test_a_byline_set_between_a_templates_indentation_is_short():
    indent = " " * 60
    byline = "by Agatha Caleo, Candidate Representative to the Liaison Committee"
    casact = f"<div>\n{indent}<time>03/01/2017</time>\n{indent}{byline}\n{indent}</div>"
    assert page_byline(page(body=casact).short_elements) == ["Agatha Caleo"]
    german = f"<p>\n{indent}Von Götz Warnke\n{indent}</p>"
    assert page_byline(page(body=german).short_elements) == ["Götz Warnke"]
    # near miss: the words themselves still count, a sentence stays too long for a byline
    long = f"<p>\n{indent}By {'subscribing to the newsletter you agree ' * 3}</p>"
    assert page_byline(page(body=long).short_elements) == []


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "<div><div><p>By: Paul Fenaroli</p></div><div><p>Share</p><ul><li><a>f</a></li></ul></div></div>",
            ["Paul Fenaroli"],
        ),
        ("<div><p>Por: Juan Diego</p><p>Compartir</p></div>", ["Juan Diego"]),
        ("<div><span>Par Marie Dupont</span><div>Partager</div></div>", ["Marie Dupont"]),
        # near miss: two links' labels side by side under a heading are no byline ("By CategoryBy Manufacturer")
        ("<div><h4>Reviews</h4><a>By Category</a><a>By Manufacturer</a></div>", []),
    ],
)
def test_a_block_ends_a_page_byline_in_a_short_box(body, names):
    assert page_byline(page(body=body).short_elements) == names
    assert looks_like_person("Ronald McDonald")  # a capital after a small letter alone is no glue


def test_a_page_byline_may_set_a_colon_after_its_by_word_as_a_dump_does():
    assert page_byline(page(body="<div><p>By: Paul Fenaroli</p></div>").short_elements) == ["Paul Fenaroli"]
    assert page_byline(page(body='<span class="writter">Por: Juan Diego</span>').short_elements) == ["Juan Diego"]
    assert page_byline(page(body="<p>Von: Götz Warnke</p>").short_elements) == ["Götz Warnke"]
    # the colon mid-line is no by-word's, and a by-word with a colon still needs people after it
    assert page_byline(page(body="<p>Sorted by: Newest first</p>").short_elements) == []
    assert page_byline(page(body="<p>By: subscribing you agree</p>").short_elements) == []


def test_split_names_drops_avatar_initials_and_trailing_credentials():
    assert split_names("CM Craig McCarthy") == ["Craig McCarthy"]
    assert split_names("Genevieve Carlton; Ph D") == ["Genevieve Carlton"]
    assert split_names("Article by Cara Dumaplin RN") == ["Cara Dumaplin"]
    assert split_names("Written By") == []


def test_split_names_ends_at_the_writers_role():
    # trafilatura's reading of "This post was written by Danielle Padula, Head of Marketing and Community Development"
    assert split_names("This post was written by Danielle Padula; Head; Community Development") == ["Danielle Padula"]
    assert split_names("Jo Banks, editor, Acme Health") == ["Jo Banks"]
    # near misses: co-authors and credentials after a name stay as they were
    assert split_names("Rudolf Fischer, Simon Kohler") == ["Rudolf Fischer", "Simon Kohler"]
    assert split_names("Jane Doe, MS, RD and John Roe") == ["Jane Doe", "John Roe"]


def test_a_sentence_label_before_the_linked_name_is_a_byline_label():
    body = '<p><em>This post was written by <a href="/p/2838">Vanessa Mendez, MD</a>, gastroenterologist.</em></p>'
    assert label_byline(page(body=body).body_texts) == ["Vanessa Mendez"]


def test_a_byline_label_set_apart_from_the_name():
    written = '<div><p class="label">Written by</p><p class="name">Edzel Tabing</p></div>'
    assert label_byline(page(body=written).body_texts) == ["Edzel Tabing"]
    german = "<a><b>Von:</b> <br/> <br/> Götz Warnke</a>"
    assert label_byline(page(body=german).body_texts) == ["Götz Warnke"]
    assert label_byline(page(body="<span>By</span> <a>signing up you agree</a>").body_texts) == []


@pytest.mark.parametrize(
    "body, names",
    [
        (
            "<h6>Author(s)</h6><ul><li><a>John A. Alic</a></li><li><a>David C. Mowery</a></li></ul>",
            ["John A. Alic", "David C. Mowery"],
        ),
        ("<h6>Autor(en)</h6><ul><li><a>Jo Banks</a></li><li><a>Ann Lee</a></li></ul>", ["Jo Banks", "Ann Lee"]),
        # a name that is only part of its item reads alone, as before
        ("<p>Written by</p><ul><li><a>Jo Banks</a> and friends</li><li>Ann Lee</li></ul>", ["Jo Banks"]),
        # a word for the piece before the by-word
        ("<h2>Article written by:</h2><div><h3>Doris Munoz-Mantilla, MD, FOMA</h3></div>", ["Doris Munoz-Mantilla"]),
    ],
)
def test_a_label_over_a_list_or_with_a_word_for_the_piece_before_it(body, names):
    assert label_byline(page(body=body).body_texts) == names


@pytest.mark.parametrize(
    "body, names",
    [
        ("<p>Blog Beitrag von Margarita Koreneva</p>", ["Margarita Koreneva"]),
        ("<div>05.02.2020 <span>Redaktion: Eberhard Fuhr (Pressesprecher des EJW)</span></div>", ["Eberhard Fuhr"]),
        ("<p>Redaktion: Stadtredaktion</p>", []),  # a desk's name, no person
    ],
)
def test_a_blog_posts_or_an_editors_byline(body, names):
    assert page_byline(page(body=body).short_elements) == names


@pytest.mark.parametrize(
    "body, names",
    [
        ('<div>Text.<br/>Autor: <a href="/anwalt/">Rechtsanwalt</a> Sebastian Einbock</div>', ["Sebastian Einbock"]),
        ('<p>Auteur : <a href="/avocats/">Maître</a> Jean Dupont</p>', ["Jean Dupont"]),
        ('<p>Autor: <a href="/kancelaria/">mecenas</a> Jan Kowalski</p>', ["Jan Kowalski"]),
        ('<p>Autor: <a href="/team/">Kanzlei</a> Sebastian Einbock</p>', []),  # near miss: no title, the firm
    ],
)
def test_a_lawyers_title_linked_apart_between_the_label_and_the_name(body, names):
    assert label_byline(page(body=body).body_texts) == names


@pytest.mark.parametrize(
    "given, byline, names",
    [
        ("Nils", "<p><strong>Eine Kolumne von Nils Pickert</strong></p>", ["Nils Pickert"]),
        ("Claire", "<p>Une chronique de Claire Moisan</p>", ["Claire Moisan"]),
        ("Lucía", "<p>Por Lucía Gil</p>", ["Lucía Gil"]),
        # near misses: a category run into the byline, another writer, two writers
        ("Henry", "<span>Von Henry In Aktuell</span>", ["Henry"]),
        ("Andrea", "<span>von Andrea Kategorien: Allgemein</span>", ["Andrea"]),
        ("Nils", "<p>Nils</p><p>Von Jana Roth</p>", ["Nils"]),
        ("Nils", "<p>Von Nils Pickert und Jana Roth</p>", ["Nils"]),
    ],
)
def test_a_given_name_alone_is_the_writer_a_shown_byline_writes_in_full(given, byline, names):
    assert find_authors(page(f'<meta name="author" content="{given}">', f"{byline}<p>Text</p>")) == names


@pytest.mark.parametrize(
    "url, meta, names",
    [
        (
            "https://www.alexander-klier.net/zeit/",
            '<meta property="og:site_name" content="Dr. Alexander Klier">',
            ["Alexander Klier"],
        ),
        (
            "https://alexanderlasch.wordpress.com/2019/11/14/a/",
            '<meta name="msapplication-tooltip" content="Alexander Lasch">',
            ["Alexander Lasch"],
        ),
        (
            "https://claire-moisan.fr/blog/",
            '<meta property="og:site_name" content="Mme Claire Moisan">',
            ["Claire Moisan"],
        ),
        ("https://luciagil.blogspot.com/p/", '<meta property="og:site_name" content="Lucía Gil">', ["Lucía Gil"]),
        # near misses: a company named as its domain, a country's second level, another host, a title elsewhere
        ("https://daheim-solar.de/lexikon/", '<meta property="og:site_name" content="Daheim Solar">', []),
        ("https://smithplumbing.co.uk/", '<meta property="og:site_name" content="Smith Plumbing">', []),
        ("https://www.zeitblog.net/", '<meta property="og:site_name" content="Dr. Alexander Klier">', []),
    ],
)
def test_a_personal_site_is_signed_by_the_person_it_is_named_after(url, meta, names):
    clues = Clues(parse_html(f"<html><head>{meta}</head><body><p>Text</p></body></html>"), url=url)
    assert find_authors(clues) == names


@pytest.mark.parametrize(
    "vcard, byline, names",
    [
        ("vcard rich-snippet-hidden", "<p><strong>Von Matthias Lauerer</strong></p>", ["Matthias Lauerer"]),
        ("vcard visually-hidden", "<p>Par Claire Moisan</p>", ["Claire Moisan"]),
        ("vcard", "<p><strong>Von Matthias Lauerer</strong></p>", ["Isabell Angele"]),  # near miss: shown
    ],
)
def test_a_hidden_vcard_of_the_account_gives_way_to_the_byline_shown(vcard, byline, names):
    meta = '<meta name="author" content="Isabell Angele">'
    link = '<a href="/author/isabell/" rel="author">Isabell Angele</a>'
    account = f'<span class="{vcard}"><span class="fn">{link}</span></span>'
    assert find_authors(page(meta, f"{account}<h1>Headline</h1>{byline}<p>Text</p>")) == names


def test_a_menus_link_to_the_authors_page_is_no_byline_label():
    menu = '<ul><li><a href="/about/"><span>Contributors</span></a></li><li><a>Online Services</a></li></ul>'
    assert label_byline(page(body=menu).body_texts) == []
    linked = '<a href="/author/jo"><span>Written by</span> <span>Jo Banks</span></a>'
    assert label_byline(page(body=linked).body_texts) == ["Jo Banks"]


def test_an_interviews_credit_names_the_interviewer():
    assert parse_byline("Interview: Julia Lauter") == ["Julia Lauter"]
    assert parse_byline("Propos recueillis par Jean Dupont") == ["Jean Dupont"]
    assert parse_byline("Interviewed by Amy Wilhelm") == ["Amy Wilhelm"]
    assert split_names("Interview: Julia Lauter") == ["Julia Lauter"]
    assert parse_byline("Interview mit Angela Merkel") is None  # the interviewee, no byline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ein Text von Wendelin Kratzheller | 25. November 2026 | Lesezeit: 3 Minuten", ["Wendelin Kratzheller"]),
        ("A text by Jane Doe | 5 min read", ["Jane Doe"]),
        ("Un texte de Jeanne Roux · 3 min de lecture", ["Jeanne Roux"]),
        ("Un texto de Fermín Ostolaza | 5 min de lectura", ["Fermín Ostolaza"]),
        ("Un testo di Nives Carbognani · 4 min", ["Nives Carbognani"]),
        ("Um texto de Zulmira Baptista · 3 min de leitura", ["Zulmira Baptista"]),
        ("Een tekst van Fenna de Graaff · 4 min leestijd", ["Fenna de Graaff"]),
        # near misses: prose about a text (ru, uk and pl write no article, their "Текст:" / "Tekst:" rows are the label)
        ("Un texte de loi a été adopté hier par les députés.", None),
        ("Ein Text von Goethe wird heute im Theater gelesen, sagt die Intendantin.", None),
        ("A text by the council was sent to every household last week.", None),
        ("Um texto de apoio foi distribuído às famílias inscritas.", None),
    ],
)
def test_a_pieces_credit_with_its_indefinite_article_is_a_byline(line, names):
    assert parse_byline(line) == names


def test_a_translators_credit_names_no_author():
    assert parse_byline("Autor Mark Newton, Übersetzung: Sarah-Indra Jungblut") == ["Mark Newton"]
    assert split_names("Jane Doe, translated by John Roe") == ["Jane Doe"]
    assert split_names("Traduction Marie Curie") == []
    assert split_names("Tradition Marie Curie") == ["Tradition Marie Curie"]  # no credit word


def test_a_fact_checkers_credit_leaves_no_label_word_as_a_name():
    assert split_names("Fact Checked") == []  # not "Fact"
    assert split_names("Jane Doe, Fact-checked by John Roe") == ["Jane Doe"]
    assert split_names("Geprüft von Max Muster") == []
    assert split_names("Jane Doe Checked") == ["Jane Doe"]  # a credit word after a name: the name stays


def test_share_card_labels_in_other_languages():
    head = '<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Karoline Herr">'
    assert find_authors(page(head)) == ["Karoline Herr"]


def test_article_author_profile_urls_are_read_from_the_pages_links():
    head = '<meta property="article:author" content="https://example.com/people/jane-roe/">'
    body = '<a href="https://facebook.com/share">Facebook</a><a href="https://example.com/people/jane-roe">Jane Roe</a>'
    assert article_author(page(head, body).page) == ["Jane Roe"]
    share = '<meta property="article:author" content="https://facebook.com/acme">'
    assert article_author(page(share, '<a href="https://facebook.com/acme">Facebook</a>').page) == []


def test_date_labels_and_handles_are_not_names_and_listing_labels_open_a_byline():
    assert split_names("Posted On") == []
    assert split_names("Veröffentlicht am") == []
    assert split_names("Williams Perdomo @wperdomod") == ["Williams Perdomo"]
    assert split_names("Alles von Martin Junker") == ["Martin Junker"]
    assert split_names("Articles by Juliette Carreiro") == ["Juliette Carreiro"]
    assert split_names("Artikel von Hausinfo") == ["Hausinfo"]


def test_author_markup_of_comments_is_a_readers_not_the_pages():
    comment_form = '<div class="comment-form-author"><label class="author">Please enter your name here</label></div>'
    assert authors_from_markup(AUTHOR_MARKUP_ELEMENTS(page(body=comment_form).tree)) == []
    box = '<div class="sidebar"><a rel="author" href="/author/alexa">Alexa Doe</a></div>'
    assert authors_from_markup(AUTHOR_MARKUP_ELEMENTS(page(body=box).tree)) == ["Alexa Doe"]


def test_trafilaturas_reading_of_a_commenters_name_names_no_one():
    widget = (
        '<ul id="recentcomments"><li><span class="comment-author-link"><a href="/x">flappy bird</a></span></li></ul>'
    )
    assert trafilatura_author(page(body=f"<article><p>Text</p></article>{widget}")) == []
    byline = '<p class="author">Flappy Bird</p>'  # the same name as the page's own byline too
    assert trafilatura_author(page(body=f"{byline}{widget}")) == ["Flappy Bird"]
    own = '<body class="comments-open"><span class="author">Jo Roe</span></body>'  # the body's class is the page's
    assert trafilatura_author(Clues(parse_html(f"<html>{own}</html>"))) == ["Jo Roe"]
    # read in a comment, though the comment writes more than the name ("… said, on August 3, 2019")
    said = '<div class="comment_author vcard"><strong class="fn"><a>stephangoeldi</a></strong> said, on Aug 3</div>'
    assert trafilatura_author(page(body=f'<p>Text</p><ol class="commentlist"><li>{said}</li></ol>')) == []


def test_a_bylines_category_and_tags_name_no_one():
    def markup(body: str) -> list[str]:
        return authors_from_markup(AUTHOR_MARKUP_ELEMENTS(page(body=body).tree))

    category = '<span class="byline__category"><a href="/health/wellness">Wellness &amp; Prevention</a></span>'
    assert markup(f'<section class="byline"><time>March 20, 2023</time> | {category}</section>') == []
    tags = '<span class="post-tags"><a href="/tag/personal">Personal</a></span>'
    assert markup(f'<div class="byline">By Jo Roe {tags}</div>') == ["Jo Roe"]
    staged = '<div class="byline">By Jo Roe and <span class="stage">Ann Lee</span></div>'  # "stage" is no tag
    assert markup(staged) == ["Jo Roe", "Ann Lee"]
    # a byline's date and a card's job title are parts too; a description may wrap the name itself
    dated = '<h3 class="byline">by Jeff Foust<br><span class="datetime">Monday, November 18, 2019</span></h3>'
    assert markup(dated) == ["Jeff Foust"]
    assert markup('<div class="author-card"><p class="author-role">Senior Editor</p></div>') == []
    wrapped = '<div class="byline"><span class="byline-author__description"><a>Jo Roe</a></span></div>'
    assert markup(wrapped) == ["Jo Roe"]


def test_trafilaturas_reading_of_a_bylines_part_names_no_one():
    topics = (
        '<div class="blog-post__byline"><ul><li><a class="tag">Personal finance</a></li></ul><span>May 2</span></div>'
    )
    assert trafilatura_author(page(body=f"{topics}<p>Text</p>")) == []
    job = '<div class="author-job">Senior Editor</div>'  # the element read is the job's
    assert trafilatura_author(page(body=f"{job}<p>Text</p>")) == []
    # the name beside the parts stays, written with or without a space before the job ("RabinowitzTech")
    card = '<div class="author-card"><p>Harry Rabinowitz</p><p class="jobTitle">Tech Reporter</p></div>'
    assert trafilatura_author(page(body=f"{card}<p>Text</p>")) == ["Harry Rabinowitz Tech Reporter"]


def test_an_author_link_names_the_person_its_address_spells():
    def markup(body: str) -> list[str]:
        return authors_from_markup(AUTHOR_MARKUP_ELEMENTS(page(body=body).tree))

    assert markup('<a href="/author/jane-doe/">Jane Doe</a>') == ["Jane Doe"]
    assert markup('<a href="/author/xavierlo/">Hong Kong Actuary</a>') == []  # a site's name linked to the account
    assert markup('<a class="btn" href="/author/paramita-ghosh/">Learn More</a>') == []
    assert markup('<a rel="author" href="/">Jo Roe</a>') == ["Jo Roe"]  # rel="author" says so itself
    assert markup('<span class="meta-author">Publiziert am</span>') == []  # the label beside the name


def test_site_accounts_and_copyright_holders_are_not_authors():
    assert split_names("NOC Admin") == []
    assert split_names("The Pennsylvania State University ©") == []
    assert split_names("Site Administrator") == []
    assert split_names("Jane Doe, Admin") == ["Jane Doe"]


def test_a_guessing_source_gives_way_to_a_byline_the_page_shows_twice():
    head = '<meta name="author" content="Josh Katzowitz">'
    byline = "<p>Written by</p><p>Charles Patterson</p><div>By Charles Patterson</div>"
    assert find_authors(page(head, byline)) == ["Charles Patterson"]
    also_written = "<div>By Charles Patterson</div><p>Editor: Josh Katzowitz</p>"
    assert find_authors(page(head, also_written)) == ["Josh Katzowitz"]  # shown once, the guess written too
    declared = '<script type="application/ld+json">{"@type": "Article", "author": {"name": "Josh Katzowitz"}}</script>'
    assert find_authors(page(declared, byline)) == ["Charles Patterson"]  # JSON-LD is filled by the CMS too
    also_shown = byline + '<a rel="author" href="/josh">Josh Katzowitz</a>'
    assert find_authors(page(declared, also_shown)) == ["Josh Katzowitz"]  # a byline names the declared author
    box = '<div class="author-box"><span>Charles Patterson</span></div>'
    assert find_authors(page(declared, "<div>By Charles Patterson</div>" + box)) == ["Charles Patterson"]


def test_a_declared_name_the_page_never_writes_gives_way_to_a_labelled_byline():
    head = '<meta name="author" content="Luke Daigle">'
    assert find_authors(page(head, "<p>By: Paul Fenaroli</p><p>Text</p>")) == ["Paul Fenaroli"]
    labelled = "<dl><dt>Auteur</dt><dd><a>Uriel Gadessaud</a></dd></dl>"
    assert find_authors(page(head, labelled)) == ["Uriel Gadessaud"]
    assert find_authors(page(head, "<p>By: Paul Fenaroli</p><p>Luke Daigle</p>")) == ["Luke Daigle"]  # written
    site = '<meta property="og:site_name" content="Model Remodel">'
    assert find_authors(page(head + site, "<p>By Model Remodel</p>")) == ["Luke Daigle"]  # the site's name


def test_a_declared_account_the_page_never_writes_gives_way_to_an_author_card():
    head = '<meta name="author" content="andrew.keaveney">'
    card = '<div class="author-info"><img src="d.png" alt=""/> <span>Denise Everheart</span></div>'
    assert find_authors(page(head, f"<p>Text</p>{card}")) == ["Denise Everheart"]
    assert find_authors(page(head, f"<p>Posted by andrew.keaveney</p>{card}")) == ["andrew.keaveney"]  # written
    site = '<meta property="og:site_name" content="Model Remodel">'
    own_card = '<div class="author-info"><span>Model Remodel</span></div>'
    assert find_authors(page(head + site, own_card)) == ["andrew.keaveney"]  # the site's name


def test_a_declared_name_only_hidden_or_in_a_script_is_not_written():
    head = '<meta name="author" content="Isabell Angele">'
    vcard = '<span class="vcard rich-snippet-hidden"><span class="updated">Isabell Angele</span></span>'
    byline = "<p><strong>Von Matthias Lauerer</strong></p><p>Text</p>"
    assert find_authors(page(head, vcard + byline)) == ["Matthias Lauerer"]
    state = '<script>var page = {"author": "Isabell Angele"};</script>'
    assert find_authors(page(head, state + byline)) == ["Matthias Lauerer"]
    # Bootstrap's "hidden-xs" hides on small screens only: the name stays written
    shown = '<span class="hidden-xs">Isabell Angele</span>'
    assert find_authors(page(head, shown + byline)) == ["Isabell Angele"]


def test_a_by_word_running_on_from_the_words_before_it_is_no_label():
    credit = '<span>Staffing Websites</span> by <a href="https://example.com">Haley Marketing</a>'
    assert label_byline(page(body=credit).body_texts) == []
    prose = "<p>It uses <a>uutf</a> and <a>uunf</a> by <span>Daniel Buenzli</span>.</p>"
    assert label_byline(page(body=prose).body_texts) == []
    comment = '<li><img src="a.png"/> Kommentar<small> von </small><cite>Alex Barritt</cite></li>'
    assert label_byline(page(body=comment).body_texts) == []
    # a date, a separator or a line's end before the by-word: the byline's own label
    for before in ("<em><time>October 11, 2023</time></em>", "<span>·</span>", "<div>A Headline</div>", "<br/>"):
        assert label_byline(page(body=f"<p>{before} by <b>Autumn Huerter</b></p>").body_texts) == ["Autumn Huerter"]


def test_a_desks_signature_gives_way_to_a_writer_the_page_shows():
    desk = '<a href="/blog/author/team"><p>By Team Tiger Data</p></a>'
    guest = "<p>Written by <a href='https://example.org/paulogio'>Paulinho Giovannini</a></p>"
    assert find_authors(page(body=f"{desk}<p>Text</p>{guest}")) == ["Paulinho Giovannini"]
    assert find_authors(page(body=f"{desk}<p>Text</p>")) == ["Team Tiger Data"]  # no writer shown
    staff = ", ".join(f"Jo Roe{n}" for n in "abcde")
    masthead = f"<footer><p>Autorzy: <strong>{staff}</strong></p></footer>"  # the staff, no byline
    assert find_authors(page(body=f"{desk}<p>Text</p>{masthead}")) == ["Team Tiger Data"]


def test_declared_co_authors_stay_when_the_byline_shows_only_the_first():
    pair = '{"@type": "Article", "author": [{"name": "Chen Zhao"}, {"name": "Daryl Fairweather"}]}'
    byline = "<p>Written by</p><p>Chen Zhao</p><div>By Chen Zhao</div>"
    declared = f'<script type="application/ld+json">{pair}</script>'
    assert find_authors(page(declared, byline)) == ["Chen Zhao", "Daryl Fairweather"]


def _declaring(name: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "Article", "author": {{"name": "{name}"}}}}</script>'


_ARTICLE = "<p>Text of the article goes on here.</p>"


@pytest.mark.parametrize(
    ("declared", "byline", "writers"),
    [
        ("Jane Doe", "By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
        ("Marie Dupont", "Par Marie Dupont et Paul Martin", ["Marie Dupont", "Paul Martin"]),
        ("Anna Schmidt", "von Anna Schmidt, Jonas Weber", ["Anna Schmidt", "Jonas Weber"]),
        ("Lucía García", "Por Lucía García y Pedro Ruiz", ["Lucía García", "Pedro Ruiz"]),
        ("Giulia Rossi", "Di Giulia Rossi e Marco Bianchi", ["Giulia Rossi", "Marco Bianchi"]),
        ("Ana Souza", "Por Ana Souza e Pedro Lima", ["Ana Souza", "Pedro Lima"]),
        ("Eva de Vries", "Door Eva de Vries en Bram Jansen", ["Eva de Vries", "Bram Jansen"]),
        ("Иван Петров", "Авторы: Иван Петров и Анна Смирнова", ["Иван Петров", "Анна Смирнова"]),
        ("Тарас Коваль", "Автори: Тарас Коваль і Олена Шевчук", ["Тарас Коваль", "Олена Шевчук"]),
        ("Anna Nowak", "Autorzy: Anna Nowak i Piotr Zając", ["Anna Nowak", "Piotr Zając"]),
    ],
)
def test_co_authors_the_byline_shows_beside_the_one_declared(declared: str, byline: str, writers: list[str]):
    assert find_authors(page(_declaring(declared), f"<h1>Title</h1><p>{byline}</p>{_ARTICLE}")) == writers


def test_co_authors_linked_to_their_pages_with_no_by_word():
    links = ", ".join(
        f'<a href="/author/{slug}/">{name}</a>' for slug, name in [("ruima", "Rui Ma"), ("heba", "Heba Ledwon")]
    )
    byline = f'<div class="text-2">{links} &amp; <a href="/author/suparn/">Suparn Patra</a></div>'
    assert find_authors(page(_declaring("Rui Ma"), byline + _ARTICLE)) == ["Rui Ma", "Heba Ledwon", "Suparn Patra"]
    unlinked = "<div>Rui Ma, Heba Ledwon &amp; Suparn Patra</div>"  # names with no by-word nor links: a list
    assert find_authors(page(_declaring("Rui Ma"), unlinked + _ARTICLE)) == ["Rui Ma"]


@pytest.mark.parametrize(
    ("declared", "body", "url"),
    [
        ("Emily Cadloff", "<p>by Emily Cadloff, Modern Farmer</p>", "https://modernfarmer.com/a"),  # the site
        ("Marie Dupont", "<p>Par Marie Dupont, Le Monde</p>", "https://www.lemonde.fr/a"),
        ("Anna Schmidt", "<p>Von Anna Schmidt und dpa</p>", None),  # an agency
        ("Jane Doe", "<p>By Jane Doe</p><div><p>By John Roe and Jane Doe</p></div>", None),  # a teaser below
        ("Jane Doe", "<div class='comments'><p>By Jane Doe and John Roe</p></div>", None),  # a reply
        ("Jane Doe", "<p>Jane Doe and John Roe met in Paris.</p>", None),  # prose
        ("Jane Doe", "<p>Photos: Jane Doe and John Roe</p>", None),  # another credit
        ("Jane Doe", "<p>By Jane Doe, John Roe, Ann Lee, Bo Kim and Al Fox</p>", None),  # a masthead
        ("Anna Nowak", "<p>Autorzy: Anna Nowak i Zespół Redakcji</p>", None),  # a desk
    ],
)
def test_no_co_author_from_a_site_an_agency_a_teaser_a_reply_or_prose(declared: str, body: str, url: str | None):
    clues = Clues(parse_html(f"<html><head>{_declaring(declared)}</head><body>{body}{_ARTICLE}</body></html>"), url=url)
    assert find_authors(clues) == [declared]


def test_a_role_run_into_a_name_goes_when_a_byline_writes_the_name_alone():
    def authors(meta: str, shown: str) -> list[str]:
        box = f'<div class="author-box"><span>{shown}</span></div>'
        return find_authors(page(f'<meta name="author" content="{meta}">', box))

    assert authors("Meghan Neville Content Marketing", "Meghan Neville") == ["Meghan Neville"]
    assert authors("Netzphilosophin Leena Simon", "Leena Simon") == ["Leena Simon"]
    assert authors("Felipe Morales Sierra", "Felipe Morales") == ["Felipe Morales Sierra"]  # a second surname


def test_a_date_run_into_a_byline_is_not_part_of_the_name():
    assert split_names("By Jane Doe | March 3, 2024") == ["Jane Doe"]
    assert split_names("bo2man") == ["bo2man"]  # a user name keeps its digits


def test_photo_agencies_are_not_authors():
    assert split_names("Getty Images, EyeEm") == []
    credit = '<script type="application/ld+json">{"@type": "Article", "author": [{"name": "Getty Images"}]}</script>'
    assert find_authors(page(credit + '<meta name="author" content="Dieter Sieckmeyer">')) == ["Dieter Sieckmeyer"]


def test_a_byline_set_after_a_rule():
    assert page_byline(page(body="<p><em>---- by Kenneth Surin</em></p>").short_elements) == ["Kenneth Surin"]


def test_a_user_name_gives_way_to_the_same_name_spelt_out():
    handle = '<script type="application/ld+json">{"@type": "Article", "author": {"name": "edilson.la.rosa"}}</script>'
    assert find_authors(page(handle + '<meta name="author" content="Edilson La Rosa">')) == ["Edilson La Rosa"]
    assert find_authors(page(handle + '<meta name="author" content="Ana Ruiz">')) == ["edilson.la.rosa"]


def test_a_person_named_right_after_the_pages_first_date():
    same_text = '<div class="meta">Dec. 19, 2025 &middot; Niko Matsakis on behalf of <a>a team</a></div>'
    assert dated_credit(page(body=same_text).body_texts) == ["Niko Matsakis"]
    next_text = "<p>Dec 26, 2025 <span>&bull;</span> <img/> Mahua Das in <a>Guides</a></p>"
    assert dated_credit(page(body=next_text).body_texts) == ["Mahua Das"]
    german = "<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>"
    assert dated_credit(page(body=german).body_texts) == ["Uta Helkenberg"]
    teaser = "<div><span>Mar 1, 2024</span><a>Top Weight Loss Medications</a></div><p>May 2, 2024 Jo Ann Roe</p>"
    assert dated_credit(page(body=teaser).body_texts) == []  # a teaser's title; later dates are other pages'
    og_title = '<meta property="og:title" content="Keeping It Clean and Healthy">'
    headline = page(og_title, "<p>Aug 2, 2021 Keeping It Clean</p>")
    assert dated_credit(headline.body_texts) == []  # the page's own headline after its date


def test_trafilaturas_rewritten_account_names_are_read_as_the_page_writes_them():
    written = page('<meta property="og:site_name" content="wien.ORF.at">', '<a rel="author">ThE_PaiN</a>')
    assert as_written(["Wien Orf At", "ThE PaiN", "Red"], written.tree) == ["wien.ORF.at", "ThE_PaiN", "Red"]
    both = page(body="<a>Isabella DiBiase</a> <a>Isabella.DiBiase</a>")
    assert as_written(["Isabella DiBiase"], both.tree) == ["Isabella DiBiase"]  # the page writes it so too


def test_a_site_signing_with_its_domain_gives_way_to_a_person_named_later():
    # the page writes the declared names too, or an unwritten one would give way to the byline anyway
    head, body = '<meta name="author" content="finanztreff.de">', "<div>By David Hutzler</div><p>finanztreff.de</p>"
    clues = parse_html(f"<html><head>{head}</head><body>{body}</body></html>")
    assert find_authors(Clues(clues, url="https://www.finanztreff.de/news/1")) == ["David Hutzler"]
    assert find_authors(Clues(clues, url="https://example.org/news/1")) == ["finanztreff.de"]
    own = parse_html(
        '<html><head><meta name="author" content="Ash Vardanian"></head>'
        "<body><div>By Jo Roe</div><p>Ash Vardanian</p></body></html>"
    )
    assert find_authors(Clues(own, url="https://ashvardanian.com/posts/1")) == ["Ash Vardanian"]  # a person's own site


def test_soft_hyphens_inside_a_name_are_no_letters():
    assert clean_names(["Mat\u00adthi\u00adas Lauerer"]) == ["Matthias Lauerer"]


def boxed(tree) -> list[str]:
    """`author_box` of a page's tree."""
    return author_box(tree, AUTHOR_MARKUP_ELEMENTS(tree))


def test_the_name_alone_in_an_author_card():
    card = '<div class="blog_author-box"><div class="small">Lauren Vetter</div><p>Lauren Vetter is a marketer</p></div>'
    assert boxed(page(body=card).tree) == ["Lauren Vetter"]
    assert boxed(page(body='<div class="author-posts"><a>this site is ours</a></div>').tree) == []
    listing = parse_html('<html><body class="author-page"><label>This Site</label></body></html>')
    assert boxed(listing) == []  # <body>'s classes are the whole page's


def test_an_author_box_names_no_topic_and_the_article_is_no_box():
    topics = '<div class="post-author"><span>01.12.2022</span> <a rel="tag" href="/thema/x/">Top Solar News</a></div>'
    assert boxed(page(body=topics).tree) == []
    wordpress = '<div class="post-author"><a rel="category tag" href="/c/">Solar Power</a> <b>Jo Banks</b></div>'
    assert boxed(page(body=wordpress).tree) == ["Jo Banks"]
    post = '<article class="post author-solarserver"><p>Shanghai Electric</p><p>Body</p></article>'
    assert boxed(page(body=post).tree) == []  # WordPress themes class a post by its account


def test_a_follow_button_beside_the_profile_is_no_name():
    assert split_names("Follow") == []


def test_a_company_named_by_its_legal_form_is_no_author():
    assert clean_names(["Kneib Dentistry PC"]) == []
    assert clean_names(["SmartEtailing Inc."]) == []
    assert clean_names(["Türkisch-Islamische Union e.V."]) == []
    assert find_authors(page('<meta name="author" content="Acme GmbH">', "<p>Von Jo Banks</p>")) == ["Jo Banks"]
    assert clean_names(["Deutscher Caritasverband e. V."]) == []  # the legal form in two words


def test_unfilled_templates_addresses_and_urls_are_no_names():
    assert clean_names(["page.head.extra.author", "{{ post.author }}", "cipha[at]cipha.net"]) == []
    assert clean_names(["Frank Bueltge - http://bueltge.de"]) == ["Frank Bueltge"]
    assert clean_names(["sara.r.peter"]) == ["sara.r.peter"]  # a user name, not a template's path


def test_trafilatura_does_not_bring_back_an_author_meta_the_cleaning_refused():
    tree = parse_html(
        '<html><head><meta name="author" content="page.head.extra.author"></head>'
        "<body><div>By Tim Enwall</div></body></html>"
    )
    assert find_authors(Clues(tree, meta_author="Page")) == ["Tim Enwall"]
    company = parse_html('<html><head><meta name="author" content="Acme e. V."></head><body></body></html>')
    assert find_authors(Clues(company, meta_author="Acme, V")) == []


# The author markup as five XPath passes, as `AUTHOR_MARKUP` was written before one pass found them all.
_MARKUP_XPATHS = (
    '//*[@itemprop="author"]//*[@itemprop="name"]',
    '//*[@itemprop="author" and not(*)]',
    '//a[@rel="author" or contains(@href, "/author/") or contains(@href, "/authors/")]',
    '//*[contains(@class, "byline") or contains(@class, "author-name") or contains(@class, "author_name")]',
    '//*[contains(@class, "author") and not(*)]',
)


def test_author_markup_tests_select_what_their_xpaths_select():
    from lxml import etree

    from cleaners.authors import AUTHOR_MARKUP, AUTHOR_MARKUP_ELEMENTS
    from tests.bench import corpus

    body = (
        '<div itemprop="author"><span itemprop="name">Ana Roe</span><b>x</b></div><p itemprop="author">Bo Li</p>'
        '<a rel="author">Cy Do</a><a href="/authors/ed">Ed Fu</a><a href="/author">no</a>'
        '<div class="post-byline"><i>Gil Ho</i></div><span class="author_name">Ida Ku</span>'
        '<p class="author">Jo Ma<br></p><p class="Author">Kai No</p><span class="author-box">Lu Oz</span>'
    )
    pages = [page(body=body).tree] + [
        tree
        for _name, markup in list(corpus.bench_html_pages())[::60]
        if (tree := parse_html(markup.decode("utf-8", "replace"))) is not None
    ]
    for tree in pages:
        elements = AUTHOR_MARKUP_ELEMENTS(tree)
        for is_author_markup, path in zip(AUTHOR_MARKUP, _MARKUP_XPATHS, strict=True):
            assert list(filter(is_author_markup, elements)) == etree.XPath(path)(tree), path


# PHP warnings before the document: lxml.html parses it as a fragment and returns its body renamed `<div>`.
PHP_WARNING = "<br />\n<b>Warning</b>:  Use of undefined constant in <b>/www/wp-settings.php</b><br />\n"


def test_a_page_the_parse_leaves_without_a_body_is_read_whole():
    body = (
        "<div>By Amy Wilhelm</div><div class='author-box'><span>Lauren Vetter</span></div>"
        "<div class='label'>Written by</div><div>Edzel Tabing</div>"
    )
    clues = Clues(parse_html(f"{PHP_WARNING}<!DOCTYPE html><html><head></head><body>{body}</body></html>"))
    assert clues.tree.tag == "div" and not clues.tree.xpath("//body")
    assert page_byline(clues.short_elements) == ["Amy Wilhelm"]
    assert boxed(clues.tree) == ["Lauren Vetter"]
    assert label_byline(clues.body_texts) == ["Edzel Tabing"]


def test_trafilatura_author_search_reads_what_trafilatura_reads_without_copying_the_tree():
    """`_found_author` gives what trafilatura's `extract_author` (a pruned copy of the tree) gives:
    the removed elements' tails joined to the text before them, a selected element inside a removed
    one skipped, a second root and a `<rel>` element left to trafilatura."""
    from trafilatura.metadata import extract_author

    from cleaners.authors import _found_author
    from tests.bench import corpus

    documents = [
        # "Jo" and "Ann" meet once the <time> between them is removed: "JoAnn Smith", not "Jo Ann Smith"
        '<div class="author">Jo<time>2024</time>Ann Smith</div>',
        '<div class="author"><span class="date">5 May</span>Ann Smith<figure>x</figure> Jr</div>',
        '<div class="sidebar"><span class="author">Not Her</span></div><p class="byline">Ann Smith</p>',
        '<div class="comments"><a rel="author">Reader</a></div>',
        '<span class="author-name"><time>May</time></span><div class="author">Bo Li</div>',
        '<div class="author"><rel>m<time>x</time>e</rel>Bo Li</div>',
    ]
    trees = [parse_html(f"<html><head></head><body>{body}</body></html>") for body in documents]
    two_roots = parse_html('<html><body><p>x</p></body></html><html><div class="author">Bo Li</div></html>')
    trees += [two_roots] + [
        tree
        for _name, markup in list(corpus.bench_html_pages())[::25]
        if (tree := parse_html(markup.decode("utf-8", "replace"))) is not None
    ]
    for tree in trees:
        assert _found_author(tree)[0] == extract_author(tree)
    assert _found_author(trees[0])[0] == "JoAnn Smith"
    assert _found_author(trees[2])[0] == "Ann Smith"


def test_only_a_pruning_of_own_tests_is_asked_of_the_ancestors():
    from lxml.etree import XPath

    from cleaners.authors import _test_above

    above = _test_above(XPath(".//*[self::div][@class='a[b]' or re:test(@id, '^x')]", namespaces={"re": "r"}))
    assert above is not None and above.path == "ancestor-or-self::*[self::div][@class='a[b]' or re:test(@id, '^x')]"
    for path in ("//time|//figure", ".//*[@a][1]", ".//*[position() < 3]", ".//div[@a]", ".//*[@a]//p", ".//*[x[@a]]"):
        assert _test_above(XPath(path)) is None, path


def test_a_user_name_linked_after_a_by_word_is_the_byline():
    wrapped = '<span class="sep">by</span> <span class="author vcard"><a href="/author/murdelta/">marc</a></span>'
    assert handle_byline(page(body=f"<p>{wrapped}</p>")) == ["marc"]
    dated = '<div class="meta"><div class="date">2. August 2012</div>By <a rel="author" href="/u/9">oradmin</a></div>'
    assert handle_byline(page(body=dated)) == ["oradmin"]
    assert handle_byline(page(body='<p>22. Januar 2020 // Autor: <a href="/author/c1ph4/">c1ph4</a></p>')) == ["c1ph4"]


def test_a_lone_name_after_a_by_word_is_the_byline():
    assert handle_byline(page(body='<p class="meta"><span>Posted by Konstantin</span></p>')) == ["Konstantin"]
    assert handle_byline(page(body="<p>by   ibby\n</p>")) == ["ibby"]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # a by-word, one word, then the post's categories; a text that is only a by-word, the name after it
        (
            '<div><h2>Antipoden</h2> Posted by Nesselsetzer under <a href="/c/fun/">Fun</a></div>',
            ["Nesselsetzer"],
        ),
        ("<small>Verfasst von: <strong>mitundvoneinander</strong> | 31. Dezember 2008</small>", ["mitundvoneinander"]),
        ('<p>Geschrieben von <a href="/userinfo.php?uid=6">Cooper</a></p>', ["Cooper"]),
        # prose, a credit that runs on from words before its by-word, a by-word with no element after it
        ("<p>By focusing on the best CRM for small businesses, companies can streamline their work.</p>", []),
        ("<p>Powered by <strong>WordPress</strong></p>", []),
        ("<p>Theme <span>by</span> <b>dimido</b></p>", []),
        ('<p><a href="/sites">Staffing Websites</a> by haley on March 3</p>', []),
        # a post's topic link before the by-word: the meta line's own
        (
            '<div class="meta">Posted in <a href="/c/d/" rel="category tag">Datenschutz</a> by damian on Aug 3</div>',
            ["damian"],
        ),
    ],
)
def test_a_user_name_in_a_blogs_meta_line_is_the_byline(body, names):
    assert handle_byline(page(body=body)) == names


def test_a_linked_user_name_without_a_by_word_or_outside_author_markup_is_no_byline():
    assert handle_byline(page(body='<p>Mehr: <a href="/author/jdoe/">jdoe</a></p>')) == []
    assert handle_byline(page(body='<p>Sorted by <a href="/tag/python/">python</a> and date</p>')) == []
    assert handle_byline(page(body='<p>By <a rel="author" href="/author/x/">Reuters</a></p>')) == []
    assert handle_byline(page(body='<p>By <a rel="author" href="/author/x/">admin</a></p>')) == []
    assert handle_byline(page(body="<p>By Staff</p><p>by Jane Doe</p>")) == []  # a role; two words are a person's
    assert handle_byline(page(body='<nav><a href="/c">By Category</a></nav><span>by cart.com</span>')) == []
    comment = '<div class="comment"><p>by <a rel="author" href="/author/kim/">kim</a></p></div>'
    assert handle_byline(page(body=comment)) == []


def test_the_dots_trafilatura_drops_after_initials_are_read_as_the_page_writes_them():
    byline = page(body="<div>Reviewed by Justin C. Meserole, Trial Attorney, on December 9, 2024.</div>")
    assert with_initials(["Justin C Meserole"], byline.body_texts) == ["Justin C. Meserole"]
    both = page(body="<p>Science X. Daily</p><p>Science X Daily</p>")
    assert with_initials(["Science X Daily"], both.body_texts) == ["Science X Daily"]  # written so too
    last = page(body="<p>By Jeff T. and Ana M. Ruiz</p>")
    assert with_initials(["Jeff T", "Ana M Ruiz", "Jo Roe"], last.body_texts) == ["Jeff T", "Ana M. Ruiz", "Jo Roe"]


def test_a_user_name_trafilatura_cut_at_its_digits_is_read_as_the_page_writes_it():
    linked = '<p>von <a rel="author" href="/author/freeman1984/">freeman1984</a></p>'
    assert find_authors(page(body=linked)) == ["freeman1984"]
    assert as_written(["Bo"], parse_html('<html><body><a href="/p?id=58">Bo2man</a></body></html>')) == ["Bo2man"]
    assert as_written(["Bo"], parse_html("<html><body><a>Bo</a> <a>Bo2man</a></body></html>")) == ["Bo"]
    nested = '<a href="/clips">BO Clips</a> Author: <a href="/p?id=58"><b>Bo2man</b></a>'
    assert as_written(["Bo"], parse_html(f"<html><body>{nested}</body></html>")) == ["Bo2man"]  # "BO" is no "Bo"


def test_a_publication_after_the_writers_is_no_co_author():
    assert split_names("Manoj Jain and Jagpreet Chhatwal, The Commercial Appeal") == ["Manoj Jain", "Jagpreet Chhatwal"]
    assert split_names("Jana Roe, Die Zeit") == ["Jana Roe"]
    assert split_names("The Team") == ["The Team"]  # first: the byline's only credit, left to the other rules


def _copyright(footer: str, url: str = "https://example.org/post", head: str = "") -> list[str]:
    tree = parse_html(f"<html><head>{head}</head><body><p>Text</p><footer>{footer}</footer></body></html>")
    return copyright_holder(Clues(tree, url=url))


@pytest.mark.parametrize(
    "footer, holder",
    [
        ("&copy; 2025 Cassidy Williams.", ["Cassidy Williams"]),
        ("<p>(c) Johannes Wolf &bull; Weitere Rechte siehe Impressum</p>", ["Johannes Wolf"]),
        ("COPYRIGHT ANDRÉ LOIBL | THIS IS A KANGA PROJECT", ["ANDRÉ LOIBL"]),
        ("Copyright &copy; 2006-2008 by Martin Weber", ["Martin Weber"]),
        ("&copy; 2025 Hopscotch Press", []),  # an organisation's word
        ("Copyright 2005 by Random House, Inc.", []),  # a legal form after the name
        ("&copy; 2025 RM Investor", []),  # an acronym
        ("&copy; All Rights Reserved", []),
        ("&copy; Derechos Reservados", []),
        ("&copy; 2020 The Liberty Times", []),  # a publication's article
        ("<span>&copy; Oli Scarff/Getty Images</span>", []),  # a picture agency's credit
        ("<span>&copy; Getty Images</span>", []),
        ("<figure><figcaption>Harbour <span>&copy; Kurt Wessel</span></figcaption></figure>", []),  # a picture's
        ("<p>Alpines Lebensgefühl &copy; Austria Werbung</p>", []),  # a caption's credit
        ("<div>&copy; Dieter Mayr (KNA)</div>", []),  # an agency's picture
        ("<p>Copyrighted Material</p>", []),
    ],
)
def test_a_person_a_copyright_line_names(footer, holder):
    assert _copyright(footer) == holder


def test_a_copyright_holder_the_site_names_or_its_host_spells_is_the_company():
    assert _copyright("&copy; 2025 Menlo Coaching", url="https://menlocoaching.com/blog/") == []
    assert _copyright("&copy; 2025 Paper Trails", head='<meta property="og:site_name" content="Paper Trails">') == []
    assert _copyright("&copy; 2025 Paper Trails") == ["Paper Trails"]  # a person's shape, nothing says otherwise


def test_copyright_holder_is_the_last_source():
    tree = parse_html("<html><body><p>By Jane Doe</p><footer>&copy; 2025 John Roe</footer></body></html>")
    assert find_authors(Clues(tree)) == ["Jane Doe"]
    alone = parse_html("<html><body><p>Text</p><footer>&copy; 2025 John Roe</footer></body></html>")
    assert find_authors(Clues(alone)) == ["John Roe"]


def _signed(text: str, body: str = "") -> list[str]:
    """The signature under `text` on a page writing each of its lines as a paragraph, or as `body`."""
    paragraphs = body or "".join(f"<p>{line}</p>" for line in text.splitlines())
    return signature(Clues(parse_html(f"<html><body>{paragraphs}</body></html>"), text=text))


ARTICLE = "First paragraph.\n\nSecond paragraph.\nThird paragraph.\nFourth paragraph.\n"


@pytest.mark.parametrize(
    "tail, names",
    [
        ("<strong>Marina Mucha</strong>", ["Marina Mucha"]),
        ("Kazım TÜRKMEN\nDITIB-Bundesvorsitzender", ["Kazım TÜRKMEN"]),  # a role under the name
        ("Jane Doe\n10. September 2017", ["Jane Doe"]),  # a date under it
        ("Benni\n10. September 2017", ["Benni"]),  # a given name over a date
        ("Benni", []),  # a given name alone
        ("BBAW\n2020", []),
        ("Jane Doe\nSenior writer at the Daily Bugle", []),  # a line of prose under it
        ("Halloween Night\nJimmy Jenkins (audiojungle.net)", []),  # a credit under it
        ("Pin For", []),  # a button's words
        ("TBS NEWS DIG", []),  # a service's name in capitals
        ("Weiterführender Link\nBBAW", []),
        ("The article ends here.", []),
    ],
)
def test_a_name_alone_under_the_text_signs_it(tail, names):
    text = ARTICLE + tail.replace("<strong>", "").replace("</strong>", "")
    body = "".join(f"<p>{line}</p>" for line in (ARTICLE + tail).splitlines())
    assert _signed(text, body) == names


def test_a_links_or_a_headings_words_sign_nothing():
    assert _signed(ARTICLE + "Movie Review", "<p>Text</p><a><h3>Movie Review</h3></a>") == []
    assert _signed(ARTICLE + "Mehr Erfahren", '<p>Text</p><a class="cta">Mehr Erfahren</a>') == []
    assert _signed(ARTICLE + "Jane Doe", "<p>Text</p><p>Jane Doe</p>") == ["Jane Doe"]


def test_a_short_text_has_no_signature():
    assert _signed("Headline\nMarina Mucha") == []
    assert last_lines("a\n\n b  c \nd\ne\nf\ng\n") == ("b c", "d", "e", "f", "g")


def test_weak_sources_do_not_beat_the_sites_own_signature():
    head = '<meta property="og:site_name" content="mix1.de"><meta name="author" content="mix1.de">'
    tree = parse_html(f"<html><head>{head}</head><body><p>Text</p><p>&copy; 2022 Jane Doe</p></body></html>")
    assert find_authors(Clues(tree, url="https://www.mix1.de/music/x")) == ["mix1.de"]


# What `short_body_elements` replaced: libxml2 listing the body's elements, each measured by its whole text's
# nodes (`shown_length`: the indentation at their ends one character each).
_BODY_ELEMENTS = BodyXPath("*[not(self::script or self::style or self::noscript)]")


@st.composite
def nested_markup(draw):
    """A small page of nested elements, texts and tails of several lengths, a comment, a script, perhaps
    text before `<html>` (a fragment's parse) or a second `<body>`."""
    texts = st.sampled_from(["", "a", "By Jo Roe", "é ü", "a longer text than twelve", " \n ", "\n    by Jo Roe\n  "])
    markup = ""
    for _ in range(draw(st.integers(1, 8))):
        tag = draw(st.sampled_from(["div", "span", "p", "script", "noscript", "b", "body"]))
        inner = draw(st.sampled_from([markup, f"{markup}<!-- {draw(texts)} -->", ""]))
        markup = f"{draw(texts)}<{tag}>{draw(texts)}{inner}</{tag}>{draw(texts)}"
    prefix = draw(st.sampled_from(["", "Warning: x "]))
    return f"{prefix}<html><body>{markup}</body></html>"


@settings(deadline=None, max_examples=300)
@given(markup=nested_markup())
def test_short_body_elements_are_those_libxml2_measures(markup):
    tree = parse_html(markup)
    if tree is not None:
        short = short_body_elements(tree, 12)
        assert list(short) == [e for e in _BODY_ELEMENTS(tree) if sum(map(shown_length, e.itertext())) <= 12]
        # a block's ends are line breaks, which the element's text content leaves out
        assert all(text.replace(LINE_BREAK, "") == element.text_content() for element, text in short.items())


@st.composite
def author_markup(draw):
    """A small page of nested elements whose attributes are near the author XPaths' tests, texts with and
    without a year, perhaps text before `<html>` (a fragment's parse) or no `<body>`."""
    attributes = st.sampled_from(
        [
            "",
            'class="author"',
            'class="x byline"',
            'class="sidebar"',
            'itemprop="name"',
            'itemprop="author"',
            'rel="author"',
            'href="/authors/jo"',
            'href="/x"',
            'id="author"',
        ]
    )
    texts = st.sampled_from(["", "Jo Roe", "12 May 2019", " 2020 ", "x"])
    markup = ""
    for _ in range(draw(st.integers(1, 8))):
        tag = draw(st.sampled_from(["div", "span", "a", "p", "title", "meta", "li"]))
        inner = draw(st.sampled_from([markup, ""]))
        markup = f"{draw(texts)}<{tag} {draw(attributes)}>{draw(texts)}{inner}</{tag}>{draw(texts)}"
    page = draw(st.sampled_from([f"<html><body>{markup}</body></html>", f"x<html>{markup}</html>", markup]))
    return page


def _in_body_as_written(path: str):
    """`BodyXPath` as it was written: `//body` then `path`, else `.` then `path` where the page has no body."""
    in_body, under_root = XPath(f"//body{path}"), XPath(f".{path}")
    return lambda tree: in_body(tree) or ([] if tree.xpath("boolean(//body)") else under_root(tree))


# What the rewritten expressions stand for, as they were written with `//`.
_AS_WRITTEN = (
    (
        AUTHOR_MARKUP_ELEMENTS,
        XPath(
            '//*[@itemprop="name" or @itemprop="author" or self::a[@rel="author" or contains(@href, "/author")]'
            ' or contains(@class, "author") or contains(@class, "byline")]'
        ),
    ),
    (_NAMING_TEXTS, XPath("//a//text() | //title/text() | //meta/@content")),
    (_BODY_TEXTS, _in_body_as_written("//text()")),
    (
        _AUTHOR_LINKS,
        _in_body_as_written(
            '//a[@rel="author" or contains(@href, "/author") or ancestor::*[position() <= 2]'
            '[contains(@class, "author") or contains(@class, "byline")]]'
        ),
    ),
)


@settings(deadline=None, max_examples=300)
@given(markup=author_markup())
def test_the_rewritten_xpaths_select_what_their_originals_select(markup):
    tree = parse_html(markup)
    if tree is None:
        return
    for rewritten, original in _AS_WRITTEN:
        assert rewritten(tree) == original(tree)
    for element in tree.iter():
        texts = [text for text in element.itertext() if "19" in text or "20" in text]
        assert _YEAR_DIGITS_TEXTS(element) == texts
