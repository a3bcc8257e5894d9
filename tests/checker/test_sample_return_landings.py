"""A sample return lands twice: the lander on the Moon, then the capsule on Earth. The
history layer dates both (Luna 16: on the Moon 20 September 1970, capsule home on the 24th,
LROC), and a landing is judged by the one its words tell. GCAT's end of the craft's work
(the ascent stage leaving the Moon on the 21st) is no landing day. Real catalog."""

from __future__ import annotations

import pytest

from sleuth.check import Checker
from tests.checker.claims import said

pytestmark = pytest.mark.integration


@pytest.mark.parametrize(("text", "verdict"), [
    ("Luna 16 landed in Mare Fecunditatis on 20 September 1970.", "supported"),
    ("Luna 16 landed in Mare Fecunditatis on 24 September 1970.", "contradicted"),
    ("Luna 16 touched down on the Moon on 21 September 1970.", "contradicted"),
    ("Luna 24 landed in Mare Crisium on 18 August 1976.", "supported"),
])
def test_a_landing_on_the_moon_is_the_lander_s(checker: Checker, text: str,
                                                verdict: str) -> None:
    assert [v for _, _, v in said(checker, text, "landing_date")] == [verdict]


@pytest.mark.parametrize(("text", "verdict"), [
    ("Luna 16 brought 101 grams of soil home on 24 September 1970.", "supported"),
    ("Luna 16 brought 101 grams of soil home on 20 September 1970.", "contradicted"),
    ("Luna 24 returned to Earth on 22 August 1976.", "supported"),
])
def test_a_coming_home_is_the_capsule_s(checker: Checker, text: str, verdict: str) -> None:
    assert [v for _, _, v in said(checker, text, "landing_date")] == [verdict]


def test_a_landing_told_without_a_place_may_be_either(checker: Checker) -> None:
    text = "Luna 16's capsule landed in Kazakhstan on 24 September 1970."
    assert [v for _, _, v in said(checker, text, "landing_date")] == ["supported"]
