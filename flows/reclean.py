"""The `reclean` flow: re-clean selected pages on demand, from the Prefect UI's Custom run form.

A dry run writes nothing and publishes what would change. A real run replaces exactly the selected
records (same ids, fresh `cleaned_at`, `cleaner_version` and `flow_run_id`) inside the files that hold
them, so readers never see a duplicate or a gap, and every other record stays byte for byte. A request
that cannot run (dates out of order, no such clean folder, a large real run not confirmed) fails in one
line before any work; one that selects nothing ends as "Nothing selected", saying what there is.
"""

from __future__ import annotations

from prefect import flow
from prefect.artifacts import create_markdown_artifact
from prefect.logging import get_run_logger
from prefect.states import Completed, Failed, State

from flows.lifecycle import RunOptions, run_lifecycle
from output.dataset import Dataset
from reading.folders import Folder
from runs.cleaner_version import cleaner_version
from runs.selection import RecleanRequest, select_pages, why_nothing_selected
from runs.summary import RunSummary


@flow(name="reclean", log_prints=True)
def reclean(request: RecleanRequest = RecleanRequest()) -> RunSummary | State:
    """Re-clean the pages the request selects (all of them when no filter is set).

    Args:
        request: Which pages (filters combine with AND; an empty field does not filter), whether to
            only preview (dry run), and the folders.
    """
    logger = get_run_logger()
    clean_root = Folder(request.clean_dir)
    if problem := request.problem() or (None if clean_root.is_dir() else f"no clean folder {clean_root} to re-clean"):
        logger.error(problem)
        return Failed(message=problem)
    current = cleaner_version()
    pages = Dataset(clean_root).pages
    selected = select_pages(pages, request, current)
    logger.info("%d pages selected", len(selected))
    if not selected:
        reasons = why_nothing_selected(pages, request, current)
        message = "Nothing selected: no page matches every filter. " + " ".join(reasons)
        logger.warning(message)
        markdown = "\n".join(["# Re-clean: nothing selected, nothing done", "", *[f"- {line}" for line in reasons]])
        create_markdown_artifact(key="reclean-summary", markdown=markdown, description="nothing selected")
        return Completed(name="Nothing selected", message=message, data=RunSummary(written=not request.dry_run))
    if refusal := request.unconfirmed(len(selected)):
        logger.error(refusal)
        return Failed(message=refusal)
    return run_lifecycle("reclean", request.raw_dir, request.clean_dir, RunOptions(), selected, request.dry_run)
