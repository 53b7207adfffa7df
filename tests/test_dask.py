"""The same flow with its batches on a Dask LocalCluster of 2 worker processes: the same output."""

import pyarrow.parquet as pq
import pytest

from flows.clean_pages import clean_pages
from flows.cli import task_runner
from tests import hostile_corpus
from tests.bench.corpus import text_copies

pytestmark = [pytest.mark.dask, pytest.mark.server]

RUN_COLUMNS = {"cleaned_at", "flow_run_id", "rejected_at"}  # what differs between any two runs


def comparable(folder) -> list[dict]:
    rows = pq.read_table(folder).to_pylist()
    return sorted(({k: v for k, v in row.items() if k not in RUN_COLUMNS} for row in rows), key=lambda r: r["id"])


def test_a_dask_local_cluster_run_gives_output_identical_to_a_local_run(prefect_harness, raw_copy, tmp_path):
    text_copies(raw_copy / "copies", 60)
    (raw_copy / "empty.html").write_bytes(b"")
    (raw_copy / "article.html").write_text(hostile_corpus.ARTICLE)
    local, on_dask = tmp_path / "local", tmp_path / "dask"
    clean_pages(raw_dir=str(raw_copy), clean_dir=str(local), batch_size=10)
    dask_flow = clean_pages.with_options(task_runner=task_runner(None, 2))
    summary = dask_flow(raw_dir=str(raw_copy), clean_dir=str(on_dask), batch_size=10)
    assert summary.cleaned == 66 and summary.rejected == 1
    for table in ("pages", "rejects"):
        assert comparable(on_dask / table) == comparable(local / table)
