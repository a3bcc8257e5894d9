"""Finding catalog entities named in free text.

Text and aliases are compared as streams of normalized tokens ("Soyuz-19" and "SOYUZ 19"
are both ``soyuz 19``), matched in one pass with an Aho–Corasick automaton
(pyahocorasick); matches map back to code-point offsets in the original text. The
longest match wins where names overlap ("Luna 2" over "Luna").
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any

import ahocorasick

from sleuth.catalog import names as names_module
from sleuth.catalog.names import (
    ROMAN_NUMERALS,
    fold_accents,
    normalize,
    spelling_variants,
    umlaut_spelling,
)
from sleuth.catalog.store import KIND_PRIORITY, Catalog
from sleuth.model import Mention
from sleuth.text.quantities import find_quantities
from sleuth.text.segment import sentence_around

TOKEN = re.compile(r"[^\W\d_]+|\d+")
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")  # text between tokens, token, text between …
_ASCII_TOKEN_SPLIT = re.compile(rb"([A-Za-z]+|[0-9]+)")  # the same, where all words are ASCII
_ASCII = bytes(range(128))
# list[str], or list[bytes] where all word characters are ASCII (see _split); Any, as
# the type checker cannot tell that one join never mixes the two
Pieces = list[Any]
_WORD = re.compile(r"\w")
# A name never runs across these ("… docked to the ISS, so Roscosmos …" is not "ISS-SO").
# (and a line's markup at a line break: "== Mir ==" over "- Core module launch: …" is no
# "Mir core module"; a line wrapped in running text is no break)
_CLAUSE_PUNCTUATION = re.compile(r"[,;:()\[\]]|\n[ \t]*(?:[-*•#=|>]|\n)|[=#|][ \t]*\n")
_CLAUSE_PUNCTUATION_BYTES = re.compile(_CLAUSE_PUNCTUATION.pattern.encode())
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_OWN_CASE = re.compile(r"[a-z][A-Z]")  # "BelKA", "SpaceX": a capital after a small letter
# An acronym only ever written in capitals ("FAR", "HAD", "ERA") is that word only in
# capitals: "the Far East" is no launch site. Agencies ("Nasa") and notable objects are
# exempt.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ROMAN_OF = {str(n): numeral for numeral, n in ROMAN_NUMERALS.items() if n <= 12}
_ROMANS = frozenset(_ROMAN_OF.values())

SOYUZ_VERSION = re.compile(r"soyuz (?P<short>(?:t|tm|tma|ms) \d+(?: m)?)")
CELESTIAL_BODIES = frozenset({"earth", "moon", "sun", "mars", "venus", "mercury", "jupiter",
                              "saturn"})
LINKED_KINDS = ("spacecraft", "mission", "person", "site", "organization", "country",
                "program", "vehicle", "station_module", "agreement")
# What a craft is, written after a name of it ("the Lomonosov satellite")
CRAFT_NOUNS = ("satellite", "probe", "spacecraft", "observatory", "orbiter", "lander",
               "telescope")
# Single words that name catalog things but in prose almost always mean something else.
GENERIC_WORDS = frozenset(
    """
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday earth moon sun mars venus mercury
jupiter saturn space station rocket satellite mission program programme module spacecraft
probe orbit launch first second third the and for with from into union soviet russian
american chinese european europe state states united national agency
international science research test experiment freedom progress discovery hope
spirit pioneer explorer challenger endeavour enterprise columbia atlantis liberty victory
star stars world peace dawn genesis horizon eagle falcon phoenix friendship energy new old
north south east west cosmos kosmos lunar solar zond vega salyut soyuz proton vostok
voskhod apollo gemini mercury shuttle energia energiya luna
""".split()  # noqa: SIM905
)


# "Soyuz 36, 37 and 38": the numbers after a name that ends in one.
SERIES_NEXT = re.compile(r"(?P<gap>\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?P<num>\d{1,3})"
                         r"(?![\w.-]|,\d)", re.IGNORECASE)
SERIES_GAP_STARTS = frozenset(", \t\n")
# (not a date after the name: "Kristall 06/1990", "Kristall 1990-05-31", "Mir 1986")
NUMBER_AFTER = re.compile(r"[ -]?\d(?!\d/\d{4}\b|\d{3}(?:-\d\d-\d\d)?\b)")

# The entity id of a surname several people share, resolved in each text (see _Names).
SHARED_SURNAME = "?surname"


@dataclass(frozen=True, slots=True)
class Target:
    entity_id: str
    name: str
    kind: str
    exact_name: bool  # the alias is the entity's own name


def _fold(token: str) -> str:
    if token.isascii():
        return token.lower()
    return fold_accents(token).casefold()


class Gazetteer:
    """Every linkable name in a catalog snapshot, compiled for one-pass matching.

    The names are read from the catalog once and cached next to it (see
    :func:`cache_path`); the cache is rebuilt when the catalog or this code changes.
    """

    def __init__(self, catalog: Catalog, *, use_cache: bool = True) -> None:
        names = _read_cache(catalog) if use_cache else None
        if names is None:
            names = _compile_names(catalog)
            if use_cache:
                _write_cache(catalog, names)
        self.size = names.size
        self._aliases = names.aliases
        self._targets = [names.entities[i] for i in names.entity_of]
        self._women = frozenset(names.women)
        self._station_parts = frozenset(names.station_parts)
        self._shared = {surname: frozenset(ids) for surname, ids in names.shared.items()}
        self._careers = names.careers
        self._shapes = [(len(alias), alias.count(" ")) for alias in names.aliases]
        punctuated = set(names.punctuated)
        self._punctuated = frozenset(
            index for index, alias in enumerate(names.aliases) if alias in punctuated)
        self._cased = {index: names.cased[alias] for index, alias in enumerate(names.aliases)
                       if alias in names.cased}
        self._acronyms = {index: alias for index, alias in enumerate(names.aliases)
                          if alias in names.acronyms}
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for index, alias in enumerate(names.aliases):
            self.automaton.add_word(f" {alias} ", index)
        self.automaton.make_automaton()

    def find(self, text: str) -> list[Mention]:
        """Entity mentions in ``text``, longest-first, non-overlapping, in text order."""
        pieces, written = _split(text)  # token k is pieces[2k + 1]
        # Lowering the joined tokens gives the tokens of the lowered text: lowering keeps
        # every character in its class (letter, digit, other; see the tests), and lowering
        # is per character except for a final sigma, which folding makes σ either way.
        stream = written.lower()
        if len(stream) != len(written):  # a few characters change length when lowered
            stream = written
        if stream.isascii():
            found = self._hits(stream, written, text, pieces)
        else:  # most non-ASCII characters are punctuation, not in tokens
            folded, same_shape = _fold_stream(stream)
            if same_shape:  # a position in the stream is still the same one in written
                found = self._hits(folded, written, text, pieces)
            else:
                found = self._reshaped_hits(stream, text, pieces)
        found.sort()  # longest first, then leftmost (the index never decides)
        taken: set[int] = set()
        chosen: list[tuple[int, int, int]] = []
        for _, first, last, index in found:
            span = range(first, last + 1)
            if taken.isdisjoint(span):
                taken.update(span)
                chosen.append((first, last, index))
        chosen.sort()  # in text order: the chosen mentions do not overlap
        if chosen and 2 * chosen[-1][1] + 2 > len(pieces):  # a reshaped stream can do this
            raise IndexError("list index out of range")
        # The mentions' offsets, measuring the pieces from one mention to the next.
        empty = pieces[0][:0]  # "" or b"": the length of the joined run is its offset
        mentions: list[Mention] = []
        series: list[tuple[Mention, int]] = []  # names ending in a number, and a "," or " "
        unsettled: list[tuple[int, int, str]] = []  # shared surnames no full name settled
        piece = offset = 0  # where pieces[piece] starts
        for first, last, index in chosen:
            entity_id, name, kind = self._targets[index]
            start = offset + len(empty.join(pieces[piece:2 * first + 1]))
            piece = 2 * last + 2
            offset = stop = start + len(empty.join(pieces[2 * first + 1:piece]))
            if index in self._cased and text[start:stop] != self._cased[index] and not (
                    text[start:stop].isupper()):
                continue  # "Belka" the dog is not the satellite "BelKA"
            if kind == "person" and " " not in self._aliases[index] and (
                    NAMED_AFTER_PERSON.match(text, stop) or _hyphened(text, start, stop)):
                continue  # "Gagarin Cosmonaut Training Centre"; "Valkova-Hart" is no Hart
            if index in self._acronyms and not text[start:stop].isupper() and (
                    _used_as_a_word(text, self._acronyms[index])):
                continue  # "Just one month after …" (and "just a week"): not "JUST"
            if kind == "spacecraft" and " " not in self._aliases[index] and (
                    NUMBER_AFTER.match(text, stop)):
                continue  # "Sputnik 5": a member the catalog names otherwise, not Sputnik
            if kind == "spacecraft" and OWNER_BEFORE.search(text, max(0, start - 6), start) and (
                    not any(c.isdigit() for c in self._aliases[index])):
                continue  # "their Crew Dragon": one of its kind, not the one GCAT names so
            if text[start].islower() and self._aliases[index].rpartition(" ")[2] in _ROMANS:
                continue  # "…, so I read": a word and a pronoun, not "SO-1" as "SO I"
            if text.startswith(":", stop) and _speaker_label(text, start, stop):
                continue  # "ANNA: Then the group flight …": a speaker, not the satellite
            if stop - start <= 3 and ITEM_LABEL.match(text, start) and (
                    not text[text.rfind("\n", 0, start) + 1:start].strip()):
                continue  # "C4.  Soyuz 11 was …", "C4  F - it was …": a quiz's item label
            if kind == "person" and " " not in self._aliases[index] and (
                    initials := INITIALS_AFTER_SURNAME.match(text, stop)):
                stop = initials.end()
            elif kind == "person" and start > 2 and text[start - 2] == "." and (
                    initials := INITIALS_BEFORE_SURNAME.search(text, max(0, start - 16), start)):
                start = initials.start()
            if entity_id == SHARED_SURNAME:  # "Romanenko" after "Yuri Romanenko"
                named = self._named_before(mentions, name)
                if named is None:
                    unsettled.append((start, stop, name))
                    continue
                entity_id, name = named.entity_id, named.name
            mentions.append(self._mention(start, stop, entity_id, name, kind, text))
            if stop < len(text) and text[stop - 1].isdigit() and text[stop] in SERIES_GAP_STARTS:
                series.append((mentions[-1], index))
        if unsettled:
            mentions = self._with_careers(text, mentions, unsettled)
        if series:
            mentions = self._with_series(text, mentions, series)
        if any(word in text for word in ("two ", "twin ", "Both ", "both ")):
            mentions = self._with_pairs(text, mentions)
        return mentions

    def _mention(self, start: int, end: int, entity_id: str, name: str, kind: str,
                 text: str) -> Mention:
        """The mention of ``entity_id`` at ``text[start:end]``, with what the catalog
        tells of it (a woman, a station or module)."""
        return Mention(start, end, entity_id, name, kind, text[start:end],
                       female=entity_id in self._women,
                       station_part=entity_id in self._station_parts)

    def _with_pairs(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """``mentions`` with "the two Vega probes", "both Phobos spacecraft" read as the
        pair they name: the first member over the name, the second over the noun. Only a
        series of exactly two ("Vega 1" and "Vega 2", no "Vega 3") is such a pair; "the two
        Soyuz spacecraft" could be any two."""
        out = mentions
        for m in PAIR_PHRASE.finditer(text):
            stem = normalize(m.group("stem"))
            members = [self.automaton.get(f" {stem} {n} ", None) for n in (1, 2, 3)]
            if members[0] is None or members[1] is None or members[2] is not None:
                continue
            targets = [self._targets[members[0]], self._targets[members[1]]]
            if any(kind not in PAIR_KINDS for _, _, kind in targets):
                continue
            spans = [m.span("stem"), m.span("noun")]
            out = [x for x in out if not any(x.start < b and a < x.end for a, b in spans)]
            out += [self._mention(a, b, eid, name, kind, text)
                    for (a, b), (eid, name, kind) in zip(spans, targets, strict=True)]
        return sorted(out, key=lambda x: x.start) if out is not mentions else mentions

    def _with_series(self, text: str, mentions: list[Mention],
                     series: list[tuple[Mention, int]]) -> list[Mention]:
        """``mentions`` and the other members of the series they open: in "Soyuz 36, 37 and
        38" the bare numbers name Soyuz 37 and Soyuz 38. The list must end with "and"
        ("Luna 9, 13 days later" is no series) and no number may be a quantity."""
        found: list[Mention] = []
        taken = [(m.start, m.end) for m in mentions]
        for first, index in series:
            stem = self._aliases[index].rpartition(" ")[0]
            members: list[tuple[int, int, str]] = []
            pos, closed = first.end, False
            while not closed and (m := SERIES_NEXT.match(text, pos)):
                members.append((m.start("num"), m.end("num"), m.group("num")))
                closed = m.group("gap").strip(" ,") in ("and", "&")
                pos = m.end()
            if not closed or not stem or any(
                    q.start == 0 and q.unit not in SERIES_NOUNS for start, _, _ in members
                    for q in find_quantities(text[start:start + 40])[:1]):
                continue  # ("the Phobos 1 and 2 probes": a count of probes is the series)
            for start, end, number in members:
                member = self.automaton.get(f" {stem} {number} ", None)
                if member is None or any(a < end and start < b for a, b in taken):
                    continue
                entity_id, name, kind = self._targets[member]
                if entity_id == SHARED_SURNAME:
                    continue
                found.append(self._mention(start, end, entity_id, name, kind, text))
        return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions

    def _with_careers(self, text: str, mentions: list[Mention],
                      unsettled: list[tuple[int, int, str]]) -> list[Mention]:
        """``mentions`` and the shared surnames no earlier full name settled, each read as
        the one of its people whose flights the sentence agrees with: the one who flew a
        craft it names or with a crewmate it names ("Dobrovolsky, Volkov and Patsayev"),
        else the only one who flew in a year it names ("Titov followed on 7 August 1961").
        Failing that, the one its line (a paragraph) names before, or whose flights the
        line agrees with, or who flew within :data:`_ERA_REACH` years of the line's years
        when no other did ("Titov's flight that August" among the Vostok flights of 1962);
        else the one last named before. A surname nothing settles is left out; a later one
        takes the earlier reading."""
        out = list(mentions)
        for start, stop, surname in unsettled:
            people = sorted(self._shared[surname])
            left, right = sentence_around(text, start, stop, _SENTENCE_END, _SENTENCE_REACH)
            chosen = self._agreeing(people, text, left, right, out)
            if len(chosen) != 1:
                line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", stop)
                if line_end < 0:
                    line_end = len(text)
                earlier = self._named_before(
                    [m for m in out if line_start <= m.start and m.end <= start], surname)
                chosen = [earlier.entity_id] if earlier else self._agreeing(
                    people, text, line_start, line_end, out, era=True)
            if len(chosen) != 1:
                earlier = self._named_before([m for m in out if m.end <= start], surname)
                chosen = [earlier.entity_id] if earlier else []
            if len(chosen) == 1:
                name = self._careers[chosen[0]][0]
                out.append(self._mention(start, stop, chosen[0], name, "person", text))
                out.sort(key=lambda m: m.start)
        return out

    def _agreeing(self, people: list[str], text: str, left: int, right: int,
                  mentions: list[Mention], era: bool = False) -> list[str]:
        """Those of ``people`` who flew a craft named in ``text[left:right]`` or with a
        person named there, else who flew in a year named there (with ``era``: else who
        alone flew within :data:`_ERA_REACH` years of one)."""
        near = [m for m in mentions if left <= m.start and m.end <= right]
        crafts = {m.entity_id for m in near if m.kind != "person"}
        for m in near:
            if m.kind == "person":
                crafts.update(craft for craft, _, _ in self._flights(m.entity_id))
        chosen = [p for p in people if any(craft in crafts for craft, _, _ in self._flights(p))]
        if len(chosen) == 1:
            return chosen
        years = {int(y) for y in _YEAR.findall(text, left, right)}
        chosen = [p for p in people if any(
            first <= year <= last for _, first, last in self._flights(p) for year in years)]
        if len(chosen) == 1 or not era:
            return chosen
        return [p for p in people if any(
            first - _ERA_REACH <= year <= last + _ERA_REACH
            for _, first, last in self._flights(p) for year in years)]

    def _flights(self, person: str) -> list[tuple[str, int, int]]:
        """(craft id, first year, last year) of each flight of a traveller; none for
        anyone the crew sources do not list."""
        career = self._careers.get(person)
        return career[1] if career else []

    def _named_before(self, mentions: list[Mention], surname: str) -> Mention | None:
        """The last person named before whose surname this shared one is."""
        people = self._shared.get(surname, ())
        return next((m for m in reversed(mentions) if m.entity_id in people), None)

    def _hits(self, stream: str, written: str, text: str,
              pieces: Pieces) -> list[tuple[int, int, int, int]]:
        """The aliases found in ``stream`` that pass the name test, as (first - last, first,
        last, alias index) of their tokens. ``written`` is ``stream`` before lowering and
        folding, which changed no token's length, and no token has a space in it."""
        shapes = self._shapes
        count_spaces = stream.count
        offsets = _Offsets(pieces)
        found: list[tuple[int, int, int, int]] = []
        at = count = 0  # a position in the stream and the number of spaces before it
        for end, index in self.automaton.iter(stream):
            length, spaces = shapes[index]
            # Matches come in order of their end, the space after their last token, and
            # the spaces before that end number that token's index plus one.
            count += count_spaces(" ", at, end)
            at = end
            last = count - 1
            first = last - spaces
            if _letter_suffixed(stream, end, pieces, last) or (spaces and (
                    (_crosses_punctuation(pieces, first, last)
                     and index not in self._punctuated)
                    or _crosses_sentence_end(pieces, first, last))):
                continue
            if "a" <= written[end - length] <= "z" and (  # the alias's first character
                    not spaces or not _looks_like_a_name(
                        text[offsets[2 * first + 1]:offsets[2 * last + 2]],
                        self._aliases[index])):
                continue
            found.append((-spaces, first, last, index))
        return found

    def _reshaped_hits(self, stream: str, text: str,
                       pieces: Pieces) -> list[tuple[int, int, int, int]]:
        """As :meth:`_hits`, for a ``stream`` (not yet folded) where folding changes the
        length of a token or puts a space in one."""
        parts = stream[1:-1].split(" ")  # no token has a space in it before folding
        for k in _non_ascii_tokens(stream):
            parts[k] = _fold(parts[k])
        spaced = any(" " in part for part in parts)  # then it takes a slower path
        stream = " " + " ".join(parts) + " "
        token_at = _token_index(stream, parts, spaced)
        offsets = _Offsets(pieces)
        found: list[tuple[int, int, int, int]] = []
        for end, index in self.automaton.iter(stream):
            alias = self._aliases[index]
            first = token_at(end - len(alias))
            if first < 0:
                continue
            last = first + alias.count(" ")
            if _letter_suffixed(stream, end, pieces, last) or (first < last and (
                    (_crosses_punctuation(pieces, first, last)
                     and index not in self._punctuated)
                    or _crosses_sentence_end(pieces, first, last))):
                continue
            start = offsets[2 * first + 1]
            # Only a lower-case ASCII letter first can fail the name test.
            if "a" <= text[start] <= "z" and not _looks_like_a_name(
                    text[start:offsets[2 * last + 2]], alias):
                continue
            found.append((first - last, first, last, index))
        return found


