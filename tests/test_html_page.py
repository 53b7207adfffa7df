"""How an HTML page is parsed and extracted: the same tree as trafilatura's loader, and trafilatura's
full path only where its fast path looks incomplete."""

from __future__ import annotations

import random
import re

import justext.core
import pytest
import trafilatura
import trafilatura.core
import trafilatura.utils
from lxml import etree
from lxml import html as lxml_html
from trafilatura.baseline import basic_cleaning
from trafilatura.external import jt_stoplist_init, try_justext
from trafilatura.utils import repair_faulty_html

from cleaners import html_page
from cleaners.html_page import extract_body, looks_incomplete, parse_html
from tests.bench import corpus
from tests.hostile_corpus import ARTICLE

PROSE = (
    "The harbour authority closed the northern pier on Tuesday after the storm tore loose two of the "
    "mooring posts, and engineers said repairs would take at least a fortnight of calm weather. "
)
LONG_ARTICLE = (
    "<html><head><title>Pier closed</title></head><body><nav><a href='/'>Home</a></nav><article>"
    "<h1>Pier closed</h1>"
    + "".join(f"<p>Paragraph {number} of the report. {PROSE}</p>" for number in range(1, 9))
    + "</article></body></html>"
)
SHORT_ARTICLE = "<html><body><article><h1>Pier closed</h1><p>The pier is closed.</p></article></body></html>"


@pytest.mark.parametrize(
    "markup",
    [
        LONG_ARTICLE,
        SHORT_ARTICLE,
        ARTICLE.decode() if isinstance(ARTICLE, bytes) else ARTICLE,
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>declared encoding</p></body></html>',
        "<!DOCTYPE html>\n<html/>\n<body><p>self-closing html</p></body>",
        "<html><body><form><label>Name</label><input name='q'><select><option>a</option></select></form></body></html>",
        "<p>a fragment, not a document</p>",
        "plain text that is not HTML at all",
        "",
        "\x00\x01\x02",
    ],
)
def test_pages_parse_to_the_tree_trafilatura_loads(markup):
    ours, theirs = parse_html(markup), trafilatura.load_html(markup)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert etree.tostring(ours) == etree.tostring(theirs)


def test_random_markup_parses_to_the_tree_trafilatura_loads():
    rng = random.Random(7)
    pieces = ["<div>", "</div>", "<p>", "</p>", "<html>", "<body>", "text ", "<br/>", "&amp;", "<!-- c -->", "é"]
    for _ in range(200):
        markup = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        ours, theirs = parse_html(markup), trafilatura.load_html(markup)
        assert (ours is None) == (theirs is None), markup
        if ours is not None:
            assert etree.tostring(ours) == etree.tostring(theirs), markup


def test_every_element_is_a_plain_html_element():
    tree = parse_html("<html><body><form><input name='q'><label>L</label><select></select></form></body></html>")
    assert tree is not None
    assert {type(element) for element in tree.iter()} == {lxml_html.HtmlElement}


def _fast(markup: str):
    tree = parse_html(markup)
    assert tree is not None
    return trafilatura.bare_extraction(tree, fast=True, include_comments=False), tree


def test_a_long_article_of_many_paragraphs_is_complete():
    document, tree = _fast(LONG_ARTICLE)
    assert not looks_incomplete(document, tree)


def test_a_short_extraction_looks_incomplete():
    document, tree = _fast(SHORT_ARTICLE)
    assert looks_incomplete(document, tree)
    assert looks_incomplete(None, tree)


def test_an_extraction_of_a_small_share_of_the_pages_paragraphs_looks_incomplete():
    # the same article, beside far more paragraph text the extraction left out (a comment stream)
    comments = "".join(f"<div class='comment'><p>Comment {number}: {PROSE * 3}</p></div>" for number in range(30))
    markup = LONG_ARTICLE.replace("</article>", f"</article><section id='comments'>{comments}</section>")
    document, tree = _fast(markup)
    assert len(document.text) >= html_page.FAST_MIN_CHARS
    assert len(document.body.findall(".//p")) >= html_page.FAST_MIN_PARAGRAPHS  # so only the share is left
    assert looks_incomplete(document, tree)


@pytest.mark.parametrize(("markup", "paths"), [(LONG_ARTICLE, [True]), (SHORT_ARTICLE, [True, False])])
def test_the_full_path_runs_only_after_an_incomplete_fast_one(monkeypatch, markup, paths):
    taken = []
    extract = html_page._extract

    def spy(tree, url, fast):
        taken.append(fast)
        return extract(tree, url, fast)

    monkeypatch.setattr(html_page, "_extract", spy)
    tree = parse_html(markup)
    assert extract_body(tree, None) is not None
    assert taken == paths


