"""The output contract: explicit Arrow schemas for `clean/pages/` and `clean/rejects/`.

Downstream jobs (DuckDB, pandas, polars, Spark) rely on these columns; change them only with a new
SCHEMA_VERSION and a README update.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = "2"
SCHEMA_VERSION_KEY = b"page_cleaner.schema_version"
UTC_MICROS = pa.timestamp("us", tz="UTC")

REMOVED_TYPE = pa.list_(pa.struct([("rule", pa.string()), ("text", pa.string())]))

PAGES_SCHEMA = pa.schema(
    [
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
        pa.field("language", pa.string()),
        pa.field("text", pa.string(), nullable=False),
        pa.field("removed", REMOVED_TYPE, nullable=False),
        pa.field("source_meta", pa.string()),  # JSON object of the input's extra fields (sidecar, JSONL)
        pa.field("cleaner_version", pa.string(), nullable=False),
        pa.field("cleaned_at", UTC_MICROS, nullable=False),
        pa.field("flow_run_id", pa.string(), nullable=False),
    ],
    metadata={SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode()},
)

REJECTS_SCHEMA = pa.schema(
    [
        pa.field("id", pa.string(), nullable=False),
        pa.field("source_path", pa.string(), nullable=False),
        pa.field("raw_sha256", pa.string()),  # null when the bytes could not be read
        pa.field("reason", pa.string(), nullable=False),
        pa.field("message", pa.string(), nullable=False),
        pa.field("cleaner_version", pa.string(), nullable=False),
        pa.field("rejected_at", UTC_MICROS, nullable=False),
        pa.field("flow_run_id", pa.string(), nullable=False),
    ],
    metadata={SCHEMA_VERSION_KEY: SCHEMA_VERSION.encode()},
)
