"""Text cleaning CPU of two code trees, paired: alternating runs on the same copies, records compared.

    .venv/bin/python -m tests.bench.paired [--base main] [--pages 2000] [--rounds 6] [--loops 3]

On a shared machine wall times say little, so each round runs both trees (this worktree and `--base`,
exported by `git archive` under build/paired/) one after the other in fresh processes, in alternating
order, and each reports the CPU seconds (`time.process_time`) of the fork server's warm-up and the
fastest of `--loops` passes over a batch's path (`runs.batch.BatchJob`: read, clean, the rows packed
as Arrow tables) on `--pages` copies of the samples, with the run's survey of those copies as the
batch's context. The records of both trees (every field of the copies' and the samples' rows, and
the removal counts) must be identical: the script says where they differ.
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


def measure_here(copies: Path, pages: int, loops: int, records: Path) -> dict[str, object]:
    """Run in the tree being measured: warm-up CPU, the fastest pass's CPU a page, the records."""
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
    data = pickle.dumps({key: results[key] for key in ("copies", "samples")})
    records.write_bytes(data)
    return {
        "warmup_s": warmup,
        "ms_per_page": ms_per_page,
        "records": hashlib.sha256(data).hexdigest(),
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def run_tree(tree: Path, pages: int, loops: int) -> dict[str, object]:
    records = WORK / f"records-{tree.name}.pickle"
    # this file runs in the measured tree (which may not have it), with that tree's packages imported
    command = [sys.executable, __file__, "--here", str(records), "--pages", str(pages), "--loops", str(loops)]
    command += ["--copies", str(WORK / f"text-{pages}")]
    done = subprocess.run(command, cwd=tree, check=True, capture_output=True, text=True, env=tree_env(tree))
    return json.loads(done.stdout.strip().splitlines()[-1])


def tree_env(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(tree)}


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
    parser.add_argument("--base", default="main", help="git ref to compare this worktree with")
    parser.add_argument("--pages", type=int, default=2000, help="copies of the samples")
    parser.add_argument("--rounds", type=int, default=6, help="alternating runs of each tree")
    parser.add_argument("--loops", type=int, default=3, help="passes over the copies in a run; the fastest counts")
    parser.add_argument("--here", type=Path, help=argparse.SUPPRESS)  # one run in this tree, for the parent
    parser.add_argument("--copies", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.here:
        print(json.dumps(measure_here(args.copies, args.pages, args.loops, args.here)))
        return
    trees = {"base": export(args.base), "head": PROJECT}
    runs: dict[str, list[dict[str, object]]] = {"base": [], "head": []}
    for number in range(args.rounds):
        for name in ("base", "head") if number % 2 == 0 else ("head", "base"):
            runs[name].append(run_tree(trees[name], args.pages, args.loops))
            print(name, runs[name][-1], flush=True)
    for name, measured in runs.items():
        per_page = [float(m["ms_per_page"]) for m in measured]  # type: ignore[arg-type]
        warmup = [float(m["warmup_s"]) for m in measured]  # type: ignore[arg-type]
        rss = max(float(m["peak_rss_mib"]) for m in measured)  # type: ignore[arg-type]
        print(
            f"{name}: {min(per_page):.3f}-{max(per_page):.3f} ms a page (median {statistics.median(per_page):.3f}), "
            f"warm-up {min(warmup):.2f}-{max(warmup):.2f} s (median {statistics.median(warmup):.2f}), "
            f"peak RSS {rss:.0f} MiB"
        )
    digests = {str(m["records"]) for measured in runs.values() for m in measured}
    if len(digests) == 1:
        print("records: identical")
    else:
        where = first_difference(WORK / f"records-{trees['base'].name}.pickle", WORK / f"records-{PROJECT.name}.pickle")
        print(f"records: DIFFER ({where})")
        sys.exit(1)


if __name__ == "__main__":
    main()
