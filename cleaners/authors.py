"""Who wrote an HTML page: every place a page names its author, asked in a fixed order.

Pages name their authors in many places that disagree: schema.org JSON-LD, `<meta name="author">`,
the "Written by" label Slack/Twitter cards carry, a framework's embedded page state, trafilatura's own
guess, byline markup. `AUTHOR_SOURCES` is that list as data, ordered by how often each source agreed
with the hand-checked authors of the WCXB benchmark when it named anyone (measured on both halves of
the corpus, see tests/bench/quality.py). The first source that names someone wins, except that a name
which is only the site's own name (its `og:site_name` or its domain) gives way to a later source naming
someone else: sites put their brand in `author` fields when a person wrote the article. And a source
that only guesses from fields a CMS fills (meta tags, trafilatura) gives way to other names when two of
the page's visible bylines agree on them.
"""

from __future__ import annotations

import html
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import TypeAlias

from lxml import etree
from lxml import html as lxml_html
from trafilatura.json_metadata import normalize_authors
from trafilatura.metadata import extract_author
from trafilatura.utils import line_processing, trim
from trafilatura.xpaths import AUTHOR_DISCARD_XPATHS, AUTHOR_XPATHS

from cleaners.bylines import (
    AFFILIATION_WORDS,
    BY_WORD,
    BY_WORD_FIRSTS,
    NAME_PARTICLES,
    NOT_A_LONE_NAME,
    ORGANISATION_WORDS,
    PUBLICATION_ARTICLES,
    ROLE_WORDS,
    ascii_spelling,
    author_page_of,
    byline_text,
    holds_brand_word,
    is_honorific,
    looks_like_name,
    may_start_with_by_word,
    parse_byline,
    signs_as_writer,
    split_names,
    undated_byline,
)
from cleaners.dates import has_digit
from cleaners.jsonld import json_documents, json_objects, types_of
from cleaners.languages import function_words, words_of
from cleaners.published import (
    NOT_SHOWN_TAGS,
    BodyXPath,
    MarkupField,
    PageReadings,
    hidden_from_readers,
    in_foreign_section,
    script_texts,
    shown_text,
)
from cleaners.trafilatura_xpaths import ANY_AUTHOR_TEST, AUTHOR_TESTS, EXSLT_REGEXP, selected, stand_for
from cleaners.urls import domain_of

Tree: TypeAlias = lxml_html.HtmlElement

# JSON-LD types of an author that is an organisation, not a person.
ORGANISATION_TYPES: frozenset[str] = frozenset(
    {"Organization", "NewsMediaOrganization", "Corporation", "WebSite", "LocalBusiness", "EducationalOrganization"}
)
# JSON-LD types whose `author` is a photographer's or a film maker's credit, not the article's writer.
MEDIA_TYPES: frozenset[str] = frozenset({"ImageObject", "VideoObject", "AudioObject", "MediaObject", "Photograph"})
# Keys under which a framework's embedded page state (Next.js `__NEXT_DATA__` and kin) names the author.
EMBEDDED_AUTHOR_KEYS: frozenset[str] = frozenset({"author", "authors"})
_MAX_BYLINE_CHARS = 120
# Sections whose names are readers' (comments and their forms), never the page's author. An author box
# often sits in an element classed "sidebar" or "widget", so those stay (`<aside>` and `<nav>` do not).
COMMENT_SECTION_WORDS = ("comment", "respond", "reply")
# Capitalised words of page furniture that a "By …" sentence names ("By subscribing you agree to our Privacy
# Policy"), a link's label under the text ("Weiterführender Link") and a copyright line's "All Rights Reserved".
NOT_NAME_WORDS: frozenset[str] = frozenset(
    "privacy policy terms conditions cookies cookie category posts learn read view link links".split()
) | frozenset(words_of("rights_reserved_words"))


@dataclass(frozen=True)
class AuthorSource:
    """A named place a page may name its authors; `read` returns raw author strings from the page's `Clues`."""

    name: str
    why: str
    read: Callable[[Clues], list[str]]


def _meta(values: list[str]) -> list[str]:
    """The first non-empty value of a meta field (author metas are repeated by some CMSs)."""
    values = [" ".join(value.split()) for value in values]
    return [value for value in values if value][:1]


def _person_names(author: object, by_id: dict[str, dict]) -> list[str]:
    """Names of the people in a JSON-LD `author` value; organisations are left out."""
    if isinstance(author, list):
        return [name for item in author for name in _person_names(item, by_id)]
    if isinstance(author, str):
        return [author]
    if not isinstance(author, dict):
        return []
    if "name" not in author and author.get("@id") in by_id:
        author = by_id[author["@id"]]
    name = author.get("name")
    if any(kind in ORGANISATION_TYPES for kind in types_of(author)) or not isinstance(name, str):
        return []
    return [name]


def jsonld_people(objects: list[dict]) -> list[str]:
    """The people a page's schema.org JSON-LD objects name as `author` (an `@id` reference is followed);
    an image's or a video's `author` credits the picture, not the article."""
    # a bare {"@id": …} is a reference, not the node it points to
    by_id = {obj["@id"]: obj for obj in objects if isinstance(obj.get("@id"), str) and len(obj) > 1}
    for obj in objects:
        if "author" in obj and MEDIA_TYPES.isdisjoint(types_of(obj)) and (names := _person_names(obj["author"], by_id)):
            return names
    return []


def _holds_state(script: Tree) -> bool:
    return script.get("id") == "__NEXT_DATA__" or script.get("type") == "application/json"


def embedded_state_author(readings: PageReadings) -> list[str]:
    """An `author` in the page state a JavaScript framework embeds as JSON (pages rendered client-side
    often carry the byline only there)."""
    for document in json_documents(script_texts(readings, _holds_state)):
        for obj in json_objects(document):
            for key in EMBEDDED_AUTHOR_KEYS & obj.keys():
                if names := _person_names(obj[key], {}):
                    return names
    return []


# Where two words run together with no space, a capital after a small letter ("CategoryBy": the labels of two
# links side by side, "<a>By Category</a><a>By Manufacturer</a>"; "McDonald" splits too, harmlessly).
_GLUED = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])")


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words without digits: a name, not "Feb 11" or "agree to our terms" (nor
    "Category" run into the next link's label)."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and not has_digit(name)
        and all(word[0].isupper() or word in NAME_PARTICLES for word in words)
        and not any(part.lower() in NOT_NAME_WORDS for word in words for part in _GLUED.split(word))
    )


# Rules and bullets a byline may be set after ("—— by Jane Doe").
_RULE_CHARS = "-–—|•·*> "


# Elements that end a line: a text after one starts a line of its own ("<div>Headline</div>By <div>…").
_LINE_ENDING_TAGS: frozenset[str] = frozenset(
    "address article aside blockquote br dd div dl dt figure footer h1 h2 h3 h4 h5 h6 header hr li ol p section"
    " table td th tr ul".split()
)


# What a `<br>` and a block's ends (`_LINE_ENDING_TAGS`) leave in a short element's text (`short_body_elements`):
# white space to `str.split`, but a line's end to a byline ("Von X und Y<br>Kakuma /Kenia": a dateline under it;
# "<div><p>By: Paul Fenaroli</p><p>Share</p></div>": a share bar beside it).
LINE_BREAK = "\u2028"


def shown_length(text: str) -> int:
    """A text's length near enough as a browser shows it: the white space at its ends counts a character
    each, as a template's indentation around a byline ("<div>⏎        by Jane Doe⏎    </div>") is no
    part of the byline's length."""
    return min(len(text), len(text.strip()) + 2)


def short_body_elements(tree: Tree, most_chars: int = _MAX_BYLINE_CHARS) -> dict[Tree, str]:
    """The elements under the page's `<body>` (under `tree` when the parse left none, as `BodyXPath`
    reads), scripts and styles aside, whose text (XPath's string value: every text node under them,
    a `<br>` and a block's ends as `LINE_BREAK`) is at most `most_chars` long, its nodes' indentation
    aside (`shown_length`), in document order, each with that text.
    Each element's length is its own text's and its children's summed, in one walk from the page's
    end: XPath's `string-length(.)` read each element's whole text again, most of this step's time
    (and handing every element's text to Python more). A short element's text is put together in the
    same walk from its children's, short too: `text_content()` of each, which the byline sources
    called, cost more than the walk."""
    page = tree.getroottree().getroot()
    bodies = [body for body in page.iter("body") if next(body.iterancestors("body"), None) is None]
    short: dict[Tree, str] = {}
    for top in bodies or [tree]:
        elements = list(top.iter())
        length: dict[Tree, int] = {}
        texts: dict[Tree, str] = {}
        for element in reversed(elements):
            text = element.text or "" if isinstance(element.tag, str) else ""  # a comment's text is none
            total = shown_length(text)
            for child in element:
                tail = child.tail or ""
                total += length[child] + shown_length(tail)
                if total <= most_chars:  # so far short: the child is too
                    tag = child.tag
                    if tag == "br":
                        text += LINE_BREAK + tail
                    elif tag in _LINE_ENDING_TAGS:
                        text += LINE_BREAK + texts[child] + LINE_BREAK + tail
                    else:
                        text += texts[child] + tail
            length[element] = total
            if total <= most_chars:
                texts[element] = text
        short.update(
            (element, texts[element])
            for element in elements[1:]
            if isinstance(element.tag, str) and element.tag not in NOT_SHOWN_TAGS and length[element] <= most_chars
        )
    return short


