"""Quality benchmark: this project next to bare trafilatura on the pages in ../shared/bench.

    .venv/bin/python -m tests.bench.quality [--limit N]

The body metric is the Zyte benchmark's (see ../shared/bench/README.md): 4-token shingles of `\\w+`
tokens, precision and recall per page, averaged over pages, F1 of the averages.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura

from cleaners.bylines import split_names
from cleaners.html_page import clean_html
from cleaners.repeats import learn_repeated_lines, page_lines
from cleaners.text_page import clean_text
from cleaners.urls import domain_of

BENCH = Path(__file__).resolve().parents[2].parent / "shared" / "bench"
ZYTE = BENCH / "zyte-aeb"
WCXB = BENCH / "wcxb-dev-articles"
TEXT_DUMP_KINDS = ("html2text", "inscriptis", "html-text")
_TOKEN = re.compile(r"\w+")


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


@dataclass
class Prediction:
    text: str
    authors: str | list[str] | None = None
    date: str | None = None


@dataclass
class Score:
    precisions: list[float] = field(default_factory=list)
    recalls: list[float] = field(default_factory=list)
    dates: list[bool] = field(default_factory=list)
    authors: list[bool] = field(default_factory=list)
    seconds: float = 0.0

    def add_body(self, predicted: str, gold: str) -> None:
        p, r = precision_recall(predicted, gold)
        self.precisions.append(p)
        self.recalls.append(r)

    @property
    def precision(self) -> float:
        return sum(self.precisions) / len(self.precisions)

    @property
    def recall(self) -> float:
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


def ours(markup: str, url: str | None) -> Prediction:
    cleaned, _ = clean_html(markup, url)
    published = cleaned.published.date.isoformat() if cleaned.published else None
    return Prediction(cleaned.text, cleaned.authors, published)


def bare_trafilatura(markup: str, url: str | None) -> Prediction:
    document = trafilatura.bare_extraction(markup, url=url, with_metadata=True)
    if document is None:
        return Prediction("")
    authors = [name.strip() for name in (document.author or "").split(";") if name.strip()]
    return Prediction(document.text or "", authors, document.date)


def zyte_pages(limit: int | None) -> Iterator[tuple[str, str, str, str]]:
    """(id, html, url, gold body)."""
    gold = json.loads((ZYTE / "ground-truth.json").read_text())
    for page_id in sorted(gold)[:limit]:
        markup = gzip.decompress((ZYTE / "html" / f"{page_id}.html.gz").read_bytes()).decode("utf-8")
        yield page_id, markup, gold[page_id]["url"], gold[page_id]["articleBody"]


def wcxb_pages(limit: int | None) -> Iterator[tuple[str, str, str, dict]]:
    """(id, html, url, gold ground_truth); a page whose gold has no main_content is left out."""
    for gold_path in sorted((WCXB / "ground-truth").glob("*.json"))[:limit]:
        gold = json.loads(gold_path.read_text())
        if "main_content" not in gold["ground_truth"]:
            continue
        raw = gzip.decompress((WCXB / "html" / f"{gold_path.stem}.html.gz").read_bytes())
        yield gold_path.stem, raw.decode("utf-8", errors="replace"), gold["url"], gold["ground_truth"]


def score_zyte(extract: Callable[[str, str], Prediction], limit: int | None) -> Score:
    score = Score()
    started = time.perf_counter()
    for _, markup, url, gold in zyte_pages(limit):
        score.add_body(extract(markup, url).text, gold)
    score.seconds = time.perf_counter() - started
    return score


def score_wcxb(extract: Callable[[str, str], Prediction], limit: int | None) -> Score:
    score = Score()
    started = time.perf_counter()
    for _, markup, url, gold in wcxb_pages(limit):
        predicted = extract(markup, url)
        score.add_body(predicted.text, gold["main_content"])
        score.dates.append((predicted.date or None) == ((gold.get("publish_date") or "")[:10] or None))
        score.authors.append(author_key(predicted.authors) == author_key(gold.get("author")))
    score.seconds = time.perf_counter() - started
    return score


def text_dumps(kind: str, limit: int | None) -> Iterator[tuple[str, str, str, str]]:
    """(id, dump, url, gold body) for one dump kind."""
    gold = json.loads((ZYTE / "ground-truth.json").read_text())
    dumps = json.loads((ZYTE / "text-dumps" / f"{kind}.json").read_text())["output"]
    for page_id in sorted(gold)[:limit]:
        yield page_id, dumps[page_id]["articleBody"], gold[page_id]["url"], gold[page_id]["articleBody"]


def score_text_mode(kind: str, limit: int | None) -> tuple[Score, Score]:
    """(ours, the raw dump as it is). Each dump is a page whose URL is known, as from a sidecar; the
    lines each domain repeats are learned over the dumps first, as a run learns them over raw/."""
    cleaned, raw = Score(), Score()
    started = time.perf_counter()
    pages = list(text_dumps(kind, limit))
    repeated = learn_repeated_lines(
        (domain_of(url), page_lines(dump)) for _, dump, url, _ in pages
    )
    for _, dump, url, gold in pages:
        cleaned.add_body(clean_text(dump, repeated, url).text, gold)
        raw.add_body(dump, gold)
    cleaned.seconds = time.perf_counter() - started
    return cleaned, raw


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def run(limit: int | None) -> list[dict[str, str]]:
    rows = []
    for corpus, scorer in (("zyte html", score_zyte), ("wcxb html", score_wcxb)):
        for name, extract in (("page-cleaner", ours), ("trafilatura", bare_trafilatura)):
            s = scorer(extract, limit)
            rows.append(dict(corpus=corpus, system=name, pages=str(len(s.precisions)), F1=_fmt(s.f1),
                             P=_fmt(s.precision), R=_fmt(s.recall), date=_fmt(s.date_accuracy),
                             author=_fmt(s.author_accuracy), seconds=f"{s.seconds:.1f}"))
    for kind in TEXT_DUMP_KINDS:
        cleaned, raw = score_text_mode(kind, limit)
        for name, s in (("page-cleaner", cleaned), ("raw dump", raw)):
            rows.append(dict(corpus=f"text {kind}", system=name, pages=str(len(s.precisions)), F1=_fmt(s.f1),
                             P=_fmt(s.precision), R=_fmt(s.recall), date="-", author="-",
                             seconds=f"{s.seconds:.1f}"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="first N pages of each corpus")
    args = parser.parse_args()
    if not BENCH.is_dir():
        parser.error(f"{BENCH} not found: the benchmark pages live beside the project in ../shared/bench")
    rows = run(args.limit)
    widths = {key: max(len(key), *(len(row[key]) for row in rows)) for key in rows[0]}
    print("  ".join(key.ljust(widths[key]) for key in rows[0]))
    for row in rows:
        print("  ".join(row[key].ljust(widths[key]) for key in row))


if __name__ == "__main__":
    main()
