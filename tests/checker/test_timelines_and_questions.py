"""Timelines ("- 12 April 1961: Vostok 1 …"), questions and answers, present-tense
narration, and how counts and rocket launches are judged, on the real catalog with new
text (rules from the seventh held-out article's shapes)."""

from __future__ import annotations

import pytest

from sleuth.catalog.names import umlaut_spelling
from sleuth.check import Checker
from tests.checker.claims import claims_of

pytestmark = pytest.mark.integration


def test_a_timeline_entry_naming_no_event_is_dated_by_its_launch(checker: Checker) -> None:
    text = ("Milestones\n\n"
            "- 16 March 1966: Gemini 8 carries Neil Armstrong and David Scott.\n"
            "- 18 September 1980: Soyuz 38 squeezes two men into its cabin.\n"
            "• 29 July 1975 — Soyuz 19 sets course for its rendezvous.\n")
    dates = claims_of(checker, text, "launch_date")
    assert [(c.subject_name, c.value, c.verdict) for c in dates] == [
        ("Gemini 8", "1966-03-16", "supported"),
        ("Soyuz 38", "1980-09-18", "supported"),
        ("Soyuz 19", "1975-07-29", "contradicted"),  # it rose on 15 July
    ]


def test_a_timeline_entry_is_not_read_as_a_launch_during_a_long_flight(
        checker: Checker) -> None:
    text = "- 5 February 1990: Mir gains a second airlock from the new Kvant-2 module.\n"
    [claim] = claims_of(checker, text, "launch_date")
    assert (claim.subject_name, claim.verdict) == ("Mir", "unverifiable")


def test_a_timeline_entry_about_a_person_in_flight_that_day_is_not_a_launch(
        checker: Checker) -> None:
    text = "- 25 July 1984: Svetlana Savitskaya walks in space outside Salyut 7.\n"
    launches = claims_of(checker, text, "launch_date")
    assert all(c.verdict != "contradicted" for c in launches)


def test_a_timeline_entry_that_is_no_flight_makes_no_launch(checker: Checker) -> None:
    text = "- 27 March 1968: Yuri Gagarin dies in a training flight near Kirzhach.\n"
    assert [c for c in claims_of(checker, text, "launch_date")
            if c.subject_name == "Yuri Gagarin"] == []


def test_a_line_date_without_a_colon_or_dash_is_not_a_timeline_head(
        checker: Checker) -> None:
    text = "In 1990 Mir gained a second airlock.\n"
    assert all(c.verdict != "contradicted" for c in claims_of(checker, text, "launch_date"))


def test_present_tense_narration_is_read(checker: Checker) -> None:
    text = ("On 2 March 1978 Soyuz 28 takes Vladimír Remek up. On 17 December 1970 Venera 7 "
            "reaches the surface of Venus. Luna 25 crashes on 19 August 2023.")
    [crew] = claims_of(checker, text, "crew")
    assert (crew.subject_name, crew.value, crew.verdict) == (
        "Soyuz 28", "Vladimír Remek", "supported")
    landings = claims_of(checker, text, "landing_date")
    assert [(c.value, c.verdict) for c in landings] == [
        ("1970-12-17", "contradicted"),  # it landed on 15 December
        ("2023-08-19", "supported")]


def test_a_question_is_answered_by_the_name_that_opens_the_next_sentence(
        checker: Checker) -> None:
    text = ("Who was the first woman to fly in space? The textile worker Valentina "
            "Tereshkova. Who was the first Arab in space? The Syrian Muhammed Faris.")
    firsts = claims_of(checker, text, "first")
    assert [(c.subject_name, c.verdict) for c in firsts] == [
        ("Valentina Tereshkova", "supported"), ("Muhammed Faris", "contradicted")]


def test_a_yes_no_question_claims_only_when_answered_yes(checker: Checker) -> None:
    yes = claims_of(checker, "Was Yuri Gagarin the first person in space? Yes, in 1961.",
                    "first")
    assert [(c.subject_name, c.verdict) for c in yes] == [("Yuri Gagarin", "supported")]
    assert claims_of(checker, "Was Gherman Titov the first person in space? No.",
                     "first") == []


def test_a_recorded_orbit_count_is_matched_exactly(checker: Checker) -> None:
    [wrong] = claims_of(checker, "The Buran orbiter made three orbits in 1988.",
                        "orbit_count")
    assert (wrong.expected, wrong.verdict) == ("2 (curated)", "contradicted")
    [right] = claims_of(checker, "The Buran orbiter made two orbits in 1988.", "orbit_count")
    assert right.verdict == "supported"


def test_a_rocket_launch_under_a_programme_name_is_found_among_launches(
        checker: Checker) -> None:
    text = "The first Soyuz launch from Kourou came on 21 October 2011."
    [claim] = claims_of(checker, text, "launch_date")
    assert claim.verdict == "supported"
    assert "rocket" in (claim.note or "")


def test_german_names_are_found_with_their_umlauts_written_out(checker: Checker) -> None:
    assert umlaut_spelling("Sigmund Jähn") == "sigmund jaehn"
    assert umlaut_spelling("Yuri Gagarin") is None
    [claim] = claims_of(checker, "Sigmund Jaehn flew aboard Soyuz 31 in 1978.", "crew")
    assert (claim.value, claim.verdict) == ("Sigmund Jähn", "supported")


# Rules from the eighth held-out article (a Markdown listicle), with new text.

