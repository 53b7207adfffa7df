"""URL helpers shared by the readers and the cleaners."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit


def domain_of(url: str | None) -> str | None:
    """Host of a URL, lower-case, without `www.`; None when there is none."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    return host.removeprefix("www.") or None


SLUG_SEPARATORS = re.compile(r"[\W_]+")  # what splits a slug into words, and a title the same way


def slug_words(url: str | None) -> frozenset[str]:
    """The words of a URL's last path segment, case-folded, without numbers: its slug
    ("/2024/03/best-laptops-of-the-year/" -> best, laptops, of, the, year); an ID gives none."""
    if not url:
        return frozenset()
    try:
        path = unquote(urlsplit(url).path)
    except ValueError:
        return frozenset()
    segment = next((part for part in reversed(path.split("/")) if part), "")
    segment = segment.rsplit(".", 1)[0] if segment.endswith((".html", ".htm", ".php", ".aspx")) else segment
    return frozenset(word for word in SLUG_SEPARATORS.split(segment.casefold()) if word and not word.isdigit())
