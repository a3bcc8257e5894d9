"""What scholarly abstracts and press releases say, on the real catalog: author-year
citations are no dates; firsts narrowed to a kind of rocket ("the first Russian to fly
aboard the Space Shuttle") are ordered among the flights on it; "neither a Soviet nor an
American citizen"; a time "after launch" in a clause that circles the Earth is the flight's
length; moves between stations date nothing; "came back to space" is a launch and
"arrived on Soyuz TM-3" a launch in it."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_a_citations_year_is_no_date(checker: Checker) -> None:
    text = ("OPS-2 was occupied by Pavel Popovich and Yuri Artyukhin of Soyuz 14 for sixteen "
            "days; it is generally accepted (Siddiqi 2000) that the station was de-orbited "
            "on 24 January 1975.")
    assert not [c for c in checker.check_text(text).claims if "2000" in c.value]


@pytest.mark.parametrize(("text", "verdict", "holder"), [
    ("Sergei Krikalev was the first Russian cosmonaut to fly aboard the Space Shuttle.",
     "supported", "Sergei Krikalev"),
    ("Vladimir Titov became the first Russian to fly on the American Space Shuttle.",
     "contradicted", "Sergei Krikalev"),
    ("Norman Thagard became the first American to be launched on a Russian rocket.",
     "supported", "Norman Thagard"),
    # a craft she only came home in is not hers: Savitskaya went up in Soyuz T-7 in August
    # 1982, and came down in T-5, launched that May
    ("Helen Sharman was the first woman to fly on a Soyuz.", "contradicted",
     "Svetlana Savitskaya"),
])
def test_a_first_among_the_flights_on_a_kind_of_rocket(
        checker: Checker, text: str, verdict: str, holder: str) -> None:
    [first] = claims_of(checker, text, "first")
    assert (first.verdict, first.expected) == (verdict, holder)


@pytest.mark.parametrize("text", [
    "Vladimír Remek became the first person in space who was neither a Soviet nor an "
    "American citizen.",
    "Vladimír Remek was the first person in space who came from neither the Soviet Union "
    "nor the United States.",
])
def test_neither_nor_with_articles_and_country_names(checker: Checker, text: str) -> None:
    [first] = claims_of(checker, text, "first")
    assert (first.value, first.verdict) == ("first non-Soviet non-American person in space",
                                            "supported")


def test_a_time_after_launch_is_no_orbital_period(checker: Checker) -> None:
    # 206 minutes in the history layer, 204 from GCAT's launch and landing instants: both
    # are the flight's length, so "3 hours 24 minutes" is within their spread
    text = ("On 15 November 1988 Buran made its only flight. It circled the Earth twice and "
            "landed automatically three hours and 24 minutes after launch.")
    assert claims_of(checker, text, "orbital_period") == []
    assert said(checker, text, "duration") == [("Buran OK-1K", "3.4 h", "supported")]


def test_time_outside_is_a_spacewalks_not_the_flights(checker: Checker) -> None:
    text = ("Alexei Leonov floated out of Voskhod 2. He was outside for about 12 minutes, "
            "tied to the craft by a long cord.")
    # (judged as his walk's time since session 75; the flight lasted 26 hours)
    (walk,) = claims_of(checker, text, "duration")
    assert (walk.subject_name, walk.verdict) == ("Alexei Leonov", "supported")
    assert walk.expected is not None and walk.expected.startswith("12 min 9 s")


def test_moves_between_stations_date_no_launch_or_landing(checker: Checker) -> None:
    text = ("Leonid Kizim and Vladimir Solovyov launched aboard Soyuz T-15 on 13 March 1986. "
            "In May they undocked from Mir, flew their Soyuz to the ageing Salyut 7, and "
            "returned to the new station in June before landing in Kazakhstan.")
    dated = [(c.property, c.value) for c in checker.check_text(text).claims
             if c.property.endswith("_date")]
    assert dated == [("launch_date", "1986-03-13")]


def test_coming_back_to_space_and_arriving_on_a_ship_are_launches(checker: Checker) -> None:
    text = ("Syria's Muhammed Faris arrived on Soyuz TM-4 in July 1987, and Jean-Loup "
            "Chrétien came back to space aboard Soyuz TM-7 in December 1988.")
    # Faris went up in TM-3 that July (the craft is the error, which his crew claim
    # judges); TM-7 went up on 26 November 1988
    assert said(checker, text) == [("Muhammed Faris", "1987-07", "supported"),
                                   ("Soyuz TM-7", "1988-12", "contradicted")]
    assert said(checker, text, "crew") == [("Soyuz TM-4", "Muhammed Faris", "contradicted"),
                                           ("Soyuz TM-7", "Jean-Loup Chrétien", "supported")]
    assert claims_of(checker, text, "landing_date") == []


def test_an_acronym_written_as_the_word_it_spells_is_that_word(checker: Checker) -> None:
    # "JUST" is a programme, but the text uses "just" as a word too
    text = ("Just one month after Sputnik 1, on 3 November 1957, Sputnik 2 carried a dog into "
            "orbit. She was just a small stray.")
    assert said(checker, text) == [("Sputnik 2", "1957-11-03", "supported")]


def test_a_surname_before_a_things_noun_is_part_of_its_name(checker: Checker) -> None:
    text = ("The Science and Power Module, the first element of the Russian Orbital Station, "
            "is scheduled for launch in 2027.")
    assert not [c for c in checker.check_text(text).claims if "Power" in c.subject_name]


def test_a_commemorations_year_does_not_date_what_follows(checker: Checker) -> None:
    text = ("Salyut 1 was launched on 19 April 1971, and its 50th anniversary was marked "
            "across the country in 2021.\n\nIn June the Soyuz 11 crew became the first to "
            "live aboard a space station.")
    assert ("Soyuz 11", "1971-06", "supported") in said(checker, text)


def test_a_crews_count_is_of_the_flight_they_shared(checker: Checker) -> None:
    # 16 orbits, stated; not Komarov's 1967 flight on Soyuz 1, nor a count derived from
    # the times when one is stated
    text = ("Voskhod 1 (launched 12 October 1964) carried Vladimir Komarov, Konstantin "
            "Feoktistov and Boris Yegorov and completed seventeen orbits.")
    [orbits] = claims_of(checker, text, "orbit_count")
    assert (orbits.verdict, orbits.expected) == ("contradicted", "16 (curated)")


def test_the_flight_that_carried_a_module_up_is_dated(checker: Checker) -> None:
    text = ("Zarya, launched by a Proton-K from Baikonur on 20 November 1998, was joined by "
            "Unity, carried up by STS-88 in December 1998.")
    assert said(checker, text) == [("Zarya", "1998-11-20", "supported"),
                                   ("STS-88", "1998-12", "supported")]


def test_respectively_over_names_with_their_countries_in_brackets(checker: Checker) -> None:
    text = ("Bertalan Farkas (Hungary) and Arnaldo Tamayo Méndez (Cuba) flew in May and "
            "September 1980, respectively.")
    assert said(checker, text) == [("Bertalan Farkas", "1980-05", "supported"),
                                   ("Arnaldo Tamayo Méndez", "1980-09", "supported")]


def test_the_station_de_orbited_is_the_station(checker: Checker) -> None:
    # "de-orbited" is no launch ("orbited"), and "the station" is Salyut 3, not Soyuz 14
    text = ("OPS-2, flown as Salyut 3, was occupied by Pavel Popovich and Yuri Artyukhin of "
            "Soyuz 14 for sixteen days; it is generally accepted that the station was "
            "de-orbited on 24 January 1975.")
    assert said(checker, text, "reentry_date") == [("Salyut-3", "1975-01-24", "supported")]
    assert said(checker, text) == []


def test_an_orbit_after_a_manoeuvre_is_not_the_catalogs(checker: Checker) -> None:
    text = ("After the final burns Kosmos 379 reached an apogee of about 14,000 km.")
    [apogee] = claims_of(checker, text, "apogee")
    assert apogee.verdict == "unverifiable" and "manoeuvre" in (apogee.note or "")


def test_a_crew_that_could_not_board_landed_after_its_ships_orbits(checker: Checker) -> None:
    # "could not" is no plan, and "they landed" is the ship's crew, not the station's
    text = ("Salyut 1 was launched on 19 April 1971. Four days later Soyuz 10 lifted off with "
            "a crew of three. The ship reached the station but the crew could not open the "
            "hatch, and they landed after 30 orbits.")
    [orbits] = claims_of(checker, text, "orbit_count")
    assert (orbits.subject_name, orbits.planned, orbits.verdict) == (
        "Soyuz 10", False, "contradicted")


def test_an_anniversary_lists_days_belong_to_the_events_in_brackets(checker: Checker) -> None:
    text = ("MOSCOW, 20 February 2026 - Notes to editors.\n\n"
            "Further anniversaries this year: 12 April (65 years since Vostok 1), 19 April "
            "(55 years since Salyut 1), 23 April (30 years since the launch of Priroda) and "
            "31 May (35 years since Kristall).\n")
    assert said(checker, text) == [
        ("Vostok 1", "1961-04-12", "supported"), ("Salyut", "1971-04-19", "supported"),
        ("Priroda", "1996-04-23", "supported"),
        # launched 31 May 1990: the 36th anniversary
        ("Kristall", "1991-05-31", "contradicted")]


def test_a_participle_after_a_crew_list_is_the_travellers(checker: Checker) -> None:
    text = ("On 18 May 1991 Helen Sharman lifted off aboard Soyuz TM-12 with Anatoly "
            "Artsebarsky and Musa Manarov, returning to Earth ten days later.")
    # she came home in Soyuz TM-11 on 26 May: eight days later
    assert said(checker, text, "landing_date") == [
        ("Helen Sharman", "1991-05-28", "contradicted")]


def test_a_named_module_or_a_programmes_orbiter_refers_to_no_craft_before(
        checker: Checker) -> None:
    text = ("Buran flew once, on 15 November 1988.\n\n"
            "Looking ahead: the Science and Power Module is scheduled for launch in 2027 on "
            "an Angara-A5M rocket. The Luna-26 lunar orbiter is planned for launch in 2027 "
            "from the Vostochny Cosmodrome aboard a Soyuz-2.1b.\n")
    # neither plan is Buran's ("the … orbiter" would have stood for it)
    assert [c.subject_name for c in checker.check_text(text).claims
            if c.subject_name.startswith("Buran")] == ["Buran OK-1K"]


@pytest.mark.parametrize(("text", "person", "verdict"), [
    # Solovyev came home in Soyuz TM-21 but went up in STS-71
    ("Norman Thagard was launched aboard Soyuz TM-21 with Vladimir Dezhurov and Anatoly "
     "Solovyev.", "Anatoly Solovyev", "contradicted"),
    ("Norman Thagard was launched aboard Soyuz TM-21 with Vladimir Dezhurov and Anatoly "
     "Solovyev.", "Norman Thagard", "supported"),
    ("Helen Sharman lifted off in Soyuz TM-11.", "Helen Sharman", "contradicted"),
    # coming home in it is what the crew data says
    ("Helen Sharman came home in Soyuz TM-11.", "Helen Sharman", "supported"),
])
def test_launched_in_a_craft_one_only_came_home_in(
        checker: Checker, text: str, person: str, verdict: str) -> None:
    [crew] = [c for c in claims_of(checker, text, "crew") if c.value == person]
    assert crew.verdict == verdict


def test_a_sentence_opened_by_a_date_dates_the_craft_after_its_comma(checker: Checker) -> None:
    text = ("In September 1970, Luna 16 scooped up Moon soil. A month later, Luna 17 carried "
            "Lunokhod 1. On February 10, the Tianwen-1 spacecraft arrived on Mars.")
    # Luna 17 went up on 10 November 1970, not in October; a day without its year (here
    # given 1970 by the sentence before) dates no launch
    assert said(checker, text) == [("Luna-16 KT", "1970-09", "supported"),
                                   ("Luna-17", "1970-10", "contradicted")]


@pytest.mark.parametrize(("text", "expected"), [
    # Salyut 7 went up on 19 April 1982: eleven years to the day after Salyut 1
    ("Salyut 7 followed exactly ten years to the day after Salyut 1.",
     [("Salyut-7", "1981-04-19", "contradicted")]),
    # a date the sentence gives is another craft's: the offset is Salyut 7's own
    ("Salyut 6 (29 September 1977) and Salyut 7, launched ten years to the day after "
     "Salyut 1, introduced a second docking port.",
     [("Salyut-6", "1977-09-29", "supported"), ("Salyut-7", "1981-04-19", "contradicted")]),
    ("Salyut 7, launched on 19 April 1982, eleven years to the day after Salyut 1, was the "
     "last.", [("Salyut-7", "1982-04-19", "supported"), ("Salyut", "1971-04-19", "supported")]),
])
def test_years_to_the_day_after_another_launch(
        checker: Checker, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text) == expected


def test_people_with_their_countries_pair_with_their_ships_and_months(
        checker: Checker) -> None:
    text = ("Poland's Mirosław Hermaszewski and East Germany's Sigmund Jähn followed on "
            "Soyuz 29 and Soyuz 31 respectively, in June and August 1978. Bertalan Farkas "
            "(Hungary) and Arnaldo Tamayo Méndez (Cuba) flew on Soyuz 36 and Soyuz 37 "
            "respectively.")
    crews = [(c.subject_name, c.value, c.verdict) for c in claims_of(checker, text, "crew")]
    # Hermaszewski flew Soyuz 30 and Tamayo Méndez Soyuz 38
    assert crews == [("Soyuz 29", "Mirosław Hermaszewski", "contradicted"),
                     ("Soyuz 31", "Sigmund Jähn", "supported"),
                     ("Soyuz 36", "Bertalan Farkas", "supported"),
                     ("Soyuz 37", "Arnaldo Tamayo Méndez", "contradicted")]
    assert said(checker, text)[:2] == [("Soyuz 29", "1978-06", "supported"),
                                       ("Soyuz 31", "1978-08", "supported")]


def test_a_wire_digest_names_its_agency_and_dates_its_items(checker: Checker) -> None:
    text = ("MERIDIAN NEWS AGENCY -- SPACE DIGEST\nItems moved Dec. 2-6, 2024.\n\n"
            "MOSCOW, Dec. 2 (Meridian) -- The Mars 3 lander touched down on Dec. 2, 1971.\n\n"
            "KOROLYOV, Russia, Dec. 3 (Meridian) -- The crew has unloaded the Progress MS-29 "
            "freighter.\n\nThe uncrewed ship was launched from Baikonur on Nov. 21 and docked "
            "with the station's Poisk module on Nov. 23. Akiyama, launched on Dec. 2, 1990, "
            "aboard Soyuz TM-11 with Viktor Afanasyev and Musa Manarov, landed on Dec. 10 "
            "aboard Soyuz TM-10 after nearly eight days in space.\n")
    claims = checker.check_text(text).claims
    # "Meridian" is the agency, not the Meridian satellites; a dateline's day is no claim
    assert not [c for c in claims if c.subject_name.startswith("Meridian")]
    assert ("Progress MS-29", "2024-11-21", "supported") in said(checker, text)
    # docked with the station's Poisk module: the freighter's docking, not Poisk's
    assert [c.subject_name for c in claims_of(checker, text, "docking_date")] == [
        "Progress MS-29"]
    # the traveller's days, not those of the craft he came home in
    assert [(c.subject_name, c.verdict) for c in claims if c.property == "duration"] == [
        ("Toyohiro Akiyama", "supported")]


def test_the_traveller_not_the_companions_came_home_in_the_later_craft(
        checker: Checker) -> None:
    text = ("Helen Sharman followed on 18 May 1991 aboard Soyuz TM-12 with Anatoly "
            "Artsebarsky and Sergei Krikalev, landing eight days later in Soyuz TM-11. "
            "Akiyama, the TBS reporter who became the first Japanese citizen in space, "
            "launched aboard Soyuz TM-11 on 2 December 1990 with Viktor Afanasyev and Musa "
            "Manarov.")
    crews = [(c.subject_name, c.value, c.verdict) for c in claims_of(checker, text, "crew")]
    assert ("Soyuz TM-11", "Helen Sharman", "supported") in crews
    assert not [c for c in crews if c[0] == "Soyuz TM-11" and c[1] in (
        "Anatoly Artsebarsky", "Sergei Krikalev")]
    # a long apposition between the person and the verb
    assert ("Soyuz TM-11", "Toyohiro Akiyama", "supported") in crews
