import shutil
from pathlib import Path

import pytest
from hypothesis import settings

PROJECT = Path(__file__).resolve().parent.parent
SAMPLE_RAW = PROJECT / "raw"
SEED_GOLD = Path(__file__).resolve().parent / "golden" / "seeds"
SHARED_SEEDS = PROJECT.parent / "shared" / "fixtures" / "seeds"


# The property tests state their example counts for the full run (`make test`, CI). `make test-fast`
# passes --hypothesis-profile=fast: a fifth of each count, so the tier stays under a minute.
FAST_PROFILE_EXAMPLES = 20
settings.register_profile("fast", max_examples=FAST_PROFILE_EXAMPLES)


def examples(full: int) -> int:
    """`full` examples under the default profile, the same share of them under a smaller one."""
    return max(10, full * settings().max_examples // settings.get_profile("default").max_examples)


def pytest_collection_modifyitems(items):
    """Any test that runs a flow on the harness's Prefect API is a `server` test, marked or not."""
    for item in items:
        if "prefect_harness" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.server)


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
