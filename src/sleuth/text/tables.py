"""Find tables in text: Markdown pipe tables (GitHub's form), which is also how
:func:`sleuth.text.document.html_to_text` writes HTML tables.

A table is a header row, a delimiter row of dashes ("| --- | :---: |") and body rows, one
per line, with cells between pipes (the outer pipes may be left out). Every span indexes the
text as given, trimmed of white space and of Markdown emphasis ("**Vostok 1**").

Plain-text lists written as rows ("Mission | Launch | Crew" over "Soyuz 17 | 11 Feb 1975 |
Gubarev, Grechko") are tables too, without the delimiter row, when the header's cells are
short labels without digits and every body row has as many cells as the header.

>>> table = find_tables("| Flight | Launched |\\n|---|---|\\n| Vostok 1 | 12 Apr 1961 |\\n")[0]
>>> [cell.text for cell in table.header], [cell.text for cell in table.rows[0]]
(['Flight', 'Launched'], ['Vostok 1', '12 Apr 1961'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DELIMITER_RE = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*")
_EMPHASIS = "*_` \t"


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell: ``text`` is ``source[start:end]``, trimmed."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Table:
    """A table's header cells and body rows, and the span of its lines in the text."""

    start: int
    end: int
    header: list[Cell]
    rows: list[list[Cell]]


def find_tables(text: str) -> list[Table]:
    """The pipe tables in ``text``, in order."""
    if "|" not in text:
        return []
    lines = _lines(text)
    tables: list[Table] = []
    i = 0
    while i + 1 < len(lines):
        start, end = lines[i]
        d_start, d_end = lines[i + 1]
        if "|" not in text[start:end]:
            i += 1
            continue
        header = _cells(text, start, end)
        delimited = _DELIMITER_RE.fullmatch(text, d_start, d_end) is not None
        if not delimited and not _bare_header(header):
            i += 1
            continue
        rows: list[list[Cell]] = []
        j = i + 2 if delimited else i + 1
        while j < len(lines) and "|" in text[lines[j][0]:lines[j][1]]:
            row = _cells(text, *lines[j])
            if not delimited and len(row) != len(header):
                break  # a plain-text list's rows have the header's cells
            rows.append(row)
            j += 1
        if len(header) >= 2 and rows:
            tables.append(Table(start, lines[j - 1][1], header, rows))
        i = j
    return tables


_BARE_HEADER_CELL = re.compile(r"[A-Z][^\d|]{0,29}")


def _bare_header(header: list[Cell]) -> bool:
    """Whether a row with no delimiter under it reads as a header: two or more short
    capitalised labels without digits ("Mission | Launch | Crew | Duration")."""
    return len(header) >= 2 and all(_BARE_HEADER_CELL.fullmatch(c.text) for c in header)


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of the row ``text[start:end]``; a "\\|" is not a cell break."""
    bounds = [m.start() for m in re.finditer(r"(?<!\\)\|", text[start:end])]
    line = text[start:end]
    edges = [-1, *bounds, len(line)]
    cells = []
    for k in range(len(edges) - 1):
        lo, hi = edges[k] + 1, edges[k + 1]
        raw = line[lo:hi]
        if (k == 0 and bounds and not raw.strip()) or (
                k == len(edges) - 2 and bounds and not raw.strip()):
            continue  # the outer pipes' empty sides
        left = len(raw) - len(raw.lstrip(_EMPHASIS))
        right = len(raw.rstrip(_EMPHASIS))
        lo, hi = start + lo + left, start + lo + max(left, right)
        cells.append(Cell(lo, hi, text[lo:hi]))
    return cells
