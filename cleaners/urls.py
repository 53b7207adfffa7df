"""URL helpers shared by the readers and the cleaners."""

from __future__ import annotations

from urllib.parse import urlsplit


def domain_of(url: str | None) -> str | None:
    """Host of a URL, lower-case, without `www.`; None when there is none."""
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    return host.removeprefix("www.") or None
