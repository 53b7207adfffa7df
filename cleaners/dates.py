"""Publication dates from datelines.

A dateline is a line that is *only* a date, optionally with a "Published"-style prefix, a time and a
zone. A date mentioned inside a sentence is never a dateline, so "on 26 November" in the body cannot
become the publication date. dateparser does the parsing (many languages); we only strip the wrapping
it does not understand ("Published …", ordinal suffixes, " - " between date and time).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

import dateparser

from cleaners.languages import CODES, alternation, words_of
from cleaners.patterns import Needles, Openings, by_first_characters, fewest, substituted
from cleaners.rules import DATELINE

# Words before a dateline's date that say which date it is (matched at the line's start).
# a date's own label ("Fecha", "Data"), a publication's word before its colon alone (`_PUBLISHED`)
_DATE_LABEL_WORDS = words_of("date_label_words")
PUBLISHED_WORDS = words_of("published_words") + _DATE_LABEL_WORDS
UPDATED_WORDS = words_of("updated_words")
# Words of an as-of stamp ("Stand: 08.07.2026"): read off as the others are, saying no kind. The benches'
# golds date such a page by it (htmldate-eval, trafilatura-eval: every German "Stand:" page's gold day).
AS_OF_WORDS = words_of("as_of_words")
_LEADING_WORDS = PUBLISHED_WORDS + UPDATED_WORDS + AS_OF_WORDS


def _words(words: tuple[str, ...]) -> str:
    """A regex alternation of `words`, longest first (a word's longer form must win)."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# The words of an update and of publication, lower-cased: a text holding none has no part an update's words lead
# (`published_part`) nor one its publication's words open (`said_published_part`), told by looking them up where
# the patterns would try each word at every character (`patterns.Needles`).
# Likewise a text opening with none of the words of its kind, or of any kind, opens with no such word
# (`patterns.Openings`; the patterns anchored at the start try each word there, a few microseconds a line), and
# a text none of whose second and third words opens with a kind's has no dateline label (`unlabelled`).
PUBLISHED_NEEDLES = tuple(word.lower() for word in PUBLISHED_WORDS)
UPDATED_NEEDLES = tuple(word.lower() for word in UPDATED_WORDS)
KIND_NEEDLES = PUBLISHED_NEEDLES + UPDATED_NEEDLES
# an update's words that hold no other ("last updated" holds "updated"): fewer lookups
_UPDATED_HELD = Needles(tuple(sorted(fewest(frozenset(UPDATED_NEEDLES)))))
_PUBLISHED_HELD = Needles(PUBLISHED_NEEDLES)
LEADING_NEEDLES = tuple(word.lower() for word in _LEADING_WORDS)
_KIND_OPENINGS = Openings(KIND_NEEDLES)
_LEADING_OPENINGS = Openings(LEADING_NEEDLES)


# Words of another day than the page's (a deadline's, an event's, an incident's: "Date limite de dépôt", "Plazo de
# presentación", "Einsatzdatum"): a part they open is no dateline, though a date's word opens some ("Date", "Fecha")
_OTHER_DATE_WORDS = words_of("other_date_words")
_OTHER_DATE_OPENINGS = Openings(_OTHER_DATE_WORDS)
_OTHER_DATE = re.compile(rf"^(?:{_words(_OTHER_DATE_WORDS)})\b", re.IGNORECASE)
_PUBLISHED = re.compile(
    rf"^(?:(?:{_words(words_of('published_words'))})\b|(?:{_words(_DATE_LABEL_WORDS)})\s*:)", re.IGNORECASE
)
_UPDATED = re.compile(rf"^(?:{_words(UPDATED_WORDS)})\b", re.IGNORECASE)
# a publication's words after an update's ("Actualizado … · Publicado …")
_PUBLISHED_AFTER = re.compile(rf"\s(?:{_words(PUBLISHED_WORDS)})\b", re.IGNORECASE)
# between a dateline's words and its date ("Posted on", "Publié le", "aggiornato al")
_DATE_JOINERS = "(?:on|at|le|am|el|il|al|em|op|the)"
_PREFIX = re.compile(
    rf"^(?:(?:{_words(_LEADING_WORDS)})(?:\s+{_DATE_JOINERS})?\s*:?\s*)",
    re.IGNORECASE,
)
_KIND_WORDS = re.compile(rf"^(?:{_words(_LEADING_WORDS)})\s*:?\s*", re.IGNORECASE)


def _without_leading(pattern: re.Pattern[str], text: str) -> str:
    """The text without what `pattern` cuts from its start (`_KIND_WORDS`, the words of a dateline's kind;
    `_PREFIX`, a dateline's prefix): both open with a kind's words, looked up first."""
    return pattern.sub("", text) if _LEADING_OPENINGS.may_open(text) else text


# Where the story was filed, before its date: "Valladolid, 12/02/2026 - 08:45", "New York, 3 March 2026", "Paris, le
# 9 juin 2026"; a wire's, with its region in brackets or after a comma ("PLOUVENEC (Ille-et-Vilaine), 26 nov 2026",
# "Azinhal do Campo, Beja, 30 nov 2026").
_PLACE = re.compile(
    r"^(?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐ])[^\W\d_]*(?:[ '’-][^\W\d_]+){0,3}(?:\s+\([^()\d]{2,40}\))?"
    r"(?:,\s+(?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐ])[^\W\d_]*(?:[ '’-][^\W\d_]+){0,2})?,\s+"
    rf"(?:(?:{_words(words_of('place_date_words'))})\s+)?(?=\d)",
    re.IGNORECASE,
)
# A wire's name in brackets closing its dateline, and the dash before the story ("… 26 nov 2026 (APR) -")
_WIRE_MARK = re.compile(r"\s+\((?-i:[A-Z]{2,8})\)\s*(?:[-–—]{1,2}|\.-)?$")
# A document's kind, maybe its number, and the word before its date ("Pressemitteilung Nr. 27/2026 vom 11.06.2026",
# "Verbraucherinformation vom 08.09.2026", "Nota de imprensa de 3 de março de 2026"): a capitalised word or two
# (joined by a small one), a number with a short mark ("Nr.", "n°", "No."), the word; the date after it opens and
# ends on a figure, or on a year's word after it ("Протокол от 12 марта 2026 г."; "Die Satzung vom 11.06.2026 gilt" is
# none).
_DOCUMENT_DATE_WORDS = words_of("document_date_words")
_DOCUMENT_NEEDLES = Needles(tuple(f" {word} " for word in _DOCUMENT_DATE_WORDS))
_DOCUMENT = re.compile(
    r"^(?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐ])[\w'’.-]*(?:\s+(?:[^\W\d_]{1,3}\s+)?[^\W\d_][\w'’.-]*)?(?:\s+\S{0,4}\s*\d+(?:/\d+)?)?"
    rf"\s+(?:{_words(_DOCUMENT_DATE_WORDS)})\s+(?=\d.*\d(?:\s*(?:{_words(words_of('year_words'))}))?$)",
    re.IGNORECASE,
)
# A lede that opens with where and when it was filed, then the story ("Lauterbrunn, 3. Februar 2026. Die …",
# "NEW YORK, March 3, 2026 /PRNewswire/ -- Acme …"): the place, the date up to its year, a wire's name, a full
# stop or a dash.
_LEDE_DATELINE = re.compile(
    r"^(?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐ])[^\W\d_]*(?:[ '’-][^\W\d_]+){0,3},\s+(?P<date>.{1,30}?(?<!\d)\d{4})(?:\s+/[\w ]{2,30}/)?"
    r"(?:\.|\s+[-–—]{1,2})"
    r"\s+(?-i:[A-ZÀ-ÞА-ЯЁІЇЄҐ])"
)
_LEDE_MAX_CHARS = 70  # a place of four words, a comma and a date
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_SEPARATOR = re.compile(
    r"\s+[-–—|•·]\s+|\s+(?:at|à|às|alle|um|om|a las|в|о|o)\s+|,\s*(?=\d{1,2}[:.h]\d{2})|\s+uhr\b", re.IGNORECASE
)
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\.?\b", re.IGNORECASE)
# A year standing as a word: a dateline's gate and a byline's day (`shown_date`). A year run into
# letters ("Anderson2020-02-20" in a text dump, "#IPL2020") is no dateline's; published.py's `_YEAR`,
# which sieves HTML text nodes, must find those too (CJK dates: "2020年3月12日"), so the two differ.
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
_NUMERIC_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
_LETTERS = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+")
_MAX_WORDS = int(DATELINE.threshold("max_words"))
_MAX_LETTER_RUNS = int(DATELINE.threshold("max_letter_runs"))  # month, weekday, zone, "at", am/pm: more is a sentence

# Common English and ISO datelines, read with these layouts (strptime's directives) before dateparser
# (which costs ~1 ms a line). Each layout is compiled once into the regex strptime would build:
# strptime itself keeps five compiled layouts, so with these it compiled one on nearly every call.
_FAST_DATE_FORMATS = (
    "%B %d %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%b %d %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y-%m-%d",
    "%A, %B %d, %Y",
    "%A %B %d, %Y",
    "%a, %B %d, %Y",
    "%A, %d %B %Y",
    "%b. %d, %Y",
    "%d.%m.%Y",  # day first, as every dotted date is read ("28.01.2022")
)
# The same with a time of day in UTC (GMT, UTC or no zone, as dateparser reads them here).
_FAST_INSTANT_FORMATS = tuple(
    f"{day} %H:%M{zone}"
    for day in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%Y-%m-%d", "%d.%m.%Y")
    for zone in ("", " GMT", " UTC")
)


def _names(names: list[str]) -> str:
    return "|".join(re.escape(name.lower()) for name in sorted(names, key=len, reverse=True))


# strptime's regex for each directive (C locale), from `_strptime.TimeRE`
_DIRECTIVES = {
    "%B": f"(?P<month_name>{_names(list(calendar.month_name)[1:])})",
    "%b": f"(?P<month_name>{_names(list(calendar.month_abbr)[1:])})",
    "%A": f"(?P<weekday>{_names(list(calendar.day_name))})",
    "%a": f"(?P<weekday>{_names(list(calendar.day_abbr))})",
    "%d": r"(?P<day>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "%m": r"(?P<month>1[0-2]|0[1-9]|[1-9])",
    "%Y": r"(?P<year>\d\d\d\d)",
    "%H": r"(?P<hour>2[0-3]|[0-1]\d|\d)",
    "%M": r"(?P<minute>[0-5]\d|\d)",
}
_MONTH_NUMBERS = {
    name.lower(): number
    for names in (calendar.month_name, calendar.month_abbr)
    for number, name in enumerate(names)
    if name
}
_WEEKDAYS = {name.lower() for names in (calendar.day_name, calendar.day_abbr) for name in names}


def _layout_regex(layout: str) -> re.Pattern:
    """What `datetime.strptime(text, layout)` accepts: its directives, literal text, any whitespace run
    for a space, case ignored; the whole text must match."""
    pieces = re.split(r"(%[A-Za-z]|\s+)", layout)
    return re.compile(
        "".join(
            _DIRECTIVES[piece] if piece in _DIRECTIVES else r"\s+" if piece.isspace() else re.escape(piece)
            for piece in pieces
            if piece
        ),
        re.IGNORECASE,
    )


_FAST_LAYOUTS = tuple((_layout_regex(layout), False) for layout in _FAST_DATE_FORMATS) + tuple(
    (_layout_regex(layout), True) for layout in _FAST_INSTANT_FORMATS
)

_SETTINGS = {
    # dateparser's relative parser counts "1 day ago" back from today's clock: only `_relative_date`
    # runs it, against the fetch time
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
}
_SETTINGS_DAY_FIRST = {**_SETTINGS, "DATE_ORDER": "DMY"}
# A zone after a time: only then is the instant known.
_ZONE = re.compile(r"\b(?:GMT|UTC|Z|[ECMP][SD]?T|CES?T|EES?T|WES?T|MSK|BST|IST|JST|AES?T|AEDT)\b|[+-]\d{2}:?\d{2}\b")
# A date counted back from the day the page was fetched ("3 hours ago", "il y a 3 heures", "вчера").
_RELATIVE = re.compile("|".join(f"(?:{pattern})" for pattern in words_of("relative_dates")), re.IGNORECASE)
# The same run on after a dated line's date ("Nov 19, 2019 at 9:08 GMT 1 day ago"): the date says the day.
# (`\s\s*`, not `\s+`: a pattern opening with a character class is searched for only where that class stands)
_TRAILING_RELATIVE = re.compile(rf"\s\s*(?:{_RELATIVE.pattern})$", re.IGNORECASE)
# The most words a relative date spans: its words are set apart by single spaces, no other whitespace.
_RELATIVE_MAX_WORDS = 1 + max(pattern.count(" ") for pattern in words_of("relative_dates"))
_SLASHED_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})\b")
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_HOUR_H = re.compile(r"\b(\d{1,2})h(\d{2})\b")  # "10h15"


