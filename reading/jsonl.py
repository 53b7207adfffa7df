"""The reader of crawler JSONL files: one page per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from types import MappingProxyType

from reading.decoding import sha256_bytes
from reading.pages import URL_FROM_JSONL, RawPage, parse_fetched_at
from reading.rejects import Rejected

# Field names accepted in a JSONL line, first present wins.
JSONL_FIELDS = MappingProxyType(
    {
        "url": ("url", "URL", "link", "target_uri", "warc_target_uri"),
        "html": ("html", "raw_html", "content_html", "body_html"),
        "text": ("text", "markdown", "content", "body"),
        "fetched_at": ("fetched_at", "fetch_time", "crawled_at", "timestamp"),
    }
)
_USED_FIELDS = frozenset(name for names in JSONL_FIELDS.values() for name in names)


def _first(record: dict[str, object], role: str) -> object:
    return next((record[name] for name in JSONL_FIELDS[role] if record.get(name) not in (None, "")), None)


def jsonl_pages(source_file: str, data: bytes) -> Iterator[RawPage | Rejected]:
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        source_path = f"{source_file}#{number}"
        digest = sha256_bytes(line)
        try:
            record = json.loads(line)
        except ValueError as error:
            yield Rejected("bad_json", f"{source_path}: not a JSON object ({error})", digest, source_path)
            continue
        if not isinstance(record, dict):
            yield Rejected(
                "bad_json", f"{source_path}: a JSON {type(record).__name__}, not an object", digest, source_path
            )
            continue
        html, text = _first(record, "html"), _first(record, "text")
        content = html if html is not None else text
        if not isinstance(content, str) or not content.strip():
            fields = ", ".join(JSONL_FIELDS["html"] + JSONL_FIELDS["text"])
            yield Rejected("no_content", f"{source_path}: no page content in any of {fields}", digest, source_path)
            continue
        url = _first(record, "url")
        yield RawPage(
            source_path=source_path,
            raw_sha256=digest,
            content=content,
            format="html" if html is not None else "text",
            url=str(url) if url else None,
            url_source=URL_FROM_JSONL if url else None,
            fetched_at=parse_fetched_at(_first(record, "fetched_at")),
            extra={key: value for key, value in record.items() if key not in _USED_FIELDS},
        )
