"""Properties of the cleaners on arbitrary input (hypothesis)."""

import datetime as dt
import hashlib
import html
import itertools
import json
import os
import re
import subprocess
import sys

import ftfy
import pytest
from ftfy.badness import BADNESS_RE
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaners import bylines, dates, markdown, regions, text_page
from cleaners.bylines import split_names
from cleaners.dates import parse_dateline
from cleaners.html_page import clean_html
from cleaners.languages import alternation, words_of
from cleaners.markdown import strip_syntax, to_plain
from cleaners.patterns import (
    CASE_FOLDING_TRAPS,
    _anchored_parts,
    _branch_needles,
    _top_level_branches,
    lowered_for_literals,
    substituted,
)
from cleaners.rules import LINE_RULES, TITLE, first_matching_rule, page_languages, rule_matcher
from cleaners.text_page import (
    _FTFY_CONFIG,
    _FTFY_CONFIG_AFTER_TAG,
    _URL_LABEL_LINES,
    FTFY_FIXED_POINT_CHARS,
    REPEAT_SHARE,
    URL_LABEL_OPENINGS,
    Tagged,
    _ftfy_leaves,
    _labelled_url,
    _mostly_seen,
    clean_text,
    find_source_url,
    repair_mojibake,
    split_lines,
)
from output.contract import page_id
from tests.conftest import PROJECT, SAMPLE_RAW, examples

LINE_PIECES = st.sampled_from(
    [
        "Skip to main content",
        "Page not found",
        "By [Jane Doe](#)",
        "November 18, 2015",
        "# A headline",
        "Original url:",
        "<https://example.com/a>",
        "© 2019 dpa GmbH",
        "You may also like",
        "Comments",
        "The minister said on Tuesday that the talks in Moscow had gone well and would continue next week.",
        "![img](x.png)",
        "* [Home](/)",
        "---",
        "who met with mayors of",
        "French cities on Wednesday.",
    ]
)
# The literals of more than one character a syntax row needs (`markdown._SYNTAX`), and their closings.
SYNTAX_LITERALS = st.sampled_from(
    ["<!--", "-->", "image:", "link:", '":', "#+title:", "**", "__", "[[", "]]", "'''", "//"]
)
# Lines mixing known pieces with markdown's syntax characters, for the markdown-to-plain shortcuts.
MARKDOWN_LINES = st.lists(
    st.one_of(LINE_PIECES, st.sampled_from(list("[]()<>#*_`\\!-+• \t")), SYNTAX_LITERALS, st.text(max_size=20)),
    max_size=12,
).map("".join)
PAGES = st.lists(st.one_of(LINE_PIECES, st.text(max_size=120)), max_size=40).map("\n".join)
SETTINGS = settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(PAGES)
def test_text_cleaning_never_raises_and_accounts_for_every_line(page):
    cleaned = clean_text(page)
    removed = "\n".join(entry.text for entry in cleaned.removed)
    for raw in repair_mojibake(page).splitlines():
        raw = raw.strip()
        assert not raw or raw in removed or to_plain(raw) in cleaned.text or _joined(raw, cleaned.text)
    assert_well_formed(cleaned)


def assert_well_formed(cleaned) -> None:
    """The README's `text`: paragraphs separated by exactly one blank line, none empty or padded;
    every audit entry names a rule and keeps the line it took."""
    for paragraph in cleaned.paragraphs:
        assert paragraph and paragraph == paragraph.strip() and "\n" not in paragraph, repr(paragraph)
    assert "\n\n\n" not in cleaned.text and cleaned.text == cleaned.text.strip()
    for entry in cleaned.removed:
        assert entry.rule and entry.text.strip(), entry


def _joined(raw: str, text: str) -> bool:
    """A hard-wrapped line lives inside an unwrapped paragraph, spaces folded."""
    return " ".join(to_plain(raw).split()) in " ".join(text.split())


# Block elements only: inline ones side by side (two spans) may come out with their words glued.
BLOCK_TAGS = "p div li h1 h2 nav footer blockquote header aside".split()
PROSE = st.sampled_from(
    [
        "The minister said on Tuesday that the talks in Moscow had gone well and would continue next week.",
        "A long paragraph of article text that goes on about the news of the day, with commas and a full stop.",
        "Skip to main content",
        "You may also like",
        "© 2019 dpa GmbH",
        "By Jane Doe",
        "November 18, 2015",
        "Comments",
        "Menu",
        "who met with mayors of",
        "French cities on Wednesday.",
        "Caf&eacute; &amp; bar",
        "Share on Facebook",
        "Read more",
        "[a link](http://x)",
        "<a href='/home'>Home</a>",
        "<b>Bold</b> claims",
        "<!-- a comment -->",
    ]
)
BLOCK = st.tuples(st.sampled_from(BLOCK_TAGS), st.lists(PROSE, min_size=1, max_size=4).map(" ".join)).map(
    lambda block: f"<{block[0]}>{block[1]}</{block[0]}>"
)
ARTICLE_MARKUP = st.lists(BLOCK, min_size=1, max_size=25).map(
    lambda blocks: (
        "<html><head><title>A headline</title></head><body><article>" + "\n".join(blocks) + "</article></body></html>"
    )
)
WORD = re.compile(r"\w+")


@SETTINGS
@given(st.text(max_size=2000))
def test_html_cleaning_never_raises_on_any_string(markup):
    cleaned, _ = clean_html(markup)
    assert_well_formed(cleaned)


@SETTINGS
@given(ARTICLE_MARKUP)
def test_html_text_is_made_of_the_pages_words_and_keeps_no_markup(markup):
    """Whatever trafilatura and the rules keep, the text invents no word and leaks no tag."""
    cleaned, _ = clean_html(markup)
    assert_well_formed(cleaned)
    shown = "".join(re.sub(r"<[^>]*>", " ", html.unescape(markup)).split())  # two blocks' words may be glued
    assert [word for word in WORD.findall(cleaned.text) if word not in shown] == []
    tags = "|".join([*BLOCK_TAGS, "a", "b", "article", "body", "html"])
    assert not re.search(rf"</?(?:{tags})\b|<!--", cleaned.text), cleaned.text


@SETTINGS
@given(st.text(max_size=200))
def test_metadata_parsers_never_raise(line):
    parse_dateline(line)
    assert all(name.strip() for name in split_names(line))


# Ids already written into clean/ folders: computed with `printf '%s' PATH | sha256sum | cut -c1-32`.
PINNED_IDS = {
    "000_bd117a49a8ab8873.txt": "94dba0ee1190b6b7f2abc33ea6306c12",
    "html/article.html": "4410d7a0cd334699c83e251b45922113",
    "crawl.jsonl.gz#17": "8e7d0e25aae73c1881a902a3d9905505",
    "archive.warc.gz#<urn:uuid:3f1c2a9e-0000-4000-8000-000000000001>": "a2221c4395915f6cfc975500e8b7057f",
    "Zeitung/Über uns – Ç.md": "9a997ac3e30b0cb2ff5abc508b160d0a",
}


def test_ids_are_pinned_and_the_same_in_another_process():
    """A page keeps its id across runs, processes and hash seeds: a changed page_id would orphan
    every record already written."""
    assert {path: page_id(path) for path in PINNED_IDS} == PINNED_IDS
    code = (
        "import json, sys\nfrom output.contract import page_id\n"
        "print(json.dumps({p: page_id(p) for p in json.load(sys.stdin)}))"
    )
    other = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(list(PINNED_IDS)),
        cwd=PROJECT,
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
        capture_output=True,
        text=True,
    )
    assert json.loads(other.stdout) == PINNED_IDS


@given(st.text(min_size=1, max_size=200))
def test_ids_are_the_sha256_prefix_the_readme_documents_and_distinct(path):
    assert page_id(path) == hashlib.sha256(path.encode("utf-8")).hexdigest()[:32]
    assert page_id(path) != page_id(path + "#1")


CONTENT_WORD = st.text("abcdefghijklmnopqrstuvwxyzéüñ", min_size=2, max_size=11)


