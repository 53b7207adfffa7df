"""The decompressed copy of py3langid's model that the fork server's warm-up reads (`runs.model_cache`)."""

from array import array

import numpy as np
import pytest

from cleaners.language import MODEL_PATH
from runs import model_cache
from runs.model_cache import cached_model, cached_name


def small_model():
    """A model of the wheel's shape and types, small enough to write in a test."""
    return (
        np.arange(12, dtype=np.float16).reshape(4, 3),
        np.array([0.5, -1.0, 2.0], dtype=np.float32),
        ["en", "fr", "en"],
        array("I", [0, 7, 2**31, 5]),
        array("H", [0, 1, 65535]),
        [-1, 3, 0, -1],
    )


def assert_same(model, expected):
    for got, want in zip(model, expected, strict=True):
        assert type(got) is type(want)
        if isinstance(want, np.ndarray):
            assert got.dtype == want.dtype and np.array_equal(got, want)
        else:
            assert got == want
            assert getattr(got, "typecode", None) == getattr(want, "typecode", None)


@pytest.fixture
def wheel(monkeypatch):
    """The wheel's model replaced by a small one; counts how often it is decompressed."""
    calls = []

    def read():
        calls.append(1)
        return small_model()

    monkeypatch.setattr(model_cache, "wheel_model", read)
    return calls


def test_the_copy_gives_the_wheels_arrays_and_is_read_instead_of_the_wheel(tmp_path, wheel):
    assert_same(cached_model(tmp_path), small_model())
    assert_same(cached_model(tmp_path), small_model())
    assert len(wheel) == 1  # the second read came from the copy
    assert [path.name for path in tmp_path.iterdir()] == [cached_name()]


def test_a_broken_copy_is_made_again_and_older_copies_go(tmp_path, wheel):
    (tmp_path / cached_name()).write_bytes(b"not a zip")
    (tmp_path / "py3langid-0.0.1-1-1.npz").write_bytes(b"an older version's")
    assert_same(cached_model(tmp_path), small_model())
    assert_same(cached_model(tmp_path), small_model())
    assert len(wheel) == 1
    assert [path.name for path in tmp_path.iterdir()] == [cached_name()]


def test_a_folder_that_cannot_be_written_means_the_wheels_model(tmp_path, wheel):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder would be")
    assert_same(cached_model(blocked / "page-cleaner"), small_model())
    assert_same(cached_model(blocked / "page-cleaner"), small_model())
    assert len(wheel) == 2


def test_the_copy_is_named_by_the_model_file_and_the_library_version():
    stat = MODEL_PATH.stat()
    assert cached_name().startswith("py3langid-")
    assert cached_name().endswith(f"-{stat.st_size}-{stat.st_mtime_ns}.npz")


@pytest.mark.slow
def test_the_real_models_copy_holds_the_wheels_arrays(tmp_path):
    from cleaners.language import wheel_model

    cached_model(tmp_path)  # makes the copy
    assert_same(cached_model(tmp_path), wheel_model())
