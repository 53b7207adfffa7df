"""Why a raw page did not become a record: the `reason` column of `clean/rejects`, as data.

Every `Rejected` names one of these reasons; an unknown one is a bug and raises where it is made.
The README's table of reasons is checked against this one (tests/test_docs.py).
"""

from __future__ import annotations

from types import MappingProxyType

# reason -> what it means, in the order the README lists them
REJECT_REASONS = MappingProxyType(
    {
        "empty": "no bytes, or only whitespace",
        "binary": (
            "a known binary format by its magic bytes (a PDF or PNG named `.html`: the message names the type), "
            "or NUL bytes"
        ),
        "unsupported_format": "not a suffix listed above, or a WARC response that is not HTML or text",
        "too_large": (
            "over `max_page_bytes` (16 MiB), or decompressing to over `max_decompressed_bytes` (64 MiB: gzip bombs)"
        ),
        "corrupt_gzip": "not gzip",
        "undecodable": "text in no encoding that fits",
        "bad_sidecar": "a sidecar that is not a JSON object",
        "bad_json": "a JSONL line that is not a JSON object",
        "no_content": "a JSONL line with no HTML or text field",
        "corrupt_warc": "a WARC damaged after a record",
        "truncated": "a WARC record shorter than its length",
        "bad_record_id": "a `WARC-Record-ID` that is not a URI (`../../etc/passwd`)",
        "outside_raw_root": "a link whose target is outside `raw/` (never read)",
        "unreadable": "an OS error (`raw_sha256` is null, so the next run tries again)",
        "vanished": "a file gone between listing and reading (`raw_sha256` is null, so the next run tries again)",
        "changed_while_read": "a file changed while it was read (`raw_sha256` is null, so the next run tries again)",
        "no_text": "nothing of the article was left after cleaning (the message counts lines per rule)",
        "too_short": (
            "fewer words of article text than `min_article_words` (15): a menu, a stub or a placeholder, not an article"
        ),
        "timeout": "the page kept its cleaning process busy for `page_timeout_s` (60 s): the process was killed",
        "crashed": "the page's cleaning process died (segfault, OOM killer; the message names the signal)",
        "cleaner_error": (
            "the cleaners raised on this page (a bug, or `MemoryError` at the 4 GiB address-space ceiling)"
        ),
    }
)


class Rejected(Exception):
    """A raw page that cannot become a record; `reason` is a key of REJECT_REASONS, the message says why."""

    def __init__(self, reason: str, message: str, raw_sha256: str | None = None, source_path: str | None = None):
        if reason not in REJECT_REASONS:
            raise ValueError(f"unknown reject reason {reason!r}: add it to REJECT_REASONS")
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.raw_sha256 = raw_sha256  # None when the bytes could not be read
        self.source_path = source_path  # set where one file holds many pages
