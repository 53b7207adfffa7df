"""The Prefect servers this project starts: the temporary API of a CLI run, and `make serve`'s
server, work pool, deployments and worker. One health check serves both.

## The temporary API of a CLI run, started before Prefect is even imported

With no server configured, Prefect starts this same API server ("ephemeral mode") only when the flow
is first called: after this process has imported Prefect and the server's own modules (about 3 s
here), and then it waits about 4 s for the server to answer while a core idles. Started as the CLI's
first act, the server's start-up overlaps those imports instead. The command and the server's own
variables are those of Prefect's `SubprocessASGIServer` (a test holds them equal), so the server is
the same; Prefect also hands it the settings it resolved, which the server resolves alike from the
same environment, profile and files.

A start migrates the database only when it is not known to be current: Alembic loads all of Prefect's
migration scripts (114) to find that it is, 1.2-1.7 s of the server's 6-7 s of CPU before it answers, on
every run. A start that migrated leaves a memo in PREFECT_HOME (as Prefect memoises its block registration):
the SQLite database, its revision and the Prefect version; a later start skips the migrations while all
three still hold, and starts again with them if Prefect's settings turn out to name another database.

This module imports nothing of Prefect: that is the point. Whether a server is configured after all (a profile,
`prefect.toml`) is known only once Prefect's settings load; `EmbeddedApi.unless_configured` then
stops this one and gives the configured server back.
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.metadata
import importlib.util
import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prefect.settings.models.root import Settings

API_URL_VARIABLE = "PREFECT_API_URL"
# What Prefect's SubprocessASGIServer sets for its server: no UI, ephemeral services only.
EPHEMERAL_SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
MIGRATE_ON_START_VARIABLES = ("PREFECT_SERVER_DATABASE_MIGRATE_ON_START", "PREFECT_API_DATABASE_MIGRATE_ON_START")
MIGRATION_MEMO = "page-cleaner-migrated.json"  # in PREFECT_HOME
SQLITE_URL_PREFIX = "sqlite+aiosqlite:///"
# The health check goes straight to the loopback address, never through an HTTP(S)_PROXY.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def uvicorn_command(port: int) -> list[str]:
    """The server command of Prefect's ephemeral mode, found without importing Prefect."""
    spec = importlib.util.find_spec("prefect")
    if spec is None or spec.origin is None:
        raise RuntimeError("prefect is not installed in this Python environment")
    packages_folder = Path(spec.origin).parent.parent  # prefect/__init__.py's
    return [
        sys.executable,
        "-m",
        "uvicorn",
        "--app-dir",
        str(packages_folder),
        "--factory",
        "prefect.server.api.server:create_app",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "error",
        "--lifespan",
        "on",
    ]


