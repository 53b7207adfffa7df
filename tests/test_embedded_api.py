"""The CLI's early start of Prefect's temporary API (flows/servers.py)."""

import contextlib
import io
import os
import sqlite3
import subprocess
import sys
import urllib.error
import uuid
from email.message import Message
from typing import Any

import pyarrow.parquet as pq
import pytest

from flows import servers
from flows.servers import API_URL_VARIABLE, EPHEMERAL_SERVER_ENV, EmbeddedApi, free_port, uvicorn_command
from tests.conftest import PROJECT


def test_the_server_is_started_as_prefects_ephemeral_mode_starts_it(monkeypatch):
    """Same command and server variables as Prefect's SubprocessASGIServer: a Prefect upgrade that
    changes them fails here."""
    import prefect.server.api.server as prefect_server

    started: dict[str, Any] = {}
    monkeypatch.setattr(prefect_server.subprocess, "Popen", lambda args, env: started.update(args=args, env=env))
    port = free_port()
    server = prefect_server.SubprocessASGIServer(port)
    server._run_uvicorn_command()
    server.stop()  # started nothing: this only forgets the instance Prefect keeps per port
    assert started["args"] == uvicorn_command(port)
    assert {name: started["env"][name] for name in EPHEMERAL_SERVER_ENV} == EPHEMERAL_SERVER_ENV


def test_nothing_is_started_when_prefect_api_url_names_a_server(monkeypatch):
    monkeypatch.setenv(API_URL_VARIABLE, "http://127.0.0.1:4200/api")
    assert EmbeddedApi.start() is None


def idle_process(code: str = "import time; time.sleep(60)") -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", code])


def test_a_server_that_exits_before_answering_is_a_clear_error():
    api = EmbeddedApi(idle_process("raise SystemExit(3)"), f"http://127.0.0.1:{free_port()}/api")
    with pytest.raises(RuntimeError, match=r"exited with code 3 before it answered.*PREFECT_API_URL"):
        api.wait_until_ready(30)


def test_the_health_check_is_not_sent_through_a_proxy(monkeypatch, tmp_path):
    """HTTP_PROXY names a proxy that is not there: the local server still answers the check."""
    (tmp_path / "health").write_text("ok")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", "--bind", "127.0.0.1", "--directory", str(tmp_path), str(port)],
        stderr=subprocess.DEVNULL,
    )
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{free_port()}")
    try:
        EmbeddedApi(server, f"http://127.0.0.1:{port}").wait_until_ready(30)
    finally:
        server.kill()
        server.wait()  # leave no zombie child behind for later tests


def test_a_server_that_never_answers_times_out_and_is_stopped():
    api = EmbeddedApi(idle_process(), f"http://127.0.0.1:{free_port()}/api")
    with pytest.raises(RuntimeError, match=r"did not answer within 0\.5 s"):
        api.wait_until_ready(0.5)
    assert api.process.poll() is not None


@pytest.mark.server
def test_a_server_named_by_the_active_profile_is_used_instead(prefect_harness, raw_copy, tmp_path):
    """PREFECT_API_URL only in a Prefect profile: the CLI's own server is stopped and the run goes to
    the profile's server (here the test harness's), as Prefect's ephemeral mode would do."""
    from prefect import get_client
    from prefect.settings import PREFECT_API_URL

    home = tmp_path / "prefect-home"
    home.mkdir()
    (home / "profiles.toml").write_text(
        f'active = "remote"\n[profiles.remote]\nPREFECT_API_URL = "{PREFECT_API_URL.value()}"\n'
    )
    env = {name: value for name, value in os.environ.items() if not name.startswith("PREFECT_")}
    env["PREFECT_HOME"] = str(home)
    clean = tmp_path / "clean"
    command = [sys.executable, "-m", "flows.cli", "clean", "--raw-dir", str(raw_copy), "--clean-dir", str(clean)]
    result = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    (run_id,) = set(pq.read_table(clean / "pages", columns=["flow_run_id"])["flow_run_id"].to_pylist())
    with get_client(sync_client=True) as client:
        state = client.read_flow_run(uuid.UUID(run_id)).state
    assert state is not None and state.is_completed()


class _BusyThenAnswering:
    """An opener whose server answers 503 (its database busy) `busy` times, then `{"id": 1}`."""

    def __init__(self, busy: int, status: int = 503) -> None:
        self.busy, self.status, self.calls = busy, status, 0

    def open(self, request: Any, timeout: float) -> Any:
        self.calls += 1
        if self.calls <= self.busy:
            raise urllib.error.HTTPError(request.full_url, self.status, "busy", Message(), None)
        return io.BytesIO(b'{"id": 1}')


