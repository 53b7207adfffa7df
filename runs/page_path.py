"""The one path of a page, from its raw file to its row: read, settle or clean, build the row.

Batches run it in supervised child processes (`runs.batch.BatchJob`); the golden, hostile-input and
benchmark code run the very same steps in their own process (`runs.batch.clean_files_here`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from cleaners.sites import Sites
from output.contract import Row, RunStamp, page_id, page_row, reject_row
from output.dataset import Known
from reading.folders import Folder
from reading.limits import DEFAULT_MIN_ARTICLE_WORDS, Limits
from reading.pages import RawPage
from reading.raw_files import read_raw_file
from reading.rejects import Rejected


@dataclass
class Outcome:
    """What some raw pages gave: rows to write, pages left as they were, removal counts per rule."""

    pages: list[Row] = field(default_factory=list)
    rejects: list[Row] = field(default_factory=list)
    unchanged: int = 0
    removals: Counter[str] = field(default_factory=Counter)

    @property
    def seen(self) -> int:
        return len(self.pages) + len(self.rejects) + self.unchanged

    def absorb(self, other: Outcome) -> None:
        self.pages += other.pages
        self.rejects += other.rejects
        self.unchanged += other.unchanged
        self.removals.update(other.removals)


@dataclass(frozen=True)
class BatchContext:
    """What a batch knows besides its raw files: what is written, what each site taught, what is selected.

    `known` maps id -> (raw_sha256, cleaner_version) of what is already written; with `only_ids` (a
    re-clean) exactly those pages are cleaned, whatever is known, and no other.
    """

    known: Known = field(default_factory=dict)
    sites: Sites | None = None
    only_ids: frozenset[str] | None = None
    min_article_words: int = DEFAULT_MIN_ARTICLE_WORDS


def already_written(known: Known, source_path: str, raw_sha256: str | None, cleaner_version: str) -> bool:
    """The page is written already, from the same raw bytes, by this cleaner version."""
    return known.get(page_id(source_path)) == (raw_sha256, cleaner_version)


def settle_without_cleaning(
    item: RawPage | Rejected, source_path: str, run: RunStamp, context: BatchContext
) -> Outcome | None:
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
    """Clean one page into a page row, or a reject when no article text is left (`no_text`) or too
    little to be an article (`too_short`); a page the cleaners raise on (a bug, a parser error) is a
    `cleaner_error` reject."""
    # Imported here, not above: the flow process plans and commits with this module and cleans no page, and the
    # cleaners' import (trafilatura, lxml) cost it 0.9 s of CPU a run. The fork server has them loaded already.
    from cleaners.page import PageFacts, clean_page

    try:
        facts = PageFacts(raw.url, raw.url_source, raw.fetched_at)
        cleaned, url_source = clean_page(raw.content, raw.format, facts, context.sites)
    except Exception as error:
        failed = Rejected("cleaner_error", f"{raw.source_path}: {type(error).__name__}: {error}", raw.raw_sha256)
        return Outcome(rejects=[reject_row(raw.source_path, failed, run)])
    if not cleaned.paragraphs:
        taken = Counter(r.rule for r in cleaned.removed)
        summary = ", ".join(f"{rule} {n}" for rule, n in taken.items()) or "no lines"
        no_text = Rejected("no_text", f"{raw.source_path}: no article text left ({summary})", raw.raw_sha256)
        return Outcome(rejects=[reject_row(raw.source_path, no_text, run)])
    words = words_up_to(cleaned.paragraphs, context.min_article_words)
    if words < context.min_article_words:
        message = f"{raw.source_path}: article text of {words} word(s), fewer than {context.min_article_words}"
        return Outcome(rejects=[reject_row(raw.source_path, Rejected("too_short", message, raw.raw_sha256), run)])
    return Outcome(pages=[page_row(raw, cleaned, url_source, run)], removals=Counter(r.rule for r in cleaned.removed))


def words_up_to(paragraphs: list[str], enough: int) -> int:
    """The paragraphs' words, counted until there are `enough` (an article's first paragraph or two
    usually hold them): whether a page is too short needs no more."""
    words = 0
    for paragraph in paragraphs:
        words += len(paragraph.split())
        if words >= enough:
            break
    return words


def file_pages(
    raw_root: Folder, source_file: str, run: RunStamp, context: BatchContext, limits: Limits
) -> Iterator[tuple[int, RawPage | Rejected, Outcome | None]]:
    """(number, page, outcome without cleaning) of every page in a raw file: the outcome is None
    for a page that must be cleaned."""
    for number, item in enumerate(read_raw_file(raw_root, source_file, limits)):
        yield number, item, settle_without_cleaning(item, item.source_path or source_file, run, context)
