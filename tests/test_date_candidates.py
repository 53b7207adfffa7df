from cleaners.html_page import clean_html
from tests.bench.date_candidates import captured_dates, page_candidates
from tests.test_published import page

JSONLD = (
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-03-05T09:00:00+01:00",'
    ' "dateModified": "2024-06-01"}</script>'
)


def test_every_candidate_is_listed_with_the_tests_of_its_day():
    with captured_dates() as seen:
        clean_html(page(JSONLD, '<p class="date">Updated June 1, 2024</p>'), "https://example.org/a")
    by_name = {record["name"]: record for record in page_candidates(seen[0])}
    published, modified = by_name["jsonld_article:published"], by_name["jsonld_article:modified"]
    assert published["day"] == "2024-03-05" and not published["shown"] and not published["only_modified"]
    assert modified["shown"] and modified["only_modified"] and modified["declared_modified"]
    assert by_name["visible:modified"]["day"] == "2024-06-01"


def test_a_page_without_an_article_gives_no_dates_to_list():
    with captured_dates() as seen:
        clean_html("<html><body></body></html>", "https://example.org/b")
    assert seen == []
