"""Small helpers for building fast regular expressions."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def fold_case(text: str) -> str | None:
    r"""``text`` lowered offset for offset, so that a pattern of lower-case ASCII letters,
    ASCII punctuation, ``\b``, ``\w``, ``\d`` and ``\s`` matches it case-sensitively exactly
    where it matches ``text`` with ``re.IGNORECASE`` (and scans faster); None when lowering
    changes the length ("İ" becomes two characters).

    Besides what ``str.lower`` does, ``re.IGNORECASE`` matches "ı" to "i" and "ſ" to "s";
    lowering never turns a word character into another class (tests/text checks every one).
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    for char, letter in _IGNORECASE_EXTRAS:
        if char in lowered:
            lowered = lowered.replace(char, letter)
    return lowered


_IGNORECASE_EXTRAS = (("ı", "i"), ("ſ", "s"))


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing regex matching any of ``words``, factored by common prefixes.

    Python's regex engine tries alternatives one by one; a prefix trie lets it reject most
    positions after one character, which makes word lists several times faster to scan.
    A space inside a word matches any run of white space. Longer words win over their
    prefixes ("miles" over "mile"). Returns a pattern that never matches for no words.
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return "(?!)"
    return f"(?:{_emit(root)})"


def _emit(node: dict[str, dict]) -> str:
    alts = []
    optional = False
    for key in sorted(node):
        if key == "":
            optional = True
            continue
        piece = r"\s+" if key == " " else re.escape(key)
        alts.append(piece + _emit(node[key]))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if optional else body


def literal_starts(pattern: re.Pattern[str]) -> tuple[str, ...]:
    r"""Strings one of which every match of ``pattern`` contains: the literal text each of
    its alternatives starts with (those of ``\b(?:a|b|…)\b`` for such a pattern). An
    alternative that starts with no literal text gives ``""``, which every text contains,
    and so does a pattern with flags that make literal text match more than itself."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return ("",)
    body = pattern.pattern.removeprefix(r"\b").removesuffix(r"\b")
    alternatives = _alternatives(body)
    if alternatives == [body] and body.startswith("(?:") and body.endswith(")"):
        alternatives = _alternatives(body[3:-1]) or alternatives
    return tuple(start for a in alternatives or [""] for start in _literal_start(a))


def _alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of a regular expression; None when its parentheses do
    not pair up."""
    out: list[str] = []
    depth = start = i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1  # an escaped character
        elif char == "[":  # a class, where "]" right after "[" or "[^" is literal
            i += 2 if pattern[i + 1 : i + 2] == "^" else 1
            i += pattern[i : i + 1] == "]"
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            if i >= len(pattern):
                return None
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]] if depth == 0 else None


_LITERAL_START = re.compile(r"[\w ,'’-]*")


def _literal_start(alternative: str) -> tuple[str, ...]:
    """The literal text an alternative starts with; an optional character inside it gives
    a start with it and one without ("re-?entry": "re-entry" and "reentry"), which are
    rarer in text than the shorter literal before it ("re")."""
    literal = _LITERAL_START.match(alternative).group()  # type: ignore[union-attr]
    after = alternative[len(literal) : len(literal) + 1]
    if after == "?" and literal:
        rest = _literal_start(alternative[len(literal) + 1 :])
        return tuple(head + tail for head in (literal[:-1], literal) for tail in rest)
    if after in ("?", "*", "{"):
        literal = literal[:-1]  # the last character is optional or repeated
    return (literal,)


def chained_matches(pattern: re.Pattern[str], text: str, pos: int) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` from ``pos``, each starting where the one before ended:
    the further items of a list ("on the 8th" → ", and the 14th" → ", and the 21st")."""
    while (m := pattern.match(text, pos)) is not None and m.end() > pos:
        yield m
        pos = m.end()
