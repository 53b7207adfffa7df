"""trafilatura's XPath tables, rewritten so lxml calls back into Python less often; same results.

About 40% of an HTML page's CPU is lxml evaluating trafilatura's XPath expressions, and most of
that is their EXSLT `re:test(@class, '…')` calls: lxml runs each as a Python callback, for every
element a step visits, also when the element has no such attribute (the test then reads ''). Two
rewrites give the same elements for about 11% less CPU a page (38.1 -> 33.9 ms on the 892 Zyte and
WCXB pages in one process):

- `re:test(@id|@class, 'p')` becomes `((@id or @class) and re:test(@id|@class, 'p'))`, only where the
  pattern cannot match '' (then an element without the attributes fails the test anyway);
- the rewritten expressions are compiled without lxml's "smart strings" (strings that know their
  parent element, built for each attribute value handed to the callback); they select elements,
  never strings, so what they return is unchanged.

The rewrite works on the expressions' text, so it follows trafilatura's tables as they change;
`tests/test_trafilatura_xpaths.py` checks that every rewritten expression selects the same elements
as the original on real pages. Its pruning expressions, run on every extraction, go further: each is
walked in Python (`PRUNING_TESTS`, `Walk`) while its text reads as the tests were written for, and so are
three of the expressions that find the article (`BODY_TESTS`), two of them stopping at their first element.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from types import ModuleType

from lxml.etree import Element, XPath, _Element
from trafilatura import xpaths

# the module: the package's own `trafilatura.baseline` is its function of that name
baseline = importlib.import_module("trafilatura.baseline")

EXSLT_REGEXP = "http://exslt.org/regular-expressions"

# `re:test(` then its first argument when that is one attribute or a union of attributes
_ATTRIBUTE_TEST = re.compile(r"re:test\(\s*(@[\w-]+(?:\s*\|\s*@[\w-]+)*)\s*,\s*")
# an XPath 1.0 string literal (no escapes in the language), then an optional flags argument and `)`
_ARGUMENTS_REST = re.compile(r"""('[^']*'|"[^"]*")\s*(?:,\s*('[^']*'|"[^"]*")\s*)?\)""")


def guard_attribute_tests(path: str) -> str:
    """The XPath with each `re:test` of attributes evaluated only on elements that have one of them.

    Left as it is: a test whose pattern matches the empty string (it is true without the attribute),
    or whose arguments are not a string literal and an optional flags literal."""
    parts: list[str] = []
    done = 0
    for test in _ATTRIBUTE_TEST.finditer(path):
        rest = _ARGUMENTS_REST.match(path, test.end())
        if test.start() < done or rest is None:
            continue
        pattern, flags = rest.group(1)[1:-1], (rest.group(2) or "''")[1:-1]
        if re.search(pattern, "", re.IGNORECASE if "i" in flags else 0):
            continue
        attributes = " or ".join(name.strip() for name in test.group(1).split("|"))
        parts += [path[done : test.start()], f"(({attributes}) and {path[test.start() : rest.end()]})"]
        done = rest.end()
    return "".join(parts) + path[done:]


def guarded(expression: XPath) -> XPath:
    """The expression rewritten by `guard_attribute_tests`; the same object when nothing changes."""
    path = guard_attribute_tests(expression.path)
    if path == expression.path:
        return expression
    return XPath(path, namespaces={"re": EXSLT_REGEXP}, smart_strings=False)


def xpath_tables(module: ModuleType = xpaths) -> dict[str, list[XPath]]:
    """trafilatura's tables of XPath expressions, by name (the lists its modules share)."""
    return {
        name: value
        for name, value in vars(module).items()
        if isinstance(value, list) and value and all(isinstance(item, XPath) for item in value)
    }


def module_expressions(module: ModuleType = baseline) -> dict[str, XPath]:
    """A module's expressions that stand alone, not in a table, by name: `baseline` evaluates its
    `BASIC_CLEAN_XPATH` (imported from `settings`) on the whole page each time trafilatura weighs how
    much text a page holds, most of its cost the cookie banners' `re:test` on every element."""
    return {name: value for name, value in vars(module).items() if isinstance(value, XPath)}


