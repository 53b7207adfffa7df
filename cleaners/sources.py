"""Reading raw files into `RawPage`s: HTML, text/markdown dumps, crawler JSONL and WARC.

One raw file gives one page (HTML, text) or many (JSONL lines, WARC response records). Every failure
is a `Rejected` with a reason kind and a message a person can act on; a bad file or record never
raises anything else, and never stops the pages after it.

Accepted files (recursively under the raw root; hidden files and `*.meta.json` sidecars are skipped):
    *.html *.htm (optionally .gz)       one HTML page
    *.txt *.md *.markdown (opt. .gz)    one text or markdown dump
    *.jsonl *.ndjson (optionally .gz)   one page per line, see JSONL_FIELDS
    *.warc *.warc.gz                    one page per `response` record with an HTML or text body
HTML and text pages may have a sidecar `<file>.meta.json` (or `<stem>.meta.json`) with `url`,
`fetched_at` and any other fields, which are kept in `source_meta`.
"""

from __future__ import annotations

import codecs
import datetime as dt
import errno
import hashlib
import json
import os
import re
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer
import filetype

from cleaners.folders import is_local

HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc",)
SIDECAR_SUFFIX = ".meta.json"

URL_FROM_SIDECAR = "sidecar"
URL_FROM_JSONL = "jsonl"
URL_FROM_WARC = "warc"

# Field names accepted in a JSONL line, first match wins.
JSONL_FIELDS: dict[str, tuple[str, ...]] = {
    "url": ("url", "URL", "link", "target_uri", "warc_target_uri"),
    "html": ("html", "raw_html", "content_html", "body_html"),
    "text": ("text", "markdown", "content", "body"),
    "fetched_at": ("fetched_at", "fetch_time", "crawled_at", "timestamp"),
}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.IGNORECASE)
# A WARC-Record-ID is a URI (`urn:uuid:…`); anything else, e.g. `../../etc/passwd`, is refused.
_SAFE_RECORD_ID = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\\]{1,500}|record-\d+")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w:.-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Limits:
    """Guards against hostile input; each is a setting with a sane default."""

    max_page_bytes: int = 16 * 1024 * 1024
    max_decompressed_bytes: int = 64 * 1024 * 1024
    page_timeout_s: float = 60.0  # longest a page may keep its cleaning process busy
    worker_memory_bytes: int = 4 * 1024**3  # address-space ceiling of a cleaning process


DEFAULT_LIMITS = Limits()


class Rejected(Exception):
    """A raw page that cannot become a record; `reason` is a short kind, the message says why."""

    def __init__(self, reason: str, message: str, raw_sha256: str | None = None, source_path: str | None = None):
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.raw_sha256 = raw_sha256  # None when the bytes could not be read
        self.source_path = source_path  # set where one file holds many pages


@dataclass(frozen=True)
class RawPage:
    source_path: str  # relative to the raw root, with forward slashes; `file#record` inside a container
    raw_sha256: str
    content: str
    format: str  # "html" or "text"
    url: str | None = None
    url_source: str | None = None
    fetched_at: dt.datetime | None = None
    extra: dict = field(default_factory=dict)


def discover(raw_root: Path) -> list[str]:
    """Relative paths of every candidate raw file, sorted; hidden files and folders and sidecars are
    skipped, and a linked folder is a candidate (read, it is refused), never entered."""
    found = _local_candidates(str(raw_root)) if is_local(raw_root) else _listed_candidates(raw_root)
    return sorted(path for path in found if not path.endswith(SIDECAR_SUFFIX))


