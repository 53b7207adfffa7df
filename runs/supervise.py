"""Run a job's steps in a child process, so a step that hangs or kills its process costs that step only.

A job is any picklable object with `steps(after)`: a generator run in the child that yields
`Started(key, ...)` before risky work and `Finished(key, result)` after it. Keys are ordered tuples,
finished in increasing order; `steps(after)` must skip every key up to and including `after`. The
parent waits at most `deadline_s` for each event; when that passes, or the child dies (a segfault,
the memory ceiling, the OOM killer), the parent kills the child, reports `Failed` for the innermost
step still open and starts a fresh child after it. Children come from a fork server that has the
job's modules imported (`start_fork_server`), so a restart costs milliseconds, not an interpreter start.

A child sends its events in bursts, about every FLUSH_INTERVAL_S, with the results of the steps
finished in the burst put together by the job's `pack` (for the cleaners: Arrow tables): one message
per step, and unpickling every row in the parent, cost a third as much as cleaning a short page. A child
that fails mid-burst leaves the parent not knowing which step was open, so a careful child replays
from the last step the parent received, sending each `Started` before the step runs: the failure
recurs there and is blamed on its step (a step that hangs so costs two deadlines). A failure that
does not recur blames nothing.
"""

from __future__ import annotations

import multiprocessing
import resource
import signal
import sys
import time
import traceback
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any, Generic, Protocol, TypeVar

_CONTEXT = multiprocessing.get_context("forkserver")

ResultT = TypeVar("ResultT")  # what a job's step finishes with (for the cleaners: an Outcome)
PackedT = TypeVar("PackedT")  # what a burst of results is packed into (for the cleaners: StagedRows)
PackedT_co = TypeVar("PackedT_co", covariant=True)


def start_fork_server(preload: Sequence[str]) -> None:
    """Start the fork server now, with `preload` imported in it once for all its children (plus the
    program's main module, which every child re-runs), so its imports and warm-up overlap whatever
    the caller does next; returns at once. A server already running is kept as it is."""
    from multiprocessing import forkserver

    main = getattr(sys.modules["__main__"].__spec__, "name", None)
    _CONTEXT.set_forkserver_preload(([main] if main and not main.endswith("__main__") else []) + list(preload))
    forkserver.ensure_running()


def map_in_processes(function: Callable, argument_tuples: list[tuple], workers: int) -> list:
    """`function(*arguments)` for each tuple, in `workers` processes from the fork server, in order.

    For work that is safe but CPU-bound (the plan's survey): no per-step supervision, so a process
    that dies fails the whole map with ChildError.
    """
    try:
        with ProcessPoolExecutor(workers, mp_context=_CONTEXT) as pool:
            return list(pool.map(function, *zip(*argument_tuples, strict=True)))
    except BrokenProcessPool as error:
        raise ChildError(f"a worker process died: {error}") from error


@dataclass(frozen=True)
class Started:
    key: tuple
    label: str  # what a failure is reported against, e.g. a page's source path
    detail: str | None = None  # carried into the failure, e.g. the page's raw sha256


@dataclass(frozen=True)
class Finished(Generic[ResultT]):
    key: tuple
    result: ResultT


@dataclass(frozen=True)
class Results(Generic[PackedT]):
    """The job's `pack` of the results of consecutive steps, finished in one burst."""

    packed: PackedT


@dataclass(frozen=True)
class Failed:
    step: Started
    reason: str  # "timeout" or "crashed"
    message: str


class Job(Protocol[ResultT, PackedT_co]):
    def steps(self, after: tuple | None) -> Iterator[Started | Finished[ResultT]]: ...

    def pack(self, results: list[ResultT]) -> PackedT_co:
        """The results of a burst's finished steps, in order, as they go to the parent."""


@dataclass(frozen=True)
class _JobError:
    """The job itself raised: not one step's fault, so the whole job fails with this traceback."""

    text: str


_END = "end"


class ChildError(RuntimeError):
    """The job failed in a way no single step explains (it raised, or its child died between steps)."""


