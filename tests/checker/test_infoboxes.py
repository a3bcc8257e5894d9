"""Infoboxes written as text ("Launch date: 4 April 1978" lines under a heading), on the
real catalog: each line is a claim about the heading's craft, a crew of "none" says it
flew uncrewed, and a launch site's pad is checked when the text names one."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration

KOSMOS_1001 = """== Kosmos-1001 ==

Launch date: 4 April 1978, 15:00 UTC
Launch vehicle: Soyuz-U
Launch site: Baikonur Site 31
Inclination: 51.6°
Crew: none
Landed: 15 April 1978

The first 7K-ST lost its command radio link shortly after reaching orbit.
"""


def _verdicts(checker: Checker, text: str) -> list[tuple[str, str, str, str]]:
    return [(c.subject_name, c.property, c.value, c.verdict)
            for c in checker.check_text(text).claims]


def test_each_infobox_line_is_a_claim_about_the_heading_craft(checker: Checker) -> None:
    assert _verdicts(checker, KOSMOS_1001) == [
        ("Kosmos-1001", "launch_date", "1978-04-04T15:00Z", "supported"),
        ("Kosmos-1001", "launch_vehicle", "Soyuz-U", "supported"),
        # GCAT: LC1, Gagarin's pad; Site 31 is Baikonur's other Soyuz pad
        ("Kosmos-1001", "launch_site", "Baykonur pad 31", "contradicted"),
        ("Kosmos-1001", "inclination", "51.6 deg", "supported"),
        ("Kosmos-1001", "crew", "uncrewed", "supported"),
        ("Kosmos-1001", "landing_date", "1978-04-15", "supported")]


def test_the_right_pad_is_supported_in_prose_and_a_wrong_one_refuted(checker: Checker) -> None:
    text = ("Soyuz T-2 was launched from Baikonur Site 1 in 1980. "
            "Soyuz T-3 lifted off from Baikonur, Site 31, in 1980.")
    sites = [(c.subject_name, c.verdict, c.note) for c in claims_of(checker, text,
                                                                     "launch_site")]
    assert sites == [("Soyuz T-2", "supported", None),
                     ("Soyuz T-3", "contradicted", "the site is right; its pad is not 31")]


def test_a_designation_running_on_is_not_the_shorter_name(checker: Checker) -> None:
    # Soyuz T-10-1, the 1983 pad abort, is neither Soyuz T-10 (1984) nor "Soyuz T": with no
    # craft in the heading, the dates are those of the one man in the crew cell
    text = "== Soyuz T-10-1 ==\n\nLaunch date: 26 September 1983\nCrew: Vladimir Titov\n" \
           "Landed: 26 September 1983\n"
    assert _verdicts(checker, text) == [
        ("Vladimir Titov", "launch_date", "1983-09-26", "supported"),
        ("Vladimir Titov", "landing_date", "1983-09-26", "supported")]


def test_a_list_of_names_between_two_crafts_flies_one(checker: Checker) -> None:
    text = ("Later that year Soyuz T-3, launched on 27 November 1980 with Leonid Kizim, "
            "Oleg Makarov and Vladimir Aksyonov, carried out repairs aboard Salyut 6.")
    assert said(checker, text, "crew") == [("Soyuz T-3", "Leonid Kizim", "supported"),
                                           ("Soyuz T-3", "Oleg Makarov", "supported"),
                                           ("Soyuz T-3", "Vladimir Aksyonov", "contradicted")]


def test_a_field_left_blank_does_not_end_the_box(checker: Checker) -> None:
    text = ("== Zvezda (ISS module) ==\nMission type: ISS service module\nOperator:\n"
            "Launch date: 26 July 2000\nRocket: Proton-K\nPerigee: 185 km\n")
    assert said(checker, text) == [("Zvezda", "2000-07-26", "contradicted")]
    assert said(checker, text, "launch_vehicle") == [("Zvezda", "Proton-K", "supported")]
