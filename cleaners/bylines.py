"""Author names from byline lines and from author strings in page metadata.

A byline starts with a "By"-word ("By", "Par", "Von", "Por", "Written by", "Author:"). Everything that
is not a person's name is peeled off: e-mail addresses, credentials ("MS, RD", "Ph.D."), job titles,
agency suffixes and dates run into the name. A photo credit ("Yuri Kadobnov, AFP | …") has no
"By"-word and is never read as a byline.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator

from cleaners import markdown
from cleaners.dates import (
    MONTH_NUMBERS,
    TIME_SUFFIX,
    dateline_parts,
    has_digit,
    is_date_label,
    published_part,
    without_other_days,
    writes_one_date,
)
from cleaners.languages import alternation, function_words, words_of
from cleaners.patterns import substituted
from cleaners.rules import BYLINE

# Lower-case words that may stand inside a person's name ("Marna van der Merwe").
NAME_PARTICLES: frozenset[str] = frozenset("van der den de del della di da von le la du bin al el ter ten".split())

# A "By"-word of any language ("By", "Par", "Von", "Autor:"), as a regex group.
BY_WORD = rf"(?:{alternation(words_of('byline_words'))})"
# (a dash may stand after it: "From the Vicar's study — the Revd Canon Jane Doe")
_BYLINE = re.compile(rf"^{BY_WORD}(?:\s+[—–-])?\s+(?P<names>.+)$", re.IGNORECASE)
_LEADING_BY_WORD = re.compile(rf"^(?:{BY_WORD}(?:\s+|$))+", re.IGNORECASE)
_MAX_WORDS = int(BYLINE.threshold("max_words"))
_EMAIL = re.compile(r"\S+@\S+\.\S+")
# (a joiner word is tried only where one of their first letters stands: the case-blind alternation with its
# non-ASCII words, tried after each character, cost some 1,300 instructions a character of a name)
_JOINER_FIRSTS = re.escape("".join(sorted({word[0] for word in words_of("name_joiners")})))
_SPLIT = re.compile(
    rf"\s*(?:,|;|&|/|\b(?=[{_JOINER_FIRSTS}])(?:{alternation(words_of('name_joiners'))})\b)\s*", re.IGNORECASE
)
_METADATA_SPLIT = re.compile(r"\s*(?:,|;|&|\||/|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*", re.IGNORECASE)
# From a lower-case place or co-credit word on, a chunk names no person ("à Toulouse", "mit dpa").
# (`\s\s*`, not `\s+`: a pattern opening with a character class is searched for only where that class stands)
_AFTER_NAME = re.compile(rf"\s\s*(?:{alternation(words_of('after_name_words'))})\s+.*$")
_AFTER_NAME_WORDS = frozenset(words_of("after_name_words"))
_CREDIT_SEPARATOR = re.compile(r"[,|(]")  # a name, then its credit: ", AFP", " | Reuters", " (ANSA)"
# " - Staff writer", " | Reuters", "(AFP)", a forum post's " » 13 oct. 2026 21:14"
_TRAILING = re.compile(r"\s*(?:\s[-–—|•·»]\s*.*|\(.*?\))$")
_CREDENTIAL = re.compile(
    r"^(?:[A-Z]{2,6}®?|(?:[A-Z][a-z]?\.){1,3}[A-Z]?\.?|[A-Z]+-[A-Z]+|\d+\+?|Ph\.?\s?D\.?|Jr\.?|Sr\.?)$"
)
_MONTHS = re.compile(
    r"\s(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:\s+\d{4})?$",
    re.IGNORECASE,
)
_TRAILING_CREDENTIAL = re.compile(r"^(?:[A-Z]{2,5}®?|Ph\.?D\.?|M\.?D\.?)$")
_HANDLE = re.compile(r"(?<!\S)@\w+")  # "Jane Doe @janedoe": the social handle beside the name
_AUTHOR_PATH_WORDS = frozenset(words_of("author_path_words"))
_PATH_SPLIT = re.compile(r"[/?#&=]+")
PUBLICATION_ARTICLES = frozenset(words_of("publication_articles"))
_HONORIFIC = re.compile(rf"^(?:(?:{alternation(words_of('honorifics'))})\.?\s+)+(?=\S+\s+\S)", re.IGNORECASE)
_HONORIFICS_ALONE = re.compile(rf"^(?:(?:{alternation(words_of('honorifics'))})\.?(?:\s+|$))+$", re.IGNORECASE)


def is_honorific(text: str) -> bool:
    """Whether a text is only courtesy titles ("Rechtsanwalt", "Dr."): a link to the firm's page may set
    the title apart from the name after it ("Autor: <a>Rechtsanwalt</a> Sebastian Einbock")."""
    return _HONORIFICS_ALONE.match(text.strip()) is not None


# News and photo agencies: never a person, and a line that only credits one is no headline.
PHOTO_AGENCIES: frozenset[str] = frozenset(
    "getty eyeem shutterstock istock istockphoto imago alamy unsplash pexels pixabay".split()
)
AGENCIES: frozenset[str] = PHOTO_AGENCIES | frozenset(
    """afp reuters ap dpa ansa efe tass xinhua bloomberg upi pap anp belga apa sda ats ctk mti bta lusa
    kyodo yonhap aap cp ria interfax ukrinform unian pa""".split()
)
AGENCY_LINES: frozenset[str] = AGENCIES | frozenset(
    {
        "associated press",
        "the associated press",
        "agence france-presse",
        "europa press",
        "agência brasil",
        "agencia efe",
        "pa media",
        "ria novosti",
        "риа новости",
        "тасс",
        "интерфакс",
        "укрінформ",
        "уніан",
        "reuters staff",
    }
)

# Words of prose in any language ("is", "the", "и"): a role's words after a name are none.
_FUNCTION_WORDS: frozenset[str] = function_words()
# Words of a place's name of two words, never of a person's ("New York", "San Jose", "Nowy Sącz"): after a
# credit's comma, a name holding one is where it was written.
PLACE_WORDS: frozenset[str] = frozenset(words_of("place_words"))
# Words that end a person's name: what follows them is a role or an organisation.
ROLE_WORDS: frozenset[str] = frozenset(
    """staff writer writers reporter reporters correspondent editor editors contributor contributors
    columnist journalist analyst producer photographer photographers photos photo images video updated published
    director manager founder co-founder ceo cto officer president expert specialist dietitian nutritionist
    former head lead coordinator attorney consultant certified licensed reviewed reviewer
    author admin administrator desk wire wires agency agencies last undefined null none""".split()
) | frozenset(words_of("newsroom_words") + words_of("other_credit_words") + words_of("role_words"))
# The last word of a desk's, a team's or an office's name ("Emergency Planning Team", "Press Office"), a person's
# never.
DESK_WORDS: frozenset[str] = frozenset(
    words_of("newsroom_words") + words_of("brand_words") + words_of("affiliation_words")
)
# The first word of a department or an institution after a byline's names ("…, Department of Geography"):
# the names end there. Only a byline's line reads them: a metadata author string keeps its chunks as they are.
AFFILIATION_WORDS: frozenset[str] = frozenset(words_of("affiliation_words"))
# Words of an organisation's name ("American Marketing Association", "Hopscotch Press"), a person's never.
ORGANISATION_WORDS: frozenset[str] = frozenset(words_of("organisation_words"))
# One-word labels of a date in any language ("Published", "Updated", "Erstellt", "Publié"): a name run
# into one ends there, and a dump may glue them to it ("Korin MillerPublished: Jan 29, 2025").
DATE_LABEL_WORDS: frozenset[str] = frozenset(
    word for word in words_of("published_words") + words_of("updated_words") if " " not in word
)
_CAPITALISED_DATE_LABELS = alternation(tuple(sorted((w.capitalize() for w in DATE_LABEL_WORDS), key=len, reverse=True)))
_GLUED_DATE_LABEL = re.compile(rf"(?<=[^\W\d_])(?=(?:{_CAPITALISED_DATE_LABELS})(?![^\W\d_]))")  # "MillerPublished"
_DATE_LABEL_WORD = re.compile(rf"^(?:{_CAPITALISED_DATE_LABELS})(?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ]|$)")  # "UpdatedJanuary"
# Words of a credit for other work than the writing ("Fact Checked", "Übersetzung"): a name run into one
# is that credit's label ("Fact Checked" leaves no "Fact"), and the name under its label is no author's.
OTHER_CREDIT_WORDS: frozenset[str] = frozenset(words_of("other_credit_words"))
# Words of a site account, a copyright line or a live blog's status label, never of a person's byline ("NOC Admin",
# "© Acme Inc", "DIRECTO FINALIZADO").
NOT_PERSON_WORDS: frozenset[str] = frozenset(
    {"admin", "administrator", "webmaster", "©", "(c)", "copyright"}
) | frozenset(words_of("live_status_words"))
# Words that qualify a role ("Senior Editor", "Trending Editor") and go with it.
ROLE_MODIFIERS: frozenset[str] = frozenset(
    """senior chief deputy associate managing contributing trending political business science health
    sports foreign staff executive freelance guest tech technology the""".split()
)
# A single word that is an agency, a date word or a form or button label ("Follow" beside a profile), never a person.
NOT_A_LONE_NAME: frozenset[str] = AGENCIES | frozenset(
    """name webmaster human github follow no unknown
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
    sunday mon tue wed thu fri sat sun today yesterday""".split()
)


def parse_byline(plain: str) -> list[str] | None:
    """The names on a byline line, or None if `plain` is not a byline."""
    words = plain.split(None, _MAX_WORDS)  # the first words, and one part more on a longer line
    if len(words) > _MAX_WORDS or not words or not _opens_by_word(words[0]):
        return None
    match = _BYLINE.match(plain.strip())
    if not match:
        return None
    names = [name for name in split_byline_names(without_leading_role(match["names"])) if _may_name(name)]
    return names or None


# One-word labels of a writer's credit, colon and all ("Texto:", "Autor:", "Words:"), lower case: a dump's line
# opening with one is a credit of its own.
CREDIT_LABELS: frozenset[str] = frozenset(
    word for word in words_of("byline_words") + words_of("text_byline_words") if word.endswith(":") and " " not in word
)


def labels_byline(plain: str) -> bool:
    """Whether a line is only a by-word, the name left for the next line ("Written By", "Autor:")."""
    plain = plain.strip()
    found = _LEADING_BY_WORD.match(plain) if may_start_with_by_word(plain) else None
    return found is not None and found.end() == len(plain)


def signs_as_desk(plain: str) -> bool:
    """Whether a line is a byline whose names are a desk's, no person's ("Par la rédaction le 15 janvier 2026",
    "Publicado por Equipo Directivo el 15 de enero de 2026", "Issued by: Roads and Transport Office"): the
    header's byline all the same, whose date dates the page. The line's first word is looked at first; a line that
    ends as a sentence does, a small word and a stop ("Af agentschap aa the ab the."), is prose that opens with a
    by-word, for a desk's name ends with its own name or a date."""
    words = plain.split(None, _MAX_WORDS)  # every word of a line short enough (the last one's asked)
    if len(words) > _MAX_WORDS or not words or not _opens_by_word(words[0]) or _ends_as_sentence(words[-1]):
        return False
    match = _BYLINE.match(byline_text(plain))
    if not match:
        return False
    chunks = _SPLIT.split(_TRAILING.sub("", match["names"].strip()))
    first = [word for word in chunks[0].split() if word.casefold() not in _DESK_ARTICLES]
    return _names_one_desk(chunks) or (bool(first) and first[0].casefold().strip(".,:") in DESK_WORDS)