@dataclass(frozen=True)
class Published:
    """A publication date; `at` is set only when the time of day is known (then in UTC); `source`
    names where an HTML page stated it (cleaners/published.py)."""

    date: dt.date
    at: dt.datetime | None = None
    source: str | None = None


@dataclass(frozen=True)
class DateOrderVotes:
    """How a site's pages write numeric dates with slashes, counted from the dates only one order can
    read ("25/12/2025" is day first, "12/25/2025" month first; "05/03/2025" tells nothing)."""

    day_first: int = 0
    month_first: int = 0

    def __add__(self, other: DateOrderVotes) -> DateOrderVotes:
        return DateOrderVotes(self.day_first + other.day_first, self.month_first + other.month_first)

    @property
    def verdict(self) -> bool | None:
        """True for day first, False for month first, None when the votes do not tell."""
        if self.day_first == self.month_first:
            return None
        return self.day_first > self.month_first


def date_order_votes(lines: list[str]) -> DateOrderVotes:
    """The votes of a page's short lines (datelines, not prose that may quote any date)."""
    day_first = month_first = 0
    for line in lines:
        if "/" not in line or len(line.split()) > _MAX_WORDS:  # a slashed date's slash, looked for first (cheaper)
            continue
        for first, second in _SLASHED_DATE.findall(line):
            day_first += int(first) > 12 >= int(second)
            month_first += int(second) > 12 >= int(first)
    return DateOrderVotes(day_first, month_first)


