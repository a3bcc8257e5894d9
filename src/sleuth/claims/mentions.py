"""Finding catalog entities named in free text.

Text and aliases are compared as streams of normalized tokens ("Soyuz-19" and "SOYUZ 19"
are both ``soyuz 19``), matched in one pass with an Aho–Corasick automaton
(pyahocorasick); matches map back to code-point offsets in the original text. The
longest match wins where names overlap ("Luna 2" over "Luna").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from itertools import accumulate

import ahocorasick

from sleuth.catalog.names import normalize
from sleuth.catalog.store import KIND_PRIORITY, Catalog
from sleuth.model import Mention

TOKEN = re.compile(r"[^\W\d_]+|\d+")
_ROMAN_OF = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "5": "v", "6": "vi", "7": "vii",
             "8": "viii", "9": "ix", "10": "x", "11": "xi", "12": "xii"}

CELESTIAL_BODIES = frozenset({"earth", "moon", "sun", "mars", "venus", "mercury", "jupiter",
                              "saturn"})
LINKED_KINDS = ("spacecraft", "mission", "person", "site", "organization", "country",
                "program", "vehicle", "station_module", "agreement")
# Single words that name catalog things but in prose almost always mean something else.
GENERIC_WORDS = frozenset(
    """
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday earth moon sun mars venus mercury
jupiter saturn space station rocket satellite mission program programme module spacecraft
probe orbit launch first second third the and for with from into union soviet russian
american chinese european europe state states united national agency
international science research test experiment freedom unity progress discovery hope
spirit pioneer explorer challenger endeavour enterprise columbia atlantis liberty victory
star stars world peace dawn genesis horizon eagle falcon phoenix friendship energy new old
north south east west cosmos kosmos lunar solar zond vega salyut soyuz proton vostok
voskhod apollo gemini mercury shuttle energia energiya luna
""".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Target:
    entity_id: str
    name: str
    kind: str
    exact_name: bool  # the alias is the entity's own name


def _fold(token: str) -> str:
    if token.isascii():
        return token.lower()
    text = unicodedata.normalize("NFKD", token)
    text = "".join(c for c in text if not unicodedata.combining(c) or c in "\u0306\u0308")
    return unicodedata.normalize("NFC", text).casefold()


class Gazetteer:
    """Every linkable name in a catalog snapshot, compiled for one-pass matching."""

    def __init__(self, catalog: Catalog) -> None:
        marks = ",".join("?" * len(LINKED_KINDS))
        rows = catalog.execute(
            "SELECT a.norm, a.source, e.id, e.name, e.kind FROM alias a "
            f"JOIN entity e ON e.id = a.entity_id WHERE e.kind IN ({marks}) "
            "AND a.source != 'code'",
            LINKED_KINDS,
        )
        # A bare one-word spacecraft name ("Yuri", "Hope") is trusted only for objects the
        # history layer covers or that carried a crew; others need a numbered name.
        notable = {r[0] for r in catalog.execute(
            "SELECT DISTINCT entity_id FROM fact WHERE source = 'curated' "
            "OR property IN ('crewed', 'crew')")}
        targets: dict[str, dict[str, Target]] = defaultdict(dict)
        surnames: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for norm, source, eid, name, kind in rows:
            if not _linkable(norm, kind, source):
                continue
            if " " not in norm and (kind == "person" or (
                    kind in ("spacecraft", "mission") and eid not in notable)):
                continue
            targets[norm][eid] = Target(eid, name, kind, normalize(name) == norm)
            if kind == "person" and norm == normalize(name):
                surname = norm.rsplit(" ", 1)[-1]
                if len(surname) >= 4 and surname.isalpha():
                    surnames[surname].append((eid, name))
        for surname, people in surnames.items():
            if len({eid for eid, _ in people}) == 1 and surname not in targets:
                eid, name = people[0]
                targets[surname][eid] = Target(eid, name, "person", False)
        self.automaton = ahocorasick.Automaton()
        for norm, by_id in targets.items():
            payload = tuple(by_id.values())
            self.automaton.add_word(f" {norm} ", (norm, payload))
            # "Sputnik I", "Apollo XI": writers' Roman numerals for a trailing number.
            head, _, number = norm.rpartition(" ")
            if head and number in _ROMAN_OF:
                roman = f"{head} {_ROMAN_OF[number]}"
                if roman not in targets:
                    self.automaton.add_word(f" {roman} ", (roman, payload))
        self.automaton.make_automaton()
        self.size = len(targets)

    def find(self, text: str) -> list[Mention]:
        """Entity mentions in ``text``, longest-first, non-overlapping, in text order."""
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters change length when lowered
            lowered = text
        tokens = list(TOKEN.finditer(lowered))
        parts = [t.group() if t.group().isascii() else _fold(t.group()) for t in tokens]
        stream = " " + " ".join(parts) + " "
        starts = list(accumulate((len(p) + 1 for p in parts), initial=1))
        found: list[tuple[int, int, tuple[Target, ...]]] = []
        for end, (norm, targets) in self.automaton.iter(stream):
            pos = end - len(norm)
            first = bisect_left(starts, pos)
            if first >= len(tokens) or starts[first] != pos:
                continue
            last = first + norm.count(" ")
            start, stop = tokens[first].start(), tokens[last].end()
            if not _looks_like_a_name(text[start:stop], norm):
                continue
            found.append((first, last, targets))
        found.sort(key=lambda f: (f[0] - f[1], f[0]))
        taken: set[int] = set()
        mentions: list[Mention] = []
        for first, last, targets in found:
            if any(i in taken for i in range(first, last + 1)):
                continue
            taken.update(range(first, last + 1))
            target = choose(targets)
            start, stop = tokens[first].start(), tokens[last].end()
            mentions.append(Mention(start, stop, target.entity_id, target.name, target.kind,
                                    text[start:stop]))
        mentions.sort(key=lambda m: m.start)
        return mentions


def choose(targets: tuple[Target, ...]) -> Target:
    """The entity a shared name most likely means: its own name first, then by kind."""
    return min(targets, key=lambda t: (not t.exact_name, KIND_PRIORITY.get(t.kind, 9),
                                       t.entity_id))


def _linkable(norm: str, kind: str, source: str) -> bool:
    if len(norm) < 3 or norm.replace(" ", "").isdigit():
        return False
    if " " not in norm and norm in GENERIC_WORDS:
        # "Soyuz", "Salyut", "Luna" alone name the curated programme, never a planet.
        return kind == "program" and source == "curated" and norm not in CELESTIAL_BODIES
    # GCAT designations like "1961 mu 1" are not how prose names things.
    return not (norm[:4].isdigit() and kind in ("spacecraft", "launch"))


def _looks_like_a_name(surface: str, norm: str) -> bool:
    """Proper names are capitalized (or digits, or non-Latin script)."""
    first = surface[:1]
    if not first.isalpha() or not first.isascii():
        return True
    return first.isupper() or (" " in norm and any(w[:1].isupper() for w in surface.split()))
