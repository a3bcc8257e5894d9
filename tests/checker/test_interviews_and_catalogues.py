"""Readings from the magazine interview (heldout61) and the museum catalogue (heldout60)
of session 33's blind scores, on the real catalog: figures spoken as fragments, years
told from the issue's date, the station a paragraph is about, a scrubbed attempt, and
counts of days told from another paragraph."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration

ISSUE = "PERIGEE MAGAZINE | Issue of 18 March 2025 | The Long Interview\n\n"


def test_figures_spoken_as_fragments_are_the_last_named_flights(checker: Checker) -> None:
    text = ("And then Tereshkova two years later, in June sixty-three. Forty-eight orbits, "
            "almost eighty-one hours up, and alone.\n\n"
            "Remek, the Czech, was first, in March 1978, on Soyuz 28 with Gubarev. He was up "
            "ten days, I think.")
    assert said(checker, text, "orbit_count") == [
        ("Valentina Tereshkova", "48 orbits", "supported")]
    assert said(checker, text, "duration") == [
        ("Valentina Tereshkova", "3.375 days", "contradicted"),  # 70 h 50 min
        ("Vladimír Remek", "10 days", "contradicted")]  # 7 d 22 h


def test_mission_control_is_no_launch(checker: Checker) -> None:
    text = (ISSUE + "Sixty years ago today Voskhod 2 lifted off with Alexei Leonov aboard. We "
            "sat down with an engineer who worked at Baikonur and then at the mission control "
            "centre outside Moscow, before retiring in 2012.")
    assert [value for _, value, _ in said(checker, text)] == ["1965-03-18"]


def test_a_year_told_from_the_issue_dates_the_days_after_it(checker: Checker) -> None:
    text = (ISSUE + "Venera 9 sent pictures in October seventy-five.\n\nLuna 25, the year "
            "before last. It left Vostochny on a Soyuz-2.1b on the eleventh of August and "
            "crashed ten days later.")
    assert ("Luna-25", "2023-08-11", "supported") in said(checker, text)
    # counted from the launch just told, in its paragraph: 21 August, not the 19th
    assert said(checker, text, "landing_date") == [("Luna-25", "2023-08-21", "contradicted")]


def test_the_station_a_paragraph_is_about_stays_the_station(checker: Checker) -> None:
    mir = ("The Mir base block was launched by a Proton-K on 20 February 1986. Its first "
           "crew, Leonid Kizim and Vladimir Solovyov, launched in Soyuz T-15 on 13 March "
           "1986; in May they flew across to Salyut 7 and later back again. The station was "
           "steered into the South Pacific on 23 March 2001.")
    assert said(checker, mir, "reentry_date") == [("Mir", "2001-03-23", "supported")]
    # where both are named in one sentence, the last is meant
    salyut = ("Salyut 7 followed on 19 April 1982. In March 1986 Kizim and Solovyov flew "
              "Soyuz T-15 to the new Mir and then across to Salyut 7 and back. The abandoned "
              "station fell back to Earth in February 1991.")
    assert said(checker, salyut, "reentry_date") == [("Salyut-7", "1991-02", "supported")]


def test_a_scrubbed_attempt_is_a_plan(checker: Checker) -> None:
    text = ("Marina Vasilevskaya flew on Soyuz MS-25 on 23 March 2024, after a launch "
            "attempt two days earlier was scrubbed.")
    claims = claims_of(checker, text, "launch_date")
    assert [(c.value, c.verdict, c.planned) for c in claims] == [
        ("2024-03-23", "supported", False), ("2024-03-21", "unverifiable", True)]


def test_a_count_of_days_from_another_paragraph_is_not_refuted(checker: Checker) -> None:
    text = ("12. Kosmos 186 and Kosmos 188 docked automatically on 30 October 1967.\n\n"
            "13. Georgy Beregovoy flew alone aboard Soyuz 3. He chased Soyuz 2, launched a "
            "day earlier, but never managed to dock.")
    # 29 October 1967 counted from the last item's docking: the writer counted from Soyuz
    # 3's launch, which the text never gives
    assert said(checker, text) == [("Soyuz-2", "1967-10-29", "unverifiable")]


def test_how_many_were_aboard(checker: Checker) -> None:
    text = ("Its replacement, Soyuz MS-23, launched on 24 February 2023 with three cosmonauts "
            "aboard. In May 1986 Soyuz TM-1 brought two more cosmonauts to Mir. Soyuz MS-22 "
            "docked with the ISS with three people on board.")
    assert said(checker, text, "crew") == [
        ("Soyuz MS-23", "crew of 3", "contradicted"),  # it went up empty
        ("Soyuz TM", "crew of 2", "contradicted"),  # TM-1 flew uncrewed
        # the people aboard are the ship's crew, not the station's
        ("Soyuz MS-22", "crew of 3", "supported")]
