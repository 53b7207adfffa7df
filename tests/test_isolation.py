"""The supervisor: a step that hangs, dies or eats memory costs that step, never the job."""

import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from runs.supervise import ChildError, Failed, Finished, Results, Started, supervise


@dataclass(frozen=True)
class ScriptedJob:
    """Steps 0..n-1; each step does what `actions` says for it (default: finish with its number)."""

    n: int
    actions: tuple[tuple[int, str], ...] = ()
    step_s: float = 0.0  # how long each step works

    def steps(self, after):
        for number in range(self.n):
            key = (number,)
            if after is not None and key <= after:
                continue
            yield Started(key, f"step-{number}", f"detail-{number}")
            time.sleep(self.step_s)
            action = dict(self.actions).get(number, "")
            if action == "hang":
                time.sleep(3600)
            elif action == "segfault":
                os.kill(os.getpid(), signal.SIGSEGV)
            elif action == "hog":
                bytearray(8 * 1024**3)  # over the ceiling: MemoryError inside the step
            elif action == "exit":
                os._exit(3)
            elif action.startswith("crash-once:"):  # dies only the first time (the marker file says)
                marker = Path(action.removeprefix("crash-once:"))
                if not marker.exists():
                    marker.touch()
                    os._exit(3)
            yield Finished(key, number)

    def pack(self, results):
        return results


def run(job, deadline_s=5.0, memory_bytes=None):
    """Each step's result, or its Failed, in order."""
    return [
        item
        for event in supervise(job, deadline_s, memory_bytes)
        for item in (event.packed if isinstance(event, Results) else [event])
    ]


def outcomes(events):
    return [event.reason if isinstance(event, Failed) else event for event in events]


def test_every_step_finishes_in_order():
    assert run(ScriptedJob(50)) == list(range(50))


def test_a_hanging_step_times_out_alone_and_the_rest_still_run():
    started = time.monotonic()
    events = run(ScriptedJob(6, ((2, "hang"),)), deadline_s=1.0)
    assert time.monotonic() - started < 30
    assert outcomes(events) == [0, 1, "timeout", 3, 4, 5]
    failed = events[2]
    assert isinstance(failed, Failed) and failed.step.label == "step-2" and failed.step.detail == "detail-2"
    assert "no progress for 1 s" in failed.message


@pytest.mark.parametrize("action, cause", [("segfault", "SIGSEGV"), ("exit", "exit code 3")])
def test_a_step_that_kills_its_process_is_reported_as_crashed(action, cause):
    events = run(ScriptedJob(4, ((0, action), (3, action))))
    assert outcomes(events) == ["crashed", 1, 2, "crashed"]
    assert cause in events[0].message


@pytest.mark.parametrize("step_s", [0.0, 0.002])  # all steps in one burst of events, or in many
def test_a_crash_amid_many_quick_steps_costs_that_step_and_no_result_comes_twice(step_s):
    events = run(ScriptedJob(500, ((300, "segfault"),), step_s))
    assert outcomes(events) == [*range(300), "crashed", *range(301, 500)]
    assert events[300].step.label == "step-300"


def test_a_crash_that_does_not_recur_blames_no_step(tmp_path):
    events = run(ScriptedJob(500, ((250, f"crash-once:{tmp_path / 'crashed'}"),)))
    assert (tmp_path / "crashed").exists()
    assert events == list(range(500))


def test_the_memory_ceiling_stops_a_hog_without_touching_the_machine():
    with pytest.raises(ChildError, match="MemoryError"):
        run(ScriptedJob(2, ((1, "hog"),)), memory_bytes=2 * 1024**3)


@dataclass(frozen=True)
class BrokenJob:
    def steps(self, after):
        raise ValueError("snapshot missing")
        yield


def test_a_job_that_fails_outside_any_step_raises_with_its_traceback():
    with pytest.raises(ChildError, match="snapshot missing"):
        run(BrokenJob())
