"""Text cleaning CPU of two code trees, paired: alternating runs on the same copies, records compared.

    .venv/bin/python -m tests.bench.paired [--base main ...] [--pages 2000] [--rounds 6] [--loops 3] [--dumps 8]
        [--html 8]

On a shared machine wall times say little, so each round runs both trees (this worktree and `--base`,
exported by `git archive` under build/paired/) one after the other in fresh processes, in alternating
order, and each reports the CPU seconds (`time.process_time`) of the fork server's warm-up and the
fastest of `--loops` passes over a batch's path (`runs.batch.BatchJob`: read, clean, the rows packed
as Arrow tables) on `--pages` copies of the samples, with the run's survey of those copies as the
batch's context. The records of both trees (every field of the copies' and the samples' rows, and
the removal counts) must be identical: the script says where they differ. The copies repeat the
samples' lines, so `--dumps N` also times `clean_text` on every Nth text dump of the bench sets (the
ones `tests.bench.quality` scores: Zyte's shipped dumps and those cached under build/bench-dumps),
with the lines each domain repeats learned over them first, and compares every field of the results.
`--html N` also times `clean_html` on every Nth HTML page of the four bench sets, each cleaned with
the URL the quality bench gives it and without one (as a raw file without its address is), in one
pass: a batch's process cleans its pages once, so the costs a first page of a kind pays in a process
forked after the warm-up (a dateparser locale, say) are counted as every batch pays them. Every field
of each result is compared.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from runs.supervise import Finished
from tests.conftest import PROJECT, SAMPLE_RAW

WORK = PROJECT / "build" / "paired"


def export(ref: str) -> Path:
    """The tree of `ref`, exported once under build/paired/<commit>."""
    commit = subprocess.run(
        ["git", "rev-parse", ref], cwd=PROJECT, check=True, capture_output=True, text=True
    ).stdout.strip()
    tree = WORK / commit[:12]
    if not (tree / "runs").is_dir():
        tree.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", commit], cwd=PROJECT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    return tree


def bench_dumps(every: int) -> Path:
    """A file of (URL, dump) of every `every`th text dump the quality bench scores, saved once."""
    saved = WORK / f"dumps-{every}.json"
    if not saved.exists():
        from tests.bench.quality import SETS

        found: list[tuple[str | None, str]] = []
        for bench_set in SETS:
            pages = bench_set.load(None)
            for style in bench_set.dump_styles:
                by_key = bench_set.dumps(style, pages) if bench_set.dumps else {}
                found += [(page.url, by_key[page.key]) for page in pages]
        WORK.mkdir(parents=True, exist_ok=True)
        saved.write_text(json.dumps(found[::every]), encoding="utf-8")
    return saved


def bench_html(every: int) -> Path:
    """A file of (URL, HTML) of every `every`th HTML page of the quality bench's sets, saved once."""
    saved = WORK / f"html-{every}.json"
    if not saved.exists():
        from tests.bench.quality import SETS

        found = [(page.url, page.content) for bench_set in SETS for page in bench_set.load(None)]
        WORK.mkdir(parents=True, exist_ok=True)
        saved.write_text(json.dumps(found[::every]), encoding="utf-8")
    return saved


def measure_html(pages: list[tuple[str | None, str]]) -> tuple[float, list[dict[str, str]]]:
    """One pass's CPU a cleaning through `clean_html` (each page with its URL and without), and every
    result's fields (as their reprs) with where the page's own URL came from."""
    from cleaners.html_page import clean_html

    jobs = [(markup, given) for url, markup in pages for given in (url, None)]
    started = time.process_time()
    results = [clean_html(markup, given) for markup, given in jobs]
    spent = time.process_time() - started
    rows = [
        {
            "source_path": f"html {number // 2} ({given})",
            "url_source": repr(url_source),
            **{key: repr(value) for key, value in vars(cleaned).items()},
        }
        for number, ((_, given), (cleaned, url_source)) in enumerate(zip(jobs, results, strict=True))
    ]
    return 1000 * spent / len(jobs), rows


