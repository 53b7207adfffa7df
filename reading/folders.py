"""A folder of the pipeline (raw or clean): a local path, or any fsspec URL (`s3://bucket/raw`).

Every difference between the two lives here. On this machine's disk a file is read through one
descriptor, written whole with fsync and `os.replace`, and locked with flock; on an object store a
file is read and written through fsspec (via universal-pathlib), where an upload appears only when
it is complete and a replaced object is swapped whole.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, cast

from reading.rejects import Rejected

if TYPE_CHECKING:
    from upath import UPath
    from upath.types import StatResultType


class Folder:
    """One folder, local or remote; files in it are named by paths relative to it, with `/`."""

    def __init__(self, location: str | os.PathLike[str]):
        self.location = str(location)
        self.is_local = "://" not in self.location
        if self.is_local:
            self.path: Path | UPath = Path(self.location)
        else:
            from upath import UPath  # fsspec and its filesystems load only for a URL

            self.path = UPath(self.location)

    def _remote(self) -> UPath:
        """`path` where it is a UPath: only the branches for a folder that is not local ask."""
        return cast("UPath", self.path)

    def __repr__(self) -> str:
        return f"Folder({self.location!r})"

    def __str__(self) -> str:
        return self.location

    def child(self, relative: str) -> Folder:
        return Folder(str(self.path / relative))

    def exists(self) -> bool:
        return self.path.exists()

    def is_dir(self) -> bool:
        return self.path.is_dir()

    def is_file(self) -> bool:
        return self.path.is_file()

    def mkdir(self) -> None:
        self.path.mkdir(parents=True, exist_ok=True)

    # --- listing -------------------------------------------------------------------------------

    def list_files(self) -> list[str]:
        """Every file below, sorted; hidden files and folders are skipped, and a linked folder is
        listed as a file (read, it is refused), never entered."""
        found = _local_files(self.location) if self.is_local else self._listed_files()
        return sorted(found)

    def _listed_files(self) -> Iterator[str]:
        root = self._remote()
        for path in root.rglob("*"):
            relative = path.relative_to(root)
            if not any(part.startswith(".") for part in relative.parts) and (path.is_file() or path.is_symlink()):
                yield relative.as_posix()

    def names(self, suffix: str) -> list[str]:
        """Names of the files directly in this folder that end in `suffix`, sorted; none if it does not exist."""
        if not self.path.exists():
            return []
        return sorted(path.name for path in self.path.glob(f"*{suffix}"))

    # --- reading -------------------------------------------------------------------------------

    def read_page_bytes(self, relative: str, max_bytes: int) -> bytes:
        """A raw file's bytes, read once; a link leading out of the folder, a file over `max_bytes`
        or one that changes meanwhile is a Rejected. OSError (FileNotFoundError too) goes to the caller."""
        if ".." in relative.split("/"):
            self._refuse_outside(relative)
        return self._read_local(relative, max_bytes) if self.is_local else self._read_listed(relative, max_bytes)

    def _read_local(self, relative: str, max_bytes: int) -> bytes:
        """Through one descriptor: open, fstat, read, fstat (pathlib's six calls a file cost a tenth
        of cleaning a short text page). Listing never enters linked folders, so only a linked file
        or `..` can lead outside the folder."""
        path = os.path.join(self.location, relative)
        try:
            descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError as error:
            if error.errno != errno.ELOOP:  # ELOOP: the file is a link
                raise
            self._refuse_outside(relative)
            descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        try:
            before = os.fstat(descriptor)
            _refuse_too_large(relative, before.st_size, max_bytes)
            data = os.read(descriptor, before.st_size + 1)  # a byte more than it holds: one that grew shows
            after = os.fstat(descriptor)
        finally:
            os.close(descriptor)
        _refuse_changed(relative, before, after, data)
        return data

    def _read_listed(self, relative: str, max_bytes: int) -> bytes:
        path = self.path / relative
        if path.is_symlink():
            self._refuse_outside(relative)
        before = path.stat()
        _refuse_too_large(relative, before.st_size, max_bytes)
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
        after = path.stat()
        _refuse_changed(relative, before, after, data)
        return data

    def _refuse_outside(self, relative: str) -> None:
        # Path and UPath each compare only with their own kind, and a folder's paths are all of one kind.
        target: Path | UPath
        if isinstance(self.path, Path):
            target = (self.path / relative).resolve()
            inside = target.is_relative_to(self.path.resolve())
        else:
            target = (self.path / relative).resolve()
            inside = target.is_relative_to(self.path.resolve())
        if not inside:
            raise Rejected("outside_raw_root", f"{relative} is a link to {target}, outside the raw folder")

    def read_text_if_file(self, relative: str) -> str | None:
        """A small file's text, None if there is no such file (one `stat` when local: most pages have
        no sidecar)."""
        if self.is_local:
            path = os.path.join(self.location, relative)
            if not os.path.isfile(path):
                return None
            with open(path, encoding="utf-8") as stream:
                return stream.read()
        remote = self.path / relative
        return remote.read_text(encoding="utf-8") if remote.is_file() else None

    def open_read(self, relative: str) -> BinaryIO:
        return open(os.path.join(self.location, relative), "rb") if self.is_local else (self.path / relative).open("rb")

    def read_bytes(self, relative: str) -> bytes:
        with self.open_read(relative) as stream:
            return stream.read()

    # --- writing -------------------------------------------------------------------------------

    def write_file(self, relative: str, write: Callable[[BinaryIO], object]) -> None:
        """Write a file under its name (fsynced on disk); for files no reader is looking at."""
        if not self.is_local:
            with (self.path / relative).open("wb") as stream:
                write(stream)
            return
        with open(os.path.join(self.location, relative), "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())

    def write_whole(self, relative: str, write: Callable[[BinaryIO], object], staging: Folder) -> None:
        """Put a file in place whole, for readers that may look at any moment: on disk, written in
        `staging` (same filesystem, outside any reader's glob), fsynced, moved with `os.replace`;
        on an object store, uploaded under its name (it appears only when complete)."""
        self.mkdir()
        if not self.is_local:
            self.write_file(relative, write)
            return
        staging.mkdir()
        staged = f"{uuid.uuid4().hex}.tmp"
        staging.write_file(staged, write)
        os.replace(os.path.join(staging.location, staged), os.path.join(self.location, relative))
        self._fsync()

    def remove(self, relative: str) -> None:
        (self.path / relative).unlink()
        if self.is_local:
            self._fsync()

    def remove_tree(self) -> None:
        """This folder and all in it; nothing if it does not exist."""
        if self.is_local:
            shutil.rmtree(self.location, ignore_errors=True)
        elif (remote := self._remote()).exists():
            remote.fs.rm(remote.path, recursive=True)

    def _fsync(self) -> None:
        descriptor = os.open(self.location, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)

    def lock_path(self, name: str) -> Path:
        """Where a lock on this folder lives: beside the data on disk. For an object store, a file in
        this machine's temp folder named after the folder's URL: it serialises the runs of this
        machine only, since an object store has no lock that every writer honours."""
        if self.is_local:
            self.mkdir()
            return Path(self.location, name)
        locks = Path(tempfile.gettempdir()) / "page-cleaner-locks"
        locks.mkdir(exist_ok=True)
        return locks / f"{hashlib.sha256(self.location.encode()).hexdigest()[:24]}.lock"


def _local_files(folder: str, prefix: str = "") -> Iterator[str]:
    """One `scandir` a folder and no stat a file: listing 20,000 files through pathlib took 0.6 s."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_symlink() or entry.is_file():
                yield prefix + entry.name
            elif entry.is_dir():
                yield from _local_files(entry.path, f"{prefix}{entry.name}/")


def _refuse_too_large(relative: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise Rejected("too_large", f"{relative} is {size:,} bytes; the limit is {max_bytes:,}")


def _refuse_changed(relative: str, before: StatResultType, after: StatResultType, data: bytes) -> None:
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or len(data) != after.st_size:
        raise Rejected("changed_while_read", f"{relative} changed while the run read it; the next run reads it again")
