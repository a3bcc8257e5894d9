"""Subtitle files (SRT, WebVTT): cue numbers and timing lines are cut out, so a sentence
split across cues is one sentence and a cue's clock times date nothing; offsets still
index the file as given. Cues written here; verdicts on the real catalog."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sleuth.check import Checker, without_caption_timings
from sleuth.text.document import read_document
from tests.checker.claims import said

pytestmark = pytest.mark.integration

SRT = ("1\n00:00:02,000 --> 00:00:06,680\n[NARRATOR]\n\n"
       "2\n00:00:06,840 --> 00:00:12,300\nSixty years later we still remember that Salyut 1\n"
       "went up\n\n"
       "3\n00:00:12,460 --> 00:00:19,090\non 19 April 1972, on a Proton.\n\n"
       "4\n00:00:19,250 --> 00:00:25,490\n[rocket roar]\n")


def test_a_sentence_split_across_cues_is_read_whole(checker: Checker) -> None:
    claims = checker.check_text(SRT).claims
    dated = [c for c in claims if c.property == "launch_date"]
    assert [(c.subject_name, c.value, c.verdict) for c in dated] == [
        ("Salyut", "1972-04-19", "contradicted")]  # it launched on 19 April 1971 (GCAT)
    [claim] = dated
    assert claim.quote == SRT[claim.start:claim.end] and "-->" in claim.quote
    # the timing lines are no durations, dates or numbers of anything
    timings = [(m.start(), m.end()) for m in re.finditer(r"^\S+ --> \S+$", SRT, re.M)]
    assert len(timings) == 4
    assert not any(a <= c.start < b or a < c.end <= b for c in claims for a, b in timings)


def test_timings_are_cut_only_from_a_subtitle_file() -> None:
    read, where = without_caption_timings(SRT)
    assert where is not None and "-->" not in read and "12,460" not in read
    assert "Salyut 1\nwent up\non 19 April 1972" in read
    assert all(SRT[where[n]] == ch for n, ch in enumerate(read))  # each character's place
    prose = "At 00:00:12,460 --> 00:00:19,090 the log ends."
    assert without_caption_timings(prose) == (prose, None)  # one arrow is no subtitle file


def test_srt_and_vtt_files_are_read_as_plain_text(tmp_path: Path) -> None:
    for name in ("film.srt", "film.vtt"):
        path = tmp_path / name
        path.write_text(SRT, encoding="utf-8")
        assert read_document(path).text == SRT


def test_a_crew_runs_across_the_caption_lines(checker: Checker) -> None:
    # Voskhod 1 flew Komarov, Feoktistov and Yegorov; Sharman flew Soyuz TM-12 (crew data)
    text = ("1\n00:00:52,980 --> 00:00:57,660\nIn October 1964, three men squeezed into a\n\n"
            "2\n00:00:57,820 --> 00:01:02,500\ncapsule built for one: Vladimir Komarov,\n"
            "Konstantin Feoktistov and Boris Volynov, aboard\n\n"
            "3\n00:01:02,660 --> 00:01:08,900\nVoskhod 1, the first crew of more than one\n"
            "person. The following May, Helen Sharman, a chemist, became\n\n"
            "4\n00:01:09,060 --> 00:01:16,080\nthe first Briton in space, flying on\n"
            "Soyuz TM-13.\n")
    assert [(ship, person, verdict) for ship, person, verdict
            in said(checker, text, "crew")] == [
        ("Voskhod 1", "Vladimir Komarov", "supported"),
        ("Voskhod 1", "Konstantin Feoktistov", "supported"),
        ("Voskhod 1", "Boris Volynov", "contradicted"),
        ("Soyuz TM-13", "Helen Sharman", "contradicted")]
