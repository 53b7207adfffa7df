"""Hostile input among good pages: one explained reject (or a clean record) each, and the run completes."""

import contextlib
import fnmatch
import json
import os
import threading
from pathlib import Path

import psutil
import pyarrow.parquet as pq

from flows.clean_pages import clean_pages
from output.dataset import Dataset
from reading.folders import Folder
from reading.raw_files import discover
from runs.batch import clean_batch
from runs.plan import plan_run
from tests import hostile_corpus
from tests.pages import RUN, clean_file


def rows_of(table_dir: Path) -> list[dict]:
    return pq.read_table(table_dir).to_pylist()


def test_every_hostile_file_gives_its_explained_rows_and_good_pages_still_clean(prefect_harness, raw_copy, tmp_path):
    good = discover(Folder(raw_copy))
    expected = hostile_corpus.build(raw_copy)
    clean = tmp_path / "clean"

    state = clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean), page_timeout_s=3.0, return_state=True)

    assert state.is_completed(), state
    pages, rejects = rows_of(clean / "pages"), rows_of(clean / "rejects")
    assert {row["source_path"] for row in pages} >= set(good)
    for source_file, expect in expected.items():
        got_rejects, got_pages = (
            [row for row in rows if row["source_path"].split("#")[0] == source_file] for rows in (rejects, pages)
        )
        assert len(got_rejects) == len(expect.rejects) and len(got_pages) == len(expect.pages), source_file
        for pattern, reason in expect.rejects.items():
            (row,) = [r for r in got_rejects if fnmatch.fnmatchcase(r["source_path"], pattern)]
            assert row["reason"] == reason and row["source_path"] in row["message"], row
        for pattern in expect.pages:
            assert len([r for r in got_pages if fnmatch.fnmatchcase(r["source_path"], pattern)]) == 1, pattern
    assert len(pages) + len(rejects) == len(good) + sum(len(e.rejects) + len(e.pages) for e in expected.values())

    by_path = {row["source_path"]: row for row in pages}
    assert "São Paulo" in by_path["wrong-charset.html"]["text"] and "café" in by_path["latin1-dump.txt"]["text"]
    assert "lollol" not in by_path["laughs.html"]["text"] and len(by_path["laughs.html"]["text"]) < 2000
    escaped = by_path["escape.jsonl#1"]
    assert "root:x" not in escaped["text"] and json.loads(escaped["source_meta"])["id"] == "../../etc/passwd"
    assert sorted(p.name for p in clean.iterdir()) == [
        ".writer.lock",
        "_latest.json",
        "_runs",
        "pages",
        "rejects",
    ]  # no staging


def test_a_killed_cleaning_process_costs_one_page_as_crashed(tmp_path):
    """What the OOM killer does to a worker: that page is a 'crashed' reject, the batch goes on."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.html").write_text(hostile_corpus.ARTICLE)
    (raw / "b-hang.html").write_text(hostile_corpus.HANGING_PAGE)
    (raw / "c.html").write_text(hostile_corpus.ARTICLE)
    dataset = Dataset(Folder(tmp_path / "clean"))
    plan = plan_run(Folder(raw), dataset, dataset.run_staging("crash"), RUN.cleaner_version, 10)

    batch_done = threading.Event()

    def kill_busy_workers():  # as the OOM killer would, each time the page eats memory again
        while not batch_done.wait(0.1):
            for child in psutil.Process().children():
                # a zombie left by an earlier test, or a process gone meanwhile, must not end this thread
                with contextlib.suppress(psutil.Error):
                    if "forkserver" not in " ".join(child.cmdline()):
                        continue
                    for worker in child.children():
                        with contextlib.suppress(psutil.Error):
                            if worker.cpu_times().user > 1.0:
                                worker.kill()

    killer = threading.Thread(target=kill_busy_workers)
    killer.start()
    try:
        report = clean_batch(Folder(raw), plan.batches[0], RUN)
    finally:
        batch_done.set()
        killer.join()
    assert [row["source_path"] for row in rows_of(Path(report.staging) / report.pages_file)] == ["a.html", "c.html"]
    (crashed,) = rows_of(Path(report.staging) / report.rejects_file)
    assert crashed["source_path"] == "b-hang.html" and crashed["reason"] == "crashed"
    assert "SIGKILL" in crashed["message"] and crashed["raw_sha256"]


def test_a_file_that_vanishes_or_changes_while_read_is_a_reject_retried_next_run(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("gone.html", "growing.html", "steady.html"):
        (raw / name).write_text(hostile_corpus.ARTICLE)
    dataset = Dataset(Folder(tmp_path / "clean"))
    plan = plan_run(Folder(raw), dataset, dataset.run_staging("vanish"), RUN.cleaner_version, 10)
    (raw / "gone.html").unlink()
    growing = (raw / "growing.html").stat().st_ino
    real_read = os.read

    def read_while_a_crawler_appends(descriptor, size):
        if os.fstat(descriptor).st_ino == growing:
            with open(raw / "growing.html", "ab") as appending:
                appending.write(b"<p>more</p>")
        return real_read(descriptor, size)

    monkeypatch.setattr(os, "read", read_while_a_crawler_appends)
    rows = {name: clean_file(raw, name, limits=plan.batches[0].limits) for name in plan.batches[0].files}
    assert {name: [r["reason"] for r in outcome.rejects] for name, outcome in rows.items()} == {
        "gone.html": ["vanished"],
        "growing.html": ["changed_while_read"],
        "steady.html": [],
    }
    assert all(r["raw_sha256"] is None for outcome in rows.values() for r in outcome.rejects)  # so never "unchanged"
