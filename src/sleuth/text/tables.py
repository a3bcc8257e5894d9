"""Find tables in text: Markdown pipe tables (GitHub's form), which is also how
:func:`sleuth.text.document.html_to_text` writes HTML tables.

A table is a header row, a delimiter row of dashes ("| --- | :---: |") and body rows, one
per line, with cells between pipes (the outer pipes may be left out). Every span indexes the
text as given, trimmed of white space and of Markdown emphasis ("**Vostok 1**").

Plain-text lists written as rows ("Mission | Launch | Crew" over "Soyuz 17 | 11 Feb 1975 |
Gubarev, Grechko") are tables too, without the delimiter row, when the header's cells are
short labels without digits and every body row has as many cells as the header (an empty
last cell may be left out). So are such lists with their cells separated by tabs, as a table
copied from a web page or a spreadsheet pastes, or separated by semicolons, as a spreadsheet
exports them ("Mission;Launch (UTC);Landing;Crew", three columns at least). A CSV export is
one too: a header line of three or more labels between commas, over rows of as many fields
("3,Vostok 1,12 Apr 1961,\"first human in orbit; one orbit\""). So is a table typed in
a fixed-width font, its columns apart by two or more spaces ("Mission       Launch (UTC)
Days" over "Vostok 1      1961-04-12      0.075").

An infobox written as text, three or more "Key: value" fields in a row under a heading
("== Soyuz T-2 ==" over "Launch date: 5 June 1980", "Crew: Yury Malyshev, …"), is a table
of one row turned on its side: the keys are its header, the values its row, and the
heading, when there is one, its first (label) cell. Two fields are enough under a heading,
as on a card ("VOSTOK 3 & VOSTOK 4" over "Launched: …" and "Orbits: …"). A line may hold
more than one field, with bars between them ("Launched: 6 Aug 1961 | Landed: 8 Aug 1961").

>>> table = find_tables("| Flight | Launched |\\n|---|---|\\n| Vostok 1 | 12 Apr 1961 |\\n")[0]
>>> [cell.text for cell in table.header], [cell.text for cell in table.rows[0]]
(['Flight', 'Launched'], ['Vostok 1', '12 Apr 1961'])
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
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
    infobox: bool = False  # "Key: value" lines: each key heads the value on its own line


def find_tables(text: str) -> list[Table]:
    """The pipe, tab, semicolon, comma and fixed-width tables and the text infoboxes in
    ``text``, in order."""
    lines = _lines(text)
    boxes = _infoboxes(text, lines) if ": " in text else []
    grids = [*(_grid_tables(text, lines, "|") if "|" in text else ()),
             *(_grid_tables(text, lines, "\t") if "\t" in text else ()),
             *(_grid_tables(text, lines, ";") if ";" in text else ()),
             *(_headed_tables(text, lines, _CSV_HEADER, _csv_fields)
               if "," in text and _CSV_HEADER.search(text) else ()),
             *(_headed_tables(text, lines, _ALIGNED_HEADER, _aligned_cells, _ALIGNED_RULE)
               if "  " in text and _ALIGNED_HEADER.search(text) else ())]
    if not boxes:
        return sorted(grids, key=lambda t: t.start)
    return sorted([*grids, *(b for b in boxes if not any(
        b.start < t.end and t.start < b.end for t in grids))], key=lambda t: t.start)


def _grid_tables(text: str, lines: list[tuple[int, int]], separator: str) -> list[Table]:
    """The tables whose cells ``separator`` ("|" or a tab) divides; only pipe tables have
    a delimiter row."""
    tables: list[Table] = []
    i = 0
    while i + 1 < len(lines):
        start, end = lines[i]
        d_start, d_end = lines[i + 1]
        if separator not in text[start:end]:
            i += 1
            continue
        header = _cells(text, start, end, separator)
        delimited = separator == "|" and _DELIMITER_RE.fullmatch(text, d_start, d_end) is not None
        if (not delimited and not _bare_header(header)) or (
                separator == ";" and len(header) < _MIN_SEMICOLON_COLUMNS):
            i += 1
            continue
        rows: list[list[Cell]] = []
        j = i + 2 if delimited else i + 1
        while j < len(lines) and separator in text[lines[j][0]:lines[j][1]]:
            row = _cells(text, *lines[j], separator)
            if not delimited:
                if not max(2, len(header) - 1) <= len(row) <= len(header):
                    break  # a plain-text list's rows have the header's cells (or all but
                    # an empty last one): "[a] A note | with a pipe" is none
                row += [Cell(lines[j][1], lines[j][1], "")] * (len(header) - len(row))
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
    """The spans of the lines of ``text``, without their "\\r" when lines end in "\\r\\n"
    (as a browser's form sends them)."""
    spans = []
    start = 0
    for line in text.split("\n"):
        spans.append((start, start + len(line.removesuffix("\r"))))
        start += len(line) + 1
    return spans


_SEPARATORS = {"|": re.compile(r"(?<!\\)\|"), "\t": re.compile(r"\t"), ";": re.compile(";")}
# A spreadsheet exported with semicolons ("Mission;Launch (UTC);Landing;Crew"): a header of
# at least this many labels, so that prose with a semicolon or two is never one
_MIN_SEMICOLON_COLUMNS = 3


def _cells(text: str, start: int, end: int, separator: str = "|") -> list[Cell]:
    """The cells of the row ``text[start:end]``; a "\\|" is not a cell break."""
    bounds = [m.start() for m in _SEPARATORS[separator].finditer(text[start:end])]
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


# A CSV export's header: a line of three or more short labels between commas, nothing else
# ("row,mission,launch_date,vehicle,crew"), each a word or two without digits (not a
# sentence's clauses: "Proton - heavy Soviet rocket, first flown in 1965, used to …"); its
# two or more rows have as many fields, a field with a comma in it between double quotes
# ("Komarov, Feoktistov, Yegorov")
_CSV_LABEL = r"[ \t]*[A-Za-z][A-Za-z_()/.%-]{0,24}(?: [A-Za-z_()/.%-]{1,24})?[ \t]*"
_CSV_HEADER = re.compile(rf"^{_CSV_LABEL}(?:,{_CSV_LABEL}){{2,}}\r?$", re.MULTILINE)
# (a CSV's or a fixed-width table's header over fewer rows may be a line of prose)
_HEADED_MIN_ROWS = 2


def _headed_tables(text: str, lines: list[tuple[int, int]], header: re.Pattern[str],
                   fields: Callable[[str, int, int], list[Cell]],
                   rule: re.Pattern[str] | None = None) -> list[Table]:
    """The tables under each line ``header`` matches (and the ``rule`` line under it, if
    any) whose :data:`_HEADED_MIN_ROWS` or more rows have as many ``fields`` as it."""
    tables: list[Table] = []
    starts = [start for start, _ in lines]
    for m in header.finditer(text):
        i = bisect.bisect_left(starts, m.start())
        if tables and tables[-1].end > m.start():
            continue
        labels = fields(text, *lines[i])
        j = i + 1
        if rule is not None and j < len(lines) and rule.fullmatch(text, *lines[j]):
            j += 1
        rows: list[list[Cell]] = []
        while j < len(lines) and len(row := fields(text, *lines[j])) == len(labels):
            rows.append(row)
            j += 1
        if len(rows) >= _HEADED_MIN_ROWS:
            tables.append(Table(lines[i][0], lines[j - 1][1], labels, rows))
    return tables


def _csv_fields(text: str, start: int, end: int) -> list[Cell]:
    """The fields of the CSV line ``text[start:end]``, each trimmed of spaces and of the
    double quotes around it ("" inside quotes is a quote)."""
    fields: list[Cell] = []
    quoted = False
    lo = start
    for k in range(start, end + 1):
        if k < end and text[k] == '"':
            quoted = not quoted
        elif k == end or (text[k] == "," and not quoted):
            a, b = lo, k
            while a < b and text[a] in ' \t"':
                a += 1
            while b > a and text[b - 1] in ' \t"\r':
                b -= 1
            fields.append(Cell(a, b, text[a:b]))
            lo = k + 1
    return fields


# A table typed in a fixed-width font: a header line of three or more labels apart by two
# or more spaces ("  Mission       Launch (UTC)    Days    Orbits"), each of at most four
# words without digits and no sentence's full stop, maybe a rule of dashes under it, over two
# or more rows that two or more spaces split into as many cells ("  Soyuz T-15    1986-03-13
# 125.00     1,980"); a number may sit right-aligned under its label, so the cells are
# found by the gaps
_ALIGNED_WORD = r"[A-Za-z()/.%_'-]*[A-Za-z()/%_'-]"
_ALIGNED_LABEL = rf"[A-Za-z](?:{_ALIGNED_WORD})?(?: {_ALIGNED_WORD}){{0,3}}"
_ALIGNED_HEADER = re.compile(rf"^[ \t]*{_ALIGNED_LABEL}(?: {{2,}}{_ALIGNED_LABEL}){{2,}}[ \t]*\r?$",
                             re.MULTILINE)
_ALIGNED_GAP = re.compile(r" {2,}")
_ALIGNED_RULE = re.compile(r"[ \t]*[-=]{2,}(?:[ \t]+[-=]{2,})*[ \t]*")


def _aligned_cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of a fixed-width line, split where two or more spaces stand."""
    while start < end and text[start] in " \t":
        start += 1
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    cells, lo = [], start
    for gap in _ALIGNED_GAP.finditer(text, start, end):
        cells.append(Cell(lo, gap.start(), text[lo:gap.start()]))
        lo = gap.end()
    if lo < end:
        cells.append(Cell(lo, end, text[lo:end]))
    return cells


# "Launch date: 4 April 1978, 15:00 UTC", "- Perigee: 205 km": a short capitalised key
# without digits, a colon and a short value on the rest of the line.
_INFOBOX_KEY = r"[ \t]*(?:[*•-][ \t]+)?(?P<key>[A-Z][A-Za-z ./()'-]{0,29}?)[ \t]*:"
_INFOBOX_LINE = re.compile(_INFOBOX_KEY + r"[ \t]+(?P<value>[^\s|].{0,99}?)[ \t]*")
_INFOBOX_MIN_LINES = 3
# … or two under a heading: a card's "VOSTOK 3 & VOSTOK 4" over "Launched: …" and "Orbits: …"
_CAPTIONED_MIN_LINES = 2
# A field left blank ("Operator:") inside a box
_EMPTY_FIELD = re.compile(_INFOBOX_KEY + r"[ \t]*")
# Keys only a message's header has: two of them in a run of "Key: value" lines make it one
_MESSAGE_KEYS = frozenset({"from", "to", "cc", "subject", "sent", "reply-to", "message-id",
                           "in-reply-to", "newsgroups"})
# A byline block ("By: …", "Date: …", "Section: …") dates the article, not its subject,
# and a message's header ("From: …", "Date: …", "Subject: Re: Mir launch date") the message.
_BYLINE_KEYS = frozenset({"by", "author", "authors", "published", "posted", "updated",
                          "filed", "section", "tags", "source", "byline", "editor",
                          "content-type", "organization"}) | _MESSAGE_KEYS
# … and so does a key that dates the page itself: "Handout date: Friday 16 June 2023"
_DOCUMENT_DATE_KEY = re.compile(r"(?:handout|issue|publication|print|release|report|document|"
                                r"letter|memo|broadcast|air|revision|lecture|class|meeting|"
                                r"visit|tour|quiz|exam|due|submission|posting) date")
# A heading that says what kind of box follows, not whose: "Quick facts", "At a glance"
_GENERIC_CAPTION = re.compile(
    r"(?:(?:quick|key|fast|mission|vital|basic)\s+)?(?:facts?|figures|data|statistics|stats)|"
    r"at\s+a\s+glance|summary|details|specifications?|fact\s+(?:file|box)|in\s+(?:brief|numbers)",
    re.IGNORECASE)
# … ending a box's first key: "FACT FILE: MIR", "SECTION E - FACT FILE: VOSTOK 1"
_CAPTION_KEY = re.compile(rf"(?:^|[\W_])(?:{_GENERIC_CAPTION.pattern})\Z", re.IGNORECASE)
# "== Soyuz T-2 ==", "### Kosmos-1001", "**Salyut 1**": the heading above an infobox
_CAPTION = re.compile(r"[ \t]*[=#*]*[ \t]*(?P<name>[^=#*\s](?:[^=#*\n]{0,78}[^=#*\s.?!:])?)"
                      r"[ \t]*[=#*]*[ \t]*")


def _infoboxes(text: str, lines: list[tuple[int, int]]) -> list[Table]:
    """Runs of "Key: value" lines with distinct keys (a transcript's speakers come back,
    an infobox's keys do not) and no byline key, each with the heading just above it as
    its label cell."""
    boxes: list[Table] = []
    run: list[re.Match[str]] = []
    ends: dict[int, int] = {}  # a field's value → where its continued value ends
    first = 0  # the line the run starts on
    keys: set[str] = set()  # the run's keys, lowered
    for n, (start, end) in enumerate([*lines, (len(text), len(text))]):
        fields = _line_fields(text, start, end) if n < len(lines) else []
        m = fields[0] if fields else None
        if fields and keys.isdisjoint(line_keys := [f.group("key").lower() for f in fields]) and (
                len(set(line_keys)) == len(line_keys)):
            if not run:
                first = n
            run.extend(fields)
            keys.update(line_keys)
            continue
        if m is None and run and n < len(lines) and _EMPTY_FIELD.fullmatch(text, start, end):
            continue  # "Operator:" left blank: the box goes on
        if m is None and run and n < len(lines) and _continues_value(text, start, end, run[-1]):
            ends[len(run) - 1] = start + len(text[start:end].rstrip())
            continue  # a value run on to the next line, under where it started
        if not keys & _BYLINE_KEYS and not any(map(_DOCUMENT_DATE_KEY.fullmatch, keys)) and (
                len(run) >= _INFOBOX_MIN_LINES or (
                len(run) == _CAPTIONED_MIN_LINES and _caption(text, lines, first))):
            boxes.append(_infobox(text, lines, first, run, ends))
        run = fields  # a repeated key starts the next run
        ends = {}
        first = n
        keys = {f.group("key").lower() for f in fields}
    return boxes


# A bar between the fields of one line: "Launched: 6 Aug 1961 | Landed: 8 Aug 1961"
_FIELD_BAR = re.compile(r"[ \t]\|[ \t]+")


def _line_fields(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The "Key: value" fields of the line ``text[start:end]``: one, or one per piece
    between bars when every piece is one ("Born: 14 Feb 1947 | Flight: Soyuz 37")."""
    whole = _INFOBOX_LINE.fullmatch(text, start, end)
    if whole is None or "|" not in whole.group("value"):
        return [whole] if whole is not None else []
    pieces, at = [], start
    for bar in _FIELD_BAR.finditer(text, start, end):
        pieces.append((at, bar.start()))
        at = bar.end()
    pieces.append((at, end))
    fields = [_INFOBOX_LINE.fullmatch(text, a, b) for a, b in pieces]
    return [f for f in fields if f is not None] if all(fields) else [whole]


def _continues_value(text: str, start: int, end: int, field: re.Match[str]) -> bool:
    """Whether the line ``text[start:end]`` goes on with ``field``'s value: it is
    indented to where that value starts, as a fact file's ("Launched:  12 April 1961" over
    "           (09:07 Moscow time)")."""
    line = text[start:end]
    indent = len(line) - len(line.lstrip(" "))
    column = field.start("value") - (text.rfind("\n", 0, field.start("value")) + 1)
    return indent == column and start + indent < end and text[start + indent] not in "|"


_MESSAGE_KEY_LINE = re.compile(rf"^(?:{'|'.join(sorted(_MESSAGE_KEYS))}):[ \t]",
                               re.IGNORECASE | re.MULTILINE)


def message_headers(text: str) -> list[tuple[int, int]]:
    """The spans of a mail's or a post's header blocks ("From: …", "Subject: Re: Mir launch
    date", "Message-ID: …"): what they name is the message's topic, not a claim, and no
    antecedent for "the capsule" in the quoted reply below them."""
    if _MESSAGE_KEY_LINE.search(text) is None:
        return []
    blocks: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []
    for start, end in [*_lines(text), (len(text), len(text))]:
        m = _INFOBOX_LINE.fullmatch(text, start, end) if start < end else None
        if m is not None:
            run.append(m)
            continue
        if len({r.group("key").lower() for r in run} & _MESSAGE_KEYS) >= 2:
            blocks.append((run[0].start(), run[-1].end()))
        run = []
    return blocks


def _infobox(text: str, lines: list[tuple[int, int]], first: int,
             run: list[re.Match[str]], ends: dict[int, int]) -> Table:
    header = [Cell(m.start("key"), m.end("key"), m.group("key")) for m in run]
    value_ends = [ends.get(k, m.end("value")) for k, m in enumerate(run)]
    row = [Cell(m.start("value"), end, text[m.start("value"):end])
           for m, end in zip(run, value_ends, strict=True)]
    caption = _caption(text, lines, first)
    if _CAPTION_KEY.search(run[0].group("key")) and len(run[0].group("value")) <= 40:
        # "FACT FILE: MIR" heads the box it opens: whose facts they are
        header[0] = Cell(header[0].start, header[0].start, "")
    elif caption is not None:  # a label column: its header names no property
        header.insert(0, Cell(caption.start, caption.start, ""))
        row.insert(0, caption)
    return Table(run[0].start(), max(run[-1].end(), value_ends[-1]), header, [row],
                 infobox=True)


def _caption(text: str, lines: list[tuple[int, int]], first: int) -> Cell | None:
    """The heading over the infobox starting at line ``first``: the line above it (or the
    one above a blank line), when it is short and no sentence; over a heading that names
    no subject ("Quick facts"), the heading above that."""
    above = first - 1
    if above >= 0 and not text[slice(*lines[above])].strip():
        above -= 1
    if above < 0:
        return None
    m = _CAPTION.fullmatch(text, *lines[above])
    if m is None or _INFOBOX_LINE.fullmatch(text, *lines[above]):
        return None
    if _GENERIC_CAPTION.fullmatch(m.group("name")):
        return _caption(text, lines, above)
    return Cell(m.start("name"), m.end("name"), m.group("name"))
