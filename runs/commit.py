"""The last step of a run: publish every staged batch into the dataset, and sum up what it did."""

from __future__ import annotations

import pyarrow as pa

from output.contract import PAGES_SCHEMA, REJECTS_SCHEMA
from output.dataset import Dataset, read_parquet
from reading.folders import Folder
from runs.batch import BatchReport, concat_or_empty
from runs.plan import Plan
from runs.summary import RunSummary

COMMIT_BYTES = 64 * 2**20  # staged rows gathered into one commit (one new part file) at most, about


def commit_batches(dataset: Dataset, reports: list[BatchReport]) -> None:
    """Publish every staged batch into the dataset, in order; consecutive batches go in together
    up to COMMIT_BYTES, so small batches do not make small files and memory stays bounded."""
    pages: list[pa.Table] = []
    rejects: list[pa.Table] = []
    gathered = 0  # bytes of the tables in `pages` and `rejects`
    for number, report in enumerate(reports, start=1):
        pages.append(staged_table(report, "pages"))
        rejects.append(staged_table(report, "rejects"))
        gathered += pages[-1].nbytes + rejects[-1].nbytes
        if number == len(reports) or gathered >= COMMIT_BYTES:
            dataset.commit(pa.concat_tables(pages), pa.concat_tables(rejects))
            pages, rejects, gathered = [], [], 0


def summarize(plan: Plan, reports: list[BatchReport]) -> RunSummary:
    summary = RunSummary(seen=plan.unchanged, unchanged=plan.unchanged)
    for report in reports:
        summary.merge(report.counts)
    return summary


def staged_table(report: BatchReport, which: str) -> pa.Table:
    """A batch's staged page (`which="pages"`) or reject (`"rejects"`) rows."""
    if which == "pages":
        return read_parquet(Folder(report.staging), report.pages_file, schema=PAGES_SCHEMA)
    return read_parquet(Folder(report.staging), report.rejects_file, schema=REJECTS_SCHEMA)


def staged_rows(reports: list[BatchReport], which: str) -> pa.Table:
    """Every staged page or reject row of a run."""
    schema = PAGES_SCHEMA if which == "pages" else REJECTS_SCHEMA
    return concat_or_empty([staged_table(report, which) for report in reports], schema)
