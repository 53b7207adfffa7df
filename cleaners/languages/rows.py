"""What one language contributes to the cleaning tables: rows, never code."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class LanguageRows:
    """One language's rows. Each table is language-neutral in its names: `rule_patterns` is keyed
    by the names of `cleaners.rules.LINE_RULES`, and a rule matches a line when any language's
    patterns for it do (a page's words are not always in the page's language)."""

    code: str  # ISO 639-1
    # rule name -> regular expressions, matched case-insensitively against a line's plain text
    rule_patterns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # words that prose has and menus do not (`cleaners.regions`)
    function_words: frozenset[str] = frozenset()
