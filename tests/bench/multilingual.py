"""Text-mode cleaning on the multilingual corpus (tests/corpus/multilingual), per language and overall.

    .venv/bin/python -m tests.bench.multilingual [--corpus FOLDER] [--failures]

The corpus is ten languages of whole-page dumps with hand-written gold (see its README.md), so it shows
where the rules, written mostly on English pages, fall short in other languages. Pages are cleaned as
a run cleans a raw folder: the lines each domain repeats are learned over the corpus first, and no URL
is given (a page's URL has to be found in the dump). Measures, pooled over a language's pages:

- body recall: share of gold paragraphs equal (whitespace collapsed) to a cleaned paragraph;
- cruft leak: share of `must_remove` snippets found in the cleaned text (as written, or with markdown
  syntax removed, since cleaned text is plain), in its paragraphs other than the gold body's;
- trap kept: share of trap paragraphs (article text that looks like cruft) kept, as body recall counts;
- title, authors, date, URL: share of pages right (title exact after whitespace collapse; authors as a
  set via `author_key`; date the calendar day, no date where gold has none; URL exact, None == None).

`--failures` prints what each page got wrong, to work on the rules from. `--corpus` names another folder of
the same format: tests/corpus/multilingual-2 (`HOLD_OUT`), tests/corpus/multilingual-3 (`SECOND_HOLD_OUT`)
tests/corpus/multilingual-4 (`THIRD_HOLD_OUT`), tests/corpus/multilingual-5 (`FOURTH_HOLD_OUT`),
tests/corpus/multilingual-6 (`FIFTH_HOLD_OUT`), tests/corpus/multilingual-7 (`SIXTH_HOLD_OUT`),
tests/corpus/multilingual-8 (`SEVENTH_HOLD_OUT`), tests/corpus/multilingual-9 (`EIGHTH_HOLD_OUT`),
tests/corpus/multilingual-10 (`NINTH_HOLD_OUT`), tests/corpus/multilingual-11 (`TENTH_HOLD_OUT`),
tests/corpus/multilingual-12 (`ELEVENTH_HOLD_OUT`), tests/corpus/multilingual-13 (`TWELFTH_HOLD_OUT`),
tests/corpus/multilingual-14 (`THIRTEENTH_HOLD_OUT`), tests/corpus/multilingual-15 (`FOURTEENTH_HOLD_OUT`),
tests/corpus/multilingual-16 (`FIFTEENTH_HOLD_OUT`), tests/corpus/multilingual-17 (`SIXTEENTH_HOLD_OUT`),
tests/corpus/multilingual-18 (`SEVENTEENTH_HOLD_OUT`), tests/corpus/multilingual-19 (`EIGHTEENTH_HOLD_OUT`),
tests/corpus/multilingual-20 (`NINETEENTH_HOLD_OUT`), tests/corpus/multilingual-21 (`TWENTIETH_HOLD_OUT`) and
tests/corpus/multilingual-22 (`TWENTY_FIRST_HOLD_OUT`) were written after the rules, as hold-outs.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cleaners.markdown import to_plain
from cleaners.repeats import page_lines
from cleaners.sites import learn_sites
from cleaners.text_page import CleanedText, clean_text, source_url_of
from cleaners.urls import domain_of
from tests.bench.quality import author_key

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "multilingual"
HOLD_OUT = CORPUS.with_name("multilingual-2")  # written after the rules, to measure them on pages they never saw
SECOND_HOLD_OUT = CORPUS.with_name("multilingual-3")  # written after the first hold-out's fixes, likewise unseen
THIRD_HOLD_OUT = CORPUS.with_name("multilingual-4")  # written after the second hold-out's fixes, likewise unseen
FOURTH_HOLD_OUT = CORPUS.with_name("multilingual-5")  # written after the third hold-out's fixes, likewise unseen
FIFTH_HOLD_OUT = CORPUS.with_name("multilingual-6")  # written after the fourth hold-out's fixes, likewise unseen
SIXTH_HOLD_OUT = CORPUS.with_name("multilingual-7")  # written after the fifth hold-out's fixes, likewise unseen
SEVENTH_HOLD_OUT = CORPUS.with_name("multilingual-8")  # written after the sixth hold-out's fixes, likewise unseen
EIGHTH_HOLD_OUT = CORPUS.with_name("multilingual-9")  # written after the seventh hold-out's fixes, likewise unseen
NINTH_HOLD_OUT = CORPUS.with_name("multilingual-10")  # written after the eighth hold-out's fixes, likewise unseen
TENTH_HOLD_OUT = CORPUS.with_name("multilingual-11")  # written after the ninth hold-out's fixes, likewise unseen
ELEVENTH_HOLD_OUT = CORPUS.with_name("multilingual-12")  # written after the tenth hold-out's fixes, likewise unseen
TWELFTH_HOLD_OUT = CORPUS.with_name("multilingual-13")  # written after the eleventh hold-out's fixes, likewise unseen
THIRTEENTH_HOLD_OUT = CORPUS.with_name("multilingual-14")  # written after the twelfth hold-out's fixes, likewise unseen
FOURTEENTH_HOLD_OUT = CORPUS.with_name("multilingual-15")  # after the thirteenth hold-out's fixes, likewise unseen
FIFTEENTH_HOLD_OUT = CORPUS.with_name("multilingual-16")  # after the fourteenth hold-out's fixes, likewise unseen
SIXTEENTH_HOLD_OUT = CORPUS.with_name("multilingual-17")  # after the fifteenth hold-out's fixes, likewise unseen
SEVENTEENTH_HOLD_OUT = CORPUS.with_name("multilingual-18")  # after the sixteenth hold-out's fixes, likewise unseen
EIGHTEENTH_HOLD_OUT = CORPUS.with_name("multilingual-19")  # after the seventeenth hold-out's fixes, likewise unseen
NINETEENTH_HOLD_OUT = CORPUS.with_name("multilingual-20")  # after the eighteenth hold-out's fixes, likewise unseen
TWENTIETH_HOLD_OUT = CORPUS.with_name("multilingual-21")  # after the nineteenth hold-out's fixes, likewise unseen
TWENTY_FIRST_HOLD_OUT = CORPUS.with_name("multilingual-22")  # after the twentieth hold-out's fixes, likewise unseen
CORPORA = (
    CORPUS,
    HOLD_OUT,
    SECOND_HOLD_OUT,
    THIRD_HOLD_OUT,
    FOURTH_HOLD_OUT,
    FIFTH_HOLD_OUT,
    SIXTH_HOLD_OUT,
    SEVENTH_HOLD_OUT,
    EIGHTH_HOLD_OUT,
    NINTH_HOLD_OUT,
    TENTH_HOLD_OUT,
    ELEVENTH_HOLD_OUT,
    TWELFTH_HOLD_OUT,
    THIRTEENTH_HOLD_OUT,
    FOURTEENTH_HOLD_OUT,
    FIFTEENTH_HOLD_OUT,
    SIXTEENTH_HOLD_OUT,
    SEVENTEENTH_HOLD_OUT,
    EIGHTEENTH_HOLD_OUT,
    NINETEENTH_HOLD_OUT,
    TWENTIETH_HOLD_OUT,
    TWENTY_FIRST_HOLD_OUT,
)
MEASURES = ("body_recall", "cruft_leak", "trap_kept", "title", "authors", "date", "url")
ALL = "all"
_LINK_LEFTOVER = re.compile(r"!?\[|\]\([^)]*\)?|\]")  # a snippet cut inside a markdown link: "Lees ook: [Parkeer"


def collapse(text: str | None) -> str:
    return " ".join((text or "").split())


@dataclass(frozen=True)
class CorpusPage:
    stem: str
    raw: str
    gold: dict


def load_corpus(folder: Path = CORPUS) -> list[CorpusPage]:
    """Every gold file with its raw dump, in file-name order (language first)."""
    pages = []
    for gold_path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = (folder / "raw" / gold["source_file"]).read_text(encoding="utf-8")
        pages.append(CorpusPage(gold_path.stem, raw, gold))
    return pages


def clean_corpus(pages: list[CorpusPage]) -> list[CleanedText]:
    """Each page cleaned as `make run` would: what each domain's pages teach learned (from the dump's own
    source line, there being no sidecar), then `clean_text` without a URL."""
    lines = [page_lines(page.raw) for page in pages]
    sites = learn_sites((domain_of(source_url_of(page)), page) for page in lines)
    return [clean_text(page.raw, sites) for page in pages]


def snippet_forms(snippet: str) -> set[str]:
    """The ways a cruft snippet can stand in cleaned text: as written, as plain text, and with the
    pieces of a markdown link it was cut from removed."""
    plain = to_plain(snippet)
    return {collapse(snippet), collapse(plain), collapse(_LINK_LEFTOVER.sub("", plain))} - {""}


def is_leaked(snippet: str, paragraphs: Iterable[str]) -> bool:
    """Whether a cruft snippet stands in one of these (collapsed) paragraphs. A plain form of one word
    (the menu link "* [Berlin](…)" is "Berlin") counts only as a paragraph of its own."""
    written, forms = collapse(snippet), snippet_forms(snippet)
    return any(
        form == paragraph or (form in paragraph and (form == written or " " in form))
        for paragraph in paragraphs
        for form in forms
    )


@dataclass
class PageResult:
    """One page's outcome: what was missed, leaked and got wrong (all empty: the page is right)."""

    stem: str
    language: str
    paragraphs: int
    missing: list[str]
    must_remove: int
    leaked: list[str]
    traps: int
    traps_lost: list[str]
    wrong: dict[str, tuple[object, object]] = field(default_factory=dict)  # measure -> (got, want)