def _local_candidates(folder: str, prefix: str = "") -> Iterator[str]:
    """One `scandir` a folder and no stat a file: listing 20,000 files through pathlib took 0.6 s."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_symlink() or entry.is_file():
                yield prefix + entry.name
            elif entry.is_dir():
                yield from _local_candidates(entry.path, f"{prefix}{entry.name}/")


def _listed_candidates(raw_root: Path) -> Iterator[str]:
    """The same on any fsspec filesystem."""
    for path in raw_root.rglob("*"):
        relative = path.relative_to(raw_root)
        if not any(part.startswith(".") for part in relative.parts) and (path.is_file() or path.is_symlink()):
            yield relative.as_posix()


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def kind_of(source_file: str) -> str | None:
    name = source_file.lower().removesuffix(".gz")
    for kind, suffixes in (("html", HTML_SUFFIXES), ("text", TEXT_SUFFIXES), ("jsonl", JSONL_SUFFIXES), ("warc", WARC_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def read_raw_file(raw_root: Path, source_file: str, limits: Limits = DEFAULT_LIMITS) -> Iterator[RawPage | Rejected]:
    """Every page in one raw file, or the reason it could not be read."""
    kind = kind_of(source_file)
    try:
        if kind == "warc":
            yield from _warc_pages(raw_root, source_file, limits)
            return
        data = _read_bytes(raw_root, source_file, limits)
        if kind is None:
            accepted = ", ".join(HTML_SUFFIXES + TEXT_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES)
            raise Rejected("unsupported_format", f"{source_file}: not a raw format this pipeline reads ({accepted}, optionally .gz)", sha256_bytes(data))
        if kind == "jsonl":
            yield from _jsonl_pages(source_file, data)
            return
        yield _single_page(raw_root, source_file, kind, data)
    except Rejected as rejected:
        yield rejected


def _read_bytes(raw_root: Path, source_file: str, limits: Limits) -> bytes:
    """The file's bytes, read once; a file that changes or vanishes meanwhile is a reject the next run retries."""
    try:
        data = _read_local(raw_root, source_file, limits) if is_local(raw_root) else _read_listed(raw_root, source_file, limits)
    except FileNotFoundError as error:
        raise Rejected("vanished", f"{source_file} disappeared while the run read it") from error
    except OSError as error:
        raise Rejected("unreadable", f"cannot read {source_file}: {error.strerror or error}") from error
    if source_file.lower().endswith(".gz"):
        return _gunzip(data, source_file, limits)
    return data


def _read_local(raw_root: Path, source_file: str, limits: Limits) -> bytes:
    """Through one descriptor: open, fstat, read, fstat (pathlib's six calls a file cost a tenth of
    cleaning a short text page). `discover` never descends into linked folders, so only a linked
    file or `..` can lead outside the root."""
    path = os.path.join(raw_root, source_file)
    if ".." in source_file.split("/"):
        _refuse_outside(raw_root, source_file)
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as error:
        if error.errno != errno.ELOOP:  # ELOOP: the file is a link
            raise
        _refuse_outside(raw_root, source_file)
        descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        before = os.fstat(descriptor)
        _refuse_too_large(source_file, before.st_size, limits)
        data = os.read(descriptor, before.st_size + 1)  # a byte more than it holds: one that grew shows
        after = os.fstat(descriptor)
    finally:
        os.close(descriptor)
    _refuse_changed(source_file, before, after, data)
    return data


def _read_listed(raw_root: Path, source_file: str, limits: Limits) -> bytes:
    """The same through the path's own filesystem (fsspec)."""
    path = raw_root / source_file
    if path.is_symlink() or ".." in source_file.split("/"):
        _refuse_outside(raw_root, source_file)
    before = path.stat()
    _refuse_too_large(source_file, before.st_size, limits)
    with path.open("rb") as stream:
        data = stream.read(limits.max_page_bytes + 1)
    after = path.stat()
    _refuse_changed(source_file, before, after, data)
    return data


def _refuse_outside(raw_root: Path, source_file: str) -> None:
    target = (raw_root / source_file).resolve()
    if not target.is_relative_to(raw_root.resolve()):
        raise Rejected("outside_raw_root", f"{source_file} is a link to {target}, outside the raw folder")


def _refuse_too_large(source_file: str, size: int, limits: Limits) -> None:
    if size > limits.max_page_bytes:
        raise Rejected("too_large", f"{source_file} is {size:,} bytes; the limit is {limits.max_page_bytes:,}")


def _refuse_changed(source_file: str, before: os.stat_result, after: os.stat_result, data: bytes) -> None:
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns) or len(data) != after.st_size:
        raise Rejected("changed_while_read", f"{source_file} changed while the run read it; the next run reads it again")


