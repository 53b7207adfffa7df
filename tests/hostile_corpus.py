"""A generated corpus of hostile raw files, and what each must produce (built in the test, no blobs)."""

from __future__ import annotations

import gzip
import io
import json
import random
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.conftest import SAMPLE_RAW

# Cleaning is linear in tiny blocks but slow on them: these 200,000 (~4 MB) took 25 s of CPU on the machine
# of 2026-12-03, far past the tests' 3 s page timeout (30,000 once took minutes, now under 3 s).
HANGING_PAGE = "<html><body>" + "<div><p>a b</p></div>" * 200_000 + "</body></html>"
ARTICLE = (
    "<html><head><title>Storm closes the harbour</title></head><body><article><h1>Storm closes the harbour</h1>"
    "<p>The harbour was closed on Tuesday after a storm damaged two of the piers and a crane fell into the water.</p>"
    "<p>Officials said the port would reopen once divers had checked the channel for debris, probably on Friday.</p>"
    "</article></body></html>"
)


@dataclass(frozen=True)
class Expect:
    """A file's expected rows: reject reasons by source path, and source paths that must be clean records
    (both as fnmatch patterns, each matching exactly one row)."""

    rejects: dict[str, str]
    pages: tuple[str, ...] = ()


def warc_record_bytes(records: list[tuple[str, str | None, bytes]]) -> bytes:
    """A gzipped WARC of response records (url, record id or None for a generated one, HTML body)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, record_id, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        warc_headers = {"WARC-Date": "2015-11-18T12:00:00Z"} | ({"WARC-Record-ID": record_id} if record_id else {})
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers, warc_headers_dict=warc_headers
        )
        writer.write_record(record)
    return buffer.getvalue()


def build(raw: Path) -> dict[str, Expect]:
    """Write every hostile file into `raw` (beside whatever good pages are there); returns expectations."""
    rng = random.Random(5)
    files: dict[str, bytes] = {
        "empty.html": b"",
        "random.html": rng.randbytes(64 * 1024),
        "report.pdf.html": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + rng.randbytes(2048),
        "logo.png.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(2048),
        "latin1-dump.txt": "Le café de São Paulo a fermé ses portes après trente ans, a annoncé son patron.\n"
        "Les clients fidèles sont venus dire au revoir à l'équipe pendant toute la journée.\n".encode("cp1252"),
        "wrong-charset.html": ARTICLE.replace("<head>", '<head><meta charset="windows-1252">')
        .replace("harbour was", "harbour of São Paulo was")
        .encode("utf-8"),
        "huge.html": b"<html><body><p>" + b"word " * (10 * 1024 * 1024) + b"</p></body></html>",
        "deep.html": b"<html><body>" + b"<div>" * 100_000 + b"deep" + b"</div>" * 100_000 + b"</body></html>",
        "laughs.html": b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (level, (b"&lol%d;" % (level - 1) if level > 1 else b"&lol;") * 10)
            for level in range(1, 10)
        )
        + b"]>"
        + ARTICLE.replace("</article>", "<p>&lol9;</p></article>").encode(),
        "bomb.html.gz": gzip.compress(b"<p>" + b"a" * (80 * 1024 * 1024)),
        "cut.warc.gz": b"",  # written below
        "broken.jsonl": b"\n".join(
            [
                json.dumps({"url": "https://x.example/1", "html": ARTICLE}).encode(),
                b'{"url": "https://x.example/2", "html": "<p>unterminated',
                b"\xff\xfe not even text",
                json.dumps(
                    {"url": "https://x.example/4", "text": (SAMPLE_RAW / "002_2b835300398bb1b8.txt").read_text()}
                ).encode(),
            ]
        ),
        "escape.jsonl": json.dumps(
            {"id": "../../etc/passwd", "path": "../../etc/passwd", "url": "file:///etc/passwd", "html": ARTICLE}
        ).encode(),
        "escape.warc.gz": warc_record_bytes([("https://x.example/e", "<../../etc/passwd>", ARTICLE.encode())]),
        "hang.html": HANGING_PAGE.encode(),
    }
    good_warc = warc_record_bytes(
        [("https://x.example/w1", None, ARTICLE.encode()), ("https://x.example/w2", None, ARTICLE.encode())]
    )
    files["cut.warc.gz"] = good_warc[: len(good_warc) - 60]
    for name, data in files.items():
        (raw / name).write_bytes(data)
    outside = raw.parent / "outside-secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n")
    (raw / "link-out.txt").symlink_to(outside)
    return {
        "empty.html": Expect({"empty.html": "empty"}),
        "random.html": Expect({"random.html": "binary"}),
        "report.pdf.html": Expect({"report.pdf.html": "binary"}),
        "logo.png.html": Expect({"logo.png.html": "binary"}),
        "latin1-dump.txt": Expect({}, ("latin1-dump.txt",)),
        "wrong-charset.html": Expect({}, ("wrong-charset.html",)),
        "huge.html": Expect({"huge.html": "too_large"}),
        "deep.html": Expect({"deep.html": "no_text"}),
        "laughs.html": Expect({}, ("laughs.html",)),
        "bomb.html.gz": Expect({"bomb.html.gz": "too_large"}),
        "cut.warc.gz": Expect({"cut.warc.gz#urn:uuid:*": "truncated"}, ("cut.warc.gz#urn:uuid:*",)),
        "broken.jsonl": Expect(
            {"broken.jsonl#2": "bad_json", "broken.jsonl#3": "bad_json"}, ("broken.jsonl#1", "broken.jsonl#4")
        ),
        "escape.jsonl": Expect({}, ("escape.jsonl#1",)),
        "escape.warc.gz": Expect({"escape.warc.gz#record-1": "bad_record_id"}),
        "link-out.txt": Expect({"link-out.txt": "outside_raw_root"}),
        "hang.html": Expect({"hang.html": "timeout"}),
    }