# A label of a word or two before a dateline's words and their colon ("Notice published: 12/01/2026", "Page last
# reviewed: …"), or before them capitalised and a figure ("La rédaction Publié le 03/10/2026 à 17h05": a desk's
# credit run into its dateline), or a capitalised word alone, the kind of page, before a publication's words and a
# figure ("Annonce publiée le 3 mars 2026", "Notice posted 3 March 2026"; "Il a publié 3 livres" is two words; an
# update's, "Article mis à jour le 7 janvier 2020.", is a sentence's as often): the dateline is the rest.
_KIND_WORD_ALTERNATION = _words(PUBLISHED_WORDS + UPDATED_WORDS)
_DATELINE_LABEL = re.compile(
    rf"^(?:(?:[^\W\d_]+\s+){{1,2}}(?=(?:{_KIND_WORD_ALTERNATION})\s*:"
    rf"|(?=(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]))(?:{_KIND_WORD_ALTERNATION})\s+\d)"
    rf"|(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])[^\W\d_]+\s+(?=(?:{_words(PUBLISHED_WORDS)})(?:\s+{_DATE_JOINERS})?\s+\d))",
    re.IGNORECASE,
)
# What a labelled dateline holds, one or the other: the colon after its words or the figure after them.
_LABEL_NEEDS = re.compile(r"[:\d]")


def unlabelled(plain: str) -> str:
    """A dateline without the label of a word or two before its words ("Notice published: 12/01/2026" ->
    "published: 12/01/2026"); any other text as it is."""
    text = plain.strip()
    if not _LABEL_NEEDS.search(text) or not _second_or_third_word_may_open_kind(text):  # before the pattern
        return text
    return text[found.end() :] if (found := _DATELINE_LABEL.match(text)) else text


def _second_or_third_word_may_open_kind(text: str) -> bool:
    """Whether the (stripped) text's second or third word may open with a kind's words (`_KIND_OPENINGS`): a
    label's words are one or two whole words of letters, each before spaces, so `_DATELINE_LABEL`'s kind words
    open the second or the third (looking the kind's 110 words up in the whole text cost 11 us a 240-character
    caption, this look 4 us)."""
    rest = text
    for _ in range(2):
        after = rest.split(maxsplit=1)
        if len(after) < 2:
            return False
        rest = after[1]
        if _KIND_OPENINGS.may_open(rest):
            return True
    return False


def dateline_kind(plain: str) -> str | None:
    """ "published" or "updated" when a dateline's words say which date it is, else None."""
    text = unlabelled(plain)
    kind = _kind_of_part(text)
    if kind == "updated" and _PUBLISHED_AFTER.search(text) and published_part(text):
        return "published"  # an update's line that gives the publication after it
    if kind is None and said_published_part(text) is not None:
        return "published"  # a row whose one part says so ("The Pew Sheet · Posted Thursday 5th November 2026")
    return kind


# A date's label in an element of its own: at most two words before the words that say which date
# ("Page last reviewed:", "Date de publication :" reads "publication" nowhere, "Erschienen am:").
_DATE_LABEL = re.compile(
    rf"^(?:[^\W\d_]+\s+){{0,2}}(?P<kind>{_KIND_WORD_ALTERNATION})"
    rf"(?:\s+{_DATE_JOINERS})?\s*:?$",
    re.IGNORECASE,
)


def label_kind(plain: str) -> str | None:
    """ "published" or "updated" when a short text is the label of a date set beside it in another
    element ("Date Last Reviewed:" over `<time>April 2025</time>`), else None."""
    found = _DATE_LABEL.match(" ".join(plain.split()))
    return dateline_kind(found["kind"]) if found else None


def is_date_label(plain: str) -> bool:
    """Whether a text is only the words that open a dateline ("Posted on", "Veröffentlicht am"):
    a label whose date sits in the next element, never a name."""
    return bool(plain.strip()) and _PREFIX.fullmatch(plain.strip()) is not None


@dataclass(frozen=True)
class DateReading:
    """How a page's datelines are read: `day_first` for numeric dates with slashes (its site's habit,
    else its language's), `languages` (ISO codes) to spare dateparser guessing among all its locales,
    and `fetched_at` (UTC), the only base a relative date ("3 hours ago") may be resolved against."""

    day_first: bool = False
    languages: tuple[str, ...] | None = None
    fetched_at: dt.datetime | None = None


def parse_dateline(plain: str, reading: DateReading = DateReading()) -> Published | None:
    """The date if `plain` is a dateline, else None. A numeric date with dots is read day first
    ("05.03.2026"), one with slashes as `reading` says. A time of day without a zone gives the day
    only: the instant is unknown. A relative date gives the day it names only when the page's fetch
    time is known, and only when it is the whole dateline."""
    if more_words_than(plain, _MAX_WORDS):
        return None
    stripped = plain.strip()
    relative = _without_leading(_KIND_WORDS, stripped)  # "Publié il y a 3 heures": "il" is no joiner here
    if _RELATIVE.fullmatch(relative):
        return _relative_date(relative, reading, said_published=len(relative) < len(stripped))
    text = _date_text(stripped)
    if text is None:
        return None
    text = substituted(_ORDINAL, r"\1", text)
    text = substituted(_HOUR_H, r"\1:\2", _SEPARATOR.sub(" ", text))
    zoned = _ZONE.search(text) is not None
    if fast := _fast_date(text):
        return fast if zoned or fast.at is None else Published(fast.date)
    day_first = reading.day_first or _DOTTED_DATE.search(text) is not None
    parsed = _dateparser(text, reading, _SETTINGS_DAY_FIRST if day_first else _SETTINGS)
    if parsed is None:
        return None
    if _TIME_OF_DAY.search(text) and zoned:
        at = parsed.astimezone(dt.UTC)
        return Published(date=at.date(), at=at)
    return Published(date=parsed.date())


