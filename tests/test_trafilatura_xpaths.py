"""trafilatura's XPath tables with guarded EXSLT tests select what the originals select."""

from __future__ import annotations

import importlib.util

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml.etree import XPath
from trafilatura import settings as trafilatura_settings
from trafilatura import xpaths

from cleaners.html_page import parse_html
from cleaners.trafilatura_xpaths import (
    ANY_AUTHOR_TEST,
    ANY_RAW_PRUNING,
    AUTHOR_TESTS,
    BODY_TESTS,
    EXSLT_REGEXP,
    PRUNING_TESTS,
    RAW_PRUNING_TESTS,
    Walk,
    baseline,
    guard_attribute_tests,
    guarded,
    module_expressions,
    selected,
    stand_for,
    use_guarded_xpaths,
    walked,
    xpath_tables,
)
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
    """On a spread of the bench's real pages, the pruning walks (`walked`) with them."""
    pages = list(corpus.bench_html_pages())[::40]
    assert len(pages) >= 20
    trees = [tree for _name, markup in pages if (tree := parse_html(markup.decode("utf-8", "replace"))) is not None]
    compared = 0
    alone = {name: [expression] for name, expression in module_expressions(trafilatura_settings).items()}
    for name, table in {**original_tables(), **alone}.items():
        for original in table:
            rewritten = walked(guarded(original))
            if rewritten is original:
                continue
            compared += 1
            for tree in trees:
                assert rewritten(tree) == original(tree), name
    assert compared >= 11  # trafilatura's tables hold about twenty such expressions, and BASIC_CLEAN_XPATH


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


def test_the_baseline_expression_is_rewritten_where_it_is_evaluated():
    """`baseline` imported `settings`' expression by name: its own name is the one rewritten."""
    use_guarded_xpaths()
    shipped = trafilatura_settings.BASIC_CLEAN_XPATH.path
    assert baseline.BASIC_CLEAN_XPATH.path == guard_attribute_tests(shipped) != shipped


def test_guarded_tests_keep_their_flags():
    path = ".//*[re:test(@class, 'FULLTEXT', 'i')]"
    tree = parse_html("<html><body><div class='fulltext'>a</div><div>b</div></body></html>")
    assert [element.text for element in guarded(XPath(path, namespaces={"re": EXSLT_REGEXP}))(tree)] == ["a"]


def test_the_author_tests_stand_for_the_installed_expressions():
    """As shipped and as rewritten; another trafilatura's expressions would be evaluated as they are."""
    shipped = original_tables()["AUTHOR_XPATHS"]
    assert stand_for(AUTHOR_TESTS, shipped)
    use_guarded_xpaths()
    assert stand_for(AUTHOR_TESTS, xpaths.AUTHOR_XPATHS)
    assert not stand_for(AUTHOR_TESTS, shipped[:2])
    assert not stand_for(AUTHOR_TESTS, [XPath("//*[@class='x']"), *shipped[1:]])


@st.composite
def author_documents(draw):
    """A small nested document whose elements carry attribute values near the author expressions' tests."""
    tags = st.sampled_from(["a", "div", "span", "p", "h3", "strong", "section", "author", "link"])
    names = st.sampled_from(["class", "id", "itemprop", "rel", "data-testid", "data-component", "title"])
    values = st.sampled_from(
        [
            "",
            "author",
            "Author",
            "author name",
            "author-name",
            "byline",
            "Byline",
            "BBL",
            "byl",
            "writer",
            "x",
            "AuthorURL",
        ]
    )
    attributes = st.dictionaries(names, st.lists(values, max_size=2).map(" ".join)).map(lambda found: [*found.items()])
    return draw(nested_documents(tags, attributes))


@st.composite
def nested_documents(draw, tags, attributes):
    """Up to eight elements of `tags` with `attributes` (name and value pairs), each holding the ones
    before it or following them."""
    markup = ""
    for _ in range(draw(st.integers(1, 8))):
        rendered = "".join(f' {name}="{value}"' for name, value in draw(attributes))
        tag = draw(tags)
        markup = (
            f"<{tag}{rendered}>{markup}text</{tag}>" if draw(st.booleans()) else f"{markup}<{tag}{rendered}>t</{tag}>"
        )
    return f"<html><body>{markup}</body></html>"


@settings(deadline=None, max_examples=300)
@given(document=author_documents())
def test_the_author_tests_select_what_the_expressions_select(document):
    tree = parse_html(document)
    assert selected(AUTHOR_TESTS, tree, ANY_AUTHOR_TEST) == [
        expression(tree) for expression in original_tables()["AUTHOR_XPATHS"]
    ]


@pytest.mark.skipif(not quality.BENCH.is_dir(), reason=f"{quality.BENCH} is not beside this checkout")
def test_the_author_tests_select_what_the_expressions_select_on_real_pages():
    pages = list(corpus.bench_html_pages())[::10]
    expressions = original_tables()["AUTHOR_XPATHS"]
    trees = [tree for _name, markup in pages if (tree := parse_html(markup.decode("utf-8", "replace"))) is not None]
    for tree in trees:
        assert selected(AUTHOR_TESTS, tree, ANY_AUTHOR_TEST) == [expression(tree) for expression in expressions]


PRUNING_TABLES = (
    "RAW_TREE_PRUNE_XPATH",
    "REMOVE_COMMENTS_AND_LISTS_XPATH",
    "OVERALL_DISCARD_XPATH",
    "DISCARD_IMAGE_ELEMENTS",
    "TEASER_DISCARD_XPATH",
)


