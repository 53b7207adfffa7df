"""The first step of a run: list the raw files, survey them once, and split the work into batches.

Only paths and small records leave the plan: what every batch shares (known pages, what each site
taught, the selection) is pickled once into the run's staging folder, and each batch is given its own files.
"""

from __future__ import annotations

import logging
import math
import os
import pickle
from dataclasses import dataclass, field

from cleaners.repeats import PageDigest, digest_page, first_copies, page_lines
from cleaners.sites import Sites, sites_of
from cleaners.text_page import source_url_of
from cleaners.urls import domain_of
from output.dataset import Dataset, Known
from reading.folders import Folder
from reading.limits import DEFAULT_LIMITS, DEFAULT_MIN_ARTICLE_WORDS, Limits
from reading.pages import RawPage
from reading.raw_files import ONE_PAGE_KINDS, discover, kind_of, read_raw_file
from runs.page_path import BatchContext, already_written
from runs.supervise import ChildError, map_in_processes

_LOGGER = logging.getLogger(__name__)

CONTEXT_FILE = "context.pickle"
GONE_FILE = "gone.pickle"  # id -> source_path of the records whose raw file is gone
BATCHES_PER_CORE = 4
MAX_BATCH_FILES = 5000
SURVEY_FILES_PER_PROCESS = 2000  # fewer than this and starting processes costs more than it saves


@dataclass(frozen=True)
class Batch:
    """What one batch task is given: its own raw files and where the shared context is, never the
    whole plan (the orchestrator walks every argument of every task it starts)."""

    number: int  # 1-based
    of: int  # batches in the run
    files: list[str]  # raw files relative to the raw root, in order
    staging: str  # the run's staging folder: CONTEXT_FILE is there, and the batch's staged rows go there
    limits: Limits = DEFAULT_LIMITS

    def context(self) -> BatchContext:
        """The pickled BatchContext every batch of the run shares (written by the plan)."""
        context = pickle.loads(Folder(self.staging).read_bytes(CONTEXT_FILE))
        assert isinstance(context, BatchContext)
        return context


@dataclass
class Plan:
    files: int
    batches: list[Batch]
    unchanged: int = 0  # pages the plan found already written (from one-page files), given to no batch
    missing_raw: list[str] = field(default_factory=list)  # selected pages whose raw file is gone
    gone: int = 0  # records (pages and rejects) whose raw file is gone: their ids are in GONE_FILE
    gone_examples: list[str] = field(default_factory=list)  # the source paths of the first of them
    staging: str = ""  # the run's staging folder, where the plan wrote CONTEXT_FILE and GONE_FILE

    def gone_records(self) -> dict[str, str]:
        """id -> source_path of every record whose raw file is gone, as the plan found them."""
        gone = pickle.loads(Folder(self.staging).read_bytes(GONE_FILE))
        assert isinstance(gone, dict)
        return gone


def records_without_raw(written: dict[str, str], corpus: list[str]) -> dict[str, str]:
    """id -> source_path of the written records whose raw file is no longer in the corpus. (A record
    of a file that still exists but holds fewer pages, such as a shortened JSONL file, is not found.)"""
    present = set(corpus)
    return {row_id: path for row_id, path in written.items() if path.split("#", 1)[0] not in present}


def plan_run(
    raw_root: Folder,
    dataset: Dataset,
    staging: Folder,
    cleaner_version: str,
    batch_size: int | None = None,
    reclean_outdated: bool = True,
    selected: dict[str, str] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    min_article_words: int = DEFAULT_MIN_ARTICLE_WORDS,
) -> Plan:
    """List the raw files into batches and snapshot what is already written.

    `reclean_outdated=False` (the scheduled incremental run) treats records of an older cleaner
    version as current: only new or changed raw bytes are cleaned. `selected` (id -> source_path, a
    re-clean) limits the run to exactly those pages; one whose raw file is gone is left as it is.
    """
    if not raw_root.is_dir():
        raise FileNotFoundError(f"raw folder {raw_root} does not exist")
    cores = os.cpu_count() or 1
    known = dataset.known()
    if not reclean_outdated:
        known = {page: (sha, cleaner_version) for page, (sha, _) in known.items()}
    corpus = discover(raw_root)
    files, only_ids, missing = corpus, None, []
    if selected is not None:
        present = set(corpus)
        wanted = {path.split("#", 1)[0] for path in selected.values()}
        files = sorted(wanted & present)
        missing = sorted(records_without_raw(selected, corpus).values())
        only_ids = frozenset(selected)
    compare = known if selected is None and known else None
    survey = survey_corpus(raw_root, corpus, compare, cleaner_version, limits, cores)
    files = [source_file for source_file in files if source_file not in survey.unchanged]
    context = BatchContext(known, survey.sites, only_ids, min_article_words)
    gone = records_without_raw(dataset.source_paths(), corpus)
    write_pickle(staging, CONTEXT_FILE, context)
    write_pickle(staging, GONE_FILE, gone)
    batch_size = batch_size or batch_size_for(len(files), cores)
    shares = [files[start : start + batch_size] for start in range(0, len(files), batch_size)]
    batches = [
        Batch(number, len(shares), share, staging.location, limits) for number, share in enumerate(shares, start=1)
    ]
    examples = sorted(gone.values())[:10]
    return Plan(len(files), batches, len(survey.unchanged), missing, len(gone), examples, staging.location)


