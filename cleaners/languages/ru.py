"""Russian rows of the language tables."""

from cleaners.languages.rows import LanguageRows

ROWS = LanguageRows(code="ru")
