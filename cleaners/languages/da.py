"""Danish rows of the language tables (bylines only, so far)."""

from cleaners.languages.rows import LanguageRows

ROWS = LanguageRows(
    code="da",
    author_path_words=("forfatter", "forfattere", "skribent", "journalist"),
    byline_words=("af",),
    contents_headings=("indhold", "indholdsfortegnelse"),
    ingredients_headings=("ingredienser",),
    ingredient_units=("spsk", "tsk", "knivspids"),
    consent_words=("cookie", "samtykke", "personoplysninger"),
    reader_words=("du", "dig", "din", "dit", "dine", "jer", "jeres"),
)
