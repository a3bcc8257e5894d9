"""Readings from session 46: hard-wrapped text (mail, plain-text digests), whose line
breaks fall inside sentences, dates and names; a message's header block; a count of years
"ago this February" giving a month to the day named after it; a documentary's captions in
capitals between bars; an agency "became Rosaviakosmos". Lines written here; verdicts on the
real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import TABLE_ROW, Checker, joined_hard_wraps
from sleuth.text.dates import find_dates
from tests.checker.claims import claims_of, said

# A digest message wrapped at 70 columns (by Python's textwrap): the breaks cut "Soyuz ¶
# TM-5", "on ¶ 7 August 1961", "was ¶ recovered"; a quoted reply's continuation repeats
# its "> "; a list item's continuation hangs under its text.
DIGEST = """\
From: Pat Lindqvist <pat@example.org>
Subject: Re: Vostok landings

> Gagarin came down by parachute near Smelovka, and the capsule was
> recovered the same day, 12 April 1961, a few kilometres away from
> him.

Quite right. Much later the Bulgarian Aleksandr Aleksandrov flew Soyuz
TM-5 to Mir in June 1988, and the capsule of Vostok 2 was recovered on
7 August 1961 after a day in orbit. Tereshkova went up on Vostok 6 on
16 June 1963 and came down three days later, on 19 June, in the Altai.

  - Vostok 5 carried Valery Bykovsky, launched on 14 June 1963 from
    Baikonur; he landed on 19 June after almost five days in orbit.
"""


def test_a_wrapped_digest_reads_its_lines_as_prose() -> None:
    read, where = joined_hard_wraps(DIGEST)
    assert "the capsule was recovered the same day, 12 April 1961, a few kilometres" in read
    assert "Aleksandrov flew Soyuz TM-5 to Mir" in read
    assert "launched on 14 June 1963 from Baikonur; he landed" in read
    assert "From: Pat Lindqvist <pat@example.org>\nSubject: Re: Vostok landings\n" in read
    assert where is not None
    at = read.index("TM-5")
    assert DIGEST[where[at]:where[at] + 4] == "TM-5"
    assert where[len(read)] == len(DIGEST)


@pytest.mark.integration
def test_claims_across_line_breaks_index_the_text_as_given(checker: Checker) -> None:
    # Vostok 2 landed 1961-08-07; Aleksandrov (Bulgaria) flew Soyuz TM-5 (GCAT)
    landings = claims_of(checker, DIGEST, "landing_date")
    vostok2 = [c for c in landings if c.subject_name == "Vostok 2"]
    assert [(c.value, c.verdict) for c in vostok2] == [("1961-08-07", "supported")]
    assert "on\n7 August" in vostok2[0].quote
    assert DIGEST[vostok2[0].start:vostok2[0].end] == vostok2[0].quote
    assert [(c.subject_name, c.verdict) for c in claims_of(checker, DIGEST, "crew")
            if "Aleksandrov" in c.value] == [("Soyuz TM-5", "supported")]


# An abstract book's titles over their authors, and a list of short lines: the line
# before each break is as long as its block, but nothing in the text is wrapped
PARAGRAPH = ("was launched on 19 April 1971 by a Proton rocket from Baikonur, and it was "
             "visited by the crew of Soyuz 11, who spent 23 days aboard in June 1971.")
TITLES = f"""\
Session 1: Orbital stations

1.1 Between reconnaissance and routine: the Almaz stations reconsidered
Irina V. Sokolova (IHNST, Moscow) and Mark T. Ellison (University of Leeds)
Salyut 1 {PARAGRAPH}

