"""Author names from byline lines.

A byline starts with a "By"-word ("By", "Par", "Von", "Por", "Written by", "Author:"). Everything that
is not a person's name is peeled off: e-mail addresses, job titles, agency suffixes. A photo credit
("Yuri Kadobnov, AFP | …") has no "By"-word and is never read as a byline.
"""

from __future__ import annotations

import re

_BYLINE = re.compile(
    r"^(?:(?:written|posted|reported|words)\s+by|by|par|von|por|di|door|av|af|autor(?:es)?\s*:|"
    r"authors?\s*:)\s+(?P<names>.+)$",
    re.IGNORECASE,
)
_MAX_WORDS = 16
_EMAIL = re.compile(r"\S+@\S+\.\S+")
_SPLIT = re.compile(r"\s*(?:,|;|&|\||/|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE)
_TRAILING = re.compile(r"\s*(?:[-–—|•·]\s*.*|\(.*?\))$")  # " - Staff writer", " | Reuters", "(AFP)"
_NAME_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")

# Words that make a chunk a role or an organisation, not a person.
NOT_A_NAME: frozenset[str] = frozenset(
    """staff writer reporter correspondent editor editors contributor columnist journalist
    senior chief deputy associate managing political business science health sports foreign
    analyst producer photographer photos photo video updated published news agency desk team
    afp reuters ap dpa ansa efe tass xinhua bloomberg press associated agencies wire wires
    ms rd md phd mph rn""".split()
)


def parse_byline(plain: str) -> list[str] | None:
    """The names on a byline, or None if `plain` is not a byline."""
    if len(plain.split()) > _MAX_WORDS:
        return None
    match = _BYLINE.match(plain.strip())
    if not match:
        return None
    names = [_clean_name(chunk) for chunk in _SPLIT.split(_EMAIL.sub("", match["names"]))]
    names = [name for name in names if name]
    return names or None


def _clean_name(chunk: str) -> str | None:
    chunk = _TRAILING.sub("", chunk).strip(" .,:;")
    words = chunk.split()
    if not words or len(words) > 5:
        return None
    if any(word.lower().strip(".") in NOT_A_NAME for word in words):
        return None
    if not all(_NAME_WORD.match(word) for word in words) or not any(w[0].isupper() for w in words):
        return None
    if chunk.isupper():
        chunk = " ".join(word.capitalize() for word in words)
    return chunk
