"""A pair of probes named by their series ("the two Vega probes"), a list of crafts after a
date that opens the clause ("In December 1984 Vega 1 and Vega 2 were launched") and rockets
named in the plural ("both on Protons"), on the real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said


@pytest.mark.integration
def test_a_fronted_date_dates_every_craft_of_the_list_after_it(checker: Checker) -> None:
    # Vostok 3 and 4 launched on 11 and 12 August 1962; Soyuz 4 on 14 January 1969
    assert said(checker, "In August 1962 Vostok 3 and 4 were launched.") == [
        ("Vostok 3", "1962-08", "supported"), ("Vostok 4", "1962-08", "supported")]
    assert said(checker, "On 11 August 1962 Vostok 3 and Soyuz 4 were launched.") == [
        ("Vostok 3", "1962-08-11", "supported"), ("Soyuz 4", "1962-08-11", "contradicted")]


@pytest.mark.integration
def test_a_date_before_another_subject_does_not_reach_the_list(checker: Checker) -> None:
    # the list is not what the date is of: April 1961 is when Vostok 1 flew
    text = "In April 1961, after Vostok 1, Vostok 3 and 4 were still being built."
    assert said(checker, text) == []


@pytest.mark.integration
def test_the_two_probes_of_a_series_of_two_are_both(checker: Checker) -> None:
    # Vega 1 and 2: 15 and 21 December 1984; Fobos 1 and 2: 7 and 12 July 1988
    text = ("In December '85 the two Vega probes went up six days apart, both on Protons, "
            "and in July '88 the two Phobos probes, five days apart.")
    assert said(checker, text) == [
        ("Vega-1", "1985-12", "contradicted"), ("Vega-2", "1985-12", "contradicted"),
        ("Fobos-1", "1988-07", "supported"), ("Fobos-2", "1988-07", "supported")]
    assert said(checker, text, "launch_vehicle") == [
        ("Vega-1", "Proton", "supported"), ("Vega-2", "Proton", "supported")]


@pytest.mark.integration
def test_a_pair_takes_its_dates_respectively(checker: Checker) -> None:
    text = "The twin Vega probes, launched on 21 and 15 December 1984 respectively, flew on."
    assert said(checker, text) == [
        ("Vega-1", "1984-12-21", "contradicted"), ("Vega-2", "1984-12-15", "contradicted")]


@pytest.mark.integration
def test_a_longer_series_is_no_pair(checker: Checker) -> None:
    # there were many Soyuz ships (and Kvant 3 is Kristall): "the two" could be any two
    for text in ("The two Soyuz spacecraft docked in January 1969.",
                 "Both Kvant modules were launched in 1987."):
        names = {s for s, _, _ in said(checker, text)} | {
            s for s, _, _ in said(checker, text, "docking_date")}
        assert not names & {"Soyuz 1", "Soyuz 2", "Kvant-2"}, text


@pytest.mark.integration
def test_a_rocket_in_the_plural_is_one_each(checker: Checker) -> None:
    text = "Vega 1 and Vega 2 went up in December 1984, both on Protons."
    assert said(checker, text, "launch_vehicle") == [
        ("Vega-1", "Proton", "supported"), ("Vega-2", "Proton", "supported")]
