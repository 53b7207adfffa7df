"""Markdown syntax to plain text, one line at a time.

Only syntax is removed: link text, editorial brackets such as `[the U.S. President]` and the words of
every line stay. The substitutions are a table so each can be read and tested on its own.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

# A link's or image's parenthesis: its address and optional title. html2text escapes a parenthesis inside
# an address ("[here](javascript:void\(0\);)", "…/Dot%20\(2\).svg"): an escaped character is part of the
# address, not its end (the loop unrolled: as fast as the unescaped form). The one definition for images,
# links and their targets.
_ADDRESS = r"\((?P<address>[^()\\]*(?:\\.[^()\\]*)*)\)"
_IMAGE = re.compile(r"!\[([^\]]*)\]" + _ADDRESS)
# `[text](target)` or `[text][ref]`; a bracket not followed by `(` or `[` is editorial and stays.
_LINK = re.compile(r"\[(?P<text>[^\[\]]*)\]" + _ADDRESS + r"|\[(?P<ref_text>[^\[\]]+)\]\[[^\]]*\]")
# lynx and w3m number their links: "[12]Home", "the [3]council said"; a reference is syntax, not text.
_LYNX_REF = re.compile(r"\[\d{1,4}\](?=[^\s\[(\]])")
_LYNX_LINK_LINE = re.compile(r"^\s*(?:[-*+•]\s+)?\[\d{1,4}\]\S.*[^.!?…]$")
# A label of up to three words and a colon, then two or more numbered links of up to four words each and
# no sentence: a dump's link list in any language ("Schlagworte: [14]Astronomie [15]Sonneberg").
_LYNX_LINK_LIST = re.compile(
    r"^\s*(?:[-*+•]\s+)?(?:[^\s\[\]:]+\s){0,2}[^\s\[\]:]+:(?:\s*\[\d{1,4}\][^\s\[\].!?…]+(?:\s[^\s\[\].!?…]+){0,3}){2,}\s*$"
)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>", re.IGNORECASE)
# reStructuredText's hyperlink (pandoc's `-t rst`: "`Startseite </>`__"): its text
_RST_LINK = re.compile(r"`(?P<text>[^`<>]+?)\s*<[^`<>\s]+>`__?")
# html-to-text's link: its text, then its target in brackets ("Accueil [/]", "Imprimer [javascript:window.print()]");
# an editorial bracket ("[sic]", "[the President]") holds no address
_TEXT_LINK_TARGET = r"\s\[(?:[/#]|https?://|mailto:|javascript:)[^\s\[\]]*\]"
_TEXT_LINK_ONLY = re.compile(
    rf"^(?:[-*+•]\s+)?(?:[^\[\].!?…]{{1,60}}{_TEXT_LINK_TARGET}(?:\s*[·|]\s*|\s+|$))+$", re.IGNORECASE
)
_TEXT_IMAGE_ONLY = re.compile(r"^[^\[\]]{0,200}\s\[[^\s\[\]]+\.(?:jpe?g|png|gif|webp|svg|avif)\]$", re.IGNORECASE)
# MediaWiki's image, a file's link in any namespace's name ("[[File:plan.jpg|thumb|Der Entwurf]]", "[[Plik:…]]",
# "[[Файл:…]]"): the picture and its caption, told by the file's extension
_WIKI_IMAGE = re.compile(
    r"\[\[[^\[\]|:]+:[^\[\]|]+\.(?:jpe?g|png|gif|webp|svg|avif|tiff?)(?:\|[^\[\]]*)?\]\]", re.IGNORECASE
)
# A text browser's form controls alone on a line ("[ Pesquisar________ ] [ OK ]", html2text's "[Cerca      ] [Vai]")
_FORM_CONTROLS = re.compile(r"^(?:\[[^\[\]]*\]\s*){2,}$")
# An HTML element's tag a converter left in the markdown ('<div class="share">', '</figure>', '<br>'): markup,
# its text stays. Only the elements a page's layout is built of, their attributes quoted, and glued to the text on
# one side at least ("Guérandel<br>Catégories", "<div class="pub">Publicité</div>"): "a <b and c> d", "x<y" and a
# tag a sentence names between spaces ("30 Years of <br> Tags") stay. jusText's "<h class="good" …>" is a heading's.
_TAG = (
    r"</?(?:a|abbr|address|article|aside|b|blockquote|br|button|cite|dd|div|dl|dt|em|figcaption|figure|footer"
    r"|form|h[1-6]?|header|hr|i|img|input|label|li|main|nav|ol|p|picture|section|small|source|span|strong|sub"
    r"|summary|details|sup|time|u|ul)(?:\s+[\w:-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*/?>"
)
# That is `(?<=\S)(?:_TAG)|(?:_TAG)(?=\S)`, written to open with the tag's "<" (the character before it looked at
# behind it): the regex engine then looks for the pattern only where a "<" stands, not at every position of a line
# holding one (a lynx dump's "<https://…>").
_HTML_TAG = re.compile(rf"<(?:(?<=\S<){_TAG[1:]}|{_TAG[1:]}(?=\S))", re.IGNORECASE)
# An HTML line break so left in the markdown: a line's end, as a browser shows it ("Par Jane Doe<br>Catégories : …");
# `(?<=\S)<br\s*/?>|<br\s*/?>(?=\S)` opening with its "<", as `_HTML_TAG` does
_HTML_BREAK = re.compile(r"<(?:(?<=\S<)br\s*/?>|br\s*/?>(?=\S))", re.IGNORECASE)
# pandoc's attributes on a link or a span anywhere in a line ("[Jane Doe]{.author}", "[Home](/){.brand}"): markup,
# so a span's brackets go with them and leave its text, and a link's are dropped before the link is read.
_PANDOC_ATTRIBUTES = r"\{[#.][\w-]+(?:\s+[#.]?[\w-]+(?:=[^\s{}]+)?)*\}"
_PANDOC_SPAN = re.compile(r"\[(?P<text>[^\[\]]*)\]" + _PANDOC_ATTRIBUTES)
_PANDOC_LINK_ATTRIBUTES = re.compile(r"(?<=\))" + _PANDOC_ATTRIBUTES)

# AsciiDoc's inline macros (pandoc's `-t asciidoc`): a link's text ("link:/subscribe/[See plans]"),
# an image gone ("image:/logo.svg[Site]")
_ASCIIDOC_LINK = re.compile(r"\blink:[^\s\[\]()]*\[(?P<text>[^\[\]]*)\]")
_ASCIIDOC_IMAGE = re.compile(r"\bimage::?[^\s\[\]]+\[[^\[\]]*\]")

# Textile's link ('"Portada":/', '"Facebook":https://…'; pandoc's `-t textile`): its text, quotes and target gone;
# a quotation before a colon ('"Yes": she said') has no address after it
_TEXTILE_LINK = re.compile(r'"(?P<text>[^"\n]+)":(?:[/#]|https?://|mailto:)[^\s"]*', re.IGNORECASE)
# Textile's block signature opening a line ("h1(#titular). Headline", "h2. Related", "p(share). Share: …", "bq. …")
_TEXTILE_BLOCK = r"(?:h[1-6]|p|bq)(?:\([^()\s]*\))?\.\s"

# LaTeX's heading (pandoc's `-t latex`: "\section{Headline}\label{id}", "\subsection{Related}")
_LATEX_HEADING = r"\\(?:sub){0,2}section\*?\{"
# the other markups' links: LaTeX's ("\href{/}{Accueil}"), Jira's, its text then its target ("[Portada|/]",
# "[Facebook|https://…]"; pandoc's `-t jira`), BBCode's ("[url=https://…]Inicio[/url]"); and the character each
# needs (substrings, looked for before the pattern), to tell a line of them alone
_LATEX_LINK = re.compile(r"\\href\{[^{}]*\}\{(?P<text>[^{}]*)\}")
_JIRA_LINK = re.compile(r"\[(?P<text>[^\[\]|]+)\|(?:[/#]|https?://|mailto:)[^\[\]\s|]*\]", re.IGNORECASE)
_BBCODE_LINK = re.compile(r"\[url=[^\[\]\s]+\](?P<text>.*?)\[/url\]", re.IGNORECASE)
# Typst's ('#link("/news")[News]', "#link(<main>)[Skip …]"; pandoc's `-t typst`), Texinfo's ("@uref{/x,Home}";
# `-t texinfo`), org's and Muse's, the target first ("[[/actualites][Actualités]]"; `-t org`, `-t muse`), XWiki's,
# the text first ("[[Cronaca>>/cronaca]]", '[[Vai al contenuto>>||anchor="contenuto"]]'; `-t xwiki`)
_TYPST_LINK = re.compile(r'#link\((?:"[^"]*"|<[^<>]*>)\)\[(?P<text>[^\[\]]*)\]')
_TEXINFO_LINK = re.compile(r"@uref\{[^{},]*,\s*(?P<text>[^{}]*)\}")
_ORG_LINK = re.compile(r"\[\[[^\[\]]+\]\[(?P<text>[^\[\]]+)\]\]")
_XWIKI_LINK = re.compile(r"\[\[(?!image:)(?P<text>[^\[\]]*?)>>[^\[\]]*\]\]")
_OTHER_LINKS = (
    (("\\href",), _LATEX_LINK),
    (("[", "|"), _JIRA_LINK),
    (("[url=",), _BBCODE_LINK),
    (("#link(",), _TYPST_LINK),
    (("@uref{",), _TEXINFO_LINK),
    (("[[", "]["), _ORG_LINK),
    (("[[", ">>"), _XWIKI_LINK),
)
# the first character of each of those links' first substrings: a line holding none of them (most lines) holds none
# of the links, told in one look where each link's substrings were looked up in turn
_OTHER_LINK_MARK = re.compile(f"[{''.join(sorted({re.escape(needs[0][0]) for needs, _ in _OTHER_LINKS}))}]")
# the wikis' links and XWiki's picture ('[[image:/img/logo.png||alt="Site"]]'), read before markdown's links, whose
# brackets would take "[/actualites][Actualités]" for a reference link
_WIKI_LINKS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\[\[image:[^\[\]]*\]\]", re.IGNORECASE), ""),
    (_ORG_LINK, r"\g<text>"),
    (_XWIKI_LINK, r"\g<text>"),
)
# roff's special characters (pandoc's `-t man`: "\[en]", "\[md]", "\[bu]"), spelled by name
_ROFF_CHARACTERS = {"en": "–", "em": "—", "md": "—", "bu": "•", "cq": "’", "oq": "‘", "dq": '"', "lq": "“", "rq": "”"}
# roff's requests and macros alone on their line (".PP", ".IP \[bu] 2", ".UR /path", ".UE \c", '.TH "" ""', the
# '.\"' comment), which leave no text; a heading's (".SH HEADLINE", ".SS Related") leaves its text
_ROFF_REQUEST = r"\.(?:PP|LP|P|IP|TP|HP|RS|RE|br|sp|ad|na|nh|hy|fi|nf|TH|UR|UE|MT|ME|in|ti|ne|ce)(?:\s.*)?|\.\\\".*"
_ROFF_HEADING = r"\.S[HS]\s+"
# Texinfo's heading commands (pandoc's `-t texinfo`: "@chapter Headline", "@section Related")
_TEXINFO_HEADING = r"@(?:chapter|section|subsection|subsubsection|unnumbered|unnumberedsec|appendix|heading)\s+"
# Typst's heading with its label ("= Headline <headline>", "== Related <related>"; `-t typst`)
_TYPST_HEADING = r"(?P<mark>=+)\s+(?P<text>\S.*?)\s+<[\w:.-]+>\s*$"
_LATEX_SYMBOLS = {"bar": "|", "greater": ">", "less": "<"}
# ConTeXt's link ("\\goto{Accueil}[url(/)]") and heading, its title an option of the section's start
# ("\\startsectionlevel[title={Headline},reference={headline}]"; pandoc's `-t context`)
_CONTEXT_LINK = re.compile(r"\\goto\{(?P<text>[^{}]*)\}\[[^\[\]]*\]")
_CONTEXT_SECTIONS = r"sectionlevel|chapter|section|subsection|subsubsection|title|subject|subsubject"
_CONTEXT_HEADING = rf"\\start(?:{_CONTEXT_SECTIONS})\[(?:[^\[\]]*?,)?\s*title=\{{(?P<text>[^{{}}]*)\}}[^\[\]]*\]"
# DocBook's elements (pandoc's `-t docbook5`: "<para>", '<link xlink:href="/">Accueil</link>', "<emphasis>"):
# markup, their text stays; the document's `<title>` and a section's are headings. Those HTML shares ("<section>",
# "<figure>") are `_TAG`'s, read only glued to text.
_DOCBOOK_ELEMENT = (
    r"(?:<section\s+xml:id=\"[^\"]*\">|</?(?:info|title|para|simpara|emphasis|link|itemizedlist|orderedlist|listitem|"
    r"inlinemediaobject|mediaobject|imageobject|imagedata|literal|phrase|anchor|sidebar|variablelist|varlistentry|term|"
    r"textobject)(?:\s+[\w:-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*/?>)"
)
# glued to text on one side, as `_HTML_TAG`, or opening or closing its line ("<para>", a wrapped paragraph's
# "… festynach. </para>"): "put it in <title> tags" stays
_DOCBOOK_TAG = re.compile(
    rf"(?<=\S){_DOCBOOK_ELEMENT}|{_DOCBOOK_ELEMENT}(?=\S)|^\s*{_DOCBOOK_ELEMENT}|{_DOCBOOK_ELEMENT}\s*$"
)
_DOCBOOK_TITLE = r"\s*<title>(?=.*</title>\s*$)"
# BBCode's (a forum's, an HTML-to-BBCode converter's), read before markdown's links, which "[size=200][b]" would
# look like: a link's text ("[url=https://…]Inicio[/url]"), a picture gone ("[img]…[/img]"), a pair of tags around
# text its text, the outer pair first ("[size=200][b]Headline[/b][/size]"); a closing tag's "[/" tells them
_BBCODE_PAIR = re.compile(
    r"\[(?P<tag>b|i|u|s|color|size|font|center|quote)(?:=[^\[\]\s]+)?\](?P<text>.*?)\[/(?P=tag)\]", re.IGNORECASE
)
_BBCODE: tuple[tuple[re.Pattern[str], str], ...] = (
    (_BBCODE_LINK, r"\g<text>"),
    (re.compile(r"\[img\][^\[\]\s]+\[/img\]", re.IGNORECASE), ""),
    (_BBCODE_PAIR, r"\g<text>"),
    (_BBCODE_PAIR, r"\g<text>"),
)

# (pattern, replacement, the literals it needs one of) applied in order after links and images; a row is tried
# only on a line holding one of its literals (most rows find nothing in most lines; a row opening with a look
# behind or a word boundary, "\bimage:", is tried at every position of a line, so its word is its literal).
_SYNTAX: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str], tuple[str, ...]], ...] = (
    (re.compile(r"<!--.*?-->"), "", ("<!--",)),  # HTML comment: never rendered
    (re.compile(_TEXT_LINK_TARGET, re.IGNORECASE), "", ("[",)),  # html-to-text's link target: its text stays
    (_ASCIIDOC_IMAGE, "", ("image:",)),
    (_ASCIIDOC_LINK, r"\g<text>", ("link:",)),
    (_RST_LINK, r"\g<text>", ("`",)),
    (_TEXTILE_LINK, r"\g<text>", ('":',)),
    (re.compile(rf"^\s{{0,3}}{_TEXTILE_BLOCK}\s*"), "", (".",)),
    # LaTeX's (pandoc's `-t latex`): a link's text ("\href{/}{Accueil}"), a heading's, an emphasis's, the symbols
    # it spells as commands ("\textbar{}"); an environment's lines, a list's item, a picture and an anchor leave
    # nothing. A backslash opens each, so prose's braces stay.
    (_LATEX_LINK, r"\g<text>", ("\\",)),
    (re.compile(_LATEX_HEADING + r"(?P<text>[^{}]*)\}(?:\\label\{[^{}]*\})?\s*$"), r"\g<text>", ("\\",)),
    (re.compile(r"\\(?:emph|textbf|textit|underline)\{(?P<text>[^{}]*)\}"), r"\g<text>", ("\\",)),
    (re.compile(r"\\text(bar|greater|less)\{\}"), lambda found: _LATEX_SYMBOLS[found[1]], ("\\",)),
    (
        re.compile(
            r"^\s*\\(?:(?:begin|end)\{\w+\}|tightlist|item)\s*$"
            r"|\\includegraphics(?:\[[^\]]*\])?\{[^{}]*\}|\\hypertarget\{[^{}]*\}\{\}?"
        ),
        "",
        ("\\",),
    ),
    # ConTeXt's (pandoc's `-t context`): a link's text ("\\goto{Accueil}[url(/)]"), a switch's in its group ("{\\em
    # caption}", "{\\bf Texto:}"), a heading's title ("\\startsectionlevel[title={Headline},reference={id}]"); a
    # section's, a list's and a quotation's start and stop lines, a rule and a picture leave nothing
    (_CONTEXT_LINK, r"\g<text>", ("\\",)),
    (re.compile(r"\{\\(?:bf|em|it|sl|tt|sc|bi|bs|tf)\s+(?P<text>[^{}]*)\}"), r"\g<text>", ("\\",)),
    (re.compile(rf"^{_CONTEXT_HEADING}\s*$"), r"\g<text>", ("\\",)),
    (
        re.compile(
            rf"^\s*\\(?:stop(?:{_CONTEXT_SECTIONS}|itemize|blockquote|text)|start(?:itemize|blockquote|text)"
            r"(?:\[[^\]]*\])?|thinrule|blank(?:\[[^\]]*\])?)\s*$|\\externalfigure\[[^\]]*\](?:\[[^\]]*\])?"
        ),
        "",
        ("\\",),
    ),
    # roff's (pandoc's `-t man`): a font change ("\\f[I]caption\\f[R]") and a line's continuation ("\\c") leave
    # nothing, a special character its character ("\\[md]"), read before the backslash escapes below
    (re.compile(r"\\f(?:\[[A-Z]{0,2}\]|[BIRP])|\s*\\c$"), "", ("\\",)),
    (re.compile(r"\\\[(en|em|md|bu|cq|oq|dq|lq|rq)\]"), lambda found: _ROFF_CHARACTERS[found[1]], ("\\",)),
    (re.compile(rf"^(?:{_ROFF_REQUEST})$"), "", (".",)),
    (re.compile(rf'^{_ROFF_HEADING}"?(?P<text>[^"]*?)"?\s*$'), r"\g<text>", (".",)),
    # Typst's (pandoc's `-t typst`): a link's text, a block's, an emphasis's, a figure's caption; a picture and a
    # rule leave nothing. A "#" and the function's name open each, so a hashtag stays.
    (_TYPST_LINK, r"\g<text>", ("#",)),
    (re.compile(r"#figure\(\s*image\([^()]*\)\s*(?:,\s*caption:\s*\[(?P<text>[^\[\]]*)\])?\s*\)"), r"\g<text>", ("#",)),
    (re.compile(r"#box\(\s*image\([^()]*\)\s*\)|#image\([^()]*\)|^#horizontalrule\s*$"), "", ("#",)),
    (re.compile(r"#(?:block|emph|strong|underline)\[(?P<text>[^\[\]]*)\]"), r"\g<text>", ("#",)),
    # Texinfo's (pandoc's `-t texinfo`): a link's text, an emphasis's, a heading's; a picture, an anchor and the
    # document's structure lines ("@node …", "@itemize", "@item", "@end itemize", "\\input texinfo", "@bye") leave
    # nothing, nor does a menu's entry ("* Headline::"); "@@", "@{", "@}" are escapes
    (_TEXINFO_LINK, r"\g<text>", ("@",)),
    (re.compile(r"@(?:emph|strong|code|var|cite|dfn|samp|w|i|b|r|sc)\{(?P<text>[^{}]*)\}"), r"\g<text>", ("@",)),
    (
        re.compile(
            r"@(?:image|anchor)\{[^{}]*\}|^@(?:node|top|menu|end|itemize|enumerate|item|itemx|table|documentencoding"
            r"|documentlanguage|paragraphindent|ifnottex|iftex|ifinfo|ifhtml|bye|settitle|setfilename|c|comment"
            r"|noindent)(?:\s.*)?$"
        ),
        "",
        ("@",),
    ),
    (re.compile(rf"^{_TEXINFO_HEADING}"), "", ("@",)),
    (re.compile(r"@([@{}])"), r"\1", ("@",)),
    (re.compile(r"^\\input texinfo\b.*$|^\*\s+[^:]+::\s*$"), "", ("\\input", "::")),
    # a feed's XML around an item's HTML (RSS's "<content:encoded><![CDATA[<p>…", "]]></content:encoded>"): a CDATA
    # section's marks and a namespaced element's tag, which no prose writes
    (re.compile(r"<!\[CDATA\[|\]\]>|</?[a-z]+:[a-z][\w-]*(?:\s[^<>]*)?>", re.IGNORECASE), "", ("<",)),
    (_DOCBOOK_TAG, "", ("<",)),
    (_HTML_TAG, " ", ("<",)),
    (
        re.compile(r"^\s{0,3}(?:[-*+•]\s+)?#{1,6}\s+(.*?)(?:\s+#+)?\s*$"),
        r"\1",
        ("#",),
    ),  # ATX heading, alone or in a list item ("  * # Title"); a closing run of # needs a space before it
    # org's document title (pandoc's `-t org -s`: "#+title: Headline – Site", the page's `<title>`)
    (re.compile(r"^#\+title:\s*(.+)$", re.IGNORECASE), r"\1", ("#+",)),
    (re.compile(rf"^\s{{0,3}}{_TYPST_HEADING}"), r"\g<text>", ("=",)),  # Typst's, its label gone
    # the headings of the other markups converters write, their marks on both sides or on the left: MediaWiki's
    # ("= Headline =", "== Related =="), AsciiDoc's ("= Headline | Site", "== Headline"), the C html2text's stars
    # ("****** Headline ******", its h2 in "=====" marks)
    (
        re.compile(r"^\s{0,3}(?:(?P<mark>={1,6})\s+(?P<text>[^=\s].*?)\s+(?P=mark)|==+\s+(?P<left>[^=\s].*?))\s*$"),
        lambda found: found["text"] or found["left"],
        ("=",),
    ),
    # TiddlyWiki's headings ("! Headline", "!! Related"): marks on the left only, at the line's start
    (re.compile(r"^!{1,6}\s+(?=\S)"), "", ("!",)),
    (re.compile(r"^\s{0,3}(?P<mark>\*{2,6})\s+(?P<text>[^*\s].*?)\s+(?P=mark)\s*$"), r"\g<text>", ("**",)),
    # a plain-text e-mail's heading (Mailchimp's "** Waxwings arrive early"): two stars and a space, none closing
    (re.compile(r"^\*\*\s+([^*]+)$"), r"\1", ("**",)),
    # pandoc's attributes closing a heading or a span ("# Title {#top .lead}", "[Opinión]{.section}")
    (re.compile(r"\s*\{[#.][\w-]+(?:\s+[#.]?[\w-]+(?:=[^\s{}]+)?)*\}(?=\s*$)"), "", ("{",)),
    (re.compile(r"^\s{0,3}>\s?"), "", (">",)),  # blockquote marker
    (re.compile(r"^\s*[-*+•]\s+"), "", ("-", "*", "+", "•")),  # bullet marker (numbers of an ordered list are content)
    # html2text's emphasis: it moves a space inside the tag out of it, and puts one before the
    # punctuation after it ("al**Ministerio Público** , la" for "al <b>Ministerio Público</b>, la")
    (re.compile(r"(?<=[^\W_])(\*\*|__)(?=[^\W_][^*_]*?[^\W_]\1(?![^\W_]))"), r" \1", ("**", "__")),
    (re.compile(r"(?<=[^\s*_])([*_]+) (?=[,.;:!?)](?:\s|$))"), r"\1", ("* ", "_ ")),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2", ("**", "__")),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"), r"\1", ("*",)),  # emphasis with *
    (re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"), r"\1", ("_",)),  # emphasis with _
    (re.compile(r"`([^`]+)`"), r"\1", ("`",)),  # inline code
    # a note-taking app's wiki link ("[[Jane Doe]]", "[[2026-07-11]]", "[[target|shown]]"): its shown text; not a
    # link's bracketed text ("[[email protected]](/cdn-cgi/l/email-protection)")
    (re.compile(r"\[\[(?=[\w/#])(?:[^\[\]|]*\|)?([^\[\]|]+)\]\](?!\()"), r"\1", ("[[",)),
    (_JIRA_LINK, r"\g<text>", ("[",)),  # Jira's link
    # a picture: Jira's ("!/img/logo.png!"), DokuWiki's ("{{/img/logo.png|Site}}"), told by the file's extension
    (re.compile(r"(?<!\S)![^\s!]+\.(?:jpe?g|png|gif|webp|svg|avif)!(?!\S)", re.IGNORECASE), "", ("!",)),
    (
        re.compile(r"\{\{[^{}|\s]+\.(?:jpe?g|png|gif|webp|svg|avif)(?:\?[^{}|\s]*)?(?:\|[^{}]*)?\}\}", re.IGNORECASE),
        "",
        ("{{",),
    ),
    # a hard line break's backslash at the line's end (CommonMark's; Outline's and other editors' exports:
    # "**Jane Doe**\\" over the date line): syntax, not an escape
    (re.compile(r"(?<=[^\\\s])\\$"), "", ("\\",)),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])"), r"\1", ("\\",)),  # backslash escapes
    # MediaWiki's bold ("'''Jane Doe'''"): three quotes or more on both sides (two mark a quotation in prose)
    (re.compile(r"'{3,5}(?=[^\s'])(?P<text>.+?)(?<=[^\s'])'{3,5}"), r"\g<text>", ("'''",)),
    # TiddlyWiki's bold ("''Jane Doe''"): two quotes, so only a few words without a sentence's stop, opening the line
    # or after a label's colon, then the line's end or a separator ("''Par Jane Doe'' – publié le …", "Autor: ''Jan
    # Kowalski'' · 25.11.2026"); two quotes before the sentence's words, or around a sentence, are a quotation's
    (
        re.compile(r"(?:^|(?<=:\s))''(?=[^\s'])(?P<text>[^.!?]{1,60}?)(?<=[^\s'])''(?=\s*(?:$|[-–—·|,;]))"),
        r"\g<text>",
        ("''",),
    ),
    # the wikis' italics (TiddlyWiki's, Zim's, DokuWiki's "//Jane Doe//"), not an address's "https://"
    (re.compile(r"(?<![:\w/])//(?=[^\W\d_])(?P<text>[^/]+?)(?<=[^\W\d_])//(?![\w/])"), r"\g<text>", ("//",)),
)
# The rows in runs needing the same literals, looked for once a run (a row's sub finds nothing in a line
# without them), a single literal with `in` (a line's look at each row was a third of its cost)
_SYNTAX_BY_NEEDS = tuple(
    (needs[0] if len(needs) == 1 else None, needs, tuple((pattern, replacement) for pattern, replacement, _ in rows))
    for needs, rows in itertools.groupby(_SYNTAX, key=lambda row: row[2])
)

_HEADING = re.compile(
    r"^\s{0,3}#{1,6}\s+\S"  # markdown's ATX heading
    r"|^\*\*\s+[^*]{1,100}$"  # Mailchimp's "** Headline": a short line
    r"|^\s{0,3}={1,6}\s+[^=\s].*\s=+\s*$"  # MediaWiki's "== Related =="
    r"|^\s{0,3}={2,6}\s+[^=\s]"  # AsciiDoc's "== Headline"
    r"|^\s{0,3}(\*{2,6})\s+[^*\s].*\s\1\s*$"  # the C html2text's "****** Headline ******"
    r"|^\s{0,3}h[1-6](?:\([^()\s]*\))?\.\s+\S"  # Textile's "h2. Related"
    r"|^!{1,6}\s+\S"  # TiddlyWiki's "! Headline"
    rf"|^{_LATEX_HEADING}"  # LaTeX's "\section{Headline}"
    rf"|^{_TEXINFO_HEADING}\S"  # Texinfo's "@section Related"
    rf"|^{_ROFF_HEADING}\S"  # roff's ".SS Related"
    rf"|^\s{{0,3}}{_TYPST_HEADING}"  # Typst's "= Headline <headline>"
    rf"|^\\start(?:{_CONTEXT_SECTIONS})\[[^\[\]]*title="  # ConTeXt's "\startsectionlevel[title={Related}]"
    rf"|^{_DOCBOOK_TITLE}"  # DocBook's "<title>Related</title>"
)
_STRONG_LINE = re.compile(r"^\s*(\*\*|__)(?=\S)[^*_]+(?<=\S)\1\s*$")
# markdown's "# Headline"; a first-level heading of Texinfo ("@chapter Headline"), roff (".SH HEADLINE") and Typst
# ("= Headline <headline>")
_H1 = re.compile(rf"^\s{{0,3}}#\s+\S|^@chapter\s+\S|^\.SH\s+\S|^\s{{0,3}}(?==\s){_TYPST_HEADING}")
# setext's first-level underline, the line under the headline (pandoc's markdown writes an `<h1>` so)
_SETEXT_H1_UNDERLINE = re.compile(r"^\s{0,3}={3,}\s*$")


# Every substitution above needs one of these characters, the wikis' bold quotes or, opening the line, a bullet, a
# heading's '=' or TiddlyWiki's '!': a line without any is plain already, which is most prose lines, and skips the
# table. A character class alone is searched fast; each branch of an alternation beside it is tried at every position
# (the bullet's tripled the cost of a line's look, the quotes' and the '=' doubled it again), so the quotes are a
# needle and the openings a match at the line's start.
_SYNTAX_CHAR = re.compile(r"[\[<#>*_`\\{@]")
_SYNTAX_OPENING = re.compile(rf"\s*[-+•]\s|\s{{0,3}}(?:=|{_TEXTILE_BLOCK})|!{{1,6}}\s|![/\w]|\.(?:[A-Z]{{1,2}}\b|\\\")")

_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S")
# a block's first line; a heading's underline or a rule ("=====", "-----": setext's, reStructuredText's) is one, and
# a MediaWiki or AsciiDoc heading ("== Related =="), an org keyword or drawer line ("#+begin_meta", ":PROPERTIES:")
_BLOCK_START = re.compile(
    r"^\s*(?:#{1,6}\s|={2,6}\s|#\+\w|:[A-Z][A-Z_]*:(?:\s|$)|[-*+•]\s|\d{1,3}[.)]\s|>|\||!\[|```|([=\-~^*])\1{2,}\s*$)"
)


def starts_block(line: str) -> bool:
    """A line that opens a new block (heading, list item, quote, table row, image), never a continuation."""
    return bool(_BLOCK_START.match(line))


def is_list_item(line: str) -> bool:
    """A bullet or numbered list item."""
    return bool(_LIST_ITEM.match(line))


def is_h1(line: str, under: str = "") -> bool:
    """A first-level heading: an ATX one ("# Headline"), or a line over setext's "=====" (`under`, the next line)."""
    return bool(_H1.match(line)) or (bool(_SETEXT_H1_UNDERLINE.match(under)) and not starts_block(line))