@functools.cache
def use_guarded_xpaths() -> int:
    """Replace the expressions in trafilatura's tables by their guarded versions (or their walks,
    `walked`), in place, once per process (the lists are shared by every trafilatura module that
    imported them), and `baseline`'s own by theirs. Returns how many expressions changed."""
    changed = 0
    for table in xpath_tables().values():
        rewritten = [walked(guarded(expression)) for expression in table]
        changed += sum(new is not old for new, old in zip(rewritten, table, strict=True))
        table[:] = rewritten
    for name, expression in module_expressions().items():
        if (rewritten := guarded(expression)) is not expression:
            setattr(baseline, name, rewritten)
            changed += 1
    return changed


@dataclass(frozen=True)
class ElementTests:
    """An expression of trafilatura's that tests only an element's own tag and attributes,
    `//*[self::a or …][@class='byline' or contains(@itemprop, 'author') or re:test(@id, 'author') …]`,
    as Python: the element's tag among `tags` (any when empty) and one of `patterns` found in the value
    of its attribute (`@x='v'` as `\\Av\\Z`, `contains(@x, 'v')` as the escaped part), or its tag
    `or_tag` (`|//author`). `path` is trafilatura's expression it stands for."""

    path: str
    tags: frozenset[str]
    patterns: tuple[tuple[str, str], ...]
    or_tag: str = ""
    narrowing: Narrowing | None = None
    first: str = ""  # FIRST_IN_DOCUMENT, FIRST_OF_EACH_PARENT, or "": every element the tests select

    @functools.cached_property
    def compiled(self) -> AttributeTests:
        return by_attribute(self.patterns)

    def below(self, tree: _Element) -> list[_Element]:
        """What the expression, `.//*[self::div or …][…]`, selects below `tree`, in document order."""
        found: list[_Element] = []
        patterns, narrowing, first = self.compiled, self.narrowing, self.first
        parents: set[_Element | None] = set()  # FIRST_OF_EACH_PARENT: those whose first is found
        for element in tree.iterdescendants(*(self.tags or (Element,))):
            # every test reads an attribute: most elements have none
            items = element.items()
            if items and _found_in(items, patterns) and (narrowing is None or narrowing.keeps(element)):
                if first == FIRST_OF_EACH_PARENT:
                    if (parent := element.getparent()) in parents:
                        continue
                    parents.add(parent)
                found.append(element)
                if first == FIRST_IN_DOCUMENT:
                    break
        return found


# An expression's position predicate: `(.//*[…])[1]`, the first element in document order it selects (the walk
# stops there); `.//*[…][1]`, the first of each parent's children it selects.
FIRST_IN_DOCUMENT = "document"
FIRST_OF_EACH_PARENT = "parent"


# Attribute tests by the attribute they read: the patterns of one attribute as one, with "", and each union's
# (`@id|@class`) with the union. An element's attributes, one call into lxml, are looked up in it, where each
# test's attribute was looked up in the element (a call into lxml for each).
AttributeTests = dict[str, list[tuple[str, re.Pattern[str]]]]


def by_attribute(patterns: tuple[tuple[str, str], ...]) -> AttributeTests:
    """`patterns`, (attribute or union of attributes, pattern) as `ElementTests` writes them, by attribute."""
    own: dict[str, list[str]] = {}
    for attribute, pattern in patterns:
        if "|" not in attribute:
            own.setdefault(attribute, []).append(f"(?:{pattern})")
    tests: AttributeTests = {name: [("", re.compile("|".join(alternatives)))] for name, alternatives in own.items()}
    for attribute, pattern in patterns:
        if "|" in attribute:
            for name in attribute.split("|"):
                tests.setdefault(name, []).append((attribute, re.compile(pattern)))
    return tests


def _found_in(items: list[tuple[str, str]], tests: AttributeTests) -> bool:
    """Whether one of `tests` is found in the value of its attribute among an element's `items` (of a union,
    `@id|@class`, the first of its attributes in the element's markup: XPath hands `re:test` its first node)."""
    tested: set[str] | None = None  # the unions whose first attribute was read
    for name, value in items:
        for union, pattern in tests.get(name, ()):
            if union:
                if tested is None:
                    tested = set()
                elif union in tested:
                    continue
                tested.add(union)
            if pattern.search(value):
                return True
    return False


