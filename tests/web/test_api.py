"""The HTTP API on the real catalog: every endpoint, its errors, and the safety rules."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient

from sleuth.catalog.store import Catalog
from tests.conftest import EXAMPLES
from tests.web.conftest import SMALL_LIMIT

ARTICLE = EXAMPLES / "000_be970ccc4db248b0.txt"
CONTRACT_KEYS = {"start", "end", "quote", "subject", "property", "value", "verdict", "planned",
                 "expected", "evidence"}


def soyuz_paragraph() -> str:
    return next(p for p in ARTICLE.read_text(encoding="utf-8").split("\n\n")
                if "Soyuz 1, launched" in p)


def assert_error(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["status"] == status and body["message"]
    return body


# -- POST /api/check -----------------------------------------------------------------------

def test_check_json_body_follows_the_contract(client: TestClient) -> None:
    text = soyuz_paragraph()
    body = client.post("/api/check", json={"text": text}).json()
    assert body["text"] == text
    assert body["claims"], "the paragraph has checkable claims"
    for claim in body["claims"]:
        assert set(claim) >= CONTRACT_KEYS
        assert text[claim["start"]:claim["end"]] == claim["quote"]
    crew = [c for c in body["claims"] if c["property"] == "crew"
            and c["subject"]["name"] == "Soyuz 1"]
    assert crew and crew[0]["verdict"] == "contradicted"
    assert any(e["value"] == "Vladimir Komarov" for e in crew[0]["evidence"])
    assert sum(body["counts"].values()) == len(body["claims"])


def test_check_same_as_python_api(client: TestClient, catalog: Catalog) -> None:
    from sleuth.check import check

    text = "Yuri Gagarin flew aboard Vostok 1 on April 12, 1961."
    api = client.post("/api/check", json={"text": text}).json()
    direct = check(text, catalog).as_json()["documents"][0]
    assert api["claims"] == direct["claims"]


def test_check_file_upload_html_drops_markup(client: TestClient) -> None:
    page = (b"<html><body><p>Salyut 1 was launched on April 19, 1971.</p>"
            b"<script>alert('x')</script></body></html>")
    body = client.post("/api/check", files={"file": ("../../etc/salyut.html", page,
                                                     "text/html")}).json()
    assert "alert" not in body["text"]
    assert body["path"] == "salyut.html"  # only the base name; nothing touches the disk
    dates = [c for c in body["claims"] if c["property"] == "launch_date"]
    assert dates and dates[0]["verdict"] == "supported"


def test_check_upload_of_unsupported_type_is_400(client: TestClient) -> None:
    body = assert_error(client.post("/api/check", files={"file": ("a.pdf", b"%PDF-1.4",
                                                                   "application/pdf")}), 400)
    assert ".txt" in body["message"]


def test_check_binary_upload_is_400(client: TestClient) -> None:
    assert_error(client.post("/api/check", files={"file": ("a.txt", bytes(range(256)) * 4,
                                                           "text/plain")}), 400)


@pytest.mark.parametrize("payload", [{}, {"text": ""}, {"text": 42}, {"words": "x"}, []])
def test_check_malformed_json_is_422(client: TestClient, payload: object) -> None:
    assert_error(client.post("/api/check", json=payload), 422)


def test_check_invalid_json_is_422(client: TestClient) -> None:
    assert_error(client.post("/api/check", content=b"{not json",
                             headers={"content-type": "application/json"}), 422)


def test_check_blank_text_is_400(client: TestClient) -> None:
    assert_error(client.post("/api/check", json={"text": "   \n "}), 400)


def test_oversized_body_is_413(small_client: TestClient) -> None:
    body = assert_error(small_client.post("/api/check", json={"text": "x" * SMALL_LIMIT}), 413)
    assert f"{SMALL_LIMIT:,}" in body["message"]


def test_oversized_streamed_body_is_413(small_client: TestClient) -> None:
    def chunks():
        for _ in range(10):
            yield b"a" * 1000

    response = small_client.post("/api/check", content=chunks(),
                                 headers={"content-type": "application/json"})
    assert_error(response, 413)


def test_script_in_article_comes_back_as_data(client: TestClient) -> None:
    text = "Luna 2 was launched on September 12, 1959. <script>alert(1)</script>"
    body = client.post("/api/check", json={"text": text}).json()
    assert body["text"] == text  # JSON carries the text verbatim; pages escape it


# -- entities ------------------------------------------------------------------------------

def test_entity_search_puts_exact_name_first(client: TestClient) -> None:
    hits = client.get("/api/entities", params={"q": "Vostok 6"}).json()
    assert hits[0]["name"] == "Vostok 6" and hits[0]["kind"] == "spacecraft"


def test_entity_search_by_other_spelling(client: TestClient, catalog: Catalog) -> None:
    hits = client.get("/api/entities", params={"q": "Lunik 2"}).json()
    assert hits[0]["id"] == catalog.resolve("Luna 2").entity.id  # type: ignore[union-attr]


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "Mir", "limit": 0},
                                    {"q": "Mir", "limit": "many"}])
def test_entity_search_validation(client: TestClient, params: dict) -> None:
    assert_error(client.get("/api/entities", params=params), 422)


def test_entity_card_matches_show_json(client: TestClient, catalog: Catalog) -> None:
    entity_id = catalog.resolve("Vostok 6").entity.id  # type: ignore[union-attr]
    card = client.get(f"/api/entities/{entity_id}").json()
    assert card == catalog.card(entity_id)
    crew = [f["value"] for f in card["facts"] if f["property"] == "crew"]
    assert "Valentina Tereshkova" in crew


def test_entity_id_with_slash(client: TestClient, catalog: Catalog) -> None:
    row = catalog.execute("SELECT id FROM entity WHERE id LIKE '%/%' LIMIT 1")[0]
    response = client.get("/api/entities/" + row["id"])
    assert response.status_code == 200 and response.json()["id"] == row["id"]


def test_unknown_entity_is_404(client: TestClient) -> None:
    body = assert_error(client.get("/api/entities/gcat:NOPE"), 404)
    assert "gcat:NOPE" in body["message"]


def test_unknown_api_path_is_json_404(client: TestClient) -> None:
    assert_error(client.get("/api/nothing-here"), 404)


# -- timeline and statistics ---------------------------------------------------------------

def test_timeline_of_mir_assembly(client: TestClient) -> None:
    events = client.get("/api/timeline", params={"program": "Mir", "from": 1986,
                                                 "to": 1996}).json()
    titles = " ".join(e["title"] for e in events)
    assert "Kvant" in titles
    assert all("1986" <= e["t_start"][:4] <= "1996" for e in events)
    assert [e["t_start"] for e in events] == sorted(e["t_start"] for e in events)


def test_timeline_filters_state_and_kind(client: TestClient) -> None:
    events = client.get("/api/timeline", params={"state": "SU", "kind": "launch",
                                                 "from": 1957, "to": 1957}).json()
    assert len(events) == 2  # Sputnik 1 and Sputnik 2; the December launch was American
    assert {e["state"] for e in events} == {"SU"}


def test_timeline_reversed_years_is_400(client: TestClient) -> None:
    assert_error(client.get("/api/timeline", params={"from": 1990, "to": 1980}), 400)


@pytest.mark.parametrize("params", [{"from": "soon"}, {"limit": 0}, {"limit": 10**6}])
def test_timeline_validation(client: TestClient, params: dict) -> None:
    assert_error(client.get("/api/timeline", params=params), 422)


def test_launches_per_year_by_state_counts_the_launch_log(client: TestClient,
                                                         catalog: Catalog) -> None:
    body = client.get("/api/stats/launches-per-year",
                      params={"by": "state", "from": 1957, "to": 1970}).json()
    assert body["years"] == list(range(1957, 1971))
    series = {s["key"]: s for s in body["series"]}
    assert series["SU"]["label"] == "Union of Soviet Socialist Republics"
    # the same count straight from the timeline of GCAT launch events
    events = catalog.timeline(state="SU", start_year=1965, end_year=1965)
    launches = [e for e in events if e.source == "gcat:launchlog"]
    assert series["SU"]["counts"][1965 - 1957] == len(launches)
    assert body["total"] == sum(sum(s["counts"]) for s in body["series"])


def test_launches_per_year_by_program_for_soviet_union(client: TestClient) -> None:
    body = client.get("/api/stats/launches-per-year",
                      params=[("by", "program"), ("state", "SU"), ("from", 1961),
                              ("to", 1961), ("top", 3)]).json()
    keys = [s["key"] for s in body["series"]]
    assert len(keys) <= 4 and (len(keys) < 4 or keys[-1] == "other")
    assert any(k.startswith("Vostok") for k in keys)


@pytest.mark.parametrize("params", [{"by": "colour"}, {"from": 1800}, {"top": 0}])
def test_launches_per_year_validation(client: TestClient, params: dict) -> None:
    assert_error(client.get("/api/stats/launches-per-year", params=params), 422)


# -- read-only -----------------------------------------------------------------------------

def test_catalog_is_read_only(catalog: Catalog) -> None:
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        catalog.execute("DELETE FROM entity WHERE id = 'x'")


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/check", "/api/entities", "/api/entities/{entity_id}", "/api/timeline",
            "/api/stats/launches-per-year"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "cdn" not in docs.text.lower()
