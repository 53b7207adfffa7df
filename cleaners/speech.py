"""A screen reader's speech log (NVDA's speech viewer saved as text) read as the markup its role words say.

The reader speaks each element's role in its user's language before the element's text ("heading level 1 …",
"link …", "graphic …", "button …"): a tool's syntax, as markdown's "#" and "[…](…)" are, so a log's lines become
the markdown they stand for and every later step reads them as any dump's. The role words are each language's
`speech_*` rows; a page is a log only when it speaks a heading's role and marks its regions (landmarks, lists),
so prose that says "link" or "heading" is never read as a role.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from cleaners.languages import alternation, words_of

SPEECH_REGION_LINES_MIN = 2  # lines a log marks a region or a list with (a page's sentence naming one is one)
_REGION_LINE_WORDS_MAX = 8  # words of a region's line ("navigation landmark list with 5 items")


@dataclass(frozen=True, slots=True)
class _Roles:
    heading: re.Pattern[str]
    heading_needles: tuple[str, ...]  # the heading role's first words, one of which a log's text holds
    link: re.Pattern[str]
    named_link: re.Pattern[str]
    graphic: re.Pattern[str]
    control: re.Pattern[str]
    region: re.Pattern[str]


def _words(kind: str, codes: frozenset[str] | None) -> str:
    """One kind of role word in the languages `codes`, as an alternation; a figure written "{n}"."""
    return alternation(words_of(f"speech_{kind}", codes)).replace(r"\{n\}", r"\d{1,4}")


@functools.cache
def _roles(codes: frozenset[str] | None) -> _Roles:
    """The log's patterns in the languages `codes`, compiled once per set. Role words are matched as the reader
    writes them (small letters, German's capitals): a sentence opens with a capital."""
    bullet, visited, link = _words("bullet", codes), _words("visited", codes), _words("link", codes)
    graphic = _words("graphic", codes)
    role = rf"(?:(?:{visited})\s+)?(?:{link})(?:\s+(?:{visited}))?(?:\s+(?:{graphic}))?\s+"
    return _Roles(
        heading=re.compile(rf"^(?:{_words('heading', codes)})\s+(?P<level>[1-6])\s+(?P<text>\S.*)$"),
        heading_needles=tuple({words.split()[0] for words in words_of("speech_heading", codes)}),
        link=re.compile(rf"^(?P<bullet>(?:{bullet})\s+)?{role}(?P<text>\S.*)$"),
        # a link spoken inside a short line after one word: a byline's ("By link Jane Doe"), no sentence
        named_link=re.compile(rf"^(?P<lead>\S+)\s+{role}(?P<text>[^.!?]{{1,60}})$"),
        graphic=re.compile(rf"^(?:{graphic})\s+(?P<text>\S.*)$"),
        control=re.compile(rf"^(?:{_words('control', codes)})\s+(?P<text>\S.*)$"),
        region=re.compile(rf"(?:^|\s)(?:{_words('region', codes)})(?:\s|$)"),
    )


def is_speech_log(raws: list[str], codes: frozenset[str] | None) -> bool:
    """Whether the lines are a screen reader's log: a heading's role spoken and regions or lists marked. The role's
    first words are looked for in the lines joined first: nearly every page holds none, told without a match a line."""
    roles = _roles(codes)
    text = "\n".join(raws)
    if not any(needle in text for needle in roles.heading_needles) or not any(roles.heading.match(raw) for raw in raws):
        return False
    regions = (raw for raw in raws if len(raw.split()) <= _REGION_LINE_WORDS_MAX and roles.region.search(raw))
    return sum(1 for _ in zip(range(SPEECH_REGION_LINES_MIN), regions, strict=False)) >= SPEECH_REGION_LINES_MIN


def as_markdown(raw: str, codes: frozenset[str] | None) -> str:
    """One line of a log as the markdown its role words say: a heading's "#", a link's brackets, a picture's,
    a control's bare text; a line no role opens stays as it is."""
    roles = _roles(codes)
    if found := roles.heading.match(raw):
        return "#" * int(found["level"]) + " " + found["text"]
    if found := roles.link.match(raw):
        return ("- " if found["bullet"] else "") + f"[{found['text']}]()"
    if found := roles.graphic.match(raw):
        return f"![{found['text']}]()"
    if found := roles.control.match(raw):
        return found["text"]
    if found := roles.named_link.match(raw):
        return f"{found['lead']} [{found['text']}]()"
    return raw
