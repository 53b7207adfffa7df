"""Cleaning a text or markdown dump of a page: tag every line first, then build the output.

`tag_lines` decides what each non-blank line is (body, or the name of the rule that takes it) and
reads the metadata; `assemble` turns the tags into paragraphs and the `removed` audit. Keeping the
two apart makes the audit exact: every non-blank input line is either in the text or in `removed`.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import html
import itertools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import ftfy
from ftfy.badness import is_bad
from ftfy.chardata import CONTROL_CHARS, HTML_ENTITY_RE

from cleaners import dumps, markdown, speech
from cleaners.bylines import (
    AGENCY_LINES,
    CREDIT_LABELS,
    NAME_PARTICLES,
    ascii_spelling,
    author_link_names,
    book_author_names,
    dated_credit,
    holds_brand_word,
    labels_byline,
    labels_other_credit,
    looks_like_name,
    looks_like_names,
    names_organisation,
    parse_byline,
    parse_credit_line,
    parse_review_byline,
    parse_slash_credit,
    parse_text_byline,
    signature_names,
    signs_as_desk,
    signs_as_writer,
    split_byline_names,
    without_leading_role,
)
from cleaners.dates import (
    MONTH_NUMBERS,
    DateReading,
    Published,
    date_order_votes,
    dateline_kind,
    dateline_parts,
    has_digit,
    is_bare_date,
    is_counted_filler,
    is_date_fields,
    is_issue_number,
    lede_dateline,
    read_dateline,
    shown_date,
    url_day,
)
from cleaners.language import IDENTIFY_CHARS, identify_language
from cleaners.languages import SENTENCE_CASE, alternation, function_words, words_of
from cleaners.patterns import Openings, by_first_characters
from cleaners.regions import (
    CHROME_LINE_PENALTY,
    PROSE_MIN_WORDS,
    SHORT_LINE_PENALTY,
    SHORT_RUN_WORDS,
    article_region,
    holds_link_mark,
    is_fact_line,
    is_server_diagnostic,
    main_region,
    names_consent,
    prose_score,
    prose_words,
    reads_like_list_phrase,
)
from cleaners.repeats import line_key
from cleaners.rules import (
    ADVERTISEMENT,
    ARTICLE_INTERRUPTIONS,
    AUTHOR_BIO,
    BOUNDING_RULES,
    BYLINE,
    COMMENT_THREAD,
    COMMENTS_TAIL,
    COMMENTS_WIDGET,
    COPYRIGHT,
    CRAWLER_HEADER,
    DANGLING_WORDS,
    DATELINE,
    FOOTER_RULES,
    LINK_ONLY,
    MARKDOWN_IMAGE,
    MARKDOWN_SYNTAX,
    MENU_RUN,
    NAVIGATION,
    NOT_FOUND_TAIL,
    OUTSIDE_ARTICLE,
    PHOTO_CREDIT_RULE,
    RELATED_LINKS,
    REPEATED_IN_PAGE,
    REPEATED_ON_DOMAIN,
    SCORED_AS_BODY,
    SHARE_STRIP_RULE,
    SHOP_TEASER,
    SOURCE_URL,
    TABLE_OF_CONTENTS,
    TITLE,
    LineRule,
    first_matching_rule,
    page_languages,
)
from cleaners.sites import Sites
from cleaners.urls import SLUG_SEPARATORS, domain_of, slug_words

BODY = "body"
# A line this long is article prose: the header (title, byline, dateline) is over once one is seen.
BODY_MIN_WORDS = int(TITLE.threshold("header_ends_at_words"))
TITLE_MAX_WORDS = int(TITLE.threshold("max_words"))
TITLE_MIN_WORDS = int(TITLE.threshold("min_words"))
MENU_ROW_MIN_WORDS = int(TITLE.threshold("menu_row_min_words"))
MENU_ROW_SENTENCE_CASE_MIN_WORDS = int(TITLE.threshold("menu_row_sentence_case_min_words"))
MENU_ROW_CAPITALISED_SHARE = TITLE.threshold("menu_row_capitalised_share")
MENU_RUN_MIN = int(MENU_RUN.threshold("min_lines"))
CONTINUING_PROSE_WORDS = int(NOT_FOUND_TAIL.threshold("continuing_prose_words"))
COMMENTS_PROSE_WORDS = int(COMMENTS_TAIL.threshold("article_prose_words"))
COMMENTS_LABEL_PASSED_WORDS = int(COMMENTS_TAIL.threshold("passed_words"))
RELATED_HEADING_MAX_WORDS = int(RELATED_LINKS.threshold("heading_max_words"))
RELATED_LIST_MAX_LINES = int(RELATED_LINKS.threshold("list_max_lines"))
TEASER_STAMP_MAX_WORDS = int(OUTSIDE_ARTICLE.threshold("stamp_max_words"))
TEASER_STAMPS_MIN = int(OUTSIDE_ARTICLE.threshold("stamps_min"))  # one alone may be the header's dateline under a deck
TEASER_BLURB_MAX_WORDS = int(OUTSIDE_ARTICLE.threshold("blurb_max_words"))  # a teaser's blurb under its headline
TEASER_BLURBS_MIN = int(OUTSIDE_ARTICLE.threshold("blurbs_min"))  # one may be a related story's, inside the article
HEADLINE_RUN_MIN = int(OUTSIDE_ARTICLE.threshold("headline_run_min"))  # adjacent teaser headlines: a list of them
OPENING_MAX_LINES = int(OUTSIDE_ARTICLE.threshold("opening_max_lines"))  # scored lines under the URL's headline
OPENING_MIN_WORDS = int(OUTSIDE_ARTICLE.threshold("opening_min_words"))  # a run there kept beside the main run
OPENING_SHORT_MIN_WORDS = int(OUTSIDE_ARTICLE.threshold("opening_short_min_words"))  # beside a short main run
DECK_MAX_WORDS = int(OUTSIDE_ARTICLE.threshold("deck_max_words"))  # prose over the header's byline: a deck's
CONTENTS_MIN_ITEMS = int(TABLE_OF_CONTENTS.threshold("min_items"))
ARTICLE_LIST_MAX_ITEMS = int(OUTSIDE_ARTICLE.threshold("article_list_max_items"))  # a sidebar's or sitemap's: more
RELATED_HEADLINE_MAX_WORDS = int(RELATED_LINKS.threshold("headline_max_words"))
AUTHOR_BOX_MAX_LINES = int(AUTHOR_BIO.threshold("box_max_lines"))
AUTHOR_BOX_HEADING_MAX_WORDS = int(AUTHOR_BIO.threshold("heading_max_words"))  # longer: a bio's sentence
BIO_TAIL_PROSE = int(AUTHOR_BIO.threshold("tail_prose_lines"))  # prose lines of the run that may follow a bio
WRAP_WIDTHS = (60, 100)  # a dump whose longest line falls here may have been hard-wrapped
WRAP_SLACK = 25  # a wrapped line ends within this many columns of the wrap width
WRAP_MIN_LONG = 40  # lines this long say whether a dump was wrapped
WRAP_MIN_LINES = 10
_UNBREAKABLE = re.compile(r"\S{40}")  # a URL no wrapping could break (looked for in lines with "://")
WRAP_QUANTILE = 0.9  # the wrap column: this quantile of the long lines' lengths (a few overrun it)
WRAP_CLUSTER = 8  # wrapped lines pile up within this many columns below the wrap column
WRAP_MIN_SHARE = 0.25  # of the long lines end in that pile
WRAP_MIN_CONTINUED = 0.5  # of the lines in that pile have a line under them (the rest of their paragraph)
WRAP_OVERRUN = 3  # a wrapped line of words ends at most this many columns past the wrap column (its quantile)
WRAP_MIN_BROKEN_AT = 0.75  # of the broken lines break at the column of a page with wider boxes beside its text
WRAP_MAX_PAST = 0.25  # of its long lines run past that column (the boxes')
# A page wrapped narrower than `WRAP_WIDTHS` (an OCR'd newspaper cutting's column, some 40 characters): its lines are
# short either way, so only how they break tells, and more strictly than a wide dump's
NARROW_WIDTHS = (30, WRAP_WIDTHS[0] - 1)
NARROW_MIN_MIDSENTENCE = 0.5  # of the lines broken at the column have their paragraph go on lower-case under them
LINK_ROW_MAX_WORDS = 4  # a link on a line of its own: this many words at most before its address
# A teletext page as a broadcaster's web viewer shows it, 40 columns wide: its header row, the page's number, the
# service's name and the viewer's clock ("312 HügelText   Mo 07.12.26 10:41:12", "P 611  OOST-TT  ma 07 dec
# 10:42:05", Ceefax's "P100 CEEFAX 100 Mon 07 Dec 10:41/12"); the clock is the viewing's, never the publication's
TELETEXT_COLUMNS = 42  # the screen's 40 and the viewer's margin: no line of a teletext dump is longer
_TELETEXT_HEADER = re.compile(r"^(?:P\s?)?[1-8]\d\d\s+\S.*\s\d{1,2}:\d{2}[:/]\d{2}$")
_TELETEXT_SUBPAGE = re.compile(r"\S\s{2,}\d{1,2}/\d{1,2}$")  # the section row, its subpage right ("… Region     1/2")
# a fastext row's entry or a page-turn line: a few words, then the page it leads to ("Wetter 170", "Zurück zu 311",
# "vervolg op 611/2"); a row's entries stand two spaces apart
_TELETEXT_LINK = re.compile(r"^(?:\S+\s){1,4}[1-8]\d\d(?P<subpage>/\d{1,2})?$")
_TELETEXT_ENTRIES = re.compile(r"\s{2,}")
# A press agency's copy in IPTC 7901's framing, as a newsroom system stores it: "ZCZC" opening the message and
# "NNNN" closing it, the service line under the first (the wire's code and the story's number, its priority, its
# category, its word count: "AIN0387 3 rg 0312 /AIN-XD45", "AFP0123 4 POL 0456 FRA /AFP-RE46") and the filing time
# over the last, day, hour and minute, then the month's abbreviation and the year in the wire's language ("031035 DIC
# 26": filed on 3 December 2026 at 10:35): the story's day
_WIRE_MESSAGE_MARKS = frozenset({"ZCZC", "NNNN"})
# A fediverse account's handle alone on its line, under its display name: a post's head in a thread Mastodon's (or
# another server's) web interface shows ("Fabienne Wöhlert" over "@fabienne@wischland.social")
_FEDIVERSE_HANDLE = re.compile(r"^@[\w.]+@[\w-]+(?:\.[\w-]+)+$")
THREAD_MIN_POSTS = 2  # one handle under a name is a byline's (a writer's account under "Por Jane Doe")
POST_META_MAX_WORDS = 4  # a post's time, its client's name and its counts, under its text: this many words a line
_WIRE_SERVICE_LINE = re.compile(r"^[A-Za-z]{1,4}\d{3,4}\s+[1-6]\s+[A-Za-z]{1,3}\s+\d{3,4}\b")
_WIRE_FILING_TIME = re.compile(r"^(?P<day>[0-3]\d)[0-2]\d[0-5]\d\s+(?P<month>[^\W\d_]{3,4})\.?\s+(?P<year>\d{2})$")


def _url_label_line(labels: tuple[str, ...], colon: str) -> re.Pattern[str]:
    """A line that is one of `labels`, then the URL (or nothing: the URL is on the next line); the labels grouped by
    their first characters (a hundred and fifty tried in turn cost 1.3 us a line opening with a label's word)."""
    rows = by_first_characters(tuple(alternation((label,)) for label in labels))
    return re.compile(rf"^(?:{rows})\s*{colon}\s*(?P<url>\S+)?$", re.IGNORECASE)


# "Original url:", "Permalink:", "URL:" say the page's own address; "Source:" may cite another
# page's, so it is read only on a page without the former (and always with its colon).
_URL_LABEL_TABLES = ("page_url_labels", "cache_banner_labels", "source_labels")
_URL_LABEL_LINES = (  # a note-taking app's page property has two colons ("source:: https://…")
    _url_label_line(words_of("page_url_labels"), ":{0,2}"),
    # a cached copy's banner: its sentence goes on after the address ("…cache of https://…. It is a snapshot …")
    re.compile(
        rf"^(?:{alternation(words_of('cache_banner_labels'))})\s+(?P<url>https?://\S+?)[.,]?(?:\s.*)?$", re.IGNORECASE
    ),
    _url_label_line(words_of("source_labels"), ":{1,2}"),
)
# Every label's first word: a line opening with none is no label's line of any kind, told by one lookup a line
# where the kinds' patterns were tried in turn on every line
URL_LABEL_OPENINGS = Openings(tuple({label.split()[0] for table in _URL_LABEL_TABLES for label in words_of(table)}))
# An archive's copy of a page (the Wayback Machine's "https://web.archive.org/web/20261014083512/https://…"): the
# page's own address follows the capture's stamp
_ARCHIVED_URL = re.compile(r"^https?://web\.archive\.org/web/\d{4,14}[a-z_]*/(?P<url>https?://\S+)$", re.IGNORECASE)
# in angle brackets, a YAML value's in quotes (a web clipper's front matter: `source: "https://…"`), or a plain-text
# e-mail's in parentheses ("View this email in your browser (https://…)")
_BARE_URL = re.compile(r"^(?P<open>[<\"(])?(?P<url>https?://[^\s<>\"]+?)(?(open)[>\")]|)$", re.IGNORECASE)
# a gemtext link line: "=>", its address, its label
_GEMTEXT_LINK = re.compile(r"^=>\s*(?P<url>\S+)\s+(?P<label>\S.*)$")
GEMTEXT_BANNER_SPAN = 4  # lines atop a dump over an HTML-to-Gemini proxy's link to the page it converted
# a label that is a link to the page (a read-it-later app's "[Read Original](https://…)"): its target
_LINKED_LABEL = re.compile(r"^(?:[-*+•]\s+)?\[[^\]]+\]\((?P<url>https?://[^\s()]+)\)$", re.IGNORECASE)
# A crawler's header atop its dump (Jina Reader's "Title: …", "URL Source: …", "Published Time: …", "Markdown
# Content:"): fields of a label of one or two words around the page's address line, the last maybe empty; the
# label maybe in small letters, camelCase or snake_case (trafilatura's "sitename:", Diffbot's "pageUrl:", a
# read-it-later app's "date_published:") or bold (Mercury's "**Date Published:** …"), or a note-taking app's page
# properties ("source:: …", "created-at:: …").
_HEADER_FIELD = re.compile(
    r"^(?P<bold>\*\*)?(?P<label>[A-Za-z][a-z]+(?:[A-Z][a-z]+)?(?:[ _-][A-Za-z][a-z]+)?)::?(?(bold)\*\*)"
    r"(?:\s+(?P<value>\S.*))?$"
)
_FRONT_MATTER_FENCE = "---"  # opens and closes a YAML front matter (trafilatura's metadata header)
# A YAML list's item under a front matter's field, its value quoted or a note link (a web clipper's `author:` over
# `- "[[Jane Doe]]"`)
_FRONT_MATTER_ITEM = re.compile(r"""^-\s+(?P<quote>["']?)(?:\[\[)?(?P<value>[^\[\]"']+?)(?:\]\])?(?P=quote)\s*$""")
# A YAML block scalar's indicator as a field's value (`title: >` over the folded title's lines): its value is the
# lines under it, up to the next field
_BLOCK_SCALAR = frozenset({">", "|", ">-", "|-", ">+", "|+"})
_HEADER_DATE_LABELS = frozenset(words_of("crawler_date_labels"))
_HEADER_TITLE_LABELS = frozenset(words_of("crawler_title_labels"))
_HEADER_FETCH_LABELS = frozenset(words_of("fetch_labels"))
_UTC_NAMES = re.compile(r"\s*(?:Z|UTC|GMT)$")  # a stamp's zone by name: "2026-12-06 08:40 UTC"
TOOL_HEADER_MIN_FIELDS = 3  # "Title:", "Authors:", "Publish date:": fewer may be a page's own form
_ISO_STAMP = re.compile(r"^(?P<day>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
# Repair mojibake only: quotes, character widths and ligatures are the page's own.
_FTFY_CONFIG = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, fix_latin_ligatures=False)
REPEAT_MIN_GRAMS = int(REPEATED_IN_PAGE.threshold("min_grams"))  # shorter lines may well be said twice
REPEAT_SHARE = REPEATED_IN_PAGE.threshold("share_seen")  # of a line's four-word runs already seen above: a copy
_FTFY_CONFIG_AFTER_TAG = _FTFY_CONFIG._replace(unescape_html=False)
# Characters ftfy leaves alone in any combination (tests/test_properties.py checks every three of
# them against its mojibake detector): printable ASCII but `&`, a tab, typographic quotes and dashes.
FTFY_FIXED_POINT_CHARS = "\t\x20-\x25\x27-\x7e‘’“”–—…\xa0"
# some other character, which ftfy may change: the segment it stands in (its line) goes through ftfy
_FTFY_ODD_CHAR = re.compile(rf"[^\n{FTFY_FIXED_POINT_CHARS}]")
# What each of ftfy's steps (in `_FTFY_CONFIG`) needs to change a segment: a control, C1, terminal-escape,
# line-break or surrogate character, an HTML entity, text not in NFC, or what its mojibake detector
# finds, each of whose patterns holds two non-ASCII characters in a row or one of "ŒœÃÂ" (so its
# search, a third of ftfy's time, runs only where that look finds them). A segment with none of
# them is ftfy's as it stands (tests/test_properties.py checks this against ftfy, and the detector's
# patterns one by one).
_FTFY_STEP_CHAR = re.compile(
    "[" + re.escape("".join(map(chr, CONTROL_CHARS)) + "\x1b\r\u2028\u2029") + "\x80-\x9f\ud800-\udfff]"
)
_MOJIBAKE_MAY_HOLD = re.compile(r"[^\x00-\x7f]{2}|[ŒœÃÂ]")
_SENTENCE_END = re.compile(r"[.!?:;…\"”’')\]]$")
_DATED_SHORT = re.compile(r"\b(?:19|20)\d{2}\b|\b\d{1,2}:\d{2}\b")  # a year or a time of day
# A year a headline's words go on from after a colon ("TARI 2026: domande frequenti", "Budget 2026: what changes"):
# no date-like line's
_YEAR_LEADS_IN = re.compile(r"\b(?:19|20)\d{2}:\s+[^\W\d_]")
DATED_LINE_MAX_WORDS = 8
MENU_ENTRY_MAX_WORDS = 2  # a menu's entries: "Home", "Life & Style"
FIGURE_MAX_WORDS = 3  # a fact line's value: a figure and its unit ("10 euro", "64 % (5 seats)")
FACT_ROW_MIN_PARTS = 3  # a listing's row of facts, a figure in each part ("Prix 465 000 € · 138 m² · 1864")
IDENTIFY_MIN_WORDS = 10  # lines this long tell a page's language (menus and labels say little)
IDENTIFY_WORD_SHARE = 2 / 3  # of such a line's words that hold a letter: tickers and tables of figures tell none
SLUG_MIN_WORDS = 2  # a slug of one word ("/contact") names no headline
SLUG_MIN_SHARE = 0.5  # of a slug's words that a line must hold to be the headline it was made of
# lines under a headline within which its byline or dateline stands (past images): 3 over 2 on WCXB's inscriptis
# dumps' even half, tied on the odd
SIGNED_HEADLINE_SPAN = 3
TITLE_HEADER_SPAN = 4  # lines from the page's title down to the article's start within which its datelines are read
BYLINE_OVER_START = 2  # lines right over the article's start where a byline far from the headline is read
NAME_SMALL_SHARE = 0.5  # more than this share of a name-shaped line's words written small in the page: no name
BYLINE_TAIL_SPAN = int(BYLINE.threshold("tail_span"))  # lines around the run's last where a byline signing it is read
FAQ_QUESTIONS_MIN = 3  # questions each answered by the prose under it that make the run an FAQ
FAQ_ANSWER_MAX_LINES = 3  # an FAQ's answer's lines: an article's question headings stand further apart
HEADER_LOOKAHEAD = 8  # short lines after the prose run's first line in which a late byline or dateline is looked for
INGREDIENTS_MAX_LINES = int(OUTSIDE_ARTICLE.threshold("ingredients_max_lines"))  # a recipe's list over its steps
INGREDIENTS_AMOUNT_SHARE = OUTSIDE_ARTICLE.threshold("ingredients_amount_share")  # of its lines stating an amount
# "Zutaten", "Ingredients:", alone on the line: a recipe's heading over its ingredients
_INGREDIENTS_HEADING = re.compile(rf"(?:{alternation(words_of('ingredients_headings'))})\s*:?", re.IGNORECASE)
_CONTENTS_HEADING = re.compile(rf"(?:{alternation(words_of('contents_headings'))})\s*:?", re.IGNORECASE)
_SENTENCE_THEN_MORE = re.compile(r"[^\W\d_]{2}[.!…]\s")  # "word. More": a sentence ends inside ("U.S. " does not)
_QUESTION_OR_SENTENCE_THEN_MORE = re.compile(r"[^\W\d_]{2}[.!?…]\s")  # "Liked it? Share it.": two sentences
_LISTED_HEADLINE_END = re.compile(r"[.!…:;,]$")  # a headline may end with "?", never like a sentence or lead-in
_LEDE_END = re.compile(r"[^.][.!?…][\"”’')]?$")  # a sentence's or a question's end (not an ellipsis of dots)
_LEAD_IN_END = re.compile(r"[:…]$")  # "The game has:", "If you are …": a list of the article's own follows
_WORD = re.compile(r"[^\W\d_]+")
_LIST_NUMBER = re.compile(r"(\d{1,2})\.\s+")  # an ordered list's entry: "3. "
_BULLET = re.compile(r"[-*+•]\s")  # a bulleted list's entry: its own paragraph, never a wrapped line's rest
_WORD_EDGES = "\"'“”‘’„«»()[]{}.,;:!?…*_"  # what stands around a word in a sentence
_LABEL_COLON = re.compile(r":(?!\d)")  # a label's colon ("Our Standards: …"), not a time's ("at 10:00")
_SENTENCE_STOP = re.compile(r"[^.][.…]$")  # ends a sentence (not an ellipsis of dots)
# a blogger's box introducing its writer: "I'm", a name, then a comma, a dash or "and" (`_introduces_its_writer`)
_SELF_INTRODUCTION = re.compile(
    rf"(?:{alternation(words_of('self_introductions'))}) (?P<name>[^\W\d_][\w'’-]*)"
    rf"(?:,|\s[–—]\s|\s(?:{alternation(words_of('name_joiners'))})\s)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Line:
    number: int  # 1-based line number in the raw text
    raw: str  # the line as it stood, surrounding whitespace stripped
    plain: str  # the line's text without markdown syntax
    prose: int = field(default=0, compare=False)  # `prose_score`, set by `tag_lines` in the page's languages
    # words of `plain`, counted once (most steps ask); `split_lines` gives the count it made `plain` of
    words: int = field(default=-1, compare=False)
    # its `prose_words`, read once for prose scoring and copy finding (every line is scored, so they
    # are read here: a cached property's lock cost as much as reading them)
    tokens: list[str] = field(init=False, compare=False, repr=False)
    headline_shaped: bool | None = field(default=None, compare=False, repr=False)  # `_reads_like_headline`, once

    def __post_init__(self) -> None:
        if self.words < 0:
            self.words = len(self.plain.split())
        self.tokens = prose_words(self.plain)


@dataclass(slots=True)
class Tagged:
    """What the tagger decided: one tag per line, plus the metadata it read."""

    lines: list[Line]
    tags: list[str]
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: Published | None = None
    url: str | None = None
    language: str | None = None
    article_start: int = 0  # the article's first prose line: what stands above it is the header
    # Header lines read from further up than the line over the article's start (the page's `<h1>`, a
    # name under it) -> their tag, given once the article's region is found: given before, they would
    # move it (the region was tuned with only the line over the start taken as the headline).
    header_above_start: dict[int, str] = field(default_factory=dict)
    sites: Sites = field(default_factory=Sites)  # what the run learned of each site
    site_repeats: frozenset[int] = frozenset()  # the body lines the site repeats on its pages, found once
    fetched_at: dt.datetime | None = None  # when the page was fetched: relative dates count from it
    crawler_day: dt.date | None = None  # the publication day a crawler's header gives (`CRAWLER_HEADER`)
    crawler_writers: list[str] = field(default_factory=list)  # the writers a feed reader's item line credits
    organisations: list[str] = field(default_factory=list)  # the header's authors held back while a person may sign
    _credits: dict[str, list[str] | None] = field(default_factory=dict)  # a text -> its credit line's names
    _by_lines: dict[tuple[str, str], list[str] | None] = field(default_factory=dict)  # (text, raw) -> "By"-line's names
    _dated_credits: dict[str, tuple[list[str], str] | None] = field(default_factory=dict)  # text -> its dated credit
    _small_words: frozenset[str] | None = None  # the words the page writes in small letters, read once
    # (URL, language, fetch time) -> its reading
    _reading: tuple[tuple[str | None, str | None, dt.datetime | None], DateReading] | None = None
    _read_datelines: dict[str, Published | None] = field(default_factory=dict)  # a text -> its date in that reading
    _consent: dict[str, bool] = field(default_factory=dict)  # a line's text -> whether it names consent words

    def reads_as_words(self, name: str, share: float = 1.0) -> bool:
        """Whether the page writes every word of `name`, or more than `share` of them, in small letters too
        ("Keyword Research", "Final Thoughts", a facet menu's "By Industry"): a heading's or a label's words, no
        person's. Function words count for none ("The Upwork Team"): a name may hold them."""
        if self._small_words is None:
            tokens = set(itertools.chain.from_iterable(line.plain.split() for line in self.lines))  # each read once
            self._small_words = frozenset(  # words of the text: an address's parts ("jane.doe@…") are none
                word.casefold()
                for token in tokens
                if (word := token.strip(_WORD_EDGES)).isalpha() and word[0].islower()
            )
        common = function_words(page_languages(self.language))
        words = [word.casefold() for word in _WORD.findall(name)]
        words = [word for word in words if word not in common] or words
        small = sum(word in self._small_words for word in words)
        return small == len(words) or small > share * len(words)

    def names_consent(self, plain: str) -> bool:
        """`regions.names_consent`, searched once a text: the region search asks it of the best run's
        first and last lines each time it runs (two or three times a page, mostly the same lines)."""
        if plain not in self._consent:
            self._consent[plain] = names_consent(plain)
        return self._consent[plain]

    def dateline(self, line: Line) -> Published | None:
        """The line's date if it is a dateline, read in the page's reading of dates once a text (`reads_dateline`)."""
        return self.reads_dateline(line.plain)

    def reads_as_dateline(self, text: str) -> bool:
        """Whether a text (the rest of a dated credit) is a dateline, read as the page's lines are but not as a row
        whose one part says it is the publication's ("Amtliche Bekanntmachung | Datum: 23.02.2026 | Aktenzeichen:
        …" credits no one)."""
        return read_dateline(text, self._date_reading(), rows=False) is not None

    def reads_dateline(self, text: str) -> Published | None:
        """A text's (a part of a line's) date as a bare dateline or one with filler parts, in the page's
        reading of dates, read once a text: a whole-page dump repeats its menus' and teasers' lines, and
        dateparser takes a millisecond on some."""
        reading = self._date_reading()
        if text not in self._read_datelines:
            self._read_datelines[text] = read_dateline(text, reading)
        return self._read_datelines[text]

    def credited(self, line: Line) -> list[str] | None:
        """The names of a byline ("By …") or of an agency credit line ("Jane Doe, AFP"), read once a line."""
        return self.by_line(line) or self.credit_line(line)

    def credit_line(self, line: Line) -> list[str] | None:
        """The names of a credit line without a by-word (`parse_credit_line`), read once a text: the header's end,
        its lines and the article's first lines ask it of the same lines, and a whole-page dump repeats its menus'
        and teasers' lines (the parse reads the text alone)."""
        if line.plain not in self._credits:
            self._credits[line.plain] = parse_credit_line(line.plain)
        return self._credits[line.plain]

    def by_line(self, line: Line) -> list[str] | None:
        """The names of a "By"-line (`parse_text_byline`), read once a text and its markdown: the header and the
        run's first lines ask it of the same lines, and a whole-page dump repeats its menus' and teasers' lines."""
        key = line.plain, line.raw
        if key not in self._by_lines:
            self._by_lines[key] = parse_text_byline(line.plain, line.raw)
        return self._by_lines[key]

    def dated_credit(self, plain: str) -> tuple[list[str], str] | None:
        """A text's dated credit (`bylines.dated_credit`) in the page's reading of dates, read once a text:
        the header's end, the article's first lines and a byline's date ask it of the same lines (tens of
        microseconds a long line). A text with no figure is none while no fetch time is known, told first: each
        of its parts' datelines would need one (`read_dateline`), and a menu row's parts cost a name look each."""
        if plain not in self._dated_credits:
            dateable = self.fetched_at is not None or has_digit(plain)
            self._dated_credits[plain] = dated_credit(plain, self.reads_as_dateline) if dateable else None
        return self._dated_credits[plain]

    def dated_credit_names(self, plain: str) -> list[str] | None:
        """The names of a text's dated credit ("25.10.2022 - Reiner Nagel"), if it is one."""
        found = self.dated_credit(plain)
        return found[0] if found else None

    def _date_reading(self) -> DateReading:
        """Numeric dates in the order the page's site writes them, else the page's own short lines do
        ("19/01/2026" of a page without an address), else its language's; built once for the page's URL
        and language (a page's datelines are many, and reading its domain is not cheap)."""
        if self._reading is None or self._reading[0] != (self.url, self.language, self.fetched_at):
            site_day_first = self.sites.day_first.get(domain_of(self.url) or "")
            if site_day_first is None:
                site_day_first = date_order_votes([line.plain for line in self.lines]).verdict
            reading = DateReading(
                day_first=_writes_day_first(self.language) if site_day_first is None else site_day_first,
                languages=(self.language, "en") if self.language else None,
                fetched_at=self.fetched_at,
            )
            self._reading = (self.url, self.language, self.fetched_at), reading
            self._read_datelines = {}  # read in another reading
        return self._reading[1]


@dataclass(frozen=True)
class Removal:
    rule: str
    text: str


@dataclass(frozen=True)
class CleanedText:
    title: str | None
    authors: list[str]
    published: Published | None
    url: str | None
    paragraphs: list[str]
    removed: list[Removal]
    language: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


def split_lines(text: str, is_markdown: bool = True) -> list[Line]:
    """The page's lines, a hard-wrapped paragraph counting as one; blank lines are dropped.

    Markdown syntax is read as such only in markdown-ish dumps.
    """
    raw_lines = text.splitlines()
    teletext = is_teletext(raw_lines)
    wide = None if teletext else _wrap_width(raw_lines)
    narrow = None if teletext or wide else _narrow_column(raw_lines)
    width = _screen_column(raw_lines) if teletext else wide or narrow
    pieces: list[tuple[int, list[str]]] = []  # each line's number and its raw pieces, before it is read
    previous = ""
    for number, whole in enumerate(raw_lines, start=1):
        for raw in markdown.html_break_lines(whole) if is_markdown and "<" in whole else (whole,):
            stripped = raw.strip()
            if not stripped:
                previous = ""
                continue
            if (
                width
                and pieces
                and not (teletext and _teletext_chrome(previous.strip()))
                and _continues_wrapped(previous, stripped, width)
            ):
                pieces[-1][1].append(stripped)
            else:
                pieces.append((number, [stripped]))
            previous = raw
    lines = []
    for number, parts in pieces:
        raw = "\n".join(parts)
        words = _plain_words(_HYPHEN_BREAK.sub(_unhyphenated, raw) if narrow else raw, is_markdown)
        lines.append(Line(number, raw, " ".join(words), words=len(words)))
    return lines


def is_teletext(raw_lines: list[str]) -> bool:
    """A copy of teletext pages: a header row of one, and no line wider than the screen."""
    return all(len(line.rstrip()) <= TELETEXT_COLUMNS for line in raw_lines) and any(
        _TELETEXT_HEADER.match(line.strip()) for line in raw_lines
    )


def _teletext_chrome(line: str) -> bool:
    """A teletext page's own row, never a wrapped paragraph's piece: the viewer's, a link row, or its rule of
    box-drawing characters."""
    return _teletext_viewer_row(line) or _teletext_links(line) or not any(map(str.isalnum, line))


def _teletext_viewer_row(line: str) -> bool:
    """A teletext page's header row, or its section row with the subpage."""
    return bool(_TELETEXT_HEADER.match(line) or _TELETEXT_SUBPAGE.search(line))


def _teletext_links(line: str) -> bool:
    """A teletext page's fastext row ("Übersicht 300  Wetter 170  Sport 200": entries leading to pages) or
    page-turn line ("Weiter auf Seite 312/2": one entry, to a subpage)."""
    entries = [_TELETEXT_LINK.match(entry) for entry in _TELETEXT_ENTRIES.split(line)]
    if len(entries) == 1:
        return bool(entries[0] and entries[0]["subpage"])
    return all(entries)


def _tag_teletext(tagged: Tagged) -> None:
    """A copy of teletext pages: its header and section rows are the viewer's (`CRAWLER_HEADER`: their clock is
    the viewing's), its fastext rows and page-turn lines links (`LINK_ONLY`); the subpages' text between them is
    one article."""
    lines = tagged.lines
    if not any(map(_TELETEXT_HEADER.match, (line.raw for line in lines))) or not is_teletext(
        [piece for line in lines for piece in line.raw.split("\n")]
    ):
        return
    for index, line in enumerate(lines):
        if tagged.tags[index] != BODY:
            continue
        if _teletext_viewer_row(line.raw):
            tagged.tags[index] = CRAWLER_HEADER.name
        elif _teletext_links(line.raw):
            tagged.tags[index] = LINK_ONLY.name


def _tag_wire_framing(tagged: Tagged) -> None:
    """A wire story in IPTC 7901's framing: its message marks, service line and filing time are the wire's
    (`CRAWLER_HEADER`), not the story's lines; the filing time's day dates it."""
    lines = tagged.lines
    if not any(line.raw in _WIRE_MESSAGE_MARKS for line in lines):
        return
    service = False
    for index, line in enumerate(lines):
        filed = _WIRE_FILING_TIME.match(line.raw)
        slug = service and " " not in line.raw  # the story's keywords under the service line, one word
        service = bool(_WIRE_SERVICE_LINE.match(line.raw))
        if line.raw in _WIRE_MESSAGE_MARKS or service or slug or filed:
            tagged.tags[index] = CRAWLER_HEADER.name
        if filed and tagged.crawler_day is None and (month := MONTH_NUMBERS.get(filed["month"].lower())):
            with contextlib.suppress(ValueError):
                tagged.crawler_day = dt.date(2000 + int(filed["year"]), month, int(filed["day"]))


def _tag_fediverse_thread(tagged: Tagged) -> None:
    """A fediverse thread copied from a server's web interface: each post's head (display name over handle) and
    the time, client and counts under its text are the interface's (`CRAWLER_HEADER`); the posts of the account
    that opened the thread are the article, its display name the writer, its first post's time the day, and the
    others' posts are replies (`OUTSIDE_ARTICLE`). A post's last line ending in a colon leads to the link card the
    copy left out ("Den ganzen Artikel gibt es beim Kurier (Paywall):"): a link's line (`LINK_ONLY`)."""
    lines = tagged.lines
    heads = [
        index - 1
        for index in range(1, len(lines))
        if lines[index].raw[:1] == "@" and _FEDIVERSE_HANDLE.match(lines[index].raw) and tagged.tags[index - 1] == BODY
    ]
    if len(heads) < THREAD_MIN_POSTS:
        return
    account = lines[heads[0] + 1].raw

    def interface(start: int, end: int, name: str = CRAWLER_HEADER.name) -> None:
        """The span's lines no line rule took are the interface's (the rules' names stay)."""
        tagged.tags[start:end] = [name if tag == BODY else tag for tag in tagged.tags[start:end]]

    for head, end in itertools.pairwise([*heads, len(lines)]):
        interface(head, head + 2)
        if lines[head + 1].raw != account:
            interface(head + 2, end, OUTSIDE_ARTICLE.name)
            continue
        meta, stamp = end, None
        while meta > head + 2:
            line = lines[meta - 1]
            day = tagged.dateline(line)
            if not (day or (line.words <= POST_META_MAX_WORDS and line.prose <= 0)):
                break
            stamp, meta = day or stamp, meta - 1
        interface(meta, end)
        if meta > head + 2 and lines[meta - 1].raw.endswith(":"):
            interface(meta - 1, meta, LINK_ONLY.name)
        if head == heads[0] and stamp:
            tagged.crawler_day = stamp.date
    if looks_like_name(name := lines[heads[0]].plain):
        tagged.crawler_writers = [name]


def _screen_column(raw_lines: list[str]) -> int | None:
    """The column a teletext page's text was wrapped at (38 and the margin's space, the screen being 40): of its
    lines, the length most of those with more text under them break at (`_breaks_at`)."""
    broken = [
        (len(line.rstrip()), len(under.split(maxsplit=1)[0]))
        for line, under in itertools.pairwise(raw_lines)
        if line.strip() and under.strip() and not _teletext_chrome(line.strip())
    ]
    return _best_column(broken, {length for length, _ in broken}) if broken else None


def _plain_words(raw: str, is_markdown: bool) -> list[str]:
    """The words the line's plain text is made of (split once: their count is the line's `words`)."""
    return markdown.plain_words(raw.replace("\n", " ")) if is_markdown else raw.split()


def _wrap_width(raw_lines: list[str]) -> int | None:
    """The column a dump was hard-wrapped at (html2text wraps at 78), or None if it was not.

    Only long lines tell: in a wrapped dump nearly all of them end just short of one column, and the
    few that overrun it are unbreakable (a long URL, a markdown link or a table row: lines with a
    long URL or a link, such as a lynx dump's list of references, are left out); menus and headings
    are short either way, so they neither prove nor disprove wrapping. A wrapped line has the rest
    of its paragraph under it: where most lines ending near that column stand over a blank line (a
    plain dump's captions and footer lines that happen to be as long), the dump was not wrapped. The unbreakable
    lines are looked for only where the long lines may tell: left out, they leave each quantile of the rest as
    high or higher, so where the fewest lines that tell already put it past the widths, none is wrapped.
    """
    every_long = sorted(
        (length, number) for number, line in enumerate(raw_lines) if (length := len(line.rstrip())) >= WRAP_MIN_LONG
    )
    if len(every_long) < WRAP_MIN_LINES or every_long[int(WRAP_QUANTILE * (WRAP_MIN_LINES - 1))][0] > WRAP_WIDTHS[1]:
        return None
    long = [(length, number) for length, number in every_long if not _unbreakable(raw_lines[number])]
    if len(long) < WRAP_MIN_LINES:
        return None
    width = long[int(WRAP_QUANTILE * (len(long) - 1))][0]
    if not WRAP_WIDTHS[0] <= width <= WRAP_WIDTHS[1]:
        return None
    # a line the wrapper broke has the rest of its paragraph under it, whose first word did not fit on it
    broken = [
        (length, len(under.split(maxsplit=1)[0]))
        for length, number in long
        if number + 1 < len(raw_lines) and (under := raw_lines[number + 1].strip()) and not markdown.starts_block(under)
    ]
    if _piles_below(raw_lines, long, width):
        return _best_column(broken, {length for length, _ in long if width - WRAP_CLUSTER <= length <= width})
    return _boxed_column(raw_lines, long, broken, width)


def _narrow_column(raw_lines: list[str]) -> int | None:
    """The column of a page wrapped at a narrow width (`NARROW_WIDTHS`), or None: most of its lines with a line under
    them break where a wrapper at that column would (`_breaks_at`), few lines run past it, and most of those broken
    there have their sentence go on lower-case on the next line, which a poem's, a list's or an address block's short
    lines do not."""
    pairs = [
        (len(line.rstrip()), under)
        for line, under in itertools.pairwise(map(str.strip, raw_lines))
        if line and under and not markdown.starts_block(under) and not _unbreakable(line)
    ]
    if len(pairs) < WRAP_MIN_LINES:
        return None
    broken = [(length, len(under.split(maxsplit=1)[0])) for length, under in pairs]
    column = _best_column(broken, {length for length, _ in broken})
    at_column = [
        under for (_, under), (length, word) in zip(pairs, broken, strict=True) if _breaks_there(length, word, column)
    ]
    past = sum(len(line.rstrip()) > column + WRAP_OVERRUN for line in raw_lines)
    if (
        not NARROW_WIDTHS[0] <= column <= NARROW_WIDTHS[1]
        or len(at_column) < WRAP_MIN_BROKEN_AT * len(broken)
        or past > WRAP_MAX_PAST * len(broken)
        or sum(not under[0].isupper() for under in at_column) < NARROW_MIN_MIDSENTENCE * len(at_column)
    ):
        return None
    return column


# A word a typesetter broke over two lines of a narrow column, its hyphen at the first's end ("bew-" over "aren")
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-\n(?=[^\W\d_])")


def _unhyphenated(found: re.Match[str]) -> str:
    """The two halves of a broken word joined: its second half goes on lower-case; a capital after the hyphen is a
    compound's second word ("Noord-" over "Holland"), whose hyphen stays."""
    return "" if found.string[found.end()].islower() else "-"


def _piles_below(raw_lines: list[str], long: list[tuple[int, int]], column: int) -> bool:
    """Enough of the long lines end just short of `column`, and most of those have a line under them (the rest of
    their paragraph)."""
    near = [number for length, number in long if column - WRAP_CLUSTER <= length <= column]
    continued = sum(1 for number in near if number + 1 < len(raw_lines) and raw_lines[number + 1].strip())
    return len(near) >= WRAP_MIN_SHARE * len(long) and continued >= WRAP_MIN_CONTINUED * len(near)


def _boxed_column(
    raw_lines: list[str], long: list[tuple[int, int]], broken: list[tuple[int, int]], width: int
) -> int | None:
    """The column of a page whose text was wrapped at one width beside boxes laid out wider (pdftotext of a print
    edition: a caption, an advert, a news-in-brief box run past the body's column and lift the quantile to theirs):
    the column below the quantile that most broken lines break at, when most of them break there, the long lines
    pile up below it and few run past it."""
    column = _best_column(broken, {length for length, _ in long if length <= width})
    past = sum(length > column + WRAP_OVERRUN for length, _ in long)
    if (
        _breaks_at(broken, column) < WRAP_MIN_BROKEN_AT * len(broken)
        or past > WRAP_MAX_PAST * len(long)
        or not _piles_below(raw_lines, long, column)
    ):
        return None
    return column


def _breaks_at(broken: list[tuple[int, int]], column: int) -> int:
    """How many of the broken lines (each its length and the next line's first word's) a wrapper at `column` breaks
    where they are: the line fits, the word does not. The most is the dump's column, which the quantile overshoots
    in a short dump where a few lines were written whole (a press release's notes for editors)."""
    return sum(_breaks_there(length, word, column) for length, word in broken)


def _breaks_there(length: int, word: int, column: int) -> bool:
    """Whether a wrapper at `column` breaks a line this long over a next line whose first word is `word` long:
    the line fits, the word does not."""
    return length <= column < length + 1 + word


def _best_column(broken: list[tuple[int, int]], columns: set[int]) -> int:
    """Of the `columns` tried, the one a wrapper breaks the most of the broken lines at (`_breaks_at`), the widest
    of those that tie."""
    return max(columns, key=lambda column: (_breaks_at(broken, column), column))


# AsciiDoc's link and image macros ("link:/subscribe/[See plans]", "image:/logo.svg[Site]")
_MACRO_LINK = re.compile(r"\b(?:link|image):[^\s\[\]()]*\[")


def _unbreakable(line: str) -> bool:
    """A line a wrapper may have left whole: one holding a long URL, a markdown link, an AsciiDoc link or a link's
    address in angle brackets (a browser's text save: "Presse <https://…>"), or a list item or table row
    (html2text wraps paragraphs only, and never inside `[text](target)`)."""
    return (
        "](" in line
        or "<http" in line
        or ("[" in line and _MACRO_LINK.search(line) is not None)
        or markdown.starts_block(line)
        or ("://" in line and _UNBREAKABLE.search(line) is not None)
    )


_MENU_GAP = re.compile(r"\S {3,}(?=\S)")  # a wide gap between a menu row's entries ("[4]News   [5]Sport")
MENU_ROW_MIN_GAPS = 2  # three entries or more: a table's cell padding ("Interviews|  Calendar") is one gap


def _continues_wrapped(previous: str, line: str, width: int) -> bool:
    """`line` is the next piece of the paragraph `previous` (as the dump has it, trailing spaces and all)
    was wrapped out of: not one whose first word would have fitted on `previous` (a wrapper breaks only
    before a word that does not fit; a byline over its dateline, "Michał Kaczmarek, dziennikarz …" over
    "9.06.2026, 07:30 …", is two lines), unless `previous` ends in html2text's line break ("  ", a `<br>`
    inside the paragraph); nor the row under one laid out with wide gaps ("[4]News   [5]Sport   [6]Jobs"): a
    menu's, which a wrapper never writes; nor a tool header's field under another ("Title: …" over "Author: …",
    a feed reader's item header atop its wrapped text); nor the line under one of words running past the wrap
    column, which no wrapper wrote (a footer's lines saved whole: "Kundenservice: … (kostenlos)" over "Diese
    Seite teilen: Facebook <#> E-Mail <#>"); nor a writer's credit under its label ("Texto: Ana Gil" under a
    dateline as long as the column), which opens a line of its own; nor the line under a link alone on its line
    (`_is_link_row`), a link list's row whose address made it as long as the column."""
    kept, first = previous.rstrip(), line.split(maxsplit=1)[0]
    return (
        len(kept) >= width - WRAP_SLACK
        and not _overruns(kept, width)
        and (previous.endswith("  ") or len(kept) + 1 + len(first) > width)
        and not (first[:1].isupper() and first.lower() in CREDIT_LABELS)
        and not _is_link_row(kept)
        and not markdown.is_heading(kept.strip())
        and not markdown.starts_block(line)
        and len(_MENU_GAP.findall(kept.strip())) < MENU_ROW_MIN_GAPS
        and not (_HEADER_FIELD.match(kept.strip()) and _HEADER_FIELD.match(line))
    )


def _is_link_row(line: str) -> bool:
    """A few words, then the address a browser's text save writes after a link ("Mehr zum Thema <https://…>"): a
    link list's or a footer's row, whose text a wrapped paragraph's line would run on beside the address."""
    return line.endswith(">") and (at := line.find(" <http")) > 0 and len(line[:at].split()) <= LINK_ROW_MAX_WORDS


def _overruns(line: str, width: int) -> bool:
    """A wrapper breaks before a word that does not fit: it runs past its column only with a word that has the
    line to itself, inside a markdown link (html2text never breaks one) or in a list item or table row (never
    wrapped)."""
    return (
        len(line) > width + WRAP_OVERRUN
        and " " in line.strip()
        and "](" not in line
        and not markdown.starts_block(line.strip())
    )


def tag_lines(
    lines: list[Line],
    known_title: str | None = None,
    whole_page: bool = True,
    sites: Sites | None = None,
    url: str | None = None,
    language: str | None = None,
    fetched_at: dt.datetime | None = None,
) -> Tagged:
    """Tag each line with `BODY` or the name of the rule that removes it, and read the metadata.

    `known_title` comes from the page's markup (HTML): then only a line repeating it is a title line,
    and no other line is guessed to be one. `whole_page` says the lines are a dump of the whole page,
    so what lies outside the main run of prose is chrome (HTML text is already the main content).
    `sites` holds what the run learned of each domain (the lines it repeats, its date order); the
    page's domain comes from `url` (known from the input) or from its own source line. `fetched_at`
    is the only base a relative dateline is read against.
    """
    tagged = Tagged(
        lines=lines,
        tags=[BODY] * len(lines),
        title=known_title,
        url=url,
        language=language,
        sites=sites or Sites(),
        fetched_at=fetched_at,
    )
    words = function_words(page_languages(language))
    bullets = [markdown.is_list_item(line.raw) for line in lines]
    for line, bullet in zip(lines, bullets, strict=True):
        line.prose = prose_score(line.plain, words, line.tokens, bullet)
    _tag_line_rules(tagged)
    _tag_footer_blocks(tagged)
    _tag_ad_copy(tagged)
    _tag_book_details(tagged)
    _tag_related_lists(tagged)
    if whole_page:  # before any dateline is read: a saved page's stamp gives the time relative dates count from
        _tag_saved_page(tagged)
        _tag_fetch_stamp(tagged)
        _tag_mail_header(tagged)
        _tag_feed_item(tagged)
        _tag_xml_doc(tagged)
        _tag_zim_page(tagged)
    _tag_source_url(tagged)
    if whole_page:
        _tag_spelled_address(tagged)
        _tag_print_margins(tagged)
        _tag_running_heads(tagged)
        _tag_title_bar(tagged)
        _tag_chat_posts(tagged)
        _tag_chat_messages(tagged)
        _tag_teletext(tagged)
        _tag_wire_framing(tagged)
        _tag_fediverse_thread(tagged)
        _tag_reader_toolbar(tagged)
        _read_feed_item_stamp(tagged)
    _tag_syntax_only(tagged)
    if whole_page:  # the main run of prose is searched for in a whole page only
        _score_article_lists(tagged, words, bullets)
        _tag_tables_of_contents(tagged, bullets)
    tagged.site_repeats = _site_repeats(tagged)
    _tag_header(tagged, title_known=tagged.title is not None, whole_page=whole_page)
    _tag_author_boxes(tagged)
    _tag_repeated(tagged)
    if whole_page:
        _tag_outside_main_region(tagged)
        tagged.authors = tagged.authors or tagged.organisations
        for index, tag in tagged.header_above_start.items():
            if tagged.tags[index] == OUTSIDE_ARTICLE.name:
                tagged.tags[index] = tag
    return tagged


def _tag_line_rules(tagged: Tagged) -> None:
    """Each line's first line rule, matched once a text: a whole-page dump repeats its menus' and teasers' lines."""
    prose_seen, languages = False, page_languages(tagged.language)
    matched: dict[tuple[str, int], LineRule | None] = {}  # (a text, its words) -> the first rule taking it
    for index, line in enumerate(tagged.lines):
        if tagged.tags[index] != BODY:
            continue
        rule = _first_rule(line, languages, matched)
        if rule is PHOTO_CREDIT_RULE and tagged.by_line(line):
            rule = None  # a byline that credits the photos too: "Von X (Text) und Y (Fotos)"
        if rule is None:
            prose_seen = prose_seen or line.prose > 0
            continue
        if rule.cuts_tail and rule is not NOT_FOUND_TAIL and _in_share_strip(tagged.lines, index):
            rule = SHARE_STRIP_RULE
        tagged.tags[index] = rule.name
        if (
            rule.cuts_tail
            and prose_seen
            and not _in_menu(tagged.lines, index)
            and not (rule is NOT_FOUND_TAIL and _prose_follows(tagged.lines, index))
            and not (rule is COMMENTS_TAIL and _is_button_over_prose(tagged.lines, index))
            and not (rule is COMMENTS_WIDGET and _comments_below(tagged, index, languages, matched))
        ):
            tagged.tags[index:] = [rule.name] * (len(tagged.lines) - index)
            return


def _first_rule(
    line: Line, languages: frozenset[str], matched: dict[tuple[str, int], LineRule | None]
) -> LineRule | None:
    """The line's first line rule (`first_matching_rule`), looked up in the page's memo `matched` (a text and its
    words -> the rule) and matched only when new to it."""
    key = line.plain, line.words
    if key not in matched:
        matched[key] = first_matching_rule(line.plain, languages, line.words)
    return matched[key]


def _comments_below(
    tagged: Tagged, index: int, languages: frozenset[str], matched: dict[tuple[str, int], LineRule | None]
) -> bool:
    """Whether a comment section's heading stands below the line (`comments_tail`, `comment_thread`): then a recent
    comments box there is the sidebar's, printed above the article, and it goes alone."""
    return any(
        _first_rule(line, languages, matched) in (COMMENTS_TAIL, COMMENT_THREAD) for line in tagged.lines[index + 1 :]
    )


FOOTER_BLOCK_MAX = 3  # lines a site's footer block holds above its copyright line
FOOTER_LINE_MAX_WORDS = 25  # words of each: a paragraph of prose longer is no footer's
# words of the copyright line under them: a picture's credit has fewer ("© Foto: Skoda", "© Getty Images")
FOOTER_CREDIT_MIN_WORDS = 6


def _tag_footer_blocks(tagged: Tagged) -> None:
    """A copyright line under the page's last prose and its own block: the lines right above it with no blank
    between (at most FOOTER_BLOCK_MAX, each short, a blank or the page's top over them; a longer block is a
    dump's unbroken text) are the site's footer with it, the address over "© 2026 …" ("Sindicato … | Rua do
    Cais, 12, Barreiro | Tel. …") or the club's standing notice over a feed's "The post … appeared first on …"
    ("Club nights are every second Tuesday …"). A copyright line with prose under it, or of a few words, is a
    picture's credit ("© Foto: Skoda"), its block the caption and the article's."""
    lines, tags = tagged.lines, tagged.tags
    if COPYRIGHT.name not in tags:
        return
    last_prose = max((at for at, line in enumerate(lines) if tags[at] == BODY and line.prose > 0), default=-1)
    for index in range(max(1, last_prose + 1), len(lines)):
        if tags[index] != COPYRIGHT.name or tags[index - 1] != BODY or lines[index].words < FOOTER_CREDIT_MIN_WORDS:
            continue
        top = index
        while top and not _blank_between(lines[top - 1], lines[top]) and index - top <= FOOTER_BLOCK_MAX:
            top -= 1
        block = range(top, index)
        if index - top <= FOOTER_BLOCK_MAX and all(
            tags[at] == BODY and lines[at].words <= FOOTER_LINE_MAX_WORDS for at in block
        ):
            tags[top:index] = [COPYRIGHT.name] * len(block)


AD_LABEL_MAX_WORDS = 2  # a lone ad label ("Anzeige", "Advertisement")
AD_COPY_MAX_WORDS = 15  # the ad's copy under it


def _tag_ad_copy(tagged: Tagged) -> None:
    """An ad's copy glued under its lone label, one short line with no sentence stop and a blank under it
    ("Anzeige" over "Jetzt Depot eröffnen und 12 Monate keine Ordergebühren zahlen*"): the label marks it as
    an ad; a paragraph under the label after a blank, or one that ends as a sentence does, is the article's."""
    lines, tags = tagged.lines, tagged.tags
    for index in range(len(lines) - 1):
        copy = index + 1
        if (
            tags[index] == ADVERTISEMENT.name
            and lines[index].words <= AD_LABEL_MAX_WORDS
            and tags[copy] == BODY
            and lines[copy].words <= AD_COPY_MAX_WORDS
            and not _blank_between(lines[index], lines[copy])
            and (copy + 1 == len(lines) or _blank_between(lines[copy], lines[copy + 1]))
            and not _ends_like(_SENTENCE_STOP, lines[copy].plain)
        ):
            tags[copy] = ADVERTISEMENT.name


# A book's price as its details give it ("26,00 €", "£20", "19,90 zł", "450 ₽"): a figure and its currency.
_PRICE = r"(\d+([.,]\d{2})?\s*(€|eur(os?)?\b|£|\$|zł|pln\b|руб\b\.?|₽|грн\b\.?|₴)|(€|£|\$)\s*\d+([.,]\d{2})?)"


@functools.cache
def _book_details(languages: frozenset[str]) -> re.Pattern[str]:
    """A book's details in these languages: its page count ("384 Seiten", `book_page_words`), maybe its binding, then
    its price, only commas between (prose that tells of the pages and the price has its verbs there)."""
    pages = alternation(words_of("book_page_words", languages))
    return re.compile(rf"\b\d{{2,4}}\s*({pages})(\s*,\s*[^\d,.;:]{{3,30}})?\s*[,.;·|]\s*{_PRICE}", re.IGNORECASE)


def _tag_book_details(tagged: Tagged) -> None:
    """A line of a book's details beside a sale's line ("Remedios Altamirano, «El año de las cigüeñas». Editorial
    Cárabo, 2026. 296 páginas, 19,90 €." over "Compra el libro en tu librería …", or over a row of cart buttons) is the
    shop's too; alone, under a review, it is the review's record and stays. Only the lines beside a sale are read."""
    for index in [index for index, tag in enumerate(tagged.tags) if tag == SHOP_TEASER.name]:
        for near in (index - 1, index + 1):
            if (
                0 <= near < len(tagged.lines)
                and tagged.tags[near] == BODY
                and tagged.lines[near].words <= SHOP_TEASER.max_words
                and _book_details(page_languages(tagged.language)).search(tagged.lines[near].plain)
            ):
                tagged.tags[near] = SHOP_TEASER.name


def _tag_related_lists(tagged: Tagged) -> None:
    """A related-links heading alone on its line ("Leggi anche:", "Related coverage") takes the
    headlines listed under it, which no pattern can know."""
    for index in range(len(tagged.lines)):
        if _heads_related_links(tagged, index):
            for listed in _listed_under(tagged, index):
                tagged.tags[listed] = RELATED_LINKS.name


def _heads_related_links(tagged: Tagged, index: int) -> bool:
    """A related-links line that is a heading ("Leggi anche:", "Read more"), not a link with its headline."""
    line = tagged.lines[index]
    return tagged.tags[index] == RELATED_LINKS.name and (
        line.words <= RELATED_HEADING_MAX_WORDS or line.plain.endswith(":")
    )


def _score_article_lists(tagged: Tagged, words: frozenset[str], bullets: list[bool]) -> None:
    """Score an article's short list and its heading as neutral lines: a list of at most
    ARTICLE_LIST_MAX_ITEMS bullets right under a short heading that follows a paragraph (prose ending a
    sentence: a headline over a deck and a dateline list is none) or another such list ("Pro" /
    "Contro"), each bullet a sentence, a fact or a detail (which score nothing already) or a phrase
    (`reads_like_list_phrase`), none a link. A test's pros and cons, a council's other decisions, a
    practical-info box at an article's end otherwise cost the heading and the phrases a short line's
    penalty each, and the run ended above them; a related-links heading (a rule's line), a list of
    headlines (no phrase) and a list of links ("Editors' Recommendations:") keep theirs."""
    lines, tags = tagged.lines, tagged.tags
    listed = [bullet and tag == BODY for bullet, tag in zip(bullets, tags, strict=True)]
    last_scored = -1  # the last line of the last list scored so
    for is_listed, group in itertools.groupby(range(len(lines)), key=listed.__getitem__):
        if not is_listed:
            continue
        items = list(group)
        heading, above = items[0] - 1, items[0] - 2
        if (
            above >= 0
            and tags[heading] == tags[above] == BODY
            and lines[heading].words < PROSE_MIN_WORDS
            and (_is_paragraph(lines[above]) or above == last_scored)
            and _reads_as_article_list(lines, items, words)
        ):
            for index in [heading, *items]:
                lines[index].prose = max(lines[index].prose, 0)
            last_scored = items[-1]


def _tag_tables_of_contents(tagged: Tagged, bullets: list[bool]) -> None:
    """Take a table of contents: CONTENTS_MIN_ITEMS or more adjacent list entries (plain or linked to
    their anchors) that stand again further down, in their order, as lines of their own apart from each
    other (the sections' headings; a menu the footer repeats stands line by line), and its heading
    over them ("Inhalt", "Contents"; per language), under a sentence of prose (the lede) and not under a
    lead-in's colon (`_contents_top`). They score nothing in the main-run search
    (`SCORED_AS_BODY`): at a short line's penalty each they cut the lede above them off the article."""
    lines, tags = tagged.lines, tagged.tags
    listed = [bullet and tag in (BODY, LINK_ONLY.name) for bullet, tag in zip(bullets, tags, strict=True)]
    runs = [
        items
        for is_listed, group in itertools.groupby(range(len(lines)), key=listed.__getitem__)
        if is_listed and len(items := list(group)) >= CONTENTS_MIN_ITEMS
    ]
    if not runs:
        return
    standing: dict[str, list[int]] = {}  # a line's text -> where it stands alone, in order
    for index, line in enumerate(lines):
        if not bullets[index]:
            standing.setdefault(_heading_key(line.plain), []).append(index)
    for items in runs:
        if _heads_sections(tagged, items, standing) and (top := _contents_top(tagged, items[0])) is not None:
            for index in [top, *items] if top < items[0] else items:
                tags[index] = TABLE_OF_CONTENTS.name
                lines[index].prose = 0


def _contents_top(tagged: Tagged, first: int) -> int | None:
    """Where a table of contents starts: its heading ("Inhalt", "Contents"), on either of the two lines
    over its first entry (a "Toggle" button between), else the entry. None when no sentence of prose
    ends on the two lines over that (a bio, a disclosure: the header's) or when a lead-in's colon ends the line
    over the entry ("The tools tested were:": the article's own list, each then a section)."""
    lines = tagged.lines
    top = next(
        (
            index
            for index in range(first - 1, max(-1, first - 3), -1)
            if tagged.tags[index] == BODY and _CONTENTS_HEADING.fullmatch(lines[index].plain)
        ),
        first,
    )
    if top == first and first > 0 and lines[first - 1].plain.endswith(":"):
        return None
    return top if any(_ends_lede(lines[index]) for index in range(max(0, top - 2), top)) else None


def _ends_lede(line: Line) -> bool:
    """A line of prose ending a sentence or a question: a lede, not a picture's alt text over the contents."""
    return line.prose > 0 and _ends_like(_LEDE_END, line.plain)


def _heads_sections(tagged: Tagged, items: list[int], standing: dict[str, list[int]]) -> bool:
    """Whether each entry stands again below, after the one before it and not right under it (a menu the
    footer repeats lists them line by line), with prose among them."""
    found_at: list[int] = []
    for index in items:
        found = standing.get(_heading_key(tagged.lines[index].plain), [])
        at = bisect.bisect_right(found, found_at[-1] + 1 if found_at else items[-1])
        if at == len(found):
            return False
        found_at.append(found[at])
    return any(tagged.lines[index].prose > 0 for index in range(found_at[0], found_at[-1]))


def _heading_key(plain: str) -> str:
    """A heading's or a contents entry's text as the two are compared."""
    return " ".join(plain.casefold().split())


def _reads_as_article_list(lines: list[Line], items: list[int], words: frozenset[str]) -> bool:
    """Whether these bullets are an article's short list: at most ARTICLE_LIST_MAX_ITEMS, none a link, each a
    sentence, a fact or a detail (which score nothing or more) or a phrase (`reads_like_list_phrase`)."""
    return (
        len(items) <= ARTICLE_LIST_MAX_ITEMS
        and not any(holds_link_mark(lines[i].raw) for i in items)
        and all(lines[i].prose >= 0 or reads_like_list_phrase(lines[i].plain, lines[i].tokens, words) for i in items)
    )


def _tag_author_boxes(tagged: Tagged) -> None:
    """An author box's heading ("About the author", "Über Jane Doe") below the article's start takes
    the box's lines under it (the name, a heading or not, and the bio) up to the next other heading or
    a line a rule took. One in the header is a byline's widget ("About Jane Doe" beside "By Jane
    Doe"), whose lines are the header's; a menu's entry ("* About The Center") and a bio's sentence the
    rule took ("The writer lives in Bristol.") head none."""
    headings = [
        index
        for index, tag in enumerate(tagged.tags)
        if tag == AUTHOR_BIO.name
        and index > tagged.article_start
        and _heads_a_box(tagged.lines[index])
        and not markdown.is_list_item(tagged.lines[index].raw)
    ]
    for heading in headings:
        for below in range(heading + 1, min(heading + 1 + AUTHOR_BOX_MAX_LINES, len(tagged.lines))):
            line = tagged.lines[below]
            if tagged.tags[below] in _PASSED_IN_BOX:
                continue  # the author's photo, a link to their page
            if tagged.tags[below] != BODY or (markdown.is_heading(line.raw) and not looks_like_names(line.plain)):
                break
            tagged.tags[below] = AUTHOR_BIO.name


def _heads_a_box(line: Line) -> bool:
    """Whether a line the author-box rule took is a box's heading, not a bio's sentence ("The author is a
    reporter based in Leeds."): short, and not ending like a sentence."""
    return line.words <= AUTHOR_BOX_HEADING_MAX_WORDS and not _SENTENCE_STOP.search(line.plain)


# Lines an author box holds beside its text, which keep their own tags.
_PASSED_IN_BOX = frozenset({LINK_ONLY.name, MARKDOWN_IMAGE.name, MARKDOWN_SYNTAX.name})


def _listed_under(tagged: Tagged, heading: int) -> list[int]:
    """The headline lines right under a heading: those of its own block, or the whole next block
    when that holds two or more (one short line after a blank may be the article's own subheading)."""
    listed: list[int] = []
    block_after_blank = False
    for index in range(heading + 1, min(heading + 1 + RELATED_LIST_MAX_LINES, len(tagged.lines))):
        after_blank = _blank_between(tagged.lines[index - 1], tagged.lines[index])
        if after_blank and (listed or index > heading + 1):
            break  # the list is one block
        block_after_blank = block_after_blank or after_blank
        if tagged.tags[index] != BODY or not reads_like_listed_headline(tagged.lines[index]):
            if block_after_blank:
                return []  # a block that is not all headlines is the article's
            break
        listed.append(index)
    return listed if not block_after_blank or len(listed) >= 2 else []


def _blank_between(upper: Line, lower: Line) -> bool:
    """Whether a blank line stood between two lines of the page (a wrapped line spans several)."""
    return lower.number > upper.number + upper.raw.count("\n") + 1


def reads_like_listed_headline(line: Line) -> bool:
    """A short line with no sentence stop: how a linked headline reads once its link is gone. In a
    hard-wrapped dump the list's lines were joined like a paragraph's: short for as many lines, and
    no sentence in it."""
    wrapped_lines = line.raw.count("\n") + 1
    return (
        2 <= line.words <= RELATED_HEADLINE_MAX_WORDS * wrapped_lines
        and not _LISTED_HEADLINE_END.search(line.plain)
        and not _SENTENCE_THEN_MORE.search(line.plain)
    )


def _prose_follows(lines: list[Line], index: int) -> bool:
    """Article prose after an error line: it was a line of a story about the error, not a glued-on
    error page (whose own text is a sentence or two)."""
    return any(line.words >= CONTINUING_PROSE_WORDS and line.prose > 0 for line in lines[index + 1 :])


def _is_button_over_prose(lines: list[Line], index: int) -> bool:
    """A comments label that is no heading, right above a paragraph of article prose ("View" /
    "comments" in a share strip over the lede, "* Comments", "réagir"), is a button that jumps down
    to the comments: a comment section opens with a commenter's name, a date or a form, and lines of
    a word or two (an image's alt text, the rest of the strip) are passed."""
    if markdown.is_heading(lines[index].raw) or lines[index].words > COMMENTS_LABEL_PASSED_WORDS:
        return False  # "Join the conversation" over its blurb heads the comments
    following = next((line for line in lines[index + 1 :] if line.words > COMMENTS_LABEL_PASSED_WORDS), None)
    return following is not None and following.words >= COMMENTS_PROSE_WORDS and following.prose > 0


def _in_menu(lines: list[Line], index: int) -> bool:
    """A tail label between two menu entries ("Home", "Comment", "Finance") is one of them: the
    menu's link to a section, not the heading of the page's comments or of an error block (a "##"
    heading never is a menu entry)."""
    return (
        0 < index < len(lines) - 1
        and not markdown.is_heading(lines[index].raw)
        and all(_menu_entry(lines[neighbour]) for neighbour in (index - 1, index + 1))
    )


def _menu_entry(line: Line) -> bool:
    """A line of a word or two (not an image) with no sentence stop: how a menu's entries read."""
    return 1 <= line.words <= MENU_ENTRY_MAX_WORDS and not _SENTENCE_END.search(line.plain)


def _in_share_strip(lines: list[Line], index: int) -> bool:
    """A "Comments" label before "Print", or right under "Tweet" in its block, is a share-strip
    button (it jumps down to the comments), not the heading of the comment section: it must not cut
    the article after it. One after a share strip and a blank line heads the comments; an error
    block after a share strip is still one."""
    if markdown.is_heading(lines[index].raw):  # a "## Comments" heading heads the comments
        return False
    line = lines[index]
    before = lines[index - 1] if index > 0 else None
    shares_before = before is not None and SHARE_STRIP_RULE.matches(before.plain)
    shares_after = index + 1 < len(lines) and SHARE_STRIP_RULE.matches(lines[index + 1].plain)
    return shares_after or (shares_before and before is not None and not _blank_between(before, line))


def find_source_url(plains: list[str], raws: list[str]) -> tuple[str | None, list[int]]:
    """The URL of a scraper's 'Original url:' line or a page's 'Permalink:' line (URL on the same
    line or the next one; the labels are language rows), and the indexes of the lines that said it;
    `plains` and `raws` are the page's lines without and with their markdown. A gemtext link line is
    read as its label then its address."""
    plains = [_gemtext_as_label(plain) if plain.startswith("=>") else plain for plain in plains]
    labelled = [index for index, plain in enumerate(plains) if URL_LABEL_OPENINGS.may_open(plain)]
    for label_line in _URL_LABEL_LINES:
        found, indexes = _labelled_url(label_line, labelled, plains, raws)
        if found:
            return found, indexes
    return None, []


def _gemtext_as_label(plain: str) -> str:
    """A gemtext link line ("=> https://… Original article", an HTML-to-Gemini proxy's link to the page it
    converted) as a labelled address line ("Original article: https://…"); another line as it is."""
    link = _GEMTEXT_LINK.match(plain)
    return f"{link['label']}: {link['url']}" if link else plain


def _labelled_url(
    label_line: re.Pattern[str], labelled: Sequence[int], plains: list[str], raws: list[str]
) -> tuple[str | None, list[int]]:
    """`find_source_url` for one kind of label, among the lines that may open with one (`labelled`): the first
    URL, and every line of the kind."""
    found, indexes = None, []
    for index in labelled:
        label = label_line.match(plains[index])
        if not label:
            continue
        url = _BARE_URL.match(label["url"]) if label["url"] else _LINKED_LABEL.match(raws[index])
        if label["url"] and url is None:
            continue  # "Source: Reuters" credits, it gives no address
        indexes.append(index)
        if url is None and index + 1 < len(raws):
            url = _BARE_URL.match(raws[index + 1])
            if url:
                indexes.append(index + 1)
        archived = _ARCHIVED_URL.match(url["url"]) if url else None
        found = found or (archived["url"] if archived else url["url"] if url else None)
    return found, indexes


SPELLED_ADDRESS_SPAN = 40  # lines atop a dump a print view's address under its headline stands within
SPELLED_ADDRESS_UNDER = 3  # lines over the address its headline stands within


def _tag_spelled_address(tagged: Tagged) -> None:
    """A bare address alone on its line under the headline that spells its slug (a print view's, PrintFriendly's
    "Headline" over "https://…/headline-words"), or under the dump's first line (a scraper's "Title" / "URL" lines
    atop its dump; the slug maybe a transliteration, "Узкоколейка …" over "…/uzkokoleyka-…"): the page's own address
    (`SOURCE_URL`), when no label gave one."""
    if tagged.url:
        return
    for index, line in enumerate(tagged.lines[:SPELLED_ADDRESS_SPAN]):
        if "://" not in line.raw or tagged.tags[index] != BODY:
            continue
        if (linked := _ADDRESSED_HEADLINE.match(line.raw)) is not None:
            if len(linked["text"].split()) >= TITLE_MIN_WORDS and _spells_slug(linked["text"], linked["url"]):
                tagged.url, tagged.title = linked["url"], tagged.title or linked["text"]
                return
            continue
        if (address := _BARE_URL.match(line.raw)) is None:
            continue
        if len(slug_words(address["url"])) >= SLUG_MIN_WORDS and (
            (index == 1 and tagged.lines[0].words >= TITLE_MIN_WORDS)
            or any(
                _spells_slug(above.plain, address["url"])
                for above in tagged.lines[max(0, index - SPELLED_ADDRESS_UNDER) : index]
            )
        ):
            tagged.tags[index] = SOURCE_URL.name
            tagged.url = address["url"]
            return


# a headline with its link's address after it in angle brackets, as a mail client's or a browser's text save writes a
# link (Thunderbird's copy of a feed-to-mail message: "Headline <https://…/headline-words/>")
_ADDRESSED_HEADLINE = re.compile(r"^(?P<text>[^-*+•<>\s][^<>]*?)\s+<(?P<url>https?://[^\s<>]+)>$", re.IGNORECASE)


def _spells_slug(text: str, url: str) -> bool:
    """Whether the line's words, or their letters without accents, hold most of the words of the address's slug (the
    headline it was made of: "Une grainothèque ouvre …" over "…/grainotheque-ouvre-…")."""
    slug, words = slug_words(url), text.casefold()
    held = slug.intersection({*SLUG_SEPARATORS.split(words), *SLUG_SEPARATORS.split(ascii_spelling(words))})
    return len(slug) >= SLUG_MIN_WORDS and len(held) >= SLUG_MIN_SHARE * len(slug)


def source_url_of(raw_lines: list[str]) -> str | None:
    """`find_source_url` over a page's raw lines (no markdown reading: cheap, for learning)."""
    return find_source_url(raw_lines, raw_lines)[0]


def _tag_source_url(tagged: Tagged) -> None:
    url, indexes = find_source_url([line.plain for line in tagged.lines], [line.raw for line in tagged.lines])
    for index in indexes if url else _url_labels_alone(tagged):
        tagged.tags[index] = SOURCE_URL.name
    tagged.url = tagged.url or url
    if indexes and indexes[0] <= GEMTEXT_BANNER_SPAN and tagged.lines[indexes[0]].raw.startswith("=>"):
        _tag_gemtext_banner(tagged, indexes[0])
    fields = _header_fields(tagged, indexes[0]) if indexes else []
    if not fields:  # no address line among its fields (a read-it-later app's is under its front matter)
        fields = _header_fields(tagged, -1)
        fields = fields if _tool_header(fields, tagged) else []
    if fields:
        _tag_crawler_header(tagged, fields)
        _read_header_title(tagged, fields)


def _url_labels_alone(tagged: Tagged) -> list[int]:
    """The page-URL labels alone on their lines on a page that gives no address: the text of a link whose target
    the dump dropped (a text browser's newsletter, "Bekijk deze e-mail in je browser" over the masthead), a tool's
    line, never the headline."""
    label_line = _URL_LABEL_LINES[0]
    return [
        index
        for index, line in enumerate(tagged.lines)
        if URL_LABEL_OPENINGS.may_open(line.plain) and (label := label_line.match(line.plain)) and not label["url"]
    ]


def _tag_gemtext_banner(tagged: Tagged, link_at: int) -> None:
    """An HTML-to-Gemini proxy's banner atop the dump, down to the blank line under its link to the page it
    converted ("# 📰 NewsWaffle", "Waffle-ified version of:", "=> https://… Original article", "Size: …", "=>
    gemini://…/links?… Links on page"): the proxy's lines (`CRAWLER_HEADER`), its heading no headline."""
    lines = tagged.lines
    for index in range(len(lines)):
        if index > link_at and _blank_between(lines[index - 1], lines[index]):
            return
        if tagged.tags[index] == BODY:
            tagged.tags[index] = CRAWLER_HEADER.name
            _read_fetch_stamp(tagged, lines[index].raw)


def _header_fields(tagged: Tagged, url_at: int) -> list[int]:
    """The lines of a crawler's header around the page's address line atop the dump (none if there is
    no such header), or from the dump's first line down when `url_at` is -1 (no address line). A headline
    (Mercury's `# …`) or a front matter's `---` may open the dump above it; a front matter's fields run to
    its closing `---`, empty ones among them (trafilatura's "url:"), and without that fence are none."""
    lines = tagged.lines
    opener = lines[0].raw if lines else ""
    fenced = opener == _FRONT_MATTER_FENCE
    first = 1 if fenced or markdown.is_h1(opener) else 0
    fields = list(range(first, max(url_at, first)))
    if not all(_HEADER_FIELD.match(lines[index].raw) for index in fields):
        return []
    folded = False  # under a block scalar's indicator: its lines are the field's value
    listed = False  # under a field without a value, over YAML list items ("authors:" over "- Jane Doe")
    for index in range(max(url_at + 1, first), len(lines)):
        if fenced and lines[index].raw == _FRONT_MATTER_FENCE:
            return fields
        field_line = _HEADER_FIELD.match(lines[index].raw)
        item = field_line is None and fields and _FRONT_MATTER_ITEM.match(lines[index].raw) is not None
        if field_line is None and not (item and (fenced or listed)) and not (fenced and fields and folded):
            break
        fields.append(index)
        if field_line is None:
            continue
        folded = field_line["value"] in _BLOCK_SCALAR
        next_item = index + 1 < len(lines) and _FRONT_MATTER_ITEM.match(lines[index + 1].raw) is not None
        listed = field_line["value"] is None and next_item
        if not fenced and (folded or (field_line["value"] is None and not listed)):
            # "Markdown Content:", a YAML dump's "maintext: |-": the page follows; the fields under it close the
            # header (news-please's "source_domain: … / title: … / url: …")
            return fields + (_closing_fields(lines, index + 1) if folded else [])
    return [] if fenced else fields


def _closing_fields(lines: list[Line], text_at: int) -> list[int]:
    """The header's fields that close a dump under its text, from the last line up (none if its last is none)."""
    closing = len(lines)
    while closing > text_at and _HEADER_FIELD.match(lines[closing - 1].raw):
        closing -= 1
    return list(range(closing, len(lines)))


def _tool_header(fields: list[int], tagged: Tagged) -> bool:
    """Whether the "Label: value" lines atop a dump with no address line are a tool's header all the
    same (newspaper3k's "Title: … / Authors: … / Publish date: 2026-08-13 00:00:00 / Top image: …"):
    TOOL_HEADER_MIN_FIELDS of them or more, one a publication field with a machine's timestamp, which
    no page writes for its readers."""
    return len(fields) >= TOOL_HEADER_MIN_FIELDS and any(_header_day(tagged.lines[index].raw) for index in fields)


def _header_day(raw: str) -> dt.date | None:
    """The day of a crawler's header field that gives the publication's timestamp ("Published Time: …")."""
    label, value = _header_field(raw)
    stamp = _ISO_STAMP.match(value)
    return dt.date.fromisoformat(stamp["day"]) if stamp and label in _HEADER_DATE_LABELS else None


def _read_fetch_stamp(tagged: Tagged, raw: str) -> None:
    """A tool's field saying when it fetched the page ("Converted: 2026-12-06 08:40 UTC", `fetch_labels`): the
    time relative datelines count back from, when the input gives none."""
    label, value = _header_field(raw)
    if tagged.fetched_at is None and label in _HEADER_FETCH_LABELS and value[:4].isdigit():
        tagged.fetched_at = _fetch_time(value)


def _fetch_time(stamp: str) -> dt.datetime | None:
    """A tool's fetch stamp as an instant ("2026-12-06 08:40 UTC", "2026-12-06T09:30:00Z"); a zone unsaid is UTC's."""
    try:
        fetched = dt.datetime.fromisoformat(_UTC_NAMES.sub("+00:00", stamp))
    except ValueError:
        return None
    return fetched if fetched.tzinfo else fetched.replace(tzinfo=dt.UTC)


def _header_field(raw: str) -> tuple[str, str]:
    """A header field's label (in small letters) and value ("" for none; a YAML value's quotes dropped), its
    markdown read ("[[2026-07-11]]")."""
    field_line = _HEADER_FIELD.match(raw)
    if field_line is None:
        return "", ""
    value = field_line["value"] or ""
    if value in _BLOCK_SCALAR:  # its value is the lines under it
        value = ""
    quoted = len(value) > 1 and value[0] == value[-1] and value[0] in "\"'"
    return field_line["label"].casefold(), markdown.to_plain(value[1:-1] if quoted else value)


def _tag_crawler_header(tagged: Tagged, fields: list[int]) -> None:
    """The fields of a crawler's header atop the dump (`CRAWLER_HEADER`): the crawler's, not the page's
    (its "Title: …" is the `<title>` the headline below repeats). Its publication field's date (a machine's
    timestamp, or a date as a dateline writes it: Diffbot's "Date: Thu, 12 Nov 2026 09:00:00 GMT") is kept to
    date a page that shows no date or only an update's. A field that is a byline ("Authors: …") is left to
    the byline reader: the header's only credit; so are a front matter's list items under one (`author:` over
    `- "[[Jane Doe]]"`), read as that field's values."""
    label = ""
    for index in fields:
        line = tagged.lines[index]
        if (names := tagged.by_line(line)) and not all(map(holds_brand_word, names)):
            continue  # an organisation's name in its author field is the tool's line ("author: Verlag Kessler")
        tagged.tags[index] = CRAWLER_HEADER.name
        _read_fetch_stamp(tagged, line.raw)
        item = _FRONT_MATTER_ITEM.match(line.raw)
        if item is None:
            label = _header_field(line.raw)[0]
        elif names := parse_text_byline(f"{label}: {item['value']}", ""):
            tagged.authors = list(dict.fromkeys([*tagged.authors, *names]))
        if tagged.crawler_day is None and _header_field(line.raw)[0] in _HEADER_DATE_LABELS:
            published = tagged.dateline(line)
            tagged.crawler_day = _header_day(line.raw) or (published.date if published else None)


def _read_header_title(tagged: Tagged, fields: list[int]) -> None:
    """A tool header's "Title: …" as the page's title, when the markup gave none and no line under the
    header opens it (Jina's `<title>`, "Headline | Site", is the headline below's): the dump below it is
    the article's text alone, with no headline of its own (newspaper3k's, Diffbot's, trafilatura's)."""
    below = [
        " ".join(line.plain.split()).casefold()
        for line in tagged.lines[fields[-1] + 1 :]
        if line.words >= TITLE_MIN_WORDS
    ]
    read = [_header_field(tagged.lines[index].raw) for index in fields]
    site = next((value.strip() for label, value in read if label in _HEADER_SITE_LABELS and value.strip()), None)
    for label, value in read:
        opened = " ".join(value.split()).casefold()
        if label in _HEADER_TITLE_LABELS and opened and tagged.title is None and not any(map(opened.startswith, below)):
            tagged.title = _without_site_name(value.strip(), site)


# A crawler header's field naming the site (Readability's "siteName:", trafilatura's "sitename:"): a `<title>` in
# another field ends with it ("Le lavoir … - L'Écho du Bocage")
_HEADER_SITE_LABELS = frozenset({"sitename", "site name"})


def _without_site_name(title: str, site: str | None) -> str:
    """A `<title>` without the site's name its tool header gives after a separator ("Headline - Site")."""
    if not site or not title.casefold().endswith(site.casefold()):
        return title
    head = title[: -len(site)]
    separators = list(_TITLE_BAR_SEPARATOR.finditer(head))
    return head[: separators[-1].start()] if separators and separators[-1].end() == len(head) else title


_PAGE_COUNT = re.compile(r"^\d{1,3}/\d{1,3}$")  # a printed sheet's number and the print's count of them: "1/2"
PAGE_COUNT_MAX_CHARS = 7  # "999/999": a longer line is none, told without the pattern (every line is one to look at)
PRINT_HEAD_MAX_LINES = 3  # a print's header over each sheet: its date and time, the page's `<title>`


def _tag_print_margins(tagged: Tagged) -> None:
    """A page a browser printed to PDF, read back as text (pdftotext): each sheet ends in the print's footer,
    the page's address over the sheet's number ("https://…" / "1/2"), and the next opens with the header the
    first did (the print's date and time, the page's `<title>`). The browser's lines, not the page's
    (`CRAWLER_HEADER`): they no longer cut the article in two, nor date it with the day it was printed; the
    footer's address is the page's (`SOURCE_URL`)."""
    lines, tags = tagged.lines, tagged.tags
    footers = [
        index
        for index in range(1, len(lines))
        if len(lines[index].raw) <= PAGE_COUNT_MAX_CHARS
        and _PAGE_COUNT.match(lines[index].raw)
        and _BARE_URL.match(lines[index - 1].raw)
    ]
    if not footers:
        return
    for index in footers:
        tags[index - 1], tags[index] = SOURCE_URL.name, CRAWLER_HEADER.name
    if address := _BARE_URL.match(lines[footers[0] - 1].raw):
        tagged.url = tagged.url or address["url"]
    for index in footers:  # the running head: the dump's first lines, again under a sheet's footer
        for offset, line in enumerate(lines[:PRINT_HEAD_MAX_LINES]):
            below = index + 1 + offset
            if below >= len(lines) or lines[below].raw != line.raw:
                break
            tags[offset] = tags[below] = CRAWLER_HEADER.name


_FOLIO = re.compile(r"^\d{1,4}$")  # a printed page's number on a line of its own
PRINT_HEAD_MIN_LINES = 2  # of the dump's first lines standing again atop a later page: its running head


def _tag_running_heads(tagged: Tagged) -> None:
    """A print edition's pages read back as text (pdftotext): each opens with the paper's running head (its name,
    the edition's day, the section) over the page's number, the first page's head again atop the next. The print's
    margins, not the article (`CRAWLER_HEADER`): they no longer cut it in two; the edition's day in them dates
    the page when its header shows no date of its own (above the headline it reads as a site's date strip)."""
    lines, tags = tagged.lines, tagged.tags
    head = [line.raw for line in lines[:PRINT_HEAD_MAX_LINES]]
    if len(head) < PRINT_HEAD_MIN_LINES:
        return
    heads = [
        (index, size)
        for index in range(PRINT_HEAD_MIN_LINES, len(lines) - PRINT_HEAD_MIN_LINES)
        if lines[index].raw == head[0]
        and (size := _repeated_run(lines, head, index)) >= PRINT_HEAD_MIN_LINES
        and index + size < len(lines)
        and _FOLIO.match(lines[index + size].raw)
    ]
    if not heads:
        return
    for index, size in [(0, heads[0][1]), *heads]:
        folio = index + size < len(lines) and _FOLIO.match(lines[index + size].raw) is not None
        tags[index : index + size + folio] = [CRAWLER_HEADER.name] * (size + folio)
    days = (tagged.dateline(line) for line in lines[: heads[0][1]])
    tagged.crawler_day = tagged.crawler_day or next((day.date for day in days if day), None)


def _repeated_run(lines: list[Line], head: list[str], index: int) -> int:
    """How many of the dump's first lines (`head`) stand again from `index` on, in order."""
    return next(
        (offset for offset, raw in enumerate(head) if index + offset >= len(lines) or lines[index + offset].raw != raw),
        len(head),
    )


def _keep_largest_span(tagged: Tagged, starts: list[int], size: Callable[[int, int], int]) -> tuple[int, int]:
    """A chat's items, each from its stamp line to the next: the largest by `size` is the article, the others' lines
    the chat's (`OUTSIDE_ARTICLE`). Returns the article's span."""
    spans = list(zip(starts, [*starts[1:], len(tagged.lines)], strict=True))
    article = max(spans, key=lambda span: size(*span))
    for at, end in spans:
        if (at, end) != article:
            tagged.tags[at:end] = [OUTSIDE_ARTICLE.name] * (end - at)
    return article


# A chat app's copy of a channel's posts (Telegram Desktop: "Viseu Agora – Notícias, [06.03.2026 18:42]" over each)
_CHAT_POST_HEADER = re.compile(
    r"^\S.{0,80}, \[(?P<day>\d{2})\.(?P<month>\d{2})\.(?P<year>\d{4}) \d{1,2}:\d{2}(?::\d{2})?\]$"
)


def _tag_chat_posts(tagged: Tagged) -> None:
    """A chat app's copy of a channel's posts, each under the channel's name and the post's stamp: the app's
    lines (`CRAWLER_HEADER`), not the page's. The longest post is the article, the others the channel's other
    news (`OUTSIDE_ARTICLE`): its stamp dates the page and its first line, a headline's shape over more of the
    post, is the title."""
    lines = tagged.lines
    headers = [index for index, line in enumerate(lines) if "[" in line.raw and _CHAT_POST_HEADER.match(line.raw)]
    if not headers:
        return

    def post_words(header: int, end: int) -> int:
        return sum(line.words for line in lines[header + 1 : end])

    at, end = _keep_largest_span(tagged, headers, post_words)
    for index in headers:
        tagged.tags[index] = CRAWLER_HEADER.name
    stamp = _CHAT_POST_HEADER.match(lines[at].raw)
    if stamp:
        with contextlib.suppress(ValueError):
            tagged.crawler_day = dt.date(int(stamp["year"]), int(stamp["month"]), int(stamp["day"]))
    first = at + 1
    if (
        first < len(lines)
        and post_words(at, end) > lines[first].words
        and _reads_like_headline(lines[first])
        and tagged.title is None
    ):
        tagged.title = lines[first].plain


# A chat app's export of a group's messages, each opening with its stamp and sender (WhatsApp's "01/12/2026, 20:33 -
# Pilar: …", "[01/12/26, 20:33:12] Pilar: …"); the app's own notices have no sender
_CHAT_MESSAGE = re.compile(
    r"^\[?\d{1,2}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?\s?m\.?)?(?:\] | [-–] )"
    r"(?:(?P<sender>[^:]{1,60}): )?(?P<text>.*)$",
    re.IGNORECASE,
)
CHAT_MESSAGES_MIN = 3  # fewer stamped lines may be a page's own log ("12/03/2026 14:00 - gates open")


def _tag_chat_messages(tagged: Tagged) -> None:
    """A chat's export where a message pastes an article: the longest message is it, the others (replies, the
    app's notices) are the chat's (`OUTSIDE_ARTICLE`). Its stamp and sender are the app's, its first line's text
    (the headline the sharer pasted on the stamp's line) the title; the message that is only a link, above it,
    gives the page's address. The stamp is the sharing's time, never the publication's."""
    lines = tagged.lines
    texts: dict[int, str] = {}  # a message's first line -> its text after the stamp and the sender
    for index, line in enumerate(lines):
        if (line.raw[:1].isdigit() or line.raw[:1] == "[") and (message := _CHAT_MESSAGE.match(line.raw)):
            texts[index] = message["text"]
    if len(texts) < CHAT_MESSAGES_MIN:
        return
    at, _ = _keep_largest_span(
        tagged,
        list(texts),
        lambda at, end: len(markdown.to_plain(texts[at]).split()) + sum(line.words for line in lines[at + 1 : end]),
    )
    tagged.tags[at] = CRAWLER_HEADER.name
    headline = markdown.to_plain(texts[at]).strip()
    if tagged.title is None and TITLE_MIN_WORDS <= len(headline.split()) <= TITLE_MAX_WORDS:
        tagged.title = headline
    for earlier in reversed([stamp for stamp in texts if stamp < at]):
        if address := _BARE_URL.match(texts[earlier].strip()):
            tagged.url = tagged.url or address["url"]
            break


# A message's own MIME fields, which no client translates: a feed item a mail client stored as a message (Thunderbird's
# "Message-Id: … / MIME-Version: 1.0 / Content-Base: https://… / Content-Type: …") writes them among "Date:", "From:"
# and "Subject:", and so does rss2email mailing a feed's items ("List-ID: … / X-RSS-Feed: … / X-RSS-URL: https://… /
# User-Agent: rss2email/3.14"). "Content-Base:" and "X-RSS-URL:" name the page the message is: its subject is the
# page's title, its sender the writer (rss2email's "Feed title: Author <user@rss2email.invalid>": after the colon).
_MIME_LABELS = frozenset({
    "message-id", "mime-version", "content-type", "content-transfer-encoding", "content-base",
    "x-mozilla-status", "x-mozilla-status2", "x-mozilla-keys",
    "list-id", "list-post", "x-rss-feed", "x-rss-id", "x-rss-url", "x-rss-tags", "user-agent",
})  # fmt: skip
_STORED_PAGE_LABELS = frozenset({"content-base", "x-rss-url"})
_STORED_TITLE_LABEL, _STORED_WRITER_LABEL = "subject", "from"
# A feed reader's buttons around an item, in its interface's words ("Save web page  Read later  Share  Tag"), first
# on their line or in a part of a row of them (Miniflux's "Enregistrer · Ajouter aux favoris · Marquer comme non lu")
_FEED_READER_BUTTONS = re.compile(rf"(?:^|[·•|]\s*)(?:{alternation(words_of('feed_reader_buttons'))})\b", re.IGNORECASE)
FEED_ITEM_SPAN = 16  # lines atop a dump a feed reader's buttons stand within, under its menu
_FEED_BUTTON_FIRST_WORDS = frozenset(button.split()[0].casefold() for button in words_of("feed_reader_buttons"))


def _shows_feed_buttons(plain: str) -> bool:
    """Whether a line opens with a feed reader's button or holds one after a row's mark. A line without a mark
    can only open with one: its first word is looked up before the buttons' long alternation is tried."""
    if "·" in plain or "•" in plain or "|" in plain:
        return _FEED_READER_BUTTONS.search(plain) is not None
    first = _WORD.match(plain)
    return (
        first is not None
        and first[0].casefold() in _FEED_BUTTON_FIRST_WORDS
        and _FEED_READER_BUTTONS.match(plain) is not None
    )


FEED_ROW_MIN_BUTTONS = 3  # a row of as many parts is buttons, though not yet told from prose
_FEED_BUTTONS = frozenset(button.casefold() for button in words_of("feed_reader_buttons"))
_HOST = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,}$", re.IGNORECASE)  # a site's host alone ("wyvernvalleygazette.example")


def _is_feed_button(tagged: Tagged, index: int) -> bool:
    """A feed reader's buttons' line: one a rule took, a row of them, or one button alone (Pocket's "View
    Original", "Original anzeigen": a table lookup)."""
    plain = tagged.lines[index].plain
    return tagged.tags[index] != BODY or len(dateline_parts(plain)) >= FEED_ROW_MIN_BUTTONS or _is_button(plain)


def _is_button(text: str) -> bool:
    """Whether a text is one of a reader app's buttons, whitespace and case aside (a table lookup)."""
    return " ".join(text.casefold().split()) in _FEED_BUTTONS


# A read-it-later app's stamp of the day it saved the page ("Ajouté le 05/12/2026", "Toegevoegd op 04-12-2026")
_SAVED_STAMP = re.compile(rf"(?:{alternation(words_of('saved_words'))})\b", re.IGNORECASE)
# the parts of a row of an app's buttons, apart by runs of spaces (a dump's plain text makes them one) or a row's marks
_BUTTON_ROW_PARTS = re.compile(r"\s{2,}|\s*[·•|]\s*")


def _saved_by_reading_app(tagged: Tagged, index: int) -> bool:
    """Whether a header dateline is a read-it-later app's stamp of the day it saved the page, not the page's date:
    its label one of `saved_words` ("Ajouté le 05/12/2026"), under the app's row of buttons atop the dump, one of
    them a reader's (wallabag's "Retour  Voir l'original  Recharger le contenu  Marquer comme lu …"). Elsewhere "Ajouté
    le" is a site's publication label; the label is looked for first."""
    if not _SAVED_STAMP.match(tagged.lines[index].plain):
        return False
    return any(
        len(parts := _BUTTON_ROW_PARTS.split(line.raw.strip())) >= FEED_ROW_MIN_BUTTONS
        and any(_is_button(markdown.to_plain(part)) for part in parts)
        for line in tagged.lines[: min(index, FEED_ITEM_SPAN)]
    )


def _host_row_writers(parts: list[str]) -> list[str] | None:
    """A read-it-later app's row over its buttons, the page's host, the writer's bare name and the reading time
    ("wyvernvalleygazette.example · Bronwen Tallack · 5 min read"): the name."""
    if len(parts) < 3 or not _HOST.match(parts[0]) or not is_counted_filler(parts[-1]):
        return None
    names = [part for part in parts[1:-1] if looks_like_names(part)]
    return _people(split_byline_names(names[0])) if len(names) == 1 else None


READER_TOOLBAR_MIN_BUTTONS = 2


def _tag_reader_toolbar(tagged: Tagged) -> None:
    """A reader view's toolbar copied over the article as the dump's first line (Edge's Immersive Reader: "Text
    preferences   Grammar tools   Reading preferences   Read aloud"), each part one of a reader's buttons (a table
    lookup): the reader's chrome, however long the row (in some languages longer than a menu's line)."""
    if not tagged.lines or tagged.tags[0] != BODY:
        return
    parts = _BUTTON_ROW_PARTS.split(tagged.lines[0].raw)
    if len(parts) >= READER_TOOLBAR_MIN_BUTTONS and all(map(_is_button, parts)):
        tagged.tags[0] = NAVIGATION.name


def _read_feed_item_stamp(tagged: Tagged) -> None:
    """A feed reader's item atop its dump: the line over its buttons is the reader's item line ("IJsclub De Hoornse
    Vaart – Nieuws · by Secretariaat · 25 Feb 2026, 21:58" over "Save web page  Read later  Share  Tag"), whose last
    part is the item's stamp: the reader's metadata, as a crawler's header's is, it dates a page whose header shows
    no date (the feed's name and section beside it are no dateline's label, and a date above the headline alone
    dates nothing). Both lines are the reader's, not the page's: the item line, when it is a row of parts, and its
    buttons as its header (the line under them is the headline, `_under_item_header`); buttons under a lone line,
    the headline (Miniflux's), as its chrome, however long their row."""
    top = tagged.lines[:FEED_ITEM_SPAN]
    buttons = next(
        (
            index
            for index, line in enumerate(top)
            if index and _shows_feed_buttons(line.plain) and _is_feed_button(tagged, index)
        ),
        None,
    )
    if buttons is None:
        return
    parts = dateline_parts(top[buttons - 1].plain)
    if len(parts) > 1:  # the reader's item line, a row of parts, and its buttons: the reader's lines, not the page's
        tagged.tags[buttons - 1] = tagged.tags[buttons] = CRAWLER_HEADER.name
    elif tagged.tags[buttons] == BODY:  # buttons under a lone line, the headline (Miniflux's): the reader's chrome
        tagged.tags[buttons] = NAVIGATION.name
    if tagged.crawler_day is None:  # the last part that reads as a day: a reading time may follow the stamp
        stamp = next(filter(None, map(tagged.reads_dateline, reversed(parts[-2:]))), None)
        tagged.crawler_day = stamp.date if stamp else None
    if writers := _people(next((names for part in parts if (names := parse_byline(part))), None)) or (
        _host_row_writers(parts)
    ):
        tagged.crawler_writers = writers


# A mail forwarded or pasted whole opens with its header's fields ("From: … / Date: … / To: … / Subject: …", in the
# mail client's language; Outlook's "De : … / Envoyé : … / À : … / Objet : TR : …")
_MAIL_LABELS = frozenset(words_of("mail_header_labels") + words_of("mail_date_labels")) | _MIME_LABELS
_MAIL_DATE_LABELS = frozenset(words_of("mail_date_labels"))
MAIL_HEADER_MIN_FIELDS = 3  # three labels or more in a row: fewer may be a page's own labelled lines
MAIL_HEADER_SPAN = 24  # lines atop a dump a forward's header stands in, under the forwarder's note
MAIL_NOTE_MAX_WORDS = 60  # the words above it: a forwarder's note; more, an article quoting a mail
# mutt's pager's lines between a message's header and its parts ("[-- Attachment #1 --]", "[-- Type: text/html, …
# --]", "[-- Autoview using w3m -dump … --]", in its interface's language): the mail's, as its header is
_PAGER_MARKER = re.compile(r"^\[-- .+ --\]$")


def _mail_label(plain: str) -> str | None:
    """The label of a mail header's field ("From: …", "Envoyé : …"), in small letters, or None."""
    label, colon, _ = plain.partition(":")
    label = label.strip().casefold()
    return label if colon and label in _MAIL_LABELS else None


def _tag_mail_header(tagged: Tagged) -> None:
    """A mail forwarded or pasted whole (Gmail's "---------- Forwarded message ---------" over "From: … / Date: … /
    Subject: … / To: …", Outlook's "De : … / Envoyé : … / À : … / Objet : TR : …"): its header's fields, three
    labels or more in a row near the dump's top under a short note at most, and all above them (the forward's
    separator, the forwarder's note, "Sent from Outlook for Android") are the mail's lines (`CRAWLER_HEADER`), not
    the page's: its subject no longer makes the headline under it a repeat, nor its note a title or a byline. The
    day the mail was sent dates only a page that shows no date of its own (a newsletter mails its article days
    later). An article quoting a mail under its prose keeps it."""
    labels = [_mail_label(line.plain) if ":" in line.plain else None for line in tagged.lines[:MAIL_HEADER_SPAN]]
    if sum(map(bool, labels)) < MAIL_HEADER_MIN_FIELDS:
        return  # told before the runs are read: most pages hold no label at all
    end = words = 0
    for is_field, run in itertools.groupby(labels, key=bool):
        fields = list(run)
        words += sum(line.words for line in tagged.lines[end : end + len(fields)])
        end += len(fields)
        if is_field and len(set(fields)) >= MAIL_HEADER_MIN_FIELDS:
            break
        if words > MAIL_NOTE_MAX_WORDS:
            return  # an article that quotes a mail ("Date: … / From: … / To: … / Subject: …" under its prose)
    else:
        return
    while end < len(tagged.lines) and _PAGER_MARKER.match(tagged.lines[end].raw):
        end += 1
    tagged.tags[:end] = [CRAWLER_HEADER.name] * end
    for line, label in zip(tagged.lines[:end], labels, strict=False):
        if tagged.crawler_day is None and label in _MAIL_DATE_LABELS and (published := tagged.dateline(line)):
            tagged.crawler_day = published.date
    if not _STORED_PAGE_LABELS.isdisjoint(labels[:end]):
        _read_stored_page(tagged, dict(zip(labels[:end], tagged.lines[:end], strict=False)))


def _read_stored_page(tagged: Tagged, fields: dict[str | None, Line]) -> None:
    """A feed item a mail client stored as a message ("Content-Base:" names its page) or rss2email mailed
    ("X-RSS-URL:"): the message is the page, so its "Subject:" is the title (the item's text has no headline) and its
    "From:" the writer (after the feed's title and a colon, when rss2email wrote both), unless an organisation's
    name."""
    subject, writer = fields.get(_STORED_TITLE_LABEL), fields.get(_STORED_WRITER_LABEL)
    if subject is not None and tagged.title is None:
        tagged.title = subject.plain.partition(":")[2].strip() or None
    if writer is not None and (names := _writers(writer.plain.partition(":")[2].rpartition(": ")[2])):
        tagged.authors = list(dict.fromkeys([*tagged.authors, *names]))


def _writers(field_value: str) -> list[str] | None:
    """The people a tool's writer field names ("From: Jane Doe", "<dc:creator>Jane Doe</dc:creator>"), none if it
    names an organisation."""
    return _people(parse_text_byline(f"author: {field_value.strip()}", ""))


def _people(names: list[str] | None) -> list[str] | None:
    """A tool's credited names, none if one is an organisation's (a feed's, a mailing list's)."""
    return None if names is None or any(map(holds_brand_word, names)) else names


# A feed's XML saved as text (RSS 2.0: "<item>" over one element a line, "<title>…</title>", "<link>…</link>",
# "<dc:creator><![CDATA[…]]></dc:creator>", "<pubDate>…</pubDate>", "<description>…", then the item's HTML)
_FEED_ITEM_OPENERS = frozenset({"<item>", "<entry>"})
_FEED_ELEMENT = re.compile(r"^<(?P<name>[\w:]+)(?:\s[^<>]*)?>(?P<value>.*)</(?P=name)>$")
_FEED_TITLE, _FEED_LINK = "title", "link"
_FEED_WRITERS = frozenset({"dc:creator", "author"})
_FEED_DAYS = frozenset({"pubdate", "published", "dc:date"})


def _tag_feed_item(tagged: Tagged) -> None:
    """A feed item's XML: its elements over its text are the feed's lines (`CRAWLER_HEADER`), the teaser of
    its "<description>" among them; its title, link, writer and day are the page's."""
    lines = tagged.lines
    opener = next((index for index, line in enumerate(lines) if line.raw in _FEED_ITEM_OPENERS), None)
    if opener is None:
        return
    for index in range(opener + 1, len(lines)):
        element = _FEED_ELEMENT.match(lines[index].raw)
        if element is None:
            break
        tagged.tags[index] = CRAWLER_HEADER.name
        name, value = element["name"].casefold(), html.unescape(markdown.to_plain(element["value"])).strip()
        if name == _FEED_TITLE and tagged.title is None:
            tagged.title = value or None
        elif name == _FEED_LINK and (address := _BARE_URL.match(value)):
            tagged.url = tagged.url or address["url"]
        elif name in _FEED_WRITERS and (names := _writers(value)):
            tagged.authors = list(dict.fromkeys([*tagged.authors, *names]))
        elif name in _FEED_DAYS and tagged.crawler_day is None and (published := tagged.reads_dateline(value)):
            tagged.crawler_day = published.date


# trafilatura's XML output ("<doc sitename="…" title="…" author="…" date="2026-11-30" url="…" …>" over "<main>", the
# text's "<p>" lines, "</main>" and the readers' "<comments>"): the tool's metadata as its root element's attributes
_XML_DOC = re.compile(r"^<doc\s(?P<attributes>[^<>]*)>$")
_XML_ATTRIBUTE = re.compile(r'(?P<name>[\w-]+)="(?P<value>[^"]*)"')
_XML_COMMENTS = "<comments>"


_ZIM_HEADER = "Content-Type: text/x-zim-wiki"  # the first line of a Zim desktop wiki's page file
_ZIM_FIELD = re.compile(r"^[A-Z][A-Za-z-]+: \S")  # its header's fields: "Wiki-Format: zim 0.6", "Creation-Date: …"
_ZIM_PAGE_NAME = re.compile(r"^={2,} .+ ={2,}$")  # Zim's heading ("====== Mitfahrbänke ======")
# "Created Sunday 06 December 2026": a label, then a day ending in its year
_ZIM_CREATED = re.compile(r"^\S+ .*\b\d{4}$")
_ZIM_LINK = re.compile(r"^\[\[(?P<url>https?://[^\]|\s]+)\]\]$")  # a bare link alone on its line


def _tag_zim_page(tagged: Tagged) -> None:
    """A page clipped into a Zim desktop wiki, its file saved as text: the file's header ("Content-Type:
    text/x-zim-wiki", "Wiki-Format:", "Creation-Date:"), the note's name as its first heading and the line Zim writes
    under it in its user's language, its day ending in the year ("Created Sunday 06 December 2026", "Erstellt …";
    read whatever the page's language): the wiki's, not the page's (`CRAWLER_HEADER`), that day the clip's; a bare
    link alone on the line under them is the page's address."""
    lines, tags = tagged.lines, tagged.tags
    if not lines or lines[0].raw != _ZIM_HEADER:
        return
    index = 0
    while index < len(lines) and (index == 0 or _ZIM_FIELD.match(lines[index].raw)):
        tags[index] = CRAWLER_HEADER.name
        index += 1
    if index + 1 < len(lines) and _ZIM_PAGE_NAME.match(lines[index].raw) and _ZIM_CREATED.search(lines[index + 1].raw):
        tags[index + 1] = CRAWLER_HEADER.name
        index += 2
    if index < len(lines) and (link := _ZIM_LINK.match(lines[index].raw)):
        tags[index] = SOURCE_URL.name
        tagged.url = tagged.url or link["url"]


def _tag_xml_doc(tagged: Tagged) -> None:
    """trafilatura's XML: its root element's line is the tool's (`CRAWLER_HEADER`) and gives the title (without
    the site's name), the address, the writer (a person's, not an organisation's) and the day; its comments
    element and what follows are the readers' (`COMMENTS_TAIL`)."""
    lines = tagged.lines
    if not lines or not lines[0].raw.startswith("<doc") or (doc := _XML_DOC.match(lines[0].raw)) is None:
        return
    tagged.tags[0] = CRAWLER_HEADER.name
    fields = {found["name"]: html.unescape(found["value"]).strip() for found in _XML_ATTRIBUTE.finditer(doc[1])}
    if fields.get("title") and tagged.title is None:
        tagged.title = _without_site_name(fields["title"], fields.get("sitename"))
    if address := _BARE_URL.match(fields.get("url", "")):
        tagged.url = tagged.url or address["url"]
    if fields.get("author") and (names := _writers(fields["author"])):
        tagged.authors = list(dict.fromkeys([*tagged.authors, *names]))
    if (stamp := _ISO_STAMP.match(fields.get("date", ""))) and tagged.crawler_day is None:
        tagged.crawler_day = dt.date.fromisoformat(stamp["day"])
    comments = next((index for index, line in enumerate(lines) if line.raw == _XML_COMMENTS), None)
    if comments is not None:
        tagged.tags[comments:] = [COMMENTS_TAIL.name] * (len(lines) - comments)


# SingleFile's stamp atop a page it saved, kept in its text ("Page saved with SingleFile / url: https://… / saved
# date: Sun Dec 06 2026 11:02:37 GMT+0100 (…)"): the date is JavaScript's, in English whatever the browser's language
_SAVED_WITH = "page saved with singlefile"
_SAVED_DATE = re.compile(
    r"^saved date:\s*[a-z]{3}\s+(?P<month>[a-z]{3})\s+(?P<day>\d{1,2})\s+(?P<year>\d{4})\s+(?P<time>\d{2}:\d{2}:\d{2})"
    r"\s+gmt(?P<zone>[+-]\d{4})",
    re.IGNORECASE,
)
SAVED_STAMP_MAX_LINES = 3  # the stamp's lines under its first: the address, the date


def _tag_saved_page(tagged: Tagged) -> None:
    """A page SingleFile saved, turned to text with its stamp atop: the stamp's lines are the tool's
    (`CRAWLER_HEADER`; its `url:` line is read as the page's address), and the time it was saved, when the input
    gives no fetch time, is the page's: a relative dateline ("hace 3 días") counts back from it, and the save
    no longer dates the page."""
    lines = tagged.lines
    if not lines or lines[0].plain.casefold() != _SAVED_WITH:
        return
    tagged.tags[0] = CRAWLER_HEADER.name
    for index in range(1, min(len(lines), SAVED_STAMP_MAX_LINES + 1)):
        if stamp := _SAVED_DATE.match(lines[index].plain):
            tagged.tags[index] = CRAWLER_HEADER.name
            with contextlib.suppress(ValueError):
                saved = dt.datetime.strptime(
                    f"{stamp['day']} {stamp['month']} {stamp['year']} {stamp['time']} {stamp['zone']}",
                    "%d %b %Y %H:%M:%S %z",
                )
                tagged.fetched_at = tagged.fetched_at or saved


FETCH_STAMP_MAX_LINES = 4  # a scraper's "Title" / "URL" / "Fetched: …" lines atop its dump
# A scraper's stamp of when it fetched the page ("Fetched: 2026-12-06T09:30:00Z", "Abgerufen am 2026-12-06 09:30"):
# its label, then a machine's timestamp with its time of day
_FETCH_STAMP = re.compile(
    rf"^(?:{alternation(words_of('fetch_labels'))})\s*:?\s*(?P<stamp>\d{{4}}-\d{{2}}-\d{{2}}[T ]\d{{2}}:\d{{2}}"
    r"(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)$",
    re.IGNORECASE,
)


def _tag_fetch_stamp(tagged: Tagged) -> None:
    """A scraper's stamp atop its dump of when it fetched the page (under its "Title" and "URL" lines): the tool's
    line (`CRAWLER_HEADER`), and, when the input gives no fetch time, the time a relative dateline ("5 hours ago")
    counts back from; the fetch never dates the page itself."""
    for index, line in enumerate(tagged.lines[:FETCH_STAMP_MAX_LINES]):
        if line.words <= 5 and (stamp := _FETCH_STAMP.match(line.plain.strip())):
            tagged.tags[index] = CRAWLER_HEADER.name
            tagged.fetched_at = tagged.fetched_at or _fetch_time(stamp["stamp"])
            return


TITLE_BAR_HEADLINE_SPAN = 20  # lines under a dump's title bar its headline stands within
# Between a `<title>`'s headline and its site's name ("Headline | Site", "Headline - Site", "Headline – Site")
# (`\s\s*`, not `\s+`: a pattern opening with a character class is searched for only where that class stands)
_TITLE_BAR_SEPARATOR = re.compile(r"\s\s*(?:[|\-–—·]|::)\s+")


def _tag_title_bar(tagged: Tagged) -> None:
    """A text browser's title line atop its dump (lynx's "Headline | Site (p1 of 2)"): the page's `<title>`,
    the headline a line below says on its own, then a separator and the site's name. The browser's line,
    not the page's (`CRAWLER_HEADER`): it is neither the article's first prose nor makes the headline a
    repeat of it."""
    first = next((index for index, tag in enumerate(tagged.tags) if tag == BODY), None)
    bar = " ".join(tagged.lines[first].plain.split()).casefold() if first is not None else ""
    if first is None or not _TITLE_BAR_SEPARATOR.search(bar):
        return
    for line in tagged.lines[first + 1 : first + 1 + TITLE_BAR_HEADLINE_SPAN]:
        headline = " ".join(line.plain.split()).casefold()
        if line.words >= TITLE_MIN_WORDS and bar.startswith(headline):
            if _TITLE_BAR_SEPARATOR.match(bar, len(headline)):
                tagged.tags[first] = CRAWLER_HEADER.name
            return


def _tag_repeated(tagged: Tagged) -> None:
    for index in tagged.site_repeats:
        if tagged.tags[index] == BODY:  # the header's lines stay its own
            tagged.tags[index] = REPEATED_ON_DOMAIN.name


def _site_repeats(tagged: Tagged) -> frozenset[int]:
    """The body lines the page's site repeats on many of its pages (`repeated_on_domain`)."""
    domain = domain_of(tagged.url)
    repeated = tagged.sites.repeated.get(domain) if domain else None
    if not repeated:
        return frozenset()
    return frozenset(
        index
        for index, line in enumerate(tagged.lines)
        if tagged.tags[index] == BODY and line_key(line.raw) in repeated
    )


# reStructuredText's markup lines (pandoc's `-t rst`): a directive (".. container:: byline", ".. |logo| image:: /x.svg")
# and a substitution's reference alone on its line ("|logo|")
_RST_MARKUP = re.compile(r"^(?:\.\. (?:\|[^|]+\| )?[a-z][\w-]*::(?:\s.*)?|\|[^|\s][^|]*\|)$", re.IGNORECASE)
# org's and AsciiDoc's markup lines (pandoc's `-t org` and `-t asciidoc`): a block's delimiter ("#+begin_meta",
# "#+end_meta"), a property drawer's line (":PROPERTIES:", ":CUSTOM_ID: top", ":END:") and a block's role ("[.byline]")
_ORG_MARKUP = re.compile(r"^(?:#\+(?:begin|end)_\w+.*|:[A-Z][A-Z_]*:(?:\s.*)?|\[\.[\w-]+\])$")


def _is_markup_line(raw: str) -> bool:
    """reStructuredText's, org's or AsciiDoc's markup alone on its line, told by its first characters first."""
    return (raw.startswith((".. ", "|")) and _RST_MARKUP.match(raw) is not None) or (
        raw.startswith(("#+", ":", "[.")) and _ORG_MARKUP.match(raw) is not None
    )


def _tag_syntax_only(tagged: Tagged) -> None:
    for index, line in enumerate(tagged.lines):
        if tagged.tags[index] != BODY:
            continue
        if _is_markup_line(line.raw):
            tagged.tags[index] = MARKDOWN_SYNTAX.name
        elif markdown.is_image_only(line.raw):
            tagged.tags[index] = MARKDOWN_IMAGE.name
        elif markdown.is_link_only(line.raw):
            tagged.tags[index] = LINK_ONLY.name
        elif not any(map(str.isalnum, line.plain)):  # "---", "***": a separator's plain text holds none either
            tagged.tags[index] = MARKDOWN_SYNTAX.name


def _tag_outside_main_region(tagged: Tagged) -> None:
    found = _trim_to_main_region(tagged)
    if found is None:
        return
    inside, opening = found
    _tag_menu_runs(tagged, inside)
    if _tag_repeated_in_page(tagged):
        # what stood between the two copies may now lie outside the article; the opening kept stays
        inside = (_trim_to_main_region(tagged, opening) or ([], opening))[0]
    _tag_bylines_atop_run(tagged, inside or [])
    _tag_byline_under_run(tagged, inside or [])
    _tag_bio_tail(tagged, inside or [])


def _tag_bylines_atop_run(tagged: Tagged, inside: list[int]) -> None:
    """A "By"-line among the run's first lines ("By Laura Mowat" under a caption or a deck the run
    starts with) is the header's, though it stands below the article's start: it goes as a byline, as
    does a credit line there that named the page's authors ("Felix Brandstätter, Ressortleiter Praxis |
    11. November 2026 …", long enough to be taken for the article's start). The page's authors stay as
    the header read them."""
    for index in _article_opening(tagged, inside[0]) if inside else ():
        if (
            _by_line_persons(tagged, index)
            or _credits_authors(tagged, index)
            or _name_under_deck(tagged, inside[0], index)
        ):
            tagged.tags[index] = BYLINE.name


def _credits_authors(tagged: Tagged, index: int) -> bool:
    """Whether the line is a credit line whose people are all the page's authors (read only where the
    line writes one of them)."""
    plain = tagged.lines[index].plain
    if not any(name in plain for name in tagged.authors):
        return False
    names = _credit_persons(tagged, index)
    return bool(names) and set(names) <= set(tagged.authors)


def _tag_byline_under_run(tagged: Tagged, inside: list[int]) -> None:
    """With no byline in the header, a "By"-line within BYLINE_TAIL_SPAN lines of the run's last line
    signs the article below it (a blog's or a shop's guide: "Text: Ute Wegmann", "Autorka: …", "By Jane
    Doe, Science Correspondent"): its people are the page's authors; a dateline on it or right beside
    it dates the page, when the header gave no date."""
    if tagged.authors or not inside:
        return
    end = inside[-1]
    for index in range(max(0, end - BYLINE_TAIL_SPAN), min(len(tagged.lines), end + BYLINE_TAIL_SPAN + 1)):
        if tagged.tags[index] in (BODY, OUTSIDE_ARTICLE.name) and (
            names := _persons(tagged, tagged.by_line(tagged.lines[index]) or [], by_word=True)
        ):
            tagged.authors, tagged.tags[index] = names, BYLINE.name
            if tagged.published is None:
                tagged.published = _dateline_beside(tagged, index)
            return
    tagged.authors = _signature_under_run(tagged, end)


def _signature_under_run(tagged: Tagged, end: int) -> list[str]:
    """With no byline anywhere, the people a letter's or a notice's signature within BYLINE_TAIL_SPAN lines of the
    run's last line names (`signature_names`: "Il vostro parroco, don Ernesto Valsecchi", "Mit freundlichen
    Grüßen" over "Jonas Wendlinger", "ks. Marian Gąsiorek, proboszcz"), a book's details line under an excerpt
    (`book_author_names`: "Vera Landolt, Die Salzfrau. Roman. 384 Seiten", also when it went with the shop's
    prompt beside it), or an author's box's name over its bio (`_boxed_name`). The line stays as it was: the
    article's closing words, as the gold of such pages keeps them, or the shop's."""
    for index in range(max(0, end - BYLINE_TAIL_SPAN), min(len(tagged.lines), end + BYLINE_TAIL_SPAN + 1)):
        tag = tagged.tags[index]
        if tag not in (BODY, OUTSIDE_ARTICLE.name, SHOP_TEASER.name):
            continue
        plain = tagged.lines[index].plain
        below = index + 1 < len(tagged.lines) and tagged.tags[index + 1] in (BODY, OUTSIDE_ARTICLE.name)
        signature = (
            signature_names(plain, tagged.lines[index + 1].plain if below else "") if tag != SHOP_TEASER.name else []
        )
        boxed = _boxed_name(plain, tagged.lines[index + 1]) if below else []
        if boxed and any(boxed[0] in line.plain for line in tagged.lines[:index]):
            boxed = []  # a name the page wrote above is an interviewee's or an expert's, whose boxes close it
        signed = signature or book_author_names(plain) or boxed
        if names := _persons(tagged, signed, by_word=True):
            return names
    return []


def _boxed_name(plain: str, under: Line) -> list[str]:
    """The name of an author's box under the article: a line that is only a name, over a bio that opens with it
    ("Frieda Lorenz" over "Frieda Lorenz ist Redakteurin im Ressort Wissen …"). The name is the page's own, so no
    language's words are needed; a line only of names is looked at once the next opens with it."""
    name = plain.strip()
    if under.words <= len(name.split()) or not _opens_with(under.plain, name) or not looks_like_name(name):
        return []
    return [name]


def _dateline_beside(tagged: Tagged, index: int) -> Published | None:
    """The date of a byline's own line, or of a dateline right above or below it, that is no update's
    ("Last updated March 3, 2025 by Erik Demaine" dates no publication)."""
    if dated := _byline_date(tagged, index):
        return dated[0][1] if dated[0][2] != "updated" else None
    for beside in (index + 1, index - 1):
        if not 0 <= beside < len(tagged.lines):
            continue
        line = tagged.lines[beside]
        if (
            tagged.tags[beside] in (BODY, OUTSIDE_ARTICLE.name)
            and dateline_kind(line.plain) != "updated"
            and (published := tagged.dateline(line))
        ):
            tagged.tags[beside] = DATELINE.name
            return published
    return None


def _tag_bio_tail(tagged: Tagged, inside: list[int]) -> None:
    """A prose line among the run's last (at most BIO_TAIL_PROSE prose lines follow it) that opens with
    the full name the byline gave ("Perry Bacon Jr. is a senior writer for …", "Reiner Nagel ist
    Architekt …"), or with its first name alone and a verb ("Megan is a communicator …"), is the
    author's bio, with no box heading over it: the run ends above it. The name is
    the page's own, so no language's words are needed; a name of one word may open any sentence, and
    the run's first prose line is the article's own (a company misread as the author opens its news).
    A name the article's prose above those last lines wrote is its subject's (an interview, a firm's
    page about itself), no bio's (a name-only line, a "Written by" or a book's credit over the bio is
    the box's). A line that is only the name, over a prose line, opens the box too ("Chiara Lombardi" over
    "Coltivo pomodori …"); so does the bio in a table's one cell ("| Teresa Valadares é professora … |"), and a
    sentence of a few words opening with the full name ("Agnieszka Wielgosz-Turek jest powiatową rzeczniczką
    konsumentów."), too short to score as prose. So does a line introducing its writer as a blogger's box does,
    with no byline ("Ich bin Steffi, bekennende Tiernärrin …", "I'm Amy and I'm so glad you've stopped by!";
    `self_introductions`, per language)."""
    names = [name for name in tagged.authors if len(name.split()) > 1]
    prose = [index for index in inside if tagged.lines[index].prose > 0]
    if not prose:
        return
    article = prose[: max(1, len(prose) - BIO_TAIL_PROSE - 1)]  # an article may open with its subject's name
    last = [  # and a bio of a few words, too short to score as prose, opening with the full name
        index
        for index in inside
        if index > article[-1] and (index in prose or _named_sentence(tagged.lines[index].plain, names))
    ]
    for index in last:
        plain = tagged.lines[index].plain.strip("| ")  # a bio boxed in a table's one cell ("| Jane Doe is … |")
        at = inside.index(index)
        name_line = tagged.lines[inside[at - 1]].plain.strip() if at else None  # a box's name over a bio
        boxed = [name for name in names if name == name_line]
        linked = _linked_name_over(tagged, index)
        opening = (
            boxed
            or linked
            or [name for name in names if _opens_with(plain, name)]
            or [first for name in names if _opens_with_first_name(plain, first := name.split()[0])]
        )
        if (
            opening
            and not any(name in tagged.lines[line].plain for name in opening for line in article)
            and not book_author_names(plain)  # the book's record under a review, which names its writer
        ) or _introduces_its_writer(plain):
            for below in inside[at - 1 if boxed else at :]:
                if tagged.tags[below] == BODY:
                    tagged.tags[below] = AUTHOR_BIO.name
            return


def _linked_name_over(tagged: Tagged, index: int) -> list[str]:
    """The name a box links to its author's page on the line right over a bio ("[Julia Esdar](/author/julia-esdar/)"
    over "Studiert im Master …"): the page's own mark of the box, so no byline need have named them."""
    above = tagged.lines[index - 1] if index else None
    if above is None or tagged.tags[index - 1] != LINK_ONLY.name:
        return []
    return author_link_names(above.raw)


def _introduces_its_writer(plain: str) -> bool:
    """Whether the line opens as a blogger's box introduces its writer: the words for "I'm" and a name
    opening with a capital, then a comma, a dash or "and" ("Ich bin Steffi, bekennende Tiernärrin …",
    "I'm Amy and I'm so glad you've stopped by!"); no byline need have named them."""
    found = _SELF_INTRODUCTION.match(plain)
    return found is not None and found["name"][0].isupper()


def _named_sentence(plain: str, names: list[str]) -> bool:
    """Whether a line too short to score as prose is one sentence opening with a byline's full name ("Agnieszka
    Wielgosz-Turek jest powiatową rzeczniczką konsumentów."): a bio of a few words, not the name alone."""
    return plain.endswith(".") and any(_opens_with(plain, name) and len(plain) > len(name) + 2 for name in names)


def _opens_with(plain: str, name: str) -> bool:
    """Whether the line's first words are the name ("Alice Wu fell …", not "Alice Wuhan …")."""
    return plain.startswith(name) and not plain[len(name) : len(name) + 1].isalnum()


def _opens_with_first_name(plain: str, first: str) -> bool:
    """Whether the line opens with the byline's first name alone, a verb after it ("Megan is a
    communicator …", "Lisa has over 20 years …"; not "Lisa Simpson said …", another Lisa)."""
    return plain.startswith(first + " ") and plain[len(first) + 1 : len(first) + 2].islower()


def _main_region(tagged: Tagged, header_read: bool = True) -> tuple[list[int], int, int, range] | None:
    """The body lines' indexes, the positions among them of the main run of prose's first and
    last line, and those of the article's opening kept beside it (`_opening_run`; empty if none). A
    newsletter prompt, a cookie banner, a copyright or contact line, though a
    line rule took it, still scores as a short line against a run across it, and a short run is never
    widened past it: the article ends where the site's chrome begins, and the teasers under it read like
    prose. So does
    a related-links heading over a headline (`_heads_headlines`). Two or more bare date lines below
    the article's start are teasers' stamps (`_is_teaser_stamp`) and cost what the site's footer does,
    once the header is read (`header_read`: before, the start is unknown and the header's own dateline
    would count). A best run of name lists is passed over only then too: the header is read around the
    best run as before (a page whose article its dump lacks keeps the title over its country selector).
    Before the header is read, the lines the site repeats on its pages are passed over as they are
    after (`Tagged.site_repeats`): a ranking's boxes ("Pros", "Best Prices Today:", "Retailer", "View Deal")
    cost nothing then, so the run spans the list and the article starts above its first entry."""
    passed = frozenset() if header_read else tagged.site_repeats
    scored = [
        i
        for i, tag in enumerate(tagged.tags)
        if ((tag == BODY or tag in SCORED_AS_BODY) and i not in passed)
        or _opens_chrome_block(tagged.tags, i)
        or _heads_headlines(tagged, i)
    ]
    chrome = [tagged.tags[i] != BODY and tagged.tags[i] not in SCORED_AS_BODY for i in scored]
    scores = [_region_score(tagged, i) for i in scored]
    start = tagged.article_start if header_read else len(tagged.lines)
    stamps = [
        at for at, index in enumerate(scored) if index > start and scores[at] < 0 and _is_teaser_stamp(tagged, index)
    ]
    if len(stamps) >= TEASER_STAMPS_MIN:
        for at in stamps:
            scores[at] = -CHROME_LINE_PENALTY
    plains = [tagged.lines[i].plain for i in scored]
    region = article_region(scores, chrome, plains, name_lists=header_read, consent=tagged.names_consent)
    if region is None:
        return None
    region = (region[0], _above_teaser_headlines(tagged, scored, scores, region))
    if header_read:
        region = (region[0], _above_teaser_list(tagged, scored, region))
    standing = [index for index in scored if tagged.tags[index] == BODY]  # the run starts and ends on prose
    # (a taken tag line scored as prose may end it: the body line above it does)
    opening = _opening_run(tagged, scored, scores, chrome, region) if header_read else None
    return (
        standing,
        bisect.bisect_left(standing, scored[region[0]]),
        bisect.bisect_right(standing, scored[region[1]]) - 1,
        range(0)
        if opening is None
        else range(bisect.bisect_left(standing, scored[opening[0]]), bisect.bisect_right(standing, scored[opening[1]])),
    )


_HEADER_TAGS = (TITLE.name, BYLINE.name, DATELINE.name)


def _opening_run(
    tagged: Tagged, scored: list[int], scores: list[int], chrome: list[bool], region: tuple[int, int]
) -> tuple[int, int] | None:
    """The run of prose right under the page's headline (the line spelling the URL's slug), when the
    main run, `region`'s scored positions, starts further down: a ranking's intro over its
    entries, an article over the readers' comments or the product text that outweigh it. It starts
    within OPENING_MAX_LINES scored lines under the headline, is worth OPENING_MIN_WORDS or more and
    names no consent word (a cookie banner under the page's `<title>`). Over a main run worth less than
    SHORT_RUN_WORDS (a paywall's lede of a paragraph or two, the site's teasers under it) it needs only
    OPENING_SHORT_MIN_WORDS, and starts under the header's last headline, byline or dateline
    (`_header_bottom`): a deck, which some golds leave out, is not kept (nor one over a whole article),
    nor a teaser list's copy of the headline over the header."""
    first = region[0]
    needed = OPENING_MIN_WORDS if sum(scores[first : region[1] + 1]) >= SHORT_RUN_WORDS else OPENING_SHORT_MIN_WORDS
    if first <= OPENING_MAX_LINES or sum(score for score in scores[:first] if score > 0) < needed:
        return None  # (no run above can be worth enough: the headline's scan is spared)
    headline = _title_spelled_by_url(tagged, scored[first])
    if headline is None:
        return None
    under = headline
    if needed < OPENING_MIN_WORDS:  # over a short run, a lede under the header: over its byline stands a deck
        under = _header_bottom(tagged, headline, scored[first])
    top = bisect.bisect_right(scored, under)  # the first scored line under it
    if first - top < OPENING_MAX_LINES:
        return None  # the main run starts right under the headline: it is the opening
    found = main_region(scores[top:first], chrome[top:first])
    if found is None:
        return None
    run = (top + found[0], top + found[1])
    prose = [at for at in range(run[0], run[1] + 1) if scores[at] > 0]
    if (
        prose[0] - top >= OPENING_MAX_LINES
        or sum(scores[run[0] : run[1] + 1]) < needed
        or any(tagged.names_consent(tagged.lines[scored[at]].plain) for at in prose)
    ):
        return None
    return run


def _header_bottom(tagged: Tagged, headline: int, end: int) -> int:
    """The header's last headline, byline or dateline line under the `headline`, above `end`: a byline or
    dateline under more prose than a deck's (DECK_MAX_WORDS) since the headline or the title's line is a
    teaser's stamp under the article ("Photos // 9 novembre 2021"), not the header's."""
    bottom, prose = headline, 0
    for index in range(headline + 1, end):
        if tagged.tags[index] == TITLE.name:
            bottom, prose = index, 0
        elif tagged.tags[index] in _HEADER_TAGS:
            bottom = index if prose <= DECK_MAX_WORDS else bottom
        elif tagged.lines[index].prose > 0:
            prose += tagged.lines[index].prose
    return bottom


def _above_teaser_headlines(tagged: Tagged, scored: list[int], scores: list[int], region: tuple[int, int]) -> int:
    """The run's last position, above the teasers' headlines it ends with: when every prose line
    after some prose line of the run reads like a teaser's headline, a list of them
    (`_holds_headline_list`) among them, the run ends on that line: the site's other stories. Such
    lists inside the article, with its prose after them, stay. Only that tail is read (a list is of
    adjacent lines, so none crosses its first line, which reads like no headline)."""
    end = region[1]
    while end > region[0] and (scores[end] <= 0 or _reads_like_teaser_headline(tagged, scored[end])):
        end -= 1
    if end == region[0] or not _holds_headline_list(tagged, scored[end + 1 : region[1] + 1]):
        return region[1]  # no such list, or nothing but it (a page that is a list)
    return end


def _above_teaser_list(tagged: Tagged, scored: list[int], region: tuple[int, int]) -> int:
    """The run's last position, above a related-links heading under its start ("Verwandte Themen",
    "Most read") when the run's lines under it are teasers only (`_teasers_under`): their blurbs read
    like prose and joined the article."""
    last = scored[region[1]]
    for heading in range(max(scored[region[0]], tagged.article_start) + 1, last):
        if (
            tagged.tags[heading] == RELATED_LINKS.name
            and tagged.tags[heading - 1] != RELATED_LINKS.name
            and ":" not in tagged.lines[heading].plain.rstrip(": ")  # "Read more: <headline>" is one link
            and _teasers_under(tagged, heading, last)
        ):
            above = bisect.bisect_left(scored, heading) - 1
            return above if above >= region[0] and tagged.lines[scored[above]].prose > 0 else region[1]
    return region[1]


def _teasers_under(tagged: Tagged, heading: int, last: int) -> bool:
    """Whether the lines from under `heading` down to `last` are teasers: headlines and their short
    lines (stamps, kickers), each prose line a blurb right under its headline (`_heads_blurb`), at most
    TEASER_BLURB_MAX_WORDS long, TEASER_BLURBS_MIN of them or more (an article's paragraphs follow each
    other, or run longer)."""
    blurbs = 0
    for index in range(heading + 1, last + 1):
        line = tagged.lines[index]
        if line.prose <= 0 or reads_like_listed_headline(line):
            continue
        if line.words > TEASER_BLURB_MAX_WORDS or not _heads_blurb(tagged, index - 1):
            return False
        blurbs += 1
    return blurbs >= TEASER_BLURBS_MIN


def _heads_blurb(tagged: Tagged, index: int) -> bool:
    """A teaser's headline over its blurb: a body line (no rule's: a prompt or an ad inside an article
    stands over its next paragraph) of a few words that reads like a listed headline or is no prose
    ("Matchday in Lübeck: Kiel visits!")."""
    line = tagged.lines[index]
    return (
        tagged.tags[index] == BODY
        and 2 <= line.words <= RELATED_HEADLINE_MAX_WORDS
        and (line.prose <= 0 or reads_like_listed_headline(line))
    )


def _holds_headline_list(tagged: Tagged, scored: list[int]) -> bool:
    """Whether these lines hold a run of HEADLINE_RUN_MIN or more adjacent lines that each read like
    a teaser's headline (`_reads_like_teaser_headline`): a list of the site's other stories, whose
    headlines read like prose and joined the article. A list under a lead-in ("The game has:", "If
    you are …") is the article's own."""
    run: list[int] = []
    for index in [*scored, len(tagged.lines)]:
        headline = index < len(tagged.lines) and _reads_like_teaser_headline(tagged, index)
        if headline and run and run[-1] == index - 1:
            run.append(index)
            continue
        if len(run) >= HEADLINE_RUN_MIN and not _under_lead_in(tagged, run[0]):
            return True
        run = [index] if headline else []
    return False


def _under_lead_in(tagged: Tagged, index: int) -> bool:
    """Whether the nearest line above that ends a sentence, past a list's shorter entries (at most
    RELATED_LIST_MAX_LINES), ends as a lead-in does (':', '…')."""
    for above in range(index - 1, max(-1, index - 1 - RELATED_LIST_MAX_LINES), -1):
        if _SENTENCE_END.search(tagged.lines[above].plain):
            return _LEAD_IN_END.search(tagged.lines[above].plain) is not None
    return False


def _reads_like_teaser_headline(tagged: Tagged, index: int) -> bool:
    """A body line that reads like a listed headline, on one line of the dump, not a question
    (a lede's opening ones), not continuing a line above nor continued below (a hard-wrapped
    paragraph's lines)."""
    line = tagged.lines[index]
    return (
        line.words >= PROSE_MIN_WORDS // 2
        and tagged.tags[index] == BODY
        and "\n" not in line.raw
        and reads_like_listed_headline(line)
        and not line.plain.endswith("?")
        and not line.plain[:1].islower()
        and (index + 1 == len(tagged.lines) or not tagged.lines[index + 1].plain[:1].islower())
    )


def _region_score(tagged: Tagged, index: int) -> int:
    """A scored line's weight in the main-region search: a body line's prose score; a cookie banner,
    a copyright or contact line costs twice a short line's penalty, as an article rarely runs on past
    the site's footer; a newsletter prompt (which may stand inside an article) and a related-links
    heading cost a short line's; a tag line weighs what it did untaken (`SCORED_AS_BODY`)."""
    if tagged.tags[index] == BODY or tagged.tags[index] in SCORED_AS_BODY:
        return tagged.lines[index].prose
    return -CHROME_LINE_PENALTY if tagged.tags[index] in FOOTER_RULES else -SHORT_LINE_PENALTY


def _is_teaser_stamp(tagged: Tagged, index: int) -> bool:
    """A body line below the article's start that is a bare date ("Tuesday November 19, 2019"): with
    another such line, the stamps of a list of teasers (headline, name, date, blurb), whose blurbs read
    like prose and joined the article. An agenda's entries ("* March 16, 2026") are list items and
    count for nothing here; the header's dateline stands above the start."""
    line = tagged.lines[index]
    return (
        line.words <= TEASER_STAMP_MAX_WORDS
        and has_digit(line.plain)
        and tagged.tags[index] == BODY
        and index > tagged.article_start
        and line.prose < 0
        and not markdown.is_list_item(line.raw)
        and "@" not in line.plain  # an embedded post's signature ("— Jane Doe (@jane) May 2, 2024")
        and is_bare_date(line.plain)
    )


def _opens_chrome_block(tags: list[str], index: int) -> bool:
    """The first line of a block a bounding rule took (a prompt's heading, blurb and button count once)."""
    return tags[index] in BOUNDING_RULES and (index == 0 or tags[index - 1] != tags[index])


def _heads_headlines(tagged: Tagged, index: int) -> bool:
    """A related-links line (the first of its block) right above a line that reads like a listed
    headline: "Most Popular" or "Read Next" over the site's teasers, whose headlines and blurbs read
    like prose. It scores as a short line and a short run is not widened past it, as with the site's
    chrome; it may stand inside an article ("Don't miss" over one headline), which goes on past it
    when its prose outweighs it."""
    return (
        tagged.tags[index] == RELATED_LINKS.name
        and (index == 0 or tagged.tags[index - 1] != RELATED_LINKS.name)
        and index + 1 < len(tagged.lines)
        and reads_like_listed_headline(tagged.lines[index + 1])
    )


def _trim_to_main_region(
    tagged: Tagged, opening: frozenset[int] = frozenset()
) -> tuple[list[int], frozenset[int]] | None:
    """Tag the body lines outside the main run of prose and the article's opening kept beside it
    (`_opening_run`, or the `opening` an earlier search kept); returns the indexes inside, and the
    opening's."""
    found = _main_region(tagged)
    if found is None:
        return None
    standing, first_at, last_at, above = found
    start = _up_over_ingredients(tagged, standing, _up_over_lede(tagged, standing, first_at))
    faq = _faq_start(tagged, standing, start)
    first, last = standing[start if faq is None else faq], standing[last_at]
    last, button = _closing_answer(tagged, last) or (_closing_sentence(tagged, last), None)
    if tagged.article_start <= last:  # what is left of the header above the article is chrome
        first = max(first, _header_bound(tagged, first))
    kept = frozenset(index for index in [*opening, *(standing[at] for at in above)] if index < first)
    for index in standing:
        if (index < first or index > last or index == button) and index not in kept:
            tagged.tags[index] = OUTSIDE_ARTICLE.name
    return [index for index in standing if (first <= index <= last or index in kept) and index != button], kept


def _header_bound(tagged: Tagged, first: int) -> int:
    """Where the article may start: at its start (`article_start`), or under the page headline's byline or
    dateline when the headline stands far above that start, the run reaches up over it and the byline or
    dateline follows within a deck's words (DECK_MAX_WORDS): the header was read around a run further down
    (a sign-up form's blurbs outweighing a short article), and the lede under the header is the article's,
    from its first prose line (a caption's credit over it is the header's). A deck over the byline is not,
    nor prose under a headline without one (a deck, a newsletter prompt)."""
    title_at = next((index for index, tag in tagged.header_above_start.items() if tag == TITLE.name), None)
    if title_at is None or first > title_at:
        return tagged.article_start
    prose = 0
    for index in range(title_at + 1, tagged.article_start):
        if tagged.tags[index] in (BYLINE.name, DATELINE.name):
            return next(
                (at for at in range(index + 1, tagged.article_start) if tagged.lines[at].prose > 0),
                tagged.article_start,
            )
        prose += max(0, tagged.lines[index].prose)
        if prose > DECK_MAX_WORDS:
            break
    return tagged.article_start


FAQ_BUTTON_MAX_WORDS = 5  # a button's words over an FAQ's last question ("Записатися на прийом онлайн")


def _closing_answer(tagged: Tagged, last: int) -> tuple[int, int] | None:
    """An FAQ's last question and its answer right under the run, past a button line (a short line with
    no sentence stop, "Book an appointment online"; a question right under an FAQ's run without one is a
    call to act, "Need professional help with your project?"), when the run holds questions enough to be an
    FAQ with it (FAQ_QUESTIONS_MIN): the answer's lines, each a sentence (at most FAQ_ANSWER_MAX_LINES),
    scored too little to outweigh the button. The answer's last line, and the button's (which stays out)."""
    button, index = last + 1, last + 2
    if not (
        index < len(tagged.lines)
        and tagged.tags[button] == tagged.tags[index] == BODY
        and _is_button_line(tagged.lines[button])
        and _asks(tagged.lines[index])
    ):
        return None
    answer = list(
        itertools.takewhile(
            lambda at: (
                tagged.tags[at] == BODY
                and _ends_like(_SENTENCE_STOP, tagged.lines[at].plain)
                and not _asks(tagged.lines[at])
            ),
            range(index + 1, min(len(tagged.lines), index + 1 + FAQ_ANSWER_MAX_LINES)),
        )
    )
    asked = sum(
        1 for at in range(tagged.article_start, last + 1) if tagged.tags[at] == BODY and _asks(tagged.lines[at])
    )
    return (answer[-1], button) if answer and asked + 1 >= FAQ_QUESTIONS_MIN else None


def _is_button_line(line: Line) -> bool:
    """A line of a few words with no sentence stop nor question: a button's label left in the dump."""
    return (
        1 <= line.words <= FAQ_BUTTON_MAX_WORDS and not _ends_like(_SENTENCE_STOP, line.plain) and "?" not in line.plain
    )


CLOSING_SKIPS = 2  # ad markers, shop teasers, picture credits or newsletter prompts a closing sentence may stand under
CLOSING_FACTS_MIN = 2  # fact lines ("Attendance: 4,212.") that make the lines closing a run a report's record
CLOSING_BLOCK_MAX = 6  # lines of such a record
FACT_MAX_WORDS = 16
CLOSING_LIST_MIN_ITEMS = 2  # bullets of an article's list closing it (one is a link's, a teaser's)
TURNS_MIN = 2  # dialogue turns ("— Туристов стало больше?") in the run that make it an interview
SHOW_NOTES_MIN = 3  # timestamped lines ("06:40 – Ellen explains …") under a run that make them a show's notes
NOTES_HEADING_MAX_WORDS = 4  # a heading or lead-in over them ("## Show notes", "Note dell'episodio:")
# A fact line: a label of a few words, a colon and a statement that ends with a stop ("Referee: Mia Cole.",
# "Arbitre : M. Lucas Perrin (Occitanie).", "Глядачів: 1 250.")
_FACT_LINE = re.compile(r"^[^\W\d_][\w'’-]*(?: [\w'’-]+){0,3} ?: \S.*[^.][.!]$")
# A dialogue turn: a line opening with a dash and a word, ending as a sentence does ("— А полярная ночь не давит?")
_TURN = re.compile(r"^[—–] ?[^\W\d_].*[.!?…]$")
# A speaker's turn: a label of a few words or initials, a colon, a sentence or more ("B.W.: Co ludzie robią źle?")
_SPEAKER_TURN = re.compile(r"^([^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){0,2}): \S.*[.!?…]$")
# A show's note: a time into the recording, then its topic ("06:40 – Ellen explains how …", "03:20 Il glomere")
_SHOW_NOTE = re.compile(r"^\[?(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\]?(?: ?[–—-])? (?=[^\W\d_])")
# A report's record or an interview's last turns may stand under a related-links line too ("Voir aussi : …")
_RECORD_INTERRUPTIONS = ARTICLE_INTERRUPTIONS | {RELATED_LINKS.name}


def _closing_sentence(tagged: Tagged, last: int) -> int:
    """The run's last line, moved down to a one-sentence closing paragraph right under it (past at
    most CLOSING_SKIPS ad markers, shop teasers, picture credits or newsletter prompts: an article's own
    interruptions) when the site's lines or nothing follow it: a short last sentence scores nothing, so the
    run ended above it. Under a run that closes on a report's record, CLOSING_FACTS_MIN fact lines or more
    among its last line and the one-sentence lines under it, prose or not, past related links too
    ("Attendance: 4,212.", "Referee: Mia Cole."), the run ends on the record's last fact, whatever follows (a
    paywall's line may). Under an interview's run (TURNS_MIN dialogue turns or more), the turns right under it,
    past the same interruptions, are its last ones; a show's notes right under a run are its last lines
    (`_closing_show_notes`)."""
    record = _closing_block(tagged, last, record=True)
    facts = [index for index in [last, *record] if _is_fact_line(tagged.lines[index])]
    if len(facts) >= CLOSING_FACTS_MIN:
        return facts[-1]
    if turns := _closing_turns(tagged, last):
        return turns[-1]
    if notes := _closing_show_notes(tagged, last):
        return notes[-1]
    if listed := _closing_list(tagged, last):
        return listed[-1]
    block = _closing_block(tagged, last)
    if block and _is_one_sentence(tagged.lines[block[0]]):
        following = block[0] + 1
        if not (following < len(tagged.lines) and _continues_prose(tagged, following)):
            return block[0]
    return last


def _under_interruptions(tagged: Tagged, last: int, interruptions: frozenset[str]) -> Iterator[int]:
    """The lines under the run's last line, past at most CLOSING_SKIPS interruptions."""
    skipped = 0
    for index in range(last + 1, len(tagged.lines)):
        if tagged.tags[index] in interruptions and skipped < CLOSING_SKIPS:
            skipped += 1
            continue
        yield index


def _closing_block(tagged: Tagged, last: int, record: bool = False) -> list[int]:
    """The body lines right under the run's last line (past at most CLOSING_SKIPS interruptions) that are
    each one sentence or a fact line, at most CLOSING_BLOCK_MAX of them (more is no closing: none). For a
    `record`, a sentence may read as prose (the report's last paragraph) and related links interrupt too."""
    block = []
    interruptions = _RECORD_INTERRUPTIONS if record else ARTICLE_INTERRUPTIONS
    for index in _under_interruptions(tagged, last, interruptions):
        line = tagged.lines[index]
        if tagged.tags[index] != BODY or not (_is_one_sentence(line, record) or _is_fact_line(line)):
            break
        block.append(index)
    return block if len(block) <= CLOSING_BLOCK_MAX else []


def _closing_turns(tagged: Tagged, last: int) -> list[int]:
    """The dialogue turns right under the run's last line (past at most CLOSING_SKIPS interruptions), when the
    run holds TURNS_MIN turns or more: an interview's last question and answer scored too little to join it. A
    turn opens with a dash, or with its speaker's label and a colon ("B.W.: Dziękuję za rozmowę.", "Q: …") when
    that speaker has a turn in the run: a review's "Unser Fazit: …" is no one's."""
    turns = []
    for index in _under_interruptions(tagged, last, _RECORD_INTERRUPTIONS):
        if _turn_speaker(tagged, index) is None:
            break
        turns.append(index)
    if not turns:  # most pages: the run is not read for turns
        return []
    spoken = [
        speaker
        for index in range(tagged.article_start, last + 1)
        if (speaker := _turn_speaker(tagged, index)) is not None
    ]
    if len(spoken) < TURNS_MIN:
        return []
    heard = {"", *spoken}  # a dash's turn names no speaker
    return list(itertools.takewhile(lambda index: _turn_speaker(tagged, index) in heard, turns))


def _closing_list(tagged: Tagged, last: int) -> list[int]:
    """An article's short list closing it, right under the run's last line (past at most CLOSING_SKIPS
    interruptions, related links too): a short heading over bullets that read as an article's list
    (`_reads_as_article_list`), then the one-sentence lines under them, when the site's lines or nothing
    follow: a council's other decisions under a "Lesen Sie auch: …" line, an event's practical information
    ("Dates : …", "Lieu : …", a teaser's headline's shape). The heading costs a short line and the bullets
    may read like teasers' headlines, so the run ended above them. A related link may stand over the heading,
    not a related-links heading ("Read more" over "about maternal health" and its teasers)."""
    heading = next(_under_interruptions(tagged, last, _RECORD_INTERRUPTIONS), None)
    if heading is None or not _heads_list(tagged, heading) or _heads_related_links(tagged, heading - 1):
        return []  # under "Read more", a heading's words and headlines are the site's teasers
    items = list(
        itertools.takewhile(
            lambda index: tagged.tags[index] == BODY and markdown.is_list_item(tagged.lines[index].raw),
            range(heading + 1, min(heading + 2 + ARTICLE_LIST_MAX_ITEMS, len(tagged.lines))),
        )
    )
    words = function_words(page_languages(tagged.language))
    if (
        len(items) < CLOSING_LIST_MIN_ITEMS
        or not _reads_as_article_list(tagged.lines, items, words)
        or not all(_states_or_phrases(tagged.lines[index], words) for index in items)
    ):
        return []
    listed = [heading, *items, *_closing_block(tagged, items[-1], record=True)]
    following = listed[-1] + 1
    return [] if following < len(tagged.lines) and _continues_prose(tagged, following) else listed


def _states_or_phrases(line: Line, words: frozenset[str]) -> bool:
    """A bullet that reads as prose, ends as a sentence does, states a figure (after its label, if it has one:
    "Navette toutes les 30 minutes", "Dates : 17 juillet") or reads like a phrase: a colon alone is a link
    list's "Title: subtitle" ("Women7: Zivilgesellschaftlicher Dialogprozess", "G7 Germany 2022: Informationen …")."""
    plain = line.plain
    return (
        line.prose > 0
        or _SENTENCE_STOP.search(plain) is not None
        or (has_digit(plain) and ":" not in plain)
        or is_fact_line(plain)
        or reads_like_list_phrase(plain, line.tokens, words)
    )


def _heads_list(tagged: Tagged, index: int) -> bool:
    """A body line that may head an article's list: short, no list item itself, not ending as a sentence does,
    not in capitals (a box's label the site prints over its own fields: "L'OFFERTA IN BREVE" over a job ad's)."""
    line = tagged.lines[index]
    return (
        tagged.tags[index] == BODY
        and 0 < line.words < PROSE_MIN_WORDS
        and not markdown.is_list_item(line.raw)
        and not _SENTENCE_STOP.search(line.plain)
        and not line.plain.isupper()
    )


def _closing_show_notes(tagged: Tagged, last: int) -> list[int]:
    """A show's notes right under the run's last line, past at most CLOSING_SKIPS interruptions
    (`_are_show_notes`): their topics are short lines that score as no prose, so the run ended above them."""
    lines: list[int] = []
    for index in _under_interruptions(tagged, last, ARTICLE_INTERRUPTIONS):
        if _show_note_time(tagged, index) is None and (lines or not _heads_notes(tagged, index)):
            break
        lines.append(index)
    return lines if _are_show_notes(tagged, lines) else []


def _are_show_notes(tagged: Tagged, run: list[int]) -> bool:
    """Whether the lines are a show's notes, under a short heading or lead-in or none: SHOW_NOTES_MIN or more
    body lines that each open with a time into the recording, the times rising ("00:00 – …", "06:40 – …";
    a news ticker's times of day fall)."""
    notes = run[1:] if run and _heads_notes(tagged, run[0]) else run
    times = [_show_note_time(tagged, index) for index in notes]
    rising = [time for time in times if time is not None]
    return len(rising) == len(notes) >= SHOW_NOTES_MIN and all(a < b for a, b in itertools.pairwise(rising))


def _show_note_time(tagged: Tagged, index: int) -> int | None:
    """The seconds into the recording a body line that is a show's note opens with, else None."""
    found = _SHOW_NOTE.match(tagged.lines[index].plain) if tagged.tags[index] == BODY else None
    if found is None:
        return None
    hours, minutes, seconds = (int(part or 0) for part in found.groups())
    return (hours * 60 + minutes) * 60 + seconds


def _heads_notes(tagged: Tagged, index: int) -> bool:
    """A short body line that heads what follows: a markdown heading or a line wholly in bold, or a lead-in ending
    with a colon."""
    line = tagged.lines[index]
    return (
        tagged.tags[index] == BODY
        and line.words <= NOTES_HEADING_MAX_WORDS
        and (markdown.is_heading(line.raw) or markdown.is_strong_line(line.raw) or line.plain.endswith(":"))
    )


def _turn_speaker(tagged: Tagged, index: int) -> str | None:
    """The speaker of a body line that is a dialogue turn: "" for a dash's ("— А полярная ночь не давит?"),
    the label for a speaker's ("T.G.-W.: Wychodzą za późno."), else None."""
    if tagged.tags[index] != BODY:
        return None
    plain = tagged.lines[index].plain
    if _TURN.match(plain):
        return ""
    spoken = _SPEAKER_TURN.match(plain) if ":" in plain else None
    return None if spoken is None else spoken[1]


def _is_fact_line(line: Line) -> bool:
    """A short line that states a fact under a label ("Referee: Mia Cole.")."""
    return line.words <= FACT_MAX_WORDS and _FACT_LINE.match(line.plain) is not None


def _is_one_sentence(line: Line, prose: bool = False) -> bool:
    """A line of one sentence that scored as no prose (any score with `prose`): ends with a stop, none ends inside
    ("Liked this story? Share it with friends." is a prompt); no cry ("Sharing is caring!") or trailing
    dots ("Tell us what YOU think..."), no "Label: …" line ("Our Standards: …"; a time's colon is none), no sign-off of
    capitalised names ("Max Lee, KBS World Radio News."): those are the site's."""
    heads = [word[0] for word in _WORD.findall(line.plain)]
    return (
        (prose or line.prose <= 0)
        and line.words >= 3
        and _SENTENCE_STOP.search(line.plain) is not None
        and _QUESTION_OR_SENTENCE_THEN_MORE.search(line.plain) is None
        and _LABEL_COLON.search(line.plain) is None
        and not all(map(str.isupper, heads))
    )


def _continues_prose(tagged: Tagged, index: int) -> bool:
    """Whether a body line that ends like a sentence stands here: the page's text goes on (a
    heading, a name or a rule's line below is the site's)."""
    return tagged.tags[index] == BODY and tagged.lines[index].plain[-1:] in ".!?…"


def _tag_repeated_in_page(tagged: Tagged) -> bool:
    """A body line whose word sequences nearly all stood in earlier body lines is a second copy (a
    dump of a page that renders the story twice, or a teaser of the lede): the first copy stays.
    Returns whether any line was a copy. The lines' runs are gathered from the first line that may be
    one (`_may_be_copy`, told from the words alone) on: most pages hold none."""
    seen: set[tuple[str, ...]] = set()
    words: set[str] = set()  # of the body lines above, until a line may be a copy
    unread: list[list[str]] | None = []  # the body lines above whose runs are not in `seen` yet
    found = False
    for index, line in enumerate(tagged.lines):
        if tagged.tags[index] != BODY:
            continue
        count = len(line.tokens) - 3  # its four-word runs
        if unread is not None:
            if count < REPEAT_MIN_GRAMS or not _may_be_copy(line.tokens, words, REPEAT_SHARE * count):
                unread.append(line.tokens)
                words.update(line.tokens)
                continue
            for tokens in unread:
                seen.update(_word_grams(tokens))
            unread = None
        grams = _word_grams(line.tokens)
        if len(grams) >= REPEAT_MIN_GRAMS and _mostly_seen(grams, seen):
            tagged.tags[index] = REPEATED_IN_PAGE.name
            found = True
        seen.update(grams)
    return found


_SEEN_BITS = bytes.maketrans(b"\x00\x01", b"01")


def _may_be_copy(tokens: list[str], words: set[str], needed: float) -> bool:
    """Whether `needed` of the line's four-word runs may have been seen: as many runs of four of its words
    all in `words` (the earlier lines'), each word's look a bit of one number, the runs' bits those
    set four times over (counted in C: a line's look costs half of building and hashing its runs)."""
    flags = bytes(map(words.__contains__, tokens))
    if flags.count(1) < needed:
        return False
    bits = int(flags.translate(_SEEN_BITS), 2)
    return (bits & bits >> 1 & bits >> 2 & bits >> 3).bit_count() >= needed


def _mostly_seen(grams: list[tuple[str, ...]], seen: set[tuple[str, ...]]) -> bool:
    """Whether REPEAT_SHARE of the line's four-word runs were seen. Most lines are no copies: a line
    none of whose first runs were seen, as many as may be unseen and one, cannot reach the share, so
    the others are not looked up."""
    needed = REPEAT_SHARE * len(grams)
    if seen.isdisjoint(grams[: len(grams) - math.ceil(needed) + 1]):
        return False
    return sum(map(seen.__contains__, grams)) >= needed


def _word_grams(words: list[str]) -> list[tuple[str, ...]]:
    """The line's runs of four consecutive words."""
    return list(zip(words, words[1:], words[2:], words[3:], strict=False))


def _tag_menu_runs(tagged: Tagged, indexes: list[int]) -> None:
    """Inside the article, a run of MENU_RUN_MIN short unpunctuated lines is a menu, not headings (nor a
    show's notes, `_are_show_notes`, nor a recipe's ingredients under their heading, `_in_ingredients_lists`)."""
    run: list[int] = []
    ingredients = _in_ingredients_lists(tagged, indexes)
    for index in [*indexes, None]:
        if index is not None and tagged.lines[index].prose < 0 and not _SENTENCE_END.search(tagged.lines[index].plain):
            run.append(index)
            continue
        if (
            len(run) >= MENU_RUN_MIN
            and run[0] not in ingredients
            and not _listed_under_lead_in(tagged, run)
            and not _are_show_notes(tagged, run)
        ):
            for member in run:
                tagged.tags[member] = MENU_RUN.name
        run = []


def _listed_under_lead_in(tagged: Tagged, run: list[int]) -> bool:
    """Whether a run of short lines is the list an article's sentence leads into ("Sie brauchen:" over "- einen
    Kettennieter", "- die passende neue Kette"): list entries right under a line of two words or more ending in
    ':' (a menu's label, "Ressorts:", is one word)."""
    above = tagged.lines[run[0] - 1] if run[0] > 0 and tagged.tags[run[0] - 1] == BODY else None
    return (
        above is not None
        and above.words >= 2
        and above.plain.endswith(":")
        and all(markdown.is_list_item(tagged.lines[member].raw) for member in run)
    )


def _tag_header(tagged: Tagged, title_known: bool, whole_page: bool) -> None:
    """Title, byline and dateline, read in the header: the lines before the article's first prose.

    In a whole-page dump the article starts where its main run of prose does, so consent banners,
    mastheads and date strips above the headline do not end the header; the title is the headline
    nearest above that start (a `#` heading when the dump has them), bylines and datelines are read
    around it, and a date above the title counts only when it says it is the publication's.
    """
    end = tagged.article_start = _header_end(tagged, whole_page)
    if title_known:
        title_at = next(
            (i for i in range(end) if tagged.tags[i] == BODY and _same_text(tagged.lines[i].plain, tagged.title)), None
        )
        over_article = title_at
    else:
        over_article = _headline_above_start(tagged, end)
        title_at = _page_headline(tagged, end) if whole_page else None
        title_at = over_article if title_at is None else title_at
        if title_at is not None:
            tagged.title = _title_text(tagged.lines, title_at)
    if title_at is not None and title_at != over_article:
        tagged.header_above_start[title_at] = TITLE.name
    if over_article is not None:  # the headline-shaped line over the article is header, the title or not
        tagged.tags[over_article] = TITLE.name if over_article == title_at else OUTSIDE_ARTICLE.name
    datelines: list[tuple[int, Published, str | None]] = []
    linked: int | None = None  # the first line under the title with links to authors' pages
    credited: set[int] = set()  # the lines of the writers' bylines that gave the page's authors
    far: list[str] = []  # the names of the first byline far from the headline
    shaped: list[str] = []  # the names of lines that are only names ("Critiques Agenda Entretiens Soutenez-nous")
    shaped_at: set[int] = set()  # those lines
    for index in range(end):
        line = tagged.lines[index]
        if index == title_at or tagged.tags[index] not in _READ_FOR_BYLINES:
            continue
        below = over_article is not None and index > over_article
        names = tagged.credited(line) if tagged.tags[index] == BODY else None
        if not names and index - 1 in (title_at, over_article) and "/" in line.plain and "![" not in line.raw:
            names = parse_slash_credit(line.plain)  # "Marek Zieliński / PAP" right under the headline
        if not names and tagged.title and tagged.tags[index] == BODY:
            names = parse_review_byline(line.plain, tagged.title)  # "Reviewed by …" under "Restaurant review: …"
        by_word = bool(names)
        names = names and (author_link_names(line.raw) or names)  # a byline's plain text may run its name on
        if not names and (below or _under_title(index, title_at)) and linked is None:
            linked = index if author_link_names(line.raw) else None
        if tagged.tags[index] != BODY:
            continue
        near = _under_title(index, over_article) or _under_title(index, title_at)
        other_credit = _under_other_credit(tagged, index)  # "Reviewed by" over "Colin Smith, CPA"
        only_names = (
            not names
            and near
            and not tagged.authors  # the header has one byline: a name-shaped line under it is a label's
            and looks_like_names(named := without_leading_role(line.plain))  # "Court reporter Priya Castellane"
            and not other_credit
            and not _holds_function_word(named, tagged.language)
        )
        if only_names:
            names = split_byline_names(named)  # a line below the headline that is only a name
        elif not names and near:
            names = tagged.dated_credit_names(line.plain)  # "25.10.2022 - Reiner Nagel"
            if names and index - 1 in shaped_at:  # under a line that is only a name, the place it was written
                tagged.tags[index] = DATELINE.name  # ("Talavera de la Reina | Jueves, 3 de diciembre de 2026")
                datelines += _byline_date(tagged, index)
                continue
        names = _persons(tagged, names or [], by_word)
        if names and only_names and not below:
            tagged.header_above_start[index] = BYLINE.name
        if names:  # every byline near the headline, each name once; none under another credit's label
            near_start = end - index <= BYLINE_OVER_START
            if not other_credit and (_near_headline(index, over_article, title_at) or near_start):
                if not only_names and not PHOTO_CREDIT_RULE.matches(line.plain):
                    # a writer's byline under a name-shaped line: that line was a menu's or the site's name
                    tagged.authors = [name for name in tagged.authors if name not in shaped]
                if only_names and not (index and labels_byline(tagged.lines[index - 1].plain)):
                    shaped += names  # a name-shaped line under no "Written By" label
                    shaped_at.add(index)
                tagged.authors = list(dict.fromkeys([*tagged.authors, *names]))
                if signs_as_writer(names):
                    credited.add(index)
            elif not other_credit and not far and tagged.by_line(line):
                far = names  # a "By"-line far off (a facet menu's "By Use Case"): the page's if none is near
            # (a credit line far off names no one: "Chapel Hill, NC" is a place, "Avg. Tuition, In-State" a label)
            if index not in tagged.header_above_start:
                tagged.tags[index] = BYLINE.name
            datelines += _byline_date(tagged, index)  # "By Jane Doe | March 3, 2024"
        elif published := tagged.dateline(line):
            tagged.tags[index] = DATELINE.name
            if not _saved_by_reading_app(tagged, index):  # the app's save, no date of the page
                datelines.append((index, published, dateline_kind(line.plain)))
        elif (below or near) and is_date_fields(line.plain):  # "Einsatz Nr. 112/2026 | Einsatzdatum: 17.09.2026"
            tagged.tags[index] = DATELINE.name  # the page's fields: its day is an incident's or a deadline's
        elif signs_as_desk(line.plain):  # "Par la rédaction le 15 janvier 2026": a byline of no one, dated
            tagged.tags[index] = BYLINE.name
            datelines += _byline_date(tagged, index)
    if whole_page:
        _hold_back_organisations(tagged)
    if not tagged.authors and far:  # no byline near the headline: the first "By"-line of the header
        tagged.authors = far
    elif whole_page and shaped and set(tagged.authors) <= set(shaped):
        tagged.authors = _writer_below(tagged, end) or tagged.authors
    if not tagged.authors and linked is not None:  # no byline: the names linked to their author's pages
        datelines += _read_byline(tagged, linked, author_link_names(tagged.lines[linked].raw))
    if whole_page and not tagged.authors:
        datelines += _byline_under_start(tagged, end)
    tagged.authors = tagged.authors or tagged.crawler_writers  # the reader's metadata, when the page credits no one
    near_title = title_at if title_at is not None and end - title_at <= TITLE_HEADER_SPAN else None
    has_article = end < len(tagged.lines)
    right_under = _lines_under_title(tagged, title_at, end) if whole_page and near_title is None and has_article else []
    listed = frozenset(index for index, _, _ in datelines if markdown.is_list_item(tagged.lines[index].raw))
    stamps = frozenset(index for index, _, _ in datelines if _is_post_stamp(tagged.lines[index].plain))
    vouched = frozenset(credited) | _in_meta_strips(tagged, datelines) | stamps  # a post's stamp over its first line
    tagged.published = _publication(datelines, over_article, near_title, right_under, listed, vouched)
    # HTML text comes without its header; in a dump whose header's dates were all refused, a date
    # under the lede is another entry's (an events list's, dated above and below its first entry)
    if tagged.published is None and whole_page and not datelines:
        tagged.published = _dateline_atop_article(tagged, end)
    updates_only = all(kind == "updated" for _, _, kind in datelines)
    if whole_page and tagged.crawler_day is not None and (tagged.published is None or updates_only):
        tagged.published = Published(tagged.crawler_day)  # the page's metadata, as the crawler read it
    if tagged.published is None and whole_page and (day := url_day(tagged.url)):
        tagged.published = Published(day)  # "/2024/03/05/title": the page's own day, when its text says none


def _writer_below(tagged: Tagged, start: int) -> list[str]:
    """A writer's "By"-line among the article's first lines ("Por Remedios Altamirano | Publicado el …" under a feed
    reader's item header, whose site's name stood under the headline alone): the page's writer, when the header's
    only names were lines that are only names (the site's, a menu's). A "By"-line far above the headline is a facet
    menu's ("By Use Case") and names no one."""
    opening = (_by_line_persons(tagged, index) for index in _article_opening(tagged, start))
    return next((names for names in opening if signs_as_writer(names)), [])


def _hold_back_organisations(tagged: Tagged) -> None:
    """The header's authors without the site's name its copyright line holds, beside another name ("© 2026 A Voz
    das Terras Frias": a clipper's `author:`, a masthead's line, over the writer's byline), and without the
    organisations, units and calendar days among them ("Freiwillige Feuerwehr Hollbrunn", "OSP Brzezinka", "XXVIII
    Niedziela Zwykła"; `names_organisation`): beside a person, the person is the writer; alone, they are held back
    while the lower sources (a byline under the article's start or its end, a signature) may name one, and are the
    page's authors again when none does."""
    if len(tagged.authors) > 1:
        tags = zip(tagged.lines, tagged.tags, strict=True)
        footer = " ".join(line.plain.casefold() for line, tag in tags if tag == COPYRIGHT.name)
        writers = [name for name in tagged.authors if not footer or name.casefold() not in footer]
        tagged.authors = writers or tagged.authors
    organisations = [name for name in tagged.authors if names_organisation(name)]
    if organisations:
        tagged.authors = [name for name in tagged.authors if name not in organisations]
        tagged.organisations = [] if tagged.authors else organisations


def _holds_function_word(text: str, language: str | None) -> bool:
    """Whether a name-shaped line holds a function word of the page's languages after its first word
    ("In This Article", "Add Us On", "Why It Matters"): a heading's or a button's words. A name's
    particles ("van der", "de") and the words joining names ("Ирина Соколова и Денис Лебедев") are
    none, and a first article may open a team's name ("The Upwork Team")."""
    words = function_words(page_languages(language)) - _NAME_WORDS
    return any(word.casefold() in words for word in text.split()[1:])


_NAME_WORDS = NAME_PARTICLES | frozenset(words_of("name_joiners"))  # small words a line of names may hold


def _under_other_credit(tagged: Tagged, index: int) -> bool:
    """Whether the line stands right under a label of another credit than the writing ("Fact Checked
    By" over the fact-checker's name): the name there is no author's."""
    return index > 0 and labels_other_credit(tagged.lines[index - 1].plain)


# Tags of the header's lines a byline is read from: a text line, or a line of links (an author's page's link).
_READ_FOR_BYLINES = frozenset({BODY, LINK_ONLY.name})


def _read_byline(tagged: Tagged, index: int, names: list[str]) -> list[tuple[int, Published, str | None]]:
    """The page's authors from a line that credits them ("[Jane Doe](/author/jane-doe) March 3,
    2024"), and the line's date if it shows one."""
    tagged.authors = names
    return _byline_date(tagged, index)


def _persons(tagged: Tagged, names: list[str], by_word: bool) -> list[str]:
    """The names that are no heading's or label's words (`Tagged.reads_as_words`). A name of two
    words or more after a by-word is kept even so: a person's name may be common words ("By Will
    Grant"); a facet menu's "By Industry" is one. Without a by-word, more than half its words written
    small make a button's or a menu's line ("Free Event Planning Checklist"): a name's seldom stand small."""
    if by_word:
        return [name for name in names if len(name.split()) > 1 or not tagged.reads_as_words(name)]
    return [name for name in names if not tagged.reads_as_words(name, NAME_SMALL_SHARE)]


def _byline_date(tagged: Tagged, index: int) -> list[tuple[int, Published, str | None]]:
    """The one day a byline's line writes out, as a dateline of the header (none if it writes none
    or several); a line that reads as a dateline as a whole ("Jane Doe | 06.11.23") is read so."""
    line = tagged.lines[index]
    published = (
        tagged.dateline(line)
        or ((day := shown_date(line.plain)) and Published(day))
        or _dated_after_names(tagged, line.plain)
        or _dated_tail(tagged, line.plain)
    )
    return [(index, published, dateline_kind(line.plain))] if published else []


def _dated_after_names(tagged: Tagged, plain: str) -> Published | None:
    """The date of a byline's parts after its names, read as a dateline of their own: "Por Ana Lima |
    Publicado em 02/05/2026 | Atualizado em 04/05/2026" writes two days, the publication's among them;
    else a dated credit's ("Door X en Y 11 okt 2026 om 19:42 Bijgewerkt: …", `dated_credit`)."""
    parts = dateline_parts(plain)
    if len(parts) > 2 and (published := tagged.reads_dateline(" | ".join(parts[1:]))):
        return published
    found = tagged.dated_credit(plain)
    return tagged.reads_dateline(found[1]) if found else None


_FIRST_FIGURE = re.compile(r"(?:^|\s)(?=\S*\d)")


def _dated_tail(tagged: Tagged, plain: str) -> Published | None:
    """The date a byline's line ends with after its names and role, set apart by nothing but a space, read
    from its first figure to its end as a dateline ("Door Joost van Leeuwen, jurist 15 augustus 2026, 07:00
    Laatste update: 16 augustus 2026, 12:40" writes two days, the publication's first)."""
    found = _FIRST_FIGURE.search(plain)
    return tagged.reads_dateline(plain[found.end() :]) if found and found.start() > 0 else None


def _byline_under_start(tagged: Tagged, start: int) -> list[tuple[int, Published, str | None]]:
    """A byline among the article's first lines, when the header has none (a layout that puts the
    byline under the deck the article's start was taken at): its names, and its date if it has one.
    Read down to the article's second sentence, past which a byline is a quote's or a teaser's."""
    for index in _article_opening(tagged, start):
        if names := (
            author_link_names(tagged.lines[index].raw)
            or _by_line_persons(tagged, index)
            or _credit_persons(tagged, index)
            or _name_under_deck(tagged, start, index)
        ):
            return _read_byline(tagged, index, names)
        if tagged.tags[index] == BODY and signs_as_desk(tagged.lines[index].plain):
            tagged.tags[index] = BYLINE.name  # "Publicado por Equipo Directivo el 15 de enero de 2026": no one's, dated
            return _byline_date(tagged, index)
    return []


def _credit_persons(tagged: Tagged, index: int) -> list[str]:
    """The people of a credit line without a by-word among the article's first lines ("Mercedes Albiol |
    Castellón" under a deck the article's start was taken at), or of a dated credit ("Door X en Y 11 okt
    2026 om 19:42 …", long enough to be taken for the article's start); a line ending in a colon is a
    speaker's label ("SACHA PFEIFFER, HOST:", a transcript's turn), no credit."""
    plain = tagged.lines[index].plain
    names = (
        tagged.credit_line(tagged.lines[index]) or tagged.dated_credit_names(plain)
        if tagged.tags[index] == BODY and not plain.endswith(":")
        else None
    )
    return _persons(tagged, names or [], by_word=False)


def _name_under_deck(tagged: Tagged, start: int, index: int) -> list[str]:
    """The people of a line that is only a name in capitals right under the article's first line when that is the
    headline's deck (a sentence or two of at most DECK_MAX_WORDS words right under the title): a print page's writer
    under its standfirst ("ADELAIDE TRIGUEIROS POMBEIRO"), over the article's prose; the deck stays the article's. A
    web page's name-shaped line there in small letters is as often a heading's words or a photographer's name as its
    writer's, and a shop's category label in capitals stands under a product's description ("GEMAHLENER KAFFEE"),
    over the product's fields."""
    deck, plain = tagged.lines[start], tagged.lines[index].plain
    if (
        index != start + 1
        or index + 1 == len(tagged.lines)
        or tagged.lines[index + 1].prose <= 0
        or not plain.isupper()
        or start == 0
        or tagged.tags[start - 1] != TITLE.name
        or tagged.tags[index] != BODY
        or deck.words > DECK_MAX_WORDS
        or not _ends_like(_SENTENCE_STOP, deck.plain)
        or not looks_like_names(named := without_leading_role(plain))
        or _holds_function_word(named, tagged.language)
    ):
        return []
    return _persons(tagged, split_byline_names(named), by_word=False)


def _by_line_persons(tagged: Tagged, index: int) -> list[str]:
    """The people a body line among the article's first names after a by-word ("By Laura Mowat")."""
    line = tagged.lines[index]
    return _persons(tagged, (tagged.by_line(line) if tagged.tags[index] == BODY else None) or [], by_word=True)


def _article_opening(tagged: Tagged, start: int) -> Iterator[int]:
    """The article's first lines a byline is read from (see `_READ_FOR_BYLINES`), from `start` down to
    its second sentence (at most HEADER_LOOKAHEAD lines): past it, a byline is a quote's or a teaser's."""
    sentences = 0
    for index in range(start, min(start + HEADER_LOOKAHEAD, len(tagged.lines))):
        if tagged.tags[index] not in _READ_FOR_BYLINES:
            continue
        yield index
        sentences += tagged.lines[index].words >= BODY_MIN_WORDS
        if sentences > 1:
            return


def _dateline_atop_article(tagged: Tagged, start: int) -> Published | None:
    """With no dateline in the header, one among the article's first lines (a layout that puts the
    date under the lede): a line that is only a date, and not an update's; else the place and date
    the lede opens with ("Lauterbrunn, 3. Februar 2026. Die Stadtwerke …", a press release's)."""
    lede: str | None = None  # the first prose line's text
    for index in range(start, min(start + HEADER_LOOKAHEAD, len(tagged.lines))):
        line = tagged.lines[index]
        if tagged.tags[index] != BODY:
            continue
        if (published := tagged.dateline(line)) and dateline_kind(line.plain) != "updated":
            tagged.tags[index] = DATELINE.name
            return published
        if lede is None and line.words >= BODY_MIN_WORDS:
            lede = line.plain
    dated = lede_dateline(lede) if lede else None
    return tagged.reads_dateline(dated) if dated else None


def _writes_day_first(language: str | None) -> bool:
    """Whether numeric dates with slashes are read day first: in every language but English (whose
    American sites write the month first), and not when the language is unknown."""
    return language is not None and language != "en"


def _header_end(tagged: Tagged, whole_page: bool) -> int:
    """Index of the article's first prose line (the header is what stands before it)."""
    first_long = next(
        (i for i, line in enumerate(tagged.lines) if tagged.tags[i] == BODY and line.words >= BODY_MIN_WORDS),
        len(tagged.lines),
    )
    if not whole_page:
        return first_long
    found = _main_region(tagged, header_read=False)
    if found is None:
        return first_long
    standing, first_at, *_ = found
    start = _up_over_lede(tagged, standing, first_at)
    if (faq := _faq_start(tagged, standing, start)) is not None:
        return standing[faq]  # an FAQ's first question is no headline: the article's first line
    while start + 1 < len(standing) and _is_menu_row(tagged, tagged.lines[standing[start]]):
        start += 1  # a menu's entries run into one line scored as prose: the masthead, not the article
    if is_date_fields(tagged.lines[standing[start]].plain) or tagged.dateline(tagged.lines[standing[start]]):
        while start + 1 < len(standing) and _credits_a_headline(tagged, tagged.lines[standing[start]]):
            start += 1  # a long row of the page's fields or dateline scored as prose: the header's, and what it heads
    first = tagged.lines[standing[start]]
    if (
        start + 1 < len(standing)
        and _reads_like_headline(first)
        and not _is_header_line(tagged, first)
        and (
            first.words < BODY_MIN_WORDS
            or markdown.is_heading(first.raw)
            or _credits_a_headline(tagged, tagged.lines[standing[start + 1]])
            or _under_item_header(tagged, standing[start])
        )
    ):
        start += 1  # a headline reads like prose: the article starts below it, and below its credits
        while start + 1 < len(standing) and _credits_a_headline(tagged, tagged.lines[standing[start]]):
            start += 1
    below = _below_late_header(tagged, standing, start)
    return standing[_up_over_ingredients(tagged, standing, bisect.bisect_left(standing, below))]


def _under_item_header(tagged: Tagged, index: int) -> bool:
    """Whether the line stands right under an item's header: a social post's stamp, or a tool's lines (a feed
    reader's item line and buttons, `CRAWLER_HEADER`): its first line, a headline however long."""
    return index > 0 and (
        tagged.tags[index - 1] == CRAWLER_HEADER.name or _is_post_stamp(tagged.lines[index - 1].plain)
    )


def _faq_start(tagged: Tagged, standing: list[int], start: int) -> int | None:
    """The position of an FAQ's first question at the run's start or right above it (it scored as no
    prose, so the run may start on its answer), when the run is an FAQ (`_opens_faq`)."""
    return next((at for at in (start - 1, start) if at >= 0 and _opens_faq(tagged, standing, at)), None)


def _opens_faq(tagged: Tagged, standing: list[int], start: int) -> bool:
    """Whether the run's first line opens FAQ_QUESTIONS_MIN questions each answered by the lines under it,
    at most FAQ_ANSWER_MAX_LINES of them before the next: an FAQ, whose first question is no headline (an
    article's question headings stand paragraphs apart)."""
    if start >= len(standing) or not _asks(tagged.lines[standing[start]]):
        return False  # most runs: the first line is no question, told before the window is read
    window = range(start, min(len(standing), start + FAQ_QUESTIONS_MIN * (FAQ_ANSWER_MAX_LINES + 1)))
    questions = [at for at in window if _asks(tagged.lines[standing[at]])][:FAQ_QUESTIONS_MIN]
    return (
        len(questions) == FAQ_QUESTIONS_MIN
        and questions[0] == start
        and all(2 <= later - earlier <= FAQ_ANSWER_MAX_LINES + 1 for earlier, later in itertools.pairwise(questions))
        and questions[-1] + 1 < len(standing)
        and not _asks(tagged.lines[standing[questions[-1] + 1]])
    )


def _asks(line: Line) -> bool:
    """A question of a headline's length ("Quando arriva l'avviso di pagamento?")."""
    return line.plain.endswith("?") and line.words <= TITLE_MAX_WORDS


def _credits_a_headline(tagged: Tagged, line: Line) -> bool:
    """A byline, an agency credit, a dateline or a line that is only a name: what stands right under
    a headline, so a long line above it was the headline, not the article's first sentence; or a dateline
    that credits names in a part of its own ("Jorge Sancho | Villarluengo | 19 de noviembre de 2026")."""
    return bool(
        tagged.credited(line)
        or looks_like_names(line.plain)
        or tagged.dateline(line)
        or tagged.dated_credit_names(line.plain)
        or is_date_fields(line.plain)
    )


def _up_over_lede(tagged: Tagged, standing: list[int], start: int) -> int:
    """The run of prose's start, moved up over the short sentences right above it: a one-sentence
    lede scores nothing, so the best run starts below it."""
    while start > 0:
        line = tagged.lines[standing[start - 1]]
        if line.prose != 0 or not _ends_like(_SENTENCE_STOP, line.plain):
            break
        start -= 1
    return start


def _up_over_ingredients(tagged: Tagged, standing: list[int], start: int) -> int:
    """The run of prose's start, moved up to a recipe's ingredients heading ("Zutaten", "Ingredients")
    over it, when only its list stands between (at most INGREDIENTS_MAX_LINES lines, none a sentence of
    prose, most stating an amount: "250 g Mehl", "½ TL Zimt"; a menu's "Ingredienti" entry heads none):
    the steps score as prose, the list's short lines do not, so the best run started below it."""
    for position in range(start - 1, max(-1, start - 1 - INGREDIENTS_MAX_LINES), -1):
        line = tagged.lines[standing[position]]
        if _heads_ingredients(line):
            listed = [tagged.lines[index].plain for index in standing[position + 1 : start]]
            amounts = sum(1 for plain in listed if any(map(str.isnumeric, plain)))
            return position if listed and amounts >= INGREDIENTS_AMOUNT_SHARE * len(listed) else start
        if _is_paragraph(line):
            break
    return start


def _is_paragraph(line: Line) -> bool:
    """A line of prose that ends a sentence: an article's paragraph, where a list above or below it ends."""
    return line.prose > 0 and _ends_like(_SENTENCE_STOP, line.plain)


def _heads_ingredients(line: Line) -> bool:
    """A recipe's heading over its ingredients, alone on its line ("Zutaten", "Ingredients:"; a word or two,
    looked up only then)."""
    return line.words <= 2 and _INGREDIENTS_HEADING.fullmatch(line.plain) is not None


def _in_ingredients_lists(tagged: Tagged, indexes: list[int]) -> frozenset[int]:
    """The lines of the run that list a recipe's ingredients: from a heading over them down to the first
    sentence of prose (the steps), at most INGREDIENTS_MAX_LINES lines."""
    listed: set[int] = set()
    for at, index in enumerate(indexes):
        if _heads_ingredients(tagged.lines[index]):
            for below in indexes[at : at + 1 + INGREDIENTS_MAX_LINES]:
                if _is_paragraph(tagged.lines[below]):
                    break
                listed.add(below)
    return frozenset(listed)


def _below_late_header(tagged: Tagged, standing: list[int], start: int) -> int:
    """The article's start, below a headline and then a byline or dateline that follow within a few
    short lines: then what the prose run started with (a consent banner above the headline) was not
    the article."""
    last_header, headline_seen, sentences = None, False, 0
    for position in range(start + 1, min(start + 1 + HEADER_LOOKAHEAD, len(standing))):
        line = tagged.lines[standing[position]]
        if line.words >= BODY_MIN_WORDS and (not _reads_like_headline(line) or _ends_like(_SENTENCE_STOP, line.plain)):
            sentences += 1
            if sentences > 1 or not _reads_like_headline(line):
                break  # article prose (a deck under the headline is one sentence): no header below it
        if tagged.credited(line) or tagged.dateline(line):
            last_header = position if headline_seen else last_header
        elif _reads_like_headline(line):
            headline_seen = True
    if last_header is None:
        return standing[start]
    return next(
        (standing[p] for p in range(last_header + 1, len(standing)) if tagged.lines[standing[p]].prose >= 0),
        standing[start],
    )


def _publication(
    datelines: list[tuple[int, Published, str | None]],
    over_article: int | None,
    title_at: int | None,
    right_under: Sequence[int] = (),
    listed: frozenset[int] = frozenset(),
    vouched: frozenset[int] = frozenset(),
) -> Published | None:
    """The publication date among the header's datelines: one that says so first, then one that says nothing; an
    update's only when the header has no other date (a live blog's; not a list item's, `listed`). Below the
    headline over the article, else below the page's title just above it (a `#` heading, then the date, then a
    deck read as a headline); above the title only when it says it is the publication's (a date strip above the
    headline is the day the page was fetched), or when a writer's byline that gave the page's authors writes it
    there (`vouched`: "Autor: Paweł Grabowski | 27.05.2026, 19:40" over a `#` headline is no date strip; a brand's,
    "By Citadel Financial Tips | …", still is, `signs_as_writer`), or a meta strip with its reading time does
    (`vouched` too: "7 min read" over "May 06, 2025" over the headline). Last, the first date on the lines `right_under`
    a title that stands far from the article (the caller passes them only on a page with an article: on one
    without, it is a date strip under a site's name): a heading of the site's chrome between them ("Link Copied!",
    a sidebar's, a caption) was taken for the headline over the article."""
    tops = [over_article]
    if title_at is not None and over_article is not None and title_at < over_article:
        tops.append(title_at)
    for wanted in ("published", None):
        for top in tops:
            for index, published, kind in datelines:
                above = top is not None and index <= top and kind != "published" and index not in vouched
                if kind == wanted and index not in right_under and not above:
                    return published
    for index, published, kind in datelines:
        if kind != "updated" and index in right_under:
            return published
    return next(  # a header whose only dates are updates' (a live blog's "Обновлено 12 мая 2026, 18:40"), not a list's
        (
            published
            for index, published, _ in datelines
            if index not in listed and (over_article is None or index > over_article)
        ),
        None,
    )


def _in_meta_strips(tagged: Tagged, datelines: list[tuple[int, Published, str | None]]) -> frozenset[int]:
    """The datelines of an article's meta strip: a reading time or a count on the line ("May 6, 2025 · 7 min
    read") or on the next line above or below it, lines without text (an image, a rule) aside, and a newsletter's
    masthead with its issue number on the line or next to it ("Monthly bulletin · Issue 112 · 3 October 2026",
    "Newsletter … · nr 9/2026" over "27 października 2026 r."). A site's date strip has none."""
    lines = tagged.lines
    return frozenset(
        index
        for index, _, _ in datelines
        if any(is_counted_filler(part) or is_issue_number(part) for part in dateline_parts(lines[index].plain))
        or any(_counts_or_heads_an_issue(lines[near].plain) for near in _neighbours(tagged, index))
    )


def _counts_or_heads_an_issue(plain: str) -> bool:
    """A meta strip's count or a newsletter's issue line: the date on the next line is the article's."""
    return is_counted_filler(plain) or (has_digit(plain) and _heads_an_issue(plain))


def _neighbours(tagged: Tagged, index: int) -> Iterator[int]:
    """The nearest lines above and below a line that have a plain text (not an image's or a rule's alone)."""
    for step in (-1, 1):
        near = index + step
        while 0 <= near < len(tagged.lines) and not tagged.lines[near].plain.strip():
            near += step
        if 0 <= near < len(tagged.lines):
            yield near


def _lines_under_title(tagged: Tagged, title_at: int | None, start: int) -> list[int]:
    """The first line under the page's title past images and markdown syntax, where a title's own
    dateline stands, then the lines that are only a date among the next ones (under a deck, a byline,
    an author's note: TITLE_HEADER_SPAN lines in all). Not a byline's date there, nor a date the
    article's first lines write again: an events list dates its first entry above and below it."""
    if title_at is None:
        return []
    under = (index for index in range(title_at + 1, len(tagged.lines)) if tagged.tags[index] not in _PASSED_IN_HEADER)
    lines = list(itertools.islice(under, TITLE_HEADER_SPAN))
    dated = [index for index in lines[1:] if tagged.tags[index] == DATELINE.name]
    if not dated:  # the article's opening is read for dates only when a date line may be taken
        return lines[:1]
    opening = {_dated_day(tagged, index) for index in _article_opening(tagged, start)}
    return lines[:1] + [index for index in dated if _dated_day(tagged, index) not in opening]


def _dated_day(tagged: Tagged, index: int) -> dt.date | None:
    """The day a line that is a dateline writes."""
    published = tagged.dateline(tagged.lines[index])
    return published.date if published else None


def _near_headline(index: int, over_article: int | None, title_at: int | None) -> bool:
    """Whether a line stands within HEADER_LOOKAHEAD lines of the headline, above or below it, where
    a byline is; further off, a "By"-line is a facet menu's ("By Use Case") or a teaser's, and a name
    before a comma a place's ("Chapel Hill, NC") or a table's label. With no headline, every line is."""
    tops = [top for top in (over_article, title_at) if top is not None]
    return not tops or any(abs(index - top) <= HEADER_LOOKAHEAD for top in tops)


def _under_title(index: int, title_at: int | None) -> bool:
    """Whether a line stands in the few lines under the headline, where its byline is (further down,
    a line that is only a name is a table of contents' entry, a teaser's, a sidebar's)."""
    return title_at is not None and title_at < index <= title_at + HEADER_LOOKAHEAD


def _title_text(lines: list[Line], index: int) -> str:
    """The title's text; a breadcrumb's last entry ("1. Blog", "2. Lessons", "3. The Adult's Guide …")
    without its number; a post's headline without the thread's marks closing it ("🧵", "👇")."""
    numbered = [_LIST_NUMBER.match(lines[at].plain) for at in (index - 1, index) if at >= 0]
    if len(numbered) == 2 and numbered[0] and numbered[1] and int(numbered[1][1]) == int(numbered[0][1]) + 1:
        return lines[index].plain[numbered[1].end() :]
    text = lines[index].plain
    return _without_thread_marks(text) if text and not text[-1].isascii() else text


# What a social post's first line ends with to say a thread follows: the thread's spool, a hand or an arrow pointing
# down. Any other pictograph is the headline's own ("… Crashing Domain Controllers 💥", "… sezoną ❤️").
_THREAD_MARKS = frozenset("\U0001f9f5\U0001f447\u2b07\u2193")
# What may follow a pictograph in the same sign: the text and emoji variation selectors, the zero-width joiner, a
# skin tone's modifier
_SIGN_MODIFIERS = frozenset("\ufe0e\ufe0f\u200d") | frozenset(map(chr, range(0x1F3FB, 0x1F400)))


def _without_thread_marks(text: str) -> str:
    """`text` without the thread's marks (`_THREAD_MARKS`, each with its modifiers) and spaces it ends with, unless
    that leaves nothing."""
    end = len(text)
    while True:
        sign = len(text[:end].rstrip())
        while sign and text[sign - 1] in _SIGN_MODIFIERS:
            sign -= 1
        if not sign or text[sign - 1] not in _THREAD_MARKS:
            break
        end = sign - 1
    return text[:end].rstrip() or text


def _same_text(a: str, b: str | None) -> bool:
    return b is not None and " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _page_headline(tagged: Tagged, end: int) -> int | None:
    """The page's headline in a whole-page dump: its first `#` heading of level one above the
    article's start (html2text writes the page's `<h1>` so), else the line that spells the URL's
    slug, the start's own line among them; None when neither is found (then the headline nearest
    above the start is taken)."""
    found = _first_h1(tagged, end)
    if found is not None:
        return found
    # a long headline may be taken for the article's first prose; a lede ends as a sentence
    start_may_head = end < len(tagged.lines) and not _ends_like(_SENTENCE_STOP, tagged.lines[end].plain)
    return _title_spelled_by_url(tagged, end + 1 if start_may_head else end, contents_listed=True)


def _first_h1(tagged: Tagged, end: int) -> int | None:
    """The first `# ` heading above the article's start that reads like a headline; past a web clipper's
    `# Headline | Site` (the page's `<title>`) to the page's own `# Headline` under it."""
    found = [
        index
        for index in range(end)
        if tagged.tags[index] == BODY
        and markdown.is_h1(
            tagged.lines[index].raw, tagged.lines[index + 1].raw if index + 1 < len(tagged.lines) else ""
        )
        and _reads_like_headline(tagged.lines[index])
    ]
    if not found:
        return None
    first = tagged.lines[found[0]].plain
    return next((index for index in found[1:] if _titled_with_site(first, tagged.lines[index].plain)), found[0])


def _titled_with_site(title: str, headline: str) -> bool:
    """Whether `title` is `headline`, a separator and more (a `<title>`'s "Headline | Site")."""
    return title.casefold().startswith(headline.casefold()) and bool(_TITLE_BAR_SEPARATOR.match(title, len(headline)))


def _title_spelled_by_url(tagged: Tagged, end: int, contents_listed: bool = False) -> int | None:
    """The headline-shaped line that holds most of the URL slug's words (at least SLUG_MIN_SHARE of
    them; of equals, the one with fewest other words, then the first): sites make the slug of the
    title, and a dump without markdown headings tells the headline no other way. With `contents_listed` (the
    title's search), a list's entry does not outrank a line of its own above it: a table of contents under the
    headline spells the slug too ("FAQs about health and nutrition trends"); a breadcrumb's last entry over it
    may be the title, and a line with a byline or a dateline under it outranks one without (`_signed_below`). (The
    opening run's search keeps such an entry and ranks by the slug alone: its run under the headline lost recall.)"""
    slug = slug_words(tagged.url)
    if len(slug) < SLUG_MIN_WORDS:
        return None
    best: tuple[tuple[bool, float, int], int] | None = None
    best_listed = False
    for index in range(end):
        line = tagged.lines[index]
        if tagged.tags[index] != BODY or (line.words > TITLE_MAX_WORDS and not markdown.is_heading(line.raw)):
            continue  # (what `_reads_like_headline` reads last: most lines spell no slug)
        words = set(SLUG_SEPARATORS.split(line.plain.casefold()))
        share = len(words & slug) / len(slug)
        # the title's search: a headline signed under it outranks a section's heading spelling the slug as well
        signed = contents_listed and share >= SLUG_MIN_SHARE and _signed_below(tagged, index)
        rank = (signed, share, -len(words - slug))
        # a dateline spells a dated slug too ("Monthly bulletin · 3 October 2026" for "…/october-bulletin-2026")
        if (
            share >= SLUG_MIN_SHARE
            and (best is None or rank > best[0])
            and _reads_like_headline(line)
            and not tagged.dateline(line)
        ):
            listed = contents_listed and markdown.is_list_item(line.raw)
            if best is None or best_listed or not listed:
                best, best_listed = (rank, index), listed
    return None if best is None else best[1]


def _signed_below(tagged: Tagged, index: int) -> bool:
    """Whether a byline or a dateline stands within SIGNED_HEADLINE_SPAN lines under the line (images and markdown
    syntax passed): a headline's, where a section's heading over the article's prose has none."""
    under = range(index + 1, min(index + 1 + SIGNED_HEADLINE_SPAN, len(tagged.lines)))
    return any(
        tagged.tags[below] not in _PASSED_IN_HEADER
        and bool(tagged.credited(tagged.lines[below]) or tagged.dateline(tagged.lines[below]))
        for below in under
    )


def _headline_above_start(tagged: Tagged, end: int) -> int | None:
    """The headline: scanning up from the article's start through the header block (bylines, datelines,
    images, captions and decks are passed), the headline-like lines until chrome (a line a rule took,
    a menu entry, a label, a menu's entries run into one line right over the headline); of those, the last `#`
    heading if there are headings, else the topmost."""
    headings: list[int] = []
    candidates: list[int] = []
    for index in range(end - 1, -1, -1):
        line, tag = tagged.lines[index], tagged.tags[index]
        is_heading = tag == BODY and markdown.is_heading(line.raw)
        if tag == SOURCE_URL.name and candidates:
            break  # a mailed article's "Read this on the website: https://…" between the list's masthead and it
        if candidates and _is_post_stamp(line.plain):
            break  # a social post's stamp: the poster's name over it is no headline, the post's first line is
        right_over = bool(candidates) and candidates[-1] == index + 1  # a headline-like line right under it
        # a `#` heading is the headline's; a menu row reads as names too ("Voetbal Hockey Schaatsen Uitslagen")
        menu_row = right_over and tag == BODY and not is_heading and _is_menu_row(tagged, line)
        if tag in _PASSED_IN_HEADER or (
            tag == BODY
            and not is_heading
            and not menu_row
            and (_is_header_line(tagged, line) or is_counted_filler(line.plain) or _is_profile_field(line.plain))
        ):
            continue
        # a short line holding an address is a print's site strip ("- Site - https://… -"), no headline
        site_strip = "://" in line.plain and line.words <= SITE_STRIP_MAX_WORDS
        label = _is_section_label(line.plain)  # a kicker over the headline ends the scan as chrome does
        facts = _is_fact_row(line.plain)  # a listing's row of facts between its byline and its prose
        if tag == BODY and _reads_like_headline(line) and not (menu_row or site_strip or label or facts):
            candidates.append(index)
            if markdown.is_heading(line.raw):
                headings.append(index)
            continue
        if candidates:
            break
    if headings:
        return headings[0]
    if len(candidates) > 1 and _names_site_and_section(tagged.lines[candidates[-1]], tagged.lines[candidates[-2]]):
        return candidates[-2]
    if candidates:
        return candidates[-1]
    first = next((index for index in range(end) if tagged.tags[index] == BODY), None)  # a short headline atop the page
    if (
        first is not None
        and not _is_header_line(tagged, tagged.lines[first])
        and not tagged.lines[first].plain.endswith((":", ";", ","))
    ):
        return first
    return None


# The audience a social network's post is shared with, as its icon ends the post's stamp ("3 grudnia 2026 o 16:20 · 🌍",
# Facebook's public, friends' and own posts): marks, not words, so one table serves every language.
_AUDIENCE_ICONS = ("🌍", "🌎", "🌏", "🌐", "👥", "🔒")
POST_STAMP_MAX_WORDS = 10


def _is_post_stamp(plain: str) -> bool:
    """A social post's stamp: a short dated line that ends with the icon of the audience it is shared with."""
    return plain.endswith(_AUDIENCE_ICONS) and len(plain.split()) <= POST_STAMP_MAX_WORDS and has_digit(plain)


SECTION_MAX_WORDS = 3  # a site's section after its name: "Opinião", "Blog de actividades"


_SECTION_LABELS = frozenset(words_of("section_labels"))


def _is_section_label(plain: str) -> bool:
    """A blog's kicker over the headline ("From our archive", "Z archiwum"), a label of the section's: the whole
    line is one of the languages' `section_labels`, a table lookup."""
    return " ".join(plain.casefold().replace("’", "'").split()).rstrip(" :") in _SECTION_LABELS


def _names_site_and_section(top: Line, under: Line) -> bool:
    """Whether the topmost headline-shaped line over the headline is a site's name and its section, no longer
    than the headline under it ("IES Río Alberche – Blog de actividades", "Diário do Sotavento — Opinião": a feed
    reader's feed over its item, a blog's masthead), not the headline over its deck."""
    parts = _TITLE_BAR_SEPARATOR.split(top.plain)
    return (
        top.words <= under.words
        and len(parts) > 1
        and len(parts[-1].split()) <= SECTION_MAX_WORDS
        and "," not in top.plain  # "Помер Орест Дзюбан — керамік, який …": a headline's clause
    )


PROFILE_FIELD_MAX_WORDS = 8
_PROFILE_FIELD = re.compile(rf"(?:{alternation(words_of('forum_profile_labels'))})\s*:\s*\S", re.IGNORECASE)


def _is_profile_field(plain: str) -> bool:
    """A forum poster's profile field beside the post ("Localisation : Vierzon", "Откуда: Кострома"): a label, a
    colon and a few words; the colon is looked for first."""
    return ":" in plain and len(plain.split()) <= PROFILE_FIELD_MAX_WORDS and _PROFILE_FIELD.match(plain) is not None


CAPS_HEADLINE_MIN_WORDS = 6  # a line of capitals this long is a headline (a section label's is a word or three)
SITE_STRIP_MAX_WORDS = 8  # a site's name and its address on one line (WP-Print's "- Site - https://… -")
# Lines the title scan passes over: they sit between a headline and its article.
_PASSED_IN_HEADER = frozenset({"markdown_image", "markdown_syntax", "source_url", "crawler_header"})


def _is_header_line(tagged: Tagged, line: Line) -> bool:
    """A byline, an agency credit or a line that is only names, a dateline or a date-like line
    ("Published 1 day ago"), a row of parts crediting names in a part of its own, however long ("Maylis Escoubès
    · formatrice en occitan · 22 novembre 2026"; a single part, "03/01/2017 by Jane Doe, Candidate Representative
    to …", is a dated byline the header reads otherwise), a newsletter's issue line ("Foglio parrocchiale n. 44 —
    Domenica 1 novembre 2026, …"), or a sentence (a caption, a deck, a lede): passed over by the title scan. The
    cheap looks come first: reading names and dates is most of the header's cost."""
    plain = line.plain
    return bool(
        _ends_like(_SENTENCE_STOP, plain)
        or (line.words <= DATED_LINE_MAX_WORDS and _DATED_SHORT.search(plain) and not _YEAR_LEADS_IN.search(plain))
        or (has_digit(plain) and dateline_kind(plain))
        or (has_digit(plain) and _heads_an_issue(plain))
        or " ".join(plain.casefold().split()).removeprefix("by ") in AGENCY_LINES
        or tagged.credited(line)
        or looks_like_names(plain)
        or tagged.dateline(line)
        or (has_digit(plain) and len(dateline_parts(plain)) > 1 and tagged.dated_credit_names(plain))
    )


# An issue's number with its year closing it ("nr 9/2026", "Heft 3/2026"): a masthead's, never a headline's ("… –
# wieder Nummer 1")
_ISSUE_OF_YEAR = re.compile(r"\d/(?:19|20)\d{2}$")


def _heads_an_issue(plain: str) -> bool:
    """A newsletter's issue line over its post, the masthead's issue number in a part of its own and more after it
    ("Foglio parrocchiale n. 44 — Domenica 1 novembre 2026, Solennità di Tutti i Santi"), or the masthead's name
    and its issue of the year after it ("Newsletter Szkoły Podstawowej nr 4 … · nr 9/2026")."""
    parts = dateline_parts(plain)
    return len(parts) > 1 and (
        is_issue_number(parts[0]) or (_ISSUE_OF_YEAR.search(parts[-1]) is not None and is_issue_number(parts[-1]))
    )


def _is_menu_row(tagged: Tagged, line: Line) -> bool:
    """A menu's entries run into one line ("Рівне Сьогодні Новини Місто Економіка Спорт Онлайн Афіша Пошук",
    "El Eco del Maestrazgo Portada Comarca Provincia Deportes"): MENU_ROW_MIN_WORDS words or more, each
    capitalised (a name's particles aside), no punctuation, no function word after the first: a headline
    has a verb or a small word in lower case in most languages, and an English one in title case a function
    word ("Biden Signs Order on Climate"). In a sentence-case language, three words in four capitalised and no
    punctuation are one too ("Новини Пояснення Розслідування Підтримати нас")."""
    words = line.plain.split()
    sentence_case = tagged.language in SENTENCE_CASE
    if len(words) < (MENU_ROW_SENTENCE_CASE_MIN_WORDS if sentence_case else MENU_ROW_MIN_WORDS):
        return False
    if all((word[0].isupper() or word in NAME_PARTICLES) and word.replace("-", "").isalnum() for word in words):
        # a byline's by-word opens a row of names as a first entry may ("Por Carmela Urdiales Bengoechea")
        return not _holds_function_word(line.plain, tagged.language) and not tagged.credited(line)
    return (
        sentence_case
        and len(words) >= MENU_ROW_MIN_WORDS
        and sum(word[0].isupper() for word in words) >= MENU_ROW_CAPITALISED_SHARE * len(words)
        and all(_MENU_ROW_WORD.fullmatch(word) for word in words)
    )


def _reads_like_headline(line: Line) -> bool:
    """A headline's shape: a few words, not all capitals (a section label) unless as many as a headline's (html-to-text
    upper-cases every heading), not ending like a lead-in,
    no `|` of a site strip, no figure of a fact list; or a markdown heading. Read once a line: the header's scans ask
    it of the same lines."""
    shaped = line.headline_shaped
    if shaped is None:
        shaped = line.headline_shaped = (
            TITLE_MIN_WORDS <= line.words <= TITLE_MAX_WORDS
            and (any(map(str.islower, line.plain)) or line.words >= CAPS_HEADLINE_MIN_WORDS)
            and not line.plain.endswith((":", ";", ","))
            and " | " not in line.plain
            and not _is_trail(line.plain)
            and not ("  " in line.raw and _is_trail(line.raw))  # a menu row's wide gaps are in the dump's line only
            and not _states_a_figure(line.plain)
            and not is_server_diagnostic(line.plain)
            and not _is_consent_text(line.plain)
        ) or (markdown.is_heading(line.raw) and line.words >= 2 and not line.plain.isupper())
    return shaped


# A breadcrumb's or a menu row's parts: set apart by a trail's arrows or slash ("Region > Bochnia", "Handball /
# Verbandsliga"), or laid side by side with wide gaps ("Fußball  Handball  Basketball  Tabellen").
_TRAIL_ARROWS = ">›»→▸‹"  # phpBB's trail points back: "Board index ‹ Forum ‹ Subforum"
# a menu row's entry word, or a breadcrumb's arrow run into it ("Wiadomości Region Sport E-wydanie > Z sądu")
_MENU_ROW_WORD = re.compile(rf"[^\W_]+(?:[-'’][^\W_]+)*|[{_TRAIL_ARROWS}]")
_TRAIL_SEPARATOR = re.compile(rf"\s\s*[{_TRAIL_ARROWS}/]\s+")  # opening with `\s` (see `_TITLE_BAR_SEPARATOR`)
_ROW_GAP = re.compile(r"\s\s+")
_TRAIL_PART_MAX_WORDS = 3
_ROW_MIN_PARTS = 3


# A trail's label before its first part ("You are here: Home > …", "Sie sind hier: …"): up to three words, a colon;
# read so only before two arrows or more ("Breaking news today: UK / France deal" is a headline)
_TRAIL_LABEL = re.compile(r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:\s+(?=\S)")
_TRAIL_ARROW = re.compile(rf"\s\s*[{_TRAIL_ARROWS}]\s+")
_LABELLED_TRAIL_MIN_ARROWS = 2
# a part of a trail of two arrows or more may be a forum's longer name ("Accueil du forum ‹ Plomberie ‹ Cuisine et
# salle de bain"): a headline holds no two spaced arrows
_ARROWED_PART_MAX_WORDS = 6


def _is_trail(plain: str) -> bool:
    """A breadcrumb trail or a menu row, not a headline: short parts only (a headline with a slash,
    "Covid / grippe : la vaccination s'ouvre aux enfants", has a long one; with two arrows or more, a part of
    a few words more, and the last, the page's headline, any), a label before them aside ("You are here: Home >
    Roads and travel > Roadworks")."""
    text = plain.strip()
    # most lines hold no arrow and no slash: only the menu row's gaps can split them
    has_arrow = any(arrow in text for arrow in _TRAIL_ARROWS)
    arrowed = False
    if has_arrow:
        unlabelled = _TRAIL_LABEL.sub("", text, count=1)
        arrowed = len(_TRAIL_ARROW.findall(unlabelled)) >= _LABELLED_TRAIL_MIN_ARROWS
        if arrowed:
            text = unlabelled
    separators = ((_TRAIL_SEPARATOR, 2),) if has_arrow or "/" in text else ()
    for separator, min_parts in (*separators, (_ROW_GAP, _ROW_MIN_PARTS)):
        parts = separator.split(text)
        trail = arrowed and separator is _TRAIL_SEPARATOR
        longest = _ARROWED_PART_MAX_WORDS if trail else _TRAIL_PART_MAX_WORDS
        # a trail of two arrows or more ends in the page's own headline, of any length ("Home » News » A giraffe
        # is born at the zoo in …")
        crumbs = parts[:-1] if trail else parts
        if len(parts) >= min_parts and all(len(part.split()) <= longest for part in crumbs):
            return True
    return False


def _is_consent_text(plain: str) -> bool:
    """A consent banner's text run into one line with its buttons ("Accepter les cookies ? Nous utilisons
    des traceurs … d'audience. OK, tout accepter Refuser"): it names consent words and a sentence ends
    inside it. A headline about cookies ("Multa por avisos de cookies") holds no sentence."""
    return _SENTENCE_THEN_MORE.search(plain) is not None and names_consent(plain)


def _is_fact_row(plain: str) -> bool:
    """A listing's row of facts, parts set apart that hold a figure each but one at most ("Vraagprijs € 465.000 k.k.
    · woonoppervlakte 138 m² · perceel 820 m² · bouwjaar 1864 · energielabel D"): no headline for the title scan
    (read only there); a table's row, its cells set apart by bars ("Price | $1,200 List | $689 List | …"), is the
    table's, where the scan stops. The figure is looked for first."""
    if not has_digit(plain) or "|" in plain:
        return False
    parts = dateline_parts(plain)
    return len(parts) >= FACT_ROW_MIN_PARTS and sum(not has_digit(part) for part in parts) <= 1


def _states_a_figure(plain: str) -> bool:
    """A fact-list line ("Turnout: 64%", "Fee for late bookings: 10 euro"): a label, then only a figure
    and its unit; "Venice doubles its fee days: 60 dates in 2026" is a headline."""
    return is_fact_line(plain) and len(plain.split(":", 1)[1].split()) <= FIGURE_MAX_WORDS


def assemble(tagged: Tagged) -> CleanedText:
    """Body lines become paragraphs (re-joining lines split mid-sentence); the rest is the audit."""
    paragraphs: list[str] = []
    removed: list[Removal] = []
    previous_body_index = -2
    for index, (line, tag) in enumerate(zip(tagged.lines, tagged.tags, strict=True)):
        if tag != BODY:
            removed.append(Removal(tag, line.raw))
            continue
        continues = previous_body_index == index - 1 or _only_blank_between(tagged, previous_body_index, index)
        if paragraphs and continues and not _BULLET.match(line.raw) and is_split_sentence(paragraphs[-1], line.plain):
            paragraphs[-1] = f"{paragraphs[-1]} {line.plain}"
        else:
            paragraphs.append(line.plain)
        previous_body_index = index
    return CleanedText(
        title=tagged.title,
        authors=tagged.authors,
        published=tagged.published,
        url=tagged.url,
        paragraphs=paragraphs,
        removed=removed,
        language=tagged.language,
    )


def _only_blank_between(tagged: Tagged, earlier: int, later: int) -> bool:
    """True when no removed line stood between two body lines (a removed one means a real break)."""
    return earlier >= 0 and all(tag == BODY for tag in tagged.tags[earlier + 1 : later])


def is_split_sentence(before: str, after: str) -> bool:
    """Whether `after` continues the sentence that `before` left unfinished."""
    if not after or _ends_like(_SENTENCE_END, before):
        return False
    words = before.split()
    last_word = words[-1].lower().strip(",") if words else ""
    if last_word in DANGLING_WORDS and len(words) >= 6:
        return True
    return before.endswith(",") or (after[0].islower() and len(words) >= 6)


def _ends_like(ending: re.Pattern[str], text: str) -> bool:
    """Whether `text` ends as `ending` (a pattern of at most three characters anchored with `$`) says,
    searched from its last characters: searching the whole text tries the pattern at every position."""
    return ending.search(text, max(0, len(text) - _ENDING_SPAN)) is not None


_ENDING_SPAN = 4  # an ending's characters, and a newline `$` may stand before


def clean_text(
    text: str, sites: Sites | None = None, url: str | None = None, fetched_at: dt.datetime | None = None
) -> CleanedText:
    """Clean a text or markdown page dump (mojibake repaired first); its language is identified from
    its prose before the header is read (it decides how numeric dates are read when its site's
    other pages do not)."""
    lines = _without_element_categories(split_lines(repair_mojibake(dumps.unwrapped(text))))
    language = identify_language(_prose_sample(lines))
    lines = _cruft_apart(_without_speech_roles(lines, page_languages(language)), page_languages(language))
    return assemble(tag_lines(lines, sites=sites, url=url, language=language, fetched_at=fetched_at))


# The categories of the elements unstructured's `partition_html` splits a page into, which a script printing them one
# a line as "Category: text" writes before each (the library's class names, in no page's language)
_ELEMENT_CATEGORY = re.compile(
    r"^(?:Title|NarrativeText|ListItem|Text|UncategorizedText|Header|Footer|Image|FigureCaption|Address"
    r"|EmailAddress|Table|Formula|CodeSnippet|PageNumber): (?=\S)"
)
_PROSE_CATEGORY = "NarrativeText: "  # the category of prose, a word no page writes
ELEMENT_PROSE_MIN = 2  # prose elements that tell a dump of elements (one may be a page quoting the name)
ELEMENT_LINES_MIN_SHARE = 0.5  # of the dump's lines opening with a category


def _without_element_categories(lines: list[Line]) -> list[Line]:
    """A dump of unstructured's elements printed one a line ("Title: …", "NarrativeText: …", "ListItem: …"), its
    lines without their categories: what is left is the page's text, a line a block, as any plain dump's (a page's
    own "Text: Jane Doe" credit keeps its label, the dump holding no prose element)."""
    if sum(line.raw.startswith(_PROSE_CATEGORY) for line in lines) < ELEMENT_PROSE_MIN:
        return lines
    categorised = [_ELEMENT_CATEGORY.match(line.raw) for line in lines]
    if sum(map(bool, categorised)) < ELEMENT_LINES_MIN_SHARE * len(lines):
        return lines
    return [
        _joined(line.number, line.raw[found.end() :]) if found else line
        for line, found in zip(lines, categorised, strict=True)
    ]


def _without_speech_roles(lines: list[Line], languages: frozenset[str]) -> list[Line]:
    """A screen reader's speech log, its lines as the markdown its role words say (`cleaners.speech`): its
    "heading level 1" a headline's "#", its "By link Jane Doe" a byline's link."""
    if not speech.is_speech_log([line.raw for line in lines], languages):
        return lines
    return [
        line if (raw := speech.as_markdown(line.raw, languages)) == line.raw else _joined(line.number, raw)
        for line in lines
    ]


def _cruft_apart(lines: list[Line], languages: frozenset[str]) -> list[Line]:
    """A wrapped paragraph's lines, with the lines a rule takes on their own set apart again: a footer's line
    saved whole under the last paragraph ("… of per post." over "Downloads: Conceptnota (PDF, 2,8 MB)") was
    joined into it as its next piece. Only a piece under one that ends a sentence is tried (a paragraph's
    own piece may open with a rule's words: "read more about …"), in the page's languages, known only now; a line
    a rule takes whole stays whole (a caption over its credit, "… earnings." over "Photograph by …/Getty Images")."""
    cuts = {
        index: found
        for index, line in enumerate(lines)
        if "\n" in line.raw
        and (found := [span for span in _next_pieces(line.raw) if _taken(line.raw, span, languages)])
        and first_matching_rule(line.plain, languages, line.words) is None
    }
    if not cuts:
        return lines
    return [
        piece
        for index, line in enumerate(lines)
        for piece in (_set_apart(line, cuts[index]) if index in cuts else (line,))
    ]


# a wrapped piece that ends a sentence (a stop, maybe a closing quote or bracket) and the line break after it
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’»)]?\n")