def _date_text(stripped: str) -> str | None:
    """A line's text without its dateline prefix, place and trailing relative date, if what is left is
    shaped like a date and nothing more (a year or a numeric date, two numbers at least, few words)."""
    # a day and a year at least, counted in the whole line first: the cuts below only take numbers away,
    # and their patterns cost more than the count (most lines with a digit hold one number)
    if len(_NUMBER.findall(stripped)) < 2:
        return None
    if stripped.endswith(("-", "—", "–", ")")):
        stripped = _WIRE_MARK.sub("", stripped)
    text = _PLACE.sub("", _without_document(_without_leading(_PREFIX, _without_trailing_relative(stripped)).strip()))
    if not text or not (_YEAR.search(text) or _NUMERIC_DATE.search(text)):
        return None
    if len(_NUMBER.findall(text)) < 2:  # a day and a year at least ("Best laptops of 2025" is no date)
        return None
    if len(_LETTERS.findall(text)) > _MAX_LETTER_RUNS:
        return None
    return text


def _without_document(text: str) -> str:
    """The text without a document's kind, number and the word before its date (`_DOCUMENT`), that word looked
    up first (a line holding none is most)."""
    return _DOCUMENT.sub("", text, count=1) if _DOCUMENT_NEEDLES.may_hold(text) else text


def _without_trailing_relative(text: str) -> str:
    """`text` without the relative date it ends with ("Nov 19, 2019 at 9:08 GMT 1 day ago"). Only its last
    words can hold one, so the pattern reads those alone: it tries every language's phrases after each space."""
    parts = text.rsplit(None, _RELATIVE_MAX_WORDS)
    head = parts[0] if len(parts) > _RELATIVE_MAX_WORDS else ""  # the text before the whitespace of its last words
    return head + _TRAILING_RELATIVE.sub("", text[len(head) :])


def is_bare_date(plain: str) -> bool:
    """Whether a line writes a day and nothing more than a dateline would ("Tuesday November 19, 2019",
    "11/20/2019 01:14 PM"), without reading the date (dateparser takes a millisecond on some forms)."""
    return len(plain.split()) <= _MAX_WORDS and _date_text(plain.strip()) is not None and writes_a_day(plain)


# What a dateline may carry beside its date, each in its own part of the line ("5 min read", "4 comments").
_FILLER = re.compile("|".join(f"(?:{pattern})" for pattern in words_of("dateline_filler")), re.IGNORECASE)
_TRAILING_FILLER = re.compile(rf"\s\s*(?:{_FILLER.pattern})$", re.IGNORECASE)  # "Nov 8, 2025 7 min read"
# The same, its rows looked at only where they may start (`by_first_characters`): for a text without a newline, where
# it cuts the same, as every match runs to the text's end
_TRAILING_FILLER_BY_FIRSTS = re.compile(rf"\s\s*(?:{by_first_characters(words_of('dateline_filler'))})$", re.IGNORECASE)
# Between a dateline's parts: a bar, a bullet or a spaced dash, slash or guillemet ("Sports | March 3, 2024 | 4
# comments", a forum post's "par Jane Doe » mar. 13 oct. 2026 21:14"),
# that is `\s*[|•·⋅・]\s*|\s+(?:---?|//|[-–—/])\s+` written to open with its first character's class: the regex
# engine then skips the characters no separator starts at (it tried the leading spaces at every character).
_PART_SEPARATOR = re.compile(r"[\s|•·⋅・](?:(?<=[|•·⋅・])\s*|\s*[|•·⋅・]\s*|\s*(?:---?|//|[-–—/»])\s+)")
# What one of them needs: a bar or a bullet, or a dash or slash with a space after it (a hyphen inside a word,
# "anti-terrorist", is none). A line without any has one part, told without trying the pattern's spaces at each of
# its characters; written to open with one class, as `_PART_SEPARATOR` is.
_SEPARATOR_NEEDS = re.compile(r"[|•·⋅・/\-–—»](?:(?<=[|•·⋅・])|\s)")
# A section's label ("Travel", "Wellness & Prevention"): up to three words, not a sentence nor a handle ("@jane"); a
# desk's name may join its words with small ones ("Gabinete de Comunicação e Imagem")
_LABEL = re.compile(
    r"[^\W\d_][\w'’.]*(?:,?\s+(?:[^\W\d_]{1,3}\s+)?&?\s*[^\W\d_][\w'’.]*){0,2}"
    # or an issuer's name, up to six capitalised words joined by small ones ("Unidade de Saúde Pública Terras de Basto")
    r"|(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])[\w'’.]*(?:\s+(?:[^\W\d_]{1,3}\s+)?(?-i:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])[\w'’.]*){0,5}"
)
# A word of a label or a name run into its date ("Travel", "NEWS", "O’Neil"): letters only, capitalised
# as a word is, not as a brand ("LinkNaija")
_RUN_IN_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*")
_MAX_RUN_IN_WORDS = 2
_FULL_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# A numbered field of a meta strip ("Season 4", "Episode 42", "Ep. 42", "Folge #12"): a word or two, then a
# number too short to be a year; set aside as filler is, so a podcast's "Season 4 · Episode 42 · 9 Oct 2026 · 38
# min" is a dateline
_NUMBERED_FIELD = re.compile(r"[^\W\d_][\w.'’]*(?:\s+[^\W\d_][\w.'’]*)?\s*(?:#|№\s*)?\d{1,3}")
# A labelled field of a meta strip ("Источник: пресс-служба ОМВД", "Source: Reuters", "Foto: dpa"): a word or two,
# a colon and a few words, no figure
_LABELLED_FIELD = re.compile(r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)?\s*:\s*[^\W\d_][^\d:]{0,40}")
_LABELLED_FIELD_MAX_WORDS = 6
# A credit in a part of its own ("By the Press Office", "A cura dell'Ufficio stampa", "Door Jan de Vries"): a by-word
# and a few words, no figure; or a desk signing with the paper's name ("Redacción Noticias de la Ribera",
# "Redaktion Hersfelder Marktblatt"), as long as a label may not be; the row's author, not its section
_CREDIT_WORDS = alternation(words_of("byline_words") + words_of("newsroom_words"))
_CREDIT_PART = re.compile(rf"(?:{_CREDIT_WORDS})(?:\s*:?\s+|['’])[^\W\d_][^\d|·•]{{0,60}}", re.IGNORECASE)
# A role in brackets after a name ("Rinske Hoogvliet (ritcoördinator)"), set aside before the name is read as a label
_BRACKETED_ROLE = re.compile(r"\s+\([^\W\d_][^()\d]{0,40}\)$")
# A time of day in a part of its own after the date's ("04.02.2026 · 10:47", "21. März 2026 | 18.30 Uhr"): the date's
TIME_SUFFIX = r"uhr|h|am|pm"  # the word a time of day may close with ("18.30 Uhr", "09:10 h", "4.10pm")
_TIME_PART = re.compile(rf"(?:[^\W\d_]{{1,5}}\.?\s*)?\d{{1,2}}[:.h]\d{{2}}(?:\s*(?:{TIME_SUFFIX}|[^\W\d_]{{2,4}}))?")


