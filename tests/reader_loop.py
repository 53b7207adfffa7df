"""A downstream reader, run in its own process during crash tests: reads `clean/pages` over and over.

    python -m tests.reader_loop PAGES_DIR STOP_FILE REPORT_FILE

Every read goes through DuckDB and pyarrow; an error, a duplicate id, or an id that was there and is
gone is recorded. The loop stops when STOP_FILE exists and writes its findings to REPORT_FILE (JSON).
"""

import json
import sys
from pathlib import Path

import duckdb
import pyarrow.dataset as ds

from output.dataset import not_null_strings


def read_ids(pages: Path) -> tuple[list[str], list[str]]:
    by_duckdb = [row[0] for row in duckdb.execute(f"select id from read_parquet('{pages}/*.parquet')").fetchall()]
    by_pyarrow = not_null_strings(ds.dataset(pages, format="parquet").to_table(columns=["id"])["id"])
    return by_duckdb, by_pyarrow


def watch(pages: Path, stop: Path) -> dict:
    seen: set[str] = set()
    reads, errors = 0, []
    while not stop.exists():
        if not any(pages.glob("*.parquet")):
            continue
        try:
            for reader, ids in zip(("duckdb", "pyarrow"), read_ids(pages), strict=True):
                if len(ids) != len(set(ids)):
                    errors.append(f"{reader}: {len(ids) - len(set(ids))} duplicate ids")
                if gone := seen - set(ids):
                    errors.append(f"{reader}: {len(gone)} ids went missing, e.g. {sorted(gone)[0]}")
                seen |= set(ids)
            reads += 1
        except Exception as error:  # any failure to read is what this loop exists to catch
            errors.append(f"{type(error).__name__}: {error}")
    return {"reads": reads, "ids": len(seen), "errors": errors[:50], "error_count": len(errors)}


if __name__ == "__main__":
    pages_dir, stop_file, report_file = map(Path, sys.argv[1:4])
    report_file.write_text(json.dumps(watch(pages_dir, stop_file)))
