"""Quality gate on the multilingual text corpora (tests/corpus/multilingual and its hold-outs
multilingual-2 to multilingual-22), a few seconds.

Text-mode cleaning in ten languages must not slip below what it does today, and each corpus's gold must
stay well-formed: a gold file with a typo in a snippet or a trap missing from its paragraphs would make
the gate measure something else without anyone noticing. `python -m tests.bench.multilingual [--corpus
FOLDER]` prints the full table; `--failures` shows what each page gets wrong.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from cleaners.dumps import unwrapped
from cleaners.markdown import to_plain
from cleaners.text_page import CleanedText
from tests.bench import multilingual
from tests.bench.multilingual import (
    ALL,
    CORPORA,
    CORPUS,
    EIGHTEENTH_HOLD_OUT,
    EIGHTH_HOLD_OUT,
    ELEVENTH_HOLD_OUT,
    FIFTEENTH_HOLD_OUT,
    FIFTH_HOLD_OUT,
    FOURTEENTH_HOLD_OUT,
    FOURTH_HOLD_OUT,
    HOLD_OUT,
    NINETEENTH_HOLD_OUT,
    NINTH_HOLD_OUT,
    SECOND_HOLD_OUT,
    SEVENTEENTH_HOLD_OUT,
    SEVENTH_HOLD_OUT,
    SIXTEENTH_HOLD_OUT,
    SIXTH_HOLD_OUT,
    TENTH_HOLD_OUT,
    THIRD_HOLD_OUT,
    THIRTEENTH_HOLD_OUT,
    TWELFTH_HOLD_OUT,
    TWENTIETH_HOLD_OUT,
    TWENTY_FIRST_HOLD_OUT,
    collapse,
)

LANGUAGES = {"de", "en", "es", "fr", "it", "nl", "pl", "pt", "ru", "uk"}
GOLD_KEYS = {
    "source_file", "language", "url", "title", "authors", "published", "published_alternatives",
    "paragraphs", "optional", "must_remove", "traps",
}  # fmt: skip


@dataclass(frozen=True)
class Gate:
    """One corpus's floors. Floors only ever go up (ceilings only down): raise them when a change improves
    a figure, never lower them to let a change through."""

    folder: Path
    min_pages_per_language: int
    min_pages: int
    floors: dict[str, float]  # overall measures, higher is better
    leak_ceiling: float  # overall cruft leak
    body_recall_floors: dict[str, float]  # per language
    leak_ceilings: dict[str, float]  # per language


# a hold-out's page measures once its fixes got every page right: a floor of 0.99 each
NEAR_PERFECT_FLOORS = dict.fromkeys(("body_recall", "trap_kept", "title", "authors", "date", "url"), 0.99)


def hold_out_gate(
    folder: Path, floors: dict[str, float], leak_ceiling: float, recall: dict[str, float], leaks: dict[str, float]
) -> Gate:
    """A hold-out corpus's gate: 3 pages a language, 30 in all."""
    return Gate(folder, 3, 30, floors, leak_ceiling, recall, leaks)