# The filler of fixed words and a count ("7 min read", "Lesezeit: 5 Min.", "4 comments"), not the rows that take a
# label's free text ("Category: Personal Finance 101", a press office's name)
_COUNTED_FILLER = re.compile(
    "|".join(f"(?:{row})" for row in words_of("dateline_filler") if ".+" not in row and r"\S+" not in row),
    re.IGNORECASE,
)
_COUNTED_FILLER_MAX_CHARS = 40


# A masthead's issue number in a part of its own ("Issue 112", "Newsletter n. 37", "Biuletyn nr 58", "Выпуск № 12"),
# maybe with its year ("nr 9/2026", "Heft 3/2026"), or its month and year ("Ausgabe Oktober 2026", "Issue Spring
# 2026"): a word or two of the publication's name may stand before it
_ISSUE_NUMBER = re.compile(
    rf"(?:[^\W\d_]+\s+){{0,2}}(?:{alternation(words_of('issue_words'))})\.?\s*"
    r"(?:(?:#\s*)?\d{1,4}(?:/(?:19|20)\d{2})?|[^\W\d_]{3,}\.?\s+(?:19|20)\d{2})",
    re.IGNORECASE,
)


# An issue's month and year closing it: set aside as filler beside a day ("Ausgabe Oktober 2026 · 19.10.2026"); a long
# number's is not, a list of back issues dates each ("Edição 1169 – 18 de Setembro de 2020")
_ISSUE_MONTH = re.compile(r"[^\W\d_]{3,}\.?\s+(?:19|20)\d{2}$")


# An issue's short number closing it ("Bollettino sentieri n. 19"): set aside beside a day as a numbered field is; a
# long number's is not (a list of back issues, above)
_SHORT_ISSUE = re.compile(r"(?<![\d.,])\d{1,3}$")


def is_issue_number(part: str) -> bool:
    """Whether a dateline's part is a newsletter's issue number (`_ISSUE_NUMBER`); the figure is looked for first."""
    return has_digit(part) and _ISSUE_NUMBER.fullmatch(part.strip()) is not None


def is_counted_filler(plain: str) -> bool:
    """A meta strip's count alone on its line or part ("7 min read", "Lesezeit: 5 Min.", "4 comments"): an
    article's strip around its header, never a headline nor a site's date strip. The figure is looked for first."""
    text = plain.strip()
    return len(text) <= _COUNTED_FILLER_MAX_CHARS and has_digit(text) and _COUNTED_FILLER.fullmatch(text) is not None


# A row of a page's fields, one of them a labelled day ("Einsatz Nr. 112/2026 | Einsatzdatum: 17.09.2026 |
# Alarmierung: 03:41 Uhr", "Convocatoria | Fecha: 19/01/2026 | Plazo de presentación: hasta el 20/02/2026", "Date
# limite de dépôt : 15 mars 2026 à minuit"): a label of up to five words, a colon, a value; short parts, no sentence
_LABELLED_VALUE = re.compile(r"[^\W\d_][\w.'’-]*(?:\s+[\w.'’-]+){0,4}\s*:\s+\S.*")
_SENTENCE_END = re.compile(r"[^\W\d_]{4,}[.!?](?:\s|$)")
_FIELD_MAX_WORDS = 10
_FIELDS_MAX_WORDS = 30


def is_date_fields(plain: str) -> bool:
    """Whether a line is a row of the page's fields one of which is a labelled day (`_LABELLED_VALUE`): the header's
    furniture, whatever day it gives (a publication's, an incident's, a deadline's). A colon and a figure are looked
    for first."""
    text = plain.strip()
    if ":" not in text or not has_digit(text) or more_words_than(text, _FIELDS_MAX_WORDS):
        return False
    parts = dateline_parts(text)
    return all(len(part.split()) <= _FIELD_MAX_WORDS and not _SENTENCE_END.search(part) for part in parts) and any(
        _LABELLED_VALUE.fullmatch(part) and writes_a_day(part) for part in parts
    )


def dateline_parts(plain: str) -> list[str]:
    """A line's parts set apart by bars, bullets or spaced dashes ("Sports | March 3, 2024 | 4 comments")."""
    text = plain.strip()
    if not _SEPARATOR_NEEDS.search(text):
        return [text] if text else []
    return [part for part in _PART_SEPARATOR.split(text) if part.strip()]


def _has_separator(text: str) -> bool:
    """Whether a text holds a part separator, a character it needs looked for first (`dateline_parts`)."""
    return _SEPARATOR_NEEDS.search(text) is not None and _PART_SEPARATOR.search(text) is not None


def read_dateline(plain: str, reading: DateReading = DateReading(), rows: bool = True) -> Published | None:
    """The date of a dateline, bare (`parse_dateline`), with filler (`parse_dateline_with_filler`) or
    with its update after it (`published_part`), or any of those after a label (`unlabelled`), or (`rows`) the
    one part of a row its publication's words open (`said_published_part`); a line that is one part and no
    filler is read once, not twice (dateparser is slow). A text without a digit is none when the fetch time is
    unknown, told first: only a relative date does without one, and it is read only against that time (a dump's
    header asks of every menu entry)."""
    if (reading.fetched_at is None and not has_digit(plain)) or opens_other_date(plain.strip()):
        return None
    return (
        parse_dateline(plain, reading)
        or parse_dateline_with_filler(plain, reading, bare_read=True)
        or ((part := published_part(plain)) is not None and parse_dateline(part, reading))
        or ((part := noted_update_part(plain)) is not None and parse_dateline(part, reading))
        or ((text := unlabelled(plain)) != plain.strip() and read_dateline(text, reading, rows))
        or (
            rows
            and (part := said_published_part(plain)) is not None
            and (parse_dateline(part, reading) or parse_dateline_with_filler(part, reading))
        )
        or None
    )


# A post line's section after its date ("Posted on 3 March 2026 in Recipes"): the word, then a name of a few words
# with no figure, the date's last figure right before it
_SECTION_WORDS = words_of("section_words")
_IN_SECTION = re.compile(rf"(?<=\d)\s+(?:{_words(_SECTION_WORDS)})\s+[^\W\d_][^\d|·•.!?]{{0,40}}$", re.IGNORECASE)


