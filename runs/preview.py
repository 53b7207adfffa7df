"""What a re-clean changes: its staged rows next to the records they replace, line by line.

A dry run publishes this as its preview; a real run publishes it with the files it replaced. A line
that moves from one rule to another (or from the text to a rule) is a change even when the text stays.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import zip_longest

from output.contract import Row
from output.dataset import Dataset
from runs.batch import BatchReport
from runs.commit import staged_rows

_COMPARED = ("title", "authors", "url", "published_date", "published_at", "text", "removed")
_FIELDS_SHOWN = ("title", "authors", "url", "published_date")
KEPT = "(text)"  # the rule of a line that stays in the article
ABSENT = "(none)"  # the rule of a line the other version does not have
DETAILED_PAGES = 10  # changed pages shown line by line; the rest are counted
MAX_LINES_SHOWN = 30  # lines shown a page


@dataclass
class PageChange:
    """One record's change: the fields that differ and every line whose rule differs."""

    source_path: str
    fields: list[tuple[str, object, object]]  # (field, before, after)
    lines: list[tuple[str, str, str]]  # (line, rule before, rule after)


@dataclass
class RecleanPreview:
    selected: int
    changed: int = 0
    would_reject: int = 0
    removals_before: Counter[str] = field(default_factory=Counter)
    removals_after: Counter[str] = field(default_factory=Counter)
    moves: Counter[tuple[str, str]] = field(default_factory=Counter)  # (rule before, after) -> lines, all pages
    pages: list[PageChange] = field(default_factory=list)  # the first DETAILED_PAGES changed pages


def rules_by_line(record: Row | None) -> dict[str, list[str]]:
    """line -> its rules, of every line of a record: its text's lines as KEPT, its removed lines by rule."""
    rules: dict[str, list[str]] = {}
    if record is not None:
        for line in record["text"].splitlines():
            if line.strip():
                rules.setdefault(line, []).append(KEPT)
        for entry in record["removed"]:
            rules.setdefault(entry["text"], []).append(entry["rule"])
    return rules


def line_moves(before: Row | None, after: Row) -> list[tuple[str, str, str]]:
    """(line, rule before, rule after) of every line whose rule differs, in the new record's order
    (its text, then its removed lines), then the lines only the old record had."""
    old, new = rules_by_line(before), rules_by_line(after)
    moves = []
    for line in [*new, *(line for line in old if line not in new)]:
        was, now = Counter(old.get(line, [])), Counter(new.get(line, []))
        pairs = zip_longest((was - now).elements(), (now - was).elements(), fillvalue=ABSENT)
        moves += [(line, previous, current) for previous, current in pairs]
    return moves


def preview_reclean(dataset: Dataset, reports: list[BatchReport], selected: int) -> RecleanPreview:
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
        if old is not None and all(old[key] == new[key] for key in _COMPARED):
            continue
        preview.changed += 1
        moves = line_moves(old, new)
        preview.moves.update((was, now) for _, was, now in moves)
        if len(preview.pages) < DETAILED_PAGES:
            fields = [(key, old and old[key], new[key]) for key in _FIELDS_SHOWN if old is None or old[key] != new[key]]
            preview.pages.append(PageChange(new["source_path"], fields, moves))
    return preview


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")[:200]


def preview_body(preview: RecleanPreview) -> list[str]:
    """Counts per rule before and after, the lines that move between rules over all changed pages,
    then the first changed pages line by line."""
    lines = [
        (f"{preview.selected} pages selected; {preview.changed} change; {preview.would_reject} become rejects."),
        "",
        "| rule | lines before | lines after |",
        "|---|---|---|",
    ]
    for rule in sorted(set(preview.removals_before) | set(preview.removals_after)):
        lines.append(f"| {rule} | {preview.removals_before[rule]} | {preview.removals_after[rule]} |")
    if preview.moves:
        lines += ["", "## Lines that change rule, all changed pages", "", "| before | after | lines |", "|---|---|---|"]
        lines += [f"| {was} | {now} | {count} |" for (was, now), count in preview.moves.most_common()]
    for page in preview.pages:
        lines += ["", f"## `{page.source_path}`", ""]
        lines += [f"- {key}: {was!r} → {now!r}" for key, was, now in page.fields]
        if page.lines:
            lines += ["", "| line | before | after |", "|---|---|---|"]
            lines += [f"| {_cell(text)} | {was} | {now} |" for text, was, now in page.lines[:MAX_LINES_SHOWN]]
            if len(page.lines) > MAX_LINES_SHOWN:
                lines.append(f"\n{len(page.lines) - MAX_LINES_SHOWN} more lines change on this page.")
    if preview.changed > len(preview.pages):
        lines += ["", f"{preview.changed - len(preview.pages)} more pages change (counted above, not shown)."]
    return lines


def preview_markdown(preview: RecleanPreview) -> str:
    """A dry run's report: nothing was written."""
    return "\n".join(["# Re-clean dry run: nothing written", "", *preview_body(preview)])


def changes_markdown(preview: RecleanPreview, files: dict[str, dict[str, list[str]]]) -> str:
    """A real re-clean's report: the files it wrote, replaced or removed, then what changed."""
    lines = ["# Re-clean: written", ""]
    for table, kinds in files.items():
        for kind, names in kinds.items():
            lines.append(f"- {table} {kind}: " + ", ".join(f"`{name}`" for name in names))
    return "\n".join([*lines, "", *preview_body(preview)])


def changes_line(preview: RecleanPreview, files: dict[str, dict[str, list[str]]]) -> str:
    """The same, in one log line: files per kind, records changed, lines that changed rule."""
    written = "; ".join(
        f"{table} {kind}: {', '.join(names)}" for table, kinds in files.items() for kind, names in kinds.items()
    )
    moved = ", ".join(f"{was} → {now} {count}" for (was, now), count in preview.moves.most_common())
    changed = f"{preview.changed} of {preview.selected} records changed ({moved or 'no line changed rule'})"
    return f"{changed}; {written or 'no file written'}"