@st.composite
def clean_articles(draw) -> tuple[str, list[str]]:
    """A headline and paragraphs of prose; no paragraph repeats another's word runs (that would be a
    second copy, which the cleaner rightly removes)."""
    count = draw(st.integers(min_value=1, max_value=8))
    words = draw(st.lists(CONTENT_WORD, min_size=2 + 12 * count, max_size=2 + 12 * count, unique=True))
    paragraphs = []
    for number in range(count):
        own = words[2 + 12 * number : 14 + 12 * number]
        sentence = " ".join(f"{word} the" if position % 3 == 2 else word for position, word in enumerate(own))
        paragraphs.append(sentence.capitalize() + ".")
    return " ".join(words[:2]).title(), paragraphs


@SETTINGS
@given(clean_articles())
@example(("Ag Aaaaaaaa", ["Af agentschap aa the ab ac ad the ae aaa aaaa the aaaaa aaaaaa aaaaaaa the."]))
def test_cleaning_already_clean_text_changes_nothing(article):
    """A clean article (a headline, then paragraphs of prose) comes out as it went in."""
    headline, paragraphs = article
    cleaned = clean_text(f"# {headline}\n\n" + "\n\n".join(paragraphs))
    assert (cleaned.title, cleaned.paragraphs) == (headline, paragraphs)
    assert [entry.rule for entry in cleaned.removed] == [TITLE.name]


@pytest.mark.parametrize("sample", sorted(SAMPLE_RAW.glob("*.txt")), ids=lambda path: path.stem)
def test_a_cleaned_sample_cleans_to_itself(sample):
    once = clean_text(sample.read_text(encoding="utf-8"))
    again = clean_text(f"# {once.title}\n\n{once.text}")
    assert (again.title, again.paragraphs) == (once.title, once.paragraphs)
    assert [entry.rule for entry in again.removed] == [TITLE.name]


MOJIBAKE_PIECES = st.sampled_from(
    [
        "CafÃ©",
        "â€™",
        "&amp;",
        "&lt;b&gt;",
        "<p>",
        "\r\n",
        "\n",
        "Ã\xa0",
        "\x1b[31m",
        "e\u0301",
        "’",
        "“",
        "—",
        "\xa0",
        "…",
        "œ ",
        "cœur",
        "Ã ",
        " Â ",
        "”ä",
        "l’été",
        "&eacute;",
        "R&D",
        "\u2126",  # OHM SIGN: NFC makes it an omega
        "\u2028",
        "\ufeff",
        "\x85",
        "Привет",
    ]
)


@SETTINGS
@given(st.lists(st.one_of(MOJIBAKE_PIECES, st.text(max_size=30)), max_size=20).map("".join))
def test_mojibake_repair_is_exactly_ftfy(text):
    assert repair_mojibake(text) == ftfy.fix_text(text, _FTFY_CONFIG)


# Characters ftfy's detector and steps look at, beside plain ones: a segment drawn from them is often
# one ftfy changes, or nearly so.
MOJIBAKE_ALPHABET = st.sampled_from(
    sorted({*"".join(BADNESS_RE.pattern.split()), *"aeAE ,.;!?&#;x1\n\r\t\x1b\u0301\u2028\ufeff"} - {"\\"})
)


@SETTINGS
@given(
    st.builds(  # a segment as `_odd_segments` cuts one: a line, with its newline if one follows (none inside:
        # ftfy reads each line alone, so "\nÃ " is no segment the cheap look judges as a whole)
        lambda text, newline: text.replace("\n", "") + newline,
        st.lists(st.one_of(MOJIBAKE_PIECES, MOJIBAKE_ALPHABET), max_size=12).map("".join),
        st.sampled_from(["", "\n"]),
    )
)
@example("Ã ")
@example("ā€")
@example("a\u0301")
def test_a_segment_ftfy_leaves_by_the_cheap_look_is_one_ftfy_leaves(segment):
    if _ftfy_leaves(segment):
        assert ftfy.fix_text(segment, _FTFY_CONFIG) == segment
        assert ftfy.fix_text(segment, _FTFY_CONFIG_AFTER_TAG) == segment


def test_every_pattern_of_ftfy_s_detector_needs_two_non_ascii_characters_in_a_row_or_a_lone_few():
    """What `_ftfy_leaves` assumes of ftfy's mojibake detector: each of its patterns matches two
    characters in a row that are both outside ASCII, or one of "ŒœÃÂ" or a C1 control (which the
    step characters' look finds)."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def only(item, allowed) -> bool:  # one character, always in `allowed`
        op, av = item
        if op is c.LITERAL:
            return allowed(av)
        if op is not c.IN:
            return False
        return all(
            (kind is c.LITERAL and allowed(value))
            or (kind is c.RANGE and all(map(allowed, range(value[0], value[1] + 1))))
            for kind, value in av
        )

    def non_ascii(code: int) -> bool:
        return code > 0x7F

    def lone(code: int) -> bool:
        return chr(code) in "ŒœÃÂ" or 0x80 <= code <= 0x9F

    [(op, (_, branches))] = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).data
    assert op is c.BRANCH and len(branches) > 30
    for branch in branches:
        items = list(branch)
        pair = any(only(a, non_ascii) and only(b, non_ascii) for a, b in itertools.pairwise(items))
        assert pair or any(only(item, lone) for item in items), branch


@SETTINGS
@given(MARKDOWN_LINES)
def test_plain_lines_skip_the_syntax_table_without_changing_the_result(line):
    assert to_plain(line) == " ".join(strip_syntax(line).split())


@SETTINGS
@given(PAGES, st.booleans())
def test_a_split_lines_word_count_is_that_of_its_plain_text(page, is_markdown):
    """`split_lines` hands each line the count of the words it joined into its plain text: the
    count a split of that text gives."""
    for line in split_lines(page, is_markdown):
        assert line.words == len(line.plain.split())
        assert line.plain == (to_plain(line.raw.replace("\n", " ")) if is_markdown else " ".join(line.raw.split()))


def _every_row_tried(line: str) -> str:
    """`markdown.strip_syntax` without its look for each row's characters."""
    text = markdown._LYNX_REF.sub("", markdown._IMAGE.sub("", line))
    text = markdown._LINK.sub(lambda m: m["text"] if m["text"] is not None else m["ref_text"], text)
    text = markdown._AUTOLINK.sub(lambda m: m.group(1), text)
    for pattern, replacement, _ in markdown._SYNTAX:
        text = pattern.sub(replacement, text)
    return text


@SETTINGS
@given(MARKDOWN_LINES)
@example("See image:/logo.svg[Site] and link:/subscribe/[See plans] <!-- x --> [[Jane Doe]] today")
@example("'''Jane Doe''' and //Jane Doe// said \"Portada\":/ al**Ministerio Público** , la *y* _z_")
@example("#+title: Headline – Site")
@example("** Waxwings arrive early")
@example("****** Headline ******")
@example("[0][]")
def test_a_syntax_row_is_skipped_only_where_it_could_not_match(line):
    assert strip_syntax(line) == _every_row_tried(line)


def test_ftfy_sees_no_mojibake_in_any_three_fixed_point_characters():
    """Its detector's patterns are at most three characters long but for ones that need letters
    outside this set, so no text made of these characters looks like mojibake to it."""
    alphabet = [ch for ch in map(chr, range(0x2100)) if re.fullmatch(f"[{FTFY_FIXED_POINT_CHARS}]", ch)]
    assert len(alphabet) == 1 + 94 + 8  # a tab, printable ASCII but `&`, eight typographic characters
    assert not [a + b + c for a in alphabet for b in alphabet for c in alphabet if BADNESS_RE.search(a + b + c)]


RULE_WORDS = st.sampled_from(
    [
        "we use cookies",
        "This website uses cookies",
        "use of cookies",
        "delivered to your inbox",
        "Credit: ESA",
        "(AP Photo/Jane Doe)",
        "(Photo: Reuters)",
        "(Getty Images)",
        "Jane Doe via AP)",
        "(Image: NASA)",
        "© 2019",
        "All Rights Reserved",
        "COOKIES",
        "we use cookieſ",
        "ALL RIGHTS RESERVED",
        "newsletter",
        "Subscribe",
        "(",
        ")",
        ".",
    ]
)