def said_published_part(plain: str) -> str | None:
    """Of a row of parts whatever they hold (a byline, a section, a view count, a reference), the one part its
    publication's words open, when one alone does ("Door Jan de Vries · Geplaatst op 2 april 2026 · Categorie:
    Monumenten", "Опубликовано 11.06.2026 · Рубрика: Читальня · 👁 2 341"), without the section a post line files
    it in after its date ("Pubblicato il 30 ottobre 2026 in Avvisi"); None when that is the line as it stands
    (read already). The words say which date it is: the row's other parts need not be a dateline's, but none may be
    a bare date."""
    if not has_digit(plain) or not _PUBLISHED_HELD.may_hold(plain):
        return None
    parts = dateline_parts(plain)
    said = [part for part in parts if _kind_of_part(part) == "published" and has_digit(part)]
    if len(said) != 1 or any(part[:1].isdigit() and is_bare_date(part) for part in parts):
        return None  # a bare date beside it: a range's end ("Date: 2025-12-12 - 2025-12-17") or another day
    part = _IN_SECTION.sub("", said[0])
    return None if part == plain.strip() else part


# An update's words after a comma, a wide gap, a figure (and its full stop) or an opening bracket open a part of
# their own ("Issued: 23 January 2026, 06:40. Last updated: …", "Publié
# le 4 février 2026, mis à jour le 5 février", "12 января 2026, 07:45   Обновлено …", "15 augustus 2026, 07:00
# Laatste update: …", "9.06.2026, 07:30 (aktualizacja: 10.06.2026, 14:10)").
_UPDATE_AFTER_COMMA = re.compile(
    rf"(?:,\s+|(?<=\d)\.\s+|\s{{2,}}|(?<=\d)\s+|\s*\()\(?(?=(?:{_words(UPDATED_WORDS)})\b)", re.IGNORECASE
)


def published_part(plain: str) -> str | None:
    """Of a line that says when the page was published and when it was updated, each in a part led by
    its words, in either order ("Publicado: 10/02/2026 08:15 · Actualizado: 10/02/2026 12:40",
    "Actualizado 08/02/2026 - 20:58 · Publicado 08/02/2026 - 17:30"), the publication's part (with the
    time a dash set apart after its date). A bare date before update parts is the publication's
    ("3 aprile 2026 | Aggiornato alle 18:20", "29 jan. 2026 om 13:50 · Laatste update: …")."""
    text = plain.strip()
    if not (_PUBLISHED.match(text) or _UPDATED.match(text) or has_digit(text)) or not _UPDATED_HELD.may_hold(text):
        return None  # an update's part needs its words: looked for before the parts are cut
    groups: list[list[str]] = []  # each part led by its words, with the unlabelled parts after it
    for part in dateline_parts(_UPDATE_AFTER_COMMA.sub(" | ", plain)):
        kind = _kind_of_part(part)
        if kind is None and groups:
            groups[-1].append(part)
        else:
            groups.append([part])
    if len(groups) < 2:
        return None
    kinds = [_kind_of_part(group[0]) for group in groups]
    if kinds[0] is None and has_digit(groups[0][0]):  # a bare date first: the publication's, before updates
        kinds[0] = "published"
    if kinds.count("published") != 1 or kinds.count("updated") != len(groups) - 1:
        return None
    texts = [" ".join(group) for group in groups]
    if not all(len(text.split()) <= _MAX_WORDS and has_digit(text) for text in texts):
        return None
    return texts[kinds.index("published")]


# An update's dateline, then a dash, a bar or a colon and a note of what changed ("Last updated 28 July 2026 — added
# the walk-in clinic times", "Mis à jour le 3 mars 2026 : ajout des horaires"): the date up to its last figure
_UPDATE_NOTE = re.compile(r"^(?P<date>.*?\d)\s*(?:[—–|·:]|--?)\s+(?P<note>[^\W\d_].*)$")
_UPDATE_NOTE_MAX_WORDS = 15


def noted_update_part(plain: str) -> str | None:
    """The dateline of an update's line that goes on with a note of the change (`_UPDATE_NOTE`), a dozen words or
    so, led by an update's words (looked up first); None for any other line."""
    text = plain.strip()
    if _kind_of_part(text) != "updated" or not (found := _UPDATE_NOTE.match(text)):
        return None
    return found["date"] if len(found["note"].split()) <= _UPDATE_NOTE_MAX_WORDS else None


def without_update_parts(parts: list[str]) -> list[str]:
    """A dateline's parts but those an update's words lead ("Irun · 05/07/2026 · Actualizada: 06/07/2026
    12:31" reads as "Irun · 05/07/2026"), when some other is left: the update's day is not the publication's."""
    kept = [part for part in parts if _kind_of_part(part) != "updated"]
    return kept or parts


def without_other_days(parts: list[str]) -> list[str]:
    """A dateline's parts but an update's and another day's ("Emesso il 27/11/2026 · valido fino al 04/12/2026"
    reads as its first part), when some other is left: a bulletin's validity ends on no day of publication."""
    kept = [part for part in without_update_parts(parts) if not opens_other_date(part.strip())]
    return kept or parts


def _kind_of_part(part: str) -> str | None:
    """A dateline part's kind by its first words alone (`dateline_kind` also reads a line giving both); none for
    another day's ("Date limite de dépôt : …", `opens_other_date`)."""
    text = part.strip()
    if not _KIND_OPENINGS.may_open(text):  # most parts: one lookup for both kinds' words
        return None
    if _UPDATED.match(text):
        return "updated"
    return "published" if _PUBLISHED.match(text) and not opens_other_date(text) else None


def opens_other_date(text: str) -> bool:
    """Whether a text opens with the words of another day than the page's ("Plazo de presentación:", "Einsatzdatum:",
    "Date limite de dépôt :"), looked up before the pattern."""
    return _OTHER_DATE_OPENINGS.may_open(text) and _OTHER_DATE.match(text) is not None