def _ends_as_sentence(last_word: str) -> bool:
    """Whether a line's last word closes a sentence: a small word and a stop ("the.", "visit!")."""
    return len(last_word) > 1 and last_word[-1] in ".!?" and last_word[0].islower()


# Small words before a desk's name ("la rédaction", "der Redaktion", "de redactie")
_DESK_ARTICLES = PUBLICATION_ARTICLES | NAME_PARTICLES | frozenset(words_of("name_joiners"))


# A figure or a time of day opening a name: what a byline runs its names into ("07:00 Laatste", "10:28am EST",
# "20 November"), not a brand's digit ("3i Global")
_FIGURE_FIRST = re.compile(r"^\d[\d:.,]*(?:[ap]m)?\b", re.IGNORECASE)


def _may_name(name: str) -> bool:
    """A capitalised word in it, and no figure first (a time a byline runs into an update's label:
    "… 15 augustus 2026, 07:00 Laatste update: …")."""
    return _FIGURE_FIRST.match(name) is None and any(word[0].isupper() for word in name.split())


# "By: Jane Doe", "Von: Max Muster": a colon after the "By"-word (the "Author:" words carry their own).
_BY_WORD_COLON = re.compile(rf"^({BY_WORD})\s*:\s+", re.IGNORECASE)
# "September 1st, 2023 By Jane Doe", "12.03.2024 von Max Muster": a date, then the byline (the date
# ends where the by-word starts: "Bern, 17.08.2007 - Rede von Moritz Leuenberger" is a speech's title).
_DATED_BYLINE_DATE_MAX_CHARS = 40
_DATED_BYLINE = re.compile(
    rf"^(?P<date>.{{6,{_DATED_BYLINE_DATE_MAX_CHARS}}}?)\s+(?P<byline>{BY_WORD}\s.+)$", re.IGNORECASE
)
_DATE_MAX_WORDS = 7  # "Posted on March 3, 2024 at 10:00"
_DATE_END_PUNCTUATION = " ·|•,;:–—-_*@"
_TIME_WORDS = frozenset({"am", "pm", "uhr", "h"})
# "By[Jane Doe](/team/jane-doe)": html2text runs the "By"-word into the link of the name.
_BY_WORD_LINK = re.compile(rf"^([*_\s]*{BY_WORD})(?=\[)", re.IGNORECASE)


# "ByTrevor Jones", "PorRodolfo Costa": a dump runs a one-word "By"-word into the capitalised name after
# it (one that is also a name's particle opens a surname: "DiCaprio", "VonDrehle").
_GLUABLE_BY_WORDS = tuple(
    word.capitalize() for word in words_of("byline_words") if word.isalpha() and word not in NAME_PARTICLES
)
_GLUED_BY_WORD = re.compile(rf"^({alternation(_GLUABLE_BY_WORDS)})(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ])")


