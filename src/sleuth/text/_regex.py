"""Small helpers for building fast regular expressions."""

from __future__ import annotations

import re
from collections.abc import Iterable


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
