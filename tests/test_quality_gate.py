"""Quality gate: a fixed subset of ../shared/bench with pinned floors, so quality cannot silently slip.

The floors are the values measured when they were pinned, less 0.01. `make bench-quality` runs the
full benchmark; raise a floor here when a change improves it.

The HTML gates score 230 pages twice (ours, and bare trafilatura or htmldate), about 25 s: they are
`slow`, run by `make test` and CI but not by `make test-fast`, as is the gate on the title, byline and
dateline read from WCXB's whole-page dumps. The Zyte text-dump gate and the metric's own test are quick.
"""

from dataclasses import replace

import pytest

from tests.bench import quality

pytestmark = pytest.mark.skipif(not quality.BENCH.is_dir(), reason=f"{quality.BENCH} is not beside this checkout")

ZYTE_PAGES, WCXB_PAGES, TEXT_PAGES, TRAFILATURA_EVAL_PAGES, HTMLDATE_EVAL_PAGES = 30, 40, 30, 80, 80
WCXB_DUMP_PAGES = 150  # whole-page dumps made from the HTML (tests/bench/dumps.py), about 20 s the first time
FLOORS = {
    "trafilatura_eval_f1": 0.908,  # pinned 2026-12-03 (0.911, date 0.914, author 0.762); raised 2026-12-05 (0.918)
    "trafilatura_eval_date": 0.921,  # raised 2026-12-06, twenty-fourth session (0.9313)
    "trafilatura_eval_author": 0.871,  # raised 2026-12-06 after the twenty-third session's author round (0.8810)
    "htmldate_eval_date": 0.915,  # raised 2026-12-06, twenty-fourth session (0.9250)
    "zyte_f1": 0.951,
    "wcxb_f1": 0.931,
    "wcxb_author": 0.915,  # raised 2026-12-03 after the ninth session's rounds (0.925, date 0.950)
    "wcxb_date": 0.940,
    "html2text": 0.949,  # raised 2026-12-06 after the twenty-third session's rounds (0.9592, 0.9551, 0.9542)
    "inscriptis": 0.945,
    "html-text": 0.944,
    # text mode's header on real whole-page dumps, pinned 2026-12-03 (WCXB's first 150 pages)
    # raised 2026-12-03 after the seventh header round (html2text 0.467, 0.527, 0.780; inscriptis 0.540, 0.380, 0.667)
    "wcxb_html2text_date": 0.623,  # raised 2026-12-06, twenty-sixth session's meta strips and rows (0.6333)
    "wcxb_html2text_author": 0.590,  # raised 2026-12-05, twenty-first session (0.6000)
    "wcxb_html2text_title": 0.777,  # raised 2026-12-05 after the escaped-link fix (0.7867)
    "wcxb_inscriptis_date": 0.656,  # raised 2026-12-06, twenty-sixth session's meta strips and rows (0.6667)
    "wcxb_inscriptis_author": 0.550,  # raised 2026-12-06, twenty-sixth session's contents entries (0.5600)
    "wcxb_inscriptis_title": 0.710,  # raised 2026-12-06, twenty-sixth session, all rounds merged (0.7200)
}


@pytest.mark.slow
def test_html_body_quality_holds_and_is_not_below_bare_trafilatura():
    ours = quality.score_zyte(quality.ours, ZYTE_PAGES)
    bare = quality.score_zyte(quality.bare_trafilatura, ZYTE_PAGES)
    assert ours.f1 >= FLOORS["zyte_f1"]
    assert ours.f1 >= bare.f1


@pytest.mark.slow
def test_wcxb_body_dates_and_authors_hold():
    ours = quality.score_wcxb(quality.ours, WCXB_PAGES)
    bare = quality.score_wcxb(quality.bare_trafilatura, WCXB_PAGES)
    assert ours.f1 >= FLOORS["wcxb_f1"] and ours.f1 >= bare.f1
    date, bare_date = ours.date_accuracy or 0.0, bare.date_accuracy or 0.0  # None: no page had one to score
    author, bare_author = ours.author_accuracy or 0.0, bare.author_accuracy or 0.0
    assert date >= FLOORS["wcxb_date"] and date > bare_date
    assert author >= FLOORS["wcxb_author"] and author > bare_author


# Pages where trafilatura's fast path missed the article (shingle F1 0.00-0.32) and its full path found
# it (0.68-0.99): the fast path's "looks incomplete" test (`cleaners.html_page`) must keep sending
# them down the full path. Two more such WCXB pages (0073, 4252) it misses.
FALLBACK_PAGES = {
    "zyte": ("f6ac15a4d98511396da23e4428deb5605422b1c8bbc8284e771f6896bdccf57f",),
    "wcxb": (
        *("0010", "0030", "0140", "0183", "0307", "0354", "2976", "4106", "4163", "4184", "4251"),
        *("4430", "4459", "4526", "4555", "4617", "4666", "4705", "4715", "4815", "4835"),
    ),
}


