"""Which already-cleaned pages a re-clean takes: the form a person fills in the Prefect UI.

Every filter that is set must hold (they combine with AND); with none set, every page is selected.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from typing import Any

from pydantic import BaseModel, Field, model_validator

from output.dataset import ParquetTable

SELECTION_COLUMNS = ["id", "source_path", "url", "domain", "published_date", "cleaner_version"]


class PageSelection(BaseModel):
    """Pages to re-clean. Leave a field empty to not filter on it."""

    domains: list[str] = Field(default_factory=list, description="Only these domains, e.g. `themoscowtimes.com`")
    url_glob: str | None = Field(default=None, description="Only URLs matching this glob, e.g. `https://*/2015/11/*`")
    source_path_glob: str | None = Field(
        default=None, description="Only raw paths matching this glob, e.g. `2015/*.html`"
    )
    published_from: dt.date | None = Field(default=None, description="Only pages published on or after this day")
    published_to: dt.date | None = Field(default=None, description="Only pages published on or before this day")
    only_older_cleaner: bool = Field(
        default=False, description="Only pages cleaned by an older cleaner_version than the current one"
    )

    @model_validator(mode="after")
    def _dates_in_order(self) -> PageSelection:
        if self.published_from and self.published_to and self.published_from > self.published_to:
            raise ValueError("published_from is after published_to")
        return self

    def matches(self, row: dict[str, Any], current_version: str) -> bool:
        domains = {domain.lower().removeprefix("www.") for domain in self.domains}
        published = row["published_date"]
        return (
            (not domains or (row["domain"] or "") in domains)
            and (self.url_glob is None or fnmatch.fnmatchcase(row["url"] or "", self.url_glob))
            and (self.source_path_glob is None or fnmatch.fnmatchcase(row["source_path"], self.source_path_glob))
            and (self.published_from is None or (published is not None and published >= self.published_from))
            and (self.published_to is None or (published is not None and published <= self.published_to))
            and (not self.only_older_cleaner or row["cleaner_version"] != current_version)
        )


class RecleanRequest(PageSelection):
    """The re-clean form: which pages, and whether to only show what would change."""

    dry_run: bool = Field(default=True, description="Write nothing; publish what would change as an artifact")
    raw_dir: str = Field(default="raw", description="Folder of raw pages")
    clean_dir: str = Field(default="clean", description="Output folder")


def select_pages(pages: ParquetTable, selection: PageSelection, current_version: str) -> dict[str, str]:
    """id -> source_path of every page the selection takes (reads only the columns it filters on)."""
    selected = {}
    for name in pages.files():
        for row in pages.read(name, columns=SELECTION_COLUMNS).to_pylist():
            if selection.matches(row, current_version):
                selected[row["id"]] = row["source_path"]
    return selected
