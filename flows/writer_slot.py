"""The writer slot: a Prefect global concurrency limit of one slot per remote clean folder, under a lease.

The writer lock (`output.dataset.writer_lock`) is a file: it serialises the writers of one machine, and
for an object store its file lives in that machine's temp folder. Writers of a remote clean folder on
several machines that share a Prefect server also take this slot first, so they serialise there. The
server grants the slot under a lease the holder keeps renewing; a holder that dies stops renewing and
the server frees the slot when the lease runs out (LEASE_S), where the lock of a local folder (flock)
is free at once: so a local folder takes no slot.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Iterator

from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
from prefect.concurrency.sync import concurrency
from prefect.exceptions import ObjectAlreadyExists

from reading.folders import Folder

SLOT_PREFIX = "page-cleaner-writer-"
LEASE_S = 60.0  # a dead holder's slot is free again after this
FIRST_TRY_S = 2.0  # how long to try before saying that the run waits


def slot_name(clean_root: Folder) -> str:
    """The limit's name: a digest of the folder's URL (a name may not hold `/` or `:`)."""
    return SLOT_PREFIX + hashlib.sha256(clean_root.location.rstrip("/").encode()).hexdigest()[:24]


def ensure_limit(name: str) -> None:
    """Create the one-slot limit unless it exists (another writer may create it at the same moment)."""
    with get_client(sync_client=True) as client, contextlib.suppress(ObjectAlreadyExists):
        client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=name, limit=1))


@contextlib.contextmanager
def writer_slot(clean_root: Folder, timeout_s: float, on_wait: Callable[[str], None]) -> Iterator[None]:
    """Hold a remote clean folder's slot on the Prefect server (nothing for a local folder); wait for
    another holder at most `timeout_s`."""
    if clean_root.is_local:
        yield
        return
    name = slot_name(clean_root)
    ensure_limit(name)
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(concurrency(name, timeout_seconds=FIRST_TRY_S, lease_duration=LEASE_S, strict=True))
        except TimeoutError:
            on_wait(f"waiting for the writer slot of {clean_root} ({name}), held by another run")
            held.enter_context(concurrency(name, timeout_seconds=timeout_s, lease_duration=LEASE_S, strict=True))
        yield
