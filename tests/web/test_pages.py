"""Server-rendered pages, in-process: escaping, downloads, errors and page data."""

from __future__ import annotations

import json
import re

import pytest
from fastapi.testclient import TestClient

from sleuth.catalog.store import Catalog

HOSTILE = ('Salyut 1 was launched on April 19, 1971. <script>alert("pwned")</script> '
           '<img src=x onerror=alert(2)>')


def test_home_has_the_check_form_and_search(client: TestClient) -> None:
    page = client.get("/").text
    assert 'action="/check"' in page and 'enctype="multipart/form-data"' in page
    assert 'action="/search"' in page


def test_checked_text_is_escaped(client: TestClient) -> None:
    page = client.post("/check", data={"text": HOSTILE}).text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in page or \
        "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in page
    # the claims for the page's script travel as JSON that cannot close its <script> tag
    data = re.search(r'<script id="claims-data" type="application/json">(.*?)</script>',
                     page, re.S)
    assert data and "</" not in data.group(1)
    claims = json.loads(data.group(1))
    assert any(c["property"] == "launch_date" and c["verdict"] == "supported"
               for c in claims.values())


def test_check_page_upload(client: TestClient) -> None:
    page = client.post("/check", files={"file": ("note.md", b"# Luna 2\nLuna 2 was launched "
                                                 b"on September 12, 1959.", "text/markdown")})
    assert page.status_code == 200 and "note.md" in page.text
    assert 'class="supported"' in page.text


def test_check_page_without_text_explains(client: TestClient) -> None:
    page = client.post("/check", data={"text": "  "}, headers={"accept": "text/html"})
    assert page.status_code == 400 and "Nothing to check" in page.text


def test_report_downloads(client: TestClient) -> None:
    text = "Luna 2 was launched on September 12, 1959."
    as_json = client.post("/report.json", data={"text": text, "path": "luna.txt"})
    assert "attachment" in as_json.headers["content-disposition"]
    document = as_json.json()["documents"][0]
    assert document["path"] == "luna.txt" and document["claims"]
    as_html = client.post("/report.html", data={"text": HOSTILE})
    assert as_html.headers["content-type"].startswith("text/html")
    assert "<script>alert" not in as_html.text and "Space Sleuth report" in as_html.text
    assert client.post("/report.exe", data={"text": text}).status_code == 404


def test_entity_page_has_facts_links_and_provenance(client: TestClient,
                                                     catalog: Catalog) -> None:
    entity_id = catalog.resolve("Vostok 6").entity.id  # type: ignore[union-attr]
    page = client.get(f"/entity/{entity_id}").text
    assert "Valentina Tereshkova" in page and "gcat:launchlog" in page
    person = catalog.resolve("Valentina Tereshkova").entity.id  # type: ignore[union-attr]
    assert f'href="/entity/{person}"' in page
    assert "Where sources disagree" in page  # Vostok 6's landing times differ by source


@pytest.mark.parametrize("kind", ["program", "spacecraft"])
def test_mir_pages_have_the_assembly_timeline(client: TestClient, catalog: Catalog,
                                              kind: str) -> None:
    mir = catalog.execute("SELECT id FROM entity WHERE name = 'Mir' AND kind = ?", [kind])[0]
    page = client.get(f"/entity/{mir['id']}").text
    assert 'id="timeline-chart"' in page and "/static/vendor/plotly.min.js" in page
    events = json.loads(re.search(r'id="timeline-data" type="application/json">(.*?)</script>',
                                  page, re.S).group(1))  # type: ignore[union-attr]
    assert any("Kvant" in e["title"] for e in events)


def test_unknown_entity_page_is_404_html(client: TestClient) -> None:
    page = client.get("/entity/gcat:NOPE", headers={"accept": "text/html"})
    assert page.status_code == 404 and "<html" in page.text and "gcat:NOPE" in page.text


def test_search_page(client: TestClient) -> None:
    page = client.get("/search", params={"q": "Tereshkova"}).text
    assert "Valentina Tereshkova" in page
    nothing = client.get("/search", params={"q": "Tereshkovx"}).text
    assert "Did you mean" in nothing or "Valentina Tereshkova" in nothing


def test_explore_page_embeds_the_launch_counts(client: TestClient) -> None:
    page = client.get("/explore").text
    race = json.loads(re.search(r'id="race-data" type="application/json">(.*?)</script>',
                                page, re.S).group(1))  # type: ignore[union-attr]
    assert race["years"][0] == 1957 and race["years"][-1] == 2024
    assert {"SU", "US", "RU"} <= {s["key"] for s in race["series"]}


def test_chart_library_is_served_locally(client: TestClient) -> None:
    response = client.get("/static/vendor/plotly.min.js")
    assert response.status_code == 200 and "plotly.js" in response.text[:200]
