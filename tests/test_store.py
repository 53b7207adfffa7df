"""The dataset guarantees: one file per id, whole files only, one writer, readable at any moment."""

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from unittest.mock import ANY

import duckdb
import polars
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from output.contract import (
    CLEANER_VERSION_KEY,
    FLOW_RUN_ID_KEY,
    PAGES_SCHEMA,
    REJECTS_SCHEMA,
    SCHEMA_KEY,
    SCHEMA_VERSION,
    SCHEMA_VERSION_KEY,
)
from output.dataset import EMPTY_PART, LATEST_NAME, ROW_GROUP_SIZE, Dataset, WriterLockTimeout, writer_lock
from output.description import contract_json
from reading.folders import Folder
from runs.batch import clean_batch
from runs.commit import commit_run, manifest_name
from runs.plan import plan_run
from runs.summary import RunSummary
from tests.conftest import PROJECT
from tests.pages import RUN
from tests.store_churn import page

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def pages(*numbers, round_number=0):
    return pa.Table.from_pylist([page(n, round_number) for n in numbers], schema=PAGES_SCHEMA)


def reject(number):
    row = {
        "id": f"id-{number:05d}",
        "source_path": f"page-{number:05d}.txt",
        "raw_sha256": None,
        "reason": "empty",
        "message": "empty",
        "cleaner_version": "v",
        "rejected_at": NOW,
        "flow_run_id": "t",
    }
    return pa.Table.from_pylist([row], schema=REJECTS_SCHEMA)


def ids_per_file(folder: Path) -> dict[str, list[str]]:
    return {p.name: pq.read_table(p, columns=["id"])["id"].to_pylist() for p in sorted(folder.glob("*.parquet"))}  # type: ignore[misc]


def all_ids(folder: Path) -> list[str]:
    return sorted(i for ids in ids_per_file(folder).values() for i in ids)


def test_updates_replace_rows_inside_the_file_that_holds_them(tmp_path):
    dataset = Dataset(Folder(tmp_path))
    dataset.commit(pages(1, 2, 3), REJECTS_SCHEMA.empty_table())
    dataset.commit(pages(4, 5), REJECTS_SCHEMA.empty_table())
    before = ids_per_file(tmp_path / "pages")
    Dataset(Folder(tmp_path)).commit(pages(2, 5, 6, round_number=1), REJECTS_SCHEMA.empty_table())
    after = ids_per_file(tmp_path / "pages")
    assert all_ids(tmp_path / "pages") == [f"id-{n:05d}" for n in range(1, 7)]
    for name, ids in before.items():
        assert set(ids) <= set(after[name])  # old homes kept their ids
    table = pq.read_table(tmp_path / "pages")
    versions = dict(zip(table["id"].to_pylist(), table["cleaner_version"].to_pylist(), strict=True))
    assert versions["id-00002"] == versions["id-00005"] == "round-1" and versions["id-00001"] == "round-0"


def test_a_page_that_becomes_a_reject_leaves_pages_and_back(tmp_path):
    dataset = Dataset(Folder(tmp_path))
    dataset.commit(pages(1, 2), REJECTS_SCHEMA.empty_table())
    dataset.commit(PAGES_SCHEMA.empty_table(), reject(2))
    assert all_ids(tmp_path / "pages") == ["id-00001"] and all_ids(tmp_path / "rejects") == ["id-00002"]
    dataset.commit(pages(2), REJECTS_SCHEMA.empty_table())
    assert all_ids(tmp_path / "pages") == ["id-00001", "id-00002"] and all_ids(tmp_path / "rejects") == []


def test_reconcile_resolves_an_id_left_in_both_folders(tmp_path):
    dataset = Dataset(Folder(tmp_path))
    dataset.pages.upsert(pages(1))
    dataset.rejects.upsert(reject(1))
    assert Dataset(Folder(tmp_path)).reconcile() == 1
    assert all_ids(tmp_path / "rejects") == []


# The README's output contract, written out by hand: (column, Arrow type as read back, nullable).
README_PAGES_COLUMNS = [
    ("id", "string", False),
    ("url", "string", True),
    ("url_source", "string", True),
    ("domain", "string", True),
    ("source_path", "string", False),
    ("raw_sha256", "string", False),
    ("fetched_at", "timestamp[us, tz=UTC]", True),
    ("title", "string", True),
    ("authors", "list<element: string>", False),
    ("published_date", "date32[day]", True),
    ("published_at", "timestamp[us, tz=UTC]", True),
    ("published_source", "string", True),
    ("language", "string", True),
    ("text", "string", False),
    ("removed", "list<element: struct<rule: string, text: string>>", False),
    ("source_meta", "string", True),
    ("cleaner_version", "string", False),
    ("cleaned_at", "timestamp[us, tz=UTC]", False),
    ("flow_run_id", "string", False),
]
README_REJECTS_COLUMNS = [
    ("id", "string", False),
    ("source_path", "string", False),
    ("raw_sha256", "string", True),
    ("reason", "string", False),
    ("message", "string", False),
    ("cleaner_version", "string", False),
    ("rejected_at", "timestamp[us, tz=UTC]", False),
    ("flow_run_id", "string", False),
]


