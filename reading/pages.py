"""What a reader gives for each page of a raw file: the page's text and what the input said about it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

URL_FROM_SIDECAR = "sidecar"
URL_FROM_JSONL = "jsonl"
URL_FROM_WARC = "warc"


@dataclass(frozen=True)
class RawPage:
    source_path: str  # relative to the raw root, with forward slashes; `file#record` inside a container
    raw_sha256: str
    content: str
    format: str  # "html" or "text"
    url: str | None = None
    url_source: str | None = None  # one of the URL_FROM_* names, when the input gave the URL
    fetched_at: dt.datetime | None = None
    extra: dict[str, object] = field(default_factory=dict)


def parse_fetched_at(value: object) -> dt.datetime | None:
    """An ISO 8601 string or a Unix time in seconds, as UTC; a time without a zone is taken as UTC."""
    if value in (None, ""):
        return None
    try:
        if isinstance(value, (int, float)):
            return dt.datetime.fromtimestamp(value, dt.UTC)
        parsed = dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        return None
    return parsed.astimezone(dt.UTC) if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