def parse_dateline_with_filler(
    plain: str, reading: DateReading = DateReading(), bare_read: bool = False
) -> Published | None:
    """The date of a line that is a date plus filler, in parts set apart by bars, bullets or dashes:
    a reading time, a comment count, a relative date (read when it is the only date and the fetch time is known),
    numbered fields ("Episode 42"), an issue ("Ausgabe Oktober 2026"), a credit ("A cura dell'Ufficio stampa"), and
    at most one short section label ("Travel · Sep 8, 2021 · 5 min read") or a name with its role in brackets, set
    apart or run into the date ("Susan December 9, 2024"). Only one part may hold digits and it must be a dateline,
    so a sentence that mentions a date is still none; the filler and numbered fields count to no word limit, so a
    meta strip is one whatever its length. `bare_read`: `parse_dateline` found no date in the whole line (so its one
    part, when it is the whole line, is not read again)."""
    if not has_digit(plain) or (more_words_than(plain, _MAX_WORDS) and not _has_separator(plain)):
        return None
    parts = dateline_parts(plain)
    relative = [part for part in parts if _RELATIVE.fullmatch(_without_leading(_KIND_WORDS, part))]
    kept = [
        _without_trailing_filler(part)
        for part in parts
        if not (
            _FILLER.fullmatch(part)
            or part in relative
            or (
                len(parts) > 1
                and (
                    _NUMBERED_FIELD.fullmatch(part)
                    or _is_labelled_field(part)
                    or (is_issue_number(part) and (_ISSUE_MONTH.search(part) or _SHORT_ISSUE.search(part)))
                    or _CREDIT_PART.fullmatch(part)
                )
            )
        )
    ]
    # a row of three parts or more, the set-aside ones counted ("By HNN Staff | Nov 18, 2019 - Updated Nov 18"), is
    # dated by its publication's part, not its update's, when it has one ("109 Comments | Jill Winger | Last Updated:
    # March 11, 2019" has none)
    published = without_update_parts(kept) if len(parts) > 2 else kept
    if any(has_digit(part) for part in published):
        kept = published
    # a row of three parts or more, the set-aside ones counted, sets its time of day apart from its day ("2 de
    # diciembre de 2026 | 10:25 | Lectura: 3 min")
    if len(parts) > 2 and any(has_digit(part) and not _TIME_PART.fullmatch(part) for part in kept):
        kept = [part for part in kept if not _TIME_PART.fullmatch(part)]
    dated = [part for part in kept if has_digit(part)]
    if not dated and len(relative) == 1 and reading.fetched_at is not None:
        kept, dated = [*kept, relative[0]], relative  # the strip's one date ("hace 3 días · 5 min de lectura")
    labels = [_BRACKETED_ROLE.sub("", part) for part in kept if part not in dated]
    if len(dated) != 1 or len(labels) > 1:
        return None
    issuer = bool(labels) and _names_issuer_of_issue(labels[0], dated[0])
    if not (issuer or all(_LABEL.fullmatch(label) for label in labels)):
        return None
    if sum(len(part.split()) for part in kept) > _MAX_WORDS + (len(labels[0].split()) if issuer else 0):
        return None
    read_already = bare_read and dated[0] == plain.strip()
    return (None if read_already else parse_dateline(dated[0], reading)) or (
        None if labels else _run_in_dateline(dated[0], reading)
    )


_AS_OF = re.compile(rf"^(?:{_words(AS_OF_WORDS)})\s", re.IGNORECASE)
_ISSUER_MAX_WORDS = 10


def _names_issuer_of_issue(label: str, dated: str) -> bool:
    """Whether a part is the name of who issues a bulletin whose issue's day is the other part ("Union syndicale
    des ateliers ferroviaires de Nevers – bulletin du mardi 1er décembre 2026"): a name in sentence case, as long as
    a body's, no figure, no sentence stop, beside an issue's as-of words (`as_of_words`)."""
    return (
        label[:1].isupper()
        and len(label.split()) <= _ISSUER_MAX_WORDS
        and not has_digit(label)
        and not _SENTENCE_END.search(label)
        and _AS_OF.match(dated) is not None
    )


def _without_trailing_filler(part: str) -> str:
    """The part without the filler it ends with ("Nov 8, 2025 7 min read" -> "Nov 8, 2025")."""
    return (_TRAILING_FILLER if "\n" in part else _TRAILING_FILLER_BY_FIRSTS).sub("", part)


def _is_labelled_field(part: str) -> bool:
    """A meta strip's labelled field (`_LABELLED_FIELD`), not a dateline's words and their date."""
    return (
        len(part.split()) <= _LABELLED_FIELD_MAX_WORDS
        and _LABELLED_FIELD.fullmatch(part) is not None
        and _kind_of_part(part) is None
    )


def _run_in_dateline(text: str, reading: DateReading) -> Published | None:
    """The date of a dateline led by a label or a given name with no separator ("News 12.03.2024",
    "Susan December 9, 2024"): one or two capitalised words, then nothing but the date, which opens
    on a digit or a capital (a sentence goes on in small letters: "Article mis à jour le 7 janvier").
    Not a slashed date nor one without a four-figure year: a word before one is more often a post's
    title ("Blogposting 01/24/2020", "Opening Bell 11.18.19")."""
    if "/" in text or not _FULL_YEAR.search(text):
        return None
    words = text.split()
    for count in range(1, _MAX_RUN_IN_WORDS + 1):
        if len(words) <= count or not all(
            _RUN_IN_WORD.fullmatch(word) and (word.istitle() or word.isupper()) for word in words[:count]
        ):
            return None
        if not words[count][0].islower() and (published := parse_dateline(" ".join(words[count:]), reading)):
            return published
    return None


def lede_dateline(plain: str) -> str | None:
    """The date a lede opens with after its place ("3. Februar 2026" of "Lauterbrunn, 3. Februar 2026. Die
    Stadtwerke …"), as a dateline to read; None when it opens otherwise."""
    found = _LEDE_DATELINE.match(plain) if has_digit(plain[:_LEDE_MAX_CHARS]) else None
    return found["date"] if found else None


def more_words_than(text: str, most: int) -> bool:
    """Whether a text has more than `most` words, told from its first `most` + 1 (a long line's every word
    was split off to be counted against a dateline's or a byline's few, a microsecond or two a prose line)."""
    return len(text.split(None, most)) > most


def has_digit(text: str) -> bool:
    """Any digit (`str.isdigit` takes in every character a regex's `\\d` matches); an ASCII text's
    are counted in C (`ascii_digits`)."""
    count = ascii_digits(text)
    return any(map(str.isdigit, text)) if count is None else count > 0


_ASCII_DIGITS = b"0123456789"


def ascii_digits(text: str) -> int | None:
    """How many digits an ASCII text holds, counted in C (looking at each character in Python took
    twice as long on a dump's lines, most of which are ASCII); None for any other text, whose digits
    may be other scripts' (a regex's `\\d` matches them)."""
    if not text.isascii():
        return None
    data = text.encode()
    return len(data) - len(data.translate(None, _ASCII_DIGITS))


def _relative_date(text: str, reading: DateReading, said_published: bool) -> Published | None:
    """The day a relative dateline names, counted back from the fetch; None when the fetch time is
    unknown (never from today's clock), or for a lone day word ("Today", a menu entry) that no
    published/updated word introduced."""
    if reading.fetched_at is None or not (said_published or has_digit(text)):
        return None
    base = reading.fetched_at.astimezone(dt.UTC).replace(tzinfo=None)
    settings = {**_SETTINGS, "PARSERS": ["relative-time"], "RELATIVE_BASE": base, "REQUIRE_PARTS": []}
    parsed = _dateparser(text, reading, settings)
    return Published(date=parsed.date()) if parsed is not None and parsed.date() <= base.date() else None


