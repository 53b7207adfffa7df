"""Re-cleaning selected pages on demand: dry runs write nothing, real runs replace exactly the selection."""

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest
from pydantic import ValidationError

from flows.clean_pages import clean_pages
from flows.reclean import reclean
from output.dataset import Dataset
from reading.folders import Folder
from runs.selection import RecleanRequest
from tests.test_flow import rows_by_source, snapshot

MOSCOW_TIMES = {"000_bd117a49a8ab8873.txt", "002_2b835300398bb1b8.txt"}


def make_outdated(clean, source):
    """Pretend one record was written by an older cleaner version."""
    dataset = Dataset(Folder(clean))
    table = pq.read_table(clean / "pages")
    row = table.filter(pc.equal(table["source_path"], source))
    row = row.set_column(row.schema.get_field_index("cleaner_version"), "cleaner_version", pa.array(["old"]))
    dataset.pages.upsert(row)


def clean_then_reclean_moscow_times(raw, clean, dry_run: bool):
    """Clean the samples, then re-clean the two Moscow Times pages.

    Returns the rows and the files as they were before the re-clean, and the re-clean's summary."""
    clean_pages(raw_dir=str(raw), clean_dir=str(clean))
    rows, files = rows_by_source(clean), snapshot(clean)
    request = RecleanRequest(domains=["themoscowtimes.com"], dry_run=dry_run, raw_dir=str(raw), clean_dir=str(clean))
    return rows, files, reclean(request)


def test_dry_run_writes_nothing_and_publishes_a_preview(prefect_harness, raw_copy, tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    clean = tmp_path / "clean"
    _, files_before, summary = clean_then_reclean_moscow_times(raw_copy, clean, dry_run=True)
    assert summary.cleaned == 2
    assert snapshot(clean) == files_before
    with get_client(sync_client=True) as client:
        (artifact, *_) = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["reclean-preview"]))
        )
    assert isinstance(artifact.data, str)
    assert "2 pages selected" in artifact.data and "| title |" in artifact.data


def test_real_run_replaces_exactly_the_selected_records(prefect_harness, raw_copy, tmp_path):
    clean = tmp_path / "clean"
    old, _, summary = clean_then_reclean_moscow_times(raw_copy, clean, dry_run=False)
    assert summary.cleaned == 2
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
    assert reclean(request).cleaned == 1
    assert {row["cleaner_version"] for row in rows_by_source(clean).values()} != {"old"}
    assert "old" not in {row["cleaner_version"] for row in rows_by_source(clean).values()}


def test_a_selected_page_whose_raw_file_is_gone_stays_as_it_is(prefect_harness, raw_copy, tmp_path):
    clean = tmp_path / "clean"
    clean_pages(raw_dir=str(raw_copy), clean_dir=str(clean))
    old = rows_by_source(clean)
    (raw_copy / "001_8909fccca8fb692d.txt").unlink()
    summary = reclean(RecleanRequest(dry_run=False, raw_dir=str(raw_copy), clean_dir=str(clean)))
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
    with pytest.raises(ValidationError):
        RecleanRequest(published_from="2015-12-01", published_to="2015-11-01")
