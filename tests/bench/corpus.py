"""Generated corpora for the speed benchmark and the crash tests: unique copies of real pages.

Each copy carries an HTML comment with its number, so copies differ in bytes (and in raw_sha256)
while cleaning to the same article; files are spread over folders of 1,000.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import PROJECT, SAMPLE_RAW

ZYTE_HTML = PROJECT.parent / "shared" / "bench" / "zyte-aeb" / "html"
WCXB_HTML = PROJECT.parent / "shared" / "bench" / "wcxb-dev-articles" / "html"


def _copy_path(target: Path, number: int, stem: str, suffix: str) -> Path:
    folder = target / f"{number // 1000:03d}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{stem}-{number:06d}{suffix}"


def text_copies(target: Path, count: int) -> list[Path]:
    """`count` copies of the five sample text pages."""
    samples = [(path.stem, path.read_text(encoding="utf-8")) for path in sorted(SAMPLE_RAW.glob("*.txt"))]
    written = []
    for number in range(count):
        stem, text = samples[number % len(samples)]
        path = _copy_path(target, number, stem, ".txt")
        path.write_text(f"{text}\n\n<!-- copy {number} -->\n", encoding="utf-8")
        written.append(path)
    return written


def bench_html_pages() -> Iterator[tuple[str, bytes]]:
    """(name, HTML bytes) of every page in ../shared/bench, Zyte then WCXB."""
    for folder in (ZYTE_HTML, WCXB_HTML):
        for path in sorted(folder.glob("*.html.gz")):
            yield f"{folder.parent.name}-{path.name.removesuffix('.html.gz')}", gzip.decompress(path.read_bytes())


def html_copies(target: Path, count: int) -> list[Path]:
    """`count` copies of the benchmark's real HTML pages, cycling through them."""
    pages = list(bench_html_pages())
    if not pages:
        raise FileNotFoundError(f"no benchmark pages under {ZYTE_HTML.parent.parent}")
    written = []
    for number in range(count):
        stem, html = pages[number % len(pages)]
        path = _copy_path(target, number, stem, ".html")
        path.write_bytes(f"<!-- copy {number} -->\n".encode() + html)
        written.append(path)
    return written
