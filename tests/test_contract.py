"""Schema and row builders are one contract: a row that does not fit its schema fails where it is built."""

import datetime as dt

import pyarrow as pa
import pytest

from cleaners.text_page import CleanedText, Removal
from output.contract import (
    PAGE_COLUMNS,
    PAGES_SCHEMA,
    REJECT_COLUMNS,
    REJECTS_SCHEMA,
    RowShapeError,
    page_row,
    pages_table,
    reject_row,
    rejects_table,
)
from reading.pages import RawPage
from reading.rejects import REJECT_REASONS, Rejected
from tests.pages import RUN

RAW = RawPage("a/page.txt", "ab" * 32, "Title\n\nBody.", "text", url="https://example.com/a", url_source="sidecar")
CLEANED = CleanedText("Title", ["Jane Doe"], None, "https://example.com/a", ["Body."], [Removal("title", "Title")])


def test_built_rows_fill_every_column_and_convert_to_arrow():
    page = page_row(RAW, CLEANED, "sidecar", RUN)
    reject = reject_row("b.html", Rejected("empty", "b.html is empty", "cd" * 32), RUN)
    assert pages_table([page]).schema == PAGES_SCHEMA and rejects_table([reject]).schema == REJECTS_SCHEMA
    assert pages_table([page]).to_pylist() == [page]


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda row: {**{k: v for k, v in row.items() if k != "title"}, "titel": "Title"},
            "missing ['title'], unknown ['titel']",
        ),
        (lambda row: {k: v for k, v in row.items() if k != "authors"}, "missing ['authors']"),
        (lambda row: {**row, "summary": "extra"}, "unknown ['summary']"),
        (lambda row: {**row, "text": None}, "required columns empty: ['text']"),
    ],
    ids=["misspelled", "missing", "extra", "required-null"],
)
def test_a_page_row_that_does_not_fit_the_schema_is_an_error(change, message):
    row = page_row(RAW, CLEANED, "sidecar", RUN)
    with pytest.raises(RowShapeError, match=message.replace("[", r"\[").replace("]", r"\]")):
        PAGE_COLUMNS.check(change(row), "page")


def test_a_reject_row_without_a_reason_is_an_error():
    row = reject_row("b.html", Rejected("empty", "b.html is empty"), RUN)
    with pytest.raises(RowShapeError, match="reason"):
        REJECT_COLUMNS.check({**row, "reason": None}, "reject")


def test_arrow_alone_would_have_hidden_a_misspelled_key():
    """Why the check exists: Arrow fills a misspelled column with nulls without a word."""
    row = {**{k: v for k, v in page_row(RAW, CLEANED, "sidecar", RUN).items() if k != "title"}, "titel": "Title"}
    assert pa.Table.from_pylist([row], schema=PAGES_SCHEMA).column("title").to_pylist() == [None]


def test_an_unknown_reject_reason_is_an_error_where_it_is_made():
    with pytest.raises(ValueError, match="REJECT_REASONS"):
        Rejected("no_reason_like_this", "message")
    assert "timeout" in REJECT_REASONS and "crashed" in REJECT_REASONS


def test_timestamps_are_utc_microseconds():
    row = page_row(RAW, CLEANED, "sidecar", RUN)
    assert pages_table([row]).column("cleaned_at").to_pylist() == [dt.datetime(2026, 1, 1, tzinfo=dt.UTC)]
