"""Names and what a launch is said of, on the real catalog: a name does not run
across a comma ("the ISS, so" is not the Poisk module's "ISS-SO"), unless the catalog
writes it with one; a craft's name used for a rocket is the rocket's; a programme first
flew when its first launch did; people dated on a named craft are dated by it."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of

pytestmark = pytest.mark.integration


def _names(checker: Checker, text: str) -> list[str]:
    return [m.alias for m in checker.gazetteer.find(text)]


def test_a_name_does_not_run_across_a_comma(checker: Checker) -> None:
    text = "It sprang a leak while docked to the ISS, so Roscosmos sent another ship."
    assert _names(checker, text) == ["ISS", "Roscosmos"]
    assert "ISS-SO" in _names(checker, "The ISS-SO module was launched in 2009.")


def test_a_name_written_with_a_comma_still_matches_across_one(checker: Checker) -> None:
    [mention] = checker.gazetteer.find("Its partner was Chile, Republic of, by name.")
    assert mention.alias == "Chile, Republic of"


def test_a_craft_name_used_for_a_rocket_names_the_rocket_throughout(checker: Checker) -> None:
    # "Soyuz-2" is also the 1968 spacecraft; "Soyuz-2 rockets" says which is meant here
    text = ("Today's GLONASS-K satellites go up on Soyuz-2 rockets from Plesetsk. The Angara "
            "made its debut in 2014, ten years after Soyuz-2 first flew, from Plesetsk.")
    assert not [c for c in checker.check_text(text).claims if c.subject_name == "Soyuz-2"]


def test_a_programme_first_flew_with_its_first_launch_not_its_start(checker: Checker) -> None:
    # Interkosmos was set up in 1967; Interkosmos-1 launched on 14 October 1969
    [date] = claims_of(checker, "The Interkosmos programme first flew in October 1969.",
                       "launch_date")
    assert date.verdict == "supported"


def test_people_dated_on_the_craft_named_may_not_share_another_flight(
        checker: Checker) -> None:
    # Kizim and Atkov shared Soyuz T-10 (1984); Kizim went up in Soyuz T-15 on 13 March
    # 1986, with Solovyov: the date is right, Atkov's place is not
    text = "On 13 March 1986 Leonid Kizim and Oleg Atkov set off in Soyuz T-15."
    [date] = claims_of(checker, text, "launch_date")
    assert (date.subject_name, date.verdict) == ("Soyuz T-15", "supported")
    crew = {c.value: c.verdict for c in claims_of(checker, text, "crew")}
    assert crew == {"Leonid Kizim": "supported", "Oleg Atkov": "contradicted"}
