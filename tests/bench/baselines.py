"""The hand-written loops `make bench` compares against, each run in its own process.

python -m tests.bench.baselines html RAW_DIR OUT.parquet   # A: bare trafilatura, one process
python -m tests.bench.baselines text RAW_DIR OUT.parquet   # B: read each text file, write Parquet
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import cast

import pyarrow as pa
import pyarrow.parquet as pq
import trafilatura
from trafilatura.settings import Document


def html_loop(raw: Path) -> pa.Table:
    rows = []
    for path in sorted(raw.rglob("*.html")):
        # Without the deprecated `as_dict` it returns a Document; its annotation also names the dict.
        document = cast("Document | None", trafilatura.bare_extraction(path.read_bytes(), with_metadata=True))
        rows.append(
            {
                "source_path": path.relative_to(raw).as_posix(),
                "title": document.title if document else None,
                "author": document.author if document else None,
                "date": document.date if document else None,
                "text": document.text if document else "",
            }
        )
    return pa.Table.from_pylist(rows)


def text_loop(raw: Path) -> pa.Table:
    paths = sorted(raw.rglob("*.txt"))
    return pa.table(
        {
            "source_path": [path.relative_to(raw).as_posix() for path in paths],
            "text": [path.read_text(encoding="utf-8") for path in paths],
        }
    )


if __name__ == "__main__":
    kind, raw_dir, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    table = {"html": html_loop, "text": text_loop}[kind](raw_dir)
    pq.write_table(table, out, compression="zstd")
