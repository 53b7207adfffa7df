"""The entry point of pure cleaning: one page's text, HTML or a dump, to a `CleanedText`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cleaners.html_page import clean_html
from cleaners.sites import Sites
from cleaners.text_page import CleanedText, clean_text

URL_FROM_SOURCE_LINE = "source_line"


@dataclass(frozen=True)
class PageFacts:
    """What the input says of a page besides its content: its URL and how that was known (e.g. a
    JSONL field), and when it was fetched (relative datelines count from it)."""

    url: str | None = None
    url_source: str | None = None
    fetched_at: dt.datetime | None = None


def clean_page(
    content: str, page_format: str, facts: PageFacts = PageFacts(), sites: Sites | None = None
) -> tuple[CleanedText, str | None]:
    """Clean one page (`page_format` "html" or "text") with what the run learned of `sites`; returns
    it with the way its URL was found: `facts.url_source` when the input gave the URL, else where
    the cleaners found one (None if nowhere)."""
    if page_format == "html":
        cleaned, found_by = clean_html(content, facts.url)
    else:
        cleaned, found_by = clean_text(content, sites, facts.url, facts.fetched_at), URL_FROM_SOURCE_LINE
    if facts.url:  # both cleaners keep a URL the input gave
        return cleaned, facts.url_source
    return cleaned, found_by if cleaned.url else None
