"""Loaded once by the fork server that forks cleaning processes (see `cleaners.isolation`).

Everything here is inherited by every child, so the one-off costs of a first page are paid once per
run instead of once per batch: imports (trafilatura, lxml, dateparser), dateparser's language data
(~2 s on its first date) and trafilatura's first extraction.
"""

from cleaners.dates import parse_dateline
from cleaners.html_page import clean_html
from cleaners.pipeline import BatchJob  # noqa: F401  (the job every child runs)

parse_dateline("Published 18 November 2015")
clean_html("<html><body><article><h1>Warm up</h1><p>One sentence of text for the extractor.</p></article></body></html>")