def free_port() -> int:
    """A port the kernel just handed out as free (it does not hand it out again at once)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ServerExited(RuntimeError):
    """The server process ended before it answered."""


def wait_healthy(api_url: str, timeout_s: float, process: subprocess.Popen[bytes] | None = None) -> None:
    """Block until `{api_url}/health` answers 200, asked straight (never through an HTTP(S)_PROXY);
    ServerExited if `process` ends first, TimeoutError after `timeout_s`."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise ServerExited(f"the server exited with code {process.returncode}")
        try:
            with _DIRECT.open(f"{api_url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.05)
    raise TimeoutError(f"the Prefect server at {api_url} was not healthy after {timeout_s:g} s")


def prefect_home() -> Path:
    return Path(os.environ.get("PREFECT_HOME", "~/.prefect")).expanduser()


def sqlite_revision(database: Path) -> str:
    """The Alembic revision of a SQLite database, read without writing to it (sqlite3.Error if there is none)."""
    with contextlib.closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as connection:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise sqlite3.Error(f"{database} has no Alembic revision")
    return str(row[0])


def current_database(home: Path) -> Path | None:
    """The SQLite database the memo in `home` names, while it is at the revision a start with migrations left
    it at by this Prefect version; None otherwise (no memo, another version, a database replaced or gone)."""
    try:
        memo = json.loads((home / MIGRATION_MEMO).read_text(encoding="utf-8"))
        database = Path(memo["database"])
        if memo["prefect"] == importlib.metadata.version("prefect") and sqlite_revision(database) == memo["revision"]:
            return database
    except (OSError, ValueError, KeyError, TypeError, sqlite3.Error):
        pass
    return None


def database_url(settings: Settings) -> str:
    """The database the server's settings name (Prefect's default: SQLite under PREFECT_HOME)."""
    url = settings.server.database.connection_url
    return url.get_secret_value() if url is not None else ""


def remember_migrated(home: Path, database_url: str) -> None:
    """Write the memo after a start that migrated a SQLite database (the server answers only once it has)."""
    if not database_url.startswith(SQLITE_URL_PREFIX):
        return
    database = Path(database_url.removeprefix(SQLITE_URL_PREFIX))
    with contextlib.suppress(OSError, sqlite3.Error):
        memo = {"prefect": importlib.metadata.version("prefect"), "database": str(database)}
        (home / MIGRATION_MEMO).write_text(json.dumps({**memo, "revision": sqlite_revision(database)}), "utf-8")


@dataclass
class EmbeddedApi:
    process: subprocess.Popen[bytes]
    url: str  # what PREFECT_API_URL is set to, ending in /api
    unmigrated: Path | None = None  # the database a start without migrations expects (`current_database`)

    @classmethod
    def start(cls) -> EmbeddedApi | None:
        """Start the server and point this process (and the processes it starts) at it, unless
        PREFECT_API_URL already names a server. It is stopped when this process exits."""
        if os.environ.get(API_URL_VARIABLE):
            return None
        chosen = any(name in os.environ for name in MIGRATE_ON_START_VARIABLES)
        api = cls.launch(None if chosen else current_database(prefect_home()))
        os.environ[API_URL_VARIABLE] = api.url
        atexit.register(api.stop)
        return api

    @classmethod
    def launch(cls, current: Path | None) -> EmbeddedApi:
        """The server on a free port, without migrations when the database is `current`."""
        port = free_port()
        env = {**os.environ, **EPHEMERAL_SERVER_ENV}
        if current is not None:
            env[MIGRATE_ON_START_VARIABLES[0]] = "false"
        return cls(subprocess.Popen(uvicorn_command(port), env=env), f"http://127.0.0.1:{port}/api", current)

    def unless_configured(self) -> EmbeddedApi | None:
        """Self, or None (and stopped) when Prefect's other settings sources name a server: that one
        is used, as Prefect would have. Call once Prefect is imported (this loads its settings)."""
        from prefect.context import refresh_global_settings_context
        from prefect.settings.models.root import Settings

        del os.environ[API_URL_VARIABLE]
        settings = Settings()
        if settings.api.url is None:
            if self.unmigrated is not None and database_url(settings) != f"{SQLITE_URL_PREFIX}{self.unmigrated}":
                self.restart_migrating()  # the settings name another database than the memo's
            os.environ[API_URL_VARIABLE] = self.url
            return self
        self.stop()
        refresh_global_settings_context()  # Prefect read the environment at import, with our URL in it
        return None

    def restart_migrating(self) -> None:
        self.stop()
        again = EmbeddedApi.launch(None)
        self.process, self.url = again.process, again.url
        self.unmigrated = None

    @contextmanager
    def serving(self) -> Iterator[None]:
        """Wait until the server answers, then run Prefect as on its own temporary API: no heartbeats
        (they let a server mark a run that died, but this one dies with the process, and joining their
        thread when a flow ends costs up to a second) and no links to a UI (it serves none)."""
        from prefect.settings import (
            PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
            PREFECT_UI_URL,
            get_current_settings,
            temporary_settings,
        )

        settings = get_current_settings()
        self.wait_until_ready(settings.server.ephemeral.startup_timeout_seconds)
        if self.unmigrated is None and settings.server.database.migrate_on_start:
            remember_migrated(settings.home, database_url(settings))
        with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None, PREFECT_UI_URL: ""}):
            yield

    def wait_until_ready(self, timeout_s: float) -> None:
        """Block until the server answers its health check; a clear error if it died or timed out."""
        try:
            wait_healthy(self.url, timeout_s, self.process)
        except ServerExited:
            raise RuntimeError(
                f"Prefect's temporary API server exited with code {self.process.returncode} before it "
                f"answered (its output is above); set {API_URL_VARIABLE} to use a running server instead"
            ) from None
        except TimeoutError:
            self.stop()
            raise RuntimeError(
                f"Prefect's temporary API server did not answer within {timeout_s:g} s "
                "(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS)"
            ) from None

    def stop(self) -> None:
        """Stop the server and wait for it, as Prefect's ephemeral mode does at exit."""
        stop(self.process, grace_s=5)


