"""The writer slot: a Prefect global concurrency limit of one slot per clean folder, held under a lease.

The writer lock (`output.dataset.writer_lock`) is a file: it serialises the writers of one machine, and
for an object store its file lives in that machine's temp folder. Writers on several machines that
share a Prefect server also take this slot first, so they serialise there. The server grants the slot
under a lease the holder keeps renewing; a holder that dies stops renewing and the server frees the
slot when the lease runs out (LEASE_S).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
from collections.abc import Callable, Iterator

from prefect.client.orchestration import get_client
from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
from prefect.concurrency.sync import concurrency
from prefect.exceptions import ObjectAlreadyExists

from reading.folders import Folder

SLOT_PREFIX = "page-cleaner-writer-"
LEASE_S = 300.0  # a dead holder's slot is free again after this
FIRST_TRY_S = 2.0  # how long to try before saying that the run waits


def folder_key(clean_root: Folder) -> str:
    """The clean folder as one URL for every machine: its fsspec URL, or `file://host/abs/path`."""
    if clean_root.is_local:
        return f"file://{socket.gethostname()}{os.path.abspath(clean_root.location)}"
    return clean_root.location.rstrip("/")


def slot_name(clean_root: Folder) -> str:
    """The limit's name: a digest of the folder's key (a name may not hold `/` or `:`)."""
    return SLOT_PREFIX + hashlib.sha256(folder_key(clean_root).encode()).hexdigest()[:24]


def ensure_limit(name: str) -> None:
    """Create the one-slot limit unless it exists (another writer may create it at the same moment)."""
    with get_client(sync_client=True) as client, contextlib.suppress(ObjectAlreadyExists):
        client.create_global_concurrency_limit(GlobalConcurrencyLimitCreate(name=name, limit=1))


@contextlib.contextmanager
def writer_slot(clean_root: Folder, timeout_s: float, on_wait: Callable[[str], None]) -> Iterator[None]:
    """Hold the clean folder's slot on the Prefect server; wait for another holder at most `timeout_s`."""
    name = slot_name(clean_root)
    ensure_limit(name)
    with contextlib.ExitStack() as held:
        try:
            held.enter_context(concurrency(name, timeout_seconds=FIRST_TRY_S, lease_duration=LEASE_S, strict=True))
        except TimeoutError:
            on_wait(f"waiting for the writer slot of {folder_key(clean_root)} ({name}), held by another run")
            held.enter_context(concurrency(name, timeout_seconds=timeout_s, lease_duration=LEASE_S, strict=True))
        yield
