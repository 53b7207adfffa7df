"""Quality benchmark: this project next to bare trafilatura (and htmldate) on the pages in ../shared/bench.

    .venv/bin/python -m tests.bench.quality [--limit N] [--only SET[,SET]] [--half even|odd] [--html-only] [--failures]

One table, a row per set, mode (HTML, or text mode on a whole-page text dump) and system, then the
multilingual text corpora, the first and its hold-out (tests/bench/multilingual.py). The metrics are
../shared/bench/README.md's:

- shingle (Zyte's body metric): 4-token shingles of `\\w+` tokens, precision and recall per page,
  averaged over pages, F1 of the averages;
- snippet (trafilatura's): `with` snippets found are TP, missing FN, `without` snippets found FP,
  absent TN, whitespace collapsed; precision, recall and F1 over the totals;
- date: the calendar day; author: the set of names via `author_key`. Which pages count is the set's:
  see `SCOPE` (printed under the table).

`--half even` (or `odd`) keeps every other page of each set, for tuning on one half and confirming on
the other. Under the table, this project's dates by winning source (cleaners/published.py): how many
pages each source dated and how many of those dates were wrong; `--failures` then lists each wrong
date and author of this project's HTML rows with the gold beside it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

import trafilatura
from htmldate import find_date
from trafilatura.settings import Document

from cleaners.bylines import split_names
from cleaners.html_page import clean_html
from cleaners.repeats import page_lines
from cleaners.sites import learn_sites
from cleaners.text_page import CleanedText, clean_text
from cleaners.urls import domain_of
from tests.bench import dumps

BENCH = Path(__file__).resolve().parents[2].parent / "shared" / "bench"
ZYTE = BENCH / "zyte-aeb"
WCXB = BENCH / "wcxb-dev-articles"
TRAFILATURA_EVAL = BENCH / "trafilatura-eval"
HTMLDATE_EVAL = BENCH / "htmldate-eval"
TEXT_DUMP_KINDS = ("html2text", "inscriptis", "html-text")  # the dumps the Zyte set ships
MULTILINGUAL = "multilingual"
_TOKEN = re.compile(r"\w+")
_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def shingles(text: str) -> Counter:
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < 4:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3))


def precision_recall(predicted: str, gold: str) -> tuple[float, float]:
    pred, want = shingles(predicted), shingles(gold)
    if not pred:
        return 1.0, 0.0 if want else 1.0
    common = sum((pred & want).values())
    return common / sum(pred.values()), (common / sum(want.values()) if want else 1.0)


def author_key(raw: str | list[str] | None) -> frozenset[str]:
    """Authors as compared: NFC, case-folded, whitespace collapsed; a raw gold byline is split first."""
    names = raw if isinstance(raw, list) else split_names(raw or "")
    return frozenset(" ".join(unicodedata.normalize("NFC", name).casefold().split()) for name in names)


def title_key(title: str) -> str:
    """A title as compared: NFC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", title).casefold().split())


def calendar_day(value: object) -> str | None:
    """A date as the day compared: '2022-11-1' and '2022-11-01T10:00' are '2022-11-01'; no date (None,
    '', the NaN a JSON gold may hold) is None; anything else (a gold typo such as '2022-25-10') stays
    as written, so it matches nothing."""
    if not isinstance(value, str) or not value.strip():
        return None
    match = _DAY.match(value.strip())
    try:
        return dt.date(*map(int, match.groups())).isoformat() if match else value
    except ValueError:
        return value


