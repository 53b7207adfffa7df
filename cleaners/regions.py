"""Finding the article's main run of prose in a whole-page text dump.

A dump holds the menus, link lists and footers of the page around the article. Prose lines are long
and full of function words; chrome lines are short. Each line gets a score (its word count if it
reads like prose, a fixed penalty if not) and the article is the contiguous run of lines with the
highest total (maximum-subarray). Headings and captions inside that run stay: only what lies before
or after it is taken. A short best run (a recipe's steps, a product's blurb: prose cut up by short
lines) is widened over the short lines around it at half their penalty.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable

from cleaners.dates import ascii_digits, writes_a_day
from cleaners.languages import alternation, function_words, words_of
from cleaners.patterns import lowered_for_literals
from cleaners.rules import OUTSIDE_ARTICLE

PROSE_MIN_WORDS = int(OUTSIDE_ARTICLE.threshold("prose_min_words"))
SHORT_LINE_PENALTY = int(OUTSIDE_ARTICLE.threshold("short_line_penalty"))
CHROME_LINE_PENALTY = int(OUTSIDE_ARTICLE.threshold("chrome_line_penalty"))  # a bounding rule's block, once
SHORT_SENTENCE_MIN_WORDS = int(
    OUTSIDE_ARTICLE.threshold("short_sentence_min_words")
)  # ends like a sentence: costs nothing
FUNCTION_WORD_SHARE = OUTSIDE_ARTICLE.threshold("function_word_share")  # of a prose line's words, at least
LIST_PHRASE_SHARE = OUTSIDE_ARTICLE.threshold("list_phrase_share")  # of a short bullet's words, at least: a phrase
TABLE_ROW_MIN_FIGURES = int(OUTSIDE_ARTICLE.threshold("table_row_min_figures"))
SHORT_RUN_WORDS = int(OUTSIDE_ARTICLE.threshold("short_run_words"))  # a best run totalling less is widened
CONSENT_SHARE = OUTSIDE_ARTICLE.threshold("consent_share")  # of a best run's prose words, at least: a consent dialog
CODE_MAX_CHARS = int(OUTSIDE_ARTICLE.threshold("code_max_chars"))  # longer, a line of few words is a blob (base64)
CONSENT_DIALOGS = int(OUTSIDE_ARTICLE.threshold("consent_dialogs"))  # passed over at most (a banner, its settings)
NAME_LINE_SHARE = OUTSIDE_ARTICLE.threshold("name_line_share")  # of a long line's words capitalised: names
NAME_LIST_SHARE = OUTSIDE_ARTICLE.threshold("name_list_share")  # of a best run's prose words in such lines: a list
_FEWEST_NAME_CAPITALS = NAME_LINE_SHARE * 2 * PROSE_MIN_WORDS  # in a line of names run together
_ASCII_CAPITALS = bytes(range(ord("A"), ord("Z") + 1))
# Chinese and Japanese write no spaces: two of their characters count as a word (about what one
# carries), so their prose scores as prose; any other script's words are runs of letters.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ASCII_WORD = re.compile(r"[a-z][\w'-]*", re.ASCII)  # `_WORD` in a short lower-cased ASCII line, in half the time
RUNS_MIN_CHARS = 48  # a shorter line's words are found in fewer instructions by the regex's search for each
# `_WORD`'s words in a longer lower-cased line, found by bytes' translations and splits in C (`_words_of_runs`): each
# ASCII character a word holds kept and any other a space (no match spans one), and an ASCII line's shape of the runs
# left, a letter "a" and a character that opens no word "0" (a digit, "_", "'" or "-": a run's word starts at its
# first letter, "1990s" -> "s"); other scripts' characters, which may be letters or not, are kept for the regex to read
_ASCII_WORD_CHARS = string.ascii_lowercase + string.digits + "_'-"
_NO_WORD_OPENING = string.digits + "_'-"
_KEPT = bytes(byte if byte > 127 or chr(byte) in _ASCII_WORD_CHARS else ord(" ") for byte in range(256))
_ASCII_RUN_SHAPE = bytes(
    ord("0") if chr(byte) in _NO_WORD_OPENING else ord("a") if chr(byte) in _ASCII_WORD_CHARS else ord(" ")
    for byte in range(256)
)
_WORD_OR_CJK_PAIR = re.compile(rf"[{_CJK}]{{1,2}}|[^\W\d_{_CJK}][^\W{_CJK}'’-]*(?:['’-][^\W{_CJK}]+)*")
_HAS_CJK = re.compile(f"[{_CJK}]")
_LIST_DETAIL = re.compile(r"[:;,()\d]")  # a list item that details ("Chabo: ca. 80 Eier"), not a linked headline
# A markdown link's brackets, a URL or a download's file type ("Règlement (PDF, 312 Ko)"): a teaser's or an
# attachment's line, no list phrase
_LINK_MARK = re.compile(r"://|[\[\]]|\((?:pdf|docx?|xlsx?|odt|zip)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:;\"”’')。！？]$")
_FACT_LINE = re.compile(r"^[^:\d][^:]{0,60}:\s+(?!\S*://)\S*\d")
_CELL = re.compile(r"[^\s|]+")  # a table row's cells and words, whatever separates them (spaces, pipes)
_PHONE = re.compile(r"(?<![\w+])\+\d")  # "+1 650 354 4020": a contact's line, not a table's
# a chapter mark of a podcast's or a video's notes: its time, a dash, its title ("04:12 – La escuela por dentro")
_CHAPTER_MARK = re.compile(r"^\(?(\d{1,2}:)?\d{1,2}:\d{2}\)?\s*[–—-]\s*\w")
# a live blog's entry stamp: a time of day alone on its line ("20:58", "14h05")
_ENTRY_TIME = re.compile(r"\d{1,2}[:h]\d{2}")
# an ingredient's line: an amount, a metric unit or one of the languages' `ingredient_units`, and more ("250 g Mehl",
# "½ cup sugar")
_METRIC_UNITS = ("kg", "mg", "ml", "cl", "dl", "g", "l")
_INGREDIENT = re.compile(
    rf"(?:\d+(?:[.,/]\d+)?|\d*[½¼¾⅓⅔])\s?(?:{alternation(words_of('ingredient_units') + _METRIC_UNITS)})(?!\w)\S*\s+\w",
    re.IGNORECASE,
)
_LIST_NUMBER = re.compile(r"^\s*\d+[.)]\s")  # "3. theprocess12 says:": a list's numbering is no figure
# As many digits as a table row has figures at least (each figure cell holds one): nine lines in ten
# hold fewer, and this look costs a tenth of reading the cells.
_ENOUGH_DIGITS = re.compile(rf"(?:\d\D*){{{TABLE_ROW_MIN_FIGURES}}}")
_FIGURE = re.compile(r"^\W*\d[\d.,:/%*+–-]*\D{0,2}$")  # "5040", "15:6", "0,176", "64%", "2019*", "35€"
# Consent words are written in small letters: a lower-cased line is searched case-sensitively, in a
# third of the time of a case-blind search (which only lines holding a case-folding trap need), at its start and
# after each non-word character standing before a word's first letter: a pattern opening with a character class is
# searched for only where the class stands, one opening with the look-behind (`(?<!\w)`) was tried at every
# character with every word (a third fewer instructions over the samples' lines)
_CONSENT_WORDS = alternation(words_of("consent_words"))
_CONSENT = re.compile(rf"(?<!\w)(?:{_CONSENT_WORDS})", re.IGNORECASE)
_CONSENT_OPENING_LOWERED = re.compile(_CONSENT_WORDS)
_CONSENT_FIRSTS = re.escape("".join(sorted({word[0] for word in words_of("consent_words")})))
_CONSENT_AFTER_LOWERED = re.compile(rf"\W(?=[{_CONSENT_FIRSTS}])(?:{_CONSENT_WORDS})")
# "Warning: … in /www/wp-includes/classes.php on line 407": a server's diagnostic strewn over a page,
# no prose (it neither makes a run nor cuts one)
_PHP_DIAGNOSTIC = ".php on line "
# What a line of code holds and prose does not: a statement's keyword first, or an operator between
# spaces, a scope ("std::vector"), a method's call (`is_code`; each looked for only where the line
# holds its marks, which most lines do not)
_CODE_START = re.compile(
    r"\s*(?:import\s+[\w.]+|from\s+[\w.]+\s+import|def\s+\w+\(|return\b|(?:var|let|const)\s+\w+\s*=|#include)"
)
_CODE_INSIDE = re.compile(r"[\w\])]\s(?:=|==|!=|\+=|=>|->)\s\S|\w::\w|\w\.\w+\(")
_STATEMENT_ENDS = (";", "{", "}")
_TEMPLATE = re.compile(r"\{[{*%]")  # "{{#count}}", "{* backButton *}", "{% else %}": a template's placeholders
_PUNCTUATION_MARKS = ".,;:!?…、。，"
_PUNCTUATION = re.compile(f"[{_PUNCTUATION_MARKS}]")
_MENU_PUNCTUATION = re.compile(f'[{_PUNCTUATION_MARKS}–—"“”()]')  # what a menu's entries never hold
# "word." ends a sentence, "U.S" does not; so does "した。" (Chinese and Japanese full stops need no space)
_SENTENCE_INSIDE = re.compile(rf"[^\W\d_]{{2}}[.!?…]['\"”’)]*(\s|$)|[{_CJK}][。！？]")

# Words that prose has and a menu does not, in every language the cleaning knows (a page whose
# language is known is scored with its own and English's: another language's function words are
# often English content words, "die", "war", "also").
FUNCTION_WORDS: frozenset[str] = function_words()


def prose_words(plain: str) -> list[str]:
    """The line's words, lower-cased (what prose scoring and copy finding read)."""
    lowered = plain.lower()
    if lowered.isascii():
        return _ASCII_WORD.findall(lowered) if len(lowered) < RUNS_MIN_CHARS else _words_of_runs(lowered)
    if _HAS_CJK.search(lowered):
        return _WORD_OR_CJK_PAIR.findall(lowered)
    return _WORD.findall(lowered) if len(lowered) < RUNS_MIN_CHARS else _words_of_runs(lowered)


