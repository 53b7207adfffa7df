"""The `clean_pages` flow: clean every new or changed raw page under `raw_dir` into `clean_dir`.

    python -m flows.clean_pages --raw-dir raw --clean-dir clean

One task plans, one task per batch cleans, one task commits; the whole run holds the dataset's
writer lock, so two runs at once are serialised. `flows/reclean.py` reuses the same tasks.
"""

from __future__ import annotations

from flows.embedded_api import EmbeddedApi

# The CLI starts Prefect's temporary API before importing Prefect, so its start-up overlaps the imports.
_EMBEDDED_API = EmbeddedApi.start() if __name__ == "__main__" else None

import argparse
import datetime as dt
import gc
import os
import sys
import uuid
from contextlib import nullcontext
from dataclasses import replace

from prefect import flow, task
from prefect.artifacts import create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NO_CACHE
from prefect.logging import get_run_logger
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from cleaners import pipeline
from cleaners.folders import folder_path
from cleaners.isolation import start_fork_server
from cleaners.records import RunStamp
from cleaners.report import RunSummary, rejects_markdown
from cleaners.sources import DEFAULT_LIMITS, Limits
from cleaners.store import Dataset, writer_lock
from cleaners.version import CLEANER_VERSION

DEFAULT_LOCK_TIMEOUT_S = 3600.0
# Batches run at once: each cleans in its own child process, so one per core uses the machine.
DEFAULT_WORKERS = os.cpu_count() or 2
BATCH_RUNNER = ThreadPoolTaskRunner(max_workers=DEFAULT_WORKERS)


