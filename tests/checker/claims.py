"""Helpers shared by the checker's tests."""

from __future__ import annotations

from sleuth.check import Checker
from sleuth.model import Claim


def claims_of(checker: Checker, text: str, prop: str) -> list[Claim]:
    """The claims of one property the checker reports in ``text``, in text order."""
    return [c for c in checker.check_text(text).claims if c.property == prop]


def said(checker: Checker, text: str, prop: str = "launch_date") -> list[tuple[str, str, str]]:
    """(subject, value, verdict) of each claim of one property in ``text``, in text order."""
    return [(c.subject_name, c.value, c.verdict) for c in claims_of(checker, text, prop)]
