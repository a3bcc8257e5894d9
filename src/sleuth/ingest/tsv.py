"""Reading GCAT-style TSV files: a ``#`` header line, ``# Updated`` comments, padded fields.

The reader is strict about the file (wrong header, truncation, emptiness stop the build
with a message naming the file and line) and lenient about rows (a malformed row is
quarantined with its reason, never silently dropped).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sleuth.model import PartialDate, Quarantined, SleuthError, iso_instant

_UPDATED = re.compile(r"^#\s*Updated\s+(.+?)\s*$")


@dataclass(slots=True)
class TsvRow:
    line: int
    fields: dict[str, str]
    raw: str

    def get(self, column: str) -> str | None:
        """The stripped value of ``column``, or None for GCAT's empty marker ``-``."""
        value = self.fields.get(column, "").strip()
        return None if value in ("", "-") else value


@dataclass(slots=True)
class TsvFile:
    path: Path
    columns: list[str]
    snapshot: str | None
    rows: list[TsvRow] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)


def read_tsv(path: Path, required: Sequence[str]) -> TsvFile:
    """Read a GCAT TSV file, checking that it has at least the ``required`` columns.

    Raises SleuthError for a missing, empty, truncated or wrong-format file.
    """
    name = path.name
    if not path.is_file():
        raise SleuthError(
            f"{path}: source file is missing",
            hint="Run `sleuth data pull --from ../shared/data` (or without --from to download).",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SleuthError(f"{path}: cannot read source file ({exc.strerror})") from exc
    if not data.strip():
        raise SleuthError(f"{path}: source file is empty")
    if b"\x00" in data:
        raise SleuthError(f"{path}: source file is binary, not a TSV file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad_line = data[: exc.start].count(b"\n") + 1
        raise SleuthError(f"{path}, line {bad_line}: not valid UTF-8 text") from exc

    lines = text.split("\n")
    ends_with_newline = text.endswith("\n")
    if ends_with_newline:
        lines.pop()
    header_line = lines[0]
    if not header_line.startswith("#") or "\t" not in header_line:
        raise SleuthError(
            f"{path}, line 1: expected a GCAT header line starting with '#' and tab-separated "
            f"column names, found {header_line[:60]!r}"
        )
    columns = [c.strip() for c in header_line[1:].split("\t")]
    missing = [c for c in required if c not in columns]
    if missing:
        raise SleuthError(
            f"{path}, line 1: wrong format for {name}: missing column(s) {', '.join(missing)}"
        )

    out = TsvFile(path=path, columns=columns, snapshot=None)
    for number, line in enumerate(lines[1:], start=2):
        if line.startswith("#"):
            m = _UPDATED.match(line)
            if m and out.snapshot is None:
                out.snapshot = m.group(1)
            continue
        if not line.strip():
            continue
        parts = line.rstrip("\r").split("\t")
        if len(parts) != len(columns):
            is_last = number == len(lines)
            if is_last and not ends_with_newline and len(parts) < len(columns):
                raise SleuthError(
                    f"{path}, line {number}: file is truncated (last row has {len(parts)} of "
                    f"{len(columns)} fields and no line ending)",
                    hint="Pull the file again: `sleuth data pull`.",
                )
            out.quarantined.append(
                Quarantined(name, number, f"{len(parts)} fields, expected {len(columns)}", line)
            )
            continue
        out.rows.append(TsvRow(number, dict(zip(columns, parts, strict=True)), line))
    if not out.rows:
        raise SleuthError(f"{path}: no data rows after the header")
    if len(out.quarantined) > max(10, len(out.rows) // 10):
        raise SleuthError(
            f"{path}: wrong format: {len(out.quarantined)} malformed rows "
            f"(first at line {out.quarantined[0].line}: {out.quarantined[0].reason})"
        )
    return out


_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_GCAT_DATE = re.compile(
    r"^(?P<y>\d{3,4})(?:\s+(?P<mo>[A-Za-z]{3})(?:\s+(?P<d>\d{1,2})"
    r"(?:\s+(?P<h>\d{2})(?P<mi>\d{2})?(?:h)?(?::(?P<s>\d{2}(?:\.\d+)?))?)?)?)?\s*(?P<q>\?)?$"
)
_GCAT_QUARTER = re.compile(r"^(?P<y>\d{4})\s+Q(?P<q>[1-4])\s*(?P<u>\?)?$")
_GCAT_DECADE = re.compile(r"^(?P<y>\d{3})0s\s*(?P<u>\?)?$")


@dataclass(frozen=True, slots=True)
class GcatDate:
    """A GCAT date: a :class:`PartialDate`, or a quarter or decade it cannot express.

    ``start``/``end`` bound the covered UTC interval as ISO strings (end exclusive).
    """

    value: str
    precision: str
    start: str
    end: str
    date: PartialDate | None = None


def parse_gcat_date(raw: str | None) -> GcatDate | None:
    """Parse ``1961 Apr 12 0607:00``, ``1957 Oct``, ``1960?``, ``2021 Q2``, ``1990s``.

    Returns None for empty markers (``-``, ``*`` meaning "still going", ``?``).
    Raises ValueError for anything else it cannot read.
    """
    if raw is None:
        return None
    text = raw.strip()
    if text in ("", "-", "*", "?"):
        return None
    m = _GCAT_DATE.match(text)
    if m:
        g = m.groupdict()
        month = _MONTHS.get(g["mo"].lower()) if g["mo"] else None
        if g["mo"] and month is None:
            raise ValueError(f"unknown month {g['mo']!r}")
        date = PartialDate(
            int(g["y"]),
            month,
            int(g["d"]) if g["d"] else None,
            int(g["h"]) if g["h"] else None,
            int(g["mi"]) if g["mi"] else None,
            float(g["s"]) if g["s"] else None,
            uncertain=bool(g["q"]),
        )
        return GcatDate(
            date.iso(), date.precision.value, iso_instant(date.start()), iso_instant(date.end()),
            date,
        )
    m = _GCAT_QUARTER.match(text)
    if m:
        year, quarter = int(m["y"]), int(m["q"])
        first = PartialDate(year, 3 * quarter - 2)
        last = PartialDate(year, 3 * quarter)
        value = f"{year}-Q{quarter}" + ("?" if m["u"] else "")
        return GcatDate(
            value, "quarter", iso_instant(first.start()), iso_instant(last.end())
        )
    m = _GCAT_DECADE.match(text)
    if m:
        decade = int(m["y"]) * 10
        value = f"{decade}s" + ("?" if m["u"] else "")
        return GcatDate(
            value,
            "decade",
            iso_instant(PartialDate(decade).start()),
            iso_instant(PartialDate(decade + 10).start()),
        )
    raise ValueError(f"unreadable GCAT date {raw!r}")


def parse_float(raw: str | None) -> float | None:
    """A padded GCAT number (``'  7790 '``); None for empty markers; ValueError otherwise."""
    if raw is None:
        return None
    text = raw.strip().rstrip("?")
    if text in ("", "-", "*"):
        return None
    return float(text)
