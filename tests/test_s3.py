"""The raw folder on S3 (a local moto server): the flow reads it as it reads a local folder."""

import os
import socket

import pyarrow.parquet as pq
import pytest
import s3fs
from moto.server import ThreadedMotoServer

from tests import hostile_corpus
from tests.conftest import SAMPLE_RAW
from tests.test_flow import harness_env, run_cli, rows_by_source


@pytest.fixture
def s3_env():
    """A moto S3 server on a free port, and the environment that points boto/s3fs at it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    env = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1",
           "AWS_ENDPOINT_URL": f"http://127.0.0.1:{port}"}
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
    assert from_s3.stdout.split("clean_pages:")[1].splitlines()[1:] == from_disk.stdout.split("clean_pages:")[1].splitlines()[1:]
    ours, theirs = rows_by_source(tmp_path / "from-s3"), rows_by_source(tmp_path / "from-disk")
    assert sorted(ours) == sorted(theirs) == sorted([p.name for p in SAMPLE_RAW.glob("*.txt")] + ["html/article.html"])
    for source, row in ours.items():
        assert (row["text"], row["title"], row["raw_sha256"]) == (theirs[source]["text"], theirs[source]["title"], theirs[source]["raw_sha256"])
    (reject,) = pq.read_table(tmp_path / "from-s3" / "rejects").to_pylist()
    assert reject["source_path"] == "empty.html" and reject["reason"] == "empty"
    assert os.environ.get("AWS_ENDPOINT_URL") is None  # the test's S3 stays inside the subprocesses
