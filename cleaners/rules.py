"""The line rules, as data.

Every rule has a name; that name is what appears in a record's `removed` audit and in run reports.
A newcomer looking for "why was this line removed?" finds the answer in this file and nowhere else.

Patterns are matched, case-insensitively, against a line's *plain text* (markdown link syntax already
reduced to its text, whitespace collapsed). `max_words` keeps a rule away from body paragraphs that
merely mention the same words: a real prompt is short.
"""

from __future__ import annotations

from dataclasses import dataclass

from cleaners.patterns import LinePatterns, lowered_if_ascii


@dataclass(frozen=True)
class LineRule:
    """A named rule that removes a line (or, with `cuts_tail`, that line and every line after it)."""

    name: str
    why: str
    patterns: LinePatterns
    max_words: int
    cuts_tail: bool = False  # only once some prose came before it: at the top it takes just the line

    def matches(self, plain: str, words: int | None = None, lowered: str | None = None) -> bool:
        """`words` and `lowered` (see LinePatterns.search), when the caller already has them (it
        asks every rule)."""
        if (len(plain.split()) if words is None else words) > self.max_words:
            return False
        return self.patterns.search(plain, lowered)


def first_matching_rule(plain: str) -> LineRule | None:
    """The first rule of LINE_RULES that takes this line, if any."""
    words, lowered = len(plain.split()), lowered_if_ascii(plain)
    return next((rule for rule in LINE_RULES if rule.matches(plain, words, lowered)), None)


