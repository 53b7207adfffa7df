"""The entry point of pure cleaning: one page's text, HTML or a dump, to a `CleanedText`."""

from __future__ import annotations

from cleaners.html_page import clean_html
from cleaners.repeats import RepeatedLines
from cleaners.text_page import CleanedText, clean_text

URL_FROM_SOURCE_LINE = "source_line"


def clean_page(
    content: str,
    page_format: str,
    url: str | None = None,
    url_source: str | None = None,
    repeated: RepeatedLines | None = None,
) -> tuple[CleanedText, str | None]:
    """Clean one page (`page_format` "html" or "text"); returns it with the way its URL was found:
    `url_source` when the input gave `url`, else where the cleaners found one (None if nowhere)."""
    if page_format == "html":
        cleaned, found_by = clean_html(content, url)
    else:
        cleaned, found_by = clean_text(content, repeated, url), URL_FROM_SOURCE_LINE
    if url:  # both cleaners keep a URL the input gave
        return cleaned, url_source
    return cleaned, found_by if cleaned.url else None