def is_heading(line: str) -> bool:
    return bool(_HEADING.match(line))


def is_strong_line(line: str) -> bool:
    """A line wholly in bold ("**Show notes**"): a converter's heading for a site that styled one so."""
    return bool(_STRONG_LINE.match(line))


def is_image_only(line: str) -> bool:
    """A line with nothing but markdown images (and whitespace) in it, html-to-text's image: its alt text, then
    its source in brackets ("Le chemin barré [/images/eboulement.jpg]"), or MediaWiki's ("[[File:plan.jpg|…]]")."""
    if "![" in line:
        return bool(_IMAGE.search(line)) and not _IMAGE.sub("", line).strip()
    if "image:" in line:
        return bool(_ASCIIDOC_IMAGE.search(line)) and not _ASCIIDOC_IMAGE.sub("", line).strip()
    if line.startswith("[["):
        return _WIKI_IMAGE.fullmatch(line.strip()) is not None
    return line.endswith("]") and _TEXT_IMAGE_ONLY.match(line) is not None


def is_link_only(line: str) -> bool:
    """A line whose only text is inside markdown links (menus and link lists in a dump), or a line
    that is one numbered lynx link, unless it ends a sentence (prose that opens with a link), or a
    label and a list of short numbered lynx links (tags, related links)."""
    if "`" in line and _RST_LINK.search(line):
        return not any(map(str.isalnum, _RST_LINK.sub("", line)))
    if '":' in line and _TEXTILE_LINK.search(line):  # Textile's: '* "Portada":/'
        return not any(map(str.isalnum, _TEXTILE_LINK.sub("", line)))
    if _OTHER_LINK_MARK.search(line):  # LaTeX's "\href{/}{Home}", Jira's "* [Home|/]", BBCode's "[url=/]Home[/url]"
        for needs, pattern in _OTHER_LINKS:
            if all(map(line.__contains__, needs)) and pattern.search(line):
                return not any(map(str.isalnum, pattern.sub("", line)))
    if "[" not in line:  # every other link has one (a look for it is cheaper than the patterns)
        return False
    if _LYNX_LINK_LINE.match(line) or _LYNX_LINK_LIST.match(line):
        return True
    if line.endswith("]") and (_TEXT_LINK_ONLY.match(line.strip()) or _FORM_CONTROLS.match(line.strip())):
        return True  # html-to-text's "* Accueil [/]", a text browser's "[ Search____ ] [ OK ]"
    if "link:" in line and "](" not in line and _ASCIIDOC_LINK.search(line):  # AsciiDoc's: "* link:/[Home]"
        return not any(map(str.isalnum, _ASCIIDOC_LINK.sub("", line)))
    if not _LINK.search(line):
        return False
    rest = _LINK.sub("", _IMAGE.sub("", line))
    return not any(map(str.isalnum, rest))