def _next_pieces(raw: str) -> Iterator[tuple[int, int]]:
    """Where each piece under one that ends a sentence starts and ends in a wrapped line's text."""
    for found in _SENTENCE_BREAK.finditer(raw):
        end = raw.find("\n", found.end())
        yield found.end(), len(raw) if end < 0 else end


def _taken(raw: str, span: tuple[int, int], languages: frozenset[str]) -> bool:
    return first_matching_rule(" ".join(markdown.plain_words(raw[span[0] : span[1]])), languages) is not None


def _set_apart(line: Line, cuts: list[tuple[int, int]]) -> Iterator[Line]:
    """The line's text cut into the pieces at `cuts` and what stands between them, each a line."""
    raw, at = line.raw, 0
    for start, end in cuts:
        if start > at:
            yield _joined(line.number + raw.count("\n", 0, at), raw[at:start].rstrip("\n"))
        yield _joined(line.number + raw.count("\n", 0, start), raw[start:end])
        at = end + 1
    if at < len(raw):
        yield _joined(line.number + raw.count("\n", 0, at), raw[at:])


def _joined(number: int, raw: str) -> Line:
    """One line of a wrapped paragraph's pieces."""
    words = markdown.plain_words(raw.replace("\n", " "))
    return Line(number, raw, " ".join(words), words=len(words))


