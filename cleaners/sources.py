"""Finding raw pages under the raw root and reading them into `RawPage`s.

Every failure to read is a `Rejected` with a reason kind and a message a person can act on; nothing
here raises anything else for a bad file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md", ".markdown")


class Rejected(Exception):
    """A raw page that cannot become a record; `reason` is a short kind, the message says why."""

    def __init__(self, reason: str, message: str, raw_sha256: str | None = None):
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.raw_sha256 = raw_sha256  # None when the bytes could not be read


@dataclass(frozen=True)
class RawPage:
    source_path: str  # relative to the raw root, with forward slashes
    raw_sha256: str
    text: str
    format: str


def discover(raw_root: Path) -> list[str]:
    """Relative paths of every candidate raw file, sorted; hidden files and folders are skipped."""
    found = []
    for path in raw_root.rglob("*"):
        relative = path.relative_to(raw_root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        found.append(relative.as_posix())
    return sorted(found)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_raw_page(raw_root: Path, source_path: str) -> RawPage:
    """Read one raw file; raise `Rejected` when it cannot be a page."""
    path = raw_root / source_path
    try:
        data = path.read_bytes()
    except OSError as error:
        raise Rejected("unreadable", f"cannot read {source_path}: {error.strerror or error}") from error
    raw_sha256 = hashlib.sha256(data).hexdigest()
    if not source_path.lower().endswith(TEXT_SUFFIXES):
        raise Rejected(
            "unsupported_format",
            f"{source_path}: not a supported raw format (accepted: {', '.join(TEXT_SUFFIXES)})",
            raw_sha256,
        )
    if not data.strip():
        raise Rejected("empty", f"{source_path} is empty", raw_sha256)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        message = f"{source_path} is not valid UTF-8 (byte {error.start})"
        raise Rejected("undecodable", message, raw_sha256) from error
    if "\x00" in text:
        raise Rejected("binary", f"{source_path} holds NUL bytes: not a text page", raw_sha256)
    return RawPage(source_path=source_path, raw_sha256=raw_sha256, text=text, format="text")
