import shutil
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SAMPLE_RAW = PROJECT / "raw"
SEED_GOLD = Path(__file__).resolve().parent / "golden" / "seeds"
SHARED_SEEDS = PROJECT.parent / "shared" / "fixtures" / "seeds"


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API for every test that runs a real flow."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture
def raw_copy(tmp_path) -> Path:
    """A private copy of the five sample pages."""
    target = tmp_path / "raw"
    shutil.copytree(SAMPLE_RAW, target)
    return target