def test_the_fast_path_copies_no_unread_backup_of_the_installed_trafilatura():
    """`skip_unread_backups` is written for the installed trafilatura's `_prepare_tree`: when it no longer
    reads so, the backup is copied again and this says the check needs a look."""
    assert html_page.skip_unread_backups()
    assert trafilatura.core._prepare_tree is html_page._prepare_tree_reading_backups


def test_invalid_xml_chars_are_looked_for_first_in_the_installed_trafilatura():
    """`look_for_invalid_chars_first` is written for the installed trafilatura's pattern: when it no longer reads
    so, the pattern substitutes on every page again and this says the check needs a look."""
    assert html_page.look_for_invalid_chars_first()
    assert isinstance(trafilatura.utils.INVALID_XML_CHARS, html_page._LookedForFirst)


def test_the_invalid_xml_chars_looked_for_are_those_of_the_pattern():
    pattern = re.compile(html_page._SHIPPED_INVALID_XML_CHARS)
    assert tuple(c for c in map(chr, range(0x110000)) if pattern.fullmatch(c)) == html_page.INVALID_XML_CHARS


@pytest.mark.parametrize(
    ("markup", "repaired"),
    [
        ("<html><body><p>Clean\ttext\r\n</p></body></html>", "<html><body><p>Clean\ttext\r\n</p></body></html>"),
        ("<html><body><p>A\x0bB\x00C\ufffe</p></body></html>", "<html><body><p>ABC</p></body></html>"),
        ("<!DOCTYPE html/>\n<html><body><p>\x1fText</p></body></html>", "\n<html><body><p>Text</p></body></html>"),
    ],
)
def test_pages_are_repaired_as_trafilatura_repairs_them(markup, repaired):
    html_page.look_for_invalid_chars_first()
    assert repair_faulty_html(markup, markup[:50].lower()) == repaired


def extractions(pages: list[str], fast: bool) -> list[tuple[str, bytes, bytes]]:
    """Each page's extraction (its text and body) and its own tree after it."""
    found = []
    for markup in pages:
        tree = parse_html(markup)
        document = None if tree is None else html_page._extract(tree, None, fast=fast)
        extracted = ("", b"") if document is None else (document.text or "", etree.tostring(document.body))
        found.append((*extracted, b"" if tree is None else etree.tostring(tree)))
    return found


PAGES_FOR_BACKUPS = [LONG_ARTICLE, SHORT_ARTICLE, ARTICLE.decode() if isinstance(ARTICLE, bytes) else ARTICLE]


@pytest.mark.parametrize("fast", [True, False])
def test_extractions_are_the_same_without_the_unread_backup(monkeypatch, fast):
    """On the sample articles and a spread of the bench's real pages, each path of trafilatura's."""
    pages = PAGES_FOR_BACKUPS + [
        markup.decode("utf-8", "replace") for _, markup in list(corpus.bench_html_pages())[::60]
    ]
    html_page.skip_unread_backups()
    lean = extractions(pages, fast)
    monkeypatch.setattr(trafilatura.core, "_prepare_tree", html_page._shipped_prepare_tree)
    assert extractions(pages, fast) == lean


def test_justext_reads_its_paragraphs_once_in_the_installed_justext():
    """`justext_reads_once` is written for the installed justext's paragraphs: when they no longer read so,
    its own are made again and this says the check needs a look."""
    assert html_page.justext_reads_once()
    assert justext.core.Paragraph is html_page._ReadOnceParagraph


def justext_paragraphs(pages: list[str]) -> list[list[tuple[object, ...]]]:
    """Every field of the paragraphs justext makes and classifies of each page as trafilatura's fallback
    hands it (`basic_cleaning` of the parsed page), and the body trafilatura keeps of them."""
    found = []
    for markup in pages:
        tree = parse_html(markup)
        if tree is None:
            continue
        cleaned = basic_cleaning(tree)
        paragraphs = justext.core.ParagraphMaker.make_paragraphs(cleaned)
        justext.core.classify_paragraphs(paragraphs, jt_stoplist_init(), 50, 150, 0.1, 0.2, 0.25, True)
        justext.core.revise_paragraph_classification(paragraphs, 150)
        fields = ("dom_path", "xpath", "text", "chars_count_in_links", "tags_count", "cf_class", "class_type")
        found.append([tuple(getattr(paragraph, name) for name in fields) for paragraph in paragraphs])
        found.append([etree.tostring(try_justext(cleaned, None, "en"))])
    return found