def judge(page: CorpusPage, cleaned: CleanedText) -> PageResult:
    """Compare one cleaned page with its gold."""
    gold = page.gold
    kept = {collapse(paragraph) for paragraph in cleaned.paragraphs}
    body = {collapse(paragraph) for paragraph in gold["paragraphs"] + gold["optional"]}
    # Cruft is looked for outside the gold body only: a one-word menu link ("Berlin") is in the article too.
    extra = [paragraph for paragraph in kept if paragraph not in body]
    day = cleaned.published.date.isoformat() if cleaned.published else None
    checks: dict[str, tuple[bool, object, object]] = {
        "title": (collapse(cleaned.title) == collapse(gold["title"]), cleaned.title, gold["title"]),
        "authors": (author_key(cleaned.authors) == author_key(gold["authors"]), cleaned.authors, gold["authors"]),
        "date": (day == gold["published"], day, gold["published"]),
        "url": (cleaned.url == gold["url"], cleaned.url, gold["url"]),
    }
    return PageResult(
        stem=page.stem,
        language=gold["language"],
        paragraphs=len(gold["paragraphs"]),
        missing=[p for p in gold["paragraphs"] if collapse(p) not in kept],
        must_remove=len(gold["must_remove"]),
        leaked=[snippet for snippet in gold["must_remove"] if is_leaked(snippet, extra)],
        traps=len(gold["traps"]),
        traps_lost=[p for p in gold["traps"] if collapse(p) not in kept],
        wrong={name: (got, want) for name, (right, got, want) in checks.items() if not right},
    )


