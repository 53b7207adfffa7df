"""Prefect's temporary local API for a CLI run, started before Prefect is even imported.

With no server configured, Prefect starts this same API server ("ephemeral mode") only when the flow
is first called: after this process has imported Prefect and the server's own modules (about 3 s
here), and then it waits about 4 s for the server to answer while a core idles. Started as the CLI's
first act, the server's start-up overlaps those imports instead. The command and the server's own
variables are those of Prefect's `SubprocessASGIServer` (a test holds them equal), so the server is
the same; Prefect also hands it the settings it resolved, which the server resolves alike from the
same environment, profile and files.

Imports nothing of Prefect: that is the point. Whether a server is configured after all (a profile,
`prefect.toml`) is known only once Prefect's settings load; `EmbeddedApi.unless_configured` then
stops this one and gives the configured server back.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

API_URL_VARIABLE = "PREFECT_API_URL"
# What Prefect's SubprocessASGIServer sets for its server: no UI, ephemeral services only.
EPHEMERAL_SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
# The health check goes straight to the loopback address, never through an HTTP(S)_PROXY.
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def uvicorn_command(port: int) -> list[str]:
    """The server command of Prefect's ephemeral mode, found without importing Prefect."""
    packages_folder = Path(importlib.util.find_spec("prefect").origin).parent.parent  # prefect/__init__.py's
    return [
        sys.executable, "-m", "uvicorn", "--app-dir", str(packages_folder), "--factory",
        "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
        "--log-level", "error", "--lifespan", "on",
    ]


def free_port() -> int:
    """A port the kernel just handed out as free (it does not hand it out again at once)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class EmbeddedApi:
    process: subprocess.Popen
    url: str  # what PREFECT_API_URL is set to, ending in /api

    @classmethod
    def start(cls) -> EmbeddedApi | None:
        """Start the server and point this process (and the processes it starts) at it, unless
        PREFECT_API_URL already names a server. It is stopped when this process exits."""
        if os.environ.get(API_URL_VARIABLE):
            return None
        port = free_port()
        process = subprocess.Popen(uvicorn_command(port), env={**os.environ, **EPHEMERAL_SERVER_ENV})
        api = cls(process, f"http://127.0.0.1:{port}/api")
        os.environ[API_URL_VARIABLE] = api.url
        atexit.register(api.stop)
        return api

    def unless_configured(self) -> EmbeddedApi | None:
        """Self, or None (and stopped) when Prefect's other settings sources name a server: that one
        is used, as Prefect would have. Call once Prefect is imported (this loads its settings)."""
        from prefect.context import refresh_global_settings_context
        from prefect.settings.models.root import Settings

        del os.environ[API_URL_VARIABLE]
        configured = Settings().api.url
        if configured is None:
            os.environ[API_URL_VARIABLE] = self.url
            return self
        self.stop()
        refresh_global_settings_context()  # Prefect read the environment at import, with our URL in it
        return None

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

        self.wait_until_ready(get_current_settings().server.ephemeral.startup_timeout_seconds)
        with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None, PREFECT_UI_URL: ""}):
            yield

    def wait_until_ready(self, timeout_s: float) -> None:
        """Block until the server answers its health check; a clear error if it died or timed out."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"Prefect's temporary API server exited with code {self.process.returncode} before it "
                    f"answered (its output is above); set {API_URL_VARIABLE} to use a running server instead"
                )
            try:
                with _DIRECT.open(f"{self.url}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(
            f"Prefect's temporary API server did not answer within {timeout_s:g} s "
            "(PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS)"
        )

    def stop(self) -> None:
        """Terminate the server and wait for it, as Prefect's ephemeral mode does at exit."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
