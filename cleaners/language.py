"""The language of a page's text, identified by py3langid (its model ships in the wheel)."""

from __future__ import annotations

import functools
from array import array
from collections.abc import Callable
from typing import Any

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
from py3langid.modelio import load_model

IDENTIFY_CHARS = 240  # enough prose for a sure answer; the cost grows with it (about 0.1 ms here)
MIN_CHARS = 40  # less text than this says too little
MIN_PROBABILITY = 0.5
MODEL_PATH = MODEL_DIR / MODEL_FILE
WIDENED_ROWS = 8192  # float32 rows a process keeps of the features it met: 4.6 MiB at most, touched as filled
# (nb_ptc, nb_pc, nb_classes, tk_nextmove, tk_row, tk_output), as py3langid's `modelio.load_model` reads them
Model = tuple[Any, Any, list[str], Any, Any, list[int]]


def wheel_model() -> Model:
    """The model's arrays from the wheel's LZMA file (0.35-0.57 s of decompressing)."""
    return load_model(MODEL_PATH)


_model_reader: Callable[[], Model] = wheel_model


def read_model_with(reader: Callable[[], Model]) -> None:
    """Where the model comes from, if set before its first use: a reader of the same arrays (the fork
    server's warm-up reads a decompressed copy, `runs.model_cache`, instead of decompressing the wheel's)."""
    global _model_reader
    _model_reader = reader


@functools.cache
def _identifier() -> LanguageIdentifier:
    """The identifier, made once per process on first use, as py3langid's `from_model_file` makes it (0.5 s:
    the fork server's warm-up does it), but for its two tables of a DFA state (`compact_state_tables`)."""
    ptc, pc, classes, nextmove, row, output = _model_reader()
    identifier = WidenedRowsIdentifier(
        np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True, tk_row=row
    )
    compact_state_tables(identifier)
    return identifier


class WidenedRowsIdentifier(LanguageIdentifier):
    """py3langid's identifier, but the float16 weight rows of the features it has met are kept as float32.
    Its score multiplies a sample's feature counts with their rows, which numpy casts to float32 first: a
    twentieth of a text page's instructions, and the same common features (" the", "en ") on page after
    page. The cast is exact and the product the same float32 one, so the scores are py3langid's to the bit;
    only the first `capacity` features met are kept (the whole model's rows widened would be 78 MiB more),
    the others cast on each use as before."""

    __slots__ = ("_filled", "_slot_of", "_widened")

    def __init__(self, *args: Any, capacity: int = WIDENED_ROWS, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        features, classes = self.nb_ptc.shape
        self._slot_of = np.full(features, -1, dtype=np.int32)  # a feature's row in `_widened`, or -1
        self._widened = np.empty((capacity, classes), dtype=np.float32)  # untouched memory until filled
        self._filled = 0

    def _sparse_score(self, visits: dict[int, int], table: Any) -> Any:
        if table is not self._full_model[0]:  # `set_languages` narrowed the model: py3langid's own way
            return super()._sparse_score(visits, table)
        features = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
        counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
        slots = self._slot_of[features]
        if (slots < 0).any():
            slots = self._widen(features, slots, table)
        rows = self._widened[slots]
        if (unkept := slots < 0).any():  # the rows left out once `_widened` is full
            rows[unkept] = table[features[unkept]]
        return np.log1p(counts) @ rows + self.nb_pc

    def _widen(self, features: Any, slots: Any, table: Any) -> Any:
        """The slots of the features, the new ones given rows while there is room."""
        new = features[slots < 0][: len(self._widened) - self._filled]
        given = np.arange(self._filled, self._filled + len(new), dtype=np.int32)
        self._widened[given] = table[new]
        self._slot_of[new] = given
        self._filled += len(new)
        return self._slot_of[features]


def compact_state_tables(identifier: LanguageIdentifier) -> None:
    """The DFA walk's per-state tables (each state's row offset in `tk_nextmove` and the feature it
    outputs) as 4-byte C arrays instead of lists of ints: the walk reads both at every byte, at random
    states, and a page's other work has pushed them out of the cache by the next page's walk. A list's
    entry is a pointer and the int object it points to, two cache misses where an array's is one (0.4
    MiB a table against up to 4 MiB). The same values, so the same features and scores.
    """
    identifier.tk_output = array("i", identifier.tk_output)
    identifier._rowbase = array("I", identifier._rowbase)
    identifier.tk_nextmove = _in_huge_pages(identifier.tk_nextmove)


def _in_huge_pages(table: array) -> memoryview:
    """The walk's next-move table (37 MiB, read at a random state each byte) in a buffer NumPy asks the kernel
    to back with 2 MiB pages (it does for 4 MiB or more), indexed through a memoryview as fast as the stdlib
    array: in 4 KiB pages nearly every byte's lookup missed the TLB as well as the cache (the walk took 80-95
    against 68-76 us a text page amid a page's cleaning). The same values, so the same states."""
    held = np.empty(len(table), dtype=np.dtype(table.typecode))
    held[:] = np.frombuffer(table, dtype=held.dtype)
    return held.data


def identify_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when the text is too short or the model unsure."""
    sample = " ".join(text[: IDENTIFY_CHARS * 2].split())[:IDENTIFY_CHARS]
    if len(sample) < MIN_CHARS:
        return None
    language, probability = _identifier().classify(sample)
    return str(language) if probability >= MIN_PROBABILITY else None
