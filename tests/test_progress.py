"""A run's progress line: share of files done, pages a second, time left from the files still to clean."""

from runs.progress import Progress


def test_progress_reads_rate_and_time_left_from_the_batches_done():
    progress = Progress(files=1000, batches=4, started=100.0)
    assert progress.percent() == 0.0
    progress.batch_done(files=250, pages=500)
    assert progress.percent() == 25.0
    assert progress.line(now=110.0) == "batch 1/4 done, 250 of 1,000 files: 50 pages/s, about 30 s left"
    for _ in range(3):
        progress.batch_done(files=250, pages=250)
    assert progress.line(now=140.0) == "batch 4/4 done, 1,000 of 1,000 files: 31 pages/s, about 0 s left"
    assert Progress(files=0, batches=0, started=0.0).percent() == 100.0
