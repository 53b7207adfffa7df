"""The three steps of a run, as plain functions: plan, clean one batch, commit the batches.

The Prefect flow wraps each in a task; tests call them directly. Only paths and small reports pass
between them: a batch's rows go to a staged Parquet file, never through the orchestrator.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from cleaners.records import RunStamp, page_id, process_raw_file
from cleaners.report import RunSummary
from cleaners.schema import PAGES_SCHEMA, REJECTS_SCHEMA
from cleaners.sources import discover, sha256_file
from cleaners.store import Dataset, write_parquet


@dataclass
class Plan:
    seen: int
    unchanged: int
    batches: list[list[str]]  # relative source paths to clean, in order


@dataclass
class BatchReport:
    pages_file: str
    rejects_file: str
    cleaned: int = 0
    rejected: int = 0
    removals: Counter = field(default_factory=Counter)
    rejects_by_reason: Counter = field(default_factory=Counter)


def plan_run(raw_root: Path, dataset: Dataset, cleaner_version: str, batch_size: int) -> Plan:
    """Skip raw pages whose bytes and cleaner version match what is already written."""
    if not raw_root.is_dir():
        raise FileNotFoundError(f"raw folder {raw_root} does not exist")
    known = dataset.known()
    paths = discover(raw_root)
    todo = [path for path in paths if known.get(page_id(path)) != (_digest_or_none(raw_root / path), cleaner_version)]
    batches = [todo[start : start + batch_size] for start in range(0, len(todo), batch_size)]
    return Plan(seen=len(paths), unchanged=len(paths) - len(todo), batches=batches)


def _digest_or_none(path: Path) -> str | None:
    try:
        return sha256_file(path)
    except OSError:
        return None  # unreadable now: the batch will say why in a reject row


def clean_batch(raw_root: Path, staging: Path, batch_name: str, paths: list[str], run: RunStamp) -> BatchReport:
    """Clean the pages of one batch into two staged Parquet files."""
    pages, rejects = [], []
    report = BatchReport(
        pages_file=str(staging / f"{batch_name}.pages.parquet"),
        rejects_file=str(staging / f"{batch_name}.rejects.parquet"),
    )
    for path in paths:
        outcome = process_raw_file(raw_root, path, run)
        pages += outcome.pages
        rejects += outcome.rejects
        report.removals.update(outcome.removals)
        report.rejects_by_reason.update(row["reason"] for row in outcome.rejects)
    report.cleaned, report.rejected = len(pages), len(rejects)
    write_parquet(pa.Table.from_pylist(pages, schema=PAGES_SCHEMA), Path(report.pages_file))
    write_parquet(pa.Table.from_pylist(rejects, schema=REJECTS_SCHEMA), Path(report.rejects_file))
    return report


def commit_batches(dataset: Dataset, reports: list[BatchReport]) -> None:
    """Publish every staged batch into the dataset, in order."""
    for report in reports:
        dataset.commit(
            pq.read_table(report.pages_file, schema=PAGES_SCHEMA),
            pq.read_table(report.rejects_file, schema=REJECTS_SCHEMA),
        )


def summarize(plan: Plan, reports: list[BatchReport]) -> RunSummary:
    summary = RunSummary(seen=plan.seen, unchanged=plan.unchanged)
    for report in reports:
        summary.cleaned += report.cleaned
        summary.rejected += report.rejected
        summary.removals.update(report.removals)
        summary.rejects_by_reason.update(report.rejects_by_reason)
    return summary