def _prose_sample(lines: list[Line]) -> str:
    """The page's first long lines that hold a sentence (a full stop inside or at the end), as much of
    them as language identification reads; the first long lines of any kind when those give too little.
    A dump opens with menus run together, whose entries name the site's language less often than
    English or none ("Latest Players FIFA 21 Players Team of the Season …"). The line's end is looked at
    first: most prose lines end a sentence, and a search for one inside reads the whole line. A line of
    figures more than words (a stock ticker's "ATX 3078.02 -0.24% ANDRITZ 43.14 …" over the page) names
    no language and left the model unsure of the whole page's."""
    long = [
        line.plain
        for line in lines
        if line.words >= IDENTIFY_MIN_WORDS and len(line.tokens) >= IDENTIFY_WORD_SHARE * line.words
    ]
    sample = _first_chars(
        plain for plain in long if _ends_like(_SENTENCE_STOP, plain) or _SENTENCE_THEN_MORE.search(plain)
    )
    return sample if len(sample) >= IDENTIFY_CHARS else _first_chars(long)


def _first_chars(plains: Iterable[str]) -> str:
    """The first lines, joined, up to twice what language identification reads."""
    sample: list[str] = []
    length = 0
    for plain in plains:
        if length >= 2 * IDENTIFY_CHARS:
            break
        sample.append(plain)
        length += len(plain) + 1
    return " ".join(sample)