# "the two Vega probes", "both Phobos spacecraft", "the twin Kvant modules": a pair named by
# its series (see Gazetteer._with_pairs)
PAIR_NOUN_WORDS = ("probes", "spacecraft", "craft", "landers", "orbiters", "satellites",
                   "ships", "modules", "rovers", "stations")
PAIR_PHRASE = re.compile(r"\b(?:[Tt]he\s+(?:two|twin)|[Bb]oth(?:\s+the)?)\s+"
                         r"(?P<stem>[A-Z][\w-]*[a-z])\s+"
                         rf"(?P<noun>{'|'.join(PAIR_NOUN_WORDS)})\b")
PAIR_KINDS = frozenset({"spacecraft", "station_module", "mission"})
# What the members of a series may be counted as: "the Phobos 1 and 2 probes"
SERIES_NOUNS = frozenset({"probe", "spacecraft", "satellite", "ship", "craft", "module",
                          "station", "lander", "orbiter"})


# A list's item label opening its line: a letter and a number, then a stop, a bracket or a
# column's gap ("C4. Soyuz 11 was …", "B3) …", "C4  F - it was …")
ITEM_LABEL = re.compile(r"[A-Z]\d{1,2}(?:[.):]|[ \t]{2}|\t)")


# A possessive before a craft's name: "their Crew Dragon", "her Vostok" name a craft of that
# kind, not the one the catalog calls by the bare name
OWNER_BEFORE = re.compile(r"\b(?:[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our)\s+\Z")


