"""Tests for sleuth.text.document."""

from pathlib import Path

import pytest

from sleuth.model import SleuthError
from sleuth.text.document import Document, document_from_bytes, html_to_text, read_document


def test_txt_is_kept_exactly(tmp_path: Path) -> None:
    raw = "Sputnik 1 flew in 1957.\r\n\r\n  Wel-\ncomed   by all.\n"
    f = tmp_path / "a.txt"
    f.write_bytes(raw.encode("utf-8"))
    doc = read_document(f)
    assert doc == Document(path=str(f), text=raw, format="txt")


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    f = tmp_path / "a.md"
    f.write_bytes(b"\xef\xbb\xbf# Vostok\n")
    doc = read_document(f)
    assert doc.text == "# Vostok\n"
    assert doc.format == "md"


def test_cp1252_fallback() -> None:
    data = "Gagarin\u2019s flight \u2014 caf\u00e9".encode("cp1252")
    doc = document_from_bytes(data, name="x.txt", fmt="txt")
    assert doc.text == "Gagarin\u2019s flight \u2014 caf\u00e9"


def test_html_visible_text(tmp_path: Path) -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Nav title</title><style>p{color:red}</style></head>"
        "<body><h1>Vostok  1</h1><script>var launched = 1960;</script>"
        "<p>Gagarin flew on <b>April 12, 1961</b>.\nHe orbited once.</p>"
        "<noscript>Enable JavaScript</noscript><ul><li>One</li><li>Two &amp; three</li></ul>"
        "<div>A<br>B</div><!-- hidden --></body></html>"
    )
    f = tmp_path / "page.HTML"
    f.write_text(html, encoding="utf-8")
    doc = read_document(f)
    assert doc.format == "html"
    assert doc.text.startswith("Vostok 1\n\nGagarin flew on April 12, 1961. He orbited once.")
    for hidden in ("var launched", "color:red", "Enable JavaScript", "Nav title", "hidden", "<"):
        assert hidden not in doc.text
    assert "Two & three" in doc.text
    assert "A\nB" in doc.text
    assert "\n\n\n" not in doc.text


def test_html_to_text_without_body() -> None:
    assert html_to_text("<p>Luna 2</p>") == "Luna 2"


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"<!doctype html><p>Mir</p>", "html"),
        (b"<p>Mir</p>", "html"),
        (b"<body>Mir</body>", "html"),
        (b"Mir was launched in 1986 and x < y > z.", "stdin"),
    ],
)
def test_stdin_sniffing(data: bytes, fmt: str) -> None:
    doc = document_from_bytes(data, name="-", fmt="stdin")
    assert doc.format == fmt
    assert "Mir" in doc.text


def _error(call) -> SleuthError:  # type: ignore[no-untyped-def]
    with pytest.raises(SleuthError) as info:
        call()
    assert info.value.hint
    return info.value


def test_missing_file(tmp_path: Path) -> None:
    err = _error(lambda: read_document(tmp_path / "nope.txt"))
    assert "not found" in err.message


def test_directory(tmp_path: Path) -> None:
    err = _error(lambda: read_document(tmp_path))
    assert "directory" in err.message


@pytest.mark.parametrize("name", ["paper.pdf", "paper.docx", "noext"])
def test_unsupported_extension_names_supported_formats(tmp_path: Path, name: str) -> None:
    f = tmp_path / name
    f.write_bytes(b"text")
    err = _error(lambda: read_document(f))
    assert "not supported" in err.message
    assert ".txt" in (err.hint or "") and ".html" in (err.hint or "") and ".md" in (err.hint or "")


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "e.txt"
    f.write_bytes(data)
    err = _error(lambda: read_document(f))
    assert "empty" in err.message


def test_html_without_visible_text_is_empty() -> None:
    err = _error(
        lambda: document_from_bytes(b"<html><script>x</script></html>", name="p.html", fmt="html")
    )
    assert "empty" in err.message


@pytest.mark.parametrize(
    "data", [b"abc\x00def", bytes(range(1, 9)) * 100, b"\x89PNG\r\n\x1a\n" + bytes(200)]
)
def test_binary(data: bytes) -> None:
    err = _error(lambda: document_from_bytes(data, name="b.txt", fmt="txt"))
    assert "binary" in err.message


def test_oversized(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(b"a" * 101)
    err = _error(lambda: read_document(f, max_bytes=100))
    assert "too large" in err.message
    err = _error(lambda: document_from_bytes(b"a" * 101, name="-", max_bytes=100))
    assert "too large" in err.message


def test_exact_limit_is_fine(tmp_path: Path) -> None:
    f = tmp_path / "ok.txt"
    f.write_bytes(b"a" * 100)
    assert read_document(f, max_bytes=100).text == "a" * 100


def test_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "locked.txt"
    f.write_text("x")

    def deny(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", deny)
    err = _error(lambda: read_document(f))
    assert "Permission denied" in err.message


def test_unknown_format() -> None:
    err = _error(lambda: document_from_bytes(b"x", name="x", fmt="pdf"))
    assert "format" in err.message
