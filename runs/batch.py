"""A batch of raw files, cleaned in a supervised child process into two staged Parquet files.

The batch's pages are steps of a `BatchJob` (see `runs.supervise`): a page that hangs or crashes
the parser fails alone, and a fresh child resumes with the page after it. `clean_files_here` runs
the same steps in this process, for tests and benchmarks.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field

import pyarrow as pa

from output.contract import PAGES_SCHEMA, REJECTS_SCHEMA, RunStamp, pages_table, reject_row, rejects_table
from output.dataset import write_parquet
from reading.folders import Folder
from reading.limits import DEFAULT_LIMITS, Limits
from reading.rejects import Rejected
from runs.page_path import BatchContext, Outcome, cleaned_outcome, file_pages
from runs.plan import Batch
from runs.summary import RunSummary
from runs.supervise import Failed, Finished, Started, start_fork_server, supervise

# What the fork server imports once, so every child starts warm: this module (each child unpickles
# a BatchJob), then the warm-up, last since it freezes what is loaded by then out of the GC's sight.
FORK_SERVER_PRELOAD = (__name__, "runs.warmup")
_WHOLE_FILE = sys.maxsize  # the step key of reading a file, after every page in it


@dataclass
class BatchReport:
    pages_file: str  # in the run's staging folder
    rejects_file: str
    staging: str
    counts: RunSummary = field(default_factory=RunSummary)


@dataclass
class StagedRows:
    """Rows of a batch on their way to its staged files, and their counts."""

    pages: list[pa.Table] = field(default_factory=list)
    rejects: list[pa.Table] = field(default_factory=list)
    counts: RunSummary = field(default_factory=RunSummary)

    @classmethod
    def of(cls, outcome: Outcome) -> StagedRows:
        rows = cls([pages_table(outcome.pages)], [rejects_table(outcome.rejects)])
        rows.counts.add_outcome(outcome)
        return rows

    def absorb(self, other: StagedRows) -> None:
        self.pages += other.pages
        self.rejects += other.rejects
        self.counts.merge(other.counts)


@dataclass(frozen=True)
class BatchJob:
    """One batch's pages as supervised steps."""

    raw_root: str
    run: RunStamp
    batch: Batch
    context: BatchContext | None = None  # None: read in the child from the batch's staging folder

    def steps(self, after: tuple[int, ...] | None) -> Iterator[Started | Finished]:
        context = self.context or self.batch.context()
        raw_root, limits = Folder(self.raw_root), self.batch.limits
        for file_number, source_file in enumerate(self.batch.files):
            if after is not None and (file_number, _WHOLE_FILE) <= after:
                continue
            yield Started((file_number, _WHOLE_FILE), source_file)
            for item_number, item, outcome in file_pages(raw_root, source_file, self.run, context, limits):
                key = (file_number, item_number)
                if after is not None and key <= after:
                    continue
                if outcome is None:
                    yield Started(key, item.source_path or source_file, item.raw_sha256)
                    outcome = cleaned_outcome(item, self.run, context)  # type: ignore[arg-type]  # None only for a RawPage
                yield Finished(key, outcome)
            yield Finished((file_number, _WHOLE_FILE), Outcome())

    def pack(self, outcomes: list[Outcome]) -> StagedRows:
        """A burst of outcomes as Arrow tables: built in the child, they cost the parent nothing to unpickle."""
        merged = Outcome()
        for outcome in outcomes:
            merged.absorb(outcome)
        return StagedRows.of(merged)


def start_cleaning_processes() -> None:
    """Start the fork server the cleaning processes come from; returns at once, while it warms up."""
    start_fork_server(FORK_SERVER_PRELOAD)


def clean_batch(raw_root: Folder, batch: Batch, run: RunStamp) -> BatchReport:
    """Clean the pages of one batch of raw files, in a supervised child process, into two staged
    Parquet files; a page that times out or crashes its process becomes a reject."""
    start_cleaning_processes()
    rows = StagedRows()
    job = BatchJob(raw_root.location, run, batch)
    for event in supervise(job, batch.limits.page_timeout_s, batch.limits.worker_memory_bytes):
        if isinstance(event, Failed):
            failed = Rejected(event.reason, event.message, event.step.detail)
            rows.absorb(StagedRows.of(Outcome(rejects=[reject_row(event.step.label, failed, run)])))
        else:
            rows.absorb(event.packed)
    name = f"batch-{batch.number:05d}"
    # Staged files are Parquet, but named so that no `clean/**/*.parquet` glob reaches them half-written.
    report = BatchReport(f"{name}.pages.staged", f"{name}.rejects.staged", batch.staging, rows.counts)
    staging = Folder(batch.staging)
    write_parquet(concat_or_empty(rows.pages, PAGES_SCHEMA), staging, report.pages_file)
    write_parquet(concat_or_empty(rows.rejects, REJECTS_SCHEMA), staging, report.rejects_file)
    return report


def clean_files_here(
    raw_root: Folder,
    files: list[str],
    run: RunStamp,
    context: BatchContext | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Outcome:
    """Every page of these raw files through the batch's own steps, in this process (no supervision):
    for tests and benchmarks, which so take the very path a run takes."""
    job = BatchJob(raw_root.location, run, Batch(1, 1, files, staging="", limits=limits), context or BatchContext())
    outcome = Outcome()
    for event in job.steps(None):
        if isinstance(event, Finished):
            outcome.absorb(event.result)
    return outcome


def concat_or_empty(tables: list[pa.Table], schema: pa.Schema) -> pa.Table:
    return pa.concat_tables(tables) if tables else schema.empty_table()
