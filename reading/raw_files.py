"""Raw files of every format: which files a folder holds, and every page in one of them.

Accepted files (recursively under the raw root; hidden files and `*.meta.json` sidecars are skipped):
    *.html *.htm (optionally .gz)       one HTML page                        reading/single_page.py
    *.txt *.md *.markdown (opt. .gz)    one text or markdown dump            reading/single_page.py
    *.jsonl *.ndjson (optionally .gz)   one page per line                    reading/jsonl.py
    *.warc *.warc.gz                    one page per HTML or text response   reading/warc.py
Every failure is a `Rejected` with a reason and a message a person can act on; a bad file or record
never raises anything else, and never stops the pages after it.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from reading.decoding import gunzip, sha256_bytes
from reading.folders import Folder
from reading.jsonl import jsonl_pages
from reading.limits import DEFAULT_LIMITS, Limits
from reading.pages import RawPage
from reading.rejects import Rejected
from reading.single_page import SIDECAR_SUFFIX, single_page
from reading.warc import warc_pages

# kind -> the suffixes of its files (each optionally .gz)
SUFFIXES = MappingProxyType(
    {
        "html": (".html", ".htm"),
        "text": (".txt", ".md", ".markdown"),
        "jsonl": (".jsonl", ".ndjson"),
        "warc": (".warc",),
    }
)
ONE_PAGE_KINDS = ("html", "text")


def discover(folder: Folder) -> list[str]:
    """Relative paths of every candidate raw file, sorted (sidecars are read with their page)."""
    return [path for path in folder.list_files() if not path.endswith(SIDECAR_SUFFIX)]


def kind_of(source_file: str) -> str | None:
    name = source_file.lower().removesuffix(".gz")
    return next((kind for kind, suffixes in SUFFIXES.items() if name.endswith(suffixes)), None)


def read_raw_file(folder: Folder, source_file: str, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawPage | Rejected]:
    """Every page in one raw file, or the reason it could not be read."""
    kind = kind_of(source_file)
    try:
        if kind == "warc":
            yield from warc_pages(folder, source_file, limits)
            return
        data = _read_bytes(folder, source_file, limits)
        if kind is None:
            accepted = ", ".join(suffix for suffixes in SUFFIXES.values() for suffix in suffixes)
            message = f"{source_file}: not a raw format this pipeline reads ({accepted}, optionally .gz)"
            raise Rejected("unsupported_format", message, sha256_bytes(data))
        if kind == "jsonl":
            yield from jsonl_pages(source_file, data)
            return
        yield single_page(folder, source_file, kind, data)
    except Rejected as rejected:
        yield rejected


def _read_bytes(folder: Folder, source_file: str, limits: Limits) -> bytes:
    """The file's bytes, read once; a file that changes or vanishes meanwhile is a reject the next run retries."""
    try:
        data = folder.read_page_bytes(source_file, limits.max_page_bytes)
    except FileNotFoundError as error:
        raise Rejected("vanished", f"{source_file} disappeared while the run read it") from error
    except OSError as error:
        raise Rejected("unreadable", f"cannot read {source_file}: {error.strerror or error}") from error
    if source_file.lower().endswith(".gz"):
        return gunzip(data, source_file, limits.max_decompressed_bytes)
    return data
