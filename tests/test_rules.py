"""Each line rule alone, in every language: lines it must take, and look-alike lines it must leave."""

import importlib
import re
from pathlib import Path

import pytest

from cleaners.languages import CODES, LANGUAGES, patterns_of
from cleaners.markdown import to_plain
from cleaners.patterns import _branch_needles, _longest_literal_run, _needles, _top_level_branches, lowered_for_literals
from cleaners.rules import (
    AUDIT_RULES,
    LINE_RULES,
    STRUCTURAL_RULES,
    StructuralRule,
    first_matching_rule,
    page_languages,
    rule_matcher,
    thresholds_of,
)

RULES = {rule.name: rule for rule in LINE_RULES}
LINES = {
    language.code: importlib.import_module(f"tests.rule_lines.{language.code}")
    for language in LANGUAGES
    if language.rule_patterns
}
CASES = [
    (code, rule, line) for code, module in LINES.items() for rule, lines in module.MUST_GO.items() for line in lines
]
NEAR_MISSES = [
    (code, rule, line) for code, module in LINES.items() for rule, lines in module.MUST_STAY.items() for line in lines
]


@pytest.mark.parametrize(("language", "rule", "line"), CASES)
def test_rule_takes_line(language, rule, line):
    assert RULES[rule].matches(to_plain(line))


@pytest.mark.parametrize(("language", "rule", "line"), NEAR_MISSES)
def test_rule_leaves_look_alike_line(language, rule, line):
    assert not RULES[rule].matches(to_plain(line))


@pytest.mark.parametrize("language", sorted(LINES))
def test_every_rule_with_patterns_in_a_language_has_lines_that_go_and_lines_that_stay(language):
    rows = next(rows for rows in LANGUAGES if rows.code == language)
    assert set(rows.rule_patterns) <= set(RULES), "a language names a rule that does not exist"
    module = LINES[language]
    assert set(rows.rule_patterns) <= {rule for rule, lines in module.MUST_GO.items() if lines}
    assert set(rows.rule_patterns) <= {rule for rule, lines in module.MUST_STAY.items() if lines}


def test_every_rule_has_patterns_in_some_language():
    assert all(RULES[name].patterns.sources for name in RULES)


def test_rule_names_are_unique():
    assert len(RULES) == len(LINE_RULES) and len(AUDIT_RULES) == len(LINE_RULES) + len(STRUCTURAL_RULES)


COUNCIL = (
    "The council met on Tuesday evening to debate the plan, and most of the members who spoke said that the city "
    "had waited far too long to act on it, that the money was there and that the people of the city would not "
    "forgive another year of delay on a matter this plain."
)
MAYOR = (
    "The mayor, who has backed the plan since the spring, told reporters that the vote would take place before the "
    "end of the month and that she expected it to pass, although two of the members who had spoken against it in "
    "the spring said that they had not yet made up their minds."
)
KITCHEN_SINK = f"""Skip to main content
[Home](/) [World](/world) [Sport](/sport)

# A headline that names every structural rule

By Jane Doe

November 18, 2015

![A photo](https://example.com/photo.jpg)

---

{COUNCIL}

Sports
Weather
Opinion

{MAYOR}

{COUNCIL}

Tip us off at our newsroom

Original url:
https://example.com/a

About us
Careers
"""


CRAWLED_PAGE = """Title: A headline about the talks | The Example Times
URL Source: https://example.com/talks

Markdown Content:
# A headline about the talks

The minister said on Tuesday that the talks had gone well and would continue next week in the capital.
"""


CONTENTS_PAGE = f"""# A headline over its contents

The minister said on Tuesday that the talks had gone well and would continue next week in the capital.

Contents

* The talks
* The capital
* Next week

## The talks

{COUNCIL}

## The capital

{MAYOR}

## Next week

{COUNCIL}
"""


def emitted_names() -> set[str]:
    """Every rule name the cleaners put in `removed` for the samples and the kitchen-sink page."""
    from cleaners.repeats import line_key
    from cleaners.sites import Sites
    from cleaners.text_page import clean_text
    from tests.conftest import SAMPLE_RAW

    pages = [clean_text(path.read_text(encoding="utf-8")) for path in sorted(SAMPLE_RAW.glob("*.txt"))]
    tip_line = Sites(repeated={"example.com": frozenset({line_key("Tip us off at our newsroom")})})
    pages.append(clean_text(KITCHEN_SINK, tip_line))
    pages.append(clean_text(CRAWLED_PAGE))
    pages.append(clean_text(CONTENTS_PAGE))
    return {removal.rule for page in pages for removal in page.removed}


