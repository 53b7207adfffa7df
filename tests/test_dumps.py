"""Dumps carrying a page inside another format: a crawler's JSON item, a mail's quoted-printable part, a gophermap."""

import json
import quopri

from cleaners.dumps import unwrapped
from cleaners.text_page import clean_text

LONG = "The minister said on Tuesday that the talks in Moscow had gone well and would continue next week."
GENEVA = "Delegations from both sides are expected to meet again in Geneva before the end of the month, officials said."


def test_a_crawlers_json_item_is_read_as_a_header_over_its_text():
    """Apify's Website Content Crawler item: its fields a header, the page's text one JSON string of lines."""
    item = {
        "url": "https://news.example/talks-42",
        "crawl": {"loadedTime": "2026-12-06T22:14:08.512Z", "depth": 1},
        "metadata": {"title": "Talks go well | News", "author": "Jane Doe", "languageCode": "en"},
        "text": "Skip to main content\nTalks go well\nBy Jane Doe\n" + LONG + "\n" + GENEVA,
        "markdown": None,
    }
    cleaned = clean_text(json.dumps(item, indent=2))
    assert cleaned.paragraphs == [LONG, GENEVA]
    assert cleaned.url == "https://news.example/talks-42"
    assert cleaned.authors == ["Jane Doe"]


def test_json_without_a_text_of_several_lines_stays_as_written():
    """Near miss: a page that is a JSON object with no string of several lines (an API's answer) is no text dump."""
    text = json.dumps({"status": "ok", "items": [1, 2]}, indent=2)
    assert unwrapped(text) == text
    quoted = '{"quote": "he said\\nthat"} is how the field looked, ' + LONG  # prose around it: not one object
    assert unwrapped(quoted) == quoted


def test_a_mails_quoted_printable_part_is_decoded():
    body = "Le café de la gare rouvre ses portes. " + LONG + "\n\n" + GENEVA + "\n"
    mail = (
        "From: Lettre <lettre@news.example>\nSubject: =?UTF-8?Q?Caf=C3=A9?=\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b1"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n'
        "Content-Transfer-Encoding: quoted-printable\n\n" + quopri.encodestring(body.encode()).decode() + "--b1--\n"
    )
    decoded = unwrapped(mail)
    assert "Le café de la gare rouvre ses portes. " + LONG in decoded
    assert decoded.endswith("--b1--\n")
    assert "Le café de la gare rouvre ses portes. " + LONG in clean_text(mail).paragraphs


def test_prose_naming_quoted_printable_is_not_decoded():
    """Near miss: an article explaining the encoding ("=3D" in its text) names it in a sentence, not a header."""
    text = "The header Content-Transfer-Encoding: quoted-printable tells a client that =3D means an equals sign.\n"
    assert unwrapped(text) == text


def test_a_gophermap_is_read_as_its_items_texts_and_links():
    def info(text):
        return f"i{text}\tfake\t(NULL)\t0"

    menu = [
        info("Daily News - Gopher edition"),
        "1Sport\t/sport\tgopher.news.example\t70",
        info(""),
        info("Talks go well"),
        info(""),
        info(LONG),
        info(""),
        info(GENEVA),
        "hRead on the web\tURL:https://news.example/talks-42\tgopher.news.example\t70",
    ]
    shown = unwrapped("\n".join(menu)).splitlines()
    assert shown[:2] == ["Daily News - Gopher edition", "* [Sport](/sport)"]
    assert shown[-1] == "* [Read on the web](https://news.example/talks-42)"
    assert LONG in clean_text("\n".join(menu)).paragraphs


def test_a_page_with_a_tabbed_line_or_two_is_no_gophermap():
    """Near miss: a table's lines with tabs in an article ("1st\tTeam\t…") are few among its lines."""
    text = "\n".join([LONG, "1Team A\t12\t3\t70", GENEVA, LONG])
    assert unwrapped(text) == text
