from pathlib import Path

import pytest

from sleuth.ingest.tsv import parse_gcat_date, read_tsv
from sleuth.model import SleuthError

HEADER = "#JCAT\tName\tLDate\n"


@pytest.mark.parametrize(
    ("raw", "value", "precision"),
    [
        ("1961 Apr 12 0607:00", "1961-04-12T06:07:00Z", "second"),
        ("1961 Apr 12 0747", "1961-04-12T07:47Z", "minute"),
        ("1957 Oct  4", "1957-10-04", "day"),
        ("1957 Oct", "1957-10", "month"),
        ("1992 Feb", "1992-02", "month"),
        ("1960?", "1960?", "year"),
        ("1962 Aug 23 1133?", "1962-08-23T11:33Z?", "minute"),
        ("2025 jan  3?", "2025-01-03?", "day"),
        ("2021 Q2?", "2021-Q2?", "quarter"),
        ("1990s", "1990s", "decade"),
    ],
)
def test_gcat_dates_keep_their_precision(raw: str, value: str, precision: str) -> None:
    date = parse_gcat_date(raw)
    assert date is not None
    assert (date.value, date.precision) == (value, precision)


def test_a_month_is_not_its_first_day() -> None:
    date = parse_gcat_date("1957 Oct")
    assert date is not None
    assert (date.start, date.end) == ("1957-10-01T00:00:00Z", "1957-11-01T00:00:00Z")


@pytest.mark.parametrize("raw", ["-", "*", "?", None])
def test_empty_markers(raw: str | None) -> None:
    assert parse_gcat_date(raw) is None


@pytest.mark.parametrize("raw", ["2025 Oct    -", "1961 Foo 12", "yesterday"])
def test_unreadable_dates_raise(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_gcat_date(raw)


def write(tmp_path: Path, text: str | bytes) -> Path:
    path = tmp_path / "psatcat.tsv"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_reads_rows_and_snapshot(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "# Updated 2025 Jul 30 2329:45\nS1\tA\t1957 Oct  4\n"
                 "S2\tB\t-\n")
    table = read_tsv(path, ["JCAT", "Name"])
    assert table.snapshot == "2025 Jul 30 2329:45"
    assert [r.get("JCAT") for r in table.rows] == ["S1", "S2"]
    assert table.rows[1].get("LDate") is None
    assert table.rows[0].line == 3


def test_malformed_rows_are_quarantined_with_line(tmp_path: Path) -> None:
    rows = "".join(f"S{i}\tN{i}\t1960\n" for i in range(20))
    path = write(tmp_path, HEADER + rows + "S99\tbroken\n" + "S100\tok\t1961\n")
    table = read_tsv(path, ["JCAT"])
    assert len(table.rows) == 21
    assert [(q.line, q.reason) for q in table.quarantined] == [(22, "2 fields, expected 3")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "is empty"),
        ("   \n", "is empty"),
        (b"\x00\x01\x02binary", "binary"),
        ("JCAT,Name\nS1,A\n", "line 1: expected a GCAT header"),
        ("#Foo\tBar\nx\ty\n", "missing column(s) JCAT"),
        (HEADER, "no data rows"),
        (HEADER + "S1\tA\t1957\nS2\tB", "line 3: file is truncated"),
    ],
)
def test_bad_files_stop_with_file_and_line(tmp_path: Path, content: str | bytes,
                                          message: str) -> None:
    path = write(tmp_path, content)
    with pytest.raises(SleuthError) as info:
        read_tsv(path, ["JCAT"])
    assert str(path) in info.value.message
    assert message in info.value.message


def test_missing_file_names_it_and_suggests_pull(tmp_path: Path) -> None:
    with pytest.raises(SleuthError) as info:
        read_tsv(tmp_path / "launchlog.tsv", ["JCAT"])
    assert "launchlog.tsv" in info.value.message
    assert "sleuth data pull" in (info.value.hint or "")


def test_mostly_malformed_file_is_wrong_format(tmp_path: Path) -> None:
    rows = "".join(f"S{i}\tonly-two\n" for i in range(30))
    with pytest.raises(SleuthError, match="wrong format"):
        read_tsv(write(tmp_path, HEADER + rows + "S1\tA\t1957\n"), ["JCAT"])