def _dateparser(text: str, reading: DateReading, settings: dict[str, object]) -> dt.datetime | None:
    """dateparser in the page's languages, or in those the cleaning has rows for when the page's is
    unknown: letting it guess among all its locales compiles each of them on a first line in a new
    script (over a second a process), for dates in languages whose words no table here knows."""
    try:
        return dateparser.parse(text, languages=list(reading.languages or CODES), settings=settings)
    except ValueError:  # a language dateparser does not know
        return dateparser.parse(text, languages=list(CODES), settings=settings)


def _fast_date(text: str) -> Published | None:
    """The first of the fast layouts that reads `text` as a real date, as strptime would."""
    for layout, timed in _FAST_LAYOUTS:
        found = layout.fullmatch(text)
        if found is None:
            continue
        parts = found.groupdict()
        if "weekday" in parts and parts["weekday"].lower() not in _WEEKDAYS:
            continue  # a name matched only by case folding ("ſunday") is none to strptime
        month = _MONTH_NUMBERS.get(parts["month_name"].lower(), 0) if "month_name" in parts else int(parts["month"])
        try:
            day = dt.date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:  # 31 November, or no month: strptime refuses it too, and the next layout is tried
            continue
        if not timed:
            return Published(date=day)
        at = dt.datetime(day.year, day.month, day.day, int(parts["hour"]), int(parts["minute"]), tzinfo=dt.UTC)
        return Published(date=day, at=at)
    return None


_ISO_WITH_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def parse_iso_instant(value: str) -> dt.datetime | None:
    """An ISO 8601 timestamp with a zone, in UTC; None for a bare date or a time without a zone."""
    value = value.strip()
    if not _ISO_WITH_TIME.match(value):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.astimezone(dt.UTC) if parsed.tzinfo else None


# Languages whose month names the shown-date scan reads (dateparser's locale tables give the words).
MONTH_NAME_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "id", "sv", "da", "tr")
_MONTH_KEYS = "january february march april may june july august september october november december".split()


def _month_numbers() -> dict[str, int]:
    """Month names and abbreviations, lower-case, in `MONTH_NAME_LANGUAGES` -> month number."""
    from dateparser.languages.loader import default_loader

    numbers: dict[str, int] = {}
    for language in MONTH_NAME_LANGUAGES:
        info = default_loader.get_locale(language).info
        for number, key in enumerate(_MONTH_KEYS, 1):
            for word in info.get(key, []):
                if len(word) >= 3 and word.isalpha():
                    numbers.setdefault(word.lower(), number)
    return numbers


MONTH_NUMBERS = _month_numbers()
_MONTH_WORD = r"(?P<{}>[^\W\d_]{{3,}})\.?"
_SHOWN_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>(?:19|20)\d{2})(?!\d)"),
    re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?!\d)"),
    re.compile(r"(?P<y>(?:19|20)\d{2})\s?年\s?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?日"),
    re.compile(
        r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s+(?:de\s+|of\s+)?"
        + _MONTH_WORD.format("month")
        + r",?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(
        _MONTH_WORD.format("month") + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})(?!\d)",
        re.IGNORECASE,
    ),
)
_SHOWN_WINDOW = 40  # characters either side of a year that a written date spans


def _shown_day(found: re.Match) -> list[dt.date]:
    """The day(s) a match may mean: "03/05/2024" is 3 May or 5 March until the page's language says."""
    parts = found.groupdict()
    year = int(parts["y"])
    if "a" in parts:
        pairs = [(int(parts["b"]), int(parts["a"])), (int(parts["a"]), int(parts["b"]))]
    elif "month" in parts:
        pairs = [(MONTH_NUMBERS.get(parts["month"].lower(), 0), int(parts["d"]))]
    else:
        pairs = [(int(parts["m"]), int(parts["d"]))]
    days = []
    for month, day in pairs:
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue
    return days


def shown_days(text: str, year: int) -> frozenset[dt.date]:
    """The days of `year` that `text` writes out, in the usual numeric and month-name forms (only
    the text around each mention of the year is read)."""
    written = str(year)
    windows = []
    at = text.find(written)
    while at >= 0:
        windows.append(text[max(0, at - _SHOWN_WINDOW) : at + _SHOWN_WINDOW])
        at = text.find(written, at + len(written))
    found = (match for window in windows for pattern in _SHOWN_PATTERNS for match in pattern.finditer(window))
    return frozenset(day for match in found for day in _shown_day(match))


# one separator throughout ("/2024/3/5/", "/2024-03-05-"): "/2024/12/title" is December, not 2 January
_URL_DAY = re.compile(
    r"/(?P<year>(?:19|20)\d{2})(?P<sep>[/_-])(?P<month>0?[1-9]|1[0-2])(?P=sep)(?P<day>0?[1-9]|[12]\d|3[01])(?:/|[_-]|$)"
)
_COMPACT_URL_DAY = re.compile(
    r"[/_-](?P<year>(?:19|20)\d{2})(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])(?:[/_.-]|$)"
)

EARLIEST = dt.date(1995, 1, 1)  # dates before the web's early years are none


def url_day(url: str | None) -> dt.date | None:
    """A full date in the URL's path ("/2024/03/05/", "/2024-03-05-title", "/20240305/")."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.IGNORECASE)
    for pattern in (_URL_DAY, _COMPACT_URL_DAY):
        if found := pattern.search(path):
            try:
                day = dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
            except ValueError:
                continue
            return day if day >= EARLIEST else None
    return None


def writes_a_day(text: str) -> bool:
    """Whether a text writes out a day in the usual numeric and month-name forms (`shown_days`)."""
    return any(shown_days(text, year) for year in {int(year) for year in _YEAR.findall(text)})


def _written_days(text: str) -> set[dt.date]:
    return {day for year in {int(year) for year in _YEAR.findall(text)} for day in shown_days(text, year)}


def writes_one_date(text: str) -> bool:
    """Whether a text writes out one date (`shown_days`), a numeric one read either way round included:
    "03/01/2017" is 1 March or 3 January, but one date all the same, where a byline's "Mar 3, 2024 |
    Updated Mar 5, 2024" writes two."""
    days = _written_days(text)
    if len(days) == 2:
        first, second = days
        return (first.year, first.month, first.day) == (second.year, second.day, second.month)
    return len(days) == 1


def shown_date(text: str) -> dt.date | None:
    """The one day a text writes out in the usual numeric and month-name forms (`shown_days`), or
    None when it writes none or several (a byline's "Mar 3, 2024 | Updated Mar 5, 2024")."""
    days = _written_days(text)
    return days.pop() if len(days) == 1 else None
