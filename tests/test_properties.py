"""Properties of the cleaners on arbitrary input (hypothesis)."""

import ftfy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaners.bylines import split_names
from cleaners.dates import parse_dateline
from cleaners.html_page import clean_html
from cleaners.markdown import to_plain
from cleaners.records import page_id
from cleaners.rules import TITLE_RULE
from cleaners.text_page import _FTFY_CONFIG, clean_text, repair_mojibake

LINE_PIECES = st.sampled_from([
    "Skip to main content", "Page not found", "By [Jane Doe](#)", "November 18, 2015", "# A headline",
    "Original url:", "<https://example.com/a>", "© 2019 dpa GmbH", "You may also like", "Comments",
    "The minister said on Tuesday that the talks in Moscow had gone well and would continue next week.",
    "![img](x.png)", "* [Home](/)", "---", "who met with mayors of", "French cities on Wednesday.",
])
PAGES = st.lists(st.one_of(LINE_PIECES, st.text(max_size=120)), max_size=40).map("\n".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(PAGES)
def test_text_cleaning_never_raises_and_accounts_for_every_line(page):
    cleaned = clean_text(page)
    removed = "\n".join(entry.text for entry in cleaned.removed)
    for raw in repair_mojibake(page).splitlines():
        raw = raw.strip()
        assert not raw or raw in removed or to_plain(raw) in cleaned.text or _joined(raw, cleaned.text)


def _joined(raw: str, text: str) -> bool:
    """A hard-wrapped line lives inside an unwrapped paragraph, spaces folded."""
    return " ".join(to_plain(raw).split()) in " ".join(text.split())


@SETTINGS
@given(st.text(max_size=2000))
def test_html_cleaning_never_raises_on_any_string(markup):
    cleaned, _ = clean_html(markup)
    assert isinstance(cleaned.text, str)


@SETTINGS
@given(st.text(max_size=200))
def test_metadata_parsers_never_raise(line):
    parse_dateline(line)
    assert all(name.strip() for name in split_names(line))


@given(st.text(min_size=1, max_size=200))
def test_ids_are_stable_and_distinct(path):
    assert page_id(path) == page_id(path) and len(page_id(path)) == 32
    assert page_id(path) != page_id(path + "#1")


# ftfy reads C1 control characters (U+0080-U+009F) as cp1252 bytes, and what it makes of them depends
# on their neighbours, so a repaired page holding them can repair differently again: left out here.
NO_C1 = st.characters(blacklist_categories=("Cs",), blacklist_characters=[chr(c) for c in range(0x80, 0xA0)])
CLEAN_INPUT_PAGES = st.lists(st.one_of(LINE_PIECES, st.text(NO_C1, max_size=120)), max_size=40).map("\n".join)


@SETTINGS
@given(CLEAN_INPUT_PAGES)
def test_cleaning_a_clean_page_again_changes_nothing(page):
    """A clean page (its headline, then its text) is a fixed point: no line is removed or altered.
    (A page without a headline may have its first line read as one the second time.)"""
    once = clean_text(page)
    again = clean_text(f"# {once.title}\n\n{once.text}" if once.title else once.text)
    taken = [entry for entry in again.removed if entry.rule != TITLE_RULE]  # the headline goes back to metadata
    assert taken == []
    assert [line for line in (again.title, *again.paragraphs) if line] == [line for line in (once.title, *once.paragraphs) if line]


MOJIBAKE_PIECES = st.sampled_from(["CafÃ©", "â€™", "&amp;", "&lt;b&gt;", "<p>", "\r\n", "\n", "Ã\xa0", "\x1b[31m", "e\u0301"])


@SETTINGS
@given(st.lists(st.one_of(MOJIBAKE_PIECES, st.text(max_size=30)), max_size=20).map("".join))
def test_mojibake_repair_is_exactly_ftfy(text):
    assert repair_mojibake(text) == ftfy.fix_text(text, _FTFY_CONFIG)
