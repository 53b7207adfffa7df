"""py3langid's model, decompressed once into this machine's cache folder for the fork server's warm-up.

The wheel ships the model as 4.5 MB of LZMA; decompressing it to its 65 MiB of arrays cost 0.35-0.57 s of
CPU in every run, before the first batch could start. The same arrays are kept uncompressed in
`$XDG_CACHE_HOME/page-cleaner/` (else `~/.cache/page-cleaner/`), named by py3langid's version and the
model file's size and time, and read back in a few tens of milliseconds. A folder that cannot be
written or a file that cannot be read only means the wheel's model is decompressed, as without it.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
from array import array
from pathlib import Path

import numpy as np
import py3langid

from cleaners.language import MODEL_PATH, Model, wheel_model

PREFIX = "py3langid-"


def cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "page-cleaner"


def cached_name() -> str:
    """The copy's name: a new py3langid or model file never reads an older copy."""
    stat = MODEL_PATH.stat()
    return f"{PREFIX}{py3langid.__version__}-{stat.st_size}-{stat.st_mtime_ns}.npz"


def cached_model(folder: Path | None = None) -> Model:
    """The model's arrays, from the cached copy, made first if there is none."""
    path = (folder or cache_folder()) / cached_name()
    with contextlib.suppress(OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile), np.load(path) as stored:
        return (
            stored["ptc"],
            stored["pc"],
            stored["classes"].tolist(),
            _to_array(stored["nextmove"]),
            _to_array(stored["row"]),
            stored["output"].tolist(),
        )
    model = wheel_model()
    with contextlib.suppress(OSError):
        store(model, path)
    return model


def _to_array(values: np.ndarray) -> array:
    """A DFA table as py3langid's loader gives it: a stdlib array, which its walk indexes faster than NumPy's."""
    table = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    table.frombytes(np.ascontiguousarray(values).data.cast("B"))
    return table


def store(model: Model, path: Path) -> None:
    """Write the copy whole or not at all (another run may read it meanwhile), and drop older ones."""
    ptc, pc, classes, nextmove, row, output = model
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".", suffix=".npz", delete=False) as handle:
        try:
            np.savez(
                handle,
                ptc=ptc,
                pc=pc,
                classes=np.array(classes),
                nextmove=np.asarray(nextmove),
                row=np.asarray(row),
                output=np.asarray(output, dtype=np.int64),
            )
            handle.flush()
            os.replace(handle.name, path)
        except BaseException:
            os.unlink(handle.name)
            raise
    for older in path.parent.glob(f"{PREFIX}*.npz"):
        if older != path:
            older.unlink(missing_ok=True)