# A tool's names printed as a Python or JSON list after its label ("Authors: ['Jane Doe', 'Staff Writer']", a
# script's print of newspaper3k's `article.authors`): its items, a comma between them, as a byline lists them.
_NAME_LIST = re.compile(r"""\[\s*(?P<items>(?:'[^'\n]*'|"[^"\n]*")(?:\s*,\s*(?:'[^'\n]*'|"[^"\n]*"))*)\s*\]\s*$""")
_NAME_LIST_ITEM = re.compile(r"'([^'\n]*)'|\"([^\"\n]*)\"")
# A label that opens a byline in text dumps only ("Words: Harriet Quayle"), read there as a "By"-word.
_TEXT_BY_LABEL = re.compile(rf"^(?:{alternation(words_of('text_byline_words'))})\s*", re.IGNORECASE)


def parse_text_byline(plain: str, raw: str) -> list[str] | None:
    """The names of a byline in a text dump, in the forms a dump writes beside `parse_byline`'s:
    "By: Jane Doe", a date before it ("September 1st, 2023 By Jane Doe"), the "By"-word run into
    the link of the name ("By[Jane Doe](…)") or into the name ("ByJane Doe"), a label of dumps only
    ("Words: Jane Doe"), a tool's list of names ("Authors: ['Jane Doe', 'John Roe']")."""
    if ("['" in plain or '["' in plain) and (listed := _NAME_LIST.search(plain)):
        items = (one or other for one, other in _NAME_LIST_ITEM.findall(listed["items"]))
        plain = plain[: listed.start()] + ", ".join(items)
    if _link_may_open_by_word(raw) and _BY_WORD_LINK.match(raw):
        plain = markdown.to_plain(_BY_WORD_LINK.sub(r"\1 ", raw, count=1))
    if label := _TEXT_BY_LABEL.match(plain):
        plain = f"By {plain[label.end() :]}"
    if (glued := _GLUED_BY_WORD.match(plain)) and looks_like_names(plain[glued.end() :]):
        plain = f"{glued[1]} {plain[glued.end() :]}"
    return parse_byline(byline_text(plain))


def byline_text(plain: str) -> str:
    """A byline as `parse_byline` reads it, whether a page or a dump shows it: without the colon
    after its "By"-word ("By: Jane Doe", "Von: Max Muster") or the date a template prints before it."""
    plain = plain.strip()
    return undated_byline(
        substituted(_BY_WORD_COLON, r"\1 ", plain, count=1) if may_start_with_by_word(plain) else plain
    )


def undated_byline(plain: str) -> str:
    """A byline without the date a template prints before it ("September 1st, 2023 By Jane Doe",
    "06.11.2023 13:30 von Olga" -> "von Olga"); any other text as it is. A date shows its year, so a
    text with no digit where the date would stand has none (the cheap look first: the pattern tries
    the by-words after every space there)."""
    if not has_digit(plain[:_DATED_BYLINE_DATE_MAX_CHARS]) or not _may_open_by_word(plain):
        return plain
    dated = _DATED_BYLINE.match(plain)
    return dated["byline"] if dated and _ends_with_date(dated["date"]) and writes_one_date(dated["date"]) else plain


# The first word of each "By"-word, its colon aside ("by", "autor" of "autor:"; the rows are lower case): a text
# opening none of them opens no "By"-word, told before a pattern tries every "By"-word (`cleaners.authors` too).
BY_WORD_FIRSTS: frozenset[str] = frozenset(phrase.split()[0].rstrip(":") for phrase in words_of("byline_words"))
# The most words before a dated byline's "By"-word: one a character and a space each.
_DATED_BYLINE_MAX_DATE_WORDS = _DATED_BYLINE_DATE_MAX_CHARS // 2


def _may_open_by_word(plain: str) -> bool:
    """Whether one of the first words a dated byline's "By"-word could stand at opens one, looked at before
    the pattern tries every "By"-word after each space of its date. An ASCII line's words are lower-cased at once
    and looked up with their colons stripped in C (`_opens_by_word` called for each of twenty words cost more)."""
    words = plain.split(None, _DATED_BYLINE_MAX_DATE_WORDS + 1)[: _DATED_BYLINE_MAX_DATE_WORDS + 1]
    if not plain.isascii():
        return any(map(_opens_by_word, words))
    return not BY_WORD_FIRSTS.isdisjoint(map(str.rstrip, " ".join(words).lower().split(), itertools.repeat(":")))


def may_start_with_by_word(plain: str) -> bool:
    """Whether a text's first word may open a "By"-word (`_opens_by_word`): a pattern of every "By"-word
    anchored at its start matches no other."""
    words = plain.split(None, 1)
    return bool(words) and _opens_by_word(words[0])


def _opens_by_word(word: str) -> bool:
    """Whether a word may open a "By"-word (`BY_WORD_FIRSTS`, its colon aside), told before a case-blind
    pattern tries every "By"-word in turn; a word outside ASCII goes to the pattern (its case-blind match
    is not `str.lower`'s there: "İ" is "i")."""
    return not word.isascii() or word.lower().rstrip(":") in BY_WORD_FIRSTS


def _link_may_open_by_word(raw: str) -> bool:
    """Whether a markdown line may open with a "By"-word run into a link ("By[Jane Doe](…)", `_BY_WORD_LINK`):
    its first word, emphasis marks aside, opens one before its "[" (marks set apart by spaces go to the pattern)."""
    words = raw.split(None, 1)
    if not words:
        return False
    first = words[0].lstrip("*_")
    return not first or _opens_by_word(first.partition("[")[0])


def _ends_with_date(text: str) -> bool:
    """Whether a byline's prefix is a date up to its end ("Posted on March 3, 2024 at 10:00 am ·"),
    not a date and then a title's first words ("Bern, 17.08.2007 - Rede")."""
    words = text.rstrip(_DATE_END_PUNCTUATION).split()
    return 0 < len(words) <= _DATE_MAX_WORDS and (has_digit(words[-1]) or words[-1].casefold() in _TIME_WORDS)


# A name, a comma, then the rest of the line with a digit in it ("Тарас Кравченко, 21 липня 2026"); or names
# run into a date that opens on a figure and an update after it ("Door Jelle Bosscher en Anouk Wierenga 11 okt
# 2026 om 19:42 Bijgewerkt: …": a teaser's stamp under its headline, "Daniel Leite 16/06/2020", has no update).
_NAME_THEN_DATE = re.compile(r"^(?P<names>[^,\d]+),\s+(?P<date>\D*\d.*)$")
_NAMES_RUN_INTO_DATE = re.compile(r"^(?P<names>\D+?),?\s+(?P<date>\d.*)$")
# A dateline, then a byline with its by-word and no figure ("Publié le 8 novembre 2026 par Maëlle Guérandel",
# "Published March 3, 2026 by Jane Doe"): a blog's post line.
# a date, maybe closing with its time's word ("… um 17:20 Uhr von Jane Doe"), then the byline
_DATE_THEN_BYLINE = re.compile(rf"^(?P<date>.*?\d(?:\s*(?:{TIME_SUFFIX})\b\.?)?)\s+(?P<names>\D+)$", re.IGNORECASE)
_FIGURE = re.compile(r"\d")


