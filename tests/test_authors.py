"""Author sources: JSON-LD people (with @graph references), metas, the site-name rule, page bylines."""

from cleaners.authors import Clues, find_authors, jsonld_people, looks_like_person, page_byline
from cleaners.bylines import split_names
from cleaners.html_page import parse_html


def page(head: str = "", body: str = "<p>Text</p>") -> Clues:
    return Clues(parse_html(f"<html><head>{head}</head><body>{body}</body></html>"))


GRAPH = """<script type="application/ld+json">{"@graph": [
  {"@type": "Article", "author": {"@id": "#ana"}, "publisher": {"@type": "Organization", "name": "Site"}},
  {"@type": "Person", "@id": "#ana", "name": "Ana L&#243;pez"}]}</script>"""


def test_jsonld_follows_graph_references_and_skips_organisations():
    assert jsonld_people(page(GRAPH).tree) == ["Ana L&#243;pez"]
    org = '{"@type": "Article", "author": {"@type": "Organization", "name": "Site"}}'
    org = f'<script type="application/ld+json">{org}</script>'
    assert jsonld_people(page(org).tree) == []
    assert find_authors(page(GRAPH)) == ["Ana López"]


def test_site_name_gives_way_to_a_person_named_later():
    head = '<meta property="og:site_name" content="Acme Blog"><meta name="author" content="Acme Blog">'
    assert find_authors(page(head, "<p>Written by Jo Banks</p>")) == ["Jo Banks"]
    assert find_authors(page(head)) == ["Acme Blog"]


def test_page_byline_names_only_people():
    assert page_byline(page(body="<div>By Amy Wilhelm</div><p>Body</p>").tree) == ["Amy Wilhelm"]
    assert page_byline(page(body="<div>Contributors: Janet Loughrey</div>").tree) == ["Janet Loughrey"]
    assert page_byline(page(body="<p>By subscribing you agree to our Privacy Policy</p>").tree) == []
    assert not looks_like_person("Feb 11")


def test_split_names_drops_avatar_initials_and_trailing_credentials():
    assert split_names("CM Craig McCarthy") == ["Craig McCarthy"]
    assert split_names("Genevieve Carlton; Ph D") == ["Genevieve Carlton"]
    assert split_names("Article by Cara Dumaplin RN") == ["Cara Dumaplin"]
    assert split_names("Written By") == []