def _words_of_runs(lowered: str) -> list[str]:
    """`_WORD`'s words of a lower-cased line without Chinese or Japanese: its runs of ASCII word characters and other
    scripts' characters, an ASCII run's word from its first letter on, a run of letters a word, another run read by
    the regex (on a line of RUNS_MIN_CHARS or more, a regex's search for each word cost up to twice the
    instructions). An ASCII line's runs are all ASCII, each read by its strip alone (a run of letters is its own)."""
    if lowered.isascii():
        kept = lowered.encode().translate(_KEPT)
        runs = kept.decode().split()
        shape = kept.translate(_ASCII_RUN_SHAPE)
        if not (shape.startswith(b"0") or b" 0" in shape):
            return runs
        return [word for run in runs if (word := run.lstrip(_NO_WORD_OPENING))]
    runs = lowered.encode(errors="surrogatepass").translate(_KEPT).decode(errors="surrogatepass").split()
    words: list[str] = []
    for run in runs:
        if run.isalpha():
            words.append(run)
        elif not run.isascii():
            words += _WORD.findall(run)
        elif word := run.lstrip(_NO_WORD_OPENING):
            words.append(word)
    return words


def prose_score(
    plain: str,
    function_words: frozenset[str] = FUNCTION_WORDS,
    words: list[str] | None = None,
    list_item: bool = False,
) -> int:
    """Positive for a line that reads like prose (its word count), a penalty for anything else.

    A short line that ends like a sentence ("Eat every 2–3 hours.", a one-line paragraph), states a
    figure ("Turnout: 64%") or is a list item of a few words ("Chabo: about 80 eggs a year") is
    neutral: articles have them between their paragraphs, menus do not (their entries are a word or
    two), and penalising them split articles with lists or tables in two. `words` are the line's
    `prose_words` when the caller has them; `list_item` says the line was a bullet.
    """
    if is_server_diagnostic(plain):
        return 0
    words = prose_words(plain) if words is None else words
    if len(words) < PROSE_MIN_WORDS:
        is_short_sentence = (len(words) >= SHORT_SENTENCE_MIN_WORDS and _SENTENCE_END.search(plain) is not None) or (
            list_item and len(words) >= SHORT_SENTENCE_MIN_WORDS and _LIST_DETAIL.search(plain) is not None
        )
        return (
            0
            if is_short_sentence
            or is_fact_line(plain)
            or is_table_row(plain)
            or is_code(plain)
            or is_chapter_mark(plain)
            or is_entry_time(plain)
            or is_ingredient_line(plain)
            else -SHORT_LINE_PENALTY
        )
    function_share = sum(map(function_words.__contains__, words)) / len(words)
    if (
        function_share >= FUNCTION_WORD_SHARE or _SENTENCE_INSIDE.search(plain) or _long_and_punctuated(plain, words)
    ) and (list_item or not _menu_run_together(plain, words)):
        return len(words)
    return -SHORT_LINE_PENALTY