def test_files_carry_schema_version_zstd_and_row_group_size(tmp_path):
    Dataset(Folder(tmp_path)).commit(pages(*range(ROW_GROUP_SIZE + 5)), reject(ROW_GROUP_SIZE + 5))
    (path,) = (tmp_path / "pages").glob("*.parquet")
    metadata = pq.read_metadata(path)
    assert metadata.schema.to_arrow_schema().metadata[SCHEMA_VERSION_KEY] == SCHEMA_VERSION.encode()
    assert metadata.row_group(0).column(0).compression == "ZSTD"
    assert metadata.num_row_groups == 2 and metadata.row_group(0).num_rows == ROW_GROUP_SIZE
    (rejects_path,) = (tmp_path / "rejects").glob("*.parquet")
    for file, expected in ((path, README_PAGES_COLUMNS), (rejects_path, README_REJECTS_COLUMNS)):
        assert [(field.name, str(field.type), field.nullable) for field in pq.read_schema(file)] == expected


def test_downstream_sql_sees_the_readme_types(tmp_path):
    """What a DuckDB user gets from `clean/pages/**/*.parquet`: UTC instants, a date, lists and structs."""
    Dataset(Folder(tmp_path)).commit(pages(1), REJECTS_SCHEMA.empty_table())
    described = duckdb.execute(f"describe select * from '{tmp_path}/pages/**/*.parquet'").fetchall()
    types = {name: kind for name, kind, *_ in described}
    assert types == {name: "VARCHAR" for name, arrow, _ in README_PAGES_COLUMNS if arrow == "string"} | {
        "fetched_at": "TIMESTAMP WITH TIME ZONE",
        "published_at": "TIMESTAMP WITH TIME ZONE",
        "cleaned_at": "TIMESTAMP WITH TIME ZONE",
        "published_date": "DATE",
        "authors": "VARCHAR[]",
        "removed": 'STRUCT("rule" VARCHAR, "text" VARCHAR)[]',
    }


def test_a_failed_write_leaves_no_file_in_the_dataset(tmp_path, monkeypatch):
    dataset = Dataset(Folder(tmp_path))
    dataset.commit(pages(1), REJECTS_SCHEMA.empty_table())
    before = {p.name: p.read_bytes() for p in (tmp_path / "pages").iterdir()}

    def crash_midway(table, where, **kwargs):
        where.write(b"PAR1 half a file")
        raise OSError("disk full")

    monkeypatch.setattr(pq, "write_table", crash_midway)
    with pytest.raises(OSError):
        Dataset(Folder(tmp_path)).commit(pages(1, 2, round_number=1), REJECTS_SCHEMA.empty_table())
    assert {p.name: p.read_bytes() for p in (tmp_path / "pages").iterdir()} == before
    assert duckdb.execute(f"select count(*) from '{tmp_path}/pages/**/*.parquet'").fetchall() == [(1,)]


def test_writer_lock_is_exclusive_across_processes(tmp_path):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import sys, time\nfrom output.dataset import writer_lock\nfrom reading.folders import Folder\n"
                "with writer_lock(Folder(sys.argv[1]), 'holder', 10):\n    print('held', flush=True); time.sleep(3)"
            ),
            str(tmp_path),
        ],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    held_since = time.monotonic()
    messages: list[str] = []
    with (
        pytest.raises(WriterLockTimeout, match="holder"),
        writer_lock(Folder(tmp_path), "second", timeout_s=0.5, on_wait=messages.append),
    ):
        pass
    assert messages and "holder" in messages[0]
    with writer_lock(Folder(tmp_path), "third", timeout_s=30):
        assert time.monotonic() - held_since > 2.5  # only got it once the holder's 3 s were over
    holder.wait()


def read_consistently(folder: Path, expected: int, stop: threading.Event, errors: list, reads: list):
    pattern = f"{folder}/**/*.parquet"
    while not stop.is_set():
        try:
            ids = duckdb.execute(f"select id from read_parquet('{pattern}')").fetchall()
            if len(ids) != expected or len(set(ids)) != expected:
                errors.append(f"duckdb saw {len(ids)} rows, {len(set(ids))} distinct")
            table = ds.dataset(folder, format="parquet").to_table(columns=["id"])
            if table.num_rows != expected or len(set(table["id"].to_pylist())) != expected:
                errors.append(f"pyarrow saw {table.num_rows} rows")
            reads.append(1)
        except Exception as error:  # any reader error is a failure of the guarantee
            errors.append(repr(error))


def test_readers_never_see_an_error_a_duplicate_or_a_gap_while_files_are_replaced(tmp_path):
    ids = 200
    subprocess.run([sys.executable, "-m", "tests.store_churn", str(tmp_path), "1", str(ids)], cwd=PROJECT, check=True)
    stop, errors, reads = threading.Event(), list[str](), list[int]()
    reader = threading.Thread(target=read_consistently, args=(tmp_path / "pages", ids, stop, errors, reads))
    reader.start()
    try:
        subprocess.run(
            [sys.executable, "-m", "tests.store_churn", str(tmp_path), "8", str(ids)], cwd=PROJECT, check=True
        )
    finally:
        stop.set()
        reader.join()
    assert errors == [] and len(reads) > 20


