"""The `clean_pages` flow: clean every new or changed raw page under `raw_dir` into `clean_dir`.

Scheduled by the `clean-new-pages` deployment; `python -m flows.cli clean` runs it from a shell. Its
parameters are plain typed values (0 means "automatic"), limits in MiB and seconds, so the Prefect UI
renders each as a plain input with its description.
"""

from __future__ import annotations

from prefect import flow

from flows.lifecycle import DEFAULT_LOCK_TIMEOUT_S, RunOptions, run_lifecycle
from reading.limits import DEFAULT_LIMITS, DEFAULT_MIN_ARTICLE_WORDS, MIB, Limits
from runs.summary import RunSummary


@flow(name="clean_pages", log_prints=True)
def clean_pages(
    raw_dir: str = "raw",
    clean_dir: str = "clean",
    reclean_outdated: bool = True,
    prune_missing_raw: bool = False,
    min_article_words: int = DEFAULT_MIN_ARTICLE_WORDS,
    max_page_mib: float = DEFAULT_LIMITS.max_page_bytes / MIB,
    max_decompressed_mib: float = DEFAULT_LIMITS.max_decompressed_bytes / MIB,
    page_timeout_s: float = DEFAULT_LIMITS.page_timeout_s,
    worker_memory_mib: int = DEFAULT_LIMITS.worker_memory_bytes // MIB,
    batch_size: int = 0,
    workers: int = 0,
    lock_timeout_s: float = DEFAULT_LOCK_TIMEOUT_S,
) -> RunSummary:
    """Clean new or changed raw pages into Parquet; unchanged pages are left exactly as they are.

    Args:
        raw_dir: Folder of raw pages, local or an fsspec URL such as s3://bucket/raw.
        clean_dir: Output folder (pages/ and rejects/ datasets), local or an fsspec URL.
        reclean_outdated: Also re-clean pages written by an older cleaner_version; off, only new or
            changed raw bytes are cleaned (the scheduled deployment).
        prune_missing_raw: Remove the records whose raw file is gone; off, they stay and every run
            counts them in its summary.
        min_article_words: Pages with fewer words of article text become `too_short` rejects.
        max_page_mib: Larger raw files are rejected as `too_large` (MiB).
        max_decompressed_mib: Gzip files that decompress to more are rejected as `too_large` (MiB).
        page_timeout_s: A page that keeps its cleaning process busy longer is a `timeout` reject (seconds).
        worker_memory_mib: Address-space ceiling of a cleaning process (MiB).
        batch_size: Raw files a batch; 0: automatic (about 4 batches a core, at most 5000 files each).
        workers: Batches cleaned at once; 0: one per core.
        lock_timeout_s: How long to wait for another run holding the writer lock (seconds).
    """
    limits = Limits(
        max_page_bytes=int(max_page_mib * MIB),
        max_decompressed_bytes=int(max_decompressed_mib * MIB),
        page_timeout_s=page_timeout_s,
        worker_memory_bytes=worker_memory_mib * MIB,
    )
    options = RunOptions(
        batch_size or None,
        workers or None,
        reclean_outdated,
        lock_timeout_s,
        limits,
        min_article_words,
        prune_missing_raw,
    )
    return run_lifecycle("clean-pages", raw_dir, clean_dir, options)