def test_justext_makes_the_same_paragraphs_reading_them_once(monkeypatch):
    """On the sample articles and a spread of the bench's real pages: every field of every paragraph."""
    pages = PAGES_FOR_BACKUPS + [
        markup.decode("utf-8", "replace") for _, markup in list(corpus.bench_html_pages())[::40]
    ]
    html_page.justext_reads_once()
    read_once = justext_paragraphs(pages)
    monkeypatch.setattr(justext.core, "Paragraph", html_page._ShippedParagraph)
    assert justext_paragraphs(pages) == read_once


def test_the_page_is_read_uncopied_by_the_installed_trafilatura():
    """`copy_pages_on_write` is written for the installed trafilatura's steps that hand the raw tree on: when they
    no longer read so, `bare_extraction` copies the page again and this says the check needs a look."""
    assert html_page.copy_pages_on_write()
    assert trafilatura.core.load_html is html_page._load_uncopied
    assert trafilatura.core.prune_unwanted_nodes is html_page._prune_copying


# Raw trees the prunings of `trafilatura_sequence` change: an appended article, a comment section, share buttons.
PRUNED_PAGES = [
    LONG_ARTICLE.replace("</article>", f"</article><div class='mvp-post-add-box'><p>{PROSE}</p></div>"),
    LONG_ARTICLE.replace("</article>", f"</article><section id='comments'><ol><li>{PROSE}</li></ol></section>"),
    SHORT_ARTICLE.replace(
        "</article>", "</article><div class='elementor-share-buttons'>Share</div><div id='comments'>x</div>"
    ),
]


@pytest.mark.parametrize("fast", [True, False])
def test_extractions_and_the_page_are_the_same_read_uncopied(monkeypatch, fast):
    """On the sample articles, pages the raw prunings change and a spread of the bench's real pages, each path
    of trafilatura's: the same extraction, and the page's own tree left as it was (the author and date sources
    read it after)."""
    pages = (
        PAGES_FOR_BACKUPS
        + PRUNED_PAGES
        + [markup.decode("utf-8", "replace") for _, markup in list(corpus.bench_html_pages())[::60]]
    )
    assert html_page.copy_pages_on_write()
    uncopied = extractions(pages, fast)
    monkeypatch.setattr(html_page, "copy_pages_on_write", lambda: False)
    monkeypatch.setattr(trafilatura.core, "load_html", html_page._shipped_load_html)
    monkeypatch.setattr(trafilatura.core, "prune_unwanted_nodes", html_page._shipped_prune_unwanted_nodes)
    assert extractions(pages, fast) == uncopied


def test_extractions_are_the_same_with_the_raw_prunings_walked_once(monkeypatch):
    """`extract_body`, which asks one walk of the page whether each raw-tree pruning prunes anything (`_selects`),
    on the sample articles, pages the raw prunings change and a spread of the bench's real pages: the same
    extraction, and the page's own tree left as it was."""
    pages = (
        PAGES_FOR_BACKUPS
        + PRUNED_PAGES
        + [markup.decode("utf-8", "replace") for _, markup in list(corpus.bench_html_pages())[::60]]
    )
    assert html_page.copy_pages_on_write()
    html_page.use_guarded_xpaths()

    def extracted() -> list[tuple[str, bytes, bytes]]:
        found = []
        for tree in (tree for tree in map(parse_html, pages) if tree is not None):
            document = extract_body(tree, None)
            body = b"" if document is None else etree.tostring(document.body)
            found.append(("" if document is None else document.text or "", body, etree.tostring(tree)))
        return found

    walked_once = extracted()
    monkeypatch.setattr(html_page, "_selects", lambda expression, page: bool(expression(page)))
    assert extracted() == walked_once


def test_a_pruned_page_is_copied_and_left_as_it_was():
    html_page.copy_pages_on_write()
    raw_prunings = [*trafilatura.core.RAW_TREE_PRUNE_XPATH, *trafilatura.core.REMOVE_COMMENTS_AND_LISTS_XPATH]
    for markup in PRUNED_PAGES:
        tree = parse_html(markup)
        assert any(expression(tree) for expression in raw_prunings)
        before = etree.tostring(tree)
        for fast in (True, False):
            html_page._extract(tree, None, fast=fast)
            assert etree.tostring(tree) == before
