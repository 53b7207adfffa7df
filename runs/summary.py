"""The run summary: what a run saw, what it did with it, and what each rule removed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from output.contract import Row
from runs.page_path import Outcome


@dataclass
class RunSummary:
    seen: int = 0
    cleaned: int = 0
    unchanged: int = 0
    rejected: int = 0
    removals: Counter = field(default_factory=Counter)
    rejects_by_reason: Counter = field(default_factory=Counter)
    without_raw: int = 0  # records already written whose raw file is gone
    pruned: int = 0  # of those, removed by this run (only when asked to prune)
    written: bool = True  # False for a dry run: what it cleaned was compared, not written

    def add_outcome(self, outcome: Outcome) -> None:
        """Count what one raw file gave."""
        self.merge(
            RunSummary(
                seen=outcome.seen,
                unchanged=outcome.unchanged,
                cleaned=len(outcome.pages),
                rejected=len(outcome.rejects),
                removals=outcome.removals,
                rejects_by_reason=Counter(row["reason"] for row in outcome.rejects),
            )
        )

    def merge(self, other: RunSummary) -> None:
        self.seen += other.seen
        self.unchanged += other.unchanged
        self.cleaned += other.cleaned
        self.rejected += other.rejected
        self.removals.update(other.removals)
        self.rejects_by_reason.update(other.rejects_by_reason)

    def table_rows(self) -> list[dict[str, object]]:
        """Rows for a Prefect table artifact: the counts, then removals per rule."""
        unwritten = "" if self.written else ", not written"  # a dry run says what it did not do
        rows: list[dict[str, object]] = [
            {"measure": "pages seen", "count": self.seen},
            {"measure": f"pages cleaned{unwritten}", "count": self.cleaned},
            {"measure": "pages unchanged", "count": self.unchanged},
            {"measure": f"pages rejected{unwritten}", "count": self.rejected},
            {"measure": "records without raw file", "count": self.without_raw},
            {"measure": "records without raw file pruned", "count": self.pruned},
        ]
        rows += [{"measure": f"rejected: {reason}", "count": n} for reason, n in sorted(self.rejects_by_reason.items())]
        rows += [{"measure": f"removed by {rule}", "count": n} for rule, n in sorted(self.removals.items())]
        return rows

    def as_text(self) -> str:
        rows = self.table_rows()
        width = max(len(str(row["measure"])) for row in rows)
        return "\n".join(f"{row['measure']:<{width}}  {row['count']:>7}" for row in rows)


def rejects_markdown(rejects: list[Row]) -> str:
    """The run's rejects with their reasons, for a markdown artifact."""
    if not rejects:
        return "# Rejects\n\nNo page was rejected in this run."
    lines = [
        "# Rejects",
        "",
        f"{len(rejects)} raw pages could not become records.",
        "",
        "| source | reason | message |",
        "|---|---|---|",
    ]
    for row in rejects:
        message = row["message"].replace("|", "\\|").replace("\n", " ")
        lines.append(f"| `{row['source_path']}` | {row['reason']} | {message} |")
    return "\n".join(lines)
