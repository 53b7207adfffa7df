"""Finding the article's main run of prose in a whole-page text dump.

A dump holds the menus, link lists and footers of the page around the article. Prose lines are long
and full of function words; chrome lines are short. Each line gets a score (its word count if it
reads like prose, a fixed penalty if not) and the article is the contiguous run of lines with the
highest total (maximum-subarray). Headings and captions inside that run stay: only what lies before
or after it is taken.
"""

from __future__ import annotations

import re

PROSE_MIN_WORDS = 10
SHORT_LINE_PENALTY = 14
SHORT_SENTENCE_MIN_WORDS = 4  # a short line this long that ends like a sentence costs nothing
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’')]$")
_PUNCTUATION = re.compile(r"[.,;:!?…、。，]")
_SENTENCE_INSIDE = re.compile(r"[^\W\d_]{2}[.!?…]['\"”’)]*(\s|$)")  # "word." ends a sentence; "U.S" does not

# Function words of a few languages: a line of prose has them, a menu does not.
FUNCTION_WORDS: frozenset[str] = frozenset(
    """the a an of to in on at by for from with and or but as that this is are was were be been has have
    had it its he she they we you his her their our not no which who will would can could said
    le la les des de du un une et est en pour que qui dans sur au aux par
    der die das den dem und ist ein eine nicht mit von zu auf für sich
    el los las del y que en por con para una es se
    o os as um uma do da dos das não com para é em ao
    il lo gli della delle di che non per con è una
    yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada atau oleh karena bisa kita mereka""".split()
)


def prose_score(plain: str) -> int:
    """Positive for a line that reads like prose (its word count), a penalty for anything else.

    A short line that ends like a sentence ("Eat every 2–3 hours.", a list item, a one-line
    paragraph) is neutral: articles have them between their paragraphs, menus do not, and
    penalising them split articles with lists or tables in two.
    """
    words = _WORD.findall(plain)
    if len(words) < PROSE_MIN_WORDS:
        is_short_sentence = len(words) >= SHORT_SENTENCE_MIN_WORDS and _SENTENCE_END.search(plain)
        return 0 if is_short_sentence else -SHORT_LINE_PENALTY
    function_share = sum(map(FUNCTION_WORDS.__contains__, map(str.lower, words))) / len(words)
    if function_share >= 0.15 or _SENTENCE_INSIDE.search(plain) or _long_and_punctuated(plain, words):
        return len(words)
    return -SHORT_LINE_PENALTY


def _long_and_punctuated(plain: str, words: list[str]) -> bool:
    """A long line in a language without listed function words; a tag cloud or a menu run together
    is as long but has no punctuation at all."""
    return len(words) >= 2 * PROSE_MIN_WORDS and _PUNCTUATION.search(plain) is not None


def main_region(scores: list[int]) -> tuple[int, int] | None:
    """(first, last) index of the contiguous run with the highest total score; None if none is positive."""
    best_total, best = 0, None
    total, start = 0, 0
    for index, score in enumerate(scores):
        if total <= 0:
            total, start = 0, index
        total += score
        if total > best_total:
            best_total, best = total, (start, index)
    return best
