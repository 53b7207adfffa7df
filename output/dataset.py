"""The Parquet dataset under `clean/`: one writer at a time, files that appear only whole.

Layout:
    clean/pages/part-*.parquet     one row per cleaned raw page
    clean/rejects/part-*.parquet   one row per rejected raw page
    clean/_runs/*.json             one manifest per run that changed something (files written, counts)
    clean/_latest.json             the manifest of the last complete run that changed something
    clean/.staging/                 files being written (same filesystem, outside the dataset roots);
                                    no name there ends in `.parquet`, so no `clean/**/*.parquet` glob
                                    (DuckDB's, polars') ever reaches a file that is not whole
    clean/.writer.lock              held by the single writer for a whole run

Both tables always hold at least one file (a zero-row `part-empty.parquet` while they have no rows),
so a reader of a fresh dataset gets no rows with the right columns instead of "no files found".

Every id lives in exactly one file. A new id goes into a new file; a changed record is written into a
replacement of the file that holds it, under the same name (`Folder.write_whole`). Readers therefore
see either the old file or the new one, never a gap, a duplicate or a half-written file. The clean
folder may also be an object store (`s3://bucket/clean`, any fsspec URL): see `reading.folders`.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
import uuid
from collections.abc import Callable, Iterator
from typing import BinaryIO, Final, cast

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from output.contract import PAGES_SCHEMA, REJECTS_SCHEMA, RunStamp, file_metadata
from reading.folders import Folder

ROW_GROUP_SIZE = 2_000
COMPRESSION: Final = "zstd"
COMPRESSION_LEVEL = 3
LOCK_NAME = ".writer.lock"
STAGING_NAME = ".staging"
MANIFESTS_NAME = "_runs"
LATEST_NAME = "_latest.json"
EMPTY_PART = "part-empty.parquet"  # a table with no rows holds this zero-row file, so readers find one
_INDEX_COLUMNS = ["id", "source_path", "raw_sha256", "cleaner_version"]
# id -> (raw_sha256, cleaner_version) of every page and reject already written
Known = dict[str, tuple[str | None, str]]


def not_null_strings(column: pa.ChunkedArray) -> list[str]:
    """A string column the schema declares not nullable (`id`, `cleaner_version`, an index's `file`) as
    Python strings: pyarrow's types allow a null in every column, the schema does not here."""
    return cast("list[str]", column.to_pylist())


class WriterLockTimeout(RuntimeError):
    pass


@contextlib.contextmanager
def writer_lock(
    clean_root: Folder, owner: str, timeout_s: float, on_wait: Callable[[str], None] = lambda _: None
) -> Iterator[None]:
    """Hold the dataset's writer lock; wait for another writer at most `timeout_s` seconds."""
    with open(clean_root.lock_path(LOCK_NAME), "a+") as handle:
        deadline = time.monotonic() + timeout_s
        announced = False
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another run"
                if time.monotonic() >= deadline:
                    raise WriterLockTimeout(
                        f"{clean_root} is being written by {holder}; gave up after {timeout_s:.0f}s"
                    ) from None
                if not announced:
                    on_wait(f"waiting for the writer lock on {clean_root}, held by {holder}")
                    announced = True
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(f"{owner} (pid {os.getpid()})\n")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            handle.flush()
            fcntl.flock(handle, fcntl.LOCK_UN)


def parquet_writer(table: pa.Table) -> Callable[[BinaryIO], None]:
    """What writes `table` into an open file, with the project's settings."""

    def write(handle: BinaryIO) -> None:
        pq.write_table(
            table, handle, compression=COMPRESSION, compression_level=COMPRESSION_LEVEL, row_group_size=ROW_GROUP_SIZE
        )

    return write


def write_parquet(table: pa.Table, folder: Folder, name: str) -> None:
    """One Parquet file no reader looks at (a staged batch): fsynced on disk, one upload on a store."""
    folder.write_file(name, parquet_writer(table))


def read_parquet(
    folder: Folder, name: str, columns: list[str] | None = None, schema: pa.Schema | None = None
) -> pa.Table:
    """One Parquet file (only `columns`, when given), local or on an object store."""
    if folder.is_local:
        return pq.read_table(os.path.join(folder.location, name), columns=columns, schema=schema)
    with folder.open_read(name) as handle:
        return pq.read_table(handle, columns=columns, schema=schema)


class ParquetTable:
    """One folder of Parquet files keyed by `id`, whose files are only ever put in place whole."""

    def __init__(self, folder: Folder, schema: pa.Schema, staging: Folder, run: RunStamp | None = None):
        self.folder = folder
        self.schema = schema
        self.staging = staging
        self.metadata = file_metadata(schema, run)  # what each file written says about itself
        self.changes: dict[str, str] = {}  # file name -> "written", "replaced" or "removed" by this writer
        self._home: dict[str, str] | None = None  # id -> file name holding it
        self._index: pa.Table | None = None  # index() as read, until this writer changes a file

    def files(self) -> list[str]:
        return self.folder.names(".parquet")

    def read(self, name: str, columns: list[str] | None = None) -> pa.Table:
        return read_parquet(self.folder, name, columns=columns, schema=None if columns else self.schema)

    def index(self) -> pa.Table:
        """id, source_path, raw_sha256, cleaner_version and the file of every row (reads only those
        columns, once until this writer changes a file)."""
        if self._index is None:
            self._index = self._read_index()
        return self._index

    def _read_index(self) -> pa.Table:
        parts = []
        for name in self.files():
            part = self.read(name, columns=_INDEX_COLUMNS)
            parts.append(part.append_column("file", pa.array([name] * part.num_rows, pa.string())))
        if not parts:
            empty = {column: pa.array([], pa.string()) for column in [*_INDEX_COLUMNS, "file"]}
            return pa.table(empty)
        return pa.concat_tables(parts)

    def _homes(self) -> dict[str, str]:
        if self._home is None:
            index = self.index()
            self._home = dict(zip(not_null_strings(index["id"]), not_null_strings(index["file"]), strict=True))
        return self._home

    def read_rows(self, ids: list[str]) -> pa.Table:
        """The current rows of these ids (reads only the files that hold them)."""
        homes = self._homes()
        wanted = pa.array(ids, pa.string())
        files = sorted({homes[row_id] for row_id in ids if row_id in homes})
        parts = [table.filter(pc.is_in(table["id"], value_set=wanted)) for table in map(self.read, files)]
        return pa.concat_tables(parts) if parts else self.schema.empty_table()

    def upsert(self, rows: pa.Table) -> None:
        """Insert new ids into a new file; replace existing ids inside the files that hold them."""
        if rows.num_rows == 0:
            return
        rows = rows.cast(self.schema)
        homes = self._homes()
        is_existing = pc.is_in(rows["id"], value_set=pa.array(list(homes), pa.string()))
        existing = rows.filter(is_existing)
        by_file: dict[str, list[str]] = {}
        for row_id in not_null_strings(existing["id"]):
            by_file.setdefault(homes[row_id], []).append(row_id)
        for name, ids in by_file.items():
            replacements = existing.filter(pc.is_in(existing["id"], value_set=pa.array(ids)))
            self._rewrite(name, drop_ids=ids, add=replacements)
        fresh = rows.filter(pc.invert(is_existing))
        if fresh.num_rows:
            name = f"part-{uuid.uuid4().hex[:20]}.parquet"
            self._publish(fresh, name)
            homes.update((row_id, name) for row_id in not_null_strings(fresh["id"]))

    def delete(self, ids: list[str]) -> None:
        """Remove these ids wherever they are (a missing id is not an error)."""
        homes = self._homes()
        by_file: dict[str, list[str]] = {}
        for row_id in ids:
            if row_id in homes:
                by_file.setdefault(homes[row_id], []).append(row_id)
        for name, file_ids in by_file.items():
            self._rewrite(name, drop_ids=file_ids, add=None)

    def _rewrite(self, name: str, drop_ids: list[str], add: pa.Table | None) -> None:
        current = self.read(name)
        kept = current.filter(pc.invert(pc.is_in(current["id"], value_set=pa.array(drop_ids, pa.string()))))
        result = pa.concat_tables([kept, add]) if add is not None else kept
        homes = self._homes()
        for row_id in drop_ids:
            homes.pop(row_id, None)
        if result.num_rows == 0:
            self._remove(name)
            return
        self._publish(result, name, replacing=True)
        homes.update((row_id, name) for row_id in not_null_strings(result["id"]))

    def keep_readable(self) -> None:
        """At least one file, and no zero-row file beside files with rows: a reader's glob always
        matches, and finds the columns even while the table has no rows."""
        names = self.files()
        if not names:
            self._publish(self.schema.empty_table(), EMPTY_PART)
        elif EMPTY_PART in names and len(names) > 1:
            self._remove(EMPTY_PART)

    def _publish(self, table: pa.Table, name: str, replacing: bool = False) -> None:
        table = table.replace_schema_metadata(self.metadata)
        self.folder.write_whole(name, parquet_writer(table), self.staging)
        self._index = None
        written_here = self.changes.get(name) == "written"  # a file this writer made is new, however often rewritten
        self.changes[name] = "replaced" if replacing and not written_here else "written"

    def _remove(self, name: str) -> None:
        self.folder.remove(name)
        self._index = None
        self.changes[name] = "removed"


class Dataset:
    """`clean/pages` and `clean/rejects` together: a raw page is in exactly one of them."""

    def __init__(self, clean_root: Folder, run: RunStamp | None = None):
        """`run` stamps the files this writer puts in place (their key-value metadata); readers need none."""
        self.root = clean_root
        self.staging = clean_root.child(STAGING_NAME)
        self.pages = ParquetTable(clean_root.child("pages"), PAGES_SCHEMA, self.staging, run)
        self.rejects = ParquetTable(clean_root.child("rejects"), REJECTS_SCHEMA, self.staging, run)

    def run_staging(self, run_id: str) -> Folder:
        folder = self.staging.child(run_id)
        folder.mkdir()
        return folder

    def clear_staging(self) -> None:
        """Drop what a crashed run left in staging (only ever called under the writer lock)."""
        self.staging.remove_tree()

    def known(self) -> Known:
        """id -> (raw_sha256, cleaner_version) for every page and reject already written."""
        known: Known = {}
        for table in (self.rejects, self.pages):
            index = table.index()
            for row_id, sha, version in zip(
                not_null_strings(index["id"]),
                index["raw_sha256"].to_pylist(),  # null for a reject whose bytes could not be read
                not_null_strings(index["cleaner_version"]),
                strict=True,
            ):
                known[row_id] = (sha, version)
        return known

    def source_paths(self) -> dict[str, str]:
        """id -> source_path of every page and reject already written."""
        paths: dict[str, str] = {}
        for table in (self.rejects, self.pages):
            index = table.index()
            paths.update(zip(not_null_strings(index["id"]), not_null_strings(index["source_path"]), strict=True))
        return paths

    def reconcile(self) -> int:
        """An id left in both folders by a crash between its two writes stays only in pages."""
        both = set(not_null_strings(self.pages.index()["id"])) & set(not_null_strings(self.rejects.index()["id"]))
        self.rejects.delete(sorted(both))
        return len(both)

    def keep_readable(self) -> None:
        self.pages.keep_readable()
        self.rejects.keep_readable()

    def changes(self) -> dict[str, dict[str, list[str]]]:
        """The files this writer put in place or removed, by table: {"pages": {"written": [...], ...}}."""
        report: dict[str, dict[str, list[str]]] = {}
        for name, table in (("pages", self.pages), ("rejects", self.rejects)):
            by_kind: dict[str, list[str]] = {}
            for file, kind in sorted(table.changes.items()):
                by_kind.setdefault(kind, []).append(file)
            report[name] = by_kind
        return report

    def publish_manifest(self, name: str, manifest: bytes) -> None:
        """A run's manifest under `_runs/`, then the same as `_latest.json`: the marker a downstream job
        waits on, replaced whole only once everything the run wrote is in place."""
        self.root.child(MANIFESTS_NAME).write_whole(name, lambda handle: handle.write(manifest), self.staging)
        self.root.write_whole(LATEST_NAME, lambda handle: handle.write(manifest), self.staging)

    def commit(self, pages: pa.Table, rejects: pa.Table) -> None:
        """Publish one batch: write each row first, then remove its id from the other folder."""
        self.rejects.upsert(rejects)
        self.pages.delete(not_null_strings(rejects["id"]))
        self.pages.upsert(pages)
        self.rejects.delete(not_null_strings(pages["id"]))
