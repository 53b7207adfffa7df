"""Portuguese rows of the language tables."""

from cleaners.languages.rows import LanguageRows

ROWS = LanguageRows(
    code="pt",
    function_words=frozenset("o os as um uma do da dos das não com para é em ao".split()),
)