def page_byline(short_elements: dict[Tree, str]) -> list[str]:
    """The first short element anywhere in the page that reads as a byline ("Written by …", "By: …",
    "—— by …") and names only people. The extracted text often leaves the byline out, the whole page
    keeps it. `short_elements` are the body's (`Clues.short_elements`). A text is read once: an element
    and its one child (`<p><a>…</a></p>`) and empty elements repeat one, two in three of a page's."""
    read: dict[str, list[str] | None] = {}
    for element, whole in short_elements.items():
        whole = whole.strip()  # a block's line breaks around the text of its one child read as the child's
        if whole not in read:
            read[whole] = _byline_names(whole)
        names = read[whole]
        if (
            names
            and all(looks_like_person(name) for name in names)
            and not in_foreign_section(element, COMMENT_SECTION_WORDS)
        ):
            return names
    return []


def _byline_names(whole: str) -> list[str] | None:
    """The names a short element's text gives as a byline: its first line that is one (a `<br>` ends the
    byline: "Von Roland Brockmann und Sebastian Drescher<br>Kakuma /Kenia"), else its whole text ("By<br>Jane Doe")."""
    lines = [line for line in whole.split(LINE_BREAK) if not line.isspace()] if LINE_BREAK in whole else []
    for text in [*lines, whole] if len(lines) > 1 else [whole]:
        text = " ".join(text.split())
        if names := parse_byline(byline_text(text.lstrip(_RULE_CHARS))):
            return names
    return None


_XML_SPACE = " \t\r\n"  # what XPath's normalize-space() takes for blank
_LABELS: frozenset[str] = frozenset(word.rstrip(":").strip() for word in words_of("byline_words"))


def label_byline(texts: list) -> list[str]:
    """The names in the text right after a text that is only a byline label ("Written by", "Von:",
    "Auteur") when they all look like people: pages set the label and the name apart, and a courtesy
    title linked apart too ("Autor: <a>Rechtsanwalt</a> Sebastian Einbock"). `texts` are the body's
    texts (`Clues.body_texts`)."""
    for index, text in enumerate(texts[:-1]):
        if " ".join(text.split()).rstrip(":").strip().casefold() not in _LABELS or _ends_phrase(text):
            continue
        if _link_alone(text):  # a menu's "Contributors" over its next entry
            continue
        following = texts[index + 1]
        if is_honorific(following) and index + 2 < len(texts):  # "Autor: <a>Rechtsanwalt</a> Sebastian Einbock"
            following = texts[index + 2]
        names = split_names(_listed(following))
        if names and all(looks_like_person(name) for name in names):
            return names
    return []


def _listed(text: etree._ElementUnicodeResult) -> str:
    """The text after a label, or, where it is all of a list's first item, every item of that list
    joined as a byline's names ("Author(s)" over a `<ul>` of linked names)."""
    line = " ".join(text.split())
    element = text.getparent()
    item = element if element.tag == "li" else next(element.iterancestors("li"), None)
    if text.is_tail or item is None or item.getprevious() is not None or _spaced(item) != line:
        return line
    return ", ".join(_spaced(entry) for entry in (item, *item.itersiblings("li")))


def _spaced(element: Tree) -> str:
    """An element's text, its runs of white space one space each."""
    return " ".join(element.text_content().split())


def _link_alone(text: etree._ElementUnicodeResult) -> bool:
    """Whether a text is all of a link's text ("<a><span>Contributors</span></a>" in a menu): a menu's
    entry for the site's authors' page, not a byline's label ("<a>Written by <span>Jane Doe</span></a>"
    links the label with the name)."""
    element = text.getparent()
    if text.is_tail:
        element = element.getparent()
    link = element if element is None or element.tag == "a" else next(element.iterancestors("a"), None)
    return link is not None and _spaced(link) == " ".join(text.split())


def _ends_phrase(text: etree._ElementUnicodeResult) -> bool:
    """Whether a by-word runs on from words right before it on its line ("<a>Staffing Websites</a> by",
    "… and uunf by <span>Daniel Bünzli</span>", "Kommentar<small> von </small>"): a phrase crediting
    other work or a comment, not a byline's label. A date or a separator before it is the byline's own
    ("<time>October 11, 2023</time> by", "<span>·</span> by"), and so is a topic's link, a post's meta
    line ("Posted in <a rel="category tag">Datenschutz</a> by damianduchamps on …")."""
    element = text.getparent()
    if text.is_tail:
        before = "" if element.tag in _LINE_ENDING_TAGS or _tag_link(element) else element.text_content()
    elif (previous := element.getprevious()) is not None:
        before = previous.tail or ""
    else:
        before = "" if (parent := element.getparent()) is None else parent.text or ""
    return any(char.isalpha() for char in before) and not has_digit(before)


_ARTICLE_AUTHOR = MarkupField("meta", ("property", "name"), frozenset({"article:author"}), "content")
_BODY_LINKS = BodyXPath("a[@href]")


def article_author(readings: PageReadings) -> list[str]:
    """Open Graph's `article:author`: a name as it is, a profile URL as the text of the page's link to
    it when that text looks like a person (a "Facebook" share link does not)."""
    names = []
    tree = readings.tree
    for value in (value.strip() for value in _ARTICLE_AUTHOR(readings)):
        if "://" not in value:
            names.append(value)
            continue
        links = _BODY_LINKS(tree)
        texts = (_spaced(a) for a in links if a.get("href", "").rstrip("/") == value.rstrip("/"))
        names += [text for text in texts if looks_like_person(text)][:1]
    return names


def _is_leaf(element: Tree) -> bool:
    return next(element.iterchildren("*"), None) is None


def _in_author_item(element: Tree) -> bool:
    return any(ancestor.get("itemprop") == "author" for ancestor in element.iterancestors())


def _misnamed_author_link(element: Tree, text: str) -> bool:
    """A link to an author's page whose address spells no word of its text ("Learn More", a site's
    name linked to "/author/xavierlo/"): it names no one."""
    href = element.get("href", "")
    return element.tag == "a" and "/author" in href and not author_page_of(href, text)


# Where a page names its author markup-wise when nothing better does, most specific first: a name in
# an `itemprop="author"` item, a childless `itemprop="author"`, an author link, a byline or author-name
# class, a childless element of an author class.
AUTHOR_MARKUP: tuple[Callable[[Tree], bool], ...] = (
    lambda element: element.get("itemprop") == "name" and _in_author_item(element),
    lambda element: element.get("itemprop") == "author" and _is_leaf(element),
    lambda element: (
        element.tag == "a"
        and (
            element.get("rel") == "author" or any(part in element.get("href", "") for part in ("/author/", "/authors/"))
        )
    ),
    lambda element: any(word in element.get("class", "") for word in ("byline", "author-name", "author_name")),
    lambda element: "author" in element.get("class", "") and _is_leaf(element),
)
# The elements any of them may accept, found in one pass (a pass of its own each cost 0.5 ms a page), which
# `commenters_only` reads too (`Clues.markup_elements`): `//*[@itemprop="name" or … or contains(@class,
# "author") or …]` asked of the attributes (their elements, in page order), where libxml2 tested every
# element of the page against each clause in twice the time.
AUTHOR_MARKUP_ELEMENTS = etree.XPath(
    '//@itemprop[. = "name" or . = "author"]/.. | //a[@rel = "author" or contains(@href, "/author")]'
    ' | //@class[contains(., "author") or contains(., "byline")]/..'
)
_MAX_AUTHOR_WORDS = 8


# A byline's or an author card's parts that name no one ("byline__category", "post-tags", "author-role"):
# the class's last word says what the element holds ("<section class=byline>March 20 | <span
# class=byline__category>Wellness & Prevention</span>"), and a section's, a topic's or a job's name has a
# person's shape ("Smart Locks", "HR Strategy", "Senior Editor"). A description or a bio may wrap the name
# ("byline-author__description" around the writer's link), so they are no part.
BYLINE_PART_WORDS: frozenset[str] = frozenset(
    "category categories tag tags topic topics role job jobtitle position date datetime time".split()
)
# Whether an element may hold such a part: a class holding a part word's shortest stem.
_PART_STEMS = ("categor", "tag", "topic", "role", "job", "position", "date", "time")
_MAY_HOLD_PARTS = etree.XPath(".//*[" + " or ".join(f'contains(@class, "{stem}")' for stem in _PART_STEMS) + "]")


