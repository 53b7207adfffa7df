"""A rule's regular expressions, matched the fast way against a line.

A pattern anchored with `^` is tried at the start of the line only. Any other pattern has to be tried
at every position, and with case folding and a leading `\\b` that costs microseconds a line: most of
the cost of the line rules. But each such pattern needs some literal text (" cookies", "credit: ",
"(") that a line without it cannot match, so those patterns are searched only in lines that hold one
of their literals. The literals come from parsing the patterns themselves: nothing to keep in sync.
"""

from __future__ import annotations

import re
from re import _parser  # the stdlib's own regex parser: the one `re.compile` uses


class LinePatterns:
    """Case-insensitive patterns, any of which may match a line."""

    def __init__(self, *patterns: str):
        self.sources = patterns
        self.at_start = _alternation([p for p in patterns if p.startswith("^")])
        anywhere = [p for p in patterns if not p.startswith("^")]
        self.anywhere = _alternation(anywhere)
        self.needles = _needles(anywhere)

    def search(self, plain: str, lowered: str | None = None) -> bool:
        """Whether any pattern matches; `lowered` is `plain.lower()` when `plain` is ASCII (the
        literals are looked up in it; without it every pattern is tried)."""
        if self.at_start is not None and self.at_start.match(plain):
            return True
        if self.anywhere is None:
            return False
        if self.needles is not None and lowered is not None and not any(needle in lowered for needle in self.needles):
            return False
        return self.anywhere.search(plain) is not None


def lowered_if_ascii(plain: str) -> str | None:
    """The line for literal lookups; None for a non-ASCII line, where case folding under
    `re.IGNORECASE` is wider than `str.lower` (the long s matches "s"), so no lookup is safe."""
    return plain.lower() if plain.isascii() else None


def _alternation(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


def _needles(patterns: list[str]) -> frozenset[str] | None:
    """For each pattern (each branch of a top-level `|`), the longest run of literal characters every
    match of it contains, lower-cased; None when a pattern has none that is safe to look up."""
    needles = set()
    for pattern in patterns:
        items = list(_parser.parse(pattern, re.IGNORECASE))
        branches = items[0][1][1] if len(items) == 1 and items[0][0] is _parser.BRANCH else [items]
        for branch in branches:
            needle = _longest_literal_run(branch)
            # a cased non-ASCII literal may match ASCII text under IGNORECASE ("ſ" matches "s")
            if not needle or not all(ch.isascii() or ch.lower() == ch.upper() for ch in needle):
                return None
            needles.add(needle.lower())
    return frozenset(needles)


def _longest_literal_run(items) -> str:
    longest, run = "", ""
    for op, value in items:
        run = run + chr(value) if op is _parser.LITERAL else ""
        longest = max(longest, run, key=len)
    return longest