def collapse(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Prediction:
    text: str | None  # None: a system that gives only a date (htmldate)
    authors: str | list[str] | None = None
    date: str | None = None
    date_source: str | None = None  # which candidate won (this project's HTML pages only)
    title: str | None = None  # this project's text mode only (scored where the gold has one)


@dataclass(frozen=True)
class Page:
    """A benchmark page and its gold; a measure is scored on a page only where its gold allows it."""

    key: str
    content: str  # the HTML, or a whole-page text dump of it
    url: str | None
    body: str | None = None  # the article body, for the shingle metric
    with_snippets: tuple[str, ...] = ()  # the snippet metric
    without_snippets: tuple[str, ...] = ()
    authors: str | list[str] | None = None
    date: str | None = None
    title: str | None = None  # scored in text mode only: HTML reads it from the markup
    scores_authors: bool = False
    scores_date: bool = False


@dataclass
class Score:
    """One system on one set. The body is scored with the shingle metric (`add_body`) or the snippet
    metric (`add_snippets`), never both; `metric` says which."""

    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    snippets: Counter[str] = field(default_factory=Counter)  # "tp", "fn", "fp", "tn"
    dates: list[bool] = field(default_factory=list)
    authors: list[bool] = field(default_factory=list)
    titles: list[bool] = field(default_factory=list)
    undated: int = 0  # pages scored on dates whose gold has no date
    false_dates: int = 0  # of those, the ones that got a date
    date_sources: Counter[str] = field(default_factory=Counter)  # winning source -> pages it dated
    date_source_errors: Counter[str] = field(default_factory=Counter)  # winning source -> wrong dates
    failures: list[str] = field(default_factory=list)  # a line per wrong date or author, for --failures
    pages: int = 0
    seconds: float = 0.0

    def add_body(self, predicted: str, gold: str) -> None:
        p, r = precision_recall(predicted, gold)
        self.precisions.append(p)
        self.recalls.append(r)

    def add_snippets(self, predicted: str, wanted: Iterable[str], unwanted: Iterable[str]) -> None:
        text = collapse(predicted)
        for snippet in wanted:
            self.snippets["tp" if collapse(snippet) in text else "fn"] += 1
        for snippet in unwanted:
            self.snippets["fp" if collapse(snippet) in text else "tn"] += 1

    def add(self, page: Page, predicted: Prediction, metadata: bool = True) -> None:
        """Score one page on every measure its gold has (the body only, without `metadata`; the date
        only for a system that gives nothing else)."""
        self.pages += 1
        if predicted.text is not None:
            self._add_text(page, predicted.text)
        if not metadata:
            return
        if page.scores_authors and predicted.text is not None:
            got_names, want_names = author_key(predicted.authors), author_key(page.authors)
            self.authors.append(got_names == want_names)
            if got_names != want_names:
                self.failures.append(f"{page.key}  author  want {sorted(want_names)}  got {sorted(got_names)}")
        if page.title and predicted.title is not None:
            self.titles.append(title_key(predicted.title) == title_key(page.title))
        if page.scores_date:
            got, want = calendar_day(predicted.date), calendar_day(page.date)
            self.dates.append(got == want)
            source = predicted.date_source or ("none" if got is None else "other")
            if got != want:
                self.failures.append(f"{page.key}  date    want {want}  got {got} ({source})  {page.url}")
            self.date_sources[source] += 1
            self.date_source_errors[source] += got != want
            self.undated += want is None
            self.false_dates += want is None and got is not None

    def _add_text(self, page: Page, text: str) -> None:
        if page.body is not None:
            self.add_body(text, page.body)
        if page.with_snippets or page.without_snippets:
            self.add_snippets(text, page.with_snippets, page.without_snippets)

    @property
    def metric(self) -> str | None:
        return "snippet" if self.snippets else "shingle" if self.precisions else None

    @property
    def precision(self) -> float:
        if self.metric == "snippet":
            found = self.snippets["tp"] + self.snippets["fp"]
            return self.snippets["tp"] / found if found else 1.0
        return sum(self.precisions) / len(self.precisions)

    @property
    def recall(self) -> float:
        if self.metric == "snippet":
            wanted = self.snippets["tp"] + self.snippets["fn"]
            return self.snippets["tp"] / wanted if wanted else 1.0
        return sum(self.recalls) / len(self.recalls)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self) -> float | None:
        return sum(self.dates) / len(self.dates) if self.dates else None

    @property
    def author_accuracy(self) -> float | None:
        return sum(self.authors) / len(self.authors) if self.authors else None

    @property
    def title_accuracy(self) -> float | None:
        return sum(self.titles) / len(self.titles) if self.titles else None


Extract = Callable[[str, str | None], Prediction]


def prediction_of(cleaned: CleanedText) -> Prediction:
    published = cleaned.published
    if published is None:
        return Prediction(cleaned.text, cleaned.authors)
    return Prediction(cleaned.text, cleaned.authors, published.date.isoformat(), published.source)


def text_prediction_of(cleaned: CleanedText) -> Prediction:
    """A text-mode prediction, with its title (none read: "", which matches no gold title)."""
    return replace(prediction_of(cleaned), title=cleaned.title or "")


def ours(markup: str, url: str | None) -> Prediction:
    return prediction_of(clean_html(markup, url)[0])


def bare_trafilatura(markup: str, url: str | None) -> Prediction:
    document = trafilatura.bare_extraction(markup, url=url, with_metadata=True)
    if not isinstance(document, Document):  # None: nothing extracted
        return Prediction("")
    authors = [name.strip() for name in (document.author or "").split(";") if name.strip()]
    return Prediction(document.text or "", authors, document.date)