def _names_a_part(element: Tree) -> bool:
    """Whether a class of `element` ends in a word of `BYLINE_PART_WORDS` ("byline__category", "post-tags",
    "author-description")."""
    classes = element.get("class", "").casefold().split()
    return any(re.split(r"[_-]+", token)[-1] in BYLINE_PART_WORDS for token in classes)


def _text_without_parts(element: Tree) -> str:
    """`element`'s text without its byline parts (`_names_a_part`), each left as a space."""
    if not _MAY_HOLD_PARTS(element):  # most bylines: libxml2's text, no walk in Python
        return element.text_content()
    texts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):  # a comment's or a processing instruction's text is not shown
            texts.append(" " if _names_a_part(child) else _text_without_parts(child))
        texts.append(child.tail or "")
    return "".join(texts)


def _capitalised(name: str) -> bool:
    """First and last words capitalised: "Publiziert am", the label beside the name, is none."""
    return name[0].isupper() and name.split()[-1][0].isupper()


def authors_from_markup(elements: list[Tree]) -> list[str]:
    """Names from author markup (`AUTHOR_MARKUP`: schema.org microdata, author links, byline classes)
    outside comments and their forms, whose names are readers', outside a byline's category or
    tag parts (`_names_a_part`) and outside hidden elements (a theme's "rich-snippet-hidden" vcard of
    the account that posted, where the page shows "Von Matthias Lauerer"). `elements` are the page's
    `AUTHOR_MARKUP_ELEMENTS`."""
    for is_author_markup in AUTHOR_MARKUP:
        for element in filter(is_author_markup, elements):
            if _names_a_part(element):
                continue
            text = " ".join(_text_without_parts(element).split())
            if (
                not text
                or len(text.split()) > _MAX_AUTHOR_WORDS
                or _misnamed_author_link(element, text)
                or in_foreign_section(element, COMMENT_SECTION_WORDS)
                or hidden_from_readers(element)
            ):
                continue
            if names := [name for name in split_names(text) if _capitalised(name)]:
                return names
    return []


# A date opening a short text ("Dec. 19, 2025", "25.10.2022", "2025-12-19"), its time of day and the
# separators after it: what stands before the author in a "date · name" credit.
_DATE_THEN = re.compile(
    r"^(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\.?\s+[A-Z][a-zé]{2,8}\.?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"(?:\s*[|·•–—,-]?\s*\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|[ap]\.?m\.?))?)?(?:\s*[|·•–—-])*\s*"
)
_SEPARATORS_ONLY = re.compile(r"^[|·•–—\-\s]*$")
_MAX_CREDIT_WORDS = 3  # a longer run of capitalised words after a date is a title ("Top Weight Loss Medications")


def _leading_name(text: str) -> tuple[str, str]:
    """The capitalised words a text opens with and the rest ("Niko Matsakis on behalf of …")."""
    words = text.split()
    count = next((i for i, word in enumerate(words) if not (word[0].isupper() or word in NAME_PARTICLES)), len(words))
    return " ".join(words[:count]), " ".join(words[count:])


_TITLES = etree.XPath('//title/text() | //meta[@property="og:title"]/@content')


def _in_title(name: str, element: Tree) -> bool:
    """Whether every word of `name` is a word of the page's title (`<title>`, `og:title`): a headline
    after its date ("Aug 2, 2021 · Keeping It Clean" for "Keeping It Clean and Healthy"), no byline."""
    title = set(re.findall(r"\w+", " ".join(_TITLES(element.getroottree())).casefold()))
    return set(re.findall(r"\w+", name.casefold())) <= title


def dated_credit(texts: list) -> list[str]:
    """The person named right after the first date that opens a short text of the page ("Dec 26, 2025
    • Mahua Das", "04.02.2022 | 13:10 Uhr | Uta Helkenberg"), in that text or in the next one of the
    same box past separators, when the name ends there or a lower-case word follows it ("on behalf
    of"). Templates print such bylines without a "By"-word; only the first date is the article's own
    (later ones head teasers, whose titles are capitalised too). `texts` are the body's texts."""
    for index, text in enumerate(texts):
        plain = " ".join(text.split())
        if len(plain) > _MAX_BYLINE_CHARS or not (match := _DATE_THEN.match(plain)):
            continue
        rest, box = plain[match.end() :], text.getparent().getparent()
        for following in texts[index + 1 : index + 4]:
            if rest or box is None or not any(ancestor is box for ancestor in following.getparent().iterancestors()):
                break
            rest = "" if _SEPARATORS_ONLY.match(following) else " ".join(following.split())
        name, after = _leading_name(rest)
        credit = looks_like_name(name) and len(name.split()) <= _MAX_CREDIT_WORDS and not after[:1].isupper()
        credit = credit and not _in_title(name, text.getparent())
        return [name] if credit and not in_foreign_section(text.getparent(), COMMENT_SECTION_WORDS) else []
    return []


# The innermost elements of boxes whose class says author or byline (`<body>`'s classes are the page's, and
# an `<article>`'s the post's: WordPress themes class a post by its account, "author-solarserver").
# Read from the page's author markup (`AUTHOR_MARKUP_ELEMENTS`), which holds every such box: an XPath of
# their own walked the page again (`//body//*[contains(@class, "author") or …][not(self::article)]//*[not(*)]`).
_BOX_WORDS = ("author", "byline")


def _box_leaves(tree: Tree, elements: list[Tree]) -> Iterator[Tree]:
    """The childless elements inside the boxes among `elements` (`AUTHOR_MARKUP_ELEMENTS`) in page
    order, as `BodyXPath` reads: the boxes under a `<body>`, under `tree` where the page has none."""
    has_body = next(tree.getroottree().getroot().iter("body"), None) is not None
    seen: set[Tree] = set()
    for box in elements:
        if box.tag == "article" or not any(word in box.get("class", "") for word in _BOX_WORDS):
            continue
        if not any(a.tag == "body" if has_body else a is tree for a in box.iterancestors()):
            continue
        for leaf in box.iterdescendants(etree.Element):
            if leaf not in seen and next(leaf.iterchildren(etree.Element), None) is None:
                seen.add(leaf)
                yield leaf


def _tag_link(element: Tree) -> bool:
    """A link to a topic's page (`rel="tag"`, WordPress's `rel="category tag"`): a byline box lists the
    post's topics beside its author ("Top Solar News"), and a topic's name has a person's shape."""
    return element.tag == "a" and "tag" in element.get("rel", "").split()


def author_box(tree: Tree, elements: list[Tree]) -> list[str]:
    """The first text alone in its element inside an author or byline box that reads as a person's
    name ("Lauren Vetter" above her bio in `blog_author-box`): author cards set the name apart, with no
    "By"-word, no link to an author page and no class of its own. `elements` are the page's
    `AUTHOR_MARKUP_ELEMENTS`."""
    for leaf in _box_leaves(tree, elements):
        text = _spaced(leaf).strip(" :|,")
        if looks_like_name(text) and not _tag_link(leaf) and not in_foreign_section(leaf, COMMENT_SECTION_WORDS):
            return [text]
    return []


# Author links, and links inside an author or byline box (`<span class="author vcard"><a>…`): its parent's or
# its grandparent's class, read as attributes (`ancestor::*[position() <= 2][contains(@class, …)]` built the
# ancestors' node-set for each link of the page, a third more time).
_BOX_CLASS = '@class[contains(., "author") or contains(., "byline")]'
_AUTHOR_LINKS = BodyXPath(f'a[@rel="author" or contains(@href, "/author") or ../{_BOX_CLASS} or ../../{_BOX_CLASS}]')
# A by-word closing the text before a name ("By ", "// Autor: ", "· von").
_ENDS_WITH_BY_WORD = re.compile(rf"(?:^|[\s|/·•–—-]){BY_WORD}\s*:?\s*$", re.IGNORECASE)
_HANDLE = re.compile(r"^(?=.*[^\W\d_])[\w.-]{2,30}$")  # a user name: one token with a letter ("c1ph4", "freeman1984")
_WRAPPER_LEVELS = 3  # how far out of its wrappers the text before a link is looked for


def _text_before(element: Tree) -> str:
    """The text right before `element` on the page: its previous sibling's tail or its parent's text,
    else the previous sibling's own text ("<span class='sep'>by</span> <a>…"), climbing out of
    wrappers that start with it (`<span class="author vcard"><a>…`)."""
    node: Tree | None = element
    for _ in range(_WRAPPER_LEVELS):
        if node is None or (parent := node.getparent()) is None:
            return ""
        previous = node.getprevious()
        before = (previous.tail if previous is not None else parent.text) or ""
        if before.strip():
            return before
        if previous is not None:
            return previous.text_content()
        node = parent
    return ""


# A domain's ending ("cart.com", "example.de"): a site signing, not a person ("h.szeyee" is a user name).
_DOMAIN_END = re.compile(r"\.(?:com|net|org|info|io|ai|app|dev|[a-z]{2})$", re.IGNORECASE)


