"""The `reclean` flow: re-clean selected pages on demand, from the Prefect UI's Custom run form.

A dry run writes nothing and publishes what would change. A real run replaces exactly the selected
records (same ids, fresh `cleaned_at`, `cleaner_version` and `flow_run_id`) inside the files that hold
them, so readers never see a duplicate or a gap, and every other record stays byte for byte.
"""

from __future__ import annotations

from prefect import flow
from prefect.artifacts import create_markdown_artifact
from prefect.logging import get_run_logger

from cleaners import pipeline
from cleaners.folders import folder_path
from cleaners.isolation import start_fork_server
from cleaners.report import RunSummary, preview_markdown
from cleaners.selection import RecleanRequest, select_pages
from cleaners.store import Dataset, writer_lock
from cleaners.version import CLEANER_VERSION
from flows.clean_pages import (
    BATCH_RUNNER,
    DEFAULT_LOCK_TIMEOUT_S,
    clean_batches,
    commit_task,
    new_run_stamp,
    plan_task,
    publish_run_artifacts,
)


@flow(name="reclean", log_prints=True, task_runner=BATCH_RUNNER)
def reclean(request: RecleanRequest = RecleanRequest()) -> RunSummary:
    """Re-clean the pages the request selects (all of them when no filter is set)."""
    logger = get_run_logger()
    run = new_run_stamp()
    start_fork_server()
    clean_root = folder_path(request.clean_dir)
    with writer_lock(clean_root, f"reclean run {run.flow_run_id}", DEFAULT_LOCK_TIMEOUT_S, on_wait=logger.info):
        dataset = Dataset(clean_root)
        selected = select_pages(dataset.pages, request, CLEANER_VERSION)
        logger.info("%d pages selected", len(selected))
        plan = plan_task(request.raw_dir, request.clean_dir, run.flow_run_id, None, True, selected)
        if plan.missing_raw:
            logger.warning("%d selected pages have no raw file any more and stay as they are: %s",
                           len(plan.missing_raw), ", ".join(plan.missing_raw[:10]))
        reports = clean_batches(request.raw_dir, plan, run)
        summary = pipeline.summarize(plan, reports)
        if request.dry_run:
            preview = pipeline.preview_reclean(dataset, reports, len(selected))
            create_markdown_artifact(key="reclean-preview", markdown=preview_markdown(preview))
            logger.info("dry run: %d of %d selected pages would change; nothing written", preview.changed, len(selected))
        else:
            commit_task(request.clean_dir, reports)
        publish_run_artifacts("reclean", summary, reports, f"reclean ({'dry run' if request.dry_run else 'written'})")
        dataset.clear_staging()
    return summary