# A surname's initials after it, as Russian lists and translations write a name ("Gagarin
# Yu. A.", "Komarov V. M.", "Chretien J.-L."): part of the name
INITIALS_AFTER_SURNAME = re.compile(
    r"[ \t]+(?:[A-Z][a-z]?\.[ \t]?-?){1,2}(?=[\s,;:)\]]|$)")
# … or before it, as catalogues and Russian texts write it ("Yu. A. Gagarin", "V. V.
# Tereshkova", "J.-L. Chrétien"): part of the name too
INITIALS_BEFORE_SURNAME = re.compile(r"(?<![\w.])(?:[A-Z][a-z]?\.(?:-[A-Z]\.)?[ \t]?){1,3}[ \t]*\Z")
# An apostrophe inside a word of a name: "O'Hara", "D’Souza"
APOSTROPHE_IN_WORD = re.compile(r"(?<=\w)['’](?=\w)")
# A year in the sentence around a shared surname: which of its people flew then
_YEAR = re.compile(r"(?<![\w.,-])(?:19[5-9]\d|20\d\d)(?![\w,-]|\.\d)")
# Where a sentence ends, for the window a shared surname is settled in
_SENTENCE_END = re.compile(r"(?<![\s.][A-Z])[.!?](?=\s)|\n")  # not "V. N. Volkov"
_SENTENCE_REACH = 300  # characters either side of a shared surname
_ERA_REACH = 3  # years from a flight within which a paragraph's year may tell of its flier

