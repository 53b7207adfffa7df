"""The `reclean` flow: re-clean selected pages on demand, from the Prefect UI's Custom run form.

A dry run writes nothing and publishes what would change. A real run replaces exactly the selected
records (same ids, fresh `cleaned_at`, `cleaner_version` and `flow_run_id`) inside the files that hold
them, so readers never see a duplicate or a gap, and every other record stays byte for byte.
"""

from __future__ import annotations

from prefect import flow

from flows.lifecycle import RunOptions, run_lifecycle
from output.contract import RunStamp
from output.dataset import Dataset
from runs.selection import RecleanRequest, select_pages
from runs.summary import RunSummary


@flow(name="reclean", log_prints=True)
def reclean(request: RecleanRequest = RecleanRequest()) -> RunSummary:
    """Re-clean the pages the request selects (all of them when no filter is set)."""

    def selected(dataset: Dataset, run: RunStamp) -> dict[str, str]:
        return select_pages(dataset.pages, request, run.cleaner_version)

    return run_lifecycle("reclean", request.raw_dir, request.clean_dir, RunOptions(), selected, request.dry_run)