def _gunzip(data: bytes, source_file: str, limits: Limits) -> bytes:
    """Decompress with a ceiling, so a gzip bomb is refused instead of filling memory."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limits.max_decompressed_bytes + 1)
    except zlib.error as error:
        raise Rejected("corrupt_gzip", f"{source_file} is not valid gzip: {error}", sha256_bytes(data)) from error
    if len(out) > limits.max_decompressed_bytes:
        raise Rejected(
            "too_large",
            f"{source_file} decompresses to more than {limits.max_decompressed_bytes:,} bytes",
            sha256_bytes(data),
        )
    return out


def _single_page(raw_root: Path, source_file: str, kind: str, data: bytes) -> RawPage:
    digest = sha256_bytes(data)
    if not data.strip():
        raise Rejected("empty", f"{source_file} is empty", digest)
    refuse_binary(data, source_file, digest)
    text = decode_html(data) if kind == "html" else decode_text(data, source_file, digest)
    meta = _sidecar(raw_root, source_file)
    url = meta.pop("url", None) or None
    fetched_at = parse_fetched_at(meta.pop("fetched_at", None))
    return RawPage(
        source_path=source_file,
        raw_sha256=digest,
        content=text,
        format=kind,
        url=url,
        url_source=URL_FROM_SIDECAR if url else None,
        fetched_at=fetched_at,
        extra=meta,
    )


def refuse_binary(data: bytes, source_path: str, digest: str) -> None:
    """A known binary format (by its magic bytes) or NUL bytes outside UTF-16 is not a page.

    Bytes that start as clean UTF-8 text are not sniffed (the common case, and sniffing costs)."""
    head = data[:512]
    if not _CONTROL_BYTES.search(head) and _decodes_as_utf8(head):
        return
    found = filetype.guess(data[:8192])
    if found is not None:
        raise Rejected("binary", f"{source_path} holds {found.mime} data (.{found.extension}), not a page", digest)
    if b"\x00" in data[:4096] and not _bom(data):
        raise Rejected("binary", f"{source_path} holds NUL bytes: binary data, not a page", digest)


def _decodes_as_utf8(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # a cut character at the end is fine
    except UnicodeDecodeError:
        return False
    return True


def decode_text(data: bytes, source_path: str, digest: str) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(data).best()
        if best is None:
            raise Rejected("undecodable", f"{source_path}: no text encoding fits its bytes", digest) from None
        return str(best)


def decode_html(data: bytes, declared: str | None = None) -> str:
    """HTML bytes to text: BOM, then UTF-8 when the bytes are valid UTF-8 (a wrong single-byte
    declaration is common, valid multi-byte UTF-8 by accident is not), then the HTTP or <meta>
    declaration, then detection."""
    declared = declared or _meta_charset(data)
    wide = declared is not None and declared.lower().replace("-", "").startswith(("utf16", "utf32", "ucs"))
    for encoding in (_bom(data), declared if wide else None, "utf-8", declared):
        if encoding:
            try:
                return data.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
    best = charset_normalizer.from_bytes(data[: 1 << 20]).best()
    return data.decode(best.encoding if best else "cp1252", errors="replace")


def _bom(data: bytes) -> str | None:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return encoding
    return None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", errors="ignore") if match else None


def _sidecar(raw_root: Path, source_file: str) -> dict:
    """The page's `<file>.meta.json` or `<stem>.meta.json`, if there is one."""
    folder, _, name = source_file.rpartition("/")
    stem = name.removesuffix(".gz").rsplit(".", 1)[0]
    for candidate_name in (name + SIDECAR_SUFFIX, stem + SIDECAR_SUFFIX):
        candidate = f"{folder}/{candidate_name}" if folder else candidate_name
        try:
            text = _read_sidecar(raw_root, candidate)
            if text is None:
                continue
            meta = json.loads(text)
        except (OSError, ValueError) as error:
            raise Rejected("bad_sidecar", f"{candidate_name} is not a JSON object: {error}") from error
        if not isinstance(meta, dict):
            raise Rejected("bad_sidecar", f"{candidate_name} is not a JSON object")
        return meta
    return {}


def _read_sidecar(raw_root: Path, relative: str) -> str | None:
    """A sidecar's text, None if there is no such file (one `stat` when local: most pages have none)."""
    if is_local(raw_root):
        path = os.path.join(raw_root, relative)
        if not os.path.isfile(path):
            return None
        with open(path, encoding="utf-8") as stream:
            return stream.read()
    path = raw_root / relative
    return path.read_text(encoding="utf-8") if path.is_file() else None


def parse_fetched_at(value: object) -> dt.datetime | None:
    """An ISO 8601 string or a Unix time in seconds, as UTC; a time without a zone is taken as UTC."""
    if value in (None, ""):
        return None
    try:
        if isinstance(value, (int, float)):
            return dt.datetime.fromtimestamp(value, dt.timezone.utc)
        parsed = dt.datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except (ValueError, OverflowError, OSError):
        return None
    return parsed.astimezone(dt.timezone.utc) if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def _first(record: dict, role: str) -> object:
    return next((record[name] for name in JSONL_FIELDS[role] if record.get(name) not in (None, "")), None)


