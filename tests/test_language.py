"""The language identifier (`cleaners.language`): py3langid's, with its DFA's state tables as C arrays and
the weight rows of the features it met kept widened."""

from array import array

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from py3langid.langid import LanguageIdentifier

from cleaners.language import WidenedRowsIdentifier, _identifier
from tests.conftest import SAMPLE_RAW


@pytest.fixture(scope="module")
def both() -> tuple[LanguageIdentifier, LanguageIdentifier]:
    """This project's identifier and py3langid's own made of the same model (its tables as lists)."""
    compact = _identifier()
    stock = LanguageIdentifier(
        compact.nb_ptc,
        compact.nb_pc,
        compact.nb_classes,
        compact.tk_nextmove,
        list(compact.tk_output),
        norm_probs=True,
        tk_row=compact.tk_row,
    )
    return compact, stock


def test_the_state_tables_are_arrays_of_the_same_values(both):
    compact, stock = both
    assert isinstance(compact.tk_output, array) and isinstance(compact._rowbase, array)
    assert type(stock._rowbase) is list  # what the walk reads when py3langid builds it: the case compared below
    assert list(compact.tk_output) == stock.tk_output and list(compact._rowbase) == stock._rowbase


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
@example("The council said on Tuesday that the new bridge would open next spring.")
@example("Der Gemeinderat hat am Dienstag beschlossen, dass die neue Brücke im Frühjahr öffnet.")
@example("Совет заявил во вторник, что новый мост откроется весной. 東京の新しい橋は春に開通する。")
@example("")
def test_scores_are_py3langids_to_the_bit(both, text):
    compact, stock = both
    assert np.array_equal(compact._decide(text), stock._decide(text))
    assert compact.classify(text) == stock.classify(text)


def test_the_samples_read_the_same(both):
    compact, stock = both
    for path in sorted(SAMPLE_RAW.iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        for start in range(0, min(len(text), 4000), 240):
            assert np.array_equal(compact._decide(text[start : start + 240]), stock._decide(text[start : start + 240]))


def test_a_full_store_of_widened_rows_casts_the_others_and_scores_the_same(both):
    compact, stock = both
    small = WidenedRowsIdentifier(
        compact.nb_ptc,
        compact.nb_pc,
        compact.nb_classes,
        compact.tk_nextmove,
        compact.tk_output,
        norm_probs=True,
        tk_row=compact.tk_row,
        capacity=40,
    )
    for path in sorted(SAMPLE_RAW.iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        for start in range(0, min(len(text), 2400), 240):
            assert np.array_equal(small._decide(text[start : start + 240]), stock._decide(text[start : start + 240]))
    assert small._filled == 40  # full since the first window: the rows met later were cast on each use