# Order matters only for the audit: a line is credited to the first rule in this table that matches.
LINE_RULES: tuple[LineRule, ...] = (
    LineRule(
        name="not_found_tail",
        why="Scrapers glue an error page after the article; the error heading and all that follows go.",
        cuts_tail=True,
        max_words=14,
        patterns=LinePatterns(
            r"^(error\s*)?404\b",
            r"^page not found\b",
            r"^(sorry,?\s*)?(this|the) page (is not|isn't|is no longer) available\b",
            r"^(sorry,?\s*)?(this|the) page (you (requested|are looking for|were looking for) )?"
            r"(no longer exists|does not exist|doesn't exist|could not be found|cannot be found|can't be found|was not found)",
            r"^the (content|article|page) you requested (does not exist|is not available|could not be found)",
            r"^oops[!,.]?\s+(something went wrong|we can't find|that page)",
        ),
    ),
    LineRule(
        name="comments_tail",
        why="The comment section under an article: its heading and everything after it.",
        cuts_tail=True,
        max_words=8,
        patterns=LinePatterns(
            r"^(\d+\s+)?(comments?|responses?|replies)(\s*\(\d+\))?:?$",
            r"^(leave|post|add|write) a (reply|comment|response)\b",
            r"^(join|start) the (conversation|discussion)\b",
            r"^(show|view|load|see) (all )?(\d+ )?comments\b",
            r"^comments are closed\b",
        ),
    ),
    LineRule(
        name="comment_thread",
        why="The heading a blog puts over its comments ('34 responses to “Title”'): it and all after it.",
        cuts_tail=True,
        max_words=30,
        patterns=LinePatterns(
            r"^(\d+|one|no) (responses?|comments?|replies|thoughts?) (to|on)\s*[“\"«‘']",
        ),
    ),
    LineRule(
        name="navigation",
        why="Site chrome: skip links, menu toggles, breadcrumbs and single-word menu entries.",
        max_words=12,
        patterns=LinePatterns(
            r"^skip (to|navigation)\b",
            r"^(toggle|open|close|show|hide) (the )?(navigation|menu|search|sidebar)\b",
            r"^(main |site |mobile )?(menu|navigation)$",
            r"^(home|search|menu|sections|topics|log ?in|log ?out|sign ?in|sign ?out|my account|back to top|go to top)$",
            r"^home\s*(>|»|›|/|\||→|::)",
            r"^you are here\s*:",
            r"^(previous|next) (article|story|post|page)\b",
        ),
    ),
    LineRule(
        name="newsletter",
        why="Newsletter and subscription prompts, including ones whose heading and blurb ran together.",
        max_words=30,
        patterns=LinePatterns(
            # a newsletter heading alone, or run into its blurb ("Daily newsletterReceive …")
            r"^((the|our|free|daily|weekly|morning|evening|email|e-mail|breaking news|get (our|the))\s+)*"
            r"newsletters?($|\s*[:|–—-]|(?-i:[A-Z]))",
            r"^(sign up|subscribe|register)\b.*\b(newsletter|updates|alerts|e-?mails?|inbox|briefing|digest)",
            r"^(sign up|subscribe)( now| today| here| for free)?[.!]?$",
            r"\b(delivered|sent|straight|directly|direct) to your inbox\b",
            r"^(receive|get) .*\b(every|each) (morning|day|evening|week|weekday)\b",
            r"^enter your e-?mail( address)?\b",
            r"^thanks? (you )?for (subscribing|signing up)\b",
            r"^by (signing up|subscribing|clicking subscribe)\b",
        ),
    ),
    LineRule(
        name="social_share",
        why="Share and follow strips: lines made of social network names and share verbs.",
        max_words=12,
        patterns=LinePatterns(
            r"^((share|tweet|pin|email|e-mail|print|copy|link|save|follow|like|us|on|this|article|story|post|via|"
            r"facebook|twitter|x|whatsapp|linkedin|pinterest|pint|reddit|telegram|flipboard|messenger|instagram|"
            r"youtube|tiktok|threads|bluesky|baixar|partager|teilen|compartir|compartilhar)[\s|,:/·•-]*)+$",
        ),
    ),
    LineRule(
        name="cookie_notice",
        why="Cookie and consent banners.",
        max_words=60,
        patterns=LinePatterns(
            r"\b(we|this (web)?site) uses? cookies\b",
            r"\buse of cookies\b",
            r"^(accept|reject|manage|allow) (all )?cookies\b",
            r"^cookie (settings|preferences|policy)$",
        ),
    ),
    LineRule(
        name="advertisement",
        why="Ad slots and 'continue reading' markers left in the text where an ad or a fold was.",
        max_words=8,
        patterns=LinePatterns(
            r"^(advertisement|advertising|ad|sponsored( content)?|supported by|paid (content|post))$",
            r"^(continue reading|story continues)( (the|this) (main )?(story|article))?( below)?( advertisement)?\.?$",
            r"^(scroll|swipe) (down )?to (continue|read more)",
        ),
    ),
    LineRule(
        name="photo_credit",
        why="Photo captions and credits ('… (AP Photo/Jane Doe)', 'Credit: ESA'): about a picture, not the story.",
        max_words=60,
        patterns=LinePatterns(
            r"\((photo|image|picture|credit|photograph|foto)s?( credit)?\s*(by|:)[^()]*\)\.?$",
            r"\((ap|afp|reuters|getty images|epa)( photo[^()]*)?\)\.?$",
            r"\([^()]{2,60} via ap\)\.?$",
            r"\(image: [^()]{2,30}\)$",
            r"\bcredit: [^.]{2,50}$",
            r"^(photo|photograph|image|picture|credit)s?\s*(:|by\b|copyright\b)[^.]{0,60}$",
            r"^(image|photo|slide) \d+ of \d+$",
            r"^(getty images|reuters|afp|ap|epa)$",
        ),
    ),
    LineRule(
        name="copyright",
        why="Copyright and rights-reserved footer lines.",
        max_words=25,
        patterns=LinePatterns(
            r"^(©|\(c\)\s*\d{4}|copyright\s*(©|\(c\))?\s*\d{4})",
            r"©\s*\d{4}",
            r"\ball rights reserved\b",
        ),
    ),
    LineRule(
        name="related_links",
        why="Prompts that lead to other articles rather than continuing this one.",
        max_words=16,
        patterns=LinePatterns(
            r"^(you (may|might|could) (also )?(like|enjoy|be interested in))\b",
            r"^(read|see) (more|also|next)\b\s*[:»>-]?",
            r"^also read\b",
            r"^related( (articles?|stories|posts|content|coverage|news|links|topics|reading))?\s*[:»>-]?$",
            r"^related\s*:",
            r"^(more|further) (reading|stories|articles|news)( from| on| in|:|$)",
            r"^more from\b[^.]*$",
            r"^recommended( for you| stories| articles| reading)?\s*:?$",
            r"^(most (popular|read|viewed|shared|commented))\b[^.]*$",
            r"^(trending|popular) (now|stories|articles|today)\b[^.]*$",
            r"^(don't|do not) miss\b[^.]*$",
        ),
    ),
    LineRule(
        name="contact_line",
        why="Contact-the-author lines and bare e-mail addresses.",
        max_words=30,
        patterns=LinePatterns(
            r"^(contact|e-?mail|write to|reach|message) (the |this )?(authors?|reporters?|writers?|editors?|columnists?|newsroom)\b",
            r"^(contact|e-?mail) (us|me|him|her|them) at\b",
            r"^(contact|e-?mail|write to|reach) [^.]{0,60}\bat\s+[\w.+-]+@[\w-]+\.",
            r"^(send|have) (us )?(a )?(news )?tips?\b.*@",
            r"^[\w.+-]+@[\w-]+(\.[\w-]+)+(\s*(,|and|or)\s*[\w.+-]+@[\w-]+(\.[\w-]+)+)*$",
        ),
    ),
)