def htmldate_day(markup: str, url: str | None, extensive: bool) -> Prediction:
    """htmldate as its evaluation runs it: the original (not updated) date, fast or extensive search."""
    return Prediction(None, date=find_date(markup, url=url, original_date=True, extensive_search=extensive))


def raw_dump(dump: str, url: str | None) -> Prediction:
    """The baseline of text mode: the dump as the scraper handed it over, nothing removed."""
    return Prediction(dump)


def text_cleaner(pages: list[Page]) -> Extract:
    """`clean_text` given each dump's URL (as from a sidecar), with the lines each domain repeats
    learned over the dumps first, as a run learns them over raw/."""
    sites = learn_sites((domain_of(page.url), page_lines(page.content)) for page in pages)
    return lambda dump, url: text_prediction_of(clean_text(dump, sites, url))


def _html(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode("utf-8")


def zyte_pages(limit: int | None) -> list[Page]:
    """Zyte's pages (UTF-8) with their gold body."""
    gold = json.loads((ZYTE / "ground-truth.json").read_text())
    return [
        Page(key, _html(ZYTE / "html" / f"{key}.html.gz"), gold[key]["url"], body=gold[key]["articleBody"])
        for key in sorted(gold)[:limit]
    ]


def wcxb_pages(limit: int | None) -> list[Page]:
    """WCXB's pages with body, author and date gold (no date in gold: none wanted); a page whose gold
    has no main_content is left out (after `limit`, which counts gold files)."""
    pages = []
    for gold_path in sorted((WCXB / "ground-truth").glob("*.json"))[:limit]:
        gold = json.loads(gold_path.read_text())
        truth = gold["ground_truth"]
        if "main_content" not in truth:
            continue
        raw = gzip.decompress((WCXB / "html" / f"{gold_path.stem}.html.gz").read_bytes())
        pages.append(
            Page(
                gold_path.stem,
                raw.decode("utf-8", errors="replace"),
                gold["url"],
                body=truth["main_content"],
                authors=truth.get("author"),
                date=truth.get("publish_date") or None,
                title=truth.get("title") or None,
                scores_authors=True,
                scores_date=True,
            )
        )
    return pages


def trafilatura_eval_pages(limit: int | None) -> list[Page]:
    """trafilatura's evaluation pages with snippet gold; authors scored where the gold names one and dates
    where it has one (its empty fields mean not annotated: bare trafilatura dates 172 of those 174)."""
    gold = json.loads((TRAFILATURA_EVAL / "gold.json").read_text())
    pages = []
    for key in sorted(gold)[:limit]:
        entry = gold[key]
        pages.append(
            Page(
                key,
                dumps.read_page(TRAFILATURA_EVAL, key),
                entry["url"].strip(),  # some gold URLs end in a space
                with_snippets=tuple(entry["with"]),
                without_snippets=tuple(entry["without"]),
                authors=entry["author"],
                date=entry["date"] or None,
                scores_authors=bool(entry["author"]),
                scores_date=bool(entry["date"]),
            )
        )
    return pages


def htmldate_eval_pages(limit: int | None) -> list[Page]:
    """htmldate's evaluation pages, dates only; every page counts (no date in gold: none wanted)."""
    gold = json.loads((HTMLDATE_EVAL / "gold.json").read_text())
    return [
        Page(
            key,
            dumps.read_page(HTMLDATE_EVAL, key),
            gold[key]["url"],
            date=calendar_day(gold[key]["date"]),
            scores_date=True,
        )
        for key in sorted(gold)[:limit]
    ]


def zyte_dumps(style: str, pages: list[Page]) -> dict[str, str]:
    """The text dumps the Zyte set ships, by page key."""
    shipped = json.loads((ZYTE / "text-dumps" / f"{style}.json").read_text())["output"]
    return {page.key: shipped[page.key]["articleBody"] for page in pages}


def made_dumps(set_dir: Path) -> Callable[[str, list[Page]], dict[str, str]]:
    """Dumps made from a set's HTML (tests/bench/dumps.py, cached under build/bench-dumps)."""
    return lambda style, pages: dumps.cached_dumps(set_dir, style, [page.key for page in pages])


def score_pages(pages: Iterable[Page], extract: Extract, metadata: bool = True) -> Score:
    """Run `extract` on every page and score it; seconds are the extraction's and scoring's."""
    score = Score()
    started = time.perf_counter()
    for page in pages:
        score.add(page, extract(page.content, page.url), metadata)
    score.seconds = time.perf_counter() - started
    return score


def score_dumps(pages: list[Page]) -> tuple[Score, Score]:
    """Text mode on pages whose content is a dump: (this project, the raw dump as it is)."""
    started = time.perf_counter()
    cleaner = text_cleaner(pages)
    learning = time.perf_counter() - started
    cleaned = score_pages(pages, cleaner)
    cleaned.seconds += learning
    return cleaned, score_pages(pages, raw_dump, metadata=False)


def as_dumps(pages: list[Page], by_key: dict[str, str]) -> list[Page]:
    return [replace(page, content=by_key[page.key]) for page in pages]


# What tests/test_quality_gate.py runs: the Zyte and WCXB rows on their first pages.
def score_zyte(extract: Extract, limit: int | None) -> Score:
    return score_pages(zyte_pages(limit), extract)


def score_wcxb(extract: Extract, limit: int | None) -> Score:
    return score_pages(wcxb_pages(limit), extract)


def score_text_mode(kind: str, limit: int | None) -> tuple[Score, Score]:
    pages = zyte_pages(limit)
    return score_dumps(as_dumps(pages, zyte_dumps(kind, pages)))


@dataclass(frozen=True)
class BenchSet:
    """A folder of ../shared/bench: how its pages load, who runs on its HTML, which text dumps it has."""

    name: str  # the folder, as --only takes it
    label: str  # as the table shows it
    load: Callable[[int | None], list[Page]]
    systems: tuple[tuple[str, Extract], ...]
    scope: str  # which measures it has and on which pages, for the footnote
    dump_styles: tuple[str, ...] = ()
    dumps: Callable[[str, list[Page]], dict[str, str]] | None = None


HTMLDATE_SYSTEMS: tuple[tuple[str, Extract], ...] = (
    ("htmldate fast", partial(htmldate_day, extensive=False)),
    ("htmldate extensive", partial(htmldate_day, extensive=True)),
)
HTML_SYSTEMS: tuple[tuple[str, Extract], ...] = (("page-cleaner", ours), ("trafilatura", bare_trafilatura))
DATED_HTML_SYSTEMS = HTML_SYSTEMS + HTMLDATE_SYSTEMS  # where the gold has dates, htmldate beside
SETS = (
    BenchSet("zyte-aeb", "zyte", zyte_pages, HTML_SYSTEMS, "body: shingle", TEXT_DUMP_KINDS, zyte_dumps),
    BenchSet(
        "wcxb-dev-articles",
        "wcxb",
        wcxb_pages,
        DATED_HTML_SYSTEMS,
        "body: shingle; author, date: every page (no gold date: none wanted)",
        dumps.DUMP_STYLES,
        made_dumps(WCXB),
    ),
    BenchSet(
        "trafilatura-eval",
        "trafilatura-eval",
        trafilatura_eval_pages,
        DATED_HTML_SYSTEMS,
        "body: snippet; author: pages whose gold names one; date: pages with a gold date",
        dumps.DUMP_STYLES,
        made_dumps(TRAFILATURA_EVAL),
    ),
    BenchSet(
        "htmldate-eval",
        "htmldate-eval",
        htmldate_eval_pages,
        (("page-cleaner", ours), *HTMLDATE_SYSTEMS),
        "date: every page (no gold date: none wanted)",
        dumps.DUMP_STYLES,
        made_dumps(HTMLDATE_EVAL),
    ),
)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def row(corpus: str, system: str, score: Score) -> dict[str, str]:
    body = score.metric is not None
    return {
        "corpus": corpus,
        "system": system,
        "pages": str(score.pages),
        "metric": score.metric or "-",
        "F1": _fmt(score.f1 if body else None),
        "P": _fmt(score.precision if body else None),
        "R": _fmt(score.recall if body else None),
        "date": _fmt(score.date_accuracy),
        "author": _fmt(score.author_accuracy),
        "title": _fmt(score.title_accuracy),
        "false dates": f"{score.false_dates}/{score.undated}" if score.undated else "-",
        "seconds": f"{score.seconds:.1f}",
    }


def source_rows(corpus: str, score: Score) -> list[dict[str, str]]:
    """This project's dates on a set by winning source: pages dated, wrong, accuracy; most used first."""
    return [
        {
            "corpus": corpus,
            "winning source": source,
            "pages": str(pages),
            "wrong": str(score.date_source_errors[source]),
            "accuracy": _fmt(1 - score.date_source_errors[source] / pages),
        }
        for source, pages in score.date_sources.most_common()
    ]


HALVES = {"even": 0, "odd": 1}


@dataclass
class SetResult:
    rows: list[dict[str, str]]
    notes: list[str]
    sources: list[dict[str, str]]
    failures: list[str] = field(default_factory=list)  # this project's wrong HTML dates and authors


def run_set(bench_set: BenchSet, limit: int | None, half: str | None = None, html_only: bool = False) -> SetResult:
    """The set's rows (HTML, then text mode per dump style), notes on its dumps, and this project's
    HTML dates by winning source; `half` keeps every other page."""
    pages = bench_set.load(limit)
    if half is not None:
        pages = pages[HALVES[half] :: 2]
    label = bench_set.label
    scores = [(system, score_pages(pages, extract)) for system, extract in bench_set.systems]
    rows = [row(f"{label} html", system, score) for system, score in scores]
    ours = scores[0][1]
    result = SetResult(
        rows, [], source_rows(label, ours) if ours.dates else [], [f"{label}  {f}" for f in ours.failures]
    )
    if bench_set.dumps is None or html_only:
        return result
    for style in bench_set.dump_styles:
        by_key = bench_set.dumps(style, pages)
        cleaned, raw = score_dumps(as_dumps(pages, by_key))
        rows += [row(f"{label} text {style}", "page-cleaner", cleaned), row(f"{label} text {style}", "raw dump", raw)]
        result.notes.append(f"{label} {style}: {dumps.empty_dumps(by_key)} of {len(by_key)} dumps empty")
    return result


def format_table(rows: list[dict[str, str]]) -> str:
    widths = {key: max(len(key), *(len(r[key]) for r in rows)) for key in rows[0]}
    lines = ["  ".join(key.ljust(widths[key]) for key in rows[0])]
    lines += ["  ".join(r[key].ljust(widths[key]) for key in r).rstrip() for r in rows]
    return "\n".join(lines)


def selected_sets(only: str | None) -> list[str]:
    """The names --only asks for (folder or table label), in table order; every set without it."""
    names = [*(s.name for s in SETS), MULTILINGUAL]
    if not only:
        return names
    aliases = {s.label: s.name for s in SETS}
    wanted = {aliases.get(name.strip(), name.strip()) for name in only.split(",") if name.strip()}
    if unknown := wanted - set(names):
        raise ValueError(f"unknown set(s) {', '.join(sorted(unknown))}; known: {', '.join(names)}")
    return [name for name in names if name in wanted]


def main() -> None:
    from tests.bench import multilingual  # it imports author_key from here

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each set (not of the multilingual)")
    known = ", ".join([*(s.name for s in SETS), MULTILINGUAL])
    parser.add_argument("--only", default=None, metavar="SET[,SET]", help=f"run only these sets: {known}")
    parser.add_argument("--half", choices=sorted(HALVES), default=None, help="every other page of each set")
    parser.add_argument("--html-only", action="store_true", help="skip the text-dump modes of the HTML sets")
    parser.add_argument("--failures", action="store_true", help="list this project's wrong HTML dates and authors")
    args = parser.parse_args()
    try:
        names = selected_sets(args.only)
    except ValueError as error:
        parser.error(str(error))
    if not BENCH.is_dir() and names != [MULTILINGUAL]:
        parser.error(f"{BENCH} not found: the benchmark pages live beside the project in ../shared/bench")
    rows: list[dict[str, str]] = []
    notes: list[str] = []
    sources: list[dict[str, str]] = []
    failures: list[str] = []
    chosen = [s for s in SETS if s.name in names]
    for bench_set in chosen:
        result = run_set(bench_set, args.limit, args.half, args.html_only)
        rows += result.rows
        notes += result.notes
        sources += result.sources
        failures += result.failures
    if rows:
        print(format_table(rows))
        print("\nF1/P/R use the row's metric: shingle = Zyte's body metric (per-page averages),")
        print("snippet = trafilatura's with/without snippets (totals); date = calendar day, author = set of names,")
        print("title (text mode, WCXB) = the title read, case and whitespace aside.")
        print("false dates N/M: of the M pages scored whose gold has no date, N got one.")
        print("\n".join(f"  {s.label}: {s.scope}" for s in chosen))
        if notes:
            print("empty text dumps (a converter that failed or gave no text): " + "; ".join(notes))
    if sources:
        print("\npage-cleaner's HTML dates by winning source (none: no date given):")
        print(format_table(sources))
    if args.failures and failures:
        print("\npage-cleaner's wrong HTML dates and authors (set, page, measure, gold, ours):")
        print("\n".join(failures))
    if MULTILINGUAL in names:
        reports = [multilingual.report(folder=folder) for folder in multilingual.CORPORA]
        print(("\n" if rows else "") + "\n\n".join(reports))


if __name__ == "__main__":
    main()