@pytest.mark.parametrize(
    ("busy", "status", "answered"), [(0, 503, True), (3, 503, True), (9, 503, False), (1, 404, False)]
)
def test_the_api_asks_a_busy_server_again_and_no_other_error(monkeypatch, busy, status, answered):
    opener = _BusyThenAnswering(busy, status)
    monkeypatch.setattr(servers, "_DIRECT", opener)
    monkeypatch.setattr(servers.time, "sleep", lambda seconds: None)
    env = {"PREFECT_API_URL": "http://127.0.0.1:1/api"}
    if answered:
        assert servers.api(env, "GET", "/flow_runs/x") == {"id": 1}
        assert opener.calls == busy + 1
    else:
        with pytest.raises(urllib.error.HTTPError):
            servers.api(env, "GET", "/flow_runs/x")
        assert opener.calls == (len(servers._RETRY_PAUSES_S) + 1 if status == 503 else 1)


def migrated_database(home, revision: str = "a3b9c7d2e5f1"):
    """A SQLite database at an Alembic revision, remembered as migrated in `home`."""
    database = home / "prefect.db"
    with contextlib.closing(sqlite3.connect(database)) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        connection.commit()
    servers.remember_migrated(home, f"{servers.SQLITE_URL_PREFIX}{database}")
    return database


def test_a_database_is_current_while_its_revision_and_prefects_version_are_those_remembered(tmp_path):
    database = migrated_database(tmp_path)
    assert servers.current_database(tmp_path) == database
    memo = (tmp_path / servers.MIGRATION_MEMO).read_text()
    (tmp_path / servers.MIGRATION_MEMO).write_text(memo.replace('"prefect": "', '"prefect": "0.'))
    assert servers.current_database(tmp_path) is None  # remembered by another Prefect version
    (tmp_path / servers.MIGRATION_MEMO).write_text(memo)
    with contextlib.closing(sqlite3.connect(database)) as connection:  # migrated since by another Prefect
        connection.execute("UPDATE alembic_version SET version_num = 'b0000000000'")
        connection.commit()
    assert servers.current_database(tmp_path) is None
    database.unlink()
    assert servers.current_database(tmp_path) is None
    (tmp_path / servers.MIGRATION_MEMO).unlink()
    servers.remember_migrated(tmp_path, "postgresql+asyncpg://host/prefect")  # a database server: no memo
    assert not (tmp_path / servers.MIGRATION_MEMO).exists()


@pytest.mark.parametrize("chosen", [None, "true", "false"])
def test_a_start_skips_the_migrations_only_of_a_current_database_and_never_a_choice(monkeypatch, tmp_path, chosen):
    migrated_database(tmp_path)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.delenv(API_URL_VARIABLE, raising=False)
    for name in servers.MIGRATE_ON_START_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    if chosen is not None:
        monkeypatch.setenv("PREFECT_API_DATABASE_MIGRATE_ON_START", chosen)
    started: dict[str, Any] = {}
    server = idle_process()
    monkeypatch.setattr(servers.subprocess, "Popen", lambda args, env: started.update(env=env) or server)
    monkeypatch.setattr(servers.atexit, "register", lambda stop: None)
    api = EmbeddedApi.start()
    assert api is not None
    api.stop()
    migrate = {name: started["env"][name] for name in servers.MIGRATE_ON_START_VARIABLES if name in started["env"]}
    assert migrate == (
        {"PREFECT_SERVER_DATABASE_MIGRATE_ON_START": "false"}
        if chosen is None
        else {"PREFECT_API_DATABASE_MIGRATE_ON_START": chosen}
    )
    assert api.unmigrated == (tmp_path / "prefect.db" if chosen is None else None)


def test_a_server_started_without_migrations_starts_again_with_them_if_the_settings_name_another_database(
    monkeypatch, tmp_path
):
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    monkeypatch.setenv(API_URL_VARIABLE, "http://127.0.0.1:1/api")
    again = EmbeddedApi(idle_process(), "http://127.0.0.1:2/api")
    monkeypatch.setattr(EmbeddedApi, "launch", classmethod(lambda cls, current: again))
    first = idle_process()
    api = EmbeddedApi(first, "http://127.0.0.1:1/api", unmigrated=tmp_path / "elsewhere.db")
    try:
        assert api.unless_configured() is api
        assert first.poll() is not None and api.process is again.process and api.unmigrated is None
        assert os.environ[API_URL_VARIABLE] == "http://127.0.0.1:2/api"
    finally:
        api.stop()
        servers.stop(first)