@dataclass(frozen=True)
class Narrowing:
    """An expression's second predicate, `[not(self::ol or self::ul) or re:test(@id, 'p') or …]` or
    `[not(.//h1) or …]`: an element among `tags` (any when empty) holding a `holding` element (any when
    empty) stays selected only where one of `patterns` is found in its attribute."""

    patterns: tuple[tuple[str, str], ...]
    tags: frozenset[str] = frozenset()
    holding: str = ""

    @functools.cached_property
    def compiled(self) -> AttributeTests:
        return by_attribute(self.patterns)

    def keeps(self, element: _Element) -> bool:
        if self.tags and element.tag not in self.tags:
            return True
        if self.holding and next(element.iterdescendants(self.holding), None) is None:
            return True
        return _found_in(element.items(), self.compiled)


# trafilatura's `AUTHOR_XPATHS` (2.0) as `ElementTests`: lxml evaluating them calls back into Python for
# each element with a class or an id, for each expression (5.6 ms a page); one walk of the page testing
# each element's attributes in Python selects the same elements in the same order for a third of that.
# `rel='me'` (a `<rel>` child's text) is no test of the element's own: pages with a `<rel>` element
# are left to the expressions (`cleaners.authors._found_author`).
AUTHOR_TESTS: tuple[ElementTests, ...] = (
    ElementTests(
        "//*[self::a or self::address or self::div or self::link or self::p or self::span or self::strong]["
        " @rel='author' or @id='author' or @class='author' or @itemprop='author name' or rel='me' or"
        " @data-testid='AuthorCard' or @data-testid='AuthorURL' or"
        " re:test(@class, 'author-?name|AuthorName|authorName')]|//author",
        frozenset("a address div link p span strong".split()),
        (
            ("rel", r"\Aauthor\Z"),
            ("id", r"\Aauthor\Z"),
            ("class", r"\Aauthor\Z|author-?name|AuthorName|authorName"),
            ("itemprop", r"\Aauthor name\Z"),
            ("data-testid", r"\AAuthorCard\Z|\AAuthorURL\Z"),
        ),
        or_tag="author",
    ),
    ElementTests(
        "//*[self::a or self::div or self::h3 or self::h4 or self::p or self::span]["
        " @class='byline' or @class='username' or @class='byl' or @class='BBL' or"
        " contains(@itemprop, 'author') or"
        " re:test(@id, 'author|zuozhe|bianji|xiaobian') or"
        " re:test(@class, 'author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name')]",
        frozenset("a div h3 h4 p span".split()),
        (
            (
                "class",
                (
                    r"\A(?:byline|username|byl|BBL)\Z|author|channel-name|zuozhe|bianji|xiaobian|submitted-by"
                    "|posted-by|journalist-name"
                ),
            ),
            ("itemprop", "author"),
            ("id", "author|zuozhe|bianji|xiaobian"),
        ),
    ),
    ElementTests(
        "//*[ contains(@data-component, 'Byline') or contains(@itemprop, 'author') or"
        " re:test(@id, '[Aa]uthor') or"
        " re:test(@class, '[Aa]uthor|screenname|writer|[Bb]yline')]",
        frozenset(),
        (
            ("data-component", "Byline"),
            ("itemprop", "author"),
            ("id", "[Aa]uthor"),
            ("class", "[Aa]uthor|screenname|writer|[Bb]yline"),
        ),
    ),
)


_COMMENTS_ID = "[Cc]omment(?!ary)|comol"
_COMMENTS_CLASS = r"^[Cc]omment(?!ary)|(?:article|post)-comments"
_APPENDED_ARTICLES = "mvp-post-add-(?:box|wrap)"

