"""Participation claims ("X's involvement in Y") on the real catalog and curated layer."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.model import Claim
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.integration


def participation(checker: Checker, text: str) -> Claim:
    claims = [c for c in checker.check_text(text).claims if c.property == "participant"]
    assert len(claims) == 1, [(c.property, c.quote) for c in checker.check_text(text).claims]
    return claims[0]


@pytest.mark.parametrize(("text", "verdict"), [
    ("Japan is a partner in the International Space Station.", "supported"),
    ("Canada participated in the Lunar Gateway.", "supported"),
    ("Russia withdrew from the Lunar Gateway in 2021.", "supported"),
    ("Russia was involved in the Lunar Gateway early on.", "supported"),
    ("Russia's involvement in the Lunar Gateway signifies its commitment.", "contradicted"),
    ("The Soviet Union played a key role in the International Space Station.",
     "contradicted"),
    ("China is a partner of the International Space Station.", "unverifiable"),
])
def test_participation_verdicts(checker: Checker, text: str, verdict: str) -> None:
    claim = participation(checker, text)
    assert claim.verdict == verdict, (claim.expected, claim.note)
    assert claim.subject_id and claim.subject_id.startswith("curated:")


def test_withdrawal_evidence_cites_the_record(checker: Checker) -> None:
    claim = participation(checker, "Russia's involvement in the Lunar Gateway continues.")
    assert claim.expected == "former participant: Russian Federation"
    assert any("2021-01-25" in e.record and e.citation and "urdupoint" in e.citation
               for e in claim.evidence)


def test_state_that_ended_before_the_program(checker: Checker) -> None:
    claim = participation(checker, "The Soviet Union took part in the International Space "
                                   "Station.")
    assert "1991-12-26" in (claim.note or "")
    assert {e.source for e in claim.evidence} == {"gcat:orgs", "curated"}


def test_article_002_soviet_union_and_iss(checker: Checker) -> None:
    text = (EXAMPLES / "002_08819fa832b34c3e.txt").read_text(encoding="utf-8")
    claims = [c for c in checker.check_text(text).claims if c.property == "participant"]
    assert any(c.verdict == "contradicted" and "Soviet Union" in c.quote for c in claims)


def test_soyuz_alone_names_the_programme(checker: Checker) -> None:
    claims = checker.check_text("Soyuz initiated its maiden voyage in 1967.").claims
    launch = [c for c in claims if c.property == "launch_date"]
    assert launch and launch[0].subject_name == "Soyuz"
    assert launch[0].verdict == "contradicted"  # Kosmos-133, the first Soyuz, flew in 1966
