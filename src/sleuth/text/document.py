"""Read the documents a user asks Space Sleuth to check: plain text, Markdown or HTML.

Plain text and Markdown are kept exactly as decoded, so that every offset the finders report
indexes the user's file. HTML is reduced to its visible text (scripts, styles and the head
dropped; block elements become line breaks; tables become Markdown pipe tables, one row
per line) and offsets index that extracted text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from sleuth.model import SleuthError

DEFAULT_MAX_BYTES = 5_000_000
FORMATS = ("txt", "md", "html", "stdin")
EXTENSIONS = {
    ".txt": "txt",
    ".text": "txt",
    ".srt": "txt",  # subtitles: plain text whose cue timings the checker reads past
    ".vtt": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_SUPPORTED = "plain text (.txt, or subtitles: .srt, .vtt), Markdown (.md) or HTML (.html, .htm)"
_CONVERT_HINT = (
    "Save or export it as " + _SUPPORTED + " and try again, or pipe its text in on stdin."
)
_HTML_SNIFF_RE = re.compile(rb"<!doctype\s+html|<html[\s>]|<body[\s>]|<p[\s>]|<div[\s>]", re.I)
_DROP_TAGS = ("script", "style", "noscript", "head", "template", "svg", "iframe", "object")
_BLOCK_TAGS = frozenset(
    """
    address article aside blockquote br dd details dialog div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary
    table tbody td tfoot th thead tr ul title caption
    """.split()  # noqa: SIM905 - a word list reads best as text
)
_BLANK_RUNS_RE = re.compile(r"\n[ \t\r\f\v]*(?:\n[ \t\r\f\v]*)+")
_SPACE_RUNS_RE = re.compile(r"[ \t\r\f\v]+")
_SPACE_AROUND_NL_RE = re.compile(r"[ \t]*\n[ \t]*")


@dataclass(frozen=True)
class Document:
    """A document's text as the finders see it; ``format`` is "txt", "md", "html" or "stdin"."""

    path: str
    text: str
    format: str


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read a .txt, .md or .html file; raise :class:`SleuthError` when that is not possible."""
    p = Path(path)
    shown = str(path)
    if not p.exists():
        raise SleuthError(
            f"File not found: {shown}", hint="Check the path, or pass '-' to read from stdin."
        )
    if p.is_dir():
        raise SleuthError(
            f"{shown} is a directory, not a document.",
            hint=f"Pass one file: {_SUPPORTED}.",
        )
    fmt = EXTENSIONS.get(p.suffix.lower())
    if fmt is None:
        what = f"'{p.suffix}' files" if p.suffix else "files without an extension"
        raise SleuthError(
            f"Cannot read {shown}: {what} are not supported.",
            hint=f"Supported formats: {_SUPPORTED}. {_CONVERT_HINT}",
        )
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise _too_big(shown, size, max_bytes)
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise SleuthError(
            f"Cannot read {shown}: {exc.strerror or exc}.",
            hint="Check that the file exists and that you have permission to read it.",
        ) from exc
    return document_from_bytes(data, name=shown, fmt=fmt, max_bytes=max_bytes)


def document_from_bytes(
    data: bytes, *, name: str, fmt: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Document:
    """Build a :class:`Document` from raw bytes (an upload, stdin).

    ``fmt`` is "txt", "md", "html" or "stdin"; None or "stdin" sniffs HTML from the content
    (the returned format then is "html" or "stdin").
    """
    if fmt is not None and fmt not in FORMATS:
        raise SleuthError(
            f"Unknown document format {fmt!r} for {name}.",
            hint=f"Use one of: {', '.join(FORMATS)}.",
        )
    if len(data) > max_bytes:
        raise _too_big(name, len(data), max_bytes)
    text = _decode(data, name)
    if fmt is None or fmt == "stdin":
        fmt = "html" if _HTML_SNIFF_RE.search(data[:4096]) else "stdin"
    if fmt == "html":
        text = html_to_text(text)
    if not text.strip():
        raise SleuthError(
            f"{name} is empty" + (" (no visible text)." if fmt == "html" else "."),
            hint="Give a document with some text in it.",
        )
    return Document(path=name, text=text, format=fmt)


def _too_big(name: str, size: int, max_bytes: int) -> SleuthError:
    return SleuthError(
        f"{name} is too large: {size:,} bytes (the limit is {max_bytes:,}).",
        hint="Split it into smaller documents, or check only the part you need.",
    )


def _decode(data: bytes, name: str) -> str:
    """UTF-8 (a BOM is dropped), else cp1252 if the bytes look like text; else an error."""
    if not data.strip():
        raise SleuthError(f"{name} is empty.", hint="Give a document with some text in it.")
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise _binary(name)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise _binary(name) from exc
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError as exc:
                raise _binary(name) from exc
    if _mostly_control(text):
        raise _binary(name)
    return text


def _mostly_control(text: str) -> bool:
    sample = text[:8192]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return bad > max(8, len(sample) // 20)


def _binary(name: str) -> SleuthError:
    return SleuthError(
        f"{name} looks like a binary file, not text.",
        hint=f"Space Sleuth reads {_SUPPORTED}. {_CONVERT_HINT}",
    )


def html_to_text(html: str) -> str:
    """The visible text of an HTML document: one line per block, blank-line runs collapsed."""
    tree = LexborHTMLParser(html)
    for tag in _DROP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    parts: list[str] = []
    _walk(root, parts)
    text = "".join(parts)
    text = _SPACE_RUNS_RE.sub(" ", text)
    text = _SPACE_AROUND_NL_RE.sub("\n", text)
    text = _BLANK_RUNS_RE.sub("\n\n", text)
    return text.strip()


def _walk(node: LexborNode, parts: list[str]) -> None:
    """Append the text under ``node``; block elements are set off by blank lines."""
    child = node.child
    while child is not None:
        tag = child.tag
        if child.is_text_node:
            parts.append((child.text_content or "").replace("\n", " "))
        elif child.is_comment_node:
            pass
        elif tag == "br":
            parts.append("\n")
        elif tag == "pre":
            parts.append("\n\n" + (child.text(deep=True) or "") + "\n\n")
        elif tag == "table" and (rows := _table_rows(child)):
            parts.append("\n\n" + _pipe_table(rows) + "\n\n")
        elif tag in _BLOCK_TAGS:
            sep = "\n" if tag in ("li", "td", "th", "tr", "dt", "dd") else "\n\n"
            parts.append(sep)
            _walk(child, parts)
            parts.append(sep)
        else:
            _walk(child, parts)
        child = child.next


def _table_rows(table: LexborNode) -> list[list[str]]:
    """The text of each cell of each row of ``table`` (not of the tables nested in it)."""
    rows = []
    for row in table.css("tr"):
        if _nearest_table(row) != table.mem_id:
            continue
        cells = [" ".join((cell.text(deep=True) or "").split()).replace("|", "\\|")
                 for cell in row.iter() if cell.tag in ("td", "th")]
        if cells:
            rows.append(cells)
    return rows


def _nearest_table(node: LexborNode) -> int | None:
    """The ``mem_id`` of the table ``node`` is in (nodes are new objects on each access)."""
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return None if parent is None else parent.mem_id


def _pipe_table(rows: list[list[str]]) -> str:
    """``rows`` as a Markdown pipe table whose header is the first row (see
    :mod:`sleuth.text.tables`); a one-row table is just its row."""
    width = max(len(row) for row in rows)
    lines = ["| " + " | ".join(row + [""] * (width - len(row))) + " |" for row in rows]
    if len(lines) > 1:
        lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)
