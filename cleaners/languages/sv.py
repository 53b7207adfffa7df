"""Swedish rows of the language tables (bylines only, so far)."""

from cleaners.languages.rows import LanguageRows

ROWS = LanguageRows(code="sv", byline_words=("av",))
