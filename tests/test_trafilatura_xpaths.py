"""trafilatura's XPath tables with guarded EXSLT tests select what the originals select."""

from __future__ import annotations

import importlib.util

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.etree import XPath
from trafilatura import xpaths

from cleaners.html_page import parse_html
from cleaners.trafilatura_xpaths import EXSLT_REGEXP, guard_attribute_tests, guarded, use_guarded_xpaths, xpath_tables
from tests.bench import corpus, quality


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (".//*[re:test(@id, 'nav')]", ".//*[((@id) and re:test(@id, 'nav'))]"),
        (
            ".//*[re:test(@id|@class, '^comment[s-]')]",
            ".//*[((@id or @class) and re:test(@id|@class, '^comment[s-]'))]",
        ),
        (".//*[re:test(@class, 'fulltext', 'i')]", ".//*[((@class) and re:test(@class, 'fulltext', 'i'))]"),
        # parentheses and pipes inside the pattern are the pattern's
        (".//div[re:test(@class, '^(?:a|b)')]", ".//div[((@class) and re:test(@class, '^(?:a|b)'))]"),
        # a pattern that matches '' is true without the attribute: left alone
        (".//*[re:test(@id, 'x?')]", ".//*[re:test(@id, 'x?')]"),
        (".//*[re:test(@id, '^')]", ".//*[re:test(@id, '^')]"),
        # not a test of attributes: left alone
        (".//*[re:test(., 'nav')]", ".//*[re:test(., 'nav')]"),
        (".//*[re:test(text(), 'nav')]", ".//*[re:test(text(), 'nav')]"),
        (".//*[contains(@class, 'nav')]", ".//*[contains(@class, 'nav')]"),
    ],
)
def test_a_test_of_attributes_is_guarded_by_their_presence(path, expected):
    assert guard_attribute_tests(path) == expected


TAGS = ["div", "span", "section", "p"]
ATTRIBUTES = ["id", "class", "style"]


@st.composite
def documents(draw):
    """A small document whose elements carry some of the attributes, with values near the patterns'."""
    words = st.sampled_from(["", "nav", "Nav", "share-", "ad-", "comments", "x", " hidden", "bread-crumb", "hide-"])
    elements = []
    for _ in range(draw(st.integers(1, 8))):
        tag = draw(st.sampled_from(TAGS))
        attributes = draw(st.dictionaries(st.sampled_from(ATTRIBUTES), st.lists(words, max_size=3).map(" ".join)))
        rendered = "".join(f' {name}="{value}"' for name, value in attributes.items())
        elements.append(f"<{tag}{rendered}>text</{tag}>")
    return "<html><body>" + "".join(elements) + "</body></html>"


EXPRESSIONS = [
    ".//*[re:test(@id|@class, 'nav|share-')]",
    ".//*[re:test(@class, '^hide-| hidden', 'i') or @style='x']",
    ".//*[not(self::span) or re:test(@id, '^(?:comments|x)')]",
    ".//*[re:test(@id|@style, 'hidden|bread-?crumb')][not(re:test(@class, 'ad-'))]",
]


@settings(deadline=None, max_examples=200)
@given(document=documents())
def test_guarded_expressions_select_the_same_elements(document):
    tree = parse_html(document)
    for path in EXPRESSIONS:
        original = XPath(path, namespaces={"re": EXSLT_REGEXP})
        assert guarded(original)(tree) == original(tree), path


def original_tables() -> dict[str, list[XPath]]:
    """trafilatura's tables as it ships them: its module loaded afresh (the imported one may be rewritten)."""
    spec = importlib.util.spec_from_file_location("trafilatura_xpaths_as_shipped", xpaths.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return xpath_tables(module)


@pytest.mark.skipif(not quality.BENCH.is_dir(), reason=f"{quality.BENCH} is not beside this checkout")
def test_every_rewritten_table_expression_selects_the_same_elements_on_real_pages():
    """On a spread of the bench's real pages."""
    pages = list(corpus.bench_html_pages())[::40]
    assert len(pages) >= 20
    trees = [tree for _name, markup in pages if (tree := parse_html(markup.decode("utf-8", "replace"))) is not None]
    compared = 0
    for name, table in original_tables().items():
        for original in table:
            rewritten = guarded(original)
            if rewritten is original:
                continue
            compared += 1
            for tree in trees:
                assert rewritten(tree) == original(tree), name
    assert compared >= 10  # trafilatura's tables hold about twenty such expressions


def test_the_imported_tables_are_rewritten_in_place():
    """Every trafilatura module shares the lists, so the rewrite reaches them all; once is enough."""
    use_guarded_xpaths()
    shipped, current = original_tables(), xpath_tables()
    assert shipped.keys() == current.keys()
    for name, table in current.items():
        assert [guard_attribute_tests(expression.path) for expression in shipped[name]] == [
            expression.path for expression in table
        ]
    assert use_guarded_xpaths() >= 10


def test_guarded_tests_keep_their_flags():
    path = ".//*[re:test(@class, 'FULLTEXT', 'i')]"
    tree = parse_html("<html><body><div class='fulltext'>a</div><div>b</div></body></html>")
    assert [element.text for element in guarded(XPath(path, namespaces={"re": EXSLT_REGEXP}))(tree)] == ["a"]
