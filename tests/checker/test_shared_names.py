"""A name two catalog entities share: which one a mention of it links to."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from sleuth.claims.mentions import Target, choose


def test_a_person_comes_before_a_satellite_named_after_them() -> None:
    satellite = Target("gcat:S52172", "Sally Ride", "spacecraft", True)
    person = Target("person:Q49285", "Sally Ride", "person", True)
    assert choose((satellite, person)) == person
    # an entity's own name still comes before another's alias
    alias = Target("person:Q1", "Sally Ride", "person", False)
    assert choose((satellite, alias)) == satellite


@pytest.mark.integration
def test_sally_ride_is_the_astronaut_in_text(checker: Checker) -> None:
    [ride] = [m for m in checker.gazetteer.find("Sally Ride flew in 1983.")]
    assert (ride.kind, ride.name) == ("person", "Sally Ride")