@pytest.mark.slow
def test_multilingual_bodies_dates_and_authors_hold_and_beat_bare_trafilatura():
    pages = quality.trafilatura_eval_pages(TRAFILATURA_EVAL_PAGES)
    ours = quality.score_pages(pages, quality.ours)
    bare = quality.score_pages(pages, quality.bare_trafilatura)
    assert ours.f1 >= FLOORS["trafilatura_eval_f1"] and ours.f1 >= bare.f1
    assert (ours.date_accuracy or 0.0) >= FLOORS["trafilatura_eval_date"]
    assert (ours.date_accuracy or 0.0) > (bare.date_accuracy or 0.0)
    assert (ours.author_accuracy or 0.0) >= FLOORS["trafilatura_eval_author"]
    assert (ours.author_accuracy or 0.0) > (bare.author_accuracy or 0.0)


@pytest.mark.slow
def test_news_dates_hold_and_beat_htmldate_extensive():
    pages = quality.htmldate_eval_pages(HTMLDATE_EVAL_PAGES)
    ours = quality.score_pages(pages, quality.ours)
    extensive = quality.score_pages(pages, lambda markup, url: quality.htmldate_day(markup, url, extensive=True))
    assert (ours.date_accuracy or 0.0) >= FLOORS["htmldate_eval_date"]
    assert (ours.date_accuracy or 0.0) > (extensive.date_accuracy or 0.0)


@pytest.mark.slow
def test_pages_only_the_full_extraction_path_reads_keep_their_article():
    pages = [
        page
        for set_name, load in (("zyte", quality.zyte_pages), ("wcxb", quality.wcxb_pages))
        for page in load(None)
        if page.key in FALLBACK_PAGES[set_name]
    ]
    assert len(pages) == sum(map(len, FALLBACK_PAGES.values()))
    scores = {page.key: quality.score_pages([page], quality.ours, metadata=False).f1 for page in pages}
    assert min(scores.values()) >= 0.6, scores
    assert sum(scores.values()) / len(scores) >= 0.85, scores


@pytest.mark.parametrize("kind", quality.TEXT_DUMP_KINDS)
def test_text_dump_quality_holds(kind):
    cleaned, raw = quality.score_text_mode(kind, TEXT_PAGES)
    assert cleaned.f1 >= FLOORS[kind]
    assert cleaned.precision > raw.precision + 0.2


@pytest.mark.slow
@pytest.mark.parametrize("style", quality.dumps.DUMP_STYLES)
def test_text_mode_reads_title_byline_and_dateline_of_real_page_dumps(style):
    pages = quality.wcxb_pages(WCXB_DUMP_PAGES)
    cleaned, _raw = quality.score_dumps(quality.as_dumps(pages, quality.made_dumps(quality.WCXB)(style, pages)))
    assert (cleaned.date_accuracy or 0.0) >= FLOORS[f"wcxb_{style}_date"]
    assert (cleaned.author_accuracy or 0.0) >= FLOORS[f"wcxb_{style}_author"]
    assert (cleaned.title_accuracy or 0.0) >= FLOORS[f"wcxb_{style}_title"]
    assert cleaned.false_dates == 0  # of the pages whose gold has no date (25 of them)


def test_made_html2text_dumps_keep_html2texts_ascii_stand_ins_as_crawlers_get_them():
    dump = quality.dumps.html2text_dump("<p>M&uuml;ller &ndash; Müller, <a href='/a'>caf&eacute;</a></p>")
    assert dump.strip() == "Muller - Müller, [cafe](/a)"


def test_the_metric_scores_known_cases():
    assert quality.precision_recall("a b c d e", "a b c d e") == (1.0, 1.0)
    assert quality.precision_recall("", "a b c d") == (1.0, 0.0)
    p, r = quality.precision_recall("a b c d x y z w", "a b c d")
    assert (p, r) == (0.2, 1.0)
    assert quality.author_key("Dylan Bailey, MS, RD, FAND") == frozenset({"dylan bailey"})
    assert quality.author_key("Maria & Katerina") == frozenset({"maria", "katerina"})


def test_wrong_dates_and_authors_are_listed_with_the_gold():
    score = quality.Score()
    page = quality.Page("p1", "", "https://x.example/a", authors="Ann Lee", date="2024-03-05")
    page = replace(page, scores_authors=True, scores_date=True)
    score.add(page, quality.Prediction("text", ["Ann Lee"], "2024-03-06", "meta:published"))
    assert score.failures == ["p1  date    want 2024-03-05  got 2024-03-06 (meta:published)  https://x.example/a"]
    score.add(page, quality.Prediction("text", ["Bo Ek"], "2024-03-05"))
    assert score.failures[1] == "p1  author  want ['ann lee']  got ['bo ek']"


def test_titles_are_scored_where_gold_has_one_and_a_title_is_predicted():
    score = quality.Score()
    page = quality.Page("p1", "", None, title="Top  Nutrition Trends")
    score.add(page, quality.Prediction("text", title="top nutrition trends"))
    score.add(page, quality.Prediction("text", title=""))  # text mode read no title
    score.add(page, quality.Prediction("text"))  # HTML mode: not scored
    score.add(replace(page, title=None), quality.Prediction("text", title="Anything"))  # no gold title
    assert score.titles == [True, False] and score.title_accuracy == 0.5
