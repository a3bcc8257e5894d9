"""Constructions from a book review and a forum thread, checked on the real catalog: names
counted from ("forty-seven years after Luna 24"), crews counted in cosmonauts, a verb left
out before a counted date, craft nouns between a name and its date, and an orbit's time."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


def test_a_name_counted_from_is_not_the_subject_of_what_follows(checker: Checker) -> None:
    text = ("Luna 25, launched from Vostochny on 11 August 2023, forty-seven years after "
            "Luna 24, crashed eight days later.")
    assert said(checker, text, "landing_date") == [("Luna-25", "2023-08-19", "supported")]


def test_quantities_after_an_offset_are_the_subjects(checker: Checker) -> None:
    text = ("- Tereshkova, Vostok 6, June 1963 - launched the day after Vostok 5, stayed up "
            "almost three days and did 48 orbits.")
    assert said(checker, text, "orbit_count") == [("Vostok 6", "48 orbits", "supported")]


@pytest.mark.parametrize(("text", "expected"), [
    # Vostok 5 went up on 14 June, two days before
    ("Vostok 6 was launched on 16 June 1963, the day after Vostok 5.",
     [("Vostok 6", "1963-06-16", "supported"), ("Vostok 5", "1963-06-15", "contradicted")]),
    # "eleven years to the day" counts years to the day: not "the day after Salyut 1"
    ("Salyut 7 followed on 19 April 1982, eleven years to the day after Salyut 1.",
     [("Salyut-7", "1982-04-19", "supported"), ("Salyut", "1971-04-19", "supported")]),
])
def test_the_day_after_a_craft_is_one_day(checker: Checker, text: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text) == expected


def test_a_crew_counted_in_cosmonauts(checker: Checker) -> None:
    text = "Among them was Soyuz T-1, which ferried two cosmonauts to Salyut 6."
    assert said(checker, text, "crew") == [("Soyuz T", "crew of 2", "contradicted")]


def test_names_with_their_countries_pair_with_months_of_the_same_year(
        checker: Checker) -> None:
    text = ("Remek flew Soyuz 28 on 2 March 1978; Mirosław Hermaszewski of Poland and "
            "Sigmund Jähn, the first German in space, followed in June and September of the "
            "same year.")
    assert said(checker, text)[1:] == [
        ("Mirosław Hermaszewski", "1978-06", "supported"),
        ("Sigmund Jähn", "1978-09", "contradicted"),  # 26 August 1978
    ]


def test_a_counted_date_after_a_name_takes_the_verb_left_out(checker: Checker) -> None:
    text = "Zarya went up on 20 November 1998, Zvezda eighteen months later."
    assert said(checker, text)[-1] == ("Zvezda", "2000-05", "contradicted")  # July 2000


def test_a_series_counted_as_probes_and_dated_with_of(checker: Checker) -> None:
    text = "The Phobos 1 and 2 probes of July 1989 are dispatched in a page."
    assert said(checker, text) == [("Fobos-1", "1989-07", "contradicted"),
                                   ("Fobos-2", "1989-07", "contradicted")]  # July 1988


def test_an_orbit_that_took_a_time_is_a_period(checker: Checker) -> None:
    text = "Spektr-R swung out on an orbit that took nine days to complete."
    assert said(checker, text, "orbital_period") == [("Spektr-R", "9 days", "contradicted")]


@pytest.mark.parametrize(("text", "expected"), [
    # the date picks the flight: July 1984 was Soyuz T-12, her second
    ("She flew in April 1984. In July 1984, on her second flight, Svetlana Savitskaya "
     "became the first woman to walk in space.",
     ("Svetlana Savitskaya", "second flight", "supported")),
    # the craft picks it: Soyuz 30 was Klimuk's third, after Soyuz 13 and Soyuz 18
    ("On 27 June 1978 he lifted off in Soyuz 30 with commander Pyotr Klimuk, then on his "
     "second flight, and docked with Salyut 6 the following day.",
     ("Pyotr Klimuk", "second flight", "contradicted")),
    ("NASA astronaut Don Pettit, on his third trip to space, launched on 11 September 2024.",
     ("Donald Pettit", "third trip to space", "contradicted")),  # his fourth
    # a day he was up picks it: his 438-day stay, from 8 January 1994, was his second
    ("Polyakov's 438-day stay, his third flight, ended on 22 March 1995.",
     ("Valeri Polyakov", "third flight", "contradicted")),
    # the owner named: Soyuz T-13 was the fifth of Dzhanibekov's five
    ("Soyuz T-13 docked on 8 June 1985, on what was Dzhanibekov's fourth spaceflight.",
     ("Vladimir Dzhanibekov", "fourth spaceflight", "contradicted")),
    ("Soyuz 19 was Leonov's second flight.", ("Alexei Leonov", "second flight", "supported")),
    # more flights than he made, whichever is meant (Leonov flew twice)
    ("Leonov's third flight was never flown.", ("Alexei Leonov", "third flight",
                                                "contradicted")),
])
def test_a_persons_numbered_flight_is_counted_in_the_crew_data(
        checker: Checker, text: str, expected: tuple[str, str, str]) -> None:
    claims = [(c.subject_name, c.value, c.verdict) for c in checker.check_text(text).claims
              if c.property == "first" and ("flight" in c.value or "trip" in c.value)]
    assert claims == [expected]


def test_a_numbered_flight_no_date_or_craft_picks_out_is_unverifiable(
        checker: Checker) -> None:
    text = "Svetlana Savitskaya walked in space outside Salyut 7. It was her second flight."
    claims = [c for c in checker.check_text(text).claims if c.value == "second flight"]
    assert [(c.subject_name, c.verdict) for c in claims] == [
        ("Svetlana Savitskaya", "unverifiable")]
    # nor, when whose flight is a guess from "his", one numbered past all he made
    text = "Toyohiro Akiyama reported from Mir. His fifth flight was the most political."
    assert [c.verdict for c in checker.check_text(text).claims
            if c.value == "fifth flight"] in ([], ["unverifiable"])


def test_a_listed_person_with_a_bracketed_country_then_a_craft_is_its_crew(
        checker: Checker) -> None:
    text = ("- Vladimír Remek (Czechoslovakia), Soyuz 28, March 1978\n"
            "- Mirosław Hermaszewski (Poland), Soyuz 31, June 1978\n")
    assert said(checker, text, "crew") == [
        ("Soyuz 28", "Vladimír Remek", "supported"),
        ("Soyuz 31", "Mirosław Hermaszewski", "contradicted"),  # he flew Soyuz 30
    ]


def test_respectively_pairs_names_and_dates_with_no_verb(checker: Checker) -> None:
    text = "Then a module every year or two: Kristall, and finally Spektr and Priroda in 1995 " \
           "and 1997 respectively."
    assert [(s, v) for s, v, _ in said(checker, text)] == [("Spektr", "1995"),
                                                         ("Priroda", "1997")]


def test_days_on_a_station_are_a_stay_not_its_life(checker: Checker) -> None:
    # nobody named stayed: no claim, rather than Salyut 1's 175 days against 18
    assert said(checker, "They spent 18 days on Salyut 1.", "duration") == []


def test_the_station_looks_back_past_the_modules_named_since(checker: Checker) -> None:
    text = ("Salyut 5 followed on 22 June 1976. Volynov and Zholobov flew up on Soyuz 21 in "
            "July 1976. Soyuz 23 never docked. Gorbatko and Glazkov came on Soyuz 24 the "
            "following February. The station re-entered in August 1978.")
    assert said(checker, text, "reentry_date") == [("Salyut-5", "1978-08", "contradicted")]


@pytest.mark.parametrize(("text", "prop", "expected"), [
    # a verb of its own after "and in October": not the launch's date
    ("Venera 4 launched 12 Jul 1967 and in October it became the first probe to send data "
     "from inside another planet's atmosphere.", "launch_date",
     [("Venera-4", "1967-07-12", "contradicted")]),
    # "flew past" is a flyby, not a launch; the bracketed dates pair with the names
    ("Vega 1 & 2 (15 and 21 Dec 1984 respectively) were Venus + Halley combos, then flew "
     "past Halley's comet in March 1986.", "launch_date",
     [("Vega-1", "1984-12-15", "supported"), ("Vega-2", "1984-12-21", "supported")]),
    # "after landing," is the event counted from, not the date's
    ("He landed in October 1979. Six months after landing, on April 9, 1980, he was "
     "launched again aboard Soyuz 35.", "landing_date", []),
    # "beating the 84-day record of …" is another's record; "held for" no flight
    ("Romanenko and Grechko stayed 96 days, beating the 84-day record of America's last "
     "Skylab crew.", "duration", [("Georgy Grechko", "96 days", "supported")]),
    ("Kizim overtook Ryumin's total time in space, a record he had held for almost six "
     "years.", "duration", []),
    # "whose" makes the person before it the subject, not the companion's traveller
    ("Kondakova shared the station with the physician Valeri Polyakov, whose 438-day "
     "flight had begun aboard Soyuz TM-17.", "duration",
     [("Valeri Polyakov", "438 days", "supported")]),
    # a lander's minutes on the surface are not the probe's life
    ("Venera 13 landed on 1 Mar 1982 and lasted 127 min in ~460 °C heat.", "duration",
     [("Venera-13", "2.117 h", "unverifiable")]),
    ("Molniya-1 used a highly elliptical orbit, period ~12 hrs.", "orbital_period",
     [("Molniya-1", "12 h", "supported")]),
])
def test_forum_and_obituary_constructions(checker: Checker, text: str, prop: str,
                                          expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, prop) == expected


def test_a_relative_date_from_another_kind_of_event_is_not_refuted(checker: Checker) -> None:
    # six days after the pictures of 25 October, or after Venera 9's launch (June 1975)?
    text = ("Venera 9 (Jun 1975) → the first pictures from the surface of Venus, on 25 Oct "
            "1975. Its twin Venera 10 launched 6 days later.")
    assert said(checker, text) == [("Venera-9", "1975-06", "supported"),
                                   ("Venera-10", "1975-10-31", "unverifiable")]


@pytest.mark.parametrize(("days", "expected"), [
    ("6", ("Venera-10", "1975-06-14", "supported")),
    ("5", ("Venera-10", "1975-10-30", "contradicted"))])
def test_a_relative_date_is_judged_from_either_day_it_may_be_counted_from(
        checker: Checker, days: str, expected: tuple[str, str, str]) -> None:
    # Venera 9 launched on 8 June 1975, Venera 10 on 14 June (GCAT launchlog): six days
    # after the twin's launch is right, though not after the pictures; five days is
    # wrong after either
    text = ("Venera 9 (8 Jun 1975) → the first pictures from the surface of Venus, on 25 Oct "
            f"1975. Its twin Venera 10 launched {days} days later.")
    assert said(checker, text)[1] == expected


def test_a_timeline_entry_is_dated_by_its_first_clause(checker: Checker) -> None:
    text = ("A LIFE IN SPACEFLIGHT\n\n"
            "1977 - Soyuz 25 with Vladimir Kovalyonok; docking with Salyut 6 fails\n"
            "1980 - Soyuz 35 to Salyut 6 with Leonid Popov; lands in Soyuz 36\n"
            "1981-89 - Flight director, Salyut 7 and Mir\n")
    assert said(checker, text) == [("Soyuz 25", "1977", "supported"),
                                   ("Soyuz 35", "1980", "supported")]
