"""A rule's regular expressions, matched the fast way against a line.

A pattern anchored with `^` is tried at the start of the line only. Any other pattern has to be tried
at every position, and with case folding and a leading `\\b` that costs microseconds a line: most of
the cost of the line rules. But each such pattern needs some literal text (" cookies", "credit: ",
"(") that a line without it cannot match, so those patterns are searched only in lines that hold one
of their literals. The literals come from reading the patterns themselves (conservatively: a group,
a class or a quantifier ends a run of literal text), so there is nothing to keep in sync.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping, Sequence


class LinePatterns:
    """Case-insensitive patterns, any of which may match a line."""

    def __init__(self, *patterns: str):
        self.sources = patterns
        self._anchored = [p for p in patterns if p.startswith("^")]
        self._anywhere = [p for p in patterns if not p.startswith("^")]
        self.needles = _needles(self._anywhere)

    @functools.cached_property
    def at_start_sources(self) -> tuple[dict[str, list[str]], list[str]]:
        """The anchored patterns by the first character of the lines they can match (lower-cased), each
        without its alternatives that cannot start with it, and those whose first character is not a few
        literals: for `FirstMatch` (read on first use: the rules' own patterns, made on import, never are)."""
        by_first: dict[str, list[str]] = {}
        any_first: list[str] = []
        for pattern in self._anchored:
            parts = _anchored_parts(pattern)
            for first, part in parts or ():
                by_first.setdefault(first, []).append(part)
            if parts is None:
                any_first.append(pattern)
        return by_first, any_first

    # Compiled on first use: hundreds of patterns take a second to compile, and most processes
    # that import the rules match with `FirstMatch` only.
    @functools.cached_property
    def at_start(self) -> re.Pattern[str] | None:
        return _alternation(self._anchored)

    @functools.cached_property
    def anywhere(self) -> re.Pattern[str] | None:
        return _alternation(self._anywhere)

    @functools.cached_property
    def anywhere_each(self) -> list[tuple[frozenset[str] | None, re.Pattern[str]]]:
        """Each unanchored pattern with the literals it needs (one of): a line holding the literal of
        one searches that pattern alone, not all of them (a photo credit's "AFP" once made a prose
        line try a dozen credit patterns, at tens of microseconds each)."""
        return [(_needles([p]), compiled) for p in self._anywhere if (compiled := _alternation([p]))]

    @property
    def has_anywhere(self) -> bool:
        return bool(self._anywhere)

    def search(self, plain: str, lowered: str | None = None) -> bool:
        """Whether any pattern matches; `lowered` is `lowered_for_literals(plain)` (the literals are
        looked up in it; without it every pattern is tried)."""
        if self.at_start is not None and self.at_start.match(plain):
            return True
        return self.search_anywhere(plain, lowered)

    def search_anywhere(self, plain: str, lowered: str | None = None) -> bool:
        """Whether an unanchored pattern matches (see `search`): with `lowered`, only the patterns whose
        literals the line holds are searched, each alone (`anywhere_each`)."""
        if self.anywhere is None:
            return False
        if self.needles is None or lowered is None:
            return self.anywhere.search(plain) is not None
        return any(
            compiled.search(plain) is not None
            for needles, compiled in self.anywhere_each
            if needles is None or any(map(lowered.__contains__, needles))
        )


class FirstMatch:
    """Which of several named pattern sets matches a line first, in their order, in a regex match or
    two for the anchored patterns of them all (grouped by the line's first character, and by language
    where `by_first` is) instead of one search per set: with the patterns of many languages, a line
    cost a hundred microseconds the other way. `first(plain)` equals the first name whose
    `LinePatterns.search` matches."""

    def __init__(
        self, named: list[tuple[str, LinePatterns]], by_first: Sequence[Mapping[str, re.Pattern[str]]] | None = None
    ):
        """`by_first`: the sets' anchored patterns by first character (`first_character_matchers`), as several
        groups of them (a language's rows each: English's, in the matchers of every language, are compiled
        once); by default one of the sets' patterns."""
        self.named = named
        groups = [first_character_matchers([patterns for _, patterns in named])] if by_first is None else by_first
        self.by_first = {
            key: tuple(group[key] for group in groups if key in group)
            for key in {key for group in groups for key in group}
        }
        # the anchored patterns of no small set of first characters ("^[^.!?:]{2,60}\s[—–|-]\s.*\bin your
        # inbox …" reads most of a line before it fails): those needing a literal are tried alone, only on a
        # line holding it (`LinePatterns.search_anywhere`'s look), the others in one regex
        sources = [patterns.at_start_sources[1] for _, patterns in named]
        self.any_first = _combined([[s for s in set_sources if not _guarded(s)] for set_sources in sources])
        self.any_first_each = [
            (index, _needles([source]) or frozenset(), re.compile(_non_capturing(source), re.IGNORECASE))
            for index, set_sources in enumerate(sources)
            for source in set_sources
            if _guarded(source)
        ]
        self.any_first_needles = fewest(frozenset().union(*(needles for _, needles, _ in self.any_first_each)))
        self._by_line_start: dict[str, tuple[re.Pattern[str], ...]] = {}  # see `_matchers_for`
        self.with_anywhere = [index for index, (_, patterns) in enumerate(named) if patterns.has_anywhere]
        # every literal some unanchored pattern needs: a line holding none is matched by none (one look)
        needles = [patterns.needles for _, patterns in named if patterns.has_anywhere]
        known = [found for found in needles if found is not None]
        self.anywhere_needles = fewest(frozenset().union(*known)) if len(known) == len(needles) else None
        # the same look for a line holding a character only the regex engine folds case safely
        self.anywhere_needle_pattern = (
            re.compile("|".join(map(re.escape, sorted(self.anywhere_needles))), re.IGNORECASE)
            if self.anywhere_needles
            else None
        )

    def _may_match_anywhere(self, plain: str, lowered: str | None) -> bool:
        """Whether the line holds a literal some unanchored pattern needs (or no literals are known)."""
        if self.anywhere_needles is None or self.anywhere_needle_pattern is None:
            return True
        if lowered is None:
            return self.anywhere_needle_pattern.search(plain) is not None
        return any(map(lowered.__contains__, self.anywhere_needles))

    def _matchers_for(self, first: str) -> tuple[re.Pattern[str], ...]:
        """The anchored matchers a line starting with `first` may match, found once per character."""
        matchers = self._by_line_start.get(first)
        if matchers is None:
            keys = {first.lower(), first.upper()[:1].lower()}
            found = [*(matcher for key in keys for matcher in self.by_first.get(key, ())), self.any_first]
            matchers = self._by_line_start[first] = tuple(matcher for matcher in found if matcher is not None)
        return matchers

    @functools.cached_property
    def anywhere_by_needle(self) -> tuple[list[tuple[int, re.Pattern[str]]], dict[str, list[tuple[str, list[int]]]]]:
        """The sets' unanchored patterns in their order (set index, compiled), and for each needle of
        `anywhere_needles` the patterns' own needles that hold it, each with the positions of the patterns
        that need it: a line's needles find the few patterns to search, where each pattern's needles were
        looked up in turn (a line holding "(" looked up every pattern's). Where `anywhere_needles` is known, every
        pattern has needles."""
        flat = [
            (index, needles or frozenset(), compiled)
            for index in self.with_anywhere
            for needles, compiled in self.named[index][1].anywhere_each
        ]
        by_needle: dict[str, list[int]] = {}
        for at, (_, needles, _) in enumerate(flat):
            for needle in needles:
                by_needle.setdefault(needle, []).append(at)
        holding = {
            fewest_needle: [(needle, ats) for needle, ats in by_needle.items() if fewest_needle in needle]
            for fewest_needle in self.anywhere_needles or ()
        }
        return [(index, compiled) for index, _, compiled in flat], holding

    def _matching_anywhere(self, plain: str, lowered: str, winner: int) -> Iterator[int]:
        """The sets before `winner` one of whose unanchored patterns matches, in order: each pattern is
        searched where the line holds one of its needles, as `LinePatterns.search_anywhere` searches it
        (every needle holds one of `anywhere_needles`, so a line holding none of those holds none)."""
        held = list(filter(lowered.__contains__, self.anywhere_needles or ()))
        if not held:
            return
        flat, holding = self.anywhere_by_needle
        wanted = {
            at for fewest_needle in held for needle, ats in holding[fewest_needle] if needle in lowered for at in ats
        }
        matched = -1
        for at in sorted(wanted):
            index, compiled = flat[at]
            if index >= winner:
                return
            if index != matched and compiled.search(plain) is not None:
                matched = index
                yield index

    def matching(self, plain: str, lowered: str | None) -> Iterator[int]:
        """Indexes of the pattern sets that match, in order (each at most once)."""
        winner = len(self.named)
        for matcher in self._matchers_for(plain[:1]):
            if (found := matcher.match(plain)) is not None and found.lastgroup:
                winner = min(winner, int(found.lastgroup[1:]))
        if self.any_first_each and (lowered is None or any(map(lowered.__contains__, self.any_first_needles))):
            for index, needles, compiled in self.any_first_each:  # in the sets' order: the first found wins
                if index >= winner:
                    break
                if (lowered is None or any(map(lowered.__contains__, needles))) and compiled.match(plain):
                    winner = index
                    break
        if lowered is not None and self.anywhere_needles is not None:
            yield from self._matching_anywhere(plain, lowered, winner)
        elif self._may_match_anywhere(plain, lowered):
            for index in self.with_anywhere:
                if index < winner and self.named[index][1].search_anywhere(plain, lowered):
                    yield index
        if winner < len(self.named):
            yield winner
            # a later set may also match: rarely wanted (only when the winner is refused), so slowly
            for index in range(winner + 1, len(self.named)):
                if self.named[index][1].search(plain, lowered):
                    yield index


def first_character_matchers(sets: list[LinePatterns]) -> dict[str, re.Pattern[str]]:
    """For each first character of lines (lower-cased), one regex of the sets' anchored patterns that may start
    with it (`LinePatterns.at_start_sources`), in their order: for `FirstMatch`."""
    by_first = [patterns.at_start_sources[0] for patterns in sets]
    keys = {key for sources in by_first for key in sources}
    return {key: compiled for key in keys if (compiled := _combined([sources.get(key, []) for sources in by_first]))}


def _combined(sources_by_set: list[list[str]]) -> re.Pattern[str] | None:
    """One regex with a named group (`p<index>`) for each pattern set that has sources."""
    groups = [
        f"(?P<p{index}>{'|'.join(f'(?:{_non_capturing(source)})' for source in sources)})"
        for index, sources in enumerate(sources_by_set)
        if sources
    ]
    return re.compile("|".join(groups), re.IGNORECASE) if groups else None


# Characters `re.IGNORECASE` equates with a literal a needle or a consent word may hold though
# `str.lower` does not make them it: "ı" and "İ" match "i", the long s "ſ" matches "s", old Cyrillic
# letter forms ("ᲀ", "ᲁ", "ᲂ") match "в", "д" and "о" (tests/test_properties.py checks every character against
# every needle's, consent word's and dateline kind's word's). Needles are ASCII or caseless (`_needles`).
CASE_FOLDING_TRAPS = frozenset("ıİſᲀᲁᲂᲃᲄᲅ")


GUARD_MIN_CHARS = 3  # an anchored pattern's shortest literal that makes it worth trying alone


def _guarded(source: str) -> bool:
    """Whether an anchored pattern is tried alone, on lines holding its literal: one that needs a word
    (a literal run of three characters or more; "@" or " " would pass nearly every line by). A group's words
    alone do not make it one: a dozen lookups of them in each line cost more than the one regex."""
    runs = [_longest_literal_run(branch) for branch in _top_level_branches(source)]
    return all(len(run) >= GUARD_MIN_CHARS and _safe_needle(run) for run in runs)


def lowered_for_literals(plain: str) -> str | None:
    """The line for literal lookups: lower-cased, so a needle is in it wherever a case-insensitive
    regex would find it; None for a line with a character of CASE_FOLDING_TRAPS, where only the
    regex engine folds case safely."""
    return plain.lower() if plain.isascii() or CASE_FOLDING_TRAPS.isdisjoint(plain) else None


class Needles:
    """The words (lower-cased) a case-blind pattern needs one of, anywhere in a text."""

    def __init__(self, words: tuple[str, ...]):
        self.words = words
        self.ascii = tuple(word for word in words if word.isascii())  # the only ones an ASCII text may hold

    def may_hold(self, text: str) -> bool:
        """Whether a text may hold one of the words: a lookup in it lower-cased, an ASCII text's for the ASCII
        words alone (a third to a half of a dateline's words are accented or Cyrillic, each looked up in the
        whole text); a text with a case-folding trap may (`lowered_for_literals`)."""
        lowered = lowered_for_literals(text)
        return lowered is None or any(map(lowered.__contains__, self.ascii if lowered.isascii() else self.words))


class Openings:
    """The words (lower-cased) a case-blind pattern anchored at a text's start needs one of."""

    def __init__(self, words: tuple[str, ...]):
        self.words = tuple(word.lower() for word in words)
        self.longest = max(map(len, self.words), default=0)
        self.start = min(map(len, self.words), default=0)  # the characters every word has, to look them up by
        self.by_start: dict[str, tuple[str, ...]] = {}  # a start -> the words opening with it
        for word in self.words:
            self.by_start[word[: self.start]] = (*self.by_start.get(word[: self.start], ()), word)

    def may_open(self, text: str) -> bool:
        """Whether a text may open with one of the words, as `Needles.may_hold` looks them up, in its start alone (a
        long line is not lower-cased whole for a look at its first characters), among the words of its first
        characters (`startswith` over a hundred words cost 0.9 us a line, the lookup first 0.2)."""
        lowered = lowered_for_literals(text[: self.longest])
        if lowered is None:
            return True
        words = self.by_start.get(lowered[: self.start])
        return words is not None and lowered.startswith(words)


def by_first_characters(rows: tuple[str, ...]) -> str:
    """The alternation of `rows` (case-blind, none anchored) as groups of the rows that may start with the same
    characters, each group opening with a look at them (`(?=[mM…])(?:row|row)`): tried at a position, it enters
    only the rows that may start there, where the plain alternation tried each row in turn (a hundred
    case-blind rows after each space of a long text took a hundred microseconds). It matches at a position
    wherever the plain one does, though not by the same row: it may end elsewhere only where a row may stop
    before a newline or after it at the text's end. A row of no small set of first characters is in every
    group and in one of its own. A look is never narrower than its rows: a digit's is `\\d`, as any digit
    may open a row opening with one, and case is folded by the regex engine, as in the rows."""
    firsts_of = {row: _first_characters(row) for row in rows}
    anywhere = [row for row in rows if firsts_of[row] is None]
    opening: dict[str, list[str]] = {}  # a first character -> the rows that may start with it
    for row in rows:
        for first in sorted(firsts_of[row] or ()):
            opening.setdefault(first, []).append(row)
    looks: dict[tuple[str, ...], list[str]] = {}  # the rows (in order) -> the first characters they share
    for first, found in opening.items():
        looks.setdefault(tuple(found) + tuple(anywhere), []).append(first)
    groups = [
        f"(?=[{_look_class(firsts)}])(?:{'|'.join(f'(?:{row})' for row in found)})" for found, firsts in looks.items()
    ]
    groups += [f"(?:{row})" for row in anywhere]
    return "|".join(groups)


def _look_class(firsts: list[str]) -> str:
    """A character class holding the characters, and every digit where one is among them."""
    digits = any(first.isdigit() for first in firsts)
    return ("\\d" if digits else "") + "".join(re.escape(first) for first in firsts if not first.isdigit())


def substituted(pattern: re.Pattern[str], replacement: str, text: str, count: int = 0) -> str:
    """`pattern.sub(replacement, text, count)`, looked for first: a `sub` whose replacement names a
    group reads that template on every call, a match or not, which costs more than most searches."""
    return pattern.sub(replacement, text, count) if pattern.search(text) else text


def _alternation(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex trying each pattern in turn; groups do not capture (nothing reads them, and
    hundreds of capturing groups make every match slower)."""
    return re.compile("|".join(f"(?:{_non_capturing(p)})" for p in patterns), re.IGNORECASE) if patterns else None


def _non_capturing(pattern: str) -> str:
    """The pattern with each plain `(` group made `(?:`."""
    out, index = [], 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if char == "[":
            end = _class_end(pattern, index)
            out.append(pattern[index : end + 1])
            index = end + 1
            continue
        out.append("(?:" if char == "(" and pattern[index + 1 : index + 2] != "?" else char)
        index += 1
    return "".join(out)


def _first_characters(pattern: str) -> frozenset[str] | None:
    """The lower-cased characters a match of `pattern` (its part after `^`) can start with; None
    when that is not a small set of literals (a class, an escape class, an optional first part)."""
    found: set[str] = set()
    for branch in _top_level_branches(pattern):
        firsts = _branch_first_characters(branch)
        if firsts is None:
            return None
        found |= firsts
    return frozenset(found)


@functools.cache
def _anchored_parts(pattern: str) -> tuple[tuple[str, str], ...] | None:
    """`_parts_by_first_character` of an anchored pattern, each part anchored, found once per process (English's
    rows are in the matchers of every language, for each line length)."""
    parts = _parts_by_first_character(pattern[1:])
    return None if parts is None else tuple((first, f"^{part}") for first, part in parts.items())


def _parts_by_first_character(pattern: str) -> dict[str, str] | None:
    """For each of `_first_characters(pattern)` (the part after `^`), the pattern without the alternatives
    that cannot start with it, at the top and in leading groups: `(read|see|more) …` is `(?:see) …` under
    "s". A part matches a line starting with its character where the pattern does (a match's path keeps
    to alternatives that may start with it), and nowhere the pattern does not: the anchored patterns of a
    first character come to 70% of their length, and compile in 80% of the time (an alternation under
    each of its first characters whole was 4 times the patterns' length). None where `_first_characters` is."""
    parts: dict[str, list[str]] = {}
    for branch in _top_level_branches(pattern):
        found = _branch_parts(branch)
        if found is None:
            return None
        for first, part in found.items():
            parts.setdefault(first, []).append(part)
    return {first: "|".join(found) for first, found in parts.items()}


def _branch_parts(branch: str) -> dict[str, str] | None:
    """`_parts_by_first_character` of one branch: a leading group, plain or optional (`?`, `??`), keeps
    under each character its alternatives that may start with it, an optional one's rest stands alone
    under a character none of them may start with; any other branch is whole under each of its first characters."""
    end = _group_end(branch, 0) if branch[:1] == "(" and (branch[1:2] != "?" or branch[1:3] == "?:") else -1
    rest = branch[end + 1 :]
    if end < 0 or rest[:1] in ("*", "+", "{") or rest[:2] == "?+":
        firsts = _branch_first_characters(branch)
        return None if firsts is None else dict.fromkeys(firsts, branch)
    inner = _parts_by_first_character(branch[3 if branch[1] == "?" else 1 : end])
    if inner is None:
        return None
    parts = {first: f"(?:{part}){rest}" for first, part in inner.items()}
    if rest[:1] != "?":
        return parts
    after = _branch_parts(rest[2 if rest[1:2] == "?" else 1 :])
    return None if after is None else after | parts


def _branch_first_characters(branch: str) -> set[str] | None:
    """The first characters of one branch: those of its first element, and of the next ones while
    the elements before them may be absent (`(sorry,?\\s*)?page`)."""
    found: set[str] = set()
    index = 0
    while index < len(branch):
        element = _element(branch, index)
        if element is None:
            return None
        firsts, index, optional = element
        found |= firsts
        if not optional:
            return found
    return None  # every element may be absent: the branch may match an empty start


def _element(branch: str, index: int) -> tuple[set[str], int, bool] | None:
    """(first characters, index after it, whether it may be absent) of the element at `index`: a
    group, an escaped literal or a literal, with its quantifier; None for anything else."""
    char = branch[index]
    if char == "(":
        end = _group_end(branch, index)
        inner = branch[index + 1 : end]
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?"):
            return None  # a look-around or inline flags
        group_firsts = _first_characters(inner)
        if group_firsts is None:
            return None
        firsts, after = set(group_firsts), end + 1
    elif char == "\\":
        literal = branch[index + 1 : index + 2]
        if literal == "d":
            firsts, after = set("0123456789"), index + 2
        elif not literal or literal in _SPECIAL_ESCAPES:
            return None
        else:
            firsts, after = {literal.lower(), literal.upper()[:1].lower()}, index + 2
    elif char in "[.^$|)*+?{":
        return None
    else:
        firsts, after = {char.lower(), char.upper()[:1].lower()}, index + 1
    quantifier = branch[after : after + 1]
    if quantifier == "{":
        close = branch.index("}", after)
        optional = branch[after + 1 : close].split(",")[0].strip() in ("", "0")
        after = close + 1
    else:
        optional = quantifier in ("?", "*")
        after += 1 if quantifier in ("?", "*", "+") else 0
    after += 1 if quantifier and branch[after : after + 1] in ("?", "+") else 0  # lazy or possessive
    return firsts, after, optional


def _needles(patterns: list[str]) -> frozenset[str] | None:
    """For each pattern (each branch of a top-level `|`), the longest run of literal characters every
    match of it contains, lower-cased; None when a pattern has none that is safe to look up."""
    needles: set[str] = set()
    for pattern in patterns:
        for branch in _top_level_branches(pattern):
            found = _branch_needles(branch)
            if not found or not all(map(_safe_needle, found)):
                return None
            needles.update(needle.lower() for needle in found)
    return fewest(needles)


def _branch_needles(branch: str) -> frozenset[str]:
    """Literals one of which every match of `branch` holds: its longest literal run, or where that is a short
    word most lines hold (the run of "… is (posted|published|available) … in the … section" is " the "), the
    alternatives of a group every match passes through, when each of them is a safe word of four letters or
    more."""
    run = _longest_literal_run(branch)
    if not _common_word(run):
        return frozenset({run})
    for group in _required_groups(branch):
        alternatives = [_branch_needles(alternative) for alternative in _top_level_branches(group)]
        found = frozenset().union(*alternatives)
        if all(alternatives) and not any(map(_common_word, found)) and all(map(_safe_needle, found)):
            return found
    return frozenset({run}) if run else frozenset()


def _common_word(needle: str) -> bool:
    """A needle of letters and spaces alone with fewer than four letters (" the ", "is"): most lines hold it."""
    return all(char.isalpha() or char.isspace() for char in needle) and sum(map(str.isalpha, needle)) < 4


def _safe_needle(needle: str) -> bool:
    """Whether a line lower-cased holds the needle wherever a case-blind regex finds it: ASCII or caseless
    characters (a cased non-ASCII literal may match ASCII text under IGNORECASE: "ſ" matches "s")."""
    return all(char.isascii() or char.lower() == char.upper() for char in needle)


_GROUP_OPENING = re.compile(r"\(\?(?:[aiLmsux-]*:|P<\w+>)|\((?!\?)")  # a group matching its contents


def _required_groups(branch: str) -> Iterator[str]:
    """The contents of each top-level group of `branch` that every match passes through (not quantified)."""
    for index, char, depth in _structure(branch):
        if char != "(" or depth != 1 or (opening := _GROUP_OPENING.match(branch, index)) is None:
            continue
        end = _group_end(branch, index)
        if branch[end + 1 : end + 2] not in _QUANTIFIERS:
            yield branch[opening.end() : end]


def fewest(needles: set[str] | frozenset[str]) -> frozenset[str]:
    """The needles that hold no other: a line holds one of them wherever it holds any ("credit: " holds
    "credit", so a line without "credit" is not searched for it; a fifth of the rules' look at a line)."""
    return frozenset(needle for needle in needles if not any(other in needle for other in needles if other != needle))


_SPECIAL_ESCAPES = frozenset("bBAZzdDsSwW0123456789")  # classes, anchors and back-references: not literal
_QUANTIFIERS = frozenset("?*+{")


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each character from `start` that is neither
    escaped nor inside a character class."""
    depth, index = 0, start
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = _class_end(pattern, index) + 1
            continue
        depth += (char == "(") - (char == ")")
        yield index, char, depth
        index += 1


def _top_level_branches(pattern: str) -> list[str]:
    """The pattern split at each `|` outside groups and character classes."""
    branches, start = [], 0
    for index, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
    return [*branches, pattern[start:]]


def _class_end(pattern: str, index: int) -> int:
    """The index of the `]` closing the character class that opens at `index`."""
    index += 2 if pattern[index + 1 : index + 2] == "^" else 1
    index += 1  # a `]` first in a class is a literal
    while pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index


def _group_end(pattern: str, index: int) -> int:
    """The index of the `)` closing the group that opens at `index`."""
    return next(position for position, char, depth in _structure(pattern, index) if char == ")" and depth == 0)


def _longest_literal_run(branch: str) -> str:
    """The longest run of characters every match of `branch` holds, read conservatively: a group, a
    class, a special escape or any metacharacter ends a run, and a quantified character leaves it."""
    longest, run, index = "", "", 0
    while index < len(branch):
        char = branch[index]
        literal = None
        if char == "\\":
            escaped = branch[index + 1]
            literal = None if escaped in _SPECIAL_ESCAPES else escaped
            index += 2
        elif char == "(":
            index = _group_end(branch, index) + 1
        elif char == "[":
            index = _class_end(branch, index) + 1
        else:
            literal = None if char in ".^$|)" or char in _QUANTIFIERS else char
            index += 1
        if index < len(branch) and branch[index] in _QUANTIFIERS:  # optional or repeated: not in every match
            literal = None
            if branch[index] == "{":
                index = branch.index("}", index)
            index += 1
            index += 1 if index < len(branch) and branch[index] in "?+" else 0  # lazy or possessive
        run = run + literal if literal is not None else ""
        longest = max(longest, run, key=len)
    return longest
