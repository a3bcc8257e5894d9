"""What documentary scripts and spoken history say, on the real catalog: a day named alone
("launched on the sixteenth") in the month told before it; "not … until" a date is when it
happened; "with A, B and C aboard" after a comma is a crew; "They spent 24 days in orbit"
is the crew's time; "a single orbit", "from launch to landing" and "peaking at"."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "expected"), [
    # Soyuz 11 launched on 6 June 1971
    ("In June 1971 the crew arrived aboard Soyuz 11, launched on the 16th.",
     ("Soyuz 11", "1971-06-16", "contradicted")),
    ("In June nineteen seventy-one the crew arrived aboard Soyuz 11, launched on the sixth.",
     ("Soyuz 11", "1971-06-06", "supported")),
])
def test_a_day_named_alone_is_in_the_month_told_before(
        checker: Checker, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in said(checker, text)


def test_counted_days_after_a_spoken_day_are_counted_from_it(checker: Checker) -> None:
    # Vostok 5 went up on 14 June 1963 and Vostok 6 two days later, on the 16th
    text = ("In June nineteen sixty-three, Valery Bykovsky went up in Vostok 5 on the "
            "fourteenth; Valentina Tereshkova followed in Vostok 6 three days later.")
    assert said(checker, text) == [
        ("Vostok 5", "1963-06-14", "supported"),
        ("Vostok 6", "1963-06-17", "contradicted")]


def test_spoken_days_listed_respectively(checker: Checker) -> None:
    # Vega 1 launched on 15 December 1984, Vega 2 on the 21st; the text swaps them
    text = ("Vega 1 and Vega 2, launched on the twenty-first and the fifteenth of December, "
            "nineteen eighty-four, respectively, then flew on to meet Halley's Comet.")
    assert said(checker, text) == [("Vega-1", "1984-12-21", "contradicted"),
                                   ("Vega-2", "1984-12-15", "contradicted")]


@pytest.mark.parametrize("text", [
    "Valeri Polyakov did not come home until 22 March 1995.",
    "Valeri Polyakov launched on Soyuz TM-18 on the eighth of January, nineteen ninety-four, "
    "and did not come home until the twenty-second of March, nineteen ninety-five.",
])
def test_not_until_a_date_is_when_it_happened(checker: Checker, text: str) -> None:
    assert said(checker, text, "landing_date") == [
        ("Valeri Polyakov", "1995-03-22", "supported")]


def test_a_negation_without_until_still_dates_nothing(checker: Checker) -> None:
    assert said(checker, "Soyuz 2 did not launch on 15 April 1968.") == []


def test_a_crew_named_with_aboard_after_a_comma(checker: Checker) -> None:
    # Voskhod 1 flew Komarov, Feoktistov and Yegorov; Volynov flew Soyuz 5
    text = ("Voskhod 1 flew on 12 October 1964, with Vladimir Komarov, Konstantin Feoktistov "
            "and Boris Volynov aboard.")
    assert [(c.value, c.verdict) for c in claims_of(checker, text, "crew")] == [
        ("Vladimir Komarov", "supported"), ("Konstantin Feoktistov", "supported"),
        ("Boris Volynov", "contradicted")]


def test_a_comma_and_with_but_no_aboard_names_no_crew(checker: Checker) -> None:
    text = "Mir flew on for years, with Leonid Kizim and Vladimir Solovyov its first visitors."
    assert claims_of(checker, text, "crew") == []


@pytest.mark.parametrize(("text", "who", "verdict"), [
    ("In June 1971, Georgy Dobrovolsky, Vladislav Volkov and Viktor Patsayev arrived aboard "
     "Soyuz 11. They spent nearly 24 days in orbit.", "Viktor Patsayev", "supported"),
    # they went up in Soyuz 26 and came home in Soyuz 27: the crew's 96 days, not the ship's
    ("The honour fell to Yuri Romanenko and Georgy Grechko, who lifted off in Soyuz 26 on "
     "10 December 1977. They stayed 96 days, beating the Skylab 4 record.", "Georgy Grechko",
     "supported"),
])
def test_they_after_a_crew_is_named_is_the_crew(checker: Checker, text: str, who: str,
                                                  verdict: str) -> None:
    [duration] = claims_of(checker, text, "duration")
    assert (duration.subject_name, duration.verdict) == (who, verdict)


def test_a_single_orbit_from_launch_to_landing_peaking_at(checker: Checker) -> None:
    text = ("On the twelfth of April, nineteen sixty-one, a Vostok rocket carried Yuri Gagarin "
            "up. He made a single orbit, one hundred and eight minutes from launch to landing.")
    found = {(c.property, c.value, c.verdict) for c in checker.check_text(text).claims}
    assert {("orbit_count", "1 orbit", "supported"), ("duration", "108 min", "supported"),
            ("launch_date", "1961-04-12", "supported")} <= found
    [apogee] = claims_of(checker, "Vostok 1 flew in an orbit peaking at 327 km.", "apogee")
    assert (apogee.value, apogee.verdict) == ("327 km", "supported")


@pytest.mark.parametrize(("text", "holder"), [
    ("Alexei Leonov was the first human being to walk in space.", "Alexei Leonov"),
    ("Lunokhod 1 was the first rover ever to drive on another world.", "Lunokhod 1"),
    ("Arnaldo Tamayo Mendez, the first person of African descent in space, flew in 1980.",
     "Arnaldo Tamayo Mendez (Cuba)"),
])
def test_firsts_as_scripts_word_them(checker: Checker, text: str, holder: str) -> None:
    [first] = claims_of(checker, text, "first")
    assert (first.verdict, first.expected) == ("supported", holder)


@pytest.mark.parametrize(("text", "crew"), [
    # Soyuz 5 flew Volynov, Yeliseyev and Khrunov; Volkov was not aboard
    ("In January 1969, Soyuz 4, with Vladimir Shatalov, docked with Soyuz 5 - Boris Volynov, "
     "Aleksei Yeliseyev and Vladislav Volkov - and two of them spacewalked across.",
     [("Soyuz 4", "Vladimir Shatalov", "supported"), ("Soyuz 5", "Boris Volynov", "supported"),
      ("Soyuz 5", "Aleksei Yeliseyev", "supported"),
      ("Soyuz 5", "Vladislav Volkov", "contradicted")]),
])
def test_a_crew_set_off_by_a_dash_or_with(checker: Checker, text: str,
                                         crew: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "crew") == crew


@pytest.mark.parametrize(("text", "expected"), [
    # Savitskaya flew again in July 1984
    ("In August 1982, Svetlana Savitskaya became only the second woman in space. In July 1983 "
     "she went back, and became the first woman to walk in space.",
     ("Svetlana Savitskaya", "1983-07", "contradicted")),
    ("A year later the lander of Mars 3, sent on its way by a Proton that May 1971, touched "
     "down on Mars.", ("Mars-3", "1971-05", "supported")),
    # Zvezda launched on 12 July 2000: the relative date and the day say one date
    ("Zarya lifted off on 20 November 1998. Zvezda followed some twenty months later, on the "
     "twenty-sixth of July, two thousand.", ("Zvezda", "2000-07-26", "contradicted")),
])
def test_launches_said_as_going_back_or_being_sent_or_following(
        checker: Checker, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in said(checker, text)


@pytest.mark.parametrize(("text", "prop", "expected"), [
    # Soyuz 11 launched on 6 June 1971, 48 days after Salyut 1: "seven weeks" is a round count
    ("Salyut 1 was launched on 19 April 1971. Its first residents arrived aboard Soyuz 11 "
     "seven weeks later.", "launch_date", ("Soyuz 11", "1971-06-07", "supported")),
    # Soyuz 34 launched on 6 June 1979, eight weeks after Soyuz 33 came down on 12 April
    ("Soyuz 33 landed on 12 April 1979. Soyuz 34 was launched three weeks later.",
     "launch_date", ("Soyuz-34", "1979-05-03", "contradicted")),
    ("Musa Manarov launched on Soyuz TM-4 and did not return until 21 December 1988.",
     "landing_date", ("Musa Manarov", "1988-12-21", "supported")),
])
def test_weeks_are_round_and_not_returning_until_is_a_landing(
        checker: Checker, text: str, prop: str, expected: tuple[str, str, str]) -> None:
    assert expected in said(checker, text, prop)
