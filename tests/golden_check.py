"""Comparing one cleaned page with its gold file: used by the golden tests on rows from any path."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path


def load_gold(folder: Path) -> dict[str, dict]:
    """source file name -> gold record."""
    return {gold["source_file"]: gold for gold in (json.loads(p.read_text()) for p in sorted(folder.glob("*.json")))}


def published_matches(gold: dict, published_date: dt.date | None, published_at: dt.datetime | None) -> bool:
    """A time-of-day gold wants that instant; a day gold wants that day; alternatives are accepted."""
    if gold["published"] is None and published_date is None:
        return True
    accepted = {value for value in [gold["published"], *gold["published_alternatives"]] if value}
    got = {published_date.isoformat()} if published_date else set()
    if published_at is not None:
        got = {published_at.astimezone(dt.UTC).isoformat()}
    return bool(got & accepted)


def body_problems(gold: dict, text: str) -> list[str]:
    """Differences between the clean text and the gold paragraphs (optional lines may stay)."""
    paragraphs = text.split("\n\n")
    body = [p for p in paragraphs if p not in gold["optional"]]
    problems = []
    if body != gold["paragraphs"]:
        for index, (got, want) in enumerate(zip(body, gold["paragraphs"], strict=False)):  # lengths compared below
            if got != want:
                problems.append(f"paragraph {index}: got {got!r}, want {want!r}")
                break
        if len(body) != len(gold["paragraphs"]):
            problems.append(f"{len(body)} paragraphs, want {len(gold['paragraphs'])}")
    problems += [f"leaked: {snippet!r}" for snippet in gold["must_remove"] if snippet in text]
    return problems


def check_row(gold: dict, row: dict) -> list[str]:
    """Every field of the gold against one output row."""
    problems = []
    for field in ("title", "authors", "url"):
        if row[field] != gold[field]:
            problems.append(f"{field}: got {row[field]!r}, want {gold[field]!r}")
    if not published_matches(gold, row["published_date"], row["published_at"]):
        problems.append(
            f"published: got {row['published_date']}/{row['published_at']}, want {gold['published']} "
            f"or one of {gold['published_alternatives']}"
        )
    problems += body_problems(gold, row["text"])
    removed_text = "\n".join(entry["text"] for entry in row["removed"])
    problems += [f"not audited: {snippet!r}" for snippet in gold["must_remove"] if snippet not in removed_text]
    return problems