def test_every_structural_rule_is_emitted_and_every_emitted_name_is_in_the_audit_table():
    """The table is complete both ways: nothing the cleaners emit is missing from it, and each
    structural rule in it is really applied somewhere (the line rules are each tested above)."""
    emitted = emitted_names()
    assert emitted <= set(AUDIT_RULES), emitted - set(AUDIT_RULES)
    assert {rule.name for rule in STRUCTURAL_RULES} <= emitted, {rule.name for rule in STRUCTURAL_RULES} - emitted


def test_every_audit_rule_has_a_reason_and_its_thresholds_are_read_by_the_code():
    """Each rule says why; each threshold of a structural rule is one the cleaning code asks for
    (a threshold nobody reads is a lie in the table)."""
    import cleaners

    code = "\n".join(
        path.read_text() for path in Path(cleaners.__file__).parent.glob("*.py") if path.name != "rules.py"
    )
    for name, rule in AUDIT_RULES.items():
        assert rule.why.strip(), name
        for key in thresholds_of(rule):
            if isinstance(rule, StructuralRule):
                assert f'{rule.name.upper()}.threshold("{key}")' in code, (name, key)


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_unanchored_pattern_needs_a_literal_so_most_lines_skip_the_search(code):
    """A pattern neither anchored nor holding literal text is searched on every line of every page:
    one such row made all the line rules a fifth slower."""
    matcher = rule_matcher(page_languages(code))
    assert matcher.anywhere_needles is not None, [
        name for name, patterns in matcher.named if patterns.has_anywhere and patterns.needles is None
    ]


def test_a_row_whose_literal_is_a_common_word_is_looked_up_by_the_words_of_a_group_it_needs():
    """The row's one literal run, " the ", is in nearly every English line; its verbs ("posted") rarely are. A
    quantified group, a look-ahead or a group with a short word among its alternatives gives no needles."""
    row = r"^[^.!?]{2,80}\b(is|are) (now )?(posted|published|available|to be found)\b[^.!?]{0,30}\b(in|under) the \w+"
    assert _needles([row]) == frozenset({"posted", "published", "available", "to be found"})
    assert _needles([r"^(?:the|a) (?:cookie|consent)s?"]) == frozenset({"cookie", "consent"})
    assert _needles([r"\bthe (?:latest )?(?:news)?"]) == frozenset({"the "})
    assert _needles([r"(?=(?:subscribe|newsletter))\w+ the \w+"]) == frozenset({" the "})
    assert _needles([r"(?:subscribe|sign up|join) the list"]) == frozenset({" the list"})
    assert _needles([r"(?:subscribe|in) the \w+"]) == frozenset({" the "})


GROUP_NEEDLED = sorted(
    {
        pattern
        for rule in LINE_RULES
        for pattern in patterns_of(rule.name, None)
        if any(_branch_needles(branch) - {_longest_literal_run(branch)} for branch in _top_level_branches(pattern))
    }
)


def test_every_test_line_a_row_looked_up_by_a_group_matches_holds_one_of_its_needles():
    """The group's words are a row's needles only if every line it takes holds one (all languages' test lines)."""
    lines = [to_plain(line) for _, _, line in CASES + NEAR_MISSES]
    assert GROUP_NEEDLED
    for pattern in GROUP_NEEDLED:
        needles = _needles([pattern]) or ()
        compiled = re.compile(pattern, re.IGNORECASE)
        for line in lines:
            lowered = lowered_for_literals(line)
            if lowered is not None and compiled.search(line):
                assert any(map(lowered.__contains__, needles)), (pattern, line)


def test_a_long_prompt_line_is_a_prompt_only_when_it_speaks_to_the_reader_in_the_page_language():
    told = (
        "Подписывайтесь на наш канал — такую надпись жильцы повесили у подъезда, чтобы собрать голоса против "
        "стройки во дворе. За месяц канал прочитали больше двух тысяч соседей."
    )
    asked = (
        "Подписывайтесь на наш канал в Telegram, чтобы первыми узнавать о новостях города, событиях недели и "
        "важных изменениях, которые касаются вас и вашей семьи каждый день."
    )
    languages = frozenset({"ru", "en"})
    assert first_matching_rule(told, languages) is None
    assert first_matching_rule(asked, languages) is RULES["newsletter"]
