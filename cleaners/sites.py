"""What a run learns of each site from all its text pages before it cleans any.

A page alone cannot tell which of its lines are its site's boilerplate, nor whether its "02/11/2015"
is the 2nd of November or February the 11th; the site's other pages can. The plan surveys the
corpus once (`PageDigest`s, `cleaners.repeats`) and every page is then cleaned with what was learned
of its domain.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from cleaners.dates import DateOrderVotes
from cleaners.repeats import PageDigest, RepeatedLines, count_repeated_lines, digest_page, first_copies


@dataclass(frozen=True)
class Sites:
    """Per domain: the lines it repeats on its pages, and whether it writes numeric dates day first."""

    repeated: RepeatedLines = field(default_factory=dict)
    day_first: Mapping[str, bool] = field(default_factory=dict)  # only domains whose dates told


def sites_of(digests: Iterable[PageDigest]) -> Sites:
    """What one digest per article teaches (copies of an article count once)."""
    articles = list(first_copies(digests))
    votes: dict[str, DateOrderVotes] = defaultdict(DateOrderVotes)
    for article in articles:
        votes[article.domain] += article.date_order
    day_first = {domain: verdict for domain, said in votes.items() if (verdict := said.verdict) is not None}
    return Sites(count_repeated_lines(articles), day_first)


def learn_sites(pages: Iterable[tuple[str | None, list[str]]]) -> Sites:
    """From (domain, `page_lines`) of every page; pages without a domain teach nothing."""
    return sites_of(digest for domain, lines in pages if (digest := digest_page(domain, lines)))
