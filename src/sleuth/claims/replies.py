"""Replies that are nothing but a value, in a turn of their own.

A quiz, a podcast or an FAQ asks, and the next line answers with the value alone:

    HOST: Dev, the world's first space station, Salyut 1. Launch date?
    DEV: The nineteenth of April 1971.

The reply names nothing and has no verb; the question says what the value is (a launch
date) and of what (Salyut 1). :func:`reply_questions` pairs each sentence that opens such a
reply, and the fragments after it on its line, with the question before it;
:func:`bare_reply` tells whether a reply holds nothing but its values and the small words
around them; :func:`asked_measure` and :func:`asked_event` read which figure, or the date of
which event, a question asks for, and
:func:`names_only` whether it asks about a thing by naming it alone ("Ruth: Kristall?").
"""

from __future__ import annotations

import re

from sleuth.text.numbers import NUMBER_PATTERN
from sleuth.text.segment import CHOICES_RE

# A turn's label at the start of a line: "DEV:", "Owen:", "GUEST (historian):", "A:",
# "Answer: C)"; a quiz's option letter after it is part of the label
TURN_LABEL = re.compile(r"[ \t]*(?:\*\*)?[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*)?"
                        r"(?:[ \t]*\([^)\n]{1,40}\))?(?:\*\*)?[ \t]*:[ \t]*(?:\*\*)?[ \t]*"
                        r"(?:\(?[A-D]\)[ \t]+)?")
REPLY_SENTENCES = 3  # sentences of one line a reply may run to: "Sixty-seven. April sixty-seven."

# What a bare reply may say besides its values: hedges, articles, "yes", "I think"
_FILLER = (r"the|of|on|in|at|a|an|and|about|around|roughly|approximately|some|just|over|"
           r"under|nearly|almost|exactly|only|it\s+was|that\s+was|that's|it's|i\s+think|"
           r"i\s+believe|i'd\s+say|um+|erm?|uh|yes|yeah|was\s+it|is\s+it|wasn't\s+it|"
           r"isn't\s+it|maybe|perhaps|probably|from|respectively")
_FILLER_RE = re.compile(rf"(?:[\s,.!?…;:—–()-]|\b(?:{_FILLER})\b)*", re.IGNORECASE)
# At most one number with no unit besides: "OWEN: Seventeen."
_ONE_NUMBER_RE = re.compile(
    rf"{_FILLER_RE.pattern}(?P<number>{NUMBER_PATTERN}){_FILLER_RE.pattern}", re.IGNORECASE)

# Which figure a question asks for: "How many times round the Earth?", "How long did he
# stay up?"
_MEASURES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (prop, re.compile(pattern, re.IGNORECASE)) for prop, pattern in (
        ("orbit_count", r"\bhow\s+many\s+(?:orbits|times|revolutions|laps|circuits)\b|"
                        r"\btimes\s+(?:a)?round\b|"
                        r"\bnumber\s+of\s+(?:orbits|revolutions|laps|circuits)\b"),
        ("orbital_period", r"\b(?:orbital\s+)?period\b|\bhow\s+(?:long|many\s+minutes)\s+"
                           r"(?:did|does)\s+\w+\s+take\s+to\s+(?:orbit|circle|go\s+round)\b"),
        ("duration", r"\bhow\s+long\b"),
        ("mass", r"\bhow\s+(?:heavy|much\s+did\s+\w+\s+weigh)\b|\bmass\b|\bweigh"),
        ("apogee", r"\bapogee\b|\bhighest\s+point\b|\bhigh\s+point\b"),
        ("perigee", r"\bperigee\b|\blowest\s+point\b|\blow\s+point\b"),
        ("inclination", r"\binclin|\bangle\s+to\s+the\s+equator\b"),
        ("launch_vehicle", r"\b(?:rocket|launcher|launch\s+vehicle|booster)\b"),
        ("launch_site", r"\b(?:where\s+from|from\s+where|cosmodrome|launch\s+site|"
                        r"launched\s+from\s+where)\b"),
    ))
# The kind of quantity each figure is told in
MEASURE_KINDS = {"orbit_count": "count", "orbital_period": "duration", "duration": "duration",
                 "mass": "mass", "apogee": "distance", "perigee": "distance",
                 "inclination": "angle"}
