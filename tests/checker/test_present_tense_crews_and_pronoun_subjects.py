"""Crews told in the present tense of a timeline, people paired with crafts by
"respectively", and a pronoun that is the subject of a launch, on the real catalog with new
text (rules from the blind scores of the held-out articles)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said

pytestmark = pytest.mark.integration


def test_a_timeline_craft_that_squeezes_or_carries_people_had_them_aboard(
        checker: Checker) -> None:
    text = ("- 12 October 1964: Voskhod 1 squeezes Vladimir Komarov, Konstantin Feoktistov "
            "and Boris Volynov into a cabin built for one.")
    assert said(checker, text, "crew") == [
        ("Voskhod 1", "Vladimir Komarov", "supported"),
        ("Voskhod 1", "Konstantin Feoktistov", "supported"),
        ("Voskhod 1", "Boris Volynov", "contradicted")]  # Yegorov was the third


def test_a_demonym_and_a_possessive_role_stay_inside_a_list_of_crew(checker: Checker) -> None:
    text = ("In 1978 Soyuz 30 carries the Pole Miroslaw Hermaszewski and his commander, "
            "Valery Bykovsky.")  # the Polish "ł" dropped, as English writers do
    assert said(checker, text, "crew") == [
        ("Soyuz 30", "Mirosław Hermaszewski", "supported"),
        ("Soyuz 30", "Valery Bykovsky", "contradicted")]  # Klimuk commanded it


def test_people_listed_before_crafts_pair_with_them_respectively(checker: Checker) -> None:
    text = ("In 1981 Jügderdemidiin Gürragchaa of Mongolia and Dumitru Prunariu of Romania "
            "flew on Soyuz 39 and Soyuz 40 respectively.")
    assert said(checker, text, "crew") == [
        ("Soyuz 39", "Jügderdemidiin Gürragchaa", "supported"),
        ("Soyuz 40", "Dumitru Prunariu", "supported")]
    swapped = text.replace("Soyuz 39 and Soyuz 40", "Soyuz 40 and Soyuz 39")
    assert [verdict for *_, verdict in said(checker, swapped, "crew")] == [
        "contradicted", "contradicted"]


def test_he_launched_is_his_launch_not_the_station_named_later(checker: Checker) -> None:
    text = ("Vladimír Remek was the first Czechoslovak in space. He launched in March 1978 "
            "and spent nearly eight days in orbit, most of them aboard Salyut 6.")
    [claim] = claims_of(checker, text, "launch_date")
    assert (claim.subject_name, claim.value, claim.verdict) == (
        "Vladimír Remek", "1978-03", "supported")


def test_she_launched_on_a_craft_dates_the_craft(checker: Checker) -> None:
    text = "Svetlana Savitskaya flew twice. She launched on Soyuz T-12 in July 1984."
    [claim] = claims_of(checker, text, "launch_date")
    assert (claim.subject_name, claim.verdict) == ("Soyuz T-12", "supported")


def test_people_listed_as_lifting_off_together_date_their_shared_flight(
        checker: Checker) -> None:
    text = ("Their backups, Georgy Dobrovolsky, Vladislav Volkov and Alexei Yeliseyev, "
            "lifted off on 6 June 1971.")
    [date] = claims_of(checker, text, "launch_date")
    assert (date.subject_name, date.verdict) == ("Soyuz 11", "supported")
    # two of the three flew Soyuz 11: the third is the error
    assert said(checker, text, "crew") == [
        ("Soyuz 11", "Georgy Dobrovolsky", "supported"),
        ("Soyuz 11", "Vladislav Volkov", "supported"),
        ("Soyuz 11", "Aleksei Yeliseyev", "contradicted")]


def test_people_who_shared_no_flight_that_day_claim_no_crew(checker: Checker) -> None:
    text = "Yuri Gagarin and Gherman Titov both flew in 1961."
    assert said(checker, text, "crew") == []


def test_a_timeline_year_is_the_year_of_the_flight_the_pair_shared(checker: Checker) -> None:
    # Popov flew again in 1981 (Soyuz 40), but not with Ryumin: their stay began in 1980
    text = "- 1981: Leonid Popov and Valery Ryumin, 185 days"
    [date] = claims_of(checker, text, "launch_date")
    assert date.verdict == "contradicted"


def test_a_craft_named_after_a_landing_date_is_the_one_they_came_home_in(
        checker: Checker) -> None:
    text = ("Anatoly Berezovoy and Valentin Lebedev rode up on Soyuz T-5 on 13 May 1982 and "
            "stayed for months, landing on December 10, 1982 in Soyuz T-7.")
    dates = [(c.property, c.subject_name, c.verdict) for c in checker.check_text(text).claims
             if c.property in ("launch_date", "landing_date")]
    assert dates == [("launch_date", "Soyuz T-5", "supported"),
                     ("landing_date", "Soyuz T-7", "supported")]
    returned = [c for c in claims_of(checker, text, "crew") if c.subject_name == "Soyuz T-7"]
    assert [(c.value, c.verdict) for c in returned] == [
        ("Anatoly Berezovoy", "supported"), ("Valentin Lebedev", "supported")]


def test_a_date_right_for_the_person_and_wrong_for_the_craft_faults_the_craft(
        checker: Checker) -> None:
    text = "Svetlana Savitskaya, who launched on Soyuz T-6 in August 1982, went home later."
    [date] = claims_of(checker, text, "launch_date")
    assert (date.subject_name, date.verdict) == ("Svetlana Savitskaya", "supported")
    [crew] = claims_of(checker, text, "crew")
    assert (crew.subject_name, crew.verdict) == ("Soyuz T-6", "contradicted")  # T-7


def test_they_are_the_people_last_named_together(checker: Checker) -> None:
    text = ("Yuri Romanenko and Georgy Grechko launched on December 10, 1977. They came home "
            "on March 16, 1978 aboard Soyuz 28.")
    [landing] = claims_of(checker, text, "landing_date")
    assert (landing.subject_name, landing.verdict) == ("Soyuz 27", "supported")
    returned = [c for c in claims_of(checker, text, "crew") if c.subject_name == "Soyuz 28"]
    assert [c.verdict for c in returned] == ["contradicted", "contradicted"]  # Soyuz 27


def test_a_stay_told_after_the_ship_they_rode_up_in_is_theirs(checker: Checker) -> None:
    text = ("Anatoly Berezovoy and Valentin Lebedev rode up on Soyuz T-5 on 13 May 1982 and "
            "stayed 211 days.")
    [stay] = claims_of(checker, text, "duration")
    assert stay.verdict == "supported"  # T-5 up, T-7 down: not T-5's own 106 days
    wrong = text.replace("211 days", "250 days")
    assert claims_of(checker, wrong, "duration")[0].verdict == "contradicted"


def test_days_aboard_a_station_are_its_flight_less_the_trips(checker: Checker) -> None:
    text = ("Georgy Dobrovolsky, Vladislav Volkov and Viktor Patsayev lifted off on 6 June "
            "1971 and spent 22 days aboard.")
    [stay] = claims_of(checker, text, "duration")
    assert stay.verdict == "supported"  # a 23.8-day flight
    longer = text.replace("22 days", "26 days")
    assert claims_of(checker, longer, "duration")[0].verdict == "contradicted"


def test_a_length_written_as_an_adjective_describes_the_name_after_it(
        checker: Checker) -> None:
    text = ("Yuri Romanenko launched on December 10, 1977 and stayed 96 days, beating the "
            "Americans' 74-day Skylab 4 record.")
    lengths = [(c.subject_name, c.value, c.verdict)
               for c in claims_of(checker, text, "duration")]
    assert lengths == [("Yury Romanenko", "96 days", "supported"),
                       ("Skylab 4", "74 days", "contradicted")]  # Skylab 4 flew 84 days


def test_a_first_narrowed_to_a_kind_of_craft_is_not_any_first_flight(
        checker: Checker) -> None:
    # not "the first American to fly" (Shepard): the first on a Soyuz rocket
    text = "Norman Thagard became the first American to fly on a Soyuz in March 1995."
    [first] = claims_of(checker, text, "first")
    assert (first.verdict, first.expected) == ("supported", "Norman Thagard")
    assert "on a rocket named Soyuz" in first.evidence[0].record
    # a kind of craft the catalog cannot tell apart leaves it unjudged
    text = "Norman Thagard became the first American to fly on a Russian space station."
    assert claims_of(checker, text, "first")[0].verdict == "unverifiable"
    named = "Yuri Gagarin became the first human to journey into space aboard Vostok 1."
    assert claims_of(checker, named, "first")[0].verdict == "supported"


def test_a_launched_column_dates_launches_even_while_the_craft_flew(
        checker: Checker) -> None:
    # Kvant-2 was launched on 26 November 1989 and was in orbit a month later
    text = "| Module | Launched (UTC) |\n| --- | --- |\n| Kvant-2 | 26 Dec 1989 |\n"
    [date] = claims_of(checker, text, "launch_date")
    assert date.verdict == "contradicted"


@pytest.mark.parametrize(("text", "expected"), [
    # after a clause break, "the Czechoslovak pilot" is still Remek; his one flight
    ("In 1978 Vladimír Remek became the first Czechoslovak in space; the Czechoslovak "
     "pilot flew with Oleg Makarov.", [("Soyuz 28", "Oleg Makarov", "contradicted")]),
    ("Helen Sharman flew with Anatoly Artsebarsky and Sergei Krikalev in 1991.",
     [("Soyuz TM-12", "Anatoly Artsebarsky", "supported"),
      ("Soyuz TM-12", "Sergei Krikalev", "supported")]),
    ("Gherman Titov flew with Yuri Gagarin.", [("Vostok 2", "Yuri Gagarin", "contradicted")]),
    # Ryumin flew four times: with no date, which flight is meant is not said
    ("Valery Ryumin flew with Yuri Gagarin.", []),
    # "and he" after a comma refers back to Remek; "she" cannot
    ("Vladimír Remek trained in Star City, and he later flew with Oleg Makarov.",
     [("Soyuz 28", "Oleg Makarov", "contradicted")]),
    ("Vladimír Remek trained in Star City, and she flew with Oleg Makarov.", []),
])
def test_a_person_who_flew_with_another_shares_a_flight(
        checker: Checker, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert said(checker, text, "crew") == expected


def test_a_pronoun_that_flew_in_a_named_ship_dates_the_ship(checker: Checker) -> None:
    # "he" would be Kovalyonok, who never flew Soyuz 30; the date is the ship's either way
    text = ("Vladimir Kovalyonok was the commander.\n\nOn 27 June 1978 he lifted off in "
            "Soyuz 30 with Miroslaw Hermaszewski.")
    assert said(checker, text, "launch_date") == [("Soyuz 30", "1978-06-27", "supported")]