# A capitalised noun after a lone surname makes it part of a thing's name, named after the
# person or only spelled like them: "the Science and Power Module", "Korolev Design Bureau"
NAMED_AFTER_PERSON = re.compile(
    r"[ \t]+(?:Module|Station|Cent(?:re|er)|Cosmodrome|Crater|Prize|Award|Medal|Museum|"
    r"Institute|Bureau|Street|Square|Avenue|University|Academy|Airport|Laborator(?:y|ies)|"
    r"Plant|Factory|Design|Memorial|Park|Hall|Building|Cosmonaut|Rocket|Engine|Mountain|"
    r"Peak|Island|Glacier|Ship|Vessel)\b")


def _used_as_a_word(text: str, word: str) -> bool:
    """Whether lower-case ``word`` stands in ``text`` as a word of its own."""
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _speaker_label(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]``, followed by a colon, is a transcript's speaker label:
    a name in capitals that opens its line ("ANNA:", "MARK:")."""
    line_start = text.rfind("\n", 0, start) + 1
    return text[start:stop].isupper() and not text[line_start:start].strip()


def _crosses_punctuation(pieces: Pieces, first: int, last: int) -> bool:
    """Whether a comma, semicolon, colon or bracket stands between tokens ``first`` and
    ``last``: only a name the catalog writes with one ("Chile, Republic of") runs across
    it."""
    gaps = pieces[2 * first + 2 : 2 * last + 1 : 2]
    joined = gaps[0][:0].join(gaps)  # type: ignore[arg-type]  # all str or all bytes
    if isinstance(joined, str):
        return _CLAUSE_PUNCTUATION.search(joined) is not None
    return _CLAUSE_PUNCTUATION_BYTES.search(joined) is not None


def _crosses_sentence_end(pieces: Pieces, first: int, last: int) -> bool:
    """Whether a sentence ends between tokens ``first`` and ``last``: a word of four
    letters or more, a full stop and a space, then a capital ("Modern Soyuz. MS-10" is no
    "Soyuz MS-10"; "St. Petersburg" and "U.S. Air Force" are one name); or a line padded
    with spaces to a box's or a table's width ends, or a paragraph ("FACT FILE: MIR   " over
    "Core module launched" is no "Mir core module")."""
    for k in range(first, last):
        gap = pieces[2 * k + 2]
        if gap[:1] in (".", b".") and gap[1:2].isspace() and len(pieces[2 * k + 1]) >= 4 and (
                pieces[2 * k + 1].isalpha() and pieces[2 * k + 3][:1].isupper()):
            return True
        if len(gap) > 2 and _PADDED_LINE_END.search(
                gap if isinstance(gap, str) else gap.decode("ascii")):
            return True
    return False


_PADDED_LINE_END = re.compile(r"[ \t]{2,}\n|\n[ \t]*\n")


def _letter_suffixed(stream: str, end: int, pieces: Pieces, last: int) -> bool:
    """Whether a name runs on into a longer designation: "Soyuz 18a" (the aborted launch)
    is not "Soyuz 18", nor is "Soyuz T-10-1" "Soyuz T-10" or "Soyuz T". ``end`` is the
    space after the name in ``stream``, whose tokens are the text's, ``last`` the index of
    its last token."""
    gap = 2 * last + 2  # the piece between the name and what follows it
    if gap >= len(pieces):
        return False
    if len(pieces[gap]) == 0:
        return stream[end - 1].isdigit() and stream[end + 1 : end + 2].isalpha()
    if pieces[gap] not in ("-", b"-") or not stream[end + 1 : end + 2].isdigit():
        return False
    # "Soyuz T-10-1" (the pad abort) is neither "Soyuz T-10" (a hyphenated designation's
    # number runs on; "Soyuz 10-11" is two of them) nor "Soyuz T" (a series' letters)
    if stream[end - 1].isdigit():
        return pieces[gap - 2] in ("-", b"-")
    letters = pieces[gap - 1]
    return len(letters) <= 3 and letters.isalpha()


def _fold_stream(stream: str) -> tuple[str, bool]:
    """``stream`` (" " + " ".join(tokens) + " ") with its non-ASCII tokens folded, and
    whether every folded token kept its length and has no space in it."""
    out: list[str] = []
    done = 0  # stream[:done] is in out
    same_shape = True
    for m in _NON_ASCII.finditer(stream):
        if m.start() < done:
            continue  # another run of the token just folded
        start = stream.rfind(" ", 0, m.start()) + 1
        end = stream.find(" ", m.end())
        token = stream[start:end]
        folded = _fold(token)
        if len(folded) != len(token) or " " in folded:
            same_shape = False
        out += (stream[done:start], folded)
        done = end
    out.append(stream[done:])
    return "".join(out), same_shape


def _split(text: str) -> tuple[Pieces, str]:
    """``text`` cut into [gap, token, gap, token, …, gap] (or pieces of the same lengths),
    and its tokens as written joined by spaces, with a space before and after."""
    if _WORD.search(text.encode("utf-8", "surrogatepass").translate(None, _ASCII)
                    .decode("utf-8", "surrogatepass")) is None:
        # All its word characters are ASCII, so the token classes reduce to their ASCII
        # letters and digits, and the regex runs faster on bytes. Each non-ASCII character
        # becomes one "?" (never in a token): the pieces keep their lengths.
        pieces = _ASCII_TOKEN_SPLIT.split(text.encode("ascii", "replace"))
        return pieces, (b" " + b" ".join(pieces[1::2]) + b" ").decode("ascii")
    tokens: list[str] = _TOKEN_SPLIT.split(text)
    return tokens, " " + " ".join(tokens[1::2]) + " "


class _Offsets:
    """``offsets[i]``: where ``pieces[i]`` starts in the text cut into ``pieces`` (``i`` up
    to ``len(pieces)``), as an accumulated list of their lengths would give it.

    Only the tokens of a few hits need offsets, so they are summed on demand from the last
    one asked for (requests come nearly in order) instead of accumulated for every piece.
    """

    __slots__ = ("_empty", "_index", "_offset", "_pieces")

    def __init__(self, pieces: Pieces) -> None:
        self._pieces = pieces
        self._empty = pieces[0][:0]  # "" or b"": joining a run of pieces measures it fastest
        self._index = self._offset = 0

    def __getitem__(self, i: int) -> int:
        if not 0 <= i <= len(self._pieces):
            raise IndexError(i)
        if i >= self._index:
            self._offset += len(self._empty.join(self._pieces[self._index:i]))
        else:
            self._offset -= len(self._empty.join(self._pieces[i:self._index]))
        self._index = i
        return self._offset


def _non_ascii_tokens(stream: str) -> list[int]:
    """Indexes of the tokens with a non-ASCII character in ``stream`` (" " + " ".join(tokens)
    + " "), in order, each once."""
    out: list[int] = []
    pos = spaces = 0
    for m in _NON_ASCII.finditer(stream):  # a run of them stays inside one token
        spaces += stream.count(" ", pos, m.start())
        pos = m.start()
        if not out or out[-1] != spaces - 1:
            out.append(spaces - 1)
    return out


def _token_index(stream: str, parts: list[str], spaced: bool) -> Callable[[int], int]:
    """A function from a position in ``stream`` (" " + " ".join(parts) + " ") to the index
    of the token starting there, or -1 when no token starts there."""
    if spaced:
        starts = list(accumulate(map((1).__add__, map(len, parts)), initial=1))

        def by_search(pos: int) -> int:
            k = bisect_left(starts, pos)
            return k if k < len(parts) and starts[k] == pos else -1

        return by_search
    # Without spaces inside tokens, the token at a position after a space is the number of
    # spaces before it, less one; positions come nearly in order, so count from the last.
    cursor = [0, 0]  # position, spaces before it

    def by_count(pos: int) -> int:
        at, count = cursor
        if pos >= at:
            count += stream.count(" ", at, pos)
        else:
            count -= stream.count(" ", pos, at)
        cursor[0], cursor[1] = pos, count
        return count - 1 if stream[pos - 1] == " " and pos < len(stream) - 1 else -1

    return by_count


@dataclass(frozen=True, slots=True)
class _Names:
    """The compiled names of a catalog: ``aliases[i]`` names ``entities[entity_of[i]]``
    (entity id, name, kind); ``size`` counts distinct normalized names."""

    size: int
    aliases: list[str]
    entity_of: list[int]
    entities: list[tuple[str, str, str]]
    women: list[str]  # ids of the people the catalog's crew sources call female
    # surnames several people share ("romanenko") → their ids; such a surname names the
    # one of them named in full earlier in the text
    shared: dict[str, list[str]]
    # the aliases the catalog writes with a comma, colon or bracket ("Chile, Republic
    # of"), which may match across one in the text
    punctuated: list[str]
    # one-word names the catalog only writes in a case of their own ("BelKA"), which
    # the text must match: written otherwise ("Belka", a dog) they are another word
    cased: dict[str, str]
    # one-word names the catalog only writes in capitals but that may be written otherwise
    # (an agency's "Nasa"), unless the text also uses them as a lower-case word ("JUST",
    # a programme, in "Just one month after …, just a week before …")
    acronyms: dict[str, str]
    # stations with modules and their modules (the history layer's): "the ship" named
    # after one ("Progress M-34 struck Spektr. The ship …") is not it
    station_parts: list[str]
    # each traveller's name and flights (craft id, first and last year aloft): what settles
    # a shared surname the text names no one by in full
    careers: dict[str, tuple[str, list[tuple[str, int, int]]]]


# A person the crew sources give no gender is a woman when her surname has a Russian
# feminine form ("Marina Vasilevskaya", "Danna Karagussova"), so "she" can stand for her.
FEMININE_SURNAME_ENDINGS = ("ova", "eva", "ёva", "aya")


def _compile_names(catalog: Catalog) -> _Names:
    """Read and choose every linkable name of the catalog (about a second)."""
    marks = ",".join("?" * len(LINKED_KINDS))
    rows = catalog.execute(
        "SELECT a.norm, a.source, e.id, e.name, e.kind, a.alias FROM alias a "
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
    normalized: dict[str, str] = {}  # entity name → normal form (names repeat per alias)
    umlauted: list[tuple[str, str, str]] = []
    punctuated: set[str] = set()
    single_forms: dict[str, set[str]] = defaultdict(set)  # one-word name → how written
    # a bare one-word name of an object nobody flew in, → the objects it names
    bare_craft: dict[str, dict[str, Target]] = defaultdict(dict)
    for norm, source, eid, name, kind, written in rows:
        if not _linkable(norm, kind, source, eid):
            continue
        if _CLAUSE_PUNCTUATION.search(written):
            punctuated.add(norm)
        if " " not in norm:
            single_forms[norm].add(written)
        if " " not in norm and (kind == "person" or (
                kind in ("spacecraft", "mission") and eid not in notable)):
            if kind == "spacecraft":
                bare_craft[norm][eid] = Target(eid, name, kind, False)
            continue
        name_norm = normalized.get(name)
        if name_norm is None:
            name_norm = normalized[name] = normalize(name)
        # a curated alias is a deliberate reading, as strong as a name ("Sputnik" alone is
        # Sputnik 1, whatever GCAT calls its programme)
        targets[norm][eid] = Target(eid, name, kind, name_norm == norm or source == "curated")
        if kind == "person" and norm == name_norm:
            umlauts = umlaut_spelling(name)  # "Sigmund Jaehn" for Sigmund Jähn
            if umlauts is not None:
                umlauted.append((umlauts, eid, name))
            for full in (norm, umlauts) if umlauts else (norm,):
                surname = full.rsplit(" ", 1)[-1]
                if len(surname) >= 4 and surname.isalpha():
                    surnames[surname].append((eid, name))
            last_word = name.rsplit(" ", 1)[-1]
            if "-" in last_word and " " in name:  # "Saint-Jacques" of David Saint-Jacques
                surnames[normalize(last_word)].append((eid, name))
            if APOSTROPHE_IN_WORD.search(name):
                # "Loral O'Hara": the text is read a word at a time, so its apostrophe
                # cuts "O" from "Hara", where the name's key (apostrophes dropped) has
                # "ohara"
                split = normalize(APOSTROPHE_IN_WORD.sub(" ", name))
                targets[split][eid] = Target(eid, name, kind, False)
                if " " in name and APOSTROPHE_IN_WORD.search(last_word):
                    surnames[normalize(APOSTROPHE_IN_WORD.sub(" ", last_word))].append(
                        (eid, name))
    # "the Lomonosov satellite": followed by what it is, such a name is the object,
    # when it names only one
    for norm, by_id in bare_craft.items():
        if len(by_id) == 1 and norm not in targets and not norm.isdigit():
            for noun in CRAFT_NOUNS:
                targets.setdefault(f"{norm} {noun}", dict(by_id))
    for spelled, eid, name in umlauted:
        if spelled not in targets:
            targets[spelled][eid] = Target(eid, name, "person", False)
    _add_spellings(targets, surnames)
    shared: dict[str, list[str]] = {}  # a surname several people have → their ids
    for surname, people in surnames.items():
        ids = sorted({eid for eid, _ in people})
        if surname in targets and all(t.kind == "vehicle" for t in targets[surname].values()):
            del targets[surname]  # "Ivanov flew on Soyuz 33": the cosmonaut, not FIAN's rocket
        if surname in targets or surname in GENERIC_WORDS:
            continue  # (a "Rocket" is a rocket, whoever Mark Rocket is)
        if len(ids) == 1:
            eid, name = people[0]
            targets[surname][eid] = Target(eid, name, "person", False)
        else:
            shared[surname] = ids
            targets[surname][SHARED_SURNAME] = Target(SHARED_SURNAME, surname, "person", False)
    # "went home in T-13", "MS-22 came back empty": writers drop "Soyuz" from its versions.
    for norm in [n for n in targets if n.startswith("soyuz ")]:
        short = SOYUZ_VERSION.fullmatch(norm)
        if short and short.group("short") not in targets:
            targets[short.group("short")] = {
                eid: Target(t.entity_id, t.name, t.kind, False)
                for eid, t in targets[norm].items() if t.kind in ("spacecraft", "mission")}
    aliases: list[str] = []
    entity_of: list[int] = []
    entity_index: dict[tuple[str, str, str], int] = {}
    for norm, by_id in targets.items():
        chosen = choose(tuple(by_id.values()))
        entity = (chosen.entity_id, chosen.name, chosen.kind)
        index = entity_index.setdefault(entity, len(entity_index))
        aliases.append(norm)
        entity_of.append(index)
        # "Sputnik I", "Apollo XI": writers' Roman numerals for a trailing number.
        head, _, number = norm.rpartition(" ")
        if head and number in _ROMAN_OF:
            roman = f"{head} {_ROMAN_OF[number]}"
            if roman not in targets:
                aliases.append(roman)
                entity_of.append(index)
    women = sorted({r[0] for r in catalog.execute(
        "SELECT entity_id FROM fact WHERE property = 'gender' AND value = 'female'")} | {
        r[0] for r in catalog.execute(
            "SELECT id, name FROM entity WHERE kind = 'person' AND id NOT IN "
            "(SELECT entity_id FROM fact WHERE property = 'gender')")
        if r[1].rsplit(" ", 1)[-1].endswith(FEMININE_SURNAME_ENDINGS)})
    cased = {norm: next(iter(forms)) for norm, forms in single_forms.items()
             if len(forms) == 1 and (_OWN_CASE.search(next(iter(forms))) or (
                 _ACRONYM.fullmatch(next(iter(forms))) and norm in targets and not any(
                     t.kind in ("organization", "country") or t.entity_id in notable
                     for t in targets[norm].values())))}
    acronyms = {norm: form for norm, forms in single_forms.items()
                if len(forms) == 1 and _ACRONYM.fullmatch(form := next(iter(forms)))
                and norm in targets and norm not in cased}
    station_parts = sorted({r[0] for r in catalog.execute(
        "SELECT subject_id FROM relation WHERE relation = 'module_of' "
        "UNION SELECT object_id FROM relation WHERE relation = 'module_of'")})
    return _Names(len(targets), aliases, entity_of, list(entity_index), women, shared,
                  sorted(punctuated), cased, acronyms, station_parts, _careers(catalog))


def _careers(catalog: Catalog) -> dict[str, tuple[str, list[tuple[str, int, int]]]]:
    """Each traveller's name and flights: (craft id, year of launch, year of landing or of
    launch when the catalog has no landing), every source's dates taken together."""
    years: dict[tuple[str, str], list[int]] = defaultdict(list)
    names: dict[str, str] = {}
    for person, name, craft, value in catalog.execute(
            "SELECT r.subject_id, e.name, r.object_id, f.value FROM relation r "
            "JOIN entity e ON e.id = r.subject_id JOIN fact f ON f.entity_id = r.object_id "
            "WHERE r.relation = 'crew_of' AND f.property IN ('launch_date', 'landing_date')"):
        if value[:4].isdigit():
            names[person] = name
            years[person, craft].append(int(value[:4]))
    careers: dict[str, tuple[str, list[tuple[str, int, int]]]] = {}
    for (person, craft), flown in sorted(years.items()):
        careers.setdefault(person, (names[person], []))[1].append((craft, min(flown), max(flown)))
    return careers