def measure_dumps(dumps: list[tuple[str | None, str]], loops: int) -> tuple[float, list[dict[str, str]]]:
    """The fastest pass's CPU a dump through `clean_text`, and every result's fields (as their reprs)."""
    from cleaners.repeats import page_lines
    from cleaners.sites import learn_sites
    from cleaners.text_page import clean_text
    from cleaners.urls import domain_of

    sites = learn_sites((domain_of(url), page_lines(dump)) for url, dump in dumps)
    best, results = float("inf"), []
    for _ in range(loops):
        started = time.process_time()
        results = [clean_text(dump, sites, url) for url, dump in dumps]
        best = min(best, time.process_time() - started)
    rows = [
        {"source_path": f"dump {number} ({url})", **{key: repr(value) for key, value in vars(result).items()}}
        for number, ((url, _), result) in enumerate(zip(dumps, results, strict=True))
    ]
    return 1000 * best / len(dumps), rows


def measure_here(
    copies: Path,
    pages: int,
    loops: int,
    records: Path,
    dumps: list[tuple[str | None, str]],
    html: list[tuple[str | None, str]],
) -> dict[str, object]:
    """Run in the tree being measured: warm-up CPU, the fastest pass's CPU a page (and a dump), one
    pass's a cleaning of HTML, the records."""
    started = time.process_time()
    import runs.warmup  # noqa: F401  (what the fork server does before forking cleaning processes)

    warmup = time.process_time() - started
    from reading.folders import Folder
    from reading.limits import DEFAULT_LIMITS
    from reading.raw_files import discover
    from runs.batch import BatchJob
    from runs.page_path import BatchContext
    from runs.plan import Batch, survey_corpus
    from tests.bench import corpus
    from tests.pages import RUN

    if not copies.is_dir():
        corpus.text_copies(copies, pages)
    results: dict[str, object] = {}
    ms_per_page = 0.0
    for name, root in (("copies", copies), ("samples", SAMPLE_RAW)):
        raw = Folder(str(root))
        files = discover(raw)
        context = BatchContext(sites=survey_corpus(raw, files, None, RUN.cleaner_version, DEFAULT_LIMITS).sites)
        job = BatchJob(raw.location, RUN, Batch(1, 1, files, staging="", limits=DEFAULT_LIMITS), context)
        best = float("inf")
        for _ in range(loops if name == "copies" else 1):
            started = time.process_time()
            outcomes = [event.result for event in job.steps(None) if isinstance(event, Finished)]
            staged = job.pack(outcomes)
            best = min(best, time.process_time() - started)
        if name == "copies":
            ms_per_page = 1000 * best / len(files)
        # every field but the cleaner version, a digest of the code itself
        rows = [
            [{k: v for k, v in row.items() if k != "cleaner_version"} for row in table.to_pylist()]
            for table in staged.pages + staged.rejects
        ]
        results[name] = [rows, sorted(staged.counts.__dict__.items(), key=str)]
    ms_per_dump = 0.0
    if dumps:
        ms_per_dump, cleaned = measure_dumps(dumps, loops)
        results["dumps"] = [[cleaned], []]
    ms_per_html = 0.0
    if html:
        ms_per_html, cleaned = measure_html(html)
        results["html"] = [[cleaned], []]
    data = pickle.dumps(results)
    records.write_bytes(data)
    return {
        "warmup_s": warmup,
        "ms_per_page": ms_per_page,
        "ms_per_dump": ms_per_dump,
        "ms_per_html": ms_per_html,
        "records": hashlib.sha256(data).hexdigest(),
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_tree(tree: Path, pages: int, loops: int, dumps: Path | None, html: Path | None) -> dict[str, object]:
    records = WORK / f"records-{tree.name}.pickle"
    # this file runs in the measured tree (which may not have it), with that tree's packages imported
    command = [sys.executable, __file__, "--here", str(records), "--pages", str(pages), "--loops", str(loops)]
    command += ["--copies", str(WORK / f"text-{pages}")] + (["--dumps-file", str(dumps)] if dumps else [])
    command += ["--html-file", str(html)] if html else []
    done = subprocess.run(command, cwd=tree, check=True, capture_output=True, text=True, env=tree_env(tree))
    return json.loads(done.stdout.strip().splitlines()[-1])


def tree_env(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(tree)}


def figures(measured: list[dict[str, object]], key: str) -> list[float]:
    return [float(m[key]) for m in measured]  # type: ignore[arg-type]


def spread(measured: list[dict[str, object]], key: str, digits: int) -> str:
    """The runs' range of one figure and its median ("1.20-1.31 (median 1.25)")."""
    values = figures(measured, key)
    low, high, median = min(values), max(values), statistics.median(values)
    return f"{low:.{digits}f}-{high:.{digits}f} (median {median:.{digits}f})"


def first_difference(a: Path, b: Path) -> str:
    left, right = pickle.loads(a.read_bytes()), pickle.loads(b.read_bytes())
    for name in left:
        for tables_a, tables_b in zip(left[name][0], right[name][0], strict=False):
            for row_a, row_b in zip(tables_a, tables_b, strict=False):
                if row_a != row_b:
                    keys = [key for key in row_a if row_a[key] != row_b.get(key)]
                    return f"{name} {row_a.get('source_path')}: {keys}"
        if left[name] != right[name]:
            return f"{name}: row counts or removal counts differ"
    return "none found"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", action="append", help="git ref to compare this worktree with (main; repeatable)")
    parser.add_argument("--pages", type=int, default=2000, help="copies of the samples")
    parser.add_argument("--rounds", type=int, default=6, help="alternating runs of each tree")
    parser.add_argument("--loops", type=int, default=3, help="passes over the copies in a run; the fastest counts")
    parser.add_argument("--dumps", type=int, default=0, help="also every Nth bench text dump (0: none)")
    parser.add_argument("--html", type=int, default=0, help="also every Nth bench HTML page, one pass (0: none)")
    parser.add_argument("--here", type=Path, help=argparse.SUPPRESS)  # one run in this tree, for the parent
    parser.add_argument("--copies", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--dumps-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--html-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.here:
        dumps = json.loads(args.dumps_file.read_text(encoding="utf-8")) if args.dumps_file else []
        html = json.loads(args.html_file.read_text(encoding="utf-8")) if args.html_file else []
        print(json.dumps(measure_here(args.copies, args.pages, args.loops, args.here, dumps, html)))
        return
    dumps_file = bench_dumps(args.dumps) if args.dumps else None
    html_file = bench_html(args.html) if args.html else None
    trees = {ref: export(ref) for ref in args.base or ["main"]} | {"head": PROJECT}
    runs: dict[str, list[dict[str, object]]] = {name: [] for name in trees}
    for number in range(args.rounds):
        names = list(trees)[number % len(trees) :] + list(trees)[: number % len(trees)]  # each goes first in turn
        for name in names:
            runs[name].append(run_tree(trees[name], args.pages, args.loops, dumps_file, html_file))
            print(name, runs[name][-1], flush=True)
    for name, measured in runs.items():
        rss = max(figures(measured, "peak_rss_mib"))
        print(
            f"{name}: {spread(measured, 'ms_per_page', 3)} ms a page, "
            + (f"{spread(measured, 'ms_per_dump', 3)} ms a dump, " if args.dumps else "")
            + (f"{spread(measured, 'ms_per_html', 2)} ms an HTML cleaning, " if args.html else "")
            + f"warm-up {spread(measured, 'warmup_s', 2)} s, peak RSS {rss:.0f} MiB"
        )
    if args.html:
        for name in (name for name in trees if name != "head"):
            pairs = zip(figures(runs["head"], "ms_per_html"), figures(runs[name], "ms_per_html"), strict=True)
            ratios = [head / base - 1 for head, base in pairs]
            print(
                f"HTML head against {name} by round: "
                + ", ".join(f"{ratio:+.1%}" for ratio in ratios)
                + f" (median {statistics.median(ratios):+.1%}, faster in {sum(r < 0 for r in ratios)} of {len(ratios)})"
            )
    differ = False
    for name, tree in trees.items():
        if name == "head":
            continue
        if len({str(m["records"]) for m in runs[name] + runs["head"]}) == 1:
            print(f"records against {name}: identical")
        else:
            where = first_difference(WORK / f"records-{tree.name}.pickle", WORK / f"records-{PROJECT.name}.pickle")
            print(f"records against {name}: DIFFER ({where})")
            differ = True
    if differ:
        sys.exit(1)


if __name__ == "__main__":
    main()
