"""Which already-cleaned pages a re-clean takes: the form a person fills in the Prefect UI.

Every filter that is set must hold (they combine with AND); with none set, every page is selected.
What the form cannot check field by field (dates in order, a large real run confirmed) is checked
before any work, and a selection that takes nothing says why, with what there is instead.
"""

from __future__ import annotations

import datetime as dt
import difflib
import fnmatch
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, Field, PlainSerializer, WithJsonSchema

from output.dataset import ParquetTable

SELECTION_COLUMNS = ["id", "source_path", "url", "domain", "published_date", "cleaner_version"]
CONFIRM_ABOVE = 1000  # a real re-clean of more selected pages must name their number in `confirm_pages`
KNOWN_SHOWN = 15  # known domains listed when nothing was selected
Filter = Callable[[dict[str, Any]], bool]
# A day or nothing, in the UI's form a plain text field whose empty value is "" (the schema of
# `date | None` is a choice of two types, which the form shows as 'Property is type "None"' until "str"
# is clicked; a date field's empty value is null, which its own validation then refuses).
OptionalDay = Annotated[
    dt.date | None,
    BeforeValidator(lambda value: value or None),
    PlainSerializer(lambda day: day.isoformat() if day else "", return_type=str),
    WithJsonSchema({"type": "string", "pattern": r"^(\d{4}-\d{2}-\d{2})?$"}),
]


class PageSelection(BaseModel):
    """Pages to re-clean. Leave a field empty to not filter on it."""

    domains: list[str] = Field(default_factory=list, description="Only these domains, e.g. `themoscowtimes.com`")
    url_glob: str = Field(default="", description="Only URLs matching this glob, e.g. `https://*/2015/11/*`")
    source_path_glob: str = Field(default="", description="Only raw paths matching this glob, e.g. `2015/*.html`")
    published_from: OptionalDay = Field(
        default=None,
        description="Only pages published on or after this day (YYYY-MM-DD, e.g. 2015-11-01)",
        json_schema_extra={"default": ""},  # as the form shows and sends an empty field
    )
    published_to: OptionalDay = Field(
        default=None,
        description="Only pages published on or before this day (YYYY-MM-DD, e.g. 2015-11-30)",
        json_schema_extra={"default": ""},
    )
    only_older_cleaner: bool = Field(
        default=False, description="Only pages cleaned by an older cleaner_version than the current one"
    )

    def problem(self) -> str | None:
        """What makes the selection impossible, in one line (checked before any work), else None."""
        if self.published_from and self.published_to and self.published_from > self.published_to:
            return f"published_from {self.published_from} is after published_to {self.published_to}: nothing can match"
        return None

    def filters(self, current_version: str) -> dict[str, Filter]:
        """The filters that are set, by field name: each takes a row of SELECTION_COLUMNS."""
        domains = {domain.lower().removeprefix("www.") for domain in self.domains}
        start, end = self.published_from, self.published_to
        candidates: dict[str, tuple[bool, Filter]] = {
            "domains": (bool(domains), lambda row: (row["domain"] or "") in domains),
            "url_glob": (bool(self.url_glob), lambda row: fnmatch.fnmatchcase(row["url"] or "", self.url_glob)),
            "source_path_glob": (
                bool(self.source_path_glob),
                lambda row: fnmatch.fnmatchcase(row["source_path"], self.source_path_glob),
            ),
            "published_from": (
                start is not None,
                lambda row: row["published_date"] is not None and row["published_date"] >= start,
            ),
            "published_to": (
                end is not None,
                lambda row: row["published_date"] is not None and row["published_date"] <= end,
            ),
            "only_older_cleaner": (self.only_older_cleaner, lambda row: row["cleaner_version"] != current_version),
        }
        return {name: check for name, (is_set, check) in candidates.items() if is_set}

    def matches(self, row: dict[str, Any], current_version: str) -> bool:
        return all(check(row) for check in self.filters(current_version).values())


class RecleanRequest(PageSelection):
    """The re-clean form: which pages, and whether to only show what would change."""

    dry_run: bool = Field(default=True, description="Write nothing; publish what would change as an artifact")
    confirm_pages: int = Field(
        default=0,
        ge=0,
        description=(
            f"A real run (dry run off) that selects more than {CONFIRM_ABOVE} pages goes ahead only when this "
            "names how many it selects (a dry run says the number)"
        ),
    )
    raw_dir: str = Field(
        default="raw", description="Folder of raw pages, local or an fsspec URL such as s3://bucket/raw"
    )
    clean_dir: str = Field(default="clean", description="Output folder to re-clean, which must exist")

    def unconfirmed(self, selected: int) -> str | None:
        """Why a real run of `selected` pages must not go ahead yet, in one line, else None."""
        if self.dry_run or selected <= CONFIRM_ABOVE or self.confirm_pages == selected:
            return None
        return (
            f"{selected} pages selected, over {CONFIRM_ABOVE}: a real re-clean of them goes ahead only with "
            f"confirm_pages set to {selected} (it is {self.confirm_pages}); nothing was written"
        )


def selection_rows(pages: ParquetTable) -> Iterator[dict[str, Any]]:
    """Every page's row of SELECTION_COLUMNS (reads only those columns)."""
    for name in pages.files():
        yield from pages.read(name, columns=SELECTION_COLUMNS).to_pylist()


def select_pages(pages: ParquetTable, selection: PageSelection, current_version: str) -> dict[str, str]:
    """id -> source_path of every page the selection takes."""
    return {row["id"]: row["source_path"] for row in selection_rows(pages) if selection.matches(row, current_version)}


def why_nothing_selected(pages: ParquetTable, selection: PageSelection, current_version: str) -> list[str]:
    """Sentences for a selection that took no page: how many pages each filter takes alone, the
    domains there are (with near matches of those asked for), near matches of a glob, the dates."""
    rows = list(selection_rows(pages))
    if not rows:
        return [f"{pages.folder} holds no pages."]
    filters = selection.filters(current_version)
    alone = ", ".join(f"{name} {sum(map(check, rows))}" for name, check in filters.items())
    lines = [f"{len(rows)} pages; each filter alone takes: {alone}."]
    domains = Counter(row["domain"] for row in rows if row["domain"])
    for asked in selection.domains:
        if near := difflib.get_close_matches(asked.lower().removeprefix("www."), list(domains), n=3):
            lines.append(f"Domains near {asked!r}: {', '.join(near)}.")
    known = ", ".join(f"{domain} ({count})" for domain, count in domains.most_common(KNOWN_SHOWN))
    lines.append(f"Known domains: {known or 'none'}{' …' if len(domains) > KNOWN_SHOWN else ''}.")
    for name, column in (("url_glob", "url"), ("source_path_glob", "source_path")):
        glob = getattr(selection, name)
        if glob and name in filters and not any(map(filters[name], rows)):
            values = [row[column] for row in rows if row[column]]
            near = difflib.get_close_matches(glob, values, n=3, cutoff=0.3)
            lines.append(f"{name} {glob!r} matches nothing; nearest: {', '.join(near) or 'none'}.")
    dates = sorted(row["published_date"] for row in rows if row["published_date"] is not None)
    if dates and ("published_from" in filters or "published_to" in filters):
        lines.append(f"Pages are published from {dates[0]} to {dates[-1]}.")
    return lines
