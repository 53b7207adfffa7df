"""SIGKILL at random moments of real runs and a re-clean, with a reader in another process throughout.

Slow (a few minutes): runs in `make test-slow`, which `.ci/run` calls after `make test`.
"""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from output.contract import page_id
from tests import hostile_corpus
from tests.bench.corpus import text_copies
from tests.conftest import PROJECT
from tests.test_flow import harness_env

pytestmark = [pytest.mark.slow, pytest.mark.server]

KILLS = 10
RECLEAN = """
from flows.reclean import reclean
from runs.selection import RecleanRequest
reclean(RecleanRequest(raw_dir={raw!r}, clean_dir={clean!r}, dry_run=False))
"""


def build_corpus(raw: Path) -> set[str]:
    """~300 pages: text copies, HTML pages, a JSONL file and some bad files; returns every page id."""
    paths = [p.relative_to(raw).as_posix() for p in text_copies(raw / "text", 240)]
    html = raw / "html"
    html.mkdir()
    for number in range(40):
        (html / f"article-{number:03d}.html").write_text(hostile_corpus.ARTICLE.replace("Tuesday", f"day {number}"))
        paths.append(f"html/article-{number:03d}.html")
    lines = [json.dumps({"url": f"https://x.example/{n}", "html": hostile_corpus.ARTICLE}) for n in range(20)]
    (raw / "crawl.jsonl").write_text("\n".join([*lines[:10], "{broken", *lines[10:]]))
    paths += [f"crawl.jsonl#{n}" for n in range(1, 22)]
    for name, data in (("empty.html", b""), ("logo.png.html", b"\x89PNG\r\n\x1a\n" + bytes(100))):
        (raw / name).write_bytes(data)
        paths.append(name)
    return {page_id(path) for path in paths}


def change_some_pages(raw: Path, rng: random.Random, round_number: int) -> None:
    """New bytes for some text pages, so every run has pages to re-clean and files to replace."""
    for path in rng.sample(sorted(raw.glob("text/*/*.txt")), 40):
        with path.open("a", encoding="utf-8") as page:
            page.write(f"<!-- round {round_number} -->\n")


def start(command: list[str], env: dict) -> subprocess.Popen:
    """In its own process group, so a kill takes its cleaning processes with it, as a host crash would."""
    return subprocess.Popen(
        command, cwd=PROJECT, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


def kill_at_random(command: list[str], env: dict, rng: random.Random, latest_s: float) -> bool:
    """Run and SIGKILL at a random moment; True when the run finished before the kill."""
    process = start(command, env)
    try:
        process.wait(timeout=rng.uniform(0.5, latest_s))
        return True
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        return False


def assert_whole_and_readable(clean: Path) -> int:
    """Every visible file is a whole Parquet file both readers open; returns the rows written so far."""
    rows = 0
    for folder in (clean / "pages", clean / "rejects"):
        if folder.exists():
            assert all(p.name.startswith("part-") and p.suffix == ".parquet" for p in folder.iterdir()), list(
                folder.iterdir()
            )
            for part in folder.iterdir():
                rows += pq.read_table(part).num_rows
                duckdb.execute(f"select count(*) from read_parquet('{part}')").fetchall()
    return rows


def test_random_sigkills_of_runs_and_a_reclean_lose_nothing_and_duplicate_nothing(prefect_harness, tmp_path):
    raw, clean = tmp_path / "raw", tmp_path / "clean"
    expected = build_corpus(raw)
    env = harness_env()
    run = [
        sys.executable,
        "-m",
        "flows.cli",
        "clean",
        "--raw-dir",
        str(raw),
        "--clean-dir",
        str(clean),
        "--batch-size",
        "20",
    ]
    (clean / "pages").mkdir(parents=True)
    stop, report = tmp_path / "stop-reader", tmp_path / "reader.json"
    reader = subprocess.Popen(
        [sys.executable, "-m", "tests.reader_loop", str(clean / "pages"), str(stop), str(report)], cwd=PROJECT
    )
    rng = random.Random(int(os.environ.get("CRASH_SEED", "11")))
    outcomes, rows_after_kill = [], []
    try:
        for round_number in range(KILLS):
            outcomes.append(kill_at_random(run, env, rng, latest_s=10))
            rows_after_kill.append(assert_whole_and_readable(clean))
            change_some_pages(raw, rng, round_number)
        subprocess.run(run, cwd=PROJECT, env=env, check=True, capture_output=True, timeout=600)
        reclean = [sys.executable, "-c", RECLEAN.format(raw=str(raw), clean=str(clean))]
        for _ in range(3):
            outcomes.append(kill_at_random(reclean, env, rng, latest_s=10))
            rows_after_kill.append(assert_whole_and_readable(clean))
        subprocess.run(reclean, cwd=PROJECT, env=env, check=True, capture_output=True, timeout=600)
        time.sleep(1)
    finally:
        stop.touch()
        reader.wait(timeout=60)

    print(
        f"\n{outcomes.count(False)} runs killed, {outcomes.count(True)} finished before their kill;"
        f" rows written after each: {rows_after_kill}"
    )
    assert outcomes.count(False) >= KILLS // 2
    pages = pq.read_table(clean / "pages", columns=["id"])["id"].to_pylist()
    rejects = pq.read_table(clean / "rejects", columns=["id"])["id"].to_pylist()
    assert len(pages) + len(rejects) == len(set(pages) | set(rejects)) == len(expected)
    assert set(pages) | set(rejects) == expected
    assert_whole_and_readable(clean)
    assert not (clean / ".staging").exists() or not any((clean / ".staging").iterdir())
    seen_by_reader = json.loads(report.read_text())
    print(f"reader: {seen_by_reader['reads']} reads, {seen_by_reader['error_count']} errors")
    assert seen_by_reader["errors"] == [] and seen_by_reader["reads"] > 20