@SETTINGS
@given(st.lists(st.one_of(RULE_WORDS, LINE_PIECES, st.text(max_size=15)), max_size=8).map(" ".join))
def test_rule_patterns_match_exactly_as_one_case_insensitive_search(line):
    """Anchoring and the literal lookups only skip work: each rule matches where its patterns,
    searched the plain way, match."""
    for rule in LINE_RULES:
        plain_way = re.search("|".join(f"(?:{p})" for p in rule.patterns.sources), line, re.IGNORECASE) is not None
        assert rule.patterns.search(line, lowered_for_literals(line)) == plain_way, rule.name


@example("Skip to main content " + "and then a long run of words " * 3, "en")
@example("Morning Briefing — The day's news in your inbox every weekday", "en")
@example("Morning Briefing — The day's news in your ınbox every weekday", "en")
@example("The Daily Newsletter: what happened today", "en")
@example("Stay informed: download our free news app.", "en")
@example("jane.doe@example.com", "en")
@example("Unser Newsletter für Sie", "de")
@example("Recevez notre newsletter chaque matin", "fr")
@example("We use cookies " + "to give you the best experience on our site " * 4, None)
@example("Subscribe " + "we use cookies " * 8 + "newsletter", None)  # 26 words, none to the reader: no prompt
@SETTINGS
@given(
    st.lists(st.one_of(RULE_WORDS, LINE_PIECES), max_size=12).map(" ".join),
    st.sampled_from([None, "en", "fr", "de"]),
)
def test_a_line_is_matched_only_with_the_rules_that_may_take_one_of_its_length(line, language):
    """Long lines are matched with fewer rules: the rule found is the first of all that matches and
    takes a line of that length."""
    languages = page_languages(language)
    patterns = {name: "|".join(f"(?:{p})" for p in found.sources) for name, found in rule_matcher(languages).named}
    expected = next(
        (
            rule
            for rule in LINE_RULES
            if len(line.split()) <= rule.max_words
            and re.search(patterns[rule.name], line, re.IGNORECASE)
            and rule.reads_as_prompt(line, len(line.split()), languages)  # a long prompt speaks to the reader
        ),
        None,
    )
    assert first_matching_rule(line, languages) == expected


def test_every_character_a_needle_literal_matches_case_insensitively_lowers_to_it_or_is_a_trap():
    """A line's literal lookups find a needle, a lower-cased line's search a consent word, and the lookups of
    `patterns.may_hold` and `patterns.Openings` a dateline's word or a URL label's first word, wherever a
    case-insensitive regex would: every character of Unicode that `re.IGNORECASE` matches to one of their
    characters is it once lower-cased, or is one of CASE_FOLDING_TRAPS (whose lines are searched with the
    regex)."""
    every_character = "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)
    needles = [
        *(rule_matcher(None).anywhere_needles or ()),
        *words_of("consent_words"),
        *dates.LEADING_NEEDLES,
        *URL_LABEL_OPENINGS.words,
    ]
    for literal in {character for needle in needles for character in needle}:
        for character in re.findall(re.escape(literal), every_character, re.IGNORECASE):
            assert character.lower() == literal or character in CASE_FOLDING_TRAPS, (literal, character)


def _every_needle(limit: int) -> frozenset[str]:
    """Every literal the line rules' unanchored patterns need (a run or a group's alternatives), before `fewest`."""
    return frozenset(
        needle.lower()
        for _, patterns in rule_matcher(None, limit).named
        for pattern in patterns.sources
        if not pattern.startswith("^")
        for branch in _top_level_branches(pattern)
        for needle in _branch_needles(branch)
    )


@SETTINGS
@given(st.lists(st.one_of(RULE_WORDS, LINE_PIECES, st.text(max_size=6)), max_size=8).map(" ".join))
@example("Credit: AP")
@example("reuters file photo")
def test_a_line_holds_one_of_the_fewest_needles_wherever_it_holds_any(line):
    lowered = line.lower()
    for limit in (0, 60):
        needles = _every_needle(limit)
        fewest = rule_matcher(None, limit).anywhere_needles or frozenset()
        assert fewest < needles
        assert any(map(lowered.__contains__, needles)) == any(map(lowered.__contains__, fewest))


@example("Cookies ſettings")
@example("We use cookıes on İnbox")
@SETTINGS
@given(st.lists(st.one_of(RULE_WORDS, LINE_PIECES, st.sampled_from(list("ıİſé©K"))), max_size=8).map(" ".join))
def test_literal_lookups_in_lines_that_are_not_ascii(line):
    """Lines with accents, traps and the Kelvin sign: the lookups skip no rule that matches."""
    for rule in LINE_RULES:
        plain_way = re.search("|".join(f"(?:{p})" for p in rule.patterns.sources), line, re.IGNORECASE) is not None
        assert rule.patterns.search(line, lowered_for_literals(line)) == plain_way, rule.name


# literals the unanchored patterns need, and text around them: a line holding one or several
CREDIT_PIECES = st.sampled_from(
    ["AFP", "Reuters", "/", "/Getty Images", "Credit...", "©", "2019.", "Photo by", "newsletter", "inbox", "Jane Doe"]
)


@example("Yuri Kadobnov, AFP | French President address a news conference")
@example("acknowledged that IS bombed a Russian airliner last month Reuters/Philippe Wojazer")
@example("Talks in Moscow on November 19, 2019. © Reuters / David Mercado")
@example("Protesters in Paris. Photo by Jane Doe")
@SETTINGS
@given(st.lists(st.one_of(CREDIT_PIECES, RULE_WORDS, LINE_PIECES, st.text(max_size=6)), max_size=8).map(" ".join))
def test_searching_each_pattern_whose_literal_a_line_holds_is_searching_them_all(line):
    """`LinePatterns.search_anywhere` with the line's literals searches only the unanchored patterns
    whose literal the line holds, each alone: the same answer as all of them in one regex."""
    for name, patterns in rule_matcher(None).named:
        everything = patterns.anywhere is not None and patterns.anywhere.search(line) is not None
        assert patterns.search_anywhere(line, lowered_for_literals(line)) == everything, name


@example("Yuri Kadobnov, AFP | French President address a news conference", None)
@example("French President Francois Hollande (R) shakes hands (AP Photo/Jane Doe)", "fr")
@example("Subscribe to our newsletter. © 2019 dpa GmbH, Credit: Reuters", "de")
@example("The page no longer exists or did not exist at all. Please check the address", "en")
@SETTINGS
@given(
    st.lists(st.one_of(CREDIT_PIECES, RULE_WORDS, LINE_PIECES, st.text(max_size=6)), max_size=8).map(" ".join),
    st.sampled_from([None, "en", "fr", "de"]),
)
def test_a_line_is_matched_by_the_sets_each_searched_the_plain_way(line, language):
    """`FirstMatch.matching` gives every pattern set that matches the line, in order, each searched the plain way:
    the unanchored patterns found by the line's needles skip none that matches."""
    for limit in (0, 60):
        matcher = rule_matcher(page_languages(language), limit)
        expected = [
            index
            for index, (_, patterns) in enumerate(matcher.named)
            if re.search("|".join(f"(?:{p})" for p in patterns.sources), line, re.IGNORECASE)
        ]
        assert list(matcher.matching(line, lowered_for_literals(line))) == expected


@example("WE USE COOKIES ON THIS SITE")
@example("ᲃогласие на обработку")
@example("ZGODĘ NA PRZETWARZANIE")
@example("We use cookıes and collect personal data")
@example("x-cookie, pre-consent")
@SETTINGS
@given(st.lists(st.one_of(RULE_WORDS, LINE_PIECES, st.sampled_from(list("ıİſᲁᲂᲃᲄᲅéÉ"))), max_size=8).map(" ".join))
def test_a_line_names_consent_as_a_case_blind_search_finds_it(line):
    """A consent word is looked for case-sensitively in the lower-cased line: where a case-blind
    search of the words finds one, and nowhere else."""
    consent_words = rf"(?<!\w)(?:{alternation(words_of('consent_words'))})"
    case_blind = re.search(consent_words, line, re.IGNORECASE) is not None
    assert regions.names_consent(line) == case_blind


