"""Prefect flows: thin shells over `cleaners`.

Defaults that make the embedded (ephemeral) Prefect API dependable on a fresh machine are set here,
before Prefect is imported; any value already in the environment wins.
"""

import os
from pathlib import Path

_PROJECT = Path(__file__).resolve().parent.parent

for _name, _value in {
    "PREFECT_HOME": str(_PROJECT / ".prefect"),
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
}.items():
    os.environ.setdefault(_name, _value)
