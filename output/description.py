"""The dataset's contract as data (`contract.json` in the repository): what a downstream job may rely on.

`make docs` writes it from the code's own tables and schemas; tests/test_docs.py fails when the file in
the repository says something else, so a change of columns, reasons or layout shows in review.
"""

from __future__ import annotations

import json
from typing import Any

from output.contract import (
    CLEANER_VERSION_KEY,
    FLOW_RUN_ID_KEY,
    PAGES_SCHEMA,
    REJECTS_SCHEMA,
    SCHEMA_KEY,
    SCHEMA_VERSION,
    SCHEMA_VERSION_KEY,
    columns_of,
)
from output.dataset import EMPTY_PART, LATEST_NAME, MANIFESTS_NAME
from reading.rejects import REJECT_REASONS


def contract() -> dict[str, Any]:
    """Both datasets (read each on its own: their columns differ), the files' metadata, the run manifests."""
    return {
        "schema_version": SCHEMA_VERSION,
        "datasets": {
            "pages": {
                "glob": "pages/**/*.parquet",
                "key": "id",
                "row": "one cleaned raw page",
                "columns": columns_of(PAGES_SCHEMA),
            },
            "rejects": {
                "glob": "rejects/**/*.parquet",
                "key": "id",
                "row": "one raw page that could not become a page",
                "columns": columns_of(REJECTS_SCHEMA),
                "reasons": dict(REJECT_REASONS),
            },
        },
        "guarantees": [
            "an id is in exactly one file of one dataset",
            "every file a `*.parquet` glob under the clean folder reaches is whole",
            f"each dataset holds at least one file ({EMPTY_PART} has zero rows while it has no rows)",
        ],
        "file_metadata": {
            SCHEMA_VERSION_KEY.decode(): "schema_version above",
            SCHEMA_KEY.decode(): "the dataset's columns, as under `columns` above (JSON)",
            CLEANER_VERSION_KEY.decode(): "cleaner_version of the run that last wrote the file",
            FLOW_RUN_ID_KEY.decode(): "Prefect flow run that last wrote the file",
        },
        "manifests": {
            "glob": f"{MANIFESTS_NAME}/*.json",
            "latest": LATEST_NAME,
            "written": "by every run that changed a file, once all its files are in place; "
            f"{LATEST_NAME} is replaced last, so a downstream job can wait for its flow_run_id to change",
            "fields": {
                "flow_run_id": "the run",
                "flow": "clean-pages or reclean",
                "cleaner_version": "of the run",
                "schema_version": "of the files",
                "finished_at": "ISO 8601, UTC",
                "counts": "the run summary: measure -> count",
                "files": "per dataset: written, replaced and removed file names",
            },
        },
    }


def contract_json() -> str:
    return json.dumps(contract(), indent=2, ensure_ascii=False) + "\n"