def _add_spellings(targets: dict[str, dict[str, Target]],
                   surnames: dict[str, list[tuple[str, str]]]) -> None:
    """Add the respellings of people's names (:func:`spelling_variants`) that no other
    name has and only one person's names give ("Georgy Beregovoi", "Andrian Nikolaev"),
    and the respellings of their surnames to ``surnames`` ("beregovoi"), where they are
    then linked alone when one person has them or shared when several do."""
    spelled: dict[str, dict[str, Target]] = defaultdict(dict)
    for norm, by_id in targets.items():
        if len(by_id) == 1:
            [target] = by_id.values()
            if target.kind == "person":
                for variant in spelling_variants(norm):
                    spelled[variant][target.entity_id] = Target(
                        target.entity_id, target.name, "person", False)
    for variant, by_id in spelled.items():
        if variant not in targets and len(by_id) == 1:
            targets[variant] = by_id
    respelled: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for surname, people in surnames.items():
        for variant in spelling_variants(surname):
            if variant not in surnames and variant not in targets:
                respelled[variant] += people
    surnames.update(respelled)


def cache_path(catalog: Catalog) -> Path:
    """Where the compiled names of ``catalog`` are cached: beside the catalog file."""
    return catalog.path.with_name(f"{catalog.path.stem}.gazetteer.json")


