"""schema.org JSON-LD and other JSON a page embeds in `<script>`: parsed leniently, walked outer first."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator

from lxml import etree
from lxml import html as lxml_html

JSONLD_XPATH = etree.XPath('//script[contains(@type, "ld+json")]/text()', smart_strings=False)


def json_documents(tree: lxml_html.HtmlElement, xpath: etree.XPath) -> Iterator[object]:
    """Every script payload the XPath finds that parses as JSON; broken ones are skipped."""
    for payload in xpath(tree):
        try:
            yield json.loads(payload, strict=False)
        except ValueError:
            continue


def json_objects(node: object) -> Iterator[dict]:
    """Every JSON object in a document, outer before inner (`@graph` and nested items included)."""
    queue = deque([node])
    while queue:
        current = queue.popleft()
        if isinstance(current, list):
            queue.extend(current)
        elif isinstance(current, dict):
            yield current
            queue.extend(value for key, value in current.items() if isinstance(value, (dict, list)))


def jsonld_objects(tree: lxml_html.HtmlElement) -> list[dict]:
    """Every object of the page's JSON-LD blocks, in page order, outer before inner."""
    return [obj for document in json_documents(tree, JSONLD_XPATH) for obj in json_objects(document)]


def types_of(obj: dict) -> list[str]:
    """An object's `@type` as a list of strings (schema.org allows one or many)."""
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return [kind for kind in kinds if isinstance(kind, str)]
