"""Lines a site repeats on many of its pages, learned from the corpus being cleaned.

A site's menus, footers and promos come back on page after page, in words no rule table can list.
Counting, per domain, on how many pages each line appears finds them: a line on at least
`REPEAT_MIN_PAGES` pages and at least `REPEAT_MIN_SHARE` of the domain's pages is boilerplate there,
and is removed under the rule `repeated_on_domain`. Only lines are counted, never their positions.

Lines are counted as they stand in the raw text (stripped), so learning needs no cleaning: a run
learns from thousands of pages in seconds. Copies of one article (re-crawls, reprints, versions)
count once, or an article crawled often would look like its site's boilerplate.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from cleaners.dates import DateOrderVotes, date_order_votes
from cleaners.rules import REPEATED_ON_DOMAIN

REPEAT_MIN_PAGES = int(REPEATED_ON_DOMAIN.threshold("min_pages"))
REPEAT_MIN_SHARE = REPEATED_ON_DOMAIN.threshold("min_share")
FINGERPRINT_LINES = int(
    REPEATED_ON_DOMAIN.threshold("fingerprint_lines")
)  # copies of an article share their longest lines

# domain -> keys of the lines repeated on that domain's pages
RepeatedLines = dict[str, frozenset[str]]


def line_key(plain: str) -> str:
    """A short digest of a line's text, case and spacing folded."""
    return hashlib.blake2b(" ".join(plain.casefold().split()).encode("utf-8"), digest_size=8).hexdigest()


def page_lines(text: str) -> list[str]:
    """The lines a page is counted by: its raw lines, stripped, blank ones left out."""
    return [stripped for line in text.splitlines() if (stripped := line.strip())]


@dataclass(frozen=True)
class PageDigest:
    """What learning needs of one page, small enough to send between processes."""

    domain: str
    fingerprint: frozenset[str]  # keys of its longest lines: copies of one article share them
    keys: frozenset[str]  # keys of all its lines
    date_order: DateOrderVotes  # how its numeric dates are written (`cleaners.sites`)


def digest_page(domain: str | None, lines: list[str]) -> PageDigest | None:
    """The page's digest; None for a page without a domain, which teaches nothing."""
    if not domain:
        return None
    longest = sorted(lines, key=lambda line: (-len(line), line))[:FINGERPRINT_LINES]
    return PageDigest(
        domain, frozenset(map(line_key, longest)), frozenset(map(line_key, lines)), date_order_votes(lines)
    )


def first_copies(digests: Iterable[PageDigest]) -> Iterator[PageDigest]:
    """Each article once: the first digest of each (domain, fingerprint), in order."""
    seen: set[tuple[str, frozenset[str]]] = set()
    for digest in digests:
        if (article := (digest.domain, digest.fingerprint)) not in seen:
            seen.add(article)
            yield digest


def count_repeated_lines(articles: Iterable[PageDigest]) -> RepeatedLines:
    """The lines each domain repeats, from one digest per article."""
    page_counts: Counter[str] = Counter()
    line_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        page_counts[article.domain] += 1
        line_counts[article.domain].update(article.keys)
    repeated = {}
    for domain, counts in line_counts.items():
        floor = max(REPEAT_MIN_PAGES, REPEAT_MIN_SHARE * page_counts[domain])
        keys = frozenset(key for key, pages_with_line in counts.items() if pages_with_line >= floor)
        if keys:
            repeated[domain] = keys
    return repeated