def reads_like_list_phrase(plain: str, words: list[str], function_words: frozenset[str]) -> bool:
    """A bullet of a few words that reads like a phrase ("Serbatoio da un litro, piccolo per una
    famiglia"): an article's pros and cons. A menu's entries are a word or two without function words;
    a link's ("[Quay Street traders ask …", a URL) is a teaser's."""
    return (
        len(words) >= SHORT_SENTENCE_MIN_WORDS
        and not holds_link_mark(plain)
        and sum(map(function_words.__contains__, words)) >= LIST_PHRASE_SHARE * len(words)
    )


def holds_link_mark(text: str) -> bool:
    """Whether a line holds a markdown link's brackets, a URL or a download's file type: a teaser's or an
    attachment's, no article list's."""
    return _LINK_MARK.search(text) is not None


def is_server_diagnostic(plain: str) -> bool:
    """A PHP warning printed into the page ("Warning: … in /www/…/classes.php on line 407"): neither
    prose nor a headline, wherever it stands."""
    return _PHP_DIAGNOSTIC in plain


def is_fact_line(plain: str) -> bool:
    """A short "Label: value" line with a figure ("Turnout: 64%", "Długość: 74 m"): a fact list or a
    results table inside an article, neutral like a short sentence."""
    return bool(_FACT_LINE.match(plain))


