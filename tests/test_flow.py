"""The clean_pages flow end to end on a real (temporary) Prefect API, and its command line."""

import math
import os
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import duckdb
import pandas
import pyarrow.parquet as pq
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaners.sites import Sites
from flows import cli
from flows.clean_pages import clean_pages
from output.contract import page_id
from output.dataset import Dataset
from reading.folders import Folder
from runs import plan as planning
from runs.batch import clean_batch
from runs.commit import commit_batches
from tests.conftest import PROJECT, SEED_GOLD
from tests.golden_check import check_row, load_gold
from tests.pages import RUN

GOLD = load_gold(SEED_GOLD)


def snapshot(clean: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(clean)): (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(clean.rglob("*.parquet"))}


def rows_by_source(clean: Path) -> dict[str, dict]:
    return {row["source_path"]: row for row in pq.read_table(clean / "pages").to_pylist()}


def run_cli(raw: Path | str, clean: Path | str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", "clean", "--raw-dir", str(raw), "--clean-dir", str(clean)],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def reported_count(stdout: str, measure: str) -> int:
    (line,) = [line for line in stdout.splitlines() if line.startswith(measure)]
    return int(line.split()[-1])


def harness_env() -> dict:
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}


def test_flow_output_matches_gold_in_every_field(prefect_harness, raw_copy, tmp_path):
    clean = tmp_path / "clean"
    summary = clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean))
    assert (summary.seen, summary.cleaned, summary.unchanged, summary.rejected) == (5, 5, 0, 0)
    assert summary.removals["not_found_tail"] == 4 and summary.removals["title"] == 5
    rows = rows_by_source(clean)
    assert sorted(rows) == sorted(GOLD)
    for source, gold in GOLD.items():
        assert check_row(gold, rows[source]) == [], source
        assert rows[source]["id"] == page_id(source)
    assert not (clean / ".staging").exists()


def test_second_run_changes_nothing_and_a_changed_page_keeps_its_id(prefect_harness, raw_copy, tmp_path):
    clean = tmp_path / "clean"
    clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean))
    before = snapshot(clean)
    summary = clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean))
    assert (summary.cleaned, summary.unchanged) == (0, 5)
    assert snapshot(clean) == before

    changed = raw_copy / "002_2b835300398bb1b8.txt"
    changed.write_text(changed.read_text() + "\n\nYou may also like\n")
    old_rows = rows_by_source(clean)
    summary = clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean))
    assert (summary.cleaned, summary.unchanged) == (1, 4)
    new_rows = rows_by_source(clean)
    assert new_rows.keys() == old_rows.keys() and len(snapshot(clean)) == len(before)
    assert new_rows[changed.name]["id"] == old_rows[changed.name]["id"]
    assert new_rows[changed.name]["raw_sha256"] != old_rows[changed.name]["raw_sha256"]
    assert {"rule": "related_links", "text": "You may also like"} in new_rows[changed.name]["removed"]
    for source in set(old_rows) - {changed.name}:
        assert new_rows[source] == old_rows[source]


def test_bad_files_become_rejects_with_reasons_and_good_pages_still_clean(prefect_harness, raw_copy, tmp_path):
    clean = tmp_path / "clean"
    (raw_copy / "empty.txt").write_bytes(b"")
    (raw_copy / "report.pdf").write_bytes(b"%PDF-1.4 binary")
    french = (
        "Le président français a rencontré son homologue à Moscou, où les deux dirigeants ont évoqué l'État islamique. "
    )
    (raw_copy / "latin1.txt").write_bytes(("Un titre à la une\n\n" + french * 3).encode("cp1252"))
    (raw_copy / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (raw_copy / "only-chrome.md").write_text("Skip to main content\n\nMenu\n\n© 2020 Example\n")
    (raw_copy / "menu.txt").write_text("News\nSport\nWeather\n")
    (raw_copy / "three-words.txt").write_text("Three words here.")
    (raw_copy / ".hidden.txt").write_text("not a page")
    summary = clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean))
    assert (summary.seen, summary.cleaned, summary.rejected) == (12, 6, 6)
    assert summary.rejects_by_reason["too_short"] == 2
    rejects = {row["source_path"]: row for row in pq.read_table(clean / "rejects").to_pylist()}
    assert {source: row["reason"] for source, row in rejects.items()} == {
        "empty.txt": "empty",
        "report.pdf": "unsupported_format",
        "binary.txt": "binary",
        "only-chrome.md": "no_text",
        "menu.txt": "too_short",
        "three-words.txt": "too_short",
    }
    assert all(row["message"] and row["raw_sha256"] for row in rejects.values())
    assert "navigation" in rejects["only-chrome.md"]["message"]
    assert "président français a rencontré" in rows_by_source(clean)["latin1.txt"]["text"]

    (raw_copy / "empty.txt").write_text("A headline\n\n" + "A sentence of real article text that goes on. " * 3)
    summary = clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean))
    assert (summary.cleaned, summary.unchanged) == (1, 11)
    assert "empty.txt" in rows_by_source(clean)
    assert "empty.txt" not in {row["source_path"] for row in pq.read_table(clean / "rejects").to_pylist()}


