"""What a re-clean would change, for a dry run: its staged rows next to the records they would replace."""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field

from output.contract import Row
from output.dataset import Dataset
from runs.batch import BatchReport
from runs.commit import staged_rows

_COMPARED = ("title", "authors", "url", "published_date", "published_at", "text", "removed")


@dataclass
class RecleanPreview:
    selected: int
    changed: int = 0
    would_reject: int = 0
    removals_before: Counter[str] = field(default_factory=Counter)
    removals_after: Counter[str] = field(default_factory=Counter)
    samples: list[tuple[Row | None, Row]] = field(default_factory=list)  # (before, after) of the first changes


def preview_reclean(dataset: Dataset, reports: list[BatchReport], selected: int, samples: int = 3) -> RecleanPreview:
    """Compare the staged re-clean with the records it would replace."""
    after = {row["id"]: row for row in staged_rows(reports, "pages").to_pylist()}
    rejected = staged_rows(reports, "rejects")
    ids = list(after) + rejected["id"].to_pylist()
    before = {row["id"]: row for row in dataset.pages.read_rows(ids).to_pylist()}
    preview = RecleanPreview(selected=selected, would_reject=rejected.num_rows)
    for record in before.values():
        preview.removals_before.update(entry["rule"] for entry in record["removed"])
    for row_id, new in after.items():
        preview.removals_after.update(entry["rule"] for entry in new["removed"])
        old = before.get(row_id)
        if old is None or any(old[key] != new[key] for key in _COMPARED):
            preview.changed += 1
            if len(preview.samples) < samples:
                preview.samples.append((old, new))
    return preview


def preview_markdown(preview: RecleanPreview) -> str:
    """A dry run's report: counts per rule before and after, and a few before/after samples."""
    lines = [
        "# Re-clean dry run",
        "",
        (
            f"{preview.selected} pages selected; {preview.changed} would change; "
            f"{preview.would_reject} would become rejects."
        ),
        "",
        "| rule | before | after |",
        "|---|---|---|",
    ]
    for rule in sorted(set(preview.removals_before) | set(preview.removals_after)):
        lines.append(f"| {rule} | {preview.removals_before[rule]} | {preview.removals_after[rule]} |")
    for before, after in preview.samples:
        lines += ["", f"## `{after['source_path']}`", ""]
        for key in ("title", "authors", "url", "published_date"):
            if before is None or before[key] != after[key]:
                lines.append(f"- {key}: {before[key] if before else None!r} → {after[key]!r}")
        old_text = (before["text"] if before else "").splitlines()
        diff = list(difflib.unified_diff(old_text, after["text"].splitlines(), "before", "after", lineterm="", n=0))
        if diff:
            lines += ["", "```diff", *[line[:300] for line in diff[:40]], "```"]
    return "\n".join(lines)