@task(name="plan", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def plan_task(
    raw_dir: str,
    clean_dir: str,
    run_id: str,
    batch_size: int | None,
    reclean_outdated: bool,
    selected: dict[str, str] | None,
    limits: Limits = DEFAULT_LIMITS,
) -> pipeline.Plan:
    dataset = Dataset(folder_path(clean_dir))
    dataset.clear_staging()
    if fixed := dataset.reconcile():
        get_run_logger().warning("%d ids were in both pages and rejects after a crash; kept the pages", fixed)
    return pipeline.plan_run(
        folder_path(raw_dir), dataset, dataset.run_staging(run_id), batch_size, reclean_outdated, selected, limits
    )


@task(name="clean-batch", cache_policy=NO_CACHE)
def clean_batch_task(raw_dir: str, batch: pipeline.Batch, run: RunStamp) -> pipeline.BatchReport:
    report = pipeline.clean_batch(folder_path(raw_dir), batch, run)
    counts = report.counts
    get_run_logger().info(
        "batch %d/%d: %d pages seen, %d unchanged, %d cleaned, %d rejected",
        batch.number, batch.of, counts.seen, counts.unchanged, counts.cleaned, counts.rejected,
    )
    return report


@task(name="commit", retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def commit_task(clean_dir: str, reports: list[pipeline.BatchReport]) -> None:
    pipeline.commit_batches(Dataset(folder_path(clean_dir)), reports)


def new_run_stamp() -> RunStamp:
    return RunStamp(flow_run_id=str(flow_run.id or uuid.uuid4()), cleaned_at=dt.datetime.now(dt.timezone.utc))


def clean_batches(raw_dir: str, plan: pipeline.Plan, run: RunStamp) -> list[pipeline.BatchReport]:
    """Submit one task per batch and wait for all of them."""
    futures = [clean_batch_task.submit(raw_dir, batch, run) for batch in plan.batches]
    return [future.result() for future in futures]


def publish_run_artifacts(key: str, summary: RunSummary, reports: list[pipeline.BatchReport], description: str) -> None:
    """Every run: a table with the counts and removals per rule, and a markdown list of its rejects."""
    create_table_artifact(key=f"{key}-summary", table=summary.table_rows(), description=description)
    create_markdown_artifact(
        key=f"{key}-rejects", markdown=rejects_markdown(pipeline.staged_rows(reports, "rejects").to_pylist())
    )


@flow(name="clean_pages", log_prints=True, task_runner=BATCH_RUNNER)
def clean_pages(
    raw_dir: str = "raw",
    clean_dir: str = "clean",
    batch_size: int | None = None,
    reclean_outdated: bool = True,
    lock_timeout_s: float = DEFAULT_LOCK_TIMEOUT_S,
    limits: Limits = DEFAULT_LIMITS,
) -> RunSummary:
    """Clean new or changed raw pages into Parquet; unchanged pages are left exactly as they are.

    With `reclean_outdated` false (the scheduled deployment), pages cleaned by an older cleaner
    version count as unchanged: only new or changed raw bytes are cleaned.
    """
    if batch_size is not None and batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    logger = get_run_logger()
    run = new_run_stamp()
    start_fork_server()
    with writer_lock(folder_path(clean_dir), f"flow run {run.flow_run_id}", lock_timeout_s, on_wait=logger.info):
        plan = plan_task(raw_dir, clean_dir, run.flow_run_id, batch_size, reclean_outdated, None, limits)
        logger.info("%d raw files in %d batches", plan.files, len(plan.batches))
        reports = clean_batches(raw_dir, plan, run)
        commit_task(clean_dir, reports)
        summary = pipeline.summarize(plan, reports)
        if summary.cleaned == summary.rejected == 0:
            logger.info("nothing new: all %d pages are unchanged", summary.unchanged)
        publish_run_artifacts(
            "clean-pages", summary, reports, f"clean_pages over {raw_dir} into {clean_dir} (cleaner {CLEANER_VERSION})"
        )
        Dataset(folder_path(clean_dir)).clear_staging()
    return summary


def task_runner(workers: int, dask_address: str | None = None, dask_local_workers: int | None = None):
    """Threads on this machine (each batch cleans in a child process of its own), or a Dask cluster:
    an existing one at `dask_address`, or a LocalCluster of `dask_local_workers` processes.

    Dask workers must not be daemonic, since each batch forks its cleaning processes: this sets that
    for a LocalCluster; start other workers with DASK_DISTRIBUTED__WORKER__DAEMON=False.
    """
    if dask_address is None and dask_local_workers is None:
        return ThreadPoolTaskRunner(max_workers=workers)
    import dask
    from prefect_dask import DaskTaskRunner

    if dask_address is not None:
        return DaskTaskRunner(address=dask_address)
    dask.config.set({"distributed.worker.daemon": False})
    cluster = {"n_workers": dask_local_workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None}
    return DaskTaskRunner(cluster_class="distributed.LocalCluster", cluster_kwargs=cluster)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw-dir", default="raw", help="folder of raw pages, local or an fsspec URL such as s3://bucket/raw")
    parser.add_argument("--clean-dir", default="clean", help="output folder, local or an fsspec URL such as s3://bucket/clean")
    parser.add_argument("--batch-size", type=int, help="raw files per task (default: about 4 tasks a core, at most 5000 files each)")
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS, help="batches cleaned at once (default: cores)")
    parser.add_argument("--page-timeout-s", type=float, default=DEFAULT_LIMITS.page_timeout_s,
                        help="a page that keeps its cleaning process busy longer is rejected as 'timeout'")
    parser.add_argument("--max-page-mb", type=float, default=DEFAULT_LIMITS.max_page_bytes / 2**20,
                        help="larger raw pages are rejected as 'too_large'")
    dask = parser.add_mutually_exclusive_group()
    dask.add_argument("--dask-address", help="run the batches on the Dask cluster at this address (tcp://host:8786)")
    dask.add_argument("--dask-local", type=int, metavar="N", help="run the batches on a local Dask cluster of N processes")
    args = parser.parse_args(argv)
    if not folder_path(args.raw_dir).is_dir():
        parser.error(f"--raw-dir {args.raw_dir} is not a folder")
    if args.workers < 1 or args.page_timeout_s <= 0 or args.max_page_mb <= 0:
        parser.error("--workers, --page-timeout-s and --max-page-mb must be positive")
    limits = replace(DEFAULT_LIMITS, page_timeout_s=args.page_timeout_s, max_page_bytes=int(args.max_page_mb * 2**20))
    api = _EMBEDDED_API and _EMBEDDED_API.unless_configured()
    start_fork_server()  # its imports and warm-up overlap the API server's start-up
    runner = task_runner(args.workers, args.dask_address, args.dask_local)
    gc.freeze()  # the imported modules live as long as the run: no collection needs to scan them again
    with api.serving() if api else nullcontext():
        summary = clean_pages.with_options(task_runner=runner)(
            raw_dir=args.raw_dir, clean_dir=args.clean_dir, batch_size=args.batch_size, limits=limits
        )
    print(f"\nclean_pages: {args.raw_dir} -> {args.clean_dir}\n{summary.as_text()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
