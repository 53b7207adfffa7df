"""`cleaner_version`: a digest of everything that decides what a record contains, and nothing else.

It is derived, never bumped by hand, so a re-clean can find every record made by older rules. It
covers the pure cleaning code (`cleaners/`, rule tables included), the code that turns raw bytes
into text (`reading/decoding.py`), and the versions of the libraries whose output the cleaning
depends on. How files are found, read, supervised, stored or reported is left out: changing that
does not change a record, so it must not make every record "outdated".
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

_PROJECT = Path(__file__).resolve().parent.parent
# The code whose every byte can change a record's content.
OUTPUT_SHAPING_CODE: tuple[str, ...] = ("cleaners", "reading/decoding.py")
# The distributions whose output the cleaning passes on: extraction, dates, parsing, repair, decoding.
OUTPUT_SHAPING_LIBRARIES: tuple[str, ...] = (
    "trafilatura",
    "htmldate",
    "justext",
    "courlan",
    "dateparser",
    "lxml",
    "lxml_html_clean",
    "ftfy",
    "charset-normalizer",
)


def source_files(root: Path = _PROJECT) -> list[Path]:
    """The files of OUTPUT_SHAPING_CODE, in a fixed order."""
    files: list[Path] = []
    for entry in OUTPUT_SHAPING_CODE:
        path = root / entry
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return files


def library_versions(names: Iterable[str] = OUTPUT_SHAPING_LIBRARIES) -> dict[str, str]:
    return {name: metadata.version(name) for name in names}


def compute_cleaner_version(root: Path = _PROJECT, libraries: dict[str, str] | None = None) -> str:
    """The digest of the code under `root` and the library versions (installed ones by default)."""
    digest = hashlib.sha256()
    for path in source_files(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name, version in sorted((libraries if libraries is not None else library_versions()).items()):
        digest.update(f"{name}=={version}\0".encode())
    return digest.hexdigest()[:16]


@functools.cache
def cleaner_version() -> str:
    """This installation's cleaner version (computed once per process, on first use)."""
    return compute_cleaner_version()