@SETTINGS
@given(
    st.lists(
        st.tuples(
            st.integers(-12, 40),
            st.booleans(),
            st.lists(st.one_of(RULE_WORDS, LINE_PIECES), max_size=6).map(" ".join),
        ),
        max_size=14,
    ),
    st.booleans(),
)
def test_a_pages_consent_memo_finds_the_region_the_search_does(lines, name_lists):
    """The region search asked through a page's memo of `names_consent` (`Tagged.names_consent`, each text
    searched once) finds the region the plain search does, run after run on one page."""
    scores, chrome, plains = [list(column) for column in zip(*lines, strict=True)] if lines else ([], [], [])
    page = Tagged(lines=[], tags=[])
    for _ in range(2):
        memo = regions.article_region(scores, chrome, plains, name_lists, consent=page.names_consent)
        assert memo == regions.article_region(scores, chrome, plains, name_lists)
    assert all(page.names_consent(plain) == regions.names_consent(plain) for plain in plains)


def _strptime_fast_date(text):
    """The fast dateline layouts read by `datetime.strptime` itself: what `_fast_date` must equal."""
    for layouts, timed in ((dates._FAST_DATE_FORMATS, False), (dates._FAST_INSTANT_FORMATS, True)):
        for layout in layouts:
            try:
                parsed = dt.datetime.strptime(text, layout)
            except ValueError:
                continue
            if not timed:
                return dates.Published(date=parsed.date())
            at = parsed.replace(tzinfo=dt.UTC)
            return dates.Published(date=at.date(), at=at)
    return None


_DATE_PIECES = {  # mostly right, sometimes wrong: a name only case folding matches, a day out of range
    "%B": st.sampled_from(["November", "february", "MAY", "June", "ſeptember", "Sept", "Junee"]),
    "%b": st.sampled_from(["Nov", "feb", "SEP", "Jun", "Sept", "ſep", "May"]),
    "%A": st.sampled_from(["Wednesday", "monday", "SUNDAY", "Friday", "ſunday", "Wed"]),
    "%a": st.sampled_from(["Wed", "mon", "SUN", "Fri", "ſun", "Wednesday"]),
    "%d": st.sampled_from(["1", "01", " 5", "18", "29", "30", "31", "32", "0", "٣", "1 8"]),
    "%m": st.sampled_from(["1", "02", "11", "12", "13", "0"]),
    "%Y": st.sampled_from(["2015", "2024", "2023", "1900", "0000", "201", "20155", "٢٠١٥"]),
    "%H": st.sampled_from(["0", "09", "9", "23", "24"]),
    "%M": st.sampled_from(["0", "05", "59", "60"]),
}
_WHITESPACE = st.sampled_from([" ", " ", " ", "  ", "\t", " \n "])


@st.composite
def _dateline_like(draw):
    """A fast layout filled with right and wrong names and numbers, any spacing, sometimes a tail."""
    layout = draw(st.sampled_from(dates._FAST_DATE_FORMATS + dates._FAST_INSTANT_FORMATS))
    pieces = re.split(r"(%[A-Za-z]| )", layout)
    text = "".join(
        draw(_DATE_PIECES[piece]) if piece in _DATE_PIECES else draw(_WHITESPACE) if piece == " " else piece
        for piece in pieces
    )
    return text + draw(st.sampled_from(["", "", "", "", " ", "x", " GMT", ":00"]))


@settings(max_examples=examples(5000), deadline=None)
@given(st.one_of(_dateline_like(), st.text(max_size=40)))
@example("ſunday, November 18, 2015")
@example("ſeptember 18, 2015")
@example("Nov  5, 2015")
@example("29 February 2023")
def test_the_fast_dateline_layouts_read_exactly_what_strptime_reads(text):
    assert dates._fast_date(text) == _strptime_fast_date(text)


_DATED_PREFIXES = st.sampled_from(
    [
        "",
        "September 1st, 2023",
        "12.03.2024 13:30",
        "Posted on March 3, 2024 at 10:00 ·",
        "Published on Tuesday, March 3, 2024",
    ]
)
_BYLINE_TAILS = st.sampled_from(
    ["", "By Jane Doe", "von Olga", "by", "Par Loïc Le Clerc", "3 hours ago", "- Rede von X"]
)


@example("September 1st, 2023 By Jane Doe")
@example("Published on Tuesday, March 3, 2024 By Jane Doe")  # its first digit 31 characters in
@SETTINGS
@given(st.lists(st.one_of(_DATED_PREFIXES, _BYLINE_TAILS, st.text(max_size=30)), max_size=4).map(" ".join))
def test_a_byline_date_is_looked_for_only_where_its_digits_could_stand(text):
    """`undated_byline` skips its pattern when no digit stands where a date would: the same text
    as the pattern gives."""
    dated = bylines._DATED_BYLINE.match(text)
    whole = (
        dated["byline"]
        if dated and bylines._ends_with_date(dated["date"]) and dates.writes_one_date(dated["date"])
        else text
    )
    assert bylines.undated_byline(text) == whole


@example("Valladolid, 12/02/2026 - 08:45")
@example("Nov 19, 2019 at 9:08 GMT 1 day ago")
@example("Published 3 hours ago")
@example("x² 2015")
@SETTINGS
@given(
    st.lists(st.one_of(_dateline_like(), LINE_PIECES, _BYLINE_TAILS, st.text(max_size=20)), max_size=4).map(" ".join)
)
def test_a_date_text_is_cut_only_from_lines_with_two_numbers(text):
    """`dates._date_text` counts the numbers of the whole line before its cuts: the same text as
    cutting first."""
    stripped = text.strip()
    cut = dates._PLACE.sub("", dates._PREFIX.sub("", dates._TRAILING_RELATIVE.sub("", stripped)).strip())
    shaped = bool(cut) and bool(dates._YEAR.search(cut) or dates._NUMERIC_DATE.search(cut))
    whole = (
        cut
        if shaped
        and len(dates._NUMBER.findall(cut)) >= 2
        and len(dates._LETTERS.findall(cut)) <= dates._MAX_LETTER_RUNS
        else None
    )
    assert dates._date_text(stripped) == whole


@SETTINGS
@given(st.text(max_size=60), st.sampled_from([0, 1]))
def test_a_substitution_looked_for_first_is_the_substitution(text, count):
    for pattern, replacement in ((bylines._BY_WORD_COLON, r"\1 "), (dates._ORDINAL, r"\1"), (dates._HOUR_H, r"\1:\2")):
        assert substituted(pattern, replacement, text, count) == pattern.sub(replacement, text, count)


@example("1990s 'tis _x -y a3b-c 3d, the words of a line long enough to be split")
@example("l’été “déjà” 2e\u00a0étage — x\ud800y, les mots d’une ligne assez longue")
@SETTINGS
@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=127), max_size=120), st.text(max_size=120)))
def test_prose_words_of_a_line_are_those_of_the_unicode_pattern(line):
    """A line's words are found by splitting it at what no word holds, not by the pattern's search for each (Chinese
    and Japanese aside): the same words as the pattern's."""
    lowered = line.lower()
    if regions._HAS_CJK.search(lowered) is None:
        assert regions.prose_words(line) == regions._WORD.findall(lowered)


@example("Jane Doe, John Smith and Ana Ruiz")
@example(", Jane Doe;")
@SETTINGS
@given(
    st.lists(
        st.sampled_from(["Jane", "Doe", "van", "der", "and", "und", ",", ";", "&", "/", "the", "Ana", "RUIZ", "x"]),
        max_size=10,
    ).map(" ".join)
)
def test_names_are_read_part_by_part_as_split_reads_them(text):
    """`looks_like_names` stops at the first part that is no name: the answer of reading them all."""
    parts = [part for part in bylines._SPLIT.split(text.strip()) if part]
    assert bylines.looks_like_names(text) == (bool(parts) and all(map(bylines.looks_like_name, parts)))


