"""A school brochure's anniversaries and an encyclopedia export's stubs: counts of years
back from the brochure's own date, a person's years of life, a flight "to" a station, and
the prose under an infobox. Lines written here; verdicts on the real catalog (Luna 9
landed on 3 February 1966; Mir's core launched 1986-02-19 21:28 UTC, 20 February in
Moscow; Soyuz 11's crew flew from 6 June 1971)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import find_dates
from tests.checker.claims import said

HEAD = "SPACE WEEK BROCHURE\nPrinted on Monday 23 March 2026\n\n"


def test_years_ago_last_or_next_month_count_from_the_texts_own_month() -> None:
    text = HEAD + ("Sixty years ago last month, on the 3rd, Luna 9 landed. Priroda followed "
                   "thirty years ago next month.")
    dates = {d.text: str(d.date) for d in find_dates(text)}
    assert dates["Sixty years ago last month"] == "1966-02"
    assert dates["3rd"] == "1966-02-03"
    assert dates["thirty years ago next month"] == "1996-04"
    # told in January, last month is December of the year before
    text = text.replace("March 2026", "January 2026")
    assert {d.text: str(d.date) for d in find_dates(text)}["Sixty years ago last month"] == (
        "1965-12")


@pytest.mark.integration
def test_a_persons_years_of_life_date_no_flight(checker: Checker) -> None:
    for life in ("(1934 to 1968)", "(1934–1968)", "(born 1934)", "(b. 9 March 1934)"):
        assert said(checker, f"Vostok 1 carried Yuri Gagarin {life}.") == []
    # a bracketed date of the flight still dates it
    assert said(checker, "Soyuz 11 (6 June 1971) carried Dobrovolsky.") == [
        ("Soyuz 11", "1971-06-06", "supported")]


@pytest.mark.integration
def test_a_crewed_flight_to_a_station_says_nothing_of_the_stations_crew(
        checker: Checker) -> None:
    assert said(checker, "Soyuz T-6 was a crewed flight to Salyut 7.", "crew") == [
        ("Soyuz T-6", "crewed", "supported")]
    assert said(checker, "Mission type: crewed flight to Salyut 7", "crew") == []
    assert said(checker, "The crewed Soyuz 3 flew in 1968.", "crew") == [
        ("Soyuz 3", "crewed", "supported")]


MIR_STUB = """== Mir (core module) ==
Mission type: Space station core module
COSPAR ID: 1986-017A
Launch date: 19 February 1986, 21:28 UTC
Rocket: Proton-K
Launch site: Baikonur Site 200/39
Inclination: 51.6°

The core module was launched on 20 February 1986 and its first crew, Leonid Kizim and \
Vladimir Solovyov, arrived in Soyuz T-15 that March.
"""


@pytest.mark.integration
def test_the_prose_under_an_infobox_refers_back_past_its_lines(checker: Checker) -> None:
    # the box's lines are read as a table; "the core module" is still the stub's Mir
    assert ("Mir", "1986-02-20", "supported") in said(checker, MIR_STUB)
    assert not any(subject.startswith(("Leonid", "Vladimir"))
                   for subject, _, _ in said(checker, MIR_STUB))


@pytest.mark.integration
def test_a_note_under_a_table_is_about_the_row_it_marks(checker: Checker) -> None:
    text = ("The first crew, launched in Soyuz 10 on 23 April 1971, never entered the "
            "station.\n\nMission | Launch | Crew | Duration\n"
            "Soyuz 11 | 6 Jun 1971 | Dobrovolsky, Volkov, Patsayev | 22 d [a]\n\n"
            "[a] Docked on 8 June 1971. The crew died before landing on 30 June 1971.")
    assert ("Soyuz 11", "1971-06-30", "supported") in said(checker, text, "landing_date")


@pytest.mark.integration
def test_one_of_gcats_joint_owners_is_an_operator(checker: Checker) -> None:
    # GCAT's owner of Vega 1 is "IKI/BABTS": each of the two operated it
    text = "== Vega 1 ==\nMission type: Venus lander\nOperator: IKI\nRocket: Proton-K/D-1\n"
    assert said(checker, text, "operator")[0][2] == "supported"
    assert said(checker, "Vega 1 was operated by NASA.", "operator")[0][2] == "contradicted"


@pytest.mark.integration
def test_a_landers_touchdown_is_not_the_end_of_its_probes_work(checker: Checker) -> None:
    # GCAT dates the end of a probe's work, not a lander's touchdown, which came before it
    text = "Venera 10 reached Venus in October 1975, and the lander touched down on 22 October."
    assert said(checker, text, "landing_date") == [("Venera-10", "1975-10-22", "unverifiable")]
