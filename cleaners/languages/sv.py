"""Swedish rows of the language tables (bylines only, so far)."""

from cleaners.languages.rows import LanguageRows

ROWS = LanguageRows(
    code="sv",
    author_path_words=("skribent", "skribenter", "forfattare", "författare"),
    byline_words=("av",),
    contents_headings=("innehåll", "innehållsförteckning"),
    ingredients_headings=("ingredienser",),
    ingredient_units=("msk", "tsk", "krm", "nypa"),
    consent_words=("cookie", "kakor", "samtycke", "personuppgifter"),
    reader_words=("du", "dig", "din", "ditt", "dina", "ni", "er", "era"),
)
