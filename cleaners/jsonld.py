"""schema.org JSON-LD and other JSON a page embeds in `<script>`: parsed leniently, walked outer first."""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator


def json_documents(payloads: Iterable[str]) -> Iterator[object]:
    """Every script payload that parses as JSON; broken ones are skipped."""
    for payload in payloads:
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


def jsonld_objects(payloads: Iterable[str]) -> list[dict]:
    """Every object of the page's JSON-LD blocks (their scripts' texts), in page order, outer before inner."""
    return [obj for document in json_documents(payloads) for obj in json_objects(document)]


def types_of(obj: dict) -> list[str]:
    """An object's `@type` as a list of strings (schema.org allows one or many)."""
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return [kind for kind in kinds if isinstance(kind, str)]