def is_table_row(plain: str) -> bool:
    """A short line of more figures than words, and a label, that writes no day ("Endstand intern
    15:6 7:14 13:4 21:1", "3 | Kevin Harvick | 5033 | 4"): a table's row inside an article (standings,
    statistics), neutral like a fact line. A menu's entries hold no figures; a gallery's "Image 1 of
    4", a headline's comment count, prices alone, a phone number or a line of dates (teasers',
    comments' stamps) are no rows."""
    if _too_few_digits(plain):
        return False
    cells = [cell for cell in _CELL.findall(_LIST_NUMBER.sub("", plain)) if any(map(str.isalnum, cell))]
    figures = sum(1 for cell in cells if _FIGURE.match(cell))
    return (
        0 < len(cells) - figures < figures
        and figures >= TABLE_ROW_MIN_FIGURES
        and _PHONE.search(plain) is None
        and not writes_a_day(plain)
    )


def is_chapter_mark(plain: str) -> bool:
    """A chapter mark of an episode's notes, its time then its title ("04:12 – La escuela unitaria por dentro"):
    the show notes' list inside the article, neutral like a table's row (as penalties the marks cut the notes
    from the prose under them). A figure first is looked for before the pattern."""
    return (plain[:1].isdecimal() or plain[:1] == "(") and _CHAPTER_MARK.match(plain) is not None


def is_entry_time(plain: str) -> bool:
    """A live blog's entry stamp, a time of day alone on its line ("20:58", "14h05"): the blog's entries,
    neutral like a table's row (as penalties, a stamp and an app prompt between two entries cut the earliest
    from the run). A figure first is looked for before the pattern."""
    return plain[:1].isdecimal() and _ENTRY_TIME.fullmatch(plain) is not None


def is_ingredient_line(plain: str) -> bool:
    """A recipe's ingredient, an amount and its unit first ("200 г овечої бринзи", "2 cups flour"): a list under
    no heading between the recipe's intro and its steps, neutral like a table's row (as penalties, its lines cut
    the intro from the steps). A figure first is looked for before the pattern."""
    return plain[:1].isnumeric() and _INGREDIENT.match(plain) is not None


