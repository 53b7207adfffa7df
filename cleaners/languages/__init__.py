"""The languages the cleaning knows, each a module of rows (`LanguageRows`).

Adding a language is adding a module here and its rows to LANGUAGES, and test lines for each of its
rule patterns in tests/rule_lines/ (a test fails for a rule × language without them).
"""

from __future__ import annotations

import functools

from cleaners.languages import da, de, en, es, fr, id, it, nl, pl, pt, ru, sv, uk
from cleaners.languages.rows import LanguageRows
from cleaners.languages.rows import alternation as alternation  # the tables' alternations, built where rows are

LANGUAGES: tuple[LanguageRows, ...] = (
    en.ROWS,
    fr.ROWS,
    de.ROWS,
    es.ROWS,
    it.ROWS,
    pt.ROWS,
    nl.ROWS,
    ru.ROWS,
    uk.ROWS,
    pl.ROWS,
    id.ROWS,
    sv.ROWS,
    da.ROWS,
)


def patterns_of(rule_name: str, codes: frozenset[str] | None = None) -> tuple[str, ...]:
    """The patterns of one line rule in the languages `codes` (all when None), in the order of LANGUAGES."""
    return tuple(
        pattern
        for language in LANGUAGES
        if codes is None or language.code in codes
        for pattern in language.rule_patterns.get(rule_name, ())
    )


CODES: frozenset[str] = frozenset(language.code for language in LANGUAGES)
# the languages whose headlines are in sentence case (`LanguageRows.sentence_case_headlines`)
SENTENCE_CASE: frozenset[str] = frozenset(language.code for language in LANGUAGES if language.sentence_case_headlines)


def words_of(table: str, codes: frozenset[str] | None = None) -> tuple[str, ...]:
    """One word table (a `LanguageRows` field, e.g. "byline_words") of the languages `codes` (all
    when None), each word once, longest first (so alternatives built from them match greedily)."""
    words = {
        word for language in LANGUAGES if codes is None or language.code in codes for word in getattr(language, table)
    }
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


@functools.cache
def function_words(codes: frozenset[str] | None = None) -> frozenset[str]:
    """The function words of the languages `codes` (all when None), put together once per set (every
    page asks for its languages')."""
    return frozenset().union(
        *(language.function_words for language in LANGUAGES if codes is None or language.code in codes)
    )
