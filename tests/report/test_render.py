"""The annotated text of a report, where claims overlap. Claims written here."""

from __future__ import annotations

from sleuth.model import Claim, DocumentReport
from sleuth.report.render import annotated_html, claim_segments

TEXT = "Luna 25 lifted off in August 2023 and crashed eight days after launch."


def claim(start: int, end: int, prop: str, verdict: str) -> Claim:
    return Claim(start, end, TEXT[start:end], None, "Luna 25", prop, "x",
                 verdict=verdict)  # type: ignore[arg-type]


def test_overlapping_claims_each_keep_their_whole_span() -> None:
    launch = claim(0, 33, "launch_date", "supported")  # "Luna 25 lifted off in August 2023"
    landing = claim(0, 69, "landing_date", "contradicted")
    doc = DocumentReport("t", TEXT, [launch, landing])
    # the shared piece shows the contradicted claim first, then the shorter one
    assert claim_segments(doc) == [(0, 33, "contradicted", [1, 0]),
                                   (33, 69, "contradicted", [1])]
    html = annotated_html(doc, prefix="d-")
    assert 'class="contradicted several" data-claim="d-1" data-claims="d-1 d-0"' in html
    assert 'data-claims="d-1"' in html and html.endswith("</mark>.")


def test_claims_apart_and_uncovered_text() -> None:
    first = claim(0, 7, "launch_date", "supported")
    second = claim(38, 45, "landing_date", "unverifiable")
    doc = DocumentReport("t", TEXT, [second, first])
    assert claim_segments(doc) == [(0, 7, "supported", [1]), (38, 45, "unverifiable", [0])]
    assert "several" not in annotated_html(doc)
    assert claim_segments(DocumentReport("t", TEXT, [])) == []
