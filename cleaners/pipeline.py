"""The three steps of a run, as plain functions: plan, clean one batch, commit the batches.

The Prefect flow wraps each in a task; tests call them directly. Only paths and small reports pass
between them: a batch's rows go to a staged Parquet file, never through the orchestrator.
"""

from __future__ import annotations

import logging
import math
import os
import pickle
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from cleaners.folders import folder_path
from cleaners.isolation import ChildError, Failed, Finished, Started, map_in_processes, supervise
from cleaners.records import (
    BatchContext,
    Known,
    Outcome,
    RunStamp,
    already_written,
    cleaned_outcome,
    file_pages,
    reject_row,
)
from cleaners.repeats import PageDigest, RepeatedLines, count_repeated_lines, digest_page, first_copies, page_lines
from cleaners.report import RunSummary
from cleaners.schema import PAGES_SCHEMA, REJECTS_SCHEMA
from cleaners.sources import (
    DEFAULT_LIMITS,
    Limits,
    RawPage,
    Rejected,
    discover,
    kind_of,
    read_raw_file,
)
from cleaners.store import Dataset, read_parquet, write_parquet
from cleaners.text_page import source_url_of
from cleaners.urls import domain_of
from cleaners.version import CLEANER_VERSION

_LOGGER = logging.getLogger(__name__)


@dataclass(frozen=True)
class Batch:
    """What one batch task is given: its own raw files and where the shared context is, never the
    whole plan (the orchestrator walks every argument of every task it starts)."""

    number: int  # 1-based
    of: int  # batches in the run
    files: list[str]  # raw files relative to the raw root, in order
    context_file: str  # the pickled BatchContext every batch shares: known pages, repeated lines, selection
    limits: Limits = DEFAULT_LIMITS


@dataclass
class Plan:
    files: int
    batches: list[Batch]
    unchanged: int = 0  # pages the plan found already written (from one-page files), given to no batch
    missing_raw: list[str] = field(default_factory=list)  # selected pages whose raw file is gone


@dataclass
class BatchReport:
    pages_file: str
    rejects_file: str
    counts: RunSummary = field(default_factory=RunSummary)