def test_the_run_publishes_a_summary_artifact(prefect_harness, raw_copy, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    clean_pages(raw_dir=str(raw_copy), clean_dir=str(tmp_path / "clean"))
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["clean-pages-summary"]))
        )
    assert artifacts and artifacts[0].type == "table"
    assert "pages cleaned" in str(artifacts[0].data)
    with get_client(sync_client=True) as client:
        (progress, *_) = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["clean-pages-progress"]))
        )
    assert progress.type == "progress" and progress.data == 100.0  # updated as each batch ended


def test_two_runs_at_once_are_serialised_and_end_like_one(prefect_harness, raw_copy, tmp_path):
    env = harness_env()
    alone, together = tmp_path / "alone", tmp_path / "together"
    assert run_cli(raw_copy, alone, env).returncode == 0
    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(lambda _: run_cli(raw_copy, together, env), range(2)))
    assert [r.returncode for r in results] == [0, 0], [r.stderr[-2000:] for r in results]
    cleaned_counts = sorted(reported_count(r.stdout, "pages cleaned") for r in results)
    assert cleaned_counts == [0, 5]  # the second waited for the lock, then found nothing to do

    def content(clean):
        table = pq.read_table(clean / "pages").drop_columns(["cleaned_at", "flow_run_id"])
        return sorted(table.to_pylist(), key=lambda row: row["id"])

    assert content(together) == content(alone)
    assert len(list((together / "pages").glob("*.parquet"))) == 1


