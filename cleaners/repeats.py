"""Lines a site repeats on many of its pages, learned from the corpus being cleaned.

A site's menus, footers and promos come back on page after page, in words no rule table can list.
Counting, per domain, on how many pages each line appears finds them: a line on at least
`REPEAT_MIN_PAGES` pages and at least `REPEAT_MIN_SHARE` of the domain's pages is boilerplate there,
and is removed under the rule `repeated_on_domain`. Only lines are counted, never their positions.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable

REPEAT_MIN_PAGES = 3
REPEAT_MIN_SHARE = 0.5

# domain -> keys of the lines repeated on that domain's pages
RepeatedLines = dict[str, frozenset[str]]


def line_key(plain: str) -> str:
    """A short digest of a line's text, case and spacing folded."""
    return hashlib.blake2b(" ".join(plain.casefold().split()).encode("utf-8"), digest_size=8).hexdigest()


def learn_repeated_lines(pages: Iterable[tuple[str | None, Iterable[str]]]) -> RepeatedLines:
    """From (domain, plain lines) of every page, the lines each domain repeats; pages without a domain
    teach nothing."""
    page_counts: Counter[str] = Counter()
    line_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for domain, lines in pages:
        if not domain:
            continue
        page_counts[domain] += 1
        line_counts[domain].update({line_key(line) for line in lines})
    repeated = {}
    for domain, counts in line_counts.items():
        floor = max(REPEAT_MIN_PAGES, REPEAT_MIN_SHARE * page_counts[domain])
        keys = frozenset(key for key, pages_with_line in counts.items() if pages_with_line >= floor)
        if keys:
            repeated[domain] = keys
    return repeated
