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
    identifier = LanguageIdentifier(
        np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True, tk_row=row
    )
    compact_state_tables(identifier)
    return identifier


def compact_state_tables(identifier: LanguageIdentifier) -> None:
    """The DFA walk's per-state tables (each state's row offset in `tk_nextmove` and the feature it
    outputs) as 4-byte C arrays instead of lists of ints: the walk reads both at every byte, at random
    states, and a page's other work has pushed them out of the cache by the next page's walk. A list's
    entry is a pointer and the int object it points to, two cache misses where an array's is one (0.4
    MiB a table against up to 4 MiB). The same values, so the same features and scores.
    """
    identifier.tk_output = array("i", identifier.tk_output)
    identifier._rowbase = array("I", identifier._rowbase)


def identify_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's language, or None when the text is too short or the model unsure."""
    sample = " ".join(text[: IDENTIFY_CHARS * 2].split())[:IDENTIFY_CHARS]
    if len(sample) < MIN_CHARS:
        return None
    language, probability = _identifier().classify(sample)
    return str(language) if probability >= MIN_PROBABILITY else None
