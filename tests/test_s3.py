"""Raw and clean folders on S3 (a local moto server): the flow reads and writes them as it does local ones."""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import s3fs
from moto.server import ThreadedMotoServer

from tests import hostile_corpus
from tests.conftest import PROJECT, SAMPLE_RAW
from tests.test_flow import harness_env, reported_count, rows_by_source, run_cli

pytestmark = [pytest.mark.s3, pytest.mark.server]


@pytest.fixture
def s3_env():
    """A moto S3 server on a free port, and the environment that points boto/s3fs at it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    env = {
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}",
    }
    try:
        yield env
    finally:
        server.stop()


def test_a_raw_folder_on_s3_cleans_like_the_same_folder_on_disk(prefect_harness, s3_env, raw_copy, tmp_path):
    (raw_copy / "html").mkdir()
    (raw_copy / "html" / "article.html").write_text(hostile_corpus.ARTICLE)
    (raw_copy / "empty.html").write_bytes(b"")
    s3 = s3fs.S3FileSystem(key="test", secret="test", endpoint_url=s3_env["AWS_ENDPOINT_URL"])
    s3.mkdir("landing")
    s3.put(f"{raw_copy}/", "landing/raw/", recursive=True)
    env = {**harness_env(), **s3_env}

    from_disk = run_cli(raw_copy, tmp_path / "from-disk", env)
    from_s3 = run_cli("s3://landing/raw", tmp_path / "from-s3", env)

    assert from_s3.returncode == 0, from_s3.stderr[-3000:]
    assert (
        from_s3.stdout.split("clean_pages:")[1].splitlines()[1:]
        == from_disk.stdout.split("clean_pages:")[1].splitlines()[1:]
    )
    ours, theirs = rows_by_source(tmp_path / "from-s3"), rows_by_source(tmp_path / "from-disk")
    assert sorted(ours) == sorted(theirs) == sorted([p.name for p in SAMPLE_RAW.glob("*.txt")] + ["html/article.html"])
    for source, row in ours.items():
        assert (row["text"], row["title"], row["raw_sha256"]) == (
            theirs[source]["text"],
            theirs[source]["title"],
            theirs[source]["raw_sha256"],
        )
    (reject,) = pq.read_table(tmp_path / "from-s3" / "rejects").to_pylist()
    assert reject["source_path"] == "empty.html" and reject["reason"] == "empty"
    assert os.environ.get("AWS_ENDPOINT_URL") is None  # the test's S3 stays inside the subprocesses


def test_a_clean_folder_on_s3_is_written_read_back_and_left_unchanged_by_a_rerun(
    prefect_harness, s3_env, raw_copy, tmp_path
):
    """Pages and rejects land as Parquet objects under s3://…/clean; a second run reads what is
    written from S3, finds nothing new and rewrites nothing; no staging is left behind."""
    (raw_copy / "empty.html").write_bytes(b"")
    s3 = s3fs.S3FileSystem(key="test", secret="test", endpoint_url=s3_env["AWS_ENDPOINT_URL"])
    s3.mkdir("lake")
    env = {**harness_env(), **s3_env}

    local = run_cli(raw_copy, tmp_path / "local", env)
    first = run_cli(raw_copy, "s3://lake/clean", env)
    assert first.returncode == 0, first.stderr[-3000:]
    assert (
        first.stdout.split("clean_pages:")[1].splitlines()[1:] == local.stdout.split("clean_pages:")[1].splitlines()[1:]
    )
    objects = {path: s3.info(path)["ETag"] for path in s3.find("lake/clean")}
    assert not [path for path in objects if "/.staging/" in path]

    def read(folder: str):
        s3.invalidate_cache()  # objects are replaced between runs; s3fs would refuse a stale ETag
        return (
            pq.read_table(folder, filesystem=s3).drop_columns(["cleaned_at", "flow_run_id"]).sort_by("id").to_pylist()
        )

    on_disk = (
        pq.read_table(tmp_path / "local" / "pages")
        .drop_columns(["cleaned_at", "flow_run_id"])
        .sort_by("id")
        .to_pylist()
    )
    assert read("lake/clean/pages") == on_disk
    assert [row["reason"] for row in pq.read_table("lake/clean/rejects", filesystem=s3).to_pylist()] == ["empty"]

    again = run_cli(raw_copy, "s3://lake/clean", env)
    assert again.returncode == 0, again.stderr[-3000:]
    assert (reported_count(again.stdout, "pages unchanged"), reported_count(again.stdout, "pages cleaned")) == (6, 0)
    assert {path: s3.info(path)["ETag"] for path in s3.find("lake/clean")} == objects

    changed = sorted(raw_copy.glob("*.txt"))[0]
    page = changed.read_text()
    longest_paragraph = max(page.split("\n\n"), key=len)  # the site edits its article, not the scraper's footer
    changed.write_text(
        page.replace(longest_paragraph, longest_paragraph + " One more sentence, added by the site after publication.")
    )
    third = run_cli(raw_copy, "s3://lake/clean", env)
    assert (reported_count(third.stdout, "pages cleaned"), reported_count(third.stdout, "pages unchanged")) == (1, 5)
    rows = read("lake/clean/pages")
    assert len(rows) == len({row["id"] for row in rows}) == 5  # replaced inside its file: no duplicate
    assert any("added by the site after publication" in row["text"] for row in rows)


def test_writers_on_two_machines_serialise_on_the_servers_writer_slot(s3_env, raw_copy, tmp_path):
    """Two runs of one Prefect server write one S3 folder, each with its own temp folder (so its own
    writer lock file), as runs on two machines would: they serialise on the server's slot. While the
    test holds the slot, both wait and nothing is written; released, one cleans the pages and the
    other, after it, finds nothing new."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows import servers
    from flows.writer_slot import slot_name, writer_slot
    from reading.folders import Folder

    s3 = s3fs.S3FileSystem(key="test", secret="test", endpoint_url=s3_env["AWS_ENDPOINT_URL"])
    s3.mkdir("shared-lake")  # moto's buckets live as long as the test process: a name of this test's own
    clean = Folder("s3://shared-lake/clean")
    env = {**servers.server_env(servers.free_port(), tmp_path / "prefect-home"), **s3_env}
    server = servers.start_server(env)
    try:
        with (
            temporary_settings({PREFECT_API_URL: env["PREFECT_API_URL"]}),
            writer_slot(clean, timeout_s=60, on_wait=print),
        ):
            machines = {name: run_on_machine(tmp_path / name, raw_copy, clean.location, env) for name in "ab"}
            for folder, process in machines.items():
                wait_for_line(
                    process, tmp_path / folder / "log", "waiting for the writer slot of s3://shared-lake/clean"
                )
            assert not s3.exists("shared-lake/clean/pages")
        assert [process.wait(timeout=600) for process in machines.values()] == [0, 0]
        outputs = [(tmp_path / name / "log").read_text() for name in machines]
        assert sorted(reported_count(output, "pages cleaned") for output in outputs) == [0, 5], outputs
        assert all(slot_name(clean) in output for output in outputs)
        s3.invalidate_cache()
        assert pq.read_table("shared-lake/clean/pages", filesystem=s3).num_rows == 5
    finally:
        servers.stop(server)


def run_on_machine(home: Path, raw: Path, clean: str, env: dict) -> subprocess.Popen:
    """A CLI run whose temp folder (where a remote folder's writer lock lives) is its own, output in home/log."""
    home.mkdir()
    command = [sys.executable, "-m", "flows.cli", "clean", "--raw-dir", str(raw), "--clean-dir", clean]
    with open(home / "log", "w") as log:
        return subprocess.Popen(command, cwd=PROJECT, env={**env, "TMPDIR": str(home)}, stdout=log, stderr=log)


def wait_for_line(process: subprocess.Popen, log: Path, line: str) -> None:
    """Until the process's output holds `line`; fails if it ends first."""
    while line not in log.read_text():
        assert process.poll() is None, log.read_text()[-3000:]
        time.sleep(0.2)
