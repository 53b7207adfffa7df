"""The guards of a run against hostile input: one value each, passed to every read and every batch."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 2**20


@dataclass(frozen=True)
class Limits:
    """Guards against hostile input; each is a setting with a sane default."""

    max_page_bytes: int = 16 * MIB
    max_decompressed_bytes: int = 64 * MIB
    page_timeout_s: float = 60.0  # longest a page may keep its cleaning process busy
    worker_memory_bytes: int = 4 * 1024 * MIB  # address-space ceiling of a cleaning process


DEFAULT_LIMITS = Limits()

# Not a read guard but a run's threshold, kept here so the command line knows it without importing the
# cleaners: fewer words of article text than this and a page is a `too_short` reject (a menu, a stub or
# a placeholder, "News" over "Sport", not an article). The shortest news briefs run to a few dozen words.
DEFAULT_MIN_ARTICLE_WORDS = 15
