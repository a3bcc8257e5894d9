"""Readings from session 48: a first said of a traveller whose companion is named
after them; a surname several travellers share, settled by the flights the sentence
names; "they" after people named apart; a rocket said of a craft referred back to; a
labelled note opening with a participle. Lines written here; verdicts on the real
catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.claims.mentions import Gazetteer
from tests.checker.claims import said


def _people(checker: Checker, text: str) -> list[tuple[str, str]]:
    return [(m.alias, m.name) for m in Gazetteer(checker.catalog).find(text)
            if m.kind == "person"]


@pytest.mark.integration
def test_a_first_is_the_travellers_not_the_companion_named_after_them(
        checker: Checker) -> None:
    # curated firsts: first Asian in space Phạm Tuân (Soyuz 37); first person neither
    # Soviet nor American Vladimír Remek (Soyuz 28)
    assert said(checker, "Pham Tuan, launched with Viktor Gorbatko on Soyuz 37 on 23 July "
                         "1980, was the first Asian in space.", "first") == [
        ("Phạm Tuân", "first Asian in space", "supported")]
    assert said(checker, "The Czechoslovak Vladimír Remek flew with Pyotr Klimuk on "
                         "Soyuz 28 in March 1978 and so became the first person in space "
                         "who was neither Soviet nor American.", "first") == [
        ("Vladimír Remek", "first non-Soviet non-American person in space", "supported")]
    # the companion is still the one meant when nobody else is named before
    assert said(checker, "Viktor Gorbatko, flying with Pham Tuan on Soyuz 37, was the "
                         "first Asian in space.", "first")[0][2] == "contradicted"


@pytest.mark.integration
def test_a_shared_surname_is_the_one_who_flew_the_craft_or_with_the_crewmates_named(
        checker: Checker) -> None:
    # crew data: Gherman Titov flew Vostok 2 (1961), Vladimir Titov Soyuz T-8 … (1983–97);
    # Vladislav Volkov flew Soyuz 11 with Dobrovolsky and Patsayev
    assert _people(checker, "Titov's Vostok 2 stayed up a day.") == [("Titov", "Gherman Titov")]
    assert _people(checker, "Dobrovolsky, Volkov and Patsayev died aboard.") == [
        ("Dobrovolsky", "Georgy Dobrovolsky"), ("Volkov", "Vladislav Volkov"),
        ("Patsayev", "Viktor Patsayev")]


@pytest.mark.integration
def test_a_shared_surname_is_the_only_one_aloft_in_a_year_the_sentence_names(
        checker: Checker) -> None:
    # Vostok 2: launched 1961-08-06 06:00 UTC (GCAT launchlog)
    assert said(checker, "Gagarin flew first. Titov followed on 7 August 1961.") == [
        ("Gherman Titov", "1961-08-07", "contradicted")]
    assert _people(checker, "In 1988 Titov and Manarov completed a year in space.")[0] == (
        "Titov", "Vladimir Titov")
    # a later mention takes the earlier reading; nothing to settle it, no link
    assert _people(checker, "Titov went up in 1961. Titov was twenty-five.") == [
        ("Titov", "Gherman Titov"), ("Titov", "Gherman Titov")]
    assert _people(checker, "Titov was twenty-five.") == []


@pytest.mark.integration
def test_they_are_the_people_just_named_apart_not_an_earlier_crew(checker: Checker) -> None:
    # Voskhod 1 landed 1964-10-13, Voskhod 2 1965-03-19 (GCAT psatcat)
    text = ("Voskhod 1 (Oct. 12, 1964) squeezed Komarov, Feoktistov and Yegorov into a cabin "
            "built for one. Then Voskhod 2 on Mar. 18, 1965: Alexei Leonov spent about twelve "
            "minutes outside while Pavel Belyayev minded the ship. They landed the next day.")
    assert said(checker, text, "landing_date") == [("Voskhod 2", "1965-03-19", "supported")]
    # one named only to compare with is not one of "they"
    text = ("Belyayev commanded Voskhod 2 on 18 March 1965 and Leonov was the pilot. They went "
            "up on the same rocket as Gagarin, and Leonov was outside for twelve minutes. "
            "They came down on the nineteenth.")
    assert said(checker, text, "landing_date") == [("Voskhod 2", "1965-03-19", "supported")]


@pytest.mark.integration
def test_they_are_the_crew_named_earlier_in_the_same_sentence(checker: Checker) -> None:
    # Soyuz 34 landed 1979-08-19 (Wikidata) with Lyakhov and Ryumin
    text = ("In April 1979 Rukavishnikov and the Bulgarian, Georgi Ivanov, came down "
            "ballistically. Lyakhov and Ryumin, on the station, now had a ship with a suspect "
            "engine, so in June 1979 Soyuz 34 went up empty, and in August they came home in it.")
    assert said(checker, text, "landing_date")[-1] == ("Soyuz 34", "1979-08", "supported")


@pytest.mark.integration
def test_soyuz_28_docked_with_salyut_6_the_day_after_launch(checker: Checker) -> None:
    # curated events.yaml soyuz28-salyut6-docking: 1978-03-03 17:09:30 UTC (Spacefacts)
    text = ("On 2 March 1978 Vladimír Remek lifted off in Soyuz 28 with the commander, Alexei "
            "Gubarev. The next day they docked with the Salyut 6 station.")
    assert said(checker, text, "docking_date") == [("Soyuz 28", "1978-03-03", "supported")]


@pytest.mark.integration
def test_a_rocket_in_a_sentence_that_names_nothing_else_is_the_referred_crafts(
        checker: Checker) -> None:
    # Venera 7 went up on a Molniya 8K78M (GCAT launchlog)
    assert said(checker, "Venera 7 landed on Venus. It was launched on a Proton rocket.",
                "launch_vehicle") == [("Venera-7", "Proton", "contradicted")]
    assert said(checker, "Venera 7 landed on Venus. It lifted off on a Molniya rocket.",
                "launch_vehicle") == [("Venera-7", "Molniya", "supported")]


@pytest.mark.integration
def test_a_note_opening_with_a_participle_is_said_of_the_subject_after_it(
        checker: Checker) -> None:
    # Vostok 2 launched 1961-08-06 06:00 UTC (GCAT launchlog)
    text = ("2. Which cosmonaut flew Vostok 2?\nA: Gherman Titov.\n"
            "Note: Launched on 7 August 1961, he managed seventeen orbits.\n")
    assert said(checker, text) == [("Gherman Titov", "1961-08-07", "contradicted")]
