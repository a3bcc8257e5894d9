"""Finding checkable claims in text: who/what (an entity mention), which property
(a trigger word or a unit), and the value (a date, a quantity, another entity).

Extraction is deliberately conservative: a claim is emitted only when a subject, a
property and a value can be tied together within one sentence (or, for "it", "she",
"the spacecraft", with the last entity of the right kind a few sentences back). Missing a claim
costs coverage; inventing one costs trust.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import pairwise
from typing import TypeVar

import ahocorasick

from sleuth.claims.mentions import PAIR_NOUN_WORDS
from sleuth.claims.replies import (
    ASKS_WHEN,
    ASKS_WHICH_CRAFT,
    ASKS_WHO,
    DOCKING_PARTS,
    MEASURE_KINDS,
    ONLY_WHEN,
    REPLY_COMMENT,
    asked_event,
    asked_measure,
    bare_reply,
    names_only,
    reply_opening,
    reply_questions,
)
from sleuth.claims.speakers import speaker_references
from sleuth.claims.tables import (
    NOTES_HEADER,
    CellStatement,
    NoteCell,
    cell_statements,
    note_cells,
    read_header,
    says_something,
)
from sleuth.model import CRAFT_KINDS as CRAFT
from sleuth.model import Claim, Mention, PartialDate, Precision
from sleuth.text._regex import fold_case, literal_starts
from sleuth.text.dates import (
    ANNIVERSARY_DAY_RE,
    HEDGED_RELATIVE_RE,
    PARAGRAPH_BREAK_RE,
    DateMention,
    find_dates,
    month_number,
    news_agency_spans,
    shift_date,
)
from sleuth.text.nationality import countries_of, is_about_a_person
from sleuth.text.numbers import NUMBER_PATTERN, parse_count, parse_number, parse_ordinal
from sleuth.text.quantities import Quantity, find_quantities
from sleuth.text.segment import CHOICES_RE, add_trimmed, sentences
from sleuth.text.tables import Cell, Table, find_tables, message_headers

DATED_SUBJECTS = (*CRAFT, "person", "program")
FOUNDED_SUBJECTS = ("organization", "country", "program", "agreement")
# A founding told by who dates it: "the author dates the Russian Space Agency to 1991"
DATES_SOMETHING_TO = re.compile(r"dat(?:es|ed|ing)\s+[^.;:,]{1,60}?\s+(?:back\s+)?to\s",
                                re.IGNORECASE)
# "… by Interkosmos": who set a thing up, named after the verb, not what was set up
FOUNDER_BEFORE = re.compile(r"\bby\s+(?:the\s+)?\Z")


@dataclass(slots=True)
class Candidate:
    """A claim before judgement, with the parsed value the verifier needs."""

    claim: Claim
    date: DateMention | None = None
    quantity: Quantity | None = None
    second: bool = False  # the upper value of a range ("215 to 940 km")
    obj: Mention | None = None
    ordinal: int = 1
    phrase: str | None = None
    negated: bool = False
    extra: dict[str, str] = field(default_factory=dict)


def _rx(words: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


# "became the first spacecraft to orbit the Moon on 3 April": a first reached at another
# world, or a spacewalk or docking, happened after the launch, on a day of its own. The
# look runs over one sentence, so a dot in it is an abbreviation's ("the first U.S. shuttle
# to dock"). Within its clause it looks further: "became the first person from outside the
# Soviet Union and the United States to walk in space". A time counted is the first's own
# only within its clause: "the first to log 100 days", but "became the first woman in
# space, completing 48 orbits in almost three days" was at launch.
_NOT_AT_LAUNCH_WORDS = (r"\b(?:moon|lunar|mars|martian|"
                        r"venus|venusian|comet|asteroid|another world|surface|walk|spacewalk|"
                        r"dock|land|landing|planet)")
_NOT_AT_LAUNCH_COUNTED = r"\b(?:log|logged|spend|spent|days|hours|record|cumulative|total)"
_NOT_AT_LAUNCH = (rf"(?![^;:]{{0,60}}?{_NOT_AT_LAUNCH_WORDS}|"
                  rf"[^;:,]{{0,60}}?{_NOT_AT_LAUNCH_COUNTED}|"
                  r"[^;:,]{0,100}?\bto (?:walk|dock|land)\b)")
# A date set before a first reached after the launch: "…, on 25 July 1984, the first woman
# to walk in space"
DATES_A_LATER_FIRST = re.compile(rf",?\s+(?:the|her|his|its)\s+(?:very\s+)?first\b"
                                 rf"[^;:,.]{{0,60}}?{_NOT_AT_LAUNCH_WORDS}", re.IGNORECASE)
# … in a clause of its own ("and, on 25 July 1984, the first"), not right after the launch
# verb ("was launched on 31 January 1966, the first craft to land on the Moon")
COORDINATED_DATE = re.compile(r"(?:\band\b,?|,)\s+(?:on|in)\s+\Z", re.IGNORECASE)
# "and, three days later," after a launch verb: the next event's time, not the launch's
AND_THEN_AFTER = re.compile(r"\band(?: then)?,?\s+\Z", re.IGNORECASE)
# … with a verb of its own ("took"), not one gapped ("and two days later Tereshkova on …")
NEXT_VERB_AFTER = re.compile(r",\s+(?-i:[a-z])|\s+(?-i:[a-z]+ed)\b")
_INTO_AIR = r"(?:back )?(?:in)?to (?:the )?(?:atmosphere|earth)"
_INTO_SEA = r"into the (?:\w+ )?(?:pacific|ocean|sea|atmosphere)"
_SITE = (r"(?:from )?(?:the )?(?:same |old )?(?:launch ?pad|pad|site \d+|earth|baikonur|"
         r"tyuratam|plesetsk|vostochny|kourou|kapustin yar|svobodny|cape canaveral|kennedy|"
         r"vandenberg|jiuquan|xichang|tanegashima|sriharikota|french guiana)\b")
_UP_TO = r"(?:[\w-]+ ){1,6}?up (?:to|into)\b"
_UP_END = r"(?:[\w-]+ ){1,4}?up(?=[.,;:])"  # "a Vostok rocket carried Yuri Gagarin up."
_INTO_ORBIT = r"(?:[^\s.;:]+ ){1,14}?into (?:orbit|space)\b"  # "carried A, B and C into orbit"
_STATION_NOUNS = r"(?:station|complex|outpost)"  # what a station is called, unnamed
# A month's name or abbreviation ("sep", "sept.", "september"), as lower-case patterns say it
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_ROUGHLY = r"about|around|roughly|some|just|nearly|almost"  # a figure's hedge words
_STATION_WORDS = rf"(?:the )?(?:{_STATION_NOUNS}|mir|salyut|iss|zvezda)\b"
DATE_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("docking_date", _rx(rf"dock(?:ed|s)?|docking(?!\s+{DOCKING_PARTS})|"
                         r"berth(?:ed|ing)|attached to|added to|"
                         # "They boarded the station on 7 June", "arrived at Mir two days
                         # later": a crew's ship docking (but "reached Salyut 7 aboard Soyuz
                         # T-12 on 17 July" tells their launch, see LAUNCH_VERB)
                         rf"(?:arrived at|reached|boarded|went aboard) {_STATION_WORDS}"
                         r"(?![ -]?\d*,? (?:aboard|on board|(?:on|in) (?:the )?soyuz)\b)")),
    # Moves between stations and undockings: no date the catalog holds, and the date
    # near one is not the launch or landing of another verb further off ("in May they
    # undocked from Mir, flew their Soyuz to Salyut 7, and returned to Mir in June")
    ("transfer", _rx(r"undock(?:ed|s|ing)?|"
                     rf"return(?:ed|s|ing) to (?:the )?(?:[\w-]+ )?{_STATION_NOUNS}|"
                     # "and in July came back to Mir": to a station, not to Earth
                     rf"(?:came|comes?|coming) back to {_STATION_WORDS}|"
                     r"fl(?:ew|ies|own) (?:their|its|his|her|the) (?:[\w-]+ )?(?:ship|craft|"
                     r"spacecraft|soyuz) (?:over |across )?to|"
                     # "in May they flew across to the Seven and back"
                     r"fl(?:ew|ies|own) (?:across|over) to|moved (?:across|over) to")),
    ("landing_date", _rx(r"land(?:ed|ing|s)|to land|touch(?:ed|es)? down|splash(?:ed|es)? down|"
                         # "The capsule was recovered the next day"
                         r"(?:was|were) recovered|"
                         # (not "came back for Soyuz 1": for another flight)
                         # ("came home from his third mission": the mission's end)
                         r"(?:came|comes?) (?:back|home)(?: from (?:(?:his|her|their|its|the|a) )?"
                         r"(?:[\w-]+ ){0,3}?(?:mission|flight|expedition|stay|voyage)\b|"
                         rf"(?! up| (?:in)?to (?:space|orbit)| for\b| to {_STATION_WORDS}))|"
                         r"(?<!fell )(?<!falls )back to (?:earth|the ground)|"
                         r"back on (?:earth|the ground)|"
                         r"return(?:ed|s|ing) to (?:the )?(?:earth|ground)|"
                         r"soft[- ]land(?:ed|ing|s)?|"
                         # "returned on Soyuz MS-24 on 6 April", "returned home" (eight
                         # days later)
                         r"return(?:ed|s) (?:(?:[\w-]+ ){1,3}?later )?(?:home|(?:on|in|aboard) "
                         r"(?=\w+ [^\s]*\d|"
                         r"[a-z][\w-]*\d))|"
                         # "he returned on 3 September", "returning on the 11th"
                         r"return(?:ed|s|ing) on (?=(?:the )?\d{1,2}(?:st|nd|rd|th)?\b|"
                         rf"{_MONTH_WORD}\.? \d)|"
                         # "returned from his latest mission on Sept. 23"
                         r"return(?:ed|s|ing) from (?:(?:his|her|their|its|the|a) )?"
                         r"(?:[\w-]+ ){0,3}?(?:mission|flight|expedition|stay|stint|voyage|"
                         r"orbit|space)\b|"
                         # a flight told in notes: "up on Soyuz TM-18 …, down on TM-21 on …"
                         r"(?:(?<=, )|(?<=; )|(?<=and ))down (?:on|in|aboard) "
                         r"(?=[a-z][\w-]*\d|[a-z]\w* [^\s]*\d)|"
                         r"reach(?:ed|es) the (?:ground|surface)|set(?:s|ting)? down|"
                         # "Lunokhod 1 arrived on the Moon in November 1970"
                         r"arrived on (?:the )?(?:moon|mars|venus|lunar surface)\b|"
                         r"dropped off|drops off|"  # "Luna 17 dropped off Lunokhod 1"
                         # "Luna 17 set the 840-kilogram Lunokhod 1 down in the Sea of Rains"
                         r"set(?:s|ting)? (?:the |a |its )?(?:[\w-]+ ){1,5}?down (?=in|on)\b|"
                         # "Luna 2, which hit on 14 September 1959"
                         r"(?:hit|struck) (?=on (?:the )?\d)|"
                         # the crew's death ends the flight: "killed on Soyuz 1 in April
                         # 1967", "killed during re-entry on 30 June 1971" (not "died on
                         # 27 March 1968", nor "died on April 24")
                         rf"(?:killed|died) (?=(?:on|aboard) (?!{_MONTH_WORD}\b)"
                         r"[a-z][\w-]* ?\d|during (?:re-?entry|"
                         r"(?:the |their )?(?:descent|landing|return)))|"
                         # "Luna 16 brought 101 grams of lunar soil home on 20 September"
                         r"(?:br(?:ought|ings)|carri(?:ed|es)) (?:[\w-]+ ){1,5}?home\b|"
                         r"brought back|brings back|fl(?:ew|ies) (?:it|them) (?:home|back)|"
                         r"rode (?:[\w-]+ ){1,4}?home|rides (?:[\w-]+ ){1,4}?home|"
                         r"return(?= until\b)|come (?:back|home)(?= until\b)|"  # "did not …"
                         # "his 437-day stint, which ended in March 1995"
                         r"(?:stint|stay|spaceflight|flight|mission|expedition|voyage)"
                         r"(?: aboard (?:[\w-]+ ){1,2}?| in (?:space|orbit))?(?:,? (?:which|that))?"
                         r" ended|"
                         # a probe's crash on another world ends its flight there; a crash
                         # into the sea is a re-entry
                         r"crash(?:ed|es|ing)?(?!\s+(?:in)?to\s+(?:the\s+)?(?:\w+\s+)?(?:pacific|"
                         r"atlantic|indian|ocean|sea|atmosphere))|crash-landed|impact(?:ed)?|"
                         r"(?:hit|hits|hitting|struck|strikes|striking|smashed into|smashing into|"
                         r"slammed into|slamming into) (?:the (?:moon|"
                         r"lunar surface|surface of (?:the moon|venus|mars))|venus|mars)\b")),
    ("reentry_date", _rx(r"re-?enter(?:ed|ing|s)?|re-?entry|de-?orbit(?:ed|ing)?|"
                         r"burn(?:ed|t|s) up|decay(?:ed|s)|came down|comes? down|brought down|"
                         rf"crash(?:ed|es)? {_INTO_SEA}|"
                         rf"fell {_INTO_AIR}|falls? {_INTO_AIR}|fell back to earth|"
                         r"fell (?:out of|from) the sky|"
                         # each verb its own alternative, so that its literal text can be
                         # looked for before the pattern is run (literal_starts)
                         rf"steered {_INTO_SEA}|guided {_INTO_SEA}|dropped {_INTO_SEA}|"
                         rf"steered (?:it|her|them) {_INTO_SEA}|"
                         rf"plunged {_INTO_SEA}")),
    ("founded", _rx(r"found(?:ed|ing)|establish(?:ed|ment)|creat(?:ed|ion)|formed|"
                    r"organi[sz]ed|"
                    r"(?:started|began) (?:life|out)|"
                    r"dat(?:es?|ed) (?:back )?(?:from|to)|set up|inaugurated|"
                    # "the author dates the Russian Space Agency to 1991"
                    r"dat(?:es|ed|ing)(?= [^.;:,]{1,60}? (?:back )?to )|"
                    r"came into (?:being|existence)|"
                    # an agency's own era: "the Federal Space Agency era began in 2004"; a
                    # successor's start: "the Roscosmos State Corporation took over on …"
                    r"era (?:began|started|opened)|took over(?! (?:command|as|from)\b)|"
                    # "… and became the state corporation Roscosmos on 1 January 2016"
                    r"(?:became|turned into|was (?:re-?organi[sz]ed|converted|transformed) "
                    r"(?:as|into))(?= (?:the |a |today['’]s )?(?:roscosmos )?(?:state |federal |"
                    r"national )?(?:space )?(?:corporation|agency)\b|"
                    # "… was set up in February 1992, became Rosaviakosmos in 1997"
                    r" rosavia[ck]osmos\b)")),
    # (not a lander's ascent stage leaving the Moon: "lifted off from Mare Crisium")
    # (not a compound's modifier: "watched the launch stream", "the launch pad")
    ("launch_date", _rx(r"launch(?:ed|es|ing)?(?! (?:streams?|webcasts?|broadcasts?|coverage|"
                        r"video|footage|pads?|towers?|complex|schedule|window)\b)|"
                        r"lift(?:ed|s)? off(?! from (?:the )?(?:moon|lunar|mare|surface|"
                        r"ocean of storms)\b)|blast(?:ed|s)? off|"
                        r"liftoff|lift-off|sent (?:in)?to (?:space|orbit)|sent up|put into orbit|"
                        r"took (?:[\w'’-]+ ){1,4}?(?:up )?(?:in)?to (?:the (?:station|iss)|orbit|"
                        r"space)|"
                        # "a Proton rocket placed Salyut 1, the first station, into orbit"
                        r"(?:placed|put) (?:[\w'’,-]+ ){1,8}?(?:in)?to orbit|"
                        r"placed (?:in)?to orbit|(?<!-)orbit(?:ed|ing)|"  # (not "de-orbited")
                        # not a flyby: "then flew past Halley's comet in March 1986"
                        r"fl(?:ew|ies)(?!\s+(?:past|by|close|near|onwards?|on\s+to|across|over\s+to|"
                        r"(?:it|them)\s+(?:home|back))\b)|"
                        r"flown(?!\s+past\b)|"
                        # a plan's: "originally scheduled to fly in 2007", "was to fly on …"
                        r"(?:scheduled|planned|due|set|meant|supposed|intended|(?:was|were|is|"
                        r"are)(?: originally| initially| first)?) to fly(?!\s+(?:past|by)\b)|"
                        # a job or a thing named after flights is none: "flight director"
                        r"flights?(?!\s+(?:director|engineer|controller|control|surgeon|"
                        r"plan|suit|model|hardware)s?\b)|"
                        r"circled (?:the )?(?:earth|globe|planet)|"
                        # "a Proton lifted Zarya from Baikonur", "which a Proton-K lifted
                        # from Baikonur"
                        r"lift(?:ed|s) (?!off\b)(?:[\w'’-]+ ){0,3}?(?:from|in ?to orbit)\b|"
                        r"reached (?:orbit|space)|entered orbit|achieved orbit|"
                        # "Bykovsky, up since 12 June in Vostok 5"
                        r"(?:(?<=, )|(?<=been ))up since|"
                        r"climbed out of|"
                        r"follow(?:ed|s)(?=\s+(?:in|on|that|the\s+(?:next|following))\s|"
                        # "Prunariu … followed them aboard Soyuz 40"
                        r"\s+(?:them|him|her)\s+(?:aboard|on|in|into)\s|"
                        # "Mir's core module followed from Site 200 on 20 February 1986"
                        r"\s+from\s|"
                        # "Mars 7 followed, two days after Mars 6"
                        r",\s+(?:[\w-]+\s+){1,3}after\s|"
                        r"\s+by\s|\s+(?:[\w-]+\s+){1,3}(?:later|afterwards?)\s+by\s|"
                        # "Zvezda followed some twenty months later, on 12 July 2000"
                        r"\s+(?:[\w-]+\s+){1,3}(?:later|afterwards?)\s*,\s*(?:on|in)\s|"
                        # "Hermaszewski followed a year later."
                        r"\s+(?:[\w-]+\s+){1,3}(?:later|afterwards?)(?=\s*[.;,)]|\s+(?:and|"
                        r"aboard|on|in|with)\s))|"
                        r"voyage|journey|spaceflight|went (?:in)?to space|entered space|"
                        r"mission(?! control)|travel(?:led|ed)? (?:in)?to space|"
                        rf"bec(?:a|o)mes? the first{_NOT_AT_LAUNCH}|was the first{_NOT_AT_LAUNCH}|"
                        # "became only the second woman in space"
                        rf"bec(?:a|o)mes? (?:only |just )?the (?:second|third|fourth|fifth)"
                        rf"{_NOT_AT_LAUNCH}|"
                        r"took off|debut(?:ed)?|maiden|"
                        # "Gagarin rode Vostok 1 from Baikonur" (not "rode out a booster
                        # failure", "rode home in Soyuz MS-23")
                        r"rode(?!\s+(?:out|home|back|down)\b)|"
                        # a log's shorthand after a ship's number: "MS-15 away at 13:57",
                        # "MS-19 up with Shkaplerov", "MS-24 up: Kononenko"
                        r"(?:up(?<=\d up)|away(?<=\d away))(?=\s+(?:with|at|on|this|from)\b|"
                        r"\s*[:,.])|"
                        # "Three months later Titov spent a day in orbit": when they flew
                        # (a day they were up, not the launch's, is no contradiction)
                        r"spent(?=\s+(?:[\w-]+\s+){1,5}?in\s+(?:orbit|space)\b)|"
                        # a module that "was added in 1987" to a station growing in orbit
                        # ("added to Mir" is its docking)
                        r"added(?=\s+(?:in|on)\s)|"
                        # Russian's "стартовал" put in English: "started 24.04.1967", "started
                        # in the night of 23.04.1971", "who started on the ship Soyuz-28"
                        r"started(?=\s+(?:on\s+)?\d{1,2}(?:[./]\d{1,2}[./]\d{2,4}|\s+"
                        rf"{_MONTH_WORD})|\s+(?:on|in)\s+the\s+(?:night|"
                        r"morning|evening|day)\s+of\b|\s+on\s+(?:the\s+)?(?:ship|spacecraft|"
                        r"board)\b)|"
                        r"climb(?:ed|s)? (?:in)?to (?:the sky|space|orbit)|rose|"
                        r"gone up|go up|goes up|went up|sent up|carried up|lofted|"
                        r"put up(?! (?:with|a fight|for sale)\b)|"  # "was put up by a Proton"
                        # "In July 1984 she went back, and became …"
                        r"went back(?=\s*[,.;]|\s+(?:up|into space|to space|into orbit)\b)|"
                        r"sent on (?:its|her|their|his) way|"
                        r"sent (?:[\w-]+ ){1,3}?on (?:its|her|their|his) way|"
                        r"came (?:back )?up(?= (?:on|in|aboard|to)\b)|"
                        r"came back (?:in)?to (?:space|orbit)|returned to (?:space|orbit)|"
                        # "Faris arrived on Soyuz TM-3": went up in it (not "at Mir")
                        # (and "arrived in March on Soyuz T-15")
                        r"arrived (?=(?:in [a-z]+(?: \d{4})? )?(?:on|aboard|in) (?:board )?"
                        rf"(?:the )?(?!{_MONTH_WORD}\b)\w+[- ][^\s]*\d)|"
                        r"rode up|rides up|ride up|rode (?:[\w-]+ ){1,3}?up\b|"
                        # "the dogs rode Korabl-Sputnik 2 into orbit"
                        rf"rode {_INTO_ORBIT}|rides {_INTO_ORBIT}|"
                        # not "rode the shuttle Atlantis home": a landing
                        r"rode (?:a|an|the)(?=\s)(?!(?:\s+[\w-]+){1,4}\s+home\b)|"
                        r"rides? (?:a|an|the)(?=\s)(?!(?:\s+[\w-]+){1,4}\s+home\b)|sets? off|"
                        rf"left {_SITE}|leaves {_SITE}|departed {_SITE}|departs {_SITE}|"
                        r"carried (?:in)?to (?:space|orbit)|"
                        rf"carried {_INTO_ORBIT}|carries {_INTO_ORBIT}|took {_INTO_ORBIT}|"
                        rf"carried {_UP_TO}|carries {_UP_TO}|took {_UP_TO}|takes {_UP_TO}|"
                        rf"carried {_UP_END}|carries {_UP_END}|"
                        rf"brought {_UP_TO}|brings {_UP_TO}|"
                        # "Soyuz TM-6 carried Lyakhov, Mohmand and Polyakov" (not "… home");
                        # last, so that a longer "carried … into orbit" is matched first
                        r"carri(?:ed|es)(?!(?:\s+[\w'’-]+){0,5}?\s+(?:home|back|down)\b)")),
]
# DATE_TRIGGERS for text folded by fold_case, where they find the same matches faster.
FOLDED_DATE_TRIGGERS = [(prop, re.compile(pattern.pattern)) for prop, pattern in DATE_TRIGGERS]
# For each, words one of which its every match contains: a sentence without them is not scanned.
FOLDED_TRIGGER_WORDS = [literal_starts(pattern) for _, pattern in FOLDED_DATE_TRIGGERS]
# "Soyuz T made its first flight with a crew in June 1980", "its crewed debut": the
# earliest crewed launch
EARLIEST_CREWED = re.compile(r"\bfirst\s+(?:crewed|manned|piloted)\b|"
                             r"\b(?:crewed|manned|piloted)\s+(?:debut|maiden)\b|"
                             r"\bfirst\s+(?:flight|launch|"
                             r"mission)\s+with\s+(?:a\s+)?(?:crew|cosmonauts|astronauts|people)\b|"
                             # "the Soyuz T, which first carried a crew in 1980"
                             r"\bfirst\s+(?:carried|flew\s+with|launched\s+with)\s+(?:a\s+)?"
                             r"(?:crew|cosmonauts|astronauts|people)\b",
                             re.IGNORECASE)
EARLIEST = _rx(r"first (?:launched|flown|flew|flight|carried)|maiden|debut(?:ed)?|introduced|"
               r"(?:flies|flew|flown|fly|launched|launches) for the first time|"
               r"first (?:[\w-]+ ){1,2}launch|"  # "the first Soyuz launch from Kourou came on"
               r"inaugural")
EARLIEST_AFTER_VERB = 25  # "… rocket flies for the first time": the words after the verb
# "When MS-22 sprang a leak in December 2022, …": a clause fronted before the main one
FRONTED_WHEN = re.compile(r"\s*(?:(?:and|but|so|then)\s+)?(?:when|once|while|as soon as)\s",
                          re.IGNORECASE)
VERBISH = _rx(r"was|were|is|are|had|has|have|became|remained|(?!hundred\b)\w+ed|\w+ing|"
              # irregular past tenses ("and on 7 October it took the first pictures")
              r"took|made|went|came|saw|gave|got|flew|began|brought|won|lost|held|"
              r"broke|sent|spent|kept|met|rode|rose|fell|found|built|led|shot|struck|"
              r"beat|caught|drew|drove|ran|sank|swung|threw|wore|wrote|sprang|sprung")
PLANNED = _rx(r"scheduled|planned|plans?|planning|will|would(?= have)|"
              r"(?:was|were|is|are) (?:originally |initially |first |once )?to|"
              r"intend(?:s|ed)?|expected to|aims? to|proposed|slated|due to|set to|"
              r"want(?:s|ed)?|"
              r"supposed to|meant to|on track for|targeted for|promised for|"
              r"to be launched|upcoming|future|envisag(?:e|ed|es)|hop(?:es?|ed|ing) (?:for|to)|"
              r"pencill?ed in|"
              # ("could not open the hatch", "as any schoolgirl could tell you": no plan)
              r"could(?!\s+not\b|n['’]t|\s+(?:tell|remember|see|hear)\b)|"
              # (not the aside "…, we might add, flew again")
              r"might(?!\s+(?:be\s+)?(?:add|added|say|said|note|noted|mention|mentioned)\b)|"
              r"should(?!\s+be\s+(?:noted|remembered|said|stressed)\b)")
FOLDED_PLANNED = re.compile(PLANNED.pattern)  # PLANNED for text folded by fold_case
# The modal "may", told from the month by its case (so looked for in the original text).
MODAL_MAY = re.compile(r"\bmay\b")
# "would" tells a plan when what it says was reported or hoped for ("officials said the
# probe would launch on 1 October"); told by a historian it is what came after ("He would
# spend 125 days in space"), and "would have" (in PLANNED) is what never happened.
WOULD = re.compile(r"\bwould\b", re.IGNORECASE)
REPORTED_FUTURE = _rx(r"said|says|announced|announces|stated|told|reported|hoped|hopes|"
                      r"believed|expected|predicted|promised|insisted|confirmed|according to")
# "launched without a crew" says who was aboard, not that there was no launch.
NEGATION = _rx(r"not|never|\w+n['’]t|no longer|neither|nor|failed to|without(?!\s+(?:a\s+|any\s+)?"
               r"(?:crew|cosmonauts?|astronauts?|people|passengers|anyone)\b)")
# "did not come home until 22 March 1995": the negation says when it happened after all
NOT_UNTIL = re.compile(r"(?:\bnot|n['’]t)\s[^.;:!?]{0,50}?\b(?:until|till)\s+(?:the\s+)?\Z",
                       re.IGNORECASE)
# What happened after all: "originally scheduled for 1992, finally rose on 20 May 1995".
REALIZED = _rx(r"finally|eventually|ultimately|instead|actually|in the end|in fact|"
               r"but (?:was |were )?(?:\w+ed|flew|rose|went|came|took)|"
               r"after (?:many|long|repeated|years of) delays")
# A plan in an apposition, and the verb after it: "The Angara A5, scheduled to fly before
# the end of that year, made its first flight on 23 December 2014".
APPOSITION_OPENS = re.compile(r",\s*(?:\w+ly\s+)?\Z")
APPOSITION_CLOSES = re.compile(
    r",\s+(?:\w+ly\s+)?(?!(?:delayed|postponed|planned|scheduled|expected|intended|slipped|"
    r"moved|pushed|rescheduled)\b)(?:made|flew|rose|went|came|took|\w+ed)\b", re.IGNORECASE)
UNCREWED = _rx(r"uncrewed|unmanned|unpiloted|crewless|robotic|automated|without (?:a )?crew")
CREWED = _rx(r"crewed|manned|piloted")
CREW_LINK = re.compile(
    r"^(?:['’]s\s+(?:historic\s+|\d{4}\s+|famous\s+|pioneering\s+)?"
    r"(?:(?:mission|flight|voyage|"
    # "Gherman Titov's two full days in Vostok 2", "her 48 orbits aboard Vostok 6"
    r"(?:[\w-]+\s+){1,2}(?:days?|hours?|weeks?|months?|orbits?)(?:\s+aloft|\s+in\s+orbit)?)"
    r"\s+(?:aboard|on board|on|in)\s+(?:the\s+)?)?"
    # "Jähn, the first German in space, rode Soyuz 31": an apposition may come between
    # "Vladimír Remek (Czechoslovakia) flew Soyuz 28": a bracket may come between too
    r"|(?:\s*\([^()]{1,30}\))?\)?(?:,|\s+[-–—])?\s+(?:[^,.;:]{1,80},\s+)?(?:\w+\s+){0,7}?"
    # "Titov spent more than a day in orbit on Vostok 2"
    r"(?:in\s+(?:orbit|space)\s+)?"
    # "…, became the first Briton in space, flying on Soyuz TM-12": a participle after
    # the predicate
    r"(?:\w+,\s+(?=(?:flying|riding|aboard|on\s+board)\s))?"
    # "became the first Asian in space in July 1980 on Soyuz 39": the date of the flight
    r"(?:(?:in|on)\s+(?:\d{1,2}\s+)?(?-i:[A-Z])[a-z]+\.?\s+(?:\d{1,2},?\s+)?\d{4}\s+)?"
    r"(?:aboard|on board|on|in|inside|into|piloting|"
    r"piloted|commanded|(?:flying|riding)\s+(?:on|aboard|in)|flying|flew|flies|fly|rode|"
    r"rides|riding|"
    # "Leonov and Valery Kubasov docked their Soyuz 19": their own craft
    r"(?:docked|undocked|landed|steered|brought|guided)(?=\s+(?:their|his|her)\s))"
    r"\s+(?:the\s+|their\s+|his\s+|her\s+)?"
    r"(?:own\s+|real\s+)?(?:spacecraft\s+|capsule\s+|ship\s+|mission\s+)?"
    r"|\s*\("  # "Gherman Titov (Vostok 2, 6 August 1961)"
    # "Bertalan Farkas of Hungary (Soyuz 36, May 1980)"
    r"|\s+(?:of|from)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s*\("
    r"|\s*\([^()]{1,30}\)\s*,\s*)$",  # "Mirosław Hermaszewski (Poland), Soyuz 31, June 1978"
    re.IGNORECASE,
)


def _flight_apposed(text: str, sentence: Sentence, gap: str, craft: Mention) -> bool:
    """Whether a person's flight is set off by commas after their name, with its date:
    "Helen Sharman, Soyuz TM-12, 19 May 1991", "Jean-Loup Chrétien, Soyuz T-6, launched
    the 24th of June 1982" (not "the suits of Gagarin, Soyuz 11 and Mir")."""
    return APPOSED_FLIGHT_GAP.fullmatch(gap) is not None and any(
        DATE_AFTER_FLIGHT.fullmatch(text, craft.end, start)
        for start, _ in sentence.date_spans if craft.end < start <= craft.end + 40)


APPOSED_FLIGHT_GAP = re.compile(r",[ \t]*")
DATE_AFTER_FLIGHT = re.compile(r",[ \t]*(?:(?:was[ \t]+)?(?:launched|lifted[ \t]+off|flew|"
                               r"went[ \t]+up)[ \t]+)?(?:on[ \t]+|in[ \t]+)?(?:the[ \t]+)?")
# A country's or agency's possessive before a name: "Cuba's", "East Germany's", "NASA's"
COUNTRY_POSSESSIVE = r"(?-i:(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*['’]s\s+)"
ROLE = (r"(?:(?:the|a|an|fellow|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:engineers?|"
        r"physicians?|doctors?|commanders?|cosmonauts?|astronauts?|pilots?|scientists?|"
        r"researchers?|journalists?|specialists?|cameram[ae]n|actors?|actress(?:es)?|"
        r"directors?|producers?|tourists?|passengers?)(?:\s+|,\s+)")  # "and his commander, B"
CREW_LINK_REVERSE = re.compile(
    r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*)?(?:\w+\s+){0,3}?"  # "Voskhod 1 (October 1964)"
    r"(?:['’]s\s+(?:only\s+|first\s+|last\s+)?(?:flight|mission),\s+)?"  # "Buran's only flight, "
    r"(?:launched\s+(?:(?:on|in)\s+)?[^,;:.]{1,30},\s+)?"  # "…, launched on 12 October 1964, took"
    r"(?:(?:first|only)\s+[\w-]+\s+to\s+)?"  # "became the first spacecraft to carry"
    r"(?:crewed by|piloted by|commanded by|carrying|carried|carry|"
    r"(?:was|were) to have been (?:flown|crewed|commanded) by|"  # a crew stood down
    r"with cosmonauts?|with astronauts?|crew of|flown by|of|"
    # ("Soyuz 9 kept Nikolayev and Sevastyanov up for 18 days")
    r"(?:took|takes|brought|brings|delivered|delivers|ferried|ferries|launched|launches|"
    r"lifted|lifts|carries|squeezed|squeezes|crammed|crams|kept|keeps)(?:\s+(?:home|up|back))?)"
    r"\s+"
    # "carried the first resident crew, Shepherd …", "carrying a crew of three: …"
    r"(?:(?:the|its|a|an|her|his)\s+(?:[\w-]+\s+){0,3}?crew(?:\s+of\s+\w+)?"
    r"(?:\s*[,:—–]|\s+-)\s*|"
    # "squeezed three men - A, B and C - into", "to carry three people: A, B and C",
    # "carried three men, A, B and C"
    r"(?:two|three|four|five|six|seven|[2-7])\s+(?:people|men|cosmonauts|astronauts)"
    r"\s*(?:[:—–,]|\s-)\s*)?"
    r"(?-i:the\s+[A-Z][\w-]+\s+)?"  # "carries the Pole Mirosław Hermaszewski"
    rf"{COUNTRY_POSSESSIVE}?"  # "carried Cuba's Tamayo Méndez"
    rf"(?:cosmonauts?\s+|astronauts?\s+|{ROLE})?$",  # "carried Czechoslovak pilot B"
    re.IGNORECASE,
)
# "Soyuz 19 lifted off on 15 July 1975 with Alexei Leonov": companions named after the
# craft, within one clause (no comma), not "docked with" or "compared with" a person.
CREW_WITH = re.compile(
    # "Soyuz 23, launched on 14 October 1976 with Zudov": a participle phrase may open it
    r"(?:,(?=\s+(?:launched|lifted off|flown|sent up|rose)\b))?"
    # (a date's commas may come between: "on May 18, 1991, with Afanasyev")
    r"(?:\s+[\w/.-]+(?:(?<=\d):\d[\w/.-]*)?(?:(?<=\d),)?){0,12}?(?<!docked)(?<!compared)(?<!contact)(?<!met)"
    r"(?<!linked up)"
    r"\s+(?:with|alongside|together with|under the command of|commanded by|piloted by|"
    r"crewed by|carrying)\s+(?:(?:the\s+|his\s+|her\s+)?(?:cosmonauts?|astronauts?|"
    r"commanders?|pilots?|(?:flight\s+)?engineers?)\s+)?",
    re.IGNORECASE)
# "docked their Soyuz 19 with an Apollo carrying Tom Stafford": the other ship's crew
OTHER_SHIP_IN_GAP = re.compile(r"\b(?:with|and|to)\s+(?:an?|the|their|its)\s+[A-Z]")
# A list entry's date between dashes: "Soyuz 10 – 23 April 1971 – …", "Luna 10 –
# launched 3 April 1966 – first spacecraft to orbit the Moon"
_ENTRY_DATE = (r"\s+[-–—]\s+(?:launched\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|"
               r"[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}|\d{4}-\d\d-\d\d)\s+[-–—]\s+")
ENTRY_DATE = re.compile(_ENTRY_DATE)
# "docked with Soyuz 5 - Boris Volynov, Aleksei Yeliseyev and Yevgeny Khrunov": its crew
# set off by a dash
# "Soyuz 4, with Shatalov,", "The Soyuz 11 crew, Georgy Dobrovolsky, …"
CREW_DASH = re.compile(r"\s+[-–—]\s+|\s*[—–]\s*|"
                       # a list's entry: "Soyuz 10 – 23 April 1971 – Shatalov, …"
                       rf"\)?{_ENTRY_DATE}|"
                       # (also after the ship's date: "Voskhod, 12 Oct 1964, with Komarov")
                       r",(?:\s+(?:\d{1,2}[ .])?(?:[A-Z][a-z]{2,8}\.?\s|[IVX]{1,4}\.)?\d{4},)?"
                       r"\s+(?:again\s+|also\s+)?(?:with|alongside)\s+|"
                       r"(?:\s+|['’]s\s+)crew\s*[,:]\s+|"  # "Soyuz 11's crew, Dobrovolsky, …"
                       # "Soyuz 10 docked, but its crew, Shatalov, …, could not get in"
                       r",?\s+[^;:.()]{0,50}?,\s+(?:but|and|yet)\s+its\s+crew\s*[,:]\s+|"
                       # a fact sheet's line: "Soyuz 4 launch: 14 January 1969; crew Shatalov"
                       r"(?:\s+[^;\n]{1,60})?;\s+(?:crew|crewed\s+by)\s*:?\s+")
# A timeline's or a list's "Soyuz 39: Dumitru Prunariu (Romania) and …": a ship's crew,
# also with its date before the colon ("Soyuz 30, 28 June 1978: Miroslaw Hermaszewski")
CREW_COLON = re.compile(r"(?:,[ \t]+(?:\d{1,2}[ \t]+)?(?:[A-Z][a-z]+\.?[ \t]+)?"
                        r"(?:\d{1,2},?[ \t]+)?\d{4}|"
                        r",[ \t]+\d{1,2}\.[IVX]{1,4}\.\d{4}|"  # "Soyuz 28, 2.III.1978: …"
                        # a log's shorthand launch: "MS-24 up: …", "MS-26 launched 16:23: …"
                        r"[ \t]+(?:up|away|launched|lifted[ \t]+off)(?:[ \t]+(?:at[ \t]+)?"
                        r"\d{1,2}[:.]\d\d)?)?\s*:\s+")
# A crew in brackets after its ship: "Soyuz 10 (Shatalov, Yeliseyev, Rukavishnikov)",
# "Voskhod 2 (commander Belyayev)"
CREW_BRACKET = re.compile(rf"[ \t]*\([ \t]*(?:{ROLE})?", re.IGNORECASE)
# A crew named by role after its ship (and the ship's date), where the ship opens brackets
# or follows "crew of" (CREW_OF_BEFORE): "Hermaszewski (Soyuz 30, 27 June 1978, commander
# Klimuk)", "The crew of Soyuz T-5, commander Berezovoy and flight engineer Lebedev"
CREW_ROLE_AFTER = re.compile(rf",[ \t]+(?:[^,;:()\n]{{1,25}},[ \t]+)?{ROLE}", re.IGNORECASE)
# … or by a verb: "The crew of Soyuz 11, launched on 6 June 1971, were Dobrovolsky, …"
CREW_OF_VERB = re.compile(rf"(?:,[^,;:()\n]{{1,40}},)?\s+(?:were|was|included|comprised|"
                          rf"consisted\s+of)\s+(?:{ROLE})?", re.IGNORECASE)
# … or in apposition: "The crew of Soyuz 11, Dobrovolsky, Volkov and Patsayev, died"
APPOSED_CREW = re.compile(r",[ \t]+")
CREW_OF_BEFORE = re.compile(r"(?:\(|\bcrew\s+of\s+(?:the\s+)?(?:ship\s+)?)\Z",
                            re.IGNORECASE)
# "Voskhod 1 flew on 12 October 1964, with Komarov, Feoktistov and Yegorov aboard": after
# a comma, "with" names the crew only when "aboard" closes the list
CREW_WITH_ABOARD = re.compile(r"(?:,?\s+[\w-]+){1,10}?,\s+with\s+")
ABOARD_AFTER = re.compile(r"[^.;:!?()]{0,80}?\s(?:aboard|on board)\b")
# A craft named right after these is where the crew went, not what carried them ("docked
# with Mir with Artsebarsky aboard").
VISITED = re.compile(r"\b(?:to|with|at|reach(?:ed|ing)?|visit(?:ed|ing)?|join(?:ed|ing)?|"
                     r"board(?:ed|ing)?)\s+(?:the\s+)?"
                     r"(?:(?:station|complex|ISS|outpost)['’]s\s+)?\Z",  # "the station's Poisk"
                     re.IGNORECASE)
# "A, born in 1948, and B": an aside on A's life inside a list of people.
LIFE_ASIDE = r"(?:\s*,\s*(?:born|aged)\s+[^,;()]{1,25}?(?=,))"
# Between two names of one list: "A, B and C", "A, the engineer B and the physician C".
# A reader's pronunciation guide after a name: "Leonid Kizim [KEE-zim]"
PRONUNCIATION = r"(?:\s*\[[^\[\]\n]{1,40}\])"
PERSON_LIST_GAP = re.compile(rf"{LIFE_ASIDE}?{PRONUNCIATION}?"
                             r"(?-i:\s*\([A-Z][a-zA-Z\s-]{0,30}\))?"  # "(Hungary)"
                             # "of Poland", "of East Germany"
                             r"(?-i:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?"
                             r"\s*(?:,\s*(?:and\s+)?|and\s+|[&+]\s+|/\s*|"  # "Ivanishin/Onishi"
                             r"with\s+(?:(?:fellow\s+)?(?:cosmonauts?|astronauts?)\s+)?)"
                             # "and NASA's Kate Rubins", "and East Germany's Sigmund Jähn"
                             rf"{COUNTRY_POSSESSIVE}?(?:{ROLE})?"
                             r"(?-i:the\s+[A-Z][\w-]+\s+)?"  # "and the Kazakh Toktar Aubakirov"
                             r"(?-i:[A-Z][a-z]+\s+)?",  # a first name the catalog lacks
                             re.IGNORECASE)
# "…, and came home on Soyuz MS-12": a second verb whose subject is left out.
ELIDED_SUBJECT_VERB = re.compile(
    r"\s*,\s*and\s+(?:then\s+|later\s+)?[a-z]+(?:ed|ew|ent|ame|ook|ode)\b", re.IGNORECASE)
# A craft named after these is the one someone came home in, not the one they went up in.
# "was launched aboard", "lifted off in", "went up on": who went up in the craft
LAUNCH_CRAFT = re.compile(r"\b(?:launch(?:ed|ing)|lift(?:ed|ing)\s+off|blasted\s+off|went\s+up|"
                          r"rode\s+up|flew\s+up)\s+(?:[\w-]+\s+){0,2}?(?:on|in|aboard|inside)\s+"
                          r"(?:the\s+)?\Z"
                          # "reached Salyut 7 aboard Soyuz T-5", "who arrived on Soyuz TM-18"
                          r"|\b(?:reached|arrived(?:\s+at)?)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:on|in|aboard|inside)\s+(?:the\s+)?\Z"
                          # as translations from Russian say it: "who started on the ship"
                          r"|\bstarted\s+(?:on|aboard)\s+(?:the\s+)?(?:ships?\s+)?\Z",
                          re.IGNORECASE)
# "Soyuz MS-23 brought Prokopyev, Petelin and Rubio home": who came down in it
BROUGHT = re.compile(r",?\s+(?:brought|brings|bringing|ferried|ferries|carried|carries)\s",
                     re.IGNORECASE)
# the rest of a list of names: ", Musabayev and Krikalev"
MORE_NAMES = r"(?:(?:,\s*|,?\s+and\s+)(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3})*"
HOME_AFTER_NAMES = re.compile(MORE_NAMES + r"\s+(?:home|back)\b", re.IGNORECASE)
# "Soyuz TM-31 carries Shepherd, Gidzenko and Krikalev to the ISS": who went up in it
UP_AFTER_NAMES = re.compile(MORE_NAMES + r"\s+(?:up\s+)?(?:to|into)\s+(?:the\s+)?(?:ISS\b|"
                            r"International\s+Space|orbit\b|space\b|Mir\b|Salyut|station\b)",
                            re.IGNORECASE)
# "Soyuz TM-29 landed with Afanasyev, Avdeyev and Haigneré": who came home in it
LANDED_WITH = re.compile(r",?\s+(?:landed|touched\s+down|came\s+(?:home|back|down)|returned)"
                         # (a date's comma is no clause's: "landed on June 3, 1980 with")
                         r"(?:\s+(?:[^,;:()]|,(?=\s\d{4}\b)){1,40}?)?\s+(?:with|carrying)\s+"
                         r"(?:[\w-]+\s+){0,3}?",
                         re.IGNORECASE)
# "Soyuz MS-23 lifted off … with Prokopyev": the people named went up in it
LAUNCH_VERB_AFTER = re.compile(r",?\s+(?:was\s+)?(?:launched|lifted\s+off|blasted\s+off|"
                               r"went\s+up)\b", re.IGNORECASE)
RETURN_CRAFT = re.compile(r"\b(?:(?:came|comes|come|coming)\s+(?:home|back|down)"
                          # "came back up on Soyuz T-12", "came back to space", "came back
                          # for his third flight, on Soyuz TM-7": a launch
                          r"(?!\s+(?:up|to\s+(?:space|orbit)|into\s+(?:space|orbit)|for)\b)|"
                          r"returned|"
                          r"returning|returns|landed|landing|"
                          # "were back already on 6 April in Soyuz MS-24"
                          r"(?:were|was|got|are|is)\s+(?:\w+\s+)?back)\s+(?:[\w.,-]+\s+){0,6}?"
                          r"(?:on|in|aboard|inside)\s+(?:the\s+)?(?:[\w-]+\s+)?\Z",
                          re.IGNORECASE)
LIST_AND = re.compile(r"\s*,?\s*(?:and|&)\s", re.IGNORECASE)
# Who comes along with someone named before: "Faris flew … with Viktorenko and Laveikin".
COMPANION_INTRO = re.compile(
    r"\b(?:with|alongside|accompanied by|joined by)\s+(?:(?:the\s+|his\s+|her\s+|fellow\s+)?"
    r"(?:cosmonauts?|astronauts?|commanders?|pilots?|(?:flight\s+)?engineers?)\s+)?"
    r"(?:[\w-]+['’]s\s+)?(?-i:the\s+[A-Z][\w-]+\s+)?\Z", re.IGNORECASE)
PERIOD_CONTEXT = _rx(r"every|orbital period|period of|once every|each orbit|per orbit|"
                     r"circl(?:ed|ing|es) (?:the )?(?:earth|globe|planet)|revolution|"
                     r"(?:one|each|a|per|every) (?:lap|circuit)|"
                     # "she made 48 orbits, each lasting about 88 minutes", "two orbits,
                     # inclined at 65 degrees, each of them lasting about an hour and a half"
                     r"orbits,(?: (?:[^.;:,]|\.(?=\d)){1,40},)? each (?:one |of them )?"
                     r"(?:lasting|taking)|"
                     # "an orbit that took nine days to complete"
                     r"orbit (?:that|which) (?:took|takes|lasted|lasts)|"
                     # "One orbit took 89 minutes", "His orbit took 89 minutes" ("Each orbit
                     # took …" is "each orbit" above, and "every" too)
                     r"(?:one|a single) orbit (?:took|takes|lasted|lasts)|"
                     # "Its first orbit took about 92 minutes"
                     r"(?:its|his|her) (?:first )?orbit (?:took|takes)")
ORBIT_ELEMENTS = ("orbital_period", "perigee", "apogee", "inclination")
PERSON_PERIOD_MAX = 3 * 3600  # seconds: longer is no period of a crewed flight's orbit
# A sentence about one lap of the orbit of whatever was told of last: "Each orbit took…"
EACH_ORBIT_OPENS = _rx(r"\s*(?:(?:with|at|in|on|by) [^,;:]{1,25}?,? |so |then |and )?"  # "With
                       # those numbers one lap took roughly 88 min"
                       r"(?:each|every|one|a single) (?:orbit|revolution|circuit|lap)")
# An orbit's time told right before it: "an orbit of 89 minutes", "a single orbit of "
ORBIT_OF_BEFORE = re.compile(rf"\b(?:(?P<one>single|one|lone)\s+)?orbit\s+of\s+"
                             rf"(?:(?:{_ROUGHLY}|over|under)\s+)?\Z", re.IGNORECASE)
# "period ~12 hrs", "period: 96.2 min": the word right before the number
PERIOD_RIGHT_BEFORE = re.compile(r"\bperiod\s*[:=~≈]?\s*(?:(?:of|about|around|roughly)\s+)?\Z",
                                 re.IGNORECASE)
# Times within a flight that are not its length: how long two ships stayed docked.
DURATION_EXCLUDED = _rx(r"(?:stayed|remained|were|was|spent|kept) (?:\w+ )?(?:together|docked|"
                        r"joined|linked)|"
                        # "a record he had held for almost six years"
                        r"record (?:\w+ ){0,3}held|"
                        # "bound for a 60-day stay" (that never came): what was meant
                        r"(?:bound|meant|intended|headed) for an?")
# "Russia's first Moon mission for 47 years", "the first time in ten years": the gap since
# the last one, not a flight's length
FIRST_IN_YEARS = re.compile(r"\bfirst\b(?:\s+[\w'’-]+){0,4}\s+(?:for|in)\s+(?:(?:almost|"
                            r"nearly|over|more\s+than|some|about)\s+)?\Z", re.IGNORECASE)
# A record another set, named after it: "beating the 84-day record of America's last
# Skylab crew" (a name after it is handled as the record's holder, see NAME_AFTER)
RECORD_OF_OTHERS = re.compile(r"\b(?:beat|beating|broke|breaking|surpass(?:ed|ing)?|"
                              r"eclips(?:ed|ing)|exceed(?:ed|ing)|overtook|overtaking)\s+"
                              r"(?:the\s+|a\s+|[\w-]+['’]s?\s+)?(?:previous\s+|old\s+)?\Z",
                              re.IGNORECASE)
RECORD_AFTER = re.compile(r"\s+(?:endurance\s+)?record\b", re.IGNORECASE)
WHOSE_BEFORE = re.compile(r"\s*,?\s*whose\s+(?:\w+\s+)?")
# "Mir, by then two and a half years in orbit": how old something was, not a flight.
AGE_SO_FAR = re.compile(r"\b(?:by then|by that time|by now|already)\s+(?:\w+\s+)?\Z",
                        re.IGNORECASE)
# "no other woman flew for nineteen years": how long something did not happen (but "they
# never got through the hatch and came home after three days" is how long they flew).
DURATION_DENIED = _rx(r"no|nobody|no one|none|not|never|\w+n['’]t")
CONJUNCTION = _rx(r"and|but|or|so")


def _last_conjunct(clause: str) -> str:
    """What follows the last "and", "but", "or" or "so" of ``clause`` (all of it without one)."""
    ends = [m.end() for m in CONJUNCTION.finditer(clause)]
    return clause[ends[-1]:] if ends else clause
# How long a spacewalk lasted is not how long the flight did.
# A time spent outside the craft: "his walk lasted 12 minutes", "he was outside for 12"
SPACEWALK = _rx(r"(?:space)?walks?|eva|extravehicular|excursion|outside")
# How a flight ends, before the time "after launch" it took: "burned up …, 185 days after"
FLIGHT_ENDED = _rx(r"landed|touched down|came (?:down|home|back)|splashed down|burned up|"
                   r"re-?entered|crashed|impacted|de-?orbited|returned|ended")
# "circled the Earth twice and landed three hours and 24 minutes after launch": counted
# from the launch, so no orbital period
AFTER_LAUNCH = re.compile(r"\s+after\s+(?:(?:the|its|his|her|their)\s+)?(?:launch|"
                          r"lift-?off|take-?off)\b", re.IGNORECASE)
OUTSIDE_BEFORE = re.compile(r"\boutside\s+(?:of\s+)?(?:the\s+)?\Z", re.IGNORECASE)
OUTSIDE_AFTER = re.compile(r"\s+(?:outside|in open space|on a tether|tethered|"
                           r"(?:space[ -]?)?walks?|EVAs?|excursions?)\b", re.IGNORECASE)
# "five days after its sister ship", "two weeks earlier": the time between two events,
# not how long one lasted (but "108 minutes after launch" is the flight's length so far);
# "failed two minutes into flight": when something happened in it
BETWEEN_EVENTS_AFTER = re.compile(
    r"\s+(?:before|later|earlier|ago|"
    r"after(?!\s+(?:(?:the|his|her|their|its)\s+)?(?:launch|lift-?off|take-?off))|"
    r"into(?=\s+(?:(?:the|his|her|their|its)\s+)?(?:flight|ascent|launch|mission|climb)\b))\b",
    re.IGNORECASE)
# "one orbit late", "an hour behind schedule": how far off a plan, not how long
BEHIND_TIME = re.compile(r"\s+(?:late|early|behind|ahead\s+of|short\s+of)\b", re.IGNORECASE)
DURATION_CONTEXT = _rx(r"(?:space)?flight|mission|lasted|lasting|spent|long|voyage|journey|trip|"
                       r"in space|in orbit|duration|stay|stayed|stint|orbited for|aloft|"
                       r"remained (?:aboard|on board|in orbit|in space)|"
                       r"(?:flew|flown) (?:[\w-]+ ){0,3}?for|"  # "flew Vostok 2 for"
                       # "He was up ten days", "almost eighty-one hours up": in space
                       # "Gagarin was only up for 89 minutes"
                       r"(?:was|were|been|stayed) (?:(?:only|just|still) )?up|"
                       # "Soyuz 9 kept Nikolayev and Sevastyanov up for almost 18 days"
                       r"kept (?:[\w'’-]+,? ){1,6}?up|"
                       r"(?:minutes|hours|days|weeks|months) up|"
                       # "Sharman only did about ten days": a time served up there
                       r"did(?= (?:[\w-]+ ){0,3}?(?:hours|days|weeks|months)\b)|"
                       # "lived on board for over four weeks", "lived on Mir for 438 days"
                       r"lived (?:on board|aboard|in orbit|in space|on (?!for\b)(?=\w))|"
                       r"from (?:launch|lift-?off) to (?:landing|touchdown|splashdown)|"
                       r"(?:home|back|down|landed|landing|returned|returning|"
                       # "re-entered on 11 October 1971 after 157 days"
                       r"re-?entered|deorbited|de-orbited|decayed|burn(?:ed|t) up)\b[^.;]{0,40}?"
                       r"\bafter|"
                       # … or the time first: "After nearly nine days he returned"
                       r"after [^.;:,]{1,30}?(?:days|hours|weeks|months),? (?:he|she|they|"
                       r"the crew|the pair) (?:\w+ )?(?:returned|landed|came (?:home|back|down)"
                       r"|touched down)")
# Between a count of orbits and the time they took, as notes pair them: "Seventeen orbits,
# a little over 25 hours", "Fifteen orbits in just over 24 hours"
ORBITS_THEN_TIME = re.compile(r"\s*(?:,\s*(?:and\s+|in\s+)?|\s+(?:in|and)\s+)(?:(?:a\s+little|"
                              r"just|nearly|almost|about|around|over|under|roughly|some|"
                              r"more\s+than|less\s+than)\s+)*", re.IGNORECASE)
# Between a person's name and a time they spent: "Titov's two full days"
POSSESSIVE_GAP = re.compile(r"['’]s?[ \t]+")
AMOUNT_OF = re.compile(r"\s*\)?\s*(?:\([^()]{1,20}\)\s*)?of\s+(?!(?:it|which|whom)\b)",
                       re.IGNORECASE)
MASS_CONTEXT = _rx(r"weigh(?:ed|ing|s)?|mass|heavy|kg|kilograms?|tonnes?|tons?|pounds?")
PERIGEE = _rx(r"perigee|lowest point|low point")
APOGEE = _rx(r"apogee|highest point|high point|peak(?:ing|ed|s)? at|"
             r"orbit (?:that|which) (?:reached|climbed|rose|swung) (?:out |up )?to")
ORBIT_RANGE = _rx(r"orbit|altitude|above (?:the )?earth|elliptical")
ORBIT_TIMES = re.compile(r"\d\s*(?:×|x)\s*\d")
# (or "an orbit tilted about fifty-one degrees to the equator", where a decimal point ends
# no sentence: "tilted 51.6 degrees to the equator")
INCLINATION = _rx(r"inclin(?:ation|ed)|tilt(?:ed)?(?=(?:[^.;]|\.\d){0,40}?\bto\s+the\s+equator\b)|"
                  r"orbit (?:was|is|were|are) tilted")  # "the ISS orbit is tilted at 65°"
# an orbit told, then the angle it is flown at: "circled the Earth every 92 minutes at "
ORBIT_AT_ANGLE = re.compile(r"\b(?:orbit(?:s|ed|ing)?|circl(?:ed|es|ing)(?:\s+the\s+(?:earth|"
                            r"globe|planet))?)\b[^.;]{0,40}?\bat\s+\Z|"
                            # "It flew at sixty-five degrees, like the old Vostoks"
                            r"\bfl(?:ew|ies|own|ying)\s+at\s+\Z", re.IGNORECASE)
ORDINAL_NAMES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth")
# an ordinal in digits, of any size: "the 5th", "the 88th human in space"
FIRST_WORDS = "|".join((*ORDINAL_NAMES, r"\d{1,3}(?:st|nd|rd|th)"))
# "the station's second module", "Mir's first add-on", "the very first ISS module"
FIRST_PREFIX = (r"(?:(?:(?:the\s+)?(?:history|humanity|world|planet|programme|program|"
                r"station|outpost|complex|ISS|Mir)['’]s\s+|the\s+|its\s+|his\s+|her\s+)"
                r"(?:very\s+)?)")
FIRST_PHRASE = re.compile(
    rf"\b{FIRST_PREFIX}?(?P<ord>{FIRST_WORDS})[- ]ever\s+|"
    rf"\b{FIRST_PREFIX}?(?P<ord2>{FIRST_WORDS})\s+",
    re.IGNORECASE,
)
# "its first", "their first": a first among the possessor's own.
POSSESSIVE_FIRST = re.compile(r"(its|his|her|their)\s", re.IGNORECASE)
# The prefix that ends where an ordinal word starts (searched up to that word).
FIRST_PREFIX_BEFORE = re.compile(rf"\b{FIRST_PREFIX}\Z", re.IGNORECASE)
# A first phrase ends at punctuation, an em dash or a spaced dash (not "Shuttle–Mir").
PHRASE_END = re.compile(r"[,.](?!\d)|[;:!?()\"“”—]|(?<!s)['’](?=\s)|\s[–-]\s|-in\b|"
                        r"\s(?:and|but|which|who|while|when|as|was|were|is|"
                        r"(?:took place|happened|occurred|came) (?:in|on)\b|"
                        r"after|before|since|because|following|marking|making|paving|"
                        r"in (?:19|20)\d\d|(?:in|on \d{1,2}(?:st|nd|rd|th)?) "
                        rf"{_MONTH_WORD}|"
                        r"on the \d{1,2}(?:st|nd|rd|th)?|"
                        r"on (?:january|february|march|april|"
                        r"june|july|august|september|october|november|december)|"
                        # "the first soft landing on another planet that December"
                        rf"(?:that|this|the same|the following|next|last) (?:{_MONTH_WORD}|"
                        r"year|month|week|spring|"
                        r"summer|autumn|fall|winter)|"
                        # "the first soft landing there three days afterwards"
                        r"[\w-]+ (?:hours?|days?|weeks?|months?|years?) (?:later|afterwards?|"
                        r"earlier))\b",
                        re.IGNORECASE)
# A clause naming the two nations a first is outside of: "who was neither Soviet nor
# American" (the registry's "first non-Soviet non-American in space"), "who came from
# neither the Soviet Union nor the United States", "neither a Soviet nor an American citizen"
_NEITHER_NATIONS = (r"(?:from\s+)?neither\s+(?:the\s+|an?\s+)?(?P<a>[A-Z][\w-]+(?:\s+(?:Union|"
                    r"States))?)\s+nor\s+(?:the\s+|an?\s+)?(?P<b>[A-Z][\w-]+(?:\s+(?:Union|"
                    r"States))?)")
NEITHER_NOR = re.compile(r"\s*(?:who|that|which)\s+(?:was|were|is|came|comes)\s+"
                         rf"{_NEITHER_NATIONS}(?:\s+(?:citizen|national)s?\b)?")
# the same clause inside the phrase: "the first person in space from neither the USSR nor
# the USA"
NEITHER_NOR_IN_PHRASE = re.compile(rf"\s+(?:(?:who|that|which)\s+(?:was|were|is|came|comes)\s+)?"
                                   rf"{_NEITHER_NATIONS}(?:\s+(?:citizen|national)s?)?\Z")
# A nation named in NEITHER_NOR, as the registry's phrases name its people
NATION_DEMONYMS = {"Soviet Union": "Soviet", "USSR": "Soviet", "United States": "American",
                   "USA": "American", "US": "American", "America": "American",
                   "Russia": "Russian"}
# "was first planned to fly in 2007": when it was planned, unless an article makes it
# "the first planned …"
PLAN_PARTICIPLE = re.compile(r"planned|scheduled|proposed|intended|meant|announced|"
                             r"conceived|designed|ordered|approved", re.IGNORECASE)
ARTICLE_BEFORE = re.compile(r"\b(?:the|a|its|their|his|her)\s+\Z", re.IGNORECASE)
# "first launched in 1967", "first flew": "first" says when, not who was first.
FIRST_AS_ADVERB = re.compile(r"\w+ed|flew|flown|went|began|begun|came|saw|took|made",
                             re.IGNORECASE)
# The words after an ordinal that make it a day, an age or an address: "the second
# anniversary of Sputnik 1", "the 20th century", "27th Ave S"
NOT_A_RECORD = frozenset(("anniversary", "anniversaries", "birthday", "century", "centuries",
                          "ave", "avenue", "street", "st", "road", "rd"))
# A serial list ("an orbiter, lander, and rover") is one piece of a "first" phrase: its
# commas and its "and" do not end the phrase.
SERIAL_LIST = re.compile(r"\b\w+(?:,\s+\w+)+,?\s+(?:and|or)\s+\w+")
# Between two firsts said of one subject: "the first X and the fifth Y".
# "the second woman in space (in 1982) and(, two years later,) the first to …": a first
# joined on to another is said of the same subject, and so is one set after it by a dash:
# "the first person in space who was neither Soviet nor American - the 88th human in space"
COORDINATED_FIRST = re.compile(r"(?:\s+(?:in|on|by)\s+[^,;.()]{1,25}?)?"
                               r"(?:\s*(?:,\s*|\s[—–-]\s*|—\s*)?(?:and|as well as)"
                               r"(?:\s*,\s*[^,;.()]{1,30},)?\s+|\s[—–-]\s+|\s*—\s*)",
                               re.IGNORECASE)
# "this was the first", "she became the first": a pronoun standing for an earlier entity.
PRONOUN_BEFORE_FIRST = re.compile(
    r"(?<![\w'’-])(?:(?P<pronoun>it|this|she|he|the\s+(?:[\w-]+\s+)?(?:probe|spacecraft|"
    r"satellite|craft|lander|rover|orbiter|capsule|ship|module))(?:['’]d|\s+had|\s+has)?"
    r"\s+(?:(?:is|was)\s+)?(?:(?:often|sometimes|widely|also|still|wrongly|usually|already)\s+)*"
    r"(?:was|is|became|become|becomes|remains|remained|remembered as|regarded as|considered|"
    r"known as|called|described as|hailed as|credited as)\s+(?:also\s+)?"
    r"|(?:making|made|makes|make)\s+(?P<object>him|her|it)\s+)$",
    re.IGNORECASE)
PRONOUN_GROUP = {"it": "craft", "this": "craft", "she": "person", "he": "person",
                 "him": "person", "her": "person"}
COPULA_BEFORE_FIRST = re.compile(
    r"(?:\b(?:was|became|is|becomes|becoming|made|makes|performed|conducted|achieved|"
    r"marked|completed|carried out|remains|as|being|"
    # "sent back the first signals ever received from the surface of another planet"
    r"sent back|beamed back|returned|transmitted|relayed|took|captured)\s+"
    r"(?:(?:only|just|merely)\s+)?|,\s*(?:(?:only|just|merely)\s+)?)$",
    re.IGNORECASE)
POSSESSIVE_BEFORE_FIRST = re.compile(
    r"['’]s\s+(?:historic\s+|\w+\s+)?(?:flight|voyage|mission|journey|launch)"
    r"\s+(?:as|was|became|made)\s+", re.IGNORECASE)
OPERATOR_ADJECTIVES = {
    "soviet": "SU", "ussr": "SU", "russian": "RU", "russia's": "RU", "american": "US",
    "u.s.": "US", "us": "US", "nasa": "US", "chinese": "CN", "china's": "CN",
    "japanese": "J", "indian": "IN",
}
OPERATOR_BEFORE = re.compile(
    r"\b(Soviet|USSR|Russian|American|U\.S\.|US|Chinese|Japanese|Indian)\s+"
    r"(?:(?:space\s+)?(?:probe|spacecraft|satellite|station|space station|module|mission|"
    r"lander|rover|orbiter|capsule|craft|ship)\s+)?$"
)
OPERATOR_VERB = re.compile(
    r"\s+(?:\w+\s+)?(?:launched|sent|built|operated|developed|designed|orbited|"
    r"put up|deployed)\s+(?:the\s+|its\s+|a\s+)?(?:\w+\s+){0,2}?", re.IGNORECASE)
SITE_LINK = _rx(r"(?:launched|lifted off|blasted off|took off|launch(?:es|ing)?)\s+from|"
                r"from|left|leaves|departed|departs|climbed out of")
# A site in a clause of its own after the craft's: "…, and from Vostochny …"
SITE_OWN_CLAUSE = re.compile(r"(?:[;]|,\s*(?:and|but|while|whereas))\s+from\s+(?:the\s+)?"
                             r"(?:[\w-]+\s+){0,3}\Z", re.IGNORECASE)
# "…, and one day after the first launch of an Angara A5 from Vostochny": the site of that
# rocket's own launch, not the craft's
ANOTHER_LAUNCH_FROM = re.compile(r"\blaunch(?:es)?\s+of\s+(?:an?|the)\s+[^,;:()]{1,30}?\s+"
                                 r"from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
# "Kosmos 954, operated by the Soviet Navy": the party after the craft runs it.
OPERATED_BY = re.compile(r"\b(?:operated|run|owned|controlled)\s+by\s+(?:the\s+)?$",
                         re.IGNORECASE)
VEHICLE_FAMILIES = re.compile(
    r"\b(?P<family>R-7|Semyorka|Vostok|Voskhod|Molniya|Soyuz(?:-[0-9A-Z.]+)?|"
    r"Proton(?:-[KM])?|Zenit|Energiy?a|Angara|Ts[iy]klon|Cyclone|Rokot|Dnepr|N-1|N1|"
    r"Saturn V|Saturn IB|Falcon 9|Long March|Ariane \d|Atlas|Titan|Delta)\s+"
    r"(?:rockets?|launchers?|boosters?|launch vehicles?|carrier rockets?)\b"
)
# Rockets whose bare name never names a craft ("an Energia launched Buran", "aboard a
# Proton-K"); "Vostok", "Soyuz 2" and "Molniya" are left out, they name craft too.
ROCKET_NAMES = re.compile(
    r"\b(?:R-7|Semyorka|Proton(?:-[KM])?|Zenit(?:-[23]\w*)?|Energiy?a|Angara(?:-A5)?|"
    r"Tsiklon(?:-[234]\w*)?|Tsyklon(?:-[234]\w*)?|Cyclone|Rokot|Dnepr|N-1|N1|Saturn V|"
    r"Saturn IB|Falcon 9|"
    r"Soyuz-(?:U2?|FG|ST(?:-[AB])?|2\.1[abv])|Long March(?: \d\w*)?|Ariane \d)\b")
# The same, one each: "both on Protons"
ROCKET_NAMES_OR_PLURAL = re.compile(
    "(?P<name>" + ROCKET_NAMES.pattern.removesuffix(r"\b") + r")(?:e?s)?\b")
# "Zvezda followed in July 2000 on a Soyuz", "Mars 3 followed … on a Molniya": a Soyuz or
# Molniya with no number, ridden, is the rocket
A_BARE_ROCKET = re.compile(r"\b(?:on|aboard|atop|by|of)\s+an?\s+(?P<name>Soyuz|Molniya)\b"
                            r"(?![\s-]*(?:[A-Z]{1,3}[\s-]?)?\d)(?!\s+(?:spacecraft|capsule|"
                            r"ship|ferry|craft|crew|seat))")
# A rocket family's bare name in a reply to "On which rocket?" ("DEV: A Soyuz."), or alone
# in a rocket's cell ("Rocket: Vostok")
BARE_ROCKET_FAMILY = re.compile(r"\b(?P<name>Soyuz|Molniya|Vostok|Voskhod)\b"
                               r"(?![\s-]*(?:[A-Z]{1,3}[\s-]?)?\d)")
# Words one of which every ROCKET_NAMES match contains, looked for in case-folded text.
ROCKET_WORDS = tuple(word.lower() for word in literal_starts(ROCKET_NAMES))
LAUNCH_VERB = (r"launch(?:ed|es)?|lofted|carried|lifted(?:\s+off)?|put|placed|sent|boosted|"
               r"delivered|went up|flew|rode|orbited|took off|blasted off|lifts off|"
               r"rides|sets off|leaves|left|headed|followed|rose|climbed|soared|arrived")
# "Salyut 7, was lofted by a Soyuz-U", "Zarya … was launched on 20 November 1998 on a
# Proton-K": the craft, a launch verb, then the rocket after "on", "aboard", "by" …; or
# "Luna 9 rode a Proton": the rocket as the object of "rode".
VEHICLE_AFTER_CRAFT = re.compile(
    rf"(?:[^;:]*?\b(?:{LAUNCH_VERB})\b[^;:]*?\b(?:on|aboard|by|atop|using|on\s+top\s+of)\s+"
    r"|\**\s+(?:\w+\s+)?(?:rode|rides|riding)\s+"
    # "Soyuz MS-10 … aborted when a booster failed on their Soyuz-2.1a rocket"
    r"|[^;:]*?\b(?:booster|rocket|launcher|engine|stage)\s+(?:failed|exploded|malfunctioned)"
    r"\s+(?:on|aboard)\s+(?:their|its|his|her)\s+)"
    r"(?:(?:a|an|the)\s+)?(?:modified\s+|converted\s+|new\s+|heavy\s+)?"
    # "by the carrier rocket Proton-K", as Russian names it
    r"(?:(?:carrier\s+)?(?:rocket|booster|launcher)\s+)?", re.IGNORECASE)
# "Mars 96 was lost after its Proton-K launch": the rocket named in the craft's own launch
OWN_ROCKET_BEFORE = re.compile(r"[^;:]*?\b(?:its|their)\s+")
OWN_LAUNCH_AFTER = re.compile(r"\s+(?:launch|lift-?off|ascent|ride)\b", re.IGNORECASE)
LAUNCH_VERB_WORD = re.compile(rf"\b(?:{LAUNCH_VERB})\b", re.IGNORECASE)
# "Venera 7: launched on a Proton": a heading's colon between the craft and its launch
HEADING_COLON = re.compile(r":[ \t]+(?=[a-z])")
# "an Energia launched the Buran orbiter": the rocket, a launch verb, then the craft.
VEHICLE_BEFORE_CRAFT = re.compile(
    rf"\s+(?:(?:rocket|booster|launcher)\s+)?(?:{LAUNCH_VERB}|carrying|lofting|launching)\s+"
    r"(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){0,3}?"
    # "the Soyuz-2.1a booster carrying Aleksey Ovchinin and Nick Hague on Soyuz MS-10"
    r"|\s+(?:(?:rocket|booster|launcher)\s+)?carrying\s+(?:[A-Z][\w'’.-]*(?:\s+|,\s+|\s+and\s+)"
    r"){1,9}(?:on|aboard|in)\s+(?:the\s+)?(?:spacecraft\s+|ship\s+)?", re.IGNORECASE)
# The nouns "the …" refers back to a craft with ("the probe", "the crew", "the flight")
CRAFT_REFERENCE_NOUNS = (r"spacecraft|station|probe|module|satellite|craft|capsule|lander|"
                         r"rover|orbiter|ships?|freighter|crew|flight|mission|shuttle|robot|"
                         r"sphere|ball|orbit|"  # "the polished sphere" (Sputnik 1)
                         # a station with its modules (not "the launch complex")
                         r"(?:whole|entire|orbital|station|docked)\s+complex|"
                         # "… a full-size replica of Sputnik 1. The real one went up …"
                         r"(?:real|actual|original|genuine)\s+one|original")
# A list item's bullet, which may come before what opens a sentence: "- He was launched
# from Baikonur"
LIST_BULLET = r"(?:[-*•][ \t]+)?"
REFERENCES = {
    "person": re.compile(rf"(?:^{LIST_BULLET}|[,;:]\s*|[,;]\s*(?:and|but|while)\s+)"
                         r"(?:she|he|his|her)\b|"
                         # after an opening phrase of time left without its comma: "In
                         # just under three days she circled the Earth 48 times"
                         r"^(?:(?:in|on|after|within|during|over)\s+[^,;:.]{1,40}?|then|later|"
                         r"soon|finally|eventually)\s+(?:she|he)\b|"
                         # told as heard: "Our guide said his flight lasted 108 minutes"
                         r"\b(?:said|says|told\s+(?:us|me|them)|explained|claimed|insisted|"
                         r"reckoned|reportedly|apparently)\s+(?:that\s+)?(?:she|he|his|her)\b|"
                         r"\bthe (?:cosmonaut|astronaut)\b", re.IGNORECASE),
    "craft": re.compile(rf"(?:^{LIST_BULLET}|[,;:]\s*|\b(?:and|but|so|yet)\s+)its?\b|"
                        r"\bits\s+(?:perigee|apogee|orbit|orbital period|period|inclination|"
                        r"mass|weight)\b|"
                        r"\b(?:the|this|that)\s+(?:[\w.-]+\s+){0,3}?"
                        rf"(?:{CRAFT_REFERENCE_NOUNS})\b", re.IGNORECASE),
}
# REFERENCES["craft"] in parts: its key words, then what must come before or after them.
CRAFT_REFERENCE_WORD = _rx(rf"its?|{CRAFT_REFERENCE_NOUNS}")
FOLDED_CRAFT_REFERENCE_WORD = re.compile(CRAFT_REFERENCE_WORD.pattern)
# "but after many delays it was launched": "it" as the subject of a passive, after an
# opening phrase
IT_THEN_PASSIVE = re.compile(r"\s+(?:was|had\s+been)\s+(?:finally\s+|eventually\s+)?"
                             r"(?:launched|lofted|sent|placed|put|docked|de-?orbited)\b")
PRONOUN_OPENS = re.compile(r"(?:[,;:]\s*|\b(?:and|but|so|yet)\s+)\Z", re.IGNORECASE)
# "its perigee", and "its lander": a part that went with the craft (and so dates with it)
ITS_PROPERTY = re.compile(r"its\s+(?:perigee|apogee|orbit|orbital period|period|inclination|"
                          r"mass|weight|lander|rover|descent (?:module|capsule|craft)|"
                          r"capsule|return capsule)\b", re.IGNORECASE)
# A crew's figure that is their ship's: "Their orbit reached …", "Their mission lasted …"
THEIR_SHIPS_FIGURE = re.compile(r"\btheir\s+(?:(?P<orbit>orbit|perigee|apogee|inclination|"
                                r"orbital period)|(?:mission|flight|voyage)\s+(?:lasted|took))\b",
                                re.IGNORECASE)
# A mission told as the one "they" (a crew) flew: "they flew across to Salyut 7 and back, in
# a mission lasting more than 140 days"
THEY_ON_A_MISSION = re.compile(r"\bthey\b[^.;]*\b(?:mission|flight|voyage)\s+(?:lasting|"
                               r"that\s+lasted)\s+(?:(?-i:[a-z]+)\s+){0,2}\Z", re.IGNORECASE)
NOT_ITSELF = re.compile(r"\s+(?:successor|predecessor|sister|twin|replacement|backup|"
                        r"rival|counterpart)s?\b", re.IGNORECASE)
DETERMINED_NOUN = re.compile(r"\b(?:the|this|that|both)\s+(?:[\w.'’-]+\s+){0,3}?\Z", re.IGNORECASE)
TRIGGER_WORD = re.compile(r"[\w-]*")
# What makes "flew" a launch: "flew up", "flew into orbit", "flew out to the station"
UPWARD = re.compile(r"\s+(?:up\b|into\s+(?:orbit|space)\b|out\s+to\b|"
                    # "Polyakov's record flight began on 8 January": its start, the launch
                    r"(?:began|begins|started|starts)\b)", re.IGNORECASE)
# "the 1976 agreement": a year that describes a noun (unless that noun is the event:
# "the 1961 flight").
ATTRIBUTIVE_YEAR = re.compile(r"\b(?:the|a|an|its|his|her|their|this|that)\s+\Z", re.IGNORECASE)
NOUN_AFTER_YEAR = re.compile(
    r"\s+(?!(?:flight|launch|mission|voyage|journey|spaceflight|docking|landing|"
    r"launches|flights|missions|debut|maiden|first)\b)[a-z][\w-]*", re.IGNORECASE)
# A year's event said not to have happened: "the 1993 flight never took place"
NEVER_HAPPENED = re.compile(r"\s+(?:flight|launch|mission|attempt)\s+(?:never|did\s+not|"
                            r"didn['’]t|was\s+(?:cancell?ed|scrapped|called\s+off))\b",
                            re.IGNORECASE)
# A date after these words is a reference point, not the date of the event.
# (but "Bykovsky, up since 12 June": up since his launch that day)
NOT_EVENT_DATE = re.compile(r"\b(?:(?<!\bup )since|until|till|before|after|by|prior to|"
                            r"through|anniversary|ago|age of)\s+(?:the\s+)?$", re.IGNORECASE)
# What a ship docked with: "docked with Mir's Kristall module", "docking to the ISS", and
# the station a crew arrived at ("boarded the station", "reached Mir": the arrival words of
# the docking trigger in DATE_TRIGGERS)
DOCKED_WITH = re.compile(r"\b(?:dock(?:ed|ing|s)?\s+(?:with|to|at)|arrived\s+at|reached|"
                         r"boarded|went\s+aboard)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?\Z",
                         re.IGNORECASE)
# A relative clause in the past perfect, about what had come before: ", who had arrived
# aboard …"
BACKGROUND_CLAUSE = re.compile(r",\s+(?:who|which)\s+had\s[^,;:.()]*\Z", re.IGNORECASE)
# "Soyuz-U rocket, destination Salyut-6": where the payload went, not the payload
DESTINATION_WORD = re.compile(r"\bdestination:?\s+(?:the\s+)?\Z", re.IGNORECASE)
# Where a rocket's payload was going, not the payload: "bound for Salyut 7"
BOUND_FOR = re.compile(r"\b(?:bound|headed|heading)\s+for\s+(?:the\s+)?\Z", re.IGNORECASE)
# A date of the event counted from, named before it: "since Apollo-Soyuz in July 1975"
SINCE_NAMED_EVENT = re.compile(r"\b(?:[Ss]ince|[Uu]ntil|[Bb]efore)\s+(?:the\s+)?[A-Z][\w-]*"
                               r"(?:[ -][\w-]+){0,3}\s+(?:in|on|of)\s+\Z")
# ("… on 24 April 1967 and never came home": an adverb may come before the verb)
COORDINATED_VERB = re.compile(r"\s+and\s+(?:(?:then|later|never|soon|\w+ly)\s+)?"
                              r"(?:\w*|(?:made|became|\w+ed)"
                              r"(?:\s+(?:the|a|an|its|her|his|their|first|only))+\s+\w*)$")
COMPARISON = _rx(r"beating|beat|surpassing|surpassed|breaking|broke|eclipsing|exceeding|"
                 r"than|compared with|compared to|record")
RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who)\b")
# … opening right before a trigger: ", which docked", ", which then finally docked"
RELATIVE_CLAUSE_OPENS = re.compile(r",\s*(?:which|who)\s+(?:[\w-]+\s+){0,2}\Z")
# a list's next item after such a clause: ", then Spektr …", ", and Priroda …"
NEXT_ITEM = re.compile(r",\s*(?:(?:and\s+)?then\s+|and\s+)?")
# A craft something is measured against: "beat the 14 days of Gemini 7".
COMPARED = re.compile(r"\b(?:beating|beat|surpassing|surpassed|eclipsing|exceeding|exceeded|"
                      r"than|(?:breaking|broke) the (?:\w+ )?record)\s+"
                      # not the craft flown: "more than a day in space aboard Vostok 2"
                      r"(?:(?!aboard\b|inside\b)[\w-]+\s+){0,5}?(?:of\s+)?\Z",
                      re.IGNORECASE)
# The thing compared is the one acting: "than Luna 2 hitting the Moon"
GERUND_RIGHT_AFTER = re.compile(r"\s+(?=\w+ing\b)")
CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:and|but|while|whereas)\b|\s(?:and|but) then\b")
DATE_LIST_GAP = re.compile(r"\s*(?:,|,?\s*(?:and|or|to|through)|[-–—])\s*(?:in\s+|on\s+)?",
                           re.IGNORECASE)
REFERENCE_REACH = 3
# "The station" looks further back, past the modules and ships named since: "OK, Mir … Then
# a new module every year or two: Kvant-1, …, Priroda … The station was deorbited"
STATION_REACH = 8
RESOLUTION_REACH = 400  # a yearless or relative date takes its year from at most this far
# "Russia's involvement in the Gateway", "Japan is a partner in the ISS", "the Soviet Union
# played a key role in the development of the ISS": a party takes part in a program.
PARTICIPATION_LINK = _rx(r"involvement in|involved in|participat(?:es|ed|ing|ion) in|"
                         r"partners? (?:in|of|on)|partnered (?:in|on|with)|"
                         r"played (?:an? )?(?:\w+ )?roles? in|contribut(?:es|ed|ing|ions?) to|"
                         r"took part in|takes part in|joined|member of|withdr[ae]w from|"
                         r"pulled out of|left")
PARTICIPATION_WITHDRAWN = _rx(r"withdr[ae]w|pulled out|left|quit|no longer")
PARTICIPATION_NEGATION = _rx(r"not|never|\w+n['’]t|declined|refused|stayed out")
PAST_TENSE = _rx(r"was|were|had|did|used to|formerly|previously|until")
PARTY_KINDS = ("country", "organization")
PARTICIPATION_TARGETS = ("program", "organization", "station_module", "spacecraft")
# "probes launched by ESA and by NASDA", "ESA's and NASDA's probes": who sent probes.
# Only probes in general: the catalog cannot tell a Venus probe from a lunar one, so a
# probe of some destination is not a claim here.
PROBES = r"(?:(?:deep[- ]space|interplanetary|space)\s+)?probes?"
PROBE_DESTINATION = re.compile(r"(?:venus|venusian|mars|martian|lunar|moon|comet|cometary|"
                               r"jupiter|saturn|solar|sun|mercury|asteroid|halley)\W*$",
                               re.IGNORECASE)
PROBES_BY = re.compile(rf"\b(?P<noun>{PROBES})\s+(?:(?:was|were|that|which)\s+)?"
                       r"(?:launched|sent|operated|flown)\s+by\s+(?:the\s+)?$",
                       re.IGNORECASE)
PARTY_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|or|as well as)\s+)(?:by\s+)?"
                            r"(?:the\s+)?", re.IGNORECASE)
POSSESSIVE_PROBES = re.compile(rf"^['’]s\s+(?:\w+\s+)?(?P<noun>{PROBES})\b", re.IGNORECASE)
POSSESSIVE_LIST_GAP = re.compile(r"['’]s\s*(?:,\s*(?:and\s+)?|\s(?:and|or)\s+)",
                                 re.IGNORECASE)
AGREEMENT_LINK = _rx(r"signed|sign|joined|join|signatory|signatories|party to|ratified|"
                     r"adhered to|endorsed")
AGREEMENT_NEGATION = _rx(r"not|never|\w+n['’]t|declined|refused|rejected|without|stayed out|"
                         r"outside")


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    mentions: list[Mention]
    folded: str | None  # the document's text as fold_case gives it
    # where the FOLDED_TRIGGER_WORDS of each date trigger are in ``folded``
    trigger_words: list[_Hits]
    # (clause break offsets, (property, offset) of date trigger words, spans of the
    # appositions to names), found on first use
    triggers: tuple[list[int], list[tuple[str, int, int]], list[tuple[int, int]]] | None = None
    companions: set[int] | None = None  # see _companions, found on first use
    # where the dates that can date claims start and end
    date_spans: tuple[tuple[int, int], ...] = ()
    names_craft: bool = field(init=False)  # whether one of the mentions is of a craft
    kinds: frozenset[str] = field(init=False)  # the kinds of the mentions

    def __post_init__(self) -> None:
        self.kinds = frozenset(m.kind for m in self.mentions)
        self.names_craft = not self.kinds.isdisjoint(CRAFT)


# Words some claim patterns cannot match without: a sentence with none of them is skipped.
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # YEARLESS
# FIRST_WORDS (looked for in case-folded text): the names, and the endings of the ordinals
# in digits ("1st" is in "21st", "8th" in "88th")
ORDINAL_WORDS = (*ORDINAL_NAMES, "1st", "2nd", "3rd", *(f"{digit}th" for digit in range(10)))
VEHICLE_WORDS = ("rocket", "launcher", "booster", "vehicle")  # VEHICLE_FAMILIES
# The words looked for in the case-folded text, in one pass: probes, ORDINAL_WORDS,
# ROCKET_WORDS, then each date trigger's FOLDED_TRIGGER_WORDS.
FOLDED_WORD_SETS = (("probe",), tuple(ORDINAL_WORDS), ROCKET_WORDS,
                    *(tuple(words) for words in FOLDED_TRIGGER_WORDS))


@dataclass(frozen=True, slots=True)
class _Hits:
    """Where some words occur in a document, to skip the sentences where a costlier
    pattern that needs one of them cannot match."""

    starts: list[int] | None  # every occurrence, sorted; None: assume they are everywhere

    @classmethod
    def find_sets(cls, word_sets: tuple[tuple[str, ...], ...], text: str | None
                  ) -> list[_Hits]:
        """Every occurrence of the words of each set in ``text``, in one pass over it (no
        text, or an empty word in a set: assume that set's words are everywhere)."""
        if text is None:
            return [cls(None) for _ in word_sets]
        starts: list[list[int]] = [[] for _ in word_sets]
        automaton, kinds = _word_automaton(word_sets)
        lists_of_kind = [[starts[k] for k in kind] for kind in kinds]
        for end, value in automaton.iter(text):
            start = end - (value >> 16) + 1
            for found in lists_of_kind[value & 0xFFFF]:
                found.append(start)
        return [cls(None) if "" in words else cls(sorted(found))
                for words, found in zip(word_sets, starts, strict=True)]

    def within(self, start: int, end: int) -> bool:
        """Whether one of the words starts in ``text[start:end]``."""
        if self.starts is None:
            return True
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end

    def between(self, start: int, end: int) -> list[int] | None:
        """The occurrences in ``text[start:end]`` (None: they may be anywhere)."""
        if self.starts is None:
            return None
        return self.starts[bisect.bisect_left(self.starts, start):
                           bisect.bisect_left(self.starts, end)]

    def sentences(self, spans: list[tuple[int, int]], span_starts: list[int]) -> Container[int]:
        """The indexes of the ``spans`` one of the words starts in (cheaper than asking
        :meth:`within` of every sentence)."""
        if self.starts is None:
            return range(len(spans))
        return {_sentence_of(pos, spans, span_starts) for pos in self.starts}


@lru_cache(maxsize=8)
def _word_automaton(word_sets: tuple[tuple[str, ...], ...]
                    ) -> tuple[ahocorasick.Automaton, list[tuple[int, ...]]]:
    """An automaton finding every word of ``word_sets`` in one pass, and the indexes of
    the sets of each kind of word. A match's value is the word's length shifted 16 bits
    left, or'ed with the position of its sets' indexes in that list."""
    sets_of: dict[str, list[int]] = {}
    for k, words in enumerate(word_sets):
        for word in words:
            sets_of.setdefault(word, []).append(k)
    kinds = sorted({tuple(ks) for ks in sets_of.values()})
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for word, ks in sets_of.items():
        if word:
            automaton.add_word(word, len(word) << 16 | kinds.index(tuple(ks)))
    automaton.make_automaton()
    return automaton, kinds


_Located = TypeVar("_Located", DateMention, Quantity)
_Spanned = TypeVar("_Spanned", DateMention, Quantity, Mention)


def _sentence_of(pos: int, spans: list[tuple[int, int]], span_starts: list[int]) -> int:
    """The index of the sentence ``pos`` is in, or -1 when it is between sentences."""
    n = bisect.bisect_right(span_starts, pos) - 1
    return n if n >= 0 and pos < spans[n][1] else -1


def _by_sentence(items: list[_Located], spans: list[tuple[int, int]], span_starts: list[int]
                 ) -> dict[int, list[_Located]]:
    """``items`` (in text order) by the index of the sentence they start in."""
    out: dict[int, list[_Located]] = {}
    for item in items:
        out.setdefault(_sentence_of(item.start, spans, span_starts), []).append(item)
    return out


# "Valentina Tereshkova, born in 1937, became …": a birth or death date is no flight's.
LIFE_EVENT_BEFORE = re.compile(r"\b(?:born|died|b\.|d\.)\s*(?:(?:in|on)\s+)?\Z")
# A person's years of life in brackets after their name: "Yuri Gagarin (1934 to 1968)",
# "(1934–1968)", "(born in Klushino, 1934)" (LIFE_EVENT_BEFORE has "(born 1934)" already)
LIFESPAN_AFTER_NAME = re.compile(r"[ \t]*\([ \t]*(?:(?:born|b\.)[ \t]*[^()\n]{0,20}?\d{4}|"
                                 r"\d{4}[ \t]*(?:[-–—]|to)[ \t]*(?:\d{4}|present))[ \t]*\)",
                                 re.IGNORECASE)
# From a person's name to a day in the bracket after it, first or after a dash: "Yuri
# Gagarin (9 March 1934 – 27 March 1968)", "(9 March 1934, Klushino)"
LIFE_BRACKET_OPENS = re.compile(r"[ \t]*\((?:[^()]{1,30}?[ \t]*[–—-][ \t]*)?")
# "two years later, in July 2000": the date after it says what the relative one meant.
RESTATED_GAP = re.compile(r"\s*[,(—–]\s*(?:(?:in|on)\s+)?")


# An editor's or a teacher's correction in square brackets right after a date, a name or
# a rocket: "on 18 March 1966 [T: 1965]", "on 20 December 1998 [Ed.: no - November]",
# "flying Vostok 5 [T: Vostok 6 - …]", up to the correction itself
CORRECTION_OPENS = re.compile(
    r"[ \t]*\[[ \t]*(?:[A-Za-z][\w.' ]{0,20}?[ \t]*:[ \t]*)?"
    r"(?:(?:no|wrong|actually|in\s+fact)\b[,;:.!]*[ \t]*(?:[-–—][ \t]*)?)?"
    r"(?:(?:it\s+was|that\s+is|should\s+be|read)[ \t]+)?(?:(?:on|in)[ \t]+)?",
    re.IGNORECASE)
CORRECTION_CLOSES = re.compile(r"[^\[\]\n]{0,60}\]")
CORRECTED_MONTH = re.compile(rf"(?:{'|'.join(MONTH_NAMES)})\b", re.IGNORECASE)


def _correction_at(text: str, pos: int, until: int | None = None) -> tuple[int, int] | None:
    """Where a correcting square bracket opens right after ``pos`` (at most two blanks on)
    and where the correction in it starts (``until``, when given: the opening must end
    there): "1999 [T: 2000]" gives the "[" and the "2"."""
    bracket = text.find("[", pos, pos + 3)
    if bracket < 0:
        return None
    opens = CORRECTION_OPENS.match(text, pos) if until is None else (
        CORRECTION_OPENS.fullmatch(text, pos, until))
    return (bracket, opens.end()) if opens is not None else None


def _bracketed_corrections(text: str, dates: list[DateMention]
                           ) -> dict[int, tuple[DateMention, int, int]]:
    """The dates of ``dates`` (one sentence's) corrected in square brackets right after
    them, by start: the corrected date (what the bracket names, the rest kept: "20 December
    1998 [T: November]" is 20 November 1998) and where the bracket starts and ends. The
    bracket's own date dates nothing else."""
    out: dict[int, tuple[DateMention, int, int]] = {}
    for said, after in zip(dates, [*dates[1:], None], strict=True):
        if (at := _correction_at(text, said.end)) is None:
            continue
        bracket, correction = at
        fixed = after if after is not None and after.start == correction else None
        if fixed is None and (month := CORRECTED_MONTH.match(text, correction)):
            # "[T: November]": a month alone, which names no date elsewhere
            fixed = replace(said, start=month.start(), end=month.end(), text=month.group(),
                            kind="yearless", date=replace(
                                said.date, month=month_number(month.group())))
        if fixed is None or not (closes := CORRECTION_CLOSES.match(text, fixed.end)):
            continue
        was, now = said.date, fixed.date
        named = ({"year"} if fixed.kind == "year" else {"month", "day"}
                 if fixed.kind == "yearless" else {"year", "month", "day"})
        try:
            date = replace(was, year=now.year if "year" in named else was.year,
                           month=now.month if "month" in named and now.month else was.month,
                           day=now.day if "day" in named and now.day else was.day)
        except ValueError:  # "31 [T: February]"
            continue
        out[said.start] = (replace(fixed, date=date), bracket, closes.end())
    return out


def _said_in_brackets(text: str, cand: Candidate, start: int, end: int) -> Candidate:
    """A copy of ``cand`` said again by the correcting bracket at ``text[start:end]``, to
    be judged on its own once the caller has made the correction's change to it."""
    claim = replace(cand.claim, start=start, end=end, quote=text[start:end], evidence=[])
    return replace(cand, claim=claim, extra=dict(cand.extra))


def _corrected_claims(text: str, found: list[Candidate],
                      corrections: dict[int, tuple[DateMention, int, int]]
                      ) -> list[Candidate]:
    """Each claim dated by a date corrected in brackets, said again with the correction:
    "Zvezda followed in July 1999 [T: 2000]" says the pupil's July 1999 and the teacher's
    July 2000, each judged on its own; the correction's span is the bracket."""
    out = []
    for cand in found:
        if cand.date is None or cand.date.start not in corrections:
            continue
        date, start, end = corrections[cand.date.start]
        again = _said_in_brackets(text, cand, start, end)
        again.claim.value, again.date = date.date.iso(), date
        out.append(again)
    return out


# A name corrected in brackets: the name, the correcting name, and the bracket's span
NameFix = tuple[Mention, Mention, int, int]


def _corrected_names(text: str, mentions: list[Mention]) -> list[NameFix]:
    """The names of ``mentions`` (one sentence's) corrected in square brackets right after
    them by a name of the same kind ("flying Vostok 5 [T: Vostok 6 - Bykovsky was in Vostok
    5]", "Boris Volynov [T: Boris Yegorov]"), each with the correcting name and the span of
    its bracket, whose names say nothing else."""
    fixes: list[NameFix] = []
    for said, fixed in pairwise(mentions):
        if fixed.kind != said.kind and not (fixed.kind in CRAFT and said.kind in CRAFT):
            continue
        if (at := _correction_at(text, said.end, fixed.start)) is not None and (
                closes := CORRECTION_CLOSES.match(text, fixed.end)):
            fixes.append((said, fixed, at[0], closes.end()))
    return fixes


def _renamed_claims(text: str, found: list[Candidate], fixes: list[NameFix]
                    ) -> list[Candidate]:
    """Each claim about a name corrected in brackets (its subject, or the person, rocket
    or site it names), said again of the correction: "Tereshkova … flying Vostok 5 [T:
    Vostok 6 - …]" is a crew claim of Vostok 5 and one of Vostok 6; the correction's
    span is the bracket."""
    out = []
    for cand in found:
        claim = cand.claim
        for said, fixed, start, end in fixes:
            is_obj = cand.obj is not None and cand.obj.start == said.start and (
                claim.value == said.name)
            is_subject = claim.subject_id == said.entity_id and (
                claim.start <= said.start < claim.end)
            if not (is_obj or is_subject):
                continue
            again = _said_in_brackets(text, cand, start, end)
            if is_obj:
                again.claim.value, again.obj = fixed.name, fixed
            else:
                again.claim.subject_id, again.claim.subject_name = fixed.entity_id, fixed.name
            out.append(again)
            break
    return out


# A rocket's name as a correction in brackets gives it: "on a Soyuz rocket [T: Proton]"
CORRECTED_ROCKET = re.compile(
    r"(?P<name>R-7|Semyorka|Vostok|Voskhod|Molniya(?:-M)?|Soyuz(?:-[0-9A-Z.]+[ab]?)?|"
    r"Proton(?:-[KM])?|Zenit|Energiy?a|Angara(?:[ -]A5)?|Ts[iy]klon|Cyclone|Rokot|Dnepr|"
    r"N-?1|Falcon 9)(?:[ \t]+rockets?)?(?=[ \t]*(?:\]|[-–—,;:]))")


def _rerocketed_claims(text: str, found: list[Candidate]) -> list[Candidate]:
    """Each rocket claim whose rocket is corrected in brackets right after it, said again
    with the correction: "Mars 3 was launched … on a Soyuz rocket [T: Proton]"."""
    out = []
    for cand in found:
        claim = cand.claim
        if claim.property != "launch_vehicle" or not (
                at := _correction_at(text, claim.end)):
            continue
        bracket, correction = at
        rocket = CORRECTED_ROCKET.match(text, correction)
        if rocket is None or not (closes := CORRECTION_CLOSES.match(text, rocket.end())):
            continue
        again = _said_in_brackets(text, cand, bracket, closes.end())
        again.claim.value, again.obj = rocket["name"], None
        again.extra["family"] = rocket["name"]
        out.append(again)
    return out


SEE_ALSO_BEFORE = re.compile(r"\(\s*see(?:\s+also)?\s+(?:[\w ]{1,20}(?:,|\band\b)\s*)*\Z",
                             re.IGNORECASE)


def _claimable_dates(text: str, dates: list[DateMention], floor: int,
                     mentions: list[Mention]) -> list[DateMention]:
    """The ``dates`` of a sentence starting at ``floor`` that can date a claim: not a
    birth or death, nor a person's years or days of life (given the sentence's
    ``mentions``), nor a news item's dateline, nor a relative date the next one restates."""
    lives = [life.span() for m in mentions if m.kind == "person"
             and (life := LIFESPAN_AFTER_NAME.match(text, m.end))] if dates else []
    out = []
    for i, d in enumerate(dates):
        if d.kind == "dateline" or LIFE_EVENT_BEFORE.search(
                text, max(floor, d.start - 12), d.start) or SEE_ALSO_BEFORE.search(
                text, max(floor, d.start - 30), d.start) or any(
                a <= d.start < b for a, b in lives) or _day_of_life(text, d, mentions):
            continue  # (nor a page's pointer to another day: "(see also 9 and 18 August)")
        after = dates[i + 1] if i + 1 < len(dates) else None
        if d.kind == "relative" and after is not None and after.kind in (
                "absolute", "yearless") and (
                RESTATED_GAP.fullmatch(text, d.end, after.start)):
            continue
        out.append(d)
    return out


def _day_of_life(text: str, date: DateMention, mentions: list[Mention]) -> bool:
    """Whether ``date`` is a day in a bracket the name of a person, the last of
    ``mentions`` before it, opens (:data:`LIFE_BRACKET_OPENS`). A month there is a
    flight's: "Mohmand (September 1988)"."""
    if date.kind != "absolute" or date.date.day is None:
        return False
    named = next((m for m in reversed(mentions) if m.end <= date.start), None)
    return named is not None and named.kind == "person" and (
        LIFE_BRACKET_OPENS.fullmatch(text, named.end, date.start) is not None)


# "Soyuz-2 rockets": a craft's name used for a rocket (the catalog's vehicles are its
# versions, "Soyuz-2-1B"); then it names the rocket throughout the text.
# (not an infobox's key: "Mir launch vehicle: Proton-K" is the station's rocket)
ROCKET_AFTER_NAME = re.compile(r"\s+(?:carrier\s+)?(?:rockets?|launchers?|boosters?|"
                               r"launch\s+vehicles?)\b(?![ \t]*:)", re.IGNORECASE)


# "the first ISS module", "an ISS segment": a part of the station, not the station
PART_AFTER_NAME = re.compile(r"[\s-]+(?:modules?|segments?|nodes?)\b", re.IGNORECASE)


def _without_rocket_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the crafts whose name the text also uses for a rocket: written as
    the rocket is, anywhere; written otherwise, in the rocket's paragraph (the "Soyuz-5
    rocket" of a closing paragraph leaves the "Soyuz 5" of 1969 told before)."""
    rockets = [m for m in mentions if m.kind in CRAFT and ROCKET_AFTER_NAME.match(text, m.end)]
    if not rockets:
        return mentions
    breaks = [m.start() for m in PARAGRAPH_BREAK_RE.finditer(text)]
    written = {(m.entity_id, text[m.start:m.end]) for m in rockets}
    near = {(m.entity_id, bisect.bisect(breaks, m.start)) for m in rockets}
    return [m for m in mentions if (m.entity_id, text[m.start:m.end]) not in written
            and (m.entity_id, bisect.bisect(breaks, m.start)) not in near]


# A programme's name with a number the catalog does not know ("Soyuz T-10-1", "Soyuz
# T-10a"; a known one is matched whole): a craft of its own, not the programme
UNKNOWN_DESIGNATION = re.compile(r"[ -](?!(?:19|20)\d\d\b)(?:[A-Z]{1,3}-?)?\d{1,3}(?:-\d{1,2})?"
                                 r"[A-Za-z]?\b")
PLAN_REACH = 80  # characters either side of such a name a plan word may be
# A name taken back as it is said, and the one said instead: "from Plesetsk, from Baikonur,
# sorry", "on Soyuz 10 - sorry, Soyuz 11", "Kvant, I mean Kvant-2"
_TAKEN_BACK_GAP = (r"\s*(?:,|\.\.\.|…|[-–—])\s*(?:no\s*,?\s*)?(?:sorry|I\s+mean|or\s+rather)\s*"
                   r",?\s*(?:(?:from|on|in|aboard|at|the)\s+)?")
TAKEN_BACK_BEFORE = re.compile(_TAKEN_BACK_GAP)
RESTATED_THEN_SORRY = re.compile(r"\s*,\s*(?:(?:from|on|in|aboard|at|the)\s+)?")
SORRY_AFTER = re.compile(r"\s*,?\s*(?:sorry|I\s+mean)\b")


def _without_taken_back(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the names a speaker takes back for the next name of the same kind
    (see the patterns above): the first is not what they said."""
    dropped = set()
    for m, after in pairwise(mentions):
        if m.kind != after.kind or m.entity_id == after.entity_id:
            continue
        if TAKEN_BACK_BEFORE.fullmatch(text, m.end, after.start) or (
                RESTATED_THEN_SORRY.fullmatch(text, m.end, after.start)
                and SORRY_AFTER.match(text, after.end)):
            dropped.add(m.start)
    return [m for m in mentions if m.start not in dropped] if dropped else mentions


def _past_unknown_craft(text: str, program: Mention) -> bool:
    """Whether a programme's name is followed by a number the catalog does not know, with
    no plan near: "since Soyuz T-10-1 in 1983" is another craft; "Soyuz MS-30 may launch
    in 2027" is a plan of the programme's, not yet in the catalog."""
    if not UNKNOWN_DESIGNATION.match(text, program.end):
        return False
    start, end = max(0, program.start - PLAN_REACH), program.end + PLAN_REACH
    return not (PLANNED.search(text, start, end) or MODAL_MAY.search(text, start, end))


def _across_paragraphs(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` runs over a blank line ("\\n\\n") into another paragraph."""
    return text.find("\n\n", start, end) >= 0


# A ship's return or docking after a programme's bare name: "…; Soyuz landed 24.VII"
SHIP_EVENT_AFTER = re.compile(r"[ \t]+(?:landed|touched[ \t]+down|came[ \t]+(?:home|down|back)|"
                              r"returned|re-?entered|docked|undocked|splashed[ \t]+down)\b")


def _programmes_as_their_ships(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a programme's bare name read as the ship of it last named in the
    paragraph when it is said to land or dock: in "Soyuz 19 … docked with Apollo …; Soyuz
    landed 24.VII", the Soyuz that landed is Soyuz 19, not the programme."""
    out = list(mentions)
    for i, m in enumerate(mentions):
        if m.kind != "program" or not SHIP_EVENT_AFTER.match(text, m.end):
            continue
        ship = next((s for s in reversed(mentions[:i]) if s.kind == "spacecraft"
                     and s.name.startswith(m.name) and s.name[len(m.name):][:1] in (" ", "-")
                     and s.name[len(m.name) + 1:][:1].isalnum()), None)
        if ship is not None and not _across_paragraphs(text, ship.end, m.start):
            out[i] = replace(ship, start=m.start, end=m.end, alias=m.alias)
    return out


CONVERSION_OPENS = re.compile(r"\s*[(\[]\s*(?:about\s+|some\s+|approx\.?\s+|~\s*)?")


def _without_conversions(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """``quantities`` less those in brackets right after one of the same kind: "83.6 kg
    (184 lb)", "1,160 km (720 miles)" say one thing twice, so it is one claim."""
    return [q for before, q in zip([None, *quantities], quantities, strict=False)
            if before is None or before.kind != q.kind
            or not CONVERSION_OPENS.fullmatch(text, before.end, q.start)]


# A date said to be a plan's after it: "21 August was the planned landing date"
PLANNED_DAY_AFTER = re.compile(r"\s+(?:was|were|is|had\s+been)\s+(?:the\s+|its\s+|their\s+)?"
                               r"(?:original(?:ly)?\s+)?(?:planned|scheduled|intended|target|"
                               r"targeted)\s+(?:[\w-]+\s+)?(?:date|day)\b", re.IGNORECASE)
# A day something was to happen on but did not: "a launch attempt two days earlier was
# scrubbed" (a plan, never refuted)
CALLED_OFF_AFTER = re.compile(r"\s+(?:was|were|had\s+been|got)\s+(?:scrubbed|called\s+off|"
                              r"postponed|cancell?ed|aborted|put\s+off)\b", re.IGNORECASE)
# A sentence that withdraws the one before it: "That was wrong.", "This is incorrect."
RETRACTED_BY_NEXT = re.compile(r"(?:That|This|It)\s+(?:was|is)\s+(?:(?:simply|quite)\s+)?"
                               r"(?:wrong|incorrect|an\s+error|a\s+mistake|untrue|"
                               r"not\s+(?:right|correct|true))\b")
# A correction telling what an earlier piece printed: "Tuesday's article on the first
# spacewalk said Voskhod 2 was launched from Plesetsk." What follows the verb is the
# reported error, not the writer's claim (the correction's own claim comes after). Or in
# the first person, what was printed comes after "as" or "at": "We gave the founding of the
# Russian Space Agency as 1991.", "we placed the launch of Soyuz MS-10 … at Plesetsk"
REPORTED_BY_PIECE = re.compile(r"\b(?:article|story|report|item|caption|headline|column|piece|"
                               r"obituary|graphic|(?:earlier|previous|first|older)\s+version|"
                               r"(?:earlier|previous|first)\s+draft)\b[^.;:]{0,120}?\b"
                               r"(?:said|stated|reported|"
                               r"claimed|wrote)(?:\s+that)?\s|"
                               r"\bwe\s+(?:gave|put|placed|dated|listed|printed|"
                               r"described)\b[^.;:]{0,120}?\s(?:as|at)\s", re.IGNORECASE)


# A line that is only a date, a timeline node's label ("1961 - 6 August", "1961 - 12 April
# (highlighted node)"), over the line it labels: the label's end
NODE_LABEL_TAIL = r"[ \t]*(?:\([^()\n]{0,60}\))?[ \t]*\n[ \t]*"
NODE_LABEL_END = re.compile(NODE_LABEL_TAIL + r"(?=[A-Z])")


def _cut_at_tables(text: str, spans: list[tuple[int, int]], tables: list[Table]
                   ) -> list[tuple[int, int]]:
    """``spans`` cut where a table starts and ends, so that no sentence runs from the lines
    above a table into its rows (a CSV export's comments, unpunctuated, over its header)."""
    edges = sorted({edge for table in tables for edge in (table.start, table.end)})
    if not edges:
        return spans
    out: list[tuple[int, int]] = []
    for start, end in spans:
        inside = [edge for edge in edges if start < edge < end]
        for lo, hi in itertools.pairwise([start, *inside, end]):
            add_trimmed(text, lo, hi, out)
    return out


def _with_node_labels(text: str, spans: list[tuple[int, int]], dates: list[DateMention]
                      ) -> list[tuple[int, int]]:
    """``spans`` with each line that is only a date read with the sentence on the line
    after it, as a timeline's node labels the event its caption opens with: "1961 - 6
    August ¶ Vostok 2 - Gherman Titov." reads as "1961 - 6 August: Vostok 2 - …"."""
    lines = {d.start: d for d in dates if d.kind not in ("dateline", "relative")}
    out: list[tuple[int, int]] = []
    for span in spans:
        if out and (label := lines.get(out[-1][0])) is not None and (
                not text[text.rfind("\n", 0, label.start) + 1:label.start].strip()) and (
                node := NODE_LABEL_END.match(text, label.end)) and node.end() == span[0]:
            out[-1] = (out[-1][0], span[1])
            continue
        out.append(span)
    return out


# What a clause told, disowned by the words after it: "…, which is wrong"
DISOWNED = re.compile(r",\s*which\s+(?:is|was)\s+(?:(?:simply|plainly|just)\s+)?(?:wrong|incorrect|"
                      r"false|untrue|mistaken|an?\s+(?:error|mistake|typo|misprint|myth))\b",
                      re.IGNORECASE)


def extract(text: str, mentions: list[Mention],
            copies: list[tuple[int, int, int, int]] | None = None) -> list[Candidate]:
    """All claim candidates in ``text`` given its entity ``mentions`` (and its
    :func:`quoted_copies`, when the caller has them already)."""
    mentions = [m for m in _without_rocket_names(text, mentions) if not (
        m.kind == "program" and ((m.station_part and PART_AFTER_NAME.match(text, m.end))
                                 or _past_unknown_craft(text, m)))]
    if "sorry" in text or "I mean" in text or "rather" in text:
        mentions = _without_taken_back(text, mentions)
    if any(m.kind == "program" for m in mentions):
        mentions = _programmes_as_their_ships(text, mentions)
    if speakers := speaker_references(text, mentions):  # "VL: We lifted off on the 25th"
        mentions = sorted([*mentions, *speakers], key=lambda m: m.start)
    # what names there says nothing: the agency in "MOSCOW, Dec. 2 (Meridian) --", a mail's
    # topic in its header ("Subject: Re: Mir launch date")
    if aside := [*news_agency_spans(text), *message_headers(text)]:
        mentions = [m for m in mentions if not any(a <= m.start < b for a, b in aside)]
    folded = fold_case(text)
    dates = _years_carried(text, find_dates(text))
    if edits := _changelog_dates(text, dates):
        dates = [d for d in dates if d.start not in edits]
    quantities = _without_conversions(text, find_quantities(text, folded=folded))
    probes, ordinals, rockets, *trigger_words = _Hits.find_sets(FOLDED_WORD_SETS, folded)
    mention_starts = [m.start for m in mentions]

    def sentence_over(start: int, end: int) -> Sentence:
        """A span of the text read as a sentence of its own: a question an answer answers."""
        return Sentence(start, end, mentions[bisect.bisect_left(mention_starts, start):
                                             bisect.bisect_left(mention_starts, end)],
                        folded, trigger_words)

    out: list[Candidate] = []
    recent: dict[str, Mention] = {}
    seen_at: dict[str, int] = {}
    # the last people named together, where, and the crafts named with them
    they: tuple[list[Mention], int, list[Mention]] = ([], 0, [])
    last_people: tuple[list[Mention], int] = ([], 0)  # the people the last sentence named
    plan_text, planned = (text, PLANNED) if folded is None else (folded, FOLDED_PLANNED)
    # (a table none of whose headers names a property — "- ISS: Zarya 1998-11-20; …" read
    # as an infobox — is left to the sentences)
    tables = [t for t in find_tables(text) if says_something(t)]
    spans = _cut_at_tables(text, _with_node_labels(text, sentences(text), dates), tables)
    span_starts = [start for start, _ in spans]
    dates_in = _by_sentence(dates, spans, span_starts)
    quantities_in = _by_sentence(quantities, spans, span_starts)
    ordinal_in = ordinals.sentences(spans, span_starts)
    months, vehicles = _Hits.find_sets((MONTH_NAMES, VEHICLE_WORDS), text)
    month_in = months.sentences(spans, span_starts)
    vehicle_in = vehicles.sentences(spans, span_starts)
    rocket_in = rockets.sentences(spans, span_starts)
    own_offset_in = {_sentence_of(m.start(), spans, span_starts)
                     for m in AFTER_OWN_LAUNCH.finditer(text)}
    notes: list[Candidate] = []
    for table in tables:
        out += _table_claims(text, cell_statements(table, mentions), dates, quantities)
        notes += [c for note in note_cells(table, mentions)
                  for c in _note_claims(text, note, dates, quantities)]
    # the sentences read elsewhere: a table's, by its cells above; a reply's lines quoting
    # what was said before, where it was said
    read_elsewhere = {n for table in tables for n in range(
        bisect.bisect_left(span_starts, table.start), bisect.bisect_left(span_starts, table.end))
        if not _free_infobox_line(table, spans[n])}
    table_lines = set(read_elsewhere)
    # (a quoting line's claims are read where first said, and said again by the checker)
    if copies is None:
        copies = quoted_copies(text)
    quote_lines = {n for start, end, _, _ in copies for n in range(
        bisect.bisect_left(span_starts, start), bisect.bisect_left(span_starts, end))}
    read_elsewhere |= quote_lines
    # "Launch date?" ¶ "DEV: The nineteenth of April 1971.": which question each reply answers
    replied = reply_questions(text, spans) if "?" in text or "..." in text or (
        "…" in text) or "Name " in text or "Identify " in text else {}
    skipped = 0  # sentences read elsewhere so far
    for n, (s_start, s_end) in enumerate(spans):
        if n in read_elsewhere:
            skipped += 1
            if n in table_lines and (row := next((
                    m for m in mentions[bisect.bisect_left(mention_starts, s_start):
                                        bisect.bisect_left(mention_starts, s_end)]
                    if m.kind in CRAFT), None)):
                # a table's row is what a note after the table goes on about ("Soyuz 11 |
                # 6 Jun 1971 | … [a] ¶ [a] … The crew completed 383 orbits")
                recent["craft"] = row
                seen_at["craft"] = n - skipped
            elif n in quote_lines:
                # "> So the single-flight record is Polyakov, right? ¶ Yep. Launched on
                # TM-17 …": a reply goes on about what the line it quotes names
                _remember_quoted(mentions[bisect.bisect_left(mention_starts, s_start):
                                          bisect.bisect_left(mention_starts, s_end)],
                                 recent, seen_at, n - skipped)
            continue
        at = n - skipped  # sentences read here, which references count back over
        if CHOICES_RE.match(text, s_start, s_end):
            continue  # "A) Vanguard 1  B) Sputnik 1 …": a quiz's options, nobody's claim
        if n + 1 < len(spans) and RETRACTED_BY_NEXT.match(text, spans[n + 1][0]):
            continue  # "We said Salyut 1 was launched in 1972. That was wrong.": withdrawn
        lo = bisect.bisect_left(mention_starts, s_start)
        hi = bisect.bisect_left(mention_starts, s_end)
        s_dates = _claimable_dates(text, dates_in.get(n, []), s_start, mentions[lo:hi])
        bracketed = text.find("[", s_start, s_end) >= 0  # (corrections may follow)
        corrections = _bracketed_corrections(text, s_dates) if bracketed and s_dates else {}
        if corrections:
            fixing = {fixed.start for fixed, _, _ in corrections.values()}
            s_dates = [d for d in s_dates if d.start not in fixing]
        s_quantities = quantities_in.get(n, [])
        if (keyed := _keyed_statement(text, s_start)) is not None:
            # "C4  F - it was launched on 6 June": about what statement C4 names, in words
            # that open with "it"
            s_start = keyed[2]
            for m in mentions[bisect.bisect_left(mention_starts, keyed[0]):
                              bisect.bisect_left(mention_starts, keyed[1])]:
                key = _recent_key(m)
                for k in (key, _gender_key(m)) if key == "person" else (key,):
                    recent[k], seen_at[k] = m, at
        yearless = n in month_in
        ordinal = n in ordinal_in  # "she was the first …" needs no name
        asked_in = replied.get(n)
        if lo == hi and not (s_dates or s_quantities or yearless or ordinal
                             or asked_in is not None or n in vehicle_in or n in rocket_in
                             or n in own_offset_in):
            # nothing to claim, and no mention to remember; but maybe what it is about
            if "craft" in recent and at - seen_at["craft"] <= REFERENCE_REACH and (
                    referred := _subject_referred_to(text, sentence_over(s_start, s_end),
                                                     recent)):
                recent["craft_subject"] = referred
                seen_at["craft_subject"] = at
            continue
        # "it", "the spacecraft" refer back at most REFERENCE_REACH sentences.
        recent = {k: m for k, m in recent.items()
                  if at - seen_at[k] <= (STATION_REACH if k == "station" else REFERENCE_REACH)}
        named = mentions[lo:hi]
        fixes = _corrected_names(text, named) if bracketed and hi - lo > 1 else []
        if fixes:  # the correcting names are read with what they correct
            named = [m for m in named
                     if not any(start <= m.start < end for *_, start, end in fixes)]
        sentence = Sentence(s_start, s_end, named, folded, trigger_words,
                            date_spans=tuple((d.start, d.end) for d in s_dates))
        found: list[Candidate] = []
        # "Launched on Soyuz TM-18 …, he": found once, used by dates and crews
        fronted = _fronted_flight(text, sentence, recent) if sentence.mentions else None
        if s_dates:
            found += _date_claims(text, sentence, s_dates, recent, fronted,
                                  they[0] if at - they[1] <= REFERENCE_REACH else [], they[2],
                                  said_before=spans[n - 1][0] if n else s_start,
                                  asked=spans[asked_in] if asked_in is not None else None)
            if sentence.names_craft:
                _landed_in_ship_named(text, sentence, found, recent)
        if yearless:
            following = _opening_mention(mentions, mention_starts, spans[n + 1]) if (
                n + 1 < len(spans)) else None
            found += _planned_yearless(text, sentence, s_dates, following)
        if s_quantities:
            found += _quantity_claims(
                text, sentence, s_quantities, recent,
                last_people[0] if at - last_people[1] <= REFERENCE_REACH else [])
            if s_dates:
                _date_flight_numbers(text, sentence, found, s_dates)
        if found and s_dates:
            counted = _offset_event_claims(text, sentence, found)
            found += counted + _anchored_offset_claims(
                text, sentence, recent, taken={c.claim.start for c in counted}, dated=True)
        elif sentence.mentions:
            # (a date the sentence gives that dates nothing it claims: "Komarov died on 24
            # April 1967, the day after Soyuz 1 was launched" is counted from, not a launch)
            found += _anchored_offset_claims(text, sentence, recent, dated=n in dates_in)
            if n in dates_in:
                found += _bare_date_offset_claims(text, sentence, dates_in[n])
        if n in own_offset_in and (
                own := _own_launch_offset_claims(text, sentence, s_dates, recent)):
            # "crashed eight days after launch" dates the crash; as a duration, the days
            # counted on the calendar are no measure of the time flown
            found = [c for c in found if c.quantity is None or c.claim.property != "duration"
                     or not any(o.claim.start <= c.quantity.start < o.claim.end for o in own)
                     ] + own
        if sentence.mentions and text.find("later", s_start, s_end) >= 0:
            found += _back_later_claims(text, sentence, found)
        if sentence.names_craft and text.find("apart", s_start, s_end) >= 0 and (
                apart := _apart_claims(text, sentence)):
            # the second's day, counted from the first's, says more than the month both
            # are dated by: "Mars 2 and Mars 3 were launched ten days apart in May 1971"
            later = {c.claim.subject_id for c in apart}
            found = [c for c in found if c.claim.property != "launch_date"
                     or c.claim.subject_id not in later] + apart
        if sentence.mentions and text.find("followed", s_start, s_end) >= 0 and (
                followers := _followed_later_claims(text, sentence)):
            # "followed four months later by Titov": counted from the launch it follows,
            # not from the date told before
            spans_of = {(c.claim.subject_id, c.claim.start) for c in followers}
            found = [c for c in found if c.claim.property != "launch_date" or not any(
                c.claim.subject_id == subject and start <= (c.date.start if c.date else -1)
                < c.claim.end for subject, start in spans_of)] + followers
        answer = _answer(text, spans, n, mentions, mention_starts) if ordinal or (
            text[s_end - 1] == "?" or TRUE_OR_FALSE.match(text, s_start, s_end)) else None
        if answer is not None and answer.yes is False:
            found = []  # "True or false: Skylab was the first station. Answer: False."
        if ordinal and (sentence.mentions or recent or answer):
            named_here = {m.entity_id for m in sentence.mentions}
            # a craft of a sentence before does not keep a date from this one's site:
            # "Mir was deorbited … Russia opened Vostochny … with a first launch in 2016"
            dated = {c.date.start for c in found if c.date is not None
                     and c.claim.subject_id in named_here}
            firsts = _first_claims(text, sentence, recent, ordinals.between(s_start, s_end),
                                   answer, s_dates, dated)
            # a date already said of what was launched is not said again of its site
            firsts = [c for c in firsts if "site_first" not in c.extra
                      or c.date is None or c.date.start not in dated]
            sites_dated = {c.date.start for c in firsts
                           if "site_first" in c.extra and c.date is not None}
            found = [c for c in found if c.date is None or c.date.start not in sites_dated]
            found += firsts
        if sentence.mentions and (asked := _answered_question(text, s_start)) is not None:
            # "7. Venera 7, in December 1970." in an answer key: the first question 7 asks
            # about ("Which probe first sent data …?") is said of Venera 7
            found += _keyed_firsts(text, sentence, asked, sentence_over(*asked))
        if sentence.mentions:
            found += _crew_claims(text, sentence, fronted)
            if sentence.names_craft and fronted is None:
                found += _pronoun_crew_claims(text, sentence, recent)
                found += _left_out_crew_claims(text, sentence, recent)
                if at - last_people[1] <= 1:
                    found += _group_crew_claims(text, sentence, last_people[0])
            found += _crewmate_claims(text, sentence, recent)
            if "ship" in recent:
                found += _crew_of_ship_before(text, sentence, recent)
            if text.find("while", s_start, s_end) >= 0:
                crews = {(c.claim.subject_id, c.claim.value) for c in found
                         if c.claim.property == "crew"}
                found += [c for c in _stayed_aboard_claims(text, sentence, recent)
                          if (c.claim.subject_id, c.claim.value) not in crews]
            found += _site_vehicle_operator_claims(
                text, sentence, recent, vehicles=n in vehicle_in, rockets=n in rocket_in)
            if "vehicle" in sentence.kinds and "site" in sentence.kinds:
                found += _rocket_debut_site_claims(text, sentence, s_dates)
            if "site" in sentence.kinds:
                found += _person_site_claims(
                    text, sentence, recent,
                    they[0] if at - they[1] <= REFERENCE_REACH else [], they[2])
            found += _flew_with_claims(text, sentence, s_dates)
            found += _agreement_claims(text, sentence)
            found += _participation_claims(text, sentence)
            if probes.within(s_start, s_end):
                found += _probe_operator_claims(text, sentence)
        elif "craft" in recent and (n in vehicle_in or n in rocket_in):
            # "Venera 7 … It was launched on a Proton rocket.": a rocket, and no name
            found += _site_vehicle_operator_claims(
                text, sentence, recent, vehicles=n in vehicle_in, rockets=n in rocket_in)
        if asked_in is not None and (answered := _reply_claims(
                text, sentence, sentence_over(*spans[asked_in]),
                _same_line(text, spans, asked_in - 1), recent, s_dates, s_quantities,
                sentence_over(text.rfind("\n", 0, spans[asked_in][0]) + 1,
                              spans[asked_in][1]))):
            # what the question asks says what the value is, over any other reading of it
            said = [_value_of(c) for c in answered]
            found = [c for c in found if not any(
                _value_of(c).start < v.end and v.start < _value_of(c).end for v in said)]
            found += answered
        if found and (reported := REPORTED_BY_PIECE.search(text, s_start, s_end)):
            # up to the end of its clause: "…said that Interkosmos was set up in 1967; the
            # programme was set up in 1976" corrects it
            semicolon = text.find(";", reported.end(), s_end)
            until = s_end if semicolon < 0 else semicolon
            found = [c for c in found if not reported.end() < c.claim.end <= until]
        if found and (disowned := DISOWNED.search(text, s_start, s_end)):
            # "The astronaut database has Sharma launching on Soyuz T-10, which is wrong":
            # what the clause told, the writer says is false
            opened = max(s_start, text.rfind(";", s_start, disowned.start()) + 1,
                         text.rfind(":", s_start, disowned.start()) + 1)
            found = [c for c in found if not opened <= c.claim.start < disowned.start()]
        if corrections:
            found += _corrected_claims(text, found, corrections)
        if fixes:
            found += _renamed_claims(text, found, fixes)
        if found and bracketed:
            found += _rerocketed_claims(text, found)
        records = [(c.claim.start, c.claim.end) for c in found if c.claim.property == "first"]
        if records:  # "the first person to pass 800 days in orbit": part of the record
            found = [c for c in found if c.quantity is None or not any(
                start <= c.quantity.start < end for start, end in records)]
        for cand in found:
            claim = cand.claim
            # (up to the date, when the claim's span runs on past what happened after all:
            # "originally scheduled for December 2015, finally took place in April 2016,
            # the Soyuz-2.1a …")
            if claim.property != "first" and (_planned(
                    text, plan_text, planned, s_start, claim.end) or (
                    cand.date is not None and cand.date.end < claim.end and _planned(
                        text, plan_text, planned, s_start, cand.date.end)) or (
                    cand.date is not None and (CALLED_OFF_AFTER.match(text, cand.date.end)
                                               or PLANNED_DAY_AFTER.match(text, cand.date.end)))):
                claim.planned = True
        out += found
        if sentence.names_craft:
            subject = _craft_subject(text, sentence)
            if subject is not None and "craft" in recent and REFERENCE_OPENS.match(
                    text, s_start, subject.start) and (
                    referred := _subject_referred_to(text, sentence, recent)) and (
                    referred.end <= subject.start) and REFERENCE_DID.match(text, referred.end):
                # "The core module was launched … and its first crew … arrived in Soyuz
                # T-14": about the module, not the ship named after it
                subject = referred
            if subject is not None:
                recent["craft_subject"] = subject
                seen_at["craft_subject"] = at
            elif "craft_subject" in recent and (IT_OPENS.match(text, s_start) or (
                    _crew_went_to(text, sentence))):
                seen_at["craft_subject"] = at  # "Its docking at Poisk was aborted; … the
                # ship docked … at Zvezda. It returned …": still the ship, not Zvezda
            else:
                recent.pop("craft_subject", None)
        elif "craft" in recent and (referred := _subject_referred_to(text, sentence, recent)):
            recent["craft_subject"] = referred
            seen_at["craft_subject"] = at
        companions = _companions(text, sentence)
        people = [m for m in sentence.mentions if m.kind == "person"]
        if people:
            last_people = (people, at)
        if len(people) > 1 and len(group := _person_group(text, sentence, people[-1])) > 1:
            # "Romanenko and Grechko … in Soyuz 26 … They came home on 16 March"; not the
            # people of a clause counted from ("empty since Popov and Ryumin had come
            # home"), who leave "they" to a subject unnamed
            they = ([], at, []) if COUNTED_FROM_PEOPLE.search(
                text, max(0, group[0].start - 12), group[0].start) else (
                group, at, [m for m in sentence.mentions if m.kind in CRAFT])
        elif len({m.entity_id for m in people}) > 1 and not any(
                m.start in companions or NOT_OF_THEM.search(
                    text, max(0, m.start - 12), m.start) for m in people):
            # "Leonov spent twelve minutes outside while Belyayev minded the ship. They
            # landed the next day": the two just named, not an earlier crew (but not "the
            # same rocket as Gagarin", nor a companion: "went home with Grechko")
            they = (people, at, [m for m in sentence.mentions if m.kind in CRAFT])
        for key in ("he", "she"):
            if key in recent and _pronoun_before(text, s_start, s_end, key):
                seen_at[key] = at  # "he" said again keeps the man it stands for in mind
        for m in sentence.mentions:
            key = _recent_key(m)
            if key == "craft" and (_counted_from(text, sentence, m) or FIRST_SINCE.search(
                    text, max(sentence.start, m.start - 80), m.start) or (
                    DESTINATION_WORD.search(text, max(sentence.start, m.start - 14), m.start))
                    or (BACKGROUND_CLAUSE.search(text, max(sentence.start, m.start - 60),
                                                 m.start) and any(
                        c.kind in CRAFT for c in sentence.mentions if c.end <= m.start))):
                continue  # "a month after the first Sputnik", "the first lunar attempt
                # since Luna 24", "destination Salyut-6": when or where, not what it is
                # about; nor "Salyut 7 … was occupied by Berezovoy and Lebedev, who had
                # arrived aboard Soyuz T-5": what had come before
            opened = text.rfind("(", s_start, m.start)  # the bracket m is in, if any
            if key == "craft" and opened > text.rfind(")", s_start, m.start) and any(
                    c.kind in CRAFT and c.end <= opened for c in sentence.mentions):
                continue  # "Soyuz T-7 … the first since Tereshkova (Vostok 6; see also 16
                # June). The ship …": an aside's craft, not the one the text goes on about
            recent[key] = m
            seen_at[key] = at
            if key == "craft" and STATION_NAME.match(m.name) and not (
                    "station" in recent and recent["station"].entity_id != m.entity_id
                    and seen_at["station"] < at
                    and not _across_paragraphs(text, recent["station"].end, m.start)
                    and _destination(text, sentence, m)):
                # (the station an earlier sentence of the paragraph is about stays "the
                # station" when its crew flies "across to Salyut 7" and back)
                recent["station"] = m
                seen_at["station"] = at
            elif key == "craft" and not m.station_part:
                recent["ship"] = m  # "the ship", when a module was named after it
                seen_at["ship"] = at
            if key == "craft" and ROVER_NAME.match(m.name):
                recent["rover"] = m  # "the rover", when its carrier was named after it
                seen_at["rover"] = at
            if key == "person":  # "she" and "he" look back to the last woman or man
                if ((m.start in companions or _counted_from(text, sentence, m)) and any(
                        p.kind == "person" and p.start not in companions
                        and _gender_key(p) == _gender_key(m) for p in sentence.mentions
                        if p is not m)) or (
                        _gender_key(m) in recent
                        and _pronoun_before(text, s_start, m.start, _gender_key(m))) or (
                        WHILE_BEFORE.search(text, max(s_start, m.start - 40), m.start)
                        and any(p.kind == "person" and p.end <= m.start
                                and _gender_key(p) == _gender_key(m)
                                for p in sentence.mentions)) or _object_after_subject(
                        text, sentence, m):
                    # "Vasilevskaya … with Novitsky and Tracy Dyson. She …"; "Twelve years
                    # later he commanded Soyuz 22 with Vladimir Aksyonov. In 1978 he …":
                    # "he" still stands for whom it did; "Savitskaya went up …, nineteen
                    # years after Tereshkova. … she": not the one counted from; "Leonov
                    # left Voskhod 2 while Belyayev waited inside. … he": the one who left
                    continue
                recent[_gender_key(m)] = m
                seen_at[_gender_key(m)] = at
    _count_from_undated_launches(text, out)
    _mark_doubtful_anchors(text, out, dates)
    return _dedupe([*out, *notes])


# A launch its sentence tells without a date: "Kvant-2 was lifted by a Proton rocket and
# reached Mir ten days later"
UNDATED_LAUNCH = re.compile(r"\b(?:(?:was|were)\s+(?:launched|lifted|lofted|orbited|sent\s+up)|"
                            r"lifted\s+off|blasted\s+off|went\s+up)\b", re.IGNORECASE)


def _count_from_undated_launches(text: str, found: list[Candidate]) -> None:
    """Make a craft's event "N days later", in a sentence that tells the craft's launch
    without a date, counted from that launch (as "N days after launch", see
    :func:`_own_launch_offset_claims`), not from the date told in a sentence before:
    "Docking: 6 January 1990 ¶ Kvant-2 was lifted by a Proton rocket and reached Mir ten
    days later" is ten days after Kvant-2's launch."""
    for cand in found:
        date, claim = cand.date, cand.claim
        if date is None or date.kind != "relative" or date.resolved_from is None or (
                claim.property not in OWN_LAUNCH_EVENTS or claim.subject_id is None
                or "offset_of" in cand.extra):
            continue
        said_from = max([0, *(m.end() for m in SENTENCE_BREAK.finditer(
            text, max(0, date.start - 200), date.start))])
        launch = UNDATED_LAUNCH.search(text, said_from, date.start)
        count = COUNT_LATER.fullmatch(date.text)
        if launch is None or count is None or date.resolved_from >= said_from or (
                CLAUSE_BREAK.search(text, launch.end(), date.start)) or (
                (days := _offset_count(count.group("count"))) is None):
            continue
        unit = count.group("unit").lower()
        claim.value = f"{days} {unit}{'s' if days != 1 else ''} after launch"
        cand.extra.update(trigger="offset", offset_of=claim.subject_id, offset=f"{days} {unit}")
        cand.date = None


# Before a list of people that is an object, not a subject: "with Bykovsky in command",
# "joining the resident crew of Kovalyonok and Ivanchenkov"
OBJECT_PEOPLE_BEFORE = re.compile(r"\b(?:of|with|by|joining|joined|under|alongside)\s+"
                                  r"(?:[\w-]+\s+){0,2}?\Z", re.IGNORECASE)


def _object_after_subject(text: str, sentence: Sentence, person: Mention) -> bool:
    """Whether ``person`` is named (with those listed with them) as an object after the
    sentence's subject, a person of the same gender it opens with: "Jähn lifted off …
    with Bykovsky in command, joining the resident crew of Kovalyonok and Ivanchenkov.
    He was the third Interkosmos guest": "he" is Jähn."""
    opener = next((p for p in sentence.mentions if p.kind == "person"), None)
    if opener is None or opener.entity_id == person.entity_id or (
            _gender_key(opener) != _gender_key(person)) or not SENTENCE_SUBJECT_OPENS.fullmatch(
            text, sentence.start, opener.start):
        return False
    head = _person_group(text, sentence, person)[0]
    return head is not opener and OBJECT_PEOPLE_BEFORE.search(
        text, max(sentence.start, head.start - 30), head.start) is not None


# A clause set against the sentence's own: "Leonov left Voskhod 2 while Belyayev waited"
WHILE_BEFORE = re.compile(r"\b(?:while|whilst|whereas)\s+(?:[\w-]+\s+){0,3}?\Z",
                          re.IGNORECASE)


def _free_infobox_line(table: Table, span: tuple[int, int]) -> bool:
    """Whether ``span`` is an infobox's line whose key names no property ("Modules: Kvant
    (31 March 1987), Kvant-2 (…)"), or one its value runs on to: the table reads nothing
    of it, so the sentences do."""
    return table.infobox and any(
        span[0] < value.end and key.start < span[1] and read_header(key) is None
        and not NOTES_HEADER.search(key.text)
        for key, value in zip(table.header, table.rows[0], strict=True) if key.text)


ANCHOR_DOUBT_REACH = 400  # characters back from a relative date's anchor


def _remember_quoted(quoted: list[Mention], recent: dict[str, Mention], seen_at: dict[str, int],
                     at: int) -> None:
    """Keep in mind what a quoted line names, as if said again there: its crafts (the first
    one what the reply is about), stations and people, each under its ``recent`` keys."""
    crafts = [m for m in quoted if m.kind in CRAFT]
    for m in quoted:
        keys = [_recent_key(m)]
        if m.kind == "person":
            keys.append(_gender_key(m))
        elif m.kind in CRAFT:
            keys.append("station" if STATION_NAME.match(m.name) else "ship")
        for key in keys:
            recent[key], seen_at[key] = m, at
    if crafts:
        recent["craft_subject"], seen_at["craft_subject"] = crafts[0], at


QUOTED_LINE = re.compile(r"^[ \t]*>[ \t]*(?P<said>[^\n]*?)[ \t]*$", re.MULTILINE)
QUOTED_MIN = 15  # characters a quoted line must have to be taken for a copy


def quoted_copies(text: str) -> list[tuple[int, int, int, int]]:
    """Each line that quotes, after "> ", what the text said before: (line start, line
    end, where the words quoted start, where they were first said). A claim said there is
    said again here (see :func:`sleuth.check.Checker.check_text`).

    >>> quoted_copies("Zarya flew in 1998.\\n\\n> Zarya flew in 1998.\\nYes.")
    [(21, 42, 23, 0)]
    """
    if "\n>" not in text and not text.startswith(">"):
        return []
    copies = []
    for m in QUOTED_LINE.finditer(text):
        said = m.group("said")
        if len(said) >= QUOTED_MIN and (first := text.find(said, 0, m.start())) >= 0:
            copies.append((m.start(), m.end(), m.start("said"), first))
    return copies


# The rest of an opening phrase, up to its comma: "On his first flight[, ]Valeri Polyakov"
PHRASE_REST = re.compile(r"[^,;:.\n]{0,40},[ \t]*")


def _fronted_owner(text: str, sentence: Sentence, pos: int) -> Mention | None:
    """The person right after the opening phrase a flight noun at ``pos`` ends: whose
    flight "his first flight" is in "On his first flight, Valeri Polyakov launches …"."""
    rest = PHRASE_REST.match(text, pos)
    return _first_after(sentence.mentions, rest.end(), ("person",), 0) if rest else None


# "her second flight", "his maiden spaceflight": a person's own flight, said before the noun
OWN_FLIGHT = re.compile(r"\b(his|her)\s+(?:(?:[a-z]+|\d+(?:st|nd|rd|th))\s+)?(?:space\s*)?\Z",
                        re.IGNORECASE)
BACK_FROM = re.compile(r"\b(?:home|back|return(?:ed|ing|s)?)\s+from\s+\Z", re.IGNORECASE)
FLIGHT_NOUN_AT = re.compile(r"(?:flight|spaceflight|mission|trip|voyage)\b", re.IGNORECASE)
# Between a ship and a verb of another clause's: "Soyuz 19 … lifted off - and so does its
# sequel, when Atlantis docked …"
OTHER_CLAUSE = re.compile(r"[;—–]|\s-\s|\b(?:when|while|whereas|after|before|until)\b")
SENTENCE_BREAK = re.compile(r"[.!?](?:\s|$)|\n")


# A date told as a point of comparison: "the first since the T-10-1 pad fire in September"
SINCE_BEFORE_ANCHOR = re.compile(r"\bsince\b[^.;:!?]{0,40}\Z", re.IGNORECASE)


def _mark_doubtful_anchors(text: str, found: list[Candidate],
                           dates: Sequence[DateMention]) -> None:
    """Mark (``anchor_doubt``) the dates counted from a date of another kind of event when a
    date of their own kind was told just before it, in its paragraph, or when a count of
    days is counted from a paragraph back ("a day earlier", but not "the following
    year", which a story tells across paragraphs): in "Venera 9 (8 Jun 1975) → the first
    pictures … on 25 Oct 1975. Its twin Venera 10 launched 6 days later" the six days may
    be counted from either, so the judge does not refute the launch. Not when the anchor is
    the same craft's, in the same sentence: "Nauka … flew on 21 July 2021 and docked ten
    days later" counts from its launch, whatever docking was told before. A count of days
    marked so is also counted from the earlier date of its own kind (``anchor_instead``, a
    day of the text's ``dates``), for the judge to try: right from that date, it is the day
    meant; wrong from both, it is wrong."""
    dated = {c.date.start: c.claim.property for c in found
             if c.date is not None and c.claim.property in OFFSET_DATED}
    dates_at = {d.start: d for d in dates}
    dated_of = {(c.date.start, c.claim.subject_id) for c in found
                if c.date is not None and c.claim.property in OFFSET_DATED}
    for cand in found:
        date = cand.date
        if date is None or date.kind != "relative" or date.resolved_from is None:
            continue
        anchor_prop = dated.get(date.resolved_from)  # None: no event's date we claimed
        prop = cand.claim.property
        if anchor_prop == prop or (
                (date.resolved_from, cand.claim.subject_id) in dated_of
                and not SENTENCE_BREAK.search(text, date.resolved_from, date.start)):
            continue
        if SINCE_BEFORE_ANCHOR.search(text, max(0, date.resolved_from - 50),
                                      date.resolved_from):
            # "the first since the T-10-1 pad fire in September 1983. Both MS-10 crewmen
            # flew again on Soyuz MS-12 the following March": a point of comparison is
            # seldom what the story goes on from
            cand.extra["anchor_doubt"] = "since"
            continue
        earlier = max((
            start for start, p in dated.items()
            if p == prop and date.resolved_from - ANCHOR_DOUBT_REACH <= start
            < date.resolved_from and not _across_paragraphs(text, start, date.resolved_from)
            # (not past another event's date: "Luna 9, launched on 31 January 1966,
            # landed on 3 February. Luna 16 … came home in September 1970, and a
            # month later Luna 17 set off")
            and not any(start < other < date.resolved_from for other in dated)), default=None)
        if earlier is not None or (date.date.day is not None
                                   and _across_paragraphs(text, date.resolved_from, date.start)):
            cand.extra["anchor_doubt"] = anchor_prop or "event"
            if earlier is not None and (instead := _counted_instead_from(
                    date, dates_at.get(date.resolved_from), dates_at.get(earlier))):
                cand.extra["anchor_instead"] = instead


def _counted_instead_from(date: DateMention, anchor: DateMention | None,
                          other: DateMention | None) -> str | None:
    """The day (ISO) a count of days ``date``, resolved from ``anchor``, gives when counted
    from the ``other`` anchor instead ("four days later": after the twin's launch on 8
    June rather than its pictures on 22 October); None unless all three are days."""
    if anchor is None or other is None or None in (
            date.date.day, anchor.date.day, other.date.day):
        return None
    counted, was, instead = (d.truncate("day").start()
                             for d in (date.date, anchor.date, other.date))
    return PartialDate.from_datetime(counted + (instead - was), "day").iso()


def _table_claims(text: str, statements: list[CellStatement], dates: list[DateMention],
                  quantities: list[Quantity]) -> list[Candidate]:
    """Candidates from table cells (see :mod:`sleuth.claims.tables`): the dates, quantities
    and names in each cell, as values of its column's property for its row's subject."""
    out: list[Candidate] = []
    for statement in statements:
        column, cell = statement.column, statement.cell
        prop = column.property
        claim = partial(_cell_claim, statement)
        # (the judge tells whether the row's person flew the row's craft)
        row_craft = {"row_craft": statement.craft.entity_id} if statement.craft else {}
        if prop in CELL_DATES:
            for date in _located_in(dates, cell.start, cell.end):
                if _usable(text, date) and date.kind != "decade" and not date.approx:
                    # the column's header ("Launched") says what the date is: no trigger
                    # word needed, as in prose
                    extra = {"trigger": "column", **row_craft}
                    if statement.traveller is not None:
                        extra["row_person"] = statement.traveller.entity_id
                    elif prop == "landing_date" and statement.riders:
                        # "Soyuz 31 | … | 03.09.1978 | Bykovsky, Jähn": the day the row's
                        # crew came home, who may have come home in another ship
                        extra["riders"] = _joined_ids(statement.riders)
                    out.append(Candidate(claim(date.date.iso()), date=date, extra=extra))
        elif prop in QUANTITY_KINDS:
            for q in _cell_quantities(text, cell, quantities, column.unit, prop):
                if q.kind != QUANTITY_KINDS[prop] or (
                        prop == "orbit_count" and not q.value.is_integer()):
                    continue  # (a column of orbits counts whole ones: "2.95" is misplaced)
                pairs = [("perigee", False), ("apogee", True)] if column.extremes and (
                    q.value2 is not None) else [(prop, False)]
                extra = {"riders": _joined_ids(statement.riders)} if statement.riders else {}
                extra.update(row_craft)
                if statement.crew_row:
                    extra["crew_row"] = "yes"
                for one, second in pairs:
                    out.append(Candidate(claim(_quantity_value(q, one, second), prop=one),
                                         quantity=q, second=second, extra=dict(extra)))
        elif prop == "crew":
            people = statement.in_cell("person")
            out += [Candidate(claim(person.name), obj=person) for person in people]
            if not people and NO_CREW_CELL.fullmatch(cell.text):
                out.append(Candidate(claim("uncrewed")))  # "Crew: none"
        elif prop == "launch_site":
            sites = statement.in_cell("site")
            for site in sites:
                name, extra, _ = _site_and_pad(text, site)
                out.append(Candidate(claim(name), obj=site, extra=extra))
            if not sites and (pad := BARE_PAD.match(text, cell.start, cell.end)):
                # "Pad: Site 31": the pad alone, which the judge finds among the craft's
                out.append(Candidate(claim(f"pad {pad.group('pad')}"),
                                     extra={"pad": pad.group("pad")}))
        elif prop == "launch_vehicle":
            vehicles = statement.in_cell("vehicle")
            for vehicle in vehicles:
                out.append(Candidate(claim(vehicle.name), obj=vehicle,
                                     extra={"family": vehicle.name}))
            if not vehicles and not statement.in_cell(*CRAFT) and (
                    rocket := ROCKET_NAMES.search(text, cell.start, cell.end)
                    or BARE_ROCKET_FAMILY.fullmatch(text, cell.start, cell.end)):
                # (not "Proton 1" under "Vehicle": a craft's name, not its rocket; "Rocket:
                # Vostok" is the rocket family, as the programme's name alone)
                out.append(Candidate(claim(rocket.group()), extra={"family": rocket.group()}))
        elif prop == "operator":
            for party in statement.in_cell("country", "organization"):
                out.append(Candidate(claim(party.name), obj=party))
    return out


def _note_claims(text: str, note: NoteCell, dates: list[DateMention],
                 quantities: list[Quantity]) -> list[Candidate]:
    """The claims of a table's note cell (see :class:`sleuth.claims.tables.NoteCell`): each
    of its clauses (between semicolons) is read as a sentence said of the row's subject,
    dated by the row's launch: "Soyuz 19 | 1975-07-15 | docked with Apollo on 15 July"
    reads "Soyuz 19, launched on 1975-07-15, docked with Apollo on 15 July." A clause that
    is only a duration is how long the flight lasted, one that is only a mass ("18.9 t")
    what the craft weighed; one that opens with people names its crew. The sentence is
    made of the text's own pieces, so every span maps back to it."""
    subject, cell = note.subject, note.cell
    launch = next((d for d in _located_in(dates, note.launched.start, note.launched.end)
                   if d.kind == "absolute"), None) if note.launched is not None else None
    pieces: list[tuple[int, int] | str] = []  # spans of ``text`` and the words between them
    clauses = _note_clauses(text, cell)
    for lo, hi in clauses:
        pieces += [(subject.start, subject.end)]
        if launch is not None:
            pieces += [", launched on ", (launch.start, launch.end)]
        in_clause = [m for m in note.mentions if lo <= m.start and m.end <= hi]
        alone = [q for q in _located_in(quantities, lo, hi) if (q.start, q.end) == (lo, hi)]
        comma = "," if launch is not None else ""
        if alone and alone[0].kind == "duration":
            pieces += [f"{comma} lasted "]
        elif alone and alone[0].kind == "mass":  # "first space station; 18.9 t; …"
            pieces += [", weighing "]
        elif in_clause and in_clause[0].start == lo and in_clause[0].kind == "person":
            pieces += [f"{comma} carried "]
        else:
            pieces += [", "]
        pieces += [(lo, hi), ". "]
    synthetic = ""
    origins: list[tuple[int, int, int]] = []  # (start in the sentence, start in text, length)
    for piece in pieces:
        if isinstance(piece, tuple):
            origins.append((len(synthetic), piece[0], piece[1] - piece[0]))
            piece = text[piece[0]:piece[1]]
        synthetic += piece

    def back(pos: int) -> int:
        """``pos`` in the sentence as an offset into ``text`` (a joining word's: the start
        of the piece after it)."""
        for at, start, length in origins:
            if at <= pos <= at + length:
                return start + pos - at
            if pos < at:
                return start
        return cell.end

    def moved(m: _Spanned) -> _Spanned:
        return replace(m, start=back(m.start), end=back(m.end))

    mentions = [replace(m, start=at + m.start - start, end=at + m.end - start)
                for at, start, length in origins
                for m in [subject, *note.mentions] if start <= m.start and m.end <= start + length]
    out = []
    for cand in extract(synthetic, mentions):
        last = back(cand.claim.end - 1)
        clause = next(((lo, hi) for lo, hi in clauses if lo <= last < hi), None)
        if clause is None:
            continue  # the row's launch, said again to date the note
        if cand.date is not None and not clause[0] <= back(cand.date.start) < clause[1] and (
                cand.claim.property != "launch_date"):
            continue  # "hit the Moon" dated by the row's launch, said to date the note
        start, end = max(back(cand.claim.start), clause[0]), min(back(cand.claim.end), clause[1])
        if start >= end:  # a subject from after the clause: "YURI GAGARIN (…)" over the box
            start, end = clause
        claim = replace(cand.claim, start=start, end=end, quote=text[start:end])
        date = cand.date and replace(
            moved(cand.date), resolved_from=None if cand.date.resolved_from is None else back(
                cand.date.resolved_from), after_date=None if cand.date.after_date is None else
            back(cand.date.after_date))
        out.append(replace(cand, claim=claim, date=date,
                           quantity=cand.quantity and moved(cand.quantity),
                           obj=cand.obj and moved(cand.obj)))
    if note.crew_note:  # the people the sentences did not link (a name the catalog does
        # not know may open the list: "Romanenko and Laveykin")
        crew = {c.claim.value for c in out if c.claim.property == "crew"}
        out += [Candidate(Claim(lo, hi, text[lo:hi], subject.entity_id, subject.name, "crew",
                                person.name), obj=person)
                for lo, hi in clauses for person in note.mentions
                if lo <= person.start and person.end <= hi and person.kind == "person"
                and person.name not in crew]
    return out


def _note_clauses(text: str, cell: Cell) -> list[tuple[int, int]]:
    """The spans of a note's clauses, between its semicolons, trimmed."""
    spans = []
    lo = cell.start
    for hi in [*(m.start() for m in re.finditer(";", text[cell.start:cell.end])), None]:
        end = cell.end if hi is None else cell.start + hi
        piece = text[lo:end]
        left = len(piece) - len(piece.lstrip())
        if piece.strip():
            spans.append((lo + left, lo + len(piece.rstrip())))
        lo = end + 1
    return spans


def _cell_claim(statement: CellStatement, value: str, prop: str | None = None) -> Claim:
    """The claim a table cell makes: its column's property (or ``prop``) of its row's
    subject; the span is the cell's (its first line's, when its value runs on below)."""
    cell, subject, column = statement.cell, statement.subject, statement.column
    said = cell.text.partition("\n")[0].rstrip()
    return Claim(cell.start, cell.start + len(said), said, subject.entity_id, subject.name,
                 prop or column.property, value, planned=column.planned)


# The pad after a site's name: "Baikonur Site 31", "Baikonur, Site 81/24", "Plesetsk LC-43"
_PAD = (r"(?:[Ss]ite|[Aa]rea|[Pp]ad|LC|[Ll]aunch [Cc]omplex)[ \t-]?(?:No\.[ \t]*)?"
        r"(?P<pad>\d{1,3}(?:/\d{1,3})?)\b")
PAD_AFTER = re.compile(rf"[ \t]*,?[ \t]*\(?{_PAD}\)?")
# A pad named alone in a cell under "Pad": "Site 1 ("Gagarin's Start")", "LC-81/23"
BARE_PAD = re.compile(rf"{_PAD}(?!\.\d)")


def _site_and_pad(text: str, site: Mention) -> tuple[str, dict[str, str], int]:
    """A launch site claim's value, the pad the text names right after the site (for the
    judge, in ``extra``) and where the two end: ("Baykonur pad 31", {"pad": "31"}, …)."""
    pad = PAD_AFTER.match(text, site.end)
    if pad is None:
        return site.name, {}, site.end
    return f"{site.name} pad {pad.group('pad')}", {"pad": pad.group("pad")}, pad.end()


# A crew cell saying the flight had none: "none", "uncrewed", "(unmanned)"
NO_CREW_CELL = re.compile(r"\(?(?:none|no crew|nobody|uncrewed|unmanned|unpiloted|"
                          r"automatic|robotic)\)?\.?", re.IGNORECASE)
CELL_DATES = ("launch_date", "landing_date", "docking_date", "reentry_date", "founded")
QUANTITY_KINDS = {"perigee": "distance", "apogee": "distance", "inclination": "angle",
                  "orbital_period": "duration", "duration": "duration", "mass": "mass",
                  "orbit_count": "count"}
# The unit of a bare number in a column whose header gives none.
DEFAULT_UNITS = {"perigee": "km", "apogee": "km", "inclination": "degrees",
                 "orbit_count": "orbits", "mass": "kg"}


def _located_in(items: list[_Located], start: int, end: int) -> list[_Located]:
    """The ``items`` (sorted by start) that lie within ``text[start:end]``."""
    lo = bisect.bisect_left(items, start, key=lambda item: item.start)
    found = []
    for item in items[lo:]:
        if item.start >= end:
            break
        if item.end <= end:
            found.append(item)
    return found


def _cell_quantities(text: str, cell: Cell, quantities: list[Quantity], unit: str | None,
                     prop: str) -> list[Quantity]:
    """The quantities in ``cell``; a bare number ("181", "181 x 327") takes the header's
    unit, or the property's usual one."""
    found = _located_in(quantities, cell.start, cell.end)
    unit = unit or DEFAULT_UNITS.get(prop)
    if found or unit is None or not BARE_NUMBERS.fullmatch(cell.text):
        return found
    spelled = f"{cell.text} {unit}"
    return [replace(q, start=cell.start, end=cell.end, text=cell.text)
            for q in find_quantities(spelled)[:1] if q.end == len(spelled)]


BARE_NUMBERS = re.compile(r"~?\d[\d,.]*(?:\s*(?:x|×|–|-|to)\s*\d[\d,.]*)?")


def _planned(text: str, plan_text: str, planned: re.Pattern[str], s_start: int, end: int
             ) -> bool:
    """Whether a plan word ("scheduled", "was to", the modal "may") in the sentence before
    the claim's end makes the claim a plan, unless a word of what happened after all
    ("finally", "eventually") comes between the last such word and the claim's end."""
    spans = [m.span() for m in planned.finditer(plan_text, s_start, end)
             if not (plan_text.startswith("to be", m.start()) and RECORD_BEFORE_PLAN.search(
                 text, max(s_start, m.start() - 50), m.start()))]
    spans += [m.span() for m in MODAL_MAY.finditer(text, s_start, end)]
    spans += [m.span() for m in WOULD.finditer(text, s_start, end)
              if REPORTED_FUTURE.search(text, s_start, m.start())]
    if not spans:
        return False
    start, last = max(spans)
    if text.find(";", last, end) >= 0:
        return False  # "…, is to be the new hub; the Angara A5 debuted from Vostochny"
    opened = text.rfind("(", s_start, start)
    if opened >= 0 and text.find(")", opened, start) < 0 and text.find(")", last, end) >= 0:
        return False  # "(it was supposed to go in March 1989), Kristall on 31 May 1991": the
        # plan word is inside brackets that close before the claim
    if APPOSITION_OPENS.search(text, max(s_start, start - 20), start) and (
            APPOSITION_CLOSES.search(text, last, max(last, end))):
        return False
    return not REALIZED.search(text, last, max(last, end)) and not PAST_CLAUSE.search(
        text, last, max(last, end))


# "the first American to be launched on a Russian rocket": a record's words, no plan
RECORD_BEFORE_PLAN = re.compile(r"\b(?:first|second|third|fourth|fifth|only|last|"
                                r"\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,3}\Z", re.IGNORECASE)


# A clause of its own told in the past after a plan word: "She will speak about
# Hermaszewski, who flew Soyuz 30 …", "… will cover the second group flight, when Vostok 6
# lifted off on …": what it tells happened
PAST_CLAUSE = re.compile(r"(?:,\s*(?:who|which)|\bwhen)\s+(?:[\w'’.-]+\s+){0,6}?"
                         r"(?:flew|rode|went|came|made|became|was|were|had|"
                         r"(?!need)\w+ed)\b|"
                         # "… scheduled to launch on 11 August - the first lunar probe
                         # since Luna 24 in 1976": what it was counted from was before
                         r"\bfirst\b[^.;:]{0,60}?\bsince\s+(?:the\s+)?[A-Z]|"
                         # "… scheduled to land on 21 August, but it crashed …" (not "but
                         # was delayed")
                         r",?\s+but\s+(?:(?:it|he|she|they|then|instead)\s+){0,2}"
                         r"(?!(?:delayed|postponed|slipped|moved|pushed|rescheduled|"
                         r"cancell?ed|planned|scheduled|needed)\b)"
                         r"(?:flew|rode|went|came|made|became|\w+ed)\b", re.IGNORECASE)


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    seen: set[tuple[int, int, str, str, str]] = set()
    out = []
    for c in sorted(cands, key=lambda c: (c.claim.start, c.claim.end)):
        key = (c.claim.start, c.claim.end, c.claim.property, c.claim.value,
               c.claim.subject_id or "")
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _claim(text: str, subject: Mention, prop: str, value: str, start: int, end: int) -> Claim:
    lo, hi = min(start, subject.start), max(end, subject.end)
    if subject.via == "reference":
        lo, hi = start, end
    return Claim(lo, hi, text[lo:hi], subject.entity_id, subject.name, prop, value)


def _nearest(mentions: list[Mention], pos: int, kinds: tuple[str, ...],
             before_only: bool = False) -> Mention | None:
    before = [m for m in mentions if m.kind in kinds and m.end <= pos]
    if before:
        return before[-1]
    if before_only:
        return None
    after = [m for m in mentions if m.kind in kinds and m.start >= pos]
    return after[0] if after else None


def _first_after(mentions: list[Mention], pos: int, kinds: tuple[str, ...],
                 reach: int = 40) -> Mention | None:
    """The first mention of one of ``kinds`` starting at ``pos`` or within ``reach``
    characters after it."""
    return next((m for m in mentions if m.kind in kinds and pos <= m.start <= pos + reach),
                None)


# A body referred back to as a sentence's subject: "It was established", "The agency was"
BODY_REFERENCE = re.compile(r"\s*(?:[Ii]t|The\s+(?:agency|corporation|bureau|organi[sz]ation))\s+"
                            r"(?:was|had\s+been)\s+(?:[a-z]+ly\s+)?")


def _reference(text: str, sentence: Sentence, recent: dict[str, Mention], pos: int,
               kinds: tuple[str, ...]) -> Mention | None:
    """ "it", "she", "the spacecraft" before ``pos``: the entity of a compatible kind it
    stands for (see :func:`_person_referent` and :func:`_craft_referent`)."""
    if "organization" in kinds and "organization" in recent and BODY_REFERENCE.match(
            text, sentence.start, pos):  # "It was established in February 1992."
        return recent["organization"].as_reference()
    if "person" in kinds and (m := REFERENCES["person"].search(text[sentence.start:pos])):
        target = _person_referent(m.group(), recent, sentence, sentence.start + m.start())
        return target.as_reference() if target else None
    if (("craft" in recent or "vehicle" in recent or sentence.names_craft)
            and set(kinds) & {*CRAFT, "vehicle"}
            and (span := _craft_reference(text, sentence, pos))):
        craft = _craft_referent(text, sentence, recent, span)
        if craft is not None and craft.kind in kinds:
            return craft.as_reference()
    return None


# "After a test satellite disguised as Kosmos 41 in August 1964, Molniya 1 reached orbit":
# what an opening adverbial phrase names is not what the sentence is about.
INTRODUCTORY_PHRASE = re.compile(
    r"\s*(?:after|before|following|like|unlike|besides|since|until|while|when|although|"
    r"though|despite|with|without|during|as|once|because of|apart from|instead of|"
    r"in addition to)\b[^,;:]{1,150},", re.IGNORECASE)


def _crew_went_to(text: str, sentence: Sentence) -> bool:
    """Whether the sentence opens with people and names crafts only as where they went:
    "Soyuz 11. Dobrovolsky, Volkov and Patsayev launched … and docked with Salyut 1" is
    still about their ship."""
    first = sentence.mentions[0] if sentence.mentions else None
    return first is not None and first.kind == "person" and not text[
        sentence.start:first.start].strip() and all(
        _destination(text, sentence, m) for m in sentence.mentions if m.kind in CRAFT)


def _craft_subject(text: str, sentence: Sentence) -> Mention | None:
    """The craft a sentence is about, when it opens its sentence or clause: the first
    craft named, unless an apposition holds it or it is where someone went ("docked with
    Mir")."""
    opening = INTRODUCTORY_PHRASE.match(text, sentence.start, sentence.end)
    crafts = _outside_appositions(
        text, [m for m in sentence.mentions if m.kind in CRAFT
               and not (opening and m.start < opening.end())
               and not _counted_from(text, sentence, m)], sentence.end)
    first = crafts[0] if crafts else None
    if first is None or _destination(text, sentence, first):
        return None
    return first


APPOSED = re.compile(r"\s*,\s*")
# A thing told to be one of a programme's crafts: "The scorched sphere in the glass case is a
# Vostok descent module", "The capsule is a Soyuz"
SHOWN_AS_ONE_OF = re.compile(r"(?:\s+(?:in|on|at|by|behind|beside|under|near)\s+[^,;:.]{1,40}?)?"
                             r"\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+)?", re.IGNORECASE)
SHIP_NOUN = re.compile(r"\b(?:ship|spaceship|capsule|freighter|ferry)\b", re.IGNORECASE)


# Between two crafts of a list, one word each may describe: "Phobos 2 and the 6.8-tonne
# Mars 96"
CRAFT_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\w.-]+\s+)?")


# A sentence opening with a craft referred back to: "The core module was …"
REFERENCE_OPENS = re.compile(r"(?:The|This)\s")
# … or with "it" or "its", about the craft the sentences before were about
IT_OPENS = re.compile(r"\W*Its?\b")
# A sentence opening with its launch verb, its subject left out: "Went up on a Proton"
_LEFT_OUT_LAUNCH = (r"(?:Went|Rode|Flew)\s+up|Launched|Lifted\s+off|Blasted\s+off|Took\s+off|"
                    r"Flew|Rode")
LAUNCH_VERB_OPENS = re.compile(rf"[^\w\n]*(?P<verb>{_LEFT_OUT_LAUNCH})\b(?!\s+(?:in|on)\s+the\b)")
# … and what it had done, which names no craft: "was launched", "had been moved"
REFERENCE_DID = re.compile(r"\s+(?:was|were|had|has)\s+(?:been\s+)?[a-z]+ed\b")
CORE_MODULE = re.compile(r"\b(?:core|base)\s+module\Z", re.IGNORECASE)


# The names of the rovers in the catalog: "the rover" is one of these, not its carrier
ROVER_NAME = re.compile(r"\[?(?:Lunokhod|Yutu|Sojourner|Pragyan|Zhurong|Curiosity|Perseverance|"
                        r"Spirit Rover|Opportunity Rover)\b")


def _craft_referent(text: str, sentence: Sentence, recent: dict[str, Mention],
                    span: tuple[int, int]) -> Mention | None:
    """The craft a reference at ``span`` stands for: the first craft named earlier in the
    sentence ("what was left of Mir …, when the station's core module was launched");
    else, for "it", the subject of the sentences before ("Nauka rode a Proton-M; it was
    the first module since Zvezda. It docked …": Nauka, not Zvezda); else the last craft
    named ("Luna 21 set Lunokhod 2 down … The heavier rover": Lunokhod 2), but "the ship"
    not for a station or a module. "The crew" stands for the ship they flew, never for a
    station they lived on."""
    if text[span[1] - 4:span[1]].lower() == "crew":
        target = _craft_referent(text, sentence, recent, (span[0], span[1] - 4))
        if target is not None and _station_or_part(target):
            # "Soyuz T-6 … docked … Salyut 7 … the crew landed": the ship they flew
            ship = recent.get("ship")
            return ship if ship is not None and ship.end <= span[0] and not any(
                m.kind in CRAFT and m.end <= span[0] for m in sentence.mentions) else None
        return target
    if text[span[1] - 5:span[1]].lower() == "rover" and (rover := next((
            m for m in reversed(sentence.mentions) if m.kind in CRAFT and m.end <= span[0]
            and ROVER_NAME.match(m.name)), None) or recent.get("rover")) and (
            not _across_paragraphs(text, rover.end, span[0])):
        return rover  # "Lunokhod 1 came on Luna 17, which landed … The rover weighed 756
        # kg": the rover, not the carrier named after it
    if (shown := SHOWN_AS_ONE_OF.match(text, span[1])) and any(
            m.kind == "program" and span[1] < m.start <= shown.end() for m in sentence.mentions):
        return None  # "The scorched sphere in the glass case is a Vostok descent module":
        # a thing shown as one of a programme's crafts, not the craft told of before
    if text[span[1] - 7:span[1]].lower() == "complex":
        # "Kristall … was the second addition; the whole complex … was deorbited": the
        # station the modules made up, not the module named last
        station = next((m for m in reversed(sentence.mentions) if m.kind in CRAFT
                        and m.end <= span[0] and STATION_NAME.match(m.name)), None) or (
            recent.get("station"))
        return station if station is not None and STATION_NAME.match(station.name) else None
    named = next((m for m in sentence.mentions if m.kind in CRAFT and m.end <= span[0]),
                 None)
    apposed = next((m for m in sentence.mentions if m.kind in CRAFT
                    and APPOSED.fullmatch(text, m.end, span[0])), None)
    if apposed is not None:
        return apposed  # "…, around Zarya, the module launched by a Proton …": Zarya
    if named is not None:
        earlier = [m for m in sentence.mentions if m.kind in CRAFT and m.start >= named.end
                   and m.end <= span[0]]
        for listed in earlier:  # "Then came Phobos 2 and the 6.8-tonne Mars 96, …; the
            # probe fell back": the last of a list of crafts, not its first
            if not CRAFT_LIST_GAP.fullmatch(text, named.end, listed.start):
                break
            named = listed
        if text[span[1] - 7:span[1]].lower() == "station" and not STATION_NAME.match(
                named.name) and (station := next(
                (m for m in sentence.mentions if m.kind in CRAFT and m.end <= span[0]
                 and STATION_NAME.match(m.name)), None)):
            return station  # "… aboard Soyuz 11 and docked with Salyut 1 the next day; the
            # station itself had gone up …": the station named, not the ship
        if text[span[1] - 7:span[1]].lower() == "station" and not _station_or_part(named):
            return recent.get("station")  # "The crew flew aboard Soyuz T-15, and the
            # station came down on 23 March 2001": no ship is the station
        if STATION_NAME.match(named.name) and "ship" in recent and text[
                span[0]:span[1]].lower() == "it" and SHIP_NOUN.search(text, named.end, span[0]):
            return recent["ship"]  # "… aboard Salyut 1, and died when their capsule lost
            # its air; it landed on 30 June 1971": the ship they came home in
        return named
    # "the flight" stands, like "it", for what the sentences before were about
    pronoun = text[span[0]:span[1]].lower().partition(" ")[0] in ("it", "its") or (
        EVENT_NOUN_AT_END.search(text, span[0], span[1]) is not None)
    rocket = recent.get("vehicle")
    if pronoun and rocket is not None and ITS_DEBUT.match(text, span[1]) and all(
            rocket.start > recent[key].start for key in ("craft", "craft_subject")
            if key in recent):
        return rocket  # "… was the Energia rocket. Its maiden flight …"
    if pronoun and "craft_subject" in recent:  # "it", "its", "its lander"
        subject = recent["craft_subject"]
        if STATION_NAME.match(subject.name) and "ship" in recent and SHIP_DEED.match(
                text, span[1]):
            return recent["ship"]  # "Salyut 6 was unoccupied, and the Soyuz stayed docked
            # for 95 days. It undocked on 23 March 1980": no station undocks or lands
        return subject
    craft = recent.get("craft")
    if text[span[1] - 7:span[1]].lower() == "station":
        if "station" in recent:
            return recent["station"]  # "The empty station", after its crew's Soyuz 11
        if BARE_STATION.fullmatch(text, span[0], span[1]):
            return None  # "Zvezda … The station itself laps the planet": not the module
        if craft is not None and not _station_or_part(craft) and not any(
                span[0] <= m.start < span[1] for m in sentence.mentions):
            return None  # "Mars 2 … Fifty-five years ago this month, the first space
            # station went up": no probe is a station
    if craft is not None and CORE_MODULE.search(text, span[0], span[1]) and not (
            _station_or_part(craft)):
        return recent.get("station")  # "Soyuz TM-12 … The core module, which rode a
        # Proton-K": a station's, not a ship's
    if craft is not None and _station_or_part(craft) and (
            "ship" in recent and SHIP_NOUN.search(text, span[0], span[1])):
        # ("Soyuz 11 … docked with Salyut 1 … The capsule touched down": Soyuz 11)
        return recent["ship"]  # "Progress M-34 … struck Spektr. The ship had gone up …"
    return craft


def _subject_referred_to(text: str, sentence: Sentence, recent: dict[str, Mention]
                         ) -> Mention | None:
    """The craft a sentence naming none is about, when it refers back to one by what it
    is ("the station", "the probe"; "it" stands for the subject already): "People forget
    how low the station flew. It was brought down that October" is the station, not the
    capsule named before."""
    placed = _placed_reference(text, sentence, recent)
    if placed is None or text[placed.start:placed.end].lower().partition(" ")[0] in (
            "it", "its"):
        return None
    return replace(placed, via="name")


def _placed_reference(text: str, sentence: Sentence, recent: dict[str, Mention]
                      ) -> Mention | None:
    """The recent craft a phrase of this sentence refers back to ("it", "the probe"),
    placed at that phrase, so that what is said next to it is said of the craft."""
    if "craft" not in recent and not sentence.names_craft:
        return None
    span = _craft_reference(text, sentence, sentence.end)
    target = _craft_referent(text, sentence, recent, span) if span else None
    if span is None and (verb := _launch_verb_opening(text, sentence)) and not any(
            m.kind in (*CRAFT, "person") and not A_BARE_ROCKET.match(
                text, max(sentence.start, m.start - 10), m.end) for m in sentence.mentions):
        # "Went up on a Proton from Baikonur": said of what the sentences before were
        # about, placed (with no width) before the verb that leaves it out
        span = (verb.start("verb"), verb.start("verb"))
        target = recent.get("craft_subject") or recent.get("craft")
    if target is None or span is None:
        return None
    if any(m.kind in CRAFT and span[1] <= m.start
           and _after_apposition(text, span[1], sentence.end) >= m.end
           for m in sentence.mentions):
        return None  # "The first module, the Russian-built Zarya, was …": Zarya, named
    return replace(target, start=span[0], end=span[1], via="reference")


def _launch_verb_opening(text: str, sentence: Sentence) -> re.Match[str] | None:
    """The launch verb a sentence opens with, its subject left out ("Went up on a
    Proton"), maybe after its day ("The fifteenth of November eighty-eight, launched on the
    Energia rocket")."""
    verb = LAUNCH_VERB_OPENS.match(text, sentence.start)
    if verb is None and sentence.date_spans and (
            DAY_OPENS.fullmatch(text, sentence.start, sentence.date_spans[0][0])) and (
            comma := COMMA_AFTER_DAY.match(text, sentence.date_spans[0][1])):
        verb = LAUNCH_VERB_AFTER_DAY.match(text, comma.end())
    return verb


DAY_OPENS = re.compile(r"[^\w\n]*(?:[Oo]n\s+(?:the\s+)?|[Tt]he\s+)?")
COMMA_AFTER_DAY = re.compile(r",[ \t]*")
LAUNCH_VERB_AFTER_DAY = re.compile(rf"(?P<verb>{_LEFT_OUT_LAUNCH})\b(?!\s+in\s+the\b)",
                                   re.IGNORECASE)


def _craft_reference(text: str, sentence: Sentence, end: int, start: int | None = None
                     ) -> tuple[int, int] | None:
    """Where the first phrase referring back to a craft is in the sentence (from ``start``,
    if given) before ``end``: "it" opening a clause, "its perigee", "the (small DS-2) probe"
    (REFERENCES["craft"], found from its key words, which is several times faster than
    searching for it)."""
    start = sentence.start if start is None else start
    scan, key_words = ((sentence.folded, FOLDED_CRAFT_REFERENCE_WORD)
                       if sentence.folded is not None else (text, CRAFT_REFERENCE_WORD))
    for m in key_words.finditer(scan, start, end):
        if m.group().lower() in ("it", "its"):
            if NOT_ITSELF.match(text, m.end()):
                continue  # "Its successor was launched …": another craft
            if m.start() == start or PRONOUN_OPENS.search(text, max(start, m.start() - 8),
                                                          m.start()) or (
                    m.group().lower() == "it" and IT_THEN_PASSIVE.match(text, m.end())) or (
                    ITS_PROPERTY.match(text, m.start(), end)):
                return m.start(), m.end()
        elif (d := DETERMINED_NOUN.search(text, max(start, m.start() - 60), m.start())) and (
                not _names_its_own(text, sentence, d.start(), m.start())) and not (
                _introduces_an_event(text, d.start(), m.start(), m.end())) and not (
                NAME_AFTER_NOUN.match(text, m.end())):
            return d.start(), m.end()  # (not "the shuttle Atlantis": named)
    return None


SPACES = re.compile(r"\s*")


def _clause_start(text: str, sentence: Sentence, pos: int) -> int:
    """Where the clause holding ``pos`` starts: after the last semicolon before it (and
    the spaces after that), else where the sentence does."""
    cut = text.rfind(";", sentence.start, pos)
    if cut < 0:
        return sentence.start
    spaces = SPACES.match(text, cut + 1)
    return min(pos, spaces.end() if spaces else cut + 1)


# "the flight", "the whole mission": a flight referred back to; "the group flight of June
# 1963" or "the joint flight agreed in 1972" is another, told by what follows.
EVENT_NOUN = re.compile(r"flight|mission", re.IGNORECASE)
EVENT_NOUN_AT_END = re.compile(r"\b(?:flight|mission)\Z", re.IGNORECASE)
EVENT_REFERENCE_WORDS = re.compile(r"(?:the|this|that)\s+(?:(?:whole|entire|same)\s+)?",
                                   re.IGNORECASE)
EVENT_TOLD_AFTER = re.compile(r"\s+(?:of|to|agreed|planned|that|which|in|on)\b", re.IGNORECASE)


def _introduces_an_event(text: str, start: int, noun: int, end: int) -> bool:
    """Whether "the … flight" (or mission) at ``start`` is a new one, not a reference."""
    return EVENT_NOUN.fullmatch(text, noun, end) is not None and (
        not EVENT_REFERENCE_WORDS.fullmatch(text, start, noun)
        or EVENT_TOLD_AFTER.match(text, end) is not None)


ANOTHER_OF_ITS_KIND = re.compile(r"\b(?:replacement|rescue|relief|backup|spare|other|"
                                 r"second|next|last)\b", re.IGNORECASE)
NAME_AFTER_NOUN = re.compile(r" [A-Z]")  # "the shuttle Atlantis": the noun before a name
CAPITALIZED_WORD_BEFORE = re.compile(r"[A-Z][\w-]*\s+\Z")


def _names_its_own(text: str, sentence: Sentence, start: int, noun: int) -> bool:
    """Whether "the … <noun>" from ``start`` is a name, not a reference back: the name of
    a programme stands in it ("The Luna-26 lunar orbiter"; "the Salyut 6 station" is still
    the station named) or the noun is part of a capitalized name ("the Science and Power
    Module")."""
    if any(start <= m.start < noun and m.kind == "program" for m in sentence.mentions) or (
            ANOTHER_OF_ITS_KIND.search(text, start, noun)):
        return True  # "the replacement ship" is not the ship named last
    return text[noun].isupper() and CAPITALIZED_WORD_BEFORE.search(
        text, max(start, noun - 30), noun) is not None and text[start:noun].count(" ") > 1


# "Launched on 14 August 1976, the lander …": a sentence opening with a participle.
# A label the sentence opens with: "Note: Launched on 7 August 1961, he …", "IRINA: …"
_LEAD_LABEL = r"(?:[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*)?[ \t]*:[ \t]*)?"
FRONTED_PARTICIPLE = re.compile(
    rf"\s*{_LEAD_LABEL}(?:(?:first|originally|finally|later)\s+)?[A-Z]\w+ed\b")
# The rest of a phrase describing the subject, then the pronoun that is the subject
DESCRIBED_THEN_PRONOUN = re.compile(r"[^,;:.\n]{0,40},(?=\s*(?:it|he|she|they)\b)")
# What may come between the participle phrase's comma and its subject.
FRONTED_GAP = re.compile(r",\s*(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}?")


def _fronted_subject(text: str, sentence: Sentence, recent: dict[str, Mention], pos: int,
                     kinds: tuple[str, ...]) -> Mention | None:
    """The subject of a sentence that opens with a participle phrase ending after ``pos``
    ("Launched on 14 August 1976, the lander settled …"): the entity named or referred
    to right after the phrase's comma."""
    if not (fronted := FRONTED_PARTICIPLE.match(text, sentence.start)):
        return None
    comma = text.find(",", pos, sentence.end)
    if comma < 0 or CLAUSE_BREAK.search(text, fronted.end(), comma):
        return None
    named = next((m for m in sentence.mentions if m.start > comma), None)
    if named is not None and (described := DESCRIBED_THEN_PRONOUN.match(text, named.end)):
        # "Launched … on a Proton, the last module Mir would receive, it docked …": "it"
        comma, named = described.end() - 1, None
    if named is not None and named.kind in kinds and FRONTED_GAP.fullmatch(
            text, comma, named.start):
        return named
    after = text[comma + 1:sentence.end]
    for group, pattern in REFERENCES.items():
        target = recent.get(group)
        m = pattern.match(after.lstrip())
        if target and target.kind in kinds and m:
            if group == "person":
                target = _person_referent(m.group(), recent) or target
            return target.as_reference()
    return None


FRONTED_FLIGHT = re.compile(rf"\s*{_LEAD_LABEL}(?:Launched|Flown|Lofted|Carried|Sent)\s+(?:up\s+)?"
                            r"(?:on|aboard|in)\s+(?:board\s+)?(?:the\s+)?")


def _fronted_flight(text: str, sentence: Sentence, recent: dict[str, Mention]
                    ) -> tuple[Mention, Mention, int] | None:
    """ "Launched on Soyuz TM-18 on 8 January 1994, he stayed …": the craft of an opening
    participle phrase, the person the sentence goes on about, and where the phrase ends."""
    m = FRONTED_FLIGHT.match(text, sentence.start)
    craft = next((c for c in sentence.mentions if m and c.start == m.end()), None)
    if craft is None or craft.kind not in CRAFT:
        return None
    comma = text.find(",", craft.end, sentence.end)
    person = _fronted_subject(text, sentence, recent, craft.end, ("person",))
    if comma < 0 or person is None:
        return None
    return craft, person, comma


def _person_referent(reference: str, recent: dict[str, Mention],
                     sentence: Sentence | None = None, pos: int = 0) -> Mention | None:
    """The person a reference at ``pos`` stands for: the first person of its gender named
    earlier in the ``sentence`` ("Dennis Tito … launched alongside Talgat Musabayev and
    Yuri Usachov; he spent eight days": Tito), else "she" the last woman named before,
    "he" the last man, "the cosmonaut" the last person."""
    word = reference.strip().lower()
    key = ("she" if word.endswith(("she", "her")) else "he" if word.endswith(("he", "his"))
           else None)
    if sentence is not None:
        named = next((m for m in sentence.mentions if m.kind == "person" and m.end <= pos
                      and key in (None, _gender_key(m))), None)
        if named is not None:
            return named
    person = recent.get("person")
    if key is None:
        return person
    if key in recent:
        return recent[key]
    # no one of that gender in mind: the last person named, if of it
    return person if person is not None and _gender_key(person) == key else None


SUBJECT_PRONOUNS = {"she": re.compile(r"\bshe\b", re.IGNORECASE),
                    "he": re.compile(r"\bhe\b", re.IGNORECASE)}


def _pronoun_before(text: str, start: int, end: int, key: str) -> bool:
    """Whether "he" (``key`` "he") or "she" stands in ``text[start:end]``."""
    return SUBJECT_PRONOUNS[key].search(text, start, end) is not None


def _recent_key(m: Mention) -> str:
    """The ``recent`` key a mention is remembered under: "person", "craft" (a spacecraft,
    mission or module) or its own kind."""
    return "person" if m.kind == "person" else "craft" if m.kind in CRAFT else m.kind


def _gender_key(person: Mention) -> str:
    """The ``recent`` key a person is also remembered under, for "she" and "he". People
    the crew sources give no gender are taken as men, as most early flyers were."""
    return "she" if person.female else "he"


SUBORDINATE_OPENS = re.compile(r",\s*(?:and\s+|but\s+)?(?:when|as|after|before|while|once)\b|"
                               r"\b(?:and|but),\s*(?:when|as|after|before|while|once)\b")


# "and Hungary's", "and the similar Poisk module in November 2008", "and finally Priroda",
# "; Kvant-2 on 26 November 1989"
GAPPED_BEFORE = re.compile(r"(?:[,;]|\band)\s*(?:(?:finally|lastly|eventually|then|also)\s+)?"
                           r"(?:[\w-]+['’]s\s+|the\s+(?:[a-z-]+\s+)?)?\Z")
# " in ", or an apposition first: "and India's Rakesh Sharma, the first Asian in space, in 1984"
GAPPED_GAP = re.compile(r"(?:\s+(?:module|spacecraft|probe|station|ship|satellite|node|"
                        r"laboratory|compartment|lander|orbiter))?"
                        r"(?:,\s+(?:the|a|an)\s+[^,;()]{1,60},)?"
                        # "and Priroda, the last of them, on a Zenit on 23 April 1996"
                        r"(?:\s+(?:on|aboard|atop)\s+(?:a|an|the)\s+[A-Z][\w.-]*)?"
                        r"\s+(?:in|on)\s+")
# (the traveller's country may come between: "and Sigmund Jähn of East Germany on Soyuz 31")
GAPPED_ABOARD = re.compile(r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
                           r"\s+(?:on|aboard|in)\s+(?:board\s+)?(?:the\s+)?")
GAPPED_SUBJECTS = (*CRAFT, "person")
# A flight in a list of people and dates, with no verb of its own: "Later guests included
# Syria's Muhammed Faris in 1987; Toyohiro Akiyama in December 1989; and Britain's Helen
# Sharman in May 1991". The person is followed by "in" and the date, the date by the end
# of its item.
LISTED_FLIGHT_GAP = re.compile(r"\s+in\s+")
LISTED_FLIGHT_END = re.compile(r"\s*(?:[;,.]|\band\b|\Z)")


def _gapped_launch(text: str, sentence: Sentence, dates: list[DateMention],
                   date: DateMention) -> tuple[Mention, str, int] | None:
    """(subject, "launch_date", the verb's start) for a date too far from the launch verb
    its clause leaves out (:func:`_gapped_subject`), when the date before it in the
    sentence is that verb's."""
    before = [d for d in dates if sentence.start <= d.start < date.start]
    if not before:
        return None
    trig = _trigger(text, sentence, before[-1].start, before[-1].end)
    if trig is None or trig[0] != "launch_date" or trig[1] > before[-1].start:
        return None
    subject = _gapped_subject(text, sentence, date)
    return (subject, "launch_date", trig[1]) if subject is not None else None


def _gapped_subject(text: str, sentence: Sentence, date: DateMention) -> Mention | None:
    """The craft or person of a clause whose verb is left out after "and": in "Salyut 6
    went up in September 1977 and Salyut 7 in April 1981", Salyut 7 for the second date;
    in "… flew in July and September 1980, respectively, and Hungary's Bertalan Farkas in
    1981", Farkas."""
    craft = _nearest(sentence.mentions, date.start, GAPPED_SUBJECTS, before_only=True)
    if craft is None or not (GAPPED_GAP.fullmatch(text, craft.end, date.start) or (
            date.kind == "relative" and text[craft.end:date.start] == " ")):
        return None  # (", Zvezda eighteen months later": a count needs no "in")
    if GAPPED_BEFORE.search(text, sentence.start, craft.start):
        return craft
    # ", France's Jean-Loup Chretien on Soyuz T-5 in 1982": the traveller opens the clause,
    # and the date is when they went up (their crew claim judges the craft)
    traveller = _nearest(sentence.mentions, craft.start, ("person",), before_only=True)
    if craft.kind in CRAFT and traveller is not None and GAPPED_ABOARD.fullmatch(
            text, traveller.end, craft.start) and GAPPED_BEFORE.search(
            text, sentence.start, traveller.start):
        return traveller
    return None


# ", and on 16 June Tereshkova on Vostok 6", ", and two days later Vostok 6": a clause
# whose verb is left out opened by its date
GAPPED_DATE_FIRST = re.compile(r"[,;]\s*and\s+(?:(?:on|in)\s+)?\Z")
GAPPED_DATE_GAP = re.compile(rf"\s*,?\s*{COUNTRY_POSSESSIVE}?")
GAPPED_CLAUSE_END = re.compile(r"\s*(?:[.;,)]|\Z)|\s+(?:with|carrying)\s")


def _gapped_subject_after(text: str, sentence: Sentence, date: DateMention) -> Mention | None:
    """The subject named right after a date that opens a clause without a verb: in
    "Bykovsky launched on Vostok 5 on 14 June 1963, and two days later Tereshkova on
    Vostok 6", Tereshkova (her crew claim judges the craft); in "…, and on 16 June Vostok
    6", Vostok 6."""
    if not GAPPED_DATE_FIRST.search(text, sentence.start, date.start):
        return None
    after = _first_after(sentence.mentions, date.end, GAPPED_SUBJECTS)
    if after is None or not GAPPED_DATE_GAP.fullmatch(text, date.end, after.start):
        return None
    if after.kind == "person":
        craft = _first_after(sentence.mentions, after.end, CRAFT)
        # (past an aside on her: "and in August 1982 Savitskaya, the second woman in space,
        # aboard Soyuz T-7")
        return after if craft is not None and GAPPED_ABOARD.fullmatch(
            text, _after_apposition(text, after.end, craft.start), craft.start) else None
    return after if GAPPED_CLAUSE_END.match(text, after.end, sentence.end) else None


# What may open a sentence before its date ("In September 1970, …", "A month later, …")
DATE_OPENER = re.compile(r"\s*(?:(?:in|on|by|then|and|but)\s+)?", re.IGNORECASE)
DATE_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
RELATIVE_DATE_GAP = re.compile(r"\s*,?\s*(?:the\s+)?")  # "A year earlier Voskhod 1 had …"
STATE_VERB = re.compile(r"[^,;:.]*?\b(?:was|were|is|are|remained|stayed|had\s+been)\b",
                        re.IGNORECASE)


def _launched_by_a_site(text: str, sentence: Sentence, trigger_pos: int,
                        date: DateMention) -> bool:
    """Whether a site is the subject of the launch verb at ``trigger_pos`` and no craft
    comes after the verb as what it launched: "Plesetsk did not put anything into orbit
    until 1966" dates the site's first launch (but "Plesetsk sent up its first satellite,
    …, Kosmos-112, on 17 March 1966" dates Kosmos-112's)."""
    return any(m.kind == "site" and m.end <= trigger_pos and ((SITE_AS_SUBJECT.fullmatch(
        text, m.end, trigger_pos) and not PLACE_WORD_BEFORE.search(
        text, max(sentence.start, m.start - 10), m.start)) or SITE_WHICH_SAW.fullmatch(
        text, m.end, trigger_pos)) for m in sentence.mentions) and not any(
        m.kind in CRAFT and trigger_pos < m.start < max(date.start, trigger_pos + 80)
        for m in sentence.mentions)


def _opened_by_date(text: str, sentence: Sentence, date: DateMention) -> Mention | None:
    """The craft a sentence (or a clause after its comma) opening with a date is about,
    when it follows the date's comma: "In September 1970, Luna 16 scooped up …", "…, and a
    month later Luna 17 delivered …". A day without its year is left out: the year it was
    given from the context may be another story's."""
    if date.kind == "yearless":
        return None
    # or a clause joined on after a comma: "…, and a month later Luna 17 delivered …"
    cut = max(text.rfind(",", sentence.start, date.start),
              text.rfind(";", sentence.start, date.start))
    if not DATE_OPENER.fullmatch(text, cut + 1 if cut >= 0 else sentence.start, date.start):
        return None
    after = next((m for m in sentence.mentions if m.start >= date.end), None)
    comma = RELATIVE_DATE_GAP if date.kind == "relative" else DATE_COMMA
    if after is None or after.kind not in CRAFT or not comma.fullmatch(
            text, date.end, after.start) or STATE_VERB.match(
            text, after.end, min(sentence.end, after.end + 40)):
        return None  # "On 12 August 1962, Vostok 3 and Vostok 4 were both in orbit": a state
    return after


def _dated_right_after(text: str, subject: Mention, date: DateMention,
                       paired: bool = False) -> bool:
    """Whether ``date`` follows ``subject`` with no verb between, as its own: "Kvant-1
    astrophysics module in 1987", not "Salyut 7 was exemplified in 1985". A name and a date
    ``paired`` across two lists have the other names and dates between: "Spektr and
    Priroda in 1995 and 1997 respectively"."""
    if subject.end > date.start:
        return False
    gap = text[subject.end:date.start]
    if gap == " " and NOTED_DATE.fullmatch(date.text):
        return True  # a note's "Kristall 06/1990", "Zarya 1998-11-20"
    reach, link = (80, PAIRED_GAP) if paired else (40, DATED_BY_GAP)
    # a label's colon may end the names: "Vega 1 and Vega 2: 21 and 15 December 1984" (the
    # notes' LABEL_COLON, below)
    labelled = LABEL_COLON.search(gap) if paired else None
    if labelled:
        gap = gap[:labelled.start()]
    return len(gap) <= reach and (labelled or link.search(gap)) is not None and not (
        VERBISH.search(gap) or CLAUSE_BREAK.search(gap) or VERB_PARTICLE.match(gap))


# A verb's particle after its object: "Luna 17 put Lunokhod 1 down on 17 November 1970" is
# a landing told of the rover, not the rover's launch day (but "sent Luna 25 off on 11 Aug
# 2023" is its launch)
VERB_PARTICLE = re.compile(r"\s*(?:down|back|home)\b")


def _apposed_day(text: str, subject: Mention, date: DateMention) -> bool:
    """Whether ``date`` is a day set off by commas right after ``subject``, as a list of
    flights dates them: "Voskhod 2, the eighteenth of March 1965: Belyayev and Leonov",
    "Helen Sharman, Soyuz TM-12, 19 May 1991, the first Briton", also past the craft's
    bracketed designation: "Salyut 1 (DOS-1), 19 April 1971". (A craft already in space
    that day is left alone by the judge: "Salyut 7, 7 June 1985" is no launch.)"""
    return date.date.precision is Precision.DAY and date.kind == "absolute" and (
        APPOSED_DAY_GAP.fullmatch(text, subject.end, date.start) is not None) and (
        APPOSED_DAY_END.match(text, date.end) is not None)


# A craft's designation in brackets after its name, or the end of the bracket that is the
# name: "Sputnik 1 (PS-1), 4 Oct 1957", "Sputnik 1 (PS-1), …" with the mention "PS-1"
DESIGNATION_BRACKET = r"(?:[ \t]*\([^()\n]{1,30}\)|\))?"
# (or set off by a caption's bars or dashes: "VOSTOK 1 | 12 APRIL 1961 | APOGEE 372 KM"),
# past the craft's designation
APPOSED_DAY_GAP = re.compile(
    rf"{DESIGNATION_BRACKET}(?:,[ \t]*(?:the[ \t]+)?|[ \t]+[|–—-][ \t]+)")
APPOSED_DAY_END = re.compile(r"[ \t]*(?:[:;,)|]|[–—-][ \t]|[.!?](?:\s|\Z)|\Z)")


NOTED_DATE = re.compile(r"\d\d/\d{4}|\d{4}-\d\d-\d\d")
PAIRED_GAP = re.compile(r"\b(?:in|on)\b|\(")  # "Vega 1 & 2 (15 and 21 Dec 1984 …)"
# The end of what stands between a craft and its date: "in", "on", or a craft noun and "of"
# ("the Phobos 1 and 2 probes of July 1989")
DATED_BY_GAP = re.compile(r"\b(?:in|on)(?:\s+the)?\s*$|\b(?:probes?|missions?|spacecraft|craft|"
                          r"satellites?|landers?|orbiters?|modules?|stations?)\s+of\s*$")


def _listed_flights(text: str, sentence: Sentence, dates: list[DateMention]
                    ) -> dict[int, Mention]:
    """The people of a verbless list of flights, by the start of their dates: "Syria's
    Muhammed Faris in 1987; Toyohiro Akiyama in December 1989; …". Two items at least make
    the list; one ("interviewed Tereshkova in 2013.") is no flight."""
    if "person" not in sentence.kinds:
        return {}
    people = [m for m in sentence.mentions if m.kind == "person"]
    found: dict[int, Mention] = {}
    for date in dates:
        person = _nearest(people, date.start, ("person",), before_only=True)
        if person is not None and LISTED_FLIGHT_GAP.fullmatch(text, person.end, date.start) and (
                LISTED_FLIGHT_END.match(text, date.end, sentence.end)):
            found[date.start] = person
    return found if len(found) > 1 else {}


CAME_DOWN = re.compile(r"(?:came|comes?|coming)\s+down\b", re.IGNORECASE)
RESTATED_BY = re.compile(r"\s*,\s*(?:on|in)?\s*(?:the\s+)?")
# "she returned eight days later aboard Soyuz T-5 on 27 August": the day again, after the
# craft
RESTATED_AFTER_CRAFT = re.compile(r"\s+(?:aboard|on|in)\s+(?:the\s+)?(?:[\w-]+\s+){1,4}?"
                                  r"(?:on|in)\s+(?:the\s+)?", re.IGNORECASE)


def _restated(text: str, relative: DateMention, date: DateMention) -> bool:
    """Whether a date right after a relative one says the same day again: "twenty months
    later, on 26 July 2000", "eight days later aboard Soyuz T-5 on 27 August"."""
    return date.kind in ("absolute", "yearless") and (
        RESTATED_BY.fullmatch(text, relative.end, date.start) is not None
        or RESTATED_AFTER_CRAFT.fullmatch(text, relative.end, date.start) is not None)


# "55 years ago this month (17 Aug 1970)", "48 years ago, on 26 August 1978", "Fifty
# years ago - 9 August 1976 -"
AGO_RESTATED_BY = re.compile(r"\s*(?:(?:this|that)\s+(?:month|year|week)|today)?\s*"
                             r"[,(:\-–—]\s*(?:on|in)?\s*(?:the\s+)?", re.IGNORECASE)
# a dash aside that is only a date: "Half a century ago - 9 August 1976 - Luna 24 …"
DASH_BEFORE_DATE = re.compile(r"\s*[-–—]\s*(?:on\s+)?")


ASIDE_DASH = re.compile(r"\s[-–—]\s|—")


def _dash_aside(text: str, sentence: Sentence, pos: int) -> tuple[int, int] | None:
    """The span of the aside set off by a pair of dashes that ``pos`` is in, within its
    sentence ("… on 11 August 2023 - Russia's first Moon mission since 1974 - and …")."""
    dashes = [m.start() for m in ASIDE_DASH.finditer(text, sentence.start, sentence.end)]
    for opened, closed in zip(dashes[::2], dashes[1::2], strict=False):
        if opened < pos < closed:
            return opened, closed
    return None


def _nearer_date_taken(text: str, dates: list[DateMention], trigger_pos: int,
                       date: DateMention) -> bool:
    """Whether another date sits between a trigger word and this date, so the trigger's
    date is that one: "founded in 1964, co-operated … until … 2022". A list of dates ("in
    1974 and 1975") shares its trigger."""
    for other in dates:
        if trigger_pos < other.start and other.end <= date.start and not DATE_LIST_GAP.fullmatch(
                text, other.end, date.start) and not (
                other.kind == "relative" and _restated(text, other, date)
        ) and not (other.kind == "ago" and AGO_RESTATED_BY.fullmatch(text, other.end, date.start)):
            # ("twenty months later, on 26 July 2000" and "55 years ago this month (17 Aug
            # 1970)" say one date twice)
            return True
        # "lost in late 1977, and on 24 January of the following year … re-entered"
        if date.end <= other.start and other.end <= trigger_pos and (
                other.kind == "relative" or not DATE_LIST_GAP.fullmatch(
                    text, date.end, other.start)) and not any(
                a < other.start < b for a, b in _relative_asides(text, date.end, trigger_pos)):
            # (a relative date is told from the one before, not listed with it; one in a
            # relative clause set off between is that clause's)
            return True
        # "… on 5 June and, when he landed aboard Soyuz MS-26 on 23 September 2024": a
        # trigger in a new "when" clause after this date, with a date of its own in that
        # clause, is that date's
        if date.end <= trigger_pos < other.start and "," not in text[
                trigger_pos:other.start] and SUBORDINATE_OPENS.search(
                text, date.end, trigger_pos):
            return True
        # "left in July 1976, and the station was deorbited that February": a trigger in
        # the next clause followed by a date of its own is that date's
        if date.end <= trigger_pos < other.start <= trigger_pos + 80 and "," not in text[
                trigger_pos:other.start] and NEXT_CLAUSE.search(text, date.end, trigger_pos):
            return True
    return False


def _scan_triggers(text: str, sentence: Sentence
                   ) -> tuple[list[int], list[tuple[str, int, int]], list[tuple[int, int]]]:
    """The sentence's clause breaks, trigger words (property, start, end) and name
    appositions: scanned once per sentence, however many dates ask (``sentence.triggers``)."""
    if sentence.triggers is None:
        offset = sentence.start
        s_text = scan = text[offset:sentence.end]
        triggers = DATE_TRIGGERS
        if sentence.folded is not None:  # the same matches, found faster
            scan = sentence.folded[offset:sentence.end]
            triggers = [trigger for trigger, hits in zip(
                FOLDED_DATE_TRIGGERS, sentence.trigger_words, strict=True)
                if hits.within(offset, sentence.end)]
        hits = [(prop, offset + m.start(), offset + m.end()) for prop, pattern in triggers
                for m in pattern.finditer(scan)]
        if len(hits) > 1:  # a word inside a longer trigger is that trigger's: "came home
            # from his third mission" is a landing, though "mission" alone is a launch
            hits = _outermost(hits)
        sentence.triggers = (
            [offset + m.start() for m in CLAUSE_BREAK.finditer(s_text)], hits,
            _name_appositions(text, sentence) if "," in s_text else [])
    return sentence.triggers


def _outermost(hits: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The trigger hits (property, start, end) not inside a longer one, in their order."""
    reach, reach_from = -1, -1  # the furthest end of the hits so far, and where it began
    inside: set[tuple[str, int, int]] = set()
    for hit in sorted(hits, key=lambda h: (h[1], -h[2])):
        _, pos, end = hit
        if end < reach or (end == reach and reach_from < pos):
            inside.add(hit)
        elif end > reach:
            reach, reach_from = end, pos
    return [hit for hit in hits if hit not in inside] if inside else hits


# A flight named as the time of something else: "on 25 July 1984, during her Soyuz T-12
# mission, she …" may be any day of it, not only its launch
FLIGHT_NOUN = re.compile(r"(?:space)?flight|mission|voyage|journey|expedition", re.IGNORECASE)
DURING_BEFORE = re.compile(r"\bduring\s+(?:(?:her|his|their|its|the|that|this)\s+)?"
                           r"(?:[\w-]+\s+){0,3}\Z", re.IGNORECASE)


# A rocket that is the subject of a relative clause: "…, which an Angara rocket carried …"
ROCKET_OF_RELATIVE = re.compile(r"\bwhich\s+(?:an?\s+|the\s+)?\Z", re.IGNORECASE)
# One unnamed, right before a participle: "a Belarusian scientist launching" (not an
# apposition's "Luna 9, a probe launched on …", which is Luna 9)
GERUND = re.compile(r"[a-z]+ing\b", re.IGNORECASE)
UNNAMED_DOER = re.compile(r"(?:^|[,;:]\s+|\b(?:and|or)\s+)an?\s+(?-i:[a-zA-Z][\w-]*\s+){1,3}\Z",
                          re.IGNORECASE | re.MULTILINE)
# A site as the subject of a launch verb: "Plesetsk did not put anything into orbit"
SITE_AS_SUBJECT = re.compile(r"\s+(?:(?:did|does|had|has|would|could)(?:n['’]t)?\s+"
                             r"(?:not\s+|never\s+|first\s+)?|(?:never|only|first|finally)\s+)?")
PLACE_WORD_BEFORE = re.compile(r"\b(?:from|at|in|of|near|to)\s+(?:the\s+)?\Z", re.IGNORECASE)
# … or its own first launch told in a clause after it: "from Vostochny, which saw its first
# launch in April 2016"
SITE_WHICH_SAW = re.compile(r",?\s+(?:which|that)\s+(?:saw|hosted|had|made|staged)\s+"
                            r"(?:its|the)\s+(?:first|maiden|debut|inaugural)\s+",
                            re.IGNORECASE)
# the launch of the craft referred back to: "A Molniya rocket launched it on …"
LAUNCHED_IT = re.compile(r"(?:launched|lofted|carried|boosted|put|placed)\s+(?P<it>it)\b")
# the launch verb whose object, not a craft after the date, is what went up
CARRIED_VERB = re.compile(r"carri(?:ed|es)\b", re.IGNORECASE)
# what may come before a date that heads its line: "- 06/30/1971 - …", "* …"
DATE_HEADS_LINE = re.compile(r"[ \t]*(?:[-*•–—][ \t]*)?")
TRIGGER_REACH_HEADED = 160  # characters from such a date to a trigger after it (else 90)
# between a craft and the participle said of it: "Mars 3, launched on …"
APPOSED_PARTICIPLE = re.compile(r"(?:\s+(?:module|station|laboratory|probe|spacecraft|ship|"
                                r"satellite))?,\s*(?:which\s+was\s+|first\s+|originally\s+)?")
# The events of a flight a date may be of
FLIGHT_EVENTS = ("launch_date", "landing_date", "docking_date", "reentry_date")
# A relative clause opening after a name, of which the name is the subject: "Baikonur,
# which …" (but "Baikonur, where it lifted off on …" is the craft's)
RELATIVE_OPENS = re.compile(r",\s*(?:which|whose)\b")


def _in_a_places_clause(text: str, sentence: Sentence, date_start: int) -> bool:
    """Whether a date is in a relative clause about a place, not a craft: "Sputnik 2 flew
    from Baikonur, not Plesetsk, which did not put anything into orbit until 1966"."""
    opens = [m.start() for m in RELATIVE_OPENS.finditer(text, sentence.start, date_start)]
    if not opens or CLAUSE_BREAK.search(text, opens[-1] + 1, date_start):
        return False
    place = next((m for m in reversed(sentence.mentions) if m.end <= opens[-1]), None)
    # (a craft named in the clause is what it dates: "Vostochny, which launched Luna 25 on
    # 11 August 2023")
    return place is not None and place.kind in ("site", "country") and (
        not text[place.end:opens[-1]].strip()) and not any(
        opens[-1] < m.start < date_start for m in sentence.mentions if m.kind != "site")


# A relative clause's verb right after the name "which" stands for (and its dates)
WHICH_BEFORE_VERB = re.compile(r"(?:\s*\([^()]{1,40}\))?\s*,\s*which\s+"
                               r"(?:had\s+|then\s+|later\s+)?")
# "…, with Kvant added in 1987": what "with" names is what the participle after it is
# said of, not the sentence's subject
WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?\Z")
# between a date and a trigger after it: the trigger is the event the date is counted from
ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\b", re.IGNORECASE)


OWN_DATE_GAP = re.compile(r"\s+(?:(?:on|in|until|till)\s+)?")  # ("did not come home until")
RELATIVE_ASIDE = re.compile(r",\s*(?:whose|which|who)\b[^;:()]*?,\s+\d{4},|"
                            r",\s*(?:whose|which|who)\b[^,;:()]*,")


def _relative_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The relative clauses set off by commas between ``start`` and ``end`` (one may
    hold a date's own comma: ", whose core module was launched on February 20, 1986,")."""
    if text.find("wh", start, end) < 0:
        return []
    return [m.span() for m in RELATIVE_ASIDE.finditer(text, start, end)]


def _another_statement(text: str, sentence: Sentence, date_end: int, pos: int, end: int
                       ) -> bool:
    """Whether a trigger word at ``pos``:``end``, after a date ending at ``date_end``,
    belongs to another statement than the date's."""
    if COORDINATED_VERB.match(text, date_end, pos):
        return True  # "… into the atmosphere of Venus in June 1985 and then flew on"
    if (joined := CLAUSE_JOINER.match(text, date_end, pos)) and any(
            m.start == joined.end() and (VERB_FOLLOWS.fullmatch(text, m.end, pos)
                                         or APPOSED_PARTICIPLE.fullmatch(text, m.end, pos))
            for m in sentence.mentions):
        # "… on 6 June 1979 and Soyuz 32 came home empty": its own subject; so has "…, and
        # Luna 3, launched on the first anniversary of Sputnik, …"
        return True
    if SPAN_TO_EVENT.fullmatch(text, date_end, pos) and any(
            end <= d < end + 25 for d, _ in sentence.date_spans):
        return True  # "from his launch on 8 January 1994 to his landing on 22 March 1995"
    if text.find(";", date_end, pos) >= 0:
        return True  # "…, on 12/15/1970; and Luna 24, the last … mission": the next item's
    # "opened in 1981 for the 20th anniversary of Gagarin's flight": counted from (but in
    # "Oct. 4 — On the second anniversary of Sputnik 1, Luna 3 sets off" the verb is the
    # main clause's, after the phrase the date opens)
    anniversary = ANNIVERSARY_OF.search(text, date_end, pos)
    return anniversary is not None and "," not in text[anniversary.end():pos]


# Between a date and the next that opens a clause of its own: "…, and on December 15 it"
NEXT_DATED_CLAUSE = re.compile(r"\s*,\s*(?:and|but)\s+(?:then\s+)?(?:on|in)\s+(?:the\s+)?")


# A verb of an event that is no flight's, with only its place or time between it and a
# date: the date is that event's ("an agreement signed in Washington on 24 May 1972", "the
# handshake agreed by Nixon and Kosygin in May 1972").
SIGNED_BEFORE_DATE = re.compile(r"\b(?:signed|ratified|born|agreed|approved)"
                                r"(?: (?:in|at|by) [^,;.()]{1,30}?)? (?:on|in) (?:the )?\Z",
                                re.IGNORECASE)


def _trigger(text: str, sentence: Sentence, date_pos: int, date_end: int | None = None
             ) -> tuple[str, int] | None:
    """The property a date is about: the trigger word nearest to the date, preferring
    one in the date's own clause ("Gagarin entered space, and two years later,
    Tereshkova went into space": the second date belongs to "went into space")."""
    breaks, hits, asides = _scan_triggers(text, sentence)
    own = SUBORDINATE_DATE.search(text, max(sentence.start, date_pos - 70), date_pos)
    if own and VERBISH.fullmatch(own.group("verb")):
        return None  # "launched since the series began in 1978": the series began then
    if asides:  # "Padalka, a veteran of five flights, held …": not his launch
        hits = [(prop, pos, end) for prop, pos, end in hits if not any(
            a < pos < b and not a < date_pos < b for a, b in asides)]
    clause_start, clause_end = sentence.start, sentence.end
    for pos in breaks:
        if pos < date_pos:
            clause_start = pos
        elif pos > date_pos:
            clause_end = min(clause_end, pos)
    # "rode a Molniya on 31 January 1966 and on 3 February 1966 became …": a date that
    # opens a coordinated predicate is that predicate's, not the earlier verb's
    opens_predicate = DATE_OPENS_PREDICATE.search(text, max(clause_start, date_pos - 20),
                                                  date_pos) is not None
    # "launched 12 Jul 1967 and in October it became the first …": a verb of its own after
    # such a date makes the date that verb's alone
    own_verb = opens_predicate and date_end is not None and (
        verb := PREDICATE_AFTER_DATE.match(text, date_end)) is not None and (
        VERBISH.fullmatch(verb.group("verb")) is not None)
    # "- 06/30/1971 - The Soyuz 11 crew, A, B and C, is lost during re-entry": an entry's
    # date reaches further on into its line
    heads_line = DATE_HEADS_LINE.fullmatch(text, text.rfind("\n", 0, date_pos) + 1,
                                           date_pos) is not None
    best: tuple[bool, bool, int, int, str, int] | None = None
    for prop, pos, end in hits:
        # from the end of a long trigger before the date ("carried A, B and C into orbit")
        # and to the start of one after it from the date's end
        distance = date_pos - end if end <= date_pos else abs(pos - (date_end or date_pos))
        if distance > (TRIGGER_REACH_HEADED if pos > date_pos and heads_line else 90):
            continue
        # "set up in 1967, flew guests": a comma between the date and a trigger after it
        # makes that trigger a new statement.
        after_comma = pos > date_pos and "," in text[date_pos:pos]
        # "rose on 20 May 1995 and docked the following month": a verb joined on after
        # the date has a date of its own
        if pos > date_pos and date_end is not None and _another_statement(
                text, sentence, date_end, pos, end):
            continue
        if after_comma and date_end is not None and any(
                date_end < d < pos and any(date_end <= h < d for _, h, _ in hits)
                and not any(a < d < b for a, b in _relative_asides(text, date_end, pos))
                for d, _ in sentence.date_spans):
            # "in August 1964, Molniya 1 reached orbit on 23 April 1965, carried …": a
            # trigger past another with a date of its own (not one set off in a relative
            # clause: "March 23, 2001: Mir, whose core module was launched on February 20,
            # 1986, was steered into the Pacific")
            continue
        if after_comma and (opener := FRONTED_WHEN.match(text, sentence.start, date_pos)) and (
                VERBISH.search(text, opener.end(), date_pos)):
            continue  # "When MS-22 sprang a leak in December 2022, Russia sent up a
            # replacement": the date is the leak's, in a clause of its own
        if after_comma and RELATIVE_CLAUSE.search(text, date_pos, pos):
            continue  # "Luna 2 on September 12, 1959, which … impact the Moon": not the date's
        if end <= date_pos and (comma := text.rfind(",", end, date_pos)) >= 0 and any(
                m.end <= date_pos and m.kind in CRAFT and NEXT_ITEM.fullmatch(text, comma, m.start)
                for m in sentence.mentions) and RELATIVE_CLAUSE_OPENS.search(
                text, max(sentence.start, pos - 40), pos):
            continue  # "Kristal in May ninety, which docked that same month, then Spektr in
            # ninety-four": the clause's verb, closed before the next craft's date
        if pos > date_pos and date_end is not None and any(
                date_end < d and d_end <= pos and NEXT_DATED_CLAUSE.fullmatch(text, date_end, d)
                for d, d_end in sentence.date_spans):
            continue  # "Venera 7 left on August 17, 1970, and on December 15 it became the
            # first probe to land": another date stands between, nearer the trigger
        if after_comma and any(end <= d < min(end + 60, clause_end if end <= clause_end
                                              else sentence.end)
                               and not any(end <= h < d for _, h, _ in hits)
                               for d, _ in sentence.date_spans) and not REALIZED.search(
                                   text, date_pos, pos):
            # "After a leak that December, MS-23 was launched on 24 February": the trigger's
            # own date follows it ("planned for 1991, finally lifted off on …" is a plan's;
            # in "on 26 August Jähn … launched …, returning on 3 September" the date after
            # is the return's)
            continue
        if after_comma and EVENT_OFFSET.match(text, end + 1):
            continue  # "Dec. 2 — The Mars 3 lander, launched two weeks after its twin …"
        if pos > date_pos and any(end < d <= end + 7 and OWN_DATE_GAP.fullmatch(text, end, d)
                                  for d, _ in sentence.date_spans):
            # "March 23, 2001: Mir, whose core module was launched on February 20, 1986,
            # was steered into the Pacific": a trigger with its date right after it
            continue
        if pos < date_pos and (joint := JOINED_VERB.search(text, end, date_pos)) and (
                VERBISH.match(text, joint.end())):
            continue  # "launched on Soyuz 11 and boarded Salyut 1 the following day"
        if pos < date_pos and (joint := NEXT_CLAUSE.search(text, pos, date_pos)) and (
                VERBISH.search(text, joint.end(), clause_end)):
            # "Luna 10 left Plesetsk, and on April 3 the probe became …": the date's clause
            # has a verb of its own ("and Tereshkova in 1963" borrows the one before)
            continue
        if own_verb and pos < date_pos:
            continue
        if pos < date_pos and COUNTED_OPENING.search(text, max(clause_start, pos - 50), pos) and (
                COMMA_TO_DATE.fullmatch(text, end, date_pos)):
            continue  # "A week before Polyakov landed, on 14 March 1995, Norman Thagard
            # lifted off": the date is the main clause's, not the opening clause's event
        if pos < date_pos and SIGNED_BEFORE_DATE.search(text, max(end, date_pos - 50), date_pos):
            continue  # "The flight grew out of the agreement signed in Washington on 24 May
            # 1972": the date is the signing's
        if end <= date_pos and "," in text[end:date_pos] and AFTER_EVENT.search(
                text, max(clause_start, pos - 30), pos):
            continue  # "Six months after landing, on April 9, 1980, he was launched …"
        elsewhere = not clause_start <= pos < clause_end or (opens_predicate and pos < date_pos)
        # of two triggers at one place, the longer says more ("flew their ship across to"
        # moves a crew; "flew" alone would launch them)
        rank = (elsewhere, after_comma, distance, pos - end, prop, pos)
        if best is None or rank < best:
            best = rank
    return (best[4], best[5]) if best else None


# A founding verb saying what a body became: "… turned into a state corporation in 2016"
BECAME_WORDS = ("became", "turned into", "was reorgani", "was re-organi", "was converted",
                "was transformed")
# "set up its own space agency": the founding verb's object is what was founded
FOUNDED_OBJECT = re.compile(r"[\w-]+(?:\s+up)?\s+(?:its|their|his|her|a|an|the)\s+"
                            r"(?!(?:same|following|next|previous|preceding|year|month|week|day|"
                            r"decade|spring|summer|autumn|fall|winter)\b)[a-z]", re.IGNORECASE)
# A body a country or agency has, named by what it is: "Russia's space agency"
OWNED_BODY = re.compile(r"['’]s?\s+(?:own\s+|new\s+|national\s+|first\s+)?(?:civil(?:ian)?\s+)?"
                        r"(?:space\s+)?(?:agency|programme|program|corporation|institute|"
                        r"industry|bureau|ministry|company|academy|centre|center|forces?)\b",
                        re.IGNORECASE)


def _bracketed_year_of(text: str, sentence: Sentence, date: DateMention) -> Mention | None:
    """The craft (or person) a date in brackets names with it or follows: a list of
    modules "Kvant (1987), Kvant-2 (1989)" gives each its launch year, whatever verb is
    near, and "Gherman Titov (Vostok 2, 6 August 1961)" and "Abdul Ahad Mohmand (September
    1988)" date their flights. A craft's bracket may go on past its date: "Zarya (20 Nov
    1998, Proton-K, Baikonur)"."""
    if date.kind not in ("year", "absolute"):
        return None
    closed = text.startswith(")", date.end)
    if not closed and not BRACKET_GOES_ON.match(text, date.end):
        return None
    named = next((m for m in reversed(sentence.mentions) if m.end <= date.start), None)
    if named is None or named.kind not in (*CRAFT, "person"):
        return None
    right_after = text.startswith("(", date.start - 1) and not (
        text[named.end:date.start - 1].strip())
    if not closed:
        return named if right_after and named.kind in CRAFT else None
    if named.kind == "person":
        # "Abdul Ahad Mohmand (September 1988)": a month is a flight's; a bare year may be
        # a birth year
        return named if right_after and date.kind == "absolute" and (
            date.date.month is not None) else None
    if date.end_date is not None and NAME_LIST_END.search(text, max(0, named.start - 8),
                                                          named.start):
        return None  # "Soyuz T and Soyuz TM (1979-2002)": the years of both together
    if right_after:  # "Kvant (1987)", "Mars 1 (1 Nov 1962) went silent": its launch
        return named
    if text.startswith("(", named.start - 1) and BRACKET_DATE_GAP.fullmatch(
            text, named.end, date.start):
        return named
    return None


BRACKET_DATE_GAP = re.compile(r",\s*")
# The rest of a bracket after its first item, a date: ", Proton-K, Baikonur)"
BRACKET_GOES_ON = re.compile(r"[,;][^()]{1,80}\)")
NAME_LIST_END = re.compile(r"(?:\b(?:and|or)|[,&/])\s*\Z")


# "Kvant (1987), Kvant-2 (1989)", "Kvant (31.03.1987), Kvant-2 (26.12.1989)"
_BRACKETED_DATE = r"\((?:\d{1,2}[./ ](?:\d{1,2}|[A-Z][a-z]{2,8}\.?)[./ ])?\d{4}\)"
BRACKETED_LIST = re.compile(rf"{_BRACKETED_DATE},\s+\S[^()]{{0,30}}{_BRACKETED_DATE}")
RANGE_OPENING = re.compile(r"\b(?:between|from)\s+\Z", re.IGNORECASE)
RANGE_AND = re.compile(r"\s+and\s+")
RANGE_TO = re.compile(r"\s+(?:to|until|till)\s+")  # "from January 1994 to March 1995"


RANGE_DASH = re.compile(r"[ \t]*(?:[–—-]|to)[ \t]*")  # "Jan. 8, 1994 – Mar. 22, 1995"


def _ends_a_span(text: str, dates: list[DateMention], date: DateMention) -> bool:
    """Whether ``date`` closes a "between <date> and <date>" (or "from <date> to <date>")
    span of time, or a line's "<date> – <date> —" heading ("Jan. 8, 1994 – Mar. 22, 1995 —
    Polyakov launches …")."""
    before = [d for d in dates if d.end <= date.start]
    if not before:
        return False
    if RANGE_DASH.fullmatch(text, before[-1].end, date.start) and DATE_HEADS_LINE.fullmatch(
            text, text.rfind("\n", 0, before[-1].start) + 1, before[-1].start) is not None:
        return True
    opening = RANGE_OPENING.search(text, max(0, before[-1].start - 10), before[-1].start)
    if opening is None:
        return False
    closing = RANGE_AND if opening.group().lower().startswith("between") else RANGE_TO
    return closing.fullmatch(text, before[-1].end, date.start) is not None


def _usable(text: str, date: DateMention) -> bool:
    """Yearless and relative dates count only when resolved from a nearby date: in their
    own paragraph, or at most RESOLUTION_REACH characters back (for a yearless one, back to
    the date before it, which the story's year may have been carried through)."""
    if date.kind in ("yearless", "relative"):
        return date.resolved_from is not None and (
            date.start - date.resolved_from <= RESOLUTION_REACH
            or not _across_paragraphs(text, date.resolved_from, date.start)
            or (date.after_date is not None
                and date.start - date.after_date <= RESOLUTION_REACH))
    return True


# A bracket opening right after a date, the craft it dates first in it: "12 April 1961
# (Vostok 1, Yuri Gagarin)"
OPENS_BRACKET = re.compile(r"\s*\(\s*")
# A ship named right after a date, as what someone rode then: "Rakesh Sharma, the first
# Indian, in April eighty-five on Soyuz T-11"; "in October 1991, aboard Soyuz TM-13"
ABOARD_AFTER_DATE = re.compile(r",?\s+(?:on|aboard|on\s+board)\s+(?:the\s+)?")
# … unless the date is of a return ("Jähn returned on 3 September aboard Soyuz 29")
RETURN_BEFORE_DATE = re.compile(r"\b(?:return(?:ed|s|ing)?|land(?:ed|s|ing)|came\s+(?:back|"
                                r"home|down))\b[^,;]*\Z", re.IGNORECASE)
# A changelog's entry: a date opening a line (or a list item), then a colon or a dash and
# an edit to the data ("- 2024-03-02: fixed Soyuz T-5 landing date, was 10 Dec", "2023-06-06
# - first public version", "2024-08-19: Luna 25 row finalised")
DATE_OPENS_LINE = re.compile(r"[ \t]*(?:[-*•+][ \t]+)?[ \t]*")
CHANGELOG_ENTRY = re.compile(
    r"[ \t]*[:–—-][ \t]*(?:(?:added|adds|fixed|fixes|corrected|updated|removed|changed|renamed|"
    r"merged|moved|bumped|dropped|deleted|imported|refactored|released|initial|first\s+public)\b|"
    r"[^\n]{0,80}?\b(?:rows?|columns?|csv|dataset|typos?|readme)\b)",
    re.IGNORECASE)
# The value an edit replaced: "fixed … landing date, was 10 Dec"
OLD_VALUE_BEFORE = re.compile(r"\b(?:was|were|previously|formerly|not)[ \t]+\Z", re.IGNORECASE)


def _changelog_dates(text: str, dates: list[DateMention]) -> set[int]:
    """The starts of the ``dates`` a changelog's entries are dated by, which date an edit
    to the data and no event, and of the old values the entries' edits replaced."""
    line_of = {d.start: text.rfind("\n", 0, d.start) + 1 for d in dates}
    edits = {d.start for d in dates if DATE_OPENS_LINE.fullmatch(
        text, line_of[d.start], d.start) and CHANGELOG_ENTRY.match(text, d.end)}
    lines = {line_of[start] for start in edits}  # the entries' line starts
    if lines:
        edits |= {d.start for d in dates if line_of[d.start] in lines
                  and OLD_VALUE_BEFORE.search(text, max(0, d.start - 20), d.start)}
    return edits


def _dated_next_to(text: str, sentence: Sentence, craft: Mention, date: DateMention,
                   paired: bool) -> bool:
    """Whether a date with no trigger word is ``craft``'s launch by where it stands: right
    after the craft ("Vostok 2, 6 August 1961", and so in a "respectively" list when
    ``paired``), apposed to it as its day, or before it with the craft first in a bracket
    ("12 April 1961 (Vostok 1, …)") or as the ship someone rode then (ABOARD_AFTER_DATE)."""
    return _dated_right_after(text, craft, date) or _apposed_day(text, craft, date) or (
        OPENS_BRACKET.fullmatch(text, date.end, craft.start) is not None) or (
        paired and _dated_right_after(text, craft, date, paired=True)) or (
        ABOARD_AFTER_DATE.fullmatch(text, date.end, craft.start) is not None
        and not _station_or_part(craft)
        and not RETURN_BEFORE_DATE.search(text, max(sentence.start, date.start - 40),
                                          date.start))


def _years_carried(text: str, dates: list[DateMention]) -> list[DateMention]:
    """``dates``, with a yearless day that follows a usable one of the same year in its
    paragraph usable as well: "came down on 30 June, … still 29 June in Greenwich. The
    station was deorbited on 11 November that year" are all 1971 once the first is, however
    far back the 1971 was (each is given the day before it as its nearest earlier date)."""
    out: list[DateMention] = []
    for date in dates:
        before = out[-1] if out else None
        if (before is not None and date.kind == before.kind == "yearless"
                and date.resolved_from == before.resolved_from and date.after_date is None
                and _usable(text, before) and not _usable(text, date)
                and not _across_paragraphs(text, before.end, date.start)):
            date = replace(date, after_date=before.start)
        out.append(date)
    return out


def _opening_mention(mentions: list[Mention], starts: list[int], span: tuple[int, int]
                     ) -> Mention | None:
    """The craft a sentence opens with ("Luna 25, this is …"), for a preceding sentence
    that described it without naming it."""
    i = bisect.bisect_left(starts, span[0])
    if i < len(mentions) and mentions[i].start - span[0] <= 3 and mentions[i].kind in CRAFT:
        return mentions[i]
    return None


def _dates_a_later_event(text: str, sentence: Sentence, date: DateMention) -> bool:
    """Whether ``date``, after a launch verb, is of something the launched did later in a
    clause of its own: "became the first woman to fly twice and, on 25 July 1984, the first
    woman to walk in space" (the walk's day), "left Earth … and, three days later, took the
    first photographs" (counted from the launch, the photographs' day)."""
    if DATES_A_LATER_FIRST.match(text, date.end) and COORDINATED_DATE.search(
            text, max(sentence.start, date.start - 12), date.start):
        return True
    return date.kind == "relative" and AND_THEN_AFTER.search(
        text, max(sentence.start, date.start - 8), date.start) is not None and (
        NEXT_VERB_AFTER.match(text, date.end) is not None)


def _date_claims(text: str, sentence: Sentence, dates: list[DateMention],
                 recent: dict[str, Mention],
                 fronted: tuple[Mention, Mention, int] | None = None,
                 they: list[Mention] | None = None,
                 their_crafts: Sequence[Mention] = (), said_before: int | None = None,
                 asked: tuple[int, int] | None = None) -> list[Candidate]:
    """Date claims; ``fronted`` is the sentence's :func:`_fronted_flight`, ``they`` the
    people "they" may stand for, ``their_crafts`` the crafts named with them,
    ``said_before`` where the sentence before this one starts and ``asked`` the span of
    the question the sentence replies to, if any."""
    out: list[Candidate] = []
    if not dates:
        return out
    lists = _date_lists(text, dates)
    paired = _respectively(text, sentence, lists)
    # the dates before the last of a list that "respectively" closes, when no list of names
    # pairs with it ("on the 8th and the 14th, respectively"): not the nearest name's
    unpaired = {d.start for group in lists if len(group) > 1
                and RESPECTIVELY_AFTER.match(text, group[-1].end) for d in group[:-1]
                if d.start not in paired}
    listed = _listed_flights(text, sentence, dates)  # "Faris in 1987; Akiyama in …"
    for n, date in enumerate(dates):
        if date.kind in ("decade",) or (date.approx and date.kind != "year"):
            continue
        if not _usable(text, date):
            continue
        if date.kind == "relative" and n + 1 < len(dates) and _restated(
                text, date, dates[n + 1]):
            continue  # the day said again is the claim
        if NOT_EVENT_DATE.search(text[max(sentence.start, date.start - 20):date.start]) and (
                not NOT_UNTIL.search(text, max(sentence.start, date.start - 80), date.start)):
            continue
        if date.kind == "year" and ATTRIBUTIVE_YEAR.search(
                text, max(sentence.start, date.start - 12), date.start) and (
                NOUN_AFTER_YEAR.match(text, date.end)):
            continue  # "the 1976 intergovernmental agreement": the agreement's year
        if date.kind == "year" and NEVER_HAPPENED.match(text, date.end):
            continue  # "so the 1993 flight never took place": no launch to date
        trig = _trigger(text, sentence, date.start, date.end)
        if trig and trig[0] in FLIGHT_EVENTS and _in_a_places_clause(text, sentence,
                                                                     date.start):
            continue  # "flew from Baikonur, which opened in 1955": the site's date
        if trig and trig[0] == "launch_date" and trig[1] < date.start and (
                _dates_a_later_event(text, sentence, date)):
            continue
        if trig and trig[0] == "launch_date" and trig[1] > date.end and (
                LAUNCH_ASIDE_THEN_DOCKING.match(text, trig[1])):
            trig = ("docking_date", trig[1])
        subject = paired.get(date.start)
        bracketed = subject is None and (named := _bracketed_year_of(text, sentence, date))
        if bracketed:
            trig, subject = ("launch_date", date.start), named  # "Kvant (1987), Kvant-2 …"
        group: list[Mention] = []  # the people "they" stands for, when it is the subject
        # "1977 - Soyuz 25 with Kovalyonok; docking with Salyut 6 fails": an event past
        # the entry's first clause is not what its year dates
        anniversary = date.kind == "ago" and ANNIVERSARY_DAY_RE.match(text, date.end)
        labelled: Mention | None = None  # "Vostok 6, 14 June 1963": a label's subject
        if anniversary:
            # "…, 19 April (55 years since Salyut 1)": Salyut 1's day, whatever is before
            headed = _since_subject(text, sentence, date)
            if headed is None:
                continue
        else:
            headed = None
            if not subject and (trig is None or (
                    trig[1] > date.end and ";" in text[date.end:trig[1]])):
                headed = _timeline_subject(text, sentence, date) or (
                    labelled := _labelled_subject(text, sentence, date)) or _since_subject(
                    text, sentence, date)
            if headed is None and date.kind == "ago" and AN_AGE.match(date.text) and not (
                    trig and EVENT_TURNS.fullmatch(text, trig[1], date.start)):
                continue  # "Tereshkova turns 88 next month": her age, no flight's date (but
                # "Farkas's flight on Soyuz 36 turns forty this May" dates the flight)
        if headed is not None:  # "- 12 October 1964: Voskhod 1 squeezes three men …"
            subject, prop, trigger_pos = headed, "launch_date", date.start
        elif trig is None and date.start in listed:
            subject, prop, trigger_pos = listed[date.start], "launch_date", date.start
        elif trig is None and (gapped := _gapped_launch(text, sentence, dates, date)):
            # "… went up with Romanenko in 1980, …, and India's Rakesh Sharma, the first
            # Asian in space, in 1984": too far from the verb, but its clause leaves it out
            subject, prop, trigger_pos = gapped
        elif trig is None and not subject and (
                opened := _opened_by_date(text, sentence, date)):
            # "A month later, Luna 17 carried Lunokhod 1": not before its launch (the
            # judge takes a date while it flew for no launch date)
            subject, prop, trigger_pos = opened, "launch_date", date.start
        elif trig is None:
            subject = subject or _nearest(sentence.mentions, date.start, CRAFT)
            if subject is None or subject.kind not in CRAFT or _destination(
                    text, sentence, subject):
                continue  # none, or where a crew went: "carried Akiyama to Mir on …"
            if date.start in unpaired:
                continue
            if not _dated_next_to(text, sentence, subject, date, date.start in paired):
                continue
            prop, trigger_pos = "launch_date", date.start
            # "7. Venera 7, in December 1970." in an answer key: the date of what question 7
            # asks about ("Which probe first sent data from the surface of Venus?"), a
            # launch only if it asks about one
            if (keyed := _answered_question(text, sentence.start)) is not None:
                if (asked_property := _question_property(text, keyed)) is None:
                    continue
                prop = asked_property
            elif asked is not None and (event := asked_event(text[asked[0]:asked[1]])) in (
                    "docking_date", "landing_date", "reentry_date"):
                # "Q18. First docking of two crewed spacecraft? ¶ A. Soyuz 4 and Soyuz 5, 16
                # January 1969": the day of what the question asks about
                prop = event
        else:
            prop, trigger_pos = trig
            if (aside := _dash_aside(text, sentence, date.start)) is not None and (
                    trigger_pos >= aside[1]) and not (
                    DASH_BEFORE_DATE.fullmatch(text, aside[0], date.start)
                    and not text[date.end:aside[1]].strip()):
                continue  # "… on 11 August 2023 - the first since Luna 24 in 1974 - and
                # crashed on 19 August": the aside's date is not the crash's (but "lifted
                # off this August – on 11 August 2023 –" says when it lifted off)
            if prop == "transfer":
                continue  # "in May they undocked from Mir": no date the catalog holds
            if prop == "launch_date" and _launched_by_a_site(text, sentence, trigger_pos, date):
                continue  # "Plesetsk did not put anything into orbit until 1966": the site's
            if trigger_pos < date.start and text.startswith("spent", trigger_pos):
                continue  # "spent 22 days in space before dying during the descent on 30
                # June": a later event's date ("In 1994 Polyakov spent …" dates the stay)
            if subject is None and trigger_pos < date.start:
                subject = _gapped_subject_after(text, sentence, date)
            if subject is None and date.start not in paired and _nearer_date_taken(
                    text, dates, trigger_pos, date):
                subject = _gapped_subject(text, sentence, date)
                if subject is None:
                    continue  # "Salyut 6 went up in September 1977 and Salyut 7 in April
                    # 1981": the verb left out after "and" is the first one's
            if trigger_pos > date.end and (
                    offset := EVENT_OFFSET.search(text, date.end, trigger_pos)) and not (
                    "," in text[offset.end():trigger_pos]
                    and _participle_before(text, date.end, offset.start())):
                continue  # "on 23 December 2014, ten years after Soyuz-2 first flew" (but
                # "Dec. 2 — The Mars 3 lander, launched two weeks after its twin, makes …":
                # the offset is an aside's)
            if prop == "launch_date" and FOLLOWED.match(text, trigger_pos):
                prop = "launch_date" if LAUNCH_DETAIL.search(
                    text, trigger_pos, date.start) else _followed_event(sentence, trigger_pos)
                if by := FOLLOWED_BY.match(text, trigger_pos):
                    # "Kvant-1 was launched in 1987, followed in 1989 by Kvant-2": the
                    # one after "by" followed, not the one before
                    subject = subject or _first_after(sentence.mentions, by.end(),
                                                      GAPPED_SUBJECTS)
                    if subject is None or (subject.end <= date.start and not (
                            _dated_right_after(text, subject, date))):
                        continue  # "followed by Luna 3, which transmitted … in October"
            if prop == "launch_date" and _ends_a_span(text, dates, date):
                prop = "landing_date"  # "aboard the station between January 1994 and March 1995"
            kinds = FOUNDED_SUBJECTS if prop == "founded" else DATED_SUBJECTS
            if fronted and date.end <= fronted[2] and prop == "launch_date":
                subject = subject or fronted[1]  # the person launched on that day
            if subject is None and prop == "docking_date" and SHIPS_BEFORE_VERB.search(
                    text, max(sentence.start, trigger_pos - 30), trigger_pos):
                # "Apollo, with Stafford, …, followed, and the two ships docked on 19
                # July": the ship named last, not the people named since
                last_ship = next((m for m in reversed(sentence.mentions) if m.kind in CRAFT
                                  and m.end <= trigger_pos and not m.station_part), None)
                subject = last_ship.as_reference() if last_ship is not None else None
            pronoun = None
            if subject is None and trigger_pos > date.end:
                # "…, carrying Leonov and Kubasov, and the next day it docked": the
                # pronoun's referent, not the people named before the date
                pronoun = PRONOUN_BEFORE_VERB.fullmatch(text, date.end, trigger_pos)
            elif subject is None and not any(
                    m.kind in CRAFT and trigger_pos <= m.start < date.start
                    for m in sentence.mentions):  # "She launched on Soyuz T-12 in …": T-12's
                # "He launched in March 1978 … aboard Salyut 6": his launch, not Salyut's;
                # "…; she landed eight days later": hers, a clause's subject
                pronoun = PRONOUN_BEFORE_VERB.fullmatch(text, sentence.start - 1, trigger_pos
                                                        ) or CLAUSE_PRONOUN.search(
                    text, max(sentence.start, trigger_pos - 40), trigger_pos
                ) or PRONOUN_OPENS_PREDICATES.fullmatch(text, sentence.start, trigger_pos)
            if subject is None and pronoun is None and trigger_pos > date.end and (
                    "craft" in recent) and (verb := _launch_verb_opening(text, sentence)) and (
                    verb.start("verb") == trigger_pos):
                # "Buran. The fifteenth of November eighty-eight, launched on the Energia
                # rocket": what the sentences before told of
                subject = recent.get("craft_subject", recent["craft"]).as_reference()
            if pronoun is not None:
                span = pronoun.span("pronoun")
                word = pronoun.group("pronoun").lower()
                if word == "they":
                    # the crew named earlier in the sentence ("Lyakhov and Ryumin … had a
                    # ship …, and in August they came home in it"), else the last one
                    before = [m for m in sentence.mentions if m.kind == "person"
                              and m.end <= span[0]]
                    named_with = their_crafts
                    if before and len(own_group := _person_group(
                            text, sentence, before[-1])) > 1:
                        group = own_group
                        named_with = [m for m in sentence.mentions if m.kind in CRAFT
                                      and m.end <= span[0]]
                    else:
                        group = they or []
                    referent = group[0] if group else None
                    ships = [m for m in named_with if not STATION_NAME.match(m.name)]
                    if prop == "docking_date" and group and ships:
                        # "… followed on Soyuz 5. They docked on the seventeenth": the
                        # ship they came in docked, not its crew
                        referent, group = ships[-1], []
                else:
                    referent = (_craft_referent(text, sentence, recent, span) if word == "it"
                                else _person_referent(word, recent, sentence, span[0]))
                if referent is not None and referent.kind in kinds:
                    subject = referent.as_reference()
                if referent is not None and referent.kind == "person" and prop in (
                        "launch_date", "landing_date"):
                    # "On 27 June 1978 he lifted off in Soyuz 30": the ship's date, whoever
                    # "he" stands for
                    subject = _craft_after_verb(text, sentence, trigger_pos) or subject
            if subject is None and prop == "launch_date" and (
                    it := LAUNCHED_IT.match(text, trigger_pos)) and (
                    referent := _craft_referent(text, sentence, recent, it.span("it"))):
                subject = referent.as_reference()  # "A Molniya rocket launched it on …"
            if subject is None and prop == "launch_date" and (own := OWN_FLIGHT.search(
                    text, max(sentence.start, trigger_pos - 30), trigger_pos)) and (
                    FLIGHT_NOUN_AT.match(text, trigger_pos)) and not BACK_FROM.search(
                    text, max(sentence.start, own.start() - 20), own.start()) and (
                    referent := _fronted_owner(text, sentence, trigger_pos)
                    or _person_referent(own.group(1), recent, sentence, own.start())):
                # "…, launched on Soyuz T-7, became …; on her second flight, in July 1984":
                # the date of her flight, not of the ship named in another clause
                subject = referent.as_reference()
            if subject is None and prop == "launch_date" and LAUNCHER_THAT.search(
                    text, max(sentence.start, trigger_pos - 40), trigger_pos):
                # "from Site 1, the same pad that launched Sputnik in 1957": what the pad
                # launched, not the sentence's craft
                launched = _first_after(sentence.mentions, trigger_pos, CRAFT, 12)
                if launched is None:
                    continue
                subject = launched
            if subject is None and prop == "launch_date" and (
                    carrier := CARRIED_BY.match(text, trigger_pos)):
                # "was joined by Unity, carried up by STS-88 in December 1998": the date is
                # of the flight that carried it
                subject = _first_after(sentence.mentions, carrier.end(), CARRIERS, reach=0)
            if subject is None and POSSESSED_EVENT.search(
                    text, max(sentence.start, trigger_pos - 30), trigger_pos):
                # "who had been aboard since the station's launch that April"
                subject = _reference(text, sentence, recent, trigger_pos, CRAFT)
            if subject is None and "craft" in recent and THE_EVENT.search(
                    text, max(sentence.start, trigger_pos - 20), trigger_pos) and (
                    EVENT_NOUN_TRIGGER.match(text, trigger_pos)) and not any(
                    m.kind in CRAFT and m.start < date.end and not _destination(
                        text, sentence, m) for m in sentence.mentions):
                # "The handshake with Tom Stafford came after the docking on July 18th": the
                # docking of the craft told of before, not of the person named (nor of
                # where it docked: "The docking with Apollo on 15 July 1975")
                subject = recent.get("craft_subject", recent["craft"]).as_reference()
            if subject is None and prop == "founded" and text.startswith(
                    BECAME_WORDS, trigger_pos):  # what it became was founded, else what became
                # it ("Roscosmos became a state corporation in 2016")
                subject = _first_after(sentence.mentions, trigger_pos, FOUNDED_SUBJECTS, 50)
            if subject is None and prop == "landing_date" and trigger_pos < date.start:
                subject = _craft_after_date(text, sentence, date)  # "landed on … in T-7"
            if subject is None and trigger_pos < date.start and (
                    described := DESCRIBED_SUBJECT.search(
                        text, max(sentence.start, trigger_pos - 110), trigger_pos)):
                # "…, flown as Salyut 3, was occupied by the crew of Soyuz 14; … the
                # station was de-orbited on 24 January 1975": the station, not Soyuz 14
                # (and "the capsule" there, not "The first crew" before it)
                referent = _craft_referent(text, sentence, recent, described.span("ref")) if (
                    "craft" in recent or sentence.names_craft) else None
                subject = referent.as_reference() if referent and referent.kind in kinds else (
                    _reference(text, sentence, recent, trigger_pos, kinds))
            if subject is None and sentence.start < trigger_pos < date.start and not any(
                    m.start < trigger_pos for m in sentence.mentions) and (
                    ship := _craft_reference(text, sentence, trigger_pos, _clause_start(
                        text, sentence, trigger_pos))) and (
                    text[ship[0]] in "Tt" or text[ship[1] - 4:ship[1]].lower() == "crew"):
                # "The uncrewed ship was launched … on Nov. 21 … and docked with the
                # station's Poisk module": the ship referred to before the verb; "The
                # first resident crew launched on Soyuz TM-31 on …": the ship they rode
                referent = (text[ship[1] - 4:ship[1]].lower() == "crew" and _craft_after_verb(
                    text, sentence, trigger_pos)) or _craft_referent(text, sentence, recent, ship)
                subject = referent.as_reference() if referent and referent.kind in kinds and not (
                    prop == "landing_date" and STATION_NAME.match(referent.name)) else None
                # ("She was the first woman to visit the station, and landed …": no station
                # lands)
            if subject is None and trigger_pos < date.start:
                # "She closes with Mars 3, launched on 05/19/1971": a craft the participle
                # is set after, though read as where someone went (and "… aboard Salyut 1,
                # the world's first space station, launched that April 19")
                subject = next((m for m in sentence.mentions if m.kind in CRAFT and (
                    APPOSED_PARTICIPLE.fullmatch(text, m.end, trigger_pos) or (
                        (gap := _after_apposition(text, m.end, trigger_pos)) > m.end
                        and text[gap:trigger_pos].isspace()))
                                and _destination(text, sentence, m)), None)
            if subject is None and prop == "founded" and date.end < trigger_pos:
                # "In 1991, after the Soviet Union collapsed, the Russian Space Agency was
                # set up": the verb's own subject, right before it, not the first name after
                # the date
                subject = next((m for m in sentence.mentions if m.kind in kinds
                                and date.end < m.start and m.end < trigger_pos
                                and VERB_FOLLOWS.fullmatch(text, m.end, trigger_pos)
                                and text[m.end] == " "), None)
            if subject is None and trigger_pos < date.start:
                # "…, with Kvant added in 1987": the craft "with" names, right before the
                # participle
                subject = next((m for m in sentence.mentions if m.kind in CRAFT
                                and m.end + 1 == trigger_pos and text[m.end] == " "
                                and WITH_BEFORE.search(text, sentence.start, m.start)), None)
            if subject is None and prop == "launch_date":
                # "a Vostok rocket lifted off from Baikonur with Yuri Gagarin aboard": the
                # flight of who went up in the rocket, which names no ship
                subject = _flown_aboard_rocket(text, sentence, trigger_pos)
            if subject is None and trigger_pos < date.start:
                # "… three days before Apollo 11 (16 July 1969), which landed on 20 July":
                # what "which" stands for, right before it, even named as a point counted from
                subject = next((m for m in sentence.mentions if m.kind in kinds
                                and m.end < trigger_pos and WHICH_BEFORE_VERB.fullmatch(
                                    text, m.end, trigger_pos)), None)
            whose = _whose_event(text, sentence, min(trigger_pos, date.start))
            if subject is None and whose is not None and whose.kind not in kinds:
                continue  # "Vostochny, whose first rocket flew ten years ago this month, sent
                # Luna 25 …": the date of what the clause tells of the site
            if subject is None and whose is None and trigger_pos < date.start and (
                    opening := FRONTED_PARTICIPLE.match(text, sentence.start)) and (
                    trigger_pos < opening.end()) and not FRONTED_FLIGHT.match(
                    text, sentence.start):  # ("Launched on TM-17 …, he": TM-17's)
                # "Launched 31 May 1990 on a Proton, the last module Mir would receive, it
                # docked …": the subject the opening phrase tells of comes after it
                subject = _fronted_subject(text, sentence, recent, date.end, kinds)
            subject = subject or whose or _subject_for(
                text, sentence, min(trigger_pos, date.start), kinds, date.start,
                skip_destinations=prop in ("launch_date", "landing_date", "docking_date"))
            if subject is not None and subject.end <= trigger_pos and (
                    GERUND.match(text, trigger_pos)) and (
                    unnamed := UNNAMED_DOER.search(text, max(sentence.start, trigger_pos - 50),
                                                   trigger_pos)) and subject.end <= unnamed.start():
                continue  # "…, a Vietnamese pilot on Salyut 6, a Belarusian scientist
                # launching to the ISS in 2024": someone unnamed, not the craft before
            if subject is not None and subject.kind == "person" and PARTICIPLE_AFTER.match(
                    text, trigger_pos) and text[:trigger_pos].rstrip().endswith(",") and (
                    subject.start in (companions := _companions(text, sentence))):
                # "Sharman lifted off with Artsebarsky and Manarov, returning to Earth ten
                # days later": the traveller returned, not the last companion named
                subject = _traveller(sentence, subject, companions) or subject
            if subject is None:  # "on 24 January the satellite re-entered": up to the verb
                subject = _reference(text, sentence, recent, max(date.start, trigger_pos),
                                     kinds)
            if subject is None and trigger_pos < date.start:
                subject = _fronted_subject(text, sentence, recent, date.end, kinds)
            # (a site or a rocket named on the way is no subject: "Liftoff from Baikonur
            # on 18 March 1965 on the Voskhod rocket")
            if subject is None and trigger_pos < date.start and "craft" in recent and (
                    prop in ("launch_date", "landing_date")) and not text[
                    sentence.start:trigger_pos].strip(" \t\n-*•") and not any(
                    m.start < date.start and m.kind in (*CRAFT, "person", "program")
                    for m in sentence.mentions):
                # "Soyuz 10. Launched April 23rd, 1971, reached the station but …": a
                # sentence opening with its verb goes on about the craft just told of, or
                # about the person a later paragraph names ("#24 MIROSŁAW HERMASZEWSKI ¶
                # Launched: 27 Jun 1978", a card's heading after a card on Soyuz 28)
                subject = recent["craft"].as_reference()
                if (person := recent.get("person")) is not None and (
                        person.start > subject.start) and _across_paragraphs(
                        text, subject.end, person.start):
                    subject = person.as_reference()
                elif prop == "landing_date":  # "Soyuz 11. … docked with Salyut 1 … Landed
                    # June 30": no station lands; the ship the sentences are about
                    subject = _ship_gone_to(subject, recent, CRAFT)
            if subject is None and prop == "launch_date" and (earliest := EARLIEST.search(
                    text, max(sentence.start, min(trigger_pos, date.start) - 40),
                    min(sentence.end, max(trigger_pos + EARLIEST_AFTER_VERB, date.end)))):
                # "Energia … first flew on 15 May 1987": a rocket's first launch
                subject = _subject_for(text, sentence, min(trigger_pos, date.start),
                                       ("vehicle",), date.start) or _reference(
                    text, sentence, recent, max(date.start, trigger_pos), ("vehicle",))
                if subject is not None and subject.start > trigger_pos and (
                        earliest.start() >= trigger_pos):
                    # "Vostochny flew for the first time …, when a Soyuz-2.1b carried": the
                    # rocket that "flies for the first time" is named before the verb
                    subject = None
            if subject is None:
                continue
            if subject.kind in ("vehicle", "program") and prop == "launch_date" and (
                    subject.end <= trigger_pos) and (relative := ROCKET_OF_RELATIVE.search(
                    text, max(sentence.start, subject.start - 20), subject.start)):
                # "Nauka, which an Angara rocket carried up on 21 July 2021": what "which"
                # stands for was launched that day, not just any Angara
                subject = _nearest(sentence.mentions, relative.start(), CRAFT,
                                   before_only=True)
                if subject is None:
                    continue
            if trigger_pos < date.start < subject.start and CARRIED_VERB.match(
                    text, trigger_pos):
                continue  # "Protons carried Europe's ExoMars orbiter toward Mars in March
                # 2016 and … Spektr-RG": what was carried is named before the date
            if prop == "founded" and subject.end <= trigger_pos and (
                    founded_object := FOUNDED_OBJECT.match(text, trigger_pos)) and not (
                    text.startswith(BECAME_WORDS, trigger_pos)):
                # "Russia set up the Russian Space Agency": the body named as the object
                subject = next((m for m in sentence.mentions if m.kind in FOUNDED_SUBJECTS
                                and m.start == founded_object.end() - 1), subject)
            if prop == "founded" and (dated_to := DATES_SOMETHING_TO.match(text, trigger_pos)):
                # "dates the Russian Space Agency to 1991": the body named after "dates",
                # and nothing else (not an earlier one for "dates Salyut 3 to June 1973")
                subject = next((m for m in sentence.mentions if trigger_pos < m.start
                                and m.end <= dated_to.end()), None)
                if subject is None:
                    continue
            if prop == "founded" and (subject.kind not in FOUNDED_SUBJECTS or (
                    subject.via != "reference" and OWNED_BODY.match(text, subject.end)) or (
                    subject.end <= trigger_pos and FOUNDED_OBJECT.match(text, trigger_pos)
                    and not text.startswith(BECAME_WORDS, trigger_pos))):
                continue  # "Russia's space agency was founded in 1992": not Russia; nor
                # "Russia set up its own space agency in February 1992" (but "Roscosmos
                # became a state corporation in 2016" is Roscosmos's founding)
            if prop == "founded" and subject.start > trigger_pos and FOUNDER_BEFORE.search(
                    text, max(trigger_pos, subject.start - 8), subject.start):
                continue  # "the flight was organised in 1978 by Interkosmos": its maker
            if subject.kind == "person" and prop == "reentry_date" and (
                    CAME_DOWN.match(text, trigger_pos)):
                prop = "landing_date"  # "Lyakhov came down on 19 August": people land
            if subject.kind == "person" and prop == "docking_date":
                # "Soyuz 19 with Leonov and Kubasov launched … and docked with Apollo the
                # next day": the one ship named before the verb docked, not the people
                ships = [m for m in sentence.mentions if m.kind in CRAFT and m.end <= (
                    trigger_pos) and not m.station_part and not _destination(
                    text, sentence, m) and not OTHER_CLAUSE.search(text, m.end, trigger_pos)]
                subject = ships[0] if len(ships) == 1 else subject
            if subject.kind == "person" and prop not in ("launch_date", "landing_date"):
                continue
            if subject.kind == "person" and prop == "launch_date" and DIED.search(
                    text, sentence.start, sentence.end):
                continue  # "Gagarin died on a training flight on 27 March 1968"
            if subject.kind == "person" and prop == "launch_date" and text.startswith(
                    "flew", trigger_pos) and _launched_before(text, sentence, subject,
                                                              trigger_pos):
                continue  # "Kizim, launched to Mir in March, flew to Salyut 7 in May": a move
        if subject.via == "reference" and STATION_NAME.match(subject.name) and (
                STATION_CREW_SUBJECT.search(text, max(sentence.start, trigger_pos - 50),
                                            trigger_pos)):
            continue  # "Its first crew went up on 11 January": theirs, not the station's
        if subject.via != "reference" and COMPARED.search(
                text, max(sentence.start, subject.start - 30), subject.start) and not (
                (gerund := GERUND_RIGHT_AFTER.match(text, subject.end)) and (
                    gerund.end() == trigger_pos)):
            # (but "cooler than Luna 2 hitting the Moon in 1960" says when Luna 2 hit it)
            continue  # "a record that beat the 14 days of Gemini 7, and landed on 19 June"
        if subject.start > date.end and EVENT_OFFSET.search(text, date.end, subject.start):
            # "debut on 23 December 2014, ten years after Soyuz-2": not Soyuz-2's; "It was
            # launched on 28 May 1971, a week after its twin Mars 2": what "it" stands for
            subject = _reference(text, sentence, recent, max(date.start, trigger_pos), kinds)
            if subject is None:
                continue
        if subject.via != "reference" and ANOTHER_CRAFT.search(
                text, subject.end, max(subject.end, min(date.start, trigger_pos))):
            continue  # "Mars 2 … reached the surface; its twin's lander followed on …"
        if subject.end < trigger_pos and UNLINKED_SUBJECT.search(text, subject.end,
                                                                  trigger_pos):
            continue  # "Soyuz 19, resumed when the Shuttle Atlantis docked": Atlantis's
        if subject.via != "reference" and LAST_OF_KIND.search(
                text, max(sentence.start, subject.start - 30), subject.start):
            continue  # "the last Kourou Soyuz flew in …": which one, not when Soyuz flew
        if subject.start >= date.end and ";" in text[date.end:subject.start]:
            continue  # "…; the dog Laika a month later; Gagarin; …": the next item's name
        lo = min(date.start, trigger_pos)
        hi = max(date.end, trigger_pos)
        between = text[min(subject.end, lo):max(subject.start, lo)] if subject.via != (
            "reference") else ""
        # ("Chrétien - France wasn't Interkosmos but he flew …": denied before the "but")
        between = between[between.rfind(" but ") + 1:]
        if (NEGATION.search(between) or NEGATION.search(text[lo:hi])) and not (
                trigger_pos < date.start and NOT_UNTIL.search(
                    text, max(sentence.start, trigger_pos - 30), date.start)):
            continue
        if subject.via != "reference" and subject.end < trigger_pos and (
                OBJECT_PARTICIPLE.search(text, subject.end, trigger_pos)):
            continue  # "Salyut 6 … was resupplied by the first Progress freighter, launched in"
        if prop in ENDING_EVENTS and date.end_date is not None and (
                date.date.precision in (Precision.DAY, Precision.MONTH)):
            # "Aug. 19–20 — … Belka and Strelka … come home safely": a flight's span of
            # days (or months: "February–March 1966") ends on its landing
            date = replace(date, date=date.end_date, end_date=None)
        claim = _claim(text, subject, prop, date.date.iso(), date.start,
                       date.end + 1 if bracketed else date.end)  # "Kvant (1987)", bracket and all
        cand = Candidate(claim, date=date)
        if date.kind == "yearless" and THAT_YEARS.search(text, max(0, date.start - 16),
                                                         date.start):
            cand.extra["year"] = "told"  # "deorbited that February": the year just named
        if headed is not None:
            cand.extra["timeline"] = "yes"
        if labelled is not None and date.date.precision is Precision.DAY:  # (it is headed)
            cand.extra["label"] = "day"  # "CAPTION: Soyuz TM-12 - 19 May 1991": its launch day
        if anniversary:
            cand.extra["anniversary"] = "yes"  # "(35 years since Kristall)": its launch
        if bracketed and BRACKETED_LIST.search(text, max(sentence.start, date.start - 40),
                                               min(sentence.end, date.end + 40)):
            cand.extra["bracketed"] = "list"  # one of several named with their years
        elif bracketed and date.date.precision is Precision.DAY and (text.startswith(
                "(", subject.start - 1) or not text[subject.end:date.start - 1].strip()):
            # "Remek (Soyuz 28, 3 Mar 1978)", "Venera 9 (8 June 1975) sent the first
            # images": its launch day
            cand.extra["bracketed"] = "day"
        word = TRIGGER_WORD.match(text, trigger_pos) if trigger_pos != date.start else None
        if word is not None and prop == "launch_date" and FLIGHT_NOUN.fullmatch(
                word.group()) and DURING_BEFORE.search(
                text, max(sentence.start, trigger_pos - 50), trigger_pos):
            # a flight "during" which the date falls leaves the judge to tell whether the
            # craft, or the person, was in space then (see its in-service rules)
            cand.extra["during"] = "yes"
        elif word is not None:  # the word that made it this property
            cand.extra["trigger"] = word.group().lower()
            if UPWARD.match(text, word.end()):  # "flew up to her", "flew into orbit": a launch
                cand.extra["trigger"] += " up"
        elif prop == "launch_date" and THEN_OPENS.match(text, sentence.start) and (
                LAUNCH_TRIGGER.search(text, sentence.start if said_before is None
                                      else said_before, sentence.start)):
            # "Kvant went up at the end of March 1987. Then Kvant-2 in December 1989": the
            # verb left out is the sentence before's
            cand.extra["trigger"] = "then"
        if prop == "launch_date" and (earliest := EARLIEST.search(
                text, max(sentence.start, lo - 40),
                min(sentence.end, max(hi, trigger_pos + EARLIEST_AFTER_VERB)))):
            cand.extra["earliest"] = "yes"  # "first launched in 1967": the earliest launch
            if site := next((m for m in sentence.mentions if m.kind == "site" and (
                    0 <= m.start - earliest.end() <= 60) and FROM_THE_SITE.search(
                    text, earliest.end(), m.start) and ";" not in text[earliest.end():m.start]
                             ), None):
                # "first flew from Vostochny in 2016": its first, or its first from there
                cand.extra["first_from"] = site.entity_id
            if EARLIEST_CREWED.search(text, max(sentence.start, lo - 40),
                                      min(sentence.end, max(hi, trigger_pos + 60))):
                cand.extra["earliest"] = "crewed"  # "its first flight with a crew"
        if prop == "landing_date" and (OFF_EARTH.search(
                text, trigger_pos, min(sentence.end, trigger_pos + 50)) or LANDER_BEFORE.search(
                text, max(sentence.start, trigger_pos - 20), trigger_pos)):
            # "landed in the Sea of Fertility on 20 …", "the lander touched down two days
            # later"
            cand.extra["off_earth"] = "yes"
        if prop in ("launch_date", "landing_date") and date.start not in paired and (
                other := _rider_of(text, sentence, recent, subject, trigger_pos)):
            cand.extra["either"] = other.entity_id
        if prop == "launch_date" and trigger_pos == date.start and subject.station_part and (
                subject.via != "reference"
                and sum(m.station_part for m in sentence.mentions) > 1):
            # "Kristall arrived in 1990, Spektr in 1995 and Priroda, the last, in 1997": a
            # chronology of a station's modules gives the year each joined, not just a
            # year it was up (see the judge's in-service rule). A module docks days after
            # its launch, in the same year, but maybe not the same month: "Kvant-2 in
            # December 1989" is its docking (launched 26 November): a month (or a day:
            # "Kristall on 31 May 1991") is its launch's or its docking's, and the judge
            # contradicts one that is neither
            precision = date.date.precision
            cand.extra["arrival"] = ("listed" if precision is Precision.YEAR
                                     else "launch_or_docking")
        out.append(cand)
        if date.start in paired:
            pass  # "… and Pham Tuan flew in July and September 1980, respectively": apart
        elif prop in ("launch_date", "landing_date") and subject.via != "reference":
            out += _flown_together(text, sentence, subject, cand, trigger_pos,
                                   recent.get("person"))
        elif group and subject.kind == "person":
            out += _flown_together_by_them(text, sentence, group, cand,
                                           _joined_ids(their_crafts))
        if date.start not in paired and subject.kind in CRAFT and subject.via != "reference":
            for member in _listed_subjects(text, sentence, subject):  # "Vostok 3 and 4 flew"
                claim = _claim(text, member, prop, date.date.iso(), date.start, date.end)
                out.append(Candidate(claim, date=date, extra=dict(cand.extra)))
    return [_of_event_counted_from(text, sentence, c) for c in out
            if c.claim.property != "docking_date" or not _docked_with(text, sentence, c)]


def _docked_with(text: str, sentence: Sentence, cand: Candidate) -> bool:
    """Whether a docking's subject is what another ship docked with ("Atlantis docked with
    Mir's Kristall module"): its own docking is another day."""
    subject = next((m for m in sentence.mentions if m.entity_id == cand.claim.subject_id
                    and m.via != "reference"), None)
    return subject is not None and DOCKED_WITH.search(
        text, max(sentence.start, subject.start - 40), subject.start) is not None


def _of_event_counted_from(text: str, sentence: Sentence, cand: Candidate) -> Candidate:
    """A claim dated by the event its sentence counts from is said of that event: "Luna
    25, the first Moon mission since Luna 24 in 1974" dates Luna 24, not Luna 25 (and
    "docked with Kristall - the first docking … since Apollo-Soyuz in July 1975" dates
    Apollo-Soyuz)."""
    date = cand.date
    if date is None:
        return cand
    since = SINCE_NAMED_EVENT.search(text, max(sentence.start, date.start - 50), date.start)
    if not since or cand.claim.property not in OFFSET_DATED:
        return cand
    named = [m for m in sentence.mentions if since.start() <= m.start < date.start]
    if len(named) != 1 or named[0].entity_id == cand.claim.subject_id:
        return cand
    claim = _claim(text, named[0], cand.claim.property, cand.claim.value, date.start, date.end)
    return Candidate(claim, date=date, extra={"trigger": "since"})


# The people of a station as a clause's subject: "Its first crew went up", "the station's
# residents landed"
STATION_CREW_SUBJECT = re.compile(
    rf"\b(?:its|the\s+{_STATION_NOUNS}['’]s)\s+(?:[\w-]+\s+){{0,2}}?(?:crews?|"
    r"residents|occupants|visitors|cosmonauts|astronauts|expeditions?|guests|inhabitants)"
    r"\s+(?:[\w,-]+\s+){0,6}?\Z", re.IGNORECASE)
# A participle after the object of a passive verb describes that object: "was resupplied by
# the first Progress freighter, launched in January 1978" ("launched … by a Proton-K,
# touched down" is no passive verb's)
OBJECT_PARTICIPLE = re.compile(r"\b(?:was|were|is|are|been)\s+(?:\w+\s+)?\w+ed\s+(?:by|with|from)"
                               r"\s+(?:the|a|an|its|their)\s+[^,;:()]{1,50},\s*\Z", re.IGNORECASE)
# "a day after Valery Bykovsky's Vostok 5", "exactly two years after Sputnik 1": another
# event, an exact time before or after the one the sentence dates. Hedged offsets ("some
# five days after") are not exact enough to date it.
# "exactly ten years", "the day": how long an offset counts
OFFSET_COUNT = (rf"(?<![\w-])(?:(?P<exact>exactly|precisely)\s+|(?:just|only)\s+)?"
                rf"(?P<count>{NUMBER_PATTERN}|an?|one|(?<!to\s)the)\s+"
                r"(?P<unit>day|week|month|year)s?\s+")
# "ten days later" (see _count_from_undated_launches)
COUNT_LATER = re.compile(OFFSET_COUNT + r"later\b", re.IGNORECASE)
EVENT_OFFSET = re.compile(
    OFFSET_COUNT +
    # "ten years to the day after Salyut 1" (not "the day after Salyut 1" in it), not "the
    # day before on Vostok 5" (a date told from the one before, then the craft)
    r"(?:(?P<to_the_day>to\s+the\s+(?:very\s+)?day)\s+)?"
    r"(?P<direction>after|before|ahead of)\s+(?!(?:on|in|aboard|at|from|with)\b)",
    re.IGNORECASE)
EVENT_OFFSET_WORDS = ("after", "before", "ahead")
# What a first is counted since: "Russia's first lunar attempt since Luna 24"
FIRST_SINCE = re.compile(r"\bfirst\b[^.;:]{0,60}?\bsince\s+(?:the\s+)?\Z", re.IGNORECASE)
# A name right after such an offset is the event counted from, not the sentence's subject:
# "…, forty-seven years after Luna 24, crashed eight days later"
OFFSET_POINT = re.compile(
    OFFSET_COUNT + r"(?:to\s+the\s+day\s+)?(?:after|before|ahead\s+of)\s+"
    r"(?:[^\s,;:.()]+\s+){0,3}\Z", re.IGNORECASE)


# Between the offset and the event's craft: "Valery Bykovsky's", "its sister ship", "the".
OFFSET_GAP = re.compile(r"(?:[^\s,;:.()]+\s+){0,4}")
# "after that", "before this": the event told before, whatever name comes next
DEMONSTRATIVE_EVENT = re.compile(r"(?:that|this|then)\s+(?-i:[A-Z])", re.IGNORECASE)
# The verb after that craft says which of its events: "the Mars 2 lander had crashed".
OFFSET_EVENT_VERB = re.compile(r"(?:\s+[\w-]+)?\s+(?:had\s+|did\s+)?(?P<verb>[\w-]+(?:\s+\w+)?)")
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")  # "Valery Bykovsky's Vostok 5"
# What the craft after an offset is to the one counted, before its name: "its twin, Mars 2"
KIN_APPOSED = re.compile(r"(?:its|her|his|their)\s+(?:twin|sister(?:\s+(?:ship|craft|probe))?|"
                         r"predecessor)\s*,\s*", re.IGNORECASE)
OFFSET_DATED = FLIGHT_EVENTS


def _offset_count(word: str) -> int | None:
    """The count of an offset: "the day after" is one day."""
    return 1 if word.lower() == "the" else parse_count(word)


def _counted_from(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether ``mention`` is named right after an offset (:data:`OFFSET_POINT`): the event
    counted from, not the subject of what the sentence goes on to say."""
    return OFFSET_POINT.search(text, max(sentence.start, mention.start - 50),
                               mention.start) is not None


def _offset_event_claims(text: str, sentence: Sentence, found: list[Candidate]
                         ) -> list[Candidate]:
    """Dates of events placed an exact time before or after one the sentence dates.

    "Vostok 6 was launched on 16 June 1963, a day after Valery Bykovsky's Vostok 5" says
    Vostok 5 launched on 15 June 1963; "ten years after Soyuz-2 first flew", from a date in
    2014, that Soyuz-2 first flew in 2004. The offset keeps its own precision: a day needs
    the day, a month the month, "two years after" gives the year ("exactly two years" the
    day)."""
    if not _may_offset(sentence):
        return []
    out: list[Candidate] = []
    for m in EVENT_OFFSET.finditer(text, sentence.start, sentence.end):
        anchor = next((c for c in reversed(found) if c.date is not None
                       and c.claim.property in OFFSET_DATED and c.date.end <= m.start()
                       and c.date.kind != "offset"), None)
        if anchor is None or anchor.date is None:
            continue
        aside = _participle_before(text, sentence.start, m.start())
        if aside is not None and anchor.date.end <= aside.start() and next(
                (p for p, pattern in DATE_TRIGGERS if pattern.fullmatch(
                    aside.group("verb").lower())), anchor.claim.property
        ) != anchor.claim.property:
            continue  # "Dec. 2 — The Mars 3 lander, launched two weeks after its twin Mars 2,
            # makes the first soft landing": counted from Mars 2's launch, not its landing
        event = _offset_event(text, sentence, m)
        if event is None or event.entity_id == anchor.claim.subject_id or (
                _launched_offset(text, sentence, m) and any(
                    anchor.date.end <= c.start < m.start() and c.kind in CRAFT
                    and c.entity_id != anchor.claim.subject_id for c in sentence.mentions)):
            continue  # "Salyut 6 (29 September 1977) and Salyut 7, launched ten years to
            # the day after Salyut 1": Salyut 7's launch, not Salyut 6's, is counted
        prop = anchor.claim.property
        verb = OFFSET_EVENT_VERB.match(text, event.end)
        if verb is not None and verb.group("verb").lower() not in ("did the", "did so"):
            prop = next((p for p, pattern in DATE_TRIGGERS if p in OFFSET_DATED
                         and pattern.match(verb.group("verb"))), prop)
        if (counted := _counted_back(text, m, event, anchor.date, prop)) is not None:
            out.append(counted)
    return out


def _counted_back(text: str, offset: re.Match[str], event: Mention, date: DateMention,
                  prop: str) -> Candidate | None:
    """The ``prop`` claim of the ``event`` an ``offset`` (an EVENT_OFFSET match) counts
    ``date`` from: "16 January 1969, two days after Shatalov lifted off" dates his launch
    on the 14th; None when the offset is no whole count or the date too coarse for it."""
    count = _offset_count(offset.group("count"))
    if count is None:
        return None
    shifted = shift_date(date.date, offset.group("unit").lower(),
                         count * (1 if offset.group("direction").lower() != "after" else -1),
                         exact=bool(offset.group("exact") or offset.group("to_the_day")))
    if shifted is None:
        return None
    counted = DateMention(offset.start(), event.end, text[offset.start():event.end], shifted,
                          "offset", resolved_from=date.start)
    claim = _claim(text, event, prop, shifted.iso(), offset.start(), event.end)
    return Candidate(claim, date=counted, extra={"trigger": "offset"})


# Before a month that takes the year just named: "that February", "the same August"
THAT_YEARS = re.compile(r"\b(?:that|the\s+same|that\s+same|the\s+following|the\s+next|"
                        r"next|later\s+that)\s+\Z", re.IGNORECASE)
# A date's apposed offset: "died on 24 April 1967, the day after Soyuz 1 was launched"
DATE_THEN_OFFSET = re.compile(r"\s*,\s*")
# The verb after an offset's event, whose date the offset gives ("Soyuz 1 was launched",
# "Vladimir Shatalov lifted off")
OFFSET_VERB_OPENS = re.compile(r"\s*(?:(?:had|has|was|were|did)\s+(?:been\s+)?)?")


def _bare_date_offset_claims(text: str, sentence: Sentence, dates: list[DateMention]
                             ) -> list[Candidate]:
    """The event an offset apposed to a date is counted from, when the date dates no claim
    of its own: "Komarov died on 24 April 1967, the day after Soyuz 1 was launched" says
    Soyuz 1 launched on 23 April 1967; "The docking took place on 16 January 1969, two
    days after Vladimir Shatalov lifted off" that Shatalov lifted off on the 14th. The
    event's verb must say which event ("was launched", "lifted off")."""
    if not _may_offset(sentence):
        return []
    out: list[Candidate] = []
    for m in EVENT_OFFSET.finditer(text, sentence.start, sentence.end):
        date = next((d for d in reversed(dates) if d.end <= m.start()), None)
        if date is None or not DATE_THEN_OFFSET.fullmatch(text, date.end, m.start()):
            continue
        event = _offset_event(text, sentence, m)
        if event is None:
            continue
        opens = OFFSET_VERB_OPENS.match(text, event.end)
        assert opens is not None  # it matches the empty string
        prop = next((p for p, pattern in DATE_TRIGGERS if p in OFFSET_DATED
                     and pattern.match(text, opens.end())), None)
        if prop is not None and (counted := _counted_back(text, m, event, date, prop)):
            out.append(counted)
    return out


# A transcript's speaker before what they say ("GUEST: "), and a sentence's linking word
SPEAKER = r"(?:[A-Z][A-Za-z]*:\s+)?"
OPENING_LINK = rf"{LIST_BULLET}{SPEAKER}(?:(?:and|then|so)\s+)?"
OPENING_PRONOUN = re.compile(rf"{OPENING_LINK}(?P<pronoun>she|he)\b", re.IGNORECASE)
# "after him", "after it", "after its core module" (the station's own launch), "after the
# station" (the one just named)
OFFSET_PRONOUN = re.compile(r"(?P<pronoun>him|her|it)\b|its\s+(?:core|base)\s+module\b|"
                            r"the\s+(?:station|probe|satellite|spacecraft|ship)\b",
                            re.IGNORECASE)
FLIGHT_OF_PERSON = re.compile(r"\s+(?:on|in|aboard)\s+(?:the\s+)?\Z", re.IGNORECASE)
# A launch verb right before an offset ("Salyut 7 followed exactly ten years to the day
# after Salyut 1": launched after it)
LAUNCHED_OFFSET = re.compile(r"\b(?:launched|followed|lifted\s+off|went\s+up|"
                             r"left\s+(?:the\s+)?(?:Earth|ground|pad))"
                             # "launched to Mir two weeks after its core module"
                             r"(?:\s+(?:to|for)\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+\d+)?)?"
                             r"(?:\s+(?:exactly|precisely|just|only|almost|nearly))?\s+\Z",
                             re.IGNORECASE)
LAUNCH_TRIGGER = next(pattern for prop, pattern in DATE_TRIGGERS if prop == "launch_date")
# A sentence going on with the last one's verb: "Then Kvant-2 in December 1989"
THEN_OPENS = re.compile(r"[ \t]*(?:Then|Next|After that|And then)\s+(?:came\s+)?(?![\w-]+\s+(?:"
                        r"was|were|had|has|did|went|flew|launched|docked|landed)\b)")


# From an offset's anchor to the person it dates, named after the comma that closes it
OFFSET_THEN_SUBJECT = re.compile(r"[^,;:.()]{1,40},\s*")
# A person's flight told without a launch verb: "Ten years after Chrétien, Helen Sharman
# became the first Briton in space", "a year after Valentina's flight, Voskhod 1 flew"
FLIGHT_SAID = re.compile(r"\b(?:flew|went\s+(?:up|into\s+(?:space|orbit))|in(?:to)?\s+"
                         r"(?:space|orbit)|visited)\b", re.IGNORECASE)


def _launched_offset(text: str, sentence: Sentence, offset: re.Match[str]) -> bool:
    """Whether an EVENT_OFFSET match comes right after a launch verb (LAUNCHED_OFFSET)."""
    start = offset.start()
    return LAUNCHED_OFFSET.search(text, max(sentence.start, start - 20), start) is not None


def _anchored_offset_claims(text: str, sentence: Sentence, recent: dict[str, Mention],
                            taken: Container[int] = (), dated: bool = False
                            ) -> list[Candidate]:
    """Launches placed against another with no date of their own: "Luna 3 was launched
    exactly one year after Sputnik 1", "three days after him, Tereshkova on Vostok 6". The
    judge dates them from the other's launch in the catalog (``offset_of``, ``offset``).
    Offsets starting at ``taken`` were read from a date the sentence gives; in a
    sentence that gives one (``dated``), only an offset right after its launch verb is
    read ("Salyut 6 (29 September 1977) and Salyut 7, launched ten years to the day after
    Salyut 1")."""
    offsets = list(EVENT_OFFSET.finditer(text, sentence.start, sentence.end)
                   ) if _may_offset(sentence) else []
    if text.find("anniversary", sentence.start, sentence.end) >= 0:
        offsets += ANNIVERSARY.finditer(text, sentence.start, sentence.end)
    if not offsets:
        return []
    launch_said = LAUNCH_TRIGGER.search(text, sentence.start, sentence.end) or any(
        _launched_offset(text, sentence, m) for m in offsets)
    if not launch_said and not FLIGHT_SAID.search(text, sentence.start, sentence.end):
        return []
    out: list[Candidate] = []
    for m in offsets:
        if m.start() in taken or (dated and not _launched_offset(text, sentence, m)):
            continue
        if m.re is ANNIVERSARY:
            out += _anniversary_claim(text, sentence, recent, m)
            continue
        anchor, anchor_end = _offset_anchor(text, sentence, recent, m)
        if anchor is None or (anchor.kind not in CRAFT and anchor.kind != "person"):
            continue
        verb = OFFSET_EVENT_VERB.match(text, anchor_end)
        if verb is not None and any(p != "launch_date" and pattern.match(verb.group("verb"))
                                    for p, pattern in DATE_TRIGGERS):
            continue  # "five days after the Mars 2 lander had crashed": not its launch
        subject = _offset_subject(text, sentence, recent, m, anchor)
        count = _offset_count(m.group("count"))
        if subject is None or count is None or subject.entity_id == anchor.entity_id or (
                not launch_said and subject.kind != "person"):
            continue  # (a person's flight, not a craft's launch, may be told by "flew")
        offset = count if m.group("direction").lower() == "after" else -count
        unit = m.group("unit").lower()
        phrase = f"{m.group('count').lower()} {unit}{'s' if count != 1 else ''} " \
                 f"{m.group('direction').lower()} {anchor.name}"
        start, end = min(subject.start, m.start()), max(subject.end, anchor_end)
        if subject.via == "reference":
            start = m.start()
        claim = _claim(text, subject, "launch_date", phrase, start, end)
        out.append(Candidate(claim, extra={
            "trigger": "offset", "offset_of": anchor.entity_id, "offset": f"{offset} {unit}",
            **({"exact": "yes"} if m.group("exact") or m.group("to_the_day") else {})}))
    return out


# "on the second anniversary of Sputnik 1", "the tenth anniversary of Gagarin's flight"
ANNIVERSARY = re.compile(r"(?<![\w-])the\s+(?P<count>[\w-]+)\s+anniversary\s+of\s+",
                         re.IGNORECASE)
# "Gagarin's flight": the flight of the person named
PERSONS_FLIGHT = re.compile(r"['’]s?\s+(?:(?:first|historic|pioneering|own)\s+)?"
                            r"(?:(?:space)?flight|launch|mission)\b", re.IGNORECASE)


def _anniversary_claim(text: str, sentence: Sentence, recent: dict[str, Mention],
                       m: re.Match[str]) -> list[Candidate]:
    """A launch on an anniversary of another: "Luna 3 lifted off on the second anniversary
    of Sputnik 1" is a launch two years to the day after Sputnik 1's (the judge dates it
    from the catalog, as any offset)."""
    count = parse_ordinal(m.group("count"))
    anchor = _offset_event(text, sentence, m) or next(
        (p for p in sentence.mentions if p.kind == "person" and p.start == m.end()
         and PERSONS_FLIGHT.match(text, p.end)), None)
    if count is None or anchor is None:
        return []
    subject = _offset_subject(text, sentence, recent, m, anchor)
    if subject is None or subject.entity_id == anchor.entity_id:
        return []
    phrase = f"{m.group('count').lower()} anniversary of {anchor.name}"
    start = m.start() if subject.via == "reference" else min(subject.start, m.start())
    claim = _claim(text, subject, "launch_date", phrase, start, max(subject.end, anchor.end))
    return [Candidate(claim, extra={"trigger": "offset", "offset_of": anchor.entity_id,
                                    "offset": f"{count} year", "exact": "yes"})]


# "Vostok 3 and Vostok 4 …, launched one day apart"
LAUNCHED_APART = re.compile(
    rf"(?:launched|lifted\s+off|flew|went\s+up|took\s+off|blasted\s+off)?\s*"
    rf"(?P<count>{NUMBER_PATTERN}|an?|one)\s+(?P<unit>day|week|month)s?\s+apart\b",
    re.IGNORECASE)
# between the pair and the phrase: "Vostok 3 and Vostok 4 were launched", ", launched"
APART_GAP = re.compile(r"\s*,?\s*(?:(?:were|was)\s+)?(?:\w+ly\s+)?(?=launched|lifted|flew|"
                       r"went|took|blasted|\w+\s+(?:day|week|month)s?\s+apart)",
                       re.IGNORECASE)


def _apart_claims(text: str, sentence: Sentence) -> list[Candidate]:
    """Two crafts "launched ten days apart": the second's launch counted from the first's
    (judged as "ten days after" it, see ``offset_of``)."""
    out: list[Candidate] = []
    for m in LAUNCHED_APART.finditer(text, sentence.start, sentence.end):
        crafts = [c for c in sentence.mentions if c.kind in CRAFT and c.end <= m.start()]
        if len(crafts) < 2:
            continue
        first, second = crafts[-2:]
        count = parse_count(m.group("count"))
        if count is None or first.entity_id == second.entity_id or not (
                LIST_AND.fullmatch(text, first.end, second.start)
                and APART_GAP.match(text, second.end, m.end())):
            continue
        out.append(_counted_launch(text, first, second, count, m.group("unit"),
                                   second.start, m.end()))
    return out


def _counted_launch(text: str, first: Mention, second: Mention, count: int, unit: str,
                    start: int, end: int) -> Candidate:
    """The launch of ``second`` said to come ``count`` ``unit``s after that of ``first``,
    spanning ``text[start:end]``: the judge dates it from the catalog (``offset_of``)."""
    unit = unit.lower()
    phrase = f"{count} {unit}{'s' if count != 1 else ''} after {first.name}"
    claim = _claim(text, second, "launch_date", phrase, start, end)
    return Candidate(claim, extra={"trigger": "offset", "offset_of": first.entity_id,
                                   "offset": f"{count} {unit}"})


def _followed_later_claims(text: str, sentence: Sentence) -> list[Candidate]:
    """A launch "followed N days later by" another: the second's launch counted from the
    first's, the craft or person named last before "followed" in its clause ("Gagarin was
    followed four months later by Gherman Titov"; "Zarya … on 20 November 1998, followed a
    year later by the Zvezda service module"), as ``_apart_claims`` does."""
    out: list[Candidate] = []
    for m in FOLLOWED_LATER.finditer(text, sentence.start, sentence.end):
        _scan_triggers(text, sentence)
        if _followed_event(sentence, m.start()) != "launch_date":
            continue  # "Venera 9 landed …, followed three days later by Venera 10"
        breaks = [b.end() for b in CLAUSE_BREAK.finditer(text, sentence.start, m.start())]
        clause_start = max([sentence.start, *breaks])
        first = _nearest([c for c in sentence.mentions if c.start >= clause_start],
                         m.start(), GAPPED_SUBJECTS, before_only=True)
        second = _first_after(sentence.mentions, m.end(), GAPPED_SUBJECTS, reach=30)
        count = parse_count(m.group("count"))
        if first is None or second is None or count is None or (
                first.entity_id == second.entity_id):
            continue
        out.append(_counted_launch(text, first, second, count, m.group("unit"), m.start(),
                                   second.end))
    return out


def _offset_anchor(text: str, sentence: Sentence, recent: dict[str, Mention],
                   m: re.Match[str]) -> tuple[Mention | None, int]:
    """The craft (or person) an offset is counted from, and where its name ends: "after
    Valery Bykovsky's Vostok 5" (the craft), "after him" (the man just named, or the craft
    he is said to fly in: "Bykovsky on Vostok 5 and, three days after him, …")."""
    event = _offset_event(text, sentence, m)
    if event is not None:
        flight = PERSONS_FLIGHT.match(text, event.end) if event.kind == "person" else None
        if flight is None:
            return event, event.end
        craft = next((c for c in sentence.mentions if c.kind in CRAFT and c.start > flight.end()
                      and FLIGHT_OF_PERSON.fullmatch(text, flight.end(), c.start)), None)
        # "after Gagarin's flight", "after Gagarin's flight in Vostok 1": that flight
        return (craft, craft.end) if craft is not None else (event, flight.end())
    pronoun = OFFSET_PRONOUN.match(text, m.end())
    if pronoun is None:
        return None, m.end()
    word = (pronoun.group("pronoun") or "it").lower()
    if word == "it":  # (or "its core module", "the station")
        return _craft_referent(text, sentence, recent, pronoun.span()), pronoun.end()
    key = "he" if word == "him" else "she"
    person = next((p for p in reversed(sentence.mentions) if p.kind == "person"
                   and p.end <= m.start() and _gender_key(p) == key), None) or recent.get(key)
    if person is None:
        return None, pronoun.end()
    craft = next((c for c in sentence.mentions if c.kind in CRAFT and c.start > person.end
                  and FLIGHT_OF_PERSON.fullmatch(text, person.end, c.start)), None)
    return (craft or person), pronoun.end()


# Between the person an offset counts from and their ship: "after Bykovsky in Vostok 5"
ANCHORS_SHIP = re.compile(r"\s+(?:in|on|aboard)\s+(?:the\s+|his\s+|her\s+)?", re.IGNORECASE)


def _offset_subject(text: str, sentence: Sentence, recent: dict[str, Mention],
                    m: re.Match[str], anchor: Mention) -> Mention | None:
    """What an offset launch is said of: the craft named nearest before it in its clause
    ("Luna 3 was launched exactly one year after …"), else the craft just after it
    ("three days after him, Tereshkova on Vostok 6"), else the person before it or the
    person "she" or "he" stands for."""
    clause_start = max([sentence.start, *(b.end() for b in CLAUSE_BREAK.finditer(
        text, sentence.start, m.start()))])
    before = [c for c in sentence.mentions if clause_start <= c.start and c.end <= m.start()
              and c.entity_id != anchor.entity_id]
    crafts = [c for c in before if c.kind in CRAFT]
    if crafts:
        return crafts[-1]
    after = next((c for c in sentence.mentions if c.start >= m.end() and c.kind in CRAFT
                  and c.entity_id != anchor.entity_id and not _destination(text, sentence, c)),
                 None)
    if after is not None and not CLAUSE_BREAK.search(text, m.end(), after.start) and not (
            anchor.kind == "person" and ANCHORS_SHIP.fullmatch(text, anchor.end, after.start)):
        return after  # (not "two days after Valery Bykovsky in Vostok 5": his ship)
    people = [c for c in before if c.kind == "person"]
    if people:
        return people[-1]
    pronoun = OPENING_PRONOUN.match(text, sentence.start, m.start())
    if pronoun is not None:
        referent = _person_referent(pronoun.group("pronoun").lower(), recent, sentence,
                                    pronoun.start("pronoun"))
        return referent.as_reference() if referent is not None else None
    # "Ten years after Chrétien, Helen Sharman became …": the one named after the comma
    # that ends the offset (not "after Voskhod 2 lifted off and Alexei Leonov …", nor
    # "after Bykovsky's Vostok 5")
    person = next((c for c in sentence.mentions if c.start >= m.end() and c.kind == "person"
                   and c.entity_id != anchor.entity_id), None)
    if person is not None and OFFSET_THEN_SUBJECT.fullmatch(text, m.end(), person.start):
        return person
    return None


# "landed two days after launch", "deorbited fifteen years after its launch": an event
# counted from the launch of whatever had it
OWN_LAUNCH_OFFSET = re.compile(
    OFFSET_COUNT + r"after\s+(?:(?:its|the|their|his|her)\s+)?(?:own\s+)?(?:launch|lift-?off)\b",
    re.IGNORECASE)
# Where OWN_LAUNCH_OFFSET may match: its end, found faster
AFTER_OWN_LAUNCH = re.compile(r"(?<![\w-])after\s+(?:(?:its|the|their|his|her)\s+)?(?:own\s+)?"
                              r"(?:launch|lift-?off)\b", re.IGNORECASE)
OWN_LAUNCH_EVENTS = ("landing_date", "docking_date", "reentry_date")


def _own_launch_offset_claims(text: str, sentence: Sentence, dates: Sequence[DateMention],
                              recent: dict[str, Mention]) -> list[Candidate]:
    """Events counted from the launch of the craft they happened to: "Soyuz 33 … landed
    two days after launch" is Soyuz 33's landing, two days after its launch in the
    catalog (the judge dates it from there, as any offset: ``offset_of``). The event's
    verb must be in the offset's clause, with no date of its own between them ("docked on
    25 June, the day after launch" restates that date)."""
    out: list[Candidate] = []
    for m in OWN_LAUNCH_OFFSET.finditer(text, sentence.start, sentence.end):
        count = _offset_count(m.group("count"))
        if count is None or HEDGED_RELATIVE_RE.search(  # "less than six months after launch"
                text, max(sentence.start, m.start() - 20), m.start()):
            continue
        breaks, hits, _ = _scan_triggers(text, sentence)
        lo = max([sentence.start, *(b for b in breaks if b <= m.start())])
        hi = min([sentence.end, *(b for b in breaks if b >= m.end())])
        events = [(prop, pos, end) for prop, pos, end in hits if prop in OWN_LAUNCH_EVENTS
                  and lo <= pos and end <= hi and not m.start() <= pos < m.end()]
        if not events:
            continue
        prop, pos, pos_end = min(events, key=lambda event: abs(event[1] - m.start()))
        if any(min(pos, m.start()) <= d.start < max(pos, m.end()) for d in dates):
            continue
        subject = next((c for c in reversed(sentence.mentions) if lo <= c.start
                        and c.end <= pos and c.kind in CRAFT), None)
        if subject is None and "craft" in recent:
            # "It was deorbited fifteen years after launch", "The station came down …"
            subject = _reference(text, replace(sentence, start=lo, end=hi, mentions=[
                c for c in sentence.mentions if lo <= c.start < hi]), recent, pos, CRAFT)
        if subject is None:
            continue
        unit = m.group("unit").lower()
        phrase = f"{count} {unit}{'s' if count != 1 else ''} after launch"
        start = min(pos if subject.via == "reference" else subject.start, m.start())
        claim = _claim(text, subject, prop, phrase, start, max(m.end(), pos_end))
        out.append(Candidate(claim, extra={
            "trigger": "offset", "offset_of": subject.entity_id, "offset": f"{count} {unit}",
            **({"exact": "yes"} if m.group("exact") else {})}))
    return out


# "… rode Vostok 1 from Baikonur and was home 108 minutes later": the flight's length
BACK_LATER = re.compile(
    r"(?<![\w-])(?:landed|touched\s+down|splashed\s+down|came\s+(?:home|back|down)|"
    r"went\s+home|(?:was|were)\s+(?:home|back)|returned|back\s+on\s+(?:Earth|the\s+ground))\b"
    r"[^.;:,()\d]{0,30}?\s+"
    rf"(?P<time>(?:(?:about|some|nearly|almost|roughly|just\s+(?:under|over))\s+)?"
    rf"(?:{NUMBER_PATTERN}|an?|one)\s+(?:minute|hour|day|week)s?"
    rf"(?:\s+and\s+(?:{NUMBER_PATTERN}|an?)\s+(?:minute|hour)s?)?)\s+later\b",
    re.IGNORECASE)
BACK_LATER_EVENTS = ("landing_date", "docking_date", "transfer", "reentry_date")


def _back_later_claims(text: str, sentence: Sentence, found: list[Candidate]
                       ) -> list[Candidate]:
    """The length of a flight told as the time from its launch to its return, in one
    clause: "On 12 April 1961 Yuri Gagarin rode Vostok 1 … and was home 108 minutes
    later". The launch must be the last event told before the return (not "undocked on
    23 March and landed two days later"). The flight is the person named before the launch
    verb, else the launch's subject or the craft named last before the return. Days after
    a launch dated to the day are left to that date's count ("… on 18 May 1991 and came
    back ten days later": the landing's day), and a landing on another world ends no
    flight."""
    out: list[Candidate] = []
    for m in BACK_LATER.finditer(text, sentence.start, sentence.end):
        breaks, hits, _ = _scan_triggers(text, sentence)
        before = [(prop, pos) for prop, pos, end in hits if end <= m.start()]
        if not before or before[-1][0] != "launch_date" or any(
                prop in BACK_LATER_EVENTS for prop, _ in before) or any(
                before[-1][1] < b < m.start() for b in breaks) or OFF_EARTH.search(
                text, m.start(), min(sentence.end, m.end() + 50)):
            continue
        launch_pos = before[-1][1]
        time = next(iter(find_quantities(m.group("time"))), None)
        if time is None or time.kind != "duration":
            continue
        launched = next((c for c in found if c.claim.property == "launch_date"
                         and c.claim.start < m.start() and not c.claim.planned), None)
        if launched is not None and launched.date is not None and (
                launched.date.date.day is not None and time.value >= 86_400):
            continue
        subject = next((c for c in reversed(sentence.mentions) if c.end <= launch_pos
                        and c.kind == "person"), None) or next((
            c for c in sentence.mentions if launched is not None
            and c.entity_id == launched.claim.subject_id), None) or next((
            c for c in reversed(sentence.mentions) if c.end <= m.start() and c.kind in CRAFT),
            None)
        if subject is None:
            continue
        q = replace(time, start=time.start + m.start("time"), end=time.end + m.start("time"))
        claim = _claim(text, subject, "duration", _quantity_value(q, "duration", False),
                       m.start(), m.end())
        out.append(Candidate(claim, quantity=q, extra=_travellers(text, sentence, subject, q)))
    return out


def _may_offset(sentence: Sentence) -> bool:
    """A quick test for EVENT_OFFSET's last word in the sentence (when it is folded)."""
    folded = sentence.folded
    return folded is None or any(folded.find(word, sentence.start, sentence.end) >= 0
                                 for word in EVENT_OFFSET_WORDS)


def _offset_event(text: str, sentence: Sentence, m: re.Match[str]) -> Mention | None:
    """The craft or person named right after an offset, whose event it is counted from
    ("a day after Valery Bykovsky's Vostok 5": Vostok 5; "ten days after its twin, Mars
    2": Mars 2), unless punctuation comes first."""
    apposed = KIN_APPOSED.match(text, m.end())
    start = m.end() if apposed is None else apposed.end()
    if DEMONSTRATIVE_EVENT.match(text, start):
        return None  # "two years after that Savitskaya became …": after what was told
    gap = OFFSET_GAP.match(text, start)
    assert gap is not None  # it matches the empty string
    event = next((e for e in sentence.mentions if start <= e.start <= gap.end()
                  and (e.kind in CRAFT or (e.kind == "person" and (
                      not POSSESSIVE_AFTER.match(text, e.end)
                      or PERSONS_FLIGHT.match(text, e.end))))), None)
    if event is None or any(ch in text[start:event.start] for ch in ",;:.()"):
        return None
    return event


# A relative clause said of the last of a list alone: "…, Kondakova and Polyakov, who was"
SINGULAR_WHO = re.compile(r"\s*,\s*who\s+(?:was|is|has|wasn['’]t|isn['’]t)\b")
# People named in a clause counted from ("empty since Popov and Ryumin had come home"):
# not whom a "they" in the next sentence stands for
_COUNTED_FROM_WORDS = r"since|until|till"
COUNTED_FROM_PEOPLE = re.compile(rf"\b(?:{_COUNTED_FROM_WORDS})\s+\Z", re.IGNORECASE)
# People named apart, not as a crew, who may still be "they" unless one is named only to
# compare or count from: "the same rocket as Gagarin", "a year after Titov"
NOT_OF_THEM = re.compile(rf"\b(?:{_COUNTED_FROM_WORDS}|as|than|like|after|before|unlike)\s+\Z",
                         re.IGNORECASE)
# Between the people who are a launch's or landing's subject and its verb: a new clause
# with a subject of its own ("…, and Vostok 6 launched") ends their reach.
RIDER_BREAK = re.compile(r";|\b(?:and|but|while|whereas|when|after|before)\s+(?:the\s+)?"
                         r"(?:[A-Z]|(?i:it|he|she|they)\b)")


# A sentence whose subject is a person told of before: "He launched aboard …"
PERSON_PRONOUN_OPENS = re.compile(r"\W*(?:he|she)\b", re.IGNORECASE)
OPENING_SUBJECT_PRONOUN = re.compile(r"\W*(?:he|she|they)\b", re.IGNORECASE)
# A verb joined on to the sentence's first after a clause about others: ", and returned"
BACK_TO_THE_OPENER = re.compile(r",\s+and\s+(?:then\s+|later\s+)?\Z")


def _flown_together(text: str, sentence: Sentence, subject: Mention, cand: Candidate,
                    trigger_pos: int, person_before: Mention | None = None
                    ) -> list[Candidate]:
    """Mark a launch or landing date with the people it was also said of, and claim
    their crew where the sentence names no craft for them.

    * A person in a list ("Dobrovolsky, Volkov and Yeliseyev lifted off on 6 June 1971"):
      the date is of a flight they shared (``company``), and each of them is claimed as
      its crew (the judge finds that flight, or drops the claim).
    * A craft with people as the verb's subject ("Savitskaya, who launched on Soyuz T-6 in
      August 1982"; "they landed on 10 December in Soyuz T-7"): the date may be theirs
      (``riders``) where the craft is the error, which its crew claim judges. A "he" or
      "she" opening the sentence is ``person_before``, the person told of before ("He
      launched aboard Soyuz TM-18 … and did not come home until 22 March 1995").
    """
    prop = cand.claim.property
    if subject.kind == "person":
        group = _person_group(text, sentence, subject)
        if len(group) < 2:
            return []
        company = _joined_ids(group)
        cand.extra["company"] = company
        breaks = [b.end() for b in CLAUSE_BREAK.finditer(text, sentence.start, group[0].start)]
        clause_start = breaks[-1] if breaks else sentence.start
        if crafts := [m for m in sentence.mentions if m.kind in CRAFT and (
                m.start >= clause_start)]:
            # the sentence's own crew claims link them; the date may be the named craft's
            # (not one named in an earlier clause: "Zvezda followed on 26 July, and …")
            cand.extra["crafts"] = _joined_ids(crafts)
            return []
        assert cand.date is not None
        return [Candidate(_claim(text, m, "crew", m.name, m.start, m.end), date=cand.date,
                          obj=m, extra={"company": company, "company_event": prop})
                for m in group]
    riders = _riders(text, sentence, trigger_pos) if subject.kind in CRAFT else []
    if not riders and prop == "landing_date" and subject.kind in CRAFT and (
            person_before is not None) and (
            opener := PERSON_PRONOUN_OPENS.match(text, sentence.start)) and not any(
            m.kind == "person" and m.end <= trigger_pos for m in sentence.mentions) and not (
            RIDER_BREAK.search(text, opener.end(), trigger_pos)):
        riders = [person_before]
    if not riders:
        return []
    cand.extra["riders"] = _joined_ids(riders)
    assert cand.date is not None
    if subject.start < cand.date.end or prop != "landing_date":
        return []
    # "… and stayed 211 days, landing on 10 December 1982 in Soyuz T-7": they came home
    # in it
    return _crew_of_craft_after(text, cand, subject, riders)


def _flown_together_by_them(text: str, sentence: Sentence, group: list[Mention],
                            cand: Candidate, their_crafts: str = "") -> list[Candidate]:
    """As :func:`_flown_together`, for a date said of "they", the people named together
    before ("They came home on 16 March 1978 aboard Soyuz 28"): the date is of their
    shared flight, and a craft right after it is one they went up or came home in.
    Without one, the crafts named with them may be where the date is ("Kizim and Atkov
    set off in Soyuz T-15 … They landed on 16 July")."""
    cand.extra["company"] = _joined_ids(group)
    assert cand.date is not None
    craft = _craft_after_date(text, sentence, cand.date)
    if craft is None and their_crafts and not sentence.names_craft:
        cand.extra["crafts"] = their_crafts
    return [] if craft is None else _crew_of_craft_after(text, cand, craft, group)


def _crew_of_craft_after(text: str, cand: Candidate, craft: Mention,
                         people: list[Mention]) -> list[Candidate]:
    """Crew claims of ``people`` on the craft named after the date of ``cand`` (a launch,
    or a landing: then the craft they came home in), each spanning date to craft."""
    assert cand.date is not None
    extra = {"returned": "yes"} if cand.claim.property == "landing_date" else {}
    return [Candidate(_claim(text, craft, "crew", m.name, cand.date.start, craft.end),
                      obj=m, extra=dict(extra)) for m in people]


def _riders(text: str, sentence: Sentence, pos: int) -> list[Mention]:
    """The people who are the subject of the verb at ``pos`` (the last person named before
    it, with those listed with them), unless a new clause with its own subject comes
    between: "Savitskaya, who launched on Soyuz T-6", "A and B rode up … and stayed"."""
    before = [m for m in sentence.mentions if m.kind == "person" and m.end <= pos]
    if not before or RIDER_BREAK.search(text, before[-1].end, pos):
        return []
    if OPENING_SUBJECT_PRONOUN.match(text, sentence.start) and BACK_TO_THE_OPENER.search(
            text, before[-1].end, pos):
        return []  # "They visited Salyut 7's crew, A and B, who had been aboard since April,
        # and returned on 27 August": "they" returned, not A and B
    rider = before[-1]
    if rider.start in (companions := _companions(text, sentence)):
        # "Akiyama, launched … with Afanasyev and Manarov, landed on Dec. 10 aboard …":
        # the companions went along; the traveller is the verb's subject
        traveller = _traveller(sentence, rider, companions)
        return [traveller] if traveller is not None else []
    return _person_group(text, sentence, rider)


def _joined_ids(mentions: Iterable[Mention]) -> str:
    """The entity ids of ``mentions``, comma-joined, as the judge reads them from ``extra``."""
    return ",".join(m.entity_id for m in mentions)


# "Remek flew with Gubarev", "she went up alongside Kizim": two people on one flight.
FLEW_WITH = _rx(r"(?:flew|flies|fly|flown|flying|launched|went up|lifted off|rode|travell?ed)\s+"
                r"(?:up\s+|(?:in)?to\s+(?:the\s+)?[\w-]+\s+|"
                r"(?:in|on)\s+(?:[\w-]+,?\s+){1,3}?)?"  # "launched in March 1978 with"
                r"(?:with|alongside)")


# From a clause break (see RIDER_BREAK), words that refer back to the person named
# before it: "…; the Czechoslovak pilot flew with …", "…, and he later flew with …".
FLYER_REFERENCE = re.compile(
    r"(?:;\s*|(?:and|but|while|whereas|when|after|before)\s+)(?:(?:the|this|that)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:pilot|cosmonaut|astronaut|commander|engineer|physician|doctor|"
    r"guest|visitor|officer|flyer|man|woman)|(?P<pronoun>he|she))\s+"
    r"(?:(?:later|then|also|eventually|finally|\w+ly)\s+)?", re.IGNORECASE)


COMPANION_GAP = re.compile(rf"\s+(?:{ROLE})?", re.IGNORECASE)  # "with (the commander) B"


def _flew_with_claims(text: str, sentence: Sentence, dates: list[DateMention]
                      ) -> list[Candidate]:
    """ "the Czechoslovak pilot flew with Oleg Makarov", in a sentence that names no craft:
    each companion is claimed as crew of the flight of the person named before the verb
    (the judge finds it: the only one, the one on the sentence's date, or one they shared)."""
    if sentence.names_craft:
        return []  # the sentence's own crew claims link people to the craft it names
    start, end, folded = sentence.start, sentence.end, sentence.folded
    if folded is not None and folded.find("with", start, end) < 0 and folded.find(
            "alongside", start, end) < 0:
        return []  # a quick test for FLEW_WITH's last word
    out: list[Candidate] = []
    people = [m for m in sentence.mentions if m.kind == "person"]
    for verb in FLEW_WITH.finditer(text, start, end):
        flyer = next((m for m in reversed(people) if m.end <= verb.start()), None)
        after = [m for m in people if m.start >= verb.end()]
        if flyer is None or not after or not COMPANION_GAP.fullmatch(
                text, verb.end(), after[0].start):
            continue
        breaks = list(RIDER_BREAK.finditer(text, flyer.end, verb.start()))
        if breaks and not _refers_to(
                FLYER_REFERENCE.fullmatch(text, breaks[-1].start(), verb.start()), flyer):
            continue  # another clause's subject, unless it refers back to the flyer
        companions = _person_group(text, sentence, after[0])
        date = next((d for d in dates if d.kind != "relative"), None)
        flyers = _person_group(text, sentence, flyer)
        if len(flyers) == len(companions) > 1 and RESPECTIVELY_AFTER.match(
                text, companions[-1].end):
            # "Remek and Hermaszewski flew with commanders Gubarev and Klimuk
            # respectively": each with the one in the same place
            pairs: list[tuple[tuple[Mention, ...], Mention]] = [
                ((f, m), m) for f, m in zip(flyers, companions, strict=True)]
        else:
            pairs = [((flyer, *companions), m) for m in companions]
        for crew, m in pairs:
            claim = _claim(text, m, "crew", m.name, verb.start(), m.end)
            out.append(Candidate(claim, date=date, obj=m, extra={
                "company": _joined_ids(crew), "flew_with": "yes"}))
    return out


def _refers_to(reference: re.Match[str] | None, person: Mention) -> bool:
    """Whether a FLYER_REFERENCE match can mean ``person`` ("she" only a woman)."""
    if reference is None:
        return False
    pronoun = reference.group("pronoun")
    return pronoun is None or (pronoun.lower() == "she") == person.female


# Between a launch verb and who it carried: "lifted off from Baikonur with", "rose, with"
WITH_BEFORE_CREW = re.compile(r"[^.;:!?()]{0,60}?\bwith\s+(?:\w+\s+)?\Z")
# After them: they were aboard ("with Yuri Gagarin on board", "with Belyayev in command")
ABOARD_OR_IN_COMMAND = re.compile(r"\s+(?:aboard|on\s+board|in\s+command|at\s+the\s+controls)\b")


def _flown_aboard_rocket(text: str, sentence: Sentence, verb_pos: int) -> Mention | None:
    """The person a launch verb's rocket carried, when the sentence names no ship before
    them: "a Vostok rocket rose from Baikonur with Yuri Gagarin on board" (the first of a
    group that went up together)."""
    person = _first_after(sentence.mentions, verb_pos, ("person",), reach=200)
    if person is None or any(m.kind in CRAFT and m.start < person.start
                             for m in sentence.mentions):
        return None
    if not WITH_BEFORE_CREW.search(text, verb_pos, person.start):
        return None
    group = _person_group(text, sentence, person)
    return person if ABOARD_OR_IN_COMMAND.match(text, group[-1].end) else None


# Who flew a ship, in the words that name them: "crewed by", "piloted by test pilots"
_CREWED_BY = (r"(?:commanded|piloted|flown|crewed)\s+by"
              r"(?:\s+(?:test\s+pilots?|cosmonauts?|astronauts?))?")
# A crew set off by commas after the ship it flew: "The orbiter, crewed by test pilots …,"
CREW_APPOSITION_OPENS = re.compile(rf",\s*{_CREWED_BY}\s+\Z")
# … and its closing comma, maybe past a last name the catalog does not know ("Igor Volk
# and Rimantas Stankevičius,")
CREW_APPOSITION_CLOSES = re.compile(r"(?:\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,")


def _crew_apposed(text: str, sentence: Sentence, person: Mention, pos: int) -> bool:
    """Whether ``person`` is of a crew set off by commas that closes before ``pos``: what
    follows is said of the ship ("The orbiter, crewed by Igor Volk, made two orbits")."""
    group = _person_group(text, sentence, person)
    closes = CREW_APPOSITION_CLOSES.match(text, group[-1].end)
    return bool(CREW_APPOSITION_OPENS.search(
        text, max(sentence.start, group[0].start - 40), group[0].start)) and (
        closes is not None and closes.end() <= pos)


def _person_group(text: str, sentence: Sentence, person: Mention) -> list[Mention]:
    """``person`` and the people listed with them in the sentence ("A, B and C"); the
    last of a list alone when a relative clause in the singular is said of them ("A, B and
    C, who was nearing the end of a 438-day stay")."""
    # (not who a time is counted from: "Two months after Gagarin, Gherman Titov flew")
    people = [m for m in sentence.mentions if m.kind == "person"
              and (m is person or not _counted_from(text, sentence, m))]
    if person not in people or SINGULAR_WHO.match(text, person.end):
        return [person]
    i = j = people.index(person)
    listed = _listed_with_next(text, people)
    while i > 0 and listed[i - 1]:
        i -= 1
    while listed[j]:
        j += 1
    return people[i:j + 1]


# A landing on another world, which the catalog's end of operations does not date.
OFF_EARTH = _rx(r"(?:on|in|onto|into|at|near) (?:the )?(?:moon|lunar \w+|venus|venusian \w+|mars|"
                r"martian \w+|sea of \w+|mare \w+|ocean of \w+|\w+ crater|another (?:world|planet)|"
                r"surface)|the surface")
# … and so is a lander's touchdown: "… reached Venus, and the lander touched down"
LANDER_BEFORE = re.compile(r"\blander\s+\Z", re.IGNORECASE)
# "followed on 2 December": the same kind of event as the one told before it.
FOLLOWED = re.compile(r"follow", re.IGNORECASE)
# "Gagarin was followed four months later by Gherman Titov": a launch counted from another
FOLLOWED_LATER = re.compile(
    rf"\bfollowed\s+(?:(?:only|just)\s+)?(?P<count>{NUMBER_PATTERN}|an?|one)\s+"
    r"(?P<unit>day|week|month|year)s?\s+later\s+by\s+", re.IGNORECASE)
# "followed by Zvezda in 2001", "followed a year later by the Zvezda service module": the
# one that followed is named after "by", a few words on at most
# "carried up by STS-88", "brought to orbit by Progress M-1": the carrier is named next
CARRIED_BY = re.compile(r"(?:carried|brought|taken|ferried|lifted)\s+(?:up\s+|(?:in)?to\s+"
                        r"(?:orbit|space)\s+)?by\s+(?:the\s+)?", re.IGNORECASE)
CARRIERS = ("spacecraft", "mission")
# A launcher or its pad doing the launching: "the same pad that launched Sputnik"
LAUNCHER_THAT = re.compile(r"\b(?:pad|site|rocket|booster|launcher|complex|cosmodrome)\s+"
                           r"(?:that|which)\s+(?:also\s+|first\s+|had\s+|once\s+)?\Z",
                           re.IGNORECASE)
FOLLOWED_BY = re.compile(r"follow(?:ed|s)\b[^,;:.()]{0,40}?\bby\s+(?:[\w-]+\s+){0,3}?(?=\S)",
                         re.IGNORECASE)
# A subject of its own between a craft and the verb: "its twin", "the other probe".
ANOTHER_CRAFT = _rx(r"(?:its|their|the) (?:twin|sister|other|partner|companion|"
                    r"counterpart)(?:['’]s)?")


# A clause of its own whose subject the catalog does not name, right before the verb.
UNLINKED_SUBJECT = re.compile(r"(?:\b(?:when|while|as|after|before|until)|;|,\s+and)\s+"
                              r"(?:the|an?)\s+(?:[\w-]+\s+){0,3}?[A-Z][\w-]*\s+"
                              r"(?:\w+ly\s+)?\Z")


# What only a launch has, between "followed" and its date: "the small Prichal node
# followed on a Soyuz-2.1b from Vostochny on 24 November" (after "Nauka … docked eight days
# later") followed Nauka up, not to the dock
LAUNCH_DETAIL = re.compile(r"\b(?i:on|aboard|atop)\s+(?i:an?)\s+|\bfrom\s+(?:the\s+)?[A-Z]")


def _followed_event(sentence: Sentence, pos: int) -> str:
    """The property "followed" at ``pos`` stands for: that of the nearest other trigger
    before it in the sentence ("Mars 2 reached the surface on 27 November; its twin
    followed on 2 December": a landing), else a launch ("Vostok 6 followed on 16 June").
    After a docking it is a launch too: "Nauka … docked six days later, and Prichal
    followed in December" says when the next module went up, as writers date modules."""
    assert sentence.triggers is not None  # scanned by _trigger
    before = [(start, prop) for prop, start, _ in sentence.triggers[1] if start < pos]
    prop = max(before)[1] if before else "launch_date"
    return "launch_date" if prop == "docking_date" else prop


def _listed_subjects(text: str, sentence: Sentence, subject: Mention) -> list[Mention]:
    """The other crafts of an "A and B" (or "A, B and C") list ``subject`` is in and that
    opens its clause: "Vostok 3 and 4 flew in August 1962" is said of both, and so is
    "In December 1984 Vega 1 and Vega 2 were launched" (a date may front the clause)."""
    crafts = [m for m in sentence.mentions if m.kind in CRAFT]
    members = next((ms for ms in _name_lists(text, crafts) if subject in ms), [])
    if len(members) < 2 or not (LIST_AND.match(text, members[-2].end, members[-1].start)
                                or _pair_noun(text, members[-2], members[-1])):
        return []
    opener = max([sentence.start, *(m.end() for m in LIST_OPENER.finditer(
        text, sentence.start, members[0].start))])
    before = text[opener:members[0].start]
    fronting = next((end for start, end in sentence.date_spans if opener <= start
                     and end <= members[0].start
                     and FRONTING_PREPOSITION.fullmatch(text, opener, start)), None)
    if fronting is not None:
        before = text[fronting:members[0].start]  # "In December 1984, the …"
    if len(before.strip()) > 12 or any(opener <= m.start < members[0].start
                                       for m in sentence.mentions):
        return []  # "After Soyuz 4 and Soyuz 5 …": not the clause's subject
    return [m for m in members if m is not subject]


# What may stand before a date that opens a clause: "In", "On", "By", "Then in", or nothing.
FRONTING_PREPOSITION = re.compile(r"\s*(?:(?:then|and|but)\s+)?(?:(?:in|on|by|during)\s+)?",
                                  re.IGNORECASE)
# Where the clause a list of subjects opens may start: after a comma, colon or semicolon.
LIST_OPENER = re.compile(r"[,;:—–]")


# "the last Kourou Soyuz", "the final Salyut": a superlative picks out one of a kind.
LAST_OF_KIND = re.compile(r"\b(?:last|final|latest)\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
_DEATH_VERBS = r"died|dies|killed"
DIED = _rx(rf"{_DEATH_VERBS}|death")
# A participle set off by a comma: ", launched two weeks after its twin Mars 2,"
PARTICIPLE_BEFORE = re.compile(r",\s+(?P<verb>[a-z]+ed)\s+\Z")
PARTICIPLE_REACH = 30  # characters back from an offset to the participle it is told with


def _participle_before(text: str, floor: int, offset: int) -> re.Match[str] | None:
    """The participle set off by a comma right before an offset at ``offset`` (", launched
    two weeks after its twin"), looked for no further back than ``floor``."""
    return PARTICIPLE_BEFORE.search(text, max(floor, offset - PARTICIPLE_REACH), offset)


ENDING_EVENTS = ("landing_date", "reentry_date")  # what a flight's span of days ends on


# A timeline entry: a line that opens with a date and a colon or dash, the event after it
# ("- 19 May 1971: Mars 3 sets off", "• 15 November 1988 — The uncrewed Buran …").
TIMELINE_BULLET = re.compile(r"[ \t]*(?:[-–•*·▪►]\s*|\d{1,3}[.)]\s+|\*\*)?")
# (or the end of a node's label line: "1961 - 6 August ¶ Vostok 2 - Gherman Titov.")
TIMELINE_SEPARATOR = re.compile(r"(?:\*\*)?\s*(?:[:—–]|\s-)\s*|" + NODE_LABEL_TAIL)
# Timeline events that are not flights ("1 March 1968: Gagarin dies in a jet crash").
NOT_A_FLIGHT = _rx(rf"{_DEATH_VERBS}|selected|chosen|approved|announced|delayed|postponed|"
                   r"cancell?ed|signed|agreed|founded|created|formed|unveiled|born|retires?|"
                   r"retired|begins construction|decrees?|orders?|ordered|"
                   # an arrival: "14 September - Luna 2 reaches the Moon"
                   r"reach(?:es|ed)? (?:the )?(?:moon|venus|mars|halley)|"
                   # what a probe did there: "4 Oct 1959 - Luna 3 photographs the far side"
                   r"photograph(?:s|ed)?|images?|imaged|films?|filmed|maps?|mapped|"
                   r"(?:sends?|sent|beams?|beamed) back")


def _opens_later(text: str, line_start: int, sentence: Sentence) -> bool:
    """Whether ``sentence`` opens after something else on the line starting at
    ``line_start`` (not only after its indent): it does not head the line."""
    return line_start < sentence.start and not text[line_start:sentence.start].isspace()


def _timeline_subject(text: str, sentence: Sentence, date: DateMention) -> Mention | None:
    """The craft (or else the person) a timeline entry headed by ``date`` is about, when the
    entry names no event ("- 7 August 1961: Gherman Titov on Vostok 2 completes 17
    orbits"): such an entry is dated by its launch. A craft the entry went to ("to the
    Salyut 6 station") is not the one."""
    line_start = text.rfind("\n", 0, date.start) + 1
    if date.end_date is not None and date.date.precision is not Precision.DAY:
        return None  # "1981-89 - Flight director, Salyut 7 and Mir": years of a post
    if _opens_later(text, line_start, sentence) or not TIMELINE_BULLET.fullmatch(
            text, line_start, date.start):
        return None
    head = TIMELINE_SEPARATOR.match(text, date.end)
    if head is None:
        return None
    clause_end = sentence.end
    if (stop := CLAUSE_BREAK.search(text, head.end(), sentence.end)) is not None:
        clause_end = stop.start()
    if NOT_A_FLIGHT.search(text, head.end(), clause_end):
        return None
    named = [m for m in sentence.mentions if head.end() <= m.start < clause_end]
    craft = next((m for m in named if m.kind in CRAFT
                  and not _destination(text, sentence, m)), None)
    if craft is not None:
        return craft
    return named[0] if named and named[0].kind == "person" else None


# What may open a sentence before the thing it labels with a date: a speaker's name, and
# talk's "and", "then", "right" ("GUEST: Right. Soyuz 11, June seventy-one.")
LABEL_LEAD = re.compile(rf"(?:[-*•]\s+)?{SPEAKER}"
                        r"(?:(?:and|then|so|well|right|yes|okay|ok|oh|uh|um)\b,?\s+)*",
                        re.IGNORECASE)
# "CAPTION: Soyuz 28 - 2 March 1978", "Vostok 2, the seventh of August 1961"
LABEL_GAP = re.compile(r"\s*,\s*(?:the\s+)?|[ \t]+[-–—][ \t]+")
# a notes line's label: "- Vostok 6: 1963-06-14, 48 orbits" (what follows the date is more
# about it)
LABEL_COLON = re.compile(r"[ \t]*:[ \t]*")
# what the label is, between it and its date: "Salyut 1, the first space station, April …"
LABEL_APPOSITION = re.compile(r"\s*,\s*(?:the|a|an)\s+[^,;:.()]{1,50}?,\s*")
LABEL_MORE = re.compile(r"[ \t]*[,;(]")
# (a caption's line ends it, and so does a dash before more about it: "Vostok 6,
# Tereshkova, 16.VI.1963 – the first woman in space")
LABEL_END = re.compile(r"\s*(?:[.;!?]|\Z)|[ \t]*\r?\n|[ \t]+[-–—][ \t]+(?![\d–—-])")


def _labelled_subject(text: str, sentence: Sentence, date: DateMention) -> Mention | None:
    """The craft (or person) a sentence names and dates with no verb: "Voskhod 1, October
    sixty-four.", "Vostok 3 and Vostok 4, August sixty-two." (the first of a list; the
    others follow it). Such a label is dated by its launch, as a timeline entry is."""
    named = [m for m in sentence.mentions if m.end <= date.start]
    if not named or not LABEL_LEAD.fullmatch(text, sentence.start, named[0].start):
        return None
    kinds = {"craft" if m.kind in CRAFT else m.kind for m in named}
    if len(named) == 2 and kinds == {"craft", "person"} and LABEL_GAP.fullmatch(
            text, named[0].end, named[1].start) and LABEL_GAP.fullmatch(
            text, named[1].end, date.start) and LABEL_END.match(text, date.end):
        # "Gherman Titov, Vostok 2, the seventh of August 1961.": his ship's launch day
        return next(m for m in named if m.kind in CRAFT)
    if kinds not in ({"craft"}, {"person"}):
        return None  # one list, all crafts or all people
    if any(not (LIST_AND.fullmatch(text, a.end, b.start) or LABEL_GAP.fullmatch(
            text, a.end, b.start)) for a, b in itertools.pairwise(named)):
        return None
    if LABEL_COLON.fullmatch(text, named[-1].end, date.start) and len(named) == 1 and (
            LABEL_END.match(text, date.end) or LABEL_MORE.match(text, date.end)):
        return named[0]
    if LABEL_GAP.fullmatch(text, named[-1].end, date.start) and (
            LABEL_END.match(text, date.end) or _crew_after_colon(text, sentence, date)):
        return named[0]
    if len(named) == 1 and LABEL_APPOSITION.fullmatch(text, named[0].end, date.start) and (
            LABEL_END.match(text, date.end) or LABEL_MORE.match(text, date.end)):
        return named[0]  # "Then Salyut 1, the first space station, April 19th, 1971, on a
        # Proton."
    return None


def _crew_after_colon(text: str, sentence: Sentence, date: DateMention) -> bool:
    """Whether a colon after the date opens the names of people: a list's "Soyuz 30, 28
    June 1978: Miroslaw Hermaszewski, Poland" dates the ship's launch with its crew."""
    colon = LABEL_COLON.match(text, date.end)
    if colon is None or colon.end() == date.end:
        return False
    after = next((m for m in sentence.mentions if m.start >= colon.end()), None)
    return after is not None and after.kind == "person" and after.start == colon.end()


PARTICIPLE_AFTER = re.compile(r"\w+ing\b")
SINCE_GAP = re.compile(r"\s+(?:the\s+)?(?:(?:launch|flight)\s+of\s+(?:the\s+)?)?")


def _since_subject(text: str, sentence: Sentence, date: DateMention) -> Mention | None:
    """The craft or person a count of years since is said of, with no verb: "70 years
    since Sputnik 1." (its launch), "19 April (55 years since Salyut 1)" (its day)."""
    if date.kind != "ago":
        return None
    words = date.text.lower()
    if AN_AGE.match(words) or words.endswith("anniversary"):
        # "Salyut 1 turns 55 next month", "Gagarin's 64th anniversary is next month"
        before = next((m for m in reversed(sentence.mentions) if m.end <= date.start), None)
        kinds = (*CRAFT, "person") if words.endswith("anniversary") else CRAFT
        if before is None or before.kind not in kinds or not AGE_OF_GAP.fullmatch(
                text, before.end, date.start):
            return None
        return before
    if words.endswith(("since", "anniversary of")):
        counted_to = date.end
    elif anniversary := ANNIVERSARY_DAY_RE.match(text, date.end):
        counted_to = anniversary.end()
    else:
        return None
    after = next((m for m in sentence.mentions if m.start >= counted_to), None)
    if after is None or after.kind not in (*CRAFT, "person") or not SINCE_GAP.fullmatch(
            text, counted_to, after.start) or OTHER_EVENT_OF.match(text, after.end):
        return None
    return after


# A launch told as an aside after a craft's name, up to the verb it is set off from:
# "(Luna 9), launched on 31 January 1966 on a Vostok rocket, made (the first soft landing)"
_LAUNCH_ASIDE = r"(?:launched|lofted|flown|sent|boosted|carried)\b[^,;()]{1,80},\s*"
# … as a first's: the craft's, not its rocket's
LAUNCH_ASIDE_TO_FIRST = re.compile(rf"\s*,\s*{_LAUNCH_ASIDE}(?:(?-i:[a-z]+)\s+){{1,2}}",
                                   re.IGNORECASE)
# … as the docking a date is of: "(on 30 October 1967 the unmanned Kosmos-186 and
# Kosmos-188), launched two days apart, made the first automatic docking"
LAUNCH_ASIDE_THEN_DOCKING = re.compile(
    rf"(?<=,\s){_LAUNCH_ASIDE}(?:made|achieved|performed|carried\s+out)\s+"
    r"(?:the\s+|an?\s+)?(?:first\s+)?(?:[\w-]+\s+){0,2}docking\b", re.IGNORECASE)
# A count of years that is an age: "turns 55 next month" (see find_dates)
AN_AGE = re.compile(r"turn|will\s+turn|would\s+have", re.IGNORECASE)
# An event, the subject of the age after it: "flight on Soyuz 36 ", "docking "
EVENT_TURNS = re.compile(r"(?:flight|launch|mission|voyage|docking|landing)(?:\s+(?:of|on|aboard|"
                         r"to|with)\s+[^,;.]{1,40}?)?\s+", re.IGNORECASE)
# Between a craft and its age or anniversary: "Salyut 1 turns", "Gagarin's 64th"
AGE_OF_GAP = re.compile(r"['’]s[ \t]+|[ \t]+")
# "twenty-four years since Mir's end": counted from another of its events than the launch
OTHER_EVENT_OF = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:end|demise|death|fall|loss|re-?entry|"
                            r"deorbit\w*|destruction|retirement|landing|return|last)\b",
                            re.IGNORECASE)


YEARLESS = re.compile(r"\b(?P<month>January|February|March|April|May|June|July|August|"
                      r"September|October|November|December)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
                      r"\b(?!,?\s*\d{4})")
MONTH_NUMBER = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}


def _planned_yearless(text: str, sentence: Sentence, dates: list[DateMention],
                      following: Mention | None) -> list[Candidate]:
    """ "Luna 25 is scheduled for launch on October 1": a plan with no year stated. It is
    reported (as planned, value ``--10-01``) but can be neither supported nor refuted."""
    out: list[Candidate] = []
    if sentence.folded is None:
        plan = PLANNED.search(text[sentence.start:sentence.end])
    else:
        plan = FOLDED_PLANNED.search(sentence.folded[sentence.start:sentence.end])
    if not plan:
        return out
    taken = {(d.start, d.end) for d in dates if _usable(text, d)}
    for m in YEARLESS.finditer(text, sentence.start, sentence.end):
        if any(a <= m.start() < b for a, b in taken):
            continue
        trig = _trigger(text, sentence, m.start())
        if trig is None or trig[0] != "launch_date":
            continue
        subject = _nearest(sentence.mentions, m.start(), CRAFT)
        if subject is None and following is not None:
            subject = following.as_reference()
        if subject is None:
            continue
        value = f"--{MONTH_NUMBER[m['month'].lower()]:02d}-{int(m['day']):02d}"
        claim = _claim(text, subject, "launch_date", value, m.start(), m.end())
        claim.planned = True
        claim.note = "no year stated: a plan that cannot be checked against a date"
        out.append(Candidate(claim))
    return out


# A bracket opening with the verb right after a name: "Salyut 7 (launched in April 1981)"
BRACKET_OPENS = re.compile(r"\s*\(\s*(?:(?:first|originally|which\s+was|was)\s+)?")
# A ship and who it carries, as one subject: "Vostok-5 with Pavel Popovich"
CARRYING = re.compile(rf"\s+(?:with|carrying)\s+(?:{ROLE})?", re.IGNORECASE)


# A relative clause between a subject and its verb: ", which took the place of Pirs, "
RELATIVE_CLAUSE_BEFORE_VERB = re.compile(r",\s+(?:which|who|whose)\s[^,;:.()]{1,100},\s*")


def _reference_point(text: str, sentence: Sentence, mention: Mention, pos: int,
                     date_pos: int) -> bool:
    """Whether ``mention`` is named as a point of reference, not as the subject of the verb
    at ``pos`` dated at ``date_pos``: before the verb, after "since", "than", "unlike" or
    an offset ("the first lunar mission since Luna 24 in 1976, but crashed on 19 August"),
    unless the verb is its own ("… since Salyut, the first station, reached orbit on …");
    after the verb and the date, after "the first … since" ("It had been launched on 11
    Aug, the first Russian lunar probe since Luna 24")."""
    if mention.end > pos:
        return mention.start >= date_pos and FIRST_SINCE.search(
            text, max(sentence.start, mention.start - 80), mention.start) is not None
    return bool(REFERENCE_POINT.search(text, max(sentence.start, mention.start - 12),
                                       mention.start)
                or _counted_from(text, sentence, mention)) and not VERB_FOLLOWS.fullmatch(
        text, _after_apposition(text, mention.end, pos), pos)


def _subject_for(text: str, sentence: Sentence, pos: int, kinds: tuple[str, ...],
                 date_pos: int, skip_destinations: bool = False) -> Mention | None:
    """The nearest subject before ``pos``, unless a clause break separates it from the
    date and one follows: "Gagarin entered space, and two years later, Tereshkova went
    into space". With ``skip_destinations``, a craft the subject went to ("she flew to Mir
    on 18 May 1991") is not the one that launched."""
    # (a programme's name before "rocket" is the rocket: "launched … on a Soyuz rocket")
    candidates = _outside_appositions(
        text, [m for m in sentence.mentions if m.kind in kinds and not (
            m.kind == "program" and ROCKET_AFTER_NAME.match(text, m.end))], pos)
    if (bracketed := next((m for m in reversed(candidates) if m.end <= pos), None)) and (
            BRACKET_OPENS.fullmatch(text, bracketed.end, pos)):
        return bracketed  # "docked with Salyut 7 (launched in April 1981)": even a destination
    relative = next((m for m in reversed(candidates) if m.end <= pos
                     and RELATIVE_SUBJECT.fullmatch(text, m.end, pos)), None)
    if relative is not None and not any(pos <= m.start < date_pos for m in candidates):
        return relative  # "… starts with Salyut 6, which launched in …": even a destination
    if skip_destinations:
        candidates = [m for m in candidates if not _destination(text, sentence, m)]
    candidates = [m for m in candidates
                  if not _reference_point(text, sentence, m, pos, date_pos)]
    # "Oct. 4 — On the second anniversary of Sputnik 1, Luna 3 sets off": nor, after the
    # date, the event an anniversary is of
    candidates = [m for m in candidates if m.start < pos or not ANNIVERSARY_OF_BEFORE.search(
        text, max(sentence.start, m.start - 40), m.start)]
    before = next((m for m in reversed(candidates) if m.end <= pos), None)
    after = next((m for m in candidates if m.start >= pos), None)
    if before is None and after is not None and after.kind == "person" and (
            after.start in _companions(text, sentence)):
        # "He launched with Valery Ryumin on Soyuz 38 on …": who went along is not who
        # the date is said of
        after = next((m for m in candidates if m.start >= pos and m.kind in CRAFT), None)
    if before is not None and (clause_of := next(
            (m for m in reversed(candidates) if m.end <= before.start
             and (m.kind == before.kind or {m.kind, before.kind} <= set(CRAFT))
             and (clause := RELATIVE_CLAUSE_BEFORE_VERB.match(text, m.end)) is not None
             and before.end < clause.end() <= pos), None)):
        before = clause_of  # "Nauka, which took the place of the old Pirs docking
        # compartment, rose on a Proton-M … and docked": Nauka rose and docked, not Pirs
    if before is not None and before.kind == "person" and (carrier := next(
            (m for m in reversed(candidates) if m.end <= before.start), None)) and (
            carrier.kind in CRAFT and CARRYING.fullmatch(text, carrier.end, before.start)):
        before = carrier  # "Vostok-5 with Pavel Popovich had gone up …": the ship went up
    if before is not None and before.kind != "person" and PRONOUN_SUBJECT.search(
            text, before.end, pos):
        before = None  # "Later a flight director for Mir, he flew … on STS-91 in June 1998"
    if before is not None and after is not None and after.kind in CRAFT and (
            after.end <= date_pos and CRAFT_BEFORE_DATE.fullmatch(text, after.end, date_pos)
            and (before.kind == "person" or CRAFT_AFTER_VERB.fullmatch(text, pos, after.start))):
        # "Zalyotin flew up on Soyuz TM-31 on 31 October": the craft's date; "launched on
        # Soyuz TM-17 and came home on Soyuz TM-20 in March 1995": the second craft's
        return after
    if before is None:
        return _close_after(text, date_pos, after)
    if before.kind in CRAFT and (opener := candidates[0]) is not before and (
            opener.kind in CRAFT and SENTENCE_SUBJECT_OPENS.fullmatch(
                text, sentence.start, opener.start)) and SUBJECTLESS_PREDICATE.search(
            text, before.end, pos):
        return opener  # "Mir …, with Kvant-2 in 1990, and was deorbited on …": Mir was
    if after is not None and (cut := CLAUSE_BREAK.search(text, before.end, date_pos)) and (
            after.start - date_pos) < 150:
        if set(kinds) & set(CRAFT) and (it := _craft_reference(text, sentence, pos)) and (
                it[0] >= cut.end()):
            return None  # "…, but after many delays it was launched on 21 July 2021 on a
            # Soyuz rocket": what "it" stands for (the caller's reference), not the rocket
        return after
    return before


# A predicate with no subject of its own after a comma ("…, and was deorbited"): the
# sentence's subject's, which opens it
SUBJECTLESS_PREDICATE = re.compile(r",\s*and\s+(?:(?:was|were|then|later|finally)\s+)?\Z")
SENTENCE_SUBJECT_OPENS = re.compile(r"\W*(?:the\s+)?")
ANNIVERSARY_OF_BEFORE = re.compile(r"\banniversary\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?\Z",
                                   re.IGNORECASE)
# ", like Gagarin,": who a flight was like, named to compare with
_LIKE = r",\s*(?:just\s+)?like"
REFERENCE_POINT = re.compile(rf"(?:\b(?:since|than|unlike)|{_LIKE})\s+(?:the\s+)?\Z",
                             re.IGNORECASE)
# Nothing but an auxiliary or an adverb between a subject and its verb.
VERB_FOLLOWS = re.compile(r"\s*(?:(?:had|has|have|was|were|\w+ly)\s+){0,2}", re.IGNORECASE)
# The relative pronoun whose verb is the trigger: "Salyut 6, which (had) launched"
RELATIVE_SUBJECT = re.compile(r",?\s+(?:which|that|who)\s+(?:(?:had|has|was|were|been|"
                              r"only|first|finally|later|then|\w+ly)\s+){0,3}\Z", re.IGNORECASE)


# "Kosmos 954, a radar satellite of the US-A type, was launched …": the noun phrase
# between the commas describes the name before it, which stays the subject.
# "Luna 25, Russia's first Moon mission since Luna 24, was launched …" and "Atlantis,
# flying mission STS-71, docked …" are appositions too.
APPOSITION = re.compile(r",\s+(?:a|an|the|one of the|its|their|[\w-]+['’]s|[a-z]+ing|"
                        r"(?:commanded|piloted|flown|crewed|led) by)\s"
                        r"[^,;:.()]{0,100},", re.IGNORECASE)


POSSESSIVE_BEFORE_NAME = re.compile(rf",\s+{COUNTRY_POSSESSIVE}")


def _name_appositions(text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """The spans of the appositions right after the names of a sentence."""
    spans = []
    for m in sentence.mentions:
        end = _after_apposition(text, m.end, sentence.end)
        if end > m.end and not (m.kind == "person" and any(
                o.kind == "person" and POSSESSIVE_BEFORE_NAME.fullmatch(text, m.end, o.start)
                for o in sentence.mentions if m.end < o.start < end)):
            # (not a list of people: "Remek, Poland's Hermaszewski and Jähn flew in March,")
            spans.append((m.end, end))
    return spans


def _after_apposition(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` goes on after an apposition it opens with (``start``
    when it opens with none)."""
    m = APPOSITION.match(text, start, end)
    return m.end() if m else start


# A bracket right after a name: "Vladimír Remek (Czechoslovakia)"
BRACKET_AFTER_NAME = re.compile(r"\s*\([^()]{1,40}\)")
# A craft's notes in a bracket right after its name, up to the rocket or site among them:
# "Zarya (20 Nov 1998, Proton-K, Baikonur)", "Luna 16 (12 Sep 1970, Molniya-M)"
CRAFT_NOTES_BRACKET = re.compile(r"[ \t]*\((?:[^();:]{1,60}?[,;][ \t\n]*)?")


# A bracket after a ship that may hold its whole crew: "Soyuz 11 (G. T. Dobrovolsky, V. N.
# Volkov, V. I. Patsayev)"
NAME_BRACKET = re.compile(r"\s*\([^()]{1,150}\)")


def _after_bracket(text: str, end: int) -> int:
    """Where the text after a name ending at ``end`` goes on after a bracket right after
    it (``end`` when there is none)."""
    m = BRACKET_AFTER_NAME.match(text, end)
    return m.end() if m else end


def _outside_appositions(text: str, mentions: list[Mention], pos: int) -> list[Mention]:
    """``mentions`` without those inside an apposition to an earlier one that closes
    before ``pos``: the apposition's names are not what the sentence goes on about."""
    out: list[Mention] = []
    for m in mentions:
        if out and m.end <= pos and (_after_apposition(text, out[-1].end, pos) > m.end or (
                out[-1].kind == "spacecraft" and m.kind == "person"
                and (bracket := NAME_BRACKET.match(text, out[-1].end, pos))
                and bracket.end() > m.end)):
            continue  # (nor a crew in brackets: "Soyuz 11 (Dobrovolsky, …), launched …")
        out.append(m)
    return out


# Between a verb and the craft it went up or came down in: "launched on Soyuz TM-31",
# "lifted off in Soyuz 30".
CRAFT_AFTER_VERB = re.compile(r"[\w-]*(?:\s+(?:home|back|down|up|off|again))?\s+(?:on|aboard|in|"
                              r"inside)\s+(?:the\s+)?", re.IGNORECASE)


def _rider_of(text: str, sentence: Sentence, recent: dict[str, Mention], subject: Mention,
              verb_pos: int) -> Mention | None:
    """The person who rode the ship a ride's date is given to ("he came home on Soyuz
    TM-21 in March 1995"): a writer who names the wrong ship may still have the person's
    date right, and the crew claim is where the error is. (Not the reverse: a date said
    of a person is theirs, whatever ship is named.)"""
    if subject.kind not in CRAFT or not CRAFT_AFTER_VERB.fullmatch(text, verb_pos,
                                                                   subject.start):
        return None
    companions = _companions(text, sentence)  # "… with Afanasyev and Usachev": not them
    person = next((m for m in reversed(sentence.mentions) if m.kind == "person"
                   and m.end <= verb_pos and m.start not in companions), None)
    if person is None and (opening := OPENING_PRONOUN.match(text, sentence.start, verb_pos)):
        person = _person_referent(opening.group("pronoun").lower(), recent, sentence,
                                  opening.start("pronoun"))
    return person


def _craft_after_verb(text: str, sentence: Sentence, verb_pos: int) -> Mention | None:
    """The craft named right after the verb at ``verb_pos``, if any."""
    craft = next((m for m in sentence.mentions if m.kind in CRAFT and m.start > verb_pos),
                 None)
    if craft is None or not CRAFT_AFTER_VERB.fullmatch(text, verb_pos, craft.start):
        return None
    return craft


# "… on Soyuz 30 on 28 June", "… on Soyuz 30 with Pyotr Klimuk on 28 June"
CRAFT_BEFORE_DATE = re.compile(r"\s*,?\s*(?:(?:with|alongside)\s+[^,;:.()]{1,60}?\s+)?"
                               # ("on Soyuz MS-12 the following March": a relative date
                               # needs no preposition)
                               r"(?:(?:on|in)\s+(?:the\s+)?)?")
# A craft named after these is where people stayed, not what flew them: "the pair spent
# the week aboard the Salyut 6 station and landed …".
STAYED = re.compile(r"\b(?:spent|stayed|remained|lived|worked)\b[^.;:,]{0,40}\b(?:aboard|on board|"
                    r"on|at|in)\s+(?:the\s+)?\Z", re.IGNORECASE)


# "docked with Mir, whose core module had gone up from Baikonur": the relative clause is
# about the thing named before it, even where that thing is someone's destination
WHOSE_CLAUSE = re.compile(r"\s*,\s*whose\s+[^,;:()]{0,60}\Z")


def _whose_event(text: str, sentence: Sentence, before: int) -> Mention | None:
    """The mention a "whose" clause running up to ``before`` is about."""
    named = next((m for m in reversed(sentence.mentions) if m.end <= before), None)
    if named is None or not WHOSE_CLAUSE.fullmatch(text, named.end, before):
        return None
    return named


def _destination(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether ``mention`` is where someone went or stayed ("flew to Mir", "the last guest
    to visit Salyut 6", "spent a week aboard Salyut 6"): a craft, never a person."""
    if mention.kind not in CRAFT:
        return False
    window = max(sentence.start, mention.start - 60)
    return bool(VISITED.search(text, max(window, mention.start - 30), mention.start)
                or STAYED.search(text, window, mention.start))


BARE_STATION = re.compile(r"(?:the|this|that)\s+station", re.IGNORECASE)
# Stations by name, for "the station" when a visiting ship was named after one.
STATION_NAME = re.compile(r"(?:Salyut|Mir\b|Almaz|Skylab|Tiangong|Tianhe|"
                          r"International Space Station|Kosmos[- ]557\b)")
# (and before a verb made of a noun: "On Feb. 4 it makes the first soft landing")
PRONOUN_BEFORE_VERB = re.compile(r",?\s+(?P<pronoun>it|she|he|they)\s+(?:\w+ly\s+)?"
                                 r"(?:(?:makes|made|make)\s+(?:the|a|an|its|her|his|their)\s+"
                                 r"(?:first\s+|only\s+)?)?", re.IGNORECASE)
# "the two ships docked": the ships named before, not the people named since
SHIPS_BEFORE_VERB = re.compile(r"\bthe\s+(?:two\s+|twin\s+)?(?:ships|spacecraft|craft)\s+"
                               r"(?:\w+ly\s+)?\Z", re.IGNORECASE)
# What a ship does and a station does not: "It undocked", "it landed"
SHIP_DEED = re.compile(r"\s+(?:then\s+)?(?:undocked|landed|touched\s+down|splashed\s+down)\b",
                       re.IGNORECASE)
# "Its maiden flight": a first flight, which may be the rocket's just named.
ITS_DEBUT = re.compile(r"\s+(?:maiden|first|debut|inaugural)\b", re.IGNORECASE)
# A clause whose subject is a craft told by what it is, right before its verb: "the
# station was de-orbited", "the probe finally landed"
DESCRIBED_NOUN = (r"(?:^|[,;:]\s+|\b(?:that|and|but|yet)\s+)(?P<ref>(?:the|this)\s+(?:[\w-]+\s+)?"
                  r"(?:station|complex|outpost|spacecraft|craft|ship|probe|satellite|module|"
                  r"lander|orbiter|shuttle|capsule))")
# (perhaps with an apposition between: "the whole complex, built by NPO Energia, was …")
DESCRIBED_SUBJECT = re.compile(DESCRIBED_NOUN + r"(?:,[^,;:()]{1,60},)?"
                               r"\s+(?:(?:was|were|had|has|been|is|finally|"
                               r"later|then|itself|\w+ly)\s+){0,3}\Z", re.IGNORECASE)
# The same, before any verb: "…, but the shuttle flew uncrewed … and made two orbits"
DESCRIBED_CLAUSE_SUBJECT = re.compile(
    DESCRIBED_NOUN + r"(?=(?:,[^,;:()]{1,60},)?\s+(?:was|were|had|has|is|flew|made|went|came|"
    r"spent|stayed|"
    r"\w+ed|\w+ly)\b)", re.IGNORECASE)
LAUNCHED_WORD = re.compile(r"\b(?:launched|lifted\s+off|blasted\s+off)\b", re.IGNORECASE)


def _station_or_part(craft: Mention) -> bool:
    """Whether a craft is a station (:data:`STATION_NAME`) or one of a station's modules:
    what "the station" may stand for, and "the crew" may not."""
    return craft.station_part or STATION_NAME.match(craft.name) is not None


def _launched_before(text: str, sentence: Sentence, person: Mention, pos: int) -> bool:
    """Whether the sentence has already told ``person``'s launch before ``pos``."""
    launches = list(LAUNCHED_WORD.finditer(text, sentence.start, pos))
    if not launches:
        return False
    named = next((m for m in reversed(sentence.mentions)
                  if m.kind == "person" and m.end <= launches[-1].start()), None)
    return named is not None and named.entity_id == person.entity_id


# An event told by its noun alone: "after the docking on July 18th"
THE_EVENT = re.compile(r"\bthe\s+(?:(?:historic|famous|actual)\s+)?\Z", re.IGNORECASE)
EVENT_NOUN_TRIGGER = re.compile(r"(?:docking|landing|splashdown|touchdown)\b(?!\s+(?:of|at|"
                                r"from)\b)", re.IGNORECASE)
# An event of the craft referred back to: "the station's launch".
POSSESSED_EVENT = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:station|spacecraft|craft|"
                             r"ship|probe|satellite|module|orbiter|lander)['’]s\s+\Z",
                             re.IGNORECASE)
# A person's pronoun opening a clause: "…, he flew once more".
PRONOUN_SUBJECT = re.compile(r"(?:[,;:]|\b(?:and|but|then))\s+(?:he|she|they)\b", re.IGNORECASE)
# "They circled the Earth sixteen times and landed two days later": the sentence's pronoun is
# the subject of its second verb too
PRONOUN_OPENS_PREDICATES = re.compile(r"(?P<pronoun>it|she|he|they)\s+(?:[\w'’-]+\s+){1,8}?"
                                      r"and\s+(?:then\s+|later\s+)?", re.IGNORECASE)
# A pronoun opening a clause, just before its verb: "…; she landed", "…, and he came home".
CLAUSE_PRONOUN = re.compile(r"(?:[;:]|,?\s+(?:and|but|then))\s+(?P<pronoun>it|she|he|they)\s+"
                            r"(?:\w+ly\s+)?\Z", re.IGNORECASE)
COORDINATED_PREDICATE = re.compile(r"\s+and\s+(?:then\s+|later\s+)?(?:became|becomes|was|is)\b")
CLAUSE_OPENER = re.compile(r"[:;]")
DATE_OPENS_PREDICATE = re.compile(r"\band\s+(?:then\s+|later\s+)?(?:on|in)\s+\Z")
# An event counted from, not dated: "six months after landing", "a year before his launch"
# A clause joined on with a subject of its own
CLAUSE_JOINER = re.compile(r"\s*,?\s+(?:and|but|while|whereas)\s+(?:the\s+)?", re.IGNORECASE)
# "… on 8 January 1994 to his landing on …": the next event of a span, with its own date
SPAN_TO_EVENT = re.compile(r",?\s+(?:to|until|till)\s+(?:(?:his|her|their|its|the)\s+)?",
                           re.IGNORECASE)
AFTER_EVENT = re.compile(r"\b(?:after|before|since)\s+(?:(?:his|her|their|its|the)\s+)?\Z",
                         re.IGNORECASE)
# ("and on 22 October that year returned the first photographs": the year said again)
PREDICATE_AFTER_DATE = re.compile(r"(?:\s+(?:that|the\s+same|the\s+following|the\s+next)\s+"
                                  r"year)?\s*,?\s*(?:(?:it|he|she|they)\s+)?(?:\w+ly\s+)?"
                                  r"(?P<verb>\w+)")
# A date in a subordinate clause whose subject is a common noun: "launched since the series
# began in 1978", "after the programme was cut in 1990". The date is that clause's.
SUBORDINATE_DATE = re.compile(r"\b(?:since|until|till|when|after|before|once)\s+"
                              r"(?:the|this|that|its|his|her|their)\s+(?:[a-z-]+\s+){1,2}?"
                              r"(?P<verb>[a-z]+)(?:\s+(?:\w+ed|up|down|out|off))?\s+"
                              r"(?:in|on|at|by)?\s*\Z")
# A second verb joined on to the first: "launched on Soyuz 11 and boarded …"
JOINED_VERB = re.compile(r"\s(?:and|then)\s+(?:then\s+|later\s+)?(?=\w)")
# A new clause after a date (a colon is not one: "19 August 1960: Korabl-Sputnik 2 …").
NEXT_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas)\b")


# Between a landing's date and the craft it was made in: "landing on 10 December 1982 in
# Soyuz T-7", "came home on 16 March aboard Soyuz 27".
CRAFT_AFTER_DATE = re.compile(r"\s*,?\s*(?:in|aboard|on board|inside|on)\s+(?:the\s+)?",
                              re.IGNORECASE)


def _craft_after_date(text: str, sentence: Sentence, date: DateMention) -> Mention | None:
    """The craft named right after a landing's date, which it is the date of."""
    return next((m for m in sentence.mentions if m.start >= date.end and m.kind in CRAFT
                 and CRAFT_AFTER_DATE.fullmatch(text, date.end, m.start)), None)


def _close_after(text: str, date_end: int, after: Mention | None) -> Mention | None:
    if after is None or after.start - date_end > 80:
        return None
    if NEXT_CLAUSE.search(text, date_end, after.start):
        return None  # "… on 23 February 2023, and the damaged MS-22 landed": another's
    if after.kind == "program" and ROCKET_POSITION.search(text, date_end, after.start):
        return None  # "launched on 15 May 1987 on the first Energia": the rocket
    if after.kind == "person" and COMPANION_BEFORE.search(text, date_end, after.start):
        return None  # "Flew once, 15 Nov 1988, …, with Igor Volk": who came along
    return after


COMPANION_BEFORE = re.compile(r"\b(?:with|alongside)\s+\Z", re.IGNORECASE)


ROCKET_POSITION = re.compile(r"\b(?:on|aboard|atop|by|using)\s+(?:(?:a|an|the)\s+)?"
                             r"(?:first\s+|new\s+|modified\s+)?\Z", re.IGNORECASE)


LIST_GAP = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?")
# Between listed dates, each may keep its preposition, when "respectively" closes the list:
# "in November 1989 and on 31 May 1990 respectively"
DATE_ITEM_GAP = re.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+|(?:on|in)\s+(?:the\s+)?)?")
# Between listed names a country's possessive may stand: "Cuba's Arnaldo Tamayo Mendez and
# Vietnam's Pham Tuan"
NAME_LIST_GAP = re.compile(rf"{PRONUNCIATION}?"
                           r"(?:\s+of\s+[A-Z][\w-]+|\s*\([A-Z][\w\s-]{0,30}\))?\s*"
                           r"(?:,|and|&|/|,\s*and)\s*"  # "Hermaszewski of Poland and Jähn",
                           # "Farkas (Hungary) and Tamayo Méndez", "and East Germany's Jähn"
                           rf"{COUNTRY_POSSESSIVE}?")
# … and a craft described after "the": "Zvezda and the long-delayed Nauka"
DESCRIBED_CRAFT_GAP = re.compile(r"\s*(?:,|,?\s*and)\s+(?-i:the\s+(?:[\w-]+\s+)?)",
                                 re.IGNORECASE)


def _name_lists(text: str, mentions: list[Mention], past_asides: bool = False
                ) -> list[list[Mention]]:
    """``mentions`` grouped into lists of names joined by commas or "and" ("Vega 1 and
    Vega 2"), in text order; a name on its own is a list of one. ``past_asides``: a
    bracketed aside after a name does not end its list ("Lunokhod 1 (Luna 17, …) and
    Lunokhod 2")."""
    lists: list[list[Mention]] = []
    for m in mentions:
        if lists and ((NAME_LIST_GAP.fullmatch(BRACKETED.sub("", text[lists[-1][-1].end:m.start]))
                       if past_asides else NAME_LIST_GAP.fullmatch(text, lists[-1][-1].end,
                                                                   m.start))
                      or _pair_noun(text, lists[-1][-1], m) or (
                          m.kind in CRAFT and lists[-1][-1].kind in CRAFT
                          and DESCRIBED_CRAFT_GAP.fullmatch(text, lists[-1][-1].end, m.start))):
            lists[-1].append(m)
        else:
            lists.append([m])
    return lists


def _pair_noun(text: str, before: Mention, mention: Mention) -> bool:
    """Whether ``mention`` is the second of a pair named by its series, over the noun
    after the first's name: "the two Vega probes" (see Gazetteer._with_pairs)."""
    return mention.alias in PAIR_NOUN_WORDS and text[before.end:mention.start].isspace()


RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b")


def _date_lists(text: str, dates: list[DateMention]) -> list[list[DateMention]]:
    """A sentence's ``dates`` grouped into the lists they form, joined by commas or "and"
    ("on 15 and 21 December 1984"); a date on its own is a list of one."""
    groups: list[list[DateMention]] = []
    for d in dates:
        # a relative date ("three weeks later") is told from the one before, not listed
        gap = text[groups[-1][-1].end:d.start] if groups else ""
        if groups and d.kind != "relative" and groups[-1][-1].kind != "relative" and (
                LIST_GAP.fullmatch(gap) or (DATE_ITEM_GAP.fullmatch(gap) and (
                    RESPECTIVELY_AFTER.match(text, d.end)))):
            groups[-1].append(d)
        else:
            groups.append([d])
    return groups


def _respectively(text: str, sentence: Sentence, lists: list[list[DateMention]]
                  ) -> dict[int, Mention]:
    """ "Vega 1 and Vega 2 ... on 15 and 21 December 1984": pair the names with each list
    of dates (see :func:`_date_lists`) in order."""
    if all(len(group) < 2 for group in lists):
        return {}  # no list of dates
    subjects = _name_lists(text, [m for m in sentence.mentions if m.kind in DATED_SUBJECTS])
    out: dict[int, Mention] = {}
    for group in lists:
        if len(group) < 2:
            continue
        # the list of as many names just before the dates, else the first after them
        fitting = [subs for subs in subjects if len(subs) == len(group)]
        before = [subs for subs in fitting if subs[-1].end <= group[0].start]
        if len(before) > 1 and all(m.kind == "person" for m in before[-1]) and (
                RESPECTIVELY_AFTER.match(text, before[-1][-1].end)) and all(
                m.kind in CRAFT for m in before[-2]):
            # the ships a list of people was paired with are what the dates are of:
            # "Vostok 3 and Vostok 4, flown by Popovich and Nikolayev respectively,
            # launched 11 and 12 August"
            before.pop()
        named = before[-1] if before else fitting[0] if fitting else None
        if named is not None:
            for d, m in zip(group, named, strict=True):
                out[d.start] = m
    return out


def _period_word_before(clause_before: str, q: Quantity, quantities: list[Quantity]) -> bool:
    """Whether a word of orbiting ("every", "circled the Earth") before ``q`` in its clause
    is about it, not about a time told in between ("circled the Earth every 96 minutes and
    fell silent after 21 days")."""
    words = list(PERIOD_CONTEXT.finditer(clause_before))
    if not words:
        return False
    after_word = q.start - len(clause_before) + words[-1].end()
    return not any(other.kind == "duration" and after_word <= other.start
                   and other.end <= q.start for other in quantities)


# A bracketed aside after a name: "Lunokhod 1 (Luna 17, 10 November 1970)"
BRACKETED = re.compile(r"\([^()]*\)")


def _quantities_respectively(text: str, sentence: Sentence, quantities: list[Quantity]
                             ) -> dict[int, Mention]:
    """Quantity start → craft (or person) for a list of figures of one kind closed by
    "respectively" and a list of as many names before it, paired in order: "Lunokhod 1
    (Luna 17, …) and Lunokhod 2 (Luna 21, …) weighed 756 kg and 840 kg respectively".
    Names inside a bracketed aside are not of the list."""
    groups: list[list[Quantity]] = []
    for q in quantities:
        if groups and groups[-1][-1].kind == q.kind and LIST_GAP.fullmatch(
                text, groups[-1][-1].end, q.start):
            groups[-1].append(q)
        else:
            groups.append([q])
    groups = [g for g in groups if len(g) > 1 and RESPECTIVELY_AFTER.match(text, g[-1].end)]
    if not groups:
        return {}
    asides = [m.span() for m in BRACKETED.finditer(text, sentence.start, sentence.end)]
    lists = _name_lists(text, [m for m in sentence.mentions if m.kind in (*CRAFT, "person")
                               and not any(start < m.start < end for start, end in asides)],
                        past_asides=True)
    out: dict[int, Mention] = {}
    for group in groups:
        fitting = [names for names in lists
                   if len(names) == len(group) and names[-1].end <= group[0].start]
        if fitting:
            out |= {q.start: m for q, m in zip(group, fitting[-1], strict=True)}
    return out


# A docking right before a length of time or a count of orbits, in its clause
DOCKED_BEFORE = re.compile(r"\b(?:docked|docking)\b(?P<gap>(?:[^.;:!?]|(?<=\d)[:.](?=\d)){0,60})\Z",
                           re.IGNORECASE)
# … unless the clause goes on to the stay: "docked with Mir and stayed 179 days"
AFTER_DOCKING_STAY = _rx(r"stay(?:ed|ing)?|spent|spending|remained|lasted|then|before|until|"
                         r"flight|mission|landed|came|returned|home|never|not|\w+n['’]t|"
                         r"failed|,\s*and")
# A count added to another: "an extra two orbits", "two more days"
# (not "another": "the suit weighed 20 kg and its backpack another 21 kg")
INCREMENT_BEFORE = re.compile(r"\b(?:extra|additional|further)\s+\Z", re.IGNORECASE)
INCREMENT_AFTER = re.compile(r"\s+(?:more|extra|additional|further)\b", re.IGNORECASE)


# A craft named only to compare with: "left from the same pad as Sputnik, and his flight
# … reaching 327 kilometres": not what the number is of
COMPARED_WITH = re.compile(r"(?:\b(?:(?:the\s+)?same\s+(?:[\w-]+\s+){0,3}?as|than|unlike)|"
                           rf"{_LIKE})\s+(?:the\s+)?\Z", re.IGNORECASE)


# A clause after a person's name whose subject is a flight, not the person: ", but that
# flight was", "and it was"
FLIGHT_SUBJECT_AFTER = re.compile(r"(?:[,;]|\b(?:and|but))\s+(?:(?:and|but|so)\s+)?"
                                  r"(?:it|that\s+flight|the\s+flight)\s+(?:was|lasted|took)\b",
                                  re.IGNORECASE)


def _quantity_claims(text: str, sentence: Sentence, quantities: list[Quantity],
                     recent: dict[str, Mention], last_people: list[Mention] | None = None
                     ) -> list[Candidate]:
    out: list[Candidate] = []
    each = _each_of_them(text, sentence, last_people or [])
    paired = _quantities_respectively(text, sentence, quantities) if (
        len(quantities) > 1 and "respectively" in text[sentence.start:sentence.end]) else {}
    for q in quantities:
        if INCREMENT_BEFORE.search(text, max(sentence.start, q.start - 20), q.start) or (
                INCREMENT_AFTER.match(text, q.end)):
            continue  # "an extra two orbits for Gagarin", "two more days": not the total
        around_start = max(sentence.start, q.start - 60)
        # a fact line is read whole: "- 1 day, 23 hours: Rukavishnikov's aborted … flight"
        line_rest = _heads_line(text, sentence, q)
        around_end = sentence.end if line_rest is not None else min(sentence.end, q.end + 40)
        before = text[around_start:q.start]
        around = text[around_start:around_end]
        props: list[tuple[str, bool]] = []
        walk = False  # a spacewalk's time, not the flight's
        if q.kind == "duration":
            breaks = list(CLAUSE_BREAK.finditer(before))
            clause_before = before[breaks[-1].end():] if breaks else before
            if DURATION_EXCLUDED.search(clause_before) or BETWEEN_EVENTS_AFTER.match(
                    text, q.end) or BEHIND_TIME.match(text, q.end) or (
                    DURATION_DENIED.search(_last_conjunct(clause_before))
                    or AGE_SO_FAR.search(clause_before) or FIRST_IN_YEARS.search(before)):
                continue  # "stayed together for 44 hours"
            walk = bool(SPACEWALK.search(clause_before) or OUTSIDE_AFTER.match(text, q.end))
            if walk:  # "his walk lasted 12 minutes", "3 h 35 min outside Salyut 7"
                props.append(("duration", False))
            elif (after := AFTER_LAUNCH.match(text, q.end)) and any(
                    0 <= start - after.end() <= 5 for start, _ in sentence.date_spans):
                continue  # "landed on 3 February 1966, three days after its launch on 31
                # January": when it landed, counted between two days the text tells
            # (the period's label may end at a colon the clause breaks at: "Mir orbital
            # period: 92 minutes")
            elif _period_word_before(clause_before, q, quantities) or PERIOD_RIGHT_BEFORE.search(
                    before) or re.match(
                    r"\s*(?:orbit|orbital period|period|per orbit|each orbit)",
                    text[q.end:q.end + 20], re.IGNORECASE):
                props.append(("duration" if _whole_flight_circuit(sentence, clause_before, q)
                              or AFTER_LAUNCH.match(text, q.end) else "orbital_period", False))
            elif (orbit_of := ORBIT_OF_BEFORE.search(before)) and not (
                    orbit_of.group("one") and not any(
                        o.kind == "duration" and o is not q for o in quantities)):
                # "an orbit of 89 minutes"; "a single orbit of 89 minutes and landed 108
                # minutes after lift-off" (the flight's time told apart), but alone "a
                # single orbit of 108 minutes" is the whole flight
                props.append(("orbital_period", False))
            elif DURATION_CONTEXT.search(around) or any(
                    m.kind == "person" and POSSESSIVE_GAP.fullmatch(text, m.end, q.start)
                    for m in sentence.mentions) or any(  # "Gherman Titov's two full days"
                    o.kind == "count" and o.unit == "orbit" and ORBITS_THEN_TIME.fullmatch(
                        text, o.end, q.start) for o in quantities) or (
                    AFTER_LAUNCH.match(text, q.end) and FLIGHT_ENDED.search(clause_before)):
                # "burned up in October 1971, 185 days after launch": its whole flight
                props.append(("duration", False))
        elif q.kind == "distance":
            # (a range written "219 × 287 km" is an orbit's, as registers give them)
            if q.value2 is not None and (ORBIT_RANGE.search(around) or ORBIT_TIMES.search(
                    text, q.start, q.end)):
                props += [("perigee", False), ("apogee", True)]
            elif extreme := _nearest_extreme(text, around_start, q, around_end):
                props.append((extreme, False))
        elif q.kind == "mass" and MASS_CONTEXT.search(around) and not (
                AMOUNT_OF.match(text, q.end)):  # "43 kg of nitrogen": cargo, not the ship
            props.append(("mass", False))
        elif q.kind == "angle" and (INCLINATION.search(around) or ORBIT_AT_ANGLE.search(before)):
            # "circled the Earth every 92 minutes at 51.6 degrees": an orbit's tilt
            props.append(("inclination", False))
        elif q.kind == "count" and q.unit == "orbit" and not BEHIND_TIME.match(text, q.end):
            props.append(("orbit_count", False))  # (not "steered them down one orbit late")
        if not props:
            continue
        if props[0][0] in ("duration", "orbit_count") and (docked := DOCKED_BEFORE.search(
                text, max(sentence.start, q.start - 70), q.start)) and not (
                AFTER_DOCKING_STAY.search(docked.group("gap"))):
            continue  # "was docked by 08:49, just over three hours and only two orbits": the
            # time it took to dock, not the flight's
        # "He spent 25 hours in orbit", "she made 48 orbits": said of a person, judged by
        # the flights they were on.
        kinds = (*CRAFT, "person") if props[0][0] in ("duration", "orbit_count") else CRAFT
        if RECORD_OF_OTHERS.search(text, max(sentence.start, q.start - 30), q.start) and (
                RECORD_AFTER.match(text, q.end)):
            continue  # "beating the 84-day record of America's last Skylab crew"
        named = next((m for m in reversed(_outside_appositions(text, sentence.mentions, q.start))
                      if m.kind in kinds and m.end <= q.start
                      and not _counted_from(text, sentence, m)
                      and not (m.kind == "person" and _crew_apposed(text, sentence, m, q.start))
                      and not COMPARED_WITH.search(text, max(sentence.start, m.start - 40),
                                                   m.start)), None)
        if named is not None and named.kind == "person" and FLIGHT_SUBJECT_AFTER.search(
                text, named.end, q.start):
            named = None  # "Volk trained for it, but that flight was …, and it was two
            # orbits": the flight's, whatever he did
        whose = named if named is not None and WHOSE_BEFORE.fullmatch(
            text, named.end, q.start) else None  # "Polyakov, whose 438-day flight"
        if named is not None and kinds[-1] == "person" and (
                named.start in _companions(text, sentence) or (
                    named.kind in CRAFT and RETURN_CRAFT.search(
                        text, max(sentence.start, named.start - 50), named.start))):
            # "… with Kizim, a flight of seven days", "came home on Soyuz MS-12 after an
            # eight-day stay": the traveller's
            named = _traveller(sentence, named, sentence.companions or set()) or (
                _crew_with_craft(text, sentence, named) if named.kind == "person" else None
            ) or (None if named.kind in CRAFT or named.start in (sentence.companions or ())
                  else named)
        if named is not None and kinds[-1] == "person":
            # "he stayed aboard Mir for 437 days": not Mir's, and "he" is nearer than the
            # craft he came up in
            if _destination(text, sentence, named):
                named = _nearest([m for m in sentence.mentions if m.end <= named.start],
                                 q.start, kinds, before_only=True)
            pronoun = _person_pronoun_after(text, sentence, recent, named, q.start)
            named = pronoun or _object_of_pronoun(text, sentence, recent, named) or named
        if named is not None and named.kind == "person":
            named = _carrying_craft(text, sentence, named) or named
        if named is not None:
            named = _clause_craft_subject(text, sentence, recent, named.end, q.start,
                                          kinds) or named
        crew_ship = None
        if named is None and "craft" in recent and not STATION_NAME.match(
                recent["craft"].name) and CREW_CAME_HOME.search(before):
            # "The ship reached the station but …, and they landed after 30 orbits": the
            # crew's ship, named last, not the station referred to in between
            crew_ship = recent["craft"].as_reference()
        subject = (paired.get(q.start) or whose or named or crew_ship
                   or _reference(text, sentence, recent, q.start, kinds)
                   or _headed_subject(text, sentence, line_rest, kinds)
                   or (kinds[-1] == "person" and _pronoun_following(text, sentence, recent,
                                                                    q.end))
                   or _craft_word(text, sentence, recent, q, CRAFT_NOUN_AFTER)
                   or (kinds[-1] == "person" and _one_of_them(text, sentence, recent, q,
                                                                  last_people or []))
                   or _following_in_clause(text, sentence, q.end, kinds)
                   or _craft_word(text, sentence, recent, q, FLIGHT_NOUN_AFTER)
                   or (_fragment_subject(text, sentence, recent, q, quantities[0], kinds)
                       if props[0][0] in ("duration", "orbit_count") else
                       _labelled_figure_subject(text, sentence, recent, q, kinds)))
        if walk and subject is not None and subject.kind in CRAFT and (
                subject.via != "reference") and OUTSIDE_BEFORE.search(
                text, max(sentence.start, subject.start - 20), subject.start):
            # "she became the first woman to walk in space, outside Salyut 7 for three and a
            # half hours": the walker's time, not the station's
            subject = next((m for m in reversed(sentence.mentions) if m.kind == "person"
                            and m.end <= q.start), None) or _reference(
                text, sentence, recent, subject.start, ("person",)) or (
                recent["person"].as_reference() if "person" in recent else subject)
        if props[0][0] == "mass" and DETERMINER_BEFORE.search(before) and (following := next(
                (m for m in sentence.mentions if m.start >= q.end), None)) is not None and (
                following.kind in CRAFT and text[q.end:following.start].isspace()):
            subject = following  # "Its passenger, the 756 kg Lunokhod 1": the rover's mass
        if subject is None and props[0][0] == "orbital_period" and not sentence.mentions and (
                EACH_ORBIT_OPENS.match(text, sentence.start, q.start)):
            subject = _last_told(recent, (*CRAFT, "person"))
        if subject is None and "craft" in recent and (
                their := THEIR_SHIPS_FIGURE.search(text, around_start, q.start)) and (
                props[0][0] in ORBIT_ELEMENTS if their.group("orbit") else (
                    props[0][0] == "duration" and not STATION_NAME.match(recent["craft"].name))):
            subject = recent["craft"].as_reference()  # "Their orbit reached an apogee of
            # 595 km", "Their mission lasted some 152 days": of the ship they flew, told last
        if subject is None and props[0][0] == "duration" and "craft" in recent and (
                THEY_ON_A_MISSION.search(text, sentence.start, q.start)):
            # "In May they flew across to Salyut 7 …, in a mission lasting more than 140
            # days": the ship they came up in, not the station they went to
            subject = _ship_gone_to(recent["craft"], recent, CRAFT).as_reference()
        if subject is None and props[0][0] in ORBIT_ELEMENTS and (
                props[0][0] != "orbital_period" or q.high < PERSON_PERIOD_MAX):
            # "Tereshkova circled the Earth … once every 88 minutes", "her orbit was
            # inclined 51.6 deg": her flight's orbit
            subject = next((m for m in reversed(sentence.mentions) if m.kind == "person"
                            and m.end <= q.start), None) or _reference(
                text, sentence, recent, q.start, ("person",))
        if subject is None and "person" in recent and "craft" not in recent and (
                not sentence.names_craft) and props[0][0] in RIDERS_FIGURES and (
                ship := _craft_reference(text, sentence, q.start)) and (
                text[ship[0]:ship[0] + 2].lower() != "it"):
            # "Yuri Gagarin lifted off … The spacecraft weighed about 2.4 tonnes": the ship
            # of the one who flew, named by no name
            subject = recent["person"].as_reference()
        if each and props[0][0] in ("duration", "orbit_count"):
            # "Both visits lasted about ten days": one claim for each of the two
            out += [Candidate(_claim(text, person, prop, _quantity_value(q, prop, second),
                                     q.start, q.end), quantity=q, second=second)
                    for person in each for prop, second in props]
            continue
        if subject is None:
            continue
        if props[0][0] == "duration" and subject.kind == "person" and (
                TIME_ON_SOMEONE.fullmatch(text, q.end, subject.start)):
            continue  # "Our guide spent ten minutes on Valentina Tereshkova": telling of her
        if ADJECTIVE_QUANTITY.fullmatch(q.text) and NAME_AFTER.match(text, q.end):
            # "beating the Americans' 74-day Skylab 4 record": the named thing's, not ours
            following = next((m for m in sentence.mentions if m.start > q.end), None)
            if following is None or not NAME_GAP.fullmatch(text, q.end, following.start):
                continue
            subject = following
        extra = _travellers(text, sentence, subject, q) if props[0][0] in (
            "duration", "orbit_count") and not walk else {}
        if walk:
            extra["spacewalk"] = "yes"
        if props[0][0] == "duration" and (aboard := STAY_ABOARD.match(text, q.end) or (
                STAY_ON.match(text, q.end) if subject.start >= q.end
                and STATION_NAME.match(subject.name) else None)):
            extra["stay"] = "yes"
            if subject.via != "reference" and subject.start >= aboard.end():
                # "They'd spent over four weeks aboard Salyut 1": not the station's time
                stayer = _stayer(text, sentence, recent, subject)
                if stayer is None:
                    continue
                subject = stayer
        elif props[0][0] == "duration" and STAY_ABOARD_BEFORE.search(before):
            extra["stay"] = "yes"  # "the crew … lived on board for twenty-two days"
        if props[0][0] == "duration" and (ONE_FLIGHT_BEFORE.search(before) or (
                ONE_FLIGHT_AFTER.match(text, q.end))):
            extra["one_flight"] = "yes"
        if props[0][0] in ("perigee", "apogee") and ORBIT_CHANGED.search(
                text, sentence.start, q.start):
            extra["later_orbit"] = "yes"  # "after the final burns … an apogee of 14,000 km"
        for prop, second in props:
            value = _quantity_value(q, prop, second)
            claim = _claim(text, subject, prop, value, q.start, q.end)
            out.append(Candidate(claim, quantity=q, second=second, extra=dict(extra)))
    return out


# What may open a fragment of figures: "And seventeen orbits.", "Just over a day."
FRAGMENT_OPENING = re.compile(r"\s*(?:(?:and|then|just|only|about|some|almost|nearly|"
                              r"over|under)\s+)*", re.IGNORECASE)


def _fragment_subject(text: str, sentence: Sentence, recent: dict[str, Mention], q: Quantity,
                      first: Quantity, kinds: tuple[str, ...]) -> Mention | None:
    """The flight a verbless fragment of figures (opening with ``first``, the sentence's
    first figure) is said of, as speech tells them: the craft or person named last
    ("Voskhod 1 came first … Seventeen orbits."; "And then Tereshkova … Forty-eight
    orbits, almost eighty-one hours up, and alone."). A rocket or programme named after
    the figures names no flight of its own ("Fifteen orbits …, flown on a standard Vostok
    rocket")."""
    if any(m.start < q.start or m.kind not in ("program", "vehicle", "site")
           for m in sentence.mentions) or VERBISH.search(
            text, sentence.start, q.start):
        return None
    opening = FRAGMENT_OPENING.match(text, sentence.start, q.start)
    if opening is None or first.start != opening.end():
        return None  # the fragment opens with a figure
    told = _last_told(recent, kinds)
    # ("Soyuz 11. … docked with Salyut 1 the next day. Almost 24 days up there": the
    # flight's days, not the station's)
    return _ship_gone_to(told, recent, kinds) if told is not None else None


def _ship_gone_to(craft: Mention, recent: dict[str, Mention], kinds: tuple[str, ...]
                  ) -> Mention:
    """The ship the sentences before are about (of ``kinds``), as a reference, when
    ``craft``, told of last, is a station or a module it went to; else ``craft``."""
    ship = recent.get("craft_subject")
    if craft.kind in CRAFT and _station_or_part(craft) and (
            ship is not None and ship.kind in kinds and not _station_or_part(ship)):
        return ship.as_reference()
    return craft


# A figure labelled by the orbit's element it gives, as notes and charts write them:
# "perigee roughly 180 km", "Inclination 65 degrees", "orbital period 108 minutes"
ELEMENT_LABEL = re.compile(r"\b(?:perigee|apogee|inclination|(?:orbital\s+)?period|orbit)"
                           r"(?:\s+(?:of|was|about|roughly|around|some|approximately|c\.|~))*"
                           r"[\s:=]*\Z", re.IGNORECASE)


# Before a word in "-ing" that is a noun: "from launch to landing", "after docking"
NOUN_ING_BEFORE = re.compile(r"\b(?:to|from|of|the|a|an|before|after|at|by|for)\s+\Z",
                             re.IGNORECASE)
# After an orbit's two heights: "a 181 by 372 km orbit"
SIZED_ORBIT = re.compile(r"[ \t-]*orbit\b", re.IGNORECASE)


def _labelled_figure_subject(text: str, sentence: Sentence, recent: dict[str, Mention],
                             q: Quantity, kinds: tuple[str, ...]) -> Mention | None:
    """The craft named last in the paragraph, for an orbit's figure its element labels in
    a verbless line that names nothing ("Vostok 1, one orbit … - As you can see on the
    chart: perigee roughly 180 km, apogee 327 km"), or told as an orbit's size ("One
    orbit, …, on a 181 by 372 km orbit"). (A noun in "-ing" is no verb: "from launch to
    landing".)"""
    if sentence.mentions or any(
            not (verb.group().endswith("ing") and NOUN_ING_BEFORE.search(
                text, max(sentence.start, verb.start() - 8), verb.start()))
            for verb in VERBISH.finditer(text, sentence.start, q.start)) or not (
            ELEMENT_LABEL.search(text, max(sentence.start, q.start - 30), q.start) or (
                q.value2 is not None and SIZED_ORBIT.match(text, q.end))):
        return None
    told = _last_told(recent, kinds)
    # (in its paragraph only: a slide's "Core module: … perigee 278 km" is not the last
    # slide's station)
    return None if told is None or _across_paragraphs(text, told.end, q.start) else told


def _last_told(recent: dict[str, Mention], kinds: tuple[str, ...]) -> Mention | None:
    """The craft or person (of ``kinds``) named last, as a reference to it."""
    named = [m for key, m in recent.items() if key in ("craft", "person") and m.kind in kinds]
    return max(named, key=lambda m: m.start).as_reference() if named else None


def _clause_craft_subject(text: str, sentence: Sentence, recent: dict[str, Mention],
                          start: int, end: int, kinds: tuple[str, ...]) -> Mention | None:
    """The craft a later clause between ``start`` and ``end`` opens with, referred back to:
    in "Many assume Igor Volk was aboard, but the shuttle flew uncrewed … and made two
    orbits" the orbits are the shuttle's, not Volk's."""
    found = next(reversed(list(DESCRIBED_CLAUSE_SUBJECT.finditer(text, start, end))), None)
    if found is None or any(found.end() <= m.start < end and m.kind in kinds
                            for m in sentence.mentions):
        return None
    target = _craft_referent(text, sentence, recent, found.span("ref"))
    return target.as_reference() if target is not None and target.kind in kinds else None


# A sentence said of each of the people named just before: "Both visits lasted …", "They
# each spent …", "Each of them made …"
EACH_OPENING = re.compile(r"\s*(?:(?P<both>both)(?:\s+(?:of\s+them|men|women|cosmonauts|"
                          r"astronauts|visitors|visits|flights|stays|trips)\b|(?=\s+(?:were|"
                          r"had|spent|made|flew|\w+ed)\b))|they\s+(?P<they>both|each)\b|"
                          r"each\s+of\s+them\b)", re.IGNORECASE)


def _each_of_them(text: str, sentence: Sentence, people: list[Mention]) -> list[Mention]:
    """The people a sentence speaks of one by one, when it opens with "Both …" or "They
    each …" and names no craft or person of its own: the two (for "both") or more people
    the sentence before named."""
    opening = EACH_OPENING.match(text, sentence.start, sentence.end)
    if opening is None or (any(m.kind in (*CRAFT, "person") for m in sentence.mentions)):
        return []
    distinct = list({m.entity_id: m for m in people}.values())
    both = opening.group("both") or (opening.group("they") or "").lower() == "both"
    if len(distinct) < 2 or (both and len(distinct) != 2):
        return []
    return [m.as_reference() for m in distinct]


def _date_flight_numbers(text: str, sentence: Sentence, found: list[Candidate],
                         dates: list[DateMention]) -> None:
    """Give the duration (or orbit count) a sentence tells its dates (``during``): "in
    August they came home in it after 185 days" is of the flight that ended in August
    1979, not of the person's other flights (see ``Judge._pinned_flights``). Only the
    dates in its clause, and not when the clause tells several numbers or a span of
    years."""
    for prop in ("duration", "orbit_count"):
        numbers = [c for c in found if c.claim.property == prop and c.quantity]
        for number in numbers:
            q = number.quantity
            assert q is not None
            # the clause of the number: "In March 1979 he went back …; the two stays lasted
            # 175 and 185 days respectively" tells no date of either stay
            start = max((b.end() for b in CLAUSE_BREAK.finditer(text, sentence.start,
                                                                q.start)),
                        default=sentence.start)
            after = CLAUSE_BREAK.search(text, q.end, sentence.end)
            end = after.start() if after else sentence.end
            if any(other is not number and other.quantity is not None
                   and start <= other.quantity.start < end for other in numbers):
                continue
            # ("By 1995 he had spent 678 days in space": a total up to a date, no flight's)
            told = [d for d in dates
                    if start <= d.start and d.end <= end and _usable(text, d) and not d.approx
                    and not NOT_EVENT_DATE.search(text, max(start, d.start - 20), d.start)]
            if told and all(d.end_date is None for d in told):  # ("between 1977 and 1998")
                number.extra["during"] = " ".join(d.date.iso() for d in told)


# A crew coming home, right before the number: "and they landed after 30 orbits"
CREW_CAME_HOME = re.compile(r"\b(?:they|the\s+crew)\s+(?:\w+\s+){0,2}?(?:landed|returned|"
                            r"came\s+(?:back|home)|touched\s+down|splashed\s+down)\b[^,;]*\Z",
                            re.IGNORECASE)
# An orbit reached by a manoeuvre, not the one a catalog gives: "after the final burns
# Kosmos 379 reached an apogee of about 14,000 km", "its orbit was raised to"
ORBIT_CHANGED = re.compile(r"\b(?:after\s+(?:the|its|a|several|two|three)\s+(?:[\w-]+\s+)?"
                           r"(?:burns?|manoeuvres?|maneuvers?|firings?|boosts?)|(?:was|were|"
                           r"been)\s+(?:raised|lowered|boosted)|final\s+orbit|transfer\s+"
                           r"orbit|new\s+orbit)\b", re.IGNORECASE)
OPENING_STAYER = re.compile(rf"{OPENING_LINK}(?P<pronoun>they|she|he)(?:['’](?:d|ve|ll))?\b",
                            re.IGNORECASE)


def _stayer(text: str, sentence: Sentence, recent: dict[str, Mention], station: Mention
            ) -> Mention | None:
    """Who a stay aboard ``station`` is said of when no one is named before it: "she"
    or "he", or for "they" the ship last named, whose crew they are ("Soyuz 11, June
    seventy-one. They'd spent over four weeks aboard Salyut 1")."""
    opening = OPENING_STAYER.match(text, sentence.start, station.start)
    if opening is None:
        return None
    word = opening.group("pronoun").lower()
    if word in ("she", "he"):
        person = _person_referent(word, recent, sentence, opening.start("pronoun"))
        return person.as_reference() if person is not None else None
    ship = recent.get("craft")
    if ship is None or ship.entity_id == station.entity_id or STATION_NAME.match(ship.name):
        return None
    return ship.as_reference()


# "They spent nearly 24 days in orbit": a crew's time, opening its sentence, soon after
# the crew was named
THEY_REACH = 300
# "they", "the pair", "the three men": the crew just named
THEY = (r"(?P<they>they|the\s+(?:pair|duo|trio|crew|(?:two|three|four)(?:\s+"
        # ("the two came home", not "the two crews spent": the count of a noun)
        r"(?:men|cosmonauts|crewmen|astronauts)|(?![ \t]+\w+s\b)))|both\s+men)")
THEY_FLEW = re.compile(rf"{OPENING_LINK}{THEY}\s+(?:\w+\s+){{0,2}}?(?:spent|stayed|flew|"
                       r"made|completed|remained|lived|worked|orbited|circled)\b[^,;:]*\Z",
                       re.IGNORECASE)
# "After almost twenty-six days in flight the three men died": a time that opens the
# sentence, then the crew
THEY_AFTER_TIME = re.compile(rf"(?:\s+(?:in\s+(?:flight|space|orbit)|aloft|up))?\s*,?\s+{THEY}\b",
                             re.IGNORECASE)
TIME_OPENING = re.compile(r"\W*(?:after|in|within)\s+(?:(?:just|almost|nearly|about|some|"
                          r"over|under|more\s+than|less\s+than)\s+)*\Z", re.IGNORECASE)


def _one_of_them(text: str, sentence: Sentence, recent: dict[str, Mention], q: Quantity,
                 last_people: list[Mention]) -> Mention | None:
    """One of the crew, when a time or count of orbits is said of "they" ("the pair", "the
    three men") right after people were named: the first the last sentence named (the
    traveller, not a companion: "Gürragchaa launched with Kovalyonok … The pair spent
    eight days"); for "they", the person last named. The time is judged by their flights (not
    by the ship they went up in, which may have come home without them)."""
    told = THEY_FLEW.match(text, sentence.start, q.start) or (
        TIME_OPENING.match(text, sentence.start, q.start)
        and THEY_AFTER_TIME.match(text, q.end, sentence.end))
    if not told:
        return None
    person = recent.get("person")
    if last_people and told.group("they").lower() != "they":
        person = last_people[0]
    crew = recent.get("craft")
    if crew is not None and CREW_NOUN_AFTER.match(text, crew.end) and (
            person is None or person.start < crew.start) and (
            crew.start >= sentence.start - THEY_REACH):
        return crew.as_reference()  # "… the Soyuz 11 crew became … They spent 23 days"
    if person is None or person.start < sentence.start - THEY_REACH:
        return None
    return person.as_reference()


CREW_NOUN_AFTER = re.compile(r"['’]?s?\s+crew\b", re.IGNORECASE)


# "circled the Earth once in 108 minutes": one circuit, the whole flight.
CIRCUIT_IN = re.compile(r"\bcircl(?:ed|es|ing)\s+(?:the\s+)?(?:earth|globe|planet)\s+"
                        r"(?:(?P<times>[\w-]+\s+(?:times|orbits))\s+)?(?P<once>once\s+)?in\s+"
                        r"(?:(?:just|almost|nearly|about|some|over|under|more\s+than|"
                        r"less\s+than)\s+)*\Z", re.IGNORECASE)


def _whole_flight_circuit(sentence: Sentence, clause_before: str, q: Quantity) -> bool:
    """Whether a time said of circling the Earth is how long a flight lasted, not its
    orbital period: "circled the Earth once in 108 minutes" (or "48 times in …"), or said
    of a person ("Yuri Gagarin circled the Earth in 108 minutes"); "Sputnik 1 circled the
    Earth in 96 minutes" is a period."""
    circuit = CIRCUIT_IN.search(clause_before)
    if circuit is None:
        return False
    if circuit.group("once") or circuit.group("times"):
        return True  # "circled the Earth 48 times in just under three days"
    named = _nearest(sentence.mentions, q.start, (*CRAFT, "person"), before_only=True)
    return named is not None and named.kind == "person"


# "a 74-day record", "the 380-day stint": a quantity that is an adjective, and a name after
# it, which it then describes
ADJECTIVE_QUANTITY = re.compile(r"\S+-\S+")
DETERMINER_BEFORE = re.compile(r"\b(?:[Tt]he|an?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+\Z")
NAME_AFTER = re.compile(r"\s+[A-Z]")
NAME_GAP = re.compile(r"\s+(?:[A-Z][\w-]*\s+)*")  # up to a name: "74-day Skylab 4"
# "after a flight of just over two days", "a five-day mission": one flight's length, not a
# person's total time in space
ONE_FLIGHT_BEFORE = re.compile(r"\b(?:flight|mission|trip|voyage)\s+(?:of|lasting|lasted|"
                               r"that\s+lasted|took)\s+(?:\S+\s+){0,3}\Z", re.IGNORECASE)
ONE_FLIGHT_AFTER = re.compile(r"[\s-]+(?:long\s+)?(?:flight|mission|trip|voyage)\b",
                              re.IGNORECASE)
# "spent 22 days aboard": a stay on a station, which its flight outlasts
STAY_ABOARD = re.compile(r"\s+(?:aboard|on board|onboard)\b", re.IGNORECASE)
# … or before it: "lived on board for twenty-two days", "stayed aboard Mir for 438 days"
STAY_ABOARD_BEFORE = re.compile(r"\b(?:lived|stayed|remained|worked)\s+"
                                r"(?:aboard|on\s+board|onboard)\b[^.;:]{0,30}\bfor\s+(?:[a-z]+\s+){0,3}\Z",
                                re.IGNORECASE)
# Days "on" a station are a stay there too: "spent 18 days on Salyut 1"
STAY_ON = re.compile(r"\s+(?:on|at)\b", re.IGNORECASE)
TIME_ON_SOMEONE = re.compile(r"\s+on\s+", re.IGNORECASE)


def _travellers(text: str, sentence: Sentence, subject: Mention, q: Quantity
                ) -> dict[str, str]:
    """Who a length of time or a count of orbits may be said of besides ``subject``: the
    people listed with a person (``company``: their shared flight), or the people who are
    the verb's subject when a craft is (``riders``: "A and B rode up on Soyuz T-5 … and
    stayed 211 days" is their stay, not T-5's)."""
    if subject.via == "reference":
        return {}
    if subject.kind == "person":
        group = _person_group(text, sentence, subject)
        return {"company": _joined_ids(group)} if len(group) > 1 else {}
    riders = _riders(text, sentence, q.start)
    return {"riders": _joined_ids(riders)} if riders else {}


UNIT_NOUN_GAP = re.compile(r"[\s-]*(?:(?:at|in)\s+)?(?:(?:the|its)\s+)?")


def _headed_subject(text: str, sentence: Sentence, separator: int | None,
                    kinds: tuple[str, ...]) -> Mention | None:
    """What a fact line headed by a number is about, ``separator`` being where the rest of
    the line starts (:func:`_heads_line`): "- 2 days, 23 hours: Ivanov's aborted Soyuz 33
    flight" (the craft named after the separator, else the person)."""
    if separator is None:
        return None
    after = [m for m in sentence.mentions if m.start >= separator and m.kind in kinds
             and not (m.kind in CRAFT and _destination(text, sentence, m))]  # "to Mir"
    return next((m for m in after if m.kind in CRAFT), None) or next(iter(after), None)


def _heads_line(text: str, sentence: Sentence, q: Quantity) -> int | None:
    """Where the rest of a line that ``q`` heads starts ("- 51.6°: orbital inclination of
    Salyut 6"): after the bullet, the number and a colon or dash."""
    line_start = text.rfind("\n", 0, q.start) + 1
    if _opens_later(text, line_start, sentence) or not TIMELINE_BULLET.fullmatch(
            text, line_start, q.start):
        return None
    separator = TIMELINE_SEPARATOR.match(text, q.end)
    return separator.end() if separator else None


def _pronoun_following(text: str, sentence: Sentence, recent: dict[str, Mention], pos: int
                       ) -> Mention | None:
    """The person a "she" or "he" opening the clause after ``pos`` stands for ("After two
    weeks in orbit she and Novitsky returned": she), when no name comes first."""
    pronoun = SUBJECT_PRONOUN.search(text, pos, min(sentence.end, pos + 40))
    if pronoun is None or CLAUSE_BREAK.search(text, pos, pronoun.start()) or any(
            pos <= m.start < pronoun.start() for m in sentence.mentions):
        return None
    target = _person_referent(pronoun.group(), recent)
    return target.as_reference() if target else None


def _object_of_pronoun(text: str, sentence: Sentence, recent: dict[str, Mention],
                       named: Mention | None) -> Mention | None:
    """The person "he" or "she" stands for, when it is the subject of the clause that names
    ``named`` as an object ("he returned to replace an injured Valentin Lebedev, this time
    alongside Leonid Kizim; the two stays lasted 175 and 185 days": his stays)."""
    if named is None or named.kind != "person" or named.via == "reference":
        return None
    key = _gender_key(named)
    pronouns = list(SUBJECT_PRONOUNS[key].finditer(text, sentence.start, named.start))
    if not pronouns or CLAUSE_BREAK.search(text, pronouns[-1].end(), named.start):
        return None
    # (the man named earlier in the sentence: "Leonov made the first walk outside …; he
    # and Belyayev were down …", unless "he" came before him too: "he went back with
    # Lyakhov …, and … he returned")
    referent = _person_referent(key, recent, sentence if pronouns[0].start() == pronouns[
        -1].start() else None, pronouns[-1].start())
    if referent is None or referent.entity_id == named.entity_id:
        return None
    return referent.as_reference()


def _person_pronoun_after(text: str, sentence: Sentence, recent: dict[str, Mention],
                          named: Mention | None, pos: int) -> Mention | None:
    """The person a "he" or "she" between ``named`` (or the sentence start) and ``pos``
    stands for."""
    start = named.end if named is not None else sentence.start
    last = None
    for m in REFERENCES["person"].finditer(text, start, pos):
        last = m
    if last is None or not last.group().lower().endswith(("he", "she", "his", "her")):
        return None
    target = _person_referent(last.group(), recent, sentence, last.start())
    return target.as_reference() if target else None


# An orbit's low and high points told as its swing, the two together: "dipping to 227
# kilometres and climbing to 947 kilometres" (one alone may be a rocket's climb)
ORBIT_DIPS_TO = _rx(r"(?:dip(?:ping|ped|s)?|drop(?:ping|ped|s)?|swoop(?:ing|ed|s)?)\s+"
                    r"(?:down\s+)?to")
ORBIT_CLIMBS_TO = _rx(r"(?:climb(?:ing|ed|s)?|ris(?:ing|es)|rose|swing(?:ing|s)?|swung)\s+"
                      r"(?:up\s+|out\s+|back\s+)?to")
HEDGED_GAP = re.compile(rf"\s*(?:(?:{_ROUGHLY}|only)\s+)?", re.IGNORECASE)


def _nearest_extreme(text: str, start: int, q: Quantity, end: int) -> str | None:
    """ "perigee" or "apogee", whichever word is nearest before a distance in
    ``text[start:end]``, or right after it ("a 550 km perigee"): in "its perigee was 550 km
    and its apogee 40,000 km" each number has its own. An orbit told as its swing
    ("dipping to 227 kilometres and climbing to 947") has its verbs right before."""
    dips, climbs = ORBIT_DIPS_TO.search(text, start, end), ORBIT_CLIMBS_TO.search(
        text, start, end)
    if dips and climbs:
        for prop, said in (("perigee", dips), ("apogee", climbs)):
            if HEDGED_GAP.fullmatch(text, said.end(), q.start):
                return prop
    best: tuple[int, str] | None = None
    for prop, pattern in (("perigee", PERIGEE), ("apogee", APOGEE)):
        for m in pattern.finditer(text, start, end):
            if m.end() <= q.start:
                gap = q.start - m.end()
            elif m.start() >= q.end and UNIT_NOUN_GAP.fullmatch(text, q.end, m.start()):
                gap = -1  # "a 550 km perigee", "550 km at perigee"
            else:
                continue
            if best is None or gap < best[0]:
                best = (gap, prop)
    return best[1] if best else None


def _following_in_clause(text: str, sentence: Sentence, pos: int, kinds: tuple[str, ...]
                         ) -> Mention | None:
    """The first entity named after ``pos`` in the same clause ("In 108 minutes Vostok 1
    …"), not one after ", while …" (which starts another statement)."""
    after = next((m for m in sentence.mentions if m.kind in kinds and m.start >= pos), None)
    if after is None or CLAUSE_BREAK.search(text, pos, after.start) or COMPARISON.search(
            text, pos, after.start):
        return None  # "96 days, beating the Skylab 4 record": another's number
    return after


# "83.6 kg satellite", "20.4-tonne (45,000 lb) core module": what the number describes
CRAFT_NOUN_AFTER = re.compile(r"\s*(?:\([^()]{1,25}\)\s*)?(?:[a-z][\w-]*\s+){0,2}?"
                              r"(?:satellite|spacecraft|probe|capsule|station|module|craft)\b",
                              re.IGNORECASE)
# "a five-year mission, Mir …": the name after it, if any, comes first
FLIGHT_NOUN_AFTER = re.compile(r"\s*(?:flight|mission)\b", re.IGNORECASE)


def _craft_word(text: str, sentence: Sentence, recent: dict[str, Mention], q: Quantity,
                noun_after: re.Pattern[str]) -> Mention | None:
    """ "This 83.6 kg satellite", "The 20.4-tonne (45,000 lb) core module": a craft noun
    right after the number refers back."""
    noun = noun_after.match(text, q.end, min(sentence.end, q.end + 50))
    if noun is not None and "craft" in recent:
        # "The 18.4-tonne station": the station last named, not the ship named since
        target = _craft_referent(text, sentence, recent, (q.start, noun.end()))
        if target:
            return target.as_reference()
    return None


def _quantity_value(q: Quantity, prop: str, second: bool) -> str:
    value = q.value2 if second and q.value2 is not None else q.value
    if prop in ("duration", "orbital_period"):
        for unit, seconds in (("years", 31_557_600), ("days", 86_400), ("h", 3_600)):
            if value >= 2 * seconds:
                return f"{value / seconds:.4g} {unit}"
        return f"{value / 60:.4g} min"
    if prop in ("perigee", "apogee"):
        return f"{value:g} km"
    if prop == "mass":
        return f"{value:g} kg"
    if prop == "inclination":
        return f"{value:g} deg"
    return f"{value:g} orbit" if value == 1 else f"{value:g} orbits"


# What a flight told by a person alone ("Yuri Gagarin lifted off …") may be measured by
RIDERS_FIGURES = (*ORBIT_ELEMENTS, "duration", "orbit_count", "mass")


# a person named as the mark another is measured against
PERSON_COMPARED = re.compile(r"\b(?:after|before|than|like|unlike|since|behind)\s+\Z",
                             re.IGNORECASE)


def _crew_claims(text: str, sentence: Sentence,
                 fronted: tuple[Mention, Mention, int] | None = None) -> list[Candidate]:
    """Crew claims; ``fronted`` is the sentence's :func:`_fronted_flight`."""
    out: list[Candidate] = []
    crafts = [m for m in sentence.mentions if m.kind in CRAFT]
    if not crafts:
        return out
    if fronted is not None:
        craft, person, _ = fronted  # "Launched on Soyuz TM-18 …, he": he flew on it
        if person.via == "reference":
            claim = _claim(text, craft, "crew", person.name, craft.start, craft.end)
            out.append(Candidate(claim, obj=person))
    people = [m for m in sentence.mentions if m.kind == "person"]
    linked: dict[int, Mention] = {}  # index in people -> the craft they flew on
    for i, person in enumerate(people):
        for craft in crafts:
            if person.end <= craft.start:
                gap = text[person.end:craft.start]
                if gap.lstrip().startswith(",") and PERSON_COMPARED.search(
                        text, max(sentence.start, person.start - 20), person.start):
                    continue  # "21 years after Tereshkova, flying Soyuz T-7": not hers
                ok: re.Match[str] | bool | None = len(gap) <= 100 and (
                    CREW_LINK.match(gap) or _flight_apposed(text, sentence, gap, craft))
                if ok and ELIDED_SUBJECT_VERB.match(gap) and person.start in _companions(
                        text, sentence):
                    continue  # "with Skripochka and Koch, and came home on MS-12": not Koch
            else:
                # "Soyuz TM-2, the first crewed TM, lifted off … with Romanenko"
                gap = text[_after_apposition(text, craft.end, person.start):person.start]
                ok = ((len(gap) <= 60 and CREW_LINK_REVERSE.match(gap)) or (
                    CREW_DASH.fullmatch(gap) is not None and not (
                        gap.startswith(",") and _destination(text, sentence, craft))) or (
                    _crew_listed_after(text, sentence, craft, person, gap)) or (
                    _entry_crew(text, sentence, craft, person, gap)) or (
                    len(gap) <= 70 and (CREW_WITH.fullmatch(gap) or (
                        CREW_WITH_ABOARD.fullmatch(gap)
                        and ABOARD_AFTER.match(text, person.end, sentence.end)))
                    and not VISITED.search(text, sentence.start, craft.start))) and (
                    not OTHER_SHIP_IN_GAP.search(gap)) and _riding_along(text, sentence, person)
            if not ok or NEGATION.search(gap if person.end > craft.start else text[
                    _after_apposition(text, _after_bracket(text, person.end), craft.start):
                    craft.start]):  # (not "Remek, the first from neither the USSR nor …")
                continue
            if person.start in _companions(text, sentence) and person.end <= craft.start and (
                    RETURN_CRAFT.search(text, max(sentence.start, craft.start - 50),
                                        craft.start)) and any(
                    c.start < person.start for c in crafts):
                continue  # "launched aboard TM-11 with A and B, landed … aboard TM-10": the
                # traveller came home in TM-10, not TM-11's companions
            # Another craft between them takes the link; another person between them
            # does too ("A went home with B, who had come up on X": X is B's), unless the
            # people form a list, which _along_person_lists spreads the link along.
            between = [m for m in sentence.mentions
                       if min(person.end, craft.end) <= m.start < max(person.start, craft.start)
                       and (m.kind == "person" or (m.kind in CRAFT and not _destination(
                           text, sentence, m)))]  # "flying to Mir on Soyuz TM-12"
            if not between or _flew_with_on(text, sentence, person, between, craft):
                linked.setdefault(i, craft)
    paired = _crews_respectively(text, sentence, crafts, people)
    for i, craft in paired.items():  # a list of ships takes a list of crews in order
        linked[i] = craft
    for i, craft in _companions_of_linked(text, sentence, people, linked).items():
        linked.setdefault(i, craft)
    counted = {i for i, person in enumerate(people) if _counted_from(text, sentence, person)}
    for i, craft in _along_person_lists(text, people, linked, counted):
        person = people[i]
        claim = _claim(text, craft, "crew", person.name, person.start, person.end)
        cand = Candidate(claim, obj=person)
        way = _way_to_ship(text, sentence, craft)
        if way == "returned" or (
                craft.end <= person.start and BROUGHT.match(text, craft.end, person.start)
                and HOME_AFTER_NAMES.match(text, person.end, sentence.end)) or (
                craft.end <= person.start and LANDED_WITH.fullmatch(
                    text, craft.end, _person_group(text, sentence, person)[0].start)):
            cand.extra["returned"] = "yes"  # "came back in Soyuz 35": the landing crew
        elif way == "launched" or (
                craft.end <= person.start and LAUNCH_VERB_AFTER.match(text, craft.end)) or (
                craft.end <= person.start and BROUGHT.match(text, craft.end, person.start)
                and UP_AFTER_NAMES.match(text, person.end, sentence.end)):
            cand.extra["launched"] = "yes"  # "was launched aboard Soyuz TM-21": going up
        out.append(cand)
    if len(crafts) > 1 and (transfers := _transfer_claims(text, sentence, crafts, people)):
        moved = {(c.claim.subject_id, c.claim.start) for c in transfers}
        out = [c for c in out if (c.claim.subject_id, c.claim.start) not in moved] + transfers
    return out + _crewed_words(text, sentence, crafts) + _crew_size_claims(
        text, sentence, crafts)


# "Peresild and Shipenko, who flew with Shkaplerov on Soyuz MS-19": the travellers, the
# companions named after them and the ship they all rode
TRAVELLER_FLEW_WITH = re.compile(r"\s*(?:,\s*(?:who|and)\s+)?(?:\w+\s+)?(?:flew|launched|went\s+up|"
                                 r"lifted\s+off|blasted\s+off|rode|travell?ed)\s+with\s+"
                                 r"(?:the\s+)?(?:(?:cosmonaut|astronaut|commander)s?\s+)?",
                                 re.IGNORECASE)
WITH_THEN_ON = re.compile(r"\s+(?:on|aboard|in)\s+(?:board\s+)?(?:the\s+)?", re.IGNORECASE)


def _flew_with_on(text: str, sentence: Sentence, person: Mention, between: list[Mention],
                  craft: Mention) -> bool:
    """Whether the only names between ``person`` and the ``craft`` after it are the
    companions "with" whom that person flew on it ("A flew with B on Soyuz MS-19")."""
    if craft.start < person.end or any(m.kind != "person" for m in between):
        return False
    group = _person_group(text, sentence, between[0])
    return (TRAVELLER_FLEW_WITH.fullmatch(text, person.end, between[0].start) is not None
            and all(m in group for m in between)
            and WITH_THEN_ON.fullmatch(text, group[-1].end, craft.start) is not None)


def _crewed_words(text: str, sentence: Sentence, crafts: list[Mention]) -> list[Candidate]:
    """The crewed/uncrewed claims of :func:`_crewed_word` about ``crafts``; one said of a
    list's last craft in the plural is said of the whole list: "Soyuz 2 and Soyuz 3 were
    both crewed"."""
    out: list[Candidate] = []
    for craft in crafts:
        found = _crewed_word(text, sentence, craft)
        if found is None:
            continue
        value, start, end, plural = found
        out.append(Candidate(_claim(text, craft, "crew", value, start, end)))
        if plural:
            out += [Candidate(_claim(text, member, "crew", value, start, end))
                    for member in _listed_subjects(text, sentence, craft)
                    if member.end <= craft.start]
    return out


# "He went up on Soyuz TM-17": a person referred to (SUBJECT_PRONOUN) as the subject of
# a clause, where a clause opens (at the sentence's start, after an opening phrase or a
# clause break)
CLAUSE_OPENS = re.compile(r"(?:[,;:]|\b(?:and|but|then|so))\s*\Z", re.IGNORECASE)
# "In 1961 he …", "Later she …": a short opening without its comma
SHORT_OPENING = re.compile(r"\s*(?:(?:in|on|by|after|within)\s+[^,;:]{1,25}?|later|then|"
                           r"afterwards|eventually|finally|also|\w+ly|"
                           r"[\w-]+\s+(?:hours|days|weeks|months|years)\s+later)\s+",
                           re.IGNORECASE)
# "… on Soyuz TM-17 and came home on Soyuz TM-20": the same traveller's next ship
NEXT_SHIP = re.compile(r"\s+and\s+(?:then\s+|later\s+)?(?:[\w-]+\s+){1,3}?"
                       r"(?:on|aboard|in)\s+(?:board\s+)?(?:the\s+)?\Z", re.IGNORECASE)


# A participle phrase of a flight right before its subject: "flying on Soyuz T-12, she"
RIDING_BEFORE = re.compile(r"\b(?:flying|riding|travell?ing)\s+(?:on|aboard|in)\s+(?:board\s+)?"
                           r"(?:the\s+)?\Z", re.IGNORECASE)
PHRASE_COMMA = re.compile(r",\s*")


# A sentence opening with a flight's verb, its subject left out, up to the ship: "Went up
# on TM-12 in May 1991", "Launched on TM-17 …, came home on TM-20"
FLIGHT_VERB_OPENS = re.compile(rf"[^\w\n]*(?:{_LEFT_OUT_LAUNCH}|Came\s+(?:home|back|down)|"
                               r"Returned|Landed)\s+(?:on|aboard|in)\s+(?:board\s+)?(?:the\s+)?")
# Between the ship a left-out subject went up in and the one they came home in
THEN_HOME_ON = re.compile(r"[^.;:]{0,40}?(?:,\s*|\s+and\s+)(?:then\s+|later\s+)?(?:came\s+"
                          r"(?:home|back|down)|returned|landed)\s+(?:on|aboard|in)\s+(?:the\s+)?")
SENTENCE_END_BETWEEN = re.compile(r"[.!?]\s")
# How far back the one a left-out subject stands for may be named
LEFT_OUT_REACH = 300


def _left_out_crew_claims(text: str, sentence: Sentence, recent: dict[str, Mention]
                          ) -> list[Candidate]:
    """ "Krikalev is the other famous one. Went up on TM-12 in May 1991": a sentence that
    opens with a flight's verb and leaves its subject out goes on about the person named
    last, when no craft was named after them; they rode the ship (and the one they came
    home in: "Launched on TM-17 …, came home on TM-20")."""
    crafts = [m for m in sentence.mentions if m.kind in CRAFT]
    person = recent.get("person")
    if not crafts or person is None or not FLIGHT_VERB_OPENS.fullmatch(
            text, sentence.start, crafts[0].start) or not (
            0 <= sentence.start - person.end <= LEFT_OUT_REACH) or (
            "craft" in recent and not SENTENCE_END_BETWEEN.search(
                text, recent["craft"].end, person.start)):
        return []  # (not "Soyuz TM-12 carried Sharman. Launched …": the ship goes on)
    ships = [crafts[0]]
    for later in crafts[1:]:
        if THEN_HOME_ON.fullmatch(text, ships[-1].end, later.start) and not any(
                m.kind == "person" and ships[-1].end <= m.start < later.start
                for m in sentence.mentions):
            ships.append(later)
    return _rode_claims(text, sentence, person, ships, sentence.start)


def _rode_claims(text: str, sentence: Sentence, person: Mention, ships: list[Mention],
                 start: int) -> list[Candidate]:
    """``person`` (told of before, not named here) rode each of ``ships``: one crew claim
    each, spanning ``start`` to the ship, marked with the way the sentence says they rode
    it ("launched", "returned")."""
    return [_rode_claim(text, person, ship, start, _way_to_ship(text, sentence, ship))
            for ship in ships]


def _rode_claim(text: str, person: Mention, ship: Mention, start: int, way: str | None
                ) -> Candidate:
    """The crew claim that ``person`` rode ``ship``, spanning ``start`` to the ship,
    marked with ``way`` (see :func:`_way_to_ship`) when the sentence says it."""
    claim = _claim(text, ship, "crew", person.name, start, ship.end)
    return Candidate(claim, obj=person.as_reference(), extra={way: "yes"} if way else {})


def _pronoun_crew_claims(text: str, sentence: Sentence, recent: dict[str, Mention]
                         ) -> list[Candidate]:
    """ "Polyakov … He went up on Soyuz TM-17 and came home on Soyuz TM-20": the person
    "he" or "she" stands for flew on each ship the clause names, when the sentence names
    nobody before the pronoun."""
    out: list[Candidate] = []
    for pronoun in SUBJECT_PRONOUN.finditer(text, sentence.start, sentence.end):
        ridden = next((m for m in sentence.mentions if m.kind in CRAFT and m.end < pronoun.start()
                       and PHRASE_COMMA.fullmatch(text, m.end, pronoun.start())), None)
        if ridden is not None and (riding := RIDING_BEFORE.search(
                text, max(sentence.start, ridden.start - 30), ridden.start)) and (
                person := _person_referent(pronoun.group(), recent, sentence, pronoun.start())):
            # "two years later, flying on Soyuz T-12, she became the first woman to walk in
            # space": she flew on it
            claim = _claim(text, ridden, "crew", person.name, riding.start(), pronoun.end())
            out.append(Candidate(claim, obj=person.as_reference()))
            continue
        named = [m for m in sentence.mentions if m.kind == "person" and m.start < pronoun.start()]
        if named and (";" not in text[named[-1].end:pronoun.start()] or len({
                m.entity_id for m in named if not PERSON_COMPARED.search(
                    text, max(sentence.start, m.start - 20), m.start)}) > 1):
            break  # "he" may be the one just named, whose own claims are made elsewhere,
            # or either of two ("Leonov met Kubasov in 1970; he later flew …"); but not in
            # "Savitskaya became the third woman in space, 19 years after Tereshkova; she
            # returned aboard …"
        if text[sentence.start:pronoun.start()].strip() and not CLAUSE_OPENS.search(
                text, sentence.start, pronoun.start()) and not SHORT_OPENING.fullmatch(
                text, sentence.start, pronoun.start()):
            continue
        person = _person_referent(pronoun.group(), recent, sentence, pronoun.start())
        if person is None:
            continue
        after = [m for m in sentence.mentions if m.start >= pronoun.end()]
        # (past the site: "She was launched from Plesetsk aboard Vostok 6")
        craft = next((m for m in after if m.kind != "site" and not _destination(
            text, sentence, m)), None)
        if craft is None or craft.kind not in CRAFT:
            continue
        gap = text[pronoun.end():craft.start]
        if len(gap) > 80 or not CREW_LINK.match(gap) or NEGATION.search(gap) or any(
                m.kind == "person" for m in after if m.start < craft.start):
            continue
        ships = [craft]
        for later in after[after.index(craft) + 1:]:
            if later.kind not in CRAFT or not NEXT_SHIP.fullmatch(text, ships[-1].end,
                                                                  later.start):
                break
            ships.append(later)
        out += _rode_claims(text, sentence, person, ships, pronoun.start())
    return out


# "They returned aboard Soyuz MS-18", "The pair came home twelve days later in …": the
# people the sentence before named together rode the ship named
THEY_RODE = re.compile(
    rf"\W*(?:(?:then|later|finally|eventually|[\w-]+\s+(?:days|weeks|months)\s+later),?\s+)?"
    rf"{THEY}\s+(?:[\w-]+\s+){{0,2}}?(?:returned|came\s+(?:home|back|down)|landed|"
    r"touched\s+down|flew|went\s+(?:up|home)|launched|lifted\s+off|rode|travell?ed)\b"
    r"[^,;:.()]{0,30}?\b(?:aboard|on\s+board|in|on)\s+(?:the\s+)?(?:[a-z]+\s+)?\Z",
    re.IGNORECASE)
# how many "the pair", "the trio" or "the three men" are
THEY_COUNT = {"pair": 2, "duo": 2, "two": 2, "both": 2, "trio": 3, "three": 3, "four": 4}


def _group_crew_claims(text: str, sentence: Sentence, people: list[Mention]
                       ) -> list[Candidate]:
    """ "Peresild and Shipenko flew with Shkaplerov … The pair returned aboard Soyuz MS-18":
    each of the list of people the sentence before named first rode the ship, when the
    sentence opens with them and names nobody itself. ``people`` are the last sentence's."""
    if len(people) < 2 or any(m.kind == "person" for m in sentence.mentions):
        return []
    craft = next((m for m in sentence.mentions if m.kind in CRAFT), None)
    told = THEY_RODE.fullmatch(text, sentence.start, craft.start) if craft else None
    if craft is None or told is None or _destination(text, sentence, craft) or (
            told.group("they").lower() == "the crew" or NEGATION.search(told.group())):
        return []
    listed = _listed_with_next(text, people)
    group = [people[0]]
    while listed[len(group) - 1] and len(group) < len(people):
        group.append(people[len(group)])
    they = told.group("they").lower().split()
    wanted = next((THEY_COUNT[w] for w in they if w in THEY_COUNT), None)
    if len(group) < 2 or (wanted is not None and len(group) != wanted):
        return []
    way = _way_to_ship(text, sentence, craft)
    return [_rode_claim(text, person, craft, told.start("they"), way) for person in group]


def _landed_in_ship_named(text: str, sentence: Sentence, found: list[Candidate],
                          recent: dict[str, Mention]) -> None:
    """Note on the landings ``found`` of the people the sentence names or refers to the
    ship named after the date as the one they came home in ("home_in"), whose landing the
    judge also takes as theirs: "She landed a fortnight later, on 6 April, aboard MS-24" is
    MS-24's landing, which the catalog may not know as hers (Wikidata has Vasilevskaya in
    MS-25 only). Not a ship named past another person or clause: "Dzhanibekov came home
    on 26 September; Savinykh stayed on and landed in November aboard Soyuz T-14"."""
    landings = [c for c in found if c.claim.property == "landing_date" and c.date is not None]
    if not landings:
        return
    people = {m.entity_id for m in (*sentence.mentions, *recent.values()) if m.kind == "person"}
    for cand in landings:
        if cand.claim.subject_id not in people or cand.date is None:  # (None: for mypy)
            continue
        ship = next((m for m in sentence.mentions if m.start >= cand.date.end), None)
        if ship is not None and ship.kind in CRAFT and not STATION_NAME.match(ship.name) and (
                text.find(";", cand.date.end, ship.start) < 0) and _way_to_ship(
                text, sentence, ship) == "returned":
            cand.extra["home_in"] = ship.entity_id


def _way_to_ship(text: str, sentence: Sentence, ship: Mention) -> str | None:
    """ "returned" when a verb of coming home leads to ``ship`` ("came back in Soyuz 35"),
    "launched" when one of going up does ("was launched aboard Soyuz TM-21"), else None."""
    window = max(sentence.start, ship.start - 100)
    before = text[window:ship.start]
    for start, end in reversed(sentence.date_spans):
        # a date between the verb and the ship counts as one word: "lifted off in August
        # 1978 aboard Soyuz 29", "landed a fortnight later, on 6 April, aboard MS-24"
        if window <= start and end <= ship.start:
            before = before[:start - window] + "DATE" + before[end - window:]
    before = before[-50:]
    if RETURN_CRAFT.search(before):
        return "returned"
    if LAUNCH_CRAFT.search(before):
        return "launched"
    return None


# A ship's name after an ordinal names the class of ships: "the first crewed Soyuz T"
CLASS_AFTER_ORDINAL = re.compile(r"\b(?:first|second|third|last|final|only)\s+"
                                 r"(?:(?:un)?crewed\s+|piloted\s+)?\Z", re.IGNORECASE)


def _crew_listed_after(text: str, sentence: Sentence, craft: Mention, person: Mention,
                       gap: str) -> bool:
    """Whether ``gap``, after ``craft``, opens the list of its crew (``person``'s) as a
    list line, brackets or "the crew of" write it: "Soyuz 39: Dumitru Prunariu", "Soyuz 10
    (Shatalov, …)", "The crew of Soyuz 11 were …". Never a station's: who lived aboard it
    is no crew of it."""
    if _station_or_part(craft):
        return False
    if CREW_COLON.fullmatch(gap):
        return True
    if CLASS_AFTER_ORDINAL.search(text, sentence.start, craft.start):
        return False  # "T-2 was the first crewed Soyuz T (Aksyonov and Malyshev)": a class
    if craft.kind != "spacecraft":
        return False
    if CREW_BRACKET.fullmatch(gap) is not None:
        return True
    role_or_verb = (CREW_ROLE_AFTER.fullmatch(gap) or CREW_OF_VERB.fullmatch(gap)) is not None
    if not role_or_verb and APPOSED_CREW.fullmatch(gap) is None:
        return False
    before = CREW_OF_BEFORE.search(text, sentence.start, craft.start)
    if before is None or role_or_verb:
        return before is not None
    # "(Soyuz 10, Shatalov, Yeliseyev and Rukavishnikov)": the names close the brackets;
    # not "the headline stuff (Vostok 1, Tereshkova, Leonov's walk)", a list of things
    return not before.group().startswith("(") or BRACKET_CLOSES.match(text, _after_bracket(
        text, _person_group(text, sentence, person)[-1].end)) is not None


# A catalogue entry's crew, named right after the ship that opens it, the ship's date in
# brackets or not: "Vostok 6, V. V. Tereshkova, 16.VI.1963 – …", "Voskhod 2 (18.III.1965),
# P. I. Belyayev and A. A. Leonov; …"
ENTRY_CREW_GAP = re.compile(r"(?:[ \t]*\([^()\n]{1,20}\))?,[ \t]+")
# … and the list ends at a mark, not a verb ("Soyuz 10, Shatalov said, …" is no crew list)
ENTRY_CREW_ENDS = re.compile(r"[ \t]*(?:[,;:.)–—]|\n|\Z)")


def _entry_crew(text: str, sentence: Sentence, craft: Mention, person: Mention,
                gap: str) -> bool:
    """Whether ``person`` is listed right after ``craft`` as its crew, as a catalogue's
    entry that opens with its ship lists them (:data:`ENTRY_CREW_GAP`)."""
    if craft.kind != "spacecraft" or _station_or_part(craft) or (
            not ENTRY_CREW_GAP.fullmatch(gap)) or (
            text[sentence.start:craft.start].strip() and not any(  # (or its date's head:
                TIMELINE_BULLET.fullmatch(text, sentence.start, start)  # "13 May 1982 -
                and TIMELINE_SEPARATOR.fullmatch(text, end, craft.start)  # Soyuz T-5, …")
                for start, end in sentence.date_spans)):
        return False
    last = _person_group(text, sentence, person)[-1]
    return ENTRY_CREW_ENDS.match(text, _after_bracket(text, last.end)) is not None


# "took Flade to Mir, alongside Viktorenko": after a traveller, where they went or what
# in, then the companions who rode with them
COMPANION_AFTER_TRAVELLER = re.compile(
    r"(?:\s*\[[^\[\]]{1,40}\])?"  # a pronunciation: "Flade [FLAH-deh]"
    r"(?:\s+(?:to|for|on|aboard|in)\s+(?:board\s+)?(?:the\s+)?(?-i:[A-Z])[\w-]*"
    r"(?:[ -](?:[\w-]*\d[\w-]*|(?-i:[A-Z])[\w-]*))?){0,2}"
    r"\s*,?\s+(?:alongside|together\s+with|accompanied\s+by|with)\s+"
    rf"(?:{ROLE})?{COUNTRY_POSSESSIVE}?", re.IGNORECASE)
# "…, with Viktorenko and Kaleri already aboard": people waiting where the traveller went
NOT_RIDING_ALONG = re.compile(r"\s+(?:already|waiting|watching|looking|on\s+the\s+ground|"
                              r"in\s+mission\s+control)\b", re.IGNORECASE)


def _companions_of_linked(text: str, sentence: Sentence, people: list[Mention],
                          linked: dict[int, Mention]) -> dict[int, Mention]:
    """Person index → craft for the companions named after a traveller already linked to
    a craft: "Soyuz TM-14 took Flade to Mir, alongside Viktorenko and Kaleri" (the list's
    other names follow by :func:`_along_person_lists`)."""
    out: dict[int, Mention] = {}
    for i, craft in linked.items():
        j = i + 1
        if j >= len(people) or j in linked:
            continue
        traveller, companion = people[i], people[j]
        if not COMPANION_AFTER_TRAVELLER.fullmatch(text, traveller.end, companion.start):
            continue
        others = [m for m in sentence.mentions if traveller.end <= m.start < companion.start
                  and m.entity_id != craft.entity_id]
        if any(m.kind not in CRAFT or not _destination(text, sentence, m) for m in others):
            continue  # another ship's crew: "took Flade to Mir on TM-14, with …"
        if _riding_along(text, sentence, companion):
            out[j] = craft
    return out


def _riding_along(text: str, sentence: Sentence, person: Mention) -> bool:
    """Whether the list ``person`` is in is not said to wait or watch elsewhere ("with
    Volkov and Krikalev waiting aboard")."""
    return not NOT_RIDING_ALONG.match(text, _person_group(text, sentence, person)[-1].end)


# "Khrunov and Yeliseyev spacewalked from Soyuz 5 to Soyuz 4": up in the one, down in the
# other
TRANSFER_FROM = re.compile(
    r"\s+(?:\w+\s+)?(?:spacewalked|crossed(?:\s+over)?|transferred|moved|went\s+over|"
    r"climbed(?:\s+over)?|floated(?:\s+over)?|switched\s+ships)\s+from\s+(?:the\s+)?",
    re.IGNORECASE)
TRANSFER_TO = re.compile(r"\s+(?:to|into)\s+(?:the\s+)?")


def _transfer_claims(text: str, sentence: Sentence, crafts: list[Mention],
                     people: list[Mention]) -> list[Candidate]:
    """Who crossed from one ship to another: "A and B crossed from Soyuz 5 to Soyuz 4" says
    they went up in Soyuz 5 and came home in Soyuz 4."""
    out: list[Candidate] = []
    for up, down in itertools.pairwise(crafts):
        if not TRANSFER_TO.fullmatch(text, up.end, down.start):
            continue
        last = next((p for p in reversed(people) if p.end <= up.start), None)
        if last is None or not TRANSFER_FROM.fullmatch(text, last.end, up.start):
            continue
        for person in _person_group(text, sentence, last):
            for craft, way in ((up, "launched"), (down, "returned")):
                claim = _claim(text, craft, "crew", person.name, person.start, person.end)
                out.append(Candidate(claim, obj=person, extra={way: "yes"}))
    return out


# "with a crew of two", "a three-man crew", "the two-person crew of Soyuz 11"
CREW_SIZE = re.compile(
    rf"\bcrew\s+of\s+(?P<n>{NUMBER_PATTERN})\b(?!\s*(?:days?|hours?|weeks?|months?|years?|"
    rf"kg|tonnes?|%))|\b(?P<m>{NUMBER_PATTERN})[- ](?:man|men|person|people|member|strong|"
    rf"cosmonaut|astronaut)\s+crews?\b|"
    # "Soyuz T-1, which ferried two cosmonauts to Salyut 6"
    rf"\b(?:carried|carrying|ferried|ferrying|took|taking|brought|bringing)\s+"
    # ("… three replacement cosmonauts up to the ISS")
    rf"(?P<c>{NUMBER_PATTERN})\s+(?:[a-z-]+\s+)?(?:cosmonauts|astronauts|crewmen|crew\s+members)\b"
    # (not "carried two cosmonauts and NASA's Frank Rubio": some of the crew)
    r"(?!\s+(?:and|plus)\b)|"
    # "launched on 24 February 2023 with three cosmonauts aboard"
    rf"\bwith\s+(?P<a>{NUMBER_PATTERN})\s+(?:cosmonauts|astronauts|crewmen|crew\s+members|"
    r"men|people|(?:test\s+)?pilots)\s+(?:aboard|on\s+board|inside)\b|"
    # "Soyuz MS-23 was launched with three cosmonauts on 24 February 2023"
    rf"\b(?:launched|lifted\s+off|went\s+up|flew|blasted\s+off)\s+with\s+"
    rf"(?P<w>{NUMBER_PATTERN})\s+(?:cosmonauts|astronauts|crewmen|crew\s+members|men|people)\b"
    r"(?!\s+(?:and|plus)\b)", re.IGNORECASE)
CREW_SIZE_WORDS = ("crew", "cosmonauts", "astronauts", "aboard", "on board")
# what names the craft after the phrase: "the three-man crew of Soyuz 11"
CREW_SIZE_OF = re.compile(r"\s+(?:of|aboard|on\s+board|on|in)\s+(?:the\s+)?\Z")
# "an Apollo crew of three": the crew of a name before it, not of the craft named earlier
NAMED_CREW = re.compile(r"\b(?!(?:The|A|An|Its|Their|His|Her|With|And)\b)[A-Z][\w-]*\s+\Z")


def _carrying_craft(text: str, sentence: Sentence, person: Mention) -> Mention | None:
    """The craft whose crew list ``person`` ends: "Voskhod 1 carried Komarov, Feoktistov
    and Yegorov … around the Earth seventeen times" goes on about Voskhod 1, not Yegorov."""
    first = _person_group(text, sentence, person)[0]
    craft = next((m for m in reversed(sentence.mentions) if m.end <= first.start), None)
    if craft is None or craft.kind not in CRAFT:
        return None
    gap = text[_after_apposition(text, craft.end, first.start):first.start]
    return craft if len(gap) <= 60 and CREW_LINK_REVERSE.match(gap) else None


def _crew_with_craft(text: str, sentence: Sentence, person: Mention) -> Mention | None:
    """The craft ``person`` went up in "with" the others listed: "Soyuz MS-01 lifted off
    on 7 July 2016 with Ivanishin, Onishi and Rubins, and landed after 125 days" goes on
    about Soyuz MS-01. With no craft named, the crew list itself, whose shared flight is
    meant ("The first MS ship lifted off with A, B and C, and landed after 125 days")."""
    first = _person_group(text, sentence, person)[0]
    crafts = [m for m in sentence.mentions if m.kind in CRAFT]
    if not crafts:
        said_of_a_ship = CRAFT_REFERENCE_WORD.search(text, sentence.start, first.start)
        return person if said_of_a_ship else None
    craft = next((m for m in reversed(crafts) if m.end <= first.start), None)
    if craft is None or _destination(text, sentence, craft) or any(
            m.kind == "person" for m in sentence.mentions if m.end <= craft.start) or (
            SUBJECT_PRONOUN.search(text, sentence.start, craft.start)):
        return None  # "She launched aboard Soyuz TM-12 with A and B, and spent …": hers
    gap = text[_after_apposition(text, craft.end, first.start):first.start]
    return craft if len(gap) <= 70 and CREW_WITH.fullmatch(gap) else None


def _crew_size_claims(text: str, sentence: Sentence, crafts: list[Mention]) -> list[Candidate]:
    """How many flew a craft: "Soyuz 2, which had gone up with a crew of two" (it flew
    uncrewed), "Voskhod 1's three-man crew". The craft is the last one named before the
    phrase, else the one it is "of" ("the two-man crew of Soyuz 11")."""
    folded = sentence.folded
    if folded is not None and all(folded.find(word, sentence.start, sentence.end) < 0
                                  for word in CREW_SIZE_WORDS):
        return []
    out: list[Candidate] = []
    for m in CREW_SIZE.finditer(text, sentence.start, sentence.end):
        count = parse_count(m.group("n") or m.group("m") or m.group("c") or m.group("a")
                            or m.group("w"))
        if count is None or count > 12 or ((m.group("n") or m.group("m")) and NAMED_CREW.search(
                text, max(sentence.start, m.start() - 30), m.start())):
            continue
        # (who is aboard a station is its residents, not a crew it was launched with)
        before = [c for c in crafts if c.end <= m.start()
                  and not (m.group("a") and STATION_NAME.match(c.name))]
        after = next((c for c in crafts if c.start >= m.end()
                      and CREW_SIZE_OF.fullmatch(text, m.end(), c.start)), None)
        craft = after or (before[-1] if before else None)
        if craft is None:
            continue
        out.append(Candidate(_claim(text, craft, "crew", f"crew of {count}", m.start(),
                                    m.end())))
    return out


# What comes between a list of ships and their crews: "…, carrying Popovich and …".
CREW_BEFORE_LIST = re.compile(r"\b(?:carrying|carried|with|crewed by|flown by|piloted by)\s+"
                              r"(?:(?:the\s+)?(?:cosmonauts?|astronauts?)\s+)?"
                              r"(?:the\s+[A-Z][\w-]+\s+)?"  # "carried the Hungarian …"
                              rf"{COUNTRY_POSSESSIVE}?\Z")  # "carried Cuba's …"
# Between a list of crews and a second list of as many: "…, commanded by …", "…, with …"
SECOND_CREW_GAP = re.compile(r"\s*,?\s*(?:(?:commanded|led|piloted|flown)\s+by|with|under)"
                             r"\s+(?:(?:the\s+)?commanders?\s+)?")
# The same, right after the list of ships, when no "respectively" pairs the lists
CARRIED_LIST = re.compile(r"\s+(?:carried|took|brought|delivered|ferried)\s+"
                          rf"{COUNTRY_POSSESSIVE}?")
# … or their crews in a bracket after them, one each: "Vostok 3 and Vostok 4 (Nikolayev,
# Popovich)"
CREWS_BRACKET = re.compile(r"[ \t]*\([ \t]*")
BRACKET_CLOSES = re.compile(r"[ \t]*\)")


def _crews_respectively(text: str, sentence: Sentence, crafts: list[Mention],
                        people: list[Mention]) -> dict[int, Mention]:
    """Person index → craft for a list of crafts and a list of as many people paired in
    order by "respectively" (or, with just as many of each, by their order), either way
    round or both: "Vostok 3 and Vostok 4 lifted off …,
    carrying Pavel Popovich and Andriyan Nikolayev respectively", "A and B fly on Soyuz 39
    and Soyuz 40 respectively"."""
    if len(crafts) < 2:
        return {}
    if "respectively" not in text[sentence.start:sentence.end]:
        # implied: "Nikolayev and Popovich flew Vostok 3 and Vostok 4" pairs them in
        # order when the sentence names just as many people as ships (else each named
        # person would be given the first ship)
        ships = [c for c in crafts if not _destination(text, sentence, c)]  # not "to Mir"
        if len({p.entity_id for p in people}) != len(ships):  # (one named again is one)
            return {}
        return _people_then_crafts(text, ships, people) or _crafts_then_people(
            text, ships, people, implied=True)
    # both at once: "A and B flew on Soyuz 39 and Soyuz 40 …, with C and D in command,
    # respectively"
    return {**_people_then_crafts(text, crafts, people),
            **_crafts_then_people(text, crafts, people)}


def _crafts_then_people(text: str, crafts: list[Mention], people: list[Mention],
                        implied: bool = False) -> dict[int, Mention]:
    """ "Vostok 3 and Vostok 4 lifted off …, carrying Popovich and Nikolayev respectively";
    ``implied`` (no "respectively") only with the carrying verb right between the lists:
    "Soyuz 37 and Soyuz 38 carried Cuba's Tamayo Méndez and Vietnam's Pham Tuan"."""
    ships = next((names for names in _name_lists(text, crafts) if len(names) >= 2), None)
    if ships is None:
        return {}
    first = next((i for i, p in enumerate(people) if p.start >= ships[-1].end), None)
    if first is None or first + len(ships) > len(people):
        return {}
    crew = people[first:first + len(ships)]
    if not all(PERSON_LIST_GAP.fullmatch(text, a.end, b.start) for a, b in pairwise(crew)):
        return {}
    if not (CARRIED_LIST.fullmatch(text, ships[-1].end, crew[0].start) if implied else
            CREW_BEFORE_LIST.search(text, ships[-1].end, crew[0].start)) and not (
            CREWS_BRACKET.fullmatch(text, ships[-1].end, crew[0].start)
            and BRACKET_CLOSES.match(text, crew[-1].end)):
        return {}
    paired = {first + k: ship for k, ship in enumerate(ships)}
    more = people[first + len(ships):first + 2 * len(ships)]
    if not implied and len(more) == len(ships) and SECOND_CREW_GAP.fullmatch(
            text, crew[-1].end, more[0].start) and all(
            PERSON_LIST_GAP.fullmatch(text, a.end, b.start) for a, b in pairwise(more)):
        # "… carried Hermaszewski and Jähn, commanded by Klimuk and Bykovsky
        # respectively": a second list of as many, their commanders
        paired |= {first + len(ships) + k: ship for k, ship in enumerate(ships)}
    return paired


# Between two names of a list of people, either may carry where they come from: "A of
# Mongolia and B of Romania", "A of Vietnam and Cuba's B".
DESCRIBED_PERSON_GAP = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(?-i:[A-Z][\w-]*"
                                  r"(?:\s+[A-Z][\w-]*){0,3})\s*(?:,\s*(?:and\s+)?|and\s+)"
                                  rf"{COUNTRY_POSSESSIVE}?")  # "… of Vietnam and Cuba's B"


def _people_then_crafts(text: str, crafts: list[Mention], people: list[Mention]
                        ) -> dict[int, Mention]:
    """ "A of Mongolia and B of Romania fly on Soyuz 39 and Soyuz 40 respectively"."""
    for ships in _name_lists(text, crafts):
        if len(ships) < 2:
            continue
        before = [i for i, p in enumerate(people) if p.end <= ships[0].start]
        if len(before) < len(ships):
            continue
        crew = before[-len(ships):]
        if not all(PERSON_LIST_GAP.fullmatch(text, people[a].end, people[b].start)
                   or DESCRIBED_PERSON_GAP.fullmatch(text, people[a].end, people[b].start)
                   for a, b in pairwise(crew)):
            continue
        gap = text[people[crew[-1]].end:ships[0].start]
        if len(gap) <= 70 and CREW_LINK.match(gap):
            return {i: ship for i, ship in zip(crew, ships, strict=True)}
    return {}


def _along_person_lists(text: str, people: list[Mention], linked: dict[int, Mention],
                        counted: Container[int] = ()) -> list[tuple[int, Mention]]:
    """``linked`` (person index -> craft) spread along lists of names: in "Shepherd,
    Gidzenko and Krikalev, lifted off aboard Soyuz TM-31" only Krikalev is next to the craft,
    but the list says all three flew. Sorted by person index. The name of someone a time
    is ``counted`` from ends a list: "Two months after Gagarin, Gherman Titov flew …"."""
    in_list = [listed and i not in counted and i + 1 not in counted
               for i, listed in enumerate(_listed_with_next(text, people))]
    out = _one_craft_per_list(people, linked, in_list)
    for i, craft in list(out.items()):
        j = i
        while j > 0 and in_list[j - 1] and j - 1 not in out:  # backwards to the list's start
            j -= 1
            out[j] = craft
        j = i
        while in_list[j] and j + 1 not in out:  # forwards to its end
            j += 1
            out[j] = craft
    return sorted(out.items())


def _one_craft_per_list(people: list[Mention], linked: dict[int, Mention],
                        in_list: list[bool]) -> dict[int, Mention]:
    """``linked`` with each list of names between two crafts flying one of them: the one
    most of its linked names are tied to (the first's on a tie). In "Soyuz T-3, launched …
    with Kizim, Makarov and Strekalov, carried out repairs aboard Salyut 6" the last name
    is not Salyut 6's. (Crafts on one side are matched to the names one by one: "Vostok 3
    and Vostok 4 …, piloted by Popovich and Nikolayev".)"""
    out = dict(linked)
    start = 0
    for end in range(len(in_list)):
        if in_list[end]:
            continue
        members = [k for k in range(start, end + 1) if k in linked]
        crafts = [linked[k].start for k in members]
        if len(set(crafts)) > 1 and min(crafts) < people[start].start and (
                max(crafts) > people[end].end):
            chosen = max(crafts, key=lambda c: (crafts.count(c), -crafts.index(c)))
            craft = next(linked[k] for k in members if linked[k].start == chosen)
            out.update((k, craft) for k in members)
        start = end + 1
    return out


# A predicate after a name that is not said of that name when it is a companion's.
PARTICIPLE_GAP = re.compile(r"(?:\s*[,;—–]\s*(?:and\s+)?|\s+and\s+)"
                            r"(?:[a-z]+ing|became|becomes|made|makes|set)\b")


def _listed_with_next(text: str, people: list[Mention]) -> list[bool]:
    """Whether each person and the next are names in one list. A list has one "and": in
    "with Viktorenko and Laveikin, and Afghanistan's Mohmand went up" the second "and"
    starts a clause of its own; so does ", and" after a single name ("on Soyuz 30 with
    Klimuk, and Sigmund Jähn from East Germany in August")."""
    out: list[bool] = []
    and_before = False  # whether the list so far has its "and"
    for a, b in pairwise(people):
        gap = PERSON_LIST_GAP.fullmatch(text, a.end, b.start)
        has_and = gap is not None and LIST_AND.match(gap.group()) is not None
        joined = gap is not None and not (and_before and has_and) and not (
            has_and and not (out and out[-1]) and text.startswith(",", a.end))
        and_before = joined and (and_before or has_and)
        out.append(joined)
    return [*out, False][:len(people)]


def _companions(text: str, sentence: Sentence) -> set[int]:
    """The starts of the people the sentence names as someone's companions ("with A and
    B", "alongside A"): they are not the subject of what the sentence goes on to say of
    its traveller (", becoming the first Japanese citizen", "a flight of seven days")."""
    if sentence.companions is not None:
        return sentence.companions
    people = [m for m in sentence.mentions if m.kind == "person"]
    listed = _listed_with_next(text, people)
    out: set[int] = set()
    for i, person in enumerate(people):
        if COMPANION_INTRO.search(text, max(sentence.start, person.start - 60), person.start) or (
                i and listed[i - 1] and people[i - 1].start in out):
            out.add(person.start)
    sentence.companions = out
    return out


def _traveller(sentence: Sentence, companion: Mention, companions: set[int]
               ) -> Mention | None:
    """The last person named before ``companion`` who is nobody's companion."""
    return next((m for m in reversed(sentence.mentions) if m.kind == "person"
                 and m.end <= companion.start and m.start not in companions), None)


CREWED_AFTER = re.compile(
    # "Soyuz 2, which was also crewed"
    # "Soyuz 2 and Soyuz 3 were both crewed" (said of both, see _crewed_words)
    r"\s*(?:,\s*)?(?:(?:(?:which|that)\s+)?(?:was|is|became|remained|(?P<plural>were|are))\s+"
    r"(?:also\s+|both\s+|all\s+)?|,\s*)"
    r"(?:a|an|the)?\s*(?:first\s+|fully\s+|completely\s+)?"
    r"(?P<word>uncrewed|unmanned|unpiloted|crewless|robotic|automated|crewed|manned|piloted)\b"
    # "the first crewed space station": a station is crewed by visitors, not at launch
    r"(?!\s+(?:(?:space|orbital|research)\s+)?(?:station|outpost|laboratory)\b)"
    # "Soyuz 1, launched without a crew", "Soyuz 20 flew unmanned"
    r"|\s*(?:,\s*)?(?:(?:was|were)\s+)?(?:launched|flown|flew|sent up|went up|lifted off|"
    r"orbited)\s+(?:up\s+)?(?P<how>without (?:a )?crew|uncrewed|unmanned|unpiloted|"
    r"empty)\b"
    # "Soyuz 2, which also had a crew aboard", "Soyuz 3 went up on 26 October with a crew
    # on board"
    r"|\s*,?\s*(?:(?:which|that)\s+)?(?:also\s+|already\s+)?(?:(?:had|carried)\s+(?:also\s+)?|"
    r"(?:(?:was|were)\s+)?(?:launched|flew|went\s+up|lifted\s+off|sent\s+up)\s+"
    r"(?:[^,.;]{0,30}?\s)?with\s+)(?P<had>a\s+crew)(?:\s+(?:aboard|on\s+board)\b|"
    # "MS-23 launched with a crew in February 2023"
    r"(?=\s+(?:in|on|to|from)\s|\s*[,.;]))",
    re.IGNORECASE)
CREWED_BEFORE = re.compile(
    r"\b(?P<word>uncrewed|unmanned|unpiloted|crewless|robotic|automated|crewed|manned|"
    r"piloted)(?:\s+[\w-]+){0,3}?\s*,?\s*(?:the\s+)?$", re.IGNORECASE)


# "Crewed flight to Salyut 7": the craft after the adjective is where the flight went
DESTINATION_AFTER_CREWED = re.compile(r"\s(?:to|for|towards|with|at|from|past)\s+(?:the\s+)?\Z",
                                      re.IGNORECASE)
ORDINAL_BEFORE_WORD = re.compile(r"\b(?:first|second|third|last|final|only)\s+\Z",
                                 re.IGNORECASE)


def _crewed_word(text: str, sentence: Sentence, craft: Mention
                 ) -> tuple[str, int, int, bool] | None:
    """ "Soyuz 1 was an uncrewed flight", "the first uncrewed flight, Soyuz 1", "manned
    Soyuz 3": a crewed/uncrewed adjective said of the craft, where it is, and whether it
    is said in the plural ("… were both crewed")."""
    plural = False
    after = CREWED_AFTER.match(text, craft.end, min(sentence.end, craft.end + 60))
    if after:
        group = next(name for name in ("word", "how", "had") if after.group(name))
        word, start = after.group(group), after.start(group)
        plural = after.group("plural") is not None
    else:
        window_start = max(sentence.start, craft.start - 45)
        before = CREWED_BEFORE.search(text[window_start:craft.start])
        if not before:
            return None
        word, start = before.group("word"), window_start + before.start("word")
        if DESTINATION_AFTER_CREWED.search(text, start, craft.start):
            return None  # "a crewed flight to Salyut 7": where it went, crewed or not
        if ORDINAL_BEFORE_WORD.search(text, window_start, start) and not text[
                start + len(word):craft.start].strip():
            return None  # "T-2 was the first crewed Soyuz T": the series' first, not it
    value = "uncrewed" if UNCREWED.fullmatch(word) or word.lower() == "empty" else "crewed"
    return value, start, start + len(word), plural


# (a card's or a round's label may head it: "Card 8 - Q: …", "Card 9 - TRICK - Q: …")
QUESTION_LABEL = r"(?:[A-Z][a-z]+\s+\d{1,3}\s*[-–—:.]\s*(?:[A-Z]{2,}\s*[-–—:]\s*)?)?"
QUESTION_WORD = re.compile(rf"\s*(?:[-*•]\s*|\d{{1,3}}[.)]\s+)?{QUESTION_LABEL}(?:\*\*)?"
                           r"(?:Q\s*[:.]\s*)?"
                           # (or asks by the first alone: "Q9. First spacecraft to hit
                           # the Moon?")
                           r"(?P<word>Who|Which|What|Was|Is|Were|True or false|"
                           r"(?=(?:The\s+(?i:first|second|third|fourth|fifth)|First|Second|"
                           r"Third|Fourth|Fifth)\s))\b")
# A quiz's statement to be judged: "17. True or false: Skylab was the first station."
TRUE_OR_FALSE = re.compile(r"\s*(?:\d{1,3}[.)]\s+)?(?:\*\*)?True or false\b", re.IGNORECASE)
# "A: Yes", "Answer: B) Sputnik 1", "Answer: False."
ANSWER_OPENS = re.compile(r"\s*(?:\*\*)?(?:(?:A|Answer)\s*[:.]\s*)?(?:\(?[A-D][).]\s+)?"
                          r"(?:(?P<yes>Yes|True)|(?P<no>No|False)\b)?")
# Before the name an answer gives: "The Syrian pilot Muhammed Faris".
ANSWER_LEAD = re.compile(r"(?:(?:The|An?)\s+)?(?:[\w-]+\s+){0,4}")
YES_NO_GAP = re.compile(r"\s+(?:really\s+)?")


@dataclass(frozen=True)
class Answer:
    """The answer to a question sentence: "Who was the first woman to walk in space?
    Svetlana Savitskaya." names ``named``; "Was Jähn the first German in space? Yes."
    affirms (``yes``) or denies the question's own statement."""

    named: Mention | None = None
    yes: bool | None = None


def _answer(text: str, spans: list[tuple[int, int]], n: int, mentions: list[Mention],
            starts: list[int]) -> Answer | None:
    """The answer the sentence after question ``n`` gives, if sentence ``n`` asks one."""
    start, end = spans[n]
    question = QUESTION_WORD.match(text, start)
    if question is None or n + 1 >= len(spans):
        return None
    true_or_false = question.group("word") == "True or false"
    if not (true_or_false or text[start:end].rstrip().endswith("?")):
        return None
    if CHOICES_RE.match(text, *spans[n + 1]) and n + 2 < len(spans):
        n += 1  # the answer comes after the options
    reply = ANSWER_OPENS.match(text, spans[n + 1][0], spans[n + 1][1])
    if reply is None:
        return None
    if true_or_false or question.group("word") in ("Was", "Is", "Were"):
        if reply.group("yes") or reply.group("no"):
            return Answer(yes=bool(reply.group("yes")))
        return None
    if reply.group("no"):
        return None
    i = bisect.bisect_left(starts, reply.end())
    if i < len(mentions) and mentions[i].kind in (*CRAFT, "person") and (
            ANSWER_LEAD.fullmatch(text, reply.end(), mentions[i].start)):
        return Answer(named=mentions[i])
    return None


# An answer key's heading, its numbered answers and the questions they answer
ANSWER_KEY_HEADING = re.compile(r"^[ \t]*(?:answer key|answers?)\b[^\n]{0,60}$",
                                re.IGNORECASE | re.MULTILINE)
NUMBERED_ITEM = re.compile(r"[ \t]*(?P<n>\d{1,2})[.)][ \t]+")
NUMBERED_QUESTION = re.compile(r"^[ \t]*(?P<n>\d{1,2})[.)][ \t]+(?P<q>[^\n]*\?)[ \t]*$",
                               re.MULTILINE)
ANSWER_KEY_REACH = 3000  # characters from an answer back to its key's heading


def _answered_question(text: str, start: int) -> tuple[int, int] | None:
    """The span of the question a numbered answer opening at ``start`` answers, when it
    stands in an answer key ("ANSWER KEY" ¶ "7. Venera 7, in December 1970." answers "7.
    Which probe first sent data …?" before the key)."""
    line = text.rfind("\n", 0, start) + 1
    item = NUMBERED_ITEM.match(text, line)
    if item is None or (item.end() != start and line != start):
        return None
    headings = list(ANSWER_KEY_HEADING.finditer(text, max(0, line - ANSWER_KEY_REACH), line))
    if not headings:
        return None
    key = headings[-1].start()
    questions = [q for q in NUMBERED_QUESTION.finditer(text, max(0, key - ANSWER_KEY_REACH), key)
                 if q.group("n") == item.group("n")]
    return questions[-1].span("q") if questions else None


# A true-or-false answer in a key: "C4  F - it was launched on 6 June", "3. True: …"
KEYED_VERDICT = re.compile(r"[ \t]*(?P<label>[A-Z]?\d{1,2})[.)]?[ \t]+(?:T|F|True|False)\b"
                           r"[ \t]*(?:[-–—:][ \t]*)?")


def _keyed_statement(text: str, start: int) -> tuple[int, int, int] | None:
    """The span of the statement a true-or-false answer opening at ``start`` judges, when
    it stands in an answer key ("ANSWER KEY" ¶ "C4  F - it was launched on 6 June" judges
    "C4.  Soyuz 11 was launched on 7 June 1971." before the key), what "it" there is; and
    where the answer's words start, after its label and verdict."""
    line = text.rfind("\n", 0, start) + 1
    answer = KEYED_VERDICT.match(text, line)
    if answer is None or answer.end() < start:
        return None
    headings = list(ANSWER_KEY_HEADING.finditer(text, max(0, line - ANSWER_KEY_REACH), line))
    if not headings:
        return None
    key = headings[-1].start()
    statement = re.compile(rf"^[ \t]*{answer['label']}[.)][ \t]+(?P<said>[^\n]+)",
                           re.MULTILINE)
    statements = list(statement.finditer(text, 0, key))  # (a worksheet's, however long)
    return (*statements[-1].span("said"), answer.end()) if statements else None


def _keyed_firsts(text: str, sentence: Sentence, asked: tuple[int, int], question: Sentence
                  ) -> list[Candidate]:
    """The firsts a numbered answer in an answer key (``sentence``) gives by naming who
    or what holds the first its question asks about (``asked``, read as ``question``):
    "1. Who was the first person to orbit the Earth?" … "1. Yuri Gagarin, on Vostok 1".
    Each claim is over the name the answer gives."""
    item = NUMBERED_ITEM.match(text, sentence.start)
    lead = item.end() if item else sentence.start
    named = next((m for m in sentence.mentions if m.kind in (*CRAFT, "person")), None)
    if named is None or not ANSWER_LEAD.fullmatch(text, lead, named.start):
        return []
    out = []
    for cand in _first_claims(text, question, {}, None, Answer(named=named)):
        claim = cand.claim
        claim.start, claim.end, claim.quote = named.start, named.end, text[named.start:named.end]
        out.append(cand)
    return out


def _question_property(text: str, question: tuple[int, int]) -> str | None:
    """The date property a question asks about, by its trigger word ("Which spacecraft
    carried the first crew of three?": a launch), or None."""
    asked = text[question[0]:question[1]].lower()
    found = [(m.start(), prop) for prop, pattern in DATE_TRIGGERS
             if prop != "transfer" and (m := pattern.search(asked))]
    return min(found)[1] if found else None


def _same_line(text: str, spans: list[tuple[int, int]], n: int) -> tuple[int, int] | None:
    """Sentence ``n``'s span, if the sentence after it goes on on its line."""
    if n < 0 or n + 1 >= len(spans) or "\n" in text[spans[n][1]:spans[n + 1][0]]:
        return None
    return spans[n]


def _value_of(cand: Candidate) -> DateMention | Quantity | Claim:
    """What a candidate's value was read from: its date, its quantity, or its whole span."""
    return cand.date or cand.quantity or cand.claim


# What each figure a question asks for may be said of
MEASURED_SUBJECTS = {"orbit_count": (*CRAFT, "person"), "duration": (*CRAFT, "person")}


def _reply_claims(text: str, sentence: Sentence, question: Sentence,
                  before: tuple[int, int] | None, recent: dict[str, Mention],
                  dates: list[DateMention], quantities: list[Quantity],
                  asked_line: Sentence) -> list[Candidate]:
    """The claims a reply that is nothing but a value makes by answering the question
    before it (see :mod:`sleuth.claims.replies`): "Salyut 1. Launch date?" ¶ "DEV: The
    nineteenth of April 1971." is Salyut 1's launch date; "How many times round the
    Earth?" ¶ "OWEN: Seventeen." an orbit count of the craft the question's turn named.
    ``before``: the sentence before the question in its turn, if any; ``asked_line``: the
    question's line up to its end."""
    opening = reply_opening(text, sentence.start, sentence.end)
    rockets = [(m.start("name"), m.end("name"), m.group("name"))
               for m in ROCKET_NAMES_OR_PLURAL.finditer(text, opening, sentence.end)]
    rockets += [(m.start("name"), m.end("name"), m.group("name"))
                for m in BARE_ROCKET_FAMILY.finditer(text, opening, sentence.end)
                if not any(a <= m.start() < b for a, b, _ in rockets)]
    rockets += [(m.start, m.end, m.name) for m in sentence.mentions if m.kind == "vehicle"
                and not any(a <= m.start < b for a, b, _ in rockets)]
    values = [(d.start, d.end) for d in dates] + [(q.start, q.end) for q in quantities] + [
        (m.start, m.end) for m in sentence.mentions] + [(a, b) for a, b, _ in rockets]
    end = sentence.end
    bare = bare_reply(text, opening, end, values)
    if bare is False:
        # "A: 1991, just after the Soviet collapse.": the reply is the clauses before the
        # comment ("A. 15 November 1988, three orbits, no crew aboard": both values)
        for comment in REPLY_COMMENT.finditer(text, opening, end):
            reply = bare_reply(text, opening, comment.start(),
                               [v for v in values if v[1] <= comment.start()])
            if reply is False:
                break
            bare, end = reply, comment.start()
        if bare is False:
            return []
        dates = [d for d in dates if d.end <= end]
        quantities = [q for q in quantities if q.end <= end]
        rockets = [r for r in rockets if r[1] <= end]
    replied = [m for m in sentence.mentions if m.end <= end]
    asked = text[question.start:question.end]
    line = text.rfind("\n", 0, question.start) + 1

    def subject(kinds: tuple[str, ...]) -> Mention | None:
        own = [m for m in replied if m.kind in kinds
               and not any(a <= m.start < b for a, b, _ in rockets)]
        if own:  # "OWEN: Luna 9, the third of February 1966."
            return own[0] if len(own) == 1 else None
        named = [m for m in question.mentions if m.kind in kinds]
        if named:
            return named[-1].as_reference()
        referred = _reference(text, question, recent, question.end, kinds)
        if referred is not None:  # "How long did he stay up?"
            return referred
        craft = recent.get("craft")  # "Vostok 2, the seventh of August 1961. How many …?"
        return craft.as_reference() if craft is not None and craft.kind in kinds and (
            craft.start >= line) else None

    out: list[Candidate] = []
    measure = asked_measure(asked)
    named_alone = len(question.mentions) == 1 and names_only(
        text, question.start, question.end, (question.mentions[0].start,
                                             question.mentions[0].end))
    # (a question may ask for a date and a figure: "Buran's only flight: date and number of
    # orbits?")
    if dates and (measure is None or ASKS_WHEN.search(asked)):
        prop = asked_event(asked)
        extra = {"trigger": "asked"} if prop is not None else {}
        if prop is None and ONLY_WHEN.fullmatch(asked) and before is not None:
            # "… became the first object to hit the Moon. When?": the last event told
            told = [(m.start(), name) for name, pattern in DATE_TRIGGERS
                    if (m := pattern.search(text[before[0]:before[1]].lower()))]
            prop = max(told)[1] if told else None
            extra = {"trigger": "asked"} if prop is not None else {}
        elif prop is None and (ASKS_WHEN.search(asked) or named_alone):
            prop = "launch_date"  # "Launch date?", "Ruth: Kristall?"
        kinds = FOUNDED_SUBJECTS if prop == "founded" else DATED_SUBJECTS
        if prop is not None and prop != "transfer" and (about := subject(kinds)):
            out += [Candidate(_claim(text, about, prop, d.date.iso(), d.start, d.end), date=d,
                              extra=dict(extra)) for d in dates]
    kind = MEASURE_KINDS.get(measure or "")
    if kind is not None and measure is not None:
        figures = [q for q in quantities if q.kind == kind and (
            measure != "orbit_count" or q.unit == "orbit")]
        if isinstance(bare, tuple) and measure == "orbit_count" and (
                number := parse_number(text[bare[0]:bare[1]])):
            figures.append(Quantity(*bare, text[bare[0]:bare[1]], "count", number[0],
                                    number[0] - number[1] / 2, number[0] + number[1] / 2,
                                    "orbit", ""))
        about = subject(MEASURED_SUBJECTS.get(measure, CRAFT)) if figures else None
        if about is not None:
            out += [Candidate(_claim(text, about, measure, _quantity_value(q, measure, False),
                                     q.start, q.end), quantity=q) for q in figures]
    elif measure == "launch_vehicle" and rockets and (about := subject(CRAFT)):
        out += [Candidate(_claim(text, about, "launch_vehicle", name, start, end),
                          extra={"family": name}) for start, end, name in rockets]
    if measure in ("launch_vehicle", "launch_site") and (about := subject(CRAFT)):
        # "Which rocket?" ¶ "A: A Proton-K from Plesetsk.": the site said with it too
        for site in (m for m in replied if m.kind == "site"):
            name, extra, site_end = _site_and_pad(text, site)
            out.append(Candidate(_claim(text, about, "launch_site", name, site.start,
                                        site_end), obj=site, extra=extra))
    if measure is None and not dates and not text[sentence.start:sentence.end].rstrip(
            ).endswith("?"):  # "DEV: Vostok 5?": a guess, not an answer given
        out += _reply_crew(text, replied, asked, asked_line)
    return out


def _reply_crew(text: str, replied: list[Mention], asked: str, asked_line: Sentence
                ) -> list[Candidate]:
    """The crew a reply names by answering which craft someone flew ("Name his
    spacecraft." ¶ "A: Soyuz 2.") or who flew a craft ("Which cosmonaut flew Vostok 2?" ¶
    "A: Gherman Titov."); the other side is named in the question or before it on its line
    (``asked_line``: "Vostok 6 … carried the first woman in space. Name her."). Lists pair in
    order with "respectively" ("Which Soyuz carried each?" ¶ "Soyuz 38 and Soyuz 37
    respectively.")."""
    if ASKS_WHICH_CRAFT.search(asked):
        crafts = [m for m in replied if m.kind in CRAFT]
        people = [m.as_reference() for m in asked_line.mentions if m.kind == "person"]
    elif ASKS_WHO.search(asked):
        people = [m for m in replied if m.kind == "person"]
        crafts = [m for m in replied if m.kind in CRAFT] or [
            m.as_reference() for m in asked_line.mentions if m.kind in CRAFT]
    else:
        return []
    if not people or not crafts:
        return []
    if len(crafts) > 1 and len(people) == len(crafts) and RESPECTIVELY_AFTER.match(
            text, crafts[-1].end):
        pairs = list(zip(crafts, people, strict=True))
    elif len(crafts) == 1:
        pairs = [(crafts[0], person) for person in people]
    else:
        return []
    out = []
    for craft, person in pairs:
        said = craft if craft.via != "reference" else person  # the span the reply gives
        claim = _claim(text, craft, "crew", person.name, said.start, said.end)
        out.append(Candidate(claim, obj=person))
    return out


def _first_claims(text: str, sentence: Sentence, recent: dict[str, Mention],
                  ordinal_starts: list[int] | None = None, answer: Answer | None = None,
                  dates: list[DateMention] | None = None, dated: Collection[int] = ()
                  ) -> list[Candidate]:
    """``ordinal_starts``: where ordinal words start in the sentence, if known;
    ``answer``: what the next sentence answers, when this one is a question; ``dates``:
    the sentence's claimable dates (a site's first launch may be dated, and so may a
    first: "made the first spacewalk in 1966"), of which those starting at ``dated`` are
    other claims' already."""
    out: list[Candidate] = []
    if answer is not None and answer.yes is False:
        return out  # "Was Gagarin the first …? No.": the text does not say he was
    s_text = text[sentence.start:sentence.end]
    for m in _first_phrases(s_text, ordinal_starts, sentence.start):
        ordinal_word = m.group("ord") or m.group("ord2")
        ordinal = parse_ordinal(ordinal_word.lower()) or 1
        at = sentence.start + (m.start("ord") if m.group("ord") else m.start("ord2"))
        if dates and any(d.start <= at < d.end for d in dates):
            continue  # "the second of March seventy-eight": a day of a date
        rest = s_text[m.end():]
        if rest.startswith("and") and (both := _respective_firsts(
                text, sentence, sentence.start + m.start(), ordinal_word,
                sentence.start + m.end())):
            out.extend(both)  # "Nikolayev and Popovich, the third and fourth men in space"
            continue
        stop = PHRASE_END.search(rest)
        if stop and stop.group().strip().lower() in (",", "and", "or"):  # a list, perhaps
            stop = PHRASE_END.search(_mask_serial_lists(rest[:PHRASE_REACH]) + rest[PHRASE_REACH:])
        phrase = rest[: stop.start() if stop else len(rest)].strip()
        words = phrase.split()
        if not 1 <= len(words) <= 12 or (len(words) == 1 and FIRST_AS_ADVERB.fullmatch(phrase)):
            continue
        if words[0].lower().rstrip(".") in NOT_A_RECORD:
            continue  # "on the second anniversary of Sputnik 1": a date, not a record
        if PLAN_PARTICIPLE.fullmatch(words[0]) and not ARTICLE_BEFORE.search(
                text, max(sentence.start, at - 6), at):
            continue  # "Nauka was first planned to fly in 2007": when it was planned
        phrase = " ".join(words[:12])
        if "there" in words and (body := _body_named_before(text, sentence.start)):
            # "… the Moon. Luna 9 … made the first soft landing there"
            phrase = " ".join(f"on {body}" if w == "there" else w for w in phrase.split())
        if stop and (tail := _aside_tail(s_text, m.start(), m.end() + stop.start())):
            phrase = f"{phrase} {tail}"  # "first Japanese — and first reporter — in space"
        start = sentence.start + m.start()
        end = sentence.start + m.end() + len(rest[: stop.start() if stop else len(rest)]
                                               .rstrip())
        if NTH_FLIGHT.fullmatch(phrase) and (owner := POSSESSIVE_FIRST.match(text, start)) and (
                owner.group(1).lower() in ("his", "her")):
            out += _nth_flight_claim(text, sentence, recent, start, end, ordinal,
                                     ordinal_word, phrase, owner.group(1), dates)
            continue
        if NTH_FLIGHT.fullmatch(phrase) and (flier := next((
                p for p in sentence.mentions if p.kind == "person" and p.end < start
                and PERSONS_BEFORE.fullmatch(text, p.end, start)), None)):
            # "Dzhanibekov's fourth spaceflight"
            out += _nth_flight_claim(text, sentence, recent, flier.start, end, ordinal,
                                     ordinal_word, phrase, "", dates, flier)
            continue
        if answer is not None and answer.named is not None:
            subject: Mention | None = answer.named  # "Who was the first …? Remek."
        elif answer is not None and answer.yes:  # "Was Jähn the first German …? Yes."
            subject = next((m for m in reversed(sentence.mentions) if m.end <= start
                            and YES_NO_GAP.fullmatch(text, m.end, start)), None)
        else:
            subject = _first_subject(text, sentence, start, end, recent) or next((
                d for d in sentence.mentions if d.via == "reference" and d.start <= start < d.end
                and FIRST_HAPPENED.match(text, end)), None)  # its holder, by the registry
        if subject is not None and subject.kind != "person" and is_about_a_person(
                phrase.lower()):
            subject = _person_for_first(text, sentence, start, recent) or subject
        if out and out[-1].claim.property == "first" and COORDINATED_FIRST.fullmatch(
                text, out[-1].claim.end, start):
            # "the first Russian woman to live aboard the ISS and the fifth in space"
            subject = next((m for m in sentence.mentions + list(recent.values())
                            if m.entity_id == out[-1].claim.subject_id), subject)
        owner = POSSESSIVE_FIRST.match(text, start)
        site = _site_of_first(text, sentence, start, end, phrase, recent, owner)
        if site is not None:
            out += _site_first_date(text, site, start, end, phrase, ordinal, dates)
            rocket = _rocket_after(text, sentence, end) if subject is None and (
                LAUNCH_HEAD.match(phrase)) else None
            if rocket is not None:  # "Its first launch was a Soyuz-2.1b": the rocket of it
                claim = Claim(start, rocket.end, text[start:rocket.end], site.entity_id,
                              site.name, "launch_vehicle", rocket.name)
                out.append(Candidate(claim, ordinal=ordinal, phrase=phrase, obj=rocket, extra={
                    "site": site.entity_id, "rocket": rocket.entity_id}))
                continue
        if subject is None or (subject.via == "reference" and words[0].lower() == "time"):
            continue  # "this was the first time …": "this" is an event, not a craft
        if site is not None and subject.kind not in (*CRAFT, "vehicle", "person"):
            continue  # "Russia's newest cosmodrome … made its first launch": no holder named
        neither = NEITHER_NOR.match(rest, stop.start()) if stop and RESTRICTIVE.match(
            stop.group()) else None
        if neither and stop:  # "the first person in space who was neither Soviet nor American"
            phrase = f"{_non_nations(neither)} {phrase}"
            end += neither.end() - stop.start()
        elif inner := NEITHER_NOR_IN_PHRASE.search(phrase):
            phrase = f"{_non_nations(inner)} {phrase[:inner.start()]}"
        value = f"{ordinal_word.lower()} {phrase}"
        # "… Sharma flew … He was the first Indian citizen in space, and the first Asian":
        # a holder named in a sentence before is referred to, and the span is this one's
        holder = replace(subject, via="reference") if subject.start < sentence.start else (
            subject)
        claim = _claim(text, holder, "first", value, start, end)
        cand = Candidate(claim, ordinal=ordinal, phrase=phrase)
        if site is not None:  # "the first launch from Vostochny", "Plesetsk's first launch"
            cand.extra["site"] = site.entity_id
            if (vehicle := _vehicle_in(sentence, start, end)) is not None:
                cand.extra["site_vehicle"] = vehicle.entity_id  # "the first Soyuz launch"
        elif owner and owner.group(1).lower() == "its" and (programme := next((
                m for m in reversed(sentence.mentions) if m.end <= start), None)) and (
                programme.kind in ("program", "organization")):
            # "The Interkosmos programme … flew its first guest": the programme's first
            phrase = f"{programme.name} {phrase}"
            cand.phrase = phrase
        elif owner and subject.via != "reference" and subject.start >= end:
            # "Its first satellite, Kosmos 112": first of the site's, not of all satellites
            cand.extra["qualified"] = f"{owner.group(1)} first"
        elif stop and RESTRICTIVE.match(stop.group()) and not neither:  # other clauses
            # "the first person in space who was neither Soviet nor American": the clause
            # narrows the phrase, so the plain "first person in space" is not the claim.
            cand.extra["qualified"] = rest[stop.start():].strip()[:80]
        if not cand.extra and (series := _series_of_first(text, sentence, start, end, subject)):
            # "MS-01, the first Soyuz MS", "the first crewed flight of a Soyuz-2.1a"
            cand.extra["series"], cand.extra["series_crew"], cand.extra["series_named"] = series
        if ordinal == 1 and dates and (when := next((
                d for d in dates if d.start not in dated and d.kind in ("absolute", "year")
                and not d.approx and (FIRST_DATED.fullmatch(text, end, d.start)
                                      or FIRST_HAPPENED.fullmatch(text, end, d.start))),
                None)):
            cand.extra["when"] = when.date.iso()  # checked against the first's own date
            claim.end, claim.quote = when.end, text[claim.start:when.end]
        if subject.kind == "person" and (traveller := _traveller_apposed_after_companion(
                text, sentence, subject, start)):
            cand.extra["holder_either"] = traveller.entity_id
        out.append(cand)
    return out


def _traveller_apposed_after_companion(text: str, sentence: Sentence, holder: Mention,
                                       start: int) -> Mention | None:
    """The flyer a first set off by a comma after a companion may be said of instead:
    "Tamayo Méndez flew on Soyuz 38 with Romanenko, the first Latin American in space"
    (Tamayo's), where "Soyuz 33 flew with Ivanov, the first Bulgarian" is the companion's.
    Only the record can tell, so the judge tries both."""
    if not (APPOSITION_GAP.fullmatch(text, holder.end, start)
            and text.startswith(",", holder.end)):
        return None
    companions = _companions(text, sentence)
    return _traveller(sentence, holder, companions) if holder.start in companions else None


# A first that is a place in a series of ships or of a rocket's flights: "the first Soyuz
# MS", "the second crewed Soyuz T", "the first crewed flight of a Soyuz-2.1a" (the series'
# name ends the phrase)
SERIES_FIRST = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                          r"tenth|\d+(?:st|nd|rd|th))\s+(?P<of>of\s+the\s+)?(?:(?P<crew>crewed|"
                          r"manned|piloted|uncrewed|unmanned|unpiloted)\s+)?(?:(?:flight|"
                          r"launch|mission)\s+(?:of|on|by)\s+(?:an?|the)\s+)?", re.IGNORECASE)
# The ships a series is said as after "the first of the": "the first of the Soyuz T ships to
# carry a crew", "the second of the MS spacecraft"
SERIES_OF_THE = re.compile(r"\s+(?:ships|spacecraft|capsules|craft|series)(?P<crew>\s+(?:with\s+a|"
                           r"to\s+(?:carry|fly\s+with)\s+a)\s+crew)?", re.IGNORECASE)
# A series said by the part of its ships' names before their numbers: "the MS ships" of
# Soyuz MS-01
SERIES_SHORT = re.compile(r"[A-Z][\w.]{0,7}")


def _series_of_first(text: str, sentence: Sentence, start: int, end: int,
                     subject: Mention) -> tuple[str, str, str] | None:
    """The series a first places its subject in, and whether the places are counted among
    the flights with a crew ("crewed"), without ("uncrewed") or all (""): (series id, crew
    word, "") when the phrase from ``start`` to ``end`` is an ordinal, perhaps "crewed" and
    "flight of a", and a ship series', programme's or rocket's name, or "of the", the name
    and "ships". ("", crew word, the ships' name before their numbers) for "the first of the
    MS ships" said of Soyuz MS-01, a series the text names only by the subject's name."""
    series = next((m for m in sentence.mentions if m.kind in (
        "spacecraft", "program", "vehicle") and m.entity_id != subject.entity_id and (
        m.end == end or SERIES_OF_THE.fullmatch(text, m.end, end))), None)
    said = SERIES_FIRST.search(text, start, series.start if series else end)
    if said is None or (series is not None and said.end() != series.start):
        return None
    short = SERIES_SHORT.match(text, said.end()) if series is None else None
    tail = SERIES_OF_THE.fullmatch(text, series.end if series else short.end() if short else end,
                                   end)
    if said.group("of") and not tail:
        return None  # "the first of the ships" names the ships; "the first of the Soyuz" not
    crew = (said.group("crew") or (tail and tail.group("crew")) or "").lower()
    crewed = "" if not crew else "uncrewed" if crew.startswith("un") else "crewed"
    if series is not None:
        return series.entity_id, crewed, ""
    named = re.fullmatch(rf"(.*\b{re.escape(short.group())})-\d+", subject.name) if (
        short and tail and said.group("of")) else None
    return ("", crewed, named.group(1)) if named else None


# A date right after a first: "Alexei Leonov made the first spacewalk in 1966"
FIRST_DATED = re.compile(r"\s+(?:in|on)\s+")
# A first told as an event with its date: "The first spacewalk took place in 1966"
FIRST_HAPPENED = re.compile(r"\s+(?:took\s+place|happened|occurred|came|was\s+(?:made|"
                            r"performed|carried\s+out|achieved|accomplished))\s+(?:in|on)\s+",
                            re.IGNORECASE)


# A person's numbered flight: "his second flight", "her third trip to space"
NTH_FLIGHT = re.compile(r"(?:space\s*)?(?:flight|trip|mission|spaceflight|journey|voyage)"
                        r"(?:\s+(?:to|into)\s+(?:space|orbit))?", re.IGNORECASE)
# Between a person and their numbered flight: "Dzhanibekov's fourth spaceflight"
PERSONS_BEFORE = re.compile(r"['’]s\s+")
# The person a numbered flight is of, named right after it: "on her second flight, Svetlana"
NTH_FLIGHT_NAME_GAP = re.compile(r"\s*,?\s*")


def _nth_flight_claim(text: str, sentence: Sentence, recent: dict[str, Mention], start: int,
                      end: int, ordinal: int, ordinal_word: str, phrase: str, pronoun: str,
                      dates: list[DateMention] | None, owner: Mention | None = None
                      ) -> list[Candidate]:
    """ "Three months later, on her second flight, Svetlana Savitskaya …", "with commander
    Pyotr Klimuk, then on his second flight", "Dzhanibekov's fourth spaceflight" (the
    ``owner`` named): a person's numbered flight (``nth_flight``), which the judge finds
    by the sentence's date or by a craft it names."""
    subject = owner
    if subject is None:
        people = [m for m in sentence.mentions if m.kind == "person"]
        key = "she" if pronoun.lower() == "her" else "he"
        after = next((m for m in people if m.start >= end), None)
        if after is None or not NTH_FLIGHT_NAME_GAP.fullmatch(text, end, after.start) or (
                _gender_key(after) != key):
            after = None
        before = next((m for m in reversed(people) if m.end <= start
                       and _gender_key(m) == key), None)
        referent = None if after or before else _person_referent(pronoun, recent)
        subject = after or before or (referent.as_reference() if referent else None)
    if subject is None:
        return []
    claim = _claim(text, subject, "first", f"{ordinal_word.lower()} {phrase}", start, end)
    cand = Candidate(claim, ordinal=ordinal, phrase=phrase, extra={"nth_flight": "yes"})
    if subject.via == "reference":  # (a guess at whose flight: "His fifth flight …")
        cand.extra["referred"] = "yes"
    if dates:
        cand.date = min(dates, key=lambda d: min(abs(d.start - end), abs(start - d.end)))
    # (not one of another clause: "launched on Soyuz T-7, became …; on her second flight")
    crafts = [m for m in sentence.mentions if m.kind in CRAFT and not CLAUSE_OPENER.search(
        text, min(m.end, start), max(m.start, end))]
    if crafts:
        cand.extra["crafts"] = _joined_ids(crafts)
    return [cand]


# The nouns of a launch, after up to two words ("first orbital launch", "first Soyuz flight")
_LAUNCH_NOUN = r"(?:[\w.-]+\s+){0,2}?(?:launch|flight|lift-?off)"
# A first of a launch site: "first (orbital|crewed|Soyuz) launch (from Vostochny)", "first
# rocket (to lift off) from Vostochny", "its first launch only (in April 2016)"
_ROCKET_OFF = (r"(?:[\w.-]+\s+){0,2}?rocket(?:\s+(?:to\s+)?(?:lift(?:ed)?\s+off|"
               r"t(?:ake|ook)\s+off|launched|fl(?:y|ew)|blast(?:ed)?\s+off))?")
SITE_FIRST_HEAD = re.compile(rf"(?:{_LAUNCH_NOUN}|(?:[\w.-]+\s+){{0,2}}?(?:satellite|"
                             rf"spacecraft|mission)|{_ROCKET_OFF})(?:\s+(?:ever|only))?"
                             r"(?:\s+(?:launched|flown|sent))?(?:\s+(?:from|at|out\s+of)\b|\Z)",
                             re.IGNORECASE)
SITE_AFTER_FIRST = re.compile(r"\s*(?:from|at|out\s+of)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?"
                              r"(?:new\s+)?\Z", re.IGNORECASE)  # "from Russia's new Vostochny"
# The site whose first is said after its name: "Vostochny's first launch was in 2019"
SITE_OWNER_GAP = re.compile(r"['’]s\s+\Z")
# "Russia opened Vostochny, its own cosmodrome, with a first launch in April 2016"
SITE_WITH_FIRST = re.compile(r"(?:\s*,\s*(?:its|the|a|an)\s+[^,;:.]{1,40},)?\s*,?\s*with\s+"
                             r"(?:a|an|its)\s+", re.IGNORECASE)
# A launch, not a satellite: what the rocket of a site's first is said of
LAUNCH_HEAD = re.compile(rf"{_LAUNCH_NOUN}\b", re.IGNORECASE)
# A launch or the rocket that made it: what a site's first launch date is said of
LAUNCH_OR_ROCKET_HEAD = re.compile(rf"{_LAUNCH_NOUN}\b|{_ROCKET_OFF}", re.IGNORECASE)
ROCKET_AFTER_FIRST = re.compile(r"\s*(?:,?\s*(?:was|came\s+on|used|flew\s+on)\s+(?:an?\s+|the\s+)?|"
                                r",\s*an?\s+)", re.IGNORECASE)
# Between a site's first launch and its date, where the date comes before its rocket: ",
# on 28 April 2016, was a Soyuz-2.1b", " was on 28 April 2016, a Soyuz-2.1b"
DATE_BEFORE_ROCKET = re.compile(r"\s*,?\s*(?:was\s+|came\s+)?(?:on|in)?\s*", re.IGNORECASE)
# Between a site's first launch and its date: "… saw its first launch in April 2016",
# "Its first launch was a Soyuz-2.1b, in April 2016", "… took place on 28 April 2016"
SITE_FIRST_DATE_GAP = re.compile(r"(?:\s+(?:spaceport|cosmodrome|launch\s+site))?"
                                 # "…, a Soyuz-2.1a carrying the Lomonosov satellite, took"
                                 r"(?:\s*,\s*an?\s+(?:[^,;.]|\.(?=\d)){1,60},)?"
                                 r"(?:\s+(?:took\s+place|came|happened|was\s+made|was|"
                                 r"occurred))?\s*(?:(?:was\s+)?an?\s+[\w.-]+)?\s*,?\s*"
                                 r"(?:in|on)?\s*", re.IGNORECASE)
# Between a date and the site's first launch after it: "On 27 April 2016 a Soyuz-2.1a made
# the first launch from Vostochny"
SITE_FIRST_DATE_BEFORE = re.compile(r"\s*,?\s*(?:(?:an?|the)\s+[\w.-]+(?:\s+rocket)?\s+)?"
                                    r"(?:made|was|flew|performed|marked)\s+(?:(?:the|its)\s+)?\Z",
                                    re.IGNORECASE)


def _site_of_first(text: str, sentence: Sentence, start: int, end: int, phrase: str,
                   recent: dict[str, Mention], owner: re.Match[str] | None) -> Mention | None:
    """The launch site whose first launch a first phrase is: the site named in it ("the
    first launch from the new Vostochny cosmodrome") or the one "its" stands for
    ("Plesetsk saw its first orbital launch", "Its first launch was a Soyuz-2.1b")."""
    if not SITE_FIRST_HEAD.match(phrase):
        return None
    if owner is None:
        named = next((m for m in sentence.mentions if m.kind == "site" and (
            (start < m.start < end and SITE_AFTER_FIRST.search(text, start, m.start))
            or (m.end < start and SITE_OWNER_GAP.fullmatch(text, m.end, start))
            or (m.end < start and SITE_WITH_FIRST.fullmatch(text, m.end, start)))), None)
        site = recent.get("site")
        if named is None and site is not None and start == sentence.start:
            # "That's why Vostochny got built. First launch was 27 April 2016": notes that
            # leave out "its"
            return site.as_reference()
        return named
    if owner.group(1).lower() != "its":
        return None  # "its first flight from Plesetsk" is the rocket's, not the site's
    before = [m for m in sentence.mentions if m.end <= start]
    if before:
        return before[-1] if before[-1].kind == "site" else None
    site = recent.get("site")
    return site.as_reference() if site is not None else None


def _site_first_date(text: str, site: Mention, start: int, end: int, phrase: str,
                     ordinal: int, dates: list[DateMention] | None) -> list[Candidate]:
    """The date of a site's first launch, said of the site: "Vostochny … saw its first
    launch in April 2016" (launch_date of Vostochny's first launch)."""
    date = next((d for d in dates or () if d.start >= end
                 and SITE_FIRST_DATE_GAP.fullmatch(text, end, d.start)), None) or next(
        (d for d in dates or () if d.end <= start
         and SITE_FIRST_DATE_BEFORE.fullmatch(text, d.end, start)), None)
    if date is None or not LAUNCH_OR_ROCKET_HEAD.match(phrase) or not _usable(text, date):
        return []
    claim = Claim(start, date.end, text[start:date.end], site.entity_id, site.name,
                  "launch_date", date.date.iso())
    return [Candidate(claim, date=date, ordinal=ordinal, phrase=phrase,
                      extra={"site_first": site.entity_id, "trigger": "first launch"})]


def _vehicle_in(sentence: Sentence, start: int, end: int) -> Mention | None:
    """A rocket or programme named in a site's first ("the first Soyuz launch from …")."""
    return next((m for m in sentence.mentions if start < m.start and m.end <= end
                 and m.kind in ("vehicle", "program")), None)


def _rocket_after(text: str, sentence: Sentence, end: int) -> Mention | None:
    """The rocket a site's first launch is said to have been: "Its first launch was a
    Soyuz-2.1b"."""
    rocket = next((m for m in sentence.mentions if m.start >= end), None)
    if rocket is None or rocket.kind != "vehicle":
        return None
    # (its date may come between: "The first launch from Vostochny, on 28 April 2016, was
    # a Soyuz-2.1b", "Its first launch was on 28 April 2016, a Soyuz-2.1b")
    gap = end
    dated = next(((start, stop) for start, stop in sentence.date_spans
                  if end <= start and stop <= rocket.start), None)
    if dated is not None and DATE_BEFORE_ROCKET.fullmatch(text, end, dated[0]):
        gap = dated[1]
    return rocket if ROCKET_AFTER_FIRST.fullmatch(text, gap, rocket.start) else None


# "the third and fourth men in space respectively": an ordinal for each of two named
RESPECTIVE_ORDINALS = re.compile(
    rf"and\s+(?:the\s+)?(?P<ord>{FIRST_WORDS})\s+(?P<noun>[\w-]+)(?P<rest>[^,.;:()]*?)\s*,?"
    r"\s+respectively\b", re.IGNORECASE)
RESPECTIVE_GAP = re.compile(r"\s*(?:,\s*(?:were\s+|became\s+)?|\s(?:were|became)\s+)(?:the\s+)?",
                            re.IGNORECASE)
PLURAL_NOUNS = {"men": "man", "women": "woman", "people": "person", "persons": "person",
                "humans": "human", "craft": "craft", "spacecraft": "spacecraft"}


def _respective_firsts(text: str, sentence: Sentence, start: int, first_word: str,
                       after: int) -> list[Candidate]:
    """Two firsts given "respectively" to two things named together: "Andriyan
    Nikolayev and Pavel Popovich, the third and fourth men in space respectively" (the
    third man in space, and the fourth). Empty when the sentence is not so built."""
    m = RESPECTIVE_ORDINALS.match(text, after)
    second = parse_ordinal(m.group("ord").lower()) if m else None
    named = [x for x in sentence.mentions if x.end <= start]
    if m is None or second is None or len(named) < 2:
        return []
    a, b = named[-2:]
    if (a.kind == "person") != (b.kind == "person") or not LIST_AND.fullmatch(
            text, a.end, b.start) or not RESPECTIVE_GAP.fullmatch(
            text, b.end, start + (4 if text.startswith("the ", start) else 0)):
        return []
    noun = m.group("noun").lower()
    noun = PLURAL_NOUNS.get(noun, noun[:-1] if noun.endswith("s") and not noun.endswith(
        "ss") else noun)
    phrase = f"{noun}{m.group('rest')}".strip()
    out = []
    for subject, word in ((a, first_word.lower()), (b, m.group("ord").lower())):
        claim = _claim(text, subject, "first", f"{word} {phrase}", start, m.end())
        out.append(Candidate(claim, ordinal=parse_ordinal(word) or 1, phrase=phrase))
    return out


SPEAKERS_WORDS = frozenset({"i", "me", "we", "us"})  # a speaker's references to themselves


def _person_for_first(text: str, sentence: Sentence, start: int,
                      recent: dict[str, Mention]) -> Mention | None:
    """The person a "first woman/German/… in space" is said of when the words next to it
    name something else: "Chrétien, a French air force pilot, became the first …" (the air
    force), "she flew to Mir …, becoming the first Briton in space" (the station); not a
    companion ("Pham Tuan, launched with Gorbatko on Soyuz 37, was the first Asian")."""
    people = [m for m in sentence.mentions if m.kind == "person" and m.end <= start and not (
        m.alias.lower() in SPEAKERS_WORDS and SUBJECT_PRONOUN.search(text, m.end, start))]
    # (not the speaker a "he" comes after: "Jean-Loup I knew from Salyut 7 days — he flew
    # there in '81, the first Frenchman")
    if people:
        companions = _companions(text, sentence)
        return next((m for m in reversed(people) if m.start not in companions), people[-1])
    target = recent.get("person")
    if target and SUBJECT_PRONOUN.search(text, sentence.start, start):
        return target.as_reference()
    return None


# A dashed aside between a first and what qualifies it: "the first Japanese citizen — and
# the first reporter — in space" says both are "in space".
ASIDE_AFTER = re.compile(r"\s*(?:—|\s[–-]\s)\s*(?:and|or)\s+(?:also\s+)?(?:the\s+)?"
                         r"[^—–;:()]{1,60}?(?:—|\s[–-]\s)\s*")
ASIDE_BEFORE = re.compile(r"(?:—|\s[–-]\s)\s*(?:and|or)\s+(?:also\s+)?(?:the\s+)?\Z")
ASIDE_CLOSE = re.compile(r"\s*(?:—|\s[–-]\s)\s*")
ASIDE_TAIL = re.compile(r"(?:in|into|to|on|aboard|from|outside|around|beyond)\s+"
                        r"[^,.;:!?()—–\n]{1,40}")


def _aside_tail(s_text: str, start: int, stop: int) -> str | None:
    """What a first phrase ending at a dash (at ``stop``) says after a dashed aside: the
    words after the aside when the phrase opens it ("first Japanese citizen — and the
    first reporter — in space") or is it ("— and the first reporter — in space")."""
    if opening := ASIDE_AFTER.match(s_text, stop):
        after = opening.end()
    elif ASIDE_BEFORE.search(s_text, max(0, start - 30), start) and (
            closing := ASIDE_CLOSE.match(s_text, stop)):
        after = closing.end()
    else:
        return None
    tail = ASIDE_TAIL.match(s_text, after)
    if tail is None:
        return None
    end = PHRASE_END.search(tail.group())
    words = tail.group()[: end.start() if end else None].split()
    return " ".join(words[:6]) if words else None


SUBJECT_PRONOUN = re.compile(r"\b(?:she|he)\b", re.IGNORECASE)
RESTRICTIVE = re.compile(r"\s(?:who|which|that)$", re.IGNORECASE)
PHRASE_REACH = 200  # a "first" phrase of at most 12 words ends within this many characters


def _mask_serial_lists(phrase: str) -> str:
    """``phrase`` with the commas and conjunctions of serial lists blanked out (same
    length), so that :data:`PHRASE_END` does not cut the list."""
    return SERIAL_LIST.sub(
        lambda m: re.sub(r",|\b(?:and|or)\b", lambda c: " " * len(c.group()), m.group()),
        phrase)


def _first_phrases(s_text: str, ordinal_starts: list[int] | None, offset: int
                   ) -> Iterator[re.Match[str]]:
    """The matches of FIRST_PHRASE in ``s_text``, tried only where an ordinal word starts
    (at ``offset`` + a position in ``s_text``) when those places are known: the same
    matches as ``finditer``, without scanning every word boundary of the sentence."""
    if ordinal_starts is None:
        yield from FIRST_PHRASE.finditer(s_text)
        return
    done = 0
    for start in ordinal_starts:
        start -= offset
        while start > 0 and s_text[start - 1].isdigit():
            start -= 1  # "8th" was found in "88th"
        if start < done:
            continue  # inside the previous match
        prefix = FIRST_PREFIX_BEFORE.search(s_text, max(done, start - 40), start)
        m = FIRST_PHRASE.match(s_text, prefix.start() if prefix else start)
        if m is not None:
            yield m
            done = m.end()


# An opening clause that counts from an event, before its verb: "A week before Polyakov ",
# "Two days after the crew "
COUNTED_OPENING = re.compile(r"(?:^|(?<=[.;:]\s))\s*(?:(?:a|an|one|two|three|four|five|six|"
                             r"seven|eight|nine|ten|\d+|a\s+few|several)\s+)?(?:days?|weeks?|"
                             r"months?|years?|hours?)\s+(?:before|after)\s+[^,;]{1,40}\Z",
                             re.IGNORECASE)
# From the end of that event's verb to the date set off after it: ", on "
COMMA_TO_DATE = re.compile(r"\s*,\s*(?:on|in)?\s*")
EVENT_COUNTED_FROM = re.compile(r"\b(?:after|since|before|anniversary\s+of)\s+"
                                r"(?:the\s+)?(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
# A world a craft may reach, named in a paragraph before "there" refers back to it
BODY_NAMED = re.compile(r"\b(?:the\s+)?(?:Moon|Mars|Venus|Mercury|Jupiter)\b")
BODY_REACH = 300


def _body_named_before(text: str, pos: int) -> str | None:
    """The world last named before ``pos`` in its paragraph (within ``BODY_REACH``)."""
    start = max(0, pos - BODY_REACH, text.rfind("\n\n", 0, pos) + 1)
    named = list(BODY_NAMED.finditer(text, start, pos))
    return named[-1].group() if named else None


# "… calls Svetlana Savitskaya “the third woman in space”" (or with no marks): what
# someone is called
QUOTE_OPENS = re.compile(r"\s*[\"“‘']|\s+")
NAMING_VERB_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|name(?:s|d)?|"
                                r"label(?:s|led|ling)?|hail(?:s|ed)?)\s+(?:[\w'’-]+\s+)?\Z",
                                re.IGNORECASE)
# An apposition's opening, perhaps with an adverb: "Savitskaya, already the second woman"
# (a dash apposes too: "Dumitru Prunariu - the eighth Interkosmos guest - followed")
APPOSITION_GAP = re.compile(r"\s*(?:,|[—–]|-(?=\s))\s*(?:(?:already|by then|by now|now|"
                            r"then|later|also|still|once|soon)\s+)?(?:(?:only|just|merely)\s+)?",
                            re.IGNORECASE)


# A preposition that makes the country after it a place in the clause ("back to
# Kazakhstan", "over Russia"), not what an apposition after it is said of
PLACE_BEFORE = re.compile(r"\b(?:to|in|into|over|across|from|at|onto|near)\s+(?:the\s+)?\Z",
                          re.IGNORECASE)


# An apposition's end and the verb of the name before it: "Remek, launched … with commander
# Klimuk, was the first …" (Remek was)
APPOSITION_CLOSED_BY_VERB = re.compile(r"\s*,\s*(?:was|is|became|had\s+become)\s+"
                                       r"(?:also\s+)?(?:the\s+)?", re.IGNORECASE)


def _said_of_a_person(phrase: str) -> bool:
    """Whether a lower-case "first …" phrase is said of a person: "woman in space",
    "Briton" (a nationality alone)."""
    return is_about_a_person(phrase) or countries_of(phrase.rstrip(" .,;")) is not None


FIRST_HEAD = re.compile(r"^(?:(?:the|a|an|its|his|her)\s+)?\S+\s+")  # "the first ", "her second "
# what a flight made its traveller: "… on Soyuz 31 to become the first …", ", flying as
# only the second …"
RESULT_CLAUSE = re.compile(r"(?:\s+to\s+become|,?\s+becoming|,?\s+and\s+became|"
                           r",\s+flying\b[^,.;]{0,40}?\bas)\s+(?:(?:only|just|also)\s+)?\Z",
                           re.IGNORECASE)


# ", not Remek," between a name and what is said of it: an aside setting another against it
CONTRAST_ASIDE = re.compile(r"[ \t]*,[ \t]*not[ \t]+", re.IGNORECASE)


def _first_subject(text: str, sentence: Sentence, start: int, end: int,
                   recent: dict[str, Mention]) -> Mention | None:
    """The entity a "the first …" phrase is said of: "X was the first …", "X, the first
    …", "X became the first …", "the first … was X", "the first …, X", and "this was the
    first …" / "she became the first …" for the last craft or person named."""
    before = [m for m in sentence.mentions if m.end <= start and
              m.kind in (*CRAFT, "person", "program", "organization", "country")]
    if before and before[-1].kind == "country" and PLACE_BEFORE.search(
            text, max(sentence.start, before[-1].start - 12), before[-1].start):
        before.pop()  # "brought soil back to Kazakhstan, the first sample …": a place
    if before and not APPOSITION_GAP.fullmatch(text, before[-1].end, start):
        # "Luna 3, launched two years to the day after Sputnik 1, returned the first
        # images": not Sputnik's (but "after Chrétien, the first Western European" is his)
        before = [m for m in before if not EVENT_COUNTED_FROM.search(
            text, max(sentence.start, m.start - 30), m.start)]
    # pos/endpos, not a slice: the look-behind still sees the text before the window.
    pronoun = PRONOUN_BEFORE_FIRST.search(text, max(sentence.start, start - 40), start)
    if pronoun:
        return _pronoun_referent(text, sentence, recent, pronoun)
    actor = next((m for m in reversed(before) if m.kind in (*CRAFT, "person")), None)
    if actor is not None and RESULT_CLAUSE.search(text, max(actor.end, start - 70), start) and (
            actor.kind in CRAFT or actor.start in _companions(text, sentence)) and (
            is_about_a_person(FIRST_HEAD.sub("", text[start:end].lower()))):
        # "Jähn launched with Bykovsky on Soyuz 31 to become the first German": the
        # traveller became it, not the ship or the companion named last
        companions = _companions(text, sentence)
        traveller = next((m for m in reversed(before) if m.kind == "person"
                          and m.start not in companions), None) or _opening_pronoun_person(
            text, sentence, recent)
        if traveller is not None:
            return traveller
    if len(before) > 1 and (bracket := BRACKET_AFTER_NAME.match(text, before[-2].end)) and (
            before[-1].end < bracket.end() <= start):
        before.pop()  # "Vladimír Remek (Czechoslovakia), the first …": his, not the aside's
    gap_start = before[-1].end if before else start
    if before and (bracket := BRACKET_AFTER_NAME.match(text, gap_start)) and (
            bracket.end() <= start):
        gap_start = bracket.end()
    if before and (aboard := ABOARD_BEFORE_COMMA.match(text, gap_start)) and (
            APPOSITION_GAP.fullmatch(text, aboard.end(), start)):
        gap_start = aboard.end()  # "with Gagarin aboard, the first man in space": his
    if len(before) > 1 and CONTRAST_ASIDE.fullmatch(text, before[-2].end, before[-1].start) and (
            text.startswith(",", before[-1].end)):
        # "Hermaszewski, not Remek, was the first guest": said of the one the aside is not
        gap_start = before.pop().end + 1
    if before:
        last = before[-1]
        gap = text[gap_start:start]
        linked = (APPOSITION_GAP.fullmatch(gap) or POSSESSIVE_BEFORE_FIRST.fullmatch(gap)
                  or ENTRY_DATE.fullmatch(gap)
                  or (COPULA_BEFORE_FIRST.search(gap) and not CLAUSE_BREAK.search(gap))
                  or (QUOTE_OPENS.fullmatch(gap) and NAMING_VERB_BEFORE.search(
                      text, max(sentence.start, last.start - 30), last.start)))
        if len(gap) <= 60 and linked and not NEGATION.search(gap):
            if last.kind in CRAFT and len(before) > 1 and before[-2].kind == "person" and (
                    APPOSED_FLIGHT_GAP.fullmatch(text, before[-2].end, last.start)) and (
                    _said_of_a_person(FIRST_HEAD.sub("", text[start:end].lower()))):
                return before[-2]  # "Helen Sharman, Soyuz TM-12, 1991, the first Briton"
            if last.kind == "person" and (PARTICIPLE_GAP.match(gap) or (
                    gap.strip() != "," and gap.rstrip().endswith(","))
                    or APPOSITION_CLOSED_BY_VERB.fullmatch(gap)) and last.start in (
                    companions := _companions(text, sentence)):
                # "… with Afanasyev, becoming the first Japanese", "… with Grechko in
                # March 1978, the first …": not "with Ivanov, the first Bulgarian" or
                # "with Leonov, who made the first spacewalk"
                return _traveller(sentence, last, companions) or _opening_pronoun_person(
                    text, sentence, recent)
            if head := next((m for m in reversed(before[:-1]) if m.kind in (*CRAFT, "person")
                             and LAUNCH_ASIDE_TO_FIRST.fullmatch(text, m.end, start)), None):
                return head  # "Luna 9, launched on 31 January 1966 on a Vostok rocket, made
                # the first soft landing": the craft the aside is about, not its rocket
            if COORDINATED_PREDICATE.match(gap):
                # "Remek, who rode Soyuz 28 with Romanenko and became the first …": the
                # verb's subject is the clause's, not the object just before "and"
                opener = max([sentence.start, *(m.end() for m in CLAUSE_OPENER.finditer(
                    text, sentence.start, last.start))])
                return next(m for m in before if m.start >= opener)
            return last
    after = [m for m in sentence.mentions if m.start >= end and
             m.kind in (*CRAFT, "person", "program")]
    if after:
        first = after[0]
        gap = text[end:first.start]
        if HOLDER_AFTER_FIRST.fullmatch(gap):
            return first
    return None


ABOARD_BEFORE_COMMA = re.compile(r"\s+(?:aboard|on\s+board)(?=\s*,)", re.IGNORECASE)


# Between "the first …" and its holder named after it: "The first Intercosmos cosmonaut was
# the Pole Miroslaw Hermaszewski", "… was the Czech pilot Vladimír Remek"
HOLDER_AFTER_FIRST = re.compile(
    r"\s*(?:,|was|is|:|—|–|-|by|aboard)?\s*(?:the\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:(?:cosmonaut|"
    r"astronaut|pilot|engineer|physician|doctor|officer|spationaut|taikonaut)\s+)?)?",
    re.IGNORECASE)


def _non_nations(neither: re.Match[str]) -> str:
    """The registry's words for a "neither A nor B" clause: "non-Soviet non-American"."""
    a, b = (NATION_DEMONYMS.get(neither.group(g), neither.group(g)) for g in "ab")
    return f"non-{a} non-{b}"


def _opening_pronoun_person(text: str, sentence: Sentence, recent: dict[str, Mention]
                            ) -> Mention | None:
    """The person a "He" or "She" opening the sentence stands for: "He lifted off aboard
    Soyuz 39 with Dzhanibekov, becoming the seventh guest": not the companion's."""
    opening = OPENING_PRONOUN.match(text, sentence.start, sentence.end)
    if opening is None:
        return None
    person = _person_referent(opening.group("pronoun"), recent)
    return person.as_reference() if person else None


def _pronoun_referent(text: str, sentence: Sentence, recent: dict[str, Mention],
                      pronoun: re.Match[str]) -> Mention | None:
    """The craft or person a pronoun before "the first" stands for: the last one named
    earlier in the sentence, else in the sentences just before; not a companion ("Remek
    flew Soyuz 28 alongside Gubarev; he was the first …": Remek)."""
    word = (pronoun.group("pronoun") or pronoun.group("object")).lower()
    group = PRONOUN_GROUP.get(word, "craft")  # "the probe"
    kinds = CRAFT if group == "craft" else ("person",)
    named = [m for m in sentence.mentions if m.end <= pronoun.start() and m.kind in kinds]
    if group == "person":  # "she" is the last woman named, here or just before
        key = "she" if word in ("she", "her") else "he"
        same = [m for m in named if _gender_key(m) == key]
        companions = _companions(text, sentence) if len(same) > 1 else set()
        same = [m for m in same if m.start not in companions] or same
        last = recent.get(group)
        target = same[-1] if same else recent.get(key) or (
            named[-1] if named else last if last and _gender_key(last) == key else None)
    else:
        target = named[-1] if named else recent.get(group)
    if target is None or target.kind not in kinds:
        return None
    return target.as_reference()


# The craft a station had, named by its own name: "Salyut 6's Progress freighters"
OWNED_CRAFTS = re.compile(r"['’]s?\s+(?:[A-Z][\w-]*\s+)?(?:freighters|ferries|modules|"
                          r"(?:cargo|supply)\s+ships|visiting\s+(?:ships|craft)|tankers)\b")


GONE_TO = re.compile(r"\b(?:to|towards|for)\s+(?:the\s+)?\Z", re.IGNORECASE)
# "launched from Plesetsk aboard Soyuz T-11": the site, then the craft that left it
CRAFT_AFTER_SITE = re.compile(r"\s*,?\s+(?:aboard|on\s+board|on|in|inside)\s+(?:the\s+)?")
_WENT_UP_FROM = (r"(?:launch(?:ed|es)?|lift(?:ed|s)\s+off|took\s+off|blast(?:ed|s)\s+off|"
                 r"fl(?:ew|ies)|went\s+up|rode)\s+from\s+(?:the\s+)?")
LAUNCHED_FROM = re.compile(rf"\b{_WENT_UP_FROM}\Z", re.IGNORECASE)
ROCKET_WENT_UP_FROM = re.compile(rf"\b(?:{_WENT_UP_FROM}|rose\s+from\s+(?:the\s+)?)\Z",
                                 re.IGNORECASE)


# "Pham Tuan of Vietnam": where a person is from
PERSON_OF_COUNTRY = re.compile(r",?\s+(?:of|from)\s+(?:the\s+)?")
ONE_FROM = re.compile(r"\b(?:cosmonauts?|astronauts?|wom[ae]n|m[ae]n|person|people|citizens?|"
                      r"natives?|guests?|national)\s+from\s+(?:the\s+|independent\s+)?\Z",
                      re.IGNORECASE)


# "The Angara A5 made its debut from Vostochny", "Angara A5 debut: 23 December 2014, from
# Vostochny": the words between a rocket and the site its first flight left from. A debut,
# maiden or inaugural flight is the rocket's first ("maiden"); a "first flight from" a site
# may be its first from there ("first"). "made the first launch from Vostochny" is the
# site's first.
ROCKET_DEBUT = re.compile(r"\b(?:(?P<maiden>debut(?:ed|s)?|maiden|inaugural)|(?<!the\s)first\s+"
                          r"(?:flight|flew|launch|launched|flown)|flew\s+for\s+the\s+first\s+"
                          r"time)\b", re.IGNORECASE)
FROM_THE_SITE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}\Z")
# "The first heavy Angara-A5 also flew from Vostochny": the first rocket of its kind
FIRST_OF_ITS_KIND = re.compile(r"\bfirst\s+(?:[a-z-]+\s+){0,2}\Z", re.IGNORECASE)
FLEW_WORD = _rx(r"flew|flown|launched|lifted off|went up|left|took off|rose")


def _rocket_debut_site_claims(text: str, sentence: Sentence, dates: list[DateMention]
                              ) -> list[Candidate]:
    """Launch site claims of a rocket's first flight: "The heavy Angara A5 made its debut
    from Vostochny", judged against the site its first launch left from. The sentence's
    date, if it has one, goes with the claim (``when``): "first flew in December 2014, from
    Vostochny" cannot mean its first from Vostochny if it flew from there only later."""
    out: list[Candidate] = []
    when = next((d.date.iso() for d in dates if sentence.start <= d.start < sentence.end),
                None)
    sites = [m for m in sentence.mentions if m.kind == "site"]
    for site in sites:
        rocket = _nearest(sentence.mentions, site.start, ("vehicle",), before_only=True)
        if rocket is None or site.start - rocket.end > 80 or any(
                rocket.end <= other.start < site.start for other in sites):
            continue  # (not "first flew from Plesetsk in 2014 and from Vostochny in 2020":
            # its first from there)
        gap = text[rocket.end:site.start]
        # (a heading's colon is no break: "Angara A5 debut: 23 December 2014, from …")
        if not FROM_THE_SITE.search(gap) or NEGATION.search(gap) or CLAUSE_BREAK.search(
                gap.replace(":", " ")):
            continue
        debut = ROCKET_DEBUT.search(gap)
        if debut is None and not (FIRST_OF_ITS_KIND.search(
                text, max(sentence.start, rocket.start - 25), rocket.start) and (
                FLEW_WORD.search(gap))):
            continue
        name, extra, end = _site_and_pad(text, site)
        extra["debut"] = "maiden" if debut is not None and debut.group("maiden") else "first"
        if when is not None:
            extra["when"] = when
        out.append(Candidate(_claim(text, rocket, "launch_site", name, site.start, end),
                             obj=site, extra=extra))
    return out


# "Vasilevskaya, Belarus's first woman in space, took off from Vostochny": where a person
# went up from (their flights' launch sites decide it)
PERSON_WENT_UP_FROM = re.compile(rf"\s+(?:had\s+|has\s+|was\s+)?{_WENT_UP_FROM}",
                                 re.IGNORECASE)
PRONOUN_WENT_UP_FROM = re.compile(rf"\b(?:he|she)\s+(?:had\s+|has\s+|was\s+)?"
                                  rf"{_WENT_UP_FROM}\Z", re.IGNORECASE)

# "They had launched from Plesetsk": the people just named together, or their ship
THEY_WENT_UP_FROM = re.compile(rf"\bthey\s+(?:had\s+|have\s+|were\s+)?{_WENT_UP_FROM}\Z",
                               re.IGNORECASE)


def _person_site_claims(text: str, sentence: Sentence, recent: dict[str, Mention],
                        they: Sequence[Mention] = (), their_crafts: Sequence[Mention] = ()
                        ) -> list[Candidate]:
    """Launch site claims of people: "Marina Vasilevskaya, Belarus's first woman in space,
    took off from Vostochny", "She lifted off from Baikonur". The judge weighs the sites of
    every flight the person went up on. "They launched from Plesetsk" is said of the ship
    named with the people ``they`` stands for, if one was (``their_crafts``), else of the
    first of them."""
    out: list[Candidate] = []
    for site in sentence.mentions:
        if site.kind != "site":
            continue
        person = next((m for m in reversed(sentence.mentions)
                       if m.end <= site.start and m.kind in ("person", *CRAFT)), None)
        if person is not None and person.kind == "person" and PERSON_WENT_UP_FROM.fullmatch(
                text, _after_apposition(text, person.end, site.start), site.start):
            start = person.start
        elif (said := PRONOUN_WENT_UP_FROM.search(
                text, max(sentence.start, site.start - 40), site.start)) and (
                person is None or person.end <= said.start()) and (
                referent := _reference(text, sentence, recent, said.end(), ("person",))):
            person, start = referent, said.start()
        elif they and (said := THEY_WENT_UP_FROM.search(
                text, max(sentence.start, site.start - 40), site.start)) and (
                person is None or person.end <= said.start()):
            ships = {c.entity_id: c for c in their_crafts if c.kind in CRAFT}
            person = (next(iter(ships.values())) if len(ships) == 1 else they[0]).as_reference()
            start = said.start()
        elif person is None and (verb := ROCKET_WENT_UP_FROM.search(
                text, max(sentence.start, site.start - 40), site.start)) and (
                flown := _flown_aboard_rocket(text, sentence, verb.start())):
            person, start = flown, verb.start()  # "a Vostok rocket rose from Baikonur with
            # Yuri Gagarin on board"
        else:
            continue
        if any(CRAFT_AFTER_SITE.fullmatch(text, site.end, m.start) for m in sentence.mentions
               if m.kind in CRAFT and m.start > site.end):
            continue  # "… from Plesetsk aboard Soyuz T-11": the ship's site, claimed as such
        name, extra, end = _site_and_pad(text, site)
        claim = _claim(text, person, "launch_site", name, start, end)
        out.append(Candidate(claim, obj=site, extra=extra))
    return out


def _site_vehicle_operator_claims(text: str, sentence: Sentence,
                                  recent: dict[str, Mention] | None = None,
                                  vehicles: bool = True, rockets: bool = True
                                  ) -> list[Candidate]:
    """Launch site, launch vehicle and operator claims about the crafts named in the
    sentence or referred back to ("It was launched from Baikonur"); ``vehicles=False``
    when the sentence has no vehicle word ("rocket", "launcher" …) to look for,
    ``rockets=False`` when it names none of :data:`ROCKET_NAMES`."""
    out: list[Candidate] = []
    # Only a site, a rocket or a party can make a claim of a craft referred back to.
    claimable = vehicles or rockets or not sentence.kinds.isdisjoint(
        ("site", "vehicle", "country", "organization"))
    if not (sentence.names_craft or (recent and claimable)):
        return out
    # (not "Salyut 6's Progress freighters were launched on Soyuz-U rockets": theirs)
    crafts = [m for m in sentence.mentions if m.kind in CRAFT
              and not OWNED_CRAFTS.match(text, m.end)]
    if recent and claimable and (referred := _placed_reference(text, sentence, recent)) and (
            not any(c.start < referred.end and referred.start < c.end for c in crafts)):
        crafts = sorted([*crafts, referred], key=lambda m: m.start)
    if not crafts:
        return out
    sites = [m for m in sentence.mentions if m.kind == "site"]
    for site in sites:
        if any(p.kind == "person" and PERSON_OF_COUNTRY.fullmatch(text, p.end, site.start)
               for p in sentence.mentions if p.end <= site.start):
            continue  # "with Marina Vasilevskaya from Belarus": where she is from
        if ONE_FROM.search(text, max(sentence.start, site.start - 40), site.start):
            continue  # "…, the first cosmonaut from independent Belarus": where one is from
        name, extra, end = _site_and_pad(text, site)
        # (not where the launch went: "flew to Mir from Baikonur aboard Soyuz TM-12")
        craft = _nearest([c for c in _outside_appositions(text, crafts, site.start)
                          if not GONE_TO.search(text, max(sentence.start, c.start - 12), c.start)],
                         site.start, CRAFT, before_only=True)
        if craft is None:  # "He launched from Plesetsk aboard Soyuz T-11": the craft after
            craft = next((c for c in crafts if CRAFT_AFTER_SITE.fullmatch(text, end, c.start)),
                         None)
            if craft is None or not LAUNCHED_FROM.search(
                    text, max(sentence.start, site.start - 40), site.start):
                continue
        else:
            gap = text[_after_apposition(text, craft.end, site.start):site.start]
            if any(craft.end <= other.start < site.start for other in sites):
                continue  # "launched from Kapustin Yar …, and Plesetsk later …": one site each
            if len(gap) > 80 or not (SITE_LINK.search(gap) or CRAFT_NOTES_BRACKET.fullmatch(
                    text, craft.end, site.start)) or NEGATION.search(gap):
                continue
            if SITE_LINK.match(gap) is None and SITE_OWN_CLAUSE.search(gap):
                continue  # "Kosmos-112 was launched on …, and from Vostochny the first …"
            if ANOTHER_LAUNCH_FROM.search(gap):
                continue
        out.append(Candidate(_claim(text, craft, "launch_site", name, site.start, end),
                             obj=site, extra=extra))
    families = list(VEHICLE_FAMILIES.finditer(text, sentence.start, sentence.end)
                    if vehicles else ())
    for m in families:
        # not where the rocket's payload was going: "atop a Soyuz-U, bound for Salyut 7"
        craft = _nearest([c for c in crafts if not BOUND_FOR.search(
            text, max(sentence.start, c.start - 20), c.start) and not DESTINATION_WORD.search(
            text, max(sentence.start, c.start - 14), c.start)], m.start(), CRAFT)
        if craft is None or abs(craft.start - m.start()) > 100:
            continue
        family = m.group("family")
        out.append(Candidate(_claim(text, craft, "launch_vehicle", family, m.start(),
                                    m.end()), extra={"family": family}))
    out += _named_vehicle_claims(text, sentence, crafts, rockets,
                                 taken=[m.span() for m in families], recent=recent or {})
    countries = [m for m in sentence.mentions if m.kind in ("country", "organization")]
    for party in countries:
        craft = next((c for c in crafts if 0 <= c.start - party.end <= 45), None)
        if craft is None:
            continue
        gap = text[party.end:craft.start]
        if any(p.kind == "person" and PERSON_OF_COUNTRY.fullmatch(text, p.end, party.start)
               for p in sentence.mentions if p.end <= party.start):
            continue  # "Pham Tuan of Vietnam launched on Soyuz 37": he did, not Vietnam
        if OPERATOR_VERB.fullmatch(gap) and not NEGATION.search(gap):
            # "Russia and Germany launched the Spektr-RG": each, as partners
            listed = [party]
            for other in reversed([c for c in countries if c.end <= party.start]):
                if not PARTY_LIST_GAP.fullmatch(text, other.end, listed[0].start):
                    break
                listed.insert(0, other)
            extra = {"partners": ",".join(p.entity_id for p in listed)} if (
                len(listed) > 1) else {}
            out += [Candidate(_claim(text, craft, "operator", p.name, p.start, p.end),
                              obj=p, extra=dict(extra)) for p in listed]
    for party in countries:  # "Kosmos 954, operated by the Soviet Navy"
        window = text[max(sentence.start, party.start - 30):party.start]
        craft = _nearest(crafts, party.start, CRAFT, before_only=True)
        if craft is None or not OPERATED_BY.search(window) or party.start - craft.end > 120:
            continue
        gap = text[craft.end:party.start]
        if not CLAUSE_BREAK.search(gap) and not NEGATION.search(gap):
            out.append(Candidate(_claim(text, craft, "operator", party.name, party.start,
                                        party.end), obj=party))
    for craft in crafts:
        if craft.via == "reference":
            continue  # "the Soviet satellite" is the reference phrase itself
        window = text[max(sentence.start, craft.start - 40):craft.start]
        adjective = OPERATOR_BEFORE.search(window)
        if adjective:
            word = adjective.group(1)
            code = OPERATOR_ADJECTIVES.get(word.lower())
            if code:
                start = craft.start - len(window) + adjective.start(1)
                out.append(Candidate(_claim(text, craft, "operator", word, start,
                                            start + len(word)), extra={"state": code}))
    return out + _said_of_the_list(text, sentence, crafts, out)


def _said_of_the_list(text: str, sentence: Sentence, crafts: list[Mention],
                      found: list[Candidate]) -> list[Candidate]:
    """Site and rocket claims of the other crafts of the list their craft opens: "Mars 2
    and Mars 3 were launched from Baikonur" says it of both."""
    out: list[Candidate] = []
    for cand in found:
        claim = cand.claim
        if claim.property not in ("launch_site", "launch_vehicle") or (
                "respectively" in cand.extra):
            continue
        craft = next((c for c in crafts if c.via != "reference" and c.start == claim.start
                      and c.entity_id == claim.subject_id), None)
        if craft is None:
            continue
        for member in _listed_subjects(text, sentence, craft):
            out.append(Candidate(_claim(text, member, claim.property, claim.value,
                                        claim.end, claim.end),
                                 obj=cand.obj, extra=dict(cand.extra)))
    return out


def _named_vehicle_claims(text: str, sentence: Sentence, crafts: list[Mention],
                          rockets: bool, taken: list[tuple[int, int]],
                          recent: dict[str, Mention]) -> list[Candidate]:
    """A rocket named without "rocket" after it, tied to a craft by a launch verb: "Salyut
    7 was lofted by a Soyuz-U", "an Energia launched the Buran orbiter", "Launched … on a
    Proton, Luna 9 made …" (the craft named or referred to after an opening participle
    phrase, ``recent`` the sentences' before). The rocket is a catalog vehicle or one of
    :data:`ROCKET_NAMES`; spans in ``taken`` are already claimed."""
    named: list[tuple[int, int, str, Mention | None]] = [
        (m.start, m.end, m.name, m) for m in sentence.mentions if m.kind == "vehicle"]
    if rockets:
        named += [(r.start(), r.end(), r.group("name"), None)
                  for r in ROCKET_NAMES_OR_PLURAL.finditer(text, sentence.start, sentence.end)]
    if (text.find("Soyuz", sentence.start, sentence.end) >= 0
            or text.find("Molniya", sentence.start, sentence.end) >= 0):
        named += [(r.start("name"), r.end("name"), r.group("name"), None)
                  for r in A_BARE_ROCKET.finditer(text, sentence.start, sentence.end)]
    named.sort(key=lambda v: (v[0], -v[1]))
    out = _vehicles_respectively(text, sentence, crafts, named, taken) if (
        "respectively" in text[sentence.start:sentence.end]) else []
    for start, end, name, mention in named:
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        before = _outside_appositions(text, [c for c in crafts if c.end <= start], start)
        if len(before) > 1 and GONE_TO.search(text, max(sentence.start, before[-1].start - 12),
                                               before[-1].start) and LAUNCH_VERB_WORD.search(
                text, before[-2].end, before[-1].start):
            before.pop()  # "Soyuz T-6, launched … to Salyut 7 on a Proton": T-6's rocket
        while len(before) > 1 and (clause := RELATIVE_CLAUSE_BEFORE_VERB.match(
                text, before[-2].end)) is not None and before[-1].end < clause.end() <= start:
            before.pop()  # "Nauka, which took the place of Pirs, rose on a Proton-M": Nauka's
        while len(before) > 1 and _counted_from(text, sentence, before[-1]):
            before.pop()  # "Zvezda launched …, eighteen months after Zarya, on a Soyuz-U"
        after = [c for c in crafts if c.start >= end]
        craft = None
        if before and len(gap := text[_after_apposition(text, before[-1].end, start):start]
                          ) <= 110 and (heading := HEADING_COLON.match(gap)):
            gap = gap[heading.end():]
        if before and ((len(gap) <= 110 and (VEHICLE_AFTER_CRAFT.fullmatch(gap) or (
                OWN_ROCKET_BEFORE.fullmatch(gap) and OWN_LAUNCH_AFTER.match(text, end)))
                        and not CLAUSE_BREAK.search(gap))
                       or CRAFT_NOTES_BRACKET.fullmatch(text, before[-1].end, start)
                       or _gapped_vehicle(text, sentence, before[-1], gap)
                       or _listed_launch_vehicle(text, sentence, before[-1], start)):
            craft = before[-1]
        elif after and len(gap := text[end:after[0].start]) <= 60 and (
                VEHICLE_BEFORE_CRAFT.fullmatch(gap)):
            craft = after[0]
        elif not before and FRONTED_LAUNCH.fullmatch(text, sentence.start, start) and (
                ROCKET_ENDS_PHRASE.match(text, end)):
            craft = _fronted_subject(text, sentence, recent, end, CRAFT)
            gap = text[sentence.start:start]  # (for a negation in the phrase)
        if craft is None or NEGATION.search(gap):
            continue
        taken.append((start, end))
        out.append(Candidate(_claim(text, craft, "launch_vehicle", name, start, end),
                             obj=mention, extra={"family": name}))
    return out


def _listed_launch_vehicle(text: str, sentence: Sentence, craft: Mention, start: int
                           ) -> bool:
    """Whether the rocket at ``start`` follows ``craft``'s launch day in a verbless list of
    its launch: "Zarya, 20 November 1998, Proton-K", "Salyut 1 (DOS-1), 19 April 1971, on
    a Proton-K" (the day is the craft's by :func:`_apposed_day`)."""
    listed = DATED_LISTING.fullmatch(text, craft.end, start)
    return listed is not None and listed.span("date") in sentence.date_spans


# A day set off by commas after a craft (and its bracketed designation), or by a list
# entry's dash ("Venera 7 – 17 August 1970, on a Proton-K –"), then its rocket
DATED_LISTING = re.compile(rf"{DESIGNATION_BRACKET}(?:,|[ \t]+[-–—])[ \t]*(?:launched[ \t]+)?"
                           r"(?P<date>[^,;:()\n–—]{4,30})"
                           r",[ \t]*(?:on[ \t]+(?:an?[ \t]+)?)?")
# An opening participle phrase of a launch, up to its rocket: "Launched 31 January 1966 on
# a Proton, Luna 9 made …"; the rocket ends the phrase
FRONTED_LAUNCH = re.compile(
    rf"\s*{_LEAD_LABEL}(?:Launched|Lofted|Boosted|Sent\s+up|Carried\s+(?:up|aloft))\b"
    r"[^;:,.]{0,60}?\b(?:on|aboard|atop|by)\s+(?:(?:a|an|the)\s+)?")
ROCKET_ENDS_PHRASE = re.compile(r"(?:\s+(?:rocket|booster|launcher))?\s*,")
# "… and Priroda, the last of them, on a Zenit": a rocket in a clause whose launch verb is
# left out
GAPPED_VEHICLE = re.compile(r"\s+(?:on|aboard|atop)\s+(?:a|an|the)\s+")


def _gapped_vehicle(text: str, sentence: Sentence, craft: Mention, gap: str) -> bool:
    """Whether the rocket after ``gap`` is ``craft``'s in a clause that leaves out the
    launch verb said before it: "Spektr went up in 1995 and Priroda on a Zenit"."""
    return GAPPED_VEHICLE.fullmatch(gap) is not None and GAPPED_BEFORE.search(
        text, sentence.start, craft.start) is not None and LAUNCH_VERB_WORD.search(
        text, sentence.start, craft.start) is not None


def _vehicles_respectively(text: str, sentence: Sentence, crafts: list[Mention],
                           named: list[tuple[int, int, str, Mention | None]],
                           taken: list[tuple[int, int]]) -> list[Candidate]:
    """Rockets listed with "respectively", each paired in order with the craft in the same
    place of the list that rode them: "Soyuz T-2 and Soyuz T-15 rode the Soyuz-U2 and
    Soyuz-U respectively". ``named`` is sorted; paired spans are added to ``taken``."""
    out: list[Candidate] = []
    group: list[tuple[int, int, str, Mention | None]] = []
    for item in named:
        if group and not LIST_GAP.fullmatch(text, group[-1][1], item[0]):
            group = []
        group.append(item)
        if len(group) < 2 or not RESPECTIVELY_AFTER.match(text, item[1]):
            continue
        lists = _name_lists(text, [c for c in crafts
                                   if c.via != "reference" and c.end <= group[0][0]])
        ships = lists[-1] if lists else []
        gap = text[ships[-1].end:group[0][0]] if ships else ""
        if len(ships) != len(group) or len(gap) > 110 or not VEHICLE_AFTER_CRAFT.fullmatch(
                gap) or CLAUSE_BREAK.search(gap) or NEGATION.search(gap):
            continue
        for ship, (start, end, name, mention) in zip(ships, group, strict=True):
            taken.append((start, end))
            out.append(Candidate(_claim(text, ship, "launch_vehicle", name, start, end),
                                 obj=mention, extra={"family": name, "respectively": "yes"}))
    return out


def _probe_operator_claims(text: str, sentence: Sentence) -> list[Candidate]:
    """Which agencies or states sent probes, said of unnamed probes: "probes launched by
    ESA and by NASDA", "ESA's and NASDA's probes". One claim per party; the subject is
    the class ("probes"), with no catalog id."""
    parties = [m for m in sentence.mentions if m.kind in PARTY_KINDS]
    out: list[Candidate] = []
    i = 0
    while i < len(parties):
        chain = [parties[i]]  # parties joined by "and", "," …
        while i + 1 < len(parties) and (
                PARTY_LIST_GAP.fullmatch(text, chain[-1].end, parties[i + 1].start)
                or POSSESSIVE_LIST_GAP.fullmatch(text, chain[-1].end, parties[i + 1].start)):
            i += 1
            chain.append(parties[i])
        i += 1
        window = max(sentence.start, chain[0].start - 60)
        before = PROBES_BY.search(text[window:chain[0].start])
        after = POSSESSIVE_PROBES.match(text[chain[-1].end:sentence.end])
        if before:
            noun, start = before.group("noun"), window + before.start("noun")
            if PROBE_DESTINATION.search(text[max(sentence.start, start - 20):start]):
                continue
        elif after and not PROBE_DESTINATION.search(after.group()[:-len(after["noun"])]):
            noun, start = after.group("noun"), chain[0].start
        else:
            continue
        end = chain[-1].end + (after.end() if after and not before else 0)
        for party in chain:
            lo, hi = (start, party.end) if before else (party.start, end)
            claim = Claim(lo, hi, text[lo:hi], None, noun, "operator", party.name)
            out.append(Candidate(claim, obj=party, extra={"class": "probes"}))
    return out


# A sentence opening on the crewmate of the person just spoken of: "His commander, Pavel
# Belyayev, then had to steer the craft down by hand"
CREWMATE_OPENER = re.compile(
    r"[\s\"“‘']*(?P<pronoun>His|Her)\s+(?:fellow\s+)?(?:commander|crew-?mates?|co-?pilot|"
    r"flight\s+engineer|(?:research|science)\s+cosmonaut)\s*,?\s+")


def _ship_named_before(recent: dict[str, Mention], at: int) -> Mention | None:
    """The ship (else the craft) last named before the sentence, referred to at ``at``."""
    last = recent.get("ship") or recent.get("craft")
    return None if last is None else replace(last, start=at, end=at, via="reference")


# A sentence that names a ship's crew without naming the ship, after one that did: "Its
# crew were A, B and C", "On board were A and B", "It carried A and B", "The mission was
# commanded by A"; or a log's "A, B and C aboard."
# "The spacecraft", "The orbiter": the ship the sentence before named
_THE_SHIP = r"The\s+(?:space)?(?:craft|ship|capsule|orbiter)"
CREW_OF_SHIP_BEFORE = re.compile(
    # ("Its crew, Ovchinin and Hague, escaped", "Its two-man crew: …", a caption's "Crew:
    # …" or "First crew of three: …")
    r"[\s\"“‘']*(?:(?:(?:Its|The|Her|Their)\s+(?:[Ff]irst\s+)?|[Ff]irst\s+|(?=Crew\b))"
    r"(?:(?:two|three|four)[- ](?:man|person|member)\s+)?[Cc]rew(?:\s+of\s+(?:two|three|four))?"
    r"(?:\s+(?:were|was|consisted\s+of|comprised|included))?\s*[:,]?|"
    r"(?:On\s+board|Aboard)(?:\s+(?:were|was))?\s*:?|"
    rf"(?:It|{_THE_SHIP})\s+(?:carried|took\s+up|brought\s+up)|"
    # "The mission was commanded by …", "It was flown by …", "The orbiter, crewed by …,"
    r"(?:(?:It|The\s+(?P<mission>mission|flight))\s+was|"
    rf"{_THE_SHIP}(?:\s+was|\s*(?P<apposed>,)))\s+{_CREWED_BY})\s+")
ABOARD_ENDS = re.compile(r"\s+(?:(?:were|was)\s+)?(?:aboard|on\s+board)\s*[.!]?\s*")


def _crew_of_ship_before(text: str, sentence: Sentence, recent: dict[str, Mention]
                         ) -> list[Candidate]:
    """The people a sentence names as a crew ("Its crew were …", "On board were …", "A, B
    and C aboard.", "The spacecraft carried …") claimed as crew of the ship the sentence
    before it named, in the same paragraph, when it names no craft of its own (but where
    the crew went: "The spacecraft, crewed by A and B, docked with Salyut 1"). A
    station's people are not a crew of it, nor of a ship named before it ("docked with the
    ISS. On board were …")."""
    people = [m for m in sentence.mentions if m.kind == "person"]
    last = recent.get("ship")
    opener = CREW_OF_SHIP_BEFORE.match(text, sentence.start)
    # (a craft named after the crew set off by commas is where the ship went: "The
    # spacecraft, crewed by A and B, docked with Salyut 1")
    apposed = bool(opener and opener["apposed"] and people and all(
        m.start > people[0].start for m in sentence.mentions if m.kind in CRAFT))
    if not people or (sentence.names_craft and not apposed) or last is None or (
            last.kind != "spacecraft") or (
            _across_paragraphs(text, last.end, sentence.start)) or (any(
            m.end > last.end and (m.station_part or m.kind in CRAFT) for m in recent.values())
            and not (opener and opener["mission"])):  # a mission is the ship's, not the station's
        return []
    group = _person_group(text, sentence, people[0])
    if not (opener is not None and opener.end() == people[0].start) and not (
            people[0].start == sentence.start
            and ABOARD_ENDS.fullmatch(text, group[-1].end, sentence.end)):
        return []
    at = sentence.start  # the claim runs from the sentence's start to each person
    ship = replace(last, start=at, end=at, via="reference")
    return [Candidate(_claim(text, ship, "crew", person.name, at, person.end), obj=person)
            for person in group]


def _crewmate_claims(text: str, sentence: Sentence, recent: dict[str, Mention]
                     ) -> list[Candidate]:
    """ "His commander, Pavel Belyayev, …" after a sentence on Leonov in Voskhod 2: the
    commander is claimed as crew of the ship last named, when "his" (or "her") has a
    person to stand for and the sentence names no ship of its own."""
    opener = CREWMATE_OPENER.match(text, sentence.start, sentence.end)
    if opener is None or sentence.names_craft:
        return []
    pronoun = opener.group("pronoun").lower()
    start = opener.start("pronoun")
    ship = _ship_named_before(recent, start)
    person = next((m for m in sentence.mentions if m.start == opener.end()), None)
    if (ship is None or person is None or person.kind != "person"
            or ("he" if pronoun == "his" else "she") not in recent
            or STATION_NAME.match(ship.name)):
        return []
    claim = _claim(text, ship, "crew", person.name, start, person.end)
    return [Candidate(claim, obj=person)]


# The crewmate who stayed in the ship during a spacewalk: "while Komarov stayed inside",
# "while its commander, Pavel Popovich, stayed inside", "while Komarov minded the cabin"
WHILE_CREWMATE = re.compile(
    r"\bwhile\s+(?:(?:his|her|its|their|the)\s+)?(?:(?:fellow\s+)?(?:commander|crew-?mate|"
    r"co-?pilot|partner|pilot)\s*,?\s+)?", re.IGNORECASE)
STAYED_ABOARD = re.compile(r"\s*,?\s+(?:(?:had\s+)?(?:stayed|remained|waited|minded|kept|"
                           r"watched|held)|was\s+(?:left|waiting|staying))\b"
                           # (not "while Bykovsky stayed up for nearly five days", nor "while
                           # Shkaplerov stayed on until April": at the station, not the ship)
                           r"(?!\s+(?:up|aloft|on|behind|until|till|in\s+(?:orbit|space)|for)\b)",
                           re.IGNORECASE)


def _stayed_aboard_claims(text: str, sentence: Sentence, recent: dict[str, Mention]
                          ) -> list[Candidate]:
    """ "Leonov made the first spacewalk from Voskhod 2 while Komarov stayed inside": the
    one who stayed is claimed as crew of the ship named before (or last named)."""
    out: list[Candidate] = []
    for m in WHILE_CREWMATE.finditer(text, sentence.start, sentence.end):
        person = next((p for p in sentence.mentions if p.start == m.end()), None)
        if person is None or person.kind != "person" or not STAYED_ABOARD.match(
                text, person.end):
            continue
        ship = next((c for c in reversed(sentence.mentions)
                     if c.kind in CRAFT and c.end <= m.start()), None)
        if ship is None and not sentence.names_craft:  # the ship last named
            ship = _ship_named_before(recent, m.start())
        if ship is None or STATION_NAME.match(ship.name):
            continue
        # the span is the crewmate's phrase alone, not the spacewalker's before it
        claim = Claim(m.start(), person.end, text[m.start():person.end], ship.entity_id,
                      ship.name, "crew", person.name)
        out.append(Candidate(claim, obj=person))
    return out


def _agreement_claims(text: str, sentence: Sentence) -> list[Candidate]:
    out: list[Candidate] = []
    if "agreement" not in sentence.kinds or sentence.kinds.isdisjoint(PARTY_KINDS):
        return out
    agreements = [m for m in sentence.mentions if m.kind == "agreement"]
    parties = [m for m in sentence.mentions if m.kind in PARTY_KINDS]
    for agreement in agreements:
        for party in parties:
            lo, hi = sorted((party.end, agreement.start)) if party.end <= agreement.start \
                else sorted((agreement.end, party.start))
            gap = text[lo:hi]
            if len(gap) > 60 or not AGREEMENT_LINK.search(gap):
                continue
            negated = bool(AGREEMENT_NEGATION.search(gap))
            verb = "did not sign" if negated else "signed"
            claim = _claim(text, agreement, "agreement", f"{party.name} {verb}",
                           min(party.start, agreement.start), max(party.end, agreement.end))
            out.append(Candidate(claim, obj=party, negated=negated))
    return out


def _participation_claims(text: str, sentence: Sentence) -> list[Candidate]:
    """A party (state or agency) named before a program or station with a participation
    phrase between them; the claim's subject is the program."""
    out: list[Candidate] = []
    if sentence.kinds.isdisjoint(PARTY_KINDS):
        return out
    mentions = sentence.mentions
    for i, party in enumerate(mentions):
        if party.kind not in PARTY_KINDS or party.via != "name":
            continue
        for target in mentions[i + 1:i + 4]:
            if target.kind not in PARTICIPATION_TARGETS or target.entity_id == party.entity_id:
                continue
            gap = text[party.end:target.start]
            if len(gap) > 70 or not PARTICIPATION_LINK.search(gap):
                continue
            withdrawn = bool(PARTICIPATION_WITHDRAWN.search(gap))
            negated = bool(PARTICIPATION_NEGATION.search(gap))
            value = (f"{party.name} left" if withdrawn else
                     f"{party.name} does not take part" if negated else
                     f"{party.name} takes part")
            claim = _claim(text, target, "participant", value, party.start, target.end)
            extra = {"past": "yes" if PAST_TENSE.search(text[sentence.start:sentence.end])
                     else "no", "withdrawn": "yes" if withdrawn else "no"}
            out.append(Candidate(claim, obj=party, negated=negated, extra=extra))
            break
    return out
