"""Imported once by the fork server that forks cleaning processes (see `runs.batch`).

Everything here is inherited by every child, so the one-off costs of a first page are paid once per
run instead of once per batch: imports (trafilatura, lxml, dateparser), dateparser's language data
(~2 s on its first date), the split patterns of the locales of the languages the cleaning knows
(compiled lazily on a first date in each: 0.1 s for all of them, paid by each batch that met a date in
de, it, nl, pl, pt, uk, da, sv or id), the line rules' matchers of every
language (1.1 s for all, long lines' matchers included; a child otherwise compiled those of
each language it met, once per batch: 8% of the CPU of 300 of the speed bench's HTML pages), their unanchored
patterns' needle index and the two rules a text page's header asks with every language's rows (0.06 s for all; each
batch of text pages otherwise built them on its first pages: 0.1-0.2 s of CPU a batch),
trafilatura's first extraction and Arrow's first conversion of Python rows (it imports pandas: 0.2 s).
Importing it does that work: it is meant to be imported only by a fork server.
"""

import gc
import warnings

from cleaners.dates import DateReading, parse_dateline
from cleaners.html_page import clean_html
from cleaners.language import identify_language, read_model_with
from cleaners.languages import CODES
from cleaners.rules import LONG_LINE_LIMITS, PHOTO_CREDIT_RULE, SHARE_STRIP_RULE, page_languages, rule_matcher
from output.contract import pages_table, rejects_table
from runs.model_cache import cached_model

# Each child re-runs the program's main module as `__mp_main__` (multiprocessing does, for what it
# defines); runpy warns that the fork server imported it already, which is what makes that cheap.
warnings.filterwarnings("ignore", r".* found in sys\.modules after import of package", RuntimeWarning)

parse_dateline("Published 18 November 2015")
parse_dateline("Publié le 3 mars 2026")  # a page of unknown language: the known languages' locales until one reads it
for code in sorted(CODES):  # a word no locale knows: each language's locale is compiled trying it
    parse_dateline("3 Xyzzy 2026", DateReading(languages=(code,)))
read_model_with(cached_model)  # a decompressed copy of py3langid's model: 0.4 s less than its LZMA
identify_language("The language model loads on its first use: a second or so, paid here once.")
for code in sorted(CODES):
    for limit in (0, *LONG_LINE_LIMITS):
        rule_matcher(page_languages(code), limit).anywhere_by_needle  # noqa: B018  (built on a first use)
for rule in (PHOTO_CREDIT_RULE, SHARE_STRIP_RULE):  # every language's rows, asked of a text page's header lines
    rule.matches("")
pages_table([])
rejects_table([])
clean_html(
    "<html><body><article><h1>Warm up</h1><p>One sentence of text for the extractor.</p></article></body></html>"
)
gc.freeze()  # what is loaded now lives as long as the process: no collection needs to scan it again