FIRST_RECALL_FLOORS = {
    "de": 1.00, "en": 1.00, "es": 1.00, "fr": 1.00, "it": 1.00,
    "nl": 1.00, "pl": 1.00, "pt": 1.00, "ru": 0.99, "uk": 1.00,
}  # fmt: skip
HOLD_OUT_RECALL_FLOORS = {
    "de": 0.99, "en": 0.99, "es": 0.99, "fr": 0.99, "it": 0.99,
    "nl": 0.99, "pl": 0.99, "pt": 0.99, "ru": 0.99, "uk": 0.99,
}  # fmt: skip
# es 0.91 until a live blog's entry stamps were read as neutral (`leftovers-32`)
SECOND_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
SECOND_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01)
THIRD_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
# de 0.06 until a report-an-error prompt was taken (`leak14-28`)
THIRD_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01)
FOURTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
FOURTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01)
FIFTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
FIFTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01)
# uk 0.75 until an ingredients list under no heading was read as neutral (`leftovers-32`)
SIXTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99) | {"nl": 0.91}
# es 0.04 and pt 0.05 until a live blog's closing entry and a bio in a table's cell were taken (`leak14-28`)
# fr 0.04 until 2026-12-06 (measured 0.000 by `leak-29`)
SIXTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01)
SEVENTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
SEVENTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01) | {"fr": 0.05}
# ru 0.87 until an episode's chapter marks were read as neutral (`leak14-28`)
EIGHTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99) | {"de": 0.91, "ru": 0.93}
EIGHTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01) | {
    # fr 0.09 and it 0.04 until an obituary's prompts and an ad label's dash (`leaks-27`); es 0.09 until a chart's
    # source line and a thanks to patrons (`leak14-28`); pl 0.04 until a name run into its spelled date
    # (`authorsleft-29`)
}  # fmt: skip
NINTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
# en 0.05 until 2026-12-06 (measured 0.000 by `leak-29`), es 0.04 until a notice's credit of the office that prepared it
# (`leak-29`)
NINTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01)
# nl and pl 0.90 until a short wrapped release's column was read where its lines break (`leftovers-33`)
TENTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
# en 0.04 until a review's address and opening days were taken (`leak14-28`); de 0.05 until an ad's copy under its
# label (`ml15leak-28`)
TENTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01)
ELEVENTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
# de 0.08, en 0.06, es 0.07, nl 0.06, pt 0.12 until lines past the wrap column and a rule's line joined under a
# sentence were read apart, and WP-Print's footer, service and how-to-respond lines taken (`leaks-27`)
ELEVENTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01)
TWELFTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
TWELFTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01) | {
    # unseen es 0.15, it 0.04, nl 0.09: feeds' footers and attachments lines since taken; es and fr 0.00 since the
    # rows-27 round (a row of labelled fields under the headline is header furniture), de, en and uk since the
    # leaks-27 round (a book's sale, donation prompts and data notes); ru 0.04 until where the site posts a document
    # was taken (`leak14-28`)
}  # fmt: skip
THIRTEENTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
THIRTEENTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01) | {
    # unseen en 0.23, fr 0.11: mailing lists' footers since taken; en 0.13, es 0.05, fr 0.07, pt 0.23, ru 0.05 until
    # a site's practical lines under its article were taken (`leak14-27`); pl 0.05 until a calendar's dated
    # entries (`leak14-28`)
}  # fmt: skip
# uk 0.90 until a short wrapped dump's column was read where its lines break (`leftovers-33`)
FOURTEENTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
FOURTEENTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01) | {
    # unseen recall it 0.91, nl 0.90, pt 0.90, uk 0.82 and leak fr 0.15, it 0.19, nl 0.07, pt 0.10, uk 0.04 until a
    # feed's XML, html-to-text's links and pandoc's rst markup were read (`corpus15-28`); en 0.04, it 0.16, pt 0.07,
    # ru 0.04 until a footer's block over its copyright line was taken, de 0.04 until an ad's copy under its label
    # (`ml15leak-28`); fr 0.11, it 0.12, pt 0.04 until a feed reader's item line and buttons were the reader's
    # (`leak-29`, `ml15meta-29`)
}  # fmt: skip
# unseen recall es 0.92, nl 0.93 until AsciiDoc's links left a wrapped dump's lines whole (`corpus16-29`)
FIFTEENTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
FIFTEENTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01) | {
    # unseen de 0.05, en 0.09, es 0.24, fr 0.15, nl 0.06, pl 0.16, pt 0.09 until the other markups' headings, links
    # and images, trafilatura's XML and a read-it-later app's row were read (`corpus16-29`); then de 0.03, es 0.03, fr
    # 0.06, it 0.03, nl 0.03, pl 0.12, pt 0.05, ru 0.03 until the follow, subscribe, app, support and trial prompts'
    # rows and a bio of a few words (`ml16left-30`); pl 0.05 until a meta row's compiler's credit was read
    # (`ml16by-30`)
}  # fmt: skip
SIXTEENTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
# de 0.05, es 0.12 until a wrapped dump's credit under its label and link rows were kept apart (`ml17left-31`)
SIXTEENTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01)
SEVENTEENTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
# unseen fr 0.038, nl 0.024 until a caption's closing credit and a plea to give were read (`corpus18-31`); en 0.09
# until a syndication disclosure was read (`ml18left-31`: 0.038, the caption's "Photo: Beacon staff" left)
SEVENTEENTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01) | {"en": 0.05}
# date and url 0.967 (de_02's Zim page: its "Erstellt …" line under the note's name dated it, its bare link no
# address) until `leftovers-34` read Zim's file header
EIGHTEENTH_HOLD_OUT_FLOORS = NEAR_PERFECT_FLOORS
EIGHTEENTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
# en 0.022 (calibre's photo credit), fr 0.025 (a subscription pitch with its price) unseen and after `corpus19-32`
# en and fr 0.04 until `leftovers-33` (calibre's caption under its label, its credit in brackets, taken; fr measured
# 0.000 since an earlier session)
EIGHTEENTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01)
# date 0.93 after `corpus20-33`, 0.90 with `leftovers-33`'s wrap column: pl_01's print page is read as wrapped, its
# headline then stands over the article and the running head's day above it is taken for a fetch-day strip; title and
# authors 0.90 until `ml20left-33` (NVDA's "heading level 1" title and "By link Name" writer); recall 0.925 (the print
# pages' body wrapped at 58 columns not joined: de_02, pt_02, pl_01 0.75 -> 0.917) and date 0.90 until
# `leftovers-34` (a print page's column read beside its wider boxes, its running head the print's margin and its day
# the edition's; all 1.000)
NINETEENTH_HOLD_OUT_FLOORS = NEAR_PERFECT_FLOORS
NINETEENTH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99)
# es 0.071 (NVDA's related heading and links) unseen and until `ml20left-33` read its speech log's roles as markup;
# en 0.020 (goose3's kept photo credit) until `leftovers-33`'s longer caption credit row
NINETEENTH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01)
# body recall 0.902, trap kept 0.900, title 0.867 until a teletext page's rows were its viewer's, title 0.967 and
# date 0.900 until a wire's IPTC 7901 framing was the wire's and its filing time dated it, body recall 0.951 and
# authors 0.867 until a fediverse thread's posts were one article under its account's display name, date 0.933
# until a dateline's day, time of day and reading time could stand in three parts (`leftovers-35`)
TWENTIETH_HOLD_OUT_FLOORS = {
    "body_recall": 0.98, "trap_kept": 0.99, "title": 0.99, "authors": 0.95, "date": 0.95, "url": 0.99,
}  # fmt: skip
# a meadow's last paragraph (nl_01) not kept; de 0.615, nl 0.833, pl 0.917 (the teletext pages' body: de_03 all of
# it, the paragraph after a subpage's header on nl_02 and pl_03) and de, pt 0.923, uk 0.769 (Mastodon posts'
# paragraphs: de_02's and pt_01's last, uk_02's first post's) until `leftovers-35`
TWENTIETH_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99) | {"nl": 0.90}
# the newsletter pitches kept in the text by Typst's block and news-please's extractor (en, es, nl), a muse byline's
# "Publié le …, mis à jour le …" (fr); de 0.206, nl 0.303, pl 0.222 (the teletext pages' header, page-turn and
# fastext rows) and es 0.062 (a wire's dateline with no year) until `leftovers-35`
TWENTIETH_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01) | {
    "en": 0.04, "es": 0.05, "fr": 0.05, "nl": 0.08,
}  # fmt: skip
# recall 0.89, trap 0.89, title 0.79, authors 0.75 until the OCR cuttings' narrow column was read (`leftovers22-35`)
TWENTY_FIRST_HOLD_OUT_FLOORS = {
    "body_recall": 0.97, "trap_kept": 0.99, "title": 0.82, "authors": 0.79, "date": 0.75, "url": 0.99,
}  # fmt: skip
# it_03's DocBook paragraphs not kept; nl 0.65, pt 0.82, uk 0.65 until the OCR cuttings' narrow column was read
TWENTY_FIRST_HOLD_OUT_RECALL_FLOORS = dict.fromkeys(LANGUAGES, 0.99) | {"it": 0.82}
# an rst caption and newsletter (de, en); pt 0.10, uk 0.16 until the OCR cuttings' narrow column was read
TWENTY_FIRST_HOLD_OUT_LEAK_CEILINGS = dict.fromkeys(LANGUAGES, 0.01) | {"de": 0.04, "en": 0.06}
GATES = {
    # Measured on 2026-12-02 (20:10 UTC, the cleaners as they stood then) with `python -m tests.bench.multilingual`,
    # rounded down to 2 decimals; cruft leak, where lower is better, is a ceiling rounded up.
    "multilingual": Gate(
        folder=CORPUS,
        min_pages_per_language=4,  # the corpus has 4 to 7 pages a language
        min_pages=60,
        floors={"body_recall": 0.99, "trap_kept": 1.00, "title": 1.00, "authors": 1.00, "date": 1.00, "url": 1.00},
        leak_ceiling=0.01,
        body_recall_floors=FIRST_RECALL_FLOORS,
        leak_ceilings=dict.fromkeys(LANGUAGES, 0.01),
    ),
    # The hold-out, written before its author read the rules (see its README.md): measured on 2026-12-05
    # (03:20 UTC; ru and trap_kept 04:47; recall 08:00, after the closing sentence; de and recall 10:40, a
    # closing sentence past a newsletter prompt) after the fixes it led to, less 0.01 and rounded down;
    # ceilings the measured leak plus 0.01.
    "multilingual-2": hold_out_gate(
        HOLD_OUT,
        NEAR_PERFECT_FLOORS,
        0.01,
        HOLD_OUT_RECALL_FLOORS,
        dict.fromkeys(LANGUAGES, 0.01),
    ),
    # The second hold-out, written before its author read the rules (see its README.md): measured on
    # 2026-12-05 (07:05 UTC; recall 08:00, after the closing sentence; leak and recall 10:40, after the leak
    # round; title 11:09, after the third hold-out's breadcrumb test) after the fixes it led to, less 0.01 and
    # rounded down; ceilings the measured leak plus 0.01, rounded up. Authors 0.967 -> 1.000 after a writer over a
    # news agency's slash right under the headline (`authors-30`, 2026-12-06 22:30 UTC). Recall 0.993 -> 1.000 after
    # a live blog's entry stamps were read as neutral (`leftovers-32`, 2026-12-07 04:30 UTC).
    "multilingual-3": hold_out_gate(
        SECOND_HOLD_OUT,
        NEAR_PERFECT_FLOORS,
        0.01,
        SECOND_HOLD_OUT_RECALL_FLOORS,
        SECOND_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The third hold-out, written before its author read the rules (see its README.md): measured on
    # 2026-12-05 (10:30 UTC; recall and traps 13:15, after the fourth hold-out's closing record; leak 14:20,
    # after lynx link lists and office credits; authors and date 16:30, the twentieth session's byline round; title
    # and leak 19:25, the twenty-first session's mlleft-21 round) after the fixes it led to, less 0.01 and rounded
    # down; ceilings the measured leak plus 0.01, rounded up. Authors 0.967 -> 1.000 after an author's box's name
    # over its bio (`authors-30`, 2026-12-06 22:30 UTC).
    "multilingual-4": hold_out_gate(
        THIRD_HOLD_OUT,
        NEAR_PERFECT_FLOORS,
        0.01,  # 0.02 until `leak14-28`
        THIRD_HOLD_OUT_RECALL_FLOORS,
        THIRD_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The fourth hold-out, written before its author read the rules (see its README.md): measured on
    # 2026-12-05 (13:15 UTC; recall and traps 14:10, the run carried to a record or an interview's turns; authors,
    # date and leak 16:30, the twentieth session's byline round; authors and date 19:25, the mlleft-21 round; the sixth
    # hold-out's credit with a role in small letters) after
    # the fixes it led to, less 0.01 and rounded down; ceilings the measured leak plus 0.01, rounded up.
    "multilingual-5": hold_out_gate(
        FOURTH_HOLD_OUT,
        NEAR_PERFECT_FLOORS,
        0.01,
        FOURTH_HOLD_OUT_RECALL_FLOORS,
        FOURTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The fifth hold-out, written before its author read the rules (see its README.md): measured on 2026-12-05
    # (16:30 UTC; recall, authors and date 17:40, show notes, FAQs and update labels; all but traps and URL 19:25,
    # the mlleft-21 round; date 20:10, the sixth hold-out's second round's dated credits; leak, title and date
    # 22:15, the ml7left-22 round) after the fixes it led to, less 0.01 and rounded down; ceilings the measured
    # leak plus 0.01, rounded up.
    "multilingual-6": hold_out_gate(
        FIFTH_HOLD_OUT,
        NEAR_PERFECT_FLOORS,
        0.01,
        FIFTH_HOLD_OUT_RECALL_FLOORS,
        FIFTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The sixth hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-05 (18:34 UTC, at `dcfe10b`), then after the fixes it led to (19:15 UTC; title, authors and date
    # 20:10, `ml7meta-21`: dated credits, a tool's header, a release's number, an agency's copy; leak 19:55,
    # `ml7leak-21`: a press release's notes and a letters page's call to reply; leak, title, authors and date
    # 22:15, `ml7left-22`: flattened menus, credits, live-blog labels, desks' datelines; leak 2026-12-06,
    # `ml8left-23`: a dated credit taken for the article's start), less 0.01 and rounded down; ceilings the
    # measured leak plus 0.01, rounded up. Authors and date 0.967 -> 1.000 after the roles round (`authors14-28`,
    # 2026-12-06 16:00 UTC: people joined are no place, a spaced '---' parts a dateline). Recall 0.969 -> 0.994 after
    # an ingredients list under no heading was read as neutral (`leftovers-32`, 2026-12-07 04:30 UTC).
    "multilingual-7": hold_out_gate(
        SIXTH_HOLD_OUT,
        {"body_recall": 0.98, "trap_kept": 0.99, "title": 0.95, "authors": 0.99, "date": 0.99, "url": 0.99},
        0.01,  # 0.03 until `leak14-28`, 0.02 until `leak-29` (measured 0.000)
        SIXTH_HOLD_OUT_RECALL_FLOORS,
        SIXTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The seventh hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-05 (21:40 UTC, at `33e3f15`), then after the fixes it led to (22:25 UTC, `corpus8-22`: tools'
    # metadata headers, by-words and roles, three leak rows; 2026-12-06, `ml8left-23`: an article's short lists,
    # a credit taken for the article's start, "aangepast", a fact-checker's call; `recall-27`: an article's short
    # list closing it), less 0.01 and rounded down; ceilings the measured leak plus 0.01, rounded up. Title and
    # authors 0.967 -> 1.000 after a reader view's reading time as a range (`authors-30`, 2026-12-06 22:30 UTC).
    "multilingual-8": hold_out_gate(
        SEVENTH_HOLD_OUT,
        NEAR_PERFECT_FLOORS,
        0.02,
        SEVENTH_HOLD_OUT_RECALL_FLOORS,
        SEVENTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The eighth hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-06 (00:38 UTC, at `e265755`), then after the fixes it led to (01:05 UTC, `corpus9-23`: pandoc's
    # spans, by-words, a dateline's place before "le", leak rows; 02:40 UTC, `ml9left-23`: a role before a name,
    # a no-advice note; 04:45 UTC, `ml10left-24`: study reference lines, a menu row in a sentence-case language;
    # 13:50 UTC, `recall-27`: an interview's closing turn under a speaker's label), less 0.01 and rounded down;
    # ceilings the measured leak plus 0.01, rounded up. Authors 0.900 -> 0.933 after the roles round
    # (`authors14-28`, 2026-12-06 16:00 UTC: an umlaut spelled out in an author's address); 0.933 -> 0.967 and
    # leak 0.002 -> 0.000 after a name run into its spelled date (`authorsleft-29`, 20:40 UTC). Title and authors
    # 0.967 -> 1.000 after setext's headline and a writer's profile link (`leftovers-33`, 2026-12-07 07:35 UTC).
    "multilingual-9": hold_out_gate(
        EIGHTH_HOLD_OUT,
        {"body_recall": 0.97, "trap_kept": 0.99, "title": 0.99, "authors": 0.99, "date": 0.99, "url": 0.99},
        0.01,  # 0.03 until `leaks-27`, 0.02 until `authorsleft-29`
        EIGHTH_HOLD_OUT_RECALL_FLOORS,
        EIGHTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The ninth hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-06 (02:20 UTC, at `b4c6a0b`), then after the fixes it led to (02:28 UTC, `corpus10-23`: quoted and
    # snapshot source URLs, by-words; 04:45 UTC, `ml10left-24`: HTML left in markdown, dateline rows and labels,
    # post lines, front-matter author lists, menu rows, leak rows), less 0.01 and rounded down; ceilings the
    # measured leak plus 0.01, rounded up.
    "multilingual-10": hold_out_gate(
        NINTH_HOLD_OUT,
        # title 0.95 until a menu row of four words was read so in a sentence-case language (`titles-32`: 1.000)
        {"body_recall": 0.99, "trap_kept": 0.99, "title": 0.99, "authors": 0.99, "date": 0.99, "url": 0.99},
        0.01,  # 0.07 until the leftovers rounds (`corpus11-24`, `ml10left-24`), 0.02 until `leak-29`
        NINTH_HOLD_OUT_RECALL_FLOORS,
        NINTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The tenth hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-06 (04:12 UTC, at `d488855`), then after the fixes it led to (05:04 UTC, `corpus11-24`: tools'
    # headers and margins, by-words, desks, honorifics, dateline filler, no-advice notes; 07:40 UTC, `left11-25`: a
    # role or title before the name, desks' bylines, post lines, menus over a byline, feedback and follow-us prompts),
    # less 0.01 and rounded down; ceilings the measured leak plus 0.01, rounded up. Authors 0.967 -> 1.000 after a
    # critic's credit under a review's headline (`authors-30`, 2026-12-06 22:30 UTC). Recall 0.984 -> 1.000 after
    # a short wrapped release's column was read where its lines break (`leftovers-33`, 2026-12-07 07:40 UTC).
    "multilingual-11": hold_out_gate(
        TENTH_HOLD_OUT,
        {"body_recall": 0.99, "trap_kept": 0.99, "title": 0.99, "authors": 0.99, "date": 0.99, "url": 0.99},
        0.01,  # 0.05 until a release's enquiries and forward-looking note, a review's who-paid note (`pressrel-24`);
        # 0.02 until an ad's copy under its label (`ml15leak-28`)
        TENTH_HOLD_OUT_RECALL_FLOORS,
        TENTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The eleventh hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-06 (07:05 UTC, at `8840349`), then after the fixes it led to (08:03 UTC, `corpus12-25`: tools' headers
    # and margins, forum post lines, a chat app's posts, by-words, a wrap column under footer links), less 0.01 and
    # rounded down; ceilings the measured leak plus 0.01, rounded up. Authors 0.85 -> 0.89 after the byline families
    # (`left11-25`, written without this corpus) were merged beside its fixes: 0.867 -> 0.900 (08:40 UTC, a8c07c5).
    # Title 0.79 -> 0.99, authors and date 0.89 -> 0.99 after the families round (`left12-26`, 2026-12-06 10:45 UTC:
    # meta strips' counts, forum topics' chrome, newsletters' issue mastheads; all three 1.000).
    "multilingual-12": hold_out_gate(
        ELEVENTH_HOLD_OUT,
        NEAR_PERFECT_FLOORS,
        0.01,  # 0.04 until `leaks-27`
        ELEVENTH_HOLD_OUT_RECALL_FLOORS,
        ELEVENTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The twelfth hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-06 (09:56 UTC, at `24760fe`), then after the fixes it led to (10:50 UTC, `corpus13-26`: archive and
    # read-it-later exports' addresses and front matter, feed readers' buttons, a row's one said publication date,
    # by-words, organisations' names, feeds' footers, attachments lines), less 0.01 and rounded down; ceilings the
    # measured leak plus 0.01, rounded up. Raised after the rows-27 round (2026-12-06, 13:00 UTC: rows of labelled
    # fields, a kind before a publication's words, an update's note, an issuer's part): authors 0.667, date 0.900,
    # leak 0.021; authors after the signatures round (`sign-27`, 13:05 UTC: signatures, book details lines,
    # organisations and calendar days giving way to a person). Authors 0.933 -> 0.967 after the roles round
    # (`authors14-28`, 2026-12-06 16:00 UTC: a report's "prepared by" and a role's complement before the name), then
    # 1.000 (16:25 UTC: a column's label naming its writer's office, "From the Vicar's study — the Revd Canon …").
    # Date after the dateline rows round (`left14-28`: an issue's month, a credit, a name's bracketed role, a lone
    # relative date in a row): 0.933; then 1.000 once a feed reader's item line over its buttons dates the page.
    # Title 0.900 -> 0.933 once the line under a feed reader's buttons is the headline however long (`ml15meta-29`).
    "multilingual-13": hold_out_gate(
        TWELFTH_HOLD_OUT,
        # title 0.92 until a newsletter's issue line was no headline (`ml18left-31`: 0.967), 0.95 until a listing's
        # facts row was no headline to the title scan (`titles-32`: 1.000)
        {"body_recall": 0.99, "trap_kept": 0.99, "title": 0.99, "authors": 0.99, "date": 0.99, "url": 0.99},
        0.01,  # 0.05 until the rows-27 and leaks-27 rounds, 0.02 until `leak14-28`
        TWELFTH_HOLD_OUT_RECALL_FLOORS,
        TWELFTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The thirteenth hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-06 (12:47 UTC, at `92bf432`), then after the fixes it led to (13:25 UTC, `corpus14-27`: forwarded
    # mails' headers, SingleFile's stamp, mailed articles' links, mailing lists' footers, by-words naming the kind
    # of text, a site's name and section over the headline), less 0.01 and rounded down; ceilings the measured
    # leak plus 0.01, rounded up; title after `titles14-27` (section labels, a trail ending in the headline).
    # Authors 0.867 -> 1.000 and date 0.867 -> 0.900 after the roles round (`authors14-28`, 2026-12-06 16:00 UTC:
    # roles before and after a byline's name, a small-letter title, a role in brackets).
    # Date 1.000 after the dateline rows round (`left14-28`).
    "multilingual-14": hold_out_gate(
        THIRTEENTH_HOLD_OUT,
        # title 0.95 until a masthead closing on its issue of the year was header (`titles-32`: 1.000)
        {"body_recall": 0.99, "trap_kept": 0.99, "title": 0.99, "authors": 0.99, "date": 0.99, "url": 0.99},
        0.01,  # 0.06 until a site's practical lines under its article were taken (`leak14-27`)
        THIRTEENTH_HOLD_OUT_RECALL_FLOORS,
        THIRTEENTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The fourteenth hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-06 (15:47 UTC, at `a6a34fd`), then after the fixes it led to (16:20 UTC, `corpus15-28`: stored feed
    # items, a feed's XML, OneNote's "Pasted from", join and sign-in rows, html-to-text's links and capitals, pandoc's
    # rst markup, chat exports), less 0.01 and rounded down; ceilings the measured leak plus 0.01, rounded up.
    # Authors 0.733 -> 0.900 and date 0.867 -> 0.933 after `ml15meta-28` (a feed reader's row of buttons, its item
    # line's writer; a row's credit past a numbered part; "Ein Beitrag von"). Title, authors and date 1.000 after
    # `ml15meta-29` (a social post's stamp, a signer's role after the name, a bulletin's masthead under a feed item).
    # Recall 0.992 -> 1.000 after a wrapped dump's column was read where its lines break (`leftovers-33`).
    "multilingual-15": hold_out_gate(
        FOURTEENTH_HOLD_OUT,
        {"body_recall": 0.99, "trap_kept": 0.99, "title": 0.99, "authors": 0.99, "date": 0.99, "url": 0.99},
        0.01,  # 0.06 unseen, 0.05 until `ml15leak-28`, 0.03 until `leak-29` and `ml15meta-29`
        FOURTEENTH_HOLD_OUT_RECALL_FLOORS,
        FOURTEENTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The fifteenth hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-06 (18:50 UTC, at `81c8735`), then after the fixes it led to (19:05 UTC, `corpus16-29`: the other
    # markups' headings, links and images, trafilatura's XML, a read-it-later app's row and back link, a print
    # view's address), less 0.01 and rounded down; ceilings the measured leak plus 0.01, rounded up. Title 0.85,
    # date 0.82, url 0.89 until an HTML-to-Gemini proxy's banner and link to the page were read (`ml16left-29`);
    # authors 0.92 until a compiler's credit in a meta row was read (`ml16by-30`); title, authors and date 0.95 until
    # MediaWiki's image, a student's year of study and a proxy's "Converted:" stamp were read (`ml17left-31`).
    "multilingual-16": hold_out_gate(
        FIFTEENTH_HOLD_OUT,
        NEAR_PERFECT_FLOORS,
        0.01,  # 0.10 unseen, 0.033 before `ml16left-30`, 0.003 before `ml16by-30`
        FIFTEENTH_HOLD_OUT_RECALL_FLOORS,
        FIFTEENTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The sixteenth hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-06 (21:53 UTC, at `bcdc411`), then after the fixes it led to (22:25 UTC, `corpus17-30`: a markdown hard
    # break's backslash, a reader view's toolbar, a long dateline crediting a name, a reporter's label), less 0.01 and
    # rounded down; ceilings the measured leak plus 0.01, rounded up. Title 0.85, authors 0.75, date 0.89 unseen;
    # authors 0.89, leak 0.04 until a feedback question's rating call, a text save's "Name <URL>" writer and a
    # dateline's place under a bare name were read (`ml17left-30`); title, authors and date 0.95, leak 0.03 until a
    # wrapped dump's credit under its label, its link rows and a desk's dateline were read (`ml17left-31`).
    "multilingual-17": hold_out_gate(
        SIXTEENTH_HOLD_OUT,
        NEAR_PERFECT_FLOORS,
        0.01,  # 0.023 unseen, 0.019 before `ml17left-30`, 0.015 before `ml17left-31`
        SIXTEENTH_HOLD_OUT_RECALL_FLOORS,
        SIXTEENTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The seventeenth hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-07 (00:34 UTC, at `64521a0`), then after the fixes it led to (`corpus18-31`: a span inside a span, a
    # tool's list of names, the post's author label, the site's name in its copyright line, a scraper's fetch stamp
    # and address line, a caption's closing credit, a plea to give), less 0.01 and rounded down; ceilings the
    # measured leak plus 0.01, rounded up. Authors 0.75, date 0.85, url 0.95 and leak 0.03 unseen.
    "multilingual-18": hold_out_gate(
        SEVENTEENTH_HOLD_OUT,
        NEAR_PERFECT_FLOORS,
        0.02,  # 0.012 unseen, 0.005 after `corpus18-31`, 0.002 after `ml18left-31`
        SEVENTEENTH_HOLD_OUT_RECALL_FLOORS,
        SEVENTEENTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The eighteenth hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-07 (03:44 UTC, at `89613dc`), then after the fixes it led to (`corpus19-32`: unstructured's element
    # categories, Textile's links and blocks, mutt's pager markers, a "view in browser" link's label alone, calibre's
    # download line, a headline with its address in angle brackets, the wikis' italics), less 0.01, rounded down;
    # ceilings the measured leak plus 0.01, up; unseen: recall 0.89, title 0.73, authors 0.66, date 0.83, url 0.76;
    # authors 0.867 -> 0.933 after `ml19left-32` (TiddlyWiki's "! Headline", "Ein Text von …"); 0.933 -> 1.000 after
    # TiddlyWiki's bold byline ("''Par Jane Doe''", `leftovers-33`, 2026-12-07 08:00 UTC).
    "multilingual-19": hold_out_gate(
        EIGHTEENTH_HOLD_OUT,
        EIGHTEENTH_HOLD_OUT_FLOORS,
        0.01,  # 0.010 unseen, 0.005 after `corpus19-32`, 0.003 until `leftovers-33` (measured 0.000)
        EIGHTEENTH_HOLD_OUT_RECALL_FLOORS,
        EIGHTEENTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The nineteenth hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-07 (07:13 UTC, at `90d94ab`), then after the fixes it led to (`corpus20-33`: LaTeX's, BBCode's,
    # Jira's and DokuWiki's syntax, jusText's heading tag, goose3's fields, rss2email's headers), less 0.01, rounded
    # down; ceilings the measured leak plus 0.01, up; unseen: recall 0.90, title 0.40, authors 0.50, date 0.56,
    # url 0.90, leak 0.019.
    "multilingual-20": hold_out_gate(
        NINETEENTH_HOLD_OUT,
        NINETEENTH_HOLD_OUT_FLOORS,
        0.03,  # 0.019 unseen, 0.011 after `corpus20-33`
        NINETEENTH_HOLD_OUT_RECALL_FLOORS,
        NINETEENTH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # The twentieth hold-out, written before its author read the rules (see its README.md): measured unseen on
    # 2026-12-07 (10:03 UTC, at `64d50cd`), then after the fixes it led to (`corpus21-34`: Typst's, Texinfo's, roff's,
    # Muse's and XWiki's syntax, a wire's dateline alone, news-please's YAML fields around its text, a video player's
    # running time and buttons, a reporter's role label, an eye's view count, a headline's closing emoji), less 0.01,
    # rounded down; ceilings the measured leak plus 0.01, up; unseen: recall 0.90, title 0.26, authors 0.30, date
    # 0.43, url 1.00, leak 0.118.
    "multilingual-21": hold_out_gate(
        TWENTIETH_HOLD_OUT,
        TWENTIETH_HOLD_OUT_FLOORS,
        0.03,  # 0.118 unseen, 0.086 after `corpus21-34`, 0.015 after `leftovers-35`
        TWENTIETH_HOLD_OUT_RECALL_FLOORS,
        TWENTIETH_HOLD_OUT_LEAK_CEILINGS,
    ),
    # Measured on 2026-12-07 (13:42 UTC, after `corpus22-35`'s fixes: a crawler's JSON item, a quoted-printable mail
    # part and a gophermap unwrapped, ConTeXt's and DocBook's markup, "read on" URL labels, a date's time word before a
    # byline), less 0.01, rounded down; ceilings the measured leak plus 0.01, up; unseen: recall 0.575, trap 0.600,
    # title 0.367, authors 0.333, date 0.467, url 0.600, leak 0.123.
    "multilingual-22": hold_out_gate(
        TWENTY_FIRST_HOLD_OUT,
        TWENTY_FIRST_HOLD_OUT_FLOORS,
        0.02,  # 0.123 unseen, 0.025 after `corpus22-35`, 0.009 after `leftovers22-35`
        TWENTY_FIRST_HOLD_OUT_RECALL_FLOORS,
        TWENTY_FIRST_HOLD_OUT_LEAK_CEILINGS,
    ),
}

COMMON_HOSTS = {
    "facebook.com", "x.com", "twitter.com", "wa.me", "api.whatsapp.com", "t.me", "vk.com", "connect.ok.ru",
    "linkedin.com", "pinterest.com", "apps.apple.com", "play.google.com", "bsky.app",
    "open.spotify.com", "podcasts.apple.com",  # podcast platforms every show links to
    "w3.org",  # the XML namespaces a feed's or a DocBook file's root names
}  # fmt: skip

Table = dict[str, dict[str, float | None]]


@pytest.fixture(scope="module", params=sorted(GATES))
def gated(request: pytest.FixtureRequest) -> tuple[Gate, Table]:
    gate = GATES[request.param]
    return gate, multilingual.by_language(multilingual.judge_corpus(folder=gate.folder))


@pytest.mark.parametrize("measure", sorted(GATES["multilingual"].floors))
def test_overall_measure_holds(gated: tuple[Gate, Table], measure: str) -> None:
    gate, table = gated
    got = table[ALL][measure]
    assert got is not None and got >= gate.floors[measure], f"{measure} {got} below its floor {gate.floors[measure]}"


def test_overall_cruft_leak_holds(gated: tuple[Gate, Table]) -> None:
    gate, table = gated
    got = table[ALL]["cruft_leak"]
    assert got is not None and got <= gate.leak_ceiling, f"cruft leak {got} above its ceiling {gate.leak_ceiling}"


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_language_body_recall_and_cruft_leak_hold(gated: tuple[Gate, Table], language: str) -> None:
    gate, table = gated
    recall, leak = table[language]["body_recall"], table[language]["cruft_leak"]
    assert recall is not None and recall >= gate.body_recall_floors[language], f"{language} body recall {recall}"
    assert leak is not None and leak <= gate.leak_ceilings[language], f"{language} cruft leak {leak}"


def gold_problems(stem: str, gold: dict, raw: str | None) -> list[str]:
    """What is wrong with one gold file, given its stem and its raw dump's text (None: no raw file)."""
    if set(gold) != GOLD_KEYS:
        return [f"keys: missing {sorted(GOLD_KEYS - set(gold))}, unexpected {sorted(set(gold) - GOLD_KEYS)}"]
    if raw is None:
        return [f"no raw file {gold['source_file']!r}"]
    problems = []
    if gold["source_file"].rsplit(".", 1)[0] != stem or not gold["source_file"].endswith((".md", ".txt")):
        problems.append(f"source_file {gold['source_file']!r} is not {stem}.md or {stem}.txt")
    if gold["language"] != stem.split("_", 1)[0] or gold["language"] not in LANGUAGES:
        problems.append(f"language {gold['language']!r} is not the file name's prefix or not one of the ten")
    lists = ("authors", "published_alternatives", "paragraphs", "optional", "must_remove", "traps")
    if not all(
        isinstance(gold[key], list) and all(isinstance(v, str) and v.strip() for v in gold[key]) for key in lists
    ):
        return [*problems, f"{', '.join(lists)} must be lists of non-empty strings"]
    if not gold["paragraphs"] or not isinstance(gold["title"], str) or not gold["title"].strip():
        problems.append("no paragraphs or no title")
    for day in [gold["published"], *gold["published_alternatives"]]:
        try:
            if day is not None:
                dt.date.fromisoformat(day)
        except (TypeError, ValueError):
            problems.append(f"published {day!r} is not a YYYY-MM-DD day")
    # a page carried in another format (a JSON item, a quoted-printable mail, a gophermap) is looked in as unwrapped,
    # a print's column also with its words joined across the hyphens that broke them at the line's end
    shown = unwrapped(raw)
    written = collapse(raw) + "\n" + collapse(shown)
    plain = collapse(" ".join(to_plain(line) for line in shown.splitlines()))
    joined = collapse(_LINE_END_HYPHEN.sub("", shown))
    problems += [f"must_remove not in the raw file: {s!r}" for s in gold["must_remove"] if collapse(s) not in written]
    problems += [
        f"not in the raw file: {text[:80]!r}"
        for text in [gold["title"], *gold["paragraphs"], *gold["optional"]]
        if collapse(text) not in written and collapse(text) not in plain and collapse(text) not in joined
    ]
    problems += [f"author not in the raw file: {a!r}" for a in gold["authors"] if a.casefold() not in shown.casefold()]
    if gold["url"] is not None and gold["url"] not in shown:
        problems.append(f"url not in the raw file: {gold['url']!r}")
    problems += [f"trap not among the paragraphs: {t[:80]!r}" for t in gold["traps"] if t not in gold["paragraphs"]]
    return problems


_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")  # "leer-" over "lingen": a word a column broke


def corpus_golds(folder: Path = CORPUS) -> list[tuple[str, dict, str | None]]:
    """(stem, gold, raw text or None) of every gold file of a corpus."""
    golds = []
    for path in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        raw_path = folder / "raw" / str(gold.get("source_file", ""))
        golds.append((path.stem, gold, raw_path.read_text(encoding="utf-8") if raw_path.is_file() else None))
    return golds


@pytest.mark.parametrize("name", sorted(GATES))
def test_every_gold_file_is_well_formed(name: str) -> None:
    golds = corpus_golds(GATES[name].folder)
    problems = [f"{stem}: {problem}" for stem, gold, raw in golds for problem in gold_problems(stem, gold, raw)]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(GATES))
def test_every_raw_file_has_gold(name: str) -> None:
    folder = GATES[name].folder
    raw_stems = {path.stem for path in (folder / "raw").iterdir() if path.suffix in (".md", ".txt")}
    assert raw_stems == {stem for stem, _, _ in corpus_golds(folder)}


@pytest.mark.parametrize("name", sorted(GATES))
def test_the_corpus_covers_ten_languages_with_enough_pages_each(name: str) -> None:
    gate = GATES[name]
    counts = Counter(gold["language"] for _, gold, _ in corpus_golds(gate.folder))
    assert set(counts) == LANGUAGES, f"languages {sorted(counts)}"
    short = {
        language: counts[language] for language in sorted(LANGUAGES) if counts[language] < gate.min_pages_per_language
    }
    assert not short, f"fewer than {gate.min_pages_per_language} pages: {short}"
    assert sum(counts.values()) >= gate.min_pages


def test_the_corpora_share_no_page() -> None:
    """Each hold-out measures pages the rules were not written on: no page of one corpus may be a copy of
    another's."""
    pages = Counter(collapse(raw) for folder in CORPORA for _, _, raw in corpus_golds(folder))
    assert not [page[:80] for page, count in pages.items() if count > 1]


def test_the_corpora_share_no_site() -> None:
    """Nor may a hold-out reuse a site of an earlier corpus: the lines a domain repeats are learned over
    the run, so a shared site would carry what was fitted on one corpus into the next."""
    sites = [{line for _, _, raw in corpus_golds(folder) for line in _site_lines(raw or "")} for folder in CORPORA]
    shared = [(CORPORA[i].name, CORPORA[j].name, sorted(sites[i] & sites[j])[:3])
              for i in range(len(sites)) for j in range(i + 1, len(sites)) if sites[i] & sites[j]]  # fmt: skip
    assert not shared


def _site_lines(raw: str) -> set[str]:
    """The domains a dump links to, less the share, app-store and podcast hosts every site links to."""
    hosts = {match.removeprefix("www.") for match in re.findall(r"https?://([a-z0-9.-]+)", raw)}
    return hosts - COMMON_HOSTS


def test_the_gold_check_catches_broken_gold() -> None:
    """The check above must be able to fail: each kind of breakage in a real gold file is reported."""
    stem, gold, raw = corpus_golds()[0]
    assert raw is not None and gold_problems(stem, gold, raw) == []
    breakages = {
        "missing key": lambda g: g.pop("traps"),
        "snippet not in raw": lambda g: g["must_remove"].append("no such cruft line anywhere"),
        "trap not a paragraph": lambda g: g["traps"].append("a trap that is not in the body"),
        "wrong language": lambda g: g.update(language="xx"),
        "bad date": lambda g: g.update(published="2026-13-01"),
        "paragraph not in raw": lambda g: g["paragraphs"].append("A paragraph the page does not have."),
    }
    for name, break_it in breakages.items():
        broken = copy.deepcopy(gold)
        break_it(broken)
        assert gold_problems(stem, broken, raw), name
    assert gold_problems(stem, gold, None)


def test_the_measures_score_known_cases() -> None:
    page = multilingual.CorpusPage(
        "en_99_case",
        "",
        {
            "language": "en", "title": "T", "authors": ["Ann Lee"], "published": "2026-01-02", "url": None,
            "paragraphs": ["Body one.", "Body two has   Berlin."], "optional": [], "traps": ["Body one."],
            "must_remove": ["* [Berlin](https://x.example/berlin)", "Sign up now", "Lees ook: [Parkeer"],
        },
    )  # fmt: skip
    cleaned = CleanedText(
        title="T", authors=["ANN  LEE"], published=None, url=None, removed=[],
        paragraphs=["Body two has Berlin.", "Sign up now for more", "Lees ook: Parkeertarief stijgt"],
    )  # fmt: skip
    result = multilingual.judge(page, cleaned)
    assert result.missing == ["Body one."] and result.traps_lost == ["Body one."]
    assert result.leaked == ["Sign up now", "Lees ook: [Parkeer"]  # "Berlin" is only in the body
    assert set(result.wrong) == {"date"}