# ## `make serve`: a server, the work pool, the deployments of prefect.yaml and a worker

SERVER_STARTUP_TIMEOUT_S = 120.0
PROJECT = Path(__file__).resolve().parent.parent
POOL = "page-cleaner"
PREFECT = str(Path(sys.executable).with_name("prefect"))


def server_env(port: int, home: Path) -> dict[str, str]:
    """The environment of the server, the deploy commands and the worker: all on this server's API,
    with its own PREFECT_HOME (not the one of the CLI's embedded runs)."""
    env = dict(os.environ)
    env.update(
        PREFECT_HOME=str(home),
        PREFECT_API_URL=f"http://127.0.0.1:{port}/api",
        PREFECT_SERVER_API_PORT=str(port),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        PREFECT_UI_API_URL=f"http://127.0.0.1:{port}/api",
        PAGE_CLEANER_HOME=str(PROJECT),
    )
    return env


def start_server(env: dict[str, str]) -> subprocess.Popen[bytes]:
    port = env["PREFECT_SERVER_API_PORT"]
    server = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", port], env=env, cwd=PROJECT)
    wait_healthy(env["PREFECT_API_URL"], SERVER_STARTUP_TIMEOUT_S, server)
    return server


def deploy(env: dict[str, str]) -> None:
    """The process work pool (one run at a time) and every deployment in prefect.yaml."""
    run = lambda *args: subprocess.run([PREFECT, *args], env=env, cwd=PROJECT, check=True)  # noqa: E731
    run("work-pool", "create", POOL, "--type", "process", "--overwrite")
    run("work-pool", "set-concurrency-limit", POOL, "1")
    run("--no-prompt", "deploy", "--all")


def start_worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([PREFECT, "worker", "start", "--pool", POOL], env=env, cwd=PROJECT)


def stop(process: subprocess.Popen[bytes], grace_s: float = 10) -> None:
    """SIGTERM, a second one (an idle worker may ignore the first), then SIGKILL."""
    for sig in (signal.SIGTERM, signal.SIGTERM, signal.SIGKILL):
        if process.poll() is not None:
            return
        process.send_signal(sig)
        try:
            process.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            continue


# A busy server's answers worth asking again (its database locked past its timeout: 503), as Prefect's own client
# does, after these pauses in seconds
_RETRIED_STATUSES = frozenset({502, 503})
_RETRY_PAUSES_S = (1, 2, 4, 8)


def api(env: dict[str, str], method: str, path: str, body: dict[str, Any] | None = None) -> Any:
    """One call of the server's REST API, asked again while the server says it is too busy to answer."""
    request = urllib.request.Request(
        f"{env['PREFECT_API_URL']}{path}",
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Content-Type": "application/json"},
        method=method,
    )
    for pause in _RETRY_PAUSES_S:
        try:
            return _answer(request)
        except urllib.error.HTTPError as error:
            if error.code not in _RETRIED_STATUSES:
                raise
            time.sleep(pause)
    return _answer(request)


def _answer(request: urllib.request.Request) -> Any:
    with _DIRECT.open(request, timeout=30) as response:
        payload = response.read()
    return json.loads(payload) if payload else {}


def serve(port: int, home: Path) -> int:
    """Server, work pool, deployments and worker in the foreground until Ctrl-C (or SIGTERM)."""
    env = server_env(port, home)
    stopping = False

    def on_signal(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        processes.append(start_server(env))
        deploy(env)
        processes.append(start_worker(env))
        print(f"\nPrefect UI: http://127.0.0.1:{port}  (Deployments -> reclean -> Run -> Custom run)\n", flush=True)
        while not stopping and all(process.poll() is None for process in processes):
            time.sleep(0.5)
    finally:
        for process in reversed(processes):
            stop(process)
    return 0