def judge_corpus(pages: list[CorpusPage] | None = None, folder: Path = CORPUS) -> list[PageResult]:
    pages = load_corpus(folder) if pages is None else pages
    return [judge(page, cleaned) for page, cleaned in zip(pages, clean_corpus(pages), strict=True)]


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def measures(results: Iterable[PageResult]) -> dict[str, float | None]:
    """The seven measures over some pages (pooled shares; None where there is nothing to count)."""
    results = list(results)
    scores: dict[str, float | None] = {
        "pages": len(results),
        "body_recall": _share(sum(r.paragraphs - len(r.missing) for r in results), sum(r.paragraphs for r in results)),
        "cruft_leak": _share(sum(len(r.leaked) for r in results), sum(r.must_remove for r in results)),
        "trap_kept": _share(sum(r.traps - len(r.traps_lost) for r in results), sum(r.traps for r in results)),
    }
    for name in ("title", "authors", "date", "url"):
        scores[name] = _share(sum(name not in r.wrong for r in results), len(results))
    return scores


def by_language(results: list[PageResult]) -> dict[str, dict[str, float | None]]:
    """Measures per language (alphabetical), then over all pages under `ALL`."""
    table = {lang: measures(r for r in results if r.language == lang) for lang in sorted({r.language for r in results})}
    table[ALL] = measures(results)
    return table


def format_table(table: dict[str, dict[str, float | None]]) -> str:
    header = ["language", "pages", *MEASURES]
    lines = [header]
    for language, scores in table.items():
        cells = [language, str(scores["pages"])]
        cells += ["-" if scores[name] is None else f"{scores[name]:.3f}" for name in MEASURES]
        lines.append(cells)
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in lines
    )


def format_failures(results: list[PageResult]) -> str:
    """Per page, everything it got wrong, so a rule change can be aimed at it."""
    out = []
    for r in results:
        if not (r.missing or r.leaked or r.traps_lost or r.wrong):
            continue
        out.append(f"== {r.stem}")
        out += [f"  {name}: got {got!r}, want {want!r}" for name, (got, want) in r.wrong.items()]
        out += [f"  missing paragraph{' (trap)' if p in r.traps_lost else ''}: {p[:160]!r}" for p in r.missing]
        out += [f"  leaked: {snippet!r}" for snippet in r.leaked]
    return "\n".join(out) if out else "no failures"


def report(failures: bool = False, folder: Path = CORPUS) -> str:
    """The table (and with `failures`, the per-page failures before it), as `make bench-quality` prints it."""
    results = judge_corpus(folder=folder)
    table = format_table(by_language(results))
    project = CORPUS.parents[2]
    where = folder.relative_to(project) if folder.is_relative_to(project) else folder  # a corpus from elsewhere
    title = f"multilingual text corpus ({where}): pooled shares; cruft_leak, lower is better"
    return "\n\n".join([*([format_failures(results)] if failures else []), title, table])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--failures", action="store_true", help="print what each page got wrong")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"corpus folder (default {CORPUS.name})")
    args = parser.parse_args()
    print(report(args.failures, args.corpus.resolve()))


if __name__ == "__main__":
    main()