def _lone_name(text: str) -> bool:
    """One token that may be a user name or a given name ("c1ph4", "ibby", "Konstantin"), never a lone
    agency, month, role or page furniture word ("By Category") nor a domain."""
    key = text.casefold()
    return (
        bool(_HANDLE.match(text))
        and key not in NOT_A_LONE_NAME | ROLE_WORDS | NOT_NAME_WORDS
        and not _DOMAIN_END.search(text)
    )


# A short element that is only a by-word and one word ("by ibby", "Posted by Konstantin").
_LONE_BYLINE = re.compile(rf"^{BY_WORD}\s*:?\s+(?P<name>\S+)$", re.IGNORECASE)


def _lone_names(tree: Tree, short_elements: dict[Tree, str]) -> Iterator[tuple[Tree, str]]:
    """Each author link right after a by-word and each element without children, not a link, that
    is only a by-word and a name, with the name, when it is one token (`_lone_name`)."""
    for link in _AUTHOR_LINKS(tree):
        text = _spaced(link)
        if _lone_name(text) and _ENDS_WITH_BY_WORD.search(" ".join(_text_before(link).split())):
            yield link, text
    names: dict[str, str | None] = {}  # by text, read once: an element and its one child repeat one
    for element, text in short_elements.items():
        if element.tag == "a" or not _is_leaf(element):  # a link "By Category" sorts a list
            continue
        if text not in names:
            plain = undated_byline(" ".join(text.split()))
            match = _LONE_BYLINE.match(plain) if may_start_with_by_word(plain) else None
            names[text] = match["name"] if match and _lone_name(match["name"]) else None
        if (name := names[text]) is not None:
            yield element, name


# A blog's meta line: a by-word opening a text, then one word and the post's categories or date in
# the same text ("Posted by Nesselsetzer under <a>Just For Fun</a>", "by damianduchamps on August 3,
# 2019"; a longer text is prose: "By focusing on the best CRM for small businesses, companies can …"),
# or nothing, the name in the element right after it ("Verfasst von: <strong>mitundvoneinander</strong>
# | 31. Dezember 2008", "Geschrieben von <a href="userinfo.php">Cooper</a>").
_META_LINE = re.compile(
    rf"^\s*{BY_WORD}\s*:?(?:\s*$|\s+(?P<name>\S+)\s+(?:under|in|on|at|am|um|im|[|·•–—])(?:\s|$))", re.IGNORECASE
)
_MAX_META_LINE_WORDS = 8
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_NAME_TAGS = frozenset("a b em span strong".split())


def _name_after(text: etree._ElementUnicodeResult) -> tuple[Tree, str] | None:
    """The element right after an element's opening text and its text, when it has no children."""
    following = None if text.is_tail else next(text.getparent().iterchildren("*"), None)
    if following is None or following.tag not in _NAME_TAGS or not _is_leaf(following):
        return None
    return following, _spaced(following)


def _meta_line_names(texts: list) -> Iterator[tuple[Tree, str]]:
    """Each one-word name a blog's meta line gives (`_META_LINE`) after a by-word that opens its line
    (`_ends_phrase`), where no author link or class marks it. `texts` are the body's texts; only short
    ones opening with a by-word's first word are matched (the pattern tries every by-word of every language)."""
    for text in texts:
        first = _FIRST_WORD.match(text) if len(text) <= _MAX_BYLINE_CHARS else None
        if not first or first[1].casefold() not in BY_WORD_FIRSTS or not (match := _META_LINE.match(text)):
            continue
        if match["name"] is None:
            found = _name_after(text)
        else:
            found = (text.getparent(), match["name"]) if len(text.split()) <= _MAX_META_LINE_WORDS else None
        if found and _lone_name(found[1]) and not _ends_phrase(text):
            yield found


def handle_byline(clues: Clues) -> list[str]:
    """The one word a byline names ("By <a rel=author>oradmin</a>", "von <span class="author vcard">
    <a>freeman1984</a>", "Autor: <a href="/author/c1ph4/">c1ph4</a>", "Posted by Konstantin", "Posted by
    Nesselsetzer under …"): blogs sign with the account or a given name, and the byline shows it as the
    author. The site's own name gives way as in every source (`find_authors`); a comment's byline is a
    reader's."""
    lone = _lone_names(clues.tree, clues.short_elements)
    for element, name in itertools.chain(lone, _meta_line_names(clues.body_texts)):
        if not in_foreign_section(element, COMMENT_SECTION_WORDS):
            return [name]
    return []


# Words of an organisation's or an institution's name ("American Marketing Association", "Hopscotch
# Press", "Universität …"): a copyright line's holder holding one is no person.
_INSTITUTION_WORDS: frozenset[str] = ORGANISATION_WORDS | AFFILIATION_WORDS
# How a copyright line opens ("©", "(c)", "Copyright", "COPYRIGHT"), told apart by substrings: casefolding
# every text of the page cost the author step 3%, and an XPath over them five times as much.
COPYRIGHT_SIGNS = ("©", "opyright", "OPYRIGHT", "(c)", "(C)")
# A copyright line: its sign opening it (a caption's "Alpines Lebensgefühl © Österreich Werbung" credits a
# picture), its years, "by", the holder up to a punctuation mark, then the rest
# ("© 2025 Cassidy Williams. All rights reserved.", "(c) Johannes Wolf • Weitere Rechte siehe Impressum",
# "Copyright © 2005 by Random House, Inc.").
_COPYRIGHT = re.compile(
    r"^[^\w©]*(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(?:by\s+)?"
    r"(?P<holder>[^\W\d_][^.,;:•|©()/]*)(?P<rest>.*)",
    re.IGNORECASE,
)
_PICTURE_TAGS = ("figure", "figcaption")  # a picture's credit ("© Kurt-Walter Wessolek, 31.05.2013") is no signature


def _spelt_by_host(name: str, hosts: frozenset[str]) -> bool:
    """Whether the page's host spells a word of four letters or more of `name` ("Menlo Coaching" on
    menlocoaching.com): a company signs with the name its domain spells, a person's site seldom."""
    return any(len(word) >= 4 and any(word in host for host in hosts) for word in _letters(name.split()))


def _personal_holder(holder: str, rest: str, clues: Clues) -> bool:
    """Whether a copyright line's holder is a person: one person's name (`split_names` keeps it whole:
    no agency, "Getty Images"), a person's shape (`looks_like_person`), no picture agency after a slash
    ("Oli Scarff/Getty Images") or in brackets ("Dieter Mayr (KNA)"), no publication's article ("The
    Liberty Times"), no acronym ("RM Investor"), no organisation's word, no legal form after it
    ("Random House, Inc."), neither the site's name nor spelt by its host."""
    words = holder.split()
    site = (clues.site or "").casefold()
    return (
        _key(split_names(holder)) == _key([holder])
        and looks_like_person(holder)
        and not rest.lstrip().startswith(("/", "("))
        and words[0].casefold() not in PUBLICATION_ARTICLES
        and not any(len(word) <= 3 and word.isupper() for word in words)
        and not any(word.casefold() in _INSTITUTION_WORDS for word in words)
        and not names_company(" ".join([holder, *rest.split()[:2]]))
        and holder.casefold() not in site
        and not _spelt_by_host(holder, host_keys(clues.url))
    )


def copyright_holder(clues: Clues) -> list[str]:
    """The person the page's first copyright line names ("© 2025 Toby Hede", "(c) Johannes Wolf •
    …"), a picture's credit aside: a personal site or blog signs there and nowhere else. Companies sign
    there too, so a holder must read as a person (`_personal_holder`); asked last, when no byline names
    anyone."""
    for text in clues.body_texts:
        if not any(sign in text for sign in COPYRIGHT_SIGNS) or (parent := text.getparent()).tag in NOT_SHOWN_TAGS:
            continue
        if parent.tag in _PICTURE_TAGS or next(parent.iterancestors(*_PICTURE_TAGS), None) is not None:
            continue
        if match := _COPYRIGHT.match(" ".join(text.split())):
            holder = match["holder"].strip()
            return [holder] if _personal_holder(holder, match["rest"], clues) else []
    return []


_SECOND_LEVEL_CHARS = 3  # "co", "com", "org" before a country's ending: no platform


def site_owner(clues: Clues) -> list[str]:
    """The person a personal site is named after: a meta's value (`og:site_name`, a WordPress app's
    tooltip) that is a person's name whose letters are a label of the page's host, either a blog's
    subdomain on its platform ("Alexander Lasch" on alexanderlasch.wordpress.com) or the site's own
    domain with a courtesy title before the name ("Dr. Alexander Klier" on alexander-klier.net): a
    company's name has a person's shape too ("Daheim Solar" on daheim-solar.de). Asked last, when
    nothing else names anyone: the owner writes what the site shows."""
    labels = (domain_of(clues.url) or "").split(".")
    # a platform's name is a word ("wordpress", "blogspot"), a country's second level none ("co.uk", "com.au")
    subdomains = set(_letters(labels[:-2])) if len(labels) > 2 and len(labels[-2]) > _SECOND_LEVEL_CHARS else set()
    own = set(_letters(labels[-2:-1])) - subdomains
    for meta in clues.page.elements["meta"]:
        value = " ".join((meta.get("content") or "").split())
        names = split_names(value) if len(value) <= _MAX_BYLINE_CHARS else []
        if len(names) != 1 or not looks_like_person(names[0]):
            continue
        key = _letters([ascii_spelling(names[0])])[0]  # "Lucía Gil" on luciagil.blogspot.com
        if key in subdomains or (key in own and is_honorific(value.split()[0])):
            return names
    return []