def _too_few_digits(plain: str) -> bool:
    """Fewer digits than a table row has figures: an ASCII line's are counted in C (`ascii_digits`;
    the regex reads every character of the many lines that hold none)."""
    count = ascii_digits(plain)
    return _ENOUGH_DIGITS.search(plain) is None if count is None else count < TABLE_ROW_MIN_FIGURES


def is_code(plain: str) -> bool:
    """A line of source code ("from django.conf import settings", "x = len(y)", "if err != nil {"): a
    code block inside an article (a tutorial's, a post-mortem's) is neutral like a table's row, as no
    menu holds one, so it no longer cuts the article in two. A template's unrendered placeholders
    are the site's chrome, not code the article shows."""
    if len(plain) > CODE_MAX_CHARS or ("{" in plain and _TEMPLATE.search(plain) is not None):
        return False
    return (
        plain.rstrip().endswith(_STATEMENT_ENDS)
        or _CODE_START.match(plain) is not None
        or (("=" in plain or "(" in plain or "::" in plain or "->" in plain) and _CODE_INSIDE.search(plain) is not None)
    )


def _long_and_punctuated(plain: str, words: list[str]) -> bool:
    """A long line in a language without listed function words; a tag cloud or a menu run together
    is as long but has no punctuation at all."""
    return len(words) >= 2 * PROSE_MIN_WORDS and _PUNCTUATION.search(plain) is not None


def _menu_run_together(plain: str, words: list[str]) -> bool:
    """A long line without any punctuation, no list item: a menu's or a tag cloud's entries on one line
    ("Latest Players FIFA 21 Players Team of the Season Team of the Week …"), which hold function words
    too. A long bullet may be a phrase without a stop; a dash or a quote is a sentence's."""
    return len(words) >= 2 * PROSE_MIN_WORDS and _MENU_PUNCTUATION.search(plain) is None


