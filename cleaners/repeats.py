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
from collections.abc import Iterable

REPEAT_MIN_PAGES = 3
REPEAT_MIN_SHARE = 0.5
FINGERPRINT_LINES = 3  # copies of an article share their longest lines

# domain -> keys of the lines repeated on that domain's pages
RepeatedLines = dict[str, frozenset[str]]


def line_key(plain: str) -> str:
    """A short digest of a line's text, case and spacing folded."""
    return hashlib.blake2b(" ".join(plain.casefold().split()).encode("utf-8"), digest_size=8).hexdigest()


def page_lines(text: str) -> list[str]:
    """The lines a page is counted by: its raw lines, stripped, blank ones left out."""
    return [stripped for line in text.splitlines() if (stripped := line.strip())]


def article_fingerprint(lines: list[str]) -> frozenset[str]:
    longest = sorted(lines, key=lambda line: (-len(line), line))[:FINGERPRINT_LINES]
    return frozenset(line_key(line) for line in longest)


def learn_repeated_lines(pages: Iterable[tuple[str | None, list[str]]]) -> RepeatedLines:
    """From (domain, `page_lines`) of every page, the lines each domain repeats; pages without a
    domain teach nothing, and a copy of an article already counted teaches nothing new."""
    page_counts: Counter[str] = Counter()
    line_counts: dict[str, Counter[str]] = defaultdict(Counter)
    articles_seen: set[tuple[str, frozenset[str]]] = set()
    for domain, lines in pages:
        if not domain or (article := (domain, article_fingerprint(lines))) in articles_seen:
            continue
        articles_seen.add(article)
        page_counts[domain] += 1
        line_counts[domain].update({line_key(line) for line in lines})
    repeated = {}
    for domain, counts in line_counts.items():
        floor = max(REPEAT_MIN_PAGES, REPEAT_MIN_SHARE * page_counts[domain])
        keys = frozenset(key for key, pages_with_line in counts.items() if pages_with_line >= floor)
        if keys:
            repeated[domain] = keys
    return repeated
