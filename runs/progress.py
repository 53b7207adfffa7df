"""How far a run's batches are: share done, pages a second and the time left, for logs and the UI."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Progress:
    """Batches finished so far out of a plan's; the time left is read from the files still to clean
    (a file's pages are known only once it is read)."""

    files: int  # raw files the plan gave the batches
    batches: int
    started: float  # time.monotonic() when cleaning began
    files_done: int = 0
    batches_done: int = 0
    pages_done: int = 0

    def batch_done(self, files: int, pages: int) -> None:
        self.batches_done += 1
        self.files_done += files
        self.pages_done += pages

    def percent(self) -> float:
        """Share of the raw files cleaned, 0 to 100 (a Prefect progress artifact's scale)."""
        return 100.0 * self.files_done / self.files if self.files else 100.0

    def line(self, now: float) -> str:
        """ "batch 3/8 done, 1,200 of 5,000 files: 85 pages/s, about 42 s left"."""
        elapsed = max(now - self.started, 1e-9)
        pages_per_s = self.pages_done / elapsed
        files_per_s = self.files_done / elapsed
        left_s = (self.files - self.files_done) / files_per_s if files_per_s else float("nan")
        return (
            f"batch {self.batches_done}/{self.batches} done, {self.files_done:,} of {self.files:,} files: "
            f"{pages_per_s:,.0f} pages/s, about {left_s:,.0f} s left"
        )
