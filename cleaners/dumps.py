"""Dumps that carry a page's text inside another format, unwrapped to the lines the text cleaner reads.

A crawler's dataset item saved as JSON holds the whole page in one string ("text": "Skip…\\nHeadline\\n…"); a
newsletter saved as an .eml file holds it quoted-printable encoded ("caf=C3=A9", lines broken at 76 by a closing
"="); a web-to-Gopher gateway's menu holds it one item a line ("iText<TAB>fake<TAB>(NULL)<TAB>0"). Each is read
back to plain lines first, as the tool that shows it would, so the rules see the page as any other dump of it.
"""

from __future__ import annotations

import json
import quopri
import re
from collections.abc import Iterator

# A JSON item unfolded: its fields as a YAML dump writes them ("url: …", "text: |-" over the text indented by two),
# which the text cleaner reads as a crawler's header around the page (news-please's)
_BLOCK_INDENT = "  "


def unwrapped(text: str) -> str:
    """The dump's text out of the format carrying it (unchanged when none does)."""
    return _gophermap(_quoted_printable(_json_item(text)))


def _json_item(text: str) -> str:
    """A JSON object holding the page's text in a string of several lines, as YAML lines: its fields (nested ones
    under their own names) "name: value", the text a block scalar. Another JSON text, or none, is left as it is."""
    stripped = text.strip()
    if not (stripped.startswith("{") and stripped.endswith("}") and "\\n" in stripped):
        return text
    try:
        item = json.loads(stripped)
    except ValueError:
        return text
    if not isinstance(item, dict):
        return text
    lines = list(_yaml_lines(item))
    return "\n".join(lines) + "\n" if any(line.endswith(": |-") for line in lines) else text


def _yaml_lines(item: dict) -> Iterator[str]:
    for name, value in item.items():
        if isinstance(value, dict):
            yield from _yaml_lines(value)
        elif isinstance(value, list):
            yield f"{name}:"
            yield from (f"- {_scalar(entry)}" for entry in value)
        elif isinstance(value, str) and "\n" in value:
            yield f"{name}: |-"
            yield from (_BLOCK_INDENT + line if line.strip() else "" for line in value.splitlines())
        else:
            yield f"{name}: {_scalar(value)}"


def _scalar(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return " ".join(str(value).split())


# A mail part's header saying its body is quoted-printable, and the charset a part's header names
_QUOTED_PRINTABLE = re.compile(r"^Content-Transfer-Encoding:\s*quoted-printable[ \t]*$", re.IGNORECASE | re.MULTILINE)
_CHARSET = re.compile(r"charset=\"?(?P<name>[\w.:-]+)", re.IGNORECASE)
_BOUNDARY = re.compile(r"^--\S+[ \t]*$", re.MULTILINE)  # a multipart's boundary line, which closes the part


def _quoted_printable(text: str) -> str:
    """A mail's quoted-printable part decoded ("=C3=A9" its character, a closing "=" joining the broken line to
    the next), in the charset its header names; the headers and what follows the part as they are."""
    part = _QUOTED_PRINTABLE.search(text)
    if part is None or (start := text.find("\n\n", part.end() - 1)) < 0:
        return text
    start += 2
    boundary = _BOUNDARY.search(text, start)
    end = boundary.start() if boundary else len(text)
    charsets = _CHARSET.findall(text, 0, part.start())
    body = quopri.decodestring(text[start:end].encode("ascii", "replace"))
    try:
        decoded = body.decode(charsets[-1] if charsets else "utf-8")
    except (LookupError, UnicodeDecodeError):
        decoded = body.decode("utf-8", "replace")
    return text[:start] + decoded + text[end:]


# A Gopher menu's item: its type, its text, the selector, host and port it leads to, a tab between each ("i" an
# informational line, "1" a menu, "0" a text file, "7" a search, "h" a web page: "URL:https://…")
_GOPHER_ITEM = re.compile(r"^(?P<type>[0-9a-zA-Z+:;<?!*])(?P<text>[^\t]*)\t(?P<selector>[^\t]*)\t[^\t]*\t\d+[ \t]*$")
GOPHER_ITEMS_MIN_SHARE = 0.8  # of the dump's lines: a page quoting a menu's line or two is no menu
_GOPHER_WEB_LINK = "URL:"


def _gophermap(text: str) -> str:
    """A gophermap's items as a page's lines: an informational item its text (an empty one a blank line between
    paragraphs), a link a markdown link in a list ("* [Sport](/sport)"), a web page's link to its address; a text
    under a link is a block of its own (a footer's line under the "read on the web" link), as a client shows it."""
    if "\t" not in text:
        return text
    lines = text.splitlines()
    items = [_GOPHER_ITEM.match(line) for line in lines]
    if sum(map(bool, items)) < GOPHER_ITEMS_MIN_SHARE * sum(bool(line.strip()) for line in lines):
        return text
    shown: list[str] = []
    linked = False  # the item above was a link: an informational item under it opens a block of its own
    for line, item in zip(lines, items, strict=True):
        if item is None:
            shown.append(line)
        elif item["type"] == "i":
            shown += ["", item["text"]] if linked and item["text"].strip() else [item["text"]]
        else:
            selector = item["selector"]
            target = selector.removeprefix(_GOPHER_WEB_LINK) if selector.startswith(_GOPHER_WEB_LINK) else selector
            shown.append(f"* [{item['text']}]({target})")
        linked = item is not None and item["type"] != "i"
    return "\n".join(shown) + "\n"
