"""German rows of the language tables."""

from cleaners.languages.rows import LanguageRows

ROWS = LanguageRows(
    code="de",
    function_words=frozenset("der die das den dem und ist ein eine nicht mit von zu auf für sich".split()),
)