@example([20, 20], [False, True] + [False] * 10)  # the share reached by the last line read, exactly
@SETTINGS
@given(
    st.lists(st.integers(min_value=-30, max_value=60), min_size=1, max_size=12),
    st.lists(st.booleans(), min_size=12, max_size=12),
)
def test_a_name_list_stops_reading_where_the_share_is_out_of_reach(scores, naming_lines):
    """`_is_name_list` reads the heaviest long lines first and stops once the rest cannot reach the
    share: the answer of summing every line that names a list."""
    names = " ".join(["Albuquerque"] * 30)
    plains = [names if naming else "a line of prose" for naming in naming_lines[: len(scores)]]
    prose = [index for index, score in enumerate(scores) if score > 0]
    long = [index for index in prose if scores[index] >= 2 * regions.PROSE_MIN_WORDS]
    naming = sum(scores[index] for index in long if regions.names_run_together(plains[index]))
    whole = naming > 0 and naming >= regions.NAME_LIST_SHARE * sum(scores[index] for index in prose)
    assert regions._is_name_list(scores, plains, (0, len(scores) - 1)) == whole


@example([False] + [True] * 4)  # the share exactly, the first run unseen
@example([False, False] + [True] * 8)  # 8 of 10, the two unseen first
@example([False, False, False] + [True] * 12)
@example([True] * 3 + [False] * 3)
@SETTINGS
@given(st.lists(st.booleans(), min_size=5, max_size=60))
def test_a_line_is_mostly_seen_wherever_its_runs_seen_reach_the_share(seen_flags):
    grams: list[tuple[str, ...]] = [(str(number), "w", "w", "w") for number in range(len(seen_flags))]
    seen: set[tuple[str, ...]] = {gram for gram, was_seen in zip(grams, seen_flags, strict=True) if was_seen}
    assert _mostly_seen(grams, seen) == (sum(gram in seen for gram in grams) >= REPEAT_SHARE * len(grams))


@example(["Ⓐbc"] * 20 + ["Name"] * 20)  # a circled letter is upper case, but no letter
@example(["Name"] * 20 + ["(7)"] * 10)  # an archive's counts are no words
@example(["Ann"] * 16 + ["arbor"] * 4)  # an ASCII line with just enough capitals
@example(["Ann"] * 15 + ["arbor"] * 4 + ["aB"])  # one short of them, one inside a word
@SETTINGS
@given(
    st.lists(
        st.sampled_from(["Ann", "arbor", "Ⓐbc", "ǅx", "2020", "(7)", "Éire", "東京", "Ärger", "und", "ABC", "aB"]),
        max_size=40,
    )
)
def test_names_run_together_counts_each_words_first_letter(words):
    """`names_run_together` reads only the words' first characters: the count of the words themselves."""
    plain = " ".join(words)
    tokens = [token for token in plain.split() if token[:1].isalpha()]
    capitalised = sum(token[0].isupper() for token in tokens)
    whole = len(tokens) >= 2 * regions.PROSE_MIN_WORDS and capitalised >= regions.NAME_LINE_SHARE * len(tokens)
    assert regions.names_run_together(plain) == whole


def _spaced(words: list[str], spaces: list[str], max_size: int, lead: bool = False) -> st.SearchStrategy[str]:
    """Up to `max_size` of `words`, each followed by one of `spaces` (and one before them all if `lead`)."""
    return st.lists(st.sampled_from(words), max_size=max_size).flatmap(
        lambda drawn: st.lists(st.sampled_from(spaces), min_size=len(drawn) + lead, max_size=len(drawn) + lead).map(
            lambda gaps: (
                "".join(gaps[:lead]) + "".join(word + gap for word, gap in zip(drawn, gaps[lead:], strict=True))
            )
        )
    )


@example("Anna van der Berg and Luis Gil")  # a joiner as the fifth word
@example("Ana Ruiz Luis Gil Berg, Jane Doe")  # five words before the first joiner: no name
@example("Jane Doe/John Roe Smith Wesson Colt")  # a joiner inside a word
@example(", Jane Doe said the minister on Monday")  # a joiner first: an empty chunk
@example("Jane  Doe\u00a0and\tJohn Roe of the Daily Planet")  # other spaces between the words
@SETTINGS
@given(
    _spaced(
        ["Jane", "Doe", "van", "and", "y", "И", "said", "the", ",", "/", "Smith,", "O'Neil", "&", "3"],
        [" ", "  ", "\t", "\u00a0"],
        max_size=14,
    )
)
def test_names_are_looked_for_in_the_first_words_as_in_the_whole_line(text):
    """`looks_like_names` refuses a text whose first words hold no joiner before splitting it: the
    answer of splitting the whole line at every joiner."""
    chunks = [chunk for chunk in bylines._SPLIT.split(text.strip()) if chunk]
    whole = bool(chunks) and all(map(bylines.looks_like_name, chunks))
    assert bylines.looks_like_names(text) == whole


@example("Chapter 2 of 3")
@example("Seite ٣ von ٤")  # Arabic-Indic digits: `\d` matches them, a line with them is no ASCII
@example("x² and ¹")  # superscripts: `str.isdigit` takes them, `\d` does not
@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("ab 0189.,:|²٣٤१é")), max_size=40))
def test_an_ascii_lines_digits_are_counted_as_the_character_look_and_the_regex_count_them(text):
    """`has_digit` and the table row's digit look count an ASCII line's digits in C: the answers of
    looking at every character and of the digits' regex."""
    assert dates.has_digit(text) == any(map(str.isdigit, text))
    assert regions._too_few_digits(text) == (regions._ENOUGH_DIGITS.search(text) is None)


@example("", 0)
@example("  By\u2003Jane\nDoe  ", 2)  # other whitespace than a space sets words apart too
@SETTINGS
@given(st.text(alphabet=st.sampled_from(list("ab \t\n\u00a0\u2003.")), max_size=40), st.integers(0, 6))
def test_a_bounded_split_counts_words_past_a_limit_as_the_whole_split(text, most):
    """`more_words_than` splits at most `most` times: it says what counting every word says."""
    assert dates.more_words_than(text, most) == (len(text.split()) > most)


@example("Nov 19, 2019 at 9:08 GMT il y a 3 heures")  # a relative date of five words
@example("a b c d e f 2 days ago")  # more words than a relative date holds before it
@example("  x\u00a0 hier\n")  # spaces on both ends, a trailing newline
@SETTINGS
@given(
    _spaced(
        ["Nov", "19,", "2019", "il", "y", "a", "3", "heures", "2", "days", "ago", "Hier", "vor", "x"],
        [" ", "  ", "\t", "\u00a0", "\n"],
        max_size=12,
        lead=True,
    )
)
def test_a_trailing_relative_date_is_cut_from_the_last_words_as_from_the_whole_line(text):
    """`dates._without_trailing_relative` reads only a line's last words: the cut of reading it all."""
    assert dates._without_trailing_relative(text) == dates._TRAILING_RELATIVE.sub("", text)


@example("Fact Checked By")
@example("Medically reviewed auteur :")  # a "By"-word ending in a colon of its own
@example("Reviewed BY:")
@example("Texte de Jean :")  # a name after the "By"-word: no label
@example("Fact Checked Dİ")  # "İ" is "i" to the case-blind pattern, not to `str.lower`: the pattern decides
@example("Translation:")  # a credit's word and a colon
@example("Sprawdzone przez")  # the last word of a "By"-word
@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                "Fact",
                "Checked",
                "Reviewed",
                "by",
                "By:",
                ":",
                "auteur",
                "Editor",
                "Jane",
                "DI",
                "dİ",
                "ſ",
                "Translation",
            ]
        ),
        max_size=6,
    ).map(" ".join)
)
def test_an_other_credits_label_is_looked_for_after_its_last_word_as_by_the_pattern(text):
    """`labels_other_credit` refuses a line whose last word ends no "By"-word and is no credit's word before
    its pattern: the pattern's answer."""
    whole = bylines._OTHER_CREDIT_LABEL.match(text.strip()) is not None and bylines.holds_role_word(text)
    assert bylines.labels_other_credit(text) == whole


