"""Every dated bench page's date candidates, one JSON line a page, for sorting wrong dates into causes and
trying a rule on the candidates without cleaning the pages again.

    .venv/bin/python -m tests.bench.date_candidates OUT.jsonl [--only SET[,SET]]

Cleans the HTML of wcxb, trafilatura-eval and htmldate-eval as `tests.bench.quality` does (the pages it
scores on dates) and writes, per page: the set, key, half (as `--half` splits it), URL, gold day, our day
and the source that won, and each candidate of every reader (htmldate's included) with the tests
`published.DATE_PRIORITY`'s ranks ask of its day: shown, shown as the page's own, only a modification,
declared a modification, stated by the markup, an evergreen page's first day, another day tagged the
publication. A page whose article is not extracted has no candidates (the run rejects it as `no_text`).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest import mock

from cleaners import html_page, published
from cleaners.published import DateCandidate, PageDates
from tests.bench import quality

DATED_SETS = ("wcxb", "trafilatura-eval", "htmldate-eval")


def candidate_record(candidate: DateCandidate, dates: PageDates) -> dict[str, Any]:
    """A candidate and the tests of its day the priority table's ranks make."""
    day = candidate.published.date
    return {
        "name": candidate.name,
        "day": day.isoformat(),
        "utc": candidate.utc,
        "headed": candidate.headed,
        "shown": dates.is_shown(day),
        "own": dates.shown_as_its_own(day),
        "only_modified": published._only_modified(day, dates.markup),
        "declared_modified": published._declared_modified(day, published._declared(dates)),
        "stated": published._stated(day, dates.markup),
        "superseded": published._superseded(day, dates),
        "tagged_elsewhere": published._tagged_published_elsewhere(day, dates),
    }


def page_candidates(dates: PageDates) -> list[dict[str, Any]]:
    """Every candidate of the page's readers, in the order the markup readers give them, htmldate's last."""
    return [candidate_record(c, dates) for c in [*dates.markup, *dates.read("htmldate")]]


@contextmanager
def captured_dates() -> Iterator[list[PageDates]]:
    """The `PageDates` each `clean_html` call in the block dates a page with, in order."""
    seen: list[PageDates] = []

    def keep(dates: PageDates) -> Any:
        seen.append(dates)
        return published.publication_date(dates)

    with mock.patch.object(html_page, "publication_date", keep):
        yield seen


def set_records(bench_set: quality.BenchSet) -> Iterator[dict[str, Any]]:
    """One record per page of `bench_set` scored on dates."""
    for at, page in enumerate(bench_set.load(None)):
        if not page.scores_date:
            continue
        with captured_dates() as seen:
            predicted = quality.ours(page.content, page.url)
        yield {
            "set": bench_set.label,
            "key": page.key,
            "half": next(half for half, start in quality.HALVES.items() if at % 2 == start),
            "url": page.url,
            "gold": quality.calendar_day(page.date),
            "ours": quality.calendar_day(predicted.date),
            "source": predicted.date_source,
            "candidates": page_candidates(seen[0]) if seen else [],
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="the JSON lines file to write")
    parser.add_argument("--only", help=f"comma-separated sets among {', '.join(DATED_SETS)}")
    args = parser.parse_args()
    wanted = set(args.only.split(",")) if args.only else set(DATED_SETS)
    with open(args.out, "w", encoding="utf-8") as out:
        for bench_set in quality.SETS:
            if bench_set.label in wanted & set(DATED_SETS):
                for record in set_records(bench_set):
                    out.write(json.dumps(record) + "\n")


if __name__ == "__main__":
    main()
