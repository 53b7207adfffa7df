"""Spanish rows of the language tables."""

from cleaners.languages.rows import LanguageRows

ROWS = LanguageRows(
    code="es",
    function_words=frozenset("el los las del y que en por con para una es se".split()),
)
