"""Text mode per set, dump style and half, and the pages it loses most on, with the rules that lost them.

    .venv/bin/python -m tests.bench.text_failures [--only SET[,SET]] [--worst N] [--style STYLE]

Cleans the Zyte dumps and WCXB's and trafilatura-eval's made dumps as `tests.bench.quality` does and prints, per
set and dump style, F1 on the even and odd halves and all pages; with `--worst N`, the N pages that
lose most (Zyte, WCXB: shingles of gold missed plus shingles kept that gold lacks; trafilatura-eval: `with`
snippets missed plus `without` snippets kept) and, for each, the lines behind the loss: a gold line a
rule took (with the rule's name) or a kept line gold lacks.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass

from cleaners.repeats import page_lines
from cleaners.sites import learn_sites
from cleaners.text_page import CleanedText, clean_text
from cleaners.urls import domain_of
from tests.bench import quality
from tests.bench.quality import Page, Score, as_dumps, collapse, prediction_of, shingles

SETS = {
    "zyte": (quality.zyte_pages, quality.TEXT_DUMP_KINDS, quality.zyte_dumps),
    "wcxb": (quality.wcxb_pages, quality.dumps.DUMP_STYLES, quality.made_dumps(quality.WCXB)),
    "trafilatura-eval": (
        quality.trafilatura_eval_pages,
        quality.dumps.DUMP_STYLES,
        quality.made_dumps(quality.TRAFILATURA_EVAL),
    ),
}


@dataclass
class PageLoss:
    key: str
    url: str | None
    loss: float  # what this page costs: missed plus unwanted (shingles or snippets)
    lines: list[str]  # the lines behind it, for reading


def page_loss(page: Page, cleaned: CleanedText) -> PageLoss:
    """What one cleaned dump got wrong, and the lines behind it."""
    text = collapse(cleaned.text)
    if page.body is not None:
        gold, got = shingles(page.body), shingles(cleaned.text)
        missed, extra = gold - got, got - gold
        loss = sum(missed.values()) / max(1, sum(gold.values())) + sum(extra.values()) / max(1, sum(got.values()))
        lost = [f"  - {r.rule}: {r.text[:150]}" for r in cleaned.removed if _shares(shingles(r.text), missed)]
        kept = [f"  + {p[:150]}" for p in cleaned.paragraphs if _shares(shingles(p), extra)]
        return PageLoss(page.key, page.url, loss, lost + kept)
    missing = [s for s in page.with_snippets if collapse(s) not in text]
    unwanted = [s for s in page.without_snippets if collapse(s) in text]
    lines = []
    for snippet in missing:
        rule = next((r.rule for r in cleaned.removed if collapse(snippet)[:40] in collapse(r.text)), "?")
        lines.append(f"  - {rule}: {snippet[:150]}")
    lines += [f"  + {snippet[:150]}" for snippet in unwanted]
    return PageLoss(page.key, page.url, len(missing) + len(unwanted), lines)


def _shares(grams: Counter, wanted: Counter) -> bool:
    """Whether most of a line's shingles are among `wanted`."""
    return bool(grams) and sum(1 for gram in grams if gram in wanted) >= 0.5 * len(grams)


def run(name: str, style: str, worst: int) -> None:
    load, _styles, make = SETS[name]
    pages = load(None)
    pages = as_dumps(pages, make(style, pages))
    sites = learn_sites((domain_of(page.url), page_lines(page.content)) for page in pages)  # as quality does
    both, scores = Score(), {"even": Score(), "odd": Score()}  # the halves are `--half even|odd`'s
    losses = []
    for number, page in enumerate(pages):
        cleaned = clean_text(page.content, sites, page.url)
        for score in (both, scores["odd" if number % 2 else "even"]):
            score.add(page, prediction_of(cleaned), metadata=False)
        losses.append(page_loss(page, cleaned))
    figures = "  ".join(f"{half} {s.f1:.4f} (P {s.precision:.3f} R {s.recall:.3f})" for half, s in scores.items())
    print(f"{name} {style}: all {both.f1:.4f} (P {both.precision:.3f} R {both.recall:.3f})  {figures}")
    for loss in sorted(losses, key=lambda item: -item.loss)[:worst]:
        print(f"{loss.key} {loss.loss:.2f} {loss.url}")
        print("\n".join(loss.lines[:25]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", default=",".join(SETS), metavar="SET[,SET]", help=f"of {', '.join(SETS)}")
    parser.add_argument("--style", default=None, help="one dump style only")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages that lose most")
    args = parser.parse_args()
    for name in args.only.split(","):
        for style in SETS[name][1]:
            if args.style in (None, style):
                run(name, style, args.worst)


if __name__ == "__main__":
    main()
