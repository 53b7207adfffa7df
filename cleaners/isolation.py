"""Run a job's steps in a child process, so a step that hangs or kills its process costs that step only.

A job is any picklable object with `steps(after)`: a generator run in the child that yields
`Started(key, ...)` before risky work and `Finished(key, result)` after it. Keys are ordered tuples;
`steps(after)` must skip every key up to and including `after`. The parent waits at most
`deadline_s` for each event; when that passes, or the child dies (a segfault, the memory ceiling,
the OOM killer), the parent kills the child, reports `Failed` for the innermost step still open and
starts a fresh child after it. Children come from a fork server that has the cleaners imported, so a
restart costs milliseconds, not an interpreter start.
"""

from __future__ import annotations

import multiprocessing
import resource
import signal
import sys
import traceback
from collections.abc import Callable, Hashable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Protocol


def _preload_modules() -> list[str]:
    """What the fork server imports once: the cleaners, warmed up, and the program's main module.

    Every child re-runs the main module (`python -m flows.clean_pages`: Prefect and all); imported
    once in the fork server, that costs milliseconds instead of a second per child.
    """
    main = getattr(sys.modules["__main__"].__spec__, "name", None)
    # the warm-up last: it freezes all that is loaded by then out of the garbage collector's sight
    return ([main] if main and not main.endswith("__main__") else []) + ["cleaners.worker_preload"]


_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(_preload_modules())


def start_fork_server() -> None:
    """Start the fork server now, so its imports and warm-up overlap the run's planning; returns at once."""
    from multiprocessing import forkserver

    forkserver.ensure_running()


def map_in_processes(function: Callable, argument_tuples: list[tuple], workers: int) -> list:
    """`function(*arguments)` for each tuple, in `workers` processes from the fork server, in order.

    For work that is safe but CPU-bound (the plan's survey): no per-step supervision, so a process
    that dies fails the whole map with ChildError.
    """
    try:
        with ProcessPoolExecutor(workers, mp_context=_CONTEXT) as pool:
            return list(pool.map(function, *zip(*argument_tuples)))
    except BrokenProcessPool as error:
        raise ChildError(f"a worker process died: {error}") from error


@dataclass(frozen=True)
class Started:
    key: tuple
    label: str  # what a failure is reported against, e.g. a page's source path
    detail: Hashable = None  # carried into the failure, e.g. the page's raw sha256


@dataclass(frozen=True)
class Finished:
    key: tuple
    result: object


@dataclass(frozen=True)
class Failed:
    step: Started
    reason: str  # "timeout" or "crashed"
    message: str


class Job(Protocol):
    def steps(self, after: tuple | None) -> Iterator[Started | Finished]: ...


@dataclass(frozen=True)
class _JobError:
    """The job itself raised: not one step's fault, so the whole job fails with this traceback."""

    text: str


_END = "end"


class ChildError(RuntimeError):
    """The job failed in a way no single step explains (it raised, or its child died between steps)."""


def supervise(job: Job, deadline_s: float, memory_bytes: int | None = None) -> Iterator[Finished | Failed]:
    """Every Finished of the job in order, with a Failed in place of each step that hung or crashed."""
    if multiprocessing.current_process().daemon:
        raise ChildError(
            "a daemonic process cannot start cleaning processes: on Dask, start the workers with "
            "DASK_DISTRIBUTED__WORKER__DAEMON=False"
        )
    after = None
    while True:
        failure = yield from _one_child(job, after, deadline_s, memory_bytes)
        if failure is None:
            return
        yield failure
        after = failure.step.key


def _one_child(job: Job, after: tuple | None, deadline_s: float, memory_bytes: int | None):
    """Run the job in one child from `after`; returns the failure that ended it, or None when done."""
    receiver, sender = _CONTEXT.Pipe(duplex=False)
    child = _CONTEXT.Process(target=_child_main, args=(job, after, sender, memory_bytes), daemon=True)
    child.start()
    sender.close()
    open_steps: dict[tuple, Started] = {}
    try:
        while True:
            if not receiver.poll(deadline_s):
                child.kill()
                return _blame(open_steps, "timeout", f"no progress for {deadline_s:g} s; its process was killed")
            try:
                events = receiver.recv()
            except EOFError:
                child.join(5)
                return _blame(open_steps, "crashed", f"its cleaning process died ({_exit_description(child.exitcode)})")
            for event in events:
                if event == _END:
                    return None
                if isinstance(event, _JobError):
                    raise ChildError(event.text)
                if isinstance(event, Started):
                    open_steps[event.key] = event
                else:
                    open_steps.pop(event.key, None)
                    yield event
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()


def _blame(open_steps: dict[tuple, Started], reason: str, message: str) -> Failed:
    if not open_steps:
        raise ChildError(f"the job's process failed between steps: {message}")
    step = list(open_steps.values())[-1]
    return Failed(step, reason, f"{step.label}: {message}")


def _exit_description(code: int | None) -> str:
    if code is None:
        return "still running"
    if code < 0:
        return f"killed by {signal.Signals(-code).name}"
    return f"exit code {code}"


def _child_main(job: Job, after: tuple | None, sender, memory_bytes: int | None) -> None:
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    # Events go in one message per Started: the Finished events before it wait for it, since only
    # after a Started does risky work begin, and a message per event was most of the parent's work.
    pending: list = []
    try:
        for event in job.steps(after):
            pending.append(event)
            if isinstance(event, Started):
                sender.send(pending)
                pending = []
        sender.send([*pending, _END])
    except BaseException:  # the job's own failure is reported, never a silent exit
        sender.send([*pending, _JobError(traceback.format_exc())])
    finally:
        sender.close()
