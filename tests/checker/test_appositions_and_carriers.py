"""Readings of flights set off by commas and of what a rocket carried (heldout52/53): a
day apposed to a craft dates its launch; a person's flight apposed with its date is their
crew; "the first Briton" alone is a first flight; a name never runs across a sentence's
end; "placed Salyut 1 … into orbit" dates a launch; what "which" stands for is what a
rocket carried; "more than a day … aboard Vostok 2" does not compare with Vostok 2 (on the
real catalog)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import claims_of, said


@pytest.mark.integration
def test_a_day_set_off_by_commas_after_a_craft_is_its_launch(checker: Checker) -> None:
    text = ("Then Voskhod 2, 18 March 1965: Belyayev and Leonov. Then Vostok 6, 14 June "
            "1963, with Tereshkova.")
    assert said(checker, text) == [("Voskhod 2", "1965-03-18", "supported"),
                                   ("Vostok 6", "1963-06-14", "contradicted")]
    # a craft already in space that day is no launch: Salyut 7 flew since 1982
    assert said(checker, "Then Salyut 7, 8 June 1985: Dzhanibekov and Savinykh dock.") == []


@pytest.mark.integration
def test_a_flight_set_off_by_commas_with_its_date_is_the_persons(checker: Checker) -> None:
    text = "Helen Sharman, Soyuz TM-12, 18 May 1991, the first Briton."
    crews = [(c.subject_name, c.value, c.verdict) for c in claims_of(checker, text, "crew")]
    assert crews == [("Soyuz TM-12", "Helen Sharman", "supported")]
    firsts = claims_of(checker, text, "first")
    assert [(c.subject_name, c.verdict) for c in firsts] == [("Helen Sharman", "supported")]
    # without a date after it, a list of names is no crew
    assert claims_of(checker, "The museum shows Gagarin, Soyuz 11 and Mir.", "crew") == []


@pytest.mark.integration
def test_a_nationality_alone_is_a_persons_first_flight(checker: Checker) -> None:
    assert [(c.verdict, c.expected) for c in claims_of(
        checker, "Helen Sharman was the first Japanese.", "first")] == [
        ("contradicted", "Toyohiro Akiyama")]


@pytest.mark.integration
def test_a_name_does_not_run_across_a_sentence_end(checker: Checker) -> None:
    text = "Modern Soyuz. MS-10, 11 October 2018: Ovchinin and Hague."
    assert said(checker, text) == [("Soyuz MS-10", "2018-10-11", "supported")]
    spans = [(c.quote, c.subject_name) for c in checker.check_text(text).claims]
    assert all(not quote.startswith("Soyuz.") for quote, _ in spans)


@pytest.mark.integration
def test_placed_into_orbit_dates_a_launch(checker: Checker) -> None:
    text = "On 19 April 1972 a Proton rocket placed Salyut 1, the first station, into orbit."
    assert said(checker, text) == [("Salyut", "1972-04-19", "contradicted")]


@pytest.mark.integration
def test_what_which_stands_for_is_what_the_rocket_carried(checker: Checker) -> None:
    text = "Then came the Nauka laboratory, which an Angara rocket carried up on 21 July 2021."
    assert said(checker, text) == [("Nauka", "2021-07-21", "supported")]
    assert said(checker, text, "launch_vehicle") == [("Nauka", "Angara", "contradicted")]


@pytest.mark.integration
def test_time_spent_aboard_a_craft_does_not_compare_with_it(checker: Checker) -> None:
    text = ("Gherman Titov spent more than a day in space aboard Vostok 2, which was "
            "launched on 7 August 1961.")
    assert said(checker, text) == [("Vostok 2", "1961-08-07", "contradicted")]


@pytest.mark.integration
def test_an_answer_key_answer_holds_the_first_its_question_asks_about(
        checker: Checker) -> None:
    text = ("REVIEW QUESTIONS\n1. Who was the first person to orbit the Earth?\n"
            "2. Which probe first sent data from the surface of Venus?\n\nANSWER KEY\n"
            "1. Gherman Titov, on Vostok 2.\n2. Venera 7, in December 1970.\n")
    firsts = claims_of(checker, text, "first")
    assert [(c.quote, c.verdict, c.expected) for c in firsts] == [
        ("Gherman Titov", "contradicted", "Yuri Gagarin"),
        ("Venera 7", "supported", "Venera 7")]
    # without a key, a numbered line is no answer
    assert claims_of(checker, text.replace("ANSWER KEY", "NOTES"), "first") == []


@pytest.mark.integration
@pytest.mark.parametrize("text", [
    "Soyuz 4 and Soyuz 5 made the first docking between two crewed spacecraft.",
    "Dobrovolsky, Volkov and Patsayev became the first crew to live aboard a station.",
    "Marina Vasilevskaya became the first citizen of independent Belarus to fly in space.",
    "Remek became the first space traveller from neither the USSR nor the USA."])
def test_more_wordings_of_registry_firsts(checker: Checker, text: str) -> None:
    assert [c.verdict for c in claims_of(checker, text, "first")] == ["supported"]


@pytest.mark.integration
def test_the_sphere_and_the_ball_refer_back_to_a_craft(checker: Checker) -> None:
    text = ("Sputnik 1 was launched on 4 October 1957. The polished sphere circled the Earth "
            "every 98 minutes. The metal ball weighed 184 kg.")
    assert said(checker, text, "orbital_period") == [("Sputnik 1", "98 min", "contradicted")]
    assert said(checker, text, "mass") == [("Sputnik 1", "184 kg", "contradicted")]


@pytest.mark.integration
@pytest.mark.parametrize("days", ["on the eighth and the fourteenth", "on the 8th and the 14th"])
def test_days_named_alone_in_a_list_pair_with_their_names(checker: Checker, days: str) -> None:
    text = (f"In June 1975 two Protons sent Venera 9 and Venera 10 off to Venus, {days}, "
            "respectively.")
    assert said(checker, text) == [("Venera-9", "1975-06-08", "supported"),
                                   ("Venera-10", "1975-06-14", "supported")]


@pytest.mark.integration
def test_a_module_dated_on_the_day_in_a_list_is_its_launch(checker: Checker) -> None:
    text = "Then the modules: Kvant-2 on the 26th of November 1989, Kristall in May 1990."
    assert said(checker, text) == [("Kvant-2", "1989-11-26", "supported"),
                                   ("Kristall", "1990-05", "supported")]


@pytest.mark.integration
def test_a_reply_quoting_an_earlier_line_says_its_claims_again(checker: Checker) -> None:
    text = ("- Voskhod 1 was launched in 1965 and had three men.\n\nReply:\n\n"
            "> Voskhod 1 was launched in 1965\n\nNo, 1964.\n\n> Vostok 1 was launched in 1962\n")
    # the quoted copy repeats the first line's claim, read there (with the first line's
    # context), at the quoting line; a quote of nothing said before is read on its own
    assert said(checker, text) == [("Voskhod 1", "1965", "contradicted"),
                                   ("Voskhod 1", "1965", "contradicted"),
                                   ("Vostok 1", "1962", "contradicted")]
    first, again, _ = claims_of(checker, text, "launch_date")
    assert first.start < text.index("Reply") < again.start
    assert text[again.start:again.end] == again.quote == first.quote
    assert (again.expected, again.evidence) == (first.expected, first.evidence)
    # a claim reaching past the quoted words is not said again
    text = ("Helen Sharman, the first Briton, launched on Soyuz TM-12 on 18 May 1991.\n\n"
            "> Helen Sharman, the first Briton\n\nYes.")
    assert [c.quote for c in claims_of(checker, text, "first")] == [
        "Helen Sharman, the first Briton", "Helen Sharman, the first Briton"]
    assert len(claims_of(checker, text, "crew")) == 1


@pytest.mark.integration
def test_names_joined_by_a_slash_pair_with_a_list_of_dates(checker: Checker) -> None:
    text = "5. Soyuz 4 / Soyuz 5: launched on 15 and 14 January 1969 respectively."
    assert said(checker, text) == [("Soyuz 4", "1969-01-15", "contradicted"),
                                   ("Soyuz 5", "1969-01-14", "contradicted")]


@pytest.mark.integration
def test_a_craft_a_first_is_counted_since_is_not_referred_back_to(checker: Checker) -> None:
    text = ("- Luna 25: Russia's first lunar attempt since Luna 24 in 1976. It launched on "
            "10 August 2023 from Vostochny.")
    assert said(checker, text) == [("Luna-24 KT", "1976", "supported"),
                                   ("Luna-25", "2023-08-10", "supported")]
