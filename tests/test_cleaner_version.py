"""`cleaner_version` means cleaning: the pure cleaning code, decoding and the libraries they depend on."""

import shutil
from pathlib import Path

import pytest

from runs import cleaner_version as version
from tests.conftest import PROJECT

LIBRARIES = {"trafilatura": "2.3.1", "htmldate": "1.11.0", "dateparser": "1.5.0"}


@pytest.fixture
def project_copy(tmp_path) -> Path:
    """The packages of a checkout, to change one file at a time."""
    for package in ("cleaners", "reading", "output", "runs", "flows"):
        shutil.copytree(PROJECT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_the_installed_version_is_the_digest_of_this_checkout():
    assert version.cleaner_version() == version.compute_cleaner_version(PROJECT)
    assert len(version.cleaner_version()) == 16


@pytest.mark.parametrize(
    "module", ["runs/plan.py", "runs/supervise.py", "output/dataset.py", "reading/folders.py", "flows/cli.py"]
)
def test_changing_a_module_outside_cleaning_leaves_it_unchanged(project_copy, module):
    before = version.compute_cleaner_version(project_copy, LIBRARIES)
    (project_copy / module).write_text((project_copy / module).read_text() + "\n# a comment\n")
    assert version.compute_cleaner_version(project_copy, LIBRARIES) == before


@pytest.mark.parametrize("module", ["cleaners/rules.py", "cleaners/text_page.py", "reading/decoding.py"])
def test_changing_a_rule_or_the_decoding_changes_it(project_copy, module):
    before = version.compute_cleaner_version(project_copy, LIBRARIES)
    path = project_copy / module
    path.write_text(
        path.read_text().replace("max_words", "max_words ", 1) if "rules" in module else path.read_text() + "\n"
    )
    assert version.compute_cleaner_version(project_copy, LIBRARIES) != before


def test_a_new_cleaning_module_changes_it(project_copy):
    before = version.compute_cleaner_version(project_copy, LIBRARIES)
    (project_copy / "cleaners" / "languages.py").write_text("LANGUAGES = ('en',)\n")
    assert version.compute_cleaner_version(project_copy, LIBRARIES) != before


def test_a_different_trafilatura_version_changes_it(project_copy):
    before = version.compute_cleaner_version(project_copy, LIBRARIES)
    assert version.compute_cleaner_version(project_copy, {**LIBRARIES, "trafilatura": "2.4.0"}) != before


def test_the_libraries_it_names_are_installed():
    assert set(version.library_versions()) == set(version.OUTPUT_SHAPING_LIBRARIES)
