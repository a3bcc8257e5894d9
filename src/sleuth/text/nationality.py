"""Nationality words in "first" phrases ("the first German in space", "the first Japanese
citizen to fly") and the countries they stand for, as the crew data names them.

The countries are the values of the ``nationality`` facts (Wikidata's country of
citizenship); a person with several ("United States / Germany") counts for each. A word
stands for the states a reader would accept: "German" covers East and West Germany,
"Soviet" the Soviet Union only, "Russian" Russia and the Soviet Union (Gagarin is called the
first Russian in space).
"""

from __future__ import annotations

import re

# Western Europe's states among the crew data's countries
_WESTERN_EUROPE = ("France", "West Germany", "Germany", "United Kingdom", "UK", "Italy",
                   "Netherlands", "Belgium", "Spain", "Switzerland", "Austria", "Portugal",
                   "Sweden", "Denmark", "Norway", "Malta")

DEMONYMS: dict[str, frozenset[str]] = {
    word: frozenset(countries) for words, countries in [
        (("american", "us", "u s"), ("United States",)),
        (("soviet",), ("Soviet Union",)),
        (("russian",), ("Russia", "Soviet Union")),
        (("german",), ("Germany", "East Germany", "West Germany")),
        (("east german",), ("East Germany",)),
        (("west german",), ("West Germany",)),
        (("british", "briton", "brit", "englishman", "englishwoman"),
         ("United Kingdom", "UK")),
        (("french", "frenchman", "frenchwoman"), ("France",)),
        (("indian",), ("India",)),
        (("japanese",), ("Japan",)),
        (("chinese",), ("China",)),
        (("canadian",), ("Canada",)),
        (("italian",), ("Italy",)),
        (("polish", "pole"), ("Poland",)),
        (("czechoslovak", "czechoslovakian", "czech"), ("Czechoslovakia",)),
        (("slovak",), ("Slovakia",)),
        (("hungarian",), ("Hungary",)),
        (("romanian",), ("Romania",)),
        (("bulgarian",), ("Bulgaria",)),
        (("cuban",), ("Cuba",)),
        (("mongolian", "mongol"), ("Mongolia",)),
        (("vietnamese",), ("Vietnam",)),
        (("afghan",), ("Afghanistan",)),
        (("syrian",), ("Syria",)),
        (("austrian",), ("Austria",)),
        (("swiss",), ("Switzerland",)),
        (("dutch", "dutchman"), ("Netherlands",)),
        (("belgian",), ("Belgium",)),
        (("spanish", "spaniard"), ("Spain",)),
        (("swedish", "swede"), ("Sweden",)),
        (("danish", "dane"), ("Denmark",)),
        (("norwegian",), ("Norway",)),
        (("kazakh", "kazakhstani"), ("Kazakhstan",)),
        (("ukrainian",), ("Ukraine",)),
        (("israeli",), ("Israel",)),
        (("brazilian",), ("Brazil",)),
        (("mexican",), ("Mexico",)),
        (("malaysian",), ("Malaysia",)),
        (("south korean", "korean"), ("South Korea",)),
        (("saudi", "saudi arabian"), ("Saudi Arabia",)),
        (("emirati",), ("United Arab Emirates",)),
        (("australian",), ("Australia",)),
        (("south african",), ("South Africa",)),
        (("turkish", "turk"), ("Turkey",)),
        (("egyptian",), ("Egypt",)),
        (("belarusian",), ("Belarus",)),
        # Regions, by the countries of the crew data that lie in them.
        (("asian",), ("Vietnam", "Mongolia", "India", "Japan", "China", "Afghanistan", "Syria",
                      "Saudi Arabia", "Israel", "Kazakhstan", "Malaysia", "South Korea",
                      "United Arab Emirates")),
        (("western european", "west european"), _WESTERN_EUROPE),
        # "European" as ESA uses it: Europe's states other than the Soviet Union and
        # Russia, so Remek (Czechoslovakia, 1978) is the first European in space
        # (https://www.esa.int/About_Us/ESA_history/50_years_of_humans_in_space/Vladimir_Remek)
        (("european",), (*_WESTERN_EUROPE, "Czechoslovakia", "Slovakia", "Poland",
                         "East Germany", "Hungary", "Romania", "Bulgaria", "Ukraine",
                         "Belarus")),
        (("latin american",), ("Cuba", "Mexico", "Brazil", "Panama", "Puerto Rico")),
        (("arab",), ("Syria", "Saudi Arabia", "United Arab Emirates", "Egypt")),
    ]
    for word in words
}