def supervise(
    job: Job[Any, PackedT], deadline_s: float, memory_bytes: int | None = None
) -> Iterator[Results[PackedT] | Failed]:
    """The results of every finished step in order, with a Failed in place of each step that hung or crashed."""
    if multiprocessing.current_process().daemon:
        raise ChildError(
            "a daemonic process cannot start cleaning processes: on Dask, start the workers with "
            "DASK_DISTRIBUTED__WORKER__DAEMON=False"
        )
    after, careful = None, False
    while True:
        child = _Child(job, after, careful, memory_bytes)
        stop = yield from child.events(deadline_s)
        if stop is None:
            return
        if not careful:  # which step was running is not known: replay carefully from the last one received
            after, careful = child.last_finished, True
            continue
        reason, message, step = stop
        if step is None:
            raise ChildError(f"the job's process failed between steps: {message}")
        yield Failed(step, reason, f"{step.label}: {message}")
        after, careful = step.key, False


FLUSH_INTERVAL_S = 0.1  # a child sends what it has at least this often, and at the end


# Why a child stopped: (reason, message, the innermost step it had started and not finished, if any).
_Stop = tuple[str, str, Started | None]


class _Child:
    """One child process running the job from `after`."""

    def __init__(self, job: Job[Any, Any], after: tuple | None, careful: bool, memory_bytes: int | None):
        self.last_finished = after  # the last step whose Finished the parent received
        self.receiver, sender = _CONTEXT.Pipe(duplex=False)
        self.process = _CONTEXT.Process(
            target=_child_main, args=(job, after, careful, sender, memory_bytes), daemon=True
        )
        self.process.start()
        sender.close()

    def events(self, deadline_s: float) -> Generator[Results[Any], None, _Stop | None]:
        """Yield its Results; returns None when the job is done, else why the child stopped:
        (reason, message, the innermost step it had started and not finished, if any)."""
        open_steps: dict[tuple, Started] = {}
        try:
            while True:
                if not self.receiver.poll(deadline_s):
                    self.process.kill()
                    return (
                        "timeout",
                        f"no progress for {deadline_s:g} s; its process was killed",
                        _innermost(open_steps),
                    )
                try:
                    events, packed = self.receiver.recv()
                except EOFError:
                    self.process.join(5)
                    message = f"its cleaning process died ({_exit_description(self.process.exitcode)})"
                    return "crashed", message, _innermost(open_steps)
                for event in events:
                    if isinstance(event, Started):
                        open_steps[event.key] = event
                    elif isinstance(event, Finished):
                        open_steps.pop(event.key, None)
                        self.last_finished = event.key
                if packed is not None:
                    yield Results(packed)
                if events and events[-1] == _END:
                    return None
                if events and isinstance(events[-1], _JobError):
                    raise ChildError(events[-1].text)
        finally:
            self.receiver.close()
            if self.process.is_alive():
                self.process.kill()
            self.process.join()


def _innermost(open_steps: dict[tuple, Started]) -> Started | None:
    return list(open_steps.values())[-1] if open_steps else None


def _exit_description(code: int | None) -> str:
    if code is None:
        return "still running"
    if code < 0:
        return f"killed by {signal.Signals(-code).name}"
    return f"exit code {code}"


def _child_main(
    job: Job[Any, Any], after: tuple | None, careful: bool, sender: Connection, memory_bytes: int | None
) -> None:
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    events: list = []  # the burst: Started, and Finished without their results, which go in `results`
    results: list = []

    def send(*last: str) -> None:
        sender.send(([*events, *last], job.pack(results) if results else None))
        events.clear()
        results.clear()

    flushed_at = time.monotonic()
    try:
        for event in job.steps(after):
            if isinstance(event, Finished):
                results.append(event.result)
                event = Finished(event.key, None)
            events.append(event)
            if (careful and isinstance(event, Started)) or time.monotonic() - flushed_at >= FLUSH_INTERVAL_S:
                send()
                flushed_at = time.monotonic()
        send(_END)
    except BaseException:  # the job's own failure is reported, never a silent exit; it fails the whole job
        sender.send(([*events, _JobError(traceback.format_exc())], None))
    finally:
        sender.close()
