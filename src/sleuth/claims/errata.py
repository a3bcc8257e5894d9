"""Errata: corrections that quote only the words they change.

An errata sheet quotes what was printed and what should replace it, often only the part
of the sentence that changes::

    p. 14 (caption). For: "Vostok 1 circled the Earth once in 108 minutes, reaching an
    apogee of 327 km." Read: "reaching an apogee of 372 km."

The corrected words ("reaching an apogee of 372 km") name no craft; read in the place of
the words they replace, they are about Vostok 1. :func:`corrections` finds such pairs and
where the correction's first words stand in the printed text, so that the checker can read
the correction in place (:meth:`Correction.reading`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# 'For: "…" Read: "…"', 'For "…" and "…" read "…"', '"…" should read "…"'
ERRATUM = re.compile(
    r"(?:\b(?:For|for):?\s*(?P<printed>(?:[\"“][^\"”\n]{3,600}[\"”][,;]?\s*(?:and\s+)?)+)"
    r"\.?\s*(?:Read|read):?|(?P<one>[\"“][^\"”\n]{3,600}[\"”])\s+should\s+read:?)"
    r"\s*[\"“](?P<fix>[^\"”\n]{3,600})[\"”]")
QUOTED = re.compile(r"[\"“](?P<words>[^\"”\n]+)[\"”]")
WORD = re.compile(r"\S+")
SHORTEST_RUN = 2  # words the correction and the printed text must share to be placed
LONGEST_RUN = 8


@dataclass(frozen=True)
class Correction:
    """Corrected words at ``start``–``end`` that replace printed words from
    ``printed_start + kept`` on: the printed text's first ``kept`` characters stand before
    them."""

    printed_start: int
    kept: int
    start: int
    end: int

    def reading(self, text: str) -> str:
        """The printed sentence as corrected: its words before the correction, then the
        correction's."""
        return text[self.printed_start:self.printed_start + self.kept] + text[
            self.start:self.end]


def corrections(text: str) -> list[Correction]:
    """The corrections in ``text`` whose first words (at least two) are found in the
    printed text they correct, after its start; a correction that restates the printed
    sentence from its start needs no placing and is not listed.

    >>> text = 'For: "Salyut 1 was launched by a Proton-K." Read: "was launched by a Soyuz."'
    >>> fix = corrections(text)[0]
    >>> fix.reading(text)
    'Salyut 1 was launched by a Soyuz.'
    """
    if "ead" not in text:
        return []
    out = []
    for m in ERRATUM.finditer(text):
        words = list(WORD.finditer(text, m.start("fix"), m.end("fix")))
        printed = [q.span("words") for q in QUOTED.finditer(
            text, *(m.span("printed") if m.group("printed") else m.span("one")))]
        placed = _place(text, printed, [w.group() for w in words])
        if placed is not None and placed[1] > 0:
            out.append(Correction(placed[0], placed[1], m.start("fix"), m.end("fix")))
    return out


def _place(text: str, printed: list[tuple[int, int]], words: list[str]
           ) -> tuple[int, int] | None:
    """(start of the printed quote, offset in it) where the longest run of the
    correction's first ``words`` stands, or None when no run of SHORTEST_RUN words does."""
    for run in range(min(LONGEST_RUN, len(words)), SHORTEST_RUN - 1, -1):
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words[:run])))
        for start, end in printed:
            if found := pattern.search(text, start, end):
                return start, found.start() - start
    return None
