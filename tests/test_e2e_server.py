"""End to end on a real Prefect server: deploy from prefect.yaml, start a worker, trigger `reclean`
exactly as the UI's Custom run does, and check the Parquet it leaves."""

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time

import pyarrow.parquet as pq
import pytest

from flows import servers
from tests.test_flow import reported_count, rows_by_source, run_cli

pytestmark = pytest.mark.server  # real Prefect servers (SQLite and PostgreSQL), deployments, a worker

MOSCOW_TIMES = {"000_bd117a49a8ab8873.txt", "002_2b835300398bb1b8.txt"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def deployment_id(env, name: str) -> str:
    (found,) = servers.api(env, "POST", "/deployments/filter", {"deployments": {"name": {"any_": [name]}}})
    return found["id"]


def wait_for_final_state(env, run_id: str, timeout_s: float = 300) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        state = servers.api(env, "GET", f"/flow_runs/{run_id}")["state"]["type"]
        if state in ("COMPLETED", "FAILED", "CRASHED", "CANCELLED"):
            return state
        time.sleep(0.5)
    raise TimeoutError(f"flow run {run_id} did not finish in {timeout_s}s")


def scheduled_runs(env, deployment: str, timeout_s: float = 120) -> int:
    """How many runs the server's scheduler has put on the calendar for a deployment."""
    body = {"flow_runs": {"deployment_id": {"any_": [deployment]}, "state": {"type": {"any_": ["SCHEDULED"]}}}}
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if runs := servers.api(env, "POST", "/flow_runs/filter", body):
            return len(runs)
        time.sleep(1)
    return 0


def as_postgres_user(*command: str) -> list[str]:
    """PostgreSQL refuses to run as root: run its tools as the `postgres` user when we are root."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else list(command)


@pytest.fixture
def postgres_url():
    """A private PostgreSQL cluster (Debian's postgresql) on a free port, removed afterwards."""
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        pytest.skip("PostgreSQL is not installed here (apt-get install postgresql); .ci/run installs it")
    bin_dir, port = os.path.dirname(bins[-1]), free_port()
    data = tempfile.mkdtemp(prefix="page-cleaner-pg-")
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")
    run = lambda *args: subprocess.run(as_postgres_user(*args), check=True, capture_output=True)  # noqa: E731
    run(f"{bin_dir}/initdb", "-D", data, "-U", "postgres", "--auth=trust")
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1"
    run(f"{bin_dir}/pg_ctl", "-D", data, "-o", options, "-w", "-l", f"{data}/log", "start")
    try:
        run(f"{bin_dir}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "prefect")
        yield f"postgresql+asyncpg://postgres@127.0.0.1:{port}/prefect"
    finally:
        run(f"{bin_dir}/pg_ctl", "-D", data, "-m", "fast", "-w", "stop")
        shutil.rmtree(data, ignore_errors=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def server(request, tmp_path):
    database_url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    with running_server(tmp_path, database_url) as env:
        yield env


@contextlib.contextmanager
def running_server(tmp_path, database_url: str | None = None):
    """A Prefect server with this project's deployments and a worker; the schedule is paused."""
    env = servers.server_env(free_port(), tmp_path / "prefect-home")
    if database_url:
        env["PREFECT_API_DATABASE_CONNECTION_URL"] = database_url
    processes = [servers.start_server(env)]
    try:
        servers.deploy(env)
        scheduled = deployment_id(env, "clean-new-pages")
        assert scheduled_runs(env, scheduled) > 0, "the cron schedule of clean-new-pages made no runs"
        servers.api(env, "POST", f"/deployments/{scheduled}/pause_deployment")  # keep it off the test's dirs
        processes.append(servers.start_worker(env))
        yield env
    finally:
        for process in reversed(processes):
            servers.stop(process)


def clean_samples(env, raw, clean) -> dict[str, dict]:
    """A first clean_pages run against the server; the rows it wrote, by source path."""
    first = run_cli(raw, clean, env)
    assert first.returncode == 0, first.stderr[-2000:]
    assert reported_count(first.stdout, "pages cleaned") == 5
    return rows_by_source(clean)


def assert_only_moscow_times_recleaned(clean, before, flow_run_id) -> None:
    after = rows_by_source(clean)
    ids = pq.read_table(clean / "pages", columns=["id"])["id"].to_pylist()
    assert len(ids) == len(set(ids)) == 5
    for source, row in after.items():
        if source in MOSCOW_TIMES:
            assert row["flow_run_id"] == flow_run_id and row["id"] == before[source]["id"]
        else:
            assert row == before[source]


def test_reclean_triggered_like_the_ui_replaces_only_the_selection(server, raw_copy, tmp_path, request):
    env, clean = server, tmp_path / "clean"
    before = clean_samples(env, raw_copy, clean)

    form = {"domains": ["themoscowtimes.com"], "dry_run": False, "raw_dir": str(raw_copy), "clean_dir": str(clean)}
    started = time.monotonic()
    flow_run = servers.api(
        env,
        "POST",
        f"/deployments/{deployment_id(env, 'reclean')}/create_flow_run",
        {"parameters": {"request": form}, "state": {"type": "SCHEDULED"}},
    )
    assert wait_for_final_state(env, flow_run["id"]) == "COMPLETED"
    print(
        f"reclean trigger-to-completed on {request.node.callspec.params['server']}: {time.monotonic() - started:.1f}s"
    )

    database_url = env.get("PREFECT_API_DATABASE_CONNECTION_URL")
    if database_url:  # the runs really live in PostgreSQL
        dsn = database_url.replace("postgresql+asyncpg", "postgresql")
        count = subprocess.run(["psql", dsn, "-tAc", "select count(*) from flow_run"], capture_output=True, text=True)
        assert int(count.stdout.strip()) >= 2, count.stderr

    assert_only_moscow_times_recleaned(clean, before, flow_run["id"])
