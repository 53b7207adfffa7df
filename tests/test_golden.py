"""The five sample pages against their gold, every field, through the pure pipeline."""

import datetime as dt
import json

import pytest

from tests.conftest import SAMPLE_RAW, SEED_GOLD, SHARED_SEEDS
from tests.golden_check import check_row, load_gold
from tests.pages import clean_file

GOLD = load_gold(SEED_GOLD)


def test_every_sample_has_gold():
    assert sorted(p.name for p in SAMPLE_RAW.iterdir()) == sorted(GOLD) and len(GOLD) == 5


@pytest.mark.parametrize("source_file", sorted(GOLD))
def test_sample_matches_gold(source_file):
    outcome = clean_file(SAMPLE_RAW, source_file)
    assert not outcome.rejects
    (row,) = outcome.pages
    assert check_row(GOLD[source_file], row) == []


def test_gold_copies_match_shared_fixtures():
    """The project carries the seed gold so a lone clone can test; it must not drift from shared/."""
    if not SHARED_SEEDS.is_dir():
        pytest.skip(f"{SHARED_SEEDS} is not beside this checkout")
    for gold in (SHARED_SEEDS / "gold").glob("*.json"):
        assert json.loads(gold.read_text()) == json.loads((SEED_GOLD / gold.name).read_text())
    for raw in (SHARED_SEEDS / "raw").iterdir():
        assert raw.read_bytes() == (SAMPLE_RAW / raw.name).read_bytes()


def test_golden_check_catches_a_wrong_row():
    """The checker itself must fail on a leaked line, a wrong author and a guessed date."""
    source_file = "004_c552f0d34fe51c66.txt"
    (row,) = clean_file(SAMPLE_RAW, source_file).pages
    bad = dict(row, authors=["Yuri Kadobnov"], published_date=dt.date(2015, 11, 13))
    bad["text"] += "\n\nThis page is not available"
    problems = check_row(GOLD[source_file], bad)
    assert any(p.startswith("authors") for p in problems)
    assert any(p.startswith("published") for p in problems)
    assert any(p.startswith("leaked") for p in problems)
