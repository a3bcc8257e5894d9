"""Name forms: how writers spell the same thing, and one normal form to look names up by.

``normalize`` is applied to both catalog aliases and user text, so that "Soyuz-19",
"SOYUZ 19" and "Soyuz 19" meet at ``"soyuz 19"`` and "Sputnik I" at ``"sputnik 1"``.
``name_variants`` generates the extra forms a source does not list but writers use.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from types import MappingProxyType

# Roman numerals as names and dates write them ("Sputnik I", "4.X.1957"), lowered
ROMAN_NUMERALS = MappingProxyType({
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
    "x": 10, "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17,
    "xviii": 18, "xix": 19, "xx": 20,
})  # fmt: skip
_SEPARATORS = re.compile(r"[\s\-\u00ad‐‑‒–—_/.,:;()\"“”«»]+")
_APOSTROPHES = re.compile(r"['’`ʹʼ]")
_LEADING_THE = re.compile(r"^the\s+")
_LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
# Latin letters with a stroke, which Unicode does not decompose into a letter and a mark but
# which writers drop all the same ("Miroslaw Hermaszewski" for Mirosław): one letter each,
# so a folded word keeps its length.
UNDECOMPOSED_LETTERS = str.maketrans("łŁøØđĐħĦıŧŦ", "lLoOdDhHitT")


def normalize(name: str) -> str:
    """The lookup key of a name: case-folded, separators folded to one space, Latin accents
    dropped, a trailing Roman numeral read as a number ("Sputnik I" → "sputnik 1").

    >>> normalize("Soyuz-19")
    'soyuz 19'
    >>> normalize("The Sputnik I")
    'sputnik 1'
    """
    text = fold_accents(name).casefold()
    text = _APOSTROPHES.sub("", text)
    text = _SEPARATORS.sub(" ", text).strip()
    text = _LETTER_DIGIT.sub(" ", text)
    text = _LEADING_THE.sub("", text)
    words = text.split(" ")
    if len(words) >= 2 and words[-1] in ROMAN_NUMERALS and words[-2] not in ROMAN_NUMERALS:
        words[-1] = str(ROMAN_NUMERALS[words[-1]])
    return " ".join(words)


def fold_accents(text: str) -> str:
    """``text`` without the accents of Latin letters ("Jähn" → "Jahn", "Mirosław" →
    "Miroslaw"); Cyrillic letters keep theirs, so "й" and "ё" stay themselves."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = _LATIN_MARKS.sub("", decomposed)
    if not stripped.isascii() and any(unicodedata.combining(c) for c in stripped):
        # other scripts' marks (Arabic vowels, Indic viramas) go too, one by one
        stripped = "".join(c for i, c in enumerate(stripped) if not unicodedata.combining(c)
                           or (i and _is_cyrillic(stripped[i - 1])))
    if stripped != text:
        text = unicodedata.normalize("NFC", stripped)
    return text.translate(UNDECOMPOSED_LETTERS)


# The marks Latin letters carry, except one right after a Cyrillic letter: Й and Ё
# decompose into a letter and a mark that is part of it
_LATIN_MARKS = re.compile("(?<![\u0400-\u04ff])[\u0300-\u036f]")


def _is_cyrillic(c: str) -> bool:
    return "\u0400" <= c <= "\u04ff"


_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_ORDINAL_PREFIX = re.compile(r"^(?P<ord>[A-Za-z]+)\s+(?P<rest>[A-Z][\w\- ]+)$")
# GCAT writes Soviet ordinal names in digits: "1-y ISZ" = first artificial Earth satellite.
_SERIES = re.compile(r"^(?P<base>[A-Za-z][A-Za-z \-]*?)[\s\-](?P<num>\d+)$")
_PARENTHETICAL = re.compile(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)$")
_SERIAL_ONLY = re.compile(r"(?:No\.?|#)?\s*\d+[A-Za-z]?$", re.IGNORECASE)  # (not "N1", a rocket)
# Other languages' spellings of a series' name (de.wikipedia's "Saljut 7" and "Sojus T-5",
# fr.wikipedia's "Saliout 7" and "Soyouz T-5", Czech and Polish "Sojuz")
_FOREIGN_SPELLINGS = {"Soyuz": ("Sojus", "Sojuz", "Soyouz"), "Salyut": ("Saljut", "Saliout")}
_FOREIGN_SPELLED = re.compile(rf"^(?P<word>{'|'.join(_FOREIGN_SPELLINGS)})(?P<rest>[ -].*|)$")
_GCAT_PREFIXES = ("AMS ",)  # "Avtomaticheskaya Mezhplanetnaya Stantsiya": AMS Luna-2 = Luna 2


