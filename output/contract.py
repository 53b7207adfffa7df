"""The output contract: the Arrow schemas of `clean/pages/` and `clean/rejects/`, and the only
functions that build their rows.

Schema and row builders are one contract, kept in one place: a row whose keys are not exactly the
schema's columns (a misspelled, missing or extra key), or that leaves a required column empty, is an
error where it is built, never a silent null column in a file. Downstream jobs (DuckDB, pandas,
polars, Spark) rely on these columns; change them only with a new SCHEMA_VERSION and a README update.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from cleaners.text_page import CleanedText
from cleaners.urls import domain_of
from reading.pages import RawPage
from reading.rejects import Rejected

SCHEMA_VERSION = "3"
SCHEMA_VERSION_KEY = b"page_cleaner.schema_version"
# What else each file's key-value metadata says about itself (the run that last wrote the file).
CLEANER_VERSION_KEY = b"page_cleaner.cleaner_version"
FLOW_RUN_ID_KEY = b"page_cleaner.flow_run_id"
SCHEMA_KEY = b"page_cleaner.schema"  # the table's columns as in contract.json, as JSON
UTC_MICROS = pa.timestamp("us", tz="UTC")

REMOVED_TYPE = pa.list_(pa.struct([("rule", pa.string()), ("text", pa.string())]))

# The columns as typed lists: pyarrow-stubs cannot join Field[StringType] with Field[Date32Type] and
# the like, so a bare list literal passed to pa.schema reads as list[object].
_PAGES_FIELDS: list[pa.Field] = [
    pa.field("id", pa.string(), nullable=False),
    pa.field("url", pa.string()),
    pa.field("url_source", pa.string()),
    pa.field("domain", pa.string()),
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("raw_sha256", pa.string(), nullable=False),
    pa.field("fetched_at", UTC_MICROS),
    pa.field("title", pa.string()),
    pa.field("authors", pa.list_(pa.string()), nullable=False),
    pa.field("published_date", pa.date32()),
    pa.field("published_at", UTC_MICROS),
    pa.field("published_source", pa.string()),  # which candidate gave an HTML page's date (cleaners/published.py)
    pa.field("language", pa.string()),
    pa.field("text", pa.string(), nullable=False),
    pa.field("removed", REMOVED_TYPE, nullable=False),
    pa.field("source_meta", pa.string()),  # JSON object of the input's extra fields (sidecar, JSONL)
    pa.field("cleaner_version", pa.string(), nullable=False),
    pa.field("cleaned_at", UTC_MICROS, nullable=False),
    pa.field("flow_run_id", pa.string(), nullable=False),
]
PAGES_SCHEMA = pa.schema(_PAGES_FIELDS, metadata={SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode()})

_REJECTS_FIELDS: list[pa.Field] = [
    pa.field("id", pa.string(), nullable=False),
    pa.field("source_path", pa.string(), nullable=False),
    pa.field("raw_sha256", pa.string()),  # null when the bytes could not be read
    pa.field("reason", pa.string(), nullable=False),
    pa.field("message", pa.string(), nullable=False),
    pa.field("cleaner_version", pa.string(), nullable=False),
    pa.field("rejected_at", UTC_MICROS, nullable=False),
    pa.field("flow_run_id", pa.string(), nullable=False),
]
REJECTS_SCHEMA = pa.schema(_REJECTS_FIELDS, metadata={SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode()})

Row = dict[str, Any]


class RowShapeError(ValueError):
    """A row builder and its schema disagree: a bug in this project, caught before any file is written."""


class Columns:
    """A schema's column names and its required (non-nullable) ones, for checking rows cheaply."""

    def __init__(self, schema: pa.Schema):
        self.names = frozenset(schema.names)
        self.required = tuple(field.name for field in schema if not field.nullable)

    def check(self, row: Row, what: str) -> Row:
        if row.keys() != self.names:
            missing, extra = sorted(self.names - row.keys()), sorted(row.keys() - self.names)
            raise RowShapeError(f"a {what} row does not fit its schema: missing {missing}, unknown {extra}")
        if empty := [name for name in self.required if row[name] is None]:
            raise RowShapeError(f"a {what} row leaves required columns empty: {empty}")
        return row


PAGE_COLUMNS = Columns(PAGES_SCHEMA)
REJECT_COLUMNS = Columns(REJECTS_SCHEMA)


@dataclass(frozen=True)
class RunStamp:
    """What every row of one run carries about the run itself."""

    flow_run_id: str
    cleaned_at: dt.datetime
    cleaner_version: str


def page_id(source_path: str) -> str:
    """Stable id of a raw page: the same raw path keeps the same id across re-cleans."""
    return hashlib.sha256(source_path.encode("utf-8")).hexdigest()[:32]


def page_row(raw: RawPage, cleaned: CleanedText, url_source: str | None, run: RunStamp) -> Row:
    published = cleaned.published
    row = {
        "id": page_id(raw.source_path),
        "url": cleaned.url,
        "url_source": url_source,
        "domain": domain_of(cleaned.url),
        "source_path": raw.source_path,
        "raw_sha256": raw.raw_sha256,
        "fetched_at": raw.fetched_at,
        "title": cleaned.title,
        "authors": cleaned.authors,
        "published_date": published.date if published else None,
        "published_at": published.at if published else None,
        "published_source": published.source if published else None,
        "language": cleaned.language,
        "text": cleaned.text,
        "removed": [{"rule": r.rule, "text": r.text} for r in cleaned.removed],
        "source_meta": json.dumps(raw.extra, ensure_ascii=False, sort_keys=True, default=str) if raw.extra else None,
        "cleaner_version": run.cleaner_version,
        "cleaned_at": run.cleaned_at,
        "flow_run_id": run.flow_run_id,
    }
    return PAGE_COLUMNS.check(row, "page")


def reject_row(source_path: str, rejected: Rejected, run: RunStamp) -> Row:
    row = {
        "id": page_id(source_path),
        "source_path": source_path,
        "raw_sha256": rejected.raw_sha256,
        "reason": rejected.reason,
        "message": rejected.message,
        "cleaner_version": run.cleaner_version,
        "rejected_at": run.cleaned_at,
        "flow_run_id": run.flow_run_id,
    }
    return REJECT_COLUMNS.check(row, "reject")


def columns_of(schema: pa.Schema) -> list[dict[str, object]]:
    """A schema's columns as data: name, Arrow type and whether it may be null."""
    return [{"name": field.name, "type": str(field.type), "nullable": field.nullable} for field in schema]


def file_metadata(schema: pa.Schema, run: RunStamp | None) -> dict[bytes, bytes]:
    """The key-value metadata of a file of this schema written by `run` (None: a writer outside any run)."""
    metadata = {**(schema.metadata or {}), SCHEMA_KEY: json.dumps(columns_of(schema)).encode()}
    if run is not None:
        metadata[CLEANER_VERSION_KEY] = run.cleaner_version.encode()
        metadata[FLOW_RUN_ID_KEY] = run.flow_run_id.encode()
    return metadata


def pages_table(rows: list[Row]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=PAGES_SCHEMA)


def rejects_table(rows: list[Row]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=REJECTS_SCHEMA)
