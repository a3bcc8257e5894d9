"""Who sent probes, said of unnamed probes ("probes launched by ESA and by NASDA"), judged
on the real catalog by GCAT's payload owners and deep-space launches."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.model import Claim

pytestmark = pytest.mark.integration


def probe_claims(checker: Checker, text: str) -> list[Claim]:
    return [c for c in checker.check_text(text).claims
            if c.property == "operator" and c.subject_id is None]


def test_a_list_of_agencies_gives_one_claim_each(checker: Checker) -> None:
    text = ("Two Soviet Vega spacecraft shared data with probes launched by ESA and by NASDA "
            "(the Japanese space agency).")
    esa, nasda = probe_claims(checker, text)
    assert (esa.quote, esa.verdict) == ("probes launched by ESA", "supported")
    assert "Giotto" in (esa.expected or "")
    assert nasda.quote == "probes launched by ESA and by NASDA"
    assert nasda.verdict == "contradicted"
    # The evidence names NASDA's years and the probes Japan did send (ISAS's).
    assert "1969–2003" in (nasda.expected or "") and "Sakigake" in (nasda.expected or "")
    assert any("orgs.tsv" in e.record for e in nasda.evidence)
    assert any("1985-001" in e.record for e in nasda.evidence)


def test_possessive_form(checker: Checker) -> None:
    claims = probe_claims(checker, "The data needed by ESA’s and NASDA’s probes were sent.")
    assert [(c.value, c.verdict) for c in claims] == [
        ("European Space Agency", "supported"),
        ("National Space Development Adminstration", "contradicted")]


@pytest.mark.parametrize("text", [
    "Probes launched by ISAS reached the comet.",  # ISAS under its later GCAT codes
    "Interplanetary probes sent by the Soviet Union explored Venus.",  # a state
    "Probes launched by Roscosmos still fly.",  # the agency launched Luna-25 (FKA)
    "Probes launched by NASA reached every planet.",  # JPL is part of NASA
])
def test_parties_that_sent_probes(checker: Checker, text: str) -> None:
    [claim] = probe_claims(checker, text)
    assert claim.verdict == "supported", claim.expected


def test_a_probe_of_some_destination_is_not_judged_as_any_probe(checker: Checker) -> None:
    assert probe_claims(checker, "Venus probes launched by China.") == []
    assert probe_claims(checker, "China's lunar probes landed.") == []


def test_a_party_the_catalog_does_not_know_as_an_owner_is_unverifiable(
        checker: Checker) -> None:
    [claim] = probe_claims(checker, "Probes launched by the Australian Space Agency.")
    assert claim.verdict == "unverifiable"


def test_a_builder_is_not_an_owner(checker: Checker) -> None:
    # GCAT records who owned a payload, not who built it: no claim, so no false alarm.
    assert probe_claims(checker, "Probes built by NPO Lavochkin flew to Venus.") == []