# trafilatura's pruning expressions as `ElementTests` walked below the tree they prune (`walked`), where lxml
# called back into Python for each `re:test` on every element with the attribute: the raw tree's prunings
# in `trafilatura_sequence` (`RAW_TREE_PRUNE_XPATH`, then `REMOVE_COMMENTS_AND_LISTS_XPATH`; 2.3), each
# extraction's first step, 2.0 -> 0.7 ms a tree; the main extractor's (`OVERALL_DISCARD_XPATH`,
# `DISCARD_IMAGE_ELEMENTS`, `TEASER_DISCARD_XPATH`), once for each section it reads.
_SECTIONS = "self::div or self::item or self::list or self::p or self::section or self::span"
_SECTION_TAGS = frozenset("div item list p section span".split())
_DISCARD_ID = xpaths._alt(xpaths._OVERALL_DISCARD_BOTH_TOKENS + xpaths._OVERALL_DISCARD_ID_TOKENS)
_DISCARD_CLASS = xpaths._alt(xpaths._OVERALL_DISCARD_BOTH_TOKENS + xpaths._OVERALL_DISCARD_CLASS_TOKENS)
_CONSENT = xpaths._alt(xpaths._CONSENT_ID_CLASS_TOKENS)
_HIDDEN_CLASS = (
    "^hide-|comments-title|nocomments|-reply-|message|akismet|suggest-links|-hide-|hide-print| hidden| hide|noprint"
    "|notloaded"
)
PRUNING_TESTS: tuple[ElementTests, ...] = (
    ElementTests(
        ".//*[self::div or self::section or self::aside]["
        f" re:test(@id, '{_APPENDED_ARTICLES}|infinite-?scroll') or"
        f" re:test(@class, '{_APPENDED_ARTICLES}|infinite-?scroll')]["
        f" not(.//h1) or re:test(@id, '{_APPENDED_ARTICLES}') or re:test(@class, '{_APPENDED_ARTICLES}')]",
        frozenset("div section aside".split()),
        (("id", f"{_APPENDED_ARTICLES}|infinite-?scroll"), ("class", f"{_APPENDED_ARTICLES}|infinite-?scroll")),
        narrowing=Narrowing((("id", _APPENDED_ARTICLES), ("class", _APPENDED_ARTICLES)), holding="h1"),
    ),
    ElementTests(
        ".//*[self::div or self::section or self::aside][ contains(@class, 'elementor-share-buttons')]",
        frozenset("div section aside".split()),
        (("class", "elementor-share-buttons"),),
    ),
    ElementTests(
        ".//*[self::div or self::list or self::section or self::details or self::ol or self::ul]["
        f" re:test(@id, '^(?:{_COMMENTS_ID}|disqus_thread|dsq-comments)') or re:test(@class, '{_COMMENTS_CLASS}')]["
        f" not(self::ol or self::ul) or re:test(@id, '^(?:{_COMMENTS_ID})') or re:test(@class, '{_COMMENTS_CLASS}')]",
        frozenset("div list section details ol ul".split()),
        (("id", f"^(?:{_COMMENTS_ID}|disqus_thread|dsq-comments)"), ("class", _COMMENTS_CLASS)),
        narrowing=Narrowing((("id", f"^(?:{_COMMENTS_ID})"), ("class", _COMMENTS_CLASS)), frozenset({"ol", "ul"})),
    ),
    ElementTests(
        f".//*[{_SECTIONS}][ @data-lp-replacement-content or contains(translate(@role, 'N', 'n'), 'nav') or"
        f" contains(@data-component, 'MostPopularStories') or re:test(@id|@class, '{_CONSENT}') or"
        f" re:test(@id, '{_DISCARD_ID}') or re:test(@class, '{_DISCARD_CLASS}')]",
        _SECTION_TAGS,
        (
            ("data-lp-replacement-content", ""),
            ("role", "[Nn]av"),
            ("data-component", "MostPopularStories"),
            ("id|class", _CONSENT),
            ("id", _DISCARD_ID),
            ("class", _DISCARD_CLASS),
        ),
    ),
    ElementTests(
        ".//*[@class='comments-title' or starts-with(@id|@class, 'reply-') or re:test(@id|@style, 'hidden') or"
        " contains(@style, 'display:none') or contains(@style, 'display: none') or"
        f" re:test(@id, 'reader-comments|akismet') or re:test(@class, '{_HIDDEN_CLASS}') or @aria-hidden='true']",
        frozenset(),
        (
            ("class", r"\Acomments-title\Z"),
            ("id|class", "^reply-"),
            ("id|style", "hidden"),
            ("style", "display: ?none"),
            ("id", "reader-comments|akismet"),
            ("class", _HIDDEN_CLASS),
            ("aria-hidden", r"\Atrue\Z"),
        ),
    ),
    ElementTests(
        f".//*[{_SECTIONS}][ contains(@id, 'caption') or contains(@class, 'caption')]",
        _SECTION_TAGS,
        (("id", "caption"), ("class", "caption")),
    ),
    ElementTests(
        f".//*[{_SECTIONS}][ contains(translate(@id, 'T', 't'), 'teaser') or"
        " contains(translate(@class, 'T', 't'), 'teaser')]",
        _SECTION_TAGS,
        (("id", "[Tt]easer"), ("class", "[Tt]easer")),
    ),
)