def _comma_then_date(text: str, figure: int) -> bool:
    """What `_NAME_THEN_DATE` needs, looked for before it: the first comma before the first figure (at
    `figure`), a space after it. The pattern reads a long line at 0.1-0.2 us a character, and the lines
    asked are mostly prose that it does not match (`\\s` is `str.isspace`)."""
    comma = text.find(",")
    return 0 < comma < figure and text[comma + 1 : comma + 2].isspace()


def _space_then_date(text: str, figure: int) -> bool:
    """What `_NAMES_RUN_INTO_DATE` needs, looked for before it: a word, then a space right before the first
    figure (at `figure`)."""
    return figure >= 2 and text[figure - 1].isspace()


def _words_after_date(text: str, figure: int) -> bool:
    """What `_DATE_THEN_BYLINE` needs, looked for before it: the line ends on no figure (`\\d` is
    `str.isdecimal`)."""
    return not text[-1].isdecimal()


# Each single-part form of a dated credit with what it needs (`dated_credit`)
_DATED_NAMES = (
    (_NAME_THEN_DATE, _comma_then_date),
    (_NAMES_RUN_INTO_DATE, _space_then_date),
    (_DATE_THEN_BYLINE, _words_after_date),
)


def _spells_its_month(date: str) -> bool:
    """Whether a run-in date spells its month in its first words ("Joanna Kościelniak 14 października 2026"):
    a writer's stamp under the headline; a teaser's stamp is figures ("Daniel Leite 16/06/2020")."""
    return any(word.rstrip(".,").casefold() in MONTH_NUMBERS for word in date.split()[:3])


def _names_before_date(text: str) -> bool:
    """Whether the words before a dateline's comma are names, not a press release's city in capitals
    ("NEW YORK, March 3, 2024")."""
    return not text.isupper() and looks_like_names(text)


def dated_credit(plain: str, is_dateline: Callable[[str], bool]) -> tuple[list[str], str] | None:
    """The people of a dateline that credits them in a part of its own ("25.10.2022 - Reiner Nagel",
    "Julia Steinhoff / Oktober 25 2023", "Accueil | Par Loïc Le Clerc | 30 septembre 2018"), and the
    dateline's text: the first part that is a byline or only names, when the other parts read as a
    dateline; or the names before a line's first comma or its first figure when the rest reads as one
    ("Тарас Кравченко, 21 липня 2026"). The other parts may read as a dateline once an update's or another day's
    are left out (`without_other_days`: "Emesso il 27/11/2026 – valido fino al 04/12/2026 | A cura di …"), or from
    their first or second part with a figure (a bulletin's number first: "Comunicado n.º 31/2026 | 25 de novembro de
    2026 | Por Leonel Amado")."""
    parts = dateline_parts(plain)
    text = plain.strip()
    if len(parts) == 1 and (figure := _FIGURE.search(text)):
        for pattern, needed in _DATED_NAMES:
            found = pattern.match(text) if needed(text, figure.start()) else None
            names = found and (
                parse_byline(found["names"])
                or (
                    pattern is not _DATE_THEN_BYLINE
                    and (_names_only(found["names"]) or parse_credit_line(found["names"]))
                )
            )
            if not found or not names:
                continue  # names first: they cost less than looking for the run-in date's update
            run_in = pattern is _NAMES_RUN_INTO_DATE and not _spells_its_month(found["date"])
            if run_in and published_part(found["date"]) is None:
                continue
            if is_dateline(found["date"]):
                return names, found["date"]
    for index, names in _credited_parts(parts if len(parts) > 1 else []):
        if names:
            others = parts[:index] + parts[index + 1 :]
            dated = [at for at, other in enumerate(others) if has_digit(other)][:2] or [0]
            kept = (others, without_other_days(others), *(others[at:] for at in dated))
            rests = dict.fromkeys(" · ".join(parts) for parts in kept)
            return next(((names, rest) for rest in rests if is_dateline(rest)), None)
    return None


def _credited_parts(parts: list[str]) -> Iterator[tuple[int, list[str] | None]]:
    """Each part of a row with the names it credits: a part with a by-word first ("OSP Brzezinka · Aktualności ·
    Dodano: 03.07.2026 · Autor: dh. Rafał Mikołajczyk" names the unit, then its writer), then the others."""
    by_word = [(index, parse_byline(part)) for index, part in enumerate(parts)]
    yield from ((index, names) for index, names in by_word if names)
    for index, part in enumerate(parts):
        yield index, split_byline_names(part) if looks_like_names(part) else parse_credit_line(part)


def _names_only(text: str) -> list[str] | None:
    """The names of a text that is only names (`_names_before_date`)."""
    return split_byline_names(text) if _names_before_date(text) else None


# A browser's text save of a line that is one link: its text, then its address in angle brackets ("Jane Doe
# <https://example.com/author/jane-doe>", Firefox's "Save Page As… Text Files")
_SAVED_LINK = re.compile(r"(?P<text>[^<>\[\]]+?) <(?P<target>https?://[^\s<>]+)>")


def author_link_names(raw: str) -> list[str]:
    """The names of a markdown line's links to an author's page ("[Jane Doe](/author/jane-doe)", a browser's
    text save's "Jane Doe <https://…/author/jane-doe>"): the page's own mark of its author, as rel="author" is in
    HTML; a link's text that is not a name ("More by Jane", "Authors") counts for nothing."""
    names: list[str] = []
    saved = _SAVED_LINK.fullmatch(raw.strip()) if "<http" in raw else None
    for text, target in markdown.links(raw) or ([(saved["text"], saved["target"])] if saved else []):
        plain = " ".join(markdown.to_plain(text).split())
        if looks_like_names(plain) and author_page_of(target, plain):
            names.extend(split_byline_names(plain))
    return list(dict.fromkeys(names))


def author_page_of(target: str, name: str) -> bool:
    """An address in a folder of authors' pages whose last part spells a word of the name
    ("/author/jane-doe/" for Jane Doe): "View profile" linked to it names no one."""
    path = target.split("://", 1)[-1].partition("/")[2] if "://" in target else target
    parts = [part for part in _PATH_SPLIT.split(ascii_spelling(path.casefold())) if part]
    if len(parts) < 2 or not any(part in _AUTHOR_PATH_WORDS for part in parts[:-1]):
        return False
    spellings = {ascii_spelling(name.casefold()), ascii_spelling(name.casefold().translate(_UMLAUTS_SPELLED))}
    return any(len(word) >= 3 and word in parts[-1] for spelt in spellings for word in re.split(r"[\s.'’-]+", spelt))


