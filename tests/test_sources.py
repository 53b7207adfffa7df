"""Every raw format, built in the test from the sample pages: HTML, text, JSONL and WARC."""

import datetime as dt
import gzip
import io
import json
import os
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from output.contract import page_id
from reading.decoding import decode_html
from reading.folders import Folder
from reading.limits import Limits
from reading.pages import RawPage
from reading.raw_files import discover, read_raw_file
from reading.rejects import Rejected
from runs.page_path import BatchContext, words_up_to
from tests.conftest import SAMPLE_RAW, SEED_GOLD
from tests.golden_check import body_problems, load_gold
from tests.pages import RUN, clean_file

GOLD = load_gold(SEED_GOLD)
SAMPLE = "000_bd117a49a8ab8873.txt"
SAMPLE_URL = "https://www.themoscowtimes.com/2015/11/18/us-france-welcome-russias-change-of-course-in-syria-a-50809"


def article_html(gold: dict, charset: str = "utf-8", canonical: str | None = None) -> str:
    """A real-shaped news page around a gold article: chrome, byline, footer and a newsletter box."""
    paragraphs = "\n".join(f"<p>{p}</p>" for p in gold["paragraphs"])
    head_link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    authors = "".join(f'<meta name="author" content="{a}">' for a in gold["authors"])
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="{charset}"><title>{gold["title"]} | Site</title>
{head_link}{authors}<meta property="article:published_time" content="2015-11-18T09:30:00+03:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/news">News</a></nav>
<main><article><h1>{gold["title"]}</h1>{paragraphs}
<p>Daily newsletterReceive essential international news every morning</p></article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Another story</a></li><li><a href="/b">More news</a></li></ul></aside>
<footer><p>© 2015 The Moscow Times, all rights reserved</p></footer></body></html>"""


def only_page(raw_root: Path, source_file: str, **kwargs) -> RawPage:
    (page,) = list(read_raw_file(Folder(raw_root), source_file, **kwargs))
    assert isinstance(page, RawPage), page
    return page


def test_html_page_with_sidecar_is_cleaned_with_its_url_and_fetch_time(tmp_path):
    gold = GOLD[SAMPLE]
    (tmp_path / "page.html").write_text(article_html(gold, canonical="https://example.com/canonical"))
    (tmp_path / "page.html.meta.json").write_text(
        json.dumps({"url": SAMPLE_URL, "fetched_at": "2015-11-18T12:00:00Z", "crawler": "test-bot"})
    )
    assert discover(Folder(tmp_path)) == ["page.html"]
    (row,) = clean_file(tmp_path, "page.html").pages
    assert row["url"] == SAMPLE_URL and row["url_source"] == "sidecar" and row["domain"] == "themoscowtimes.com"
    assert row["fetched_at"] == dt.datetime(2015, 11, 18, 12, tzinfo=dt.UTC)
    assert json.loads(row["source_meta"]) == {"crawler": "test-bot"}
    assert row["title"] == gold["title"] and row["authors"] == gold["authors"]
    assert row["published_at"] == dt.datetime(2015, 11, 18, 6, 30, tzinfo=dt.UTC)
    assert row["published_source"] is not None
    assert row["language"] == "en"
    assert body_problems(gold, row["text"]) == []
    assert "newsletter" in {entry["rule"] for entry in row["removed"]}


def test_html_url_falls_back_to_canonical_then_og_url(tmp_path):
    gold = GOLD[SAMPLE]
    (tmp_path / "a.html").write_text(article_html(gold, canonical="https://example.com/a"))
    og = article_html(gold).replace("<head>", '<head><meta property="og:url" content="https://example.com/og">')
    (tmp_path / "b.htm").write_text(og)
    (a,) = clean_file(tmp_path, "a.html").pages
    (b,) = clean_file(tmp_path, "b.htm").pages
    assert (a["url"], a["url_source"]) == ("https://example.com/a", "canonical")
    assert (b["url"], b["url_source"]) == ("https://example.com/og", "og:url")


def test_gzipped_html_and_declared_charset(tmp_path):
    gold = GOLD["004_c552f0d34fe51c66.txt"]
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(article_html(gold, charset="windows-1252").encode("cp1252")))
    page = only_page(tmp_path, "page.html.gz")
    assert "François Hollande" in page.content or "Francois Hollande" in page.content
    assert "’" in page.content  # cp1252 right quote decoded, not mojibake


def test_a_page_with_a_few_bytes_outside_its_charset_is_read_in_it_not_detected():
    # a Latin-1 "Küchenblogs" pasted into a UTF-8 page: one replacement character, the rest as written
    page = '<meta charset="UTF-8"><p>So schön winterlich, Größe, Maß, Fundację, sprzeciwiają się.</p>'
    stray = page.encode("utf-8").replace(b"</p>", b' <img alt="K\xfcchenblogs"></p>')
    text = decode_html(stray)
    assert "So schön winterlich, Größe, Maß, Fundację, sprzeciwiają się." in text and text.count("\ufffd") == 1
    assert decode_html(stray.replace(b"UTF-8", b"no-such-codec")).count("\ufffd") == 1  # UTF-8 when none is known


def test_a_page_mostly_outside_its_declared_charset_is_detected():
    page = '<meta charset="utf-8"><p>' + "Grüße aus Köln, schöne Straße. " * 40 + "</p>"
    text = decode_html(page.encode("cp1252"))  # a Latin-1 page declared UTF-8: 160 bytes do not fit
    assert "\ufffd" not in text and "Grüße aus Köln" in text


def test_text_page_with_stem_sidecar(tmp_path):
    (tmp_path / "dump.md").write_bytes((SAMPLE_RAW / "001_8909fccca8fb692d.txt").read_bytes())
    (tmp_path / "dump.meta.json").write_text(
        json.dumps({"url": "https://www.france24.com/x", "fetched_at": 1448000000})
    )
    (row,) = clean_file(tmp_path, "dump.md").pages
    assert row["url"] == "https://www.france24.com/x" and row["url_source"] == "sidecar"
    assert row["fetched_at"] == dt.datetime.fromtimestamp(1448000000, dt.UTC)


def jsonl_lines() -> list[bytes]:
    gold = GOLD[SAMPLE]
    return [
        json.dumps(
            {"url": SAMPLE_URL, "html": article_html(gold), "fetched_at": "2015-11-18T12:00:00Z", "lang": "en"}
        ).encode(),
        b"{not json",
        b"",
        json.dumps(
            {"url": "https://x.example/t", "text": (SAMPLE_RAW / "003_c7cca4dd9fc89a30.txt").read_text()}
        ).encode(),
        json.dumps({"url": "https://x.example/empty"}).encode(),
        json.dumps(["a", "list"]).encode(),
    ]


@pytest.mark.parametrize("name", ["crawl.jsonl", "crawl.jsonl.gz"])
def test_jsonl_gives_one_page_per_line_and_rejects_broken_lines(tmp_path, name):
    data = b"\n".join(jsonl_lines())
    (tmp_path / name).write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    outcome = clean_file(tmp_path, name)
    assert [row["source_path"] for row in outcome.pages] == [f"{name}#1", f"{name}#4"]
    assert {row["source_path"]: row["reason"] for row in outcome.rejects} == {
        f"{name}#2": "bad_json",
        f"{name}#5": "no_content",
        f"{name}#6": "bad_json",
    }
    first, fourth = outcome.pages
    assert first["url_source"] == "jsonl" and json.loads(first["source_meta"]) == {"lang": "en"}
    assert first["id"] == page_id(f"{name}#1")
    assert fourth["title"] == GOLD["003_c7cca4dd9fc89a30.txt"]["title"]
    assert body_problems(GOLD["003_c7cca4dd9fc89a30.txt"], fourth["text"]) == []


def write_warc(path: Path, truncate_at: int | None = None) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    gold = GOLD[SAMPLE]

    def response(url: str, body: bytes, content_type: str):
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            http_headers=headers,
            warc_headers_dict={"WARC-Date": "2015-11-18T12:00:00Z"},
        )
        writer.write_record(record)

    request = writer.create_warc_record(SAMPLE_URL, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
    writer.write_record(request)
    response(SAMPLE_URL, article_html(gold, charset="iso-8859-1").encode("utf-8"), "text/html; charset=utf-8")
    response("https://x.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
    response("https://x.example/plain", (SAMPLE_RAW / "002_2b835300398bb1b8.txt").read_bytes(), "text/plain")
    data = buffer.getvalue()
    path.write_bytes(data[:truncate_at] if truncate_at else data)


def test_warc_response_records_become_pages_named_by_record(tmp_path):
    write_warc(tmp_path / "crawl.warc.gz")
    outcome = clean_file(tmp_path, "crawl.warc.gz")
    html, text = outcome.pages
    assert html["url"] == SAMPLE_URL and html["url_source"] == "warc"
    assert html["fetched_at"] == dt.datetime(2015, 11, 18, 12, tzinfo=dt.UTC)
    assert html["source_path"].startswith("crawl.warc.gz#urn:uuid:")
    assert body_problems(GOLD[SAMPLE], html["text"]) == []  # charset from HTTP header beat the <meta>
    assert text["title"] == GOLD["002_2b835300398bb1b8.txt"]["title"]
    (image,) = outcome.rejects
    assert image["reason"] == "unsupported_format" and "image/png" in image["message"]


def test_truncated_warc_keeps_the_records_before_the_damage(tmp_path):
    write_warc(tmp_path / "full.warc.gz")
    size = (tmp_path / "full.warc.gz").stat().st_size
    write_warc(tmp_path / "cut.warc.gz", truncate_at=size - 40)
    outcome = clean_file(tmp_path, "cut.warc.gz")
    assert len(outcome.pages) >= 1
    assert outcome.rejects[-1]["reason"] in ("truncated", "corrupt_warc")
    assert outcome.rejects[-1]["source_path"].startswith("cut.warc.gz#")


def test_unsupported_empty_and_outside_files_are_rejects_not_crashes(tmp_path):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "empty.html").write_bytes(b"")
    outside = tmp_path.parent / "outside-secret.txt"
    outside.write_text("secret")
    (tmp_path / "link.txt").symlink_to(outside)
    reasons = {name: clean_file(tmp_path, name).rejects[0]["reason"] for name in discover(Folder(tmp_path))}
    assert reasons == {"notes.pdf": "unsupported_format", "empty.html": "empty", "link.txt": "outside_raw_root"}


@pytest.mark.parametrize("on", ["disk", "fsspec"])
def test_a_link_inside_the_raw_folder_is_read_and_one_leading_out_is_refused(tmp_path, on):
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (raw / "a.txt").write_text("An article.\n")
    (raw / "a.txt.meta.json").write_text('{"url": "https://example.com/a"}')
    (raw / "sub" / "link-in.txt").symlink_to(raw / "a.txt")
    (tmp_path / "secret.txt").write_text("secret\n")
    (raw / "link-out.txt").symlink_to(tmp_path / "secret.txt")
    root = str(raw) if on == "disk" else f"file://{raw}"

    def read(name: str) -> str:
        (item,) = read_raw_file(Folder(root), name)
        return item.reason if isinstance(item, Rejected) else f"{item.content}{item.url}"

    assert read("a.txt") == read("sub/../a.txt") == "An article.\nhttps://example.com/a"
    if on == "disk":  # an fsspec filesystem has no links
        assert read("sub/link-in.txt") == "An article.\nNone"
        assert read("link-out.txt") == "outside_raw_root"
    assert read("../secret.txt") == "outside_raw_root"


def test_gzip_bomb_is_refused_within_the_limit(tmp_path):
    (tmp_path / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b"a" * (8 * 1024 * 1024)))
    (item,) = list(read_raw_file(Folder(tmp_path), "bomb.html.gz", Limits(max_decompressed_bytes=1024 * 1024)))
    assert isinstance(item, Rejected) and item.reason == "too_large"


def test_unchanged_records_inside_a_container_are_skipped(tmp_path):
    (tmp_path / "crawl.jsonl").write_bytes(b"\n".join(jsonl_lines()))
    first = clean_file(tmp_path, "crawl.jsonl")
    known = {row["id"]: (row["raw_sha256"], RUN.cleaner_version) for row in first.pages + first.rejects}
    again = clean_file(tmp_path, "crawl.jsonl", BatchContext(known=known))
    assert (again.unchanged, again.pages, again.rejects) == (5, [], [])


def test_discovery_skips_hidden_and_sidecar_files_on_disk_as_on_any_filesystem(tmp_path):
    for name in (
        "a.html",
        "a.html.meta.json",
        ".hidden.txt",
        "sub/b.txt",
        "sub/deeper/c.jsonl",
        ".git/d.txt",
        "sub/.cache/e.txt",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    expected = ["a.html", "sub/b.txt", "sub/deeper/c.jsonl"]
    assert discover(Folder(tmp_path)) == discover(Folder(f"file://{tmp_path}")) == expected

    (tmp_path / "linked-file.txt").symlink_to(tmp_path / "a.html")
    (tmp_path / "linked-folder").symlink_to(tmp_path / "sub")
    os.mkfifo(tmp_path / "pipe.txt")
    assert discover(Folder(tmp_path)) == sorted(
        [*expected, "linked-file.txt", "linked-folder"]
    )  # links listed, never entered


def test_words_are_counted_until_there_are_enough():
    paragraphs = ["one two three", "four five", "six seven eight nine"]
    assert words_up_to(paragraphs, 4) == 5  # stops after the paragraph that reaches four
    assert words_up_to(paragraphs, 100) == 9  # too short: every word counted, as its reject says
    assert words_up_to([], 15) == 0
