"""Re-cleaning selected pages on demand: dry runs write nothing, real runs replace exactly the selection."""

import datetime as dt
import json
from collections import Counter

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.clean_pages import clean_pages
from flows.reclean import reclean
from output.dataset import Dataset
from reading.folders import Folder
from runs import selection
from runs.preview import ABSENT, KEPT, PageChange, RecleanPreview, line_moves, preview_markdown
from runs.selection import RecleanRequest
from runs.summary import RunSummary
from tests.test_flow import rows_by_source

MOSCOW_TIMES = {"000_bd117a49a8ab8873.txt", "002_2b835300398bb1b8.txt"}


def make_outdated(clean, source):
    """Pretend one record was written by an older cleaner version."""
    dataset = Dataset(Folder(clean))
    table = pq.read_table(clean / "pages")
    row = table.filter(pc.equal(table["source_path"], source))
    row = row.set_column(row.schema.get_field_index("cleaner_version"), "cleaner_version", pa.array(["old"]))
    dataset.pages.upsert(row)


def recleaned(request: RecleanRequest) -> RunSummary:
    """The summary of a re-clean that ran (one that did not returns a state instead)."""
    summary = reclean(request)
    assert isinstance(summary, RunSummary)
    return summary


def every_file(clean) -> dict[str, int]:
    """Every file and folder under the clean folder (hidden ones too), with its modification time."""
    return {str(path.relative_to(clean)): path.stat().st_mtime_ns for path in clean.rglob("*")}


def read_artifact(key: str):
    """The latest artifact under `key` (every test's runs publish on one API)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
    from prefect.client.schemas.sorting import ArtifactSort

    with get_client(sync_client=True) as client:
        (artifact,) = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])), sort=ArtifactSort.CREATED_DESC, limit=1
        )
    return artifact


def clean_then_reclean_moscow_times(raw, clean, dry_run: bool):
    """Clean the samples, then re-clean the two Moscow Times pages.

    Returns the rows and the files as they were before the re-clean, and the re-clean's summary."""
    clean_pages(raw_dir=str(raw), clean_dir=str(clean))
    rows, files = rows_by_source(clean), every_file(clean)
    request = RecleanRequest(domains=["themoscowtimes.com"], dry_run=dry_run, raw_dir=str(raw), clean_dir=str(clean))
    return rows, files, recleaned(request)


def test_dry_run_writes_nothing_anywhere_and_publishes_a_preview(prefect_harness, raw_copy, tmp_path):
    clean = tmp_path / "clean"
    _, files_before, summary = clean_then_reclean_moscow_times(raw_copy, clean, dry_run=True)
    assert summary.cleaned == 2
    assert every_file(clean) == files_before  # not a file touched, not even the writer lock
    assert "pages cleaned, not written" in summary.as_text() and "pages cleaned " not in summary.as_text()
    artifact = read_artifact("reclean-preview")
    assert isinstance(artifact.data, str)
    assert "nothing written" in artifact.data and "2 pages selected" in artifact.data


def test_a_request_that_cannot_run_fails_in_one_line_before_any_work(prefect_harness, raw_copy, tmp_path):
    clean = tmp_path / "clean"
    for request, said in [
        (RecleanRequest(published_from="2015-12-01", published_to="2015-11-01", clean_dir=str(clean)), "is after"),
        (RecleanRequest(raw_dir=str(raw_copy), clean_dir=str(tmp_path / "clen")), "no clean folder"),
    ]:
        state = reclean(request, return_state=True)
        assert state.is_failed() and said in (state.message or "") and "\n" not in (state.message or "")
    assert not (tmp_path / "clen").exists() and not clean.exists()


def test_a_selection_of_nothing_says_so_and_what_there_is(prefect_harness, raw_copy, tmp_path):
    clean = tmp_path / "clean"
    clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean))
    files = every_file(clean)
    request = RecleanRequest(domains=["themoscowtime.com"], dry_run=False, raw_dir=str(raw_copy), clean_dir=str(clean))
    state = reclean(request, return_state=True)
    assert state.is_completed() and state.name == "Nothing selected"
    assert "Nothing selected" in (state.message or "")
    assert "Domains near 'themoscowtime.com': themoscowtimes.com" in (state.message or "")
    assert "Known domains: themoscowtimes.com (2)" in (state.message or "")
    artifact = read_artifact("reclean-summary")
    assert isinstance(artifact.data, str) and "nothing selected" in artifact.data
    assert every_file(clean) == files


def test_a_large_real_reclean_goes_ahead_only_when_confirmed(prefect_harness, raw_copy, tmp_path, monkeypatch):
    clean = tmp_path / "clean"
    clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean))
    files = every_file(clean)
    monkeypatch.setattr(selection, "CONFIRM_ABOVE", 3)
    request = RecleanRequest(dry_run=False, raw_dir=str(raw_copy), clean_dir=str(clean))
    state = reclean(request, return_state=True)
    assert state.is_failed() and "confirm_pages set to 5" in (state.message or "")
    assert every_file(clean) == files
    assert recleaned(request.model_copy(update={"confirm_pages": 5})).cleaned == 5