_FUNCTION_WORDS = function_words()
TAIL_LINES = 5  # the extracted text's lines a signature is looked for in (`Clues.text_tail`)
_BELOW_SIGNATURE_WORDS = 3  # a role or a date under a signature ("DITIB-Bundesvorsitzender", "10. September 2017")


def last_lines(text: str) -> tuple[str, ...]:
    """The last `TAIL_LINES` non-blank lines of an extracted text, their spaces collapsed (fewer when
    the text has fewer)."""
    lines = (" ".join(line.split()) for line in reversed(text.rstrip().splitlines()))
    return tuple(reversed(list(itertools.islice(filter(None, lines), TAIL_LINES))))


# A text of the page that is a given line, not a link's, a button's or a heading's ("Movie Review", "MEHR ERFAHREN").
_PLAIN_TEXT_OF = etree.XPath(
    "//body//text()[normalize-space(.) = $line]"
    "[not(ancestor::a or ancestor::button or ancestor::h1 or ancestor::h2 or ancestor::h3 or ancestor::h4"
    " or ancestor::h5 or ancestor::h6)]"
)


def _under_signature(line: str) -> bool:
    """Whether a line may stand under a signature: a role of one word ("DITIB-Bundesvorsitzender") or a
    short date ("10. September 2017"), not a credit ("Jimmy Jenkins (audiojungle.net)")."""
    words = line.split()
    return len(words) == 1 or (len(words) <= _BELOW_SIGNATURE_WORDS and has_digit(line))


def _given_name(line: str) -> bool:
    """Whether a line is one capitalised word of letters, no page furniture's ("Benni", not "BBAW"):
    how a blogger signs over the post's date."""
    return line.isalpha() and line.istitle() and len(line) > 2 and line.casefold() not in NOT_NAME_WORDS


def signature(clues: Clues) -> list[str]:
    """A person's name alone on the article's last line, or above a role or a date: reviews, columns
    and letters are signed under the text ("Marina Mucha", "Kazım TÜRKMEN" over
    "DITIB-Bundesvorsitzender"), a blogger by a given name over a date ("Benni" over "10. September
    2017"). Only in a text of `TAIL_LINES` lines or more, its last two read; a
    button's or a teaser's words are no name: no function word of any language ("Pin For"), not all
    capitals ("TBS NEWS DIG"), and the page writes the line as a text of its own outside links, buttons
    and headings ("Movie Review")."""
    lines = clues.text_tail
    if len(lines) < TAIL_LINES:
        return []
    for back in (1, 2):
        line = lines[-back]
        words = line.casefold().split()
        over_date = back == 2 and has_digit(lines[-1])
        named = (looks_like_name(line) and looks_like_person(line)) or (over_date and _given_name(line))
        if named and not _FUNCTION_WORDS.intersection(words):
            below = lines[len(lines) - back + 1 :]
            signed = not line.isupper() and all(map(_under_signature, below)) and _PLAIN_TEXT_OF(clues.tree, line=line)
            return [line] if signed else []
    return []


@dataclass(frozen=True)
class Clues:
    """What the author sources read: the page's tree, the author its meta tags and JSON-LD give as
    trafilatura reads them (`html_page.MarkupMetadata`, or how to read it when first asked), and the
    names on a byline line of the extracted text. It keeps each source's names once read:
    `find_authors`, `visible_over_guess` and `spelt_out` ask for the same sources on one page."""

    tree: Tree
    meta_author: str | Callable[[], str | None] | None = None
    text_byline: tuple[str, ...] = ()
    url: str | None = None
    readings: PageReadings | None = field(default=None, compare=False, repr=False)  # shared with the date sources
    text: str = ""  # the extracted text, whose last lines a signature stands on
    _names: dict[str, list[str]] = field(default_factory=dict, init=False, compare=False, repr=False)

    def names(self, source: AuthorSource) -> list[str]:
        """The person names `source` gives on this page (`clean_names` of its reading), read once."""
        if source.name not in self._names:
            self._names[source.name] = clean_names(source.read(self))
        return self._names[source.name]

    @cached_property
    def markup_author(self) -> str | None:
        """`meta_author`, read when first asked where it is given as how to read it."""
        return self.meta_author() if callable(self.meta_author) else self.meta_author

    @cached_property
    def text_tail(self) -> tuple[str, ...]:
        """The extracted text's last lines (`last_lines`), read only when a signature is looked for."""
        return last_lines(self.text)

    @cached_property
    def body_texts(self) -> list:
        """The body's non-blank texts, which two sources walk (label_byline, dated_credit)."""
        return [text for text in self.page.texts if text.strip(_XML_SPACE)]

    @cached_property
    def short_elements(self) -> dict[Tree, str]:
        """The body's elements short enough for a byline and their texts, which two sources walk
        (page_byline, handle_byline)."""
        return short_body_elements(self.tree)

    @cached_property
    def markup_elements(self) -> list[Tree]:
        """The page's author markup (`AUTHOR_MARKUP_ELEMENTS`), which two reads walk (author_markup,
        `commenters_only`)."""
        return AUTHOR_MARKUP_ELEMENTS(self.tree)

    @cached_property
    def site(self) -> str | None:
        """The site's own name (`site_name`), which three checks compare names with."""
        return site_name(self.page)

    @cached_property
    def site_key(self) -> frozenset[str]:
        """The site's own name as names are compared (`_key`), empty without one."""
        return _key(clean_names([self.site])) if self.site else frozenset()

    @cached_property
    def author_metas(self) -> list[str]:
        """The page's `<meta name="author">`, which two sources read (meta_author, trafilatura)."""
        return _meta(_META_AUTHOR(self.page))

    @cached_property
    def page(self) -> PageReadings:
        """The page's readings the date sources share (`readings`), else this page's own."""
        return self.readings or PageReadings(self.tree)


def trafilatura_body_author(tree: Tree) -> tuple[str, Tree | None]:
    """trafilatura's author search over the page body, trimmed as its metadata is, and the element it
    read (None where trafilatura itself searched); it runs only when every source before it named no one."""
    found, element = _found_author(tree)
    return line_processing(html.unescape(found or "")) or "", element


_MAX_TRAFILATURA_AUTHOR_CHARS = 120  # `extract_author`'s length limit
_STRING_LITERAL = re.compile(r"'[^']*'|\"[^\"]*\"")
_TESTS_BELOW = re.compile(r"\s*\.//\*(?:\[[^\[\]]*\])+\s*")  # ".//*[test][test]", literals blanked
_POSITIONAL = re.compile(r"position\(|last\(|\[\s*\d")  # a test that counts positions, not attributes


def _test_above(expression: etree.XPath) -> etree.XPath | None:
    """A pruning expression ".//*[test]…" (elements under the context node that pass tests of their
    own) as "ancestor-or-self::*[test]…": whether an element or one of its ancestors would be pruned,
    asked of them alone instead of the whole page. None for any other form."""
    skeleton = _STRING_LITERAL.sub("''", expression.path)
    if not _TESTS_BELOW.fullmatch(skeleton) or _POSITIONAL.search(skeleton):
        return None
    test = expression.path.strip().removeprefix(".//*")
    return etree.XPath(f"ancestor-or-self::*{test}", namespaces={"re": EXSLT_REGEXP}, smart_strings=False)


# Each of `AUTHOR_DISCARD_XPATHS` asked of a selected element and its ancestors, where its form allows.
_DISCARD_ABOVE = tuple(_test_above(expression) for expression in AUTHOR_DISCARD_XPATHS)
# Whether `AUTHOR_TESTS` are written for the installed trafilatura's `AUTHOR_XPATHS`.
_AUTHOR_TESTS_HOLD = stand_for(AUTHOR_TESTS, AUTHOR_XPATHS)


def _author_candidates(tree: Tree) -> Iterable[list[Tree]]:
    """What each of `AUTHOR_XPATHS` selects, in one walk of the page (`AUTHOR_TESTS`: a third of the
    expressions' CPU) where the tests are written for them, else each expression when reached."""
    if _AUTHOR_TESTS_HOLD:
        return selected(AUTHOR_TESTS, tree, ANY_AUTHOR_TEST)
    return (expression(tree) for expression in AUTHOR_XPATHS)