def any_of(tests: tuple[ElementTests, ...]) -> ElementTests:
    """A walk to the first element one of `tests` may select, their `or_tag`s aside: among their tags, one of
    their patterns found in an attribute it reads (each of a union's, not only its first), their narrowings
    aside. Where it finds none, none of them selects anything but its `or_tag`."""
    return ElementTests(
        " | ".join(test.path for test in tests),
        frozenset() if any(not test.tags for test in tests) else frozenset().union(*(test.tags for test in tests)),
        tuple((name, pattern) for test in tests for names, pattern in test.patterns for name in names.split("|")),
        first=FIRST_IN_DOCUMENT,
    )


# The raw tree's prunings in `trafilatura_sequence` (`RAW_TREE_PRUNE_XPATH`, `REMOVE_COMMENTS_AND_LISTS_XPATH`),
# walked as one (`any_of`) to tell whether any of them prunes something: five raw-tree prunings in six prune nothing.
RAW_PRUNING_TESTS = PRUNING_TESTS[:3]
ANY_RAW_PRUNING = any_of(RAW_PRUNING_TESTS)
ANY_AUTHOR_TEST = any_of(AUTHOR_TESTS)  # `selected`'s one look before the author tests


_BODY_TAGS = frozenset("article div main section".split())
_BODY_SECTIONS = "self::article or self::div or self::main or self::section"

# trafilatura's `BODY_XPATH` (2.3) but its cheap second, `(.//article)[1]`, and its last, a union: where the main
# extractor looks for the article in each converted tree, in turn until one holds enough text. lxml called back
# into Python for each `re:test` of an element with the attribute; the walks test attributes in Python, and those of
# `(…)[1]` stop at the first element they select: 0.54, 0.71, 0.61 -> 0.26, 0.19, 0.12 ms a converted tree.
BODY_TESTS: tuple[ElementTests, ...] = (
    ElementTests(
        f".//*[{_BODY_SECTIONS}][ @class='post' or @class='entry' or @itemprop='articleBody' or @id='articleContent' or"
        f" re:test(@id, '{xpaths._alt(xpaths._ARTICLE_CONTENT_ID_TOKENS)}') or"
        f" re:test(@class, '{xpaths._alt(xpaths._ARTICLE_CONTENT_CLASS_TOKENS)}') ][1]",
        _BODY_TAGS,
        (
            ("class", rf"\A(?:post|entry)\Z|{xpaths._alt(xpaths._ARTICLE_CONTENT_CLASS_TOKENS)}"),
            ("itemprop", r"\AarticleBody\Z"),
            ("id", rf"\AarticleContent\Z|{xpaths._alt(xpaths._ARTICLE_CONTENT_ID_TOKENS)}"),
        ),
        first=FIRST_OF_EACH_PARENT,
    ),
    ElementTests(
        f"(.//*[{_BODY_SECTIONS}][ @role='article' or @id='article' or @id='story' or @class='postarea' or"
        " @class='art-postcontent' or @class='text' or @class='cell' or @class='story' or"
        f" re:test(@id, '{xpaths._alt(xpaths._STORY_ID_TOKENS)}') or re:test(@class, 'fulltext', 'i') or"
        f" re:test(@class, '{xpaths._alt(xpaths._STORY_CLASS_TOKENS)}') ])[1]",
        _BODY_TAGS,
        (
            ("role", r"\Aarticle\Z"),
            ("id", rf"\A(?:article|story)\Z|{xpaths._alt(xpaths._STORY_ID_TOKENS)}"),
            (
                "class",
                r"\A(?:postarea|art-postcontent|text|cell|story)\Z|(?i:fulltext)|"
                + xpaths._alt(xpaths._STORY_CLASS_TOKENS),
            ),
        ),
        first=FIRST_IN_DOCUMENT,
    ),
    ElementTests(
        f"(.//*[{_BODY_SECTIONS}][ @id='content' or @class='content' or"
        f" re:test(@id, '{xpaths._alt(xpaths._MAIN_CONTENT_ID_TOKENS)}') or"
        f" re:test(@class, '{xpaths._alt(xpaths._MAIN_CONTENT_CLASS_TOKENS)}') or"
        " contains(translate(@id, 'CM','cm'), 'main-content') or"
        " contains(translate(@class, 'CM','cm'), 'main-content') or"
        " contains(translate(@class, 'CP','cp'), 'page-content') ])[1]",
        _BODY_TAGS,
        (
            ("id", rf"\Acontent\Z|{xpaths._alt(xpaths._MAIN_CONTENT_ID_TOKENS)}|[Mm]ain-[Cc]ontent"),
            (
                "class",
                rf"\Acontent\Z|{xpaths._alt(xpaths._MAIN_CONTENT_CLASS_TOKENS)}|[Mm]ain-[Cc]ontent|[Pp]age-[Cc]ontent",
            ),
        ),
        first=FIRST_IN_DOCUMENT,
    ),
)


