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

from cleaners.rules import DATELINE

# Words before a dateline's date that say which date it is (matched at the line's start).
PUBLISHED_WORDS = (
    "first published",
    "published",
    "posted",
    "created",
    "date",
    "dated",
    "publié",
    "publiée",
    "publié le",
    "veröffentlicht",
    "erstellt",
    "publicado",
    "publicada",
    "pubblicato",
    "gepubliceerd",
    "опубликовано",
    "опубліковано",
    "opublikowano",
)
UPDATED_WORDS = (
    "last updated",
    "last modified",
    "updated",
    "modified",
    "mis à jour",
    "aktualisiert",
    "geändert",
    "actualizado",
    "actualizada",
    "atualizado",
    "atualizada",
    "aggiornato",
    "bijgewerkt",
    "обновлено",
    "оновлено",
    "aktualizacja",
    "zaktualizowano",
)


def _words(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_PUBLISHED = re.compile(rf"^(?:{_words(PUBLISHED_WORDS)})\b", re.IGNORECASE)
_UPDATED = re.compile(rf"^(?:{_words(UPDATED_WORDS)})\b", re.IGNORECASE)
_PREFIX = re.compile(
    rf"^(?:(?:{_words(PUBLISHED_WORDS + UPDATED_WORDS)})(?:\s+(?:on|at|le|am|el|il|em|op|the))?\s*:?\s*)",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_SEPARATOR = re.compile(
    r"\s+[-–—|•·]\s+|\s+(?:at|à|às|alle|um|om|a las|в|о|o)\s+|,\s*(?=\d{1,2}[:.h]\d{2})|\s+uhr\b", re.IGNORECASE
)
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\.?\b", re.IGNORECASE)
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
)
# The same with a time of day in UTC (GMT, UTC or no zone, as dateparser reads them here).
_FAST_INSTANT_FORMATS = tuple(
    f"{day} %H:%M{zone}" for day in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%Y-%m-%d") for zone in ("", " GMT", " UTC")
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
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
}
_SETTINGS_DAY_FIRST = {**_SETTINGS, "DATE_ORDER": "DMY"}
# A zone after a time: only then is the instant known.
_ZONE = re.compile(r"\b(?:GMT|UTC|Z|[ECMP][SD]?T|CES?T|EES?T|WES?T|MSK|BST|IST|JST|AES?T|AEDT)\b|[+-]\d{2}:?\d{2}\b")
_DOTTED_DATE = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b")
_HOUR_H = re.compile(r"\b(\d{1,2})h(\d{2})\b")  # "10h15"


@dataclass(frozen=True)
class Published:
    """A publication date; `at` is set only when the time of day is known (then in UTC); `source`
    names where an HTML page stated it (cleaners/published.py)."""

    date: dt.date
    at: dt.datetime | None = None
    source: str | None = None


def dateline_kind(plain: str) -> str | None:
    """ "published" or "updated" when a dateline's words say which date it is, else None."""
    text = plain.strip()
    if _UPDATED.match(text):
        return "updated"
    return "published" if _PUBLISHED.match(text) else None


def parse_dateline(plain: str, day_first: bool = False, languages: list[str] | None = None) -> Published | None:
    """The date if `plain` is a dateline, else None. A numeric date with dots is read day first
    ("05.03.2026"), one with slashes day first when `day_first` (the page's language writes dates
    so), else month first. A time of day without a zone gives the day only: the instant is unknown.
    `languages` (ISO codes) spare dateparser guessing among all its locales."""
    if len(plain.split()) > _MAX_WORDS:
        return None
    text = _PREFIX.sub("", plain.strip()).strip()
    if not text or not (_YEAR.search(text) or _NUMERIC_DATE.search(text)):
        return None
    if len(_NUMBER.findall(text)) < 2:  # a day and a year at least ("Best laptops of 2025" is no date)
        return None
    if len(_LETTERS.findall(text)) > _MAX_LETTER_RUNS:
        return None
    text = _ORDINAL.sub(r"\1", text)
    text = _HOUR_H.sub(r"\1:\2", _SEPARATOR.sub(" ", text))
    zoned = _ZONE.search(text) is not None
    if fast := _fast_date(text):
        return fast if zoned or fast.at is None else Published(fast.date)
    day_first = day_first or _DOTTED_DATE.search(text) is not None
    settings = _SETTINGS_DAY_FIRST if day_first else _SETTINGS
    try:
        parsed = dateparser.parse(text, languages=languages, settings=settings)
    except ValueError:  # a language dateparser does not know
        parsed = dateparser.parse(text, settings=settings)
    if parsed is None:
        return None
    if _TIME_OF_DAY.search(text) and zoned:
        at = parsed.astimezone(dt.UTC)
        return Published(date=at.date(), at=at)
    return Published(date=parsed.date())


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