def name_variants(name: str) -> set[str]:
    """Forms of ``name`` that writers use but the sources do not list.

    - GCAT's "AMS Luna-2" is written "Luna 2" (the AMS prefix names the class of craft).
    - "First Sputnik" (GCAT's psatcat name) is "Sputnik 1".
    - Soviet lunar probes were called "Lunik" in the Western press of the time ("Lunik 2").
    - German, French and Central European writing spells Союз and Салют its own way:
      "Sojus T-5", "Soyouz T-5", "Sojuz 28", "Saljut 7", "Saliout 7".
    """
    out: set[str] = set()
    m = _PARENTHETICAL.match(name)
    if m:  # "Challenger (STS 51-L)": both halves name it (not a serial alone: "Zaliv
        # No. 26L (No. 4)" is no "No. 4", which a bulletin's issue would be read as)
        out.update(half for half in (m["outer"], m["inner"]) if not _SERIAL_ONLY.match(half))
    for prefix in _GCAT_PREFIXES:
        if name.startswith(prefix):
            out.add(name[len(prefix) :])
    for form in [name, *out]:
        m = _ORDINAL_PREFIX.match(form)
        if m and m["ord"].lower() in _ORDINAL_WORDS:
            out.add(f"{m['rest']} {_ORDINAL_WORDS[m['ord'].lower()]}")
    for form in [name, *out]:
        m = _SERIES.match(form)
        if m and m["base"].strip().lower() == "luna":
            out.add(f"Lunik {m['num']}")
    for form in [name, *out]:
        if m := _FOREIGN_SPELLED.match(form):
            out.update(f"{spelling}{m['rest']}" for spelling in _FOREIGN_SPELLINGS[m["word"]])
    out.discard(name)
    return out


_LATIN_Y_BEFORE_CONSONANT = re.compile(r"(?<=[aeouAEOU])y(?=[bcdfghklmnprstvz])")


def latin_variants(name: str) -> set[str]:
    """Romanization variants of an already-Latin name: "Baykonur" → "Baikonur"."""
    variant = _LATIN_Y_BEFORE_CONSONANT.sub("i", name)
    return {variant} - {name}


_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
}  # fmt: skip
# Where romanization systems and popular spellings differ ("Алексей" → Aleksey, Alexei,
# Aleksei, Alexey; "Юрий" → Yuri, Yuriy, Yury; "Герман" → German, Gherman is not derivable).
_ALTERNATIVES: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(r"iy\b"), ("iy", "y", "i")),
    (re.compile(r"ey\b"), ("ey", "ei")),
    (re.compile(r"ks"), ("ks", "x")),
    (re.compile(r"kh"), ("kh", "h")),
    (re.compile(r"yu"), ("yu", "iu")),
]


def transliterate(cyrillic: str) -> str:
    """One plain romanization of Russian text (BGN/PCGN-like, no diacritics)."""
    out = []
    for ch in cyrillic:
        low = ch.lower()
        if low in _CYR:
            lat = _CYR[low]
            out.append(lat.capitalize() if ch != low else lat)
        else:
            out.append(ch)
    return "".join(out)


def romanizations(cyrillic: str, limit: int = 12) -> set[str]:
    """Common Latin spellings of a Russian name: "Алексей Леонов" → Aleksey/Alexei Leonov…"""
    base = transliterate(cyrillic)
    slots: list[tuple[int, int, tuple[str, ...]]] = []
    lowered = base.lower()
    for pattern, options in _ALTERNATIVES:
        for m in pattern.finditer(lowered):
            if not any(s < m.end() and m.start() < e for s, e, _ in slots):
                slots.append((m.start(), m.end(), options))
    slots.sort()
    forms: set[str] = set()
    for choice in itertools.islice(itertools.product(*(o for _, _, o in slots)), limit):
        pieces, pos = [], 0
        for (s, e, _), option in zip(slots, choice, strict=True):
            original = base[s:e]
            pieces.append(base[pos:s])
            pieces.append(option.capitalize() if original[:1].isupper() else option)
            pos = e
        pieces.append(base[pos:])
        forms.add("".join(pieces))
    return forms


_SUFFIX = re.compile(r",?\s+(Jr\.?|Sr\.?|II|III|IV)\s*$")


def split_person_name(display: str) -> tuple[str, str]:
    """``"Cooper, L. Gordon, Jr."`` → ``("L. Gordon", "Cooper")`` (given names, surname)."""
    text = _SUFFIX.sub("", display.strip())
    if "," in text:
        surname, _, given = text.partition(",")
        given = _SUFFIX.sub("", given.strip().rstrip(","))
        return given.strip(), surname.strip()
    words = text.split()
    return " ".join(words[:-1]), words[-1] if words else ""


def person_name_forms(display: str, cyrillic: str | None = None) -> set[str]:
    """Every form a writer may use for a person: "Gagarin, Yuri" ↔ "Yuri Gagarin", the
    Cyrillic original, its romanizations, and given name + surname without patronymic."""
    forms = {display}
    given, surname = split_person_name(display)
    if given:
        forms.add(f"{given} {surname}")
        first = given.split()[0]
        if len(given.split()) > 1 and not first.endswith("."):
            forms.add(f"{first} {surname}")
    if cyrillic:
        forms.add(cyrillic)
        words = cyrillic.split()
        if len(words) >= 2:
            surname = words[0].capitalize() if words[0].isupper() else words[0]
            given = words[1]
            short = f"{given} {surname}"
            forms.add(short)
            if len(words) >= 3:
                forms.add(f"{given} {words[2]} {surname}")
            forms |= romanizations(short)
    return {f for f in forms if f}