def links(line: str) -> list[tuple[str, str]]:
    """The (text, target) of each inline link of a line, images left out: `[text](<target> "title")`'s
    target is the address's first word, its angle brackets dropped. A line without "](" has none (an image the
    look drops first has one too), told before the patterns read it."""
    if "](" not in line:
        return []
    found = []
    for match in _LINK.finditer(_IMAGE.sub("", line)):
        words = (match["address"] or "").split()
        if words:
            found.append((match["text"], words[0].removeprefix("<").removesuffix(">")))
    return found


def html_break_lines(line: str) -> list[str]:
    """The lines an HTML line break left in a markdown line stands between (the line itself when it has none; a
    caller looks for its "<" first, as most lines hold none)."""
    return _HTML_BREAK.split(line)


def to_plain(line: str) -> str:
    """The line's text with markdown syntax removed and whitespace collapsed."""
    return " ".join(plain_words(line))


def plain_words(line: str) -> list[str]:
    """The words of the line's text with markdown syntax removed (`to_plain` joins them)."""
    has_syntax = (
        _SYNTAX_CHAR.search(line) is not None
        or "''" in line
        or '":' in line
        or "//" in line
        or _SYNTAX_OPENING.match(line) is not None
    )
    return (strip_syntax(line) if has_syntax else line).split()


def strip_syntax(line: str) -> str:
    """Every substitution of the table, in order."""
    text = line
    if "]{" in text or "){" in text:
        text = _PANDOC_LINK_ATTRIBUTES.sub("", text)
        while "]{" in text:  # a span inside a span ("[Por [Jane Doe]{.autora}]{.firma}"): the inner one first
            text, spans = _PANDOC_SPAN.subn(lambda m: m["text"], text)
            if not spans:
                break
    if "[/" in text:
        for tags, shown in _BBCODE:
            text = tags.sub(shown, text)
    if "[[" in text:
        for link, shown in _WIKI_LINKS:
            text = link.sub(shown, text)
    if "[" in text:
        text = _LYNX_REF.sub("", _IMAGE.sub("", text))
        text = _LINK.sub(lambda m: m["text"] if m["text"] is not None else m["ref_text"], text)
    if "<" in text:
        text = _AUTOLINK.sub(lambda m: m.group(1), text)
    for needed, needs, rows in _SYNTAX_BY_NEEDS:
        if needed in text if needed is not None else any(map(text.__contains__, needs)):
            for pattern, replacement in rows:
                text = pattern.sub(replacement, text)
    return text
