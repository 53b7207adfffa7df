"""The command line: clean a raw folder on an embedded Prefect, or serve the deployments.

    python -m flows.cli clean --raw-dir raw --clean-dir clean     (what `make run` does)
        [--batch-size 0] [--workers CORES] [--page-timeout-s 60] [--max-page-mb 16]
        [--min-article-words 15] [--prune-missing-raw] [--dask-address URL | --dask-local N]
    python -m flows.cli serve [--port 4200]                       (what `make serve` does)

Arguments are parsed and the folders checked before anything is started or imported, so `--help`
answers at once and a bad folder is one line and exit code 2. A clean run then starts Prefect's
temporary API before importing Prefect (see `flows/servers.py`), unless PREFECT_API_URL or the
active Prefect profile names a running server.
"""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from reading.limits import DEFAULT_LIMITS, DEFAULT_MIN_ARTICLE_WORDS, MIB

PROJECT = Path(__file__).resolve().parent.parent
# Defaults that make the embedded (ephemeral) Prefect API dependable on a fresh machine, and quick to
# start; any value already in the environment wins. Set by a clean run before Prefect is imported.
# No block types registered at start: a clean run uses no blocks, and the check alone imports every
# installed Prefect collection (prefect-dask: dask and distributed), 0.9 s of the server's 7.4 s of CPU
# before it answers. `make serve`'s server, the one with the UI, registers them as usual.
PREFECT_DEFAULTS = {
    "PREFECT_HOME": str(PROJECT / ".prefect"),
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    "PREFECT_SERVER_REGISTER_BLOCKS_ON_START": "false",
    "PREFECT_SERVER_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false",
}