# What "docking" names when it is part of a ship's name, not an event: "the Pirs docking
# compartment", "a docking port" (shared with the prose triggers of sleuth.claims.extract)
DOCKING_PARTS = (r"(?:compartment|port|module|node|unit|adapter|target|mechanism|system|ring|"
                 r"probe|collar|section)")
# Which event a question asks the date of, by its verb: "When did it land on Venus?"
_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (prop, re.compile(pattern, re.IGNORECASE)) for prop, pattern in (
        ("docking_date", rf"\bdock(?:ed)?\b|\bberth|\bdocking\b(?!\s+{DOCKING_PARTS})"),
        ("landing_date", r"\bland(?:ed|ing)?\b|\btouch(?:ed)?\s+down\b|"
                         r"\b(?:come|came)\s+(?:back|home)\b|\breturn(?:ed)?\s+(?:home|to\s+earth)\b"),
        ("reentry_date", r"\bre-?ent(?:er|ry)|\b(?:come|came|fall|fell|brought)\s+(?:back\s+)?"
                         r"down\b|\bburn(?:ed|t)?\s+up\b|\bde-?orbit"),
        ("founded", r"\bfound(?:ed)?\b|\bestablished\b|\bset\s+up\b|\bcreated\b|\bformed\b"),
        ("launch_date", r"\blaunch(?:ed|ing)?\b|\blift(?:ed)?\s+off\b|\b(?:go|went)\s+up\b|"
                        r"\bfl(?:y|ew)\b|\btake\s+off\b|\bblast(?:ed)?\s+off\b"),
    ))
# Who a short question is put to, and by whom, before it: "HOST: Dev: …", "Ruth, …"
_ADDRESSED = r"[ \t]*(?:[A-Z][\w'’-]*[ \t]*[:,][ \t]*){0,2}"
# A question that asks only "when", of the event the sentence before it told: "Luna 2 …
# became the first object to hit the Moon. When?"
ONLY_WHEN = re.compile(rf"{_ADDRESSED}(?:and[ \t]+)?"
                       r"(?:when|(?:what|which|the)\s+(?:date|day)|date)[ \t]*\?[ \t]*",
                       re.IGNORECASE)
# A question that asks when: "When did it dock?", "Launch date?", "In which year …?"
ASKS_WHEN = re.compile(r"\b(?:when|what\s+date|which\s+date|what\s+year|which\s+year|"
                       r"date)\b", re.IGNORECASE)
# A question that names what it asks about and nothing else, once the name is cut out
# ("§"): "Ruth: Kristall?", "Owen: the Pirs docking compartment?", "Dev: and Kvant-2?"
_NAMES_ONLY_RE = re.compile(rf"{_ADDRESSED}"
                            r"(?:and[ \t]+|what[ \t]+about[ \t]+|how[ \t]+about[ \t]+)?"
                            r"(?:the[ \t]+)?§(?:[ \t]+[a-z][\w-]*){0,3}[ \t]*\?[ \t]*")


# A sentence left for the next turn to finish, which asks as a question does: "Salyut 6
# went up in..." ¶ "OWEN: September 1978."
TRAILING_OFF = re.compile(r"\b(?:in|on|from|aboard|by|at|with|lasted|for)[ \t]*(?:\.{3}|…)\Z")


# A quiz's bidding in place of a question: "Name her.", "Name both."
NAME_IT = re.compile(r"(?:\d{1,3}[.)][ \t]+)?(?:Name|Identify)[ \t]+[^\n.?!]{1,40}[.!]?[ \t]*\Z")