def _cache_key(catalog: Catalog) -> dict[str, object]:
    """What the cached names depend on: the catalog file and the code that compiles them."""
    info = catalog.path.stat()
    code = hashlib.sha256()
    for module in (__file__, names_module.__file__):
        code.update(Path(module).read_bytes())
    code.update(repr(sorted(KIND_PRIORITY.items())).encode())
    return {"format": 9, "size": info.st_size, "mtime_ns": info.st_mtime_ns,
            "built_at": catalog.meta().get("built_at"), "code": code.hexdigest()}


def _read_cache(catalog: Catalog) -> _Names | None:
    """The cached names, or None when there are none or they are stale or unreadable."""
    try:
        data = json.loads(cache_path(catalog).read_text(encoding="utf-8"))
        if data["key"] != _cache_key(catalog):
            return None
        names = _Names(data["size"], data["aliases"], data["entity_of"],
                       [tuple(e) for e in data["entities"]], data["women"], data["shared"],
                       data["punctuated"], data["cased"], data["acronyms"],
                       data["station_parts"],
                       {person: (name, [(c, a, b) for c, a, b in flights])
                        for person, (name, flights) in data["careers"].items()})
        if not (len(names.aliases) == len(names.entity_of)
                and all(isinstance(a, str) for a in names.aliases)
                and all(len(e) == 3 for e in names.entities)
                and min(names.entity_of, default=0) >= 0
                and max(names.entity_of, default=-1) < len(names.entities)):
            return None
        return names
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _write_cache(catalog: Catalog, names: _Names) -> None:
    """Cache the names atomically (a temporary file renamed); a read-only home is fine."""
    path = cache_path(catalog)
    data = {"key": _cache_key(catalog), "size": names.size, "aliases": names.aliases,
            "entity_of": names.entity_of, "entities": names.entities, "women": names.women,
            "shared": names.shared, "punctuated": names.punctuated, "cased": names.cased,
            "acronyms": names.acronyms, "station_parts": names.station_parts,
            "careers": names.careers}
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
            os.chmod(tmp, stat.S_IMODE(catalog.path.stat().st_mode))  # readable as the catalog
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):  # read-only or full disk, a name JSON cannot encode
        pass


