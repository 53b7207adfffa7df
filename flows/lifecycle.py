"""The run lifecycle both flows share, and its three kinds of task.

Under the dataset's writer lock: one task plans, one task per batch cleans (at most `workers` at
once, each in a child process of its own), one task commits; only paths, counts and small records
pass between tasks. Every run publishes a summary table, its rejects and its progress as artifacts.
A dry run takes no lock and stages in this machine's temp folder: it writes nothing under the clean folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from prefect import task
from prefect.artifacts import (
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, as_completed
from prefect.logging import get_run_logger
from prefect.runtime import flow_run

from flows.writer_slot import writer_slot
from output.contract import RunStamp
from output.dataset import Dataset, writer_lock
from reading.folders import Folder
from reading.limits import DEFAULT_LIMITS, DEFAULT_MIN_ARTICLE_WORDS, Limits
from runs.batch import BatchReport, clean_batch, start_cleaning_processes
from runs.cleaner_version import cleaner_version
from runs.commit import Committed, commit_run, staged_rows, summarize
from runs.plan import Batch, Plan, plan_run
from runs.preview import changes_line, changes_markdown, preview_markdown, preview_reclean
from runs.progress import Progress
from runs.summary import RunSummary, rejects_markdown

DEFAULT_LOCK_TIMEOUT_S = 3600.0


@dataclass(frozen=True)
class RunOptions:
    """How a run goes about its work (not what it selects)."""

    batch_size: int | None = None  # raw files a batch; None: about 4 batches a core
    workers: int | None = None  # batches cleaned at once; None: one per core
    reclean_outdated: bool = True  # False: records of an older cleaner_version count as current
    lock_timeout_s: float = DEFAULT_LOCK_TIMEOUT_S
    limits: Limits = DEFAULT_LIMITS
    min_article_words: int = DEFAULT_MIN_ARTICLE_WORDS  # fewer and a page is a `too_short` reject
    prune_missing_raw: bool = False  # remove the records whose raw file is gone

    def __post_init__(self) -> None:
        if self.batch_size is not None and self.batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if self.workers is not None and self.workers < 1:
            raise ValueError("workers must be at least 1")
        if self.min_article_words < 0:
            raise ValueError("min_article_words must not be negative")


@task(name="plan", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def plan_task(
    raw_dir: str,
    clean_dir: str,
    staging: str | None,
    run: RunStamp,
    options: RunOptions,
    selected: dict[str, str] | None,
) -> Plan:
    """Plan the run; a writer (`staging` None) first tidies what a crashed run left and stages under
    the clean folder, a dry run stages in `staging` and changes nothing."""
    dataset = Dataset(Folder(clean_dir), run)
    if staging is None:
        dataset.clear_staging()
        if fixed := dataset.reconcile():
            get_run_logger().warning("%d ids were in both pages and rejects after a crash; kept the pages", fixed)
    return plan_run(
        Folder(raw_dir),
        dataset,
        dataset.run_staging(run.flow_run_id) if staging is None else Folder(staging),
        run.cleaner_version,
        options.batch_size,
        options.reclean_outdated,
        selected,
        options.limits,
        options.min_article_words,
    )


@task(name="clean-batch", cache_policy=NO_CACHE)
def clean_batch_task(raw_dir: str, batch: Batch, run: RunStamp) -> BatchReport:
    report = clean_batch(Folder(raw_dir), batch, run)
    counts = report.counts
    get_run_logger().info(
        "batch %d/%d: %d pages seen, %d unchanged, %d cleaned, %d rejected",
        batch.number,
        batch.of,
        counts.seen,
        counts.unchanged,
        counts.cleaned,
        counts.rejected,
    )
    return report


@task(name="commit", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def commit_task(
    clean_dir: str, reports: list[BatchReport], prune: list[str], run: RunStamp, flow: str, summary: RunSummary
) -> Committed:
    """Publish the run, and remove the `prune` ids (records whose raw file is gone) when asked to."""
    return commit_run(Dataset(Folder(clean_dir), run), reports, prune, run, flow, summary)


def new_run_stamp() -> RunStamp:
    return RunStamp(
        flow_run_id=str(flow_run.id or uuid.uuid4()),
        cleaned_at=dt.datetime.now(dt.UTC),
        cleaner_version=cleaner_version(),
    )


def clean_batches(raw_dir: str, plan: Plan, run: RunStamp, workers: int, name: str) -> list[BatchReport]:
    """One task per batch, at most `workers` running at once; the reports in batch order. The run's
    `{name}-progress` artifact and a log line (pages/s, time left) follow each finished batch."""
    logger = get_run_logger()
    waiting = list(plan.batches)
    running: dict[PrefectFuture[BatchReport], Batch] = {}
    reports: dict[int, BatchReport] = {}
    progress = Progress(plan.files, len(plan.batches), time.monotonic())
    description = f"share of the {plan.files} raw files cleaned"
    artifact = create_progress_artifact(progress.percent(), key=f"{name}-progress", description=description)
    while waiting or running:
        while waiting and len(running) < workers:
            batch = waiting.pop(0)
            running[clean_batch_task.submit(raw_dir, batch, run)] = batch
        done = next(as_completed(list(running)))
        batch = running.pop(done)
        reports[batch.number] = report = done.result()
        progress.batch_done(len(batch.files), report.counts.seen)
        update_progress_artifact(artifact, progress.percent())  # type: ignore[arg-type]  # sync in a sync flow
        logger.info(progress.line(time.monotonic()))
    return [reports[number] for number in sorted(reports)]


@contextlib.contextmanager
def run_staging(
    clean_root: Folder, name: str, run: RunStamp, options: RunOptions, dry_run: bool
) -> Iterator[str | None]:
    """A writer holds a remote clean folder's slot on the Prefect server (writers on other machines), then
    its writer lock (this machine's), and stages under the clean folder (None); a dry run takes neither
    and stages in a temp folder of this machine, removed afterwards."""
    if dry_run:
        staging = tempfile.mkdtemp(prefix="page-cleaner-dry-run-")
        try:
            yield staging
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return
    logger = get_run_logger()
    with (
        writer_slot(clean_root, options.lock_timeout_s, on_wait=logger.info),
        writer_lock(clean_root, f"{name} run {run.flow_run_id}", options.lock_timeout_s, on_wait=logger.info),
    ):
        yield None
        Dataset(clean_root).clear_staging()


def run_lifecycle(
    name: str,
    raw_dir: str,
    clean_dir: str,
    options: RunOptions,
    selected: dict[str, str] | None = None,
    dry_run: bool = False,
) -> RunSummary:
    """A whole run: plan (the `selected` pages, id -> source_path, else every new or changed page),
    clean the batches, then commit them, or with `dry_run` publish what would change and write nothing.
    `name` keys the run's artifacts (`{name}-summary`, `-rejects`, `-progress`, `-preview`, `-changes`)."""
    logger = get_run_logger()
    run = new_run_stamp()
    start_cleaning_processes()  # its imports and warm-up overlap the planning
    clean_root = Folder(clean_dir)
    with run_staging(clean_root, name, run, options, dry_run) as staging:
        plan = plan_task(raw_dir, clean_dir, staging, run, options, selected)
        log_plan(plan, options)
        reports = clean_batches(raw_dir, plan, run, options.workers or os.cpu_count() or 1, name)
        summary = summarize(plan, reports, written=not dry_run)
        preview = preview_reclean(Dataset(clean_root), reports, len(selected)) if selected is not None else None
        if dry_run:
            assert preview is not None  # only a re-clean has a dry run
            create_markdown_artifact(key=f"{name}-preview", markdown=preview_markdown(preview))
            logger.info(
                "dry run: %d of %d selected pages would change; nothing written", preview.changed, preview.selected
            )
        else:
            prune = list(plan.gone_records()) if options.prune_missing_raw and plan.gone else []
            committed = commit_task(clean_dir, reports, prune, run, name, summary)
            summary.pruned = committed.pruned
            if preview is not None:
                create_markdown_artifact(key=f"{name}-changes", markdown=changes_markdown(preview, committed.files))
                logger.info(changes_line(preview, committed.files))
        if summary.cleaned == summary.rejected == 0:
            logger.info("nothing new: all %d pages are unchanged", summary.unchanged)
        what = "dry run, nothing written" if dry_run else "written"
        description = f"{name} over {raw_dir} into {clean_dir} ({what}; cleaner {run.cleaner_version})"
        create_table_artifact(key=f"{name}-summary", table=summary.table_rows(), description=description)
        create_markdown_artifact(
            key=f"{name}-rejects", markdown=rejects_markdown(staged_rows(reports, "rejects").to_pylist())
        )
    return summary


def log_plan(plan: Plan, options: RunOptions) -> None:
    logger = get_run_logger()
    if plan.missing_raw:
        logger.warning(
            "%d selected pages have no raw file any more and stay as they are: %s",
            len(plan.missing_raw),
            ", ".join(plan.missing_raw[:10]),
        )
    if plan.gone:
        fate = "this run removes them (prune)" if options.prune_missing_raw else "they stay (prune to remove them)"
        logger.warning("%d records have no raw file any more; %s: %s", plan.gone, fate, ", ".join(plan.gone_examples))
    logger.info("%d raw files in %d batches", plan.files, len(plan.batches))
