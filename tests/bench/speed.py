"""Speed benchmark: this project's flow, end to end, next to hand-written loops, in one run.

    .venv/bin/python -m tests.bench.speed [--html 2000] [--text 20000] [--repeats 3] [--profile]

Corpora are generated under build/bench/ (unique copies of ../shared/bench pages and of the sample
pages). Every system runs as its own process; wall time includes start-up (Prefect's too) and is the
median of `--repeats` runs. The HTML flow runs twice, with `--workers 1` (per core, beside the
one-process trafilatura loop) and on every core, each with the body F1 and the date and author
accuracy of its records on the copies that have gold (WCXB's for dates and authors). Peak RSS is
the largest sum over the process and all its children, sampled by psutil every 50 ms, over all runs.
A second table gives, for the median run of each of this project's commands, the CPU seconds of
each kind of process in its tree.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import pyarrow.parquet as pq

from tests.bench import corpus
from tests.bench.quality import ZYTE, Page, Prediction, Score, wcxb_pages, zyte_pages
from tests.conftest import PROJECT

WORK = PROJECT / "build" / "bench"
# An empty flow on the embedded API with the settings a clean run starts it with (`flows.cli.PREFECT_DEFAULTS`:
# its database, and a start-up timeout that a loaded machine's first migration does not exceed)
PREFECT_NOOP = (
    "import os\nfrom flows.cli import PREFECT_DEFAULTS\n"
    "for name, value in PREFECT_DEFAULTS.items():\n    os.environ.setdefault(name, value)\n"
    "from prefect import flow\n@flow\ndef noop():\n    pass\nnoop()\n"
)


@dataclass
class Measured:
    seconds: float
    peak_rss: int  # bytes
    cpu_by_role: dict[str, float] = field(default_factory=dict)  # CPU seconds of each kind of process


def role_of(process: psutil.Process, root: psutil.Process) -> str:
    """What a process of a run's tree is: the command line, and the fork server's own children
    (forked, so with its command line) are the cleaning and survey processes."""
    if process.pid == root.pid:
        return "flow process"
    command = " ".join(process.cmdline())
    if "uvicorn" in command:
        return "Prefect API server"
    if "forkserver" in command:
        return "fork server" if process.ppid() == root.pid else "cleaning processes"
    return "other"


def measure(command: list[str]) -> Measured:
    """Run a command to completion: wall time, the peak RSS of its whole process tree, and the CPU
    time of each process in it by role (sampled every 50 ms, so a process's last moments are missed)."""
    started = time.perf_counter()
    process = psutil.Popen(command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    roles: dict[int, str] = {}  # by pid, read once
    cpu: dict[int, float] = {}  # by pid, the latest sample
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            for member in tree:
                with contextlib.suppress(psutil.Error):
                    roles.setdefault(member.pid, role_of(member, process))
                    times = member.cpu_times()
                    cpu[member.pid] = times.user + times.system
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{process.stderr.read().decode()[-3000:]}")
    by_role: dict[str, float] = {}
    for pid, seconds_of_cpu in cpu.items():
        by_role[roles[pid]] = by_role.get(roles[pid], 0.0) + seconds_of_cpu
    return Measured(seconds, peak, by_role)


def median_of(repeats: int, command: list[str], before=lambda: None) -> Measured:
    """`measure` run `repeats` times (each after `before`): the median run, with the largest peak.
    One run on this shared machine varies by 5-10%; the median of three steadies the ratios."""
    runs = []
    for _ in range(repeats):
        before()
        runs.append(measure(command))
    median = sorted(runs, key=lambda run: run.seconds)[len(runs) // 2]
    return Measured(median.seconds, max(run.peak_rss for run in runs), median.cpu_by_role)


def flow_command(raw: Path, clean: Path, workers: int | None = None) -> list[str]:
    """The CLI run of the flow; `workers` None: its default, every core."""
    command = [sys.executable, "-m", "flows.cli", "clean", "--raw-dir", str(raw), "--clean-dir", str(clean)]
    return command if workers is None else [*command, "--workers", str(workers)]


def baseline_command(kind: str, raw: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "tests.bench.baselines", kind, str(raw), str(out)]


def gold_pages() -> dict[str, Page]:
    """Gold by benchmark page name (as `corpus.bench_html_pages` names them): Zyte's bodies, WCXB's
    bodies, dates and authors, read as `make bench-quality` reads them."""
    gold = {f"zyte-aeb-{page.key}": page for page in zyte_pages(None)}
    gold.update({f"wcxb-dev-articles-{page.key}": page for page in wcxb_pages(None)})
    return gold


def score_run(predicted: dict[str, Prediction], source_paths: list[str], gold: dict[str, Page]) -> Score:
    """Body F1, date and author accuracy over the copies that have gold; a copy with no record counts
    as an empty prediction."""
    score = Score()
    for source_path in source_paths:
        page = gold.get(Path(source_path).stem.rsplit("-", 1)[0])
        if page is not None:
            score.add(page, predicted.get(source_path, Prediction("")))
    return score


def quality_note(score: Score) -> str:
    """Body F1, and date and author accuracy where some copy had gold for them (WCXB's)."""
    measured = {"F1": score.f1, "date": score.date_accuracy, "author": score.author_accuracy}
    return ", ".join(f"{name} {value:.3f}" for name, value in measured.items() if value is not None)


def predictions(
    parquet: Path, columns: tuple[str, str, str] = ("text", "authors", "published_date")
) -> dict[str, Prediction]:
    """Each record's text, authors and date by source path (the baseline's columns are named otherwise)."""
    table = pq.read_table(parquet, columns=["source_path", *columns]).to_pylist()
    text, authors, date = columns
    return {
        row["source_path"]: Prediction(row[text] or "", row[authors], str(row[date]) if row[date] else None)
        for row in table
    }


def fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


ROLES = ("flow process", "Prefect API server", "fork server", "cleaning processes")


def run(html_pages: int, text_pages: int, repeats: int) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The speed table, and the CPU seconds of each kind of process in this project's runs."""
    rows: list[dict[str, str]] = []
    cpu_rows: list[dict[str, str]] = []

    def row(corpus_name: str, system: str, pages: int, m: Measured, **extra: str) -> Measured:
        rows.append(
            {
                "corpus": corpus_name,
                "system": system,
                "pages": str(pages),
                "seconds": f"{m.seconds:.1f}",
                "pages/s": f"{pages / m.seconds:.0f}",
                "peak RSS MiB": f"{m.peak_rss / 2**20:.0f}",
                "ratio": extra.get("ratio", ""),
                "note": extra.get("note", ""),
            }
        )
        if system.startswith("page-cleaner"):
            cpu_rows.append(
                {
                    "corpus": corpus_name,
                    "system": system,
                    "wall s": f"{m.seconds:.1f}",
                    **{f"{role} CPU s": f"{m.cpu_by_role.get(role, 0.0):.1f}" for role in ROLES},
                    "all CPU s": f"{sum(m.cpu_by_role.values()):.1f}",
                }
            )
        return m

    measure([sys.executable, "-c", PREFECT_NOOP])  # warm the Prefect database once
    startup = row("-", "Prefect start-up (empty flow)", 0, median_of(repeats, [sys.executable, "-c", PREFECT_NOOP]))

    html_raw = fresh(WORK / "html")
    paths = [p.relative_to(html_raw).as_posix() for p in corpus.html_copies(html_raw, html_pages)]
    gold = gold_pages()
    base = median_of(repeats, baseline_command("html", html_raw, WORK / "baseline-html.parquet"))
    base_score = score_run(predictions(WORK / "baseline-html.parquet", ("text", "author", "date")), paths, gold)
    row(f"html {html_pages}", "baseline A: trafilatura loop", html_pages, base, note=quality_note(base_score))
    html_clean = WORK / "clean-html"
    # per core: one cleaning process against the one-process loop, then every core
    for system, workers in (("page-cleaner flow, --workers 1", 1), ("page-cleaner flow, all cores", None)):
        ours = median_of(repeats, flow_command(html_raw, html_clean, workers), before=lambda: fresh(html_clean))
        ours_score = score_run(predictions(html_clean / "pages"), paths, gold)
        row(
            f"html {html_pages}",
            system,
            html_pages,
            ours,
            ratio=f"{base.seconds / ours.seconds:.2f}x",
            note=quality_note(ours_score),
        )

    small = max(1, text_pages // 10)
    peaks = {}
    for count in (small, text_pages):
        text_raw = fresh(WORK / f"text-{count}")
        corpus.text_copies(text_raw, count)
        base = row(
            f"text {count}",
            "baseline B: read + write loop",
            count,
            median_of(repeats, baseline_command("text", text_raw, WORK / "baseline-text.parquet")),
        )
        text_clean = WORK / f"clean-text-{count}"
        ours = median_of(repeats, flow_command(text_raw, text_clean), before=lambda folder=text_clean: fresh(folder))
        peaks[count] = ours.peak_rss
        row(f"text {count}", "page-cleaner flow", count, ours, ratio=f"{base.seconds / ours.seconds:.2f}x")
    again = median_of(repeats, flow_command(text_raw, WORK / f"clean-text-{text_pages}"))
    row(
        f"text {text_pages}",
        "page-cleaner, nothing new",
        text_pages,
        again,
        note=f"{again.seconds / startup.seconds:.2f}x Prefect start-up",
    )
    rows.append(
        {
            "corpus": "-",
            "system": f"peak RSS {text_pages} / {small} text pages",
            "pages": "",
            "seconds": "",
            "pages/s": "",
            "peak RSS MiB": "",
            "ratio": f"{peaks[text_pages] / peaks[small]:.2f}x",
            "note": "",
        }
    )
    return rows, cpu_rows


def print_table(rows: list[dict[str, str]]) -> None:
    widths = {key: max(len(key), *(len(r[key]) for r in rows)) for key in rows[0]}
    print("  ".join(key.ljust(widths[key]) for key in rows[0]))
    for r in rows:
        print("  ".join(r[key].ljust(widths[key]) for key in r))


def profile(html_pages: int, text_pages: int) -> None:
    """Where one process spends its time cleaning pages (pyinstrument, in-process, no Prefect)."""

    from pyinstrument import Profiler

    import runs.warmup  # noqa: F401  (warmed up as the fork server's children are)
    from reading.folders import Folder
    from reading.raw_files import discover
    from tests.pages import clean_file

    for name, build in (("html", corpus.html_copies), ("text", corpus.text_copies)):
        raw = fresh(WORK / f"profile-{name}")
        build(raw, html_pages if name == "html" else text_pages)
        profiler = Profiler()
        with profiler:
            for source_file in discover(Folder(raw)):
                clean_file(raw, source_file)
        print(f"\n=== profile: {name} pages, one process ===")
        print(profiler.output_text(show_all=False, color=False, time="percent_of_total"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--html", type=int, default=2000, help="HTML pages (copies of ../shared/bench pages)")
    parser.add_argument("--text", type=int, default=20000, help="text pages (copies of the sample pages)")
    parser.add_argument("--repeats", type=int, default=3, help="runs of each timed command; the median is shown")
    parser.add_argument("--profile", action="store_true", help="also profile cleaning in one process")
    args = parser.parse_args()
    if not ZYTE.is_dir():
        parser.error(f"{ZYTE.parent} not found: the benchmark pages live beside the project in ../shared/bench")
    rows, cpu_rows = run(args.html, args.text, args.repeats)
    print_table(rows)
    print("\nWhere the CPU goes in this project's runs (the median run of each; sampled every 50 ms):")
    print_table(cpu_rows)
    if args.profile:
        profile(min(args.html, 300), min(args.text, 3000))


if __name__ == "__main__":
    main()