def shipped_pruning_expressions() -> list[XPath]:
    shipped = original_tables()
    return [expression for name in PRUNING_TABLES for expression in shipped[name]]


def test_the_pruning_tests_stand_for_the_installed_expressions():
    """As shipped and as rewritten, each where trafilatura's tables hold it, walked in its place."""
    expressions = shipped_pruning_expressions()
    assert stand_for(PRUNING_TESTS, expressions)
    assert stand_for(PRUNING_TESTS, [guarded(expression) for expression in expressions])
    use_guarded_xpaths()
    installed = [expression for name in PRUNING_TABLES for expression in getattr(xpaths, name)]
    assert [walk.tests for walk in installed if isinstance(walk, Walk)] == list(PRUNING_TESTS)
    assert walked(XPath(".//*[self::div][contains(@class, 'x')]")).__class__ is XPath


@st.composite
def pruned_documents(draw):
    """A small nested document whose elements carry attribute values near the pruning expressions' tests,
    in either order (`@id|@class` reads the first)."""
    tags = st.sampled_from(["div", "section", "aside", "details", "ol", "ul", "li", "h1", "p", "span", "item", "list"])
    names = ["id", "class", "title", "role", "style", "aria-hidden", "data-component", "data-lp-replacement-content"]
    values = st.sampled_from(
        [
            "",
            "comment",
            "Comments",
            "commentary",
            "comol",
            "x comment",
            "article-comments",
            "post-comments",
            "disqus_thread",
            "dsq-comments",
            "mvp-post-add-box",
            "mvp-post-add-wrap",
            "infinite-scroll",
            "infinitescroll",
            "elementor-share-buttons",
            "cookie",
            "Nav",
            "x navbar",
            "reply-x",
            "x reply-",
            "hidden",
            "display: none",
            "display:none",
            "true",
            "comments-title",
            "caption",
            "Teaser",
            "MostPopularStories",
        ]
    )
    return draw(nested_documents(tags, named_values(names, values, 3)))


def named_values(names: list[str], values: st.SearchStrategy[str], most: int) -> st.SearchStrategy:
    """Up to `most` attributes of distinct `names`, as (name, value) pairs in either order."""
    return st.lists(st.tuples(st.sampled_from(names), values), max_size=most, unique_by=lambda pair: pair[0])


def assert_walked_as_evaluated(document: str, expressions: list[XPath]) -> None:
    """Each expression walked in Python (`walked`) selects what lxml selects, below the root and below `<body>`."""
    tree = parse_html(document)
    assert tree is not None
    for expression in expressions:
        for root in (tree, tree.find("body")):
            assert walked(expression)(root) == expression(root), expression.path


@settings(deadline=None, max_examples=300)
@given(document=pruned_documents())
def test_the_pruning_walks_select_what_the_expressions_select(document):
    assert_walked_as_evaluated(document, shipped_pruning_expressions())


@settings(deadline=None, max_examples=300)
@given(document=pruned_documents())
def test_one_walk_finds_something_where_a_raw_pruning_selects_something(document):
    """`ANY_RAW_PRUNING` (`html_page._selects` walks each raw-tree pruning only where it found something)."""
    tree = parse_html(document)
    assert tree is not None
    for root in (tree, tree.find("body")):
        if any(test.below(root) for test in RAW_PRUNING_TESTS):
            assert ANY_RAW_PRUNING.below(root)


def test_the_raw_prunings_are_the_first_pruning_tests():
    use_guarded_xpaths()
    raw = [*xpaths.RAW_TREE_PRUNE_XPATH, *xpaths.REMOVE_COMMENTS_AND_LISTS_XPATH]
    assert [walk.tests for walk in raw if isinstance(walk, Walk)] == list(RAW_PRUNING_TESTS)


def test_the_body_tests_stand_for_the_installed_expressions():
    """`BODY_XPATH`'s first, third and fourth, as shipped and as rewritten, walked in their places."""
    shipped = original_tables()["BODY_XPATH"]
    assert stand_for(BODY_TESTS, [shipped[0], shipped[2], shipped[3]])
    use_guarded_xpaths()
    assert [walk.tests for walk in xpaths.BODY_XPATH if isinstance(walk, Walk)] == list(BODY_TESTS)


@st.composite
def body_documents(draw):
    """A small nested document whose elements carry attribute values near the body expressions' tests; siblings
    (the first expression's `[1]` is the first of each parent's children) and several matches (the others' the
    first in the document)."""
    tags = st.sampled_from(["article", "div", "main", "section", "p", "span"])
    names = ["id", "class", "role", "itemprop", "title"]
    values = st.sampled_from(
        [
            "",
            "post",
            "entry",
            "x post",
            "articleBody",
            "articleContent",
            "article-body",
            "article__body",
            "post_text",
            "primary",
            "x primary",
            "story",
            "article",
            "article x",
            "FullText",
            "text",
            "content",
            "Main-Content",
            "main-CONTENT",
            "Page-Content",
            "contentBody",
            "content__body",
        ]
    )
    return draw(nested_documents(tags, named_values(names, values, 2)))


@settings(deadline=None, max_examples=300)
@given(document=body_documents())
def test_the_body_walks_select_what_the_expressions_select(document):
    assert_walked_as_evaluated(document, original_tables()["BODY_XPATH"])
