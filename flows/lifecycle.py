"""The run lifecycle both flows share, and its three kinds of task.

Under the dataset's writer lock: one task plans, one task per batch cleans (at most `workers` at
once, each in a child process of its own), one task commits; only paths, counts and small records
pass between tasks. Every run publishes a summary table and its rejects as artifacts.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from prefect import task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.futures import PrefectFuture, as_completed
from prefect.logging import get_run_logger
from prefect.runtime import flow_run

from output.contract import RunStamp
from output.dataset import Dataset, writer_lock
from reading.folders import Folder
from reading.limits import DEFAULT_LIMITS, Limits
from runs.batch import BatchReport, clean_batch, start_cleaning_processes
from runs.cleaner_version import cleaner_version
from runs.commit import commit_batches, staged_rows, summarize
from runs.plan import Batch, Plan, plan_run
from runs.preview import preview_markdown, preview_reclean
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

    def __post_init__(self) -> None:
        if self.batch_size is not None and self.batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        if self.workers is not None and self.workers < 1:
            raise ValueError("workers must be at least 1")


@task(name="plan", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def plan_task(
    raw_dir: str, clean_dir: str, run: RunStamp, options: RunOptions, selected: dict[str, str] | None
) -> Plan:
    dataset = Dataset(Folder(clean_dir))
    dataset.clear_staging()
    if fixed := dataset.reconcile():
        get_run_logger().warning("%d ids were in both pages and rejects after a crash; kept the pages", fixed)
    staging = dataset.run_staging(run.flow_run_id)
    return plan_run(
        Folder(raw_dir),
        dataset,
        staging,
        run.cleaner_version,
        options.batch_size,
        options.reclean_outdated,
        selected,
        options.limits,
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
def commit_task(clean_dir: str, reports: list[BatchReport]) -> None:
    commit_batches(Dataset(Folder(clean_dir)), reports)


def new_run_stamp() -> RunStamp:
    return RunStamp(
        flow_run_id=str(flow_run.id or uuid.uuid4()),
        cleaned_at=dt.datetime.now(dt.UTC),
        cleaner_version=cleaner_version(),
    )


def clean_batches(raw_dir: str, plan: Plan, run: RunStamp, workers: int) -> list[BatchReport]:
    """One task per batch, at most `workers` running at once; the reports in batch order."""
    waiting = list(plan.batches)
    running: dict[PrefectFuture[BatchReport], int] = {}
    reports: dict[int, BatchReport] = {}
    while waiting or running:
        while waiting and len(running) < workers:
            batch = waiting.pop(0)
            running[clean_batch_task.submit(raw_dir, batch, run)] = batch.number
        done = next(as_completed(list(running)))
        reports[running.pop(done)] = done.result()
    return [reports[number] for number in sorted(reports)]


def run_lifecycle(
    name: str,
    raw_dir: str,
    clean_dir: str,
    options: RunOptions,
    select: Callable[[Dataset, RunStamp], dict[str, str]] | None = None,
    dry_run: bool = False,
) -> RunSummary:
    """A whole run under the writer lock: plan (of the pages `select` picks, else every new or
    changed page), clean the batches, then commit them, or with `dry_run` publish what would change.
    `name` keys the run's artifacts (`{name}-summary`, `{name}-rejects`, `{name}-preview`)."""
    logger = get_run_logger()
    run = new_run_stamp()
    start_cleaning_processes()  # its imports and warm-up overlap the planning
    clean_root = Folder(clean_dir)
    with writer_lock(clean_root, f"{name} run {run.flow_run_id}", options.lock_timeout_s, on_wait=logger.info):
        dataset = Dataset(clean_root)
        selected = select(dataset, run) if select else None
        if selected is not None:
            logger.info("%d pages selected", len(selected))
        plan = plan_task(raw_dir, clean_dir, run, options, selected)
        if plan.missing_raw:
            logger.warning(
                "%d selected pages have no raw file any more and stay as they are: %s",
                len(plan.missing_raw),
                ", ".join(plan.missing_raw[:10]),
            )
        logger.info("%d raw files in %d batches", plan.files, len(plan.batches))
        reports = clean_batches(raw_dir, plan, run, options.workers or os.cpu_count() or 1)
        summary = summarize(plan, reports)
        if dry_run:
            preview = preview_reclean(dataset, reports, len(selected or {}))
            create_markdown_artifact(key=f"{name}-preview", markdown=preview_markdown(preview))
            logger.info(
                "dry run: %d of %d selected pages would change; nothing written", preview.changed, len(selected or {})
            )
        else:
            commit_task(clean_dir, reports)
        if summary.cleaned == summary.rejected == 0:
            logger.info("nothing new: all %d pages are unchanged", summary.unchanged)
        what = "dry run" if dry_run else "written"
        description = f"{name} over {raw_dir} into {clean_dir} ({what}; cleaner {run.cleaner_version})"
        create_table_artifact(key=f"{name}-summary", table=summary.table_rows(), description=description)
        create_markdown_artifact(
            key=f"{name}-rejects", markdown=rejects_markdown(staged_rows(reports, "rejects").to_pylist())
        )
        dataset.clear_staging()
    return summary
