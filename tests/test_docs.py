"""The README says what the code does: its tables of rules and reject reasons are the code's own, and
contract.json is the contract the code writes."""

import json

import pyarrow as pa

from output.contract import PAGES_SCHEMA, REJECTS_SCHEMA
from output.description import contract_json
from reading.rejects import REJECT_REASONS
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


def test_contract_json_is_the_codes_contract():
    assert readme_tables.CONTRACT.read_text(encoding="utf-8") == contract_json(), "contract.json is stale: make docs"


def test_contract_json_describes_the_schemas_a_reader_gets():
    """Read as a downstream job would (only the JSON), it rebuilds the very Arrow schemas written."""
    document = json.loads(readme_tables.CONTRACT.read_text(encoding="utf-8"))
    types = {str(t): t for t in [pa.string(), pa.date32(), pa.list_(pa.string()), *[f.type for f in PAGES_SCHEMA]]}
    for name, schema in (("pages", PAGES_SCHEMA), ("rejects", REJECTS_SCHEMA)):
        columns = document["datasets"][name]["columns"]
        rebuilt = pa.schema([pa.field(c["name"], types[c["type"]], nullable=c["nullable"]) for c in columns])
        assert rebuilt.equals(schema, check_metadata=False), name
    assert document["datasets"]["rejects"]["reasons"] == dict(REJECT_REASONS)
