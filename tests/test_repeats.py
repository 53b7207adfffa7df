"""Lines a site repeats on many pages are learned from the corpus and removed under their own rule."""

import json

from cleaners.repeats import REPEAT_MIN_PAGES, line_key
from cleaners.sites import Sites, learn_sites
from cleaners.text_page import clean_text
from output.contract import page_id
from reading.folders import Folder
from reading.limits import DEFAULT_LIMITS
from reading.raw_files import read_raw_file
from runs import plan as planning
from runs.cleaner_version import cleaner_version

FOOTER = ["Example Daily is a member of the Independent Press Standards Organisation and its code", "Tip us off"]


def article(number: int) -> str:
    body = [
        f"Story {number} begins with a long sentence about the council meeting and what the mayor said there.",
        f"The second paragraph of story {number} adds the reaction of residents, who were not convinced at all.",
        f"In the end, story {number} closes with the date of the next meeting and the vote that will follow it.",
    ]
    return "\n\n".join([f"Headline {number}", *body, *FOOTER])


def test_learning_needs_enough_pages_and_a_large_enough_share():
    pages = [("example.com", ["same line", f"unique {n}"]) for n in range(REPEAT_MIN_PAGES)]
    learned = learn_sites([*pages, (None, ["same line"])])
    assert learned.repeated == {"example.com": frozenset({line_key("same line")})}
    assert learn_sites(pages[:-1]).repeated == {}  # too few pages to tell


def test_copies_of_one_article_count_once_so_its_text_is_not_boilerplate():
    copies = [("example.com", [*article(1).split("\n\n"), f"<!-- copy {n} -->"]) for n in range(20)]
    assert learn_sites(copies) == Sites()
    others = [("example.com", article(n).split("\n\n")) for n in range(2, 2 + REPEAT_MIN_PAGES)]
    assert learn_sites(copies + others).repeated == {"example.com": frozenset(line_key(line) for line in FOOTER)}


def test_repeated_lines_of_a_domain_are_removed_and_other_domains_keep_theirs(tmp_path):
    for number in range(4):
        (tmp_path / f"p{number}.txt").write_text(article(number))
        (tmp_path / f"p{number}.meta.json").write_text(json.dumps({"url": f"https://example.com/{number}"}))
    (tmp_path / "other.txt").write_text(article(9))
    (tmp_path / "other.meta.json").write_text(json.dumps({"url": "https://elsewhere.org/9"}))
    files = sorted(p.name for p in tmp_path.glob("*.txt"))
    sites = planning.survey_corpus(Folder(tmp_path), files, None, cleaner_version(), DEFAULT_LIMITS).sites
    assert set(sites.repeated) == {"example.com"}

    ours = clean_text(article(1), sites, "https://example.com/1")
    assert [r.text for r in ours.removed if r.rule == "repeated_on_domain"] == FOOTER
    theirs = clean_text(article(9), sites, "https://elsewhere.org/9")
    assert not any(r.rule == "repeated_on_domain" for r in theirs.removed)
    assert line_key(" Tip  US off ") == line_key("Tip us off")


def test_the_survey_in_several_processes_finds_what_one_read_in_order_finds(tmp_path, monkeypatch, caplog):
    """Shares read in processes and merged in order: the same lines learned (copies counted once
    across shares) and the same unchanged files."""
    for number in range(24):
        domain = "example.com" if number % 3 else "elsewhere.org"
        copy = f"\n\n<!-- copy {number} -->" if number >= 12 else ""  # later pages re-crawl earlier ones
        (tmp_path / f"p{number:02d}.txt").write_text(article(number % 12) + copy)
        (tmp_path / f"p{number:02d}.meta.json").write_text(json.dumps({"url": f"https://{domain}/{number % 12}"}))
    files = sorted(p.name for p in tmp_path.glob("*.txt"))
    (first,) = read_raw_file(Folder(tmp_path), files[0])
    known = {page_id(files[0]): (first.raw_sha256, cleaner_version())}
    monkeypatch.setattr(planning, "SURVEY_FILES_PER_PROCESS", 2)

    folder, version = Folder(tmp_path), cleaner_version()
    alone, shared = (
        planning.survey_corpus(folder, files, known, version, DEFAULT_LIMITS, workers) for workers in (1, 2)
    )
    assert shared == alone and "surveying in this process" not in caplog.text  # the processes did it
    assert set(alone.sites.repeated) == {"example.com", "elsewhere.org"} and alone.unchanged == {files[0]}
