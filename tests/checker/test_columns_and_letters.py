"""What opinion columns and letters say, on the real catalog: "Sputnik" alone is Sputnik 1;
a programme's date among its flights refutes nothing; a time told after a period is not
one; a list item's date is not the next item's; "he" after a companion is the traveller;
a crew's launch day with one wrong name; "fell back to Earth" and "flew it home"."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_sputnik_alone_is_the_first_satellite(checker: Checker) -> None:
    text = ("Sputnik swung between 227 and 947 kilometres above the Earth. The Sputnik "
            "programme went on with Sputnik 2.")
    found = {(c.subject_name, c.property, c.verdict) for c in checker.check_text(text).claims}
    assert {("Sputnik 1", "perigee", "supported"), ("Sputnik 1", "apogee", "supported")} <= found


def test_a_numbered_sputnik_the_catalog_names_otherwise_is_not_sputnik_1(
        checker: Checker) -> None:
    text = "In August 1960 two dogs, Belka and Strelka, blasted off in Sputnik 5."
    assert not [c for c in checker.check_text(text).claims if c.subject_name == "Sputnik 1"]


@pytest.mark.parametrize("text", [
    "After the last shuttle landed in July 2011, the Soyuz was the only way up.",
    "In July 2011, Soyuz was the only way to reach the station.",
])
def test_a_programmes_date_among_its_flights_refutes_nothing(checker: Checker,
                                                             text: str) -> None:
    assert all(c.verdict != "contradicted" for c in checker.check_text(text).claims)


def test_a_time_told_after_a_period_is_not_one(checker: Checker) -> None:
    text = ("Sputnik, which circled the Earth every 96 minutes and fell silent after 21 days, "
            "burned up in January 1958.")
    assert [(c.value, c.verdict) for c in claims_of(checker, text, "orbital_period")] == [
        ("96 min", "supported")]


def test_a_list_items_date_is_not_the_next_items(checker: Checker) -> None:
    text = ("The official story is a list: Sputnik on Oct. 4, 1957; the dog Laika a month "
            "later; Gagarin; Gherman Titov's two full days in Vostok 2.")
    assert [s for s, _, _ in said(checker, text)] == ["Sputnik 1"]


def test_he_after_a_companion_is_the_traveller(checker: Checker) -> None:
    text = ("Interkosmos flew its first guest, the Czechoslovak pilot Vladimir Remek, on "
            "Soyuz 28 in March 1978 alongside Vladimir Dzhanibekov; he was the first person "
            "in space who was neither Soviet nor American.")
    # (and "its first guest, the Czechoslovak pilot Vladimir Remek" is his first too)
    assert {(c.subject_name, c.verdict) for c in claims_of(checker, text, "first")} == {
        ("Vladimír Remek", "supported")}


def test_a_crews_launch_day_with_one_wrong_name(checker: Checker) -> None:
    # Shepherd, Gidzenko and Krikalev launched on 31 October 2000; Usachev flew in 2001
    text = ("The first resident crew - the American Bill Shepherd with cosmonauts Yuri "
            "Usachev and Sergei Krikalev - lifted off from Baikonur on Oct. 31, 2000.")
    [launch] = claims_of(checker, text, "launch_date")
    assert launch.verdict == "supported" and "Usachov" in (launch.note or "")


@pytest.mark.parametrize(("text", "prop", "verdict"), [
    ("Its successor, Salyut 7, went up in April 1982 and fell back to Earth in February 1991.",
     "reentry_date", "supported"),
    ("In September 1970 Luna 16 scooped up lunar soil and flew it home on 24 September 1970.",
     "landing_date", "supported"),
])
def test_falling_back_and_flying_it_home(checker: Checker, text: str, prop: str,
                                         verdict: str) -> None:
    assert [c.verdict for c in claims_of(checker, text, prop)][-1:] == [verdict]


def test_the_other_ships_crew_is_not_ours(checker: Checker) -> None:
    text = ("Leonov and Valery Kubasov docked their Soyuz 19 with an Apollo carrying Tom "
            "Stafford, Deke Slayton and Vance Brand in July 1975.")
    assert [c.value for c in claims_of(checker, text, "crew")
            if c.verdict == "contradicted"] == []
