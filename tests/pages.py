"""Raw files through the run's own page path, in the test's process: what the golden, source and
hostile-input tests compare."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from output.contract import RunStamp
from reading.folders import Folder
from reading.limits import DEFAULT_LIMITS, Limits
from runs.batch import clean_files_here
from runs.cleaner_version import cleaner_version
from runs.page_path import BatchContext, Outcome

RUN = RunStamp(flow_run_id="test", cleaned_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), cleaner_version=cleaner_version())


def clean_file(
    raw_root: Path, source_file: str, context: BatchContext | None = None, limits: Limits = DEFAULT_LIMITS
) -> Outcome:
    """Every page of one raw file, as a batch would clean it."""
    return clean_files_here(Folder(raw_root), [source_file], RUN, context, limits)