def asks(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` asks: it ends with "?", trails off after a
    word the answer would follow ("went up in..."), or bids the reader name something
    ("Name his spacecraft.")."""
    return text[end - 1] == "?" or TRAILING_OFF.search(
        text, max(start, end - 12), end) is not None or NAME_IT.match(text, start, end) is not None


def reply_questions(text: str, spans: list[tuple[int, int]]) -> dict[int, int]:
    """For each sentence (by index into ``spans``) that may reply to a question in a turn of
    its own, the index of the question's sentence.

    A reply opens a line, after a turn label or none ("A: 1986.", an FAQ's answer line),
    and the sentence before it ends its own line with "?" or trails off (:func:`asks`; a
    quiz's options between are passed over). The next sentences on the reply's line reply
    too, up to :data:`REPLY_SENTENCES` in all. Whether a reply says nothing but values is
    for the caller to tell (:func:`bare_reply`)."""
    out: dict[int, int] = {}
    for n in range(1, len(spans)):
        start = spans[n][0]
        if text.rfind("\n", 0, start) + 1 != start:
            first = out.get(n - 1)
            if first is not None and n - first <= REPLY_SENTENCES and "\n" not in text[
                    spans[n - 1][1]:start]:
                out[n] = first
            continue
        if CHOICES_RE.match(text, *spans[n]):
            continue  # a quiz's options answer nothing
        asked = n - 1
        if asked > 0 and CHOICES_RE.match(text, *spans[asked]):
            asked -= 1  # "A) 1  B) 7  C) 17  D) 48"
        a_end = spans[asked][1]
        if asks(text, spans[asked][0], a_end) and "\n" in text[a_end:start]:
            out[n] = asked
    return out


# A question that asks which craft someone flew ("Name his spacecraft.", "Sigmund Jähn …
# flew which mission?", "Which Soyuz carried each?") or who flew a craft ("Which cosmonaut
# flew Vostok 2?", "Name her.", "Who became the first …, on Soyuz MS-25?")
_CRAFT_NOUN = r"(?:spacecraft|ships?|craft|capsules?|missions?|flights?|Soyuz|Vostok|Voskhod)"
ASKS_WHICH_CRAFT = re.compile(
    rf"\b(?:which|what)\s+(?:(?:crewed|Soyuz|Vostok|Voskhod)\s+)?{_CRAFT_NOUN}\b|"
    rf"\bname\s+(?:his|her|their|its|the)\s+(?:\w+\s+)?{_CRAFT_NOUN}\b", re.IGNORECASE)
ASKS_WHO = re.compile(r"\bwho\b|\b(?:which|what)\s+(?:\w+\s+)?(?:cosmonauts?|astronauts?|"
                      r"person|man|woman|guest|crew|pilot|commander)\b|"
                      r"\bname\s+(?:her|him|them|the\s+(?:\w+\s+)?(?:cosmonauts?|crew|"
                      r"pilot|commander|guest|woman|man))\b", re.IGNORECASE)
# Where a reply's first clause ends and a comment on it begins: "1991, just after the
# Soviet collapse.", "Vladimir Komarov, launched two days before."
REPLY_COMMENT = re.compile(r"\s*,\s+(?=[a-z])")


def reply_opening(text: str, start: int, end: int) -> int:
    """Where a reply's words begin, after its turn label ("DEV: ", "Answer: C) ")."""
    label = TURN_LABEL.match(text, start, end)
    return label.end() if label is not None else start


def bare_reply(text: str, start: int, end: int, values: list[tuple[int, int]]
               ) -> tuple[int, int] | bool:
    """Whether ``text[start:end]`` says nothing but the ``values`` (spans of dates,
    quantities, names) and filler words: True if so, the span of its one number with no
    unit if it also says one ("Seventeen."), False if it says anything more ("Komarov,
    Feoktistov and Yegorov flew it")."""
    pieces, at = [], start
    for v_start, v_end in sorted(values):
        if v_start < at:
            continue
        pieces.append((at, v_start))
        at = v_end
    pieces.append((at, end))
    number: tuple[int, int] | None = None
    for p_start, p_end in pieces:
        if _FILLER_RE.fullmatch(text, p_start, p_end):
            continue
        one = _ONE_NUMBER_RE.fullmatch(text, p_start, p_end)
        if one is None or number is not None:
            return False
        number = one.span("number")
    return number if number is not None else True


def asked_measure(question: str) -> str | None:
    """The figure a question asks for ("How many times round the Earth?": an orbit count),
    or None."""
    return next((prop for prop, pattern in _MEASURES if pattern.search(question)), None)


def asked_event(question: str) -> str | None:
    """The event a question asks the date of, by its verb ("When did it dock?": a
    docking), or None."""
    return next((prop for prop, pattern in _EVENTS if pattern.search(question)), None)


def names_only(text: str, start: int, end: int, name: tuple[int, int]) -> bool:
    """Whether the question ``text[start:end]`` is only the name at ``name`` asked about,
    with its addressee: "Ruth: Kristall?"."""
    cut = text[start:name[0]] + "§" + text[name[1]:end]
    return _NAMES_ONLY_RE.fullmatch(cut) is not None
