"""The last step of a run: publish every staged batch into the dataset, and sum up what it did."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import pyarrow as pa

from output.contract import PAGES_SCHEMA, REJECTS_SCHEMA, SCHEMA_VERSION, RunStamp
from output.dataset import Dataset, read_parquet
from reading.folders import Folder
from runs.batch import BatchReport, concat_or_empty
from runs.plan import Plan
from runs.summary import RunSummary

COMMIT_BYTES = 64 * 2**20  # staged rows gathered into one commit (one new part file) at most, about


@dataclass
class Committed:
    """What a commit changed: the files per table and kind (see `Dataset.changes`), records pruned."""

    files: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    pruned: int = 0

    def any(self) -> bool:
        return any(names for table in self.files.values() for names in table.values())


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


def commit_run(
    dataset: Dataset, reports: list[BatchReport], prune: list[str], run: RunStamp, flow: str, summary: RunSummary
) -> Committed:
    """Publish the run: its batches, the removal of the `prune` ids (records whose raw file is gone,
    when the run was asked to prune), both tables kept readable, and, when any file changed, the
    run's manifest last."""
    commit_batches(dataset, reports)
    dataset.pages.delete(prune)
    dataset.rejects.delete(prune)
    dataset.keep_readable()
    committed = Committed(dataset.changes(), pruned=len(prune))
    summary.pruned = committed.pruned
    if committed.any():
        dataset.publish_manifest(manifest_name(run), manifest(run, flow, summary, committed))
    return committed


def manifest_name(run: RunStamp) -> str:
    """Sorted by time: `20261202T184913Z-<flow run id>.json`."""
    return f"{run.cleaned_at:%Y%m%dT%H%M%SZ}-{run.flow_run_id}.json"


def manifest(run: RunStamp, flow: str, summary: RunSummary, committed: Committed) -> bytes:
    """A run's manifest (fields in contract.json): what it wrote, replaced and removed, and its counts."""
    document = {
        "flow_run_id": run.flow_run_id,
        "flow": flow,
        "cleaner_version": run.cleaner_version,
        "schema_version": SCHEMA_VERSION,
        "finished_at": dt.datetime.now(dt.UTC).isoformat(),
        "counts": {str(row["measure"]): row["count"] for row in summary.table_rows()},
        "files": committed.files,
    }
    return (json.dumps(document, indent=2) + "\n").encode()


def summarize(plan: Plan, reports: list[BatchReport], written: bool = True) -> RunSummary:
    summary = RunSummary(seen=plan.unchanged, unchanged=plan.unchanged, without_raw=plan.gone, written=written)
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
