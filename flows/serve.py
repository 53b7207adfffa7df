"""`make serve`: a Prefect server, the work pool, this project's deployments and a worker, in the
foreground. Ctrl-C stops all of them.

    .venv/bin/python -m flows.serve [--port 4200]

SQLite under `.prefect-server/` by default; set PREFECT_API_DATABASE_CONNECTION_URL for PostgreSQL.
The port follows PREFECT_SERVER_API_PORT (default 4200). The work pool runs one flow at a time, so
the scheduled run and a re-clean never write together (the dataset's writer lock guards that too).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
POOL = "page-cleaner"
PREFECT = str(Path(sys.executable).with_name("prefect"))


def server_env(port: int, home: Path) -> dict[str, str]:
    """The environment of the server, the deploy commands and the worker: all on this server's API,
    with its own PREFECT_HOME (not the embedded runs' one that `flows/__init__.py` defaults to)."""
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


def wait_healthy(api_url: str, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"{api_url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"the Prefect server at {api_url} was not healthy after {timeout_s:.0f}s")


def start_server(env: dict[str, str]) -> subprocess.Popen:
    port = env["PREFECT_SERVER_API_PORT"]
    server = subprocess.Popen([PREFECT, "server", "start", "--host", "127.0.0.1", "--port", port], env=env, cwd=PROJECT)
    wait_healthy(env["PREFECT_API_URL"])
    return server


def deploy(env: dict[str, str]) -> None:
    """The process work pool (one run at a time) and every deployment in prefect.yaml."""
    run = lambda *args: subprocess.run([PREFECT, *args], env=env, cwd=PROJECT, check=True)  # noqa: E731
    run("work-pool", "create", POOL, "--type", "process", "--overwrite")
    run("work-pool", "set-concurrency-limit", POOL, "1")
    run("--no-prompt", "deploy", "--all")


def start_worker(env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen([PREFECT, "worker", "start", "--pool", POOL], env=env, cwd=PROJECT)


def stop(process: subprocess.Popen, grace_s: float = 10) -> None:
    """SIGTERM, a second one (an idle worker may ignore the first), then SIGKILL."""
    for sig in (signal.SIGTERM, signal.SIGTERM, signal.SIGKILL):
        if process.poll() is not None:
            return
        process.send_signal(sig)
        try:
            process.wait(timeout=grace_s)
        except subprocess.TimeoutExpired:
            continue


def api(env: dict[str, str], method: str, path: str, body: dict | None = None) -> dict | list:
    request = urllib.request.Request(
        f"{env['PREFECT_API_URL']}{path}",
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Content-Type": "application/json"},
        method=method,
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        payload = response.read()
    return json.loads(payload) if payload else {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=int(os.environ.get("PREFECT_SERVER_API_PORT", "4200")))
    parser.add_argument("--home", type=Path, default=PROJECT / ".prefect-server", help="the server's PREFECT_HOME")
    args = parser.parse_args(argv)
    env = server_env(args.port, args.home)
    stopping = False

    def on_signal(signum, frame):
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    processes: list[subprocess.Popen] = []
    try:
        processes.append(start_server(env))
        deploy(env)
        processes.append(start_worker(env))
        print(f"\nPrefect UI: http://127.0.0.1:{args.port}  (Deployments -> reclean -> Run -> Custom run)\n", flush=True)
        while not stopping and all(process.poll() is None for process in processes):
            time.sleep(0.5)
    finally:
        for process in reversed(processes):
            stop(process)
    return 0


if __name__ == "__main__":
    sys.exit(main())
