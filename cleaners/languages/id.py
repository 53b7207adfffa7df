"""Indonesian rows of the language tables."""

from cleaners.languages.rows import LanguageRows

ROWS = LanguageRows(
    code="id",
    author_path_words=("penulis", "wartawan"),
    function_words=frozenset(
        """yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada atau oleh karena bisa kita
        mereka""".split()
    ),
    contents_headings=("daftar isi", "isi"),
    ingredients_headings=(
        "bahan-bahan",
        "bahan",
    ),
    ingredient_units=("sdm", "sdt", "gelas", "siung", "butir"),
    consent_words=("cookie", "persetujuan", "data pribadi"),
    reader_words=("anda", "kamu"),
)