# The share strip; a tail-cutting label ("Comments") standing in one is a button of it, not a heading.
SHARE_STRIP_RULE: LineRule = next(rule for rule in LINE_RULES if rule.name == "social_share")

# Lines outside the article's main run of prose, in a whole-page text dump (see cleaners/regions.py).
OUTSIDE_ARTICLE_RULE = "outside_article"
MENU_RUN_RULE = "menu_run"
REPEATED_ON_DOMAIN_RULE = "repeated_on_domain"
REPEATED_IN_PAGE_RULE = "repeated_in_page"

# Metadata lines are consumed into fields; these names label them in the `removed` audit.
TITLE_RULE = "title"
BYLINE_RULE = "byline"
DATELINE_RULE = "dateline"
SOURCE_URL_RULE = "source_url"
MARKDOWN_IMAGE_RULE = "markdown_image"
MARKDOWN_SYNTAX_RULE = "markdown_syntax"
LINK_ONLY_RULE = "link_only"

METADATA_RULES: dict[str, str] = {
    TITLE_RULE: "The page's headline: a `# Title` line, else the first headline-like line; becomes `title`.",
    BYLINE_RULE: "A 'By …' line near the top; its names become `authors`.",
    DATELINE_RULE: "A line near the top that is only a date (optionally 'Published …', a time and zone).",
    SOURCE_URL_RULE: "A scraper's 'Original url:' line and the URL after it; becomes `url`.",
}

REGION_RULES: dict[str, str] = {
    OUTSIDE_ARTICLE_RULE: "A line before or after the page's main run of prose: menus, link lists, footers.",
    MENU_RUN_RULE: "Three or more short lines in a row without sentence punctuation: a menu inside the text.",
    REPEATED_ON_DOMAIN_RULE: "A line the page's site repeats on many of its pages in this corpus (cleaners/repeats.py).",
    REPEATED_IN_PAGE_RULE: "Article text the dump already had higher up: a teaser of the lede, a second copy of the story.",
}

SYNTAX_RULES: dict[str, str] = {
    MARKDOWN_IMAGE_RULE: "A line that is only a markdown image.",
    MARKDOWN_SYNTAX_RULE: "A line that is only markdown syntax, such as a `---` separator.",
    LINK_ONLY_RULE: "A markdown line made only of links (a menu or link list entry).",
}

# A line ending in one of these words stops mid-sentence: the scraper split a paragraph there.
DANGLING_WORDS: frozenset[str] = frozenset(
    """a an the of to in on at by for from with into onto upon over under about after before between
    and or but nor as than that which who whom whose his her its their our your my this these those
    is are was were be been has have had will would shall should can could may might must
    said says told according""".split()
)


def rule_descriptions() -> dict[str, str]:
    """Every rule name with a one-line reason, for docs and reports."""
    described = {rule.name: rule.why for rule in LINE_RULES}
    described.update(METADATA_RULES)
    described.update(SYNTAX_RULES)
    described.update(REGION_RULES)
    return described