@example("September 1st, 2023 By Jane Doe")
@example("06.11.2023 13:30 von Olga")
@example("Published November 27th, 2015 - 06:00 GMT")
@example("1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 by Jane Doe")  # a "By"-word as late as it can be
@example("12.03.2024 BY Jane Doe")
@example("March 3, 2024 at 10:00 am · by Jane Doe")  # the "By"-word as the seventh word
@example("12.03.2024 Dİ Jane Doe")  # "İ" is "i" to the case-blind pattern, not to `str.lower`
@SETTINGS
@given(
    _spaced(
        ["September", "1st,", "2023", "By", "von", "a", "cura", "di", "Jane", "Doe", "Dİ", "1", "-", "Autor:", "x"],
        [" ", "  ", "\t", "\u00a0"],
        max_size=24,
        lead=True,
    )
)
def test_a_dated_bylines_by_word_is_looked_for_among_the_first_words_as_by_the_pattern(text):
    """`undated_byline` refuses a line none of whose first words opens a "By"-word before its pattern:
    the pattern's answer."""
    dated = bylines._DATED_BYLINE.match(text) if dates.has_digit(text[: bylines._DATED_BYLINE_DATE_MAX_CHARS]) else None
    if dated and bylines._ends_with_date(dated["date"]) and dates.writes_one_date(dated["date"]):
        expected = dated["byline"]
    else:
        expected = text
    assert bylines.undated_byline(text) == expected


_BY_WORD_PIECES = [
    "By",
    "by:",
    "BY",
    ":",
    "Autor:",
    "auteur",
    "written",
    "Written by",
    "a cura di",
    "Jane",
    "Doe",
    "Dİ",
]


@example("By: Jane Doe")
@example("Auteur : Jean Dupont")  # a "By"-word with a colon of its own after a space
@example("Dİ Jane Doe")  # "İ" is "i" to the case-blind pattern, not to `str.lower`: the pattern decides
@example("\u00a0written\tby Jane")  # other spaces before and inside the "By"-word
@SETTINGS
@given(_spaced(_BY_WORD_PIECES, [" ", "  ", "\t", "\u00a0"], max_size=6, lead=True))
def test_a_by_word_is_looked_for_in_the_first_word_as_by_the_patterns(text):
    """`parse_byline` and `byline_text` try their case-blind "By"-word patterns only on a text whose first word
    opens a "By"-word: the patterns' answers."""
    stripped = text.strip()
    names = bylines._BYLINE.match(stripped) if len(text.split()) <= bylines._MAX_WORDS else None
    expected = [name for name in bylines.split_byline_names(names["names"]) if bylines._may_name(name)] if names else []
    assert bylines.parse_byline(text) == (expected or None)
    colonless = bylines._BY_WORD_COLON.sub(r"\1 ", stripped, count=1)
    assert bylines.byline_text(text) == bylines.undated_byline(colonless)


@example("By[Jane Doe](/team/jane-doe)")
@example("**By**[Jane Doe](/a)")  # marks between the "By"-word and the link: no match
@example("** _By[Jane](/a)")  # marks set apart by a space before the "By"-word
@example("Written by[Jane](/a)")
@example("Dİ[Jane](/a)")
@SETTINGS
@given(
    _spaced(
        ["*", "_", "**By", "by[", "Autor:[", "written", "by", "[Jane]", "Dİ[", "x["], ["", " ", "\u00a0"], max_size=5
    )
)
def test_a_by_word_run_into_a_link_is_looked_for_in_the_first_word_as_by_the_pattern(raw):
    """`_link_may_open_by_word` refuses only lines the "By"-word-into-a-link pattern does not match."""
    if bylines._BY_WORD_LINK.match(raw):
        assert bylines._link_may_open_by_word(raw)


@example("Sports | March 3, 2024 | 4 comments")
@example("Jane Doe -- 12.03.2024 // Berlin")  # the doubled dash and slash
@example("anti-terrorist 24/7 coalition")  # a dash and a slash inside words: no separator, one part
@example(" \u00a0•\t")  # a separator alone: no part
@SETTINGS
@given(
    _spaced(
        ["Jane", "2024", "|", "•", "·", "⋅", "・", "-", "--", "–", "—", "/", "//", "a-b", "x/y", ""],
        [" ", "", "\t", "\u00a0"],
        max_size=8,
        lead=True,
    )
)
def test_a_line_without_a_separators_character_is_one_part_as_the_pattern_splits_it(text):
    """`dateline_parts` splits only a line holding what a separator needs (a bar, a bullet, a dash or slash with a
    space after it): the pattern's parts; and `_has_separator` looks for one there only."""
    assert dates.dateline_parts(text) == [part for part in dates._PART_SEPARATOR.split(text.strip()) if part.strip()]
    assert dates._has_separator(text) == (dates._PART_SEPARATOR.search(text) is not None)


_PART_SEPARATOR_AS_WRITTEN = re.compile(r"\s*[|•·⋅・]\s*|\s+(?:---?|//|[-–—/»])\s+")


@example("Sports | March 3, 2024 | 4 comments")
@example("Jane \t|\u00a0 Doe —  x")  # spaces around a bar, a dash's spaces
@example("a |b| c")  # a bar with no space before it
@example("Jane --- 2024 » x")  # a spaced long dash of hyphens, a forum's guillemet
@SETTINGS
@given(
    _spaced(
        ["Jane", "2024", "|", "•", "・", "-", "--", "---", "–", "»", "/", "//", "a-b", "x/y", ""],
        [" ", "", "  ", "\t", "\u00a0"],
        max_size=8,
        lead=True,
    )
)
def test_the_part_separator_opening_with_its_first_characters_class_finds_what_the_pattern_as_written_does(text):
    """`dates._PART_SEPARATOR`, written to open with a character class, finds the separators (where each starts
    and ends) of its pattern as written with leading spaces."""
    spans = [found.span() for found in dates._PART_SEPARATOR.finditer(text)]
    assert spans == [found.span() for found in _PART_SEPARATOR_AS_WRITTEN.finditer(text)]


# Patterns opening with `\s\s*` (or `\s\s+`) where they read more simply with `\s+` (or `\s{2,}`), each with its
# form as written: the regex engine searches for the first only where a space stands.
_OPENING_WITH_A_SPACE = [
    (dates._TRAILING_RELATIVE, rf"\s+(?:{dates._RELATIVE.pattern})$", re.IGNORECASE),
    (dates._TRAILING_FILLER, rf"\s+(?:{dates._FILLER.pattern})$", re.IGNORECASE),
    (text_page._TITLE_BAR_SEPARATOR, r"\s+[|\-–—·]\s+|\s+::\s+", 0),
    (text_page._TRAIL_SEPARATOR, r"\s+[>›»→▸/]\s+", 0),
    (text_page._ROW_GAP, r"\s{2,}", 0),
    (text_page._TRAIL_ARROW, r"\s+[>›»→▸]\s+", 0),
    (bylines._AFTER_NAME, rf"\s+(?:{alternation(words_of('after_name_words'))})\s+.*$", 0),
]


@example("Nov 8, 2025  \t7 min read")
@example("Headline  |  Site :: Section")
@example("Region > Bochnia / Handball   Verbandsliga » mit dpa")
@SETTINGS
@given(
    _spaced(
        ["Jane", "2024", "3 hours ago", "7 min read", "4 comments", "|", "·", "::", "-", ">", "»", "/", "mit", "à", ""],
        [" ", "", "  ", "\t", "\u00a0"],
        max_size=8,
        lead=True,
    )
)
def test_a_pattern_opening_with_a_space_finds_what_its_form_as_written_does(text):
    """Each pattern of `_OPENING_WITH_A_SPACE` matches where its form as written does, with the same groups."""
    for pattern, written, flags in _OPENING_WITH_A_SPACE:
        as_written = re.compile(written, flags)
        found = [(match.span(), match.groups()) for match in pattern.finditer(text)]
        assert found == [(match.span(), match.groups()) for match in as_written.finditer(text)], written