class Walk(XPath):
    """One of trafilatura's expressions evaluated as the `ElementTests` written for it (`ElementTests.below`),
    in its place in a table: its `path` stays the expression's."""

    def __init__(self, expression: XPath, tests: ElementTests) -> None:
        super().__init__(expression.path, namespaces={"re": EXSLT_REGEXP}, smart_strings=False)
        self.tests = tests

    def __call__(self, _etree_or_element: _Element, **_variables: object) -> list[_Element]:
        return self.tests.below(_etree_or_element)


def walked(expression: XPath) -> XPath:
    """The expression as a `Walk` when one of `PRUNING_TESTS` or `BODY_TESTS` stands for it as it reads
    (rewritten by `guarded` or not); else the same object."""
    for tests in (*PRUNING_TESTS, *BODY_TESTS):
        if stand_for((tests,), [expression]):
            return Walk(expression, tests)
    return expression


def _collapsed(path: str) -> str:
    return " ".join(path.replace("[", "[ ").split())


def stand_for(tests: tuple[ElementTests, ...], expressions: list[XPath]) -> bool:
    """Whether `tests` are written for `expressions` as they read, rewritten by `use_guarded_xpaths` or
    not (another trafilatura's expressions are evaluated as they are)."""
    return len(tests) == len(expressions) and all(
        _collapsed(expression.path) in (_collapsed(test.path), _collapsed(guard_attribute_tests(test.path)))
        for test, expression in zip(tests, expressions, strict=False)
    )


def selected(tests: tuple[ElementTests, ...], root: _Element, loose: ElementTests) -> list[list[_Element]]:
    """What each of `tests` selects in the document of `root` (a root without siblings), in one walk; an element
    goes through them one by one only where `loose` (their `any_of`, made once) finds one of their patterns: most
    elements have none."""
    found: list[list[_Element]] = [[] for _ in tests]
    walk = [(test.or_tag, test.tags, test.compiled, elements) for test, elements in zip(tests, found, strict=True)]
    or_tags = {test.or_tag for test in tests}
    loose_patterns = loose.compiled
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str) or not ((items := element.items()) or tag in or_tags):
            continue
        if tag not in or_tags and not _found_in(items, loose_patterns):
            continue
        for or_tag, tags, patterns, elements in walk:
            if tag == or_tag or ((not tags or tag in tags) and _found_in(items, patterns)):
                elements.append(element)
    return found
