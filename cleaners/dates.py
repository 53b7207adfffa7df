"""Publication dates from datelines.

A dateline is a line that is *only* a date, optionally with a "Published"-style prefix, a time and a
zone. A date mentioned inside a sentence is never a dateline, so "on 26 November" in the body cannot
become the publication date. dateparser does the parsing (many languages); we only strip the wrapping
it does not understand ("Published …", ordinal suffixes, " - " between date and time).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import dateparser

_PREFIX = re.compile(
    r"^(?:(?:first |last )?(?:published|updated|posted|modified|created|date|dated|"
    r"publié|publiée|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato)"
    r"(?:\s+(?:on|at|le|am|el|il))?\s*:?\s*)",
    re.IGNORECASE,
)
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s+[-–—|•·]\s+|\s+at\s+|,\s*(?=\d{1,2}[:.]\d{2})", re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\.?\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d{2}\b")
_NUMERIC_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")
_LETTERS = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+")
_MAX_WORDS = 10
_MAX_LETTER_RUNS = 6  # month, weekday, zone, "at", am/pm: more letters than that is a sentence

# Common English and ISO datelines, tried with strptime before dateparser (which costs ~1 ms a line).
_FAST_DATE_FORMATS = (
    "%B %d %Y", "%B %d, %Y", "%b %d, %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d",
    "%A, %B %d, %Y", "%A %B %d, %Y", "%a, %B %d, %Y", "%A, %d %B %Y", "%b. %d, %Y",
)
# The same with a time of day in UTC (GMT, UTC or no zone, as dateparser reads them here).
_FAST_INSTANT_FORMATS = tuple(
    f"{day} %H:%M{zone}" for day in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%Y-%m-%d") for zone in ("", " GMT", " UTC")
)

_SETTINGS = {
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TIMEZONE": "UTC",
    "TO_TIMEZONE": "UTC",
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
}


@dataclass(frozen=True)
class Published:
    """A publication date; `at` is set only when the time of day is known (then in UTC)."""

    date: dt.date
    at: dt.datetime | None = None


def parse_dateline(plain: str) -> Published | None:
    """The publication date if `plain` is a dateline, else None."""
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
    text = _SEPARATOR.sub(" ", text)
    if fast := _fast_date(text):
        return fast
    parsed = dateparser.parse(text, settings=_SETTINGS)
    if parsed is None:
        return None
    if _TIME_OF_DAY.search(text):
        at = parsed.astimezone(dt.timezone.utc)
        return Published(date=at.date(), at=at)
    return Published(date=parsed.date())


def _fast_date(text: str) -> Published | None:
    for layouts, timed in ((_FAST_DATE_FORMATS, False), (_FAST_INSTANT_FORMATS, True)):
        for layout in layouts:
            try:
                parsed = dt.datetime.strptime(text, layout)
            except ValueError:
                continue
            if not timed:
                return Published(date=parsed.date())
            at = parsed.replace(tzinfo=dt.timezone.utc)
            return Published(date=at.date(), at=at)
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
    return parsed.astimezone(dt.timezone.utc) if parsed.tzinfo else None