@example("Jane Doe, AFP")
@example("Jane Doe (ANSA)")
@example("Jane Doe AFP")  # no separator: no credit
@example("Jane Doe \u00a0,\u2003AFP")  # the spaces the pattern's `\s` takes beyond ASCII's
@example("Jane\x1f| Reuters")
@SETTINGS
@given(
    _spaced(
        ["Jane", "Doe", "AFP", ",", "|", "(", "ANSA)", "Reuters", "x,"], [" ", "", "\t", "\u00a0", "\x1c"], max_size=6
    )
)
def test_a_credit_line_is_split_where_the_pattern_splits_it(text):
    """`split_credit` gives what the split's pattern as written gives (its spaces tried at every character), and
    `parse_credit_line` refuses a text without a separator: a credit needs one."""
    stripped = text.strip()
    assert bylines.split_credit(stripped) == tuple([*_CREDIT_SPLIT.split(stripped, maxsplit=1), "", ""][:3])
    if not bylines.split_credit(stripped)[1]:
        assert bylines.parse_credit_line(text) is None


_CREDIT_SPLIT = re.compile(r"\s*([,|(])\s*")  # `bylines.split_credit` as a pattern


@example("Jane Doe and John Roe")
@example("Jane Doe AND John Roe, Max Mustermann & Erika Musterfrau")
@example("Анна Иванова и Иван Петров")
@example("İvan Doe i Jan Kowalski")  # "İ" is "i" to the case-blind match
@example("Andrea Rossi e Anna Bianchi/Eva Neri")
@SETTINGS
@given(
    _spaced(
        ["Jane", "Andrea", "and", "AND", "und", "e", "et", "Y", "и", "Й", "і", "İ", "ı", "Ed", ",", "&", "/"],
        [" ", "", "\t", "\u00a0"],
        max_size=7,
    )
)
def test_names_are_split_at_their_joiners_as_the_plain_alternation_splits_them(text):
    """`bylines._SPLIT` tries its joiner words only where one of their first letters stands: the same splits and
    spans as the alternation tried at every character."""
    assert bylines._SPLIT.split(text) == _NAME_SPLIT.split(text)
    assert [m.span() for m in bylines._SPLIT.finditer(text)] == [m.span() for m in _NAME_SPLIT.finditer(text)]


# `bylines._SPLIT` as written before its look at the joiners' first letters
_NAME_SPLIT = re.compile(rf"\s*(?:,|;|&|/|\b(?:{alternation(words_of('name_joiners'))})\b)\s*", re.IGNORECASE)


@example("Тарас Кравченко, 21 липня 2026")
@example("Door Jelle Bosscher en Anouk Wierenga 11 okt 2026 om 19:42 Bijgewerkt: 12 okt")
@example("Jane Doe,\u00a0\u0662\u0660")  # another script's figures, a space beyond ASCII's
@example("Jane 12, Doe, 2024")  # a figure before the first comma
@example("Jane\x1c2024")  # a separator control: a space to `\s`
@SETTINGS
@given(
    _spaced(
        ["Jane", "Doe", ",", "2024", "21", "x1", "\u0662", "²", "Bijgewerkt:", ",2024"],
        [" ", "", "\t", "\u00a0", "\x1c", "\n"],
        max_size=6,
        lead=True,
    )
)
def test_a_dated_credits_patterns_are_tried_only_where_what_they_need_stands(text):
    """`dated_credit` tries each pattern of a one-part line only where what it needs stands: wherever the pattern
    matches, the look before it says so."""
    figure = bylines._FIGURE.search(text)
    for pattern, needed in bylines._DATED_NAMES:
        if pattern.match(text):
            assert figure is not None and needed(text, figure.start()), pattern.pattern


@example("Notice published: 12/01/2026")
@example("Page last reviewed: 3 March 2024")
@example("Notice published 12/01/2026")  # no colon, the dateline's word in small letters: no label
@example("La rédaction Publié le 03/10/2026")
@example("Our  page\u00a0LAST UPDATED: 3 March 2024")  # the kind's words third, after wide and other spaces
@example("Ma\x1cpage Fecha de publicación: 3/03/2024")  # a separator control: a space to `\s` and `str.split`
@example("Notice pub\u0130shed: 12/01/2026")  # a case-folding trap
@example("x1 published: 12/01/2026")  # a label's word holds a figure: no label
@SETTINGS
@given(
    _spaced(
        [
            *["Notice", "Page", "last", "published", "Updated", "reviewed", ":", "12/01/2026", "La", "Publié", "le"],
            *["3", "LAST UPDATED", "Fecha de publicación", "Опубликовано", "x1", "Our", "ᲀ", "İ", "updated:"],
        ],
        [" ", "\t", "  ", "\u00a0", "\x1c", "\u2003", "\n"],
        max_size=6,
        lead=True,
    )
)
def test_a_datelines_label_is_looked_for_only_before_a_colon_or_a_figure_as_by_the_pattern(text):
    """`unlabelled` tries the label's pattern only on a text holding a colon or a figure and whose second or third
    word may open with a kind's words: the pattern's answer."""
    stripped = text.strip()
    found = dates._DATELINE_LABEL.match(stripped)
    assert dates.unlabelled(text) == (stripped[found.end() :] if found else stripped)


@example("Last updated 3 March 2024")
@example("Actualizado 08/02/2026 - 20:58 · PUBLICADO 08/02/2026")
@example("Опубликовано 11.06.2026 · обновлено")
@example("pubLİshed ſ")
@SETTINGS
@given(
    _spaced(
        ["Last", "updated", "Publicado", "actualizado", "Опубликовано", "обновлено", "İ", "ſ", "ᲀ", "é", "3", "date"],
        [" ", "", "\u00a0", "\n"],
        max_size=6,
    )
)
def test_a_texts_dateline_words_are_looked_up_as_in_the_whole_text(text):
    """`Needles.may_hold` looks an ASCII text up for the ASCII words alone: the answer of every word's lookup."""
    lowered = lowered_for_literals(text)
    for needles in (dates._UPDATED_HELD, dates._PUBLISHED_HELD, dates._DOCUMENT_NEEDLES):
        assert needles.may_hold(text) == (lowered is None or any(word in lowered for word in needles.words))


@example(["Original url:", "https://example.com/a"])
@example(["ИСТОЧНИК: https://example.com/a", "Source: Reuters"])
@example(["This is Google's cache of https://example.com/a. It is a snapshot"])
@SETTINGS
@given(
    st.lists(
        st.one_of(
            LINE_PIECES,
            _spaced(
                ["Source", "source::", "URL:", "Permalink", ":", "Це", "this is", "https://example.com/a"], [" ", ""], 4
            ),
            st.text(max_size=12),
        ),
        max_size=6,
    )
)
def test_a_url_label_is_looked_for_only_in_lines_opening_with_a_labels_first_word_as_by_the_patterns(lines):
    """`find_source_url` tries the labels' patterns only on lines opening with one of their first words: the
    answer of trying them on every line."""
    everywhere = range(len(lines))
    expected = next(
        (found for label_line in _URL_LABEL_LINES if (found := _labelled_url(label_line, everywhere, lines, lines))[0]),
        (None, []),
    )
    assert find_source_url(lines, lines) == expected


# Patterns opening with their first character where they read more simply with a look-behind first, each with its
# form as written: the regex engine searches for the first only where that character stands.
_OPENING_WITH_ITS_CHARACTER = [
    (markdown._HTML_TAG, rf"(?<=\S)(?:{markdown._TAG})|(?:{markdown._TAG})(?=\S)", re.IGNORECASE),
    (markdown._HTML_BREAK, r"(?<=\S)<br\s*/?>|<br\s*/?>(?=\S)", re.IGNORECASE),
]


