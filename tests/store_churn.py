"""A writer that keeps re-publishing the same ids, for crash and reader tests.

    python -m tests.store_churn CLEAN_DIR ROUNDS [IDS]

Round 0 inserts IDS ids in batches of 25; every later round rewrites all of them (new text), so at any
moment some files are being replaced.
"""

import datetime as dt
import sys
from pathlib import Path

import pyarrow as pa

from output.contract import PAGES_SCHEMA
from output.dataset import Dataset, writer_lock
from reading.folders import Folder

BATCH = 25


def page(number: int, round_number: int) -> dict:
    return {
        "id": f"id-{number:05d}",
        "source_path": f"page-{number:05d}.txt",
        "raw_sha256": "0" * 64,
        "authors": [],
        "text": f"round {round_number} " + "lorem ipsum " * 50,
        "removed": [{"rule": "navigation", "text": "Menu"}],
        "cleaner_version": f"round-{round_number}",
        "cleaned_at": dt.datetime.now(dt.UTC),
        "flow_run_id": "churn",
    }


def churn(clean_dir: Path, rounds: int, ids: int) -> None:
    empty_rejects = Dataset(Folder(clean_dir)).rejects.schema.empty_table()
    with writer_lock(Folder(clean_dir), owner="churn", timeout_s=60):
        dataset = Dataset(Folder(clean_dir))
        for round_number in range(rounds):
            for start in range(0, ids, BATCH):
                rows = [page(n, round_number) for n in range(start, min(start + BATCH, ids))]
                dataset.commit(pa.Table.from_pylist(rows, schema=PAGES_SCHEMA), empty_rejects)


if __name__ == "__main__":
    churn(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 200)