# How English-language writers respell Russian (and a few other) personal names that the
# sources romanize one way: each rule rewrites one word of a normalized name.
_SPELLING_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement) for pattern, replacement in (
        (r"oy$", "oi"), (r"oi$", "oy"),  # Beregovoy, Beregovoi
        (r"(?<=[^aeiou])iy$", "y"), (r"(?<=[^aeiou])iy$", "i"),  # Gennadiy, Gennady, Gennadi
        (r"(?<=[^aeiou])ii$", "y"), (r"(?<=[^aeiou])ii$", "i"),
        (r"(?<=[^aeiouy])y$", "i"), (r"(?<=[^aeiouy])y$", "iy"), (r"(?<=[^aeiou])i$", "y"),
        (r"ey$", "ei"), (r"ei$", "ey"),  # Sergey, Sergei
        (r"yo", "e"),  # Kovalyonok, Kovalenok; Pyotr, Petr
        (r"(?<=ch|sh|zh)ov$", "ev"), (r"(?<=ch|sh|zh)ev$", "ov"),  # Usachov, Usachev
        (r"(?<=[aeiou])ye", "e"), (r"(?<=[aeiou])e(?=v)", "ye"),  # Nikolayev, Nikolaev
        (r"iya", "ia"), (r"(?<=[^aeiouy])ia", "iya"),  # Andriyan, Andrian
        (r"ks", "x"), (r"x", "ks"),  # Aleksandr, Alexandr
        (r"ndr$", "nder"), (r"nder$", "ndr"),  # Aleksandr, Aleksander
        (r"yu", "iu"), (r"(?<=[aeiou])y(?=[bcdfghklmnprstvz])", "i"),  # Laveykin, Laveikin
    ))
# Given names that English writers shorten ("Kate Rubins" for Kathleen Rubins).
_SHORT_GIVEN_NAMES = {
    "william": ("bill",), "robert": ("bob",), "michael": ("mike",), "james": ("jim",),
    "kathleen": ("kate",), "katherine": ("kate",), "kathryn": ("kathy",), "david": ("dave",),
    "thomas": ("tom",), "joseph": ("joe",), "christopher": ("chris",), "edward": ("ed",),
    "richard": ("dick", "rick"), "daniel": ("dan",), "nicholas": ("nick",),
    "timothy": ("tim",), "anthony": ("tony",), "alexander": ("alex",), "steven": ("steve",),
    "stephen": ("steve",), "jeffrey": ("jeff",), "gregory": ("greg",), "douglas": ("doug",),
    "francisco": ("frank",), "francis": ("frank",), "frederick": ("fred",),
}  # fmt: skip


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def umlaut_spelling(name: str) -> str | None:
    """The normalized spelling of a German name with its umlauts written out, which
    :func:`normalize` cannot recover once accents are dropped: "Sigmund Jähn" →
    "sigmund jaehn". None when the name has no umlaut.

    >>> umlaut_spelling("Franz Viehböck")
    'franz viehboeck'
    """
    spelled = name.translate(_UMLAUTS)
    return normalize(spelled) if spelled != name else None


def spelling_variants(norm: str, limit: int = 24) -> set[str]:
    """Other spellings of a person's normalized name that writers use: "georgy beregovoy"
    → "georgi beregovoi", "georgy beregovoi", …; "kathleen rubins" → "kate rubins".

    >>> sorted(spelling_variants("andriyan nikolayev"))[:2]
    ['andrian nikolaev', 'andrian nikolayev']
    """
    words = norm.split(" ")
    if not 1 <= len(words) <= 3 or not all(w.isalpha() and w.isascii() for w in words):
        return set()
    options = []
    for i, word in enumerate(words):
        forms = {word}
        for _ in range(2):  # up to two rewrites per word
            forms |= {pattern.sub(replacement, form) for form in forms
                      for pattern, replacement in _SPELLING_RULES}
        if i == 0 and len(words) > 1:
            forms |= set(_SHORT_GIVEN_NAMES.get(word, ()))
        options.append(sorted(f for f in forms if len(f) >= 2))
    out = {" ".join(choice) for choice in itertools.islice(itertools.product(*options),
                                                            limit * 8)}
    out.discard(norm)
    return set(sorted(out, key=lambda v: (_distance(v, norm), v))[:limit])


def _distance(variant: str, norm: str) -> int:
    """How many words of ``variant`` differ from ``norm`` (fewer first when trimming)."""
    return sum(a != b for a, b in zip(variant.split(" "), norm.split(" "), strict=False))