@example('Par Jane Doe<br>Catégories : <div class="pub">Publicité</div>')
@example('<a href="x<b>y">z</a> <BR/>x <br >')  # a tag inside an attribute's quotes; a break between spaces
@example("<https://example.org/a-b> <!-- copy 5 -->")
@SETTINGS
@given(
    _spaced(
        ["<br>", "<BR/>", "<br >", "</div>", '<div class="share">', "<b", "c>", "<", ">", "x<y", "Jane", '"', "<a"],
        [" ", "", "\t", "\u00a0"],
        max_size=8,
        lead=True,
    )
)
def test_a_pattern_opening_with_its_character_finds_what_its_form_as_written_does(text):
    """Each pattern of `_OPENING_WITH_ITS_CHARACTER` matches where its form as written does, and splits and
    substitutes the same."""
    for pattern, written, flags in _OPENING_WITH_ITS_CHARACTER:
        as_written = re.compile(written, flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in as_written.finditer(text)], written
        assert pattern.split(text) == as_written.split(text)


@example("Nov 8, 2025  \t7 min read")
@example("Sports 4 Comments")
@example("Categories: Travel, Food")
@example("x ſ comments")  # a case-folding trap: "ſ" is an "s" to the regex engine
@example("Episode ٣ min")  # a digit of another script opens a row opening with `\d`
@SETTINGS
@given(
    _spaced(
        "Jane 2024 7 min read Comments views: Categories: Travel ſ ٣ № хв ЧАС читання press release no. 4 de".split(),
        [" ", "", "  ", "\t", "\u00a0", "\n"],
        max_size=7,
    )
)
def test_the_trailing_filler_by_first_characters_cuts_what_the_plain_alternation_does(text):
    """`dates._without_trailing_filler`, its rows grouped by their first characters, cuts from a part what
    `_TRAILING_FILLER` (the rows in one alternation) does."""
    assert dates._without_trailing_filler(text) == dates._TRAILING_FILLER.sub("", text)


@example("[a![b](c)](d)")  # a link around an image: "](" in both
@example("[x]![i](u)(d)")  # the image's removal joins a link's text to a parenthesis
@SETTINGS
@given(st.text(alphabet="[]()!ab \\", max_size=16))
def test_a_line_without_a_bracket_then_a_parenthesis_has_no_links(text):
    """`markdown.links` looks for "](" before its patterns: a line without it has no link with an address, the
    images taken out first as `links` takes them."""
    found = [match for match in markdown._LINK.finditer(markdown._IMAGE.sub("", text)) if match["address"] is not None]
    assert "](" in text or not found
    assert [text for text, _ in markdown.links(text)] == [
        match["text"] for match in found if (match["address"] or "").split()
    ]


@example("Published: yesterday")
@example("vor einer Stunde | Aktualisiert: heute")
@SETTINGS
@given(
    _spaced(
        "Published: Updated yesterday today an hour ago vor einer Stunde il y a une heure Home | · — Notice March"
        " mis à jour le".split(),
        [" ", "  ", ", "],
        max_size=8,
    )
)
def test_a_text_without_a_digit_is_no_dateline_when_the_fetch_time_is_unknown(text):
    """`read_dateline` refuses a text without a digit before its readers when the fetch time is unknown: none of
    them reads one then (a relative date, the only kind without a digit, is read against that time alone)."""
    reading = dates.DateReading(languages=("en", "de", "fr"))
    assert not dates.has_digit(text)
    assert dates.parse_dateline(text, reading) is None
    assert dates.parse_dateline_with_filler(text, reading) is None
    part = dates.published_part(text)
    assert part is None or dates.parse_dateline(part, reading) is None
    assert dates.parse_dateline(dates.unlabelled(text), reading) is None
    fetched = dates.DateReading(languages=("en",), fetched_at=dt.datetime(2026, 3, 4, 12, tzinfo=dt.UTC))
    assert dates.read_dateline("Published an hour ago", fetched) is not None  # with the fetch time, no digit is needed


@example("---")
@example("* * *")
@example("[**x**](y) ![i](u) <br> # h")
@SETTINGS
@given(st.text(alphabet="-*_=#>[]()!<>/ \tab1", max_size=20))
def test_a_lines_plain_text_holds_only_its_own_characters(text):
    """Markdown syntax taken out leaves a line's own characters and spaces, no other: a separator ("---", "* * *")
    has no letter or figure in its plain text, which is how `_tag_syntax_only` tells it."""
    assert set(to_plain(text)) <= set(text) | {" "}


def _wrap_width_looking_at_every_line(raw_lines: list[str]) -> int | None:
    """`text_page._wrap_width` as it read before it looked at the long lines' quantile first."""
    long = sorted(
        (length, number)
        for number, line in enumerate(raw_lines)
        if (length := len(line.rstrip())) >= text_page.WRAP_MIN_LONG and not text_page._unbreakable(line)
    )
    if len(long) < text_page.WRAP_MIN_LINES:
        return None
    width = long[int(text_page.WRAP_QUANTILE * (len(long) - 1))][0]
    if not text_page.WRAP_WIDTHS[0] <= width <= text_page.WRAP_WIDTHS[1]:
        return None
    near = [number for length, number in long if width - text_page.WRAP_CLUSTER <= length <= width]
    continued = sum(1 for number in near if number + 1 < len(raw_lines) and raw_lines[number + 1].strip())
    wrapped = len(near) >= text_page.WRAP_MIN_SHARE * len(long) and continued >= text_page.WRAP_MIN_CONTINUED * len(
        near
    )
    return width if wrapped else None


@example(["w" * 75] * 12 + ["w" * 30])  # a wrapped dump: its width found
@example(["w" * 120] * 9 + ["- " + "w" * 70] * 3)  # past the widths but for list items, which it leaves out
@SETTINGS
@given(
    st.lists(
        st.tuples(st.sampled_from(["", "- ", "see https://x.org/a ", "[a](b) ", "| "]), st.integers(0, 140)).map(
            lambda line: line[0] + "w" * line[1]
        ),
        max_size=40,
    )
)
def test_the_wrap_width_looked_for_past_the_quantile_first_is_the_same(raw_lines):
    """`_wrap_width` refuses a dump whose long lines' quantile is past the widths before it looks for unbreakable
    lines: the width it finds looking at every line."""
    assert text_page._wrap_width(raw_lines) == _wrap_width_looking_at_every_line(raw_lines)


# Every anchored line-rule pattern of every language with a small set of first characters, and each one's parts
_ANCHORED_WITH_PARTS = sorted(
    (pattern, parts)
    for pattern in {pattern for rule in LINE_RULES for pattern in rule.patterns.sources if pattern.startswith("^")}
    if (parts := _anchored_parts(pattern))
)


@SETTINGS
@given(st.data())
def test_an_anchored_pattern_s_parts_by_first_character_match_where_it_does(data):
    """`LinePatterns.at_start_sources` puts under each first character only the alternatives that may start with it:
    a line is matched by the parts under its first character's keys (as `FirstMatch` looks them up) wherever the
    pattern as written, under each of its first characters whole, was (a digit of another script, which `\\d`
    matches, is not among a pattern's first characters: it never was)."""
    pattern, parts = data.draw(st.sampled_from(_ANCHORED_WITH_PARTS))
    line = data.draw(
        st.one_of(
            st.from_regex(re.compile(pattern, re.IGNORECASE)),
            st.from_regex(re.compile(pattern, re.IGNORECASE)).map(lambda found: found[1:]),
            st.lists(st.one_of(RULE_WORDS, LINE_PIECES), max_size=6).map(" ".join),
        )
    )
    keys = {line[:1].lower(), line[:1].upper()[:1].lower()}
    by_parts = any(re.match(part, line, re.IGNORECASE) for first, part in parts if first in keys)
    whole = any(first in keys for first, _ in parts) and re.match(pattern, line, re.IGNORECASE) is not None
    assert by_parts == whole
