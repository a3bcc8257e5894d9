"""The checker on the real catalog and the project's example articles."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.model import Claim
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.integration


def claims_in(checker: Checker, text: str) -> list[Claim]:
    return checker.check_text(text).claims


def find(claims: list[Claim], prop: str, quote_part: str) -> Claim:
    hits = [c for c in claims if c.property == prop and quote_part in c.quote]
    assert hits, f"no {prop} claim containing {quote_part!r} in {[c.quote for c in claims]}"
    return hits[0]


@pytest.fixture(scope="module")
def article_000(checker: Checker) -> list[Claim]:
    text = (EXAMPLES / "000_be970ccc4db248b0.txt").read_text(encoding="utf-8")
    return claims_in(checker, text)


def test_soyuz_1_uncrewed_is_contradicted_by_komarov(article_000: list[Claim]) -> None:
    claim = find(article_000, "crew", "Soyuz 1")
    assert claim.value == "uncrewed"
    assert claim.verdict == "contradicted"
    assert any(e.value == "Vladimir Komarov" for e in claim.evidence)


def test_sputnik_period_supported_by_derived_period(article_000: list[Claim]) -> None:
    claim = find(article_000, "orbital_period", "96 minutes")
    assert claim.subject_name == "Sputnik 1"
    assert claim.verdict == "supported"
    assert any(e.source == "derived" and "Kepler" in e.record for e in claim.evidence)


@pytest.mark.parametrize(
    ("prop", "quote_part"),
    [
        ("duration", "108 minutes"),
        ("launch_date", "June 16, 1963"),
        ("crew", "Vostok 6"),
        ("launch_date", "April 19, 1971"),
        ("launch_date", "September 12, 1959"),
        ("launch_date", "Kvant-1"),
    ],
)
def test_issue_examples_supported(article_000: list[Claim], prop: str, quote_part: str) -> None:
    assert find(article_000, prop, quote_part).verdict == "supported"


def test_roscosmos_1991_flagged(checker: Checker) -> None:
    text = (EXAMPLES / "002_08819fa832b34c3e.txt").read_text(encoding="utf-8")
    claim = find(claims_in(checker, text), "founded", "1991")
    assert claim.verdict == "contradicted"
    assert "1992-02" in (claim.expected or "")


def test_luna_25_schedule_is_planned(checker: Checker) -> None:
    text = (EXAMPLES / "003_669d1ac9dcc6dc5f.txt").read_text(encoding="utf-8")
    claim = find(claims_in(checker, text), "launch_date", "October 1")
    assert claim.value == "--10-01"
    assert claim.planned
    assert claim.verdict != "contradicted"


@pytest.mark.parametrize(
    ("text", "prop", "verdict"),
    [
        ("Gagarin flew in 1962.", "launch_date", "contradicted"),
        ("Yuri Gagarin flew in 1961.", "launch_date", "supported"),
        ("Sputnik 1 orbited every 98 minutes.", "orbital_period", "contradicted"),
        ("Lunik 2 was launched on September 12, 1959.", "launch_date", "supported"),
        ("Voshkod 2 was launched in 1965.", "launch_date", "supported"),
        ("The Mir core module was launched on 20 February 1986.", "launch_date", "supported"),
        ("Mir was launched on 18 February 1986.", "launch_date", "contradicted"),
        ("Mir was deorbited on 23 March 2001.", "reentry_date", "supported"),
        ("Mir was deorbited in 1999.", "reentry_date", "contradicted"),
        ("Valentina Tereshkova was the first woman in space.", "first", "supported"),
        ("Svetlana Savitskaya was the second woman in space.", "first", "supported"),
        ("Valentina Tereshkova made the first spacewalk by a woman.", "first",
         "contradicted"),
        ("Vostok 2 made seventeen orbits.", "orbit_count", "supported"),
        ("Vega 1 and Vega 2 were launched on 15 and 21 December 1984.", "launch_date",
         "supported"),
    ],
)
def test_sentences(checker: Checker, text: str, prop: str, verdict: str) -> None:
    claims = [c for c in claims_in(checker, text) if c.property == prop]
    assert claims, f"no {prop} claim in {text!r}"
    assert {c.verdict for c in claims} == {verdict}, [(c.value, c.expected) for c in claims]


def test_explorer_1_local_day(checker: Checker) -> None:
    # 1958-02-01 03:47 UTC was still 31 January in Florida.
    claims = claims_in(checker, "Explorer 1 was launched on January 31, 1958.")
    assert find(claims, "launch_date", "January 31").verdict == "supported"


def test_respectively_pairs_in_order(checker: Checker) -> None:
    claims = claims_in(checker, "Vega 1 and Vega 2 were launched on 15 and 21 December 1984.")
    pairs = {(c.subject_name, c.value) for c in claims if c.property == "launch_date"}
    assert pairs == {("Vega-1", "1984-12-15"), ("Vega-2", "1984-12-21")}


def test_plans_are_never_contradicted(checker: Checker) -> None:
    claims = claims_in(checker, "Vostok 1 was scheduled for launch in 1960.")
    claim = find(claims, "launch_date", "1960")
    assert claim.planned and claim.verdict != "contradicted"


def test_offsets_index_the_text(checker: Checker) -> None:
    text = (EXAMPLES / "000_be970ccc4db248b0.txt").read_text(encoding="utf-8")
    for claim in claims_in(checker, text):
        assert text[claim.start:claim.end] == claim.quote


def test_json_contract(checker: Checker) -> None:
    from sleuth.model import Report

    report = Report([checker.check_text("Soyuz 1 was an uncrewed flight.", "x.txt")])
    doc = report.as_json()["documents"][0]  # type: ignore[index]
    assert set(doc) >= {"path", "text", "claims"}
    claim = doc["claims"][0]
    assert set(claim) >= {"start", "end", "quote", "subject", "property", "value", "verdict",
                          "planned", "expected", "evidence"}
    assert set(claim["subject"]) == {"id", "name"}
    assert set(claim["evidence"][0]) >= {"source", "record", "citation"}