class HelpWithDefaults(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Every option's default in its help, except where there is none to show."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default is None:
            return action.help
        return super()._get_help_string(action)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m flows.cli", description=__doc__, formatter_class=HelpWithDefaults)
    commands = top.add_subparsers(dest="command", required=True)
    clean = commands.add_parser(
        "clean", help="clean new or changed raw pages into Parquet", formatter_class=HelpWithDefaults
    )
    clean.add_argument(
        "--raw-dir", default="raw", metavar="DIR", help="folder of raw pages, local or an fsspec URL (s3://bucket/raw)"
    )
    clean.add_argument(
        "--clean-dir", default="clean", metavar="DIR", help="output folder, local or an fsspec URL (s3://bucket/clean)"
    )
    clean.add_argument(
        "--batch-size",
        type=int,
        default=0,
        metavar="N",
        help="raw files per task; 0: about 4 tasks a core, at most 5000 files each",
    )
    clean.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1, metavar="N", help="batches cleaned at once (the cores)"
    )
    clean.add_argument(
        "--page-timeout-s",
        type=float,
        default=DEFAULT_LIMITS.page_timeout_s,
        metavar="SECONDS",
        help="a page that keeps its cleaning process busy longer is rejected as 'timeout'",
    )
    clean.add_argument(
        "--max-page-mb",
        type=float,
        default=DEFAULT_LIMITS.max_page_bytes / MIB,
        metavar="MIB",
        help="larger raw pages are rejected as 'too_large'",
    )
    clean.add_argument(
        "--min-article-words",
        type=int,
        default=DEFAULT_MIN_ARTICLE_WORDS,
        metavar="N",
        help="pages with fewer words of article text are rejected as 'too_short'",
    )
    clean.add_argument(
        "--prune-missing-raw",
        action="store_true",
        help="remove the records whose raw file is gone (without it they stay, counted in the summary)",
    )
    dask = clean.add_mutually_exclusive_group()
    dask.add_argument("--dask-address", help="run the batches on the Dask cluster at this address (tcp://host:8786)")
    dask.add_argument(
        "--dask-local", type=int, metavar="N", help="run the batches on a local Dask cluster of N processes"
    )
    serve = commands.add_parser(
        "serve",
        help="Prefect server, work pool, deployments and a worker; Ctrl-C stops all",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    serve.add_argument(
        "--port", type=int, default=int(os.environ.get("PREFECT_SERVER_API_PORT", "4200")), help="the UI and API port"
    )
    serve.add_argument("--home", type=Path, default=PROJECT / ".prefect-server", help="the server's PREFECT_HOME")
    return top


def main(argv: list[str] | None = None) -> int:
    top = parser()
    args = top.parse_args(argv)
    if args.command == "serve":
        from flows.servers import serve

        return serve(args.port, args.home)
    if args.workers < 1 or args.page_timeout_s <= 0 or args.max_page_mb <= 0:
        top.error("--workers, --page-timeout-s and --max-page-mb must be positive")
    if args.batch_size < 0 or args.min_article_words < 0:
        top.error("--batch-size and --min-article-words must not be negative")
    if problem := raw_folder_problem(args.raw_dir) or clean_folder_problem(args.clean_dir):
        print(f"{top.prog} clean: error: {problem}", file=sys.stderr)
        return 2
    return clean(args)


def raw_folder_problem(location: str) -> str | None:
    """Why the raw folder cannot be read, in one line; None when it can."""
    from reading.folders import Folder

    try:
        folder = Folder(location)
        if not folder.is_dir():
            return (
                f"--raw-dir {location} is a file, not a folder"
                if folder.is_file()
                else f"--raw-dir {location} is not a folder"
            )
        if folder.is_local and not os.access(location, os.R_OK | os.X_OK):
            return f"--raw-dir {location} cannot be read (permission denied)"
        if not folder.is_local:
            folder.list_files()  # an object store answers a listing only with the right credentials
    except Exception as error:  # any failure to reach a store: its name and first line
        return f"--raw-dir {location} cannot be reached: {one_line(error)}"
    return None


def clean_folder_problem(location: str) -> str | None:
    """Why the clean folder cannot be written, in one line; None when it can (or can be made)."""
    from reading.folders import Folder

    try:
        folder = Folder(location)
        if folder.is_file():
            return f"--clean-dir {location} is a file, not a folder"
        if not folder.is_local:
            folder.exists()
            return None
    except Exception as error:
        return f"--clean-dir {location} cannot be reached: {one_line(error)}"
    existing = Path(location).absolute()
    while not existing.exists():  # the folder is made by the run: its nearest existing parent must allow it
        existing = existing.parent
    if not existing.is_dir():
        return f"--clean-dir {location} cannot be made: {existing} is a file"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"--clean-dir {location} cannot be written (permission denied on {existing})"
    return None


def one_line(error: BaseException) -> str:
    first = str(error).strip().splitlines()
    return f"{type(error).__name__}: {first[0] if first else ''}"


def clean(args: argparse.Namespace) -> int:
    """A clean run on the embedded Prefect API (or a configured server)."""
    for name, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)
    from flows.servers import EmbeddedApi

    started = EmbeddedApi.start()  # first, so its start-up overlaps the imports below
    import gc

    from flows.clean_pages import clean_pages
    from runs.batch import start_cleaning_processes

    api = started and started.unless_configured()
    start_cleaning_processes()  # its imports and warm-up overlap the API server's start-up
    runner = task_runner(args.dask_address, args.dask_local)
    gc.freeze()  # the imported modules live as long as the run: no collection needs to scan them again
    flow = clean_pages.with_options(task_runner=runner) if runner else clean_pages
    with api.serving() if api else nullcontext():
        summary = flow(
            raw_dir=args.raw_dir,
            clean_dir=args.clean_dir,
            batch_size=args.batch_size,
            page_timeout_s=args.page_timeout_s,
            max_page_mib=args.max_page_mb,
            min_article_words=args.min_article_words,
            prune_missing_raw=args.prune_missing_raw,
            workers=args.dask_local or args.workers,
        )
    print(f"\nclean_pages: {args.raw_dir} -> {args.clean_dir}\n{summary.as_text()}")
    return 0


def task_runner(dask_address: str | None, dask_local_workers: int | None) -> Any:
    """None (Prefect's threads; each batch cleans in a child process of its own), or a Dask runner:
    on an existing cluster at `dask_address`, or on a LocalCluster of `dask_local_workers` processes.

    Dask workers must not be daemonic, since each batch forks its cleaning processes: this sets that
    for a LocalCluster; start other workers with DASK_DISTRIBUTED__WORKER__DAEMON=False.
    """
    if dask_address is None and dask_local_workers is None:
        return None
    import dask
    from prefect_dask import DaskTaskRunner

    if dask_address is not None:
        return DaskTaskRunner(address=dask_address)
    dask.config.set({"distributed.worker.daemon": False})
    cluster = {"n_workers": dask_local_workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None}
    return DaskTaskRunner(cluster_class="distributed.LocalCluster", cluster_kwargs=cluster)


if __name__ == "__main__":
    sys.exit(main())