def main_region(scores: list[int], chrome: list[bool]) -> tuple[int, int] | None:
    """(first, last) index of the contiguous run with the highest total score; None if none is positive.

    A run totalling less than SHORT_RUN_WORDS is widened: on a page whose prose is cut up by short
    lines (a recipe's steps between their numbers and labels, a product's blurbs) the best run is one
    piece of it. Each side takes the short lines beyond it at half their penalty, as far as the prose
    beyond them adds most, if that is more than PROSE_MIN_WORDS (a prose line's worth), and never past
    a `chrome` line (a line a bounding rule took: the site's chrome begins there).
    """
    best = _best_run(scores)
    if best is None or sum(scores[best[0] : best[1] + 1]) >= SHORT_RUN_WORDS:
        return best
    lenient = [-(SHORT_LINE_PENALTY // 2) if score == -SHORT_LINE_PENALTY else score for score in scores]
    return (
        _widened_to(lenient, chrome, best[0], range(best[0] - 1, -1, -1)),
        _widened_to(lenient, chrome, best[1], range(best[1] + 1, len(scores))),
    )


def article_region(
    scores: list[int],
    chrome: list[bool],
    plains: list[str],
    name_lists: bool = True,
    consent: Callable[[str], bool] | None = None,
) -> tuple[int, int] | None:
    """`main_region`, past the site's consent dialogs: a best run whose prose words stand mostly
    (CONSENT_SHARE) in lines naming consent words ("cookies", "personal data", "Einwilligung"; the
    languages' `consent_words`) is the consent manager's text, which dumps put after the footer and
    which reads like prose; its lines then count as chrome and the search runs again, if there is
    other prose (a page about cookies and nothing else keeps it). An article quoting a banner names
    it in a few of its paragraphs, not in most. So is a best run whose prose words stand mostly in
    lines of names run together (`_is_name_list`: a sign-up form's city picker, an archive's months),
    unless `name_lists` is False. `plains` are the lines' texts; `consent` is `names_consent` or a
    page's memo of it (a page's region is searched more than once, and asks of the same lines)."""
    consent = consent or names_consent
    region = main_region(scores, chrome)
    for _ in range(CONSENT_DIALOGS):
        if region is None or not (
            _is_consent_dialog(scores, plains, region, consent)
            or (name_lists and _is_name_list(scores, plains, region))
        ):
            return region
        scores, chrome = scores[:], chrome[:]
        for index in range(region[0], region[1] + 1):
            scores[index], chrome[index] = -SHORT_LINE_PENALTY, True
        beyond = main_region(scores, chrome)
        if beyond is None:
            return region
        region = beyond
    return region


def _is_consent_dialog(
    scores: list[int], plains: list[str], region: tuple[int, int], consent: Callable[[str], bool]
) -> bool:
    """Whether most of the run's prose words stand in lines naming consent words. A dialog opens or
    closes with its consent text, so a run whose first and last prose lines name none is not one
    (and the run's other lines need not be searched: most runs are articles)."""
    prose = [index for index in range(region[0], region[1] + 1) if scores[index] > 0]
    if not prose or not (consent(plains[prose[0]]) or consent(plains[prose[-1]])):
        return False
    total = sum(scores[index] for index in prose)
    naming = sum(scores[index] for index in prose if consent(plains[index]))
    return naming >= CONSENT_SHARE * total


def _is_name_list(scores: list[int], plains: list[str], region: tuple[int, int]) -> bool:
    """Whether most of the run's prose words (NAME_LIST_SHARE) stand in lines of names run together
    (`names_run_together`): a city picker under a sign-up form, an archive's months, a tag cloud with
    punctuation, which outweighed a short article."""
    prose = [index for index in range(region[0], region[1] + 1) if scores[index] > 0]
    needed = NAME_LIST_SHARE * sum(scores[index] for index in prose)
    long = [index for index in prose if scores[index] >= 2 * PROSE_MIN_WORDS]  # a shorter line is never a list
    unread, naming = sum(scores[index] for index in long), 0
    for index in sorted(long, key=scores.__getitem__, reverse=True):
        if naming + unread < needed:  # an article's heaviest lines name no list: the rest cannot reach the share
            return False
        unread -= scores[index]
        naming += scores[index] if names_run_together(plains[index]) else 0
    return naming > 0 and naming >= needed


def names_run_together(plain: str) -> bool:
    """A long line whose words nearly all (NAME_LINE_SHARE) open with a capital: names run together
    ("Select a City... Albuquerque Ann Arbor Ashburn …", "Februar 2020 (7) Januar 2020 (13) …").
    Prose, even German's, capitalises far fewer of its words; scripts without capitals have none.
    An ASCII line's capitals are counted first (in C): with fewer than the share of the fewest words
    a list needs, not enough of its words can open with one (most prose lines, read in a third of
    the time)."""
    if plain.isascii():
        ascii_line = plain.encode()
        if len(ascii_line) - len(ascii_line.translate(None, _ASCII_CAPITALS)) < _FEWEST_NAME_CAPITALS:
            return False
    heads = list(filter(str.isalpha, [token[0] for token in plain.split()]))  # each word's first letter
    return len(heads) >= 2 * PROSE_MIN_WORDS and sum(map(str.isupper, heads)) >= NAME_LINE_SHARE * len(heads)


def names_consent(plain: str) -> bool:
    """Whether the line names a consent word ("Cookies", "personal data"), case aside."""
    lowered = lowered_for_literals(plain)
    if lowered is None:
        return _CONSENT.search(plain) is not None
    return _CONSENT_OPENING_LOWERED.match(lowered) is not None or _CONSENT_AFTER_LOWERED.search(lowered) is not None


def _best_run(scores: list[int]) -> tuple[int, int] | None:
    """(first, last) index of the contiguous run with the highest total score (maximum subarray)."""
    best_total, best = 0, None
    total, start = 0, 0
    for index, score in enumerate(scores):
        if total <= 0:
            total, start = 0, index
        total += score
        if total > best_total:
            best_total, best = total, (start, index)
    return best


def _widened_to(scores: list[int], chrome: list[bool], edge: int, beyond: range) -> int:
    """The index the run's `edge` moves to, walking `beyond` it: where the scores passed add up most,
    if more than PROSE_MIN_WORDS, stopping at the first chrome line."""
    best_gain, reach, gain = PROSE_MIN_WORDS, edge, 0
    for index in beyond:
        if chrome[index]:
            break
        gain += scores[index]
        if gain > best_gain:
            best_gain, reach = gain, index
    return reach
