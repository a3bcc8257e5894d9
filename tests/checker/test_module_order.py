"""A station module's place among its station's modules ("Zvezda, the station's second
module", "the first add-on module, Kvant"), derived from the modules' launches where the
curated layer lists them all (``modules_listed_through``), on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.catalog.store import Catalog
from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "subject", "verdict"), [
    # ISS: Zarya 1998-11-20, Unity 1998-12-04, Zvezda 2000-07-12 (GCAT launch log);
    # "Zvezda is the third ISS module" (RSC Energia)
    ("Zvezda, the station's second module, followed in July 2000.", "Zvezda", "contradicted"),
    ("Zarya, the very first ISS module, was launched in 1998.", "Zarya", "supported"),
    ("Unity was the second module of the ISS.", "Unity", "supported"),
    ("A few candidates thought Zvezda was the first module.", "Zvezda", "contradicted"),
    # Mir: core 1986, Kvant-1 1987, Kvant-2 1989, Kristall 1990, Spektr 1995, Docking
    # Module 1995, Priroda 1996; a count of those added leaves the core out
    ("The first add-on module, Kvant, arrived in 1987.", "Kvant", "supported"),
    ("Kristall, the second module to join the station, arrived in 1990.", "Kristall",
     "contradicted"),
    ("Spektr became the fourth module added to Mir.", "Spektr", "supported"),
    ("Spektr became the third module added to Mir.", "Spektr", "contradicted"),
    # a plain count may take the core in or leave it out: either agrees
    ("Kristall was the fourth module of Mir.", "Kristall", "supported"),
    ("Kvant-2, Mir's second module, docked in 1989.", "Kvant-2", "supported"),
    ("Kvant-2, Mir's fourth module, docked in 1989.", "Kvant-2", "contradicted"),
    # Britannica counts five expansion modules, leaving the Docking Module out; JSC lists it
    ("Priroda was the fifth expansion module.", "Priroda", "supported"),
    ("Priroda was the sixth expansion module.", "Priroda", "supported"),
    ("Priroda was the fourth expansion module.", "Priroda", "contradicted"),
])
def test_a_module_in_its_stations_order(checker: Checker, text: str, subject: str,
                                        verdict: str) -> None:
    [claim] = claims_of(checker, text, "first")
    assert (claim.subject_name, claim.verdict) == (subject, verdict)
    assert claim.evidence[0].source == "derived"


def test_past_the_modules_listed_the_order_is_unknown(checker: Checker) -> None:
    # Destiny (2001) and Quest came between Zvezda and Pirs, and are not in stations.yaml
    [claim] = claims_of(checker, "Pirs, the fourth ISS module, arrived in 2001.", "first")
    assert claim.verdict == "unverifiable"
    assert "only up to 2000-07-26" in (claim.note or "")


def test_an_iss_module_is_no_claim_about_the_iss(checker: Checker) -> None:
    # Zarya launched 1998-11-20 (GCAT launch log): "ISS" in "ISS module" is not the
    # subject, and neither is GCAT's "ISS Module" programme (Destiny, 2001)
    text = "Zarya - the very first ISS module, launched in December 1998 on a Proton."
    assert said(checker, text) == [("Zarya", "1998-12", "contradicted")]


def test_the_iss_modules_belong_to_the_iss(catalog: Catalog) -> None:
    rows = catalog.execute(
        "SELECT e.name FROM relation r JOIN entity e ON e.id = r.subject_id "
        "WHERE r.relation = 'module_of' AND r.object_id = 'curated:iss'")
    assert {"Zarya", "Unity", "Zvezda", "Nauka"} <= {row[0] for row in rows}