def _found_author(tree: Tree) -> tuple[str | None, Tree | None]:
    """What trafilatura's `extract_author` returns, without its copy of the whole tree and its pruning
    of the copy (`AUTHOR_DISCARD_XPATHS`), which cost 2 of its 6 ms: its `AUTHOR_XPATHS` test only an
    element's own tag and attributes, and so do the pruning's, so the elements they select in the pruned
    copy are those they select in the page outside what the pruning removes, in the same order, and
    their text is the page's without the removed elements (`_kept_texts`). What is removed is looked
    for only around a selected element (on half the pages one is): its ancestors and its descendants,
    and in the whole page for a pruning expression of another form (`_test_above`). A fragment or a
    root beside another (whose XPaths read the whole document, the copy's only that element) and a
    `<rel>` element (`rel='me'` reads its text) are left to trafilatura. With the name, the element
    that gave it (None when trafilatura searched)."""
    beside = tree.getparent(), tree.getprevious(), tree.getnext()
    if any(node is not None for node in beside) or next(tree.iter("rel"), None) is not None:
        return extract_author(tree), None
    pruning = tuple(zip(AUTHOR_DISCARD_XPATHS, _DISCARD_ABOVE, strict=True))
    pruned_anywhere: set[Tree] | None = None  # by the expressions without a test above
    for elements in _author_candidates(tree):
        for element in elements:
            if pruned_anywhere is None:
                pruned_anywhere = {found for below, above in pruning if above is None for found in below(tree)}
                pruned_anywhere.discard(tree)  # trafilatura cannot delete the root
            if element in pruned_anywhere or any(ancestor in pruned_anywhere for ancestor in element.iterancestors()):
                continue
            if any(set(above(element)) - {tree} for below, above in pruning if above is not None):
                continue
            removed = pruned_anywhere.union(*(below(element) for below, above in pruning if above is not None))
            content = trim(" ".join(_kept_texts(element, removed)))
            if content and 2 < len(content) < _MAX_TRAFILATURA_AUTHOR_CHARS:
                return normalize_authors(None, content), element
    return None, None


def _kept_texts(element: Tree, removed: set[Tree]) -> Iterator[str]:
    """`element.itertext()` once the `removed` elements are deleted as trafilatura deletes them: the
    tail of a removed element joins the text before it (the parent's text or the previous sibling's
    tail)."""
    pending = element.text or ""
    for child in element:
        if child in removed:
            pending += child.tail or ""
            continue
        if pending:
            yield pending
        if isinstance(child.tag, str):  # a comment's or a processing instruction's own text is not read
            yield from _kept_texts(child, removed)
        pending = child.tail or ""
    if pending:
        yield pending


_META_AUTHOR = MarkupField("meta", ("name",), frozenset({"author", "Author"}), "content")


def trafilatura_author(clues: Clues) -> list[str]:
    """trafilatura's author from the metas, else from the body; nothing when the page's author meta
    is a template's placeholder or an address, which trafilatura rewrites as a name ("Page"), nor when
    the body's name is a commenter's: read in comments ("<li class="comment"> … <div
    class="comment_author">stephangoeldi said, on …", `_in_comments`) or written only there
    (`commenters_only`), nor when it is a byline's part's (`_read_from_part`)."""
    if (raw := clues.author_metas) and not clean_names(raw):
        return []
    if author := clues.markup_author:
        return [author]
    name, element = trafilatura_body_author(clues.tree)
    if name and element is not None and (_in_comments(element) or _read_from_part(name, element)):
        return []
    return [] if name and commenters_only(name, clues.markup_elements) else [name]


_PART_LEVELS = 3  # how far up from the element trafilatura read a byline's part is looked for


def _read_from_part(name: str, element: Tree) -> bool:
    """Whether trafilatura read `name` from a byline's or an author card's part (`_names_a_part`): the
    element it read is one or stands in one ("<div class="dynamic-author-description">… M.A.
    Journalism"), or the name's first word is not in the element's text once its parts are left out (the
    topic link "<a class="tag">Personal finance</a>" in a byline box, a name run into the job after it
    stays: "Harry Rabinowitz<p class="jobTitle">Tech Reporter")."""
    if any(map(_names_a_part, (element, *itertools.islice(element.iterancestors(), _PART_LEVELS)))):
        return True
    if not _MAY_HOLD_PARTS(element):
        return False
    return _letters(name.split()[:1])[0] not in _letters([_text_without_parts(element)])[0]


def _in_comments(element: Tree) -> bool:
    """Whether `element` or a section around it is classed or named a comment's (`COMMENT_SECTION_WORDS`);
    the body's own classes describe the page ("comments-open")."""
    for node in (element, *element.iterancestors()):
        if node.tag in ("body", "html"):
            return False
        hints = f"{node.get('class', '')} {node.get('id', '')}".casefold()
        if any(word in hints for word in COMMENT_SECTION_WORDS):
            return True
    return False


def commenters_only(name: str, elements: list[Tree]) -> bool:
    """Whether every author-markup element of the page that reads `name` (case aside, as trafilatura
    title-cases) stands in comments: trafilatura's author XPaths take a recent-comments widget's
    `<span class="comment-author-link">flappy bird</span>` for the byline, while the page's own
    author sources leave comments out. `elements` are the page's `AUTHOR_MARKUP_ELEMENTS`."""
    key = " ".join(name.casefold().split())
    holders = [e for e in elements if " ".join(e.text_content().casefold().split()) == key]
    return bool(holders) and all(map(_in_comments, holders))


# The label a share card (`twitter:label1`) puts before the author's name, per language.
WRITTEN_BY_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("Written by",),
    "de": ("Verfasst von", "Geschrieben von"),
    "fr": ("Écrit par",),
    "es": ("Escrito por",),
    "it": ("Scritto da",),
    "nl": ("Geschreven door",),
    "pl": ("Napisane przez",),
    "ru": ("Автор",),
}
_WRITTEN_BY = tuple(label for labels in WRITTEN_BY_LABELS.values() for label in labels)


def written_by_label(readings: PageReadings) -> list[str]:
    """The name a share card gives after its "Written by" label: the first `twitter:data1` meta after
    each `twitter:label1` meta holding a label, among its siblings
    (`//meta[@name="twitter:label1" and contains(@content, …)]/following-sibling::meta[@name="twitter:data1"][1]`)."""
    metas = readings.elements["meta"]
    labels = (
        meta
        for meta in metas
        if meta.get("name") == "twitter:label1" and any(label in meta.get("content", "") for label in _WRITTEN_BY)
    )
    data = (next((s for s in label.itersiblings("meta") if s.get("name") == "twitter:data1"), None) for label in labels)
    chosen = set(data) - {None}
    return _meta([value for meta in metas if meta in chosen and (value := meta.get("content")) is not None])


# Ordered by agreement with hand-checked authors when the source names anyone (WCXB, both halves);
# the four last were added for #15 after every other source, where they fixed more pages than they
# broke on both halves of WCXB and on trafilatura-eval (see the commits' figures).
AUTHOR_SOURCES: tuple[AuthorSource, ...] = (
    AuthorSource(
        "jsonld_person", "schema.org `author` people, not organisations", lambda c: jsonld_people(c.page.jsonld)
    ),
    AuthorSource("meta_author", '`<meta name="author">`', lambda c: c.author_metas),
    AuthorSource("written_by_label", 'a share card\'s "Written by" label', lambda c: written_by_label(c.page)),
    AuthorSource("embedded_state", "an `author` in embedded JSON page state", lambda c: embedded_state_author(c.page)),
    AuthorSource("trafilatura", "trafilatura's metadata", lambda c: trafilatura_author(c)),
    AuthorSource("text_byline", "a 'By …' line atop the extracted text", lambda c: list(c.text_byline)),
    AuthorSource(
        "author_markup", "microdata, author links, byline classes", lambda c: authors_from_markup(c.markup_elements)
    ),
    AuthorSource(
        "page_byline", "a 'By …' element anywhere naming only people", lambda c: page_byline(c.short_elements)
    ),
    AuthorSource(
        "label_byline", "a 'Written by' label, the names in the next text or list", lambda c: label_byline(c.body_texts)
    ),
    AuthorSource(
        "article_author", "`article:author`, a profile URL resolved by its link", lambda c: article_author(c.page)
    ),
    AuthorSource(
        "dated_credit", "a person named right after the page's first date", lambda c: dated_credit(c.body_texts)
    ),
    AuthorSource(
        "author_box",
        "the first name in a box classed author or byline",
        lambda c: author_box(c.tree, c.markup_elements),
    ),
    AuthorSource("handle_byline", "a user name linked after a 'By'-word", lambda c: handle_byline(c)),
    AuthorSource("signature", "a name alone under the extracted text", signature),
    AuthorSource("copyright_holder", "a person a copyright line names", copyright_holder),
    AuthorSource("site_owner", "the person a personal site is named after", site_owner),
)


def _key(names: list[str]) -> frozenset[str]:
    return frozenset(" ".join(name.casefold().split()) for name in names)


# Soft hyphens and zero-width characters: hyphenation hints inside a word ("Mat&shy;thi&shy;as"), not letters.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