def plan_run(
    raw_root: Path,
    dataset: Dataset,
    staging: Path,
    batch_size: int | None = None,
    reclean_outdated: bool = True,
    selected: dict[str, str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Plan:
    """List the raw files into batches and snapshot what is already written.

    `reclean_outdated=False` (the scheduled incremental run) treats records of an older cleaner
    version as current: only new or changed raw bytes are cleaned. `selected` (id -> source_path, a
    re-clean) limits the run to exactly those pages; one whose raw file is gone is left as it is.
    """
    if not raw_root.is_dir():
        raise FileNotFoundError(f"raw folder {raw_root} does not exist")
    cores = os.cpu_count() or 1
    known = dataset.known()
    if not reclean_outdated:
        known = {page: (sha, CLEANER_VERSION) for page, (sha, _) in known.items()}
    corpus = discover(raw_root)
    files, only_ids, missing = corpus, None, []
    if selected is not None:
        present = set(corpus)
        wanted = {path.split("#", 1)[0] for path in selected.values()}
        files = sorted(wanted & present)
        missing = sorted(path for path in selected.values() if path.split("#", 1)[0] not in present)
        only_ids = frozenset(selected)
    survey = survey_corpus(raw_root, corpus, known if selected is None and known else None, cores)
    files = [source_file for source_file in files if source_file not in survey.unchanged]
    context = BatchContext(known=known, repeated=survey.repeated, only_ids=only_ids)
    context_file = staging / "context.pickle"
    context_file.write_bytes(pickle.dumps(context, protocol=pickle.HIGHEST_PROTOCOL))
    batch_size = batch_size or batch_size_for(len(files), cores)
    shares = [files[start : start + batch_size] for start in range(0, len(files), batch_size)]
    batches = [Batch(number, len(shares), share, str(context_file), limits) for number, share in enumerate(shares, start=1)]
    return Plan(files=len(files), batches=batches, unchanged=len(survey.unchanged), missing_raw=missing)


BATCHES_PER_CORE = 4
MAX_BATCH_FILES = 5000


def batch_size_for(files: int, cores: int) -> int:
    """Files per batch when the run does not say: about BATCHES_PER_CORE batches a core, so the
    last batches finish close together and no core idles at the end, but at most MAX_BATCH_FILES.
    Not more: each batch costs about 0.1 s of CPU (a child process, a task in the orchestrator),
    a sixth of what a batch of 1,000 text pages costs."""
    return max(1, min(MAX_BATCH_FILES, math.ceil(files / (cores * BATCHES_PER_CORE))))


@dataclass
class Survey:
    repeated: RepeatedLines  # the lines each domain repeats, learned from the text pages
    unchanged: set[str] = field(default_factory=set)  # one-page files already written from these bytes


@dataclass
class SurveyPart:
    """What one process found in its share of the corpus."""

    articles: list[PageDigest]  # the first copy of each article among its text pages
    one_page_shas: list[tuple[str, str | None]]  # (file, raw sha256) of its one-page files, when asked


SURVEY_FILES_PER_PROCESS = 2000  # fewer than this and starting processes costs more than it saves


def survey_corpus(raw_root: Path, files: list[str], known: Known | None = None, workers: int = 1) -> Survey:
    """One read of the corpus before any batch: learn the lines each domain repeats from the text
    pages and, given `known`, find the one-page files whose page is already written from the same
    bytes by this cleaner version, so no batch (and no process) is spent on them. A scheduled run
    with nothing new ends here.

    Contiguous shares of the files are read in `workers` processes; merged in order, they give
    what one read in order gives.
    """
    processes = min(workers, len(files) // SURVEY_FILES_PER_PROCESS)
    parts = None
    if processes > 1:
        size = math.ceil(len(files) / (4 * processes))  # a few shares a process: none waits long on the last
        shares = [(str(raw_root), files[start : start + size], known is not None) for start in range(0, len(files), size)]
        try:
            parts = map_in_processes(survey_files, shares, processes)
        except ChildError as error:  # reading is all the survey does: read in this process, as one would
            _LOGGER.warning("the survey's processes failed (%s); surveying in this process", error)
    parts = parts or [survey_files(str(raw_root), files, known is not None)]
    repeated = count_repeated_lines(first_copies(article for part in parts for article in part.articles))
    unchanged = {
        source_file
        for part in parts
        for source_file, sha in part.one_page_shas
        if already_written(known, source_file, sha, CLEANER_VERSION)
    } if known is not None else set()
    return Survey(repeated, unchanged)


def survey_files(raw_root: str, files: list[str], with_shas: bool) -> SurveyPart:
    """One process's share of the survey: digests of the text pages, and the raw sha256 of each
    one-page file when `with_shas` (HTML files are read only then: they hold no text pages)."""
    root = folder_path(raw_root)
    digests, shas = [], []
    for source_file in files:
        kind = kind_of(source_file)
        if kind == "html" and not with_shas:
            continue
        for item in read_raw_file(root, source_file):
            if with_shas and kind in ("html", "text"):
                shas.append((source_file, item.raw_sha256))
            if isinstance(item, RawPage) and item.format == "text":
                lines = page_lines(item.content)
                if digest := digest_page(domain_of(item.url or source_url_of(lines)), lines):
                    digests.append(digest)
    return SurveyPart(list(first_copies(digests)), shas)


_WHOLE_FILE = sys.maxsize  # the step key of reading a file, after every page in it


@dataclass(frozen=True)
class BatchJob:
    """One batch's pages as supervised steps (see `cleaners.isolation`): a page that hangs or
    crashes the parser fails alone, and the child resumes with the page after it."""

    raw_root: str
    batch: Batch
    run: RunStamp

    def steps(self, after: tuple | None) -> Iterator[Started | Finished]:
        batch = self.batch
        context = pickle.loads(folder_path(batch.context_file).read_bytes())  # written by this run's plan step
        raw_root = folder_path(self.raw_root)
        for file_number, source_file in enumerate(batch.files):
            if after is not None and (file_number, _WHOLE_FILE) <= after:
                continue
            yield Started((file_number, _WHOLE_FILE), source_file)
            for item_number, item, outcome in file_pages(raw_root, source_file, self.run, context, batch.limits):
                key = (file_number, item_number)
                if after is not None and key <= after:
                    continue
                if outcome is None:
                    yield Started(key, item.source_path, item.raw_sha256)
                    outcome = self._clean(item, context)
                yield Finished(key, outcome)
            yield Finished((file_number, _WHOLE_FILE), Outcome())

    def _clean(self, raw: RawPage, context: BatchContext) -> Outcome:
        try:
            return cleaned_outcome(raw, self.run, context)
        except Exception as error:  # a bug or a parser error on one page: that page is a reject
            failed = Rejected("cleaner_error", f"{raw.source_path}: {type(error).__name__}: {error}", raw.raw_sha256)
            return Outcome(rejects=[reject_row(raw.source_path, failed, self.run)])

    def pack(self, outcomes: list[Outcome]) -> StagedRows:
        """A burst of outcomes as Arrow tables: built in the child, they cost the parent nothing to unpickle."""
        merged = Outcome()
        for outcome in outcomes:
            merged.absorb(outcome)
        return StagedRows.of(merged)


@dataclass
class StagedRows:
    """Rows of a batch on their way to its staged files, and their counts."""

    pages: list[pa.Table] = field(default_factory=list)
    rejects: list[pa.Table] = field(default_factory=list)
    counts: RunSummary = field(default_factory=RunSummary)

    @classmethod
    def of(cls, outcome: Outcome) -> StagedRows:
        rows = cls(
            [pa.Table.from_pylist(outcome.pages, schema=PAGES_SCHEMA)],
            [pa.Table.from_pylist(outcome.rejects, schema=REJECTS_SCHEMA)],
        )
        rows.counts.add_outcome(outcome)
        return rows

    def absorb(self, other: StagedRows) -> None:
        self.pages += other.pages
        self.rejects += other.rejects
        self.counts.merge(other.counts)


def clean_batch(raw_root: Path, batch: Batch, run: RunStamp) -> BatchReport:
    """Clean the pages of one batch of raw files, in a supervised child process, into two staged
    Parquet files; a page that times out or crashes its process becomes a reject."""
    staging = folder_path(batch.context_file).parent
    batch_name = f"batch-{batch.number:05d}"
    rows = StagedRows()
    for event in supervise(BatchJob(str(raw_root), batch, run), batch.limits.page_timeout_s, batch.limits.worker_memory_bytes):
        if isinstance(event, Failed):
            failed = Rejected(event.reason, event.message, event.step.detail)
            rows.absorb(StagedRows.of(Outcome(rejects=[reject_row(event.step.label, failed, run)])))
        else:
            rows.absorb(event.packed)
    report = BatchReport(
        pages_file=str(staging / f"{batch_name}.pages.parquet"),
        rejects_file=str(staging / f"{batch_name}.rejects.parquet"),
        counts=rows.counts,
    )
    write_parquet(_concat(rows.pages, PAGES_SCHEMA), folder_path(report.pages_file))
    write_parquet(_concat(rows.rejects, REJECTS_SCHEMA), folder_path(report.rejects_file))
    return report


def _concat(tables: list[pa.Table], schema: pa.Schema) -> pa.Table:
    return pa.concat_tables(tables) if tables else schema.empty_table()


COMMIT_BYTES = 64 * 2**20  # staged rows gathered into one commit (one new part file) at most, about


def commit_batches(dataset: Dataset, reports: list[BatchReport]) -> None:
    """Publish every staged batch into the dataset, in order; consecutive batches go in together
    up to COMMIT_BYTES, so small batches do not make small files and memory stays bounded."""
    pages: list[pa.Table] = []
    rejects: list[pa.Table] = []
    gathered = 0  # bytes of the tables in `pages` and `rejects`
    for number, report in enumerate(reports, start=1):
        pages.append(read_parquet(folder_path(report.pages_file), schema=PAGES_SCHEMA))
        rejects.append(read_parquet(folder_path(report.rejects_file), schema=REJECTS_SCHEMA))
        gathered += pages[-1].nbytes + rejects[-1].nbytes
        if number == len(reports) or gathered >= COMMIT_BYTES:
            dataset.commit(pa.concat_tables(pages), pa.concat_tables(rejects))
            pages, rejects, gathered = [], [], 0


def summarize(plan: Plan, reports: list[BatchReport]) -> RunSummary:
    summary = RunSummary(seen=plan.unchanged, unchanged=plan.unchanged)
    for report in reports:
        summary.merge(report.counts)
    return summary


def staged_rows(reports: list[BatchReport], which: str) -> pa.Table:
    """Every staged page (`which="pages"`) or reject (`"rejects"`) row of a run."""
    schema = PAGES_SCHEMA if which == "pages" else REJECTS_SCHEMA
    tables = [read_parquet(folder_path(getattr(report, f"{which}_file")), schema=schema) for report in reports]
    return _concat(tables, schema)


_COMPARED = ("title", "authors", "url", "published_date", "published_at", "text", "removed")


@dataclass
class RecleanPreview:
    """What a re-clean would change, for a dry run's artifact."""

    selected: int
    changed: int = 0
    would_reject: int = 0
    removals_before: Counter = field(default_factory=Counter)
    removals_after: Counter = field(default_factory=Counter)
    samples: list[dict] = field(default_factory=list)


def preview_reclean(dataset: Dataset, reports: list[BatchReport], selected: int, samples: int = 3) -> RecleanPreview:
    """Compare the staged re-clean with the records it would replace."""
    after = {row["id"]: row for row in staged_rows(reports, "pages").to_pylist()}
    rejected = staged_rows(reports, "rejects")
    ids = list(after) + rejected["id"].to_pylist()
    before = {row["id"]: row for row in dataset.pages.read_rows(ids).to_pylist()}
    preview = RecleanPreview(selected=selected, would_reject=rejected.num_rows)
    for old in before.values():
        preview.removals_before.update(entry["rule"] for entry in old["removed"])
    for row_id, new in after.items():
        preview.removals_after.update(entry["rule"] for entry in new["removed"])
        old = before.get(row_id)
        if old is None or any(old[key] != new[key] for key in _COMPARED):
            preview.changed += 1
            if len(preview.samples) < samples:
                preview.samples.append({"source_path": new["source_path"], "before": old, "after": new})
    return preview