def test_a_line_that_moves_between_rules_is_shown_with_both_rules():
    before = {"text": "Para one.\n\nPara two.", "removed": [{"rule": "navigation", "text": "Sport"}]}
    after = {
        "text": "Para one.",
        "removed": [{"rule": "menu_run", "text": "Sport"}, {"rule": "copyright", "text": "Para two."}],
    }
    assert line_moves(before, after) == [("Sport", "navigation", "menu_run"), ("Para two.", KEPT, "copyright")]
    assert line_moves(None, {"text": "New.", "removed": []}) == [("New.", ABSENT, KEPT)]
    preview = RecleanPreview(selected=12, changed=11, moves=Counter({("navigation", "menu_run"): 11}))
    preview.pages = [PageChange("a.txt", [("title", "News", "Sport")], line_moves(before, after))]
    markdown = preview_markdown(preview)
    assert "| Sport | navigation | menu_run |" in markdown and "| navigation | menu_run | 11 |" in markdown
    assert "- title: 'News' → 'Sport'" in markdown and "10 more pages change" in markdown


def test_real_run_replaces_exactly_the_selected_records(prefect_harness, raw_copy, tmp_path):
    clean = tmp_path / "clean"
    old, _, summary = clean_then_reclean_moscow_times(raw_copy, clean, dry_run=False)
    assert summary.cleaned == 2
    latest = json.loads((clean / "_latest.json").read_text())
    (part,) = (clean / "pages").glob("*.parquet")
    assert latest["flow"] == "reclean" and latest["files"]["pages"] == {"replaced": [part.name]}
    changes = read_artifact("reclean-changes").data
    assert isinstance(changes, str) and f"pages replaced: `{part.name}`" in changes
    assert "2 pages selected; 0 change" in changes  # same cleaner, same text: nothing but the stamps
    new = rows_by_source(clean)
    assert new.keys() == old.keys()
    ids = pq.read_table(clean / "pages", columns=["id"])["id"].to_pylist()
    assert len(ids) == len(set(ids)) == 5
    for source in old:
        if source in MOSCOW_TIMES:
            assert new[source]["id"] == old[source]["id"]
            assert new[source]["cleaned_at"] > old[source]["cleaned_at"]
            assert new[source]["flow_run_id"] != old[source]["flow_run_id"]
            assert new[source]["text"] == old[source]["text"]
        else:
            assert new[source] == old[source]


def test_older_cleaner_selection_and_the_incremental_run_that_ignores_it(prefect_harness, raw_copy, tmp_path):
    clean = tmp_path / "clean"
    clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean))
    make_outdated(clean, "003_c7cca4dd9fc89a30.txt")
    incremental = clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean), reclean_outdated=False)
    assert (incremental.cleaned, incremental.unchanged) == (0, 5)
    request = RecleanRequest(only_older_cleaner=True, dry_run=False, raw_dir=str(raw_copy), clean_dir=str(clean))
    assert recleaned(request).cleaned == 1
    assert {row["cleaner_version"] for row in rows_by_source(clean).values()} != {"old"}
    assert "old" not in {row["cleaner_version"] for row in rows_by_source(clean).values()}


def test_a_selected_page_whose_raw_file_is_gone_stays_as_it_is(prefect_harness, raw_copy, tmp_path):
    clean = tmp_path / "clean"
    clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean))
    old = rows_by_source(clean)
    (raw_copy / "001_8909fccca8fb692d.txt").unlink()
    summary = recleaned(RecleanRequest(dry_run=False, raw_dir=str(raw_copy), clean_dir=str(clean)))
    assert summary.cleaned == 4
    assert rows_by_source(clean)["001_8909fccca8fb692d.txt"] == old["001_8909fccca8fb692d.txt"]


def test_selection_filters_combine_and_validate():
    row = {
        "id": "x",
        "source_path": "2015/a.txt",
        "url": "https://www.themoscowtimes.com/2015/11/18/x",
        "domain": "themoscowtimes.com",
        "published_date": __import__("datetime").date(2015, 11, 18),
        "cleaner_version": "v1",
    }
    assert RecleanRequest().matches(row, "v1")
    assert RecleanRequest(domains=["www.themoscowtimes.com"], url_glob="https://*/2015/11/*").matches(row, "v1")
    assert not RecleanRequest(source_path_glob="2016/*").matches(row, "v1")
    assert RecleanRequest(published_from="2015-11-01", published_to="2015-11-30").matches(row, "v1")
    assert not RecleanRequest(published_from="2015-11-19").matches(row, "v1")
    assert not RecleanRequest(only_older_cleaner=True).matches(row, "v1")
    assert RecleanRequest(only_older_cleaner=True).matches(row, "v2")
    assert RecleanRequest(published_from="2015-11-30", published_to="2015-11-01").problem() == (
        "published_from 2015-11-30 is after published_to 2015-11-01: nothing can match"
    )
    assert RecleanRequest(published_to=dt.date(2015, 11, 1)).problem() is None
