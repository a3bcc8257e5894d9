"""A spoken guide's readings: a transcript's heading line telling when it was recorded
dates the text ("recorded on Cosmonautics Day, 12 April 2025", so "sixty-four years ago
today" is 12 April 1961), and "the real one" after a replica names the craft the replica
copies. Lines written here; verdicts on the real catalog (Vostok 1 flew on 12 April 1961,
Sputnik 1 on 4 October 1957)."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.text.dates import dateline, find_dates
from tests.checker.claims import said

HEADING = ('SPACE HALL AUDIO GUIDE\nTranscript of the guided audio tour, recorded on '
           'Cosmonautics Day, 12 April 2025\n\n')


def test_a_transcripts_recording_day_dates_it() -> None:
    text = HEADING + "Welcome to the Space Hall."
    assert str(dateline(find_dates(text), text)) == "2025-04-12"
    # not a sentence of the story that happens to say "recorded on"
    told = "Its signals were recorded on 12 April 2025 at Jodrell Bank.\n\nMore text."
    assert dateline(find_dates(told), told) is None


@pytest.mark.integration
def test_counts_from_the_recording_day(checker: Checker) -> None:
    assert said(checker, HEADING + "Yuri Gagarin flew sixty-four years ago today.") == [
        ("Yuri Gagarin", "1961-04-12", "supported")]


@pytest.mark.integration
def test_the_real_one_is_the_craft_a_replica_copies(checker: Checker) -> None:
    text = ("This polished ball is a full-size replica of Sputnik 1. The real one went up on "
            "the fourth of October, nineteen fifty-seven.")
    assert said(checker, text) == [("Sputnik 1", "1957-10-04", "supported")]