@pytest.mark.server
def test_readme_command_runs_on_an_embedded_prefect(tmp_path, raw_copy):
    """`python -m flows.clean_pages` with no server configured: a temporary API, started by the CLI
    (flows/servers.py), on a fresh Prefect home; it links to no UI, since it serves none."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(tmp_path / "prefect-home")
    result = run_cli(raw_copy, tmp_path / "clean", env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Finished in state Completed" in result.stdout + result.stderr
    assert "View at http" not in result.stdout + result.stderr
    assert reported_count(result.stdout, "pages cleaned") == 5
    count = duckdb.execute(f"select count(distinct id) from '{tmp_path}/clean/pages/**/*.parquet'").fetchall()
    assert count == [(5,)]
    frame = pandas.read_parquet(tmp_path / "clean" / "pages")
    assert len(frame) == 5 and str(frame["published_at"].dtype) == "datetime64[us, UTC]"


def test_records_of_deleted_raw_pages_are_counted_every_run_and_pruned_only_when_asked(
    prefect_harness, raw_copy, tmp_path
):
    clean = tmp_path / "clean"
    (raw_copy / "three-words.txt").write_text("Three words here.")  # a reject: its record goes the same way
    clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean))
    gone = ["001_8909fccca8fb692d.txt", "three-words.txt"]
    for name in gone:
        (raw_copy / name).unlink()
    files = snapshot(clean)
    for _ in range(2):
        summary = clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean))
        assert (summary.without_raw, summary.pruned, summary.unchanged) == (2, 0, 4)
        assert (
            "records without raw file  " in summary.as_text()
            and reported_count(summary.as_text(), "records without raw file  ") == 2
        )
        assert snapshot(clean) == files
    summary = clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean), prune_missing_raw=True)
    assert (summary.without_raw, summary.pruned) == (2, 2)
    sources = {row["source_path"] for name in ("pages", "rejects") for row in pq.read_table(clean / name).to_pylist()}
    assert sources == {path.name for path in raw_copy.iterdir()}
    assert clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean)).without_raw == 0


@pytest.mark.server  # the CLI in a subprocess
def test_missing_raw_folder_is_a_clear_error(tmp_path):
    result = run_cli(tmp_path / "nope", tmp_path / "clean", dict(os.environ))
    assert result.returncode == 2 and result.stderr.strip().endswith("is not a folder")
    assert len(result.stderr.strip().splitlines()) == 1


def test_every_bad_folder_is_one_line_and_exit_code_2(tmp_path, capsys, monkeypatch):
    """Checked before anything starts: a file, a folder that cannot be written, a store that cannot be reached."""
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    if os.geteuid() == 0:  # root passes every permission check: answer as any other user would
        monkeypatch.setattr(cli.os, "access", lambda path, mode: not str(path).startswith(str(locked)))
    monkeypatch.setenv("AWS_ENDPOINT_URL", f"http://127.0.0.1:{closed_port()}")
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "1")
    for options, said in [
        (["--clean-dir", str(a_file)], f"--clean-dir {a_file} is a file, not a folder"),
        (["--raw-dir", str(a_file)], f"--raw-dir {a_file} is a file, not a folder"),
        (["--clean-dir", str(locked / "clean")], f"--clean-dir {locked / 'clean'} cannot be written"),
        (["--clean-dir", str(a_file / "clean")], f"--clean-dir {a_file / 'clean'} cannot be made"),
        (["--raw-dir", "s3://no-such-bucket/raw"], "--raw-dir s3://no-such-bucket/raw cannot be reached"),
    ]:
        assert cli.main(["clean", *options]) == 2, options
        (line,) = capsys.readouterr().err.splitlines()
        assert said in line, line


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again when this returns: nothing listens there


def test_help_shows_every_default_without_importing_the_pipeline():
    """`--help` answers from argparse alone: it imports neither Prefect nor the cleaners."""
    heavy = "('prefect', 'cleaners', 'pyarrow')"
    probe = f"import sys; from flows import cli; cli.parser(); print([m for m in {heavy} if m in sys.modules])"
    result = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    text = subprocess.run(
        [sys.executable, "-m", "flows.cli", "clean", "--help"], cwd=PROJECT, capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(text.split())  # argparse wraps lines anywhere
    for default in [
        "(default: raw)",
        "(default: clean)",
        "(default: 0)",
        "(default: 60.0)",
        "(default: 16.0)",
        "(default: 15)",
    ]:
        assert default in text, default


def test_the_plan_gives_batches_only_the_files_that_changed(raw_copy, tmp_path):
    """A scheduled run with nothing new starts no batch and no cleaning process at all."""
    dataset = Dataset(Folder(tmp_path / "clean"))

    def plan():
        return planning.plan_run(Folder(raw_copy), dataset, dataset.run_staging("t"), RUN.cleaner_version, batch_size=2)

    first = plan()
    assert (first.unchanged, sum(len(batch.files) for batch in first.batches)) == (0, 5)
    commit_batches(dataset, [clean_batch(Folder(raw_copy), batch, RUN) for batch in first.batches])
    assert (plan().unchanged, plan().batches) == (5, [])
    changed = sorted(raw_copy.glob("*.txt"))[2]
    changed.write_text(changed.read_text() + "\nOne more line of article text, added by the site after publication.\n")
    again = plan()
    assert (again.unchanged, [batch.files for batch in again.batches]) == (4, [[changed.name]])


@settings(deadline=None)
@given(files=st.integers(0, 60_000), cores=st.integers(1, 64))
@example(files=0, cores=2)
@example(files=5, cores=2)
@example(files=9, cores=2)
@example(files=20_000, cores=2)
@example(files=40_001, cores=2)  # just over cores * BATCHES_PER_CORE full batches
@example(files=200_000, cores=2)
def test_batches_give_every_core_several_none_is_huge_and_together_are_the_files(files, cores, tmp_path_factory):
    """The plan as a run makes it on `cores` cores: about BATCHES_PER_CORE batches a core, so the
    last ones end close together, but no batch over MAX_BATCH_FILES and no batch empty."""
    names = [f"{number:06d}.txt" for number in range(files)]
    root = tmp_path_factory.getbasetemp() / "batch-sizes"
    (root / "raw").mkdir(parents=True, exist_ok=True)
    dataset = Dataset(Folder(root / "clean"))
    with pytest.MonkeyPatch.context() as patch:  # `files` raw files on `cores` cores, none read
        patch.setattr(planning.os, "cpu_count", lambda: cores)
        patch.setattr(planning, "discover", lambda raw_root: names)
        patch.setattr(planning, "survey_corpus", lambda *args: planning.Survey(Sites()))
        plan = planning.plan_run(Folder(root / "raw"), dataset, dataset.run_staging("sizes"), RUN.cleaner_version)
    sizes = [len(batch.files) for batch in plan.batches]
    assert [name for batch in plan.batches for name in batch.files] == names  # each file once, in order
    assert [(batch.number, batch.of) for batch in plan.batches] == [(n, len(sizes)) for n in range(1, len(sizes) + 1)]
    assert all(1 <= size <= planning.MAX_BATCH_FILES for size in sizes)
    assert len(set(sizes[:-1])) <= 1 and (not sizes or sizes[-1] <= sizes[0])  # only the last may be short
    wanted = cores * planning.BATCHES_PER_CORE
    if files <= wanted:
        assert sizes == [1] * files
    elif files <= wanted * planning.MAX_BATCH_FILES:
        assert len(sizes) <= wanted  # no more than BATCHES_PER_CORE a core: each batch has a cost
        # at least `wanted` once the files allow equal batches of that many, at least 2 a core before
        assert len(sizes) >= (wanted if files >= wanted**2 else math.ceil(wanted / 2))
    else:
        assert len(sizes) == math.ceil(files / planning.MAX_BATCH_FILES)  # as few as the ceiling allows
