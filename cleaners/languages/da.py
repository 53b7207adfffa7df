"""Danish rows of the language tables (bylines only, so far)."""

from cleaners.languages.rows import LanguageRows

ROWS = LanguageRows(code="da", byline_words=("af",))