# Legal forms of a company ("Kneib Dentistry PC", "SmartEtailing Inc", "Acme GmbH", "Verein e.V."): a
# string naming one names a company, never a person. Chosen on WCXB and trafilatura-eval (both halves):
# 2 pages right on WCXB's even half (2 sites), none lost on any half.
LEGAL_FORMS: frozenset[str] = frozenset("inc llc ltd plc corp pc gmbh ag kg e.v sarl s.a s.l b.v n.v".split())


_URL = re.compile(r"\S+://\S*")


def names_company(value: str) -> bool:
    """Whether a string names a company by its legal form, written in one word or two ("e. V.")."""
    words = [word.casefold() for word in value.split()]
    pairs = [first + second for first, second in pairwise(words)]
    return any(word.strip(".,") in LEGAL_FORMS for word in words + pairs)


# What a template left unfilled ("page.head.extra.author", "{{ author }}") or an address spelt out
# against spam ("jane[at]example.org"): no name at all.
_NOT_FILLED = re.compile(r"\{\{|\}\}|\$\{|^\w+(?:\.\w+)+\.(?:author|name)s?$|\S(?:\[at\]|\(at\))\S", re.IGNORECASE)


def clean_names(raw: list[str]) -> list[str]:
    """Person names from a source's raw strings: entities decoded, invisible characters, quotes and
    URLs dropped, split; a string naming a company by its legal form, a template's placeholder or an
    address is dropped whole."""
    names: list[str] = []
    for value in raw:
        value = html.unescape(value).translate(_INVISIBLE).strip().strip("\"'“”‘’")
        if names_company(value) or _NOT_FILLED.search(value):
            continue
        if value := _URL.sub("", value).strip():  # a profile URL in an author field ("Jo Roe - http://roe.de")
            names.extend(split_names(value))
    return list(dict.fromkeys(names))


_SITE_NAME = MarkupField("meta", ("property", "name"), frozenset({"og:site_name"}), "content")


def site_name(readings: PageReadings) -> str | None:
    """The site's own name (`og:site_name`), which some CMSs put in every author field."""
    return next(iter(_meta(_SITE_NAME(readings))), None)


def host_keys(url: str | None) -> frozenset[str]:
    """The letters of the page's host with and without its last label ("finanztreff.de" gives
    "finanztreffde" and "finanztreff"): a site signs with its domain as with its name (a person's
    name is a person's even on the site named after them, "ashvardanian.com")."""
    host = domain_of(url) or ""
    return frozenset(_letters([part])[0] for part in (host, host.rpartition(".")[0]) if part)


# Sources that guess from weak clues (a name under the text, a copyright line), asked only when no
# source named anyone, the site itself included: a site's own signature beats them.
LAST_RESORT_SOURCES = ("signature", "copyright_holder", "site_owner")


def find_authors(clues: Clues) -> list[str]:
    """The first source's names; a source naming only the site itself gives way to a later one that
    names people, a guessing source to the page's visible byline (`visible_over_guess`), a desk's
    signature to a writer's (`writer_over_desk`) and a writer to the byline naming their co-authors too
    (`with_coauthors`)."""
    site, hosts = clues.site_key, host_keys(clues.url)
    fallback: list[str] = []
    for source in AUTHOR_SOURCES:
        names = clues.names(source)
        if not names or (fallback and source.name in LAST_RESORT_SOURCES):
            continue
        if source.name == "trafilatura":
            names = with_initials(as_written(names, clues.tree), clues.body_texts)
        is_site = _key(names) == site or (
            len(names) == 1 and _letters(names)[0] in hosts and not looks_like_person(names[0])
        )
        if not is_site and (not fallback or all(map(looks_like_person, names))):
            names = writer_over_desk(visible_over_guess(source.name, names, clues), clues)
            return in_full(trimmed(spelt_out(with_coauthors(source.name, names, clues), clues), clues), clues)
        fallback = fallback or names
    return fallback


# Sources that guess from fields a CMS fills (meta tags, share cards, trafilatura's reading of them),
# often with an editor or an account, and JSON-LD's `author`, which a CMS fills with the account too.
GUESSING_SOURCES = ("jsonld_person", "meta_author", "written_by_label", "embedded_state", "trafilatura")
# Sources reading the byline the page shows, cheapest first.
VISIBLE_BYLINES: tuple[AuthorSource, ...] = tuple(
    next(source for source in AUTHOR_SOURCES if source.name == name)
    for name in ("label_byline", "author_box", "author_markup", "page_byline")
)


def _written(names: list[str], texts: list) -> bool:
    """Whether the page's shown text (`shown_text`) writes every one of `names`: a name only in a script's
    JSON or a theme's hidden vcard is the CMS's, not a byline readers see."""
    return all(any(name in text and shown_text(text) for text in texts) for name in names)


def visible_over_guess(source: str, names: list[str], clues: Clues) -> list[str]:
    """`names`, unless a guessing source gave them, no visible byline names them and two or more
    agree on other people: readers see the byline. A declared list of co-authors (JSON-LD, metas) is
    kept when a byline shows only some of them; trafilatura's lists are often page furniture. JSON-LD
    is asked only when the page's text does not write its people (an account, "KatieS"), and the
    bylines are read, cheapest first, until one names the guess or too few are left to agree: JSON-LD
    wins on most pages, and reading every byline there cost the author step 9% more CPU. Measured on
    WCXB and trafilatura-eval, both halves (#15): 9 pages right, 1 wrong."""
    if source not in GUESSING_SOURCES or (source == "jsonld_person" and _written(names, clues.body_texts)):
        return names
    guess, declared = _key(names), source != "trafilatura"
    votes: Counter[frozenset[str]] = Counter()
    shown: dict[frozenset[str], list[str]] = {}
    for index, byline in enumerate(VISIBLE_BYLINES):
        if max(votes.values(), default=0) + len(VISIBLE_BYLINES) - index < 2:
            break
        if not (visible := clues.names(byline)):
            continue
        if (key := _key(visible)) == guess or (declared and key <= guess):
            return names
        votes[key] += 1
        shown.setdefault(key, visible)
    best, count = next(iter(votes.most_common(1)), (frozenset(), 0))
    if count >= 2 and all(map(looks_like_person, shown[best])):
        return shown[best]
    return shown_over_unwritten(source, names, clues)


# The visible bylines that set the names apart as the writer's: a by-word or a label before them ("By: Paul
# Fenaroli", "Auteur" over the name), the one read anywhere on the page first, then an author card's name
# (`author_box`: "Denise Everheart" beside her picture, where the metas declare the account "andrew.keaveney").
SHOWN_BYLINES: tuple[AuthorSource, ...] = tuple(
    next(source for source in AUTHOR_SOURCES if source.name == name)
    for name in ("page_byline", "label_byline", "author_box")
)


def shown_over_unwritten(source: str, names: list[str], clues: Clues) -> list[str]:
    """`names`, unless a declared source (JSON-LD, metas, a share card, page state) gave them, the page's
    text never writes them and a shown byline (`SHOWN_BYLINES`) names other people, not the site: a CMS
    declares the account that posted ("Luke Daigle", only in the metas, where the page shows "By: Paul
    Fenaroli"), and a card may write the declared name shorter (`_part_of`). trafilatura's guesses stay
    (one-word handles the golds keep). Measured on WCXB and trafilatura-eval, both halves (#15): 3 pages
    right, none lost."""
    if source == "trafilatura" or _written(names, clues.body_texts):
        return names
    for byline in SHOWN_BYLINES:
        shown = clues.names(byline)
        if (
            shown
            and _key(shown) != clues.site_key
            and all(map(looks_like_person, shown))
            and not _part_of(shown, names)
        ):
            return shown
    return names


_MAX_WRITERS = 4  # a byline's co-authors; more are a masthead's list of the staff


def writer_over_desk(names: list[str], clues: Clues) -> list[str]:
    """`names`, unless each is a desk's, a team's or a brand's ("Team Tiger Data", "Online News Editor":
    `holds_brand_word`) and a shown byline (`SHOWN_BYLINES`) names a few writers
    (`signs_as_writer`): "By Team Tiger Data" atop a guest post signed "Written by Paulinho Giovannini"
    under it, an editor's account over the article's "By Cristina Alonso". A longer list is the
    masthead's ("Autorzy: Łukasz Adamski, Piotr Cywiński, …" in the footer)."""
    if not names or not all(map(holds_brand_word, names)):
        return names
    for byline in SHOWN_BYLINES:
        shown = clues.names(byline)
        if len(shown) <= _MAX_WRITERS and signs_as_writer(shown):
            return shown
    return names


_COAUTHOR_LEVELS = 3  # how far out of the element writing a name its byline's other names are looked for
_COAUTHOR_TEXTS = 3  # how many of the page's texts writing the name are looked around