1.2 The TKS transport-supply ship and the origins of modular assembly
Andreas Brückner (Deutsches Museum, Munich)
The station {PARAGRAPH}
"""
LIST = """\
Soyuz 1 - 23 April 1967 - Vladimir Komarov, killed on landing
Soyuz 3 - 26 October 1968 - Georgy Beregovoy, a docking attempt
Soyuz 4 - 14 January 1969 - Vladimir Shatalov, first docking
Soyuz 5 - 15 January 1969 - Volynov, Yeliseyev and Khrunov
Soyuz 6 - 11 October 1969 - Shonin and Kubasov, welding tests
"""


@pytest.mark.parametrize("text", [TITLES, LIST])
def test_text_that_is_not_wrapped_keeps_its_lines(text: str) -> None:
    assert joined_hard_wraps(text) == (text, None)


def test_a_count_of_years_ago_this_month_gives_the_day_after_it_its_month() -> None:
    # Mir's core went up on 20 February 1986, Moscow time (GCAT: 1986-02-19 21:28 UTC)
    text = ("ORBITAL NEIGHBOURS | Published 12 April 2026\n\n"
            "Forty years ago this February, on the twentieth, a Proton rocket carried the "
            "core of a new station, Mir, into orbit.")
    dates = {d.text: str(d.date) for d in find_dates(text)}
    assert dates["Forty years ago this February"] == "1986-02"
    assert dates["twentieth"] == "1986-02-20"
    # and so when the day first took another month named before it in its paragraph
    text = text.replace("\n\nForty", "\n\nSharma flew in April 1984. Forty")
    assert {d.text: str(d.date) for d in find_dates(text)}["twentieth"] == "1986-02-20"
    # a month named after it keeps its own month
    text += " In March the first crew followed."
    assert {d.text: str(d.date) for d in find_dates(text)}["March"] == "1986-03"
    # "this may" is no month
    text = "ORBITAL NEIGHBOURS | Published 12 April 2026\n\nTen years ago this may have failed."
    assert [str(d.date) for d in find_dates(text)][1:] == ["2016"]


@pytest.mark.integration
def test_a_caption_in_capitals_between_bars_dates_and_measures_its_craft(
        checker: Checker) -> None:
    # Vostok 1: launched 1961-04-12, apogee 327 km; Venera 7: launched 1970-08-17 (GCAT)
    text = ("CAPTION: VOSTOK 1 | 12 APRIL 1961 | APOGEE 372 KM\n\n"
            "CAPTION: VENERA 7 | LAUNCHED 17 AUG 1970\n")
    assert said(checker, text) == [("Vostok 1", "1961-04-12", "supported"),
                                   ("Venera-7", "1970-08-17", "supported")]
    assert said(checker, text, "apogee") == [("Vostok 1", "372 km", "contradicted")]


@pytest.mark.integration
def test_a_messages_header_dates_the_message_not_its_subject(checker: Checker) -> None:
    # Mir's core: launched 1986-02-19 21:28 UTC (GCAT launchlog)
    header = ("Message: 1\nDate: Thu, 10 Apr 2025 22:41:07 +0300\n"
              "From: Dmitri Kovalev <dk@example.org>\n"
              "Subject: Re: Mir launch date - Moscow or UTC?\n\n")
    assert said(checker, header + "Both are right.") == []


@pytest.mark.integration
def test_a_craft_in_a_subject_line_is_no_antecedent_for_the_reply(checker: Checker) -> None:
    # Mir's core ended operations in 2001 (GCAT psatcat); the capsule of the quoted reply
    # is Gagarin's, which no name in the reply gives
    text = ("From: A. Reader <reader@example.org>\nTo: list@example.org\n"
            "Subject: Re: Mir launch date\n\n"
            "> the capsule was recovered the same day, 12 April 1961.\n")
    assert said(checker, text, "landing_date") == []
    assert said(checker, text.replace("> the capsule", "> Vostok 1"), "landing_date") == [
        ("Vostok 1", "1961-04-12", "supported")]


@pytest.mark.integration
def test_an_agency_becoming_rosaviakosmos_is_its_founding(checker: Checker) -> None:
    # GCAT orgs: RAKA (Rosaviakosmos) from 1999
    text = ("The Russian Space Agency was set up in February 1992, became Rosaviakosmos in "
            "1997, and was renamed again later.")
    assert [(c.value, c.verdict) for c in claims_of(checker, text, "founded")] == [
        ("1992-02", "supported"), ("1997", "contradicted")]


@pytest.mark.integration
def test_a_wrapped_text_with_windows_line_ends_reads_the_same(checker: Checker) -> None:
    # a browser's form sends a textarea's lines ending in "\r\n"
    def said_all(text: str) -> list[tuple[str, str, str, str]]:
        return [(c.property, c.subject_name, c.value, c.verdict)
                for c in checker.check_text(text).claims]

    windows = DIGEST.replace("\n", "\r\n")
    assert said_all(windows) == said_all(DIGEST)
    assert "the capsule was recovered the same day" in joined_hard_wraps(
        windows.replace("\r\n", " \n"))[0]


def test_rows_of_an_export_are_never_joined_as_wrapped_prose() -> None:
    # short CSV rows in a wrapped digest stay rows (and "1,000,000" is no row)
    rows = ("row,mission,launch_date,crew\n4,Vostok 2,7 Aug 1961,Gherman Titov\n"
            "6,Vostok 4,12 Aug 1962,Pavel Popovich\n")
    text = DIGEST + "\n" + rows
    read, _ = joined_hard_wraps(text)
    assert read != text and rows in read  # the digest's lines are joined, not the rows
    assert TABLE_ROW.search("4,Vostok 2,7 Aug 1961,Gherman Titov")
    assert TABLE_ROW.search("Soyuz 2;25.10.1968;28.10.1968;;;Beregovoy")
    assert not TABLE_ROW.search("It cost 1,000,000 roubles, and more, in the end.")


def test_a_heading_in_capitals_or_a_rule_is_never_joined_as_wrapped_prose() -> None:
    # a worksheet's title over its dateline; a section's name between rules of dashes
    heading = ("FROM SPUTNIK TO THE SPACE STATION: THE SOVIET AND RUSSIAN SPACE PROGRAMME\n"
               "Spring term 2026 - lesson of Monday 2 March 2026\n\n"
               "------------------------------------------------------------------\n"
               "SECTION A - READING PASSAGE\n"
               "------------------------------------------------------------------\n\n")
    read, _ = joined_hard_wraps(heading + DIGEST)
    assert read != heading + DIGEST and read.startswith(heading)