# "the first Japanese citizen in space": the words after the nationality that only say
# "a person".
PERSON_NOUNS = re.compile(r"\s+(?:citizen|national|person|human|cosmonaut|astronaut|"
                          r"spacefarer|space traveller|space traveler|man|woman)$")


# What makes a "first …" phrase about a person's first flight ("woman in space").
FIRST_FLIGHT_ANCHOR = re.compile(r"\b(?:in space|to fly|into space|to travel|spaceflight|"
                                 r"cosmonaut|astronaut|in orbit|to orbit|space traveller|"
                                 r"to go into space|to journey|to reach orbit|to reach space|"
                                 r"to ride|to be launched)")
# "first woman …", "first human …", "first Japanese citizen …": said of a person.
PERSON_WORDS = re.compile(r"(?:[\w-]+\s+){0,2}?(?:woman|women|man|men|human|humans|person|"
                          r"people|citizen|national|cosmonaut|astronaut|spacefarer|guest|"
                          r"foreigner|visitor|tourist|"
                          # a demonym that is a noun for a person: "the first Briton"
                          r"briton|brit|englishman|englishwoman|frenchman|frenchwoman|pole)\b")


def is_about_a_person(phrase: str) -> bool:
    """Whether a lower-case "first …" phrase ("woman in space", "german to fly") is
    said of a person."""
    if PERSON_WORDS.match(phrase):
        return True
    who = FIRST_FLIGHT_ANCHOR.split(phrase, maxsplit=1)
    return len(who) == 2 and countries_of(who[0]) is not None


def countries_of(words: str) -> frozenset[str] | None:
    """The countries a normalized nationality phrase stands for ("german", "japanese
    citizen", "east german cosmonaut", "soviet or russian"), or None when it is not one."""
    words = PERSON_NOUNS.sub("", words.strip())
    if " or " in words:  # "Soviet or Russian": either
        parts = [DEMONYMS.get(part.strip()) for part in words.split(" or ")]
        if any(part is None for part in parts):
            return None
        return frozenset(country for part in parts if part for country in part)
    return DEMONYMS.get(words)


# Countries by name ("from Britain", "of Mongolia"), normalized: each country of the crew
# data by its own name, and the names writers use for a state the demonyms cover.
COUNTRY_NAMES: dict[str, frozenset[str]] = {
    **{country.lower(): frozenset({country}) for countries in DEMONYMS.values()
       for country in countries},
    **{name: DEMONYMS[demonym] for name, demonym in [
        ("britain", "british"), ("great britain", "british"), ("england", "british"),
        ("uk", "british"), ("united kingdom", "british"), ("russia", "russian"),
        ("germany", "german"), ("ussr", "soviet"), ("soviet union", "soviet"),
        ("america", "american"), ("usa", "american"), ("united states", "american"),
        ("u s", "american"), ("czechoslovakia", "czechoslovak"), ("korea", "korean")]},
}


def countries_named(words: str) -> frozenset[str] | None:
    """The countries a normalized country name stands for ("britain", "the soviet
    union"), or None when it names none."""
    return COUNTRY_NAMES.get(words.strip().removeprefix("the "))


def nationality_parts(value: str) -> list[str]:
    """The countries of one ``nationality`` value ("United States / Germany")."""
    return [part.strip() for part in value.split("/") if part.strip()]
