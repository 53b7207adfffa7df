"""The `clean_pages` flow: clean every new or changed raw page under `raw_dir` into `clean_dir`.

Scheduled by the `clean-new-pages` deployment; `python -m flows.cli clean` runs it from a shell.
"""

from __future__ import annotations

from prefect import flow

from flows.lifecycle import DEFAULT_LOCK_TIMEOUT_S, RunOptions, run_lifecycle
from reading.limits import DEFAULT_LIMITS, Limits
from runs.summary import RunSummary


@flow(name="clean_pages", log_prints=True)
def clean_pages(
    raw_dir: str = "raw",
    clean_dir: str = "clean",
    batch_size: int | None = None,
    reclean_outdated: bool = True,
    lock_timeout_s: float = DEFAULT_LOCK_TIMEOUT_S,
    limits: Limits = DEFAULT_LIMITS,
    workers: int | None = None,
) -> RunSummary:
    """Clean new or changed raw pages into Parquet; unchanged pages are left exactly as they are.

    With `reclean_outdated` false (the scheduled deployment), pages cleaned by an older cleaner
    version count as unchanged: only new or changed raw bytes are cleaned. `workers` batches are
    cleaned at once (default: one per core).
    """
    options = RunOptions(batch_size, workers, reclean_outdated, lock_timeout_s, limits)
    return run_lifecycle("clean-pages", raw_dir, clean_dir, options)