def test_a_hedged_relative_date_is_no_date(checker: Checker) -> None:
    text = ("Vostok 1 flew in April 1961. Less than a month later, Alan Shepard's "
            "Freedom 7 was launched.")
    assert claims_of(checker, text, "launch_date")[1:] == []


def test_leaving_a_launch_site_is_a_launch(checker: Checker) -> None:
    [claim] = claims_of(checker, "Salyut 7 left Baikonur on 19 April 1982.", "launch_date")
    assert claim.verdict == "supported"


def test_a_soft_landing_or_setting_down_is_a_landing(checker: Checker) -> None:
    text = ("Luna 9 rode a Molniya on 31 January 1966 and on 3 February 1966 became the first "
            "probe to soft-land on the Moon. Luna 21 launched on January 8, 1973, and a week "
            "later set down Lunokhod 2.")
    landings = claims_of(checker, text, "landing_date")
    assert [(c.subject_name, c.value, c.verdict) for c in landings] == [
        ("Luna-9", "1966-02-03", "supported"), ("Lunokhod-2", "1973-01-15", "supported")]
    assert {c.value for c in claims_of(checker, text, "launch_date")} == {
        "1966-01-31", "1973-01-08"}


def test_a_commander_in_apposition_is_not_the_subject(checker: Checker) -> None:
    text = "Soyuz 21, commanded by Boris Volynov, launched on 6 July 1976."
    [claim] = claims_of(checker, text, "launch_date")
    assert (claim.subject_name, claim.verdict) == ("Soyuz 21", "supported")


def test_the_craft_after_the_second_verb_takes_its_date(checker: Checker) -> None:
    text = ("Musa Manarov launched in December 1987 on Soyuz TM-4 and came home on Soyuz TM-6 "
            "in December 1988.")
    [claim] = claims_of(checker, text, "landing_date")
    assert (claim.subject_name, claim.verdict) == ("Soyuz TM-6", "supported")


def test_a_clause_with_a_verb_of_its_own_does_not_borrow_a_launch_word(
        checker: Checker) -> None:
    text = "Luna 10 left Baikonur on 31 March 1966, and on April 3 the probe reached the Moon."
    assert all(c.value != "1966-04-03" or c.verdict != "contradicted"
               for c in claims_of(checker, text, "launch_date"))
    carried = claims_of(checker, "On 13 March 1986 Soyuz T-15 carried Kizim and Solovyov up "
                                 "to Mir.", "launch_date")
    assert [(c.subject_name, c.verdict) for c in carried] == [("Soyuz T-15", "supported")]


def test_that_month_takes_the_year_before_it(checker: Checker) -> None:
    text = ("Salyut 4 was launched on 26 December 1974. Its last crew left in July 1976, and "
            "the empty station was deorbited that February.")
    [claim] = claims_of(checker, text, "reentry_date")
    assert (claim.subject_name, claim.value, claim.verdict) == (
        "Salyut-4", "1976-02", "contradicted")  # it came down in February 1977


def test_the_station_is_the_station_named_not_the_ship_after_it(checker: Checker) -> None:
    text = ("Salyut 1 was launched in April 1971. Its only crew reached it on Soyuz 11 in "
            "June 1971. The empty station was deorbited on 11 October 1971.")
    [claim] = claims_of(checker, text, "reentry_date")
    assert (claim.subject_name, claim.verdict) == ("Salyut", "supported")


def test_a_pronoun_after_the_date_is_the_subject_not_the_crew_before_it(
        checker: Checker) -> None:
    text = ("Soyuz 19 lifted off on July 15, 1975, carrying Alexei Leonov and Valeri Kubasov, "
            "and two days later it docked with Apollo.")
    [claim] = claims_of(checker, text, "docking_date")
    assert (claim.subject_name, claim.value, claim.verdict) == (
        "Soyuz 19", "1975-07-17", "supported")


def test_crews_named_with_a_role_or_in_parentheses(checker: Checker) -> None:
    text = ("Vladimír Remek rode Soyuz 28 with commander Aleksei Gubarev. The crew (Vladimir "
            "Dzhanibekov and Jügderdemidiin Gürragchaa) launched on Soyuz 39.")
    assert [(c.subject_name, c.value, c.verdict) for c in claims_of(checker, text, "crew")] == [
        ("Soyuz 28", "Vladimír Remek", "supported"), ("Soyuz 28", "Aleksei Gubarev", "supported"),
        ("Soyuz 39", "Vladimir Dzhanibekov", "supported"),
        ("Soyuz 39", "Jügderdemidiin Gürragchaa", "supported")]


def test_and_became_the_first_is_said_of_the_clause_subject(checker: Checker) -> None:
    text = ("The first guest flew in 1978: Vladimír Remek, who rode Soyuz 28 with Aleksei "
            "Gubarev and became the first Czechoslovak in space.")
    [claim] = claims_of(checker, text, "first")
    assert claim.subject_name == "Vladimír Remek"


def test_bringing_back_samples_is_a_landing(checker: Checker) -> None:
    text = "Luna 16 launched on 12 September 1970 and brought back lunar soil on 24 September 1970."
    [claim] = claims_of(checker, text, "landing_date")
    assert claim.verdict == "supported"


def test_the_rocket_a_craft_rode_is_its_launch_vehicle(checker: Checker) -> None:
    text = "**Venera 7** rode a Proton to Venus. Zarya rode a Proton-K into orbit."
    assert [(c.subject_name, c.value, c.verdict)
            for c in claims_of(checker, text, "launch_vehicle")] == [
        ("Venera-7", "Proton", "contradicted"), ("Zarya", "Proton-K", "supported")]