# An umlaut as an address spells it out ("Oberländer" -> "oberlaender"), beside its bare letter ("oberlander")
_UMLAUTS_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def ascii_spelling(text: str) -> str:
    """'José Núñez' -> 'jose nunez': how a name is spelled in an address."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def split_names(raw: str) -> list[str]:
    """Person names in a raw author string from page metadata ("A, B and C", "Name, MS, RD",
    "By X | Agency")."""
    chunks = _METADATA_SPLIT.split(_EMAIL.sub("", raw.strip()))
    names = []
    for index, chunk in enumerate(chunks):
        if index and _opens_role(chunk):
            break
        if name := _clean_name(chunk, first=index == 0):
            names.append(name)
    return _drop_contained(list(dict.fromkeys(names)))


def _opens_role(chunk: str) -> bool:
    """Whether a chunk after a name is the writer's role: a role word first ("Head of Marketing"), a role's
    words ending on its head as English writes them ("Local Studies Librarian"), or a lone lower-case word
    ("gastroenterologist"). What follows a role is its department or employer ("Danielle Padula, Head of
    Marketing and Community Development", "Vanessa Mendez, MD, gastroenterologist, Parkview Health"), not a
    co-author."""
    words = chunk.split()
    return bool(words) and (
        _is_role_word(words[0])
        or (len(words) <= NAME_MAX_WORDS and _is_role_word(words[-1]))
        or (len(words) == 1 and words[0].islower())
    )


def _opens_affiliation(chunk: str) -> bool:
    """Whether a chunk after a name is the writer's department or institution ("Department of Geography")."""
    words = chunk.split()
    return bool(words) and words[0].casefold() in AFFILIATION_WORDS


def split_byline_names(raw: str) -> list[str]:
    """Person names on a byline line of the text, in any of its languages ("A, B and C", "By X |
    Agency", "Par X, à Paris", "Von X mit dpa", "JANE DOE and JOHN ROE"): what follows a name there
    is often a place or a co-credit."""
    chunks = _SPLIT.split(_TRAILING.sub("", _EMAIL.sub("", raw.strip())))  # " | Reuters", " - Staff writer"
    if _names_one_desk(chunks):
        return []
    names: list[str] = []
    for index, chunk in enumerate(chunks):
        if names and (_opens_role(chunk) or _opens_affiliation(chunk)):
            break
        chunk = _HONORIFIC.sub("", _AFTER_NAME.sub("", chunk.strip()))  # "prof.ssa Donatella Ferrigno", "dr Jan Kos"
        if chunk.isupper() and " " in chunk:  # "JOHN ROE": a name in capitals, not a credential
            chunk = chunk.title()
        if not chunk or chunk[0].islower():  # "à Toulouse", "de São Paulo": a place, not a person
            continue
        if names and len(chunk.split()) == 1 and len(names[0].split()) > 1 and not _CREDENTIAL.match(chunk):
            continue  # "Jonas Weber, Berlin": a lone word after a full name is the place it was written
        if (name := _clean_name(chunk, first=index == 0)) and not _names_desk_or_title(name):
            names.append(name)
            if has_digit(chunk):
                break  # "Ana García el 15 de enero de 2026 en Noticias": what follows a byline's date names no one
    return _drop_contained(list(dict.fromkeys(names)))


def _names_one_desk(chunks: list[str]) -> bool:
    """Whether a byline's joined parts are one desk's or office's name, no person's: single words joined before a
    last part that ends with a desk's word ("Highways and Emergency Planning Team", "Parks and Recreation
    Department", "Roads and Transport Office"); a person's name has two words, so "Jane Doe and the Editorial
    Team" keeps its writer."""
    words = [chunk.split() for chunk in chunks if chunk.strip()]
    if words and len(words[0]) == 2 and words[0][0].casefold() in PUBLICATION_ARTICLES:
        words[0] = words[0][1:]  # "the Parks and Recreation Department"
    return (
        len(words) > 1
        and words[-1][-1].casefold().strip(".,:") in DESK_WORDS
        and all(len(part) == 1 and part[0][:1].isupper() for part in words[:-1])
    )


def _names_desk_or_title(name: str) -> bool:
    """Whether a byline's name is a desk's, named by its first word ("Equipo Directivo", "Redazione Cultura"), or a
    title whose last word is in small letters ("Dirigente scolastica"): a person's name ends capitalised. Bylines
    only: a page's metadata writes accounts in small letters ("www koffergepackt com")."""
    words = name.split()
    return words[0].casefold() in DESK_WORDS or (len(words) > 1 and words[-1][:1].islower())


def _clean_name(chunk: str, first: bool) -> str | None:
    """A person's name from one chunk; a lone credential after a name ("MS", "Ph.D.") is None."""
    chunk = _LEADING_BY_WORD.sub("", _TRAILING.sub("", _HANDLE.sub("", chunk).strip())).strip(" .,:;")
    if is_date_label(chunk) or (not first and " ".join(chunk.casefold().split()) in AGENCY_LINES):
        return None  # "Posted on", "Veröffentlicht am": a date's label; "…, Europa Press" after a name: its agency
    if any(word.lower().strip(".,:") in NOT_PERSON_WORDS for word in chunk.replace("©", " © ").split()):
        return None
    chunk = _GLUED_DATE_LABEL.sub(" ", chunk)
    dated = _MONTHS.search(chunk) is not None
    chunk = _HONORIFIC.sub("", _MONTHS.sub("", chunk).strip(" .,:;"))
    words = _before_date(chunk.split(), dated)
    for index, word in enumerate(words):
        key = word.lower().strip(".,:")
        if index and (key in DATE_LABEL_WORDS or _DATE_LABEL_WORD.match(word)):
            words = words[:index]  # "Sonia Mevissen Erstellt": the label of the date after the name
            break
        if _is_role_word(key):
            # a credit word first or second is the chunk's label ("Fact Checked", "Translated by X")
            words = [] if key in OTHER_CREDIT_WORDS and index < 2 else words[:index]
            break
    while words and words[-1].lower() in ROLE_MODIFIERS:
        words.pop()
    while len(words) > 2 and _TRAILING_CREDENTIAL.match(words[-1]):
        words.pop()  # "Cara Dumaplin RN", "Jeffrey A Slotnick CPP"
    words = _without_avatar_initials(words)
    if not words or len(words) > 5:
        return None
    if not first and (all(_CREDENTIAL.match(word) for word in words) or _CREDENTIAL.match(" ".join(words))):
        return None
    if not first and len(words) > 1 and words[0].casefold() in PUBLICATION_ARTICLES:
        return None  # "Jane Doe, The Commercial Appeal": the paper after its writers
    if len(words) == 1 and words[0].lower().strip(".") in NOT_A_LONE_NAME:
        return None
    name = " ".join(words)
    if name.isupper() and len(name) > 3:
        name = " ".join(word.capitalize() for word in words)
    return name


def _before_date(words: list[str], dated: bool) -> list[str]:
    """The words of a name before a date run into its byline ("Max Muster am 12.03.2020", "Jane Doe
    on" once its month is gone): from the second word on, a word with a digit ends the name, and the
    lower-case words left before the date ("on", "am", "le") go with it."""
    cut = next((index for index, word in enumerate(words) if index and has_digit(word)), None)
    if cut is not None:
        words = words[:cut]
    while (dated or cut is not None) and len(words) > 1 and words[-1][:1].islower():
        words = words[:-1]
    return words


def _without_avatar_initials(words: list[str]) -> list[str]:
    """'CM Craig McCarthy': an avatar's initials rendered as text before the name they abbreviate."""
    initials = "".join(word[0] for word in words[1:]).upper()
    if len(words) >= 3 and words[0].isupper() and words[0] == initials:
        return words[1:]
    return words


def _drop_contained(names: list[str]) -> list[str]:
    """'Tina Huffman' next to 'Tina Flint Huffman' is the same person named twice."""
    keys = [set(name.casefold().split()) for name in names]
    return [
        name
        for index, name in enumerate(names)
        if not any(index != other and keys[index] < keys[other] for other in range(len(names)))
    ]


def split_credit(text: str) -> tuple[str, str, str]:
    r"""The text before its first separator, the separator and the text after it, the spaces around the
    separator left out (the text and two empty strings when it holds none): what the pattern
    `\s*([,|(])\s*` split once gives, without its leading spaces tried at every character."""
    found = _CREDIT_SEPARATOR.search(text)
    if found is None:
        return text, "", ""
    return text[: found.start()].rstrip(), found[0], text[found.end() :].lstrip()


def parse_credit_line(plain: str) -> list[str] | None:
    """The people of a byline without a "By"-word: "Jane Doe, AFP", "Jane Doe | Reuters", "Jane Doe
    (ANSA)", "Jane Doe, Staff writer", "Вікторія Остапенко, кандидатка економічних наук", "Ana Ruiz y
    Luis Gil | Zaragoza" (names, then only an agency, a role, a role or degree in small letters, or a
    place), "Katarzyna Nowicka, Piotr Zając" (two people); a photo credit goes on with a caption
    and is none ("Noah Berger / AP" under a headline's picture credits it), and so is a place's name
    ("San Jose, California"). After a comma, each comma's part may credit so ("Jane Doe, Courts Reporter, and
    PA"). A courtesy title in small letters may open the name ("dr Marianna Kwaśniewska, kierowniczka działu
    ssaków"), and a writer's role in small letters stand in brackets after it ("Rinske Hoogvliet
    (ritcoördinator)")."""
    name, separator, rest = split_credit(plain.strip())
    if not separator:
        return None  # no separator: no credit after the names
    if separator == "(" and not rest.endswith(")"):
        return None
    rest = rest.removesuffix(")") if separator == "(" else rest  # "Jane Doe (ANSA)": the credit closes the line
    parts = rest.split(",") if separator == "," else [rest]
    if not looks_like_names(_HONORIFIC.sub("", name)) or holds_role_word(name) or _long_part(parts):
        return None  # "AI Writer, Embarque": a role and a company, no name
    if _opens_affiliation(name):
        return None  # "UNIVERSIDADE DE TRÁS-OS-MONTES | UTMN Notícias": an institution's masthead
    if all(names_place(part) for part in _SPLIT.split(name)):
        return None  # "San Jose, California": a city, then its state ("Claire Le Goff et Yannick Prigent": people)
    rest_key = " ".join(rest.casefold().split())
    if separator == "(" and _describes_role(rest) and any(map(is_writer_role, rest.split())):
        return split_byline_names(name) or None  # "(ritcoördinator)": the writer's job
    if separator == "(" and (rest_key not in AGENCY_LINES or rest_key in PHOTO_AGENCIES):
        return None  # "(ANSA)" credits a news agency; "(Shutterstock)" a picture
    if separator == "," and all(_co_author(name, part.strip()) for part in parts):
        return split_byline_names(plain) or None  # "Katarzyna Nowicka, Piotr Zając": two people or more
    is_credit = all(_credits(part.strip(), separator) for part in parts)
    return split_byline_names(name) or None if is_credit else None


def parse_slash_credit(plain: str) -> list[str] | None:
    """The writer of a byline that names them, a slash and a news agency ("Marek Zieliński / PAP"): the caller asks
    it only of the line right under the headline, as elsewhere the shape is a picture's credit ("Noah Berger / AP"
    under a photo, "Amr Dalsh / Reuters" under a byline); a photo agency's ("… / Shutterstock") never is one."""
    name, slash, agency = plain.rpartition("/")
    key = " ".join(agency.casefold().split())
    if not slash or key not in AGENCY_LINES or key in PHOTO_AGENCIES:
        return None
    return parse_credit_line(f"{name.strip()}, {agency.strip()}")


_REVIEW_CREDIT = re.compile(rf"^(?:{alternation(words_of('review_credit_words'))})\s*", re.IGNORECASE)
_REVIEW_TITLE = re.compile(rf"(?<!\w)(?:{alternation(words_of('review_title_words'))})(?!\w)", re.IGNORECASE)


def parse_review_byline(plain: str, title: str) -> list[str] | None:
    """The critic of a review's credit ("Reviewed by Imogen Thackeray | Visited April 2026", "Rezensiert von …") under
    a headline that names the page a review ("Restaurant review: …"): its writer. Elsewhere the label credits an
    expert's check ("Reviewed by" a doctor on a health page), no writer's."""
    found = _REVIEW_CREDIT.match(plain)
    if found is None or not _REVIEW_TITLE.search(title):
        return None
    return parse_byline(f"By {plain[found.end() :]}")


def _long_part(parts: list[str]) -> bool:
    """Whether a part after a credit's name is longer than a credit (three words): a phrase or a sentence."""
    return any(len(part.split()) > _CREDIT_MAX_WORDS for part in parts)


_CREDIT_MAX_WORDS = 3
# An agency's name in quotes after its kind ("РИА «Кострома-Инфо»", "ИА „Регион“")
_QUOTED_AGENCY = re.compile(r"^(?P<kind>\S+)\s+[«„“\"].+[»“”\"]$")


def _credits(rest: str, separator: str) -> bool:
    """Whether the words after a name credit it: only an agency (a joining word before it, "and PA", "com Lusa";
    or its kind and its name in quotes, "РИА «Кострома-Инфо»"), a role, a role or degree in small letters, a
    student's year of study, or a place."""
    rest_key = " ".join(rest.casefold().split())
    words = rest_key.replace("-", " ").split()
    quoted = _QUOTED_AGENCY.match(rest)
    return bool(
        rest_key in AGENCY_LINES
        or all(word in ROLE_WORDS or word in ROLE_MODIFIERS for word in words)
        or (len(words) <= 2 and rest[:1].isupper() and not has_digit(rest))  # a place
        or (separator == "," and _describes_role(rest))  # "dziennikarz działu gospodarczego"
        or (separator == "," and has_digit(rest) and _STUDY_YEAR.fullmatch(rest) is not None)  # "3 курс"
        or (len(words) > 1 and words[0] in _JOINS_AGENCY and " ".join(words[1:]) in AGENCY_LINES)  # "com Lusa"
        or (quoted and (quoted["kind"].casefold() in AGENCY_LINES or quoted["kind"].isupper()))
    )


_JOINS_AGENCY = _AFTER_NAME_WORDS | frozenset(words_of("name_joiners"))  # "com Lusa", "and PA"
# A student's year of study (`study_year_words`), its number before the word or after it ("3 курс", "3rd year",
# "5. Semester", "3.º curso", "Year 11")
_STUDY_YEAR_WORDS = alternation(words_of("study_year_words"))
_STUDY_YEAR = re.compile(
    rf"\d{{1,2}}[^\s\d]{{0,3}}\s*(?:{_STUDY_YEAR_WORDS})|(?:{_STUDY_YEAR_WORDS})\s+\d{{1,2}}", re.IGNORECASE
)


def _describes_role(rest: str) -> bool:
    """Whether the words after a credit's comma are a role or a degree in the page's own words, all in small
    letters and none a function word ("psicóloga familiar", "jurist", "кандидатка економічних наук", "senior
    labour-market economist"): a
    co-author or a place would be capitalised, and a phrase ("From Wikipedia, the free encyclopedia") or a
    sentence ("is back") holds a function word."""
    return all(  # a compound's hyphen too ("senior labour-market economist")
        word.replace("-", "").isalpha() and word.islower() and word not in _FUNCTION_WORDS for word in rest.split()
    )


def _co_author(name: str, rest: str) -> bool:
    """Whether the words after a credit's comma are a second person's name, not the place it was written:
    a given name and a surname as the first part's are, in the same script, no word a place's
    ("Ірина Савчук, Богдан Мельник"; "Jane Doe, New York" names a city)."""
    words = rest.split()
    return (
        len(words) == len(name.split()) == 2
        and looks_like_name(rest)
        and _script(rest) == _script(name)
        and not names_place(rest)
        and not any(word.casefold() in ROLE_WORDS | ROLE_MODIFIERS for word in words)  # "Business Insider"
    )


def names_place(name: str) -> bool:
    """Whether a name holds a word of a place's name ("New York", "San Jose"): no person's."""
    return any(word.casefold() in PLACE_WORDS for word in name.split())


def _script(text: str) -> str:
    """The script of a text's first letter ("LATIN", "CYRILLIC"), as Unicode names it."""
    letter = next((char for char in text if char.isalpha()), "")
    return unicodedata.name(letter, "").split(" ")[0]


def holds_role_word(text: str) -> bool:
    """Whether a word of `text` is a role's or another credit's ("Staff Writer", "Fact Checked")."""
    return any(map(_is_role_word, text.split()))


def _is_role_word(word: str) -> bool:
    """Whether one word, punctuation aside, is a role's or another credit's ("Writer", "Editor:"), a hyphenated
    one by its head too ("Editor-at-large", "Rédacteur-en-chef")."""
    key = word.casefold().strip(".,:")
    return key in ROLE_WORDS or ("-" in key and key.partition("-")[0] in ROLE_WORDS)


def _last_word(text: str) -> str:
    """The last word of a text, colons aside, in lower case ("Reviewed by:" -> "by")."""
    words = text.replace(":", " ").rsplit(None, 1)
    return words[-1].lower() if words else ""


# The last word of each "By"-word, colons aside ("by", "author", "auteur" of "auteur :"): the label's last word.
_BY_WORD_ENDS = frozenset(_last_word(word) for word in words_of("byline_words"))
# A label for another credit than the writing over the name it credits: its words then a "By"-word or the last word
# of one ("Fact Checked By", "Reviewed by:", "Sprawdzone przez"), or a credit's word and a colon ("Проверено:").
_OTHER_CREDIT_LABEL = re.compile(
    rf"^(?:(?:\S+\s+){{1,3}}(?:{BY_WORD}|{alternation(tuple(sorted(_BY_WORD_ENDS, key=len, reverse=True)))})\s*:?"
    rf"|(?:\S+\s+){{0,2}}(?:{alternation(words_of('other_credit_words'))})\s*:)$",
    re.IGNORECASE,
)


def labels_other_credit(plain: str) -> bool:
    """Whether a line is only a label crediting other work than the writing, the name left for the
    next line ("Fact Checked By" over the fact-checker's name, "Reviewed by:", "Проверено:"). A line
    whose last word ends no "By"-word and is no credit's word is none, looked at first: the pattern
    tries every "By"-word after each of the first words. A last word with a letter outside ASCII goes
    to the pattern, whose case-blind match is not `str.lower`'s there."""
    last = _last_word(plain)
    if last.isascii() and last not in _BY_WORD_ENDS and last not in OTHER_CREDIT_WORDS:
        return False
    return _OTHER_CREDIT_LABEL.match(plain.strip()) is not None and holds_role_word(plain)


NAME_MAX_WORDS = 4  # a person's name on a line of its own: "Anna van der Berg"


def looks_like_name(text: str) -> bool:
    """Two to four capitalised words of letters (name particles allowed): how a person's name looks
    on a line of its own. A word of letters alone is told in one look, its characters read one by one only else."""
    words = text.split()
    return (
        2 <= len(words) <= NAME_MAX_WORDS
        and all(
            (word[0].isupper() and (word.isalpha() or all(ch.isalpha() or ch in "-'’." for ch in word)))
            or word in NAME_PARTICLES
            for word in words
        )
        and words[0][0].isupper()
        and words[-1][0].isupper()
    )


# Words of a brand's, a team's or a desk's name, a person's never ("By Citadel Financial Tips", "Editorial Team").
BRAND_WORDS: frozenset[str] = ROLE_WORDS | ORGANISATION_WORDS | frozenset(words_of("brand_words"))


def signs_as_writer(names: list[str]) -> bool:
    """Names that read as people's, each of them: a writer's byline, not a brand's or a team's, whose date is
    the page's wherever it stands (a brand's signs teasers and guides alike)."""
    return bool(names) and all(looks_like_name(name) and not holds_brand_word(name) for name in names)


def holds_brand_word(name: str) -> bool:
    """Whether a name holds a word of a brand's, a team's or a desk's name (`BRAND_WORDS`), as no person's does."""
    return any(word.lower() in BRAND_WORDS for word in name.split())


# A writer's role in any language ("reporter", "Redakteurin"): run before a name, it is no part of it.
_WRITER_ROLES: frozenset[str] = frozenset(words_of("role_words"))
_LEADING_ROLE_MAX_WORDS = 3  # "Court reporter", "Senior Staff Writer"
_ROLE_RUN_WORDS: frozenset[str] = ROLE_WORDS | ROLE_MODIFIERS  # the role words after it ("Staff Writer")
# The roles a compound ends with ("Grabungsleiterin", "ritcoördinator", "спецредактор"): its head names the job
_ROLE_HEADS: tuple[str, ...] = tuple(sorted(role for role in _WRITER_ROLES if len(role) >= 5 and role.isalpha()))
_COMPOUND_MIN_PREFIX = 3  # "Grabungs-", "rit-": a word of its own before the head


def is_writer_role(word: str) -> bool:
    """Whether a word, punctuation aside, is a writer's or an office-holder's role (`role_words`), or a compound
    that ends with one ("Grabungsleiterin", "Pressesprecherin", "ritcoördinator")."""
    key = word.casefold().strip(".,:()")
    return key in _WRITER_ROLES or (
        len(key) > _COMPOUND_MIN_PREFIX + 4 and key.isalpha() and key[_COMPOUND_MIN_PREFIX:].endswith(_ROLE_HEADS)
    )


def without_leading_role(text: str) -> str:
    """A line of names without the writer's role run before them ("Court reporter Priya Castellane",
    "Redakteurin Anna Müller", "Grabungsleiterin Dr. Friederike Aumüller", "секретарь правления Г. П. Сазонова" ->
    the name); any other text as it is. The role's words are the first ones, up to a writer's role
    (`is_writer_role`) and the role words or its complement in small letters after it ("правления"; no function
    word), and two words at least follow, capitalised ("The editor of the Times said" is prose)."""
    words = text.split()
    role_at = next(
        (index for index, word in enumerate(words[:_LEADING_ROLE_MAX_WORDS]) if is_writer_role(word)),
        None,
    )
    if role_at is None or not all(word.isalpha() for word in words[:role_at]):
        return text
    rest = words[role_at + 1 :]
    while rest and (rest[0].casefold() in _ROLE_RUN_WORDS or _complements_role(rest[0])):
        rest = rest[1:]
    return " ".join(rest) if len(rest) > 1 and rest[0][:1].isupper() else text


def _complements_role(word: str) -> bool:
    """Whether a word after a role is its complement in small letters ("секретарь правления", "kierowniczka
    działu"), no function word ("of", "the": a phrase goes on)."""
    return word.isalpha() and word.islower() and word not in _FUNCTION_WORDS


def looks_like_names(text: str) -> bool:
    """One name, or several joined ("ИРИНА СОКОЛОВА И ДЕНИС ЛЕБЕДЕВ", "Ana Ruiz, Luis Gil"): a byline
    without its "By"-word. A text whose first words, one more than a name may have, hold no joiner
    opens with no name (most lines asked: prose, headlines), told without searching the whole line
    for its first joiner (`_SPLIT` costs about 0.2 us a character)."""
    head = text.split(maxsplit=NAME_MAX_WORDS + 1)
    if len(head) > NAME_MAX_WORDS + 1 and _SPLIT.search(" ".join(head[: NAME_MAX_WORDS + 1])) is None:
        return False
    named = False
    for chunk in _joined_parts(text.strip()):
        if chunk:
            if not looks_like_name(chunk):
                return False  # read no further: a line of prose fails on its first words
            named = True
    return named


def _joined_parts(text: str) -> Iterator[str]:
    """`_SPLIT.split(text)`, one part at a time (a joiner is never empty): on a long line, finding
    every joiner cost more than the rest of the header's reading."""
    start = 0
    for joiner in _SPLIT.finditer(text):
        yield text[start : joiner.start()]
        start = joiner.end()
    yield text[start:]


# Words of the church's or the calendar's days ("Niedziela", "Sunday"): a name holding one is a day's, no person's.
CALENDAR_WORDS: frozenset[str] = frozenset(words_of("calendar_words"))


def names_organisation(name: str) -> bool:
    """Whether a name is an organisation's or a unit's ("Freiwillige Feuerwehr Hollbrunn", "OSP Brzezinka") or a
    calendar day's ("XXVIII Niedziela Zwykła"), no person's: a person named beside it is the page's writer."""
    return any(word.casefold() in ORGANISATION_WORDS or word.casefold() in CALENDAR_WORDS for word in name.split())


# A signature's opening: a closing formula or the writer's possessive, then its role up to a comma ("Kind regards,",
# "Il vostro parroco,", "Your vicar,"), or only the formula (the name on the next line); the words the name may run
# on from ("Ihr Jonas Wendlinger") are the rest
_SIGNATURE = re.compile(
    rf"^(?:{alternation(words_of('signature_openings'))})(?![^\W\d_])(?:(?P<role>[^,:;]{{0,40}})[,:;])?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_SIGNATURE_FIRSTS: frozenset[str] = frozenset(phrase.split()[0] for phrase in words_of("signature_openings"))
_SIGNED: frozenset[str] = frozenset(words_of("signed_marks"))  # "gez.": an office's signature, no writer's
_SIGNATURE_MAX_WORDS = 10
_SIGNATURE_ROLE_MAX_WORDS = 3  # "Il vostro parroco", "Your churchwarden and treasurer"


def signature_names(plain: str, below: str) -> list[str]:
    """The people who sign a letter or a notice under its text (a lower source than a byline, read only when none
    is found): the name after a closing formula or the writer's role and its comma ("Il vostro parroco, don Ernesto
    Valsecchi", "Your vicar, Miriam Oakshott"), or on the line `below` a formula alone ("Mit freundlichen Grüßen" /
    "Jonas Wendlinger"); or a name with its role after the comma ("ks. Marian Gąsiorek, proboszcz"). A title in
    small letters before the name ("don", "ks.") is none of it; an official's, after its signed mark ("gez. Dr. Jane
    Doe, Bürgermeisterin"), signs for the office, no writer. A line longer than a signature, or opening with
    no formula's word, signs nothing (the cheap look first)."""
    words = plain.split(None, _SIGNATURE_MAX_WORDS)  # the first words, and one part more on a longer line
    if not words or len(words) > _SIGNATURE_MAX_WORDS:
        return []
    found = _SIGNATURE.match(plain.strip()) if words[0].casefold().rstrip(",.:;!") in _SIGNATURE_FIRSTS else None
    if found is None:
        credited = _without_small_titles(plain)
        if "," not in credited or words[0].casefold() in _SIGNED:
            return []  # "gez. Dr. Jane Doe, Bürgermeisterin": the office signs
        if (named := _name_before_role(credited)) is not None:
            return _signing_names(named)
        return (parse_credit_line(credited) or []) if credited != plain.strip() else []
    role = (found["role"] or "").split()
    if len(role) > _SIGNATURE_ROLE_MAX_WORDS or any(word.casefold() in _FUNCTION_WORDS for word in role):
        return []  # "Your browser is out of date, …": a sentence, no role
    named = found["rest"].strip(" .,;:!") or (below if len(below.split()) <= NAME_MAX_WORDS + 2 else "")
    named = _without_small_titles(named.strip(" .,;:!"))
    return _signing_names(_name_before_role(named) or named)


def _signing_names(named: str) -> list[str]:
    return split_byline_names(named) if looks_like_name(named) and not holds_brand_word(named) else []


def _name_before_role(text: str) -> str | None:
    """The name before a signer's role after its comma ("Fernão Moutinho, presidente da direção", "Андрей Глушаков,
    председатель клуба": the role's first word is one of `role_words`); None when no role follows the comma."""
    name, _, role = text.partition(",")
    first = role.split()[:1]
    return name.strip() if first and is_writer_role(first[0]) else None


def _without_small_titles(text: str) -> str:
    """A name without the title in small letters before it ("don Ernesto Valsecchi", "ks. Marian Gąsiorek")."""
    words = text.split()
    titled = len(words) > 2 and words[0][:1].islower() and words[0].rstrip(".").isalpha() and words[0] not in _SIGNED
    return " ".join(words[1:] if titled else words)


# A book's details line: its author's name, a comma or a full stop, then its title and its page count ("Vera Landolt,
# Die Salzfrau. Roman. 384 Seiten, gebunden", "Лидия Кострицкая. Северный ветер: роман. — М.: Полынь, 2026. — 320 с.")
_BOOK_DETAILS = re.compile(
    rf"^(?P<name>[^,.:;«»„“\"]{{3,60}}?)[,.]\s.*?\d\s*(?:{alternation(words_of('book_page_words'))})(?![^\W\d_])",
    re.IGNORECASE,
)
_BOOK_DETAILS_MAX_WORDS = 30


def book_author_names(plain: str) -> list[str]:
    """The author a book's details line under an excerpt names first (`_BOOK_DETAILS`), a lower source than a
    byline; a line with no figure or longer than such a line names none (the cheap looks first)."""
    if not has_digit(plain) or len(plain.split()) > _BOOK_DETAILS_MAX_WORDS:
        return []
    found = _BOOK_DETAILS.match(plain.strip())
    name = found["name"].strip() if found else ""
    return (
        split_byline_names(name) if looks_like_name(name) and not (holds_brand_word(name) or names_place(name)) else []
    )