def choose(targets: tuple[Target, ...]) -> Target:
    """The entity a shared name most likely means: its own name first, then by kind; a
    person before a satellite named after them ("Sally Ride")."""
    return min(targets, key=lambda t: (not t.exact_name, KIND_PRIORITY.get(t.kind, 9),
                                       t.kind != "person", t.entity_id))


def _hyphened(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` is one part of a hyphened word ("Valkova-Hart")."""
    return (start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha()) or (
        text[stop:stop + 1] == "-" and text[stop + 1:stop + 2].isalpha())


def _linkable(norm: str, kind: str, source: str, entity_id: str) -> bool:
    if len(norm) < 3 or norm.replace(" ", "").isdigit():
        return False
    if " " not in norm and norm in GENERIC_WORDS:
        # "Soyuz", "Salyut", "Luna" alone name the curated programme, never a planet;
        # "Energia" the rocket a curated alias says it is.
        curated = source == "curated" or entity_id.startswith("curated:")
        return kind in ("program", "vehicle") and curated and norm not in CELESTIAL_BODIES
    if entity_id.startswith("program:") and norm.rsplit(" ", 1)[-1] in ("module", "node"):
        return False  # GCAT's "ISS Module" programme: in prose, "the second ISS module"
    # GCAT designations like "1961 mu 1" are not how prose names things.
    return not (norm[:4].isdigit() and kind in ("spacecraft", "launch"))


def _looks_like_a_name(surface: str, norm: str) -> bool:
    """Proper names are capitalized (or digits, or non-Latin script)."""
    first = surface[:1]
    if not first.isalpha() or not first.isascii():
        return True
    return first.isupper() or (" " in norm and any(w[:1].isupper() for w in surface.split()))
