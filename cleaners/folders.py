"""The pipeline's folders (raw, clean): a local path, or any fsspec URL (`s3://bucket/raw`, `gs://…`)
as a UPath, which reads and writes like a local path."""

from __future__ import annotations

from pathlib import Path


def folder_path(location: str) -> Path:
    """A local Path, or a UPath for a URL (typed as Path: it has the same methods this project uses)."""
    if "://" in location:
        from upath import UPath

        return UPath(location)
    return Path(location)


def is_local(path: Path) -> bool:
    """On this machine's filesystem, where `os.replace`, `fsync` and `flock` work."""
    return isinstance(path, Path)
