"""Whole-page text dumps of benchmark HTML pages, so text mode can be scored on sets that ship only HTML.

    .venv/bin/python -m tests.bench.dumps [SET ...]      (default: wcxb-dev-articles, trafilatura-eval, htmldate-eval)

The Zyte set ships its dumps; for the others they are made here as ../shared/bench/README.md asks
(html2text with `body_width = 0`, inscriptis), from `../shared/bench/<set>/html/<key>.html.gz`, each page
read as this project reads an HTML file (`reading.decoding.decode_html`). The pages stay where
they are: the dumps go to a cache outside the tracked tree, `build/bench-dumps/<set>/<style>.json`
(`{key: dump}`), and a page missing from it is converted when asked for. Conversion is deterministic
(same page, same converter versions: same dump), so the cache can be deleted at any time. A page a
converter fails on is kept as an empty dump, so it scores as a page that lost all its text, and is
counted in what `make_dumps` returns.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import html2text
import inscriptis

from reading.decoding import decode_html

PROJECT = Path(__file__).resolve().parents[2]
BENCH = PROJECT.parent / "shared" / "bench"
CACHE = PROJECT / "build" / "bench-dumps"
DUMP_SETS = ("wcxb-dev-articles", "trafilatura-eval", "htmldate-eval")


def html2text_dump(markup: str) -> str:
    """html2text's markdown, unwrapped (`body_width = 0`), otherwise as a crawler calling html2text gets it:
    links kept, and a named entity of html2text's ASCII table written as its stand-in (`&uuml;` "u",
    `&eacute;` "e", `&rsquo;` "'", `&mdash;` "--"; a literal "ü" stays), its `unicode_snob` being off. The
    Zyte html2text dumps carry the same stand-ins: `HTML2Text()` with `ignore_links` and `ignore_images`
    (78 wide) writes all 181 of them byte for byte."""
    converter = html2text.HTML2Text()
    converter.body_width = 0
    return converter.handle(markup)


def inscriptis_dump(markup: str) -> str:
    """inscriptis' plain text with its layout, as the Zyte inscriptis dumps were made."""
    return inscriptis.get_text(markup)


DUMPERS: dict[str, Callable[[str], str]] = {"html2text": html2text_dump, "inscriptis": inscriptis_dump}
DUMP_STYLES = tuple(DUMPERS)


def page_keys(set_dir: Path) -> list[str]:
    """The keys of a set's pages (`html/<key>.html.gz`), sorted so every run sees them in one order."""
    return sorted(path.name.removesuffix(".html.gz") for path in (set_dir / "html").glob("*.html.gz"))


def read_page(set_dir: Path, key: str) -> str:
    """A page's HTML as this project reads an HTML file: BOM, UTF-8, the declared charset, then detection."""
    return decode_html(gzip.decompress((set_dir / "html" / f"{key}.html.gz").read_bytes()))


@dataclass
class Dumps:
    """Dumps by page key, and the keys whose conversion failed (their dumps are empty)."""

    by_key: dict[str, str] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)


def make_dumps(pages: Iterable[tuple[str, str]], style: str) -> Dumps:
    """Convert (key, HTML) pairs; a converter error leaves an empty dump rather than stopping the bench."""
    dumper, dumps = DUMPERS[style], Dumps()
    for key, markup in pages:
        try:
            dumps.by_key[key] = dumper(markup)
        except Exception as error:  # any converter failure is one lost page, counted
            dumps.by_key[key] = ""
            dumps.failed.append(key)
            print(f"{style} failed on {key}: {type(error).__name__}: {error}", file=sys.stderr)
    return dumps


def cache_path(set_dir: Path, style: str, cache: Path = CACHE) -> Path:
    return cache / set_dir.name / f"{style}.json"


def cached_dumps(set_dir: Path, style: str, keys: Iterable[str] | None = None, cache: Path = CACHE) -> dict[str, str]:
    """`{key: dump}` for `keys` (default: every page of the set), converting and caching the missing ones.

    Any folder of `html/<key>.html.gz` pages works. The cache is written whole, keys sorted, through a
    temporary file, so a run cut short or a second run at once never leaves a torn file.
    """
    wanted = page_keys(set_dir) if keys is None else list(keys)
    path = cache_path(set_dir, style, cache)
    known: dict[str, str] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    missing = [key for key in wanted if key not in known]
    if missing:
        made = make_dumps(((key, read_page(set_dir, key)) for key in missing), style)
        known.update(made.by_key)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(known, ensure_ascii=False, sort_keys=True, indent=0), encoding="utf-8")
        partial.replace(path)
        print(
            f"dumped {len(missing)} {set_dir.name} pages with {style} into {path}"
            f" ({len(made.failed)} failed, kept as empty dumps)",
            file=sys.stderr,
        )
    return {key: known[key] for key in wanted}


def empty_dumps(dumps: dict[str, str]) -> int:
    """How many dumps are empty: pages whose conversion failed (or that hold no text at all)."""
    return sum(1 for dump in dumps.values() if not dump.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", default=list(DUMP_SETS), help="folders under ../shared/bench")
    args = parser.parse_args()
    for name in args.sets:
        set_dir = BENCH / name
        if not (set_dir / "html").is_dir():
            parser.error(f"{set_dir / 'html'} not found")
        for style in DUMP_STYLES:
            dumps = cached_dumps(set_dir, style)
            print(f"{name} {style}: {len(dumps)} dumps, {empty_dumps(dumps)} empty, {cache_path(set_dir, style)}")


if __name__ == "__main__":
    main()
