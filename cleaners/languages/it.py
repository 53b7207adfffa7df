"""Italian rows of the language tables."""

from cleaners.languages.rows import LanguageRows

ROWS = LanguageRows(
    code="it",
    function_words=frozenset("il lo gli della delle di che non per con è una".split()),
)