def repair_mojibake(text: str) -> str:
    """'CafÃ©' -> 'Café': text decoded with the wrong charset somewhere upstream.

    The same as `ftfy.fix_text` (a property test checks it), segment by segment as ftfy itself
    works, but only the segments with a character outside FTFY_FIXED_POINT_CHARS that one of its
    steps may change (`_ftfy_leaves`) go through it: ftfy leaves the others as they are, and they
    are most lines of most pages.
    """
    first_tag = text.find("<")  # ftfy stops unescaping HTML from the first segment with a tag on
    fixed, done = [], 0
    for start, end in _odd_segments(text):
        segment = text[start:end]
        if _ftfy_leaves(segment):
            continue
        config = _FTFY_CONFIG if first_tag < 0 or end <= first_tag else _FTFY_CONFIG_AFTER_TAG
        fixed += [text[done:start], ftfy.fix_text(segment, config)]
        done = end
    return "".join(fixed) + text[done:] if fixed else text


def _ftfy_leaves(segment: str) -> bool:
    """Whether ftfy would leave the segment (a line) as it is: none of its steps finds what it
    changes. Most lines with an accented letter, a "&" or a non-Latin script are such (of the 21,881
    such lines of every eighth bench dump, 16,843 pass and ftfy changes 93), and the look costs a
    quarter of ftfy's call."""
    return (
        _FTFY_STEP_CHAR.search(segment) is None
        and ("&" not in segment or HTML_ENTITY_RE.search(segment) is None)
        and unicodedata.is_normalized("NFC", segment)
        and (_MOJIBAKE_MAY_HOLD.search(segment) is None or not is_bad(segment))
        and len(segment) <= _FTFY_CONFIG.max_decode_length
    )


def _odd_segments(text: str) -> Iterator[tuple[int, int]]:
    """The spans of ftfy's segments (a line and its newline) that hold a character outside
    FTFY_FIXED_POINT_CHARS, found by searching for such characters (a scan for whole such lines
    cost four times as long)."""
    position = 0
    while (odd := _FTFY_ODD_CHAR.search(text, position)) is not None:
        end = text.find("\n", odd.start())
        end = len(text) if end < 0 else end + 1
        yield text.rfind("\n", 0, odd.start()) + 1, end
        position = end
