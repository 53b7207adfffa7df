"""From a raw file to output rows: one page row or one reject row per raw page."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cleaners.html_page import clean_html
from cleaners.repeats import RepeatedLines
from cleaners.urls import domain_of
from cleaners.sources import DEFAULT_LIMITS, Limits, RawPage, Rejected, read_raw_file
from cleaners.text_page import CleanedText, clean_text
from cleaners.version import CLEANER_VERSION

URL_FROM_SOURCE_LINE = "source_line"

# id -> (raw_sha256, cleaner_version) of what is already written
Known = dict[str, tuple[str | None, str]]


@dataclass(frozen=True)
class RunStamp:
    """What every row of one run carries about the run itself."""

    flow_run_id: str
    cleaned_at: dt.datetime
    cleaner_version: str = CLEANER_VERSION


@dataclass
class Outcome:
    """What one raw file gave: rows to write, pages left as they were, removal counts per rule."""

    pages: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    unchanged: int = 0
    removals: Counter = field(default_factory=Counter)

    @property
    def seen(self) -> int:
        return len(self.pages) + len(self.rejects) + self.unchanged

    def absorb(self, other: Outcome) -> None:
        self.pages += other.pages
        self.rejects += other.rejects
        self.unchanged += other.unchanged
        self.removals.update(other.removals)


def page_id(source_path: str) -> str:
    """Stable id of a raw page: the same raw path keeps the same id across re-cleans."""
    return hashlib.sha256(source_path.encode("utf-8")).hexdigest()[:32]


def clean_page(raw: RawPage, repeated: RepeatedLines | None = None) -> tuple[CleanedText, str | None]:
    """Clean one raw page; returns it with the way its URL was found."""
    if raw.format == "html":
        cleaned, found_by = clean_html(raw.content, raw.url)
    else:
        cleaned, found_by = clean_text(raw.content, repeated, raw.url), URL_FROM_SOURCE_LINE
    if raw.url:  # both cleaners keep a URL the input gave
        return cleaned, raw.url_source
    return cleaned, found_by if cleaned.url else None


def page_row(raw: RawPage, cleaned: CleanedText, url_source: str | None, run: RunStamp) -> dict:
    published = cleaned.published
    return {
        "id": page_id(raw.source_path),
        "url": cleaned.url,
        "url_source": url_source,
        "domain": domain_of(cleaned.url),
        "source_path": raw.source_path,
        "raw_sha256": raw.raw_sha256,
        "fetched_at": raw.fetched_at,
        "title": cleaned.title,
        "authors": cleaned.authors,
        "published_date": published.date if published else None,
        "published_at": published.at if published else None,
        "language": cleaned.language,
        "text": cleaned.text,
        "removed": [{"rule": r.rule, "text": r.text} for r in cleaned.removed],
        "source_meta": json.dumps(raw.extra, ensure_ascii=False, sort_keys=True, default=str) if raw.extra else None,
        "cleaner_version": run.cleaner_version,
        "cleaned_at": run.cleaned_at,
        "flow_run_id": run.flow_run_id,
    }


def reject_row(source_path: str, rejected: Rejected, run: RunStamp) -> dict:
    return {
        "id": page_id(source_path),
        "source_path": source_path,
        "raw_sha256": rejected.raw_sha256,
        "reason": rejected.reason,
        "message": rejected.message,
        "cleaner_version": run.cleaner_version,
        "rejected_at": run.cleaned_at,
        "flow_run_id": run.flow_run_id,
    }


@dataclass(frozen=True)
class BatchContext:
    """What a batch knows besides its raw files: what is written, what repeats, what is selected.

    `known` maps id -> (raw_sha256, cleaner_version) of what is already written; with `only_ids` (a
    re-clean) exactly those pages are cleaned, whatever is known, and no other.
    """

    known: Known = field(default_factory=dict)
    repeated: RepeatedLines | None = None
    only_ids: frozenset[str] | None = None


def already_written(known: Known, source_path: str, raw_sha256: str | None, cleaner_version: str) -> bool:
    """The page is written already, from the same raw bytes, by this cleaner version."""
    return known.get(page_id(source_path)) == (raw_sha256, cleaner_version)


def settle_without_cleaning(item: RawPage | Rejected, source_path: str, run: RunStamp, context: BatchContext) -> Outcome | None:
    """What a page gives when it need not be cleaned (not selected, unchanged, or a reject); else None."""
    if context.only_ids is not None:
        if page_id(source_path) not in context.only_ids:
            return Outcome()
    elif already_written(context.known, source_path, item.raw_sha256, run.cleaner_version):
        return Outcome(unchanged=1)
    if isinstance(item, Rejected):
        return Outcome(rejects=[reject_row(source_path, item, run)])
    return None


def cleaned_outcome(raw: RawPage, run: RunStamp, context: BatchContext) -> Outcome:
    """Clean one page into a page row, or a reject when no article text is left."""
    cleaned, url_source = clean_page(raw, context.repeated)
    if not cleaned.paragraphs:
        taken = Counter(r.rule for r in cleaned.removed)
        summary = ", ".join(f"{rule} {n}" for rule, n in taken.items()) or "no lines"
        no_text = Rejected("no_text", f"{raw.source_path}: no article text left ({summary})", raw.raw_sha256)
        return Outcome(rejects=[reject_row(raw.source_path, no_text, run)])
    return Outcome(pages=[page_row(raw, cleaned, url_source, run)], removals=Counter(r.rule for r in cleaned.removed))


def process_raw_file(
    raw_root: Path, source_file: str, run: RunStamp, context: BatchContext | None = None, limits: Limits = DEFAULT_LIMITS
) -> Outcome:
    """Clean every page of one raw file in this process; a bad page becomes a reject row.

    The flow runs the same steps in a supervised child process instead (`pipeline.BatchJob`), so a
    page that hangs or crashes the parser costs only that page.
    """
    context = context or BatchContext()
    outcome = Outcome()
    for _, item, settled in file_pages(raw_root, source_file, run, context, limits):
        outcome.absorb(settled or cleaned_outcome(item, run, context))
    return outcome


def file_pages(
    raw_root: Path, source_file: str, run: RunStamp, context: BatchContext, limits: Limits
) -> Iterator[tuple[int, RawPage | Rejected, Outcome | None]]:
    """(number, page, outcome without cleaning) of every page in a raw file: the outcome is None
    for a page that must be cleaned."""
    for number, item in enumerate(read_raw_file(raw_root, source_file, limits)):
        yield number, item, settle_without_cleaning(item, item.source_path or source_file, run, context)