def write_pickle(folder: Folder, name: str, value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    folder.write_file(name, lambda stream: stream.write(data))


def batch_size_for(files: int, cores: int) -> int:
    """Files per batch when the run does not say: about BATCHES_PER_CORE batches a core, so the
    last batches finish close together and no core idles at the end, but at most MAX_BATCH_FILES.
    Not more: each batch costs about 0.1 s of CPU (a child process, a task in the orchestrator),
    a sixth of what a batch of 1,000 text pages costs."""
    return max(1, min(MAX_BATCH_FILES, math.ceil(files / (cores * BATCHES_PER_CORE))))


@dataclass
class Survey:
    sites: Sites  # what each domain's text pages taught: the lines it repeats, its date order
    unchanged: set[str] = field(default_factory=set)  # one-page files already written from these bytes


@dataclass
class SurveyPart:
    """What one process found in its share of the corpus."""

    articles: list[PageDigest]  # the first copy of each article among its text pages
    one_page_shas: list[tuple[str, str | None]]  # (file, raw sha256) of its one-page files, when asked


def survey_corpus(
    raw_root: Folder, files: list[str], known: Known | None, cleaner_version: str, limits: Limits, workers: int = 1
) -> Survey:
    """One read of the corpus before any batch (every read within `limits`): learn of each domain
    (the lines it repeats, its date order) from the text pages and, given `known`, find the one-page files whose page is
    already written from the same bytes by this cleaner version, so no batch (and no process) is
    spent on them. A scheduled run with nothing new ends here.

    Contiguous shares of the files are read in `workers` processes; merged in order, they give
    what one read in order gives.
    """
    with_shas = known is not None
    processes = min(workers, len(files) // SURVEY_FILES_PER_PROCESS)
    parts = None
    if processes > 1:
        size = math.ceil(len(files) / (4 * processes))  # a few shares a process: none waits long on the last
        shares = [
            (raw_root.location, files[start : start + size], with_shas, limits) for start in range(0, len(files), size)
        ]
        try:
            parts = map_in_processes(survey_files, shares, processes)
        except ChildError as error:  # reading is all the survey does: read in this process, as one would
            _LOGGER.warning("the survey's processes failed (%s); surveying in this process", error)
    parts = parts or [survey_files(raw_root.location, files, with_shas, limits)]
    sites = sites_of(article for part in parts for article in part.articles)
    unchanged: set[str] = set()
    if known is not None:
        unchanged = {
            source_file
            for part in parts
            for source_file, sha in part.one_page_shas
            if already_written(known, source_file, sha, cleaner_version)
        }
    return Survey(sites, unchanged)


def survey_files(raw_root: str, files: list[str], with_shas: bool, limits: Limits) -> SurveyPart:
    """One process's share of the survey: digests of the text pages, and the raw sha256 of each
    one-page file when `with_shas` (HTML files are read only then: they hold no text pages)."""
    root = Folder(raw_root)
    digests, shas = [], []
    for source_file in files:
        kind = kind_of(source_file)
        if kind == "html" and not with_shas:
            continue
        for item in read_raw_file(root, source_file, limits):
            if with_shas and kind in ONE_PAGE_KINDS:
                shas.append((source_file, item.raw_sha256))
            if isinstance(item, RawPage) and item.format == "text":
                lines = page_lines(item.content)
                if digest := digest_page(domain_of(item.url or source_url_of(lines)), lines):
                    digests.append(digest)
    return SurveyPart(list(first_copies(digests)), shas)
