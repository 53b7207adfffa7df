"""Cleaning an HTML page: trafilatura finds the main content and metadata, then the same named line
rules as text pages run over the extracted lines, so a newsletter prompt or a "Page not found" block
inside the extracted body is still removed and audited.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import cast

import trafilatura
from lxml import html as lxml_html
from trafilatura.metadata import examine_meta, extract_meta_json, extract_title
from trafilatura.settings import Document

from cleaners.authors import Clues, find_authors
from cleaners.language import identify_language
from cleaners.published import PageDates, publication_date
from cleaners.text_page import CleanedText, assemble, repair_mojibake, split_lines, tag_lines

URL_FROM_CANONICAL = "canonical"
URL_FROM_OG = "og:url"


def parse_html(markup: str) -> lxml_html.HtmlElement | None:
    """The page as an lxml tree; None when there is no document in it."""
    return trafilatura.load_html(markup)


def page_url(tree: lxml_html.HtmlElement) -> tuple[str | None, str | None]:
    """The page's own URL and where it was found: `<link rel=canonical>`, then `og:url`."""
    for xpath, source in (
        ('//link[@rel="canonical"]/@href', URL_FROM_CANONICAL),
        ('//meta[@property="og:url" or @name="og:url"]/@content', URL_FROM_OG),
    ):
        for value in tree.xpath(xpath):
            value = value.strip()
            if value.lower().startswith(("http://", "https://")):
                return value, source
    return None, None


def page_language(tree: lxml_html.HtmlElement) -> str | None:
    """The primary language subtag of `<html lang>` ("en-US" -> "en")."""
    lang = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    primary = lang.split("-")[0].split("_")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


@dataclass(frozen=True)
class MarkupMetadata:
    title: str | None
    author: str | None  # from the page's meta tags and JSON-LD, as trafilatura reads them


def markup_metadata(tree: lxml_html.HtmlElement) -> MarkupMetadata:
    """Title and author as trafilatura's `extract_metadata` reads them, without what this
    project never uses (categories, tags, licence, site name) and without its author search over the
    page body, which copies the whole tree: `authors.py` asks for that only when every cheaper
    source named no one. Together that was a fifth of an HTML page's cost."""
    document = examine_meta(tree)
    if document.author and " " not in document.author:  # trafilatura's rule: one word is not a name
        document.author = None
    with contextlib.suppress(Exception):  # trafilatura guards its JSON-LD reader the same way
        document = extract_meta_json(tree, document)
    document.title = document.title or extract_title(tree)
    document.clean_and_trim()
    return MarkupMetadata(document.title, document.author)


# Elements whose text trafilatura may run into the text before them when it drops a `<nav>` or an
# `<aside>` between them (the block tags it keeps, such as `<p>`, `<li>` and headings, stay apart).
_BLOCK_TAGS = ("header", "footer", "aside", "nav", "section", "blockquote")


def _keep_blocks_apart(tree: lxml_html.HtmlElement) -> None:
    """A space around each block's text: when trafilatura drops a `<nav>` between two `<header>`s and
    merges them, their words would otherwise be glued ("main contentA long")."""
    for element in tree.iter(*_BLOCK_TAGS):
        if len(element):
            element[-1].tail = f"{element[-1].tail or ''} "
        else:
            element.text = f"{element.text or ''} "
        if not element.text or not element.text[:1].isspace():
            element.text = f" {element.text or ''}"


def clean_html(markup: str, url: str | None = None) -> tuple[CleanedText, str | None]:
    """Clean an HTML page; returns the cleaned page and, when `url` was not given, where it came from."""
    tree = parse_html(markup)
    if tree is None:
        return CleanedText(None, [], None, url, [], []), None
    url_source = None
    if url is None:
        url, url_source = page_url(tree)
    metadata = markup_metadata(tree)
    _keep_blocks_apart(tree)
    # Without the deprecated `as_dict` it returns a Document; its annotation also names the dict.
    document = cast(
        "Document | None",
        trafilatura.bare_extraction(tree, url=url, with_metadata=False, include_comments=False, include_tables=True),
    )
    if document is None:
        return CleanedText(None, [], None, url, [], []), url_source
    text = repair_mojibake(document.text or "")
    # the language of the article's own words; the page's `<html lang>` when they say too little
    language = identify_language(text) or page_language(tree)
    tagged = tag_lines(
        split_lines(text, is_markdown=False), known_title=metadata.title, whole_page=False, language=language
    )
    # trafilatura works on a copy of the tree, so the author markup is still there to read
    tagged.authors = find_authors(Clues(tree, metadata.author, tuple(tagged.authors)))
    tagged.url = url
    tagged.published = publication_date(PageDates(tree, url, [language] if language else None, tagged.published))
    return assemble(tagged), url_source
