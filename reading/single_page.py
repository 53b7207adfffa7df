"""The reader of one-page files: an HTML page or a text/markdown dump, with its optional sidecar."""

from __future__ import annotations

import json

from reading.decoding import decode_html, decode_text, refuse_binary, sha256_bytes
from reading.folders import Folder
from reading.pages import URL_FROM_SIDECAR, RawPage, parse_fetched_at
from reading.rejects import Rejected

SIDECAR_SUFFIX = ".meta.json"


def single_page(folder: Folder, source_file: str, kind: str, data: bytes) -> RawPage:
    digest = sha256_bytes(data)
    if not data.strip():
        raise Rejected("empty", f"{source_file} is empty", digest)
    refuse_binary(data, source_file, digest)
    text = decode_html(data) if kind == "html" else decode_text(data, source_file, digest)
    meta = sidecar(folder, source_file)
    url = meta.pop("url", None) or None
    fetched_at = parse_fetched_at(meta.pop("fetched_at", None))
    return RawPage(
        source_path=source_file,
        raw_sha256=digest,
        content=text,
        format=kind,
        url=str(url) if url else None,
        url_source=URL_FROM_SIDECAR if url else None,
        fetched_at=fetched_at,
        extra=meta,
    )


def sidecar(folder: Folder, source_file: str) -> dict[str, object]:
    """The page's `<file>.meta.json` or `<stem>.meta.json`, if there is one."""
    parent, _, name = source_file.rpartition("/")
    stem = name.removesuffix(".gz").rsplit(".", 1)[0]
    for candidate_name in (name + SIDECAR_SUFFIX, stem + SIDECAR_SUFFIX):
        candidate = f"{parent}/{candidate_name}" if parent else candidate_name
        try:
            text = folder.read_text_if_file(candidate)
            if text is None:
                continue
            meta = json.loads(text)
        except (OSError, ValueError) as error:
            raise Rejected("bad_sidecar", f"{candidate_name} is not a JSON object: {error}") from error
        if not isinstance(meta, dict):
            raise Rejected("bad_sidecar", f"{candidate_name} is not a JSON object")
        return meta
    return {}
