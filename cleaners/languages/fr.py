"""French rows of the language tables."""

from cleaners.languages.rows import LanguageRows

ROWS = LanguageRows(
    code="fr",
    function_words=frozenset("le la les des de du un une et est en pour que qui dans sur au aux par".split()),
)