def _jsonl_pages(source_file: str, data: bytes) -> Iterator[RawPage | Rejected]:
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        source_path = f"{source_file}#{number}"
        digest = sha256_bytes(line)
        try:
            record = json.loads(line)
        except ValueError as error:
            yield Rejected("bad_json", f"{source_path}: not a JSON object ({error})", digest, source_path)
            continue
        if not isinstance(record, dict):
            yield Rejected("bad_json", f"{source_path}: a JSON {type(record).__name__}, not an object", digest, source_path)
            continue
        html, text = _first(record, "html"), _first(record, "text")
        content = html if html is not None else text
        if not isinstance(content, str) or not content.strip():
            fields = ", ".join(JSONL_FIELDS["html"] + JSONL_FIELDS["text"])
            yield Rejected("no_content", f"{source_path}: no page content in any of {fields}", digest, source_path)
            continue
        url = _first(record, "url")
        used = {name for role in JSONL_FIELDS.values() for name in role}
        yield RawPage(
            source_path=source_path,
            raw_sha256=digest,
            content=content,
            format="html" if html is not None else "text",
            url=str(url) if url else None,
            url_source=URL_FROM_JSONL if url else None,
            fetched_at=parse_fetched_at(_first(record, "fetched_at")),
            extra={key: value for key, value in record.items() if key not in used},
        )


def _warc_pages(raw_root: Path, source_file: str, limits: Limits) -> Iterator[RawPage | Rejected]:
    """Response records of a WARC file (warcio reads plain and gzipped WARCs)."""
    from warcio.archiveiterator import ArchiveIterator

    path = raw_root / source_file
    try:
        stream = path.open("rb")
    except OSError as error:
        yield Rejected("unreadable", f"cannot read {source_file}: {error.strerror or error}")
        return
    with stream:
        records = ArchiveIterator(stream)
        number = 0
        while True:
            try:
                record = next(records, None)
                if record is None:
                    return
                number += 1
                if record.rec_type != "response":
                    continue
                yield _warc_page(source_file, record, number, limits)
            except Rejected as rejected:
                yield rejected
            except Exception as error:  # warcio raises many kinds on a damaged file
                source_path = f"{source_file}#after-record-{number}"
                message = f"{source_path}: the file is damaged after record {number} ({type(error).__name__}: {error})"
                yield Rejected("corrupt_warc", message, None, source_path)
                return


def _warc_page(source_file: str, record, number: int, limits: Limits) -> RawPage:
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or f"record-{number}").strip("<>")
    source_path = f"{source_file}#{record_id}"
    body = record.content_stream().read(limits.max_page_bytes + 1)
    digest = sha256_bytes(body)
    if not _SAFE_RECORD_ID.fullmatch(record_id) or ".." in record_id:
        source_path = f"{source_file}#record-{number}"
        message = f"{source_path}: its WARC-Record-ID {record_id[:200]!r} is not a URI (it looks like a path)"
        raise Rejected("bad_record_id", message, digest, source_path)
    if len(body) > limits.max_page_bytes:
        raise Rejected("too_large", f"{source_path}: body over {limits.max_page_bytes:,} bytes", digest, source_path)
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        raise Rejected("truncated", f"{source_path}: the record ends {missing:,} bytes short", digest, source_path)
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or ""
    mime = content_type.split(";")[0].strip().lower()
    if mime not in ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", ""):
        raise Rejected("unsupported_format", f"{source_path}: a {mime} response, not a page", digest, source_path)
    if not body.strip():
        raise Rejected("empty", f"{source_path}: empty response body", digest, source_path)
    refuse_binary(body, source_path, digest)
    charset = _HTTP_CHARSET.search(content_type)
    is_text = mime in ("text/plain", "text/markdown")
    content = decode_text(body, source_path, digest) if is_text else decode_html(body, charset.group(1) if charset else None)
    return RawPage(
        source_path=source_path,
        raw_sha256=digest,
        content=content,
        format="text" if is_text else "html",
        url=record.rec_headers.get_header("WARC-Target-URI"),
        url_source=URL_FROM_WARC,
        fetched_at=parse_fetched_at(record.rec_headers.get_header("WARC-Date")),
    )
