"""`cleaner_version`: a digest of the code that decides what a record contains.

It is derived, never bumped by hand, so it changes whenever a rule changes and a re-clean can find
every record made by older rules. The storage module is left out: how files are written does not
change what is in them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_NOT_OUTPUT_SHAPING = frozenset({"store.py"})


def compute_cleaner_version() -> str:
    digest = hashlib.sha256()
    for module in sorted(_PACKAGE.glob("*.py")):
        if module.name in _NOT_OUTPUT_SHAPING:
            continue
        digest.update(module.name.encode() + b"\0" + module.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


CLEANER_VERSION = compute_cleaner_version()