def wait_for_a_commit(folder, writer, timeout_s=120.0):
    """Until the writer has published a file: a kill before its first commit would test nothing."""
    deadline = time.monotonic() + timeout_s
    while not any(folder.glob("*.parquet")):
        assert writer.poll() is None and time.monotonic() < deadline, "the writer never committed"
        time.sleep(0.05)


@pytest.mark.slow  # a crash test: six writers SIGKILLed at random moments, 1 to 3 s apart
def test_sigkill_mid_write_leaves_a_readable_dataset(tmp_path):
    ids = 200
    rng = random.Random(7)
    for _ in range(6):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.store_churn", str(tmp_path), "50", str(ids)], cwd=PROJECT
        )
        wait_for_a_commit(tmp_path / "pages", writer)  # a loaded machine may take seconds to start Python
        time.sleep(rng.uniform(1.0, 3.0))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        found = all_ids(tmp_path / "pages")
        assert len(found) == len(set(found))
        query = f"select count(distinct id) = count(*) from '{tmp_path}/pages/**/*.parquet'"
        assert duckdb.execute(query).fetchall() == [(True,)]
    subprocess.run([sys.executable, "-m", "tests.store_churn", str(tmp_path), "1", str(ids)], cwd=PROJECT, check=True)
    assert all_ids(tmp_path / "pages") == [f"id-{n:05d}" for n in range(ids)]
    assert all(path.suffix == ".parquet" for path in (tmp_path / "pages").iterdir())


def test_a_fresh_dataset_is_readable_in_both_tables_and_the_empty_file_goes_once_rows_come(tmp_path):
    """A first run without a reject still leaves `rejects/` readable, with its columns, by every reader."""
    dataset = Dataset(Folder(tmp_path))
    dataset.commit(pages(1), REJECTS_SCHEMA.empty_table())
    dataset.keep_readable()
    assert [p.name for p in (tmp_path / "rejects").iterdir()] == [EMPTY_PART]
    glob = f"{tmp_path}/rejects/**/*.parquet"
    assert duckdb.execute(f"select count(*) from '{glob}'").fetchall() == [(0,)]
    assert polars.scan_parquet(glob).collect().columns == REJECTS_SCHEMA.names
    assert pq.read_table(tmp_path / "rejects").schema.names == REJECTS_SCHEMA.names
    dataset.commit(PAGES_SCHEMA.empty_table(), reject(2))
    dataset.keep_readable()
    assert EMPTY_PART not in ids_per_file(tmp_path / "rejects") and all_ids(tmp_path / "rejects") == ["id-00002"]


def test_files_describe_themselves_and_a_run_leaves_a_manifest_after_its_files(tmp_path):
    dataset = Dataset(Folder(tmp_path), RUN)
    commit_run(dataset, [], [], RUN, "clean-pages", RunSummary())  # nothing staged: only the empty files
    dataset.commit(pages(1, 2), reject(3))
    dataset.keep_readable()
    (path,) = (tmp_path / "pages").glob("*.parquet")
    metadata = pq.read_schema(path).metadata
    assert metadata[CLEANER_VERSION_KEY] == RUN.cleaner_version.encode()
    assert metadata[FLOW_RUN_ID_KEY] == RUN.flow_run_id.encode()
    assert json.loads(metadata[SCHEMA_KEY]) == json.loads(contract_json())["datasets"]["pages"]["columns"]
    assert dataset.changes() == {"pages": {"removed": [EMPTY_PART], "written": [path.name]}, "rejects": ANY}
    latest = json.loads((tmp_path / LATEST_NAME).read_text())
    assert latest["flow_run_id"] == RUN.flow_run_id and latest["files"]["pages"] == {"written": [EMPTY_PART]}
    assert [p.name for p in (tmp_path / "_runs").iterdir()] == [manifest_name(RUN)]


def test_no_partial_file_of_a_run_is_in_reach_of_a_parquet_glob(raw_copy, tmp_path):
    """Staged batches are Parquet under names a `clean/**/*.parquet` glob (DuckDB's) does not match."""
    dataset = Dataset(Folder(tmp_path / "clean"), RUN)
    staging = dataset.run_staging(RUN.flow_run_id)
    plan = plan_run(Folder(raw_copy), dataset, staging, RUN.cleaner_version, batch_size=2)
    reports = [clean_batch(Folder(raw_copy), batch, RUN) for batch in plan.batches]
    staged = sorted(p.name for p in Path(staging.location).iterdir())
    assert len(staged) == 2 + 2 * len(reports) and not [name for name in staged if name.endswith(".parquet")]
    assert list((tmp_path / "clean").rglob("*.parquet")) == []
    commit_run(dataset, reports, [], RUN, "clean-pages", RunSummary())
    reached = {p.parent.name for p in (tmp_path / "clean").rglob("*.parquet")}
    assert reached == {"pages", "rejects"}
    assert duckdb.execute(f"select count(*) from '{tmp_path}/clean/pages/**/*.parquet'").fetchall() == [(5,)]