def with_coauthors(source: str, names: list[str], clues: Clues) -> list[str]:
    """`names`, or the longer list of a few people (`signs_as_writer`, at most `_MAX_WRITERS`) that the
    byline writing them shows, when a source a CMS fills (`GUESSING_SOURCES`) gave them and the byline
    holds every one of them: a CMS declares the first writer alone ("Rudolf Fischer" in JSON-LD, "von
    Rudolf Fischer, Simon Kohler" under the headline), an author link stands for one of a byline's
    co-authors ("<a>Rui Ma</a>, <a>Heba Ledwon</a> & …"). The byline is a short element
    (`_MAX_BYLINE_CHARS`) around a text of the page writing the first name, a few levels out, outside
    comments; the first byline writing the names alone ends the search (a teaser's lower down names
    another writer with them). The body's texts are those `visible_over_guess` read already: no walk of
    the page of its own."""
    if source not in GUESSING_SOURCES or len(names) >= _MAX_WRITERS or not all(map(looks_like_person, names)):
        return names
    want = _key(names)
    holding = (text for text in clues.body_texts if names[0] in text)
    for text in itertools.islice(holding, _COAUTHOR_TEXTS):
        element = text.getparent()
        if text.is_tail:
            element = element.getparent()
        bylined, line = False, ""
        for _ in range(_COAUTHOR_LEVELS):
            if element is None or element.tag in ("body", "html") or (wider := _short_line(element)) is None:
                break
            if wider == line:  # a wrapper of the same text ("<p><a>…</a></p>"): read already
                element = element.getparent()
                continue
            line = wider
            shown = parse_byline(byline_text(line)) or _linked_names(element, line, len(names))
            if want < _key(shown):
                return shown if _more_writers(shown, element, clues) else names
            bylined = bylined or want == _key(shown)
            element = element.getparent()
        if bylined:
            break
    return names


def _short_line(element: Tree) -> str | None:
    """An element's text, its runs of white space one space each, when a byline's length at most
    (`_MAX_BYLINE_CHARS`); None for a longer one, read only that far (an article's body holds the name too)."""
    pieces, length = [], 0
    for piece in element.itertext():
        length += len(piece.strip()) + 1
        if length > _MAX_BYLINE_CHARS:
            return None
        pieces.append(piece)
    return " ".join("".join(pieces).split())


def _more_writers(shown: list[str], element: Tree, clues: Clues) -> bool:
    """Whether a byline's names are a few writers' (`signs_as_writer`), none the site's own ("by Emily Baron
    Cadloff, Modern Farmer" on modernfarmer.com), outside comments."""
    hosts = host_keys(clues.url)
    return (
        len(shown) <= _MAX_WRITERS
        and signs_as_writer(shown)
        and all(map(looks_like_person, shown))
        and not any(_key([name]) <= clues.site_key or _letters([name])[0] in hosts for name in shown)
        and not in_foreign_section(element, COMMENT_SECTION_WORDS)
    )


def _linked_names(element: Tree, line: str, fewer: int) -> list[str]:
    """The names of a line with no by-word when each is the text of a link to an author's page in
    `element` ("<a href="/author/ruima/">Rui Ma</a>, <a href="/author/heba/">Heba Ledwon</a>"), more
    than `fewer` of them; else none."""
    links = [a for a in element.iter("a") if a.get("rel") == "author" or "/author" in a.get("href", "")]
    names = split_names(line) if len(links) > fewer else []
    return names if _key(names) <= _key([_spaced(a) for a in links]) else []


def _part_of(shown: list[str], declared: list[str]) -> bool:
    """Whether a shown name is a declared one or part of it: the same person, the card writing the name
    shorter ("Felipe Morales" for "Felipe Morales Sierra")."""
    return any(part in whole for part in _key(shown) for whole in _key(declared))


# Sources that keep a name as the page writes it (trafilatura's rewrites "edilson.la.rosa" as "Edilson La Rosa").
_VERBATIM_SOURCES = tuple(source for source in AUTHOR_SOURCES if source.name != "trafilatura")


def _letters(names: list[str]) -> list[str]:
    return sorted(re.sub(r"[\W_]", "", name.casefold()) for name in names)


def spelt_out(names: list[str], clues: Clues) -> list[str]:
    """`names`, unless they are user names (one lower-case word: "edilson.la.rosa",
    "arianschlichenmayer") that another source spells out as a person's name with the same letters
    ("Edilson La Rosa"): a CMS fills its fields with the account, the page prints the name."""
    if any(" " in name or name != name.casefold() for name in names):
        return names
    for source in _VERBATIM_SOURCES:
        spelt = clues.names(source)
        if spelt and _letters(spelt) == _letters(names) and all(map(looks_like_person, spelt)):
            return spelt
    return names


def trimmed(names: list[str], clues: Clues) -> list[str]:
    """`names`, unless they are one name of three words or more that a visible byline writes without
    a title before it or two words or more after it ("Netzphilosophin Leena Simon" where the author
    box says "Leena Simon", "Meghan Neville Content Marketing"): a role or a desk run into the name.
    One word after it may be a second surname ("Felipe Morales Sierra")."""
    if len(names) != 1 or len(words := names[0].split()) < 3:
        return names
    for byline in VISIBLE_BYLINES:
        shown = clues.names(byline)
        if len(shown) != 1 or not 2 <= len(run := shown[0].split()) < len(words):
            continue
        if words[-len(run) :] == run or (words[: len(run)] == run and len(words) - len(run) >= 2):
            return shown
    return names


# The bylines that may write a given name in full: the extracted text's, read already, then the shown ones.
_FULL_NAME_BYLINES: tuple[AuthorSource, ...] = (
    next(source for source in AUTHOR_SOURCES if source.name == "text_byline"),
    *SHOWN_BYLINES,
)


# A word of a name written in full: letters, hyphens and apostrophes inside ("Jean-Marie", "O'Mahony"), never a
# label's colon ("Andrea Kategorien: Allgemein": the post's categories run into the byline).
_WORD_OF_NAME = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def in_full(names: list[str], clues: Clues) -> list[str]:
    """`names`, unless they are one given name alone ("Nils": a blog's account, its author card) that a
    byline the page shows (`_FULL_NAME_BYLINES`) writes in full, the same first word then the surname
    ("Eine Kolumne von Nils Pickert"), each word a name's (`_WORD_OF_NAME`) and no function word among them
    ("Henry In Aktuell": a category run into the byline)."""
    if len(names) != 1 or not _given_name(names[0]):
        return names
    for byline in _FULL_NAME_BYLINES:
        shown = clues.names(byline)
        if (
            len(shown) == 1
            and shown[0].split()[0] == names[0]
            and looks_like_person(shown[0])
            and all(map(_WORD_OF_NAME.fullmatch, shown[0].split()))
            and not _FUNCTION_WORDS.intersection(shown[0].casefold().split())
        ):
            return shown
    return names


# Where a page writes the account or site names trafilatura rewrites: links (their text in nested
# elements too, "<a><b>Bo2man</b></a>"), its title, its metas (the whole page's text costs six times as
# much for no more pages right). The `descendant::` axis selects what `//` does, in a fifth less time.
_NAMING_TEXTS = etree.XPath(
    "/descendant::a/descendant::text() | /descendant::title/text() | /descendant::meta/@content"
)


# A one-letter word inside a name: an initial whose dot trafilatura drops ("Justin C Meserole").
_BARE_INITIAL = re.compile(r"(?<!\S)[^\W\d_]\s")


def with_initials(names: list[str], texts: list) -> list[str]:
    """trafilatura's names, each with the dots after its initials where the page's text writes the name
    only so: it reads "Reviewed by Justin C. Meserole" as "Justin C Meserole". A name the text also
    writes without the dots ("Science X Daily") stays; a last initial's dot is dropped as `split_names`
    drops it."""
    written = []
    for name in names:
        if _BARE_INITIAL.search(name) and not any(name in text for text in texts):
            words = name.split()
            dotted = "".join(
                re.escape(word) + (r"\.\s*" if len(word) == 1 else r"\s+") for word in words[:-1]
            ) + re.escape(words[-1])
            found = next((m[0] for text in texts if (m := re.search(rf"(?<!\w){dotted}(?!\w)", text))), None)
            name = " ".join(found.split()) if found else name
        written.append(name)
    return written


def as_written(names: list[str], tree: Tree) -> list[str]:
    """trafilatura's names, each as the page writes it when trafilatura's form is in none of the
    page's naming texts and the same words joined by dots or underscores are, or the same word with
    the digits it dropped: it rewrites "wien.ORF.at" as "Wien Orf At", "ThE_PaiN" as "ThE PaiN",
    "freeman1984" as "Freeman" and "Bo2man" as "Bo". A one-word form counts as written only in its own
    case: "BO" of a link "BO Clips" is another word than the "Bo" cut from "Bo2man"."""
    page = "\n".join(_NAMING_TEXTS(tree))
    written = []
    for name in names:
        if " " in name:
            joined = r"[._]".join(map(re.escape, name.split()))
            found = None if name in page else re.search(rf"(?<![\w.]){joined}(?!\w)", page, re.I)
        else:
            word = re.escape(name)
            found = None if re.search(rf"(?<!\w){word}(?!\w)", page) else re.search(rf"(?<!\w){word}\d\w*", page, re.I)
        written.append(found[0] if found else name)
    return written
