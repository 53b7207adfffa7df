"""From a raw file to output rows: one page row or one reject row per raw page."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from cleaners.sources import Rejected, read_raw_page
from cleaners.text_page import CleanedText, clean_text
from cleaners.version import CLEANER_VERSION

URL_FROM_SOURCE_LINE = "source_line"


@dataclass(frozen=True)
class RunStamp:
    """What every row of one run carries about the run itself."""

    flow_run_id: str
    cleaned_at: dt.datetime
    cleaner_version: str = CLEANER_VERSION


@dataclass
class Outcome:
    """The rows one raw file produced, and the removal counts per rule for the run report."""

    pages: list[dict] = field(default_factory=list)
    rejects: list[dict] = field(default_factory=list)
    removals: Counter = field(default_factory=Counter)


def page_id(source_path: str) -> str:
    """Stable id of a raw page: the same raw path keeps the same id across re-cleans."""
    return hashlib.sha256(source_path.encode("utf-8")).hexdigest()[:32]


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def page_row(source_path: str, raw_sha256: str, cleaned: CleanedText, run: RunStamp) -> dict:
    published = cleaned.published
    return {
        "id": page_id(source_path),
        "url": cleaned.url,
        "url_source": URL_FROM_SOURCE_LINE if cleaned.url else None,
        "domain": domain_of(cleaned.url),
        "source_path": source_path,
        "raw_sha256": raw_sha256,
        "fetched_at": None,
        "title": cleaned.title,
        "authors": cleaned.authors,
        "published_date": published.date if published else None,
        "published_at": published.at if published else None,
        "language": None,
        "text": cleaned.text,
        "removed": [{"rule": r.rule, "text": r.text} for r in cleaned.removed],
        "cleaner_version": run.cleaner_version,
        "cleaned_at": run.cleaned_at,
        "flow_run_id": run.flow_run_id,
    }


def reject_row(source_path: str, rejected: Rejected, run: RunStamp) -> dict:
    return {
        "id": page_id(source_path),
        "source_path": source_path,
        "raw_sha256": rejected.raw_sha256,
        "reason": rejected.reason,
        "message": rejected.message,
        "cleaner_version": run.cleaner_version,
        "rejected_at": run.cleaned_at,
        "flow_run_id": run.flow_run_id,
    }


def process_raw_file(raw_root: Path, source_path: str, run: RunStamp) -> Outcome:
    """Clean one raw file; a bad file becomes a reject row, never an exception."""
    outcome = Outcome()
    try:
        raw = read_raw_page(raw_root, source_path)
        cleaned = clean_text(raw.text)
        if not cleaned.paragraphs:
            summary = ", ".join(f"{rule} {n}" for rule, n in Counter(r.rule for r in cleaned.removed).items())
            raise Rejected("no_text", f"{source_path}: no article text left ({summary or 'no lines'})", raw.raw_sha256)
    except Rejected as rejected:
        outcome.rejects.append(reject_row(source_path, rejected, run))
        return outcome
    outcome.pages.append(page_row(source_path, raw.raw_sha256, cleaned, run))
    outcome.removals.update(removal.rule for removal in cleaned.removed)
    return outcome
