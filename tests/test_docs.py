"""The README says what the code does: its tables of rules and reject reasons are the code's own."""

from tests import readme_tables


def test_the_readme_tables_of_rules_and_reject_reasons_are_the_codes():
    text = readme_tables.README.read_text(encoding="utf-8")
    sections = readme_tables.readme_sections(text)
    assert set(sections) == set(readme_tables.TABLES), "a table's markers are missing from README.md"
    for name, build in readme_tables.TABLES.items():
        assert sections[name] == build(), f"README's {name} table is stale: run `make docs`"


def test_a_stale_table_is_noticed():
    text = readme_tables.README.read_text(encoding="utf-8")
    stale = text.replace("| `copyright` |", "| `copyright_line` |")
    assert readme_tables.readme_sections(stale)["rules"] != readme_tables.rules_table()
    assert readme_tables.readme_sections(readme_tables.regenerate(stale))["rules"] == readme_tables.rules_table()
