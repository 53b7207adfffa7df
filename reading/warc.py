"""The reader of WARC files: one page per `response` record with an HTML or text body (warcio reads
plain and gzipped WARCs)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from reading.decoding import decode_html, decode_text, refuse_binary, sha256_bytes
from reading.folders import Folder
from reading.limits import Limits
from reading.pages import URL_FROM_WARC, RawPage, parse_fetched_at
from reading.rejects import Rejected

# A WARC-Record-ID is a URI (`urn:uuid:…`); anything else, e.g. `../../etc/passwd`, is refused.
_SAFE_RECORD_ID = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\\]{1,500}|record-\d+")
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w:.-]+)", re.IGNORECASE)
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown", "")
TEXT_TYPES = ("text/plain", "text/markdown")


def warc_pages(folder: Folder, source_file: str, limits: Limits) -> Iterator[RawPage | Rejected]:
    from warcio.archiveiterator import ArchiveIterator

    try:
        stream = folder.open_read(source_file)
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


def _warc_page(source_file: str, record: Any, number: int, limits: Limits) -> RawPage:
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
    if mime not in PAGE_TYPES:
        raise Rejected("unsupported_format", f"{source_path}: a {mime} response, not a page", digest, source_path)
    if not body.strip():
        raise Rejected("empty", f"{source_path}: empty response body", digest, source_path)
    refuse_binary(body, source_path, digest)
    charset = _HTTP_CHARSET.search(content_type)
    is_text = mime in TEXT_TYPES
    content = (
        decode_text(body, source_path, digest) if is_text else decode_html(body, charset.group(1) if charset else None)
    )
    return RawPage(
        source_path=source_path,
        raw_sha256=digest,
        content=content,
        format="text" if is_text else "html",
        url=record.rec_headers.get_header("WARC-Target-URI"),
        url_source=URL_FROM_WARC,
        fetched_at=parse_fetched_at(record.rec_headers.get_header("WARC-Date")),
    )
